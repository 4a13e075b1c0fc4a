"""docs/loading-elsewhere.md, tried: an export loaded into another store answers the query
library the same, once that store's default graph is the union of the named graphs.

Oxigraph's own server (the ``oxigraph`` package): ``oxigraph load`` of the N-Quads export, then
``oxigraph serve --union-default-graph`` (the flag the docs name, checked against
``oxigraph serve --help``). The queries go over plain HTTP with no dataset parameters, as any
client would send them.
"""

from __future__ import annotations

import json
import subprocess
import urllib.parse
import urllib.request

import pytest

from tests.export.sample import sample_store
from tests.graph.test_remote import OXIGRAPH, Server
from unkg.export.formats import export
from unkg.queries import load


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return sample_store(tmp_path_factory, "elsewhere")


def rows(url: str, query: str) -> list[tuple]:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as r:
        answer = json.load(r)
    names = answer["head"]["vars"]
    return sorted(tuple(b.get(n, {}).get("value") for n in names) for b in answer["results"]["bindings"])


def test_an_export_loaded_into_oxigraph_answers_the_library_with_the_union_default_graph(store, tmp_path):
    if not OXIGRAPH.exists():
        pytest.fail("the oxigraph server binary is missing (pip install oxigraph)")
    export(store, tmp_path / "unkg.nq.gz")
    db = tmp_path / "db"
    subprocess.run([str(OXIGRAPH), "load", "--location", str(db), "--file", str(tmp_path / "unkg.nq.gz")], check=True, capture_output=True)
    query = load("citing-works").text  # the prefixes are in the file: no server predeclares them
    expected = sorted(tuple(None if s[v] is None else s[v].value for v in ("citing", "date", "paragraph", "verb", "printed"))
                      for s in store.query(query))
    assert expected, "the sample cites A/RES/70/125"
    for options, answers in ((("--union-default-graph",), expected), ((), [])):
        server = Server(db, *options).start()
        try:
            got = rows(server.url, query)
        finally:
            server.stop()
        assert got == answers, options  # without the flag the default graph is empty: nothing
