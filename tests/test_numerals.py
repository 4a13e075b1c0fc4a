"""Numerals as UN documents print them: Roman, Chinese, Eastern Arabic digits, list letters, ordinals in six languages."""

import pytest

from unkg.numerals import chinese_number, from_roman, letters, ordinal, to_roman, western_digits


@pytest.mark.parametrize(("n", "roman"), [(1, "I"), (4, "IV"), (9, "IX"), (21, "XXI"), (40, "XL"), (90, "XC"), (1994, "MCMXCIV")])
def test_roman_both_ways(n, roman):
    assert to_roman(n) == roman
    assert from_roman(roman) == n and from_roman(roman.lower()) == n


@pytest.mark.parametrize("text", ["", "iiii", "vx", "abc", "IIX"])
def test_what_is_no_roman_numeral(text):
    assert from_roman(text) is None


@pytest.mark.parametrize(("text", "n"), [("七十九", 79), ("十", 10), ("十六", 16), ("二十", 20), ("一百零一", 101), ("两", 2)])
def test_chinese_numbers(text, n):
    assert chinese_number(text) == n


def test_eastern_digits_and_letters():
    assert western_digits("٢٠٢٢ و۲۰۲۳") == "2022 و2023"
    assert [letters(n) for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]


@pytest.mark.parametrize(("text", "language", "n"), [
    ("seventy-ninth", "en", 79), ("eightieth", "en", 80), ("first", "en", 1), ("79th", "en", 79),
    ("soixante-dix-neuvième", "fr", 79), ("soixante\u2011dix\u2011neuvième", "fr", 79), ("soixante et onzième", "fr", 71),
    ("quatre-vingtième", "fr", 80), ("vingt et unième", "fr", 21), ("première", "fr", 1), ("cinquième", "fr", 5),
    ("septuagésimo noveno", "es", 79), ("octogésimo", "es", 80), ("septuagésimo primer", "es", 71), ("quinta", "es", 5),
    ("decimotercero", "es", 13), ("5º", "es", 5),
    ("семьдесят девятой", "ru", 79), ("восьмидесятой", "ru", 80), ("пятой", "ru", 5), ("пятнадцатой", "ru", 15),
    ("التاسعة والسبعين", "ar", 79), ("الثمانين", "ar", 80), ("الخامسة", "ar", 5), ("الحادية عشرة", "ar", 11),
    ("第七十九", "zh", 79), ("十六", "zh", 16),
])
def test_ordinals_in_six_languages(text, language, n):
    assert ordinal(text, language) == n


@pytest.mark.parametrize(("text", "language"), [("session", "en"), ("семья", "ru"), ("الدورة", "ar"), ("xyz", "fr")])
def test_what_is_no_ordinal(text, language):
    assert ordinal(text, language) is None


def test_an_arabic_ordinal_with_its_shadda_is_the_ordinal():
    """E/RES/2024/5 op:59 prints "في دورتها الثالثة والستّين" (the sixty-third), the shadda on الستّين."""
    import re

    from unkg.numerals import ordinal, ordinal_pattern

    assert ordinal("الثالثة والستّين", "ar") == 63
    assert re.fullmatch(ordinal_pattern("ar"), "الثالثة والستّين")
    assert ordinal("الثالثة والسبعين", "ar") == 73
    assert ordinal("الثالثة", "ar") == 3
