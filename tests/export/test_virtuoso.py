"""A second engine: an export loaded into Virtuoso Open Source 7 (Debian's virtuoso-opensource-7-bin),
bound to 127.0.0.1 (tests/export/virtuoso.py starts it), queried through the remote store with the
query library.

Virtuoso's default graph is every graph it holds, its own system graphs included; the library's
queries match unkg's vocabulary only, so they answer the same. See docs/loading-elsewhere.md.
"""

from __future__ import annotations

import pytest

from tests.export.sample import sample_store
from tests.export.virtuoso import ISQL, MISSING, VIRTUOSO, VIRTUOSO_REFUSES, Virtuoso, cells, same_answers
from unkg.export.formats import export
from unkg.export.push import digest
from unkg.graph.stores import StoreError, open_store

pytestmark = pytest.mark.skipif(VIRTUOSO is None or ISQL is None, reason=MISSING)


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    return sample_store(tmp_path_factory, "virt-local")


@pytest.fixture(scope="module")
def virtuoso(local, tmp_path_factory):
    folder = tmp_path_factory.mktemp("virtuoso")
    export(local, folder / "unkg.nq.gz")
    v = Virtuoso(folder).start()
    try:
        errors = v.load(folder, "unkg.nq.gz")
        assert not errors, errors
        yield v
    finally:
        v.stop()


@pytest.fixture(scope="module")
def remote(virtuoso):
    return open_store(virtuoso.url)


def test_the_export_loads_graph_for_graph(local, remote):
    names = sorted(local.graphs())
    assert set(names) <= set(remote.graphs())
    for name in names:
        assert digest(remote.quads(name)) == digest(local.quads(name)), name


def test_the_query_library_answers_the_same_on_virtuoso(local, remote):
    from unkg import queries

    differ, refused, same = [], {}, []
    for q in queries.list_queries():
        text = queries.bind(q)
        try:
            there = cells(remote.query(text))
        except StoreError as err:
            refused[q.name] = str(err)[:300]
            continue
        (same if same_answers(text, cells(local.query(text)), there) else differ).append(q.name)
    print(f"same on Virtuoso: {same}; refused: {refused}")
    assert not differ, f"answers differ on Virtuoso: {differ}"
    assert set(refused) <= set(VIRTUOSO_REFUSES), refused
    assert len(same) >= len(queries.list_queries()) - len(VIRTUOSO_REFUSES)
