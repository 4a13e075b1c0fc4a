"""The AKN4UN reader on real UN files (read in place from the shared corpus), checked against facts
printed in them: E/RES/2022/15 in six languages, A/RES/79/194, A/RES/75/202, A/RES/79/1 and others."""

from __future__ import annotations

import json
import re
from collections import Counter

import jsonschema
import pytest

from tests.conftest import AKN, CORPUS, akn_file
from unkg.ingest.errors import IngestError
from unkg.ingest.readers.akn import read_akn
from unkg.record import PARAGRAPH_ID, ANCHOR

LANGS = ("ar", "zh", "en", "fr", "ru", "es")
SCHEMA = CORPUS.parent / "contracts" / "extraction-record.schema.json"


@pytest.fixture(scope="module")
def wsis() -> dict:
    """E/RES/2022/15 (WSIS follow-up) in the six languages."""
    return {lang: read_akn(akn_file("ecosoc", "2022", "E_RES_2022_15", lang)) for lang in LANGS}


# --- E/RES/2022/15 in six languages ----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_wsis_metadata(wsis, lang):
    rec = wsis[lang]
    assert rec.symbol == "E/RES/2022/15"
    assert rec.number == "2022/15"
    assert rec.kind == "resolution"
    assert rec.language == lang
    assert rec.date == "2022-07-21"  # FRBRWork adoption date, not the issue date
    assert rec.issued == "2022-08-01"
    assert rec.meeting == "33"
    assert rec.session == "2022"  # the Chinese cover page leaves the session empty: from the symbol
    assert rec.agenda_items == ["18 (b)"]
    assert rec.adopted_by is not None and rec.adopted_by.id == "ecosoc" and rec.adopted_by.known
    assert rec.recommended_by is not None and rec.recommended_by.id == "cstd"
    assert rec.recommendation_document == "E/2022/31"
    assert rec.frbr_work == "/akn/un/statement/deliberation/unecosoc/2022-07-21/2022-15/"
    assert rec.frbr_expression.startswith(rec.frbr_work) and rec.frbr_expression.endswith("@/")
    assert rec.source.file.startswith("E_RES_2022_15-2211664") and len(rec.source.sha256) == 64
    assert (rec.source.format, rec.source.reader) == ("akn", "read_akn")
    # the Arabic fn:10 links A/C.2/59 where the other languages print A/C.2/59/3: a committee's
    # session, no document, so it is reported rather than cited
    assert rec.warnings == (["link not read as a symbol: https://undocs.org/ar/A/C.2/59"] if lang == "ar" else [])


@pytest.mark.parametrize("lang", LANGS)
def test_wsis_paragraphs(wsis, lang):
    rec = wsis[lang]
    kinds = Counter(p.kind for p in rec.paragraphs)
    assert kinds["preambular"] == 10
    assert kinds["operative"] == 96
    assert [p.id for p in rec.paragraphs if p.kind == "preambular"] == [f"pre:{i}" for i in range(1, 11)]
    assert [p.id for p in rec.paragraphs if p.kind == "operative"] == [f"op:{i}" for i in range(1, 97)]
    assert [p.id for p in rec.paragraphs if p.parent == "op:89"] == ["op:89(a)", "op:89(b)", "op:89(c)", "op:89(d)"]
    assert all(PARAGRAPH_ID.match(p.id) and p.text for p in rec.paragraphs)
    assert rec.paragraph("op:1").source_id == "para_13"


@pytest.mark.parametrize("lang", LANGS)
def test_wsis_sections(wsis, lang):
    rec = wsis[lang]
    assert len(rec.sections) == 5
    assert rec.sections[0].first_paragraph == "op:1"
    assert rec.paragraph("op:1").section == rec.sections[0].heading
    assert rec.paragraph("pre:1").section is None


@pytest.mark.parametrize("lang", LANGS)
def test_wsis_footnotes(wsis, lang):
    rec = wsis[lang]
    assert [f.number for f in rec.footnotes] == [str(i) for i in range(1, 15)]
    udhr = rec.footnotes[1]  # General Assembly resolution 217 A (III), the Universal Declaration
    assert udhr.paragraph == "pre:5"
    assert "217" in udhr.text
    assert rec.paragraph("pre:5").footnotes == ["2"]
    # the footnote's words are not in the paragraph's text
    assert "217" not in rec.paragraph("pre:5").text
    assert not udhr.text.startswith("(")  # the Arabic "()" marker place is dropped


@pytest.mark.parametrize("lang", LANGS)
def test_wsis_citations(wsis, lang):
    rec = wsis[lang]
    targets = {c.target for c in rec.citations}
    assert {"A/RES/70/125", "E/RES/2021/28", "A/RES/76/189", "A/RES/70/1"} <= targets
    assert ("A/RES/217(III)", "fn:2") in {(c.target, c.paragraph) for c in rec.citations}
    # the joint symbol of footnote 5 targets its primary symbol
    assert ("A/77/62", "fn:5") in {(c.target, c.paragraph) for c in rec.citations}
    # E/RES/2021/28 is linked in pre:3
    assert ("E/RES/2021/28", "pre:3") in {(c.target, c.paragraph) for c in rec.citations}
    assert all(ANCHOR.match(c.paragraph) and c.relation is None for c in rec.citations)
    assert len({(c.target, c.paragraph) for c in rec.citations}) == len(rec.citations)
    assert rec.mentions == [] and rec.events == []


def test_wsis_unlinked_citation_found_in_text(wsis):
    """pre:2 prints "its resolution 2006/46" without a link: the citation scanner finds it."""
    for lang in LANGS:
        assert ("E/RES/2006/46", "pre:2") in {(c.target, c.paragraph) for c in wsis[lang].citations}, lang


def test_wsis_verb_same_in_six_languages(wsis):
    verbs = {lang: wsis[lang].paragraph("pre:2").verb for lang in LANGS}
    assert all(v is not None for v in verbs.values()), verbs
    assert {v.id for v in verbs.values()} == {"recalls"}
    assert verbs["en"].label == "Recalling also"
    assert verbs["zh"].label == "又回顾"
    assert {lang: v.modifier for lang, v in verbs.items()} == dict.fromkeys(LANGS, "also")


def test_wsis_arabic_numbers_and_call_outs_stripped(wsis):
    """Arabic prints "1 -" inline (no <num>) and wraps footnote call-outs in <sup>(</sup> <sup>)</sup>."""
    ar = wsis["ar"]
    assert ar.paragraph("op:1").number == "1"
    assert not re.match(r"^\s*\d", ar.paragraph("op:1").text)
    assert ar.paragraph("op:1").text.startswith("يرحب")
    assert "()" not in ar.paragraph("op:5").text and "( )" not in ar.paragraph("op:5").text
    assert ar.paragraph("op:89(a)").number == "(أ)"  # separate mainBody paragraphs in Arabic, mapped to (a)


def test_wsis_titles(wsis):
    assert wsis["en"].title == ("Assessment of the progress made in the implementation of and follow-up to the "
                                "outcomes of the World Summit on the Information Society")
    assert wsis["zh"].title.startswith("评估信息社会世界峰会成果")


def test_wsis_subjects(wsis):
    rec = wsis["en"]
    sdg17 = [s for s in rec.subjects if s.iri == "http://metadata.un.org/sdg/17"]
    assert len(sdg17) == 1 and sdg17[0].scheme == "SDG"
    assert {s.scheme for s in rec.subjects} == {"SDG", "UNBIS", "EuroVoc"}
    unbis = [s for s in rec.subjects if s.iri == "http://metadata.un.org/thesaurus/1006319"]
    assert unbis[0].scheme == "UNBIS" and unbis[0].label == "sustainable_development"
    assert len({s.iri for s in rec.subjects}) == len(rec.subjects)
    assert rec.voting is not None and rec.voting.outcome == "adoptedWithoutVote"


def test_records_validate_against_the_contract(wsis):
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    for lang, rec in wsis.items():
        errors = [e.message for e in validator.iter_errors(json.loads(json.dumps(rec.to_dict())))]
        assert errors == [], (lang, errors[:3])


# --- General Assembly ------------------------------------------------------------------------------

ECOSOC_SERIES = ["2006/46", "2008/3", "2009/7", "2010/2", "2011/16", "2012/5", "2013/9", "2014/27", "2015/26",
                 "2016/22", "2017/21", "2018/28", "2019/24", "2020/12", "2021/28", "2022/15", "2023/3"]
SERIES = ["56/183", "57/238", "59/220", "60/252", "62/182", "63/202", "64/187", "65/141", "66/184", "67/195",
          "68/198", "69/204", "70/184", "71/212", "72/200", "73/218", "74/197", "75/202", "76/189", "77/150"]


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_series_footnote_gives_each_resolution(lang):
    """A/RES/79/194 footnote 1: "Resolutions 56/183, 57/238, ... and 77/150": twenty citations at fn:1."""
    rec = read_akn(akn_file("ga", "79session", "A_RES_79_194", lang))
    at_fn1 = [c.target for c in rec.citations if c.paragraph == "fn:1"]
    assert at_fn1 == [f"A/RES/{n}" for n in SERIES]
    assert rec.footnotes[0].paragraph == "pre:1"
    # footnote 2 lists ECOSOC resolutions, the first five printed without links: all found, in printed order
    at_fn2 = [c.target for c in rec.citations if c.paragraph == "fn:2"]
    assert at_fn2 == [f"E/RES/{n}" for n in ECOSOC_SERIES]


def test_ga_metadata():
    rec = read_akn(akn_file("ga", "79session", "A_RES_79_194", "en"))
    assert (rec.symbol, rec.number, rec.session, rec.meeting) == ("A/RES/79/194", "79/194", "79", "54")
    assert rec.date == "2024-12-19" and rec.issued == "2024-12-23"
    assert rec.agenda_items == ["15"]
    assert rec.adopted_by.id == "general-assembly"
    assert rec.recommended_by.id == "second-committee"
    assert rec.recommendation_document == "A/79/434"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_session_75_file_names(lang):
    """GA files of session 75 are named 75_202_E.xml, not A_RES_75_202-<job><letter>.xml."""
    path = akn_file("ga", "75session", "75_202", lang)
    assert path.name == f"75_202_{lang[0].upper()}.xml"
    rec = read_akn(path)
    assert rec.symbol == "A/RES/75/202" and rec.language == lang
    assert rec.date == "2020-12-21" and rec.meeting == "48"
    assert rec.recommendation_document == "A/75/454" and rec.recommended_by.id == "second-committee"
    assert rec.paragraph("op:1") is not None and rec.paragraph("pre:1") is not None


def test_session_75_languages_align():
    ids = {lang: [p.id for p in read_akn(akn_file("ga", "75session", "75_202", lang)).paragraphs] for lang in LANGS}
    assert all(v == ids["en"] for v in ids.values())


def test_recorded_vote_in_akn():
    """A/RES/79/239 was adopted by 159 votes to 2, with 5 abstentions; the file lists the voters."""
    rec = read_akn(akn_file("ga", "79session", "A_RES_79_239", "en"))
    assert rec.voting.outcome == "adoptedRecordedVote"
    assert rec.voting.counts == {"in_favour": 159, "against": 2, "abstaining": 5}
    assert rec.voting.against == ["DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "RUSSIAN FEDERATION"]
    assert len(rec.voting.in_favour) == 159 and len(rec.voting.abstaining) == 5


def test_pact_for_the_future_annexes():
    """A/RES/79/1: the Pact's paragraphs, annex I (Global Digital Compact, its numbering restarted) and
    annex II (Declaration on Future Generations, with a preamble)."""
    for lang in ("en", "zh", "ar"):
        rec = read_akn(akn_file("ga", "79session", "A_RES_79_1", lang))
        ids = {p.id for p in rec.paragraphs}
        assert {"op:1", "op:84", "op:20(a)", "annex-I/op:1", "annex-I/op:74", "annex-II/pre:1", "annex-II/op:32"} <= ids
        # GDC paragraph 7 "we will pursue the following objectives:" is followed by objectives 1.-5.
        assert [p.id for p in rec.paragraphs if p.parent == "annex-I/op:7"] == [f"annex-I/op:7({c})" for c in "abcde"]
        assert rec.paragraph("annex-I/op:8") is not None
        assert not any(p.id.startswith("annex-III") for p in rec.paragraphs)


def test_collection_reads_as_one_record_in_parts():
    """A/RES/78/80 A-B: two resolutions in one document; each is a part with its own numbering."""
    rec = read_akn(akn_file("ga", "78session", "A_RES_78_80AB", "en"))
    assert rec.symbol == "A/RES/78/80A-B"
    assert {"annex-A/pre:1", "annex-A/op:1", "annex-B/pre:1", "annex-B/op:1"} <= {p.id for p in rec.paragraphs}
    assert not any(PARAGRAPH_ID.match(p.id) is None for p in rec.paragraphs)


# --- regressions: markup the reader must get through ---------------------------------------------


def test_arabic_number_inside_the_verb_span():
    """E/RES/2022/13 (Arabic) prints ``3 <span>- يؤكد</span>`` and ``<span>6 -</span>``."""
    rec = read_akn(akn_file("ecosoc", "2022", "E_RES_2022_13", "ar"))
    en = read_akn(akn_file("ecosoc", "2022", "E_RES_2022_13", "en"))
    assert [p.id for p in rec.paragraphs] == [p.id for p in en.paragraphs]


def test_arabic_preambular_paragraph_in_main_body():
    """E/RES/2022/1 (Arabic) puts its last preambular paragraph in mainBody, unnumbered."""
    rec = read_akn(akn_file("ecosoc", "2022", "E_RES_2022_1", "ar"))
    assert rec.paragraph("pre:7") is not None and rec.paragraph("pre:7").source_id == "para_8"


def test_number_standing_alone_takes_the_next_paragraphs_words():
    """E/RES/2022/17 (French) annex: <num>1.</num> with an empty <p>, the words in the next paragraph."""
    rec = read_akn(akn_file("ecosoc", "2022", "E_RES_2022_17", "fr"))
    assert all(p.text != "…" for p in rec.paragraphs)
    assert [p.id for p in rec.paragraphs] == [
        p.id for p in read_akn(akn_file("ecosoc", "2022", "E_RES_2022_17", "en")).paragraphs]


def test_letter_mistaken_for_roman_numeral():
    """E/RES/2024/15 (English) marks point (i) after (h) as a sublist: it is the letter i."""
    rec = read_akn(akn_file("ecosoc", "2024", "E_RES_2024_15", "en"))
    assert [p.id for p in rec.paragraphs if p.parent == "op:25"] == [f"op:25({c})" for c in "abcdefghij"]


def test_cyrillic_lookalike_letter():
    """E/RES/2021/1 (Russian) types Cyrillic "а)" in a list of Latin b), c)."""
    rec = read_akn(akn_file("ecosoc", "2021", "E_RES_2021_1", "ru"))
    assert rec.paragraph("op:1(a)") is not None


def test_arabic_doubled_letters():
    """A/RES/78/181 (Arabic) letters its 27th sub-paragraph "(أ أ)", as English prints (aa)."""
    ar = read_akn(akn_file("ga", "78session", "A_RES_78_181", "ar"))
    en = read_akn(akn_file("ga", "78session", "A_RES_78_181", "en"))
    assert ar.paragraph("op:2(aa)") is not None and ar.paragraph("op:2(aa)").number == "(أ أ)"
    assert {p.id for p in ar.paragraphs if p.parent == "op:2"} == {p.id for p in en.paragraphs if p.parent == "op:2"}


def test_colon_after_the_verb_is_no_heading():
    """A/RES/78/329 (English) "<span>Decides</span>:" opens sub-paragraphs (a) and (b): it is op:1."""
    rec = read_akn(akn_file("ga", "78session", "A_RES_78_329", "en"))
    assert [p.id for p in rec.paragraphs if p.kind != "preambular"] == ["op:1", "op:1(a)", "op:1(b)"]
    assert rec.sections == []


def test_russian_lookalike_letters_nested_by_the_converter():
    """A/RES/78/30 (Russian): Cyrillic "с)" then a sublist "d)", "е)": siblings (c), (d), (e)."""
    rec = read_akn(akn_file("ga", "78session", "A_RES_78_30", "ru"))
    assert [p.id for p in rec.paragraphs if p.parent == "op:3"] == [f"op:3({c})" for c in "abcdef"]


def test_file_name_and_document_disagree():
    """The French file A_RES_78_130-2325874F.xml carries A/RES/78/13 in every symbol it prints."""
    path = next((AKN / "ga" / "78session" / "French").glob("A_RES_78_130-*.xml"))
    rec = read_akn(path)
    assert rec.symbol == "A/RES/78/13"
    assert rec.warnings == ["the file name says resolution 78/130, the document says A/RES/78/13, as its heading does "
                            "(78/13.): read as A/RES/78/13"]


def test_sole_unnumbered_operative_paragraph():
    """E/RES/2021/3 has one operative paragraph, printed without a number (Chinese without a verb span)."""
    for lang in ("en", "zh"):
        rec = read_akn(akn_file("ecosoc", "2021", "E_RES_2021_3", lang))
        assert [p.id for p in rec.paragraphs if p.kind == "operative"] == ["op:1"]
        assert rec.sections == []


# --- bad input ---------------------------------------------------------------------------------------


def test_not_akn(tmp_path):
    path = tmp_path / "note.xml"
    path.write_text('<?xml version="1.0"?><note><to>ECOSOC</to></note>', encoding="utf-8")
    with pytest.raises(IngestError, match="not an AKN document") as err:
        read_akn(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


def test_truncated(tmp_path):
    data = akn_file("ecosoc", "2022", "E_RES_2022_15", "en").read_bytes()
    path = tmp_path / "E_RES_2022_15-2211664E.xml"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IngestError, match=r"not well-formed XML \(line \d+, column \d+\)") as err:
        read_akn(path)
    assert "\n" not in str(err.value)


def test_not_xml(tmp_path):
    path = tmp_path / "x.xml"
    path.write_text("E/RES/2022/15 is a resolution", encoding="utf-8")
    with pytest.raises(IngestError, match="not well-formed XML"):
        read_akn(path)
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="empty file"):
        read_akn(empty)


def test_german_is_not_one_of_our_languages():
    path = next((AKN / "ga" / "78session" / "German").glob("*.xml"))
    with pytest.raises(IngestError, match=r"German, not one of the six UN languages \(FRBRlanguage 'deu'"):
        read_akn(path)


def test_no_paragraphs(tmp_path):
    data = akn_file("ecosoc", "2022", "E_RES_2022_15", "en").read_text(encoding="utf-8")
    gutted = re.sub(r"<preamble>.*</mainBody>", "<preamble/><mainBody/>", data, flags=re.S)
    path = tmp_path / "gutted.xml"
    path.write_text(gutted, encoding="utf-8")
    with pytest.raises(IngestError, match="no paragraphs"):
        read_akn(path)


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="cannot read"):
        read_akn(tmp_path / "nothing.xml")


def test_a_paragraph_whose_verb_lost_its_italics_still_has_its_verb():
    """E/RES/2021/31 es op 4 prints "Invita a la Comisión Económica ..." without the italic span the
    other paragraphs give their verb: its verb is still "invites" (and so it asks ECLAC)."""
    from tests.conftest import akn_file

    rec = read_akn(akn_file("ecosoc", "2021", "E_RES_2021_31", "es"))
    (op4,) = [p for p in rec.paragraphs if p.id == "op:4"]
    assert op4.verb is not None and op4.verb.id == "invites"
