"""The dataset description: VoID statistics that match the store, the Wikidata linkset, DCAT."""

from __future__ import annotations

import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, VOID

from tests.export.sample import sample_store
from unkg.export.describe import FORMATS, dataset_iri, describe

UNKG = "https://w3id.org/unkg/ontology#"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return sample_store(tmp_path_factory, "describe")


@pytest.fixture(scope="module")
def description(store):
    return describe(store, endpoint="https://example.org/sparql", download_base="https://example.org/dumps/")


def count(store, where: str) -> int:
    return int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))["n"].value)


def value(g, s, p) -> int:
    return int(g.value(s, p))


def partition(g, ds, kind, key, term):
    for part in g.objects(ds, kind):
        if g.value(part, key) == URIRef(term):
            return part
    raise AssertionError(f"no partition for {term}")


def test_void_counts_the_distinct_triples_of_the_union(store, description):
    ds = URIRef(dataset_iri(store.base))
    assert value(description, ds, VOID.triples) == count(store, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert value(description, ds, VOID.triples) < len(store), "the language graphs share triples"
    assert value(description, ds, VOID.distinctSubjects) == count(store, "SELECT DISTINCT ?s WHERE { ?s ?p ?o }")


def test_class_and_property_partitions(store, description):
    ds = URIRef(dataset_iri(store.base))
    op = partition(description, ds, VOID.classPartition, VOID["class"], UNKG + "OperativeParagraph")
    assert value(description, op, VOID.entities) == count(store, "SELECT DISTINCT ?p WHERE { ?p a unkg:OperativeParagraph }") > 10
    text = partition(description, ds, VOID.propertyPartition, VOID.property, UNKG + "text")
    assert value(description, text, VOID.triples) == count(store, "SELECT DISTINCT ?p ?t WHERE { ?p unkg:text ?t }")


def test_the_wikidata_linkset(store, description):
    ds = URIRef(dataset_iri(store.base))
    linkset = next(description.objects(ds, VOID.subset))
    assert (linkset, RDF.type, VOID.Linkset) in description
    assert description.value(linkset, VOID.linkPredicate) == OWL.sameAs
    links = count(store, 'SELECT DISTINCT ?s ?o WHERE { ?s owl:sameAs ?o FILTER STRSTARTS(STR(?o), "http://www.wikidata.org/entity/") }')
    assert value(description, linkset, VOID.triples) == links > 0


def test_dcat_licence_source_distributions_endpoint(store, description):
    ds = URIRef(dataset_iri(store.base))
    assert (ds, RDF.type, DCAT.Dataset) in description
    assert description.value(ds, DCTERMS.license) == URIRef("https://www.un.org/en/about-us/terms-of-use")
    assert description.value(ds, DCTERMS.source) == URIRef("https://documents.un.org/")
    dists = set(description.objects(ds, DCAT.distribution))
    assert len(dists) == len(FORMATS)
    media = {str(description.value(d, DCAT.mediaType)).rsplit("media-types/", 1)[1] for d in dists}
    assert media == {f.media_type for f in FORMATS.values()}
    urls = {str(description.value(d, DCAT.downloadURL)) for d in dists}
    assert "https://example.org/dumps/unkg.nq.gz" in urls
    service = description.value(None, DCAT.servesDataset, ds)
    assert description.value(service, DCAT.endpointURL) == URIRef("https://example.org/sparql")
    assert description.value(ds, VOID.sparqlEndpoint) == URIRef("https://example.org/sparql")
