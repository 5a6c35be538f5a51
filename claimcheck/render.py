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
from rich.console import Console, JustifyMethod
from rich.table import Table
from rich.text import Text

from .types import Claim, Report

MARK = "✖"
LRM = "\u200e"
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


def visual_order(line: str, base: str = "R") -> str:
    """A line in visual order, for terminals that do not reorder right-to-left
    text themselves (python-bidi's implementation of the Unicode bidi
    algorithm, the one that mirrors brackets).  base "R": an Arabic line,
    Latin words and numbers keep their order, the rest runs right to left;
    base "L": an English line (a reason) whose Arabic names each run right to
    left in their place, so "X denies what Y reports" keeps its word order."""
    from bidi.algorithm import get_display

    return str(get_display(line, base_dir=base))


class Cell:
    def __init__(self, visual: bool, base: str = "R"):
        self.visual = visual
        self.base = base

    def __call__(self, s: str, width: int, max_lines: int = 3) -> str:
        s = " ".join((s or "").split())
        lines = textwrap.wrap(s, width=max(4, width)) or [""]
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = lines[-1][: max(1, width - 1)].rstrip() + "…"
        if self.visual:
            lines = [visual_order(line, self.base) for line in lines]
        return "\n".join(lines)


NARROW = 60     # below this many columns the claims are stacked, not tabled


def render(report: Report, console: Console, bidi: str = "auto", claims_only: bool = False) -> None:
    visual = choose_bidi(bidi, console)
    cell = Cell(visual)
    reason = Cell(visual, base="L")
    if console.width < NARROW:
        _render_narrow(report, console, cell, reason, claims_only)
        return
    width = console.width
    src_w = max(10, width // 6)
    cue_w = 8
    stance_w = 7
    content_w = max(20, width - src_w - cue_w - stance_w - 2 - 16)
    byid = {c.id: c for c in report.claims}
    flagged = _flagged(report)
    for tid, label, ids in _groups(report, claims_only):
        has = any(cid in flagged for cid in ids)
        title = Text()
        if has:
            title.append(f"{MARK} ", style="bold red")
        title.append(f"{tid} " if tid else "", style="dim")
        title.append(cell(label, width - 10, 1), style="bold")
        t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False,
                  expand=False, pad_edge=False, width=min(width, 200))
        # in visual order an Arabic cell ends on the right, as a right-to-left line does
        side: JustifyMethod = "right" if visual else "left"
        t.add_column("", width=1, no_wrap=True)
        t.add_column("source", width=src_w, no_wrap=True, overflow="crop", justify=side)
        t.add_column("cue", width=cue_w, no_wrap=True, overflow="crop", justify=side)
        t.add_column("stance", width=stance_w, no_wrap=True)
        t.add_column("content", width=content_w, no_wrap=True, overflow="crop", justify=side)
        for cid in ids:
            c = byid[cid]
            mark = Text(MARK, style="bold red") if cid in flagged else Text("")
            who = _who(report, c)
            stance = Text(c.stance, style="red" if c.stance == "deny" else "green")
            t.add_row(mark, cell(who, src_w, 2), cell(c.cue.span.text, cue_w, 1), stance,
                      cell(c.content.text if c.content else "", content_w, 3))
        console.print(t)
        _reasons(report, ids, console, reason, width)
        console.print()
    _summary(report, console)


def _groups(report: Report, claims_only: bool) -> list[tuple[str, str, list[str]]]:
    """(topic id, label, claim ids) of each group shown: the topics, or all
    the claims under one heading when there are none (claims)."""
    if not claims_only and report.topics:
        return [(t.id, t.label, t.claims) for t in report.topics]
    return [("", "claims", [c.id for c in report.claims])]


def _flagged(report: Report) -> set[str]:
    """The claims in a contradiction."""
    return {cid for x in report.contradictions for cid in x.claims}


def _who(report: Report, c: Claim) -> str:
    """The source column: with the article's name when several were analysed."""
    if len(report.documents) > 1:
        return f"{c.speaker()} ({os.path.basename(c.doc) or c.doc})"
    return c.speaker()


def _reasons(report: Report, ids: list[str], console: Console, reason: Cell, width: int) -> None:
    """The contradictions of a topic, one a line: kind, score, the fingerprint
    an --acknowledged file lists, and the reason (wrapped under its head)."""
    for x in report.contradictions:
        if x.claims[0] not in ids:
            continue
        if x.acknowledged:
            head = Text(f"  ✓ {x.kind} ({x.score:.2f}) {x.fingerprint} acknowledged", style="dim")
        else:
            head = Text(f"  {MARK} {x.kind} ({x.score:.2f}) {x.fingerprint}", style="red")
        console.print(head)
        for line in reason(x.reason, width - 6, 3).splitlines():
            # logical order: a left-to-right mark first, so that a terminal that
            # reorders by itself reads the English line left to right even when
            # it begins with an Arabic name
            console.print(Text("    " + ("" if reason.visual else LRM) + line))


def _summary(report: Report, console: Console) -> None:
    s = f"{len(report.documents)} document(s), {len(report.claims)} claims, {len(report.topics)} topics, " \
        f"{len(report.contradictions)} contradiction(s)"
    console.print(Text(s, style="bold"))


def _render_narrow(report: Report, console: Console, cell: Cell, reason: Cell, claims_only: bool) -> None:
    """A phone-sized terminal or a split pane: each claim on its own lines
    (mark, stance and source; then the content), every line within the width
    and, in visual order, ending on the right."""
    width = max(20, console.width)
    byid = {c.id: c for c in report.claims}
    flagged = _flagged(report)

    def arabic(text: str, indent: int, lines: int) -> list[Text]:
        out = []
        for line in cell(text, width - indent, lines).splitlines():
            pad = width - indent - len(line) if cell.visual else 0
            out.append(Text(" " * (indent + max(0, pad)) + line))
        return out

    for tid, label, ids in _groups(report, claims_only):
        title = Text(f"{MARK} " if any(cid in flagged for cid in ids) else "", style="bold red")
        title.append(f"{tid} " if tid else "", style="dim")
        console.print(title)
        for line in arabic(label, 2, 2):
            line.stylize("bold")
            console.print(line)
        for cid in ids:
            c = byid[cid]
            who = _who(report, c)
            head = Text(f"{MARK} " if cid in flagged else "  ", style="bold red")
            head.append(c.stance, style="red" if c.stance == "deny" else "green")
            console.print(head)
            for line in arabic(f"{who}: {c.cue.span.text}", 2, 2) + \
                    arabic(c.content.text if c.content else "", 4, 4):
                console.print(line)
        _reasons(report, ids, console, reason, width)
        console.print()
    _summary(report, console)
