"""Lineage figures: diffs, origin, the library's lineage queries, and lineage's share of an ingest.
Prints one table, with the machine's load (medians of ``--runs``).

    python benchmarks/bench_lineage.py [--store DIR] [--session-dir DIR] [--add FILE] [--rebuild] [--runs 5]

``--store``: an existing store (a copy: ``--add`` and ``--rebuild`` write to it). Default: one built
from the shared corpus's ECOSOC 2021-2024 and GA digital resolutions in a temporary folder. On it:
the diff of the WSIS resolutions 2023/3 and 2024/13 in three languages, the diff of the stored
comparison whose later work has the number of paragraphs nearest 150, ``origin`` of the latest
WSIS resolution and of the longest work, and the ``paragraph-history`` and ``changes`` queries.

``--rebuild``: time ``unkg lineage`` (the index and every comparison recomputed) on the store.
``--add FILE``: time ingesting one more document into the store, and the lineage part of it.
``--session-dir``: a whole GA session (AKN files, all languages), ingested into a fresh store
without lineage, then the lineage refresh of what it wrote: the near-duplicate index's and the
lineage graphs' share of the ingest (issue #12's target: the index adds at most 25%).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from unkg import pipeline
from unkg.graph.stores import open_store
from unkg.lineage import refresh
from unkg.lineage.compare import compare, origin
from unkg.lineage.graph import update_lineage
from unkg.lineage.index import open_index, update_index
from unkg.queries import bind

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def timed(fn, n=5):
    runs = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f} (5 min: {five:.1f}) on {os.cpu_count()} cores"


def longest_comparisons(store) -> list[tuple[str, str, int]]:
    """(earlier, later, paragraphs of the later) of every comparison the lineage graphs hold."""
    rows = store.query("""SELECT ?old ?new (COUNT(DISTINCT ?p) AS ?n) WHERE {
        GRAPH ?g { ?c a unkg:Comparison ; unkg:comparisonOf ?new ; unkg:comparedWith ?old .
                   { ?c unkg:newParagraph ?p } UNION { ?p prov:qualifiedDerivation ?r } } } GROUP BY ?old ?new""")
    m = store.minter
    return [(m.symbol_of(r["old"].value), m.symbol_of(r["new"].value), int(r["n"].value)) for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store")
    ap.add_argument("--session-dir")
    ap.add_argument("--add")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    n = args.runs
    rows = [("machine at start", load())]
    with tempfile.TemporaryDirectory() as tmp:
        if args.store:
            s = open_store(args.store, create=False)
        else:
            s = open_store(Path(tmp) / "store")
            paths = [CORPUS / "akn" / "ecosoc" / y for y in ("2021", "2022", "2023", "2024")]
            paths += [CORPUS / "akn" / "ga" / f"{k}session" for k in (75, 76, 77, 79)]
            t = time.perf_counter()
            pipeline.ingest_paths(paths, s, keep_going=True)
            rows.append(("ingest ECOSOC 2021-24 + GA digital (with lineage)", f"{time.perf_counter() - t:.1f} s"))
        if args.rebuild:
            t = time.perf_counter()
            counts, indexed = refresh(s)
            rows.append((f"lineage rebuilt whole: {counts.series} series, {counts.aligned} comparisons, {indexed:,} paragraph-languages indexed",
                         f"{time.perf_counter() - t:.1f} s"))
        have = {r["w"].value for r in s.query('SELECT ?w WHERE { VALUES ?id { "E/RES/2023/3" "E/RES/2024/13" } ?w dcterms:identifier ?id ; frbr:realization ?e }')}
        if len(have) == 2:
            for lang in ("en", "zh", "ar"):
                rows.append((f"diff E/RES/2023/3 -> 2024/13 ({lang}, 120/134 paragraphs)", f"{timed(lambda: compare(s, 'E/RES/2023/3', 'E/RES/2024/13', lang).to_dict(), n):.3f} s"))
            rows.append(("origin E/RES/2024/13 (en)", f"{timed(lambda: origin(s, 'E/RES/2024/13', 'en'), n):.3f} s"))
        pairs = longest_comparisons(s)
        if pairs:
            old, new, size = min(pairs, key=lambda p: (abs(p[2] - 150), p[1]))
            rows.append((f"diff {old} -> {new} (en, {size} paragraphs)", f"{timed(lambda: compare(s, old, new, 'en').to_dict(), n):.3f} s"))
            old, new, size = max(pairs, key=lambda p: (p[2], p[1]))
            rows.append((f"diff {old} -> {new} (en, {size} paragraphs: the longest)", f"{timed(lambda: compare(s, old, new, 'en').to_dict(), n):.3f} s"))
            rows.append((f"origin {new} (en, {size} paragraphs)", f"{timed(lambda: origin(s, new, 'en'), n):.3f} s"))
            history = bind("paragraph-history", {"paragraph": s.minter.part(new, "op:1")})
            rows.append((f"query paragraph-history ({new} op 1)", f"{1000 * timed(lambda: list(s.query(history)), n):.0f} ms"))
            changes = bind("changes", {"old": old, "new": new})
            rows.append((f"query changes ({old} -> {new})", f"{1000 * timed(lambda: list(s.query(changes)), n):.0f} ms"))
            rows.append((f"  ({len(pairs)} comparisons in the store)", ""))
        if args.add:
            timings: dict[str, float] = {}
            original = pipeline.refresh_lineage

            def measured(*a, **k):
                t0 = time.perf_counter()
                try:
                    return original(*a, **k)
                finally:
                    timings["lineage"] = time.perf_counter() - t0

            pipeline.refresh_lineage = measured
            t = time.perf_counter()
            pipeline.ingest_paths([args.add], s)
            total = time.perf_counter() - t
            pipeline.refresh_lineage = original
            rows.append((f"add one document ({Path(args.add).name}) to the store", f"{total:.1f} s, of which lineage {timings.get('lineage', 0):.1f} s"))
        if args.session_dir:
            plain = open_store(Path(tmp) / "plain")
            original = pipeline.refresh_lineage
            pipeline.refresh_lineage = lambda *a, **k: None
            t = time.perf_counter()
            pipeline.ingest_paths([args.session_dir], plain, keep_going=True)
            base = time.perf_counter() - t
            pipeline.refresh_lineage = original
            rows.append(("whole-session ingest without lineage", f"{base:.1f} s ({load()})"))
            works = {r["w"].value for r in plain.query("SELECT DISTINCT ?w WHERE { ?w frbr:realization ?e }")}
            index = open_index(plain)
            texts: dict = {}
            t = time.perf_counter()
            changed, indexed = update_index(plain, works, index, keep=texts)
            idx = time.perf_counter() - t
            t = time.perf_counter()
            counts = update_lineage(plain, index, changed, None, texts)
            graphs = time.perf_counter() - t
            index.close()
            rows.append((f"near-duplicate index of that session ({indexed:,} paragraph-languages)", f"{idx:.1f} s ({100 * idx / base:.0f}% of the ingest)"))
            rows.append((f"series and alignments of that session ({counts.series} series, {counts.aligned} aligned)", f"{graphs:.1f} s ({100 * graphs / base:.0f}% of the ingest)"))
    rows.append(("machine at end", load()))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  value")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
