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
