"""Addressees of operative paragraphs, in the six languages of real resolutions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import LANG_FOLDERS, akn_file
from unkg.ingest import read
from unkg.ingest.addressees import find_addressees
from unkg.ingest.link import link
from unkg.reference import load


@pytest.fixture(scope="module")
def e_res_2022_15():
    return {lang: link(read(akn_file("ecosoc", "2022", "E_RES_2022_15", lang))[0]) for lang in LANG_FOLDERS}


def _asked(record) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in record.addressees:
        out.setdefault(a.paragraph, set()).add(a.entity.id)
    return out


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_who_e_res_2022_15_asks_in_each_language(e_res_2022_15, lang):
    asked = _asked(e_res_2022_15[lang])
    # Requests the Secretary-General / 请秘书长 / Prie le Secrétaire général / Solicita al Secretario General
    assert asked["op:96"] == {"secretary-general"}
    assert asked["op:90"] == {"international-community"}  # Invites the international community
    # Encourages all stakeholders ..., and invites United Nations entities (a group no registry holds,
    # recorded as printed: an id of the English words, or of the version's, كيانات الأمم المتحدة, « les entités des
    # Nations Unies », until aligned)
    own = {"united-nations-entities", "entites-des-nations-unies", "entidades-de-las-naciones-unidas"}
    assert {i for i in asked["op:19"] if not i.startswith("ar-")} - own == {"all-stakeholders"}
    assert len(asked["op:19"]) == 1 + (lang in ("en", "ar", "fr", "es"))
    assert asked["op:10"] == {"cstd"}  # Encourages the Commission on Science and Technology for Development
    assert asked["op:23"] == {"member-states"}  # Calls upon all States
    assert "op:5" not in asked  # Encourages close alignment between ...: no one is addressed
    assert "op:24" not in asked  # Welcomes ...: a verb that addresses no one


def test_the_verb_is_kept_with_the_addressee(e_res_2022_15):
    (a,) = [a for a in e_res_2022_15["en"].addressees if a.paragraph == "op:96"]
    assert a.verb == "requests" and a.as_printed == "Secretary-General"
    (zh,) = [a for a in e_res_2022_15["zh"].addressees if a.paragraph == "op:96"]
    assert zh.as_printed == "秘书长"


def test_a_name_that_qualifies_a_noun_is_not_the_addressee(e_res_2022_15):
    """"Calls upon United Nations entities to continue ...": the United Nations is not who is called
    upon; the entities are, a group named as printed."""
    en = e_res_2022_15["en"]
    assert en.paragraph("op:80").text.startswith("Calls upon United Nations entities")
    assert _asked(en)["op:80"] == {"united-nations-entities"}


def test_preambular_paragraphs_have_no_addressees(e_res_2022_15):
    for record in e_res_2022_15.values():
        for p in record.paragraphs:
            if p.kind == "preambular":
                assert find_addressees(p, record.language) == []


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_a_sub_paragraph_with_its_own_verb_asks(e_res_2022_15, lang):
    """op. 89 (a): "Encourages Member States to develop ..." under "Calls upon ...:"."""
    assert _asked(e_res_2022_15[lang])["op:89(a)"] == {"member-states"}


@pytest.fixture(scope="module")
def e_res_2024_14():
    return {lang: link(read(akn_file("ecosoc", "2024", "E_RES_2024_14", lang))[0]) for lang in LANG_FOLDERS}


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_the_commission_is_encouraged_item_by_item(e_res_2024_14, lang):
    """E/RES/2024/14 op. 1 (b): "The Commission is encouraged: (i) To continue ... (xix) To
    consider ...": the Commission named in op. 1 (the CSTD) is asked, in the lead-in and each of
    the nineteen items, in every language (鼓励委员会：, La Commission est encouragée à :, ...)."""
    asked = _asked(e_res_2024_14[lang])
    items = [pid for pid in asked if pid.startswith("op:1(b)(")]
    assert len(items) == 19
    assert all(asked[pid] == {"cstd"} for pid in ["op:1(b)", *items])
    assert "governments" in asked["op:1(a)"]  # Governments ... are encouraged to take into account


@pytest.mark.parametrize(("text", "expected"), [
    ("The Commission is encouraged:", {"cstd"}),
    ("The Council is encouraged:", {"ecosoc"}),  # the adopting Council, named by no paragraph
    ("The Commission is reminded:", set()),  # not a request
])
def test_a_short_name_is_the_body_the_document_named(e_res_2024_14, text, expected):
    """Change the lead-in's words and the answer follows them."""
    from copy import deepcopy

    record = deepcopy(e_res_2024_14["en"])
    lead = record.paragraph("op:1(b)")
    lead.text = text
    record = link(record)
    asked = _asked(record)
    assert asked.get("op:1(b)", set()) == expected
    assert asked.get("op:1(b)(iv)", set()) == expected  # the items follow their lead-in


@pytest.mark.parametrize("lang", ["en", "zh", "fr", "ar", "es", "ru"])
def test_requests_the_high_commissioner(lang):
    """A/RES/78/184 (the Office of the High Commissioner for Refugees), op. 84: "Requests the High
    Commissioner to report ...": the High Commissioner the resolution named before."""
    record = link(read(akn_file("ga", "78session", "A_RES_78_184", lang))[0])
    assert _asked(record).get("op:84") == {"high-commissioner-for-refugees"}


def test_general_assembly_requests_in_a_res_79_194():
    record = link(read(akn_file("ga", "79session", "A_RES_79_194", "en"))[0])
    asked = _asked(record)
    assert asked["op:67"] == {"secretary-general"}
    assert asked["op:49"] == {"all-stakeholders"}
    assert "member-states" in asked["op:44"]


@pytest.mark.parametrize(("year", "stem"), [("2021", "E_RES_2021_28"), ("2022", "E_RES_2022_15"), ("2023", "E_RES_2023_3")])
def test_the_six_versions_address_the_same_entities(year, stem):
    """Russian cases (всем заинтересованным сторонам), Arabic clitics (بجميع أصحاب المصلحة), French
    elision (d’accorder), Spanish "a que": each version finds the same addressees in the same paragraphs."""
    found = {}
    for lang in LANG_FOLDERS:
        record = read(akn_file("ecosoc", year, stem, lang))[0]
        found[lang] = {
            (a.paragraph, a.entity.id) for p in record.paragraphs for a in find_addressees(p, lang)
            if not (a.entity.group and not a.entity.known)  # a group no registry holds is named as printed
        }
    assert found["en"], stem
    # the English reads on past a group no registry holds ("the technical and academic communities") to
    # "all other relevant stakeholders", which French and Arabic print in words the registry lacks
    # ("toutes les autres parties prenantes"): at most that one more in English, nothing else apart
    assert all(f <= found["en"] and len(found["en"] - f) <= 1 for f in found.values()), {k: v ^ found["en"] for k, v in found.items()}


# --- asks further on in a paragraph, and when they are due ----------------------------------------


def _paragraph(text: str, language: str):
    from unkg.ingest.verbs import identify
    from unkg.record import Paragraph

    head = text.split(" ")[0] if language != "zh" else text[:2]
    return Paragraph(id="op:1", kind="operative", number="1", text=text, verb=identify(head, language))


# A/RES/78/112 op:9 and A/RES/78/158 op:25: the ask follows another verb
OP9 = ("Recognizes the role of multilateral and bilateral treaties and treaty processes in advancing the rule of law, and "
       "encourages States to further consider the promotion of treaties in areas where international cooperation could "
       "benefit from treaties;")
OP25 = ("Takes note with appreciation of the efforts made by the World Health Organization so far in conducting and its "
        "willingness to conduct further studies regarding the common effects of both COVID-19 and sand and dust storms on "
        "public health, and invites the United Nations Coalition on Combating Sand and Dust Storms, within its existing "
        "mandate and resources, to continue its efforts")


def test_an_ask_further_on_in_the_paragraph():
    assert [(a.verb, a.entity.id) for a in find_addressees(_paragraph(OP9, "en"), "en")] == [("encourages", "states")]
    assert find_addressees(_paragraph(OP9.replace("and encourages States", "and the role of States"), "en"), "en") == []
    asked = [(a.verb, a.entity.en) for a in find_addressees(_paragraph(OP25, "en"), "en")]
    assert asked == [("invites", "United Nations Coalition on Combating Sand and Dust Storms")]  # not the WHO the paragraph thanks
    assert [a.verb for a in find_addressees(_paragraph(OP25.replace("and invites", "and urges"), "en"), "en")] == ["urges"]


def test_the_deadline_of_a_report_at_a_numbered_session():
    """A/RES/78/71 op:23: "... and to report to the General Assembly at its seventy-ninth session"."""
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    text = ("Requests the Secretary-General to strengthen support for the secretariat in order to adequately and efficiently "
            "provide service to the Scientific Committee in a predictable and sustainable manner, and to report to the "
            "General Assembly at its seventy-ninth session on these issues;")
    deadline, to = find_deadline(text, "en", find(text, "en"), None)
    assert deadline.session == "79" and to.id == "general-assembly"
    other = text.replace("seventy-ninth", "eighty-first")
    assert find_deadline(other, "en", find(other, "en"), None)[0].session == "81"


@pytest.mark.parametrize(("text", "lang", "session"), [
    # A/RES/78/171 op:11
    ("Requests the Secretary-General to submit a report to the General Assembly at the main part of its eightieth session, "
     "under the item entitled “Social development”", "en", "80"),
    # E/RES/2023/30 op:23 (zh)
    ("请秘书长在与联合国艾滋病毒/艾滋病联合规划署方案协调委员会2023年12月第五十三次会议协商后，在经济及社会理事会2025年届会之前向理事会提交一份报告",
     "zh", "2025"),
    # A/RES/78/245 op:32: a report due no later than a session
    ("просит Генерального секретаря представить доклад по этому вопросу не позднее семьдесят девятой сессии "
     "Генеральной Ассамблеи", "ru", "79"),
    ("وتطلب في هذا الصدد إلى الأمين العام أن يقدم تقريرا عن ذلك في موعد لا يتجاوز الدورة التاسعة والسبعين للجمعية العامة",
     "ar", "79"),
    # A/RES/78/229 op:28: a debate to hold during "the" session
    ("предлагает также Председателю Генеральной Ассамблеи провести в рамках имеющихся ресурсов на семьдесят девятой "
     "сессии прения высокого уровня", "ru", "79"),
    ("تدعو أيضا رئيس الجمعية العامة إلى أن يعقد، في حدود الموارد المتاحة وخلال الدورة التاسعة والسبعين، مناقشة رفيعة المستوى",
     "ar", "79"),
])
def test_the_session_a_report_is_due(text, lang, session):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    assert find_deadline(text, lang, find(text, lang), None)[0].session == session
    other = (text.replace("eightieth", "eighty-second").replace("2025年届会", "2026年届会")
             .replace("семьдесят девятой", "восьмидесятой").replace("التاسعة والسبعين", "الثمانين"))
    assert find_deadline(other, lang, find(other, lang), None)[0].session == {"80": "82", "2025": "2026", "79": "80"}[session]


# A/RES/78/234 op:19 in the six languages: a report due before a session ends
_BEFORE_END = {
    "en": "Requests the Secretary-General to report to the Assembly, before the end of its eightieth session, on practical steps;",
    "fr": "Prie le Secrétaire général de lui faire rapport, avant la fin de sa quatre-vingtième session, sur les mesures pratiques ;",
    "es": "Solicita al Secretario General que la informe, antes de que finalice su octogésimo período de sesiones, sobre las medidas",
    "ru": "просит Генерального секретаря представить Ассамблее до конца ее восьмидесятой сессии доклад о практических шагах",
    "ar": "تطلب إلى الأمين العام أن يقدم إلى الجمعية، قبل نهاية دورتها الثمانين، تقريرا عن الخطوات العملية",
    "zh": "请秘书长在大会第八十届会议结束前，向大会报告将采取怎样的实际步骤",
}
# E/RES/2023/7 op:7 in the six languages: a report due in a year
_IN_YEAR = {
    "en": "Requests the Secretary-General to report to the Economic and Social Council in 2025 on the implementation of the present resolution.",
    "fr": "Prie le Secrétaire général de lui rendre compte en 2025 de l’application de la présente résolution.",
    "es": "Solicita al Secretario General que en 2025 lo informe sobre la aplicación de la presente resolución.",
    "ru": "просит Генерального секретаря представить Экономическому и Социальному Совету в 2025 году доклад об осуществлении настоящей резолюции.",
    "ar": "يطلب إلى الأمين العام أن يقدم إلى المجلس الاقتصادي والاجتماعي في عام 2025 تقريراً عن تنفيذ هذا القرار.",
    "zh": "请秘书长于2025年向经济及社会理事会报告本决议的执行情况。",
}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh"])
def test_a_report_due_before_a_session_ends_or_in_a_year(lang):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    def due(text):
        found = find_deadline(text, lang, find(text, lang), None)
        return found[0] if found else None

    assert due(_BEFORE_END[lang]).session == "80"
    later = {"en": ("eightieth", "eighty-first"), "fr": ("quatre-vingtième", "quatre-vingt-unième"),
             "es": ("octogésimo", "octogésimo primer"), "ru": ("восьмидесятой", "восемьдесят первой"),
             "ar": ("الثمانين", "الحادية والثمانين"), "zh": ("第八十届", "第八十一届")}[lang]
    assert due(_BEFORE_END[lang].replace(*later)).session == "81"
    assert due(_IN_YEAR[lang]).year == "2025"
    assert due(_IN_YEAR[lang].replace("2025", "2027")).year == "2027"
    # a year a past report was presented in is no deadline
    past = {"en": "Recalls the report presented in 2018 to the Council;", "es": "Recuerda el informe presentado en 2018;",
            "fr": "Rappelle le rapport présenté en 2018 ;"}.get(lang)
    if past:
        assert due(past) is None


@pytest.mark.parametrize(("lang", "text"), [
    # A/RES/78/237 op:8 and E/RES/2021/26 op:21 in their versions: a report due during a session
    ("fr", "Prie le Secrétaire général de lui transmettre, durant sa session de 2023, un rapport élaboré par la Directrice exécutive"),
    ("es", "Solicita al Secretario General que le presente durante su septuagésimo octavo período de sesiones un informe"),
    ("ru", "просит Генерального секретаря представить доклад Генеральной Ассамблее в ходе ее семьдесят восьмой сессии"),
    ("ar", "تطلب إلى الأمين العام أن يقدم تقريرا إلى الجمعية العامة خلال دورتها الثامنة والسبعين"),
    # A/RES/78/200 op:6 and E/RES/2023/23 annex-A op:23 (es): "en el" session, a session in digits with "er"
    ("es", "Solicita al Secretario General que en el septuagésimo octavo período de sesiones le presente un informe"),
    ("es", "Solicita al Secretario General que informe al respecto a la Asamblea General en su 78º período de sesiones;"),
])
def test_a_report_due_during_a_session(lang, text):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    deadline = find_deadline(text, lang, find(text, lang), None)[0]
    assert deadline.session in ("2023", "78")
    other = text.replace("2023", "2024").replace("octavo", "noveno").replace("восьмой", "девятой").replace("الثامنة", "التاسعة")
    other = other.replace("78º", "79er")
    assert find_deadline(other, lang, find(other, lang), None)[0].session in ("2024", "79")


@pytest.mark.parametrize(("text", "lang", "due"), [
    # A/RES/78/114 op:2, A/RES/78/262 op:56, E/RES/2024/15 op:2(a) in its versions: a session something is due by,
    # before or in advance of, or during its resumed part
    ("also requests the Secretary-General to submit this material well in advance of its eighty-first session;", "en", "81"),
    ("requests the President of the General Assembly to organize a dialogue during the resumed seventy-ninth session", "en", "79"),
    ("To submit an information paper in advance of the twentieth session of the Forum, in 2025, for final consideration at "
     "its twenty-first session, in 2026;", "en", "20"),
    ("Presente un documento de información antes del 20º período de sesiones del Foro, en 2025, para su examen final en el "
     "21er período de sesiones de este, en 2026;", "es", "20"),
    ("представить до начала двадцатой сессии Форума в 2025 году информационный документ для его окончательного рассмотрения "
     "на двадцать первой сессии Форума в 2026 году;", "ru", "20"),
    ("تقديم ورقة معلومات قبل انعقاد الدورة العشرين للمنتدى، في عام 2025، لكي ينظر فيها المنتدى بشكل نهائي في دورته الحادية والعشرين",
     "ar", "20"),
    ("de lui présenter un rapport d’ici à sa quatre-vingtième session", "fr", "80"),
    # a date "not later than" (the style's other form of "no later than")
    ("Requests the Secretary-General to submit a report not later than 30 June 2025", "en", "2025-06-30"),
    # a session something was adopted at by a body is no deadline
    ("Invites donors to support the Global Jobs Pact adopted by the International Labour Conference at its ninety-eighth session",
     "en", None),
])
def test_a_session_or_date_something_is_due_by(text, lang, due):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    found = find_deadline(text, lang, find(text, lang), None)
    assert (found[0].session or found[0].date if found else None) == due


def test_a_session_a_chinese_text_speaks_of_is_no_deadline():
    """A/RES/78/71 op:4 (zh): 注意到关于其第七十届会议的报告 reports on a past session."""
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    text = "赞赏科学委员会的工作，注意到关于其第七十届会议的报告"
    assert find_deadline(text, "zh", find(text, "zh"), None) is None
    asked = "请科学委员会继续开展工作，并在第七十九届会议上向大会报告"
    assert find_deadline(asked, "zh", find(asked, "zh"), None)[0].session == "79"


# --- lists, groups, officials, short names: sentences of resolutions outside the gold set ----------


def _ids(text: str, language: str = "en") -> list[str]:
    return [a.entity.id for a in find_addressees(_paragraph(text, language), language)]


# A/RES/78/160 op:41
OP41 = ("Calls upon the United Nations funds and programmes and the specialized agencies, the international community and "
        "international institutions, at the request of Member States, to support the efforts of the countries of the South")


def test_every_name_of_a_list_before_the_infinitive_is_asked():
    """The asked run to the infinitive's "to"; an aside between them ("at the request of Member States")
    is not asked."""
    assert _ids(OP41) == ["funds-and-programmes", "specialized-agencies", "international-community", "international-institutions"]
    changed = OP41.replace("the international community and international institutions", "the regional commissions")
    assert _ids(changed) == ["funds-and-programmes", "specialized-agencies", "regional-commissions"]


def test_an_aside_after_the_addressee_is_not_asked():
    """A/RES/78/289 op:3: "Invites the Department of Economic and Social Affairs of the Secretariat, in
    cooperation with the relevant international organizations, the specialized agencies ..., to": only
    the Department; without "in cooperation with", the organizations are asked with it."""
    text = ("Invites the Department of Economic and Social Affairs of the Secretariat, in cooperation with the relevant "
            "international organizations, the specialized agencies and local, national and international cooperative "
            "organizations, to continue")
    assert _ids(text) == ["desa"]
    assert _ids(text.replace("in cooperation with ", "")) == [
        "desa", "international-organizations", "specialized-agencies", "local-national-and-international-cooperative-organizations"]


def test_a_group_no_registry_holds_is_asked_as_printed():
    """E/RES/2022/9 op:15: "Encourages oversight agencies to ...": a group named by what its members
    are; "Encourages the use of ..." asks no one."""
    text = "Encourages oversight agencies to strengthen the use of open data and artificial intelligence to detect and deter corruption"
    (a,) = find_addressees(_paragraph(text, "en"), "en")
    assert (a.entity.id, a.entity.group, a.as_printed) == ("oversight-agencies", True, "oversight agencies")
    assert _ids(text.replace("oversight agencies", "supreme audit institutions")) == ["supreme-audit-institutions"]
    assert _ids("Encourages the use of open data and artificial intelligence to detect and deter corruption") == []


def test_a_group_named_with_what_qualifies_it_is_the_registry_group():
    """A/RES/78/2 op:4: "Urges all Member States requesting exemption under Article 19 of the Charter
    to submit ...": the Member States the registry names, whatever follows them."""
    text = "Urges all Member States requesting exemption under Article 19 of the Charter to submit as much information as possible"
    assert _ids(text) == ["member-states"]
    assert _ids(text.replace("Member States", "Governments")) == ["governments"]


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_an_official_of_a_body_is_one_office_in_six_languages(lang):
    """A/RES/78/189 op:9: "invites the Director-General of the World Health Organization", 邀请世界卫生组织
    总干事, "invite le Directeur général de l'Organisation mondiale de la Santé", "invita al Director
    General de la Organización Mundial de la Salud", "предлагает Генеральному директору Всемирной
    организации здравоохранения", "وتدعو المدير العام لمنظمة الصحة العالمية": one office, not the WHO."""
    record = link(read(akn_file("ga", "78session", "A_RES_78_189", lang))[0])
    assert _asked(record)["op:9"] == {"member-states", "director-general-of-who"}
    (office,) = [a.entity for a in record.addressees if a.paragraph == "op:9" and a.entity.type == "office"]
    assert office.en == "Director-General of the World Health Organization"


def test_the_title_makes_the_office():
    text = "Invites the Director-General of the World Health Organization to take into account the present resolution"
    assert _ids(text) == ["director-general-of-who"]
    assert _ids(text.replace("Director-General of the ", "")) == ["who"]
    assert _ids(text.replace("Director-General of the World Health Organization", "Executive Director of the United Nations Environment Programme")) == ["executive-director-of-unep"]
    assert _ids("邀请世界卫生组织总干事在制定行动计划时考虑到本决议", "zh") == ["director-general-of-who"]
    assert _ids("邀请世界卫生组织在制定行动计划时考虑到本决议", "zh") == ["who"]


def test_a_conventions_secretariat_is_its_office():
    """A/RES/78/158 op:18 and op:24: "the secretariat of the United Nations Convention to Combat
    Desertification" (not the secretariat of the United Nations), 《...公约》秘书处 (a body serving as a
    secretariat: tests/ingest/test_link.py)."""
    text = "Requests the secretariat of the United Nations Convention to Combat Desertification to continue its efforts"
    assert _ids(text) == ["secretariat-of-unccd"]
    assert _ids(text.replace("the secretariat of ", "the Executive Secretary of ")) != ["executive-secretary-of-unccd"]
    assert _ids("请《联合国防治荒漠化公约》秘书处继续努力绘制全球沙尘暴源地底图", "zh") == ["secretariat-of-unccd"]
    assert _ids("请《联合国防治荒漠化公约》执行秘书继续努力绘制全球沙尘暴源地底图", "zh") != ["executive-secretary-of-unccd"]


def test_a_chinese_list_goes_on_past_a_group_no_registry_holds():
    """E/RES/2022/15 op:53 (zh): 敦促各国政府、...、国际组织、技术和学术界以及所有其他相关利益攸关方: the
    technical and academic communities (no registry name, asked as printed) do not end the list."""
    text = "敦促各国政府、私营部门、民间社会、国际组织、技术和学术界以及所有其他相关利益攸关方将信息和通信技术纳入各自落实可持续发展目标的举措"
    asked = [a.entity.id if a.entity.known else a.as_printed for a in find_addressees(_paragraph(text, "zh"), "zh")]
    assert asked == ["governments", "private-sector", "civil-society", "international-organizations", "技术和学术界", "relevant-stakeholders"]
    assert _ids(text.replace("所有其他相关利益攸关方", "其他捐助方"), "zh")[-1] == "donors"


def test_a_chinese_group_after_a_joiner_and_a_quantifier_is_asked():
    """A/RES/78/160 (zh): 促请会员国和其他利益攸关方向技术库信托基金提供自愿捐款 ("Urges Member States and other
    stakeholders to make voluntary contributions to the Technology Bank trust fund"): the list went on past 和 and
    其他 to a group no registry holds only where the group stood right after the verb; the group before 向 ("to")
    is asked too. A/RES/78/145 (zh): the list goes on past it to the World Tourism Organization."""
    text = "促请会员国和其他利益攸关方向技术库信托基金提供自愿捐款"
    asked = [a.entity.id if a.entity.known else a.as_printed for a in find_addressees(_paragraph(text, "zh"), "zh")]
    assert asked == ["member-states", "其他利益攸关方"]
    asked = [a.entity.id if a.entity.known else a.as_printed
             for a in find_addressees(_paragraph(text.replace("其他利益攸关方", "其他方面"), "zh"), "zh")]
    assert asked == ["member-states"]  # (no group's noun: 其他方面, "other aspects")
    text = "鼓励会员国和其他利益攸关方及世界旅游组织继续支持中美洲一体化体系成员国"
    asked = [a.entity.id if a.entity.known else a.as_printed for a in find_addressees(_paragraph(text, "zh"), "zh")]
    assert asked == ["member-states", "其他利益攸关方", "unwto"]


def test_recommends_that_a_body():
    """A/RES/78/108 op:3 and op:44: "Recommends that the International Law Commission continue ..." asks
    the Commission; "Recommends that the debate on the report of the International Law Commission ...
    commence ..." asks no one."""
    assert _ids("Recommends that the International Law Commission continue its work on the topics in its current programme of work") == ["ilc"]
    assert _ids("Recommends that the debate on the report of the International Law Commission at the seventy-ninth session "
                "of the General Assembly commence on 21 October 2024.") == []


def test_the_short_name_of_a_body_no_registry_holds():
    """A/RES/78/57 op:2: "requests the Centre to continue ...": the United Nations Regional Centre ...
    the resolution named in op:1, which no registry holds."""
    record = link(read(akn_file("ga", "78session", "A_RES_78_57", "en"))[0])
    (centre,) = [a for a in record.addressees if a.paragraph == "op:2"]
    assert centre.as_printed == "the Centre" and centre.entity.id.startswith("united-nations-regional-centre-for-peace")
    p = record.paragraph("op:2")
    p.text = p.text.replace("requests the Centre", "requests the Secretary-General")
    assert {a.entity.id for a in link(record).addressees if a.paragraph == "op:2"} == {"secretary-general"}


def test_a_report_due_before_a_session():
    """A/RES/78/146 op:9: "to submit to the General Assembly at its eighty-second session": due at the
    session; "before its" the same; "after its" is no deadline."""
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    text = ("Requests the Secretary-General, within existing resources, to submit to the General Assembly at its "
            "eighty-second session a report on the implementation of the present resolution")
    for printed, session in (("at its", "82"), ("before its", "82")):
        other = text.replace("at its", printed)
        assert find_deadline(other, "en", find(other, "en"), None)[0].session == session
    after = text.replace("at its", "after its")
    assert find_deadline(after, "en", find(after, "en"), None) is None
    assert _ids(text) == ["secretary-general"]


def test_a_later_verb_asks_them_again():
    """A GA 78th-session resolution: "Encourages States to improve diversity within law enforcement
    agencies, and urges them to take all appropriate measures ...": "them" are the States asked before."""
    text = ("Encourages States to improve diversity within law enforcement agencies, and urges them to take all appropriate "
            "measures to facilitate the participation")
    asked = [(a.verb, a.entity.id) for a in find_addressees(_paragraph(text, "en"), "en")]
    assert asked == [("encourages", "states"), ("urges", "states")]
    other = [(a.verb, a.entity.id) for a in find_addressees(_paragraph(text.replace("urges them", "urges Governments"), "en"), "en")]
    assert other == [("encourages", "states"), ("urges", "governments")]


@pytest.mark.parametrize(("lang", "short", "other"), [
    ("en", "the Joint Programme", "the Secretary-General"),
    ("zh", "联合规划署", "秘书长"),
])
def test_the_joint_programme_is_unaids(lang, short, other):
    """E/RES/2021/26 op:3: "Calls upon the Joint Programme ...", 促请联合规划署: the short name keeps the
    word before its head and drops the UN's name (Joint United Nations Programme on HIV/AIDS,
    联合国艾滋病毒/艾滋病联合规划署)."""
    record = link(read(akn_file("ecosoc", "2021", "E_RES_2021_26", lang))[0])
    assert "unaids" in _asked(record)["op:3"]
    p = record.paragraph("op:3")
    assert short in p.text
    p.text = p.text.replace(short, other, 1)
    asked = _asked(link(record))["op:3"]
    assert "unaids" not in asked and "secretary-general" in asked


# A/RES/78/269 op:8: the list goes on through an organisation and a union no registry holds
OP8 = ("Invites the United Nations system, including funds, programmes and specialized agencies, including the World Health "
       "Organization, the Food and Agriculture Organization of the United Nations, the United Nations Environment Programme as "
       "well as the World Organisation for Animal Health, the Global Leaders Group on Antimicrobial Resistance, the "
       "Inter-Parliamentary Union, regional commissions and relevant envoys of the Secretary-General, to participate in the "
       "high-level meeting")


def test_the_list_of_the_asked_goes_on_through_an_organisation_no_registry_holds():
    asked = [a.entity.en for a in find_addressees(_paragraph(OP8, "en"), "en")]
    assert asked[4:7] == ["World Organisation for Animal Health", "Global Leaders Group on Antimicrobial Resistance",
                          "Inter-Parliamentary Union"]
    # a name of no body there ends the list
    other = OP8.replace("the World Organisation for Animal Health", "the good practices of farmers")
    assert "Global Leaders Group on Antimicrobial Resistance" not in [a.entity.en for a in find_addressees(_paragraph(other, "en"), "en")]


# --- the system's agencies as one group, "decides to request", the Council's President in Russian --


@pytest.fixture(scope="module")
def e_res_2024_21():
    return {lang: link(read(akn_file("ecosoc", "2024", "E_RES_2024_21", lang))[0]) for lang in LANG_FOLDERS}


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_the_agencies_and_organizations_of_the_system_are_one_group(e_res_2024_21, lang):
    """E/RES/2024/21 op:7: "Requests the specialized agencies and other organizations of the United
    Nations system and international and regional organizations to ...": the system's agencies, a
    fixed phrase of the UN's texts, are one addressee, not the specialized agencies and the system apart."""
    asked = _asked(e_res_2024_21[lang])["op:7"]
    assert "specialized-agencies-and-un-system" in asked
    assert not asked & {"specialized-agencies", "un-system"}


def test_the_specialized_agencies_alone_are_not_the_system():
    text = ("Requests the specialized agencies and other organizations of the United Nations system to examine and review "
            "conditions in each Non-Self-Governing Territory")
    assert _ids(text) == ["specialized-agencies-and-un-system"]
    assert _ids(text.replace(" and other organizations of the United Nations system", "")) == ["specialized-agencies"]


def test_the_president_of_the_council_in_russian_is_the_councils(e_res_2024_21):
    """E/RES/2024/21 op:20: "просит Председателя Совета": the Council is the Economic and Social
    Council named last (op:18, after the Security Council in op:5), and its Председатель is the
    President the registry holds, as the English "the President of the Council"."""
    for lang in ("ru", "en"):
        assert _asked(e_res_2024_21[lang])["op:20"] == {"president-of-ecosoc"}, lang


def test_decides_to_request_asks_who_follows():
    """E/RES/2024/4 op:11: "Decides to request the President of the Economic and Social Council at its
    2024 session to organize ...": the President is asked; "Decides that the President ..." asks no one."""
    text = ("Decides to request the President of the Economic and Social Council at its 2024 session to organize, within "
            "existing resources, an informal intergovernmental interactive dialogue")
    (a,) = find_addressees(_paragraph(text, "en"), "en")
    assert (a.verb, a.entity.id) == ("requests", "president-of-ecosoc")
    assert find_addressees(_paragraph(text.replace("to request the President", "that the President"), "en"), "en") == []
    zh = "决定请经济及社会理事会主席在其2024年届会期间，在现有资源范围内，以无障碍形式组织一次非正式政府间互动对话"
    assert [(a.verb, a.entity.id) for a in find_addressees(_paragraph(zh, "zh"), "zh")] == [("requests", "president-of-ecosoc")]
    assert find_addressees(_paragraph(zh.replace("决定请", "决定由"), "zh"), "zh") == []


ZH_OP12 = ("鼓励有能力的国家和国际捐助方以及私营部门、金融机构、基金会和其他捐助方通过向支持峰会筹备工作的信托基金自愿捐款，"
           "支持峰会的筹备工作")


def test_chinese_groups_no_registry_holds_are_asked_as_printed():
    """A/RES/78/318 op:12 (Chinese): the list of the encouraged goes on through groups no registry
    holds (国际捐助方, 金融机构, 基金会), each asked as printed; 其他捐助方 is the registry's donors."""
    asked = [(a.entity.id if a.entity.known else a.as_printed) for a in find_addressees(_paragraph(ZH_OP12, "zh"), "zh")]
    assert asked == ["有能力的国家", "国际捐助方", "private-sector", "金融机构", "基金会", "donors"]
    shorter = ZH_OP12.replace("和国际捐助方以及私营部门、金融机构、基金会和其他捐助方", "和私营部门")
    assert [a.as_printed for a in find_addressees(_paragraph(shorter, "zh"), "zh")] == ["有能力的国家", "私营部门"]


def test_chinese_groups_take_the_english_groups_ids():
    """The same paragraph in both versions, aligned: the Chinese groups are the English version's
    (States, international donors, financial institutions, foundations), labelled as printed."""
    from unkg.ingest.align import align

    en, zh = (link(read(akn_file("ga", "78session", "A_RES_78_318", lang))[0]) for lang in ("en", "zh"))
    align([en, zh])
    by_lang = {r.language: {a.entity.id for a in r.addressees if a.paragraph == "op:12"} for r in (en, zh)}
    assert by_lang["zh"] == by_lang["en"] and "international-donors" in by_lang["zh"]
    labels = {a.entity.id: a.entity.label for a in zh.addressees if a.paragraph == "op:12"}
    assert labels["international-donors"] == "国际捐助方"


# --- Chinese: what may stand between the verb and the asked (E/RES/2023/35, A/RES/78/235) --------

ZH_OP2 = "促请占领国以色列立即停止一切违反国际法的措施"  # E/RES/2023/35 op 2: "Calls upon Israel, the occupying Power"
ZH_OP8 = "促请国际社会包括联合国特别是联合国近东巴勒斯坦难民救济和工程处继续提供迫切需要的援助"  # op 8


def test_the_occupying_power_israel_is_asked():
    assert _ids(ZH_OP2, "zh") == ["israel"]
    assert _ids(ZH_OP2.replace("占领国以色列", "各方考虑以色列"), "zh") == []


def test_the_united_nations_before_in_particular_is_asked_with_the_list():
    """国际社会包括联合国特别是联合国近东...工程处: "the international community, including the United
    Nations, in particular UNRWA": the United Nations is one of the asked, not a modifier of a name."""
    assert _ids(ZH_OP8, "zh") == ["international-community", "un", "unrwa"]
    assert _ids(ZH_OP8.replace("包括联合国特别是", "包括联合国机构"), "zh") == ["international-community"]


def test_the_said_centre_is_the_centre_the_document_named():
    """A/RES/78/235 op 4 鼓励该中心...: "Encourages the Centre", the Subregional Centre named before
    (read alone, the Chinese version gives it the id of its Chinese name; aligned, the English one's)."""
    from tests.conftest import akn_file
    from unkg.ingest import read
    from unkg.ingest.link import link

    rec = link(read(akn_file("ga", "78session", "A_RES_78_235", "zh"))[0])
    (centre,) = [m.entity for m in rec.mentions if m.paragraph == "op:4" and m.as_printed == "中心"]
    assert centre.label.endswith("次区域人权与民主中心") and _asked(rec)["op:4"] == {centre.id}


# A/RES/78/158 op 21: the list of the asked goes on after an aside set off by commas
OP21 = ("Encourages the relevant entities of the United Nations, including the World Health Organization, the United "
        "Nations Environment Programme and the Department of Economic and Social Affairs, within their respective "
        "mandates and resources, and donors to continue to provide capacity-building")
ZH_OP21 = ("鼓励联合国各相关实体，包括世界卫生组织、联合国环境规划署和经济和社会事务部在各自任务和资源范围内以及捐助方继续为防治"
           "和预防沙尘暴提供能力建设")


def test_the_asked_after_an_aside():
    assert _ids(OP21)[-2:] == ["desa", "donors"]
    assert _ids(OP21.replace(", and donors to continue", ", to continue"))[-1] == "desa"
    assert _ids(ZH_OP21, "zh")[-2:] == ["desa", "donors"]
    assert _ids(ZH_OP21.replace("以及捐助方继续", "继续"), "zh")[-1] == "desa"


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_the_items_of_a_lead_in_that_asks_for_information_on_them_ask_no_one(lang):
    """E/RES/2024/21 op 10: "Requests the specialized agencies ... to provide information on:" /
    "(a) Environmental problems facing the Non-Self-Governing Territories;": the items are what is
    asked about, not asks of their own (E/RES/2024/14's "The Commission is encouraged:" items are)."""
    from tests.conftest import akn_file
    from unkg.ingest import read
    from unkg.ingest.link import link

    rec = link(read(akn_file("ecosoc", "2024", "E_RES_2024_21", lang))[0])
    asked = _asked(rec)
    assert asked.get("op:10")
    assert not any(p.startswith("op:10(") for p in asked)


@pytest.mark.parametrize(("text", "lang"), [
    ("Solicita a la Comisión que en su 69º período de sesiones decida su futuro programa de trabajo plurianual;", "es"),  # E/RES/2022/5 op 4
    ("Prie la Commission de décider à sa 69e session de son futur programme de travail pluriannuel ;", "fr"),
    # E/RES/2022/17 op:23 (es): the ordinal's superscript "o" printed as a letter
    ("solicita a la secretaría del Foro que presente una propuesta al Foro en su 69o período de sesiones sobre el mandato", "es"),
])
def test_a_session_numbered_in_digits(text, lang):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    assert find_deadline(text, lang, find(text, lang), None)[0].session == "69"
    changed = text.replace("69", "70")
    assert find_deadline(changed, lang, find(changed, lang), None)[0].session == "70"


ZH_OP5 = "鼓励会员国、联合国专门机构成员和大会观察员派国家元首或政府首脑级或尽可能最高级别的代表出席"  # A/RES/78/318 op 5


def test_chinese_members_and_observers_of_a_body_are_asked_not_the_body():
    """A/RES/78/318 op:5 (Chinese): "Member States, members of the United Nations specialized agencies and
    observers of the General Assembly": the members and the observers are asked, the last one too, and
    the Assembly is not; members of no name (其成员: its members) are no group of their own."""
    asked = [(a.entity.id if a.entity.known else a.as_printed) for a in find_addressees(_paragraph(ZH_OP5, "zh"), "zh")]
    assert asked[:2] == ["member-states", "联合国专门机构成员"] and "general-assembly" not in asked and len(asked) == 3
    assert [a.as_printed for a in find_addressees(_paragraph(ZH_OP5.replace("大会观察员", "大会"), "zh"), "zh")][-1] == "大会"
    assert [a.as_printed for a in find_addressees(_paragraph("鼓励会员国和其成员派代表出席", "zh"), "zh")] == ["会员国"]


@pytest.mark.parametrize(("text", "lang"), [
    # A/RES/78/269 op:6, in five languages: "before the end of June 2024"
    ("Requests the President of the General Assembly to organize, before the end of June 2024, a hearing", "en"),
    ("请大会主席在2024年6月底之前举办并主持一次多利益攸关方互动听证会", "zh"),
    ("Prie le Président de l’Assemblée générale d’organiser, avant la fin de juin 2024, une audition", "fr"),
    ("Solicita a la Presidencia de la Asamblea General que organice, antes de fines de junio de 2024, una audiencia", "es"),
    ("просит Председателя Генеральной Ассамблеи до конца июня 2024 года организовать слушания", "ru"),
])
def test_a_request_due_by_the_end_of_a_month(text, lang):
    """The month's last day, in every language; another month another day; a Chinese month the
    request is to be done in (2024年6月举办) is no deadline."""
    from unkg.ingest.deadlines import find_deadline

    assert find_deadline(text, lang, [], None)[0].date == "2024-06-30"
    other = (text.replace("June", "February").replace("6月", "2月").replace("juin", "février").replace("junio", "febrero")
             .replace("июня", "февраля"))
    assert find_deadline(other, lang, [], None)[0].date == "2024-02-29"
    assert find_deadline("请大会主席在2024年6月举办听证会", "zh", [], None) is None


@pytest.mark.parametrize(("text", "asked"), [
    # E/RES/2024/21 op:15 and op:16: territories and Powers are asked (the registry's groups, in six languages)
    ("Encourages the Non-Self-Governing Territories to take steps to establish or strengthen disaster preparedness",
     ["non-self-governing-territories"]),
    ("Requests the administering Powers concerned to continue their cooperation with the specialized agencies", ["administering-powers"]),
    ("Requests the administering arrangements concerned to continue their cooperation", []),
])
def test_territories_and_powers_are_asked(text, asked):
    assert _ids(text) == asked


def test_a_verb_after_while_asks_again():
    """E/RES/2023/30 op:22: "..., and inviting new donors to join ..., while encouraging all donors to
    consider ...": all donors are asked too; "while noting" asks no one."""
    text = ("Calls upon existing donors to maintain and step up their contributions, and inviting new donors to join, "
            "while encouraging all donors to consider multiannual core funding;")
    assert _ids(text) == ["existing-donors", "new-donors", "donors"]
    assert _ids(text.replace("while encouraging all donors to consider", "while noting")) == ["existing-donors", "new-donors"]


def test_a_coalition_named_before_is_asked_by_its_short_name():
    """A/RES/78/158 op:26: "... the United Nations Coalition on Combating Sand and Dust Storms ..., and
    invites the Coalition to consider ...": the Coalition is the coalition named before it."""
    text = ("Requests the Secretary-General to further encourage the United Nations Coalition on Combating Sand and Dust "
            "Storms to conduct its priority activities, and invites the Coalition to consider broadening the scope of the "
            "concept note;")
    from tests.ingest.test_link import _linked_text

    asked = {(a.entity.id, a.verb) for a in _linked_text(text).addressees}
    assert ("united-nations-coalition-on-combating-sand-and-dust-storms", "invites") in asked
    other = text.replace("United Nations Coalition on Combating Sand and Dust Storms", "Global Water Partnership")
    assert not any(a.verb == "invites" for a in _linked_text(other).addressees)


def test_an_and_inside_the_complement_of_a_group_is_no_second_group():
    """E/RES/2023/10 op:10: "encourages development and trading partners of graduating and recently
    graduated countries to support ...": one group; "partners of graduating countries and donors" two."""
    text = ("Encourages development and trading partners of graduating and recently graduated countries to support "
            "those countries in reducing disaster risk;")
    assert _ids(text) == ["development-and-trading-partners-of-graduating-and-recently-graduated-countries"]
    other = text.replace("of graduating and recently graduated countries", "of graduating countries and donors")
    assert _ids(other) == ["development-and-trading-partners-of-graduating-countries", "donors"]


def test_the_last_chinese_group_of_a_list_or_one_alone_before_what_it_is_asked_to_do():
    """A/RES/78/171 op:8 (zh): 鼓励会员国和联合国相关机构酌情收集...: the relevant United Nations agencies
    are asked with Member States; without the list's conjunction, 联合国相关机构 starts no group there."""
    from unkg.ingest.addressees import find_addressees

    text = "鼓励会员国和联合国相关机构酌情收集、汇编和传播关于白化病患者的分列数据"
    asked = [a.as_printed for a in find_addressees(_paragraph(text, "zh"), "zh")]
    assert asked == ["会员国", "联合国相关机构"]
    alone = text.replace("会员国和联合国相关机构酌情", "会员国酌情")
    assert [a.as_printed for a in find_addressees(_paragraph(alone, "zh"), "zh")] == ["会员国"]
    # E/RES/2023/30 op:22 (zh): a group asked alone, right after the verb (呼吁现有捐助者一如既往地捐款)
    donors = "呼吁现有捐助者一如既往地捐款和增加捐款"
    assert [a.as_printed for a in find_addressees(_paragraph(donors, "zh"), "zh")] == ["现有捐助者"]
    assert [a.as_printed for a in find_addressees(_paragraph(donors.replace("捐助者", "承诺"), "zh"), "zh")] == []


def test_a_session_of_the_asked_body_and_one_something_was_adopted_at():
    """E/RES/2024/13 op:116: "Requests the Commission on Science and Technology for Development ... to
    organize, during its twenty-eighth session, in 2025, ..." is due at the Commission's twenty-eighth
    session, which the Council's own session (2024, a year) does not make past; E/RES/2022/17 op:19:
    "its guidelines adopted during the thirteenth session of the Forum" is no deadline."""
    from tests.conftest import akn_file
    from unkg.record import Deadline

    def due(symbol, year, anchor, change=None):
        record = read(akn_file("ecosoc", year, symbol, "en"))[0]
        if change is not None:
            record.paragraph(anchor).text = change(record.paragraph(anchor).text)
        return [(a.entity.id, a.deadline, a.report_to and a.report_to.id)
                for a in link(record).addressees if a.paragraph == anchor]

    assert due("E_RES_2024_13", "2024", "op:116") == [("cstd", Deadline(session="28"), "cstd")]
    assert due("E_RES_2024_13", "2024", "op:116", lambda t: t.replace("twenty-eighth", "twenty-ninth")) == [
        ("cstd", Deadline(session="29"), "cstd")]
    assert [d for _, d, _ in due("E_RES_2022_17", "2022", "op:19")] == [None]
    assert [d for _, d, _ in due("E_RES_2022_17", "2022", "op:19", lambda t: t.replace(
        "its guidelines adopted during the thirteenth session", "its guidelines to the thirteenth session"))] == [Deadline(session="13")]


@pytest.mark.parametrize(("text", "session"), [
    # E/RES/2022/20 op:3: a report sent for the Council's session to consider
    ("请海地问题特设咨询小组向经济及社会理事会提交工作报告并酌情提出建议，供理事会2023年届会审议。", "2023"),
    # E/RES/2024/9 annex-A op:26: a report that goes through a commission's session
    ("请秘书长确保就本决议采取适当的后续行动，并通过预防犯罪和刑事司法委员会第三十四届会议向大会报告有关情况；", "34"),
    # E/RES/2024/9 annex-A op:9: what begins after a session is not due at it
    ("请预防犯罪和刑事司法委员会在拟于其第三十四届会议常会之后举行的闭会期间会议上着手拟订一份宣言草案", None),
])
def test_chinese_sessions_a_report_is_for_or_goes_through(text, session):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    due = find_deadline(text, "zh", find(text, "zh"), None)
    assert (due[0].session if due else None) == session
    if session:
        other = text.replace("2023年", "2024年").replace("第三十四届", "第三十五届")
        assert find_deadline(other, "zh", find(other, "zh"), None)[0].session == {"2023": "2024", "34": "35"}[session]


def test_a_full_name_opening_a_passive_lead_in_is_asked():
    """E/RES/2023/4 op:1 (c): "The United Nations Conference on Trade and Development is encouraged:"
    asks UNCTAD (its capitalised "The" opens the name, as it opens "The Commission is encouraged:")."""
    text = "The United Nations Conference on Trade and Development is encouraged:"
    assert [a.entity.id for a in find_addressees(_paragraph(text, "en"), "en")] == ["unctad"]
    other = text.replace("United Nations Conference on Trade and Development", "World Health Organization")
    assert [a.entity.id for a in find_addressees(_paragraph(other, "en"), "en")] == ["who"]


@pytest.mark.parametrize(("text", "asked"), [
    # A/RES/78/170 op:9 and A/RES/78/202 op:4: an ask not to do something
    ("Calls upon Israel not to impede Palestinian development and export of discovered oil and natural gas reserves;", ["israel"]),
    ("Urges all States not to adopt any unilateral measures not in accordance with international law;", ["member-states"]),
    ("Urges all parties involved in armed conflict not to target civilians;", ["all parties involved in armed conflict"]),
])
def test_those_asked_not_to_do_something(text, asked):
    found = [a.entity.id if a.entity.known else a.as_printed for a in find_addressees(_paragraph(text, "en"), "en")]
    assert found == asked
    other = text.replace("Israel", "Egypt").replace("all States", "all Governments").replace("armed conflict", "the conflict")
    assert [a.entity.id if a.entity.known else a.as_printed for a in find_addressees(_paragraph(other, "en"), "en")] == [
        {"israel": "egypt", "member-states": "governments"}.get(asked[0], "all parties involved in the conflict")]


@pytest.mark.parametrize(("text", "lang", "asked"), [
    # A/RES/78/284 op:15 (fr): a group the United Nations qualifies is asked as printed, the list goes on
    ("Invite les États Membres, les entités compétentes des Nations Unies, les institutions financières internationales et "
     "les autres parties prenantes à améliorer la fourniture d’une assistance technique", "fr",
     ["member-states", "entités compétentes des Nations Unies", "international-financial-institutions", "autres parties prenantes"]),
    # A/RES/78/269 op:10 (fr): a group civil society qualifies opens the list
    ("Invite les membres de la société civile, les organisations non gouvernementales, le secteur privé à jouer un rôle essentiel",
     "fr", ["membres de la société civile", "ngos", "private-sector"]),
    # A/RES/78/160 op:31 (ru): partners "such as" bodies are no group of the list, and the bodies not asked
    ("рекомендует Конференции Организации Объединенных Наций по торговле и развитию, действуя в сотрудничестве с "
     "соответствующими партнерами, например со Всемирной организацией интеллектуальной собственности, Международным союзом "
     "электросвязи, продолжать проводить обзоры", "ru", ["unctad"]),
])
def test_a_group_a_name_qualifies_is_asked_as_printed_and_the_list_goes_on(text, lang, asked):
    found = find_addressees(_paragraph(text, lang), lang)
    assert [a.entity.id if a.entity.known else a.as_printed for a in found][:len(asked) + 1] == asked
    assert all(a.entity.group for a in found if not a.entity.known)
    if lang == "fr":  # where the group's words are no group, the list ends there
        other = text.replace("les entités compétentes des", "l'avenir des").replace("les membres de la", "l'avenir de la")
        assert len(find_addressees(_paragraph(other, lang), lang)) < len(asked) or other == text


def test_a_group_in_lower_case_is_asked():
    """E/RES/2024/12 op:9: "Requests the intergovernmental expert group, in the context of its meeting,
    to take into consideration ...": the group is asked."""
    text = "Requests the intergovernmental expert group, in the context of its meeting, to take into consideration relevant materials"
    assert [a.as_printed for a in find_addressees(_paragraph(text, "en"), "en")] == ["intergovernmental expert group"]
    other = text.replace("intergovernmental expert group", "intergovernmental expert process")
    assert find_addressees(_paragraph(other, "en"), "en") == []


@pytest.mark.parametrize(("text", "asked"), [
    # E/RES/2024/10 annex-A op:5 (ar): "Member States and other donors", the quantifier joined to its "and"
    ("تدعو الدول الأعضاء وسائر الجهات المانحة إلى توفير موارد من خارج الميزانية", ["member-states", "donors"]),
    # A/RES/78/286 op:2 (ar): the institutions of the United Nations system
    ("تدعو جميع الدول الأعضاء ومؤسسات منظومة الأمم المتحدة، في حدود مواردها المتاحة، إلى", ["member-states", "un-system"]),
])
def test_arabic_lists_of_the_asked(text, asked):
    assert [a.entity.id for a in find_addressees(_paragraph(text, "ar"), "ar")] == asked
    assert [a.entity.id for a in find_addressees(_paragraph(text.replace("الدول الأعضاء", "الحكومات"), "ar"), "ar")] == [
        "governments", *asked[1:]]


@pytest.mark.parametrize(("text", "lang", "asked"), [
    # E/RES/2023/11 op:10 (ru): the system is asked, not the parts its "including" lists
    ("призывает систему Организации Объединенных Наций, включая ее учреждения, фонды и программы, к тому, чтобы они",
     "ru", ["un-system"]),
    ("призывает систему Организации Объединенных Наций, ее учреждения, фонды и программы к тому, чтобы они",
     "ru", ["un-system", "ее учреждения", "funds-and-programmes"]),  # a group of the list, as printed
    # A/RES/78/262 op:56 (fr)
    ("Invite les États Membres et toutes les entités compétentes du système des Nations Unies, y compris les fonds, les "
     "programmes, les institutions spécialisées et les commissions régionales, à continuer", "fr", ["member-states"]),
])
def test_the_parts_an_addressee_includes_are_not_asked(text, lang, asked):
    assert [a.entity.id if a.entity.known else a.as_printed for a in find_addressees(_paragraph(text, lang), lang)] == asked


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A/RES/78/229 op:27 (fr): the session of "the" Assembly, not "its"
    ("Invite son président à tenir durant la soixante-dix-huitième session, dans la limite des ressources existantes, "
     "un débat de haut niveau", "fr", {"session": "78"}),
    # E/RES/2022/16 op:1 (c) (vi) (fr)
    ("Prier également le Conseil consultatif pour l’égalité des sexes de la Commission de faire rapport sur ce point à "
     "la vingt-sixième session annuelle de la Commission ;", "fr", {"session": "26"}),
    # A/RES/78/269 op:6 (es, fr): before the end of a month
    ("organice y presida una audiencia interactiva de múltiples partes interesadas, antes de finales de junio de 2024, en "
     "la que participen", "es", {"date": "2024-06-30"}),
    ("d’organiser et de présider, avant fin juin 2024, avec l’appui de l’Organisation mondiale de la Santé", "fr",
     {"date": "2024-06-30"}),
])
def test_a_deadline_as_french_and_spanish_print_it(text, lang, expected):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    deadline = find_deadline(text, lang, find(text, lang), None)[0]
    assert {k: getattr(deadline, k) for k in expected} == expected
    other = (text.replace("soixante-dix-huitième", "quatre-vingtième").replace("vingt-sixième", "vingt-septième")
             .replace("junio", "julio").replace("juin", "juillet"))
    changed = find_deadline(other, lang, find(other, lang), None)[0]
    assert {k: getattr(changed, k) for k in expected} != expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Prend note du rapport présenté à la quarante-sixième session du Conseil des droits de l’homme ;", "fr"),
    ("Takes note of the report of the Special Rapporteur submitted at the forty-sixth session of the Council;", "en"),
])
def test_a_session_a_report_was_presented_at_is_no_deadline(text, lang):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    assert find_deadline(text, lang, find(text, lang), None) is None
    due = text.replace("présenté à", "à présenter à").replace("submitted at", "to be submitted at")
    assert find_deadline(due, lang, find(due, lang), None)[0].session == "46"


@pytest.mark.parametrize(("symbol", "anchor", "body", "printed"), [
    # A/RES/78/291 op:6: the Special Committee on Peacekeeping Operations, named in pre:6
    ("A_RES_78_291", "op:6", "special-committee-on-peacekeeping-operations", "the Special Committee"),
])
def test_the_special_committee_by_its_qualified_head(symbol, anchor, body, printed):
    from tests.conftest import akn_file
    from unkg.ingest import read
    from unkg.ingest.link import link

    rec = link(read(akn_file("ga", "78session", symbol, "en"))[0])
    asked = [(a.entity.id, a.as_printed, a.deadline.session if a.deadline else None) for a in rec.addressees if a.paragraph == anchor]
    assert asked == [(body, printed, "79")]
    other = read(akn_file("ga", "78session", symbol, "en"))[0]
    other.paragraph(anchor).text = other.paragraph(anchor).text.replace("Special Committee", "Fourth Committee")
    assert not any(a.entity.id == body for a in link(other).addressees if a.paragraph == anchor)


@pytest.mark.parametrize("text", [
    "просит Генерального секретаря представить доклад, принятого на семьдесят девятой сессии Генеральной Ассамблеи",
    "تدعو أيضا رئيس الجمعية العامة إلى أن يعقد، في حدود الموارد المتاحة والمعقودة خلال الدورة التاسعة والسبعين، مناقشة",
])
def test_a_session_something_was_held_at_is_no_russian_or_arabic_deadline(text):
    """(the session's phrase after a participle of what was adopted or held there: A/RES/78/245 op:32 and
    A/RES/78/229 op:28, changed; their own sessions are due, above)"""
    from unkg.ingest.deadlines import find_deadline

    lang = "ru" if text[0] in "пП" else "ar"
    assert find_deadline(text, lang, [], None) is None
    assert find_deadline(text.replace("принятого на", "не позднее").replace("والمعقودة خلال", "وخلال"), lang, [], None) is not None


@pytest.mark.parametrize(("text", "due"), [
    # A/RES/78/23 op:2: a date 于 opens is when the programme was adopted, not when anything is due
    ("请秘书长通过有关机关并在现有资源范围内继续采取行动，执行裁军和发展关系国际会议于1987年9月11日通过的行动纲领；", None),
    # E/RES/2023/29 op:15: "注意到" (note) holds 到 (by)
    ("表示注意到2020年4月28日最不发达国家组关于冠状病毒病的声明，并邀请发展伙伴支持最不发达国家", None),
    # A/RES/78/232 op:32: 到 a year is by it
    ("再次请秘书长确保到2024年分配适足资源，以应对任务不断扩大的情况", {"year": "2024"}),
    # A/RES/78/5 annex-I op:84: a report to submit in a year
    ("又请秘书长在世界卫生组织的支持下报告全球为消灭结核病所作的努力，并于2027年向大会提交一份报告", {"year": "2027"}),
    # E/RES/2022/16 op:1 (c) (vi): the Commission's annual session
    ("又请委员会性别平等问题咨询委员会提出更新工作方案的建议，并就此向委员会第二十六届年度会议报告；", {"session": "26"}),
])
def test_a_chinese_deadline_is_a_date_something_is_due_by(text, due):
    from unkg.ingest.deadlines import find_deadline
    from unkg.ingest.names import find

    found = find_deadline(text, "zh", find(text, "zh"), None)
    assert ({k: getattr(found[0], k) for k in due} if found else None) == due
    if due:  # what is done then, not by then
        done = text.replace("到2024年", "于2024年").replace("并于2027年向大会提交", "并审议于2027年提交的").replace(
            "向委员会第二十六届年度会议报告", "向委员会报告第二十六届年度会议的情况")
        assert find_deadline(done, "zh", find(done, "zh"), None) is None
    else:
        due = text.replace("于1987年9月11日通过", "不迟于1987年9月11日通过").replace("表示注意到", "请不迟于")
        assert find_deadline(due, "zh", find(due, "zh"), None) is not None


def test_a_session_a_report_was_submitted_to_a_body_at_is_no_deadline():
    """A/RES/78/191 op:15: "... in the report that he submitted to the Commission on Human Rights at
    its sixtieth session" is the report's past; "to submit to the Commission ... at its" is due."""
    from unkg.ingest.deadlines import find_deadline

    text = ("Requests the Working Group to continue its work, taking into account the new legal definition of a mercenary "
            "proposed by the Special Rapporteur in the report that he submitted to the Commission on Human Rights at its "
            "sixtieth session;")
    assert find_deadline(text, "en", [], None) is None
    assert find_deadline(text.replace("that he submitted", "that he is to submit"), "en", [], None)[0].session == "60"


def test_an_arabic_session_with_a_shadda_is_due():
    """E/RES/2024/5 op:59 (ar): "لكي تنظر فيه اللجنة في دورتها الثالثة والستّين" is the sixty-third
    session, not the third."""
    from unkg.ingest.deadlines import find_deadline

    text = "يطلب إلى الأمين العام أن يقدم تقريراً، وذلك لكي تنظر فيه اللجنة في دورتها الثالثة والستّين."
    assert find_deadline(text, "ar", [], None)[0].session == "63"
    assert find_deadline(text.replace("والستّين", "والسبعين"), "ar", [], None)[0].session == "73"


@pytest.mark.parametrize(("text", "lang"), [
    # A/RES/78/229 op:92: reports due at two sessions, the first
    ("Requests the Secretary-General to report to the General Assembly at its seventy-ninth and eightieth sessions on the "
     "fulfilment of the mandates", "en"),
    ("Prie le Secrétaire général de lui présenter à ses soixante-dix-neuvième et quatre-vingtième sessions un rapport", "fr"),
    ("请秘书长向大会第七十九届和第八十届会议提交报告，说明联合国预防犯罪和刑事司法方案的任务执行情况", "zh"),
    ("просит Генерального секретаря представить Генеральной Ассамблее на ее семьдесят девятой и восьмидесятой сессиях "
     "доклад о выполнении мандатов", "ru"),
    ("تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتيها التاسعة والسبعين والثمانين تقريرا عن تنفيذ ولايات", "ar"),
])
def test_a_report_due_at_two_sessions_is_due_at_the_first(text, lang):
    from unkg.ingest.deadlines import find_deadline

    assert find_deadline(text, lang, [], None)[0].session == "79"
    later = text.replace("seventy-ninth", "eighty-first").replace("soixante-dix-neuvième", "quatre-vingt-unième").replace("七十九", "八十一") \
        .replace("семьдесят девятой", "восемьдесят первой").replace("التاسعة والسبعين والثمانين", "الحادية والثمانين والثانية والثمانين")
    assert find_deadline(later, lang, [], None)[0].session == "81"


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh"])
def test_the_territories_and_their_administering_powers_are_asked_in_every_language(lang):
    """E/RES/2024/21 op:15 encourages the Non-Self-Governing Territories, op:16 requests the
    administering Powers concerned: two groups the decolonization resolutions ask every year, which
    only the English and Chinese readings of generic phrases had found."""
    from tests.conftest import akn_file
    from unkg.ingest import read
    from unkg.ingest.link import link

    record = read(akn_file("ecosoc", "2024", "E_RES_2024_21", lang))[0]
    asked = {(a.paragraph, a.entity.id) for a in link(record).addressees}
    assert {("op:15", "non-self-governing-territories"), ("op:16", "administering-powers")} <= asked


@pytest.mark.parametrize(("text", "asked"), [
    # E/RES/2023/35 op:11 (zh): "encourages Member States and observer States, as well as the United Nations system"
    ("鼓励会员国和观察员国以及联合国系统确保系统关注、肯定和支持巴勒斯坦妇女在各级的关键作用；", ["会员国", "观察员国", "联合国系统"]),
    ("鼓励会员国和观察员国确保系统关注巴勒斯坦妇女的关键作用；", ["会员国", "观察员国"]),
])
def test_a_chinese_group_whose_name_is_an_actors_is_asked(text, asked):
    assert [a.as_printed for a in find_addressees(_paragraph(text, "zh"), "zh")] == asked


@pytest.mark.parametrize(("lang", "printed"), [
    ("en", "administering Power"), ("fr", "Puissance administrante"), ("ar", "الدولة القائمة بالإدارة"),
])
def test_the_administering_power_of_a_territory_is_asked(lang, printed):
    """A/RES/78/88 op:6 (Bermuda): "Requests the administering Power to assist the Territory ..."; the
    Chinese prints 管理国 for one Power and for several, and English had asked no one."""
    from tests.conftest import akn_file
    from unkg.ingest import read
    from unkg.ingest.link import link

    record = read(akn_file("ga", "78session", "A_RES_78_88", lang))[0]
    asked = {(a.entity.id, a.as_printed) for a in link(record).addressees if a.paragraph == "op:6"}
    assert ("administering-powers", printed) in asked
    record.paragraph("op:6").text = record.paragraph("op:6").text.replace(printed, "Territoire" if lang == "fr" else "Territory")
    assert not any(a.entity.id == "administering-powers" for a in link(record).addressees if a.paragraph == "op:6")


def test_those_who_ask_in_russian_are_not_asked():
    """A/RES/78/317 annex I op:26: "... малые островные развивающиеся государства просят международное
    сообщество о поддержке в целях:" is what the small island developing States ask (the English "seek the
    support of"), not the Assembly's ask of them; a Russian passive ask names its verb (Комиссии предлагается)."""
    text = ("Признавая далее важность доступа к недорогим источникам энергии, малые островные развивающиеся "
            "государства просят международное сообщество о поддержке в целях:")
    assert find_addressees(_paragraph(text, "ru"), "ru") == []
    record = link(read(akn_file("ecosoc", "2024", "E_RES_2024_14", "ru"))[0])  # op:1 (b): "Комиссии рекомендуется:"
    assert {(a.entity.id, a.verb) for a in record.addressees if a.paragraph == "op:1(b)"} == {("cstd", "encourages")}


def test_arabic_groups_named_by_a_noun_before_a_name_are_items_of_the_list():
    """A/RES/78/268 op:2: "تدعو جميع الدول الأعضاء في الأمم المتحدة، وأعضاء الوكالات المتخصصة، والمراقبين في
    الجمعية العامة، وكذلك مؤسسات منظومة الأمم المتحدة" (the members of the specialized agencies and the
    observers of the General Assembly, as well as the organizations of the United Nations system): the groups
    are asked as printed and the list goes on past them; where the noun names no group, the list ends."""
    text = ("تدعو جميع الدول الأعضاء في الأمم المتحدة، وأعضاء الوكالات المتخصصة، والمراقبين في الجمعية العامة، "
            "وكذلك مؤسسات منظومة الأمم المتحدة، إلى الاحتفال باليوم")
    found = find_addressees(_paragraph(text, "ar"), "ar")
    assert [a.entity.id if a.entity.known else a.as_printed for a in found] == [
        "member-states", "أعضاء الوكالات المتخصصة", "المراقبين في الجمعية العامة", "un-system"]
    other = text.replace("وأعضاء الوكالات", "ودور الوكالات")  # "and the role of the specialized agencies"
    assert [a.entity.id for a in find_addressees(_paragraph(other, "ar"), "ar")] == ["member-states"]


@pytest.mark.parametrize(("text", "lang", "asked"), [
    # A/RES/78/129 op:7 (fr): "... et engage les parties prenantes à continuer de promouvoir ..." (the English
    # "invites relevant stakeholders to continue")
    ("Accueille avec satisfaction les déclarations adoptées lors des Forums mondiaux et engage les parties prenantes à "
     "continuer de promouvoir la compréhension mutuelle", "fr", "parties prenantes"),
    ("Invita a las organizaciones humanitarias a que sigan prestando asistencia", "es", "organizaciones humanitarias"),
    ("призывает все стороны продолжать сотрудничество", "ru", "стороны"),
    ("تدعو المنظمات الإنسانية إلى مواصلة تقديم المساعدة", "ar", "المنظمات الإنسانية"),
])
def test_a_group_no_registry_holds_that_ends_the_list_is_asked_as_printed(text, lang, asked):
    found = find_addressees(_paragraph(text, lang), lang)
    assert [a.as_printed for a in found if not a.entity.known] == [asked] and all(a.entity.group for a in found)
    # what is no group of the asked (a noun of no group), or runs past what they are asked to do, is none
    other = text.replace(asked, {"fr": "déclarations", "es": "mesas", "ru": "усилия", "ar": "الجهود"}[lang])
    assert [a for a in find_addressees(_paragraph(other, lang), lang) if not a.entity.known] == []


def test_a_verb_after_an_english_list_of_the_asked_ends_it():
    """A/RES/78/160 op:27: "Calls upon Member States and the United Nations development system, and encourages
    other stakeholders, as appropriate, to continue ...": the stakeholders are encouraged, not called upon
    (no group "encourages other stakeholders")."""
    record = link(read(akn_file("ga", "78session", "A_RES_78_160", "en"))[0])
    assert {(a.entity.id, a.verb) for a in record.addressees if a.paragraph == "op:27"} == {
        ("member-states", "calls-upon"), ("un-development-system", "calls-upon"), ("other-stakeholders", "encourages")}


def test_the_parts_a_chinese_addressee_includes_between_commas_are_not_asked():
    """E/RES/2022/18 op:9: "促请联合国系统，包括其机构、基金和方案，在各自任务范围内，..." ("Calls upon the United
    Nations system, including its agencies, funds and programmes, within their respective mandates"): the
    system is asked, not the parts the aside lists; without the aside's closing comma the list goes on."""
    record = link(read(akn_file("ecosoc", "2022", "E_RES_2022_18", "zh"))[0])
    assert {a.entity.id for a in record.addressees if a.paragraph == "op:9"} == {"un-system"}
    text = "促请联合国系统，包括其机构、基金和方案在各自任务范围内继续合作"
    assert "funds-and-programmes" in {a.entity.id for a in find_addressees(_paragraph(text, "zh"), "zh")}


@pytest.mark.parametrize("text", [
    # A/RES/78/64 op:1: "Calls upon all States that have not yet done so to take all measures to become parties ..."
    "促请所有尚未加入《禁止或限制使用某些可被认为具有过分伤害力或滥杀滥伤作用的常规武器公约》及其各项经修正的议定书的国家，采取一切措施尽早加入",
    # A/RES/78/40 op:6: "... and in this regard calls upon all States that have undertaken to report ... to fulfil"
    "强调必须保持民用钚管理的透明度，在这方面吁请所有承诺每年向原子能机构报告其和平核活动中所有钚的持有情况的国家履行这些承诺；",
])
def test_all_states_a_chinese_clause_restricts_are_asked_as_all_states(text):
    found = find_addressees(_paragraph(text, "zh"), "zh")
    assert [a.entity.id for a in found] == ["member-states"] and found[0].as_printed.endswith("的国家")
    other = text.replace("的国家", "的努力")  # "all the efforts that ...": no one
    assert find_addressees(_paragraph(other, "zh"), "zh") == []


def test_the_organizations_of_the_united_nations_system_in_chinese_are_the_system():
    """A/RES/78/161 op:17: "邀请所有国家以及政府间机构和联合国系统各组织 ..." ("Invites all countries, as well as
    intergovernmental bodies and organizations of the United Nations system")."""
    text = "邀请所有国家以及政府间机构和联合国系统各组织在各自任务规定和资源范围内、相关非政府组织和所有其他相关利益攸关方："
    assert "un-system" in {a.entity.id for a in find_addressees(_paragraph(text, "zh"), "zh")}


@pytest.mark.parametrize(("text", "lang", "asked"), [
    # A/RES/78/161 op:17 (ru): "Invites all countries, as well as intergovernmental bodies and organizations of the
    # United Nations system": a group of bodies in the list, the list goes on
    ("предлагает всем странам, а также межправительственным органам и организациям системы Организации Объединенных "
     "Наций, действуя в рамках своих мандатов", "ru", ["member-states", "межправительственным органам", "un-system"]),
    # E/RES/2021/9 op:38 (ru): "Encourages African countries to intensify ..."
    ("рекомендует африканским странам активизировать усилия по укреплению потенциала", "ru", ["африканским странам"]),
    # A/RES/78/75 op:4 (fr): "Requests all the parties concerned to provide ...": a quantifier's "des"
    ("Demande à l’ensemble des parties intéressées de communiquer au Secrétaire général tous les renseignements", "fr",
     ["ensemble des parties intéressées"]),
    # A/RES/78/54 op:6 (ru): "Encourages cooperation among State organs, international organizations and civil
    # society": the bodies are what cooperation is among, no one is asked
    ("призывает к сотрудничеству между государственными органами, международными организациями и гражданским обществом "
     "в усилиях по поддержке программ", "ru", []),
])
def test_groups_of_bodies_countries_and_parties_in_a_versions_list(text, lang, asked):
    found = find_addressees(_paragraph(text, lang), lang)
    assert [a.entity.id if a.entity.known else a.as_printed for a in found] == asked


def test_an_arabic_request_of_the_asked_names_them():
    """E/RES/2024/7 op:3 (ar): "يطلب من اللجنة أن تتدارس، في دورتها السابعة والعشرين، ..." ("Requests the Committee,
    at its twenty-seventh session, to examine ..."): "من" after the verb opens the asked."""
    record = link(read(akn_file("ecosoc", "2024", "E_RES_2024_7", "ar"))[0])
    (ask,) = [a for a in record.addressees if a.paragraph == "op:3"]
    assert (ask.entity.id, ask.deadline.session) == ("committee-for-development-policy", "27")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_year_before_the_texts_own_is_no_deadline(lang):
    """A/RES/78/99 op:4: "于2009年提出了宪法草案供管理国审查" ("... produced in 2009 a draft constitution for the
    administering Power's review"): a year past when the resolution was adopted (2023) is what was done then."""
    record = link(read(akn_file("ga", "78session", "A_RES_78_99", lang))[0])
    assert not [a.deadline for a in record.addressees if a.paragraph == "op:4" and a.deadline]
    from unkg.ingest.deadlines import find_deadline

    assert find_deadline("并于2027年向大会提交一份报告", "zh", [], None)[0].year == "2027"
    assert find_deadline("于2009年提出了宪法草案供管理国审查", "zh", [], None) is None


def test_a_chinese_report_submitted_to_a_session_is_due_at_it():
    """A/RES/78/116 op:16: "...并在提交大会第七十九届会议的报告中提出建议" ("and to make recommendations in its
    report to the General Assembly at its seventy-ninth session"); a report on a session is not due at it."""
    from unkg.ingest.deadlines import find_deadline

    text = "请委员会继续开展工作，并在提交大会第七十九届会议的报告中提出建议；"
    assert find_deadline(text, "zh", [], None)[0].session == "79"
    assert find_deadline(text.replace("七十九", "八十"), "zh", [], None)[0].session == "80"
    assert find_deadline("注意到委员会关于其第七十届会议的报告；", "zh", [], None) is None


@pytest.mark.parametrize(("lang", "printed"), [("es", "al Comité Especial"), ("fr", "le Comité spécial")])
def test_a_french_or_spanish_short_name_with_its_adjective_is_the_body_named_before(lang, printed):
    """A/RES/78/291 op:6: "Solicita al Comité Especial que en su septuagésimo noveno período de sesiones le
    presente un informe", « Prie le Comité spécial de lui présenter ... »: the Special Committee on Peacekeeping
    Operations, named in op:1, is asked, by the session; no body is named « Comité spécial de lui présenter »."""
    record = link(read(akn_file("ga", "78session", "A_RES_78_291", lang))[0])
    (ask,) = [a for a in record.addressees if a.paragraph == "op:6"]
    assert (ask.entity.id, ask.as_printed, ask.deadline.session) == ("special-committee-on-peacekeeping-operations", printed, "79")
    assert {m.entity.id for m in record.mentions if m.paragraph == "op:6"} == {"special-committee-on-peacekeeping-operations"}


@pytest.mark.parametrize(("text", "lang", "printed"), [
    # the conjunction before a group whose noun opens with "و" (وكالات, agencies) goes, the noun's "و" stays
    ("تدعو الدول الأعضاء ووكالات الأمم المتحدة إلى تقديم الدعم", "ar", "وكالات الأمم المتحدة"),
    ("تدعو الدول الأعضاء والمنظمات الإنسانية إلى مواصلة تقديم المساعدة", "ar", "المنظمات الإنسانية"),
])
def test_a_group_asked_as_printed_loses_its_conjunction_not_its_first_letters(text, lang, printed):
    assert [a.as_printed for a in find_addressees(_paragraph(text, lang), lang) if not a.entity.known] == [printed]


@pytest.mark.parametrize(("text", "lang", "due", "other"), [
    # E/RES/2021/26 op:21 (ar): "at its 2023 session", the Council's substantive session of that year
    ("يطلب إلى الأمين العام أن يحيل إلى المجلس، في دورته الموضوعية لعام 2023، تقريرا", "ar", {"session": "2023"}, ("2023", "2024")),
    # A/RES/78/171 op:11: "at the main part of its eightieth session", as the versions print it
    ("Prie le Secrétaire général de lui présenter, pendant la partie principale de sa quatre-vingtième session, au titre de "
     "la question", "fr", {"session": "80"}, ("quatre-vingtième", "quatre-vingt-unième")),
    ("просит Генерального секретаря представить Генеральной Ассамблее в ходе основной части ее восьмидесятой сессии по пункту",
     "ru", {"session": "80"}, ("восьмидесятой", "восемьдесят первой")),
    # E/RES/2022/12 annex op:6 and op:8 (zh): a session of a body of a longer name, the report goes to it or it is asked
    # at it ("requests the Commission on Crime Prevention and Criminal Justice, at its thirty-second session, to approve")
    ("并请秘书长将这些建议列入提交预防犯罪和刑事司法委员会第三十二届会议的关于第十四届预防犯罪大会后续行动的报告", "zh",
     {"session": "32"}, ("第三十二届", "第三十三届")),
    ("请预防犯罪和刑事司法委员会第三十二届会议核准第十五届预防犯罪大会的总主题", "zh", {"session": "32"}, ("第三十二届", "第三十一届")),
    # E/RES/2021/13 annex B op:3 (b) (ar): "no later than the end of 2021"
    ("أن ينشر الطبعة المنقحة التاسعة من النظام المنسق عالميا بجميع اللغات الرسمية للأمم المتحدة، في موعد لا يتجاوز نهاية عام 2021، "
     "وأن يتيحها على هيئة كتاب", "ar", {"year": "2021"}, ("2021", "2022")),
    # E/RES/2021/13 annex C op:3 (ar): a report submitted to a body, then a comma, in a year
    ("يطلب إلى الأمين العام أن يقدم إلى المجلس الاقتصادي والاجتماعي، في عام 2023، تقريرا عن تنفيذ هذا القرار", "ar",
     {"year": "2023"}, ("2023", "2025")),
    # "before" a date (قبل), as "no later than" (في موعد أقصاه)
    ("تطلب إلى الأمين العام أن يقدم تقريرا قبل 31 آذار/مارس 2025", "ar", {"date": "2025-03-31"}, ("2025", "2026")),
    # E/RES/2021/13 annex B op:3 (b) (es, ru): "no later than the end of 2021"
    ("Publique la novena edición revisada del Sistema Globalmente Armonizado con la mejor relación costo-eficacia y a más "
     "tardar a fines de 2021, y haga que esté disponible", "es", {"year": "2021"}, ("2021", "2022")),
    ("опубликовать девятое пересмотренное издание на всех официальных языках Организации Объединенных Наций не позднее "
     "конца 2021 года, а также выпустить его в виде книги", "ru", {"year": "2021"}, ("2021", "2022")),
    ("publier la neuvième édition révisée du Système général harmonisé, de la manière la plus efficiente possible, au plus "
     "tard à la fin de 2021, et de la rendre accessible", "fr", {"year": "2021"}, ("2021", "2022")),
    # E/RES/2021/13 annex C op:3 (fr): a comma between the verb and the year
    ("Prie le Secrétaire général de lui présenter, en 2023, un rapport sur la mise en œuvre de la présente résolution", "fr",
     {"year": "2023"}, ("2023", "2024")),
    # A/RES/78/152 op:69 (fr): "no later than" a month
    ("Prie son président et la Présidente du Conseil économique et social d’organiser conjointement, au plus tard en avril "
     "2024, avec le concours du Bureau", "fr", {"date": "2024-04-30"}, ("avril", "mai")),
    # E/RES/2024/15 op:2 (a) (zh): the year a session is held printed before its number
    ("在论坛2025年第二十届会议之前提交一份资料文件，在其中载列关于其工作量、需要和差距的资料", "zh", {"session": "20"}, ("二十", "二十一")),
    # A/RES/78/182 op:47 (zh): two sessions of a body no pattern names, the first
    ("请秘书长向妇女地位委员会第六十八届和第六十九届会议提出口头报告", "zh", {"session": "68"}, ("六十八", "六十七")),
])
def test_a_deadline_as_the_versions_print_it(text, lang, due, other):
    from unkg.ingest.deadlines import find_deadline

    deadline = find_deadline(text, lang, [], None)[0]
    assert {k: getattr(deadline, k) for k in due} == due
    changed = find_deadline(text.replace(*other), lang, [], None)[0]
    assert {k: getattr(changed, k) for k in due} != due


def test_an_arabic_amount_not_to_exceed_is_no_deadline():
    from unkg.ingest.deadlines import find_deadline

    assert find_deadline("تأذن بميزانية لا يتجاوز مجموعها 2000 دولار", "ar", [], None) is None


@pytest.mark.parametrize(("organ", "year", "stem", "lang", "anchor", "office", "printed"), [
    # A/RES/78/277 op:20: « Prie son président d’organiser ... », "Solicita a su Presidencia que organice ..."
    ("ga", "78session", "A_RES_78_277", "fr", "op:20", "president-of-the-general-assembly", "son président"),
    ("ga", "78session", "A_RES_78_277", "es", "op:20", "president-of-the-general-assembly", "su Presidencia"),
    # E/RES/2022/21 op:20: « Prie sa présidence de rester en relation étroite ... »: the Council's
    ("ecosoc", "2022", "E_RES_2022_21", "fr", "op:20", "president-of-ecosoc", "sa présidence"),
])
def test_its_president_is_the_president_of_the_adopting_organ(organ, year, stem, lang, anchor, office, printed):
    record = read(akn_file(organ, year, stem, lang))[0]
    assert [(a.entity.id, a.as_printed) for a in link(record).addressees if a.paragraph == anchor] == [(office, printed)]
    paragraph = record.paragraph(anchor)
    paragraph.text = paragraph.text.replace(printed, "son bureau" if lang == "fr" else "su Mesa")
    assert office not in {a.entity.id for a in link(record).addressees if a.paragraph == anchor}


@pytest.mark.parametrize(("text", "lang", "printed"), [
    # A/RES/78/269 op:6 (zh): "the President" alone after the asking verb, not the Bureau
    ("此外还让会员国的适当高级别代表积极参与进来，又请主席在高级别会议之前编写一份听证会摘要；", "zh", ["主席"]),
    ("请主席团继续监督经常程序第三个周期工作方案的交付", "zh", []),
    ("Invite également, à cet égard, sa présidence à organiser un débat", "fr", ["sa présidence"]),
    ("Prend note du rapport de son président", "fr", []),  # no ask: whose report, not who is asked
])
def test_its_president_is_read_after_the_asking_verb(text, lang, printed):
    from unkg.ingest.shortnames import own_president

    assembly = load().get("general-assembly").entity(lang)
    assert [f.text for f in own_president(text, lang, assembly)] == printed
    assert [f.entity.id for f in own_president(text, lang, assembly)] == ["president-of-the-general-assembly"] * len(printed)


@pytest.mark.parametrize(("text", "lang", "asked"), [
    # A/RES/78/136 op:17: an aside between the paragraph's own verb and the asked
    ("Invites, in this regard, the President of the General Assembly and the Secretary-General to give appropriate "
     "consideration to the central role", "en", ["president-of-the-general-assembly", "secretary-general"]),
    ("Requests, in this regard, the Secretary-General to submit to the General Assembly at its seventy-ninth session a report",
     "en", ["secretary-general"]),
    ("Prie, à cet égard, le Secrétaire général de lui présenter à sa soixante-dix-neuvième session un rapport", "fr",
     ["secretary-general"]),
    # ... not a clause after a semicolon
    ("Invites, in this regard; the Secretary-General will report", "en", []),
])
def test_the_asked_after_an_aside_after_the_paragraphs_verb(text, lang, asked):
    from unkg.ingest.verbs import identify
    from unkg.record import Paragraph

    verb, rest = text.split(",", 1)
    paragraph = Paragraph(id="op:1", kind="operative", number="1", text=text, verb=identify(verb, lang))
    assert [a.entity.id for a in find_addressees(paragraph, lang)] == asked
    assert [a.entity.id for a in find_addressees(replace(paragraph, text=f"{verb} the relevant report,{rest}"), lang)] == []


@pytest.mark.parametrize(("text", "asked"), [
    # A/RES/78/136 op:48: a passive ask the paragraph's own verb restates
    ("Reiterates that States are strongly urged to refrain from promulgating and applying any unilateral economic measures",
     [("states", "urges")]),
    ("Reiterates that States are strongly encouraged to refrain from promulgating", [("states", "encourages")]),
    ("Reiterates that States have refrained from promulgating", []),
    # A/RES/78/107 op:12: a later verb "once again"
    ("Recognizes the importance of the United Nations legal publications prepared by the Office of Legal Affairs, and once "
     "again requests the Secretary-General to issue the publications", [("secretary-general", "requests")]),
])
def test_a_restated_passive_ask_and_an_ask_once_again(text, asked):
    from unkg.ingest.verbs import identify
    from unkg.record import Paragraph

    paragraph = Paragraph(id="op:1", kind="operative", number="1", text=text, verb=identify(text.split()[0], "en"))
    assert [(a.entity.id, a.verb) for a in find_addressees(paragraph, "en")] == asked


def test_a_registry_name_a_version_asks_takes_the_english_group_that_holds_it():
    """A/RES/78/130 op:5: "Encourages all relevant entities of the United Nations system to ...", 鼓励联合国系统所有
    相关实体...: the Chinese reading asks the United Nations system, the English a group no registry holds that the
    system qualifies; aligned, the version asks the English group, under its own words."""
    from unkg.ingest.align import align

    en, zh = (link(read(akn_file("ga", "78session", "A_RES_78_130", lang))[0]) for lang in ("en", "zh"))
    assert _asked(zh)["op:5"] == {"un-system"}
    align([en, zh])
    assert _asked(zh)["op:5"] == _asked(en)["op:5"] == {"all-relevant-entities-of-the-united-nations-system"}
    # a registry name the English asks too stays itself
    assert {"member-states", "secretary-general"} <= _asked(zh)["op:7"]


def test_the_chair_and_other_members_of_a_committee_are_both_asked():
    """E/RES/2023/10 op:16: "encourages the Chair and, as necessary, other members of the Committee to continue that
    practice": the Chair of the Committee for Development Policy and its members, an aside after "and," between."""
    record = link(read(akn_file("ecosoc", "2023", "E_RES_2023_10", "en"))[0])
    assert _asked(record)["op:16"] == {"chair-of-committee-for-development-policy", "members-of-committee-for-development-policy",
                                       "committee-for-development-policy"}


@pytest.mark.parametrize(("text", "asked"), [
    # A/RES/78/198 op:12, A/RES/78/213 op:20: an aside after "and," goes on to the next of the asked
    ("Calls upon all States and, if appropriate, relevant international organizations to take measures",
     ["member-states", "international-organizations"]),
    ("Calls upon Member States and, where applicable, other stakeholders: ", ["member-states", "other-stakeholders"]),
    ("Encourages the Chair and the members of the Committee for Development Policy to continue",
     ["chair-of-committee-for-development-policy", "members-of-committee-for-development-policy"]),
    # ... not a title alone before the members of another ("the Secretary-General and the members of ...")
    ("Encourages the members of the Committee for Development Policy to continue", ["members-of-committee-for-development-policy"]),
])
def test_an_aside_after_and_and_a_title_the_members_share(text, asked):
    from unkg.ingest.verbs import identify
    from unkg.record import Paragraph

    verb = "Calls upon" if text.startswith("Calls") else text.split()[0]
    paragraph = Paragraph(id="op:1", kind="operative", number="1", text=text, verb=identify(verb, "en"))
    assert [a.entity.id for a in find_addressees(paragraph, "en")] == asked


@pytest.mark.parametrize(("text", "asked"), [
    # A/RES/78/213 op:20 (zh): a later verb after "and, as appropriate" (并酌情促请)
    ("促请会员国，并酌情请秘书长提供支持", ["member-states", "secretary-general"]),
    ("促请会员国，并酌情采取措施提供支持", ["member-states"]),  # (an adverb before a verb that asks no one)
])
def test_a_chinese_later_verb_after_an_adverb(text, asked):
    assert _ids(text, "zh") == asked


# --- a version's own words: its verbs' vowel marks, its lists of groups, its other verb ------------


@pytest.mark.parametrize(("text", "asked"), [
    # E/RES/2022/10 op:16 (ar): "..., and encourages Member States, the United Nations system, the private sector and other
    # relevant entities to provide ...": the later verb printed with its vowel marks (ويُشجِّع) is the verb ويشجع
    ("يسلّم بأنه من الضروري أن يتسم التمويل بمرونة أكبر، ويُشجِّع الدول الأعضاء ومنظومة الأمم المتحدة والقطاع الخاص "
     "وغيرها من الكيانات ذات الصلة على تقديم التمويل الكافي", ["member-states", "un-system", "private-sector", "الكيانات ذات الصلة"]),
    # ... and a verb that asks no one, printed with marks too, asks no one
    ("يسلّم بأنه من الضروري أن يتسم التمويل بمرونة أكبر، ويُلاحِظ الدول الأعضاء ومنظومة الأمم المتحدة والقطاع الخاص", []),
    # E/RES/2022/10 op:4 (ar): ويُشجِّع المجتمع الدولي ("encourages the international community")
    ("يؤكد ضرورة أن تواصل منظومة الأمم المتحدة تعزيز القدرات، ويُشجِّع المجتمع الدولي على دعم السلطات الوطنية", ["international-community"]),
])
def test_an_arabic_later_verb_with_its_vowel_marks(text, asked):
    assert [a.entity.id if a.entity.known else a.as_printed for a in find_addressees(_paragraph(text, "ar"), "ar")] == asked


@pytest.mark.parametrize(("text", "lang", "asked"), [
    # E/RES/2024/8 op:5 (fr): "Encourages humanitarian and development organizations and other relevant actors, as
    # appropriate, ... to consider": two groups no registry holds, an aside before what they are asked to do
    ("Invite les organisations d’aide humanitaire et de développement et les autres acteurs compétents, selon qu’il "
     "conviendra, à envisager de définir", "fr", ["organisations d’aide humanitaire et de développement", "autres acteurs compétents"]),
    # E/RES/2022/10 op:10 (fr): names, then a group, then an aside
    ("Engage les États Membres, les organismes des Nations Unies et les organisations d’aide humanitaire et de développement, "
     "agissant dans les limites de leur mandat, à continuer d’aider les États Membres", "fr",
     ["member-states", "un-system", "organisations d’aide humanitaire et de développement"]),
    # E/RES/2021/25 op:5 (fr): "all Member States" is one name, the group after it another item
    ("Invite tous les États Membres, les organismes compétents des Nations Unies et les autres organisations internationales, "
     "ainsi que la société civile, à continuer de célébrer chaque année", "fr",
     ["member-states", "organismes compétents des Nations Unies", "international-organizations", "civil-society"]),
    # E/RES/2022/10 op:5 and op:27 (es)
    ("Alienta a las organizaciones humanitarias y de desarrollo y otros agentes pertinentes a que, cuando proceda y en "
     "consulta con los Gobiernos, consideren la posibilidad", "es", ["organizaciones humanitarias y de desarrollo", "otros agentes pertinentes"]),
    ("Insta a los Estados Miembros, las organizaciones humanitarias y de desarrollo y otros interesados a que garanticen",
     "es", ["member-states", "organizaciones humanitarias y de desarrollo", "otros interesados"]),
    # E/RES/2022/10 op:5 and op:27 (ar): "humanitarian and development" (والإنمائية, an adjective) is one group
    ("يشجع المنظمات الإنسانية والإنمائية وسائر الجهات الفاعلة ذات الصلة، حسب الاقتضاء، على أن تنظر بالتشاور مع الحكومات",
     "ar", ["المنظمات الإنسانية والإنمائية", "سائر الجهات الفاعلة ذات الصلة"]),
    ("يحث الدول الأعضاء والمنظمات الإنسانية والإنمائية وسائر الجهات صاحبة المصلحة على كفالة اتباع نهج شامل", "ar",
     ["member-states", "المنظمات الإنسانية والإنمائية", "سائر الجهات صاحبة المصلحة"]),
    # E/RES/2021/7 op:7 (fr, es): "the United Nations system, including its agencies, funds and programmes": the parts
    # of the one asked, not asked apart from it
    ("Demande au système des Nations Unies, y compris à ses organismes, fonds et programmes, agissant dans le cadre de leur "
     "mandat, de continuer à collaborer", "fr", ["un-system"]),
    ("Exhorta al sistema de las Naciones Unidas, incluidos sus organismos, fondos y programas, a que, en el marco de sus "
     "mandatos respectivos, sigan colaborando", "es", ["un-system"]),
    # E/RES/2022/10 op:27 (ru): a comma or "а также" parts the groups, "и" joins the words of one
    ("призывает государства-члены, гуманитарные организации и организации по вопросам развития, а также другие "
     "заинтересованные стороны обеспечивать применение", "ru",
     ["member-states", "гуманитарные организации и организации по вопросам развития", "другие заинтересованные стороны"]),
    # counter-cases: what is between the verb and the infinitive is no list of the asked
    ("Encourage la coopération entre les organisations humanitaires et les organismes de développement, selon qu’il "
     "conviendra, à tous les niveaux", "fr", []),
])
def test_a_versions_list_of_groups_up_to_what_they_are_asked_to_do(text, lang, asked):
    assert [a.entity.id if a.entity.known else a.as_printed for a in find_addressees(_paragraph(text, lang), lang)] == asked


def test_a_russian_ask_in_a_clause_that_opens_with_that():
    """E/RES/2022/10 op:10 (ru): "рекомендует, чтобы государства-члены, система Организации Объединенных Наций и ...
    продолжали" ("Encourages Member States, the United Nations system and ... to continue"): the asked open the clause."""
    text = ("рекомендует, чтобы государства-члены, система Организации Объединенных Наций и организации, занимающиеся "
            "гуманитарной деятельностью, продолжали оказывать помощь")
    from unkg.ingest.verbs import identify

    paragraph = replace(_paragraph(text, "ru"), verb=identify("рекомендует", "ru"))
    assert [a.entity.id for a in find_addressees(paragraph, "ru") if a.entity.known] == ["member-states", "un-system"]
    other = replace(paragraph, text=text.replace("рекомендует, чтобы", "рекомендует, как"))  # "as Member States ..."
    assert "member-states" not in [a.entity.id for a in find_addressees(other, "ru")]


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_a_versions_groups_take_the_english_ones_whatever_verb_it_prints(lang):
    """E/RES/2022/10 op:5: "Encourages humanitarian and development organizations and other relevant actors", « Invite
    les organisations d’aide humanitaire et de développement et les autres acteurs compétents »: the French prints
    another verb, and its groups are the English ones once aligned (the Spanish and Arabic print the same verb)."""
    from unkg.ingest.align import align

    en, version = (link(read(akn_file("ecosoc", "2022", "E_RES_2022_10", code))[0]) for code in ("en", lang))
    align([en, version])
    expected = {"humanitarian-and-development-organizations", "other-relevant-actors"}
    assert _asked(en)["op:5"] == _asked(version)["op:5"] == expected
    assert {a.verb for a in version.addressees if a.paragraph == "op:5"} == {"invites" if lang == "fr" else "encourages"}


# --- each clause's deadline is its own ask's ------------------------------------------------------


def _due(record, anchor: str) -> dict[str, str | None]:
    return {a.entity.id: a.deadline and (a.deadline.session or a.deadline.year or a.deadline.date)
            for a in record.addressees if a.paragraph == anchor}


@pytest.mark.parametrize(("organ", "year", "stem", "lang", "anchor", "due"), [
    # A/RES/78/162 op:16: "Invites the President ... to convene a meeting during the seventy-ninth session ..., and
    # requests the Secretary-General to consider these discussions in the drafting of his report": the session is the
    # meeting's, not when the Secretary-General is asked anything (in the three languages)
    ("ga", "78session", "A_RES_78_162", "en", "op:16", {"secretary-general": None}),
    ("ga", "78session", "A_RES_78_162", "zh", "op:16", {"secretary-general": None}),
    # E/RES/2023/25 annex op:15: "Invites Member States ... to provide ... for consideration during its thirty-third
    # session, ..., and requests the Commission to transmit that information ... to the high-level political forum"
    ("ecosoc", "2023", "E_RES_2023_25", "en", "annex-A/op:15", {"ccpcj": None}),
    # A/RES/78/218 op:26: "Decides to continue its examination ... at its seventy-ninth session, and to this end requests
    # the Secretary-General to submit a comprehensive report": the decision's session frames the request after it
    ("ga", "78session", "A_RES_78_218", "en", "op:26", {"secretary-general": "79"}),
    # A/RES/78/185 op:21: "the conclusion ... adopted by the Executive Committee of the Programme of the High
    # Commissioner at its fifty-second session" is no deadline of the asks that follow
    ("ga", "78session", "A_RES_78_185", "en", "op:21", {"unhcr": None}),
    # A/RES/78/103 op:9: "as reaffirmed by the Commission at its fifty-third session"
    ("ga", "78session", "A_RES_78_103", "en", "op:9", {"international-and-regional-organizations": None}),
])
def test_a_clauses_deadline_is_its_own_asks(organ, year, stem, lang, anchor, due):
    record = link(read(akn_file(organ, year, stem, lang))[0])
    found = _due(record, anchor)
    assert {k: found.get(k, "not asked") for k in due} == due


def test_a_later_clauses_own_deadline_and_the_first_clauses():
    """A sentence with a deadline in each clause: each ask takes its own clause's; changed, the answer changes."""
    from unkg.ingest.verbs import identify
    from unkg.record import Record

    text = ("Invites the President of the General Assembly to convene a meeting during the seventy-ninth session of the "
            "Assembly, and requests the Secretary-General to submit a report to the General Assembly at its eightieth session")

    def asked(text: str) -> dict[str, str | None]:
        paragraph = replace(_paragraph(text, "en"), verb=identify("Invites", "en"))
        record = Record(symbol="A/RES/78/1", kind="resolution", language="en", title="", adopted_by=load().get("general-assembly").entity("en"),
                        date="2023-12-19", paragraphs=[paragraph], session="78")
        return _due(link(record), "op:1")

    assert asked(text)["secretary-general"] == "80"
    assert asked(text.replace("eightieth", "eighty-first"))["secretary-general"] == "81"
    assert asked(text.replace(" at its eightieth session", ""))["secretary-general"] is None


@pytest.mark.parametrize(("text", "lang"), [
    # A/RES/78/103 op:9 (fr): "as reaffirmed by the Commission at its fifty-third session"
    ("comme l’a réaffirmé la Commission à sa cinquante-troisième session, et demande à cet égard aux organisations", "fr"),
    # A/RES/78/185 op:21: "adopted by the Executive Committee of the Programme of the High Commissioner at its fifty-second session"
    ("Also reaffirms the conclusion adopted by the Executive Committee of the Programme of the High Commissioner at its "
     "fifty-second session", "en"),
])
def test_a_session_something_was_done_at_is_no_deadline(text, lang):
    from unkg.ingest.deadlines import find_deadline

    assert find_deadline(text, lang, [], None) is None
    asked = text.replace("réaffirmé", "demandé").replace("adopted by", "to be submitted to")
    assert find_deadline(asked, lang, [], None) is not None  # a session something is asked for is one


def test_a_russian_executive_director_is_the_office():
    """E/RES/2021/21 annex op:8 (ru): "просит Исполнительного директора Управления ... по наркотикам и преступности представить
    Комиссии ... на ее тридцать первой сессии доклад": the Executive Director of UNODC (Исполнительный директор, not the
    UNEP's Директор-исполнитель), due at the Commission's thirty-first session."""
    record = link(read(akn_file("ecosoc", "2021", "E_RES_2021_21", "ru"))[0])
    (ask,) = [a for a in record.addressees if a.paragraph == "annex-A/op:8"]
    assert (ask.entity.id, ask.deadline.session) == ("executive-director-of-unodc", "31")


@pytest.mark.parametrize(("text", "asked"), [
    # A/RES/78/169 op:11: those the Secretary-General works with "as well as" more of them are no asked
    ("Requests the Secretary-General, in close collaboration with the Food and Agriculture Organization of the United Nations, "
     "as well as other relevant international organizations, to include a special section", ["secretary-general"]),
    # ... but after an aside that names no one, "as well as" goes on with the list
    ("Requests the Secretary-General, within existing resources, as well as other relevant international organizations, "
     "to include a special section", ["secretary-general", "international-organizations"]),
])
def test_as_well_as_after_those_an_aside_works_with(text, asked):
    assert _ids(text) == asked


def test_an_arabic_title_in_the_feminine_is_the_mandate():
    """A/RES/78/177 op:68: "Invites the Independent Expert to address ... the General Assembly at its seventy-ninth
    session", تدعو الخبيرة المستقلة: the Independent Expert, named before as الخبيرة المستقلة المعنية بتمتع كبار السن
    بجميع حقوق الإنسان, is asked, and is the English mandate once aligned."""
    from unkg.ingest.align import align

    en, ar = (link(read(akn_file("ga", "78session", "A_RES_78_177", lang))[0]) for lang in ("en", "ar"))
    align([en, ar])
    mandate = "independent-expert-on-the-enjoyment-of-all-human-rights-by-older-persons"
    (ask,) = [a for a in ar.addressees if a.paragraph == "op:68"]
    assert (ask.entity.id, ask.deadline.session) == (mandate, "79")


@pytest.mark.parametrize(("text", "asked"), [
    # E/RES/2022/10 op:23 (zh): "Encourages humanitarian and development organizations to consider ...": two kinds of one
    # noun are one group, as the English prints it
    ("鼓励人道主义组织和发展组织考虑在与国家当局协调的情况下运用风险管理工具", ["人道主义组织和发展组织"]),
    # ... two nouns are two ("Member States and relevant organizations")
    ("鼓励会员国和相关组织考虑在与国家当局协调的情况下运用风险管理工具", ["member-states", "相关组织"]),
    # E/RES/2023/16 op:55 (zh): "relevant humanitarian actors", 行为体
    ("敦促会员国、联合国和相关人道主义行为体加大力度支持", ["member-states", "un", "相关人道主义行为体"]),
])
def test_chinese_groups_of_two_kinds_and_actors(text, asked):
    assert [a.entity.id if a.entity.known else a.as_printed for a in find_addressees(_paragraph(text, "zh"), "zh")] == asked
