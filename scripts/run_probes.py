#!/usr/bin/env python3
"""Run the written probes of eval/probes: single decisions on sentences that
helpers wrote for them (no sentence of the corpus), each a line of JSON.

    python scripts/run_probes.py [--probes eval/probes] [-v]

* stance.jsonl: {"text", "cue", "stance", "family"}: the claim on the cue has
  that stance.
* claims.jsonl: {"text", "claims": [{"cue", "source", "content", "stance",
  "optional"?}], "family"}: every required claim is found on its cue, with its
  source (fuzzy partial ratio >= 80), content (half its words, at most 3x+5
  words long: the scorers' rule) and stance; an item without claims gets none.
  A cue written ":" (a headline's colon) is left out.
* pairs.jsonl: {"text", "cue_a", "cue_b", "contradiction", "kind"}: the two
  claims on the cues are reported as a contradiction, or not.

Each probe prints one line of totals (and, with -v, every miss).  The probes
are for reading errors, like eval/written: rules are written for the class
a miss shows, never for its sentence.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimcheck import analyze  # noqa: E402


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _analysed(texts: list[str]):
    """The report of the texts, each a document alone, and its claims by document."""
    report = analyze(texts, per_document=True, cache=True)
    out: dict[str, list] = {}
    for c in report.claims:
        out.setdefault(c.doc, []).append(c)
    return report, out


def _on_cue(claims: list, text: str, cue: str, used: set[int]):
    """The first claim not yet used whose cue overlaps the cue's first occurrence."""
    s = text.find(cue)
    e = s + len(cue)
    return next(((k, c) for k, c in enumerate(claims) if k not in used and c.cue.span.start < e
                 and s < c.cue.span.end), (None, None))


def _norm(s: str | None) -> str:
    return " ".join(re.findall(r"[\u0600-\u06FF0-9A-Za-z]+", s or ""))


def stance(path: Path, verbose: bool) -> str:
    rows = _rows(path)
    _, by = _analysed([r["text"] for r in rows])
    right = missing = 0
    for i, r in enumerate(rows):
        _, c = _on_cue(by.get(f"d{i}", []), r["text"], r["cue"], set())
        if c is None:
            missing += 1
        elif c.stance == r["stance"]:
            right += 1
        elif verbose:
            print(f"  stance {c.stance}, want {r['stance']} [{r.get('family')}]: {r['text']}")
    return f"stance: {right} of {len(rows)} right, {missing} without a claim on the cue"


def claims(path: Path, verbose: bool) -> str:
    rows = _rows(path)
    _, by = _analysed([r["text"] for r in rows])
    want = found = source = content = stances = false = whole = 0
    for i, r in enumerate(rows):
        preds, text, used, misses = by.get(f"d{i}", []), r["text"], set(), []
        for g in r["claims"]:
            k, c = _on_cue(preds, text, g["cue"], used)
            if k is not None:
                used.add(k)
            if g.get("optional") or g["cue"] == ":":
                continue
            want += 1
            if c is None:
                misses.append(f"no claim on {g['cue']}")
                continue
            found += 1
            ps, gs = _norm(c.source.text if c.source else ""), _norm(g["source"])
            if (not gs and not ps) or (gs and ps and fuzz.partial_ratio(ps, gs) >= 80):
                source += 1
            else:
                misses.append(f"source of {g['cue']}: {c.source.text if c.source else None!r}, want {g['source']!r}")
            gw, pw = _norm(g["content"]).split(), _norm(c.content.text if c.content else "").split()
            if gw and 2 * sum(w in pw for w in gw) >= len(gw) and len(pw) <= 3 * len(gw) + 5:
                content += 1
            else:
                misses.append(f"content of {g['cue']}: {c.content.text if c.content else None!r}")
            if c.stance == g["stance"]:
                stances += 1
            else:
                misses.append(f"stance of {g['cue']}: {c.stance}")
        if not r["claims"] and preds:
            false += len(preds)
            misses.append("claims on a non-claim: " + ", ".join(c.cue.span.text for c in preds))
        whole += not misses
        if misses and verbose:
            print(f"  [{r.get('family')}] {text}\n    " + "\n    ".join(misses))
    return (f"claims: {whole} of {len(rows)} items fully right; {found} of {want} claims found, source {source}, "
            f"content {content}, stance {stances}; {false} claims on the items without any")


def pairs(path: Path, verbose: bool) -> str:
    rows = _rows(path)
    report, by = _analysed([r["text"] for r in rows])
    flagged = {frozenset(x.claims) for x in report.contradictions}
    tp = fp = fn = 0
    for i, r in enumerate(rows):
        claims_i = by.get(f"d{i}", [])
        _, a = _on_cue(claims_i, r["text"], r["cue_a"], set())
        _, b = _on_cue(claims_i, r["text"], r["cue_b"], set())
        got = a is not None and b is not None and frozenset((a.id, b.id)) in flagged
        want = bool(r["contradiction"])
        tp += want and got
        fn += want and not got
        fp += got and not want
        if got != want and verbose:
            print(f"  {'missed' if want else 'false'} [{r.get('kind')}]: {r['text']}")
    p = tp / (tp + fp) if tp + fp else 0.0
    rr = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rr / (p + rr) if p + rr else 0.0
    return f"pairs: {tp} of {tp + fn} contradictions found, {fp} false of {len(rows) - tp - fn}; F1 {f1:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--probes", type=Path, default=ROOT / "eval" / "probes")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    a = ap.parse_args()
    for name, run in (("stance", stance), ("claims", claims), ("pairs", pairs)):
        path = a.probes / f"{name}.jsonl"
        if path.exists():
            print(run(path, a.verbose))


if __name__ == "__main__":
    main()
