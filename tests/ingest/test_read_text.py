"""The text reader on the seed (E/RES/2022/15 in Chinese, converted from the official PDF) and on the
bulk General Assembly texts (raw PDF text with mastheads, running headers and footnote zones)."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import CORPUS, SEED
from unkg.ingest.errors import IngestError, NotAResolution
from unkg.ingest.link import link
from unkg.ingest.readers.text import read_text
from unkg.record import Record

BULK = CORPUS / "bulk" / "ga-78-80"
SCHEMA = CORPUS.parent / "contracts" / "extraction-record.schema.json"
SAMPLE = Path(str(resources.files("unkg.sample").joinpath("E_RES_2022_15.zh.txt")))


@pytest.fixture(scope="module")
def seed(corpus) -> Record:
    return read_text(SEED)


def schema_check(record: Record) -> None:
    if SCHEMA.is_file():
        jsonschema.validate(record.to_dict(), json.loads(SCHEMA.read_text(encoding="utf-8")))


# --- the seed --------------------------------------------------------------------------------------


def test_seed_header(seed):
    assert seed.symbol == "E/RES/2022/15"  # from "2022/15." and the Council's name
    assert seed.number == "2022/15"
    assert seed.kind == "resolution"
    assert seed.language == "zh"
    assert seed.session == "2022"
    assert seed.agenda_items == ["18 (b)"]
    assert seed.date == "2022-07-21"
    assert seed.meeting == "33"
    assert seed.adopted_by.id == "ecosoc"
    assert seed.recommended_by.id == "cstd"
    assert seed.recommendation_document == "E/2022/31"
    assert seed.title == "评估信息社会世界峰会成果落实和后续工作方面取得的进展"
    assert seed.iri is None  # readers mint no IRI: the builder does, from the store's base
    schema_check(seed)


def test_seed_structure(seed):
    kinds = Counter(p.kind for p in seed.paragraphs)
    assert kinds["preambular"] == 10
    assert kinds["operative"] == 96
    assert [p.id for p in seed.paragraphs if p.kind == "operative"] == [f"op:{n}" for n in range(1, 97)]
    assert [p.id for p in seed.paragraphs if p.parent == "op:89"] == ["op:89(a)", "op:89(b)", "op:89(c)", "op:89(d)"]
    assert [p.number for p in seed.paragraphs if p.parent == "op:89"] == ["(a)", "(b)", "(c)", "(d)"]
    assert [(s.heading, s.first_paragraph) for s in seed.sections] == [
        ("总结：审查信息社会世界峰会成果落实情况", "op:1"),
        ("互联网治理", "op:65"),
        ("加强合作", "op:68"),
        ("互联网治理论坛", "op:73"),
        ("前进的道路", "op:80"),
    ]
    assert seed.paragraph("op:66").section == "互联网治理"
    assert seed.warnings == []


def test_seed_footnotes_are_anchored_where_their_call_outs_stand(seed):
    assert [f.number for f in seed.footnotes] == [str(n) for n in range(1, 15)]
    fn2 = next(f for f in seed.footnotes if f.number == "2")
    assert fn2.paragraph == "pre:5"
    assert "217 A(III)" in fn2.text
    assert seed.paragraph("pre:5").footnotes == ["2"]
    assert next(f for f in seed.footnotes if f.number == "7").paragraph == "op:42"
    # call-outs and footnote texts are out of the paragraph text
    assert not any(re.search("[¹²³⁴⁵⁶⁷⁸⁹⁰]", p.text) for p in seed.paragraphs)
    assert "217 A(III)" not in seed.paragraph("pre:5").text


def test_seed_citations(seed):
    cites = {(c.paragraph, c.target) for c in seed.citations}
    assert ("op:1", "A/RES/70/125") in cites
    assert ("pre:3", "E/RES/2021/28") in cites
    assert ("pre:6", "A/RES/76/189") in cites
    assert ("fn:2", "A/RES/217(III)") in cites
    assert all(c.relation is None for c in seed.citations)  # the link stage types them, once
    op1 = next(c for c in link(read_text(SEED)).citations if c.paragraph == "op:1")
    assert op1.relation == "welcomes"  # from the paragraph's verb


def test_seed_verbs_with_their_modifiers(seed):
    def verb(pid):
        v = seed.paragraph(pid).verb
        return (v.id, v.modifier, v.label)

    assert verb("pre:1") == ("recalls", None, "回顾")
    assert verb("pre:2") == ("recalls", "also", "又回顾")
    assert verb("pre:3") == ("recalls", "further", "还回顾")
    assert verb("op:12") == ("welcomes", "also", "又欢迎")
    assert verb("op:46") == ("notes", "further", "还注意到")
    assert verb("op:31")[1:] == ("in this regard", "在这方面强调")  # modifier printed before the bold verb
    assert verb("pre:9")[0] == "takes-note-with-satisfaction"  # the longest form wins: 表示满意地注意到


def test_seed_paragraph_broken_by_a_page_break_is_healed(seed):
    op25 = seed.paragraph("op:25")
    assert "科学和技术带来的希望仍未实现" in op25.text
    assert op25.text.endswith("以弥合数字鸿沟和知识鸿沟；")
    assert seed.paragraph("op:26").text.startswith("确认信息和通信技术带来了新的机遇和挑战")


def test_seed_text_is_normalised(seed):
    texts = " ".join(p.text for p in seed.paragraphs)
    assert "**" not in texts
    # half-width punctuation the converter left between Chinese characters becomes the official 全角 marks
    assert "承诺，即特别注意" in seed.paragraph("op:56").text
    assert "," not in seed.paragraph("op:57").text
    # spaces the converter put around numbers and symbols go, as the UN prints them
    assert "大会第70/125号决议" in seed.paragraph("op:1").text
    assert seed.paragraph("op:1").text.startswith("欢迎并敦促")  # the number is not part of the text


def test_sample_ships_the_seed_byte_for_byte(corpus):
    assert SAMPLE.read_bytes() == SEED.read_bytes()
    sample = read_text(SAMPLE)
    assert sample.symbol == "E/RES/2022/15"
    assert sample.source.file == "E_RES_2022_15.zh.txt"
    assert sample.source.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert sample.source.format == "txt" and sample.source.reader == "read_text"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030"])
def test_encodings_give_the_same_record(seed, tmp_path, encoding):
    path = tmp_path / f"E_RES_2022_15.{encoding}.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode(encoding))
    other = read_text(path)
    assert other.language == "zh"  # from the text (the file name does not say)
    assert [(p.id, p.text) for p in other.paragraphs] == [(p.id, p.text) for p in seed.paragraphs]
    assert [(f.number, f.paragraph) for f in other.footnotes] == [(f.number, f.paragraph) for f in seed.footnotes]


def test_full_width_letters_and_digits_become_ascii(seed, tmp_path):
    text = SEED.read_text(encoding="utf-8").replace("2022/15.", "２０２２/１５.").replace("E/2022/31", "Ｅ/2022/31")
    path = tmp_path / "fullwidth.zh.txt"
    path.write_text(text, encoding="utf-8")
    other = read_text(path)
    assert other.symbol == "E/RES/2022/15"
    assert other.recommendation_document == "E/2022/31"


# --- the bulk texts --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def r79_194(corpus) -> Record:
    return read_text(BULK / "A_RES_79_194.txt")


def test_bulk_masthead(r79_194):
    r = r79_194
    assert (r.symbol, r.kind, r.number) == ("A/RES/79/194", "resolution", "79/194")
    assert r.date == "2024-12-19"  # the adoption line, not the date of issue
    assert r.issued == "2024-12-23"
    assert r.session == "79"  # "Seventy-ninth session"
    assert r.agenda_items == ["15"]
    assert r.meeting == "54"
    assert r.adopted_by.id == "general-assembly"
    assert r.recommended_by.id == "second-committee"
    assert r.recommendation_document == "A/79/434"
    assert r.title == "Information and communications technologies for sustainable development"
    schema_check(r)


def test_bulk_structure_and_footnotes(r79_194):
    r = r79_194
    kinds = Counter(p.kind for p in r.paragraphs)
    assert (kinds["preambular"], kinds["operative"], kinds["subparagraph"]) == (55, 69, 2)
    assert [f.number for f in r.footnotes] == [str(n) for n in range(1, 21)]
    anchors = {f.number: f.paragraph for f in r.footnotes}
    assert anchors["1"] == "pre:1"  # "previous resolutions on the issue,1"
    # "2003, 4  and endorsed by the General Assembly, 5  and ... 2005, 6 and endorsed by the Assembly,7"
    assert r.paragraph("pre:8").footnotes == ["4", "5", "6", "7"]
    assert "Resolutions 56/183" in r.footnotes[0].text and "77/150" in r.footnotes[0].text
    assert r.warnings == []


def test_bulk_running_headers_job_numbers_and_page_breaks(r79_194):
    text = "\n".join(p.text for p in r79_194.paragraphs)
    assert "24-24293" not in text and "2424293" not in text
    assert not re.search(r"\b\d{1,2}/18\b", text)  # page numbers
    assert "A/RES/79/194" not in text  # the running header
    # a paragraph broken by a page break (and the running header inside it) is one paragraph
    pre53 = r79_194.paragraph("pre:53")
    assert "based on unity, solidarity, renewed multilateral cooperation" in pre53.text
    # end-of-line hyphens of compounds stay, without a space
    assert "Secretary-General" in r79_194.paragraph("op:31").text
    assert "Secretary- General" not in text


def test_call_out_glued_to_a_word(corpus):
    r = read_text(BULK / "A_RES_79_223.txt")
    op4 = r.paragraph("op:4")
    # "Financing for Development,17 the Doha Declaration on Financing for Development 18  and the
    # Monterrey Consensus of the International Conference on Financing for Development,19 and"
    assert op4.footnotes == ["17", "18", "19"]
    assert "Conference on Financing for Development, the Doha Declaration" in op4.text
    assert "Financing for Development and the Monterrey Consensus" in op4.text
    assert "Development, and looking forward" in op4.text


def test_draft_resolution(corpus):
    r = read_text(BULK / "A_C.2_80_L.10.txt")
    assert (r.symbol, r.kind, r.adopted_by, r.number) == ("A/C.2/80/L.10", "draft-resolution", None, None)
    assert r.date == "2025-10-13"  # a draft's date is its date of issue
    assert r.sponsors == ["Iraq"]
    assert r.session == "80" and r.agenda_items == ["16 (a)"]
    assert r.title == "Unilateral economic measures as a means of political and economic coercion against developing countries"
    assert r.paragraph("pre:1").verb.id == "recalls"
    schema_check(r)


def test_decision_in_one_sentence(corpus):
    """The General Assembly, recalling its resolutions 79/22 ..., decides to include ...: the formula
    opens the decision's only paragraph."""
    r = read_text(BULK / "A_C.1_80_L.35.txt")
    assert (r.kind, r.adopted_by, r.sponsors) == ("draft-decision", None, ["United Kingdom of Great Britain and Northern Ireland"])
    assert [p.id for p in r.paragraphs] == ["op:1"]
    assert r.paragraphs[0].text.startswith("recalling its resolutions 79/22 of 2 December 2024, decides to include")
    assert ("op:1", "A/RES/79/22") in {(c.paragraph, c.target) for c in r.citations}


def test_resolution_whose_text_lost_its_enacting_formula(corpus):
    r = read_text(BULK / "A_RES_78_225.txt")
    assert (r.symbol, r.kind, r.adopted_by.id) == ("A/RES/78/225", "resolution", "general-assembly")
    assert r.paragraph("pre:1").text.startswith("Reaffirming its resolution 70/1")
    assert r.warnings == ["no enacting formula printed: the preamble read from after the title"]


# --- refusals --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,why",
    [("A_C.2_80_L.1.txt", "Note by the Secretariat"), ("A_80_L.39.txt", "amendment to draft")],
)
def test_a_file_that_is_not_a_resolution_is_refused(corpus, name, why):
    with pytest.raises(NotAResolution) as err:
        read_text(BULK / name)
    message = str(err.value)
    assert "\n" not in message and name in message and why in message


def test_refusals_of_other_files(corpus, tmp_path):
    readme = CORPUS / "README.md"
    with pytest.raises(NotAResolution) as err:
        read_text(readme)
    assert "README.md" in str(err.value) and "\n" not in str(err.value)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(NotAResolution):
        read_text(empty)
    binary = tmp_path / "binary.txt"
    binary.write_bytes((CORPUS / "digital" / "pdf" / "A_RES_79_277.pdf").read_bytes())
    with pytest.raises(IngestError) as err:
        read_text(binary)
    assert "binary.txt" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.slow
def test_every_bulk_text_reads_or_is_refused(corpus):
    """All 1,184 bulk texts: a Record that keeps the contract, or a one-line NotAResolution."""
    read = refused = clean = 0
    kinds = Counter()
    for path in sorted(BULK.glob("*.txt")):
        try:
            record = read_text(path)
        except NotAResolution as err:
            assert "\n" not in str(err)
            refused += 1
            continue
        read += 1
        kinds[record.kind] += 1
        clean += not record.warnings
        schema_check(record)
        assert record.symbol.replace("/", "_").startswith(path.stem.split(" ")[0][:8].replace(".", "."))
        if record.kind.startswith("draft"):
            assert record.adopted_by is None
    assert read + refused == 1184
    assert refused < 40  # amendments, notes and reports (measured: 34)
    assert kinds["draft-resolution"] > 200
    assert clean / read > 0.75, f"{clean}/{read} with no warning"
