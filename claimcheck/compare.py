"""Compare two propositions: do they agree, contradict each other, or talk
about different things?

Used for headline pairs (``claimcheck compare``) and for two attributed claims
found in articles.  Pure Python and fast (no parser): both texts are folded
(arabic.fold), split into content words, and the content words of one text
are aligned with those of the other:

* same word after removing clitics and light suffixes ("والليرة" = "الليرة");
* same group in the equivalence lexicon (equivalents.yaml: "مقتل" = "مصرع");
* same consonant skeleton, for spelling variants ("أمريكي" = "أميركي");
* same root, for derived forms ("خروج" = "إخراج", "يرتفع" = "ارتفاع").

The share of aligned words gives the topical similarity.  Texts that are not
about the same thing are "unrelated".  Texts about the same thing contradict
each other when

* one is negated and the other is not (لم، لا، ليس، غير، لن، عدم ...), or one
  declares the proposition false (نفى، كذب، شائعات، غير صحيح ...) or its source
  denies it (``stance="deny"``) and the other does not - these flips of
  polarity are counted, so two negations cancel out;
* a word of one and a word of the other form a pair of the opposites lexicon
  (opposites.yaml: "ارتفاع" / "انخفاض");
* they give different numbers for the same thing (Eastern Arabic digits and
  scale words normalised: "٣٠٠" = "300", "5 آلاف" = "5000");
* they say the same thing about something else (kind "substitution"): a word
  of each text is left unmatched in the same place of an otherwise unchanged
  sentence ("سعر القمح" / "سعر الأرز"), or each keeps words of its own and
  too little aligns.

Otherwise they agree.  Unrelated needs a low similarity and no linking cue
(an opposites pair or a negated shared word).  The thresholds are fitted on
the training split of the ANS headline-stance corpus only.  Every decision comes with short reasons a person can
check ("opposing: ارتفاع / انخفاض", "numbers: 300 / 200").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from rapidfuzz import fuzz

from .arabic import (
    CONJUNCTIONS,
    DERIVING_LETTERS,
    fold,
    number_spans,
    proclitic_forms,
    root,
    stem_forms,
    strip_suffix,
    words,
)
from .frames import names_measure
from .lexicon import Lexicon, default_lexicon

__all__ = ["Relation", "compare_texts", "format_number", "similarity"]

AGREE, CONTRADICT, UNRELATED = "agree", "contradict", "unrelated"

# ---------------------------------------------------------------------------
# Thresholds, fitted on the ANS training split (never on dev or test).
#: below this topical similarity two texts are about different things ...
UNRELATED_BELOW = 0.25
#: ... and below this one too when they share at most one content word ...
WEAK_LINK_BELOW = 0.30
#: ... unless one text is this short (fewer content words) and shares a word
#: with the other: a short headline ("هدوء الأوضاع في طرابلس") sharing its
#: place with a long one is about the same story
UNRELATED_MIN_WORDS = 4
#: related texts that each keep words of their own and align less than this
#: say different things
DIFFER_BELOW = 0.75

#: two long words this alike (rapidfuzz ratio, 0..100) are one word misspelt
#: ("خاشقجي" / "خاشقي")
FUZZY_MIN_RATIO = 88
FUZZY_MIN_LETTERS = 6

_DIGIT = re.compile(r"\d")


@dataclass
class Relation:
    relation: str                  # "agree" | "contradict" | "unrelated"
    score: float                   # 0..1 confidence in that relation
    reasons: list[str] = field(default_factory=list)
    kind: Optional[str] = None     # contradict: denial | negation | opposing | numeric | substitution
    similarity: float = 0.0        # topical similarity 0..1
    opposites: list = field(default_factory=list)   # (word, word) of opposing pairs found, as written (folded)

    def to_row(self) -> dict:
        """The fields ``claimcheck compare`` prints for a pair."""
        return {"relation": self.relation, "score": round(self.score, 3), "reasons": list(self.reasons),
                **({"kind": self.kind} if self.kind else {})}

    def to_dict(self) -> dict:
        return {"relation": self.relation, "score": round(self.score, 3),
                "reasons": list(self.reasons), "kind": self.kind,
                "similarity": round(self.similarity, 3)}


# ---------------------------------------------------------------------------
# word forms

_WEAK_ROOT = str.maketrans("", "", "اويءه")


@lru_cache(maxsize=131072)
def _roots(base: str) -> frozenset[str]:
    """Root keys of a clitic-free word: the root of the word and of the word
    without its feminine ending, and the same with weak letters and hamza
    removed ("تلغي" لغي and "إلغاء" ولغ both give "لغ")."""
    out = set()
    forms = {base}
    if len(base) >= 4 and base[-1] in "هت":
        forms.add(base[:-1])
    for f in forms:
        r = root(f)
        if len(r) == 3:
            out.add(r)
        w = r.translate(_WEAK_ROOT)
        if len(w) >= 2 and len(base) >= 4:
            out.add("-" + w)
    return frozenset(out)


def _core(base: str) -> str:
    """A proclitic-free word without a light suffix."""
    return strip_suffix(base, light=True)


@lru_cache(maxsize=131072)
def _keys(w: str) -> frozenset[str]:
    """Exact-match keys of a folded word: its proclitic-free forms and their
    suffix-free variants."""
    out: set[str] = set()
    for b in proclitic_forms(w):
        out |= stem_forms(b)
    return frozenset(out)


_WEAK = str.maketrans("", "", "اويهءي")


def _skeleton(base: str) -> str:
    return base.translate(_WEAK)


# ---------------------------------------------------------------------------
# lexicon index

class _Index:
    """The parts of a Lexicon compare needs, keyed for fast lookup."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        stop = {fold(s) for s in lex.stopwords} | set(lex.function_words)
        # attribution verbs (قال، أعلن، أكد ...) are not part of what is said
        stop |= {f for f, e in lex.cue_forms.items()
                 if e.stance == "assert" and e.form in ("verb", "participle") and " " not in f}
        self.stop = stop
        self.neg = {n for n in lex.negation if " " not in n and n != "ما"}
        self.negating = set(lex.negating_words)          # فشل، أخفق ... reverse what they govern
        # "لا يزال", "ليس فقط", and a negated knowing or expecting ("لم يتضح"، "لا يتوقع"): no negation
        self.not_neg = set(lex.negation_exceptions) | set(lex.unknown_predicates)
        # falsity: single words matched on clitic-free keys, phrases on text
        fal = set(lex.falsity) | set(lex.denial_phrases)
        fal |= {f for f, e in lex.cue_forms.items() if e.stance == "deny" and e.form != "preposition"}
        self.falsity_words = {f for f in fal if " " not in f}
        self.falsity_phrases = sorted((f for f in fal if " " in f), key=lambda f: (-len(f), f))
        # approximate figures: a phrase right before the number ("اكثر من 50")
        appr = sorted(set(lex.approximators), key=lambda f: (-len(f), f))
        self.approx = re.compile("(?:" + "|".join(map(re.escape, appr)) + r")\s+") if appr else None
        # equivalents: key -> group ids; multi-word members as key tuples
        self.eq: dict[str, set[int]] = {}
        self.eq_phrases: list[tuple[tuple[str, ...], int]] = []
        for gi, group in enumerate(lex.equivalents):
            for member in group:
                parts = member.split()
                if len(parts) == 1:
                    for k in self._word_keys(parts[0]):
                        self.eq.setdefault(k, set()).add(gi)
                else:
                    self.eq_phrases.append((tuple(parts), gi))
        self.eq_phrases.sort(key=lambda p: -len(p[0]))
        # words of an opposites pair that the next word makes another verb: key -> that
        # word's starts (opposites.yaml opposite_senses: "تقدم بطعن")
        self.senses: dict[str, set[str]] = {}
        for w, start in lex.opposite_senses:
            for k in self._opp_keys(w):
                self.senses.setdefault(k, set()).add(start)
        # opposites: key -> keys
        self.opp: dict[str, set[str]] = {}
        for a, b in lex.opposites:
            ka, kb = self._opp_keys(a), self._opp_keys(b)
            if ka & kb:
                continue
            for x in ka:
                self.opp.setdefault(x, set()).update(kb)
            for y in kb:
                self.opp.setdefault(y, set()).update(ka)

    @staticmethod
    def _word_keys(w: str) -> set[str]:
        bs = proclitic_forms(w)
        return {bs[-1], _core(bs[-1])} | {b for b in bs}

    @staticmethod
    def _opp_keys(phrase: str) -> set[str]:
        w = phrase.split()[-1]
        bs = proclitic_forms(w)
        keys = {bs[-1], _core(bs[-1])}
        r = root(bs[-1])
        if len(r) == 3:
            keys.add(_root_key(bs[-1], r))
        return keys


def _root_key(base: str, r: str) -> str:
    """An opposites key through the root: form X (استفعل، يستفعل: seeking,
    bringing) is kept apart from the root's other forms ("استقدام" brings in,
    it does not "تقدم", advance)."""
    if base[:1] == "س" and base[1:2] in "يتن" and len(base) >= 6:
        base = base[1:]     # the future's س: "سيستقدم"
    form_x = base.startswith(("است", "مست")) or (base[:1] in "يتن" and base[1:3] == "ست")
    return ("√است" if form_x else "√") + r


_INDEXES: dict[int, _Index] = {}


def _index(lex: Optional[Lexicon]) -> _Index:
    lex = lex or default_lexicon()
    ix = _INDEXES.get(id(lex))
    if ix is None or ix.lex is not lex:
        if len(_INDEXES) > 16:
            _INDEXES.clear()
        ix = _INDEXES[id(lex)] = _Index(lex)
    return ix


# ---------------------------------------------------------------------------
# text analysis

@dataclass
class _Tok:
    word: str               # folded word as written
    pos: int                # index in the text's word list
    keys: frozenset         # exact-match keys
    base: str               # shortest clitic-free form
    skel: str
    root: str
    roots: frozenset
    groups: frozenset       # equivalence groups
    okeys: frozenset        # opposites keys
    opposed: frozenset = frozenset()    # the keys opposite to any of okeys (_Index.opp), read once


@dataclass
class _Text:
    words: list[str]
    toks: list[_Tok]
    negs: list[tuple[int, str]]          # (position, particle) of negations
    falsity: list[str]
    nums: list[float]
    approx: set[float]                   # numbers given as approximate ("أكثر من 50")


def _is_neg(w: str, ix: _Index, nxt: str = "") -> Optional[str]:
    if nxt in ix.not_neg or (w in ("دون", "بدون") and _DIGIT.search(nxt)):
        return None
    if w in ix.neg or w in ix.negating:
        return w
    if len(w) > 2 and w[0] in CONJUNCTIONS and (w[1:] in ix.neg or w[1:] in ix.negating):
        return w[1:]
    if w in ("بلا", "وبلا"):
        return "بلا"
    return None


def _falsity(ws: list[str], ix: _Index, consumed: set[int]) -> list[str]:
    """Falsity phrases, then single falsity words, of a folded word list."""
    falsity: list[str] = []
    present = {f for w in ws for f in proclitic_forms(w)}
    for ph in ix.falsity_phrases:
        parts = ph.split()
        if not present.issuperset(parts):
            continue
        n = len(parts)
        for i in range(len(ws) - n + 1):
            if any(j in consumed for j in range(i, i + n)):
                continue
            if all(p == ws[i + k] or p in proclitic_forms(ws[i + k]) for k, p in enumerate(parts)):
                falsity.append(ph)
                consumed.update(range(i, i + n))
    for i, w in enumerate(ws):
        if i in consumed:
            continue
        hit = next((b for b in proclitic_forms(w) if b in ix.falsity_words), None)
        if hit:
            falsity.append(hit)
            consumed.add(i)
    return falsity


def _numbers(folded: str, starts: dict[int, int], ix: _Index,
             consumed: set[int]) -> tuple[list[float], set[float]]:
    """The numbers of a folded text (digits, scale and number words: the words
    are consumed) and those given as approximate ("أكثر من 50")."""
    spans = number_spans(folded)
    offsets = sorted(starts)
    for n in spans:
        k = starts[n.start]
        while k < len(offsets) and offsets[k] < n.end:
            consumed.add(k)
            k += 1
    # the figure right after the phrase, or after an article ("أكثر من الـ 50"; not
    # the "ال" that opens "ألف", folded "الف")
    approx_at = {m.end() for m in ix.approx.finditer(folded)} if ix.approx else set()
    approx_at |= {e + 2 + len(folded[e + 2:]) - len(folded[e + 2:].lstrip(" ")) for e in approx_at
                  if folded.startswith("ال", e)}
    return [n.value for n in spans], {n.value for n in spans if n.start in approx_at}


def _phrase_groups(ws: list[str], ix: _Index, consumed: set[int]) -> dict[int, int]:
    """Equivalence phrases ("الولايات المتحده"): first word -> group; the
    other words are consumed."""
    phrase_group: dict[int, int] = {}
    for parts, gi in ix.eq_phrases:
        n = len(parts)
        for i in range(len(ws) - n + 1):
            if any(j in consumed or j in phrase_group for j in range(i, i + n)):
                continue
            if all(p in proclitic_forms(ws[i + k]) or p == ws[i + k] for k, p in enumerate(parts)):
                phrase_group[i] = gi
                for j in range(i + 1, i + n):
                    consumed.add(j)
    return phrase_group


def _content_token(w: str, i: int, ix: _Index, phrase_group: dict[int, int]) -> Optional[_Tok]:
    """The content word at position i, or None for a stop word."""
    if _DIGIT.search(w):
        return None
    bs = proclitic_forms(w)
    if w in ix.stop or any(b in ix.stop for b in bs) or len(bs[-1]) < 2:
        return None
    base = bs[-1]
    keys = _keys(w)
    groups: set[int] = set()
    for k in keys:
        groups |= ix.eq.get(k, set())
    if i in phrase_group:
        groups.add(phrase_group[i])
    r = root(base)
    okeys = set(keys)
    # a word meets an opposites entry through its root only when it is a
    # derived verb or verbal noun (يرتفع، انخفاض، تراجع), not a noun or
    # adjective that happens to share the root (قديمة / تقدم)
    # (nor a participle of the plain or doubled stem, مفعول، مفعّل: "شحنة مقدمة من اليونيسف"
    # is one provided, no advance; those of the derived stems are kept: "مرتفع"، "منخفض")
    if len(r) == 3 and len(base) >= 4 and base[0] in DERIVING_LETTERS \
            and not (base[0] == "م" and base[1:3] == r[:2]):
        okeys.add(_root_key(base, r))
    if w.startswith("ل") and not w.startswith("لا") and len(w) > 4:
        # a purpose or goal ("محاولة للسيطرة على المدينة") asserts no outcome
        okeys = set()
    opposed = frozenset(o for k in okeys for o in ix.opp.get(k, ()))
    return _Tok(w, i, keys, base, _skeleton(base), r, _roots(base), frozenset(groups), frozenset(okeys), opposed)


@lru_cache(maxsize=16384)
def _analyse(text: str, ix: _Index) -> _Text:
    """Words, content words, negations, falsity phrases and numbers of a text
    (cached: a claim is compared with many others)."""
    folded = fold(text)
    wt = words(folded)
    ws = [t.text for t in wt]
    consumed: set[int] = set()
    falsity = _falsity(ws, ix, consumed)
    nums, approx = _numbers(folded, {t.start: i for i, t in enumerate(wt)}, ix, consumed)
    phrase_group = _phrase_groups(ws, ix, consumed)
    negs: list[tuple[int, str]] = []
    toks: list[_Tok] = []
    for i, w in enumerate(ws):
        if i in consumed:
            continue
        neg = _is_neg(w, ix, ws[i + 1] if i + 1 < len(ws) else "")
        if neg:
            negs.append((i, neg))
            continue
        tok = _content_token(w, i, ix, phrase_group)
        if tok is not None and tok.okeys and (names_measure(ws, i) or _other_sense(tok, ws[i + 1:i + 2], ix)):
            # "المعدل الحقيقي لارتفاع الأسعار": a measure's name, no rise to oppose a fall;
            # "سيتقدم بطعن": another verb (opposites.yaml opposite_senses)
            tok = replace(tok, okeys=frozenset(), opposed=frozenset())
        if tok is not None:
            toks.append(tok)
    return _Text(ws, toks, negs, falsity, nums, approx)


def _other_sense(tok: _Tok, after: list[str], ix: _Index) -> bool:
    """The word is another verb with the word after it (opposites.yaml
    opposite_senses, the start of the next word: "تقدم بطعن")."""
    starts = set().union(*(ix.senses.get(k, set()) for k in tok.okeys)) if ix.senses else set()
    return bool(after) and any(after[0].startswith(p) for p in starts)


# ---------------------------------------------------------------------------
# alignment

def _opposite(a: _Tok, b: _Tok, ix: _Index) -> bool:
    """A key of one word is the opposite of a key of the other."""
    return not a.opposed.isdisjoint(b.okeys)


def _match(a: _Tok, b: _Tok, ix: _Index) -> Optional[tuple[str, float]]:
    """How two content words match, or ("opposite", 0) for an opposites pair."""
    if not a.keys.isdisjoint(b.keys):
        return "same", 1.0
    if not a.groups.isdisjoint(b.groups):
        return "equivalent", 1.0
    if len(a.skel) >= 3 and a.skel == b.skel:
        return "spelling", 1.0
    if _opposite(a, b, ix):
        return "opposite", 0.0
    la, lb = len(a.base), len(b.base)
    # (the ratio is at most 200 * the shorter length / both lengths: checked before computing it)
    if (la >= FUZZY_MIN_LETTERS and lb >= FUZZY_MIN_LETTERS and 200 * min(la, lb) >= FUZZY_MIN_RATIO * (la + lb)
            and fuzz.ratio(a.base, b.base) >= FUZZY_MIN_RATIO):
        return "spelling", 0.9
    if not a.roots.isdisjoint(b.roots):
        return "root", 0.8
    return None


@dataclass
class _Alignment:
    pairs: list[tuple[_Tok, _Tok, str, float]]
    only_a: list[_Tok]
    only_b: list[_Tok]
    opposites: list[tuple[_Tok, _Tok]]


# word pairs compared one by one up to this many (two claims: a few hundred);
# longer texts compare only the pairs an index of B's words can match
ALL_PAIRS = 40_000


def _partners(A: _Text, B: _Text, ix: _Index):
    """(i, j) of the word pairs worth matching: every pair for texts of claim
    size, else those that share a key, a group, a skeleton, a root, opposite
    keys or the first two letters (fuzzy spelling), so that comparing two
    long texts costs about their length, not its square."""
    if len(A.toks) * len(B.toks) <= ALL_PAIRS:
        for i in range(len(A.toks)):
            for j in range(len(B.toks)):
                yield i, j
        return
    index: dict[tuple[str, str], list[int]] = {}
    for j, b in enumerate(B.toks):
        for tag, values in (("k", b.keys), ("g", b.groups), ("r", b.roots), ("o", b.okeys)):
            for v in values:
                index.setdefault((tag, v), []).append(j)
        if len(b.skel) >= 3:
            index.setdefault(("s", b.skel), []).append(j)
        if len(b.base) >= FUZZY_MIN_LETTERS:
            index.setdefault(("f", b.base[:2]), []).append(j)
    for i, a in enumerate(A.toks):
        wanted = [("k", v) for v in a.keys] + [("g", v) for v in a.groups] + [("r", v) for v in a.roots]
        wanted += [("o", o) for k in a.okeys for o in ix.opp.get(k, ())]
        if len(a.skel) >= 3:
            wanted.append(("s", a.skel))
        if len(a.base) >= FUZZY_MIN_LETTERS:
            wanted.append(("f", a.base[:2]))
        for j in sorted({j for w in wanted for j in index.get(w, ())}):
            yield i, j


def _align(A: _Text, B: _Text, ix: _Index) -> _Alignment:
    # all candidate matches, best first, then greedy one-to-one
    cands = []
    opp = []
    for i, j in _partners(A, B, ix):
        m = _match(A.toks[i], B.toks[j], ix)
        if m and m[0] == "opposite":
            opp.append((i, j))
        elif m:
            cands.append((-m[1], abs(i / max(1, len(A.toks)) - j / max(1, len(B.toks))), i, j, m))
    cands.sort(key=lambda c: (c[0], c[1], c[2], c[3]))
    used_a, used_b = set(), set()
    pairs = []
    for _, _, i, j, m in cands:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((A.toks[i], B.toks[j], m[0], m[1]))
    opposites = [(A.toks[i], B.toks[j]) for i, j in opp if i not in used_a and j not in used_b]
    # one opposite pair per word
    seen_a, seen_b, op = set(), set(), []
    for a, b in opposites:
        if a.pos in seen_a or b.pos in seen_b:
            continue
        seen_a.add(a.pos)
        seen_b.add(b.pos)
        op.append((a, b))
    only_a = [t for i, t in enumerate(A.toks) if i not in used_a and t.pos not in seen_a]
    only_b = [t for j, t in enumerate(B.toks) if j not in used_b and t.pos not in seen_b]
    return _Alignment(pairs, only_a, only_b, op)


def _similarity(A: _Text, B: _Text, al: _Alignment) -> float:
    na, nb = len(A.toks), len(B.toks)
    shared_nums = len(set(A.nums) & set(B.nums))
    matched = sum(w for _, _, _, w in al.pairs) + len(al.opposites) + shared_nums
    na += len(set(A.nums))
    nb += len(set(B.nums))
    if not na or not nb:
        return 1.0 if na == nb else 0.0
    cover = matched / min(na, nb)
    dice = 2 * matched / (na + nb)
    return max(0.0, min(1.0, 0.5 * cover + 0.5 * dice))


# ---------------------------------------------------------------------------
# the comparison

def _near(w: str, toks: list[_Tok], pos: int) -> Optional[_Tok]:
    """The content word a negation at ``pos`` governs: the next one within
    three words."""
    for t in toks:
        if pos < t.pos <= pos + 3:
            return t
    return None


def _is_year(x: float) -> bool:
    return x == int(x) and 1900 <= x <= 2100


def _numbers_conflict(A: _Text, B: _Text) -> Optional[tuple[list[float], list[float]]]:
    """Numbers of the same kind (years, or other quantities) that only one
    text gives, on both sides.  Approximate numbers ("أكثر من مليار") do not
    conflict."""
    sa, sb = set(A.nums) - A.approx, set(B.nums) - B.approx
    for year in (True, False):
        xa = {x for x in sa if _is_year(x) == year}
        xb = {x for x in sb if _is_year(x) == year}
        oa, ob = sorted(xa - set(B.nums)), sorted(xb - set(A.nums))
        if oa and ob:
            return oa, ob
    return None


def format_number(x: float) -> str:
    """A figure as a reason shows it: 12, 2.5, 1,500, 3,500,000,000."""
    return f"{int(x):,}" if x == int(x) else f"{x:,.10g}"


def _polarity(T: _Text, stance: str) -> int:
    return (len(T.negs) + (1 if T.falsity else 0) + (1 if stance == "deny" else 0)) % 2


def _order(al: _Alignment) -> float:
    """The share of aligned word pairs that come in the same order in both
    texts (1.0: same word order, 0.0: reversed)."""
    ps = sorted((p.pos, q.pos) for p, q, _, _ in al.pairs)
    same = total = 0
    for i in range(len(ps)):
        for j in range(i + 1, len(ps)):
            total += 1
            same += ps[j][1] > ps[i][1]
    return same / total if total else 1.0


def _slot_substitution(al: _Alignment) -> Optional[tuple[_Tok, _Tok]]:
    """An unmatched word of each text in the same place: both follow (or both
    precede) the same aligned word, with no aligned word in between."""
    amap = {p.pos: q.pos for p, q, _, _ in al.pairs}
    bset = sorted(amap.values())
    for x in al.only_a:
        prev = max((p for p in amap if p < x.pos), default=None)
        nxt = min((p for p in amap if p > x.pos), default=None)
        for y in al.only_b:
            if prev is not None and amap[prev] < y.pos and not any(amap[prev] < q < y.pos for q in bset):
                return x, y
            if nxt is not None and amap[nxt] > y.pos and not any(y.pos < q < amap[nxt] for q in bset):
                return x, y
    return None


@dataclass
class _Facts:
    sim: float
    shared: list[str]
    flips: list[tuple[str, str]]        # polarity flips: (kind, reason)
    polarity_differs: bool
    opposites: list[tuple[str, str]]
    neg_linked: bool
    numbers: Optional[tuple[list[float], list[float]]]
    slot: Optional[tuple[str, str]]
    only_a: list[str]
    only_b: list[str]
    n_shared: int
    order: float = 1.0          # share of aligned word pairs in the same order
    n_a: int = 0
    n_b: int = 0


def _facts(a: str, b: str, ix: _Index, stance_a: str, stance_b: str) -> _Facts:
    A, B = _analyse(a, ix), _analyse(b, ix)
    al = _align(A, B, ix)
    sim = _similarity(A, B, al)
    flips: list[tuple[str, str]] = []
    pa, pb = _polarity(A, stance_a), _polarity(B, stance_b)
    neg_linked = False
    if pa != pb:
        if (stance_a == "deny") != (stance_b == "deny"):
            who = "first" if stance_a == "deny" else "second"
            flips.append(("denial", f"denial: the source of the {who} text denies it"))
        if bool(A.falsity) != bool(B.falsity):
            side = "first" if A.falsity else "second"
            flips.append(("denial", f"denial: {'، '.join(A.falsity or B.falsity)} ({side} text only)"))
        if len(A.negs) % 2 != len(B.negs) % 2:
            T, side = (A, "first") if len(A.negs) % 2 else (B, "second")
            pos, particle = T.negs[0]
            gov = _near(particle, T.toks, pos)
            partner = None
            if gov is not None:
                partner = next((q if p is gov else p for p, q, _, _ in al.pairs if gov in (p, q)), None)
            neg_linked = partner is not None
            if gov is not None and partner is not None:
                flips.append(("negation", f"negation: {particle} {gov.word} / {partner.word}"))
            elif gov is not None:
                flips.append(("negation", f"negation: {particle} {gov.word} ({side} text only)"))
            else:
                flips.append(("negation", f"negation: {particle} ({side} text only)"))
    slot = _slot_substitution(al)
    return _Facts(
        sim=sim,
        shared=[p.word for p, _, _, _ in al.pairs],
        flips=flips,
        polarity_differs=pa != pb,
        opposites=[(x.word, y.word) for x, y in al.opposites],
        neg_linked=neg_linked,
        numbers=_numbers_conflict(A, B),
        slot=(slot[0].word, slot[1].word) if slot else None,
        only_a=[t.word for t in al.only_a],
        only_b=[t.word for t in al.only_b],
        n_shared=len(al.pairs),
        order=_order(al),
        n_a=len(A.toks),
        n_b=len(B.toks),
    )


@dataclass(frozen=True)
class _Params:
    unrelated_below: float = UNRELATED_BELOW
    weak_link_below: float = WEAK_LINK_BELOW
    weak_link_shared: int = 1
    unrelated_min_words: int = UNRELATED_MIN_WORDS
    differ_below: float = DIFFER_BELOW


def _decide(f: _Facts, P: _Params = _Params()) -> Relation:
    sim = f.sim
    linked = bool(f.opposites) or f.neg_linked
    short = min(f.n_a, f.n_b) < P.unrelated_min_words and f.n_shared > 0
    if not linked and not short and (sim < P.unrelated_below
                                     or (f.n_shared <= P.weak_link_shared and sim < P.weak_link_below)):
        shared = "، ".join(f.shared[:3]) or "none"
        return Relation(UNRELATED, round(min(1.0, 0.5 + (P.weak_link_below - sim)), 3),
                        [f"low similarity: {sim:.2f} (shared words: {shared})"], None, sim)
    reasons = [f"shared: {'، '.join(f.shared[:4])}"] if f.shared else []
    opp = [("opposing", f"opposing: {x} / {y}") for x, y in f.opposites]
    # opposing words flip the proposition once (however many pairs express
    # the flip: "يرتفع لأعلى" / "ينخفض لأدنى"); a negation flips it back
    contradicts = bool(opp) != f.polarity_differs
    if contradicts:
        flips = f.flips + opp
        kind = next(k for k in ("denial", "negation", "opposing") if any(x[0] == k for x in flips))
        return Relation(CONTRADICT, round(min(0.95, 0.6 + 0.35 * sim), 3),
                        [x[1] for x in flips] + reasons, kind, sim, list(f.opposites))
    if f.flips or opp:
        reasons.insert(0, "cancelled: " + "; ".join(x[1] for x in f.flips + opp))
    if f.numbers:
        oa, ob = f.numbers
        reasons.insert(0, f"numbers: {', '.join(map(format_number, oa))} / {', '.join(map(format_number, ob))}")
        return Relation(CONTRADICT, round(min(0.95, 0.55 + 0.4 * sim), 3), reasons, "numeric", sim)
    if f.only_a and f.only_b:
        # a word of each text left over: the same statement about something
        # else ("الدولار" / "اليورو") when it stands in the same place of an
        # unchanged sentence, or when too little of the two texts aligns
        if f.slot and f.order >= 1.0:
            reasons.insert(0, f"different: {f.slot[0]} / {f.slot[1]}")
            return Relation(CONTRADICT, round(0.5 + 0.2 * sim, 3), reasons, "substitution", sim)
        if sim < P.differ_below:
            x, y = f.slot or (f.only_a[0], f.only_b[0])
            reasons.insert(0, f"different: {x} / {y} (similarity {sim:.2f})")
            return Relation(CONTRADICT, round(0.5 + 0.3 * (1 - sim), 3), reasons, "substitution", sim)
    return Relation(AGREE, round(min(0.95, 0.4 + 0.55 * sim), 3), reasons or ["same content"], None, sim)


def compare_texts(a: str, b: str, lex: Optional[Lexicon] = None,
                  stance_a: str = "assert", stance_b: str = "assert") -> Relation:
    """Compare two propositions.  ``stance_x="deny"`` means the source of that
    text denies it (a denial and an assertion of the same proposition
    contradict each other; two denials agree)."""
    for s in (stance_a, stance_b):
        if s not in ("assert", "deny"):
            raise ValueError(f"stance must be 'assert' or 'deny', not {s!r}")
    ix = _index(lex)
    return _decide(_facts(a, b, ix, stance_a, stance_b))


def similarity(a: str, b: str, lex: Optional[Lexicon] = None) -> float:
    """Topical similarity of two texts, 0..1: the share of content words (and
    numbers) of each that align with the other."""
    ix = _index(lex)
    A, B = _analyse(a, ix), _analyse(b, ix)
    return _similarity(A, B, _align(A, B, ix))
