"""SPARQLWrapper 2, unchanged, with every return format it offers, against ``unkg serve``.

SPARQLWrapper sends its format twice (``format=``, ``output=``, ``results=``, and for TSV,
JSON-LD and RDF/XML the media type again) and an Accept header; it converts the answer by the
response's Content-Type and warns when that is not what it asked for. Every request here must
convert to the right kind of object with no warning.
"""

from __future__ import annotations

import io
import warnings

import pytest
import rdflib
from rdflib.query import Result
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDF, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from tests.clients.conftest import EVERYTHING, MAX_ROWS, WORK, WORKS

PREFIXES = ("PREFIX unkg: <https://w3id.org/unkg/ontology#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
            "PREFIX frbr: <http://purl.org/vocab/frbr/core#>\n")
TITLES = f"CONSTRUCT {{ <{WORK}> dcterms:title ?t }} WHERE {{ <{WORK}> dcterms:title ?t }}"


def ask(endpoint, query: str, fmt: str, *, method: str | None = None):
    """``(converted answer, Content-Type)``, failing on any warning SPARQLWrapper gives."""
    sw = SPARQLWrapper(endpoint.endpoint, agent="unkg-tests")
    sw.setQuery(PREFIXES + query)
    sw.setReturnFormat(fmt)
    if method:
        sw.setMethod(method)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # SPARQLWrapper's "Format requested was X, but Y was returned"
        # its own choice for RDF and JSON on CONSTRUCT (Accept: */*): the format= it sends still says what it wants
        warnings.filterwarnings("ignore", message="Sending Accept header '\\*/\\*'", category=RuntimeWarning)
        response = sw.query()
        return response.convert(), response.info()["content-type"]


@pytest.mark.parametrize("fmt,media", [(JSON, "application/sparql-results+json"), (XML, "application/sparql-results+xml"),
                                       (CSV, "text/csv"), (TSV, "text/tab-separated-values")])
def test_select_in_each_results_format(endpoint, fmt, media):
    answer, ctype = ask(endpoint, WORKS, fmt)
    assert ctype.startswith(media)
    if fmt == JSON:
        ids = [b["id"]["value"] for b in answer["results"]["bindings"]]
    else:
        data = answer.toxml().encode() if fmt == XML else answer
        ids = [str(row[1]) for row in Result.parse(io.BytesIO(data), format={XML: "xml", CSV: "csv", TSV: "tsv"}[fmt])]
    assert "E/RES/2022/15" in ids and len(ids) == 4


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_ask_in_each_results_format(endpoint, fmt):
    answer, _ = ask(endpoint, f"ASK {{ <{WORK}> a unkg:Resolution }}", fmt)
    if fmt == JSON:
        assert answer["boolean"] is True
    elif fmt == XML:
        assert answer.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        assert answer.decode().split()[-1] == "true"


@pytest.mark.parametrize("fmt,media", [
    (RDFXML, "application/rdf+xml"), (RDF, "application/rdf+xml"), (XML, "application/rdf+xml"),
    (TURTLE, "text/turtle"), (N3, "text/turtle"), (JSONLD, "application/ld+json"), (JSON, "application/ld+json"),
])
@pytest.mark.parametrize("form", ["construct", "describe"])
def test_construct_and_describe_in_each_rdf_format(endpoint, fmt, media, form):
    query = TITLES if form == "construct" else f"DESCRIBE <{WORK}>"
    answer, ctype = ask(endpoint, query, fmt)
    assert ctype.startswith(media)
    graph = answer if isinstance(answer, rdflib.Graph) else rdflib.Graph().parse(data=answer, format="turtle")
    titles = {o.language for o in graph.objects(rdflib.URIRef(WORK), rdflib.DCTERMS.title)}
    assert titles == {"en", "zh", "fr"}


def test_post_works_as_get(endpoint):
    answer, _ = ask(endpoint, WORKS, JSON, method=POST)
    assert len(answer["results"]["bindings"]) == 4


def test_a_cut_answer_says_so_and_still_converts(endpoint):
    answer, _ = ask(endpoint, EVERYTHING, JSON)
    assert answer["head"]["link"] == [f"urn:unkg:truncated:{MAX_ROWS}"]
    assert len(answer["results"]["bindings"]) == MAX_ROWS
    doc, _ = ask(endpoint, EVERYTHING, XML)
    assert [e.getAttribute("href") for e in doc.getElementsByTagName("link")] == [f"urn:unkg:truncated:{MAX_ROWS}"]
    assert len(doc.getElementsByTagName("result")) == MAX_ROWS
    for fmt in (CSV, TSV):
        text, _ = ask(endpoint, EVERYTHING, fmt)
        assert len(Result.parse(io.BytesIO(text), format=fmt)) == MAX_ROWS
    turtle, _ = ask(endpoint, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5000", TURTLE)
    assert turtle.startswith(b"# unkg: truncated: this answer holds the first 200 results")
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) <= MAX_ROWS
