"""Every failure is a status and one line (DESIGN.md §9): each way a request can go wrong, the
status it gets and the line that says why, found in the route, in the store's worker, or by
content negotiation. Asked in-process; a timeout and a dying worker are in ``test_server_process``."""

from __future__ import annotations

import pytest

WORK_PATH = "/unkg/doc/E/RES/2022/15"
ASK = "ASK {}"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
WRITE_FORM = {**FORM, "X-Unkg-Write": "1"}  # a form update from a client that is no web page (unkg.serve.guard)
NOT_ACCEPTABLE = (
    "cannot answer with any of Accept: image/png; this resource is available as application/json, application/ld+json, "
    "application/n-triples, application/rdf+xml, application/turtle, application/x-turtle, application/xhtml+xml, "
    "application/xml, text/html, text/n3, text/plain, text/rdf+n3, text/turtle, text/xml"
)

# (name, method, path, request keywords, status, the line or its start ...)
READ_ONLY = [
    ("two queries", "GET", "/sparql", {"params": [("query", ASK), ("query", ASK)]}, 400, "give one query parameter, not 2"),
    ("body too large", "POST", "/sparql", {"content": b"x" * 1_000_001, "headers": {"Content-Type": "application/sparql-query"}},
     413, "request body over 1000000 bytes"),
    ("unknown content type", "POST", "/sparql", {"content": ASK, "headers": {"Content-Type": "text/plain"}}, 415,
     "POST needs Content-Type application/x-www-form-urlencoded, application/sparql-query or application/sparql-update, not text/plain"),
    ("update by GET", "GET", "/sparql", {"params": {"update": "CLEAR ALL"}}, 405, "SPARQL Update needs POST"),
    ("query and update", "POST", "/sparql", {"content": "query=ASK+%7B%7D&update=CLEAR+ALL", "headers": FORM}, 400,
     "give either query or update, not both"),
    ("empty post", "POST", "/sparql", {"content": "", "headers": FORM}, 400, "POST to /sparql needs a query or update (SPARQL 1.1 Protocol §2.1)"),
    ("update route without update", "POST", "/update", {"content": "query=ASK+%7B%7D", "headers": FORM}, 400,
     "POST to /update needs an update (update= form field or an application/sparql-update body)"),
    ("service description as png", "GET", "/sparql", {"headers": {"Accept": "image/png"}}, 406, NOT_ACCEPTABLE),
    ("unknown format", "GET", "/sparql", {"params": {"query": ASK, "format": "yaml"}}, 406,
     "unknown format 'yaml': use json, xml, csv, tsv, ttl, jsonld, nt, rdfxml or html"),
    ("syntax error", "GET", "/sparql", {"params": {"query": "SELECT ?x WHERE { ?x"}}, 400, "SPARQL syntax error: error at 1:21: expected one of"),
    ("default graph not an IRI", "GET", "/sparql", {"params": {"query": ASK, "default-graph-uri": "not an iri"}}, 400,
     "Invalid IRI code point ' '"),
    ("graph result as PNG only", "GET", "/sparql", {"params": {"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"}, "headers": {"Accept": "image/png"}},
     406, "cannot answer with any of Accept: image/png; this resource is available as application/json, application/ld+json, "),
    ("read-only update", "POST", "/update", {"content": "update=CLEAR+ALL", "headers": FORM}, 403,
     "this endpoint is read-only: start it with 'unkg serve --writable' to allow SPARQL Update"),
    ("unknown view", "GET", "/views/nope", {}, 404, "unknown view 'nope': use citations, bodies, ego, timeline"),
    ("hops out of range", "GET", "/views/ego", {"params": {"hops": "9"}}, 400, "hops must be a whole number from 1 to 4"),
    ("ego without an IRI", "GET", "/views/ego", {}, 400, "view 'ego': the ego view needs an IRI (the node to centre on)"),
    ("ego of no symbol", "GET", "/views/ego", {"params": {"iri": "no such thing"}}, 400, "view 'ego': not an IRI or a UN document symbol: 'no such thing'"),
    ("unknown IRI", "GET", "/unkg/doc/E/RES/1999/999", {"headers": {"Accept": "text/turtle"}}, 404,
     "the store says nothing about https://w3id.org/unkg/doc/E/RES/1999/999"),
    ("IRI as png", "GET", WORK_PATH, {"headers": {"Accept": "image/png"}}, 406, NOT_ACCEPTABLE),
    ("ontology as png", "GET", "/unkg/ontology", {"headers": {"Accept": "image/png"}}, 406, NOT_ACCEPTABLE),
]
WRITABLE = [
    ("using-graph-uri", "POST", "/update", {"content": "update=CLEAR+ALL&using-graph-uri=urn%3Ax", "headers": WRITE_FORM}, 400,
     "using-graph-uri and using-named-graph-uri are not supported: write USING / WITH in the update"),
    ("update syntax error", "POST", "/update", {"content": "update=INSERT+NOTHING", "headers": WRITE_FORM}, 400, "SPARQL syntax error: error at 1:12: expected DATA"),
]


def check(client, method, path, kwargs, status, line):
    r = client.request(method, path, **kwargs)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/plain")
    assert r.text.endswith("\n") and "\n" not in r.text[:-1]  # one line
    assert r.text.startswith(line)


@pytest.mark.parametrize("method,path,kwargs,status,line", [case[1:] for case in READ_ONLY], ids=[case[0] for case in READ_ONLY])
def test_a_read_only_server_answers_each_failure_with_its_status_and_one_line(client, method, path, kwargs, status, line):
    check(client, method, path, kwargs, status, line)


@pytest.mark.parametrize("method,path,kwargs,status,line", [case[1:] for case in WRITABLE], ids=[case[0] for case in WRITABLE])
def test_a_writable_server_answers_each_failure_with_its_status_and_one_line(writable_client, method, path, kwargs, status, line):
    check(writable_client, method, path, kwargs, status, line)


def test_a_method_a_route_does_not_take_is_a_405(client):
    assert client.get("/update").status_code == 405
    assert client.post(WORK_PATH).status_code == 405


def test_an_unknown_iri_asked_by_a_browser_is_a_404_page(client):
    r = client.get("/unkg/doc/E/RES/1999/999", headers={"Accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "<title>Not found</title>" in r.text and "The store says nothing about https://w3id.org/unkg/doc/E/RES/1999/999." in r.text
