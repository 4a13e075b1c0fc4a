"""Words as lineage compares them: numbers, years and symbols aside, in six languages."""

from unkg.lineage.text import edits, marked, similarity, words


def test_numbers_years_dates_and_symbols_are_aside():
    a = words("Recalling its resolution 2021/28 of 22 July 2021 and A/RES/70/125, at its seventy-eighth session,")
    b = words("Recalling its resolution 2022/15 of 21 July 2022 and A/RES/77/150, at its seventy-ninth session,")
    assert a == b
    assert words("Recalling its resolution 2022/15") != words("Recalling its decision 2022/15")


def test_chinese_compares_by_character_and_arabic_months_are_dates():
    assert words("回顾其第七十八届会议") == words("回顾其第七十九届会议")
    assert [(e.op, e.text) for e in edits("回顾其决议以及大会会议", "回顾其所有决议和大会会议")] == [
        ("insert", "所有"), ("delete", "以及"), ("insert", "和")
    ]
    assert marked("回顾其决议以及大会会议", "回顾其所有决议和大会会议") == "回顾其{+所有+}决议[-以及-]{+和+}大会会议"
    assert words("المؤرخ 21 تموز/يوليه 2022") == words("المؤرخ 7 حزيران/يونيه 2023")


def test_word_edits_as_git_word_diff_marks_them():
    assert marked("Notes the holding of the Forum", "Welcomes the holding of the Forum 2023") == "[-Notes-]{+Welcomes+} the holding of the Forum {+2023+}"
    assert marked("a b c d", "a c d e") == "a [-b-] c d {+e+}"
    assert similarity(words("a b c d"), words("a b c d")) == 1.0


def test_a_printed_hash_is_punctuation_and_numbers_in_a_row_are_one_placeholder():
    assert words("#WSIS 2022, 3 # 4 and 5") == ("wsis", "#", "and", "#")


def test_an_arabic_date_is_found_whole_however_long_the_words_before_its_slash():
    """The day and month before the slash are searched in a window before it: a name that reaches
    past the window's edge is searched from the text's start, so the date is the same one."""
    assert words("يوم 21 تموز/يوليه 2022 في") == ("يوم", "#", "في")
    long_name = "ب" * 60  # the Levantine name and one word before it, as with a short name
    assert words(f"يوم {long_name}/يوليه 2022 في") == ("#", "في")
