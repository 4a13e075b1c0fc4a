"""Link-stage benchmark: the whole 78th General Assembly session (AKN, six languages).

    python benchmarks/bench_link.py [--folder DIR] [--limit N]

Reads every AKN file under ``../shared/corpus/akn/ga/78session`` (reading is not timed), then times
``unkg.ingest.link.link`` on each Record (mentions, events, addressees, figures, typed citations)
and prints one table per language: files, ms per file (mean, median, 95th percentile, max) and what
the stage found (mentions, events, addressees, figures, citations with a relation). The first
record of each language also pays for compiling that language's matcher; it is reported apart.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(REPO))

from unkg.ingest import read  # noqa: E402
from unkg.ingest.errors import IngestError  # noqa: E402
from unkg.ingest.link import link  # noqa: E402
from unkg.record import Record  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=CORPUS / "akn" / "ga" / "78session")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    files = sorted(args.folder.rglob("*.xml"))
    if args.limit:
        files = files[: args.limit]
    times: dict[str, list[float]] = defaultdict(list)
    first: dict[str, float] = {}
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    failed = 0
    for path in files:
        try:
            records = [r for r in read(path) if isinstance(r, Record)]
        except IngestError:
            failed += 1
            continue
        for record in records:
            t = time.perf_counter()
            link(record)
            ms = (time.perf_counter() - t) * 1000
            lang = record.language
            if lang not in first:
                first[lang] = ms
            else:
                times[lang].append(ms)
            f = found[lang]
            f[0] += 1
            f[1] += len(record.mentions)
            f[2] += len(record.events)
            f[3] += len(record.addressees)
            f[4] += len(record.statistics)
            f[5] += sum(c.relation is not None for c in record.citations)
    print(f"{len(files)} files in {args.folder.name}, {failed} not read\n")
    print(f"{'lang':4} {'files':>5} {'first ms':>8} {'mean':>7} {'median':>7} {'p95':>7} {'max':>7} "
          f"{'mentions':>8} {'events':>6} {'addr':>5} {'figures':>7} {'typed cit':>9}")
    every: list[float] = []
    for lang in sorted(found):
        ts = sorted(times[lang]) or [first[lang]]
        every.extend(times[lang])
        f = found[lang]
        print(f"{lang:4} {f[0]:5d} {first[lang]:8.0f} {statistics.mean(ts):7.1f} {statistics.median(ts):7.1f} "
              f"{ts[int(0.95 * (len(ts) - 1))]:7.1f} {ts[-1]:7.1f} {f[1]:8d} {f[2]:6d} {f[3]:5d} {f[4]:7d} {f[5]:9d}")
    if every:
        print(f"\nall: {len(every) + len(first)} records, {statistics.mean(every):.1f} ms per file after the first "
              f"of each language, {(sum(every) + sum(first.values())) / 1000:.1f} s in all")


if __name__ == "__main__":
    main()
