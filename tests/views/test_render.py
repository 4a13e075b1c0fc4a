"""Graph views: self-contained HTML that answers a question and reads at a glance (labels on the
canvas, a legend, a search box, clicks to each node's page), capped, laid out and still."""

from __future__ import annotations

import html
import json
import re

import networkx as nx
import pytest
from typer.testing import CliRunner

from unkg.cli import app
from unkg.views import layout
from unkg.views.questions import LIMITS
from unkg.views.render import COLOURS, VIEWS, ViewError, build_view, render_graph, render_view

REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
WORK = "E/RES/2022/15"
SERIES = ["E/RES/2021/28", "E/RES/2022/15", "E/RES/2023/3", "E/RES/2024/13"]  # one title, adopted each year


def data(page: str, what: str) -> list[dict]:
    m = re.search(rf"{what} = new vis\.DataSet\((.*?)\);\n", page)
    assert m, f"no {what} in the page"
    return json.loads(m.group(1))


def options(page: str) -> dict:
    m = re.search(r"var options = (\{.*?\});\n", page, re.S)
    return json.loads(m.group(1))


def config(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="unkg-config">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def rows(store, sparql: str) -> list[dict]:
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [{n: r[n].value for n in names if r[n] is not None} for r in result]


# every view, as a store's overview and centred on something it holds
CASES = {
    "citations": None, "citations-work": WORK, "bodies": None, "bodies-cstd": "CSTD", "series": None,
    "series-work": WORK, "timeline": None, "timeline-itu": "ITU", "ego": WORK,
}


@pytest.fixture(scope="module")
def pages(store):
    return {case: render_view(store, case.split("-")[0], iri=focus, hops=1) for case, focus in CASES.items()}


@pytest.mark.parametrize("case", CASES)
def test_views_are_self_contained(pages, case):
    page = pages[case]
    assert not REMOTE.search(page), REMOTE.search(page).group(0)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert "new vis.Network" in page and "vis-network" in page.lower()  # the library is inlined


@pytest.mark.parametrize("case", CASES)
def test_every_node_is_labelled_placed_and_coloured_by_kind(pages, case):
    page = pages[case]
    nodes = data(page, "nodes")
    assert nodes
    assert all(n["label"].strip() and n["label"] != n["id"] for n in nodes)  # a name on the canvas, not an IRI
    assert all(isinstance(n.get("x"), float) and isinstance(n.get("y"), float) for n in nodes)  # laid out here
    assert options(page)["physics"]["enabled"] is False  # opens still
    for n in nodes:
        assert n["color"]["background"] == COLOURS[n["kind"]] or n.get("shape") == "box"
    assert len({n["size"] for n in nodes if n.get("shape") == "dot"}) > 1 or len(nodes) < 3  # size means something


@pytest.mark.parametrize("case", CASES)
def test_legend_names_each_kind_shown_and_what_size_means(pages, case):
    page = pages[case]
    legend = re.search(r'<ul class="unkg-legend" id="unkg-legend".*?</ul>', page, re.S)
    assert legend, "no legend"
    kinds = {n["kind"] for n in data(page, "nodes")}
    assert set(re.findall(r'data-kind="([^"]+)"', legend.group(0))) == kinds
    assert "<b>Size</b>" in legend.group(0)


@pytest.mark.parametrize("case", CASES)
def test_search_box_and_click_to_open(pages, case):
    page = pages[case]
    assert re.search(r'<input id="unkg-search" type="search"', page)
    for n in data(page, "nodes"):  # what the box searches: the label and the full name, lower-cased
        assert n["label"].split("\n")[0].lower() in n["search"]
    script = page[page.index('id="unkg-config"'):]
    # a click opens the node's page, and only an http(s) IRI is a page (tests/views/test_browser.py
    # clicks one in chromium)
    assert 'network.on("click"' in script and "pageOf(String(params.nodes[0]))" in script
    assert "window.open(page," in script and "^https?:" in script
    assert config(page)["base"] == "https://w3id.org/unkg/"


def test_views_are_capped(store):
    page = render_view(store, "citations", max_nodes=12)
    assert len(data(page, "nodes")) == 12
    assert re.search(r"Showing 12 of [\d,]+ cited documents", page)
    for kind, focus in (("bodies", "CSTD"), ("citations", WORK), ("series", WORK)):
        assert len(data(render_view(store, kind, iri=focus, max_nodes=9), "nodes")) <= 9
    for kind in ("citations", "bodies", "timeline"):
        assert len(data(render_view(store, kind), "nodes")) <= LIMITS[kind]


def test_a_works_citations_in_and_out(store):
    scene = build_view(store, "citations", WORK)
    G, work = scene.graph, store.minter.work(WORK)
    cited = {r["b"] for r in rows(store, f"SELECT DISTINCT ?b WHERE {{ <{work}> dcterms:references ?b }}")}
    citing = {r["a"] for r in rows(store, f"SELECT DISTINCT ?a WHERE {{ ?a dcterms:references <{work}> }}")}
    assert set(G.successors(work)) == cited and set(G.predecessors(work)) == citing
    x = nx.get_node_attributes(G, "x")
    assert all(x[n] > x[work] for n in cited) and all(x[n] < x[work] for n in citing)  # cited right, citing left
    review = store.minter.work("A/RES/70/125")
    assert "recalls" in G.nodes[review]["label"]  # the verbs that cite it, on the canvas
    assert scene.focus == work and G.nodes[work]["size"] == max(nx.get_node_attributes(G, "size").values())
    # a symbol in any printed form centres the view on its work
    assert build_view(store, "citations", "resolution 70/125").focus == review


def test_a_bodys_asks_and_co_mentions(store):
    scene = build_view(store, "bodies", "CSTD")
    G, cstd = scene.graph, store.base + "body/cstd"
    asking = {r["w"] for r in rows(store, f"SELECT DISTINCT ?w WHERE {{ ?p unkg:addressee <{cstd}> ; dcterms:isPartOf ?w . ?w frbr:realization ?e }}")}
    assert set(G.predecessors(cstd)) == asking and asking
    partners = set(G.successors(cstd))
    assert store.base + "body/un" in partners and all(G.nodes[p]["kind"] in ("body", "forum", "office", "programme", "partnership") for p in partners)
    assert any(re.search(r"requests|encourages|invites|calls upon", G.nodes[w]["label"]) for w in asking)
    # the same body by its Chinese name, and by IRI
    assert build_view(store, "bodies", "科学和技术促进发展委员会").focus == cstd
    assert build_view(store, "bodies", cstd).focus == cstd


def test_a_series_over_the_years(store):
    scene = build_view(store, "series", "E/RES/2023/3")
    G = scene.graph
    members = [store.minter.work(s) for s in SERIES]
    x = [G.nodes[m]["x"] for m in members]
    assert x == sorted(x) and len(set(x)) == 4  # left to right by date
    assert G.has_edge(members[1], members[0]) and G.edges[members[1], members[0]]["title"].startswith("cites an earlier")
    assert "4 resolutions, 2021–2024" in scene.title
    # what the series cites sits above it, whom it asks below
    for n in G:
        if n not in members:
            above = G.nodes[n]["y"] < 0
            assert above == (G.nodes[n]["kind"] in ("work", "instrument")), n


def test_timeline_lanes_by_series_and_dates_along_x(store):
    scene = build_view(store, "timeline")
    G = scene.graph
    igf = sorted((G.nodes[e]["date"], G.nodes[e]["x"]) for e in G if e.startswith(store.base + "event/igf-"))
    assert len(igf) > 10 and [x for _, x in igf] == sorted(x for _, x in igf)
    assert G.nodes[store.base + "body/igf"]["lane"] and G.nodes[store.base + "body/igf"]["label"] == "IGF"
    assert all(G.nodes[e]["label"][:4].isdigit() or G.nodes[e]["label"][:3].isalpha() for e in G)
    assert scene.axis and all(label.isdigit() for _, label in scene.axis)
    itu = build_view(store, "timeline", "ITU").graph
    assert store.base + "event/wsis-2003" in itu and store.base + "event/igf-2021" not in itu  # ITU runs the WSIS, not the IGF


def test_labels_in_the_chosen_language(store):
    nodes = data(render_view(store, "bodies", lang="zh"), "nodes")
    assert any(re.search(r"[\u4e00-\u9fff]", n["label"]) for n in nodes)
    labels = {n["label"] for n in data(render_view(store, "bodies"), "nodes")}
    assert "CSTD" in labels and not any(re.search(r"[\u4e00-\u9fff]", label) for label in labels if label.isupper())


def test_force_layouts_keep_labels_apart(store):
    for kind in ("citations", "bodies"):
        G = build_view(store, kind).graph
        rooms = {n: layout.box(G.nodes[n]) for n in G}
        overlaps = 0
        nodes = list(G)
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                (wa, ha, da), (wb, hb, db) = rooms[a], rooms[b]
                if abs(G.nodes[a]["x"] - G.nodes[b]["x"]) < (wa + wb) / 2 and abs(G.nodes[a]["y"] + da - G.nodes[b]["y"] - db) < (ha + hb) / 2:
                    overlaps += 1
        assert overlaps == 0, f"{kind}: {overlaps} labels overlap"


def test_document_text_cannot_inject_markup():
    G = nx.DiGraph()
    G.add_node("urn:x:a", label="<script>alert(1)</script>", title='<img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>')
    G.add_node("urn:x:b", label="</script><script>alert(4)</script>", kind="</script><b>")
    G.add_edge("urn:x:a", "urn:x:b", label="<b>cites</b>")
    page = render_graph(G, title="<i>hostile</i> view</script>", base="</script><script>alert(5)</script>")
    assert "<script>alert" not in page and "</script><script>" not in page
    assert "<img src=x" not in page and "<i>hostile" not in page
    assert "popup.innerHTML" not in page  # pyvis's HTML tooltips stay off even with "href" in a tooltip
    labels = {n["label"] for n in data(page, "nodes")}
    assert "<script>alert(1)</script>" in labels  # the text is kept, as data
    assert html.escape("<i>hostile</i>") in page


def test_large_graphs_are_capped_laid_out_and_still():
    G = nx.gnm_random_graph(300, 900, seed=1, directed=True)
    G = nx.relabel_nodes(G, {n: f"urn:x:{n}" for n in G})
    page = render_graph(G, title="big", max_nodes=250)
    nodes = data(page, "nodes")
    assert len(nodes) == 250
    assert "Showing the 250 highest-ranked of 300 nodes." in page
    assert all("x" in n and "y" in n for n in nodes)
    assert options(page)["physics"]["enabled"] is False


def test_views_that_cannot_be_drawn_say_why(store):
    with pytest.raises(ViewError, match="needs an IRI"):
        render_view(store, "ego")
    with pytest.raises(ViewError, match="not an IRI or a UN document symbol: .* nor a name the store knows"):
        render_view(store, "bodies", iri="no such body anywhere")
    with pytest.raises(ViewError, match="not an IRI"):
        render_view(store, "ego", iri="http://exa<mple>/")
    with pytest.raises(ViewError, match="no citations"):
        render_view(store, "citations", iri="A/RES/1/1")
    with pytest.raises(ViewError, match="unknown view"):
        render_view(store, "pie")
    assert set(VIEWS) == {"citations", "bodies", "series", "timeline", "ego"}


def test_cli_writes_the_view_and_nothing_else(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["view", "bodies", "CSTD", "-o", "cstd.html", "--store", str(store.path)])
    assert result.exit_code == 0, result.output
    assert "Commission on Science and Technology for Development" in result.output
    result = CliRunner().invoke(app, ["view", "ego", WORK, "--hops", "1", "-o", "ego.html", "--lang", "fr", "--store", str(store.path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cstd.html", "ego.html"]  # no lib/ folder beside them
    result = CliRunner().invoke(app, ["view", "pie", "-o", "x.html", "--store", str(store.path)])
    assert result.exit_code == 1 and "unknown view" in result.output
