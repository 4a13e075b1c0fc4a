"""Dates and date ranges printed in UN texts, in the six UN languages, as ISO 8601 dates.

The UN editorial rules print dates day-month-year in English (``21 July 2022``, ``from 17 to 21 May
2021``, ``29 October to 16 November 2018``), French (``21 juillet 2022``, ``1er janvier 2016``,
``du 17 au 21 mai 2021``), Spanish (``21 de julio de 2022``, ``del 17 al 21 de mayo de 2021``),
Russian (``21 июля 2022 года``, ``с 17 по 21 мая 2021 года``) and Arabic, which names each month
twice, Levantine and Western (``21 تموز/يوليه 2022``, ``من 17 إلى 21 أيار/مايو 2021``); Chinese
prints year-month-day (``2022 年 7 月 21 日``, ``2022 年 5 月 30 日至 6 月 3 日``, ``2022年3月1日至9日``).
In a range the first date leaves out what it shares with the second: it takes the month and year
that follow (and the year before, when its month comes after the end's: 30 December to 2 January
2022). Spaces may be no-break spaces.

Public verbs: :func:`find_dates` and :func:`parse_date`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from unkg.numerals import western_digits
from unkg.record import LANGUAGES


@dataclass
class FoundDate:
    """A printed date or range: ``start`` (and ``end`` for a range) as ISO dates, and where it stands."""

    start: str
    end: str | None
    as_printed: str
    pos_start: int
    pos_end: int

    @property
    def last(self) -> str | None:
        """The last day a meeting held at this date ran to: a range's end, or the one day printed (a
        meeting "held on 21 February 2013" ended that day); a month or year alone says no last day."""
        return self.end or (self.start if len(self.start) == 10 else None)


_MONTHS = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"],
    "fr": ["janvier", "f[ée]vrier", "mars", "avril", "mai", "juin", "juillet", "ao[ûu]t", "septembre", "octobre",
           "novembre", "d[ée]cembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "se(?:p)?tiembre", "octubre",
           "noviembre", "diciembre"],
    # genitive after a day (21 июля), prepositional alone (в июле 2022 года)
    "ru": ["январ[яе]", "феврал[яе]", "март[ае]", "апрел[яе]", "ма[яе]", "июн[яе]", "июл[яе]", "август[ае]",
           "сентябр[яе]", "октябр[яе]", "ноябр[яе]", "декабр[яе]"],
    # Arabic: Levantine name / Western name, either alone or both with a slash (spaces allowed)
    "ar": [("كانون الثاني", "يناير"), ("شباط", "فبراير"), ("آذار", "مارس"), ("نيسان", "أبريل|ابريل|إبريل"),
           ("أيار", "مايو"), ("حزيران", "يونيه|يونيو"), ("تموز", "يوليه|يوليو"), ("آب", "أغسطس|اغسطس"),
           ("أيلول", "سبتمبر"), ("تشرين الأول", "أكتوبر|اكتوبر"), ("تشرين الثاني", "نوفمبر"),
           ("كانون الأول", "ديسمبر")],
}

# how each language glues day, month and year, and what stands between the ends of a range (never
# "and": "16 December 2015 and 21 July 2022" are two dates, not a range)
_GLUE = {
    #       day                      day+month           +year                          range opener          range joiner
    "en": (r"{d}", r"{d}\s+{m}", r"{d}\s+{m},?\s+{y}", r"(?:from\s+|between\s+)?", r"\s*(?:to|until|through|{dash})\s*"),
    "fr": (r"{d}(?:er)?", r"{d}(?:er)?\s+{m}", r"{d}(?:er)?\s+{m}\s+{y}", r"(?:du\s+|entre\s+le\s+)?", r"\s*(?:au|{dash})\s*"),
    "es": (r"{d}", r"{d}\s+(?:de\s+)?{m}", r"{d}\s+(?:de\s+)?{m}\s+(?:de|del)\s+{y}", r"(?:del?\s+|desde\s+el\s+|entre\s+el\s+)?",
           r"\s*(?:al|a|hasta\s+el|{dash})\s*"),
    "ru": (r"{d}", r"{d}\s+{m}", r"{d}\s+{m}\s+{y}(?:\s*(?:года|г\.))?", r"(?:с\s+|со\s+)?", r"\s*(?:по|до|{dash})\s*"),
    "ar": (r"{d}", r"{d}\s+{m}", r"{d}\s+{m}\s+{y}", r"(?:(?:في\s+الفترة\s+)?من\s+)?", r"\s*(?:إلى|الى|حتى|{dash})\s*"),
}
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"  # hyphens and dashes, the no-break hyphen of 4‑15 September
_AND = {"en": "and", "fr": "et", "es": "y", "ru": "и", "ar": "و"}
_DAY = r"(?<!\d)(?P<{}>[0-3]?\d)(?!\d)"
_YEAR = r"(?P<{}>\d{{4}})(?!\d)"


def _month_pattern(language: str, group: str) -> str:
    if language == "ar":
        names = []
        for lev, west in _MONTHS["ar"]:
            lev_re = lev.replace(" ", r"\s+")
            names.append(rf"{lev_re}\s*/\s*(?:{west})|(?:{west})|{lev_re}")
        return rf"(?P<{group}>{'|'.join(names)})"
    return rf"(?P<{group}>{'|'.join(_MONTHS[language])})\b"


def _fill(template: str, language: str, n: str) -> str:
    return template.format(d=_DAY.format("d" + n), m=_month_pattern(language, "m" + n), y=_YEAR.format("y" + n))


@cache
def _patterns(language: str) -> list[re.Pattern]:
    """Longest shapes first: full range, range within a year, range within a month, single date."""
    if language == "zh":
        ymd = r"(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
        to = rf"\s*(?:至|到|－|~|～|[{_DASH}])\s*"
        return [
            # 2022年4月27至29日: the first day may leave out its 日
            re.compile(ymd + r"?" + to + r"(?:(?P<y2>\d{4})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日"),
            re.compile(ymd + r"\s*(?:和|及|、)\s*(?P<d3>\d{1,2})\s*日"),  # 2018年12月10日和11日: two dates
            re.compile(ymd),
        ]
    day, dm, dmy, opener, joiner = _GLUE[language]
    joiner = joiner.replace("{dash}", f"[{_DASH}]")
    both = rf"\s*{_AND[language]}\s*"  # two days of one month: "14 et 15 décembre 1960" are two dates
    flags = re.I
    return [
        re.compile(opener + _fill(dmy, language, "1") + joiner + _fill(dmy, language, "2"), flags),
        re.compile(opener + _fill(dm, language, "1") + joiner + _fill(dmy, language, "2"), flags),
        re.compile(opener + _fill(day, language, "1") + joiner + _fill(dmy, language, "2"), flags),
        re.compile(_fill(day, language, "1") + both + _fill(dmy, language, "3"), flags),
        re.compile(_fill(dmy, language, "1"), flags),
    ]


def _month_number(name: str, language: str) -> int:
    name = name.strip().lower()
    if language == "ar":
        name = re.sub(r"\s+", " ", name)
        for i, (lev, west) in enumerate(_MONTHS["ar"], start=1):
            if name == lev or re.fullmatch(rf"(?:{lev})?\s*/?\s*(?:{west})", name):
                return i
        raise ValueError(name)
    for i, pattern in enumerate(_MONTHS[language], start=1):
        if re.fullmatch(pattern, name):
            return i
    raise ValueError(name)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None  # 31 February, 0 July: not a date


def _read(match: re.Match, language: str) -> tuple[str, str | None] | None:
    g = match.groupdict()

    def month(key: str) -> int | None:
        if g.get(key) is None:
            return None
        return int(g[key]) if language == "zh" else _month_number(g[key], language)

    if g.get("d3"):  # two days of one month: the first is read as the second's day
        return None  # handled by _two_days
    d1, m1, y1 = int(g["d1"]), month("m1"), int(g["y1"]) if g.get("y1") else None
    if "d2" not in g or g["d2"] is None:
        start = _iso(y1, m1, d1)
        return (start, None) if start else None
    d2 = int(g["d2"])
    m2 = month("m2") or m1
    y2 = int(g["y2"]) if g.get("y2") else y1
    m1 = m1 or m2
    if y1 is None:  # the first date takes the year that follows, or the one before across a new year
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    start, end = _iso(y1, m1, d1), _iso(y2, m2, d2)
    if not start or not end or end < start:
        return None
    return start, end


def _two_days(m: re.Match, language: str) -> list[FoundDate]:
    """"14 et 15 décembre 1960", "2018年12月10日和11日": two dates, one printed in part."""
    text = m.string
    if language == "zh":
        year, month = int(m["y1"]), int(m["m1"])
        first_span, second_span = (m.start(), m.end("d1") + 1), (m.start("d3"), m.end())
    else:
        month, year = _month_number(m["m3"], language), int(m["y3"])
        first_span, second_span = (m.start("d1"), m.end("d1")), (m.start("d3"), m.end())
    first, second = _iso(year, month, int(m["d1"])), _iso(year, month, int(m["d3"]))
    if not first or not second:
        return []
    return [
        FoundDate(first, None, text[first_span[0] : first_span[1]], *first_span),
        FoundDate(second, None, text[second_span[0] : second_span[1]], *second_span),
    ]


def find_dates(text: str, language: str) -> list[FoundDate]:
    """Every printed date and date range in ``text``, in text order, as ISO dates.

    ``as_printed`` is ``text[pos_start:pos_end]``; a range's opener (from, du, del, с, من) is part
    of it. Month-and-year alone (``July 2022``) and impossible dates are not taken.
    """
    if language not in LANGUAGES:
        raise ValueError(f"not a UN language code: {language!r} (one of {', '.join(LANGUAGES)})")
    text_n = western_digits(text) if language == "ar" else text
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns(language):
        for m in pattern.finditer(text_n):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if m.groupdict().get("d3"):
                two = _two_days(m, language)
                if two:
                    taken.append(m.span())
                    found.extend(two)
                continue
            read = _read(m, language)
            if read is None:
                continue
            taken.append(m.span())
            found.append(FoundDate(read[0], read[1], text[m.start() : m.end()], m.start(), m.end()))
    found.sort(key=lambda f: f.pos_start)
    return found


# a month and year alone, as a meeting's time: "in September 1995", "en septembre 1995", "en septiembre
# de 1995", "в сентябре 1995 года", "في أيلول/سبتمبر 1995", "1995年9月"
_MONTH_YEAR = {
    "en": r"{m}\s+{y}", "fr": r"{m}\s+{y}", "es": r"{m}\s+de\s+{y}", "ru": r"{m}\s+{y}(?:\s*(?:года|г\.))?", "ar": r"{m}\s+{y}",
}


@cache
def _month_year(language: str) -> re.Pattern:
    if language == "zh":
        return re.compile(r"(?<!\d)(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月(?!\s*\d{1,2}\s*日)(?!\s*\d{1,2}\s*[至到－~～-])")
    return re.compile(_MONTH_YEAR[language].format(m=_month_pattern(language, "m1"), y=_YEAR.format("y1")), re.I)


def month_year(text: str, language: str, pos: int = 0, endpos: int | None = None) -> FoundDate | None:
    """The first month printed with its year alone in ``text[pos:endpos]`` (no day: "in September
    1995", "1995年9月"), as ``YYYY-MM``; :func:`find_dates` leaves these out, as a document's date
    never reads so but a meeting's time may."""
    if language not in LANGUAGES:
        raise ValueError(f"not a UN language code: {language!r} (one of {', '.join(LANGUAGES)})")
    text_n = western_digits(text) if language == "ar" else text
    for m in _month_year(language).finditer(text_n, pos, len(text) if endpos is None else endpos):
        if language != "zh" and re.search(r"\d\s*(?:de\s+)?$", text_n[max(0, m.start() - 6) : m.start()]):
            continue  # the end of a full date (21 September 1995): not a month alone
        month = int(m["m1"]) if language == "zh" else _month_number(m["m1"], language)
        if 1 <= month <= 12:
            return FoundDate(f"{m['y1']}-{month:02d}", None, text[m.start() : m.end()], m.start(), m.end())
    return None


def parse_date(text: str, language: str) -> str | None:
    """The ISO date of the one date ``text`` prints (``2022 年 7 月 21 日``, ``21 July 2022``, with
    words around it or not); None when it prints none, several, or a range."""
    found = find_dates(text, language)
    if len(found) != 1 or found[0].end is not None:
        return None
    return found[0].start


