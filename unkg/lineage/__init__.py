"""Lineage (DESIGN.md §8): series of recurring works, what changed between two works paragraph by
paragraph, and where each paragraph's words first appeared.

- ``series.find_series``: which works recur as a series, in order, with known gaps;
- ``align.align``: which paragraph of NEW continues which of OLD, language-neutrally;
- ``graph.update_lineage``: the series and alignments as named graphs, updated after each ingest;
- ``index``: the near-duplicate (MinHash/LSH) index of every paragraph, beside the store;
- ``compare.compare`` / ``compare.origin``: what ``unkg diff`` and ``unkg origin`` print;
- ``render``: a comparison side by side as text or HTML.
"""

from __future__ import annotations

from unkg.lineage.errors import LineageError

__all__ = ["LineageError", "refresh"]

KEEP = 1000  # works whose texts one refresh keeps in memory between indexing and aligning them


def refresh(store, changed: set[str] | None = None, generated_at: str | None = None):
    """Bring the near-duplicate index and the lineage graphs up to date after the works ``changed``
    (IRIs) were ingested; ``None`` rebuilds both from the whole store (so does a missing index, or
    one made by another version). Works whose texts, titles, date and citations are what the index
    holds are skipped. Returns (LineageCounts, paragraph-language rows indexed)."""
    from unkg.lineage.graph import update_lineage
    from unkg.lineage.index import open_index, update_index

    index = open_index(store)
    try:
        rebuild = changed is None or index.fresh
        # the texts just read are aligned without reading them again (not for a whole store's)
        texts = {} if not rebuild and len(changed) <= KEEP else None
        indexed, rows = update_index(store, None if rebuild else set(changed), index, keep=texts)
        counts = update_lineage(store, index, None if rebuild else indexed, generated_at, texts)
    finally:
        index.close()
    return counts, rows
