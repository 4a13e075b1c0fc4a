"""The main job: files in, named graphs in the store, a summary out.

``ingest_paths`` runs the stages in order for each source (ingest.read -> ingest.link ->
graph.build -> store) and is what ``unkg ingest`` calls.
"""

from __future__ import annotations

import glob
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pyoxigraph as ox

from unkg.graph import build
from unkg.graph.iris import Minter
from unkg.graph.reference import ensure_reference
from unkg.graph.stores import Store
from unkg.graph.summary import summarise
from unkg.lineage import refresh as refresh_lineage
from unkg.lineage.graph import works_of_graphs
from unkg.ingest import read, supported
from unkg.ingest.errors import IngestError
from unkg.ingest.link import link
from unkg.record import WorkMetadata


@dataclass
class Summary:
    files: int = 0
    documents: int = 0
    languages: set[str] = field(default_factory=set)
    paragraphs: int = 0
    triples: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files, folders (searched recursively for supported files) and glob patterns, in a stable order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and supported(f) and not f.name.startswith("."))
            if not found:
                raise IngestError(p, "folder holds no UN documents (.xml, .txt, .md, .pdf, .json)")
            out.extend(found)
        elif p.is_file():
            out.append(p)
        elif glob.has_magic(str(raw)):
            hits = sorted(Path(h) for h in glob.glob(str(raw), recursive=True) if Path(h).is_file())
            if not hits:
                raise IngestError(raw, "pattern matches no files")
            out.extend(hits)
        else:
            raise IngestError(p, "no such file or folder")
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def build_file(path: Path, *, minter, generated_at: str) -> tuple[list[tuple[str, list]], Summary]:
    """Read, link and build one file: its named graphs and what they hold."""
    part = Summary(files=1)
    graphs = []
    for item in read(path):
        item = link(item)
        if isinstance(item, WorkMetadata):
            graphs.append(build.build_metadata(item, minter=minter, generated_at=generated_at))
            continue
        graph, quads = build.build_record(item, minter=minter, generated_at=generated_at)
        graphs.append((graph, quads))
        part.documents += 1
        part.languages.add(item.language)
        part.paragraphs += len(item.paragraphs)
    part.triples = sum(len(qs) for _, qs in graphs)
    return graphs, part


def _check_shapes(path: Path, graphs: list[tuple[str, list]]) -> None:
    from unkg.export.validate import validate_graph  # pySHACL and rdflib load only when asked to validate

    for graph, quads in graphs:
        found = validate_graph(graph, quads)
        if found:
            first = found[0]
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            raise IngestError(path, f"violates the SHACL shapes: {first.focus} {first.path}: {first.message}{more}")


def _work(path: Path, base: str, generated_at: str, validate: bool):
    """One file in a worker process: its graphs as N-Quads bytes (pyoxigraph terms do not pickle)."""
    try:
        graphs, part = build_file(path, minter=Minter(base), generated_at=generated_at)
        if validate:
            _check_shapes(path, graphs)
    except IngestError as err:
        return None, None, str(err)
    return [(g, ox.serialize(qs, format=ox.RdfFormat.N_QUADS)) for g, qs in graphs], part, None


def _results(files: list[Path], base: str, generated_at: str, validate: bool, workers: int, *, encoded: bool = False):
    """(path, graphs, part, error) per file, in order; read, linked and built in ``workers`` processes."""
    if workers <= 1:
        for path in files:
            try:
                graphs, part = build_file(path, minter=Minter(base), generated_at=generated_at)
                if validate:
                    _check_shapes(path, graphs)
            except IngestError as err:
                yield path, None, None, str(err)
                continue
            yield path, graphs, part, None
        return
    ctx = multiprocessing.get_context("spawn")  # never fork a process that holds the open store
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        n = len(files)
        results = pool.map(_work, files, [base] * n, [generated_at] * n, [validate] * n, chunksize=4)
        for path, (encoded_graphs, part, error) in zip(files, results):
            if error:
                yield path, None, None, error
                continue
            graphs = encoded_graphs if encoded else [(g, list(ox.parse(data, ox.RdfFormat.N_QUADS))) for g, data in encoded_graphs]
            yield path, graphs, part, None


def default_workers(n_files: int) -> int:
    """Processes that read and build files: one per core for big ingests, none for a few files."""
    if n_files < 16:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    keep_going: bool = False,
    batch_size: int = 64,
    on_file: Callable[[Path, str | None], None] | None = None,
    validate: bool = False,
    workers: int | None = None,
) -> Summary:
    """Ingest files into the store, one named graph per source, replacing earlier versions of them.

    ``validate`` checks each file's graphs against the SHACL shapes (``unkg.export.validate``)
    before they are stored: a graph that violates them fails its file like bad input.
    ``workers`` processes read and build the files (default: one per core for 16 files or more);
    the store is written by this process only.

    After the files are stored the summary graph (``unkg.graph.summary``) is brought up to date,
    rereading only the graphs this run wrote where the store keeps the others' contributions, so
    the library's counting queries see them; so are the lineage graphs and the near-duplicate
    index (``unkg.lineage``), for the works written and the series they join.

    A file that fails raises IngestError (or, with ``keep_going``, is reported in
    ``Summary.failures`` and skipped); nothing of it reaches the store.
    """
    start = time.perf_counter()
    files = expand(paths)
    summary = Summary()
    generated_at = build.now()
    batch: list[tuple[str, list]] = []
    bulk = len(files) >= batch_size  # big ingests use the journaled bulk loader for new graphs

    def flush() -> None:
        if batch:
            store.replace_graphs(batch, bulk=bulk)
            batch.clear()

    def finish() -> None:
        """Store what is left and recount: what this run stored (even before a bad file) is in
        the summary graph, the whole-store counts the library's queries read."""
        flush()
        if summary.files:  # only the graphs this run wrote are reread (unkg.graph.summary)
            summarise(store, generated_at, changed=set(given))
            # series, alignments and the near-duplicate index: only what the works written touch
            refresh_lineage(store, works_of_graphs(store, sorted(given)), generated_at)

    ensure_reference(store)
    n_workers = default_workers(len(files)) if workers is None else workers
    native = getattr(store, "accepts_nquads", False)  # the local store takes N-Quads bytes as they come
    given: dict[str, Path] = {}  # graph -> the file that gave it in this run
    for path, graphs, part, error in _results(files, store.minter.base, generated_at, validate, n_workers, encoded=native):
        if not error:
            clash = next((g for g, _ in graphs if g in given and given[g] != path), None)
            if clash:  # e.g. a file whose own metadata names another resolution's symbol
                error = str(IngestError(path, f"gives the graph {clash}, which {given[clash].name} already gave in this run"))
            else:
                given.update((g, path) for g, _ in graphs)
        if error:
            if not keep_going:
                finish()
                raise IngestError(None, error)
            summary.failures.append(error)
            if on_file:
                on_file(path, error)
            continue
        batch.extend(graphs)
        summary.files += 1
        summary.documents += part.documents
        summary.languages |= part.languages
        summary.paragraphs += part.paragraphs
        summary.triples += part.triples
        if on_file:
            on_file(path, None)
        if len(batch) >= batch_size:
            flush()
    finish()
    if bulk:
        store.optimize()
    summary.seconds = time.perf_counter() - start
    return summary
