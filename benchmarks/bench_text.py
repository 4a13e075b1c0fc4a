"""Text and PDF reader benchmark: the bulk texts and the official PDFs of the shared corpus.

    python benchmarks/bench_text.py [--texts DIR] [--pdfs DIR] [--limit N] [--warnings K]

Reads every ``.txt`` of ``../shared/corpus/bulk/ga-78-80`` (1,184 General Assembly resolutions and
drafts, sessions 78-80, as raw PDF text) with ``read_text`` and every PDF of
``../shared/corpus/digital/pdf`` with ``read_pdf``, and prints one table: files, seconds, files/s,
pages/s for the PDFs, how many were read, refused as not a resolution (NotAResolution) or failed,
and the share of the read ones that parse with no warning (``Record.warnings`` empty). ``--warnings K``
adds the K most frequent kinds of warning (numbers and quoted text folded), to see what to fix next.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(REPO))

from unkg.ingest.errors import IngestError, NotAResolution  # noqa: E402
from unkg.ingest.readers.pdf import read_pdf  # noqa: E402
from unkg.ingest.readers.text import read_text  # noqa: E402


def run(files: list[Path], reader) -> dict:
    stats = collections.Counter()
    kinds = collections.Counter()
    warnings = collections.Counter()
    failures: list[str] = []
    start = time.perf_counter()
    for path in files:
        try:
            record = reader(path)
        except NotAResolution:
            stats["refused"] += 1
            continue
        except IngestError as err:
            stats["failed"] += 1
            failures.append(str(err))
            continue
        stats["read"] += 1
        kinds[record.kind] += 1
        if not record.warnings:
            stats["clean"] += 1
        for w in record.warnings:
            warnings[re.sub(r"'[^']*'|\"[^\"]*\"|\d+|\([a-z]+\)", "…", w)] += 1
    seconds = time.perf_counter() - start
    return {"files": len(files), "seconds": seconds, "stats": stats, "kinds": kinds, "warnings": warnings,
            "failures": failures}


def pdf_pages(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in files:
        pdf = pdfium.PdfDocument(path)
        total += len(pdf)
        pdf.close()
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", type=Path, default=CORPUS / "bulk" / "ga-78-80")
    ap.add_argument("--pdfs", type=Path, default=CORPUS / "digital" / "pdf")
    ap.add_argument("--limit", type=int, default=0, help="read only the first N files of each set")
    ap.add_argument("--warnings", type=int, default=0, help="list the K most frequent kinds of warning")
    args = ap.parse_args()

    texts = sorted(args.texts.glob("*.txt"))
    pdfs = sorted(args.pdfs.glob("*.pdf"))
    if args.limit:
        texts, pdfs = texts[: args.limit], pdfs[: args.limit]
    rows = []
    results = {}
    for name, files, reader in (("text (read_text)", texts, read_text), ("PDF (read_pdf)", pdfs, read_pdf)):
        if not files:
            continue
        res = run(files, reader)
        results[name] = res
        s = res["stats"]
        read = s["read"]
        extra = ""
        if reader is read_pdf:
            n = pdf_pages(files)
            extra = f"{n / res['seconds']:.1f}"
        rows.append([
            name, str(res["files"]), f"{res['seconds']:.1f}", f"{res['files'] / res['seconds']:.1f}", extra or "-",
            str(read), str(s["refused"]), str(s["failed"]),
            f"{100 * s['clean'] / read:.1f}%" if read else "-",
        ])
    head = ["reader", "files", "seconds", "files/s", "pages/s", "read", "refused", "failed", "no warning"]
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    line = "  ".join(h.ljust(w) for h, w in zip(head, widths))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    for name, res in results.items():
        kinds = ", ".join(f"{k} {v}" for k, v in res["kinds"].most_common())
        print(f"\n{name}: kinds read: {kinds}")
        for f in res["failures"][:5]:
            print(f"  failed: {f}")
        if args.warnings:
            print(f"  most frequent warnings ({sum(res['warnings'].values())} in all):")
            for w, n in res["warnings"].most_common(args.warnings):
                print(f"  {n:5d}  {w[:110]}")


if __name__ == "__main__":
    main()
