"""When a request is due: the session, year or date a paragraph asks a report (or action) by.

"Requests the Secretary-General to report to the General Assembly at its seventy-ninth session"
asks for a report at the Assembly's seventy-ninth session: ``Deadline(session="79")`` reported to the
General Assembly. The UN prints the same in every language: "à sa soixante-dix-neuvième session",
"en su septuagésimo noveno período de sesiones", "на ее семьдесят девятой сессии", "في دورتها التاسعة
والسبعين", "向大会第七十九届会议报告". The Economic and Social Council numbers its sessions by year
("at its 2025 session", "在2025年届会上"): the year is the session. A date or a year may be given
instead: "no later than 31 March 2025", "by 2030", "before the end of June 2024", "to report to the
Council in 2025"; a session's end too: "before the end of its eightieth session".

``find_deadline(text, language, found, organ)`` gives the first deadline a text states, and the
body its "its" refers to (the body named just before, else the adopting organ). The linker asks it of
each clause of a paragraph that asks something (``unkg.ingest.addressees.clauses``): "Invites the
President to convene a meeting during the seventy-ninth session, and requests the Secretary-General to
report at its eightieth session" is due at the eightieth for the Secretary-General.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from unkg.ingest.dates import find_dates, month_year
from unkg.ingest.names import Found
from unkg.numerals import DIGIT_ORDINALS, RU_ORDINAL, ordinal, ordinal_pattern, western_digits
from unkg.record import Deadline, Entity


# "at its seventy-ninth session", "at its 2025 session": the session, and where "its" stands
_SESSION = {
    # (of two sessions, the first: "at its seventy-ninth and eightieth sessions")
    # (... or due by it: "by its eightieth session", "no later than", "in time for", "ahead of", "in advance of")
    "en": re.compile(rf"\b(?:at|to|during|in|before|by|(?:no|not)\s+later\s+than|in\s+time\s+for|(?:ahead|in\s+advance)\s+of)\s+"
                     rf"(?:the\s+(?:main|resumed)\s+part\s+of\s+|the\s+end\s+of\s+)?(?:its|the)\s+(?:resumed\s+)?(?:(?P<ord>{ordinal_pattern('en')}|\d{{1,2}}(?:st|nd|rd|th))|(?P<year>\d{{4}}))"
                     rf"(?:\s+and\s+(?:{ordinal_pattern('en')})\s+(?:regular\s+)?sessions|\s+(?:regular\s+|substantive\s+|resumed\s+|annual\s+)?session)\b", re.I),
    # ... the number in digits too, as some files print it: "à sa 69e session", "en su 69º período de sesiones"
    # ... "its" session or "the" one ("durant la soixante-dix-huitième session", "à la vingt-sixième session annuelle de la Commission")
    # (... its main part: « pendant la partie principale de sa quatre-vingtième session », "в ходе основной части ее
    # восьмидесятой сессии", "en la parte principal de su", "خلال الجزء الرئيسي من دورتها")
    "fr": re.compile(rf"\b(?:à|lors\s+de|durant|pendant|au\s+cours\s+de|avant(?:\s+la\s+fin\s+de)?|d['’]ici\s+à)\s+(?:la\s+partie\s+principale\s+de\s+)?(?:sa|la)\s+(?:(?P<ord>{ordinal_pattern('fr')}|{DIGIT_ORDINALS['fr']})\s+session(?!s)|session\s+de\s+(?P<year>\d{{4}}))"
                     rf"|\b(?:à|lors\s+de|durant|pendant)\s+(?:ses|les)\s+(?P<ord2>{ordinal_pattern('fr')})\s+et\s+(?:{ordinal_pattern('fr')})\s+sessions", re.I),
    "es": re.compile(rf"\b(?:en|durante|antes\s+de\s+que\s+(?:finalice|concluya|termine)|antes\s+del\s+(?:final|fin)\s+de|antes\s+de|a\s+más\s+tardar\s+en)\s+(?:la\s+parte\s+principal\s+de\s+)?(?:su|el)\s+(?:(?P<ord>{ordinal_pattern('es')}|{DIGIT_ORDINALS['es']})\s+período\s+(?:anual\s+)?de\s+sesiones|período\s+de\s+sesiones\s+de\s+(?P<year>\d{{4}}))"
                     rf"|\bantes\s+del\s+(?P<ord2>{ordinal_pattern('es')}|{DIGIT_ORDINALS['es']})\s+período\s+(?:anual\s+)?de\s+sesiones", re.I),
    # (Russian and Arabic: "its" session or "the" one, "no later than" it: "не позднее семьдесят девятой сессии",
    # "في موعد لا يتجاوز الدورة التاسعة والسبعين", "خلال الدورة الثامنة والسبعين")
    "ru": re.compile(rf"\b(?:на|в\s+ходе|до\s+конца|не\s+позднее|к|до(?:\s+начала)?)\s+(?:основной\s+части\s+)?(?:(?:ее|его|своей)\s+)?(?:(?P<ord>{RU_ORDINAL.pattern})\s+(?:(?:ежегодной\s+)?сессии|и\s+(?:{RU_ORDINAL.pattern})\s+сессиях)|сессии\s+(?P<year>\d{{4}})\s+года)", re.I),
    "ar": re.compile(rf"(?:في\s+أثناء|أثناء|في|خلال|قبل(?:\s+نهاية|\s+انعقاد)?|بحلول|(?:في\s+موعد\s+)?لا\s+يتجاوز)\s+(?:الجزء\s+الرئيسي\s+من\s+)?(?:دورتها|دورته|الدورة|دورتيها|دورتيه)\s+(?:(?:السنوية\s+)?(?P<ord>{ordinal_pattern('ar')})|(?:الموضوعية\s+)?لعام\s+(?P<year>\d{{4}}))"),
    # Chinese: the session a report goes to (向大会第七十九届会议提交, 在经济及社会理事会2025年届会之前) or a
    # thing is done at (在其第七十九届会议上), not a session a text speaks of (关于其第七十届会议的报告)
    # ... or is sent for (供理事会2023年届会审议), or a report goes through (通过...委员会第三十四届会议向大会报告),
    # or is submitted to (在提交大会第七十九届会议的报告中)
    # (the year a session is held may stand before its number: 在论坛2025年第二十届会议之前)
    "zh": re.compile(r"(?:向|在|供|(?<!关|对|由)于|提交(?:给)?)(?:其|大会|理事会|经济及社会理事会|经社理事会|委员会|论坛)?(?:\d{4}\s*年(?=第))?"
                     r"(?P<core>第(?P<ord>[一二三四五六七八九十百零]+)届(?:和第[一二三四五六七八九十百零]+届)?(?:年度)?会议|(?P<year>\d{4})\s*年(?:届会|实质性会议))"
                     r"(?!(?:常会|续会)?(?:之后|以后|后))"  # (not after it: 于其第三十四届会议常会之后)
                     r"|(?P<core2>第(?P<ord2>[一二三四五六七八九十百零]+)届(?:和第[一二三四五六七八九十百零]+届)?(?:年度)?会议)(?=上|期间|提交|提出|报告|向)"
                     # ... a body of a longer name there (提交预防犯罪和刑事司法委员会第三十二届会议), or the asked body, at
                     # its session (请预防犯罪和刑事司法委员会第三十二届会议核准: "requests the Commission, at its
                     # thirty-second session, to approve")
                     r"|(?:向|供|提交(?:给)?|(?<![申邀])请)(?:(?![在其的第届向于供为并通])[\u4e00-\u9fff]){0,24}?(?:委员会|理事会|论坛|缔约方大会)"
                     r"(?P<core3>第(?P<ord3>[一二三四五六七八九十百零]+)届(?:年度)?会议)"),
}
# "no later than 31 March 2025", "by 2030", "before the end of June 2024"
_BY = {
    "en": re.compile(r"\b(?:(?:no|not)\s+later\s+than|by|before|prior\s+to|(?:ahead|in\s+advance)\s+of)\s+(?:the\s+end\s+of\s+)?", re.I),
    "fr": re.compile(r"\b(?:au\s+plus\s+tard\s+(?:le|à\s+la\s+fin\s+de|en|fin)|d['’]ici\s+(?:à|a|la\s+fin\s+de)|avant\s+(?:la\s+fin\s+de\s+|fin\s+)?)\s*", re.I),
    "es": re.compile(r"\b(?:a\s+más\s+tardar\s+(?:el|a\s+fin(?:al)?es\s+de)|para\s+(?:fines\s+de\s+)?|antes\s+de\s+(?:fin(?:al)?es\s+de\s+)?)\s*", re.I),
    "ru": re.compile(r"(?:не\s+позднее(?:\s+конца)?|к|до\s+конца)\s+", re.I),
    # (في موعد لا يتجاوز نهاية عام 2021: "no later than the end of 2021")
    "ar": re.compile(r"(?:في\s+موعد\s+(?:أقصاه|لا\s+يتجاوز)|بحلول|قبل)\s+(?:نهاية\s+)?"),
    # (Chinese: 在 and 于 open any date, a deadline only where 前 or 底 follows it: 在2024年6月底之前; 不迟于, 最迟于 and 到 any)
    "zh": re.compile(r"(?:不迟于|最迟于|最晚于|(?<![意达得收受遇虑长])到|(?P<at>在|于))\s*(?=\d{4}\s*年)"),
}
_YEAR_ONLY = {
    "en": re.compile(r"(?P<year>\d{4})\b(?!\s*(?:session|Agenda))"),
    "fr": re.compile(r"(?P<year>\d{4})\b"),
    "es": re.compile(r"(?:fines\s+de\s+)?(?P<year>\d{4})\b"),
    "ru": re.compile(r"(?P<year>\d{4})\s+год"),
    "ar": re.compile(r"(?:عام\s+)?(?P<year>\d{4})\b"),
    "zh": re.compile(r"(?P<year>\d{4})\s*年(?!\s*\d)"),
}
# a report due in a year, said right after the verb and whom it goes to: "to report to the Economic and
# Social Council in 2025", « de lui rendre compte en 2025 », "que en 2025 lo informe", "представить
# Совету в 2025 году доклад", "أن يقدم إلى المجلس ... في عام 2025 تقريرا" (not "adopted in 2015")
_REPORT_IN_YEAR = {
    "en": re.compile(r"\b(?:report|submit|present|brief)(?:s|ing)?(?:\s+thereon|\s+to\s+it|\s+to\s+(?:the\s+)?[A-Z][\w\-]*"
                     r"(?:\s+(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\w\-]*){0,7})?,?\s+in\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])"),
    "fr": re.compile(r"\b(?:rendre\s+compte|faire\s+rapport|présenter|soumettre),?\s+(?:à\s+(?:l['’]|la\s+|le\s+)?(?:[A-ZÉ][\w\-]*\s+(?:et\s+|de\s+|d['’])?|[a-zé]+\s+){0,6})?en\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])"),
    "es": re.compile(r"\bque\s+en\s+(?P<year>(?:19|20)\d\d)\s+(?:le\s+|la\s+|lo\s+|les\s+)?(?:inform|present|rinda)"
                     r"|\b(?:inform[ea]r?|informen|present[ea]r?|presenten)\s+(?:a\s+(?:la\s+|el\s+)?(?:[A-ZÁÉ][\w\-]*\s+(?:y\s+|de\s+|del\s+)?|[a-zé]+\s+){0,6})?en\s+(?P<year2>(?:19|20)\d\d)\b(?!\s*[-–])"),
    "ru": re.compile(r"(?:представ\w+|доложить|сообщить)\s+(?:[А-ЯЁа-яё\-]+\s+){0,6}?в\s+(?P<year>(?:19|20)\d\d)\s+году"),
    "ar": re.compile(r"(?:يقدم|تقدم|يقدِّم|تقدِّم)\s+(?:[^\s،؛]+،?\s+){0,6}?في\s+عام\s+(?P<year>(?:19|20)\d\d)"),
    "zh": re.compile(r"(?:在|于)(?P<year>(?:19|20)\d\d)\s*年(?:向[^，。；\d]{1,30}?)?(?:提交|报告|提出|汇报)(?![的了])"),  # 并于2027年向大会提交一份报告 (not 于2015年提交的报告)
}
# a Chinese month is one a thing is due by when its end or "before" follows: 2024年6月底之前, 2024年6月前
_ZH_MONTH_BY = re.compile(r"\s*(?:底|末|之前|以前|前)")


# "its" in the session's phrase: "during its twenty-eighth session" (not "at the seventy-ninth session")
_EN_ITS = re.compile(r"\S+\s+(?:the\s+(?:main|resumed)\s+part\s+of\s+|the\s+end\s+of\s+)?its\b", re.I)


# ... not a session something was done at: "its guidelines adopted during the thirteenth session of the Forum"
_DONE_AT = {
    # (... or a report was presented at: « le rapport présenté à la quarante-sixième session du Conseil »)
    # ("submitted to the Commission on Human Rights at its sixtieth session": the body between)
    # ("as reaffirmed by the Commission at its fifty-third session", "adopted by the Executive Committee of the
    # Programme of the High Commissioner at its fifty-second session")
    "en": re.compile(r"\b(?:adopted|held|convened|established|approved|endorsed|launched|made|taken|reached|agreed|(?:re)?affirmed|expressed"
                     r"|(?<!be\s)(?:submitted|presented))"
                     r"(?:\s+(?:to|by)\s+the(?:\s+(?:[A-Z][\w\-]*|of|on|and|for|the)){1,12})?\s+$"),
    # (« comme l’a réaffirmé la Commission à sa cinquante-troisième session »)
    "fr": re.compile(r"\b(?:adoptée?s?|tenue?s?|approuvée?s?|créée?s?|prises?|(?<!sera\s)(?<!être\s)(?:présentée?s?|soumise?s?)"
                     r"|(?:ré)?affirmée?s?(?:\s+(?:la|le|l['’])\s*[A-ZÉ][\w-]*)?)\s+$"),
    "es": re.compile(r"\b(?:aprobad[oa]s?|celebrad[oa]s?|adoptad[oa]s?|establecid[oa]s?|(?<!será\s)(?<!ser\s)presentad[oa]s?)\s+$"),
    "ru": re.compile(r"(?:принят\w*|проведенн\w*|состоявш\w*|созданн\w*|утвержденн\w*|представленн\w*|учрежденн\w*)\s+$"),
    "ar": re.compile(r"(?:المعقودة|المعقود|عقدت|اعتمدت\w*|المعتمدة?|المقدمة?|أنشئت|المنشأة?)\s+$"),
}


def _session(text: str, language: str) -> tuple[Deadline, int] | None:
    pattern = _SESSION.get(language)
    done = _DONE_AT.get(language)
    m = next((m for m in pattern.finditer(text) if done is None or not done.search(text, max(0, m.start() - 80), m.start())),
             None) if pattern else None
    if not m:
        return None
    core = next((k for k in ("core", "core2", "core3") if m.groupdict().get(k)), None)
    at = m.start(core) if core else m.start()
    if m.group("year"):
        return Deadline(session=m.group("year")), at
    n = ordinal(m.group("ord") or m.groupdict().get("ord2") or m.groupdict().get("ord3") or "", language)
    return (Deadline(session=str(n)), at) if n else None


def _by_date(text: str, language: str) -> Deadline | None:
    pattern = _BY.get(language)
    if pattern is None:
        return None
    for m in pattern.finditer(text):
        rest = text[m.end(): m.end() + 60]
        # (a date 在 or 于 opens is when something is or was done, 于1987年9月11日通过, unless 前 follows: 于2025年前)
        loose = language == "zh" and bool(m.groupdict().get("at"))
        dates = [d for d in find_dates(rest, language) if d.pos_start < 3]
        if dates:
            if loose and not _ZH_MONTH_BY.match(rest, dates[0].pos_end):
                continue
            return Deadline(date=dates[0].last)  # a range's last day, or the one day printed
        month = month_year(rest, language)
        if month is not None and month.pos_start < 3 and (language != "zh" or _ZH_MONTH_BY.match(rest, month.pos_end)):
            # before the end of June 2024, 在2024年6月底之前: the month's last day
            year, number = (int(x) for x in month.start.split("-"))
            return Deadline(date=f"{year:04d}-{number:02d}-{calendar.monthrange(year, number)[1]:02d}")
        y = _YEAR_ONLY[language].match(rest)
        if y and 1945 <= int(y.group("year")) <= 2100 and not (loose and not _ZH_MONTH_BY.match(rest, y.end())):
            return Deadline(year=y.group("year"))
    return None


def find_deadline(text: str, language: str, found: Sequence[Found], organ: Entity | None,
                  asked: Entity | None = None) -> tuple[Deadline, Entity | None] | None:
    """The deadline ``text`` states and the body the report goes to, or None.

    ``found`` is what the linker found in the text (names and short names); ``organ`` the adopting
    body, which "its" means when no body is named before it, unless the paragraph asks a body
    (``asked``) in English: "Requests the Commission ... to organize, during its twenty-eighth session"
    is the Commission's session."""
    if language == "ar":
        text = western_digits(text)
    session = _session(text, language)
    if session is not None:
        deadline, at = session
        before = [f for f in found if f.end <= at + 1 and at - f.end <= 40 and f.entity.type not in ("member-state", "event", "instrument")]
        if language == "zh":  # 向大会第七十九届会议报告: the body stands right before 第
            before = [f for f in found if f.end <= at and at - f.end <= 2]
        own = asked if asked is not None and language == "en" and _EN_ITS.match(text, at) else None
        to = before[-1].entity if before else own or organ
        return deadline, to
    deadline = _by_date(text, language)
    if deadline is None and (pattern := _REPORT_IN_YEAR.get(language)) and (m := pattern.search(text)):
        deadline = Deadline(year=m.group("year") or m.groupdict().get("year2"))
    return (deadline, None) if deadline else None
