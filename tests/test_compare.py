"""The proposition comparison engine (claimcheck.compare) and the lexicon
mining script.  Every sentence here is written for these tests."""
from __future__ import annotations

import csv
import importlib.util
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.compare import Relation, compare_texts, similarity
from claimcheck.errors import ConfigError
from claimcheck.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parent.parent


def rel(a, b, **kw) -> Relation:
    r = compare_texts(a, b, **kw)
    assert r.relation in ("agree", "contradict", "unrelated")
    assert 0.0 <= r.score <= 1.0 and 0.0 <= r.similarity <= 1.0
    assert r.reasons and all(isinstance(x, str) and x for x in r.reasons)
    assert (r.kind is None) == (r.relation != "contradict")
    return r


# --- contradictions ---------------------------------------------------------

def test_negation():
    r = rel("الحكومة رفعت أسعار الوقود هذا الأسبوع", "الحكومة لم ترفع أسعار الوقود هذا الأسبوع")
    assert r.relation == "contradict" and r.kind == "negation"
    assert any(x.startswith("negation: لم") for x in r.reasons)


@pytest.mark.parametrize("neg", ["لن", "لا", "ليس", "غير", "عدم"])
def test_negation_particles(neg):
    a = "المصنع سيستأنف الإنتاج في الربيع"
    b = {"لن": "المصنع لن يستأنف الإنتاج في الربيع",
         "لا": "المصنع لا يستأنف الإنتاج في الربيع",
         "ليس": "المصنع ليس مستأنفا الإنتاج في الربيع",
         "غير": "المصنع غير مستأنف الإنتاج في الربيع",
         "عدم": "عدم استئناف المصنع الإنتاج في الربيع"}[neg]
    r = rel(a, b)
    assert r.relation == "contradict" and r.kind == "negation"


def test_a_rise_that_names_a_measure_opposes_no_fall():
    rate = "المعدل الحقيقي لارتفاع الأسعار يتجاوز 15 في المئة هذا العام"
    r = rel(rate, "التضخم انخفض إلى 5 في المئة هذا العام")
    assert not any(x.startswith("opposing") for x in r.reasons), r.reasons
    r = rel("الأسعار ارتفعت 15 في المئة هذا العام", "الأسعار انخفضت 15 في المئة هذا العام")
    assert any(x.startswith("opposing") for x in r.reasons), r.reasons


def test_a_word_of_a_pair_in_another_sense_opposes_nothing():
    # "تقدم بطعن" files an appeal: no advance against a withdrawal
    r = rel("الحزب سيتقدم بطعن أمام المحكمة خلال يومين", "نواب الحزب انسحبوا من الجلسة قبل التصويت")
    assert not any(x.startswith("opposing") for x in r.reasons), r.reasons
    r = rel("القوات تقدمت باتجاه المدينة", "القوات انسحبت من المدينة")
    assert any(x.startswith("opposing") for x in r.reasons), r.reasons


def test_two_negations_agree():
    r = rel("اللجنة لم توافق على المشروع الجديد", "لم توافق اللجنة على المشروع الجديد")
    assert r.relation == "agree"


def test_still_is_not_a_negation():
    r = rel("المفاوضات لا تزال متعثرة بين الطرفين", "المفاوضات متعثرة بين الطرفين")
    assert r.relation == "agree"


def test_a_negated_expectation_is_not_a_negation():
    # a forecast that something will not happen, not a statement that it did not
    r = rel("لا يتوقع توقيع اتفاق السلام خلال الزيارة", "تم توقيع اتفاق السلام خلال الزيارة")
    assert r.relation != "contradict"
    assert rel("لم يتم توقيع اتفاق السلام", "تم توقيع اتفاق السلام").kind == "negation"


def test_opposing_predicates():
    r = rel("ارتفاع أسعار الذهب في الأسواق المحلية", "انخفاض أسعار الذهب في الأسواق المحلية")
    assert r.relation == "contradict" and r.kind == "opposing"
    assert "opposing: ارتفاع / انخفاض" in r.reasons


def test_opposing_predicates_across_word_forms():
    # يرتفع / تنخفض meet ارتفاع / انخفاض through their roots
    r = rel("سعر القمح يرتفع في السوق العالمية", "أسعار القمح تنخفض في السوق العالمية")
    assert r.relation == "contradict" and r.kind == "opposing"


def test_a_root_meets_an_opposite_only_in_its_own_form():
    # "استقدام" (bringing in, form X) shares a root with "تقدم" (advancing): no opposition
    r = rel("مقاتلو التنظيم تراجعوا عن المدينة", "استقدام مقاتلين إلى المدينة")
    assert r.kind != "opposing"
    assert rel("الجيش تقدم نحو المدينة", "الجيش تراجع عن المدينة").kind == "opposing"


def test_negated_opposite_agrees():
    r = rel("الصادرات ارتفعت خلال الربع الثاني", "الصادرات لم تنخفض خلال الربع الثاني")
    assert r.relation == "agree"


def test_numeric_conflict():
    r = rel("مقتل 300 شخص في الفيضانات التي ضربت الإقليم", "مقتل 200 شخص في الفيضانات التي ضربت الإقليم")
    assert r.relation == "contradict" and r.kind == "numeric"
    assert "numbers: 300 / 200" in r.reasons


def test_eastern_arabic_digits():
    same = rel("مقتل ٣٠٠ شخص في الفيضانات", "مقتل 300 شخص في الفيضانات")
    assert same.relation == "agree"
    other = rel("مقتل ٢٠٠ شخص في الفيضانات", "مقتل 300 شخص في الفيضانات")
    assert other.relation == "contradict" and other.kind == "numeric"
    assert "numbers: 200 / 300" in other.reasons


def test_scale_words_and_approximate_numbers():
    assert rel("الشركة تستثمر 5 آلاف دولار", "الشركة تستثمر 5000 دولار").relation == "agree"
    # "أكثر من مليار" does not conflict with 1.2 مليار
    assert rel("المصرف يقرض الدولة أكثر من مليار دولار", "المصرف يقرض الدولة 1.2 مليار دولار").relation == "agree"


def test_years_do_not_conflict_with_durations():
    r = rel("أول انتخابات بلدية منذ تسعة أعوام", "أول انتخابات بلدية منذ 2012")
    assert r.kind != "numeric"


def test_denial_by_stance():
    claim = "الوزير قدم استقالته إلى رئيس الحكومة"
    r = rel(claim, claim, stance_a="deny")
    assert r.relation == "contradict" and r.kind == "denial"
    assert rel(claim, claim, stance_a="deny", stance_b="deny").relation == "agree"
    assert rel(claim, claim, stance_b="deny").kind == "denial"


def test_denial_by_falsity_phrase():
    r = rel("الشركة تنفي إفلاسها أمام المحكمة", "إفلاس الشركة أمام المحكمة")
    assert r.relation == "contradict" and r.kind == "denial"
    r = rel("أنباء إغلاق الحدود شائعات", "إغلاق الحدود مع الجارة الشمالية")
    assert r.relation == "contradict" and r.kind == "denial"


def test_substitution():
    r = rel("الوزارة ترفع سعر القمح في السوق الرسمية", "الوزارة ترفع سعر الأرز في السوق الرسمية")
    assert r.relation == "contradict" and r.kind == "substitution"
    assert "different: القمح / الارز" in r.reasons


def test_invalid_stance():
    with pytest.raises(ValueError):
        compare_texts("نص", "نص", stance_a="maybe")


# --- agreement ----------------------------------------------------------------

def test_paraphrase_khuruj_ikhraj():
    r = rel("خروج القوات الأجنبية من المدينة الساحلية", "إخراج القوات الأجنبية من المدينة الساحلية")
    assert r.relation == "agree"


def test_paraphrase_maqtal_masra():
    r = rel("مقتل ثلاثة صحفيين في انفجار سيارة مفخخة", "مصرع ثلاثة صحفيين في انفجار سيارة مفخخة")
    assert r.relation == "agree"


def test_paraphrase_verb_and_noun_and_clitics():
    # verb vs. verbal noun, past vs. present, clitics, hamza and spelling variants
    r = rel("الشرطة تعتقل المتهمين بسرقة المتحف الأمريكي",
            "اعتقال الشرطة للمتهمين بسرقة المتحف الأميركي")
    assert r.relation == "agree"
    assert rel("الوزارة كشفت تفاصيل الخطة", "الوزارة تكشف تفاصيل الخطة").relation == "agree"


def test_reporting_verbs_are_not_content():
    r = rel("الوزارة أعلنت افتتاح المستشفى الجديد في العاصمة", "افتتاح المستشفى الجديد في العاصمة")
    assert r.relation == "agree"


def test_identical_texts_agree():
    t = "المنتخب يتأهل إلى نهائي البطولة القارية"
    r = rel(t, t)
    assert r.relation == "agree" and r.similarity == pytest.approx(1.0)


# --- unrelated ----------------------------------------------------------------

def test_unrelated():
    r = rel("البنك المركزي يرفع سعر الفائدة لمواجهة التضخم", "فريق كرة القدم يفوز بالبطولة بعد مباراة مثيرة")
    assert r.relation == "unrelated"
    assert r.reasons[0].startswith("low similarity")


def test_unrelated_sharing_one_place():
    r = rel("افتتاح معرض للكتاب في القاهرة بمشاركة مئات الناشرين",
            "ارتفاع درجات الحرارة في القاهرة خلال عطلة نهاية الأسبوع")
    assert r.relation == "unrelated"


def test_similarity_values():
    assert similarity("تراجع الصادرات الزراعية", "تراجع الصادرات الزراعية") == pytest.approx(1.0)
    assert similarity("تراجع الصادرات الزراعية", "مهرجان للموسيقى في المدينة القديمة") < 0.25
    hi = similarity("خروج القوات من المدينة", "إخراج القوات من المدينة")
    lo = similarity("خروج القوات من المدينة", "القوات تدخل القرية")
    assert hi > lo


# --- lexicon ------------------------------------------------------------------

def test_user_lexicon_adds_opposites_and_equivalents(tmp_path):
    a, b = "المدرسة تفتح أبوابها صباحا", "المدرسة توصد أبوابها صباحا"
    extra = tmp_path / "extra.yaml"
    extra.write_text("opposites:\n  - [تفتح, توصد]\n", encoding="utf-8")
    r = rel(a, b, lex=load_lexicon([extra]))
    assert r.relation == "contradict" and r.kind == "opposing"
    syn = tmp_path / "syn.yaml"
    syn.write_text("equivalents:\n  - [الحافلة, الباص]\n", encoding="utf-8")
    x, y = "تأخر الحافلة عن موعدها صباحا", "تأخر الباص عن موعدها صباحا"
    assert rel(x, y).kind == "substitution"
    assert rel(x, y, lex=load_lexicon([syn])).relation == "agree"


def test_builtin_yaml_files_load():
    lex = load_lexicon()
    assert ("ارتفاع", "انخفاض") in lex.opposites
    assert any({"مقتل", "مصرع"} <= set(g) for g in lex.equivalents)


def test_bad_user_lexicon(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("opposites:\n  - [وحيدة]\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_lexicon([bad])


# --- properties and speed -------------------------------------------------------

VOCAB = ["ارتفاع", "انخفاض", "أسعار", "النفط", "لم", "لا", "يرتفع", "الحكومة", "تنفي", "مقتل",
         "مصرع", "300", "٣٠٠", "200", "في", "من", "الدولار", "اليورو", "خروج", "إخراج", "غير", "صحيح"]
TEXT = st.lists(st.sampled_from(VOCAB), max_size=8).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_properties(a, b):
    x, y = compare_texts(a, b), compare_texts(b, a)
    assert x.relation == y.relation and x.kind == y.kind
    assert 0.0 <= x.score <= 1.0 and 0.0 <= x.similarity <= 1.0
    assert compare_texts(a, a).relation == "agree"


def test_fast_enough():
    words = ["الحكومة", "ترفع", "أسعار", "الوقود", "في", "المدن", "الكبرى", "بنسبة", "عشرة", "بالمئة",
             "بعد", "قرار", "البرلمان", "الجديد", "حول", "الدعم"]
    pairs = []
    for i in range(400):
        a = " ".join(words[(i + k) % len(words)] for k in range(8)) + f" {i}"
        b = " ".join(words[(i * 3 + k) % len(words)] for k in range(9)) + f" {i + 1}"
        pairs.append((a, b))
    t0 = time.perf_counter()
    for a, b in pairs:
        compare_texts(a, b)
    assert time.perf_counter() - t0 < 10.0  # about 0.5 ms a pair; generous for loaded machines


# --- the mining script --------------------------------------------------------

def _miner():
    spec = importlib.util.spec_from_file_location("mine_lexicons", ROOT / "scripts" / "mine_lexicons.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


STORIES = [
    "الفرقة {} في حفل المدينة الساحلية مساء الجمعة",
    "الكاتبة {} في معرض الكتاب بالعاصمة هذا الشهر",
    "المنتخب {} في البطولة القارية للشباب",
]


def test_mine_finds_flips_and_synonyms(tmp_path):
    m = _miner()
    path = tmp_path / "train.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["s1", "s2", "stance"])
        for s in STORIES:
            w.writerow([s.format("تتألق"), s.format("تتعثر"), "disagree"])
            w.writerow([s.format("تتألق"), s.format("تلمع"), "agree"])
    out = m.mine(path)
    assert (("تتالق", "تتعثر"), 3, 0) in out["opposites"]
    assert (("تتالق", "تلمع"), 3, 0) in out["equivalents"]


def test_mine_keeps_the_hand_written_part():
    m = _miner()
    text = (ROOT / "claimcheck" / "data" / "equivalents.yaml").read_text(encoding="utf-8")
    head, generated = m.split_generated(text)
    assert head.lstrip().startswith("#") and generated.lstrip().startswith(m.MARKER)
    assert text == head + generated


def test_mined_swaps_of_names_are_no_opposites():
    # opposites.yaml holds words of what is said, no mined swap of two names
    text = (ROOT / "claimcheck" / "data" / "opposites.yaml").read_text(encoding="utf-8")
    assert _miner().MARKER not in text
    from claimcheck.lexicon import default_lexicon
    pairs = {frozenset(p) for p in default_lexicon().opposites}
    assert frozenset(("روسيا", "ايران")) not in pairs and frozenset(("ارتفاع", "هبوط")) in pairs


def test_a_participle_of_the_plain_or_doubled_stem_opposes_nothing_through_its_root():
    # "مقدمة من" is provided by, no advance against a decline; a derived stem's still does
    r = rel("اللقاحات متوفرة بعد وصول شحنة مقدمة من منظمة الطفولة", "تراجع معدلات التغطية خلال سنوات الحرب")
    assert not any(x.startswith("opposing") for x in r.reasons), r.reasons
    r = rel("أسعار الخبز مرتفعة هذا الشهر", "أسعار الخبز منخفضة هذا الشهر")
    assert any(x.startswith("opposing") for x in r.reasons), r.reasons
