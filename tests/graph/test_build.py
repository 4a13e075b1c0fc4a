"""graph.build: a real document in, the triples it must yield out, compared as graphs (DESIGN.md §6)."""

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from tests.conftest import LANG_FOLDERS, akn_file
from unkg.graph.build import build_record
from unkg.graph.iris import Minter

DEFAULT = Minter()
from unkg.ingest.link import link
from unkg.ingest.readers.akn import read_akn

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "graph"
WORK = DEFAULT.work("E/RES/2022/15")


def to_rdflib(triples) -> Graph:
    g = Graph()
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    return g


@pytest.fixture(scope="module")
def built():
    """The six language graphs of E/RES/2022/15."""
    return {lang: build_record(link(read_akn(akn_file("ecosoc", "2022", "E_RES_2022_15", lang))), minter=Minter(), generated_at="2026-01-01T00:00:00+00:00") for lang in LANG_FOLDERS}


def test_four_nodes_yield_exactly_the_expected_triples(built):
    _, quads = built["zh"]
    keep = {WORK + "/zh", WORK + "/op/1", WORK + "/op/89/a", WORK + "/fn/2"}
    got = to_rdflib([ox.Triple(q.subject, q.predicate, q.object) for q in quads if q.subject.value in keep])
    expected = Graph().parse(FIXTURES / "E_RES_2022_15_zh_parts.ttl")
    if not isomorphic(got, expected):
        only_got = set(to_isomorphic(got)) - set(to_isomorphic(expected))
        only_expected = set(to_isomorphic(expected)) - set(to_isomorphic(got))
        pytest.fail(f"extra: {sorted(only_got)}\nmissing: {sorted(only_expected)}")


def test_one_graph_per_language_and_source(built):
    graphs = {g for g, _ in built.values()}
    assert graphs == {f"https://w3id.org/unkg/graph/E/RES/2022/15/{lang}/akn" for lang in LANG_FOLDERS}
    for graph, quads in built.values():
        assert {q.graph_name.value for q in quads} == {graph}


def test_six_versions_share_paragraph_nodes_and_tag_their_texts(built):
    texts: dict[str, set[str]] = {}
    for lang, (_, quads) in built.items():
        for q in quads:
            if q.subject.value == WORK + "/op/1" and q.predicate.value.endswith("#text"):
                texts.setdefault(lang, set()).add(q.object.language)
    assert texts == {lang: {lang} for lang in LANG_FOLDERS}
    nodes = [{q.subject.value for q in quads if "/op/" in q.subject.value} for _, quads in built.values()]
    assert all(n == nodes[0] for n in nodes)


def test_interoperable_core_terms(built):
    """Item 3: identifier and references on the work, language on the version, tagged texts."""
    ds = Dataset(default_union=True)
    for _, quads in built.values():
        ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode(), format="nquads")
    dct = "http://purl.org/dc/terms/"
    work = URIRef(WORK)
    assert (work, URIRef(dct + "identifier"), Literal("E/RES/2022/15")) in ds
    cited = {str(o) for _, _, o, _ in ds.quads((work, URIRef(dct + "references"), None, None))}
    assert {DEFAULT.work("A/RES/70/125"), DEFAULT.work("E/RES/2021/28"), DEFAULT.work("A/RES/76/189")} <= cited
    for lang in LANG_FOLDERS:
        assert (URIRef(WORK + "/" + lang), URIRef(dct + "language"), URIRef(f"http://id.loc.gov/vocabulary/iso639-1/{lang}")) in ds


def test_provenance_of_every_graph(built):
    graph, quads = built["en"]
    about = {q.predicate.value: q.object for q in quads if q.subject.value == graph}
    assert about["http://www.w3.org/ns/prov#generatedAtTime"].value == "2026-01-01T00:00:00+00:00"
    assert about["http://purl.org/dc/terms/source"].value == "United Nations"
    assert about["http://purl.org/dc/terms/license"].value == "https://www.un.org/en/about-us/terms-of-use"
    assert about["https://w3id.org/unkg/ontology#parserVersion"].value.startswith("read_akn ")
    source = about["http://www.w3.org/ns/prov#wasDerivedFrom"]
    described = {q.predicate.value: q.object.value for q in quads if q.subject == source}
    assert described["https://w3id.org/unkg/ontology#fileName"] == "E_RES_2022_15-2211664E.xml"
    assert len(described["https://w3id.org/unkg/ontology#sha256"]) == 64


def test_another_base_mints_every_iri_under_it():
    record = read_akn(akn_file("ecosoc", "2022", "E_RES_2022_15", "en"))
    graph, quads = build_record(record, minter=Minter("http://example.org/kg/"))
    ours = {t.value for q in quads for t in (q.subject, q.object) if isinstance(t, ox.NamedNode) and "w3id.org/unkg/" in t.value and "/ontology#" not in t.value}
    assert not ours
    assert graph.startswith("http://example.org/kg/graph/")


SKOS = "http://www.w3.org/2004/02/skos/core#"


def _aligned_zh(stem: str, year: str, edit=None):
    from unkg.ingest.align import align

    en, zh = (read_akn(akn_file("ecosoc", year, stem, lang)) for lang in ("en", "zh"))
    if edit is not None:
        edit(zh)
    records = align([link(en), link(zh)])
    return next(r for r in records if r.language == "zh")


def _labels(quads, node: str) -> set[tuple[str, str, str]]:
    return {(q.predicate.value[len(SKOS):], q.object.value, q.object.language) for q in quads
            if q.subject.value == node and q.predicate.value.startswith(SKOS)}


def test_a_registry_entity_named_in_chinese_keeps_its_printed_name_when_the_registry_has_none(monkeypatch):
    # E/RES/2021/10 pre:2 (Chinese) names the World Summit for Social Development. Were the registry
    # to name it in English only (as it did before it held the summit's six names: the test makes it
    # so), the Chinese name as printed becomes a variant label in Chinese, the registry's English name
    # stays the one preferred label (the reference graph's)
    from unkg.graph import build

    registry_names = build._registry_names
    monkeypatch.setattr(build, "_registry_names", lambda key, language: () if key == "wssd-1995" else registry_names(key, language))
    node = DEFAULT.event("wssd-1995")
    _, quads = build_record(_aligned_zh("E_RES_2021_10", "2021"), minter=DEFAULT, generated_at="2026-01-01T00:00:00+00:00")
    assert _labels(quads, node) == {("altLabel", "社会发展问题世界首脑会议", "zh")}

    def rename(record):  # the version prints another name for it: that name is the label
        for p in record.paragraphs + record.footnotes:
            p.text = p.text.replace("社会发展问题世界首脑会议", "世界社会发展问题首脑会议")

    _, quads = build_record(_aligned_zh("E_RES_2021_10", "2021", rename), minter=DEFAULT, generated_at="2026-01-01T00:00:00+00:00")
    assert _labels(quads, node) == {("altLabel", "世界社会发展问题首脑会议", "zh")}
    # a registry entity the registry names in Chinese gets no label from a document
    _, quads = build_record(_aligned_zh("E_RES_2021_10", "2021"), minter=DEFAULT, generated_at="2026-01-01T00:00:00+00:00")
    assert _labels(quads, DEFAULT.body("general-assembly")) == set()
