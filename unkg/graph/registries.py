"""The registries (verbs, bodies, member states, events, instruments, topics) as quads of the reference graph.

Labels in the six languages become ``skos:prefLabel`` (first printed form) and ``skos:altLabel``
(the other forms), acronyms ``unkg:acronym``; a body's parent ``org:subOrganizationOf``;
a verified Wikidata id ``owl:sameAs``; an event ``schema:startDate``/``endDate``/``location``
and ``schema:superEvent`` (its series); a named instrument with a symbol ``owl:sameAs`` its work;
the digital-policy topics a SKOS concept scheme (:func:`topic_quads`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from unkg import reference
from unkg.graph import iris
from unkg.graph.build import (
    ENTITY_CLASS,
    OWL_SAMEAS,
    RDF_TYPE,
    SCHEMA,
    SCHEMA_COUNTRY,
    SCHEMA_END,
    SCHEMA_LOCATION,
    SCHEMA_START,
    SKOS_PREFLABEL,
    XSD_GMONTHDAY,
    XSD_INTEGER,
    T,
    _date_literal,
)
from unkg.graph.iris import Minter

SKOS = "http://www.w3.org/2004/02/skos/core#"
SKOS_ALTLABEL = ox.NamedNode(SKOS + "altLabel")
SKOS_INSCHEME = ox.NamedNode(SKOS + "inScheme")
SKOS_CONCEPTSCHEME = ox.NamedNode(SKOS + "ConceptScheme")
SKOS_NOTATION = ox.NamedNode(SKOS + "notation")
SKOS_BROADER = ox.NamedNode(SKOS + "broader")
ORG_SUB = ox.NamedNode("http://www.w3.org/ns/org#subOrganizationOf")
SCHEMA_SUPER = ox.NamedNode(SCHEMA + "superEvent")
SCHEMA_ORGANIZER = ox.NamedNode(SCHEMA + "organizer")
DCT_IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")
RDFS_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")


def _labels(node: ox.NamedNode, names: dict, graph: ox.NamedNode, pred_first=SKOS_PREFLABEL) -> Iterator[ox.Quad]:
    for lang, forms in names.items():
        seen = set()
        for i, form in enumerate(forms):
            if not form or form in seen:
                continue
            seen.add(form)
            yield ox.Quad(node, pred_first if i == 0 else SKOS_ALTLABEL, ox.Literal(str(form), language=lang), graph)


def verb_quads(m: Minter, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    scheme = ox.NamedNode(m.verb("").rstrip("/"))
    yield ox.Quad(scheme, RDF_TYPE, SKOS_CONCEPTSCHEME, graph)
    yield ox.Quad(scheme, SKOS_PREFLABEL, ox.Literal("Verbs that open the paragraphs of UN resolutions", language="en"), graph)
    for c in reference.verbs().concepts.values():
        node = ox.NamedNode(m.verb(c.id))
        yield ox.Quad(node, RDF_TYPE, T["Verb"], graph)
        yield ox.Quad(node, SKOS_INSCHEME, scheme, graph)
        yield ox.Quad(node, SKOS_NOTATION, ox.Literal(c.id), graph)
        yield ox.Quad(node, SKOS_PREFLABEL, ox.Literal(c.en, language="en"), graph)
        if c.relation:
            yield ox.Quad(node, RDFS_COMMENT, ox.Literal(f"citation relation: {c.relation}", language="en"), graph)
        if c.broader:
            yield ox.Quad(node, SKOS_BROADER, ox.NamedNode(m.verb(c.broader)), graph)
        for lang, forms in c.forms.items():
            for form in dict.fromkeys(forms):
                if lang == "en" and form.lower() == c.en:
                    continue
                yield ox.Quad(node, SKOS_ALTLABEL, ox.Literal(form, language=lang), graph)


def entity_quads(m: Minter, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    reg = reference.load()
    for e in reg:
        node = ox.NamedNode(_iri(m, e))
        yield ox.Quad(node, RDF_TYPE, ENTITY_CLASS.get(e.type, ENTITY_CLASS["other"]), graph)
        yield from _labels(node, e.names, graph)
        for lang, forms in e.acronyms.items():
            for form in dict.fromkeys(forms):
                yield ox.Quad(node, T["acronym"], ox.Literal(form, language=lang), graph)
        for rename in e.renames():
            yield from _labels(node, rename.get("names", {}), graph, pred_first=SKOS_ALTLABEL)
        if e.parent and e.parent in reg:
            yield ox.Quad(node, ORG_SUB, ox.NamedNode(_iri(m, reg[e.parent])), graph)
        if e.wikidata:
            yield ox.Quad(node, OWL_SAMEAS, ox.NamedNode(iris.wikidata_iri(e.wikidata)), graph)
        data = e.data
        if data.get("symbol"):
            yield ox.Quad(node, OWL_SAMEAS, ox.NamedNode(m.work(str(data["symbol"]))), graph)
            yield ox.Quad(node, DCT_IDENTIFIER, ox.Literal(str(data["symbol"])), graph)
        for key, pred in (("start", SCHEMA_START), ("end", SCHEMA_END)):
            if data.get(key):
                lit = _date_literal(str(data[key]))
                if lit is not None:
                    yield ox.Quad(node, pred, lit, graph)
        place = data.get("place") or data.get("city")
        if place:
            yield ox.Quad(node, SCHEMA_LOCATION, ox.Literal(str(place)), graph)
        if data.get("country"):
            yield ox.Quad(node, SCHEMA_COUNTRY, ox.Literal(str(data["country"])), graph)
        series = data.get("series")
        if series and series in reg:
            yield ox.Quad(node, SCHEMA_SUPER, ox.NamedNode(_iri(m, reg[series])), graph)
        organizers = data.get("organizer") or []
        for organizer in [organizers] if isinstance(organizers, str) else organizers:
            if organizer in reg:
                yield ox.Quad(node, SCHEMA_ORGANIZER, ox.NamedNode(_iri(m, reg[organizer])), graph)
        if data.get("edition"):
            yield ox.Quad(node, T["edition"], ox.Literal(str(int(data["edition"])), datatype=XSD_INTEGER), graph)
        if data.get("recurring"):
            yield ox.Quad(node, T["recurringDay"], ox.Literal(str(data["recurring"]), datatype=XSD_GMONTHDAY), graph)
        themes = data.get("theme") or {}
        for lang, theme in (themes.items() if isinstance(themes, dict) else [("en", themes)]):
            for t in [theme] if isinstance(theme, str) else theme:
                yield ox.Quad(node, T["theme"], ox.Literal(str(t), language=lang), graph)


SKOS_CONCEPT = ox.NamedNode(SKOS + "Concept")
SKOS_HAS_TOP = ox.NamedNode(SKOS + "hasTopConcept")


def topic_quads(m: Minter, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """The topics of ``reference/topics.yaml`` as a SKOS concept scheme (``{base}topic/``): each a
    ``skos:Concept`` and ``unkg:Topic`` with its key as ``skos:notation``, the first printed form of
    each language as ``skos:prefLabel``, the others (and acronyms) as ``skos:altLabel``, and
    ``skos:broader`` the topic it belongs to (the top concepts are those without one)."""

    scheme = ox.NamedNode(m.topic(""))
    yield ox.Quad(scheme, RDF_TYPE, SKOS_CONCEPTSCHEME, graph)
    yield ox.Quad(scheme, SKOS_PREFLABEL, ox.Literal("Digital-policy topics of UN resolutions", language="en"), graph)
    topics = reference.load_topics()
    for t in topics:
        node = ox.NamedNode(m.topic(t.id))
        yield ox.Quad(node, RDF_TYPE, SKOS_CONCEPT, graph)
        yield ox.Quad(node, RDF_TYPE, T["Topic"], graph)
        yield ox.Quad(node, SKOS_INSCHEME, scheme, graph)
        yield ox.Quad(node, SKOS_NOTATION, ox.Literal(t.id), graph)
        yield from _labels(node, t.names, graph)
        for lang, forms in t.acronyms.items():
            for form in dict.fromkeys(forms):
                yield ox.Quad(node, SKOS_ALTLABEL, ox.Literal(form, language=lang), graph)
        if t.parent and t.parent in topics:
            yield ox.Quad(node, SKOS_BROADER, ox.NamedNode(m.topic(t.parent)), graph)
        else:
            yield ox.Quad(scheme, SKOS_HAS_TOP, node, graph)


def _iri(m: Minter, entry) -> str:
    return m.entity(entry.type, entry.id, series=entry.is_series)


def registry_quads(m: Minter, graph: ox.NamedNode) -> list[ox.Quad]:
    return [*verb_quads(m, graph), *entity_quads(m, graph), *topic_quads(m, graph)]
