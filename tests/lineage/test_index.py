"""The near-duplicate index and what lineage keeps between ingests: signatures that estimate the
Jaccard of three-word runs, datasketch's LSH optimum, and refreshes that read only what changed."""

from __future__ import annotations

import random

import numpy as np
import pytest

from tests.conftest import akn_file
from unkg.graph.stores import open_store
from unkg.lineage import index as index_module
from unkg.lineage import refresh
from unkg.lineage.index import BANDS, NUM_PERM, ROWS, THRESHOLD, open_index, shingle_hashes, signatures
from unkg.lineage.series import find_series
from unkg.pipeline import ingest_paths

WSIS = [("2021", "E_RES_2021_28"), ("2022", "E_RES_2022_15"), ("2023", "E_RES_2023_3"), ("2024", "E_RES_2024_13")]


def test_bands_and_rows_are_datasketchs_optimum():
    from datasketch.lsh import _optimal_param

    assert (BANDS, ROWS) == _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)


def _runs(ws):
    return {tuple(ws[i : i + 3]) for i in range(max(1, len(ws) - 2))}


def test_signatures_estimate_the_jaccard_of_three_word_runs():
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(400)]
    pairs = []
    for _ in range(300):
        a = [rng.choice(vocab) for _ in range(rng.randint(20, 120))]
        b = list(a)
        for _ in range(rng.randint(0, len(a))):  # edits: replace, delete or insert a word
            k = rng.randrange(len(b))
            op = rng.random()
            if op < 0.4:
                b[k] = rng.choice(vocab)
            elif op < 0.7 and len(b) > 5:
                del b[k]
            else:
                b.insert(k, rng.choice(vocab))
        pairs.append((tuple(a), tuple(b)))
    sigs = signatures([x for pair in pairs for x in pair])
    errors = []
    for k, (a, b) in enumerate(pairs):
        ra, rb = _runs(a), _runs(b)
        exact = len(ra & rb) / len(ra | rb)
        estimate = float(np.mean(sigs[2 * k] == sigs[2 * k + 1]))
        errors.append(estimate - exact)
    assert abs(np.mean(errors)) < 0.02  # unbiased
    assert np.mean(np.abs(errors)) < 0.06  # 64 hash functions: about 1/sqrt(64) at worst


def test_a_text_signs_alike_alone_or_among_others():
    texts = [(), ("one",), ("one", "two"), ("a", "b", "c"), tuple("the quick brown fox jumps over the lazy dog".split())]
    together = signatures(texts)
    for k, ws in enumerate(texts):
        assert np.array_equal(signatures([ws])[0], together[k]), ws
    flat, starts = shingle_hashes(texts)
    assert list(np.diff(np.append(starts, len(flat)))) == [1, 1, 1, 1, 7]  # a short text is one run
    assert not np.array_equal(together[3], together[4])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("lineage-incremental") / "store"
    s = open_store(path)
    ingest_paths([akn_file("ecosoc", y, stem, "en") for y, stem in WSIS[:3]], s)
    yield s
    s.close()


def test_adding_a_work_reads_it_and_its_predecessor_only(store, monkeypatch):
    from unkg.lineage import graph as graph_module

    read: list[str] = []
    for module in (index_module, graph_module):
        original = module.read_works
        monkeypatch.setattr(module, "read_works", lambda s, ws, *a, _o=original, **k: read.extend(ws) or _o(s, ws, *a, **k))
    ingest_paths([akn_file("ecosoc", "2024", "E_RES_2024_13", "en")], store)
    m = store.minter
    assert sorted(set(read)) == [m.work("E/RES/2023/3"), m.work("E/RES/2024/13")]
    assert store.query("ASK { <https://w3id.org/unkg/doc/E/RES/2024/13/lineage> unkg:comparedWith <https://w3id.org/unkg/doc/E/RES/2023/3> }")


def test_an_unchanged_work_ingested_again_is_not_indexed_or_aligned_again(store):
    before = {str(q) for q in store.quads(store.minter.lineage_graph("E/RES/2023/3"))}
    index = open_index(store)
    rows = len(index)
    index.close()
    ingest_paths([akn_file("ecosoc", "2023", "E_RES_2023_3", "en")], store)  # the same file again
    counts, added = refresh(store, {store.minter.work("E/RES/2023/3")})
    assert added == 0 and counts.aligned == 0
    assert {str(q) for q in store.quads(store.minter.lineage_graph("E/RES/2023/3"))} == before
    index = open_index(store)
    assert len(index) == rows
    index.close()


def test_series_found_incrementally_are_those_of_a_rebuild(store):
    def series(s):
        index = open_index(s)
        try:
            return [(x.iri, x.title, [(m.iri, m.in_store) for m in x.members]) for x in find_series(s, index)]
        finally:
            index.close()

    incremental = series(store)
    assert any(len([m for m in members if m[1]]) == 4 for _, _, members in incremental)
    counts, rows = refresh(store)  # everything again, from the store alone
    assert rows > 0 and counts.aligned == 3
    assert series(store) == incremental


def test_pairs_aligned_in_worker_processes_are_those_aligned_here(store, monkeypatch):
    """A refresh of many pairs aligns them in worker processes (``PARALLEL_PAIRS``): the lineage
    graphs it writes are those of the same refresh aligned in this process, quad for quad."""
    from unkg.lineage import graph as graph_module

    m = store.minter

    def lineage() -> set[str]:
        graphs = [g for g in store.graphs() if g.startswith(m.lineage_graph("E")[: -len("E")]) and g != m.series_graph()]
        assert len(graphs) >= 3
        # the comparisons' times aside: each refresh stamps its own
        return {str(q) for g in graphs for q in store.quads(g) if "generatedAtTime" not in str(q.predicate)}

    monkeypatch.setattr(graph_module, "PARALLEL_PAIRS", 10_000)
    counts, _ = refresh(store)
    here = lineage()
    monkeypatch.setattr(graph_module, "PARALLEL_PAIRS", 1)
    monkeypatch.setattr(graph_module, "PAIRS_AT_ONCE", 2)  # pairs read and aligned two at a time
    counts_workers, _ = refresh(store)
    assert counts_workers.aligned == counts.aligned >= 3
    assert lineage() == here
