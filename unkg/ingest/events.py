"""Events from text: the meetings, summits and observances a paragraph names, with what it says of them.

``find_events(text, language)`` gives one ``EventMention`` per event a text names:

- an event of the registries (``reference/events.yaml``: IGF meetings, WSIS phases, ITU conferences)
  comes with the registry's edition, dates, place, country, organiser and series; an observance
  with its day (``recurring`` ``--05-17``);
- a meeting no registry holds is minted from the words around a forum's or body's name (not the
  sessions of the UN's principal organs):
  "the twentieth meeting of the Internet Governance Forum", "互联网治理论坛第二十次会议",
  "the fifth session of the Intergovernmental Group of Experts on E-commerce". Its id is the series'
  id and the year the text gives (``igf-2025``), else the series' id and the edition
  (``igf-20th``); ``known`` is false;
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

from unkg.ingest.dates import find_dates
from unkg.ingest.record import EventMention, Entity
from unkg.ingest.registry import Entry, load

# --- ordinals ----------------------------------------------------------------------------------

_EN_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_EN_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"]
_EN_TENS = {2: ("twentieth", "twenty"), 3: ("thirtieth", "thirty"), 4: ("fortieth", "forty"),
            5: ("fiftieth", "fifty"), 6: ("sixtieth", "sixty"), 7: ("seventieth", "seventy"),
            8: ("eightieth", "eighty"), 9: ("ninetieth", "ninety")}


def _en_ordinal(n: int) -> str:
    if n < 10:
        return _EN_UNITS[n]
    if n < 20:
        return _EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    whole, stem = _EN_TENS[tens]
    return whole if unit == 0 else f"{stem}-{_EN_UNITS[unit]}"


_EN_ORDINALS = {_en_ordinal(n): n for n in range(1, 100)}
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _zh_number(text: str) -> int | None:
    """十六 -> 16, 二十 -> 20, 二十一 -> 21, 九 -> 9; Arabic digits as they are."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        value = (_ZH_DIGITS.get(tens, 0) if tens else 1) * 10
        return value + (_ZH_DIGITS.get(units, 0) if units else 0) if all(c in _ZH_DIGITS for c in tens + units) else None
    return _ZH_DIGITS.get(text) if len(text) == 1 else None


# "the sixteenth meeting of the" / "its twenty-seventh session" just before a forum's or body's name
_EN_MEETING = re.compile(
    r"(?P<ord>(?<![\w\-‑])(?:" + "|".join(sorted(_EN_ORDINALS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:annual\s+|regular\s+|plenary\s+)?(?:meeting|session|conference|edition)\s+of\s+(?:the\s+)?)$",
    re.I,
)
# "第十六次会议" / "第二十七届会议" just after the name
_ZH_MEETING = re.compile(r"^(?:的)?第(?P<ord>[一二两三四五六七八九十\d]{1,3})(?:次|届)(?:年度)?(?:会议|大会|论坛)")

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
_SERIES = {e.id for e in load().of_kind("events") if e.data.get("kind") == "series"}


def _fill(event: EventMention, clause: str, language: str, found: Sequence) -> None:
    """Fill what the registry left open from the clause's dates, place, country and theme."""
    if event.recurring or event.entity.id in _SERIES:
        return  # an observance's day and a series' span are the registry's, not a clause's
    dates = find_dates(clause, language)
    if dates and event.start is None:
        event.start, event.end = dates[0].start, dates[0].end
    m = _THEME.get(language) and _THEME[language].search(clause)
    if m:
        event.theme = m.group("t").strip()
    if event.country is None:
        event.country, _ = _country(clause, language, found)
    if event.place is None and language == "en":
        p = _EN_PLACE.search(clause)
        if p:
            words = p.group("place").split()
            while words and words[-1] in _MONTHS_EN:
                words.pop()
            place = " ".join(words)
            if place and not any(f.entry is not None and f.entry.kind == "states" and f.text == place for f in found):
                event.place = place


def _minted(series: Entry, edition: int, clause: str, language: str, on: str | None, printed: str) -> EventMention:
    """A meeting of a series that no registry holds (or the registry's, when its id exists)."""
    reg = load()
    # the id: the series and the year of the dates the clause prints (every language prints them),
    # else the series and the edition (igf-2026, cstd-29)
    dates = find_dates(clause, language)
    key = f"{series.id}-{dates[0].start[:4]}" if dates else f"{series.id}-{edition}"
    # a registered meeting of the series with that edition is the one meant
    for entry in reg.of_kind("events"):
        if entry.data.get("series") == series.id and str(entry.data.get("edition")) == str(edition):
            return _from_registry(entry, language, on)
    if key in reg:
        return _from_registry(reg[key], language, on)
    noun = "session" if re.search(r"session|届", printed, re.I) else "meeting"
    en = f"{_en_ordinal(edition)} {noun} of the {series.label('en', on)}" if edition < 100 else printed
    entity = Entity(id=key, type="event", label=printed, en=en if language != "en" else printed, known=False)
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


def find_events(text: str, language: str, *, found: Sequence | None = None, on: str | None = None,
                anchor: str = "") -> list[EventMention]:
    """The events ``text`` names, with their dates, place, country, theme, organiser and series.

    ``found`` is what ``unkg.ingest.link.find`` gave for this text (computed here when None);
    ``anchor`` the paragraph id written into each EventMention.
    """
    if found is None:
        from unkg.ingest.link import find

        found = find(text, language, on)
    out: list[EventMention] = []
    seen: set[str] = set()
    # names of events, and names of fora/bodies a meeting ordinal stands next to
    hits: list[tuple[int, int, EventMention]] = []
    for f in found:
        entry = f.entry
        if entry is None:
            continue
        if entry.kind == "events":
            if entry.id in _SERIES and not entry.data.get("recurring"):
                continue  # a series named as such (the World Summit) is a mention, not an event
            hits.append((f.start, f.end, _from_registry(entry, language, on)))
            hits[-1][2].as_printed = f.text
            continue
        if entry.data.get("category") in _NOT_SERIES:
            continue  # "the seventy-ninth session of the General Assembly": a session, not a meeting of a series
        if language == "zh":
            m = _ZH_MEETING.match(text[f.end : f.end + 16])
            if m:
                n = _zh_number(m.group("ord"))
                if n:
                    ev = _minted(entry, n, text[max(0, f.start - 120) : f.end], language, on, text[f.start : f.end + m.end()])
                    ev.as_printed = text[f.start : f.end + m.end()]
                    hits.append((f.start, f.end + m.end(), ev))
        else:
            m = _EN_MEETING.search(text[max(0, f.start - 60) : f.start]) if language == "en" else None
            if m:
                word = m.group("ord").split()[0].lower()
                n = _EN_ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
                if n:
                    start = f.start - len(m.group(0))
                    after = text[f.end : f.end + 200]
                    ev = _minted(entry, n, after.split(";")[0], language, on, text[start : f.end])
                    ev.as_printed = text[start : f.end]
                    hits.append((start, f.end, ev))
    hits.sort(key=lambda h: h[0])
    for i, (start, end, ev) in enumerate(hits):
        before = hits[i - 1][1] if i else 0
        after = hits[i + 1][0] if i + 1 < len(hits) else len(text)
        lo, hi = _clause(text, start, end, language, before, after)
        if language == "zh":
            clause, clause_found = text[lo:end], [f for f in found if lo <= f.start and f.end <= end]
        else:
            clause, clause_found = text[end:hi], [f for f in found if end <= f.start and f.end <= hi]
        _fill(ev, clause, language, clause_found)
        ev.paragraph = anchor
        key = ev.entity.id
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out
