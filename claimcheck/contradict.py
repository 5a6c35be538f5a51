"""Mark pairs of claims that cannot both be true.

Candidates are claims that share content keys (the topic stage's blocking
index), come from different sources and sit in the same group (document, with
--per-document).  Each pair is compared with :func:`claimcheck.compare.compare_texts`
using both stances; a contradiction gets a kind (denial, negation, opposing,
numeric), a score and a one-line reason that names both sources.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Optional

from .compare import compare_texts
from .lexicon import Lexicon
from .topics import Keys, candidate_pairs, similarity
from .types import Claim, Contradiction

VERB = {"deny": "denies", "reject": "rejects", "refute": "refutes"}
MIN_SIMILARITY = 0.2


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


def find(claims: list[Claim], keys: list[Keys], lex: Lexicon, groups: Optional[list[int]] = None,
         min_score: float = 0.0) -> list[tuple[int, int, Contradiction]]:
    """Contradicting pairs as (index_a, index_b, Contradiction) with topic unset."""
    df = Counter()
    for k in keys:
        df.update(k.words | k.roots)
    n = max(1, len(keys))

    def idf(key: str) -> float:
        return 1.0 + math.log((n + 1) / (df[key] + 0.5))

    out = []
    for i, j in candidate_pairs(keys, groups):
        a, b = claims[i], claims[j]
        if not a.content or not b.content or _same_source(a, b):
            continue
        if a.stance == "deny" and b.stance == "deny":
            continue
        if similarity(keys[i], keys[j], idf) < MIN_SIMILARITY:
            continue
        rel = compare_texts(a.content.text, b.content.text, lex, stance_a=a.stance, stance_b=b.stance)
        if rel.relation != "contradict" or rel.score < min_score:
            continue
        kind = rel.kind or ("denial" if a.stance != b.stance else "negation")
        out.append((i, j, Contradiction(claims=(a.id, b.id), topic="", kind=kind, score=rel.score,
                                        reason=_reason(a, b, kind, rel.reasons))))
    return out
