"""The library entry point: text in, Report out.

read text -> parse (Stanza, cached) -> find cues and attach source and
content -> cluster topics -> compare claims -> Report.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from . import contradict, extract as extract_mod, topics as topics_mod
from .cache import ParseCache
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .models import ModelSet, resolve, stanza_version
from .parse import parse_many
from .types import Claim, Document, ParsedDoc, Report


def parse_documents(texts: Sequence[str], models: ModelSet, cache: Optional[ParseCache] = None,
                    progress: Optional[Callable[[int], None]] = None, jobs: int = 1) -> list[ParsedDoc]:
    """Parse texts, taking what the cache has and parsing the rest in one batch."""
    out: list[Optional[ParsedDoc]] = [None] * len(texts)
    todo = []
    for i, t in enumerate(texts):
        hit = cache.get(t, models.identity) if cache is not None else None
        if hit is not None:
            out[i] = hit
            if progress:
                progress(len(t))
        else:
            todo.append(i)
    if todo:
        parsed = parse_many([texts[i] for i in todo], models, progress=progress, jobs=jobs)
        for i, d in zip(todo, parsed):
            out[i] = d
            if cache is not None:
                cache.put(texts[i], models.identity, d)
    return out  # type: ignore[return-value]


def build_report(docs: list[Document], lex: Lexicon, per_document: bool = False, min_score: float = 0.0,
                 model: Optional[dict] = None) -> Report:
    """Extract, cluster and compare claims of already parsed documents."""
    claims: list[Claim] = []
    groups: list[int] = []
    ext = extract_mod.Extractor(lex)
    for di, d in enumerate(docs):
        found = ext.extract(d.parsed, d.id, f"d{di}:")
        claims.extend(found)
        groups.extend([di] * len(found))
    g = groups if per_document else None
    km = topics_mod.KeyMaker(lex)
    keys = [km(c.content.text if c.content else "") for c in claims]
    pairs = contradict.find(claims, keys, lex, groups=g, min_score=min_score)
    topics, _ = topics_mod.cluster(claims, lex, groups=g, extra_links=[(i, j) for i, j, _ in pairs], keymaker=km)
    contradictions = []
    for i, j, c in pairs:
        c.topic = claims[i].topic
        contradictions.append(c)
    return Report(documents=docs, claims=claims, topics=topics, contradictions=contradictions,
                  model=model or {})


def analyze(texts: str | Sequence[str], ids: Optional[Sequence[str]] = None, *, models: str | ModelSet = "embedded",
            config: Iterable[str | Path] = (), per_document: bool = False, min_score: float = 0.0,
            cache: bool | ParseCache = False, progress: Optional[Callable[[int], None]] = None,
            lexicon: Optional[Lexicon] = None, jobs: int = 1) -> Report:
    """Analyse one or more texts.

    >>> report = analyze("نفى الوزير أن الحكومة رفعت الأسعار.")   # doctest: +SKIP
    >>> [c.stance for c in report.claims]                          # doctest: +SKIP
    ['deny']

    `ids` name the documents (default d0, d1, ...); `models` is "embedded",
    "official", a folder or a ModelSet; `config` lists YAML files that extend
    the lexicons; `cache` is True for the user cache folder or a ParseCache.
    """
    if isinstance(texts, str):
        texts = [texts]
    texts = list(texts)
    ids = list(ids) if ids is not None else [f"d{i}" for i in range(len(texts))]
    ms = models if isinstance(models, ModelSet) else resolve(models)
    lex = lexicon or (load_lexicon(config) if config else default_lexicon())
    pc = cache if isinstance(cache, ParseCache) else (ParseCache() if cache else None)
    parsed = parse_documents(texts, ms, pc, progress, jobs=jobs)
    docs = [Document(id=i, text=t, parsed=p) for i, t, p in zip(ids, texts, parsed)]
    report = build_report(docs, lex, per_document=per_document, min_score=min_score,
                          model={"name": ms.name, "id": ms.identity, "stanza": stanza_version()})
    if pc is not None:
        report.warnings.extend(pc.warnings)
    return report
