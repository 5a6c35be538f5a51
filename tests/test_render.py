"""Visual order for terminals that do not reorder right-to-left text (no
Stanza)."""
import pytest

from claimcheck.render import Cell, visual_order


@pytest.mark.parametrize("logical, visual", [
    ("قال الوزير", "ريزولا لاق"),
    ("خلال 48 ساعة", "ةعاس 48 لالخ"),                  # numbers keep their order
    ("نقلت Reuters News أمس", "سمأ Reuters News تلقن"),  # so do Latin words
    ("ارتفع 2.5% و3,500", "3,500و %2.5 عفترا"),
    ("(أونروا) قالت", "تلاق (اورنوأ)"),                 # brackets mirrored
    ("«نزحوا»", "«اوحزن»"),
    ("Hello world", "Hello world"),
    ("", ""),
    ("قال  ", "  لاق"),                                 # trailing spaces: the line's (right) end
])
def test_visual_order(logical, visual):
    assert visual_order(logical) == visual


def test_visual_order_keeps_every_character():
    s = "قال (رويترز) إن 3,500 شخص «نزحوا» Reuters 2.5% من ٣٠٠ [كذا]"
    assert sorted(visual_order(s)) == sorted(s)


def test_cells_wrap_in_logical_order_then_turn_each_line():
    text = "نفى نائب وزير الخارجية الروسي سيرجي ريابكوف توصل موسكو لاتفاق"
    logical = Cell(False)(text, 20).splitlines()
    visual = Cell(True)(text, 20).splitlines()
    assert [visual_order(line) for line in logical] == visual
    assert "فوكباير" in "".join(visual)


@pytest.mark.parametrize("env", [{"VTE_VERSION": "7200"}, {"TERM_PROGRAM": "Apple_Terminal"},
                                 {"KONSOLE_VERSION": "230800"}])
def test_terminals_that_reorder_themselves_get_logical_order(env, monkeypatch):
    from rich.console import Console

    from claimcheck.render import choose_bidi
    for k in ("VTE_VERSION", "TERM_PROGRAM", "KONSOLE_VERSION", "MLTERM", "CLAIMCHECK_BIDI"):
        monkeypatch.delenv(k, raising=False)
    console = Console(force_terminal=True)
    assert choose_bidi("auto", console) is True
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert choose_bidi("auto", console) is False


# ---- the whole view, on a report built by hand ------------------------------

def _report():
    from claimcheck.types import Claim, Contradiction, Cue, Document, Report, Span, Topic
    text = ("نفى المتحدث باسم وزارة الداخلية أن يكون المعبر الحدودي قد أغلق أمام الشاحنات القادمة من الشمال.\n"
            "وكانت صحيفة المساء قد نقلت عن مصادر في الجمارك أن المعبر الحدودي أغلق أمام الشاحنات.\n")

    def span(s: str) -> Span:
        k = text.index(s)
        return Span(s, k, k + len(s))

    def claim(n, cue, src, content, stance):
        c = Cue(span(cue), cue, "deny" if stance == "deny" else "report", stance, "verb", n, 0)
        return Claim(f"d0:c{n}", "a.txt", c, span(src), src, span(content), stance, topic="t1")
    a = claim(0, "نفى", "المتحدث باسم وزارة الداخلية",
              "يكون المعبر الحدودي قد أغلق أمام الشاحنات القادمة من الشمال", "deny")
    b = claim(1, "نقلت", "صحيفة المساء", "المعبر الحدودي أغلق أمام الشاحنات", "assert")
    x = Contradiction(("d0:c0", "d0:c1"), "t1", "denial", 0.9,
                      "المتحدث باسم وزارة الداخلية denies what صحيفة المساء reports", "0123456789ab")
    return Report([Document("a.txt", text, 2)], [a, b], [Topic("t1", "المعبر الحدودي أغلق", ["d0:c0", "d0:c1"])],
                  [x])


def _lines(width: int, bidi: str) -> list[str]:
    from rich.console import Console

    from claimcheck.render import render
    con = Console(width=width, record=True, no_color=True, force_terminal=False)
    with con.capture() as cap:
        render(_report(), con, bidi)
    return cap.get().splitlines()


def test_reasons_keep_their_english_word_order_in_both_modes():
    visual = [x for x in _lines(80, "visual") if "denies what" in x]
    assert visual and visual[0].strip() == (f"{visual_order('المتحدث باسم وزارة الداخلية')} denies what "
                                             f"{visual_order('صحيفة المساء')} reports")
    logical = [x for x in _lines(80, "logical") if "denies what" in x]
    # a terminal that reorders by itself sees a left-to-right line (its first strong character is LRM)
    assert logical[0].strip().startswith("\u200eالمتحدث")


def test_arabic_cells_end_on_the_right_in_visual_order():
    lines = _lines(80, "visual")
    rows = [x for x in lines if "ةيلخادلا" in x or "ءاسملا" in x or "نيحاشلا" in x]
    assert rows
    content_ends = {len(x.rstrip()) for x in rows if "deny" not in x and "assert" not in x and x.strip()}
    assert len(content_ends) == 1, rows       # wrapped content lines end in one column


@pytest.mark.parametrize("width", [30, 45, 59])
def test_narrow_terminals_stack_the_claims_within_the_width(width):
    for bidi in ("visual", "logical"):
        lines = _lines(width, bidi)
        assert all(len(x.rstrip()) <= width for x in lines), (width, bidi)
        text = "\n".join(lines)
        assert "deny" in text and "assert" in text and "denies what" in text
        if bidi == "logical":
            assert "المعبر الحدودي" in text                # nothing cut from the start of a line
    lines = _lines(width, "visual")
    claims = lines[:next(k for k, x in enumerate(lines) if "denial (" in x)]      # not the (English) reasons
    arabic = [x for x in claims if any("\u0600" <= ch <= "\u06ff" for ch in x)]
    assert arabic and all(len(x) == width for x in arabic)    # right-aligned


def test_topic_labels_name_the_event_not_the_function_words():
    from claimcheck.lexicon import default_lexicon
    from claimcheck.topics import KeyMaker, label
    report = _report()
    km = KeyMaker(default_lexicon())
    keys = [km(c.content.text) for c in report.claims]
    text = label(report.claims, keys)
    words = text.split()
    assert "المعبر" in text and 2 <= len(words) <= 6
    assert words[0] not in ("قد", "أن", "من", "في", "لا") and words[-1] not in ("قد", "أن", "من", "في", "لا")
