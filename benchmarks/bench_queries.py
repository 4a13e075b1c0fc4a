"""Latency of every library query and build time and size of every graph view, on the whole AKN tree.

    python benchmarks/bench_queries.py STORE_DIR [--corpus DIR] [--runs 5]

Builds the store once into STORE_DIR from every file of the corpus's ``akn/`` tree (AKN4UN XML in
six languages and the UN's data_extract JSON), and reuses it when it is already there. Prints one
table: each query's median latency over ``--runs`` runs (all rows fetched) and its row count,
then each view's build time (SPARQL, networkx, pyvis) and HTML size. Targets: every query under
200 ms median, every view under 5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

QUERY_TARGET_MS = 200
VIEW_TARGET_S = 5.0


def build(store_dir: Path, corpus: Path):
    from unkg.graph.stores import open_store
    from unkg.pipeline import expand, ingest_paths

    fresh = not (store_dir / "unkg-store.json").exists()
    store = open_store(store_dir)
    if fresh:
        files = expand([corpus / "akn"])
        t = time.perf_counter()
        summary = ingest_paths(files, store, keep_going=True)
        store.optimize()
        print(f"built the store: {summary.documents} documents from {summary.files} files, {summary.triples:,} triples "
              f"in {time.perf_counter() - t:.0f} s ({len(summary.failures)} files skipped)", flush=True)
    else:
        print(f"reusing the store in {store_dir}", flush=True)
    return store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, help="store directory (built when missing, reused when present)")
    default_corpus = os.environ.get("UNKG_CORPUS", str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    parser.add_argument("--corpus", type=Path, default=Path(default_corpus), help="the corpus folder (holding akn/)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--views", default="citations,citations=E/RES/2022/15,bodies,bodies=CSTD,series,series=E/RES/2022/15,timeline,timeline=ITU,ego=E/RES/2022/15",
                        help="views to time, each KIND or KIND=FOCUS (comma-separated, or none)")
    parser.add_argument("--skip", default="", help="queries not to run (comma-separated): a query cannot be interrupted once started")
    args = parser.parse_args()

    from unkg.queries import list_queries
    from unkg.views.render import render_view

    store = build(args.store, args.corpus)
    print(f"{len(store):,} quads in {sum(1 for _ in store.graphs()):,} named graphs\n", flush=True)

    print(f"| query | rows | median ms | min ms | under {QUERY_TARGET_MS} ms |")
    print("|---|---:|---:|---:|---|")
    slow = 0
    skip = set(filter(None, args.skip.split(",")))
    for q in list_queries():
        if q.name in skip:
            print(f"| {q.name} | skipped | | | |", flush=True)
            continue
        times, rows = [], 0
        for _ in range(args.runs):
            t = time.perf_counter()
            rows = sum(1 for _ in store.query(q.text))
            times.append((time.perf_counter() - t) * 1000)
        median = statistics.median(times)
        slow += median >= QUERY_TARGET_MS
        print(f"| {q.name} | {rows} | {median:.0f} | {min(times):.0f} | {'yes' if median < QUERY_TARGET_MS else 'NO'} |", flush=True)

    views = [v for v in args.views.split(",") if v and v != "none"]
    if views:
        print(f"\n| view | build s | HTML KiB | nodes | under {VIEW_TARGET_S:.0f} s |")
        print("|---|---:|---:|---:|---|")
    for view in views:
        kind, _, focus = view.partition("=")
        t = time.perf_counter()
        page = render_view(store, kind, iri=focus or None)
        seconds = time.perf_counter() - t
        nodes = page.count('"shape": "')
        slow += seconds >= VIEW_TARGET_S
        print(f"| {view} | {seconds:.2f} | {len(page.encode()) // 1024} | {nodes} | {'yes' if seconds < VIEW_TARGET_S else 'NO'} |", flush=True)
    print(f"\n{slow} over target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
