"""The whole record: the General Assembly's repository (sessions 74-80, ES-10) and the Security
Council's resolutions 2020-2023, as the UN publishes them.

    python benchmarks/bench_record.py [--work DIR] [--sessions 75,76,77,79,80] [--runs 5] [--skip-bulk]

Unpacks ``../shared/corpus/scale/*.tar.xz`` into ``--work`` (kept there and reused: a second run
starts from the unpacked trees and the built store), ingests the GA sessions asked for (default
75-80: the issue's store; 78 is read from ``../shared/corpus/akn/ga/78session``) with
``unkg.pipeline.ingest_paths``, and prints one table:

- ingest: files, documents, quads, seconds, peak memory, and the same quads bulk-loaded by
  Oxigraph alone (the ratio's target: 2.0 at most);
- adding one document to the large store (read, link, build, store, summary update);
- every library query's median latency over ``--runs`` (target: 200 ms), first page only for
  queries that list a whole store (their LIMIT);
- every view's build time (target: 5 s).

The Security Council's tree is ingested into a store of its own (its symbols, S/RES/2722 (2024)).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest import CORPUS, LANGS, bulk_load, du, ingest  # noqa: E402

QUERY_TARGET_MS = 200
VIEW_TARGET_S = 5.0


def unpack(work: Path) -> tuple[Path, Path]:
    """The GA and SC trees under ``work`` (unpacked once)."""
    trees = []
    for name in ("ga-74-80", "sc-2020-2023"):
        dest = work / name
        if not (dest / ".unpacked").exists():
            shutil.rmtree(dest, ignore_errors=True)
            dest.mkdir(parents=True)
            with tarfile.open(CORPUS / "scale" / f"{name}.tar.xz") as tar:
                tar.extractall(dest, filter="data")
            (dest / ".unpacked").write_text("")
        trees.append(dest)
    return trees[0], trees[1]


def ga_folders(ga: Path, sessions: list[str]) -> list[Path]:
    folders = []
    for session in sessions:
        base = CORPUS / "akn" / "ga" / "78session" if session == "78" else ga / f"{session}session"
        folders.extend(base / lang for lang in LANGS if (base / lang).is_dir())
    return folders


def time_queries(store, runs: int) -> list[tuple[str, int, float]]:
    from unkg.queries import list_queries

    out = []
    for q in list_queries():
        times, rows = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            rows = sum(1 for _ in store.query(q.text))
            times.append((time.perf_counter() - t) * 1000)
        out.append((q.name, rows, statistics.median(times)))
    return out


def time_views(store) -> list[tuple[str, float]]:
    from unkg.views import render_view

    out = []
    for kind in ("citations", "bodies", "timeline", "ego"):
        t = time.perf_counter()
        try:
            render_view(store, kind, iri=store.minter.work("A/RES/79/194") if kind == "ego" else None)
        except Exception as err:  # a view the store cannot draw is reported, not fatal to the table
            print(f"view {kind}: {err}", file=sys.stderr)
            continue
        out.append((kind, time.perf_counter() - t))
    return out


def add_one(store_dir: Path, path: Path) -> float:
    """Seconds to ingest one more document into the large store, in a process of its own."""
    code = (
        "import sys, time\nfrom unkg.graph.stores import open_store\nfrom unkg.pipeline import ingest_paths\n"
        "s = open_store(sys.argv[1]); t = time.perf_counter(); ingest_paths([sys.argv[2]], s); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(store_dir), str(path)], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path.home() / ".cache" / "unkg-bench-record")
    ap.add_argument("--sessions", default="75,76,77,78,79,80")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-bulk", action="store_true", help="do not time Oxigraph's bulk load of the same quads")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    ga, sc = unpack(args.work)
    store_dir = args.work / "store-ga"
    built = (store_dir / "unkg-store.json").exists()
    if not built:
        folders = ga_folders(ga, args.sessions.split(","))
        folders.append(ga / "data_extract")
        ours = ingest(folders, store_dir)
        print(f"| run | files | documents | quads | s | peak MiB | store MiB |\n|---|---:|---:|---:|---:|---:|---:|")
        print(f"| unkg ingest GA {args.sessions} | {ours['files']} | {ours['documents']} | {ours['quads']:,} | {ours['seconds']:.0f} | "
              f"{ours['peak_mib']:.0f} | {ours['store_bytes'] / 2**20:.0f} |")
        if not args.skip_bulk:
            bulk = bulk_load(store_dir, args.work)
            print(f"| Oxigraph bulk load, same quads | | | {bulk['quads']:,} | {bulk['seconds']:.0f} | {bulk['peak_mib']:.0f} | "
                  f"{bulk['store_bytes'] / 2**20:.0f} |")
            print(f"\nratio ingest / bulk load: {ours['seconds'] / bulk['seconds']:.2f} (target <= 2.0)")
        skipped: dict[str, int] = {}
        for problem in ours["refused"]:
            reason = problem.split(": ", 2)[-1].split(" (")[0][:60]
            skipped[reason] = skipped.get(reason, 0) + 1
        for reason, n in sorted(skipped.items(), key=lambda kv: -kv[1]):
            print(f"skipped {n}: {reason}")
    else:
        print(f"reusing the store in {store_dir}")

    one = next((CORPUS / "akn" / "ecosoc" / "2022" / "English").glob("E_RES_2022_15-*.xml"))
    print(f"\nadding one document (E/RES/2022/15, en) to the store: {add_one(store_dir, one):.1f} s")

    from unkg.graph.stores import open_store

    store = open_store(store_dir, read_only=True)
    print(f"\n{len(store):,} quads\n\n| query | rows | median ms | under {QUERY_TARGET_MS} ms |\n|---|---:|---:|---|")
    slow = 0
    for name, rows, ms in time_queries(store, args.runs):
        slow += ms >= QUERY_TARGET_MS
        print(f"| {name} | {rows} | {ms:.0f} | {'yes' if ms < QUERY_TARGET_MS else 'NO'} |", flush=True)
    print(f"\n| view | build s | under {VIEW_TARGET_S:.0f} s |\n|---|---:|---|")
    for kind, seconds in time_views(store):
        slow += seconds >= VIEW_TARGET_S
        print(f"| {kind} | {seconds:.2f} | {'yes' if seconds < VIEW_TARGET_S else 'NO'} |", flush=True)
    print(f"\n{slow} over target; store on disk {du(store_dir) / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
