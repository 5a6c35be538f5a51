"""The parse stage: text -> ParsedDoc (sentences of words with lemma, UPOS,
features, head, relation and character offsets into the original text).

News text puts one paragraph per line, so the text is split into paragraphs at
line breaks before Stanza sees it.  Stanza (and torch) are imported lazily and
each pipeline is loaded once per process.
"""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from typing import Optional

from .errors import ModelError
from .models import ModelSet
from .types import ParsedDoc, Sentence, Word

_PIPELINES: dict[str, object] = {}
_PARA = re.compile(r"[^\r\n]+")
# Paragraphs longer than this are cut at sentence punctuation or spaces before
# Stanza sees them, so that one huge line cannot exhaust memory.
MAX_PARAGRAPH = 5000


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-blank line, long lines cut into pieces."""
    out = []
    for m in _PARA.finditer(text):
        s = m.group(0)
        if not s.strip():
            continue
        start = m.start()
        while len(s) > MAX_PARAGRAPH:
            cut = max(s.rfind(ch, 0, MAX_PARAGRAPH) for ch in ".!?؟\u06d4")
            if cut < MAX_PARAGRAPH // 2:
                cut = s.rfind(" ", 0, MAX_PARAGRAPH)
            if cut < MAX_PARAGRAPH // 2:
                cut = MAX_PARAGRAPH - 1
            out.append((start, s[: cut + 1]))
            start += cut + 1
            s = s[cut + 1:]
        if s.strip():
            out.append((start, s))
    return out


def pipeline(models: ModelSet):
    """The Stanza pipeline for a model set, loaded on first use."""
    key = models.identity
    nlp = _PIPELINES.get(key)
    if nlp is not None:
        return nlp
    try:
        import stanza
    except ImportError as e:  # pragma: no cover - stanza is a dependency
        raise ModelError(f"stanza is not installed ({e}); pip install stanza") from None
    logging.getLogger("stanza").setLevel(logging.ERROR)
    kwargs = {f"{proc}_model_path": str(path) for proc, path in models.paths.items()}
    procs = {proc: (models.package or "default") for proc in models.paths}
    try:
        if models.name == "official":
            nlp = stanza.Pipeline("ar", dir=str(models.dir), processors=",".join(models.paths),
                                  download_method=None, logging_level="ERROR", use_gpu=False)
        else:
            resources = models.dir / "resources.json"
            if not resources.exists():
                resources = models.dir / "resources.json"
                _write_resources(resources, procs)
            nlp = stanza.Pipeline("ar", dir=str(models.dir), package=models.package or "embedded",
                                  processors=procs, download_method=None, logging_level="ERROR",
                                  use_gpu=False, **kwargs)
    except ModelError:
        raise
    except Exception as e:
        raise ModelError(f"could not load the Stanza models from {models.dir}: {type(e).__name__}: {e}") from None
    _PIPELINES[key] = nlp
    return nlp


def _write_resources(path, procs: dict) -> None:  # pragma: no cover - user folders only
    import json
    try:
        path.write_text(json.dumps({"ar": {"lang_name": "Arabic", "packages": {"default": procs},
                                           "default_processors": procs,
                                           **{p: {v: {}} for p, v in procs.items()}}}), encoding="utf-8")
    except OSError as e:
        raise ModelError(f"{path.parent} needs a resources.json and is not writable ({e.strerror})") from None


def _convert(text: str, pieces: list[tuple[int, str]], docs: list, model: str) -> ParsedDoc:
    sentences: list[Sentence] = []
    for pi, ((off, para), doc) in enumerate(zip(pieces, docs)):
        for sent in doc.sentences:
            words: list[Word] = []
            for tok in sent.tokens:
                ts, te = tok.start_char, tok.end_char
                if ts is None or te is None or para[ts:te] != tok.text:
                    # Stanza lost the offsets: find the token text near where it should be
                    prev = words[-1].end - off if words else 0
                    k = para.find(tok.text, prev)
                    ts, te = (k, k + len(tok.text)) if k >= 0 else (prev, prev)
                multi = len(tok.words) > 1
                for w in tok.words:
                    words.append(Word(
                        id=w.id, text=w.text if multi else para[ts:te], lemma=w.lemma or w.text, upos=w.upos or "X",
                        feats=w.feats or "", head=w.head or 0, deprel=w.deprel or "dep",
                        start=off + ts, end=off + te,
                        space_after=not multi and (te >= len(para) or para[te:te + 1].isspace())))
            if words:
                sentences.append(Sentence(words=words, start=words[0].start, end=words[-1].end, paragraph=pi))
    return ParsedDoc(text=text, sentences=sentences, model=model)


def _worker(args) -> list[ParsedDoc]:
    texts, models, threads = args
    try:
        import torch
        torch.set_num_threads(threads)
    except ImportError:  # pragma: no cover
        pass
    return parse_many(texts, models)


def _parallel(texts: list[str], models: ModelSet, jobs: int,
              progress: Optional[Callable[[int], None]]) -> list[ParsedDoc]:
    """Parse in `jobs` processes, each a contiguous share of the documents (by
    size), results in input order."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    total = sum(len(t) for t in texts) or 1
    chunks: list[list[int]] = [[] for _ in range(jobs)]
    acc = 0
    for i, t in enumerate(texts):
        chunks[min(jobs - 1, acc * jobs // total)].append(i)
        acc += len(t)
    chunks = [c for c in chunks if c]
    threads = max(1, (os.cpu_count() or 1) // len(chunks))
    out: list[Optional[ParsedDoc]] = [None] * len(texts)
    with ProcessPoolExecutor(max_workers=len(chunks), mp_context=mp.get_context("spawn")) as ex:
        futs = [(c, ex.submit(_worker, ([texts[i] for i in c], models, threads))) for c in chunks]
        for c, fut in futs:
            for i, d in zip(c, fut.result()):
                out[i] = d
                if progress:
                    progress(len(texts[i]))
    return out  # type: ignore[return-value]


def parse_many(texts: list[str], models: ModelSet,
               progress: Optional[Callable[[int], None]] = None, batch_chars: int = 8000,
               jobs: int = 1) -> list[ParsedDoc]:
    """Parse several documents with Stanza's bulk processing, in batches of
    paragraphs of about `batch_chars` characters; `progress(n)` is called with
    the number of characters done after each batch.  With jobs > 1 and several
    documents, documents are shared out to that many processes."""
    if jobs > 1 and len(texts) > 1:
        return _parallel(texts, models, min(jobs, len(texts)), progress)
    nlp = pipeline(models)
    pieces = [paragraphs(t) for t in texts]
    flat = [(di, off, p) for di, ps in enumerate(pieces) for off, p in ps]
    results: list = []
    batch: list = []
    size = 0

    def flush():
        nonlocal batch, size
        if batch:
            results.extend(nlp.bulk_process([p for _, _, p in batch]))
            if progress:
                progress(size)
        batch, size = [], 0

    for item in flat:
        batch.append(item)
        size += len(item[2])
        if size >= batch_chars:
            flush()
    flush()
    per_doc: list[list] = [[] for _ in texts]
    for (di, _, _), d in zip(flat, results):
        per_doc[di].append(d)
    return [_convert(t, ps, ds, models.identity) for t, ps, ds in zip(texts, pieces, per_doc)]


def parse(text: str, models: ModelSet) -> ParsedDoc:
    return parse_many([text], models)[0]


# ---- serialisation (for the parse cache) ---------------------------------

_FIELDS = ("id", "text", "lemma", "upos", "feats", "head", "deprel", "start", "end", "space_after")


def to_data(doc: ParsedDoc) -> dict:
    return {"model": doc.model, "sentences": [
        {"p": s.paragraph, "w": [[getattr(w, f) for f in _FIELDS] for w in s.words]} for s in doc.sentences]}


def from_data(text: str, data: dict) -> ParsedDoc:
    sents = []
    for s in data["sentences"]:
        words = [Word(*row) for row in s["w"]]
        for w in words:
            if text[w.start:w.end] == "" and w.text:
                raise ValueError("offsets do not fit the text")
        sents.append(Sentence(words=words, start=words[0].start, end=words[-1].end, paragraph=s["p"]))
    return ParsedDoc(text=text, sentences=sents, model=data.get("model", ""))
