"""Decide which candidate pairs contradict each other: features -> conflicts.

The decision is the learned contradiction model's (data/models.json, trained
by scripts/train_pairs.py on the corpus train split): a pair contradicts when
its probability reaches the model's threshold (chosen by cross-validation on
train) and the user's --min-score.  The score reported is that probability.

A denial found this way also rejects every claim that restates the report it
denies (restatements): when A denies what B says, and C says what B says (the
topic model puts B and C in one event, and neither denies what the other
asserts), A contradicts C as well, a reader's reasoning the pair model cannot
make from the pair (A, C) alone, whose wording may share little.

Every conflict keeps a kind and a reason an editor can check, built from what
carried the decision: who denies whose report (and, for a restatement, the
claim it restates), the opposed predicates ("control / repelled"), the figures
that differ, or the negated statement.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .arabic import WORD, fold, strip_clitics, words
from .compare import compare_texts, format_number
from .frames import Frame, conflicting_quantity, exclusive_sides, predicates, quantity_name, rival_causes
from .learned import Logistic
from .lexicon import Lexicon
from .pairs import FEATURES, OPPOSED, contra_features, denial_features, denials
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
    via: Optional[int] = None   # a restatement: the claim whose denial this one shares


def _who(c: Claim) -> str:
    return c.speaker("an unnamed source")


def _kind(x: np.ndarray) -> Optional[str]:
    """The kind of a conflict: what in the pair's features carried it."""
    def on(f: str) -> bool:
        return bool(x[_COL[f]] > 0.5)
    if on("same_source"):
        return None         # claims of one source do not contradict each other (eval/FORMAT.md)
    if on("relays"):
        return None         # a report of a claim does not contradict the claim it reports
    # a denial counts against a report it is linked to: words in common, a
    # pointer at the report nearest before it, the report named inside it,
    # what the report states negated (a denial of something else later in the
    # article is none: cross-validated F1 0.575 -> 0.578), or reports named
    # against the report its headline tells ("الأرقام المتداولة تفتقر إلى أي سند")
    if on("deny_assert") and (x[_COL["key_sim"]] > 0 or x[_COL["wide_sim"]] > 0 or on("pointer_next")
                              or on("denies_embedded") or on("cmp_denial") or on("frame_flipped")
                              or on("answers_report")):
        return "denial"
    if on("frame_opposed") or on("cmp_opposing") or on("exclusive_other"):
        return "opposing"
    if on("quantity_conflict") or on("cmp_numeric"):
        return "numeric"
    if on("frame_flipped") or on("cmp_negation") or on("cmp_denial"):
        return "negation"
    return None


def evidence(X: np.ndarray) -> np.ndarray:
    """Rows that carry something an editor can check: a denial linked to the
    report, opposed predicates, differing figures or a negated statement,
    between two sources.  A pair without any is never reported, whatever its probability."""
    return np.array([_kind(x) is not None for x in X], dtype=bool)


def _opposed(fa: Frame, fb: Frame) -> Optional[str]:
    P = predicates()
    for x in sorted(fa.classes | fa.negated):
        for y in sorted(fb.classes | fb.negated):
            if P.against(x, y, fa, fb) or (x == y and (x in fa.negated) != (y in fb.negated)
                                            and not P.apart(x, y, fa, fb)):
                return f"{x.replace('_', ' ')} / {y.replace('_', ' ')}"
    return None


def _figures(fa: Frame, fb: Frame) -> str:
    """The figures that conflict: those of one counted thing ("dead: 15 / 17"),
    else all of each content's."""
    def fmt(xs: tuple) -> str:
        return "، ".join(format_number(v) for v in sorted(set(xs)))
    q = conflicting_quantity(fa, fb)
    if q is not None:
        key, va, vb = q
        return f"{quantity_name(key)}: {fmt(va)} / {fmt(vb)}"
    return f"{fmt(fa.figures)} / {fmt(fb.figures)}"


def _verb(c: Claim) -> str:
    return "reports" if c.cue.kind in ("report", "reveal", "announce") else "says"


def reason(a: Claim, b: Claim, fa: Frame, fb: Frame, kind: str, lex: Lexicon, via: Optional[Claim] = None) -> str:
    """One line an editor can check: both sources and what conflicts (for a
    restatement, the claim `via` whose contradiction it shares)."""
    if kind == "denial":
        d, s = (a, b) if a.stance == "deny" else (b, a)
        if via is not None:
            if d.stance == via.stance:      # d denies, as `via` does, what s says
                who = "it" if _who(via) == _who(d) else _who(via)
                return f"{_who(d)} denies what {_who(s)} {_verb(s)}, as {who} does in {via.id}"
            who = "it" if _who(via) == _who(s) else _who(via)
            return f"{_who(d)} denies what {_who(s)} {_verb(s)}, which {who} also {_verb(via)} in {via.id}"
        if (fa if d is a else fb).pointer:
            return f"{_who(d)} denies the report of {_who(s)}"
        return f"{_who(d)} denies what {_who(s)} {_verb(s)}"
    detail = None
    if kind == "numeric":
        detail = "figures: " + _figures(fa, fb)
    elif kind in ("opposing", "negation"):
        opp = _opposed(fa, fb)
        sides = exclusive_sides(fa, fb) if opp is None else None
        causes = rival_causes(fa, fb) if opp is None and sides is None else None
        texts = " ".join(x for x in (a.content.text if a.content else "", b.content.text if b.content else "",
                                     a.canonical or "", b.canonical or ""))
        if opp is not None:
            detail = opp
        elif causes is not None:
            effect, ca, cb = causes
            # (each cause in the order its own claim words it)
            own_a, own_b = (" ".join((c.content.text if c.content else "", c.canonical or "")) for c in (a, b))
            detail = _as_written(f"causes of {_in_order(effect, texts)}: {_in_order(ca, own_a)} / "
                                 f"{_in_order(cb, own_b)}", texts)
        elif sides is not None:
            cls, wa, wb, what = sides
            # (a class done to whatever the other side held names no one target: "struck first")
            target = "" if cls in predicates().any_target else f" of {_in_order(what, texts)}"
            detail = _as_written(f"{cls.replace('_', ' ')}{target} claimed by "
                                 f"{_in_order(wa, texts)} / {_in_order(wb, texts)}", texts)
    if detail is None and a.content is not None and b.content is not None:
        rel = compare_texts(a.content.text, b.content.text, lex, stance_a=a.cue.stance, stance_b=b.cue.stance)
        detail = _as_written("; ".join(rel.reasons[:2]), a.content.text + " " + b.content.text) or kind
    if via is not None:
        # a restatement of one side of a conflict between two assertions
        return f"{_who(a)} and {_who(b)} disagree ({detail or kind}), one of them telling what " \
               f"{_who(via)} tells in {via.id}"
    return f"{_who(a)} and {_who(b)} disagree ({detail or kind})"


def _in_order(ws: frozenset, texts: str) -> str:
    """Folded words in the order the texts name them, each once (not a word
    and its form without a letter read as a clitic: "بوتين" and "وتين")."""
    folded = fold(texts)
    ws = frozenset(w for w in ws if not any(v != w and strip_clitics(v) == w for v in ws))
    return " ".join(sorted(ws, key=lambda w: (folded.find(w) < 0, folded.find(w), w)))


def _as_written(reason: str, texts: str) -> str:
    """The compare engine's reasons name folded words (روسيه، الوزاره); an editor
    reads them as written in the claims (روسية، الوزارة)."""
    written: dict[str, str] = {}
    for w in words(texts):
        written.setdefault(fold(w.text), w.text)
        written.setdefault(strip_clitics(fold(w.text)), w.text)
    return WORD.sub(lambda m: written.get(m.group(0), m.group(0)), reason)


def restatements(pairs: list[tuple[int, int]], X: np.ndarray, p_topic: np.ndarray,
                 topic_threshold: float, words: Optional[Sequence[frozenset]] = None
                 ) -> list[tuple[int, int, int, int]]:
    """Where a denial reaches a restatement: (row of A-B, row of A-C, row of
    B-C, B) for candidate pairs where one of A, B denies what the other
    asserts, C tells what B tells (B-C a candidate pair whose topic
    probability reaches `topic_threshold`, neither denying what the other
    asserts, sharing words of their contents, and not of two happenings:
    ChainFlags.may_restate), and A,
    C are of different sources, one denying what the other asserts; and
    where both are restated, (row of A-B, row of A'-C, the weaker of the
    rows A-A' and B-C, B) for A' telling what A tells and C what B tells.
    Where A and B are two assertions that conflict by themselves (opposed
    predicates, figures: ChainFlags.opposed), C telling what B tells and A
    and C of different sources whose frames conflict too, neither denying
    the other and not telling the same thing themselves, the same (r, rc,
    rb, B).
    Rows index `pairs` (and X, p_topic), in the order of A-B.  With `words`
    (each claim's content words, topics.Keys.words), C also carries what A
    and B share (carried)."""
    return chains(pairs, ChainFlags.of(X), p_topic, topic_threshold, words)


def carried(words: Sequence[frozenset]) -> Callable[[int, int, int], bool]:
    """carries(x, z, c): claim c, which tells what z tells, also tells what x
    and z share, the part of z that x answers: one of the words of their
    contents both hold, when they hold any.  A denial of one detail of a
    report is no answer to another report of the event that leaves the detail
    out ("نفت الشركة وجود أي أعمال صيانة طارئة" answers "تأخرت الشحنتان بسبب
    صيانة غير مجدولة", not "تأخرت شحنتان"); a pointer denial ("نفى ذلك"),
    which shares no word with what it denies, answers every restatement.
    (Cross-validated F1 0.659 -> 0.663, across documents 0.656 -> 0.661.)"""
    def carries(x: int, z: int, c: int) -> bool:
        shared = words[x] & words[z]
        return not shared or bool(shared & words[c])
    return carries


@dataclass(frozen=True)
class ChainFlags:
    """What restatement chains read of each pair besides its topic
    probability: one denies what the other asserts, one source (or a report
    of the other), a conflict by themselves, words of their contents shared."""
    da: np.ndarray
    same: np.ndarray
    opposed: np.ndarray
    may_restate: np.ndarray

    @staticmethod
    def of(X: np.ndarray) -> ChainFlags:
        da = X[:, _COL["deny_assert"]] > 0.5
        same = (X[:, _COL["same_source"]] > 0.5) | (X[:, _COL["relays"]] > 0.5)   # one source, or a report of the other
        # two claims that conflict by themselves restate nothing of each other
        opposed = (X[:, _COL["frame_opposed"]] > 0.5) | (X[:, _COL["frame_flipped"]] > 0.5) \
            | (X[:, _COL["quantity_conflict"]] > 0.5)
        # within one document every claim is near the others in topic: a restatement there
        # also shares words of its content with what it restates (cross-validated F1 0.639
        # -> 0.644, across documents 0.642 -> 0.676; on the made-up check articles, false
        # contradictions 56 -> 37 for 2 found fewer); so across documents, where every
        # outlet's claims of one event are near in topic (the training pairs the same; on
        # the written events, false contradictions 44 -> 36 for none found fewer)
        # and it tells of the same happening: two frames of different classes, none shared
        # or opposed (frame_disjoint: a fall denied and civilian deaths denied), restate
        # nothing of each other (cross-validated F1 0.677 -> 0.679; false contradictions in
        # the read sets' events 32 -> 22 for the seventh's and 34 -> 30 for the written,
        # which lost four pairs of a denial of talks against a sale reported)
        may_restate = (X[:, _COL["key_sim"]] > 0) & (X[:, _COL["frame_disjoint"]] < 0.5)
        return ChainFlags(da, same, opposed, may_restate)


def chains(pairs: list[tuple[int, int]], flags: ChainFlags, p_topic: np.ndarray,
           topic_threshold: float, words: Optional[Sequence[frozenset]] = None
           ) -> list[tuple[int, int, int, int]]:
    """restatements() on the pairs' ChainFlags (`words`: as restatements(),
    by the claims' indices in `pairs`)."""
    carry = carried(words) if words is not None else (lambda x, z, c: True)
    da, same, opposed, may_restate = flags.da, flags.same, flags.opposed, flags.may_restate
    row: dict[tuple[int, int], int] = {}
    near: dict[int, list[tuple[int, int]]] = {}
    for r, (i, j) in enumerate(pairs):
        row[(i, j)] = row[(j, i)] = r
    alike: set[tuple[int, int]] = set()     # the pairs that restate each other
    for r, (i, j) in enumerate(pairs):
        if not da[r] and not opposed[r] and p_topic[r] >= topic_threshold and may_restate[r]:
            near.setdefault(i, []).append((j, r))
            near.setdefault(j, []).append((i, r))
            alike.add((min(i, j), max(i, j)))
    out = []
    for r, (a, b) in enumerate(pairs):
        if same[r] or not (da[r] or opposed[r]):
            continue
        # a denial reaches the claims that tell what it denies; two assertions that
        # conflict by themselves ("سيطر الجيش على البلدة" / "المعارك مستمرة في البلدة")
        # reach a claim that tells what one of them tells and whose own frame conflicts
        # with the other's, whatever the model makes of the two alone (cross-validated
        # F1 0.663 -> 0.681, across outlets 0.661 -> 0.687; without its own frame's
        # conflict 0.675 and 0.672, and 0.11 false alarms per clean unit against 0.07:
        # "محاولة ... للسيطرة على تدمر" tells the event of "أحكموا سيطرتهم على تدمر"
        # and takes nothing)
        for x, z in ((a, b), (b, a)):
            for c, rz in near.get(z, ()):
                rc = row.get((x, c))
                if c == x or rc is None or same[rc] or not carry(x, z, c):
                    continue
                if (da[r] and da[rc]) or (not da[r] and not da[rc] and opposed[rc]
                                        and (min(x, c), max(x, c)) not in alike):
                    out.append((r, rc, rz, z))
        if not da[r]:
            continue
        # both restated: A' tells what A tells and C what B tells ("وشدد المصدر على أنه
        # ليست هناك نية لخفض العملة" after his denial, against a second outlet's report):
        # the weaker of the two topic links carries the chain
        for a2, ra in near.get(a, ()):
            for b2, rb in near.get(b, ()):
                rc = row.get((a2, b2))
                if rc is not None and a2 not in (b, b2) and b2 != a and da[rc] and not same[rc] \
                        and carry(a, b, a2) and carry(b, a, b2):
                    out.append((r, rc, ra if p_topic[ra] < p_topic[rb] else rb, b))
    return list(dict.fromkeys(out))     # (one chain found from both ends once)


def probability(X: np.ndarray, p_topic: np.ndarray, model: Logistic, denial: Optional[Logistic] = None
                ) -> np.ndarray:
    """The probability that each pair contradicts: the contradiction model's,
    except for a denial and an assertion of one document when there is a
    denial model: the topic probability times the denial model's (which
    denial answers which report among the pairs of one event: combine).
    The contradiction model alone reads the likeness of a denial and a
    report against itself (a middling topic probability lowers it: in the
    training articles most such pairs are none), and a denial of the report
    of the sentence before scored 0.15-0.4; the product rises with the topic
    probability.  (The product for every pair lost conflicts between two
    assertions whose topic probability is low; for denials across documents
    too, cross-validated F1 across outlets fell 0.636 -> 0.620 and the
    written events lost a tenth of their precision.)  None below TOPIC_FLOOR."""
    Xc = contra_features(X, p_topic)
    p = model.prob(Xc)
    if not len(X):
        return p
    return combine(X, p, p_topic, None if denial is None else denial.prob(denial_features(Xc, X)))


# Contradictions are pairs of one topic (eval/FORMAT.md): a pair the topic model
# all but rules out is none, whatever its evidence ("سيتقدم بطعن" / "عدد المنسحبين"
# are opposite words of two things).  Cross-validated F1 is the same at 0.1 (0.628;
# 0.626 at 0.2), and the written events lost a false contradiction.
TOPIC_FLOOR = 0.1


def combine(X: np.ndarray, p: np.ndarray, p_topic: np.ndarray, p_denial: Optional[np.ndarray]) -> np.ndarray:
    """probability's rule on the two models' outputs (scripts/train_pairs.py
    applies it to out-of-fold ones; no denial model: the contradiction
    model's alone); none below TOPIC_FLOOR."""
    if p_denial is not None:
        p = np.where(decided_by_denial(X), p_topic * p_denial, p)
    return np.where(p_topic >= TOPIC_FLOOR, p, 0.0)


def decided_by_denial(X: np.ndarray) -> np.ndarray:
    """The rows the denial model decides (with a denial model): a denial
    and an assertion of one document, unless what the denial says instead
    opposes the assertion by itself ("قال المرصد إن المعارك لم تحسم" against
    "أعلن الجيش استعادة البلدة": ongoing against control).  No training pair
    of the denial model holds such an opposition, so it weighs none; the
    contradiction model, which learnt the oppositions, decides them."""
    opposed = (X[:, [_COL[f] for f in OPPOSED]] > 0.5).any(axis=1)
    return denials(X) & (X[:, _COL["same_doc"]] > 0.5) & ~opposed


def reported(X: np.ndarray, p_topic: np.ndarray, model: Logistic, floor: Optional[float] = None,
             denial: Optional[Logistic] = None) -> tuple[np.ndarray, np.ndarray, list[Optional[str]], np.ndarray]:
    """Each pair's probability, its threshold (across documents or within
    one), its kind when it is reported by itself (its probability reaches the
    threshold, or `floor` when that is lower, and it carries evidence), and
    whether it is confident (it reaches the threshold): decide's first step."""
    p = probability(X, p_topic, model, denial)
    thresholds = np.where(X[:, _COL["same_doc"]] < 0.5, model.threshold_for(cross=True), model.threshold)
    limit = thresholds if floor is None else np.minimum(thresholds, floor)
    kinds = [_kind(x) if p[r] >= limit[r] else None for r, x in enumerate(X)]
    confident = np.array([k is not None for k in kinds], dtype=bool) & (p >= thresholds)
    return p, thresholds, kinds, confident


def decide(claims: list[Claim], frames: list[Frame], pairs: list[tuple[int, int]], X: np.ndarray,
           p_topic: np.ndarray, model: Logistic, lex: Lexicon, floor: Optional[float] = None,
           topic_threshold: Optional[float] = None, denial: Optional[Logistic] = None,
           words: Optional[Sequence[frozenset]] = None) -> list[Conflict]:
    """The contradicting pairs, in pair order: those whose probability
    reaches the model's threshold (its threshold across documents for two
    claims of different documents), or `floor` when that is lower (a reader
    who wants more candidates, --min-score below the threshold); only the
    first are `confident`.  With `topic_threshold` (the contradiction model's
    restatement threshold, else the topic model's: pipeline._restate_threshold), a
    confident denial also reaches the restatements of what it denies when the
    weaker link of the chain (the denial's probability, the restatement's
    topic probability) reaches the pair's threshold: that link is their score,
    unless the pair's own probability is higher.  A higher --min-score is
    applied by the report, after topics have used the confident conflicts as
    links.  `denial` is the denial model (probability); `words`, each claim's
    content words (topics.Keys.words), which a restatement must carry
    (carried)."""
    if not pairs:
        return []
    rows = Judged.of(X, p_topic, model, floor, denial)
    out = []
    for r, kind, score, confident, via in settle(pairs, rows, topic_threshold, words):
        i, j = pairs[r]
        out.append(Conflict(i, j, kind, score,
                            reason(claims[i], claims[j], frames[i], frames[j], kind, lex,
                                   via=None if via is None else claims[via]),
                            confident=confident, via=via))
    return out


@dataclass(frozen=True)
class Judged:
    """What decide reads of each pair besides the claims (contradict.reported
    and ChainFlags), in numbers: all a Dask worker sends of a pair to the one
    that settles the pair's group (crossdoc)."""
    p: np.ndarray
    p_topic: np.ndarray
    thresholds: np.ndarray
    kinds: list[Optional[str]]
    confident: np.ndarray
    flags: ChainFlags

    @staticmethod
    def of(X: np.ndarray, p_topic: np.ndarray, model: Logistic, floor: Optional[float] = None,
           denial: Optional[Logistic] = None) -> Judged:
        p, thresholds, kinds, confident = reported(X, p_topic, model, floor, denial)
        return Judged(p, p_topic, thresholds, kinds, confident, ChainFlags.of(X))


def settle(pairs: list[tuple[int, int]], rows: Judged, topic_threshold: Optional[float],
           words: Optional[Sequence[frozenset]] = None) -> list[tuple[int, str, float, bool, Optional[int]]]:
    """decide's decisions without their reasons: (row, kind, score,
    confident, the claim whose denial a restatement shares) of each
    contradicting pair, in pair order (`words`: as restatements())."""
    p, p_topic, thresholds, kinds, confident = rows.p, rows.p_topic, rows.thresholds, rows.kinds, rows.confident
    via: dict[int, tuple[float, int, str]] = {}
    if topic_threshold is not None:
        for r, rc, rb, b in chains(pairs, rows.flags, p_topic, topic_threshold, words):
            chain = min(float(p[r]), float(p_topic[rb]))
            if confident[r] and not confident[rc] and chain >= thresholds[rc]:
                if rc not in via or chain > via[rc][0]:
                    # (a denial's chain is a denial; two assertions' keeps their conflict's kind)
                    via[rc] = (chain, b, "denial" if rows.flags.da[r] else (kinds[r] or "opposing"))
    out: list[tuple[int, str, float, bool, Optional[int]]] = []
    for r in range(len(pairs)):
        kind = kinds[r]
        if r in via:
            score, b, chained = via[r]
            out.append((r, chained, max(score, float(p[r])), True, b))
        elif kind is not None:
            out.append((r, kind, float(p[r]), bool(confident[r]), None))
    return out
