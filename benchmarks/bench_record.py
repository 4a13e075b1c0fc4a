"""The whole record: the General Assembly's repository (sessions 74-80, ES-10) and the Security
Council's resolutions 2020-2023, as the UN publishes them.

    python benchmarks/bench_record.py [--work DIR] [--sessions 75,76,77,79,80] [--runs 5] [--skip-bulk]
                                      [--store DIR] [--virtuoso [--virtuoso-gb 4] [--loaders 1]]

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

``--store DIR`` measures a store built already, opened read-only: nothing is unpacked, built or
added to it (the Oxigraph bulk load, if asked for, dumps it into ``--work``).

``--virtuoso`` moves the store to a server engine built for larger graphs and compares: the store
is exported as N-Quads (``--work``/virtuoso/unkg.nq.gz, kept and reused), bulk-loaded into
Virtuoso Open Source 7 (``ld_dir``, ``rdf_loader_run()``, ``checkpoint``; its database in
``--work``/virtuoso/db, about ``--virtuoso-gb`` GB of buffers; ``--loaders 2`` splits the export
and runs two loaders at once, which on 7.2 deadlock on this data again and again: one is faster),
the load list checked for errors and the quad count for the export's, then every library query is
run with its default parameters on both engines (Oxigraph embedded, Virtuoso over its HTTP SPARQL
endpoint through unkg's remote store) and the answers compared as tests/export/test_virtuoso.py
does. The query table then gives both engines' medians and whether the answers are the same.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # the repo: tests.export.virtuoso

from bench_ingest import CORPUS, LANGS, bulk_load, du, ingest, median_ms  # noqa: E402

from unkg.ingest.errors import skip_reason  # noqa: E402

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
        rows, ms = median_ms(lambda: sum(1 for _ in store.query(q.text)), runs)
        out.append((q.name, rows, ms))
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


def time_answers(store, text: str, runs: int) -> tuple[list[tuple[str, ...]], float]:
    """The answer as comparable cells (tests.export.virtuoso.cells) and the median ms to get it."""
    from tests.export.virtuoso import cells

    return median_ms(lambda: cells(store.query(text)), runs)


def oxigraph_bulk(store_dir: Path, work: Path) -> dict:
    """Oxigraph's bulk load of the store's quads (bench_ingest.bulk_load), kept in ``work``/bulk.json
    and reused for the same store."""
    kept = work / "bulk.json"
    if kept.exists():
        bulk = json.loads(kept.read_text())
        if bulk.get("store") == str(store_dir.resolve()):
            return bulk
    bulk = bulk_load(store_dir, work)
    bulk["store"] = str(store_dir.resolve())
    kept.write_text(json.dumps(bulk))
    return bulk


def split_export(export: Path, parts: int) -> tuple[list[Path], int]:
    """The gzip N-Quads ``export`` as ``parts`` plain N-Quads files beside it (blocks of lines dealt
    in turn, so each loader gets as much), and the number of quads; one part is the export itself."""
    folder = export.parent / "load"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    if parts <= 1:
        with gzip.open(export, "rb") as f:
            n = sum(1 for line in f if line.strip() and not line.startswith(b"#"))
        (folder / export.name).hardlink_to(export)
        return [folder / export.name], n
    outs = [open(folder / f"part-{i}.nq", "wb") for i in range(parts)]
    n, block = 0, 200_000
    with gzip.open(export, "rb") as f:
        for line in f:
            if line.strip() and not line.startswith(b"#"):
                outs[(n // block) % parts].write(line)
                n += 1
    for out in outs:
        out.close()
    return [Path(out.name) for out in outs], n


def peak_mib(pid: int) -> float:
    """The largest resident set so far of a process we started (VmHWM)."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) / 1024


def virtuoso_compare(store, store_dir: Path, work: Path, args, bulk: dict | None) -> int:
    """Load the store into Virtuoso, run the query library on both engines; prints the tables and
    returns how many queries answer differently (refusals and differences already known, in
    tests/export/virtuoso.py, are not counted)."""
    from tests.export.virtuoso import (BUFFERS_PER_GB, ISQL, MISSING, VIRTUOSO, VIRTUOSO_DIFFERS, VIRTUOSO_REFUSES, Virtuoso,
                                       same_answers)
    from unkg.export.formats import export
    from unkg.graph.stores import StoreError, open_store
    from unkg.queries import bind, list_queries

    if VIRTUOSO is None or ISQL is None:
        print(MISSING, file=sys.stderr)
        return 1
    folder = work / "virtuoso"
    folder.mkdir(parents=True, exist_ok=True)
    dump = folder / "unkg.nq.gz"
    if not dump.exists():
        t = time.perf_counter()
        export(store, dump)
        print(f"\nunkg export, N-Quads gzip: {time.perf_counter() - t:.0f} s, {dump.stat().st_size / 2**20:.0f} MiB")
    else:
        print(f"\nreusing the export {dump} ({dump.stat().st_size / 2**20:.0f} MiB)")
    t = time.perf_counter()
    files, lines = split_export(dump, args.loaders)
    print(f"split into {len(files)} file(s) for {args.loaders} loader(s): {time.perf_counter() - t:.0f} s, {lines:,} quads")

    db = folder / "db"
    shutil.rmtree(db, ignore_errors=True)
    buffers = int(args.virtuoso_gb * BUFFERS_PER_GB)
    v = Virtuoso(db, buffers=buffers).start()
    try:
        before = v.quads()
        t = time.perf_counter()
        errors = v.load(files[0].parent, "*.nq*", loaders=args.loaders, timeout=6 * 3600)
        seconds = time.perf_counter() - t
        loaded = v.quads() - before
        size = sum(f.stat().st_size for f in db.glob("virtuoso*.db"))
        print(f"\n| load | quads | s | quads/s | peak MiB | database MiB |\n|---|---:|---:|---:|---:|---:|")
        print(f"| Virtuoso 7 bulk loader, {args.loaders} loader(s), {buffers:,} buffers | {loaded:,} | {seconds:.0f} | "
              f"{loaded / seconds:,.0f} | {peak_mib(v.proc.pid):.0f} | {size / 2**20:.0f} |")
        if bulk:
            print(f"| Oxigraph bulk load (bench_ingest) | {bulk['quads']:,} | {bulk['seconds']:.0f} | "
                  f"{bulk['quads'] / bulk['seconds']:,.0f} | {bulk['peak_mib']:.0f} | {bulk['store_bytes'] / 2**20:.0f} |")
        bad = 0
        if errors:
            print(f"load list errors: {errors}")
            bad += 1
        if loaded != lines:
            print(f"quad count differs: {loaded:,} in Virtuoso, {lines:,} in the export")
            bad += 1

        remote = open_store(v.url)
        print(f"\n| query | rows | Oxigraph median ms | under {QUERY_TARGET_MS} ms | Virtuoso median ms | answers |\n"
              f"|---|---:|---:|---|---:|---|")
        for q in list_queries():
            text = bind(q)
            here, ms_here = time_answers(store, text, args.runs)
            try:
                there, ms_there = time_answers(remote, text, args.runs)
            except StoreError as err:
                known = q.name in VIRTUOSO_REFUSES
                bad += not known
                verdict, ms_there = f"refused{' (known)' if known else ''}: {str(err).splitlines()[0].split('Error ')[-1][:80]}", None
            else:
                ok = same_answers(text, here, there)
                known = q.name in VIRTUOSO_DIFFERS
                bad += not ok and not known
                verdict = "same" if ok else f"differs (known: {VIRTUOSO_DIFFERS[q.name]})" if known else f"DIFFERS ({len(there)} rows there)"
            print(f"| {q.name} | {len(here)} | {ms_here:.0f} | {'yes' if ms_here < QUERY_TARGET_MS else 'NO'} | "
                  f"{'' if ms_there is None else f'{ms_there:.0f}'} | {verdict} |", flush=True)
        print(f"\nVirtuoso peak memory after the queries: {peak_mib(v.proc.pid):.0f} MiB; {bad} problem(s)")
        return bad
    finally:
        v.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path.home() / ".cache" / "unkg-bench-record")
    ap.add_argument("--sessions", default="75,76,77,78,79,80")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-bulk", action="store_true", help="do not time Oxigraph's bulk load of the same quads")
    ap.add_argument("--store", type=Path, help="measure this store, built already, read-only (nothing unpacked, built or added)")
    ap.add_argument("--virtuoso", action="store_true", help="also bulk-load the store into Virtuoso and compare every library query")
    ap.add_argument("--virtuoso-gb", type=float, default=4.0, help="memory for Virtuoso's buffers, GB (85,000 buffers a GB)")
    ap.add_argument("--loaders", type=int, default=1,
                    help="rdf_loader_run() at once, each on a part of the export (two deadlock on Virtuoso 7.2: retried)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    bulk = None
    store_dir = args.store or args.work / "store-ga"
    built = (store_dir / "unkg-store.json").exists()
    if args.store:
        print(f"measuring the store in {store_dir}, read-only")
    elif not built:
        ga, sc = unpack(args.work)
        folders = ga_folders(ga, args.sessions.split(","))
        folders.append(ga / "data_extract")
        ours = ingest(folders, store_dir)
        print(f"| run | files | documents | quads | s | peak MiB | store MiB |\n|---|---:|---:|---:|---:|---:|---:|")
        print(f"| unkg ingest GA {args.sessions} | {ours['files']} | {ours['documents']} | {ours['quads']:,} | {ours['seconds']:.0f} | "
              f"{ours['peak_mib']:.0f} | {ours['store_bytes'] / 2**20:.0f} |")
        if not args.skip_bulk:
            bulk = oxigraph_bulk(store_dir, args.work)
            print(f"| Oxigraph bulk load, same quads | | | {bulk['quads']:,} | {bulk['seconds']:.0f} | {bulk['peak_mib']:.0f} | "
                  f"{bulk['store_bytes'] / 2**20:.0f} |")
            print(f"\nratio ingest / bulk load: {ours['seconds'] / bulk['seconds']:.2f} (target <= 2.0)")
        skipped: dict[str, int] = {}
        for problem in ours["refused"]:
            reason = skip_reason(problem)  # as `unkg ingest` counts them
            skipped[reason] = skipped.get(reason, 0) + 1
        for reason, n in sorted(skipped.items(), key=lambda kv: -kv[1]):
            print(f"skipped {n}: {reason}")
    else:
        print(f"reusing the store in {store_dir}")
    if args.virtuoso and bulk is None and not args.skip_bulk:
        bulk = oxigraph_bulk(store_dir, args.work)

    if not args.store:
        one = next((CORPUS / "akn" / "ecosoc" / "2022" / "English").glob("E_RES_2022_15-*.xml"))
        print(f"\nadding one document (E/RES/2022/15, en) to the store: {add_one(store_dir, one):.1f} s")

    from unkg.graph.stores import open_store

    store = open_store(store_dir, read_only=True)
    print(f"\n{len(store):,} quads")
    slow = 0
    if not args.virtuoso:
        print(f"\n| query | rows | median ms | under {QUERY_TARGET_MS} ms |\n|---|---:|---:|---|")
        for name, rows, ms in time_queries(store, args.runs):
            slow += ms >= QUERY_TARGET_MS
            print(f"| {name} | {rows} | {ms:.0f} | {'yes' if ms < QUERY_TARGET_MS else 'NO'} |", flush=True)
    print(f"\n| view | build s | under {VIEW_TARGET_S:.0f} s |\n|---|---:|---|")
    for kind, seconds in time_views(store):
        slow += seconds >= VIEW_TARGET_S
        print(f"| {kind} | {seconds:.2f} | {'yes' if seconds < VIEW_TARGET_S else 'NO'} |", flush=True)
    print(f"\n{slow} over target; store on disk {du(store_dir) / 2**20:.0f} MiB")
    if args.virtuoso:
        return 1 if virtuoso_compare(store, store_dir, args.work, args, bulk) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
