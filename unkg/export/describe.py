"""The dataset description that travels with every full export: VoID and DCAT.

- VoID (W3C Interest Group Note "Describing Linked Datasets with the VoID Vocabulary"):
  ``rdflib.void.generateVoID`` computes the statistics (triples, classes, distinct subjects and
  objects, class and property partitions) over the store's distinct triples, streamed from the
  store by SPARQL (§4.5, §4.6); the linkset to Wikidata (``owl:sameAs``) is added (§3).
- DCAT 3 (W3C Recommendation): the dataset with its title, description, licence, the United
  Nations as the source of the texts, one distribution per export format, and the SPARQL
  endpoint as a ``dcat:DataService``.

The description lives in its own named graph (``description_graph``) in quad formats.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, VOID, XSD
from rdflib.void import generateVoID

from unkg import __version__
from unkg.export import FORMATS
from unkg.export.terms import to_rdflib
from unkg.graph import iris
from unkg.graph.iris import Minter
from unkg.graph.build import UN_TERMS_OF_USE, now
from unkg.ontology.generate import NS as ONTOLOGY_NS

IANA = "http://www.iana.org/assignments/media-types/"
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")
UN = URIRef("https://www.un.org/")
UN_DOCUMENTS = URIRef("https://documents.un.org/")
WIKIDATA_HOME = URIRef("https://www.wikidata.org/")
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def dataset_iri(base: str) -> str:
    """The dataset's IRI (``https://w3id.org/unkg/dataset``), minted in unkg.graph.iris."""
    return Minter(base).dataset()


def description_graph(base: str) -> str:
    """The named graph that holds the description in quad exports."""
    return Minter(base).description_graph()


def default_endpoint(base: str) -> str:
    """Where the public SPARQL endpoint is published (``unkg serve`` behind the base's redirect)."""
    return Minter(base).endpoint()


class _StoreView:
    """What ``generateVoID`` reads of a graph, streamed from a store as distinct triples of the
    union of its named graphs (the six language graphs repeat the structure they share)."""

    def __init__(self, store, on_triples=None) -> None:
        self.store = store
        self.on_triples = on_triples

    def subject_objects(self, predicate) -> Iterator[tuple]:
        for row in self.store.query(f"SELECT DISTINCT ?s ?o WHERE {{ ?s <{predicate}> ?o }}"):
            yield to_rdflib(row["s"]), to_rdflib(row["o"])

    def __iter__(self) -> Iterator[tuple]:
        n = 0
        for row in self.store.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"):
            yield to_rdflib(row["s"]), to_rdflib(row["p"]), to_rdflib(row["o"])
            n += 1
            if self.on_triples is not None and n % 20000 == 0:
                self.on_triples(n)
        if self.on_triples is not None:
            self.on_triples(n)


def _count(store, where: str) -> int:
    rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))
    return int(rows[0]["n"].value) if rows else 0


def describe(
    store,
    *,
    endpoint: str | None = None,
    download_base: str | None = None,
    distinct_partitions: bool = True,
    on_triples=None,
) -> Graph:
    """VoID and DCAT for the store's content, as an rdflib Graph.

    ``endpoint`` is the public SPARQL endpoint (default: the store's own URL for a remote store,
    else ``{base}sparql``); ``download_base`` (a URL ending in ``/``) gives each distribution a
    ``dcat:downloadURL`` (``{download_base}unkg.nq.gz``...). ``on_triples(n)`` hears how many
    distinct triples the statistics have read so far.
    """
    base = store.minter.base
    ds = URIRef(dataset_iri(base))
    g = Graph()
    for prefix, ns in (("void", VOID), ("dcat", DCAT), ("dcterms", DCTERMS), ("foaf", FOAF), ("owl", OWL), ("unkg", ONTOLOGY_NS)):
        g.bind(prefix, ns)

    # VoID statistics and partitions (rdflib), over the distinct triples of the union
    # (its ``res`` argument is ignored while empty, so its own result graph is merged in)
    void, _ = generateVoID(_StoreView(store, on_triples), dataset=ds, distinctForPartitions=distinct_partitions)
    g += void
    g.add((ds, VOID.uriSpace, Literal(base)))
    for ns in (ONTOLOGY_NS, str(DCTERMS), "http://purl.org/vocab/frbr/core#", "http://www.w3.org/ns/prov#",
               "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/org#", "https://schema.org/"):
        g.add((ds, VOID.vocabulary, URIRef(ns)))
    example = next(iter(store.query("SELECT ?w WHERE { ?w <http://purl.org/vocab/frbr/core#realization> ?e } LIMIT 1")), None)
    if example is not None:
        g.add((ds, VOID.exampleResource, to_rdflib(example["w"])))

    # the linkset to Wikidata (VoID §3): owl:sameAs links from our entities to Wikidata items
    links = _count(store, f"SELECT DISTINCT ?s ?o WHERE {{ ?s <{OWL.sameAs}> ?o FILTER STRSTARTS(STR(?o), \"{iris.WIKIDATA}\") }}")
    wikidata = URIRef(f"{ds}#wikidata")
    linkset = URIRef(f"{ds}#linkset-wikidata")
    g.add((wikidata, RDF.type, VOID.Dataset))
    g.add((wikidata, DCTERMS.title, Literal("Wikidata", lang="en")))
    g.add((wikidata, FOAF.homepage, WIKIDATA_HOME))
    g.add((wikidata, VOID.uriSpace, Literal(iris.WIKIDATA)))
    g.add((linkset, RDF.type, VOID.Linkset))
    g.add((linkset, VOID.linkPredicate, OWL.sameAs))
    g.add((linkset, VOID.subjectsTarget, ds))
    g.add((linkset, VOID.objectsTarget, wikidata))
    g.add((linkset, VOID.triples, Literal(links)))
    g.add((ds, VOID.subset, linkset))

    # DCAT: what it is, whose texts, under which terms, where to get it
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal("unkg: a knowledge graph of UN digital-policy instruments", lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "UN resolutions and decisions on digital policy in the six official languages, as RDF: works, language versions, "
        "paragraphs, footnotes, citations between instruments, and the bodies, member states and events they name. "
        "Built by unkg from the United Nations' own documents (AKN4UN XML and the UN Official Document System).", lang="en")))
    g.add((ds, DCTERMS.license, URIRef(UN_TERMS_OF_USE.value)))
    g.add((ds, DCTERMS.rights, Literal("The texts are the United Nations'; use them under the UN terms of use, citing the United Nations as their source.", lang="en")))
    g.add((ds, DCTERMS.source, UN_DOCUMENTS))
    un = URIRef(f"{ds}#united-nations")
    g.add((un, RDF.type, FOAF.Organization))
    g.add((un, FOAF.name, Literal("United Nations", lang="en")))
    g.add((un, FOAF.homepage, UN))
    g.add((ds, DCTERMS.rightsHolder, un))
    g.add((UN_DOCUMENTS, DCTERMS.publisher, un))
    g.add((UN_DOCUMENTS, DCTERMS.title, Literal("United Nations Official Document System", lang="en")))
    g.add((ds, DCTERMS.conformsTo, URIRef(ONTOLOGY_NS.rstrip("#"))))
    g.add((ds, DCTERMS.modified, Literal(now(), datatype=XSD.dateTime)))
    g.add((ds, DCTERMS.creator, Literal(f"unkg {__version__}")))
    for lang in LANGUAGES:
        g.add((ds, DCTERMS.language, URIRef(iris.language_iri(lang))))
    for word in ("United Nations", "resolutions", "digital policy", "linked data", "multilingual"):
        g.add((ds, DCAT.keyword, Literal(word, lang="en")))

    if endpoint is None:
        endpoint = getattr(store, "query_url", None) or default_endpoint(base)
    service = URIRef(f"{ds}#sparql")
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCAT.endpointURL, URIRef(endpoint)))
    g.add((service, DCAT.servesDataset, ds))
    g.add((service, DCTERMS.conformsTo, SPARQL_PROTOCOL))
    g.add((ds, VOID.sparqlEndpoint, URIRef(endpoint)))

    for key, fmt in FORMATS.items():
        dist = URIRef(f"{ds}#distribution-{key}")
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(fmt.title, lang="en")))
        g.add((dist, DCAT.mediaType, URIRef(IANA + fmt.media_type)))
        g.add((dist, DCAT.compressFormat, URIRef(IANA + "application/gzip")))
        g.add((dist, DCTERMS.license, URIRef(UN_TERMS_OF_USE.value)))
        g.add((dist, DCAT.accessService, service))
        if download_base:
            url = URIRef(f"{download_base}unkg{fmt.suffix}.gz")
            g.add((dist, DCAT.downloadURL, url))
            g.add((ds, VOID.dataDump, url))
    return g
