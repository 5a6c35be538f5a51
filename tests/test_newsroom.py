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
                                     "archive stats"])
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
