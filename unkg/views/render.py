"""Graph views as self-contained HTML, drawn by pyvis (vis-network), readable offline.

Every page has its title and what it shows at the top, a search box, a legend (the colour of
each kind of node present, what a node's size and a line mean), every node labelled on the
canvas (names in full on hover), and opens a node's page on a click: on ``unkg serve`` the IRI's
own path on that server, which dereferences it; in a file or a notebook, the IRI itself.

The HTML embeds vis-network's JavaScript and CSS (pyvis ``cdn_resources="in_line"``) and our own
(``page.js``, ``page.css``), and carries no reference to any web address: the Bootstrap tags
pyvis's template adds are removed. Document text reaches the page only as JSON data (Jinja's
``tojson`` escapes ``<``, ``>``, ``&`` and quotes; our configuration is escaped the same way)
shown by vis-network 9 as plain text: pyvis's own HTML tooltip mode, which it switches on when a
tooltip contains "href", is never used.

Positions are computed before the page is written (``unkg.views.layout``), so a view opens
still and the same each time, physics off; pyvis 0.3.2's ``add_node``/``add_edge`` are
quadratic (list membership tests), so its node and edge lists are filled directly.
"""

from __future__ import annotations

import html
import json
import math
import re
from importlib import resources

import networkx as nx
from pyvis.network import Network

from unkg.graph.stores import Store
from unkg.views import layout, networks, questions
from unkg.views.questions import NotFound, Scene

__all__ = ["COLOURS", "KIND_NAMES", "VIEWS", "ViewError", "build_view", "render_graph", "render_scene", "render_view"]

VIEWS = ("citations", "bodies", "ego", "timeline", "series")
MAX_NODES = 500  # render_graph's cap for a graph given as it is
COLOURS = {
    "work": "#1f77b4",
    "work-cited": "#a6cbe8",
    "instrument": "#9467bd",
    "body": "#e6550d",
    "forum": "#fdae6b",
    "office": "#8c2d04",
    "programme": "#e3b505",
    "partnership": "#de77ae",
    "group": "#4f6d8a",
    "state": "#2ca02c",
    "event": "#d62728",
    "series": "#ff9896",
    "paragraph": "#c7c7c7",
    "footnote": "#dedede",
    "section": "#a9a9a9",
    "language-version": "#bcbd22",
    "verb": "#17becf",
    "source": "#dbdb8d",
    "other": "#b5a58f",
}
KIND_NAMES = {
    "work": "resolution or document, text in the store",
    "work-cited": "document cited, no text in the store",
    "instrument": "named instrument",
    "body": "UN body or organization",
    "forum": "forum",
    "office": "office",
    "programme": "programme or fund",
    "partnership": "partnership or initiative",
    "group": "those asked (Member States, …)",
    "state": "Member State",
    "event": "event",
    "series": "event series",
    "paragraph": "paragraph",
    "footnote": "footnote",
    "section": "section",
    "language-version": "language version",
    "verb": "verb",
    "source": "source",
    "other": "other",
}
_REMOTE_TAG = re.compile(
    r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>"
    r"|<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script\s*>",
    re.I | re.S,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.I)
_FONT = "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Noto Sans CJK SC, sans-serif"
OPTIONS = {
    "nodes": {"font": {"size": 14, "face": _FONT, "color": "#1d2733", "strokeWidth": 4, "strokeColor": "#ffffff"}, "borderWidth": 1},
    "edges": {"smooth": False, "color": {"color": "#9aa5b1", "opacity": 0.75},
              "font": {"size": 11, "face": _FONT, "color": "#4a5563", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"}},
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": False},
    "layout": {"improvedLayout": False},
}


class ViewError(ValueError):
    """A view that cannot be drawn: an unknown kind, a focus the store does not know, ego without one."""


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text("utf-8")


def _script_json(data: object) -> str:
    """JSON safe inside a <script> element (as Jinja's tojson writes it)."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("'", "\\u0027")


def _kind(attrs: dict) -> str:
    kind = attrs.get("kind") or "other"
    if kind == "work" and attrs.get("ingested") is False:
        return "work-cited"
    return kind if kind in COLOURS else "other"


def _darker(colour: str, k: float = 0.72) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * k) for c in (r, g, b)))


def _nodes(G: nx.Graph, focus: str | None) -> list[dict]:
    if any("size" not in attrs for _, attrs in G.nodes(data=True)):
        layout.set_sizes(G, focus)
    nodes = []
    for n, attrs in G.nodes(data=True):
        kind = _kind(attrs)
        colour = COLOURS[kind]
        label = str(attrs.get("label") or n)
        tooltip = str(attrs.get("title") or label)
        node = {
            "id": n,
            "label": label,
            "title": tooltip,
            "kind": kind,
            "search": " ".join([label, str(attrs.get("name") or ""), str(attrs.get("symbol") or "")]).lower(),
            "color": {"background": colour, "border": _darker(colour), "highlight": {"background": colour, "border": "#111111"},
                      "hover": {"background": colour, "border": "#111111"}},
            "size": float(attrs["size"]),
            "shape": "dot",
        }
        if attrs.get("lane"):  # a lane's name (a series) at the start of its lane
            node.update(shape="box", margin=6, font={"size": 13, "color": "#1d2733"},
                        color={"background": "#fff4f3", "border": colour, "highlight": {"background": "#ffe3e0", "border": "#111111"}})
        if n == focus:
            node.update(borderWidth=3, font={"size": 16, "face": _FONT, "strokeWidth": 5, "strokeColor": "#ffffff"})
        if "x" in attrs and "y" in attrs:
            node["x"], node["y"] = float(attrs["x"]), float(attrs["y"])
            node["physics"] = False
        nodes.append(node)
    return nodes


def _edges(G: nx.Graph) -> list[dict]:
    weights = [float(w) for _, _, w in G.edges(data="weight") if w]
    top = max(weights, default=1.0) or 1.0
    edges = []
    for a, b, attrs in G.edges(data=True):
        edge = {"from": a, "to": b, "title": str(attrs.get("title") or attrs.get("label") or "")}
        if G.is_directed() and attrs.get("arrows", True) is not False:
            edge["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.6}}
        if attrs.get("weight"):
            edge["width"] = round(1 + 5 * math.sqrt(float(attrs["weight"]) / top), 2)
        if attrs.get("color"):
            edge["color"] = {"color": attrs["color"], "opacity": 0.9}
        if attrs.get("label"):
            edge["label"] = str(attrs["label"])
        edges.append(edge)
    return edges


def _legend(scene: Scene, kinds: list[str]) -> str:
    """One line under the title: the colour of each kind present, what size and lines mean."""
    items = "".join(
        f'<li data-kind="{k}"><span class="sw" style="background:{COLOURS[k]}"></span>{html.escape(KIND_NAMES[k])}</li>'
        for k in COLOURS if k in kinds
    )
    more = ""
    if scene.sizes:
        more += f"<li><b>Size</b> {html.escape(scene.sizes)}</li>"
    if scene.lines:
        more += f"<li><b>Line</b> {html.escape(scene.lines)}</li>"
    more += "<li><b>Click</b> a node to open its page</li>"
    return f'<ul class="unkg-legend" id="unkg-legend" aria-label="Legend">{items}{more}</ul>'



def render_scene(scene: Scene, *, base: str = "") -> str:
    """Draw a laid-out scene as one self-contained HTML page (the HTML text). ``base`` is the
    store's IRI base: on ``unkg serve`` a click opens the IRIs under it at their own path."""
    G = scene.graph
    net = Network(height="100%", width="100%", directed=G.is_directed(), cdn_resources="in_line")
    nodes = _nodes(G, scene.focus)
    net.nodes, net.edges = nodes, _edges(G)
    net.node_ids = [node["id"] for node in nodes]
    net.node_map = {node["id"]: node for node in nodes}
    template = net.templateEnv.get_template(net.path)
    text = template.render(
        height="100%", width="100%", nodes=net.nodes, edges=net.edges, heading="", options=json.dumps(OPTIONS),
        physics_enabled=False, use_DOT=False, dot_lang=None, widget=False, bgcolor="#ffffff",
        conf=False, tooltip_link=False, neighborhood_highlight=False, select_menu=False,
        filter_menu=False, notebook=False, cdn_resources="in_line",
    )
    text = _EMPTY_HEADING.sub("", _REMOTE_TAG.sub("", text))
    head = (f'<title>{html.escape(scene.title)}</title>\n<meta name="generator" content="unkg">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>{_asset("page.css")}</style>')
    text = text.replace("<head>", f"<head>\n{head}", 1)
    notes = "".join(f'<p class="unkg-note">{html.escape(n)}</p>' if n.startswith("Showing") else f"<p>{html.escape(n)}</p>" for n in scene.notes)
    kinds = sorted({node["kind"] for node in nodes})
    banner = (f'<header class="unkg-head unkg-view"><div class="unkg-what"><h1>{html.escape(scene.title)}</h1>{notes}'
              f'{_legend(scene, kinds)}</div>'
              '<div class="unkg-search"><input id="unkg-search" type="search" placeholder="Search the nodes…" '
              'aria-label="Search the nodes by name or symbol" autocomplete="off"><output id="unkg-found" for="unkg-search"></output></div></header>')
    text = text.replace("<body>", f"<body>\n{banner}", 1)
    config = {"base": base, "axis": [[round(x, 1), label] for x, label in scene.axis],
              "lanes": [[round(y, 1), round(x0, 1), round(x1, 1)] for y, x0, x1 in scene.lanes]}
    script = (f'<script type="application/json" id="unkg-config">{_script_json(config)}</script>\n'
              f"<script>{_asset('page.js')}</script>\n")
    i = text.rindex("</body>")
    return text[:i] + script + text[i:]


def render_graph(
    G: nx.Graph,
    *,
    title: str,
    max_nodes: int = MAX_NODES,
    size_by: str = "pagerank",
    positions: dict | None = None,
    note: str | None = None,
    base: str = "",
) -> str:
    """Draw any graph as one self-contained HTML page (the HTML text), as the views are drawn.

    Nodes use their ``label``, ``title`` (tooltip, plain text) and ``kind`` attributes; edges their
    ``label`` and ``weight``. ``size_by`` is ``pagerank`` or ``in-degree``; a graph above
    ``max_nodes`` keeps its highest-ranked nodes and says so. ``positions`` (node -> (x, y)) fixes
    the layout; otherwise it is computed (``unkg.views.layout.force``).
    """
    total = G.number_of_nodes()
    scores = networks.rank(G) if size_by == "pagerank" else {n: float(d) for n, d in (G.in_degree() if G.is_directed() else G.degree())}
    notes = [note] if note else []
    if total > max_nodes:
        keep = sorted(G.nodes, key=lambda n: (-scores.get(n, 0.0), str(n)))[:max_nodes]
        G = G.subgraph(keep)
        notes.append(f"Showing the {max_nodes:,} highest-ranked of {total:,} nodes.")
    H = G.copy()
    for n in H:
        H.nodes[n]["value"] = scores.get(n, 0.0)
    for _, _, attrs in H.edges(data=True):
        attrs.setdefault("title", str(attrs.pop("label", "")))
    for n, attrs in H.nodes(data=True):
        attrs["label"] = str(attrs.get("label") or n)
    layout.set_sizes(H)
    pos = positions if positions is not None else layout.force(H)
    for n, (x, y) in pos.items():
        if n in H:
            H.nodes[n]["x"], H.nodes[n]["y"] = float(x), float(y)
    sizes = "PageRank" if size_by == "pagerank" else "links in"
    return render_scene(Scene(H, title=title, notes=notes, sizes=sizes), base=base)


def build_view(store: Store, kind: str, focus: str | None = None, *, hops: int = 2, lang: str = "en", max_nodes: int | None = None) -> Scene:
    """One of the ``VIEWS`` of the store, laid out (see ``unkg.views.questions``).

    Raises:
        ViewError: an unknown kind, a focus the store does not know or holds nothing about, ego without a focus.
    """
    if kind not in VIEWS:
        raise ViewError(f"unknown view {kind!r}: use {', '.join(VIEWS)}")
    if max_nodes is not None and max_nodes < 1:
        raise ViewError("max_nodes must be at least 1")
    try:
        if kind == "ego":
            if not focus:
                raise ViewError("the ego view needs an IRI (the node to centre on), a UN symbol or a name")
            return questions.ego(store, focus, hops=hops, lang=lang, limit=max_nodes)
        return getattr(questions, kind)(store, focus or None, lang=lang, limit=max_nodes)
    except NotFound as e:
        raise ViewError(str(e)) from None
    except LookupError as e:
        raise ViewError(str(e.args[0]) if e.args else str(e)) from None
    except ValueError as e:
        if isinstance(e, ViewError):
            raise
        raise ViewError(f"not an IRI: {focus!r} ({e})") from None


def render_view(
    store: Store,
    kind: str,
    *,
    iri: str | None = None,
    hops: int = 2,
    lang: str = "en",
    max_nodes: int | None = None,
) -> str:
    """One of the ``VIEWS`` of the store as a self-contained HTML page (the HTML text).

    ``iri`` is the focus: an IRI, a work's UN symbol in any printed form, or a name or acronym as
    printed (ITU, CSTD, IGF); without it ``citations``, ``bodies``, ``series`` and ``timeline``
    show the whole store's overview. ``hops`` is ego's reach; ``max_nodes`` caps the nodes (each
    view has its own default, ``unkg.views.questions.LIMITS``).
    """
    scene = build_view(store, kind, iri, hops=hops, lang=lang, max_nodes=max_nodes)
    return render_scene(scene, base=store.base)
