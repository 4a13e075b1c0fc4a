"""Network analyses agree with the store they are computed from."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from unkg.cli import app
from unkg.views.analyze import AnalysisError, central_bodies, citation_path, communities, most_cited


def ask(store, sparql: str) -> bool:
    return bool(store.query(sparql))


def cited_by(store, symbol: str) -> int:
    rows = list(store.query(f'SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE {{ ?c dcterms:identifier "{symbol}" . ?w dcterms:references ?c }}'))
    return int(rows[0]["n"].value)


def test_most_cited_ranks_by_pagerank_and_counts_citations(store):
    ranked = most_cited(store, top=10)
    assert len(ranked) == 10
    assert [r["pagerank"] for r in ranked] == sorted((r["pagerank"] for r in ranked), reverse=True)
    for r in ranked:
        assert r["cited_by"] == cited_by(store, r["work"])
    everything = {r["work"]: r for r in most_cited(store, top=10_000)}
    review = everything["A/RES/70/125"]  # the WSIS review every resolution here recalls
    assert review["cited_by"] == 6
    assert all(review["pagerank"] >= r["pagerank"] for r in everything.values() if r["cited_by"] < 6 and r["cites"] == 0)


def test_most_cited_has_titles(store):
    ranked = {r["work"]: r for r in most_cited(store, top=10_000)}
    assert ranked["E/RES/2022/15"]["title"].startswith("Assessment of the progress made")  # a work with text: its title
    assert ranked["A/RES/70/1"]["title"].startswith("Transforming our world")  # cited only: the named instrument's name
    assert ranked["instrument/un-charter"]["title"] == "Charter of the United Nations"


def test_central_bodies(store):
    ranked = central_bodies(store, top=5)
    assert ranked, "the linked paragraphs name bodies together"
    assert [r["pagerank"] for r in ranked] == sorted((r["pagerank"] for r in ranked), reverse=True)
    assert all(r["partners"] >= 1 and r["shared_paragraphs"] >= r["partners"] for r in ranked)


def test_communities_partition_the_citation_network(store):
    found = communities(store)
    members = [m for c in found for m in c["members"]]
    assert len(members) == len(set(members))
    assert [c["size"] for c in found] == sorted((c["size"] for c in found), reverse=True)
    assert all(c["hub"] == c["members"][0] for c in found)
    # a short label per community: its three most central members, by symbol and title
    for c in found:
        heads = c["label"].split("; ")
        assert 1 <= len(heads) <= 4 and heads[0].startswith(c["hub"])
        assert len(c["label"]) < 400


def test_cli_communities_are_summarised(store):
    result = CliRunner().invoke(app, ["analyze", "communities", "--store", str(store.path)])
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[1]
    assert "label" in header and "size" in header and "members" not in header
    found = communities(store)
    assert all(c["hub"] in result.output for c in found)
    unlisted = [m for c in found for m in c["members"][4:] if not any(m in other["label"] for other in found)]
    assert unlisted and not any(f" {m} " in result.output or f"│ {m}" in result.output for m in unlisted)  # the label, not every member


def test_shortest_citation_path_follows_real_citations(store):
    found = citation_path(store, "E/RES/2024/13", "resolution 70/125")
    path = found["path"]
    assert path[0] == "E/RES/2024/13" and path[-1] == "A/RES/70/125"
    for a, b in zip(path, path[1:]):
        assert ask(store, f'ASK {{ ?a dcterms:identifier "{a}" ; dcterms:references ?b . ?b dcterms:identifier "{b}" }}')
    backwards = citation_path(store, "A/RES/70/125", "E/RES/2024/13")
    assert backwards["path"] == path
    with pytest.raises(AnalysisError, match="no such work"):
        citation_path(store, "E/RES/2024/13", "A/RES/1/1")
    with pytest.raises(AnalysisError):
        citation_path(store, "not a symbol", "E/RES/2024/13")


@pytest.mark.parametrize("args", [["cited", "--top", "3"], ["bodies"], ["communities"], ["path", "E/RES/2024/13", "A/RES/70/125"]])
def test_cli_analyses(store, args):
    result = CliRunner().invoke(app, ["analyze", *args, "--store", str(store.path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().startswith("[")


def test_cli_path_needs_two_works(store):
    result = CliRunner().invoke(app, ["analyze", "path", "E/RES/2024/13", "--store", str(store.path)])
    assert result.exit_code != 0 and "two works" in result.output
