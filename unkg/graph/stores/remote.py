"""A remote store: any SPARQL 1.1 endpoint, with the same interface as ``LocalStore``.

``--store http://host:7878/query`` (or ``UNKG_STORE=http://...``) makes every command run against
a server instead of the embedded store (DESIGN.md §5). Three W3C protocols:

- SPARQL 1.1 Protocol, query and update operations (through SPARQLWrapper): always POST with a
  URL-encoded body, so long queries never hit URL length limits (§2.1.2, §2.2.1);
- SPARQL 1.1 Graph Store HTTP Protocol: ``PUT ?graph=`` with N-Triples replaces one named graph
  (§5.3), ``GET`` reads it back (§5.2), ``DELETE`` drops it (§5.4).

Endpoint layout, from the URL given:

- ``http://host:port`` or ``.../query`` (Oxigraph): update at ``.../update``, graph store at ``.../store``;
- ``.../sparql`` (Virtuoso): update at the same URL, graph store at ``.../sparql-graph-crud``;
- anything else (Fuseki ``/ds/query`` -> ``/ds/update``, ``/ds/data``; GraphDB): pass ``update_url``
  and ``gsp_url`` (or ``UNKG_UPDATE_URL`` / ``UNKG_GSP_URL``) when they differ from the query URL.

Queries see the default graph as the union of the named graphs, as in the embedded store:
Oxigraph is asked so with its ``union-default-graph`` parameter; GraphDB, QLever and Virtuoso
do it by default; Fuseki needs ``tdb2:unionDefaultGraph true`` in its dataset configuration. A
query given ``default_graphs`` / ``named_graphs`` sends them as the protocol's
``default-graph-uri`` / ``named-graph-uri`` (§2.1.4) instead, and the endpoint builds the dataset.
Every HTTP failure becomes one ``StoreError`` line naming the endpoint and the problem; a request
the endpoint refuses as malformed (HTTP 400) is a ``QueryRefused``, the asker's fault rather than
the endpoint's.
"""

from __future__ import annotations

import ast
import io
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.client import HTTPException

import pyoxigraph as ox
from SPARQLWrapper import JSON, POST, TURTLE, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

from unkg import __version__, formats
from unkg.graph.iris import DEFAULT_BASE, Minter
from unkg.graph.stores.base import Stats, StoreError, sparql_prefixes, stats
from unkg.ontology.namespace import PREFIXES

USER_AGENT = f"unkg/{__version__} (+https://w3id.org/unkg/)"
TIMEOUT = float(os.environ.get("UNKG_HTTP_TIMEOUT", "300"))
JSON_RESULTS = formats.get("json").media_type
N_TRIPLES = formats.get("ntriples").media_type
TURTLE = formats.get("turtle").media_type


class QueryRefused(StoreError):
    """The endpoint answered HTTP 400: the query or update is malformed (in the endpoint's eyes)."""


# what SPARQLWrapper turns HTTP errors into: the status it stands for
_WRAPPER_STATUS = {
    QueryBadFormed: "HTTP 400 Bad Request",
    Unauthorized: "HTTP 401 Unauthorized",
    EndPointNotFound: "HTTP 404 Not Found",
    URITooLong: "HTTP 414 URI Too Long",
    EndPointInternalError: "HTTP 500 Internal Server Error",
}


# where endpoints say a syntax error is: Oxigraph "error at 18:26", Jena "line 18, column 26",
# Virtuoso "line 18:"
_POSITION = re.compile(r"(\bat |\bline )(\d+)(?=[:,])")


def _unshift(message: str, lines: int) -> str:
    """The error's line numbers counted in the asker's text, without the ``lines`` of PREFIX
    declarations put before it."""
    return _POSITION.sub(lambda m: m.group(1) + str(int(m.group(2)) - lines) if int(m.group(2)) > lines else m.group(0), message)


def endpoint_url(location) -> str | None:
    """The endpoint URL when ``location`` names one (``http://``/``https://``), else None.

    A URL that went through ``pathlib.Path`` (typer options) lost one slash: it is restored.
    """
    if location is None:
        return None
    text = str(location)
    for scheme in ("http:", "https:"):
        if text.lower().startswith(scheme + "/"):
            return scheme + "//" + text[len(scheme) :].lstrip("/")
    return None


def _layout(url: str) -> tuple[str, str, str]:
    """(query, update, graph store) URLs for an endpoint URL (see the module docstring)."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")

    def at(p: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, p, "", ""))

    if path in ("",):
        return at("/query"), at("/update"), at("/store")
    if path.endswith("/query"):
        root = path[: -len("/query")]
        return url, at(root + "/update"), at(root + "/store")
    if path.endswith("/sparql"):
        return url, url, at(path + "-graph-crud")
    return url, url, url


# what hides keywords from the query-form scan: IRIs, strings (long and short), comments
_OPAQUE = re.compile(
    r'<[^<>"{}|^`\\\s]*>'
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|#[^\n]*"
)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.I)


def query_form(sparql: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first query-form keyword outside IRIs, strings and
    comments (SPARQL 1.1 §19.8). SPARQLWrapper's own guess reads comments: it took a query whose
    header says "addressee" for an ADD update and sent it to the update endpoint."""
    m = _FORM.search(_OPAQUE.sub(" ", sparql))
    return m.group(1).upper() if m else "SELECT"


class Triples(list):
    """A CONSTRUCT/DESCRIBE result from a remote endpoint: pyoxigraph triples, serialisable like
    pyoxigraph's own ``QueryTriples``."""

    def serialize(self, output=None, format=ox.RdfFormat.N_TRIPLES):
        return ox.serialize(self, output, format)


class RemoteStore:
    """A store behind a SPARQL 1.1 endpoint (Query, Update and Graph Store protocols)."""

    def __init__(
        self,
        url: str,
        *,
        base: str | None = None,
        update_url: str | None = None,
        gsp_url: str | None = None,
        timeout: float = TIMEOUT,
        create: bool = True,
        read_only: bool = False,
    ) -> None:
        self.url = url
        self.path = url  # what commands print as the store's location
        q, u, g = _layout(url)
        self.query_url = q
        self.update_url = update_url or os.environ.get("UNKG_UPDATE_URL") or u
        self.gsp_url = gsp_url or os.environ.get("UNKG_GSP_URL") or g
        self.timeout = timeout
        self.read_only = read_only
        self.base = base or DEFAULT_BASE
        self.minter = Minter(self.base)
        self._ask("ASK {}")  # fail now, with one line, when the endpoint is not there

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    # --- HTTP ------------------------------------------------------------------------------------

    def _fail(self, url: str, err: Exception) -> StoreError:
        if isinstance(err, urllib.error.HTTPError):
            body = err.read().decode("utf-8", "replace") if err.fp else ""
            detail = f"HTTP {err.code} {err.reason}" + (f": {' '.join(body.split())[:300]}" if body else "")
        elif isinstance(err, urllib.error.URLError):
            detail = f"cannot reach the SPARQL endpoint ({err.reason})"
        elif isinstance(err, SPARQLWrapperException):
            # its message is "Name: msg. \n\nResponse:\nb'...'": keep the status and the body's text
            _, _, response = str(err).partition("\n\nResponse:\n")
            try:
                body = ast.literal_eval(response).decode("utf-8", "replace") if response else ""
            except (ValueError, SyntaxError, AttributeError):
                body = response
            status = _WRAPPER_STATUS.get(type(err), type(err).__name__)
            detail = status + (f": {' '.join(body.split())[:300]}" if body.strip() else "")
            if isinstance(err, QueryBadFormed):  # about the text sent, less the predeclared prefixes
                return QueryRefused(f"{url}: {_unshift(detail, sparql_prefixes().count(chr(10)))}")
        elif isinstance(err, TimeoutError | socket.timeout):
            detail = f"no answer within {self.timeout:g} s"
        else:
            detail = " ".join(str(err).split()) or type(err).__name__
        return StoreError(f"{url}: {detail}")

    def _wrapper(self, text: str, *, update: bool = False, default_graphs=None, named_graphs=None) -> SPARQLWrapper:
        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url, agent=USER_AGENT)
        sw.setMethod(POST)
        sw.setRequestMethod(URLENCODED)
        sw.timeout = self.timeout  # its setTimeout() truncates to whole seconds, and 0 means none
        sw.setOnlyConneg(True)  # no format=/output= parameters: content negotiation only
        sw.setQuery(text)
        if update:
            sw.queryType = "INSERT"  # any update form: POSTed as update=
            sw.addCustomHttpHeader("X-Unkg-Write", "1")  # a writable unkg serve takes form writes only with it (unkg.serve.guard)
        elif default_graphs or named_graphs:
            sw.queryType = query_form(text)
            for g in default_graphs or ():
                sw.addParameter("default-graph-uri", g)
            for g in named_graphs or ():
                sw.addParameter("named-graph-uri", g)
        else:
            sw.queryType = query_form(text)
            sw.addParameter("union-default-graph", "true")
        return sw

    def _send(self, text: str, accept: str, **dataset) -> bytes:
        sw = self._wrapper(text, **dataset)
        sw.addCustomHttpHeader("Accept", accept)
        try:
            response = sw.query().response
            return response.read()
        except (urllib.error.URLError, SPARQLWrapperException, HTTPException, OSError) as err:
            raise self._fail(self.query_url, err) from err

    def _http(self, method: str, url: str, *, data: bytes | None = None, headers: dict | None = None, ok404: bool = False):
        req = urllib.request.Request(url, data=data, method=method, headers={"User-Agent": USER_AGENT, **(headers or {})})
        try:
            return urllib.request.urlopen(req, timeout=self.timeout)
        except urllib.error.HTTPError as err:
            if ok404 and err.code == 404:
                return None
            raise self._fail(url, err) from err
        except (urllib.error.URLError, HTTPException, OSError) as err:
            raise self._fail(url, err) from err

    def _graph_url(self, graph: str) -> str:
        sep = "&" if "?" in self.gsp_url else "?"
        return f"{self.gsp_url}{sep}graph={urllib.parse.quote(graph, safe='')}"

    def _ask(self, text: str) -> bool:
        return bool(ox.parse_query_results(self._send(text, JSON_RESULTS), ox.QueryResultsFormat.JSON))

    # --- reading -----------------------------------------------------------------------------------

    def query(self, sparql: str, *, union: bool = True, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None):
        """Run a SPARQL query (the default prefixes are predeclared); results as pyoxigraph's:
        ``QuerySolutions``/``QueryBoolean``, or ``Triples`` for CONSTRUCT and DESCRIBE.
        ``default_graphs`` / ``named_graphs`` go to the endpoint as the query's dataset."""
        text = sparql_prefixes() + sparql
        dataset = {"default_graphs": default_graphs, "named_graphs": named_graphs}
        if query_form(text) in ("CONSTRUCT", "DESCRIBE"):
            data = self._send(text, f"{N_TRIPLES}, {TURTLE};q=0.9", **dataset)
            try:
                return Triples(ox.parse(data, ox.RdfFormat.TURTLE))
            except SyntaxError as err:
                raise StoreError(f"{self.query_url}: unreadable graph result ({err})") from err
        data = self._send(text, JSON_RESULTS, **dataset)
        try:
            return ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        except SyntaxError as err:
            raise StoreError(f"{self.query_url}: unreadable query results ({err})") from err

    def match_quads(self, predicate: ox.NamedNode, object=None, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad of a named graph (or of ``graph``) with this predicate (and object), with its graph."""
        o = "?o" if object is None else str(object)
        g = "?g" if graph is None else str(ox.NamedNode(graph))
        for r in self.query(f"SELECT ?s ?o {'?g' if graph is None else ''} WHERE {{ GRAPH {g} {{ ?s {predicate} {o} }} }}"):
            yield ox.Quad(r["s"], predicate, r["o"] if object is None else object, r["g"] if graph is None else ox.NamedNode(graph))

    def match(self, subject=None, predicate=None, object=None) -> Iterator[ox.Triple]:
        """The triples that match a pattern (None matches anything), each once. ``subject`` may
        be a list of nodes: one SELECT asks about 100 of them at a time (``VALUES``, which
        Oxigraph joins as one index lookup per subject). Blank nodes cannot be asked about (an
        endpoint's blank-node labels hold for one response only): they match nothing."""
        subjects = [s for s in subject if not isinstance(s, ox.BlankNode)] if isinstance(subject, list) else [subject]
        if isinstance(subject, ox.BlankNode) or isinstance(predicate, ox.BlankNode) or isinstance(object, ox.BlankNode):
            return
        p = "?p" if predicate is None else str(predicate)
        o = "?o" if object is None else str(object)
        for start in range(0, len(subjects), 100):
            chunk = subjects[start : start + 100]
            if chunk == [None]:
                s, values = "?s", ""
            elif len(chunk) == 1:
                s, values = str(chunk[0]), ""
            else:
                s, values = "?s", "VALUES ?s { " + " ".join(str(n) for n in chunk) + " } "
            rows = self.query(f"SELECT DISTINCT * WHERE {{ {values}{s} {p} {o} }}")
            for r in rows:
                yield ox.Triple(
                    r["s"] if s == "?s" else chunk[0],
                    r["p"] if predicate is None else predicate,
                    r["o"] if object is None else object,
                )

    def query_serialized(self, sparql: str, fmt: str) -> bytes:
        """The endpoint's own serialisation of the results (json, xml, csv, tsv; Turtle for graphs)."""
        text = sparql_prefixes() + sparql
        if query_form(text) in ("CONSTRUCT", "DESCRIBE"):
            return self._send(text, N_TRIPLES if fmt in ("csv", "tsv") else TURTLE)
        return self._send(text, formats.get(fmt).media_type)

    def has_graph(self, graph: str) -> bool:
        return self._ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")

    def graphs(self) -> Iterator[str]:
        """The named graphs under the store's base. ``GRAPH ?g {}`` lists them without a scan on
        Oxigraph; Virtuoso answers it with nothing, so an empty answer is checked with a scan."""
        names = [r["g"].value for r in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }") if isinstance(r["g"], ox.NamedNode)]
        if not names:
            names = [r["g"].value for r in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") if isinstance(r["g"], ox.NamedNode)]
        # a shared server holds other graphs too (Virtuoso's system graphs): ours are under our base
        yield from (n for n in names if n.startswith(self.base))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of one named graph (streamed from the graph store), or of all of them."""
        if graph is None:
            for g in sorted(self.graphs()):
                yield from self.quads(g)
            return
        response = self._http("GET", self._graph_url(graph), headers={"Accept": N_TRIPLES}, ok404=True)
        if response is None:
            return
        node = ox.NamedNode(graph)
        with response:
            try:
                for t in ox.parse(response, ox.RdfFormat.N_TRIPLES):
                    yield ox.Quad(t.subject, t.predicate, t.object, node)
            except SyntaxError as err:
                raise StoreError(f"{self._graph_url(graph)}: unreadable N-Triples ({err})") from err

    def counts(self) -> dict[str, int]:
        """The number of triples of every named graph under the base, in one query."""
        rows = self.query(
            f'SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER STRSTARTS(STR(?g), "{self.base}") }} GROUP BY ?g'
        )
        return {r["g"].value: int(r["n"].value) for r in rows if isinstance(r["g"], ox.NamedNode)}

    def count(self, graph: str) -> int:
        rows = list(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"))
        return int(rows[0]["n"].value) if rows else 0

    def __len__(self) -> int:
        rows = list(self.query(f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER STRSTARTS(STR(?g), "{self.base}") }}'))
        return int(rows[0]["n"].value) if rows else 0

    def stats(self) -> Stats:
        return stats(self)  # the same queries as the local store; only the transport differs

    # --- writing -----------------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.url}: opened read-only")

    def put_graph(self, graph: str, data: bytes, media_type: str = N_TRIPLES) -> None:
        """Replace one named graph with serialised triples (Graph Store Protocol PUT, §5.3)."""
        self._writable()
        response = self._http("PUT", self._graph_url(graph), data=data, headers={"Content-Type": f"{media_type}; charset=utf-8"})
        response.close()

    def replace_graphs(self, batch: list[tuple[str, list[ox.Quad]]], *, bulk: bool = False, rewrite: bool = False) -> None:
        """Replace (or create) each named graph of the batch with exactly its quads, one PUT each
        (the server swaps each graph atomically; graphs are written one after the other;
        ``bulk`` and ``rewrite`` are the embedded store's ways of writing and change nothing here)."""
        for graph, quads in batch:
            if not quads:
                self.remove_graph(graph)
                continue
            buf = io.BytesIO()
            ox.serialize((q.triple for q in quads), buf, ox.RdfFormat.N_TRIPLES)
            self.put_graph(graph, buf.getvalue())

    def remove_graph(self, graph: str) -> None:
        self._writable()
        response = self._http("DELETE", self._graph_url(graph), ok404=True)
        if response is not None:
            response.close()

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (the default prefixes are predeclared)."""
        self._writable()
        sw = self._wrapper(sparql_prefixes() + sparql, update=True)
        try:
            sw.query().response.read()
        except (urllib.error.URLError, SPARQLWrapperException, HTTPException, OSError) as err:
            raise self._fail(self.update_url, err) from err

    def optimize(self) -> None:
        """Nothing to do: the server manages its own storage."""

    def close(self) -> None:
        """Nothing to release: every request has its own connection."""


__all__ = ["QueryRefused", "RemoteStore", "Triples", "endpoint_url", "PREFIXES"]
