"""The direct JSON-LD compactor (``unkg.export.jsonld``): what it writes expands, with pyld and
with rdflib, to exactly the triples it was given, on real graphs and on the values a coercing
context could change (a literal under an ``@id`` term, another datatype, a plain string under a
language map, a literal ``rdf:type``, blank nodes, IRIs no prefix fits)."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from pyld import jsonld
from rdflib import Graph
from rdflib.compare import isomorphic

from tests.export.sample import sample_store
from unkg.export.formats import export_context
from unkg.export.jsonld import Compactor, Unsupported
from unkg.export.terms import rdflib_graph
from unkg.ontology.namespace import PREFIXES

UNKG, DCT, XSD = PREFIXES["unkg"], PREFIXES["dcterms"], PREFIXES["xsd"]
RDF_TYPE = PREFIXES["rdf"] + "type"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return sample_store(tmp_path_factory, "jsonld")


@pytest.fixture(scope="module")
def compactor():
    return Compactor(export_context()["@context"])


def document(compactor, triples) -> dict:
    return {"@context": export_context()["@context"], "@graph": compactor.nodes(triples)}


def read_back(doc: dict) -> tuple[Graph, Graph]:
    """The document's triples as rdflib reads them, and as pyld (toRdf) reads them."""
    text = json.dumps(doc, ensure_ascii=False)
    by_rdflib = Graph().parse(data=text, format="json-ld")
    by_pyld = Graph().parse(data=jsonld.to_rdf(json.loads(text), {"format": "application/n-quads"}), format="nt")
    return by_rdflib, by_pyld


def test_real_graphs_read_back_to_the_same_triples(store, compactor):
    names = sorted(store.graphs())
    picked = [n for n in names if "/E/RES/2022/15/zh/" in n or "/A/RES/79/194/" in n or n.endswith(("/reference", "/summary"))]
    assert len(picked) >= 3
    for name in picked:
        triples = [q.triple for q in store.quads(name)]
        expected = rdflib_graph(triples)
        for got in read_back(document(compactor, triples)):
            assert isomorphic(got, expected), name


def test_paragraphs_use_the_context_terms(store, compactor):
    name = next(n for n in sorted(store.graphs()) if "/E/RES/2022/15/en/" in n)
    nodes = compactor.nodes(q.triple for q in store.quads(name))
    op1 = next(n for n in nodes if n["@id"].endswith("/E/RES/2022/15/op/1"))
    assert op1["@type"] == "OperativeParagraph"
    assert op1["isPartOf"] == "https://w3id.org/unkg/doc/E/RES/2022/15"  # an @id term: a plain string
    assert op1["text"]["@language"] == "en"
    work = next(n for n in nodes if n["@id"] == "https://w3id.org/unkg/doc/E/RES/2022/15")
    assert set(work["title"]) == {"en"}, "dcterms:title in the context's @language map"


def test_values_a_coercing_term_would_change_are_written_expanded(compactor):
    s = ox.NamedNode("https://w3id.org/unkg/doc/X/1")
    b = ox.BlankNode("n1")
    n = ox.NamedNode
    triples = [
        ox.Triple(s, n(RDF_TYPE), n(UNKG + "Resolution")),
        ox.Triple(s, n(RDF_TYPE), n("http://example.org/NoPrefix#Class")),
        ox.Triple(s, n(RDF_TYPE), ox.Literal("a literal type")),
        ox.Triple(s, n(UNKG + "cites"), ox.Literal("not an IRI")),  # an @id term's property with a literal
        ox.Triple(s, n(UNKG + "cites"), b),
        ox.Triple(s, n(UNKG + "position"), ox.Literal("7", datatype=n(XSD + "integer"))),
        ox.Triple(s, n(UNKG + "position"), ox.Literal("seven")),  # an xsd:integer term's property with a string
        ox.Triple(s, n(UNKG + "position"), ox.Literal("7.5", datatype=n(XSD + "decimal"))),
        ox.Triple(s, n(DCT + "title"), ox.Literal("Titre", language="fr")),
        ox.Triple(s, n(DCT + "title"), ox.Literal("Title one", language="en")),
        ox.Triple(s, n(DCT + "title"), ox.Literal("Title two", language="en")),
        ox.Triple(s, n(DCT + "title"), ox.Literal("no language")),  # under a @language map's property
        ox.Triple(s, n(DCT + "title"), n("http://example.org/a-title-iri")),
        ox.Triple(s, n(DCT + "date"), ox.Literal("2022-07-21", datatype=n(XSD + "date"))),
        ox.Triple(s, n(DCT + "date"), ox.Literal("July 2022", language="en")),
        ox.Triple(s, n(UNKG + "number"), ox.Literal("1 (a)")),
        ox.Triple(s, n("http://example.org/p"), ox.Literal("x", datatype=n("http://example.org/dt"))),
        ox.Triple(s, n("urn:isbn:p"), n("urn:isbn:0451450523")),
        ox.Triple(b, n(UNKG + "text"), ox.Literal("in a blank node", language="zh")),
        ox.Triple(b, n(DCT + "isPartOf"), s),
    ]
    doc = document(compactor, triples)
    expected = rdflib_graph(triples)
    for got in read_back(doc):
        assert isomorphic(got, expected), json.dumps(doc["@graph"], indent=1)
    node = doc["@graph"][0]
    assert node["@type"][0] == "Resolution" and node["position"] == "7" and node["date"] == "2022-07-21"
    assert node["title"] == {"en": ["Title one", "Title two"], "fr": "Titre"}


@pytest.mark.parametrize("context", [
    {"@vocab": "http://example.org/"},
    {"@language": "en", "t": "http://example.org/t"},
    {"r": {"@reverse": "http://example.org/r"}},
    {"l": {"@id": "http://example.org/l", "@container": "@list"}},
    {"s": {"@id": "http://example.org/s", "@context": {}}},
])
def test_a_context_it_does_not_handle_is_refused_not_misread(context):
    with pytest.raises(Unsupported):
        Compactor(context)


def test_an_iri_whose_scheme_is_a_term_is_refused(compactor):
    c = Compactor({"urn": "http://example.org/urn-term", "p": "http://example.org/p"})
    with pytest.raises(Unsupported):
        c.nodes([ox.Triple(ox.NamedNode("urn:x:1"), ox.NamedNode("http://example.org/p"), ox.Literal("v"))])
