#!/usr/bin/env python
"""The client's memory when a Dask cluster analyses documents across each other.

    python benchmarks/bench_dask_memory.py [--docs 1000] [--workers 2]

Starts a scheduler and workers as their own processes (``dask scheduler``,
``dask worker``, as on a real cluster: so that only the client's memory is
traced here), then analyses synthetic documents of ten claims each
(bench_archive.synthetic: hand-written templates with made-up names, places
and figures) across each other, twice, writing the JSON report to /dev/null:

* gathered: ``analyze(texts, client=client)`` for a run below
  crossdoc.MIN_DOCUMENTS, one Report on this machine;
* streamed: what ``analyze --dask --format json`` does
  (pipeline.across_cluster): the claims stay on the workers and are taken a
  chunk at a time as the report is written.

For each: the peak of Python's allocations in this process (tracemalloc)
and the wall time.  Needs the dask extra.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_archive  # noqa: E402

from claimcheck import analyze, crossdoc  # noqa: E402
from claimcheck.lexicon import default_lexicon  # noqa: E402
from claimcheck.models import resolve  # noqa: E402
from claimcheck.pipeline import ParseOptions, across_cluster  # noqa: E402
from claimcheck.report import iter_json  # noqa: E402


def texts_of(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    vocab = bench_archive.vocabulary(rng, 2000)
    return [bench_archive.synthetic(rng, k, vocab)[0] for k in range(n)]


def measured(make) -> tuple[float, float, int]:
    """(peak MiB of Python allocations, seconds, claims) making a report and writing its JSON."""
    tracemalloc.start()
    t0 = time.perf_counter()
    report = make()
    with open(os.devnull, "w", encoding="utf-8") as out:
        for piece in iter_json(report):
            out.write(piece)
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2 ** 20, seconds, len(report.claims)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from dask.distributed import Client
    texts = texts_of(args.docs)
    ids = [f"d{k}" for k in range(len(texts))]
    ms, lex = resolve("embedded"), default_lexicon()
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        sched = Path(tmp) / "scheduler.json"
        procs = [subprocess.Popen(["dask", "scheduler", "--scheduler-file", str(sched), "--no-dashboard"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)]
        for _ in range(100):
            if sched.exists() and sched.stat().st_size:
                break
            time.sleep(0.1)
        procs.append(subprocess.Popen(["dask", "worker", "--scheduler-file", str(sched), "--nworkers",
                                       str(args.workers), "--nthreads", "1", "--no-dashboard"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
        try:
            with Client(scheduler_file=str(sched), timeout=60) as client:
                client.wait_for_workers(args.workers, timeout=120)
                analyze(texts[:12], client=client)          # the workers load the models
                crossdoc.MIN_DOCUMENTS = len(texts) + 1         # analyze gathers the claims here
                gathered = measured(lambda: analyze(texts, ids, client=client))
                streamed = measured(lambda: across_cluster(client, texts, ids, ParseOptions(ms), lex, None, None,
                                                           ms.report_entry(), frozenset()))
        finally:
            for p in reversed(procs):
                p.terminate()
                p.wait(timeout=30)
    words = sum(len(t.split()) for t in texts)
    print(json.dumps({"documents": len(texts), "words": words, "claims": gathered[2], "workers": args.workers}))
    for name, (peak, seconds, _) in (("gathered", gathered), ("streamed", streamed)):
        print(f"  {name:9s} client peak {peak:7.1f} MiB   {seconds:6.1f} s")
    print(f"  the texts themselves: {sum(sys.getsizeof(t) for t in texts) / 2 ** 20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
