"""Where the graph lives: the embedded on-disk Oxigraph store (the default, DESIGN.md §5).

A store is a directory holding ``unkg-store.json`` (what it is, its IRI base) and the Oxigraph
(RocksDB) database in ``oxigraph/``. Its location is, in order: the ``--store`` option, the
``UNKG_STORE`` environment variable, ``$XDG_DATA_HOME/unkg/store`` (``~/.local/share/unkg/store``).

Every source has its own named graph; ``replace_graphs`` swaps a batch of them in atomically:
a graph that already exists is written to a scratch graph first and moved over the old one in
one SPARQL update (one transaction), so a reader never sees half a graph and a failure leaves
the old graph as it was. Brand-new graphs in a bulk ingest go through Oxigraph's bulk loader,
guarded by a journal: graphs listed in it that did not finish are removed when the store is
next opened (they held nothing before).

Queries run with the default graph as the union of all named graphs. Because every language
version asserts the structure it shares with the others (the same paragraph nodes, types and
numbers), write ``SELECT DISTINCT`` / ``COUNT(DISTINCT ...)`` where duplicates matter.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import itertools
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from unkg import __version__, formats
from unkg.graph.iris import DEFAULT_BASE, Minter
from unkg.graph.stores.base import Stats, StoreError, default_location, stats
from unkg.ontology.namespace import PREFIXES

MARKER = "unkg-store.json"
JOURNAL = "pending-graphs.json"
STALE_SUMMARY = "summary-stale"  # present while the summary graph is being recomputed
SCRATCH = "urn:unkg:scratch:"
REPAIR = "unkg repair"  # the one command that makes a store whole after an interruption
# quads written through transactions (not the bulk loader) after which the store flushes: RocksDB
# keeps what is written in one in-memory table per index until it flushes (64 MB each, a dozen
# indexes), so a long run of small writes (the summary, the lineage graphs) would otherwise hold
# hundreds of megabytes
REWRITE_PIECE = 25_000  # quads a rewrite hands the bulk loader at once (replace_graphs)
FLUSH_EVERY = 50_000


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None elsewhere. After a flush the memory the written batch and
    the flushed tables held is free but kept by the allocator; trimming gives it back, so a long
    ingest's footprint follows what it holds now rather than the most it ever held."""
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


_TRIM = _malloc_trim()


class LocalStore:
    """The embedded on-disk store (pyoxigraph over RocksDB)."""

    def __init__(self, path: str | Path | None = None, *, base: str | None = None, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path).expanduser() if path else default_location()
        self.notices: list[str] = []  # what an interrupted command left, in one line each (the CLI prints them)
        marker = self.path / MARKER
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a directory, so not a unkg store")
        if self.path.is_dir() and not marker.exists() and any(self.path.iterdir()):
            raise StoreError(f"{self.path}: not a unkg store (no {MARKER}); refusing to use a directory that holds other files")
        if marker.exists():
            try:
                meta = json.loads(marker.read_text("utf-8"))
            except (OSError, ValueError) as err:
                raise StoreError(f"{marker}: unreadable store description ({err})") from err
            if meta.get("format") != "unkg-store":
                raise StoreError(f"{marker}: not a unkg store description")
            if base and meta.get("base") != base:
                raise StoreError(f"{self.path}: store uses IRI base {meta.get('base')}, not {base}")
            self.base = meta.get("base", DEFAULT_BASE)
        else:
            if not create:
                raise StoreError(f"{self.path}: no unkg store here (run 'unkg ingest' first)")
            self.path.mkdir(parents=True, exist_ok=True)
            self.base = base or DEFAULT_BASE
            marker.write_text(json.dumps({"format": "unkg-store", "version": 1, "base": self.base, "created_by": f"unkg {__version__}"}, indent=2) + "\n", "utf-8")
        db = self.path / "oxigraph"
        try:
            self.ox = ox.Store.read_only(str(db)) if read_only else ox.Store(str(db))
            self.read_only = read_only
        except OSError as err:
            raise StoreError(f"{self.path}: cannot open the Oxigraph database ({err})") from err
        self.minter = Minter(self.base)
        self._unflushed = 0  # quads written since the last flush (FLUSH_EVERY)
        if not read_only:
            self._recover()
        elif self._journal().exists():
            self.notices.append(f"{self.path}: an interrupted ingest left graphs half-written; run '{REPAIR}' to remove them")
        if self.summary_stale:
            self.notices.append(f"{self.path}: the summary graph is stale (a command stopped while recounting it); "
                                f"run '{REPAIR}' to recompute it")

    # --- writing -----------------------------------------------------------------------------

    def _journal(self) -> Path:
        return self.path / JOURNAL

    @contextmanager
    def _journaled(self, graphs: list[str]) -> Iterator[None]:
        """Write ``graphs`` outside a transaction (the bulk loader): the journal names them until
        they are on disk, so a write cut short is undone when the store is next opened."""
        _write_atomically(self._journal(), json.dumps(graphs))
        yield
        self._flush()
        self._journal().unlink()

    def _recover(self) -> None:
        """Undo what an interrupted write left: unfinished new graphs and scratch graphs.

        The journal is written whole or not at all (a temporary file renamed over it); one that
        cannot be read all the same (a disk error, a hand edit) cannot say which graphs were
        being written: that is said in one line, and the journal is set aside so the store opens."""
        journal = self._journal()
        if journal.exists():
            try:
                pending = json.loads(journal.read_text("utf-8"))
                if not isinstance(pending, list) or not all(isinstance(g, str) for g in pending):
                    raise ValueError("not a list of graph IRIs")
            except (OSError, ValueError) as err:
                aside = journal.with_name(JOURNAL + ".unreadable")
                journal.replace(aside)
                self.notices.append(f"{journal}: the journal of an interrupted ingest is unreadable ({' '.join(str(err).split())}); "
                                    f"set aside as {aside.name}: the graphs that ingest was adding may be incomplete, "
                                    f"so run the same 'unkg ingest' again (it replaces them)")
            else:
                for g in pending:
                    self.ox.remove_graph(ox.NamedNode(g))
                journal.unlink()
                if pending:
                    self.notices.append(f"{self.path}: removed {len(pending)} graphs an interrupted ingest left half-written; "
                                        f"ingest those files again")
        for g in list(self.ox.named_graphs()):
            if isinstance(g, ox.NamedNode) and g.value.startswith(SCRATCH):
                self.ox.remove_graph(g)

    def has_graph(self, graph: str) -> bool:
        return self.ox.contains_named_graph(ox.NamedNode(graph))

    accepts_nquads = True  # replace_graphs also takes a graph's quads as N-Quads bytes

    def replace_graphs(self, batch: list[tuple[str, list[ox.Quad] | bytes]], *, bulk: bool = False, rewrite: bool = False) -> None:
        """Replace (or create) each named graph of the batch with exactly its quads.

        A graph's quads are pyoxigraph quads or, from worker processes, N-Quads bytes. Existing
        graphs are replaced atomically; new graphs appear whole or not at all. ``bulk`` uses
        Oxigraph's bulk loader for new graphs (fast, journaled). ``rewrite`` empties the graphs
        and writes them again with the bulk loader, journaled, instead of swapping each in one
        transaction, which holds every quad it removes and adds in memory (the summary graph of
        the GA's sessions 75-80 took 1.4 GB so): for graphs whose completeness is also kept
        otherwise (the summary's stale mark), as readers may see them half-written meanwhile.
        """
        if rewrite:
            with self._journaled([g for g, _ in batch]):
                for g, _ in batch:
                    if self.has_graph(g):
                        self.ox.remove_graph(ox.NamedNode(g))
                # a bulk load holds what it is given in memory while it sorts it: given in pieces
                every = (q for _, qs in batch for q in _quads(qs))
                while piece := list(itertools.islice(every, REWRITE_PIECE)):
                    self.ox.bulk_extend(piece)
            return
        new = [(g, qs) for g, qs in batch if not self.has_graph(g)]
        old = [(g, _quads(qs)) for g, qs in batch if self.has_graph(g)]
        if new:
            if bulk:
                with self._journaled([g for g, _ in new]):
                    encoded = [qs for _, qs in new if isinstance(qs, bytes)]
                    if encoded:  # straight into the native bulk loader: no Python objects per quad
                        self.ox.bulk_load(input=b"".join(encoded), format=ox.RdfFormat.N_QUADS)
                    self.ox.bulk_extend(q for _, qs in new if not isinstance(qs, bytes) for q in qs)
            else:
                quads = [q for _, qs in new for q in _quads(qs)]
                self.ox.extend(quads)
                self._written(len(quads))
        if old:
            moves = []
            scratch_quads: list[ox.Quad] = []
            for g, qs in old:
                scratch = ox.NamedNode(f"{SCRATCH}{uuid.uuid4()}")
                scratch_quads.extend(ox.Quad(q.subject, q.predicate, q.object, scratch) for q in qs)
                moves.append(f"MOVE SILENT GRAPH <{scratch.value}> TO GRAPH <{g}>")
                if not qs:
                    moves[-1] = f"DROP SILENT GRAPH <{g}>"
            self.ox.extend(scratch_quads)
            self.ox.update(" ;\n".join(moves))
            self._written(len(scratch_quads))

    def _written(self, quads: int) -> None:
        self._unflushed += quads
        if self._unflushed >= FLUSH_EVERY:
            self._flush()

    def _flush(self) -> None:
        """Write RocksDB's in-memory tables to disk and give the memory freed back (FLUSH_EVERY)."""
        self.ox.flush()
        self._unflushed = 0
        if _TRIM is not None:
            _TRIM(0)

    @property
    def summary_stale(self) -> bool:
        """Whether a recount of the summary graph began and did not finish."""
        return (self.path / STALE_SUMMARY).exists()

    def mark_summary(self, stale: bool) -> None:
        """Mark the summary graph stale before recounting it, and fresh once it is replaced."""
        marker = self.path / STALE_SUMMARY
        if stale:
            _write_atomically(marker, "the summary graph is being recomputed\n")
        else:
            marker.unlink(missing_ok=True)

    def remove_graph(self, graph: str) -> None:
        self.ox.remove_graph(ox.NamedNode(graph))

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (the default prefixes are predeclared) and flush it to disk."""
        self.ox.update(sparql, prefixes=PREFIXES)
        self._flush()

    def optimize(self) -> None:
        self.ox.optimize()

    # --- reading -----------------------------------------------------------------------------

    def query(self, sparql: str, *, union: bool = True, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None):
        """Run a SPARQL query over the union of the named graphs (the default prefixes are predeclared).

        ``default_graphs`` / ``named_graphs`` set the query's dataset instead, as the SPARQL 1.1
        Protocol's ``default-graph-uri`` / ``named-graph-uri`` do (§2.1.4); with named graphs
        alone the default graph stays the union.
        """
        kwargs: dict = {"prefixes": PREFIXES}
        if default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            kwargs["use_default_graph_as_union"] = union
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        return self.ox.query(sparql, **kwargs)

    def match(self, subject=None, predicate=None, object=None) -> Iterator[ox.Triple]:
        """The triples of any graph that match a pattern (None matches anything), read straight
        from the store's indexes. ``subject`` may be a list of nodes: the triples of each in turn.
        A triple that several graphs hold comes once per graph."""
        for s in subject if isinstance(subject, list) else [subject]:
            for q in self.ox.quads_for_pattern(s, predicate, object, None):
                yield q.triple

    def match_quads(self, predicate: ox.NamedNode, object=None, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad of a named graph (or of ``graph``) with this predicate (and object), with its
        graph: one scan of the predicate's index, for counts over the whole store or one graph."""
        for q in self.ox.quads_for_pattern(None, predicate, object, ox.NamedNode(graph) if graph else None):
            if isinstance(q.graph_name, ox.NamedNode):
                yield q

    def query_serialized(self, sparql: str, fmt: str) -> bytes:
        result = self.query(sparql)
        out = io.BytesIO()
        if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            result.serialize(out, formats.get(fmt).ox)
        else:  # a graph result (CONSTRUCT/DESCRIBE)
            result.serialize(out, ox.RdfFormat.N_TRIPLES if fmt in ("csv", "tsv") else ox.RdfFormat.TURTLE)
        return out.getvalue()

    def graphs(self) -> Iterator[str]:
        for g in self.ox.named_graphs():
            if isinstance(g, ox.NamedNode):
                yield g.value

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        return self.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None)

    def __len__(self) -> int:
        return len(self.ox)

    def stats(self) -> Stats:
        return stats(self)

    def close(self) -> None:
        if not self.read_only:  # a read-only store has nothing to flush (and Oxigraph refuses to)
            self.ox.flush()
        del self.ox


def _quads(qs: list[ox.Quad] | bytes) -> list[ox.Quad]:
    return list(ox.parse(qs, ox.RdfFormat.N_QUADS)) if isinstance(qs, bytes) else qs


def open_kept_facts(path: Path, setup: Callable[[sqlite3.Connection], None], **connect) -> sqlite3.Connection:
    """A SQLite database of facts an embedded store keeps beside its graphs (the summary's
    counts, the lineage index), in WAL mode and set up by ``setup`` (its schema, pragmas). The
    facts are all in the graphs too, so one that is no SQLite database (overwritten, cut short by
    a disk) is removed with its write-ahead log and begun again: the next count is whole."""
    try:
        return _set_up(sqlite3.connect(path, **connect), setup)
    except sqlite3.DatabaseError:
        for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            part.unlink(missing_ok=True)
        return _set_up(sqlite3.connect(path, **connect), setup)


def _set_up(db: sqlite3.Connection, setup: Callable[[sqlite3.Connection], None]) -> sqlite3.Connection:
    try:
        db.execute("PRAGMA journal_mode=WAL")  # readers (a server) go on while an ingest writes
        db.execute("PRAGMA synchronous=NORMAL")
        setup(db)
        return db
    except sqlite3.DatabaseError:
        db.close()
        raise


def _write_atomically(path: Path, text: str) -> None:
    """Write a small file whole or not at all: a kill mid-write leaves the old file (or none)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, "utf-8")
    os.replace(tmp, path)
