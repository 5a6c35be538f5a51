"""--format html: one self-contained page per report.  The structure is
checked without a browser; a real headless Chromium (from the distribution's
packages; .ci/run installs it and sets CLAIMCHECK_BROWSER=required) renders
the page, runs its script, clicks a contradiction and takes a screenshot."""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fakes import ARTICLE, fake_parse_many
from typer.testing import CliRunner

import claimcheck.pipeline as pipeline
from claimcheck import analyze
from claimcheck.cli import app
from claimcheck.htmlreport import to_html

runner = CliRunner()


class Page(HTMLParser):
    """The elements of a page by id, the contradiction items, every URL it names."""

    def __init__(self, text: str):
        super().__init__()
        self.by_id: dict[str, dict] = {}
        self.items: list[dict] = []
        self.urls: list[str] = []
        self.root: dict = {}
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        a["tag"] = tag
        if tag == "html":
            self.root = a
        if "id" in a:
            self.by_id[a["id"]] = a
        if "contradiction" in (a.get("class") or "").split():
            self.items.append(a)
        for key in ("src", "href"):
            if a.get(key) and not a[key].startswith("#"):
                self.urls.append(a[key])


def _report(monkeypatch, texts):
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    return analyze(texts, ids=[f"doc{k}.txt" for k in range(len(texts))])


def _check_links(page: Page, n: int) -> None:
    assert len(page.items) == n
    for li in page.items:
        for key in ("data-a", "data-b"):
            target = page.by_id.get(li[key])
            assert target is not None, f"{li[key]} is not in the page"
            assert target["tag"] == "span" and "cue" in target["class"].split(), target


def test_every_contradiction_links_two_highlighted_spans(monkeypatch):
    other = "قال المتحدث إن <الطقس> جميل & معتدل اليوم.\n"
    report = _report(monkeypatch, [ARTICLE, other])
    assert report.contradictions
    text = to_html(report)
    page = Page(text)
    assert page.root.get("dir") == "rtl" and page.root.get("lang") == "ar"
    _check_links(page, len(report.contradictions))
    assert page.urls == [], "the page fetches nothing"
    assert "&lt;" in text and "الطقس&gt; جميل &amp; معتدل" in text and "<الطقس>" not in text
    assert "<bdi>" in text and 'class="reason" dir="ltr"' in text


def test_claims_only_page_and_the_cli(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "report.html"
    r = runner.invoke(app, ["claims", "--no-cache", str(art), "-f", "html", "-o", str(out)])
    assert r.exit_code == 0, r.output
    page = Page(out.read_text(encoding="utf-8"))
    assert page.items == [] and "claim-0" in page.by_id
    r = runner.invoke(app, ["compare", "-f", "html", "نفى", "أكد"])
    assert r.exit_code == 2 and "html is for analyze and claims" in r.stderr


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


CLICK = """<script>
window.addEventListener("load", function () {
  document.querySelector("li.contradiction").click();
  document.title = "focused " + document.querySelectorAll(".focus").length;
});
</script></body>"""


def _chromium(*args: str) -> subprocess.CompletedProcess:
    browser = _browser()
    if browser is None:
        if os.environ.get("CLAIMCHECK_BROWSER") == "required":
            pytest.fail("no Chromium on this machine, and the browser test is required here")
        pytest.skip("no Chromium (apt install chromium)")
    return subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           "--no-first-run", "--disable-dev-shm-usage", *args],
                          capture_output=True, text=True, timeout=120)


def test_the_page_renders_and_clicks_in_a_real_browser(monkeypatch, tmp_path):
    report = _report(monkeypatch, [ARTICLE])
    page_file = tmp_path / "report.html"
    page_file.write_text(to_html(report).replace("</body>", CLICK), encoding="utf-8")
    r = _chromium("--virtual-time-budget=3000", "--dump-dom", page_file.as_uri())
    assert r.returncode == 0, r.stderr[-500:]
    dom = r.stdout
    assert 'data-ready="1"' in dom, "the page's script ran"
    # the click flashed the spans of both claims: cue, source and content pieces of each
    title = dom[dom.index("<title>") + 7: dom.index("</title>")]
    assert title.startswith("focused ") and int(title.split()[1]) >= 2, title
    _check_links(Page(dom), len(report.contradictions))

    shot = tmp_path / "shot.png"
    r = _chromium("--window-size=1200,800", f"--screenshot={shot}", page_file.as_uri())
    assert r.returncode == 0 and shot.exists(), r.stderr[-500:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 800)
    assert len(data) > 20_000, "a blank page compresses to almost nothing"


def test_the_seed_screenshot_is_in_the_docs():
    shot = Path(__file__).resolve().parents[1] / "docs" / "seed-report.png"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
