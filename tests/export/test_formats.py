"""Export formats round-trip: export, parse with rdflib, compare with the store's content as graphs."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import DCAT
from rdflib.compare import isomorphic

from tests.export.sample import sample_store
from unkg.export.describe import description_graph
from unkg.export.formats import ExportError, context, export
from unkg.export.terms import rdflib_graph

RDFLIB_FORMAT = {"nq": "nquads", "trig": "trig", "nt": "nt", "ttl": "turtle", "jsonld": "json-ld"}


@pytest.fixture(scope="session")
def store(tmp_path_factory):
    return sample_store(tmp_path_factory, "export")


def union(store) -> Graph:
    g = Graph()
    for name in store.graphs():
        rdflib_graph(store.quads(name), g)
    return g


def parse(path: Path, fmt: str):
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if fmt in ("nq", "trig", "jsonld"):
        d = Dataset()
        d.parse(data=data, format=RDFLIB_FORMAT[fmt])
        return d
    return Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])


@pytest.mark.parametrize("fmt", ["nq", "trig", "jsonld"])
def test_quad_formats_round_trip_graph_by_graph(store, tmp_path, fmt):
    path = tmp_path / f"unkg.{fmt}"
    summary = export(store, path, fmt)
    d = parse(path, fmt)
    names = sorted(store.graphs())
    assert summary.graphs == len(names) + 1
    got = {str(g.identifier) for g in d.graphs() if len(g)}
    assert got == set(names) | {description_graph(store.base)}
    for name in names:
        assert isomorphic(d.graph(URIRef(name)), rdflib_graph(store.quads(name))), name


@pytest.mark.parametrize("fmt", ["nt", "ttl"])
def test_triple_formats_round_trip_to_the_union(store, tmp_path, fmt):
    path = tmp_path / f"unkg.{fmt}"
    summary = export(store, path, fmt)
    g = parse(path, fmt)
    expected = set(union(store))
    extra = set(g) - expected
    assert expected <= set(g)
    # each triple once, although the language graphs share many: as many statements as distinct triples
    assert summary.statements == len(g)
    if fmt == "nt":
        lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
        assert len(lines) == len(set(lines)) == len(g)
    assert (URIRef(store.base + "dataset"), RDF.type, DCAT.Dataset) in extra, "a full export carries the dataset description"
    described = {str(s) for s, _, _ in extra}
    assert all(s.startswith(store.base + "dataset") or s == "https://documents.un.org/" for s in described), described


def test_one_graph_in_turtle_is_exactly_that_graph_without_description(store, tmp_path):
    name = next(n for n in sorted(store.graphs()) if "/E/RES/2022/15/zh/" in n)
    path = tmp_path / "one.ttl"
    summary = export(store, path, graph=name)
    assert not summary.described and summary.graphs == 1
    assert isomorphic(parse(path, "ttl"), rdflib_graph(store.quads(name)))
    assert "@prefix unkg:" in path.read_text("utf-8")  # readable Turtle, with prefixes
    assert not (tmp_path / "unkg-ontology.html").exists()


def test_the_union_is_written_once_per_triple_and_by_subject(store, tmp_path):
    """Regression: N-Triples repeated every triple the language graphs share once per graph
    (2,146,189 lines for 750,851 distinct triples on the corpus)."""
    shared = sum(1 for name in store.graphs() for _ in store.quads(name))
    path = tmp_path / "unkg.nt"
    summary = export(store, path, describe_dataset=False)
    lines = path.read_text("utf-8").splitlines()
    assert summary.statements == len(lines) == len(set(lines)) < shared
    subjects = [line.split(" ", 1)[0] for line in lines]
    assert subjects == sorted(subjects), "grouped and in subject order"


def test_progress_is_told_for_each_step(store, tmp_path):
    seen: dict[str, list] = {}
    export(store, tmp_path / "unkg.ttl", progress=lambda step, done, total: seen.setdefault(step, []).append((done, total)))
    assert set(seen) == {"describing", "subjects"}
    done, total = seen["subjects"][-1]
    assert done == total > 0
    seen.clear()
    export(store, tmp_path / "unkg.jsonld", describe_dataset=False, progress=lambda step, done, total: seen.setdefault(step, []).append((done, total)))
    assert seen["graphs"][-1] == (len(list(store.graphs())),) * 2


def test_gzip_by_suffix_and_flag(store, tmp_path):
    name = sorted(store.graphs())[0]
    a = tmp_path / "a.nt.gz"
    export(store, a, graph=name)
    assert a.read_bytes()[:2] == b"\x1f\x8b"
    b = tmp_path / "b.nq"
    export(store, b, graph=name, gzip=True)
    assert b.read_bytes()[:2] == b"\x1f\x8b"
    d = Dataset()
    d.parse(data=gzip.decompress(b.read_bytes()), format="nquads")
    assert isomorphic(d.graph(URIRef(name)), parse(a, "nt"))


def test_jsonld_is_compacted_with_the_published_context(store, tmp_path):
    path = tmp_path / "unkg.jsonld"
    export(store, path)
    doc = json.loads(path.read_text("utf-8"))
    published, extra = doc["@context"]
    assert published == context()["@context"], "the published context, as it is"
    assert set(extra) <= {"foaf", "void", "dcat", "vann"}
    nodes = [n for g in doc["@graph"] for n in g["@graph"]]
    paragraphs = [n for n in nodes if n.get("@type") in ("OperativeParagraph", "PreambularParagraph")]
    assert paragraphs, "classes are compacted to the context's terms"
    p = paragraphs[0]
    assert "isPartOf" in p and "text" in p, sorted(p)
    assert not any(k.startswith("http") for n in nodes for k in n), "every property has a short name or prefix"


def test_the_ontology_documentation_is_written_only_when_asked(store, tmp_path):
    from unkg.ontology.docs import ontology_html

    name = sorted(store.graphs())[0]
    summary = export(store, tmp_path / "unkg.nt", graph=name)
    assert summary.docs is None and sorted(p.name for p in tmp_path.iterdir()) == ["unkg.nt"], "nothing beside the file unasked"
    summary = export(store, tmp_path / "unkg.nt", graph=name, docs=True)
    assert summary.docs == str(tmp_path / "unkg-ontology.html")
    assert (tmp_path / "unkg-ontology.html").read_text("utf-8") == ontology_html()
    with pytest.raises(ExportError, match="beside an export file"):
        export(store, "-", "nt", graph=name, docs=True)


def test_bad_requests_fail_with_one_line_and_leave_no_file(store, tmp_path):
    with pytest.raises(ExportError, match="unknown export format 'rdfxml'"):
        export(store, tmp_path / "x.rdf", "rdfxml")
    with pytest.raises(ExportError, match="no such named graph"):
        export(store, tmp_path / "x.nq", graph="https://w3id.org/unkg/graph/nothing")
    assert not list(tmp_path.iterdir())


def test_cli_streams_nquads_to_stdout(store, tmp_path):
    name = next(n for n in sorted(store.graphs()) if "/E/RES/2022/15/en/" in n)
    exe = Path(sys.executable).with_name("unkg")
    # the CLI opens the store read-only, beside this process's open store
    r = subprocess.run([str(exe), "export", "--store", str(store.path), "--graph", name, "-f", "nq", "-o", "-"], capture_output=True)
    assert r.returncode == 0, r.stderr
    d = Dataset()
    d.parse(data=r.stdout, format="nquads")
    assert isomorphic(d.graph(URIRef(name)), rdflib_graph(store.quads(name)))
