"""Events a sentence names in lists and by capitalised names, with what it says of each (issue 11, point 1).

Every sentence is a real one from a resolution outside the gold set (tests/gold), and each test
changes the sentence and expects the answer to change (DESIGN.md §7).
"""

from __future__ import annotations

import pytest

from unkg.ingest.events import find_events

# A/RES/78/168 pre:18 (the comma the English prints a comma short, as printed)
CFS_EN = ("Recalling also the forty-seventh, forty-eighth forty-ninth and fiftieth sessions of the Committee on World "
          "Food Security, held in Rome from 8 to 11 February 2021, on 4 June 2021, from 11 to 14 October 2021 and from "
          "10 to 13 October 2022, respectively, taking note of their main outcomes,")
CFS_ZH = ("又回顾分别于2021年2月8日至11日、2021年6月4日、2021年10月11日至14日和2022年10月10日至13日在罗马举行的"
          "世界粮食安全委员会第四十七届、四十八届、四十九届和五十届会议，表示注意到这些会议的各项主要成果，")
CFS_DATES = [("cfs-47", "2021-02-08", "2021-02-11"), ("cfs-48", "2021-06-04", "2021-06-04"),
             ("cfs-49", "2021-10-11", "2021-10-14"), ("cfs-50", "2022-10-10", "2022-10-13")]


def _facts(events):
    return [(e.entity.id, e.start, e.end) for e in events]


@pytest.mark.parametrize(("text", "lang"), [(CFS_EN, "en"), (CFS_ZH, "zh")])
def test_coordinated_sessions_are_one_event_each_with_their_dates_respectively(text, lang):
    events = find_events(text, lang)
    assert _facts(events) == CFS_DATES
    assert {(e.place, e.country, e.edition) for e in events} == {("Rome", "IT", n) for n in ("47", "48", "49", "50")}
    assert all(e.series.id == "cfs" for e in events)


def test_coordinated_sessions_change_with_the_sentence():
    other = CFS_EN.replace("forty-eighth", "forty-sixth").replace("Rome", "Geneva").replace("4 June 2021", "5 June 2021")
    events = find_events(other, "en")
    assert [e.entity.id for e in events] == ["cfs-47", "cfs-46", "cfs-49", "cfs-50"]
    assert events[1].start == "2021-06-05" and {e.place for e in events} == {"Geneva"}
    zh = find_events(CFS_ZH.replace("罗马", "日内瓦").replace("四十八届", "四十六届"), "zh")
    assert [e.entity.id for e in zh] == ["cfs-47", "cfs-46", "cfs-49", "cfs-50"] and {e.place for e in zh} == {"Geneva"}


def test_fewer_dates_than_sessions_give_no_session_a_date():
    # one date less: which session it belongs to is not said, so none gets one
    text = CFS_EN.replace(" on 4 June 2021,", "")
    events = find_events(text, "en")
    assert len(events) == 4 and all(e.start is None for e in events)
    assert {e.place for e in events} == {"Rome"}


def test_coordinated_sessions_of_any_body():
    # A/RES/78/203 op:12 and pre:14
    text = ("Takes note of the convening, in 2023, of the seventh and eighth sessions of the Expert Mechanism on the "
            "Right to Development, established by the Human Rights Council in its resolution 42/23,")
    assert [(e.edition, e.series.id) for e in find_events(text, "en")] == [
        ("7", "expert-mechanism-on-the-right-to-development"), ("8", "expert-mechanism-on-the-right-to-development")]
    assert [e.edition for e in find_events(text.replace("seventh and eighth", "sixth, seventh and ninth"), "en")] == ["6", "7", "9"]
    text = ("as well as the convening of the twenty-second session of the Permanent Forum on Indigenous Issues and the "
            "first and second sessions of the Permanent Forum on People of African Descent,")
    assert [e.entity.id for e in find_events(text, "en")] == [
        "unpfii-22", "permanent-forum-on-people-of-african-descent-1", "permanent-forum-on-people-of-african-descent-2"]
    assert [e.entity.id for e in find_events(text.replace("first and second", "third and fourth"), "en")][1:] == [
        "permanent-forum-on-people-of-african-descent-3", "permanent-forum-on-people-of-african-descent-4"]


# E/RES/2024/3 pre:2: the Conference of the Parties is each convention's own
COP_EN = ("the twenty-first, twenty-fifth and twenty-seventh sessions of the Conference of the Parties to the United "
          "Nations Framework Convention on Climate Change,")
COP_ZH = "联合国气候变化框架公约缔约方会议第二十一届、二十五届和二十七届会议、关于世界毒品问题的大会第三十届特别会议"


@pytest.mark.parametrize(("text", "lang"), [(COP_EN, "en"), (COP_ZH, "zh")])
def test_sessions_of_the_conference_of_the_parties_to_a_convention(text, lang):
    ids = [e.entity.id for e in find_events(text, lang) if e.series is not None and "parties" in e.series.id]
    assert ids == [f"conference-of-the-parties-unfccc-{n}" for n in (21, 25, 27)]
    other = text.replace("twenty-fifth", "twenty-sixth").replace("二十五届", "二十六届")
    ids = [e.entity.id for e in find_events(other, lang) if e.series is not None and "parties" in e.series.id]
    assert ids == [f"conference-of-the-parties-unfccc-{n}" for n in (21, 26, 27)]


def test_a_capitalised_conference_with_its_edition_and_country():
    # A/RES/78/128: the State is the venue, not a city named "Antigua"
    text = ("and the upcoming fourth International Conference on Small Island Developing States, to be held in "
            "Antigua and Barbuda, including associate members of the regional commissions,")
    (ev,) = find_events(text, "en")
    assert (ev.edition, ev.place, ev.country) == ("4", None, "AG")
    (ev,) = find_events(text.replace("fourth", "fifth").replace("Antigua and Barbuda", "Samoa"), "en")
    assert (ev.edition, ev.country) == ("5", "WS")


def test_a_conference_in_a_year():
    # a non-gold resolution on road safety: "... at the first Global Ministerial Conference on Road Safety in 2009"
    text = "Noting the importance of the Moscow Declaration adopted at the first Global Ministerial Conference on Road Safety in 2009,"
    (ev,) = find_events(text, "en")
    assert (ev.edition, ev.start) == ("1", "2009")
    (ev,) = find_events(text.replace("first", "second").replace("2009", "2015"), "en")
    assert (ev.edition, ev.start) == ("2", "2015")


def test_high_level_meetings_on_several_topics_and_a_resolutions_date():
    # A/RES/78/262 op:15: one meeting per "on"; the date of the resolution that reflects a declaration is not the meeting's
    text = ("the political declaration of the third high-level meeting of the General Assembly on the prevention and "
            "control of non‑communicable diseases, as reflected in its resolution 73/2 of 10 October 2018, as well as the "
            "Abuja Declaration on Roll Back Malaria in Africa, and the political declarations of the high-level meetings "
            "on pandemic prevention, preparedness and response, on universal health coverage and on the fight against "
            "tuberculosis")
    events = find_events(text, "en")
    assert events[0].edition == "3" and events[0].start is None
    assert [e.entity.en for e in events[1:]] == [
        "high-level meeting on pandemic prevention, preparedness and response", "high-level meeting on universal health coverage",
        "high-level meeting on the fight against tuberculosis"]
    held = find_events(text.replace("as reflected in its resolution 73/2 of", "held on"), "en")
    assert held[0].start == "2018-10-10"
    two = find_events(text.replace(", on universal health coverage and on", " and on"), "en")
    assert [e.entity.en for e in two[1:]] == [
        "high-level meeting on pandemic prevention, preparedness and response", "high-level meeting on the fight against tuberculosis"]


def test_a_meeting_the_chinese_text_takes_part_in_is_no_name():
    # A/RES/78/319: 参加高级别会议 ("to take part in the high-level meeting") speaks of a meeting named before
    text = "邀请联合国系统，包括各基金、方案、专门机构和区域委员会，参加高级别会议并支持会议，包括支持会议筹备工作"
    assert find_events(text, "zh") == []
    (ev,) = find_events(text.replace("参加高级别会议", "参加抗微生物药物耐药性问题高级别会议"), "zh")
    assert ev.as_printed == "抗微生物药物耐药性问题高级别会议"


def test_the_date_of_a_resolution_is_not_the_chinese_meetings():
    # A/RES/78/188 pre:3: 2015年9月25日 is resolution 70/1's date, printed before the conference's name
    text = ("重申其题为“变革我们的世界：2030年可持续发展议程”的2015年9月25日第70/1号决议、《第三次发展筹资问题国际会议"
            "亚的斯亚贝巴行动议程》，还重申其他国际商定的发展目标和有关女童的承诺，")
    (ev,) = find_events(text, "zh")
    assert ev.entity.id == "ffd3" and ev.start is None
    (ev,) = find_events(text.replace("2015年9月25日第70/1号决议、《", "2015年7月13日至16日举行的").replace("》", ""), "zh")
    assert (ev.start, ev.end) == ("2015-07-13", "2015-07-16")


def test_the_parts_of_a_meeting_of_the_conference_of_the_parties():
    # A/RES/78/138 pre:9: two parts of one meeting, the second naming the Conference without its Convention
    text = ("Welcoming the first part of the fifteenth meeting of the Conference of the Parties to the Convention on "
            "Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the "
            "fifteenth meeting of the Conference of the Parties, held in Montreal, Canada, from 7 to 19 December 2022, "
            "and its outcomes,")
    assert [(e.entity.id, e.start, e.place, e.country) for e in find_events(text, "en")] == [
        ("conference-of-the-parties-cbd-15-part-1", "2021-10-11", "Kunming", "CN"),
        ("conference-of-the-parties-cbd-15-part-2", "2022-12-07", "Montreal", "CA")]
    other = text.replace("the second part of the fifteenth", "the first part of the sixteenth").replace("Montreal, Canada", "Cali, Colombia")
    assert [(e.entity.id, e.country) for e in find_events(other, "en")][1] == ("conference-of-the-parties-cbd-16-part-1", "CO")


def test_the_last_of_several_high_level_meetings_ends_before_and_the():
    # A/RES/78/269 pre:9: "... and on the fight against tuberculosis and the adoption of the three political declarations"
    text = ("Recalling the organization of the 2023 high-level meetings of the General Assembly on pandemic prevention, "
            "preparedness and response, on universal health coverage, and on the fight against tuberculosis and the "
            "adoption of the three political declarations,")
    assert find_events(text, "en")[-1].entity.en == "2023 high-level meeting of the General Assembly on the fight against tuberculosis"
    changed = text.replace("tuberculosis and the adoption", "tuberculosis, noting the adoption")
    assert find_events(changed, "en")[-1].entity.en == "2023 high-level meeting of the General Assembly on the fight against tuberculosis"


def test_a_chinese_high_level_interactive_dialogue_is_an_event():
    # A/RES/78/269 pre:7: 大会主席2021年召集的抗微生物药物耐药性问题高级别互动对话; 其他高级别互动对话 names none
    text = "又表示注意到大会主席2021年召集的抗微生物药物耐药性问题高级别互动对话以及《2021年抗微生物药物耐药性问题行动呼吁》，"
    assert [e.as_printed for e in find_events(text, "zh")] == ["抗微生物药物耐药性问题高级别互动对话"]
    assert find_events("包括部长级圆桌会议或其他高级别互动对话，", "zh") == []


def test_a_chinese_meeting_that_will_be_held_takes_the_date_and_place_after_its_name():
    # A/RES/78/35 op:9: ...缔约国第二次会议将于2023年11月27日至12月1日在纽约联合国总部举行 (as English prints them: after the name)
    text = "确认禁止核武器条约缔约国第二次会议将于2023年11月27日至12月1日在纽约联合国总部举行；"
    (ev,) = find_events(text, "zh")
    assert (ev.start, ev.end, ev.place, ev.country) == ("2023-11-27", "2023-12-01", "New York", "US")
    # a meeting named as the object of a request says nothing of a date that follows in another clause
    (ev,) = find_events("请秘书长向缔约国第二次会议提供协助，并于2023年11月27日提交报告；", "zh")
    assert (ev.start, ev.place) == (None, None)


@pytest.mark.parametrize(("text", "printed", "edition"), [
    # E/RES/2022/12 annex A op:1: the edition after the head and the United Nations
    ("تحيط علما بتقرير الأمين العام عن متابعة نتائج مؤتمر الأمم المتحدة الرابع عشر لمنع الجريمة والعدالة الجنائية والأعمال التحضيرية؛",
     "مؤتمر الأمم المتحدة الرابع عشر لمنع الجريمة والعدالة الجنائية", "14"),
    ("والأعمال التحضيرية لمؤتمر الأمم المتحدة الخامس عشر لمنع الجريمة والعدالة الجنائية؛",
     "مؤتمر الأمم المتحدة الخامس عشر لمنع الجريمة والعدالة الجنائية", "15"),
    # ... المعني ب ("on"), to the word that goes on with the sentence
    ("إلى مؤتمر الأمم المتحدة الثالث المعني بالبلدان النامية غير الساحلية هو", "مؤتمر الأمم المتحدة الثالث المعني بالبلدان النامية غير الساحلية", "3"),
    # a conference called by its edition alone (named before: tests/ingest/test_link.py)
    ("الذي اعتمده المؤتمر الرابع عشر لدى وضع التشريعات", "المؤتمر الرابع عشر", "14"),
])
def test_an_arabic_meeting_prints_its_edition_after_its_head(text, printed, edition):
    (ev,) = find_events(text, "ar")
    assert (ev.as_printed, ev.edition) == (printed, edition)


def test_an_arabic_meetings_edition_alone_is_no_name():
    assert find_events("وتقرر أن تنظر في المسألة في الاجتماع الثاني، ", "ar") == []


def test_the_date_of_a_decision_in_parts_is_no_meetings_date():
    # E/RES/2022/12 annex A pre:5: "decision 74/550 B of 12 August 2020, in which it ... the Fourteenth ... Congress"
    text = ("Recalling its decision 74/550 B of 12 August 2020, in which it decided to postpone the Fourteenth United Nations "
            "Congress on Crime Prevention and Criminal Justice,")
    (ev,) = find_events(text, "en")
    assert ev.start is None
    # ... the date of the meeting itself, printed right before its name, is its date
    (ev,) = find_events(text.replace("decision 74/550 B of 12 August 2020, in which it decided to postpone", "opening on 12 August 2020 of"), "en")
    assert ev.start == "2020-08-12"
