"""Arabic normalisation for matching.

Matching is done on folded text; reported spans always keep the original
characters.  Folding uses pyarabic for diacritics, tatweel and hamza forms and
Unicode NFKC for Arabic presentation forms (U+FB50-U+FEFF).  Roots come from
tashaphyne.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pyarabic.araby as araby

_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def has_presentation_forms(text: str) -> bool:
    return any("\ufb50" <= ch <= "\ufeff" for ch in text)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold one word or phrase for matching: no diacritics or tatweel, one alef,
    yeh for alef maqsura, heh for teh marbuta, ASCII digits."""
    if has_presentation_forms(text):
        text = unicodedata.normalize("NFKC", text)
    text = araby.strip_tashkeel(text)
    text = araby.strip_tatweel(text)
    text = araby.normalize_ligature(text)
    return text.translate(_LETTERS).translate(_EASTERN_DIGITS)


_PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def strip_proclitics(word: str) -> str:
    """Remove a conjunction, a preposition and the article from a folded word
    (والمسلحين -> مسلحين), keeping at least three letters."""
    w = word
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    if w.startswith("ال") and len(w) >= 5:
        w = w[2:]
    return w


def _most_common(lst):
    """tashaphyne's choice among candidate roots, made deterministic: the most
    frequent, ties to the alphabetically first (tashaphyne breaks ties by set
    order, which changes with Python's hash seed from run to run)."""
    tri = [x for x in lst if len(x) == 3]
    if tri:
        lst = tri
    return max(sorted(set(lst)), key=lst.count)


@lru_cache(maxsize=1)
def _stemmer():
    from tashaphyne.stemming import ArabicLightStemmer
    ArabicLightStemmer.most_common = staticmethod(_most_common)
    return ArabicLightStemmer()


@lru_cache(maxsize=131072)
def root(word: str) -> str:
    """The tashaphyne root of a folded word (خروج and إخراج both give خرج);
    numbers and non-Arabic words come back unchanged."""
    if not word or not araby.is_arabicrange(word) or len(word) <= 3:
        return word
    st = _stemmer()
    st.light_stem(word)
    r = st.get_root() or word
    return r


_SCALE = {"الف": 1000, "الاف": 1000, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9, "مليارات": 10**9}
_NUM = re.compile(r"(\d+(?:[.,٫]\d+)?)\s*(الف|الاف|مليون|ملايين|مليار|مليارات)?")


def numbers(text: str) -> list[float]:
    """Numbers written in a text, Eastern Arabic digits and scale words included
    (5 آلاف -> 5000)."""
    out = []
    for m in _NUM.finditer(fold(text)):
        raw = m.group(1).replace(",", "").replace("٫", ".")
        try:
            v = float(raw)
        except ValueError:  # pragma: no cover
            continue
        if m.group(2):
            v *= _SCALE[m.group(2)]
        out.append(v)
    return out
