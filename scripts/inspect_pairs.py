#!/usr/bin/env python3
"""Read the contradiction errors of gold folders: each missed gold pair and
each false pair, with the two claims as read, the model's probability, the
topic probability and the features that moved the decision most.

    python scripts/inspect_pairs.py [--missed | --false] [--cross] [--top N] FOLDER...

For reading errors on train, dev and eval/written (never on the test split,
whose misses are not to be read).  A unit is analysed as the scorers run it:
an article alone, an event's documents together.  "W" marks a pair of one
document, "X" one across two; "not a candidate" a pair the run never
compared; "no claim" a gold pair one of whose claims was not found.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import load_units  # noqa: E402
from train_pairs import match  # noqa: E402  (the scorers' matching of claims to gold)

from claimcheck import contradict, learned  # noqa: E402
from claimcheck.cache import ParseCache  # noqa: E402
from claimcheck.lexicon import default_lexicon  # noqa: E402
from claimcheck.models import resolve  # noqa: E402
from claimcheck.pairs import CONTRA_FEATURES, contra_features, denial_features  # noqa: E402
from claimcheck.pipeline import ParseOptions, _restate_threshold, pair_table, read_claims  # noqa: E402


def _contributions(model, x: np.ndarray, top: int) -> str:
    z = (x - model.mean) / model.scale * model.weights
    return " ".join(f"{CONTRA_FEATURES[k]}={x[k]:.2f}({z[k]:+.1f})" for k in np.argsort(-np.abs(z))[:top])


def _describe(c) -> str:
    content = c.content.text if c.content else ""
    return f"[{c.stance}] {c.cue.span.text} | {c.speaker('')} | {content[:90]}"


def inspect(unit, lex, opts, cache, show_missed: bool, show_false: bool, cross_only: bool, top: int) -> list[str]:
    models = learned.packaged()
    model, denial = models["contradiction"], models.get("denial")
    ids = [f"d{k}" for k in range(len(unit.texts))]
    docs, claims = read_claims(unit.texts, ids, opts, lex, cache)
    index = {d.id: k for k, d in enumerate(docs)}
    doc_of = [index[c.doc] for c in claims]
    table = pair_table(claims, doc_of, lex, False, texts=unit.texts)
    p_topic = models["topic"].prob(table.X)
    xc = contra_features(table.X, p_topic)
    p = contradict.probability(table.X, p_topic, model, denial) if len(xc) else np.zeros(0)
    found = {(c.a, c.b): c for c in contradict.decide(claims, table.frames, table.pairs, table.X, p_topic, model,
                                                      lex, topic_threshold=_restate_threshold(models), denial=denial)}
    # a denial and an assertion of one document: the denial model decided, with the topic probability
    by_denial = contradict.decided_by_denial(table.X) if denial is not None and len(xc) else np.zeros(len(xc), bool)

    def why(r: int) -> str:
        if by_denial[r]:
            return "denial model: " + _contributions(denial, denial_features(xc[r:r + 1], table.X[r:r + 1])[0], top)
        return _contributions(model, xc[r], top)
    gold_of = {k: g for k, g in enumerate(match(claims, doc_of, unit.claims)) if g is not None}
    claim_of = {g: k for k, g in gold_of.items()}
    row = {pr: r for r, pr in enumerate(table.pairs)}
    out: list[str] = []
    if show_missed:
        for pair in sorted(tuple(sorted(x)) for x in unit.gpairs):
            a, b = pair
            where = "X" if unit.claims[a]["doc"] != unit.claims[b]["doc"] else "W"
            if cross_only and where == "W":
                continue
            if a not in claim_of or b not in claim_of:
                out.append(f"{unit.id} missed {where} g{a},g{b}: no claim")
                continue
            i, j = sorted((claim_of[a], claim_of[b]))
            if (i, j) in found:
                continue
            r = row.get((i, j))
            head = "not a candidate" if r is None else f"p={p[r]:.2f} topic={p_topic[r]:.2f}"
            out += [f"{unit.id} missed {where} g{a},g{b}: {head}", "  A " + _describe(claims[i]),
                    "  B " + _describe(claims[j])]
            if r is not None:
                out.append("  " + why(r))
    if show_false:
        for (i, j), c in sorted(found.items()):
            ga, gb = gold_of.get(i), gold_of.get(j)
            if ga is not None and gb is not None and frozenset((ga, gb)) in unit.gpairs | unit.apairs:
                continue
            where = "X" if doc_of[i] != doc_of[j] else "W"
            if cross_only and where == "W":
                continue
            r = row[(i, j)]
            out += [f"{unit.id} false {where} g{ga},g{gb}: p={p[r]:.2f} topic={p_topic[r]:.2f} kind={c.kind}"
                    + ("" if c.via is None else f" via {claims[c.via].id}"),
                    "  A " + _describe(claims[i]), "  B " + _describe(claims[j]),
                    "  " + why(r)]
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", help="gold folders (articles or events)")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--missed", action="store_true", help="only the missed gold pairs")
    which.add_argument("--false", action="store_true", help="only the false pairs")
    ap.add_argument("--cross", action="store_true", help="only pairs across two documents")
    ap.add_argument("--top", type=int, default=6, help="contributions shown per pair")
    a = ap.parse_args(argv)
    lex = default_lexicon()
    opts = ParseOptions(resolve("embedded"))
    cache = ParseCache()
    for unit in load_units(a.folders):
        for line in inspect(unit, lex, opts, cache, not a.false, not a.missed, a.cross, a.top):
            print(line)


if __name__ == "__main__":
    main()
