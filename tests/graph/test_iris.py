"""The one symbol normaliser and the IRI scheme (DESIGN.md §3)."""

import pytest

from unkg.graph.iris import Minter
from unkg.symbols import SymbolError, normalise_symbol, parse_symbols, symbol_kind, symbol_number

DEFAULT = Minter()

# every printed form the foundation issue names, and a few more met in the corpus
CASES = [
    ("E/RES/2022/15", ["E/RES/2022/15"]),
    ("第 70/125 号决议", ["A/RES/70/125"]),
    ("第70/125号决议", ["A/RES/70/125"]),
    ("大会第 217 A(III)号决议", ["A/RES/217(III)"]),
    ("resolution 70/125", ["A/RES/70/125"]),
    ("General Assembly resolution 70/1", ["A/RES/70/1"]),
    ("its resolution 2006/46", ["E/RES/2006/46"]),
    ("217 A (III)", ["A/RES/217(III)"]),
    ("2200 A (XXI)", ["A/RES/2200(XXI)"]),
    ("A/77/62-E/2022/8", ["A/77/62", "E/2022/8"]),
    ("A/67/65/Corr.1", ["A/67/65/Corr.1"]),
    ("https://undocs.org/ch/A/RES/70/125", ["A/RES/70/125"]),
    ("https://undocs.org/en/A/RES/217(III)", ["A/RES/217(III)"]),
    ("https://undocs.org/A/74/821", ["A/74/821"]),
    ("S/RES/2618 (2022)", ["S/RES/2618(2022)"]),
    ("/akn/un/statement/deliberation/unecosoc/2022-07-21/2022-15/", ["E/RES/2022/15"]),
    ("/akn/un/statement/deliberation/unga/2021-12-17/76-189/", ["A/RES/76/189"]),
    ("/akn/un/statement/deliberation/unsc/2022-01-12/2618-2022/", ["S/RES/2618(2022)"]),
    ("decision 2022/215", ["E/DEC/2022/215"]),
    ("A/C.2/59/3", ["A/C.2/59/3"]),
    ("A/RES/ES-10/19", ["A/RES/ES-10/19"]),
    ("Ａ／ＲＥＳ／７０／１２５", ["A/RES/70/125"]),
    # Arabic prints the old GA numbering with its own letters and session: القرار 217 ألف (د-3)
    ("217 ألف (د-3)", ["A/RES/217(III)"]),
    ("2200 ألف (د-21)", ["A/RES/2200(XXI)"]),
    ("1514 (د-15)", ["A/RES/1514(XV)"]),
    ("3 (دإ-4)", ["A/RES/3(S-IV)"]),
    # special and emergency special sessions printed bare: resolution S-24/2, ES-10/13号决议
    ("resolution S-24/2", ["A/RES/S-24/2"]),
    ("ES-10/13", ["A/RES/ES-10/13"]),
    ("دإط-10/13", ["A/RES/ES-10/13"]),
    ("دا–23/2", ["A/RES/S-23/2"]),
    # a lettered resolution keeps its letter, as undocs.org writes it (A/RES/55/180B)
    ("resolution 75/290 A", ["A/RES/75/290A"]),
    ("第75/290 A号决议", ["A/RES/75/290A"]),
]


@pytest.mark.parametrize(("printed", "symbols"), CASES)
def test_every_printed_form_gives_one_symbol(printed, symbols):
    assert parse_symbols(printed) == symbols
    assert normalise_symbol(printed) == symbols[0]


@pytest.mark.parametrize("bad", ["", "the Council", "2022 年 7 月 21 日", "http://example.org/x"])
def test_what_is_not_a_symbol_is_refused(bad):
    with pytest.raises(SymbolError):
        normalise_symbol(bad)


def test_kind_and_number_follow_the_symbol():
    assert symbol_kind("A/RES/70/125") == "resolution"
    assert symbol_kind("E/DEC/2022/215") == "decision"
    assert symbol_kind("A/74/821") == "document"
    assert symbol_number("E/RES/2022/15") == "2022/15"
    assert symbol_number("A/RES/217(III)") == "217 (III)"
    assert symbol_number("A/74/821") is None


def test_iris_derive_from_the_symbol_and_printed_numbers():
    assert DEFAULT.work("E/RES/2022/15") == "https://w3id.org/unkg/doc/E/RES/2022/15"
    assert DEFAULT.work("A/RES/217(III)") == "https://w3id.org/unkg/doc/A/RES/217(III)"
    assert DEFAULT.expression("E/RES/2022/15", "zh") == "https://w3id.org/unkg/doc/E/RES/2022/15/zh"
    assert DEFAULT.part("E/RES/2022/15", "pre:3") == "https://w3id.org/unkg/doc/E/RES/2022/15/pre/3"
    assert DEFAULT.part("E/RES/2022/15", "op:89(a)") == "https://w3id.org/unkg/doc/E/RES/2022/15/op/89/a"
    assert DEFAULT.part("A/RES/79/1", "annex-I/op:12") == "https://w3id.org/unkg/doc/A/RES/79/1/annex-I/op/12"
    assert DEFAULT.part("E/RES/2022/15", "fn:7") == "https://w3id.org/unkg/doc/E/RES/2022/15/fn/7"
    assert DEFAULT.body("itu") == "https://w3id.org/unkg/body/itu"
    assert DEFAULT.event("igf-2021") == "https://w3id.org/unkg/event/igf-2021"
    assert DEFAULT.event_series("igf") == "https://w3id.org/unkg/event-series/igf"
    assert DEFAULT.instrument("tunis-agenda") == "https://w3id.org/unkg/instrument/tunis-agenda"
    assert DEFAULT.verb("notes-with-concern") == "https://w3id.org/unkg/verb/notes-with-concern"


def test_symbols_with_characters_iris_cannot_hold_are_percent_encoded():
    iri = DEFAULT.work("A/HRC/RES/47/16 x")
    assert " " not in iri and iri.endswith("16%20x")
    assert DEFAULT.symbol_of(iri) == "A/HRC/RES/47/16 x"


def test_the_base_is_configurable_and_checked():
    m = Minter("http://example.org/kg/")
    assert m.work("A/RES/70/125") == "http://example.org/kg/doc/A/RES/70/125"
    with pytest.raises(ValueError):
        Minter("http://example.org/kg")
