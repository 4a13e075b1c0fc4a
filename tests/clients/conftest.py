"""Standard SPARQL clients, unchanged, against a real ``unkg serve`` process on 127.0.0.1.

One read-only server over a small corpus store (E/RES/2022/15 in three languages and three more
ECOSOC resolutions of 2022), with a row cap of ``MAX_ROWS`` so a cut answer is cheap to ask for;
a second one over the same store with no YASGUI (``UNKG_YASGUI=""``), for the plain query form.
Both are started once for the whole folder and stopped by their own pid.
"""

from __future__ import annotations

import pytest

from tests.serve.conftest import build_store, corpus_files, start_server, stop_server

MAX_ROWS = 200
WORK = "https://w3id.org/unkg/doc/E/RES/2022/15"
# more rows than the cap: every triple of the store, cut at MAX_ROWS
EVERYTHING = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5000"
WORKS = "SELECT DISTINCT ?w ?id WHERE { ?w frbr:realization ?e ; dcterms:identifier ?id } ORDER BY ?id"


@pytest.fixture(scope="session")
def client_store(tmp_path_factory, corpus):
    return build_store(tmp_path_factory.mktemp("clients") / "store", corpus_files())


@pytest.fixture(scope="session")
def endpoint(client_store, tmp_path_factory):
    """The server's /sparql URL (YASGUI installed, as after ``pip install -e .`` with npm)."""
    srv = start_server(client_store, "--max-rows", str(MAX_ROWS), log=tmp_path_factory.mktemp("clients-log") / "serve.log")
    srv.endpoint = srv.url + "/sparql"
    yield srv
    stop_server(srv.process)


@pytest.fixture(scope="session")
def plain_server(client_store, tmp_path_factory):
    """The same store served with no YASGUI: / is the plain query form."""
    srv = start_server(client_store, "--max-rows", str(MAX_ROWS), log=tmp_path_factory.mktemp("clients-log") / "plain.log",
                       env={"UNKG_YASGUI": ""})
    yield srv
    stop_server(srv.process)
