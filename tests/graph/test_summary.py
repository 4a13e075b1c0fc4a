"""The summary graph's counts equal what SPARQL aggregates over the document graphs give, and every
ingest brings them up to date (real ECOSOC files in two languages)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from tests.conftest import akn_file
from unkg.graph.stores import open_store
from unkg.pipeline import ingest_paths

CLASSES = "VALUES ?class { unkg:Body unkg:Forum unkg:Office unkg:Programme unkg:Partnership }"

# the same counts, straight from the document graphs (what the library's queries did before)
DIRECT_BY_YEAR = f"""
SELECT ?body ?year (COUNT(DISTINCT ?part) AS ?paragraphs) (COUNT(DISTINCT ?work) AS ?works) WHERE {{
  {CLASSES}
  GRAPH ?g {{ ?part unkg:mentions ?body ; dcterms:isPartOf ?work . ?work dcterms:date ?date }}
  ?body a ?class .
  BIND(YEAR(?date) AS ?year)
}} GROUP BY ?body ?year"""
DIRECT_PAIRS = f"""
SELECT ?a ?b (COUNT(DISTINCT ?part) AS ?paragraphs) (COUNT(DISTINCT ?work) AS ?works) WHERE {{
  GRAPH ?g {{ ?part unkg:mentions ?a , ?b ; dcterms:isPartOf ?work . ?work dcterms:date ?date }}
  FILTER(STR(?a) < STR(?b))
  {{ SELECT DISTINCT ?a WHERE {{ {CLASSES} ?a a ?class }} }}
  {{ SELECT DISTINCT ?b WHERE {{ {CLASSES} ?b a ?class }} }}
}} GROUP BY ?a ?b"""
SUMMARY_BY_YEAR = """
SELECT ?body ?year ?paragraphs ?works WHERE {
  GRAPH ?s { ?o unkg:mentioned ?body ; sdmx:refPeriod ?period ; unkg:paragraphCount ?paragraphs ; unkg:workCount ?works }
  BIND(YEAR(?period) AS ?year)
}"""
SUMMARY_PAIRS = """
SELECT ?a ?b ?paragraphs ?works WHERE {
  GRAPH ?s { ?o unkg:mentioned ?a ; unkg:mentionedWith ?b ; unkg:paragraphCount ?paragraphs ; unkg:workCount ?works }
}"""
DCT_IDENTIFIER = "http://purl.org/dc/terms/identifier"  # of a work A/RES/79/194 cites, which stays cited when removed
SDMX = "PREFIX sdmx: <http://purl.org/linked-data/sdmx/2009/dimension#>\n"


def rows(store, sparql: str) -> set[tuple]:
    return {tuple(t.value for t in r) for r in store.query(SDMX + sparql)}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("summary") / "store")
    files = [akn_file("ecosoc", "2022", "E_RES_2022_15", lang) for lang in ("en", "zh")]
    files += [akn_file("ecosoc", "2021", "E_RES_2021_28", "en"), akn_file("ecosoc", "2023", "E_RES_2023_3", "fr")]
    ingest_paths(files, s, workers=1)
    return s


def test_mentions_by_year_equal_the_direct_aggregate(store):
    summary = rows(store, SUMMARY_BY_YEAR)
    assert len(summary) > 20  # three years of WSIS resolutions name many bodies
    assert summary == rows(store, DIRECT_BY_YEAR)
    years = {year for _, year, _, _ in summary}
    assert years == {"2021", "2022", "2023"}


def test_co_mentions_equal_the_direct_aggregate(store):
    summary = rows(store, SUMMARY_PAIRS)
    assert len(summary) > 20
    assert summary == rows(store, DIRECT_PAIRS)
    itu, unesco = store.minter.body("itu"), store.minter.body("unesco")
    assert any({a, b} == {itu, unesco} for a, b, _, _ in summary)


def test_summary_carries_labels_and_types_of_what_it_counts(store):
    counted = {body for body, _, _, _ in rows(store, SUMMARY_BY_YEAR)}
    labelled = rows(store, "SELECT ?e ?l WHERE { GRAPH ?s { ?o unkg:mentioned ?e . ?e skos:prefLabel ?l } }")
    assert {e for e, _ in labelled} == counted  # bodies found in the text only are labelled as printed
    assert (store.minter.body("itu"), "国际电信联盟") in labelled
    typed = rows(store, "SELECT ?e WHERE { GRAPH ?s { ?o unkg:mentioned ?e . ?e a unkg:Body } }")
    assert (store.minter.body("itu"),) in typed


def test_every_ingest_brings_the_summary_up_to_date(tmp_path):
    s = open_store(tmp_path / "store")
    ingest_paths([akn_file("ecosoc", "2022", "E_RES_2022_15", "en")], s, workers=1)
    before = rows(s, SUMMARY_BY_YEAR)
    assert {year for _, year, _, _ in before} == {"2022"}
    ingest_paths([akn_file("ecosoc", "2024", "E_RES_2024_13", "en")], s, workers=1)
    after = rows(s, SUMMARY_BY_YEAR)
    assert before < after and {year for _, year, _, _ in after} == {"2022", "2024"}
    assert after == rows(s, DIRECT_BY_YEAR)
    # one summary graph, written whole: no scratch graph is left behind
    graphs = set(s.graphs())
    assert s.minter.summary_graph() in graphs
    assert all("scratch" not in g for g in graphs)
    assert s.has_graph(s.minter.summary_graph())
    assert bool(s.query(f"ASK {{ GRAPH <{s.minter.summary_graph()}> {{ ?g prov:generatedAtTime ?t }} }}"))


def test_part_iris_give_their_work():
    from unkg.graph.iris import Minter

    m = Minter()
    for symbol, anchor in [("E/RES/2022/15", "op:3"), ("A/RES/79/1", "annex-I/op:12(a)(ii)"), ("A/RES/217(III)", "fn:7"), ("A/RES/79/194", "pre:2")]:
        assert m.work_of_part(m.part(symbol, anchor)) == m.work(symbol)
    assert m.work_of_part(m.work("E/RES/2022/15")) is None
    assert m.work_of_part(m.body("itu")) is None
    assert isinstance(ox.NamedNode(m.observation("mentions-by-year", m.body("itu"), "2022")), ox.NamedNode)


def test_the_summary_validates_and_a_broken_count_does_not(store):
    from unkg.export.validate import validate_graph, validate_store

    graph = store.minter.summary_graph()
    assert validate_store(store, [graph]).violations == []
    broken = [q for q in store.quads(graph) if not q.predicate.value.endswith("#workCount")]
    found = validate_graph(graph, broken, source_graph=False)
    assert found and all("workCount" in v.path for v in found)


def test_cited_by_counts_equal_the_direct_aggregate(store):
    direct = rows(store, """SELECT ?c (MIN(?id) AS ?symbol) (COUNT(DISTINCT ?citing) AS ?n) WHERE {
      GRAPH ?g { ?citing dcterms:references ?c . ?c dcterms:identifier ?id } } GROUP BY ?c""")
    summary = rows(store, """SELECT ?c ?symbol ?n WHERE {
      GRAPH ?s { ?o unkg:cited ?c ; unkg:citedByCount ?n . ?c dcterms:identifier ?symbol } }""")
    assert len(summary) > 10 and summary == direct
    # the WSIS resolutions of 2021-2023 all cite the Tunis Agenda's resolution A/RES/70/125
    assert (store.minter.work("A/RES/70/125"), "A/RES/70/125", "3") in summary


def test_requests_by_addressee_equal_the_direct_aggregate(store):
    direct = rows(store, """SELECT ?a ?v (COUNT(DISTINCT ?p) AS ?n) (COUNT(DISTINCT ?w) AS ?works) WHERE {
      GRAPH ?g { ?p unkg:addressee ?a ; unkg:verb ?v ; dcterms:isPartOf ?w . ?w frbr:realization ?e } } GROUP BY ?a ?v""")
    summary = rows(store, """SELECT ?a ?v ?n ?works WHERE {
      GRAPH ?s { ?o unkg:addressed ?a ; unkg:askingVerb ?v ; unkg:paragraphCount ?n ; unkg:workCount ?works } }""")
    assert len(summary) > 5 and summary == direct
    sg, requests = store.minter.body("secretary-general"), store.minter.verb("requests")
    assert any(a == sg and v == requests for a, v, _, _ in summary)


def test_an_incremental_update_equals_a_full_recount(tmp_path):
    """Ingest two resolutions, then a third and a new version of the first one: the summary the
    incremental updates give (only the graphs each run wrote reread) is the full recount's. A
    resolution whose language versions state different deadlines (A/RES/79/194: the Chinese
    version alone gives one to the WGEC) comes in one language at a time."""
    from unkg.graph.summary import STATE, summarise, summary_quads

    s = open_store(tmp_path / "store")
    ingest_paths([akn_file("ecosoc", "2021", "E_RES_2021_28", "en"), akn_file("ecosoc", "2022", "E_RES_2022_15", "zh"),
                  akn_file("ga", "79session", "A_RES_79_194", "en")], s)
    assert (tmp_path / "store" / STATE).exists()
    ingest_paths([akn_file("ecosoc", "2023", "E_RES_2023_3", "en"), akn_file("ecosoc", "2022", "E_RES_2022_15", "en"),
                  akn_file("ga", "79session", "A_RES_79_194", "zh")], s)
    ingest_paths([akn_file("ecosoc", "2021", "E_RES_2021_28", "en")], s)  # the same file again

    def observations(quads):
        return sorted(str(q) for q in quads if "generatedAtTime" not in q.predicate.value)

    incremental = observations(s.quads(s.minter.summary_graph()))
    full, _ = summary_quads(s, "2026-01-01T00:00:00+00:00")  # every graph reread
    assert incremental == observations(full)
    assert len(incremental) == len(set(incremental))  # each once: nothing patched in twice
    assert any("mentions-by-year" in line for line in incremental)
    assert any("requests-due" in line and "wgec" in line for line in incremental)
    assert any("event-mentions" in line for line in incremental)
    # and a work removed from the store leaves the summary when its graphs are named as changed,
    # as does a deadline only one removed language version stated
    gone = [g for g in s.graphs() if "/2023/3/" in g or "/79/194/zh/" in g]
    for g in gone:
        s.remove_graph(g)
    summarise(s, "2026-01-01T00:00:00+00:00", changed=gone)
    after = list(s.quads(s.minter.summary_graph()))
    assert [str(q) for q in after if "2023/3" in str(q) and "/cited-by/" not in q.subject.value and q.predicate.value != DCT_IDENTIFIER] == []
    assert not any("wgec" in str(q) and "requests-due" in str(q) for q in after)
    assert any("requests-due" in str(q) for q in after)
    assert observations(after) == observations(summary_quads(s, "2026-01-01T00:00:00+00:00")[0])


def test_an_incremental_update_follows_a_work_redated_and_a_body_no_longer_typed(tmp_path):
    """A graph replaced with its work dated a year earlier and one of its own bodies (one no
    registry knows, so only this graph types it) no longer typed a body: the incremental update
    moves every mention of the work to the new year and drops that entity's counts, as a full
    recount does."""
    from unkg.graph.summary import summarise, summary_quads

    s = open_store(tmp_path / "store")
    ingest_paths([akn_file("ecosoc", "2022", "E_RES_2022_15", "en"), akn_file("ecosoc", "2022", "E_RES_2022_15", "zh")], s)
    g = next(g for g in s.graphs() if "/E/RES/2022/15/en/" in g)
    work = s.minter.work("E/RES/2022/15")
    body = ox.NamedNode("https://w3id.org/unkg/ontology#Body")
    typed_elsewhere = {q.subject.value for other in s.graphs() if other != g and other != s.minter.summary_graph()
                       for q in s.quads(other) if q.object == body}
    quads = list(s.quads(g))
    mentioned = {q.object.value for q in quads if q.predicate.value.endswith("#mentions")}
    lost = sorted({q.subject.value for q in quads if q.object == body} & mentioned - typed_elsewhere)[0]
    date = ox.NamedNode("http://purl.org/dc/terms/date")
    redated = [ox.Quad(q.subject, q.predicate, ox.Literal("2019" + q.object.value[4:], datatype=q.object.datatype), q.graph_name)
               if q.subject.value == work and q.predicate == date else q
               for q in quads if not (q.subject.value == lost and q.object == body)]
    s.replace_graphs([(g, redated)])
    summarise(s, "2026-01-01T00:00:00+00:00", changed=[g])

    def observations(qs):
        return sorted(str(q) for q in qs if "generatedAtTime" not in q.predicate.value)

    incremental = observations(s.quads(s.minter.summary_graph()))
    assert incremental == observations(summary_quads(s, "2026-01-01T00:00:00+00:00")[0])
    years = rows(s, SUMMARY_BY_YEAR)
    assert "2019" in {y for _, y, _, _ in years} and "2022" not in {y for _, y, _, _ in years}
    assert lost not in {b for b, _, _, _ in years}


def test_the_facts_read_as_graphs_are_built_are_those_read_back_from_the_store(tmp_path):
    """What an ingest's workers read of each graph as they build it (``graph_facts``, staged for the
    summary) is, row for row, what reading the stored graph back gives: real files in English,
    Chinese and French, one of them stating deadlines (A/RES/79/194)."""
    from unkg.graph.summary import _due_read, _quads, _rows, graph_facts
    from unkg.pipeline import build_files

    s = open_store(tmp_path / "store")
    files = [akn_file("ecosoc", "2022", "E_RES_2022_15", lang) for lang in ("en", "zh")]
    files += [akn_file("ga", "79session", "A_RES_79_194", "zh"), akn_file("ecosoc", "2023", "E_RES_2023_3", "fr")]
    tables = set()
    for path, graphs, _, error in build_files(files, minter=s.minter, generated_at="2026-01-01T00:00:00+00:00"):
        assert error is None, error
        s.replace_graphs(graphs)
        for g, quads in graphs:
            staged = {table: sorted(rows) for table, rows in graph_facts(s.minter, g, quads)}
            read = {table: sorted(rows) for table, rows in _rows(_quads(s, g), s.minter.work_of_part)}
            read["dues"] = sorted(_due_read(s.query, s.minter, [g]))
            assert staged == {table: rows for table, rows in read.items() if rows}, path.name
            tables |= set(staged)
    assert tables >= {"mentions", "bodies", "years", "raw_refs", "raw_ids", "raw_asks", "raw_verbs", "reqfacts", "dues", "organs"}


def test_a_graph_the_referee_changes_after_it_was_read_is_counted_as_stored(tmp_path):
    """S/RES/2655 (2022): the French file's adoption date (2021) is refused and taken out of its
    graph after the worker read it; the summary counts the graph as stored (the full recount's)."""
    import sqlite3
    from contextlib import closing

    from tests.ingest.test_security_council import unpack
    from unkg.graph.summary import _TABLES, STATE, _open, _recount, summary_quads

    files = [f for f in unpack(tmp_path, "2022", "S_RES_2655-") if f.parent.name != "German"]
    s = open_store(tmp_path / "store")
    assert ingest_paths(files, s, workers=1).conflicts

    def observations(quads):
        return sorted(str(q) for q in quads if "generatedAtTime" not in q.predicate.value)

    counted = observations(s.quads(s.minter.summary_graph()))
    assert any("mentions-by-year" in line and "2022" in line for line in counted)
    assert counted == observations(summary_quads(s, "2026-01-01T00:00:00+00:00")[0])
    # and the facts kept for the next ingest are every graph's as stored, the French one's too
    with closing(sqlite3.connect(tmp_path / "store" / STATE)) as kept, closing(_open(None)) as fresh:
        _recount(s, fresh, "2026-01-01T00:00:00+00:00")
        for table in _TABLES:
            rows = sorted(kept.execute(f"SELECT * FROM {table}"))  # noqa: S608 (constants)
            assert rows == sorted(fresh.execute(f"SELECT * FROM {table}")), table  # noqa: S608
            assert table != "mentions" or any("/fr/" in row[0] for row in rows)


def test_an_empty_store_counts_nothing(tmp_path):
    from unkg.graph.summary import summary_quads

    quads, counts = summary_quads(open_store(tmp_path / "store"), "2026-01-01T00:00:00+00:00")
    assert counts.mentions_by_year == counts.cited_by == counts.requests == 0
    assert quads  # the data sets' descriptions alone
