"""A second engine: an export loaded into Virtuoso Open Source 7 (Debian's virtuoso-opensource-7-bin),
bound to 127.0.0.1 by an ini written here, queried through the remote store with the query library.

Virtuoso's default graph is every graph it holds, its own system graphs included; the library's
queries match unkg's vocabulary only, so they answer the same. See docs/loading-elsewhere.md.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.export.sample import sample_store
from tests.conftest import free_port
from unkg.export.formats import export
from unkg.export.push import digest
from unkg.graph.stores import StoreError, open_store

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
pytestmark = pytest.mark.skipif(
    VIRTUOSO is None or ISQL is None,
    reason="Virtuoso Open Source is not installed (Debian: virtuoso-opensource-7-bin, listed in scripts/debian-packages.txt)",
)

# library queries Virtuoso 7.2 will not compile, and why (its SPARQL dialect, not our data)
VIRTUOSO_REFUSES = {
    "verbs-of-work": "an expression over aggregates in ORDER BY: 'Variable ?operative is used in the result set outside aggregate'",
}
# Virtuoso leaves label columns empty where, inside OPTIONAL, a FILTER reads a variable bound
# outside it (LANGMATCHES(LANG(?t), ?lang) with ?lang from the query's VALUES): SPARQL 1.1 §18.5
# (LeftJoin) evaluates it with the outer solution, Virtuoso without. The library's queries with a
# ``lang`` parameter (works, most-cited, events-timeline, series-meetings...) are compared on their
# rows (first column), not their labels.
def empty_labels_on_virtuoso(text: str) -> bool:
    return "VALUES ?lang" in text

INI = """[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
ServerThreads = 4
CheckpointInterval = 60
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., {data}
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


class Virtuoso:
    """One virtuoso-t process in the foreground, on 127.0.0.1 only, stopped by its own pid."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sql = free_port()
        self.http = free_port()
        self.url = f"http://127.0.0.1:{self.http}/sparql"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "virtuoso.ini").write_text(INI.format(sql=self.sql, http=self.http, data=folder), "utf-8")
        self.proc: subprocess.Popen | None = None

    def start(self, within: float = 180) -> Virtuoso:
        self.proc = subprocess.Popen([VIRTUOSO, "-f", "-c", "virtuoso.ini"], cwd=self.folder,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}?query=ASK%7B%7D", timeout=2).close()
                return self
            except OSError:
                if self.proc.poll() is not None:
                    log = (self.folder / "virtuoso.log").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"virtuoso-t exited: {log}")
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"Virtuoso did not start within {within:g} s")

    def isql(self, sql: str) -> str:
        r = subprocess.run([ISQL, str(self.sql), "dba", "dba", f"exec={sql}"], capture_output=True, text=True, timeout=300)
        if r.returncode != 0 or "*** Error" in r.stdout + r.stderr:
            raise RuntimeError(f"isql: {r.stdout[-1000:]} {r.stderr[-1000:]}")
        return r.stdout

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            try:
                subprocess.run([ISQL, str(self.sql), "dba", "dba", "exec=shutdown;"], capture_output=True, timeout=60)
                self.proc.wait(60)
            except (subprocess.TimeoutExpired, OSError):
                self.proc.terminate()
                self.proc.wait(30)


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    return sample_store(tmp_path_factory, "virt-local")


@pytest.fixture(scope="module")
def virtuoso(local, tmp_path_factory):
    folder = tmp_path_factory.mktemp("virtuoso")
    export(local, folder / "unkg.nq.gz")
    v = Virtuoso(folder).start()
    try:
        v.isql(f"ld_dir('{folder}', 'unkg.nq.gz', 'urn:unkg:unused'); rdf_loader_run(); checkpoint;")
        errors = v.isql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        assert "0 Rows" in errors, errors
        yield v
    finally:
        v.stop()


@pytest.fixture(scope="module")
def remote(virtuoso):
    return open_store(virtuoso.url)


def test_the_export_loads_graph_for_graph(local, remote):
    names = sorted(local.graphs())
    assert set(names) <= set(remote.graphs())
    for name in names:
        assert digest(remote.quads(name)) == digest(local.quads(name)), name


def cells(result) -> list[tuple[str, ...]]:
    """Rows as comparable strings: literal values without their datatype (engines type numbers
    differently), GROUP_CONCAT parts in order (engines concatenate in any order)."""
    if not hasattr(result, "variables"):
        return [(str(bool(result)),)]
    names = [v.value for v in result.variables]
    out = []
    for row in result:
        values = []
        for n in names:
            term = row[n]
            text = "" if term is None else term.value
            values.append(" ".join(sorted(re.split(r"[ ,;|]+", text))) if re.search(r"[ ,;|]", text or "") and len(text) < 2000 else text)
        out.append(tuple(values))
    return sorted(out)


def test_the_query_library_answers_the_same_on_virtuoso(local, remote):
    from unkg import queries

    differ, refused, same = [], {}, []
    for q in queries.list_queries():
        text = queries.bind(q)
        try:
            there = cells(remote.query(text))
        except StoreError as err:
            refused[q.name] = str(err)[:300]
            continue
        here = cells(local.query(text))
        if empty_labels_on_virtuoso(text):  # the same rows, keyed by their first column
            here, there = sorted(r[0] for r in here), sorted(r[0] for r in there)
        (same if here == there else differ).append(q.name)
    print(f"same on Virtuoso: {same}; refused: {refused}")
    assert not differ, f"answers differ on Virtuoso: {differ}"
    assert set(refused) <= set(VIRTUOSO_REFUSES), refused
    assert len(same) >= len(queries.list_queries()) - len(VIRTUOSO_REFUSES)
