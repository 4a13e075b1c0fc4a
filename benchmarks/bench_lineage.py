"""Lineage figures: diff of two long resolutions, origin of one work, and what the near-duplicate
index adds to an ingest. Prints one table.

    python benchmarks/bench_lineage.py [--store DIR] [--session-dir DIR]

``--store``: an existing store holding the WSIS series (default: one is built from the shared
corpus's ECOSOC 2021-2024 and GA digital resolutions in a temporary folder). ``--session-dir``: a
whole GA session of AKN files (unpacked from ../shared/corpus/scale/ga-74-80.tar.xz), ingested
twice, without and with lineage, to measure the index's share of the ingest.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from unkg import pipeline
from unkg.graph.stores import open_store
from unkg.lineage.compare import compare, origin
from unkg.lineage.graph import update_lineage
from unkg.lineage.index import update_index

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def timed(fn, n=5):
    runs = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store")
    ap.add_argument("--session-dir")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.store:
            s = open_store(args.store, create=False)
        else:
            s = open_store(Path(tmp) / "store")
            paths = [CORPUS / "akn" / "ecosoc" / y for y in ("2021", "2022", "2023", "2024")]
            paths += [CORPUS / "akn" / "ga" / f"{n}session" for n in (75, 76, 77, 79)]
            t = time.perf_counter()
            pipeline.ingest_paths(paths, s, keep_going=True)
            rows.append(("ingest ECOSOC 2021-24 + GA digital (with lineage)", f"{time.perf_counter() - t:.1f} s"))
        for lang in ("en", "zh", "ar"):
            rows.append((f"diff E/RES/2023/3 vs 2024/13 ({lang}, 120/134 paragraphs)", f"{timed(lambda: compare(s, 'E/RES/2023/3', 'E/RES/2024/13', lang).to_dict()):.3f} s"))
        rows.append(("origin E/RES/2024/13 (en)", f"{timed(lambda: origin(s, 'E/RES/2024/13', 'en')):.3f} s"))
        rows.append(("origin A/RES/79/194 (en)", f"{timed(lambda: origin(s, 'A/RES/79/194', 'en')):.3f} s"))
        t = time.perf_counter()
        update_lineage(s, None)
        rows.append(("lineage graphs recomputed whole", f"{time.perf_counter() - t:.1f} s"))
        t = time.perf_counter()
        n = update_index(s, None)
        rows.append((f"near-duplicate index rebuilt whole ({n} paragraph-languages)", f"{time.perf_counter() - t:.1f} s"))
        if args.session_dir:
            plain = open_store(Path(tmp) / "plain")
            original = pipeline.refresh_lineage
            pipeline.refresh_lineage = lambda *a, **k: None
            t = time.perf_counter()
            pipeline.ingest_paths([args.session_dir], plain, keep_going=True)
            base = time.perf_counter() - t
            pipeline.refresh_lineage = original
            t = time.perf_counter()
            works = {r["w"].value for r in plain.query("SELECT DISTINCT ?w WHERE { ?w frbr:realization ?e }")}
            update_index(plain, works)
            idx = time.perf_counter() - t
            rows.append(("whole-session ingest without lineage", f"{base:.1f} s"))
            rows.append(("near-duplicate index of that session", f"{idx:.1f} s ({100 * idx / base:.0f}% of the ingest)"))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  value")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
