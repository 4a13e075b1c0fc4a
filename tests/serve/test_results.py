"""The row-capped result writers against pyoxigraph's own serialisers, on real query results:
what the server writes must parse back to exactly what the store answered."""

from __future__ import annotations

import csv
import re
import io
import json
from xml.etree import ElementTree

import pyoxigraph as ox
import pytest

from unkg.graph.stores import LocalStore
from unkg.serve.results import note_truncated_graph, truncated_link, write_boolean, write_solutions

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


def test_a_cut_answer_says_so_in_its_head_and_still_parses(store):
    """SPARQL JSON's head ``link`` and SPARQL XML's ``<link href>`` carry the note (both formats
    define them for metadata about the results); rdflib and Oxigraph read the rows as before."""
    from rdflib.query import Result

    names, _ = solutions(store)
    body, _, _ = write_solutions(names, store.query(QUERY), "json", max_rows=7)
    assert json.loads(body)["head"]["link"] == [truncated_link(7)] == ["urn:unkg:truncated:7"]
    assert len(Result.parse(io.BytesIO(body), format="json").bindings) == 7
    body, _, _ = write_solutions(names, store.query(QUERY), "xml", max_rows=7)
    head = ElementTree.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}head")
    assert [e.get("href") for e in head.iter("{http://www.w3.org/2005/sparql-results#}link")] == ["urn:unkg:truncated:7"]
    assert len(Result.parse(io.BytesIO(body), format="xml").bindings) == 7
    # an answer that was not cut has no link
    body, _, truncated = write_solutions(names, store.query(QUERY), "json", max_rows=100000)
    assert not truncated and "link" not in json.loads(body)["head"]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_carry_no_note_because_their_readers_would_break(store, fmt):
    """A comment line is a data row to a CSV reader and a syntax error to rdflib's and Oxigraph's
    TSV readers; the header (Unkg-Results-Truncated) is all these formats can carry."""
    from rdflib.query import Result

    names, _ = solutions(store)
    body, count, truncated = write_solutions(names, store.query(QUERY), fmt, max_rows=7)
    assert truncated and b"truncated" not in body
    assert len(Result.parse(io.BytesIO(body), format=fmt).bindings) == 7


@pytest.mark.parametrize("media,rdflib_format,ox_format", [
    ("text/turtle; charset=utf-8", "turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", "nt", ox.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", "xml", ox.RdfFormat.RDF_XML),
])
def test_a_cut_graph_answer_says_so_in_a_comment_every_parser_skips(store, media, rdflib_format, ox_format):
    import rdflib

    triples = list(store.match(ox.NamedNode("https://w3id.org/unkg/doc/E/RES/2022/15")))[:20]
    body = ox.serialize(triples, format=ox_format, prefixes={"dcterms": "http://purl.org/dc/terms/"} if ox_format != ox.RdfFormat.N_TRIPLES else None)
    noted = note_truncated_graph(body, media, 20)
    assert noted != body and b"unkg: truncated: this answer holds the first 20 results" in noted
    assert {q.triple for q in ox.parse(noted, format=ox_format)} == set(triples)
    assert len(rdflib.Graph().parse(data=noted, format=rdflib_format)) == len(set(triples))
    assert note_truncated_graph(b"{}", "application/ld+json", 20) == b"{}"  # JSON-LD has no comments


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


# --- the plain query form: /sparql answers a person with an HTML table -----------------------

WORKS = "SELECT ?w ?id WHERE { ?w a unkg:Resolution ; dcterms:identifier ?id } ORDER BY ?id"


def test_the_plain_form_posts_to_sparql_and_gets_a_table(client, store):
    from html import unescape

    r = client.post("/sparql", data={"query": WORKS, "format": "html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    expected = [s["id"].value for s in store.query(WORKS)]
    assert len(expected) >= 4
    cells = re.findall(r'<tr><td class="n">\d+</td><td>.*?</td><td><span>([^<]*)</span></td></tr>', html)
    assert [unescape(c) for c in cells] == expected
    assert 'href="/unkg/doc/E/RES/2022/15"' in html, "the store's IRIs link to their pages here"
    assert f"{len(expected)} rows" in html and 'id="truncated"' not in html
    assert unescape(re.search(r'<textarea id="query" name="query"[^>]*>(.*?)</textarea>', html, re.S).group(1)) == WORKS
    # the download links ask the endpoint for the same query in the SPARQL formats
    csv_link = unescape(re.search(r'<a href="(/sparql\?[^"]*format=csv)">CSV</a>', html).group(1))
    r = client.get(csv_link)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv") and r.text.count("\r\n") == len(expected) + 1


def test_a_browser_asking_sparql_gets_the_page_and_a_client_gets_json(client):
    firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert client.get("/sparql", params={"query": WORKS}, headers={"Accept": firefox}).headers["content-type"].startswith("text/html")
    for accept in ("*/*", "application/sparql-results+json,*/*;q=0.9"):
        assert client.get("/sparql", params={"query": WORKS}, headers={"Accept": accept}).headers["content-type"].startswith("application/sparql-results+json")


def test_a_bad_query_shows_the_form_again_with_its_error(client):
    r = client.post("/sparql", data={"query": "SELECT ?x WHERE { ?x", "format": "html"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert 'id="error"' in r.text and "SELECT ?x WHERE { ?x</textarea>" in r.text


def test_ask_and_construct_answer_as_tables_too(client):
    r = client.post("/sparql", data={"query": "ASK { ?s a unkg:Resolution }", "format": "html"})
    assert '<p class="boolean" id="boolean">true</p>' in r.text
    q = "CONSTRUCT { <https://w3id.org/unkg/doc/E/RES/2022/15> dcterms:title ?t } WHERE { <https://w3id.org/unkg/doc/E/RES/2022/15> dcterms:title ?t }"
    html = client.post("/sparql", data={"query": q, "format": "html"}).text
    assert "<th>subject</th><th>predicate</th><th>object</th>" in html and html.count('class="note">@') == 3
    assert ">Turtle</a>" in html and ">CSV</a>" not in html


def test_an_answer_cut_at_the_cap_says_so_on_the_page(writable_client):
    html = writable_client.post("/sparql", data={"query": "SELECT * WHERE { ?s ?p ?o }", "format": "html"}).text
    assert 'id="truncated"' in html and "cut at 5 rows" in html
    assert html.count('<td class="n">') == 5


def test_without_yasgui_the_page_is_the_plain_form_with_no_script_and_says_how_to_get_the_editor():
    from unkg.serve.app import _examples
    from unkg.serve.pages import query_page

    examples = _examples()
    html = query_page(yasgui=False, examples=examples, writable=False, max_rows=10000, timeout=30.0)
    assert "<script" not in html, "works with JavaScript off and no library installed"
    assert '<form method="post" action="/sparql" id="query-form">' in html and 'name="format" value="html"' in html
    assert 'id="full-editor"' in html and "pip install -e ." in html and "Node.js" in html
    assert len(re.findall(r'<a href="/sparql\?query=[^"]+format=html" data-name=', html)) == len(examples) > 10
    with_yasgui = query_page(yasgui=True, examples=examples, writable=False, max_rows=10000, timeout=30.0)
    assert "/static/yasgui/yasgui.min.js" in with_yasgui and 'href="/?editor=plain"' in with_yasgui
