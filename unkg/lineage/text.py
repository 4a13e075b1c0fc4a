"""Words as lineage compares them, in the six UN languages: pure functions over strings.

Two paragraphs are "the same" when they have the same words, numbers, years and symbols aside
(``contracts/comparison.schema.json``). So a text becomes a sequence of *keys*: its words case-
folded (NFKC, so full-width and half-width forms agree), Arabic diacritics and tatweel dropped,
punctuation ignored; and every number, date, year, spelled-out session number (English
``seventy-ninth``, Chinese ``七十九``) and UN document symbol (``A/RES/70/125``, ``2022/15``,
``E/CN.16/2018/CRP.3``) becomes one placeholder key ``#`` (a run of them, one). Chinese has no
spaces: each Han character is a word. Arabic keeps its logical order throughout.

Each key keeps the span of the original text it stands for, so word-level edits are reported in
the words as printed (:func:`edits`, :func:`marked`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple
from difflib import SequenceMatcher

NUMBER = "#"

_MONTHS = (
    # en, fr, es, ru (genitive, as dates print them)
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_AR_MONTH = r"(?:[^\s/]+\s)?[^\s/]+/(?:يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_TEENS = (
    "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|tenth|eleventh|twelfth|"
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    "fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth"
)
_AR_MONTHS = "يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
# what counts as a number, a date or a symbol, each becoming one placeholder. Searched in lower
# case and case-sensitively (Python's regular expressions scan far faster so), each pattern only
# where a cheap test says the text may hold it.
_SYMBOL = re.compile(r"[A-Z][A-Z0-9.]{0,7}(?:/[A-Za-z0-9.\-]+)+(?:\s*\((?:[IVXL]+|\d{4})\))?")  # A/RES/70/125, S/RES/2722 (2024)
_SHORT_SYMBOL = re.compile(r"\b\d+/\d+(?:\s+[A-Z]\b)?(?:\s*\([IVXL]+\))?")  # 70/125, 2022/15, 217 A (III)
_DATE = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:de\s+)?(?:{_MONTHS})\b(?:\s+(?:de\s+)?\d{{4}}(?:\s+(?:года|г\.))?)?")  # 21 july 2022
_YEAR = re.compile(r"\b\d{4}\b")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s+(?:de\s+)?$")  # july 2022: the month before a year
# Arabic months print as two names, Levantine/Western (تموز/يوليه): found by the Western name after the slash
_AR_DATE = re.compile(r"/(?:يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)(?:\s+\d{4})?")
_AR_BEFORE = re.compile(r"(?:\d{1,2}\s+)?(?:\S+\s)?\S+$")
_ORDINAL = re.compile(rf"\b(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_TEENS})\b")  # seventy-ninth
_HAN_NUMBER = re.compile(r"[零〇一二三四五六七八九十百千]+")  # 七十九 (a run holding 十, 百 or 千)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")  # any other number (Arabic-Indic digits too)


def _numeric_spans(text: str) -> list[tuple[int, int]]:
    """The spans of numbers, dates and symbols in ``text``: leftmost first, the longest at a place."""
    low = text.lower()
    if len(low) != len(text):  # a rare letter whose lower case is longer: search it as printed
        low = text
    found: list[tuple[int, int]] = []
    digits = _ANY_DIGIT.search(text) is not None
    if "/" in text:
        found += [m.span() for m in _SYMBOL.finditer(text) if not (m.start() and text[m.start() - 1].isalnum())]
        if digits:
            found += [m.span() for m in _SHORT_SYMBOL.finditer(text)]
        for m in _AR_DATE.finditer(text):
            # the day and the Levantine name before the slash: searched in the few words before it
            # (a search from the text's start tries every position and grows with the square of
            # the text), and from the start only when the match reaches the window's edge
            lo = max(0, m.start() - 48)
            before = _AR_BEFORE.search(text, lo, m.start())
            if before and lo and before.start() == lo:
                before = _AR_BEFORE.search(text, 0, m.start())
            found.append((before.start() if before else m.start(), m.end()))
    if digits:
        found += [m.span() for m in _DATE.finditer(low)]
        for m in _YEAR.finditer(low):
            before = _MONTH_BEFORE.search(low, max(0, m.start() - 16), m.start())
            if before:
                found.append((before.start(), m.end()))
        found += [m.span() for m in _DIGITS.finditer(text)]
    if "ty" in low or "teen" in low or "tieth" in low or "twelfth" in low or "hundredth" in low:
        found += [m.span() for m in _ORDINAL.finditer(low)]
    if "十" in text or "百" in text or "千" in text:
        found += [m.span() for m in _HAN_NUMBER.finditer(text) if any(c in "十百千" for c in m.group())]
    found.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for start, end in found:
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


_ANY_DIGIT = re.compile(r"\d")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\u3400-\u9fff\uf900-\ufaff]+")
_AR_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # harakat, superscript alef, tatweel


class Key(NamedTuple):
    """One compared word of a text: its key and the span ``[start, end)`` it stands for."""

    key: str
    start: int
    end: int


def keys(text: str) -> list[Key]:
    """The text's words as keys with their spans (see the module docstring)."""
    out: list[Key] = []

    def words(start: int, end: int) -> None:
        for m in _WORD.finditer(text, start, end):
            word = _word_key(m.group())
            if not word:
                continue
            if word == NUMBER and out and out[-1].key == NUMBER:
                out[-1] = Key(NUMBER, out[-1].start, m.end())
            else:
                out.append(Key(word, m.start(), m.end()))

    pos = 0
    for start, end in _numeric_spans(text):
        words(pos, start)
        if out and out[-1].key == NUMBER:
            out[-1] = Key(NUMBER, out[-1].start, end)
        else:
            out.append(Key(NUMBER, start, end))
        pos = end
    words(pos, len(text))
    return out


def _word_key(word: str) -> str:
    if word.isascii():
        return NUMBER if word.isdigit() else word.lower()
    word = _AR_MARKS.sub("", unicodedata.normalize("NFKC", word).casefold())
    return NUMBER if word.isdigit() else word


_TOKEN = re.compile(_WORD.pattern + "|#")  # a word, or the placeholder of a number
_NUMBER_RUN = re.compile(r"#(?:[^\w#]*#)+")  # placeholders with no word between them: one


def words(text: str) -> tuple[str, ...]:
    """Just the keys of :func:`keys`, without their spans (and faster, normalising the whole text at
    once and leaving the words to one regular expression): what two texts must share to be "the same"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    spans = _numeric_spans(text)
    if "#" in text:  # a printed # is punctuation, not the placeholder (same length: the spans hold)
        text = text.replace("#", " ")
    if spans:
        pieces, pos = [], 0
        for start, end in spans:
            pieces.append(text[pos:start])
            pieces.append(" # ")  # a number: one placeholder word
            pos = end
        pieces.append(text[pos:])
        text = "".join(pieces)
    flat = text.lower() if text.isascii() else _AR_MARKS.sub("", text.casefold())
    if spans:
        flat = _NUMBER_RUN.sub("#", flat)
    return tuple(_TOKEN.findall(flat))


def shingles(ws: tuple[str, ...], k: int = 3) -> set[str]:
    """The text's overlapping ``k``-word runs (a shorter text: itself), for set similarity and MinHash."""
    if len(ws) <= k:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i : i + k]) for i in range(len(ws) - k + 1)}


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How alike two key sequences are: 2M/T over their longest matching blocks (difflib's ratio),
    1.0 for the same words, 0.0 for nothing in common."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def is_han(text: str) -> bool:
    return bool(_HAN.search(text))


@dataclass(frozen=True)
class Edit:
    op: str  # insert | delete
    text: str


@dataclass(frozen=True)
class Segment:
    """A run of a word diff: ``op`` is ``equal``, ``insert`` or ``delete``; ``text`` as printed."""

    op: str
    text: str


def segments(old: str, new: str) -> list[Segment]:
    """The word diff of two texts, in the order a reader reads them (logical order, so right-to-left
    Arabic too): equal runs as printed in NEW, deletions as printed in OLD, insertions as in NEW.
    Words compare by key, so a changed number, year or symbol is no edit."""
    a, b = keys(old), keys(new)
    matcher = SequenceMatcher(None, [k.key for k in a], [k.key for k in b], autojunk=False)
    out: list[Segment] = []
    b_pos = 0  # NEW text written up to here

    def add(op: str, text: str) -> None:
        if not text:
            return
        if out and out[-1].op == op:
            out[-1] = Segment(op, out[-1].text + text)
        else:
            out.append(Segment(op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            end = b[j2 - 1].end
            add("equal", new[b_pos:end])
            b_pos = end
            continue
        # what stands between the last word written and the next word of NEW (spaces, punctuation)
        nxt = b[j1].start if j1 < len(b) else len(new)
        gap = new[b_pos:nxt]
        if j2 > j1:
            add("equal", gap)
            b_pos = nxt
        else:  # a pure deletion: it stands after the gap's leading spaces
            lead = gap[: len(gap) - len(gap.lstrip())]
            add("equal", lead)
            b_pos += len(lead)
        if i2 > i1:
            add("delete", old[a[i1].start : a[i2 - 1].end])
        if j2 > j1:
            add("insert", new[b[j1].start : b[j2 - 1].end])
            b_pos = b[j2 - 1].end
    add("equal", new[b_pos:])
    return out


def edits(old: str, new: str) -> list[Edit]:
    """The word-level insertions and deletions that turn OLD into NEW (the contract's ``edits``)."""
    return [Edit(s.op, s.text) for s in segments(old, new) if s.op != "equal"]


def marked(old: str, new: str) -> str:
    """NEW with OLD's deleted words in ``[-...-]`` and its inserted words in ``{+...+}``, as
    ``git diff --word-diff=plain`` marks them: readable in any terminal, right-to-left included."""
    out: list[str] = []
    runs = segments(old, new)
    for i, s in enumerate(runs):
        if s.op == "equal":
            out.append(s.text)
        elif s.op == "insert":
            out.append(f"{{+{s.text}+}}")
        else:
            out.append(f"[-{s.text}-]")
            after = runs[i + 1].text if i + 1 < len(runs) and runs[i + 1].op == "equal" else ""
            if after and not after[0].isspace() and out[-2:-1] and out[-2][-1:].isspace() and not is_han(s.text):
                out.append(" ")  # a deleted word between two spaces keeps one on each side
    return "".join(out)
