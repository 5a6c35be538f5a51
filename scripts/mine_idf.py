#!/usr/bin/env python3
"""Background document frequencies for topic similarity.

Estimates, for each content key (folded, clitic-stripped word, and its root:
claimcheck.arabic, through the topic stage's KeyMaker), in how many of a
million news-length sentences it occurs, and writes
claimcheck/data/background_df.tsv.  Keys that are common in news at large
("الأزمة", "الحكومة") then weigh less when two claims share them than rare
ones ("غرابة", "التنافس").  Only counts are written, never sentences.

The default source is wordfreq's large Arabic list (word frequencies from
Wikipedia, subtitles, news, web text and social media; the `train` extra
installs it): every word's frequency goes to its keys, and a key of token
frequency f occurs in 1 - exp(-SENTENCE_WORDS * f) of the sentences.
``--source corpus`` counts instead over the ANS training headlines and UD
Arabic-PUD sentences (6,304 sentences; what the first versions shipped).

    python scripts/mine_idf.py [--source wordfreq|corpus]
                               [--ans ../shared/data/ans/train.csv]
                               [--conllu ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu]

Deterministic: the output is sorted; keys seen in fewer than --min sentences
are left out (unknown keys count as rarest).
"""
from __future__ import annotations

import argparse
import csv
import math
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = 1_000_000     # the pseudo-corpus the wordfreq estimates are counted over
SENTENCE_WORDS = 20       # words in a news sentence, roughly
MIN_FREQUENCY = 1e-7      # wordfreq words rarer than this are left out (they would count under --min)


def sentences(ans: Path, conllu: Path):
    with ans.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield row["s1"]
            yield row["s2"]
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            yield line[len("# text = "):]


def wordfreq_counts(km) -> tuple[int, Counter, str]:
    from importlib.metadata import version

    import wordfreq
    freq: Counter = Counter()
    for w in wordfreq.iter_wordlist("ar", wordlist="large"):     # most frequent first
        f = wordfreq.word_frequency(w, "ar", wordlist="large")
        if f < MIN_FREQUENCY:
            break
        for k in km(w).all:
            freq[k] += f
    df = Counter({k: round(SENTENCES * -math.expm1(-SENTENCE_WORDS * f)) for k, f in freq.items()})
    return SENTENCES, df, f"wordfreq {version('wordfreq')}'s large Arabic list, as {SENTENCES} news-length sentences"


def corpus_counts(km, ans: Path, conllu: Path) -> tuple[int, Counter, str]:
    df: Counter = Counter()
    n = 0
    for s in sentences(ans, conllu):
        df.update(km(s).all)
        n += 1
    return n, df, f"{n} news sentences (ANS training headlines and UD Arabic-PUD)"


def main() -> None:
    import sys
    sys.path.insert(0, str(ROOT))
    from claimcheck.lexicon import load_lexicon
    from claimcheck.topics import KeyMaker
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", choices=("wordfreq", "corpus"), default="wordfreq")
    ap.add_argument("--ans", type=Path, default=ROOT.parent / "shared" / "data" / "ans" / "train.csv")
    ap.add_argument("--conllu", type=Path,
                    default=ROOT.parent / "shared" / "data" / "ud-arabic-pud" / "ar_pud-ud-test.conllu")
    ap.add_argument("--min", type=int, default=10)
    ap.add_argument("--out", type=Path, default=ROOT / "claimcheck" / "data" / "background_df.tsv")
    a = ap.parse_args()
    if "dev" in a.ans.name or "test" in a.ans.name:
        sys.exit("mine from the training split only")
    km = KeyMaker(load_lexicon())
    if a.source == "wordfreq":
        n, df, origin = wordfreq_counts(km)
    else:
        n, df, origin = corpus_counts(km, a.ans, a.conllu)
    with a.out.open("w", encoding="utf-8") as f:
        f.write("# Background document frequencies of content keys (folded words and √roots),\n")
        f.write(f"# from {origin},\n")
        f.write("# written by scripts/mine_idf.py; the first data line gives the number of sentences.\n")
        f.write(f"__sentences__\t{n}\n")
        for key, c in sorted(df.items(), key=lambda x: (-x[1], x[0])):
            if c >= a.min:
                if any(ch.isspace() for ch in key):     # topics._background reads the table by whitespace
                    raise SystemExit(f"mine_idf: the key {key!r} holds a space; no table written in full")
                f.write(f"{key}\t{c}\n")
    print(f"{n} sentences, {sum(1 for c in df.values() if c >= a.min)} keys -> {a.out}")


if __name__ == "__main__":
    main()
