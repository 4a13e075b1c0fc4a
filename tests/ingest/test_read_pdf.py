"""The PDF reader on the UN's official PDFs (digital-policy resolutions, English)."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

import jsonschema
import pytest

from tests.conftest import CORPUS
from unkg.ingest.errors import IngestError, NotAResolution
from unkg.ingest.readers.pdf import read_pdf
from unkg.record import Record

PDF = CORPUS / "digital" / "pdf"
SCHEMA = CORPUS.parent / "contracts" / "extraction-record.schema.json"


@pytest.fixture(scope="module")
def r79_194(corpus) -> Record:
    return read_pdf(PDF / "A_RES_79_194.pdf")


@pytest.fixture(scope="module")
def r79_1(corpus) -> Record:
    return read_pdf(PDF / "A_RES_79_1.pdf")


def test_masthead_and_closing_lines(r79_194):
    r = r79_194
    assert (r.symbol, r.kind, r.number, r.language) == ("A/RES/79/194", "resolution", "79/194", "en")
    assert (r.date, r.issued, r.meeting, r.session) == ("2024-12-19", "2024-12-23", "54", "79")
    assert r.agenda_items == ["15"]
    assert r.adopted_by.id == "general-assembly"
    assert (r.recommended_by.id, r.recommendation_document) == ("second-committee", "A/79/434")
    assert r.title == "Information and communications technologies for sustainable development"
    data = (PDF / "A_RES_79_194.pdf").read_bytes()
    assert r.source.file == "A_RES_79_194.pdf" and r.source.format == "pdf" and r.source.reader == "read_pdf"
    assert r.source.sha256 == hashlib.sha256(data).hexdigest()
    jsonschema.validate(r.to_dict(), json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_structure_footnotes_and_furniture(r79_194):
    r = r79_194
    kinds = Counter(p.kind for p in r.paragraphs)
    assert (kinds["preambular"], kinds["operative"], kinds["subparagraph"]) == (55, 69, 2)
    assert r.warnings == []
    # footnotes: set small under a rule; call-outs: small raised digits
    assert [f.number for f in r.footnotes] == [str(n) for n in range(1, 21)]
    assert r.paragraph("pre:8").footnotes == ["4", "5", "6", "7"]
    assert next(f for f in r.footnotes if f.number == "20").text == "E/HLPF/2024/7."
    text = "\n".join(p.text for p in r.paragraphs)
    # the running header (symbol, short title), the footer (job and page numbers) are not text
    assert "24-24293" not in text and not re.search(r"\b\d{1,2}/18\b", text) and "A/RES/79/194" not in text
    # the paragraph a page break cuts (pages 7-8) is whole
    assert "based on unity, solidarity, renewed multilateral cooperation" in r.paragraph("pre:53").text


def test_italic_verbs(r79_194):
    def verb(pid):
        v = r79_194.paragraph(pid).verb
        return (v.id, v.modifier, v.label)

    assert verb("pre:1") == ("recalls", None, "Recalling")
    assert verb("pre:2") == ("recalls", "also", "Recalling also")
    assert verb("op:1") == ("recognizes", None, "Recognizes")
    # the italics end where the verb ends: *Stresses* the importance (the plain text reads more)
    assert verb("op:27") == ("stresses", None, "Stresses")


def test_annexes_with_their_own_numbering(r79_1):
    r = r79_1
    divisions = Counter(p.id.split("/")[0] if "/" in p.id else "resolution" for p in r.paragraphs)
    assert divisions == {"resolution": 326, "annex-I": 168, "annex-II": 46}
    assert r.paragraph("annex-I/op:1").text.startswith("Digital technologies are dramatically transforming our world.")
    assert ("Global Digital Compact", "annex-I/op:1") in [(s.heading, s.first_paragraph) for s in r.sections]
    # a numbered list inside a paragraph ("the following objectives: 1. ... 5.") is its sub-paragraphs
    assert [p.id for p in r.paragraphs if p.parent == "annex-I/op:7"] == [f"annex-I/op:7({c})" for c in "abcde"]
    # the Declaration on Future Generations has its own preamble
    assert r.paragraph("annex-II/pre:1") is not None and r.paragraph("annex-II/op:1") is not None
    assert (r.title, r.meeting, r.date, r.recommended_by) == ("The Pact for the Future", "3", "2024-09-22", None)
    assert r.recommendation_document == "A/79/L.2"  # [without reference to a Main Committee (A/79/L.2)]


def test_not_a_pdf_and_not_a_resolution(corpus, tmp_path):
    fake = tmp_path / "seed.pdf"
    fake.write_bytes((CORPUS / "seed" / "E_RES_2022_15.zh.txt").read_bytes())
    with pytest.raises(IngestError) as err:
        read_pdf(fake)
    assert "seed.pdf" in str(err.value) and "\n" not in str(err.value)
    assert not isinstance(err.value, NotAResolution)


@pytest.mark.slow
def test_every_official_pdf(corpus):
    """The 20 PDFs of the corpus: each a resolution that keeps the contract, its symbol the manifest's."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    manifest = {}
    for line in (CORPUS / "digital" / "MANIFEST.csv").read_text(encoding="utf-8").splitlines()[1:]:
        file, symbol = line.split(",")[:2]
        manifest[file.split("/")[-1]] = symbol
    clean = 0
    for path in sorted(PDF.glob("*.pdf")):
        r = read_pdf(path)
        jsonschema.validate(r.to_dict(), schema)
        assert r.symbol == manifest[path.name]
        assert r.kind == "resolution" and r.date and r.meeting and r.adopted_by.id == "general-assembly"
        assert all(f.paragraph for f in r.footnotes)
        clean += not r.warnings
    assert len(manifest) == 20 and clean >= 17
