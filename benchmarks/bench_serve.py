"""Server benchmark: what ``unkg serve`` adds to a query, and how fast its pages and views answer.

    python benchmarks/bench_serve.py [--store DIR] [--corpus DIR] [--repeat 5]

Uses the store at ``--store`` (or ingests ``--corpus``, by default the ECOSOC 2022 AKN folder of
../shared/corpus, into a fresh one), starts ``unkg serve`` on a free port of 127.0.0.1 and times,
as medians over ``--repeat`` runs: each library query run in this process on the store directly
and through the endpoint (SPARQL JSON over HTTP), a capped 10,000-row SELECT, a work's HTML page
and its Turtle/JSON-LD description, the graph views, and how long a query past the timeout takes
to be stopped and the server to answer again. Prints one table.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "akn" / "ecosoc" / "2022"
WORK_PATH = "/unkg/doc/E/RES/2022/15"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, int]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            return r.status, len(r.read())
    except urllib.error.HTTPError as e:
        return e.code, len(e.read())


def median_time(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=3.0)
    args = ap.parse_args()

    from unkg.graph.stores import open_store

    tmp = tempfile.TemporaryDirectory(prefix="unkg-bench-serve-")
    store_dir = args.store
    if store_dir is None:
        from unkg.pipeline import expand, ingest_paths

        store_dir = Path(tmp.name) / "store"
        t0 = time.perf_counter()
        summary = ingest_paths(expand([args.corpus]), open_store(store_dir))
        print(f"ingested {summary.files} files ({summary.triples} triples) in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    store = open_store(store_dir, create=False, read_only=True)
    quads = len(store)

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(Path(tmp.name) / "serve.log", "wb")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "unkg.cli", "serve", "--store", str(store_dir), "--port", str(port), "--timeout", str(args.timeout)],
        stdout=log, stderr=subprocess.STDOUT, cwd=REPO, env={**os.environ},
    )
    rows: list[tuple[str, str, str, str]] = []
    try:
        while True:
            try:
                if fetch(url + "/sparql")[0] == 200:
                    break
            except OSError:
                time.sleep(0.05)
            if proc.poll() is not None or time.perf_counter() - started > 120:
                raise SystemExit(f"unkg serve did not start: {(Path(tmp.name) / 'serve.log').read_text()}")
        rows.append(("server start (2 workers)", f"{time.perf_counter() - started:.2f} s", "", ""))

        from unkg.queries import list_queries

        for q in list_queries():
            direct, n = median_time(lambda: sum(1 for _ in store.query(q.text)), args.repeat)
            http, (status, size) = median_time(
                lambda: fetch(url + "/sparql", urlencode({"query": q.text}).encode(), {"Accept": "application/sparql-results+json"}), args.repeat
            )
            rows.append((f"query {q.name}", f"{direct * 1000:.1f} ms", f"{http * 1000:.1f} ms", f"{n} rows, HTTP {status}, {size:,} B"))

        big = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20000"
        t, (status, size) = median_time(lambda: fetch(url + "/sparql?" + urlencode({"query": big})), args.repeat)
        rows.append(("SELECT capped at 10,000 rows (JSON)", "", f"{t * 1000:.1f} ms", f"HTTP {status}, {size:,} B"))
        t, (status, size) = median_time(lambda: fetch(url + "/sparql?" + urlencode({"query": big, "format": "tsv"})), args.repeat)
        rows.append(("SELECT capped at 10,000 rows (TSV)", "", f"{t * 1000:.1f} ms", f"HTTP {status}, {size:,} B"))

        for label, path, accept in (
            ("work page, HTML (zh)", WORK_PATH + "?lang=zh", "text/html"),
            ("work page, HTML (en)", WORK_PATH + "?lang=en", "text/html"),
            ("work, Turtle", WORK_PATH, "text/turtle"),
            ("work, JSON-LD", WORK_PATH, "application/ld+json"),
            ("body page, HTML", "/unkg/body/ecosoc", "text/html"),
            ("view citations", "/views/citations", "text/html"),
            ("view bodies", "/views/bodies", "text/html"),
            ("view timeline", "/views/timeline", "text/html"),
            ("view ego (2 hops)", "/views/ego?" + urlencode({"iri": "https://w3id.org/unkg/doc/E/RES/2022/15"}), "text/html"),
        ):
            t, (status, size) = median_time(lambda: fetch(url + path, headers={"Accept": accept}), args.repeat)
            rows.append((label, "", f"{t * 1000:.1f} ms", f"HTTP {status}, {size:,} B"))

        endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        t0 = time.perf_counter()
        status, _ = fetch(url + "/sparql?" + urlencode({"query": endless}))
        stopped = time.perf_counter() - t0
        t0 = time.perf_counter()
        after = fetch(url + "/sparql?" + urlencode({"query": "ASK { ?s ?p ?o }"}))[0]
        again = time.perf_counter() - t0
        rows.append((f"query past --timeout {args.timeout:g} s", "", f"{stopped:.2f} s", f"HTTP {status}; next query {again * 1000:.0f} ms (HTTP {after})"))
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()

    print(f"unkg serve on {quads:,} quads ({store_dir}); medians of {args.repeat} runs")
    widths = [max(len(r[i]) for r in rows + [("what", "direct", "through server", "answer")]) for i in range(4)]
    header = ("what", "direct", "through server", "answer")
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))
    print(json.dumps({"quads": quads}), file=sys.stderr)


if __name__ == "__main__":
    main()
