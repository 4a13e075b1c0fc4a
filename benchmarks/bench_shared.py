"""Store the structure the six language versions share once? Measure it before adopting it.

    python benchmarks/bench_shared.py STORE [--work DIR] [--runs 5]

STORE is a store built by ``unkg ingest`` (opened read-only: nothing in it changes). Each work's
language graphs of one source (``graph/A/RES/78/1/{ar,zh,en,fr,ru,es}/akn``) repeat what the
versions share: types, numbers, ``isPartOf``, citations, addressees. The benchmark counts those
repeats, then writes a second store laid out the other way (the triples every language graph of
a work holds, once, in ``graph/SYMBOL/shared/SOURCE``; each language graph keeps only what is its
own: texts, titles, its reading's provenance) with Oxigraph's bulk loader, and runs every library
query with its default parameters on both, printing one table: quads, store size, and per query
the median time on each layout and whether the rows are the same.

The library's queries read some facts inside one language graph (``GRAPH ?g { ... ?g
dcterms:language ?l }``), so on the second layout they answer otherwise until rewritten: the
table says which.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest import du, median_ms  # noqa: E402
from unkg.graph.stores import LocalStore  # noqa: E402
from unkg.queries import bind, list_queries  # noqa: E402

LANGS = {"ar", "zh", "en", "fr", "ru", "es"}


def language_graphs(store: LocalStore) -> dict[tuple[str, str], list[str]]:
    """(work path, source) -> its language graphs: ``{base}graph/{symbol}/{lang}/{source}``."""
    prefix = store.minter.graph("", None, "").rsplit("/", 1)[0]  # "{base}graph" whatever the base
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g in store.graphs():
        head, _, source = g.rpartition("/")
        work, _, lang = head.rpartition("/")
        if g.startswith(prefix) and lang in LANGS:
            groups[(work, source)].append(g)
    return groups


def relayout(store: LocalStore, out: Path) -> dict[str, int]:
    """Write the shared-once layout of ``store`` as N-Quads into ``out``; count what moved."""
    counts = Counter()
    groups = language_graphs(store)
    grouped = {g for graphs in groups.values() for g in graphs}
    with out.open("wb") as f:
        for (work, source), graphs in groups.items():
            per_graph = {g: list(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(g))) for g in graphs}
            seen = Counter(ox.Triple(q.subject, q.predicate, q.object) for qs in per_graph.values() for q in qs)
            shared = {t for t, n in seen.items() if n == len(graphs)} if len(graphs) > 1 else set()
            shared_graph = ox.NamedNode(f"{work}/shared/{source}")
            quads = [ox.Quad(t.subject, t.predicate, t.object, shared_graph) for t in shared]
            for g, qs in per_graph.items():
                counts["quads in language graphs"] += len(qs)
                quads += [q for q in qs if ox.Triple(q.subject, q.predicate, q.object) not in shared]
            counts["works with several languages"] += len(graphs) > 1
            counts["shared triples (stored once)"] += len(shared)
            counts["quads saved"] += len(shared) * (len(graphs) - 1)
            ox.serialize(quads, f, ox.RdfFormat.N_QUADS)
        batch: list[ox.Quad] = []
        for q in store.ox:  # the reference, summary, lineage and description graphs, as they are
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value in grouped:
                continue
            batch.append(q)
            if len(batch) >= 100_000:
                ox.serialize(batch, f, ox.RdfFormat.N_QUADS)
                counts["quads in other graphs"] += len(batch)
                batch = []
        ox.serialize(batch, f, ox.RdfFormat.N_QUADS)
        counts["quads in other graphs"] += len(batch)
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--work", type=Path, help="where the second store goes (default: a temporary folder, removed)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    store = LocalStore(args.store, create=False, read_only=True)
    work = args.work or Path(tempfile.mkdtemp(prefix="unkg-shared-"))
    work.mkdir(parents=True, exist_ok=True)
    dump = work / "shared-once.nq"
    t0 = time.perf_counter()
    counts = relayout(store, dump)
    relayout_s = time.perf_counter() - t0
    other = LocalStore(work / "store", base=store.base)
    other.ox.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    other.ox.optimize()
    rows = [("quads", f"{len(store):,}", f"{len(other):,}", ""),
            ("store size (MB)", f"{du(args.store / 'oxigraph') / 1e6:,.0f}", f"{du(work / 'store' / 'oxigraph') / 1e6:,.0f}", "")]
    rows += [(k, "", f"{v:,}", "") for k, v in counts.items()]
    rows.append(("relayout (s)", "", f"{relayout_s:.0f}", ""))
    for q in list_queries():
        text = bind(q)
        store.query(text), other.query(text)  # warm-up
        a, a_ms = median_ms(lambda: sorted(map(str, store.query(text))), args.runs)
        b, b_ms = median_ms(lambda: sorted(map(str, other.query(text))), args.runs)
        rows.append((f"query {q.name} (ms)", f"{a_ms:.0f}", f"{b_ms:.0f}", "same" if a == b else f"differs ({len(a)} vs {len(b)} rows)"))
    width = max(len(r[0]) for r in rows)
    print(f"{'':{width}}  {'per language':>14}  {'shared once':>14}  answers")
    for name, a, b, note in rows:
        print(f"{name:{width}}  {a:>14}  {b:>14}  {note}")
    if not args.work:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
