"""Parsing only what can carry a claim: sentence selection, the context a
claim reads, the cache of partly parsed documents, the device option, and the
tree decoder's fast path.  Fast tests use a whitespace parse (tests/fakes.py);
those marked slow compare with Stanza parsing everything."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from fakes import FakeStanza
from typer.testing import CliRunner

from claimcheck import analyze
from claimcheck import parse as P
from claimcheck.cache import ParseCache
from claimcheck.cli import app
from claimcheck.errors import ClaimcheckError, ModelError
from claimcheck.extract import Extractor
from claimcheck.lexicon import default_lexicon, load_lexicon
from claimcheck.models import resolve
from claimcheck.types import ParsedDoc, Sentence, Word

# a speaker named in a sentence with no cue, a pro-drop claim after it, and a
# sentence with no cue (one only a user's lexicon knows)
TEXT = ("التقى الوزير فادي سليم بالصحفيين في مقر الوزارة صباح أمس.\n"
        "وقال: إن الطريق الساحلي سيفتح أمام السيارات الأسبوع المقبل.\n"
        "وباحت البلدية أن الطقس في المدينة معتدل هذا الأسبوع.\n")
EXTRA_CUE = "cues:\n  - lemma: باح\n    kind: reveal\n    stance: assert\n    forms: [باح, باحت]\n"


def claims_of(report):
    return [c.to_dict() for c in report.claims]


def test_only_sentences_with_a_cue_are_selected():
    doc = FakeStanza().parse_many([TEXT], None, select=lambda d: ())[0]
    assert not any(s.parsed for s in doc.sentences)
    assert Extractor(default_lexicon()).candidates(doc) == {1}
    lex = load_lexicon_text(EXTRA_CUE)
    assert Extractor(lex).candidates(doc) == {1, 2}


def test_a_cue_that_can_make_no_claim_whatever_the_parse_selects_no_sentence():
    text = ("وحمل المشاركون أعلام البلاد في المسيرة.\n"          # blaming verb, no object of blame
            "ونشر الموقع صورا للمصنع المحترق.\n"                   # needs a marker, none in reach
            "ونشر الموقع أن المصنع احترق.\n"                        # ... with one
            "وحمّلت الحكومة الحركة مسؤولية الهجوم.\n")             # ... with an object of blame
    doc = FakeStanza().parse_many([text], None, select=lambda d: ())[0]
    assert Extractor(default_lexicon()).candidates(doc) == {2, 3}


def test_a_verb_of_showing_is_selected_only_after_a_data_source(monkeypatch):
    text = ("ويظهر اللاعب في الصورة مع مدربه.\n"                  # appears: no data source so far
            "وتظهر الأرقام أن الصادرات ارتفعت.\n"                  # the figures show
            "كما تظهر أن الواردات تراجعت.\n")                     # ... their claim's source inherited
    doc = FakeStanza().parse_many([text], None, select=lambda d: ())[0]
    assert Extractor(default_lexicon()).candidates(doc) == {1, 2}
    FakeStanza().install(monkeypatch)
    claims = claims_of(analyze(text))
    assert [c["source"]["text"] for c in claims] == ["الأرقام", "الأرقام"]
    assert claims == claims_of(analyze(text, full_parse=True))


def load_lexicon_text(text):
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "lex.yaml"
        p.write_text(text, encoding="utf-8")
        return load_lexicon([p])


def test_the_sentence_naming_a_pro_drop_speaker_is_parsed_too(monkeypatch):
    fake = FakeStanza().install(monkeypatch)
    rep = analyze(TEXT)
    assert [i for _, i in fake.parsed] == [1, 0]        # the cue's sentence, then the one it reads
    assert [c.source.text for c in rep.claims] == ["فادي سليم"]
    full = analyze(TEXT, full_parse=True)
    assert claims_of(full) == claims_of(rep)


def test_a_cached_partial_parse_is_parsed_further_for_a_richer_lexicon(monkeypatch, tmp_path):
    fake = FakeStanza().install(monkeypatch)
    cache = ParseCache(tmp_path)
    first = analyze(TEXT, cache=cache)
    assert len(first.claims) == 1 and len(fake.parsed) == 2
    entry = cache.get(TEXT, first.model["id"])
    assert [s.parsed for s in entry.sentences] == [True, True, False]

    lex = load_lexicon_text(EXTRA_CUE)
    second = analyze(TEXT, cache=cache, lexicon=lex)
    assert [i for _, i in fake.parsed[2:]] == [2]        # only what the new cue needs
    assert [c.cue.lemma for c in second.claims] == ["قال", "باح"]
    assert all(s.parsed for s in cache.get(TEXT, first.model["id"]).sentences)
    analyze(TEXT, cache=cache, lexicon=lex)
    assert len(fake.parsed) == 3                          # nothing left to parse


def test_tokens_only_sentences_survive_the_cache_format():
    w = Word(1, "قال", "قال", "X", "", 0, "dep", 0, 3)
    doc = ParsedDoc("قال", [Sentence([w], 0, 3, parsed=False)], "m")
    back = P.from_data(doc.text, P.to_data(doc))
    assert back.sentences[0].parsed is False
    doc.sentences[0].parsed = True
    assert P.from_data(doc.text, P.to_data(doc)).sentences[0].parsed is True


def test_multiword_tokens_go_to_stanza_as_tokens_with_their_words():
    text = "ولم يقل"
    ws = [Word(1, "و", "", "X", "", 0, "dep", 0, 3), Word(2, "لم", "", "X", "", 0, "dep", 0, 3),
          Word(3, "يقل", "", "X", "", 0, "dep", 4, 7)]
    assert P._token_dicts(text, Sentence(ws, 0, 7)) == [
        {"id": (1, 2), "text": "ولم"}, {"id": 1, "text": "و"}, {"id": 2, "text": "لم"}, {"id": 3, "text": "يقل"}]


def test_device_names(monkeypatch):
    torch = pytest.importorskip("torch")
    assert P.resolve_device("cpu") == "cpu"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert P.resolve_device("auto") == "cpu"
    with pytest.raises(ModelError, match="sees no CUDA GPU"):
        P.resolve_device("cuda")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert P.resolve_device("auto") == "cuda" and P.resolve_device("cuda") == "cuda"
    with pytest.raises(ClaimcheckError, match="device must be one of auto, cpu, cuda"):
        analyze("نص", device="tpu")


def test_device_option_is_checked(article):
    r = CliRunner().invoke(app, ["analyze", "--device", "tpu", str(article)])
    assert r.exit_code == 2 and "tpu" in r.output


def test_full_parse_option_gives_the_same_report(article):
    a = CliRunner().invoke(app, ["analyze", "--format", "json", "--no-cache", str(article)])
    b = CliRunner().invoke(app, ["analyze", "--format", "json", "--no-cache", "--full-parse", str(article)])
    assert a.exit_code == b.exit_code == 0 and a.output == b.output


# ---- the tree decoder ----------------------------------------------------------

def test_acyclic():
    assert P._acyclic(np.array([0, 0, 1, 1, 3]))
    assert not P._acyclic(np.array([0, 2, 1, 0]))
    assert not P._acyclic(np.array([0, 2, 3, 2, 0]))


def test_fast_tree_decoding_gives_stanza_trees(monkeypatch):
    ce = pytest.importorskip("stanza.models.common.chuliu_edmonds")
    monkeypatch.setattr(ce, "tarjan", P.STANZA_DECODING.get("tarjan", ce.tarjan))   # Stanza's, not ours
    rng = np.random.default_rng(7)
    fast = slow = 0
    calls: list[int] = []

    def original(x):
        calls.append(1)
        return ce.chuliu_edmonds_one_root(x)
    for n in list(range(2, 40)) * 8:
        s = rng.normal(size=(n, n)).astype(np.float32)
        if rng.random() < 0.6:              # a clear tree, as a trained parser gives
            heads = [0] + [int(rng.integers(0, k)) for k in range(1, n)]
            for d, h in enumerate(heads[1:], 1):
                s[d, h] += 6
            s[:, 0][rng.random(n) < 0.2] += 3   # and sometimes a second root candidate
        if rng.random() < 0.2:
            s[rng.random((n, n)) < 0.1] = -np.inf
        if not np.isfinite(s[1:, :]).any(axis=1).all():
            continue
        try:
            want = ce.chuliu_edmonds_one_root(s.copy())
        except AssertionError:      # Stanza refuses some scores no parser gives
            continue
        before = len(calls)
        got = P._one_root_tree(s.copy(), original)
        assert np.array_equal(got, want), n
        fast += len(calls) == before
        slow += len(calls) > before
    assert fast > 20 and slow > 20


def test_a_greedy_cycle_under_one_root_needs_no_rescaled_search():
    """The greedy heads hold a cycle (2 <-> 3) and one root (1): the best tree
    without the one-root constraint has one root, so it is Stanza's answer,
    found without Stanza's rescaled search."""
    ce = pytest.importorskip("stanza.models.common.chuliu_edmonds")
    s = np.full((5, 5), -2.0)
    s[1, 0] = 5.0                   # 1 <- root
    s[2, 3], s[3, 2] = 4.0, 4.0     # 2 <-> 3: a cycle
    s[2, 1], s[3, 1] = 3.0, 1.0     # the cycle is broken at 2, from 1
    s[4, 3] = 4.0
    calls: list[int] = []

    def original(x):
        calls.append(1)
        return ce.chuliu_edmonds_one_root(x)
    got = P._one_root_tree(s.copy(), original)
    assert calls == []
    assert got.tolist() == [0, 0, 1, 2, 3] == ce.chuliu_edmonds_one_root(s.copy()).tolist()


# ---- with Stanza ------------------------------------------------------------------

@pytest.mark.slow
def test_partial_parse_finds_what_a_full_parse_finds(seed_text):
    texts = [seed_text, TEXT]
    part, full = analyze(texts), analyze(texts, full_parse=True)
    assert claims_of(part) == claims_of(full)
    assert [(c.claims, c.kind, c.reason) for c in part.contradictions] == \
           [(c.claims, c.kind, c.reason) for c in full.contradictions]
    assert len(part.claims) > 20


@pytest.mark.slow
def test_fast_decoding_parses_as_stanza_does(seed_text, monkeypatch):
    from stanza.models.common import chuliu_edmonds
    from stanza.models.depparse import model as graph
    ms = resolve("embedded")
    fast = P.parse(seed_text, ms)
    assert P.STANZA_DECODING and graph.chuliu_edmonds_one_root is not P.STANZA_DECODING["chuliu_edmonds_one_root"]
    monkeypatch.setattr(graph, "chuliu_edmonds_one_root", P.STANZA_DECODING["chuliu_edmonds_one_root"])
    monkeypatch.setattr(chuliu_edmonds, "tarjan", P.STANZA_DECODING["tarjan"])
    plain = P.parse(seed_text, ms)

    def rows(d):
        return [(w.text, w.upos, w.head, w.deprel) for w in d.words()]
    assert rows(fast) == rows(plain)


@pytest.mark.slow
def test_cache_holds_the_partial_parse(tmp_path, seed_text):
    cache = ParseCache(tmp_path)
    rep = analyze(seed_text, cache=cache)
    doc = cache.get(seed_text, rep.model["id"])
    parsed = [s.parsed for s in doc.sentences]
    assert any(parsed) and not all(parsed)
    for s in doc.sentences:
        assert all(w.upos == "X" and w.head == 0 for w in s.words) != s.parsed
    assert claims_of(analyze(seed_text, cache=cache)) == claims_of(rep)


@pytest.mark.slow
def test_device_cuda_without_a_gpu_is_one_sentence(tmp_path):
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(app, ["analyze", "--device", "cuda", "--no-cache", str(p)])
    assert r.exit_code == 2
    assert "sees no CUDA GPU" in r.output and "Traceback" not in r.output


@pytest.mark.slow
def test_device_cuda_finds_the_claims_of_the_cpu(seed_text):
    """Where a GPU is (run on one by hand: CI has none), Stanza on it gives the
    claims, stances and contradictions the CPU gives."""
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("no CUDA GPU on this machine")
    texts = [seed_text, TEXT]
    on_gpu = analyze(texts, cache=False, device="cuda")
    on_cpu = analyze(texts, cache=False, device="cpu")
    assert on_gpu.claims and claims_of(on_gpu) == claims_of(on_cpu)
    assert [c.to_dict() for c in on_gpu.contradictions] == [c.to_dict() for c in on_cpu.contradictions]
    assert P.resolve_device("auto") == "cuda"


def test_cycle_search_is_stanzas():
    ce = pytest.importorskip("stanza.models.common.chuliu_edmonds")
    tarjan = P.STANZA_DECODING.get("tarjan", ce.tarjan)
    rng = np.random.default_rng(3)
    for n in list(range(1, 30)) * 20:
        tree = rng.integers(0, n, size=n)
        tree[0] = 0
        want, got = tarjan(tree.copy()), P._cycles(tree.copy())
        assert len(want) == len(got) and all(np.array_equal(a, b) for a, b in zip(want, got)), tree


SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_2682ec0bd473ef9d.txt"


@pytest.mark.slow
def test_the_tokenizer_batch_changes_no_token():
    """TOKENIZE_BATCH paragraphs a batch tokenize as the model's own batch does."""
    from claimcheck import parse
    from claimcheck.models import resolve
    ms = resolve("embedded")
    tok = parse.pipeline(ms, "cpu").processors["tokenize"]
    text = SEED.read_text(encoding="utf-8")
    texts = [text, text.replace("\n", " "), "قال الوزير إن النمو بلغ 3.5 في المئة. " * 40]

    def spans():
        return [[(s.start, s.end, [(w.start, w.end) for w in s.words]) for s in d.sentences]
                for d in parse.tokenize_many(texts, ms)]
    assert tok.trainer.args["batch_size"] == parse.TOKENIZE_BATCH
    wide = spans()
    tok.trainer.args["batch_size"] = 32
    try:
        assert spans() == wide
    finally:
        tok.trainer.args["batch_size"] = parse.TOKENIZE_BATCH


@pytest.mark.slow
def test_loaded_models_are_kept_out_of_the_collectors_sweeps():
    """What a model load leaves (torch, Stanza, the models) is frozen out of
    the garbage collector's full sweeps, and parsing goes on as before."""
    import gc

    from claimcheck import parse
    from claimcheck.models import resolve
    ms = resolve("embedded")
    parse._PIPELINES.clear()
    gc.unfreeze()
    parse._SETTLED = False
    parse.pipeline(ms, "cpu")
    frozen = gc.get_freeze_count()
    assert frozen > 100_000
    parse._PIPELINES.clear()
    parse.pipeline(ms, "cpu")           # loaded again: frozen once a process, not again
    assert gc.get_freeze_count() <= frozen      # (a frozen object freed since leaves the count)
    doc = parse.parse("قال الوزير إن الاتفاق ألغي.", ms)
    assert [w.text for w in doc.sentences[0].words][:2] == ["قال", "الوزير"] and doc.sentences[0].parsed


@pytest.mark.slow
def test_a_documents_tokens_do_not_depend_on_the_others_tokenized_with_it():
    """Two paragraphs longer than Stanza's window, in one batch of its
    tokenizer, get other tokens than each alone; tokenize_many gives each
    its own call, and every document tokenizes as it does alone."""
    from claimcheck import parse
    from claimcheck.models import resolve
    ms = resolve("embedded")
    nlp = parse.pipeline(ms, "cpu")
    line = SEED.read_text(encoding="utf-8").replace("\n", " ")
    a, b = line[:1100].strip(), line[1100:2280].strip()
    assert parse.WINDOW < len(a) <= parse.MAX_PARAGRAPH and parse.WINDOW < len(b) <= parse.MAX_PARAGRAPH
    alone = [parse.tokenize_paragraphs(nlp, [a])[0], parse.tokenize_paragraphs(nlp, [b])[0]]
    assert parse.tokenize_paragraphs(nlp, [a, b]) != alone        # what this test guards against
    texts = [a, SEED.read_text(encoding="utf-8"), b, "نفى المتحدث ذلك.\n\n" + a]
    together = [parse.to_data(d) for d in parse.tokenize_many(texts, ms)]
    assert together == [parse.to_data(parse.tokenize_many([t], ms)[0]) for t in texts]


@pytest.mark.slow
def test_a_line_too_long_is_cut_into_pieces_stanza_reads_whole():
    """A line over MAX_PARAGRAPH (text pasted without line breaks) is cut into
    pieces of at most WINDOW characters, which are batched; a paragraph
    between the two lengths stays whole."""
    from claimcheck import parse
    line = SEED.read_text(encoding="utf-8").replace("\n", " ")
    pieces = parse.paragraphs(line)
    assert len(pieces) > 3 and all(len(p) <= parse.WINDOW for _, p in pieces)
    assert all(line[o:o + len(p)] == p for o, p in pieces)
    assert [o for o, _ in pieces] == [0] + [o + len(p) for o, p in pieces[:-1]]     # nothing left out
    spaced = " " * 600 + "ب" * 1000
    assert all(p.strip() for _, p in parse.paragraphs(spaced))       # no piece of spaces alone
    assert parse.paragraphs("ا" * 1200) == [(0, "ا" * 1200)] and len(parse.paragraphs("ا" * 1201)) == 2
    natural = line[:1100].strip()
    assert parse.paragraphs(natural) == [(0, natural)]


@pytest.mark.slow
def test_the_tokenizer_read_directly_gives_stanzas_tokens():
    """The tokenizer's predictions read without Stanza's Document: the tokens,
    sentences and paragraphs Stanza's own bulk_process gives (one number cut at
    its decimal point, blank lines, a paragraph cut for length included); a
    word longer than Stanza's longest keeps its offsets."""
    from claimcheck import parse
    from claimcheck.models import resolve
    ms = resolve("embedded")
    assert parse._direct(parse.pipeline(ms, "cpu"))
    text = SEED.read_text(encoding="utf-8")
    texts = [text, "قال الوزير إن النمو بلغ 3.5 في المئة.\n\n\n  وأضاف: «لن نتراجع».  ", "نفى المتحدث ذلك. " * 120]
    direct = [parse.to_data(d) for d in parse.tokenize_many(texts, ms)]
    real = parse._direct
    parse._direct = lambda nlp: False
    try:
        assert [parse.to_data(d) for d in parse.tokenize_many(texts, ms)] == direct
    finally:
        parse._direct = real
    long = "x" * 1100 + " قال الوزير إن الاتفاق ألغي."
    doc = parse.tokenize_many([long], ms)[0]
    first = doc.sentences[0].words[0]
    assert (first.start, first.end, first.text) == (0, 1100, "x" * 1100)
    assert [w.text for w in doc.sentences[-1].words][-2:] == ["ألغي", "."]
    assert parse._token_dicts(long, doc.sentences[0])[0]["text"] == "<UNK>"
    longest = parse.longest_word(parse.pipeline(ms, "cpu"))
    assert longest == 400, "the embedded tokenizer's max_seqlen"
    assert parse._token_dicts(long, doc.sentences[0], longest)[0]["text"] == "<UNK>"


@pytest.mark.slow
def test_the_character_table_gives_stanzas_tokenizer_input():
    """The tokenizer's input built from a table of characters: the ids, labels,
    features and units Stanza's own para_to_sentences builds, paragraph by
    paragraph (digits, Latin capitals, a lone character, odd spaces)."""
    from stanza.models.tokenization.data import TokenizationDataset

    from claimcheck import parse
    from claimcheck.models import resolve
    tok = parse.pipeline(resolve("embedded"), "cpu").processors["tokenize"]
    raw = "\n\n".join([SEED.read_text(encoding="utf-8"), "قال Reuters إن النمو 3.5٪ و١٢٣ في\u00a0المئة.",
                       "x", "؟", "  بين  قوسين (NATO)  ", "A 1,000.5 ب"])

    def data():
        return TokenizationDataset(tok.config, input_text=raw, vocab=tok.vocab, evaluation=True,
                                   dictionary=tok.trainer.dictionary)
    theirs, ours = data(), data()
    parse._char_table_features(ours)
    assert ours.para_to_sentences is not theirs.para_to_sentences
    assert len(theirs.data) >= 6
    for para in theirs.data:
        want, got = theirs.para_to_sentences(para), ours.para_to_sentences(para)
        assert len(want) == len(got) == 1
        for a, b in zip(want[0][:3], got[0][:3]):
            assert a.shape == b.shape and np.array_equal(a, b)
        assert want[0][3] == got[0][3]


@pytest.mark.slow
def test_the_fast_vocabulary_map_gives_stanzas_ids():
    """Every vocabulary of the embedded tagger, lemmatizer and parser maps
    characters, words and tags to the ids Stanza's own map gives (unknown
    units, Latin capitals and None included)."""
    from claimcheck import parse
    from claimcheck.models import resolve
    nlp = parse.pipeline(resolve("embedded"), "cpu")
    original = parse.STANZA_DECODING["map"]
    units = list("قال الوزير إن 3.5٪ Reuters NATO ﷺ") + ["قال", "الوزير", "NOUN", "Reuters", "؟", "", None]
    seen = 0
    for name in ("pos", "lemma", "depparse"):
        multi = nlp.processors[name].trainer.vocab if hasattr(nlp.processors[name], "trainer") else None
        multi = multi if multi is not None else nlp.processors[name].vocab
        for key, vocab in getattr(multi, "_vocabs", {}).items():
            try:
                want = original(vocab, units)
            except (AttributeError, TypeError, ValueError):
                continue        # a vocabulary of its own lookup that cannot take these units (keyed features)
            assert vocab.map(units) == want, (name, key)
            seen += 1
    assert seen >= 5
