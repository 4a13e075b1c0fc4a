"""The researchers' questions answered by SPARQL over a store built from real documents: the six
language versions of the ECOSOC WSIS resolutions 2021/28, 2022/15, 2023/3, 2024/13 and of the GA
ICT-for-development resolution 79/194."""

from __future__ import annotations

import pytest

from tests.conftest import LANG_FOLDERS, akn_file
from unkg.queries import bind

SERIES = [("ecosoc", "2021", "E_RES_2021_28"), ("ecosoc", "2022", "E_RES_2022_15"), ("ecosoc", "2023", "E_RES_2023_3"),
          ("ecosoc", "2024", "E_RES_2024_13"), ("ga", "79session", "A_RES_79_194")]
ECOSOC = ["E/RES/2021/28", "E/RES/2022/15", "E/RES/2023/3", "E/RES/2024/13"]
WORKS = [*ECOSOC, "A/RES/79/194"]
BASE = "https://w3id.org/unkg/"


@pytest.fixture(scope="session")
def store(tmp_path_factory):
    from unkg.graph.stores import open_store
    from unkg.pipeline import ingest_paths

    files = [akn_file(body, where, stem, lang) for body, where, stem in SERIES for lang in LANG_FOLDERS]
    store = open_store(tmp_path_factory.mktemp("linked-store"))
    summary = ingest_paths(files, store, workers=1)
    assert not summary.failures and summary.files == 30
    return store


def rows(store, query: str, **params) -> list[dict[str, str | None]]:
    text = bind(query, params) if "\n" not in query else query
    result = store.query(text)
    names = [v.value for v in result.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in result]


def test_which_paragraphs_mention_itu(store):
    found = rows(store, "body-mentions", body="ITU", lang="en")
    assert {r["work"] for r in found} == set(WORKS)
    assert all("International Telecommunication Union" in r["text"] or "ITU" in r["text"] for r in found)
    # the same paragraphs, read in Chinese: 国际电联 / 国际电信联盟
    zh = rows(store, "body-mentions", body="国际电联", lang="zh")
    assert {r["paragraph"] for r in zh} == {r["paragraph"] for r in found}


def test_all_igf_meetings_with_dates_and_places(store):
    meetings = {r["event"].rsplit("/", 1)[-1]: r for r in rows(store, "series-meetings", series="IGF", lang="en")}
    assert {f"igf-{y}" for y in range(2006, 2025)} <= set(meetings)
    katowice = meetings["igf-2021"]
    assert (katowice["start"], katowice["end"], katowice["place"], katowice["country"], katowice["edition"]) == (
        "2021-12-06", "2021-12-10", "Katowice", "PL", "16")
    assert katowice["theme"] == "Internet united"  # as E/RES/2022/15 prints it
    assert katowice["source"] == "registry"
    assert int(katowice["works"]) >= 2
    assert meetings["igf-2023"]["place"] == "Kyoto" and meetings["igf-2024"]["place"] == "Riyadh"
    zh = {r["event"].rsplit("/", 1)[-1]: r for r in rows(store, "series-meetings", series="互联网治理论坛", lang="zh")}
    assert zh["igf-2021"]["theme"] == "互联网团结" and zh["igf-2021"]["name"] == "互联网治理论坛第十六次会议"


def test_which_works_cite_a_res_70_125_and_with_which_verb(store):
    found = rows(store, "citation-verbs", symbol="A/RES/70/125", lang="en")
    assert {r["citing"] for r in found} == set(WORKS)
    by = {(r["citing"], r["paragraph"].rsplit("/doc/", 1)[-1]): r["verb"] for r in found}
    for work in ECOSOC:
        assert by[(work, f"{work}/op/1")] == "welcomes"  # Welcomes and urges the full implementation of 70/125
        assert by[(work, f"{work}/pre/5")] == "recalls"  # Recalling also General Assembly resolution 70/125
    # a footnote's citation takes the verb of the paragraph its call-out stands in
    assert by[("E/RES/2022/15", "E/RES/2022/15/fn/9")] == "reaffirms"
    assert by[("A/RES/79/194", "A/RES/79/194/op/61")] == "looks-forward"


def test_cited_paragraphs_of_the_tunis_agenda(store):
    found = rows(store, f"""
        PREFIX unkg: <https://w3id.org/unkg/ontology#>
        PREFIX cito: <http://purl.org/spar/cito/>
        SELECT ?paragraph (GROUP_CONCAT(DISTINCT STR(?n); separator=",") AS ?numbers) WHERE {{
          GRAPH ?g {{ ?c cito:hasCitedEntity <{BASE}instrument/tunis-agenda> ;
                         cito:hasCitingEntity ?paragraph ; unkg:citedParagraph ?n }}
          FILTER(STRSTARTS(STR(?paragraph), "{BASE}doc/E/RES/2022/15/"))
        }} GROUP BY ?paragraph""")
    numbers = {r["paragraph"].rsplit("/doc/", 1)[-1]: sorted(map(int, r["numbers"].split(","))) for r in found}
    assert numbers["E/RES/2022/15/op/66"] == [34, 35, 36, 37, 67, 68, 69, 70, 71, 72]
    assert numbers["E/RES/2022/15/op/73"] == [72]
    # and the work references the instrument
    assert store.query(f"ASK {{ <{BASE}doc/E/RES/2022/15> <http://purl.org/dc/terms/references> "
                       f"<{BASE}instrument/tunis-agenda> }}")


def test_what_each_ecosoc_wsis_resolution_asks_the_secretary_general(store):
    found = rows(store, "asked-of", addressee="Secretary-General", prefix="E/RES/", lang="en")
    assert {r["work"] for r in found} == set(ECOSOC)
    for r in found:
        assert r["verb"] == "requests"
        assert r["text"].startswith("Requests the Secretary-General to submit to the Commission on Science and "
                                    "Technology for Development")
    # asked in Chinese, by the Chinese name: the same paragraphs
    zh = rows(store, "asked-of", addressee="秘书长", prefix="E/RES/", lang="zh")
    assert {r["paragraph"] for r in zh} == {r["paragraph"] for r in found}
    assert all(r["text"].startswith("请秘书长") for r in zh)


def test_stated_figures_are_nodes_with_value_unit_and_year(store):
    found = rows(store, f"""
        PREFIX unkg: <https://w3id.org/unkg/ontology#>
        PREFIX schema: <https://schema.org/>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?figure ?value ?unit ?year ?about WHERE {{
          GRAPH ?g {{ <{BASE}doc/E/RES/2022/15/op/24> unkg:statesFigure ?figure .
                     ?figure a unkg:Statistic ; schema:value ?value ; schema:unitText ?unit ; dcterms:temporal ?year ;
                             schema:description ?about . FILTER(LANG(?about) = "en") }}
        }} ORDER BY ?figure""")
    got = {(float(r["value"]), r["unit"], r["year"]) for r in found}
    assert got == {(95.0, "percent", "2021"), (4.9e9, "persons", "2021"), (63.0, "percent", "2021")}
    assert all(r["figure"].startswith(f"{BASE}doc/E/RES/2022/15/stat/op-24/") for r in found)
    # the query library's figures query reads them
    assert any(r["work"] == "E/RES/2022/15" for r in rows(store, "figures", lang="en"))


def test_addressees_in_the_graph(store):
    assert store.query(f"ASK {{ GRAPH ?g {{ <{BASE}doc/E/RES/2024/13/op/124> "
                       f"<https://w3id.org/unkg/ontology#addressee> <{BASE}body/secretary-general> }} }}")
    assert store.query(f"ASK {{ GRAPH ?g {{ <{BASE}doc/A/RES/79/194/op/49> "
                       f"<https://w3id.org/unkg/ontology#addressee> <{BASE}body/all-stakeholders> }} }}")


@pytest.mark.parametrize("lang", list(LANG_FOLDERS))
def test_the_six_versions_cite_the_same_paragraphs_of_the_tunis_agenda(lang):
    """paragraphs 34 to 37 and 67 to 72 / 第34至37段和第67至72段 / пункты 34–37 и 67–72 / الفقرات 34 إلى 37 و 67 إلى 72."""
    from unkg.ingest import read
    from unkg.ingest.link import link

    record = link(read(akn_file("ecosoc", "2022", "E_RES_2022_15", lang))[0])
    cited = {c.paragraph: c for c in record.citations if c.target == "tunis-agenda"}
    assert cited["op:66"].target_kind == "instrument"
    assert cited["op:66"].target_paragraphs == [str(n) for n in (*range(34, 38), *range(67, 73))]
    assert cited["op:73"].target_paragraphs == ["72"]
    assert cited["op:66"].relation == "reaffirms" and cited["op:73"].relation == "recognizes"
