"""Numerals as UN documents print them, written once: Roman, Chinese, Arabic-Indic, list letters.

- Roman numerals number annexes (``annex I``), old General Assembly sessions (``217 A (III)``)
  and sub-sub-paragraphs (``(iv)``); :func:`to_roman` writes them in upper case, as symbols and
  annex names print them, and :func:`from_roman` reads them in either case, only in their
  standard subtractive form (``iiii`` is not a numeral: in a list it is a letter label).
- Chinese numerals number sessions (``第七十九届会议``), annexes (``附件一``) and headings
  (``一.``): :func:`chinese_number` reads them up to the hundreds (``一百零一``).
- Arabic documents may print Eastern Arabic-Indic digits (``٢٠٢٢``): :func:`western_digits`.
- Sub-paragraph letters after ``z`` double (``aa``, ``bb``): :func:`letters`.
- Ordinals in words number sessions and meetings in every language ("its seventy-ninth session",
  "à sa soixante-dix-neuvième session", "septuagésimo noveno período de sesiones", "семьдесят
  девятой сессии", "دورتها التاسعة والسبعين", 第七十九届会议): :func:`ordinal`, :func:`ordinal_words`.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["chinese_number", "en_ordinal", "from_roman", "letters", "ordinal", "ordinal_words", "to_roman", "western_digits"]

_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
_ROMAN_FORM = re.compile(r"^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(n: int) -> str:
    """``4`` -> ``IV``, ``21`` -> ``XXI`` (upper case; ``.lower()`` for list labels)."""
    out = []
    for value, letters_ in _ROMAN_VALUES:
        while n >= value:
            out.append(letters_)
            n -= value
    return "".join(out)


def from_roman(text: str) -> int | None:
    """``XXI`` or ``xxi`` -> 21; None for what is not a Roman numeral in its standard form."""
    s = text.upper()
    if not s or not _ROMAN_FORM.match(s):
        return None
    total, i = 0, 0
    for value, letters_ in _ROMAN_VALUES:
        while s.startswith(letters_, i):
            total += value
            i += len(letters_)
    return total


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100}


def chinese_number(text: str) -> int | None:
    """``七十九`` -> 79, ``十`` -> 10, ``一百零一`` -> 101; None for anything else."""
    if not text or any(c not in _CN_DIGITS and c not in _CN_UNITS for c in text):
        return None
    total, digit = 0, None
    for c in text:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        else:
            total += (digit if digit is not None else 1) * _CN_UNITS[c]
            digit = None
    return total + (digit or 0)


_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def western_digits(text: str) -> str:
    """Arabic-Indic (``٢٠٢٢``) and Persian (``۲۰۲۲``) digits as Western ones (``2022``)."""
    return text.translate(_EASTERN_DIGITS)


def letters(n: int) -> str:
    """List letters: 1 -> a, 26 -> z, 27 -> aa, 28 -> bb (the UN doubles letters after z)."""
    q, r = divmod(n - 1, 26)
    return chr(ord("a") + r) * (q + 1)


# --- ordinals in words: "seventy-ninth", "soixante-dix-neuvième", "septuagésimo noveno", ----------
# "семьдесят девятой", "التاسعة والسبعين", 第七十九 (1 to 99, as UN documents number sessions)

_EN_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_EN_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"]
_EN_TENS = {2: ("twentieth", "twenty"), 3: ("thirtieth", "thirty"), 4: ("fortieth", "forty"),
            5: ("fiftieth", "fifty"), 6: ("sixtieth", "sixty"), 7: ("seventieth", "seventy"),
            8: ("eightieth", "eighty"), 9: ("ninetieth", "ninety")}


def en_ordinal(n: int) -> str:
    """1 -> first, 79 -> seventy-ninth (1 to 99)."""
    if n < 10:
        return _EN_UNITS[n]
    if n < 20:
        return _EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    whole, stem = _EN_TENS[tens]
    return whole if unit == 0 else f"{stem}-{_EN_UNITS[unit]}"


_FR_CARDINALS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                 "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr_cardinal(n: int) -> str:
    if n < 20:
        return _FR_CARDINALS[n]
    if n < 70:
        tens, unit = divmod(n, 10)
        return _FR_TENS[tens] + ("" if unit == 0 else " et un" if unit == 1 else f"-{_FR_CARDINALS[unit]}")
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{_FR_CARDINALS[n - 60]}"
    return "quatre-vingts" if n == 80 else f"quatre-vingt-{_FR_CARDINALS[n - 80]}"


def _fr_ordinal(n: int) -> str:
    card = _fr_cardinal(n)
    if card.endswith("quatre-vingts"):
        return card[:-1] + "ième"
    last = card.rsplit("-", 1)[-1].rsplit(" ", 1)[-1]
    head = card[: len(card) - len(last)]
    suffix = {"un": "unième", "cinq": "cinquième", "neuf": "neuvième"}.get(last)
    if suffix is None:
        suffix = (last[:-1] if last.endswith("e") else last) + "ième"
    return head + suffix


_ES_UNITS = ["", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"]
_ES_TENS = {1: "décimo", 2: "vigésimo", 3: "trigésimo", 4: "cuadragésimo", 5: "quincuagésimo", 6: "sexagésimo",
            7: "septuagésimo", 8: "octogésimo", 9: "nonagésimo"}


def _es_ordinals(n: int) -> list[str]:
    """Every way Spanish writes the ordinal: masculine, feminine, apocopated (primer, tercer)."""
    tens, unit = divmod(n, 10)
    units = [_ES_UNITS[unit]] if unit else [""]
    if unit in (1, 3):
        units.append(_ES_UNITS[unit][:-1])  # primer, tercer
    if unit:
        units.append(_ES_UNITS[unit][:-1] + "a")
    if tens == 0:
        return [u for u in units if u]
    out = []
    for t in (_ES_TENS[tens], _ES_TENS[tens][:-1] + "a"):
        out.extend(f"{t} {u}".strip() for u in units)
    if tens == 1 and unit:  # decimotercero, undécimo, duodécimo
        out.extend(f"decimo{u.replace('é', 'e')}" for u in units)
        out.extend({1: ["undécimo", "undécima"], 2: ["duodécimo", "duodécima"]}.get(unit, []))
    return out


_RU_UNIT_STEMS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9}
_RU_TEEN_STEMS = {"десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15,
                  "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19}
_RU_TENS_STEMS = {"двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60, "семидесят": 70,
                  "восьмидесят": 80, "девяност": 90}
_RU_TENS_WORDS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
                  "восемьдесят": 80, "девяносто": 90}
RU_ORDINAL = re.compile(
    r"(?<!\w)(?:(?:" + "|".join(_RU_TENS_WORDS) + r")\s+)?(?:"
    + "|".join(sorted([*_RU_UNIT_STEMS, *_RU_TEEN_STEMS, *_RU_TENS_STEMS], key=len, reverse=True)) + r")[а-яё]{0,4}(?!\w)",
    re.I,
)
"""A Russian ordinal in any case and gender: пятой, семьдесят девятой, восьмидесятой."""

# an ordinal in digits, as the French and Spanish texts print some ("à sa 69e session", "14º Congreso"),
# by language; ``ordinal`` reads them
DIGIT_ORDINALS = {"en": r"\d{1,2}(?:st|nd|rd|th)", "fr": r"\d{1,2}\s*(?:er|re|e|ème|ᵉ)", "es": r"\d{1,2}\s*(?:er|\.?\s*[º°ª])|\d{1,2}[oa](?!\w)"}

_AR_UNITS = [("", ""), ("الأولى", "الأول"), ("الثانية", "الثاني"), ("الثالثة", "الثالث"), ("الرابعة", "الرابع"),
             ("الخامسة", "الخامس"), ("السادسة", "السادس"), ("السابعة", "السابع"), ("الثامنة", "الثامن"), ("التاسعة", "التاسع")]
_AR_TENS = {2: "العشرين", 3: "الثلاثين", 4: "الأربعين", 5: "الخمسين", 6: "الستين", 7: "السبعين", 8: "الثمانين", 9: "التسعين"}


def _ar_ordinals(n: int) -> list[str]:
    tens, unit = divmod(n, 10)
    if tens == 0:
        return list(_AR_UNITS[unit])
    if tens == 1:
        if unit == 0:
            return ["العاشرة", "العاشر"]
        fem, masc = ("الحادية", "الحادي") if unit == 1 else _AR_UNITS[unit]
        return [f"{fem} عشرة", f"{masc} عشر"]
    if unit == 0:
        return [_AR_TENS[tens]]
    fem, masc = ("الحادية", "الحادي") if unit == 1 else _AR_UNITS[unit]
    return [f"{fem} و{_AR_TENS[tens]}", f"{masc} و{_AR_TENS[tens]}"]


# Arabic short vowels and shadda, printed now and then (الثالثة والستّين): never part of a word's spelling
_AR_MARKS = re.compile("[\u064b-\u0652]")


def _fold_ordinal(text: str) -> str:
    text = _AR_MARKS.sub("", text)
    return " ".join(text.replace("\u2011", "-").replace("\u2010", "-").replace("\u00ad", "").split()).casefold()


@cache
def ordinal_words(language: str) -> dict[str, int]:
    """The ordinals 1 to 99 written in words in ``language`` (lower case, hyphens plain): English,
    French, Spanish and Arabic; Russian declines them (:data:`RU_ORDINAL`, :func:`ordinal`)."""
    out: dict[str, int] = {}
    for n in range(1, 100):
        if language == "en":
            out[en_ordinal(n)] = n
        elif language == "fr":
            out[_fr_ordinal(n)] = n
        elif language == "es":
            out.update(dict.fromkeys(_es_ordinals(n), n))
        elif language == "ar":
            out.update(dict.fromkeys(_ar_ordinals(n), n))
    if language == "fr":
        out.update({"premier": 1, "première": 1, "1re": 1, "1er": 1, "second": 2, "seconde": 2})
    return out


@cache
def ordinal_pattern(language: str) -> str:
    """The ordinals in words as a regex alternation, longest first: any space a run of spaces, any
    hyphen a hyphen of any kind, and in Arabic a letter may carry its short vowel or shadda
    (الستّين is الستين)."""
    def word(w: str) -> str:
        parts = ("[-\u2010\u2011]".join(r"\s+".join(re.escape(p) for p in part.split()) for part in w.split("-")))
        return re.sub("([\u0621-\u064a])", lambda m: m.group(1) + "[\u064b-\u0652]*", parts) if language == "ar" else parts

    return "|".join(word(w) for w in sorted(ordinal_words(language), key=len, reverse=True))


def ordinal(text: str, language: str) -> int | None:
    """The number an ordinal in words (or digits: 79th, 79e, 79º, 第七十九) stands for, else None."""
    word = _fold_ordinal(text)
    digits = re.fullmatch(r"(\d{1,3})\s*(?:st|nd|rd|th|e|ème|er|re|º|ª|a|o|\.)?", word)
    if digits:
        return int(digits.group(1))
    if language == "zh":
        return chinese_number(word.removeprefix("第"))
    if language == "ru":
        total = 0
        for part in word.split():
            if part in _RU_TENS_WORDS:
                total += _RU_TENS_WORDS[part]
                continue
            stems = [*_RU_TEEN_STEMS.items(), *_RU_TENS_STEMS.items(), *_RU_UNIT_STEMS.items()]
            stem = max((s for s in stems if part.startswith(s[0])), key=lambda s: len(s[0]), default=None)
            if stem is None:
                return None
            total += stem[1]
        return total or None
    return ordinal_words(language).get(word)
