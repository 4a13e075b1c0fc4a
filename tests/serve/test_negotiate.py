"""Content negotiation: a table of real Accept headers (browsers, YASGUI, SPARQL clients) and the
format each family answers with."""

from __future__ import annotations

import pytest

from unkg.serve.app import accept_language
from unkg.serve.negotiate import NotAcceptable, choose

FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
YASGUI_SELECT = "application/sparql-results+json,*/*;q=0.9"
YASGUI_GRAPH = "application/n-triples,*/*;q=0.9"
SPARQLWRAPPER_JSON = "application/sparql-results+json,application/json,text/javascript,application/javascript"
# SPARQLWrapper 2.0's Accept headers for CONSTRUCT/DESCRIBE (and its format= values)
SPARQLWRAPPER_N3 = "application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3"
SPARQLWRAPPER_RDFXML = "application/rdf+xml"


@pytest.mark.parametrize("families,accept,fmt,expected", [
    (["results"], None, None, ("results", "json")),
    (["results"], "*/*", None, ("results", "json")),
    (["results"], YASGUI_SELECT, None, ("results", "json")),
    (["results"], SPARQLWRAPPER_JSON, None, ("results", "json")),
    (["results"], "text/csv", None, ("results", "csv")),
    (["results"], "text/tab-separated-values; charset=utf-8", None, ("results", "tsv")),
    (["results"], "application/sparql-results+xml", None, ("results", "xml")),
    (["results"], FIREFOX, "csv", ("results", "csv")),
    (["graph"], YASGUI_GRAPH, None, ("graph", "ntriples")),
    (["graph"], "*/*", None, ("graph", "turtle")),
    (["graph"], "application/ld+json", None, ("graph", "jsonld")),
    (["graph"], "application/json", None, ("graph", "jsonld")),
    (["graph"], None, "json", ("graph", "jsonld")),
    (["graph"], None, "text/turtle", ("graph", "turtle")),
    (["page", "graph"], FIREFOX, None, ("page", "html")),
    (["page", "graph"], "*/*", None, ("page", "html")),
    (["page", "graph"], "text/turtle", None, ("graph", "turtle")),
    (["page", "graph"], "text/turtle;q=0.5, application/ld+json", None, ("graph", "jsonld")),
    (["page", "graph"], FIREFOX, "ttl", ("graph", "turtle")),
    (["page", "graph"], "not a media type", None, ("page", "html")),
    # SPARQLWrapper's N3 and RDF/XML (format=n3, format=rdf+xml: once 406)
    (["graph"], SPARQLWRAPPER_N3, "n3", ("graph", "turtle")),
    (["graph"], SPARQLWRAPPER_N3, None, ("graph", "turtle")),
    (["graph"], "text/n3", None, ("graph", "turtle")),
    (["graph"], SPARQLWRAPPER_RDFXML, "rdf+xml", ("graph", "rdfxml")),
    (["graph"], None, "xml", ("graph", "rdfxml")),
    (["graph"], None, "json-ld", ("graph", "jsonld")),
    # /sparql answers a person too: a browser's Accept or format=html gets the HTML table;
    # clients that take anything still get SPARQL JSON
    (["results", "graph", "page"], FIREFOX, None, ("page", "html")),
    (["results", "graph", "page"], None, "html", ("page", "html")),
    (["results", "graph", "page"], "*/*", None, ("results", "json")),
    (["results", "graph", "page"], None, None, ("results", "json")),
    (["results", "graph", "page"], YASGUI_SELECT, None, ("results", "json")),
    (["results", "graph", "page"], "application/sparql-results+xml", None, ("results", "xml")),
    # an Accept of the other family's formats gets their counterpart (rdflib's SPARQLStore with
    # returnFormat json, csv or tsv asks for a CONSTRUCT so), as format= does
    (["graph"], "application/sparql-results+json", None, ("graph", "jsonld")),
    (["graph"], "text/csv", None, ("graph", "ntriples")),
    (["graph"], "text/tab-separated-values", None, ("graph", "ntriples")),
    (["graph"], "application/sparql-results+xml, application/rdf+xml", None, ("graph", "rdfxml")),
    (["results"], "text/turtle", None, ("results", "json")),
])
def test_choose(families, accept, fmt, expected):
    assert choose(families, accept, fmt) == expected


@pytest.mark.parametrize("families,accept,fmt", [
    (["results"], "image/png", None),
    (["graph"], "image/png, text/html", None),
    (["page"], "text/turtle", None),
    (["results"], None, "yaml"),
    (["page"], None, "csv"),
])
def test_not_acceptable(families, accept, fmt):
    with pytest.raises(NotAcceptable):
        choose(families, accept, fmt)


@pytest.mark.parametrize("header,expected", [
    (None, "en"),
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh"),
    ("de-DE, fr;q=0.7, en;q=0.5", "fr"),
    ("ar", "ar"),
    ("de, it", "en"),
    ("es;q=0.2, ru;q=0.9", "ru"),
])
def test_accept_language_picks_a_un_language(header, expected):
    assert accept_language(header) == expected
