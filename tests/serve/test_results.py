"""The row-capped result writers against pyoxigraph's own serialisers, on real query results:
what the server writes must parse back to exactly what the store answered."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest

from unkg.graph.stores import LocalStore
from unkg.serve.results import write_boolean, write_solutions

QUERY = """SELECT ?p ?n ?text ?cls WHERE {
  ?p dcterms:isPartOf <https://w3id.org/unkg/doc/E/RES/2022/15> ; a ?cls ; unkg:position ?n .
  OPTIONAL { ?p unkg:text ?text }
} ORDER BY ?n ?p ?text"""
FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "tsv": ox.QueryResultsFormat.TSV}


def solutions(store, query=QUERY):
    result = store.query(query)
    return [v.value for v in result.variables], result


def parsed(body: bytes, fmt: str) -> list[tuple]:
    res = ox.parse_query_results(io.BytesIO(body), FORMATS[fmt])
    names = [v.value for v in res.variables]
    return [tuple(s[n] for n in names) for s in res]


@pytest.fixture(scope="module")
def store(corpus_store):
    return LocalStore(corpus_store, create=False, read_only=True)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_written_results_parse_back_to_the_store_answer(store, fmt):
    names, result = solutions(store)
    expected = [tuple(s[n] for n in names) for s in store.query(QUERY)]
    assert len(expected) > 100 and any(t[2] is not None and t[2].language == "zh" for t in expected)
    body, count, truncated = write_solutions(names, result, fmt, max_rows=100000)
    assert (count, truncated) == (len(expected), False)
    assert parsed(body, fmt) == expected
    # and pyoxigraph's own serialiser, parsed the same way, agrees
    out = io.BytesIO()
    store.query(QUERY).serialize(out, FORMATS[fmt])
    assert parsed(out.getvalue(), fmt) == expected


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_cap_cuts_at_max_rows(store, fmt):
    names, result = solutions(store)
    body, count, truncated = write_solutions(names, result, fmt, max_rows=7)
    assert count == 7 and truncated
    assert parsed(body, fmt) == [tuple(s[n] for n in names) for s in store.query(QUERY)][:7]


def test_csv_writes_plain_values_with_crlf(store):
    q = "SELECT ?t WHERE { <https://w3id.org/unkg/doc/E/RES/2022/15> dcterms:title ?t } ORDER BY ?t"
    names, result = solutions(store, q)
    body, count, _ = write_solutions(names, result, "csv", max_rows=10)
    text = body.decode()
    assert text.startswith("t\r\n") and text.endswith("\r\n") and count == 3
    values = [row[0] for row in csv.reader(io.StringIO(text, newline=""))][1:]
    assert values == [s["t"].value for s in store.query(q)]  # lexical forms: no quotes, no language tags


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("value", [True, False])
def test_ask_results_parse_back(fmt, value):
    assert bool(ox.parse_query_results(io.BytesIO(write_boolean(value, fmt)), FORMATS[fmt])) is value
