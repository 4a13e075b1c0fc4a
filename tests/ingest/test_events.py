"""Events from text: the IGF's meetings, meetings minted from the text, observances; AKN, text and PDF alike."""

from __future__ import annotations

import re

import pytest

from tests.conftest import CORPUS, LANG_FOLDERS, SEED, akn_file
from unkg.ingest import read
from unkg.ingest.events import find_events
from unkg.ingest.link import link

# the sentence of the issue, in Chinese and in English
ZH = "2021 年 12 月 6 日至 10 日在波兰卡托维兹举行了主题为“互联网团结”的互联网治理论坛第十六次会议"
EN = ("the sixteenth meeting of the Internet Governance Forum, held in Katowice, Poland, from 6 to 10 December "
      "2021, with the theme 'Internet United'")


def _linked(stem: str, year: str, lang: str, body: str = "ecosoc"):
    return link(read(akn_file(body, year, stem, lang))[0])


def _event(record, event_id, anchor=None):
    hits = [e for e in record.events if e.entity.id == event_id and (anchor is None or e.paragraph == anchor)]
    assert hits, f"{record.symbol} [{record.language}]: no event {event_id} in {[e.entity.id for e in record.events]}"
    return hits[0]


@pytest.mark.parametrize(("text", "lang", "theme"), [(ZH, "zh", "互联网团结"), (EN, "en", "Internet United")])
def test_the_sixteenth_igf_meeting_in_both_forms(text, lang, theme):
    (ev,) = find_events(text, lang, anchor="op:77")
    assert ev.entity.id == "igf-2021" and ev.entity.known
    assert (ev.start, ev.end, ev.place, ev.country, ev.edition) == ("2021-12-06", "2021-12-10", "Katowice", "PL", "16")
    assert ev.theme == theme
    assert ev.series.id == "igf" and ev.organizer.id == "secretary-general"
    assert ev.paragraph == "op:77"


# the same sentences saying something else: what comes back is what the sentence says, not the registry
ZH_OTHER = "2023 年 10 月 8 日至 12 日在日本京都举行了主题为“我们希望的互联网”的互联网治理论坛第十六次会议"
EN_OTHER = ("the sixteenth meeting of the Internet Governance Forum, held in Kyoto, Japan, from 8 to 12 October "
            "2023, with the theme 'The Internet We Want'")


@pytest.mark.parametrize(("text", "lang", "theme"), [(ZH_OTHER, "zh", "我们希望的互联网"), (EN_OTHER, "en", "The Internet We Want")])
def test_the_sentence_wins_over_the_registry(text, lang, theme):
    """The registry dates the sixteenth IGF meeting 6-10 December 2021 in Katowice, Poland; a
    sentence that says otherwise is read as it says."""
    (ev,) = find_events(text, lang, anchor="op:77")
    assert ev.entity.id == "igf-2021" and ev.edition == "16"
    assert (ev.start, ev.end, ev.theme, ev.country) == ("2023-10-08", "2023-10-12", theme, "JP")
    assert ev.place == "Kyoto"  # not the registry's Katowice beside Japan, in Chinese too (在日本京都举行)


@pytest.mark.parametrize(("text", "lang"), [(ZH.replace("第十六次", "第二十一次"), "zh"), (EN.replace("sixteenth", "twenty-first"), "en")])
def test_another_ordinal_is_another_meeting(text, lang):
    (ev,) = find_events(text, lang)
    assert (ev.entity.id, ev.edition, ev.start) == ("igf-21", "21", "2021-12-06")


@pytest.mark.parametrize(("lang", "theme"), [("en", "Internet united"), ("zh", "互联网团结")])
def test_igf_meetings_of_e_res_2022_15(lang, theme):
    record = _linked("E_RES_2022_15", "2022", lang)
    ev = _event(record, "igf-2021", "op:77")
    assert ev.theme == theme and (ev.start, ev.end) == ("2021-12-06", "2021-12-10")
    # op:78 "Looks forward to the holding of the seventeenth meeting ..." names no place: the
    # registry's Addis Ababa is not what the sentence says (DESIGN.md §7)
    assert _event(record, "igf-2022", "op:78").place is None


def test_themes_printed_for_later_meetings_in_e_res_2024_13():
    en, zh = (_linked("E_RES_2024_13", "2024", lang) for lang in ("en", "zh"))
    assert _event(en, "igf-2023", "op:92").theme == "The Internet we want – empowering all people"
    assert _event(zh, "igf-2023", "op:92").theme == "我们希望的互联网——人人赋权增能"
    assert _event(en, "igf-2024", "op:93").theme == "Building our multi-stakeholder digital future"
    assert _event(zh, "igf-2024", "op:93").place == "Riyadh"


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_a_meeting_no_registry_holds_is_minted_alike_in_six_languages(lang):
    """"the fifth session of the Intergovernmental Group of Experts on E-commerce and the Digital
    Economy, held in Geneva from 27 to 29 April 2022" is in no registry: minted from the text, with
    the same id in every language (la cinquième session du Groupe ..., пятой сессии ..., الدورة الخامسة ...)."""
    ev = _event(_linked("E_RES_2022_15", "2022", lang), "ige-ecommerce-5", "op:36")
    assert not ev.entity.known
    assert (ev.start, ev.end, ev.edition) == ("2022-04-27", "2022-04-29", "5")
    assert ev.series.id == "ige-ecommerce"
    assert ev.entity.en.startswith("fifth session of the Intergovernmental Group of Experts on E-commerce")


@pytest.mark.parametrize(("body", "where", "stem", "anchor", "event", "start"), [
    ("ecosoc", "2024", "E_RES_2024_13", "op:42", "ige-ecommerce-7", "2024-05-06"),  # and of UNCTAD eWeek, 4-8 December 2023
    ("ga", "79session", "A_RES_79_194", "op:17", "ige-ecommerce-8", "2025-05-12"),  # after a meeting of 11-12 December 2024
])
def test_a_minted_meeting_takes_its_own_dates_not_its_neighbours(body, where, stem, anchor, event, start):
    for lang in ("en", "zh", "fr", "ru", "es"):
        assert _event(_linked(stem, where, lang, body=body), event, anchor).start == start, lang


def test_an_ordinal_with_a_hyphen_is_not_the_first_meeting():
    (ev,) = find_events("Looks forward to the twenty-first meeting of the Internet Governance Forum, to be held "
                        "in Geneva, Switzerland, from 1 to 5 June 2026;", "en")
    assert ev.entity.id == "igf-21" and not ev.entity.known and ev.edition == "21"
    assert (ev.start, ev.place, ev.country) == ("2026-06-01", "Geneva", "CH")


def test_observances_get_their_day_in_six_languages():
    for lang in ("ar", "zh", "en", "fr", "ru", "es"):
        record = _linked("E_RES_2022_15", "2022", lang)
        assert _event(record, "world-telecommunication-and-information-society-day", "op:12").recurring == "--05-17"
        assert _event(record, "world-press-freedom-day", "op:11").recurring == "--05-03"


def test_a_series_named_as_such_is_no_event():
    record = _linked("E_RES_2022_15", "2022", "en")
    assert "wsis" not in {e.entity.id for e in record.events}
    assert "wsis" in {m.entity.id for m in record.mentions}


def test_text_and_pdf_records_get_the_same_events_as_akn():
    text = link(read(SEED)[0])
    assert _event(text, "igf-2021", "op:77").theme == "互联网团结"
    pdf = link(read(CORPUS / "digital" / "pdf" / "A_RES_79_194.pdf")[0])
    akn = _linked("A_RES_79_194", "79session", "en", body="ga")
    assert {(e.entity.id, e.paragraph) for e in pdf.events} == {(e.entity.id, e.paragraph) for e in akn.events}
    assert _event(pdf, "ige-ecommerce-8").start == "2025-05-12"


def test_linked_records_of_the_three_readers_keep_to_the_contract():
    """AKN, text and PDF records, linked, validate against the extraction-record contract with their
    events, statistics, addressees and typed citations filled."""
    import json

    import jsonschema

    schema = json.loads((CORPUS.parent / "contracts" / "extraction-record.schema.json").read_text(encoding="utf-8"))
    for path in (akn_file("ecosoc", "2022", "E_RES_2022_15", "en"), SEED, CORPUS / "digital" / "pdf" / "A_RES_79_194.pdf"):
        record = link(read(path)[0])
        assert record.events and record.statistics and record.addressees, path.name
        assert all(c.relation for c in record.citations if c.paragraph.startswith(("pre:", "op:"))), path.name
        jsonschema.validate(record.to_dict(), schema)


def test_minted_meetings_are_listed_as_unknowns():
    """What `unkg unknowns` prints: names and minted meetings no registry holds, most frequent first."""
    from unkg.ingest.link import unknowns

    records = [_linked(stem, year, "en") for year, stem in (("2022", "E_RES_2022_15"), ("2023", "E_RES_2023_3"))]
    counts = {entity.id: n for entity, n in unknowns(records)}
    assert counts["ige-ecommerce-5"] == 2  # minted from both resolutions' op. 36 and op. 40
    assert "igf-2021" not in counts and "secretary-general" not in counts
    ranked = list(counts.values())
    assert ranked == sorted(ranked, reverse=True)


# --- events no registry holds ---------------------------------------------------------------------

EN_UNKNOWN = ("Recalling the second International Conference on Combating Sand and Dust Storms, held in Tehran "
              "from 9 to 10 September 2023,")


def test_an_event_no_registry_holds_is_read_from_its_sentence():
    (ev,) = [e for e in find_events(EN_UNKNOWN, "en") if "Conference" in e.entity.en]
    assert not ev.entity.known and ev.entity.type == "event" and ev.edition == "2"
    assert (ev.start, ev.end, ev.place) == ("2023-09-09", "2023-09-10", "Tehran")
    assert ev.entity.id == "event-2023-09-09--2023-09-10"  # the same in every language that dates it


@pytest.mark.parametrize(("old", "new", "field", "value"), [
    ("second", "third", "edition", "3"),
    ("9 to 10 September 2023", "1 to 3 May 2027", "start", "2027-05-01"),
    ("Tehran", "Nairobi", "place", "Nairobi"),
])
def test_change_the_sentence_and_the_event_follows(old, new, field, value):
    (ev,) = [e for e in find_events(EN_UNKNOWN.replace(old, new), "en") if "Conference" in e.entity.en]
    assert getattr(ev, field) == value


def test_high_level_meetings_in_lower_case():
    text = ("Decides to convene a high-level meeting on antimicrobial resistance in 2024, and recalls the "
            "high-level meeting of the General Assembly on the rule of law at the national and international levels;")
    names = [e.as_printed for e in find_events(text, "en")]
    assert names == ["high-level meeting on antimicrobial resistance",
                     "high-level meeting of the General Assembly on the rule of law at the national and international levels"]
    assert find_events("Requests the President to report on the high-level meeting;", "en") == []  # a reference, not a name


def test_a_chinese_event_name_starts_after_its_verb():
    (ev,) = find_events("又决定在2024年召开抗微生物药物耐药性问题高级别会议；", "zh")
    assert ev.as_printed == "抗微生物药物耐药性问题高级别会议"


# --- the place is the sentence's, in every language (A/RES/78/158 op:17) --------------------------

UNEA5_EN = (
    "Recalls the convening of the fifth session of the United Nations Environment Assembly in Nairobi from 28 February "
    "to 2 March 2022, under the theme “Strengthening actions for nature to achieve the Sustainable Development Goals”, "
    "and also recalls its ministerial declaration;"
)
UNEA5_ZH = "回顾2022年2月28日至3月2日在内罗毕举行了以“加强自然保护行动以实现可持续发展目标”为主题的联合国环境大会第五届会议，又回顾会议的部长级宣言；"


@pytest.mark.parametrize(("text", "lang", "other"), [
    (UNEA5_EN, "en", UNEA5_EN.replace("Nairobi", "Geneva")),
    (UNEA5_ZH, "zh", UNEA5_ZH.replace("内罗毕", "日内瓦")),
])
def test_the_venue_comes_from_the_gazetteer_in_each_language(text, lang, other):
    (ev,) = find_events(text, lang)
    assert (ev.edition, ev.start, ev.end, ev.place, ev.country) == ("5", "2022-02-28", "2022-03-02", "Nairobi", "KE")
    (moved,) = find_events(other, lang)
    assert (moved.place, moved.country) == ("Geneva", "CH")
    (nowhere,) = find_events(text.replace("在内罗毕", "").replace(" in Nairobi", ""), lang)
    assert (nowhere.place, nowhere.country) == (None, None)


def test_a_city_in_an_instruments_name_is_no_venue():
    # E/RES/2023/35 pre:7: the Conference's clause names the Beijing Declaration, no venue; its fn:5
    # names the venue
    pre7 = (
        "Reaffirming also the Nairobi Forward-looking Strategies for the Advancement of Women, the Beijing Declaration and "
        "Platform for Action, the outcomes of the twenty-third special session of the General Assembly, entitled “Women 2000: "
        "gender equality, development and peace for the twenty-first century”, and the political declaration on the "
        "occasion of the twenty-fifth anniversary of the Fourth World Conference on Women adopted by the Commission on the "
        "Status of Women at its sixty-fourth session, and reaffirming its commitment to their full, effective and "
        "accelerated implementation,"
    )
    assert all(ev.place is None for ev in find_events(pre7, "en"))
    fn5 = "Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13)"
    (ev,) = [ev for ev in find_events(fn5, "en") if "Women" in ev.entity.en]
    assert (ev.place, ev.country, ev.start, ev.end) == ("Beijing", "CN", "1995-09-04", "1995-09-15")
    (ev,) = [ev for ev in find_events(fn5.replace("Beijing", "Nairobi"), "en") if "Women" in ev.entity.en]
    assert (ev.place, ev.country) == ("Nairobi", "KE")


# --- sessions named after their body, meetings Chinese says were held, two-day meetings -----------

ESCAP72 = ("Noting the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-second session, "
           "of resolution 72/7 of 19 May 2016 on regional cooperation to combat sand and dust storms in Asia and the Pacific,")  # A/RES/78/158 pre:12
SPECIAL24 = ("Reaffirming also the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit "
             "for Social Development and the further initiatives for social development adopted by the General Assembly at its "
             "twenty-fourth special session, and the World Programme of Action concerning Disabled Persons,")  # A/RES/78/171 pre:2


def test_a_session_named_after_its_body():
    (ev,) = find_events(ESCAP72, "en")
    assert (ev.entity.id, ev.edition, ev.series.id) == ("escap-72", "72", "escap")
    (ev,) = find_events(ESCAP72.replace("seventy-second", "seventy-third"), "en")
    assert ev.entity.id == "escap-73"
    specials = [ev for ev in find_events(SPECIAL24, "en") if ev.series is not None and ev.series.id == "general-assembly"]
    assert [(ev.entity.id, ev.entity.en) for ev in specials] == [("general-assembly-special-24", "twenty-fourth special session of the General Assembly")]
    # a regular session of a principal organ is no event (a reporting deadline, the Assembly's agenda)
    regular = SPECIAL24.replace("twenty-fourth special session", "seventy-ninth session")
    assert not [ev for ev in find_events(regular, "en") if ev.series is not None and ev.series.id == "general-assembly"]


# A/RES/78/158 pre:19, Chinese and English
TEHRAN_ZH = ("其中注意到2017年7月3日至5日在德黑兰举行的第一次防治沙尘暴问题国际会议，"
             "以及2023年9月9日和10日在德黑兰举行的第二次防治沙尘暴问题国际会议，并欢迎举行所有国家都积极参与的其他会议，")
TEHRAN_EN = ("in which it noted the first International Conference on Combating Sand and Dust Storms, held in Tehran from 3 to 5 "
             "July 2017, and the second International Conference on Combating Sand and Dust Storms, held in Tehran on 9 and 10 "
             "September 2023, welcoming the holding of other meetings")


@pytest.mark.parametrize(("text", "lang"), [(TEHRAN_ZH, "zh"), (TEHRAN_EN, "en")])
def test_meetings_held_in_tehran(text, lang):
    got = [(ev.edition, ev.start, ev.end, ev.place, ev.country) for ev in find_events(text, lang) if ev.edition]
    assert got == [("1", "2017-07-03", "2017-07-05", "Tehran", "IR"), ("2", "2023-09-09", "2023-09-10", "Tehran", "IR")]
    other = text.replace("德黑兰", "利雅得").replace("Tehran", "Riyadh").replace("9日和10日", "9日和11日").replace("9 and 10", "9 and 11")
    got = [(ev.start, ev.end, ev.place, ev.country) for ev in find_events(other, lang) if ev.edition == "2"]
    assert got == [("2023-09-09", "2023-09-11", "Riyadh", "SA")]


def test_no_venue_from_an_agreement_and_no_session_of_an_office():
    # A/RES/78/232 pre:1 (fr) names "l’Accord de Paris"; op:12 (en) "the President of the General
    # Assembly at its seventy-eighth session" is an office, not a body's session
    fr = ("qui sont fondées sur le Programme d’action pour le développement durable des petits États insulaires en "
          "développement, et la troisième Conférence internationale sur le financement du développement, "
          "ainsi que l’Accord de Paris adopté en vertu de la Convention-cadre")
    assert all(ev.place != "Paris" for ev in find_events(fr, "fr"))
    held = fr.replace("ainsi que l’Accord de Paris adopté en vertu de la Convention-cadre", "tenue à Paris")
    assert "Paris" in [ev.place for ev in find_events(held, "fr")]
    en = "Requests the President of the General Assembly at its seventy-eighth session to convene a high-level meeting"
    assert not [ev for ev in find_events(en, "en") if ev.entity.id.startswith("president-of-the-general-assembly")]


def test_a_session_is_held_by_a_body_not_by_the_instrument_it_endorsed():
    # A/RES/78/158 pre:13: the Commission's seventy-eighth session endorsed the plan of action
    text = ("noting the endorsement by the Economic and Social Commission for Asia and the Pacific at its seventy-eighth "
            "session of the Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific, which provides")
    assert [e.entity.en for e in find_events(text, "en")] == ["seventy-eighth session of the Economic and Social Commission for Asia and the Pacific"]


def test_its_session_further_on_is_the_session_of_the_body_named_before():
    # E/RES/2023/10 op:16 and A/RES/78/71 op:4
    text = ("and calls upon the Committee for Development Policy to continue to ensure a substantive exchange with Member "
            "States, including through a dedicated session during its twenty-sixth session in 2024")
    assert [e.entity.en for e in find_events(text, "en")] == ["twenty-sixth session of the Committee for Development Policy"]
    # the Assembly deciding on its own session: "its" is the author's
    author = text.replace("including through a dedicated session during", "and decides to consider the matter at")
    assert find_events(author, "en") == []
    # another body named between them: "its" may be that one's
    other = text.replace("with Member States", "with the Economic and Social Council")
    assert find_events(other, "en") == []


def test_its_session_in_chinese_is_the_session_of_the_body_named_before():
    # E/RES/2023/10 op:3 (Chinese); A/RES/78/116 op:17: the Assembly puts an item on its own agenda
    text = "请发展政策委员会在其第二十六届会议上研究经社理事会2024年届会的年度主题并提出建议；"
    assert [e.entity.en for e in find_events(text, "zh")] == ["twenty-sixth session of the Committee for Development Policy"]
    assert find_events(text.replace("第二十六届", "下一届"), "zh") == []
    author = "决定将题为“发展政策委员会的报告”的项目列入其第七十九届会议临时议程；"
    assert find_events(author, "zh") == []


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_a_global_conference_is_one_event_in_six_languages(lang):
    """E/RES/2021/19 pre:1: "the Fourth United Nations Conference on the Least Developed Countries,
    held in Istanbul, Turkey, from 9 to 13 May 2011" (quatrième Conférence des Nations Unies sur les
    pays les moins avancés, 第四次联合国最不发达国家问题会议 ...): the registry's conference, one IRI in
    every language, with the dates and the city the sentence prints (the registry holds none)."""
    event = _event(_linked("E_RES_2021_19", "2021", lang), "ldc-iv-2011", "pre:1")
    assert (event.start, event.end) == ("2011-05-09", "2011-05-13")


def test_a_registry_conference_takes_the_sentences_dates():
    text = ("Recalling the Programme of Action adopted by the Fourth United Nations Conference on the Least Developed "
            "Countries, held in Istanbul, Turkey, from 9 to 13 May 2011")
    (event,) = [e for e in find_events(text, "en") if e.entity.id == "ldc-iv-2011"]
    assert (event.start, event.place) == ("2011-05-09", "Istanbul")
    (event,) = [e for e in find_events(text.replace("Istanbul, Turkey, from 9 to 13 May 2011", "Doha, Qatar, from 5 to 9 March 2023"), "en")
                if e.entity.id == "ldc-iv-2011"]
    assert (event.start, event.place) == ("2023-03-05", "Doha")


@pytest.mark.parametrize(("text", "lang"), [
    ("Rappelant le Programme d’action d’Addis-Abeba issu de la troisième Conférence internationale sur le financement du "
     "développement, l’Accord de Paris", "fr"),
    ("回顾第三次发展筹资问题国际会议亚的斯亚贝巴行动议程、《巴黎协定》", "zh"),
    ("ссылаясь на Аддис-Абебскую программу действий третьей Международной конференции по финансированию развития", "ru"),
])
def test_the_conference_an_instrument_was_adopted_at_is_named_in_its_title(text, lang):
    """E/RES/2021/19 pre:3 (French), E/RES/2024/4 pre:2 (Chinese): the instrument's name is matched whole
    and names the conference it was adopted at: that conference is an event of the paragraph too."""
    assert [e.entity.id for e in find_events(text, lang)] == ["ffd3"]
    short = {"fr": "Programme d’action d’Addis-Abeba, l’Accord de Paris", "zh": "回顾亚的斯亚贝巴行动议程、《巴黎协定》",
             "ru": "ссылаясь на Аддис-Абебскую программу действий"}[lang]
    assert find_events(short, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    # E/RES/2024/4 pre:7 (zh, ar): the Programme of Action of the International Conference on Population
    # and Development names the conference in every language
    ("回顾《北京宣言》和《行动纲要》、《国际人口与发展会议行动纲领》及其审查会议的成果文件", "zh"),
    ("وإذ يشير إلى برنامج عمل المؤتمر الدولي للسكان والتنمية ونتائج مؤتمرات استعراضه", "ar"),
])
def test_the_population_conference_is_named_by_its_programme_of_action(text, lang):
    assert "icpd-1994" in [e.entity.id for e in find_events(text, lang)]
    other = text.replace("国际人口与发展会议行动纲领", "马德里老龄问题国际行动计划").replace(
        "برنامج عمل المؤتمر الدولي للسكان والتنمية", "خطة عمل مدريد الدولية للشيخوخة")
    assert "icpd-1994" not in [e.entity.id for e in find_events(other, lang)]


def test_the_country_of_a_meeting_is_its_citys_not_the_first_state_named():
    """A/RES/78/134 op:19: "the twelfth Ministerial Conference of the World Trade Organization, held in
    Geneva from 12 to 17 June 2022, under the presidency of the Government of Kazakhstan": held in
    Switzerland, whose city it names; with no city, the State the clause names is the country."""
    text = ("Welcomes the successful conclusion of the twelfth Ministerial Conference of the World Trade Organization, "
            "held in Geneva from 12 to 17 June 2022, under the presidency of the Government of Kazakhstan;")
    (ev,) = find_events(text, "en")
    assert (ev.place, ev.country) == ("Geneva", "CH")
    (ev,) = find_events(text.replace("held in Geneva from", "held in Kazakhstan from"), "en")
    assert (ev.place, ev.country) == (None, "KZ")


def test_its_session_after_the_bodys_own_short_name():
    """A/RES/78/158 op:15: "Commends the United Nations Environment Assembly ..., and in this regard notes
    Environment Assembly resolution 2/21 on sand and dust storms, adopted during its second session":
    the Assembly's own short name is no other author; the General Assembly's resolution would be."""
    text = ("Commends the United Nations Environment Assembly on its commitment to addressing sand and dust storms, and "
            "in this regard notes Environment Assembly resolution 2/21 on sand and dust storms, adopted during its second session")
    assert [(e.entity.id, e.edition) for e in find_events(text, "en")] == [("un-environment-assembly-2", "2")]
    assert find_events(text.replace("notes Environment Assembly resolution", "notes General Assembly resolution"), "en") == []


def test_a_city_in_a_chinese_title_is_no_venue():
    """A/RES/78/158 pre:15 (Chinese): Sendai in 《2015-2030年仙台减少灾害风险框架》 is no venue of the
    high-level meeting on the framework's midterm review; 在仙台举行的 would be."""
    text = "又回顾《2015-2030年仙台减少灾害风险框架》中期审查大会高级别会议的召开"
    assert all(e.place is None for e in find_events(text, "zh"))
    held = "回顾2015年3月在仙台举行的第三次联合国世界减少灾害风险大会"
    assert [(e.entity.id, e.place) for e in find_events(held, "zh")] == [("wcdrr-2015", "Sendai")]


def test_a_chinese_report_title_dates_and_places_its_conference():
    """A/RES/78/71 fn:1 (Chinese): 《联合国环境与发展会议的报告，1992年6月3日至14日，里约热内卢》: the
    report's title prints its conference's dates and city after the name, as the English "Report of
    the United Nations Conference on Environment and Development, Rio de Janeiro, 3-14 June 1992"."""
    text = "《联合国环境与发展会议的报告，1992年6月3日至14日，里约热内卢》，第一卷，《环发会议通过的决议》"
    (ev,) = find_events(text, "zh")
    assert (ev.entity.id, ev.start, ev.end, ev.place, ev.country) == ("unced-1992", "1992-06-03", "1992-06-14", "Rio de Janeiro", "BR")
    (ev,) = find_events(text.replace("1992年6月3日至14日，里约热内卢", "1993年6月14日至25日，维也纳"), "zh")
    assert (ev.start, ev.place, ev.country) == ("1993-06-14", "Vienna", "AT")
    (ev,) = find_events("联合国环境与发展会议，1992年6月3日至14日，里约热内卢", "zh")  # no title: the dates after are not its
    assert ev.start is None
    # E/RES/2024/4 fn:5 (zh): the title may print 报告 without 的
    ageing = "《第二次老龄问题世界大会报告，2002年4月8日至12日，马德里》(联合国出版物，出售品编号：C.02.IV.4)"
    (ev,) = find_events(ageing, "zh")
    assert (ev.entity.id, ev.start, ev.end, ev.place) == ("second-world-assembly-on-ageing-2002", "2002-04-08", "2002-04-12", "Madrid")
    assert find_events(ageing.replace("报告，", "文件，"), "zh")[0].start is None
    # A/RES/78/148 fn:14 (zh): a conference held in two parts: the first city, as the English reads it, and its country
    ldc = "《第五次联合国最不发达国家问题会议报告，2022年3月17日纽约和2023年3月5日至9日多哈》(A/CONF.219/2023/3)"
    assert (find_events(ldc, "zh")[0].place, find_events(ldc, "zh")[0].country) == ("New York", "US")
    assert find_events(ldc.replace("2022年3月17日纽约和", ""), "zh")[0].place == "Doha"


@pytest.mark.parametrize(("text", "name", "start"), [
    # E/RES/2023/10 pre:3
    ("by which the Assembly adopted the political declaration of the high-level meeting to review progress made in addressing "
     "the priorities of small island developing States through the implementation of the Samoa Pathway,",
     "high-level meeting to review progress made in addressing the priorities of small island developing States through the "
     "implementation of the Samoa Pathway", None),
    # A/RES/78/269 pre:1
    ("in which it decided to hold a high-level meeting in 2024 on antimicrobial resistance and requested the President of the "
     "General Assembly to appoint two co-facilitators to present options and modalities for the conduct of such a meeting, including",
     "high-level meeting in 2024 on antimicrobial resistance", "2024"),
])
def test_a_lower_case_meeting_named_by_what_it_reviews_or_its_year(text, name, start):
    (ev,) = find_events(text, "en")
    assert (ev.as_printed, ev.start) == (name, start)
    assert find_events(text.replace("high-level meeting", "high-level report"), "en") == []


def test_each_its_session_of_one_body_in_a_clause():
    """A/RES/78/158 op:15: "... notes Environment Assembly resolution 2/21 ..., adopted during its second
    session, and resolution 4/10 ..., adopted during its fourth session": both sessions are the
    Assembly's; another author between them ends the run."""
    text = ("Commends the United Nations Environment Assembly on its commitment to addressing sand and dust storms, and in "
            "this regard notes Environment Assembly resolution 2/21 on sand and dust storms, adopted during its second "
            "session, and resolution 4/10 on innovation on biodiversity and land degradation, adopted during its fourth session;")
    assert [e.edition for e in find_events(text, "en")] == ["2", "4"]
    other = text.replace("and resolution 4/10", "and General Assembly resolution 74/10")
    assert [e.edition for e in find_events(other, "en")] == ["2"]


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_a_special_session_of_the_assembly_is_one_event_in_six_languages(lang):
    """E/RES/2022/5 op:2: "the outcomes of the twenty-third special session of the General Assembly"
    (vingt-troisième session extraordinaire, vigésimo tercer período extraordinario de sesiones,
    двадцать третьей специальной сессии, الدورة الاستثنائية الثالثة والعشرين, 大会第二十三届特别会议):
    the Assembly's special session, numbered apart from its regular ones, one IRI in every language."""
    event = _event(_linked("E_RES_2022_5", "2022", lang), "general-assembly-special-23", "op:2")
    assert event.edition == "23"


@pytest.mark.parametrize(("lang", "text", "number", "other"), [
    ("es", "el examen que la Comisión de Desarrollo Social tiene previsto efectuar en 2025, durante su 63º período de sesiones;",
     "63º", "64º"),
    ("es", "el examen que la Comisión de Desarrollo Social tiene previsto efectuar durante su sexagésimo tercer período de sesiones;",
     "sexagésimo tercer", "sexagésimo cuarto"),
    ("fr", "invite la Commission du développement social à examiner la question à sa soixante-troisième session ;",
     "soixante-troisième", "soixante-quatrième"),
])
def test_its_session_in_spanish_and_french_is_the_session_of_the_body_named_before(lang, text, number, other):
    # E/RES/2022/5 op:2 (Spanish: "durante su 69º período de sesiones"), with another Commission
    assert [e.entity.id for e in find_events(text, lang)] == ["commission-for-social-development-63"]
    assert [e.entity.id for e in find_events(text.replace(number, other), lang)] == ["commission-for-social-development-64"]
    # the author's own session: "le presente en su ..." / "de lui faire rapport à sa ..."
    author = {"es": "pide a la Comisión de Desarrollo Social que le presente un informe en su 63º período de sesiones;",
              "fr": "prie la Commission du développement social de lui faire rapport à sa soixante-troisième session ;"}[lang]
    assert find_events(author, lang) == []


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_the_month_a_conference_was_held_in_six_languages(lang):
    """E/RES/2022/5 pre:1: "the Fourth World Conference on Women, held in Beijing in September 1995"
    (tenue à Beijing en septembre 1995, 1995年9月在北京举行的 ...): no day is printed, so the month is
    the start (xsd:gYearMonth); the registry holds no date."""
    assert _event(_linked("E_RES_2022_5", "2022", lang), "fwcw-1995", "pre:1").start == "1995-09"


def test_the_month_is_the_sentences():
    text = "Recognizing the significance of the Fourth World Conference on Women, held in Beijing in September 1995,"
    (ev,) = find_events(text, "en")
    assert (ev.start, ev.place) == ("1995-09", "Beijing")
    (ev,) = find_events(text.replace("September 1995", "March 1996"), "en")
    assert ev.start == "1996-03"
    # a month further on, after another name, is not the conference's
    assert find_events(text.replace("in September", "by the Commission on the Status of Women in September"), "en")[0].start is None


BARE = ("Welcoming the convening of the fifteenth session of the Conference of the Parties to the United Nations "
        "Convention to Combat Desertification, held in Abidjan, Côte d’Ivoire, from 9 to 20 May 2022, and welcoming "
        "the offers made by the Government of Saudi Arabia and the Government of Mongolia to host the sixteenth and "
        "seventeenth sessions, in 2024 and 2026, respectively,")


@pytest.mark.parametrize(("text", "lang"), [
    (BARE, "en"),
    ("欢迎2022年5月9日至20日在科特迪瓦阿比让举行联合国防治荒漠化公约缔约方会议第十五届会议，"
     "欢迎沙特阿拉伯政府和蒙古政府提出分别在2024年和2026年主办第十六届和十七届会议，", "zh"),
])
def test_editions_named_without_their_series_are_the_series_named_before(text, lang):
    # A/RES/78/158 pre:9: "to host the sixteenth and seventeenth sessions, in 2024 and 2026, respectively"
    got = {e.entity.id: e.start for e in find_events(text, lang)}
    assert got == {"conference-of-the-parties-unccd-15": "2022-05-09", "conference-of-the-parties-unccd-16": "2024",
                   "conference-of-the-parties-unccd-17": "2026"}
    other = text.replace("sixteenth and seventeenth", "sixteenth and eighteenth").replace("第十六届和十七届", "第十六届和十八届")
    assert "conference-of-the-parties-unccd-18" in {e.entity.id for e in find_events(other, lang)}


def test_a_conference_of_the_parties_is_called_by_its_conventions_short_name():
    """A/RES/78/158 pre:9: the Conference of the Parties to the United Nations Convention to Combat
    Desertification is called so, not after the Convention's full title (in Those Countries ...); an
    instrument no registry holds lends its name as printed."""
    (ev, *_) = find_events(BARE, "en")
    assert ev.series.en == "Conference of the Parties to the United Nations Convention to Combat Desertification"
    assert ev.entity.en == "fifteenth session of the " + ev.series.en
    other = BARE.replace("United Nations Convention to Combat Desertification", "Minamata Convention on Mercury")
    assert find_events(other, "en")[0].series.en == "Conference of the Parties to the Minamata Convention on Mercury"


def test_editions_after_another_body_are_not_the_first_series():
    # another body between the meeting and the bare list: the sessions may be that body's
    text = BARE.replace("the Government of Saudi Arabia", "the Committee on World Food Security")
    assert [e.entity.id for e in find_events(text, "en")] == ["conference-of-the-parties-unccd-15"]
    # a list with its own series after it ("sessions of the Commission") is not bare
    assert "conference-of-the-parties-unccd-16" not in {
        e.entity.id for e in find_events(BARE.replace("sessions, in 2024", "sessions of the Commission for Social Development, in 2024"), "en")}


@pytest.mark.parametrize("lang", ["en", "zh", "fr", "es"])
def test_the_unaids_board_meeting_in_four_languages(lang):
    """E/RES/2023/30 op:23: "the Programme Coordinating Board at its fifty-third meeting in December
    2023" (方案协调委员会2023年12月第五十三次会议: the date between the name and the ordinal; à sa
    cinquante-troisième réunion; en su 53ª reunión): UNAIDS' board's meeting, one IRI."""
    assert _event(_linked("E_RES_2023_30", "2023", lang), "unaids-pcb-53", "op:23").edition == "53"


def test_a_date_between_a_chinese_name_and_its_ordinal():
    text = "请秘书长在与方案协调委员会2023年12月第五十三次会议协商后提交报告；"
    assert [e.entity.id for e in find_events(text, "zh")] == ["unaids-pcb-53"]
    assert [e.entity.id for e in find_events(text.replace("第五十三次", "第五十四次"), "zh")] == ["unaids-pcb-54"]


def test_a_chinese_meeting_decided_by_a_resolution_takes_its_own_year():
    # A/RES/78/269 pre:1: the resolution's date (2022年3月29日, before its title) is not the meeting's,
    # and 一次 ("one") is no part of its name
    text = ("回顾其2022年3月29日题为“将大流行病预防、防范和应对提升至最高政治领导级别”的第76/257号决议，"
            "其中大会决定在2024年举行一次抗微生物药物耐药性问题高级别会议，")
    (ev,) = find_events(text, "zh")
    assert (ev.entity.label, ev.start) == ("抗微生物药物耐药性问题高级别会议", "2024")
    (ev,) = find_events(text.replace("在2024年", "在2026年"), "zh")
    assert ev.start == "2026"


@pytest.mark.parametrize(("text", "lang"), [
    ("Rappelant les résolutions adoptées par l’Assemblée générale à sa dixième session extraordinaire, notamment", "fr"),
    ("Recordando las resoluciones aprobadas por la Asamblea General en su décimo período extraordinario de sesiones, en particular", "es"),
])
def test_an_emergency_special_session_is_not_the_special_session_of_that_number(text, lang):
    # E/RES/2023/34 pre:4: "à sa dixième session extraordinaire d'urgence" (ES-10) is not the tenth special session
    assert [e.entity.id for e in find_events(text, lang)] == ["general-assembly-special-10"]
    emergency = text.replace("extraordinaire,", "extraordinaire d’urgence,").replace("de sesiones,", "de sesiones de emergencia,")
    assert find_events(emergency, lang) == []


@pytest.mark.parametrize("language,text", [
    ("en", "Decides that the Second World Summit for Social Development will be held in Qatar from 4 to 6 November 2025;"),
    ("fr", "Décide que le Deuxième Sommet mondial pour le développement social se tiendra au Qatar du 4 au 6 novembre 2025 ;"),
    ("es", "Decide que la Segunda Cumbre Mundial sobre Desarrollo Social se celebrará en Qatar del 4 al 6 de noviembre de 2025;"),
    ("ru", "постановляет, что Вторая Всемирная встреча на высшем уровне в интересах социального развития будет проведена в Катаре 4–6 ноября 2025 года;"),
    ("zh", "决定于2025年11月4日至6日在卡塔尔举行第二次社会发展问题世界首脑会议；"),
])
def test_an_ordinal_before_a_registered_meeting_is_another_meeting_of_its_kind(language, text):
    """A/RES/78/318 op 1: the second World Summit for Social Development (Doha, 2025) is not the
    registry's first (Copenhagen, 1995), and takes one IRI in every language; without the ordinal,
    the sentence names the first."""
    (ev,) = [e for e in find_events(text, language) if "wssd" in e.entity.id]
    assert (ev.entity.id, ev.edition, ev.start, ev.entity.en) == ("wssd-2", "2", "2025-11-04", "Second World Summit for Social Development")
    plain = re.sub(r"(?i)\b(?:Second|Deuxième|Segunda|Вторая) |第二次", "", text)
    assert [e.entity.id for e in find_events(plain, language) if "wssd" in e.entity.id] == ["wssd-1995"]


@pytest.mark.parametrize("language,text,session", [
    # E/RES/2023/28 op 1, E/RES/2023/35 pre 7
    ("ru", "принимает к сведению доклад Комитета экспертов по государственному управлению о работе его двадцать второй сессии;", "cepa-22"),
    ("ru", "политическую декларацию, принятую Комиссией по положению женщин на ее шестьдесят четвертой сессии;", "csw-64"),
    ("ar", "يحيط علما بتقرير لجنة الخبراء المعنية بالإدارة العامة عن دورتها الثانية والعشرين، ويعرب عن تقديره؛", "cepa-22"),
    ("ar", "الإعلان السياسي الذي اعتمدته لجنة وضع المرأة في دورتها الرابعة والستين؛", "csw-64"),
])
def test_its_session_in_russian_and_arabic(language, text, session):
    """"its twenty-second session" after the body that holds it, in Russian (его/ее ... сессии) and
    Arabic (دورتها ...): the body's session, as English, French and Spanish read it; another ordinal
    is another session."""
    assert session in {e.entity.id for e in find_events(text, language)}
    other = text.replace("двадцать второй", "двадцать третьей").replace("шестьдесят четвертой", "шестьдесят пятой")
    other = other.replace("الثانية والعشرين", "الثالثة والعشرين").replace("الرابعة والستين", "الخامسة والستين")
    bumped = session.rsplit("-", 1)[0] + "-" + str(int(session.rsplit("-", 1)[1]) + 1)
    assert bumped in {e.entity.id for e in find_events(other, language)}


# --- what an event adopted: its outcome named by the event's name ---------------------------------

_AMR = ("Reaffirming its commitment to the political declaration of the high-level meeting of the General "
        "Assembly on antimicrobial resistance in 2016, in which it reiterated that")  # A/RES/78/269 pre 2
_SENDAI = ("Recalling the Sendai Declaration, adopted at the Third United Nations World Conference on Disaster Risk "
           "Reduction, recalling also the convening of the high-level meeting of the General Assembly on the midterm "
           "review of the Sendai Framework for Disaster Risk Reduction 2015–2030, and its political declaration,")  # A/RES/78/158 pre 15
_RIO = ("Recalling the outcome document of the United Nations Conference on Sustainable Development, entitled "
        "“The future we want”,")  # A/RES/78/158 pre 11
_UNEA_ZH = "回顾2022年2月28日至3月2日在内罗毕举行了联合国环境大会第五届会议，又回顾会议的部长级宣言；"  # A/RES/78/158 op 17


def _outcomes(text: str, lang: str) -> list[str]:
    from unkg.ingest.events import outcomes
    from unkg.ingest.names import find

    found = find(text, lang)
    return [f.entity.label for f in outcomes(text, lang, find_events(text, lang, found=found), found)]


@pytest.mark.parametrize(("text", "lang", "names"), [
    (_AMR, "en", ["political declaration of the high-level meeting of the General Assembly on antimicrobial resistance"]),
    # the sentence's own words changed: a report of the meeting is no instrument
    (_AMR.replace("political declaration", "report"), "en", []),
    # "its political declaration" is the meeting's named last before it, not the World Conference's
    (_SENDAI, "en", ["political declaration of the high-level meeting of the General Assembly on the midterm review of "
                     "the Sendai Framework for Disaster Risk Reduction 2015–2030"]),
    (_SENDAI.replace("and its political declaration", "and its theme"), "en", []),
    # a document's title names it
    (_RIO, "en", ["The future we want"]),
    (_UNEA_ZH, "zh", ["联合国环境大会第五届会议的部长级宣言"]),
    (_UNEA_ZH.replace("部长级宣言", "成就"), "zh", []),
])
def test_an_outcome_named_by_its_event(text, lang, names):
    assert _outcomes(text, lang) == names


def test_a_lower_case_meeting_runs_through_the_period_of_the_framework_it_names():
    """"... Disaster Risk Reduction 2015–2030," is not cut at "Reducti" by the "on 2015" after it."""
    (ev,) = [e for e in find_events(_SENDAI, "en") if "midterm" in e.entity.label]
    assert ev.as_printed.endswith("Sendai Framework for Disaster Risk Reduction 2015–2030")


def test_outcomes_in_a_resolution_and_its_chinese_version():
    """A/RES/78/269 pre 2: the English names the political declaration of the 2016 meeting; the Chinese
    prints it as a title between 《》 that holds the General Assembly's name (大会...政治宣言), and both
    versions name it under one id once aligned."""
    from unkg.ingest.align import align

    en, zh = (link(read(akn_file("ga", "78session", "A_RES_78_269", lang))[0]) for lang in ("en", "zh"))
    align([en, zh])
    name = "political declaration of the high-level meeting of the General Assembly on antimicrobial resistance"
    (mine,) = [m.entity for m in en.mentions if m.paragraph == "pre:2" and m.entity.label == name]
    assert mine.type == "instrument" and not mine.known
    (theirs,) = [m.entity for m in zh.mentions if m.paragraph == "pre:2" and m.entity.type == "instrument" and not m.entity.known]
    assert theirs.id == mine.id and theirs.label == "大会抗微生物药物耐药性问题高级别会议的政治宣言"
    # the General Assembly named inside the title stays a mention of its own
    assert any(m.entity.id == "general-assembly" and m.paragraph == "pre:2" for m in zh.mentions)


@pytest.mark.parametrize(("text", "lang"), [
    ("注意到环境大会第二届会议期间通过的关于沙尘暴的第2/21号决议", "zh"),  # A/RES/78/158 op 15
    ("notes Environment Assembly resolution 2/21, adopted at the second session of the Environment Assembly", "en"),
])
def test_the_environment_assembly_by_its_short_name(text, lang):
    """The UN's texts name the United Nations Environment Assembly "the Environment Assembly" (环境大会)
    once named: its second session is still its second session."""
    assert [e.entity.id for e in find_events(text, lang)] == ["un-environment-assembly-2"]
    changed = text.replace("环境大会", "卫生大会").replace("Environment Assembly", "Health Assembly")
    assert "un-environment-assembly-2" not in [e.entity.id for e in find_events(changed, lang)]


_YEARLY_EN = ("Taking note further of the contributions by the Ministerial Conferences on Antimicrobial Resistance in 2014 "
              "and 2019 in the Netherlands, the Third Global High-level Ministerial Conference")  # A/RES/78/269 pre 8
_YEARLY_ZH = "还表示注意到2014年和2019年在荷兰举行的抗微生物药物耐药性问题部长级会议、2022年在阿曼举行的第三届全球"


@pytest.mark.parametrize(("text", "lang"), [(_YEARLY_EN, "en"), (_YEARLY_ZH, "zh")])
def test_a_plural_name_with_the_years_of_its_meetings(text, lang):
    """"the Ministerial Conferences on Antimicrobial Resistance in 2014 and 2019 in the Netherlands": two
    meetings, one a year, both in the Netherlands; 2014年和2019年在荷兰举行的...部长级会议 alike."""
    evs = [e for e in find_events(text, lang) if e.start in ("2014", "2019", "2015")]
    assert [(e.start, e.country) for e in evs] == [("2014", "NL"), ("2019", "NL")]
    assert len({e.entity.id for e in evs}) == 2
    changed = text.replace("2019", "2015")
    assert [e.start for e in find_events(changed, lang) if e.start in ("2014", "2019", "2015")] == ["2014", "2015"]


_FR_LIST = ("Rappelant le Programme d’action d’Addis-Abeba issu de la troisième Conférence internationale sur le financement "
            "du développement, l’Accord de Paris, le Cadre de Sendai pour la réduction des risques de catastrophe (2015-2030) "
            "et le Nouveau Programme pour les villes adopté à Quito par la Conférence des Nations Unies sur le logement et le "
            "développement urbain durable (Habitat III),")  # E/RES/2021/19 pre 3


def test_a_place_printed_in_a_later_item_of_the_list_is_not_the_meetings():
    (ffd,) = [e for e in find_events(_FR_LIST, "fr") if e.entity.id == "ffd3"]
    assert ffd.place is None
    held = _FR_LIST.replace("du développement, l’Accord de Paris", "du développement, tenue à Addis-Abeba, l’Accord de Paris")
    (ffd,) = [e for e in find_events(held, "fr") if e.entity.id == "ffd3"]
    assert ffd.place == "Addis Ababa" or ffd.place == "Addis-Abeba"


@pytest.mark.parametrize(("text", "lang"), [
    # E/RES/2022/12 annex op 1: two editions of one congress in one paragraph, the ordinal outside the name
    ("the follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and "
     "preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice", "en"),
    ("деятельность по итогам четырнадцатого Конгресса Организации Объединенных Наций по предупреждению преступности и "
     "уголовному правосудию, подготовка к пятнадцатому Конгрессу Организации Объединенных Наций по предупреждению "
     "преступности и уголовному правосудию;", "ru"),
    ("las conclusiones del 14º Congreso de las Naciones Unidas sobre Prevención del Delito y Justicia Penal y los "
     "preparativos del 15º Congreso de las Naciones Unidas sobre Prevención del Delito y Justicia Penal", "es"),
])
def test_two_editions_of_one_unregistered_meeting(text, lang):
    """Each edition is a meeting of its own (their ids were one, and the second was dropped), in words
    or digits (14º), with the name whole ("... del Delito y Justicia Penal")."""
    evs = find_events(text, lang)
    assert [e.edition for e in evs] == ["14", "15"]
    assert len({e.entity.id for e in evs}) == 2
    changed = text.replace("Fifteenth", "Sixteenth").replace("пятнадцатому", "шестнадцатому").replace("15º", "16º")
    assert [e.edition for e in find_events(changed, lang)] == ["14", "16"]


@pytest.mark.parametrize("lang", ["ru", "ar", "es", "fr", "zh", "en"])
def test_a_forums_meeting_named_by_its_year_in_six_languages(lang):
    """E/RES/2022/15 op 61: the WSIS Forum 2021 as each language names it, by the forum and the year
    ("Форума ... 2021 года", "لعام 2021", "de 2021", "l'édition 2021 du Forum", 2021年...论坛)."""
    rec = link(read(akn_file("ecosoc", "2022", "E_RES_2022_15", lang))[0])
    assert "wsis-forum-2021" in {e.entity.id for e in rec.events if e.paragraph == "op:61"}


def test_a_forums_meeting_of_a_year_the_registry_has_none_of_is_not_another_years():
    text = "отмечает проведение Форума Всемирной встречи на высшем уровне по вопросам информационного общества 2031 года"
    assert not any(e.entity.id.startswith("wsis-forum-") for e in find_events(text, "ru"))
    assert "wsis-forum-2021" in {e.entity.id for e in find_events(text.replace("2031", "2021"), "ru")}


@pytest.mark.parametrize(("text", "lang"), [
    # E/RES/2022/15 op 91: the Commission's annual session, as the six languages print it
    ("представить Комиссии на ее двадцать шестой ежегодной сессии проект", "ru"),
    ("أن يقدم إلى اللجنة في دورتها السنوية السادسة والعشرين مشروع", "ar"),
    ("presente a la Comisión en su 26º período anual de sesiones un proyecto", "es"),
    ("to submit to the Commission at its twenty-sixth annual session a draft", "en"),
])
def test_an_annual_session_is_a_session_and_a_deadline(text, lang):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    assert find_deadline(text, lang, find(text, lang), None)[0].session == "26"
    changed = text.replace("двадцать шестой", "двадцать седьмой").replace("السادسة والعشرين", "السابعة والعشرين")
    changed = changed.replace("26º", "27º").replace("twenty-sixth", "twenty-seventh")
    assert find_deadline(changed, lang, find(changed, lang), None)[0].session == "27"


@pytest.mark.parametrize("lang", ["ru", "ar", "es"])
def test_the_commissions_annual_session_in_e_res_2022_15(lang):
    rec = link(read(akn_file("ecosoc", "2022", "E_RES_2022_15", lang))[0])
    assert "cstd-26" in {e.entity.id for e in rec.events if e.paragraph == "op:91"}


@pytest.mark.parametrize(("text", "names"), [
    # A/RES/78/112 op:1: the declaration "adopted at that meeting" is the meeting's named before it
    ("Recalls the high-level meeting of the General Assembly on the rule of law at the national and international "
     "levels, held during the high-level segment of its sixty-seventh session, and the declaration adopted at that meeting,",
     ["declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels"]),
    ("Recalls the high-level meeting of the General Assembly on the rule of law at the national and international "
     "levels, held during the high-level segment of its sixty-seventh session, and the report submitted at that meeting,", []),
    # A/RES/78/318 pre:2: a special session's outcome, printed in lower case with its subject: its
    # title (A/RES/S-24/2, annex), not what adopted it
    ("Reaffirming the further initiatives for social development adopted by the General Assembly at its twenty-fourth "
     "special session,", ["further initiatives for social development"]),
    ("Reaffirming the further initiatives for the eradication of poverty adopted by the General Assembly at its "
     "twenty-fourth special session,", ["further initiatives for the eradication of poverty"]),
    # without a subject, the initiatives are named by the session that adopted them
    ("Reaffirming the further initiatives adopted by the General Assembly at its twenty-fourth special session,",
     ["further initiatives adopted by the General Assembly at its twenty-fourth special session"]),
    ("Reaffirming the further measures for social development adopted by the General Assembly at its twenty-fourth "
     "special session,", []),
])
def test_an_outcome_adopted_at_a_meeting_named_before_or_printed_in_lower_case(text, names):
    assert _outcomes(text, "en") == names


@pytest.mark.parametrize(("text", "lang"), [
    # E/RES/2022/5 op:1, in four languages: "its" opens the clause, the body follows
    ("Decides that at its sixty-ninth session, in 2025, the Commission on the Status of Women will undertake a review", "en"),
    ("Decide que, en su 69º período de sesiones, en 2025, la Comisión de la Condición Jurídica y Social de la Mujer "
     "realizará un examen", "es"),
    ("Décide qu’à sa soixante-neuvième session, en 2025, la Commission de la condition de la femme entreprendra un examen", "fr"),
    ("постановляет, что на своей шестьдесят девятой сессии в 2025 году Комиссия по положению женщин проведет обзор", "ru"),
    ("决定，妇女地位委员会将在2025年第六十九届会议上审查和评价", "zh"),
])
def test_a_session_named_before_its_body_and_the_year_it_will_be_held(text, lang):
    """The session is the sixty-ninth of the body named after "its" (or of the one before 将在, in
    Chinese), in the year the sentence gives; another year gives another start."""
    (ev,) = [e for e in find_events(text, lang) if e.entity.id.startswith("csw")]
    assert (ev.entity.id, ev.start) == ("csw-69", "2025")
    (ev,) = [e for e in find_events(text.replace("2025", "2026"), lang) if e.entity.id.startswith("csw")]
    assert ev.start == "2026"


def test_an_office_at_a_session_is_no_session_of_the_office():
    """A/RES/78 (Chinese): 请秘书长在第七十九届会议上提交报告 asks the Secretary-General to report at the
    Assembly's seventy-ninth session: no "seventy-ninth session" of the Secretary-General."""
    assert find_events("请秘书长在第七十九届会议上提交报告", "zh") == []
    assert [e.edition for e in find_events("请科学和技术促进发展委员会在第二十八届会议上审议", "zh")] == ["28"]


def test_a_city_that_names_a_declaration_is_no_venue():
    """A/RES/78/290 pre:8 (French): "la Déclaration de Brasilia adoptée lors de la deuxième Conférence
    ..." does not hold the first conference, named before it, in Brasilia."""
    text = ("Reconnaissant l’importance de la Déclaration de Moscou adoptée lors de la première Conférence ministérielle "
            "mondiale sur la sécurité routière en 2009, de la Déclaration de Brasilia adoptée lors de la deuxième "
            "Conférence mondiale de haut niveau sur la sécurité routière en 2015,")
    assert [(e.place, e.start) for e in find_events(text, "fr")] == [(None, "2009"), (None, "2015")]
    held = text.replace("en 2009, de la Déclaration de Brasilia", "tenue à Brasilia en 2009, de la Déclaration de Lima")
    assert find_events(held, "fr")[0].place == "Brasilia"


def test_a_chinese_meeting_and_its_political_declaration():
    """A/RES/78/158 pre:15 (zh): ...中期审查大会高级别会议的召开及其《政治宣言》: "its" political declaration
    is the meeting's, named last before it; its theme (及其主题) is no outcome."""
    text = "又回顾《2015-2030年仙台减少灾害风险框架》中期审查大会高级别会议的召开及其《政治宣言》，"
    (name,) = _outcomes(text, "zh")
    assert name.endswith("高级别会议的政治宣言")
    assert _outcomes(text.replace("《政治宣言》", "主题"), "zh") == []


@pytest.mark.parametrize(("name", "expected"), [
    # 和 joins the topics of one name, or two names when an event's name stands before it
    ("回顾艾滋病毒和艾滋病问题大会高级别会议", "艾滋病毒和艾滋病问题大会高级别会议"),
    ("社会发展问题世界首脑会议和大会第二十四届特别会议", "大会第二十四届特别会议"),
    ("结核病和疟疾问题特别首脑会议", "结核病和疟疾问题特别首脑会议"),
    ("第67/1号决议及其第十届紧急特别会议", "第十届紧急特别会议"),
])
def test_a_chinese_events_name_without_the_words_before_it(name, expected):
    from unkg.ingest.names import zh_event_name

    assert zh_event_name(name) == expected


@pytest.mark.parametrize(("text", "lang"), [
    # A/RES/78/318 pre:1: the session's title names the World Summit; what follows it is said of the session
    ("Recalling the World Summit for Social Development, held in Copenhagen from 6 to 12 March 1995, and the twenty-fourth "
     "special session of the General Assembly, entitled “World Summit for Social Development and beyond: achieving social "
     "development for all in a globalizing world”, held in Geneva from 26 June to 1 July 2000,", "en"),
    ("回顾1995年3月6日至12日在哥本哈根举行的社会发展问题世界首脑会议和2000年6月26日至7月1日在日内瓦举行的题为“社会发展问题"
     "世界首脑会议及其后的发展：在全球化世界实现惠及所有人的社会发展”的大会第二十四届特别会议，", "zh"),
])
def test_what_follows_a_meetings_title_is_said_of_the_meeting(text, lang):
    by_id = {e.entity.id: e for e in find_events(text, lang)}
    session = by_id["general-assembly-special-24"]
    assert (session.start, session.end, session.place) == ("2000-06-26", "2000-07-01", "Geneva")
    assert by_id["wssd-1995"].start == "1995-03-06"
    other = text.replace("26 June to 1 July 2000", "2 to 5 July 2001").replace("2000年6月26日至7月1日", "2001年7月2日至5日")
    assert {e.entity.id: e for e in find_events(other, lang)}["general-assembly-special-24"].start == "2001-07-02"


def test_a_review_of_an_implementation_and_the_political_declaration_it_adopted():
    """E/RES/2021/19 pre:1: "the Political Declaration adopted by the Comprehensive High-level Midterm
    Review of the Implementation of the Istanbul Programme of Action ..., held in Antalya, Turkey, from
    27 to 29 May 2016": a meeting (a review "of" its subject, as "on") and its outcome."""
    text = ("and recalling also the Political Declaration adopted by the Comprehensive High-level Midterm Review of the "
            "Implementation of the Istanbul Programme of Action for the Least Developed Countries for the Decade 2011–2020, "
            "held in Antalya, Turkey, from 27 to 29 May 2016,")
    (ev,) = find_events(text, "en")
    assert ev.as_printed.startswith("Comprehensive High-level Midterm Review of the Implementation")
    assert (ev.start, ev.end, ev.place, ev.country) == ("2016-05-27", "2016-05-29", "Antalya", "TR")
    (name,) = _outcomes(text, "en")
    assert name.startswith("Political Declaration adopted by the Comprehensive High-level Midterm Review")
    assert _outcomes(text.replace("Political Declaration", "Political Report"), "en") == []


def test_a_bare_chinese_session_after_a_bodys_session_is_the_same_bodys():
    """A/RES/78/158 op:15 (zh): 环境大会第二届会议期间通过的...决议和第四届会议期间通过的...决议: the
    Environment Assembly's second and fourth sessions, as the English says "and at its fourth session";
    another body named between them takes the bare session from it."""
    text = "注意到环境大会第二届会议期间通过的关于沙尘暴的第2/21号决议和第四届会议期间通过的第4/10号决议；"
    assert [e.entity.id for e in find_events(text, "zh")] == ["un-environment-assembly-2", "un-environment-assembly-4"]
    other = text.replace("和第四届会议", "和人权理事会第四届会议")
    assert "un-environment-assembly-4" not in [e.entity.id for e in find_events(other, "zh")]


def test_a_date_before_a_meeting_something_was_held_alongside_is_not_its_date():
    """A/RES/78/158 pre:14: the ministerial meeting "held in Nairobi on 21 February 2013 on the margins
    of the twenty-seventh session of the Governing Council/Global Ministerial Environment Forum": the
    date is the ministerial meeting's, not the session's; "at the twenty-seventh session" would share it."""
    text = ("including the ministerial meeting on sand and dust storms held in Nairobi on 21 February 2013 on the margins of "
            "the twenty-seventh session of the Governing Council/Global Ministerial Environment Forum of the United Nations "
            "Environment Programme,")
    starts = {e.edition: e.start for e in find_events(text, "en")}
    assert starts == {None: "2013-02-21", "27": None}
    starts = {e.edition: e.start for e in find_events(text.replace("on the margins of", "at"), "en")}
    assert starts == {None: "2013-02-21", "27": "2013-02-21"}


@pytest.mark.parametrize(("text", "lang"), [
    # A/RES/78/269 pre:7, in English and Chinese: the year a meeting was convened, after who convened it
    ("Taking note also of the High-level Interactive Dialogue on Antimicrobial Resistance, convened by the President of the "
     "General Assembly in 2021, and of the Call to Action on Antimicrobial Resistance – 2021,", "en"),
    ("又表示注意到大会主席2021年召集的抗微生物药物耐药性问题高级别互动对话以及《2021年抗微生物药物耐药性问题行动呼吁》，", "zh"),
])
def test_the_year_a_meeting_was_convened_by_someone(text, lang):
    starts = [e.start for e in find_events(text, lang) if "ialogue" in e.entity.label or "对话" in e.entity.label]
    assert starts == ["2021"]
    changed = text.replace("in 2021,", "in 2020,") if lang == "en" else text.replace("主席2021年", "主席2020年")
    assert [e.start for e in find_events(changed, lang) if "ialogue" in e.entity.label or "对话" in e.entity.label] == ["2020"]


@pytest.mark.parametrize(("text", "lang", "countries"), [
    # A/RES/78/158 pre:9: two States offer to host two sessions, respectively
    ("welcoming the offers made by the Government of Saudi Arabia and the Government of Mongolia to host the sixteenth and "
     "seventeenth sessions of the Conference of the Parties to the United Nations Convention to Combat Desertification, "
     "in 2024 and 2026, respectively,", "en", ["SA", "MN"]),
    ("欢迎沙特阿拉伯政府和蒙古政府提出分别在2024年和2026年主办联合国防治荒漠化公约缔约方会议第十六届和十七届会议", "zh", ["SA", "MN"]),
    # A/RES/78/231 op:30
    ("Welcomes the offer of the Government of Spain to host the Fourth International Conference on Financing for Development;",
     "en", ["ES"]),
    ("Acoge con beneplácito el ofrecimiento del Gobierno de España de acoger la Cuarta Conferencia Internacional sobre la "
     "Financiación para el Desarrollo;", "es", ["ES"]),
    ("приветствует предложение правительства Испании о проведении четвертой Международной конференции по финансированию "
     "развития;", "ru", ["ES"]),
])
def test_the_states_that_offer_to_host_a_meeting_are_where_it_is_held(text, lang, countries):
    assert [e.country for e in find_events(text, lang) if e.edition] == countries
    # the offer of a State to support it says nothing of where it is held
    other = text.replace("to host", "to support").replace("主办", "支持").replace("de acoger", "de apoyar").replace(
        "о проведении", "о поддержке")
    assert [e.country for e in find_events(other, lang) if e.edition] == [None] * len(countries)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_city_an_instrument_was_adopted_in_by_a_meeting_is_its_venue(lang):
    """E/RES/2021/19 pre:3: "the New Urban Agenda adopted in Quito by the United Nations Conference on
    Housing and Sustainable Urban Development (Habitat III)": the Conference was held in Quito."""
    record = read(akn_file("ecosoc", "2021", "E_RES_2021_19", lang))[0]

    def venue(change=None):
        if change:
            record.paragraph("pre:3").text = change(record.paragraph("pre:3").text)
        ev = next(e for e in link(record).events if e.paragraph == "pre:3" and e.entity.id == "habitat-iii-2016")
        return ev.place, ev.country

    assert venue() == ("Quito", "EC")
    assert venue(lambda text: text.replace("Quito", "Nairobi")) == ("Nairobi", "KE")
    assert venue(lambda text: re.sub(r"(?:adopt|aprob)\w* (?:in|à|en) Nairobi", "recalled", text)) == (None, None)


@pytest.mark.parametrize(("text", "lang", "start", "end"), [
    ("Welcoming the high-level meeting on universal health coverage, held in New York on 21 September 2023,",
     "en", "2023-09-21", "2023-09-21"),  # one day: it ended that day
    ("Welcoming the high-level meeting on universal health coverage, held in New York in September 2023,",
     "en", "2023-09", None),  # a month alone says no last day
    ("欢迎2023年9月21日在纽约举行的全民健康覆盖问题高级别会议，", "zh", "2023-09-21", "2023-09-21"),
    ("欢迎2023年9月20日至21日在纽约举行的全民健康覆盖问题高级别会议，", "zh", "2023-09-20", "2023-09-21"),
])
def test_a_meeting_held_on_one_day_ends_that_day(text, lang, start, end):
    (ev,) = find_events(text, lang)
    assert (ev.start, ev.end, ev.place) == (start, end, "New York")


@pytest.mark.parametrize(("text", "lang", "event", "other", "due"), [
    # E/RES/2023/4 pre:19 (zh): the date of the resolution whose title names the conference is no date of the conference
    ("回顾大会2015年7月27日关于《第三次发展筹资问题国际会议亚的斯亚贝巴行动议程》的第69/313号决议，又回顾技术促进机制的设立，", "zh", "ffd3",
     ("关于《第三次发展筹资问题国际会议亚的斯亚贝巴行动议程》的第69/313号决议", "在亚的斯亚贝巴举行的第三次发展筹资问题国际会议"), "2015-07-27"),
    # E/RES/2022/19 op:11 (zh): a date in another comma's segment, of a statement
    ("表示注意到2020年4月28日最不发达国家集团关于冠状病毒病的声明，承诺酌情支持其得以落实，邀请发展伙伴继续执行《第三次发展筹资问题国际会议"
     "亚的斯亚贝巴行动议程》有待完成的任务；", "zh", "ffd3", ("关于冠状病毒病的声明，承诺酌情支持其得以落实，邀请发展伙伴继续执行", "举行，"),
     "2020-04-28"),
    # E/RES/2021/9 pre:1: the next participial clause's date ("and reaffirming the Declaration ... of 16 September 2002")
    ("Recalling the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, and "
     "reaffirming the United Nations Declaration on the New Partnership for Africa’s Development of 16 September 2002,", "en", "ffd3",
     (", and reaffirming the United Nations Declaration on the New Partnership for Africa’s Development of", ", held in Addis Ababa on"),
     "2002-09-16"),
    # E/RES/2022/12 annex pre:5: a date far before a body's session ("to hold the Fourteenth Congress in Kyoto ... from 7 to
    # 12 March 2021 and requested the Commission ... at its thirtieth session") is the Congress's, not the session's
    ("decided to hold the Fourteenth Congress in Kyoto, Japan, from 7 to 12 March 2021 and requested the Commission on Crime "
     "Prevention and Criminal Justice to give high priority at its thirtieth session to considering the declaration", "en", "ccpcj-30",
     (" and requested the Commission on Crime Prevention and Criminal Justice to give high priority at its thirtieth session",
      ", at the thirtieth session of the Commission on Crime Prevention and Criminal Justice"), "2021-03-07"),
])
def test_a_date_another_clause_or_a_document_states_is_no_meetings_date(text, lang, event, other, due):
    starts = {e.entity.id: e.start for e in find_events(text, lang)}
    assert starts.get(event, "absent") is None
    starts = {e.entity.id: e.start for e in find_events(text.replace(*other), lang)}
    assert starts.get(event) == due


@pytest.mark.parametrize(("text", "lang", "event", "due"), [
    # E/RES/2022/15 op:44 (fr), E/RES/2022/15 op:77 (ru), A/RES/78/152 pre:31 (fr): a date right before the name, a place
    # or a part of the meeting between, is its date
    ("Prend note de la tenue, du 16 au 18 décembre 2021, du sixième Forum mondial des politiques de télécommunications/TIC, "
     "organisé par l’Union internationale des télécommunications ;", "fr", "wtpf-2021", "2021-12-16"),
    ("отмечает проведение с 6 по 10 декабря 2021 года в Катовице, Польша, шестнадцатого заседания Форума по вопросам "
     "управления Интернетом", "ru", "igf-2021", "2021-12-06"),
    ("et rappelant la tenue, au Qatar du 5 au 9 mars 2023, de la deuxième partie de la cinquième Conférence des Nations Unies "
     "sur les pays les moins avancés,", "fr", "ldc-v-2023", "2023-03-05"),
    # ... not one of another item or a resolution's (E/RES/2024/5 pre:1, E/RES/2023/4 pre:19, fr)
    ("et de la vingt-quatrième session extraordinaire de l’Assemblée générale, tenue à Genève du 26 juin au 1er juillet 2000, le "
     "Programme de développement durable à l’horizon 2030 et le Programme d’action d’Addis-Abeba issu de la troisième Conférence "
     "internationale sur le financement du développement,", "fr", "ffd3", None),
    ("Rappelant la résolution 69/313 de l’Assemblée générale, en date du 27 juillet 2015, sur le Programme d’action d’Addis-Abeba "
     "issu de la troisième Conférence internationale sur le financement du développement,", "fr", "ffd3", None),
    # A/RES/78/182 pre:20: the conference whose anniversary a meeting held then commemorates was not held then
    ("Recalling also the high-level meeting of the General Assembly on the twenty-fifth anniversary of the Fourth World "
     "Conference on Women, held in New York on 1 October 2020, which demonstrated commitment", "en", "fwcw-1995", None),
    # E/RES/2023/14 pre:4: ... the commemorating meeting named before has the date
    ("and further welcoming the convening of the joint informal high-level meeting of the General Assembly and the Economic "
     "and Social Council to commemorate the twenty-fifth anniversary of the World Summit for Social Development, on 1 December "
     "2020,", "en", "high-level-meeting-of-the-general-assembly", "2020-12-01"),
])
def test_the_date_a_version_prints_before_or_after_a_meetings_name(text, lang, event, due):
    starts = {e.entity.id: e.start for e in find_events(text, lang)}
    assert starts.get(event, "absent") == due
