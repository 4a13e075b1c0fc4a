"""The ``unkg`` command: a thin shell over the package's functions.

Every command fails on bad input with one line on stderr (``unkg: error: FILE: problem``) and a
non-zero exit; nothing in the store changes for the file that failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from unkg import __version__, formats
from unkg.export import FORMATS as EXPORT_FORMATS
from unkg.graph.iris import DEFAULT_BASE
from unkg.ingest.errors import skip_reason

app = typer.Typer(
    name="unkg",
    help="A knowledge graph of UN digital-policy instruments: ingest UN documents, query them with SPARQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)  # piped output: no squeezed tables
err = Console(stderr=True, soft_wrap=True)

StoreOpt = Annotated[
    Optional[Path],
    typer.Option("--store", envvar="UNKG_STORE", help="Store directory (default: $XDG_DATA_HOME/unkg/store, or ~/.local/share/unkg/store)."),
]


# what 'unkg query --format' writes: a table, Markdown, or a SPARQL results format
RESULT_FORMATS = {f.key: f for f in formats.of_kind(formats.RESULTS)}
QUERY_FORMATS = f"table, {', '.join(RESULT_FORMATS)} or markdown"


class Failure(Exception):
    """A one-line error for the user."""


def _fail(message: str, code: int = 1) -> None:
    err.print(f"unkg: error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def _open(store: Path | None, *, create: bool = True, read_only: bool = False, quiet: bool = False):
    """Open the store; what an interrupted command left there is said in one line each."""
    from unkg.graph.stores import open_store

    s = open_store(store, create=create, read_only=read_only)
    for notice in [] if quiet else getattr(s, "notices", []):
        err.print(f"unkg: warning: {notice}", markup=False, highlight=False)
    return s


def _run(fn):
    """Turn the package's own errors into one line and a non-zero exit."""
    from unkg.graph.stores import StoreError
    from unkg.ingest.errors import IngestError

    try:
        return fn()
    except (IngestError, StoreError, Failure) as e:
        _fail(str(e))
    except SyntaxError as e:  # pyoxigraph raises SyntaxError for malformed SPARQL
        _fail(f"SPARQL syntax: {' '.join(str(e).split())}")
    except OSError as e:
        _fail(" ".join(str(e).split()))


def version_callback(value: bool) -> None:
    if value:
        out.print(f"unkg {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """unkg turns the UN's own documents into an RDF knowledge graph you can query."""


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) or glob patterns: .xml (AKN4UN), .txt/.md, .pdf, .json (data_extract).")],
    store: StoreOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first file that cannot be read (by default it is named, skipped and counted).")] = False,
    keep_going: Annotated[bool, typer.Option("--keep-going", help="Skip files that fail and go on (the default; kept for scripts that say so).")] = True,
    validate: Annotated[bool, typer.Option("--validate", help="Check each document's graph against the SHACL shapes before storing it; a violation fails the file.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Name every skipped file and every conflict between sources in a line of its own.")] = False,
) -> None:
    """Read UN documents into the store: one named graph per document, language and source.

    Zip archives (the GA's 74th session is shipped as zip files) are read as folders: each member
    is named ``archive.zip!member``. A file that cannot be read is skipped; the run ends with a
    table of what was stored and what was skipped, by reason, naming one file of each reason
    (--verbose: every file, in a line of its own, as it is met); the exit status is 2 when any was
    skipped. --strict stops at the first (exit 1), and nothing of that file reaches the store."""
    from unkg.pipeline import expand, ingest_paths

    def run():
        s = _open(store)
        files = expand(paths)
        with Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("ingesting", total=len(files))

            def on_file(path: Path, problem: str | None) -> None:
                if problem and verbose:
                    err.print(f"unkg: skipped: {problem}", markup=False, highlight=False)
                progress.advance(task)

            summary = ingest_paths(files, s, keep_going=keep_going and not strict, on_file=on_file, validate=validate)
        langs = ", ".join(sorted(summary.languages)) or "-"
        out.print(
            f"ingested {summary.documents} documents from {summary.files} files "
            f"({len(summary.languages)} languages: {langs}), {summary.paragraphs} paragraphs, "
            f"{summary.triples} triples in {summary.seconds:.1f} s into {s.path}",
            markup=False, highlight=False,
        )
        if verbose:
            for c in summary.conflicts:
                err.print(f"unkg: conflict: {_conflict_line(c)}", markup=False, highlight=False)
        for line in _ingest_table(summary, verbose):
            err.print(line, markup=False, highlight=False)
        if summary.failures:
            raise typer.Exit(2)

    _run(run)


def _ingest_table(summary, verbose: bool) -> list[str]:
    """The end of an ingest: files stored, files skipped by reason (the most frequent first, one
    file of each named), conflicts between sources; a line each, whatever the size of the run."""
    reasons: dict[str, list[str]] = {}
    for problem in summary.failures:
        reasons.setdefault(skip_reason(problem), []).append(problem.partition(": ")[0])
    rows = [(summary.files, "stored", "")]
    rows += [(len(names), f"skipped: {reason}", "" if verbose else f"e.g. {_short_name(names[0])}")
             for reason, names in sorted(reasons.items(), key=lambda kv: -len(kv[1]))]
    if summary.conflicts:
        rows.append((len(summary.conflicts), "conflicts between sources: one statement kept, the other left out",
                     "" if verbose else "unkg stats lists them"))
    lines = ["unkg: files by outcome:"] + [f"  {n:7d}  {what}" + (f"  ({note})" if note else "") for n, what, note in rows]
    if summary.failures and not verbose:
        lines.append(f"unkg: {len(summary.failures)} files skipped; --verbose names each")
    return lines


def _short_name(path: str) -> str:
    """A file's name without its folders; an archive member's as ``archive.zip!member/path``."""
    archive, bang, member = path.partition("!")
    return f"{Path(archive).name}!{member}" if bang else Path(path).name


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="One UN document (.xml, .txt, .md, .pdf).")],
    format: Annotated[str, typer.Option("--format", "-f", help="json (the extraction record) or summary.")] = "json",
    base: Annotated[str, typer.Option("--base", help="IRI base of the record's iri (a store's base).")] = DEFAULT_BASE,
) -> None:
    """Print what unkg reads from one document, as the extraction record (JSON)."""
    from unkg.graph.iris import Minter
    from unkg.ingest import read
    from unkg.ingest.link import link
    from unkg.record import Record

    def run():
        items = read(file)
        records = [link(i) for i in items if isinstance(i, Record)]
        if not records:
            raise Failure(f"{file}: holds no document text (data_extract lines have no extraction record)")
        r = records[0]
        r.iri = Minter(base).work(r.symbol)
        if format == "json":
            sys.stdout.write(json.dumps(r.to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif format == "summary":
            out.print(
                f"{r.symbol} [{r.language}] {r.kind}: {r.title}\n"
                f"adopted {r.date} by {r.adopted_by.en if r.adopted_by else '-'}; "
                f"{sum(p.kind == 'preambular' for p in r.paragraphs)} preambular, "
                f"{sum(p.kind == 'operative' for p in r.paragraphs)} operative, "
                f"{sum(p.kind == 'subparagraph' for p in r.paragraphs)} sub-paragraphs, "
                f"{len(r.sections)} sections, {len(r.footnotes)} footnotes, {len(r.citations)} citations",
                markup=False, highlight=False,
            )
        else:
            raise Failure(f"unknown format {format!r}: use json or summary")

    _run(run)


def _compact(value: str, base: str) -> str:
    from unkg.ontology.namespace import PREFIXES

    if value.startswith(base + "doc/"):
        return value[len(base) + 4 :]  # works and their parts by symbol: E/RES/2022/15/op/1
    if value.startswith(base):
        return value[len(base) :]
    for prefix, iri in PREFIXES.items():
        if value.startswith(iri):
            return f"{prefix}:{value[len(iri):]}"
    return value


def print_results(result, fmt: str, *, base: str) -> None:
    """Print SPARQL results as a table, CSV, TSV, SPARQL JSON/XML or Markdown."""
    import io

    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        out.print("yes" if bool(result) else "no")
        return
    if not isinstance(result, ox.QuerySolutions):  # CONSTRUCT / DESCRIBE
        buf = io.BytesIO()
        if isinstance(result, list):  # triples read back from a worker
            ox.serialize(result, buf, ox.RdfFormat.TURTLE)
        else:
            result.serialize(buf, ox.RdfFormat.TURTLE)
        sys.stdout.write(buf.getvalue().decode("utf-8"))
        return
    if fmt in RESULT_FORMATS:
        buf = io.BytesIO()
        result.serialize(buf, RESULT_FORMATS[fmt].ox)
        sys.stdout.write(buf.getvalue().decode("utf-8"))
        return
    names = [v.value for v in result.variables]
    rows = [[("" if r[n] is None else _compact(r[n].value, base)) for n in names] for r in result]
    if fmt == "markdown":
        esc = lambda s: s.replace("|", "\\|").replace("\n", " ")  # noqa: E731
        sys.stdout.write("| " + " | ".join(names) + " |\n|" + "---|" * len(names) + "\n")
        for row in rows:
            sys.stdout.write("| " + " | ".join(esc(c) for c in row) + " |\n")
        return
    if fmt != "table":
        raise Failure(f"unknown format {fmt!r}: use {QUERY_FORMATS}")
    table = Table(*names, show_lines=False)
    for row in rows:
        table.add_row(*row)
    out.print(table)
    out.print(f"{len(rows)} rows", style="dim")


@app.command()
def query(
    sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query (the usual prefixes are predeclared).")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="Read the query from a .rq file.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help=f"{QUERY_FORMATS}.")] = "table",
    store: StoreOpt = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="KEY=VALUE for a library query (repeat a key for several values).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds the query may run before it is stopped.")] = 30.0,
    max_memory: Annotated[int, typer.Option("--max-memory", help="MiB of memory the query may use before it is stopped.")] = 2048,
    allow_service: Annotated[Optional[list[str]], typer.Option("--allow-service", help="A host that SPARQL SERVICE may call (repeat for more; default: none).")] = None,
) -> None:
    """Run a SPARQL query, or a library query by name (see 'unkg queries'), over the store.

    The query gets the limits the server gives it: size, nesting depth, no SERVICE to a host
    --allow-service does not name, and it runs in a worker process capped in time and memory."""

    def run():
        if (sparql is None) == (file is None):
            raise Failure("give a query or --file FILE (one of them)")
        if timeout <= 0 or max_memory <= 0:
            raise Failure("--timeout and --max-memory must be positive")
        try:
            text = file.read_text("utf-8") if file else sparql
        except UnicodeDecodeError as e:
            raise Failure(f"{file}: not UTF-8 (byte {e.start}); a SPARQL query is UTF-8 text") from None
        text = _library_query(text, param or [])
        kind, data, base = _limited_query(store, text, timeout=timeout, max_memory=max_memory, allow_service=tuple(allow_service or ()))
        print_results(_read_back(kind, data), format, base=base)

    _run(run)


def _limited_query(store: Path | None, text: str, *, timeout: float, max_memory: int, allow_service: tuple[str, ...]) -> tuple[str, bytes, str]:
    """Check the query as the server does and run it in one store worker (``unkg.serve.engine``):
    ``(kind, data, base)`` as ``unkg.serve.tasks.query_results`` gives them."""
    import asyncio

    from unkg.graph.stores import default_location, endpoint_url
    from unkg.serve import tasks
    from unkg.serve.engine import Engine
    from unkg.serve.errors import ServeError
    from unkg.serve.limits import Limits, check

    try:
        check(text, Limits(allow_service=allow_service))
    except ServeError as e:
        raise Failure(str(e)) from None
    location = store or default_location()
    location = endpoint_url(location) or location
    engine = Engine(location, workers=1, spares=0, timeout=timeout, max_memory=max_memory)
    try:
        try:
            engine.start()
        except RuntimeError as e:
            raise Failure(str(e)) from None
        for notice in engine.notices:
            err.print(f"unkg: warning: {notice}", markup=False, highlight=False)
        try:
            kind, data = asyncio.run(engine.run(tasks.query_results, query=text))
        except ServeError as e:
            raise Failure(str(e)) from None
        return kind, data, engine.base or DEFAULT_BASE
    finally:
        engine.close()


def _read_back(kind: str, data: bytes):
    import io

    import pyoxigraph as ox

    if kind == "results":
        return ox.parse_query_results(io.BytesIO(data), ox.QueryResultsFormat.JSON)
    return list(ox.parse(data, ox.RdfFormat.N_TRIPLES))


@app.command()
def stats(store: StoreOpt = None) -> None:
    """Summarise the store: works, language versions, paragraphs, citations, graphs, triples."""

    from unkg.pipeline import recorded_conflicts

    def run():
        s = _open(store, create=False)
        st = s.stats()
        table = Table("what", "count", title=f"unkg store {s.path}")
        table.add_row("works (with text)", str(st.works))
        table.add_row("language versions", str(st.language_versions))
        for lang, n in st.languages.items():
            table.add_row(f"  {lang}", str(n))
        table.add_row("paragraphs", str(st.paragraphs))
        table.add_row("footnotes", str(st.footnotes))
        table.add_row("work-to-work citations", str(st.citations))
        table.add_row("named graphs", str(st.graphs))
        table.add_row("quads", str(st.quads))
        found = recorded_conflicts(s)
        table.add_row("conflicts between sources", str(len(found)))
        out.print(table)
        for c in found:
            out.print(f"conflict: {_conflict_line(c)}", markup=False, highlight=False)

    _run(run)


def _conflict_line(c: dict) -> str:
    """One conflict between sources, as ``unkg ingest`` and ``unkg stats`` print it."""
    what = c["property"] + (f" @{c['language']}" if c.get("language") else "")
    return (f"{c['work']} {what}: {c['kept']['file']} says {c['kept']['value']!r} (kept), "
            f"{c['refused']['file']} says {c['refused']['value']!r} (left out)")


@app.command()
def repair(store: StoreOpt = None) -> None:
    """Make the store whole after an interrupted command: remove the graphs an interrupted ingest
    left half-written and recompute the summary graph from every graph."""
    from unkg.pipeline import resummarise

    def run():
        s = _open(store, create=False, quiet=True)  # opening for writing removes half-written graphs
        for notice in getattr(s, "notices", []):
            err.print(f"unkg: {notice.split('; run', 1)[0]}", markup=False, highlight=False)
        resummarise(s)
        out.print(f"repaired {getattr(s, 'path', s)}: the summary graph is recomputed from {sum(1 for _ in s.graphs())} graphs",
                  markup=False, highlight=False)

    _run(run)


@app.command()
def demo(store: StoreOpt = None) -> None:
    """The main job on the embedded default: ingest the shipped sample (E/RES/2022/15, Chinese) and answer three questions."""
    from unkg import demo as demo_module

    def run():
        s = _open(store)

        def show(title: str, result) -> None:
            out.print(f"\n[bold]{title}[/bold]" if result is not None else title)
            if result is not None:
                print_results(result, "table", base=s.base)

        demo_module.run(s, show=show)
        invoked = sys.argv[0] if Path(sys.argv[0]).name == "unkg" else "unkg"
        serve_command = f"{invoked} serve" + (f" --store {store}" if store else "")
        out.print(f"\nQuery the graph in your browser: {serve_command}, then open http://127.0.0.1:8000/", markup=False, highlight=False)

    _run(run)


# --- serve (unkg.serve) ---------------------------------------------------------------------


@app.command()
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    writable: Annotated[bool, typer.Option("--writable", help="Allow SPARQL Update at /sparql and /update (default: read-only, updates get 403).")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds a query may run before it is stopped (503).")] = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Most result rows (or triples) one answer carries.")] = 10000,
    workers: Annotated[int, typer.Option("--workers", help="Queries that run at once (each in its own process).")] = 2,
    max_memory: Annotated[int, typer.Option("--max-memory", help="MiB of memory one query may use before it is stopped (503).")] = 2048,
    allow_service: Annotated[Optional[list[str]], typer.Option("--allow-service", help="A host that SPARQL SERVICE may call (repeat for more; default: none, SERVICE is refused).")] = None,
    allow_host: Annotated[Optional[list[str]], typer.Option("--allow-host", help="A name this server answers to besides localhost and its address (repeat for more).")] = None,
) -> None:
    """Serve the store: SPARQL 1.1 endpoint at /sparql, query UI at /, IRIs at their own paths, views at /views.

    The store may be a SPARQL endpoint (--store http://host:7878/query): the server then answers
    from it, with the same routes, formats and limits."""
    from unkg.graph.stores import endpoint_url
    from unkg.graph.stores import default_location
    from unkg.serve import serve as serve_store

    def ready(settings, yasgui, notices) -> None:
        url = f"http://{host}:{port}"
        out.print(f"unkg serve: {location} at {url}/ (SPARQL {url}/sparql, {'writable' if writable else 'read-only'}); "
                  f"IRIs {settings.base}... at {url}{settings.base_path}...", markup=False, highlight=False)
        for notice in notices:
            err.print(f"unkg: warning: {notice}", markup=False, highlight=False)
        if yasgui is None:
            err.print("unkg: note: the full query editor (YASGUI) is not installed, so / offers the plain query form; "
                      "for the editor, install Node.js with npm and run 'pip install -e .' again in the unkg folder", markup=False)

    def run():
        if timeout <= 0 or max_rows <= 0 or workers <= 0 or max_memory <= 0:
            raise Failure("--timeout, --max-rows, --workers and --max-memory must be positive")
        try:
            serve_store(location, host=host, port=port, writable=writable, timeout=timeout, max_rows=max_rows, workers=workers,
                        max_memory=max_memory, allow_service=tuple(allow_service or ()), allow_hosts=tuple(allow_host or ()),
                        on_ready=ready)
        except RuntimeError as e:
            raise Failure(str(e)) from None

    location = store or default_location()
    location = endpoint_url(location) or location
    _run(run)


# --- export, validate, push (unkg.export) ------------------------------------------------------


@app.command()
def export(
    output: Annotated[str, typer.Option("--output", "-o", help="File to write (a .gz name compresses), or - for stdout.")],
    format: Annotated[Optional[str], typer.Option("--format", "-f", help=f"{formats.listing(tuple(EXPORT_FORMATS.values()))} (default: from the file name, else nq).")] = None,
    graph: Annotated[Optional[str], typer.Option("--graph", help="Export only this named graph (IRI); without it the whole store and its VoID/DCAT description.")] = None,
    gzip: Annotated[bool, typer.Option("--gzip", help="Compress with gzip (also implied by a .gz file name).")] = False,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="The public SPARQL endpoint named in the DCAT description.")] = None,
    download_base: Annotated[Optional[str], typer.Option("--download-base", help="URL the dump files are published under (gives DCAT download URLs).")] = None,
    docs: Annotated[bool, typer.Option("--docs", help="Also write the ontology's HTML documentation beside the file (unkg-ontology.html).")] = False,
    store: StoreOpt = None,
) -> None:
    """Export the store as linked data (N-Quads, TriG, N-Triples, Turtle, JSON-LD), streamed, with its dataset description."""
    from unkg.export.formats import ExportError
    from unkg.export.formats import export as export_store

    def run():
        s = _open(store, create=False, read_only=True)
        with Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as progress:
            tasks: dict[str, int] = {}
            labels = {"describing": "describing the dataset: distinct triples read", "subjects": "writing: subjects",
                      "graphs": "writing: named graphs", "store": "writing the whole store"}

            def on_progress(step: str, done: int, total: int | None) -> None:
                if step not in tasks:
                    tasks[step] = progress.add_task(labels.get(step, step), total=total)
                progress.update(tasks[step], completed=done, total=total)

            try:
                summary = export_store(s, output, format, graph=graph, gzip=gzip or None, endpoint=endpoint,
                                       download_base=download_base, docs=docs, progress=on_progress)
            except ExportError as e:
                raise Failure(str(e)) from None
        if output != "-":
            what = "the store and its description" if summary.described else graph or "the store"
            out.print(f"exported {what}: {summary.statements} statements from {summary.graphs} graphs as {summary.format} to {output}"
                      + (f"; the ontology's documentation to {summary.docs}" if summary.docs else ""), markup=False, highlight=False)

    _run(run)


@app.command()
def validate(
    graph: Annotated[Optional[list[str]], typer.Option("--graph", help="Validate only this named graph (IRI; repeatable).")] = None,
    store: StoreOpt = None,
) -> None:
    """Check every named graph of the store against the SHACL shapes (unkg/ontology/shapes.ttl); exit 1 on violations."""
    from unkg.export.validate import validate_store

    def run():
        s = _open(store, create=False, read_only=True)
        names = graph or sorted(s.graphs())
        with Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("validating", total=len(names))
            report = validate_store(s, names, on_graph=lambda name, found: progress.advance(task))
        for v in report.violations:
            out.print(str(v), markup=False, highlight=False)
        bad = len({v.graph for v in report.violations})
        if report.conforms:
            out.print(f"{report.graphs} graphs conform to the SHACL shapes", markup=False, highlight=False)
            return
        err.print(f"unkg: {len(report.violations)} SHACL violations in {bad} of {report.graphs} graphs", markup=False, highlight=False)
        raise typer.Exit(1)

    _run(run)


@app.command()
def push(
    to: Annotated[str, typer.Option("--to", help="The SPARQL endpoint to copy to (http://host:7878/query; see docs/loading-elsewhere.md).")],
    force: Annotated[bool, typer.Option("--force", help="Send every graph, even those the remote already holds unchanged.")] = False,
    store: StoreOpt = None,
) -> None:
    """Copy the store to a remote SPARQL endpoint graph by graph (Graph Store Protocol); unchanged graphs are skipped, so it resumes."""
    from unkg.export.push import push as push_store
    from unkg.graph.stores import RemoteStore, endpoint_url

    def run():
        url = endpoint_url(to)
        if url is None:
            raise Failure(f"{to}: not an http(s) SPARQL endpoint URL")
        source = _open(store, create=False, read_only=True)
        target = RemoteStore(url)
        names = sorted(source.graphs())
        with Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("pushing", total=len(names))
            summary = push_store(source, target, graphs=names, force=force, on_graph=lambda name, sent: progress.advance(task))
        out.print(
            f"pushed {len(summary.pushed)} graphs ({summary.triples} triples) to {url}; {summary.unchanged} already up to date",
            markup=False, highlight=False,
        )

    _run(run)


# --- library queries, graph views and analyses (unkg.queries, unkg.views) ---------------------


def _library_query(text: str, params: list[str]) -> str:
    """``text`` itself, or the library query it names with ``KEY=VALUE`` params bound."""
    from unkg.queries import QueryError, bind, is_query_name, load, looks_like_name

    name = text.strip()
    if not is_query_name(name):
        if looks_like_name(name):  # a name the library lacks, not SPARQL: say which names are near
            try:
                load(name)
            except QueryError as e:
                raise Failure(str(e)) from None
        if params:
            raise Failure("--param works with library queries only (run 'unkg queries' to list them)")
        return text
    values: dict[str, list[str]] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise Failure(f"--param {item!r}: write KEY=VALUE")
        values.setdefault(key.strip(), []).append(value)
    try:
        return bind(load(name), values)
    except QueryError as e:
        raise Failure(str(e)) from None


@app.command()
def queries(
    name: Annotated[Optional[str], typer.Argument(help="Print this query's SPARQL instead of the list.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, json or markdown.")] = "table",
) -> None:
    """List the library's queries (run one with 'unkg query NAME --param KEY=VALUE')."""
    from unkg.queries import QueryError, list_queries, load

    def run():
        if name:
            try:
                sys.stdout.write(load(name).text)
            except QueryError as e:
                raise Failure(str(e)) from None
            return
        library = list_queries()
        params = lambda q: ", ".join(f"{p.name}={p.default}" for p in q.params)  # noqa: E731
        if format == "json":
            data = [{"name": q.name, "title": q.title, "description": q.description,
                     "params": [{"name": p.name, "type": p.type, "default": p.default, "description": p.description} for p in q.params]}
                    for q in library]
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif format == "markdown":
            sys.stdout.write("| name | title | parameters |\n|---|---|---|\n")
            for q in library:
                sys.stdout.write(f"| {q.name} | {q.title} | {params(q)} |\n")
        elif format == "table":
            table = Table("name", "title", "parameters (defaults)")
            for q in library:
                table.add_row(q.name, q.title, params(q))
            out.print(table)
        else:
            raise Failure(f"unknown format {format!r}: use table, json or markdown")

    _run(run)


@app.command()
def view(
    kind: Annotated[str, typer.Argument(help="citations, bodies, series, timeline or ego.")],
    focus: Annotated[Optional[str], typer.Argument(
        help="What to centre on: a work's UN symbol (citations, series, ego), a body's name or acronym "
             "(bodies, timeline: ITU, CSTD, Secretary-General), or any IRI. Without it, the store's overview.")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("view.html"),
    lang: Annotated[str, typer.Option("--lang", help="Language of the labels (ar, zh, en, fr, ru, es).")] = "en",
    hops: Annotated[int, typer.Option("--hops", help="ego: how many links out.")] = 2,
    max_nodes: Annotated[Optional[int], typer.Option("--max-nodes", help="Show at most this many nodes (each view has its own default, 26 to 80).")] = None,
    store: StoreOpt = None,
) -> None:
    """Draw a graph view as one self-contained HTML file (works offline): labelled, with a legend
    and a search box; clicking a node opens its page."""
    from unkg.views import ViewError, build_view, render_scene

    def run():
        if (max_nodes is not None and max_nodes < 1) or hops < 0:
            raise Failure("--max-nodes must be positive and --hops not negative")
        s = _open(store, create=False, read_only=True)
        try:
            scene = build_view(s, kind, focus, hops=hops, lang=lang, max_nodes=max_nodes)
        except ViewError as e:
            raise Failure(str(e)) from None
        page = render_scene(scene, base=s.base)
        output.write_text(page, "utf-8")
        out.print(f"wrote {output}: {scene.title} ({scene.graph.number_of_nodes()} nodes, {len(page.encode()) // 1024} KiB)",
                  markup=False, highlight=False)

    _run(run)


@app.command()
def analyze(
    what: Annotated[str, typer.Argument(help="cited (PageRank), bodies (centrality), communities, or path A B.")] = "cited",
    works: Annotated[Optional[list[str]], typer.Argument(help="path: the two works' UN symbols.")] = None,
    top: Annotated[int, typer.Option("--top", help="How many to list.")] = 20,
    lang: Annotated[str, typer.Option("--lang", help="Language of the labels.")] = "en",
    format: Annotated[str, typer.Option("--format", "-f", help="table or json (json lists every member of each community).")] = "table",
    store: StoreOpt = None,
) -> None:
    """Network analyses: most-cited works, most central bodies, communities, citation paths."""
    from unkg.views import analyze as an

    def run():
        s = _open(store, create=False, read_only=True)
        columns = None
        try:
            if what == "cited":
                rows = an.most_cited(s, top=top, lang=lang)
            elif what == "bodies":
                rows = an.central_bodies(s, top=top, lang=lang)
            elif what == "communities":
                rows = an.communities(s, lang=lang)[:top]
                columns = ["community", "size", "ingested", "label"]  # the members only in json
            elif what == "path":
                if not works or len(works) != 2:
                    raise Failure("path needs two works: unkg analyze path A/RES/70/125 E/RES/2024/13")
                found = an.citation_path(s, works[0], works[1])
                if found is None:
                    raise Failure(f"no chain of citations joins {works[0]} and {works[1]}")
                rows = [{"step": i, "work": w} for i, w in enumerate(found["path"])]
                if format != "json":
                    out.print(found["direction"], markup=False, highlight=False)
            else:
                raise Failure(f"unknown analysis {what!r}: use cited, bodies, communities or path")
        except an.AnalysisError as e:
            raise Failure(str(e)) from None
        if format == "json":
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        if format != "table":
            raise Failure(f"unknown format {format!r}: use table or json")
        if not rows:
            out.print("nothing to rank: the store holds no such links yet", markup=False)
            return
        columns = columns or [c for c in rows[0] if c != "iri"]
        table = Table(*(("with text" if c == "ingested" else c) for c in columns))
        for r in rows:
            table.add_row(*(str(r[c]) for c in columns))
        out.print(table)

    _run(run)


# --- lineage: diff, origin, rebuild (unkg.lineage) -------------------------------------------------


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="The earlier work's UN symbol (E/RES/2022/15).")],
    new: Annotated[str, typer.Argument(help="The later work's UN symbol (E/RES/2023/3).")],
    lang: Annotated[str, typer.Option("--lang", help="Language of the texts compared (ar, zh, en, fr, ru, es).")] = "en",
    format: Annotated[str, typer.Option("--format", "-f", help="text (side by side), json (contracts/comparison.schema.json) or html.")] = "text",
    store: StoreOpt = None,
) -> None:
    """Compare two works paragraph by paragraph: same, amended (word-level edits), new, dropped, moved."""
    from unkg.lineage import LineageError
    from unkg.lineage.compare import compare
    from unkg.lineage.render import to_html, to_text

    def run():
        if format not in ("text", "json", "html"):
            raise Failure(f"unknown format {format!r}: use text, json or html")
        s = _open(store, create=False, read_only=True)
        try:
            c = compare(s, old, new, lang)
        except LineageError as e:
            raise Failure(str(e)) from None
        if format == "json":
            sys.stdout.write(json.dumps(c.to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif format == "html":
            sys.stdout.write(to_html(c))
        else:
            sys.stdout.write(to_text(c, width=out.width if sys.stdout.isatty() else 160))

    _run(run)


@app.command()
def origin(
    symbol: Annotated[str, typer.Argument(help="The work's UN symbol.")],
    lang: Annotated[str, typer.Option("--lang", help="Language of the words compared (ar, zh, en, fr, ru, es).")] = "en",
    format: Annotated[str, typer.Option("--format", "-f", help="text or json (contracts/origin.schema.json).")] = "text",
    store: StoreOpt = None,
) -> None:
    """Where each paragraph's words first appeared: the earliest paragraph of any earlier work with the same or nearly the same words."""
    from unkg.lineage import LineageError
    from unkg.lineage.compare import origin as find_origin

    def run():
        if format not in ("text", "json"):
            raise Failure(f"unknown format {format!r}: use text or json")
        s = _open(store, create=False, read_only=True)
        try:
            found = find_origin(s, symbol, lang)
        except LineageError as e:
            raise Failure(str(e)) from None
        if format == "json":
            sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
            return
        for p in found["paragraphs"]:
            o = p["origin"]
            where = f"first appeared in {o['symbol']} {o['paragraph']} ({o['date']}), similarity {o['similarity']:.2f}" if o else "first appears here"
            out.print(f"{found['symbol']} {p['id']}: {where}", markup=False, highlight=False)

    _run(run)


@app.command()
def lineage(store: StoreOpt = None) -> None:
    """Recompute the series, the paragraph alignments and the near-duplicate index from the whole store (ingest keeps them current)."""
    from unkg.lineage import refresh

    def run():
        s = _open(store, create=False)
        counts, rows = refresh(s)
        out.print(f"{counts.series} series, {counts.aligned} works aligned with their predecessor, {rows} paragraphs indexed", markup=False, highlight=False)

    _run(run)


# --- unknowns (unkg.ingest.link) ------------------------------------------------------------------


@app.command()
def unknowns(
    paths: Annotated[list[Path], typer.Argument(help="UN documents or folders (.xml, .txt, .md, .pdf).")],
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show the N most frequent (0: all).")] = 50,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """List the bodies, fora and events the documents name that no registry holds, most frequent
    first: what to add to the registries next."""
    from unkg.ingest import read
    from unkg.ingest.link import link, unknowns as count_unknowns
    from unkg.record import Record
    from unkg.pipeline import expand

    def run():
        if format not in ("table", "json"):
            raise Failure(f"unknown format {format!r}: use table or json")
        records = (link(item) for p in expand(paths) for item in read(p) if isinstance(item, Record))
        found = count_unknowns(records)
        rows = [{"id": e.id, "type": e.type, "name": e.label, "mentions": n} for e, n in found]
        rows = rows[:limit] if limit > 0 else rows
        if format == "json":
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        table = Table("mentions", "type", "name", "id")
        for r in rows:
            table.add_row(str(r["mentions"]), r["type"], r["name"], r["id"])
        out.print(table)

    _run(run)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
