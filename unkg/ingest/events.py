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
- what the clause around the name prints fills what the registry leaves open: the dates ("from 6 to
  10 December 2021", "2021年12月6日至10日"), the place ("in Katowice, Poland"), the theme ("under the
  theme “Internet united”", 主题为“互联网团结”).

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

from unkg.ingest.dates import find_dates
from unkg.ingest.names import find, zh_event_name
from unkg.numerals import RU_ORDINAL, chinese_number, en_ordinal, ordinal, ordinal_words
from unkg.record import Entity, EventMention
from unkg.reference import Entry, find_places, load, unknown_entity

# --- ordinals ----------------------------------------------------------------------------------

# "the sixteenth meeting of the" / "its twenty-seventh session" just before a forum's or body's name
_EN_MEETING = re.compile(
    r"(?P<ord>(?<![\w\-‑])(?:" + "|".join(sorted(ordinal_words("en"), key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:annual\s+|regular\s+|plenary\s+|(?P<special>special\s+))?(?:meeting|session|conference|edition)\s+of\s+(?:the\s+)?)$",
    re.I,
)
# ... or "at its seventy-second session" just after it: "the Economic and Social Commission for Asia and
# the Pacific at its seventy-second session", "the Committee, at its twenty-sixth session", "the report
# of the Committee for Development Policy on its twenty-fifth session", "the General Assembly at its
# twenty-fourth special session"
_EN_AT_ITS = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*,?\s*(?:at|on|during)\s+its\s+"
    r"(?P<ord>(?:" + "|".join(sorted(ordinal_words("en"), key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th)))\s+"
    r"(?:regular\s+|annual\s+|(?P<special>special\s+))?(?:session|meeting)\b",
    re.I,
)
def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# the meeting words before a body's name: "la cinquième session du", "quinto período de sesiones del",
# "пятой сессии", "الدورة الخامسة" (Arabic puts the ordinal after the noun, the name's ل after it)
_BEFORE_NAME = {
    "fr": re.compile(rf"(?<!\w)(?P<ord>{_alternation(ordinal_words('fr'))})\s+(?:réunion|session|conférence|édition)"
                     r"(?:\s+annuelle)?\s+(?:du|de\s+la|de\s+l['’]|des)\s*$", re.I),
    "es": re.compile(rf"(?<!\w)(?P<ord>{_alternation(ordinal_words('es'))}|\d{{1,2}}\s*[ªºa.])\s+(?:reunión|período\s+de\s+sesiones|"
                     r"conferencia|sesión|edición)(?:\s+anual)?\s+(?:del|de\s+la|de\s+los)\s*$", re.I),
    "ru": re.compile(rf"(?P<ord>{RU_ORDINAL.pattern})\s+"
                     r"(?:ежегодн\w+\s+)?(?:сесси\w*|совещани\w*|заседани\w*|конференци\w*)\s*$", re.I),
    "ar": re.compile(rf"(?:الدورة|الاجتماع|المؤتمر|الدورة\s+السنوية)\s+(?P<ord>{_alternation(ordinal_words('ar'))})\s*$"),
}


# "第十六次会议" / "第二十七届会议" just after the name
_ZH_MEETING = re.compile(r"^(?:的)?(?:于[^，；。第]{0,30}?举行)?第(?P<ord>[一二两三四五六七八九十\d]{1,3})(?:次|届)(?:年度)?(?:会议|大会|论坛)")

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
_MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"}
_CLAUSE_END = {"zh": "；。", "ar": "؛;"}


# --- events no registry holds ------------------------------------------------------------------------

# "high-level meeting of the General Assembly on antimicrobial resistance", "a special session": events
# the English texts name in lower case, up to where their name ends
_EN_LOWER_EVENT = re.compile(
    r"(?<![\w-])(?:(?P<ord>" + "|".join(sorted(ordinal_words("en"), key=len, reverse=True)) + r")\s+)?"
    r"(?P<kind>special\s+session|high-level\s+(?:plenary\s+|political\s+|interactive\s+|ministerial\s+)?(?:meeting|dialogue|debate|event|segment)"
    r"|ministerial\s+(?:meeting|conference)|plenary\s+meeting)"
    r"(?:(?P<of>\s+of\s+the\s+General\s+Assembly)(?P<on>\s+on\s+(?:the\s+)?[^,;:()“”\"]{3,100}?)?"
    r"|(?P<on_only>\s+on\s+(?:the\s+)?[^,;:()“”\"]{3,100}?))"
    r"(?=\s*(?:[,;:()]|\.\s|\.$|to\s+be\s+(?:held|convened)|held\b|which\b|that\b|in\s+(?:\d|[A-Z])|on\s+\d|from\s+\d|and\s+(?:the|its)\b|$))"
)
# the names of such events in Chinese: 高级别会议, 特别会议 and what stands before them up to a break
_ZH_LOWER_EVENT = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,24}?(?:高级别会议|高级别全体会议|特别会议|部长级会议|高级别对话))")
# ... and any meeting Chinese says was held, named between 举行的 (召开的, 举办的) and its head noun:
# 2017年7月3日至5日在德黑兰举行的第一次防治沙尘暴问题国际会议
_ZH_HELD_EVENT = re.compile(
    r"(?:举行的|举办的|召开的|举行了)(?P<name>(?:第[一二三四五六七八九十\d]{1,3}[次届])?[\u4e00-\u9fff]{2,30}?"
    r"(?:国际会议|世界会议|首脑会议|峰会|会议|论坛|对话|研讨会))(?=[，。；、）\s]|$|和|以及|及|上|期间)"
)
_ORDINAL_BEFORE = {
    lang: re.compile(rf"(?<![\w-])(?P<ord>{_alternation(ordinal_words(lang))})\s+$", re.I) for lang in ("en", "fr", "es")
}


_TWO_DAYS_JOIN = re.compile(r"^\s*(?:and|et|y|и|و|和|及|至)\s*$")


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


def _unregistered(text: str, f, language: str) -> tuple[int, int, EventMention] | None:
    """An event a name no registry holds stands for: the name of an event itself ("International
    Conference on ..."), or a numbered session of a body ("twenty-eighth session of the Conference
    of the Parties to ...")."""
    if f.entity.type == "event":
        start, edition = f.start, _edition(f.text, language)
        before = _ORDINAL_BEFORE.get(language)
        m = before.search(text, 0, f.start) if before and edition is None else None
        if m:  # "the second International Conference on ...": its edition, in lower case before the name
            start, edition = m.start(), str(ordinal(m.group("ord"), language))
        printed = text[start:f.end]
        return start, f.end, EventMention(entity=f.entity, paragraph="", edition=edition, as_printed=printed)
    window = text[max(0, f.start - 80): f.start]
    m = _EN_MEETING.search(window) if language == "en" else _BEFORE_NAME[language].search(window) if language in _BEFORE_NAME else None
    if m is None:
        if language != "zh":
            return None
        m = _ZH_MEETING.match(text[f.end: f.end + 48])
        if m is None:
            return None
        n = ordinal(m.group("ord"), "zh")
        start, end = f.start, f.end + m.end()
    else:
        n = ordinal(m.group("ord").split()[0] if language == "en" else m.group("ord"), language)
        start, end = f.start - len(window) + m.start(), f.end
    if not n:
        return None
    printed = text[start:end]
    key = f"{f.entity.id}-{n}"
    en = f"{en_ordinal(n)} session of the {f.entity.en}" if language == "en" and n < 100 else printed
    entity = Entity(id=key, type="event", label=printed, en=en, known=False)
    return start, end, EventMention(entity=entity, paragraph="", edition=str(n), series=f.entity, as_printed=printed)


def _lower_case_events(text: str, language: str, hits: Sequence, found: Sequence) -> list[tuple[int, int, EventMention]]:
    """Events named without capitals: high-level meetings, special sessions (English and Chinese)."""
    pattern = {"en": _EN_LOWER_EVENT, "zh": _ZH_LOWER_EVENT}.get(language)
    if pattern is None:
        return []
    taken = [(h[0], h[1]) for h in hits] + [(f.start, f.end) for f in found if f.entity.type == "event"]
    out = []
    held = list(_ZH_HELD_EVENT.finditer(text)) if language == "zh" else []
    for m in [*held, *pattern.finditer(text)]:
        start, end = (m.start("name"), m.end("name")) if "name" in m.re.groupindex else m.span()
        if language == "zh" and m.re is not _ZH_HELD_EVENT:
            start = end - len(zh_event_name(m.group(0)))
            if end - start <= 5:
                continue  # a bare 高级别会议: the meeting named before, not a name
        if any(s < end and start < e for s, e in taken):
            continue
        printed = text[start:end].strip()
        entity = unknown_entity(printed, language, "event")
        out.append((start, end, EventMention(entity=entity, paragraph="", edition=_edition(printed, language), as_printed=printed)))
        taken.append((start, end))
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
    hi = min([after, *stops])
    return start, max(hi, end)


def _country(text: str, language: str, found: Sequence) -> tuple[str | None, Entity | None]:
    """The ISO 3166 code of the first member state named in ``text``."""
    for f in found:
        entry = f.entry
        if entry is not None and entry.kind == "states":
            return entry.data.get("iso2"), f.entity
    return None, None


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


# bodies whose numbered sessions are not taken as events: the UN itself and its principal organs
_NOT_SERIES = {"organization", "principal-organ"}


@cache
def _series_ids() -> frozenset[str]:
    """The registry's event series (the World Summit, the IGF as a series of meetings)."""
    return frozenset(e.id for e in load().of_kind("events") if e.data.get("kind") == "series")


def _fill(event: EventMention, clause: str, language: str, found: Sequence) -> None:
    """Fill what is still open from the clause's dates, place, country and theme."""
    if event.recurring or event.entity.id in _series_ids():
        return  # an observance's day and a series' span are the registry's, not a clause's
    dates = _meeting_dates(clause, language)
    if dates and event.start is None:
        event.start, event.end = dates[0].start, dates[0].end
    m = _THEME.get(language) and _THEME[language].search(clause)
    if m:
        event.theme = m.group("t").strip()
    venue = _venue(clause, language) if event.place is None else None
    if venue is not None:  # a city of the gazetteer: its English name, and its country when none is printed
        event.place = venue.en
    if event.country is None:
        event.country, _ = _country(clause, language, found)
        if event.country is None and venue is not None:
            event.country = venue.country
    if event.place is None and language == "en":
        event.place = _en_place(clause, found)


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
    r"(?:D[ée]claraci?[óo]?n|Accord|Acuerdo|Programme\s+d['’]action|Programa\s+de\s+Acci[óo]n|Plateforme|Plataforma|Strat[ée]gies|Estrategias|"
    r"Convention|Convenci[óo]n|Cadre|Marco|Protocole|Protocolo|Consensus|Consenso|Agenda|Programme\s+de\s+travail|"
    r"إعلان|اتفاق|منهاج\s+عمل|برنامج\s+عمل|استراتيجيات|اتفاقية|إطار|خطة\s+عمل)"
    r"(?:\s+(?:et|y|و)\s+\S+(?:\s+d['’]action|\s+de\s+Acci[óo]n|\s+عمل)?)?\s*(?:de|d['’]|del)?\s*$",
    re.I,
)
# in English, a city followed by a capitalised word is part of a proper name (the Nairobi
# Forward-looking Strategies, the Geneva Conventions)
_PROPER_NAME_GOES_ON = re.compile(r"^[\s\u00a0]+(?:[A-Z][a-z]|Forward)")


def _venue(clause: str, language: str):
    """The first gazetteer city the clause names as a place (``unkg.reference.find_places``); for
    Chinese, which prints the venue before the name (在布加勒斯特举行的...), the last one."""
    venues = [
        (s, e, p) for s, e, p in find_places(clause, language)
        if not _NOT_VENUE_AFTER.match(clause[e:]) and not _NOT_VENUE_BEFORE.search(clause[max(0, s - 60) : s])
        and not (language == "en" and _PROPER_NAME_GOES_ON.match(clause[e:]))
    ]
    if not venues:
        return None
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
    if place and not any(f.entry is not None and f.entry.kind == "states" and f.text == place for f in found):
        return place
    return None


def _minted(series: Entry, edition: int, language: str, on: str | None, printed: str, special: bool = False) -> EventMention:
    """A meeting of a series that no registry holds (or the registry's, when its id exists); a
    ``special`` session is numbered apart from the regular ones (general-assembly-special-24)."""
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
            hit = _unregistered(text, f, language)
            if hit is not None:
                hits.append(hit)
            continue
        if entry.kind == "events":
            if f.entry is None:
                continue  # "the Conference", "the Summit" once named: not another event
            if entry.id in _series_ids() and not entry.data.get("recurring"):
                continue  # a series named as such (the World Summit) is a mention, not an event
            hits.append((f.start, f.end, _from_registry(entry, language, on)))
            hits[-1][2].as_printed = f.text
            continue
        # "the seventy-ninth session of the General Assembly": a session of a principal organ, not a
        # meeting of a series; its special sessions are events (the twenty-fourth special session)
        principal = entry.data.get("category") in _NOT_SERIES
        if principal and language == "zh":
            continue
        if language == "zh":
            m = _ZH_MEETING.match(text[f.end : f.end + 48])
            if m:
                n = int(m.group("ord")) if m.group("ord").isdigit() else chinese_number(m.group("ord"))
                if n:
                    ev = _minted(entry, n, language, on, text[f.start : f.end + m.end()])
                    ev.as_printed = text[f.start : f.end + m.end()]
                    hits.append((f.start, f.end + m.end(), ev))
        else:
            window = text[max(0, f.start - 80) : f.start]
            n, m = None, None
            if language == "en":
                m = _EN_MEETING.search(window)
                if m:
                    word = m.group("ord").split()[0].lower()
                    n = ordinal(word, "en") or 0
            elif language in _BEFORE_NAME:
                m = _BEFORE_NAME[language].search(window)
                n = ordinal(m.group("ord"), language) if m else None
            special = bool(m and "special" in m.groupdict() and m.group("special"))
            if m and n and (special or not principal):
                start = f.start - len(window) + m.start()
                ev = _minted(entry, n, language, on, text[start : f.end], special=special)
                ev.as_printed = text[start : f.end]
                hits.append((start, f.end, ev))
            elif (language == "en" and f.entity.type in ("body", "forum") and (a := _EN_AT_ITS.match(text, f.end))
                  and (a.group("special") or not principal)):  # not "the President of the Assembly at its ... session"
                n = ordinal(a.group("ord").lower(), "en")
                if n:
                    ev = _minted(entry, n, language, on, text[f.start : a.end()], special=bool(a.group("special")))
                    ev.as_printed = text[f.start : a.end()]
                    hits.append((f.start, a.end(), ev))
    hits.extend(_lower_case_events(text, language, hits, found))
    hits.sort(key=lambda h: h[0])
    for i, (start, end, ev) in enumerate(hits):
        before = hits[i - 1][1] if i else 0
        after = hits[i + 1][0] if i + 1 < len(hits) else len(text)
        lo, hi = _clause(text, start, end, language, before, after)
        if language == "zh":
            clause, clause_found = text[lo:end], [f for f in found if lo <= f.start and f.end <= end]
        else:
            clause, clause_found = text[end:hi], [f for f in found if end <= f.start and f.end <= hi]
        # the text wins over the registry (DESIGN.md §7, issue 11): a meeting's dates, place and
        # country are what this text says of them, and where it says nothing, nothing; the
        # registry's stay the registry's
        if not ev.recurring and ev.entity.id not in _series_ids():
            ev.start = ev.end = ev.place = ev.country = None
        if ev.start is None and not ev.recurring and ev.entity.id not in _series_ids():
            # the dates nearest the name in its clause, before it (French, Russian, Chinese: "du 27 au
            # 29 avril 2022, de la cinquième session du Groupe ...") or after it (English)
            head = max(max(text.rfind(ch, before, start) for ch in ";；؛") + 1, before)
            near = [(start - (head + d.pos_end), d) for d in _meeting_dates(text[head:start], language)
                    if not _NEXT_ITEM.search(text, head + d.pos_end, start)]  # "..., 2024, and the eighth session"
            near += [(0, d) for d in _meeting_dates(text[start:end], language)]  # 专家组于2025年5月12日至14日举行第八届会议
            if language != "zh":
                near += [(d.pos_start, d) for d in _meeting_dates(text[end:hi], language)]
            if near:
                _, d = min(near, key=lambda x: x[0])
                ev.start, ev.end = d.start, d.end
        _fill(ev, clause, language, clause_found)
        if not ev.entity.known and ev.series is None and ev.start:
            # an event no registry holds and no series numbers is the same event in every language
            # and document when its dates are: its id is made of them
            ev.entity = replace(ev.entity, id=f"event-{ev.start}" + (f"--{ev.end}" if ev.end and ev.end != ev.start else ""))
        ev.paragraph = anchor
        key = ev.entity.id
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out
