"""The parse stage: text -> ParsedDoc (sentences of words with lemma, UPOS,
features, head, relation and character offsets into the original text).

News text puts one paragraph per line, so the text is split into paragraphs at
line breaks before Stanza sees it.  Stanza (and torch) are imported lazily and
each pipeline is loaded once per process.

Most sentences of a news article carry no attribution, and the parser is nearly
all of the time: the text is tokenized whole (sentences and words), and only
the sentences the caller selects (those that can carry a claim) are tagged,
lemmatised and parsed.  The others keep their words with upos "X", no head and
`Sentence.parsed` False; `complete` parses more of them later when asked.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import os
import re
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Optional, cast

import numpy as np

from .errors import ClaimcheckError, ModelError, first_line
from .models import ModelSet
from .types import ParsedDoc, Sentence, Word

_PIPELINES: dict[str, object] = {}
_SETTLED = False      # _settle has run
_PARA = re.compile(r"[^\r\n]+")
# Lines longer than this are cut, at sentence punctuation or spaces, into
# pieces of at most WINDOW characters before Stanza sees them.  The embedded
# tokenizer rarely ends a sentence inside a paragraph, so one 24,000-character
# line became 1,000-word "sentences" (46 s, 2.5 GB against 14 s, 0.5 GB for
# the same text in lines; the parser's cost grows with the square of a
# sentence).  No paragraph of the corpus or the seed is this long (the
# longest: 1,118), so their analysis is unchanged.  Stanza's tokenizer reads a
# paragraph longer than WINDOW (the larger of 1,000 and the model's
# max_seqlen: output_predictions) in windows, and two such paragraphs in one
# batch give other tokens than each alone (after the first window it pads
# every row of the batch to one length): tokenize_many gives each its own
# call, the few natural paragraphs between the two lengths (9 of the 898
# lines of the corpus train split and dev) and no piece of a cut line.
MAX_PARAGRAPH = 1200
WINDOW = 1000
_SENTENCE_END = re.compile(r"[.!?\u061f\u06d4](?=\s)")     # not the point of 3.5
# Words in one batch of the tagger and the parser: fastest on 2 cores among
# 32 (a model's training batch), 250, 500, 1000 and 5000 (Stanza's default),
# and lighter than 5000 by some 250 MiB.
BATCH_WORDS = 300
# Paragraphs in one batch of the tokenizer.  Stanza's tokenizer sorts the
# paragraphs of a call by length and predicts TOKENIZE_BATCH of them at a time
# (the model names 32; the Pipeline's tokenize_batch_size does not reach it).
# Calls of TOKENIZE_CHARS characters (the text of some 200 short articles)
# give batches of paragraphs of about one length, and 64 a batch is then the
# fastest on 2 cores (200 PUD documents, medians of five: 0.73 s against 0.89 s
# for calls of 8,000 characters and 256 a batch, 0.77 s for 32 or 128).  The
# 311 texts of the corpus train split, dev, the seed and 200 PUD documents
# tokenize as with calls of 8,000 characters and the model's 32 a batch
# (compared token by token; a slow test checks the seed), but for one
# paragraph over WINDOW that now tokenizes as it does alone.
TOKENIZE_BATCH = 64
TOKENIZE_CHARS = 100_000
# Stanza's tokenizer replaces a token longer than its model's max_seqlen (this
# when the model names none; 400 for the embedded one) with its unknown word: a
# character model over thousands of characters is all memory
LONGEST_WORD = 1000
DEVICES = ("auto", "cpu", "cuda")
# the processors that run on the selected sentences, after tokenization
TAGGERS = ("pos", "lemma", "depparse")
# names the sentences of a tokenized document to parse
Select = Callable[[ParsedDoc], Iterable[int]]


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-blank line, long lines cut into pieces."""
    out = []
    for m in _PARA.finditer(text):
        s = m.group(0)
        if not s.strip():
            continue
        start = m.start()
        # a line too long is cut into pieces that Stanza's tokenizer reads whole
        # (WINDOW), which tokenize_many batches
        limit = WINDOW if len(s) > MAX_PARAGRAPH else MAX_PARAGRAPH
        while len(s) > limit:
            ends = [e.start() for e in _SENTENCE_END.finditer(s, 0, limit)]
            cut = ends[-1] if ends else -1
            if cut < limit // 2:
                cut = s.rfind(" ", 0, limit)
            if cut < limit // 2:
                cut = limit - 1
            if s[: cut + 1].strip():
                out.append((start, s[: cut + 1]))      # (a run of spaces alone is no piece)
            start += cut + 1
            s = s[cut + 1:]
        if s.strip():
            out.append((start, s))
    return out


def check_device(device: str) -> str:
    """A device name as given: 'auto', 'cpu' or 'cuda' (nothing is imported)."""
    if device not in DEVICES:
        raise ClaimcheckError(f"device must be one of {', '.join(DEVICES)}, not {device!r}")
    return device


def resolve_device(device: str) -> str:
    """'auto' (a CUDA GPU when PyTorch sees one, else the CPU), 'cpu' or 'cuda';
    'cuda' where PyTorch sees no GPU is an error."""
    if check_device(device) == "cpu":
        return device
    try:
        import torch
        gpu = bool(torch.cuda.is_available())
    except ImportError:  # pragma: no cover - torch comes with stanza
        gpu = False
    if device == "auto":
        return "cuda" if gpu else "cpu"
    if not gpu:
        raise ModelError("--device cuda was asked for, but PyTorch sees no CUDA GPU on this machine "
                         "(use --device auto or cpu)")
    return device


@contextlib.contextmanager
def _without_dynamo_import() -> Iterator[None]:
    """Stanza's tokenizer builds an Adam optimizer even for inference, and
    torch's Optimizer.add_param_group is wrapped by torch._disable_dynamo,
    whose first call imports torch._dynamo: over a second of a cold run on
    two cores, for a guard against torch.compile tracing, which nothing does
    while the models load.  The wrapper first looks for a cached "disabled"
    version of the function; while the models load, that version is the
    function itself, and the cache entry is removed afterwards, so that code
    compiling later in the same process gets torch's own.  Nothing changes
    when dynamo is already loaded or torch's internals are not as expected."""
    import sys
    fn = None
    if "torch._dynamo" not in sys.modules:
        try:
            from torch.optim.optimizer import Optimizer
            fn = Optimizer.add_param_group.__wrapped__       # type: ignore[attr-defined]
        except (ImportError, AttributeError):
            fn = None
    if fn is None or getattr(fn, "__dynamo_disable", None) is not None:
        yield
        return
    setattr(fn, "__dynamo_disable", fn)
    try:
        yield
    finally:
        if getattr(fn, "__dynamo_disable", None) is fn:
            delattr(fn, "__dynamo_disable")


def pipeline(models: ModelSet, device: str = "cpu"):
    """The Stanza pipeline for a model set on a device (see resolve_device),
    loaded on first use (the device is resolved then, once)."""
    key = f"{models.identity}\0{device}"
    nlp = _PIPELINES.get(key)
    if nlp is not None:
        return nlp
    device = resolve_device(device)
    resolved = f"{models.identity}\0{device}"
    if resolved in _PIPELINES:          # "auto" after "cpu" (or the reverse): one set of models, not two
        _PIPELINES[key] = _PIPELINES[resolved]
        return _PIPELINES[key]
    try:
        import stanza
    except ImportError as e:  # pragma: no cover - stanza is a dependency
        raise ModelError(f"stanza is not installed ({e}); pip install stanza") from None
    args, kwargs = stanza_arguments(models, device)
    log = logging.getLogger("stanza")
    said = _Collect()
    handlers, propagate = log.handlers[:], log.propagate
    log.handlers, log.propagate = [said], False     # Stanza's own error lines become part of ours
    try:
        with _resources(models) as folder, warnings.catch_warnings(), _without_dynamo_import():
            warnings.simplefilter("ignore")         # torch's unpickler advice is not for our users
            if folder is not None:
                kwargs["dir"] = folder
            nlp = stanza.Pipeline(*args, **kwargs)
    except ModelError:
        raise
    except Exception as e:
        bad = said.failed_file()
        what = f"{bad} is not a model file this Stanza can read" if bad else first_line(e).rstrip(".")
        raise ModelError(f"could not load the Stanza models from {models.dir}: {what} "
                         f"({type(e).__name__})") from None
    finally:
        log.handlers, log.propagate = handlers, propagate
        log.setLevel(logging.ERROR)
    batch_tokenizer(nlp)
    _fast_tree_decoding()
    _fast_vocab_map()
    _PIPELINES[key] = _PIPELINES[resolved] = nlp
    _settle()
    return nlp


def _settle() -> None:
    """Once a process, at its first model load: what is alive then (torch,
    Stanza and the models, some 300,000 objects, and whatever the caller holds)
    is kept out of the garbage collector's full sweeps, which would otherwise
    walk it all again and again: on 2 cores, 200 short articles analysed 5%
    faster, the first run after loading 10%.  What is garbage already is
    collected first (some 0.1 s).  The price: a cycle among those objects is
    never collected (a pipeline dropped from _PIPELINES afterwards stays in
    memory); models are loaded to be kept for the life of the process."""
    global _SETTLED
    if _SETTLED:
        return
    _SETTLED = True
    gc.collect()
    gc.freeze()


def batch_tokenizer(nlp, size: int = TOKENIZE_BATCH) -> None:
    """Let a loaded pipeline's tokenizer predict `size` paragraphs at a time."""
    tok = getattr(nlp, "processors", {}).get("tokenize")
    args = getattr(getattr(tok, "trainer", None), "args", None)
    if isinstance(args, dict):
        args["batch_size"] = max(int(args.get("batch_size") or 0), size)


def stanza_arguments(models: ModelSet, device: str = "cpu") -> tuple[list, dict]:
    """stanza.Pipeline(*args, **kwargs) for a model set: every processor the
    set has, nothing downloaded, and batches of up to BATCH_WORDS words for
    the tagger and the parser (otherwise a model's own training batch size,
    as small as 32 words: the parser then runs once a sentence)."""
    common = dict(dir=str(models.dir), download_method=None, logging_level="ERROR", device=device,
                  pos_batch_size=BATCH_WORDS, depparse_batch_size=BATCH_WORDS)
    if models.name == "official":
        return ["ar"], dict(processors=",".join(models.paths), **common)
    return ["ar"], dict(package=models.package or "embedded",
                        processors={proc: (models.package or "default") for proc in models.paths},
                        **{f"{proc}_model_path": str(path) for proc, path in models.paths.items()}, **common)


class _Collect(logging.Handler):
    """Keeps Stanza's log lines while the models load."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())

    def failed_file(self) -> Optional[str]:
        for line in self.lines:
            m = re.match(r"Cannot load model from (.+)$", line)
            if m:
                return m.group(1)
        return None


@contextlib.contextmanager
def _resources(models: ModelSet) -> Iterator[Optional[str]]:
    """The folder Stanza reads resources.json from while it loads: the model
    set's own when it has a readable one, else a temporary folder holding one
    that names the set's processors (the model files are passed by path).  A
    user's model folder is never written to."""
    own = models.dir / "resources.json"
    if models.name == "official" or _readable_json(own):
        yield None
        return
    import json
    procs = {proc: (models.package or "default") for proc in models.paths}
    with tempfile.TemporaryDirectory(prefix="claimcheck-stanza-") as tmp:
        Path(tmp, "resources.json").write_text(json.dumps(
            {"ar": {"lang_name": "Arabic", "packages": {"default": procs}, "default_processors": procs,
                    **{p: {v: {}} for p, v in procs.items()}}}), encoding="utf-8")
        yield tmp


def _readable_json(path: Path) -> bool:
    import json
    try:
        return isinstance(json.loads(path.read_text(encoding="utf-8")), dict)
    except (OSError, ValueError):
        return False


# ---- tree decoding -----------------------------------------------------------
# Stanza's graph parser decodes every sentence with Chu-Liu-Edmonds in Python
# (stanza.models.common.chuliu_edmonds): some 40% of the parser's time on 2
# cores.  Its one-root search (chuliu_edmonds_one_root) lowers every root arc
# by one constant, which leaves the ranking of one-root trees as it is, and
# returns the best tree with one root.  When each word's best head already
# makes such a tree (one word on the root, no cycle), that tree is the best of
# all trees, so it is the answer: _one_root_tree checks that with numpy and
# hands every other sentence to Stanza's own function.  That function finds
# cycles with a general Tarjan search written for numpy scalars; in a head
# array (one head a word) a cycle is found by walking the heads, which
# _cycles does in plain Python, finding the same cycles in the same order.

def _one_root_tree(scores, original):
    """chuliu_edmonds_one_root(scores), with a fast path for the usual case."""
    s = scores.astype(np.float64)                     # a copy: Stanza's scores stay as they are
    np.fill_diagonal(s, -np.inf)
    s[0] = -np.inf
    s[0, 0] = 0
    tree = np.argmax(s, axis=1)
    if np.count_nonzero(tree[1:] == 0) == 1 and _acyclic(tree) and np.isfinite(s[np.arange(1, len(s)), tree[1:]]).all():
        return tree
    # the best tree without the one-root constraint: when it has one root it
    # is the best one-root tree as well (Stanza's rescaling of the root arcs
    # shifts every one-root tree's score by the same amount), and it is found
    # with the few contractions of the greedy tree's cycles, where the
    # rescaled scores make the greedy tree one large cycle to contract word by word
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds
    tree = chuliu_edmonds(s)
    if np.count_nonzero(tree[1:] == 0) == 1 and np.isfinite(s[np.arange(1, len(s)), tree[1:]]).all():
        return tree
    return original(scores)


def _acyclic(tree) -> bool:
    """Every word reaches the root (0, its own head) by following heads."""
    h = tree
    for _ in range(max(1, int(len(tree)).bit_length())):
        h = h[h]
    return bool((h == 0).all())


# Stanza's own functions, as they were before _fast_tree_decoding and
# _fast_vocab_map replaced them
STANZA_DECODING: dict[str, Callable] = {}


def _cycles(tree) -> list:
    """stanza.models.common.chuliu_edmonds.tarjan(tree) for a head array: a
    boolean mask for each cycle of more than one word, in the order Tarjan's
    search (from word 0, 1, ... down to dependents) meets them: by the lowest
    word of each cycle."""
    heads = tree.tolist()
    state = [0] * len(heads)        # 0 unseen, 1 on the walk now, 2 done
    found: list[list[int]] = []
    for i in range(len(heads)):
        if state[i]:
            continue
        walk = []
        j = i
        while state[j] == 0:
            state[j] = 1
            walk.append(j)
            j = heads[j]
        if state[j] == 1:
            cycle = walk[walk.index(j):]
            if len(cycle) > 1:
                found.append(sorted(cycle))
        for k in walk:
            state[k] = 2
    out = []
    for cycle in sorted(found):
        mask = np.zeros(len(heads), dtype=bool)
        mask[cycle] = True
        out.append(mask)
    return out


def _fast_vocab_map() -> None:
    """Stanza's vocabularies map a list of units (the characters of every word,
    for the tagger and the parser) one method call at a time; where a
    vocabulary uses the base class's lookup unchanged, one dictionary lookup
    each gives the same ids (a test compares them on every vocabulary of the
    embedded models).  Vocabularies with a lookup of their own keep it."""
    try:
        from stanza.models.common import vocab as V
    except ImportError:  # pragma: no cover - another stanza layout: keep its map
        return
    base = V.BaseVocab
    original = base.map
    if getattr(original, "claimcheck_fast", False):
        return
    lookup, normalize = base.unit2id, base.normalize_unit

    def fast_map(self, units):
        cls = type(self)
        if cls.unit2id is not lookup or cls.normalize_unit is not normalize:
            return original(self, units)
        ids = self._unit2id
        if V.UNK not in ids:
            return original(self, units)
        unk = ids[V.UNK]
        if self.lower:
            return [unk if u is None else ids.get(u.lower(), unk) for u in units]
        return [ids.get(u, unk) for u in units]
    fast_map.claimcheck_fast = True  # type: ignore[attr-defined]
    STANZA_DECODING.setdefault("map", original)
    base.map = fast_map


def _fast_tree_decoding() -> None:
    try:
        from stanza.models.common import chuliu_edmonds
        from stanza.models.depparse import model as graph
    except ImportError:  # pragma: no cover - another stanza layout: keep its decoder
        return
    if getattr(chuliu_edmonds, "tarjan", None) is not None and chuliu_edmonds.tarjan is not _cycles:
        STANZA_DECODING.setdefault("tarjan", chuliu_edmonds.tarjan)
        chuliu_edmonds.tarjan = _cycles
    original = getattr(graph, "chuliu_edmonds_one_root", None)
    if original is None or getattr(original, "claimcheck_fast", False):
        return
    STANZA_DECODING.setdefault("chuliu_edmonds_one_root", original)

    def one_root(scores):
        return _one_root_tree(scores, original)
    one_root.claimcheck_fast = True  # type: ignore[attr-defined]
    graph.chuliu_edmonds_one_root = one_root


# ---- the parse ---------------------------------------------------------------

# a token as the tokenizer gives it: its text, its offsets in its paragraph
# (None where Stanza lost them) and the texts of its words (more than one for
# a multi-word token)
RawToken = tuple[str, Optional[int], Optional[int], list[str]]


def _stanza_tokens(doc) -> list[list[RawToken]]:
    """The sentences of a tokenized Stanza Document as raw tokens."""
    return [[(t.text, t.start_char, t.end_char, [w.text for w in t.words]) for t in s.tokens] for s in doc.sentences]


def _direct(nlp) -> bool:
    """Whether the tokenizer's predictions can be read without Stanza's
    Document: a plain neural tokenizer, no multi-word token expander after
    it (the expander reads the Document)."""
    procs = getattr(nlp, "processors", None)
    if not isinstance(procs, dict):
        return False        # not a loaded Stanza pipeline (the benchmark's recorder)
    tok = procs.get("tokenize")
    return tok is not None and "mwt" not in procs and not hasattr(tok, "_variant") \
        and not tok.config.get("pretokenized") and getattr(tok, "_speaker_opener", None) is None \
        and hasattr(tok, "trainer") and hasattr(tok, "vocab")


def tokenize_paragraphs(nlp, paras: list[str]) -> list[list[list[RawToken]]]:
    """The sentences of raw tokens of each paragraph, by a loaded pipeline's
    tokenizer: read directly where it can be (_direct), else through Stanza's
    bulk_process."""
    if _direct(nlp):
        return _tokenize_direct(nlp, paras)
    with _inference():
        return [_stanza_tokens(d) for d in nlp.bulk_process(paras, processors="tokenize")]


def _inference():
    """PyTorch's inference mode around the models: no autograd bookkeeping
    (version counters, views), which Stanza's own no_grad still keeps: the same
    numbers, the tokenizer some 20% and the tagger and parser some 8% faster
    on two cores."""
    import torch
    return torch.inference_mode()


def _tokenize_direct(nlp, paras: list[str]) -> list[list[list[RawToken]]]:
    """Stanza's tokenizer on paragraphs (joined by blank lines, as its
    bulk_process joins documents), its predictions read as offsets without
    building a Document: the same tokens and sentences, a tenth of the
    tokenizer's time saved (Document and Token objects for every word)."""
    from stanza.models.tokenization.data import TokenizationDataset
    from stanza.models.tokenization.utils import output_predictions
    tok = nlp.processors["tokenize"]
    raw = "\n\n".join(paras)
    data = TokenizationDataset(tok.config, input_text=raw, vocab=tok.vocab, evaluation=True,
                               dictionary=tok.trainer.dictionary)
    _char_table_features(data)
    with _inference():
        sents = output_predictions(None, tok.trainer, data, tok.vocab, None, longest_word(nlp),
                                   orig_text=raw, no_ssplit=tok.config.get("no_ssplit", False),
                                   num_workers=tok.config.get("num_workers", 0),
                                   postprocessor=tok._postprocessor)[3]
    starts, k = [], 0
    for p in paras:
        starts.append(k)
        k += len(p) + 2
    out: list[list[list[RawToken]]] = [[] for _ in paras]
    pi = 0
    for sent in sents:
        if not sent:
            continue
        first = sent[0].get("start_char")
        while first is not None and pi + 1 < len(paras) and first >= starts[pi + 1]:
            pi += 1
        off = starts[pi]
        out[pi].append([(t["text"], None if t.get("start_char") is None else t["start_char"] - off,
                         None if t.get("end_char") is None else t["end_char"] - off, [t["text"]]) for t in sent])
    return out


# the per-character features Stanza's tokenizer reads that depend on the
# character alone, and the two that depend on its place in the paragraph
_CHAR_FEATURES = ("space_before", "capitalized", "numeric")
_PLACE_FEATURES = ("end_of_para", "start_of_para")


def _char_table_features(data) -> None:
    """Let a TokenizationDataset turn a paragraph into the model's input with a
    table of the characters seen (vocabulary id and features, worked out once
    a character) instead of three feature functions called on every character:
    the same arrays (a test compares them with Stanza's), a fifth of the
    tokenizer's time.  Left as it is for a model that reads other features
    (a dictionary, the structural windows) or a Stanza without them."""
    from stanza.models.tokenization import data as tokdata
    funcs = getattr(tokdata, "PER_CHAR_FEAT_FUNCS", None)
    names = list(data.args.get("feat_funcs") or [])
    if funcs is None or data.args.get("use_dictionary") or not data.eval \
            or any(n not in _CHAR_FEATURES + _PLACE_FEATURES or n not in funcs and n in _CHAR_FEATURES for n in names):
        return
    per_char = [funcs[n] for n in names if n in _CHAR_FEATURES]
    end, start = "end_of_para" in names, "start_of_para" in names
    unit2id = data.vocab.unit2id
    table: dict[str, tuple[int, ...]] = {}

    def para_to_sentences(para):
        rows = []
        for unit, _ in para:
            row = table.get(unit)
            if row is None:
                row = table[unit] = (unit2id(unit), *(f(unit) for f in per_char))
            rows.append(row)
        arr = np.array(rows, dtype=np.int64).reshape(len(rows), 1 + len(per_char))
        feats = [arr[:, 1:]]
        n = len(rows)
        if end:
            feats.append((np.arange(n) == n - 1).astype(np.int64)[:, None])
        if start:
            feats.append((np.arange(n) == 0).astype(np.int64)[:, None])
        units = [unit for unit, _ in para]
        return [(arr[:, 0].copy(), np.array([label for _, label in para]), np.hstack(feats), units)]

    data.para_to_sentences = para_to_sentences


def _convert(text: str, pieces: list[tuple[int, str]], tokenized: list[list[list[RawToken]]],
             model: str) -> ParsedDoc:
    """Tokenized paragraphs as a ParsedDoc of sentences not parsed yet."""
    sentences: list[Sentence] = []
    for pi, ((off, para), sents) in enumerate(zip(pieces, tokenized)):
        for sent in sents:
            words: list[Word] = []
            for tok_text, ts, te, wtexts in sent:
                if ts is None or te is None or para[ts:te] != tok_text:
                    # Stanza lost the offsets: find the token text near where it should be
                    prev = words[-1].end - off if words else 0
                    k = para.find(tok_text, prev)
                    ts, te = (k, k + len(tok_text)) if k >= 0 else (prev, prev)
                multi = len(wtexts) > 1
                if not multi and _glued_end(tok_text):
                    # "العام الماضي. وبحسب ...": the tokenizer left the sentence's point on
                    # its last word; the word and the point are two (and _cut_sentences
                    # may end the sentence there)
                    for a, b in ((ts, te - 1), (te - 1, te)):
                        words.append(Word(id=len(words) + 1, text=para[a:b], lemma=para[a:b], upos="X", feats="",
                                          head=0, deprel="dep", start=off + a, end=off + b,
                                          space_after=b == te and (te >= len(para) or para[te:te + 1].isspace())))
                    continue
                for wt in wtexts:
                    words.append(Word(
                        id=len(words) + 1, text=wt if multi else para[ts:te], lemma=wt,
                        upos="X", feats="", head=0, deprel="dep", start=off + ts, end=off + te,
                        space_after=not multi and (te >= len(para) or para[te:te + 1].isspace())))
            for piece in _cut_sentences(para, off, words):
                last = sentences[-1] if sentences else None
                if last is not None and last.paragraph == pi and _split_number(text, last.end, piece[0].start):
                    # "بلغ 68." | "44% في أكتوبر": the tokenizer took a decimal point
                    # for a sentence end; the number and its sentence stay whole
                    n = len(last.words)
                    for w in piece:
                        w.id += n
                    last.words.extend(piece)
                    last.end = piece[-1].end
                    continue
                sentences.append(Sentence(words=piece, start=piece[0].start, end=piece[-1].end, paragraph=pi,
                                          parsed=False))
    return ParsedDoc(text=text, sentences=sentences, model=model)


# a token that ends a sentence when the tokenizer left it inside one
_END_MARKS = frozenset({".", "!", "?", "\u061f"})
# quotation marks that open and close, and the one that does both
_QUOTE_PAIRS = (("\u00ab", "\u00bb"), ("\u201c", "\u201d"))
_QUOTE_BOTH = '"'
# what closes a quotation or an aside before a sentence's end ('... مغلقة". وأضاف')
_CLOSERS = frozenset({'"', "\u00bb", "\u201d", ")"})
_PERCENT = frozenset({"%", "\u066a"})     # "... بلغت 31.7%. وقال ..."


def _glued_end(tok: str) -> bool:
    """A token of a word of two or more letters and a sentence's end mark
    ("الماضي."، "قتلوا."), no other point in it (not "أ.د.")."""
    return len(tok) >= 3 and tok[-1] in _END_MARKS and tok[-2].isalpha() and tok[-3].isalpha() \
        and "." not in tok[:-1]


def _cut_sentences(para: str, off: int, words: list[Word]) -> list[list[Word]]:
    """A sentence of the tokenizer cut where a sentence ends inside it: a
    point, question or exclamation mark alone, after a word of two or more
    characters, a closing quotation mark or a percent sign, followed by a space and a word
    that starts with a letter or a quotation mark ("... في الحادث. وذكر
    المتحدث ..."، '... مغلقة". وأضاف').  The embedded models
    learned from treebank sentences given one by one, so their tokenizer
    rarely ends a sentence inside a paragraph: a fifth of the sentences of
    the corpus train split held two or more.  Not inside a quotation (a
    speaker's words stay one claim's content), nor after an initial, an
    abbreviation or a list's number ("ط. أ"، "أ.د. محمد"، "1. ")."""
    cuts = []
    for k in range(1, len(words) - 1):
        w, prev, nxt = words[k], words[k - 1], words[k + 1]
        if w.text not in _END_MARKS or nxt.start <= w.end or "." in prev.text \
                or len(prev.text) < 2 and prev.text not in _CLOSERS and prev.text not in _PERCENT:
            continue        # (not after an abbreviation with its points: "أ.د."، "م.م."; after a quote or "%", yes)
        first = nxt.text[:1]
        if not (first.isalpha() or first in '"\u00ab\u201c('):
            continue
        before = para[:w.start - off]
        if any(before.count(o) > before.count(c) for o, c in _QUOTE_PAIRS) or before.count(_QUOTE_BOTH) % 2:
            continue
        cuts.append(k + 1)
    if not cuts:
        return [words] if words else []
    pieces, lo = [], 0
    for k in cuts + [len(words)]:
        piece = words[lo:k]
        for i, w in enumerate(piece):
            w.id = i + 1
        pieces.append(piece)
        lo = k
    return pieces


def _split_number(text: str, end: int, start: int) -> bool:
    """A sentence that ends with a digit and a point right before the next one
    starts with a digit: one number cut at its decimal point ("13." | "29٪")."""
    return start == end and end >= 2 and text[end - 1] == "." and text[end - 2].isdigit() \
        and start < len(text) and text[start].isdigit()


def tokenize_many(texts: Sequence[str], models: ModelSet, batch_chars: int = TOKENIZE_CHARS,
                  device: str = "cpu") -> list[ParsedDoc]:
    """Sentences and words of each text (Stanza's tokenizer, and its
    multi-word token expander when the model set has one), nothing tagged or
    parsed yet: every sentence has parsed=False."""
    pieces = [paragraphs(t) for t in texts]
    flat = [p for ps in pieces for _, p in ps]
    results: list = [None] * len(flat)
    if flat:
        nlp = pipeline(models, device)
        # a paragraph Stanza reads in windows goes alone (see MAX_PARAGRAPH)
        window = max(WINDOW, longest_word(nlp))
        short = [i for i, p in enumerate(flat) if len(p) <= window]
        for batch in _batches(short, lambda i: len(flat[i]), batch_chars):
            for i, r in zip(batch, tokenize_paragraphs(nlp, [flat[i] for i in batch])):
                results[i] = r
        for i in [i for i, p in enumerate(flat) if len(p) > window]:
            results[i] = tokenize_paragraphs(nlp, [flat[i]])[0]
    out, k = [], 0
    for t, ps in zip(texts, pieces):
        out.append(_convert(t, ps, results[k:k + len(ps)], models.identity))
        k += len(ps)
    return out


def complete(docs: Sequence[ParsedDoc], wanted: Sequence[Optional[Iterable[int]]], models: ModelSet,
             progress: Optional[Callable[[int], None]] = None, batch_chars: int = 8000,
             device: str = "cpu") -> int:
    """Tag, lemmatise and parse, in place, the sentences named in `wanted`
    (one collection of sentence indices per document; None: all) that are not
    parsed yet, in batches of about `batch_chars` characters.  A sentence's
    parse does not depend on its neighbours, so the result is the one a full
    parse gives.  `progress(n)` shares the documents' characters out over the
    batches.  Returns the number of sentences parsed (0 loads no model)."""
    todo = []
    for doc, want in zip(docs, wanted):
        idx = range(len(doc.sentences)) if want is None else sorted(set(want))
        todo += [(doc, doc.sentences[i]) for i in idx if 0 <= i < len(doc.sentences) and not doc.sentences[i].parsed]
    total = sum(len(d.text) for d in docs)
    if todo:
        from stanza.models.common.doc import Document
        nlp = pipeline(models, device)
        steps = [p for p in TAGGERS if p in nlp.processors]
        longest = longest_word(nlp)
        size = sum(s.end - s.start for _, s in todo) or 1
        done = 0
        for batch in _batches(todo, lambda x: x[1].end - x[1].start, batch_chars):
            with _inference():
                tagged = nlp.process(Document([_token_dicts(d.text, s, longest) for d, s in batch]), processors=steps)
            for (_, s), st in zip(batch, tagged.sentences, strict=True):
                _annotate(s, st)
            if progress:
                n = sum(s.end - s.start for _, s in batch) * total // size
                progress(n)
                done += n
        if progress and total > done:
            progress(total - done)
    elif progress and total:
        progress(total)
    return len(todo)


def _batches(items: Sequence, size: Callable, limit: int) -> Iterable[list]:
    """Consecutive items in batches of about `limit` (by `size`)."""
    batch: list = []
    n = 0
    for it in items:
        batch.append(it)
        n += size(it)
        if n >= limit:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch


def longest_word(nlp) -> int:
    """The longest token a pipeline's tokenizer gives as written (longer ones
    Stanza replaces with its unknown word)."""
    tok = getattr(nlp, "processors", {}).get("tokenize")
    config = getattr(tok, "config", None)
    return int(config.get("max_seqlen", LONGEST_WORD)) if isinstance(config, dict) else LONGEST_WORD


def _token_dicts(text: str, sent: Sentence, longest: int = LONGEST_WORD) -> list[dict]:
    """A sentence as Stanza's Document takes it: tokens, and the words of each
    multi-word token (words sharing one token's offsets) after it."""
    out: list[dict] = []
    ws = sent.words
    i = 0
    while i < len(ws):
        j = i
        while j + 1 < len(ws) and (ws[j + 1].start, ws[j + 1].end) == (ws[i].start, ws[i].end) \
                and ws[i].end > ws[i].start:
            j += 1
        if j > i:
            out.append({"id": (ws[i].id, ws[j].id), "text": text[ws[i].start:ws[i].end]})
        # a word longer than the tokenizer's longest is given to the taggers as
        # Stanza's tokenizer gives it (its unknown word), not in full
        out += [{"id": w.id, "text": w.text if len(w.text) <= longest else "<UNK>"} for w in ws[i:j + 1]]
        i = j + 1
    return out


def _annotate(sent: Sentence, tagged) -> None:
    for w, t in zip(sent.words, tagged.words, strict=True):
        w.lemma, w.upos, w.feats = t.lemma or t.text, t.upos or "X", t.feats or ""
        w.head, w.deprel = t.head or 0, t.deprel or "dep"
    sent.parsed = True


def _child(conn, args) -> None:
    """One parsing process: its share of the documents, parsed, sent back
    whole through `conn` (or the error that stopped it). Ctrl-C is left to the
    main process, which stops every worker."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    texts, models, threads, select, device = args
    try:
        import torch
        torch.set_num_threads(threads)
    except ImportError:  # pragma: no cover
        pass
    try:
        result: tuple = ("ok", parse_many(texts, models, select=select, device=device))
    except BaseException as e:  # noqa: BLE001 - handed to the main process, which raises it
        result = ("error", e)
    try:
        conn.send(result)
    except Exception as e:  # noqa: BLE001 - an error that does not pickle: its words
        conn.send(("error", ClaimcheckError(f"a parsing process failed: {type(e).__name__}: {e}")))
    conn.close()


def _parallel(texts: list[str], models: ModelSet, jobs: int, progress: Optional[Callable[[int], None]],
              select: Optional[Select], device: str) -> list[ParsedDoc]:
    """Parse in `jobs` processes, each a contiguous share of the documents (by
    size), results in input order. Any exception here (Ctrl-C, SIGTERM, a
    failed worker) kills every worker at once, not when its share is parsed."""
    import multiprocessing as mp
    from multiprocessing.connection import Connection, wait
    total = sum(len(t) for t in texts) or 1
    chunks: list[list[int]] = [[] for _ in range(jobs)]
    acc = 0
    for i, t in enumerate(texts):
        chunks[min(jobs - 1, acc * jobs // total)].append(i)
        acc += len(t)
    chunks = [c for c in chunks if c]
    threads = max(1, (os.cpu_count() or 1) // len(chunks))
    out: list[Optional[ParsedDoc]] = [None] * len(texts)
    ctx = mp.get_context("spawn")
    workers = []
    running: dict[Connection, int] = {}          # a worker's pipe -> its place in workers
    try:
        for c in chunks:
            reader, writer = ctx.Pipe(duplex=False)
            workers.append(ctx.Process(target=_child, daemon=True,
                                       args=(writer, ([texts[i] for i in c], models, threads, select, device))))
            running[reader] = len(workers) - 1
            workers[-1].start()
            writer.close()
        while running:
            # a timeout: a signal that another thread of this process receives
            # (numpy's BLAS threads, say) does not interrupt the wait itself
            for ready in wait(list(running), timeout=0.5):
                conn = cast(Connection, ready)
                k = running.pop(conn)
                try:
                    status, value = conn.recv()
                except EOFError:
                    workers[k].join()
                    raise ClaimcheckError(f"a parsing process stopped without its results (exit status "
                                          f"{workers[k].exitcode}); with --jobs 1 the run needs less memory") from None
                workers[k].join()
                if status == "error":
                    raise value
                for i, d in zip(chunks[k], value):
                    out[i] = d
                    if progress:
                        progress(len(texts[i]))
    finally:
        started = [w for w in workers if w.pid is not None]
        for w in started:
            if w.exitcode is None:
                w.kill()
        for w in started:
            w.join()
    return out  # type: ignore[return-value]


def parse_many(texts: list[str], models: ModelSet, progress: Optional[Callable[[int], None]] = None,
               batch_chars: int = 8000, jobs: int = 1, select: Optional[Select] = None,
               device: str = "cpu") -> list[ParsedDoc]:
    """Tokenize the documents (in calls of TOKENIZE_CHARS characters), then
    tag and parse the sentences `select` names (select(doc) is given each
    tokenized document; None: every sentence) in batches of about
    `batch_chars` characters;
    `progress(n)` is called with a number of characters as batches finish.
    With jobs > 1 and several documents, documents are shared out to that many
    processes."""
    if jobs > 1 and len(texts) > 1:
        return _parallel(texts, models, min(jobs, len(texts)), progress, select, device)
    docs = tokenize_many(texts, models, device=device)
    complete(docs, [None if select is None else select(d) for d in docs], models, progress, batch_chars, device)
    return docs


def parse(text: str, models: ModelSet, device: str = "cpu") -> ParsedDoc:
    """Every sentence of one text, parsed."""
    return parse_many([text], models, device=device)[0]


# ---- serialisation (for the parse cache) ---------------------------------

_FIELDS = ("id", "text", "lemma", "upos", "feats", "head", "deprel", "start", "end", "space_after")


def to_data(doc: ParsedDoc) -> dict:
    """A document as JSON data; a sentence not parsed yet is marked "t" (tokens only)."""
    return {"model": doc.model, "sentences": [
        {"p": s.paragraph, "w": [[getattr(w, f) for f in _FIELDS] for w in s.words], **({} if s.parsed else {"t": 1})}
        for s in doc.sentences]}


def from_data(text: str, data: dict) -> ParsedDoc:
    sents = []
    for s in data["sentences"]:
        words = [Word(*row) for row in s["w"]]
        for w in words:
            if text[w.start:w.end] == "" and w.text:
                raise ValueError("offsets do not fit the text")
        sents.append(Sentence(words=words, start=words[0].start, end=words[-1].end, paragraph=s["p"],
                              parsed=not s.get("t")))
    return ParsedDoc(text=text, sentences=sents, model=data.get("model", ""))
