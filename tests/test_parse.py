"""The parse layer: offsets, paragraphs, lazy loading."""
import subprocess
import sys

import pytest

from claimcheck.models import resolve
from claimcheck.parse import paragraphs, parse


@pytest.mark.slow
def test_seed_word_offsets_round_trip(seed_text):
    doc = parse(seed_text, resolve("embedded"))
    assert len(doc.sentences) > 20
    n = 0
    for s in doc.sentences:
        assert s.words
        for w in s.words:
            assert seed_text[w.start:w.end] == w.text, (w.text, w.start, w.end)
            assert w.upos and w.deprel
            assert 0 <= w.head <= len(s.words)
            n += 1
    assert n > 600


def test_paragraphs_split_at_line_breaks():
    text = "الفقرة الأولى.\r\n\r\nالفقرة الثانية\nالثالثة"
    ps = paragraphs(text)
    assert [p for _, p in ps] == ["الفقرة الأولى.", "الفقرة الثانية", "الثالثة"]
    for off, p in ps:
        assert text[off:off + len(p)] == p


def test_long_line_is_cut_without_losing_text():
    line = ("قال الوزير إن المشروع اكتمل. " * 400).strip()
    ps = paragraphs(line)
    assert len(ps) > 1
    assert "".join(p for _, p in ps) == line
    for off, p in ps:
        assert line[off:off + len(p)] == p


@pytest.mark.slow
def test_sentences_never_cross_paragraphs():
    text = "قال الوزير إن الطريق مغلق\nوأكد المحافظ أن الجسر مفتوح"
    doc = parse(text, resolve("embedded"))
    for s in doc.sentences:
        assert "\n" not in text[s.start:s.end]


def test_a_decimal_point_ends_no_sentence():
    from claimcheck.parse import _split_number
    text = "بلغ التضخم 68.44% في أكتوبر. وقال الوزير"
    cut = text.index(".") + 1
    assert _split_number(text, cut, cut)                    # "68." | "44%"
    end = text.index(". و") + 1
    assert not _split_number(text, end, end + 1)            # a real end, a space before the next


def _one_tokenizer_sentence(para):
    """`para` as the tokenizer's single sentence: its words and marks as raw tokens."""
    import re
    return [[(m.group(0), m.start(), m.end(), [m.group(0)])
             for m in re.finditer(r"[^\s.«»]+(?:\.[^\s.«»]+)*|[.«»]", para)]]


def test_a_sentence_end_the_tokenizer_left_inside_a_sentence_cuts_it():
    from claimcheck.parse import _convert
    text = "قتل جندي في الهجوم. وقال الوزير إن الطريق مغلق."
    doc = _convert(text, [(0, text)], [_one_tokenizer_sentence(text)], "m")
    assert [text[s.start:s.end] for s in doc.sentences] == ["قتل جندي في الهجوم.", "وقال الوزير إن الطريق مغلق."]
    text = "وارتفعت الأسعار 4.5 %. وقال الوزير إن التضخم تراجع."      # after a percent sign
    doc = _convert(text, [(0, text)], [_one_tokenizer_sentence(text)], "m")
    assert [text[s.start:s.end] for s in doc.sentences] == ["وارتفعت الأسعار 4.5 %.", "وقال الوزير إن التضخم تراجع."]
    text = "وقال الوزير: «الطريق مغلق». وأضاف أن الجسر مفتوح."      # after the quotation closes
    doc = _convert(text, [(0, text)], [_one_tokenizer_sentence(text)], "m")
    assert [text[s.start:s.end] for s in doc.sentences] == ["وقال الوزير: «الطريق مغلق».", "وأضاف أن الجسر مفتوح."]
    for s in doc.sentences:                                 # each sentence numbers its own words
        assert [w.id for w in s.words] == list(range(1, len(s.words) + 1))


def _glued(para):
    """`para` as the tokenizer's single sentence, each run of non-space one token."""
    import re
    return [[(m.group(0), m.start(), m.end(), [m.group(0)]) for m in re.finditer(r"\S+", para)]]


def test_a_point_the_tokenizer_left_on_a_word_is_a_token_and_ends_the_sentence():
    from claimcheck.parse import _convert
    text = "أعلن الوزير أن الاقتصاد نما العام الماضي. وبحسب البنك الدولي، فإن الاقتصاد انكمش."
    doc = _convert(text, [(0, text)], [_glued(text)], "m")   # "الماضي." one token, as the tokenizer left it
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "أعلن الوزير أن الاقتصاد نما العام الماضي.", "وبحسب البنك الدولي، فإن الاقتصاد انكمش."]
    assert [w.text for w in doc.sentences[0].words][-2:] == ["الماضي", "."]
    for s in doc.sentences:
        assert [w.id for w in s.words] == list(range(1, len(s.words) + 1))
        assert all(text[w.start:w.end] == w.text for w in s.words)
    # an abbreviation written with its points stays one token
    text = "وقال أ.د. محمد علي إن الامتحانات ستبدأ"
    doc = _convert(text, [(0, text)], [_glued(text)], "m")
    assert len(doc.sentences) == 1 and "أ.د." in [w.text for w in doc.sentences[0].words]


def test_no_cut_inside_a_quotation_or_after_an_initial():
    from claimcheck.parse import _convert
    for text in ("وقال الوزير: «الطريق مغلق. والجسر مفتوح» أمس",
                 'وقال الوزير: "الطريق مغلق. والجسر مفتوح" أمس',
                 "كتبه م. أحمد في الصحيفة",
                 "وقال أ.د. محمد علي إن الامتحانات ستبدأ"):
        doc = _convert(text, [(0, text)], [_one_tokenizer_sentence(text)], "m")
        assert len(doc.sentences) == 1, text


@pytest.mark.slow
def test_a_number_with_a_decimal_point_stays_in_its_sentence():
    text = "قالت الشركة إن حصتها البالغة 13.29٪ في المصرف ستباع بنحو 8.18 بليون دينار هذا العام."
    doc = parse(text, resolve("embedded"))
    assert len(doc.sentences) == 1
    assert [w.id for w in doc.sentences[0].words] == list(range(1, len(doc.sentences[0].words) + 1))


def test_importing_the_library_does_not_load_stanza():
    code = ("import sys, claimcheck, claimcheck.cli, claimcheck.pipeline; "
            "print('torch' in sys.modules, 'stanza' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.slow
def test_loading_the_models_does_not_import_torch_dynamo_and_leaves_torch_as_it_was():
    """Over a second of a cold run went to importing torch._dynamo for the
    optimizer Stanza's tokenizer builds; the models load without it, and
    torch's own guard is back in place afterwards."""
    code = ("import sys\n"
            "from claimcheck.models import resolve\n"
            "from claimcheck.parse import parse\n"
            "doc = parse('قال الوزير إن الطريق مغلق.', resolve('embedded'))\n"
            "from torch.optim.optimizer import Optimizer\n"
            "fn = Optimizer.add_param_group.__wrapped__\n"
            "print(len(doc.sentences), 'torch._dynamo' in sys.modules, hasattr(fn, '__dynamo_disable'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "False", "False"]


def test_one_set_of_models_for_auto_and_the_device_it_resolves_to(monkeypatch):
    """The benchmark loads the models with device "cpu", analyze() asks for
    "auto": on a machine without a GPU both are one pipeline, loaded once."""
    import stanza

    from claimcheck import parse
    from claimcheck.models import resolve
    loads = []
    monkeypatch.setattr(stanza, "Pipeline", lambda *a, **k: loads.append(k["device"]) or object())
    monkeypatch.setattr(parse, "_PIPELINES", {})
    monkeypatch.setattr(parse, "resolve_device", lambda d: "cpu" if d in ("auto", "cpu") else d)
    ms = resolve("embedded")
    first = parse.pipeline(ms, "cpu")
    assert parse.pipeline(ms, "auto") is first and parse.pipeline(ms, "cpu") is first
    assert loads == ["cpu"]
