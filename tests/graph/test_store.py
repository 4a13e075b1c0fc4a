"""The embedded on-disk store: our directory only, atomic graph replacement, recovery (DESIGN.md §5)."""

import json

import pyoxigraph as ox
import pytest

from unkg.graph.stores import LocalStore, StoreError, default_location, open_store
from unkg.graph.stores.local import JOURNAL, MARKER, SCRATCH


def quads(graph: str, n: int, tag: str = "v") -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"), ox.Literal(f"{tag}{i}"), g) for i in range(n)]


def graph_values(store: LocalStore, graph: str) -> set[str]:
    return {q.object.value for q in store.quads(graph)}


def test_a_new_store_describes_itself(tmp_path):
    s = open_store(tmp_path / "st")
    meta = json.loads((tmp_path / "st" / MARKER).read_text())
    assert meta["format"] == "unkg-store" and meta["base"] == "https://w3id.org/unkg/"
    assert len(s) == 0


def test_a_directory_that_is_not_ours_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a unkg store"):
        open_store(tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert not (tmp_path / MARKER).exists()


def test_a_file_is_not_a_store(tmp_path):
    f = tmp_path / "f"
    f.write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        open_store(f)


def test_reading_a_missing_store_does_not_create_one(tmp_path):
    with pytest.raises(StoreError, match="no unkg store"):
        open_store(tmp_path / "none", create=False)
    assert not (tmp_path / "none").exists()


def test_the_store_keeps_its_base(tmp_path):
    open_store(tmp_path / "st", base="http://example.org/kg/").close()
    assert open_store(tmp_path / "st").minter.work("A/RES/70/125") == "http://example.org/kg/doc/A/RES/70/125"
    with pytest.raises(StoreError, match="IRI base"):
        open_store(tmp_path / "st", base="https://w3id.org/unkg/")


def test_a_read_only_store_reads_and_closes(tmp_path):
    s = open_store(tmp_path / "st")
    s.replace_graphs([("http://g/a", quads("http://g/a", 2))])
    s.close()
    r = open_store(tmp_path / "st", read_only=True)
    assert graph_values(r, "http://g/a") == {"v0", "v1"}
    r.close()  # nothing to flush: Oxigraph refuses a flush on a read-only instance


def test_replacing_a_graph_changes_that_graph_and_nothing_else(tmp_path):
    s = open_store(tmp_path / "st")
    s.replace_graphs([("http://g/a", quads("http://g/a", 3, "old")), ("http://g/b", quads("http://g/b", 2, "b"))])
    s.replace_graphs([("http://g/a", quads("http://g/a", 2, "new"))])
    assert graph_values(s, "http://g/a") == {"new0", "new1"}
    assert graph_values(s, "http://g/b") == {"b0", "b1"}
    assert not [g for g in s.graphs() if g.startswith(SCRATCH)]


def test_bulk_and_transactional_paths_give_the_same_graphs(tmp_path):
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    batch = [("http://g/1", quads("http://g/1", 50)), ("http://g/2", quads("http://g/2", 5))]
    a.replace_graphs(batch, bulk=True)
    b.replace_graphs(batch)
    assert sorted(map(str, a.quads())) == sorted(map(str, b.quads()))
    assert not (tmp_path / "a" / JOURNAL).exists()


def test_a_graph_rewritten_in_place_holds_its_new_quads_only(tmp_path):
    s = open_store(tmp_path / "st")
    s.replace_graphs([("http://g/a", quads("http://g/a", 3, "old")), ("http://g/b", quads("http://g/b", 2, "b"))])
    s.replace_graphs([("http://g/a", quads("http://g/a", 2, "new")), ("http://g/c", quads("http://g/c", 1, "c"))], rewrite=True)
    assert graph_values(s, "http://g/a") == {"new0", "new1"}
    assert graph_values(s, "http://g/b") == {"b0", "b1"} and graph_values(s, "http://g/c") == {"c0"}
    assert not (tmp_path / "st" / JOURNAL).exists()
    # rewritten empty, a graph is gone
    s.replace_graphs([("http://g/c", [])], rewrite=True)
    assert not s.has_graph("http://g/c")


def test_a_rewrite_hands_the_bulk_loader_its_quads_in_pieces(tmp_path, monkeypatch):
    import unkg.graph.stores.local as local

    monkeypatch.setattr(local, "REWRITE_PIECE", 2)
    s = open_store(tmp_path / "st")
    s.replace_graphs([("http://g/a", quads("http://g/a", 5)), ("http://g/b", quads("http://g/b", 2, "b"))], rewrite=True)
    assert graph_values(s, "http://g/a") == {f"v{i}" for i in range(5)} and graph_values(s, "http://g/b") == {"b0", "b1"}


def test_a_rewrite_cut_short_is_removed_on_open(tmp_path):
    """What a kill in the middle of a rewrite leaves (the old graph emptied, part of the new one
    written, the journal naming it) is removed when the store is next opened; the summary, the
    graph rewritten so, is then recounted (it was marked stale before)."""
    s = open_store(tmp_path / "st")
    s.replace_graphs([("http://g/kept", quads("http://g/kept", 2)), ("http://g/summary", quads("http://g/summary", 4))])
    (tmp_path / "st" / JOURNAL).write_text(json.dumps(["http://g/summary"]))
    s.ox.remove_graph(ox.NamedNode("http://g/summary"))
    s.ox.bulk_extend(quads("http://g/summary", 1, "half"))
    s.close()
    s = open_store(tmp_path / "st")
    assert set(s.graphs()) == {"http://g/kept"}


def test_an_interrupted_bulk_load_is_undone_on_open(tmp_path):
    s = open_store(tmp_path / "st")
    s.replace_graphs([("http://g/kept", quads("http://g/kept", 2))])
    # what a crash in the middle of a bulk load leaves: part of a new graph and the journal naming it
    s.ox.bulk_extend(quads("http://g/half", 3))
    (tmp_path / "st" / JOURNAL).write_text(json.dumps(["http://g/half"]))
    s.ox.extend(quads(SCRATCH + "x", 1))
    s.close()
    s = open_store(tmp_path / "st")
    assert set(s.graphs()) == {"http://g/kept"}
    assert graph_values(s, "http://g/kept") == {"v0", "v1"}


def test_queries_see_the_union_of_graphs_with_our_prefixes(tmp_path):
    s = open_store(tmp_path / "st")
    s.replace_graphs([("http://g/1", quads("http://g/1", 2)), ("http://g/2", quads("http://g/2", 2))])
    rows = list(s.query("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"))
    assert rows[0]["n"].value == "2"
    assert bool(s.query("ASK { ?s dcterms:title ?t }")) is False  # the dcterms: prefix is predeclared


def test_the_default_location_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("UNKG_STORE", str(tmp_path / "env-store"))
    assert default_location() == tmp_path / "env-store"
    monkeypatch.delenv("UNKG_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_location() == tmp_path / "data" / "unkg" / "store"
