"""Stance: does the source assert its content or deny it?  Claim -> Claim.

The cue gives the first reading (نفى denies, قال asserts).  The content can
turn a neutral cue into a denial (eval/FORMAT.md): it declares a report false
("قالت إن هذه الأنباء عارية من الصحة"، "أكد عدم صحة ..."), or it negates its
own main predicate ("قال إن الشركة لم تتعاقد مع أي جهة"), or its own verb
denies ("إن الشركة تنفي الخبر"), or it negates something and answers a
report with it ("لم يقتل في الغارة كما أشيع").  A positive counter-statement
("لا يزال حيا"), a negation of knowing ("لم يعرف مصدرها"), one inside an
opening concession ("رغم عدم ...")، a negated denial ("لا تنفي")، "no longer"
("لم يعد قادرا")، a resolve or a norm ("عدم التهاون"، "ضرورة عدم") stay
assertions, and so does a refusal of a demand or an offer ("رفض الوزير مطالب
النقابات").  Hedging comes from the cue, the content's hedge words or an
unnamed source.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from .arabic import (
    CONJUNCTIONS,
    DEMONSTRATIVES,
    MARKERS,
    WHAT,
    WORD,
    fold,
    listed,
    numbers,
    proclitic_forms,
    restricted,
    strip_clitics,
    third_person_suffix,
    without_accusative_alef,
    without_article,
    without_owner,
    year_like,
)
from .lexicon import Lexicon
from .types import Claim

# a negation this early in the content negates its main predicate
# (after أن / إن and at most a short subject: "أن الشركة ليس لديها ...")
NEGATION_WINDOW = 5
# (opening the window after a marker inside the content, "X يفيد بأن الحادث لم
# ...", was measured: train stance 0.978 -> 0.982, but cross-validated topics
# 0.675 -> 0.659, dev topics 0.684 -> 0.676 and a false contradiction on the
# seed, through the stance features of the topic model; left out.  So was a
# later clause that negates anything at all, "المعارك ما زالت جارية، والدعم
# السريع لم يستول على أي موقع", with "and not", "مدنيون وليسوا مقاتلين": train
# stance 0.984 -> 0.986 and 0.989 -> 0.995, but cross-validated contradictions
# 0.624 -> 0.615 and the written events 0.465 -> 0.441, more denials to pair)
# the words read for the negation when the content's subject names what was
# circulated (negation.yaml circulated_words)
CIRCULATED_WINDOW = 14
# words after "ردا على" searched for the reports a claim answers
ANSWER_REACH = 4
# words after a negation searched for an exception that makes it a restriction
EXCEPTIVE_REACH = 8
# falsity phrases count anywhere in this many first words of the content
FALSITY_WINDOW = 30
# an accusation (its object, then بـ) of making things up ("اتهمه بتضخيم الأرقام")
# denies them: the words searched for the بـ, and the words after it for falsity
ACCUSED_REACH = 6
ACCUSED_WINDOW = 2
# intensifier words a falsity phrase may hold between its words ("كل البعد")
MAX_INTENSIFIERS = 2
# words after a bound ("لا يقل عن") read for its figure (at once, or after "نحو")
FIGURE_REACH = 2
# ... and, with the verb first, past its subject ("لا يتجاوز إنتاج الكهرباء حاليا 1600")
SUBJECT_REACH = 5
# words after a refusal inside the content read for the report it turns down
REJECTED_REACH = 3
# words before a falsity phrase within which a charge names it ("بتهمة نشر أخبار كاذبة")
CHARGE_REACH = 6


def _words(text: str) -> list[str]:
    return [fold(w) for w in WORD.findall(text)]


def negated(ws: list[str], lex: Lexicon) -> bool:
    """The content negates its main predicate: not when it opens with a
    concession ("رغم عدم ...")، nor when the negation says that something is
    not known ("لم يعرف ...") or negates a denial ("لا تنفي ..."); a negation
    inside a relative clause ("الرحلات التي لم تبدأ") is passed over."""
    if ws[:1] and (ws[0] in lex.concessives or " ".join(ws[:2]) in lex.concessives):
        return False
    for k, w in enumerate(ws[:_window(ws, lex)]):
        if w == "ما" and k + 1 < len(ws) and ws[k + 1] in lex.negation_exceptions:
            return False        # "ما زال": still
        if k >= NEGATION_WINDOW and opens_with_falsity(ws[k:], lex):
            return False        # "الأنباء المتداولة عن ... لا أساس لها": the verdict's, not the predicate's
        verdict = _negation_at(ws, k, lex)
        if verdict is not None:
            return verdict
    return False


def _window(ws: list[str], lex: Lexicon) -> int:
    """How far into the content its main predicate's negation is looked for:
    NEGATION_WINDOW words, or, when the subject names what was circulated
    ("إن الصور المنشورة للمياه العكرة في الصنابير لا تخص المحافظة"), up to
    CIRCULATED_WINDOW words while no other clause opens (a verb in the present,
    a conjunction, a marker: "الفيديو المتداول يظهر جنودا لا يرتدون ...")."""
    if not lex.circulated_words & set(ws[:NEGATION_WINDOW]):
        return NEGATION_WINDOW
    for k in range(1, min(len(ws), CIRCULATED_WINDOW)):
        w = ws[k]
        if w in lex.negation:
            return max(k + 1, NEGATION_WINDOW)
        if w in lex.clause_links or w in lex.clause_openers or (w[:1] in CONJUNCTIONS and w[1:] in lex.clause_openers) \
                or (w[:1] in CONJUNCTIONS and w[1:2] in "يت" and 5 <= len(w) <= 7) \
                or (k >= NEGATION_WINDOW and w[:1] in "يت" and 4 <= len(w) <= 6 and ws[k - 1] not in lex.relatives):
            return k        # "الوثيقة المسربة صحيحة لكن الحكومة لم تعلق": another clause's negation
    return min(len(ws), CIRCULATED_WINDOW)


def _negation_at(ws: list[str], k: int, lex: Lexicon) -> Optional[bool]:
    """Whether the word at k is a negation that denies (True), one that denies
    nothing (False: a norm, a resolve, "no longer", a condition, a negated stop
    or denial, a bound on a figure, a restriction), or no negation of the
    main predicate (None: no negation, a forecast's "لن"، one in a relative clause)."""
    w = ws[k]
    if w not in lex.negation or w in lex.forecast_negators:
        return None
    nxt = ws[k + 1] if k + 1 < len(ws) else ""
    if k and ws[k - 1] in lex.relatives:
        return None         # "الرحلات التي لم تبدأ بعد ...": a relative clause's negation
    if k and ws[k - 1] in lex.conditionals:
        return False        # "إذا لم يتم التوصل إلى اتفاق ...": a condition
    if nxt in lex.deontic_words or (k and ws[k - 1] in lex.deontic_words):
        return False        # "لا ينبغي أن ..."، "ضرورة عدم ...": a norm, not a denial of a fact
    if nxt in lex.resolve_nouns:
        return False        # "عدم التهاون مع ...": a resolve
    if _no_longer(ws, k, lex):
        return False        # "لم يعد قادرا على ...": no longer, a new state
    if nxt in lex.negation_exceptions or nxt in lex.cessations or _denial_word(nxt, lex) \
            or lex.unknown_predicates & set(ws[k + 1:k + 3]) or _bound_at(ws, k, lex):
        return False
    return not restricted(ws[k + 1:k + 1 + EXCEPTIVE_REACH], lex.exceptives, lex.negation)


def _no_longer(ws: list[str], k: int, lex: Lexicon) -> bool:
    """"لم يعد" at k opens "no longer" and a state: an indefinite accusative
    ("قادرا")، a verb in the present ("تعتمد")، or a word of being
    (`no_longer_states`: "هناك"، "بحاجة"، "ضمن") - not "did not return"
    ("لم يعد إلى بلاده"، "لم يعد منذ أيام"، "لم يعد أبدا") nor "did not promise"
    ("لم يعد الموظفين بزيادة")."""
    if ws[k] != "لم" or k + 2 >= len(ws) or ws[k + 1] not in lex.no_longer:
        return False
    w = ws[k + 2]
    return w in lex.no_longer_states or (w[:1] in "يتن" and 3 <= len(w) <= 7 and w[-1:] != "ه") \
        or ((w.endswith("ا") or w.endswith("ين")) and len(w) > 3 and not w.startswith("ال")
            and w[:1] not in "بلك" and w not in lex.intensifiers and w not in lex.no_longer_adverbs)


def _bound_at(ws: list[str], k: int, lex: Lexicon) -> bool:
    """The negation at k opens a bound on a figure ("لا يقل عن 11"، "لم تتجاوز
    20 في المئة": numbers.yaml lower_bounds and upper_bounds): it states the
    figure, it denies nothing."""
    bounds = lex.lower_bounds | lex.upper_bounds      # folded when the lexicon loads
    for n in (3, 2):    # "لا يقل عن"، "لم تتجاوز": a bound's words
        after = ws[k + n:k + n + FIGURE_REACH]
        bound = " ".join(ws[k:k + n]) in bounds
        if bound and after and (numbers(after[0]) or (
                len(after) > 1 and after[0] in lex.approximators and numbers(after[1]))):
            return True     # (not "لم تتجاوز حدود عام 1967": the figure is no bound's)
        if bound and n == 2:
            # the verb first, its subject before the figure, in one clause: no year
            for w in ws[k + n:k + n + SUBJECT_REACH]:
                if (w[:1] in CONJUNCTIONS and (len(w) > 3 or w[1:] in lex.negation)) or w in lex.negation:
                    break
                found = numbers(w)
                if found:
                    return not year_like(found[0])
    return False


def _denial_word(w: str, lex: Lexicon) -> bool:
    """A verb or noun that denies by itself ("تنفي"، "تدحض"، "نفي")."""
    entry = lex.cue_forms.get(w)
    return w in lex.falsity or (entry is not None and entry.stance == "deny")


def denies_itself(ws: list[str], lex: Lexicon) -> bool:
    """The content's own verb denies ("وبالتالي تنفي الشركة خبر ..."، "هواوي
    تدحض هذه المزاعم"), not after a negation ("لا تنفي"); or the content opens
    with the speaker's refusal of a report or a charge ("أعربت الخارجية عن
    رفضها القاطع لهذه الادعاءات"، "أكدت رفضها التام لما ورد في التقرير"; not
    "رفضها للعرض": a refusal stated, no report denied)."""
    if ws and ({strip_clitics(ws[0])} | without_owner(strip_clitics(ws[0]))) & lex.refusals \
            and _report_ahead(ws[1:2 + REJECTED_REACH], lex):
        return True
    for k, w in enumerate(ws[:NEGATION_WINDOW]):
        entry = lex.cue_forms.get(w)
        if entry is not None and entry.stance == "deny" and entry.form == "verb" \
                and not (k and ws[k - 1] in lex.negation) \
                and (entry.kind != "reject" or _report_ahead(ws[k + 1:k + 1 + REJECTED_REACH], lex)):
            return True
    return False


def _report_ahead(ws: list[str], lex: Lexicon) -> bool:
    """What a refusal inside the content turns down is a report or a charge
    ("إن الشركة ترفض هذه الاتهامات"، "ترفض ما ورد في التقرير"), not a plan or a
    demand ("إن المملكة ترفض أي محاولة لتهجير ..."، "ترفض العرض": a stance
    stated, no report denied)."""
    return any(w in lex.reference_words or strip_clitics(w).removeprefix("ال").startswith("اتهام")
               or w in _single_phrases(tuple(lex.denial_phrases)) for w in ws)


def _refuses_report(ws: list[str], lex: Lexicon) -> bool:
    """What a refusal turns down is a report, a charge or what was said: a
    word of reference or falsity, a charge (_report_ahead), a noun of a
    report among its first words ("تأكيدات المصادر"، "ادعاءات الحركة"), what
    a reporting verb says ("ما تروج له الحكومة"، "ما نشرته الصحيفة"), or
    the recognition of it (cues.yaml acceptance_words: "رفض الاعتراف
    بالنتائج": the results announced) or those results (announced_results:
    "يرفض النتيجة")."""
    def cue(w: str):
        return lex.cue_entry(w) or next((lex.cue_forms[x] for x in without_owner(w) if x in lex.cue_forms), None)
    first = strip_clitics(ws[0]) if ws else ""
    return _report_ahead(ws, lex) or first in lex.acceptance_words or first in lex.announced_results or any(
        (e := cue(w)) is not None and (e.form == "noun" or (k and (ws[k - 1] in WHAT or ws[k - 1] in lex.relatives)))
        for k, w in enumerate(ws))


def relayed_denial(ws: list[str], lex: Lexicon) -> bool:
    """The content opens with a denial's verbal noun and its owner: what a
    reporter relays is a denial ("نقل الموقع عن مسؤولين نفيهم التوصل إلى
    تفاهمات"، "نقلت الوكالة عن مصدر نفيه القاطع لوجود ...")."""
    if not ws or not without_owner(ws[0]):
        return False
    e = lex.cue_forms.get(ws[0])
    return e is not None and e.stance == "deny" and e.form == "noun"


def _forms(w: str) -> set[str]:
    """A folded word with and without its proclitics, and without the
    accusative's alef ("جاء مخالفا للحقيقة" reads "مخالف للحقيقة")."""
    forms = set(proclitic_forms(w))
    return forms | {without_accusative_alef(f) for f in forms}


def declares_false(ws: list[str], lex: Lexicon, circulated: bool = False) -> bool:
    """The content calls a report false ("عارية من الصحة"، "شائعات"): a
    denial phrase among its first words, each word with or without its
    proclitics ("بالمغالطة"، "للحقيقة"), intensifiers between the words
    passed over ("عار تماما عن الصحة"، "بعيدة كل البعد عن الحقيقة").  With
    `circulated` (the content is what a report cue's source spread: "روجت
    صفحات لشائعات عن ..."، "تداولت مواقع أخبارا كاذبة") a phrase opening it is
    the writer's name for what was spread, not the source's verdict."""
    # a negation particle with its conjunction: "ولا علاقة له" (too short for proclitic_forms)
    forms = [_forms(w) | ({w[1:]} if w[:1] in CONJUNCTIONS and w[1:] in lex.negation else set())
             for w in ws[:FALSITY_WINDOW]]
    by_first = _phrases(tuple(lex.denial_phrases))
    return any(_phrase_at(forms, k, p, lex) and not _charged(forms, k, lex)
               and not (_mentioned(forms, k, lex, ws) or _describes(ws, k, lex) if len(p) == 1
                        else k > 0 and bool(forms[k - 1] & lex.mentions - DEMONSTRATIVES))
               and not (k and forms[k - 1] & lex.negation)
               for k, f in enumerate(forms) if not (circulated and k == 0)
               for w in f & by_first.keys() for p in by_first[w])


def _describes(ws: list[str], k: int, lex: Lexicon) -> bool:
    """The one-word verdict at k is the adjective of the indefinite noun right
    before it, a noun of nothing said (`said_things`): it describes a thing
    ("استخدموا حسابات وهمية")، it judges no report ("نشروا أرقاما وهمية")."""
    if k == 0 or ws[k] not in _single_phrases(tuple(lex.denial_phrases)):
        return False    # (a verdict as written, not with its article or a preposition: "حافل بالمغالطات")
    w = ws[k - 1]
    if len(w) < 3 or w.startswith("ال") or w in lex.function_words or w in lex.stopwords or w in lex.negation \
            or w in MARKERS or not w.isalpha() or strip_clitics(w) != w or third_person_suffix(w, single_h=False):
        return False    # (a word with a clitic is no bare indefinite noun: "التهم الموجهة لموكله باطلة")
    return not ({w, without_accusative_alef(w)} & lex.said_things)


def opens_with_falsity(ws: list[str], lex: Lexicon) -> bool:
    """The folded words open with a denial phrase ("عار تماما عن الصحة"،
    "كاذب"): a verdict, as after "ما كتب" in "إن ما كتب عار عن الصحة"."""
    forms = [_forms(w) for w in ws[:FALSITY_WINDOW]]
    by_first = _phrases(tuple(lex.denial_phrases))
    return bool(forms) and any(_phrase_at(forms, 0, p, lex) for w in forms[0] & by_first.keys() for p in by_first[w])


def _mentioned(forms: list[set[str]], k: int, lex: Lexicon, ws: list[str]) -> bool:
    """The word at k names reports as the thing talked about, not as a verdict:
    right after a word of `mentions` ("وراء الشائعات"، "لمثل هذه الشائعات"); after
    a demonstrative only with the article (a demonstrative subject takes the
    verdict: "إن هذه أكاذيب")."""
    if k > 1 and forms[k - 1] & _single_phrases(tuple(lex.denial_phrases)):
        k -= 1      # "لمثل هذه الشائعات المغرضة": the adjective of a mentioned word
    if k and numbers(ws[k - 1]):
        return True     # "رصدت أكثر من 300 شائعة": reports counted, not judged
    if k and ws[k].startswith("ال") and ws[k - 1].startswith("ال") and not (k > 1 and forms[k - 2] & DEMONSTRATIVES):
        return True     # "من نشر الأخبار الكاذبة": a definite adjective describes the thing talked about
    if k == 0 or not forms[k - 1] & lex.mentions:
        return False
    return not (forms[k - 1] & DEMONSTRATIVES) or ws[k].startswith("ال")


@lru_cache(maxsize=8)
def _single_phrases(phrases: tuple[str, ...]) -> frozenset:
    """The denial phrases of one word, folded."""
    return frozenset(w for p in phrases if len(ws := _words(p)) == 1 for w in ws)


def _accused_of_falsity(ws: list[str], lex: Lexicon) -> bool:
    """The accusation's charge, after the بـ of its frame, calls something false
    or made up ("الحركة بتضخيم عدد القتلى"، "القناة بفبركة الصور"): any word with
    ب in reach (a name may open with the letter: "بشار الأسد بتضخيم ...")."""
    for k, w in enumerate(ws[:ACCUSED_REACH]):
        # fabrications are single words, folded when the lexicon loads
        if w.startswith("ب") and len(w) > 3 and (w[1:] in lex.fabrications
                                                 or declares_false(ws[k:k + ACCUSED_WINDOW], lex)):
            return True
    return False


def _charged(forms: list[set[str]], k: int, lex: Lexicon) -> bool:
    """The phrase at k names a charge or a manner, not a verdict: "بتهمة
    نشر أخبار كاذبة" says what someone is accused of, "أدخلوا المعلومات بشكل
    خاطئ" how something was done."""
    # (a definite charge opening the content, after its marker, is its subject,
    # of which the verdict is said: "بأن التهم الموجهة لموكله باطلة")
    first = 1 if forms and forms[0] & MARKERS else 0
    return any(f & lex.charges and not (m == first and "ال" + without_article(min(f, key=len)) in f)
               for m, f in enumerate(forms[max(0, k - CHARGE_REACH):k], start=max(0, k - CHARGE_REACH))) \
        or (k > 0 and bool(forms[k - 1] & lex.manner_words))


def _phrase_at(forms: list[set[str]], k: int, phrase: tuple[str, ...], lex: Lexicon) -> bool:
    """The phrase's words from word k on, each among a word's forms, with at
    most MAX_INTENSIFIERS intensifiers before each word after the first."""
    for m, p in enumerate(phrase):
        skipped = 0
        while m and k < len(forms) and p not in forms[k] and skipped < MAX_INTENSIFIERS \
                and forms[k] & lex.intensifiers:
            k += 1
            skipped += 1
        if k >= len(forms) or p not in forms[k]:
            return False
        k += 1
    return True


@lru_cache(maxsize=8)
def _phrases(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """The denial phrases as folded words, by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        ws = tuple(_words(p))
        if ws:
            out.setdefault(ws[0], []).append(ws)
    return out


def corrects(text: str, lex: Lexicon) -> bool:
    """The content negates something and answers a report with it ("لم يسقط
    من المبنى كما أشيع"، "لا تحتوي على أي مواد ملوثة، خلافا لما أوردته
    تقارير"; negation.yaml corrections): the speaker's own negation, before the
    answer, or after the comma that closes an answer opening the content
    ("خلافا لما تردد، لم يتم إغلاق المعبر"), rejects what was reported (not a
    negation inside the report: "خلافا لما تردد عن عدم توفر الأدوية")."""
    ws = _words(text)
    by_first = _phrases(tuple(lex.corrections))
    for k, w in enumerate(ws):
        for p in by_first.get(w, ()):
            if tuple(ws[k:k + len(p)]) != p:
                continue
            if k == 0:
                after = _words(text.split("،", 1)[1]) if "،" in text else []
                return _denies_in(after, 0, len(after), lex)
            return _denies_in(ws, 0, k, lex)
    return False


def _denies_in(ws: list[str], lo: int, hi: int, lex: Lexicon) -> bool:
    """A negation among words lo..hi that denies (_negation_at), with its
    conjunction too ("سببه ماس كهربائي وليس عملا متعمدا كما أشيع")."""
    ws = [w[1:] if w[:1] in CONJUNCTIONS and w[1:] in lex.negation else w for w in ws]
    return any(_negation_at(ws, m, lex) for m in range(lo, hi))


def hedged(c: Claim, ws: list[str], lex: Lexicon) -> bool:
    if c.cue.hedge:
        return True
    if c.source is not None:
        head = _words(c.source.text)[:1]
        if head and head[0] in lex.unnamed_sources:
            return True
    return bool(set(ws) & lex.hedges)


def _refused_object(w: str, lex: Lexicon) -> bool:
    """A folded word names a demand, an offer or an appeal (cues.yaml
    refused_objects), indefinite in the accusative too ("رفض النادي عرضا
    سعوديا"، "رفضت المحكمة طعنا")."""
    bare = strip_clitics(w)
    return bare in lex.refused_objects or (bare.endswith("ا") and bare[:-1] in lex.refused_objects)


def assign_all(claims: list[Claim], lex: Lexicon, text: str = "") -> list[Claim]:
    """The claims of one document (`text`), each with stance, negated and
    hedged set (assign, told whether the claim answers reports); a report
    relayed inside a denial's content keeps its cue's
    stance: what the denial says of it ("قال الوزير إن ما نشرته الصحيفة عن
    تعذيب معتقلين كذب وافتراء"، "ما تروجه المنابر عن ... «تضليل»") is the
    denial's verdict, not the report's (eval/FORMAT.md, embedded reports);
    a negation of its own still makes it a denial."""
    out = [assign(c, lex, bool(text) and c.content is not None and c.cue.span.end <= c.content.start
                  and answers_reports(_words(text[c.cue.span.end:c.content.start]), lex)) for c in claims]
    denied = [(d.content.start, d.content.end, k) for k, d in enumerate(out)
              if d.stance == "deny" and d.content is not None]
    # (a negation in the report is its own: "نفت الشركة ما نشرته الصحيفة من أنها لم
    # تدفع الرواتب" relays a report that denies the pay, as the workers do)
    return [replace(c, stance=c.cue.stance)
            if c.stance != c.cue.stance and c.cue.stance == "assert" and not c.negated and any(
                k != n and start <= c.cue.span.start < end for start, end, k in denied)
            else c for n, c in enumerate(out)]


def answers_reports(ws: list[str], lex: Lexicon) -> bool:
    """Folded words between a cue and its content say that the claim answers
    reports: a word of replying, "على", then within ANSWER_REACH words one of
    negation.yaml answered_reports ("ردا على ما أثير في مواقع التواصل"،
    "تعليقا على تقارير صحفية"; not "ردا على سؤال")."""
    for k, w in enumerate(ws[:-1]):
        if listed(w, lex.reply_words) and ws[k + 1] == "علي":
            return any(listed(x, lex.answered_reports) for x in ws[k + 2:k + 2 + ANSWER_REACH])
    return False


def _forecast_negated(ws: list[str], lex: Lexicon) -> bool:
    """The content's main predicate is a forecast negated ("الحكومة لن ترفع
    سعر الخبز"), not one in a relative clause."""
    return any(w == "لن" and not (k and ws[k - 1] in lex.relatives)
               for k, w in enumerate(ws[:_window(ws, lex)]))


def assign(c: Claim, lex: Lexicon, answers: bool = False) -> Claim:
    """The claim with stance, negated and hedged set; `answers`: the claim
    answers reports (answers_reports), and a forecast it negates denies what
    they said ("وقال ردا على ما أثير في مواقع التواصل إن الحكومة لن ترفع سعر
    الخبز")."""
    if c.content is None:
        return c
    ws = _words(c.content.text)
    neg = negated(ws, lex)
    stance = c.cue.stance
    if stance == "assert" and answers and not neg and c.cue.kind != "accuse" and _forecast_negated(ws, lex):
        return replace(c, stance="deny", negated=True, hedged=hedged(c, ws, lex))
    # a report named by a noun ("ادعاء الحركة بالسيطرة ... غير صحيح") keeps
    # its cue's stance: what follows it is the verdict of the outer claim
    # an accusation's content is what it asserts, negated or not ("اتهمه بعدم الكفاءة")
    # a denial verb that opens what a report relays is its subject's, not the
    # reporter's ("وفقا لما نقلته وسائل إعلام، نفى مصدر في الجيش ...")
    if stance == "assert" and c.cue.form != "noun" and c.cue.kind != "accuse" \
            and (neg or declares_false(ws, lex, c.cue.kind == "report")
                 or (c.cue.kind != "report" and (denies_itself(ws, lex) or corrects(c.content.text, lex)))
                 or relayed_denial(ws, lex)
                 or (c.cue.kind in ("reveal", "explain") and bool(ws) and ws[0] in lex.fact_check_nouns)):
        # ("تكشف حقيقة ما تم تداوله": a fact-check, cues.yaml fact_check_nouns)
        stance = "deny"
    elif stance == "assert" and c.cue.kind == "accuse" and _accused_of_falsity(ws, lex):
        stance = "deny"     # "اتهم الحركة بتضخيم عدد القتلى"، "بفبركة الصور": what she says is false
    elif stance == "deny" and c.cue.kind == "reject" and ws[:1] and (
            _refused_object(ws[0], lex)
            or (fold(c.cue.lemma) in lex.refusals and not _refuses_report(ws[:REJECTED_REACH], lex))):
        # "رفض الوزير مطالب النقابات ..."، "رفضت الوزارة منح تأشيرات للوفد": a refusal of a
        # demand or of an act denies nothing; of a report or a charge it does ("رفض الأرقام
        # التي نشرتها الوكالة"، "رفض الاتهامات"), and so does ruling out ("استبعد أن ...")
        stance = "assert"
    return replace(c, stance=stance, negated=neg, hedged=hedged(c, ws, lex))
