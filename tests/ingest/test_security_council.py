"""Security Council resolutions as the UN publishes them (the scale corpus's sc-2020-2023 tarball):
symbols printed ``S/RES/2599 (2021)``, six languages and a German copy, Arabic files whose markup
gives ``0001-01-01`` for the adoption date. Only one resolution's files are unpacked from the
tarball, into the test's temporary folder."""

from __future__ import annotations

import tarfile

import pytest

from tests.conftest import CORPUS
from unkg.graph.stores import open_store
from unkg.ingest import read
from unkg.pipeline import ingest_paths
from unkg.symbols import parse_symbols

TARBALL = CORPUS / "scale" / "sc-2020-2023.tar.xz"


def unpack(folder, year: str, stem: str) -> list:
    with tarfile.open(TARBALL, "r:xz") as tar:
        wanted = [m for m in tar if m.isfile() and m.name.startswith(f"{year}/") and stem in m.name]
        tar.extractall(folder, members=wanted, filter="data")
    return sorted(folder.rglob("*.xml"))


@pytest.fixture(scope="module")
def s_res_2599(tmp_path_factory):
    """S/RES/2599 (2021) (Libya: UNSMIL) in the seven languages the repository holds (the six and German)."""
    files = unpack(tmp_path_factory.mktemp("sc"), "2021", "S_RES_2599 (2021)")
    assert len(files) == 7
    return files


def test_the_printed_symbol_is_normalised(s_res_2599):
    english = next(f for f in s_res_2599 if f.parent.name == "English")
    [record] = read(english)
    assert record.symbol == "S/RES/2599(2021)"
    assert {c.target for c in record.citations} >= {"S/RES/1970(2011)", "S/RES/2570(2021)"}


@pytest.mark.parametrize("printed,symbol", [
    ("S/RES/2722 (2024)", "S/RES/2722(2024)"),
    ("Security Council resolution 2722 (2024)", "S/RES/2722(2024)"),
    ("resolution 1325 (2000)", "S/RES/1325(2000)"),
    ("217 A (III)", "A/RES/217(III)"),  # the Assembly's old numbering stays the Assembly's
])
def test_the_council_numbers_its_resolutions_with_the_year(printed, symbol):
    assert parse_symbols(printed) == [symbol]


def test_a_resolution_ingests_in_six_languages_the_german_copy_skipped_and_one_date(s_res_2599, tmp_path):
    store = open_store(tmp_path / "st")
    summary = ingest_paths(s_res_2599, store, keep_going=True, workers=1)
    assert summary.files == 6 and summary.languages == {"ar", "zh", "en", "fr", "ru", "es"}
    [german] = summary.failures
    assert "German, not one of the six UN languages (FRBRlanguage 'deu'" in german
    # the Arabic file's markup says 0001-01-01: a placeholder, not a conflict with the others' date
    assert summary.conflicts == []
    dates = {r["d"].value for r in store.query(
        "SELECT ?d WHERE { GRAPH ?g { ?w dcterms:identifier 'S/RES/2599(2021)' ; dcterms:date ?d } }")}
    assert dates == {"2021-09-30"}
    arabic = next(f for f in s_res_2599 if f.parent.name == "Arabic")
    [record] = read(arabic)
    assert record.date is None and any("0001-01-01" in w for w in record.warnings)


def test_the_six_languages_agree_where_english_letters_its_sub_paragraphs_a_full_stop(tmp_path):
    """The English (and some Chinese, Russian, French) Security Council files number sub-paragraphs
    ``<num>a.</num>`` where the others print ``a)`` or ``(a)``: S/RES/2705 (2023) (Somalia) was read
    as 36 paragraphs in English and 87 in the other five languages."""
    files = [f for f in unpack(tmp_path, "2023", "S_RES_2705-") if f.parent.name != "German"]
    assert len(files) == 6
    records = [read(f)[0] for f in files]
    english = next(r for r in records if r.language == "en")
    ids = [p.id for p in english.paragraphs]
    assert len(ids) == 89 and "op:3(a)" in ids
    # paragraph 3 (f) (iii) holds two numbered points (1. en, (1) zh, 1) es, 1 - ar), lettered by position
    assert ids[ids.index("op:3(f)(iii)") + 1 : ids.index("op:3(f)(iii)") + 3] == ["op:3(f)(iii)(a)", "op:3(f)(iii)(b)"]
    for r in records:
        assert [p.id for p in r.paragraphs] == ids, r.language


def test_one_languages_wrong_date_does_not_outvote_the_others(tmp_path):
    """The French file of S/RES/2655 (2022) says it was adopted on 27 October 2021; the other five
    say 2022. Read in folder order (Arabic, Chinese, English first), the French date is refused
    once, and the Russian and Spanish files after it keep the date they share with the first three."""
    files = [f for f in unpack(tmp_path, "2022", "S_RES_2655-") if f.parent.name != "German"]
    assert len(files) == 6
    store = open_store(tmp_path / "st")
    summary = ingest_paths(files, store, workers=1)
    assert [(c["kept"]["value"], c["refused"]["value"], c["refused"]["file"]) for c in summary.conflicts] == [
        ("2022-10-27", "2021-10-27", "S_RES_2655-2224238F.xml")]
    dated = {r["g"].value.rsplit("/", 2)[-2]: r["d"].value for r in store.query(
        "SELECT ?g ?d WHERE { GRAPH ?g { ?w dcterms:identifier 'S/RES/2655(2022)' ; dcterms:date ?d } }")}
    assert dated == {lang: "2022-10-27" for lang in ("ar", "zh", "en", "ru", "es")}
