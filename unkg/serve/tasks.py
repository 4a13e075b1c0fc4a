"""What the server's workers do with the store: answer SPARQL, apply updates, describe a resource.

Each function takes the open store first, a ``Store`` or a ``RemoteStore`` (a SPARQL 1.1
endpoint), and uses only what both offer (``query``, ``update``, ``match``); it returns plain
data (bytes, str, tuples) that crosses the process boundary; ``unkg.serve.engine`` calls them by
name. A remote store's results arrive parsed, so they are written out here like local ones: the
same formats, the same row cap.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import pyoxigraph as ox

from unkg.ontology.namespace import PREFIXES
from unkg.serve import negotiate
from unkg.serve.results import write_boolean, write_solutions

if TYPE_CHECKING:
    from unkg.graph.stores import Store

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    """The project's JSON-LD context (unkg/ontology/context.jsonld, generated from the ontology)."""
    text = resources.files("unkg.ontology").joinpath("context.jsonld").read_text("utf-8")
    return json.loads(text)["@context"]


def write_graph(triples, key: str) -> bytes:
    """Serialise triples as Turtle, N-Triples, RDF/XML or JSON-LD compacted with the unkg context."""
    triples = list(triples)
    if key == "jsonld":
        from pyld import jsonld

        expanded = json.loads(ox.serialize(triples, format=ox.RdfFormat.JSON_LD) or b"[]")
        context = jsonld_context()
        compacted = jsonld.compact(expanded, {"@context": context}, options={"documentLoader": _no_remote})
        return json.dumps(compacted, ensure_ascii=False, indent=1).encode()
    prefixes = PREFIXES if key in ("turtle", "rdfxml") else None
    return ox.serialize(triples, format=RDF_FORMATS[key], prefixes=prefixes) or b""


def _no_remote(url, options=None):
    raise ValueError(f"JSON-LD: refusing to fetch remote context {url} (the server works offline)")


def sparql(
    store: Store,
    query: str,
    *,
    accept: str | None = None,
    fmt: str | None = None,
    max_rows: int = 10000,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
) -> tuple[str, bytes, int, bool]:
    """Run a SPARQL 1.1 query: ``(content type, body, rows or triples, truncated)``.

    The default graph is the union of the named graphs unless the request names default graphs
    (SPARQL 1.1 Protocol §2.1.4, ``default-graph-uri`` / ``named-graph-uri``); a remote store
    forwards both to its endpoint.
    """
    result = store.query(query, default_graphs=default_graphs, named_graphs=named_graphs)
    if isinstance(result, ox.QueryBoolean):
        _, key = negotiate.choose(["results"], accept, fmt)
        return negotiate.media_type("results", key), write_boolean(bool(result), key), 1, False
    if isinstance(result, ox.QuerySolutions):
        _, key = negotiate.choose(["results"], accept, fmt)
        variables = [v.value for v in result.variables]
        body, rows, truncated = write_solutions(variables, result, key, max_rows)
        return negotiate.media_type("results", key), body, rows, truncated
    _, key = negotiate.choose(["graph"], accept, fmt)
    triples = []
    truncated = False
    for i, t in enumerate(result):
        if i >= max_rows:
            truncated = True
            break
        triples.append(t)
    return negotiate.media_type("graph", key), write_graph(triples, key), len(triples), truncated


def update(store: Store, update: str) -> None:
    """Apply a SPARQL 1.1 Update (only a writable server's worker holds a writable store)."""
    store.update(update)


def describe(store: Store, iri: str, *, key: str) -> tuple[bytes, int]:
    """The description of one of our IRIs for machines: ``(body, triples)``.

    Every triple with it as subject; for a work, also those of its language versions and of its
    parts (paragraphs, footnotes, sections), so one request gets the document with its text in
    every language. Read from the store's subject index (``store.match``), each triple once (the
    language graphs repeat what they share).
    """
    node = ox.NamedNode(iri)
    subjects = [node]
    realization = ox.NamedNode(PREFIXES["frbr"] + "realization")
    subjects += [t.object for t in store.match(node, realization)]
    is_part_of = ox.NamedNode(PREFIXES["dcterms"] + "isPartOf")
    subjects += [t.subject for t in store.match(None, is_part_of, node)]
    triples = dict.fromkeys(store.match(list(dict.fromkeys(subjects))))
    return write_graph(list(triples), key), len(triples)


def view(store: Store, *, kind: str, iri: str | None = None, hops: int | None = None, lang: str = "en") -> str:
    """A graph view as a self-contained HTML page (``unkg.views.render_view``)."""
    try:
        from unkg.views import render_view
    except ImportError:
        from unkg.views.render import render_view

    kwargs: dict = {"lang": lang}
    if iri is not None:
        kwargs["iri"] = iri
    if hops is not None:
        kwargs["hops"] = hops
    return render_view(store, kind, **kwargs)
