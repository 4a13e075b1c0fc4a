"""Printed references to UN resolutions, decisions and documents, found in free text in six languages.

Two printed shapes, following the UN's citation practice (ST/LIB/SER.B/5/Rev.5, "United Nations
Document Symbols", and the editorial manual's rules for citing resolutions):

- a document symbol, which names itself: ``A/74/821``, ``A/C.2/59/3``, ``E/2022/31``,
  ``A/RES/70/125``, the joint ``A/77/62-E/2022/8`` (one document, two symbols), an undocs.org link;
- a resolution or decision *number*, which the UN prints without its series: ``resolution 70/125``,
  ``its resolution 2006/46``, ``217 A (III)``, ``decisions 2022/215 and 2022/216``, ``第 70/125 号决议``,
  ``résolution``, ``resolución``, ``резолюция``, ``القرار``. A bare number is taken only when a
  resolution/decision word (or the Chinese frame 第...号决议) anchors it, so that dates and
  fractions are never read as citations. In a list (``resolutions 56/183, 57/238 ... and 77/150``)
  each number is its own citation.

Every symbol is normalised by :func:`unkg.symbols.parse_symbols`. Public verb:
:func:`find_citations`; :func:`cite` gives a paragraph's or footnote's as the record's Citations, as
every reader records them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from unkg.symbols import FIRST_NUMBERED_GA_SESSION, SymbolError, parse_symbols, symbol_kind
from unkg.record import LANGUAGES, Citation


@dataclass
class FoundCitation:
    """One printed reference: its symbols (normalised; the first is the primary one), what kind of
    instrument it names, and where it stands in the text (``text[start:end] == as_printed``)."""

    symbols: list[str]
    target_kind: str  # resolution | decision | document
    as_printed: str
    start: int
    end: int
    anchor: str | None = field(default=None, compare=False)  # the word that anchored a bare number


# --- the printed numbers -------------------------------------------------------------------------

_ROMAN = r"(?:ES-|S-)?[IVXL]+"
_AR_LETTER = r"(?:ألف|باء|جيم|دال|هاء)"
_AR_SESSION = r"\((?:دإط|دإ|د)\s*-\s*\d{1,2}\)"
# 70/125, 2006/46, 60/1 B; 217 A (III), 2200 A (XXI), 1514 (XV); 2417 (2018) for the Security
# Council; Arabic 217 ألف (د-3)
_NUMBER = (
    r"(?:\d{1,4}\s?(?:[A-Z]\s?)?\((?:" + _ROMAN + r")\)"
    r"|\d{1,4}\s?(?:" + _AR_LETTER + r"\s?)?" + _AR_SESSION + r""
    r"|\d{3,4}\s?\(\d{4}\)"
    r"|(?:ES|S|دإط|دإ|دا)[-\u2010\u2011\u2013]\d{1,2}/\d{1,3}"
    r"|\d{1,4}/\d{1,4}(?:\s?[A-Z](?![A-Za-z0-9/]))?)"
)
# boundaries in ASCII: Chinese and Arabic letters may touch a number (第2006/46号, و76/189)
_NUMBER_RE = re.compile(rf"(?<![A-Za-z0-9/.]){_NUMBER}(?![A-Za-z0-9/]|\.\d)")
_SC_NUMBER = re.compile(r"^\d{3,4}\s?\(\d{4}\)$")  # only the Security Council numbers by year: 2417 (2018)

# the words that make a bare number a resolution (or decision) number, per language; the body's
# name may stand between the word and the number (résolutions de l'Assemblée générale 59/209,
# резолюции Совета Безопасности 1850 (2008), قرار الجمعية العامة 70/125)
_ANCHORS = {
    "en": r"\b(?:resolutions?|decisions?)\s+(?:Nos?\.\s*)?",
    "fr": r"\b(?:r[ée]solutions?|d[ée]cisions?)\s+(?:suivantes\s+)?"
    r"(?:(?:de\s+l['’]Assembl[ée]e\s+g[ée]n[ée]rale|du\s+Conseil\s+[ée]conomique\s+et\s+social|du\s+Conseil\s+de\s+s[ée]curit[ée]"
    r"|du\s+Conseil\s+des\s+droits\s+de\s+l['’]homme|du\s+Conseil)\s*(?:suivantes\s*)?:?\s+)?(?:nos?\s*)?",
    "es": r"\b(?:resoluci[óo]n(?:es)?|decisi[óo]n(?:es)?)\s+"
    r"(?:(?:de\s+la\s+Asamblea\s+General|del\s+Consejo\s+Econ[óo]mico\s+y\s+Social|del\s+Consejo\s+de\s+Seguridad"
    r"|del\s+Consejo\s+de\s+Derechos\s+Humanos|del\s+Consejo)\s*:?\s+)?(?:núm\.\s*)?",
    "ru": r"(?<!\w)(?:резолюци[яиюейм]\w*|решени[еяюий]\w*)\s+"
    r"(?:(?:Генеральной\s+Ассамблеи|Экономического\s+и\s+Социального\s+Совета|Совета\s+Безопасности"
    r"|Совета\s+по\s+правам\s+человека|Совета)\s*:?\s+)?(?:№\s*)?",
    "ar": r"(?:ال)?(?:قرار|مقرر)(?:ات|ين|ا|ي|)(?:ه|ها|هما|ي)?"
    r"(?:\s+(?:الجمعية\s+العامة|المجلس\s+الاقتصادي\s+والاجتماعي|المجلس|مجلس\s+الأمن|مجلس\s+حقوق\s+الإنسان))?\s*:?\s+",
}
_DECISION_WORD = re.compile(r"decision|d[ée]cision|decisi[óo]n|решени|مقرر|决定", re.I)
# a list goes on when the words after a number (its date, its title) end in a separator before the
# next number, within one clause: "56/183 of 21 December 2001 on ..., 57/238 of ... and 77/150"
_SEPARATOR_END = {
    "en": r"(?:,|\band|\bor)\s*$",
    "fr": r"(?:,|\bet|\bou)\s*$",
    "es": r"(?:,|\by|\be|\bo)\s*$",
    "ru": r"(?:,|(?<!\w)и|(?<!\w)или)\s*$",
    "ar": r"(?:،|,|(?<!\w)و|(?<!\w)أو)\s*$",
    "zh": r"(?:、|，|,|和|及|以及|与)\s*$",
}
_CLAUSE_END = re.compile(r";|؛|；|。|\.\s|\.$|\n\s*\n")  # a single line break (PDF text) does not end it
_LIST_REACH = 320  # characters a list item's date and title may take
# Chinese: 第 70/125 号决议, 第2006/46号决议, 大会第 217 A(III)号决议, 第 56/183、57/238 和 77/150 号决议
_ZH_SEP = r"\s*(?:、|，|,|和|及|以及|与)\s*"
_ZH_FRAME = re.compile(
    rf"第\s*(?P<list>{_NUMBER}(?:{_ZH_SEP}{_NUMBER})*)\s*号\s*(?P<kind>决议|决定)"
)

# --- document symbols ------------------------------------------------------------------------------

# A/74/821, A/C.2/59/3, E/CN.16/2022/2, A/77/62-E/2022/8, A/HRC/RES/47/16, S/RES/2417 (2018),
# A/RES/217 A (III), E/2022/31, UNEP/EA.5/Res.1, A/78/L.49, ST/SGB/2019/1, A/76/PV.50
_SYMBOL = re.compile(
    r"(?<![A-Za-z0-9/.\-])"
    r"(?P<sym>[A-Z][A-Z0-9]{0,7}(?:\.\d+)?(?:/[A-Za-z0-9][A-Za-z0-9.]*(?:-\d+)?)+"
    r"(?:\s?\((?:\d{4}|" + _ROMAN + r")\)|\s[A-Z]\s?\(" + _ROMAN + r"\))?"
    r"(?:-[A-Z][A-Z0-9]{0,7}(?:\.\d+)?(?:/[A-Za-z0-9][A-Za-z0-9.]*)+)*)"
)
_LINK = re.compile(r"(?:https?:)?//(?:www\.)?(?:undocs\.org|docs\.un\.org|documents\.un\.org)/[^\s<>\"'，。；）)\]]+", re.I)


# Whose number it is. The General Assembly, ECOSOC and the Security Council number their own
# resolutions (A/RES/, E/RES/, S/RES/); the Human Rights Council's are A/HRC/RES/; a commission's,
# conference's or specialized agency's number (Commission on Narcotic Drugs resolution 62/1,
# 麻醉药品委员会第62/1号决议) is no UN document symbol and is left alone.
# the words between a body and its number: "adopted by the Economic and Social Commission for Asia
# and the Pacific at its seventy-second session, of resolution 72/7"
_AT_SESSION = r"(?:\s*,?\s+at\s+its\s+[\w-]+\s+session\s*,?\s*(?:of\s*)?)?"

_HRC = {
    "en": (r"Human\s+Rights\s+Council\s*$", None),
    "zh": (r"人权理事会\s*$", None),
    "fr": (r"Conseil\s+des\s+droits\s+de\s+l['’]homme\s+(?:ci[-\u2010\u2011]?après|suivantes)\s*:\s*(?:la|les)?\s*$",
           r"^\s*(?:,\s*)?du\s+Conseil\s+des\s+droits\s+de\s+l['’]homme"),
    "es": (None, r"^\s*(?:,\s*)?del\s+Consejo\s+de\s+Derechos\s+Humanos"),
    "ru": (None, r"^\s*Совета\s+по\s+правам\s+человека"),
    "ar": (None, r"^\s*(?:ل|ال)?مجلس\s+حقوق\s+الإنسان"),
}
_OTHER_BODY = {
    "en": (r"(?:Commission|Committee|Conference|Health\s+Assembly|Environment\s+Assembly|Board|Organization|Forum|Union)"
           r"(?:\s+(?:on|of|for)(?:\s+(?:the|[A-Z][\w-]*|and))+)?" + _AT_SESSION + r"\s*$", None),
    "zh": (r"(?:委员会|卫生大会|环境大会|执行局|执行理事会|大会第[一二三四五六七八九十]+届会议|缔约方大会)\s*$", None),
    "fr": (None, r"^\s*(?:,\s*)?(?:de\s+la\s+(?:Commission|Conférence)|du\s+(?:Comité|Conseil\s+d['’]administration))"),
    "es": (None, r"^\s*(?:,\s*)?(?:de\s+la\s+(?:Comisión|Conferencia)|del\s+(?:Comité|Consejo\s+de\s+Administración))"),
    "ru": (None, r"^\s*(?:Комиссии|Конференции|Комитета|Совета\s+управляющих)"),
    "ar": (None, r"^\s*(?:ل|ال)?(?:لجنة|اللجنة|مؤتمر|المؤتمر)"),
}


# Chinese names the body before its number, perhaps with the date and the title between
# (人权理事会2013年6月13日关于...的第23/13号决议, 亚洲及太平洋经济社会委员会第七十二届会议通过...的第72/7号决议):
# the last body named in the clause before the title (关于..., 题为...) is the number's owner
_ZH_OWNER = re.compile(
    r"(?P<hrc>人权理事会)"
    r"|(?P<other>委员会|卫生大会|环境大会|执行局|执行理事会|缔约方大会|联盟|组织)"
    r"|(?P<own>大会|经社理事会|经济及社会理事会|安全理事会|安理会|理事会)"
)
_ZH_CLAUSE = re.compile(r"[，；。,;]")

# the words that make a number the document's own organ's, which no earlier body's number in the
# same sentence passes to it: "its resolution", "General Assembly resolution", sa résolution,
# su resolución, своей резолюции, قرارها
_SELF = {
    "en": r"\b(?:its|their|General\s+Assembly|Assembly|Economic\s+and\s+Social\s+Council|Security\s+Council)\s+(?:own\s+)?$",
    "fr": r"\b(?:sa|ses|leur|leurs)\s+$",
    "es": r"\b(?:su|sus)\s+$",
    "ru": r"(?<!\w)сво\w+\s+$",
    "ar": None,
    "zh": None,
}
_SELF_IN_ANCHOR = {
    "fr": r"Assembl[ée]e|Conseil\s+[ée]conomique|Conseil\s+de\s+s[ée]curit[ée]",
    "es": r"Asamblea|Consejo\s+Econ[óo]mico|Consejo\s+de\s+Seguridad",
    "ru": r"Ассамблеи|Экономического|Безопасности",
    "ar": r"^(?:ال)?(?:قرار|مقرر)\S*(?:ه|ها|هما)\b|الجمعية|الاقتصادي|مجلس\s+الأمن",
}
# the anchoring words themselves may name the Human Rights Council before the number
_HRC_IN_ANCHOR = {"fr": r"droits\s+de\s+l", "es": r"Derechos\s+Humanos", "ru": r"правам\s+человека", "ar": r"حقوق\s+الإنسان"}
_INHERIT_REACH = 400  # characters a sentence may run from one body's number to the next


def _owner(text: str, start: int, end: int, language: str) -> str | None:
    """``"A/HRC/"`` for a Human Rights Council number, ``"other"`` for another body's, ``"self"`` for
    the document's own organ's where the words say so ("its resolution", 大会第...号决议), else None."""
    if language == "zh":
        before = text[max(0, start - 120) : start]
        clause = re.split(r"关于|题为", _ZH_CLAUSE.split(before)[-1])[0]  # not a body its title names
        last = None
        for last in _ZH_OWNER.finditer(clause):
            pass
        if last is None:
            return None
        return {"hrc": "A/HRC/", "other": "other", "own": "self"}[last.lastgroup]
    before, after = text[max(0, start - 120) : start], text[end : end + 60]
    for table, result in ((_HRC, "A/HRC/"), (_OTHER_BODY, "other")):
        pre, post = table[language]
        if (pre and re.search(pre, before)) or (post and re.search(post, after)):
            return result
    if _SELF.get(language) and re.search(_SELF[language], before):
        return "self"
    return None


def find_citations(text: str, language: str) -> list[FoundCitation]:
    """Every printed reference to a UN resolution, decision or document in ``text``, in text order.

    ``language`` chooses the words that anchor bare numbers (resolution, résolution, resolución,
    резолюция, القرار, 第...号决议). Document symbols and undocs.org links are found in any
    language. A number in a list anchored by one word is its own citation; its ``as_printed`` is the
    number (the first of a list carries the anchoring words with it).
    """
    if language not in LANGUAGES:
        raise ValueError(f"not a UN language code: {language!r} (one of {', '.join(LANGUAGES)})")
    printed = text
    text, at = _without_bidi_marks(text)
    found: list[FoundCitation] = []
    taken: list[tuple[int, int]] = []
    last_owner: list[tuple[int, str | None]] = []  # where the last bare number ended, and whose it was

    def add(
        symbols_text: str, start: int, end: int, *, decision: bool | None = None, anchor: str | None = None,
        owner_at: int | None = None, owner: str | None = None,
    ) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        if anchor is not None:  # a bare number: whose is it?
            owner = owner or _owner(text, owner_at if owner_at is not None else start, end, language)
            if owner is None and _HRC_IN_ANCHOR.get(language) and re.search(_HRC_IN_ANCHOR[language], anchor):
                owner = "A/HRC/"  # résolutions du Conseil des droits de l'homme 23/13
            if owner is None and _SELF_IN_ANCHOR.get(language) and re.search(_SELF_IN_ANCHOR[language], anchor):
                owner = "self"  # résolution de l'Assemblée générale, قرارها
            if owner is None and last_owner and _same_sentence(text[last_owner[-1][0] : owner_at or start], language):
                owner = last_owner[-1][1]  # "Human Rights Council resolutions 23/13 ..., as well as resolutions 28/6"
            last_owner.append((end, owner))
            if owner == "other":
                return
            if language == "ar" and owner in (None, "self"):
                symbols_text = _unreversed(symbols_text)
            if owner == "A/HRC/" and re.fullmatch(r"\d{1,2}/\d{1,3}", symbols_text):
                symbols_text = f"A/HRC/{'DEC' if decision else 'RES'}/{symbols_text}"
        if _SC_NUMBER.match(symbols_text):
            symbols_text = f"S/RES/{symbols_text}"
        try:
            symbols = parse_symbols(symbols_text, decision=decision)
        except SymbolError:
            return
        taken.append((start, end))
        found.append(FoundCitation(symbols, symbol_kind(symbols[0]), printed[at[start] : at[end]], at[start], at[end], anchor))

    for m in _LINK.finditer(text):
        add(m.group(0).rstrip(".,;:"), m.start(), m.start() + len(m.group(0).rstrip(".,;:")))
    if language == "zh":
        _zh_numbers(text, add)
    else:
        _anchored_numbers(text, language, add)
    for m in _SYMBOL.finditer(text):
        sym = m.group("sym").rstrip(".")
        if not re.search(r"\d", sym) or "/" not in sym:
            continue
        add(sym, m.start(), m.start() + len(sym))
    found.sort(key=lambda c: c.start)
    return found


_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _without_bidi_marks(text: str) -> tuple[str, list[int]]:
    """The text without the directional marks Arabic documents put inside numbers and symbols
    (``76/\u200f307``), and for each of its positions (and its end) the position in ``text``."""
    if not _BIDI.search(text):
        return text, list(range(len(text) + 1))
    kept = [i for i, ch in enumerate(text) if not _BIDI.match(ch)]
    return "".join(text[i] for i in kept), [*kept, len(text)]


_SENTENCE_END = re.compile(r";|؛|；|。|\.\s|\.$|\n\s*\n")


def _same_sentence(gap: str, language: str) -> bool:
    """Whether a number after ``gap`` continues the sentence of the number before it."""
    return len(gap) <= _INHERIT_REACH and not _SENTENCE_END.search(gap)


# Arabic text sometimes prints a resolution number the other way round (قرارها 307/76 for 76/307,
# القرار 206/67 for 67/206, 15/2022 for 2022/15). The General Assembly's sessions have two digits
# and start at its thirty-first (31/1, 1976); ECOSOC's year comes first: a number that fits neither
# way round as printed but fits reversed is reversed
_REVERSED = re.compile(r"^(?P<a>\d{1,3})/(?P<b>\d{2}|(?:19|20)\d\d)$")


def _unreversed(number: str) -> str:
    m = _REVERSED.match(number)
    if m is None:
        return number
    a, b = m["a"], m["b"]
    if len(b) == 4 or (int(b) >= FIRST_NUMBERED_GA_SESSION and (len(a) == 3 or int(a) < FIRST_NUMBERED_GA_SESSION)):
        return f"{b}/{a}"
    return number


_DIGIT = re.compile(r"\d")


def cite(text: str, anchor: str, language: str) -> list[Citation]:
    """The printed references of one paragraph or footnote (``anchor``: its id, ``fn:N``) as the
    record's citations. A joint symbol (``A/77/62-E/2022/8``) is one document, cited under its first,
    primary symbol. Their relation (the citing paragraph's verb) is the link stage's to give."""
    if not _DIGIT.search(text):
        return []  # every printed reference carries a number
    return [Citation(target=f.symbols[0], target_kind=f.target_kind, paragraph=anchor, as_printed=f.as_printed)
            for f in find_citations(text, language)]


def unique(citations: Iterable[Citation]) -> list[Citation]:
    """One citation per target and citing anchor, the first of each."""
    seen: set[tuple[str, str]] = set()
    out = []
    for c in citations:
        if (c.target, c.paragraph) not in seen:
            seen.add((c.target, c.paragraph))
            out.append(c)
    return out


def _anchored_numbers(text: str, language: str, add) -> None:
    """resolution 70/125; resolutions 56/183 of 21 December 2001, 57/238 ... and 77/150."""
    anchor = re.compile(_ANCHORS[language], re.I)
    for a in anchor.finditer(text):
        decision = bool(_DECISION_WORD.search(a.group(0)))
        numbers = []
        m = _NUMBER_RE.match(text, a.end())
        while m:
            numbers.append(m)
            m = _next_in_list(text, m.end(), language)
        # French, Spanish, Russian and Arabic name the body after the list: résolutions 23/13 et 24/33
        # du Conseil des droits de l'homme
        owners: list[str | None] = [None] * len(numbers)
        for i in reversed(range(len(numbers))):
            owners[i] = _owner(text, a.start(), numbers[i].end(), language) or (owners[i + 1] if i + 1 < len(numbers) else None)
        for i, m in enumerate(numbers):
            add(m.group(0), a.start() if i == 0 else m.start(), m.end(), decision=decision, anchor=a.group(0).strip(),
                owner_at=a.start(), owner=owners[i])


def _next_in_list(text: str, pos: int, language: str) -> re.Match | None:
    """The next number of a list that goes on after ``pos``, or None where the list ends."""
    nxt = _NUMBER_RE.search(text, pos, pos + _LIST_REACH)
    if not nxt:
        return None
    gap = text[pos : nxt.start()]
    if _CLAUSE_END.search(gap) or not re.search(_SEPARATOR_END[language], gap):
        return None
    if len(gap) > 40 and _OTHER_NUMBERING.search(gap):
        return None  # "paragraph 3 of resolution 70/1, and 12/4": the list has ended
    return nxt


_OTHER_NUMBERING = re.compile(r"paragraph|para\.|paragraphe|párrafo|пункт|الفقرة|段", re.I)


_ZH_ITEM = re.compile(rf"(?:第\s*)?(?P<n>{_NUMBER})\s*号\s*(?P<kind>决议|决定)?")
_ZH_DATE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:的)?)?"
_ZH_GAP = re.compile(rf"^\s*(?:、|，|,|和|及|以及|与)?\s*{_ZH_DATE}\s*$")
_ZH_BODY = re.compile(r"(?:大会|经社理事会|经济及社会理事会|安全理事会|安理会|人权理事会|理事会)\s*$")


def _zh_numbers(text: str, add) -> None:
    """第 70/125 号决议; 第 56/183、57/238 和 77/150 号决议; 第59/209号和2012年12月21日第67/221号决议.

    A number is a resolution (decision) number when 号决议 (号决定) closes it, or closes the run of
    第...号 items it belongs to, each perhaps with its date (2004年12月20日第59/209号和...)."""
    for m in _ZH_FRAME.finditer(text):  # one 第...号 around a list: 第 56/183、57/238 和 77/150 号决议
        numbers = list(_NUMBER_RE.finditer(text, m.start("list"), m.end("list")))
        for i, n in enumerate(numbers):
            start = _zh_start(text, m.start()) if i == 0 else n.start()
            end = m.end() if i == len(numbers) - 1 else n.end()
            add(n.group(0), start, end, decision=m["kind"] == "决定", anchor="第号" + m["kind"], owner_at=m.start())
    items = list(_ZH_ITEM.finditer(text))  # one 第...号 per number, 决议 after the last
    run: list[re.Match] = []
    for i, m in enumerate(items):
        run.append(m)
        follows = i + 1 < len(items) and _ZH_GAP.match(text[m.end() : items[i + 1].start()])
        if m["kind"] or not follows:
            for item in run if m["kind"] else []:
                add(
                    item["n"], _zh_start(text, item.start()), item.end(),
                    decision=m["kind"] == "决定", anchor="第号" + m["kind"], owner_at=run[0].start(),
                )
            run = []


def _zh_start(text: str, start: int) -> int:
    """Take the body's name before 第 with the citation: 大会第 70/125 号决议."""
    body = _ZH_BODY.search(text[max(0, start - 12) : start])
    return start - len(body.group(0)) if body else start
