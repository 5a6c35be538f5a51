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
