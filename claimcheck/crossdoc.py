"""The cross-document stage in parts, for a run whose claims stay on Dask
workers (``analyze --dask`` across more than pairs.FEW_DOCUMENTS documents).

One process (pipeline.pair_table, then judge) reads every claim of a run at
once.  Here each chunk of documents is parsed, read and kept by a worker
(Chunk), and the client holds numbers: a few per document and per claim,
the postings of the keys the blocking index keeps, one similarity per
blocked pair, the candidate pairs.  The report is the single process's,
byte for byte, because:

* a pair's features depend on its two documents alone (pairs.similarity,
  pairs.relative), but for the run's speakers, which the chunks' titled names
  give (sources.merge_titled);
* the blocking index (topics.candidate_pairs) counts each key over the run:
  the chunks count theirs, the client adds the counts up, and the chunks send
  the postings of the keys it indexes; nearest() then reads the similarity of
  each blocked pair, computed where its chunks are;
* a claim's topic and contradictions depend on the claims it is tied to
  (couplings: a topic probability that reaches the topic or restatement
  threshold, or a contradiction reported by itself) and on nothing else:
  topics.cluster merges inside the components of such pairs, restatement
  chains run along them.  The workers that compute the features keep what
  the decisions read of each pair (contradict.Judged, numbers), and each
  group of claims tied together is decided from those numbers alone
  (settle_groups, contradict.settle), without its claims: a large group
  costs a worker its pairs' numbers, not its claims and their features.
  The labels and the reasons, which read claims, are written last, a batch
  of topics at a time (finish).

Only the claims of a chunk at a time come back, as the report is written
(StreamedReport); so do the labels of the topics and the contradictions.
"""
from __future__ import annotations

import bisect
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from . import pairs as pairs_mod
from . import topics as topics_mod
from .errors import ClaimcheckError, first_line
from .sources import TitledNames, merge_titled, speakers_by_title, titled_names
from .topics import Keys
from .types import Claim, Contradiction, Document, Report, Topic

# Runs across documents from this many documents on keep their claims on the
# workers (pipeline.analyze, analyze --dask); smaller ones are gathered on the
# client, whose memory they hardly touch: on 200 documents the passes' own
# bookkeeping took more (benchmarks/bench_dask.py: 18 MiB against 12).
MIN_DOCUMENTS = 1000
# Claims one judging task owns, about: groups of claims tied together are put
# in one task until they hold this many (a larger group is a task of its own).
GROUP_CLAIMS = 3000
# Blocked pairs whose similarity one task computes, at most.
PAIRS_PER_TASK = 20000


@dataclass
class Chunk:
    """What a worker keeps of a chunk of documents: the documents, their
    claims numbered as the run numbers them, and what the pairs read of them."""
    first_doc: int              # the run's index of the chunk's first document
    docs: list[Document]
    claims: list[Claim]
    doc_of: list[int]           # each claim's document, the run's index
    keys: list[Keys]            # each claim's topic keys (of its content)
    doc_keys: list[Keys]        # each document's words (pairs.one_event)
    warnings: list[str]


@dataclass
class Summary:
    """What the client is sent of a chunk."""
    sizes: list[int]            # claims of each document
    sentences: list[int]
    unsourced: list[bool]       # each document: a claim without a source
    missing: int                # claims without a source
    titled: TitledNames
    key_counts: Counter         # claims that hold each blocking key (topics.blocking_keys)
    warnings: list[str]


# ---- on the workers -------------------------------------------------------

def read_chunk(texts: list[str], ids: list[str], first_doc: int, opts, lex, cache_dir: Optional[str]) -> Chunk:
    """parse -> claims of a chunk, numbered from its first document on."""
    from .cache import ParseCache
    from .pipeline import claims_by_document, number_claims
    pc = ParseCache(Path(cache_dir)) if cache_dir is not None else None
    docs, per_doc = claims_by_document(texts, ids, opts, lex, pc)
    claims = number_claims(per_doc, ids, first=first_doc)
    km = topics_mod.KeyMaker(lex)
    return Chunk(first_doc, docs, claims, [first_doc + k for k, found in enumerate(per_doc) for _ in found],
                 [km(c.content.text if c.content else "") for c in claims],
                 [km(d.text, roots=False) for d in docs], pc.warnings if pc is not None else [])


def summarize(chunk: Chunk) -> Summary:
    sizes = [0] * len(chunk.docs)
    unsourced = [False] * len(chunk.docs)
    for c, d in zip(chunk.claims, chunk.doc_of):
        sizes[d - chunk.first_doc] += 1
        unsourced[d - chunk.first_doc] |= c.source is None
    return Summary(sizes, [d.sentences for d in chunk.docs], unsourced, sum(c.source is None for c in chunk.claims),
                   titled_names(chunk.claims, chunk.doc_of),
                   Counter(x for k in chunk.keys for x in topics_mod.blocking_keys(k)), chunk.warnings)


def postings(chunk: Chunk, first_claim: int, indexed: set) -> dict[str, list[int]]:
    """The run's indices of the chunk's claims under each key the run indexes."""
    out: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(chunk.keys):
        for key in topics_mod.blocking_keys(k):
            if key in indexed:
                out[key].append(first_claim + i)
    return dict(out)


def similarities(chunks: list[Chunk], firsts: list[int], pairs: list[tuple[int, int]],
                 limit: Optional[float]) -> list[tuple[float, bool]]:
    """For each blocked pair (the run's claim indices, of claims of these
    chunks, whose first claims are `firsts`): the content similarity
    nearest() reads, and whether its two documents may tell of one event
    (pairs.one_event)."""
    keys: list[Keys] = []
    groups: list[int] = []
    at: list[tuple[int, int]] = []          # (the run's index of a chunk's first claim, its first here)
    words: dict[int, Keys] = {}
    for ch, first in zip(chunks, firsts):
        at.append((first, len(keys)))
        keys += ch.keys
        groups += ch.doc_of
        words.update(enumerate(ch.doc_keys, ch.first_doc))
    starts = [a for a, _ in at]
    scorer = topics_mod.Scorer(keys, groups)

    def here(i: int) -> int:
        first, offset = at[bisect.bisect_right(starts, i) - 1]
        return offset + i - first
    out = []
    for i, j in pairs:
        x, y = here(i), here(j)
        da, db = groups[x], groups[y]
        alike = da == db or pairs_mod.may_tell_one_event(words[min(da, db)], words[max(da, db)], limit)
        out.append((scorer(x, y), alike))
    return out


def _claims_of(chunks: list[Chunk], firsts: list[int], docs: list[int]) -> list[tuple[int, Claim, int, Keys]]:
    """The claims of `docs` that these chunks hold, in run order: the run's
    index of each, the claim, its document and its topic keys."""
    wanted = set(docs)
    found = [(first + k, c, d, key) for ch, first in zip(chunks, firsts)
             for k, (c, d, key) in enumerate(zip(ch.claims, ch.doc_of, ch.keys)) if d in wanted]
    return sorted(found, key=lambda x: x[0])


def _table(chunks: list[Chunk], firsts: list[int], docs: list[int], given: list[tuple[int, int]],
           whole: list[int], titled: TitledNames, lex):
    """The claims of `docs` (the run's indices, ascending) in run order, the
    run's index of each, and the pair table of `given` (the run's candidate
    pairs, by the run's claim indices) and of every pair of claims of each
    document of `whole` (those of at most pairs.WITHIN_DOC claims)."""
    from .pipeline import part_table
    found = _claims_of(chunks, firsts, docs)
    run_index = [g for g, _, _, _ in found]
    claims = [c for _, c, _, _ in found]
    run_doc = [d for _, _, d, _ in found]
    local = {g: k for k, g in enumerate(run_index)}
    doc_rank = {d: k for k, d in enumerate(sorted(set(run_doc)))}
    members: dict[int, list[int]] = defaultdict(list)
    for k, d in enumerate(run_doc):
        members[d].append(k)
    cand = {(local[i], local[j]) for i, j in given}
    for d in whole:
        ks = members.get(d, [])
        cand.update((a, b) for x, a in enumerate(ks) for b in ks[x + 1:])
    table = part_table(claims, [doc_rank[d] for d in run_doc], lex, sorted(cand),
                       speakers_by_title(claims, run_doc, titled))
    return claims, run_index, table


@dataclass
class Coupled:
    """What a worker keeps of a chunk's candidate pairs once their features
    are computed: the pairs (the run's claim indices, in order) and what the
    decisions read of them (contradict.Judged, numbers), and the pairs that
    tie two claims together (sent to the client)."""
    pairs: list[tuple[int, int]]
    rows: Any                   # contradict.Judged
    ties: list[tuple[int, int]]
    # the content words of the claims of its pairs, by run index (a restatement
    # carries what a denial and its report share: contradict.carried)
    words: dict[int, frozenset] = field(default_factory=dict)


def couplings(chunks: list[Chunk], firsts: list[int], docs: list[int], given: list[tuple[int, int]],
              whole: list[int], titled: TitledNames, lex, min_score: Optional[float]) -> Coupled:
    """The features of `given` and of the pairs within the documents of
    `whole`, read down to their decisions' numbers, and the pairs that tie
    two claims' topics or contradictions together: a topic probability that
    reaches the topic or the restatement threshold (topics.cluster,
    contradict.restatements), or a contradiction reported by itself.
    Whatever a claim's topic and contradictions depend on is reached through
    such pairs.  `given` holds every candidate pair of each pair of
    documents it touches (deny_best and deny_rel compare them:
    pairs.relative)."""
    from . import contradict, learned
    from .pipeline import _restate_threshold
    _, run_index, table = _table(chunks, firsts, docs, given, whole, titled, lex)
    models = learned.packaged()
    p_topic = models["topic"].prob(table.X)
    rows = contradict.Judged.of(table.X, p_topic, models["contradiction"], min_score, models.get("denial"))
    near = min(models["topic"].threshold, _restate_threshold(models))
    pairs = [(run_index[a], run_index[b]) for a, b in table.pairs]
    held = {i for pair in table.pairs for i in pair}
    return Coupled(pairs, rows, [pair for pair, pt, kind in zip(pairs, p_topic, rows.kinds)
                                 if pt >= near or kind is not None],
                   {run_index[i]: table.keys[i].words for i in sorted(held)})


def _ties(coupled: Coupled) -> list[tuple[int, int]]:
    return coupled.ties


def settle_groups(coupled: list[Coupled], owned: list[int]) -> Settled:
    """contradictions -> topics of the claims `owned` (the run's indices,
    ascending): whole groups of claims that couplings() ties together, and
    to nothing else, decided on the numbers of their pairs (`coupled`, the
    chunks' that hold them), without the claims."""
    from . import contradict, learned
    from .pipeline import _restate_threshold
    local = {g: k for k, g in enumerate(owned)}
    found: list[tuple[tuple[int, int], Coupled, int]] = []
    for c in coupled:
        found.extend(((a, b), c, r) for r, (a, b) in enumerate(c.pairs) if a in local and b in local)
    found.sort(key=lambda x: x[0])
    pairs = [(local[a], local[b]) for (a, b), _, _ in found]
    rows = _joined([(c, r) for _, c, r in found])
    models = learned.packaged()
    words: dict[int, frozenset] = {}
    for c in coupled:
        words.update((local[g], w) for g, w in c.words.items() if g in local)
    decided = contradict.settle(pairs, rows, _restate_threshold(models),
                                [words.get(k, frozenset()) for k in range(len(owned))]) if pairs else []
    groups = topics_mod.cluster(len(owned), pairs, rows.p_topic, models["topic"].threshold,
                                links=[pairs[r] for r, _, _, confident, _ in decided if confident],
                                linkage=models["topic"].linkage)
    return Settled([[owned[i] for i in g] for g in groups],
                   [(owned[pairs[r][0]], owned[pairs[r][1]], kind, score, None if via is None else owned[via])
                    for r, kind, score, _, via in decided])


def _joined(picked: list[tuple[Coupled, int]]):
    """The Judged rows of some pairs of several chunks (a chunk's Coupled and
    a row of it), in the order given."""
    import numpy as np

    from . import contradict

    def col(get, dtype):
        return np.array([get(c.rows)[r] for c, r in picked], dtype=dtype)

    def flag(name: str):
        return col(lambda rows: getattr(rows.flags, name), bool)
    return contradict.Judged(col(lambda rows: rows.p, float), col(lambda rows: rows.p_topic, float),
                             col(lambda rows: rows.thresholds, float), [c.rows.kinds[r] for c, r in picked],
                             col(lambda rows: rows.confident, bool),
                             contradict.ChainFlags(flag("da"), flag("same"), flag("opposed"), flag("may_restate")))


@dataclass
class Settled:
    """What settle_groups sends back: the topics (the run's claim indices,
    each ascending, in order of their first claim) and the contradictions
    (the two claims, kind, score, the claim whose denial a restatement
    shares), in pair order."""
    topics: list[list[int]]
    conflicts: list[tuple[int, int, str, float, Optional[int]]]


def finish(chunks: list[Chunk], firsts: list[int], docs: list[int], topics: list[list[int]],
           conflicts: list[tuple[int, int, str, float, Optional[int]]], titled: TitledNames, lex,
           min_score: Optional[float], acknowledged: frozenset) -> tuple[list[str], list[Optional[Contradiction]]]:
    """The labels of some topics and the Contradictions of some decided
    pairs (settle_groups; None for one whose score is under `min_score`),
    which read the claims (their contents, frames and keys): `docs` are the
    documents of the claims they name."""
    from . import contradict
    from .frames import frame
    from .pipeline import fingerprint
    found = _claims_of(chunks, firsts, docs)
    claim = {g: c for g, c, _, _ in found}
    run_doc = {g: d for g, _, d, _ in found}
    keys = {g: key for g, _, _, key in found}
    frames: dict[int, Any] = {}

    def framed(i: int):
        if i not in frames:
            frames[i] = frame(claim[i], lex, speaker=speakers_by_title([claim[i]], [run_doc[i]], titled)[0])
        return frames[i]
    labels = [topics_mod.label([claim[i] for i in g], [keys[i] for i in g]) for g in topics]
    out: list[Optional[Contradiction]] = []
    for a, b, kind, score, via in conflicts:
        if min_score is not None and score < min_score:
            out.append(None)
            continue
        fp = fingerprint(claim[a], claim[b])
        out.append(Contradiction(claims=(claim[a].id, claim[b].id), topic="", kind=kind, score=round(score, 3),
                                 reason=contradict.reason(claim[a], claim[b], framed(a), framed(b), kind, lex,
                                                          via=None if via is None else claim[via]),
                                 fingerprint=fp, acknowledged=fp in acknowledged,
                                 via=None if via is None else claim[via].id))
    return labels, out


def _claims(chunk: Chunk) -> list[Claim]:
    return chunk.claims


def _held(value):
    """A task whose result is `value`: data the tasks share that Dask can
    compute again when the worker holding it dies (a scattered copy it
    cannot)."""
    return value


# ---- on the client --------------------------------------------------------

class _Ties:
    """Union-find over the run's claims (eight bytes a claim); a group's
    root is its first claim."""

    def __init__(self, n: int):
        self.parent = array("q", range(n))

    def __call__(self, x: int) -> int:
        return topics_mod.root_of(self.parent, x)

    def join(self, a: int, b: int) -> None:
        ra, rb = self(a), self(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class StreamedReport:
    """A report whose claims are taken from the workers a chunk at a time,
    as it is written (report.iter_json and iter_jsonl read it as a Report;
    `gather` makes one)."""
    documents: list[Document]
    claims: Sequence[Claim]
    topics: Sequence[Topic]
    contradictions: list[Contradiction]
    model: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unsourced_docs: list[int] = field(default_factory=list)     # documents with a claim without a source
    unsourced: int = 0                                           # claims without a source

    def count_unsourced(self) -> int:
        return self.unsourced

    def claim_docs(self) -> Mapping[str, str]:
        return _ClaimDocs(self.documents)

    def unsourced_documents(self) -> list[str]:
        return [self.documents[d].id for d in self.unsourced_docs]

    def gather(self) -> Report:
        return Report(self.documents, list(self.claims), list(self.topics), self.contradictions, self.model,
                      self.warnings)


class _ClaimDocs(Mapping):
    """A claim's document by its id (d<doc>:c<n>), without the claims."""

    def __init__(self, documents: list[Document]):
        self.documents = documents

    def __getitem__(self, claim_id: str) -> str:
        return self.documents[int(claim_id[1:claim_id.index(":")])].id

    def __iter__(self):
        raise TypeError("the claims of a streamed report are not listed here")

    def __len__(self) -> int:
        raise TypeError("the claims of a streamed report are not counted here")


class _Claims(Sequence):
    """The run's claims, fetched from the workers a chunk at a time, each
    with its topic."""

    def __init__(self, chunks: list, sizes: list[int], topic_of: Sequence[int], run: Run):
        self.chunks, self.sizes, self.topic_of, self.run = chunks, sizes, topic_of, run

    def __len__(self) -> int:
        return sum(self.sizes)

    def __getitem__(self, k):           # (Sequence's; the report reads the claims in order)
        return list(self)[k]

    def __iter__(self) -> Iterator[Claim]:
        n = 0
        ahead = [self.run.submit(_claims, f) for f in self.chunks[:2]]       # two chunks asked ahead
        for k in range(len(self.chunks)):
            if k + 2 < len(self.chunks):
                ahead.append(self.run.submit(_claims, self.chunks[k + 2]))
            got = self.run.result(ahead.pop(0), f"the claims of documents {self.run.names(k)}")
            for c in got:
                c.topic = f"t{self.topic_of[n] + 1}"
                n += 1
                yield c


class _Topics(Sequence):
    """The run's topics, built as they are read."""

    def __init__(self, found: list[tuple[int, str, list[int]]], run: Run):
        self.found, self.run = found, run

    def __len__(self) -> int:
        return len(self.found)

    def __getitem__(self, k):
        return list(self)[k]

    def __iter__(self) -> Iterator[Topic]:
        for k, (_, label, members) in enumerate(self.found, 1):
            yield Topic(id=f"t{k}", label=label, claims=[self.run.claim_id(i) for i in members])


class Run:
    """One run of the cross-document stage in parts on a Dask client."""

    def __init__(self, client, texts: Sequence[str], ids: Sequence[str], opts, lex, cache_dir: Optional[Path]):
        from .distributed import chunks
        self.client, self.texts, self.ids, self.opts, self.lex = client, texts, ids, opts, lex
        self.cache = None if cache_dir is None else str(cache_dir)
        self.parts = chunks(texts)
        self.doc_first: list[int] = []      # the run's index of each document's first claim
        self.sizes: list[int] = []
        self.chunk_futs: list = []          # each chunk's task (its Chunk stays on a worker)
        self.chunk_first: list[int] = []    # the run's index of each chunk's first claim
        self.chunk_of_doc: list[int] = []
        self.doc_of: array = array("q")       # each claim's document

    def names(self, k: int) -> str:
        return ", ".join(self.ids[i] for i in self.parts[k])

    def result(self, fut, what: str):
        try:
            return fut.result()
        except Exception as e:  # noqa: BLE001 - a task lost after its retries, whatever the cause
            raise ClaimcheckError(f"the Dask workers lost {what} ({type(e).__name__}: "
                                  f"{first_line(e, 'no message')})") from None

    def submit(self, fn, *args):
        from .distributed import RETRIES
        return self.client.submit(fn, *args, retries=RETRIES, pure=False)

    def _on(self, fn, docs: list[int], *args):
        """Submit fn(chunks, their first claims, docs, *args) with the chunks
        that hold `docs`."""
        ks = sorted({self.chunk_of_doc[d] for d in docs})
        return self.submit(fn, [self.chunk_futs[k] for k in ks], [self.chunk_first[k] for k in ks], docs, *args)

    def claim_id(self, i: int) -> str:
        d = bisect.bisect_right(self.doc_first, i) - 1
        return f"d{d}:c{i - self.doc_first[d]}"

    def report(self, min_score: Optional[float], model: dict, acknowledged: frozenset
               ) -> tuple[Report | StreamedReport, list[str]]:
        """The run's report (a Report when it is a handful of documents, which
        one process compares pair by pair), and the parse cache's warnings."""
        from .pipeline import _not_compared, build_report
        self.chunk_futs = [self.submit(read_chunk, [self.texts[i] for i in c], [self.ids[i] for i in c], c[0],
                                       self.opts, self.lex, self.cache) for c in self.parts]
        read = self._summaries()
        n = len(self.doc_of)
        documents = [Document(id=i, text=t, sentences=s) for i, t, s in zip(self.ids, self.texts, read.sentences)]
        with_claims = [d for d, size in enumerate(self.sizes) if size]
        if n <= pairs_mod.WITHIN_DOC and len(with_claims) <= pairs_mod.FEW_DOCUMENTS:
            # a handful of outlets on one story: every pair, as one process compares them
            claims = [c for k, f in enumerate(self.chunk_futs)
                      for c in self.result(self.submit(_claims, f), f"documents {self.names(k)}")]
            return build_report(documents, claims, self.lex, min_score=min_score, model=model,
                                acknowledged=acknowledged), read.warnings
        kept, compared = self._candidates(read.counts)
        titled = self.submit(_held, read.titled)
        coupled, groups = self._ties(kept, with_claims, titled, min_score)
        members, decided = self._settled(coupled, groups)
        topic_of = array("q", bytes(8 * n))
        for k, g in enumerate(members):
            for i in g:
                topic_of[i] = k
        found, contradictions = self._finished(members, decided, topic_of, titled, min_score, acknowledged)
        every = n * (n - 1) // 2
        notes = [_not_compared(n, len(documents), every - compared, compared)] if every - compared else []
        per_chunk = [sum(self.sizes[d] for d in c) for c in self.parts]
        return StreamedReport(documents, _Claims(self.chunk_futs, per_chunk, topic_of, self), _Topics(found, self),
                              contradictions, model, notes, read.unsourced_docs, read.missing), read.warnings

    def _summaries(self) -> _Read:
        """The chunks' summaries, read in order and joined (sets sizes,
        doc_first, doc_of, chunk_first and chunk_of_doc)."""
        asked = [self.submit(summarize, f) for f in self.chunk_futs]
        read = _Read()
        for k in range(len(asked)):
            s = self.result(asked[k], f"documents {self.names(k)}")
            asked[k] = None             # (each summary let go once read)
            read.unsourced_docs.extend(d for d, u in enumerate(s.unsourced, len(self.sizes)) if u)
            self.sizes.extend(s.sizes)
            read.sentences.extend(s.sentences)
            read.missing += s.missing
            merge_titled(read.titled, s.titled)
            read.counts.update(s.key_counts)
            read.warnings.extend(w for w in s.warnings if w not in read.warnings)
        n = 0
        for size in self.sizes:
            self.doc_first.append(n)
            n += size
        self.doc_of = array("q", (d for d, size in enumerate(self.sizes) for _ in range(size)))
        self.chunk_first = [self.doc_first[c[0]] for c in self.parts]
        self.chunk_of_doc = [k for k, c in enumerate(self.parts) for _ in c]
        return read

    def _candidates(self, counts: Counter) -> tuple[list[tuple[int, int]], int]:
        """The candidate pairs the blocking index keeps (but those within a
        document of at most pairs.WITHIN_DOC claims, all kept), sorted, and
        how many pairs are compared (pipeline.pair_table's `blocked`)."""
        from . import learned
        doc_of, chunk_of_doc = self.doc_of, self.chunk_of_doc
        large = {d for d, size in enumerate(self.sizes) if size > pairs_mod.WITHIN_DOC}
        # the blocking index: the postings of the keys it keeps, from the chunks
        indexed = self.submit(_held, {k for k, v in counts.items() if topics_mod.indexed(v)})
        index: dict[str, list[int]] = defaultdict(list)
        asked = [self.submit(postings, f, self.chunk_first[k], indexed) for k, f in enumerate(self.chunk_futs)]
        for k in range(len(asked)):
            for key, post in self.result(asked[k], f"the keys of documents {self.names(k)}").items():
                index[key].extend(post)
            asked[k] = None
        blocked = [(a, b) for a, b in topics_mod.pairs_from_postings(index.values())
                   if doc_of[a] != doc_of[b] or doc_of[a] in large]
        del index
        # nearest(): the similarity of each blocked pair, where its chunks are
        limit = learned.packaged()["topic"].document_threshold
        by_chunk: dict[int, list[int]] = defaultdict(list)      # the blocked pairs of each chunk's claims
        for r, (a, _) in enumerate(blocked):
            by_chunk[chunk_of_doc[doc_of[a]]].append(r)
        scores: list[float] = [0.0] * len(blocked)
        alike: list[bool] = [True] * len(blocked)
        jobs = []
        for k, rows in by_chunk.items():
            for s in range(0, len(rows), PAIRS_PER_TASK):
                part = rows[s:s + PAIRS_PER_TASK]
                ks = sorted({k} | {chunk_of_doc[doc_of[blocked[r][1]]] for r in part})
                jobs.append((part, self.submit(similarities, [self.chunk_futs[x] for x in ks],
                                               [self.chunk_first[x] for x in ks], [blocked[r] for r in part], limit)))
        for part, fut in jobs:
            for r, (score, ok) in zip(part, self.result(fut, f"the similarities of {len(part):,} candidate pairs")):
                scores[r], alike[r] = score, ok
        near = set(topics_mod.nearest_by_score(blocked, scores))
        kept = [p for p, ok in zip(blocked, alike) if ok and p in near]
        return kept, len(near) + sum(size * (size - 1) // 2 for size in self.sizes if size <= pairs_mod.WITHIN_DOC)

    def _ties(self, kept: list[tuple[int, int]], with_claims: list[int], titled, min_score: Optional[float]
              ) -> tuple[dict[int, Any], list[list[int]]]:
        """The features of the candidate pairs, a chunk a task (the pairs
        within its documents and those from them to later ones): the futures
        of what the workers keep of them (Coupled, by chunk), and the groups
        of claims the pairs tie together (each ascending, in order of its
        first claim)."""
        doc_of = self.doc_of
        small = {d for d in with_claims if self.sizes[d] <= pairs_mod.WITHIN_DOC}
        later: dict[int, list[tuple[int, int]]] = defaultdict(list)     # kept pairs, by their first document
        for a, b in kept:
            later[doc_of[a]].append((a, b))
        coupled: dict[int, Any] = {}
        for k, c in enumerate(self.parts):
            given = [p for d in c for p in later.get(d, ())]
            whole = [d for d in c if d in small and self.sizes[d] > 1]
            if given or whole:
                docs = sorted(set(c) | {doc_of[b] for _, b in given})
                coupled[k] = self._on(couplings, docs, given, whole, titled, self.lex, min_score)
        del later
        tied = _Ties(len(doc_of))
        asked = [self.submit(_ties, fut) for fut in coupled.values()]
        for q, k in enumerate(coupled):
            for a, b in self.result(asked[q], f"the candidate pairs of documents {self.names(k)}"):
                tied.join(a, b)
            asked[q] = None
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(doc_of)):
            groups[tied(i)].append(i)
        return coupled, [groups[root] for root in sorted(groups)]

    def _settled(self, coupled: dict[int, Any], groups: list[list[int]]
                 ) -> tuple[list[list[int]], list[tuple[int, int, str, float, Optional[int]]]]:
        """Each group of claims tied together decided on a worker from its
        pairs' numbers, a batch of groups a task: the topics (each ascending,
        in order of their first claim) and the decided pairs."""
        doc_of = self.doc_of
        batches: list[list[int]] = [[]]
        for g in groups:
            if len(batches[-1]) >= GROUP_CLAIMS:
                batches.append([])
            batches[-1].extend(g)
        settling = []
        for owned in batches:
            owned.sort()
            ks = sorted({self.chunk_of_doc[doc_of[i]] for i in owned} & coupled.keys())
            settling.append((owned, self.submit(settle_groups, [coupled[k] for k in ks], owned)))
        members: list[list[int]] = []
        decided: list[tuple[int, int, str, float, Optional[int]]] = []
        for q, (owned, fut) in enumerate(settling):
            names = ", ".join(self.ids[d] for d in sorted({doc_of[i] for i in owned}))
            settled = self.result(fut, f"the contradictions and topics of documents {names}")
            members.extend(settled.topics)
            decided.extend(settled.conflicts)
            settling[q] = ([], None)
        members.sort(key=lambda g: g[0])
        return members, decided

    def _finished(self, members: list[list[int]], decided: list[tuple[int, int, str, float, Optional[int]]],
                  topic_of: Sequence[int], titled, min_score: Optional[float], acknowledged: frozenset
                  ) -> tuple[list[tuple[int, str, list[int]]], list[Contradiction]]:
        """The labels and the contradictions' reasons, which read the claims,
        a batch of topics a task: the topics (first claim, label, claims) and
        the Contradictions in pair order."""
        by_topic: dict[int, list[tuple[int, int, str, float, Optional[int]]]] = defaultdict(list)
        for dec in decided:
            by_topic[topic_of[dec[0]]].append(dec)
        batched: list[list[int]] = [[]]         # topics, a batch of about GROUP_CLAIMS claims
        size = 0
        for k, g in enumerate(members):
            if size >= GROUP_CLAIMS:
                batched.append([])
                size = 0
            batched[-1].append(k)
            size += len(g)
        finishing = []
        for part in batched:
            if not part:
                continue
            wants = [x for k in part for x in by_topic.get(k, ())]
            named = {i for k in part for i in members[k]} | {i for x in wants for i in x[:2]} \
                | {x[4] for x in wants if x[4] is not None}
            docs = sorted({self.doc_of[i] for i in named})
            finishing.append((part, wants, self._on(finish, docs, [members[k] for k in part], wants, titled,
                                                    self.lex, min_score, acknowledged)))
        found: list[tuple[int, str, list[int]]] = []
        conflicts: list[tuple[int, int, Contradiction]] = []
        for part, wants, fut in finishing:
            labels, made = self.result(fut, f"the labels of topics t{part[0] + 1}-t{part[-1] + 1}")
            found.extend((members[k][0], label, members[k]) for k, label in zip(part, labels))
            conflicts.extend((x[0], x[1], c) for x, c in zip(wants, made) if c is not None)
        conflicts.sort(key=lambda x: (x[0], x[1]))
        for a, _, c in conflicts:
            c.topic = f"t{topic_of[a] + 1}"
        return found, [c for _, _, c in conflicts]


@dataclass
class _Read:
    """The chunks' summaries joined (Run._summaries)."""
    sentences: list[int] = field(default_factory=list)
    unsourced_docs: list[int] = field(default_factory=list)
    missing: int = 0
    titled: TitledNames = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
