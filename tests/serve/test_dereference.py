"""Our IRIs dereference through the server at their own path (``https://w3id.org/unkg/doc/E/RES/2022/15``
at ``/unkg/doc/E/RES/2022/15``): HTML for people, Turtle or JSON-LD for machines (Cool URIs for
the Semantic Web, https://www.w3.org/TR/cooluris/, content negotiation), asked in-process."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import urlencode

import rdflib
from rdflib.compare import isomorphic

from tests.serve.conftest import raw_get
from unkg.graph.stores import LocalStore

WORK = "https://w3id.org/unkg/doc/E/RES/2022/15"
PATH = "/unkg/doc/E/RES/2022/15"
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
UNKG = rdflib.Namespace("https://w3id.org/unkg/ontology#")


def test_a_browser_gets_the_work_page_in_its_language(client):
    r = client.get(PATH, headers={"Accept": "text/html", "Accept-Language": "fr-CH, fr;q=0.9, en;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<html lang="fr"' in html
    store = LocalStore(client.store, create=False, read_only=True)
    title = next(r["t"].value for r in store.query(f'SELECT ?t WHERE {{ <{WORK}> dcterms:title ?t FILTER(LANG(?t) = "fr") }}'))
    assert f'<h1 id="title">{title}</h1>' in unescape(html).replace("&#39;", "'")


def test_lang_parameter_wins_and_paragraphs_come_in_document_order(client):
    html = client.get(PATH + "?lang=en", headers={"Accept": "text/html", "Accept-Language": "zh"}).text
    ids = re.findall(r'data-iri="(https://w3id.org/unkg/doc/E/RES/2022/15/(?:pre|op)/[^"]+)"', html)
    assert ids[0] == WORK + "/pre/1"
    store = LocalStore(client.store, create=False, read_only=True)
    in_order = [r["p"].value for r in store.query(
        f"SELECT ?p (MIN(?pos) AS ?o) WHERE {{ ?p dcterms:isPartOf <{WORK}> ; unkg:position ?pos ; unkg:text ?t "
        f"FILTER(LANG(?t) = 'en') FILTER NOT EXISTS {{ ?p a unkg:Footnote }} }} GROUP BY ?p ORDER BY ?o")]
    assert ids == in_order


def test_a_machine_gets_turtle_and_json_ld_of_the_same_graph(client):
    r = client.get(PATH, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.content, format="turtle")
    work = rdflib.URIRef(WORK)
    assert (work, DCT.identifier, rdflib.Literal("E/RES/2022/15")) in g
    assert {t.language for t in g.objects(work, DCT.title)} == {"en", "zh", "fr"}
    # the document comes with its paragraphs' text in every language
    assert len(set(g.subjects(DCT.isPartOf, work))) > 50
    r = client.get(PATH, headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    assert json.loads(r.content)["@context"]["dcterms"] == "http://purl.org/dc/terms/"
    assert isomorphic(g, rdflib.Graph().parse(data=r.content, format="json-ld"))
    r = client.get(PATH + "?format=ttl")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")


def test_a_paragraph_iri_dereferences_too(client):
    r = client.get(PATH + "/op/1", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = rdflib.Graph().parse(data=r.content, format="turtle")
    assert (rdflib.URIRef(WORK + "/op/1"), DCT.isPartOf, rdflib.URIRef(WORK)) in g
    r = client.get(PATH + "/op/1?lang=zh", headers={"Accept": "text/html"})
    assert r.status_code == 200 and f'href="{PATH}?lang=zh"'.encode() in r.content  # links back to its work's local page


def test_an_unknown_iri_is_a_404(client):
    for accept in ("text/html", "text/turtle"):
        r = client.get("/unkg/doc/E/RES/1999/999", headers={"Accept": accept})
        assert r.status_code == 404


def test_document_text_never_becomes_markup(writable_client):
    """A paragraph whose text is markup shows as text: it cannot inject elements into the page."""
    graph = "urn:unkg:test:escaping"
    evil = '</span><script>window.pwned = 1</script><img src=x onerror="alert(1)">'
    update = (
        f"INSERT DATA {{ GRAPH <{graph}> {{ <{WORK}/op/999> a unkg:OperativeParagraph ; dcterms:isPartOf <{WORK}> ; "
        f'unkg:position 999 ; unkg:number "999" ; unkg:text "{evil.replace(chr(34), chr(92) + chr(34))}"@en . '
        f'<{WORK}> rdfs:label "<b>bold</b> label"@en . }} }}'
    )
    r = writable_client.post("/update", content=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 200, r.text
    try:
        r = writable_client.get(PATH + "?lang=en", headers={"Accept": "text/html"})
        html = r.text
        assert r.status_code == 200
        assert "<script>window.pwned" not in html and "<img src=x" not in html and "<b>bold</b>" not in html
        assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in html
    finally:
        writable_client.post("/update", content=urlencode({"update": f"DROP GRAPH <{graph}>"}),
                            headers={"Content-Type": "application/x-www-form-urlencoded", "X-Unkg-Write": "1"})


def test_the_ontology_iri_dereferences_to_its_docs_and_its_turtle(client):
    r = client.get("/unkg/ontology", headers={"Accept": "text/html"})
    assert r.status_code == 200 and b'id="resolution"' in r.content
    r = client.get("/unkg/ontology", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.content, format="turtle")
    assert (UNKG.Resolution, rdflib.RDF.type, rdflib.OWL.Class) in g
    # a work page's type links into the documentation at the term's anchor
    page = client.get(PATH + "?lang=en", headers={"Accept": "text/html"}).content
    assert b'href="/unkg/ontology?lang=en#resolution"' in page


def test_a_path_that_is_no_iri_is_refused_before_any_query(client):
    status, body = raw_get(client, b"/unkg/doc/x>{}", {"Accept": "text/html"})  # sent raw, not percent-encoded
    assert status == 400 and b"not an IRI" in body


def _header_cells(html: str) -> list[str]:
    return [unescape(c) for c in re.findall(r'<th title="[^"]*">([^<]*)</th>', html)]


def test_properties_read_as_words_in_the_pages_language(client):
    """Regression: the metadata table showed raw names (unkg:recommendedBy, dcterms:date)."""
    en = client.get(PATH + "?lang=en", headers={"Accept": "text/html"}).text
    heads = _header_cells(en)
    assert {"recommended by", "adopted by", "date", "symbol", "subject"} <= set(heads), heads
    assert not any(":" in h for h in heads), "no prefixed names left"
    zh = _header_cells(client.get(PATH + "?lang=zh", headers={"Accept": "text/html"}).text)
    assert "建议机构" in zh and "日期" in zh, zh  # the ontology's rdfs:label@zh, then labels.yaml
    fr = _header_cells(client.get(PATH + "?lang=fr", headers={"Accept": "text/html"}).text)
    assert "cote" in fr and "recommended by" in fr, fr  # no French label in the ontology: English, not the IRI


def test_dates_read_as_dates(client):
    for lang, date in (("en", "21 July 2022"), ("zh", "2022年7月21日"), ("fr", "21 juillet 2022")):
        html = client.get(f"{PATH}?lang={lang}", headers={"Accept": "text/html"}).text
        assert f"<bdi>{date}</bdi>" in html and "xsd:date" not in html and "XMLSchema#date" not in html


def test_subjects_are_named_not_bare_iris(client):
    html = client.get(PATH + "?lang=en", headers={"Accept": "text/html"}).text
    subjects = re.findall(r'title="(http://metadata\.un\.org/[^"]+)"><bdi>([^<]*)</bdi>', html)
    assert subjects and all(not text.startswith("http") for _, text in subjects), subjects
    assert ("http://metadata.un.org/sdg/17", "SDG 17") in subjects


def test_footnotes_come_in_their_numeric_order(client):
    """Regression: footnotes have no position and were sorted as text (1, 10, 11, ..., 2)."""
    html = client.get(PATH + "?lang=en", headers={"Accept": "text/html"}).text
    footnotes = html[html.index('id="footnotes"'):]
    numbers = [int(n) for n in re.findall(r'<span class="num">(\d+)</span>', footnotes)]
    assert len(numbers) >= 10 and numbers == sorted(numbers)


def test_only_web_iris_become_links(writable_client):
    graph = "urn:unkg:test:links"
    update = (f"INSERT DATA {{ GRAPH <{graph}> {{ <{WORK}> rdfs:seeAlso <javascript:alert(1)>, <data:text/html,hi>, "
              f"<urn:isbn:0451450523>, <http://example.org/ok> }} }}")
    r = writable_client.post("/update", content=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 200, r.text
    try:
        html = writable_client.get(PATH + "?lang=en", headers={"Accept": "text/html"}).text
        hrefs = re.findall(r'href="([^"]*)"', html)
        assert not [h for h in hrefs if h.startswith(("javascript:", "data:", "urn:"))]
        assert "http://example.org/ok" in hrefs and "javascript:alert(1)" in html  # shown, not followed
    finally:
        writable_client.post("/update", content=f"DROP GRAPH <{graph}>".encode(), headers={"Content-Type": "application/sparql-update"})
