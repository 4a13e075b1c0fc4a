"""The SPARQL 1.1 Protocol endpoint (https://www.w3.org/TR/sparql11-protocol/) of ``unkg serve``,
asked in-process (Starlette's TestClient) over a store built from real UN resolutions. The query
timeout and a full worker pool need a server process: ``test_server_process``."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

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
def test_get_query_answers_in_the_negotiated_format(client, fmt, accept):
    r = client.get("/sparql", params={"query": TITLES}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(accept)
    got = rows(r.content, fmt)
    assert got == titles_in_store(client.store)
    assert {r["lang"] for r in got} == {"en", "zh", "fr"}


def test_format_parameter_overrides_accept(client):
    r = client.get("/sparql", params={"query": TITLES, "format": "csv"}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines()[0] == "lang,title"


def test_post_form_and_direct_body_give_the_same_answer(client):
    via_get = client.get("/sparql", params={"query": TITLES})
    via_form = client.post("/sparql", content=urlencode({"query": TITLES}), headers={"Content-Type": "application/x-www-form-urlencoded"})
    via_body = client.post("/sparql", content=TITLES.encode(), headers={"Content-Type": "application/sparql-query"})
    assert via_form.status_code == via_body.status_code == 200
    assert rows(via_get.content, "json") == rows(via_form.content, "json") == rows(via_body.content, "json") != []


def test_ask_answers_a_boolean(client):
    r = client.get("/sparql", params={"query": f"ASK {{ <{WORK}> a unkg:Resolution }}"})
    assert r.status_code == 200 and json.loads(r.content) == {"head": {}, "boolean": True}


def test_construct_as_turtle_and_json_ld(client):
    q = f"CONSTRUCT {{ <{WORK}> dcterms:title ?t }} WHERE {{ <{WORK}> dcterms:title ?t }}"
    r = client.post("/sparql", content=q.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g_ttl = rdflib.Graph().parse(data=r.content, format="turtle")
    r = client.post("/sparql", content=q.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    doc = json.loads(r.content)
    assert doc["@context"]["unkg"] == "https://w3id.org/unkg/ontology#"  # compacted with the project's context
    g_ld = rdflib.Graph().parse(data=r.content, format="json-ld")
    assert len(g_ttl) == len(g_ld) == 3
    assert isomorphic(g_ttl, g_ld)


def test_describe_answers_a_graph(client):
    r = client.get("/sparql", params={"query": f"DESCRIBE <{WORK}>"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.content, format="turtle")
    assert (rdflib.URIRef(WORK), rdflib.URIRef("http://purl.org/dc/terms/identifier"), rdflib.Literal("E/RES/2022/15")) in g


def test_service_description_at_the_endpoint(client):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.content, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = next(g.subjects(rdflib.RDF.type, sd.Service))
    assert g.value(service, sd.endpoint) == rdflib.URIRef(f"{client.base_url}/sparql")
    assert set(g.objects(service, sd.supportedLanguage)) == {sd.SPARQL11Query}  # read-only: no Update
    assert (service, sd.feature, sd.UnionDefaultGraph) in g


def test_a_browser_asking_the_endpoint_for_html_is_sent_to_the_ui(client):
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"})
    assert r.status_code == 200 and b"Example queries" in r.content  # the 303, followed to /


@pytest.mark.parametrize("path", ["/sparql", "/update"])
def test_updates_are_refused_by_a_read_only_server(client, path):
    update = f'INSERT DATA {{ GRAPH <urn:x> {{ <{WORK}> dcterms:title "hijacked"@en }} }}'
    r = client.post(path, content=urlencode({"update": update}), headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 403 and b"read-only" in r.content
    r = client.post(path, content=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403
    assert "hijacked" not in {r["title"] for r in titles_in_store(client.store)}


def test_malformed_query_is_a_400_naming_the_problem(client):
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x"})
    assert r.status_code == 400 and r.content.startswith(b"SPARQL syntax error")


def test_unanswerable_accept_is_a_406(client):
    r = client.get("/sparql", params={"query": TITLES}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_post_with_an_unknown_content_type_is_a_415(client):
    r = client.post("/sparql", content=TITLES.encode(), headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_cors_preflight_and_header(client):
    r = client.options("/sparql", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "Content-Type"})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
    r = client.get("/sparql", params={"query": TITLES}, headers={"Origin": "http://example.org"})
    assert r.headers["access-control-allow-origin"] == "*"


def test_named_default_graph_narrows_the_dataset(client):
    from unkg.graph.iris import Minter

    DEFAULT = Minter()

    zh_graph = DEFAULT.graph("E/RES/2022/15", "zh", "akn")
    q = f"SELECT DISTINCT (LANG(?t) AS ?lang) WHERE {{ <{WORK}> dcterms:title ?t }}"
    r = client.get("/sparql", params={"query": q, "default-graph-uri": zh_graph})
    assert r.status_code == 200 and rows(r.content, "json") == [{"lang": "zh"}]


# --- limits and updates (a writable app with 5 rows and 2 s) -------------------------------------


def test_results_are_capped_and_say_so(writable_client):
    q = "SELECT ?p WHERE { ?p a ?c } ORDER BY ?p"
    r = writable_client.get("/sparql", params={"query": q})
    assert r.status_code == 200
    assert len(rows(r.content, "json")) == 5
    assert r.headers["unkg-results-truncated"] == "5"
    q_small = f"SELECT ?t WHERE {{ <{WORK}> dcterms:title ?t }}"
    r = writable_client.get("/sparql", params={"query": q_small})
    assert len(rows(r.content, "json")) == 1 and "unkg-results-truncated" not in r.headers


def test_a_writable_server_applies_updates(writable_client):
    graph = "urn:unkg:test:update"
    update = f'INSERT DATA {{ GRAPH <{graph}> {{ <{WORK}> rdfs:comment "noted by a test" }} }}'
    r = writable_client.post("/update", content=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 200, r.text
    q = f"SELECT ?c WHERE {{ <{WORK}> rdfs:comment ?c }}"
    r = writable_client.get("/sparql", params={"query": q})
    assert rows(r.content, "json") == [{"c": "noted by a test"}]
    r = writable_client.post("/sparql", content=urlencode({"update": f"DROP GRAPH <{graph}>"}),
                              headers={"Content-Type": "application/x-www-form-urlencoded", "X-Unkg-Write": "1"})
    assert r.status_code == 200
    r = writable_client.get("/sparql", params={"query": q})
    assert rows(r.content, "json") == []
    r = writable_client.get("/sparql", headers={"Accept": "text/turtle"})
    assert b"SPARQL11Update" in r.content
