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

Incremental: what each source graph contributes (its works' years, the bodies it types, its
mentions, references and requests) is read from that graph's quads alone and kept beside an
embedded store (``summary-state.json``); an ingest rereads only the graphs it replaced and
aggregates the kept contributions of all others, so adding one document to the whole corpus
recounts one document, not 4,700 graphs. A full recount is the same code over every graph (and what
a store without a state file, or a remote store, gets): the test compares the two. Graphs changed by
other means than ingest (a writable ``unkg serve``) are seen at the next full recount
(``summarise(store)`` with no ``changed``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

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

_ADOPTED_BY = ox.NamedNode(str(UNKG.adoptedBy))


@dataclass
class SummaryCounts:
    """What one run wrote: observations of each data set and triples in all."""

    mentions_by_year: int = 0
    co_mentions: int = 0
    cited_by: int = 0
    requests: int = 0
    triples: int = 0


STATE = "summary-state.json"
_T_REALIZATION = "http://purl.org/vocab/frbr/core#realization"
_T_DATE = "http://purl.org/dc/terms/date"
_T_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_T_MENTIONS = str(UNKG.mentions)
_T_REFERENCES = "http://purl.org/dc/terms/references"
_T_IDENTIFIER = "http://purl.org/dc/terms/identifier"
_T_ADDRESSEE = str(UNKG.addressee)
_T_VERB = str(UNKG.verb)
_BODY_TYPES = {str(getattr(UNKG, c)) for c in BODY_CLASSES}


def graph_facts(quads) -> dict:
    """What one graph contributes to the summary, from its quads alone (plain data, JSON-ready):
    the years of the works it realises, the entities it types as bodies, its mentions (paragraph,
    entity), references (citing, cited, identifier) and requests (paragraph, addressee, verb)."""
    years: dict[str, str] = {}
    realised: set[str] = set()
    dates: dict[str, list[str]] = defaultdict(list)
    bodies: set[str] = set()
    mentions, addressees, verbs, references, identifiers = [], defaultdict(list), {}, [], defaultdict(list)
    for q in quads:
        p, s_, o = q.predicate.value, q.subject, q.object
        if not isinstance(s_, ox.NamedNode):
            continue
        if p == _T_MENTIONS and isinstance(o, ox.NamedNode):
            mentions.append((s_.value, o.value))
        elif p == _T_TYPE and o.value in _BODY_TYPES:
            bodies.add(s_.value)
        elif p == _T_REALIZATION:
            realised.add(s_.value)
        elif p == _T_DATE and isinstance(o, ox.Literal):
            dates[s_.value].append(o.value)
        elif p == _T_REFERENCES and isinstance(o, ox.NamedNode):
            references.append((s_.value, o.value))
        elif p == _T_IDENTIFIER and isinstance(o, ox.Literal):
            identifiers[s_.value].append(o.value)
        elif p == _T_ADDRESSEE and isinstance(o, ox.NamedNode):
            addressees[s_.value].append(o.value)
        elif p == _T_VERB and isinstance(o, ox.NamedNode):
            verbs[s_.value] = o.value
    for work in realised:
        for date in dates.get(work, ()):
            year = date[:4] if len(date) >= 4 and date[:4].isdigit() else None
            if year:
                years[work] = min(year, years.get(work, year))
    return {
        "years": years,
        "bodies": sorted(bodies),
        "mentions": sorted(set(mentions)),
        "references": sorted({(a, b, i) for a, b in references for i in identifiers.get(b, ())}),
        "asks": sorted({(part, a, verbs[part]) for part, ads in addressees.items() if part in verbs for a in ads}),
    }


def _state_file(store) -> Path | None:
    """Where an embedded store keeps the contributions (a remote store keeps none)."""
    path = getattr(store, "path", None)
    return path / STATE if isinstance(path, Path) else None


def _load_state(store) -> dict | None:
    path = _state_file(store)
    if path is None or not path.exists():
        return None
    try:
        state = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None  # unreadable: recounted in full
    return state if state.get("version") == __version__ else None


def _save_state(store, state: dict) -> None:
    path = _state_file(store)
    if path is None:
        return
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state), "utf-8")
    tmp.replace(path)  # whole or not at all


def contributions(store, changed: Iterable[str] | None = None) -> dict[str, dict]:
    """Every source graph's facts (``graph_facts``): reread for the graphs in ``changed`` (and
    dropped for those no longer in the store), kept for the others; all reread without ``changed``
    or without a kept state."""
    source = lambda g: not store.minter.derived(g) and not g.startswith("urn:")  # noqa: E731
    state = _load_state(store) if changed is not None else None
    if state is None:
        graphs = {g: graph_facts(store.quads(g)) for g in store.graphs() if source(g)}
    else:
        graphs = state["graphs"]
        for g in filter(source, set(changed)):
            if store.has_graph(g):
                graphs[g] = graph_facts(store.quads(g))
            else:
                graphs.pop(g, None)
    _save_state(store, {"version": __version__, "graphs": graphs})
    return graphs


def summary_quads(store, generated_at: str, changed: Iterable[str] | None = None) -> tuple[list[ox.Quad], SummaryCounts]:
    """The summary graph's quads, from the contributions of every source graph (see the module's
    notes on ``changed``)."""
    minter = store.minter
    graph = ox.NamedNode(minter.summary_graph())
    facts = contributions(store, changed)
    years: dict[str, str] = {}
    for f in facts.values():
        for work, year in f["years"].items():  # a work whose versions carry different dates counts in its earliest year
            years[work] = min(year, years.get(work, year))
    reference = graph_facts(store.quads(minter.reference_graph())) if store.has_graph(minter.reference_graph()) else None
    bodies = set(reference["bodies"]) if reference else set()
    for f in facts.values():
        bodies.update(f["bodies"])

    parts: dict[tuple[str, str], set[str]] = defaultdict(set)  # (entity, year) -> paragraphs
    works: dict[tuple[str, str], set[str]] = defaultdict(set)  # (entity, year) -> works
    named: dict[tuple[str, str], set[str]] = defaultdict(set)  # (graph, paragraph) -> bodies it names
    work_of: dict[str, str] = {}
    for g, f in facts.items():
        for part, entity in f["mentions"]:
            work = work_of.get(part) or minter.work_of_part(part)
            year = years.get(work) if work else None
            if year is None or entity not in bodies:
                continue
            work_of[part] = work
            parts[entity, year].add(part)
            works[entity, year].add(work)
            named[g, part].add(entity)

    pair_parts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (_, part), names in named.items():
        for a, b in combinations(sorted(names), 2):
            pair_parts[a, b].add(part)

    citing: dict[str, set[str]] = defaultdict(set)  # cited -> the works citing it
    symbol: dict[str, str] = {}  # cited -> its first identifier
    asked: dict[tuple[str, str], set[str]] = defaultdict(set)  # (addressee, verb) -> paragraphs
    for f in facts.values():
        for citing_work, cited, ident in f["references"]:
            citing[cited].add(citing_work)
            symbol[cited] = min(ident, symbol.get(cited, ident))
        for part, addressee, verb in f["asks"]:
            asked[addressee, verb].add(part)

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


def summarise(store, generated_at: str | None = None, changed: Iterable[str] | None = None) -> SummaryCounts:
    """Recompute the summary graph and replace it in one step: rereading only the graphs in
    ``changed`` where the store keeps the others' contributions, else every graph."""
    quads, counts = summary_quads(store, generated_at or now(), changed)
    store.replace_graphs([(store.minter.summary_graph(), quads)])
    return counts
