"""The remote store against a real SPARQL server: ``oxigraph serve`` on 127.0.0.1, started here.

The same commands and the same query library run on it and on the embedded store, with the
same answers; pushing is idempotent; a stopped server fails with one line and loses nothing local.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import free_port, wait_until_answers
from tests.export.sample import sample_files, sample_store
from unkg.export.push import digest, push
from unkg.graph.stores import RemoteStore, endpoint_url
from unkg.graph.stores import StoreError, open_store
from unkg.pipeline import ingest_paths

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


class Server:
    """One ``oxigraph serve`` process on 127.0.0.1, stopped by its own pid."""

    def __init__(self, location: Path, *options: str) -> None:
        self.location = location
        self.options = options  # more of oxigraph serve's options (--union-default-graph)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/query"
        self.proc: subprocess.Popen | None = None

    def start(self) -> Server:
        self.proc = subprocess.Popen(
            [str(OXIGRAPH), "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}", *self.options],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        if wait_until_answers(f"http://127.0.0.1:{self.port}/query?query=ASK%7B%7D", self.proc, 30):
            return self
        if self.proc.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited: {self.proc.stderr.read().decode()}")
        raise RuntimeError("oxigraph serve did not start within 30 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    return sample_store(tmp_path_factory, "local")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not OXIGRAPH.exists():
        pytest.fail(f"the oxigraph server binary is missing beside {sys.executable} (pip install oxigraph)")
    srv = Server(tmp_path_factory.mktemp("oxigraph") / "db").start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def remote(server):
    """The sample, ingested straight into the server."""
    r = open_store(server.url)
    assert isinstance(r, RemoteStore)
    ingest_paths(sample_files(), r)
    return r


@pytest.fixture(scope="module")
def mirror(local, remote):
    """The server holding exactly the local store (pushed over the ingested copy, whose
    prov:generatedAtTime differs), for comparing answers."""
    push(local, remote)
    return remote


def test_store_urls_are_recognised_even_after_pathlib():
    assert endpoint_url("http://127.0.0.1:7878/query") == "http://127.0.0.1:7878/query"
    assert endpoint_url(Path("http://127.0.0.1:7878/query")) == "http://127.0.0.1:7878/query"
    assert endpoint_url("https://example.org/sparql") == "https://example.org/sparql"
    assert endpoint_url("/var/lib/unkg") is None and endpoint_url("store") is None


GENERATED_AT = "http://www.w3.org/ns/prov#generatedAtTime"


def content(quads) -> tuple[int, str]:
    """A graph's digest without the time it was generated (the two ingests ran at different times)."""
    return digest(q for q in quads if q.predicate.value != GENERATED_AT)


def test_ingest_straight_into_the_server_gives_the_same_graphs(local, remote):
    assert sorted(remote.graphs()) == sorted(local.graphs())
    for name in local.graphs():
        assert content(remote.quads(name)) == content(local.quads(name)), name
    assert remote.stats() == local.stats()


def test_the_query_library_answers_the_same(local, mirror):
    from unkg import queries

    checked = 0
    for q in queries.list_queries():
        text = queries.bind(q)
        here = local.query(text)
        there = mirror.query(text)
        if hasattr(here, "variables"):
            a = sorted(tuple(str(r[v]) for v in here.variables) for r in here)
            b = sorted(tuple(str(r[v]) for v in there.variables) for r in there)
        else:
            a, b = sorted(map(str, here)), sorted(map(str, there))
        assert a == b, q.name
        checked += 1
    assert checked >= 5


def test_construct_and_ask_come_back_as_pyoxigraph_results(remote):
    triples = remote.query("CONSTRUCT { ?w dcterms:identifier ?id } WHERE { ?w frbr:realization ?e ; dcterms:identifier ?id }")
    assert {t.object.value for t in triples} >= {"E/RES/2022/15", "A/RES/79/194"}
    assert bool(remote.query("ASK { ?p a unkg:OperativeParagraph }"))


def test_pushing_twice_changes_nothing(local, mirror, server):
    target = RemoteStore(server.url)
    name = sorted(local.graphs())[0]
    target.remove_graph(name)  # one graph missing, the rest already there: push resumes
    first = push(local, target)
    assert first.pushed == [name]
    before = {g: digest(target.quads(g)) for g in target.graphs()}
    second = push(local, target)
    assert second.pushed == [] and second.unchanged == len(before)
    assert {g: digest(target.quads(g)) for g in target.graphs()} == before


def test_push_replaces_a_graph_that_differs(local, mirror, server):
    target = RemoteStore(server.url)
    name = next(n for n in sorted(local.graphs()) if "/fr/" in n)
    target.update(f"DELETE WHERE {{ GRAPH <{name}> {{ ?p unkg:text ?t }} }}")
    assert digest(target.quads(name)) != digest(local.quads(name))
    summary = push(local, target)
    assert summary.pushed == [name]
    assert digest(target.quads(name)) == digest(local.quads(name))


def test_cli_query_and_stats_run_on_the_server(remote, server):
    exe = Path(sys.executable).with_name("unkg")
    r = subprocess.run([str(exe), "query", "--store", server.url, "-f", "csv",
                        "SELECT DISTINCT ?id WHERE { ?w frbr:realization ?e ; dcterms:identifier ?id } ORDER BY ?id"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["id", "A/RES/79/194", "E/RES/2022/15"]


def test_a_stopped_server_fails_with_one_line_and_nothing_local_is_lost(local, tmp_path):
    srv = Server(tmp_path / "db").start()
    url = srv.url
    RemoteStore(url)  # reachable while it runs
    srv.stop()
    with pytest.raises(StoreError, match=r"^http://127\.0\.0\.1:\d+/query: cannot reach the SPARQL endpoint"):
        RemoteStore(url)
    before = len(local)
    exe = Path(sys.executable).with_name("unkg")
    for args in (["stats", "--store", url], ["push", "--store", str(local.path), "--to", url],
                 ["ingest", "--store", url, str(sample_files()[0])]):
        r = subprocess.run([str(exe), *args], capture_output=True, text=True)
        lines = [line for line in r.stderr.splitlines() if line.strip()]
        assert r.returncode != 0 and len(lines) == 1 and lines[0].startswith("unkg: error: "), (args, r.stderr)
        assert "cannot reach the SPARQL endpoint" in lines[0]
    assert len(local) == before


def test_regression_a_comment_saying_addressee_is_not_an_add_update(mirror):
    """SPARQLWrapper read the word "addressee" in a query's comment as the ADD update form and
    posted the query to the update endpoint; the query form is now found outside comments."""
    from unkg.graph.stores.remote import query_form

    assert query_form("# what is asked of an addressee\nSELECT * WHERE { ?s ?p ?o }") == "SELECT"
    assert query_form('PREFIX x: <http://e/SELECT#>\nCONSTRUCT { ?s ?p "ASK" } WHERE { ?s ?p ?o }') == "CONSTRUCT"
    rows = list(mirror.query("# what is asked of an addressee\nSELECT (COUNT(*) AS ?n) WHERE { ?p a unkg:OperativeParagraph }"))
    assert int(rows[0]["n"].value) > 0


def test_unkg_store_environment_variable_names_the_endpoint(mirror, server):
    import os

    exe = Path(sys.executable).with_name("unkg")
    r = subprocess.run([str(exe), "stats"], capture_output=True, text=True, env={**os.environ, "UNKG_STORE": server.url})
    assert r.returncode == 0, r.stderr
    assert server.url in r.stdout and "language versions" in r.stdout


def test_a_remote_stores_lineage_index_lives_in_the_users_cache(remote, user_cache):
    """Ingest into a server keeps its near-duplicate index in the user's cache, never in a folder
    named after the URL in the directory the command ran in."""
    from unkg.lineage.index import index_path

    where = index_path(remote)
    assert where.exists() and where.is_relative_to(user_cache)
    assert not Path("http:").exists()


def test_a_malformed_query_is_refused_with_the_line_as_the_user_wrote_it(remote):
    """The server's 400 becomes QueryRefused, its position shifted back past the predeclared prefixes."""
    from unkg.graph.stores.remote import QueryRefused

    with pytest.raises(QueryRefused, match=r"HTTP 400 Bad Request: .*\b(at |line )2[:,]") as err:
        remote.query("SELECT ?s\nWHERE { ?s ?p }")
    assert "\n" not in str(err.value)
