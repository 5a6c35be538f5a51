"""The report as one self-contained web page (``--format html``).

Each document's text with every claim's cue, source and content highlighted,
the contradictions beside it with their reasons; clicking a contradiction
scrolls to its first claim and flashes both.  Right-to-left layout, inline
style and script, nothing fetched: the file opens offline and can be mailed.
"""
from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator

from .report import shorten, summary
from .textio import display_name
from .types import Claim, Report

STYLE = """
:root { --cue: #8a1c1c; --src: #dbe9fb; --content: #fff3c4; --focus: #ffb347; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", "Arial", sans-serif;
       color: #1d1d1f; background: #fafaf7; line-height: 1.9; }
header { padding: 0.8rem 1.5rem; background: #23395d; color: #fff; }
header h1 { margin: 0; font-size: 1.3rem; }
header p { margin: 0.2rem 0 0; font-family: sans-serif; font-size: 0.9rem; }
main { display: flex; gap: 1.5rem; padding: 1.5rem; align-items: flex-start; }
.documents { flex: 3; min-width: 0; }
aside { flex: 2; position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow-y: auto;
        background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 0 1rem 1rem; }
@media (max-width: 900px) { main { flex-direction: column; } aside { position: static; max-height: none; } }
article.document { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 0 1.2rem 1rem;
                   margin-bottom: 1.5rem; }
article.document h2 { font-size: 1rem; font-family: sans-serif; color: #555; }
.text { white-space: pre-wrap; font-size: 1.15rem; }
.src { background: var(--src); }
.content { background: var(--content); }
.cue { font-weight: bold; color: var(--cue); border-bottom: 2px solid var(--cue); }
.cue.assert { color: #1f5130; border-bottom-color: #1f5130; }
.focus { outline: 3px solid var(--focus); background: #ffe0b0; }
ol.contradictions { padding-inline-start: 1.4rem; }
li.contradiction { margin: 0.8rem 0; padding: 0.5rem; border-radius: 4px; cursor: pointer; }
li.contradiction:hover { background: #f3f3ef; }
li.contradiction.acknowledged { opacity: 0.6; }
.kind { font-family: sans-serif; font-size: 0.8rem; padding: 0 0.4rem; border-radius: 3px; color: #fff;
        background: #8a1c1c; }
.score, .fingerprint { font-family: monospace; font-size: 0.85rem; color: #555; }
.reason { display: block; }
.pair a { color: inherit; }
ul.topics { padding-inline-start: 1.4rem; }
.legend span { padding: 0 0.3rem; margin-inline-end: 0.5rem; }
"""

SCRIPT = """
document.querySelectorAll("li.contradiction").forEach(function (li) {
  li.addEventListener("click", function (ev) {
    ev.preventDefault();
    document.querySelectorAll(".focus").forEach(function (e) { e.classList.remove("focus"); });
    var spans = [];
    [li.dataset.a, li.dataset.b].forEach(function (id) {
      document.querySelectorAll('[data-claims~="' + id + '"]').forEach(function (e) {
        e.classList.add("focus"); spans.push(e);
      });
    });
    var first = document.getElementById(li.dataset.a);
    if (first) { first.scrollIntoView({behavior: "smooth", block: "center"}); }
    setTimeout(function () { spans.forEach(function (e) { e.classList.remove("focus"); }); }, 4000);
  });
});
document.body.dataset.ready = "1";
"""


def _anchor(k: int) -> str:
    return f"claim-{k}"


def _marked_text(text: str, claims: list[tuple[int, Claim]]) -> str:
    """The text cut at every span boundary; each piece wrapped in a span whose
    classes name what covers it (cue, src, content) and whose data-claims
    lists the claims it belongs to.  A claim's id sits on the first piece of
    its cue, so a link to the claim lands on highlighted text."""
    ranges = []
    for k, c in claims:
        for part, span in (("content", c.content), ("src", c.source), ("cue", c.cue.span)):
            if span is not None and span.end > span.start:
                ranges.append((span.start, span.end, part, k, c))
    cuts = sorted({0, len(text)} | {r[0] for r in ranges} | {r[1] for r in ranges})
    ranges.sort(key=lambda r: r[0])
    out = []
    named: set[int] = set()
    active: list = []
    nxt = 0
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        while nxt < len(ranges) and ranges[nxt][0] <= a:
            active.append(ranges[nxt])
            nxt += 1
        active = [r for r in active if r[1] > a]
        over = [r for r in active if b <= r[1]]
        if not over:
            out.append(piece)
            continue
        parts = sorted({r[2] for r in over}, key=("content", "src", "cue").index)
        classes = " ".join(parts)
        cue = [r for r in over if r[2] == "cue"]
        attrs = ""
        if cue:
            k, c = cue[0][3], cue[0][4]
            classes += f" {c.stance}"
            if k not in named and cue[0][0] == a:
                named.add(k)
                attrs += f' id="{_anchor(k)}"'
            attrs += f' title="{html.escape(f"{c.stance}: {c.speaker()}")}"'
        ids = " ".join(dict.fromkeys(_anchor(r[3]) for r in over))
        out.append(f'<span class="{classes}" data-claims="{ids}"{attrs}>{piece}</span>')
    return "".join(out)


# a run of Arabic words (with the spaces and punctuation between them)
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"
                         r"(?:[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\s\d.,،-]*"
                         r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\d])?")


def _isolated(reason: str) -> str:
    """An English reason with Arabic names, each Arabic run in a <bdi> of its
    own, so that "X denies what Y reports" keeps its word order."""
    out, last = [], 0
    for m in _ARABIC_RUN.finditer(reason):
        out.append(html.escape(reason[last:m.start()]))
        out.append(f"<bdi>{html.escape(m.group(0))}</bdi>")
        last = m.end()
    out.append(html.escape(reason[last:]))
    return "".join(out)


def to_html(r: Report, claims_only: bool = False) -> str:
    index = {c.id: k for k, c in enumerate(r.claims)}
    s = summary(r)
    counts = (f"{s['documents']} document(s), {s['claims']} claims"
              + ("" if claims_only else f", {s['topics']} topics, {s['contradictions']} contradiction(s)"))
    title = f"claimcheck: {', '.join(os.path.basename(d.id) or d.id for d in r.documents[:3])}" \
        + ("…" if len(r.documents) > 3 else "")
    page = ['<!DOCTYPE html>', '<html lang="ar" dir="rtl">', "<head>", '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="claimcheck">',
            f"<title>{html.escape(title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
            '<header><h1>claimcheck</h1>',
            f'<p dir="ltr">{html.escape(counts)}</p>',
            '<p class="legend" dir="ltr"><span class="cue">cue</span><span class="src">source</span>'
            '<span class="content">content</span></p></header>',
            "<main>", '<section class="documents">']
    for d in r.documents:
        mine = [(index[c.id], c) for c in r.claims if c.doc == d.id]
        name = display_name(d.id)
        page.append(f'<article class="document"><h2 dir="ltr"><bdi>{html.escape(name)}</bdi> '
                    f"({len(mine)} claims)</h2>")
        page.append(f'<div class="text">{_marked_text(d.text, mine)}</div></article>')
    page.append("</section>")
    if not claims_only:
        page.append('<aside dir="ltr"><h2>Contradictions</h2>')
        if not r.contradictions:
            page.append("<p>None.</p>")
        page.append('<ol class="contradictions">')
        byid = {c.id: c for c in r.claims}
        for x in r.contradictions:
            a, b = byid[x.claims[0]], byid[x.claims[1]]
            ia, ib = _anchor(index[a.id]), _anchor(index[b.id])
            ack = " acknowledged" if x.acknowledged else ""
            page.append(
                f'<li class="contradiction{ack}" data-a="{ia}" data-b="{ib}">'
                f'<span class="kind">{html.escape(x.kind)}</span> <span class="score">{x.score:.2f}</span> '
                f'<span class="fingerprint">{html.escape(x.fingerprint)}</span>'
                + (" (acknowledged)" if x.acknowledged else "")
                + f'<span class="reason" dir="ltr">{_isolated(x.reason)}</span>'
                f'<div class="pair" dir="rtl"><a href="#{ia}">{html.escape(a.speaker())}: '
                f"{html.escape(shorten(a.content.text if a.content else '', 80))}</a><br>"
                f'<a href="#{ib}">{html.escape(b.speaker())}: '
                f"{html.escape(shorten(b.content.text if b.content else '', 80))}</a></div></li>")
        page.append("</ol>")
        if r.topics:
            page.append('<h2>Topics</h2><ul class="topics" dir="rtl">')
            for t in r.topics:
                page.append(f"<li><bdi>{html.escape(t.label)}</bdi> ({len(t.claims)})</li>")
            page.append("</ul>")
        page.append("</aside>")
    page += ["</main>", f"<script>{SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(page)


def iter_html(r: Report, claims_only: bool = False) -> Iterator[str]:
    yield to_html(r, claims_only)
