"""The terminal view: one rich table per topic, contradictions marked with a
symbol and a colour (so it still reads with NO_COLOR or when piped), then a
summary line.

Most terminals do not reorder right-to-left text.  With bidi "visual" each
Arabic cell is wrapped in logical order first and then each line is put in
visual order with python-bidi (visual_order below), so wrapped lines stay in
reading order.
"auto" picks visual on a terminal that is not known to reorder by itself and
logical otherwise (pipes, files, Konsole, mlterm).
"""
from __future__ import annotations

import os
import textwrap

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .types import Report

MARK = "✖"
# terminals that put right-to-left text in visual order themselves, known by an
# environment variable they set: Konsole, mlterm, VTE terminals (GNOME Terminal,
# Tilix, Terminator)
REORDERING_TERMINALS = ("KONSOLE_VERSION", "MLTERM", "VTE_VERSION")
# ... or by TERM_PROGRAM: macOS Terminal and iTerm2
REORDERING_PROGRAMS = ("Apple_Terminal", "iTerm.app")


def choose_bidi(mode: str, console: Console) -> bool:
    """True when cells must be put in visual order."""
    if mode == "visual":
        return True
    if mode == "logical":
        return False
    if not console.is_terminal:
        return False
    if any(os.environ.get(v) for v in REORDERING_TERMINALS) or os.environ.get("CLAIMCHECK_BIDI") == "logical" \
            or os.environ.get("TERM_PROGRAM") in REORDERING_PROGRAMS:
        return False
    return True


def visual_order(line: str) -> str:
    """A line of a right-to-left paragraph in visual order, for terminals that
    do not reorder right-to-left text themselves (python-bidi's implementation
    of the Unicode bidi algorithm, the one that mirrors brackets: Latin words
    and numbers keep their order, the rest runs right to left)."""
    from bidi.algorithm import get_display

    return str(get_display(line, base_dir="R"))


class Cell:
    def __init__(self, visual: bool):
        self.visual = visual

    def __call__(self, s: str, width: int, max_lines: int = 3) -> str:
        s = " ".join((s or "").split())
        lines = textwrap.wrap(s, width=max(4, width)) or [""]
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = lines[-1][: max(1, width - 1)].rstrip() + "…"
        if self.visual:
            lines = [visual_order(line) for line in lines]
        return "\n".join(lines)


def render(report: Report, console: Console, bidi: str = "auto", claims_only: bool = False) -> None:
    visual = choose_bidi(bidi, console)
    cell = Cell(visual)
    width = max(60, console.width)
    src_w = max(10, width // 6)
    cue_w = 8
    stance_w = 7
    content_w = max(20, width - src_w - cue_w - stance_w - 2 - 16)
    byid = {c.id: c for c in report.claims}
    flagged: dict[str, list] = {}
    for x in report.contradictions:
        for cid in x.claims:
            flagged.setdefault(cid, []).append(x)
    groups = [(t.id, t.label, t.claims) for t in report.topics] if not claims_only and report.topics else \
        [("", "claims", [c.id for c in report.claims])]
    multi_doc = len(report.documents) > 1
    for tid, label, ids in groups:
        has = any(cid in flagged for cid in ids)
        title = Text()
        if has:
            title.append(f"{MARK} ", style="bold red")
        title.append(f"{tid} " if tid else "", style="dim")
        title.append(cell(label, width - 10, 1), style="bold")
        t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False,
                  expand=False, pad_edge=False, width=min(width, 200))
        t.add_column("", width=1, no_wrap=True)
        t.add_column("source", width=src_w, no_wrap=True, overflow="crop")
        t.add_column("cue", width=cue_w, no_wrap=True, overflow="crop")
        t.add_column("stance", width=stance_w, no_wrap=True)
        t.add_column("content", width=content_w, no_wrap=True, overflow="crop")
        for cid in ids:
            c = byid[cid]
            mark = Text(MARK, style="bold red") if cid in flagged else Text("")
            who = c.canonical or (c.source.text if c.source else "—")
            if multi_doc:                   # which article: several were analysed
                who = f"{who} ({os.path.basename(c.doc) or c.doc})"
            stance = Text(c.stance, style="red" if c.stance == "deny" else "green")
            t.add_row(mark, cell(who, src_w, 2), cell(c.cue.span.text, cue_w, 1), stance,
                      cell(c.content.text if c.content else "", content_w, 3))
        console.print(t)
        for x in report.contradictions:
            if x.claims[0] in ids:
                # the fingerprint is what an --acknowledged file lists
                if x.acknowledged:
                    line = Text(f"  ✓ {x.kind} ({x.score:.2f}) {x.fingerprint} acknowledged: ", style="dim")
                else:
                    line = Text(f"  {MARK} {x.kind} ({x.score:.2f}) {x.fingerprint}: ", style="red")
                line.append(cell(x.reason, width - 38, 2))
                console.print(line)
        console.print()
    s = f"{len(report.documents)} document(s), {len(report.claims)} claims, {len(report.topics)} topics, " \
        f"{len(report.contradictions)} contradiction(s)"
    console.print(Text(s, style="bold"))
