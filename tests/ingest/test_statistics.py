"""Stated figures, in English and Chinese, from the ECOSOC WSIS and GA ICT-for-development resolutions."""

from __future__ import annotations

import pytest

from tests.conftest import akn_file
from unkg.ingest import read
from unkg.ingest.link import link
from unkg.ingest.statistics import find_statistics

SERIES = [("ecosoc", "2021", "E_RES_2021_28"), ("ecosoc", "2022", "E_RES_2022_15"), ("ecosoc", "2023", "E_RES_2023_3"),
          ("ecosoc", "2024", "E_RES_2024_13"), ("ga", "79session", "A_RES_79_194")]


def _stats(body, where, stem, lang):
    return link(read(akn_file(body, where, stem, lang))[0]).statistics


def test_coverage_and_internet_use_in_e_res_2022_15():
    got = {(s.paragraph, s.value, s.unit, s.year) for s in _stats("ecosoc", "2022", "E_RES_2022_15", "en")}
    assert ("op:24", 95.0, "percent", "2021") in got  # 95 per cent within range of a mobile broadband network
    assert ("op:24", 4.9e9, "persons", "2021") in got  # 4.9 billion people
    assert ("op:24", 63.0, "percent", "2021") in got  # or 63 per cent of the world's population
    assert ("op:54", 57.0, "percent", None) in got and ("op:54", 62.0, "percent", None) in got


def test_what_the_figures_measure():
    stats = {(s.paragraph, s.value): s for s in _stats("ecosoc", "2022", "E_RES_2022_15", "en")}
    assert stats[("op:24", 95.0)].about.endswith("within range of a mobile broadband network")
    # the count restated as a share measures what the share measures
    assert stats[("op:24", 4.9e9)].about == stats[("op:24", 63.0)].about == "the world’s population were using the Internet"
    assert stats[("op:54", 57.0)].about.startswith("women are now using the Internet")
    assert stats[("op:54", 62.0)].about == "men"
    zh = {(s.paragraph, s.value): s for s in _stats("ecosoc", "2022", "E_RES_2022_15", "zh")}
    assert "移动宽带网络" in zh[("op:24", 95.0)].about
    assert zh[("op:54", 57.0)].about == "妇女使用互联网" and zh[("op:54", 62.0)].about == "男子"


@pytest.mark.parametrize(("body", "where", "stem"), SERIES)
def test_english_and_chinese_state_the_same_figures(body, where, stem):
    en = sorted((s.paragraph, s.value, s.unit, s.year) for s in _stats(body, where, stem, "en"))
    zh = sorted((s.paragraph, s.value, s.unit, s.year) for s in _stats(body, where, stem, "zh"))
    assert en, f"{stem}: no figures found"
    assert en == zh


def test_years_and_goals_are_no_figures():
    text = ("Recalls the launching by the Broadband Commission for Sustainable Development of the 2025 targets, "
            "Sustainable Development Goal 5 and target 9.c of the 2030 Agenda")
    assert find_statistics(text, "en", "op:1") == []
    assert find_statistics("回顾大会第70/125号决议，于2025年举行高级别会议", "zh", "op:1") == []


def test_scaled_values_are_exact():
    (s,) = find_statistics("with 8.2 billion mobile-cellular subscriptions", "en", "op:24")
    assert (s.value, s.unit) == (8.2e9, "subscriptions")
    (s,) = find_statistics("吸引了11 000多人参加", "zh", "op:92")
    assert (s.value, s.unit) == (11000.0, "persons")


@pytest.mark.parametrize(("body", "where", "stem"), SERIES)
def test_french_spanish_russian_and_arabic_state_the_figures_english_states(body, where, stem):
    """Decimal commas (4,9 milliards), Spanish thousands dots (4.900 millones), Arabic digits printed
    in visual order (000 11): the same values in the same paragraphs as the English version."""
    en = {(s.paragraph, s.value) for s in _stats(body, where, stem, "en")}
    for lang in ("fr", "es", "ru", "ar"):
        got = {(s.paragraph, s.value) for s in _stats(body, where, stem, lang)}
        assert en <= got, (lang, sorted(en - got))
        # Spanish alone puts a number on "the next billion" (los próximos 1.000 millones de usuarios)
        assert all(v == 1e9 for _, v in got - en) if lang == "es" else got == en, (lang, sorted(got - en))
    units = {(s.paragraph, s.value): s.unit for s in _stats(body, where, stem, "en")}
    assert {(s.paragraph, s.value): s.unit for s in _stats(body, where, stem, "fr")} == units


@pytest.mark.parametrize(("text", "expected"), [
    # a rate: the count after "per" is the figure's denominator, not a figure
    ("In 2021 there were 110 mobile-cellular subscriptions per 100 people;", [(110.0, "subscriptions per 100 people", "indicator")]),
    ("In 2021 there were 110 mobile-cellular subscriptions per 1,000 people;", [(110.0, "subscriptions per 1,000 people", "indicator")]),
    # words of a title are no statement
    ("Takes note of the report entitled “Connecting the Next 1.5 Billion by 2020”;", []),
    ("Takes note of the report entitled Connecting the Next 1.5 billion users;", [(1.5e9, "persons", "indicator")]),
    # an amount of money is told apart from an indicator
    ("Approves an appropriation of $12.5 million for 2024;", [(12.5e6, "USD", "money")]),
    ("Approves an appropriation of 12.5 million euros for 2024;", [(12.5e6, "EUR", "money")]),
    ("Approves an appropriation of 12.5 million for 2024;", [(12.5e6, None, "indicator")]),
])
def test_rates_titles_and_money(text, expected):
    got = [(s.value, s.unit, s.kind) for s in find_statistics(text, "en", "op:1")]
    assert got == expected


def test_chinese_money_and_indicators():
    got = [(s.value, s.unit, s.kind) for s in find_statistics("批款1250万美元；世界95%的人口", "zh", "op:1")]
    assert got == [(12.5e6, "USD", "money"), (95.0, "percent", "indicator")]
