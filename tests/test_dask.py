"""Bulk analysis on a Dask cluster: a real LocalCluster of two worker
processes gives the report a single process gives, byte for byte; a worker
that dies mid-run costs nothing (Dask runs its task again); without dask the
option says how to install it.  The cluster tests load Stanza in each worker
(slow)."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

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

    class Done:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value

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
def test_two_local_workers_give_the_single_process_report_byte_for_byte(tmp_path):
    folder = _folder(tmp_path)
    one = runner.invoke(app, ["analyze", "--no-cache", "--format", "json", str(folder)])
    assert one.exit_code == 0, one.output
    two = runner.invoke(app, ["analyze", "--no-cache", "--format", "json", "--dask", "local:2", str(folder)])
    assert two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    report = json.loads(one.stdout)
    assert len(report["documents"]) == 13 and report["contradictions"]


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
