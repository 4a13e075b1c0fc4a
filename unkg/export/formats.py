"""Export the store as linked data: N-Quads, TriG, N-Triples, Turtle, JSON-LD.

``export(store, output, fmt)`` streams: quads are read from the store and written by
pyoxigraph's serialisers as they come (``Store.dump`` for a whole local store in N-Quads or
TriG), so N-Triples and N-Quads never hold the graph in memory, and Turtle/TriG avoid rdflib's
super-linear Turtle serialiser. JSON-LD is written graph by graph: each named graph is compacted
with pyld against the published context ``unkg/ontology/context.jsonld`` (JSON-LD 1.1 API §6.1),
followed by the prefixes it lacks (foaf, void, dcat, vann),
and the document is ``{"@context": ..., "@graph": [{"@id": graph, "@graph": [...]}, ...]}``, so
memory is bounded by the largest graph.

A full export (no ``graph``) adds the dataset description (VoID and DCAT, ``describe``): in its
own named graph for quad formats, as more triples for triple formats. N-Triples and Turtle are
the union of the named graphs: a triple that several language graphs share is written once per
graph (an RDF parser merges them). The file is written under a temporary name and renamed when
complete, so a failed export leaves no half file; ``gzip`` (or a ``.gz`` suffix) compresses it.
"""

from __future__ import annotations

import gzip as gzip_module
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from unkg import formats
from unkg.export import FORMATS
from unkg.export.describe import describe, description_graph
from unkg.export.terms import ox_quads
from unkg.ontology.namespace import PREFIXES

# the formats that carry named graphs: each graph is written as itself
QUAD_FORMATS = {key for key, f in FORMATS.items() if f.kind == formats.DATASET}
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# the store's prefixes and those the dataset description uses, for Turtle and TriG
PREFIXES_OUT = {**PREFIXES, "void": "http://rdfs.org/ns/void#", "dcat": "http://www.w3.org/ns/dcat#"}


class ExportError(ValueError):
    """An export that cannot be made: one line naming the thing and the problem."""


@dataclass
class ExportSummary:
    format: str
    statements: int
    graphs: int
    path: str
    described: bool


# prefixes the data and its description use beyond the published context's vocabularies
EXTRA_PREFIXES = {
    "foaf": "http://xmlns.com/foaf/0.1/",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "vann": "http://purl.org/vocab/vann/",
}


@lru_cache(maxsize=1)
def context() -> dict:
    """The published JSON-LD context (generated from unkg.ttl)."""
    return json.loads(resources.files("unkg.ontology").joinpath("context.jsonld").read_text("utf-8"))


@lru_cache(maxsize=1)
def export_context() -> dict:
    """The context of a JSON-LD export: the published one, then the few prefixes it lacks."""
    published = context()["@context"]
    extra = {k: v for k, v in EXTRA_PREFIXES.items() if k not in published}
    return {"@context": [published, extra] if extra else published}


def guess_format(path: str) -> str | None:
    """The export format a file name asks for (``unkg.nq.gz`` -> ``nq``), or None."""
    name = path.lower().removesuffix(".gz")
    return next((key for key, f in FORMATS.items() if name.endswith(f.suffixes)), None)


class _Counter:
    def __init__(self) -> None:
        self.n = 0

    def wrap(self, items: Iterable) -> Iterator:
        for item in items:
            self.n += 1
            yield item


def _graph_names(store, graph: str | None) -> list[str]:
    if graph is None:
        return sorted(store.graphs())
    if not store.has_graph(graph):
        raise ExportError(f"{graph}: no such named graph in the store")
    return [graph]


def _write_rdf(store, out, fmt: str, names: list[str], full: bool, description, counter: _Counter) -> None:
    rdf_format = FORMATS[fmt].ox
    local = getattr(store, "ox", None)
    if full and local is not None and fmt in ("nq", "trig") and not store.has_graph(description_graph(store.base)):
        # the whole local store, natively (Rust from store to file), then the description
        local.dump(out, rdf_format, prefixes=PREFIXES_OUT if fmt == "trig" else None)
        counter.n += len(local)
        if description is not None:
            if fmt == "trig":
                out.write(b"\n")
            ox.serialize(counter.wrap(ox_quads(description, description_graph(store.base))), out, rdf_format,
                         prefixes=PREFIXES_OUT if fmt == "trig" else None)
        return

    def statements() -> Iterator:
        for name in names:
            if fmt in QUAD_FORMATS:
                yield from store.quads(name)
            else:
                for q in store.quads(name):
                    yield q.triple
        if description is not None:
            yield from ox_quads(description, description_graph(store.base) if fmt in QUAD_FORMATS else None)

    kwargs = {"prefixes": PREFIXES_OUT} if fmt in ("ttl", "trig") else {}
    ox.serialize(counter.wrap(statements()), out, rdf_format, **kwargs)


def _compact_graph(triples: Iterable) -> list[dict]:
    """One graph's triples as compacted JSON-LD node objects (pyld: fromRdf, then compact)."""
    from pyld import jsonld

    # pyoxigraph writes expanded JSON-LD (JSON-LD 1.1 §9.1) natively; pyld's own fromRdf is
    # 50-100 times slower on the same triples
    expanded = json.loads(ox.serialize(triples, None, ox.RdfFormat.JSON_LD))
    for node in expanded:  # rdf:type as @type (what fromRdf does without useRdfType), so classes compact to terms
        types = node.pop(_RDF_TYPE, None)
        if types:
            iris = [t["@id"] for t in types if "@id" in t]
            if iris:
                node["@type"] = iris
            if len(iris) < len(types):  # a literal rdf:type value stays a property
                node[_RDF_TYPE] = [t for t in types if "@id" not in t]
    compacted = jsonld.compact(expanded, export_context(), {"graph": True, "skipExpansion": True})
    return compacted.get("@graph", [])


def _write_jsonld(store, out, names: list[str], description, counter: _Counter) -> None:
    out.write(b'{\n"@context": ')
    out.write(json.dumps(export_context()["@context"], ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b',\n"@graph": [')
    first = True

    def emit(name: str, triples: Iterable) -> None:
        nonlocal first
        nodes = _compact_graph(counter.wrap(triples))
        if not nodes:
            return
        out.write(b"\n" if first else b",\n")
        first = False
        out.write(json.dumps({"@id": name, "@graph": nodes}, ensure_ascii=False).encode("utf-8"))

    for name in names:
        emit(name, (q.triple for q in store.quads(name)))
    if description is not None:
        emit(description_graph(store.base), ox_quads(description))
    out.write(b"\n]\n}\n")


def export(
    store,
    output: str | Path,
    fmt: str | None = None,
    *,
    graph: str | None = None,
    gzip: bool | None = None,
    endpoint: str | None = None,
    download_base: str | None = None,
    describe_dataset: bool = True,
) -> ExportSummary:
    """Write the store (or one named graph) to ``output`` (a path, or ``-`` for stdout).

    ``fmt`` is one of nq, trig, nt, ttl, jsonld (default: from the file name, else nq);
    ``gzip`` compresses (default: when the name ends in ``.gz``). A full export carries the
    dataset description (VoID + DCAT; ``describe_dataset=False`` leaves it out) and, beside a
    file, the ontology's HTML documentation.
    """
    output = str(output)
    fmt = fmt or (guess_format(output) if output != "-" else None) or "nq"
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
    if gzip is None:
        gzip = output.endswith(".gz")
    names = _graph_names(store, graph)
    full = graph is None
    description = describe(store, endpoint=endpoint, download_base=download_base) if full and describe_dataset else None
    counter = _Counter()

    def write(raw) -> None:
        out = gzip_module.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) if gzip else raw
        try:
            if fmt == "jsonld":
                _write_jsonld(store, out, names, description, counter)
            else:
                _write_rdf(store, out, fmt, names, full, description, counter)
        finally:
            if gzip:
                out.close()

    if output == "-":
        try:
            write(sys.stdout.buffer)
            sys.stdout.buffer.flush()
        except BrokenPipeError:  # the reader stopped early (| head): not an error of ours
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    else:
        target = Path(output)
        if target.is_dir():
            raise ExportError(f"{target}: is a folder; give a file name (unkg{FORMATS[fmt].suffix}{'.gz' if gzip else ''})")
        if not target.parent.is_dir():
            raise ExportError(f"{target.parent}: no such folder")
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as raw:
                write(raw)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp made it private; an export is for sharing
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if full:
            from unkg.ontology.docs import ontology_html

            (target.parent / "unkg-ontology.html").write_text(ontology_html(), "utf-8")
    return ExportSummary(fmt, counter.n, len(names) + (1 if description is not None else 0), output, description is not None)
