"""The main job on the embedded default: ingest the shipped sample and answer three questions.

The sample is ECOSOC resolution 2022/15 (follow-up to the World Summit on the Information
Society) in Chinese, text converted from the UN's official PDF; it ships with the package as
``unkg/sample/E_RES_2022_15.zh.txt`` (a UN document; the UN asks to be acknowledged as source).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SAMPLE = "E_RES_2022_15.zh.txt"

QUESTIONS = [
    (
        "Which documents does E/RES/2022/15 cite, and with which opening verb?",
        """
        SELECT ?cited (GROUP_CONCAT(DISTINCT ?verb; separator=", ") AS ?verbs) (COUNT(DISTINCT ?p) AS ?paragraphs)
        WHERE {
          ?w dcterms:identifier "E/RES/2022/15" .
          ?p dcterms:isPartOf ?w ; unkg:cites ?c .
          ?c dcterms:identifier ?cited .
          OPTIONAL { { ?p unkg:verb ?v } UNION { ?p unkg:anchoredIn/unkg:verb ?v } ?v skos:prefLabel ?verb FILTER(LANG(?verb) = "en") }
        }
        GROUP BY ?cited ORDER BY DESC(?paragraphs) ?cited
        """,
    ),
    (
        "How does the Council open its operative paragraphs? (verbs, most used first)",
        """
        SELECT ?verb (COUNT(DISTINCT ?p) AS ?paragraphs) (SAMPLE(?printed) AS ?as_printed)
        WHERE {
          ?w dcterms:identifier "E/RES/2022/15" .
          ?p a unkg:OperativeParagraph ; dcterms:isPartOf ?w ; unkg:verb ?v ; unkg:verbLabel ?printed .
          ?v skos:prefLabel ?verb FILTER(LANG(?verb) = "en")
        }
        GROUP BY ?verb ORDER BY DESC(?paragraphs) ?verb LIMIT 10
        """,
    ),
    (
        "What does the Council ask, invite or encourage in the paragraphs that name the CSTD?",
        """
        SELECT ?number ?verb ?text
        WHERE {
          ?w dcterms:identifier "E/RES/2022/15" .
          ?p a unkg:OperativeParagraph ; dcterms:isPartOf ?w ; unkg:mentions <{cstd}> ;
             unkg:number ?number ; unkg:position ?pos ; unkg:verb ?v ; unkg:text ?text .
          ?v skos:prefLabel ?verb FILTER(LANG(?verb) = "en")
          FILTER(?verb IN ("requests"@en, "invites"@en, "encourages"@en, "calls upon"@en, "urges"@en, "decides"@en, "recommends"@en))
        }
        ORDER BY ?pos
        """,
    ),
]


def sample_path() -> Path:
    return Path(str(resources.files("unkg.sample").joinpath(SAMPLE)))


def run(store, *, show) -> None:
    """Ingest the sample into ``store`` and hand each question and its results to ``show(title, result)``."""
    from unkg.pipeline import ingest_paths

    summary = ingest_paths([sample_path()], store)
    show(
        f"Ingested {SAMPLE}: {summary.documents} document, {summary.paragraphs} paragraphs, "
        f"{summary.triples} triples into {store.path}",
        None,
    )
    for title, sparql in QUESTIONS:
        show(title, store.query(sparql.replace("{cstd}", store.minter.body("cstd"))))
