#!/usr/bin/env python3
"""Topic clustering (and contradiction candidates) on synthetic claims.

    python benchmarks/bench_topics.py            # 2,000 and 20,000 claims

Claims are made at run time: each belongs to one of N/8 synthetic events that
share an entity, a place, a predicate and a figure, written with random
function words and noise words drawn from a Zipf-like vocabulary, so the key
index sees realistic posting lists.  Prints the median wall time of
clustering (KeyMaker + blocking index + union-find) and of the contradiction
stage over --repeat runs.
"""
from __future__ import annotations

import argparse
import random
import statistics
import time

from claimcheck import contradict, topics
from claimcheck.lexicon import default_lexicon
from claimcheck.types import Claim, Cue, Span

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
        claims.append(Claim(id=f"d0:c{i}", doc="d0", cue=cue, source=Span(src, 0, len(src)), canonical=src,
                            content=Span(text, 0, len(text)), stance="deny" if rng.random() < 0.1 else "assert"))
    return claims


def run(n: int, repeat: int) -> dict:
    lex = default_lexicon()
    claims = make_claims(n)
    t_cluster, t_contra = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        km = topics.KeyMaker(lex)
        keys = [km(c.content.text) for c in claims]
        scored = topics.scored_pairs(keys)
        tps = topics.cluster(claims, keys, scored)
        t_cluster.append(time.perf_counter() - t)
        t = time.perf_counter()
        pairs = contradict.find(claims, scored, lex)
        t_contra.append(time.perf_counter() - t)
    return {"claims": n, "topics": len(tps), "contradictions": len(pairs),
            "cluster_s": statistics.median(t_cluster), "cluster_spread": (min(t_cluster), max(t_cluster)),
            "contradict_s": statistics.median(t_contra)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[2000, 20000])
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    print(f"{'claims':>8} {'topics':>7} {'cluster s (median)':>19} {'min-max':>13} {'contradictions s':>17}")
    for n in a.sizes:
        r = run(n, a.repeat)
        lo, hi = r["cluster_spread"]
        print(f"{n:>8} {r['topics']:>7} {r['cluster_s']:>19.2f} {lo:>6.2f}-{hi:<6.2f} {r['contradict_s']:>17.2f}")
    print("target: 20,000 claims clustered in under 10 s")


if __name__ == "__main__":
    main()
