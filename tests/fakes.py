"""A whitespace parse that stands in for Stanza in fast CLI tests, and the
article they read (sentences written for the tests)."""
import re

import pytest

import claimcheck.pipeline as pipeline
from claimcheck.types import ParsedDoc, Sentence, Word

ARTICLE = ("نفت وزارة الداخلية أن يكون المعبر الحدودي قد أغلق أمام الشاحنات.\n"
           "وكانت صحيفة المساء قد نقلت عن مصادر في الجمارك أن المعبر الحدودي أغلق أمام الشاحنات.\n")


def fake_parse_many(texts, models, progress=None, jobs=1, **kw):
    out = []
    for t in texts:
        sents = []
        for m in re.finditer(r"[^\n]+", t):
            ws = [Word(i + 1, w.group(0), w.group(0), "VERB" if i == 0 else "NOUN", "", 0 if i == 0 else 1,
                       "root" if i == 0 else "dep", m.start() + w.start(), m.start() + w.end())
                  for i, w in enumerate(re.finditer(r"\S+", m.group(0)))]
            if ws:
                sents.append(Sentence(ws, ws[0].start, ws[-1].end))
        out.append(ParsedDoc(t, sents))
    return out


@pytest.fixture()
def article(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


NAMES = {"فادي", "سليم", "سلمى", "حداد"}


def _fake_tag(s: Sentence) -> None:
    """The whitespace parse of one sentence: the first word a VERB at the root,
    the others its dependents (names PROPN)."""
    for i, w in enumerate(s.words):
        w.upos = "VERB" if i == 0 else ("PROPN" if w.text in NAMES else "NOUN")
        w.head, w.deprel = (0, "root") if i == 0 else (1, "dep")
    s.parsed = True


class FakeStanza:
    """Stands in for the parse stage with selection: parse_many tokenizes at
    line breaks (sentences tokens only) and tags the selected ones; complete
    tags more.  `parsed` lists each (text, sentence index) tagged."""

    def __init__(self):
        self.parsed: list[tuple[str, int]] = []

    def parse_many(self, texts, models, progress=None, jobs=1, select=None, device="auto", **kw):
        docs = []
        for t in texts:
            sents = []
            for m in re.finditer(r"[^\n]+", t):
                ws = [Word(i + 1, w.group(0), w.group(0), "X", "", 0, "dep", m.start() + w.start(), m.start() + w.end())
                      for i, w in enumerate(re.finditer(r"\S+", m.group(0)))]
                if ws:
                    sents.append(Sentence(ws, ws[0].start, ws[-1].end, parsed=False))
            docs.append(ParsedDoc(t, sents))
        self.complete(docs, [None if select is None else select(d) for d in docs], models)
        return docs

    def complete(self, docs, wanted, models, progress=None, batch_chars=8000, device="auto"):
        n = 0
        for d, want in zip(docs, wanted):
            for i in (range(len(d.sentences)) if want is None else sorted(want)):
                if not d.sentences[i].parsed:
                    _fake_tag(d.sentences[i])
                    self.parsed.append((d.text, i))
                    n += 1
        return n

    def install(self, monkeypatch):
        monkeypatch.setattr(pipeline, "parse_many", self.parse_many)
        monkeypatch.setattr(pipeline, "complete", self.complete)
        return self
