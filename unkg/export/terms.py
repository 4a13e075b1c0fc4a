"""pyoxigraph terms to rdflib terms, for the libraries that speak rdflib (pySHACL, VoID, pyld).

Direct term conversion: no serialise-and-reparse round trip through rdflib's slow parsers.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_rdflib(term) -> Node:
    """One pyoxigraph term as the equal rdflib term (plain strings stay plain: RDF 1.1 makes
    ``"x"`` and ``"x"^^xsd:string`` one term; rdflib does not, so we use its plain form)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt in (_XSD_STRING, _RDF_LANGSTRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise TypeError(f"cannot convert {term!r} to an rdflib term")


def rdflib_graph(triples: Iterable, graph: Graph | None = None) -> Graph:
    """Triples or quads (their graph name ignored) into an rdflib Graph."""
    g = graph if graph is not None else Graph()
    add = g.add
    for t in triples:
        add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return g


def to_ox(term):
    """One rdflib term as the equal pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r} to a pyoxigraph term")


def ox_quads(graph: Graph, name: str | None = None):
    """An rdflib Graph's triples as pyoxigraph quads in the named graph ``name`` (or triples)."""
    g = ox.NamedNode(name) if name else None
    for s, p, o in sorted(graph):  # grouped by subject: readable Turtle, stable output
        if g is None:
            yield ox.Triple(to_ox(s), to_ox(p), to_ox(o))
        else:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), g)
