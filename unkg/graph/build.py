"""Records become quads: one named graph per source (document, language, format), against unkg.ttl.

Pure functions: a Record (or WorkMetadata) in, ``(graph IRI, quads)`` out. Nothing here reads
files or touches a store. Quads are pyoxigraph terms so the embedded store loads them without
conversion; ``unkg.graph.stores`` turns them into N-Quads for a remote endpoint.

What every graph carries (PROV-O, DESIGN.md §4): the graph is a ``unkg:SourceGraph``
``prov:wasDerivedFrom`` its source file (name and sha256), with the reader and its version,
``prov:generatedAtTime``, ``dcterms:license`` (the UN's terms of use) and ``dcterms:source``
"United Nations", the attribution the UN asks of users of its documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from pyoxigraph import Literal, NamedNode, Quad

from unkg import __version__
from unkg.graph import iris
from unkg.graph.iris import Minter
from unkg.record import Entity, Record, SourceInfo, Voting, WorkMetadata
from unkg.reference import load as load_registries
from unkg.symbols import symbol_kind
from unkg.ontology.namespace import UNKG

# --- vocabulary as pyoxigraph terms -------------------------------------------------------------

_XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_DATE = NamedNode(_XSD + "date")
XSD_DATETIME = NamedNode(_XSD + "dateTime")
XSD_INTEGER = NamedNode(_XSD + "integer")
XSD_BOOLEAN = NamedNode(_XSD + "boolean")
XSD_GMONTHDAY = NamedNode(_XSD + "gMonthDay")
XSD_DECIMAL = NamedNode(_XSD + "decimal")

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_SEEALSO = NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso")
OWL_SAMEAS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
_DCT = "http://purl.org/dc/terms/"
DCT_IDENTIFIER = NamedNode(_DCT + "identifier")
DCT_TITLE = NamedNode(_DCT + "title")
DCT_DATE = NamedNode(_DCT + "date")
DCT_ISSUED = NamedNode(_DCT + "issued")
DCT_LANGUAGE = NamedNode(_DCT + "language")
DCT_REFERENCES = NamedNode(_DCT + "references")
DCT_SUBJECT = NamedNode(_DCT + "subject")
DCT_ISPARTOF = NamedNode(_DCT + "isPartOf")
DCT_SOURCE = NamedNode(_DCT + "source")
DCT_LICENSE = NamedNode(_DCT + "license")
DCT_FORMAT = NamedNode(_DCT + "format")
FRBR_REALIZATION = NamedNode("http://purl.org/vocab/frbr/core#realization")
FRBR_REALIZATION_OF = NamedNode("http://purl.org/vocab/frbr/core#realizationOf")
PROV_DERIVED = NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
PROV_GENERATED_AT = NamedNode("http://www.w3.org/ns/prov#generatedAtTime")
FOAF_PRIMARY_TOPIC = NamedNode("http://xmlns.com/foaf/0.1/primaryTopic")
SKOS_PREFLABEL = NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
SKOS_ALTLABEL = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
SCHEMA = "https://schema.org/"
SCHEMA_START = NamedNode(SCHEMA + "startDate")
SCHEMA_END = NamedNode(SCHEMA + "endDate")
SCHEMA_LOCATION = NamedNode(SCHEMA + "location")
SCHEMA_ORGANIZER = NamedNode(SCHEMA + "organizer")
SCHEMA_COUNTRY = NamedNode(SCHEMA + "addressCountry")
SCHEMA_SUPER_EVENT = NamedNode(SCHEMA + "superEvent")
SCHEMA_VALUE = NamedNode(SCHEMA + "value")
SCHEMA_UNIT_TEXT = NamedNode(SCHEMA + "unitText")
SCHEMA_DESCRIPTION = NamedNode(SCHEMA + "description")
SCHEMA_QUANTITATIVE_VALUE = NamedNode(SCHEMA + "QuantitativeValue")
SCHEMA_MONETARY_AMOUNT = NamedNode(SCHEMA + "MonetaryAmount")
SCHEMA_RECIPIENT = NamedNode(SCHEMA + "recipient")
SCHEMA_END_TIME = NamedNode(SCHEMA + "endTime")
SCHEMA_CURRENCY = NamedNode(SCHEMA + "currency")
DCT_TEMPORAL = NamedNode(_DCT + "temporal")
CITO_CITING = NamedNode("http://purl.org/spar/cito/hasCitingEntity")
CITO_CITED = NamedNode("http://purl.org/spar/cito/hasCitedEntity")

UN_TERMS_OF_USE = NamedNode("https://www.un.org/en/about-us/terms-of-use")
ATTRIBUTION = Literal("United Nations")


def _u(term: object) -> NamedNode:
    return NamedNode(str(term))


T = {name: _u(getattr(UNKG, name)) for name in UNKG.__annotations__}

KIND_CLASS = {
    "resolution": T["Resolution"],
    "decision": T["Decision"],
    "draft-resolution": T["DraftResolution"],
    "draft-decision": T["DraftDecision"],
    "declaration": T["Declaration"],
    "outcome-document": T["OutcomeDocument"],
    "report": T["Report"],
    "other": T["Work"],
}
TARGET_CLASS = {"resolution": T["Resolution"], "decision": T["Decision"], "document": T["Work"], "instrument": T["NamedInstrument"]}
PARAGRAPH_CLASS = {
    "preambular": T["PreambularParagraph"],
    "operative": T["OperativeParagraph"],
    "subparagraph": T["Subparagraph"],
}
ENTITY_CLASS = {
    "body": T["Body"],
    "forum": T["Forum"],
    "office": T["Office"],
    "programme": T["Programme"],
    "partnership": T["Partnership"],
    "group": T["Group"],
    "member-state": T["MemberState"],
    "event": T["Event"],
    "observance": T["Observance"],
    "instrument": T["NamedInstrument"],
    "publication": T["Publication"],
    "initiative": T["Initiative"],
    "other": NamedNode("http://www.w3.org/ns/prov#Entity"),
}
FORMAT_MEDIA_TYPE = {"akn": "application/akn+xml", "txt": "text/plain", "pdf": "application/pdf", "extract": "application/jsonl"}


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class _Quads:
    """Collects quads for one named graph, skipping empty values."""

    def __init__(self, graph: str) -> None:
        self.graph = NamedNode(graph)
        self.quads: list[Quad] = []

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal | None) -> None:
        if o is not None:
            self.quads.append(Quad(s, p, o, self.graph))


def _integer(value: str | None) -> Literal | None:
    if value is None:
        return None
    digits = "".join(ch for ch in str(value) if ch.isdigit())
    return Literal(digits, datatype=XSD_INTEGER) if digits else None


def _provenance(q: _Quads, m: Minter, source: SourceInfo | None, work: NamedNode, language: str | None, generated_at: str) -> NamedNode | None:
    g = q.graph
    q.add(g, RDF_TYPE, T["SourceGraph"])
    q.add(g, FOAF_PRIMARY_TOPIC, work)
    q.add(g, PROV_GENERATED_AT, Literal(generated_at, datatype=XSD_DATETIME))
    q.add(g, DCT_LICENSE, UN_TERMS_OF_USE)
    q.add(g, DCT_SOURCE, ATTRIBUTION)
    if language:
        q.add(g, DCT_LANGUAGE, NamedNode(iris.language_iri(language)))
    if source is None:
        q.add(g, T["parserVersion"], Literal(f"unkg {__version__}"))
        return None
    src = NamedNode(m.source(source.sha256))
    q.add(g, PROV_DERIVED, src)
    q.add(g, T["parserVersion"], Literal(f"{source.reader} {source.reader_version}"))
    q.add(src, RDF_TYPE, T["SourceFile"])
    q.add(src, T["fileName"], Literal(source.file))
    q.add(src, T["sha256"], Literal(source.sha256))
    q.add(src, DCT_FORMAT, Literal(FORMAT_MEDIA_TYPE.get(source.format, source.format)))
    return src


def _entity(q: _Quads, m: Minter, e: Entity, language: str) -> NamedNode:
    """The entity's IRI; an entity the registries do not know is described here (the registries
    describe known ones in the reference graph)."""
    node = NamedNode(m.entity(e.type, e.id, series=e.series))
    if e.known and language != "en" and e.label != e.en and not _registry_names(e.id, language):
        # a registry entity the registries name in English only, printed in this language (the
        # version's name for the English version's entity, unkg.ingest.align): its name as printed
        # is a variant label here (the reference graph keeps one skos:prefLabel per language)
        q.add(node, SKOS_ALTLABEL, Literal(e.label, language=language))
    if not e.known:
        q.add(node, RDF_TYPE, ENTITY_CLASS.get(e.type, ENTITY_CLASS["other"]))
        q.add(node, SKOS_PREFLABEL, Literal(e.label, language=language))
        if e.en and language != "en" and e.en != e.label:  # an English name, not the printed one again
            q.add(node, SKOS_PREFLABEL, Literal(e.en, language="en"))
        q.add(node, T["known"], Literal("false", datatype=XSD_BOOLEAN))
    return node


def _registry_names(entity_id: str, language: str) -> tuple[str, ...]:
    """The names the registries give an entity in ``language`` (none for an id they do not hold)."""
    entry = load_registries().get(entity_id)
    return tuple(entry.names.get(language, ())) if entry is not None else ()


def _cited_work(q: _Quads, m: Minter, target: str, kind: str) -> NamedNode:
    if kind == "instrument":
        return NamedNode(m.instrument(target))
    node = NamedNode(m.work(target))
    q.add(node, RDF_TYPE, TARGET_CLASS.get(kind, T["Work"]))
    q.add(node, DCT_IDENTIFIER, Literal(target))
    return node


@dataclass(frozen=True)
class _Doc:
    """What every part of one record's graph is built with: the quads collected, the minter, the
    record, its work and its language."""

    q: _Quads
    m: Minter
    record: Record
    work: NamedNode

    @property
    def lang(self) -> str:
        return self.record.language

    def part(self, anchor: str) -> NamedNode:
        """The node of an anchor: the work for its header and title, else the language-neutral part."""
        if anchor in ("header", "title"):
            return self.work
        return NamedNode(self.m.part(self.record.symbol, anchor))

    def entity(self, e: Entity) -> NamedNode:
        return _entity(self.q, self.m, e, self.lang)


def build_record(record: Record, *, minter: Minter, generated_at: str | None = None) -> tuple[str, list[Quad]]:
    """The named graph of one language version of one work: ``(graph IRI, quads)``."""
    fmt = record.source.format if record.source else "unknown"
    q = _Quads(minter.graph(record.symbol, record.language, fmt))
    doc = _Doc(q, minter, record, NamedNode(minter.work(record.symbol)))
    source = _provenance(q, minter, record.source, doc.work, record.language, generated_at or now())
    _work(doc)
    _expression(doc, source)
    sections = _sections(doc)
    _paragraphs(doc, sections)
    _footnotes(doc)
    _citations(doc)
    _topics(doc)
    _mentions_and_events(doc)
    _requests(doc)
    _statistics(doc)
    return q.graph.value, q.quads


def _work(doc: _Doc) -> None:
    """The work: its kind, symbols, number, title, date, adopting and recommending bodies, session,
    agenda items, meeting, subjects and votes."""
    q, m, r, work, lang = doc.q, doc.m, doc.record, doc.work, doc.lang
    q.add(work, RDF_TYPE, KIND_CLASS.get(r.kind, T["Work"]))
    q.add(work, DCT_IDENTIFIER, Literal(r.symbol))
    for other in r.other_symbols:
        q.add(work, DCT_IDENTIFIER, Literal(other))
    q.add(work, T["number"], Literal(r.number) if r.number else None)
    q.add(work, DCT_TITLE, Literal(r.title, language=lang) if r.title else None)
    q.add(work, DCT_DATE, Literal(r.date, datatype=XSD_DATE) if r.date else None)
    q.add(work, RDFS_SEEALSO, NamedNode(iris.undocs_link(r.symbol)))
    if r.adopted_by:
        q.add(work, T["adoptedBy"], doc.entity(r.adopted_by))
    if r.recommended_by:
        q.add(work, T["recommendedBy"], doc.entity(r.recommended_by))
    if r.recommendation_document:
        rec = _cited_work(q, m, r.recommendation_document, symbol_kind(r.recommendation_document))
        q.add(work, T["recommendationDocument"], rec)
    q.add(work, T["session"], Literal(r.session) if r.session else None)
    for item in r.agenda_items:
        q.add(work, T["agendaItem"], Literal(item))
    q.add(work, T["meeting"], _integer(r.meeting))
    q.add(work, T["frbrUri"], Literal(r.frbr_work) if r.frbr_work else None)
    for subject in r.subjects:
        q.add(work, DCT_SUBJECT, NamedNode(subject.iri))
    if r.voting:
        _voting(q, m, work, r.voting)


def _expression(doc: _Doc, source: NamedNode | None) -> None:
    """The language version, realising the work, derived from its source file."""
    q, r, work = doc.q, doc.record, doc.work
    expr = NamedNode(doc.m.expression(r.symbol, doc.lang))
    q.add(work, FRBR_REALIZATION, expr)
    q.add(expr, RDF_TYPE, T["LanguageVersion"])
    q.add(expr, FRBR_REALIZATION_OF, work)
    q.add(expr, DCT_LANGUAGE, NamedNode(iris.language_iri(doc.lang)))
    q.add(expr, DCT_ISSUED, Literal(r.issued, datatype=XSD_DATE) if r.issued else None)
    q.add(expr, T["frbrUri"], Literal(r.frbr_expression) if r.frbr_expression else None)
    q.add(expr, PROV_DERIVED, source)


def _sections(doc: _Doc) -> dict[str, NamedNode]:
    """The section headings, in order; returns the node of each heading (its first section)."""
    q, r = doc.q, doc.record
    nodes: dict[str, NamedNode] = {}
    for i, sec in enumerate(r.sections, start=1):
        if sec.article:  # language-neutral, like the paragraphs it holds: annex-I/art/5
            node = doc.part(sec.article)
            q.add(node, RDF_TYPE, T["Article"])
            q.add(node, T["number"], Literal(sec.article.rsplit(":", 1)[-1]))
        else:
            node = NamedNode(doc.m.section(r.symbol, i))
            q.add(node, RDF_TYPE, T["Section"])
        nodes.setdefault(sec.heading, node)
        q.add(node, DCT_ISPARTOF, doc.work)
        q.add(node, DCT_TITLE, Literal(sec.heading, language=doc.lang))
        q.add(node, T["position"], Literal(str(i), datatype=XSD_INTEGER))
    return nodes


def _paragraphs(doc: _Doc, sections: dict[str, NamedNode]) -> None:
    """Each paragraph: kind, number as printed, position, text, parent, section and opening verb."""
    q, m = doc.q, doc.m
    for i, p in enumerate(doc.record.paragraphs, start=1):
        node = doc.part(p.id)
        q.add(node, RDF_TYPE, PARAGRAPH_CLASS.get(p.kind, T["Paragraph"]))
        q.add(node, DCT_ISPARTOF, doc.work)
        q.add(node, T["number"], Literal(p.number))
        q.add(node, T["position"], Literal(str(i), datatype=XSD_INTEGER))
        q.add(node, T["text"], Literal(p.text, language=doc.lang))
        if p.parent:
            q.add(node, T["parentParagraph"], doc.part(p.parent))
        if p.section and p.section in sections:
            q.add(node, T["inSection"], sections[p.section])
        if p.verb:
            q.add(node, T["verb"], NamedNode(m.verb(p.verb.id)))
            q.add(node, T["verbLabel"], Literal(p.verb.label, language=doc.lang))
            q.add(node, T["verbModifier"], Literal(p.verb.modifier) if p.verb.modifier else None)
        q.add(node, T["sourceId"], Literal(p.source_id) if p.source_id else None)


def _footnotes(doc: _Doc) -> None:
    q = doc.q
    for fn in doc.record.footnotes:
        node = doc.part(f"fn:{fn.number}")
        q.add(node, RDF_TYPE, T["Footnote"])
        q.add(node, DCT_ISPARTOF, doc.work)
        q.add(node, T["number"], Literal(fn.number))
        q.add(node, T["text"], Literal(fn.text, language=doc.lang))
        if fn.paragraph not in ("header", "title") and not fn.paragraph.startswith("fn:"):
            q.add(node, T["anchoredIn"], doc.part(fn.paragraph))


def _citations(doc: _Doc) -> None:
    """Citations at paragraph level, rolled up to the work; each also as a qualified CiTO citation
    typed by the citing paragraph's verb, with the cited instrument's paragraph numbers."""
    q, m, r, work = doc.q, doc.m, doc.record, doc.work
    cited: set[str] = set()
    for c in r.citations:
        target = _cited_work(q, m, c.target, c.target_kind)
        q.add(doc.part(c.paragraph), T["cites"], target)
        if target.value != work.value and target.value not in cited:
            cited.add(target.value)
            q.add(work, DCT_REFERENCES, target)
        if c.paragraph in ("header", "title"):
            continue
        node = NamedNode(m.citation(r.symbol, c.paragraph, c.target))
        q.add(node, RDF_TYPE, T["Citation"])
        q.add(node, CITO_CITING, doc.part(c.paragraph))
        q.add(node, CITO_CITED, target)
        q.add(node, T["citationVerb"], NamedNode(m.verb(c.relation)) if c.relation else None)
        q.add(node, T["asPrinted"], Literal(c.as_printed, language=doc.lang) if c.as_printed else None)
        for number in c.target_paragraphs:
            q.add(node, T["citedParagraph"], _integer(number))


def _topics(doc: _Doc) -> None:
    """The digital-policy topics each paragraph and footnote speaks of (the concepts are described in
    the reference graph); one triple per part and topic, whatever the words that said it."""
    for anchor, topic in dict.fromkeys((t.paragraph, t.topic) for t in doc.record.topics):
        doc.q.add(doc.part(anchor), DCT_SUBJECT, NamedNode(doc.m.topic(topic)))


def _mentions_and_events(doc: _Doc) -> None:
    """What each part mentions; an event the registries do not know is described with what the
    text states of it (the registries describe known ones in the reference graph)."""
    q, lang = doc.q, doc.lang
    for mention in doc.record.mentions:
        q.add(doc.part(mention.paragraph), T["mentions"], doc.entity(mention.entity))
    for ev in doc.record.events:
        node = doc.entity(ev.entity)
        q.add(doc.part(ev.paragraph), T["mentions"], node)
        q.add(node, T["theme"], Literal(ev.theme, language=lang) if ev.theme else None)
        if ev.entity.known:
            continue
        q.add(node, SCHEMA_START, _date_literal(ev.start))
        q.add(node, SCHEMA_END, _date_literal(ev.end))
        q.add(node, SCHEMA_LOCATION, Literal(ev.place) if ev.place else None)
        q.add(node, SCHEMA_COUNTRY, Literal(ev.country) if ev.country else None)
        q.add(node, T["edition"], _integer(ev.edition))
        q.add(node, T["recurringDay"], Literal(ev.recurring, datatype=XSD_GMONTHDAY) if ev.recurring else None)
        if ev.organizer:
            q.add(node, SCHEMA_ORGANIZER, doc.entity(ev.organizer))
        if ev.series:
            q.add(node, SCHEMA_SUPER_EVENT, doc.entity(ev.series))


def _requests(doc: _Doc) -> None:
    """Who each paragraph asks (``unkg:addressee``), and each request as a node of its own
    (``{work}/ask/op-84/secretary-general/requests``) with its verb, deadline and the body it reports to."""
    q, m, r = doc.q, doc.m, doc.record
    for a in r.addressees:
        part, who = doc.part(a.paragraph), doc.entity(a.entity)
        q.add(part, T["addressee"], who)
        node = NamedNode(m.request(r.symbol, a.paragraph, a.entity.id, a.verb))
        q.add(node, RDF_TYPE, T["Request"])
        q.add(node, T["statedIn"], part)
        q.add(node, SCHEMA_RECIPIENT, who)
        q.add(node, T["requestVerb"], NamedNode(m.verb(a.verb)) if a.verb else None)
        if a.deadline is not None:
            q.add(node, T["dueAtSession"], Literal(a.deadline.session) if a.deadline.session else None)
            q.add(node, SCHEMA_END_TIME, _date_literal(a.deadline.date or a.deadline.year))
        if a.report_to is not None:
            q.add(node, T["reportTo"], doc.entity(a.report_to))


def _statistics(doc: _Doc) -> None:
    """Stated figures: ``{work}/stat/{paragraph}/N``, numbered within each paragraph."""
    q, lang = doc.q, doc.lang
    counts: dict[str, int] = {}
    for st in doc.record.statistics:
        counts[st.paragraph] = counts.get(st.paragraph, 0) + 1
        node = NamedNode(doc.m.statistic(doc.record.symbol, st.paragraph, counts[st.paragraph]))
        q.add(node, RDF_TYPE, T["Statistic"])
        q.add(doc.part(st.paragraph), T["statesFigure"], node)
        q.add(node, SCHEMA_VALUE, Literal(_decimal(st.value), datatype=XSD_DECIMAL))
        if st.kind == "money":  # a budget line or pledge, told apart from stated indicators
            q.add(node, RDF_TYPE, SCHEMA_MONETARY_AMOUNT)
            q.add(node, SCHEMA_CURRENCY, Literal(st.unit) if st.unit else None)
        else:
            q.add(node, RDF_TYPE, SCHEMA_QUANTITATIVE_VALUE)
            q.add(node, SCHEMA_UNIT_TEXT, Literal(st.unit) if st.unit else None)
        q.add(node, DCT_TEMPORAL, Literal(st.year, datatype=NamedNode(_XSD + "gYear")) if st.year else None)
        q.add(node, SCHEMA_DESCRIPTION, Literal(st.about, language=lang) if st.about else None)
        q.add(node, T["asPrinted"], Literal(st.as_printed, language=lang))


def _decimal(value: float) -> str:
    """A float as an xsd:decimal lexical form: 4900000000, 95, 96.7."""
    text = format(value, "f").rstrip("0").rstrip(".") if "." in format(value, "f") else format(value, "f")
    return text or "0"


def _date_literal(value: str | None) -> Literal | None:
    if not value:
        return None
    if len(value) == 10:
        return Literal(value, datatype=XSD_DATE)
    if len(value) == 4:
        return Literal(value, datatype=NamedNode(_XSD + "gYear"))
    return Literal(value, datatype=NamedNode(_XSD + "gYearMonth"))


def _voting(q: _Quads, m: Minter, work: NamedNode, voting: Voting) -> None:
    q.add(work, T["votingOutcome"], Literal(voting.outcome) if voting.outcome else None)
    for prop, key in (("votedInFavour", "in_favour"), ("votedAgainst", "against"), ("abstained", "abstaining")):
        for state in voting.states.get(key, ()):
            q.add(work, T[prop], _entity(q, m, state, "en"))
    for key, prop in (("in_favour", "inFavourCount"), ("against", "againstCount"), ("abstaining", "abstainingCount")):
        if key in voting.counts:
            q.add(work, T[prop], Literal(str(int(voting.counts[key])), datatype=XSD_INTEGER))


def build_metadata(meta: WorkMetadata, *, minter: Minter, generated_at: str | None = None) -> tuple[str, list[Quad]]:
    """The named graph of the UN's per-work data (data_extract): sponsors, votes, meeting, committee."""
    m = minter
    q = _Quads(m.graph(meta.symbol, None, "extract"))
    work = NamedNode(m.work(meta.symbol))
    _provenance(q, m, meta.source, work, None, generated_at or now())
    q.add(work, RDF_TYPE, KIND_CLASS.get(symbol_kind(meta.symbol), T["Work"]))
    q.add(work, DCT_IDENTIFIER, Literal(meta.symbol))
    q.add(work, DCT_DATE, Literal(meta.date, datatype=XSD_DATE) if meta.date else None)
    q.add(work, DCT_TITLE, Literal(meta.title, language="en") if meta.title else None)
    q.add(work, T["meeting"], _integer(meta.meeting))
    for item in meta.agenda_items:
        q.add(work, T["agendaItem"], Literal(item))
    if meta.originating_document:
        q.add(work, T["recommendationDocument"], _cited_work(q, m, meta.originating_document, symbol_kind(meta.originating_document)))
    for sponsor in [*meta.sponsors, *meta.additional_sponsors]:
        q.add(work, T["sponsorStatement"], Literal(sponsor))
    for state in meta.sponsor_states:
        q.add(work, T["sponsor"], _entity(q, m, state, "en"))
    for goal in meta.sdgs:
        q.add(work, DCT_SUBJECT, NamedNode(f"{iris.SDG}{goal}"))
    if meta.voting:
        _voting(q, m, work, meta.voting)
    return q.graph.value, q.quads

