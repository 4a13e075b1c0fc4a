"""The near-duplicate index of every paragraph, in every language: where words first appeared; and
what lineage keeps of each work between ingests.

Each paragraph (sub-paragraphs' words included) of each language version gets a MinHash signature
of ``NUM_PERM`` values over its three-word runs, numbers, years and symbols aside
(``unkg.lineage.text``); locality-sensitive hashing splits each signature into ``BANDS`` bands of
``ROWS`` values (datasketch's optimum for a Jaccard ``THRESHOLD``), so two paragraphs likely to be
near-duplicates share a band. Finding a paragraph's near-duplicates is then a few indexed lookups,
never a scan of every pair (DESIGN.md §8).

The signatures are computed for many paragraphs at once in numpy: the words of all texts are
numbered once, each word hashed once (CRC-32), each three-word run's hash mixed from its words'
over the whole flat array, and each of the ``NUM_PERM`` hash functions is a multiply-add-shift
(Dietzfelbinger's 2-universal scheme: ``(a*x + b) mod 2^64``, the high 32 bits), which numpy runs
without the costly modulo of a prime.

The index is an SQLite file, so it is persistent and incremental: ingesting a work replaces its
rows and nothing else, and a work whose texts, titles, date and citations are unchanged (the same
digest) is not indexed again. A local store keeps it in its directory (``lineage-index.sqlite``);
for a remote store it lives in the user's cache (``$XDG_CACHE_HOME/unkg/lineage/``), rebuilt from
the endpoint when it is missing (``unkg lineage`` rebuilds it on demand). Each row keeps the
paragraph's words, so a candidate is checked against the real words without asking the store.

Beside the paragraphs it keeps what finding the series needs of each work (``unkg.lineage.series``):
its symbol, date and titles, and which earlier work of its kind each of its paragraphs cites, with
the decisions taken on them, so an ingest reads only the works it wrote.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import zlib
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from unkg.graph.stores import LocalStore
from unkg.graph.stores.local import open_kept_facts
from unkg.lineage.text import similarity, words
from unkg.lineage.units import WorkText, read_works

NUM_PERM = 64
THRESHOLD = 0.5  # the Jaccard of three-word runs at which LSH is tuned to find a pair
# datasketch's optimal bands and rows for THRESHOLD and NUM_PERM, false positives and negatives
# weighted alike (``datasketch.lsh._optimal_param(0.5, 64, 0.5, 0.5)``, which a test checks): kept
# as numbers, so indexing in a worker process does not import datasketch and scipy
BANDS, ROWS = 14, 4
FILE = "lineage-index.sqlite"
VERSION = "3"
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SEED = 1
_rng = np.random.default_rng(_SEED)
_A = _rng.integers(1, 1 << 63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd multipliers
_B = _rng.integers(0, 1 << 63, size=NUM_PERM, dtype=np.uint64)
_MAX_HASH = np.uint64((1 << 32) - 1)


def _flat_words(texts: list[tuple[str, ...]]) -> tuple[np.ndarray, np.ndarray]:
    """Every text's words as one array of 32-bit word hashes (CRC-32 of each distinct word, computed
    once), and each text's length."""
    vocab: dict[str, int] = defaultdict(itertools.count().__next__)
    ids = np.fromiter(itertools.chain.from_iterable(map(vocab.__getitem__, ws) for ws in texts), dtype=np.int64)
    crc = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in vocab), dtype=np.uint64, count=len(vocab))
    return crc[ids], np.fromiter((len(ws) for ws in texts), dtype=np.int64, count=len(texts))


def shingle_hashes(texts: list[tuple[str, ...]]) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of each text's three-word runs (a shorter text: of itself, padded with zeros),
    as one flat array, and where each text's runs start in it."""
    h, sizes = _flat_words(texts)
    padded = np.maximum(sizes, 3)
    if np.any(padded != sizes):  # short texts: padded with zero words, as a run of three
        ends = np.cumsum(padded)
        full = np.zeros(int(ends[-1]), dtype=np.uint64)
        starts = ends - padded
        offsets = np.repeat(starts, sizes) + (np.arange(len(h)) - np.repeat(np.cumsum(sizes) - sizes, sizes))
        full[offsets] = h
        h = full
    ends = np.cumsum(padded)
    with np.errstate(over="ignore"):
        mixed = (h[:-2] * np.uint64(0x9E3779B1) + h[1:-1] * np.uint64(0x85EBCA77) + h[2:]) * np.uint64(0xC2B2AE3D)
    mixed = (mixed >> np.uint64(16)) & _MAX_HASH
    # the runs of each text: from its first word to its third-last (runs across two texts are dropped)
    keep = np.ones(len(mixed), dtype=bool)
    last = ends - 2  # first run index that would cross into the next text
    for k in (0, 1):
        cut = last[:-1] + k
        keep[cut[cut < len(keep)]] = False
    runs = padded - 2
    return mixed[keep], np.concatenate([[0], np.cumsum(runs)[:-1]])


def signatures(texts: list[tuple[str, ...]]) -> np.ndarray:
    """MinHash signatures of word sequences, one row each (uint32, ``NUM_PERM`` columns): for each
    hash function ``(a*x + b) mod 2^64 >> 32``, the least value over the text's three-word runs."""
    if not texts:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    flat, starts = shingle_hashes(list(texts))
    out = np.empty((NUM_PERM, len(texts)), dtype=np.uint32)
    h = np.empty_like(flat)
    with np.errstate(over="ignore"):
        for i in range(NUM_PERM):  # one hash function at a time over every run: flat arrays, no temporaries
            np.multiply(flat, _A[i], out=h)
            h += _B[i]
            h >>= np.uint64(32)
            out[i] = np.minimum.reduceat(h, starts)
    return np.ascontiguousarray(out.T)


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


def band_keys(bands: np.ndarray) -> np.ndarray:
    """Each band hash as one signed 64-bit SQLite key: the band's number in the top bits."""
    return (bands.astype(np.int64) >> np.int64(6)) ^ (np.arange(BANDS, dtype=np.int64) << np.int64(57))[None, :]


def _prepared(ws: list[tuple[str, ...]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    sigs = signatures(ws)
    return [" ".join(w) for w in ws], sigs, band_hashes(sigs)


def prepare(texts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """What indexing computes of texts: their words (joined by spaces), MinHash signatures and band
    hashes. Pure, so large batches run in worker processes (``update_index``)."""
    return _prepared([words(t) for t in texts])


def index_path(store) -> Path:
    """Where the store's index lives: in a local store's directory, else in the user's cache."""
    if isinstance(store, LocalStore):
        return Path(store.path) / FILE
    # a remote store's ``path`` is its URL (what commands print), never a folder to write in
    url = getattr(store, "path", None) or getattr(store, "url", None) or store.minter.base
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "unkg" / "lineage"
    return cache / f"{hashlib.sha256(str(url).encode()).hexdigest()[:16]}.sqlite"


def digest(work: WorkText) -> str:
    """What the index holds of a work, as one hash: the same digest, nothing to index again."""
    h = hashlib.sha1()
    h.update(repr((work.date, sorted(work.titles.items()), sorted(work.cites))).encode())
    for lang in sorted(work.texts):
        for uid, text in sorted(work.texts[lang].items()):
            h.update(f"\x00{lang}\x00{uid}\x00{text}".encode())
    return h.hexdigest()


@dataclass
class Match:
    work: str  # IRI
    unit: str  # paragraph id (op:7)
    date: str
    similarity: float


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS works (work TEXT PRIMARY KEY, symbol TEXT, date TEXT, digest TEXT NOT NULL, first INTEGER, last INTEGER);
CREATE TABLE IF NOT EXISTS titles (work TEXT NOT NULL, lang TEXT NOT NULL, title TEXT NOT NULL, PRIMARY KEY (work, lang)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS citations (
    work TEXT NOT NULL, unit TEXT NOT NULL, cited TEXT NOT NULL, gap INTEGER, joins INTEGER,
    PRIMARY KEY (work, unit, cited)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS citations_cited ON citations (cited);
CREATE TABLE IF NOT EXISTS paragraphs (
    id INTEGER PRIMARY KEY, work TEXT NOT NULL, unit TEXT NOT NULL, lang TEXT NOT NULL,
    date TEXT, sig BLOB NOT NULL, words TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS paragraphs_work ON paragraphs (work, unit);
CREATE TABLE IF NOT EXISTS bands (key INTEGER, id INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
"""


def _setup(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA cache_size=-65536")  # 64 MiB of pages: inserting into the bands' B-tree stays in memory
    db.executescript(_SCHEMA)
    db.execute("SELECT key, value FROM meta").fetchall()  # an unreadable file fails here


class Index:
    """The SQLite near-duplicate index of one store, with what series finding keeps of each work."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.fresh = not path.exists()
        self.read_only = read_only
        params = {"version": VERSION, "num_perm": str(NUM_PERM), "bands": str(BANDS), "rows": str(ROWS)}
        if read_only:
            if self.fresh:
                self.db = sqlite3.connect(":memory:")
                self.db.executescript(_SCHEMA)
                return
            self.db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                found = dict(self.db.execute("SELECT key, value FROM meta"))
            except sqlite3.DatabaseError:
                found = {}
            if {k: found.get(k) for k in params} != params:  # made by another version (or not at all): as if there were none
                self.db.close()
                self.db = sqlite3.connect(":memory:")
                self.db.executescript(_SCHEMA)
                self.fresh = True
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = open_kept_facts(path, _setup)
        found = dict(self.db.execute("SELECT key, value FROM meta"))
        if {k: found.get(k) for k in params} != params:  # made by another version: start again
            self.clear()
            self.fresh = True
        self.db.commit()

    def clear(self) -> None:
        """Empty every table: the next ``add`` indexes every work it is given."""
        self.db.executescript("""
            DROP TABLE IF EXISTS bands; DROP TABLE IF EXISTS paragraphs; DROP TABLE IF EXISTS citations;
            DROP TABLE IF EXISTS titles; DROP TABLE IF EXISTS works; DELETE FROM meta;""")
        self.db.executescript(_SCHEMA)
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
            ("version", VERSION), ("num_perm", str(NUM_PERM)), ("bands", str(BANDS)), ("rows", str(ROWS))])

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        self.db.commit()

    def close(self) -> None:
        if not self.read_only:
            self.db.commit()
        self.db.close()

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM paragraphs").fetchone()[0]

    # --- writing -----------------------------------------------------------------------------

    def remove(self, works: Iterable[str]) -> None:
        """Forget works: their paragraphs, bands, titles and citations (one pass over the bands)."""
        works = list(works)
        if not works:
            return
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS gone (id INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM gone")
        for w in works:
            db.execute("INSERT OR IGNORE INTO gone SELECT id FROM paragraphs WHERE work = ?", (w,))
            for table in ("paragraphs", "titles", "citations", "works"):
                db.execute(f"DELETE FROM {table} WHERE work = ?", (w,))
        if db.execute("SELECT EXISTS (SELECT 1 FROM gone)").fetchone()[0]:
            db.execute("DELETE FROM bands WHERE id IN (SELECT id FROM gone)")
        db.execute("UPDATE citations SET joins = NULL WHERE cited IN (%s)" % ",".join("?" * len(works)), works)

    def plan(self, works: Iterable[WorkText], *, force: bool = False) -> tuple[list[WorkText], list[tuple[str, str, str]]]:
        """The works to index (those whose digest is not the one indexed, or all when ``force``)
        and their paragraph-language rows ``(work, unit, language)`` with some text."""
        works = list(works)
        known = dict(self.db.execute("SELECT work, digest FROM works WHERE work IN (%s)" % ",".join("?" * len(works)), [w.iri for w in works])) if works else {}
        todo = [w for w in works if force or known.get(w.iri) != digest(w)]
        rows = [(w.iri, uid, lang) for w in todo for lang, units in w.texts.items() for uid, text in units.items() if text.strip()]
        return todo, rows

    def write(self, todo: list[WorkText], rows: list[tuple[str, str, str]], packed: list[str], sigs: np.ndarray, bands: np.ndarray) -> int:
        """Replace what the index holds of the works ``todo`` with their rows (their words, joined
        by spaces, signatures and band hashes, as ``prepare`` gives them); returns rows written."""
        db = self.db
        self.remove(w.iri for w in todo)
        keep = [k for k, words_ in enumerate(packed) if words_]  # a text of punctuation only has no words
        dates = {w.iri: w.date for w in todo}
        (start,) = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM paragraphs").fetchone()
        ids = {k: start + i for i, k in enumerate(keep)}
        ranges: dict[str, list[int]] = {}
        for k in keep:
            ranges.setdefault(rows[k][0], [ids[k], ids[k]])[1] = ids[k]
        db.executemany(
            "INSERT INTO works VALUES (?, ?, ?, ?, ?, ?)",
            [(w.iri, w.symbol, w.date, digest(w), *ranges.get(w.iri, (None, None))) for w in todo],
        )
        db.executemany("INSERT INTO titles VALUES (?, ?, ?)", [(w.iri, lang, t) for w in todo for lang, t in w.titles.items()])
        db.executemany("INSERT OR IGNORE INTO citations VALUES (?, ?, ?, NULL, NULL)", [(w.iri, u, c) for w in todo for u, c in w.cites if c != w.iri])
        if keep:
            db.executemany(
                "INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(ids[k], rows[k][0], rows[k][1], rows[k][2], dates[rows[k][0]], sigs[k].tobytes(), packed[k]) for k in keep],
            )
            # one key per band (the band in the top bits), inserted in key order so the B-tree is
            # written along, not at random
            kept = np.asarray(keep)
            keys = band_keys(bands[kept])
            flat_ids = np.repeat(np.fromiter((ids[k] for k in keep), dtype=np.int64, count=len(keep)), BANDS)
            flat = keys.ravel()
            order = np.lexsort((flat_ids, flat))
            db.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)", zip(flat[order].tolist(), flat_ids[order].tolist()))
        return len(keep)

    def add(self, works: Iterable[WorkText], *, force: bool = False) -> tuple[set[str], int]:
        """Index works (replacing what the index held of them), skipping those whose digest is the
        one indexed unless ``force``; returns (the works indexed, paragraph-language rows added)."""
        todo, rows = self.plan(works, force=force)
        if not todo:
            return set(), 0
        by_iri = {w.iri: w for w in todo}
        ws = [by_iri[w].words(lang, uid) for w, uid, lang in rows]
        packed, sigs, bands = _prepared(ws)
        n = self.write(todo, rows, packed, sigs, bands)
        self.db.commit()
        return {w.iri for w in todo}, n

    # --- what series finding reads and decides -------------------------------------------------

    def works(self) -> list[tuple[str, str, str | None]]:
        """(work, symbol, date) of every work indexed."""
        return self.db.execute("SELECT work, symbol, date FROM works").fetchall()

    def titles(self) -> list[tuple[str, str, str]]:
        """(work, language, title) of every work indexed."""
        return self.db.execute("SELECT work, lang, title FROM titles").fetchall()

    def citations(self) -> list[tuple[str, str, str, int | None, int | None]]:
        """(work, unit, cited, gap, joins) of every citation indexed: ``gap`` and ``joins`` are
        the decisions series finding took on it (None: not taken yet, or to take again)."""
        return self.db.execute("SELECT work, unit, cited, gap, joins FROM citations").fetchall()

    def decide(self, column: str, decisions: list[tuple[int, str, str, str]]) -> None:
        """Keep decisions: ``(value, work, unit, cited)`` for ``column`` (gap or joins)."""
        assert column in ("gap", "joins")
        self.db.executemany(f"UPDATE citations SET {column} = ? WHERE work = ? AND unit = ? AND cited = ?", decisions)
        if not self.read_only:
            self.db.commit()

    def unit_words(self, units: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict[str, tuple[str, ...]]]:
        """The words of paragraphs by (work, unit), in each language indexed."""
        out: dict[tuple[str, str], dict[str, tuple[str, ...]]] = defaultdict(dict)
        for w, u in set(units):
            for lang, packed in self.db.execute("SELECT lang, words FROM paragraphs WHERE work = ? AND unit = ?", (w, u)):
                out[w, u][lang] = tuple(packed.split(" "))
        return out

    # --- reading -----------------------------------------------------------------------------

    def earliest(self, ws: tuple[str, ...], lang: str, before: str, *, minimum: float, exclude: str | None = None) -> Match | None:
        """The earliest indexed paragraph in ``lang``, of a work dated before ``before``, whose
        words are at least ``minimum`` alike to ``ws`` (difflib's ratio); None when there is none."""
        if not ws:
            return None
        sig = signatures([ws])
        keys = band_keys(band_hashes(sig))[0]
        ids: set[int] = set()
        for key in keys.tolist():
            ids.update(r[0] for r in self.db.execute("SELECT id FROM bands WHERE key = ?", (key,)))
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


def all_works(store) -> list[str]:
    """Every work the store holds a language version of."""
    return sorted({row["w"].value for row in store.query("SELECT DISTINCT ?w WHERE { ?w frbr:realization ?e }")})


def worker_pool(items: int, threshold: int, workers: int | None = None):
    """Worker processes for ``items`` pieces of work, and how many: ``workers``, or by default one
    per core (at most four) from ``threshold`` items on; no pool when one process will do. Spawned,
    never forked: the caller holds the open store."""
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if items >= threshold else 1
    if workers <= 1:
        return None, 1
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")), workers


PARALLEL = 100  # works to index from which worker processes compute words and signatures
CHUNK = 40  # works read, then indexed, at a time


def update_index(store, works: set[str] | None = None, index: Index | None = None, *,
                 keep: dict[str, WorkText] | None = None, workers: int | None = None) -> tuple[set[str], int]:
    """Index the works ingested (IRIs), or every work of the store (``None``: a rebuild, also when
    the index is missing or was made by another version). Returns (the works indexed anew: those
    whose texts changed, paragraph-language rows added); ``keep``, if given, receives their texts.

    The store is read here while ``workers`` processes (default: one per core, at most four, for
    ``PARALLEL`` works or more) compute the words and signatures of the works read before, and
    this process writes the index: reading, computing and writing overlap."""
    own = index is None
    index = index or open_index(store)
    pool = None
    try:
        force = works is None or index.fresh
        if force:
            index.clear()
            works = set(all_works(store))
        ordered = sorted(works)
        pool, workers = worker_pool(len(ordered), PARALLEL, workers)
        changed: set[str] = set()
        added = 0
        pending: deque = deque()

        def write(todo: list[WorkText], rows: list[tuple[str, str, str]], prepared) -> int:
            packed, sigs, bands = prepared.result() if hasattr(prepared, "result") else prepared
            if keep is not None:
                by_iri = {w.iri: w for w in todo}
                for (w, uid, lang), words_ in zip(rows, packed):
                    by_iri[w]._words[lang, uid] = tuple(words_.split(" ")) if words_ else ()
                keep.update(by_iri)
            return index.write(todo, rows, packed, sigs, bands)

        for i in range(0, len(ordered), CHUNK):
            chunk = ordered[i : i + CHUNK]
            texts = read_works(store, chunk, empty=True)
            gone = [w for w in chunk if w not in texts]
            if gone:
                index.remove(gone)
                changed |= set(gone)
            todo, rows = index.plan(texts.values(), force=force)
            if not todo:
                continue
            changed |= {w.iri for w in todo}
            strings = [texts[w].texts[lang][uid] for w, uid, lang in rows]
            pending.append((todo, rows, pool.submit(prepare, strings) if pool else prepare(strings)))
            while len(pending) > (workers if pool else 0):
                added += write(*pending.popleft())
        while pending:
            added += write(*pending.popleft())
        index.db.commit()  # one transaction: an index is never half updated
        index.fresh = False
        return changed, added
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        if own:
            index.close()
