"""The ontology's HTML documentation, generated from ``unkg.ttl`` with pyLODE (OntPub profile).

``python -m unkg.ontology.generate`` writes ``index.html`` beside this file (with the namespace
and the JSON-LD context) and ``--check`` tells when it is stale. ``ontology_html()`` is what the
export ships (``unkg-ontology.html``) and what ``unkg serve`` serves for the ontology's IRI.
"""

from __future__ import annotations

from importlib import resources

from rdflib import DCTERMS, Graph, URIRef

ONTOLOGY = URIRef("https://w3id.org/unkg/ontology")


def render_html(g: Graph) -> str:
    """The HTML page for the ontology graph (pyLODE, pinned in the test extras: the page must not
    change between runs, so the check in the tests is meaningful)."""
    from pylode import OntPub

    doc = Graph()
    for prefix, ns in g.namespaces():
        doc.bind(prefix, ns)
    for s, p, o in g:
        # one title for the page: the English one (labels stay in every language)
        if s == ONTOLOGY and p == DCTERMS.title and getattr(o, "language", None) not in (None, "en"):
            continue
        doc.add((s, p, o))
    return OntPub(doc, sort_subjects=True).make_html()


def ontology_html() -> str:
    """The generated HTML documentation of the unkg ontology, as shipped in the package."""
    return resources.files("unkg.ontology.docs").joinpath("index.html").read_text("utf-8")
