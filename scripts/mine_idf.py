#!/usr/bin/env python3
"""Background document frequencies for topic similarity.

Counts, over news sentences, in how many sentences each content key (folded,
clitic-stripped word, and its root: claimcheck.arabic, through the topic
stage's KeyMaker) occurs, and writes
claimcheck/data/background_df.tsv.  Keys that are common in news at large
("الأزمة", "الحكومة") then weigh less when two claims share them than rare
ones ("غرابة", "التنافس").  Only counts are written, never sentences.

    python scripts/mine_idf.py [--ans ../shared/data/ans/train.csv]
                               [--conllu ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu]

Deterministic: the output is sorted; keys seen fewer than --min times are left
out (unknown keys count as rare).
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sentences(ans: Path, conllu: Path):
    with ans.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield row["s1"]
            yield row["s2"]
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            yield line[len("# text = "):]


def main() -> None:
    import sys
    sys.path.insert(0, str(ROOT))
    from claimcheck.lexicon import load_lexicon
    from claimcheck.topics import KeyMaker
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ans", type=Path, default=ROOT.parent / "shared" / "data" / "ans" / "train.csv")
    ap.add_argument("--conllu", type=Path,
                    default=ROOT.parent / "shared" / "data" / "ud-arabic-pud" / "ar_pud-ud-test.conllu")
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "claimcheck" / "data" / "background_df.tsv")
    a = ap.parse_args()
    if "dev" in a.ans.name or "test" in a.ans.name:
        sys.exit("mine from the training split only")
    km = KeyMaker(load_lexicon())
    df: Counter = Counter()
    n = 0
    for s in sentences(a.ans, a.conllu):
        k = km(s)
        df.update(k.all)
        n += 1
    with a.out.open("w", encoding="utf-8") as f:
        f.write("# Background document frequencies of content keys (folded words and √roots),\n")
        f.write(f"# from {n} news sentences (ANS training headlines and UD Arabic-PUD),\n")
        f.write("# written by scripts/mine_idf.py; the first data line gives the number of sentences.\n")
        f.write(f"__sentences__\t{n}\n")
        for key, c in sorted(df.items(), key=lambda x: (-x[1], x[0])):
            if c >= a.min:
                f.write(f"{key}\t{c}\n")
    print(f"{n} sentences, {sum(1 for c in df.values() if c >= a.min)} keys -> {a.out}")


if __name__ == "__main__":
    main()
