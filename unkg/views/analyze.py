"""Network analyses of the store: the most-cited works, the most central bodies, communities of
works that cite each other, and the shortest citation path between two works.

Each function returns plain data (lists of dicts) built from the projections in
``unkg.views.networks`` with networkx's algorithms: PageRank (Page et al. 1999) for influence,
betweenness centrality (Brandes 2001) for brokerage, Louvain modularity (Blondel et al. 2008,
seeded so runs repeat) for communities. ``unkg analyze`` prints them.
"""

from __future__ import annotations

import networkx as nx

from unkg.symbols import SymbolError, normalise_symbol
from unkg.graph.stores import Store
from unkg.views import networks

__all__ = ["AnalysisError", "central_bodies", "citation_path", "communities", "most_cited"]


class AnalysisError(ValueError):
    """A question the store cannot answer as asked (an unknown work, a malformed symbol)."""


def _title(attrs: dict) -> str:
    return attrs.get("name") or ""


def most_cited(store: Store, *, top: int = 20, lang: str = "en") -> list[dict]:
    """Works ranked by PageRank in the citation network, with how many works cite them and their
    title (a named instrument's name for a document the store holds no text of)."""
    G = networks.citation_network(store, lang=lang, describe=False)
    pr = networks.rank(G, weight=None)
    ranked = sorted(G.nodes, key=lambda n: (-pr.get(n, 0.0), G.nodes[n].get("symbol", n)))[:top]
    networks.describe(store, G.subgraph(ranked), lang)  # only the works listed
    return [
        {
            "work": G.nodes[n].get("symbol") or networks.short(store, n),
            "pagerank": round(pr.get(n, 0.0), 6),
            "cited_by": G.in_degree(n),
            "cites": G.out_degree(n),
            "title": _title(G.nodes[n]),
            "iri": n,
        }
        for n in ranked
    ]


def central_bodies(store: Store, *, top: int = 20, lang: str = "en") -> list[dict]:
    """Bodies ranked by PageRank in the network of bodies named in the same paragraphs, with their
    betweenness (how often they sit between two others) and their number of partners."""
    G = networks.co_mention_network(store, lang=lang, describe=False)
    if G.number_of_nodes() == 0:
        return []
    pr = networks.rank(G)
    between = nx.betweenness_centrality(G)
    ranked = sorted(G.nodes, key=lambda n: (-pr[n], n))[:top]
    networks.describe(store, G.subgraph(ranked), lang)
    return [
        {
            "body": G.nodes[n].get("label", n),
            "name": G.nodes[n].get("name", ""),
            "pagerank": round(pr[n], 6),
            "betweenness": round(between[n], 6),
            "partners": G.degree(n),
            "shared_paragraphs": int(G.degree(n, weight="weight")),
            "iri": n,
        }
        for n in ranked
    ]


def communities(store: Store, *, lang: str = "en", min_size: int = 2, seed: int = 42, central: int = 3) -> list[dict]:
    """Groups of works that cite each other more than they cite the rest (Louvain, seeded),
    largest first. Each has its ``size``, how many members the store holds the text of, its
    members by PageRank (the first its ``hub``) and a ``label``: its ``central`` most central
    members, each by symbol and title."""
    G = networks.citation_network(store, lang=lang, describe=False)
    if G.number_of_edges() == 0:
        return []
    pr = networks.rank(G, weight=None)
    groups = nx.community.louvain_communities(G.to_undirected(), seed=seed)
    found = []
    for group in groups:
        if len(group) < min_size:
            continue
        found.append(sorted(group, key=lambda n: (-pr.get(n, 0.0), G.nodes[n].get("symbol", n))))
    ingested = {r["w"] for r in networks._rows(store, "SELECT DISTINCT ?w WHERE { ?w frbr:realization ?e }")}
    # the central members, and where none of them has a title, the most central work with text
    networks.describe(store, G.subgraph([n for members in found for n in members[:central]]), lang)
    example: dict[int, str] = {}
    for i, members in enumerate(found):
        if not any(_title(G.nodes[n]) for n in members[:central]):
            example[i] = next((n for n in members[central:] if n in ingested), "")
    networks.describe(store, G.subgraph([n for n in example.values() if n]), lang)
    out = []
    for i, members in enumerate(found):
        name = lambda n: G.nodes[n].get("symbol") or networks.short(store, n)  # noqa: E731
        short_title = lambda t: t if len(t) <= 60 else t[:59].rstrip() + "…"  # noqa: E731
        heads = []
        for n in members[:central]:
            title = _title(G.nodes[n])
            heads.append(f"{name(n)} ({short_title(title)})" if title else name(n))
        if example.get(i) and _title(G.nodes[example[i]]):
            heads.append(f"with {name(example[i])} ({short_title(_title(G.nodes[example[i]]))})")
        out.append(
            {
                "size": len(members),
                "hub": name(members[0]),
                "label": "; ".join(heads),
                "ingested": sum(1 for n in members if n in ingested),
                "members": [name(n) for n in members],
            }
        )
    out.sort(key=lambda c: (-c["size"], c["hub"]))
    for i, c in enumerate(out, start=1):
        c["community"] = i
    return out


def citation_path(store: Store, source: str, target: str) -> dict | None:
    """The shortest chain of citations between two works (symbols in any printed form).

    Follows citations from ``source`` towards ``target`` and, failing that, from ``target`` towards
    ``source``; returns ``{"path": [symbols, citing first], "direction": ...}`` or None when no chain
    of citations joins them.

    Raises:
        AnalysisError: a symbol that is malformed or names a work the citation network lacks.
    """
    G = networks.citation_network(store, describe=False)
    ends = []
    for text in (source, target):
        try:
            iri = store.minter.work(normalise_symbol(text))
        except SymbolError as e:
            raise AnalysisError(str(e)) from None
        if iri not in G:
            raise AnalysisError(f"{text}: no such work in the citation network (it neither cites nor is cited)")
        ends.append(iri)
    a, b = ends
    for start, end, direction in ((a, b, f"{source} cites towards {target}"), (b, a, f"{target} cites towards {source}")):
        try:
            path = nx.shortest_path(G, start, end)
        except nx.NetworkXNoPath:
            continue
        return {"path": [G.nodes[n].get("symbol") or networks.short(store, n) for n in path], "direction": direction, "steps": len(path) - 1}
    return None
