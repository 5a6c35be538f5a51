"""The library entry point: text in, Report out.  The stages, in the order the
data flows (each a module, typed data between them):

    read        textio        bytes -> text (the CLI; the library takes text)
    parse       parse, cache  text -> ParsedDoc (Stanza, cached)
    claims      extract,      ParsedDoc -> Claim (cue, source, content),
                sources       canonical source names
    stance      stance        Claim -> Claim (assert / deny, negated, hedged)
    frames      frames        Claim -> Frame (predicate classes, polarity, figures)
    pairs       pairs         claims + frames -> candidate pairs and their features
    contradict  contradict    features -> Conflict (learned model, kind, reason)
    topics      topics        features + conflicts -> Topic (learned model, clustering)
    report      report,       Report -> json, jsonl, csv, markdown, html, table
                htmlreport,
                render

Beside them: archive (claims stored, drafts checked against them through the
same pairs, contradict and topics stages) and distributed (parse and claims on
Dask workers).

Documents are cut into segments of whole paragraphs (at most SEGMENT
characters); segments are parsed in batches with Stanza's bulk processing and
each parse is reduced to its claims at once, so memory stays bounded however
large the input is.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import numpy as np

from . import contradict, learned, stance
from . import pairs as pairs_mod
from . import topics as topics_mod
from .arabic import fold
from .cache import ParseCache
from .extract import Extractor
from .frames import Frame, frame
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .models import ModelSet, resolve
from .parse import Select, check_device, complete, paragraphs, parse_many
from .sources import canonical_names, run_speakers
from .topics import Keys
from .types import Claim, Contradiction, Document, ParsedDoc, Report, Span

if TYPE_CHECKING:
    from .crossdoc import StreamedReport

SEGMENT = 100_000        # characters of one parse unit
BATCH = 200_000          # characters parsed in one bulk call


def segments(text: str, size: int = SEGMENT) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of whole paragraphs covering the text."""
    if len(text) <= size:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    start = 0
    last_end = 0
    for off, p in paragraphs(text):
        end = off + len(p)
        if end - start > size and last_end > start:
            out.append((start, last_end))
            start = last_end
        last_end = end
    out.append((start, len(text)))
    return out


@dataclass(frozen=True)
class ParseOptions:
    """How the parse stage runs."""
    models: ModelSet
    device: str = "auto"     # auto, cpu or cuda (resolved when the models load: a cached run imports no torch)
    full: bool = False       # parse every sentence, not only those that can carry a claim
    jobs: int = 1            # processes


def parse_documents(texts: Sequence[str], opts: ParseOptions | ModelSet, cache: Optional[ParseCache] = None,
                    progress: Optional[Callable[[int], None]] = None,
                    select: Optional[Select] = None) -> list[ParsedDoc]:
    """Parse texts: what the cache has is taken and the rest is tokenized and
    parsed in one batch, each document's sentences that `select` names (None:
    all); a cached document whose selected sentences are not all parsed yet
    (a lexicon with more cues selects more) is parsed further."""
    opts = opts if isinstance(opts, ParseOptions) else ParseOptions(opts)
    ms = opts.models
    out: list[Optional[ParsedDoc]] = [None] * len(texts)
    todo = []
    for i, t in enumerate(texts):
        hit = cache.get(t, ms.identity) if cache is not None else None
        if hit is not None:
            out[i] = hit
            if progress:
                progress(len(t))
        else:
            todo.append(i)
    if todo:
        parsed = parse_many([texts[i] for i in todo], ms, progress=progress, jobs=opts.jobs, select=select,
                            device=opts.device)
        for i, d in zip(todo, parsed):
            out[i] = d
    docs: list[ParsedDoc] = out  # type: ignore[assignment]
    fresh = set(todo)
    wanted = [set() if i in fresh else (None if select is None else select(d)) for i, d in enumerate(docs)]
    fill(docs, wanted, opts, cache, store=fresh)
    return docs


def fill(docs: Sequence[ParsedDoc], wanted: Sequence[Optional[Iterable[int]]], opts: ParseOptions,
         cache: Optional[ParseCache] = None, store: Iterable[int] = ()) -> list[int]:
    """Parse the sentences of `wanted` (per document; None: all) that are
    tokens only; the cache gets each document that changed and those in
    `store`.  Returns the indices of the documents that changed."""
    before = [sum(s.parsed for s in d.sentences) for d in docs]
    complete(docs, wanted, opts.models, device=opts.device)
    changed = [i for i, d in enumerate(docs) if sum(s.parsed for s in d.sentences) != before[i]]
    if cache is not None:
        for i in sorted(set(changed) | set(store)):
            cache.put(docs[i].text, opts.models.identity, docs[i])
    return changed


def _shift(span: Optional[Span], text: str, off: int) -> Optional[Span]:
    return None if span is None else _move(span, text, off)


def _move(span: Span, text: str, off: int) -> Span:
    """A span of a segment as a span of the whole text."""
    if off == 0:
        return span
    s, e = span.start + off, span.end + off
    return Span(text[s:e], s, e)


def extract_claims(texts: Sequence[str], opts: ParseOptions, lex: Lexicon, cache: Optional[ParseCache] = None,
                   progress: Optional[Callable[[int], None]] = None) -> Iterator[tuple[int, list[Claim], int]]:
    """Yield (document index, claims, sentences) per segment, in order.  Only
    the sentences that can carry a claim are parsed (all with opts.full), and
    then the few a claim reads beyond its own (a speaker named in the sentence
    before), after which those segments are read again."""
    ext = Extractor(lex)
    select = None if opts.full else ext.candidates
    units = [(di, a, b) for di, t in enumerate(texts) for a, b in segments(t)]
    i = 0
    while i < len(units):
        j, size = i, 0
        while j < len(units) and (j == i or size + units[j][2] - units[j][1] <= BATCH):
            size += units[j][2] - units[j][1]
            j += 1
        batch = units[i:j]
        step = _BatchProgress(progress, size) if progress else None
        parsed = parse_documents([texts[di][a:b] for di, a, b in batch], opts, cache, step, select)
        found = []
        for doc in parsed:
            claims = ext.extract(doc, "", "", canonical=False)   # names are merged per document below
            found.append((claims, ext.unparsed))
        for k in fill(parsed, [need for _, need in found], opts, cache):
            found[k] = (ext.extract(parsed[k], "", "", canonical=False), set())
        if step is not None:
            step.finish()
        for (di, a, _), doc, (claims, _) in zip(batch, parsed, found):
            for c in claims:
                c.cue.span = _move(c.cue.span, texts[di], a)
                c.source = _shift(c.source, texts[di], a)
                c.content = _shift(c.content, texts[di], a)
            yield di, claims, len(doc.sentences)
        i = j


@dataclass
class PairTable:
    """The candidate-pair stage's output: what the decision stages read."""
    keys: list[Keys]            # topic keys of each claim
    frames: list[Frame]         # proposition frame of each claim
    pairs: list[tuple[int, int]]
    X: np.ndarray               # pair features (pairs.FEATURES)
    not_compared: int = 0       # pairs the blocking index left out (past pairs.WITHIN_DOC claims or FEW_DOCUMENTS)
    blocked: int = 0            # pairs it kept (some then left out as of two documents on two events)


def pair_table(claims: list[Claim], doc_index: list[int], lex: Lexicon, per_document: bool,
               only: Optional[list[tuple[int, int]]] = None, client: Optional[Any] = None,
               texts: Sequence[str] = (), event_threshold: Optional[float] = None) -> PairTable:
    """frames -> candidate pairs -> features (`only`: these pairs, chosen by
    the caller, e.g. a draft against archived claims).  `texts`, the
    documents' texts in doc_index's order: two claims of two documents whose
    texts are less alike than `event_threshold` (default: the topic model's
    document_threshold) are not compared (pairs.one_event).  With a Dask
    `client` and more than distributed.PAIRS_PER_TASK candidates, the
    workers compute the feature rows (the cross-document stage's main cost),
    in order."""
    km, keys, frames, ctx, sim = _prepared(claims, doc_index, lex)
    cand = pairs_mod.candidates(ctx, keys, per_document, sim.content) if only is None else sorted(only)
    blocked = len(cand)     # (what blocking kept: the warning counts what it left out)
    if texts and not per_document and len(set(doc_index)) > 1:
        limit = learned.packaged()["topic"].document_threshold if event_threshold is None else event_threshold
        cand = pairs_mod.one_event(cand, doc_index, [km(t, roots=False) for t in texts], limit)
    from . import distributed
    if client is not None and len(cand) > distributed.PAIRS_PER_TASK:
        X = distributed.pair_rows(client, claims, ctx, sim, lex, cand)
        pairs_mod.relative(X, ctx, cand)
    else:
        X = pairs_mod.features(claims, ctx, cand, sim, lex)
    if only is not None:
        return PairTable(keys, frames, cand, X)
    sizes = np.bincount(np.asarray(doc_index, dtype=int)) if per_document and claims else np.array([len(claims)])
    every = int((sizes * (sizes - 1) // 2).sum())
    return PairTable(keys, frames, cand, X, every - blocked, blocked)


def _prepared(claims: list[Claim], doc_index: list[int], lex: Lexicon, speakers: Optional[list[str]] = None):
    """What the features of any pair read: the key maker, each claim's keys,
    frame and context, and the similarity scorers (`speakers`: the run's,
    sources.run_speakers, when these claims are part of a larger run)."""
    km = topics_mod.KeyMaker(lex)
    keys = [km(c.content.text if c.content else "") for c in claims]
    if speakers is None:
        speakers = run_speakers(claims, doc_index, lex)
    frames = [frame(c, lex, speaker=s) for c, s in zip(claims, speakers)]
    ctx = pairs_mod.contexts(claims, doc_index, keys, frames, speakers, lex)
    wide = [km(" ".join(x.text for x in (c.source, c.content) if x is not None)) for c in claims]
    return km, keys, frames, ctx, pairs_mod.similarity(keys, wide, doc_index)


def part_table(claims: list[Claim], doc_index: list[int], lex: Lexicon, cand: list[tuple[int, int]],
               speakers: list[str]) -> PairTable:
    """The pair table of some documents of a larger run whose candidate pairs
    (sorted) and speakers the run has chosen already (crossdoc: a chunk's
    pairs on a Dask worker).  A pair's row depends on its two documents
    alone, so it is the run's row when `cand` holds every candidate pair of
    each pair of documents it touches (pairs.relative compares them)."""
    _, keys, frames, ctx, sim = _prepared(claims, doc_index, lex, speakers)
    return PairTable(keys, frames, cand, pairs_mod.features(claims, ctx, cand, sim, lex))


def fingerprint(a: Claim, b: Claim) -> str:
    """A contradiction's name an editor can write down: the same two claims (by
    source, cue and content, folded) give the same 12 hex digits whatever the
    file is called, where it sits or which claim comes first."""
    import hashlib

    def one(c: Claim) -> str:
        parts = (c.speaker(""), c.cue.span.text,
                 c.content.text if c.content else "")
        return "\x1f".join(" ".join(fold(p).split()) for p in parts)
    return hashlib.sha1("\x1e".join(sorted((one(a), one(b)))).encode("utf-8")).hexdigest()[:12]


class _BatchProgress:
    """Progress within one batch of `size` characters: the parser's reports pass
    through as they come, capped at the batch, and `finish` reports whatever
    they left out (so the total is exact)."""

    def __init__(self, progress: Callable[[int], None], size: int):
        self.progress, self.size, self.done = progress, size, 0

    def __call__(self, n: int) -> None:
        n = min(n, self.size - self.done)
        if n > 0:
            self.done += n
            self.progress(n)

    def finish(self) -> None:
        self(self.size - self.done)


def build_report(docs: list[Document], claims: list[Claim], lex: Lexicon, per_document: bool = False,
                 min_score: Optional[float] = None, model: Optional[dict] = None,
                 acknowledged: frozenset[str] = frozenset(),
                 only: Optional[list[tuple[int, int]]] = None, client: Optional[Any] = None) -> Report:
    """frames -> candidate pairs -> contradictions -> topics -> Report."""
    report, table = _decide(docs, claims, lex, per_document, min_score, model, acknowledged, only, client)
    if table.not_compared:
        report.warnings.append(_not_compared(len(report.claims), len(docs), table.not_compared, table.blocked))
    return report


def _decide(docs: list[Document], claims: list[Claim], lex: Lexicon, per_document: bool,
            min_score: Optional[float], model: Optional[dict], acknowledged: frozenset[str],
            only: Optional[list[tuple[int, int]]], client: Optional[Any]) -> tuple[Report, PairTable]:
    """build_report's work, and the pair table it read (for the warning)."""
    index = {d.id: k for k, d in enumerate(docs)}
    table = pair_table(claims, [index[c.doc] for c in claims], lex, per_document, only, client,
                       [d.text for d in docs])
    # restatements need every pair among the claims, not the caller's chosen
    # ones (a draft against its archived neighbours)
    conflicts, groups = judge(claims, table, lex, min_score, restate=only is None)
    topic_ids, topics = topics_mod.topics(claims, table.keys, groups)
    claims = [replace(c, topic=t) for c, t in zip(claims, topic_ids)]
    contradictions = []
    for c in conflicts:
        if min_score is not None and c.score < min_score:
            continue
        fp = fingerprint(claims[c.a], claims[c.b])
        contradictions.append(Contradiction(claims=(claims[c.a].id, claims[c.b].id), topic=topic_ids[c.a],
                                            kind=c.kind, score=round(c.score, 3), reason=c.reason, fingerprint=fp,
                                            acknowledged=fp in acknowledged,
                                            via=None if c.via is None else claims[c.via].id))
    report = Report(documents=docs, claims=claims, topics=topics, contradictions=contradictions,
                    model=model or {})
    return report, table


def judge(claims: list[Claim], table: PairTable, lex: Lexicon, min_score: Optional[float],
          restate: bool = True) -> tuple[list[contradict.Conflict], list[list[int]]]:
    """contradictions -> topics on a pair table: the conflicts (in pair
    order) and the groups of claim indices about one event (in order of
    their first claim); `restate`: denials reach the restatements of what
    they deny (the table holds every candidate pair among the claims)."""
    models = learned.packaged()
    p_topic = models["topic"].prob(table.X)
    conflicts = contradict.decide(claims, table.frames, table.pairs, table.X, p_topic,
                                  models["contradiction"], lex, floor=min_score, denial=models.get("denial"),
                                  topic_threshold=_restate_threshold(models) if restate else None,
                                  words=[k.words for k in table.keys])
    groups = topics_mod.cluster(len(claims), table.pairs, p_topic, models["topic"].threshold,
                                links=[(c.a, c.b) for c in conflicts if c.confident],
                                linkage=models["topic"].linkage)
    return conflicts, groups


def _restate_threshold(models: dict) -> float:
    """The topic probability a restatement's link needs: the contradiction
    model's, else the topic model's threshold."""
    r = models["contradiction"].restate_threshold
    return r if r is not None else models["topic"].threshold


def _not_compared(claims: int, docs: int, not_compared: int, pairs: int) -> str:
    return (f"{claims:,} claims in {docs:,} documents, past what is compared pair by pair "
            f"({pairs_mod.WITHIN_DOC} claims in at most {pairs_mod.FEW_DOCUMENTS} documents): "
            f"{not_compared:,} of {not_compared + pairs:,} pairs of claims that share "
            "no informative word (or only very common ones) were not compared")


def analyze(texts: str | Sequence[str], ids: Optional[Sequence[str]] = None, *, models: str | ModelSet = "embedded",
            config: str | Path | Iterable[str | Path] = (), per_document: bool = False,
            min_score: Optional[float] = None,
            cache: bool | ParseCache = False, progress: Optional[Callable[[int], None]] = None,
            lexicon: Optional[Lexicon] = None, jobs: int = 1, acknowledged: Iterable[str] = (),
            device: str = "auto", full_parse: bool = False, client: Optional[Any] = None) -> Report:
    """Analyse one or more texts.

    >>> report = analyze("نفى الوزير أن الحكومة رفعت الأسعار.")   # doctest: +SKIP
    >>> [c.stance for c in report.claims]                          # doctest: +SKIP
    ['deny']

    `ids` name the documents (default d0, d1, ...); `models` is "embedded",
    "official", a folder or a ModelSet; `config` is a YAML file (or a list
    of them) that extends the lexicons; `cache` is True for the user cache folder or a ParseCache;
    `min_score` reports the contradictions whose probability reaches it
    (default None: the model's threshold; lower shows more candidates, more of
    them false; topics do not change with it);
    `jobs` > 1 parses with that many processes; `acknowledged` lists the
    fingerprints of contradictions an editor has already looked at; `device`
    is "auto" (a CUDA GPU when PyTorch sees one), "cpu" or "cuda";
    `full_parse` parses every sentence, not only those that can carry a claim
    (the claims are the same; it is slower, for checking that they are);
    `client`, a dask.distributed.Client, parses and reads claims on its
    workers; across crossdoc.MIN_DOCUMENTS documents or more the claims stay
    there and the cross-document stage runs there too (across_cluster; the
    report is gathered here at the end), and a smaller run computes the
    features of many candidate pairs there (the report is the same;
    PerDocument analyses each document alone a chunk at a time, never
    holding every claim).
    Arguments of the wrong type or out of range raise TypeError or ValueError
    with one sentence; model and configuration problems raise ClaimcheckError.
    """
    texts = _texts(texts)
    ids = list(ids) if ids is not None else [f"d{i}" for i in range(len(texts))]
    if len(ids) != len(texts) or len(set(ids)) != len(ids):
        raise ValueError("ids must name each text once")
    if min_score is not None and (not isinstance(min_score, (int, float)) or not 0.0 <= min_score <= 1.0):
        raise ValueError(f"min_score must be a number between 0 and 1, not {min_score!r}")
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError(f"jobs must be a whole number of processes, at least 1, not {jobs!r}")
    if isinstance(config, (str, Path)):
        config = [config]           # one file, not a sequence of characters
    ms = models if isinstance(models, ModelSet) else resolve(models)
    lex = lexicon or (load_lexicon(config) if config else default_lexicon())
    pc = cache if isinstance(cache, ParseCache) else (ParseCache() if cache else None)
    opts = ParseOptions(ms, device=check_device(device), full=full_parse, jobs=jobs)
    if client is not None and not per_document and keeps_claims_on_workers(len(texts)):
        got = across_cluster(client, texts, ids, opts, lex, pc, min_score, ms.report_entry(),
                             frozenset(acknowledged))
        return got if isinstance(got, Report) else got.gather()
    if client is not None:
        from . import distributed
        docs, claims, warned = distributed.read_claims(client, texts, ids, replace(opts, jobs=1), lex,
                                                       pc.root if pc is not None else None)
        if pc is not None:
            pc.warnings.extend(warned)
    else:
        docs, claims = read_claims(texts, ids, opts, lex, pc, progress)
    report = build_report(docs, claims, lex, per_document=per_document, min_score=min_score,
                          model=ms.report_entry(),
                          acknowledged=frozenset(acknowledged), client=client)
    if pc is not None:
        report.warnings.extend(pc.warnings)
    return report


def keeps_claims_on_workers(documents: int) -> bool:
    """Whether a run across this many documents on a Dask client keeps its
    claims on the workers (crossdoc.MIN_DOCUMENTS)."""
    from . import crossdoc
    return documents >= max(crossdoc.MIN_DOCUMENTS, pairs_mod.FEW_DOCUMENTS + 1)


def across_cluster(client: Any, texts: Sequence[str], ids: Sequence[str], opts: ParseOptions, lex: Lexicon,
                   pc: Optional[ParseCache], min_score: Optional[float], model: dict,
                   acknowledged: frozenset[str]) -> Report | StreamedReport:
    """analyze across documents on a Dask `client`, the claims kept on its
    workers (crossdoc): a StreamedReport, whose claims are taken from them a
    chunk at a time as it is written (a Report for a handful of documents,
    which are compared pair by pair on this machine)."""
    from .crossdoc import Run
    report, warned = Run(client, texts, ids, replace(opts, jobs=1), lex,
                         pc.root if pc is not None else None).report(min_score, model, acknowledged)
    if pc is not None:
        pc.warnings.extend(warned)
        report.warnings.extend(pc.warnings)
    return report


class PerDocument:
    """analyze(texts, ids, per_document=True) a chunk of documents at a time,
    for a run whose claims need not all be held: iterating yields one Report
    per chunk (distributed.chunks; with a Dask `client`, as the workers hand
    them back), in input order, each with the claim and topic ids of the
    whole run.  With per_document no pair crosses a document (and a pair's
    features depend on its own document only), so a chunk's topics and
    contradictions are the whole run's for those documents and the reports
    together are analyze's, claim for claim.  The run's warnings are in
    `warnings` once the last Report is yielded."""

    def __init__(self, texts: Sequence[str], ids: Sequence[str], opts: ParseOptions, lex: Lexicon, *,
                 cache: Optional[ParseCache] = None, min_score: Optional[float] = None,
                 model: Optional[dict] = None, acknowledged: frozenset[str] = frozenset(),
                 client: Optional[Any] = None):
        if len(ids) != len(texts) or len(set(ids)) != len(ids):
            raise ValueError("ids must name each text once")
        self.texts, self.ids, self.opts, self.lex = list(texts), list(ids), opts, lex
        self.cache, self.min_score, self.model, self.acknowledged = cache, min_score, model, acknowledged
        self.client = client
        self.warnings: list[str] = []

    def _chunks(self) -> Iterator[tuple[list[int], list[Document], list[list[Claim]], list[str]]]:
        from . import distributed
        pc = self.cache
        if self.client is not None:
            yield from distributed.iter_claims(self.client, self.texts, self.ids, replace(self.opts, jobs=1),
                                               self.lex, pc.root if pc is not None else None)
            return
        for c in distributed.chunks(self.texts):
            docs, per_doc = claims_by_document([self.texts[i] for i in c], [self.ids[i] for i in c], self.opts,
                                               self.lex, pc)
            yield c, docs, per_doc, []

    def __iter__(self) -> Iterator[Report]:
        claims_n = docs_n = left = pairs_n = topics_n = 0
        pc = self.cache
        for c, docs, per_doc, warned in self._chunks():
            if pc is not None:
                pc.note(warned)
            claims = number_claims(per_doc, [self.ids[i] for i in c], first=c[0])
            report, table = _decide(docs, claims, self.lex, True, self.min_score, self.model, self.acknowledged,
                                    None, self.client)
            # the chunk's topics are t1, t2, ...: the run's follow the topics of the chunks before
            # (groups come in order of their first claim, and no group crosses a document)
            rename = {t.id: f"t{topics_n + k}" for k, t in enumerate(report.topics, 1)}
            for t in report.topics:
                t.id = rename[t.id]
            for x in report.claims:
                x.topic = rename.get(x.topic or "", x.topic)
            for y in report.contradictions:
                y.topic = rename.get(y.topic, y.topic)
            topics_n += len(report.topics)
            claims_n += len(claims)
            docs_n += len(docs)
            left += table.not_compared
            pairs_n += table.blocked
            yield report
        self.warnings = [_not_compared(claims_n, docs_n, left, pairs_n)] if left else []
        if pc is not None:
            self.warnings.extend(pc.warnings)


def _texts(texts) -> list[str]:
    """The texts analyze() was given, checked: one str or a sequence of str
    (not bytes, which need decoding first, nor a mapping).  A lone surrogate
    (a file name or bytes decoded with surrogateescape) becomes U+FFFD, one
    character for one, so offsets still hold."""
    if isinstance(texts, str):
        texts = [texts]
    elif isinstance(texts, (bytes, bytearray, memoryview)):
        raise TypeError("texts must be str or a sequence of str, not bytes: decode them first "
                        "(claimcheck.textio.decode reads any encoding claimcheck knows)")
    elif isinstance(texts, Mapping) or not isinstance(texts, Iterable):
        raise TypeError(f"texts must be str or a sequence of str, not {type(texts).__name__}")
    out = list(texts)
    for k, t in enumerate(out):
        if not isinstance(t, str):
            raise TypeError(f"text {k} is {type(t).__name__}, not str")
        if _SURROGATE.search(t):
            out[k] = _SURROGATE.sub("\ufffd", t)
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def read_claims(texts: Sequence[str], ids: Sequence[str], opts: ParseOptions | ModelSet, lex: Lexicon,
                pc: Optional[ParseCache] = None, progress: Optional[Callable[[int], None]] = None
                ) -> tuple[list[Document], list[Claim]]:
    """parse -> claims: the documents and their claims, ids d<doc>:c<n>."""
    docs, per_doc = claims_by_document(texts, ids, opts, lex, pc, progress)
    return docs, number_claims(per_doc, ids)


def claims_by_document(texts: Sequence[str], ids: Sequence[str], opts: ParseOptions | ModelSet, lex: Lexicon,
                       pc: Optional[ParseCache] = None, progress: Optional[Callable[[int], None]] = None
                       ) -> tuple[list[Document], list[list[Claim]]]:
    """parse -> claims -> stance: the documents and each one's claims, not yet numbered."""
    opts = opts if isinstance(opts, ParseOptions) else ParseOptions(opts)
    docs = [Document(id=i, text=t) for i, t in zip(ids, texts)]
    per_doc: list[list[Claim]] = [[] for _ in texts]
    for di, found, nsent in extract_claims(texts, opts, lex, pc, progress):
        per_doc[di].extend(found)
        docs[di].sentences += nsent
    for di, found in enumerate(per_doc):
        per_doc[di] = found = stance.assign_all(found, lex, docs[di].text)
        canonical_names(found, lex)       # names meet across segments of one document
    return docs, per_doc


def number_claims(per_doc: Sequence[Sequence[Claim]], ids: Sequence[str], first: int = 0) -> list[Claim]:
    """The claims in document order, each with its final id d<doc>:c<n> (the
    one place ids are given: by one process, gathered from Dask workers, or
    a chunk at a time whose first document is the run's `first`)."""
    claims: list[Claim] = []
    for di, found in enumerate(per_doc):
        for n, c in enumerate(found):
            c.id = f"d{first + di}:c{n}"
            c.doc = ids[di]
        claims.extend(found)
    return claims
