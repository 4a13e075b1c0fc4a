"""The Python API a notebook user meets: ``import unkg`` gives the store, the query library (as
pandas DataFrames), the analyses and the views (drawn inline); its public names are pinned here.
And the CLI's answer to a query name the library lacks."""

from __future__ import annotations

import html
import subprocess
import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

import unkg
from tests.conftest import REPO, akn_file
from tests.queries.corpus_store import shared_store
from unkg.cli import app

PUBLIC = ["QueryError", "Store", "VIEWS", "View", "ViewError", "__version__", "library", "open_store"]


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    """The shared corpus store (already open in this process), through the API."""
    return unkg.Store(shared_store(tmp_path_factory))


def test_public_names_are_pinned():
    assert sorted(unkg.__all__) == PUBLIC
    for name in PUBLIC:
        assert getattr(unkg, name) is not None
        assert name in dir(unkg)
    with pytest.raises(AttributeError):
        unkg.no_such_name  # noqa: B018
    assert set(unkg.VIEWS) == {"citations", "bodies", "series", "timeline", "ego"}


def test_importing_unkg_is_cheap():
    """``import unkg`` loads neither the store, pandas nor the views until a name is asked for."""
    code = ("import sys, unkg; heavy = [m for m in ('pandas', 'pyoxigraph', 'networkx', 'pyvis', 'unkg.api', 'unkg.graph') if m in sys.modules];"
            "print(heavy); unkg.open_store; print('pandas' in sys.modules or 'unkg.api' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True).stdout.split("\n")
    assert out[0] == "[]" and out[1] == "True"


def test_open_ingest_query_view_close(tmp_path):
    with unkg.open_store(tmp_path / "store") as kg:
        summary = kg.ingest(akn_file("ecosoc", "2022", "E_RES_2022_15", "en"))
        assert summary.documents == 1 and not summary.failures
        works = kg.query("works")
        assert list(works["work"]) == ["E/RES/2022/15"] and works["title"][0].startswith("Assessment of the progress")
        assert kg.stats()["works"] >= 1
        view = kg.view("citations", "E/RES/2022/15")
        assert isinstance(view, unkg.View) and view.nodes > 10
    # closed: another process (or this one) may open the directory again
    again = unkg.open_store(tmp_path / "store", create=False, read_only=True)
    assert len(again.query("works")) == 1
    again.close()


def test_a_library_query_by_name_with_keyword_parameters(kg):
    frame = kg.query("citing-works", symbol="resolution 70/125")
    assert isinstance(frame, pd.DataFrame) and frame.attrs["query"] == "citing-works"
    expected = kg.backend.query(
        'SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?w ?p WHERE { ?p unkg:cites/dcterms:identifier "A/RES/70/125" ; dcterms:isPartOf ?w } }')
    assert len(frame.drop_duplicates(["citing", "paragraph"])) == int(next(iter(expected))["n"].value)
    assert {"E/RES/2022/15", "E/RES/2024/13"} <= set(frame["citing"])
    # numbers come as numbers; several values as a list
    cited = kg.query("most-cited")
    assert cited["cited_by"].dtype.kind == "i" and cited["cited_by"].iloc[0] >= cited["cited_by"].iloc[-1]
    both = kg.query("citing-works", symbol=["A/RES/70/125", "A/RES/70/1"])
    assert len(both) > len(frame)


def test_sparql_and_errors(kg):
    frame = kg.query("SELECT ?w WHERE { ?w a unkg:Resolution ; frbr:realization ?e } LIMIT 3")
    assert list(frame.columns) == ["w"] and len(frame) == 3 and frame["w"][0].startswith("https://w3id.org/unkg/doc/")
    assert bool(kg.query("ASK { ?s ?p ?o }")["answer"][0]) is True
    with pytest.raises(unkg.QueryError, match="did you mean citing-works"):
        kg.query("citeing-works")
    with pytest.raises(unkg.QueryError, match="no parameter 'sybmol'"):
        kg.query("citing-works", sybmol="A/RES/70/125")
    with pytest.raises(unkg.QueryError, match="library queries only"):
        kg.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", symbol="A/RES/70/125")


def test_library_lists_every_query():
    from unkg.queries import list_queries

    lib = unkg.library()
    assert list(lib["name"]) == [q.name for q in list_queries()]
    assert lib.set_index("name").loc["citing-works", "parameters"].startswith("symbol=")


def test_a_view_draws_inline_in_a_notebook(kg, tmp_path):
    view = kg.view("bodies", "CSTD")
    assert "Commission on Science and Technology for Development" in view.title and view.kind == "bodies"
    frame = view._repr_html_()
    assert frame.startswith("<iframe") and 'sandbox="allow-scripts' in frame
    assert html.escape(view.html, quote=True) in frame  # the whole page, in srcdoc
    assert "<script" not in frame.replace(html.escape(view.html, quote=True), "")
    path = view.save(tmp_path / "cstd.html")
    assert path.read_text("utf-8") == view.html
    with pytest.raises(unkg.ViewError, match="unknown view"):
        kg.view("pie")


def test_analyses_as_frames(kg):
    cited = kg.most_cited(top=5)
    assert list(cited.columns[:3]) == ["work", "pagerank", "cited_by"] and len(cited) == 5
    assert not kg.central_bodies(top=3).empty
    assert kg.communities()["label"].str.len().max() < 400
    assert kg.citation_path("E/RES/2024/13", "A/RES/70/125")[-1] == "A/RES/70/125"


@pytest.mark.parametrize(("name", "nearest"), [("nosuchquery", None), ("citeing-works", "citing-works"), ("votes", "recorded-vote")])
def test_cli_query_with_an_unknown_name_lists_the_nearest(kg, name, nearest):
    result = CliRunner().invoke(app, ["query", name, "--store", str(kg.backend.path)])
    assert result.exit_code == 1
    assert f"no library query named {name!r}: did you mean" in result.output
    assert "SPARQL" not in result.output
    if nearest:
        assert f"did you mean {nearest}" in result.output


def test_the_tour_uses_only_the_public_api():
    import json
    import re

    cells = json.loads((REPO / "notebooks" / "tour.ipynb").read_text("utf-8"))["cells"]
    source = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert "import unkg" in source
    assert not re.search(r"\bunkg\.\w+\.", source) and not re.search(r"from unkg[. ]", source)  # no reaching into modules
    assert set(re.findall(r"\bunkg\.(\w+)", source)) <= set(PUBLIC)
