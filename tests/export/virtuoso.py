"""Virtuoso Open Source 7 (Debian's virtuoso-opensource-7-bin) as a second engine: one process bound
to 127.0.0.1 by an ini written here, its bulk loader, and the comparison of the query library's
answers with the embedded store's, tolerant of the differences between the engines found so far.

Used by tests/export/test_virtuoso.py (a small sample, in CI) and by
``benchmarks/bench_record.py --virtuoso`` (the whole record). See docs/loading-elsewhere.md.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

from tests.conftest import free_port, wait_until_answers

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
MISSING = "Virtuoso Open Source is not installed (Debian: virtuoso-opensource-7-bin, listed in scripts/debian-packages.txt)"

# library queries Virtuoso 7.2 will not compile, and why (its SPARQL dialect, not our data)
VIRTUOSO_REFUSES = {
    "verbs-of-work": "an expression over aggregates in ORDER BY: 'Variable ?operative is used in the result set outside aggregate'",
}

# library queries Virtuoso answers otherwise on some data, and why (its casts, not our data). The
# small sample the tests load has none of it, so the tests still ask for the same answers.
VIRTUOSO_DIFFERS = {
    "sdg-overview": "Virtuoso casts xsd:integer(\"7.1\") to 7 where SPARQL 1.1 (XPath casting) makes it an "
                    "error: an SDG target (sdg/7.1) counts under its goal there, under no goal here",
}


# Virtuoso leaves label columns empty where, inside OPTIONAL, a FILTER reads a variable bound
# outside it (LANGMATCHES(LANG(?t), ?lang) with ?lang from the query's VALUES): SPARQL 1.1 §18.5
# (LeftJoin) evaluates it with the outer solution, Virtuoso without. The library's queries with a
# ``lang`` parameter (works, most-cited, events-timeline, series-meetings...) are compared on their
# rows (first column), not their labels.
def empty_labels_on_virtuoso(text: str) -> bool:
    return "VALUES ?lang" in text


# Virtuoso's guidance: NumberOfBuffers about 85,000 per GB of memory it may use (8 KiB pages),
# MaxDirtyBuffers about three quarters of it. The defaults suit a small sample (about 160 MiB).
BUFFERS_PER_GB = 85_000

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
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
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
    """One virtuoso-t process in the foreground, on 127.0.0.1 only, stopped by its own pid.

    ``buffers`` and ``dirty_buffers`` are the ini's NumberOfBuffers and MaxDirtyBuffers (8 KiB
    pages each): ``buffers=4 * BUFFERS_PER_GB`` lets it use about 4 GB.
    """

    def __init__(self, folder: Path, *, buffers: int = 20_000, dirty_buffers: int | None = None) -> None:
        self.folder = folder
        self.sql = free_port()
        self.http = free_port()
        self.url = f"http://127.0.0.1:{self.http}/sparql"
        folder.mkdir(parents=True, exist_ok=True)
        dirty = dirty_buffers if dirty_buffers is not None else buffers * 3 // 4
        ini = INI.format(sql=self.sql, http=self.http, data=folder, buffers=buffers, dirty=dirty)
        (folder / "virtuoso.ini").write_text(ini, "utf-8")
        self.proc: subprocess.Popen | None = None

    def start(self, within: float = 180) -> Virtuoso:
        self.proc = subprocess.Popen([VIRTUOSO, "-f", "-c", "virtuoso.ini"], cwd=self.folder,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if wait_until_answers(f"{self.url}?query=ASK%7B%7D", self.proc, within):
            return self
        if self.proc.poll() is not None:
            log = (self.folder / "virtuoso.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"virtuoso-t exited: {log}")
        self.stop()
        raise RuntimeError(f"Virtuoso did not start within {within:g} s")

    def isql(self, sql: str, timeout: float = 300) -> str:
        r = subprocess.run([ISQL, str(self.sql), "dba", "dba", f"exec={sql}"], capture_output=True, text=True, timeout=timeout)
        if r.returncode != 0 or "*** Error" in r.stdout + r.stderr:
            raise RuntimeError(f"isql: {r.stdout[-1000:]} {r.stderr[-1000:]}")
        return r.stdout

    def quads(self) -> int:
        """Every quad the database holds, its own system graphs' included."""
        out = self.isql("SELECT COUNT(*) FROM DB.DBA.RDF_QUAD;")
        return int(re.search(r"^\s*(\d+)\s*$", out, re.M).group(1))

    def load(self, folder: Path, pattern: str, *, loaders: int = 1, timeout: float = 300) -> str:
        """Bulk-load the files of ``folder`` matching ``pattern`` (N-Quads keep their graphs) with
        ``loaders`` rdf_loader_run() at once (one file is read by one loader), then checkpoint.
        Returns the load list's errors, "" when there are none.

        Loaders deadlock now and then ("40001 Transaction deadlock", most often two starting
        together, the file marked failed): each starts once the one before has taken a file, and a
        file failed that way is put back and a loader started for it again, a few times at most
        (quads already in are not doubled: the quad table is a set)."""
        self.isql(f"ld_dir('{folder}', '{pattern}', 'urn:unkg:unused');")
        failures: list[BaseException] = []

        def run() -> None:
            try:
                self.isql("rdf_loader_run();", timeout=timeout)
            except BaseException as err:  # noqa: BLE001 - reported by the caller's thread
                failures.append(err)

        def count(where: str) -> int:
            out = self.isql(f"SELECT COUNT(*) FROM DB.DBA.load_list WHERE {where};")
            return int(re.search(r"^\s*(\d+)\s*$", out, re.M).group(1))

        threads: list[threading.Thread] = []
        retries = 3 * max(1, count("ll_state = 0"))
        while True:
            threads = [t for t in threads if t.is_alive()]
            if failures:
                raise failures[0]
            stuck = count("ll_error LIKE '40001%'")
            if stuck and retries:
                self.isql("UPDATE DB.DBA.load_list SET ll_state = 0, ll_error = NULL WHERE ll_error LIKE '40001%';")
                retries -= 1
            waiting = count("ll_state = 0")
            if not waiting and not threads:
                break
            if waiting and len(threads) < loaders and count("ll_state = 1") >= len(threads):
                threads.append(threading.Thread(target=run))
                threads[-1].start()
            time.sleep(0.5 if len(threads) < loaders else 2)
        self.isql("checkpoint;", timeout=timeout)
        errors = self.isql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        return "" if "0 Rows" in errors else errors

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            try:
                subprocess.run([ISQL, str(self.sql), "dba", "dba", "exec=shutdown;"], capture_output=True, timeout=120)
                self.proc.wait(120)
            except (subprocess.TimeoutExpired, OSError):
                self.proc.terminate()
                self.proc.wait(30)


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


def same_answers(text: str, here: list[tuple[str, ...]], there: list[tuple[str, ...]]) -> bool:
    """Whether the embedded store's ``cells`` (here) and Virtuoso's (there) for the query ``text``
    agree, up to the differences listed above."""
    if empty_labels_on_virtuoso(text):  # the same rows, keyed by their first column
        here, there = sorted(r[0] for r in here), sorted(r[0] for r in there)
    return here == there
