"""Export the store as linked data: N-Quads, TriG, N-Triples, Turtle, JSON-LD.

``export(store, output, fmt)`` streams: quads are read from the store and written by
pyoxigraph's serialisers as they come (``Store.dump`` for a whole local store in N-Quads or
TriG), so N-Triples and N-Quads never hold the graph in memory, and Turtle/TriG avoid rdflib's
super-linear Turtle serialiser.

N-Triples and Turtle carry one graph: the union of the named graphs (RDF 1.1 Semantics §5, the
merge), each triple once, although the six language graphs of a work repeat the structure they
share. A local store is read subject by subject from its subject-first index, where the copies
of one triple in several graphs come one after the other, so each is written once with no
memory of what came before; the output is grouped by subject (readable Turtle) and in subject
order. A remote store is read graph by graph with a set of the triples written.

JSON-LD is written graph by graph, ``{"@context": ..., "@graph": [{"@id": graph, "@graph":
[...]}, ...]}``, each named graph compacted with the published context
``unkg/ontology/context.jsonld`` (plus the prefixes it lacks: foaf, void, dcat, vann) by
``unkg.export.jsonld`` (direct, against that one context; pyld if the context ever holds what it
does not handle), so memory is bounded by the largest graph.

A full export (no ``graph``) adds the dataset description (VoID and DCAT, ``describe``): in its
own named graph for quad formats, as more triples for triple formats. The file is written under
a temporary name and renamed when complete, so a failed export leaves no half file; ``gzip`` (or
a ``.gz`` suffix) compresses it. ``progress(step, done, total)`` is told how far each step is
(``total`` None when unknown), for a progress bar.
"""

from __future__ import annotations

import gzip as gzip_module
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from unkg import formats
from unkg.export import FORMATS
from unkg.export.describe import describe, description_graph
from unkg.export.jsonld import Compactor, Unsupported
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
    docs: str | None = None  # the ontology's HTML documentation, when written beside the export


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


Progress = Callable[[str, int, "int | None"], None]


def _quiet(step: str, done: int, total: int | None) -> None:
    pass


def _union_triples(store, names: list[str], full: bool, progress: Progress) -> Iterator:
    """The distinct triples of the named graphs ``names`` (see the module's docstring)."""
    local = getattr(store, "ox", None)
    if full and local is not None:
        subjects = sorted((r[0] for r in local.query("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }")), key=str)
        total = len(subjects)
        progress("subjects", 0, total)
        for i, subject in enumerate(subjects, 1):
            previous = None
            # the SPOG index: a triple's copies in several graphs are neighbours
            for q in local.quads_for_pattern(subject, None, None, None):
                if isinstance(q.graph_name, ox.DefaultGraph):
                    continue
                t = q.triple
                if t != previous:
                    previous = t
                    yield t
            if i % 2000 == 0 or i == total:
                progress("subjects", i, total)
        return
    seen: set = set()
    progress("graphs", 0, len(names))
    for i, name in enumerate(names, 1):
        for q in store.quads(name):
            t = q.triple
            if t not in seen:
                seen.add(t)
                yield t
        progress("graphs", i, len(names))


def _write_rdf(store, out, fmt: str, names: list[str], full: bool, description, counter: _Counter, progress: Progress) -> None:
    rdf_format = FORMATS[fmt].ox
    local = getattr(store, "ox", None)
    if full and local is not None and fmt in ("nq", "trig") and not store.has_graph(description_graph(store.base)):
        # the whole local store, natively (Rust from store to file), then the description
        progress("store", 0, 1)
        local.dump(out, rdf_format, prefixes=PREFIXES_OUT if fmt == "trig" else None)
        counter.n += len(local)
        if description is not None:
            if fmt == "trig":
                out.write(b"\n")
            ox.serialize(counter.wrap(ox_quads(description, description_graph(store.base))), out, rdf_format,
                         prefixes=PREFIXES_OUT if fmt == "trig" else None)
        progress("store", 1, 1)
        return

    def statements() -> Iterator:
        if fmt in QUAD_FORMATS:
            progress("graphs", 0, len(names))
            for i, name in enumerate(names, 1):
                yield from store.quads(name)
                progress("graphs", i, len(names))
        else:
            yield from _union_triples(store, names, full, progress)
        if description is not None:
            yield from ox_quads(description, description_graph(store.base) if fmt in QUAD_FORMATS else None)

    kwargs = {"prefixes": PREFIXES_OUT} if fmt in ("ttl", "trig") else {}
    ox.serialize(counter.wrap(statements()), out, rdf_format, **kwargs)


def _pyld_compact(triples: Iterable) -> list[dict]:
    """One graph's triples as compacted JSON-LD node objects with pyld (fromRdf, then compact):
    the general way, for a context ``unkg.export.jsonld`` does not handle."""
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


@lru_cache(maxsize=1)
def _compactor() -> Compactor | None:
    try:
        return Compactor(export_context()["@context"])
    except Unsupported:
        return None


def _compact_graph(triples: Iterable) -> list[dict]:
    """One graph's triples as compacted JSON-LD node objects, with the unkg context."""
    compactor = _compactor()
    if compactor is not None:
        triples = list(triples)
        try:
            return compactor.nodes(triples)
        except Unsupported:  # a term it cannot write safely: the general way
            pass
    return _pyld_compact(triples)


def _write_jsonld(store, out, names: list[str], description, counter: _Counter, progress: Progress) -> None:
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

    progress("graphs", 0, len(names))
    for i, name in enumerate(names, 1):
        emit(name, (q.triple for q in store.quads(name)))
        progress("graphs", i, len(names))
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
    docs: bool = False,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the store (or one named graph) to ``output`` (a path, or ``-`` for stdout).

    ``fmt`` is one of nq, trig, nt, ttl, jsonld (default: from the file name, else nq);
    ``gzip`` compresses (default: when the name ends in ``.gz``). A full export carries the
    dataset description (VoID + DCAT; ``describe_dataset=False`` leaves it out). ``docs`` also
    writes the ontology's HTML documentation beside the file (``unkg-ontology.html``, named in
    the summary). ``progress(step, done, total)`` hears how far each step is: "describing"
    (distinct triples read, no total), then writing by "subjects", by "graphs" or the whole
    "store" at once.
    """
    progress = progress or _quiet
    output = str(output)
    fmt = fmt or (guess_format(output) if output != "-" else None) or "nq"
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
    if gzip is None:
        gzip = output.endswith(".gz")
    target = None if output == "-" else Path(output)
    if target is not None:
        if target.is_dir():
            raise ExportError(f"{target}: is a folder; give a file name (unkg{FORMATS[fmt].suffix}{'.gz' if gzip else ''})")
        if not target.parent.is_dir():
            raise ExportError(f"{target.parent}: no such folder")
    elif docs:
        raise ExportError("the ontology documentation goes beside an export file: give -o FILE, not -")
    names = _graph_names(store, graph)
    full = graph is None
    description = None
    if full and describe_dataset:
        description = describe(store, endpoint=endpoint, download_base=download_base,
                               on_triples=lambda n: progress("describing", n, None))
    counter = _Counter()

    def write(raw) -> None:
        out = gzip_module.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) if gzip else raw
        try:
            if fmt == "jsonld":
                _write_jsonld(store, out, names, description, counter, progress)
            else:
                _write_rdf(store, out, fmt, names, full, description, counter, progress)
        finally:
            if gzip:
                out.close()

    docs_path = None
    if target is None:
        try:
            write(sys.stdout.buffer)
            sys.stdout.buffer.flush()
        except BrokenPipeError:  # the reader stopped early (| head): not an error of ours
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    else:
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
        if docs:
            from unkg.ontology.docs import ontology_html

            docs_path = target.parent / "unkg-ontology.html"
            docs_path.write_text(ontology_html(), "utf-8")
    return ExportSummary(fmt, counter.n, len(names) + (1 if description is not None else 0), output, description is not None,
                         str(docs_path) if docs_path else None)
