"""Files of the UN's repositories as they are (the scale corpus): what their metadata leaves out or
gets wrong, and the shapes the digital-policy subset lacked.

- multi-part resolutions whose collection names no language (A/RES/80/244 A-C): the file name's
  suffix, its folder and the resolutions' own metadata say it, checked against the text's script;
- German files: one line, one row of the end-of-run table;
- a file whose cover page names the resolution before it (A/RES/75/269 zh says A/RES/75/268);
- numbered points ``(1)``, ``1)``, ``1.``, ``1 -`` under a paragraph or a sub-paragraph (Security Council),
  lettered by position as the contract's paragraph ids are (the printed number is kept);
- annex and body tables, read as the words of the paragraph they belong to;
- operative paragraphs the Chinese markup set as the list of the last preambular paragraph.

Only the files these tests read are unpacked from the tarballs, into a temporary folder. Expected
structure is counted by hand from the documents.
"""

from __future__ import annotations

import re
import tarfile
from pathlib import Path

import pytest

from tests.conftest import AKN, CORPUS
from unkg.graph.stores import open_store
from unkg.ingest.errors import IngestError
from unkg.ingest.readers.akn import read_akn
from unkg.pipeline import ingest_paths

LANGS = ("ar", "zh", "en", "fr", "ru", "es")
_SUFFIX = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}
_FOLDER = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}

_GA = {f"80session/{_FOLDER[lang]}/A_RES_80_244AC-2521251{_SUFFIX[lang]}.xml" for lang in LANGS} | {
    f"80session/{_FOLDER[lang]}/A_RES_80_246-2521257{_SUFFIX[lang]}.xml" for lang in LANGS} | {
    f"79session/{_FOLDER[lang]}/A_RES_79_257-2424698{_SUFFIX[lang]}.xml" for lang in LANGS} | {
    f"80session/{_FOLDER[lang]}/A_RES_80_84AB-2520072{_SUFFIX[lang]}.xml" for lang in LANGS} | {
    "75session/Chinese/75_268_C.xml", "75session/Chinese/75_269_C.xml", "75session/English/75_269_E.xml",
    "79session/English/A_RES_79_250-2424689E.xml", "79session/Chinese/A_RES_79_250-2424689C.xml"}
_SC = {f"2020/{_FOLDER[lang]}/S_RES_2550 (2020)-2015092{_SUFFIX[lang]}.xml" for lang in LANGS} | {
    f"2023/{_FOLDER[lang]}/S_RES_2713-2323995{_SUFFIX[lang]}.xml" for lang in LANGS} | {
    "2023/German/S_RES_2713-2323995G.xml"}


def _unpack(archive: Path, wanted: set[str], out: Path) -> Path:
    if not archive.is_file():
        pytest.fail(f"the scale corpus is missing: {archive}")
    with tarfile.open(archive, "r:xz") as tar:
        members = [m for m in tar if m.name in wanted]
        tar.extractall(out, members=members, filter="data")
    assert len(members) == len(wanted)
    return out


@pytest.fixture(scope="module")
def ga(tmp_path_factory) -> Path:
    return _unpack(CORPUS / "scale" / "ga-74-80.tar.xz", _GA, tmp_path_factory.mktemp("ga"))


@pytest.fixture(scope="module")
def sc(tmp_path_factory) -> Path:
    return _unpack(CORPUS / "scale" / "sc-2020-2023.tar.xz", _SC, tmp_path_factory.mktemp("sc"))


def _file(root: Path, pattern: str, lang: str) -> Path:
    [path] = root.glob(pattern.format(folder=_FOLDER[lang], s=_SUFFIX[lang]))
    return path


# --- a language the metadata does not name ------------------------------------------------------


def test_a_collection_without_language_is_read_in_the_language_its_name_folder_and_script_say(ga):
    """A/RES/80/244 A-C (the 2026 budget: A appropriations, B income estimates, C financing): the
    collection's <meta> is empty; the three resolutions read as parts A, B, C with the same ids in
    the six languages (the Chinese file sets paragraph 1 of A and B in the preamble: read as the
    operative paragraphs they are)."""
    expected = ([f"annex-A/op:{n}" for n in (1, 2, 3)] + [f"annex-B/op:{n}" for n in (1, 2, 3)]
                + ["annex-C/op:1", "annex-C/op:1(a)", "annex-C/op:1(b)", "annex-C/op:2",
                   "annex-C/op:3", "annex-C/op:3(a)", "annex-C/op:3(b)", "annex-C/op:4"])
    for lang in LANGS:
        rec = read_akn(_file(ga, "80session/{folder}/A_RES_80_244AC-*{s}.xml", lang))
        assert rec.language == lang and rec.symbol == "A/RES/80/244A-C"
        assert [p.id for p in rec.paragraphs] == expected, lang
        assert any(w.startswith(f"no FRBRlanguage in the document's metadata: read as {lang}") for w in rec.warnings)
    en = read_akn(_file(ga, "80session/{folder}/A_RES_80_244AC-*{s}.xml", "en"))
    by_id = {p.id: p for p in en.paragraphs}
    assert by_id["annex-B/op:1"].text.startswith("Estimates of income totalling 312,115,000 United States dollars")
    assert by_id["annex-C/op:3(b)"].text.startswith("For Member States that have not fulfilled their financial obligations")


def _without_language(ga: Path, tmp_path: Path, lang: str, folder: str, name: str) -> Path:
    """A real file with every FRBRlanguage taken out, saved as ``folder/name``."""
    data = _file(ga, "80session/{folder}/A_RES_80_244AC-*{s}.xml", lang).read_text(encoding="utf-8")
    data = re.sub(r"<FRBRlanguage[^>]*>(?:</FRBRlanguage>)?", "", data)
    path = tmp_path / folder / name
    path.parent.mkdir()
    path.write_text(data, encoding="utf-8")
    return path


def test_name_and_folder_say_the_language_when_no_metadata_does(ga, tmp_path):
    rec = read_akn(_without_language(ga, tmp_path, "ru", "Russian", "A_RES_80_244AC-2521251R.xml"))
    assert rec.language == "ru"
    assert rec.warnings[0] == ("no FRBRlanguage in the document's metadata: read as ru, as file name suffix 'R' "
                               "says ru, folder Russian says ru and the text is in Cyrillic script")


def test_name_and_folder_that_disagree_are_one_line(ga, tmp_path):
    path = _without_language(ga, tmp_path, "fr", "English", "A_RES_80_244AC-2521251F.xml")
    with pytest.raises(IngestError, match=r"unknown language: no FRBRlanguage, and file name suffix 'F' says fr, "
                                          r"folder English says en$"):
        read_akn(path)


def test_a_name_the_script_contradicts_is_one_line(ga, tmp_path):
    """The Chinese file under an English name, in an English folder."""
    path = _without_language(ga, tmp_path, "zh", "English", "A_RES_80_244AC-2521251E.xml")
    with pytest.raises(IngestError, match=r"file name suffix 'E' says en, folder English says en, but the text is "
                                          r"in Chinese script, not Latin$"):
        read_akn(path)


# --- German files ---------------------------------------------------------------------------------


def test_german_files_are_one_line_and_one_row(sc, tmp_path):
    from unkg.cli import _ingest_table

    german = [sc / "2023" / "German" / "S_RES_2713-2323995G.xml", *sorted((AKN / "ga" / "78session" / "German").glob("*.xml"))]
    assert len(german) == 2
    with pytest.raises(IngestError, match=r"German, not one of the six UN languages \(FRBRlanguage 'deu'; unkg reads "
                                          r"ar, zh, en, fr, ru, es\)$"):
        read_akn(german[0])
    summary = ingest_paths(german, open_store(tmp_path / "st"), keep_going=True, workers=1)
    lines = _ingest_table(summary, verbose=False)
    assert "        2  skipped: German, not one of the six UN languages  (e.g. S_RES_2713-2323995G.xml)" in lines


# --- a symbol the metadata gets wrong -------------------------------------------------------------


def test_a_cover_page_naming_the_resolution_before_is_outvoted_by_the_text_and_the_file_name(ga, tmp_path):
    """75_269_C.xml (cooperation with the OECD) says A/RES/75/268 (cooperation with the Shanghai
    Cooperation Organization) on its cover page; its heading prints 75/269., as its file name says."""
    rec = read_akn(ga / "75session" / "Chinese" / "75_269_C.xml")
    assert rec.symbol == "A/RES/75/269"
    assert "经济合作与发展组织" in rec.title
    assert rec.warnings == ["the metadata says A/RES/75/268, but the resolution prints '75/269.' above its title, "
                            "as its file name says: read as A/RES/75/269"]
    # ingested beside the real A/RES/75/268 zh, neither is taken for a copy of the other
    files = [ga / "75session" / "Chinese" / "75_268_C.xml", ga / "75session" / "Chinese" / "75_269_C.xml"]
    summary = ingest_paths(files, open_store(tmp_path / "st"), keep_going=True, workers=1)
    assert summary.failures == [] and summary.files == 2


def test_a_misprinted_heading_does_not_outvote_the_metadata_and_the_file_name():
    """A/RES/78/60 fr prints 78/6. above its title."""
    [path] = (AKN / "ga" / "78session" / "French").glob("A_RES_78_60-*.xml")
    rec = read_akn(path)
    assert rec.symbol == "A/RES/78/60"
    assert rec.warnings == ["the resolution prints '78/6.' above its title, its metadata says A/RES/78/60 as its "
                            "file name does: read as A/RES/78/60"]


# --- numbered points ------------------------------------------------------------------------------


def test_numbered_points_under_a_paragraph_agree_in_six_languages(sc):
    """S/RES/2550 (2020) (UNISFA), paragraph 3: seven measures, printed (1) in English, Chinese and
    Arabic, 1) in French, Russian and Spanish."""
    first = {"en": "UNISFA and JBVMM Patrols", "fr": "Patrouilles de la FISNUA"}
    for lang in LANGS:
        rec = read_akn(_file(sc, "2020/{folder}/S_RES_2550 (2020)-*{s}.xml", lang))
        points = [p for p in rec.paragraphs if p.parent == "op:3"]
        assert [p.id for p in points] == [f"op:3({c})" for c in "abcdefg"], lang
        assert [p.number for p in points] == [f"(%d)" % n if lang in ("en", "zh", "ar") else f"{n})" for n in range(1, 8)]
        assert all(p.kind == "subparagraph" and p.text for p in points)
        if lang in first:
            assert points[0].text.startswith(first[lang]) and points[0].number in ("(1)", "1)")
        assert not any("unlabelled point para_18" in w for w in rec.warnings)


def test_numbered_points_under_a_sub_paragraph(sc):
    """S/RES/2713 (2023) (Al-Shabaab sanctions), paragraph 45 (b) (i): two numbered points, printed
    1. in English and Chinese, 1) in French, Russian, Spanish, 1 - in Arabic; then (c)."""
    ids = None
    for lang in LANGS:
        rec = read_akn(_file(sc, "2023/{folder}/S_RES_2713-*{s}.xml", lang))
        found = [p.id for p in rec.paragraphs]
        i = found.index("op:45(b)(i)")
        assert found[i + 1 : i + 3] == ["op:45(b)(i)(a)", "op:45(b)(i)(b)"], lang
        assert rec.paragraphs[i + 1].parent == "op:45(b)(i)"
        if lang != "es":  # the Spanish file nests (c) inside (b)'s list
            assert found[i + 3] == "op:45(c)", lang
            own = [i for i in found if not i.startswith("annex-")]  # the annexes' names differ in Chinese
            ids = ids or own
            assert own == ids, lang


# --- tables ---------------------------------------------------------------------------------------


def test_a_table_is_read_as_the_words_of_its_paragraph(ga):
    """A/RES/80/244 A, paragraph 1 appropriates "for the following purposes:" the table by section."""
    for lang, row in (("en", "1 | Overall policymaking, direction and coordination | 92 738 500"),
                      ("zh", "1 | 通盘决策、领导和协调 | 92 738 500")):
        rec = read_akn(_file(ga, "80session/{folder}/A_RES_80_244AC-*{s}.xml", lang))
        text = rec.paragraphs[0].text
        lines = text.split("\n")
        assert row in lines, lang
        assert lines[-1].endswith("3 450 426 300"), lang  # the total, the table's last row
        assert not any("table" in w for w in rec.warnings)
    en = read_akn(_file(ga, "80session/{folder}/A_RES_80_244AC-*{s}.xml", "en"))
    assert en.paragraphs[0].text.startswith("Appropriations totalling 3,450,426,300 United States dollars are hereby "
                                            "approved for the following purposes:\nSection | Amount (United States dollars)\n")


def test_a_table_cites_for_its_paragraph(ga):
    """A/RES/79/250, paragraph 11: the levels of contribution for peacekeeping, level C "As listed in
    the annex to General Assembly resolution 55/235" (a link) in a table that paragraph 11 sets forth."""
    for lang in ("en", "zh"):
        rec = read_akn(_file(ga, "79session/{folder}/A_RES_79_250-*{s}.xml", lang))
        by_id = {p.id: p for p in rec.paragraphs}
        assert "\n" in by_id["op:11"].text and "\n" not in by_id["op:10"].text + by_id["op:12"].text
        assert any(c.target == "A/RES/55/235" and c.paragraph == "op:11" for c in rec.citations), lang
    en = read_akn(_file(ga, "79session/{folder}/A_RES_79_250-*{s}.xml", "en"))
    rows = en.paragraphs[[p.id for p in en.paragraphs].index("op:11")].text.split("\n")
    assert rows[1] == "Level | Criterion | Threshold in United States dollars (2025–2027) | Discount (percentage)"
    assert rows[4] == "C | As listed in the annex to General Assembly resolution 55/235 | Not applicable | 7.5"


def test_a_table_that_opens_an_annex_opens_its_first_paragraph():
    """A/RES/78/249 annex I: a heading, the table of amounts, then the table's notes a, b, c (the
    Arabic file letters them (أ), (ب), (ج)): the table opens the first note, ids unchanged."""
    from tests.conftest import akn_file

    for lang in ("en", "ar"):
        rec = read_akn(akn_file("ga", "78session", "A_RES_78_249", lang))
        first = next(p for p in rec.paragraphs if p.id.startswith("annex-I/"))
        assert first.id == "annex-I/op:1" and "\n" in first.text, lang
    en = read_akn(akn_file("ga", "78session", "A_RES_78_249", "en"))
    first = next(p for p in en.paragraphs if p.id.startswith("annex-I/"))
    assert first.text.split("\n")[-1] == "a See A/78/534."


def test_an_annex_that_is_a_table_is_its_sole_paragraph(ga):
    """A/RES/79/257 (programme budget 2025, income section 3): annex I, "Staffing table for 2025", is
    a table and nothing else; it follows operative paragraph 78."""
    for lang in LANGS:
        rec = read_akn(_file(ga, "79session/{folder}/A_RES_79_257-*{s}.xml", lang))
        assert [p.id for p in rec.paragraphs][-2:] == ["op:78", "annex-I/op:1"], lang
        assert len(rec.paragraphs[-1].text.split("\n")) > 3 and not any("table" in w for w in rec.warnings), lang
    en = read_akn(_file(ga, "79session/{folder}/A_RES_79_257-*{s}.xml", "en"))
    table = en.paragraphs[-1]
    assert table.section == "Staffing table for 2025"
    assert table.text.startswith("Category | Number of posts (excluding special political missions) | ")
    assert ("Staffing table for 2025", "annex-I/op:1") in [(s.heading, s.first_paragraph) for s in en.sections]


# --- operative paragraphs marked up as a preambular paragraph's list -------------------------------


def test_operative_paragraphs_in_a_preamble_list_are_operative(ga):
    """A/RES/80/246 (Chinese): "正式决定：" and paragraphs 1 to 3 are the list of the preamble's last
    paragraph; read as the other five languages read them."""
    ids = {lang: [p.id for p in read_akn(_file(ga, "80session/{folder}/A_RES_80_246-*{s}.xml", lang)).paragraphs]
           for lang in LANGS}
    assert [i for i in ids["en"] if i.startswith("op:")][:3] == ["op:1", "op:2", "op:3"]
    for lang in LANGS:
        assert ids[lang] == ids["en"], lang


def test_operative_paragraph_1_without_its_number_in_the_preamble(ga):
    """A/RES/80/84 A (information in the service of humanity): one operative paragraph, "Urges ...,
    namely:" (a) to (f), (e) with (i) to (iv). The Chinese file sets it, unnumbered, as the preamble's
    last paragraph with (a) to (e), and ㈠ to ㈣ and (f) in the body; its collection names no language."""
    part_a = (["annex-A/pre:1", "annex-A/pre:2", "annex-A/op:1"] + [f"annex-A/op:1({c})" for c in "abcde"]
              + [f"annex-A/op:1(e)({r})" for r in ("i", "ii", "iii", "iv")] + ["annex-A/op:1(f)"])
    ids = {lang: [p.id for p in read_akn(_file(ga, "80session/{folder}/A_RES_80_84AB-*{s}.xml", lang)).paragraphs]
           for lang in LANGS}
    assert [i for i in ids["en"] if i.startswith("annex-A/")] == part_a
    assert len(ids["en"]) == 205
    for lang in LANGS:
        assert ids[lang] == ids["en"], lang
    zh = read_akn(_file(ga, "80session/{folder}/A_RES_80_84AB-*{s}.xml", "zh"))
    assert zh.paragraphs[2].text.startswith("敦促所有国家") and zh.paragraphs[2].kind == "operative"
