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

from unkg.lineage.align import LineageError

__all__ = ["LineageError", "refresh"]


def refresh(store, changed: set[str] | None = None, generated_at: str | None = None):
    """Bring the lineage graphs and the near-duplicate index up to date after the works ``changed``
    (IRIs) were ingested; ``None`` rebuilds both from the whole store. Returns (LineageCounts, rows indexed)."""
    from unkg.lineage.graph import update_lineage
    from unkg.lineage.index import update_index

    counts = update_lineage(store, changed, generated_at)
    rows = update_index(store, changed)
    return counts, rows
