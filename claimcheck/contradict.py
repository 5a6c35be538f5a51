"""Mark pairs of claims that cannot both be true.

Candidates are claims that share content keys (the topic stage's blocking
index), come from different sources and sit in the same group (document, with
--per-document).  Each pair is compared with :func:`claimcheck.compare.compare_texts`
using both stances; a contradiction gets a kind (denial, negation, opposing,
numeric), a score and a one-line reason that names both sources.
"""
from __future__ import annotations

import re
from typing import Optional

from .compare import compare_texts
from .lexicon import Lexicon
from .normalize import fold, numbers, strip_proclitics

from .types import Claim, Contradiction

VERB = {"deny": "denies", "reject": "rejects", "refute": "refutes"}
# the kinds that hold between two claims of an article; "substitution" (the
# same statement about something else) is a headline-pair signal and says
# nothing certain about two reported claims
KINDS = {"denial", "negation", "opposing", "numeric"}
MIN_SIMILARITY = 0.12
# a negation, opposing words or figures say something only about claims that
# share enough of their content (compare's own similarity)
MIN_PROPOSITION_SIMILARITY = 0.3
MIN_DENIAL_SIMILARITY = 0.2
# claims that restate a report closely enough to fall with it when it is denied
SAME_REPORT_SIMILARITY = 0.35
_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?")


def _who(c: Claim) -> str:
    return c.canonical or (c.source.text if c.source else "an unnamed source")


def _reason(a: Claim, b: Claim, kind: str, detail: list[str]) -> str:
    if kind == "denial":
        d, s = (a, b) if a.stance == "deny" else (b, a)
        verb = VERB.get(d.cue.kind, "denies")
        return f"{_who(d)} {verb} what {_who(s)} {'reports' if s.cue.kind in ('report', 'reveal') else 'says'}"
    why = "; ".join(detail[:2]) if detail else kind
    return f"{_who(a)} and {_who(b)} disagree ({why})"


def _same_source(a: Claim, b: Claim) -> bool:
    if a.canonical and b.canonical:
        return a.canonical == b.canonical
    return False


class Figures:
    """Figures of a claim tied to what they count: (value, quantity group)."""

    def __init__(self, lex: Lexicon):
        self.group: dict[str, int] = {}
        for gi, g in enumerate(lex.quantities):
            for w in g:
                self.group[w] = gi
                self.group[strip_proclitics(w)] = gi
        self.aggregates = {fold(w) for w in lex.aggregates}

    def __call__(self, text: str) -> tuple[dict[int, set], bool]:
        words = [fold(w) for w in _WORD.findall(text)]
        groups_near: dict[int, set] = {}
        vals = numbers(text)
        if not vals:
            return {}, False
        qgroups = [self.group.get(w, self.group.get(strip_proclitics(w))) for w in words]
        present = {g for g in qgroups if g is not None}
        # every figure of the claim counts what the claim's quantity words name
        for g in present:
            groups_near[g] = set(vals)
        total = any(w in self.aggregates for w in words)
        return groups_near, total


def _numeric(fa, fb) -> Optional[str]:
    (ga, ta), (gb, tb) = fa, fb
    if ta != tb:
        return None           # a total and a part
    for g in set(ga) & set(gb):
        xa, xb = ga[g], gb[g]
        if xa & xb:
            continue
        lo_a, hi_a = min(xa), max(xa)
        lo_b, hi_b = min(xb), max(xb)
        if hi_a < lo_b * 0.9 or hi_b < lo_a * 0.9:
            return f"{_fmt(sorted(xa))} / {_fmt(sorted(xb))}"
    return None


def _fmt(xs) -> str:
    return "، ".join(str(int(x)) if x == int(x) else f"{x:g}" for x in xs)


def _names_only(pairs, a: Claim, b: Claim) -> bool:
    """Opposing words that the parser reads as names or adjectives of origin
    ("الأمريكية" / "روسيا") swap who or where, not what happened: two claims
    about different actors, not a contradiction."""
    names = a.content_names | b.content_names
    return bool(pairs) and all(x in names or y in names for x, y in pairs)


def _referential(c: Claim, refs: set[str]) -> bool:
    """A denial that points back at an earlier report ("تلك الأخبار غير صحيحة")."""
    if c.stance != "deny" or c.content is None:
        return False
    ws = {strip_proclitics(fold(w)) for w in _WORD.findall(c.content.text)} | \
         {fold(w) for w in _WORD.findall(c.content.text)}
    return bool(ws & refs)


def find(claims: list[Claim], pairs: list[tuple[int, int, float]], lex: Lexicon,
         min_score: float = 0.0) -> list[tuple[int, int, Contradiction]]:
    """Contradicting pairs as (index_a, index_b, Contradiction) with topic unset.
    `pairs` are the topic stage's candidate pairs with their similarity (one
    group per document already applied)."""
    out = []
    found: set[tuple[int, int]] = set()
    fig = Figures(lex)
    figures = [fig(c.content.text) if c.content else ({}, False) for c in claims]

    def add(i, j, kind, score, reason):
        if (min(i, j), max(i, j)) in found or score < min_score:
            return
        found.add((min(i, j), max(i, j)))
        a, b = (claims[i], claims[j]) if i < j else (claims[j], claims[i])
        out.append((min(i, j), max(i, j), Contradiction(claims=(a.id, b.id), topic="", kind=kind,
                                                        score=score, reason=reason)))

    near: dict[int, set[int]] = {}
    for i, j, _ in pairs:
        near.setdefault(i, set()).add(j)
        near.setdefault(j, set()).add(i)

    # denials that point back at an earlier report reject it and whatever agrees with it
    refs = {strip_proclitics(w) for w in lex.reference_words} | set(lex.reference_words)
    by_source: dict[tuple, list[int]] = {}
    for k, o in enumerate(claims):
        if o.canonical:
            by_source.setdefault((o.doc, o.canonical), []).append(k)
    for d, c in enumerate(claims):
        if not _referential(c, refs):
            continue
        ref = None
        for k in range(d - 1, max(-1, d - 12), -1):
            o = claims[k]
            if o.doc != c.doc:
                break
            if o.stance == "assert" and o.content is not None and not _same_source(o, c):
                ref = k
                break
        if ref is None:
            continue
        add(d, ref, "denial", 0.8, _reason(c, claims[ref], "denial", []))
        for k in sorted(near.get(ref, ())):
            o = claims[k]
            if k == d or o.stance != "assert" or o.content is None or _same_source(o, c) or o.doc != c.doc:
                continue
            r = compare_texts(claims[ref].content.text, o.content.text, lex)
            if (r.relation == "agree" or r.kind == "substitution") and r.similarity >= SAME_REPORT_SIMILARITY:
                add(d, k, "denial", round(0.7 * r.score + 0.1, 3), _reason(c, o, "denial", []))
        # "the report" is everything its source reported in this document
        for k in by_source.get((c.doc, claims[ref].canonical), ()):
            o = claims[k]
            if k in (d, ref) or o.stance != "assert" or o.content is None or _same_source(o, c):
                continue
            add(d, k, "denial", 0.6, _reason(c, o, "denial", []))

    for i, j, sim in pairs:
        a, b = claims[i], claims[j]
        if sim < MIN_SIMILARITY or not a.content or not b.content or _same_source(a, b):
            continue
        if a.stance == "deny" and b.stance == "deny":
            continue
        num = _numeric(figures[i], figures[j])
        if num and a.stance == b.stance:
            add(i, j, "numeric", 0.75, f"{_who(a)} and {_who(b)} give different figures ({num})")
            continue
        # the cue's own stance: a content that carries its negation or falsity
        # phrase ("قالت إن الأنباء غير صحيحة") is read as it stands
        rel = compare_texts(a.content.text, b.content.text, lex, stance_a=a.cue.stance, stance_b=b.cue.stance)
        if rel.relation != "contradict" or rel.score < min_score or rel.kind not in KINDS:
            continue
        if rel.similarity < (MIN_DENIAL_SIMILARITY if rel.kind == "denial" else MIN_PROPOSITION_SIMILARITY):
            continue
        if rel.kind == "opposing" and _names_only(rel.opposites, a, b):
            continue
        kind = rel.kind or ("denial" if a.stance != b.stance else "negation")
        add(i, j, kind, rel.score, _reason(a, b, kind, rel.reasons))
    return sorted(out, key=lambda x: (x[0], x[1]))
