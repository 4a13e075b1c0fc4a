"""Printed dates and ranges in six languages, on the seed and on the six language versions of E/RES/2022/15."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.conftest import SEED, akn_file
from unkg.ingest.dates import find_dates, month_year, parse_date
from unkg.record import LANGUAGES

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def _spans(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(d.start, d.end) for d in find_dates(text, language)]


def _seed_line(fragment: str) -> str:
    return next(line for line in SEED.read_text(encoding="utf-8").splitlines() if fragment in line)


def test_seed_dates():
    assert parse_date(_seed_line("经济及社会理事会决议"), "zh") == "2022-07-21"
    igf = find_dates(_seed_line("卡托维兹"), "zh")
    assert [(d.start, d.end, d.as_printed) for d in igf] == [("2021-12-06", "2021-12-10", "2021 年 12 月 6 日至 10 日")]
    assert ("2022-05-30", "2022-06-03") in _spans(_seed_line("2022 年 5 月 30 日至 6 月 3 日"), "zh")
    assert _spans(_seed_line("2022年4月27至29日"), "zh") == [("2022-04-27", "2022-04-29")]
    assert _spans(_seed_line("2022年3月1日至9日"), "zh") == [("2022-03-01", "2022-03-09")]
    assert _spans(_seed_line("又回顾经社理事会"), "zh") == [("2006-07-28", None)]


def _dates_of_e_res_2022_15(lang: str) -> set[tuple[str, str | None]]:
    tree = etree.parse(str(akn_file("ecosoc", "2022", "E_RES_2022_15", lang)))
    body = tree.find(".//a:preamble", NS), tree.find(".//a:mainBody", NS)
    return {(d.start, d.end) for el in body for d in find_dates("".join(el.itertext()), lang)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_six_language_versions_print_the_same_dates(lang):
    """Every date and range of E/RES/2022/15 (the IGF 2021 in Katowice, 6-10 December 2021; the World
    Telecommunication Standardization Assembly, 1-9 March 2022; ...), read from each language version."""
    dates = _dates_of_e_res_2022_15(lang)
    assert {("2021-12-06", "2021-12-10"), ("2022-03-01", "2022-03-09"), ("2006-07-28", None)} <= dates
    assert dates == _dates_of_e_res_2022_15("en")
    assert len(dates) == 19


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2022 年 7 月 21 日", "zh", [("2022-07-21", None)]),
        ("2022年7月21日", "zh", [("2022-07-21", None)]),
        ("2018年10月29日至11月16日在阿拉伯联合酋长国迪拜", "zh", [("2018-10-29", "2018-11-16")]),
        ("欢迎2018年12月10日和11日在摩洛哥马拉喀什举行", "zh", [("2018-12-10", None), ("2018-12-11", None)]),
        ("21 July 2022", "en", [("2022-07-21", None)]),
        ("from 17 to 21 May 2021", "en", [("2021-05-17", "2021-05-21")]),
        ("29 October to 16 November 2018", "en", [("2018-10-29", "2018-11-16")]),
        ("adopted on 19\u00a0December 2024", "en", [("2024-12-19", None)]),
        ("from 30 December to 2 January 2022", "en", [("2021-12-30", "2022-01-02")]),
        ("resolution 70/125 of 16 December 2015 and 21 July 2022", "en", [("2015-12-16", None), ("2022-07-21", None)]),
        ("21 juillet 2022", "fr", [("2022-07-21", None)]),
        ("du 17 au 21 mai 2021", "fr", [("2021-05-17", "2021-05-21")]),
        ("le 1er janvier 2016", "fr", [("2016-01-01", None)]),
        ("en date des 14 et 15\u00a0décembre 1960", "fr", [("1960-12-14", None), ("1960-12-15", None)]),
        ("21 de julio de 2022", "es", [("2022-07-21", None)]),
        ("del 17 al 21 de mayo de 2021", "es", [("2021-05-17", "2021-05-21")]),
        ("su decisión 2015/242, de\u00a022 julio de 2015", "es", [("2015-07-22", None)]),
        ("21 июля 2022 года", "ru", [("2022-07-21", None)]),
        ("с 17 по 21 мая 2021 года", "ru", [("2021-05-17", "2021-05-21")]),
        ("Пекин, 4\u201115\u00a0сентября 1995\u00a0года", "ru", [("1995-09-04", "1995-09-15")]),
        ("21 تموز/يوليه 2022", "ar", [("2022-07-21", None)]),
        ("من 17 إلى 21 أيار/مايو 2021", "ar", [("2021-05-17", "2021-05-21")]),
        ("المؤرخ 26 تموز/ يوليه 2006", "ar", [("2006-07-26", None)]),
        ("31 February 2022, July 2022, 2030 Agenda, resolution 2022/15", "en", []),
        ("第 2006/46 号决议", "zh", []),
    ],
)
def test_printed_forms(text, lang, expected):
    assert _spans(text, lang) == expected
    for d in find_dates(text, lang):
        assert text[d.pos_start : d.pos_end] == d.as_printed


def test_parse_date_takes_one_date_only():
    assert parse_date("21 July 2022", "en") == "2022-07-21"
    assert parse_date("21 تموز/يوليه 2022", "ar") == "2022-07-21"
    assert parse_date("from 17 to 21 May 2021", "en") is None
    assert parse_date("no date here", "en") is None
    with pytest.raises(ValueError):
        parse_date("21 July 2022", "de")


@pytest.mark.parametrize(("text", "lang"), [
    # E/RES/2022/5 pre:1 in six languages: "the Fourth World Conference on Women, held in Beijing in September 1995"
    ("held in Beijing in September 1995,", "en"),
    ("tenue à Beijing en septembre 1995,", "fr"),
    ("celebrada en Beijing en septiembre de 1995,", "es"),
    ("состоявшейся в Пекине в сентябре 1995 года,", "ru"),
    ("المعقود في بيجين في أيلول/سبتمبر 1995،", "ar"),
    ("认识到1995年9月在北京举行的", "zh"),
])
def test_a_month_alone_with_its_year(text, lang):
    assert month_year(text, lang).start == "1995-09"
    other = text.replace("1995", "1985").replace("septiembre", "octubre").replace("September", "October")
    other = other.replace("septembre", "octobre").replace("сентябре", "октябре").replace("أيلول/سبتمبر", "تشرين الأول/أكتوبر").replace("9月", "10月")
    assert month_year(other, lang).start == "1985-10"
    assert find_dates(text, lang) == []  # a document's date is never a month alone: find_dates leaves it out


@pytest.mark.parametrize(("text", "lang"), [("on 21 September 1995", "en"), ("le 21 septembre 1995", "fr"),
                                            ("el 21 de septiembre de 1995", "es"), ("2022年5月30日至6月3日", "zh")])
def test_a_full_date_is_no_month_alone(text, lang):
    assert month_year(text, lang) is None
