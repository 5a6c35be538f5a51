"""Group claims by the proposition they carry.

Each claim's content is reduced to keys: folded, clitic-stripped content words
mapped through the equivalence lexicon (مقتل / مصرع, اتفاق / صفقة), their
tashaphyne roots (so خروج and إخراج meet) and the numbers it states.  Candidate
pairs come from an inverted index of keys (blocking), so cost grows with the
number of claims, not its square; each candidate pair is scored by an
IDF-weighted key overlap plus rapidfuzz similarity, and linked pairs are joined
with union-find.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from rapidfuzz import fuzz

from .lexicon import Lexicon
from .normalize import fold, numbers, root, strip_proclitics
from .types import Claim, Topic

_WORD = re.compile(r"[^\W\d_]{2,}|\d+(?:[.,]\d+)?", re.UNICODE)
LINK = 0.34          # similarity at which two claims share a topic
MAX_POSTING = 50     # keys shared by more claims than this are too common to block on
RARE_POSTING = 3     # a key this rare links two claims on its own
NEIGHBOURS = 12      # each claim keeps its most similar candidates only
BACKGROUND_SCALE = 0.4   # background log-IDF (thousands of sentences) onto the per-document range


@dataclass(slots=True)
class Keys:
    all: frozenset          # clitic-stripped folded words (equivalence-mapped) and their √roots
    nums: frozenset

    @property
    def words(self) -> frozenset:
        return frozenset(k for k in self.all if not k.startswith("√"))

    @property
    def text(self) -> str:
        """The words, sorted, for fuzzy matching."""
        return " ".join(sorted(k for k in self.all if not k.startswith("√")))


def _background() -> tuple[int, dict[str, int]]:
    """Document frequencies of keys in news at large (data/background_df.tsv,
    written by scripts/mine_idf.py)."""
    global _BG
    if _BG is None:
        from importlib import resources
        n, df = 0, {}
        try:
            text = (resources.files("claimcheck") / "data" / "background_df.tsv").read_text(encoding="utf-8")
        except OSError:
            text = ""
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            k, _, v = line.partition("\t")
            if k == "__sentences__":
                n = int(v)
            else:
                df[k] = int(v)
        _BG = (n, df)
    return _BG


_BG: Optional[tuple[int, dict[str, int]]] = None


class KeyMaker:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.stop = {fold(w) for w in lex.stopwords} | {strip_proclitics(fold(w)) for w in lex.stopwords}
        self.equiv: dict[str, str] = {}
        for group in lex.equivalents:
            rep = min(strip_proclitics(g) for g in group)
            for g in group:
                self.equiv[strip_proclitics(g)] = rep
                self.equiv[g] = rep

    def __call__(self, text: str) -> Keys:
        ws, rs = set(), set()
        for raw in _WORD.findall(text):
            f = fold(raw)
            if f.isdigit():
                continue
            if f in self.stop or len(f) < 3:
                continue
            w = strip_proclitics(f)
            if w in self.stop:
                continue
            w = self.equiv.get(w, self.equiv.get(f, w))
            ws.add(w)
            r = root(w)
            if len(r) >= 3:
                rs.add("√" + r)
        nums = frozenset(n for n in numbers(text) if n not in (0, 1))
        return Keys(frozenset(ws | rs), nums)


def _find(parent: list[int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def similarity(a: Keys, b: Keys, idf: Callable[[str], float]) -> float:
    """Weighted overlap of two claims' keys, 0..1."""
    ka = a.all
    kb = b.all
    shared = ka & kb
    if not shared and not (a.nums & b.nums):
        return 0.0
    wa = sum(idf(k) for k in ka) or 1.0
    wb = sum(idf(k) for k in kb) or 1.0
    ws = sum(idf(k) for k in shared)
    overlap = ws / min(wa, wb)
    dice = 2 * ws / (wa + wb)
    score = 0.5 * overlap + 0.5 * dice
    if a.nums & b.nums:
        score += 0.15
    fz = fuzz.token_set_ratio(a.text, b.text) / 100.0
    return min(1.0, 0.8 * score + 0.2 * fz)


def candidate_pairs(keys: list[Keys], groups: Optional[list[int]] = None) -> list[tuple[int, int]]:
    """Pairs of claims worth scoring: they share two informative keys, or one
    key that hardly any other claim has (and the same group, when groups are
    given: one document each with --per-document).  Keys held by more than
    MAX_POSTING claims are not indexed, so the work grows with the number of
    claims, not its square."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        g = groups[i] if groups is not None else 0      # postings per group: documents stay independent
        for key in [x for x in k.all if x.startswith("√")] + [f"#{n:g}" for n in k.nums]:
            index[(g, key)].append(i)
    shared: Counter = Counter()
    rare: set[tuple[int, int]] = set()
    for key, post in index.items():
        if len(post) < 2 or len(post) > MAX_POSTING:
            continue
        for x in range(len(post)):
            a = post[x]
            for y in range(x + 1, len(post)):
                b = post[y]
                shared[(a, b)] += 1
                if len(post) <= RARE_POSTING:
                    rare.add((a, b))
    return sorted(p for p, n in shared.items() if n >= 2 or p in rare)


class Scorer:
    """Pairwise similarity with IDF weights from the claims being compared
    (from each group alone when groups are given, so that a document analysed
    with --per-document gets the same result whatever else is analysed)."""

    def __init__(self, keys: list[Keys], groups: Optional[list[int]] = None):
        self.keys = keys
        self.groups = groups or [0] * len(keys)
        df: dict[int, Counter] = defaultdict(Counter)
        size: Counter = Counter(self.groups)
        for g, k in zip(self.groups, keys):
            df[g].update(k.all)
        bn, bdf = _background()

        def weight(g: int, k: str, v: int) -> float:
            local = 1.0 + math.log((size[g] + 1) / (v + 0.5))
            if not bn:
                return local
            # how rare the key is in news at large, brought to the per-document scale
            bg = 1.0 + math.log((bn + 1) / (bdf.get(k, 0) + 0.5)) * BACKGROUND_SCALE
            return 0.5 * local + 0.5 * bg

        self._idf = {g: {k: weight(g, k, v) for k, v in c.items()} for g, c in df.items()}

    def __call__(self, a: int, b: int) -> float:
        table = self._idf[self.groups[a]]
        return similarity(self.keys[a], self.keys[b], lambda k: table.get(k, 1.0))


def scored_pairs(keys: list[Keys], groups: Optional[list[int]] = None,
                 neighbours: int = NEIGHBOURS) -> list[tuple[int, int, float]]:
    """Candidate pairs from the blocking index with their similarity; a pair
    is kept when it is among the `neighbours` best of either claim."""
    sc = Scorer(keys, groups)
    scored = [(a, b, sc(a, b)) for a, b in candidate_pairs(keys, groups)]
    best: dict[int, list[float]] = defaultdict(list)
    for a, b, s in scored:
        best[a].append(s)
        best[b].append(s)
    cut = {i: sorted(v, reverse=True)[neighbours - 1] if len(v) >= neighbours else -1.0 for i, v in best.items()}
    return [(a, b, s) for a, b, s in scored if s >= cut[a] or s >= cut[b]]


def cluster(claims: list[Claim], keys: list[Keys], pairs: Iterable[tuple[int, int, float]],
            extra_links: Iterable[tuple[int, int]] = (), link: float = LINK) -> list[Topic]:
    """Assign claim.topic for every claim (union of the pairs scoring at least
    `link` and the extra links) and return the topics."""
    parent = list(range(len(claims)))
    for a, b, sim in pairs:
        if sim >= link:
            parent[_find(parent, a)] = _find(parent, b)
    for a, b in extra_links:
        parent[_find(parent, a)] = _find(parent, b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        members[_find(parent, i)].append(i)
    topics = []
    for ids in sorted(members.values(), key=lambda v: v[0]):
        tid = f"t{len(topics) + 1}"
        for i in ids:
            claims[i].topic = tid
        topics.append(Topic(id=tid, label=label([claims[i] for i in ids], [keys[i] for i in ids]),
                            claims=[claims[i].id for i in ids]))
    return topics


def label(claims: list[Claim], keys: list[Keys], max_words: int = 6) -> str:
    """A short readable label: the run of at most `max_words` consecutive
    words, from one claim's content, that holds the most words the topic's
    claims share (the content's opening words for a topic of one claim)."""
    counts = Counter()
    for k in keys:
        counts.update(k.words)
    best: Optional[tuple[float, list[str]]] = None
    for c in claims:
        if not c.content:
            continue
        raw = _WORD.findall(c.content.text)
        if not raw:
            continue
        gain = [counts.get(strip_proclitics(fold(w)), 0) - 1 if len(claims) > 1 else 0 for w in raw]
        for i in range(max(1, len(raw) - max_words + 1)):
            window = raw[i:i + max_words]
            score = sum(gain[i:i + max_words]) - 0.01 * i      # earlier runs win ties
            if best is None or score > best[0]:
                best = (score, window)
    return " ".join(best[1]) if best else "—"
