"""The newsroom items: web pages as input, help that reads like a man page,
CSV that Excel opens.  Fast: Stanza is replaced by a whitespace parse."""
from __future__ import annotations

import json
import re

import pytest
from fakes import fake_parse_many
from typer.testing import CliRunner

import claimcheck.pipeline as pipeline
from claimcheck.cli import app
from claimcheck.textio import InputError, is_html, read

runner = CliRunner()

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>عنوان الخبر اليوم</h1>
<p>نفت وزارة الداخلية أن يكون المعبر الحدودي قد أغلق أمام الشاحنات.</p>
<p>وكانت صحيفة المساء قد نقلت عن مصادر في الجمارك أن المعبر الحدودي أغلق أمام الشاحنات.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>
"""


def test_a_web_page_is_read_as_its_article_text(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    doc = read(str(p))
    assert "نفت وزارة الداخلية" in doc.text and "href" not in doc.text and "<" not in doc.text
    assert "الرئيسية" not in doc.text and "جميع الحقوق" not in doc.text         # menus and footers left out
    assert "read as HTML" in doc.note and "offsets refer to that text" in doc.note
    # a page in the legacy Arabic code page, and HTML that comes without a name (standard input)
    p.write_bytes(PAGE.replace("utf-8", "windows-1256").encode("cp1256"))
    assert "نفت وزارة الداخلية" in read(str(p)).text
    assert is_html("-", "  <!-- saved -->\n<html><body>x</body></html>") and not is_html("-", "قال <b> الوزير")


def test_a_web_page_with_no_article_is_one_sentence(tmp_path):
    p = tmp_path / "empty.htm"
    p.write_text("<html><head><title>t</title></head><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text found"):
        read(str(p))


def test_web_pages_through_the_cli_and_in_folders(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    r = runner.invoke(app, ["analyze", "--no-cache", "--format", "json", str(folder)])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert [d["id"] for d in report["documents"]] == [str(folder / "page.html")]
    assert [c["stance"] for c in report["claims"]][-2:] == ["deny", "assert"]
    assert "read as HTML" in r.stderr
    r = runner.invoke(app, ["analyze", "--no-cache", "--format", "json", "-"], input=PAGE)
    assert r.exit_code == 0 and "read as HTML" in r.stderr
    r = runner.invoke(app, ["analyze", "--no-cache", str(folder), "-o", str(folder / "report.html")])
    assert r.exit_code == 2 and "read the report as an article" in r.stderr


@pytest.mark.parametrize("command", ["analyze", "claims", "compare", "models list", "models download",
                                     "cache clear", "check", "archive add", "archive list", "archive remove",
                                     "archive stats", "baseline"])
def test_help_names_values_not_python_types(command):
    r = runner.invoke(app, [*command.split(), "--help"])
    assert r.exit_code == 0
    assert not re.search(r"<(list|str|int|float|path|bool)", r.stdout, re.IGNORECASE), r.stdout
    assert "[[" not in r.stdout.splitlines()[0]


def test_a_csv_file_opens_in_excel_as_utf8_and_stdout_has_no_mark(article, tmp_path):
    out = tmp_path / "claims.csv"
    r = runner.invoke(app, ["analyze", "--no-cache", str(article), "-f", "csv", "-o", str(out)])
    assert r.exit_code == 0, r.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "نفت".encode() in data
    import csv
    import io
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert {"cue_end", "source_start", "source_end", "cue_kind"} <= set(rows[0])
    r = runner.invoke(app, ["analyze", "--no-cache", str(article), "-f", "csv"])
    assert not r.stdout.startswith("\ufeff")


def test_every_file_the_readme_names_exists():
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\]\(([^)#]+)\)", readme)) | set(
        re.findall(r"`((?:examples|docs|scripts|benchmarks|tests|claimcheck)/[^`\s]+)`", readme))
    named = {n for n in named if not n.startswith(("http://", "https://"))}
    assert "docs/seed-report.png" in named and "CHANGELOG.md" in named
    assert [n for n in sorted(named) if not list(root.glob(n))] == []      # a pattern names at least one


def test_the_pre_commit_hook_uses_the_installed_claimcheck():
    """No environment of its own: pre-commit never installs PyTorch (a CUDA build on Linux)."""
    from pathlib import Path

    import yaml
    hooks = yaml.safe_load((Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert [h["language"] for h in hooks] == ["system"]
    assert hooks[0]["entry"].startswith("claimcheck analyze") and "--fail-on contradiction" in hooks[0]["entry"]


@pytest.mark.parametrize("a, b", [("قتل 12 شخصا في الهجوم", "قتل اثنا عشر شخصا في الهجوم"),
                                  ("قتل 15 شخصا في الهجوم", "قتل خمسة عشر شخصا في الهجوم"),
                                  ("بلغ العجز 2٫5 مليار", "بلغ العجز 2.5 مليار")])
def test_numbers_written_in_words_or_digits_agree(a, b):
    r = runner.invoke(app, ["compare", a, b])
    assert r.exit_code == 0
    row = json.loads(r.stdout)
    assert row["relation"] == "agree" and "numbers" not in " ".join(row["reasons"]), row


def test_a_corrupt_cache_entry_is_reported_once(article, tmp_path):
    cache = tmp_path / "cache"
    runner.invoke(app, ["analyze", "--format", "json", "--cache-dir", str(cache), str(article)])
    for f in (cache / "parses").rglob("*.json.z"):
        f.write_bytes(b"garbage")
    r = runner.invoke(app, ["analyze", "--format", "json", "--cache-dir", str(cache), str(article)])
    assert r.exit_code == 0 and r.stderr.count("corrupt cache entry") == 1
    for f in (cache / "parses").rglob("*.json.z"):
        f.write_bytes(b"garbage again")
    r = runner.invoke(app, ["analyze", "--quiet", "--cache-dir", str(cache), str(article)])
    assert r.output == ""                          # --quiet silences it: no raw Python warning


# the newsroom report's numbered problems -> the tests that hold them ("module::name")
ITEMS = {
    1: ["test_newsroom::test_the_pre_commit_hook_uses_the_installed_claimcheck",
        "test_newsroom::test_every_file_the_readme_names_exists"],
    2: ["test_output_safety::test_several_inputs_name_their_documents",
        "test_output_safety::test_fail_on_names_the_failing_documents"],
    3: ["test_output_safety::test_an_acknowledged_contradiction_fails_no_check",
        "test_newsroom::test_a_baseline_written_now_passes_the_check_later",
        "test_output_safety::test_fingerprints_do_not_depend_on_the_file_name"],
    4: ["test_newsroom::test_numbers_written_in_words_or_digits_agree",
        "test_inputs::test_eastern_digits_conflict_through_the_cli"],
    5: ["test_cli::test_closed_pipe_in_table_format_keeps_status_zero",
        "test_output_safety::test_piped_text_without_an_input_is_read"],
    6: ["test_newsroom::test_the_terminal_view_through_the_cli",
        "test_render::test_reasons_keep_their_english_word_order_in_both_modes",
        "test_render::test_arabic_cells_end_on_the_right_in_visual_order",
        "test_render::test_narrow_terminals_stack_the_claims_within_the_width",
        "test_render::test_terminals_that_reorder_themselves_get_logical_order",
        "test_render::test_topic_labels_name_the_event_not_the_function_words",
        "test_stages::test_reasons_show_words_as_written"],
    7: ["test_output_safety::test_quiet_still_writes_the_file_asked_for",
        "test_newsroom::test_a_corrupt_cache_entry_is_reported_once",
        "test_cli_options::test_claims_computes_no_contradictions",
        "test_newsroom::test_help_names_values_not_python_types",
        "test_textio::test_utf16_with_a_byte_order_mark_is_read",
        "test_newsroom::test_a_web_page_is_read_as_its_article_text",
        "test_newsroom::test_a_csv_file_opens_in_excel_as_utf8_and_stdout_has_no_mark",
        "test_inputs::test_progress_is_reported_for_all_text",
        "test_html_report::test_the_page_renders_and_clicks_in_a_real_browser"],
}


def test_every_item_has_a_test():
    import importlib
    import sys
    here = sys.modules[__name__]
    assert sorted(ITEMS) == list(range(1, 8))
    for item, tests in ITEMS.items():
        for ref in tests:
            module, name = ref.split("::")
            mod = here if module == "test_newsroom" else importlib.import_module(module)
            assert callable(getattr(mod, name, None)), f"item {item}: {ref} is missing"


def test_a_baseline_written_now_passes_the_check_later(article, tmp_path):
    base = tmp_path / "acknowledged.txt"
    r = runner.invoke(app, ["baseline", "--no-cache", str(article), "-o", str(base)])
    assert r.exit_code == 0, r.output
    lines = base.read_text(encoding="utf-8").splitlines()
    assert lines and all(re.match(r"[0-9a-f]{12}  # denial: ", line) for line in lines)
    r = runner.invoke(app, ["analyze", "--no-cache", str(article), "--fail-on", "contradiction"])
    assert r.exit_code == 1
    r = runner.invoke(app, ["analyze", "--no-cache", str(article), "--fail-on", "contradiction",
                            "--baseline", str(base)])
    assert r.exit_code == 0
    # kept and extended, never duplicated
    base.write_text("# looked at on Monday\n" + base.read_text(encoding="utf-8"), encoding="utf-8")
    r = runner.invoke(app, ["baseline", "--no-cache", str(article), "--baseline", str(base), "-o", str(base)])
    assert r.exit_code == 0
    assert base.read_text(encoding="utf-8").splitlines() == ["# looked at on Monday"] + lines


@pytest.mark.parametrize("columns", ["45", "100"])
def test_the_terminal_view_through_the_cli(article, columns):
    """Visual order as a terminal that does not reorder gets it: every line
    within the width, Arabic cells ending on the right, the reason in English
    word order (the names reversed in place)."""
    from claimcheck.render import visual_order
    r = runner.invoke(app, ["analyze", "--no-cache", "--bidi", "visual", str(article)], env={"COLUMNS": columns})
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert all(len(x.rstrip()) <= int(columns) for x in lines)
    reason = [x.strip() for x in lines if "denies what" in x]
    assert reason and reason[0].startswith(f"{visual_order('وزارة الداخلية')} denies what {visual_order('المساء')}")
    arabic = [x.rstrip() for x in lines if "ةيلخادلا ةرازو" in x and "denies" not in x]
    assert arabic and all(len(x) >= int(columns) - 2 for x in arabic), arabic     # right-aligned
