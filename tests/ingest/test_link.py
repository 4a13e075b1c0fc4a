"""Mention linking on real sentences of the corpus, in the six languages.

The sentences are copied from the AKN files named in the comments (read in place by the last tests).
"""

from __future__ import annotations

import time

import pytest
from lxml import etree

from tests.conftest import AKN, akn_file
from unkg.ingest import read
from unkg.ingest.link import link, unknowns
from unkg.ingest.names import find
from unkg.record import Footnote, Paragraph, Record
from unkg.reference import load

# E/RES/2022/15 operative paragraph 90 (ecosoc/2022/<Language>/E_RES_2022_15-2211664?.xml)
OP90 = {
    "ar": "يدعو المجتمعَ الدولي إلى تقديم تبرعات للصندوق الاستئماني الخاص الذي أنشأه مؤتمر الأمم المتحدة "
    "للتجارة والتنمية لدعم أعمال الاستعراض والتقييم التي تقوم بها اللجنة المعنية بتسخير العلم والتكنولوجيا "
    "لأغراض التنمية فيما يتعلق بمتابعة نتائج القمة العالمية، منوّها في الوقت نفسه مع التقدير بالدعم المالي "
    "المقدم من حكومات سويسرا وفنلندا والولايات المتحدة الأمريكية لهذا الصندوق؛",
    "zh": "邀请国际社会对联合国贸易和发展会议设立的特别信托基金做出自愿捐助，以支持科学和技术促进发展委员会对"
    "世界峰会后续行动的审查和评估工作，同时感谢芬兰、瑞士和美利坚合众国政府向该基金提供财政支持；",
    "en": "Invites the international community to make voluntary contributions to the special trust fund "
    "established by the United Nations Conference on Trade and Development to support the review and "
    "assessment work of the Commission on Science and Technology for Development regarding follow-up to the "
    "World Summit, while acknowledging with appreciation the financial support provided by the Governments "
    "of Finland, Switzerland and the United States of America to this fund;",
    "fr": "Invite la communauté internationale à verser des contributions volontaires au fonds d’affectation "
    "spéciale établi par la CNUCED pour financer les activités d’examen et d’évaluation de la Commission de la "
    "science et de la technique au service du développement concernant la suite donnée au Sommet mondial, "
    "tout en prenant note avec satisfaction du soutien financier apporté à ce fonds par les Gouvernements des "
    "États-Unis d’Amérique, de la Finlande et de la Suisse ;",
    "ru": "предлагает международному сообществу вносить добровольные взносы в специальный целевой фонд, "
    "учрежденный Конференцией Организации Объединенных Наций по торговле и развитию в поддержку работы "
    "Комиссии по науке и технике в целях развития, направленной на проведение обзора и оценки последующей "
    "деятельности по итогам Всемирной встречи на высшем уровне, с признательностью отмечая при этом "
    "финансовую поддержку, предоставляемую этому фонду правительствами Соединенных Штатов Америки, "
    "Финляндии и Швейцарии;",
    "es": "Invita a la comunidad internacional a que haga contribuciones voluntarias al fondo fiduciario "
    "especial establecido por la Conferencia de las Naciones Unidas sobre Comercio y Desarrollo para apoyar "
    "la labor de examen y evaluación de la Comisión de Ciencia y Tecnología para el Desarrollo relacionada con "
    "el seguimiento de la Cumbre Mundial, y al mismo tiempo expresa su reconocimiento por el apoyo financiero "
    "prestado a ese fondo por los Gobiernos de los Estados Unidos de América, Finlandia y Suiza;",
}

# E/RES/2022/15 operative paragraph 12
OP12 = {
    "ar": "يرحب أيضا بالاحتفال باليوم العالمي للاتصالات ومجتمع المعلومات، الذي يُحتفل به سنويا في 17 أيار/مايو، "
    "والذي يُنظم بقيادة الاتحاد الدولي للاتصالات؛",
    "zh": "又欢迎每年由国际电信联盟牵头组织活动纪念5月17日世界电信和信息社会日；",
    "en": "Also welcomes the holding of World Telecommunication and Information Society Day, celebrated "
    "annually on 17 May and led by the International Telecommunication Union;",
    "fr": "Se félicite également de la célébration, chaque année le 17 mai, de la Journée mondiale des "
    "télécommunications et de la société de l’information sous l’égide de l’Union internationale des "
    "télécommunications ;",
    "ru": "с удовлетворением отмечает также празднование 17 мая каждого года под эгидой Международного союза "
    "электросвязи Всемирного дня электросвязи и информационного общества;",
    "es": "Acoge con beneplácito también la celebración, liderada por la Unión Internacional de "
    "Telecomunicaciones, del Día Mundial de las Telecomunicaciones y la Sociedad de la Información, "
    "conmemorado anualmente el 17 de mayo;",
}

LANGS = ("ar", "zh", "en", "fr", "ru", "es")
WTISD = "world-telecommunication-and-information-society-day"


def _record(language: str, paragraphs: dict[str, str], footnotes: dict[str, str] | None = None, title: str = "x") -> Record:
    return Record(
        symbol="E/RES/2022/15",
        kind="resolution",
        language=language,
        title=title,
        adopted_by=None,
        date="2022-07-21",
        paragraphs=[Paragraph(id=pid, kind="operative", number=pid.split(":")[1], text=t) for pid, t in paragraphs.items()],
        footnotes=[Footnote(number=n, text=t, paragraph="op:90") for n, t in (footnotes or {}).items()],
    )


def _ids(record: Record, anchor: str | None = None) -> set[str]:
    return {m.entity.id for m in record.mentions if anchor is None or m.paragraph == anchor}


def _read(stem: str, where: str, language: str) -> Record:
    from unkg.ingest import read

    return next(r for r in read(akn_file("ecosoc", where, stem, language)) if isinstance(r, Record))


@pytest.mark.parametrize("language", LANGS)
def test_op90_names_unctad_and_cstd_in_every_language(language: str) -> None:
    """"the World Summit" of op 90 is the WSIS because the title names it in full."""
    title = _read("E_RES_2022_15", "2022", language).title
    record = link(_record(language, {"op:90": OP90[language]}, title=title))
    assert {"unctad", "cstd", "wsis"} <= _ids(record, "op:90")
    assert all(m.entity.known for m in record.mentions)
    # named alone, the World Summit is no summit in particular, and no name of its own
    alone = link(_record(language, {"op:90": OP90[language]}))
    assert not [m for m in alone.mentions if m.entity.type == "event"]


@pytest.mark.parametrize("language", LANGS)
def test_the_world_summit_is_a_summit_not_a_meeting_on_its_outcomes(language: str) -> None:
    """E/RES/2024/13 pre 5 names the 2015 high-level meeting on the outcomes of the World Summit on
    the Information Society, then "the World Summit": the Summit, not the meeting named last."""
    record = link(_read("E_RES_2024_13", "2024", language))
    meeting = [m.as_printed for m in record.mentions if m.entity.id == "ga-hlm-wsis-2015"]
    assert meeting and all(len(printed) > 20 for printed in meeting)  # named in full only
    assert [m.entity.id for m in record.mentions if m.paragraph == "op:9" and m.entity.type == "event"] == ["wsis"]


@pytest.mark.parametrize("language", LANGS)
def test_the_world_summit_is_the_summit_the_text_named_last(language: str) -> None:
    """E/RES/2023/12 (social development) op 4: "the follow-up to and review of the World Summit" is
    the World Summit for Social Development its preamble named, in every language, not the WSIS."""
    record = link(_read("E_RES_2023_12", "2023", language))
    assert "wssd-1995" in _ids(record, "op:4")
    assert "wsis" not in _ids(record)


@pytest.mark.parametrize("language", LANGS)
def test_op12_names_the_day_and_itu_in_every_language(language: str) -> None:
    record = link(_record(language, {"op:12": OP12[language]}))
    assert _ids(record) == {WTISD, "itu"}
    day = next(m for m in record.mentions if m.entity.id == WTISD)
    assert day.entity.type == "observance" and day.entity.en == "World Telecommunication and Information Society Day"


def test_mentions_keep_the_words_as_printed() -> None:
    printed = {m.entity.id: m.as_printed for m in link(_record("ru", {"op:90": OP90["ru"]})).mentions}
    # the Russian text declines the names: the instrumental and the genitive case
    assert printed["unctad"] == "Конференцией Организации Объединенных Наций по торговле и развитию"
    assert printed["cstd"] == "Комиссии по науке и технике в целях развития"
    printed = {m.entity.id: m.as_printed for m in link(_record("fr", {"op:90": OP90["fr"]})).mentions}
    assert printed["unctad"] == "CNUCED"
    printed = {m.entity.id: m.as_printed for m in link(_record("ar", {"op:12": OP12["ar"]})).mentions}
    assert printed[WTISD] == "باليوم العالمي للاتصالات ومجتمع المعلومات"  # behind the clitic بـ


def test_labels_follow_the_document_language() -> None:
    unctad = next(m.entity for m in link(_record("zh", {"op:90": OP90["zh"]})).mentions if m.entity.id == "unctad")
    assert (unctad.label, unctad.en, unctad.acronym) == (
        "联合国贸易和发展会议",
        "United Nations Conference on Trade and Development",
        "UNCTAD",
    )


def test_chinese_short_form_is_the_same_body() -> None:
    # A/RES/78/138, preambular paragraph (ga/78session/Chinese/A_RES_78_138-2325929C.xml)
    text = (
        "表示注意到联合国贸易和发展会议的《商品与发展报告》，特别是其《2023年商品与发展报告：包容性多样化和能源转型》、"
        "其《商品依赖状况》报告及其关于对初级商品的依赖与可持续发展目标的说明，并注意到贸发会议作为一个机构在研究商品"
        "市场与经济发展互动、阐述“依赖商品的发展中国家”这一概念方面所发挥的作用，"
    )
    found = [(f.text, f.entity.id) for f in find(text, "zh")]
    assert ("联合国贸易和发展会议", "unctad") in found and ("贸发会议", "unctad") in found


def test_overlapping_names_cover_the_most_text() -> None:
    # E/RES/2022/15, preambular paragraph 10 (English)
    text = (
        "Expressing its appreciation to the Secretary-General of the United Nations Conference on Trade and "
        "Development for her role in helping to ensure completion of the aforementioned report in a timely manner,"
    )
    assert [(f.text, f.entity.id) for f in find(text, "en")] == [
        ("Secretary-General", "secretary-general"),
        ("United Nations Conference on Trade and Development", "unctad"),
    ]


def test_the_commission_alone_is_not_a_mention() -> None:
    # E/RES/2022/15 operative paragraph 37 (English)
    text = (
        "Takes note of the latest global report of the Broadband Commission for Sustainable Development, entitled "
        "The State of Broadband 2021 – People-Centred Approaches for Universal Broadband, and notes with interest "
        "the continuous efforts of the Broadband Commission in promoting high-level advocacy for the establishment "
        "of an enabling environment for affordable and reliable broadband connectivity;"
    )
    found = find(text, "en")
    assert [f.entity.id for f in found] == ["broadband-commission", "broadband-commission"]
    text = "Recalls the role of the Commission and of the Working Group, and requests the Commission to report;"
    assert find(text, "en") == []


def test_acronyms_are_case_sensitive() -> None:
    # E/RES/2021/28 operative paragraph 28: "who" is a pronoun, not the World Health Organization
    text = (
        "Recalls the report of the Chair of the Working Group, which includes references to the full texts of "
        "all proposals and contributions, and expresses its gratitude to the Chair and all participants who "
        "submitted inputs and contributed to the work of the Working Group;"
    )
    assert find(text, "en") == []
    assert [f.entity.id for f in find("the WHO and the ILO", "en")] == ["who", "ilo"]


def test_unknown_bodies_are_kept_not_dropped() -> None:
    # E/RES/2021/28 operative paragraph 50 (English and Chinese)
    en = (
        "the Broadband Commission Working Group on Broadband and Gender, the Best Practice Forum on Gender and "
        "Access of the Internet Governance Forum, the work being done in the World Summit on the Information "
        "Society Forum on gender issues and the work of the World Bank"
    )
    found = {(f.text, f.entity.id, f.entity.known, f.entity.type) for f in find(en, "en")}
    assert ("Broadband Commission", "broadband-commission", True, "body") in found
    assert ("Working Group on Broadband and Gender", "working-group-on-broadband-and-gender", False, "body") in found
    assert ("Best Practice Forum on Gender and Access", "best-practice-forum-on-gender-and-access", False, "forum") in found
    assert {"igf", "wsis-forum", "world-bank"} <= {i for _, i, k, _ in found if k}
    zh = "宽带委员会宽带与性别平等工作组、互联网治理论坛的性别和普及问题最佳做法论坛、信息社会世界峰会论坛"
    found = [(f.text, f.entity.known) for f in find(zh, "zh")]
    assert found == [
        ("宽带委员会", True),
        ("宽带与性别平等工作组", False),
        ("互联网治理论坛", True),
        ("性别和普及问题最佳做法论坛", False),
        ("信息社会世界峰会论坛", True),
    ]


def test_an_unknown_united_nations_body_keeps_its_name_whole() -> None:
    # a conference of 1977 no registry holds (as A/RES/76/189 names Habitat III, now in the events
    # registry): not the United Nations plus a remnant
    text = "the United Nations Conference on Desertification (UNCOD)"
    assert [(f.text, f.entity.known) for f in find(text, "en")] == [("United Nations Conference on Desertification", False)]
    # the registry's conference: its whole name, with the short name it prints in parentheses
    text = "the United Nations Conference on Housing and Sustainable Urban Development (Habitat III)"
    assert [(f.entity.id, f.entity.known) for f in find(text, "en")] == [("habitat-iii-2016", True)]


def test_link_covers_title_paragraphs_and_footnotes_and_counts_unknowns() -> None:
    record = _record(
        "en",
        {"op:50": "the Broadband Commission Working Group on Broadband and Gender", "op:90": OP90["en"]},
        footnotes={"2": "General Assembly resolution 217 A (III)."},
        title="Assessment of the progress made in the implementation of and follow-up to the outcomes of the "
        "World Summit on the Information Society",
    )
    link(record)
    assert "wsis" in _ids(record, "title")
    assert _ids(record, "fn:2") == {"general-assembly"}
    assert {"unctad", "cstd"} <= _ids(record, "op:90")
    other = _record("en", {"op:1": "the Working Group on Broadband and Gender and the Leadership Panel"})
    link(other)
    counted = {entity.id: n for entity, n in unknowns([record, other])}
    assert counted == {"working-group-on-broadband-and-gender": 2, "leadership-panel": 1}


def test_linking_again_gives_the_same_mentions() -> None:
    record = link(_record("zh", {"op:90": OP90["zh"]}))
    first = list(record.mentions)
    assert link(record).mentions == first


def test_every_registry_name_links_to_its_own_entry() -> None:
    """Each printed form, alone, is found whole and names its own entry (no form is shadowed); inside
    it, only the body it belongs to ("the Office of the President of the General Assembly")."""
    registry = load()
    for language in LANGS:
        for form, entry, _ in registry.names(language):
            found = [f for f in find(form, language) if f.entry is not None]
            parents = {p.id for p in registry.parents(entry.id)}
            assert [(f.text, f.entry.id) for f in found if f.entry.id not in parents] == [(form, entry.id)], (language, form)


def _texts(path) -> list[str]:
    tree = etree.parse(str(path))
    return [" ".join("".join(p.itertext()).split()) for p in tree.iter("{*}p")]


@pytest.mark.slow
def test_the_78th_session_links_fast() -> None:
    """All ~1,960 AKN files of the GA's 78th session (six languages) go through the linker."""
    files = sorted((AKN / "ga" / "78session").glob("*/*.xml"))
    assert len(files) > 1900
    language = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es"}
    corpus = [(language[f.parent.name], _texts(f)) for f in files if f.parent.name in language]
    start, found, chars = time.perf_counter(), 0, 0
    for lang, texts in corpus:
        for text in texts:
            chars += len(text)
            found += len(find(text, lang))
    seconds = time.perf_counter() - start
    assert found > 50_000
    # about 1.3-2.3 million characters a second here; a tenth of that is a regression, not noise
    assert chars / seconds > 200_000, f"{chars / seconds:,.0f} characters a second"


@pytest.mark.parametrize("language", LANGS)
def test_the_six_versions_of_e_res_2022_15_name_itu_cstd_unctad_and_igf(language: str) -> None:
    from unkg.ingest.readers.akn import read_akn

    record = link(read_akn(akn_file("ecosoc", "2022", "E_RES_2022_15", language)))
    ids = _ids(record)
    assert {"itu", "cstd", "unctad", "igf", "wsis", "general-assembly", "secretary-general"} <= ids
    # the same paragraphs name them in every language (E/RES/2022/15 op 90, op 12, op 77)
    assert {"unctad", "cstd"} <= _ids(record, "op:90")
    assert {WTISD, "itu"} <= _ids(record, "op:12")
    assert "igf-2021" in _ids(record, "op:77")
    assert "wsis" in _ids(record, "title")
    footnoted = {m.paragraph for m in record.mentions if m.paragraph.startswith("fn:")}
    assert footnoted, "footnotes are linked too"


# --- the names a paragraph gives, and the short names of instruments ---------------------------------

# A/RES/78/158 op:18
OP18 = ("Commends the secretariat of the United Nations Convention to Combat Desertification in Those Countries "
        "Experiencing Serious Drought and/or Desertification, Particularly in Africa, on its efforts to develop both a "
        "global base map of sand and dust storm sources")


def test_a_long_name_is_not_cut_by_a_short_one_before_it():
    from unkg.ingest.names import find

    ids = [f.entity.id for f in find(OP18, "en")]
    assert "unccd" in ids and "un-secretariat" not in ids
    other = OP18.replace("United Nations Convention to Combat Desertification in Those Countries Experiencing Serious "
                         "Drought and/or Desertification, Particularly in Africa", "United Nations")
    assert "un-secretariat" in [f.entity.id for f in find(other, "en")]


@pytest.mark.parametrize(("named", "text", "lang", "expected"), [
    # A/RES/78/112 pre:5 says "the Charter" once the preamble has named the Charter of the United Nations
    ("Charter of the United Nations", "are undertaken in accordance with the Charter, and stressing the need", "en", "un-charter"),
    ("United Nations Convention to Combat Desertification", "Invites the secretariat of the Convention to continue", "en", "unccd"),
    ("联合国防治荒漠化公约", "请公约秘书处继续", "zh", "unccd"),
])
def test_an_instrument_called_by_its_head(named, text, lang, expected):
    from unkg.ingest.names import find
    from unkg.ingest.shortnames import short_names

    (full,) = [f for f in find(named, lang) if f.entry is not None]
    shorts = short_names(lang, [(0, full.entity, full.entity.label)])
    assert [f.entity.id for f in shorts.find(text, 1, find(text, lang))] == [expected]
    assert shorts.find(text.replace("Charter", "mandate").replace("Convention", "Organization").replace("公约", "组织"), 1, []) == []


def test_a_chinese_unknown_name_starts_after_the_verb_before_it() -> None:
    # A/RES/78/180 pre:18: "Recalling the establishment of the International Migration Review Forum":
    # 回顾设立 is the verb, not the name
    text = "回顾设立国际移民问题审查论坛，作为会员国讨论和分享《安全、有序和正常移民全球契约》各个方面执行进展情况的政府间全球平台，"
    unknown = [f.text for f in find(text, "zh") if f.entry is None]
    assert unknown == ["国际移民问题审查论坛"]
    other = text.replace("回顾设立国际移民问题审查论坛", "欢迎召开区域移民问题审查论坛")
    assert [f.text for f in find(other, "zh") if f.entry is None] == ["区域移民问题审查论坛"]


def test_a_chinese_kind_of_body_or_a_list_of_kinds_is_no_name() -> None:
    # the GA's rules of procedure for a conference (GA 78th session): "the main committees and, as
    # appropriate, any other committee or working group" names no body
    text = "联合国有关机构所指定的代表可就其组织活动范围内的问题，作为观察员参加会议、主要委员会以及在适当情况下参加任何其他委员会或工作组的讨论，但无表决权。"
    assert [f.text for f in find(text, "zh") if f.entry is None] == []
    named = text.replace("任何其他委员会", "国际移民问题审查论坛")
    assert [f.text for f in find(named, "zh") if f.entry is None] == ["国际移民问题审查论坛"]


def test_a_chinese_coalition_is_a_name_and_keeps_the_united_nations_in_it() -> None:
    # A/RES/78/154 op:22: the United Nations Coalition on Combating Sand and Dust Storms
    text = "邀请2018年9月环境管理小组高级官员第二十四次会议上成立的联合国防治沙尘暴联盟与联合国其他相关实体继续合作，协助受影响缔约国制定和执行关于沙尘暴的国家及区域政策；"
    found = [(f.text, f.entity.type) for f in find(text, "zh") if f.entity.id != "states-parties"]
    assert found == [("联合国防治沙尘暴联盟", "partnership")]


def test_the_united_nations_as_a_modifier_is_no_mention_of_it() -> None:
    # A/RES/78/119 op:46 (English and Chinese): "relevant United Nations entities", 联合国其他组织,
    # 联合国相关实体 are kinds of entities; the United Nations acting is a mention
    en = (
        "Calls upon the Office for the Coordination of Humanitarian Affairs and other United Nations organizations to "
        "continue to work with Member States and relevant United Nations entities to facilitate the exchange of updated, "
        "accurate and reliable information"
    )
    assert "un" not in {f.entity.id for f in find(en, "en")}
    assert "un" in {f.entity.id for f in find(en.replace("relevant United Nations entities", "the United Nations"), "en")}
    zh = "促请人道主义事务协调厅和联合国其他组织继续与会员国和联合国相关实体合作，促进交流最新、准确和可靠的信息"
    assert "un" not in {f.entity.id for f in find(zh, "zh")}
    assert "un" in {f.entity.id for f in find(zh.replace("联合国相关实体合作", "联合国合作"), "zh")}
    assert "un" not in {f.entity.id for f in find("United Nations, Treaty Series, vol. 1771, No. 30822.", "en")}


def test_french_and_spanish_unknown_names_are_found_whole() -> None:
    # A/RES/78/140 pre:11 (French) and pre:30 (Spanish): bodies no registry holds
    fr = (
        "Rappelant le rapport du Groupe de haut niveau sur les flux financiers illicites en provenance d’Afrique, qui "
        "contribue grandement à mieux faire connaître les sources des flux financiers illicites,"
    )
    unknown = [(f.text, f.entity.type) for f in find(fr, "fr") if f.entry is None]
    assert unknown == [("Groupe de haut niveau sur les flux financiers illicites en provenance d’Afrique", "body")]
    other = fr.replace("Groupe de haut niveau sur les flux financiers illicites en provenance d’Afrique", "Groupe de travail")
    assert [f.text for f in find(other, "fr") if f.entry is None] == []  # a kind of body, a back-reference
    es = (
        "Reconociendo la labor realizada por la Conferencia de los Estados Partes en la Convención de las Naciones Unidas "
        "contra la Corrupción, y en particular su Grupo de Trabajo Intergubernamental de Composición Abierta sobre "
        "Recuperación de Activos, para promover la aplicación plena y efectiva del capítulo V de la Convención,"
    )
    unknown = [f.text for f in find(es, "es") if f.entry is None]
    assert "Grupo de Trabajo Intergubernamental de Composición Abierta sobre Recuperación de Activos" in unknown
    other = es.replace("sobre Recuperación de Activos", "sobre Prevención")
    assert "Grupo de Trabajo Intergubernamental de Composición Abierta sobre Prevención" in [f.text for f in find(other, "es") if f.entry is None]


def test_a_spanish_name_runs_through_what_it_is_charged_with_and_ends_before_a_lowercase_word() -> None:
    # A/RES/78/140 pre:20 (Spanish): "... su Red Operativa Mundial de Organismos de Aplicación de la Ley encargados de
    # Combatir la Corrupción, así como ..."
    es = (
        "reconociendo la iniciativa de Riad para mejorar la cooperación internacional en materia de aplicación de la ley "
        "contra la corrupción y su Red Operativa Mundial de Organismos de Aplicación de la Ley encargados de Combatir la "
        "Corrupción, así como los acuerdos, foros o redes oficiales existentes"
    )
    name = "Red Operativa Mundial de Organismos de Aplicación de la Ley encargados de Combatir la Corrupción"
    assert [f.text for f in find(es, "es") if f.entry is None] == [name]
    other = es.replace("encargados de Combatir la Corrupción", "que combaten la corrupción")
    assert [f.text for f in find(other, "es") if f.entry is None] == ["Red Operativa Mundial de Organismos de Aplicación de la Ley"]


def test_an_english_name_is_not_cut_at_the_commas_of_its_own_enumeration() -> None:
    # A/RES/78/136 pre:11: "the Global Crisis Response Group on Food, Energy and Finance" is one name
    text = (
        "Recalling the establishment of the Global Crisis Response Group on Food, Energy and Finance, chaired and "
        "convened by the Secretary-General, and taking note of its briefs on the three-dimensional crisis,"
    )
    assert [f.text for f in find(text, "en") if f.entry is None] == ["Global Crisis Response Group on Food, Energy and Finance"]
    # a list of names is still split: "and" before another body's name starts that name
    listed = text.replace("Food, Energy and Finance", "Food, Energy and the Working Group on Finance")
    assert [f.text for f in find(listed, "en") if f.entry is None] == ["Global Crisis Response Group on Food", "Working Group on Finance"]


def test_an_instrument_no_registry_holds_is_found_whole_in_english_and_chinese() -> None:
    # E/RES/2023/30 pre:3: a declaration with its subtitle, a strategy with its period and motto
    en = (
        "Taking note of the importance of the 2021 Political Declaration on HIV and AIDS: Ending Inequalities and "
        "Getting on Track to End AIDS by 2030 as well as the Global AIDS Strategy 2021–2026, “End Inequalities, End "
        "AIDS”, and noting that they are complementary"
    )
    assert [(f.text, f.entity.type) for f in find(en, "en") if not f.entity.known] == [
        ("2021 Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030", "instrument"),
        ("Global AIDS Strategy 2021–2026, “End Inequalities, End AIDS”", "instrument"),
    ]
    # named again by its kind alone, it is the one named before: no name of its own
    assert [f.text for f in find("recalling the Political Declaration and the Strategy,", "en") if not f.entity.known] == []
    zh = "表示注意到2021年《关于艾滋病毒和艾滋病问题的政治宣言：结束不平等现象，进入2030年之前消除艾滋病的轨道》以及《2021-2026年全球艾滋病战略——“终结不平等，终结艾滋病”》的重要性，"
    assert [(f.text, f.entity.type) for f in find(zh, "zh") if not f.entity.known] == [
        ("关于艾滋病毒和艾滋病问题的政治宣言：结束不平等现象，进入2030年之前消除艾滋病的轨道", "instrument"),
        ("2021-2026年全球艾滋病战略——“终结不平等，终结艾滋病”", "instrument"),
    ]
    # a report's title between the same marks is no instrument; an instrument named by its kind alone is none either
    assert [f.text for f in find(zh.replace("全球艾滋病战略", "全球艾滋病报告").replace("关于艾滋病毒和艾滋病问题的政治宣言", "政治宣言"), "zh")
            if not f.entity.known] == []


def test_an_instrument_name_runs_through_the_known_name_it_calls_for() -> None:
    # E/RES/2023/10 pre:4: the declaration of a review of a programme of action the registry knows
    text = (
        "the Political Declaration of the High-level Midterm Review on the Implementation of the Vienna Programme of "
        "Action for Landlocked Developing Countries for the Decade 2014–2024 and"
    )
    found = [(f.text, f.entity.known) for f in find(text, "en")]
    assert found[0] == ("Political Declaration of the High-level Midterm Review on the Implementation of the Vienna Programme of "
                        "Action for Landlocked Developing Countries for the Decade 2014–2024", False)
    assert ("Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024", True) in found
    # A/RES/78/171 pre:2 and E/RES/2023/35 op:10
    assert [f.text for f in find("and the World Programme of Action concerning Disabled Persons,", "en")] == [
        "World Programme of Action concerning Disabled Persons"]
    assert [f.text for f in find("the Arab Peace Initiative, the Quartet road map and an end to", "en")] == [
        "Arab Peace Initiative", "Quartet road map"]


def test_russian_unknown_names_are_found_whole_and_kinds_of_bodies_are_not_names() -> None:
    # A/RES/78/280 pre:10 and A/RES/78/119 pre:17 (Russian)
    text = ("включая принятие Всемирной ассамблеей здравоохранения рекомендаций Рабочей группы по устойчивому "
            "финансированию на ее семьдесят пятой сессии,")
    assert [(f.text, f.entity.type) for f in find(text, "ru") if f.entry is None] == [
        ("Рабочей группы по устойчивому финансированию", "body")]
    summit = "в Стамбуле, Турция, Всемирного саммита по гуманитарным вопросам и принимая к сведению также доклад"
    assert [(f.text, f.entity.type) for f in find(summit, "ru") if f.entry is None] == [
        ("Всемирного саммита по гуманитарным вопросам", "event")]
    # A/RES/78/116 pre:3: "the Committee" alone, and a working group in lower case, are the body named before
    assert [f.text for f in find("Комитет должен рассматривать вопросы, возникающие в связи с осуществлением", "ru")
            if f.entry is None] == []
    # E/RES/2022/15 fn:7: UNESCO's General Conference, named by its kind ("the General Conference")
    assert [f.text for f in find("принятой Генеральной конференцией на ее сорок первой сессии", "ru") if f.entry is None] == []
    assert [f.text for f in find(text.replace("Рабочей группы по устойчивому финансированию", "рабочей группы"), "ru")
            if f.entry is None] == []


def test_arabic_unknown_names_are_marked_by_what_they_are_concerned_with() -> None:
    # A/RES/78/207 (Arabic): the Working Group on Enforced or Involuntary Disappearances
    text = "ويدعو الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي إلى القيام بذلك،"
    assert [(f.text, f.entity.type) for f in find(text, "ar") if f.entry is None] == [
        ("الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي", "body")]
    # the head and its adjectives alone may be the body named before: not a name
    assert [f.text for f in find(text.replace(" المعني بحالات الاختفاء القسري أو غير الطوعي", ""), "ar") if f.entry is None] == []
    # A/RES/78/158: a conference, its edition among its adjectives
    conf = "المؤتمر الدولي الثاني المعني بمكافحة العواصف الرملية والترابية، الذي عقد في طهران"
    assert [(f.text, f.entity.type) for f in find(conf, "ar") if f.entry is None] == [
        ("المؤتمر الدولي الثاني المعني بمكافحة العواصف الرملية والترابية", "event")]


def test_a_chinese_state_name_before_its_people_is_an_adjective() -> None:
    """E/RES/2023/35 (Chinese): 巴勒斯坦妇女 and 巴勒斯坦被占领土 are the Palestinian women and the
    Occupied Palestinian Territory, where English prints no name; 以色列立即停止 names Israel."""
    assert [f.entity.id for f in find("支持巴勒斯坦妇女和女童", "zh")] == []
    assert [f.entity.id for f in find("包括东耶路撒冷在内的巴勒斯坦被占领土", "zh")] == []
    assert [f.entity.id for f in find("要求以色列立即停止", "zh")] == ["israel"]
    assert [f.entity.id for f in find("支持巴勒斯坦加入", "zh")] == ["state-of-palestine"]


@pytest.mark.parametrize(("text", "lang"), [
    ("See Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 25 (A/69/25), annex.", "en"),
    ("Voir Documents officiels de l’Assemblée générale, soixante-neuvième session, Supplément no 25 (A/69/25)", "fr"),
    ("Véase Documentos Oficiales de la Asamblea General, sexagésimo noveno período de sesiones", "es"),
    ("См. Официальные отчеты Генеральной Ассамблеи, шестьдесят девятая сессия, Дополнение № 25", "ru"),
    ("انظر الوثائق الرسمية للجمعية العامة، الدورة التاسعة والستون، الملحق رقم 25", "ar"),
    ("见《大会正式记录，第六十九届会议，补编第25号》(A/69/25)，附件。", "zh"),
    ("Nations Unies, Recueil des Traités, vol. 1771, no 30822.", "fr"),
    ("联合国，《条约汇编》，第1771卷，第30822号。", "zh"),
])
def test_an_organ_in_a_publications_title_is_not_named(text, lang) -> None:
    """A/RES/78/158 fn:2 and fn:3 in six languages: the Official Records of the General Assembly and the
    United Nations Treaty Series are titles; the same organ acting is named."""
    assert find(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("Recalls that the General Assembly decided", "en", "general-assembly"),
    ("回顾大会决定", "zh", "general-assembly"),
    ("Rappelle que l’Assemblée générale a décidé", "fr", "general-assembly"),
    ("Requests the United Nations, within the Treaty Series' budget, to publish", "en", "un"),
])
def test_an_organ_outside_a_title_is_named(text, lang, body) -> None:
    assert [f.entity.id for f in find(text, lang)] == [body]


def test_a_chinese_qualified_short_name_after_any_verb() -> None:
    """A/RES/78/71 (Chinese): once 联合国原子辐射影响问题科学委员会 is named, 科学委员会 is that Committee
    after any word (重申科学委员会, 维持科学委员会), never a new name built from the words before it."""
    record = _record("zh", {"pre:1": "回顾其设立联合国原子辐射影响问题科学委员会的决议",
                            "pre:8": "认为需要在今后维持科学委员会的高质量工作和科学力度"})
    link(record)
    assert {m.entity.id for m in record.mentions if m.paragraph == "pre:8"} == {"unscear"}
    record = _record("zh", {"pre:1": "回顾其设立联合国环境规划署的决议", "pre:8": "认为需要在今后维持科学委员会的高质量工作和科学力度"})
    link(record)
    assert "unscear" not in {m.entity.id for m in record.mentions if m.paragraph == "pre:8"}


def test_the_united_nations_as_possessor_is_not_named() -> None:
    """E/RES/2024/12 op:10: "in accordance with the rules and procedures of the United Nations": whose
    rules, not the United Nations acting; "the United Nations continues" names it."""
    assert find("in accordance with the rules and procedures of the United Nations.", "en") == []
    assert [f.entity.id for f in find("Recognizes that the United Nations continues to support", "en")] == ["un"]


def test_a_russian_plural_instrumental_matches_its_name() -> None:
    """E/RES/2024/21 pre:1 (Russian): "со специализированными учреждениями и другими организациями
    системы Организации Объединенных Наций" (-иями) is the group the registry names in the nominative."""
    text = "со специализированными учреждениями и другими организациями системы Организации Объединенных Наций информацию"
    assert [f.entity.id for f in find(text, "ru")] == ["specialized-agencies-and-un-system"]
    assert [f.entity.id for f in find(text.replace("учреждениями и другими ", ""), "ru")] == ["un-system"]


def test_a_period_printed_with_a_minus_sign() -> None:
    """E/RES/2021/19 op:1: "the Programme of Action for the Least Developed Countries for the Decade
    2011−2020" (a minus sign, U+2212) is the registry's Istanbul Programme of Action."""
    text = "Takes note of the report on the implementation of the Programme of Action for the Least Developed Countries for the Decade 2011−2020;"
    assert [f.entity.id for f in find(text, "en")][:1] == ["istanbul-programme-of-action"]
    assert "istanbul-programme-of-action" not in [f.entity.id for f in find(text.replace("2011−2020", "2021−2030"), "en")]


def test_a_chinese_centre_no_registry_holds_and_its_short_name() -> None:
    """A/RES/78/235 (Chinese): 中部非洲次区域人权与民主中心 is a body no registry holds, and 中心 after it
    is that Centre; 以人为中心 (people-centred) names nothing."""
    record = _record("zh", {"pre:3": "还回顾关于中部非洲次区域人权与民主中心的2003年12月22日第58/176号决议",
                            "op:3": "请中心继续开展工作"})
    link(record)
    (centre,) = [m.entity for m in record.mentions if m.paragraph == "pre:3"]
    assert (centre.type, centre.label) == ("body", "中部非洲次区域人权与民主中心")
    assert [m.entity.id for m in record.mentions if m.paragraph == "op:3"] == [centre.id]
    assert find("坚持以人为中心的方针", "zh") == []


def test_an_arabic_name_without_the_article_does_not_match_a_word_with_it() -> None:
    """E/RES/2022/15 op 90 thanks the Governments for their financial support (بالدعم المالي): "the
    financial" is no Mali (مالي); the State named without the article, behind a clitic, still is."""
    assert "mali" not in _ids(link(_record("ar", {"op:90": OP90["ar"]})))
    assert "mali" in _ids(link(_record("ar", {"op:90": OP90["ar"].replace("حكومات سويسرا", "حكومات مالي وسويسرا")})))
    assert "mali" in _ids(link(_record("ar", {"op:90": OP90["ar"].replace("حكومات سويسرا", "حكومتي سويسرا ولمالي")})))


@pytest.mark.parametrize(("text", "lang", "state"), [
    # the UN's own forms where the ISO catalogue prints another (A/RES/78/218, A/RES/78/231 and others)
    ("وإذ تشير إلى مشاركة جمهورية كوريا الشعبية الديمقراطية في عملية الاستعراض الدوري الشامل", "ar",
     "democratic-people-s-republic-of-korea"),
    ("وإذ ترحب بعرض حكومة جنوب أفريقيا استضافة", "ar", "south-africa"),
    ("في ساموا في الفترة من 21 إلى 26 تشرين الأول/أكتوبر 2024", "ar", "samoa"),
    ("el Gobierno de Arabia Saudita", "es", "saudi-arabia"),
    ("acoge con beneplácito el ofrecimiento del Gobierno de Kenya", "es", "kenya"),
    ("le Gouvernement nigérian et le Nigéria", "fr", "nigeria"),
    ("在特立尼达和多巴哥举行", "zh", "trinidad-and-tobago"),
    ("в Центральноафриканской Республике", "ru", "central-african-republic"),
])
def test_a_state_is_found_by_the_name_the_un_prints(text, lang, state):
    assert [f.entity.id for f in find(text, lang) if f.entity.type == "member-state"] == [state]


@pytest.mark.parametrize(("text", "states"), [
    # Tunis, the capital, where the World Summit's second phase was held: no Tunisia (A/RES/78/132 pre:9)
    ("اللذين اعتمدتهما القمة في مرحلتها الثانية التي عقدت في تونس العاصمة في الفترة من 16 إلى 18 تشرين الثاني/نوفمبر 2005", []),
    ("وإذ ترحب بالتقدم الذي أحرزته تونس", ["tunisia"]),
    # مالي "financial" after the noun it qualifies (A/RES/78/136 op:3), the State after a Government or a conjunction
    ("بالحاجة الملحة إلى إجراء إصلاحات جريئة وطموحة لإيجاد هيكل مالي دولي مستقر", []),
    ("الذي استضافته حكومة مالي وشارك فيه مسؤولون", ["mali"]),
    ("في بوركينا فاسو ومالي والنيجر", ["burkina-faso", "mali", "niger"]),
])
def test_an_arabic_word_a_states_name_spells_is_no_state(text, states):
    assert [f.entity.id for f in find(text, "ar") if f.entity.type == "member-state"] == states


@pytest.mark.parametrize(("text", "ids"), [
    # a name's noun of three letters declines (A/RES/78/111: "решения Международного Суда")
    ("принимая во внимание консультативное заключение Международного Суда", ["icj"]),
    ("Международный Суд", ["icj"]),
    # developed countries (no Russian name was registered), not "the development of countries" their stem also makes
    ("призывает развитые страны выполнить свои обязательства", ["developed-countries"]),
    ("в целях содействия развитию стран", []),
    ("в целях развития стран Африки", []),
    ("наименее развитых стран", ["ldcs"]),
])
def test_a_russian_name_by_its_declined_words(text, ids):
    assert [f.entity.id for f in find(text, "ru")] == ids


def test_a_chinese_state_name_across_the_end_of_a_word_is_no_state() -> None:
    """其中国家元首 is "in which the Heads of State" (其中 + 国家元首), not China (中国) in the middle
    (E/RES/2023/29, E/RES/2024/18); 在中国昆明 (in Kunming, China) names it."""
    text = "回顾《2030年可持续发展议程》，其中国家元首和政府首脑及各国代表作出坚定承诺；"
    assert "china" not in _ids(link(_record("zh", {"pre:1": text})))
    assert "china" in _ids(link(_record("zh", {"pre:1": text.replace("其中国家元首", "在中国昆明举行的会议上国家元首")})))


def test_a_word_that_spells_a_states_name_in_lower_case_is_no_state() -> None:
    """Russian declines names, so того ("of that") read as Togo, малых ("small") as Mali (ECOSOC 2022
    texts); in Spanish irán ("they will go") read as Iran. Capitalised, each is the State."""
    ru = "подчеркивая важность того, чтобы государства-члены поддерживали развитие малых и средних предприятий;"
    assert not {"togo", "mali"} & _ids(link(_record("ru", {"pre:1": ru})))
    assert {"togo", "mali"} <= _ids(link(_record("ru", {"pre:1": ru.replace("того,", "Того,").replace("малых", "Мали")})))
    es = "Los Estados Miembros irán más allá;"
    assert "iran-islamic-republic-of" not in _ids(link(_record("es", {"op:1": es})))
    assert "iran-islamic-republic-of" in _ids(link(_record("es", {"op:1": es.replace("irán", "el Irán")})))


def test_a_russian_short_name_is_capitalised_or_qualified_by_a_capitalised_adjective() -> None:
    """E/RES/2024/21: the Special Committee on decolonization, named in full, is then "Специального
    комитета" (its adjective capitalised, its head not); "организации" in lower case are organizations,
    not the Organization; a capitalised adjective the body's name lacks is another committee."""
    full = ("Специальный комитет по вопросу о ходе осуществления Декларации о предоставлении независимости "
            "колониальным странам и народам")
    record = link(_record("ru", {
        "pre:1": f"принимая к сведению доклад, который {full} представил Организации Объединенных Наций;",
        "op:1": "обращает внимание Специального комитета на настоящую резолюцию;",
        "op:2": "призывает Организацию и другие организации продолжать работу;",
        "op:3": "обращает внимание Третьего комитета на настоящую резолюцию;",
    }))
    assert "special-committee-on-decolonization" in _ids(record, "op:1")
    assert [m.as_printed for m in record.mentions if m.paragraph == "op:2" and m.entity.id == "un"] == ["Организацию"]
    assert "special-committee-on-decolonization" not in _ids(record, "op:3")


# A/RES/78/269 op 13 and A/RES/78/71 op 12: an official of a body is an entity of its own; the members
# of a body are a group, not one
OP13 = ("encourages the President of the General Assembly, the Secretary-General and the Director General of the World "
        "Health Organization, the Executive Director of the United Nations Environment Programme to promote")


def _linked_text(text: str, lang: str = "en"):
    return link(_record(lang, {"op:13": text}))


def test_officials_of_a_body_are_mentioned():
    labels = {m.entity.en for m in _linked_text(OP13).mentions if m.entity.type == "office"}
    assert {"Director-General of the World Health Organization", "Executive Director of the United Nations Environment Programme"} <= labels
    changed = OP13.replace("the Director General of the World Health Organization", "the World Health Organization")
    labels = {m.entity.en for m in _linked_text(changed).mentions if m.entity.type == "office"}
    assert not any(label.startswith("Director-General") for label in labels)
    members = OP13.replace("the Executive Director of", "the members of")
    assert not any(m.entity.en.startswith("members of") for m in _linked_text(members).mentions)


def test_a_name_opening_with_two_adjectives_joined_by_and_is_read_whole():
    """A/RES/78/158 pre 5: "the Asian and Pacific Centre for the Development of Disaster Information
    Management", not "Pacific Centre ..."; two names joined by "and" stay two."""
    text = "the report of the Asian and Pacific Centre for the Development of Disaster Information Management entitled"
    assert [f.text for f in find(text, "en")] == ["Asian and Pacific Centre for the Development of Disaster Information Management"]
    text = "the Canada and Mexico Working Group on Trade"
    assert "Canada and Mexico Working Group on Trade" not in [f.text for f in find(text, "en")]
    # ... and after "of the" (A/RES/78/158 pre 13): not "the Governing Council of the Asian"
    text = "the recommendation by the Governing Council of the Asian and Pacific Centre for the Development of Disaster Information Management to establish"
    assert [f.text for f in find(text, "en")][:1] == ["Governing Council of the Asian and Pacific Centre for the Development of Disaster Information Management"]


def test_an_instruments_author_is_a_name_of_its_own():
    """A/RES/78/158 pre 12: "the Regional Plan of Action on ... in Asia and the Pacific of the Asian and
    Pacific Centre ...": the plan and the centre that wrote it; a statute is named by its body."""
    text = ("taking note of the Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific of the Asian and Pacific "
            "Centre for the Development of Disaster Information Management,")
    assert [f.text for f in find(text, "en")] == [
        "Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific",
        "Asian and Pacific Centre for the Development of Disaster Information Management"]
    text = "taking note of the Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific of the Asian and Pacific Region,"
    assert [f.text for f in find(text, "en")] == [
        "Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific of the Asian and Pacific Region"]
    text = "the Staff Rules of the Appeals Tribunal of the Pacific Islands Commission,"
    assert [f.text for f in find(text, "en")] == ["Staff Rules of the Appeals Tribunal of the Pacific Islands Commission"]


@pytest.mark.parametrize(("text", "lang", "names"), [
    # A/RES/78/112 pre 13, A/RES/78/158 op 9: observances no registry holds
    ("Welcoming the proclamation of 10 March as the International Day of Women Judges,", "en", ["International Day of Women Judges"]),
    ("the International Day for the Elimination of Violence against Women and World Cleanup Day", "en",
     ["International Day for the Elimination of Violence against Women", "World Cleanup Day"]),
    ("Welcoming the International Day, on 10 March,", "en", []),  # the one named before
    ("决定宣布每年7月12日为国际防治沙尘暴日，", "zh", ["国际防治沙尘暴日"]),
    ("继续保持和加强国际原子能机构赴扎波里日亚核电站", "zh", []),
    # E/RES/2021/31 op:1 and the other versions: "coinciding with International Mother Earth Day"
    ("coincidiendo con el Día Internacional de la Madre Tierra;", "es", ["Día Internacional de la Madre Tierra"]),
    ("coïncidant avec la Journée internationale de la Terre nourricière ;", "fr", ["Journée internationale de la Terre nourricière"]),
    ("совпавшее с Международным днем Матери-Земли;", "ru", ["Международным днем Матери-Земли"]),
    ("بالتزامن مع اليوم الدولي لأمنا الأرض؛", "ar", ["اليوم الدولي لأمنا الأرض"]),
    # two observances joined by "and the", each its own; a clause after one is none of its words
    ("el Año Internacional del Mijo y el Año Internacional del Diálogo,", "es", ["Año Internacional del Mijo", "Año Internacional del Diálogo"]),
    ("la Journée internationale de la langue maternelle pour protéger les langues,", "fr", []),
    ("празднование Международного года семьи дает возможность проанализировать,", "ru", []),
    ("الاحتفال باليوم الدولي للشعوب الأصلية بطريقة مناسبة،", "ar", []),
])
def test_observances_no_registry_holds(text, lang, names):
    assert [f.text for f in find(text, lang) if f.entity.type == "observance"] == names


def test_a_court_or_tribunal_no_registry_holds_is_a_body():
    """A/RES/78/112 op 7: "the 125th anniversary of the Permanent Court of Arbitration"; a kind of
    court alone ("the Supreme Court" of a State) names no body of its own."""
    text = "to commemorate the 125th anniversary of the Permanent Court of Arbitration through appropriate activities"
    assert [(f.text, f.entity.type) for f in find(text, "en")] == [("Permanent Court of Arbitration", "body")]
    assert [f.text for f in find("the ruling of the Supreme Court of Kenya", "en")] == ["Kenya"]


def test_a_chinese_name_before_the_verb_it_is_the_partner_of():
    """A/RES/78/158 op 9: 与联合国防治沙尘暴联盟协作 ("in collaboration with the United Nations Coalition on
    Combating Sand and Dust Storms"): the name runs to its head noun before the verb, as before a
    comma; and 纪念国际防治沙尘暴日之际 ("on the occasion of the International Day of ...")."""
    text = "请大会主席在不重复工作的情况下，与联合国防治沙尘暴联盟协作，在大会第七十九届会议期间纪念国际防治沙尘暴日之际在纽约"
    names = [(f.text, f.entity.type) for f in find(text, "zh") if not f.entity.known]
    assert names == [("联合国防治沙尘暴联盟", "partnership"), ("国际防治沙尘暴日", "observance")]
    assert [f.text for f in find(text.replace("联盟协作", "联盟作者"), "zh") if f.entity.type == "partnership"] == []


@pytest.mark.parametrize(("text", "state"), [
    ("期待将在阿拉伯联合酋长国举行的缔约方会议第二十八届会议", "united-arab-emirates"),  # A/RES/78/158 pre 5
    ("危地马拉、柬埔寨和马耳他", "guatemala"),
])
def test_states_by_the_chinese_names_the_un_prints(text, state):
    """Debian's zh_CN catalogue gives 阿联酋, 瓜地马拉, 柬埔塞: the UN prints 阿拉伯联合酋长国, 危地马拉, 柬埔寨."""
    assert state in {f.entity.id for f in find(text, "zh")}
    assert "cambodia" in {f.entity.id for f in find("危地马拉、柬埔寨和马耳他", "zh")}


@pytest.mark.parametrize(("text", "lang", "states"), [
    ("Chile, Israel, Guatemala, Honduras y Panamá", "es", ["chile", "israel", "guatemala", "honduras", "panama"]),
    ("le Canada, le Mali, le Pakistan et Israël", "fr", ["canada", "mali", "pakistan", "israel"]),
    # the UN's names where the catalogue gives another (Киргизия, Turquie, Federación Rusa)
    ("в Кыргызстане и Тимор-Лешти", "ru", ["kyrgyzstan", "timor-leste"]),
    ("la Türkiye et le Viet Nam", "fr", ["turkiye", "viet-nam"]),
    ("la Federación de Rusia y la República Árabe Siria", "es", ["russian-federation", "syrian-arab-republic"]),
])
def test_a_state_named_alike_in_english_and_in_the_language(text, lang, states):
    """The catalogue's Spanish for Chile is Chile, its French for Canada is Canada: a translation, not
    an untranslated name to leave out (every such State was missing in French and Spanish)."""
    assert [f.entity.id for f in find(text, lang)] == states


def test_a_year_inside_a_name():
    """E/RES/2023/30 op 5: "the HIV Prevention 2025 Road Map"; the Education 2030 Framework for Action."""
    text = "encouraging members of the Global HIV Prevention Coalition to accelerate implementation of the HIV Prevention 2025 Road Map;"
    assert "HIV Prevention 2025 Road Map" in [f.text for f in find(text, "en")]
    assert not any("2025" in f.text for f in find(text.replace("2025 Road Map", "2025 targets"), "en"))


# E/RES/2024/12 footnote 5: the United Nations standards and norms in crime prevention, one after another
FN5 = ("The United Nations Standard Minimum Rules for the Administration of Juvenile Justice (the Beijing Rules), the "
       "Guidelines for Action on Children in the Criminal Justice System, the Guidelines on Justice in Matters involving "
       "Child Victims and Witnesses of Crime, the United Nations Model Strategies and Practical Measures on the "
       "Elimination of Violence against Children in the Field of Crime Prevention and Criminal Justice, the Code of "
       "Conduct for Law Enforcement Officials, the Guidelines for the Effective Implementation of the Code of Conduct "
       "for Law Enforcement Officials and the Basic Principles on the Use of Force and Firearms")


def test_the_names_of_rules_guidelines_and_codes_in_a_list():
    """Each name whole (through "involving", "against", a second head joined by "and": "Model
    Strategies and Practical Measures"), each an instrument, and two names joined by "and the" two."""
    found = [(f.text, f.entity.type) for f in find(FN5, "en") if f.entity.type == "instrument" and not f.entity.known]
    assert ("United Nations Standard Minimum Rules for the Administration of Juvenile Justice", "instrument") in found
    assert ("Guidelines for Action on Children in the Criminal Justice System", "instrument") in found
    assert ("Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime", "instrument") in found
    assert ("United Nations Model Strategies and Practical Measures on the Elimination of Violence against Children in the "
            "Field of Crime Prevention and Criminal Justice", "instrument") in found
    assert ("Code of Conduct for Law Enforcement Officials", "instrument") in found
    assert ("Basic Principles on the Use of Force and Firearms", "instrument") in found
    assert not any(" and the Basic Principles" in name for name, _ in found)


@pytest.mark.parametrize(("text", "lang"), [
    ("协同世界卫生组织、联合国粮食及农业组织、世界动物卫生组织和联合国环境规划署", "zh"),  # A/RES/78/269 pre 1
    ("the World Organisation for Animal Health and the United Nations Environment Programme", "en"),
    ("de la Organización Mundial de Sanidad Animal y del Programa", "es"),
])
def test_the_world_organisation_for_animal_health(text, lang):
    assert "woah" in [f.entity.id for f in find(text, lang)]


def test_a_chinese_group_named_by_its_leaders_or_experts():
    """A/RES/78/269 pre 1: 抗微生物药物耐药性全球领导人小组 (the Global Leaders Group on Antimicrobial
    Resistance); a group of no one in particular (两个小组, "two groups") names none."""
    text = "并在抗微生物药物耐药性全球领导人小组的支持下，提出"
    assert [f.text for f in find(text, "zh") if not f.entity.known] == ["抗微生物药物耐药性全球领导人小组"]
    assert [f.text for f in find("并设立两个小组，提出", "zh") if not f.entity.known] == []


def test_a_name_that_ends_with_states_or_a_community():
    """A/RES/78/235 op 3 and 7: "the Economic Community of Central African States" (its last word is a name
    the registry knows alone, "States"), "the Alliance of Small Island States"; 中部非洲国家经济共同体;
    a community of shared future (人类命运共同体) names no body."""
    text = "the States members of the Economic Community of Central African States and the Alliance of Small Island States"
    names = [f.text for f in find(text, "en") if not f.entity.known]
    assert names == ["Economic Community of Central African States", "Alliance of Small Island States"]
    assert [f.text for f in find("该中心继续加强其与非洲联盟、中部非洲国家经济共同体、联合国", "zh") if not f.entity.known] == ["中部非洲国家经济共同体"]
    assert [f.text for f in find("，协力构建人类命运共同体，", "zh") if not f.entity.known] == []


@pytest.mark.parametrize(("text", "lang", "entity"), [
    ("принятую на Конференции Организации Объединенных Наций по жилью и устойчивому городскому развитию (Хабитат III)", "ru", "habitat-iii-2016"),
    ("ссылаясь на Итоговый документ Всемирного саммита 2005 года", "ru", "world-summit-outcome-2005"),
    ("Rappelant le Document final du Sommet mondial de 2005", "fr", "world-summit-outcome-2005"),
    ("回顾《2005年世界首脑会议成果》", "zh", "world-summit-outcome-2005"),
    ("على مؤتمر الأمم المتحدة العالمي الثالث المعني بالحد من مخاطر الكوارث", "ar", "wcdrr-2015"),
])
def test_registry_names_in_the_other_languages(text, lang, entity):
    """Names the registry lacked in Russian, Arabic, French, Spanish or Chinese, as the corpus prints them."""
    assert entity in [f.entity.id for f in find(text, lang)]


@pytest.mark.parametrize(("printed", "state"), [
    ("the Islamic Republic of Iran", "iran-islamic-republic-of"),
    ("the Bolivarian Republic of Venezuela", "venezuela-bolivarian-republic-of"),
    ("the Kingdom of the Netherlands", "netherlands-kingdom-of-the"),
])
def test_a_state_is_found_in_the_running_texts_order_of_the_uns_list_form(printed, state):
    """A/RES/78/158 op 16: "held in the Islamic Republic of Iran on 12 July 2022"; the UN's list
    prints "Iran (Islamic Republic of)"."""
    text = f"Takes note of the regional ministerial meeting on environmental cooperation held in {printed} on 12 July 2022;"
    linked = _linked_text(text)
    assert state in {m.entity.id for m in linked.mentions if m.entity.type == "member-state"}
    assert not any(m.entity.type == "member-state" for m in _linked_text(text.replace(printed, "the Islamic Republic")).mentions)


def test_a_body_serving_as_a_secretariat_names_no_office():
    """E/RES/2021/31 op:3: ECLAC "to perform its functions as secretariat of the Regional Agreement"
    plays a role; the secretariat named is an office."""
    role = ("Requests the Secretary-General to provide resources to the Economic Commission for Latin America and the Caribbean "
            "to perform its functions as secretariat of the Paris Agreement;")
    offices = {m.entity.id for m in _linked_text(role).mentions if m.entity.type == "office"}
    assert offices == {"secretary-general"}
    offices = {m.entity.id for m in _linked_text(role.replace("as secretariat of", "with the secretariat of")).mentions if m.entity.type == "office"}
    assert offices == {"secretary-general", "secretariat-of-paris-agreement"}


@pytest.mark.parametrize(("text", "names"), [
    # A/RES/78/171 pre 8: a commission's resolutions (关于 after the name)
    ("又回顾非洲人权和人民权利委员会关于防止攻击和歧视白化病患者的第263号决议，", ["非洲人权和人民权利委员会"]),
    ("中美洲议会关于人口贩运问题的决议", ["中美洲议会"]),
    # A/RES/78/112 op 7: a court (法院) established (成立) 125 years ago
    ("邀请会员国通过自愿捐款资助的适当活动纪念常设仲裁法院成立125周年；", ["常设仲裁法院"]),
    # a tribunal (法庭) and an office (办事处); 和平 and 使用 open no cut
    ("赞扬前南斯拉夫问题国际法庭、联合国中部非洲区域办事处和联合国和平与裁军非洲区域中心的工作，", ["前南斯拉夫问题国际法庭", "联合国中部非洲区域办事处", "联合国和平与裁军非洲区域中心"]),
    ("注意到外层空间使用核动力源工作组的报告，", ["外层空间使用核动力源工作组"]),
    # an international court, of no one in particular, names none
    ("认识到一个国际性法院的作用，", []),
])
def test_chinese_names_of_courts_councils_and_offices(text, names):
    found = [f.text for f in find(text, "zh") if not f.entity.known and f.entity.type not in ("member-state", "other")]
    assert found == names


def test_a_chinese_name_ending_on_a_body_head_is_no_instrument():
    """新议程联盟 (the New Agenda Coalition) holds 议程 (agenda) but ends on 联盟: a coalition."""
    (f,) = [f for f in find("赞赏新议程联盟的努力，", "zh") if not f.entity.known]
    assert (f.text, f.entity.type) == ("新议程联盟", "partnership")


def test_a_bare_chinese_head_after_an_opening_verb_is_the_body_named_before():
    """A/RES/78/71 op:18 (zh): 欣见委员会秘书处..., 核可委员会的工作方案: 委员会 after a verb that opens
    paragraphs is the Committee the text named; a head that qualifies a name (发展合作论坛) or an
    instrument's (纪念宣言) is not a short name."""
    text = "赞赏联合国国际贸易法委员会的工作，并核可委员会的工作方案；"
    linked = _linked_text(text, "zh")
    assert [m.as_printed for m in linked.mentions if m.entity.id == "uncitral"] == ["联合国国际贸易法委员会", "委员会"]
    linked = _linked_text(text.replace("并核可委员会", "并以委员会"), "zh")
    assert [m.as_printed for m in linked.mentions if m.entity.id == "uncitral"] == ["联合国国际贸易法委员会"]
    linked = _linked_text("赞赏联合国国际贸易法委员会的工作，并欢迎发展合作论坛的成果；", "zh")
    assert "发展合作论坛" in [m.as_printed for m in linked.mentions]


@pytest.mark.parametrize(("lang", "full", "short"), [
    # E/RES/2022/12 annex A op:1 and op:2
    ("en", "Takes note of the report on the follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice;",
     "Invites Governments to consider the Kyoto Declaration, adopted by the Fourteenth Congress, when formulating legislation;"),
    ("ar", "تحيط علما بتقرير الأمين العام عن متابعة نتائج مؤتمر الأمم المتحدة الرابع عشر لمنع الجريمة والعدالة الجنائية؛",
     "تكرر دعوتها الموجهة إلى الحكومات لأن تضع في اعتبارها إعلان كيوتو، الذي اعتمده المؤتمر الرابع عشر، عند وضع التشريعات؛"),
    ("fr", "Prend note du rapport du Secrétaire général sur la suite à donner au quatorzième Congrès des Nations Unies pour la "
           "prévention du crime et la justice pénale ;",
     "Invite de nouveau les gouvernements à prendre en compte la Déclaration de Kyoto, adoptée par le quatorzième Congrès, dans "
     "l’élaboration de leur législation ;"),
    ("es", "Toma nota del informe del Secretario General sobre el seguimiento del 14º Congreso de las Naciones Unidas sobre "
           "Prevención del Delito y Justicia Penal;",
     "Reitera su invitación a los Gobiernos a que tengan en cuenta la Declaración de Kioto, aprobada por el 14º Congreso, al "
     "formular legislación;"),
    # Russian: the same name in another case
    ("ru", "принимает к сведению доклад Генерального секретаря о последующей деятельности по итогам четырнадцатого Конгресса "
           "Организации Объединенных Наций по предупреждению преступности и уголовному правосудию;",
     "вновь предлагает правительствам учитывать Киотскую декларацию, принятую на четырнадцатом Конгрессе, при разработке законодательства;"),
])
def test_a_meeting_called_again_by_its_edition_is_the_meeting_named_before(lang, full, short):
    linked = _linked_text_paragraphs(lang, {"op:1": full, "op:2": short})
    (first,) = [e for e in linked.events if e.paragraph == "op:1"]
    (again,) = [e for e in linked.events if e.paragraph == "op:2"]
    assert first.edition == again.edition == "14" and again.entity.id == first.entity.id
    other = (short.replace("Fourteenth", "Fifteenth").replace("الرابع عشر", "الخامس عشر").replace("quatorzième", "quinzième")
             .replace("14º", "15º").replace("четырнадцатом", "пятнадцатом"))
    linked = _linked_text_paragraphs(lang, {"op:1": full, "op:2": other})
    assert [e.entity.id for e in linked.events if e.paragraph == "op:2"] != [first.entity.id]


def _linked_text_paragraphs(lang: str, paragraphs: dict[str, str]):
    return link(_record(lang, paragraphs))


def test_a_name_inside_a_meetings_name_is_that_meeting_not_an_entity_of_its_own():
    """A/RES/78/158 pre:19: "the first International Conference on Combating Sand and Dust Storms ...
    and the second International Conference ...": two meetings, not also a third entity named
    "International Conference on Combating Sand and Dust Storms" (their series' name)."""
    text = ("recalling the first International Conference on Combating Sand and Dust Storms, held in Tehran from 3 to 5 July "
            "2017, and the second International Conference on Combating Sand and Dust Storms, held in Tehran on 9 and 10 September 2023,")
    linked = _linked_text(text)
    assert [e.edition for e in linked.events] == ["1", "2"]
    assert not [m for m in linked.mentions if m.entity.type == "event" and m.entity.id not in {e.entity.id for e in linked.events}]
    alone = _linked_text("recalling the International Conference on Combating Sand and Dust Storms,")
    assert [m.as_printed for m in alone.mentions if m.entity.type == "event"] == ["International Conference on Combating Sand and Dust Storms"]


def test_a_short_name_in_brackets_after_an_instrument_is_that_instrument():
    """E/RES/2022/13 annex A pre:6: "the United Nations Standard Minimum Rules for Non-custodial
    Measures (the Tokyo Rules)" is one instrument under two names; a name that is not in brackets
    after it stays an instrument of its own."""
    text = ("including the United Nations Standard Minimum Rules for Non-custodial Measures (the Tokyo Rules), and the "
            "Guidelines for the Prevention of Crime,")
    found = {f.text: f.entity.id for f in find(text, "en") if f.entity.type == "instrument"}
    assert found["Tokyo Rules"] == found["United Nations Standard Minimum Rules for Non-custodial Measures"]
    apart = {f.text: f.entity.id for f in find(text.replace("(the Tokyo Rules)", "and the Tokyo Rules"), "en")}
    assert apart["Tokyo Rules"] != apart["United Nations Standard Minimum Rules for Non-custodial Measures"]


@pytest.mark.parametrize(("lang", "paragraphs"), [
    # A/RES/78/68 pre:2 defines "the Convention" as the Convention on the Law of the Sea: a convention named
    # since (the CITES, op:20) does not make "the Convention" that one
    ("en", {"pre:2": "Recalling the relevant provisions of the United Nations Convention on the Law of the Sea (the Convention),",
            "op:1": "Notes the work of the Convention on International Trade in Endangered Species of Wild Fauna and Flora,",
            "op:2": "Calls upon States to become parties to the Convention;"}),
    ("ar", {"pre:2": "وإذ تشير إلى الأحكام ذات الصلة الواردة في اتفاقية الأمم المتحدة لقانون البحار (الاتفاقية)،",
            "op:1": "تلاحظ أعمال اتفاقية التنوع البيولوجي،",
            "op:2": "تهيب بالدول أن تصبح أطرافا في الاتفاقية؛"}),
    ("fr", {"pre:2": "Rappelant les dispositions pertinentes de la Convention des Nations Unies sur le droit de la mer (la Convention),",
            "op:1": "Prend note des travaux de la Convention sur la diversité biologique,",
            "op:2": "Demande aux États de devenir parties à la Convention ;"}),
])
def test_a_short_name_the_document_defines_stands_for_that_name(lang, paragraphs):
    record = link(_record(lang, paragraphs))
    assert {m.entity.id for m in record.mentions if m.paragraph == "op:2"} >= {"unclos"}
    # (a French head that opens a name no registry holds is no short name: A/RES/78/69 op:244 and op:253)
    if lang == "fr":
        for name in ("la Convention internationale de 1990 sur la préparation, la lutte et la coopération",
                     "la Convention de 1972 sur la prévention de la pollution des mers",
                     "la Convention visant à faciliter le trafic maritime international"):
            other = link(_record(lang, {**paragraphs, "op:3": f"Encourage les États à ratifier {name} ;"}))
            assert "unclos" not in {m.entity.id for m in other.mentions if m.paragraph == "op:3"}, name
    undefined = {pid: text.replace(" (the Convention)", "").replace(" (الاتفاقية)", "").replace(" (la Convention)", "")
                 for pid, text in paragraphs.items()}
    assert "unclos" not in {m.entity.id for m in link(_record(lang, undefined)).mentions if m.paragraph == "op:2"}


@pytest.mark.parametrize(("text", "instrument"), [
    # the UN's Arabic names as its texts print them: A/RES/78/68 pre:2, A/RES/78/262 op:4
    ("واتفاق عام 1995 لتنفيذ ما تتضمنه اتفاقية الأمم المتحدة لقانون البحار المؤرخة 10 كانون الأول/ديسمبر 1982 من أحكام بشأن "
     "حفظ وإدارة الأرصدة السمكية المتداخلة المناطق والأرصدة السمكية الكثيرة الارتحال (الاتفاق)،", "fish-stocks-agreement"),
    ("بما يتماشى مع خطة عام 2030 وخطة الاتحاد الأفريقي لعام 2063: أفريقيا التي نصبو إليها،", "agenda-2063"),
])
def test_an_arabic_instrument_by_the_name_the_un_prints(text, instrument):
    assert instrument in [f.entity.id for f in find(text, "ar") if f.entity.type == "instrument"]


@pytest.mark.parametrize(("text", "lang", "entity"), [
    # the names the UN's versions print where the registry had another (A/RES/78/216 op:29, E/RES/2024/8 op:73,
    # A/RES/78/288 pre:3, E/RES/2022/15 op:42, A/RES/78/158 pre:9)
    ("تهيب بجميع الدول أن تنفذ المبادئ التوجيهية المتعلقة بالأعمال التجارية وحقوق الإنسان:", "ar",
     "guiding-principles-on-business-and-human-rights"),
    ("بما في ذلك اتفاقية عام 1951 الخاصة بوضع اللاجئين", "ar", "refugee-convention"),
    ("又重申《维也纳宣言和行动纲领》以及《北京宣言》和《行动纲要》", "zh", "beijing-declaration-and-platform-for-action"),
    ("Prend note de la Recommandation sur l’éthique de l’intelligence artificielle", "fr", "unesco-recommendation-ethics-ai"),
    ("en Abiyán (Côte d’Ivoire) del 9 al 20 de mayo de 2022", "es", "cote-d-ivoire"),
    # A/RES/78/146 pre:19: 国际和区域组织 (97 Chinese texts print it so, 19 国际组织和区域组织)
    ("注意到会员国、国际和区域组织以及民间社会为讨论", "zh", "international-and-regional-organizations"),
    # the Commission on the Limits of the Continental Shelf (A/RES/78/69), now in the registry in six languages
    ("le rapport de la Commission des limites du plateau continental", "fr", "commission-on-the-limits-of-the-continental-shelf"),
    ("доклад Комиссии по границам континентального шельфа", "ru", "commission-on-the-limits-of-the-continental-shelf"),
    # an Arabic alef whatever its hamza: the UN's أفريقيا and the ISO catalogue's إفريقيا
    ("بالتعاون مع الاتحاد الإفريقي", "ar", "african-union"),
    ("حكومة جنوب إفريقيا", "ar", "south-africa"),
])
def test_a_name_the_un_prints_in_a_version(text, lang, entity):
    assert entity in [f.entity.id for f in find(text, lang)]


def test_a_numbered_principle_and_their_inside_a_name():
    """E/RES/2021/31 pre:3 and E/RES/2024/12 fn:5: a numbered part ("Principle 10") and "of their"
    go on with a name; "the Declaration" that opens a longer name is no short name of another."""
    text = ("Recalling the Rio Declaration on Environment and Development and the Declaration on the Application of "
            "Principle 10 of the Rio Declaration on Environment and Development, and the United Nations Rules for the "
            "Protection of Juveniles Deprived of their Liberty,")
    linked = _linked_text(text)
    names = [m.as_printed for m in linked.mentions if m.entity.type == "instrument"]
    assert "Declaration on the Application of Principle 10 of the Rio Declaration on Environment and Development" in names
    assert "United Nations Rules for the Protection of Juveniles Deprived of their Liberty" in names
    assert "the Declaration" not in names


def test_a_name_goes_on_through_by_with_what_it_is_about():
    """E/RES/2024/12 fn:5: "Basic Principles on the Use of Force and Firearms by Law Enforcement
    Officials" is one name; "by Member States" or "by the General Assembly" says who acts on it."""
    text = ("the Code of Conduct for Law Enforcement Officials and the Basic Principles on the Use of Force and "
            "Firearms by Law Enforcement Officials.")
    names = [f.text for f in find(text, "en") if f.entity.type == "instrument"]
    assert "Basic Principles on the Use of Force and Firearms by Law Enforcement Officials" in names
    for actor in ("Member States", "the General Assembly"):
        names = [f.text for f in find(text.replace("Law Enforcement Officials.", actor + "."), "en")]
        assert "Basic Principles on the Use of Force and Firearms" in names


def test_a_name_goes_on_through_at_sea_among_into_and_the_after_a_verb():
    """GA texts: "the International Convention for the Safety of Life at Sea", "the Global Agenda for
    Dialogue among Civilizations", "the Road Map on Harnessing the Demographic Dividend through
    Investments in Youth" are whole names; "at" a city ends one."""
    def names(text):
        return [f.text for f in find(text, "en") if f.entity.type in ("instrument", "body")]

    assert "International Convention for the Safety of Life at Sea" in names(
        "the International Convention for the Safety of Life at Sea, as amended")
    assert "Global Agenda for Dialogue among Civilizations" in names("the Global Agenda for Dialogue among Civilizations,")
    assert "Road Map on Harnessing the Demographic Dividend through Investments in Youth" in names(
        "the African Union Road Map on Harnessing the Demographic Dividend through Investments in Youth, and")
    assert "Road Map on Harnessing" in names("the Road Map on Harnessing the demographic dividend")
    assert "Subregional Centre for Human Rights and Democracy in Central Africa" in names(
        "the Subregional Centre for Human Rights and Democracy in Central Africa at Yaoundé")


def test_a_name_ends_before_a_month_a_day_it_is_named_on_and_a_staff_grade():
    """GA texts: "... Members of Their Families in December", "... Latin America and the Caribbean on
    the International Day for ...", "... Facilitation in Pristina from the P-4 to the P-5"; "between"
    goes on with a name ("the Relationship between Disarmament and Development"); a paragraph's first
    word that opens a name is no verb ("Meeting of the High Contracting Parties ...")."""
    def names(text):
        return [f.text for f in find(text, "en")]

    assert "International Forum of Peace and Trust" in names("at the International Forum of Peace and Trust in December 2025,")
    assert "International Forum of Peace and Trust in Ashgabat" in names("at the International Forum of Peace and Trust in Ashgabat,")
    assert "Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean" in names(
        "the Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean on the International Day for the "
        "Total Elimination of Nuclear Weapons")
    assert "Office of Community Support and Facilitation in Pristina" in names(
        "the Office of Community Support and Facilitation in Pristina from the P-4 to the P-5 level")
    assert "International Conference on the Relationship between Disarmament and Development" in names(
        "the final document of the International Conference on the Relationship between Disarmament and Development,")
    assert "Meeting of the High Contracting Parties to the Convention" in names(
        "Meeting of the High Contracting Parties to the Convention from 15 to 17 November 2023")


def test_the_programme_of_action_is_called_by_its_whole_head():
    """A/RES/78/318 pre:2 and pre:5: "the Programme of Action" is the Programme of Action of the World
    Summit for Social Development named before, not any programme."""
    linked = _linked_text_paragraphs("en", {
        "pre:2": "Reaffirming the Programme of Action of the World Summit for Social Development,",
        "pre:5": "Welcoming the progress made towards the full implementation of the Programme of Action,"})
    assert [m.entity.id for m in linked.mentions if m.paragraph == "pre:5"] == ["wssd-programme-of-action"]
    linked = _linked_text_paragraphs("en", {
        "pre:2": "Reaffirming the Programme of Action of the World Summit for Social Development,",
        "pre:5": "Welcoming the progress made towards the full implementation of the Programme,"})
    assert [m.entity.id for m in linked.mentions if m.paragraph == "pre:5"] == []


def test_an_unknown_name_whose_id_is_a_registry_entrys_is_that_entry():
    """A/RES/78/158 pre:10 prints "the Kunming Montreal Global Biodiversity Framework" without the
    hyphen the registry's name has: the same id, so the registry's entity, with its label."""
    (found,) = [f for f in find("and its outcomes, including the Kunming Montreal Global Biodiversity Framework, and", "en")
                if f.entity.type == "instrument"]
    assert found.entity.known and found.entity.label == "Kunming-Montreal Global Biodiversity Framework"
    (other,) = [f for f in find("and its outcomes, including the Kunming Lisbon Global Biodiversity Framework, and", "en")
                if f.entity.type == "instrument"]
    assert not other.entity.known


AR_PRE6 = ("بما في ذلك قواعد الأمم المتحدة لمعاملة السجينات والتدابير غير الاحتجازية للمجرمات (قواعد بانكوك)، "
           "وقواعد الأمم المتحدة الدنيا النموذجية للتدابير غير الاحتجازية (قواعد طوكيو)، وفقا لقواعد الأمم المتحدة وإجراءاتها")
# E/RES/2022/13 annex A pre:6 (Arabic), its end changed to add the United Nations' rules and procedures


def test_arabic_instruments_no_registry_holds():
    """The United Nations' Standard Minimum Rules for Non-custodial Measures, no registry's, are one
    instrument with the short name in brackets after it (the Tokyo Rules); "the United Nations' rules
    and procedures" are no instrument; without the United Nations' name the head alone names none."""
    found = [(f.text, f.entity.id) for f in find(AR_PRE6, "ar") if f.entity.type == "instrument"]
    tokyo = [i for t, i in found if t in ("قواعد الأمم المتحدة الدنيا النموذجية للتدابير غير الاحتجازية", "قواعد طوكيو")]
    assert len(tokyo) == 2 and len(set(tokyo)) == 1 and not tokyo[0] == "bangkok-rules"
    assert not any("وإجراءاتها" in t for t, _ in found)
    plain = AR_PRE6.replace("وقواعد الأمم المتحدة الدنيا النموذجية", "وقواعد دنيا نموذجية")
    assert not any(t.startswith("قواعد دنيا") for t, _ in ((f.text, 0) for f in find(plain, "ar")))


def test_a_citys_declaration_opening_a_registry_name_is_that_instrument():
    """E/RES/2022/7 pre:4 (Arabic) calls the Copenhagen Declaration on Social Development
    "إعلان كوبنهاغن": the one registry instrument whose name it opens before its complement; a city's
    declaration no registry name opens is not read alone."""
    ids = [f.entity.id for f in find("وإذ تشير إلى إعلان كوبنهاغن وبرنامج العمل", "ar") if f.entity.type == "instrument"]
    assert ids == ["copenhagen-declaration"]
    assert [f for f in find("وإذ تشير إلى إعلان مراكش وبرنامج العمل", "ar") if f.entity.type == "instrument"] == []


def test_an_instrument_no_registry_holds_is_called_again_by_the_words_before_its_complement():
    """E/RES/2023/30 pre:3 and pre:4: "the 2021 Political Declaration on HIV and AIDS: Ending
    Inequalities ..." is then "the 2021 Political Declaration"; A/RES/78/136 op:8: "the Common Framework
    for Debt Treatments ... the Common Framework". Another year is another declaration."""
    full = ("Taking note of the importance of the 2021 Political Declaration on HIV and AIDS: Ending Inequalities and "
            "Getting on Track to End AIDS by 2030,")
    again = "the need to implement the commitments and pledges in the 2021 Political Declaration consistent with national laws,"
    linked = _linked_text_paragraphs("en", {"pre:3": full, "pre:4": again})
    (first,) = [m.entity.id for m in linked.mentions if m.paragraph == "pre:3" and m.entity.type == "instrument"]
    assert [m.entity.id for m in linked.mentions if m.paragraph == "pre:4" and m.entity.type == "instrument"] == [first]
    linked = _linked_text_paragraphs("en", {"pre:3": full, "pre:4": again.replace("2021", "2016")})
    assert [m.entity.id for m in linked.mentions if m.paragraph == "pre:4" and m.entity.type == "instrument"] != [first]


@pytest.mark.parametrize(("text", "lang"), [
    # A/RES/78/318 op:3 in the six languages
    ("Further decides that the Summit, subject to the rules of procedure of the General Assembly, will consist of:", "en"),
    ("还决定，根据大会议事规则，峰会将由以下各部分组成：", "zh"),
    ("Décide en outre que le Sommet, conformément au règlement intérieur de l’Assemblée générale, se déroulera comme suit :", "fr"),
    ("Decide además que la Cumbre, con sujeción al Reglamento de la Asamblea General, consistirá en lo siguiente:", "es"),
    ("постановляет далее, что в соответствии с правилами процедуры Генеральной Ассамблеи Встреча будет включать:", "ru"),
    ("تقرر كذلك أن يتألف مؤتمر القمة، رهنا بالنظام الداخلي للجمعية العامة، مما يلي:", "ar"),
])
def test_a_bodys_rules_of_procedure_are_one_instrument_in_every_language(text, lang):
    linked = _linked_text(text, lang)
    assert [m.entity.id for m in linked.mentions if m.entity.type == "instrument"] == ["rules-of-procedure-of-general-assembly"]
    assert "general-assembly" in [m.entity.id for m in linked.mentions]
    other = text.replace("rules of procedure", "practice").replace("议事规则", "惯例").replace("règlement intérieur", "pratique") \
        .replace("Reglamento", "práctica").replace("правилами процедуры", "практикой").replace("بالنظام الداخلي", "بممارسة")
    assert [m for m in _linked_text(other, lang).mentions if m.entity.type == "instrument"] == []


def test_the_secretariat_alone_is_the_secretariat_of_the_body_the_resolution_is_about():
    """A/RES/78/71 op:12-13: after the United Nations Scientific Committee on the Effects of Atomic
    Radiation is named, "Requests the secretariat to monitor ..." asks its secretariat; "the Secretariat"
    (capitalised) is the United Nations', and "as the secretariat" a role."""
    paragraphs = {"op:12": "Requests the United Nations Scientific Committee on the Effects of Atomic Radiation to continue its work;",
                  "op:13": "Requests the secretariat to monitor the timely publication of approved reports;"}
    linked = _linked_text_paragraphs("en", paragraphs)
    assert [m.entity.id for m in linked.mentions if m.paragraph == "op:13"] == ["secretariat-of-unscear"]
    linked = _linked_text_paragraphs("en", {**paragraphs, "op:13": paragraphs["op:13"].replace("secretariat", "Secretariat")})
    assert [m.entity.id for m in linked.mentions if m.paragraph == "op:13"] == ["un-secretariat"]
    linked = _linked_text_paragraphs("en", {**paragraphs, "op:13": "Invites the Agency to serve as the secretariat of the network;"})
    assert not any(m.entity.id == "secretariat-of-unscear" for m in linked.mentions)


@pytest.mark.parametrize(("lang", "text"), [
    # A/RES/78/235 pre:12 and its French and Spanish versions: "the Secretariat" alone is the United Nations'
    ("en", "Noting with concern the liquidity crisis of the Secretariat on the capacity of the Centre,"),
    ("fr", "Notant avec préoccupation la crise de liquidités du Secrétariat et ses effets sur le Centre,"),
    ("es", "Observando con preocupación la crisis de liquidez de la Secretaría y sus efectos en el Centro,"),
    ("ru", "отмечая с обеспокоенностью кризис ликвидности Секретариата и его последствия для Центра,"),
    ("ar", "وإذ تشير بقلق إلى أزمة السيولة في الأمانة العامة وآثارها على المركز،"),
])
def test_the_secretariat_capitalised_is_the_united_nations_secretariat(lang, text):
    ids = [m.entity.id for m in _linked_text_paragraphs(lang, {"pre:12": text}).mentions]
    assert "un-secretariat" in ids
    # Russian: another's secretariat in lower case; Arabic: another's أمانة, without العامة
    lower = {"en": "the secretariat", "fr": "du secrétariat", "es": "la secretaría", "ru": "секретариата", "ar": "الأمانة"}[lang]
    upper = {"en": "the Secretariat", "fr": "du Secrétariat", "es": "la Secretaría", "ru": "Секретариата", "ar": "الأمانة العامة"}[lang]
    assert "un-secretariat" not in [m.entity.id for m in _linked_text_paragraphs(lang, {"pre:12": text.replace(upper, lower)}).mentions]


@pytest.mark.parametrize(("lang", "text", "office"), [
    # A/RES/78/269 fn:8 and A/RES/78/112 op:10 in their versions: the offices that serve the President and
    # the Secretary-General are entities of their own, not the officers they serve
    ("en", "will be made known to the Office of the President of the General Assembly and the requester.",
     "office-of-the-president-of-the-general-assembly"),
    ("ru", "будут доводиться до сведения Канцелярии Председателя Генеральной Ассамблеи и запрашивающей стороны.",
     "office-of-the-president-of-the-general-assembly"),
    ("zh", "欢迎法治协调和资源小组和秘书长办公厅法治股与会员国就“促进国际法治”专题开展对话", "eosg"),
    ("fr", "avec le Cabinet du Secrétaire général", "eosg"),
])
def test_the_office_of_an_officer_is_its_own_entity(lang, text, office):
    ids = [m.entity.id for m in _linked_text_paragraphs(lang, {"op:10": text}).mentions]
    assert office in ids
    officer = {"office-of-the-president-of-the-general-assembly": "president-of-the-general-assembly", "eosg": "secretary-general"}[office]
    assert officer not in ids


def test_a_short_name_before_those_it_serves_is_that_body():
    """E/RES/2023/30 pre:21: "the support provided by the Joint Programme to Member States" names the
    Joint United Nations Programme on HIV/AIDS named before ("to Member States" is no complement of its
    name); "the Joint Programme to Combat ..." opens another name."""
    paragraphs = {"pre:1": "Recalling the Joint United Nations Programme on HIV/AIDS,",
                  "pre:21": "Noting the support provided by the Joint Programme to Member States,"}
    linked = _linked_text_paragraphs("en", paragraphs)
    assert "unaids" in [m.entity.id for m in linked.mentions if m.paragraph == "pre:21"]
    linked = _linked_text_paragraphs("en", {**paragraphs, "pre:21": "Noting the support provided by the Joint Programme to Combat Malaria,"})
    assert "unaids" not in [m.entity.id for m in linked.mentions if m.paragraph == "pre:21"]


def test_a_chinese_name_after_a_body_and_with():
    """A/RES/78/235 op:3 (zh): 该中心与中部非洲国家经济共同体成员国的合作: the Economic Community of Central
    African States follows 该中心与 ("the Centre with"); 与 in a name's middle keeps it whole."""
    text = "又满意地注意到该中心的活动日益增多，而且该中心与中部非洲国家经济共同体成员国的合作有所改进"
    assert "中部非洲国家经济共同体" in [f.text for f in find(text, "zh")]
    assert "中部非洲国家经济共同体" not in [f.text for f in find(text.replace("该中心与", "该中心"), "zh")]


@pytest.mark.parametrize(("text", "conference"), [
    # E/RES/2022/12 and A/RES/78 (zh): a congress or conference Chinese calls 大会, and the Assembly
    ("注意到第十四届联合国预防犯罪和刑事司法大会的成果", "第十四届联合国预防犯罪和刑事司法大会"),
    ("回顾联合国住房和城市可持续发展大会的成果", "联合国住房和城市可持续发展大会"),
    ("其中大会请秘书长提交报告", None),
    ("根据大会第78/1号决议", None),
    ("回顾第二次大会预防和控制非传染性疾病问题高级别会议", None),
    ("平等报道大会授权召开的所有会议", None),
])
def test_a_chinese_conference_named_assembly_is_no_general_assembly(text, conference):
    from unkg.ingest.events import find_events

    found = find(text, "zh")
    assert ("general-assembly" in [f.entity.id for f in found]) == (conference is None)
    if conference is not None:
        (ev,) = find_events(text, "zh", found=found)
        assert ev.as_printed == conference


@pytest.mark.parametrize(("text", "lang"), [
    # E/RES/2024/21 op:13: the departments by the names they had before 2019
    ("Recalls the preparation by the Department of Public Information and the Department of Political Affairs of the Secretariat", "en"),
    ("回顾新闻部和秘书处政治事务部编写", "zh"),
])
def test_a_department_by_its_former_name_is_the_department(text, lang):
    ids = [f.entity.id for f in find(text, lang)]
    assert "dgc" in ids and "dppa" in ids


def test_an_arabic_body_is_called_by_its_head_and_first_genitive():
    """A/RES/78/74 op:2 (ar): after "لجنة التوفيق التابعة للأمم المتحدة والخاصة بفلسطين", "لجنة التوفيق" (the
    Conciliation Commission) is that Commission; "مجلس حقوق" is no short name of the Human Rights Council."""
    text = ("تلاحظ مع الأسف أيضا أن لجنة التوفيق التابعة للأمم المتحدة والخاصة بفلسطين لم تتمكن من الاهتداء إلى وسيلة "
            "لإحراز تقدم، وتعيد تأكيد طلبها إلى لجنة التوفيق أن تواصل بذل الجهود")
    linked = _linked_text(text, "ar")
    assert [m.as_printed for m in linked.mentions if m.entity.id == "unccp"][-1] == "لجنة التوفيق"
    linked = _linked_text("يرحب بعمل مجلس حقوق الإنسان، ويطلب إلى مجلس حقوق أن يواصل", "ar")
    assert [m.as_printed for m in linked.mentions if m.entity.id == "human-rights-council"] == ["مجلس حقوق الإنسان"]


@pytest.mark.parametrize(("text", "name"), [
    # A/RES/78/158 op:4 and op:25 (zh): a name followed by its predicate (投入运作, 在...范围内)
    ("欢迎联合国防治沙尘暴联盟投入运作，并正展开努力", "联合国防治沙尘暴联盟"),
    ("邀请联合国防治沙尘暴联盟在现有任务规定和资源范围内继续努力", "联合国防治沙尘暴联盟"),
    ("邀请联合国防治沙尘暴联盟投资", None),
])
def test_a_chinese_name_before_its_predicate(text, name):
    names = [f.text for f in find(text, "zh") if f.entity.type == "partnership"]
    assert names == ([name] if name else [])


def test_a_chinese_name_after_a_number():
    """A/RES/78/159 op:5 (zh): ...第5/14号决议设立的政府间谈判委员会举行...: a name may begin after a
    number's last character (the words of the number cut off)."""
    text = "欢迎联合国环境大会第五届会议续会2022年3月2日第5/14号决议设立的政府间谈判委员会举行第一届和第二届会议"
    assert "政府间谈判委员会" in [f.text for f in find(text, "zh")]
    assert "年可持续发展目标峰会" not in [f.text for f in find("回顾2023年可持续发展目标峰会", "zh")]


@pytest.mark.parametrize(("office", "assembly"), [
    ("the President of the General Assembly", "general-assembly"),
    ("the Secretary-General", "world-health-assembly"),
    ("le Président de l'Assemblée générale", "general-assembly"),
])
def test_an_office_names_the_body_it_is_of_for_a_short_name(office, assembly):
    """A/RES/78/269 pre:10 and op:1: after the World Health Assembly is named, "the one-day high-level
    meeting ... convened by the President of the General Assembly ... during the general debate of the
    Assembly" means the General Assembly again, which the President's title names; a Secretary-General
    names no Assembly, and "the Assembly" stays the one named last."""
    french = office.startswith("le ")
    paragraphs = {
        "op:1": "Se félicite du travail de l'Assemblée mondiale de la Santé;" if french else
                "Welcomes the work of the World Health Assembly;",
        "op:2": f"Décide que la réunion convoquée par {office} se tiendra pendant le débat général de l'Assemblée;" if french else
                f"Decides that the meeting convened by {office} shall be held during the general debate of the Assembly;",
    }
    linked = _linked_text_paragraphs("fr" if french else "en", paragraphs)
    # (the short name; the office's title names the General Assembly too)
    assert [m.entity.id for m in linked.mentions if m.paragraph == "op:2" and m.as_printed.endswith(("Assembly", "Assemblée"))
            and m.entity.type == "body" and not m.as_printed.startswith(("General", "Assemblée générale"))] == [assembly]


@pytest.mark.parametrize(("text", "name"), [
    # E/RES/2023/30 op:19: a body of a body a registry holds is one name with it
    ("the establishment and work of the Independent External Oversight Advisory Committee of the Joint United Nations "
     "Programme on HIV/AIDS, established in 2022",
     "Independent External Oversight Advisory Committee of the Joint United Nations Programme on HIV/AIDS"),
    ("the establishment and work of the Independent External Oversight Advisory Committee, established in 2022 by the Joint "
     "United Nations Programme on HIV/AIDS", "Independent External Oversight Advisory Committee"),
    # A/RES/78/158 pre:14: two names a slash joins are one
    ("on the margins of the twenty-seventh session of the Governing Council/Global Ministerial Environment Forum of the "
     "United Nations Environment Programme,",
     "Governing Council/Global Ministerial Environment Forum of the United Nations Environment Programme"),
])
def test_a_body_of_a_known_body_and_names_a_slash_joins(text, name):
    found = [f for f in find(text, "en") if not f.entity.known]
    assert [f.text for f in found] == [name]
    assert "unaids" in {f.entity.id for f in find(text, "en")} or "unep" in {f.entity.id for f in find(text, "en")}


@pytest.mark.parametrize(("text", "name", "kind"), [
    # E/RES/2023/35 fn:4: a name's purpose, "to" and its capitalised verbs, and on through "the United Nations"
    ("Report of the World Conference to Review and Appraise the Achievements of the United Nations Decade for Women: "
     "Equality, Development and Peace, Nairobi, 15–26 July 1985",
     "World Conference to Review and Appraise the Achievements of the United Nations Decade for Women", "event"),
    ("Report of the World Conference to review the Achievements of the United Nations, Nairobi, 15–26 July 1985",
     "World Conference", "event"),
    # A/RES/78/158 pre:14
    ("Taking note of the Regional Programme to Combat Sand and Dust Storms of the United Nations Environment Programme,",
     "Regional Programme to Combat Sand and Dust Storms", "programme"),
    ("Taking note of the Balanced Strategy to Counter the World Drug Problem,",
     "Balanced Strategy to Counter the World Drug Problem", "instrument"),
    # an infinitive before a word in lower case is none of the name
    ("Welcoming the work of the Ad Hoc Committee to Elaborate a Comprehensive International Convention,",
     "Comprehensive International Convention", "instrument"),
    # a meeting on an instrument's implementation names it
    ("Recalling the Follow-up International Conference on Financing for Development to Review the Implementation of the "
     "Monterrey Consensus, held in Doha,",
     "Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus", "event"),
])
def test_a_names_purpose_after_to(text, name, kind):
    found = [f for f in find(text, "en") if not f.entity.known]
    assert [(f.text, f.entity.type) for f in found][:1] == [(name, kind)]


@pytest.mark.parametrize(("text", "lang", "instrument"), [
    # A/RES/78/112 pre:7, in English and Chinese: the Court's Statute, by the Court
    ("calling upon States that have not yet done so to consider accepting the jurisdiction of the International Court of "
     "Justice in accordance with its Statute,", "en", "icj-statute"),
    ("促请尚未接受国际法院管辖权的国家考虑依照法院《规约》的规定予以接受，", "zh", "icj-statute"),
    # a body no registry holds the statute of: one of its name
    ("Welcomes the work of the World Health Organization in accordance with its Constitution;", "en",
     "constitution-of-the-world-health-organization"),
])
def test_an_instrument_named_by_the_body_it_belongs_to(text, lang, instrument):
    linked = _linked_text(text, lang)
    assert instrument in {m.entity.id for m in linked.mentions if m.entity.type == "instrument"}
    other = text.replace("its Statute", "its practice").replace("its Constitution", "its practice").replace("《规约》", "惯例")
    assert not [m for m in _linked_text(other, lang).mentions if m.entity.type == "instrument"]


@pytest.mark.parametrize(("text", "name"), [
    # A/RES/78/269 pre:11: a resolution entitled as the plan it adopts, in sentence case
    ("Recalling World Health Assembly resolution 68.7 of 26 May 2015, entitled “Global action plan on antimicrobial resistance”,",
     "Global action plan on antimicrobial resistance"),
    # a title about an instrument is no instrument's
    ("Recalling its resolution 77/66 of 7 December 2022, entitled “Implementation of the Convention on Cluster Munitions”,", None),
    ("Recalling World Health Assembly resolution 72.5 of 28 May 2019, entitled “Antimicrobial resistance”,", None),
])
def test_a_title_after_entitled_that_is_an_instruments(text, name):
    found = [f.text for f in find(text, "en") if f.entity.type == "instrument" and not f.entity.known]
    assert found == ([name] if name else [])


def test_a_meeting_named_as_printed_is_one_entity_with_its_event():
    """A/RES/78/158 pre:14 (zh): 2013年2月21日在内罗毕举行的沙尘暴问题部长级会议: the name the matcher reads
    and the meeting the dates identify are one entity (event-2013-02-21), not two."""
    text = ("注意到联合国环境规划署防治沙尘暴区域方案和其他举措，包括2013年2月21日在内罗毕举行的沙尘暴问题部长级会议，")
    linked = _linked_text(text, "zh")
    (event,) = [e.entity.id for e in linked.events]
    assert event == "event-2013-02-21"
    assert {m.entity.id for m in linked.mentions if m.entity.type == "event"} == {event}
    linked = _linked_text(text.replace("2013年2月21日", "2014年3月5日"), "zh")
    assert {m.entity.id for m in linked.mentions if m.entity.type == "event"} == {"event-2014-03-05"}


@pytest.mark.parametrize(("text", "system"), [
    # A/RES/78/158 op:7: "United Nations system entities" are entities of the system, not the system
    ("Invites the Secretary-General, with the cooperation of other relevant United Nations system entities, to continue", False),
    ("Invites the United Nations system to continue its work on sand and dust storms", True),
    ("Invites the United Nations system and other partners to continue", True),
])
def test_the_united_nations_system_before_a_noun_qualifies_it(text, system):
    assert ("un-system" in {f.entity.id for f in find(text, "en")}) is system


@pytest.mark.parametrize(("text", "ids"), [
    # A/RES/78/158 fn:5 and fn:8: the acronyms of a document's symbol are the symbol's
    ("UNEP/EA.4/Res.10.", []),
    ("ESCAP/78/12/Add.1.", []),
    ("See E/ESCAP/RES/72/7.", []),
    # two bodies a slash joins are both named
    ("the joint FAO/WHO Codex Alimentarius Commission", ["fao", "who", "codex-alimentarius-commission"]),
    ("the reports of UNEP and ESCAP", ["unep", "escap"]),
])
def test_an_acronym_in_a_documents_symbol_is_no_mention(text, ids):
    assert [f.entity.id for f in find(text, "en")] == ids


@pytest.mark.parametrize(("text", "ids"), [
    # A/RES/78/27 op:12 (ru): the accusative систему is the system's, its "-у" no adjective's "-ему"
    ("призывает государства-члены, систему Организации Объединенных Наций и гражданское общество",
     ["member-states", "un-system", "civil-society"]),
    # A/RES/78/154 op:4 (ru): Китая, the genitive of Китай
    ("приветствует предложение правительства Китая", ["governments", "china"]),
    ("приветствует предложение правительства Кита", ["governments"]),
])
def test_russian_names_whose_ending_reads_two_ways(text, ids):
    assert [f.entity.id for f in find(text, "ru")] == ids


def test_the_group_of_a_registry_group_is_a_body():
    """E/RES/2021/19 op:2: "the statement ... of the Group of Least Developed Countries" names the
    Group (a body of those countries), besides the countries; "the group of experts" names none."""
    text = "takes note of the statement dated 28 April 2020 of the Group of Least Developed Countries on the coronavirus disease"
    assert [f.text for f in find(text, "en") if not f.entity.known] == ["Group of Least Developed Countries"]
    assert "ldcs" in {f.entity.id for f in find(text, "en")}
    assert [f.text for f in find(text.replace("Group of", "group of"), "en") if not f.entity.known] == []


@pytest.mark.parametrize(("text", "name"), [
    # E/RES/2023/32 op:2
    ("building upon the Strategic Plan for the Development of Haiti, and stressing the need to avoid overlap",
     "Strategic Plan for the Development of Haiti"),
    # E/RES/2023/13 (a list of the African Union's instruments)
    ("the Pharmaceutical Manufacturing Plan for Africa and the Catalytic Framework to End AIDS and Tuberculosis",
     "Pharmaceutical Manufacturing Plan for Africa"),
])
def test_a_plan_is_an_instruments_head(text, name):
    """A plan named with what it is for is an instrument, whatever words qualify "Plan" ("Plan of
    Action" was one already); "the Strategic Plan" alone is a back-reference."""
    assert (name, "instrument") in {(f.text, f.entity.type) for f in find(text, "en")}
    assert not any(f.entity.type == "instrument" and f.text.startswith(name.split()[0])
                   for f in find(text.replace(" Plan ", " Report "), "en"))
    assert not any(f.entity.type == "instrument" for f in find("building upon the Strategic Plan, and stressing", "en"))


@pytest.mark.parametrize("lang", ["en", "zh", "ru"])
def test_the_system_wide_action_plan_on_gender_equality_is_one_instrument(lang):
    """E/RES/2022/18 op:13 names the United Nations System-wide Action Plan on Gender Equality and the
    Empowerment of Women (UN-SWAP), which the gender-mainstreaming resolutions name every year; before
    the registry held it, English read it as the United Nations system and an "Action Plan on Gender
    Equality"."""
    from unkg.ingest.readers.akn import read_akn

    record = read_akn(akn_file("ecosoc", "2022", "E_RES_2022_18", lang))
    assert "un-swap" in {m.entity.id for m in link(record).mentions if m.paragraph == "op:13"}
    record = read_akn(akn_file("ecosoc", "2022", "E_RES_2022_18", lang))
    p = record.paragraph("op:13")
    p.text = (p.text.replace("Gender Equality and the Empowerment of Women", "Youth")
              .replace("性别平等和增强妇女权能", "青年").replace("гендерного равенства и расширения прав и возможностей женщин", "молодежи"))
    assert "un-swap" not in {m.entity.id for m in link(record).mentions if m.paragraph == "op:13"}


@pytest.mark.parametrize(("text", "lang", "names"), [
    # a verb in the present ends a French name: "... le Groupe interinstitutions de coordination contribue à ..."
    ("Note que le Groupe interinstitutions de coordination contribue à la cohérence", "fr", ["Groupe interinstitutions de coordination"]),
    ("Note que le Réseau des Nations Unies sur les migrations mène actuellement des travaux", "fr",
     ["Réseau des Nations Unies sur les migrations"]),
    # an Arabic name ends with its year, or before a "لعام" no year follows
    ("ترحب بعقد مؤتمر القمة المعني بأهداف التنمية المستدامة لعام 2023 في نيويورك", "ar", ["مؤتمر القمة المعني بأهداف التنمية المستدامة لعام 2023"]),
    ("وإذ تلاحظ أن المنتدى السنوي المعني بمتابعة تمويل التنمية لعام، ", "ar", ["المنتدى السنوي المعني بمتابعة تمويل التنمية"]),
    # ... and goes on "in the field of" (في ميدان), not through another "في"
    ("إنشاء الفريق العامل المفتوح العضوية المعني بالتطورات في ميدان المعلومات والاتصالات في سياق الأمن الدولي", "ar",
     ["الفريق العامل المفتوح العضوية المعني بالتطورات في ميدان المعلومات والاتصالات"]),
])
def test_where_a_version_name_no_registry_holds_ends(text, lang, names):
    assert [f.text for f in find(text, lang) if not f.entity.known] == names


def test_an_arabic_name_after_the_preposition_li_is_the_same_name():
    """"للفريق العامل ..." is "to the Working Group ...": after ل the article's alif is not written; the name
    is the one printed elsewhere as "الفريق العامل ...", one entity with one label."""
    name = "الفريق العامل المفتوح العضوية المعني بأمن تكنولوجيات المعلومات والاتصالات"
    (after_li,) = [f for f in find(f"وإذ تشير إلى التقرير النهائي ل{name[1:]}، ", "ar") if not f.entity.known]
    (alone,) = [f for f in find(f"وإذ تشير إلى {name}، ", "ar") if not f.entity.known]
    assert after_li.text == "ل" + name[1:] and (after_li.entity.id, after_li.entity.label) == (alone.entity.id, name)


@pytest.mark.parametrize(("text", "lang", "names"), [
    # E/RES/2024/21 op:1: the office, and the Council its title names
    ("Takes note of the report of the President of the Economic and Social Council, and endorses the observations", "en",
     [("President of the Economic and Social Council", "president-of-ecosoc"), ("Economic and Social Council", "ecosoc")]),
    ("Prend note du rapport du Président du Conseil économique et social", "fr",
     [("Président du Conseil économique et social", "president-of-ecosoc"), ("Conseil économique et social", "ecosoc")]),
    ("注意到经济及社会理事会主席的报告", "zh", [("经济及社会理事会主席", "president-of-ecosoc"), ("经济及社会理事会", "ecosoc")]),
    ("предлагает Председателю Экономического и Социального Совета", "ru",
     [("Председателю Экономического и Социального Совета", "president-of-ecosoc"), ("Экономического и Социального Совета", "ecosoc")]),
    # the United Nations in a name is a word of it, no body of its own
    ("Requests the Secretary-General of the United Nations to report", "en", [("Secretary-General of the United Nations", "secretary-general")]),
    # a name the office's does not hold names it alone
    ("Requests the Secretary-General to report", "en", [("Secretary-General", "secretary-general")]),
])
def test_an_office_names_the_body_its_title_holds(text, lang, names):
    assert [(f.text, f.entity.id) for f in find(text, lang)] == names


@pytest.mark.parametrize(("text", "lang", "names"), [
    # A/RES/78/171 op:10, A/RES/78/190 op:1, A/RES/78/180: a mandate holder named by a topic in lower case
    ("to the mandate of the Independent Expert on the enjoyment of human rights by persons with albinism, and welcomes", "en",
     ["Independent Expert on the enjoyment of human rights by persons with albinism"]),
    ("Takes note of the report of the Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and "
     "related intolerance, prepared in accordance with the request", "en",
     ["Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance"]),
    ("the reports of the Special Rapporteur on trafficking in persons, especially women and children, whose recommendations", "en",
     ["Special Rapporteur on trafficking in persons, especially women and children"]),
    ("the Special Rapporteur of the Human Rights Council on the right to privacy to this process", "en",
     ["Special Rapporteur of the Human Rights Council on the right to privacy"]),
    ("Requests the Special Rapporteur on the right to food to continue to mainstream a gender perspective", "en",
     ["Special Rapporteur on the right to food"]),
    ("the Special Rapporteur on the situation of human rights in the Palestinian territories occupied since 1967, and", "en",
     ["Special Rapporteur on the situation of human rights in the Palestinian territories occupied since 1967"]),
    ("the Special Rapporteur on the negative impact of unilateral coercive measures on the enjoyment of human rights, and welcomes", "en",
     ["Special Rapporteur on the negative impact of unilateral coercive measures on the enjoyment of human rights"]),
    # a capitalised topic after the body the title serves; another name after "and the" is not the topic's
    ("the Special Representative of the Secretary-General on Violence against Children and the United Nations University", "en",
     ["Special Representative of the Secretary-General on Violence against Children"]),
    # capitalised words before the title open the name; "or" joins two capitalised words of one name
    ("the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025", "en",
     ["Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025"]),
    ("the Working Group on Enforced or Involuntary Disappearances, which highlights", "en", ["Working Group on Enforced or Involuntary Disappearances"]),
    # what a mandate holder is thanked for, or what a working group reports on, is no topic
    ("thanks the Special Rapporteur for the active preservation of those Holocaust sites", "en", []),
    ("the report of the Working Group on its twenty-second and twenty-third sessions", "en", []),
    # the five other languages
    ("Prie le Rapporteur spécial sur le droit à la vie privée de lui présenter un rapport", "fr",
     ["Rapporteur spécial sur le droit à la vie privée"]),
    ("relatives au mandat de l’Experte indépendante sur l’exercice des droits de l’homme", "fr",
     ["Experte indépendante sur l’exercice des droits de l’homme"]),
    ("Prie le Rapporteur spécial de continuer à rendre compte", "fr", []),
    ("Solicita al Relator Especial sobre el derecho a la privacidad que le presente", "es", ["Relator Especial sobre el derecho a la privacidad"]),
    ("las recomendaciones del Órgano Asesor de Alto Nivel sobre Inteligencia Artificial", "es", []),
    ("просит Специального докладчика по вопросу о праве на неприкосновенность частной жизни представить", "ru",
     ["Специального докладчика по вопросу о праве на неприкосновенность частной жизни"]),
    ("оказывать Специальному докладчику в целях эффективного выполнения мандата", "ru", []),
    ("تطلب إلى المقرر الخاص المعني بالحق في الخصوصية أن يقدم", "ar", ["المقرر الخاص المعني بالحق في الخصوصية"]),
    ("请隐私权问题特别报告员提交报告", "zh", ["隐私权问题特别报告员"]),
    ("涉及白化病患者享有人权问题独立专家的任务", "zh", ["白化病患者享有人权问题独立专家"]),
    ("吁请各国积极地回复特别报告员的请求", "zh", []),
])
def test_a_mandate_holder_is_named_with_its_topic(text, lang, names):
    found = [f for f in find(text, lang) if not f.entity.known]
    assert [f.text for f in found] == names
    assert all(f.entity.type in ("office", "body") for f in found)


def test_a_mandate_holder_named_again_by_its_title_is_asked():
    """A/RES/78/190 op:69: "Requests the Special Rapporteur to prepare ... and encourages the Special
    Rapporteur to pay specific attention ...": the Special Rapporteur on contemporary forms of racism the
    resolution named before, in English and in Chinese (请特别报告员)."""
    for lang in ("en", "zh"):
        record = link(next(x for x in read(akn_file("ga", "78session", "A_RES_78_190", lang)) if isinstance(x, Record)))
        asked = {(a.verb, a.entity.type) for a in record.addressees if a.paragraph == "op:69"}
        assert asked == {("requests", "office"), ("encourages", "office")}, lang
        named = {m.entity.id for m in record.mentions if m.entity.type == "office" and not m.entity.known}
        assert {a.entity.id for a in record.addressees if a.paragraph == "op:69"} <= named


def test_a_mandate_holder_is_one_entity_in_six_languages():
    """A/RES/78/171 pre:4: the Independent Expert on albinism, read in each version and aligned to the English."""
    from unkg.ingest.align import align

    records = [link(next(x for x in read(akn_file("ga", "78session", "A_RES_78_171", lang)) if isinstance(x, Record)))
               for lang in ("en", "fr", "es", "ru", "ar", "zh")]
    align(records)
    for record in records:
        ids = {m.entity.id for m in record.mentions if m.paragraph == "pre:4" and not m.entity.known}
        assert ids == {"independent-expert-on-the-enjoyment-of-human-rights-by-persons-with-albinism"}, record.language


@pytest.mark.parametrize(("text", "lang", "names"), [
    # A/RES/78/158 pre:13: the Governing Council of a Centre no registry holds names the Centre too
    ("Noting the recommendation by the Governing Council of the Asian and Pacific Centre for the Development of Disaster "
     "Information Management to establish a mechanism", "en",
     ["Governing Council of the Asian and Pacific Centre for the Development of Disaster Information Management",
      "Asian and Pacific Centre for the Development of Disaster Information Management"]),
    ("认可亚洲及太平洋灾害信息管理发展中心理事会提出的建议", "zh", ["亚洲及太平洋灾害信息管理发展中心理事会", "亚洲及太平洋灾害信息管理发展中心"]),
    # an organ of a kind of body names no body ("the Bureau of the Preparatory Committee": a back-reference)
    ("Requests the Bureau of the Preparatory Committee to consult", "en", []),
    # "the Organization of the Petroleum Exporting Countries Fund ...": one name going on "of the"
    ("the Organization of the Petroleum Exporting Countries Fund for International Development", "en",
     ["Organization of the Petroleum Exporting Countries Fund for International Development"]),
    # E/RES/2024/21 pre:4: an assembly of a body's leaders is named with the body, which is named too
    ("Recalling the decision of the Assembly of Heads of State and Government of the African Union on", "en",
     ["Assembly of Heads of State and Government of the African Union"]),
    ("acknowledging the importance of the United Nations Habitat Assembly to", "en", ["United Nations Habitat Assembly"]),
    ("Recalling the decision of the Assembly on", "en", []),
    # a Chinese name before a verb it is the subject of (提出, 发布, 主持), after a verb it is the object of (建立)
    ("欢迎追责问题独立专家组提出的建议", "zh", ["追责问题独立专家组"]),
    ("注意到在杜尚别建立区域人工智能中心的倡议", "zh", ["区域人工智能中心"]),
])
def test_a_body_of_a_body_no_registry_holds_names_both(text, lang, names):
    assert [f.text for f in find(text, lang) if not f.entity.known] == names


@pytest.mark.parametrize(("text", "un"), [
    # E/RES/2024/12 op:5, pre:2: the United Nations as the second term of a construct ("United Nations entities",
    # "the standards of the United Nations"), as English reads "X of the United Nations": no mention of it
    ("بالتنسيق مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة وسائر كيانات الأمم المتحدة المعنية", False),
    ("وإذ يشير أيضا إلى معايير الأمم المتحدة وقواعدها الدولية في منع الجريمة", False),
    ("مع توفير الترجمة الشفوية إلى جميع اللغات الرسمية ووثائق الأمم المتحدة", False),
    # ... not after a preposition or a verb, nor a singular noun heading a name (the office's name holds it)
    ("بالتعاون مع الأمم المتحدة والمنظمات الإقليمية", True),
    ("وتشجع الأمم المتحدة على مواصلة دعمها", True),
    ("وتطلب إلى مكتب الأمم المتحدة الإقليمي لوسط أفريقيا أن يواصل", True),
])
def test_the_united_nations_after_an_arabic_construct_noun_is_no_mention(text, un):
    assert ("un" in {f.entity.id for f in find(text, "ar")}) is un


def test_an_observance_names_the_united_nations_it_opens_with():
    """A/RES/78/165 pre:8: "the Third United Nations Decade for the Eradication of Poverty (2018–2027)": one
    observance, the United Nations a word of its name."""
    text = "the theme of the Third United Nations Decade for the Eradication of Poverty (2018–2027) is"
    assert [(f.text, f.entity.type) for f in find(text, "en")] == [
        ("Third United Nations Decade for the Eradication of Poverty", "observance")]
    assert [f.entity.id for f in find("Invites the United Nations to observe the Decade", "en")] == ["un"]


@pytest.mark.parametrize(("text", "named"), [
    # E/RES/2023/30 op:18: "... the Modus Operandi of the Board and Council resolution 1995/2": no article before
    # the number of one of its resolutions
    ("as set out in the Modus Operandi of the Board and Council resolution 1995/2;", [("Council", "ecosoc")]),
    # ... not a word of a longer name, nor a head without a resolution's number
    ("Recalling Environment Assembly resolution 5/2,", []),
    ("as decided by Council members,", []),
])
def test_a_short_name_before_a_resolutions_number_needs_no_article(text, named):
    from unkg.ingest.shortnames import short_names

    names = short_names("en", [(-1, load().get("ecosoc").entity("en"), "Economic and Social Council"),
                               (-1, load().get("general-assembly").entity("en"), "General Assembly")])
    assert [(f.text, f.entity.id) for f in names.find(text, 0, find(text, "en"))] == named


def test_the_adopting_organ_a_version_names_where_the_english_says_its_is_no_mention():
    """A/RES/78/156 pre:19: "Reaffirming its resolution 73/25 ..., by which it proclaimed ..." and
    "重申2018年12月3日大会第73/25号决议，其中大会宣布...": the Chinese names the General Assembly where the
    English says "its"; aligned, the paragraph names the same things in both."""
    from unkg.ingest import read
    from unkg.ingest.align import align

    en, zh = (link(read(akn_file("ga", "78session", "A_RES_78_156", lang))[0]) for lang in ("en", "zh"))
    assert "general-assembly" in {m.entity.id for m in zh.mentions if m.paragraph == "pre:19"}
    align([en, zh])
    assert "general-assembly" not in {m.entity.id for m in zh.mentions if m.paragraph == "pre:19"}
    # where the English names it, the version keeps it
    shared = {m.paragraph for m in en.mentions if m.entity.id == "general-assembly"}
    assert shared and shared <= {m.paragraph for m in zh.mentions if m.entity.id == "general-assembly"}


def test_the_united_nations_a_version_names_where_the_english_prints_a_modifier_is_no_mention():
    """A/RES/78/221 op:7 (y): "... to the relevant United Nations bodies and ...", "... соответствующим органам
    Организации Объединенных Наций ...": the Russian genitive is the English modifier; aligned, no mention of
    the United Nations there, as in the English; where the English names it, the Russian keeps it."""
    from unkg.ingest import read
    from unkg.ingest.align import align

    en, ru = (link(read(akn_file("ga", "78session", "A_RES_78_221", lang))[0]) for lang in ("en", "ru"))
    un = lambda r: {m.paragraph for m in r.mentions if m.entity.id == "un"}  # noqa: E731
    assert "op:7(y)" in un(ru) and "op:7(y)" not in un(en)
    align([en, ru])
    assert "op:7(y)" not in un(ru)
    assert un(en) and un(en) <= un(ru)


@pytest.mark.parametrize(("text", "states"), [
    # E/RES/2023/34 pre:5: "the Israeli occupation ... the occupied Syrian Golan": the States' names as the
    # English adjectives, no mention of them
    ("关于以色列占领对包括东耶路撒冷在内巴勒斯坦被占领土上的巴勒斯坦人民和被占领叙利亚戈兰的阿拉伯居民生活条件造成的影响", []),
    ("敦促与巴勒斯坦官方机构合作", []),
    # ... but the State itself, and the occupying Power
    ("呼吁以色列立即停止一切定居点活动", ["israel"]),
    ("要求占领国以色列遵守", ["israel"]),
])
def test_a_chinese_states_name_as_an_adjective_is_no_mention(text, states):
    assert [f.entity.id for f in find(text, "zh") if f.entity.type == "member-state"] == states


@pytest.mark.parametrize(("named_before", "office"), [
    # A/RES/78/184: "persons of concern to the Office of the High Commissioner", after the High Commissioner for Refugees
    ("United Nations High Commissioner for Refugees", "unhcr"),
    ("United Nations High Commissioner for Human Rights", "ohchr"),
])
def test_the_office_of_an_official_named_before_is_the_registry_office(named_before, office):
    linked = _linked_text_paragraphs("en", {
        "op:1": f"Welcomes the work of the {named_before};",
        "op:2": "Encourages cooperation with the Office of the High Commissioner, in coordination with Member States;",
    })
    assert [m.entity.id for m in linked.mentions if m.paragraph == "op:2" and m.as_printed.startswith("Office")] == [office]
    alone = _linked_text_paragraphs("en", {"op:2": "Encourages cooperation with the Office of the High Commissioner;"})
    assert [m.entity.known for m in alone.mentions if m.as_printed.startswith("Office")] == [False]


def test_the_chinese_office_of_an_official_named_before_is_the_registry_office():
    linked = _linked_text_paragraphs("zh", {"op:1": "欢迎联合国难民事务高级专员的工作；", "op:2": "鼓励与高级专员办事处合作；"})
    assert [m.entity.id for m in linked.mentions if m.paragraph == "op:2" and m.as_printed.endswith("办事处")] == ["unhcr"]


@pytest.mark.parametrize(("text", "name", "kind"), [
    # names cut short at a registry name they end with (issue 11: "names are never cut short")
    ("Welcomes the report of the High-level Panel on the Development of a Multidimensional Vulnerability Index for Small "
     "Island Developing States, and", "High-level Panel on the Development of a Multidimensional Vulnerability Index for "
     "Small Island Developing States", "body"),
    ("Recalling the Programme for the Further Implementation of Agenda 21, and", "Programme for the Further Implementation of Agenda 21",
     "instrument"),
    ("the Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime",
     "Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime", "body"),
])
def test_a_name_goes_on_through_the_registry_name_its_complement_ends_with(text, name, kind):
    unknown = [f for f in find(text, "en") if not f.entity.known]
    assert [(f.text, f.entity.type) for f in unknown] == [(name, kind)]
    assert len([f for f in find(text, "en") if f.entity.known]) == 1  # the registry name stays a mention of its own


@pytest.mark.parametrize(("named", "text", "lang", "expected"), [
    # E/RES/2021/4 op:7 (ar): "in accordance with the Geneva Convention relative to ...", وفقاً لاتفاقية جنيف: a noun in
    # construct after "ل" ("to"), no article, is no "the Convention" (the Convention on the Rights of the Child named before)
    ("اتفاقية حقوق الطفل", "وتحجم عن ممارسة العنف ضد السكان المدنيين، وفقاً لاتفاقية جنيف المتعلقة بحماية المدنيين", "ar", []),
    # ... but with the article after "ل" (للاتفاقية) it is
    ("اتفاقية حقوق الطفل", "وتحجم عن ممارسة العنف ضد السكان المدنيين، وفقاً للاتفاقية", "ar", ["crc"]),
    # E/RES/2021/29 pre:7 (zh): 国家发展议程 ("national development agendas") is no 2030年可持续发展议程 called by its last words
    ("2030年可持续发展议程", "并确保此类政策和方案有助于国家发展议程", "zh", []),
    # ... while 科学委员会 stays the Scientific Committee on the Effects of Atomic Radiation
    ("联合国原子辐射影响问题科学委员会", "并确保此类政策和方案有助于科学委员会", "zh", ["unscear"]),
])
def test_a_head_in_construct_or_a_generic_compound_is_no_short_name(named, text, lang, expected):
    from unkg.ingest.shortnames import short_names

    (full,) = [f for f in find(named, lang) if f.entry is not None]
    shorts = short_names(lang, [(0, full.entity, full.entity.label)])
    assert [f.entity.id for f in shorts.find(text, 1, find(text, lang))] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the Fourth Geneva Convention by its own title, as each version prints it (E/RES/2021/4, A/RES/78/78 ...)
    ("in accordance with the Geneva Convention relative to the Protection of Civilian Persons in Time of War, of 12 August 1949",
     "en", "fourth-geneva-convention"),
    ("وفقاً لاتفاقية جنيف المتعلقة بحماية المدنيين وقت الحرب، المؤرخة 12 آب/أغسطس 1949", "ar", "fourth-geneva-convention"),
    ("1949年8月12日《关于战时保护平民之日内瓦公约》", "zh", "fourth-geneva-convention"),
    ("положения Женевской конвенции от 12 августа 1949 года о защите гражданского населения во время войны", "ru",
     "fourth-geneva-convention"),
    ("l’applicabilité de la quatrième Convention de Genève au Territoire palestinien occupé", "fr", "fourth-geneva-convention"),
    # ... the four of them stay the four
    ("the Geneva Conventions of 12 August 1949", "en", "geneva-conventions"),
    # the System-wide Action Plan on gender equality by the short titles the versions print
    ("全面执行《全系统行动计划》2.0，加强报告的一致性", "zh", "un-swap"),
    ("التنفيذ التام للمرحلة الثانية من خطة العمل على نطاق المنظومة، وتعزيز الاتساق", "ar", "un-swap"),
    ("en mettant intégralement en œuvre le Plan d’action à l’échelle du système des Nations Unies 2.0", "fr", "un-swap"),
    ("Aplicar plenamente el Plan de Acción para Todo el Sistema 2.0, aumentar la coherencia", "es", "un-swap"),
    ("полного осуществления Общесистемного плана действий 2.0 и повышения согласованности", "ru", "un-swap"),
    # E/RES/2023/13 op:4 (ru): "Agenda 2063 of the African Union"
    ("подтверждает важность содействия осуществлению Повестки дня Африканского союза на период до 2063 года, а также", "ru",
     "agenda-2063"),
    # E/RES/2024/13 op:49 (ar): "the Recommendation on the Ethics of AI of UNESCO", the Organization's name inside
    ("يرحب كذلك، في هذا الصدد، بتوصية منظمة الأمم المتحدة للتربية والعلم والثقافة الخاصة بأخلاقيات الذكاء الاصطناعي، المعتمدة",
     "ar", "unesco-recommendation-ethics-ai"),
])
def test_an_instrument_by_the_title_each_version_prints(text, lang, expected):
    assert [f.entity.id for f in find(text, lang) if f.entity.type == "instrument"] == [expected]


@pytest.mark.parametrize(("text", "name"), [
    # E/RES/2022/14 op:14: a protocol "to" the instrument it adds to is one name with it
    ("Calls upon African Governments to ratify the Protocol to the African Charter on Human and Peoples’ Rights on the Rights "
     "of Women in Africa;", "Protocol to the African Charter on Human and Peoples’ Rights on the Rights of Women in Africa"),
    # E/RES/2023/14 op:24: an ILO recommendation by its title
    ("and in this regard takes note of the Social Protection Floors Recommendation, 2012 (No. 202), of the International "
     "Labour Organization", "Social Protection Floors Recommendation"),
])
def test_an_instrument_whose_head_is_a_protocol_to_or_a_recommendation(text, name):
    assert [f.text for f in find(text, "en") if f.entity.type == "instrument"] == [name]
    # ... "to" after another head is no part of its name ("submits the Strategy to the General Assembly")
    other = text.replace("Protocol to the", "Strategy to the").replace("Recommendation", "Report")
    assert name not in [f.text for f in find(other, "en")]


def test_a_head_with_its_own_of_is_called_by_the_word_before_it():
    """E/RES/2021/21 annex: "the Global Plan of Action" after "the United Nations Global Plan of Action to Combat
    Trafficking in Persons": the head "Plan of Action" keeps the word that qualifies it, as "the Scientific Committee"."""
    from unkg.ingest.shortnames import short_names

    named = "United Nations Global Plan of Action to Combat Trafficking in Persons"
    (full,) = [f for f in find(named, "en") if f.entry is not None]
    shorts = short_names("en", [(0, full.entity, full.entity.label)])
    text = "the progress achieved in the implementation of the Global Plan of Action"
    assert [f.entity.id for f in shorts.find(text, 1, find(text, "en"))] == ["global-plan-of-action-against-trafficking"]
    assert shorts.find(text.replace("Global", "Regional"), 1, []) == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # E/RES/2021/20 annex op:53: the short titles the Kyoto Declaration gives the two conventions, in the versions too
    ("particularly by implementing the Convention against Corruption and the Organized Crime Convention,", "en", ["uncac", "untoc"]),
    ("特别是实施《反腐败公约》、《打击有组织犯罪公约》以及适用的其他相关工具", "zh", ["uncac", "untoc"]),
    ("notamment en appliquant la Convention contre la corruption et la Convention contre la criminalité organisée", "fr", ["uncac", "untoc"]),
])
def test_the_crime_conventions_by_their_short_titles(text, lang, expected):
    assert [f.entity.id for f in find(text, lang) if f.entity.type == "instrument"] == expected


def test_a_chinese_agenda_alone_is_a_meetings_agenda():
    """E/RES/2022/12 annex op:6 (zh): 议程项目 ("the agenda items" of the Congress) is no 2030 Agenda named before; 《议程》 is."""
    from unkg.ingest.shortnames import short_names

    (full,) = [f for f in find("2030年可持续发展议程", "zh") if f.entry is not None]
    shorts = short_names("zh", [(0, full.entity, full.entity.label)])
    text = "邀请会员国就第十五届预防犯罪大会的总主题、议程项目和讲习班议题提供各自的建议"
    assert shorts.find(text, 1, find(text, "zh")) == []
    titled = "邀请会员国就落实《议程》提供各自的建议"
    assert [f.entity.id for f in shorts.find(titled, 1, find(titled, "zh"))] == ["agenda-2030"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the instruments of the texts on the environment and the occupied territories, as each version prints them
    ("in accordance with the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and Their Disposal "
     "and the Minamata Convention on Mercury", "en", ["basel-convention", "minamata-convention"]),
    ("وإذ يشير إلى مبادرة السلام العربية وخريطة الطريق التي وضعتها المجموعة الرباعية", "ar", ["arab-peace-initiative", "quartet-road-map"]),
    ("rappelant l’Initiative de paix arabe et la Feuille de route du Quatuor", "fr", ["arab-peace-initiative", "quartet-road-map"]),
    ("回顾《维也纳条约法公约》", "zh", ["vienna-convention-law-of-treaties"]),
])
def test_instruments_the_registry_holds_in_six_languages(text, lang, expected):
    assert [f.entity.id for f in find(text, lang) if f.entity.type == "instrument"] == expected
