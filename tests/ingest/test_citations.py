"""Printed citations in six languages, on sentences of the seed, the AKN corpus and the GA text corpus."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from tests.conftest import AKN, CORPUS, LANG_FOLDERS, SEED, akn_file
from unkg.symbols import SymbolError, parse_symbols
from unkg.ingest.citations import find_citations

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def _symbols(text: str, language: str) -> list[str]:
    return [c.symbols[0] for c in find_citations(text, language)]


def _seed_line(fragment: str) -> str:
    return next(line for line in SEED.read_text(encoding="utf-8").splitlines() if fragment in line)


def _akn_paragraph(lang: str, fragment: str, stem: str = "E_RES_2022_15", where: str = "2022") -> str:
    tree = etree.parse(str(akn_file("ecosoc", where, stem, lang)))
    for p in tree.iterfind(".//a:p", NS):
        text = "".join(p.itertext())
        if fragment in re.sub(r"\s", " ", text):  # the UN prints no-break spaces: 2006/46 de 28\xa0de julio
            return text
    raise AssertionError(f"no paragraph with {fragment!r} in the {lang} file")


def test_seed_sentences():
    line = _seed_line("又回顾经社理事会")
    found = find_citations(line, "zh")
    assert [c.symbols for c in found] == [["E/RES/2006/46"]]
    assert found[0].as_printed == "第 2006/46 号决议" and line[found[0].start : found[0].end] == found[0].as_printed
    assert _symbols(_seed_line("1. **欢迎并敦促**"), "zh") == ["A/RES/70/125"]
    assert _symbols(_seed_line("¹ 见"), "zh") == ["A/C.2/59/3", "A/60/687"]
    old = find_citations(_seed_line("² 大会第 217 A(III)"), "zh")
    assert [(c.symbols, c.as_printed) for c in old] == [(["A/RES/217(III)"], "大会第 217 A(III)号决议")]
    joint = find_citations(_seed_line("⁵ A/77/62"), "zh")
    assert [(c.symbols, c.target_kind) for c in joint] == [(["A/77/62", "E/2022/8"], "document")]
    assert _symbols(_seed_line("[根据科学和技术"), "zh") == ["E/2022/31"]


def test_seed_has_no_citation_in_its_dates():
    line = _seed_line("2022 年 7 月 21 日经济及社会理事会决议")
    assert find_citations(line, "zh") == []


@pytest.mark.parametrize(
    ("lang", "fragment", "expected"),
    [
        ("en", "Welcomes and urges", ["A/RES/70/125"]),
        ("fr", "Accueille avec satisfaction et demande", ["A/RES/70/125"]),
        ("es", "Acoge con beneplácito e insta", ["A/RES/70/125"]),
        ("ru", "настоятельно призывает к ее полному", ["A/RES/70/125"]),
        ("ar", "بالتنفيذ التام لقرار الجمعية العامة", ["A/RES/70/125"]),
        ("en", "its resolution 2006/46", ["E/RES/2006/46"]),
        ("fr", "sa résolution 2006/46", ["E/RES/2006/46"]),
        ("es", "su resolución 2006/46", ["E/RES/2006/46"]),
        ("ru", "резолюцию 2006/46", ["E/RES/2006/46"]),
        ("ar", "قراره 2006/46", ["E/RES/2006/46"]),
    ],
)
def test_akn_sentences_in_five_languages(lang, fragment, expected):
    assert _symbols(_akn_paragraph(lang, fragment), lang) == expected


def test_each_number_of_a_printed_series_is_its_own_citation():
    text = (CORPUS / "bulk" / "ga-78-80" / "A_RES_79_194.txt").read_text(encoding="utf-8")
    start = text.index("Resolutions 56/183")
    found = find_citations(text[start : text.index("2023/3.", start) + 7], "en")
    symbols = [c.symbols[0] for c in found]
    assert symbols[:3] == ["A/RES/56/183", "A/RES/57/238", "A/RES/59/220"]
    assert "A/RES/68/198" in symbols  # after the line break of the PDF text
    assert symbols[19] == "A/RES/77/150" and symbols[20] == "E/RES/2006/46" and symbols[-1] == "E/RES/2023/3"
    assert len(symbols) == 37
    assert found[0].as_printed == "Resolutions 56/183" and found[1].as_printed == "57/238"


def test_lists_with_dates_and_titles_between_numbers():
    text = _akn_paragraph("en", "Recalling its resolutions 2015/33", "E_RES_2022_17")
    # "2015/33 of 22 July 2015, 2017/4 of 20 April 2017, 2020/14 of 17 July 2020 and 2021/6 of 8 June 2021"
    assert _symbols(text, "en") == ["E/RES/2015/33", "E/RES/2017/4", "E/RES/2020/14", "E/RES/2021/6"]
    text = _akn_paragraph("es", "Recordando sus resoluciones 2015/33", "E_RES_2022_17")
    assert _symbols(text, "es") == ["E/RES/2015/33", "E/RES/2017/4", "E/RES/2020/14", "E/RES/2021/6"]
    text = _akn_paragraph("ar", "قراراته 2015/33", "E_RES_2022_17")
    assert _symbols(text, "ar") == ["E/RES/2015/33", "E/RES/2017/4", "E/RES/2020/14", "E/RES/2021/6"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("decisions 2022/215 and 2022/216", "en", ["E/DEC/2022/215", "E/DEC/2022/216"]),
        ("General Assembly resolution 217 A (III)", "en", ["A/RES/217(III)"]),
        ("Security Council resolution 2417 (2018) of 24 May 2018", "en", ["S/RES/2417(2018)"]),
        ("resolution 75/290 A of 25 June 2021", "en", ["A/RES/75/290A"]),
        ("General Assembly resolution S‑23/2, annex", "en", ["A/RES/S-23/2"]),
        ("Human Rights Council resolutions 5/1 and 5/2", "en", ["A/HRC/RES/5/1", "A/HRC/RES/5/2"]),
        ("See A/C.2/59/3 and A/60/687; E/2022/31", "en", ["A/C.2/59/3", "A/60/687", "E/2022/31"]),
        ("https://undocs.org/ch/A/RES/70/125", "en", ["A/RES/70/125"]),
        ("第2006/46号决议", "zh", ["E/RES/2006/46"]),
        ("第 56/183、57/238 和 77/150 号决议", "zh", ["A/RES/56/183", "A/RES/57/238", "A/RES/77/150"]),
        ("第59/209号和2012年12月21日第67/221号决议", "zh", ["A/RES/59/209", "A/RES/67/221"]),
        ("人权理事会第51/4号决议", "zh", ["A/HRC/RES/51/4"]),
        ("résolution 70/125", "fr", ["A/RES/70/125"]),
        ("resolución 70/125", "es", ["A/RES/70/125"]),
        ("резолюция 70/125 и резолюции 70/1 и 76/189", "ru", ["A/RES/70/125", "A/RES/70/1", "A/RES/76/189"]),
        ("القرار 70/125", "ar", ["A/RES/70/125"]),
        ("القرار 217 ألف (د-3).", "ar", ["A/RES/217(III)"]),
    ],
)
def test_printed_forms(text, lang, expected):
    assert _symbols(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 21/07/2022 some 3/4 of the members agreed on the 2030 Agenda", "en"),
        ("Commission on Narcotic Drugs resolution 62/1", "en"),
        ("麻醉药品委员会第62/1号决议", "zh"),
        ("2022 年 5 月 30 日至 6 月 3 日", "zh"),
        ("la résolution 62/1 de la Commission des stupéfiants", "fr"),
    ],
)
def test_unanchored_numbers_and_other_bodies_are_not_citations(text, lang):
    assert find_citations(text, lang) == []


def test_spans_point_into_the_text():
    text = _akn_paragraph("zh", "又回顾") + _akn_paragraph("en", "Welcomes and urges")
    for c in find_citations(text, "en") + find_citations(text, "zh"):
        assert text[c.start : c.end] == c.as_printed


def _linked_paragraphs(lang: str):
    """(text, symbols its undocs.org links name) for every paragraph of the ECOSOC corpus in one language."""
    for path in sorted((AKN / "ecosoc").glob(f"*/{LANG_FOLDERS[lang]}/*.xml")):
        tree = etree.parse(str(path), etree.XMLParser(recover=True))
        for p in tree.iterfind(".//a:p", NS):
            if p.find(".//a:p", NS) is not None:
                continue
            linked = set()
            for a in p.iterfind(".//a:a[@href]", NS):
                if "undocs.org" in a.get("href"):
                    try:
                        linked.add(parse_symbols(a.get("href"))[0])
                    except SymbolError:
                        pass
            if linked:
                yield "".join(p.itertext()), linked


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_finds_what_the_markup_links_across_the_ecosoc_corpus(lang):
    """The AKN markup links most printed citations to undocs.org: the scanner finds them in the plain text.

    The links are not a perfect key (a few point at the wrong document, e.g. A/RES/75/290a for a
    citation printed 75/290 A; Official Records supplements link as A/73/12(PartI)), hence 95 %."""
    total = found = 0
    for text, linked in _linked_paragraphs(lang):
        got = {s for c in find_citations(text, lang) for s in c.symbols}
        total += len(linked)
        found += len(linked & got)
    assert total > 1400
    assert found / total >= 0.95, (lang, found, total)


# --- whose number it is, in the sentences of GA session 78 ---------------------------------------

# A/RES/78/171 pre:4: the Human Rights Council's resolutions, listed in two runs of one sentence
HRC_LIST = (
    "Recalling also Human Rights Council resolutions 23/13 of 13 June 2013 on attacks and discrimination against persons "
    "with albinism and 24/33 of 27 September 2013 on technical cooperation for the prevention of attacks against persons "
    "with albinism, as well as resolutions 28/6 of 26 March 2015, 37/5 of 22 March 2018 and 46/12 of 23 March 2021 "
    "pertaining to the mandate of the Independent Expert on the enjoyment of human rights by persons with albinism,"
)
HRC_LIST_ZH = (
    "又回顾人权理事会2013年6月13日关于对白化病患者的袭击和歧视的第23/13号决议和2013年9月27日关于为防止对白化病患者的攻击而开展"
    "技术合作的第24/33号决议，以及涉及白化病患者享有人权问题独立专家的任务的2015年3月26日第28/6号、2018年3月22日第37/5号和"
    "2021年3月23日第46/12号决议，"
)


def test_a_list_of_another_organs_resolutions_keeps_its_organ():
    expected = ["A/HRC/RES/23/13", "A/HRC/RES/24/33", "A/HRC/RES/28/6", "A/HRC/RES/37/5", "A/HRC/RES/46/12"]
    assert _symbols(HRC_LIST, "en") == expected
    assert _symbols(HRC_LIST_ZH, "zh") == expected
    # the same list as the Assembly's own: its numbers before the thirty-first session are no GA numbers
    assert _symbols(HRC_LIST.replace("Human Rights Council resolutions", "its resolutions"), "en") == ["A/RES/37/5", "A/RES/46/12"]
    assert _symbols(HRC_LIST_ZH.replace("人权理事会", "大会"), "zh") == ["A/RES/37/5", "A/RES/46/12"]
    # a new sentence does not inherit the organ
    split = HRC_LIST.replace("albinism, as well as resolutions", "albinism. Recalling its resolutions")
    assert _symbols(split, "en")[-2:] == ["A/RES/37/5", "A/RES/46/12"]


def test_a_commissions_resolution_is_not_the_assemblys():
    # A/RES/78/158 pre:12
    text = (
        "Noting the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-second session, "
        "of resolution 72/7 of 19 May 2016 on regional cooperation to combat sand and dust storms in Asia and the Pacific,"
    )
    assert _symbols(text, "en") == []
    assert _symbols(text.replace("Economic and Social Commission for Asia and the Pacific", "General Assembly"), "en") == ["A/RES/72/7"]
    zh = "注意到亚洲及太平洋经济社会委员会第七十二届会议通过关于亚洲及太平洋区域合作防治沙尘暴的2016年5月19日第72/7号决议，"
    assert _symbols(zh, "zh") == []
    assert _symbols(zh.replace("亚洲及太平洋经济社会委员会", "大会"), "zh") == ["A/RES/72/7"]
    # A/RES/78/158 op:15: "resolution 4/10" goes on the Environment Assembly's list
    op15 = (
        "Commends the United Nations Environment Assembly on its commitment to addressing sand and dust storms, and in this "
        "regard notes Environment Assembly resolution 2/21 on sand and dust storms, adopted during its second session, and "
        "resolution 4/10 on innovation on biodiversity and land degradation, adopted during its fourth session;"
    )
    assert _symbols(op15, "en") == []
    assert _symbols(op15.replace("4/10", "74/10"), "en") == []  # still the Environment Assembly's
    assert _symbols(op15.replace("and resolution 4/10", "and its resolution 74/10"), "en") == ["A/RES/74/10"]


def test_reversed_arabic_numbers_are_read_the_right_way_round():
    # A/RES/78/265 op:11 prints 76/307 and decision 77/568 reversed; A/RES/78/232 op:29 prints 67/206 reversed
    op11 = "تشير إلى قرارها 307/76 المؤرخ 8 أيلول/سبتمبر 2022 ومقررها 568/77 المؤرخ 1 أيلول/سبتمبر 2023 بشأن طرائق ونطاق مؤتمر القمة المعني بالمستقبل"
    assert _symbols(op11, "ar") == ["A/RES/76/307", "A/DEC/77/568"]
    assert _symbols(op11.replace("307/76", "76/307"), "ar")[0] == "A/RES/76/307"
    assert _symbols(op11.replace("307/76", "307/75"), "ar")[0] == "A/RES/75/307"
    op29 = "تقرر إعلان عام 2024 السنة الدولية الثانية للدول الجزرية الصغيرة النامية وفقا للقرار 206/67 المؤرخ 21 كانون الأول/ديسمبر 2012؛"
    assert _symbols(op29, "ar") == ["A/RES/67/206"]
    # directional marks inside a number do not hide it; the span still points into the text
    marked = op29.replace("206/67", "\u200f206/\u200f67")
    found = find_citations(marked, "ar")
    assert [c.symbols[0] for c in found] == ["A/RES/67/206"] and marked[found[0].start : found[0].end] == found[0].as_printed


def test_other_un_system_series_and_what_is_no_document():
    # footnotes of A/RES/78/269 (fn:6) and A/RES/78/158 (fn:8)
    assert _symbols("See World Health Organization, document WHA68/2015/REC/1.", "en") == ["WHA68/2015/REC/1"]
    assert _symbols("ESCAP/78/12/Add.1.", "en") == ["ESCAP/78/12/Add.1"]
    # a Main Committee's session is the stem of its documents' symbols, not a document
    assert _symbols("See A/C.2/59/3, annex.", "en") == ["A/C.2/59/3"]
    assert _symbols("the report of the Second Committee (A/C.2/59)", "en") == []
    for session in ("A/C.2/59", "A/HRC/55", "E/CN.16/2024"):
        with pytest.raises(SymbolError):
            parse_symbols(session)
    with pytest.raises(SymbolError):
        parse_symbols("14/221")  # the League of Arab States' number in E/RES/2023/35 fn:9, no GA number


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh"])
def test_the_human_rights_council_list_in_six_languages(lang):
    """A/RES/78/171 pre:4, read in place: every language keeps the five numbers the Council's."""
    from unkg.ingest import read
    from unkg.record import Record

    record = next(r for r in read(akn_file("ga", "78session", "A_RES_78_171", lang)) if isinstance(r, Record))
    text = next(p.text for p in record.paragraphs if p.id == "pre:4")
    assert _symbols(text, lang) == ["A/HRC/RES/23/13", "A/HRC/RES/24/33", "A/HRC/RES/28/6", "A/HRC/RES/37/5", "A/HRC/RES/46/12"]
