"""The reference graph: the ontology itself and the registries (verbs, bodies, member states,
events, instruments, topics) as RDF, in one named graph that every store holds.

``ensure_reference`` (re)loads it when its content changed (a digest of the sources is kept in
the graph), so labels in six languages, types, parents and Wikidata links are there for queries
and views without re-ingesting any document.
"""

from __future__ import annotations

import hashlib
from importlib import resources

import pyoxigraph as ox

from unkg import __version__, reference
from unkg.graph.stores import Store

DIGEST = ox.NamedNode("https://w3id.org/unkg/ontology#parserVersion")


def _sources() -> list[tuple[str, bytes]]:
    return [("ontology/unkg.ttl", resources.files("unkg.ontology").joinpath("unkg.ttl").read_bytes()), *reference.data_files()]


def digest() -> str:
    h = hashlib.sha256(__version__.encode())
    for name, data in _sources():
        h.update(name.encode())
        h.update(data)
    return h.hexdigest()


def build_reference(store: Store) -> tuple[str, list[ox.Quad]]:
    graph = ox.NamedNode(store.minter.reference_graph())
    quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(resources.files("unkg.ontology").joinpath("unkg.ttl").read_bytes(), ox.RdfFormat.TURTLE)]
    from unkg.graph.registries import registry_quads

    quads.extend(registry_quads(store.minter, graph))
    quads.append(ox.Quad(graph, DIGEST, ox.Literal(f"reference {digest()}"), graph))
    return graph.value, quads


def ensure_reference(store: Store) -> bool:
    """Load or refresh the reference graph; True when it was (re)written."""
    graph = store.minter.reference_graph()
    want = f"reference {digest()}"
    have = [r["v"].value for r in store.query(f"SELECT ?v WHERE {{ GRAPH <{graph}> {{ <{graph}> <{DIGEST.value}> ?v }} }}")]  # local or remote
    if have == [want]:
        return False
    store.replace_graphs([build_reference(store)])
    return True
