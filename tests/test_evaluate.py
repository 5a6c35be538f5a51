"""scripts/evaluate.py on a tiny hand-made gold folder, with a fake tool (no Stanza)."""
from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "evaluate.py"
SCORERS = ROOT.parent / "shared" / "eval"

A_TEXT = ("قال الوزير إن المصنع أغلق أمس. ونفى المدير إغلاق المصنع. وأضاف المدير أن العمال عادوا. "
          "وذكرت الصحيفة أن السوق هادئ.")
B_TEXT = "أكد المتحدث أن الهدنة صامدة. وقالت الوكالة إن الهدنة صامدة."
E_TEXTS = {"ea": "قال الجيش إن القصف توقف.", "eb": "ونفت المعارضة توقف القصف."}


def gold(cue, source, stance, content, topic, **kw):
    return {"cue": cue, "occurrence": 1, "source": source, "stance": stance,
            "content": content, "topic": topic, **kw}


ARTICLE_A = {"id": "c1-a", "text": A_TEXT, "claims": [
    gold("قال", "الوزير", "assert", "المصنع أغلق أمس", "factory"),
    gold("ونفى", "المدير", "deny", "إغلاق المصنع", "factory"),
    gold("وأضاف", "المدير", "assert", "العمال عادوا", "factory", optional=True),
    gold("وذكرت", "الصحيفة", "assert", "السوق هادئ", "market"),
], "contradictions": [[0, 1]], "acceptable": [[1, 3]]}
ARTICLE_B = {"id": "c2-b", "text": B_TEXT, "claims": [
    gold("أكد", "المتحدث", "assert", "الهدنة صامدة", "truce"),
    gold("وقالت", "الوكالة", "assert", "الهدنة صامدة", "truce"),
], "contradictions": []}
EVENT = {"id": "e1-ev", "documents": [{"name": k, "text": t} for k, t in E_TEXTS.items()], "claims": [
    {**gold("قال", "الجيش", "assert", "القصف توقف", "shelling"), "doc": 0},
    {**gold("ونفت", "المعارضة", "deny", "توقف القصف", "shelling"), "doc": 1},
], "contradictions": [[0, 1]]}

# Predictions per file name: (cue, source or None, content, stance, topic).
PRED = {
    "c1-a.txt": [("قال", "الوزير", "المصنع أغلق أمس", "assert", "t1"),        # TP, all exact
                 ("ونفى", "المدير إغلاق", "المدير إغلاق المصنع", "assert", "t1"),  # TP, overlaps only, stance wrong
                 ("وأضاف", "المدير", "العمال عادوا", "assert", "t1"),          # optional: not counted
                 ("ذكرت", None, "السوق هادئ", "assert", "t1"),              # TP, cue inexact, no source
                 ("العمال", None, "عادوا", "assert", "t2"),                 # false claim
                 ("أمس", None, "أمس", "assert", "t3")],                     # false claim
    "c2-b.txt": [("أكد", "المتحدث", "الهدنة صامدة", "assert", "t1"),
                 ("وقالت", "الوكالة", "الهدنة صامدة", "assert", "t2"),
                 ("الهدنة", None, "صامدة", "assert", "t3"),
                 ("صامدة", None, "الهدنة", "assert", "t4"),
                 ("إن", None, "صامدة", "assert", "t5")],
    "ea.txt": [("قال", "الجيش", "القصف توقف", "assert", "t1"),
               ("توقف", None, "القصف", "assert", "t2")],                  # false claim
    "eb.txt": [("ونفت", "المعارضة", "توقف القصف", "deny", "t1")],
}
# Predicted contradictions: ((file, claim index), (file, claim index)).
PAIRS = [(("c1-a.txt", 0), ("c1-a.txt", 1)),   # found
         (("c1-a.txt", 0), ("c1-a.txt", 3)),   # false
         (("c1-a.txt", 1), ("c1-a.txt", 3)),   # acceptable: ignored
         (("c2-b.txt", 0), ("c2-b.txt", 1)),   # false, in a contradiction-free article
         (("ea.txt", 0), ("eb.txt", 0)),       # found, cross-document
         (("ea.txt", 0), ("ea.txt", 1))]       # false, within a document

FAKE = '''
import json, sys
from pathlib import Path
PRED, PAIRS = json.loads(sys.argv.pop(1)), json.loads(sys.argv.pop(1))
files = [x for x in sys.argv[2:] if x not in ("--per-document", "--format", "json")]
claims, ids = [], {}
def span(text, s):
    i = text.find(s)
    return {"text": s, "start": i, "end": i + len(s)}
for k, f in enumerate(files):
    text = Path(f).read_text(encoding="utf-8")
    for i, (cue, src, content, stance, topic) in enumerate(PRED[Path(f).name]):
        ids[(Path(f).name, i)] = f"d{k}:c{i}"
        claims.append({"id": f"d{k}:c{i}", "doc": f, "cue": span(text, cue),
                       "source": span(text, src) if src else None, "content": span(text, content),
                       "stance": stance, "topic": topic})
pairs = [{"claims": [ids[tuple(a)], ids[tuple(b)]]} for a, b in PAIRS
         if tuple(a) in ids and tuple(b) in ids]
print(json.dumps({"schema": "claimcheck.report/1", "claims": claims, "contradictions": pairs}))
'''


@pytest.fixture
def setup(tmp_path):
    arts, evs = tmp_path / "arts", tmp_path / "evs"
    arts.mkdir()
    evs.mkdir()
    for folder, g in ((arts, ARTICLE_A), (arts, ARTICLE_B), (evs, EVENT)):
        (folder / f"{g['id']}.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    fake = tmp_path / "fake.py"
    fake.write_text(FAKE, encoding="utf-8")
    cmd = shlex.join([sys.executable, str(fake), json.dumps(PRED), json.dumps(PAIRS)])
    return arts, evs, cmd


def evaluate(cmd, *folders, extra=()):
    args = [sys.executable, str(SCRIPT), "--cmd", cmd, "--json", *extra]
    for f in folders:
        args += ["--data", str(f)]
    r = subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=True)
    return json.loads(r.stdout.strip().splitlines()[-1]), r.stdout


def test_articles(setup):
    arts, _, cmd = setup
    m, out = evaluate(cmd, arts)
    assert (m["articles"], m["events"], m["tp"], m["predicted"], m["matched_optional"]) == (2, 0, 5, 11, 1)
    assert (m["claims_p"], m["claims_r"], m["claims_f1"]) == (0.5, 1.0, 0.667)
    assert (m["cue_exact"], m["stance_acc"]) == (0.8, 0.8)
    assert (m["source_exact"], m["source_overlap"], m["source_acc"]) == (0.6, 0.8, 0.8)
    assert (m["content_exact"], m["content_overlap"], m["content_acc"]) == (0.8, 1.0, 1.0)
    assert (m["contra_found"], m["contra_gold"], m["contra_false"]) == (1, 1, 2)
    assert (m["contra_p"], m["contra_r"], m["contra_f1"]) == (0.333, 1.0, 0.5)
    assert m["within_f1"] == 0.5 and m["cross_p"] is None
    # by kind: the gold pair is a denial against a report (found, though its
    # denial was read as an assertion); both false pairs join two assertions
    assert (m["denial_found"], m["denial_gold"], m["denial_false"], m["denial_f1"]) == (1, 1, 0, 1.0)
    assert (m["assertions_found"], m["assertions_gold"], m["assertions_false"], m["assertions_p"]) == (0, 0, 2, 0.0)
    assert "a denial against a report 1/1/0 (1.000); two assertions 0/0/2 (0.000)" in out
    # within reach: both claims of the gold pair found, but the denial's stance wrong
    assert (m["contra_gold_claims_found"], m["contra_gold_stances_right"]) == (1, 0)
    assert "both claims found 1, and both stances right 0, of 1" in out
    assert (m["free_units"], m["free_false"], m["false_per_free"]) == (1, 1, 1.0)
    # pairs: A (0,1) TP, (0,3) FP, (1,3) FP; B (0,1) FN
    assert (m["topics_p"], m["topics_r"], m["topics_f1"]) == (0.333, 0.5, 0.4)
    # BCubed: A P 2/3, 2/3, 1/3, R 1, 1, 1; B P 1, 1, R 1/2, 1/2
    assert (m["bcubed_p"], m["bcubed_r"], m["bcubed_f1"]) == (0.733, 0.8, 0.765)
    c1, c2 = m["groups"]["c1-"], m["groups"]["c2-"]
    assert (c1["claims_p"], c1["claims_r"], c1["contra_p"], c1["free_units"]) == (0.6, 1.0, 0.5, 0)
    assert (c2["claims_p"], c2["topics_r"], c2["false_per_free"]) == (0.4, 0.0, 1.0)
    assert "c1-" in out and "cl_F1" in out


def test_event(setup):
    _, evs, cmd = setup
    m, _ = evaluate(cmd, evs)
    assert (m["events"], m["docs"], m["claims_p"], m["claims_r"], m["claims_f1"]) == (1, 2, 0.667, 1.0, 0.8)
    assert (m["contra_p"], m["contra_r"], m["contra_f1"]) == (0.5, 1.0, 0.667)
    assert (m["cross_p"], m["cross_r"], m["cross_f1"], m["cross_found"], m["cross_gold"]) == (1.0, 1.0, 1.0, 1, 1)
    assert (m["within_p"], m["within_false"], m["within_gold"]) == (0.0, 1, 0)
    assert (m["topics_f1"], m["bcubed_f1"], m["free_units"]) == (1.0, 1.0, 0)
    assert (m["denial_found"], m["denial_gold"], m["assertions_false"]) == (1, 1, 1)
    assert (m["contra_gold_claims_found"], m["contra_gold_stances_right"]) == (1, 1)


def test_mixed_and_verbose(setup):
    arts, evs, cmd = setup
    m, out = evaluate(cmd, arts, evs, extra=["-v"])
    assert (m["articles"], m["events"], m["tp"]) == (2, 1, 7)
    assert (m["claims_p"], m["contra_found"], m["contra_false"], m["cross_found"]) == (0.538, 2, 3, 1)
    assert set(m["groups"]) == {"all", "articles", "events", "c1-", "c2-", "e1-"}
    assert m["groups"]["articles"]["claims_p"] == 0.5 and m["groups"]["e1-"]["cross_f1"] == 1.0
    assert "false claim cue='أمس'" in out and "stance miss" in out
    assert "false contradiction" in out and "source miss" in out


@pytest.mark.skipif(not (SCORERS / "score.py").exists(), reason="shared scorers not present")
def test_agrees_with_scorers(setup):
    arts, evs, cmd = setup
    for scorer, folder in (("score.py", arts), ("score_multi.py", evs)):
        r = subprocess.run([sys.executable, str(SCORERS / scorer), "--data", str(folder), "--cmd", cmd, "--json"],
                           capture_output=True, text=True, encoding="utf-8", check=True)
        ref = json.loads(r.stdout.strip().splitlines()[-1])
        m, _ = evaluate(cmd, folder)
        keys = set(ref) - {"wall_s", "docs", "events"}
        assert {k: m[k] for k in keys} == {k: ref[k] for k in keys}


def test_saved_report(setup, tmp_path):
    arts, _, cmd = setup
    texts = tmp_path / "texts"
    texts.mkdir()
    files = []
    for g in (ARTICLE_A, ARTICLE_B):
        files.append(texts / f"{g['id']}.txt")
        files[-1].write_text(g["text"], encoding="utf-8")
    rep = subprocess.run([*shlex.split(cmd), "analyze", "--per-document", "--format", "json", *map(str, files)],
                         capture_output=True, text=True, encoding="utf-8", check=True).stdout
    (tmp_path / "report.json").write_text(rep, encoding="utf-8")
    m, _ = evaluate("false", arts, extra=["--report", str(tmp_path / "report.json")])
    assert (m["claims_p"], m["claims_r"], m["contra_f1"], m["bcubed_f1"]) == (0.5, 1.0, 0.5, 0.765)


def test_tool_flags_pass_the_parse_options_on():
    import importlib.util
    spec = importlib.util.spec_from_file_location("evaluate_script", SCRIPT)
    ev = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = ev          # its dataclasses look their module up
    spec.loader.exec_module(ev)
    assert ev.parse_args([]).flags == []
    assert ev.parse_args(["--full-parse", "--device", "cuda"]).flags == ["--full-parse", "--device", "cuda"]
    with pytest.raises(SystemExit):
        ev.parse_args(["--device", "tpu"])


@pytest.mark.slow
def test_the_probe_runner_counts_stance_claims_and_pairs(tmp_path):
    """scripts/run_probes.py on three one-line probes written here: one line of
    totals for each, with the expected counts."""
    (tmp_path / "stance.jsonl").write_text(json.dumps(
        {"text": "ونفى المتحدث إغلاق المعبر.", "cue": "ونفى", "stance": "deny", "family": "deny_verb"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "claims.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in (
        {"text": "وقال الوزير إن الأسعار ستبقى مستقرة.", "family": "vsm",
         "claims": [{"cue": "وقال", "source": "الوزير", "content": "الأسعار ستبقى مستقرة", "stance": "assert"}]},
        {"text": "ونقل المسعفون المصابين إلى المستشفى.", "family": "nonclaim_act", "claims": []},
    )) + "\n", encoding="utf-8")
    (tmp_path / "pairs.jsonl").write_text(json.dumps(
        {"text": "قالت الوكالة إن الجيش سيطر على المعبر. ونفى المتحدث باسم المعارضة سيطرة الجيش على المعبر.",
         "cue_a": "قالت", "cue_b": "ونفى", "contradiction": True, "kind": "deny-report"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "run_probes.py"), "--probes", str(tmp_path)],
                         capture_output=True, text=True, encoding="utf-8", check=True).stdout.splitlines()
    assert out[0] == "stance: 1 of 1 right, 0 without a claim on the cue"
    assert out[1] == ("claims: 2 of 2 items fully right; 1 of 1 claims found, source 1, content 1, stance 1; "
                      "0 claims on the items without any")
    assert out[2].startswith("pairs: 1 of 1 contradictions found, 0 false of 0")


@pytest.mark.slow
def test_the_pair_inspector_names_a_missed_gold_pair(tmp_path):
    """scripts/inspect_pairs.py on a one-article gold folder written here whose
    gold pair the tool cannot find (two claims of one speaker are never a
    contradiction): it is listed as missed, with both claims as read."""
    text = "قال الوزير إن المصنع أغلق أمس. وأضاف الوزير أن المصنع يعمل بكامل طاقته."
    g = {"id": "c1-probe", "text": text, "claims": [
        gold("قال", "الوزير", "assert", "المصنع أغلق أمس", "factory"),
        gold("وأضاف", "الوزير", "assert", "المصنع يعمل بكامل طاقته", "factory")],
        "contradictions": [[0, 1]]}
    (tmp_path / "c1-probe.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "inspect_pairs.py"), "--missed", str(tmp_path)],
                         capture_output=True, text=True, encoding="utf-8", check=True).stdout.splitlines()
    assert out[0].startswith("c1-probe missed W g0,g1: p=")
    assert out[1].startswith("  A [assert] قال | الوزير") and out[2].startswith("  B [assert] وأضاف | الوزير")
