"""The SHACL shapes: real documents conform, and each kind of damage is caught by its shape."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.conftest import AKN
from tests.export.sample import ingest_sample, sample_files, sample_store
from unkg.export.validate import shapes_graph, validate_graph, validate_store
from unkg.graph.build import now
from unkg.graph.iris import Minter
from unkg.graph.stores import open_store
from unkg.ingest.errors import IngestError
from unkg.pipeline import _check_shapes, build_file, ingest_paths

UNKG = "https://w3id.org/unkg/ontology#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return sample_store(tmp_path_factory, "shapes")


@pytest.fixture(scope="module")
def built():
    """The graph of E/RES/2022/15 in Chinese, as the builder makes it (not stored)."""
    from tests.conftest import akn_file

    path = akn_file("ecosoc", "2022", "E_RES_2022_15", "zh")
    graphs, _ = build_file(path, minter=Minter(), generated_at=now())
    (name, quads), = [(g, q) for g, q in graphs if "/zh/" in g]
    return path, name, quads


def messages(found) -> str:
    return "\n".join(f"{v.path} {v.message}" for v in found)


def test_the_shapes_parse_and_declare_their_targets():
    g = shapes_graph()
    sh = "http://www.w3.org/ns/shacl#"
    from rdflib import URIRef

    targets = {str(o) for o in g.objects(None, URIRef(sh + "targetClass"))}
    for cls in ("Resolution", "Decision", "LanguageVersion", "OperativeParagraph", "Subparagraph", "Footnote", "Section", "SourceGraph", "SourceFile"):
        assert UNKG + cls in targets, cls


def test_the_sample_conforms(store):
    report = validate_store(store)
    assert report.graphs == len(list(store.graphs())) >= 8
    assert report.conforms, "\n".join(map(str, report.violations[:20]))


def with_quads(quads, drop=lambda q: False, add=()):
    return [q for q in quads if not drop(q)] + list(add)


def test_a_paragraph_without_text_is_caught(built):
    _, name, quads = built
    victim = next(q.subject for q in quads if q.predicate.value == UNKG + "text" and "/op/" in q.subject.value)
    found = validate_graph(name, with_quads(quads, drop=lambda q: q.subject == victim and q.predicate.value == UNKG + "text"))
    assert [v.focus for v in found] == [victim.value], messages(found)
    assert "text" in found[0].message


def test_two_texts_in_one_language_are_caught(built):
    _, name, quads = built
    victim = next(q for q in quads if q.predicate.value == UNKG + "text")
    extra = ox.Quad(victim.subject, victim.predicate, ox.Literal("另一个文本", language="zh"), victim.graph_name)
    found = validate_graph(name, with_quads(quads, add=[extra]))
    assert any(v.focus == victim.subject.value and v.path == "unkg:text" for v in found), messages(found)


def test_a_work_with_a_foreign_symbol_is_caught(built):
    _, name, quads = built
    work = next(q.subject for q in quads if q.predicate.value == "http://purl.org/vocab/frbr/core#realization")
    found = validate_graph(name, with_quads(
        quads,
        drop=lambda q: q.subject == work and q.predicate.value == DCT + "identifier",
        add=[ox.Quad(work, ox.NamedNode(DCT + "identifier"), ox.Literal("E/RES/2022/16"), ox.NamedNode(name))],
    ))
    assert any(v.focus == work.value and "derive" in v.message for v in found), messages(found)


def test_a_joint_symbol_is_allowed_but_not_three(built):
    _, name, quads = built
    work = next(q.subject for q in quads if q.predicate.value == "http://purl.org/vocab/frbr/core#realization")
    ident = ox.NamedNode(DCT + "identifier")
    second = ox.Quad(work, ident, ox.Literal("A/77/62"), ox.NamedNode(name))
    assert validate_graph(name, with_quads(quads, add=[second])) == []
    third = ox.Quad(work, ident, ox.Literal("A/77/63"), ox.NamedNode(name))
    found = validate_graph(name, with_quads(quads, add=[second, third]))
    assert any(v.focus == work.value and v.path == "dcterms:identifier" for v in found), messages(found)


def test_a_graph_without_its_licence_is_caught(built):
    _, name, quads = built
    found = validate_graph(name, with_quads(quads, drop=lambda q: q.predicate.value == DCT + "license"))
    assert [(v.focus, v.path) for v in found] == [(name, "dcterms:license")], messages(found)


def test_a_graph_that_does_not_describe_itself_is_caught(built):
    _, name, quads = built
    found = validate_graph(name, with_quads(quads, drop=lambda q: q.subject.value == name))
    assert {v.focus for v in found} == {name}
    assert any("does not describe itself" in v.message for v in found), messages(found)


def test_a_language_version_without_language_is_caught(built):
    _, name, quads = built
    found = validate_graph(name, with_quads(quads, drop=lambda q: q.predicate.value == DCT + "language" and q.subject.value != name))
    assert any(v.path == "dcterms:language" and v.focus.endswith("/zh") for v in found), messages(found)


def test_ingest_validate_fails_the_file_like_bad_input(built, tmp_path):
    path, name, quads = built
    broken = with_quads(quads, drop=lambda q: q.predicate.value == DCT + "license")
    with pytest.raises(IngestError) as err:
        _check_shapes(path, [(name, broken)])
    assert str(err.value).startswith(f"{path}: violates the SHACL shapes: {name} dcterms:license")
    assert "\n" not in str(err.value)


def test_ingest_validate_stores_conforming_files(tmp_path):
    s = open_store(tmp_path / "st")
    summary = ingest_paths(sample_files()[:2], s, validate=True)
    assert summary.files == 2 and not summary.failures


def test_cli_validate_reports_and_exits_non_zero(store, tmp_path):
    exe = Path(sys.executable).with_name("unkg")
    r = subprocess.run([str(exe), "validate", "--store", str(store.path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "conform" in r.stdout
    bad = open_store(tmp_path / "bad")
    ingest_sample(bad)
    name = sorted(g for g in bad.graphs() if "/graph/E/" in g)[0]
    bad.ox.update(f"DELETE WHERE {{ GRAPH <{name}> {{ <{name}> <{DCT}license> ?l }} }}")
    bad.close()
    r = subprocess.run([str(exe), "validate", "--store", str(tmp_path / "bad")], capture_output=True, text=True)
    assert r.returncode == 1
    assert f"{name}: {name} dcterms:license: a source graph carries the licence" in r.stdout
    assert "1 SHACL violations in 1 of" in r.stderr


@pytest.mark.slow
def test_every_ecosoc_resolution_validates(tmp_path):
    """The whole ECOSOC corpus (all years, six languages) conforms to the shapes."""
    s = open_store(tmp_path / "ecosoc")
    summary = ingest_paths([AKN / "ecosoc"], s, keep_going=True)
    assert summary.files > 600, summary.failures[:5]
    report = validate_store(s)
    assert report.conforms, "\n".join(map(str, report.violations[:30]))


def test_cli_ingest_validate_stores_a_conforming_file(tmp_path):
    exe = Path(sys.executable).with_name("unkg")
    path = sample_files()[0]
    r = subprocess.run([str(exe), "ingest", "--validate", "--store", str(tmp_path / "st"), str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "ingested 1 documents from 1 files" in r.stdout
