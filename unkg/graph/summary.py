"""The summary graph: whole-store counts, computed once after each ingest rather than at every question.

"Which bodies were mentioned most each year" and "which bodies are named together" aggregate every
mention in the store: on the whole AKN corpus that is 120,000 mention quads across 4,700 graphs, and
a SPARQL engine that walks them at question time takes seconds (Oxigraph: 2 s for the first, minutes
for the second). Here they are counted once, in Python, from one scan of the distinct mentions, and
written as RDF Data Cube observations (https://www.w3.org/TR/vocab-data-cube/) into one named graph,
``{base}graph/summary``, that the library's queries read:

- data set ``{base}dataset/mentions-by-year`` (structure ``unkg:mentionsByYear``): per body, forum,
  office, programme or partnership and year of adoption, ``unkg:paragraphCount`` paragraphs and footnotes that name it (each counted once,
  however many language versions name it) and ``unkg:workCount`` works they belong to;
- data set ``{base}dataset/cited-by`` (structure ``unkg:citedBy``): per work or instrument the
  store's works cite (``dcterms:references``), ``unkg:citedByCount`` works citing it, and its
  identifier (the least, where graphs name it differently);
- data set ``{base}dataset/requests-by-addressee`` (structure ``unkg:requestsByAddressee``): per
  addressee (``unkg:addressed``) and verb (``unkg:askingVerb``), the operative paragraphs that ask
  it and their works;
- the types and ``skos:prefLabel``s of the entities observed and of the organs that adopted
  the works, once each, so a query finds the counts,
  classes and names in one graph;
- data set ``{base}dataset/co-mentions`` (structure ``unkg:coMentions``): per pair of bodies, fora,
  offices, programmes or partnerships (``unkg:mentioned`` < ``unkg:mentionedWith`` by IRI), the
  paragraphs that name both in one of their language versions, and their works.

A mention counts when its paragraph is part of a work with a date (the year is the work's). The
summary reads and writes through the store's interface only, so it works the same on the embedded
store and on a remote endpoint; ``unkg.pipeline.ingest_paths`` calls it after every ingest.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import pyoxigraph as ox

from unkg import __version__
from unkg.graph.build import (
    DCT_IDENTIFIER,
    DCT_TITLE,
    PROV_GENERATED_AT,
    RDF_TYPE,
    SKOS_PREFLABEL,
    XSD_DATETIME,
    XSD_INTEGER,
    now,
)
from unkg.ontology.namespace import PREFIXES
from unkg.ontology.namespace import UNKG

MENTIONS_BY_YEAR = "mentions-by-year"
CO_MENTIONS = "co-mentions"
CITED_BY = "cited-by"
REQUESTS = "requests-by-addressee"
# the classes whose members are counted (the same as the bodies views and queries)
BODY_CLASSES = ("Body", "Forum", "Office", "Programme", "Partnership")

_QB = "http://purl.org/linked-data/cube#"
_QB_OBSERVATION = ox.NamedNode(_QB + "Observation")
_QB_DATASET = ox.NamedNode(_QB + "DataSet")
_QB_DATASET_P = ox.NamedNode(_QB + "dataSet")
_QB_STRUCTURE = ox.NamedNode(_QB + "structure")
_REF_PERIOD = ox.NamedNode(PREFIXES["sdmx-dimension"] + "refPeriod")
_GYEAR = ox.NamedNode(PREFIXES["xsd"] + "gYear")
_VERSION = ox.NamedNode(PREFIXES["schema"] + "softwareVersion")

# every (graph, paragraph, entity): a pair counts when one language version names both
_MENTIONS = """SELECT ?g ?part ?entity WHERE { GRAPH ?g { ?part unkg:mentions ?entity } }"""
# the year of each work with a date
_WORK_DATES = """SELECT DISTINCT ?work ?date WHERE { GRAPH ?g { ?work frbr:realization ?e ; dcterms:date ?date } }"""
# every work's references to works and instruments the citing graph names by identifier
_REFERENCES = """SELECT ?citing ?cited ?id WHERE { GRAPH ?g { ?citing dcterms:references ?cited . ?cited dcterms:identifier ?id } }"""
_ADOPTED_BY = ox.NamedNode(str(UNKG.adoptedBy))
# who each paragraph asks, and with which verb
_ADDRESSEES = """SELECT ?part ?addressee ?verb WHERE { GRAPH ?g { ?part unkg:addressee ?addressee ; unkg:verb ?verb } }"""
_BODIES = (
    "SELECT DISTINCT ?entity WHERE { VALUES ?class { "
    + " ".join(f"unkg:{c}" for c in BODY_CLASSES)
    + " } ?entity a ?class }"
)



@dataclass
class SummaryCounts:
    """What one run wrote: observations of each data set and triples in all."""

    mentions_by_year: int = 0
    co_mentions: int = 0
    cited_by: int = 0
    requests: int = 0
    triples: int = 0


def _year(date: ox.Literal) -> str | None:
    text = date.value
    return text[:4] if len(text) >= 4 and text[:4].isdigit() else None


def summary_quads(store, generated_at: str) -> tuple[list[ox.Quad], SummaryCounts]:
    """The summary graph's quads, computed from the store's current content."""
    minter = store.minter
    graph = ox.NamedNode(minter.summary_graph())
    years: dict[str, str] = {}
    for row in store.query(_WORK_DATES):
        year = _year(row["date"]) if isinstance(row["date"], ox.Literal) else None
        if year:  # a work whose language versions carry different dates counts in its earliest year
            years[row["work"].value] = min(year, years.get(row["work"].value, year))
    bodies = {row["entity"].value for row in store.query(_BODIES)}

    parts: dict[tuple[str, str], set[str]] = defaultdict(set)  # (entity, year) -> paragraphs
    works: dict[tuple[str, str], set[str]] = defaultdict(set)  # (entity, year) -> works
    named: dict[tuple[str, str], set[str]] = defaultdict(set)  # (graph, paragraph) -> bodies it names
    work_of: dict[str, str] = {}
    for row in store.query(_MENTIONS):
        part, entity = row["part"], row["entity"]
        if not isinstance(part, ox.NamedNode) or not isinstance(entity, ox.NamedNode):
            continue
        work = work_of.get(part.value) or minter.work_of_part(part.value)
        year = years.get(work) if work else None
        if year is None:
            continue
        if entity.value not in bodies:
            continue
        work_of[part.value] = work
        parts[entity.value, year].add(part.value)
        works[entity.value, year].add(work)
        named[row["g"].value, part.value].add(entity.value)

    pair_parts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (_, part), names in named.items():
        for a, b in combinations(sorted(names), 2):
            pair_parts[a, b].add(part)

    citing: dict[str, set[str]] = defaultdict(set)  # cited -> the works citing it
    symbol: dict[str, str] = {}  # cited -> its first identifier
    for row in store.query(_REFERENCES):
        cited, ident = row["cited"].value, row["id"].value
        citing[cited].add(row["citing"].value)
        symbol[cited] = min(ident, symbol.get(cited, ident))

    asked: dict[tuple[str, str], set[str]] = defaultdict(set)  # (addressee, verb) -> paragraphs
    for row in store.query(_ADDRESSEES):
        asked[row["addressee"].value, row["verb"].value].add(row["part"].value)

    quads: list[ox.Quad] = []

    def add(s, p, o) -> None:
        quads.append(ox.Quad(s, p, o, graph))

    def count(n: int) -> ox.Literal:
        return ox.Literal(str(n), datatype=XSD_INTEGER)

    add(graph, PROV_GENERATED_AT, ox.Literal(generated_at, datatype=XSD_DATETIME))
    add(graph, _VERSION, ox.Literal(f"unkg {__version__}"))
    datasets = {}
    for name, structure, title in (
        (MENTIONS_BY_YEAR, UNKG.mentionsByYear, "Mentions by year"),
        (CO_MENTIONS, UNKG.coMentions, "Co-mentions of bodies"),
        (CITED_BY, UNKG.citedBy, "Works cited by the store's works"),
        (REQUESTS, UNKG.requestsByAddressee, "Requests by addressee and verb"),
    ):
        ds = ox.NamedNode(minter.data_set(name))
        datasets[name] = ds
        add(ds, RDF_TYPE, _QB_DATASET)
        add(ds, _QB_STRUCTURE, ox.NamedNode(str(structure)))
        add(ds, DCT_TITLE, ox.Literal(title, language="en"))

    def observe(name: str, keys: tuple[str, ...], facts: dict) -> None:
        """One observation of data set ``name``, keyed by ``keys``: its dimensions and measures."""
        obs = ox.NamedNode(minter.observation(name, *keys))
        add(obs, RDF_TYPE, _QB_OBSERVATION)
        add(obs, _QB_DATASET_P, datasets[name])
        for predicate, value in facts.items():
            add(obs, predicate if isinstance(predicate, ox.NamedNode) else ox.NamedNode(str(predicate)), value)

    for (entity, year), ps in sorted(parts.items()):
        observe(MENTIONS_BY_YEAR, (entity, year), {
            UNKG.mentioned: ox.NamedNode(entity), _REF_PERIOD: ox.Literal(year, datatype=_GYEAR),
            UNKG.paragraphCount: count(len(ps)), UNKG.workCount: count(len(works[entity, year])),
        })
    for (a, b), ps in sorted(pair_parts.items()):
        observe(CO_MENTIONS, (a, b), {
            UNKG.mentioned: ox.NamedNode(a), UNKG.mentionedWith: ox.NamedNode(b),
            UNKG.paragraphCount: count(len(ps)), UNKG.workCount: count(len({work_of[p] for p in ps})),
        })
    for cited, works_citing in sorted(citing.items()):
        observe(CITED_BY, (cited,), {UNKG.cited: ox.NamedNode(cited), UNKG.citedByCount: count(len(works_citing))})
        add(ox.NamedNode(cited), DCT_IDENTIFIER, ox.Literal(symbol[cited]))
    for (addressee, verb), ps in sorted(asked.items()):
        observe(REQUESTS, (addressee, verb), {
            UNKG.addressed: ox.NamedNode(addressee), UNKG.askingVerb: ox.NamedNode(verb),
            UNKG.paragraphCount: count(len(ps)), UNKG.workCount: count(len({minter.work_of_part(p) or p for p in ps})),
        })

    # the observed entities' types and labels, once each: the library's queries read them from
    # here, beside the counts (in the document graphs each is repeated by every graph naming it)
    organs = {t.object.value for t in store.match(None, _ADOPTED_BY, None) if isinstance(t.object, ox.NamedNode)}
    entities = [ox.NamedNode(e) for e in sorted({e for e, _ in parts} | {a for a, _ in asked} | organs)]
    for predicate in (RDF_TYPE, SKOS_PREFLABEL):
        for t in dict.fromkeys(store.match(entities, predicate)):
            add(t.subject, t.predicate, t.object)
    counts = SummaryCounts(len(parts), len(pair_parts), len(citing), len(asked), len(quads))
    return quads, counts


def summarise(store, generated_at: str | None = None) -> SummaryCounts:
    """Recompute the summary graph from the store's content and replace it in one step."""
    quads, counts = summary_quads(store, generated_at or now())
    store.replace_graphs([(store.minter.summary_graph(), quads)])
    return counts
