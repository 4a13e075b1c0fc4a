"""The main job: files in, named graphs in the store, a summary out.

``ingest_paths`` runs the stages in order for each source (ingest.read -> ingest.link ->
graph.build -> store) and is what ``unkg ingest`` calls.
"""

from __future__ import annotations

import glob
import itertools
import json
import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pyoxigraph as ox

from unkg.graph import build
from unkg.graph.iris import Minter
from unkg.graph.reference import ensure_reference
from unkg.graph.stores import Store
from unkg.graph.summary import Staged, graph_facts, staging, summarise
from unkg.lineage import refresh as refresh_lineage
from unkg.lineage.graph import works_of_graphs
from unkg.ingest import as_ingest_error, read, supported
from unkg.ingest.align import align
from unkg.ingest.archive import ArchiveMember, is_archive, members as archive_members
from unkg.ingest.errors import IngestError
from unkg.ingest.link import link
from unkg.record import Record, WorkMetadata


@dataclass
class Summary:
    files: int = 0
    documents: int = 0
    languages: set[str] = field(default_factory=set)
    paragraphs: int = 0
    triples: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)  # what each graph says of its work (see _claim)
    conflicts: list[dict] = field(default_factory=list)  # found in this run (see Referee)
    facts: list[tuple[str, list]] = field(default_factory=list)  # per graph, what the summary counts (graph_facts)


def expand(paths: Iterable[str | Path | ArchiveMember]) -> list[Path | ArchiveMember]:
    """Files, folders (searched recursively for supported files) and glob patterns, in a stable order.

    A zip archive (given, or found in a folder) stands for its members that are supported files
    (``unkg.ingest.archive``): each is read as a file of the tree and named ``archive.zip!member``;
    those it refuses (too large, encrypted, nested, named outside it) and an unreadable archive
    are listed too, so that each is skipped with its reason like a file that cannot be read."""
    out: list[Path | ArchiveMember] = []
    for raw in paths:
        if isinstance(raw, ArchiveMember):  # already expanded
            out.append(raw)
            continue
        p = Path(raw).expanduser()
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and (supported(f) or is_archive(f)) and not f.name.startswith("."))
            if not found:
                raise IngestError(p, "folder holds no UN documents (.xml, .txt, .md, .pdf, .json, or .zip archives of them)")
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
    seen: set = set()
    unique: list[Path | ArchiveMember] = []
    for p in out:
        for item in archive_members(p, lambda name: supported(Path(name))) if isinstance(p, Path) and is_archive(p) else [p]:
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                unique.append(item)
    return unique


def build_file(path: Path, *, minter, generated_at: str) -> tuple[list[tuple[str, list]], Summary]:
    """Read, link and build one file: its named graphs and what they hold.

    Raises IngestError, whatever went wrong (DESIGN.md §9): the readers' own errors as they are,
    anything else (a linker or builder meeting input it did not expect) as one line naming the file.
    """
    try:
        return _build_file(path, minter=minter, generated_at=generated_at)
    except Exception as err:  # noqa: BLE001 - one line, never a traceback that loses the run
        raise as_ingest_error(path, err, "build") from None


def _build_file(path: Path, *, minter, generated_at: str) -> tuple[list[tuple[str, list]], Summary]:
    return _build_items(path, [link(item) for item in read(path)], minter=minter, generated_at=generated_at)


def build_files(paths: list[Path], *, minter, generated_at: str, reference: Path | None = None) -> list[tuple[Path, list | None, Summary | None, str | None]]:
    """Read and link the files (language versions of one work, usually: ``siblings``), align what
    their versions name (``unkg.ingest.align``), and build each: ``(path, graphs, part, None)`` per
    file, or ``(path, None, None, error line)`` for a file that fails (the others go on without it).
    ``reference``: a file read and linked only to align the others with (the English version of a
    work whose other versions are ingested without it: ``english_sibling``), neither built nor
    reported; one that cannot be read is passed over."""
    def linked_alone(path: Path) -> tuple[Path, list | None, str | None]:
        try:
            return path, [link(item) for item in read(path)], None
        except Exception as err:  # noqa: BLE001 - one line naming the file, as build_file
            return path, None, str(as_ingest_error(path, err, "build"))

    linked = [linked_alone(path) for path in paths]
    extra = linked_alone(reference)[1] or [] if reference is not None else []
    if sum(items is not None for _, items, _ in linked) + bool(extra) > 1:
        try:
            align([item for _, items, _ in linked for item in items or () if isinstance(item, Record)]
                  + [item for item in extra if isinstance(item, Record)])
        except Exception:  # noqa: BLE001 - alignment only improves: the versions are stored unaligned rather than lost
            linked = [linked_alone(path) if items is not None else (path, items, error) for path, items, error in linked]
    out: list[tuple[Path, list | None, Summary | None, str | None]] = []
    for path, items, error in linked:
        if items is None:
            out.append((path, None, None, error))
            continue
        try:
            graphs, part = _build_items(path, items, minter=minter, generated_at=generated_at)
        except Exception as err:  # noqa: BLE001
            out.append((path, None, None, str(as_ingest_error(path, err, "build"))))
            continue
        out.append((path, graphs, part, None))
    return out


def _build_items(path: Path, items: list, *, minter, generated_at: str) -> tuple[list[tuple[str, list]], Summary]:
    """The named graphs of what one file gave, read and linked, and what they hold."""
    part = Summary(files=1)
    graphs = []
    for item in items:
        if isinstance(item, WorkMetadata):
            graph, quads = build.build_metadata(item, minter=minter, generated_at=generated_at)
            graphs.append((graph, quads))
            part.claims.append(_claim(path, graph, minter, item, "extract", None, {"en": item.title} if item.title else {}))
            continue
        graph, quads = build.build_record(item, minter=minter, generated_at=generated_at)
        graphs.append((graph, quads))
        fmt = item.source.format if item.source else "unknown"
        part.claims.append(_claim(path, graph, minter, item, fmt, item.frbr_work, {item.language: item.title} if item.title else {}))
        part.documents += 1
        part.languages.add(item.language)
        part.paragraphs += len(item.paragraphs)
    part.triples = sum(len(qs) for _, qs in graphs)
    return graphs, part


# --- conflicts between sources (reported, never merged) ------------------------------------------

AHEAD = 16  # groups of files submitted per worker process ahead of the one being stored: enough that
# the workers go on reading while this process stores a bulk load (GA session 79: 79 s with 4, 68 s
# with 16, no faster with 48); each waiting group holds its graphs as N-Quads, about 1 MB
# a big ingest hands Oxigraph's bulk loader this many quads at a time: each call writes files of
# its own that RocksDB merges later, so fewer, larger loads are faster (GA session 79, 1,914 files:
# 31 s storing in loads of 64 files, 22 s in loads of 256) and what the loader sorts in memory grows
# with them (the process's peak: 582 MiB, 647 MiB; 995 MiB at 512 files)
BULK_QUADS = 1 << 18
CONFLICTS = "conflicts.json"  # beside a local store: the conflicts found, for 'unkg stats'
# which source is believed when two disagree: the document's own markup, then its printed text,
# then the UN's per-work metadata (DESIGN.md §7: what the texts say wins); equal ranks: the first stored
_RANK = {"akn": 3, "pdf": 2, "txt": 2, "extract": 1}
_DCT = "http://purl.org/dc/terms/"
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


def _claim(path: Path, graph: str, minter, item, fmt: str, frbr: str | None, titles: dict[str, str]) -> dict:
    """What one source graph says of its work that another source could contradict."""
    claim = {"graph": graph, "work": minter.work(item.symbol), "symbol": item.symbol, "file": path.name,
             "rank": _RANK.get(fmt, 0), "date": item.date, "titles": titles}
    if frbr:  # the AKN FRBR URI names the work too: a different symbol there is a conflict in the file
        try:
            from unkg.symbols import parse_symbols

            named = parse_symbols(frbr)[0]
        except ValueError:
            named = None
        same = named is None or item.symbol.replace("/DEC/", "/RES/").startswith(named.replace("/DEC/", "/RES/"))
        if not same:
            claim["frbr_symbol"] = named
    return claim


def _norm_title(text: str) -> str:
    """Titles compared as words: case, spacing, quotes and punctuation aside."""
    import re

    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


class Referee:
    """Compares what each new source graph says of its work (date, title per language, symbol)
    with what the work's other sources say, in this run and in the store. A disagreement is
    recorded, never merged: the statement of the lower-ranked source (``_RANK``; equal ranks: the
    later one) is left out of its graph, so a work keeps one date and one title per language, and
    the conflict is listed in ``conflicts.json`` beside the store (``unkg stats`` shows them)."""

    def __init__(self, store: Store, flush: Callable[[], None]) -> None:
        self.store = store
        self.flush = flush
        self.claims: dict[str, list[dict]] = {}  # work -> claims stored in this run
        self.path = Path(store.path) / CONFLICTS if isinstance(getattr(store, "path", None), Path) else None
        self.recorded = self._load()
        self.found: list[dict] = []
        self.altered: set[str] = set()  # graphs a statement was taken out of

    def _load(self) -> list[dict]:
        if self.path is None or not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return data if isinstance(data, list) else []
        except (OSError, ValueError):
            return []

    def save(self) -> None:
        if self.path is not None:
            tmp = self.path.with_name(CONFLICTS + ".tmp")
            tmp.write_text(json.dumps(self.recorded, ensure_ascii=False, indent=1) + "\n", "utf-8")
            os.replace(tmp, self.path)

    def _others(self, claim: dict) -> list[dict]:
        """The claims of the work's other source graphs: this run's, then the store's."""
        work, own = claim["work"], claim["graph"]
        out = [c for c in self.claims.get(work, []) if c["graph"] != own]
        seen = {c["graph"] for c in out} | {own}
        prefix = work.replace("/doc/", "/graph/", 1) + "/"
        stored: dict[str, dict] = {}
        rows = self.store.query(f"SELECT ?g ?p ?o WHERE {{ GRAPH ?g {{ <{work}> ?p ?o }} VALUES ?p {{ dcterms:date dcterms:title }} }}")
        for r in rows:
            g = r["g"].value
            if g in seen or not g.startswith(prefix):
                continue
            c = stored.setdefault(g, {"graph": g, "work": work, "file": g.rsplit("/graph/", 1)[-1], "titles": {}, "date": None,
                                      "rank": _RANK.get(g.rsplit("/", 1)[-1], 0), "stored": True})
            if r["p"].value == _DCT + "date":
                c["date"] = r["o"].value
            else:
                c["titles"][r["o"].language or ""] = r["o"].value
        return out + list(stored.values())

    def judge(self, claim: dict, graphs: list[tuple[str, list | bytes]]) -> list[tuple[str, list | bytes]]:
        """The file's graphs with the statements it loses left out; what it wins is removed from the other graph."""
        self.recorded = [c for c in self.recorded if c["refused"]["graph"] != claim["graph"]]  # judged afresh
        drop: list[ox.Quad] = []
        work = ox.NamedNode(claim["work"])
        if claim.get("frbr_symbol"):
            self._record(claim, "symbol", None, {"graph": claim["graph"], "value": claim["symbol"], "file": claim["file"]},
                         {"graph": claim["graph"], "value": claim["frbr_symbol"], "file": claim["file"] + " (FRBR URI)"})
        for other in self._others(claim):
            facts = [("date", None, claim["date"], other["date"])]
            facts += [("title", lang, t, other["titles"].get(lang)) for lang, t in claim["titles"].items()]
            for prop, lang, mine, theirs in facts:
                if not mine or not theirs or (mine == theirs if prop == "date" else _norm_title(mine) == _norm_title(theirs)):
                    continue
                literal = (lambda v: ox.Literal(v, datatype=ox.NamedNode(_XSD_DATE))) if prop == "date" else (lambda v: ox.Literal(v, language=lang))
                predicate = ox.NamedNode(_DCT + prop)
                if other["rank"] >= claim["rank"]:  # the other source is believed: leave ours out
                    drop.append(ox.Quad(work, predicate, literal(mine), ox.NamedNode(claim["graph"])))
                    kept, refused = (other, theirs), (claim, mine)
                    # ours is no longer said: the sources after this one are not judged against it
                    # (a date one language's file gets wrong must not outvote the others')
                    if prop == "date":
                        claim["date"] = None
                    else:
                        claim["titles"] = {k: v for k, v in claim["titles"].items() if k != lang}
                else:  # ours is believed: take the other's statement out of its graph
                    self.flush()
                    self.store.update(f"DELETE DATA {{ GRAPH <{other['graph']}> {{ {work} {predicate} {literal(theirs)} }} }}")
                    self.altered.add(other["graph"])
                    kept, refused = (claim, mine), (other, theirs)
                    other[prop if prop == "date" else "titles"] = None if prop == "date" else {**other["titles"], lang: mine}
                self._record(claim, prop, lang, {"graph": kept[0]["graph"], "value": kept[1], "file": kept[0]["file"]},
                             {"graph": refused[0]["graph"], "value": refused[1], "file": refused[0]["file"]})
        self.claims.setdefault(claim["work"], []).append(claim)
        if not drop:
            return graphs
        self.altered.add(claim["graph"])
        return [(g, _without(qs, drop)) if g == claim["graph"] else (g, qs) for g, qs in graphs]

    def _record(self, claim: dict, prop: str, lang: str | None, kept: dict, refused: dict) -> None:
        entry = {"work": claim["symbol"], "property": prop, **({"language": lang} if lang else {}), "kept": kept, "refused": refused}
        self.recorded = [c for c in self.recorded if c != entry] + [entry]
        self.found.append(entry)


def _without(qs: list | bytes, drop: list[ox.Quad]) -> list | bytes:
    gone = set(drop)
    if isinstance(qs, bytes):
        kept = [q for q in ox.parse(qs, ox.RdfFormat.N_QUADS) if q not in gone]
        return ox.serialize(kept, format=ox.RdfFormat.N_QUADS) or b""
    return [q for q in qs if q not in gone]


def recorded_conflicts(store: Store) -> list[dict]:
    """The conflicts between sources recorded beside a local store (none for a remote one)."""
    path = getattr(store, "path", None)
    if not isinstance(path, Path) or not (path / CONFLICTS).exists():
        return []
    try:
        data = json.loads((path / CONFLICTS).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


def _check_shapes(path: Path, graphs: list[tuple[str, list]]) -> None:
    from unkg.export.validate import validate_graph  # pySHACL and rdflib load only when asked to validate

    for graph, quads in graphs:
        found = validate_graph(graph, quads)
        if found:
            first = found[0]
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            raise IngestError(path, f"violates the SHACL shapes: {first.focus} {first.path}: {first.message}{more}")


_LANGUAGE_FOLDERS = frozenset({"Arabic", "Chinese", "English", "French", "Russian", "Spanish"})
# the UN's file names end in the language letter: 75_100_E.xml, E_RES_2023_25-2314956E.xml
_LANGUAGE_LETTER = re.compile(r"^(?P<stem>.*[_\-\d])(?P<letter>[ACEFRS])(?P<ext>\.[A-Za-z]+)$")


def _sibling_key(item: Path | ArchiveMember) -> tuple | None:
    """What the language versions of one work share by the UN's naming: the file name but its
    language letter, in one folder or in sibling language folders (``75session/English/75_100_E.xml``,
    ``75session/Chinese/75_100_C.xml``); None for a file not named so."""
    if isinstance(item, ArchiveMember):  # the archives of one folder, and the member's folder in them
        member = PurePosixPath(item.member or "")
        folder, name = member.parent, member.name
        where: tuple = (item.archive.parent,)
    else:
        folder, name, where = item.parent, item.name, ()
    m = _LANGUAGE_LETTER.match(name)
    if m is None:
        return None
    folder = folder.parent if folder.name in _LANGUAGE_FOLDERS else folder
    return (*where, str(folder), m.group("stem"), m.group("ext").lower())


def english_sibling(group: list[Path | ArchiveMember]) -> Path | None:
    """The English version, on disk beside them by the UN's naming, of a group of language
    versions that holds none (``.../Chinese/75_100_C.xml`` -> ``.../English/75_100_E.xml``), so
    that versions ingested without it are aligned as they would be with it; else None."""
    named = [(p, _LANGUAGE_LETTER.match(p.name)) for p in group if isinstance(p, Path)]
    if not named or len(named) < len(group) or any(m is None or m.group("letter") == "E" for _, m in named):
        return None
    path, m = named[0]
    folder = path.parent.parent / "English" if path.parent.name in _LANGUAGE_FOLDERS else path.parent
    candidate = folder / f"{m.group('stem')}E{m.group('ext')}"
    return candidate if candidate.is_file() else None


def siblings(files: list[Path | ArchiveMember]) -> list[list[Path | ArchiveMember]]:
    """The files in groups of language versions of one work (``_sibling_key``), each group in the
    order of its first file, the files of a group in their own order; a file named otherwise is a
    group of its own. A hint only: ``unkg.ingest.align`` checks that the records are one work."""
    groups: dict[object, list[Path | ArchiveMember]] = {}
    for i, item in enumerate(files):
        key = _sibling_key(item)
        groups.setdefault(i if key is None else key, []).append(item)
    return list(groups.values())


def _one(paths: list[Path], base: str, generated_at: str, validate: bool, facts: bool) -> list[tuple[Path, list | None, Summary | None, str | None]]:
    """Build (aligned, ``build_files``) and, if asked, validate the files of one group:
    ``(path, graphs, part, None)`` or ``(path, None, None, error line)`` per file; with ``facts``,
    each part carries what the summary counts of its graphs (``Summary.facts``)."""
    out = []
    minter = Minter(base)
    for path, graphs, part, error in build_files(paths, minter=minter, generated_at=generated_at, reference=english_sibling(paths)):
        if error is None and validate:
            try:
                _check_shapes(path, graphs)
            except IngestError as err:
                graphs, part, error = None, None, str(err)
            except Exception as err:  # noqa: BLE001 - the validator meeting odd data: one line
                graphs, part, error = None, None, str(as_ingest_error(path, err, "validate"))
        if error is None and facts:
            part.facts = [(g, graph_facts(minter, g, qs)) for g, qs in graphs]
        out.append((path, graphs, part, error))
    return out


def _work(paths: list[Path], base: str, generated_at: str, validate: bool, facts: bool):
    """One group of files in a worker process: their graphs as N-Quads bytes (pyoxigraph terms do not pickle)."""
    return [(path, None if graphs is None else [(g, ox.serialize(qs, format=ox.RdfFormat.N_QUADS)) for g, qs in graphs], part, error)
            for path, graphs, part, error in _one(paths, base, generated_at, validate, facts)]


def _results(files: list[Path], base: str, generated_at: str, validate: bool, workers: int, *, encoded: bool = False, facts: bool = False):
    """(path, graphs, part, error) per file; read, linked and built in ``workers`` processes, the
    language versions of one work together (``siblings``) so that they are aligned.

    A worker process that dies on a group of files (a crash in a native library, a kill) fails
    that file alone: the groups after it go on in a fresh pool, one at a time, and a group that
    dies then is tried again one file at a time."""
    groups = siblings(files)
    if workers <= 1:
        for group in groups:
            yield from _one(group, base, generated_at, validate, facts)
        return
    ctx = multiprocessing.get_context("spawn")  # never fork a process that holds the open store
    todo, serial = groups, False
    while todo:
        pool = ProcessPoolExecutor(max_workers=1 if serial else workers, mp_context=ctx)
        # groups submitted but not yet taken: a few per process keeps every process busy while
        # the results waiting to be stored stay a few files' worth, not the whole run's
        ahead = 1 if serial else workers * AHEAD
        window: deque = deque()
        queued = iter(enumerate(todo))
        try:
            while True:
                for i, group in itertools.islice(queued, ahead - len(window)):
                    window.append((i, group, pool.submit(_work, group, base, generated_at, validate, facts)))
                if not window:
                    todo = []
                    break
                i, group, future = window.popleft()
                try:
                    results = future.result()
                except BrokenProcessPool:
                    if serial and len(group) > 1:  # one of its files: each alone, to tell which
                        todo = [[path] for path in group] + todo[i + 1 :]
                    elif serial:  # one process, one file: it died on this one
                        yield group[0], None, None, str(IngestError(group[0], "the reader's process stopped on this file (a crash or a kill)"))
                        todo = todo[i + 1 :]
                    else:  # any of the groups running may be the one: go on one at a time to tell
                        todo, serial = todo[i:], True
                    break
                del future  # its result is the files' graphs: held from here on by the caller only
                for path, encoded_graphs, part, error in results:
                    if error:
                        yield path, None, None, error
                        continue
                    graphs = encoded_graphs if encoded else [(g, list(ox.parse(data, ox.RdfFormat.N_QUADS))) for g, data in encoded_graphs]
                    yield path, graphs, part, None
                del results
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def resummarise(store: Store, generated_at: str | None = None, changed: set[str] | None = None, staged: Staged | None = None) -> None:
    """Recompute the summary graph (``changed``: only those graphs' contributions; None: all),
    marked stale meanwhile, so a kill in the middle is noticed by the next command
    (``LocalStore.summary_stale``) and the recount redone whole, instead of old counts unsaid."""
    mark = getattr(store, "mark_summary", None)
    if mark:
        mark(True)
    summarise(store, generated_at or build.now(), changed=changed, staged=staged)
    if mark:
        mark(False)


def default_workers(n_files: int) -> int:
    """Processes that read and build files: one per core for big ingests, none for a few files."""
    if n_files < 16:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def ingest_paths(
    paths: Iterable[str | Path | ArchiveMember],
    store: Store,
    *,
    keep_going: bool = False,
    batch_size: int = 64,
    on_file: Callable[[Path, str | None], None] | None = None,
    validate: bool = False,
    workers: int | None = None,
) -> Summary:
    """Ingest files into the store, one named graph per source, replacing earlier versions of them.

    ``batch_size`` graphs are stored in one transaction; an ingest of that many files or more uses
    Oxigraph's bulk loader instead, in loads of ``BULK_QUADS`` quads.
    ``validate`` checks each file's graphs against the SHACL shapes (``unkg.export.validate``)
    before they are stored: a graph that violates them fails its file like bad input.
    ``workers`` processes read and build the files (default: one per core for 16 files or more);
    the store is written by this process only. The language versions of one work among the files
    (``siblings``: the UN's file names) are read together and aligned (``unkg.ingest.align``), so
    that what the English version names takes one IRI in every language. Known limit: versions
    given in different runs are aligned only when the English version lies beside them as the UN
    names its files (``english_sibling``: read to align with, not stored); elsewhere a Chinese file
    ingested alone keeps the ids of its own names.

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
    batched = 0  # quads in the batch
    bulk = len(files) >= batch_size  # big ingests use the journaled bulk loader for new graphs

    def flush() -> None:
        nonlocal batched
        if batch:
            store.replace_graphs(batch, bulk=bulk)
            batch.clear()
            batched = 0

    referee = Referee(store, flush)

    def finish() -> None:
        """Store what is left and recount: what this run stored (even before a bad file) is in
        the summary graph, the whole-store counts the library's queries read."""
        flush()
        if bulk and summary.files:
            # the bulk loads' files merged before the recounts read them back (compacting again
            # after them, for what they write, cost the GA record 67 s and no query got faster)
            store.optimize()
        referee.save()
        summary.conflicts = referee.found
        if staged is not None:
            staged.forget(referee.altered)  # changed since they were read: reread from the store
        stale = getattr(store, "summary_stale", False)  # an earlier recount was cut short: redo it whole
        if summary.files or stale:  # only the graphs this run wrote are counted afresh (unkg.graph.summary)
            resummarise(store, generated_at, changed=None if stale else set(given), staged=staged)
        if summary.files:
            # series, alignments and the near-duplicate index: only what the works written touch
            refresh_lineage(store, works_of_graphs(store, sorted(given)), generated_at)

    ensure_reference(store)
    n_workers = default_workers(len(files)) if workers is None else workers
    native = getattr(store, "accepts_nquads", False)  # the local store takes N-Quads bytes as they come
    given: dict[str, Path] = {}  # graph -> the file that gave it in this run
    # what the summary counts of each graph, read by the workers as they build it (not read back)
    staged = staging(store)
    try:
        for path, graphs, part, error in _results(files, store.minter.base, generated_at, validate, n_workers, encoded=native, facts=staged is not None):
            if not error:
                clash = next((g for g, _ in graphs if g in given and given[g] != path), None)
                if clash:  # e.g. a file whose own metadata names another resolution's symbol
                    error = str(IngestError(path, f"names in its metadata a document and language another file already gave in this "
                                                  f"run: {given[clash].name} (graph {clash}); a copy, or metadata naming another resolution"))
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
            for claim in part.claims:
                graphs = referee.judge(claim, graphs)
            batch.extend(graphs)
            if staged is not None:
                for g, facts in part.facts:
                    staged.add(g, facts)
            summary.files += 1
            summary.documents += part.documents
            summary.languages |= part.languages
            summary.paragraphs += part.paragraphs
            summary.triples += part.triples
            batched += part.triples
            if on_file:
                on_file(path, None)
            if batched >= BULK_QUADS if bulk else len(batch) >= batch_size:
                flush()
        finish()
    finally:
        if staged is not None:
            staged.close()
    summary.seconds = time.perf_counter() - start
    return summary
