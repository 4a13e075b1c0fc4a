"""What the server's workers do with the store: answer SPARQL, apply updates, describe a resource.

Each function takes the open store first, a ``Store`` or a ``RemoteStore`` (a SPARQL 1.1
endpoint), and uses only what both offer (``query``, ``update``, ``match``); it returns plain
data (bytes, str, tuples) that crosses the process boundary; ``unkg.serve.engine`` runs them in
its workers (``engine.run(tasks.sparql, ...)``). A remote store's results arrive parsed, so they
are written out here like local ones: the same formats, the same row cap. What a request asked
for that cannot be given is raised as a ``ServeError`` with its status (``unkg.serve.errors``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import pyoxigraph as ox

from unkg import formats
from unkg.ontology.namespace import PREFIXES
from unkg.serve import negotiate
from unkg.serve.errors import BadRequest, NotFound, one_line
from unkg.serve.results import take, write_boolean, write_solutions

if TYPE_CHECKING:
    from unkg.graph.stores import Store


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
    return ox.serialize(triples, format=formats.get(key).ox, prefixes=prefixes) or b""


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
        return formats.get(key).content_type, write_boolean(bool(result), key), 1, False
    if isinstance(result, ox.QuerySolutions):
        _, key = negotiate.choose(["results"], accept, fmt)
        variables = [v.value for v in result.variables]
        body, rows, truncated = write_solutions(variables, result, key, max_rows)
        return formats.get(key).content_type, body, rows, truncated
    _, key = negotiate.choose(["graph"], accept, fmt)
    triples, truncated = take(result, max_rows)
    return formats.get(key).content_type, write_graph(triples, key), len(triples), truncated


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
    """A graph view as a self-contained HTML page (``unkg.views.render_view``): an unknown kind
    is 404, a view that cannot be drawn from what the request gave 400."""
    from unkg.views import VIEWS, render_view

    kwargs: dict = {"lang": lang}
    if iri is not None:
        kwargs["iri"] = iri
    if hops is not None:
        kwargs["hops"] = hops
    try:
        return render_view(store, kind, **kwargs)
    except ValueError as e:  # ViewError (its line names the views there are), or a malformed IRI
        if kind not in VIEWS:
            raise NotFound(one_line(e)) from None
        raise BadRequest(f"view {kind!r}: {one_line(e)}") from None


def query_results(store: Store, query: str) -> tuple[str, bytes]:
    """Run a query for ``unkg query``: ``("results", SPARQL JSON)`` for SELECT and ASK,
    ``("graph", N-Triples)`` for CONSTRUCT and DESCRIBE; the command reads them back whole."""
    result = store.query(query)
    if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
        return "results", result.serialize(format=ox.QueryResultsFormat.JSON) or b""
    return "graph", ox.serialize(result, format=ox.RdfFormat.N_TRIPLES) or b""
