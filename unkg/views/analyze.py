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


def most_cited(store: Store, *, top: int = 20, lang: str = "en") -> list[dict]:
    """Works ranked by PageRank in the citation network, with how many works cite them."""
    G = networks.citation_network(store, lang=lang)
    pr = networks.rank(G, weight=None)
    ranked = sorted(G.nodes, key=lambda n: (-pr.get(n, 0.0), G.nodes[n].get("symbol", n)))[:top]
    return [
        {
            "work": G.nodes[n].get("symbol", n),
            "pagerank": round(pr.get(n, 0.0), 6),
            "cited_by": G.in_degree(n),
            "cites": G.out_degree(n),
            "title": G.nodes[n].get("name", ""),
            "iri": n,
        }
        for n in ranked
    ]


def central_bodies(store: Store, *, top: int = 20, lang: str = "en") -> list[dict]:
    """Bodies ranked by PageRank in the network of bodies named in the same paragraphs, with their
    betweenness (how often they sit between two others) and their number of partners."""
    G = networks.co_mention_network(store, lang=lang)
    if G.number_of_nodes() == 0:
        return []
    pr = networks.rank(G)
    between = nx.betweenness_centrality(G)
    ranked = sorted(G.nodes, key=lambda n: (-pr[n], G.nodes[n].get("label", n)))[:top]
    return [
        {
            "body": G.nodes[n].get("label", n),
            "pagerank": round(pr[n], 6),
            "betweenness": round(between[n], 6),
            "partners": G.degree(n),
            "shared_paragraphs": int(G.degree(n, weight="weight")),
            "iri": n,
        }
        for n in ranked
    ]


def communities(store: Store, *, lang: str = "en", min_size: int = 2, seed: int = 42) -> list[dict]:
    """Groups of works that cite each other more than they cite the rest (Louvain, seeded),
    largest first; each lists its members by PageRank, the first being its ``hub``."""
    G = networks.citation_network(store, lang=lang)
    if G.number_of_edges() == 0:
        return []
    pr = networks.rank(G, weight=None)
    groups = nx.community.louvain_communities(G.to_undirected(), seed=seed)
    out = []
    for group in groups:
        if len(group) < min_size:
            continue
        members = sorted(group, key=lambda n: (-pr.get(n, 0.0), G.nodes[n].get("symbol", n)))
        out.append(
            {
                "size": len(members),
                "hub": G.nodes[members[0]].get("symbol", members[0]),
                "ingested": sum(1 for n in members if G.nodes[n].get("ingested")),
                "members": [G.nodes[n].get("symbol", n) for n in members],
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
    G = networks.citation_network(store)
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
        return {"path": [G.nodes[n].get("symbol", n) for n in path], "direction": direction, "steps": len(path) - 1}
    return None
