"""Ingest benchmark: the General Assembly's 78th session in AKN4UN XML, six languages.

    python benchmarks/bench_ingest.py [FOLDER ...] [--work DIR]

Ingests the folders (default: the six language folders of ``../shared/corpus/akn/ga/78session``)
into a fresh on-disk store with ``unkg.pipeline.ingest_paths``, then dumps the same quads as
N-Quads and times pyoxigraph alone bulk-loading that file into another fresh on-disk store, in
a separate process. Prints one table: files/s, triples/s, peak memory and store size of each,
and the ratio (target: the whole ingest within 2x of the bulk load).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
LANGS = ("Arabic", "Chinese", "English", "French", "Russian", "Spanish")


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


T = TypeVar("T")


def median_ms(run: Callable[[], T], runs: int) -> tuple[T, float]:
    """What ``run()`` gives, and the median milliseconds of ``runs`` calls (the benchmarks' one timer)."""
    times = []
    result = None
    for _ in range(max(1, runs)):
        t = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - t) * 1000)
    return result, statistics.median(times)


def peak_rss_mib() -> float:
    """The largest resident set of this process and of the worker processes it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) / 1024


def ingest(folders: list[Path], store_dir: Path) -> dict:
    from unkg.graph.stores import open_store
    from unkg.pipeline import expand, ingest_paths

    files = expand(folders)
    store = open_store(store_dir)
    t0 = time.perf_counter()
    summary = ingest_paths(files, store, keep_going=True)  # the corpus has a few files the reader refuses
    seconds = time.perf_counter() - t0
    quads = len(store)
    store.close()
    return {
        "files": summary.files,
        "documents": summary.documents,
        "refused": summary.failures,
        "quads": quads,
        "seconds": seconds,
        "peak_mib": peak_rss_mib(),
        "store_bytes": du(store_dir),
    }


BULK = """
import json, resource, sys, time
import pyoxigraph as ox
src, dest = sys.argv[1], sys.argv[2]
store = ox.Store(dest)
t0 = time.perf_counter()
store.bulk_load(path=src, format=ox.RdfFormat.N_QUADS)
store.flush()
store.optimize()
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "quads": len(store), "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def bulk_load(store_dir: Path, work: Path) -> dict:
    import pyoxigraph as ox

    dump = work / "dump.nq"
    store = ox.Store.read_only(str(store_dir / "oxigraph"))
    store.dump(str(dump), ox.RdfFormat.N_QUADS)
    del store
    dest = work / "bulk"
    out = subprocess.run([sys.executable, "-c", BULK, str(dump), str(dest)], check=True, capture_output=True, text=True)
    result = json.loads(out.stdout)
    result["store_bytes"] = du(dest)
    result["dump_bytes"] = dump.stat().st_size
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--work", type=Path, help="scratch directory (default: a temporary one, removed afterwards)")
    args = ap.parse_args()
    folders = args.folders or [CORPUS / "akn" / "ga" / "78session" / lang for lang in LANGS]
    work = args.work or Path(tempfile.mkdtemp(prefix="unkg-bench-"))
    store_dir = work / "store"
    if store_dir.exists():
        shutil.rmtree(store_dir)
    try:
        ours = ingest(folders, store_dir)
        bulk = bulk_load(store_dir, work)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    rows = [
        ("unkg ingest (read + link + build + store)", ours["files"], ours["quads"], ours["seconds"], ours["peak_mib"], ours["store_bytes"]),
        ("pyoxigraph bulk_load of the same N-Quads", ours["files"], bulk["quads"], bulk["seconds"], bulk["peak_mib"], bulk["store_bytes"]),
    ]
    print(f"{'run':44} {'files':>6} {'quads':>10} {'s':>8} {'files/s':>8} {'quads/s':>9} {'peak MiB':>9} {'store MiB':>9}")
    for name, files, quads, seconds, peak, size in rows:
        print(f"{name:44} {files:6d} {quads:10d} {seconds:8.1f} {files / seconds:8.1f} {quads / seconds:9.0f} {peak:9.0f} {size / 2**20:9.1f}")
    print(f"ratio ingest / bulk load: {ours['seconds'] / bulk['seconds']:.2f} (target <= 2.0); documents: {ours['documents']}; N-Quads dump: {bulk['dump_bytes'] / 2**20:.1f} MiB")
    for problem in ours["refused"]:
        print(f"refused: {problem}")


if __name__ == "__main__":
    main()
