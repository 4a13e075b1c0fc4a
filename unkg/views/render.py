"""Graph views as self-contained HTML, drawn by pyvis (vis-network), readable offline.

The HTML embeds vis-network's JavaScript and CSS (pyvis ``cdn_resources="in_line"``) and carries
no reference to any web address: the Bootstrap tags pyvis's template adds are removed. Document
text reaches the page only as JSON data (Jinja's ``tojson`` escapes ``<``, ``>``, ``&`` and
quotes) shown by vis-network 9 as plain text: pyvis's own HTML tooltip mode, which it switches
on when a tooltip contains "href", is never used.

Sizes come from networkx metrics (PageRank, or in-degree where asked), colours from the kind of
node. Graphs above ``PHYSICS_LIMIT`` nodes get a layout computed in networkx and physics off; a
graph above ``max_nodes`` keeps its highest-ranked nodes and says so on the page.

pyvis 0.3.2's ``add_node``/``add_edge`` are quadratic (list membership tests), so the node and
edge lists are filled directly.
"""

from __future__ import annotations

import html
import math
import re
from datetime import date

import networkx as nx
from pyvis.network import Network

from unkg.symbols import SymbolError, normalise_symbol
from unkg.graph.stores import Store
from unkg.views import networks

__all__ = ["COLOURS", "VIEWS", "ViewError", "render_graph", "render_view"]

VIEWS = ("citations", "bodies", "ego", "timeline")
MAX_NODES = 500
PHYSICS_LIMIT = 200
COLOURS = {
    "work": "#1f77b4",
    "work-cited": "#aec7e8",
    "instrument": "#9467bd",
    "body": "#ff7f0e",
    "state": "#2ca02c",
    "event": "#d62728",
    "series": "#ff9896",
    "paragraph": "#7f7f7f",
    "footnote": "#c7c7c7",
    "section": "#a0a0a0",
    "language-version": "#bcbd22",
    "verb": "#17becf",
    "source": "#dbdb8d",
    "other": "#8c564b",
}
_REMOTE_TAG = re.compile(
    r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>"
    r"|<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script\s*>",
    re.I | re.S,
)


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class ViewError(ValueError):
    """A view that cannot be drawn: an unknown kind, or ego without an IRI."""


def _layout(G: nx.Graph, *, scale: float) -> dict:
    """Spring layout, seeded (the same graph always looks the same), its cost held under a few seconds."""
    n = G.number_of_nodes()
    iterations = max(15, min(50, int(50 * (300 / max(n, 1)) ** 2)))
    return nx.spring_layout(G, seed=42, iterations=iterations, scale=scale)


def _timeline_positions(G: nx.Graph) -> dict:
    """Events along x by start date, one lane per series; works above the events they mention."""
    def day(value: str | None) -> int | None:
        if not value:
            return None
        try:
            return date.fromisoformat(value[:10] if len(value) >= 10 else f"{value[:4]}-01-01").toordinal()
        except ValueError:
            return None

    days = {n: day(G.nodes[n].get("date")) for n in G.nodes}
    known = [d for d in days.values() if d is not None]
    if not known:
        return {}
    lo, hi = min(known), max(known)
    span = max(hi - lo, 1)
    width = max(1200, 60 * len(known))
    x = lambda d: (d - lo) / span * width  # noqa: E731
    lanes: dict[str, int] = {}
    pos: dict[str, tuple[float, float]] = {}
    for n in sorted(G.nodes, key=lambda n: (days[n] or 0, n)):
        kind = G.nodes[n].get("kind")
        if kind == "event":
            series = next((s for s in G.successors(n) if G.edges[n, s].get("label") == "in series"), "")
            lane = lanes.setdefault(series, len(lanes))
            pos[n] = (x(days[n]) if days[n] is not None else -200.0, 120.0 * (lane + 1))
    for s, lane in lanes.items():
        if s:
            pos[s] = (-250.0, 120.0 * (lane + 1))
    stack: dict[int, int] = {}
    for n in G.nodes:
        if n in pos:
            continue
        targets = [pos[t][0] for t in G.successors(n) if t in pos]
        if days[n] is not None:
            cx = x(days[n])
        else:
            cx = sum(targets) / len(targets) if targets else 0.0
        slot = stack.setdefault(round(cx / 80), 0)
        stack[round(cx / 80)] += 1
        pos[n] = (cx, -120.0 - 60.0 * slot)
    return pos


def _short_label(text: str, limit: int = 40) -> str:
    """Labels stay short on the canvas; the tooltip carries the whole name."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_graph(
    G: nx.Graph,
    *,
    title: str,
    max_nodes: int = MAX_NODES,
    size_by: str = "pagerank",
    positions: dict | None = None,
    note: str | None = None,
    height: str = "800px",
) -> str:
    """Draw G as one self-contained HTML page (the HTML text).

    Nodes use their ``label``, ``title`` (tooltip, plain text) and ``kind`` attributes; edges their
    ``label`` and ``weight``. ``size_by`` is ``pagerank`` or ``in-degree``. ``positions`` (node ->
    (x, y)) fixes the layout; otherwise graphs above ``PHYSICS_LIMIT`` nodes are laid out here.
    """
    total = G.number_of_nodes()
    scores = networks.rank(G) if size_by == "pagerank" else {n: float(d) for n, d in (G.in_degree() if G.is_directed() else G.degree())}
    notes = [note] if note else []
    if total > max_nodes:
        keep = sorted(G.nodes, key=lambda n: (-scores.get(n, 0.0), str(n)))[:max_nodes]
        G = G.subgraph(keep).copy()
        notes.append(f"Showing the {max_nodes:,} highest-ranked of {total:,} nodes.")
    top = max(scores.values(), default=0.0) or 1.0
    large = G.number_of_nodes() > PHYSICS_LIMIT
    if positions is None and large:
        positions = _layout(G, scale=40.0 * math.sqrt(G.number_of_nodes()))

    net = Network(height=height, width="100%", directed=G.is_directed(), cdn_resources="in_line")
    nodes = []
    for n, attrs in G.nodes(data=True):
        kind = attrs.get("kind", "other")
        if kind == "work" and attrs.get("ingested") is False:
            kind = "work-cited"
        score = scores.get(n, 0.0)
        metric = "PageRank" if size_by == "pagerank" else "in-degree"
        tooltip = f"{attrs.get('title') or attrs.get('label') or n}\n{metric}: {score:.4g}"
        node = {
            "id": n,
            "label": _short_label(str(attrs.get("label") or n)),
            "title": tooltip,
            "color": COLOURS.get(kind, COLOURS["other"]),
            "size": round(8 + 32 * math.sqrt(score / top), 2),
            "shape": "dot",
            "group": kind,
        }
        if positions and n in positions:
            x, y = positions[n]
            node["x"], node["y"] = round(float(x), 1), round(float(y), 1)
            node["physics"] = False
        nodes.append(node)
    edges = []
    for a, b, attrs in G.edges(data=True):
        edge = {"from": a, "to": b, "title": str(attrs.get("label", ""))}
        if G.is_directed():
            edge["arrows"] = "to"
        if attrs.get("weight"):
            edge["width"] = round(1 + math.log(float(attrs["weight"])), 2)
        edges.append(edge)
    net.nodes, net.edges = nodes, edges
    net.node_ids = [node["id"] for node in nodes]
    net.node_map = {node["id"]: node for node in nodes}
    if large or positions:
        net.toggle_physics(False)
    return _page(net, title=title, notes=notes)


def _page(net: Network, *, title: str, notes: list[str]) -> str:
    """Render pyvis's template with its HTML-tooltip mode off, then make the page self-contained."""
    nodes, edges, heading, height, width, options = net.get_network_data()
    template = net.templateEnv.get_template(net.path)
    physics = net.options.physics.enabled
    text = template.render(
        height=height, width=width, nodes=nodes, edges=edges, heading="", options=options,
        physics_enabled=physics, use_DOT=False, dot_lang=None, widget=False, bgcolor=net.bgcolor,
        conf=False, tooltip_link=False, neighborhood_highlight=False, select_menu=False,
        filter_menu=False, notebook=False, cdn_resources="in_line",
    )
    text = _REMOTE_TAG.sub("", text)
    head = f'<title>{html.escape(title)}</title>\n<meta name="generator" content="unkg">'
    text = text.replace("<head>", f"<head>\n{head}", 1)
    banner = f'<div class="unkg-view"><h2 style="font-family:sans-serif">{html.escape(title)}</h2>'
    for line in notes:
        banner += f'<p class="unkg-note" style="font-family:sans-serif;color:#a33">{html.escape(line)}</p>'
    banner += "</div>"
    return text.replace("<body>", f"<body>\n{banner}", 1)


def _keep_top(G: nx.Graph, max_nodes: int) -> nx.Graph:
    """G itself, or its ``max_nodes`` nodes of highest PageRank."""
    if G.number_of_nodes() <= max_nodes:
        return G
    pr = networks.rank(G)
    return G.subgraph(sorted(G.nodes, key=lambda n: (-pr.get(n, 0.0), str(n)))[:max_nodes]).copy()


def render_view(
    store: Store,
    kind: str,
    *,
    iri: str | None = None,
    hops: int = 2,
    lang: str = "en",
    max_nodes: int = MAX_NODES,
) -> str:
    """One of the ``VIEWS`` of the store as a self-contained HTML page (the HTML text).

    ``citations``: works and the works they cite, sized by PageRank; ``bodies``: bodies and the
    works that mention them; ``ego``: the neighbourhood of ``iri`` (an IRI, or a work's UN
    symbol) within ``hops`` links;
    ``timeline``: dated events by series, with the works that mention them.
    """
    if kind == "citations":
        G = networks.citation_network(store, lang=lang, describe=False)
        total = G.number_of_nodes()
        G = _keep_top(G, max_nodes)  # describe only the works the view keeps
        networks.describe(store, G, lang)
        note = f"Showing the {max_nodes:,} highest-ranked of {total:,} works." if total > max_nodes else None
        return render_graph(G, title=f"Citation network: {total} works", max_nodes=max_nodes, note=note)
    if kind == "bodies":
        G = networks.bodies_network(store, lang=lang, describe=False)
        total = G.number_of_nodes()
        G = _keep_top(G, max_nodes)
        networks.describe(store, G, lang)
        note = f"Showing the {max_nodes:,} highest-ranked of {total:,} nodes." if total > max_nodes else None
        return render_graph(G, title=f"Bodies and the works that mention them: {total} nodes", max_nodes=max_nodes, note=note)
    if kind == "ego":
        if not iri:
            raise ViewError("the ego view needs an IRI (the node to centre on)")
        if not _SCHEME.match(iri):  # a work's UN symbol, in any printed form
            try:
                iri = store.minter.work(normalise_symbol(iri))
            except SymbolError:
                raise ViewError(f"not an IRI or a UN document symbol: {iri!r}") from None
        try:
            G = networks.ego_network(store, iri, hops=hops, lang=lang, max_nodes=max_nodes)
        except ValueError as e:
            raise ViewError(f"not an IRI: {iri!r} ({e})") from None
        if G.number_of_edges() == 0:
            raise ViewError(f"{iri}: the store holds no links to or from this IRI")
        note = None if G.graph.get("complete", True) else f"Showing the {G.number_of_nodes():,} nearest of {G.graph['seen']:,} nodes."
        label = G.nodes[G.graph["center"]].get("label", iri)
        return render_graph(G, title=f"Within {hops} links of {label}", max_nodes=max_nodes, note=note, size_by="in-degree")
    if kind == "timeline":
        G = networks.timeline_network(store, lang=lang)
        note = None if G.number_of_nodes() else "The store holds no dated events (they come from the linking stage)."
        return render_graph(G, title=f"Events on a timeline: {sum(1 for _, k in G.nodes(data='kind') if k == 'event')} events",
                            max_nodes=max_nodes, positions=_timeline_positions(G), note=note, size_by="in-degree")
    raise ViewError(f"unknown view {kind!r}: use {', '.join(VIEWS)}")
