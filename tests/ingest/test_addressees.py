"""Addressees of operative paragraphs, in the six languages of real resolutions."""

from __future__ import annotations

import pytest

from tests.conftest import LANG_FOLDERS, akn_file
from unkg.ingest import read
from unkg.ingest.addressees import find_addressees
from unkg.ingest.link import link


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
    assert asked["op:19"] == {"all-stakeholders"}  # Encourages all stakeholders
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
    """"Calls upon United Nations entities to continue ...": the United Nations is not who is called upon."""
    en = e_res_2022_15["en"]
    assert en.paragraph("op:80").text.startswith("Calls upon United Nations entities")
    assert "op:80" not in _asked(en)


def test_only_operative_paragraphs_have_addressees(e_res_2022_15):
    for record in e_res_2022_15.values():
        for p in record.paragraphs:
            if p.kind != "operative":
                assert find_addressees(p, record.language) == []


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
        found[lang] = {(a.paragraph, a.entity.id) for p in record.paragraphs for a in find_addressees(p, lang)}
    assert found["en"], stem
    assert all(f == found["en"] for f in found.values()), {k: v ^ found["en"] for k, v in found.items()}
