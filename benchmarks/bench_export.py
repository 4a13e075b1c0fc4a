"""Export and push benchmark: the whole AKN corpus (``../shared/corpus/akn``) in every format.

    python benchmarks/bench_export.py [--store DIR] [--formats nq,trig,nt,ttl,jsonld] [--work DIR]

Uses the store at ``--store`` (or ingests ``../shared/corpus/akn`` into a fresh one), then, each
in its own process so peak memory is its own: the dataset description alone (VoID + DCAT), each
format without and with it (statements/s, CPU seconds, peak RSS, file size), ``unkg push`` to a local ``oxigraph serve``
(triples/s), and, in the same run, ``oxigraph load`` of the N-Quads export into a fresh directory.
Prints one table.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
BIN = Path(sys.executable).parent

CHILD = """
import json, resource, sys, time
from unkg.graph.stores import open_store
what, store_dir, arg = sys.argv[1], sys.argv[2], sys.argv[3]
store = open_store(store_dir, create=False, read_only=True)
t0, c0 = time.perf_counter(), time.process_time()
if what == "describe":
    from unkg.export.describe import describe
    n = len(describe(store))
elif what == "export":
    from unkg.export.formats import export
    n = export(store, arg).statements
elif what == "export-bare":  # the data alone, without the description: the streaming part
    from unkg.export.formats import export
    n = export(store, arg, describe_dataset=False).statements
elif what == "push":
    from unkg.export.push import push
    from unkg.graph.stores import RemoteStore
    n = push(store, RemoteStore(arg)).triples
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
print(json.dumps({"seconds": seconds, "cpu": cpu, "n": n, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(what: str, store: Path, arg: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, what, str(store), arg], check=True, capture_output=True, text=True, cwd=REPO)
    return json.loads(out.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ingest(store: Path) -> None:
    from unkg.graph.stores import open_store
    from unkg.pipeline import ingest_paths

    s = open_store(store)
    t0 = time.perf_counter()
    summary = ingest_paths([CORPUS / "akn"], s, keep_going=True)
    print(f"ingested {summary.files} files ({len(summary.failures)} skipped), {len(s)} quads in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    s.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, help="an existing unkg store (default: ingest the AKN corpus into a fresh one)")
    ap.add_argument("--formats", default="nq,trig,nt,ttl,jsonld")
    ap.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="unkg-bench-export-"))
    work.mkdir(parents=True, exist_ok=True)
    store = args.store
    if store is None:
        store = work / "store"
        ingest(store)

    import pyoxigraph as ox

    quads = len(ox.Store.read_only(str(store / "oxigraph")))
    rows = []
    r = child("describe", store, "-")
    rows.append(("VoID + DCAT description", quads, r["seconds"], r["cpu"], r["peak_mib"], 0))
    for fmt in args.formats.split(","):
        path = work / f"unkg.{fmt}"
        r = child("export-bare", store, str(path))
        rows.append((f"export {fmt} (data only)", r["n"], r["seconds"], r["cpu"], r["peak_mib"], path.stat().st_size))
        r = child("export", store, str(path))
        rows.append((f"export {fmt} (with description: the full export)", r["n"], r["seconds"], r["cpu"], r["peak_mib"], path.stat().st_size))

    # push to a local oxigraph server, and oxigraph's own loader on the same N-Quads, same run
    port = free_port()
    server = subprocess.Popen([str(BIN / "oxigraph"), "serve", "--location", str(work / "served"), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        r = child("push", store, f"http://127.0.0.1:{port}/query")
        rows.append(("push to oxigraph serve (GSP PUT per graph)", r["n"], r["seconds"], r["cpu"], r["peak_mib"], 0))
        r2 = child("push", store, f"http://127.0.0.1:{port}/query")
        rows.append(("push again (all graphs unchanged)", quads, r2["seconds"], r2["cpu"], r2["peak_mib"], 0))
    finally:
        server.terminate()
        server.wait(30)
    nq = work / "unkg.nq"
    if not nq.exists():
        child("export", store, str(nq))
    t0 = time.perf_counter()
    subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(work / "loaded"), "--file", str(nq)], check=True, capture_output=True)
    rows.append(("oxigraph load of unkg.nq (native, for comparison)", quads, time.perf_counter() - t0, float("nan"), float("nan"), 0))

    print(f"\nstore: {quads} quads; scratch: {work}\n")
    # CPU seconds (the process's own) hold still on a shared machine, where wall seconds vary
    print(f"| {'step':<52} | {'statements':>10} | {'seconds':>8} | {'CPU s':>7} | {'per second':>10} | {'peak MiB':>8} | {'file MiB':>8} |")
    print(f"|{'-' * 54}|{'-' * 12}|{'-' * 10}|{'-' * 9}|{'-' * 12}|{'-' * 10}|{'-' * 10}|")
    for name, n, seconds, cpu, peak, size in rows:
        rate = n / seconds if seconds else 0
        print(f"| {name:<52} | {n:>10} | {seconds:>8.1f} | {cpu:>7.1f} | {rate:>10.0f} | {peak:>8.0f} | {size / 2**20:>8.1f} |")


if __name__ == "__main__":
    main()
