"""Topics in the graph: a tagged part is dcterms:subject its topic; the topics are a SKOS concept
scheme in the reference graph, labelled in the six languages."""

from __future__ import annotations

import pyoxigraph as ox

from tests.conftest import akn_file
from unkg.graph import iris
from unkg.graph.build import build_record
from unkg.graph.registries import topic_quads
from unkg.ingest import read
from unkg.ingest.link import link
from unkg.record import LANGUAGES, Record

SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT_SUBJECT = "http://purl.org/dc/terms/subject"
M = iris.Minter()


def test_a_tagged_paragraph_is_dcterms_subject_its_topic_once() -> None:
    record = link(next(r for r in read(akn_file("ecosoc", "2022", "E_RES_2022_15", "ru")) if isinstance(r, Record)))
    _, quads = build_record(record, minter=M)
    subjects = [(q.subject.value, q.object.value) for q in quads if q.predicate.value == DCT_SUBJECT and "/topic/" in q.object.value]
    assert len(subjects) == len(set(subjects))  # one triple per part and topic, whatever the words
    assert set(subjects) == {(M.part(record.symbol, t.paragraph), M.topic(t.topic)) for t in record.topics}
    assert (M.part("E/RES/2022/15", "op:24"), M.topic("broadband")) in set(subjects)


def test_the_topics_are_a_skos_concept_scheme_in_six_languages() -> None:
    g = ox.Store()
    graph = ox.NamedNode(M.reference_graph())
    g.extend(topic_quads(M, graph))
    ai, scheme = ox.NamedNode(M.topic("artificial-intelligence")), ox.NamedNode(M.topic(""))
    assert scheme.value == f"{M.base}topic/"
    assert ox.Quad(scheme, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(SKOS + "ConceptScheme"), graph) in g
    types = {q.object.value for q in g.quads_for_pattern(ai, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None)}
    assert types == {SKOS + "Concept", "https://w3id.org/unkg/ontology#Topic"}
    labels = {q.object.language: q.object.value for q in g.quads_for_pattern(ai, ox.NamedNode(SKOS + "prefLabel"), None)}
    assert set(labels) == set(LANGUAGES) and labels["zh"] == "人工智能" and labels["fr"] == "intelligence artificielle"
    gender = ox.NamedNode(M.topic("gender-digital-divide"))
    assert [q.object for q in g.quads_for_pattern(gender, ox.NamedNode(SKOS + "broader"), None)] == [ox.NamedNode(M.topic("digital-divide"))]
    # further printed forms are altLabels; a top concept has no broader
    alt = {q.object.value for q in g.quads_for_pattern(ox.NamedNode(M.topic("internet")), ox.NamedNode(SKOS + "altLabel"), None)}
    assert "online" in alt
    tops = {q.object.value for q in g.quads_for_pattern(scheme, ox.NamedNode(SKOS + "hasTopConcept"), None)}
    assert ai.value in tops and gender.value not in tops
