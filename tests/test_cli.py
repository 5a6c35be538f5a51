"""The command line through its real entry points: typer's runner in process
and `python -m claimcheck` in a subprocess."""
import csv
import io
import json
import os
import subprocess
import sys
import time

import pytest
from conftest import SEED
from typer.testing import CliRunner

from claimcheck.cli import app

runner = CliRunner()

ARTICLE = ("نفت وزارة الداخلية أن يكون المعبر الحدودي قد أغلق أمام الشاحنات.\n"
           "وكانت صحيفة المساء قد نقلت عن مصادر في الجمارك أن المعبر الحدودي أغلق أمام الشاحنات.\n")
PLAIN = "قال رئيس البلدية إن الحديقة العامة ستفتح أبوابها الأسبوع المقبل.\n"


def invoke(*args, input=None, env=None):
    return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)


def sub(*args, input=None, env=None, timeout=300):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], input=input, capture_output=True,
                          text=True, env=e, timeout=timeout)


@pytest.fixture()
def files(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text(PLAIN, encoding="utf-8")
    return tmp_path, a, b


# ---- the seed, as a new user would run it -------------------------------

@pytest.mark.slow
def test_seed_table_shows_the_aleppo_denial():
    r = invoke("analyze", str(SEED), "--bidi", "logical")
    assert r.exit_code == 0
    out = r.stdout
    assert "✖" in out
    assert "ريابكوف" in out and "رويترز" in out
    assert "contradiction(s)" in out.splitlines()[-1]


@pytest.mark.slow
def test_table_reads_at_80_columns():
    from rich.console import Console

    from claimcheck import analyze
    from claimcheck.render import render
    rep = analyze([SEED.read_text(encoding="utf-8")], ids=["seed"])
    buf = io.StringIO()
    render(rep, Console(file=buf, width=80, no_color=True), bidi="logical")
    lines = buf.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any("ريابكوف" in line for line in lines)
    # visual order turns each line of Arabic around for terminals that do not
    buf2 = io.StringIO()
    render(rep, Console(file=buf2, width=80, no_color=True), bidi="visual")
    assert max(len(line) for line in buf2.getvalue().splitlines()) <= 80
    assert "ريابكوف"[::-1] in buf2.getvalue(), "visual order: letters right to left"
    assert "ريابكوف" not in buf2.getvalue()


# ---- formats ------------------------------------------------------------

@pytest.mark.slow
def test_json_follows_the_contract(files):
    _, a, b = files
    r = invoke("analyze", "--format", "json", str(a), str(b))
    rep = json.loads(r.stdout)
    assert rep["schema"] == "claimcheck.report/1"
    assert [d["id"] for d in rep["documents"]] == [str(a), str(b)]
    texts = {str(a): ARTICLE, str(b): PLAIN}
    ids = {c["id"] for c in rep["claims"]}
    assert len(ids) == len(rep["claims"])
    topics = {t["id"] for t in rep["topics"]}
    for c in rep["claims"]:
        t = texts[c["doc"]]
        for k in ("cue", "source", "content"):
            if c[k] is not None:
                assert t[c[k]["start"]:c[k]["end"]] == c[k]["text"]
        assert c["stance"] in ("assert", "deny")
        assert c["topic"] in topics
    assert any(x["kind"] == "denial" for x in rep["contradictions"])
    for x in rep["contradictions"]:
        assert set(x["claims"]) <= ids and x["reason"]


@pytest.mark.slow
def test_jsonl_csv_markdown(files):
    _, a, _ = files
    r = invoke("analyze", "--format", "jsonl", str(a))
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all("topic_label" in x and "contradictions" in x for x in rows)
    r = invoke("analyze", "--format", "csv", str(a))
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert table and table[0]["cue"] and "stance" in table[0]
    r = invoke("analyze", "--format", "markdown", str(a))
    assert r.stdout.startswith("**claimcheck**") and "### Contradictions" in r.stdout


@pytest.mark.slow
def test_claims_command(files):
    _, a, _ = files
    r = invoke("claims", "--format", "json", str(a))
    rep = json.loads(r.stdout)
    assert "contradictions" not in rep and rep["claims"]
    r = invoke("claims", str(a), "--bidi", "logical")
    assert r.exit_code == 0 and "نقلت" in r.stdout


@pytest.mark.slow
def test_output_file(files):
    d, a, _ = files
    out = d / "out" / "report.json"
    r = invoke("analyze", "--format", "json", "--output", str(out), str(a))
    assert r.exit_code == 0 and r.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["claims"]


# ---- inputs -------------------------------------------------------------

@pytest.mark.slow
def test_stdin_and_folder(files):
    d, a, b = files
    r = invoke("analyze", "--format", "json", "-", input=ARTICLE)
    rep = json.loads(r.stdout)
    assert rep["documents"][0]["id"] == "-" and rep["claims"][0]["doc"] == "-"
    r = invoke("analyze", "--format", "json", "--per-document", str(d))
    rep = json.loads(r.stdout)
    assert [x["id"] for x in rep["documents"]] == sorted([str(a), str(b)])


@pytest.mark.slow
def test_per_document_keeps_documents_apart(tmp_path):
    a, b = tmp_path / "1.txt", tmp_path / "2.txt"
    a.write_text("نفت وزارة الداخلية أن يكون المعبر الحدودي قد أغلق أمام الشاحنات.", encoding="utf-8")
    b.write_text("نقلت صحيفة المساء عن مصادر في الجمارك أن المعبر الحدودي أغلق أمام الشاحنات.", encoding="utf-8")
    together = json.loads(invoke("analyze", "--format", "json", str(a), str(b)).stdout)
    apart = json.loads(invoke("analyze", "--format", "json", "--per-document", str(a), str(b)).stdout)
    assert together["contradictions"], "claims of two files are compared with each other"
    assert apart["contradictions"] == []
    doc_of = {c["id"]: c["doc"] for c in apart["claims"]}
    for t in apart["topics"]:
        assert len({doc_of[c] for c in t["claims"]}) == 1


# ---- pre-publication checks ----------------------------------------------

@pytest.mark.slow
def test_fail_on_exit_codes(files):
    _, a, b = files
    assert invoke("analyze", str(a), "--fail-on", "contradiction", "--quiet").exit_code == 1
    assert invoke("analyze", str(b), "--fail-on", "contradiction", "--quiet").exit_code == 0
    assert invoke("analyze", str(a), "--fail-on", "contradiction", "--min-score", "1.0", "--quiet").exit_code == 0
    r = invoke("analyze", str(b), "--fail-on", "any", "--quiet")
    assert r.exit_code == 0 and r.stdout == ""
    unsourced = "وقال إن الجسر سيفتح غدا.\n"
    assert invoke("analyze", "-", "--fail-on", "unsourced", "--quiet", input=unsourced).exit_code == 1


@pytest.mark.slow
def test_quiet_prints_nothing(files):
    _, a, _ = files
    r = sub("analyze", str(a), "--quiet", "--fail-on", "contradiction")
    assert r.returncode == 1 and r.stdout == "" and r.stderr == ""


# ---- terminals and pipes -------------------------------------------------

@pytest.mark.slow
def test_no_color_and_piped_output_keep_symbols(files):
    _, a, _ = files
    r = sub("analyze", str(a), env={"NO_COLOR": "1", "COLUMNS": "80"})
    assert r.returncode == 0
    assert "\x1b[" not in r.stdout
    assert "✖" in r.stdout
    assert "نقلت" in r.stdout, "piped output keeps logical order"


@pytest.mark.slow
def test_closed_pipe_ends_quietly():
    example = SEED.parent.parent / "examples" / "article.txt"
    p = subprocess.Popen(f"{sys.executable} -m claimcheck analyze --format jsonl {SEED} {example} | head -c 10",
                         shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate(timeout=300)
    assert len(out) == 10
    assert b"Traceback" not in err and b"BrokenPipe" not in err


@pytest.mark.slow
def test_closed_pipe_in_table_format_keeps_status_zero():
    """rich's own broken-pipe handler would exit 1, the --fail-on status."""
    cmd = f"set -o pipefail; {sys.executable} -m claimcheck analyze {SEED} | head -1"
    p = subprocess.run(["bash", "-c", cmd], capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert len(p.stdout.splitlines()) == 1 and b"Traceback" not in p.stderr


def test_version_and_help():
    r = invoke("--version")
    assert r.exit_code == 0 and r.stdout.startswith("claimcheck ")
    for cmd in ("analyze", "claims", "compare", "models", "cache"):
        r = invoke(cmd, "--help")
        assert r.exit_code == 0 and "Example" in r.stdout or cmd in ("models", "cache")
    t = time.perf_counter()
    r = sub("--help")
    assert r.returncode == 0 and "analyze" in r.stdout
    assert time.perf_counter() - t < 5


# ---- errors: one sentence, exit 2, no traceback ---------------------------

@pytest.mark.parametrize("args, message", [
    (["analyze", "/no/such/file.txt"], "no such file"),
    (["analyze", "--jobs", "0", str(SEED)], "--jobs must be at least 1"),
    (["analyze", "--encoding", "klingon", str(SEED)], "unknown encoding"),
    (["analyze", "--min-score", "2", str(SEED)], "--min-score"),
    (["analyze", "--max-chars", "10", str(SEED)], "--max-chars"),
    (["analyze", "--config", "/no/such.yaml", str(SEED)], "config file not found"),
    (["compare", "only one"], "two texts"),
    (["compare", "--pairs", "/no/such.csv"], "no such file"),
])
def test_usage_errors(args, message):
    r = runner.invoke(app, args)
    assert r.exit_code == 2, r.output
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_empty_folder_and_two_stdins(tmp_path):
    r = runner.invoke(app, ["analyze", str(tmp_path)])
    assert r.exit_code == 2 and "no .txt or .html files" in r.stderr
    r = runner.invoke(app, ["analyze", "-", "-"], input="x")
    assert r.exit_code == 2 and "only once" in r.stderr


@pytest.mark.slow
def test_unexpected_error_is_one_line_with_debug_hint(files, monkeypatch):
    _, a, _ = files
    import claimcheck.pipeline as p

    def boom(*a, **k):
        raise RuntimeError("simulated failure")
    monkeypatch.setattr(p, "build_report", boom)
    r = runner.invoke(app, ["analyze", str(a), "--no-cache"])
    assert r.exit_code == 3
    assert "--debug" in r.stderr and "simulated failure" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


# ---- compare -------------------------------------------------------------

def test_compare_two_texts():
    r = invoke("compare", "ارتفعت أسعار القمح في الأسواق المحلية", "انخفضت أسعار القمح في الأسواق المحلية",
               "--format", "json")
    out = json.loads(r.stdout)
    assert out["relation"] == "contradict" and out["reasons"]
    r = invoke("compare", "ارتفعت أسعار القمح", "ارتفعت أسعار القمح", "--format", "table")
    assert "agree" in r.stdout


def test_compare_pairs_file(tmp_path):
    p = tmp_path / "pairs.csv"
    rows = [("s1", "s2", "label"),
            ("افتتاح الجسر الجديد في المدينة", "افتتاح الجسر الجديد في المدينة اليوم", "x"),
            ("الحكومة لم ترفع أسعار الخبز", "الحكومة ترفع أسعار الخبز", "x"),
            ("فوز الفريق الأحمر بالبطولة", "أمطار غزيرة في العاصمة", "x")]
    with p.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    r = sub("compare", "--pairs", str(p), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["row"] for o in out] == [0, 1, 2]
    assert [o["relation"] for o in out] == ["agree", "contradict", "unrelated"]
    assert all(isinstance(o["score"], float) and o["reasons"] for o in out)
    r = invoke("compare", "--pairs", str(p), "--format", "csv")
    assert r.stdout.splitlines()[0] == "row,relation,score,reasons"
    assert invoke("compare", "--pairs", str(p), "--fail-on", "contradiction").exit_code == 1


def test_compare_bad_csv(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("only\none column\n", encoding="utf-8")
    r = runner.invoke(app, ["compare", "--pairs", str(p)])
    assert r.exit_code == 2 and "two columns" in r.stderr
