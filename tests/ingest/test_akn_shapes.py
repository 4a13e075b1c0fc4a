"""Document shapes beyond one preamble and one body, read alike in the six languages.

- a convention annexed to its resolution, with its own preamble, chapters and articles (A/RES/79/243,
  the United Nations Convention against Cybercrime): article N of annex I is part ``annex-IN/``;
- several preambles and bodies in one statement (the scale corpus, session 80): the sections of a
  resolution, each with its own preamble and numbering, are parts (A/RES/80/237); a heading or a
  quotation set between preambular paragraphs does not end the preamble (A/RES/80/131, 80/116);
- annexed resolutions whose six language versions give the same ids.

Expected structure is counted by hand from the documents.
"""

from __future__ import annotations

import re
import tarfile
from pathlib import Path

import pytest

from tests.conftest import CORPUS, akn_file
from unkg.ingest.numbering import article_number
from unkg.ingest.readers.akn import read_akn

LANGS = ("ar", "zh", "en", "fr", "ru", "es")


def _ids(path: Path) -> list[str]:
    return [p.id for p in read_akn(path).paragraphs]


# --- a convention's articles -------------------------------------------------------------------


@pytest.fixture(scope="module")
def cybercrime():
    return {lang: read_akn(akn_file("ga", "79session", "A_RES_79_243", lang)) for lang in LANGS}


def test_cybercrime_convention_articles(cybercrime):
    """The resolution's own 5 preambular and 12 operative paragraphs, then the Convention: its 15
    preambular paragraphs (between "The States Parties to the present Convention," and "Have agreed as
    follows:"), articles 1 to 68 as parts annex-I1/ to annex-I68/."""
    rec = cybercrime["en"]
    ids = [p.id for p in rec.paragraphs]
    assert [i for i in ids if i.startswith("pre:")] == [f"pre:{n}" for n in range(1, 6)]
    assert [i for i in ids if i.startswith("op:") and "(" not in i] == [f"op:{n}" for n in range(1, 13)]
    assert [i for i in ids if i.startswith("annex-I/pre:")] == [f"annex-I/pre:{n}" for n in range(1, 16)]
    assert rec.paragraphs[ids.index("annex-I/pre:1")].text.startswith("Bearing in mind the purposes")
    assert rec.paragraphs[ids.index("annex-I/pre:15")].text.startswith("Taking into account the existing")
    # Article 1: an unnumbered paragraph and its (a) to (c)
    assert [i for i in ids if i.startswith("annex-I1/")] == [
        "annex-I1/op:1", "annex-I1/op:1(a)", "annex-I1/op:1(b)", "annex-I1/op:1(c)"]
    # Article 2, use of terms: (a) to (o)
    letters = [i for i in ids if re.fullmatch(r"annex-I2/op:1\([a-z]+\)", i)]
    assert letters == [f"annex-I2/op:1({c})" for c in "abcdefghijklmno"]
    # Article 68: two numbered paragraphs
    assert [i for i in ids if i.startswith("annex-I68/")] == ["annex-I68/op:1", "annex-I68/op:2"]
    assert rec.paragraphs[ids.index("annex-I68/op:2")].text.startswith("The original of this Convention")
    articles = [s for s in rec.sections if s.article and s.article.startswith("annex-I/")]
    assert [s.article for s in articles] == [f"annex-I/art:{n}" for n in range(1, 69)]
    assert (articles[0].heading, articles[0].first_paragraph) == ("Article 1 Statement of purpose", "annex-I1/op:1")
    first = rec.paragraphs[ids.index("annex-I1/op:1(b)")]
    assert first.section == "Article 1 Statement of purpose"


def test_cybercrime_articles_in_six_languages(cybercrime):
    """Every language version gives the Convention's 68 articles, each where the English gives it;
    English, French and Russian give the same ids throughout."""
    for lang, rec in cybercrime.items():
        arts = [s.article for s in rec.sections if s.article and s.article.startswith("annex-I/")]
        assert arts == [f"annex-I/art:{n}" for n in range(1, 69)], lang
        firsts = {s.article: s.first_paragraph for s in rec.sections if s.article}
        assert firsts["annex-I/art:68"] == "annex-I68/op:1", lang
    en = [p.id for p in cybercrime["en"].paragraphs]
    assert [p.id for p in cybercrime["fr"].paragraphs] == en
    assert [p.id for p in cybercrime["ru"].paragraphs] == en


@pytest.mark.parametrize("heading, number", [
    ("Article 1", 1), ("Article premier", 1), ("Article 2 \t\tTerminologie", 2), ("Artículo 12", 12),
    ("Статья 35", 35), ("المادة 12", 12), ("المادة ١٢", 12), ("第六十八条", 68), ("第一条", 1),
    ("Articles 23 and 35, with regard to the term", None), ("Chapter I", None), ("第二条第㈤项中的", None),
])
def test_article_headings(heading, number):
    assert article_number(heading) == number


# --- annexed resolutions: six languages, the same ids ------------------------------------------

# annexed documents (declarations, programmes, rules) in the shared corpus whose six versions agree
AGREEING = [
    ("78session", "A_RES_78_1"),  # political declaration of the SDG Summit
    ("78session", "A_RES_78_3"),
    ("78session", "A_RES_78_4"),
    ("78session", "A_RES_78_5"),
    ("78session", "A_RES_78_249"),
    ("78session", "A_RES_78_317"),
]


@pytest.mark.parametrize("session, stem", AGREEING)
def test_annexed_resolution_ids_agree_in_six_languages(session, stem):
    ids = {lang: _ids(akn_file("ga", session, stem, lang)) for lang in LANGS}
    assert any(i.startswith("annex-") for i in ids["en"]), "an annexed document is read as an annex"
    for lang in LANGS:
        assert ids[lang] == ids["en"], lang


# --- several preambles and bodies in one statement (scale corpus, session 80) ------------------

_MEMBERS = ("A_RES_80_237-2521249", "A_RES_80_131-2520746", "A_RES_80_116-2520555")
_SUFFIX = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}
_FOLDER = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}


@pytest.fixture(scope="module")
def session80(tmp_path_factory) -> Path:
    """The three files of session 80 these tests read, in six languages, taken from the scale corpus."""
    archive = CORPUS / "scale" / "ga-74-80.tar.xz"
    if not archive.is_file():
        pytest.fail(f"the scale corpus is missing: {archive}")
    out = tmp_path_factory.mktemp("ga80")
    wanted = {f"80session/{_FOLDER[lang]}/{stem}{_SUFFIX[lang]}.xml" for stem in _MEMBERS for lang in LANGS}
    with tarfile.open(archive, "r:xz") as tar:
        members = [m for m in tar if m.name in wanted]
        tar.extractall(out, members=members, filter="data")
    assert len(members) == len(wanted)
    return out / "80session"


def _file80(root: Path, stem: str, lang: str) -> Path:
    return root / _FOLDER[lang] / f"{stem}{_SUFFIX[lang]}.xml"


@pytest.mark.slow
def test_sections_with_their_own_preamble_are_parts(session80):
    """A/RES/80/237, two sections (I. the Office of Internal Oversight Services, II. the Independent
    Audit Advisory Committee), each with 2 preambular paragraphs and its own numbering (22 and 4)."""
    for lang in LANGS:
        rec = read_akn(_file80(session80, _MEMBERS[0], lang))
        ids = [p.id for p in rec.paragraphs]
        assert ids == (["pre:1", "pre:2"] + [f"op:{n}" for n in range(1, 23)]
                       + ["annex-A/pre:1", "annex-A/pre:2"] + [f"annex-A/op:{n}" for n in range(1, 5)]), lang
    en = read_akn(_file80(session80, _MEMBERS[0], "en"))
    by_id = {p.id: p for p in en.paragraphs}
    assert by_id["annex-A/pre:1"].text.startswith("Recalling its resolutions 61/275")
    assert by_id["annex-A/op:1"].text.startswith("Notes with appreciation the work of the Independent Audit")


@pytest.mark.slow
def test_heading_between_preambles_goes_on_with_the_preamble(session80):
    """A/RES/80/131: 17 preambular paragraphs (9 + 3 + 5 around the heading "Countries in special
    situations" and "* * *"), then 4 operative ones, in six languages (the Spanish file sets the two
    headings inside the preamble, the others between two preambles)."""
    for lang in LANGS:
        ids = _ids(_file80(session80, _MEMBERS[1], lang))
        assert ids == [f"pre:{n}" for n in range(1, 18)] + [f"op:{n}" for n in range(1, 5)], lang
    rec = read_akn(_file80(session80, _MEMBERS[1], "en"))
    assert rec.paragraphs[9].text.startswith("Underlining that, without stable, resilient")
    assert any(s.heading == "Countries in special situations" and s.first_paragraph == "pre:10" for s in rec.sections)


@pytest.mark.slow
def test_quoted_findings_are_sub_paragraphs_of_the_preambular_paragraph(session80):
    """A/RES/80/116: the question put to the Court (quoted in preambular paragraph 10) is its text,
    the Court's findings (b) to (f) after "Having received the advisory opinion" (pre:12) its
    sub-paragraphs; the operative part is 8 paragraphs, not a second part."""
    rec = read_akn(_file80(session80, _MEMBERS[2], "en"))
    by_id = {p.id: p for p in rec.paragraphs}
    assert "What are the obligations of Israel" in by_id["pre:10"].text
    assert by_id["pre:12"].text.startswith("Having received the advisory opinion")
    # the English file lost the label and words of finding (a): its items (i) to (vi) stand under pre:12
    assert [i for i in by_id if i.startswith("pre:12(")] == (
        [f"pre:12({r})" for r in ("i", "ii", "iii", "iv", "v", "vi")] + [f"pre:12({c})" for c in "bcdef"])
    assert by_id["pre:12(b)"].text.startswith("Israel, as an occupying Power, has an obligation under international human")
    assert [i for i in by_id if re.fullmatch(r"op:\d+", i)] == [f"op:{n}" for n in range(1, 9)]
    assert not any(i.startswith("annex-") for i in by_id)
    for lang in ("fr", "ru", "es"):
        assert _ids(_file80(session80, _MEMBERS[2], lang)) == list(by_id), lang


# --- the items of a list printed as unnumbered paragraphs ---------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", ("Round table 1: Strengthening the three pillars", "Copenhagen Declaration on Social Development")),
    ("zh", ("圆桌会议1：加强社会发展的三大支柱", "《社会发展问题哥本哈根宣言和行动纲领》")),
    ("ru", ("круглый стол 1 «Укрепление трех компонентов", "круглый стол 2")),
])
def test_unlabelled_list_items_are_the_paragraph_that_opens_them(lang, words):
    """A/RES/78/318 op 4 ends "on the following themes:" and its two round tables follow as paragraphs
    without number or letter, the second naming the Copenhagen Declaration: both are op 4's words, not
    two section headings, and op 5 follows."""
    rec = read_akn(akn_file("ga", "78session", "A_RES_78_318", lang))
    by_id = {p.id: p for p in rec.paragraphs}
    for w in words:
        assert w in by_id["op:4"].text
    assert not any(s.heading.startswith(words[0][:8]) for s in rec.sections)
    assert [i for i in by_id if re.fullmatch(r"op:\d+", i)][3:6] == ["op:4", "op:5", "op:6"]
