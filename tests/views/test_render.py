"""Graph views: self-contained HTML, plain-text tooltips, capped and laid out when large."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from typer.testing import CliRunner

from unkg.cli import app
from unkg.views.render import PHYSICS_LIMIT, VIEWS, ViewError, render_graph, render_view

REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def data(page: str, what: str) -> list[dict]:
    m = re.search(rf"{what} = new vis\.DataSet\((.*?)\);\n", page)
    assert m, f"no {what} in the page"
    return json.loads(m.group(1))


def options(page: str) -> dict:
    m = re.search(r"var options = (\{.*?\});\n", page, re.S)
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def pages(store):
    work = store.minter.work("E/RES/2022/15")
    return {kind: render_view(store, kind, iri=work, hops=1) for kind in VIEWS}


@pytest.mark.parametrize("kind", VIEWS)
def test_views_are_self_contained(pages, kind):
    page = pages[kind]
    assert not REMOTE.search(page), REMOTE.search(page).group(0)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert "new vis.Network" in page and "vis-network" in page.lower()  # the library is inlined


def test_citation_view_sizes_by_pagerank(pages, store):
    nodes = {n["label"]: n for n in data(pages["citations"], "nodes")}
    assert "E/RES/2022/15" in nodes and "A/RES/70/125" in nodes
    # a document every work of the series cites outranks a work nothing cites
    assert nodes["A/RES/70/125"]["size"] > nodes["E/RES/2024/13"]["size"]
    edges = data(pages["citations"], "edges")
    ids = {n["label"]: n["id"] for n in nodes.values()}
    assert {"from": ids["E/RES/2022/15"], "to": ids["A/RES/70/125"]}.items() <= next(
        e for e in edges if e["from"] == ids["E/RES/2022/15"] and e["to"] == ids["A/RES/70/125"]).items()


def test_ego_view_holds_the_neighbourhood(pages, store):
    work = store.minter.work("E/RES/2022/15")
    nodes = {n["id"]: n for n in data(pages["ego"], "nodes")}
    assert work in nodes
    assert store.minter.part("E/RES/2022/15", "op:1") in nodes  # its paragraphs point to it
    assert store.minter.expression("E/RES/2022/15", "zh") in nodes


def test_labels_in_the_chosen_language(store):
    page = render_view(store, "bodies", lang="zh")
    labels = {n["label"] for n in data(page, "nodes")}
    assert any(re.search(r"[\u4e00-\u9fff]", label) for label in labels)


def test_document_text_cannot_inject_markup():
    G = nx.DiGraph()
    G.add_node("urn:x:a", label="<script>alert(1)</script>", title='<img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>')
    G.add_node("urn:x:b", label="</script><script>alert(4)</script>")
    G.add_edge("urn:x:a", "urn:x:b", label="<b>cites</b>")
    page = render_graph(G, title="<i>hostile</i> view")
    assert "<script>alert" not in page and "</script><script>" not in page
    assert "<img src=x" not in page and "<i>hostile" not in page
    assert "popup.innerHTML" not in page  # pyvis's HTML tooltips stay off even with "href" in a tooltip
    labels = {n["label"] for n in data(page, "nodes")}
    assert "<script>alert(1)</script>" in labels  # the text is kept, as data


def test_large_graphs_are_capped_laid_out_and_still(tmp_path):
    G = nx.gnm_random_graph(PHYSICS_LIMIT + 100, 3 * PHYSICS_LIMIT, seed=1, directed=True)
    G = nx.relabel_nodes(G, {n: f"urn:x:{n}" for n in G})
    page = render_graph(G, title="big", max_nodes=PHYSICS_LIMIT + 50)
    nodes = data(page, "nodes")
    assert len(nodes) == PHYSICS_LIMIT + 50
    assert f"Showing the {PHYSICS_LIMIT + 50:,} highest-ranked of {PHYSICS_LIMIT + 100:,} nodes." in page
    assert all("x" in n and "y" in n for n in nodes)
    assert options(page)["physics"]["enabled"] is False
    small = render_graph(nx.path_graph(["urn:x:1", "urn:x:2"]), title="small")
    assert options(small)["physics"]["enabled"] is True and "Showing the" not in small


def test_ego_needs_an_iri_and_kinds_are_checked(store):
    with pytest.raises(ViewError, match="needs an IRI"):
        render_view(store, "ego")
    with pytest.raises(ViewError, match="not an IRI or a UN document symbol"):
        render_view(store, "ego", iri="<x> ?p ?o")
    with pytest.raises(ViewError, match="unknown view"):
        render_view(store, "pie")


def test_cli_writes_the_view_and_nothing_else(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["view", "ego", "E/RES/2022/15", "--hops", "1", "-o", "ego.html", "--lang", "fr", "--store", str(store.path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ego.html"]  # no lib/ folder beside it
    result = CliRunner().invoke(app, ["view", "pie", "-o", "x.html", "--store", str(store.path)])
    assert result.exit_code != 0 and "unknown view" in result.output
