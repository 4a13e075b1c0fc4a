"""networkx projections of the store, and the metrics views and analyses size things by.

Each projection is one SPARQL query (or one per hop) over the union graph, turned into a
networkx graph whose nodes are IRIs carrying plain-data attributes: ``label`` (short, in the
chosen language), ``name`` (title or full name), ``title`` (a plain-text tooltip), ``kind`` (work, body, state, event, series,
instrument, paragraph, ...), and for works ``symbol``, ``date`` and ``ingested`` (the store
holds its text). Nothing here renders: ``unkg.views.render`` draws these graphs with pyvis,
``unkg.views.analyze`` ranks them.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import pyoxigraph as ox

from unkg.graph import summary
from unkg.ontology.namespace import PREFIXES
from unkg.graph.stores import Store

__all__ = [
    "bodies_network",
    "citation_network",
    "co_mention_network",
    "describe",
    "ego_network",
    "kind_of",
    "rank",
    "timeline_network",
]

_U = PREFIXES["unkg"]
_MENTIONS = ox.NamedNode(_U + "mentions")
# the ontology's classes, by the kind of node a view draws them as
KINDS = {
    **{f"{_U}{c}": "work" for c in ("Work", "Resolution", "Decision", "DraftResolution", "DraftDecision", "Declaration", "OutcomeDocument", "Report")},
    **{f"{_U}{c}": "body" for c in ("Body", "Forum", "Office", "Programme", "Partnership")},
    f"{_U}MemberState": "state",
    f"{_U}Event": "event",
    f"{_U}Observance": "event",
    f"{_U}EventSeries": "series",
    f"{_U}NamedInstrument": "instrument",
    f"{_U}Publication": "instrument",
    f"{_U}Initiative": "instrument",
    **{f"{_U}{c}": "paragraph" for c in ("Paragraph", "PreambularParagraph", "OperativeParagraph", "Subparagraph")},
    f"{_U}Footnote": "footnote",
    f"{_U}Section": "section",
    f"{_U}LanguageVersion": "language-version",
    f"{_U}Verb": "verb",
    f"{_U}SourceGraph": "source",
    f"{_U}SourceFile": "source",
}
# when a node has several types, the first kind in this order wins
_PRECEDENCE = ("work", "instrument", "body", "state", "event", "series", "paragraph", "footnote", "section", "language-version", "verb", "source")
BODY_CLASSES = " ".join(f"unkg:{c}" for c in summary.BODY_CLASSES)  # as the summary counts them
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def kind_of(types: Iterable[str]) -> str:
    """The kind a view draws a node with these ``rdf:type`` IRIs as (``other`` when none is ours)."""
    kinds = {KINDS[t] for t in types if t in KINDS}
    for k in _PRECEDENCE:
        if k in kinds:
            return k
    return "other"


def _rows(store: Store, sparql: str) -> list[dict[str, str]]:
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [{n: r[n].value for n in names if r[n] is not None} for r in result]


def _values(iris: Iterable[str]) -> str:
    return " ".join(str(ox.NamedNode(i)) for i in iris)


def _short(store: Store, iri: str) -> str:
    """A readable name for an IRI with no label: the symbol of a work, the path of a part."""
    if iri.startswith(store.base):
        rest = iri[len(store.base) :]
        return rest[4:] if rest.startswith("doc/") else rest
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _describe(store: Store, G: nx.Graph, lang: str, *, chunk: int = 400) -> None:
    """Fill in ``kind``, ``label``, ``title`` (and ``symbol``/``date``/``ingested`` for works) for G's nodes."""
    nodes = [n for n in G.nodes if not G.nodes[n].get("label")]
    # works whose symbol is known already skip their types and identifiers, which every graph
    # that cites them repeats (thousands of times for A/RES/70/1)
    known = [n for n in nodes if G.nodes[n].get("symbol")]
    rest = [n for n in nodes if not G.nodes[n].get("symbol")]
    for group, predicates in ((known, "dcterms:title dcterms:date frbr:realization"),
                              (rest, "rdf:type dcterms:identifier dcterms:title dcterms:date skos:prefLabel unkg:acronym schema:startDate frbr:realization")):
        for i in range(0, len(group), chunk):
            _describe_batch(store, G, group[i : i + chunk], predicates, lang)


def _describe_batch(store: Store, G: nx.Graph, batch: list[str], predicates: str, lang: str) -> None:
    # one index lookup per node and predicate (store.match): a SPARQL join of the nodes with a
    # VALUES list of predicates let Oxigraph scan whole predicates instead (11 s for 500 nodes)
    nodes = [ox.NamedNode(n) for n in batch]
    facts: dict[str, dict[str, list[tuple[str, str]]]] = {n: {} for n in batch}
    for name in predicates.split():
        prefix, _, local = name.partition(":")
        predicate = ox.NamedNode(PREFIXES[prefix] + local)
        for t in dict.fromkeys(store.match(nodes, predicate)):
            o = t.object
            tag = o.language or "" if isinstance(o, ox.Literal) else ""
            facts[t.subject.value].setdefault(local, []).append((o.value, tag))
    for n in batch:
        f = facts[n]
        attrs = G.nodes[n]
        kind = attrs.get("kind") or kind_of(o for o, _ in f.get("type", []))
        attrs["kind"] = kind

        def pick(key: str) -> str | None:
            values = f.get(key, [])
            for want in (lang, "en", ""):
                for value, tag in values:
                    if tag.lower() == want or (want and tag.lower().startswith(want + "-")):
                        return value
            return values[0][0] if values else None

        symbol = attrs.get("symbol") or min((o for o, _ in f.get("identifier", [])), key=lambda s: (len(s), s), default=None)
        title = pick("title")
        name = pick("prefLabel")
        acronym = pick("acronym")
        date = pick("date") or pick("startDate")
        if kind == "work" or (symbol and kind == "other"):
            attrs["kind"] = "work"
            attrs["symbol"] = symbol or _short(store, n)
            attrs["ingested"] = bool(f.get("realization"))
            label = attrs["symbol"]
        elif kind in ("paragraph", "footnote", "section"):
            label = _short(store, n)
        else:
            label = acronym or name or title or symbol or _short(store, n)
        attrs["label"] = label
        attrs["name"] = title or name or ""
        lines = [label]
        for extra in (name, title):
            if extra and extra != label and extra not in lines:
                lines.append(extra)
        if date:
            attrs["date"] = date
            lines.append(date)
        lines.append(n)
        attrs["title"] = "\n".join(lines)


def rank(G: nx.Graph, *, weight: str | None = "weight") -> dict[str, float]:
    """PageRank of every node (an empty graph gives an empty dict)."""
    if G.number_of_nodes() == 0:
        return {}
    return nx.pagerank(G, weight=weight)


def citation_network(store: Store, *, lang: str = "en", describe: bool = True) -> nx.DiGraph:
    """Works and the works they cite (``dcterms:references``); an edge points from citing to cited.

    ``describe=False`` leaves labels and titles out (``describe(store, G, lang)`` adds them later,
    to the nodes a view keeps)."""
    G = nx.DiGraph()
    for r in _rows(store, "SELECT DISTINCT ?a ?b WHERE { ?a dcterms:references ?b }"):
        G.add_edge(r["a"], r["b"], label="cites")
    # works with text that cite nothing are part of the network too
    for r in _rows(store, "SELECT DISTINCT ?w WHERE { ?w frbr:realization ?e }"):
        G.add_node(r["w"])
    for n in G.nodes:
        G.nodes[n]["kind"] = "work"
        G.nodes[n]["symbol"] = store.minter.symbol_of(n) or _short(store, n)
    if describe:
        _describe(store, G, lang)
    return G


def describe(store: Store, G: nx.Graph, lang: str = "en") -> None:
    """Add ``label``, ``name``, ``title`` (and ``date``, ``ingested``) to G's nodes that lack them."""
    _describe(store, G, lang)


def bodies_network(store: Store, *, lang: str = "en", describe: bool = True) -> nx.Graph:
    """Bodies and the works that mention them; an edge's ``weight`` is the number of paragraphs.

    The paragraphs naming each body are read by index (a paragraph's IRI gives its work): one
    SPARQL join of every mention with its paragraph's work took 7 s on the whole corpus."""
    G = nx.Graph()
    bodies = [r["body"] for r in _rows(store, f"SELECT DISTINCT ?body WHERE {{ VALUES ?class {{ {BODY_CLASSES} }} ?body a ?class }}")]
    for body in bodies:
        parts: dict[str, set[str]] = {}
        for t in store.match(None, _MENTIONS, ox.NamedNode(body)):
            work = store.minter.work_of_part(t.subject.value)
            if work:
                parts.setdefault(work, set()).add(t.subject.value)
        for work, ps in parts.items():
            n = len(ps)
            G.add_edge(work, body, weight=n, label=f"{n} paragraphs")
            G.nodes[work]["kind"] = "work"
            G.nodes[work]["symbol"] = store.minter.symbol_of(work) or _short(store, work)
    if describe:
        _describe(store, G, lang)
    return G


def co_mention_network(store: Store, *, lang: str = "en") -> nx.Graph:
    """Bodies linked when a paragraph names both; ``weight`` is the number of such paragraphs.

    Read from the summary graph's counts (``unkg.graph.summary``), which every ingest recomputes:
    the pairs (a paragraph naming both in one of its language versions) and every body counted
    at all, so bodies mentioned alone are nodes too."""
    G = nx.Graph()
    for r in _rows(store, "SELECT ?a ?b ?n WHERE { GRAPH ?s { ?o unkg:mentionedWith ?b ; unkg:mentioned ?a ; unkg:paragraphCount ?n } }"):
        n = int(r["n"])
        G.add_edge(r["a"], r["b"], weight=n, label=f"{n} paragraphs")
    for r in _rows(store, "SELECT DISTINCT ?b WHERE { GRAPH ?s { ?o sdmx-dimension:refPeriod ?y ; unkg:mentioned ?b } }"):
        G.add_node(r["b"])
    _describe(store, G, lang)
    return G


def ego_network(store: Store, iri: str, *, hops: int = 2, lang: str = "en", max_nodes: int = 500) -> nx.DiGraph:
    """The neighbourhood of ``iri``: every node within ``hops`` links either way (literals aside).

    Types become the nodes' ``kind`` rather than edges to class nodes. The graph keeps at most
    ``max_nodes`` nodes, nearest first; ``G.graph["complete"]`` says whether any were left out and
    ``G.graph["seen"]`` how many nodes the walk reached.
    """
    center = ox.NamedNode(iri).value  # raises ValueError for a malformed IRI
    G = nx.DiGraph(center=center)
    G.add_node(center, hop=0)
    frontier = [center]
    seen = {center}
    complete = True
    for hop in range(1, max(hops, 0) + 1):
        if not frontier:
            break
        found: list[str] = []
        for i in range(0, len(frontier), 200):
            batch = _values(frontier[i : i + 200])
            rows = _rows(
                store,
                f"""SELECT DISTINCT ?s ?p ?o WHERE {{
                  {{ VALUES ?s {{ {batch} }} ?s ?p ?o . FILTER(isIRI(?o)) }}
                  UNION
                  {{ VALUES ?o {{ {batch} }} ?s ?p ?o . FILTER(isIRI(?s)) }}
                  FILTER(?p != rdf:type)
                }}""",
            )
            for r in rows:
                s, p, o = r["s"], r["p"], r["o"]
                for node in (s, o):
                    if node not in seen:
                        seen.add(node)
                        if G.number_of_nodes() < max_nodes:
                            G.add_node(node, hop=hop)
                            found.append(node)
                        else:
                            complete = False
                if s in G and o in G and s != o:
                    G.add_edge(s, o, label=_short(store, p))
        frontier = found
    G.graph["complete"] = complete
    G.graph["seen"] = len(seen)
    _describe(store, G, lang)
    return G


def timeline_network(store: Store, *, lang: str = "en") -> nx.DiGraph:
    """Dated events, their series and the works that mention them; edges point from a work to the
    event it mentions and from an event to its series. Events carry ``start`` (ISO date)."""
    G = nx.DiGraph()
    rows = _rows(
        store,
        """SELECT DISTINCT ?event ?start ?series WHERE {
          VALUES ?class { unkg:Event unkg:Observance }
          GRAPH ?g {
            ?event a ?class ; schema:startDate ?start .
            OPTIONAL { ?event schema:superEvent ?series }
          }
        }""",
    )
    for r in rows:
        ev = r["event"]
        G.add_node(ev, start=min(r["start"], G.nodes[ev].get("start", r["start"])) if ev in G else r["start"])
        if r.get("series"):
            G.add_edge(ev, r["series"], label="in series")
    # the works that mention each event: the paragraphs naming it, read by index (a paragraph's
    # IRI gives its work), not a join over every mention of the store
    for ev in [n for n, start in G.nodes(data="start") if start]:
        works = {store.minter.work_of_part(t.subject.value) or t.subject.value for t in store.match(None, _MENTIONS, ox.NamedNode(ev))}
        for work in works:
            G.add_edge(work, ev, label="mentions")
    _describe(store, G, lang)
    for n, start in nx.get_node_attributes(G, "start").items():
        G.nodes[n]["kind"] = "event"
        G.nodes[n]["date"] = start
    return G
