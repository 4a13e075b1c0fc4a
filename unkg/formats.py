"""Every format unkg reads or writes, in one table: its names, what it carries, its media types.

Three kinds of format (and HTML, for pages):

- ``results``: SPARQL query results of SELECT and ASK (SPARQL 1.1 Query Results JSON, XML,
  CSV and TSV Formats);
- ``graph``: RDF triples (Turtle, N-Triples, RDF/XML);
- ``dataset``: RDF with named graphs (N-Quads, TriG, JSON-LD), which can carry one graph too.

Each format has one key (what the code calls it: ``turtle``), the names people type for it
(``--format`` and ``format=``; the first is the short one, ``ttl``), its media types (the
canonical one first, IANA's, then those accepted for it in an Accept header), its file suffixes,
its W3C format IRI (http://www.w3.org/ns/formats/), pyoxigraph's format object, and its
``counterpart``: what the same ``format=`` asks for when the answer is of the other kind
(``format=json`` on a CONSTRUCT gives JSON-LD). Which of them a stage offers is the stage's
choice (``unkg.serve.negotiate``, ``unkg.export``); their names and types are here.

Source documents (AKN, PDF, text) are not here: they are what ingest reads, not RDF.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

RESULTS = "results"
GRAPH = "graph"
DATASET = "dataset"
PAGE = "page"

W3C = "http://www.w3.org/ns/formats/"


@dataclass(frozen=True)
class Format:
    key: str
    kind: str
    title: str
    names: tuple[str, ...]
    media_types: tuple[str, ...]
    suffixes: tuple[str, ...]
    iri: str | None = None
    ox: ox.RdfFormat | ox.QueryResultsFormat | None = None
    counterpart: str | None = None

    @property
    def short(self) -> str:
        """The name people type for it: ``ttl``, ``nq``, ``json``."""
        return self.names[0]

    @property
    def media_type(self) -> str:
        return self.media_types[0]

    @property
    def content_type(self) -> str:
        """The Content-Type of a response in it: the media type, with the charset of a text type."""
        return f"{self.media_type}; charset=utf-8" if self.media_type.startswith("text/") else self.media_type

    @property
    def suffix(self) -> str:
        return self.suffixes[0]


FORMATS: tuple[Format, ...] = (
    # SPARQL results; the order is the server's preference when a client takes anything
    Format("json", RESULTS, "SPARQL Results in JSON", ("json", "srj"), ("application/sparql-results+json", "application/json"),
           (".srj",), W3C + "SPARQL_Results_JSON", ox.QueryResultsFormat.JSON, counterpart="jsonld"),
    Format("xml", RESULTS, "SPARQL Results in XML", ("xml", "srx"), ("application/sparql-results+xml", "application/xml", "text/xml"),
           (".srx",), W3C + "SPARQL_Results_XML", ox.QueryResultsFormat.XML, counterpart="rdfxml"),
    Format("csv", RESULTS, "SPARQL Results in CSV", ("csv",), ("text/csv",),
           (".csv",), W3C + "SPARQL_Results_CSV", ox.QueryResultsFormat.CSV, counterpart="ntriples"),
    Format("tsv", RESULTS, "SPARQL Results in TSV", ("tsv",), ("text/tab-separated-values",),
           (".tsv",), W3C + "SPARQL_Results_TSV", ox.QueryResultsFormat.TSV, counterpart="ntriples"),
    # RDF: graphs, then datasets
    # Turtle is N3 too: a client asking for N3 (SPARQLWrapper's N3, format=n3) gets Turtle
    Format("turtle", GRAPH, "Turtle", ("ttl", "turtle", "n3"), ("text/turtle", "application/x-turtle", "application/turtle", "text/n3", "text/rdf+n3"),
           (".ttl",), W3C + "Turtle", ox.RdfFormat.TURTLE, counterpart="json"),
    Format("ntriples", GRAPH, "N-Triples", ("nt", "ntriples", "n-triples"), ("application/n-triples", "text/plain"),
           (".nt",), W3C + "N-Triples", ox.RdfFormat.N_TRIPLES, counterpart="tsv"),
    Format("rdfxml", GRAPH, "RDF/XML", ("rdfxml", "rdf", "rdf+xml"), ("application/rdf+xml", "application/xml", "text/xml"),
           (".rdf",), W3C + "RDF_XML", ox.RdfFormat.RDF_XML, counterpart="xml"),
    Format("nquads", DATASET, "N-Quads", ("nq",), ("application/n-quads",),
           (".nq",), W3C + "N-Quads", ox.RdfFormat.N_QUADS),
    Format("trig", DATASET, "TriG", ("trig",), ("application/trig",),
           (".trig",), W3C + "TriG", ox.RdfFormat.TRIG),
    # unkg writes JSON-LD compacted with its own context (unkg/ontology/context.jsonld), everywhere
    Format("jsonld", DATASET, "JSON-LD (compacted with the unkg context)", ("jsonld", "json-ld"), ("application/ld+json", "application/json"),
           (".jsonld", ".json"), W3C + "JSON-LD", ox.RdfFormat.JSON_LD, counterpart="json"),
    # pages for people
    Format("html", PAGE, "HTML", ("html",), ("text/html", "application/xhtml+xml"), (".html",)),
)

_BY_NAME = {name: f for f in FORMATS for name in (f.key, *f.names)}


def get(name: str) -> Format:
    """The format a key or a typed name stands for (``turtle``, ``ttl``); KeyError if none."""
    return _BY_NAME[name]


def select(*names: str) -> tuple[Format, ...]:
    """The formats named, in that order (a stage's choice of what it offers)."""
    return tuple(get(n) for n in names)


def of_kind(kind: str) -> tuple[Format, ...]:
    return tuple(f for f in FORMATS if f.kind == kind)


def listing(formats: tuple[Format, ...]) -> str:
    """Their short names as a sentence names them: ``nq, trig, nt, ttl or jsonld``."""
    names = [f.short for f in formats]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
