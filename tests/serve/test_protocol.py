"""The SPARQL 1.1 Protocol endpoint (https://www.w3.org/TR/sparql11-protocol/) of ``unkg serve``,
over HTTP against a real server process and a store built from real UN resolutions."""

from __future__ import annotations

import csv
import io
import json
import time
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.serve.conftest import request

WORK = "https://w3id.org/unkg/doc/E/RES/2022/15"
TITLES = f'SELECT ?lang ?title WHERE {{ <{WORK}> dcterms:title ?title BIND(LANG(?title) AS ?lang) }} ORDER BY ?lang'
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def rows(body: bytes, fmt: str) -> list[dict[str, str]]:
    if fmt == "csv":  # pyoxigraph will not read CSV results (lossy): the csv module does
        return [{k: v for k, v in r.items() if v != ""} for r in csv.DictReader(io.StringIO(body.decode("utf-8"), newline=""))]
    parsed = ox.parse_query_results(io.BytesIO(body), RESULT_FORMATS[fmt])
    names = [v.value for v in parsed.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in parsed]


def titles_in_store(store_path) -> list[dict[str, str]]:
    from unkg.graph.stores import LocalStore

    store = LocalStore(store_path, create=False, read_only=True)
    return [{"lang": s["lang"].value, "title": s["title"].value} for s in store.query(TITLES)]


@pytest.mark.parametrize("fmt,accept", [
    ("json", "application/sparql-results+json"),
    ("xml", "application/sparql-results+xml"),
    ("csv", "text/csv"),
    ("tsv", "text/tab-separated-values"),
])
def test_get_query_answers_in_the_negotiated_format(server, fmt, accept):
    status, headers, body = server.get("/sparql?" + urlencode({"query": TITLES}), headers={"Accept": accept})
    assert status == 200, body
    assert headers["content-type"].startswith(accept)
    got = rows(body, fmt)
    assert got == titles_in_store(server.store)
    assert {r["lang"] for r in got} == {"en", "zh", "fr"}


def test_format_parameter_overrides_accept(server):
    status, headers, body = server.get("/sparql?" + urlencode({"query": TITLES, "format": "csv"}), headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert body.decode().splitlines()[0] == "lang,title"


def test_post_form_and_direct_body_give_the_same_answer(server):
    _, _, via_get = server.get("/sparql?" + urlencode({"query": TITLES}))
    s1, _, via_form = server.post("/sparql", urlencode({"query": TITLES}).encode(), "application/x-www-form-urlencoded")
    s2, _, via_body = server.post("/sparql", TITLES.encode(), "application/sparql-query")
    assert s1 == s2 == 200
    assert rows(via_get, "json") == rows(via_form, "json") == rows(via_body, "json") != []


def test_ask_answers_a_boolean(server):
    status, _, body = server.get("/sparql?" + urlencode({"query": f"ASK {{ <{WORK}> a unkg:Resolution }}"}))
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


def test_construct_as_turtle_and_json_ld(server):
    q = f"CONSTRUCT {{ <{WORK}> dcterms:title ?t }} WHERE {{ <{WORK}> dcterms:title ?t }}"
    status, headers, ttl = server.post("/sparql", q.encode(), "application/sparql-query", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    g_ttl = rdflib.Graph().parse(data=ttl, format="turtle")
    status, headers, jsonld = server.post("/sparql", q.encode(), "application/sparql-query", headers={"Accept": "application/ld+json"})
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    doc = json.loads(jsonld)
    assert doc["@context"]["unkg"] == "https://w3id.org/unkg/ontology#"  # compacted with the project's context
    g_ld = rdflib.Graph().parse(data=jsonld, format="json-ld")
    assert len(g_ttl) == len(g_ld) == 3
    assert isomorphic(g_ttl, g_ld)


def test_describe_answers_a_graph(server):
    status, headers, body = server.get("/sparql?" + urlencode({"query": f"DESCRIBE <{WORK}>"}))
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=body, format="turtle")
    assert (rdflib.URIRef(WORK), rdflib.URIRef("http://purl.org/dc/terms/identifier"), rdflib.Literal("E/RES/2022/15")) in g


def test_service_description_at_the_endpoint(server):
    status, headers, body = server.get("/sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=body, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = next(g.subjects(rdflib.RDF.type, sd.Service))
    assert g.value(service, sd.endpoint) == rdflib.URIRef(server.url + "/sparql")
    assert set(g.objects(service, sd.supportedLanguage)) == {sd.SPARQL11Query}  # read-only: no Update
    assert (service, sd.feature, sd.UnionDefaultGraph) in g


def test_a_browser_asking_the_endpoint_for_html_is_sent_to_the_ui(server):
    status, headers, body = server.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"})
    assert status == 200 and b"Example queries" in body  # urllib followed the 303 to /


@pytest.mark.parametrize("path", ["/sparql", "/update"])
def test_updates_are_refused_by_a_read_only_server(server, path):
    update = f'INSERT DATA {{ GRAPH <urn:x> {{ <{WORK}> dcterms:title "hijacked"@en }} }}'
    status, _, body = server.post(path, urlencode({"update": update}).encode(), "application/x-www-form-urlencoded")
    assert status == 403 and b"read-only" in body
    status, _, _ = server.post(path, update.encode(), "application/sparql-update")
    assert status == 403
    assert "hijacked" not in {r["title"] for r in titles_in_store(server.store)}


def test_malformed_query_is_a_400_naming_the_problem(server):
    status, _, body = server.get("/sparql?" + urlencode({"query": "SELECT ?x WHERE { ?x"}))
    assert status == 400 and body.startswith(b"SPARQL syntax error")


def test_unanswerable_accept_is_a_406(server):
    status, _, _ = server.get("/sparql?" + urlencode({"query": TITLES}), headers={"Accept": "image/png"})
    assert status == 406


def test_post_with_an_unknown_content_type_is_a_415(server):
    status, _, _ = server.post("/sparql", TITLES.encode(), "text/plain")
    assert status == 415


def test_cors_preflight_and_header(server):
    status, headers, _ = request(server.url + "/sparql", method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "Content-Type"})
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    _, headers, _ = server.get("/sparql?" + urlencode({"query": TITLES}), headers={"Origin": "http://example.org"})
    assert headers["access-control-allow-origin"] == "*"


def test_named_default_graph_narrows_the_dataset(server):
    from unkg.graph.iris import Minter

    DEFAULT = Minter()

    zh_graph = DEFAULT.graph("E/RES/2022/15", "zh", "akn")
    q = f"SELECT DISTINCT (LANG(?t) AS ?lang) WHERE {{ <{WORK}> dcterms:title ?t }}"
    status, _, body = server.get("/sparql?" + urlencode({"query": q, "default-graph-uri": zh_graph}))
    assert status == 200 and rows(body, "json") == [{"lang": "zh"}]


# --- limits and updates (a writable server with --max-rows 5 --timeout 2) ---------------------------


def test_results_are_capped_and_say_so(writable_server):
    q = "SELECT ?p WHERE { ?p a ?c } ORDER BY ?p"
    status, headers, body = writable_server.get("/sparql?" + urlencode({"query": q}))
    assert status == 200
    assert len(rows(body, "json")) == 5
    assert headers["unkg-results-truncated"] == "5"
    q_small = f"SELECT ?t WHERE {{ <{WORK}> dcterms:title ?t }}"
    status, headers, body = writable_server.get("/sparql?" + urlencode({"query": q_small}))
    assert len(rows(body, "json")) == 1 and "unkg-results-truncated" not in headers


def test_a_query_past_the_timeout_is_stopped_and_the_server_goes_on(writable_server):
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    status, _, body = writable_server.get("/sparql?" + urlencode({"query": endless}))
    took = time.monotonic() - started
    assert status == 503 and b"timeout" in body.lower()
    assert 2 <= took < 20
    status, _, body = writable_server.get("/sparql?" + urlencode({"query": f"ASK {{ <{WORK}> ?p ?o }}"}))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_writable_server_applies_updates(writable_server):
    graph = "urn:unkg:test:update"
    update = f'INSERT DATA {{ GRAPH <{graph}> {{ <{WORK}> rdfs:comment "noted by a test" }} }}'
    status, _, body = writable_server.post("/update", update.encode(), "application/sparql-update")
    assert status == 200, body
    q = f"SELECT ?c WHERE {{ <{WORK}> rdfs:comment ?c }}"
    _, _, body = writable_server.get("/sparql?" + urlencode({"query": q}))
    assert rows(body, "json") == [{"c": "noted by a test"}]
    status, _, _ = writable_server.post("/sparql", urlencode({"update": f"DROP GRAPH <{graph}>"}).encode(), "application/x-www-form-urlencoded")
    assert status == 200
    _, _, body = writable_server.get("/sparql?" + urlencode({"query": q}))
    assert rows(body, "json") == []
    _, _, sd = writable_server.get("/sparql", headers={"Accept": "text/turtle"})
    assert b"SPARQL11Update" in sd


def test_a_request_waiting_on_busy_workers_is_refused_at_its_deadline(writable_server):
    """One worker (the fixture's --workers 1), held by an endless query: the next request gets a
    503 when its own deadline passes instead of queueing without end, and the server recovers."""
    import threading

    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    first: list[int] = []
    t = threading.Thread(target=lambda: first.append(writable_server.get("/sparql?" + urlencode({"query": endless}))[0]))
    t.start()
    time.sleep(0.3)
    asked = time.monotonic()
    status, _, body = writable_server.get("/sparql?" + urlencode({"query": f"ASK {{ <{WORK}> ?p ?o }}"}))
    waited = time.monotonic() - asked
    t.join(30)
    assert first == [503]
    # never queued past its own 2 s deadline: refused as busy, or served by the worker that
    # replaced the stopped one when that came up first (a quiet machine spawns it in time)
    assert waited < 2.0 + 1.5
    if status == 503:
        assert b"busy" in body
    else:
        assert status == 200 and waited > 1.0, (status, waited)
    status, _, body = writable_server.get("/sparql?" + urlencode({"query": f"ASK {{ <{WORK}> ?p ?o }}"}))
    assert status == 200 and json.loads(body)["boolean"] is True
