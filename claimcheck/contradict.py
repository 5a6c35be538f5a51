"""Decide which candidate pairs contradict each other: features -> conflicts.

The decision is the learned contradiction model's (data/models.json, trained
by scripts/train_pairs.py on the corpus train split): a pair contradicts when
its probability reaches the model's threshold (chosen by cross-validation on
train) and the user's --min-score.  The score reported is that probability.

Every conflict keeps a kind and a reason an editor can check, built from what
carried the decision: who denies whose report, the opposed predicates ("control
/ repelled"), the figures that differ, or the negated statement.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from .arabic import WORD, fold, strip_clitics, words
from .compare import compare_texts, format_number
from .frames import Frame, predicates
from .learned import Logistic
from .lexicon import Lexicon
from .pairs import FEATURES, contra_features
from .types import Claim

KINDS = ("denial", "opposing", "numeric", "negation")
_COL = {f: k for k, f in enumerate(FEATURES)}


@dataclass(frozen=True, slots=True)
class Conflict:
    a: int                  # claim indices, a < b
    b: int
    kind: str               # one of KINDS
    score: float            # the model's probability (unrounded: the report rounds it)
    reason: str
    confident: bool = True  # the probability reaches the model's threshold


def _who(c: Claim) -> str:
    return c.speaker("an unnamed source")


def _kind(x: np.ndarray) -> Optional[str]:
    """The kind of a conflict: what in the pair's features carried it."""
    def on(f: str) -> bool:
        return bool(x[_COL[f]] > 0.5)
    if on("same_source"):
        return None         # claims of one source do not contradict each other (eval/FORMAT.md)
    if on("deny_assert"):
        return "denial"
    if on("frame_opposed") or on("cmp_opposing") or on("exclusive_other"):
        return "opposing"
    if on("figures_differ") or on("cmp_numeric"):
        return "numeric"
    if on("frame_flipped") or on("cmp_negation") or on("cmp_denial"):
        return "negation"
    return None


def evidence(X: np.ndarray) -> np.ndarray:
    """Rows that carry something an editor can check: a denial, opposed
    predicates, differing figures or a negated statement, between two
    sources.  A pair without any is never reported, whatever its probability."""
    return np.array([_kind(x) is not None for x in X], dtype=bool)


def _opposed(fa: Frame, fb: Frame) -> Optional[str]:
    P = predicates()
    for x in sorted(fa.classes | fa.negated):
        for y in sorted(fb.classes | fb.negated):
            if frozenset((x, y)) in P.oppositions or (x == y and (x in fa.negated) != (y in fb.negated)):
                return f"{x.replace('_', ' ')} / {y.replace('_', ' ')}"
    return None


def _figures(fa: Frame, fb: Frame) -> str:
    def fmt(xs: tuple) -> str:
        return "، ".join(format_number(v) for v in sorted(set(xs)))
    return f"{fmt(fa.figures)} / {fmt(fb.figures)}"


def reason(a: Claim, b: Claim, fa: Frame, fb: Frame, kind: str, lex: Lexicon) -> str:
    """One line an editor can check: both sources and what conflicts."""
    if kind == "denial":
        d, s = (a, b) if a.stance == "deny" else (b, a)
        if (fa if d is a else fb).pointer:
            return f"{_who(d)} denies the report of {_who(s)}"
        verb = "reports" if s.cue.kind in ("report", "reveal", "announce") else "says"
        return f"{_who(d)} denies what {_who(s)} {verb}"
    detail = None
    if kind == "numeric":
        detail = "figures: " + _figures(fa, fb)
    elif kind in ("opposing", "negation"):
        opp = _opposed(fa, fb)
        if opp is not None:
            detail = opp
    if detail is None and a.content is not None and b.content is not None:
        rel = compare_texts(a.content.text, b.content.text, lex, stance_a=a.cue.stance, stance_b=b.cue.stance)
        detail = _as_written("; ".join(rel.reasons[:2]), a.content.text + " " + b.content.text) or kind
    return f"{_who(a)} and {_who(b)} disagree ({detail or kind})"


def _as_written(reason: str, texts: str) -> str:
    """The compare engine's reasons name folded words (روسيه، الوزاره); an editor
    reads them as written in the claims (روسية، الوزارة)."""
    written: dict[str, str] = {}
    for w in words(texts):
        written.setdefault(fold(w.text), w.text)
        written.setdefault(strip_clitics(fold(w.text)), w.text)
    return WORD.sub(lambda m: written.get(m.group(0), m.group(0)), reason)


def decide(claims: list[Claim], frames: list[Frame], pairs: list[tuple[int, int]], X: np.ndarray,
           p_topic: np.ndarray, model: Logistic, lex: Lexicon, floor: Optional[float] = None) -> list[Conflict]:
    """The contradicting pairs, in pair order: those whose probability
    reaches the model's threshold (its threshold across documents for two
    claims of different documents), or `floor` when that is lower (a reader
    who wants more candidates, --min-score below the threshold); only the
    first are `confident`.  A higher --min-score is applied by the report,
    after topics have used the confident conflicts as links."""
    if not pairs:
        return []
    p = model.prob(contra_features(X, p_topic))
    out = []
    for r, (i, j) in enumerate(pairs):
        threshold = model.threshold_for(cross=bool(X[r, _COL["same_doc"]] < 0.5))
        if p[r] < (threshold if floor is None else min(threshold, floor)):
            continue
        kind = _kind(X[r])
        if kind is None:
            continue
        out.append(Conflict(i, j, kind, float(p[r]),
                            reason(claims[i], claims[j], frames[i], frames[j], kind, lex),
                            confident=bool(p[r] >= threshold)))
    return out
