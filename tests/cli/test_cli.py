"""The command line: every command answers --help, and bad input gets one line and a non-zero exit."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import akn_file
from unkg.cli import app

runner = CliRunner()


def unkg(*args: str, **kw) -> subprocess.CompletedProcess:
    """The installed console script, as a user runs it."""
    exe = Path(sys.executable).with_name("unkg")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, **kw)


def test_console_script_is_installed_and_answers():
    r = unkg("--version")
    assert r.returncode == 0 and r.stdout.startswith("unkg ")


def test_every_command_has_help():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"ingest", "extract", "query", "stats"} <= set(names)
    for name in names:
        r = runner.invoke(app, [name, "--help"])
        assert r.exit_code == 0, (name, r.output)


def one_error_line(r) -> str:
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert r.returncode != 0
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("unkg: error: ")
    return lines[0]


def test_a_missing_file_is_named(tmp_path):
    line = one_error_line(unkg("ingest", "--store", str(tmp_path / "st"), str(tmp_path / "nope.xml")))
    assert "nope.xml" in line and "no such file" in line


def test_an_unsupported_file_type_is_named(tmp_path):
    f = tmp_path / "notes.docx"
    f.write_bytes(b"PK")
    line = one_error_line(unkg("extract", str(f)))
    assert "notes.docx" in line and "unsupported file type" in line


def test_an_empty_folder_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    line = one_error_line(unkg("ingest", "--store", str(tmp_path / "st"), str(tmp_path / "empty")))
    assert "empty" in line and "no UN documents" in line


def test_a_store_that_is_not_ours_is_left_alone(tmp_path):
    (tmp_path / "mine.txt").write_text("x")
    line = one_error_line(unkg("stats", "--store", str(tmp_path)))
    assert "not a unkg store" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt"]


def test_query_on_no_store_says_so(tmp_path):
    line = one_error_line(unkg("query", "--store", str(tmp_path / "none"), "SELECT * WHERE { ?s ?p ?o }"))
    assert "no unkg store" in line
    assert not (tmp_path / "none").exists()


def test_malformed_sparql_is_one_line(tmp_path):
    store = tmp_path / "st"
    r = unkg("ingest", "--store", str(store), str(akn_file("ecosoc", "2022", "E_RES_2022_15", "en")))
    assert r.returncode == 0, r.stderr
    line = one_error_line(unkg("query", "--store", str(store), "SELECT WHERE {"))
    assert "SPARQL" in line


def test_bad_xml_leaves_the_store_as_it_was(tmp_path):
    store = tmp_path / "st"
    good = akn_file("ecosoc", "2022", "E_RES_2022_15", "en")
    assert unkg("ingest", "--store", str(store), str(good)).returncode == 0
    before = unkg("query", "--store", str(store), "--format", "tsv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").stdout
    truncated = tmp_path / good.name
    truncated.write_bytes(good.read_bytes()[:5000])
    line = one_error_line(unkg("ingest", "--strict", "--store", str(store), str(truncated)))
    assert good.name in line
    after = unkg("query", "--store", str(store), "--format", "tsv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").stdout
    assert before == after


@pytest.mark.parametrize("flags", [[], ["--keep-going"]])
def test_a_tree_is_read_by_default_skipping_what_cannot_be_read(tmp_path, flags):
    """By default (and with the former --keep-going) a file that cannot be read is skipped; the
    run ends with a table of the files stored and skipped by reason, one file of each reason
    named, whatever the number of files, and exits 2. --verbose names every file in a line."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(akn_file("ecosoc", "2022", "E_RES_2022_15", "zh"), folder)
    for i in range(3):
        (folder / f"broken{i}.xml").write_text("<akomaNtoso><statement>", "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    r = unkg("ingest", *flags, "--store", str(tmp_path / "st"), str(folder))
    assert r.returncode == 2
    lines = r.stderr.splitlines()
    assert lines[0] == "unkg: files by outcome:"
    assert re.fullmatch(r"\s+1\s+stored", lines[1])
    assert re.fullmatch(r"\s+3\s+skipped: not well-formed XML\s+\(e\.g\. broken0\.xml\)", lines[2])  # the most frequent first
    assert re.fullmatch(r"\s+1\s+skipped: empty file\s+\(e\.g\. empty\.txt\)", lines[3])
    assert lines[4:] == ["unkg: 4 files skipped; --verbose names each"]
    assert "ingested 1 documents" in r.stdout
    r = unkg("ingest", *flags, "--verbose", "--store", str(tmp_path / "st"), str(folder))
    named = [line for line in r.stderr.splitlines() if line.startswith("unkg: skipped: ")]
    assert len(named) == 4 and all(str(folder) in line for line in named)


def test_strict_stops_at_the_first_file_that_cannot_be_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-broken.xml").write_text("<akomaNtoso><statement>", "utf-8")
    shutil.copy(akn_file("ecosoc", "2022", "E_RES_2022_15", "zh"), folder)
    r = unkg("ingest", "--strict", "--store", str(tmp_path / "st"), str(folder))
    assert r.returncode == 1 and "a-broken.xml" in r.stderr and "ingested" not in r.stdout


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml", "markdown"])
def test_query_formats(tmp_path_factory, fmt):
    store = tmp_path_factory.getbasetemp() / "fmt-store"
    if not store.exists():
        assert unkg("ingest", "--store", str(store), str(akn_file("ecosoc", "2022", "E_RES_2022_15", "en"))).returncode == 0
    r = unkg("query", "--store", str(store), "--format", fmt, "SELECT ?id WHERE { ?w dcterms:identifier ?id ; frbr:realization ?e }")
    assert r.returncode == 0, r.stderr
    assert "E/RES/2022/15" in r.stdout


def test_a_skip_reason_leaves_out_file_names_with_spaces_and_brackets():
    """Security Council files are named S_RES_2635 (2022)-2208534E.xml: two copies of different
    resolutions are one reason, not one reason each."""
    from unkg.ingest.errors import skip_reason

    def copy(name: str) -> str:
        return (f"/sc/2022/French/{name}: names in its metadata a document and language another file already gave in this "
                f"run: {name} (graph https://w3id.org/unkg/graph/S/RES/2635(2022)/en/akn); a copy, or metadata naming another resolution")

    reasons = {skip_reason(copy("S_RES_2635 (2022)-2208534E.xml")), skip_reason(copy("S_RES_2636 (2022)-2208533E.xml"))}
    assert reasons == {"names in its metadata a document and language another file already gave in this run"}
