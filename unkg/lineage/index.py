"""The near-duplicate index of every paragraph, in every language: where words first appeared.

Each paragraph (sub-paragraphs' words included) of each language version gets a MinHash signature
(``datasketch``, ``NUM_PERM`` permutations) of its three-word runs, numbers, years and symbols aside
(``unkg.lineage.text``); locality-sensitive hashing splits each signature into ``BANDS`` bands of
``ROWS`` values (datasketch's optimum for a Jaccard ``THRESHOLD``), so two paragraphs likely to be
near-duplicates share a band. Finding a paragraph's near-duplicates is then a few indexed lookups,
never a scan of every pair (DESIGN.md §8).

The index is an SQLite file, so it is persistent and incremental: ingesting a work replaces its
rows and nothing else. A local store keeps it in its directory (``lineage-index.sqlite``); for a
remote store it lives in the user's cache (``$XDG_CACHE_HOME/unkg/lineage/``), rebuilt from the
endpoint when it is missing (``unkg lineage --rebuild`` rebuilds it on demand). Each row keeps the
paragraph's words (compressed), so a candidate is checked against the real words without asking
the store.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from unkg.lineage.text import similarity, words
from unkg.lineage.units import WorkText, read_works

NUM_PERM = 64
THRESHOLD = 0.5  # the Jaccard of three-word runs at which LSH is tuned to find a pair
BANDS, ROWS = _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)
FILE = "lineage-index.sqlite"
VERSION = "2"
_MIX = np.uint64(0x9E3779B97F4A7C15)


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme="legacy").permutations  # datasketch's own (a, b) pairs
_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_WORD_HASH: dict[str, int] = {}


def _word_hashes(ws: tuple[str, ...]) -> np.ndarray:
    cache = _WORD_HASH
    out = np.empty(len(ws), dtype=np.uint64)
    for i, w in enumerate(ws):
        h = cache.get(w)
        if h is None:
            h = cache[w] = zlib.crc32(w.encode("utf-8"))
        out[i] = h
    return out


def shingle_hashes(ws: tuple[str, ...]) -> np.ndarray:
    """32-bit hashes of the text's three-word runs (a shorter text: of itself), mixed from the
    words' CRC-32 in numpy."""
    h = _word_hashes(ws)
    if len(h) < 3:
        h = np.concatenate([h, np.zeros(3 - len(h), dtype=np.uint64)]) if len(h) else np.zeros(3, dtype=np.uint64)
    with np.errstate(over="ignore"):
        mixed = (h[:-2] * np.uint64(0x9E3779B1) + h[1:-1] * np.uint64(0x85EBCA77) + h[2:]) * np.uint64(0xC2B2AE3D)
    return (mixed >> np.uint64(16)) & _MAX_HASH


def signatures(texts: list[tuple[str, ...]]) -> np.ndarray:
    """MinHash signatures of word sequences, one row each (uint32, ``NUM_PERM`` columns): the same
    values as datasketch's ``MinHash(scheme="legacy")`` fed the shingle hashes (its permutations,
    ``(a*h + b) mod (2^61-1)`` kept to 32 bits, least per permutation), computed for many texts at
    once in numpy instead of one object each (a test checks they agree)."""
    if not texts:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    parts = [shingle_hashes(ws) for ws in texts]
    sizes = np.array([len(p) for p in parts])
    flat = np.concatenate(parts)
    a, b = (np.asarray(x, dtype=np.uint64) for x in _PERMUTATIONS)
    out = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    step = 200_000
    row = 0
    while row < len(texts):  # a slice of rows at a time, to bound memory
        end = int(np.searchsorted(np.cumsum(sizes[row:]), step, side="right")) + row + 1
        end = min(max(end, row + 1), len(texts))
        lo, hi = starts[row], starts[end - 1] + sizes[end - 1]
        with np.errstate(over="ignore"):
            phv = ((flat[lo:hi, None] * a[None, :] + b[None, :]) % _PRIME) & _MAX_HASH
        out[row:end] = np.minimum.reduceat(phv, starts[row:end] - lo, axis=0)
        row = end
    return out


def band_hashes(sigs: np.ndarray) -> np.ndarray:
    """One 63-bit hash per band of each signature (rows x BANDS), mixed in numpy."""
    out = np.zeros((sigs.shape[0], BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for b in range(BANDS):
            h = np.full(sigs.shape[0], np.uint64(b + 1), dtype=np.uint64)
            for r in range(ROWS):
                h = (h ^ sigs[:, b * ROWS + r].astype(np.uint64)) * _MIX
                h ^= h >> np.uint64(29)
            out[:, b] = h
    return out & np.uint64(0x7FFFFFFFFFFFFFFF)


def index_path(store) -> Path:
    """Where the store's index lives: in a local store's directory, else in the user's cache."""
    path = getattr(store, "path", None)
    if path is not None:
        return Path(path) / FILE
    url = getattr(store, "url", None) or getattr(store, "endpoint", None) or store.minter.base
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "unkg" / "lineage"
    return cache / f"{hashlib.sha256(str(url).encode()).hexdigest()[:16]}.sqlite"


@dataclass
class Match:
    work: str  # IRI
    unit: str  # paragraph id (op:7)
    date: str
    similarity: float


class Index:
    """The SQLite near-duplicate index of one store."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.fresh = not path.exists()
        if read_only and self.fresh:
            self.db = sqlite3.connect(":memory:")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path)
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS paragraphs (
                id INTEGER PRIMARY KEY, work TEXT NOT NULL, unit TEXT NOT NULL, lang TEXT NOT NULL,
                date TEXT, sig BLOB NOT NULL, words TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS paragraphs_work ON paragraphs (work);
            CREATE TABLE IF NOT EXISTS bands (band INTEGER, hash INTEGER, id INTEGER, PRIMARY KEY (band, hash, id)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS bands_id ON bands (id);
            """
        )
        found = dict(self.db.execute("SELECT key, value FROM meta"))
        params = {"version": VERSION, "num_perm": str(NUM_PERM), "bands": str(BANDS), "rows": str(ROWS)}
        if found and found != params:  # made by another version: start again
            self.db.executescript("DELETE FROM bands; DELETE FROM paragraphs; DELETE FROM meta;")
            self.fresh = True
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", params.items())

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM paragraphs").fetchone()[0]

    # --- writing -----------------------------------------------------------------------------

    def remove(self, works: Iterable[str]) -> None:
        for w in works:
            self.db.execute("DELETE FROM bands WHERE id IN (SELECT id FROM paragraphs WHERE work = ?)", (w,))
            self.db.execute("DELETE FROM paragraphs WHERE work = ?", (w,))

    def add(self, works: Iterable[WorkText]) -> int:
        """Index the paragraphs of works (replacing what the index held of them); returns rows added."""
        rows: list[tuple[str, str, str, str | None, tuple[str, ...]]] = []
        works = list(works)
        self.remove(w.iri for w in works)
        for work in works:
            for lang, units in work.texts.items():
                for uid, text in units.items():
                    ws = work.words(lang, uid) if hasattr(work, "words") else words(text)
                    if ws:
                        rows.append((work.iri, uid, lang, work.date, ws))
        if not rows:
            return 0
        sigs = signatures([r[4] for r in rows])
        bands = band_hashes(sigs)
        (start,) = self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM paragraphs").fetchone()
        self.db.executemany(
            "INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(start + k, w, u, lang, d, sigs[k].tobytes(), " ".join(ws))
             for k, (w, u, lang, d, ws) in enumerate(rows)],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO bands VALUES (?, ?, ?)",
            [(b, int(bands[k, b]), start + k) for k in range(len(rows)) for b in range(BANDS)],
        )
        self.db.commit()
        return len(rows)

    # --- reading -----------------------------------------------------------------------------

    def earliest(self, ws: tuple[str, ...], lang: str, before: str, *, minimum: float, exclude: str | None = None) -> Match | None:
        """The earliest indexed paragraph in ``lang``, of a work dated before ``before``, whose
        words are at least ``minimum`` alike to ``ws`` (difflib's ratio); None when there is none."""
        if not ws:
            return None
        sig = signatures([ws])
        bands = band_hashes(sig)[0]
        ids: set[int] = set()
        for b in range(BANDS):
            ids.update(r[0] for r in self.db.execute("SELECT id FROM bands WHERE band = ? AND hash = ?", (b, int(bands[b]))))
        if not ids:
            return None
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT work, unit, date, sig, words FROM paragraphs WHERE id IN ({marks}) AND lang = ? AND date IS NOT NULL AND date < ? ORDER BY date, work, unit",
            (*ids, lang, before),
        ).fetchall()
        for work, unit, date, blob, packed in rows:
            if work == exclude:
                continue
            estimate = float(np.mean(np.frombuffer(blob, dtype=np.uint32) == sig[0]))
            if estimate < THRESHOLD / 2:
                continue
            other = tuple(packed.split(" "))
            sim = similarity(ws, other)
            if sim >= minimum:
                return Match(work, unit, date, round(sim, 4))
        return None


def open_index(store, *, read_only: bool = False) -> Index:
    return Index(index_path(store), read_only=read_only)


def update_index(store, works: set[str] | None = None) -> int:
    """Index the works ingested (IRIs), or every work of the store (``None``: a rebuild)."""
    index = open_index(store)
    try:
        if works is None:
            index.db.executescript("DELETE FROM bands; DELETE FROM paragraphs;")
            works = {row["w"].value for row in store.query("SELECT DISTINCT ?w WHERE { ?w frbr:realization ?e }")}
        added = 0
        ordered = sorted(works)
        for i in range(0, len(ordered), 100):
            chunk = ordered[i : i + 100]
            texts = read_works(store, chunk)
            index.remove(w for w in chunk if w not in texts)
            added += index.add(texts.values())
        return added
    finally:
        index.close()
