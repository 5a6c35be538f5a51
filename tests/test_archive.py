"""The claims archive: add, list, remove, stats, check a draft against it; on
SQLite always, and on PostgreSQL when CLAIMCHECK_PG_URL names a server (.ci/run
starts one).  Fast tests use the whitespace parse; the corpus test is slow."""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import sqlite3
from pathlib import Path

import pytest
from fakes import ARTICLE, fake_parse_many
from typer.testing import CliRunner

import claimcheck.pipeline as pipeline
from claimcheck import analyze
from claimcheck import archive as arc
from claimcheck.cli import app
from claimcheck.lexicon import default_lexicon
from claimcheck.types import Claim, Cue, Span

runner = CliRunner()
DENIAL, REPORT = ARTICLE.splitlines()
PG = os.environ.get("CLAIMCHECK_PG_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG else [])


@pytest.fixture()
def fake(monkeypatch):
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)


@pytest.fixture(params=BACKENDS)
def spec(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "archive.sqlite")
    import psycopg  # the PostgreSQL run: a fresh schema for each test
    name = f"t{os.getpid()}_{abs(hash(request.node.name)) % 10**8}"
    with psycopg.connect(PG, autocommit=True) as c:
        c.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        c.execute(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in PG else "?"
    return f"{PG}{sep}options=-csearch_path%3D{name}"


def cli(*args, spec=None):
    extra = ["--archive", spec] if spec and args[0] == "archive" else (["--against", spec] if spec else [])
    return runner.invoke(app, [*args, *extra, "--no-cache"] if args[0] in ("check",) or args[:2] == (
        "archive", "add") else [*args, *extra])


def test_add_list_stats_remove(fake, spec, tmp_path):
    a = tmp_path / "reuters-2024-05-01.txt"
    a.write_text(REPORT + "\n", encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(REPORT + "\n", encoding="utf-8")
    r = cli("archive", "add", "--outlet", "Reuters", str(a), spec=spec)
    assert r.exit_code == 0, r.output
    assert "1 document(s) added" in r.stdout
    r = cli("archive", "add", str(copy), spec=spec)          # the same text: stored once
    assert r.exit_code == 0 and "already stored" in r.stdout
    r = cli("archive", "list", "--format", "json", spec=spec)
    docs = json.loads(r.stdout)
    assert [(d["outlet"], d["date"], d["claims"]) for d in docs] == [("Reuters", "2024-05-01", 1)]
    r = cli("archive", "stats", "--format", "json", spec=spec)
    st = json.loads(r.stdout)
    assert st["documents"] == 1 and st["claims"] == 1 and st["problems"] == []
    r = cli("archive", "remove", str(docs[0]["id"]), spec=spec)
    assert r.exit_code == 0 and "removed 1" in r.stdout
    assert json.loads(cli("archive", "stats", "--format", "json", spec=spec).stdout)["claims"] == 0


def test_check_finds_what_analyze_finds_on_both_texts(fake, spec, tmp_path):
    archived = tmp_path / "almasaa-2024-05-02.txt"
    archived.write_text(REPORT + "\n", encoding="utf-8")
    other = tmp_path / "sport.txt"
    other.write_text("قال المدرب إن الفريق جاهز للمباراة.\n", encoding="utf-8")
    assert cli("archive", "add", "--outlet", "المساء", str(archived), str(other), spec=spec).exit_code == 0
    draft = tmp_path / "draft.txt"
    draft.write_text(DENIAL + "\n", encoding="utf-8")
    r = cli("check", str(draft), "--format", "json", spec=spec)
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    both = analyze([DENIAL + "\n", REPORT + "\n"], ids=["draft", "archived"])
    want = [(x.fingerprint, x.kind, round(x.score, 3), x.reason) for x in both.contradictions]
    assert want, "the two texts contradict each other"
    assert [(x["fingerprint"], x["kind"], x["score"], x["reason"]) for x in got["contradictions"]] == want
    names = [d["id"] for d in got["documents"]]
    assert names[0] == str(draft) and "المساء 2024-05-02" in names[1] and "[archive " in names[1]
    assert len(names) == 2                        # the unrelated archived article is not in the report
    r = cli("check", str(draft), "--fail-on", "contradiction", "--quiet", spec=spec)
    assert r.exit_code == 1


def test_refused_archives_are_one_sentence(tmp_path, fake):
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all")
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE things (x)")
    newer = tmp_path / "newer.sqlite"
    arc.Archive(str(newer)).close()
    with sqlite3.connect(newer) as c:
        c.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    for path, words in ((garbage, "not a claimcheck archive"), (foreign, "not a claimcheck archive"),
                        (newer, "written by a newer claimcheck"), (tmp_path, "is not a file")):
        r = cli("archive", "stats", spec=str(path))
        assert r.exit_code == 2, r.output
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and "Traceback" not in r.output


def test_user_errors_are_one_sentence(fake, tmp_path):
    spec = str(tmp_path / "a.sqlite")
    art = tmp_path / "a.txt"
    art.write_text(REPORT + "\n", encoding="utf-8")
    assert cli("archive", "add", str(art), spec=spec).exit_code == 0
    for args, words in ((["archive", "add", "--date", "2024/05/01", str(art)], "give the date as YYYY-MM-DD"),
                        (["archive", "remove", "1", "99"], "holds no document 99: nothing removed"),
                        (["archive", "stats"], None)):
        r = cli(*args, spec=spec)
        if words is None:                  # the failed remove removed nothing
            assert r.exit_code == 0 and json.loads(cli("archive", "stats", "--format", "json",
                                                        spec=spec).stdout)["documents"] == 1
            continue
        lines = r.stderr.strip().splitlines()
        assert r.exit_code == 2 and len(lines) == 1 and words in lines[0] and "Traceback" not in r.output
    r = cli("archive", "stats", spec="postgresql://nobody@localhost:1/none")
    assert r.exit_code == 2 and ("cannot connect to the archive" in r.stderr or "psycopg" in r.stderr)


def _claim(doc: str, k: int) -> Claim:
    text = f"قال المتحدث رقم {k} إن الشحنة {k} وصلت."
    return Claim("", doc, Cue(Span("قال", 0, 3), "قال", "say", "assert", "verb", 0, 0),
                 Span(f"المتحدث رقم {k}", 4, 4 + len(f"المتحدث رقم {k}")), None,
                 Span(text[-15:], len(text) - 15, len(text)), "assert")


def _adder(spec: str, start: int, n: int) -> None:
    lex = default_lexicon()
    with arc.Archive(spec) as a:
        for k in range(start, start + n):
            claims = [_claim(f"d{k}", k)]
            a.add(f"doc{k}.txt", f"نص رقم {k} " * 3, claims, arc.claim_keys(claims, lex))


@pytest.mark.parametrize("starts, stored", [((0, 50), 100), ((0, 0), 50)],
                         ids=["different texts", "the same texts"])
def test_two_concurrent_adders_lose_nothing_and_store_a_text_once(spec, starts, stored):
    arc.Archive(spec).close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_adder, args=(spec, start, 50)) for start in starts]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with arc.Archive(spec) as a:
        assert a.stats()["documents"] == stored and a.stats()["claims"] == stored
        assert a.integrity() == []


def test_an_interrupted_add_stores_nothing(spec, monkeypatch):
    lex = default_lexicon()
    claims = [_claim("d", 1), _claim("d", 2)]
    calls = []

    def dumps(*a, **k):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return json.dumps(*a, **k)
    with arc.Archive(spec) as a:
        monkeypatch.setattr(arc.json, "dumps", dumps)
        with pytest.raises(KeyboardInterrupt):
            a.add("x.txt", "نص", claims, arc.claim_keys(claims, lex))
        monkeypatch.undo()
        assert a.stats()["documents"] == 0 and a.stats()["claims"] == 0 and a.integrity() == []


def test_claims_survive_the_round_trip(fake):
    report = analyze(ARTICLE)
    for c in report.claims:
        back = arc.claim_from(json.loads(json.dumps(arc.claim_data(c))), c.doc)
        back.id, back.topic = c.id, c.topic
        assert back == c


def test_dates_from_front_matter_and_file_names():
    assert arc.date_of("x.txt", "---\ntitle: t\ndate: 2023-11-05\n---\nنص") == "2023-11-05"
    assert arc.date_of("/a/reuters_20240102_x.txt", "نص") == "2024-01-02"
    assert arc.date_of("a.txt", "نص") is None


SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "train" / "events"


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/corpus")
def test_check_equals_analyze_on_the_corpus_events(tmp_path):
    """Each train event: the other outlets archived, the first checked
    against them: the same direct contradictions across documents as analyze
    on all the texts together."""
    from claimcheck.models import resolve
    from claimcheck.pipeline import ParseOptions
    lex = default_lexicon()
    opts = ParseOptions(resolve("embedded"))
    compared = 0
    for f in sorted(SHARED.glob("*.json"))[:6]:
        texts = [d["text"] for d in json.loads(f.read_text(encoding="utf-8"))["documents"]]
        together = analyze(texts, ids=[f"d{k}" for k in range(len(texts))], cache=True)
        byid = {c.id: c.doc for c in together.claims}
        # a draft checked against its archived neighbours reports the direct
        # contradictions; restatements (via) need every pair of the run
        want = sorted((x.fingerprint, x.kind, round(x.score, 3)) for x in together.contradictions
                      if "d0" in {byid[x.claims[0]], byid[x.claims[1]]} and byid[x.claims[0]] != byid[x.claims[1]]
                      and x.via is None)
        with arc.Archive(str(tmp_path / f"{f.stem}.sqlite")) as a:
            arc.add_texts(a, [f"d{k}" for k in range(1, len(texts))], texts[1:], opts, lex)
            got = arc.check(a, texts[:1], ["d0"], opts, lex).report
        drafts = {c.id for c in got.claims if c.doc == "d0"}
        got_x = sorted((x.fingerprint, x.kind, round(x.score, 3)) for x in got.contradictions
                       if (x.claims[0] in drafts) != (x.claims[1] in drafts))
        assert got_x == want, f.stem
        compared += len(want)
    assert compared > 0


def test_a_stored_claim_keeps_the_line_its_cue_stands_in():
    from claimcheck.archive import claim_data, claim_from
    from claimcheck.types import Claim, Cue, Span
    cue = Cue(Span("نفى", 40, 43), "نفى", "deny", "deny", "verb", sentence=3, word=0, paragraph=2)
    c = Claim(id="d0:c0", doc="a", cue=cue, source=Span("الوزير", 44, 50), canonical="الوزير",
              content=None, stance="deny")
    data = json.loads(json.dumps(claim_data(c)))
    assert claim_from(data, "a").cue.paragraph == 2
    # an archive written before cues kept their line: its first sentence was the headline
    data["cue"] = data["cue"][:8]
    assert claim_from(data, "a").cue.paragraph == 3
    data["cue"][5] = 0
    assert claim_from(data, "a").cue.paragraph == 0
