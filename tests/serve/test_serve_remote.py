"""``unkg serve --store http://...``: the server answers from a SPARQL 1.1 endpoint.

A real ``oxigraph serve`` on 127.0.0.1 holds the corpus store (pushed into it), and a real
``unkg serve`` subprocess fronts it; its answers are compared with those of the server over the
embedded store. A second, empty endpoint behind a writable server takes updates, shows the row
cap and is stopped to see the server answer 502 and recover.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
from html import unescape
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest

from tests.conftest import REPO
from tests.graph.test_remote import OXIGRAPH
from tests.graph.test_remote import Server as Oxigraph
from tests.conftest import free_port
from tests.serve.conftest import start_server, stop_server
from unkg.export.push import push
from unkg.graph.stores import LocalStore, open_store
from unkg import formats
from unkg.queries import bind, list_queries

WORK = "https://w3id.org/unkg/doc/E/RES/2022/15"
PATH = "/unkg/doc/E/RES/2022/15"


def result_rows(body: bytes, fmt: str) -> list:
    if fmt == "csv":  # lossy, so pyoxigraph will not read it: a header and one line per row
        header, *rows = csv.reader(io.StringIO(body.decode()))
        assert header == ["s", "o"]
        return rows
    formats = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "tsv": ox.QueryResultsFormat.TSV}
    return list(ox.parse_query_results(body, formats[fmt]))


def start_oxigraph(tmp_path_factory) -> Oxigraph:
    if not OXIGRAPH.exists():
        pytest.fail(f"the oxigraph server binary is missing beside {sys.executable} (pip install oxigraph)")
    return Oxigraph(tmp_path_factory.mktemp("oxigraph") / "db").start()


@pytest.fixture(scope="module")
def endpoint(corpus_store, tmp_path_factory):
    """An oxigraph server holding exactly the corpus store."""
    srv = start_oxigraph(tmp_path_factory)
    push(LocalStore(corpus_store, create=False, read_only=True), open_store(srv.url))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def remote_server(endpoint, tmp_path_factory):
    """A read-only ``unkg serve`` over the endpoint, with the same limits as the local ``server``."""
    srv = start_server(endpoint.url, log=tmp_path_factory.mktemp("serve-remote-log") / "serve.log")
    yield srv
    stop_server(srv.process)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """An empty endpoint behind a writable server with tight limits: ``(endpoint, server)``."""
    oxi = start_oxigraph(tmp_path_factory)
    srv = start_server(oxi.url, "--writable", "--max-rows", "5", "--timeout", "3",
                       log=tmp_path_factory.mktemp("serve-scratch-log") / "serve.log")
    yield oxi, srv
    stop_server(srv.process)
    oxi.stop()


def ask(server, query: str, accept: str = "application/sparql-results+json, application/n-triples;q=0.9", **params):
    body = urlencode({"query": query, **params}, doseq=True).encode()
    return server.post("/sparql", body, "application/x-www-form-urlencoded", headers={"Accept": accept})


def answer(server, query: str, **params) -> tuple[int, str | None, list]:
    """``(status, truncated header, rows)``: solutions as sorted JSON bindings (blank nodes
    blanked), graphs as sorted N-Triples lines."""
    status, headers, body = ask(server, query, **params)
    if status != 200:
        return status, None, [body.decode()]
    if headers["content-type"].startswith("application/sparql-results+json"):
        data = json.loads(body)
        if "boolean" in data:
            return status, None, [data["boolean"]]
        rows = [json.dumps({v: ({**t, "value": "_"} if t["type"] == "bnode" else t) for v, t in b.items()}, sort_keys=True)
                for b in data["results"]["bindings"]]
    else:
        rows = [line for line in body.decode().splitlines() if line.strip()]
    return status, headers.get("unkg-results-truncated"), sorted(rows)


def test_the_query_library_gives_the_same_rows_as_the_local_server(server, remote_server):
    answered = 0
    for q in list_queries():
        text = bind(q)
        here, there = answer(server, text), answer(remote_server, text)
        assert here == there, q.name
        answered += here[0] == 200 and len(here[2]) > 0
    assert answered >= 10


def test_dataset_parameters_are_forwarded(server, remote_server):
    graph = next(g for g in LocalStore(server.store, create=False, read_only=True).graphs() if "/E/RES/2022/15/en/" in g)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    whole = answer(remote_server, query)
    one = answer(remote_server, query, **{"default-graph-uri": graph})
    assert one == answer(server, query, **{"default-graph-uri": graph})
    assert 0 < int(json.loads(one[2][0])["n"]["value"]) < int(json.loads(whole[2][0])["n"]["value"])
    named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert answer(remote_server, named, **{"named-graph-uri": graph}) == one


def test_a_work_page_lists_its_paragraphs(server, remote_server):
    status, headers, body = remote_server.get(PATH + "?lang=zh", headers={"Accept": "text/html"})
    assert status == 200 and headers["content-type"].startswith("text/html")
    html = unescape(body.decode())
    assert '<html lang="zh"' in html
    ids = re.findall(r'data-iri="(https://w3id.org/unkg/doc/E/RES/2022/15/(?:pre|op)/[^"]+)"', html)
    _, _, local = server.get(PATH + "?lang=zh", headers={"Accept": "text/html"})
    assert len(ids) > 30 and ids == re.findall(r'data-iri="(https://w3id.org/unkg/doc/E/RES/2022/15/(?:pre|op)/[^"]+)"', local.decode())
    store = LocalStore(server.store, create=False, read_only=True)
    texts = [r["t"].value for r in store.query(
        f"SELECT DISTINCT ?t WHERE {{ ?p dcterms:isPartOf <{WORK}> ; a unkg:OperativeParagraph ; unkg:text ?t FILTER(LANG(?t) = 'zh') }}")]
    assert len(texts) > 20 and all(t in html for t in texts)


def test_an_iri_dereferences_to_the_same_turtle(server, remote_server):
    def triples(srv) -> set[str]:
        status, headers, body = srv.get(PATH, headers={"Accept": "text/turtle"})
        assert status == 200 and headers["content-type"].startswith("text/turtle")
        return {str(t) for t in ox.parse(body, ox.RdfFormat.TURTLE)}

    there = triples(remote_server)
    assert f'<{WORK}> <http://purl.org/dc/terms/identifier> "E/RES/2022/15"' in there
    assert len(there) > 1000 and there == triples(server)


def test_a_view_answers_html_with_the_same_nodes(server, remote_server):
    def nodes(srv) -> list[str]:
        status, headers, body = srv.get("/views/citations?iri=E/RES/2022/15")  # the work's citations, in and out
        assert status == 200 and headers["content-type"].startswith("text/html")
        data = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", body.decode(), re.S)
        return sorted(n["id"] for n in json.loads(data.group(1)))

    there = nodes(remote_server)
    assert WORK in there and there == nodes(server)


def test_the_endpoints_refusals_keep_their_status_and_the_askers_line_numbers(remote_server):
    status, _, body = ask(remote_server, "SELECT ?s WHERE { ?s ?p }")
    message = body.decode().strip()
    assert status == 400 and "\n" not in message
    assert message.startswith("the SPARQL endpoint refused the request") and "at 1:" in message  # not after the PREFIX lines sent
    status, _, _ = remote_server.post("/update", b"update=CLEAR+ALL", "application/x-www-form-urlencoded")
    assert status == 403  # read-only: nothing reaches the endpoint


def test_a_writable_server_forwards_updates_and_caps_what_it_reads(scratch):
    _, srv = scratch
    data = " ".join(f"<urn:unkg-test:s{i}> <urn:unkg-test:p> {i} ." for i in range(8))
    status, _, body = srv.post("/update", f"INSERT DATA {{ GRAPH <urn:unkg-test:g> {{ {data} }} }}".encode(), "application/sparql-update")
    assert status == 200, body
    select = "SELECT ?s ?o WHERE { ?s <urn:unkg-test:p> ?o }"
    for fmt in ("json", "xml", "csv", "tsv"):
        status, headers, body = srv.get("/sparql?" + urlencode({"query": select, "format": fmt}))
        assert status == 200 and headers["content-type"] == formats.get(fmt).content_type
        assert headers["unkg-results-truncated"] == "5"
        assert len(result_rows(body, fmt)) == 5, fmt
    construct = "CONSTRUCT { ?s <urn:unkg-test:p> ?o } WHERE { ?s <urn:unkg-test:p> ?o }"
    for fmt, parse_as in (("ttl", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD)):
        status, headers, body = srv.get("/sparql?" + urlencode({"query": construct, "format": fmt}))
        assert status == 200 and headers["unkg-results-truncated"] == "5"
        assert len(list(ox.parse(body, parse_as))) == 5, fmt
    status, _, body = srv.get("/sparql?" + urlencode({"query": "ASK { <urn:unkg-test:s7> ?p 7 }", "format": "json"}))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_slow_or_stopped_endpoint_is_a_timeout_or_a_bad_gateway_until_it_is_back(scratch):
    oxi, srv = scratch
    # 10^9 rows to count: the worker's deadline (--timeout 3) ends it, not the endpoint
    values = " ".join(str(i) for i in range(1000))
    slow = f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{ {values} }} VALUES ?b {{ {values} }} VALUES ?c {{ {values} }} FILTER(?a + ?b + ?c < 0) }}"
    started = time.monotonic()
    status, _, body = srv.get("/sparql?" + urlencode({"query": slow}))
    assert status == 503 and time.monotonic() - started < 10, body
    oxi.proc.kill()  # a hard stop: the endpoint is still counting
    oxi.proc.wait(10)
    for path in ("/sparql?" + urlencode({"query": "ASK {}"}), PATH + "?lang=en", "/views/citations"):
        status, _, body = srv.get(path, headers={"Accept": "text/html"} if not path.startswith("/sparql") else None)
        message = body.decode().strip()
        assert status == 502, path
        assert "\n" not in message and message.startswith("Bad gateway: ") and oxi.url in message
    oxi.start()  # the same port again: the server needs no restart
    status, _, body = srv.get("/sparql?" + urlencode({"query": "ASK { ?s <urn:unkg-test:p> ?o }", "format": "json"}))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_an_endpoint_that_is_down_at_startup_stops_the_server_with_one_line():
    url = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    r = subprocess.run([sys.executable, "-m", "unkg.cli", "serve", "--store", url, "--port", str(free_port()), "--workers", "1"],
                       capture_output=True, text=True, cwd=REPO, timeout=120)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"unkg: error: {url}: ") and "cannot reach" in lines[0], r.stderr
