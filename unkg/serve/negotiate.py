"""Content negotiation (RFC 9110 §12.5.1 Accept) with python-mimeparse, and the ``format=`` override.

Three families: SPARQL results (SELECT, ASK), RDF graphs (CONSTRUCT, DESCRIBE, dereferenced
IRIs) and pages (HTML). The first media type of each entry is what the response says it is.
"""

from __future__ import annotations

import mimeparse

RESULTS = {
    "json": ["application/sparql-results+json", "application/json"],
    "xml": ["application/sparql-results+xml", "application/xml", "text/xml"],
    "csv": ["text/csv"],
    "tsv": ["text/tab-separated-values"],
}
GRAPH = {
    "turtle": ["text/turtle", "application/x-turtle"],
    "jsonld": ["application/ld+json", "application/json"],
    "ntriples": ["application/n-triples", "text/plain"],
    "rdfxml": ["application/rdf+xml", "application/xml", "text/xml"],
}
PAGE = {"html": ["text/html", "application/xhtml+xml"]}

# format= names people type, per family
ALIASES = {
    "json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv",
    "ttl": "turtle", "turtle": "turtle", "jsonld": "jsonld", "json-ld": "jsonld",
    "nt": "ntriples", "ntriples": "ntriples", "n-triples": "ntriples", "rdf": "rdfxml", "rdfxml": "rdfxml", "html": "html",
}
# what a format= meant for results means for a graph (format=json on a CONSTRUCT gives JSON-LD)
_GRAPH_FOR = {"json": "jsonld", "xml": "rdfxml", "csv": "ntriples", "tsv": "ntriples"}
_RESULTS_FOR = {"jsonld": "json", "rdfxml": "xml", "turtle": "json", "ntriples": "tsv"}

ALL_FAMILIES = {"results": RESULTS, "graph": GRAPH, "page": PAGE}


class NotAcceptable(ValueError):
    """No format this resource has matches the request's Accept header or format= value."""


def media_type(family: str, key: str) -> str:
    """The Content-Type of a format: its first media type, with the charset for text types."""
    mt = ALL_FAMILIES[family][key][0]
    return f"{mt}; charset=utf-8" if mt.startswith("text/") else mt


def choose(families: list[str], accept: str | None, fmt: str | None = None) -> tuple[str, str]:
    """The ``(family, format key)`` to answer with, from ``format=`` first, else the Accept header.

    ``families`` lists what this resource can be, in the order of preference when the client
    accepts anything (``*/*``). Raises NotAcceptable.
    """
    if fmt:
        key = ALIASES.get(fmt.strip().lower())
        if key is None and "/" in fmt:  # format=text/turtle
            return choose(families, fmt)
        if key is None:
            raise NotAcceptable(f"unknown format {fmt!r}: use json, xml, csv, tsv, ttl, jsonld, nt, rdfxml or html")
        for family in families:
            table = ALL_FAMILIES[family]
            if key in table:
                return family, key
            if family == "graph" and key in _GRAPH_FOR:
                return family, _GRAPH_FOR[key]
            if family == "results" and key in _RESULTS_FOR:
                return family, _RESULTS_FOR[key]
        raise NotAcceptable(f"format {fmt!r} does not fit this resource")
    offered: list[tuple[str, str, str]] = []
    for family in families:
        for key, types in ALL_FAMILIES[family].items():
            offered += [(family, key, t) for t in types]
    header = (accept or "").strip() or "*/*"
    # mimeparse prefers the last of equally good types: offer in reverse so the first wins ties
    try:
        best = mimeparse.best_match([t for _, _, t in reversed(offered)], header)
    except ValueError:  # a malformed Accept header counts as */*
        best = offered[0][2]
    if not best:
        wanted = ", ".join(sorted({t for _, _, t in offered}))
        raise NotAcceptable(f"cannot answer with any of Accept: {header}; this resource is available as {wanted}")
    for family, key, t in offered:
        if t == best:
            return family, key
    raise NotAcceptable(header)  # unreachable: best is one of offered
