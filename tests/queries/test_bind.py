"""Parameter binding cannot change a query's shape: values become single, typed RDF terms."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from unkg.queries import LABEL_LANGUAGES, Param, Query, QueryError, _term, bind, list_queries, load

HOSTILE = [
    '"} ; DROP ALL ; {',
    "<x> ?p ?o",
    '" . ?s ?p ?o . FILTER(true) #',
    "it's \"quoted\" \\ backslashed",
    "line one\nline two\r\n} UNION { ?s ?p ?o }",
    "VALUES ?lang { \"en\" }",
    "\u2028\u0000 control",
]


def _block_values(block: str, name: str) -> list[ox.Literal | ox.NamedNode]:
    """The terms a VALUES block holds, as the SPARQL engine reads them."""
    rows = list(ox.Store().query(f"SELECT ?{name} WHERE {{ {block} }}"))
    return [r[name] for r in rows]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("name,param", [("paragraphs-on-topic", "topic"), ("body-mentions", "body")])
def test_hostile_string_is_one_literal_and_nothing_else_changes(name, param, value):
    q = load(name)
    p = q.param(param)
    bound = bind(q, {param: value})
    default = _term(q, p, p.default)
    default = f"VALUES ?{param} {{ {default} }}"
    start = q.text.index(default)
    # everything outside the VALUES block is the file's text, byte for byte
    assert bound[:start] == q.text[:start]
    tail = q.text[start + len(default):]
    assert bound.endswith(tail)
    block = bound[start : len(bound) - len(tail)]
    # and the block holds the value and nothing else: one plain literal, or one per language for a label
    terms = _block_values(block, param)
    if p.type == "label":
        assert terms == [ox.Literal(value, language=tag) for tag in LABEL_LANGUAGES]
    else:
        assert terms == [ox.Literal(value)]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_run_and_change_nothing(store, value):
    before = len(store)
    rows = list(store.query(bind("paragraphs-on-topic", {"topic": value})))
    assert rows == []
    assert len(store) == before


@pytest.mark.parametrize("value", HOSTILE + ["", "12", "70/125/x"])
def test_hostile_symbols_are_refused(value):
    with pytest.raises(QueryError, match="parameter symbol"):
        bind("citing-works", {"symbol": value})


@pytest.mark.parametrize("value", HOSTILE + ["", "e", "english", "en_US"])
def test_hostile_language_tags_are_refused(value):
    with pytest.raises(QueryError, match="parameter lang"):
        bind("works", {"lang": value})


@pytest.mark.parametrize("value", HOSTILE + ["", "9.5", "nine", "1e3", True])
def test_hostile_integers_are_refused(value):
    with pytest.raises(QueryError, match="parameter goal"):
        bind("resolutions-by-sdg", {"goal": value})


def test_iri_parameters_take_only_iris():
    q = Query("t", "t", "", (Param("node", "iri", "urn:x:a", ""),), "SELECT * WHERE { VALUES ?node { <urn:x:a> } ?node ?p ?o }")
    assert "VALUES ?node { <https://example.org/b> }" in bind(q, {"node": "https://example.org/b"})
    for value in ["<x> ?p ?o", "x", "http://x/a b", "http://x/a>b", "http://x/} ; DROP ALL ; {"]:
        with pytest.raises(QueryError, match="parameter node"):
            bind(q, {"node": value})


def test_symbols_are_normalised_and_types_kept():
    text = bind("citing-works", {"symbol": "resolution 70/125"})
    assert 'VALUES ?symbol { "A/RES/70/125" }' in text
    text = bind("resolutions-by-sdg", {"goal": "17"})
    assert 'VALUES ?goal { "17"^^<http://www.w3.org/2001/XMLSchema#integer> }' in text


def test_several_values_match_any():
    text = bind("works", {"lang": ["en", "fr", "en"]})
    assert 'VALUES ?lang { "en" "fr" }' in text


def test_unknown_names_are_one_line_errors():
    with pytest.raises(QueryError, match="no library query named 'nope'"):
        load("nope")
    with pytest.raises(QueryError, match="has no parameter 'colour'.*symbol, lang"):
        bind("citing-works", {"colour": "red"})


def test_defaults_reproduce_the_file():
    for q in list_queries():
        assert bind(q, {p.name: p.default for p in q.params}) == q.text, q.name


def test_a_page_moves_the_rows_a_query_picks():
    q = load("co-mentioned-bodies")
    assert "OFFSET 0 LIMIT 100" in q.text and "OFFSET 99 LIMIT 1" in q.text
    third = bind(q, {"page": 3})
    assert "OFFSET 200 LIMIT 100" in third and "OFFSET 299 LIMIT 1" in third
    assert "OFFSET 0 LIMIT 100" not in third and "OFFSET 99 LIMIT 1" not in third
    assert bind(q, {"page": "1"}) == q.text
    for bad in (0, -1, "2.5", "1e3", "x", True, [1, 2], "} DELETE { ?s ?p ?o }"):
        with pytest.raises(QueryError, match="page"):
            bind(q, {"page": bad})
