"""Group claims by the event they are about: keys, similarity, clustering.

Each claim's content is reduced to keys: folded, clitic-stripped content words
mapped through the equivalence lexicon (مقتل / مصرع, اتفاق / صفقة), their roots
(arabic.root: خروج and إخراج meet) and the numbers it states.  The keys feed
the pair stage: an inverted index of keys (blocking) proposes candidate pairs
in large inputs, and a background-weighted key overlap (Scorer) is one of the
pair features.  The learned topic model turns a pair's features into the
probability that both claims are about one event; `cluster` groups the claims
on those probabilities (single or average linkage, as cross-validation on the
corpus train split chose; contradicting claims always share a topic), and
`topics` names each group with a window of its most shared words.
"""
from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, MutableSequence, Sequence
from dataclasses import dataclass
from typing import Optional

from rapidfuzz import fuzz

from .arabic import WORD, fold, numbers, root
from .arabic import strip_clitics as strip_proclitics
from .lexicon import Lexicon
from .types import Claim, Topic

MAX_POSTING = 50     # keys shared by more claims than this are too common to block on
RARE_POSTING = 3     # a key this rare links two claims on its own
NEIGHBOURS = 12      # each claim keeps its most similar candidates only
BACKGROUND_SCALE = 0.26  # background log-IDF (a million sentences) onto the per-document range


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
        try:
            text = (resources.files("claimcheck") / "data" / "background_df.tsv").read_text(encoding="utf-8")
        except OSError:
            text = ""
        # the header's comment lines, then key TAB count lines (keys hold no
        # space): one split of the rest, twice as fast as line by line
        while text.startswith("#"):
            text = text[text.find("\n") + 1:] if "\n" in text else ""
        parts = text.split()
        df = dict(zip(parts[0::2], map(int, parts[1::2])))
        _BG = (df.pop("__sentences__", 0), df)
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

    def __call__(self, text: str, roots: bool = True) -> Keys:
        """The keys of a text: its informative words (folded, without
        proclitics, synonyms as one), their roots ("√..."; not with
        `roots=False`, for a whole document's words) and its figures."""
        ws, rs = set(), set()
        seen: set[str] = set()
        for raw in WORD.findall(text):
            f = fold(raw)
            if f in seen:
                continue        # (a document says most of its words many times)
            seen.add(f)
            if f.isdigit():
                continue
            if f in self.stop or len(f) < 3:
                continue
            w = strip_proclitics(f)
            if w in self.stop:
                continue
            w = self.equiv.get(w, self.equiv.get(f, w))
            ws.add(w)
            if roots:
                r = root(w)
                if len(r) >= 3:
                    rs.add("√" + r)
        nums = frozenset(n for n in numbers(text) if n not in (0, 1)) if roots else frozenset()
        return Keys(frozenset(ws | rs), nums)


def root_of(parent: MutableSequence[int], x: int) -> int:
    """Union-find: the root of x, halving the path to it."""
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


def document_similarity(a: Keys, b: Keys) -> float:
    """How alike two documents are, 0..1: the words they share, each weighed
    by how rare it is in news at large (the background counts), over the
    geometric mean of the two documents' weights (roots and figures left
    out).  Two outlets' reports of one event share its names and places; two
    articles of one kind on two events (two bombings, two rumoured deaths)
    share the kind's words, which are common."""
    bn, bdf = _background()
    if not bn:
        return 0.0

    def weight(k: str) -> float:
        return math.log((bn + 1) / (bdf.get(k, 0) + 0.5))
    wa = sum(weight(k) for k in a.words)
    wb = sum(weight(k) for k in b.words)
    if not wa or not wb:
        return 0.0
    return sum(weight(k) for k in a.words & b.words) / math.sqrt(wa * wb)


def candidate_pairs(keys: list[Keys], groups: Optional[list[int]] = None) -> list[tuple[int, int]]:
    """Pairs of claims worth scoring: they share two informative keys, or one
    key that hardly any other claim has (and the same group, when groups are
    given: one document each with --per-document).  Keys held by more than
    MAX_POSTING claims are not indexed, so the work grows with the number of
    claims, not its square."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        g = groups[i] if groups is not None else 0      # postings per group: documents stay independent
        for key in blocking_keys(k):
            index[(g, key)].append(i)
    return pairs_from_postings(index.values())


def blocking_keys(k: Keys) -> list[str]:
    """The keys a claim is indexed under for candidate_pairs: its roots and figures."""
    return [x for x in k.all if x.startswith("√")] + [f"#{n:g}" for n in k.nums]


def indexed(size: int) -> bool:
    """A key held by `size` claims is indexed (candidate_pairs): by two at
    least, and not by so many that it is too common to block on."""
    return 2 <= size <= MAX_POSTING


def pairs_from_postings(postings: Iterable[list[int]]) -> list[tuple[int, int]]:
    """candidate_pairs from the claims (ascending) that hold each key: pairs
    sharing two indexed keys, or one held by at most RARE_POSTING claims."""
    shared: Counter = Counter()
    rare: set[tuple[int, int]] = set()
    for post in postings:
        if not indexed(len(post)):
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
    """Pairwise similarity with IDF weights from the claims being compared:
    of the claims' own group (a document) for two claims of one group, of
    their two groups together for two of different groups, so that a pair's
    score depends on its two documents only, never on what else is analysed
    with them."""

    def __init__(self, keys: list[Keys], groups: Optional[list[int]] = None):
        self.keys = keys
        self.groups = groups or [0] * len(keys)
        self._df: dict[int, Counter] = defaultdict(Counter)
        self._size: Counter = Counter(self.groups)
        for g, k in zip(self.groups, keys):
            self._df[g].update(k.all)
        self._own: dict[int, dict[str, float]] = {}      # each group's weights, built on first use
        self._bg: dict[str, float] = {}
        self._local: dict[tuple[int, int], float] = {}
        self._scores: dict[tuple[int, int], float] = {}

    def _weight(self, k: str, v: int, size: int) -> float:
        """A key held by v of the size claims being weighed."""
        if v <= 0:
            return 1.0
        local = self._local.get((v, size))
        if local is None:
            local = self._local[(v, size)] = 1.0 + math.log((size + 1) / (v + 0.5))
        bg = self._bg.get(k)
        if bg is None:
            bn, bdf = _background()
            # how rare the key is in news at large, brought to the per-document scale
            bg = self._bg[k] = 1.0 + math.log((bn + 1) / (bdf.get(k, 0) + 0.5)) * BACKGROUND_SCALE if bn else 0.0
        return 0.5 * local + 0.5 * bg if bg else local

    def _table(self, ga: int, gb: int) -> Callable[[str], float]:
        if ga == gb:
            own = self._own.get(ga)
            if own is None:
                size = self._size[ga]
                own = self._own[ga] = {k: self._weight(k, v, size) for k, v in self._df[ga].items()}
            return lambda k: own.get(k, 1.0)
        # two documents: their counts together, computed key by key (a table for
        # every pair of documents would cost more than the comparisons)
        dfa, dfb, size = self._df[ga], self._df[gb], self._size[ga] + self._size[gb]
        return lambda k: self._weight(k, dfa.get(k, 0) + dfb.get(k, 0), size)

    def __call__(self, a: int, b: int) -> float:
        # a pair scored when the candidates were chosen is scored again for its
        # features: the score is kept
        key = (a, b)
        got = self._scores.get(key)
        if got is None:
            got = self._scores[key] = similarity(self.keys[a], self.keys[b],
                                                 self._table(self.groups[a], self.groups[b]))
        return got


def nearest(pairs: list[tuple[int, int]], scorer: Scorer, neighbours: int = NEIGHBOURS) -> list[tuple[int, int]]:
    """The pairs that are among the `neighbours` most similar of either claim."""
    return nearest_by_score(pairs, [scorer(a, b) for a, b in pairs], neighbours)


def nearest_by_score(pairs: list[tuple[int, int]], scores: Sequence[float],
                     neighbours: int = NEIGHBOURS) -> list[tuple[int, int]]:
    """nearest() on the pairs' similarities computed already (on Dask workers)."""
    best: dict[int, list[float]] = defaultdict(list)
    for (a, b), s in zip(pairs, scores):
        best[a].append(s)
        best[b].append(s)
    cut = {i: sorted(v, reverse=True)[neighbours - 1] if len(v) >= neighbours else -1.0 for i, v in best.items()}
    return [(a, b) for (a, b), s in zip(pairs, scores) if s >= cut[a] or s >= cut[b]]


def cluster(n: int, pairs: list[tuple[int, int]], p_same: Sequence[float], threshold: float,
            links: Iterable[tuple[int, int]] = (), linkage: str = "average") -> list[list[int]]:
    """Groups of claim indices about one event.  Claims are merged by average
    linkage on the topic model's probabilities (a missing pair counts 0) while
    the best average reaches `threshold`; `links` (contradicting pairs) join
    their claims whatever the average.  Average linkage only merges inside
    the single-linkage components, which are computed first, however large
    (_average keeps the candidate merges in a heap: 20,000 claims of one
    component in about three seconds).  Groups come in order of their first
    claim.  ``linkage="single"`` keeps the components as they are."""
    if linkage not in ("single", "average"):
        raise ValueError(f"linkage must be 'single' or 'average', not {linkage!r}")
    links = list(links)
    parent = list(range(n))
    strong = [(a, b) for (a, b), p in zip(pairs, p_same) if p >= threshold]
    for a, b in strong + links:
        parent[root_of(parent, a)] = root_of(parent, b)
    comps = _groups(parent)
    out: list[list[int]] = []
    by_comp: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    comp_of = {i: k for k, g in enumerate(comps) for i in g}
    for (a, b), p in zip(pairs, p_same):
        if comp_of[a] == comp_of[b]:
            by_comp[comp_of[a]].append((a, b, p))
    linked = defaultdict(list)
    for a, b in links:
        linked[comp_of[a]].append((a, b))
    for k, g in enumerate(comps):
        if len(g) == 1 or linkage == "single":
            out.append(g)
        else:
            out.extend(_average(g, by_comp[k], threshold, linked[k]))
    return sorted(out, key=lambda v: v[0])


def _average(members: list[int], pairs: list[tuple[int, int, float]], threshold: float,
             links: list[tuple[int, int]]) -> list[list[int]]:
    """Average-linkage clustering of one component, starting from the groups
    that links force together: the two clusters whose pairs' probabilities
    average highest merge first (of equal averages, the lowest-numbered
    cluster's, then its partner's), until the best is below `threshold`."""
    parent = {i: i for i in members}

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x
    for a, b in links:
        parent[find(a)] = find(b)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in members:
        clusters[find(i)].append(i)
    # the links between clusters: the sum of their pairs' probabilities, by neighbour
    near: dict[int, dict[int, float]] = defaultdict(dict)
    for a, b, p in pairs:
        x, y = find(a), find(b)
        if x != y:
            near[x][y] = near[y].get(x, 0.0) + p
            near[y][x] = near[x][y]
    # the best average first (of equal ones, the lowest cluster's, then its
    # partner's); an entry is stale once either cluster has grown
    grown = dict.fromkeys(clusters, 0)

    def entry(x: int, y: int) -> tuple[float, int, int, int, int]:
        x, y = min(x, y), max(x, y)
        return (-near[x][y] / (len(clusters[x]) * len(clusters[y])), x, y, grown[x], grown[y])
    heap = [entry(x, y) for x in near for y in near[x] if x < y]
    heapq.heapify(heap)
    while heap:
        neg, x, y, gx, gy = heapq.heappop(heap)
        if x not in clusters or y not in clusters or grown[x] != gx or grown[y] != gy:
            continue
        if -neg < threshold:
            break
        clusters[x].extend(clusters.pop(y))
        grown[x] += 1
        for w, s in near.pop(y).items():
            del near[w][y]
            if w != x:
                near[x][w] = near[x].get(w, 0.0) + s
                near[w][x] = near[x][w]
        near[x].pop(y, None)
        for w in near[x]:
            heapq.heappush(heap, entry(x, w))
    return [sorted(v) for v in clusters.values()]


def _groups(parent: list[int]) -> list[list[int]]:
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(parent)):
        members[root_of(parent, i)].append(i)
    return sorted(members.values(), key=lambda v: v[0])


def topics(claims: list[Claim], keys: list[Keys], groups: list[list[int]]) -> tuple[list[str], list[Topic]]:
    """(topic id of each claim, the topics) for groups of claim indices."""
    ids = [""] * len(claims)
    out: list[Topic] = []
    for g in groups:
        tid = f"t{len(out) + 1}"
        for i in g:
            ids[i] = tid
        out.append(Topic(id=tid, label=label([claims[i] for i in g], [keys[i] for i in g]),
                         claims=[claims[i].id for i in g]))
    return ids, out


def label(claims: list[Claim], keys: list[Keys], max_words: int = 6) -> str:
    """A short label that names the event: the run of at most `max_words`
    consecutive words, from one claim's content, with the most weight, where
    a word weighs by how many of the topic's claims hold it and how rare it
    is in news at large (a name or a place more than "قال" or "اليوم");
    function words weigh nothing and are trimmed from both ends."""
    counts: Counter = Counter()
    for k in keys:
        counts.update(k.words)
    bn, bdf = _background()
    many = len(claims) > 1

    def weight(word: str, own: Keys, names: frozenset) -> float:
        form = strip_proclitics(fold(word))
        if form not in own.words:
            # a figure belongs to the event ("5 آلاف"); a function word or a negation does not
            return 0.3 if word[:1].isdigit() else -0.05
        rarity = math.log((bn + 1) / (bdf.get(form, 0) + 0.5)) if bn else 1.0
        shared = counts[form] - 1 + 0.25 if many else 1.0
        named = 2.0 if fold(word) in names or form in names else 1.0     # names and places name events
        return shared * max(0.1, rarity) * named

    best: Optional[tuple[float, list[str], list[float]]] = None
    for c, k in zip(claims, keys):
        if not c.content:
            continue
        raw = WORD.findall(c.content.text)
        if not raw:
            continue
        gain = [weight(w, k, c.content_names) for w in raw]
        for i in range(max(1, len(raw) - max_words + 1)):
            score = sum(gain[i:i + max_words]) - 0.01 * i      # earlier runs win ties
            if best is None or score > best[0]:
                best = (score, raw[i:i + max_words], gain[i:i + max_words])
    if best is None:
        return "—"
    _, window, gains = best
    a, b = 0, len(window)
    while b - a > 1 and gains[a] <= 0:
        a += 1
    while b - a > 1 and gains[b - 1] <= 0:
        b -= 1
    return " ".join(window[a:b])
