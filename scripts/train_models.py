#!/usr/bin/env python3
"""Train claimcheck's embedded Arabic Stanza models from UD Arabic-PUD.

One command, CPU only, reproduces every file in claimcheck/models/embedded/:

    python scripts/train_models.py --treebank ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu

The fixed split (documented in the model card): sentence i (0-based, file order)
  * i % 10 == 9  -> held-out test set, never trained on and never used for model
                    selection (100 sentences);
  * i % 20 == 4  -> dev set, used by Stanza for early stopping (50 sentences);
  * otherwise    -> training set (850 sentences).

Stanza's own training entry points are used unchanged (stanza.models.tokenizer,
tagger, lemmatizer, parser); the settings below are sized for a 2-core CPU.
`--evaluate-only` re-runs the evaluation step on the committed models and
rewrites the scores in MODEL_CARD.md and scores.json.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "claimcheck" / "models" / "embedded"
SHORTHAND = "ar_pud"

# name -> (stanza module, file name, extra arguments)
STEPS = {
    "tokenize": ["--max_seqlen", "400", "--steps", "2000", "--eval_steps", "200",
                 "--batch_size", "32"],
    "pos": ["--no_pretrain", "--batch_size", "32", "--hidden_dim", "160",
            "--char_hidden_dim", "160", "--deep_biaff_hidden_dim", "160",
            "--composite_deep_biaff_hidden_dim", "80", "--word_emb_dim", "75",
            "--max_steps", "1600", "--eval_interval", "100", "--log_step", "100"],
    "lemma": ["--num_epoch", "12", "--batch_size", "50", "--hidden_dim", "160",
              "--log_step", "200"],
    "depparse": ["--no_pretrain", "--batch_size", "32", "--hidden_dim", "200",
                 "--char_hidden_dim", "160", "--deep_biaff_hidden_dim", "200",
                 "--deep_biaff_output_dim", "100", "--word_emb_dim", "75",
                 "--max_steps", "8000", "--eval_interval", "200", "--log_step", "200",
                 "--second_optim_start_step", "5000", "--max_steps_before_stop", "2500"],
}
FILES = {"tokenize": "tokenize.pt", "pos": "pos.pt", "lemma": "lemma.pt", "depparse": "depparse.pt"}


def read_sentences(path: Path) -> list[str]:
    blocks, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            cur.append(line)
        elif cur:
            blocks.append("\n".join(cur))
            cur = []
    if cur:
        blocks.append("\n".join(cur))
    return blocks


def split(blocks: list[str]) -> dict[str, list[str]]:
    parts = {"train": [], "dev": [], "test": []}
    for i, b in enumerate(blocks):
        if i % 10 == 9:
            parts["test"].append(b)
        elif i % 20 == 4:
            parts["dev"].append(b)
        else:
            parts["train"].append(b)
    return parts


def write_conllu(blocks: list[str], path: Path) -> None:
    # every sentence its own paragraph: the held-out sentences are not adjacent text
    out = []
    for b in blocks:
        lines = [ln for ln in b.splitlines() if not ln.startswith("# newdoc") and not ln.startswith("# newpar")]
        out.append("# newpar\n" + "\n".join(lines))
    path.write_text("\n\n".join(out) + "\n\n", encoding="utf-8")


def run(args: list[str], log: Path) -> float:
    print("+", " ".join(args), flush=True)
    t0 = time.time()
    with log.open("a", encoding="utf-8") as f:
        f.write("+ " + " ".join(args) + "\n")
        f.flush()
        r = subprocess.run(args, stdout=f, stderr=subprocess.STDOUT)
    print(f"  done in {time.time() - t0:.0f}s (exit {r.returncode})", flush=True)
    if r.returncode:
        sys.exit(f"step failed, see {log}")
    return time.time() - t0


def record_time(name: str, seconds: float) -> None:
    """Seconds each trainer took, kept across runs of single steps (--only)."""
    f = OUT / "train_times.json"
    times = json.loads(f.read_text(encoding="utf-8")) if f.exists() else {}
    times[name] = round(seconds)
    f.write_text(json.dumps(times, indent=1) + "\n", encoding="utf-8")


def prepare(work: Path, treebank: Path) -> dict[str, Path]:
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data
    parts = split(read_sentences(treebank))
    paths = {}
    for name, blocks in parts.items():
        c = work / f"{SHORTHAND}.{name}.conllu"
        write_conllu(blocks, c)
        txt = work / f"{SHORTHAND}.{name}.txt"
        conllu_to_text.convert_text(str(c), str(txt))
        prepare_tokenizer_data.main([str(txt), str(c), "-o", str(work / f"{SHORTHAND}-ud-{name}.toklabels"),
                                     "-m", str(work / f"{SHORTHAND}-ud-{name}-mwt.json")])
        paths[name] = c
    print({k: len(v) for k, v in parts.items()}, "sentences", flush=True)
    return paths


def train(work: Path, paths: dict[str, Path], only: list[str], log: Path) -> None:
    py = sys.executable
    common = ["--lang", "ar", "--shorthand", SHORTHAND, "--seed", "1234"]
    if "tokenize" in only:
        record_time("tokenize", run([py, "-m", "stanza.models.tokenizer", "--mode", "train",
             "--txt_file", str(work / f"{SHORTHAND}.train.txt"),
             "--label_file", str(work / f"{SHORTHAND}-ud-train.toklabels"),
             "--dev_txt_file", str(work / f"{SHORTHAND}.dev.txt"),
             "--dev_label_file", str(work / f"{SHORTHAND}-ud-dev.toklabels"),
             "--mwt_json_file", str(work / f"{SHORTHAND}-ud-train-mwt.json"),
             "--dev_conll_gold", str(paths["dev"]),
             "--conll_file", str(work / "tok.dev.pred.conllu"),
             "--save_dir", str(OUT), "--save_name", FILES["tokenize"], *common, *STEPS["tokenize"]], log))
    if "pos" in only:
        record_time("pos", run([py, "-m", "stanza.models.tagger", "--mode", "train",
             "--train_file", str(paths["train"]), "--eval_file", str(paths["dev"]),
             "--output_file", str(work / "pos.dev.pred.conllu"),
             "--save_dir", str(OUT), "--save_name", FILES["pos"], *common, *STEPS["pos"]], log))
    if "lemma" in only:
        record_time("lemma", run([py, "-m", "stanza.models.lemmatizer", "--mode", "train",
             "--train_file", str(paths["train"]), "--eval_file", str(paths["dev"]),
             "--output_file", str(work / "lemma.dev.pred.conllu"),
             "--save_dir", str(OUT), "--save_name", FILES["lemma"], *common[2:], *STEPS["lemma"]], log))
    if "depparse" in only:
        record_time("depparse", run([py, "-m", "stanza.models.parser", "--mode", "train",
             "--train_file", str(paths["train"]), "--eval_file", str(paths["dev"]),
             "--output_file", str(work / "depparse.dev.pred.conllu"),
             "--save_dir", str(OUT), "--save_name", FILES["depparse"], *common, *STEPS["depparse"]], log))


def write_resources() -> None:
    # Stanza's Pipeline wants a resources.json in its folder; with download_method=None
    # it reads this one and never contacts the model hub.
    procs = {name: {"embedded": {}} for name in FILES}
    (OUT / "resources.json").write_text(json.dumps({
        "ar": {"lang_name": "Arabic", "packages": {"embedded": {k: "embedded" for k in FILES}},
               "default_processors": {k: "embedded" for k in FILES}, **procs},
    }, indent=1) + "\n", encoding="utf-8")


def evaluate(work: Path, paths: dict[str, Path]) -> dict:
    """Stanza end to end from the raw held-out text, scored with the CoNLL 2018 evaluator."""
    import stanza
    from stanza.models.common.utils import ud_scores
    gold = paths["test"]
    blocks = read_sentences(gold)
    texts = [next(ln[len("# text = "):] for ln in b.splitlines() if ln.startswith("# text = ")) for b in blocks]
    embedded = {k: "embedded" for k in FILES}
    nlp = stanza.Pipeline("ar", dir=str(OUT), download_method=None, package="embedded", processors=embedded,
                          tokenize_model_path=str(OUT / FILES["tokenize"]),
                          pos_model_path=str(OUT / FILES["pos"]), lemma_model_path=str(OUT / FILES["lemma"]),
                          depparse_model_path=str(OUT / FILES["depparse"]), logging_level="WARN")
    docs = nlp.bulk_process(texts)
    sysfile = work / "test.pred.conllu"
    with sysfile.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(f"{d:C}\n\n")
    ev = ud_scores(str(gold), str(sysfile))
    # gold-token scores: each model on gold tokenisation (what Stanza's trainers report)
    pre = stanza.Pipeline("ar", dir=str(OUT), download_method=None, package="embedded", processors=embedded,
                          tokenize_pretokenized=True, pos_model_path=str(OUT / FILES["pos"]),
                          lemma_model_path=str(OUT / FILES["lemma"]),
                          depparse_model_path=str(OUT / FILES["depparse"]), logging_level="WARN")
    toks = [[ln.split("\t")[1] for ln in b.splitlines() if ln and ln[0].isdigit() and "\t" in ln] for b in blocks]
    gdoc = pre(toks)
    gfile = work / "test.goldtok.pred.conllu"
    gfile.write_text(f"{gdoc:C}\n\n", encoding="utf-8")
    ev2 = ud_scores(str(gold), str(gfile))
    def pick(e, k):
        return round(100 * e[k].f1, 2)
    raw = ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")
    return {
        "end_to_end_raw_text": {k: pick(ev, k) for k in raw},
        "gold_tokens": {k: pick(ev2, k) for k in ("UPOS", "UFeats", "Lemmas", "UAS", "LAS")},
        "test_sentences": len(blocks),
    }


CARD = """# Embedded Arabic Stanza models (claimcheck)

Compact Stanza models for Arabic, shipped inside the claimcheck package so that
it analyses Arabic with no network.  Stanza's official Arabic package (trained
on the larger PADT treebank) is used instead with `--models official` after
`claimcheck models download`.

| | |
|---|---|
| processors | tokenize, pos (UPOS, XPOS, features), lemma, depparse |
| data | UD Arabic-PUD (Parallel Universal Dependencies, CoNLL 2017 shared task), 1000 news and Wikipedia sentences |
| data licence | CC BY-SA 3.0 (the models are derived from it and carry the same licence) |
| trainer | Stanza {stanza} training code, unchanged (stanza.models.tokenizer, tagger, lemmatizer, parser) |
| word vectors | none (`--no_pretrain`), no character language model |
| size | {size_mb} MB in all |

## Split (fixed)

Sentence *i* of `ar_pud-ud-test.conllu` (0-based, file order):

* `i % 10 == 9`: held-out test set, {test} sentences, never trained on and never used for model selection;
* `i % 20 == 4`: dev set for Stanza's early stopping, 50 sentences;
* otherwise: training set, 850 sentences.

## Reproduce

```
python scripts/train_models.py --treebank ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu
python scripts/train_models.py --evaluate-only     # scores only, on the committed models
```

CPU only, both cores: the four trainers took {minutes} minutes in all on a
2-core machine (`train_times.json` has each one's seconds).  Settings
(batch sizes, hidden sizes, steps) are in `STEPS` at the top of the script.

## Scores on the held-out sentences

CoNLL 2018 shared-task evaluation (Stanza's `ud_scores`), F1 x 100.

End to end from raw text (Stanza tokenises, tags, lemmatises and parses the
held-out sentences' text):

| Tokens | Sentences | UPOS | UFeats | Lemmas | UAS | LAS |
|---|---|---|---|---|---|---|
| {e[Tokens]} | {e[Sentences]} | {e[UPOS]} | {e[UFeats]} | {e[Lemmas]} | {e[UAS]} | {e[LAS]} |

On gold tokens (each model given the treebank's tokenisation):

| UPOS | UFeats | Lemmas | UAS | LAS |
|---|---|---|---|---|
| {g[UPOS]} | {g[UFeats]} | {g[Lemmas]} | {g[UAS]} | {g[LAS]} |

These are small models trained on 850 sentences: good enough for claimcheck's
attribution patterns, weaker than Stanza's official Arabic models.
"""


def write_card(scores: dict, train_seconds) -> None:
    size = sum(p.stat().st_size for p in OUT.glob("*.pt")) / 2**20
    try:
        from importlib.metadata import version
        stanza_v = version("stanza")
    except Exception:  # pragma: no cover
        stanza_v = "?"
    (OUT / "MODEL_CARD.md").write_text(CARD.format(
        stanza=stanza_v, size_mb=round(size, 1), test=scores["test_sentences"],
        minutes=round(train_seconds / 60) if train_seconds else "35-45",
        e=scores["end_to_end_raw_text"], g=scores["gold_tokens"]), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--treebank", type=Path,
                    default=ROOT.parent / "shared" / "data" / "ud-arabic-pud" / "ar_pud-ud-test.conllu")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "train")
    ap.add_argument("--only", nargs="*", default=list(STEPS), choices=list(STEPS))
    ap.add_argument("--evaluate-only", action="store_true")
    ap.add_argument("--smoke", action="store_true",
                    help="a few steps of each trainer into WORK/smoke, to check the recipe (not for use)")
    a = ap.parse_args()
    global OUT
    if a.smoke:
        OUT = a.work / "smoke"
        for v in STEPS.values():
            for flag in ("--steps", "--max_steps", "--num_epoch"):
                if flag in v:
                    v[v.index(flag) + 1] = "1" if flag == "--num_epoch" else "30"
            for flag in ("--eval_steps", "--eval_interval"):
                if flag in v:
                    v[v.index(flag) + 1] = "15"
    if not a.treebank.exists():
        sys.exit(f"treebank not found: {a.treebank}")
    a.work.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    paths = prepare(a.work, a.treebank)
    write_resources()
    if not a.evaluate_only:
        train(a.work, paths, a.only, a.work / "train.log")
        for f in OUT.glob("*checkpoint*"):     # optimizer state, not needed to run the models
            f.unlink()
    scores = evaluate(a.work, paths)
    times = OUT / "train_times.json"
    scores["train_seconds"] = sum(json.loads(times.read_text(encoding="utf-8")).values()) if times.exists() else None
    write_card(scores, scores["train_seconds"])
    (OUT / "scores.json").write_text(json.dumps(scores, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(scores, indent=1))


if __name__ == "__main__":
    main()
