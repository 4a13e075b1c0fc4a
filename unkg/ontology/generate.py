"""Generate everything about the ontology from ``unkg.ttl``, the one source of truth.

``python -m unkg.ontology.generate`` rewrites ``namespace.py`` (an rdflib ``DefinedNamespace``) and
``context.jsonld`` (the published JSON-LD context) beside this file, and ``docs/index.html`` (the
HTML documentation, pyLODE); ``--check`` exits 1 when
they are stale. ``tests/ontology/test_generated.py`` runs the check.
"""

from __future__ import annotations

import json
import re
import sys
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

NS = "https://w3id.org/unkg/ontology#"
HERE = Path(__file__).resolve().parent
_PREFIX = re.compile(r"^@prefix\s+([A-Za-z][\w-]*):\s*<([^>]+)>\s*\.", re.M)


def prefixes() -> dict[str, str]:
    """The prefixes ``unkg.ttl`` declares, in its order: the one prefix table of the project
    (SPARQL queries get them predeclared, the JSON-LD context and Turtle exports use them)."""
    return dict(_PREFIX.findall(resources.files("unkg.ontology").joinpath("unkg.ttl").read_text("utf-8")))


# Datatypes of our literal-valued terms where they are not plain strings.
DATATYPES = {
    "position": "xsd:integer",
    "meeting": "xsd:integer",
    "inFavourCount": "xsd:integer",
    "againstCount": "xsd:integer",
    "abstainingCount": "xsd:integer",
    "known": "xsd:boolean",
    "paragraphCount": "xsd:integer",
    "workCount": "xsd:integer",
    "citedByCount": "xsd:integer",
    "seriesPosition": "xsd:integer",
    "similarity": "xsd:decimal",
    "moved": "xsd:boolean",
}


def ontology_graph() -> Graph:
    g = Graph()
    g.parse(data=resources.files("unkg.ontology").joinpath("unkg.ttl").read_text("utf-8"), format="turtle")
    return g


def terms(g: Graph) -> dict[str, list[tuple[str, str]]]:
    """Our terms by kind: (local name, English label)."""
    out: dict[str, list[tuple[str, str]]] = {"class": [], "object": [], "datatype": [], "individual": []}
    kinds = {OWL.Class: "class", OWL.ObjectProperty: "object", OWL.DatatypeProperty: "datatype"}
    seen: set[URIRef] = set()

    def add(s, kind: str) -> None:
        label = next((str(o) for o in g.objects(s, RDFS.label) if getattr(o, "language", None) == "en"), "")
        out[kind].append((str(s)[len(NS) :], label))
        seen.add(s)

    for rdf_type, kind in kinds.items():
        for s in g.subjects(RDF.type, rdf_type):
            if isinstance(s, URIRef) and str(s).startswith(NS) and s not in seen:
                add(s, kind)
    # everything else of ours with a type (the summary's data structure definitions)
    for s in set(g.subjects(RDF.type, None)):
        if isinstance(s, URIRef) and str(s).startswith(NS) and s not in seen:
            add(s, "individual")
    for kind in out:
        out[kind].sort()
    return out


def render_namespace(g: Graph) -> str:
    t = terms(g)
    lines = [
        '"""The unkg ontology as an rdflib namespace. GENERATED from unkg.ttl by',
        "``python -m unkg.ontology.generate``: do not edit by hand.",
        '"""',
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "# The prefixes unkg.ttl declares: SPARQL queries get them predeclared, the JSON-LD context",
        "# and Turtle exports use them.",
        "PREFIXES = {",
        *(f'    "{p}": "{iri}",' for p, iri in prefixes().items()),
        "}",
        "",
        "",
        "class UNKG(DefinedNamespace):",
        '    """unkg: the UN digital-policy instruments ontology."""',
        "",
        "    _fail = True",
        "",
    ]
    for kind, title in (("class", "Classes"), ("object", "Object properties"), ("datatype", "Datatype properties"), ("individual", "Individuals")):
        if not t[kind]:
            continue
        lines.append(f"    # {title}")
        for name, label in t[kind]:
            lines.append(f"    {name}: URIRef  # {label}")
        lines.append("")
    lines.append(f'    _NS = Namespace("{NS}")')
    lines.append("")
    return "\n".join(lines)


def render_context(g: Graph) -> str:
    t = terms(g)
    ctx: dict[str, object] = dict(prefixes())
    for name, _ in t["class"]:
        ctx[name] = f"unkg:{name}"
    for name, _ in t["object"]:
        ctx[name] = {"@id": f"unkg:{name}", "@type": "@id"}
    for name, _ in t["datatype"]:
        entry: dict[str, str] = {"@id": f"unkg:{name}"}
        if name in DATATYPES:
            entry["@type"] = DATATYPES[name]
        ctx[name] = entry if len(entry) > 1 else f"unkg:{name}"
    for name, _ in t["individual"]:
        ctx[name] = f"unkg:{name}"
    # the standard terms the data uses most, with short names
    ctx.update(
        {
            "identifier": "dcterms:identifier",
            "title": {"@id": "dcterms:title", "@container": "@language"},
            "date": {"@id": "dcterms:date", "@type": "xsd:date"},
            "issued": {"@id": "dcterms:issued", "@type": "xsd:date"},
            "language": {"@id": "dcterms:language", "@type": "@id"},
            "references": {"@id": "dcterms:references", "@type": "@id"},
            "subject": {"@id": "dcterms:subject", "@type": "@id"},
            "isPartOf": {"@id": "dcterms:isPartOf", "@type": "@id"},
            "realization": {"@id": "frbr:realization", "@type": "@id"},
            "realizationOf": {"@id": "frbr:realizationOf", "@type": "@id"},
            "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
            "subOrganizationOf": {"@id": "org:subOrganizationOf", "@type": "@id"},
            "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
            "seeAlso": {"@id": "rdfs:seeAlso", "@type": "@id"},
            "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
            "generatedAtTime": {"@id": "prov:generatedAtTime", "@type": "xsd:dateTime"},
        }
    )
    return json.dumps({"@context": ctx}, ensure_ascii=False, indent=2) + "\n"


def outputs() -> dict[Path, str]:
    from unkg.ontology.docs import render_html  # pyLODE

    g = ontology_graph()
    return {
        HERE / "namespace.py": render_namespace(g),
        HERE / "context.jsonld": render_context(g),
        HERE / "docs" / "index.html": render_html(g),
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    stale = [p for p, text in outputs().items() if not p.exists() or p.read_text("utf-8") != text]
    if "--check" in argv:
        for p in stale:
            print(f"{p.name} is stale: run python -m unkg.ontology.generate", file=sys.stderr)
        return 1 if stale else 0
    for p, text in outputs().items():
        p.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
