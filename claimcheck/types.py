"""Typed data passed between the pipeline stages.

Every span keeps character offsets into the original (decoded) document text:
``text[span.start:span.end] == span.text`` always holds.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Word:
    """One syntactic word of the parse (Arabic clitics are their own words)."""
    id: int                 # 1-based index within the sentence
    text: str
    lemma: str
    upos: str
    feats: str
    head: int               # 0 = root
    deprel: str
    start: int              # offsets into the document text
    end: int
    space_after: bool = True


@dataclass
class Sentence:
    words: list[Word]
    start: int
    end: int
    paragraph: int = 0
    parsed: bool = True     # False: tokens only (upos "X", no heads), see parse.complete

    @property
    def text(self) -> str:  # pragma: no cover - convenience only
        return " ".join(w.text for w in self.words)


@dataclass
class ParsedDoc:
    text: str
    sentences: list[Sentence]
    model: str = ""

    def words(self):
        for s in self.sentences:
            yield from s.words


@dataclass(slots=True)
class Cue:
    span: Span              # the orthographic word(s) carrying the cue, e.g. "ونفى"
    lemma: str              # lexicon lemma, e.g. "نفى"
    kind: str               # say, report, confirm, deny, ...
    stance: str             # assert | deny
    form: str               # verb | participle | noun | preposition | phrase
    sentence: int
    word: int               # index of the head word in the sentence's words
    hedge: bool = False
    paragraph: int = 0      # the line of the text the sentence stands in (0: the headline)


@dataclass(slots=True)
class Claim:
    id: str
    doc: str
    cue: Cue
    source: Optional[Span]
    canonical: Optional[str]
    content: Optional[Span]
    stance: str
    negated: bool = False
    hedged: bool = False
    topic: Optional[str] = None
    inherited_source: bool = False   # source resolved from an earlier sentence
    source_propn: tuple = ()         # parser-tagged proper-noun runs of the source (for canonical names)
    content_names: frozenset = frozenset()   # folded content words the parser tagged PROPN or ADJ

    def speaker(self, missing: str = "—") -> str:
        """Who makes the claim, as a reader names them: the canonical name,
        else the source as written, else `missing`."""
        return self.canonical or (self.source.text if self.source else missing)

    def to_dict(self) -> dict:
        d = {
            "id": self.id,
            "doc": self.doc,
            "cue": {**self.cue.span.to_dict(), "lemma": self.cue.lemma, "kind": self.cue.kind},
            "source": None if self.source is None else {**self.source.to_dict(), "canonical": self.canonical},
            "content": None if self.content is None else self.content.to_dict(),
            "stance": self.stance,
            "negated": self.negated,
            "hedged": self.hedged,
            "topic": self.topic,
        }
        if self.inherited_source and self.source is not None:
            d["source"] = {**self.source.to_dict(), "canonical": self.canonical, "inherited": True}
        return d


@dataclass
class Topic:
    id: str
    label: str
    claims: list[str]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Contradiction:
    claims: tuple[str, str]
    topic: str
    kind: str              # denial | negation | opposing | numeric
    score: float
    reason: str
    fingerprint: str = ""      # stable across runs, paths and claim order (acknowledgements name it)
    acknowledged: bool = False  # an editor has looked at it (--acknowledged): it fails no check
    via: Optional[str] = None   # a restatement: the claim whose contradiction with the first it shares

    def to_dict(self) -> dict:
        return {"claims": list(self.claims), "topic": self.topic, "kind": self.kind,
                "score": round(self.score, 3), "reason": self.reason, "fingerprint": self.fingerprint,
                "acknowledged": self.acknowledged, "via": self.via}


@dataclass
class Document:
    id: str                # path as given, "-" for stdin
    text: str
    sentences: int = 0     # sentences the parser found


@dataclass
class Report:
    documents: list[Document]
    claims: list[Claim]
    topics: list[Topic]
    contradictions: list[Contradiction]
    model: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def count_unsourced(self) -> int:
        """Claims without a source."""
        return sum(1 for c in self.claims if c.source is None)

    def claim_docs(self) -> Mapping[str, str]:
        """Each claim's document, by claim id."""
        return {c.id: c.doc for c in self.claims}

    def unsourced_documents(self) -> list[str]:
        """The documents with a claim without a source, in order."""
        return list(dict.fromkeys(c.doc for c in self.claims if c.source is None))
