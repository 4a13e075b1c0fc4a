"""SHACL validation of source graphs against ``unkg/ontology/shapes.ttl`` (pySHACL, W3C SHACL).

``validate_graph`` checks one named graph (its quads), ``validate_store`` every named graph of a
store one after the other, so memory stays bounded by the largest graph, not the store. Besides
the shapes' own targets, each named graph's IRI is a focus node of ``shapes:SourceGraphShape``
(sh:targetNode, SHACL §2.1.3.1): a graph that does not describe its own provenance fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pyshacl
from rdflib import RDF, Graph, Namespace, URIRef

from unkg.export.terms import rdflib_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
SOURCE_GRAPH_SHAPE = URIRef("https://w3id.org/unkg/shapes#SourceGraphShape")


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result (SHACL §3.6): where, what, and the shape's message."""

    graph: str
    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f"{self.focus}" + (f" {self.path}" if self.path else "")
        return f"{self.graph}: {where}: {self.message}"


@dataclass
class Report:
    graphs: int = 0
    violations: list[Violation] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations


@lru_cache(maxsize=1)
def shapes_text() -> str:
    return resources.files("unkg.ontology").joinpath("shapes.ttl").read_text("utf-8")


def shapes_graph() -> Graph:
    """A fresh copy of the shapes graph (callers may add per-graph targets to it)."""
    return Graph().parse(data=shapes_text(), format="turtle")


def _results(results: Graph, graph: str) -> list[Violation]:
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = str(results.value(r, SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
        path = results.value(r, SH.resultPath)
        messages = [str(m) for m in results.objects(r, SH.resultMessage)]
        value = results.value(r, SH.value)
        message = messages[0] if messages else str(results.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        if value is not None and str(value) not in message:
            message += f" (value: {str(value)[:80]})"
        out.append(Violation(graph, str(results.value(r, SH.focusNode)), "" if path is None else _short(str(path)), message, severity))
    out.sort(key=lambda v: (v.focus, v.path, v.message))
    return out


def _short(iri: str) -> str:
    from unkg.ontology.namespace import PREFIXES

    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def validate_graph(graph: str, quads: Iterable, *, source_graph: bool = True, shapes: Graph | None = None) -> list[Violation]:
    """The SHACL violations of one named graph's quads (empty when it conforms).

    ``source_graph`` makes the graph's own IRI a focus node of the provenance shape (every
    graph but the reference and summary graphs describes its source).
    """
    data = rdflib_graph(quads)
    sg = shapes if shapes is not None else shapes_graph()
    target = (SOURCE_GRAPH_SHAPE, SH.targetNode, URIRef(graph))
    if source_graph:
        sg.add(target)
    try:
        conforms, results, _ = pyshacl.validate(data, shacl_graph=sg, inference="none", advanced=True, allow_warnings=True)
    finally:
        sg.remove(target)
    return [] if conforms else _results(results, graph)


def validate_store(store, graphs: Iterable[str] | None = None, *, on_graph: Callable[[str, list[Violation]], None] | None = None) -> Report:
    """Validate the store's named graphs one by one (all of them, or ``graphs``)."""
    names = sorted(store.graphs()) if graphs is None else list(graphs)
    report = Report()
    sg = shapes_graph()
    for name in names:
        found = validate_graph(name, store.quads(name), source_graph=not store.minter.derived(name), shapes=sg)
        report.graphs += 1
        report.violations.extend(found)
        if on_graph:
            on_graph(name, found)
    return report
