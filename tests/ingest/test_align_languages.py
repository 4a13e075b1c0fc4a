"""Cross-language alignment (unkg.ingest.align, issue 11 points 1 and 3): what the Chinese version
of a work names and no registry knows takes the English version's IRI, with its own name as its
Chinese label; a paragraph that names something else in Chinese is not aligned.

The document is E/RES/2023/12 (Commission for Social Development), English and Chinese, read in
place from the shared corpus; it is not one of the gold set's (tests/gold)."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from tests.conftest import AKN
from unkg.graph.iris import ONTOLOGY, Minter
from unkg.graph.stores import open_store
from unkg.ingest import read
from unkg.ingest.align import align
from unkg.ingest.link import link
from unkg.ingest.names import counterpart_name_end
from unkg.pipeline import english_sibling, ingest_paths, siblings
from unkg.record import Record

EN = AKN / "ecosoc" / "2023" / "English" / "E_RES_2023_12_E.xml"
ZH = AKN / "ecosoc" / "2023" / "Chinese" / "E_RES_2023_12_C.xml"
# op:1 prints "... 及大会第二十四届特别会议成果 ...", which the linker reads alone as the Assembly's special
# session; the tests print it without the Assembly's name ("第二十四届特别会议", as a text may once the
# Assembly is named), which the Chinese text alone cannot tell whose: the English version can
PRINTED_ZH = "大会第二十四届特别会议"
SESSION_ZH = "第二十四届特别会议"
SESSION_EN = "twenty-fourth special session of the General Assembly"
SKOS = "http://www.w3.org/2004/02/skos/core#"


def _record(path) -> Record:
    return next(r for r in read(path) if isinstance(r, Record))


@pytest.fixture(scope="module")
def records() -> tuple[Record, Record]:
    """The two versions, read (not linked: each test links its own copies), the Chinese op:1 with
    the session named without the Assembly (``SESSION_ZH``)."""
    zh = _record(ZH)
    assert PRINTED_ZH in zh.paragraph("op:1").text
    zh.paragraph("op:1").text = zh.paragraph("op:1").text.replace(PRINTED_ZH, SESSION_ZH)
    return _record(EN), zh


def _events(record: Record, anchor: str) -> dict[str, str]:
    """label -> id of the events the record finds in one paragraph."""
    return {e.entity.label: e.entity.id for e in record.events if e.paragraph == anchor}


def _linked(records, zh_op1: str | None = None) -> tuple[Record, Record]:
    en, zh = (copy.deepcopy(r) for r in records)
    if zh_op1 is not None:
        zh.paragraph("op:1").text = zh_op1
    return link(en), link(zh)


def test_the_chinese_session_takes_the_english_iri_and_keeps_its_name(records):
    en, zh = _linked(records)
    english = _events(en, "op:1")[SESSION_EN]
    alone = _events(zh, "op:1")[SESSION_ZH]
    assert alone != english and alone.startswith("zh-")  # linked alone: an id of its Chinese name
    align([en, zh])
    [ev] = [e for e in zh.events if e.paragraph == "op:1" and e.entity.label == SESSION_ZH]
    assert (ev.entity.id, ev.entity.en, ev.entity.type) == (english, SESSION_EN, "event")
    assert ev.edition == "24"  # what the Chinese text states stays its own
    assert all(m.entity.id == english for m in zh.mentions if m.as_printed == SESSION_ZH)


def test_a_different_meeting_in_the_chinese_paragraph_is_not_aligned(records):
    en, zh = _linked(records, records[1].paragraph("op:1").text.replace(SESSION_ZH, "海洋问题高级别会议"))
    english = _events(en, "op:1")[SESSION_EN]
    assert "海洋问题高级别会议" in _events(zh, "op:1")
    align([en, zh])
    assert english not in _events(zh, "op:1").values()  # no edition printed: not the twenty-fourth session


def test_an_extra_meeting_in_the_chinese_paragraph_is_left_its_own_iri(records):
    text = records[1].paragraph("op:1").text.replace(SESSION_ZH, SESSION_ZH + "和海洋问题高级别会议")
    en, zh = _linked(records, text)
    english = _events(en, "op:1")[SESSION_EN]
    extra = _events(zh, "op:1")["海洋问题高级别会议"]
    align([en, zh])
    found = _events(zh, "op:1")
    assert found[SESSION_ZH] == english  # the same edition in both: the same session
    assert found["海洋问题高级别会议"] == extra  # nothing in English for it: as the linker minted it


def test_versions_of_other_works_are_not_aligned(records):
    en, zh = _linked(records)
    zh.symbol = "E/RES/2023/13"
    zh.source = dataclasses.replace(zh.source, file="E_RES_2023_13_C.xml")  # filed as that other work too
    align([en, zh])
    assert _events(zh, "op:1")[SESSION_ZH].startswith("zh-")


def test_siblings_are_the_language_versions_of_one_work_by_the_uns_file_names():
    other = AKN / "ecosoc" / "2023" / "English" / "E_RES_2023_13_E.xml"
    job = AKN / "ecosoc" / "2023" / "Chinese" / "E_RES_2023_25-2314956C.xml"
    job_en = AKN / "ecosoc" / "2023" / "English" / "E_RES_2023_25-2314956E.xml"
    assert siblings([ZH, EN, other, job, job_en]) == [[ZH, EN], [other], [job, job_en]]


def test_the_store_gives_the_chinese_and_english_mentions_one_node_with_a_label_in_each_language(tmp_path):
    store = open_store(tmp_path / "st")
    summary = ingest_paths([ZH, EN], store, workers=1)
    assert summary.files == 2 and not summary.failures
    m = Minter(store.minter.base)
    op1 = m.part("E/RES/2023/12", "op:1")
    rows = list(store.query(f"""SELECT DISTINCT ?e ?label WHERE {{
        GRAPH ?g {{ <{op1}> <{ONTOLOGY}mentions> ?e . ?e <{SKOS}prefLabel> ?label }} }}"""))
    labels: dict[str, set] = {}
    for r in rows:
        labels.setdefault(r["e"].value, set()).add((r["label"].value, r["label"].language))
    node = m.event("general-assembly-special-24")
    assert labels[node] == {(PRINTED_ZH, "zh"), (SESSION_EN, "en")}  # the files as printed
    graphs = {r["g"].value for r in store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{op1}> <{ONTOLOGY}mentions> <{node}> }} }}")}
    assert graphs == {m.graph("E/RES/2023/12", "en", "akn"), m.graph("E/RES/2023/12", "zh", "akn")}
    assert not [e for e in labels if "/event/zh-" in e]  # nothing of op:1 left with an id of its Chinese name


def test_a_broken_version_fails_alone_and_its_sibling_is_stored(tmp_path):
    corpus = tmp_path / "in"
    for folder, path in (("English", EN), ("Chinese", ZH)):
        (corpus / folder).mkdir(parents=True)
        data = path.read_bytes()
        (corpus / folder / path.name).write_bytes(data if path is EN else data[:5000])  # cut short: not well-formed
    summary = ingest_paths([corpus], open_store(tmp_path / "st"), keep_going=True, workers=1)
    assert summary.files == 1 and summary.languages == {"en"}
    [failure] = summary.failures
    assert ZH.name in failure and "\n" not in failure


def test_the_chinese_version_ingested_alone_is_aligned_with_the_english_file_beside_it(tmp_path):
    assert english_sibling([ZH]) == EN and english_sibling([EN, ZH]) is None
    store = open_store(tmp_path / "st")
    summary = ingest_paths([ZH], store, workers=1)
    assert summary.files == 1 and summary.languages == {"zh"}  # the English file is read, not stored
    m = Minter(store.minter.base)
    node = m.event("general-assembly-special-24")
    rows = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{m.part('E/RES/2023/12', 'op:1')}> <{ONTOLOGY}mentions> <{node}> }} }}")
    assert {r["g"].value for r in rows} == {m.graph("E/RES/2023/12", "zh", "akn")}


def test_an_instrument_pairs_with_the_english_one_its_head_noun_names():
    """E/RES/2023/35 pre 7: the English names the Nairobi Forward-looking Strategies, the Beijing
    Declaration and Platform for Action and "the outcomes of the twenty-third special session" (no
    registry holds it, nor the Strategies); the Chinese names 提高妇女地位内罗毕前瞻性战略 and 北京宣言 but
    not the outcomes: three against two, no order to pair by, yet the one 战略 is the one Strategy, and the
    Declaration is then the one registry instrument left. Were it a second 战略 (北京战略), the city each
    names tells them apart: the Nairobi one is still the Strategies, the Beijing one nothing the English
    names. (The Chinese prints 《北京宣言》和《行动纲要》, the registry's name across its marks: here it names the
    Declaration alone, as other texts do, to have an instrument no registry name covers.)"""
    from tests.conftest import akn_file

    def chinese(change=None):
        en, zh = (read(akn_file("ecosoc", "2023", "E_RES_2023_35", lang))[0] for lang in ("en", "zh"))
        for p in zh.paragraphs:
            p.text = p.text.replace("《北京宣言》和《行动纲要》", "《北京宣言》")
        en, zh = link(en), link(zh)
        if change:
            for m in zh.mentions:
                if m.paragraph == "pre:7" and m.entity.label == "北京宣言":
                    m.entity = dataclasses.replace(m.entity, label=change)
        align([en, zh])
        return {m.entity.label: m.entity.id for m in zh.mentions if m.paragraph == "pre:7" and m.entity.type == "instrument"}

    assert chinese()["北京宣言"] == "beijing-declaration-and-platform-for-action"
    assert chinese()["提高妇女地位内罗毕前瞻性战略"] == "nairobi-forward-looking-strategies-for-the-advancement-of-women"
    changed = chinese("北京战略")
    assert changed["北京战略"].startswith("zh-")
    assert changed["提高妇女地位内罗毕前瞻性战略"] == "nairobi-forward-looking-strategies-for-the-advancement-of-women"


def test_a_day_pairs_with_a_day_and_a_meeting_with_a_meeting():
    """A/RES/78/158 op 9: the English convenes "a high-level meeting on sand and dust storms ... on the
    occasion of the International Day of Combating Sand and Dust Storms"; the Chinese names the Day
    first (纪念国际防治沙尘暴日之际...召开一次防治沙尘暴问题高级别会议): in order, each would pair with
    the other's kind."""
    from tests.conftest import akn_file

    en, zh = (link(read(akn_file("ga", "78session", "A_RES_78_158", lang))[0]) for lang in ("en", "zh"))
    align([en, zh])
    (meeting,) = [e.entity for e in en.events if e.paragraph == "op:9" and "high-level meeting" in e.entity.label]
    assert meeting.id in {e.entity.id for e in zh.events if e.paragraph == "op:9"}
    (day,) = [m.entity for m in en.mentions if m.paragraph == "op:9" and m.entity.type == "observance"]
    assert day.id in {m.entity.id for m in zh.mentions if m.paragraph == "op:9"}


def test_a_programme_of_action_pairs_with_the_english_programme_of_action():
    """A/RES/78/171 pre 2: the English names the World Programme of Action concerning Disabled Persons
    and the further initiatives for social development (neither in a registry); the Chinese names only
    关于残疾人的世界行动纲领: its head 行动纲领 is the one English Programme of Action no registry holds.
    Printed as a declaration (宣言), it pairs with nothing."""
    from tests.conftest import akn_file

    def chinese(change=None):
        en, zh = (read(akn_file("ga", "78session", "A_RES_78_171", lang))[0] for lang in ("en", "zh"))
        if change:
            zh.paragraph("pre:2").text = zh.paragraph("pre:2").text.replace("关于残疾人的世界行动纲领", change)
        en, zh = link(en), link(zh)
        align([en, zh])
        return {m.entity.label: m.entity.id for m in zh.mentions if m.paragraph == "pre:2" and m.entity.type == "instrument"}

    assert chinese()["关于残疾人的世界行动纲领"] == "world-programme-of-action-concerning-disabled-persons"
    assert chinese("关于残疾人的世界宣言")["关于残疾人的世界宣言"].startswith("zh-")


def test_arabic_instruments_pair_by_head_and_the_united_nations_name():
    """E/RES/2024/12 fn:5 lists fourteen standards; the Arabic reading finds six of them (those the
    United Nations' name marks): each is paired with the English instrument of its head (rules,
    guidelines, strategies, principles) that also bears the United Nations' name, in order, although
    the two lists are not as long (the Model Strategies on violence against women, no United Nations'
    in its name, is not the Arabic United Nations' Model Strategies)."""
    from tests.conftest import akn_file

    en, ar = (link(read(akn_file("ecosoc", "2024", "E_RES_2024_12", lang))[0]) for lang in ("en", "ar"))
    align([en, ar])
    ids = {m.entity.label: m.entity.id for m in ar.mentions if m.paragraph == "fn:5" and m.entity.type == "instrument"}
    assert ids["قواعد الأمم المتحدة الدنيا النموذجية لإدارة شؤون قضاء الأحداث"] == \
        "united-nations-standard-minimum-rules-for-the-administration-of-juvenile-justice"
    assert ids["قواعد الأمم المتحدة بشأن حماية الأحداث المجردين"] == "united-nations-rules-for-the-protection-of-juveniles-deprived-of-their-liberty"
    assert ids[next(k for k in ids if k.startswith("استراتيجيات"))].startswith("united-nations-model-strategies")
    assert not any(i.startswith("ar-") for i in ids.values())


def _aligned(organ: str, year: str, symbol: str, language: str, anchor: str, change=None) -> Record:
    """A version linked and aligned with the English version (``change`` rewrites the version's
    paragraph ``anchor`` first)."""
    from tests.conftest import akn_file

    en, other = (read(akn_file(organ, year, symbol, lang))[0] for lang in ("en", language))
    if change is not None:
        other.paragraph(anchor).text = change(other.paragraph(anchor).text)
    en, other = link(en), link(other)
    align([en, other])
    return other


def _instruments(organ: str, year: str, symbol: str, language: str, anchor: str, change=None) -> dict[str, str]:
    """printed -> id of the instruments a version names in one paragraph once aligned."""
    other = _aligned(organ, year, symbol, language, anchor, change)
    return {m.as_printed: m.entity.id for m in other.mentions if m.paragraph == anchor and m.entity.type == "instrument"}


def test_an_instrument_no_registry_holds_is_read_in_the_version_where_the_english_names_it():
    """E/RES/2023/15 pre:15 names the Madrid Plan of Action (no registry holds it); the Spanish and
    Arabic readings alone find no name there. Read from their head noun (Plan de Acción, خطة عمل)
    where the English names it, each ends where the English name does (after Madrid, not "por los
    Estados Miembros", not كل من الدول); a version printing another head there names nothing."""
    assert _instruments("ecosoc", "2023", "E_RES_2023_15", "es", "pre:15") == {"Plan de Acción de Madrid": "madrid-plan-of-action"}
    assert _instruments("ecosoc", "2023", "E_RES_2023_15", "ar", "pre:15") == {"خطة عمل مدريد": "madrid-plan-of-action"}
    assert _instruments("ecosoc", "2023", "E_RES_2023_15", "es", "pre:15",
                        lambda text: text.replace("Plan de Acción de Madrid", "Declaración de Madrid")) == {}


def test_a_russian_name_opens_with_the_adjectives_before_its_head():
    """E/RES/2023/15 pre:15 prints "Мадридского плана действий": the head (плана действий) is in lower
    case, the name starts with the adjective before it; without a capitalised adjective, "плана
    действий" is no name."""
    assert _instruments("ecosoc", "2023", "E_RES_2023_15", "ru", "pre:15") == {"Мадридского плана действий": "madrid-plan-of-action"}
    assert _instruments("ecosoc", "2023", "E_RES_2023_15", "ru", "pre:15",
                        lambda text: text.replace("Мадридского плана", "этого плана")) == {}


def test_a_read_name_ends_at_a_word_that_goes_on_with_the_sentence():
    """E/RES/2022/3 op:13: "los Principios Fundamentales de las Estadísticas Oficiales como base para
    sus planes": the name ends before "como" (printed "de Base para sus planes", it goes on to "Base")."""
    assert _instruments("ecosoc", "2022", "E_RES_2022_3", "es", "op:13") == {
        "Principios Fundamentales de las Estadísticas Oficiales": "fundamental-principles-of-official-statistics"}
    assert _instruments("ecosoc", "2022", "E_RES_2022_3", "es", "op:13",
                        lambda text: text.replace("Oficiales como base", "Oficiales de Base")) == {
        "Principios Fundamentales de las Estadísticas Oficiales de Base": "fundamental-principles-of-official-statistics"}


def test_a_chinese_title_about_a_subject_keeps_its_about():
    """A/RES/78/171 pre:2 (zh): "大会第二十四届特别会议通过的关于社会发展问题的进一步倡议" names the further
    initiatives for social development the English names there: read back from its head (倡议) to the
    关于 that opens the title, not to the 的 inside it."""
    found = _instruments("ga", "78session", "A_RES_78_171", "zh", "pre:2")
    assert found["关于社会发展问题的进一步倡议"] == "further-initiatives-for-social-development"
    found = _instruments("ga", "78session", "A_RES_78_171", "zh", "pre:2",
                         lambda text: text.replace("关于社会发展问题的进一步倡议", "社会发展问题的进一步倡议"))
    assert found["进一步倡议"] == "further-initiatives-for-social-development"


def test_a_chinese_name_is_read_back_from_its_head():
    """E/RES/2022/3 op:5 (zh): "强调会员国必须依照官方统计基本原则，..." names the Fundamental Principles of
    Official Statistics without the title marks: read back from its head (原则) to the verb before it;
    "这些原则" (these principles) is no name."""
    assert _instruments("ecosoc", "2022", "E_RES_2022_3", "zh", "op:5") == {
        "官方统计基本原则": "fundamental-principles-of-official-statistics"}
    assert _instruments("ecosoc", "2022", "E_RES_2022_3", "zh", "op:5",
                        lambda text: text.replace("官方统计基本原则", "这些原则")) == {}


def _aligned_events(organ: str, year: str, symbol: str, language: str, anchor: str, change=None) -> dict[str, str]:
    """printed -> id of the meetings a version names in one paragraph once aligned."""
    other = _aligned(organ, year, symbol, language, anchor, change)
    return {e.as_printed: e.entity.id for e in other.events if e.paragraph == anchor}


@pytest.mark.parametrize(("lang", "printed"), [
    ("fr", "Symposium africain sur le développement de la statistique"),
    ("es", "Simposio Africano sobre Desarrollo Estadístico"),
])
def test_a_meeting_no_registry_holds_is_read_in_the_version_where_the_english_names_it(lang, printed):
    """E/RES/2022/6 op:5 names the African Symposium on Statistical Development, which the French and
    Spanish readings alone do not find: read from its head where the English names it, one IRI; a
    version naming a forum there names no symposium."""
    assert _aligned_events("ecosoc", "2022", "E_RES_2022_6", lang, "op:5") == {printed: "african-symposium-on-statistical-development"}
    forum = {"fr": ("Symposium africain", "Forum africain"), "es": ("Simposio Africano", "Foro Africano")}[lang]
    assert "african-symposium-on-statistical-development" not in _aligned_events(
        "ecosoc", "2022", "E_RES_2022_6", lang, "op:5", lambda text: text.replace(*forum)).values()


def _asked(organ: str, year: str, symbol: str, language: str, anchor: str, change=None) -> list[tuple[str, str]]:
    """(id, label) of the groups and bodies a version asks in one paragraph once aligned."""
    other = _aligned(organ, year, symbol, language, anchor, change)
    return [(a.entity.id, a.entity.label) for a in other.addressees if a.paragraph == anchor]


def test_the_one_group_a_version_asks_is_the_one_the_english_asks():
    """A/RES/78/171 op:3: the English encourages Member States, the Chinese 各国 (States): where each
    version asks one group there, the version's is the English one, under its own label; where the
    Chinese asks two, each stays what it is."""
    assert _asked("ga", "78session", "A_RES_78_171", "zh", "op:3") == [("member-states", "各国")]
    assert _asked("ga", "78session", "A_RES_78_171", "zh", "op:3",
                  lambda text: text.replace("又鼓励各国", "又鼓励各国和民间社会")) == [("states", "各国"), ("civil-society", "民间社会")]


def test_a_chinese_short_title_with_the_year_before_it():
    """E/RES/2023/30 pre:4: the English calls the 2021 Political Declaration on HIV and AIDS by its short
    name, "the 2021 Political Declaration"; the Chinese prints 2021年《政治宣言》, the year before the title:
    the year is the evidence the two are one. Another year is none."""
    assert _instruments("ecosoc", "2023", "E_RES_2023_30", "zh", "pre:4") == {
        "联合国宪章": "un-charter",
        "政治宣言": "2021-political-declaration-on-hiv-and-aids-ending-inequalities-and-getting-on-track-to-end-aids-by-2030"}
    assert _instruments("ecosoc", "2023", "E_RES_2023_30", "zh", "pre:4",
                        lambda text: text.replace("2021年《政治宣言》", "2016年《政治宣言》")) == {"联合国宪章": "un-charter"}


def test_a_version_naming_a_plan_again_by_its_last_words():
    """A/RES/78/269 pre:11 (zh): 题为“抗微生物药物耐药性全球行动计划”的第68.7号决议 ... 全球行动计划的五项战略目标:
    the English names the Global action plan on antimicrobial resistance once (then "the global action
    plan", in lower case); the Chinese's second 全球行动计划 is that plan again, not a second one. A
    second plan of another name leaves the two unpaired."""
    plan = "global-action-plan-on-antimicrobial-resistance"
    assert _instruments("ga", "78session", "A_RES_78_269", "zh", "pre:11")["抗微生物药物耐药性全球行动计划"] == plan
    other = _instruments("ga", "78session", "A_RES_78_269", "zh", "pre:11",
                         lambda text: text.replace("实现全球行动计划", "实现国家行动计划"))
    assert plan not in other.values()


def test_a_name_the_version_read_alone_is_read_again_as_the_englishs():
    """E/RES/2023/10 pre:4 (zh): 《维也纳宣言》 (the Chinese reading's own name, paired with nothing:
    the English names two declarations there, the Chinese reading one) and the political declaration
    of the midterm review are the English's two, in order; 维也纳 is Vienna, its 也 no particle."""
    found = _instruments("ecosoc", "2023", "E_RES_2023_10", "zh", "pre:4")
    assert found["维也纳宣言"] == "vienna-declaration"
    assert any(i.startswith("political-declaration-of-the-high-level-midterm-review") for i in found.values())
    found = _instruments("ecosoc", "2023", "E_RES_2023_10", "zh", "pre:4", lambda text: text.replace("政治宣言", "政治报告"))
    assert found.get("维也纳宣言") != "vienna-declaration"


def test_meetings_of_one_list_share_the_name_a_version_prints_once():
    """A/RES/78/269 pre:9: "the 2023 high-level meetings of the General Assembly on pandemic prevention, ...,
    on universal health coverage, and on the fight against tuberculosis" are three meetings; the Chinese
    prints them as one name, 关于...、关于...和关于...的高级别会议: the three are read there, each the English's."""
    def meetings(change=None):
        zh = _aligned("ga", "78session", "A_RES_78_269", "zh", "pre:9", change)
        return sorted((e.entity.id, e.as_printed) for e in zh.events if e.paragraph == "pre:9")

    found = meetings()
    assert [i for i, _ in found] == sorted(f"2023-high-level-meeting-of-the-general-assembly-on-{t}" for t in (
        "pandemic-prevention-preparedness-and-response", "universal-health-coverage", "the-fight-against-tuberculosis"))
    assert {p for _, p in found} == {"关于大流行病预防、防范和应对问题、关于全民健康覆盖问题和关于防治结核病的高级别会议"}
    assert meetings(lambda text: text.replace("的高级别会议", "的高级别文件")) == []


def test_a_versions_head_is_no_name_before_a_date_or_for_a_name_in_lower_case():
    """E/RES/2023/17 annex-I pre:1 (fr): "la résolution 908 (XLVI) de la Conférence en date du 26 mars
    2013" calls the Conference of African Ministers ... by its head: no name of its own ("Conférence en
    date"); E/RES/2022 (fr): a meeting the English names in lower case ("the high-level plenary meeting
    of the General Assembly on ...") is none of the capitalised heads the French prints there."""
    from unkg.ingest.align import _EVENT_CLASS, _EVENT_CLASS_ANY_CASE
    from unkg.ingest.names import counterpart_name_end

    text = "comme indiqué dans la résolution 908 (XLVI) de la Conférence en date du 26 mars 2013,"
    head = text.index("Conférence")
    english = "Conference of African Ministers of Finance, Planning and Economic Development"
    assert counterpart_name_end(text, head, head + len("Conférence"), "fr", english) is None
    other = text.replace("en date du 26 mars 2013", "des ministres africains des finances")
    assert other[head:counterpart_name_end(other, head, head + len("Conférence"), "fr", english)] == \
        "Conférence des ministres africains des finances"
    name = "high-level plenary meeting of the General Assembly on the Millennium Development Goals"
    assert _EVENT_CLASS.search(name) is None and _EVENT_CLASS_ANY_CASE.search(name).lastgroup == "meeting"
    assert _EVENT_CLASS.search(name.replace("meeting", "Meeting")).lastgroup == "meeting"


@pytest.mark.parametrize(("lang", "printed"), [
    ("en", "Ad Hoc Advisory Group on Haiti"),
    ("es", "Grupo Asesor Especial sobre Haití"),
    ("fr", "Groupe consultatif ad hoc sur Haïti"),
    ("zh", "海地问题特设咨询小组"),
    ("ru", "Специальную консультативную группу по Гаити"),
    ("ar", "الفريق الاستشاري المخصص لهايتي"),
])
def test_a_body_on_a_state_is_asked_in_every_version(lang, printed):
    """E/RES/2023/32 op:3: "Requests the Ad Hoc Advisory Group on Haiti to submit a report ... at its 2024
    session". The State ends the body's name and stays a mention of its own; the Spanish version,
    which prints no Council there, does not take the Council the English names for its group (a
    Grupo is no Council)."""
    def asked(change=None):
        rec = _aligned("ecosoc", "2023", "E_RES_2023_32", lang, "op:3", change)
        return {(a.entity.id, a.as_printed, a.deadline.session if a.deadline else None)
                for a in rec.addressees if a.paragraph == "op:3"}, rec

    found, rec = asked()
    assert found == {("ad-hoc-advisory-group-on-haiti", printed, "2024")}
    assert "haiti" in {m.entity.id for m in rec.mentions if m.paragraph == "op:3"}
    # the same words before another State's name are no body on Haiti
    other, _ = asked(lambda text: text.replace(printed, printed.replace("Haïti", "la paix").replace("Haití", "la paz")
                                                .replace("Haiti", "Peace").replace("海地", "和平").replace("Гаити", "миру")
                                                .replace("لهايتي", "للسلام")))
    assert not any(i == "ad-hoc-advisory-group-on-haiti" and p == printed for i, p, _ in other)


def test_a_versions_group_is_no_english_council():
    """What a French or Spanish name opens with says what it is, as an English name's head does
    (the last head word before its complement: an Inter-Agency Coordination *Group*, not an Agency)."""
    from unkg.ingest.align import _head

    assert _head("Grupo Asesor Especial sobre Haití", "es") == "group"
    assert _head("Consejo Económico y Social", "es") == "council"
    assert _head("Inter-Agency Coordination Group", "en") == "group"
    assert _head("secretariat of the Scientific Committee", "en") is None
    assert _head("Réunion interinstitutions sur les activités spatiales", "fr") == "meeting"


def test_a_chinese_meeting_read_where_the_english_names_it_starts_in_the_year_before_its_name():
    """A/RES/78/269 pre:9 (zh): "回顾举办了2023年大会关于...的高级别会议": the year before the name is the
    meetings' start, as the English "the 2023 high-level meetings" states."""
    def starts(change=None):
        zh = _aligned("ga", "78session", "A_RES_78_269", "zh", "pre:9", change)
        return {e.start for e in zh.events if e.paragraph == "pre:9"}

    assert starts() == {"2023"}
    assert starts(lambda text: text.replace("2023年大会", "大会")) == {None}


GA78 = AKN / "ga" / "78session"
WATER_FR = GA78 / "French" / "A_RES_78_130-2325874F.xml"  # prints "78/13." above its title and in its metadata


@pytest.mark.parametrize(("english", "symbol"), [
    (GA78 / "English" / "A_RES_78_130-2325874E.xml", "A/RES/78/130"),  # its file name's number and its paragraphs
    (GA78 / "English" / "A_RES_78_13-2324427E.xml", "A/RES/78/13"),  # the resolution its metadata names: not its file's
])
def test_a_version_misnumbered_in_metadata_and_heading_takes_its_english_versions_symbol(english, symbol):
    en, fr = (link(_record(p)) for p in (english, WATER_FR))
    assert fr.symbol == "A/RES/78/13"  # read alone, the document's own word
    align([en, fr])
    assert fr.symbol == symbol
    assert any("its file name and its English version" in w for w in fr.warnings) == (symbol == "A/RES/78/130")
    if symbol == "A/RES/78/130":  # now one work: the Summit the two name is one event
        assert "sustainable-development-goals-summit" in {e.entity.id for e in fr.events if e.paragraph == "pre:4"}


WATER = {lang: GA78 / folder / f"A_RES_78_130-2325874{folder[0]}.xml"
         for lang, folder in (("en", "English"), ("fr", "French"), ("es", "Spanish"), ("ru", "Russian"), ("ar", "Arabic"))}


@pytest.mark.parametrize(("lang", "printed"), [
    ("fr", "réunion de haut niveau sur la couverture sanitaire universelle"),
    ("es", "reunión de alto nivel sobre la cobertura sanitaria universal"),
    ("ru", "заседании высокого уровня по вопросу о всеобщем охвате услугами здравоохранения"),
    ("ar", "اجتماع الجمعية العامة الرفيع المستوى بشأن التغطية الصحية"),
])
def test_a_high_level_meeting_the_english_names_in_lower_case_is_read_in_each_version(lang, printed):
    """A/RES/78/130 pre:5: "the 2023 political declaration of the high-level meeting on universal health
    coverage": each version names the meeting in lower case, after its head."""
    en, other = (link(_record(WATER[x])) for x in ("en", lang))
    align([en, other])
    found = {e.entity.id: e.as_printed for e in other.events if e.paragraph == "pre:5"}
    assert found.get("high-level-meeting-on-universal-health-coverage") == printed
    other = link(_record(WATER[lang]))
    en = link(_record(WATER["en"]))
    en.events = [e for e in en.events if e.paragraph != "pre:5"]  # an English text that names no meeting there
    align([en, other])
    assert not [e for e in other.events if e.paragraph == "pre:5" and "haut niveau" in (e.as_printed or "")]
    assert "high-level-meeting-on-universal-health-coverage" not in {e.entity.id for e in other.events if e.paragraph == "pre:5"}


def test_a_french_name_read_after_the_english_ends_before_an_elided_relative():
    """A/RES/78/202 pre:2: "la Charte des droits et devoirs économiques des États qu’elle a adoptée": the
    name ends before "qu’elle" (a relative, elided), as before "qui" or "que"."""
    en, fr = (link(_record(GA78 / folder / f"A_RES_78_202-2326033{folder[0]}.xml")) for folder in ("English", "French"))
    align([en, fr])
    found = {m.as_printed for m in fr.mentions if m.paragraph == "pre:2" and m.entity.id == "charter-of-economic-rights-and-duties-of-states"}
    assert found == {"Charte des droits et devoirs économiques des États"}


def test_a_russian_name_read_after_an_english_name_with_a_month():
    """The English name prints a month (the months are French and Spanish stop words to set aside):
    the Russian reading has none of its own to set aside, and reads on to the name's end."""
    text = "пленарное заседание высокого уровня по вопросу о детях 16 сентября"
    head_end = text.index(" по ")
    assert text[:counterpart_name_end(text, 0, head_end, "ru", "high-level plenary meeting on children of September")] \
        == "пленарное заседание высокого уровня по вопросу о детях"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_group_the_english_qualifies_is_the_versions_group_of_the_same_head(lang):
    """A/RES/78/40 op:2: "Calls upon the nuclear-weapon States ...": the French and Arabic readings ask
    "États" and الدول (the registry's States); their asks are the English group's, whose head is States.
    A group of another head ("partners of nuclear-weapon States") is not theirs."""
    paths = {x: GA78 / folder / f"A_RES_78_40-2324516{folder[0]}.xml" for x, folder in (("en", "English"), (lang, {"fr": "French", "ar": "Arabic"}[lang]))}

    def asked(english_name=None):
        en, other = (link(_record(paths[x])) for x in ("en", lang))
        for a in en.addressees:
            if english_name and a.paragraph == "op:2":
                a.entity = dataclasses.replace(a.entity, en=english_name)
        align([en, other])
        return {a.entity.id for a in other.addressees if a.paragraph == "op:2"}

    assert asked() == {"nuclear-weapon-states"}
    assert asked("partners of nuclear-weapon States") == {"states"}


@pytest.mark.parametrize(("lang", "printed"), [("fr", "fondations"), ("es", "fundaciones")])
def test_a_group_no_registry_holds_in_a_versions_list_is_asked_as_the_english_group(lang, printed):
    """A/RES/78/231 op:16: "invites Member States, as well as international organizations, foundations and
    the private sector": the French and Spanish lists ask their group too, as the English one with the
    version's words; where the English does not ask it, the version's reading alone does not either."""
    paths = {x: GA78 / folder / f"A_RES_78_231-2326233{folder[0]}.xml"
             for x, folder in (("en", "English"), (lang, {"fr": "French", "es": "Spanish"}[lang]))}

    def asked(drop: str | None = None):
        en, other = (link(_record(paths[x])) for x in ("en", lang))
        en.addressees = [a for a in en.addressees if a.entity.id != drop]
        align([en, other])
        return {a.entity.id: a.as_printed for a in other.addressees if a.paragraph == "op:16"}

    found = asked()
    assert found["foundations"] == printed and {"member-states", "international-organizations", "private-sector"} <= set(found)
    assert set(asked("foundations")) == {"member-states", "international-organizations", "private-sector"}


@pytest.mark.parametrize("lang", ["zh", "ru"])
def test_a_versions_short_name_the_english_resolves_to_another_body_of_that_head_is_the_english_one(lang):
    """E/RES/2024/15 op:31: "Invites the Forum:" (the United Nations Forum on Forests), 邀请论坛：, which the
    Chinese and Russian readings resolve to the high-level political forum named just before; with no
    English body there to say otherwise, the version's reading stands."""
    ecosoc = AKN / "ecosoc" / "2024"
    paths = {"en": ecosoc / "English" / "E_RES_2024_15-2414125E.xml",
             lang: ecosoc / {"zh": "Chinese", "ru": "Russian"}[lang] / f"E_RES_2024_15-2414125{'C' if lang == 'zh' else 'R'}.xml"}

    def asked(english_there: bool = True):
        en, other = (link(_record(paths[x])) for x in ("en", lang))
        if not english_there:
            en.addressees = [a for a in en.addressees if not a.paragraph.startswith("op:31")]
            en.mentions = [m for m in en.mentions if not m.paragraph.startswith("op:31")]
        align([en, other])
        return {(a.entity.id, a.entity.label) for a in other.addressees if a.paragraph == "op:31"}

    assert asked() == {("unff", {"zh": "联合国森林论坛", "ru": "Форум Организации Объединенных Наций по лесам"}[lang])}
    assert {i for i, _ in asked(english_there=False)} == {"hlpf"}


def test_a_registry_body_a_version_asks_for_the_one_the_english_asks_is_the_english_one():
    """A/RES/78/205 op:26: "Calls upon Member States, the United Nations, humanitarian and development
    organizations ..." is « Demande aux États Membres, aux organismes des Nations Unies, ... »: the French
    asks the United Nations system where the English asks the United Nations, one registry body each that
    the other does not ask; the English one stands. Where the English asks both, each is itself."""
    from tests.conftest import akn_file

    def french(english_also_system: bool = False):
        en, fr = (link(read(akn_file("ga", "78session", "A_RES_78_205", lang))[0]) for lang in ("en", "fr"))
        if english_also_system:
            system = next(a for a in fr.addressees if a.paragraph == "op:26" and a.entity.id == "un-system")
            en.addressees.append(dataclasses.replace(system, entity=dataclasses.replace(system.entity, label="United Nations system")))
        align([en, fr])
        return {a.entity.id for a in fr.addressees if a.paragraph == "op:26"}

    assert "un" in french() and "un-system" not in french()
    assert "un-system" in french(english_also_system=True)
