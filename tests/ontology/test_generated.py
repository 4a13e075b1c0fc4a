"""The ontology is the source of truth; what is generated from it must be current (DESIGN.md §6)."""

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from unkg.ontology import generate
from unkg.ontology.namespace import UNKG


def test_generated_files_are_current():
    stale = [p.name for p, text in generate.outputs().items() if not p.exists() or p.read_text("utf-8") != text]
    assert not stale, f"stale: {stale}; run python -m unkg.ontology.generate"


def test_namespace_knows_exactly_the_terms_of_the_turtle():
    g = generate.ontology_graph()
    declared = {str(s)[len(generate.NS) :] for s in g.subjects(RDF.type, None) if str(s).startswith(generate.NS)}
    assert declared == set(UNKG.__annotations__)
    # the summary's data structure definitions and their components are named terms too
    assert {"mentionsByYear", "coMentions", "mentionedComponent"} <= declared


def test_every_own_term_refines_a_standard_term_and_has_labels():
    g = generate.ontology_graph()
    ours = lambda node: str(node).startswith(generate.NS)  # noqa: E731
    for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in g.subjects(RDF.type, t):
            if not ours(term):
                continue
            labels = {lit.language for lit in g.objects(term, RDFS.label)}
            assert {"en", "zh"} <= labels, f"{term} needs English and Chinese labels"
            assert any(g.objects(term, RDFS.comment)), f"{term} needs a comment"
            # follow our own hierarchy up to a standard term
            parents = set(g.objects(term, RDFS.subClassOf)) | set(g.objects(term, RDFS.subPropertyOf))
            seen = set()
            while parents and not any(not ours(p) for p in parents):
                seen |= parents
                parents = {q for p in parents for q in (*g.objects(p, RDFS.subClassOf), *g.objects(p, RDFS.subPropertyOf))} - seen
            # no standard vocabulary has these (vote tallies, the registry flag, also/further)
            standalone = {"verbModifier", "inFavourCount", "againstCount", "abstainingCount", "known"}
            if str(term)[len(generate.NS) :] not in standalone:
                assert any(isinstance(p, URIRef) and not ours(p) for p in parents), f"{term} refines no standard term"


def test_context_maps_our_terms():
    import json

    ctx = json.loads((generate.HERE / "context.jsonld").read_text("utf-8"))["@context"]
    assert ctx["unkg"] == generate.NS
    assert ctx["cites"] == {"@id": "unkg:cites", "@type": "@id"}
    assert ctx["position"]["@type"] == "xsd:integer"


def test_the_check_command_reports_staleness(tmp_path, monkeypatch):
    monkeypatch.setattr(generate, "outputs", lambda: {tmp_path / "namespace.py": "x"})
    assert generate.main(["--check"]) == 1
    generate.main([])
    assert generate.main(["--check"]) == 0


def test_the_ontology_parses_as_turtle():
    g = Graph().parse(data=(generate.HERE / "unkg.ttl").read_text("utf-8"), format="turtle")
    assert (URIRef("https://w3id.org/unkg/ontology"), RDF.type, OWL.Ontology) in g
