"""claimcheck.arabic: words, folding, clitics, roots and numbers on
hand-written Arabic examples (no Stanza)."""
import pytest

from claimcheck.arabic import (
    cognate_object,
    dual_singular,
    fold,
    number_spans,
    numbers,
    proclitic_forms,
    root,
    stem_forms,
    strip_clitics,
    strip_suffix,
    words,
)


def texts(s):
    return [t.text for t in words(s)]


# ---------------------------------------------------------------------------
# words

def test_words_with_offsets():
    s = "قال الوزير: 1,500 شخص"
    toks = words(s)
    assert [t.text for t in toks] == ["قال", "الوزير", "1,500", "شخص"]
    for t in toks:
        assert s[t.start:t.end] == t.text


def test_a_word_keeps_diacritics_tatweel_and_joiners():
    assert texts("الْعَرَبِيَّةُ") == ["الْعَرَبِيَّةُ"]
    assert texts("الـمتحدث") == ["الـمتحدث"]
    assert texts("شخص\u200cا") == ["شخص\u200cا"]          # ZWNJ inside a word
    assert texts("\u200fرويترز\u200f") == ["رويترز"]      # RLM around it is not part of it


def test_numbers_are_one_word_with_their_separators():
    assert texts("2.5 و٣٫٥ و1٬500 و1,500") == ["2.5", "و", "٣٫٥", "و", "1٬500", "و", "1,500"]
    assert texts("50% من") == ["50", "من"]
    assert texts("Reuters قالت") == ["Reuters", "قالت"]


# ---------------------------------------------------------------------------
# folding

@pytest.mark.parametrize("raw, folded", [
    ("أإآٱا", "ااااا"),
    ("مستشفى", "مستشفي"),
    ("الحكومة", "الحكومه"),
    ("مسؤول", "مسوول"),
    ("رئيس", "رييس"),
    ("الْعَرَبِيَّةُ", "العربيه"),
    ("الـــمتحدث", "المتحدث"),
    ("٣٠٠", "300"),
    ("۱۲۳", "123"),                                    # Persian digits
    ("ﻻ", "لا"),                                       # presentation form
    ("ﷲ", "الله"),
    ("شخص\u200cا", "شخصا"),                            # ZWNJ
    ("قا\u200dل", "قال"),                              # ZWJ
    ("وزا\u00adرة", "وزاره"),                          # soft hyphen
    ("\u200eقال\u200f\u061c", "قال"),                  # LRM, RLM, ALM
    ("\ufeffقال", "قال"),                              # BOM
])
def test_fold(raw, folded):
    assert fold(raw) == folded
    assert fold(folded) == folded


# ---------------------------------------------------------------------------
# clitics

def test_proclitics():
    assert strip_clitics("والمسلحين") == "مسلحين"
    assert strip_clitics(fold("بالاتفاق")) == "اتفاق"
    assert strip_clitics("للسلام") == "سلام"
    assert strip_clitics("الوزير") == "وزير"
    assert strip_clitics("قال") == "قال"                 # three letters stay
    assert proclitic_forms(fold("والليرة")) == ("والليره", "الليره", "ليره")


def test_pronoun_suffixes_separately():
    assert strip_suffix(fold("استقالته")) == "استقالت"
    assert strip_suffix("عايلاتهم") == "عايلات"
    assert strip_suffix("كتب") == "كتب"
    assert strip_suffix("الاتفاقات") == "الاتفاقات"      # not a pronoun
    assert strip_suffix("الاتفاقات", light=True) == "الاتفاق"


def test_stem_forms():
    assert "استقال" in stem_forms(fold("استقالته"))
    assert "قياسي" in stem_forms("قياسيا")
    assert stem_forms("تكشف") & stem_forms("كشفت")


# ---------------------------------------------------------------------------
# roots

@pytest.mark.parametrize("word, r", [
    ("خروج", "خرج"), ("إخراج", "خرج"), ("يخرج", "خرج"), ("مخرج", "خرج"), ("استخراج", "خرج"),
    ("ارتفاع", "رفع"), ("يرتفع", "رفع"), ("اعتقال", "عقل"), ("المعتقلين", "عقل"),
    ("انخفاض", "خفض"), ("تراجع", "رجع"), ("استقالته", "قال"), ("الاستقالة", "قال"),
    ("أعلن", "علن"), ("إعلان", "علن"), ("كشفت", "كشف"), ("الوزير", "وزر"), ("وزير", "وزر"),
    ("المتحدث", "حدث"), ("تصريحات", "صرح"), ("مقتل", "قتل"), ("الحكومة", "حكم"),
    # a final ك is the root's, not "your": the noun and its plural have one root
    ("اشتباك", "شبك"), ("اشتباكات", "شبك"), ("معركة", "عرك"), ("المعارك", "عرك"), ("تحرك", "حرك"),
    ("حراك", "حرك"), ("شريك", "شرك"), ("استهلاك", "هلك"),
])
def test_root(word, r):
    assert root(word) == r


def test_root_leaves_short_and_foreign_words():
    assert root("قال") == "قال"
    assert root("Reuters") == "Reuters"
    assert root("2019") == "2019"
    assert root("") == ""


def test_a_relative_adjectives_feminine_has_its_masculines_root():
    # "المنزلية" is no منفعل of زلي, "الأمنية" no wish: the root of "منزلي"، "أمني"
    for fem, masc in (("المنزلية", "منزلي"), ("الأمنية", "أمني"), ("المحلية", "محلي"), ("البحرية", "بحري"),
                      ("والعسكرية", "عسكري")):
        assert root(fem) == root(masc), fem
    assert root("المنزلية") == "نزل" and root("البلدية") == "بلد"
    # short words keep their ending: "يديه" (his hands)
    assert root("يديه") == "يدي"


def test_root_is_deterministic():
    ws = ["خروج", "إخراج", "ارتفاع", "استقالته", "المسلحين"]
    assert [root(w) for w in ws] == [root(w) for w in reversed(ws)][::-1]


# ---------------------------------------------------------------------------
# numbers

@pytest.mark.parametrize("text, values", [
    ("قتل ٣٠٠ شخص", [300]),
    ("5 آلاف مسلح", [5000]),
    ("2.5 مليون دولار", [2.5e6]),
    ("1,500 جندي", [1500]),
    ("١٬٥٠٠ جندي", [1500]),
    ("٣٫٥ مليار", [3.5e9]),
    ("2.314 بليون دينار", [2.314e9]),
    ("3 تريليونات دولار", [3e12]),
    ("ما بين 18 و20 ألفا", [18, 20000]),
    ("خمسة عشر قتيلا", [15]),
    ("اثنا عشر جريحا", [12]),
    ("اثني عشر", [12]),
    ("أحد عشر", [11]),
    ("إحدى عشرة دولة", [11]),
    ("ثلاثة", [3]),
    ("ثلاث نساء", [3]),
    ("عشرة آلاف", [10000]),
    ("خمسة وعشرون", [25]),
    ("خمسة وعشرين ألفا", [25000]),
    ("عشرين", [20]),
    ("تسعون", [90]),
    ("مئة", [100]),
    ("مائة وخمسون", [150]),
    ("مئتان وخمسة وعشرون", [225]),
    ("ثلاثمئة", [300]),
    ("ثلاث مئة", [300]),
    ("ألفين", [2000]),
    ("مليون وخمسمئة ألف", [1.5e6]),
    ("مليونا و120 ألف طن", [1.12e6]),         # digits after a scale and "و" go on with it
    ("3 آلاف و200 شخص", [3200]),
    ("مليون و5 ملايين", [1e6, 5e6]),          # a scale as large again: two figures
    ("بخمسة", [5]),
    ("ثلاثة وأربعة", [3, 4]),
    ("20 وخمسة", [20, 5]),
    ("ارتفع بنسبة 90ر6 بالمئة", [6.9]),        # news-agency decimals: the fraction typed first
    ("نحو 5ر2 مليون", [2.5e6]),
    ("نحو ألف شخص", [1000]),                  # a lone thousand before what it counts
    ("جنديا واحدا", [1]),                     # one in the accusative, after what it counts
])
def test_numbers(text, values):
    assert numbers(text) == [float(v) for v in values]


@pytest.mark.parametrize("text", [
    "آلاف الأشخاص", "عشرات القتلى", "يوم الاثنين", "أحد المسؤولين", "لست أدري", "قال الوزير", "حرف الألف",
])
def test_not_numbers(text):
    assert numbers(text) == []


def test_number_spans_point_into_the_folded_text():
    s = fold("قتل خمسة عشر شخصا و300 جريح")
    spans = number_spans(s)
    assert [(n.value, s[n.start:n.end]) for n in spans] == [(15.0, "خمسه عشر"), (300.0, "300")]


def test_inflected_forms_reach_the_dictionary_form():
    from claimcheck.arabic import inflected_forms

    assert "سيطر" in inflected_forms("وسيطروا")
    assert "سيطر" in inflected_forms("سيطرتهم")
    assert "سيطر" in inflected_forms("يسيطر")
    assert "صد" in inflected_forms("صدوا")
    # the future's س, and forms VII, VIII and X whose alef the imperfect drops
    assert "انخفض" in inflected_forms("ستنخفض")
    assert "ارتفع" in inflected_forms("يرتفع")
    assert "استمر" in inflected_forms("تستمر")
    # a noun's sound feminine plural
    assert "اصابه" in inflected_forms("الإصابات")
    # (its singular in ة only: "تعليقات" (comments) is no "تعليق" (suspension))
    # and its dual ("سقوط قذيفتين" is "سقوط قذيفة" twice); not a short word's "تين"
    assert "قذيفه" in inflected_forms("قذيفتين") and "طايره" in inflected_forms("طائرتان")
    assert "سنه" not in inflected_forms("سنتين")
    assert "تعليق" not in inflected_forms("تعليقات")
    # the future's س only on a verb: "السينما" is no "نما"
    assert "نما" not in inflected_forms("السينما")
    # a word that opens with a hamza's alef has no article to lose: "ألغيت" is "ألغى"
    assert "الغي" in inflected_forms("ألغيت") and "الغي" in inflected_forms("وألغيت")
    # the imperfect writes that hamza on a waw: "ستؤجل" is "أجل", "يؤكد" is "أكد"
    assert "اجل" in inflected_forms("ستؤجل") and "اكد" in inflected_forms("يؤكد")
    assert "اجل" not in inflected_forms("مؤجل"), "a participle is no imperfect"
    # a noun in teh marbuta writes it as a teh before a pronoun
    assert "مسووليه" in inflected_forms("مسؤوليتها") and "خساره" in inflected_forms("خسارته")
    # a form I imperfect keeps no alef of its own: "يسقط" (falls) is not "أسقط" (brought down)
    assert "اسقط" not in inflected_forms("يسقط")


def test_alef_maqsura_as_written_tells_the_verb_from_the_noun():
    from claimcheck.arabic import fold, written_maqsura
    assert fold("نفى") == fold("نفي")
    assert written_maqsura("نَفَى") and written_maqsura("نفى")
    assert not written_maqsura("نفي") and not written_maqsura("نفيٌ")


@pytest.mark.parametrize("noun, verb, cognate", [
    ("إنكارا", "أنكر", True), ("نفيا", "نفى", True), ("تأكيدا", "أكد", True),
    ("نفيًا", "نفت", True),        # a weak verb's feminine past: two letters of its root and the ت
    ("رفضا", "رفضت", True), ("بيانا", "نفت", False),
    ("شديدا", "أنكر", False),      # an adjective, not the verb's noun
    ("الإنكار", "أنكر", False),    # definite: a noun phrase, not a cognate object
    ("ارتفاعا", "توقع", False), ("مواطن", "ادعى", False),
])
def test_cognate_objects_are_the_verbs_own_indefinite_verbal_nouns(noun, verb, cognate):
    assert cognate_object(noun, verb) is cognate


def test_a_nouns_owner_and_a_participles_feminine_dual():
    from claimcheck.arabic import feminine_duals, fold, without_owner
    assert "بيان" in without_owner(fold("بيانها"))
    assert fold("رسالة") in without_owner(fold("رسالته"))       # teh marbuta back before the suffix
    assert without_owner(fold("بيان")) == set()
    assert fold("مؤكدتين") in feminine_duals(fold("مؤكدة"))
    assert feminine_duals(fold("مؤكدا")) == ()


def test_among_reads_a_word_with_its_conjunction_or_without():
    from claimcheck.arabic import among
    words = {"لم", "قد"}
    assert among("لم", words) and among("ولم", words) and among("فقد", words)
    assert not among("ول", words) and not among("لمم", words)


def test_listed_reads_a_word_as_written_or_bare_of_its_proclitics():
    from claimcheck.arabic import listed
    words = {fold("مسلحين"), fold("منهم")}
    assert listed(fold("منهم"), words) and listed(fold("والمسلحين"), words) and listed(fold("للمسلحين"), words)
    assert not listed(fold("مسلح"), words) and not listed("", words)


def test_teh_marbuta_as_written():
    from claimcheck.arabic import written_teh_marbuta
    assert written_teh_marbuta("سيطرة") and written_teh_marbuta("سيطرةً")
    assert not written_teh_marbuta("سيطره") and not written_teh_marbuta("نفاه")


def test_a_conjunctions_length_with_its_marks():
    from claimcheck.arabic import conjunction_length
    assert conjunction_length("والمعارضة") == 1 and conjunction_length("وَمصر") == 2
    assert conjunction_length("مصر") == 0 and conjunction_length("") == 0


def test_the_future_prefix_of_a_verb():
    from claimcheck.arabic import future_stem
    assert future_stem("سينخفض") == "ينخفض" and future_stem("سترتفع") == "ترتفع"
    assert future_stem("سياسه") == "ياسه", "by its shape alone; the caller asks whether the stem is a predicate"
    assert future_stem("سعر") is None


def test_a_verb_in_the_future_by_its_shape():
    from claimcheck.arabic import future_verb
    for w in ("ستشمل", "سيكون", "سنواصل", "سيرتفع", "سيتجاوز", "ستبقى"):
        assert future_verb(w), w
    for w in ("سيطرة", "سيطرت", "سيارات", "سنويا", "سياسي", "سيناء", "سيدة", "سعر", "سيول"):
        assert not future_verb(w), w


def test_derived_verbal_nouns_by_their_shape():
    from claimcheck.arabic import derived_verbal_noun
    for w in ("تعطيل", "تدمير", "تعيين", "اعتقال", "انسحاب", "استئناف", "إسقاط", "الموافقة", "الاعتقال"):
        assert derived_verbal_noun(fold(w)), w
    for w in ("الحكومة", "وزير", "حماس", "تميم", "الاتحادي", "الانتقالية", "الإسرائيلي", "التركية", "التونسي"):
        assert not derived_verbal_noun(fold(w)), w


def test_without_article_keeps_a_first_letter_that_only_looks_like_a_proclitic():
    from claimcheck.arabic import without_article
    assert without_article(fold("للبورصة")) == fold("بورصة")
    assert without_article(fold("والنفط")) == fold("نفط")
    assert without_article(fold("الوقود")) == fold("وقود")
    assert without_article(fold("بورصة")) == fold("بورصة")      # strip_clitics would give "ورصة"


def test_without_accusative_alef_gives_the_noun_as_a_subject_writes_it():
    from claimcheck.arabic import without_accusative_alef
    assert without_accusative_alef(fold("مصدرا")) == fold("مصدر")
    assert without_accusative_alef(fold("مسؤولا")) == fold("مسؤول")
    assert without_accusative_alef(fold("مصدر")) == fold("مصدر")
    assert without_accusative_alef("ما") == "ما"        # too short to carry the ending


def test_a_body_ending_like_a_nisba_is_no_adjective():
    from claimcheck.arabic import indefinite_nisba
    assert not indefinite_nisba(fold("هيئة")) and not indefinite_nisba(fold("بيئة"))
    assert indefinite_nisba(fold("مصرية"))


def test_the_singular_of_a_noun_in_the_dual():
    masculine = {"شخص", "جندي"}
    assert dual_singular(fold("قذيفتين"), masculine) == fold("قذيفة")
    assert dual_singular(fold("شخصين"), masculine) == "شخص"
    assert dual_singular(fold("جنديان"), masculine) == "جندي"
    for word in ("مدنيين", "مرتين", "بوتين", "الطائرتين", "اثنين"):
        assert dual_singular(fold(word), masculine) is None, word
