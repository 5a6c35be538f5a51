"""The claims archive: what every outlet already reported, kept so that a
draft is checked against it without reading those articles again.

One query layer over DB-API: SQLite by default (one file), PostgreSQL with a
``postgresql://`` address (psycopg 3, the ``postgresql`` extra).  Each stored
document keeps its text, metadata (name, outlet, date, content hash: the same
text is stored once) and its claims, each claim as the JSON of the claim the
pipeline made plus its topic keys; a key index (``claim_keys``) finds the
archived documents that share informative keys with a draft, so checking
reads only those.  ``check`` then runs the ordinary decision stages on the
draft and those documents together: a pair's features depend only on its two
documents, so the contradictions between the draft and an archived document
are those ``analyze`` finds on the two texts.

Schema versions are numbered (``meta.schema_version``) and migrated forward;
an archive of a newer version, or a file that is not a claimcheck archive,
is refused with one sentence.  Adding a document is one transaction: an
interrupted add leaves nothing half-stored, and two concurrent adders lose
nothing (SQLite waits for the other writer; the content hash is UNIQUE).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from .errors import ClaimcheckError, first_line
from .types import Claim, Cue, Document, Span

SCHEMA_VERSION = 1
APP = "claimcheck-archive"
# keys held by more archived claims than this do not select candidates (they
# would select most of the archive); how many were left out is reported
COMMON_KEY = 2000
# each draft claim is compared with at most this many archived claims, those
# whose shared keys weigh most; at most MAX_CANDIDATES documents are read
NEIGHBOURS = 25
MAX_CANDIDATES = 40

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS documents (
         id {serial} PRIMARY KEY, hash TEXT NOT NULL UNIQUE, name TEXT NOT NULL, outlet TEXT,
         date TEXT, added TEXT NOT NULL, chars INTEGER NOT NULL, text TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS claims (
         id {serial} PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
         n INTEGER NOT NULL, data TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS claim_keys (
         key TEXT NOT NULL, claim INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
         doc INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS claim_keys_key ON claim_keys (key)",
    "CREATE INDEX IF NOT EXISTS claims_doc ON claims (doc)",
    "CREATE INDEX IF NOT EXISTS claim_keys_doc ON claim_keys (doc)",
]
# version -> statements that bring an archive from the version before it
MIGRATIONS: dict[int, list[str]] = {}


class ArchiveError(ClaimcheckError):
    """An archive that cannot be used: corrupt, foreign, newer, unreachable."""


def default_path() -> Path:
    from platformdirs import user_data_dir
    return Path(user_data_dir("claimcheck")) / "archive.sqlite"


@dataclass
class Stored:
    id: int
    name: str
    outlet: Optional[str]
    date: Optional[str]
    added: str
    chars: int
    claims: int
    hash: str


class Archive:
    """An open archive; use as a context manager or call close()."""

    def __init__(self, spec: Optional[str] = None):
        self.spec = spec or str(default_path())
        self.postgres = self.spec.startswith(("postgresql://", "postgres://"))
        self.conn = self._connect()
        self._ready()

    # ---- connection and schema ------------------------------------------------

    def _connect(self):
        if self.postgres:
            try:
                import psycopg
            except ImportError:
                raise ArchiveError("a PostgreSQL archive needs psycopg: pip install 'claimcheck[postgresql]'") \
                    from None
            try:
                return psycopg.connect(self.spec, autocommit=True, connect_timeout=10)
            except psycopg.Error as e:
                raise ArchiveError(f"cannot connect to the archive {_safe(self.spec)}: "
                                   f"{first_line(e)}") from None
        path = Path(self.spec).expanduser()
        if path.exists() and not path.is_file():
            raise ArchiveError(f"{path} is not a file: give --archive FILE or a postgresql:// address")
        if path.exists() and path.stat().st_size and path.read_bytes()[:16] != b"SQLite format 3\x00":
            raise ArchiveError(f"{path} is not a claimcheck archive (not an SQLite file)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=60, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 60000")
            conn.execute("PRAGMA journal_mode = WAL")
        except (sqlite3.Error, OSError) as e:
            raise ArchiveError(f"cannot open the archive {path}: {e}") from None
        return conn

    def _q(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def execute(self, sql: str, params: Sequence[Any] = ()):
        try:
            return self.conn.execute(self._q(sql), tuple(params))
        except sqlite3.DatabaseError as e:
            raise ArchiveError(f"the archive {self.spec} is corrupt or unreadable ({e})") from None

    def _ready(self) -> None:
        tables = self._tables()
        if tables and "meta" not in tables:
            raise ArchiveError(f"{_safe(self.spec)} is not a claimcheck archive (it holds other tables)")
        if not tables:
            with self.transaction():
                for stmt in _SCHEMA:
                    self.execute(stmt.format(serial=self._serial()))
                self.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("app", APP))
                self.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("schema_version", str(SCHEMA_VERSION)))
            return
        meta = dict(self.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("app") != APP:
            raise ArchiveError(f"{_safe(self.spec)} is not a claimcheck archive")
        try:
            version = int(meta.get("schema_version", "0"))
        except ValueError:
            raise ArchiveError(f"{_safe(self.spec)} has a corrupt schema version") from None
        if version > SCHEMA_VERSION:
            raise ArchiveError(f"{_safe(self.spec)} was written by a newer claimcheck (archive schema "
                               f"{version}, this one reads {SCHEMA_VERSION} and older): upgrade claimcheck")
        if version < SCHEMA_VERSION:
            with self.transaction():
                for v in range(version + 1, SCHEMA_VERSION + 1):
                    for stmt in MIGRATIONS.get(v, []):
                        self.execute(stmt)
                self.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))

    def _serial(self) -> str:
        return "SERIAL" if self.postgres else "INTEGER"

    def _tables(self) -> set[str]:
        if self.postgres:
            rows = self.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()
        else:
            rows = self.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {r[0] for r in rows}

    def transaction(self):
        return _Transaction(self)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing ----------------------------------------------------------------

    def add(self, name: str, text: str, claims: list[Claim], keys: Sequence[Iterable[str]],
            outlet: Optional[str] = None, date: Optional[str] = None) -> tuple[int, bool]:
        """Store one document and its claims (one transaction): (its id, True
        when it was new; False when the same text was stored already)."""
        digest = text_hash(text)
        with self.transaction():
            stored = self._by_hash(digest)
            if stored is not None:
                return stored, False
            now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            # another adder may store the same text at the same moment (PostgreSQL
            # does not wait for it): the UNIQUE hash decides, and the loser skips
            got = self.execute("INSERT INTO documents (hash, name, outlet, date, added, chars, text) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id",
                               (digest, name, outlet, date or date_of(name, text), now, len(text), text)).fetchone()
            if got is None:
                stored = self._by_hash(digest)      # the other adder's row, committed by now
                assert stored is not None
                return stored, False
            doc = int(got[0])
            for n, (c, k) in enumerate(zip(claims, keys)):
                cid = int(self.execute("INSERT INTO claims (doc, n, data) VALUES (?, ?, ?) RETURNING id",
                                       (doc, n, json.dumps(claim_data(c), ensure_ascii=False))).fetchone()[0])
                rows = [(key, cid, doc) for key in sorted(set(k))]
                if rows:
                    self._many("INSERT INTO claim_keys (key, claim, doc) VALUES (?, ?, ?)", rows)
            return doc, True

    def find(self, text: str) -> Optional[int]:
        """The id of the document stored with this text (by content hash), or None."""
        return self._by_hash(text_hash(text))

    def _by_hash(self, digest: str) -> Optional[int]:
        row = self.execute("SELECT id FROM documents WHERE hash = ?", (digest,)).fetchone()
        return None if row is None else int(row[0])

    def _many(self, sql: str, rows: list[tuple]) -> None:
        if self.postgres:
            with self.conn.cursor() as cur:
                cur.executemany(self._q(sql), rows)
        else:
            self.conn.executemany(sql, rows)

    def remove(self, ids: Iterable[int]) -> int:
        n = 0
        with self.transaction():
            for i in ids:
                self.execute("DELETE FROM claim_keys WHERE doc = ?", (i,))
                self.execute("DELETE FROM claims WHERE doc = ?", (i,))
                n += self.execute("DELETE FROM documents WHERE id = ?", (i,)).rowcount or 0
        return n

    # ---- reading ------------------------------------------------------------------

    def documents(self) -> list[Stored]:
        rows = self.execute(
            "SELECT d.id, d.name, d.outlet, d.date, d.added, d.chars, d.hash, "
            "(SELECT COUNT(*) FROM claims c WHERE c.doc = d.id) FROM documents d ORDER BY d.id").fetchall()
        return [Stored(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), int(r[7]), r[6]) for r in rows]

    def stats(self) -> dict:
        one = self.execute("SELECT COUNT(*), COALESCE(SUM(chars), 0), MIN(date), MAX(date) FROM documents").fetchone()
        claims = self.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
        keys = self.execute("SELECT COUNT(*) FROM claim_keys").fetchone()[0]
        outlets = self.execute("SELECT COUNT(DISTINCT outlet) FROM documents").fetchone()[0]
        return {"archive": _safe(self.spec), "backend": "postgresql" if self.postgres else "sqlite",
                "schema_version": SCHEMA_VERSION, "documents": int(one[0]), "characters": int(one[1]),
                "claims": int(claims), "keys": int(keys), "outlets": int(outlets),
                "first_date": one[2], "last_date": one[3]}

    def integrity(self) -> list[str]:
        """What is wrong with the archive (empty when nothing)."""
        problems = []
        if not self.postgres:
            res = self.execute("PRAGMA integrity_check").fetchone()[0]
            if res != "ok":
                problems.append(str(res))
        orphan = self.execute("SELECT COUNT(*) FROM claims c WHERE NOT EXISTS "
                              "(SELECT 1 FROM documents d WHERE d.id = c.doc)").fetchone()[0]
        if orphan:
            problems.append(f"{orphan} claims without a document")
        dup = self.execute("SELECT COUNT(*) FROM (SELECT hash FROM documents GROUP BY hash "
                           "HAVING COUNT(*) > 1) x").fetchone()[0]
        if dup:
            problems.append(f"{dup} texts stored twice")
        return problems

    def key_rows(self, keys: Iterable[str]) -> tuple[dict[str, list[tuple[int, int]]], dict[str, int], int]:
        """For each of the keys held by at most COMMON_KEY archived claims:
        its (claim, document) rows; how many claims hold each; and how many
        keys were left out as too common."""
        wanted = sorted(set(keys))
        counts: dict[str, int] = {}
        for chunk in _chunks(wanted, 500):
            marks = ", ".join("?" * len(chunk))
            for key, n in self.execute(f"SELECT key, COUNT(*) FROM claim_keys WHERE key IN ({marks}) GROUP BY key",
                                       chunk).fetchall():
                counts[key] = int(n)
        usable = sorted(k for k, n in counts.items() if n <= COMMON_KEY)
        rows: dict[str, list[tuple[int, int]]] = {}
        for chunk in _chunks(usable, 500):
            marks = ", ".join("?" * len(chunk))
            for key, claim, doc in self.execute(f"SELECT key, claim, doc FROM claim_keys WHERE key IN ({marks})",
                                                chunk).fetchall():
                rows.setdefault(key, []).append((int(claim), int(doc)))
        return rows, counts, len(counts) - len(usable)

    def claim_count(self) -> int:
        return int(self.execute("SELECT COUNT(*) FROM claims").fetchone()[0])

    def load(self, ids: Sequence[int]) -> list[tuple[Stored, Document, list[Claim], list[int]]]:
        """Documents with their claims as the pipeline made them (and the
        claims' archive ids)."""
        out = []
        for i in ids:
            r = self.execute("SELECT id, name, outlet, date, added, chars, hash, text FROM documents WHERE id = ?",
                             (i,)).fetchone()
            if r is None:
                continue
            rows = self.execute("SELECT id, data FROM claims WHERE doc = ? ORDER BY n", (i,)).fetchall()
            doc_id = f"archive:{r[0]}:{r[1]}"
            claims = [claim_from(json.loads(x[1]), doc_id) for x in rows]
            out.append((Stored(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), len(claims), r[6]),
                        Document(id=doc_id, text=r[7]), claims, [int(x[0]) for x in rows]))
        return out


class _Transaction:
    def __init__(self, a: Archive):
        self.a = a
        self.pg: Any = None

    def __enter__(self):
        if self.a.postgres:
            tx = self.a.conn.transaction()
            tx.__enter__()
            self.pg = tx
        else:
            self.a.execute("BEGIN IMMEDIATE")      # one writer at a time; others wait (busy_timeout)
        return self

    def __exit__(self, kind, value, tb):
        if self.a.postgres:
            assert self.pg is not None
            return self.pg.__exit__(kind, value, tb)
        self.a.conn.execute("COMMIT" if kind is None else "ROLLBACK")
        return False


def _chunks(xs: list, n: int):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def _safe(spec: str) -> str:
    """An address without its password."""
    return re.sub(r"(postgres(?:ql)?://[^:/@]*):[^@]*@", r"\1:***@", spec)


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()


_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_FRONT_DATE = re.compile(r"\A---\s*\n(?:.*\n)*?date:\s*[\"']?(\d{4}-\d\d-\d\d)", re.MULTILINE)


def date_of(name: str, text: str) -> Optional[str]:
    """A date from front matter (``date: 2024-05-01``) or the file name."""
    m = _FRONT_DATE.match(text[:2000])
    if m:
        return m.group(1)
    m = _DATE.search(os.path.basename(name))
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def claim_data(c: Claim) -> dict:
    """Everything the decision stages read of a claim."""
    def span(s: Optional[Span]):
        return None if s is None else [s.text, s.start, s.end]
    return {"cue": [span(c.cue.span), c.cue.lemma, c.cue.kind, c.cue.stance, c.cue.form, c.cue.sentence,
                    c.cue.word, c.cue.hedge, c.cue.paragraph],
            "source": span(c.source), "canonical": c.canonical, "content": span(c.content), "stance": c.stance,
            "negated": c.negated, "hedged": c.hedged, "inherited": c.inherited_source,
            "propn": [list(x) if isinstance(x, (list, tuple)) else x for x in c.source_propn],
            "names": sorted(c.content_names)}


def claim_from(d: dict, doc: str) -> Claim:
    def span(x) -> Optional[Span]:
        return None if x is None else Span(x[0], int(x[1]), int(x[2]))
    cue = d["cue"]
    cue_span = span(cue[0])
    assert cue_span is not None
    # (an archive written before cues kept their line: the headline was the first sentence)
    paragraph = int(cue[8]) if len(cue) > 8 else int(cue[5])
    return Claim(id="", doc=doc, cue=Cue(cue_span, cue[1], cue[2], cue[3], cue[4], int(cue[5]), int(cue[6]),
                                         bool(cue[7]), paragraph),
                 source=span(d["source"]), canonical=d["canonical"], content=span(d["content"]),
                 stance=d["stance"], negated=bool(d["negated"]), hedged=bool(d["hedged"]),
                 inherited_source=bool(d["inherited"]),
                 source_propn=tuple(tuple(x) if isinstance(x, list) else x for x in d["propn"]),
                 content_names=frozenset(d["names"]))


# ---- what the commands do ------------------------------------------------------------

def claim_keys(claims: list[Claim], lex) -> list[set[str]]:
    """The keys a claim is found by: roots and figures of its source and
    content (what the blocking index of topics.candidate_pairs reads)."""
    from .topics import KeyMaker
    km = KeyMaker(lex)
    out = []
    for c in claims:
        k = km(" ".join(x.text for x in (c.source, c.content) if x is not None))
        out.append({x for x in k.all if x.startswith("√")} | {f"#{n:g}" for n in k.nums})
    return out


def add_texts(archive: Archive, names: list[str], texts: list[str], opts, lex, cache=None,
              outlet: Optional[str] = None, date: Optional[str] = None, client=None) -> list[tuple[str, int, bool]]:
    """Parse, read the claims of and store each text: (name, id, new), in
    input order.  With a Dask client the texts not stored yet are parsed on
    its workers, and each chunk's documents are stored as its task completes
    (in input order, so the archive ids are those of a single-process add):
    the claims of the whole run are never held at once.  A chunk lost after
    its retries stops the add with one sentence naming its documents; those
    stored before it stay stored, as after an interrupted add."""
    from .pipeline import number_claims
    stored = {k: doc for k, doc in enumerate(map(archive.find, texts)) if doc is not None}
    todo = [k for k in range(len(texts)) if k not in stored]
    out: list[Optional[tuple[str, int, bool]]] = [None] * len(texts)
    for k, doc in stored.items():
        out[k] = (names[k], doc, False)
    for k, found in _claims_of(todo, names, texts, opts, lex, cache, client):
        claims = number_claims([found], [names[k]])     # numbered as a single-process add numbers them
        doc, new = archive.add(names[k], texts[k], claims, claim_keys(claims, lex), outlet, date)
        out[k] = (names[k], doc, new)
    return [x for x in out if x is not None]


def _claims_of(todo: list[int], names: list[str], texts: list[str], opts, lex, cache,
               client) -> Iterable[tuple[int, list[Claim]]]:
    """(text index, its claims not yet numbered) for each of `todo`, in order:
    read here one text at a time, or on the Dask workers a chunk at a time."""
    if client is None:
        from .pipeline import claims_by_document
        for k in todo:
            yield k, claims_by_document([texts[k]], [names[k]], opts, lex, cache)[1][0]
        return
    if not todo:
        return
    from . import distributed
    for part, _, per_doc, warned in distributed.iter_claims(client, [texts[k] for k in todo],
                                                            [names[k] for k in todo], opts, lex,
                                                            cache.root if cache is not None else None):
        if cache is not None:
            cache.note(warned)
        for i, found in zip(part, per_doc):
            yield todo[i], found


@dataclass
class Checked:
    report: Any                      # types.Report: the drafts, the archived documents in a finding
    archived: dict                   # report document id -> Stored
    left_out_keys: int               # draft keys too common in the archive to select by


def check(archive: Archive, texts: list[str], ids: list[str], opts, lex, cache=None, min_score: Optional[float] = None,
          acknowledged: frozenset = frozenset(), model: Optional[dict] = None) -> Checked:
    """The drafts' claims, their own contradictions and their contradictions
    with archived claims that share a key with them."""
    from .pipeline import build_report, read_claims
    docs, draft = read_claims(texts, ids, opts, lex, cache)
    dkeys = claim_keys(draft, lex)
    rows, df, left_out = archive.key_rows(set().union(*dkeys) if dkeys else set())
    # each draft claim's nearest archived claims, by the weight of the keys they share
    total = max(1, archive.claim_count())
    near: dict[int, dict[int, float]] = {}
    doc_of: dict[int, int] = {}
    for i, k in enumerate(dkeys):
        w: dict[int, float] = {}
        for key in k:
            idf = math.log((total + 1) / (df.get(key, 0) + 0.5))
            for claim, doc in rows.get(key, ()):
                w[claim] = w.get(claim, 0.0) + idf
                doc_of[claim] = doc
        near[i] = dict(sorted(w.items(), key=lambda x: (-x[1], x[0]))[:NEIGHBOURS])
    best_doc: dict[int, float] = {}
    for w in near.values():
        for claim, x in w.items():
            best_doc[doc_of[claim]] = max(best_doc.get(doc_of[claim], 0.0), x)
    found = sorted(best_doc, key=lambda d: (-best_doc[d], d))[:MAX_CANDIDATES]
    loaded = archive.load(found)
    all_docs = list(docs) + [d for _, d, _, _ in loaded]
    claims = list(draft)
    origin, index = {}, {}
    for stored, d, cs, cids in loaded:
        origin[d.id] = stored
        for n, (c, cid) in enumerate(zip(cs, cids)):
            c.id = f"a{stored.id}:c{n}"
            index[cid] = len(claims)
            claims.append(c)
    n_draft = len(draft)
    pairs = {(a, b) for a in range(n_draft) for b in range(a + 1, n_draft)}
    for i, w in near.items():
        pairs.update((i, index[cid]) for cid in w if cid in index)
    report = build_report(all_docs, claims, lex, min_score=min_score, model=model, acknowledged=acknowledged,
                          only=sorted(pairs))
    draft_ids = {c.id for c in draft}
    keep = [x for x in report.contradictions if x.claims[0] in draft_ids or x.claims[1] in draft_ids]
    involved = draft_ids | {cid for x in keep for cid in x.claims}
    report.contradictions = keep
    report.claims = [c for c in report.claims if c.id in involved]
    report.topics = [t for t in report.topics if any(cid in involved for cid in t.claims)]
    for t in report.topics:
        t.claims = [cid for cid in t.claims if cid in involved]
    used_docs = {c.doc for c in report.claims}
    report.documents = [d for d in report.documents if d.id in used_docs or d.id in ids]
    return Checked(report, {k: v for k, v in origin.items() if k in used_docs}, left_out)
