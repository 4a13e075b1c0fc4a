"""`unkg queries` and `unkg query NAME --param KEY=VALUE`, next to plain SPARQL."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from unkg.cli import app
from unkg.queries import list_queries


def run(*args):
    return CliRunner().invoke(app, [*args])


def test_queries_lists_the_library():
    result = run("queries", "--format", "json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert [q["name"] for q in listed] == [q.name for q in list_queries()]
    assert run("queries", "citing-works").output.startswith("# Works citing a document")
    assert run("queries", "nope").exit_code != 0


def test_library_query_with_params_in_every_format(store):
    s = ["--store", str(store.path)]
    result = run("query", "citing-works", "--param", "symbol=70/125", "-f", "csv", *s)
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.output)))
    assert {"E/RES/2022/15", "recalls"} <= {v for row in table for v in row.values()}
    answer = json.loads(run("query", "paragraph-languages", "-p", "paragraph=op:1", "-f", "json", *s).output)
    assert len(answer["results"]["bindings"]) == 6
    tsv = run("query", "works", "-p", "lang=fr", "-f", "tsv", *s).output
    assert tsv.startswith("?work\t")
    md = run("query", "works", "-p", "lang=en", "-p", "lang=fr", "-f", "markdown", *s).output
    assert md.startswith("| work | date |")


def test_plain_sparql_still_works_and_params_need_a_library_query(store):
    s = ["--store", str(store.path)]
    result = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "csv", *s)
    assert result.exit_code == 0 and int(result.output.split()[1]) > 0
    result = run("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-p", "a=b", *s)
    assert result.exit_code != 0 and "library queries only" in result.output


def test_bad_params_are_one_line_errors(store):
    s = ["--store", str(store.path)]
    for args, message in [
        (["-p", "symbol=} ; DROP ALL ; {"], "not a UN document symbol"),
        (["-p", "colour=red"], "has no parameter 'colour'"),
        (["-p", "symbol"], "write KEY=VALUE"),
    ]:
        result = run("query", "citing-works", *args, *s)
        assert result.exit_code == 1, result.output
        assert message in result.output and len(result.output.strip().splitlines()) == 1
