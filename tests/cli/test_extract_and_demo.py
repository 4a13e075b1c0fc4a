"""`unkg extract` prints the contract's record; `unkg demo` (the README's main job) answers its questions."""

import json

import jsonschema
import pytest

from tests.conftest import CORPUS, LANG_FOLDERS, akn_file
from tests.cli.test_cli import unkg

SCHEMA = json.loads((CORPUS.parent / "contracts" / "extraction-record.schema.json").read_text("utf-8"))


@pytest.mark.parametrize("lang", sorted(LANG_FOLDERS))
def test_extract_prints_a_record_valid_against_the_contract(lang):
    r = unkg("extract", str(akn_file("ecosoc", "2022", "E_RES_2022_15", lang)), "--format", "json")
    assert r.returncode == 0, r.stderr
    record = json.loads(r.stdout)
    jsonschema.validate(record, SCHEMA)
    assert record["symbol"] == "E/RES/2022/15" and record["language"] == lang
    assert record["iri"] == "https://w3id.org/unkg/doc/E/RES/2022/15"
    assert sum(p["kind"] == "operative" for p in record["paragraphs"]) == 96


def test_extract_of_a_ga_file_and_the_seed_text():
    for path in (akn_file("ga", "79session", "A_RES_79_194", "en"), CORPUS / "seed" / "E_RES_2022_15.zh.txt"):
        r = unkg("extract", str(path))
        assert r.returncode == 0, r.stderr
        jsonschema.validate(json.loads(r.stdout), SCHEMA)


def test_demo_ingests_the_sample_and_answers(tmp_path):
    r = unkg("demo", "--store", str(tmp_path / "st"))
    assert r.returncode == 0, r.stderr
    assert "Ingested E_RES_2022_15.zh.txt: 1 document, 110 paragraphs" in r.stdout
    assert "A/RES/70/125" in r.stdout and "E/RES/2021/28" in r.stdout  # cited works
    assert "requests" in r.stdout and "科学和技术促进发展委员会" in r.stdout  # op 96 asks of the CSTD
    again = unkg("demo", "--store", str(tmp_path / "st"))  # a second run replaces, not doubles
    assert again.returncode == 0 and again.stdout.count("A/RES/70/125") == r.stdout.count("A/RES/70/125")
