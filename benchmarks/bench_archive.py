#!/usr/bin/env python
"""Checking a draft against a large claims archive.

    python benchmarks/bench_archive.py [--claims 100000] [--archive FILE|postgresql://...] [--repeat 5]

Builds a synthetic archive (documents of 10 claims made from hand-written
templates, with names, places and figures drawn at random: the keys spread as
news keys do), then times `archive.check` of the seed against it, the draft's
own parse excluded (it comes from a warm parse cache, and the parse-only time
is measured and subtracted).  Target (issue "An archive of claims"): under
2 seconds beyond the draft's own parse, on SQLite and on PostgreSQL.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimcheck import archive as arc  # noqa: E402
from claimcheck.cache import ParseCache  # noqa: E402
from claimcheck.lexicon import default_lexicon  # noqa: E402
from claimcheck.models import resolve  # noqa: E402
from claimcheck.pipeline import ParseOptions, read_claims  # noqa: E402
from claimcheck.types import Claim, Cue, Span  # noqa: E402

SEED = ROOT / "seeds" / "000_2682ec0bd473ef9d.txt"
NAMES = ["الوزير", "المتحدث", "الجيش", "الحكومة", "الشركة", "المعارضة", "الوكالة", "المصدر", "البنك", "الشرطة",
         "المحافظ", "الرئيس", "النقابة", "الهيئة", "اللجنة", "المنظمة"]
PLACES = ["حلب", "دمشق", "القاهرة", "بغداد", "الخرطوم", "طرابلس", "بيروت", "عمان", "الرباط", "تونس", "صنعاء",
          "الدوحة", "الرياض", "غزة", "حمص", "الموصل", "تدمر", "إدلب", "عدن", "مأرب"]
THINGS = ["الاتفاق", "الهجوم", "الانفجار", "الأسعار", "الصادرات", "الانتخابات", "المفاوضات", "الحريق", "الفيضان",
          "المباراة", "الصفقة", "القرار", "الميزانية", "الإضراب", "المستشفى", "المعبر"]
VERBS = [("قال", "assert"), ("أكد", "assert"), ("نفى", "deny"), ("أعلن", "assert"), ("ذكر", "assert")]


LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي"


def vocabulary(rng: random.Random, n: int = 20000) -> list[str]:
    """Made-up names (as many as a large archive mentions), drawn with a
    Zipf-like skew below, so that keys spread over the archive as news keys do."""
    return ["".join(rng.choice(LETTERS) for _ in range(rng.randrange(4, 7))) for _ in range(n)]


def synthetic(rng: random.Random, k: int, vocab: list[str]) -> tuple[str, list[Claim]]:
    """One document of 10 claims (text and claims with true offsets)."""
    parts, claims, pos = [], [], 0

    def name() -> str:
        return vocab[min(len(vocab) - 1, int(rng.paretovariate(1.2)) - 1 + rng.randrange(len(vocab)) // 50)]
    for n in range(10):
        verb, stance = rng.choice(VERBS)
        who = f"{rng.choice(NAMES)} {name()}"
        what = f"{rng.choice(THINGS)} في {name()} {rng.choice(PLACES)} بلغ {rng.randrange(2, 50000)} {name()}"
        sent = f"{verb} {who} إن {what}. "
        c = Claim("", "", Cue(Span(verb, pos, pos + len(verb)), verb, "say", stance, "verb", n, 0),
                  Span(who, pos + len(verb) + 1, pos + len(verb) + 1 + len(who)), who,
                  Span(what, pos + len(sent) - len(what) - 2, pos + len(sent) - 2), stance)
        parts.append(sent)
        claims.append(c)
        pos += len(sent)
    return "".join(parts) + f" ({k})", claims


def build(spec: str, n_claims: int, seed: int = 5) -> float:
    lex = default_lexicon()
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    t0 = time.perf_counter()
    with arc.Archive(spec) as a:
        have = a.stats()["claims"]
        for k in range(have // 10, n_claims // 10):
            text, claims = synthetic(rng, k, vocab)
            a.add(f"synthetic-{k}.txt", text, claims, arc.claim_keys(claims, lex), outlet=rng.choice(NAMES))
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--archive", help="an SQLite file or postgresql://... (default: a temporary SQLite file)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    spec = args.archive or str(Path(tempfile.mkdtemp()) / "bench-archive.sqlite")
    built = build(spec, args.claims)
    lex, opts = default_lexicon(), ParseOptions(resolve("embedded"))
    cache = ParseCache(Path(tempfile.mkdtemp()))
    text = SEED.read_text(encoding="utf-8")
    read_claims([text], ["draft"], opts, lex, cache)            # the draft's parse: cached from here on
    parse_only, checks, found = [], [], 0
    with arc.Archive(spec) as a:
        stats = a.stats()
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            read_claims([text], ["draft"], opts, lex, cache)
            parse_only.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            done = arc.check(a, [text], ["draft"], opts, lex, cache)
            checks.append(time.perf_counter() - t0)
            found = len(done.report.contradictions)
    beyond = statistics.median(checks) - statistics.median(parse_only)
    print(f"archive: {stats['backend']} {stats['documents']:,} documents, {stats['claims']:,} claims, "
          f"{stats['keys']:,} keys (built in {built:.0f} s)")
    print(f"check of the seed: median {statistics.median(checks):.3f} s, of which the draft's cached parse "
          f"{statistics.median(parse_only):.3f} s; beyond the parse {beyond:.3f} s "
          f"({'PASS' if beyond < 2 else 'FAIL'} < 2 s); {found} contradictions in the report")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
