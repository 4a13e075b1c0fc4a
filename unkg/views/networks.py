"""networkx projections of the store, and the metrics views and analyses size things by.

Each projection is one SPARQL query (or one per hop) over the union graph, or a handful of index
lookups (``store.match``), turned into a networkx graph whose nodes are IRIs carrying plain-data
attributes: ``label`` (short, in the chosen language), ``name`` (title or full name), ``title`` (a
plain-text tooltip), ``kind`` (work, body, forum, office, state, event, series, instrument,
paragraph, ...), and for works ``symbol``, ``date`` and ``ingested`` (the store holds its text).
Nothing here renders: ``unkg.views.questions`` builds the question-shaped views from these
helpers, ``unkg.views.render`` draws them with pyvis, ``unkg.views.analyze`` ranks them.

Why ``store.match`` so often: Oxigraph answers a pattern with one bound node from its indexes at
once, while a SPARQL join of a list of nodes with a list of predicates, or of every mention with
its paragraph's work, made it scan whole predicates (11 s for 500 nodes; 7 s for the mentions of
the whole corpus). A part's IRI names its work (``{work}/op/3``), so the works that mention
something are read from the parts' IRIs rather than joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import networkx as nx
import pyoxigraph as ox

from unkg.graph.stores import Store
from unkg.ontology.namespace import PREFIXES
from unkg.queries import LABEL_LANGUAGES
from unkg.symbols import SymbolError, normalise_symbol

__all__ = [
    "KINDS",
    "citation_network",
    "co_mention_network",
    "describe",
    "ego_network",
    "kind_of",
    "rank",
    "resolve",
]

_U = PREFIXES["unkg"]


def term(name: str) -> ox.NamedNode:
    """``term("dcterms:title")``: the node of a prefixed name."""
    prefix, _, local = name.partition(":")
    return ox.NamedNode(PREFIXES[prefix] + local)


# the ontology's classes, by the kind of node a view draws them as
KINDS = {
    **{f"{_U}{c}": "work" for c in ("Work", "Resolution", "Decision", "DraftResolution", "DraftDecision", "Declaration", "OutcomeDocument", "Report")},
    f"{_U}Body": "body",
    f"{_U}Forum": "forum",
    f"{_U}Office": "office",
    f"{_U}Programme": "programme",
    f"{_U}Partnership": "partnership",
    f"{_U}Group": "group",
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
_PRECEDENCE = ("work", "instrument", "forum", "office", "programme", "partnership", "body", "state", "group", "series", "event",
               "paragraph", "footnote", "section", "language-version", "verb", "source")
# what an IRI was minted as, for nodes whose types say nothing of ours: Member States, Governments
# and all stakeholders (prov:Entity) are those asked, not organs; a document cited by a name the
# registries lack is an instrument all the same
_KIND_OF_PATH = {"body": "group", "instrument": "instrument", "event": "event", "event-series": "series", "state": "state"}
BODY_KINDS = ("body", "forum", "office", "programme", "partnership", "group")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


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


def objects(store: Store, subjects: Iterable[str], predicate: str) -> dict[str, list[ox.Term]]:
    """Each subject's objects of ``predicate`` (a prefixed name), each once, by index lookup."""
    nodes = [ox.NamedNode(s) for s in dict.fromkeys(subjects)]
    found: dict[str, list[ox.Term]] = {n.value: [] for n in nodes}
    if nodes:
        for t in dict.fromkeys(store.match(nodes, term(predicate))):
            found[t.subject.value].append(t.object)
    return found


def subjects(store: Store, predicate: str, obj: str | ox.Term) -> list[str]:
    """The IRIs that have ``predicate`` (a prefixed name) ``obj``, each once, by index lookup."""
    node = ox.NamedNode(obj) if isinstance(obj, str) else obj
    return list(dict.fromkeys(t.subject.value for t in store.match(None, term(predicate), node) if isinstance(t.subject, ox.NamedNode)))


def pick(literals: Iterable[ox.Term], lang: str, *, strict: bool = False) -> str | None:
    """The literal in ``lang``, else English, else untagged, else (unless ``strict``) any (its
    text), or None."""
    values = [(o.value, (o.language or "").lower()) for o in literals if isinstance(o, ox.Literal)]
    for want in (lang.lower(), "en", ""):
        for value, tag in sorted(values):
            if tag == want or (want and tag.startswith(want + "-")):
                return value
    return min(values)[0] if values and not strict else None


def works_of_parts(store: Store, parts: Iterable[str]) -> dict[str, set[str]]:
    """The parts grouped by the work each belongs to (read from the part's IRI)."""
    works: dict[str, set[str]] = {}
    for p in parts:
        work = store.minter.work_of_part(p)
        if work:
            works.setdefault(work, set()).add(p)
    return works


def short(store: Store, iri: str) -> str:
    """A readable name for an IRI with no label: the symbol of a work, the path of a part, a
    prefixed name, or the last two steps of another IRI (``thesaurus/1001``, ``eurovoc/4424``)."""
    if iri.startswith(store.base):
        rest = iri[len(store.base) :]
        return rest[4:] if rest.startswith("doc/") else rest
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#]+)([^?#]*)", iri, re.I)
    if m:
        steps = [m[1].split(".")[0], *(p for p in m[2].split("/") if p)]
        return "/".join(steps[-2:])
    return iri


def _slug_name(store: Store, iri: str) -> str:
    """A name for an entity the store names nowhere: its IRI's last step, words apart
    (``instrument/age-of-digital-interdependence`` -> ``age of digital interdependence``)."""
    if iri.startswith(store.base) and not iri.startswith(store.base + "doc/"):
        return iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
    return short(store, iri)


def _describe(store: Store, G: nx.Graph, lang: str, *, chunk: int = 400) -> None:
    """Fill in ``kind``, ``label``, ``name``, ``title`` (and ``symbol``/``date``/``ingested`` for works) for G's nodes."""
    nodes = [n for n in G.nodes if not G.nodes[n].get("label")]
    # works whose symbol is known already skip their types and identifiers, which every graph
    # that cites them repeats (thousands of times for A/RES/70/1)
    known = [n for n in nodes if G.nodes[n].get("symbol")]
    rest = [n for n in nodes if not G.nodes[n].get("symbol")]
    for group, predicates in ((known, "dcterms:title dcterms:date frbr:realization skos:prefLabel"),
                              (rest, "rdf:type dcterms:identifier dcterms:title dcterms:date skos:prefLabel unkg:acronym schema:startDate frbr:realization")):
        for i in range(0, len(group), chunk):
            _describe_batch(store, G, group[i : i + chunk], predicates, lang)


def _describe_batch(store: Store, G: nx.Graph, batch: list[str], predicates: str, lang: str) -> None:
    # one index lookup per node and predicate (store.match): see the module's note
    facts = {name.partition(":")[2]: objects(store, batch, name) for name in predicates.split()}
    untitled: list[str] = []
    for n in batch:
        f = {key: found[n] for key, found in facts.items()}
        attrs = G.nodes[n]
        kind = attrs.get("kind") or kind_of(o.value for o in f.get("type", []))
        if kind == "other":  # untyped, or typed only prov:Entity: the kind its IRI was minted as
            kind = _KIND_OF_PATH.get(n[len(store.base) :].split("/", 1)[0], "other") if n.startswith(store.base) else "other"
        attrs["kind"] = kind
        symbol = attrs.get("symbol") or min((o.value for o in f.get("identifier", [])), key=lambda s: (len(s), s), default=None)
        title = pick(f.get("title", []), lang)
        name = pick(f.get("prefLabel", []), lang)
        acronym = pick(f.get("acronym", []), lang, strict=True)  # a Chinese acronym is no label for an English reader
        date = pick(f.get("date", []), lang) or min((o.value for o in f.get("startDate", [])), default=None)
        if kind == "work" or (symbol and kind == "other"):
            attrs["kind"] = "work"
            attrs["symbol"] = symbol or short(store, n)
            attrs["ingested"] = bool(f.get("realization"))
            label = attrs["symbol"]
            if not (title or name):
                untitled.append(n)
        elif kind in ("paragraph", "footnote", "section"):
            label = short(store, n)
        else:
            label = acronym or name or title or symbol or _slug_name(store, n)
        attrs["label"] = label
        attrs["name"] = title or name or ""
        if date:
            attrs["date"] = date
        attrs["title"] = _tooltip(label, (name, title), date, n)
    # a document the store holds no text of may be a named instrument's (owl:sameAs): its name
    for n in untitled:
        for instrument in subjects(store, "owl:sameAs", n)[:1]:
            name = pick(objects(store, [instrument], "skos:prefLabel")[instrument], lang)
            if name:
                attrs = G.nodes[n]
                attrs["name"] = name
                attrs["title"] = _tooltip(attrs["label"], (name,), attrs.get("date"), n)


def _tooltip(label: str, extras: Iterable[str | None], date: str | None, iri: str) -> str:
    lines = [label]
    for extra in extras:
        if extra and extra != label and extra not in lines:
            lines.append(extra)
    if date:
        lines.append(date)
    lines.append(iri)
    return "\n".join(lines)


def describe(store: Store, G: nx.Graph, lang: str = "en") -> None:
    """Add ``label``, ``name``, ``title`` (and ``date``, ``ingested``) to G's nodes that lack them."""
    _describe(store, G, lang)


def rank(G: nx.Graph, *, weight: str | None = "weight") -> dict[str, float]:
    """PageRank of every node (an empty graph gives an empty dict)."""
    if G.number_of_nodes() == 0:
        return {}
    return nx.pagerank(G, weight=weight)


def resolve(store: Store, text: str, *, prefer: Iterable[str] = ("work",)) -> str:
    """The IRI a view centres on, from an IRI, a UN document symbol in any printed form, or a
    name or acronym exactly as printed in any of the six languages (ITU, CSTD, 秘书长, IGF).

    ``prefer`` lists the kinds wanted, in order: a symbol is tried first when it starts with
    ``work``, names first otherwise; among several entities of one name, the first preferred kind
    wins.

    Raises:
        LookupError: the text is none of these, or names nothing in the store.
        ValueError: a malformed IRI.
    """
    text = " ".join(text.split())
    prefer = tuple(prefer)
    if not text:
        raise LookupError("give an IRI, a UN document symbol or a name")
    if _SCHEME.match(text) and " " not in text:
        return ox.NamedNode(text).value  # raises ValueError for a malformed IRI

    def by_symbol() -> str | None:
        try:
            return store.minter.work(normalise_symbol(text))
        except SymbolError:
            return None

    def by_name() -> str | None:
        found: dict[str, None] = {}
        for predicate in ("unkg:acronym", "skos:prefLabel", "skos:altLabel"):
            for tag in LABEL_LANGUAGES:
                for s in subjects(store, predicate, ox.Literal(text, language=tag)):
                    found[s] = None
        if not found:
            return None
        kinds = {n: kind_of(o.value for o in types) for n, types in objects(store, found, "rdf:type").items()}
        candidates = [n for n in found if kinds[n] != "verb"] or list(found)
        order = {k: i for i, k in enumerate(prefer)}
        return min(candidates, key=lambda n: (order.get(kinds[n], len(order)), n))

    for attempt in ((by_symbol, by_name) if prefer[:1] == ("work",) else (by_name, by_symbol)):
        iri = attempt()
        if iri:
            return iri
    raise LookupError(f"not an IRI or a UN document symbol: {text!r}, nor a name the store knows")


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
        symbol = store.minter.symbol_of(n)
        if symbol:  # a named instrument (the UN Charter) is described by its own types
            G.nodes[n]["kind"] = "work"
            G.nodes[n]["symbol"] = symbol
    if describe:
        _describe(store, G, lang)
    return G


def co_mention_network(store: Store, *, lang: str = "en", describe: bool = True) -> nx.Graph:
    """Bodies linked when a paragraph names both; ``weight`` is the number of such paragraphs.

    Read from the summary graph's counts (``unkg.graph.summary``), which every ingest recomputes:
    the pairs (a paragraph naming both in one of its language versions) and every body counted
    at all, so bodies mentioned alone are nodes too; a node's ``paragraphs`` is the number of
    paragraphs naming it."""
    G = nx.Graph()
    for r in _rows(store, "SELECT ?a ?b ?n WHERE { GRAPH ?s { ?o unkg:mentionedWith ?b ; unkg:mentioned ?a ; unkg:paragraphCount ?n } }"):
        n = int(r["n"])
        G.add_edge(r["a"], r["b"], weight=n, label=f"named together in {n} paragraphs")
    for r in _rows(store, "SELECT ?b (SUM(?n) AS ?total) WHERE { GRAPH ?s { ?o sdmx-dimension:refPeriod ?y ; unkg:mentioned ?b ; unkg:paragraphCount ?n } } GROUP BY ?b"):
        G.add_node(r["b"], paragraphs=int(float(r["total"])))
    if describe:
        _describe(store, G, lang)
    return G


def ego_network(store: Store, iri: str, *, hops: int = 2, lang: str = "en", max_nodes: int = 500) -> nx.DiGraph:
    """The neighbourhood of ``iri``: every node within ``hops`` links either way (literals aside).

    Types become the nodes' ``kind`` rather than edges to class nodes. The graph keeps at most
    ``max_nodes`` nodes, nearest first; ``G.graph["complete"]`` says whether any were left out and
    ``G.graph["seen"]`` how many nodes the walk reached.
    """
    center = ox.NamedNode(iri).value  # raises ValueError for a malformed IRI
    # the store's own bookkeeping is no neighbour: summary observations, citation records, graphs
    internal = re.compile(rf"^{re.escape(store.base)}(?:dataset/|graph/|doc/.+/cite/)")
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
            for r in sorted(rows, key=lambda r: (r["s"], r["p"], r["o"])):
                s, p, o = r["s"], r["p"], r["o"]
                if internal.match(s) or internal.match(o):
                    continue
                for node in (s, o):
                    if node not in seen:
                        seen.add(node)
                        if G.number_of_nodes() < max_nodes:
                            G.add_node(node, hop=hop)
                            found.append(node)
                        else:
                            complete = False
                if s in G and o in G and s != o:
                    G.add_edge(s, o, label=short(store, p))
        frontier = found
    G.graph["complete"] = complete
    G.graph["seen"] = len(seen)
    _describe(store, G, lang)
    return G
