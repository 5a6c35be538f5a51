#!/usr/bin/env python3
"""The decision stages (frames, candidate pairs, contradictions, topics) on
synthetic claims.

    python benchmarks/bench_topics.py            # 2,000 and 20,000 claims

Claims are made at run time: each belongs to one of N/8 synthetic events that
share an entity, a place, a predicate and a figure, written with random
function words and noise words drawn from a Zipf-like vocabulary, so the key
index sees realistic posting lists; they are spread over documents of 50
claims, analysed together (candidate pairs across documents come from the
blocking index once there are more than pairs.WITHIN_DOC claims).  Prints the
median wall time of pipeline.build_report over --repeat runs.
"""
from __future__ import annotations

import argparse
import random
import statistics
import time

from claimcheck.lexicon import default_lexicon
from claimcheck.pipeline import build_report
from claimcheck.types import Claim, Cue, Document, Span

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
FUNCTION = ["في", "من", "على", "إلى", "أن", "مع", "عن", "التي", "الذي", "هذا", "بعد", "قبل", "خلال"]
PREDICATES = ["ارتفاع", "انخفاض", "سيطر", "انسحب", "توقف", "استمرار", "اتفاق", "مقتل", "إغلاق", "افتتاح"]


def word(rng: random.Random, n: int = 5) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(n))


def make_claims(n: int, seed: int = 7) -> list[Claim]:
    rng = random.Random(seed)
    vocab = [word(rng, rng.randint(3, 7)) for _ in range(5000)]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    events = []
    for _ in range(max(1, n // 8)):
        events.append((word(rng, 6), word(rng, 5), rng.choice(PREDICATES), rng.randint(2, 5000)))
    claims = []
    for i in range(n):
        ent, place, pred, num = rng.choice(events)
        noise = rng.choices(vocab, weights, k=rng.randint(4, 12))
        parts = [pred, ent, rng.choice(FUNCTION), place, str(num if rng.random() < 0.8 else num + 7)] + noise
        parts += rng.sample(FUNCTION, 3)
        rng.shuffle(parts)
        text = " ".join(parts)
        cue = Cue(span=Span("قال", 0, 3), lemma="قال", kind="say", stance="assert", form="verb", sentence=0, word=0)
        src = f"مصدر{i % 50}"
        doc = f"d{i // 50}"
        claims.append(Claim(id=f"{doc}:c{i}", doc=doc, cue=cue, source=Span(src, 0, len(src)), canonical=src,
                            content=Span(text, 0, len(text)), stance="deny" if rng.random() < 0.1 else "assert"))
    return claims


def run(n: int, repeat: int) -> dict:
    lex = default_lexicon()
    claims = make_claims(n)
    docs = [Document(id=d, text="") for d in dict.fromkeys(c.doc for c in claims)]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        report = build_report(docs, claims, lex)
        times.append(time.perf_counter() - t)
    return {"claims": n, "topics": len(report.topics), "contradictions": len(report.contradictions),
            "s": statistics.median(times), "spread": (min(times), max(times))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[2000, 20000])
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    print(f"{'claims':>8} {'topics':>7} {'contradictions':>15} {'seconds (median)':>17} {'min-max':>13}")
    for n in a.sizes:
        r = run(n, a.repeat)
        lo, hi = r["spread"]
        print(f"{n:>8} {r['topics']:>7} {r['contradictions']:>15} {r['s']:>17.2f} {lo:>6.2f}-{hi:<6.2f}")


if __name__ == "__main__":
    main()
