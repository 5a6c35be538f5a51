#!/usr/bin/env python
"""claimcheck vs. bare Stanza: start-up, cache and batch throughput.

    python benchmarks/bench.py [--conllu PATH | --folder DIR] [--docs 200] [--repeat 5]

Measures, in one run on one machine (see benchmarks/README.md):

  (a) cold `claimcheck analyze SEED --format json --no-cache`, a fresh process
  (b) bare Stanza, fresh process: the same models, the same Pipeline arguments
      as claimcheck/parse.py, the same paragraphs (split at line breaks) and
      the same bulk_process batches
  (c) `claimcheck analyze SEED --format json --cache-dir TMP`, cache filled
  (d) words/second over a batch of documents in one process:
      claimcheck.analyze(texts, cache=False) vs. Stanza bulk_process
  (e) peak memory (max RSS of each child process, from wait4)

plus `claimcheck --help`.  (a), (b), (c) and --help are interleaved
repetition by repetition; medians and spreads are reported.

Every measured run is a child process; this file is also the child
(`bench.py _child MODE JOB.json`), so the parent never imports stanza or torch.
"""
from __future__ import annotations

import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# ---------------------------------------------------------------------------
# child modes (kept at the top and light: only json/os/sys/time are imported
# before the work starts)

def _child(mode: str, job_path: str) -> int:
    with open(job_path, encoding="utf-8") as f:
        job = json.load(f)
    if mode in ("stanza-cold", "stanza-batch"):
        return _child_stanza(mode, job)
    if mode == "claimcheck-batch":
        return _child_claimcheck(job)
    sys.stderr.write(f"unknown child mode {mode}\n")
    return 2


def _child_stanza(mode: str, job: dict) -> int:
    t0 = time.perf_counter()
    import logging

    import stanza
    t_import = time.perf_counter()
    logging.getLogger("stanza").setLevel(logging.ERROR)       # as claimcheck/parse.py
    nlp = stanza.Pipeline(*job["args"], **job["kwargs"])
    tok = nlp.processors.get("tokenize")                      # as claimcheck.parse.batch_tokenizer
    if tok is not None and job.get("tokenize_batch"):
        tok.trainer.args["batch_size"] = max(tok.trainer.args.get("batch_size") or 0, job["tokenize_batch"])
    t_load = time.perf_counter()
    count = {"paragraphs": 0, "sentences": 0, "words": 0, "count_s": 0.0}
    for batch in job["batches"]:                               # as parse_many: bulk_process per batch
        _count(nlp.bulk_process(batch), count)                 # counted and dropped, batch by batch
    t_end = time.perf_counter()
    import torch
    out = {"import_s": t_import - t0, "load_s": t_load - t_import,
           "process_s": t_end - t_load - count.pop("count_s"), **count, "torch_threads": torch.get_num_threads()}
    sys.stdout.write(json.dumps(out) + "\n")
    return 0


def _count(docs, acc: dict) -> None:
    """Add up what Stanza parsed (the time it takes is subtracted from process_s)."""
    s = time.perf_counter()
    acc["paragraphs"] += len(docs)
    acc["sentences"] += sum(len(d.sentences) for d in docs)
    acc["words"] += sum(len(x.words) for d in docs for x in d.sentences)
    acc["count_s"] += time.perf_counter() - s


def _count_tokens(paras, acc: dict) -> None:
    """_count for claimcheck.parse.tokenize_paragraphs: per paragraph, its
    sentences of (text, start, end, word texts)."""
    s = time.perf_counter()
    acc["paragraphs"] += len(paras)
    acc["sentences"] += sum(len(p) for p in paras)
    acc["words"] += sum(len(t[3]) for p in paras for x in p for t in x)
    acc["count_s"] += time.perf_counter() - s


def _child_claimcheck(job: dict) -> int:
    t0 = time.perf_counter()
    import importlib

    import stanza  # noqa: F401 - imported here, as on the Stanza side, so that load_s is only the models

    import claimcheck
    from claimcheck import parse as cparse
    from claimcheck.models import resolve
    t_import = time.perf_counter()
    ms = resolve(job["models"])
    device = job.get("device", "cpu")
    cparse.pipeline(ms, device)  # load the models outside the timed part, as the Stanza side does
    t_load = time.perf_counter()

    # Where the time goes: wrap Stanza's bulk_process and, when they exist, a
    # few claimcheck stages (a handful of wrapper calls per batch/document:
    # negligible).  The stages do not nest, so the rest is "other".
    acc: dict = {}
    count = {"paragraphs": 0, "sentences": 0, "words": 0, "count_s": 0.0, "parsed_sentences": 0}

    def timed(fn, key, keep=None):
        if key is not None:
            acc.setdefault(key, 0.0)

        def wrapper(*a, **k):
            s = time.perf_counter()
            try:
                r = fn(*a, **k)
            finally:
                if key is not None:
                    acc[key] += time.perf_counter() - s
            if keep == "docs":
                _count(r, count)       # no reference kept: claimcheck's memory use is its own
            elif keep == "tokens":
                _count_tokens(r, count)
            elif keep == "parsed":
                count["parsed_sentences"] += r
            return r
        return wrapper

    # tokenize_paragraphs is what tokenizes (all the text): its words are
    # counted, to check that both sides were given the same text
    cparse.tokenize_paragraphs = timed(cparse.tokenize_paragraphs, None, keep="tokens")
    for mod, attr, key in STAGES:
        try:
            m = importlib.import_module(mod)
            owner, name = (getattr(m, attr.split(".")[0]), attr.split(".")[1]) if "." in attr else (m, attr)
            setattr(owner, name, timed(getattr(owner, name), key, keep="parsed" if name == "complete" else None))
        except (ImportError, AttributeError):
            pass

    t1 = time.perf_counter()
    report = claimcheck.analyze(job["texts"], models=ms, cache=False, device=device)
    t_end = time.perf_counter()
    import torch
    out = {"import_s": t_import - t0, "load_s": t_load - t_import, "process_s": t_end - t1 - count.pop("count_s"),
           "stages": acc, **count,
           "claims": len(report.claims), "topics": len(report.topics),
           "contradictions": len(report.contradictions), "torch_threads": torch.get_num_threads()}
    sys.stdout.write(json.dumps(out) + "\n")
    return 0


# claimcheck stages timed inside the batch run, when present: (module, attribute, key).
# They do not nest: parse.complete is what parse_many calls, pipeline.complete
# what the pipeline calls for cached documents and context sentences.
STAGES = [("claimcheck.parse", "tokenize_many", "tokenize_s"),
          ("claimcheck.parse", "complete", "parse_s"),
          ("claimcheck.pipeline", "complete", "parse_s"),
          ("claimcheck.extract", "Extractor.extract", "extract_s"),
          ("claimcheck.extract", "Extractor.candidates", "select_s"),
          ("claimcheck.pipeline", "build_report", "build_report_s")]
STAGE_NAMES = {"tokenize_s": "tokenize (Stanza, all text)", "parse_s": "tag and parse (Stanza, selected)",
               "select_s": "sentence selection", "extract_s": "claim extraction",
               "build_report_s": "topics and contradictions"}


if __name__ == "__main__" and len(sys.argv) >= 2 and sys.argv[1] == "_child":
    sys.exit(_child(sys.argv[2], sys.argv[3]))


# ---------------------------------------------------------------------------
# parent

import argparse  # noqa: E402
import inspect  # noqa: E402
import platform  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import types  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT_SEED = Path(ROOT) / "seeds" / "000_2682ec0bd473ef9d.txt"
DEFAULT_CONLLU = (Path(ROOT) / ".." / "shared" / "data" / "ud-arabic-pud" / "ar_pud-ud-test.conllu").resolve()
GiB = 1024 ** 3

TARGETS = {
    "a_over_b": ("a/b (claimcheck cold / Stanza cold)", "<=", 0.8),
    "c_over_a": ("c/a (cached / cold)", "<=", 0.15),
    "help_s": ("claimcheck --help, seconds", "<", 0.5),
    "throughput_ratio": ("batch words/s claimcheck / Stanza", ">=", 3.0),
    "words_per_s": ("batch words/s claimcheck", ">=", 2000),
    "batch_peak_gib": ("batch peak memory (claimcheck), GiB", "<=", 0.55),
}


class Run:
    """One child process: wall time, CPU time and max RSS (from wait4)."""

    def __init__(self, wall, cpu, maxrss_kib, code, out, err):
        self.wall, self.cpu, self.maxrss, self.code, self.out, self.err = wall, cpu, maxrss_kib * 1024, code, out, err

    def json(self):
        return json.loads(self.out.strip().splitlines()[-1])


def run_child(cmd: list[str], env: dict, timeout: float) -> Run:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=ROOT)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)   # reaped here: keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        return Run(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, p.returncode,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def check(run: Run, what: str) -> Run:
    if run.code != 0:
        tail = "\n".join(run.err.strip().splitlines()[-15:])
        raise SystemExit(f"bench: {what} failed with exit status {run.code}:\n{tail}")
    return run


# ---- same models, same Pipeline arguments, same paragraphs ------------------

def stanza_config(ms, device: str = "cpu") -> tuple[list, dict]:
    """stanza.Pipeline(*args, **kwargs) exactly as claimcheck.parse.stanza_arguments builds it on
    `device`; the tokenizer's batch (TOKENIZE_BATCH paragraphs) is set after loading on both sides."""
    common = dict(dir=str(ms.dir), download_method=None, logging_level="ERROR", device=device,
                  pos_batch_size=300, depparse_batch_size=300)
    if ms.name == "official":
        return ["ar"], dict(processors=",".join(ms.paths), **common)
    return ["ar"], dict(package=ms.package or "embedded",
                        processors={proc: (ms.package or "default") for proc in ms.paths},
                        **{f"{proc}_model_path": str(path) for proc, path in ms.paths.items()}, **common)


def tokenize_batch() -> int:
    """The tokenizer batch claimcheck sets after loading (given to bare Stanza too)."""
    from claimcheck.parse import TOKENIZE_BATCH
    return TOKENIZE_BATCH


def record_claimcheck(ms, texts: list[str], device: str = "cpu") -> dict:
    """What claimcheck really hands to Stanza for these texts: the
    stanza.Pipeline arguments and the paragraph lists of each bulk_process
    call.  claimcheck.analyze runs against a stand-in stanza module that
    records and returns empty parses (no model is loaded; nothing is timed)."""
    from claimcheck import parse as cparse
    from claimcheck.pipeline import analyze
    seen: dict = {"calls": [], "other_calls": 0}

    class FakePipeline:
        def __init__(self, *a, **k):
            seen["args"], seen["kwargs"] = list(a), k

        def bulk_process(self, docs, processors=None):
            docs = [d if isinstance(d, str) else getattr(d, "text", str(d)) for d in docs]
            seen["calls"].append(docs)
            return [types.SimpleNamespace(text=d, sentences=[]) for d in docs]

        def __call__(self, doc, *a, **k):
            seen["other_calls"] += 1
            return types.SimpleNamespace(text=doc, sentences=[])

        process = __call__

    fake = types.ModuleType("stanza")
    fake.Pipeline = FakePipeline
    real = sys.modules.get("stanza")
    sys.modules["stanza"] = fake
    try:
        cparse._PIPELINES.clear()
        analyze(texts, models=ms, cache=False, device=device)
    except Exception as e:  # noqa: BLE001 - fall back to the benchmark's own copy of the batching
        seen["error"] = f"{type(e).__name__}: {e}"
    finally:
        cparse._PIPELINES.clear()
        if real is None:
            sys.modules.pop("stanza", None)
        else:
            sys.modules["stanza"] = real
    return seen


def same_batches(ms, texts: list[str], st_args, st_kwargs, batch_chars: int) -> dict:
    """The bulk_process batches for the bare Stanza side: exactly the
    paragraphs claimcheck sends to Stanza, in batches of about batch_chars
    characters (parse_many's default unless --stanza-batch-chars)."""
    rec = record_claimcheck(ms, texts, st_kwargs["device"])
    warn, info = [], []
    plain = [p for t in texts for p in plain_paragraphs(t)]
    if "error" in rec:
        warn.append(f"could not record claimcheck's Stanza calls ({rec['error']}); the Stanza side parses "
                    "claimcheck.parse.paragraphs() of the texts")
        paras, calls = plain, None
    else:
        paras, calls = [p for c in rec["calls"] for p in c], len(rec["calls"])
        if (rec.get("args"), rec.get("kwargs")) != (st_args, st_kwargs):
            warn.append(f"claimcheck builds stanza.Pipeline{tuple(rec.get('args', []))} {rec.get('kwargs')}; "
                        f"the benchmark's copy of claimcheck/parse.py builds {tuple(st_args)} {st_kwargs}")
        if rec["other_calls"]:
            warn.append(f"claimcheck also called the pipeline directly {rec['other_calls']} time(s); "
                        "the Stanza side repeats only what went through bulk_process")
        if sorted(paras) != sorted(plain):     # the order may differ: paragraphs over the window go alone, last
            info.append(f"claimcheck sent {len(paras)} paragraphs to Stanza, claimcheck.parse.paragraphs() gives "
                        f"{len(plain)}: the Stanza side parses what claimcheck sent")
    batches = rebatch(paras, batch_chars)
    return {"batches": batches, "paragraphs": len(paras), "stanza_calls": len(batches),
            "claimcheck_calls": calls, "warnings": warn, "info": info}


def plain_paragraphs(text: str) -> list[str]:
    from claimcheck.parse import paragraphs
    return [p for _, p in paragraphs(text)]


def default_batch_chars() -> int:
    from claimcheck.parse import parse_many
    try:
        return int(inspect.signature(parse_many).parameters["batch_chars"].default)
    except (KeyError, TypeError, ValueError):
        return 20000


def rebatch(paras: list[str], limit: int) -> list[list[str]]:
    """Consecutive paragraphs in batches of about `limit` characters (0: one batch), as parse_many does."""
    if limit <= 0:
        return [paras] if paras else []
    out, batch, size = [], [], 0
    for p in paras:
        batch.append(p)
        size += len(p)
        if size >= limit:
            out.append(batch)
            batch, size = [], 0
    if batch:
        out.append(batch)
    return out


# ---- documents ---------------------------------------------------------------

def docs_from_conllu(path: Path, n_docs: int, per_doc: int, per_para: int) -> tuple[list[str], str]:
    sents = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text = "):
                s = line[len("# text = "):].strip()
                if s:
                    sents.append(s)
    if not sents:
        raise SystemExit(f"bench: no '# text = ' lines in {path}")
    need = n_docs * per_doc
    note = f"{path.name}: {per_doc} sentences/document, {per_para}/paragraph"
    if need > len(sents):
        note += f" (only {len(sents)} sentences: reused cyclically)"
    docs = []
    for d in range(n_docs):
        chunk = [sents[(d * per_doc + i) % len(sents)] for i in range(per_doc)]
        paras = [" ".join(chunk[i:i + per_para]) for i in range(0, len(chunk), per_para)]
        docs.append("\n".join(paras) + "\n")
    return docs, note


def docs_from_folder(folder: Path, n_docs: int) -> tuple[list[str], str]:
    from claimcheck import textio
    files = sorted(str(f) for f in folder.rglob("*.txt") if f.is_file())
    if not files:
        raise SystemExit(f"bench: {folder} has no .txt files")
    docs = [textio.read(p).text for p in files[:n_docs]]
    note = f"{folder}: first {len(docs)} .txt files (sorted)"
    if len(docs) < n_docs:
        note += f" (fewer than --docs {n_docs})"
    return docs, note


# ---- helpers -----------------------------------------------------------------

def busy() -> list[str]:
    """Reasons the CPU is not ours (another training job, high load)."""
    why = []
    try:
        r = subprocess.run(["pgrep", "-f", "stanza.models"], capture_output=True, text=True)
        pids = [p for p in r.stdout.split() if p != str(os.getpid())]
        if pids:
            why.append(f"a Stanza training job is running (pid {', '.join(pids)})")
    except OSError:
        pass
    load = os.getloadavg()[0]
    if load > 0.75 * (os.cpu_count() or 1):
        why.append(f"1-minute load average is {load:.2f} on {os.cpu_count()} CPUs")
    return why


def stats(xs: list[float]) -> dict:
    med = statistics.median(xs)
    return {"median": med, "min": min(xs), "max": max(xs), "n": len(xs),
            "spread_pct": 100.0 * (max(xs) - min(xs)) / med if med else 0.0, "samples": xs}


def mib(b: float) -> str:
    return f"{b / 2**20:,.0f} MiB"


def verdict(key: str, value: float) -> str:
    _, op, limit = TARGETS[key]
    ok = {"<=": value <= limit, "<": value < limit, ">=": value >= limit}[op]
    return "PASS" if ok else "FAIL"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="claimcheck vs. bare Stanza: cold start, parse cache, batch "
                                             "throughput and memory (see benchmarks/README.md).")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--conllu", type=Path, help=f"CoNLL-U file whose '# text =' lines make the batch "
                                                  f"documents (default {DEFAULT_CONLLU})")
    src.add_argument("--folder", type=Path, help="folder of .txt files (sorted) to use as the batch documents")
    ap.add_argument("--docs", type=int, default=200, help="documents in the batch (default 200)")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs of (a), (b), (c) and --help (default 5)")
    ap.add_argument("--batch-repeat", type=int, default=2,
                    help="runs of each batch measurement, alternating which goes first (default 2)")
    ap.add_argument("--sents-per-doc", type=int, default=5, help="CoNLL-U sentences per document (default 5)")
    ap.add_argument("--sents-per-para", type=int, default=2,
                    help="CoNLL-U sentences per paragraph (line) of a document (default 2)")
    ap.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="text for (a), (b), (c) (default %(default)s)")
    ap.add_argument("--models", default="embedded", help="embedded (default), official or a model folder; "
                                                         "used by both claimcheck and Stanza")
    ap.add_argument("--stanza-batch-chars", type=int, default=None, metavar="N",
                    help="characters per bulk_process call on the bare Stanza side (default: parse_many's "
                         "batch_chars; 0 = one call)")
    ap.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                    help="where both claimcheck and bare Stanza run (default cpu, what the targets are set on)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="write the raw numbers to FILE")
    ap.add_argument("--skip-batch", action="store_true", help="only (a), (b), (c) and --help")
    ap.add_argument("--skip-cold", action="store_true", help="only the batch measurements")
    ap.add_argument("--smoke", action="store_true",
                    help="tiny functional check (3 documents, 1 run each, no warm-up): NOT a measurement")
    ap.add_argument("--force", action="store_true", help="measure even if another job seems to hold the CPU")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before a child run is killed (default 900)")
    args = ap.parse_args(argv)
    if args.smoke:
        args.docs, args.repeat, args.batch_repeat = min(args.docs, 3), 1, 1
    if min(args.docs, args.repeat, args.batch_repeat, args.sents_per_doc, args.sents_per_para) < 1:
        ap.error("--docs, --repeat, --batch-repeat, --sents-per-doc and --sents-per-para must be at least 1")

    from claimcheck.models import resolve, stanza_version
    from claimcheck.textio import read

    busy_start = busy()
    if busy_start and not (args.smoke or args.force):
        raise SystemExit("bench: not measuring: " + "; ".join(busy_start) +
                         ".\nWait for it to finish (timings would be meaningless), or use --smoke for a "
                         "functional check, or --force.")
    from claimcheck.errors import ClaimcheckError
    try:
        ms = resolve(args.models)
    except ClaimcheckError as e:
        raise SystemExit(f"bench: {e}") from None
    st_args, st_kwargs = stanza_config(ms, args.device)
    batch_chars = default_batch_chars() if args.stanza_batch_chars is None else args.stanza_batch_chars

    bindir = Path(sys.executable).parent
    cc_exe = [str(bindir / "claimcheck")] if (bindir / "claimcheck").exists() else [sys.executable, "-m", "claimcheck"]
    env = dict(os.environ)
    for k in ("CLAIMCHECK_MODELS", "CLAIMCHECK_CACHE_DIR"):    # the command lines say everything
        env.pop(k, None)
    # the warm-up runs write the .pyc files an installed package has, as they
    # are meant to: with this set (some machines do), every timed run compiled
    # claimcheck's modules from source again (0.08 s of a cached run's 0.45 s)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    model_opt = ([] if args.models == "embedded" else ["--models", args.models]) + ["--device", args.device]

    tmp = Path(tempfile.mkdtemp(prefix="claimcheck-bench-"))
    started = time.perf_counter()
    results: dict = {
        "valid_measurement": not args.smoke and not busy_start, "smoke": args.smoke, "busy_start": busy_start,
        "options": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    "loadavg_start": os.getloadavg()},
        "models": {"spec": args.models, "identity": ms.identity, "stanza": stanza_version(),
                   "pipeline_args": st_args, "pipeline_kwargs": st_kwargs},
        "stanza_batch_chars": batch_chars,
        "targets": {k: {"label": v[0], "op": v[1], "limit": v[2]} for k, v in TARGETS.items()},
    }
    banner = []
    if args.smoke:
        banner.append("SMOKE RUN: functional check only, NOT a measurement")
    if busy_start:
        banner.append("CPU NOT FREE (" + "; ".join(busy_start) + "): numbers are NOT valid")
    for b in banner:
        print(f"*** {b} ***")
    print(f"models: {args.models} ({ms.identity}), stanza {stanza_version()}, {os.cpu_count()} CPUs, "
          f"device {args.device}")
    try:
        if not args.skip_cold:
            seed = args.seed.resolve()
            results["cold"] = cold_runs(args, ms, cc_exe, model_opt, env, seed, read(str(seed)).text,
                                        st_args, st_kwargs, batch_chars, tmp)
        if not args.skip_batch:
            cold = results.get("cold")
            est = cold["seed_words"] / cold["b"]["inside"]["process_s"]["median"] if cold else None
            results["batch"] = batch_runs(args, ms, env, st_args, st_kwargs, batch_chars, tmp, est)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    results["busy_end"] = busy()
    results["elapsed_s"] = time.perf_counter() - started
    if results["busy_end"] and results["valid_measurement"]:
        results["valid_measurement"] = False
        banner.append("CPU became busy during the run (" + "; ".join(results["busy_end"]) + "): NOT valid")
    report(results, banner)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"raw numbers written to {args.json}")
    return 0


def show_notes(same: dict) -> None:
    for w in same["warnings"]:
        print(f"  *** WARNING (fairness): {w} ***")
    for i in same["info"]:
        print(f"  note: {i}")


def cold_runs(args, ms, cc_exe, model_opt, env, seed, seed_text, st_args, st_kwargs, batch_chars,
              tmp: Path) -> dict:
    same = same_batches(ms, [seed_text], st_args, st_kwargs, batch_chars)
    job = tmp / "seed-job.json"
    job.write_text(json.dumps({"args": st_args, "kwargs": st_kwargs, "batches": same["batches"],
                               "tokenize_batch": tokenize_batch()},
                              ensure_ascii=False), encoding="utf-8")
    cache = tmp / "cache"
    cmds = {
        "a": cc_exe + ["analyze", str(seed), "--format", "json", "--no-cache"] + model_opt,
        "b": [sys.executable, os.path.abspath(__file__), "_child", "stanza-cold", str(job)],
        "c": cc_exe + ["analyze", str(seed), "--format", "json", "--cache-dir", str(cache)] + model_opt,
        "help": cc_exe + ["--help"],
    }
    names = {"a": "(a) claimcheck analyze --no-cache", "b": "(b) bare Stanza, same paragraphs",
             "c": "(c) claimcheck analyze, cached", "help": "claimcheck --help"}
    seed_words = len(seed_text.split())
    print(f"\nseed: {seed} ({seed_words} words, {same['paragraphs']} paragraphs, {same['stanza_calls']} "
          f"bulk_process call(s); claimcheck made {same['claimcheck_calls']})")
    show_notes(same)

    # untimed: fill the cache for (c); warm the OS file cache and .pyc files for the others
    fill = check(run_child(cmds["c"], env, args.timeout), "filling the cache (c)")
    for k in ([] if args.smoke else ["a", "b", "help"]):
        check(run_child(cmds[k], env, args.timeout), f"warm-up {k}")
    runs: dict[str, list[Run]] = {k: [] for k in cmds}
    for r in range(args.repeat):
        order = ["a", "b"] if r % 2 == 0 else ["b", "a"]     # interleaved, alternating which goes first
        for k in order + ["c", "help"]:
            runs[k].append(check(run_child(cmds[k], env, args.timeout), names[k]))
        print(f"  repetition {r + 1}/{args.repeat}: " +
              ", ".join(f"{k} {runs[k][-1].wall:.2f}s" for k in order + ["c", "help"]), flush=True)
    # the cached report must be the uncached one
    rep_a, rep_c = json.loads(runs["a"][0].out), json.loads(runs["c"][0].out)
    same_output = rep_a == rep_c == json.loads(fill.out)
    b_info = runs["b"][0].json()
    out = {"seed": str(seed), "seed_words": seed_words, "paragraphs": same["paragraphs"],
           "stanza_calls": same["stanza_calls"], "claimcheck_calls": same["claimcheck_calls"],
           "warnings": same["warnings"], "info": same["info"],
           "stanza_parse": {k: b_info[k] for k in ("paragraphs", "sentences", "words", "torch_threads")},
           "claimcheck_sentences": sum(d.get("sentences", 0) for d in rep_a.get("documents", [])),
           "claimcheck_claims": len(rep_a.get("claims", [])),
           "cached_output_identical": same_output, "commands": cmds}
    for k in cmds:
        out[k] = {"label": names[k], "wall": stats([x.wall for x in runs[k]]),
                  "cpu": stats([x.cpu for x in runs[k]]),
                  "maxrss_bytes": max(x.maxrss for x in runs[k])}
    out["b"]["inside"] = {key: stats([x.json()[key] for x in runs["b"]])
                          for key in ("import_s", "load_s", "process_s")}
    a, b, c = (out[k]["wall"]["median"] for k in "abc")
    out["ratios"] = {"a_over_b": a / b, "c_over_a": c / a, "help_s": out["help"]["wall"]["median"]}
    return out


def batch_runs(args, ms, env, st_args, st_kwargs, batch_chars, tmp: Path, est_wps=None) -> dict:
    if args.folder:
        texts, note = docs_from_folder(args.folder, args.docs)
    else:
        texts, note = docs_from_conllu(args.conllu or DEFAULT_CONLLU, args.docs, args.sents_per_doc,
                                       args.sents_per_para)
    words = sum(len(t.split()) for t in texts)
    same = same_batches(ms, texts, st_args, st_kwargs, batch_chars)
    sj, cj = tmp / "batch-stanza.json", tmp / "batch-claimcheck.json"
    sj.write_text(json.dumps({"args": st_args, "kwargs": st_kwargs, "batches": same["batches"],
                               "tokenize_batch": tokenize_batch()},
                             ensure_ascii=False), encoding="utf-8")
    cj.write_text(json.dumps({"models": args.models, "texts": texts, "device": args.device}, ensure_ascii=False),
                  encoding="utf-8")
    me = [sys.executable, os.path.abspath(__file__), "_child"]
    cmds = {"claimcheck": me + ["claimcheck-batch", str(cj)], "stanza": me + ["stanza-batch", str(sj)]}
    print(f"\nbatch: {len(texts)} documents, {words:,} words, {same['paragraphs']} paragraphs, "
          f"{same['stanza_calls']} bulk_process calls (claimcheck made {same['claimcheck_calls']}); {note}")
    if len(texts) < 200 and not args.smoke:
        print("  note: fewer than 200 documents")
    show_notes(same)
    if est_wps:
        # from (b)'s parsing speed on the seed: a rough guide to how long this part takes
        eta = 2 * args.batch_repeat * (words / est_wps + 10)
        print(f"  expected duration: about {eta / 60:.0f} min (Stanza parsed the seed at {est_wps:.0f} words/s)")
        if eta > 600:
            print("  note: long; --docs or --batch-repeat bound it (--docs below 200 is not the benchmark "
                  "as specified)")
    runs: dict[str, list[Run]] = {k: [] for k in cmds}
    for r in range(args.batch_repeat):
        order = ["claimcheck", "stanza"] if r % 2 == 0 else ["stanza", "claimcheck"]
        for k in order:
            runs[k].append(check(run_child(cmds[k], env, args.timeout), f"batch {k}"))
        print(f"  repetition {r + 1}/{args.batch_repeat}: " +
              ", ".join(f"{k} {runs[k][-1].json()['process_s']:.1f}s" for k in order), flush=True)
    out = {"documents": len(texts), "words": words, "paragraphs": same["paragraphs"], "source": note,
           "stanza_calls": same["stanza_calls"], "claimcheck_calls": same["claimcheck_calls"],
           "warnings": same["warnings"], "info": same["info"]}
    for k in cmds:
        info = [x.json() for x in runs[k]]
        out[k] = {"words_per_s": stats([words / i["process_s"] for i in info]),
                  **{key: stats([i[key] for i in info]) for key in ("process_s", "load_s", "import_s")},
                  "wall_s": stats([x.wall for x in runs[k]]),
                  "cpu_s": stats([x.cpu for x in runs[k]]),
                  "maxrss_bytes": max(x.maxrss for x in runs[k]),
                  **{key: info[0][key] for key in ("paragraphs", "sentences", "words", "torch_threads")}}
        if k == "claimcheck":
            out[k]["stages"] = {key: stats([i["stages"][key] for i in info]) for key in info[0]["stages"]}
            out[k].update({key: info[0][key] for key in ("claims", "topics", "contradictions", "parsed_sentences")})
    out["ratios"] = {"throughput_ratio": out["claimcheck"]["words_per_s"]["median"] /
                     out["stanza"]["words_per_s"]["median"],
                     "words_per_s": out["claimcheck"]["words_per_s"]["median"],
                     "batch_peak_gib": out["claimcheck"]["maxrss_bytes"] / GiB}
    return out


def report(res: dict, banner: list[str]) -> None:
    print()
    for b in banner:
        print(f"*** {b} ***")
    checks = []
    cold = res.get("cold")
    if cold:
        print(f"\nsingle document ({cold['seed_words']} words, {cold['paragraphs']} paragraphs), a fresh process "
              f"per run, wall time; median of {cold['a']['wall']['n']}, spread = (max-min)/median")
        print(f"{'':38} {'median':>8} {'min':>7} {'max':>7} {'spread':>7} {'CPU s':>7} {'max RSS':>10}")
        for k in ("a", "b", "c", "help"):
            w = cold[k]["wall"]
            print(f"{cold[k]['label']:<38} {w['median']:>7.3f}s {w['min']:>7.3f} {w['max']:>7.3f} "
                  f"{w['spread_pct']:>6.1f}% {cold[k]['cpu']['median']:>7.2f} {mib(cold[k]['maxrss_bytes']):>10}")
        ins = cold["b"]["inside"]
        print(f"  inside (b): import stanza {ins['import_s']['median']:.2f}s, load models "
              f"{ins['load_s']['median']:.2f}s, bulk_process {ins['process_s']['median']:.2f}s "
              f"(torch threads {cold['stanza_parse']['torch_threads']})")
        print(f"  sentences: claimcheck {cold['claimcheck_sentences']}, Stanza {cold['stanza_parse']['sentences']}; "
              f"claims {cold['claimcheck_claims']}; cached report identical to uncached: "
              f"{'yes' if cold['cached_output_identical'] else 'NO'}")
        checks += [(k, cold["ratios"][k]) for k in ("a_over_b", "c_over_a", "help_s")]
    batch = res.get("batch")
    if batch:
        c, s = batch["claimcheck"], batch["stanza"]
        print(f"\nbatch in one process each: {batch['documents']} documents, {batch['words']:,} words (whitespace "
              f"tokens of the input); models loaded before the clock starts; median of {c['process_s']['n']}")
        print(f"{'':38} {'words/s':>8} {'min':>7} {'max':>7} {'time s':>7} {'load s':>7} {'max RSS':>10}")
        for d, label in ((c, "(d) claimcheck.analyze(cache=False)"), (s, "(d) bare Stanza bulk_process")):
            wps = d["words_per_s"]
            print(f"{label:<38} {wps['median']:>8.0f} {wps['min']:>7.0f} {wps['max']:>7.0f} "
                  f"{d['process_s']['median']:>7.2f} {d['load_s']['median']:>7.2f} {mib(d['maxrss_bytes']):>10}")
        st = {k: v["median"] for k, v in c["stages"].items()}
        other = c["process_s"]["median"] - sum(st.values())
        print("  inside claimcheck: " + ", ".join(f"{STAGE_NAMES.get(k, k)} {v:.2f}s" for k, v in st.items()) +
              f", other {other:.2f}s")
        print(f"  words tokenized: claimcheck {c['words']:,}, bare Stanza {s['words']:,}; sentences parsed: "
              f"claimcheck {c['parsed_sentences']:,} of {c['sentences']:,} "
              f"({c['parsed_sentences'] / max(1, c['sentences']):.0%}), bare Stanza all {s['sentences']:,}; "
              f"{c['claims']} claims, {c['topics']} topics, {c['contradictions']} contradictions")
        if (c["words"], c["sentences"]) != (s["words"], s["sentences"]):
            print("  *** WARNING: the two sides were given different text: not the same work ***")
        checks += [(k, batch["ratios"][k]) for k in ("throughput_ratio", "words_per_s", "batch_peak_gib")]
    if checks:
        print("\ntargets")
        res["verdicts"] = {}
        for key, value in checks:
            label, op, limit = TARGETS[key]
            v = verdict(key, value)
            res["verdicts"][key] = {"value": value, "result": v}
            print(f"  {label:<40} {value:>7.3f}  {op} {limit:<5} {v}")
    print(f"\nfinished in {res['elapsed_s']:.0f} s")
    if not res["valid_measurement"]:
        print("*** " + ("SMOKE RUN: " if res["smoke"] else "") + "these numbers are NOT a valid measurement ***")


if __name__ == "__main__":
    sys.exit(main())
