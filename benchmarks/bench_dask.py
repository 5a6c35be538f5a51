#!/usr/bin/env python
"""Throughput on a local Dask cluster against one process.

    python benchmarks/bench_dask.py [--docs 200] [--repeat 2]

The benchmark corpus of bench.py (PUD sentences made into documents), analysed
(a) in this process (with its torch threads, and with one, as a worker
runs), (b) on a LocalCluster of 1 worker process, (c) of 2.  The
workers load the models in a warm-up run before the clock starts, as this
process does.  The scheduler's overhead per document is (b) minus (a) on one
thread, divided by the documents.  Then, on the 2 workers, the run with
the claims gathered on the client against kept on the workers (crossdoc,
from crossdoc.MIN_DOCUMENTS documents on), taken in turn; and the client's peak
memory (Python's allocations, tracemalloc) while the report across documents
is made and written as JSON: gathered into one Report (analyze) against
streamed (what analyze --dask --format json does: the claims stay on the
workers and are taken a chunk at a time).  Needs the dask extra.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench  # noqa: E402

from claimcheck import analyze  # noqa: E402


def timed(texts, repeat, client=None) -> float:
    analyze(texts[:8], client=client)                         # models loaded where the work runs
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        analyze(texts, client=client)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def both_paths(texts, repeat, client) -> tuple[float, float]:
    """Median seconds of analyze across documents with the claims gathered on
    the client and kept on the workers (crossdoc), taken in turn."""
    from claimcheck import crossdoc
    runs: tuple[list[float], list[float]] = ([], [])
    old = crossdoc.MIN_DOCUMENTS
    try:
        for _ in range(repeat):
            for k, least in enumerate((len(texts) + 1, 0)):
                crossdoc.MIN_DOCUMENTS = least
                t0 = time.perf_counter()
                analyze(texts, client=client)
                runs[k].append(time.perf_counter() - t0)
    finally:
        crossdoc.MIN_DOCUMENTS = old
    return statistics.median(runs[0]), statistics.median(runs[1])


def client_memory(texts, client) -> tuple[int, int, int]:
    """Peak Python allocations here while the report is made and written as
    JSON: gathered (analyze), streamed (pipeline.across_cluster, as
    analyze --dask --format json runs); and the size of the texts."""
    import os
    import tracemalloc

    from claimcheck import crossdoc
    from claimcheck.lexicon import default_lexicon
    from claimcheck.models import resolve
    from claimcheck.pipeline import ParseOptions, across_cluster
    from claimcheck.report import iter_json
    peaks = []
    ms, lex = resolve("embedded"), default_lexicon()
    for streamed in (False, True):
        tracemalloc.start()
        if streamed:
            report = across_cluster(client, texts, [f"d{k}" for k in range(len(texts))], ParseOptions(ms), lex,
                                    None, None, ms.report_entry(), frozenset())
        else:
            crossdoc.MIN_DOCUMENTS = len(texts) + 1     # analyze gathers the claims here
            report = analyze(texts, client=client)
        with open(os.devnull, "w", encoding="utf-8") as out:
            for piece in iter_json(report):
                out.write(piece)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        del report
    return peaks[0], peaks[1], sum(sys.getsizeof(t) for t in texts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    from dask.distributed import Client, LocalCluster
    texts, note = bench.docs_from_conllu(bench.DEFAULT_CONLLU, args.docs, 5, 2)
    words = sum(len(t.split()) for t in texts)
    single = timed(texts, args.repeat)
    import torch
    threads = torch.get_num_threads()
    torch.set_num_threads(1)            # as a Dask worker runs (its nanny sets OMP_NUM_THREADS=1)
    single1 = timed(texts, args.repeat)
    torch.set_num_threads(threads)
    results = {}
    for n in (1, 2):
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            results[n] = timed(texts, args.repeat, client)
            if n == 2:
                paths = both_paths(texts, args.repeat, client)
                peaks = client_memory(texts, client)
    print(f"{len(texts)} documents, {words:,} words ({note}); medians of {args.repeat}")
    print(f"  one process, {threads} torch threads  {single:7.2f} s  {words / single:7.0f} words/s")
    print(f"  one process, 1 torch thread   {single1:7.2f} s  {words / single1:7.0f} words/s")
    for n, t in results.items():
        print(f"  dask, {n} worker(s), 1 thread   {t:7.2f} s  {words / t:7.0f} words/s")
    print(f"  scheduler overhead {1000 * (results[1] - single1) / len(texts):.1f} ms a document "
          "(1 worker against one process on one thread)")
    print(f"  2 workers, claims gathered here {paths[0]:.2f} s, kept on the workers {paths[1]:.2f} s "
          "(medians, taken in turn on one cluster)")
    print(f"  client's peak memory across documents, 2 workers: gathered {peaks[0] / 2**20:.1f} MiB, "
          f"streamed {peaks[1] / 2**20:.1f} MiB (the texts themselves {peaks[2] / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
