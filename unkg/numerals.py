"""Numerals as UN documents print them, written once: Roman, Chinese, Arabic-Indic, list letters.

- Roman numerals number annexes (``annex I``), old General Assembly sessions (``217 A (III)``)
  and sub-sub-paragraphs (``(iv)``); :func:`to_roman` writes them in upper case, as symbols and
  annex names print them, and :func:`from_roman` reads them in either case, only in their
  standard subtractive form (``iiii`` is not a numeral: in a list it is a letter label).
- Chinese numerals number sessions (``第七十九届会议``), annexes (``附件一``) and headings
  (``一.``): :func:`chinese_number` reads them up to the hundreds (``一百零一``).
- Arabic documents may print Eastern Arabic-Indic digits (``٢٠٢٢``): :func:`western_digits`.
- Sub-paragraph letters after ``z`` double (``aa``, ``bb``): :func:`letters`.
"""

from __future__ import annotations

import re

__all__ = ["chinese_number", "from_roman", "letters", "to_roman", "western_digits"]

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
