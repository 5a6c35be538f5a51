"""Canonical source names: titles and role words stripped, spelling variants
(سيرجي / سيرغي) merged with rapidfuzz within a document."""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from .arabic import (
    WORD,
    definite_nisba,
    fold,
    indefinite_nisba,
    proclitic_forms,
    strip_clitics,
    without_accusative_alef,
    without_article,
    without_owner,
)
from .lexicon import Lexicon


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _is_role(w: str, lex: Lexicon) -> bool:
    f = fold(w)
    if f in lex.name_parts:
        return False
    if w[:2] in ("إل", "أل", "آل") and f not in lex.titles:
        return False    # "إلهام"، "إلياس": a hamza, not the article (folding hides it)
    if f.startswith("وال") and len(f) > 4:
        f = f[1:]       # "وزارة التربية والتعليم": a definite word joined on goes with the institution
        #                 (not "والي": the governor, no "و" + "الي")
    # "لل..." is a preposition with the article ("للصحفيين"); a bare "ل" may
    # begin a name ("لافروف"), so it is not taken for a role word
    return f in lex.titles or f.startswith("ال") or f.startswith("لل") or (f.startswith("ال") and f[2:] in lex.titles)


def _personal_name(ws: list[str], lex: Lexicon, bare_titles: set[str]) -> bool:
    """Words after the titles that make a personal name ending in family names
    with the article ("مصطفى الكاظمي"، "عبد الفتاح البرهان"): two to four
    words, the first no role and no institution ("مجلس النواب"), no title
    among them (`bare_titles`: the titles with and without the article), no
    preposition."""
    fs = [fold(w) for w in ws]
    # a word with the article inside the name follows "عبد" / "أبو" ("عبد الفتاح"),
    # else it is a family name at the end ("مجلس النواب محمد ..." is no name)
    inner = all(not f.startswith("ال") or f in lex.name_parts or fs[k - 1] in _NAME_HEADS
                for k, f in enumerate(fs[:-1]) if k > 0)
    return 2 <= len(ws) <= 4 and inner and not _is_role(ws[0], lex) and fs[0][:1] not in "بلك" \
        and "ال" + fs[0] not in lex.generic_sources \
        and fs[0] not in _RANK_WORDS and not any(f.removeprefix("ال") in bare_titles for f in fs) \
        and not any(f in lex.prepositions for f in fs)


# words a given name is built on ("عبد الفتاح"، "أبو بكر"), and words of a
# military rank that follow its title ("الفريق أول"، "الفريق الركن")
_NAME_HEADS = ("عبد", "ابو", "ابي", "بن", "ابن")
_RANK_WORDS = ("اول", "ركن", "الركن")


def outlet_addressed(f: str, lex: Lexicon) -> bool:
    """A folded word that opens the outlet a speaker talks to: "لوكالة"،
    "لصحيفة"، the one named before ("للصحيفة"، "للوكالة")، an outlet of a name
    of its own ("لرويترز"، "للجزيرة"), a "لـ" written apart (the outlet that
    writes, too: "لموقعنا"، "لقناتنا").  The extractor reads it to end a
    source, and canonical to drop what follows a comma ("خالد بن سعيد، لصحيفة
    محلية")."""
    return f == "ل" or (f[:1] == "ل" and (f[1:] in lex.outlet_words or f[1:] in lex.named_outlets or (
        f.startswith("لل") and ("ال" + f[2:] in lex.named_outlets or f[2:] in lex.outlet_words)) or (
        f.endswith("نا") and bool(without_owner(f[1:]) & lex.outlet_words))))


def _addressed(part: str, lex: Lexicon) -> bool:
    """A phrase of the outlet spoken to: "لصحيفة محلية"، "لوكالة الأناضول"."""
    first = WORD.findall(part)[:1]
    return bool(first) and outlet_addressed(fold(first[0]), lex)


def canonical(text: str, lex: Lexicon, propn: tuple = ()) -> str:
    """The source's name without titles: the outer source of a nested one
    ("رويترز عن المعارضة" -> "رويترز"); a personal name after role words
    ("نائب وزير الخارجية الروسي سيرجي ريابكوف" -> "سيرجي ريابكوف"); an
    institution or an unnamed source is kept whole."""
    # "القاضي نفسه" (the judge himself): the reflexive names no one
    text = " ".join(w for w in text.split() if fold(w.strip("،,")) not in lex.same_source_words) or text
    # "الوزارة في بيانها"، "الشركة عبر تغريدة": the channel is not the speaker
    ws = text.split()
    channel = next((k for k in range(1, len(ws) - 1) if fold(ws[k]) in _CHANNEL_WORDS
                    and _statement_word(fold(ws[k + 1].strip("،,")), lex)), None)
    if channel is not None:
        text = " ".join(ws[:channel])
    parts = re.split(r"\s*[،,]\s*", text)
    if len(parts) > 1 and _addressed(parts[-1], lex):
        text = "، ".join(parts[:-1])     # "خالد بن سعيد، لصحيفة محلية": who he spoke to
    words = _words(text)
    if words and words[0].startswith("لل") and len(words[0]) > 4:
        words[0] = "ال" + without_article(words[0])     # "وفقا للمرصد السوري": the name is "المرصد السوري"
    if "عن" in words[1:]:
        words = words[: words.index("عن", 1)]
        if len(words) > 1 and lex.cue_forms.get(f"{fold(words[-1])} عن") is not None:
            words = words[:-1]      # "وسائل إعلام نقلا عن مصادر": the relaying word is no part of the name
    if words and words[0] in ("عن", "من"):
        words = words[1:]
    named_outlet = [w for w in words if fold(w) not in lex.outlet_words]
    if named_outlet and len(named_outlet) < len(words) and indefinite_nisba(fold(named_outlet[-1])) \
            and not any(fold(w).startswith("ال") for w in named_outlet):
        return " ".join(words)      # "صحيفة محلية": an outlet described, not named (not "محلية")
    words = named_outlet or words
    if not words:
        return text.strip()
    if without_accusative_alef(fold(words[0])) in lex.unnamed_sources or fold(words[0]) in lex.unnamed_sources:
        return " ".join(words)      # "مصدر أمني"، "أن مصدرا أمنيا" (not the adjectives the tagger took for a name)
    # the parser's proper nouns: the last run of two or more words is the
    # person's name ("محافظ حمص، طلال البرازي" -> "طلال البرازي")
    head = " ".join(words)
    runs = [r for r in propn if r in head]
    named = [r for r in runs if len(r.split()) >= 2]
    if named:
        rest = head[head.rfind(named[-1]) + len(named[-1]):].split()
        if fold(named[-1].split()[-1]) in lex.name_links and rest:
            return f"{named[-1]} {rest[0]}"     # "خالد بن سعيد": the tagger's run stops at the link
        return named[-1]
    if runs and head.startswith(runs[0]) and len(words) > 1 and fold(words[1]).startswith("ل") \
            and fold(words[1]).endswith(("ه", "ها", "هم", "هما")):
        return runs[0]       # "كيري لنظيره الروسي" -> "كيري"
    # a name: the first run of non-role words, which must reach the end of the
    # source or a comma (otherwise it is part of an institution's name)
    cut = re.split(r"[،,]", text)
    last = _words(cut[-1])
    bare_titles = lex.titles | {fold(t).removeprefix("ال") for t in lex.titles}
    if len(cut) > 1 and len(last) >= 2 and not _is_role(last[0], lex) \
            and not any(fold(w).removeprefix("ال") in bare_titles for w in last):
        return " ".join(last)   # "رئيس لجنة التحقيق، سامي الخطيب": a name after the comma
    for part in cut:
        ws = [w for w in _words(part) if w not in ("عن",)]
        k = 0
        while k < len(ws) and (_is_role(ws[k], lex) or (k > 0 and fold(ws[k]) in _RANK_WORDS)):
            k += 1
        name = ws[k:]
        place = fold(name[0]) if name else ""
        if name and k > 0 and ((len(name) == 1 and fold(ws[k - 1]) == "في")
                               or (place.startswith("ب") and (place in lex.title_adjectives or place.startswith("بال")
                                                              or place[1:] in lex.place_nouns))):
            # "وزارة الصحة في غزة"، "المدير الجهوي للصحة بالقيروان"، "مدير الأمن بمدينة
            # صفاقس": a place, no person; "وزير الخارجية بالنيابة": part of the title
            return " ".join(words)
        if name and k > 0 and (not any(_is_role(w, lex) for w in name) or _personal_name(name, lex, bare_titles)):
            return " ".join(name)
        if name and k > 0:
            # "العقيد سالم عبد الرحمن الدبعي المتحدث باسم المحور": titles, a name, then a title
            m = next((m for m, w in enumerate(name) if fold(w).removeprefix("ال") in bare_titles), len(name))
            if 2 <= m < len(name) and _personal_name(name[:m], lex, bare_titles):
                return " ".join(name[:m])
        if name and k == 0 and not any(_is_role(w, lex) for w in name) and part is cut[0] and len(cut) > 1:
            return " ".join(name)
        if k == 0:
            # "إيجور كوناشنيكوف المتحدث باسم ...": a name, then a title
            m = 0
            while m < len(ws) and not _is_role(ws[m], lex):
                m += 1
            if 2 <= m < len(ws) and fold(ws[m]).removeprefix("ال") in bare_titles:
                return " ".join(ws[:m])
    return " ".join(words)


def affiliation(text: str) -> str:
    """The body a source speaks for, folded: "المتحدث باسم الجيش السوداني" ->
    "الجيش السوداني"، "الناطق باسم وزارة الخارجية، فلان" -> "وزارة الخارجية"
    (with no باسم, the ministry of a minister's title: _ministry); the
    name runs from the word after "باسم" through the definite words after it
    (a personal name after the body ends it: "المتحدث باسم الجيش أفيخاي أدرعي"
    -> "الجيش").  A single indefinite word ("باسم حركة ...") names no body
    for certain: ""."""
    folded = fold(text)         # "بإسم" too
    if "باسم" not in folded:
        return _ministry(folded) or _headed(folded) or _officer(folded)
    ws = _words(re.split(r"[،,]", folded.split("باسم", 1)[1])[0])
    body: list[str] = []
    for w in ws:
        if body and (not w.startswith("ال") or w in _NAME_OPENERS):
            break           # "باسم الجيش العميد يحيى سريع": the rank opens the name
        body.append(w)
    if not body or (len(body) == 1 and not body[0].startswith("ال")):
        return ""
    return " ".join(body)


def _ministry(folded: str) -> str:
    """The ministry a minister, or his deputy or assistant, speaks for, when
    the source opens with the title: "نائب وزير الخارجية الروسي سيرجي ريابكوف"
    -> "وزاره الخارجيه الروسي"، "وزير الخارجية سيرغي لافروف" -> "وزاره الخارجيه"
    (its country unsaid: pairs.contexts and same_body).  Not a minister a
    source relays ("رويترز عن وزير الدفاع") or is close to ("مستشار وزير
    الدفاع")، a former one ("الأسبق") or a minister of state ("وزير الدولة")."""
    ws = _words(re.split(r"[،,]", folded)[0])
    k = next((k for k, w in enumerate(ws) if w in ("وزير", "وزيره")), None)
    if k is None or any(w not in _RANKS for w in ws[:k]):
        return ""
    body = []
    for w in ws[k + 1:k + 4]:
        if not w.startswith("ال"):
            break
        body.append(w)
    if not body or body[0] == "الدوله" or set(body) & _FORMER:
        return ""
    return "وزاره " + " ".join(body)


def _headed(folded: str) -> str:
    """The body a source heads when it opens with the head's title: "قائد
    الجيش السوداني الفريق أول ركن عبدالفتاح البرهان" -> "الجيش السوداني"
    (its definite words, up to a rank or a name), "رئيس لجنة التحقيق ..." ->
    "لجنه التحقيق"; a head speaks for what it heads.  Not a former one."""
    ws = _words(re.split(r"[،,]", folded)[0])
    if len(ws) < 2 or ws[0] not in _HEADS:
        return ""
    body = _body_words(ws[1:])
    if not body or (len(body) == 1 and not body[0].startswith("ال")) or set(body) & (_FORMER | _STATE_WORDS):
        return ""
    return " ".join(body)


def _body_words(ws: list[str]) -> list[str]:
    """A body's name at the start of ws: its first word and the definite words
    after it, up to a rank or a name (at most three); none when a complement
    with ل follows, which the name needs and a short cut would lose ("الاتحاد
    الدولي لكرة القدم" is no "الاتحاد الدولي", "الهيئة العامة للإحصاء" no "الهيئة العامة")."""
    body: list[str] = []
    for w in ws[:3]:
        if (body and not w.startswith("ال")) or w in _NAME_OPENERS:
            break
        body.append(w)
    nxt = ws[len(body)] if len(body) < len(ws) else ""
    return [] if nxt.startswith("ل") and len(nxt) > 3 and not nxt.startswith("ال") else body


def _officer(folded: str) -> str:
    """The body a titled officer serves, named after "في": "الرئيس التنفيذي
    للشؤون المالية في المجموعة أسامة ديب" -> "المجموعه" (its definite words).
    Not an unnamed source ("مسؤول في الشركة", "مصادر في النادي": a leak is
    no body's voice), and not "في" with anything but a definite word."""
    ws = _words(re.split(r"[،,]", folded)[0])
    if len(ws) < 3 or "في" not in ws[1:] or ws[0] not in _EXECUTIVES:
        return ""
    body = _body_words(ws[ws.index("في", 1) + 1:])
    return " ".join(body) if body and body[0].startswith("ال") and not set(body) & _FORMER else ""


# the titles of a body's executives: they speak for it ("الرئيس التنفيذي ... في المجموعة");
# an expert, a doctor, an envoy or an insider "في" a body do not
_EXECUTIVES = frozenset(fold(w) for w in ("الرئيس", "رئيس", "المدير", "مدير", "الأمين", "أمين", "المتحدث",
                                          "متحدث", "الناطق", "ناطق"))     # (not "نائب": a member of parliament too)
# what a head of state or government heads is no body of its own ("رئيس الوزراء"، "رئيس الجمهورية")
_STATE_WORDS = frozenset(fold(w) for w in ("الوزراء", "الجمهورية", "الدولة", "البلاد", "الحكومة"))
_HEADS = frozenset(fold(w) for w in ("قائد", "رئيس", "رئيسة", "زعيم", "زعيمة", "مدير", "مديرة"))
# ranks and honorifics that open a personal name after a body's name
_NAME_OPENERS = frozenset(fold(w) for w in ("العميد", "اللواء", "العقيد", "الجنرال", "الفريق", "المشير", "الرائد",
                                            "النقيب", "العماد", "الأدميرال", "السيد", "السيدة", "الدكتور",
                                            "الدكتورة", "الشيخ"))
_RANKS = frozenset(fold(w) for w in ("نائب", "مساعد", "وكيل", "النائب", "المساعد"))
_FORMER = frozenset(fold(w) for w in ("السابق", "السابقة", "الأسبق", "المستقيل", "المستقيلة", "المقال", "المقالة"))


def same_body(a: str, b: str) -> bool:
    """Two folded names of one body: equal, or the words of one (two words at
    least) all among the other's ("الدعم السريع" / "قوات الدعم السريع").  A
    one-word name ("الجيش") is equal or nothing: news of a conflict names two
    armies, two governments."""
    wa, wb = set(masculine_words(a)), set(masculine_words(b))
    if not wa or not wb:
        return False
    # a ministry whose country is unsaid ("وزاره الخارجيه") is, like one word, equal or nothing
    short_a, short_b = (len(x) == 2 and "وزاره" in x for x in (wa, wb))
    return wa == wb or (len(wa) >= 2 and wa <= wb and not short_a) or (len(wb) >= 2 and wb <= wa and not short_b)


def masculine_words(name: str) -> list[str]:
    """A folded name's words, adjectives without their feminine ending:
    "الروسيه" and "الروسي" name one country's body."""
    return [w[:-1] if w.endswith("يه") and len(w) > 4 else w for w in name.split()]


def _same(a: str, b: str, lex: Lexicon | None = None) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb or fuzz.ratio(fa, fb) >= 90:
        return True
    wa, wb = fa.split(), fb.split()
    if wa and wb and lex is not None and (_surname(wa, wb, lex) or _short_name(wa, wb, lex)):
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if _nisba_extended(short, long_):
        return True         # "هيئة الدواء" / "هيئة الدواء المصرية": the body and its country
    if not wa or not wb or wa[-1].startswith("ال") or len(wa[-1]) < 3:
        return False
    last = fuzz.ratio(wa[-1], wb[-1]) >= 85
    stem, nisba = sorted((without_accusative_alef(wa[-1]), without_accusative_alef(wb[-1])), key=len)
    if nisba != stem and nisba.startswith(stem) and indefinite_nisba(nisba):
        return False        # "باكستان" / "مصدر أمني باكستاني": a country, and a source of it
    return last and all(any(fuzz.ratio(w, x) >= 80 for x in long_) for w in short)


def _nisba_extended(short: list[str], long_: list[str]) -> bool:
    """The folded longer name is the shorter one (two words or more) with
    definite nisba adjectives after it ("هيئة الدواء المصرية"، "وزارة الصحة
    الفلسطينية"): one body, named with and without its country."""
    return 2 <= len(short) < len(long_) and long_[:len(short)] == short \
        and all(definite_nisba(w) for w in long_[len(short):])


def _surname(wa: list[str], wb: list[str], lex: Lexicon) -> bool:
    """A family name with the article alone ("الكاظمي") names the person
    whose full name ends with it after a personal name ("رئيس الوزراء مصطفى
    الكاظمي"), not a body after a title ("الجيش" / "قائد الجيش"); so does a
    family name of two words, a name head and a word with the article ("عبد
    الرؤوف" / "الدكتور هشام عبد الرؤوف")."""
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == 2 and short[0] in _NAME_HEADS and short[1].startswith("ال") and len(long_) >= 3 \
            and long_[-2:] == short and not _is_role(long_[-3], lex):
        return True
    return len(short) == 1 and len(long_) >= 2 and short[0] == long_[-1] and short[0].startswith("ال") \
        and len(short[0]) > 4 and not _is_role(long_[-2], lex)     # _is_role holds the titles


@lru_cache(maxsize=4096)
def _folded(name: str) -> str:
    return fold(name)


def _latest_same(name: str, recent: list[str], lex: Lexicon | None = None) -> str | None:
    """The latest of `recent` that _same takes for `name`.  rapidfuzz's bulk
    scorer first keeps those that could pass (_same needs the whole names or
    their last words alike, or a body's own name beside its head word), so a
    long input with thousands of sources costs a C loop and one pass over the
    RECENT names per claim, not hundreds of Python calls."""
    if not recent:
        return None
    fa = fold(name)
    folded = [_folded(k) for k in recent]
    could = {i for _, _, i in process.extract(fa, folded, scorer=fuzz.ratio, score_cutoff=90, limit=None)}
    wa = fa.split()
    if wa:
        lasts = [f[f.rfind(" ") + 1:] for f in folded]
        could.update(i for _, _, i in process.extract(wa[-1], lasts, scorer=fuzz.ratio, score_cutoff=85,
                                                      limit=None))
        # a body's own name beside its name with the head word ("ارابتك" / "شركه ارابتك ...")
        could.update(i for i, f in enumerate(folded) if (len(wa) == 1 and f.split()[1:2] == wa)
                     or (len(wa) > 1 and f == wa[1]))
        # a body named with and without its country ("هييه الدواء" / "هييه الدواء المصريه")
        could.update(i for i, f in enumerate(folded) if f.startswith(fa + " ") or fa.startswith(f + " "))
    return next((recent[i] for i in sorted(could, reverse=True) if _same(name, recent[i], lex)), None)


def _role_phrase(text: str, name: str) -> str:
    """What a source says besides the name: "عبد الله غراب، رئيس شعبة المخابز"
    -> "رئيس شعبة المخابز" (an alias for later mentions by title alone)."""
    rest = text.replace(name, " ")
    return " ".join(_words(rest))


RECENT = 200   # names and titles compared fuzzily: the latest ones (linear cost on long inputs)


COREFERENCE_REACH = 12   # earlier claims a generic or reflexive source may point back to


def _coreferent(text: str, named: list[str], lex: Lexicon) -> str | None:
    """The earlier source that this one names again: "المصدر نفسه" is the
    latest source, "القاضي نفسه" the latest one whose name holds "قاضي";
    "الشركة" (a generic head alone) is the latest source headed by "شركة",
    else the latest whose name holds it, never an insider's ("مسؤول في الشركة")."""
    ws = [fold(w) for w in _words(text)]
    if not ws or not named:
        return None
    if _statement(ws, lex):
        return named[-1]        # "بيانها"، "للبيان": the statement of the latest source
    if any(w in lex.same_source_words for w in ws):
        head = strip_clitics(ws[0])
        for n in reversed(named[-COREFERENCE_REACH:]):
            if holds_word(n, ws[0]):
                return n
        # "المصدر نفسه" is the latest source; "القاضي نفسه", with no judge
        # named before, is the judge himself
        unnamed = {strip_clitics(w) for w in lex.unnamed_sources}
        return named[-1] if ws[0] in lex.same_source_words or head in unnamed else None
    if len(ws) == 1 and ws[0].startswith("ال") and ws[0][2:] in lex.unnamed_sources:
        # "المصادر" after "مصادر العربية": the unnamed source named before, again
        return next((n for n in reversed(named[-COREFERENCE_REACH:]) if fold(_words(n)[0]) == ws[0][2:]), None)
    if len(ws) == 1 and ws[0] in lex.generic_sources:
        # (not an insider's name: "مسؤول في الشركة" is no antecedent of "الشركة")
        recent = [n for n in reversed(named[-COREFERENCE_REACH:]) if len(_words(n)) > 1 and not no_voice(fold(n), lex)]
        # a name headed by the word first ("البنك المركزي العراقي" for "البنك"), then
        # one that holds it elsewhere ("وزارة الصناعة" for "الوزارة"; not before a
        # name headed by it: "دراسة للبنك ..." is no bank)
        return next((n for n in recent if holds_word(_words(n)[0], ws[0])), None) \
            or next((n for n in recent if holds_word(n, ws[0])), None)
    return None


def _short_name(wa: list[str], wb: list[str], lex: Lexicon) -> bool:
    """One folded name is a body's own name alone and the other that body
    with its head word ("ارابتك" / "شركه ارابتك القابضه"، "حماس" / "حركه حماس";
    an armed body's name after the head of sources.yaml force_heads, of any
    length: "الدعم السريع" / "قوات الدعم السريع"، "القسام" / "كتائب القسام")."""
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(long_) == len(short) + 1 and long_[1:] == short and long_[0] in lex.force_heads:
        return True
    return len(short) == 1 and len(long_) >= 2 and len(short[0]) > 3 and not short[0].startswith("ال") \
        and "ال" + long_[0] in lex.anaphoric_bodies and long_[1] == short[0]


def holds_word(name: str, w: str) -> bool:
    """A name holds the folded word w, each up to its proclitics ("وزارة
    الصناعة" holds "الوزارة": the و of "وزارة" is no conjunction)."""
    forms = set(proclitic_forms(w)) - {w} or {w}
    return any(forms & set(proclitic_forms(fold(x))) for x in _words(name))


# the words that put a statement after its speaker ("الوزارة في بيانها"، "الشركة عبر تغريدة")
_CHANNEL_WORDS = ("في", "عبر")


def _statement(ws: list[str], lex: Lexicon) -> bool:
    """The folded source words name a statement, not a speaker: a statement
    noun with its owner's pronoun or the article, after at most "في"/"عبر"
    ("بيانها"، "في بيانه"، "للبيان"; "بيان الوزارة" names its speaker)."""
    rest = [w for w in ws if w not in _CHANNEL_WORDS]
    if len(rest) != 1 or not _statement_word(rest[0], lex):
        return False
    owned = any(without_owner(f) & lex.statement_nouns for f in proclitic_forms(rest[0]))
    return owned or rest[0].startswith(("لل", "بال", "ال"))


def _statement_word(w: str, lex: Lexicon) -> bool:
    """A folded word is a statement noun, with or without its proclitics and
    an owner's pronoun ("بيانها"، "للبيان"، "تغريدة")."""
    forms = set(proclitic_forms(w))
    forms |= {b for f in forms for b in without_owner(f)}
    return bool(forms & lex.statement_nouns)


def canonical_names(claims, lex: Lexicon) -> None:
    """Fill claim.canonical, merging names that are spelling variants
    (سيرجي / سيرغي), a shorter mention of a fuller name (ريابكوف), or the
    title that stood beside a name earlier ("رئيس شعبة المخابز")."""
    names: list[str] = []          # canonical names, latest last
    renamed: dict[str, str] = {}   # name -> the fuller name that replaced it
    aliases: dict[str, str] = {}   # folded title phrase -> name
    named: list[str] = []          # canonical name of each earlier claim with a source, in order
    for c in claims:
        if c.source is None:
            continue
        ref = _coreferent(c.source.text, named, lex)
        if ref is not None:
            c.canonical = ref
            named.append(ref)
            continue
        name = canonical(c.source.text, lex, getattr(c, "source_propn", ()))
        whole = " ".join(_words(c.source.text))
        if name != whole:
            role = _role_phrase(c.source.text, name)
            if len(role.split()) >= 2:
                aliases.setdefault(fold(role), name)
        else:
            fn = fold(name)
            alias = aliases.get(fn) or next(
                (v for k, v in list(aliases.items())[-RECENT:] if fuzz.ratio(fn, k) >= 90
                 or fuzz.ratio(fn.removeprefix("ال"), k.removeprefix("ال")) >= 90), None)
            if alias is not None:
                name = alias
        match = name if name in renamed or name in names[-RECENT:] else _latest_same(name, names[-RECENT:], lex)
        if match is not None:
            match = renamed.get(match, match)
        if match is None:
            names.append(name)
            c.canonical = name
            named.append(name)
            continue
        if len(name) > len(match):
            names[names.index(match)] = name
            renamed[match] = name
            for c2 in claims:
                if c2.canonical == match:
                    c2.canonical = name
            for k, v in list(aliases.items()):
                if v == match:
                    aliases[k] = name
            match = name
        c.canonical = match
        named.append(match)


def one_speaker(a: str, b: str, lex: Lexicon) -> bool:
    """Two folded speakers of different documents name one speaker: a family
    name alone and the full name that ends with it ("المقدم" / "الطيار أيمن
    المقدم"، "لاريجاني" / "علي لاريجاني"، "حماس" / "حركة حماس"), or both
    ending in one personal name of two words ("رئيس لجنة التحقيق ... أيمن
    المقدم" / "الطيار أيمن المقدم").  No spelling variants across documents
    (the ministries of two countries are spelt alike), and no unnamed
    sources ("مصدر أمني مصري").
    Within a document canonical_names has merged them already.  (A given
    name with a hamza before ل, "إلهام", is folded like the article here and
    ends no name tail.)"""
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if wa[0] in lex.unnamed_sources or wb[0] in lex.unnamed_sources:
        return False    # "مصدر أمني مصري" / "مسؤول أمني مصري": two unnamed sources
    if _surname(wa, wb, lex) or _short_name(wa, wb, lex):
        return True     # "المقدم" / "الطيار أيمن المقدم"، "أرابتك" / "شركة أرابتك القابضة"
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == 1 and len(long_) >= 2 and short[0] == long_[-1] and len(short[0]) > 3 \
            and not short[0].startswith("ال") and not _is_role(long_[-2], lex):
        return True     # "لاريجاني" / "علي لاريجاني"، "حماس" / "حركة حماس"
    ta, tb = _name_tail(wa, lex), _name_tail(wb, lex)
    return ta is not None and ta == tb


def no_voice(speaker: str, lex: Lexicon) -> bool:
    """A folded speaker that opens with an unnamed source or a staff word, in
    any case or number ("مسؤولا في الشركة"، "طبيبا في المستشفى"، "مصادر في
    النادي"): someone inside a body, not its voice."""
    ws = speaker.split()
    if not ws:
        return False
    w = ws[0]
    forms = {w, w[:-1] if w.endswith(("ا", "ه")) else w, w[:-2] if w.endswith(("ين", "ون", "ان")) else w}
    return bool(forms & lex.unnamed_sources) or bool(forms & lex.staff_words)


def _adjective_stem(adjective: str) -> str:
    """A folded relative adjective without its ending ("روسيه" -> روس، "سوداني"
    -> سودان), or "" when it has none."""
    return adjective[:-2] if adjective.endswith("يه") else adjective[:-1] if adjective.endswith("ي") else ""


def _country_forms(stem: str) -> set[str]:
    """The ways a country's name is written from its adjective's stem (روس ->
    روسيا، سودان -> سودان، افغان -> افغانستان)."""
    return {stem + end for end in ("", "ا", "يا", "يه", "ه", "ان", "ي", "ستان")}


def country_adjective(word: str, lex: Lexicon) -> bool:
    """A folded word, with the article or without, is the adjective of a
    country of `countries` ("السوداني"، "روسيه"، "الاوكرانيه")."""
    stem = _adjective_stem(word.removeprefix("ال"))
    return len(stem) >= 3 and any(w in lex.countries or "ال" + w in lex.countries for w in _country_forms(stem))


def one_state(a: str, b: str, lex: Lexicon) -> bool:
    """A country and a body of its state, two folded speakers: "مصر" /
    "السلطات المصريه"، "باكستان" / "وزاره الخارجيه الباكستانيه" (a country of
    `countries`; the body's words, `state_bodies`, then the country's
    adjective, whose stem is the country's name up to its ending); a capital
    speaks for its country ("طهران" / "إيران"، "يريفان" / "وزاره الدفاع الارمنيه")."""
    a, b = lex.capitals.get(a, a), lex.capitals.get(b, b)
    if a == b:
        return bool(a)
    for x, y in ((a, b), (b, a)):
        wx, wy = x.split(), y.split()
        if len(wx) != 1 or wx[0] not in lex.countries or not 2 <= len(wy) <= 3 \
                or not all(w in lex.state_bodies for w in wy[:-1]) or not wy[-1].startswith("ال"):
            continue
        stem = _adjective_stem(wy[-1][2:])
        names = {wx[0], wx[0].removeprefix("ال")}       # "المانيا" keeps its ال: ألمانيا
        written = _country_forms(stem)
        if len(stem) >= 3 and not names & written and not country_adjective(wy[-1], lex):
            # a yeh the adjective drops (أرمينيا / الأرمنية), when the adjective is no other
            # country's as it is written (نيجيريا / النيجرية: the Niger's)
            names |= {n[:k] + n[k + 1:] for n in set(names) for k in range(1, len(n) - 2) if n[k] == "ي"}
        if len(stem) >= 3 and names & written:
            return True     # مصر / المصريه، روسيا / الروسيه، جيبوتي / الجيبوتيه، أفغانستان / الأفغانيه
    return False


def _name_tail(ws: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """The last two words when they can be a personal name: the first no role
    word, no word with the article, no generic head ("لجنة التحقيق"، "وزارة
    الخارجية" are bodies), no preposition (a family name may look like a
    rank: "أيمن المقدم")."""
    if len(ws) < 2:
        return None
    first, last = ws[-2], ws[-1]
    if _is_role(first, lex) or "ال" + first in lex.generic_sources or first in lex.prepositions \
            or first in lex.function_words or len(first) < 3:
        return None
    return first, last


def run_speakers(claims, doc_index: list[int], lex: Lexicon) -> list[str]:
    """Each claim's speaker (its canonical name, folded), a bare title read as
    the one name it stood beside in another document of the run: "الرئيس
    الأذربيجاني" in one outlet is "إلهام علييف" when another wrote "الرئيس
    الأذربيجاني إلهام علييف" and no other name stood beside that title.
    Within a document canonical_names has already done this (for a title after
    the full mention)."""
    return speakers_by_title(claims, doc_index, titled_names(claims, doc_index))


# What run_speakers needs to know of a title across a run: at most two of the
# names it stood beside (it reads one alone) and at most two of the documents
# where it did (whether one is not the claim's own).  Parts of a run (Dask
# workers' chunks) give theirs, and merge_titled joins them.
TitledNames = dict[str, tuple[frozenset, frozenset]]


def titled_names(claims, doc_index: list[int]) -> TitledNames:
    """The titles that stood beside a name in these claims, each with its
    names and documents (at most two of each)."""
    out: TitledNames = {}
    for c, d in zip(claims, doc_index):
        sp = fold(c.speaker(""))
        if c.source is None or not sp:
            continue
        whole = " ".join(_words(c.source.text))
        name = c.canonical or ""
        if name and name != whole and name in whole:
            role = fold(_role_phrase(c.source.text, name))
            if len(role.split()) >= 2:
                merge_titled(out, {role: (frozenset([sp]), frozenset([d]))})
    return out


def merge_titled(into: TitledNames, part: TitledNames) -> TitledNames:
    """`part`'s titles added to `into` (returned)."""
    for role, (names, docs) in part.items():
        had_names, had_docs = into.get(role, (frozenset(), frozenset()))
        into[role] = (frozenset(sorted(had_names | names)[:2]), frozenset(sorted(had_docs | docs)[:2]))
    return into


def speakers_by_title(claims, doc_index: list[int], titled: TitledNames) -> list[str]:
    """run_speakers with the run's titled_names."""
    out = []
    for c, d in zip(claims, doc_index):
        sp = fold(c.speaker(""))
        one = titled.get(sp)
        if one is not None and len(one[0]) == 1 and one[1] - {d}:
            sp = next(iter(one[0]))
        out.append(sp)
    return out
