"""Events from text: the meetings, summits and observances a paragraph names, with what it says of them.

``find_events(text, language)`` gives one ``EventMention`` per event a text names:

- an event of the registries (``reference/events.yaml``: IGF meetings, WSIS phases, ITU conferences)
  comes with the registry's edition, dates, place, country, organiser and series; an observance
  with its day (``recurring`` ``--05-17``);
- a meeting no registry holds is minted from the words around a forum's or body's name (not the
  sessions of the UN's principal organs):
  "the twentieth meeting of the Internet Governance Forum", "互联网治理论坛第二十次会议",
  "the fifth session of the Intergovernmental Group of Experts on E-commerce", "la cinquième session
  du Groupe ...", "пятой сессии Межправительственной группы ...", "الدورة الخامسة لفريق ...". Its id is
  the series' id and the edition (``igf-21``, ``ige-ecommerce-5``), the same in every language and
  document whatever dates they print; ``known`` is false;
- coordinated editions that share one head are one event each (UN editorial style prints a list of
  meetings of one series so): "the sixteenth and seventeenth sessions of the Conference of the Parties
  to the Convention ...", "the fifty-second, fifty-third ... and fifty-fifth ministerial meetings of
  ...", "the Third and Fourth Global High-level Ministerial Conferences on ...", 第四十七届、四十八届、
  四十九届和五十届会议, "the high-level meetings on X, on Y and on Z"; a list of as many dates gives
  them in order (with "respectively", or item by item: "in Libreville from 22 to 26 November 2021,
  in Yaoundé from ..."), any other count none; "the first part of the fifteenth meeting" is a
  meeting of its own; a conference of the parties is its convention's (its sessions are numbered
  apart);
- English events named by capitals the name matcher leaves ("the fourth International Conference on
  Small Island Developing States", also inside an instrument's title) and Chinese names that are
  none (参加峰会 "to take part in the Summit", 其他部长级会议 "other ministerial meetings") are read here;
- Arabic meetings that print their edition after the head ("مؤتمر الأمم المتحدة الرابع عشر لمنع الجريمة"),
  and meetings called by their edition alone ("le quatorzième Congrès", "el 14º Congreso", "четырнадцатого
  Конгресса", "المؤتمر الرابع عشر"), which ``named_before`` (called by the linker, which knows the
  document) makes the meeting of that edition the document named before;
- what the clause around the name prints fills what the registry leaves open: the dates ("from 6 to
  10 December 2021", "2021年12月6日至10日", or a year: "in 2009"), the place ("in Katowice, Poland"),
  the theme ("under the theme “Internet united”", 主题为“互联网团结”); never the date of a document the
  sentence cites ("resolution 73/2 of 10 October 2018", 2018年10月10日第73/2号决议).

The clause of a name is the text from it to the next ``;`` (English, French, Spanish, Russian,
Arabic print what they say of an event after its name) or from the previous ``；``/``，`` to it
(Chinese prints it before: 2021年12月6日至10日在波兰卡托维兹举行了主题为“互联网团结”的互联网治理论坛第十六次会议).
``unkg.ingest.link.link`` calls this for every paragraph of every Record, whatever its reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from unkg.ingest.dates import FoundDate, find_dates, month_year
from unkg.ingest.names import Found, alternation, find, ru_stem, zh_event_name
from unkg.ingest.shortnames import en_short_name
from unkg.numerals import DIGIT_ORDINALS, RU_ORDINAL, chinese_number, en_ordinal, ordinal, ordinal_pattern, ordinal_words
from unkg.record import Entity, EventMention
from unkg.reference import Entry, find_places, load, unknown_entity

# --- ordinals ----------------------------------------------------------------------------------

_EN_ORDINAL_WORDS = alternation(ordinal_words("en"))  # first ... ninety-ninth, longest first
_EN_ORD = "(?:" + _EN_ORDINAL_WORDS + r"|\d{1,2}(?:st|nd|rd|th))"  # in words or digits: 79th

# "the sixteenth meeting of the" / "its twenty-seventh session" just before a forum's or body's name
_EN_MEETING = re.compile(
    r"(?P<ord>(?<![\w\-‑])" + _EN_ORD + r"\s+"
    r"(?:annual\s+|regular\s+|plenary\s+|ministerial\s+|(?P<special>special\s+))?(?:meeting|session|conference|edition)\s+of\s+(?:the\s+)?)$",
    re.I,
)
# coordinated ordinals sharing one head, one meeting each: "the sixteenth and seventeenth sessions of the",
# "the fifty-second, fifty-third, fifty-fourth and fifty-fifth ministerial meetings of the" (UN editorial
# style writes a list of editions of one series so; "the forty-seventh, forty-eighth forty-ninth and
# fiftieth sessions" prints a comma less)
_EN_MEETINGS = re.compile(
    rf"(?<![\w\-‑])(?P<ords>{_EN_ORD}(?:\s*,?\s*(?:and\s+)?{_EN_ORD})+)\s+"
    r"(?:annual\s+|regular\s+|plenary\s+|ministerial\s+|(?P<special>special\s+))?(?:meetings|sessions|conferences)\s+of\s+(?:the\s+)?$",
    re.I,
)


def _en_editions(text: str, start: int) -> tuple[int, list[int], bool] | None:
    """The editions an English text prints just before a body's or forum's name at ``start``: where
    the ordinals begin, their numbers (one, or a coordinated list), and whether they are special sessions."""
    window = text[max(0, start - 80) : start]
    m = _EN_MEETING.search(window)
    if m is not None:
        n = ordinal(m.group("ord").split()[0].lower(), "en")
        return (start - len(window) + m.start(), [n], bool(m.group("special"))) if n else None
    window = text[max(0, start - 240) : start]
    m = _EN_MEETINGS.search(window)
    if m is None:
        return None
    ns = [ordinal(w.lower(), "en") for w in re.findall(_EN_ORD, m.group("ords"), re.I)]
    if not ns or not all(ns) or len(set(ns)) != len(ns):
        return None
    return start - len(window) + m.start(), ns, bool(m.group("special"))
# ... or "at its seventy-second session" just after it: "the Economic and Social Commission for Asia and
# the Pacific at its seventy-second session", "the Committee, at its twenty-sixth session", "the report
# of the Committee for Development Policy on its twenty-fifth session", "the General Assembly at its
# twenty-fourth special session"
_EN_AT_ITS = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*,?\s*(?:at|on|during)\s+its\s+"
    r"(?P<ord>" + _EN_ORD + r")\s+"
    r"(?:regular\s+|annual\s+|(?P<special>special\s+))?(?:session|meeting)\b",
    re.I,
)
# "its" further on in the clause: "notes Environment Assembly resolution 2/21 ..., adopted during its
# second session", "takes note of the report on its seventieth session", "through a dedicated session
# during its twenty-sixth session": the session of the body named last before it
_EN_ITS = re.compile(
    r"(?<![\w-])(?:at|on|during|of|for|in)\s+its\s+"
    r"(?P<ord>" + _EN_ORD + r")\s+"
    r"(?:regular\s+|annual\s+|(?P<special>special\s+))?(?:session|meeting)\b",
    re.I,
)
# what between the body and "its" makes "its" the author's (the Assembly deciding on its own agenda,
# "report to it at its eightieth session") or ends the clause
_EN_ITS_AUTHOR = re.compile(r"[;:]|\b(?:decides?|deciding|agenda|it|itself|Assembly|Council)\b")
_ITS_WINDOW = 200
# ... in Spanish and French: "la Comisión tiene previsto efectuar en 2025, durante su 69º período de
# sesiones", "le Comité, à sa vingt-sixième session" (an emergency special session, "à sa dixième session
# extraordinaire d'urgence", is numbered apart and not read); what makes "su"/"sa" the author's: the same
# (a pronoun standing for the author: "que le presente en su ...", "de lui faire rapport à sa ...")
_DIGIT_ORDINAL = r"\d{1,3}\s*(?:º|ª|er|re|e|ème|o|a)?"
_ITS = {
    "es": (re.compile(rf"(?<![\w-])(?:en|durante|de|para)\s+su\s+(?P<ord>{alternation(ordinal_words('es'))}|{_DIGIT_ORDINAL})\s+"
                      r"(?:período\s+(?:anual\s+)?(?P<special>extraordinario\s+)?de\s+sesiones(?!\s+de\s+emergencia)|reunión)\b", re.I),
           re.compile(r"[;:]|\b(?:[Dd]ecide|decidiendo|programa|le|lo|sí\s+mism[oa]|Asamblea|Consejo)\b")),
    "fr": (re.compile(rf"(?<![\w-])(?:à|lors\s+de|pendant|de|pour)\s+sa\s+(?P<ord>{alternation(ordinal_words('fr'))}|{_DIGIT_ORDINAL})\s+"
                      r"(?:session(?P<special>\s+extraordinaire)?(?!\s+d['’]urgence)|réunion)\b", re.I),
           re.compile(r"[;:]|\b(?:[Dd]écide|décidant|ordre\s+du\s+jour|lui|elle-même|Assemblée|Conseil)\b")),
    # "Комиссией по положению женщин на ее шестьдесят четвертой сессии", "о работе его двадцать второй сессии"
    "ru": (re.compile(rf"(?<![\w-])(?:его|ее|её|их|своей|своем|своём)\s+(?P<ord>{RU_ORDINAL.pattern})\s+"
                      r"(?:ежегодн\w+\s+)?(?:(?P<special>специальн\w+)\s+)?(?!чрезвычайн)(?:сесси\w*|совещани\w*|заседани\w*)(?!\w)", re.I),
           re.compile(r"[;:]|(?<!\w)(?:[Пп]остановляет|постановив|повестк\w*|Ассамбле\w*|Совет\w*|себя)(?!\w)")),
    # "لجنة وضع المرأة في دورتها الرابعة والستين", "في دورتها الاستثنائية ..."
    "ar": (re.compile(rf"(?<![\w])(?:دورتها|دورته|دورتهما|اجتماعها|اجتماعه)\s+(?:السنوية\s+)?(?:(?P<special>الاستثنائية)\s+)?"
                      rf"(?P<ord>{ordinal_pattern('ar')})(?!\w)(?!\s+الطارئة)"),
           re.compile(r"[؛:]|(?<!\w)(?:تقرر|مقررة|جدول|الجمعية|المجلس|نفسها|نفسه)(?!\w)")),
}


# ... or before the body, as the clause opens: "Decides that at its sixty-ninth session, in 2025, the
# Commission on the Status of Women will undertake ...", "Decide que, en su 69º período de sesiones, en
# 2025, la Comisión ...", "Décide qu'à sa soixante-neuvième session, en 2025, la Commission ...",
# "постановляет, что на своей шестьдесят девятой сессии в 2025 году Комиссия ...": the session of the
# body that follows (searched up to the body's name: ``$`` is where it starts)
_ITS_AHEAD = {
    "en": re.compile(r"(?:^|(?<=\bthat\s)|(?<=[,;:]\s))(?:at|during)\s+its\s+(?P<ord>" + _EN_ORD + r")\s+"
                     r"(?:regular\s+|annual\s+|(?P<special>special\s+))?(?:session|meeting)"
                     r"(?=\s*,\s*(?:in\s+(?:19|20)\d\d\s*,\s*)?(?:the\s+)?$)", re.I),
    "es": re.compile(rf"(?:^|(?<=\bque\s)|(?<=[,;:]\s))(?:en|durante)\s+su\s+(?P<ord>{alternation(ordinal_words('es'))}|{_DIGIT_ORDINAL})\s+"
                     r"(?:período\s+(?:anual\s+)?(?P<special>extraordinario\s+)?de\s+sesiones|reunión)"
                     r"(?=\s*,\s*(?:en\s+(?:19|20)\d\d\s*,\s*)?(?:la|el|los|las)\s+$)", re.I),
    "fr": re.compile(rf"(?:^|(?<=\bque\s)|(?<=qu['’])|(?<=[,;:]\s))(?:à|lors\s+de)\s+sa\s+(?P<ord>{alternation(ordinal_words('fr'))}|{_DIGIT_ORDINAL})\s+"
                     r"(?:session(?P<special>\s+extraordinaire)?|réunion)"
                     r"(?=\s*,\s*(?:en\s+(?:19|20)\d\d\s*,\s*)?(?:la\s+|le\s+|l['’]\s*)$)", re.I),
    "ru": re.compile(rf"(?:^|(?<=\bчто\s)|(?<=[,;:]\s))на\s+своей\s+(?P<ord>{RU_ORDINAL.pattern})\s+"
                     r"(?:(?P<special>специальн\w+)\s+)?(?:сессии|встрече)"
                     r"(?=\s*,?\s*(?:в\s+(?:19|20)\d\d\s+году\s*,?\s*)?$)", re.I),
}


def _its_session(text: str, f, found: Sequence, its: re.Pattern[str], author: re.Pattern[str], window: int,
                 own: str | None = None) -> re.Match | None:
    """The "its <ordinal> session" (``its``) further on in the clause of the body ``f`` names, when
    nothing of the author's (``author``), no other name and no longer name around ``f`` (a short
    name inside "the Conference of the Parties to ...") stands between them. The body's own short
    name (``own``: "Environment Assembly resolution 2/21, adopted during its second session") is not
    another author's."""
    if any(g.start < f.end < g.end for g in found):
        return None
    a = its.search(text, f.end, f.end + window)
    return a if a is not None and _same_body_between(text, f.end, a.start(), found, author, own) else None


def _same_body_between(text: str, start: int, end: int, found: Sequence, author: re.Pattern[str], own: str | None = None) -> bool:
    """Whether "its" at ``end`` may still be the body named before ``start``: nothing of the author's
    (``author``; the body's own short name ``own`` aside) and no other name stands between (else
    "its" may be that one's)."""
    between = text[start:end]
    if own:
        between = re.sub(rf"(?<![\w-]){re.escape(own)}(?![\w-])", " ", between)
    return not author.search(between) and not any(
        start <= g.start < end and g.entity.type not in ("instrument", "member-state") and not g.entity.group for g in found)


def _its_start(f, a: re.Match) -> int:
    """Where the session "its" names is printed: from the body's name when "at its ..." follows it,
    else the "its ... session" further on alone."""
    return f.start if f.end <= a.start() <= f.end + 3 else a.start()


def _en_its_session(text: str, f, found: Sequence) -> re.Match | None:
    """The "its <ordinal> session" of the body ``f`` names: right after the name ("the Board at its
    fifty-third meeting"), just before it as the clause opens (``_ITS_AHEAD``), or further on in its
    clause (``_its_session``)."""
    own = en_short_name(f.entity.en)
    return (_EN_AT_ITS.match(text, f.end) or _ITS_AHEAD["en"].search(text, max(0, f.start - 120), f.start)
            or _its_session(text, f, found, _EN_ITS, _EN_ITS_AUTHOR, _ITS_WINDOW, own))


def _its_sessions(text: str, f, found: Sequence, language: str) -> list[re.Match]:
    """The "its ... session" of the body ``f`` names (English, Spanish, French) and those after it that
    speak of the same body: "resolution 2/21, adopted during its second session, and resolution 4/10
    ..., adopted during its fourth session", while nothing of another author and no other name stands
    between one and the next."""
    if language == "en":
        its, author = _EN_ITS, _EN_ITS_AUTHOR
        first = _en_its_session(text, f, found)
    elif language in _ITS:
        its, author = _ITS[language]
        ahead = _ITS_AHEAD.get(language)
        first = (ahead.search(text, max(0, f.start - 120), f.start) if ahead is not None else None) or \
            _its_session(text, f, found, its, author, _ITS_WINDOW)
    else:
        return []
    out = [first] if first is not None else []
    while out and (a := its.search(text, out[-1].end(), out[-1].end() + _ITS_WINDOW)) is not None:
        if not _same_body_between(text, out[-1].end(), a.start(), found, author):
            break
        out.append(a)
    return out


# the meeting words before a body's name: "la cinquième session du", "quinto período de sesiones del",
# "пятой сессии", "الدورة الخامسة" (Arabic puts the ordinal after the noun, the name's ل after it)
# ... and the special sessions of a principal organ ("la vingt-troisième session extraordinaire de
# l'Assemblée générale", "vigésimo tercer período extraordinario de sesiones", "двадцать третьей
# специальной сессии", "الدورة الاستثنائية الثالثة والعشرين"), numbered apart from its regular ones
_BEFORE_NAME = {
    "fr": re.compile(rf"(?<!\w)(?P<ord>{alternation(ordinal_words('fr'))})\s+(?:réunion|session(?P<special>\s+extraordinaire)?|"
                     r"conférence|édition)(?:\s+annuelle)?\s+(?:du|de\s+la|de\s+l['’]|des)\s*$", re.I),
    "es": re.compile(rf"(?<!\w)(?P<ord>{alternation(ordinal_words('es'))}|\d{{1,2}}\s*[ªºa.])\s+(?:reunión|período\s+"
                     r"(?P<special>extraordinario\s+)?de\s+sesiones|conferencia|sesión|edición)(?:\s+anual)?\s+(?:del|de\s+la|de\s+los)\s*$", re.I),
    "ru": re.compile(rf"(?P<ord>{RU_ORDINAL.pattern})\s+"
                     r"(?:ежегодн\w+\s+|(?P<special>специальн\w+\s+))?(?:сесси\w*|совещани\w*|заседани\w*|конференци\w*)\s*$", re.I),
    "ar": re.compile(rf"(?:الدورة|الاجتماع|المؤتمر|الدورة\s+السنوية|الدورة\s+(?P<special>الاستثنائية))\s+(?P<ord>{ordinal_pattern('ar')})\s*$"),
}


# "第十六次会议" / "第二十七届会议" just after the name, or after its date (方案协调委员会2023年12月第五十三次会议)
# ... and the coordinated editions that share one head: 第十六届和第十七届会议, 第五十二、五十三、五十四和五十五次
# 部长级会议, 第四十七届、四十八届、四十九届和五十届会议 (not a range: 第十四至二十六届会议)
_ZH_ORD = r"[一二两三四五六七八九十\d]{1,3}"
_ZH_MEETING = re.compile(
    rf"^(?:的)?(?:于[^，；。第]{{0,30}}?举行)?(?:(?:将|应|拟)?(?P<at>在))?(?:(?:19|20)\d\d年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?)?第(?P<ord>{_ZH_ORD}(?:[届次]?[、，]第?{_ZH_ORD})*(?:[届次]?(?:和|及|以及)第?{_ZH_ORD})?)"
    r"(?:次|届)(?:年度|部长级)?(?:会议|大会|论坛|常会)"
)


def _zh_meeting_after(text: str, f) -> re.Match | None:
    """The meeting :data:`_ZH_MEETING` reads after the name ``f``; "at" one (委员会在第五十届会议上, the
    Commission at its fiftieth session) only after a body's or forum's name: 秘书长在第七十九届会议上 is
    the Secretary-General reporting at the Assembly's session."""
    m = _ZH_MEETING.match(text[f.end : f.end + 64])
    return None if m is not None and m.group("at") and f.entity.type not in ("body", "forum") else m


# a session named bare after a list's word (和第四届会议, 、第五届会议) in the sentence that named a body's
# session: that body's, as English says "and at its fourth session"
_ZH_BARE_SESSION = re.compile(rf"(?<=[和及与、])第(?P<ord>{_ZH_ORD})届会议")


def _zh_sessions_after(text: str, pos: int, found: Sequence) -> list[re.Match]:
    """The bare sessions after ``pos`` in its sentence, while no other name stands before them."""
    end = min([i for i in (text.find(ch, pos) for ch in "；。") if i >= 0] or [len(text)])
    out = []
    for b in _ZH_BARE_SESSION.finditer(text, pos, end):
        if any(pos <= g.start < b.start() for g in found) or not _zh_number(b.group("ord")):
            break
        out.append(b)
    return out


def _zh_editions(m: re.Match) -> list[int]:
    """The editions a :data:`_ZH_MEETING` match prints, in order (none when one is unreadable or repeated)."""
    ns = [_zh_number(w) for w in re.findall(_ZH_ORD, m.group("ord"))]
    return ns if ns and all(ns) and len(set(ns)) == len(ns) else []


# 大会第二十三届特别会议: a principal organ's special session, just after its name
_ZH_SPECIAL = re.compile(rf"第(?P<ord>{_ZH_ORD})届特别会议")
# Chinese: 请委员会在其第二十六届会议上...: the session of the body named before 其 in its clause
_ZH_ITS = re.compile(rf"其第(?P<ord>{_ZH_ORD})(?:次|届)(?:会议|常会)")
# what makes 其 the author's (决定将...项目列入其第七十九届会议议程, a name in a quoted item title) or
# another body's, one no name was found for (国际海事组织海洋环境保护委员会在其第七十八届会议)
_ZH_ITS_AUTHOR = re.compile(r"[；;。：:“”\"]|决定|议程|列入|项目|大会|理事会|委员会|论坛|工作组|组织|机构")


def _zh_its_session(text: str, f, found: Sequence) -> re.Match | None:
    """The "其第N届会议" of the body ``f`` names, in its clause (``_its_session``)."""
    return _its_session(text, f, found, _ZH_ITS, _ZH_ITS_AUTHOR, 40)


def _zh_number(word: str) -> int | None:
    """A Chinese ordinal's number, in Chinese numerals or digits (二十六, 26)."""
    return int(word) if word.isdigit() else chinese_number(word)


_THEME = {
    "en": re.compile(r"\btheme\s*(?:of\s*)?[:,]?\s*[\"“‘'](?P<t>[^\"”’]{2,200})[\"”’']"),
    "fr": re.compile(r"\bth[èe]me\s*[:,]?\s*[«“\"]\s*(?P<t>[^»”\"]{2,200}?)\s*[»”\"]"),
    "es": re.compile(r"\b(?:lema|tema)\s*[:,]?\s*[“«\"]\s*(?P<t>[^”»\"]{2,200}?)\s*[”»\"]"),
    "ru": re.compile(r"(?:тем[аеуой]|девиз\w*)\s*[:,]?\s*[«“\"]\s*(?P<t>[^»”\"]{2,200}?)\s*[»”\"]", re.I),
    "ar": re.compile(r"(?:شعار|موضوع)\s*[:،]?\s*[«“\"]\s*(?P<t>[^»”\"]{2,200}?)\s*[»”\"]"),
    "zh": re.compile(r"主题(?:为|是|：)?\s*[“「\"](?P<t>[^”」\"]{1,120})[”」\"]"),
}
# "held in Katowice, Poland" / "organized online" / "to be hosted by ... in Kyoto": a capitalised place
_EN_PLACE = re.compile(
    r"\b(?:held|organized|organised|hosted|convened|take\s+place|took\s+place|to\s+be\s+held)\b[^;]{0,80}?"
    r"\bin\s+(?P<place>(?:[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+){0,2})"
)
# an instrument adopted in a city by or at a meeting: the meeting's venue
_ADOPTED_IN = {
    "en": re.compile(r"\badopted\s+in\s+(?P<city>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s+(?:by|at)\s+(?:the\s+)?$"),
    "fr": re.compile(r"\badopté(?:e|s|es)?\s+à\s+(?P<city>[A-ZÉ][\w’'\-]+(?:[\s\-][A-ZÉ][\w’'\-]+){0,2})\s+(?:par|lors\s+de|à)\s+(?:la\s+|le\s+|l['’]\s*)?$"),
    "es": re.compile(r"\baprobad[oa]s?\s+en\s+(?P<city>[A-ZÁÉ][\w’'\-]+(?:\s+[A-ZÁÉ][\w’'\-]+){0,2})\s+(?:por|en)\s+(?:la\s+|el\s+)?$"),
}
_MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"}
_CLAUSE_END = {"zh": "；。", "ar": "؛;"}


# --- events no registry holds ------------------------------------------------------------------------

# "high-level meeting of the General Assembly on antimicrobial resistance", "a special session": events
# the English texts name in lower case, up to where their name ends
_EN_LOWER_EVENT = re.compile(
    r"(?<![\w-])(?:(?P<ord>" + _EN_ORDINAL_WORDS + r")\s+)?"
    r"(?P<kind>special\s+session|high-level\s+(?:plenary\s+|political\s+|interactive\s+|ministerial\s+)?(?:meeting|dialogue|debate|event|segment)"
    r"|ministerial\s+(?:meeting|conference)|plenary\s+meeting)(?P<in>\s+in\s+(?:19|20)\d\d)?"
    r"(?:(?P<of>\s+of\s+the\s+General\s+Assembly)(?P<on>\s+on\s+(?:the\s+)?[^,;:()“”\"]{3,100}?)?"
    r"|(?P<on_only>\s+on\s+(?:the\s+)?[^,;:()“”\"]{3,100}?)"
    r"|(?P<review>\s+to\s+review\s+[^,;:()“”\"]{3,200}?))"  # "the high-level meeting to review progress made in ..."
    r"(?=\s*(?:[,;:()]|\.\s|\.$|\b(?:to\s+be\s+(?:held|convened)|held\b|which\b|that\b|in\s+(?:\d|[A-Z])|on\s+\d|from\s+\d"
    # "... on antimicrobial resistance and requested the President"; the words after a name begin a
    # word: "Disaster Risk Reduction 2015–2030" does not end at "on 2015"
    r"|and\s+(?:the|its)\b|and\s+(?:also\s+)?[a-z]+ed\s)|$))"
)
# ... several of them sharing one head, a topic each: "the 2023 high-level meetings of the General
# Assembly on pandemic prevention, preparedness and response, on universal health coverage and on the
# fight against tuberculosis" (only where each topic has its own "on": "on X, Y and Z" does not say
# where a topic ends)
_EN_LOWER_EVENTS = re.compile(
    r"(?<![\w-])(?P<year>(?:19|20)\d\d\s+)?high-level\s+(?P<kind>(?:plenary\s+)?)meetings(?P<of>\s+of\s+the\s+General\s+Assembly)?"
    r"\s+(?P<topics>on\s+[^;:()“”\"]{3,120}?(?:,\s+on\s+[^;:()“”\"]{3,120}?)*,?\s+and\s+on\s+[^,;:()“”\"]{3,120}?)"
    r"(?=\s*(?:[,;:()]|\.\s|\.$|\b(?:to\s+be\s+(?:held|convened)|held\b|which\b|that\b|in\s+(?:\d|[A-Z])|and\s+(?:the|its)\b)|$))"
)
# the names of such events in Chinese: 高级别会议, 特别会议 and what stands before them up to a break
_ZH_LOWER_EVENT = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,24}?(?:高级别会议|高级别全体会议|特别会议|部长级会议|高级别对话|高级别互动对话))")
# ... and any meeting Chinese says was held, named between 举行的 (召开的, 举办的) and its head noun:
# 2017年7月3日至5日在德黑兰举行的第一次防治沙尘暴问题国际会议
_ZH_HELD_EVENT = re.compile(
    r"(?:举行的|举办的|召开的|举行了)(?P<name>(?:第[一二三四五六七八九十\d]{1,3}[次届])?[\u4e00-\u9fff]{2,30}?"
    r"(?:国际会议|世界会议|首脑会议|峰会|会议|论坛|对话|研讨会))(?=[，。；、）\s]|$|和|以及|及|上|期间)"
)
# the capitalised names of events in English, after "the" and an edition or a list of them, up to the
# last capitalised word of their topic: "the third International Conference on Small Island Developing
# States", "the fifth Global Conference on the Elimination of Child Labour", "the Third and Fourth Global
# High-level Ministerial Conferences on Antimicrobial Resistance" (one event per edition), "the High-level
# Midterm Review on the Implementation of ..."; a plural without editions ("the International
# Conferences on Financing for Development") names a series, not an event
_EN_ORD_CAP = "(?i:" + _EN_ORDINAL_WORDS + ")"
_EN_CAP_EVENT = re.compile(
    rf"(?P<the>\b[Tt]he\s+(?:(?:upcoming|forthcoming|recent|next|last|previous)\s+)?)(?:(?P<ords>{_EN_ORD_CAP}(?:\s*,\s*{_EN_ORD_CAP})*,?\s+and\s+{_EN_ORD_CAP})\s+|(?P<ord>{_EN_ORD_CAP})\s+)?"
    r"(?P<mods>(?:(?:United\s+Nations|International|World|Global|Regional|High-level|Ministerial|Interactive|Midterm|Mid-term|"
    r"Comprehensive|Plenary|Intergovernmental|Multi-stakeholder|Africa|Asia-Pacific|Commonwealth)\s+){1,5})"
    r"(?P<head>Conferences?|Summits?|Symposi(?:um|a)|Congress(?:es)?|Dialogues?|Meetings?|Review(?=\s+(?:on|of)\b)|Hearings?)"
    r"(?P<tail>\s+(?:on|for|of|to)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*|\d{4}(?:[–-]\d{4})?)"
    r"(?:(?:\s+(?:and|of|the|for|in|on|to|with|against))*\s+[A-Z][\w’'\-]*|\s+\d{4}(?:[–-]\d{4})?)*)",
)
# bodies and series named like events
_EN_NOT_EVENT = re.compile(r"^(?:Conference|Meeting)s?\s+of\s+(?:the\s+)?(?:States\s+)?Parties|^Conference\s+on\s+Disarmament|"
                           r"Conference\s+on\s+Trade\s+and\s+Development$", re.I)
_SINGULAR = {"conferences": "Conference", "summits": "Summit", "symposia": "Symposium", "congresses": "Congress",
             "dialogues": "Dialogue", "meetings": "Meeting", "hearings": "Hearing"}


def _en_named_events(text: str, found: Sequence, taken: list[tuple[int, int]]) -> list[tuple[int, int, EventMention]]:
    """English events by their capitalised names that the name matcher left out or read as part of an
    instrument's title ("the Programme of Action of the Fifth United Nations Conference on ..." names
    the Conference too), with their editions; a registry event when the registry knows the name."""
    reg = load()
    out = []
    for m in _EN_CAP_EVENT.finditer(text):
        head = m.group("head")
        plural = head.lower() in _SINGULAR
        if plural != bool(m.group("ords")):
            continue  # "the International Conferences on ...": the series; "the second ministerial conference": no name
        core = m.group("mods") + (_SINGULAR.get(head.lower()) or head) + m.group("tail")
        begin = m.end("the")
        if _EN_NOT_EVENT.search(m.group("mods") + head + m.group("tail")) or _EN_NOT_EVENT.search(core):
            continue
        start, end = begin, m.end()
        if any(s < end and start < e for s, e in taken):
            continue
        # a body or forum the matcher found within is its name (UNCTAD); an instrument is not
        if any(start <= f.start and f.end <= end and f.entity.type in ("body", "forum", "programme", "office")
               and (f.end - f.start) > (end - start) / 2 for f in found):
            continue
        words = re.findall(_EN_ORD_CAP, m.group("ords"), re.I) if m.group("ords") else [m.group("ord")] if m.group("ord") else [None]
        for word in words:
            name = f"{word} {core}" if word else core
            entry = reg.lookup(name, "en", ("events",)) or (reg.lookup(core, "en", ("events",)) if not word else None)
            if entry is not None and entry.data.get("kind") == "series":
                entry = None
            if entry is not None:
                ev = _from_registry(entry, "en", None)
            else:
                n = ordinal(word.lower(), "en") if word else None
                ev = EventMention(entity=unknown_entity(name, "en", "event"), paragraph="", edition=str(n) if n else None)
            ev.as_printed = text[start:end]
            out.append((start, end, ev))
    return out


_ORDINAL_BEFORE = {
    **{lang: re.compile(rf"(?<![\w-])(?P<ord>{alternation(ordinal_words(lang))}|{DIGIT_ORDINALS[lang]})\s+$", re.I)
       for lang in ("en", "fr", "es")},
    # Russian inflects it with the name: "четырнадцатого Конгресса ...", "пятнадцатому Конгрессу ..."
    "ru": re.compile(rf"(?<![\w-])(?P<ord>{RU_ORDINAL.pattern})\s+$", re.I),
    # Chinese before any name: 第十四届联合国预防犯罪和刑事司法大会
    "zh": re.compile(rf"第(?P<ord>{_ZH_ORD})[届次]$"),
}


_TWO_DAYS_JOIN = re.compile(r"^\s*(?:and|et|y|и|و|和|及|至)\s*$")


# a Chinese event noun after a verb or a determiner is no name but a mention of a meeting named
# elsewhere: 参加峰会 ("to take part in the Summit"), 出席高级别会议, 拟订一份可参加峰会 ..., 其他部长级会议
# ("other ministerial meetings"), 该会议, 这次首脑会议; what stands before the noun must name it (a topic
# with 问题/关于, a body, an ordinal, a year: 抗微生物药物耐药性问题高级别会议, 大会第二十四届特别会议)
_ZH_GENERIC = re.compile(
    r"^(?:.*?(?:参加|出席|参与|与会|召开|举行|举办|主办|筹备|拟订|支持|筹办|包括|或|和|及))?"
    r"(?:其他|其它|各次|各|这些|这次|此次|这一|该|本次|上述|历次|今后|以往|所有|有关|相关)?"
    r"(?:的)?(?:区域|全球|国际|全体|年度)?(?:高级别|部长级)?(?:全体|互动)?(?:会议|峰会|首脑会议|特别会议|对话|论坛|大会)$"
)


def _zh_generic(name: str) -> bool:
    """Whether a Chinese event's printed name is a generic head with no name of its own."""
    return bool(_ZH_GENERIC.match(name.strip()))


def _meeting_dates(text: str, language: str) -> list:
    """The dates of ``text`` as a meeting's: two days of one month printed together ("on 9 and 10
    September 2023", 2023年9月9日和10日, يومي 9 و 10 أيلول/سبتمبر 2023) are the meeting's first and
    last day, not two dates."""
    out = []
    for d in find_dates(text, language):
        prev = out[-1] if out else None
        if (prev is not None and prev.end is None and d.end is None and prev.start[:7] == d.start[:7]
                and prev.start < d.start and _TWO_DAYS_JOIN.match(text[prev.pos_end : d.pos_start])):
            out[-1] = replace(prev, end=d.start, as_printed=text[prev.pos_start : d.pos_end], pos_end=d.pos_end)
            continue
        out.append(d)
    return out


def _edition(name: str, language: str) -> str | None:
    """The edition a name states: "Third International Conference" -> 3, 第二十八届 -> 28."""
    if language == "zh":
        m = re.search(r"第([一二三四五六七八九十百零\d]+)(?:届|次)", name)
        n = ordinal(m.group(1), "zh") if m else None
    else:
        first = re.split(r"[\s-]", name.strip(), maxsplit=1)[0]
        n = ordinal(first, language) if first else None
    return str(n) if n else None


def _unregistered(text: str, f, language: str, found: Sequence = ()) -> list[tuple[int, int, EventMention]]:
    """The events a name no registry holds stands for: the name of an event itself ("International
    Conference on ..."), or numbered sessions of a body ("twenty-eighth session of the Conference
    of the Parties to ...", "the sixteenth and seventeenth sessions of ...", "the Board at its
    fifty-third meeting"), one per edition."""
    if f.entity.type == "instrument":
        return []  # an instrument holds no sessions: "at its seventy-eighth session of the Regional Plan of Action"
    if f.entity.type == "event" and language == "en" and (eds := _en_editions(text, f.start)) is not None:
        # "the sixteenth and seventeenth sessions of the Conference of the Parties to the Convention":
        # a body that holds numbered sessions, whatever its name's head noun says
        start, ns, _ = eds
        series = _parties_series(text, f, found, language) or f.entity
        return _numbered(text, start, f.end, series, ns, language)
    if f.entity.type == "event":
        if language == "zh" and _zh_generic(f.text):
            return []
        start, edition, entity = f.start, _edition(f.text, language), f.entity
        before = _ORDINAL_BEFORE.get(language)
        m = before.search(text, 0, f.start) if before and edition is None else None
        if m:  # "the second International Conference on ...": its edition, in lower case before the name
            start, edition = m.start(), str(ordinal(m.group("ord"), language))
            # the name without it is the series' ("the Fourteenth and the Fifteenth United Nations Congress on
            # Crime Prevention ..." are two meetings): the edition is part of the meeting's id
            entity = replace(entity, id=f"{entity.id}-{edition}", label=text[start:f.end], en=text[start:f.end] if language == "en" else entity.en)
        printed = text[start:f.end]
        return [(start, f.end, EventMention(entity=entity, paragraph="", edition=edition, as_printed=printed))]
    ns: list[int] = []
    if language == "en":
        eds = _en_editions(text, f.start)
        if eds is not None:
            start, ns, _ = eds
            end = f.end
        elif f.entity.type in ("body", "forum") and (a := _en_its_session(text, f, found)) and not a.group("special"):
            n = ordinal(a.group("ord").lower(), "en")  # "the Programme Coordinating Board at its fifty-third meeting"
            start, end, ns = _its_start(f, a), a.end(), [n] if n else []
    elif language == "zh":
        m = _zh_meeting_after(text, f)
        if m is not None:
            start, end, ns = f.start, f.end + m.end(), _zh_editions(m)
        elif f.entity.type in ("body", "forum") and (a := _zh_its_session(text, f, found)):
            n = _zh_number(a.group("ord"))
            start, end, ns = a.start(), a.end(), [n] if n else []
    elif language in _BEFORE_NAME:
        window = text[max(0, f.start - 80) : f.start]
        m = _BEFORE_NAME[language].search(window)
        if m is not None:
            n = ordinal(m.group("ord"), language)
            start, end, ns = f.start - len(window) + m.start(), f.end, [n] if n else []
    series = (_parties_series(text, f, found, language) if language == "en" else None) or f.entity
    return _numbered(text, start, end, series, ns, language) if ns else []


def _numbered(text: str, start: int, end: int, series: Entity, ns: Sequence[int], language: str) -> list[tuple[int, int, EventMention]]:
    """The numbered meetings ``ns`` of a series no registry holds, printed at ``start:end``: their id is
    the series' and the edition, alike in every language."""
    out = []
    part = _EN_PART.search(text, max(0, start - 40), start) if language == "en" and len(ns) == 1 else None
    if part is not None:
        # "the first part of the fifteenth meeting of ...", "the second part of ...": two meetings of one edition
        k = ordinal(part.group("k").lower(), "en") or part.group("k").lower()
        start = part.start()
    printed = text[start:end]
    for n in ns:
        en = f"{en_ordinal(n)} session of the {series.en}" if n < 100 else printed
        if part is not None:
            en = f"{part.group(0)}{en}"
        key = f"{series.id}-{n}" + (f"-part-{k}" if part is not None else "")
        entity = Entity(id=key, type="event", label=en if language == "en" else printed, en=en, known=False)
        out.append((start, end, EventMention(entity=entity, paragraph="", edition=str(n), series=series, as_printed=printed)))
    return out


_EN_PART = re.compile(r"(?<![\w-])(?P<k>first|second|third|resumed)\s+part\s+of\s+(?:the\s+)?$", re.I)
# "the Conference of the Parties to the United Nations Framework Convention on Climate Change",
# 《联合国气候变化框架公约》缔约方会议: the parties' body is named by its instrument
_PARTIES = re.compile(r"(?:Conference|Meeting)s?\s+of\s+(?:the\s+)?(?:States\s+)?Parties$", re.I)
_PARTIES_SHORT = re.compile(r"(?:Conference|Meeting)s?\s+of\s+(?:the\s+)?(?:States\s+)?Parties\s+to\s+the\s+(?:Convention|Agreement|Protocol)$")
_ZH_PARTIES = re.compile(r"》?\s*(?:缔约方大会|缔约方会议|缔约国会议|缔约国大会)")


def _short_english(instrument: Entity) -> str:
    """The shortest English name a registry gives an instrument (the United Nations Convention to Combat
    Desertification, not its full title), as a conference of its parties is called; its own name else."""
    entry = load().get(instrument.id) if instrument.known else None
    names = entry.names.get("en") if entry is not None else None
    return min(names, key=len) if names else instrument.en


def _parties_series(text: str, f, found: Sequence, language: str) -> Entity | None:
    """The conference (or meeting) of the parties to the instrument printed just after ``f`` ("to the
    Convention ..."), as a series of its own: each convention's COP numbers its sessions apart."""
    if _PARTIES_SHORT.search(f.text):
        # "the Conference of the Parties to the Convention": the convention named before
        earlier = [g for g in found if g.end <= f.start and _PARTIES.search(g.text)]
        return _parties_series(text, earlier[-1], found, language) if earlier else None
    if not _PARTIES.search(f.text):
        return None
    for g in found:
        if g.entity.type == "instrument" and 0 <= g.start - f.end <= 12 and re.fullmatch(r"\s+(?:to|of)\s+(?:the\s+)?", text[f.end : g.start]):
            name = f"{f.text} to the {_short_english(g.entity)}"
            return Entity(id=f"{f.entity.id}-{g.entity.id}", type="body", label=name, en=name, known=False)
    # "..., and the second part of the fifteenth meeting of the Conference of the Parties": the one named before
    earlier = [g for g in found if g.entity.id == f.entity.id and g.end <= f.start]
    return _parties_series(text, earlier[-1], found, language) if earlier else None


def _zh_parties(text: str, found: Sequence) -> list[tuple[int, int, EventMention]]:
    """The numbered sessions of a conference of the parties that Chinese names after its instrument:
    《联合国防治荒漠化公约》缔约方大会第十六届和第十七届会议."""
    out = []
    for g in found:
        if g.entity.type != "instrument":
            continue
        b = _ZH_PARTIES.match(text, g.end)
        m = _ZH_MEETING.match(text[b.end() : b.end() + 64]) if b else None
        if m is None:
            continue
        series = Entity(id=f"conference-of-the-parties-{g.entity.id}", type="body", label=text[g.start : b.end()],
                        en=f"Conference of the Parties to the {_short_english(g.entity)}", known=False)
        start = g.start - 1 if g.start and text[g.start - 1] == "《" else g.start
        out += _numbered(text, start, b.end() + m.end(), series, _zh_editions(m), "zh")
    return out


def _lower_case_events(text: str, language: str, hits: Sequence, found: Sequence) -> list[tuple[int, int, EventMention]]:
    """Events named without capitals: high-level meetings, special sessions (English and Chinese)."""
    pattern = {"en": _EN_LOWER_EVENT, "zh": _ZH_LOWER_EVENT}.get(language)
    if pattern is None:
        return []
    taken = [(h[0], h[1]) for h in hits] + [(f.start, f.end) for f in found if f.entity.type == "event"]
    out = _en_named_events(text, found, taken) if language == "en" else []
    taken += [(h[0], h[1]) for h in out]
    if language == "en":
        for m in _EN_LOWER_EVENTS.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            year = (m.group("year") or "").strip()
            for topic in re.split(r",?\s+and\s+on\s+|,\s+on\s+", m.group("topics")[3:]):
                name = f"{year + ' ' if year else ''}high-level {m.group('kind')}meeting{m.group('of') or ''} on {topic.strip()}"
                ev = EventMention(entity=unknown_entity(name, "en", "event"), paragraph="", as_printed=m.group(0), start=year or None)
                out.append((m.start(), m.end(), ev))
            taken.append(m.span())
    held = list(_ZH_HELD_EVENT.finditer(text)) if language == "zh" else []
    for m in [*held, *pattern.finditer(text)]:
        start, end = (m.start("name"), m.end("name")) if "name" in m.re.groupindex else m.span()
        if language == "zh" and m.re is not _ZH_HELD_EVENT:
            start = end - len(zh_event_name(m.group(0)))
            if end - start <= 5:
                continue  # a bare 高级别会议: the meeting named before, not a name
        if language == "zh" and _zh_generic(text[start:end]):
            continue  # 参加高级别会议, 其他部长级会议: a meeting named elsewhere
        if any(s < end and start < e for s, e in taken):
            continue
        printed = text[start:end].strip()
        entity = unknown_entity(printed, language, "event")
        # "a high-level meeting in 2024 on ...": the year its name prints
        year = m.group("in").split()[-1] if m.re is _EN_LOWER_EVENT and m.group("in") else None
        out.append((start, end, EventMention(entity=entity, paragraph="", edition=_edition(printed, language), as_printed=printed, start=year)))
        taken.append((start, end))
    return out


# a name in the plural with the years of its meetings: "the Ministerial Conferences on Antimicrobial
# Resistance in 2014 and 2019 in the Netherlands", one meeting a year, each named in the singular
_EN_CAPWORD = r"[A-Z][\w'’\-]*"
_EN_YEARLY = re.compile(
    rf"(?<![\w'’])(?P<lead>(?:{_EN_CAPWORD}\s+){{0,5}}?)(?P<head>Conference|Meeting|Summit|Forum|Symposium|Congress|Dialogue)s"
    rf"(?P<tail>\s+(?:on|of|for)\s+(?:the\s+)?{_EN_CAPWORD}(?:\s+(?:(?:of|on|for|and|the|in)\s+)*{_EN_CAPWORD})*?)"
    r"\s+(?:held\s+)?in\s+(?P<years>(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d)\b"
)


def _en_yearly(text: str, hits: Sequence) -> list[tuple[int, int, EventMention]]:
    """The meetings a plural name dates by year (``_EN_YEARLY``), one per year, sharing the span and
    clause of a coordinated list (their place is each one's); none where another event stands."""
    out = []
    for m in _EN_YEARLY.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in hits):
            continue
        lead = m.group("lead")
        if lead.split()[:1] == ["The"]:
            lead = lead[4:]
        name = f"{lead}{m.group('head')}{m.group('tail')}"
        start = m.start() + (len(m.group("lead")) - len(lead))
        for year in re.findall(r"(?:19|20)\d\d", m.group("years")):
            entity = unknown_entity(f"{year} {name}", "en", "event")
            out.append((start, m.end(), EventMention(entity=entity, paragraph="", start=year, as_printed=text[start:m.end()])))
    return out


# ... and in Chinese, the years before the name: 2014年和2019年在荷兰举行的抗微生物药物耐药性问题部长级会议
_ZH_YEARLY = re.compile(r"(?P<years>(?:19|20)\d\d年(?:[、和及](?:19|20)\d\d年)+)(?:在[^，；。、]{1,20}?)?(?:举行|召开|举办)的$")


def _zh_yearly(text: str, hits: list[tuple[int, int, EventMention]]) -> list[tuple[int, int, EventMention]]:
    """Chinese hits of a meeting no registry holds nor series numbers, after the years it was held
    (``_ZH_YEARLY``): one meeting a year, as the English names them."""
    out = []
    for start, end, ev in hits:
        m = None if ev.entity.known or ev.series is not None or ev.edition else _ZH_YEARLY.search(text, max(0, start - 40), start)
        if m is None:
            out.append((start, end, ev))
            continue
        name = text[start:end]
        for year in re.findall(r"(?:19|20)\d\d", m.group("years")):
            entity = unknown_entity(f"{year}年{name}", "zh", "event")
            out.append((start, end, replace(ev, entity=entity, start=year, as_printed=name)))
    return out


# a Chinese meeting name that ends in coordinated editions: ...委员会第五十二、五十三、五十四和五十五次部长级会议
_ZH_LIST_END = re.compile(
    rf"(?:举行了|举行的|召开的|举办的)?(?P<lead>[^，；。、和及]{{0,40}}?)第(?P<ord>{_ZH_ORD}(?:[届次]?[、，]第?{_ZH_ORD})*(?:[届次]?(?:和|及|以及)第?{_ZH_ORD}))"
    r"(?:次|届)(?:年度|部长级)?(?:会议|大会|论坛|常会)$"
)


def _zh_lists(text: str, hits: list[tuple[int, int, EventMention]]) -> list[tuple[int, int, EventMention]]:
    """Chinese hits that name coordinated editions of one unnamed series, one per edition: the name
    matchers read 第五十二、五十三、五十四和五十五次部长级会议 as one meeting (or only its last item)."""
    out = []
    for start, end, ev in hits:
        m = None if ev.series is not None or ev.entity.known else _ZH_LIST_END.search(text, max(0, start - 60), end)
        ns = _zh_editions(m) if m else []
        if len(ns) < 2 or m.start("ord") - 1 > start:
            out.append((start, end, ev))
            continue
        lo = m.start("lead")
        verb = max(text.rfind(v, lo, m.start("ord")) + len(v) if text.rfind(v, lo, m.start("ord")) != -1 else -1
                   for v in ("举行了", "举行的", "召开的", "举办的"))
        lo = max(lo, verb)  # the name begins after the verb that says the meeting was held
        printed = text[lo:end]
        for n in ns:
            entity = replace(ev.entity, id=f"{ev.entity.id}-{n}", label=printed, en=printed)
            out.append((lo, end, replace(ev, entity=entity, edition=str(n), as_printed=printed)))
    return out


# --- the clause around a name ---------------------------------------------------------------------


def _clause(text: str, start: int, end: int, language: str, before: int, after: int) -> tuple[int, int]:
    """The span of the clause that says something of the name at ``start:end``: after it up to the
    next ``;`` (or the next event's name), or, in Chinese, before it back to the previous ``；``/``，``."""
    if language == "zh":
        lo = max(text.rfind(ch, before, start) for ch in "；。，") + 1
        hi = end
        for ch in "；。，":
            k = text.find(ch, end)
            if k != -1:
                hi = max(hi, min(k, after))
                break
        return max(lo, before), min(max(hi, end), after)
    stops = [k for k in (text.find(ch, end) for ch in _CLAUSE_END.get(language, ";")) if k != -1]
    if language in _NEXT_PARTICIPLE and (participle := _NEXT_PARTICIPLE[language].search(text, end)):
        stops.append(participle.start())  # "..., and reaffirming the Declaration ... of 16 September 2002": another clause
    hi = min([after, *stops])
    return start, max(hi, end)


# a preamble's next participle, the clause after a name ends before it ("..., and reaffirming", « , et réaffirmant »,
# ", y reafirmando", ", и вновь подтверждая", "، وإذ يعيد تأكيد")
_NEXT_PARTICIPLE = {
    "en": re.compile(r",\s+(?:and\s+)?(?:also\s+|further\s+)?(?:reaffirming|recalling|noting|recognizing|welcoming|taking\s+note|"
                     r"bearing\s+in\s+mind|acknowledging|stressing|emphasizing|underlining|expressing|reiterating|"
                     r"mindful|convinced|concerned|considering)\b"),
    "fr": re.compile(r",\s+(?:et\s+)?(?:réaffirmant|rappelant|notant|prenant\s+note|considérant|reconnaissant|soulignant|accueillant"
                     r"|se\s+félicitant|saluant|conscient|convaincu|préoccupé|constatant)\b"),
    "es": re.compile(r",\s+(?:y\s+)?(?:reafirmando|recordando|observando|tomando\s+nota|reconociendo|destacando|acogiendo|"
                     r"consciente|convencid[oa]|preocupad[oa]|considerando|subrayando)\b"),
    "ru": re.compile(r",\s+(?:и\s+)?(?:вновь\s+)?(?:подтверждая|ссылаясь|отмечая|принимая\s+к\s+сведению|признавая|подчеркивая|"
                     r"приветствуя|учитывая|будучи)(?!\w)"),
    "ar": re.compile(r"[،,]\s+و?إذ\s+"),
}


# a list's next item: a comma (and a conjunction, an article) before another instrument or event
_ITEM_LEAD = re.compile(r"[,،]\s*(?:(?:and|et|y|и|و)\s+)?(?:(?:the|le|la|les|el|los|las)\s+|l['’]\s*)?$")


def _next_item(text: str, end: int, hi: int, found: Sequence) -> int:
    """Where the clause after a name at ``end`` ends, at the latest ``hi``: at the comma opening the
    next item of a list that names another instrument or event ("..., issu de la troisième Conférence
    internationale sur le financement du développement, l'Accord de Paris, ..., adopté à Quito par la
    Conférence ...": Quito is not where the first was held)."""
    for f in sorted(found, key=lambda f: f.start):
        if end < f.start < hi and f.entity.type in ("instrument", "event") and (m := _ITEM_LEAD.search(text, end, f.start)):
            return m.start()
    return hi


def _country(text: str, language: str, found: Sequence) -> tuple[str | None, Entity | None]:
    """The ISO 3166 code of the first member state named in ``text``."""
    for f in found:
        entry = f.entry
        if entry is not None and entry.kind == "states":
            return entry.data.get("iso2"), f.entity
    return None, None


# the States that offered to host a meeting, named right before it: "the offers made by the Government
# of Saudi Arabia and the Government of Mongolia to host the sixteenth and seventeenth sessions ...",
# "el ofrecimiento del Gobierno de España de acoger la ...", 卡塔尔政府提出主办... (a State printed as an
# adjective, "le Gouvernement espagnol", is no State the matcher reads)
_HOST_BEFORE = {
    "en": r"\s+to\s+host\s+(?:the\s+)?",
    "fr": r"\s+(?:d['’]|à\s+)accueillir\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?",
    "es": r"\s+(?:de|para)\s+(?:acoger|albergar|ser\s+anfitri[óo]n\s+de)\s+(?:la\s+|el\s+|los\s+|las\s+)?",
    "ru": r"\s+(?:принять\s+у\s+себя|провести\s+у\s+себя|организовать\s+у\s+себя|о\s+проведении)\s+",
    "ar": r"\s+(?:ل)?استضافة\s+",
    "zh": r"政府(?:提出|表示愿意|愿意)?(?:分别)?(?:在(?:(?:19|20)\d\d年[和、]?)+)?(?:主办|承办)(?:(?:19|20)\d\d年)?",
}
# ... and between two of them: "Saudi Arabia and the Government of Mongolia"
_HOST_JOIN = {
    "en": r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?",
    "fr": r"\s*(?:,\s*(?:et\s+)?|\s+et\s+)(?:(?:le|du)\s+Gouvernement\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)?)?",
    "es": r"\s*(?:,\s*(?:y\s+)?|\s+y\s+)(?:(?:el|del)\s+Gobierno\s+(?:de\s+(?:la\s+|el\s+)?|del\s+)?)?",
    "ru": r"\s*(?:,\s*(?:и\s+)?|\s+и\s+)(?:правительств\w+\s+)?",
    "ar": r"\s*(?:،\s*)?و(?:حكومة\s+)?",
    "zh": r"政府?(?:和|与|、)",
}


def _hosts(text: str, start: int, language: str, found: Sequence) -> list[str]:
    """The ISO 3166 codes of the States printed as offering to host the meeting named at ``start``,
    in the order printed."""
    if (before := _HOST_BEFORE.get(language)) is None:
        return []
    states = sorted((f for f in found if f.entry is not None and f.entry.kind == "states" and f.end <= start), key=lambda f: f.end)
    if not states or not re.fullmatch(before, text[states[-1].end:start]):
        return []
    hosts = [states[-1]]
    for f in reversed(states[:-1]):
        if not re.fullmatch(_HOST_JOIN[language], text[f.end:hosts[0].start]):
            break
        hosts.insert(0, f)
    return [code for f in hosts if (code := f.entry.data.get("iso2"))]


_EN_IN_STATE = re.compile(r"\bin\s+(?:the\s+)?(?P<name>[A-Z][\w’'\-]+(?:\s+(?:and\s+)?[A-Z][\w’'\-]+){0,3})")


def _en_state_in(clause: str) -> str | None:
    """The ISO 3166 code of a State an English clause says the event is in ("in 2014 and 2019 in the
    Netherlands"), by the registry's names of States, for the names the matcher leaves (its short
    name printed with its article)."""
    for m in _EN_IN_STATE.finditer(clause):
        words = m.group("name").split()
        for k in range(len(words), 0, -1):  # "in Saudi Arabia during ...": the longest name that is a State
            entry = load().lookup(" ".join(words[:k]), "en", ("states",))
            if entry is not None:
                return entry.data.get("iso2")
    return None


def _series_entry(entry: Entry) -> Entry | None:
    reg = load()
    series = entry.data.get("series")
    return reg.get(series) if series else None


def _organizer(entry: Entry | None, language: str, on: str | None) -> Entity | None:
    """The first organiser an entry (or, failing that, its series) names in the registry."""
    reg = load()
    while entry is not None:
        for key in entry.data.get("organizer") or ():
            org = reg.get(key)
            if org is not None:
                return org.entity(language, on)
        entry = _series_entry(entry)
    return None


def _from_registry(entry: Entry, language: str, on: str | None) -> EventMention:
    data = entry.data
    series = _series_entry(entry)
    edition = data.get("edition")
    return EventMention(
        entity=entry.entity(language, on),
        paragraph="",
        start=str(data["start"]) if data.get("start") else None,
        end=str(data["end"]) if data.get("end") else None,
        place=data.get("place"),
        country=data.get("country"),
        organizer=_organizer(entry, language, on),
        edition=str(edition) if edition is not None else None,
        recurring=data.get("recurring"),
        series=series.entity(language, on) if series is not None else None,
    )


def _adopted_at(instrument: Entry, printed: str, language: str) -> tuple[int, int, Entry] | None:
    """The registry's event an instrument was adopted at, where its printed name names it: "Addis Ababa
    Action Agenda of the Third International Conference on Financing for Development", 第三次发展筹资问题
    国际会议亚的斯亚贝巴行动议程 (the instrument's name is matched whole, the event inside it)."""
    event = load().get(instrument.data.get("adopted_at") or "")
    if event is None:
        return None
    for name in event.names.get(language, ()):
        words = [ru_stem(w) + r"\w{0,4}" if language == "ru" else re.escape(w) for w in re.split(r"\s+", name)]
        pattern = r"\s+".join(words).replace("'", "['’]")
        if m := re.search(pattern, printed, re.I):
            return m.start(), m.end(), event
    return None


# bodies whose numbered sessions are not taken as events: the UN itself and its principal organs
_NOT_SERIES = {"organization", "principal-organ"}


@cache
def _series_ids() -> frozenset[str]:
    """The registry's event series (the World Summit, the IGF as a series of meetings)."""
    return frozenset(e.id for e in load().of_kind("events") if e.data.get("kind") == "series")


def _fill(event: EventMention, clause: str, language: str, found: Sequence, dates: bool = True) -> None:
    """Fill what is still open from the clause's dates (unless ``dates`` is false), place, country and theme."""
    if event.recurring or event.entity.id in _series_ids():
        return  # an observance's day and a series' span are the registry's, not a clause's
    dates = [d for d in _meeting_dates(clause, language) if not _document_date(clause, d.pos_start, d.pos_end, language)] if dates else []
    if dates and event.start is None:
        event.start, event.end = dates[0].start, dates[0].last
    m = _THEME.get(language) and _THEME[language].search(clause)
    if m:
        event.theme = m.group("t").strip()
    venue = _venue(clause, language) if event.place is None else None
    if venue is not None:  # a city of the gazetteer: its English name, and its country when none is printed
        event.place = venue.en
    if event.country is None:
        # the venue's country where a city is read ("New York ... and Doha, Qatar": the United States), else
        # the first State the clause names
        event.country = venue.country if venue is not None and venue.country else _country(clause, language, found)[0]
        if event.country is None and language == "en":
            event.country = _en_state_in(clause)
    if event.place is None and language == "en":
        event.place = _en_place(clause, found)


def state_facts(event: EventMention, text: str, start: int, end: int, language: str) -> None:
    """What the clause of ``text`` around the meeting named at ``start:end`` states of it (dates, place,
    country, theme), for a meeting another reading found there (``unkg.ingest.align``)."""
    lo, hi = _clause(text, start, end, language, 0, len(text))
    clause = text[lo:hi]
    _fill(event, clause, language, find(clause, language))
    if event.start is None and language == "zh" and (year := _ZH_YEAR_BEFORE_NAME.search(text, 0, start)):
        event.start = year.group(1)  # 2023年大会关于...的高级别会议: the year the name opens with


_ZH_YEAR_BEFORE_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)年(?:联合国|大会)?$")


# a city named in an instrument's or a programme's name is no venue: the Beijing Declaration, the
# Nairobi work programme, 北京宣言, إعلان بيجين
_NOT_VENUE_AFTER = re.compile(
    r"^\s*(?:Declaration|Agreement|Programme|Platform|Agenda|Convention|Protocol|Principles|Rules|Plan|Framework|Consensus|"
    r"Commitment|Statement|Amendment|Guidelines|work\s+programme|Action|宣言|行动纲领|议程|公约|议定书|框架|原则|工作方案|行动计划)",
    re.I,
)


# ... or after the instrument's head noun: Déclaration et Programme d'action de Beijing, Estrategias de
# Nairobi, Пекинской декларации, إعلان ومنهاج عمل بيجين
_NOT_VENUE_BEFORE = re.compile(
    r"(?:D[ée]clara(?:ci[óo]n|tion)|Accord|Acuerdo|Programme\s+d['’]action|Programa\s+de\s+Acci[óo]n|Plateforme|Plataforma|Strat[ée]gies|Estrategias|"
    r"Convention|Convenci[óo]n|Cadre|Marco|Protocole|Protocolo|Consensus|Consenso|Agenda|Programme\s+de\s+travail|"
    r"إعلان|اتفاق|منهاج\s+عمل|برنامج\s+عمل|استراتيجيات|اتفاقية|إطار|خطة\s+عمل)"
    r"(?:\s+(?:et|y|و)\s+\S+(?:\s+d['’]action|\s+de\s+Acci[óo]n|\s+عمل)?)?\s*(?:de|d['’]|del)?\s*$",
    re.I,
)
# in English, a city followed by a capitalised word is part of a proper name (the Nairobi
# Forward-looking Strategies, the Geneva Conventions)
_PROPER_NAME_GOES_ON = re.compile(r"^[\s\u00a0]+(?:[A-Z][a-z]|Forward)")


def _zh_in_title_name(clause: str, start: int, end: int) -> bool:
    """A city inside a title, qualifying the name it opens (《2015-2030年仙台减少灾害风险框架》), not the
    place a report's title ends on (《联合国环境与发展会议的报告，1992年6月3日至14日，里约热内卢》) or lists
    after its name (...会议报告，2022年3月17日纽约和2023年3月5日至9日多哈》)."""
    return clause.count("《", 0, start) > clause.count("》", 0, start) and bool(re.match(r"[\u4e00-\u9fff]", clause[end : end + 1])) \
        and "报告" not in clause[clause.rfind("《", 0, start) : start]


def _venue(clause: str, language: str):
    """The first gazetteer city the clause names as a place (``unkg.reference.find_places``); for
    Chinese, which prints the venue before the name (在布加勒斯特举行的...), the last one, but in a
    report's title, which prints them after it, the first."""
    venues = [
        (s, e, p) for s, e, p in find_places(clause, language)
        if not _NOT_VENUE_AFTER.match(clause[e:]) and not _NOT_VENUE_BEFORE.search(clause[max(0, s - 60) : s])
        and not (language == "en" and _PROPER_NAME_GOES_ON.match(clause[e:]))
        and not (language == "zh" and _zh_in_title_name(clause, s, e))
    ]
    if not venues:
        return None
    if language == "zh" and 0 <= clause.find("报告") < venues[0][0]:
        return venues[0][2]  # a report's title prints the venues after the name, in order (...报告，2022年3月17日纽约和...多哈)
    return venues[-1][2] if language == "zh" else venues[0][2]


def _en_place(clause: str, found: Sequence) -> str | None:
    """The place an English clause says the event is held in ("held in Katowice, Poland"), not a State."""
    p = _EN_PLACE.search(clause)
    if not p:
        return None
    words = p.group("place").split()
    while words and words[-1] in _MONTHS_EN:
        words.pop()
    place = " ".join(words)
    # not a State, nor the first words of one ("to be held in Antigua and Barbuda")
    if place and not any(f.entry is not None and f.entry.kind == "states" and f.text.startswith(place) for f in found):
        return place
    return None


_YEAR_SUFFIX = re.compile(r"-(?:19|20)\d\d$")


def _other_edition(text: str, f, entry: Entry, language: str, on: str | None) -> tuple[int, int, EventMention] | None:
    """"the Second World Summit for Social Development": an ordinal before the name of one meeting
    the registry holds (the first, of 1995) that is not its own names another meeting of its kind,
    one IRI in every language (the meeting's id without its year, and the edition: wssd-2). Its
    own is its edition, or the one its English name states ("Fourth World Conference on Women"
    is the fourth however a text prints its name), or the first."""
    before = _OTHER_ORDINAL.get(language)
    m = before.search(text, max(0, f.start - 40), f.start) if before and entry.data.get("kind") == "event" else None
    n = (_zh_number(m.group("ord")) if language == "zh" else ordinal(m.group("ord"), language)) if m else None
    own = entry.data.get("edition") or _edition(entry.label("en", on), "en") or 1
    if not n or str(n) == str(own):
        return None
    en = f"{en_ordinal(n)} {entry.label('en', on)}"
    en = en[:1].upper() + en[1:]
    printed = text[m.start() : f.end]
    key = _YEAR_SUFFIX.sub("", entry.id) + f"-{n}"
    entity = Entity(id=key, type="event", label=en if language == "en" else printed, en=en, known=False)
    return m.start(), f.end, EventMention(entity=entity, paragraph="", edition=str(n), as_printed=printed)


# a forum's meeting named by its year, where the language prints the year: after the name ("... Forum
# 2021", "Foro ... de 2021", "Форума ... 2021 года", "منتدى ... لعام 2021") or before it ("l'édition 2021
# du Forum ...", 2021年信息社会世界峰会论坛)
_YEAR_AFTER_NAME = {
    "en": re.compile(r"\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[–-])"),
    "es": re.compile(r"\s+de\s+(?P<y>(?:19|20)\d\d)\b"),
    "ru": re.compile(r"\s+(?P<y>(?:19|20)\d\d)\s+года\b"),
    "ar": re.compile(r"\s+(?:لعام|لسنة)\s+(?P<y>(?:19|20)\d\d)"),
}
_YEAR_BEFORE_NAME = {
    "fr": re.compile(r"(?:édition|session)\s+(?P<y>(?:19|20)\d\d)\s+(?:du|de\s+la|de\s+l['’])\s*$"),
    "zh": re.compile(r"(?P<y>(?:19|20)\d\d)年$"),
}


@cache
def _meetings_by_year() -> dict[tuple[str, str], Entry]:
    """The registry's meetings of a series by (series, year): (wsis-forum, 2021) -> wsis-forum-2021."""
    out: dict[tuple[str, str], list[Entry]] = {}
    for e in load().of_kind("events"):
        if e.data.get("series") and e.data.get("start"):
            out.setdefault((e.data["series"], str(e.data["start"])[:4]), []).append(e)
    return {k: v[0] for k, v in out.items() if len(v) == 1}


def _meeting_of_year(text: str, f, entry: Entry, language: str) -> tuple[int, int, Entry] | None:
    """The registry's meeting of the forum ``f`` names, by the year printed with its name (one
    meeting that year): (start, end of the words that name it, the meeting)."""
    by_year = _meetings_by_year()
    if after := _YEAR_AFTER_NAME.get(language):
        if (m := after.match(text, f.end)) and (event := by_year.get((entry.id, m.group("y")))):
            return f.start, m.end(), event
    if before := _YEAR_BEFORE_NAME.get(language):
        if (m := before.search(text, max(0, f.start - 40), f.start)) and (event := by_year.get((entry.id, m.group("y")))):
            return m.start(), f.end, event
    return None


@cache
def _registry_kinds() -> frozenset[str]:
    """The registry's meetings by kind, as _other_edition names another meeting of one: its id
    without its year (wssd-1995 -> wssd)."""
    return frozenset(_YEAR_SUFFIX.sub("", e.id) for e in load().of_kind("events"))


# an ordinal just before a name: _ORDINAL_BEFORE's (Russian declined: вторая, второй), Chinese 第二次
_OTHER_ORDINAL = {
    **_ORDINAL_BEFORE,
    "zh": re.compile(rf"第(?P<ord>{_ZH_ORD})(?:次|届)$"),
}


def _minted(series: Entry, edition: int, language: str, on: str | None, printed: str, special: bool = False) -> EventMention:
    """A meeting of a series that no registry holds (or the registry's, when its id exists), as
    ``printed``; a ``special`` session is numbered apart from the regular ones (general-assembly-special-24)."""
    ev = _edition_event(series, edition, language, on, printed, special)
    ev.as_printed = printed
    return ev


def _edition_event(series: Entry, edition: int, language: str, on: str | None, printed: str, special: bool) -> EventMention:
    reg = load()
    # the id: the series and the edition (igf-21, ige-ecommerce-7), which every language and every
    # document prints alike, where dates and years come and go
    key = f"{series.id}-special-{edition}" if special else f"{series.id}-{edition}"
    # a registered meeting of the series with that edition is the one meant
    for entry in reg.of_kind("events") if not special else ():
        if entry.data.get("series") == series.id and str(entry.data.get("edition")) == str(edition):
            return _from_registry(entry, language, on)
    if key in reg:
        return _from_registry(reg[key], language, on)
    noun = "session" if re.search(r"session|sesi[oó]n|сесси|الدورة|届", printed, re.I) else "meeting"
    noun = f"special {noun}" if special else noun
    # one English name whatever the language read, so that the six graphs label the node alike
    en = f"{en_ordinal(edition)} {noun} of the {series.label('en', on)}" if edition < 100 else printed
    entity = Entity(id=key, type="event", label=en if language == "en" else printed, en=en, known=False)
    return EventMention(
        entity=entity,
        paragraph="",
        edition=str(edition),
        organizer=_organizer(series, language, on) or _series_organizer(series, language, on),
        series=series.entity(language, on),
    )


def _series_organizer(series: Entry, language: str, on: str | None) -> Entity | None:
    """The organiser the registry gives the other meetings of a series (the IGF's: the Secretary-General)."""
    for entry in load().of_kind("events"):
        if entry.data.get("series") == series.id and entry.data.get("organizer"):
            return _organizer(entry, language, on)
    return None


# "resolution 67/1 of 24 September 2012", "décision 2/COP.15 du", 第67/1号决议 after the date: a cited
# document's date, not a meeting's
# (a part's letter between: "74/550 B of", "74/550 باء المؤرخ"; « en date du », "de fecha" after anything)
_DOC_DATE_BEFORE = re.compile(r"(?:(?:\d|\))(?:\s+[A-Z]|\s+[\u0621-\u064a]{2,4})?\s*,?\s*(?:of|dated|du|de|del|от|المؤرخ|المؤرخة|المؤرخين)"
                              r"|\ben\s+date\s+du|\bde\s+fecha)\s+(?:le\s+)?$", re.I)
# ... with the document's title or subject between: 2022年3月29日题为“……”的第76/257号决议, 2015年7月27日关于《第三次
# 发展筹资问题国际会议亚的斯亚贝巴行动议程》的第69/313号决议, 2015年12月16日题为《……成果文件》的第70/125号决议
_DOC_DATE_AFTER = re.compile(r"\s*(?:(?:题为|关于)\s*(?:[“\"《][^”\"《》]{0,300}[”\"》]|[^，；。“”《》]{1,80}?)\s*)?(?:通过|核可|作出)?(?:的)?"
                             r"(?:(?:大会|理事会|安全理事会|经济及社会理事会|经社理事会|人权理事会|委员会)?第\s*[\w/.()\s]{1,30}?号)?(?:决议|决定)")
# the verbs of holding a meeting: a Chinese date in another comma's segment than the name dates the meeting only with
# one between (2021年3月7日至12日会聚在日本京都，召开第十四届...大会)
_ZH_HELD = re.compile(r"举行|召开|会聚|举办|召集")
# what may stand between a date and the name of the meeting it dates, in every language but Chinese: little but a
# preposition and an article ("On 22 September 2008, the high-level meeting", « du 27 au 29 avril 2022, de la cinquième
# session du Groupe »), not another item of a list (« tenue à Genève du 26 juin au 1er juillet 2000, le Programme ... et le
# Programme d’action d’Addis-Abeba issu de la troisième Conférence »)
_DATE_RIGHT_BEFORE = {
    # (« du 16 au 18 décembre 2021, du sixième Forum », « au Qatar du 5 au 9 mars 2023, de la deuxième partie de la cinquième
    # Conférence », « adoptée le 12 mars 1995 à l’issue du Sommet mondial »)
    "fr": re.compile(r"(?:\s+à\s+[A-ZÉ][\w’'-]*(?:[\s-][A-ZÉ][\w’'-]*)*(?:,\s+[A-ZÉ][\w-]*)?)?"
                     r"\s*,?\s*(?:(?:de|du|des|d['’]|à|lors\s+de|pendant|au\s+cours\s+de|par|pour|à\s+l['’]issue\s+d[eu])\s*)?"
                     r"(?:la\s+|le\s+|l['’]\s*|sa\s+|son\s+)?(?:(?:première|deuxième|seconde)\s+partie\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+))?"),
    # (Russian and French: the place may stand between, "проведение 27–29 апреля 2022 года в Женеве пятой сессии ...",
    # "с 6 по 10 декабря 2021 года в Катовице, Польша, шестнадцатого заседания", « du 3 au 7 octobre 2021 à Genève, de la »)
    "ru": re.compile(r"(?:\s+в\s+[А-ЯЁ][\w\u2011-]*(?:[\s\u2011-][А-ЯЁ][\w\u2011-]*)*(?:\s+и\s+[А-ЯЁ][\w\u2011-]*)?(?:,\s+[А-ЯЁ][\w\u2011-]*)?)?"
                     r"\s*,?\s*(?:(?:на|в\s+ходе|в|во\s+время)\s+)?(?:своей\s+|ее\s+|его\s+)?"),
    "en": re.compile(r"\s*,?\s*(?:(?:at|in|of|for|by)\s+)?(?:the\s+)?"),  # ("adopted on 14 October 2005 by the Diplomatic Conference")
    "es": re.compile(r"\s*,?\s*(?:(?:en|de|del|por|durante)\s+)?(?:la\s+|el\s+)?"),
    "ar": re.compile(r"\s*[،,]?\s*(?:(?:في|من|خلال)\s+)?"),
}


def _zh_report_title_end(text: str, start: int, end: int, after: int) -> int:
    """Where the title of a meeting's report the name at ``start:end`` opens ends (《...会议的报告，dates，
    place》, 《第二次老龄问题世界大会报告，2002年4月8日至12日，马德里》), else ``end``."""
    opened = text.rfind("《", 0, start)
    if opened == -1 or "》" in text[opened:start] or not text.startswith(("的报告", "报告"), end):
        return end
    close = text.find("》", end)
    return close if end < close <= after else end


def _document_date(text: str, start: int, end: int, language: str) -> bool:
    """Whether the date printed at ``start:end`` is the date of a document the sentence cites."""
    if language == "zh":
        return bool(_DOC_DATE_AFTER.match(text, end))
    return bool(_DOC_DATE_BEFORE.search(text[max(0, start - 40) : start]))


# what says that a list of dates or places goes item by item with a list of meetings: "..., in 2013,
# 2017 and 2018, respectively", 分别于2019年和2022年
_RESPECTIVELY = {"en": r"\brespectively\b", "fr": r"\brespectivement\b", "es": r"\brespectivamente\b",
                 "ru": r"соответственно", "ar": r"على\s+التوالي", "zh": r"分别"}
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")


def _fill_item(ev: EventMention, text: str, base: int, clause: str, language: str, found: Sequence, i: int, n: int) -> None:
    """Dates and place of the ``i``th of ``n`` coordinated editions ("the fifty-second, ..., and
    fifty-fifth ministerial meetings of X, in Libreville from 22 to 26 November 2021, in Yaoundé from
    30 May to 4 June 2022, ..."): when the clause prints as many dates as editions, the ``i``th date
    is the ``i``th edition's, with the place printed in its item; a place printed once before all
    the dates ("held in Rome from 8 to 11 February 2021, on 4 June 2021 ..., respectively") is every
    edition's. Years stand for dates when the clause says "respectively" ("in 2013, 2017 and 2018,
    respectively"). Any other count gives no edition a date: one date for a list is not each
    meeting's. ``base`` is where ``clause`` stands in ``text``."""
    dates = [d for d in _meeting_dates(clause, language)
             if not _document_date(text, base + d.pos_start, base + d.pos_end, language)]
    if len(dates) != n and not dates and re.search(_RESPECTIVELY.get(language, r"$^"), clause):
        dates = [FoundDate(y.group(1), None, y.group(1), y.start(), y.end()) for y in _YEAR.finditer(clause)]

    def fill(lo: int, hi: int) -> None:
        _fill(ev, clause[lo:hi], language, [f for f in found if base + lo <= f.start and f.end <= base + hi], dates=False)

    if len(dates) != n:
        fill(0, len(clause))
        return
    d = dates[i]
    ev.start, ev.end = d.start, d.last
    # an item is its date and what it prints of a place: before the date in most languages ("in
    # Yaoundé from 30 May ..."), after it in Chinese (2022年5月30日至6月4日在雅温得)
    if language == "zh":
        lo, hi = d.pos_start, dates[i + 1].pos_start if i + 1 < n else len(clause)
    else:
        lo, hi = dates[i - 1].pos_end if i else 0, d.pos_end
    fill(lo, hi)
    if ev.place is None and ev.country is None:
        # no place of its own: a place printed once for every item, before the first date (English), after
        # the last (Chinese: 分别于2021年2月8日至11日、...和2022年10月10日至13日在罗马举行的)
        if language == "zh":
            if not any(_venue(clause[dates[k].pos_start : dates[k + 1].pos_start], language) for k in range(n - 1)):
                fill(dates[-1].pos_end, len(clause))
        elif not any(_venue(clause[dates[k - 1].pos_end : dates[k].pos_end], language) for k in range(1, n)):
            fill(0, dates[0].pos_start)


# what says that a meeting named next is commemorated, not held: "the twenty-fifth anniversary of the", « le vingt-cinquième
# anniversaire de la », "el vigésimo quinto aniversario de la", "двадцать пятой годовщины"
_ANNIVERSARY = {
    "en": re.compile(r"\banniversary\s+of\s+(?:the\s+)?$"),
    "fr": re.compile(r"\banniversaire\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+)$"),
    "es": re.compile(r"\baniversario\s+(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+)$"),
    "ru": re.compile(r"годовщин\w*\s+(?:со\s+дня\s+)?(?:проведения\s+)?$"),
}


# the year a meeting was or will be held, where no day is printed
_YEAR_AFTER = {
    # ... and by whom it was convened: "convened by the President of the General Assembly in 2021"
    "en": re.compile(r"\s*,?\s*(?:(?:held|to\s+be\s+held|convened)\s+(?:by\s+the\s+(?:[A-Z][\w\-]*\s+(?:of\s+the\s+)?){1,6})?)?"
                     r"in\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[–-])"),
    "fr": re.compile(r"\s*,?\s*(?:(?:tenue?s?|organisée?s?)\s+)?en\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[–-])"),
    "es": re.compile(r"\s*,?\s*(?:(?:celebrad[oa]s?|organizad[oa]s?)\s+)?en\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[–-])"),
    "ru": re.compile(r"\s*,?\s*(?:(?:состоявш\w+|проведенн\w+)\s+)?в\s+(?P<y>(?:19|20)\d\d)\s+году\b"),
    "ar": re.compile(r"\s*[،,]?\s*(?:(?:المعقودة|المعقود)\s+)?في\s+عام\s+(?P<y>(?:19|20)\d\d)(?!\d)(?!\s*[–-])"),
}
_ZH_YEAR_HELD = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)年(?!\s*\d{1,2}\s*月)(?:在[^，；。]{1,20}?)?(?:举行|召开|举办|召集)")
# ... or before its edition, in its printed name: 妇女地位委员会将在2025年第六十九届会议上
_ZH_YEAR_AT = re.compile(r"在(?P<y>(?:19|20)\d\d)年第")


# ... and so does it where the name is what the item before was held alongside: "the ministerial meeting
# ... held in Nairobi on 21 February 2013 on the margins of the twenty-seventh session of ..."
_ALONGSIDE = {
    "en": re.compile(r"\b(?:on|in|at)\s+the\s+(?:margins?|sidelines?)\s+of\b|\bin\s+conjunction\s+with\b|\bback[\s-]to[\s-]back\s+with\b"),
    "fr": re.compile(r"(?<!\w)en\s+marge\s+d|(?<!\w)parallèlement\s+à|(?<!\w)en\s+parallèle\s+(?:à|avec)"),
    "es": re.compile(r"(?<!\w)al\s+margen\s+d|(?<!\w)paralelamente\s+a|(?<!\w)en\s+paralelo\s+(?:a|con)"),
    "ru": re.compile(r"(?<!\w)(?:на\s+полях|в\s+кулуарах|параллельно\s+с)(?!\w)"),
    "ar": re.compile(r"على\s+هامش|بالتزامن\s+مع"),
}
# a list's next item begins between a date and a name: the date belongs to the item before
_NEXT_ITEM = re.compile(r"[,،，]\s*(?:and\b|et\b|y\b|и\b|و|以及|并)")


def find_events(text: str, language: str, *, found: Sequence | None = None, on: str | None = None,
                anchor: str = "") -> list[EventMention]:
    """The events ``text`` names, with their dates, place, country, theme, organiser and series.

    ``found`` is what ``unkg.ingest.names.find`` gave for this text (computed here when None);
    ``anchor`` the paragraph id written into each EventMention.
    """
    if found is None:
        found = find(text, language, on)
    out: list[EventMention] = []
    seen: set[str] = set()
    # names of events, and names of fora/bodies a meeting ordinal stands next to
    hits: list[tuple[int, int, EventMention]] = []
    for f in found:
        # a short name the document resolved ("the Commission at its seventy-eighth session") is its body's
        entry = f.entry or (load().get(f.entity.id) if f.entity.known else None)
        if entry is None:
            hits.extend(_unregistered(text, f, language, found))
            continue
        if entry.kind == "events":
            if f.entry is None:
                continue  # "the Conference", "the Summit" once named: not another event
            if entry.id in _series_ids() and not entry.data.get("recurring"):
                continue  # a series named as such (the World Summit) is a mention, not an event
            if (other := _other_edition(text, f, entry, language, on)) is not None:
                hits.append(other)
                continue
            hits.append((f.start, f.end, _from_registry(entry, language, on)))
            hits[-1][2].as_printed = f.text
            continue
        if entry.kind == "instruments":  # an instrument holds no sessions; its name may name where it was adopted
            if (inner := _adopted_at(entry, f.text, language)) is not None:
                k, n, event = inner
                hits.append((f.start + k, f.start + n, _from_registry(event, language, on)))
                hits[-1][2].as_printed = f.text[k:n]
            continue
        if (yearly := _meeting_of_year(text, f, entry, language)) is not None:
            k, n, event = yearly  # "Форума Всемирной встречи ... 2021 года": the registry's WSIS Forum 2021
            hits.append((k, n, _from_registry(event, language, on)))
            hits[-1][2].as_printed = text[k:n]
            continue
        # "the seventy-ninth session of the General Assembly": a session of a principal organ, not a
        # meeting of a series; its special sessions are events (the twenty-fourth special session)
        principal = entry.data.get("category") in _NOT_SERIES
        if principal and language == "zh":
            m = _ZH_SPECIAL.match(text, f.end)
            n = _zh_number(m.group("ord")) if m else None
            if n:  # 大会第二十三届特别会议: the organ's special session
                ev = _minted(entry, n, language, on, text[f.start : m.end()], special=True)
                hits.append((f.start, m.end(), ev))
            continue
        if language == "zh":
            m = _zh_meeting_after(text, f)
            for n in _zh_editions(m) if m else ():
                ev = _minted(entry, n, language, on, text[f.start : f.end + m.end()])
                hits.append((f.start, f.end + m.end(), ev))
            for b in _zh_sessions_after(text, f.end + m.end(), found) if m is not None and f.entity.type in ("body", "forum") else ():
                # 环境大会第二届会议期间通过的...和第四届会议期间通过的...: the same body's fourth session
                ev = _minted(entry, _zh_number(b.group("ord")), language, on, b.group(0))
                hits.append((b.start(), b.end(), ev))
            if m is None and f.entity.type in ("body", "forum") and (a := _zh_its_session(text, f, found)):
                n = _zh_number(a.group("ord"))
                if n:  # 请委员会在其第二十六届会议上: that alone is printed
                    ev = _minted(entry, n, language, on, a.group(0))
                    hits.append((a.start(), a.end(), ev))
        else:
            ns, special, start = [], False, f.start
            if language == "en":
                eds = _en_editions(text, f.start)
                if eds is not None:
                    start, ns, special = eds
            elif language in _BEFORE_NAME:
                window = text[max(0, f.start - 80) : f.start]
                m = _BEFORE_NAME[language].search(window)
                n = ordinal(m.group("ord"), language) if m else None
                if n:
                    start, ns, special = f.start - len(window) + m.start(), [n], bool("special" in m.groupdict() and m.group("special"))
            if ns and (special or not principal):
                for n in ns:
                    ev = _minted(entry, n, language, on, text[start : f.end], special=special)
                    hits.append((start, f.end, ev))
            elif (f.entity.type in ("body", "forum") and (its := _its_sessions(text, f, found, language))
                  and (its[0].group("special") or not principal)):  # not "the President of the Assembly at its ... session"
                for a in its:
                    n = ordinal(a.group("ord").lower(), language)
                    if n:
                        begin = _its_start(f, a)
                        ev = _minted(entry, n, language, on, text[begin : a.end()], special=bool(a.group("special")))
                        hits.append((begin, a.end(), ev))
    if language == "zh":
        hits.extend([h for h in _zh_parties(text, found) if not any(s < h[1] and h[0] < e for s, e, _ in hits)])
    hits.extend(_bare_editions(text, language, hits, found, on))
    hits.extend(_lower_case_events(text, language, hits, found))
    if language == "ar":
        hits.extend(_ar_numbered(text, hits))
    hits.extend(_short_editions(text, language, hits))
    if language == "en":
        hits.extend(_en_yearly(text, hits))
    if language == "zh":
        hits = _zh_yearly(text, _zh_lists(text, hits))
    hits.sort(key=lambda h: h[0])
    # the titles printed after "entitled": what the text says after one is said of the meeting before it
    # ("the twenty-fourth special session ..., entitled “World Summit for Social Development and beyond:
    # ...”, held in Geneva from 26 June to 1 July 2000"), and of a meeting named inside one only the
    # title's own words speak
    titles = [(m.start(), m.start(1), m.end(1)) for m in _TITLE_AFTER_ENTITLED.finditer(text)]
    for i, (start, end, ev) in enumerate(hits):
        # the editions of one coordinated list share their span, their clause and what it says
        group = [h[2] for h in hits if (h[0], h[1]) == (start, end)]
        # its own title: after it ("..., entitled “...”"), or in Chinese before it (题为“...”的大会第二十四届特别会议)
        own_title = next(((s, e) for at, s, e in titles if end <= at <= end + 3 or (language == "zh" and start - 3 <= e <= start)), None)

        def in_own_title(h) -> bool:
            return own_title is not None and own_title[0] <= h[0] < own_title[1]

        before = max((h[1] for h in hits if h[0] < start and not in_own_title(h)), default=0)
        after = min((h[0] for h in hits if h[0] > start and not in_own_title(h)), default=len(text))
        inside = next(((s, e) for _, s, e in titles if s <= start and end <= e), None)
        if inside is not None:  # a meeting named in a title: only the title's words speak of it
            before, after = max(before, inside[0]), min(after, inside[1])
        lo, hi = _clause(text, start, end, language, before, after)
        if language != "zh":
            hi = _next_item(text, end, hi, found)
        if language == "zh":
            # and on to the end of the report's title it stands in: 《联合国环境与发展会议的报告，1992年6月3日至14日，里约热内卢》,
            # or of the sentence that says where and when it will be held: ...高级别会议将在纽约联合国总部举行，...2024年9月26日
            title_end = _zh_report_title_end(text, start, end, after)
            if title_end == end and _ZH_WILL_BE_HELD.match(text, end):
                title_end = min([i for i in (text.find(ch, end, after) for ch in "；。") if i >= 0] or [min(after, len(text))])
            clause, clause_found = text[lo:title_end], [f for f in found if lo <= f.start and f.end <= title_end]
        else:
            clause, clause_found = text[end:hi], [f for f in found if end <= f.start and f.end <= hi]
        # the text wins over the registry (DESIGN.md §7, issue 11): a meeting's dates, place and
        # country are what this text says of them, and where it says nothing, nothing; the
        # registry's stay the registry's
        if ev.entity.known and not ev.recurring and ev.entity.id not in _series_ids():
            ev.start = ev.end = ev.place = ev.country = None
        if len(group) > 1:
            if not ev.recurring and ev.entity.id not in _series_ids():
                base = lo if language == "zh" else end
                _fill_item(ev, text, base, clause, language, clause_found, group.index(ev), len(group))
                if ev.country is None and (hosts := _hosts(text, start, language, found)) and len(hosts) in (1, len(group)):
                    ev.country = hosts[group.index(ev) if len(hosts) > 1 else 0]
            ev.paragraph = anchor
            keep_once(ev, seen, out)
            continue
        if ev.start is None and not ev.recurring and ev.entity.id not in _series_ids():
            # the dates nearest the name in its clause, before it (French, Russian, Chinese: "du 27 au
            # 29 avril 2022, de la cinquième session du Groupe ...") or after it (English); not the
            # date of a document the sentence cites ("resolution 67/1 of 24 September 2012")
            head = max(max(text.rfind(ch, before, start) for ch in ";；؛") + 1, before)
            near = [(start - (head + d.pos_end), d) for d in _meeting_dates(text[head:start], language)
                    if not _NEXT_ITEM.search(text, head + d.pos_end, start)  # "..., 2024, and the eighth session"
                    # (right before it, in every language but Chinese: "On 22 September 2008, the high-level meeting",
                    # _DATE_RIGHT_BEFORE; Chinese: in its comma's segment, 2023年3月5日至9日在多哈举行的第五次...会议, not
                    # 2020年4月28日...的声明，...《...会议...》)
                    and not (language in _DATE_RIGHT_BEFORE and not _DATE_RIGHT_BEFORE[language].fullmatch(text, head + d.pos_end, start))
                    and not (language == "zh" and "，" in text[head + d.pos_end:start]
                             and not _ZH_HELD.search(text, head + d.pos_end, start))
                    and not (language in _ALONGSIDE and _ALONGSIDE[language].search(text, head + d.pos_end, start))
                    and not _document_date(text, head + d.pos_start, head + d.pos_end, language)]
            near += [(0, d) for d in _meeting_dates(text[start:end], language)]  # 专家组于2025年5月12日至14日举行第八届会议
            if language != "zh" or _ZH_WILL_BE_HELD.match(text, end):
                stop = hi if language != "zh" else lo + len(clause)
                near += [(d.pos_start, d) for d in _meeting_dates(text[end:stop], language)
                         if not _document_date(text, end + d.pos_start, end + d.pos_end, language)]
            if near:
                _, d = min(near, key=lambda x: x[0])
                ev.start, ev.end = d.start, d.last
        if ev.start is None and not ev.recurring and ev.entity.id not in _series_ids():
            # "the Third ... Conference on Antimicrobial Resistance in 2022 in Oman", 2022年在阿曼举行的: a year
            y = (_ZH_YEAR_HELD.search(clause) or _ZH_YEAR_AT.search(text, start, end) if language == "zh" else
                 _YEAR_AFTER[language].match(text, end) if language in _YEAR_AFTER else None)
            if y is not None:
                ev.start = y.group("y")
            elif (my := _month_year_held(text, start, end, hi, head, language, found)) is not None:
                ev.start = my  # "held in Beijing in September 1995", 1995年9月在北京举行的
        if ev.place is None and language in _ADOPTED_IN and (m := _ADOPTED_IN[language].search(text, max(before, start - 120), start)) \
                and (cities := find_places(m.group("city"), language)):
            # "the New Urban Agenda adopted in Quito by the United Nations Conference on Housing ...": its venue
            ev.place, ev.country = cities[0][2].en, ev.country or cities[0][2].country
        # (Chinese: the dates of its clause are those read above, before, in or after the name, unless a report's
        # title goes on after it; no other: 大会2015年7月27日关于《第三次发展筹资问题国际会议...》的第69/313号决议 dates the
        # resolution, which the clause cut at the name no longer shows)
        _fill(ev, clause, language, clause_found, dates=len(group) == 1 and not (language == "zh" and lo + len(clause) <= end))
        if ev.country is None and len(hosts := _hosts(text, start, language, found)) == 1:
            ev.country = hosts[0]
        if language in _ANNIVERSARY and _ANNIVERSARY[language].search(text, max(0, start - 60), start):
            # a meeting whose anniversary another commemorates ("the high-level meeting ... to commemorate the
            # twenty-fifth anniversary of the World Summit for Social Development, on 1 December 2020"): what the
            # clause says is the commemoration's, the meeting named before when it has nothing of its own
            prior = out[-1] if out and out[-1].start is None and out[-1].place is None and not out[-1].recurring else None
            if prior is not None:
                prior.start, prior.end, prior.place, prior.country = ev.start, ev.end, ev.place, ev.country
            ev.start = ev.end = ev.place = ev.country = None
        if (not ev.entity.known and ev.series is None and ev.start and len(ev.start) == 10
                and not (ev.edition and ev.entity.id.removesuffix(f"-{ev.edition}") in _registry_kinds())):
            # an event no registry holds and no series numbers is the same event in every language
            # and document when its dates are: its id is made of them (one whose id is a registry
            # meeting's kind and its edition, _other_edition's "wssd-2", keeps it)
            ev.entity = replace(ev.entity, id=f"event-{ev.start}" + (f"--{ev.end}" if ev.end and ev.end != ev.start else ""))
        ev.paragraph = anchor
        keep_once(ev, seen, out)
    return out


# Arabic prints a meeting's edition after its head (and the United Nations): "مؤتمر الأمم المتحدة الرابع
# عشر لمنع الجريمة والعدالة الجنائية" (the Fourteenth United Nations Congress on Crime Prevention and
# Criminal Justice), "المؤتمر الدولي الثالث المعني بتمويل التنمية"; its complement (ل..., المعني ب...,
# بشأن) makes it a name, up to punctuation, a date or the words the sentence goes on with
_AR_HEADS = re.compile(r"مؤتمر|اجتماع|قمة|منتدى|ندوة|حوار")
_AR_NUMBERED = re.compile(
    r"(?<![\w])[وفب]?ل?ل?(?P<name>(?:ال)?(?:مؤتمر|اجتماع|قمة|منتدى|ندوة|حوار)(?P<mods>(?:\s+(?:الأمم\s+المتحدة|الدولي|العالمي|"
    r"الوزاري|الرفيع\s+المستوى|الإقليمي))*)\s+(?P<ord>" + ordinal_pattern("ar") + r")(?!\w)"
    r"(?:\s+(?P<rest>(?:لل|ل(?!دى)|بشأن\s+|(?:ال)?معني(?:ة)?\s+ب)[^\s،؛.:()«»“”\"\d]+(?:\s+(?!(?:في|خلال|الذي|التي|من|إلى|على|عن|مع|و?المعقود\w*|المقرر\w*|والأعمال)(?!\w))[^\s،؛.:()«»“”\"\d]+){0,4})"
    # ... or, without one, a conference or summit called by its edition, named before: "المؤتمر الرابع عشر"
    r"|(?P<short>)(?=\s*[،؛.:)]|\s+(?:في|خلال|الذي|التي|لدى|عند)(?!\w))))"
)


# the words that go on with a name's complement: a noun or adjective with its article (الجريمة,
# والعدالة, للأطراف, بالدول) or the few that join them (غير الساحلية, فيما بين بلدان الجنوب)
_AR_NAME_WORD = re.compile(r"(?:(?:[وفب]?ال|لل)\w|(?:غير|فيما|بين|بلدان|دول|أو|حكومات)$)")


def _ar_numbered(text: str, hits: list) -> list:
    """The numbered meetings no registry holds that an Arabic text names (``_AR_NUMBERED``)."""
    out = []
    if not _AR_HEADS.search(text):
        return out
    for m in _AR_NUMBERED.finditer(text):
        start, end = m.span("name")
        if any(s < end and start < e for s, e, _ in hits):
            continue
        if m.group("rest"):  # its complement's words: an article's, a preposition's, 4 at most after المعني
            end, most = m.start("rest"), 5 if re.match(r"(?:ال)?معني|بشأن", m.group("rest")) else 4
            for i, w in enumerate(re.finditer(r"\S+", m.group("rest"))):
                if i >= most or i and not _AR_NAME_WORD.match(w.group(0)):
                    break
                end = m.start("rest") + w.end()
            end = start + len(re.sub(r"\s+(?:ال)?معني(?:ة)?$", "", text[start:end]))  # "للفريق العامل المعني [بقياس]"
        printed = text[start:end]
        if m.group("short") is not None and not re.match(r"ال(?:مؤتمر|قمة)\s", printed):
            continue  # a meeting or a forum's edition alone (الاجتماع الثاني) is a session of one named around it
        n = ordinal(m.group("ord"), "ar")
        entity = unknown_entity(printed, "ar", "event")
        out.append((start, end, EventMention(entity=replace(entity, id=f"{entity.id}-{n}"), paragraph="", edition=str(n), as_printed=printed)))
    return out


def _name_words(label: str, language: str) -> frozenset[str]:
    """The words of a meeting's name that ``named_before`` compares, without case, article or ending."""
    words = re.findall(r"[^\W\d_]+", label.casefold())
    if language == "ar":  # المؤتمر and مؤتمر, لمنع and منع: the words without their article and clitics
        words = [re.sub(r"^(?:[وفب]?ل?ل|[وفب]?ال|[وفبل])(?=\w{3})", "", w) for w in words]
    elif language == "ru":  # четырнадцатого Конгресса and четырнадцатом Конгрессе
        words = [ru_stem(w) for w in words]
    return frozenset(w for w in words if w not in ("the", "of", "on", "for", "and"))


# a meeting called by its edition and head alone, with no complement ("le quatorzième Congrès", "el 15º
# Congreso", "четырнадцатого Конгресса"; English: ``unkg.ingest.names``, Arabic: ``_AR_NUMBERED``):
# the meeting of that edition the text named before (``named_before``), else one of its own
_SHORT_EDITION = {
    "fr": re.compile(rf"(?<![\w-])(?P<ord>{alternation(ordinal_words('fr'))}|{DIGIT_ORDINALS['fr']})\s+(?P<head>Congrès|Conférence|Sommet)"
                     r"(?![\w-])(?!\s+(?:des|de|du|d['’]|sur|pour|mondial|international|ministériel)\b)", re.I),
    "es": re.compile(rf"(?<![\w-])(?P<ord>{alternation(ordinal_words('es'))}|{DIGIT_ORDINALS['es']})\s+(?P<head>Congreso|Conferencia|Cumbre)"
                     r"(?![\w-])(?!\s+(?:de|del|sobre|para|Mundial|Internacional|Ministerial)\b)", re.I),
    "ru": re.compile(rf"(?P<ord>{RU_ORDINAL.pattern})\s+(?P<head>Конгресс[а-я]{{0,2}}|Конференци[а-я]{{1,2}}|Саммит[а-я]{{0,2}})"
                     r"(?!\w)(?!\s+(?:Организации|по|министров|на)\b)"),
}


# the heads alone, capitalised: most paragraphs name none, and are passed over at once
_SHORT_HEADS = {"fr": re.compile(r"Congrès|Conférence|Sommet"), "es": re.compile(r"Congreso|Conferencia|Cumbre"),
                "ru": re.compile(r"Конгресс|Конференци|Саммит")}


def _short_editions(text: str, language: str, hits: list) -> list:
    rx = _SHORT_EDITION.get(language)
    if rx is None or not _SHORT_HEADS[language].search(text):
        return []
    out = []
    for m in rx.finditer(text):
        if not m.group("head")[0].isupper() or any(s < m.end() and m.start() < e for s, e, _ in hits):
            continue  # "la quatrième conférence": no name; or part of a meeting found already
        n = ordinal(m.group("ord"), language)
        if n:
            printed = m.group(0)
            out.append((m.start(), m.end(), EventMention(entity=unknown_entity(printed, language, "event"), paragraph="",
                                                         edition=str(n), as_printed=printed)))
    return out


def named_before(ev: EventMention, earlier: Sequence[EventMention], language: str, here: Sequence[EventMention] = ()) -> Entity | None:
    """The meeting no registry holds that a document named before and that ``ev`` names again by
    its words or fewer (Russian: their stems, whatever their case) and the same edition ("the
    Fourteenth Congress" after "the Fourteenth United Nations Congress on Crime Prevention and
    Criminal Justice"; المؤتمر الرابع عشر لمنع الجريمة): a fuller name of the paragraph ``here``, else
    the last one named before (``earlier``); else None."""
    if ev.entity.known or not ev.edition or ev.series is not None:
        return None  # (a series' meeting is named by its series: 论坛第十八届会议 is the Forum named there)
    words = _name_words(ev.entity.label, language)
    # in its own paragraph (``here``), a fuller name only; before it, the same words too (Russian
    # prints one name in several cases)
    for other, fuller in [*((o, True) for o in here), *((o, False) for o in reversed(earlier))]:
        if (other is ev or other.entity.known or other.series is not None or other.edition != ev.edition
                or other.entity.id == ev.entity.id):
            continue
        theirs = _name_words(other.entity.label, language)
        if words < theirs or not fuller and words == theirs:
            return other.entity
    return None


# a Chinese meeting's name followed by where and when it will be held (将在纽约联合国总部举行, 将于...举行):
# its dates and place follow it, as in English
_ZH_WILL_BE_HELD = re.compile(r"(?:将|应|定|拟)(?:于|在)")


# what may stand between a meeting's name and the month it was held: ", held in Beijing in ", ", tenue à
# Beijing en ", ", celebrada en Beijing en ", ", состоявшейся в Пекине в ", "المعقود في بيجين في ";
# and, in Chinese, between the month and the name: 在北京举行的
_HELD_GAP = {
    "en": re.compile(r"\s*,?\s*(?:(?:held|convened|to\s+be\s+held)\s+)?(?:in\s+[A-Z][\w’'-]+(?:,?\s+[A-Z][\w’'-]+){0,3}\s+)?in\s+$"),
    "fr": re.compile(r"\s*,?\s*(?:(?:tenue?s?|organisée?s?|prévue?s?|convoquée?s?)\s+)?(?:à\s+[A-Z][\w’'-]+(?:\s*\([^()]{1,30}\))?\s+)?en\s+$"),
    "es": re.compile(r"\s*,?\s*(?:(?:celebrad[oa]s?|organizad[oa]s?|prevista?s?|convocad[oa]s?)\s+)?(?:en\s+[A-Z][\w’'-]+(?:\s*\([^()]{1,30}\))?\s+)?en\s+$"),
    "ru": re.compile(r"\s*,?\s*(?:(?:состоявш\w+|проведенн\w+|прошедш\w+|проходивш\w+)\s+)?(?:в\s+[А-ЯЁ][\w-]+(?:\s*\([^()]{1,30}\))?\s+)?в\s+$"),
    "ar": re.compile(r"\s*،?\s*(?:(?:المعقود|المعقودة|الذي\s+عقد|التي\s+عقدت)\s+)?(?:في\s+\S+\s+)?في\s+$"),
    "zh": re.compile(r"(?:在[^，；。]{1,20}?)?(?:举行|召开|举办)的?"),
}


def _month_year_held(text: str, start: int, end: int, hi: int, head: int, language: str, found: Sequence) -> str | None:
    """The month a meeting was held, printed alone with its year where nothing else dates it: just
    after its name and place ("the Fourth World Conference on Women, held in Beijing in September
    1995"), or just before it in Chinese (1995年9月在北京举行的第四次妇女问题世界会议); ``YYYY-MM``."""
    gap = _HELD_GAP.get(language)
    if gap is None:
        return None
    if language == "zh":  # the last month printed before the name
        lo, last = max(head, start - 40), None
        while (my := month_year(text, language, lo, start)) is not None:
            last, lo = my, my.pos_end
        return last.start if last is not None and gap.fullmatch(text, last.pos_end, start) else None
    my = month_year(text, language, end, min(hi, end + 80))
    if my is None or not gap.fullmatch(text, end, my.pos_start) or any(end <= f.start < my.pos_start and f.entity.type != "member-state" for f in found):
        return None
    return my.start


# editions named without their series, after a meeting of it: "... the fifteenth session of the
# Conference of the Parties to the Convention ..., welcoming the offers ... to host the sixteenth and
# seventeenth sessions, in 2024 and 2026, respectively" (主办第十六届和十七届会议): a list of two or more
_BARE_EDITIONS = {
    "en": re.compile(rf"(?<![\w-])the\s+(?P<ord>(?:{_EN_ORDINAL_WORDS})(?:\s*,\s*(?:{_EN_ORDINAL_WORDS}))*,?\s+and\s+(?:{_EN_ORDINAL_WORDS}))\s+"
                     r"(?:sessions|meetings)\b(?!\s+(?:of|to)\b)", re.I),
    "zh": re.compile(rf"(?<!其)第(?P<ord>{_ZH_ORD}(?:[届次]?[、，]第?{_ZH_ORD})*[届次]?(?:和|及|以及)第?{_ZH_ORD})(?:次|届)(?:会议|常会)"),
}


def _bare_editions(text: str, language: str, hits: list, found: Sequence, on: str | None) -> list[tuple[int, int, EventMention]]:
    """The editions a coordinated list names without their series (``_BARE_EDITIONS``): those of the
    series whose meeting the text named last before them, when no other name stands between."""
    rx = _BARE_EDITIONS.get(language)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in hits) or any(f.end == m.start() for f in found):
            continue  # part of a meeting found already, or just after a name (its own editions)
        before = [(e, ev) for _, e, ev in hits if e <= m.start() and ev.series is not None and ev.edition]
        if not before:
            continue
        end, last = max(before, key=lambda h: h[0])
        if any(end <= f.start < m.start() and f.entity.type in ("body", "forum", "office", "event") for f in found):
            continue  # another body or meeting named between: the editions may be its
        ns = ([ordinal(w.lower(), "en") for w in re.findall(_EN_ORDINAL_WORDS, m.group("ord"), re.I)] if language == "en"
              else _zh_editions(m))
        if not ns or not all(ns) or len(set(ns)) != len(ns):
            continue
        entry = load().get(last.series.id) if last.series.known else None
        if entry is None:  # a series no registry holds ("the Conference of the Parties to" a convention)
            out.extend(_numbered(text, m.start(), m.end(), last.series, ns, language))
            continue
        for n in ns:
            ev = _minted(entry, n, language, on, m.group(0))
            out.append((m.start(), m.end(), ev))
    return out


def keep_once(ev: EventMention, seen: set[str], out: list[EventMention]) -> None:
    """Add ``ev`` to ``out`` once: a meeting named again in the paragraph lends the first mention
    what this one's clause says and the first did not (dates, place, country)."""
    if ev.entity.id not in seen:
        seen.add(ev.entity.id)
        out.append(ev)
        return
    first = next(e for e in out if e.entity.id == ev.entity.id)
    if first.start is None and first.place is None and first.country is None:
        first.start, first.end, first.place, first.country = ev.start, ev.end, ev.place, ev.country


# --- what an event adopted ------------------------------------------------------------------------

# the outcome of an event named by the event's name, in lower case (a capitalised one is a name the
# name matcher reads): "the political declaration of the high-level meeting of the General Assembly on
# antimicrobial resistance", "the outcomes of the twenty-third special session of the General Assembly",
# "la déclaration politique de la réunion de haut niveau ...", and after the event, "... and its
# political declaration"; Chinese prints it after the event: 大会第二十三届特别会议成果, 会议的部长级宣言
_OUTCOME_HEADS = {
    "en": r"(?:(?:[Pp]olitical|[Mm]inisterial|[Ff]inal)\s+)?[Dd]eclaration|outcome\s+document|outcomes",
    # the titles of special sessions' outcomes printed in lower case, with their subject: "further
    # initiatives for social development", "key actions for the further implementation of ..."
    "en-adopted": r"(?:(?:further|key)\s+(?:actions\s+and\s+initiatives|initiatives|actions)|(?:actions\s+and\s+)?initiatives)"
                  r"(?:\s+(?:for|to)\s+(?:the\s+)?[a-z][\w-]*(?:\s+(?:of\s+)?(?:the\s+)?[a-z][\w-]*){0,5})?",
    "fr": r"déclaration(?:\s+(?:politique|ministérielle|finale))?|document\s+final|textes?\s+issus?|résultats",
    "es": r"declaración(?:\s+(?:política|ministerial|final))?|documento\s+final|resultados",
}
_OUTCOME_BEFORE = {
    "en": re.compile(rf"(?<![\w-])(?P<head>(?:{_OUTCOME_HEADS['en']})\s+(?:of|adopted\s+(?:at|by))"
                     rf"|(?P<title>{_OUTCOME_HEADS['en-adopted']})\s+adopted\s+(?:at|by))\s+(?:the\s+)?$"),
    "fr": re.compile(rf"(?<![\w-])(?P<head>{_OUTCOME_HEADS['fr']})\s+(?:adopté(?:e|s|es)?\s+(?:à|lors\s+de)\s+)?"
                     r"(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|la\s+|l['’]\s*|le\s+)$"),
    "es": re.compile(rf"(?<![\w-])(?P<head>{_OUTCOME_HEADS['es']})\s+(?:aprobad[oa]s?\s+en\s+)?(?:de\s+(?:la\s+)?|del\s+|la\s+|el\s+)$"),
}
_OUTCOME_AFTER = {
    "zh": re.compile(r"(?P<of>的)?(?P<head>(?:政治|部长级)?宣言|成果文件)"),
}
# ... and after the event, in the same sentence: "... and its political declaration", 会议的部长级宣言
_OUTCOME_BACK = {
    "en": re.compile(r"\bits\s+(?P<head>(?:political|ministerial|final)\s+declaration|outcome\s+document)\b"
                     r"|\bthe\s+(?P<adopted>(?:(?:political|ministerial|final)\s+)?declaration|outcome\s+document)\s+adopted\s+"
                     r"(?:at|by)\s+(?:that|the)\s+(?:meeting|conference|summit|session)\b"),
    "fr": re.compile(r"(?<!\w)sa\s+(?P<head>déclaration\s+(?:politique|ministérielle|finale)|document\s+final)\b"),
    "es": re.compile(r"(?<!\w)su\s+(?P<head>declaración\s+(?:política|ministerial|final)|documento\s+final)\b"),
    # 会议的部长级宣言; ...高级别会议的召开及其《政治宣言》 (the meeting's convening and its political declaration)
    "zh": re.compile(r"(?:(?:会议|首脑会议|峰会)的|(?<=[及和并])其《?)(?P<head>(?:政治|部长级)宣言|成果文件)"),
}
_BACK_LINK = {"en": " of the ", "fr": " de ", "es": " de "}
# what ends the sentence an event's back-reference must stand in
_SENTENCE_END = re.compile(r"[;；。]|\.\s")
# a title after the event that a registry knows names the outcome: "the outcome document of the third
# International Conference on Small Island Developing States, entitled “SAMOA Pathway”"
_ENTITLED = re.compile(r"\s*,?\s*(?:entitled|intitulée?s?|titulad[oa]s?)\s*[“«\"]\s*")
# a title printed after "entitled" in the six languages, between its quotation marks (group 1)
_TITLE_AFTER_ENTITLED = re.compile(
    r"(?:entitled|intitulée?s?|titulad[oa]s?|озаглавленн\w*|под\s+названием|المعنون\w*|بعنوان|题为)\s*[“«\"]([^”»\"]{2,300})[”»\"]")
_TITLE = re.compile(r"([^”»\"]{2,200})[”»\"]")


def outcomes(text: str, language: str, events: Sequence[EventMention], found: Sequence) -> list[Found]:
    """The instruments ``text`` names by the event that adopted them (no registry holds them): one
    ``Found`` each, its name the outcome's head and the event's name as printed ("political declaration
    of the high-level meeting of ..."), or a title printed with its subject alone ("further initiatives
    for social development", adopted by a special session). ``events`` are what :func:`find_events` gave for the text; a
    name the matcher found there already (a capitalised "Political Declaration of ...") is not read twice."""
    before, after, back = _OUTCOME_BEFORE.get(language), _OUTCOME_AFTER.get(language), _OUTCOME_BACK.get(language)
    if before is None and after is None and back is None:
        return []
    instruments = [f for f in found if f.entity.type == "instrument"]
    out: list[Found] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str) -> None:
        # a name the matcher found over the outcome's head is that name; one inside the event's is part of it
        if any(f.start <= start < f.end or start <= f.start < end and f.start < start + 12 for f in instruments):
            return
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        out.append(Found(start, end, text[start:end], None, unknown_entity(name, language, "instrument")))

    # each event where the text prints it, and its name: in English the linker's ("its fourth session"
    # is the fourth session of the body named before), in the others as printed
    spans = sorted((m.start(), m.end(), ev.entity.label if language == "en" else ev.as_printed)
                   for ev in events if ev.as_printed for m in re.finditer(re.escape(ev.as_printed), text))
    for start, end, _ in spans:
        if after is not None and (z := after.match(text, end)) is not None:
            add(start, z.end(), text[start:z.end()])
        if before is not None and (b := before.search(text, max(0, start - 80), start)) is not None:
            t = _ENTITLED.match(text, end)
            title = _TITLE.match(text, t.end()) if t is not None else None
            if (own := b.groupdict().get("title")) and re.search(r"\s(?:for|to)\s", own):
                add(b.start("title"), b.end("title"), own)  # a title with its subject: "further initiatives for social development"
            elif title is None or b.group("head").startswith(("outcomes", "résultats", "resultados")):
                add(b.start("head"), end, text[b.start("head"):end])  # the outcomes of a session, entitled as it was
            elif not any(f.start == title.start() for f in instruments):
                add(b.start("head"), title.end(), title.group(1))  # the document's title is its name
    for a in back.finditer(text) if back is not None else ():
        # the event named last before it, in its sentence
        prior = [(s, e, p) for s, e, p in spans if e <= a.start() and not _SENTENCE_END.search(text, e, a.start())]
        if prior:
            s, e, printed = max(prior, key=lambda x: x[1])
            group = "head" if a.group("head") else "adopted"  # "its political declaration", "the declaration adopted at that meeting"
            name = f"{printed}的{a.group(group)}" if language == "zh" else f"{a.group(group)}{_BACK_LINK[language]}{printed}"
            add(a.start(group), a.end(), name)
    return out
