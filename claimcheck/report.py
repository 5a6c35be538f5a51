"""Machine formats of a Report: json (the contract), jsonl, csv, markdown
(and html, in htmlreport.py).  All keep Arabic in logical order."""
from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from typing import Any

from .types import Report

SCHEMA = "claimcheck.report/1"


def to_dict(r: Report, claims_only: bool = False) -> dict:
    d = {
        "schema": SCHEMA,
        "model": r.model,
        "documents": [{"id": d.id, "chars": len(d.text),
                       "sentences": d.sentences} for d in r.documents],
        "claims": [c.to_dict() for c in r.claims],
    }
    if not claims_only:
        d["topics"] = [t.to_dict() for t in r.topics]
        d["contradictions"] = [c.to_dict() for c in r.contradictions]
    d["summary"] = summary(r)
    return d


def summary(r: Report) -> dict:
    return {"documents": len(r.documents), "claims": len(r.claims), "topics": len(r.topics),
            "contradictions": len(r.contradictions),
            "unsourced": r.count_unsourced()}


def iter_json(r: Report, claims_only: bool = False):
    """The json report in pieces, one claim at a time, so that a very large
    report is never held as one string (same text as json.dumps(to_dict(r)))."""
    def dump(x, level):
        text = json.dumps(x, ensure_ascii=False, indent=1)
        return text.replace("\n", "\n" + " " * level)

    head = {"schema": SCHEMA, "model": r.model,
            "documents": [{"id": d.id, "chars": len(d.text), "sentences": d.sentences} for d in r.documents]}
    yield "{\n"
    for k, v in head.items():
        yield f' {json.dumps(k)}: {dump(v, 1)},\n'
    sections: list[tuple[str, Sequence[Any]]] = [("claims", r.claims)]
    if not claims_only:
        sections += [("topics", r.topics), ("contradictions", r.contradictions)]
    for name, items in sections:
        if not items:
            yield f' "{name}": [],\n'
            continue
        yield f' "{name}": [\n'
        for i, x in enumerate(items):
            yield "  " + dump(x.to_dict(), 2) + (",\n" if i < len(items) - 1 else "\n")
        yield " ],\n"
    yield f' "summary": {dump(summary(r), 1)}\n}}\n'


def to_json(r: Report, claims_only: bool = False) -> str:
    return "".join(iter_json(r, claims_only))


def _contras_by_claim(r: Report) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for c in r.contradictions:
        a, b = c.claims
        common = {"kind": c.kind, "score": round(c.score, 3), "reason": c.reason, "fingerprint": c.fingerprint,
                  "acknowledged": c.acknowledged, "via": c.via}
        out.setdefault(a, []).append({"with": b, **common})
        out.setdefault(b, []).append({"with": a, **common})
    return out


def iter_jsonl(r: Report, claims_only: bool = False):
    """One claim per line, with its topic label and contradictions."""
    labels = {t.id: t.label for t in r.topics}
    cx = _contras_by_claim(r)
    for c in r.claims:
        d = c.to_dict()
        if not claims_only:
            d["topic_label"] = labels.get(c.topic) if c.topic else None
            d["contradictions"] = cx.get(c.id, [])
        yield json.dumps(d, ensure_ascii=False) + "\n"


def to_jsonl(r: Report, claims_only: bool = False) -> str:
    return "".join(iter_jsonl(r, claims_only))


CSV_FIELDS = ["id", "doc", "topic", "topic_label", "stance", "cue", "cue_start", "source", "canonical",
              "content", "content_start", "content_end", "hedged", "negated", "contradicts",
              # added in 0.2: every span's offsets, the cue's kind, and what the contradictions are
              "cue_end", "cue_kind", "source_start", "source_end", "contradiction_kinds", "contradiction_scores"]


def iter_csv(r: Report, claims_only: bool = False):
    labels = {t.id: t.label for t in r.topics}
    cx = _contras_by_claim(r)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    for c in r.claims:
        if buf.tell() > 65536:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        w.writerow([c.id, c.doc, c.topic or "", labels.get(c.topic or "", ""), c.stance, c.cue.span.text,
                    c.cue.span.start,
                    c.source.text if c.source else "", c.canonical or "",
                    c.content.text if c.content else "", c.content.start if c.content else "",
                    c.content.end if c.content else "", int(c.hedged), int(c.negated),
                    "" if claims_only else " ".join(x["with"] for x in cx.get(c.id, [])),
                    c.cue.span.end, c.cue.kind, c.source.start if c.source else "", c.source.end if c.source else "",
                    "" if claims_only else " ".join(x["kind"] for x in cx.get(c.id, [])),
                    "" if claims_only else " ".join(f"{x['score']:.3f}" for x in cx.get(c.id, []))])
    yield buf.getvalue()


def to_csv(r: Report, claims_only: bool = False) -> str:
    return "".join(iter_csv(r, claims_only))


def _md(s: str) -> str:
    return (s or "").replace("|", "\\|").replace("\n", " ")


def to_markdown(r: Report, claims_only: bool = False) -> str:
    """A review-ticket summary: contradictions first, then claims by topic."""
    out = []
    s = summary(r)
    out.append(f"**claimcheck**: {s['documents']} document(s), {s['claims']} claims, "
               f"{s['topics']} topics, {s['contradictions']} contradiction(s)\n")
    byid = {c.id: c for c in r.claims}
    if r.contradictions and not claims_only:
        out.append("### Contradictions\n")
        out.append("| kind | score | claim A | claim B | reason | fingerprint |")
        out.append("|---|---|---|---|---|---|")
        for x in r.contradictions:
            a, b = byid[x.claims[0]], byid[x.claims[1]]
            fp = f"`{x.fingerprint}`" + (" (acknowledged)" if x.acknowledged else "")
            out.append(f"| {x.kind} | {x.score:.2f} | {_md(_short(a))} | {_md(_short(b))} | {_md(x.reason)} | {fp} |")
        out.append("")
    out.extend(_markdown_claims(r, byid, claims_only))
    return "\n".join(out) + "\n"


def _markdown_claims(r: Report, byid: dict, claims_only: bool) -> list[str]:
    """The claims table, by topic; with a document column when there are several."""
    flagged = {x for c in r.contradictions for x in c.claims}
    groups = [(t.label, t.claims) for t in r.topics] if not claims_only else [("", [c.id for c in r.claims])]
    multi = len(r.documents) > 1
    out = ["### Claims\n", "| | " + ("document | " if multi else "") + "topic | source | cue | stance | content |",
           "|---|" + ("---|" if multi else "") + "---|---|---|---|---|"]
    for label, ids in groups:
        for cid in ids:
            c = byid[cid]
            mark = "⚠" if cid in flagged else ""
            doc = f"{_md(os.path.basename(c.doc) or c.doc)} | " if multi else ""
            out.append(f"| {mark} | {doc}{_md(label)} | {_md(c.speaker())} | "
                       f"{_md(c.cue.span.text)} | {c.stance} | "
                       f"{_md(shorten(c.content.text if c.content else '', 120))} |")
    return out


def _short(c) -> str:
    return f"{c.speaker()}: {c.cue.span.text} {shorten(c.content.text if c.content else '', 60)}"


def shorten(s: str, n: int) -> str:
    """One line of at most n characters, cut with an ellipsis."""
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


FORMATS = {"json": to_json, "jsonl": to_jsonl, "csv": to_csv, "markdown": to_markdown}
# the same, as iterators of text pieces (what the CLI writes)
STREAMS = {"json": iter_json, "jsonl": iter_jsonl, "csv": iter_csv,
           "markdown": lambda r, c=False: iter([to_markdown(r, c)]),
           "html": lambda r, c=False: _html().iter_html(r, c)}


def _html():
    from . import htmlreport  # imported on use: the page's template is only read for --format html
    return htmlreport


def format_relations(results: list[dict], fmt: str, many: bool) -> str:
    """``claimcheck compare`` output: one row per compared pair (row, relation,
    score, reasons, kind) as jsonl, json (an object for a single pair, a list
    for --pairs), csv, markdown or a plain table."""
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
    if fmt == "json":
        return json.dumps(results if many else results[0], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["row", "relation", "score", "reasons"])
        for r in results:
            w.writerow([r["row"], r["relation"], r["score"], "; ".join(r["reasons"])])
        return buf.getvalue()
    if fmt == "markdown":
        lines = ["| row | relation | score | reasons |", "|---|---|---|---|"]
        lines += [f"| {r['row']} | {r['relation']} | {r['score']:.2f} | {'; '.join(r['reasons'])} |" for r in results]
    else:
        lines = [f"{r['row']:>4}  {r['relation']:<10} {r['score']:.2f}  {'; '.join(r['reasons'])}" for r in results]
    return "\n".join(lines) + "\n"
