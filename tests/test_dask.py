"""Bulk analysis on a Dask cluster: a real LocalCluster of two worker
processes gives the report a single process gives, byte for byte; a worker
that dies mid-run costs nothing (Dask runs its task again); without dask the
option says how to install it; archive add and analyze --per-document take
the chunks one at a time, in input order, never every claim at once.  The
cluster tests load Stanza in each worker (slow); the fast ones run the tasks
in this process on the whitespace parse."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest
from fakes import ARTICLE, fake_parse_many
from typer.testing import CliRunner

import claimcheck.pipeline as pipeline
from claimcheck import archive as arc
from claimcheck import distributed
from claimcheck.cli import app

runner = CliRunner()
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_2682ec0bd473ef9d.txt"
HAS_DASK = importlib.util.find_spec("distributed") is not None

# sentences written for the tests: a folder of short articles
ARTICLES = [
    "نفت وزارة الداخلية أن يكون المعبر الحدودي قد أغلق أمام الشاحنات.\n"
    "وكانت صحيفة المساء قد نقلت عن مصادر في الجمارك أن المعبر الحدودي أغلق أمام الشاحنات.\n",
    "قال المتحدث باسم الجيش إن قواته سيطرت على البلدة بالكامل.\n"
    "وأكدت المعارضة أن القتال ما زال مستمرا في البلدة.\n",
    "أعلنت الشركة أن أرباحها ارتفعت هذا العام بنسبة عشرة في المئة.\n",
    "ذكرت وكالة الأنباء أن الوزير استقال من منصبه.\nونفى مكتب الوزير ذلك.\n",
]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    for k, text in enumerate(ARTICLES * 3):
        (folder / f"a{k:02d}.txt").write_text(text + f"\nقال المحرر إن العدد {k} صدر اليوم.\n", encoding="utf-8")
    return folder


class Task:
    """A task of the Inline cluster: it runs when its result is asked for."""

    def __init__(self, client: Inline, fn, args: tuple):
        self.client, self.fn, self.args = client, fn, args

    def result(self):
        ids = tuple(self.args[1])
        self.client.log.append(("result", ids))
        if set(ids) & self.client.lose:
            raise RuntimeError("worker tcp://10.0.0.7:4000 died")
        return self.fn(*self.args)


class Inline:
    """A cluster of one worker thread in this process; `log` records each
    submission and each result taken, `lose` names documents whose task is
    lost after its retries."""

    def __init__(self, lose=()):
        self.log: list[tuple] = []
        self.lose = set(lose)

    def nthreads(self):
        return {"tcp://10.0.0.7:4000": 1}

    def submit(self, fn, *args, retries=0, pure=True):
        assert retries == distributed.RETRIES
        self.log.append(("submit", tuple(args[1])))
        return Task(self, fn, args)

    def close(self):
        pass


@pytest.fixture()
def small_chunks(monkeypatch):
    """The whitespace parse, and a chunk of about one article."""
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    monkeypatch.setattr(distributed, "CHUNK_CHARS", 400)


# ten different texts, of one or more chunks' worth
TEXTS = [t + f"قال المحرر إن العدد {k} صدر اليوم.\n"
         for k, t in enumerate([ARTICLE] + ARTICLES[1:] * 3 + [ARTICLE + ARTICLES[1], ARTICLES[3]])]


def _contents(spec: str) -> dict:
    """What an archive holds, but for the time of adding."""
    with arc.Archive(spec) as a:
        return {"documents": a.execute("SELECT id, hash, name, outlet, date, chars, text FROM documents "
                                       "ORDER BY id").fetchall(),
                "claims": a.execute("SELECT id, doc, n, data FROM claims ORDER BY id").fetchall(),
                "keys": a.execute("SELECT key, claim, doc FROM claim_keys ORDER BY claim, key").fetchall()}


def test_archive_add_stores_each_chunk_as_its_task_completes_in_input_order(small_chunks, tmp_path, monkeypatch):
    from claimcheck.lexicon import default_lexicon
    from claimcheck.models import resolve
    lex, opts = default_lexicon(), pipeline.ParseOptions(resolve("embedded"))
    texts = TEXTS + [TEXTS[1]]      # the last is stored during the run
    names = [f"n{k}" for k in range(len(texts))]
    one, two = str(tmp_path / "one.sqlite"), str(tmp_path / "two.sqlite")
    for spec in (one, two):         # one text stored before: it keeps its id, the others follow in input order
        with arc.Archive(spec) as a:
            arc.add_texts(a, [names[3]], [texts[3]], opts, lex)
    with arc.Archive(one) as a:
        single = arc.add_texts(a, names, texts, opts, lex)
    monkeypatch.setattr(distributed, "IN_FLIGHT", 1)
    client = Inline()
    real_add = arc.Archive.add

    def add(self, name, *a, **k):
        client.log.append(("store", name))
        return real_add(self, name, *a, **k)
    monkeypatch.setattr(arc.Archive, "add", add)
    with arc.Archive(two) as a:
        spread = arc.add_texts(a, names, texts, opts, lex, client=client)
    assert spread == single and [n for n, _, new in spread if not new] == [names[3], names[-1]]
    assert _contents(two) == _contents(one)
    results = [ids for what, ids in client.log if what == "result"]
    assert len(results) > 3 and [n for ids in results for n in ids] == [n for n in names if n != names[3]]
    # each chunk is stored before the next one's result is taken
    taken = [e for e in client.log if e[0] != "submit"]
    assert taken == [e for ids in results for e in [("result", ids)] + [("store", n) for n in ids]]
    # a window of tasks ahead (four per worker thread), not every chunk submitted at once
    first = client.log.index(("result", results[0]))
    assert sum(1 for e in client.log[:first] if e[0] == "submit") == 4 < len(results)


def test_a_chunk_lost_stops_archive_add_with_one_sentence_and_keeps_what_was_stored(small_chunks, tmp_path,
                                                                                    monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for k, text in enumerate(TEXTS):
        (folder / f"a{k:02d}.txt").write_text(text, encoding="utf-8")
    paths = [str(folder / f"a{k:02d}.txt") for k in range(len(TEXTS))]
    client = Inline(lose={paths[4]})
    monkeypatch.setattr(distributed, "client_for", lambda address: client)
    spec = str(tmp_path / "a.sqlite")
    r = runner.invoke(app, ["archive", "add", "--no-cache", "--archive", spec, "--dask", "tcp://scheduler:8786",
                            str(folder)])
    assert r.exit_code == 2, r.output
    lost = next(ids for what, ids in client.log if what == "result" and paths[4] in ids)
    assert r.stderr == (f"claimcheck: error: the Dask workers lost documents {', '.join(lost)} "
                        "(RuntimeError: worker tcp://10.0.0.7:4000 died)\n")
    before = paths[:paths.index(lost[0])]
    assert before and [row[2] for row in _contents(spec)["documents"]] == before
    assert ("result", lost) == [e for e in client.log if e[0] == "result"][-1]     # nothing taken after it


def test_per_document_jsonl_on_dask_is_written_chunk_by_chunk_as_one_process_writes_it(small_chunks, tmp_path,
                                                                                        monkeypatch):
    from claimcheck.lexicon import default_lexicon
    from claimcheck.models import resolve
    from claimcheck.report import to_json
    from claimcheck.types import Report
    files = []
    for k, text in enumerate(TEXTS):
        files.append(tmp_path / f"a{k:02d}.txt")
        files[-1].write_text(text, encoding="utf-8")
    args = ["analyze", "--no-cache", "--per-document", "--format", "jsonl", "--fail-on", "any",
            *map(str, files)]
    one = runner.invoke(app, args)
    client = Inline()
    monkeypatch.setattr(distributed, "client_for", lambda address: client)
    two = runner.invoke(app, [*args, "--dask", "tcp://scheduler:8786"])
    assert (two.exit_code, two.stdout, two.stderr) == (one.exit_code, one.stdout, one.stderr)
    lines = [json.loads(x) for x in one.stdout.splitlines()]
    # the topic ids run on across the chunks (one per document at least), and contradictions were written
    topics = {int(x["topic"][1:]) for x in lines}
    assert topics == set(range(1, max(topics) + 1)) and max(topics) >= len(files)
    assert any(x["contradictions"] for x in lines)
    assert len([e for e in client.log if e[0] == "result"]) > 3

    # the library: a Report per chunk, each taken before the next chunk's result, with the run's ids
    ids = [f"n{k}" for k in range(len(TEXTS))]
    whole = pipeline.analyze(TEXTS, ids, per_document=True)
    client = Inline()
    run = pipeline.PerDocument(TEXTS, ids, pipeline.ParseOptions(resolve("embedded")), default_lexicon(),
                               client=client)
    parts = []
    for report in run:
        client.log.append(("taken", tuple(d.id for d in report.documents)))
        parts.append(report)
    taken = [e for e in client.log if e[0] != "submit"]
    assert taken == [e for _, got in taken[::2] for e in [("result", got), ("taken", got)]]
    joined = Report(documents=[d for p in parts for d in p.documents],
                             claims=[c for p in parts for c in p.claims],
                             topics=[t for p in parts for t in p.topics],
                             contradictions=[x for p in parts for x in p.contradictions])
    assert to_json(joined) == to_json(Report(whole.documents, whole.claims, whole.topics,
                                                       whole.contradictions))


def test_without_dask_the_option_says_how_to_install_it(monkeypatch, tmp_path):
    import builtins
    real = builtins.__import__

    def no_dask(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name.split(".")[0] in ("dask", "distributed"):
            raise ImportError(name)
        return real(name, globals, locals, fromlist, level)
    monkeypatch.setattr(builtins, "__import__", no_dask)
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    r = runner.invoke(app, ["analyze", "--no-cache", "--dask", "local:2", str(tmp_path / "a.txt")])
    assert r.exit_code == 2 and "pip install 'claimcheck[dask]'" in r.stderr


def test_lost_pair_features_are_one_sentence_not_a_traceback():
    from claimcheck import distributed
    from claimcheck.errors import ClaimcheckError

    class Lost:
        def result(self):
            raise RuntimeError("worker tcp://10.0.0.7:4000 died")

    class Client:             # a cluster whose every task is lost after its retries
        def scatter(self, data, broadcast=False):
            return data

        def submit(self, *a, **k):
            return Lost()
    with pytest.raises(ClaimcheckError, match=r"^the Dask workers lost the features of 3 candidate pairs "
                                              r"\(RuntimeError: worker tcp://10.0.0.7:4000 died\)$"):
        distributed.pair_rows(Client(), [], [], None, None, [(0, 1), (0, 2), (1, 2)])


def test_pair_features_lost_with_a_worker_are_computed_again_from_a_new_copy():
    """The claims are scattered once, not broadcast (a broadcast scatter and
    the active memory manager can hang each other); a copy lost with its
    worker is scattered again for the parts left."""
    import numpy as np

    from claimcheck import distributed

    class Lost:
        def result(self):
            raise RuntimeError("the worker holding the claims died")

    class Client:             # the first copy of the claims is lost, the second is not
        def __init__(self):
            self.scattered = []

        def scatter(self, data, broadcast=False):
            assert not broadcast
            self.scattered.append(data)
            return data

        def submit(self, fn, *args, **k):
            if len(self.scattered) == 1 and len(args[-1]) == 1:
                return Lost()
            return Done(np.full((len(args[-1]), 2), float(args[-1][0][1])))
    client = Client()
    old = distributed.PAIRS_PER_TASK
    distributed.PAIRS_PER_TASK = 2
    try:
        rows = distributed.pair_rows(client, [], [], None, None, [(0, 1), (0, 2), (1, 3)])
    finally:
        distributed.PAIRS_PER_TASK = old
    assert len(client.scattered) == 2
    assert rows.tolist() == [[1.0, 1.0], [1.0, 1.0], [3.0, 3.0]]


def test_a_bad_local_cluster_size_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    if not HAS_DASK:
        pytest.skip("dask is not installed")
    r = runner.invoke(app, ["analyze", "--no-cache", "--dask", "local:zero", str(tmp_path / "a.txt")])
    assert r.exit_code == 2 and "local:N" in r.stderr


@pytest.mark.slow
@pytest.mark.skipif(not HAS_DASK, reason="dask is not installed (pip install 'claimcheck[dask]')")
@pytest.mark.parametrize("fmt,on_workers", [("json", True), ("jsonl", True), ("json", False)])
def test_two_local_workers_give_the_single_process_report_byte_for_byte(tmp_path, monkeypatch, fmt, on_workers):
    """Thirteen documents: gathered on this machine, or (as a run of
    crossdoc.MIN_DOCUMENTS documents is) kept on the workers and written a
    chunk of claims at a time."""
    from claimcheck import crossdoc
    if on_workers:
        monkeypatch.setattr(crossdoc, "MIN_DOCUMENTS", 0)
    folder = _folder(tmp_path)
    one = runner.invoke(app, ["analyze", "--no-cache", "--format", fmt, str(folder)])
    assert one.exit_code == 0, one.output
    two = runner.invoke(app, ["analyze", "--no-cache", "--format", fmt, "--dask", "local:2", str(folder)])
    assert two.exit_code == 0, two.output
    assert two.stdout == one.stdout and two.stderr == one.stderr
    if fmt == "json":
        report = json.loads(one.stdout)
        assert len(report["documents"]) == 13 and report["contradictions"]


@pytest.mark.slow
@pytest.mark.skipif(not HAS_DASK, reason="dask is not installed (pip install 'claimcheck[dask]')")
def test_a_worker_killed_while_judging_documents_loses_nothing(tmp_path, monkeypatch):
    """The first task of the cross-document stage kills its worker: Dask
    reads the chunks it held again and runs the task again elsewhere."""
    from dask.distributed import Client, LocalCluster

    from claimcheck import analyze, crossdoc
    from claimcheck.report import to_json
    texts = [SEED.read_text(encoding="utf-8")] + TWINS
    single = analyze(texts)
    monkeypatch.setattr(crossdoc, "MIN_DOCUMENTS", 0)
    marker = tmp_path / "killed"
    real = crossdoc.settle_groups

    def dying(*a, **k):
        if not marker.exists():
            marker.write_text("x")
            os._exit(1)               # the worker process dies in the middle of the run
        return real(*a, **k)
    monkeypatch.setattr(crossdoc, "settle_groups", dying)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        report = analyze(texts, client=client)
    assert marker.exists()
    assert to_json(report) == to_json(single) and report.warnings == single.warnings


@pytest.mark.slow
@pytest.mark.skipif(not HAS_DASK, reason="dask is not installed (pip install 'claimcheck[dask]')")
def test_a_worker_killed_mid_run_loses_no_document(tmp_path):
    """The first task kills its worker; Dask runs it again on a new one."""
    from dask.distributed import Client, LocalCluster

    from claimcheck import analyze, distributed
    texts = [SEED.read_text(encoding="utf-8")] + ARTICLES
    single = analyze(texts)
    marker = tmp_path / "killed"
    real = distributed._work

    def dying(chunk_texts, *a, **k):
        if not marker.exists():
            marker.write_text("x")
            os._exit(1)               # the worker process dies in the middle of the run
        return real(chunk_texts, *a, **k)
    distributed._work = dying
    try:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            report = analyze(texts, client=client)
    finally:
        distributed._work = real
    assert marker.exists()
    assert [c.to_dict() for c in report.claims] == [c.to_dict() for c in single.claims]
    assert [x.to_dict() for x in report.contradictions] == [x.to_dict() for x in single.contradictions]


@pytest.mark.slow
@pytest.mark.skipif(not HAS_DASK, reason="dask is not installed (pip install 'claimcheck[dask]')")
def test_pair_features_as_a_second_distributed_step_give_the_same_report(tmp_path, monkeypatch):
    """Past PAIRS_PER_TASK candidate pairs the workers compute the features,
    in parts; the report is the single process's, byte for byte."""
    from dask.distributed import Client, LocalCluster

    from claimcheck import analyze, distributed
    from claimcheck.report import to_json
    texts = [SEED.read_text(encoding="utf-8")] + ARTICLES
    single = analyze(texts)
    monkeypatch.setattr(distributed, "PAIRS_PER_TASK", 50)        # a large run in miniature: several parts
    calls = []
    real = distributed.pair_rows
    monkeypatch.setattr(distributed, "pair_rows", lambda *a: calls.append(len(a[-1])) or real(*a))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        report = analyze(texts, client=client)
    assert calls and calls[0] > 2 * 50
    assert to_json(report) == to_json(single)


@pytest.mark.slow
@pytest.mark.skipif(not HAS_DASK, reason="dask is not installed (pip install 'claimcheck[dask]')")
def test_archive_add_on_two_local_workers_stores_what_one_process_stores(tmp_path):
    folder = _folder(tmp_path)
    one, two = str(tmp_path / "one.sqlite"), str(tmp_path / "two.sqlite")
    r1 = runner.invoke(app, ["archive", "add", "--no-cache", "--archive", one, "--outlet", "Reuters", str(folder)])
    assert r1.exit_code == 0, r1.output
    r2 = runner.invoke(app, ["archive", "add", "--no-cache", "--archive", two, "--outlet", "Reuters",
                             "--dask", "local:2", str(folder)])
    assert r2.exit_code == 0, r2.output
    assert r2.stdout == r1.stdout and "13 document(s) added" in r1.stdout
    got, want = _contents(two), _contents(one)
    assert got == want and len(want["documents"]) == 13 and want["claims"] and want["keys"]


@pytest.mark.slow
@pytest.mark.skipif(not HAS_DASK, reason="dask is not installed (pip install 'claimcheck[dask]')")
def test_per_document_jsonl_on_two_local_workers_is_the_single_process_output(tmp_path):
    folder = _folder(tmp_path)
    args = ["analyze", "--no-cache", "--per-document", "--format", "jsonl", str(folder)]
    one = runner.invoke(app, args)
    assert one.exit_code == 0, one.output
    two = runner.invoke(app, [*args, "--dask", "local:2"])
    assert two.exit_code == 0, two.output
    assert two.stdout == one.stdout and len(one.stdout.splitlines()) > 13


# ---- across documents: the claims stay on the workers (crossdoc) ----------

class Done:
    """A task done: its result."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class LostTask:
    def result(self):
        raise RuntimeError("worker tcp://10.0.0.7:4000 died")


def _resolved(arg):
    """An argument as Dask hands it to a task: futures (alone or in a list) read."""
    if isinstance(arg, Done):
        return arg.result()
    if isinstance(arg, list):
        return [_resolved(a) for a in arg]
    return arg


class Serial:
    """A cluster in this process that runs each task when it is submitted;
    `log` records each task's function and arguments; a task of function
    `lose` is lost after its retries."""

    def __init__(self, lose=None):
        self.log: list[tuple[str, tuple]] = []
        self.lose = lose

    def nthreads(self):
        return {"tcp://10.0.0.7:4000": 1}

    def submit(self, fn, *args, retries=0, pure=True):
        self.log.append((fn.__name__, args))
        if fn.__name__ == self.lose:
            return LostTask()
        return Done(fn(*[_resolved(a) for a in args]))

    def close(self):
        pass


def _lexicon_and_options():
    from claimcheck.lexicon import default_lexicon
    from claimcheck.models import resolve
    return default_lexicon(), pipeline.ParseOptions(resolve("embedded"))


# six stories, each told by two outlets (sentences written for the tests): candidate
# pairs join the two documents of a story, and no others
STORIES = [
    (ARTICLE, "قالت وكالة الأنباء إن المعبر الحدودي أغلق أمام الشاحنات منذ الصباح.\n"),
    ("قال المتحدث باسم الجيش إن قواته سيطرت على البلدة بالكامل.\n"
     "وأكدت المعارضة أن القتال ما زال مستمرا في البلدة.\n",
     "أعلن الجيش أن قواته سيطرت على البلدة الجبلية بعد معارك عنيفة.\n"),
    ("أعلنت الشركة أن أرباحها ارتفعت هذا العام بنسبة عشرة في المئة.\n",
     "ذكرت نشرة السوق أن أرباح الشركة ارتفعت بنسبة عشرين في المئة.\n"),
    ("ذكرت وكالة الأنباء أن الوزير استقال من منصبه.\nونفى مكتب الوزير ذلك.\n",
     "نقلت قناة الأخبار عن مصادر أن الوزير استقال من منصبه أمس.\n"),
    ("قال رئيس البلدية إن الفيضانات أغرقت عشرين منزلا في الحي القديم.\n",
     "أفاد الدفاع المدني بأن الفيضانات أغرقت خمسين منزلا في الحي القديم.\n"),
    ("أكد مدرب الفريق أن اللاعب المصاب سيغيب عن المباراة النهائية.\n",
     "نفى النادي أن يغيب اللاعب المصاب عن المباراة النهائية.\n"),
]
TWINS = [text for story in STORIES for text in story]


@pytest.mark.parametrize("within", [300, 1])      # 1: documents of more claims are blocked like a corpus
def test_across_documents_the_claims_stay_on_the_workers_and_the_report_is_one_process_s(small_chunks, monkeypatch,
                                                                                          within):
    from claimcheck import crossdoc
    from claimcheck import pairs as pairs_mod
    from claimcheck.report import to_json, to_jsonl
    monkeypatch.setattr(pairs_mod, "WITHIN_DOC", within)
    monkeypatch.setattr(crossdoc, "GROUP_CLAIMS", 1)        # each group of claims a task of its own
    monkeypatch.setattr(crossdoc, "PAIRS_PER_TASK", 2)
    ids = [f"n{k}" for k in range(len(TWINS))]
    whole = pipeline.analyze(TWINS, ids)
    lex, opts = _lexicon_and_options()
    client = Serial()
    report = pipeline.across_cluster(client, TWINS, ids, opts, lex, None, None, whole.model, frozenset())
    assert isinstance(report, crossdoc.StreamedReport)
    done = [name for name, _ in client.log]
    assert "_claims" not in done            # the report is ready, and no claim has come to this machine
    # the claims tied together (by a topic or a contradiction) are judged together, a
    # group a task here: the groups part the claims, and some join two outlets of a story
    owned = [args[1] for name, args in client.log if name == "settle_groups"]
    assert sorted(i for claims in owned for i in claims) == list(range(len(whole.claims)))
    assert len(owned) > 1 and any(len({whole.claims[i].doc for i in claims}) == 2 for claims in owned)
    assert done.count("couplings") > 1 and done.count("similarities") > 1
    assert report.warnings == whole.warnings and whole.warnings     # (the blocking index's note)
    assert to_json(report) == to_json(whole)
    assert sum(x.claims[0].split(":")[0] != x.claims[1].split(":")[0] for x in whole.contradictions) >= 3
    assert sum(1 for name, _ in client.log if name == "_claims") == len(distributed.chunks(TWINS))
    assert to_jsonl(report) == to_jsonl(whole)
    monkeypatch.setattr(crossdoc, "MIN_DOCUMENTS", len(TWINS))
    client = Serial()
    assert pipeline.analyze(TWINS, ids, client=client) == whole          # the library gathers the report
    assert any(name == "settle_groups" for name, _ in client.log)


def test_a_handful_of_documents_with_claims_are_compared_pair_by_pair_on_this_machine(small_chunks):
    from claimcheck.types import Report
    texts = TEXTS[:3] + ["نص بلا أي خبر منسوب.\n"] * 9
    ids = [f"n{k}" for k in range(len(texts))]
    whole = pipeline.analyze(texts, ids)
    lex, opts = _lexicon_and_options()
    report = pipeline.across_cluster(Serial(), texts, ids, opts, lex, None, None, whole.model, frozenset())
    assert type(report) is Report and report == whole and not whole.warnings


@pytest.mark.parametrize("fmt,on_workers", [("json", True), ("jsonl", True), ("json", False)])
def test_analyze_across_documents_on_dask_writes_what_one_process_writes(small_chunks, tmp_path, monkeypatch, fmt,
                                                                         on_workers):
    """Past crossdoc.MIN_DOCUMENTS documents the claims stay on the workers;
    a smaller run is gathered on this machine."""
    from claimcheck import crossdoc
    monkeypatch.setattr(crossdoc, "MIN_DOCUMENTS", len(TWINS) if on_workers else len(TWINS) + 1)
    files = []
    for k, text in enumerate(TWINS):
        files.append(tmp_path / f"a{k:02d}.txt")
        files[-1].write_text(text if k % 5 else text + "وقيل إن المعبر مغلق.\n", encoding="utf-8")
    args = ["analyze", "--no-cache", "--format", fmt, "--fail-on", "any", *map(str, files)]
    one = runner.invoke(app, args)
    assert one.exit_code == 1 and "claimcheck: contradictions or claims with no source in" in one.stderr
    client = Serial()
    monkeypatch.setattr(distributed, "client_for", lambda address: client)
    two = runner.invoke(app, [*args, "--dask", "tcp://scheduler:8786"])
    assert (two.exit_code, two.stdout, two.stderr) == (one.exit_code, one.stdout, one.stderr)
    assert any(name == "settle_groups" for name, _ in client.log) == on_workers


def test_a_group_of_documents_lost_on_dask_is_one_sentence_naming_them(small_chunks, tmp_path, monkeypatch):
    from claimcheck import crossdoc
    monkeypatch.setattr(crossdoc, "MIN_DOCUMENTS", 0)
    for k, text in enumerate(TWINS):
        (tmp_path / f"a{k:02d}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(distributed, "client_for", lambda address: Serial(lose="settle_groups"))
    r = runner.invoke(app, ["analyze", "--no-cache", "--format", "json", "--dask", "tcp://scheduler:8786",
                            str(tmp_path)])
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.startswith("claimcheck: error: the Dask workers lost the contradictions and topics of "
                               f"documents {tmp_path / 'a00.txt'}")
    assert r.stderr.endswith("(RuntimeError: worker tcp://10.0.0.7:4000 died)\n") and r.stderr.count("\n") == 1
