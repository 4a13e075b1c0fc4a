"""Statistics: the figures a paragraph states, as data (value, unit, year, what they measure).

``find_statistics(text, language, anchor)`` reads the figures UN resolutions cite from ITU and other
sources: "in 2021, 95 per cent of the world’s population were living within range of a mobile
broadband network and 4.9 billion people or 63 per cent of the world’s population were using the
Internet", "57 per cent of women are now using the Internet compared with 62 per cent of men";
Chinese "到2021年，世界95%的人口生活在移动宽带网络覆盖范围内，49亿人，即世界人口的63%在使用互联网".

- ``value``: the number, scaled (4.9 billion -> 4.9e9, 49亿 -> 4.9e9, 11 000 -> 11000);
- ``unit``: ``percent``, ``persons``, ``subscriptions`` or None for a bare scaled count;
- ``year``: the year the clause states the figure for ("in 2021", "到2021年"), if any;
- ``about``: what it measures, as printed: the words after the figure in English ("of women are
  now using the Internet"), the clause around it in Chinese with the figure left out
  ("世界…的人口生活在移动宽带网络覆盖范围内"). A count with nothing after it ("4.9 billion
  people or 63 per cent of the world’s population were using the Internet") measures what the
  figure it is restated as measures.

Only numbers with a unit or scale word count: years, resolution numbers, goal and target numbers
are not statistics. English and Chinese are read as above; French, Spanish, Russian and Arabic give
the same values, units and years (decimal commas, Spanish thousands dots, 4,9 milliards, 4.900
millones, 4,9 миллиарда, 4,9 بلايين), with what follows the figure as ``about``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from unkg.record import Statistic

_SCALE_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_ZH = {"万": 1e4, "亿": 1e8, "万亿": 1e12}
_NUMBER = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN_UNITS = {
    "people": "persons", "persons": "persons", "users": "persons", "inhabitants": "persons",
    "participants": "persons", "individuals": "persons", "women": "persons", "men": "persons",
    "subscriptions": "subscriptions", "mobile-cellular subscriptions": "subscriptions",
}
_EN = re.compile(
    rf"(?<![\w.])(?P<n>{_NUMBER})\s*(?:"
    r"(?P<pct>per\s*cent|percent|%)"
    r"|(?P<scale>thousand|million|billion|trillion)?\s*(?:of\s+the\s+world['’]s\s+)?"
    r"(?P<unit>mobile-cellular\s+subscriptions|subscriptions|people|persons|users|inhabitants|participants|individuals)"
    r"|(?P<scale2>million|billion|trillion)"
    r")(?!\w)",
    re.I,
)
_ZH = re.compile(
    rf"(?<![\d.])(?P<n>{_NUMBER})\s*(?:(?P<pct>%|％)|(?P<scale>万亿|亿|万)?\s*(?P<more>多)?(?P<unit>人)"
    r"|(?P<scale3>万亿|亿|万)?个(?P<subs>[\u4e00-\u9fff]{0,6}?(?:用户|订户))|(?P<scale2>万亿|亿|万))"
)
_EN_YEAR = re.compile(
    r"\b(?:(?:in|by|as\s+of|during)\s+|between\s+(?:19|20)\d\d\s+and\s+)(?P<y>(?:19|20)\d\d)\b(?!\s*(?:targets?|Agenda))"
)
# 到2021年 / 2021年至2022年 (the end year); not 自2005年以来 (since 2005), 2025年目标, 2030年议程
_ZH_YEAR = re.compile(r"(?<![自从])(?P<y>(?:19|20)\d\d)年(?!\d|\s*\d+\s*月|目标|议程|以来|至)")
_EN_ABOUT_END = re.compile(rf"\s*(?:[;,:(–—]|\s-\s|\band\s+(?:{_NUMBER})|\bor\s+(?:{_NUMBER})|\bcompared\b|$)")
_ZH_DELIMS = "，；。：——"


def _value(number: str, scale: float) -> float:
    digits = re.sub(r"[,\u00a0\u202f ]", "", number)
    return float(Decimal(digits) * Decimal(int(scale)))


def _en_year(clause: str) -> str | None:
    years = list(_EN_YEAR.finditer(clause))
    return years[-1].group("y") if years else None


def _en(text: str, anchor: str) -> list[Statistic]:
    out: list[Statistic] = []
    spans: list[tuple[int, int, Statistic]] = []
    restated: set[int] = set()
    for m in _EN.finditer(text):
        scale_word = (m.group("scale") or m.group("scale2") or "").lower()
        scale = _SCALE_EN.get(scale_word, 1.0)
        if m.group("pct"):
            unit = "percent"
        elif m.group("unit"):
            unit = _EN_UNITS.get(re.sub(r"\s+", " ", m.group("unit").lower()), "persons")
        else:
            unit = None
        if unit is None and scale == 1.0:
            continue
        # the clause before the figure, back to the last ";" for its year
        head = text[: m.start()]
        clause_start = max(head.rfind(";"), 0)
        # the year the clause gives before the figure, else right after it ("by 20 million between 2021 and 2022")
        year = _en_year(text[clause_start : m.start()]) or _en_year(text[m.end() : m.end() + 40])
        # what follows the figure, up to the next figure, clause end or comparison
        rest = text[m.end() :]
        end = _EN_ABOUT_END.search(rest)
        about = rest[: end.start()] if end else rest
        about = re.sub(r"^\s*(?:of\s+)?", "", about).strip()
        if m.group("unit") and m.group("unit").lower() in ("women", "men"):
            about = f"{m.group('unit')} {about}".strip()
        stat = Statistic(anchor, _value(m.group("n"), scale), m.group(0).strip(), unit, year, about or None)
        if not about and re.match(rf"\s*or\s+(?:{_NUMBER})", rest):
            restated.add(len(out))
        out.append(stat)
        spans.append((m.start(), m.end(), stat))
    _borrow_about(out, restated)
    return _classified(text, spans)


def _zh(text: str, anchor: str) -> list[Statistic]:
    out: list[Statistic] = []
    spans: list[tuple[int, int, Statistic]] = []
    restated: set[int] = set()
    for m in _ZH.finditer(text):
        if re.match(r"\s*年|\s*月|\s*日|\s*号|\s*届|\s*次", text[m.end() :]) and not m.group("pct") and not m.group("unit"):
            continue
        scale = _SCALE_ZH.get(m.group("scale") or m.group("scale2") or m.group("scale3") or "", 1.0)
        unit = "percent" if m.group("pct") else "persons" if m.group("unit") else "subscriptions" if m.group("subs") else None
        if unit is None and scale == 1.0:
            continue
        lo = max(text.rfind(ch, 0, m.start()) for ch in _ZH_DELIMS) + 1
        his = [k for k in (text.find(ch, m.end()) for ch in _ZH_DELIMS) if k != -1]
        hi = min(his) if his else len(text)
        years = list(_ZH_YEAR.finditer(text, 0, m.start()))
        year = None
        for y in reversed(years):  # the nearest year of the sentence, not across a "；"
            if "；" not in text[y.end() : m.start()]:
                year = y.group("y")
            break
        before, after = text[lo : m.start()], text[m.end() : hi]
        before = re.sub(r"^(?:[^，；]*?(?:到|在|于|截至))?\s*(?:19|20)\d\d年\s*", "", before)
        before = re.sub(r"^(?:即|目前有|有|只有|而|仅有)", "", before)
        before = re.sub(r"为$", "", before)  # 而男子为62%: "62% of men"
        if not before:
            after = re.sub(r"^的", "", after)
        about = f"{before}…{after}".strip("…").strip() if (before or after) else None
        if not after and text[hi : hi + 2] == "，即":  # 49亿人，即世界人口的63%: restated as the next figure
            restated.add(len(out))
        out.append(Statistic(anchor, _value(m.group("n"), scale), m.group(0).strip(), unit, year, about or None))
        spans.append((m.start(), m.end(), out[-1]))
    _borrow_about(out, restated)
    return _classified(text, spans)


# French, Spanish, Russian, Arabic: a decimal comma (4,9), thousands by a space (11 000) or, in
# Spanish, a dot (4.900 millones); percent, scale and unit words after the number
_OTHER = {
    "fr": dict(pct=r"pour\s*cent|%", scale={"milliard": 1e9, "million": 1e6},
               persons=r"personnes|habitants|utilisateurs|participants|individus", subs=r"abonnements",
               year=r"\ben\s+(?P<y>(?:19|20)\d\d)\b|\bentre\s+(?:19|20)\d\d\s+et\s+(?P<y2>(?:19|20)\d\d)\b",
               of=r"^\s*(?:de\s+la\s+|des\s+|de\s+l['’]|du\s+|de\s+|d['’])?"),
    "es": dict(pct=r"%|por\s*ciento", scale={"mil millones": 1e9, "millones": 1e6, "millón": 1e6},
               persons=r"personas|habitantes|usuarios|participantes", subs=r"suscripciones|abonos|abonados",
               year=r"\ben\s+(?P<y>(?:19|20)\d\d)\b|\bentre\s+(?:19|20)\d\d\s+y\s+(?P<y2>(?:19|20)\d\d)\b",
               of=r"^\s*(?:de\s+la\s+|de\s+las\s+|de\s+los\s+|del\s+|de\s+)?"),
    "ru": dict(pct=r"процент\w*|%", scale={"миллиард": 1e9, "млрд": 1e9, "миллион": 1e6, "млн": 1e6},
               persons=r"человек|пользовател\w*|участник\w*|жител\w*", subs=r"абонент\w*|подпис\w*",
               year=r"\bв\s+(?P<y>(?:19|20)\d\d)\s+году\b|\bс\s+(?:19|20)\d\d\s+по\s+(?P<y2>(?:19|20)\d\d)\s+год",
               of=r"^\s*"),
    "ar": dict(pct=r"في\s+المائة|في\s+المئة|%", scale={"بلايين": 1e9, "بليون": 1e9, "مليار": 1e9, "مليارات": 1e9,
                                                       "ملايين": 1e6, "مليون": 1e6},
               persons=r"نسمة|شخص|أشخاص|مستخدم\w*|مشارك\w*", subs=r"اشتراك\w*",
               year=r"في\s+عام\s+(?P<y>(?:19|20)\d\d)|بين\s+عامي\s+(?:19|20)\d\d\s+و\s*(?P<y2>(?:19|20)\d\d)",
               of=r"^\s*(?:من\s+)?"),
}
_OTHER_RE: dict[str, re.Pattern[str]] = {}
# the word that links a figure to the next ("... et 4,9 milliards", "57 pour cent ... contre 62")
_TRAILING_JOINER = re.compile(
    r"(?:(?:^|\s+)(?:et|contre|soit|y|o|frente\s+al?|и|а|или|тогда\s+как|по\s+сравнению\s+с|أو|مقارنة\s+بنسبة|مقابل|و))+$"
)


def _other_pattern(language: str) -> re.Pattern[str]:
    if language not in _OTHER_RE:
        spec = _OTHER[language]
        scales = "|".join(sorted((re.escape(k) + (r"\w*" if language in ("fr", "ru") else "") for k in spec["scale"]),
                                 key=len, reverse=True))
        number = (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?" if language == "es"
                  else r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
        if language == "ar":  # converted Arabic text may print 11 000 in visual order: 000 11
            number = r"(?:000[\u00a0\u202f ])+\d{1,3}(?!\d)|" + number
        glue = {"fr": r"de\s+|d['’]", "es": r"de\s+", "ar": r"منهم\s+|من\s+"}.get(language, "")
        _OTHER_RE[language] = re.compile(
            rf"(?<![\w.,])(?P<n>{number})\s*(?:(?P<pct>{spec['pct']})"
            rf"|(?P<scale>{scales})?\s*(?:{glue})?(?:(?P<persons>{spec['persons']})|(?P<subs>{spec['subs']}))"
            rf"|(?P<scale2>{scales}))(?!\w)",
            re.I,
        )
    return _OTHER_RE[language]


def _other_number(text: str, language: str) -> Decimal:
    if language == "es":
        text = text.replace(".", "")
    if language == "ar" and text.startswith("000"):
        text = "".join(reversed(re.split(r"[\s\u00a0\u202f]+", text)))
    return Decimal(re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", "."))


def _other(text: str, language: str, anchor: str) -> list[Statistic]:
    spec = _OTHER[language]
    year_re = re.compile(spec["year"], re.I)
    out: list[Statistic] = []
    spans: list[tuple[int, int, Statistic]] = []
    restated: set[int] = set()
    matches = list(_other_pattern(language).finditer(text))
    for i, m in enumerate(matches):
        word = (m.group("scale") or m.group("scale2") or "").lower()
        scale = next((v for k, v in spec["scale"].items() if word.startswith(k.lower())), 1.0) if word else 1.0
        unit = "percent" if m.group("pct") else "persons" if m.group("persons") else "subscriptions" if m.group("subs") else None
        if unit is None and scale == 1.0:
            continue
        value = float(_other_number(m.group("n"), language) * Decimal(int(scale)))
        clause_start = max(text.rfind(";", 0, m.start()), text.rfind("؛", 0, m.start()), 0)
        years = [y.group("y") or y.group("y2") for y in year_re.finditer(text, clause_start, m.start())]
        after = [y.group("y") or y.group("y2") for y in year_re.finditer(text[m.end() : m.end() + 60])]
        year = years[-1] if years else (after[0] if after else None)
        nxt = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        rest = text[m.end() : nxt]
        rest = re.sub(spec["of"], "", rest, count=1)
        about = re.split(r"\s*[,;:()–—؛،]|\s-\s", rest, maxsplit=1)[0].strip()
        about = _TRAILING_JOINER.sub("", about)
        if not about and nxt - m.end() < 16:
            restated.add(len(out))  # 4,9 milliards de personnes, soit 63 pour cent de la population mondiale
        out.append(Statistic(anchor, value, m.group(0).strip(), unit, year, about or None))
        spans.append((m.start(), m.end(), out[-1]))
    _borrow_about(out, restated)
    return _classified(text, spans)


# --- what a figure is: a stated indicator, an amount of money, or words of a title -----------------

_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|USD|€|EUR|CHF|£)\s*$")
_CURRENCY_AFTER = re.compile(
    r"^\s*(?:(?:of\s+)?(?:United\s+States\s+)?dollars?|(?:dollars?\s+des\s+États-Unis)|dollars?|dólares?|долл\w*|دولار\w*"
    r"|美元|euros?|евро|يورو|欧元|Swiss\s+francs|francs\s+suisses)",
    re.I,
)
_OPENING_QUOTES, _CLOSING_QUOTES = "“«《「\"", "”»》」\""


def _in_title(text: str, start: int) -> bool:
    """A figure inside quotation marks is words of a title ("1.5 Billion by 2020"), not a statement."""
    before = text[:start]
    opened = sum(before.count(q) for q in "“«《「")
    closed = sum(before.count(q) for q in "”»》」")
    return opened > closed or before.count('"') % 2 == 1


def _currency(text: str, start: int, end: int) -> str | None:
    """The currency of an amount of money (USD, EUR, CHF, GBP), else None."""
    before, after = text[max(0, start - 6): start], text[end: end + 40]
    m = _CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(after)
    if not m:
        return None
    word = m.group(0).strip().lower()
    if "€" in word or "eur" in word or "евро" in word or "يورو" in word or "欧元" in word:
        return "EUR"
    if "franc" in word or "chf" in word:
        return "CHF"
    if "£" in word:
        return "GBP"
    return "USD"


def _classified(text: str, stats: list[tuple[int, int, Statistic]]) -> list[Statistic]:
    """The figures that are statements, each with its kind: those in a title are left out, amounts of
    money are kind "money" with their currency as unit, and a count right after "per" is the
    denominator of the figure before it ("110 subscriptions per 100 people")."""
    out: list[Statistic] = []
    for start, end, stat in stats:
        if _in_title(text, start):
            continue
        if out and stat.unit != "percent" and re.search(r"\b(?:per|pour|por|на)\s*$", text[:start]):
            prev = out[-1]
            prev.unit = f"{prev.unit or ''} per {stat.as_printed}".strip()
            continue
        currency = _currency(text, start, end)
        if currency:
            stat.kind, stat.unit = "money", currency
        out.append(stat)
    return out


def _borrow_about(stats: list[Statistic], restated: set[int]) -> None:
    """"4.9 billion people or 63 per cent of the world's population were using the Internet": a count
    restated as the next figure measures what that figure measures."""
    for i in restated:
        if i + 1 < len(stats):
            stats[i].about = stats[i + 1].about


def find_statistics(text: str, language: str, anchor: str) -> list[Statistic]:
    """The figures ``text`` states, in text order, each with ``anchor`` as its paragraph."""
    if language == "en":
        return _en(text, anchor)
    if language == "zh":
        return _zh(text, anchor)
    if language in _OTHER:
        return _other(text, language, anchor)
    return []
