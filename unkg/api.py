"""The Python API: one import gives the store, the query library, the analyses and the views.

    import unkg

    kg = unkg.open_store("my-store")                    # a directory (made if missing), or an http(s) SPARQL endpoint
    kg.ingest("ECOSOCresolutions/2022")                 # files, folders, globs
    kg.query("citing-works", symbol="A/RES/70/125")     # a library query by name: a pandas DataFrame
    kg.query("SELECT ?w WHERE { ?w a unkg:Resolution }")  # or any SPARQL (the usual prefixes declared)
    kg.view("citations", "E/RES/2022/15")               # drawn inline in Jupyter; .save("cites.html")
    kg.most_cited(top=10)                               # the network analyses, as DataFrames too
    unkg.library()                                      # the library's queries and their parameters

``unkg/__init__.py`` re-exports these names lazily (PEP 562), so ``import unkg`` stays cheap: the
store, pandas and the views load on first use.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from unkg import queries as _queries
from unkg.graph.stores import open_store as _open_backend
from unkg.queries import QueryError
from unkg.views import VIEWS, ViewError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["VIEWS", "QueryError", "Store", "View", "ViewError", "library", "open_store"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                     "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}


def _value(term: ox.Term | None) -> Any:
    """A result term as a Python value: IRIs and text as ``str``, numbers as ``int`` or ``float``,
    booleans as ``bool``; dates stay ISO text (a year alone is a date in these documents)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype in _FLOATS:
                return float(term.value)
            if datatype == f"{_XSD}boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return term.value


def _frame(result, *, query: str | None = None) -> pd.DataFrame:
    """SPARQL results as a DataFrame: a column per variable, a row per solution (ASK: one column
    ``answer``; CONSTRUCT and DESCRIBE: ``subject``, ``predicate``, ``object``)."""
    import pandas as pd

    if isinstance(result, ox.QueryBoolean):
        frame = pd.DataFrame({"answer": [bool(result)]})
    elif isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        frame = pd.DataFrame.from_records([[_value(r[n]) for n in names] for r in result], columns=names)
        for name in names:  # whole numbers with gaps stay whole (pandas' nullable integers)
            values = frame[name].dropna()
            if len(values) and frame[name].isna().any() and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                frame[name] = frame[name].astype("Int64")
    else:
        rows = [(t.subject.value, t.predicate.value, _value(t.object)) for t in result]
        frame = pd.DataFrame.from_records(rows, columns=["subject", "predicate", "object"])
    if query:
        frame.attrs["query"] = query
    return frame


def library() -> pd.DataFrame:
    """The query library: one row per query (``name``, ``title``, ``description``, ``parameters``:
    each ``name=default``), to run with ``Store.query(name, **parameters)``."""
    import pandas as pd

    rows = [
        {"name": q.name, "title": q.title, "description": q.description,
         "parameters": ", ".join(f"{p.name}={p.default}" for p in q.params)}
        for q in _queries.list_queries()
    ]
    return pd.DataFrame.from_records(rows, columns=["name", "title", "description", "parameters"])


class View:
    """A graph view: self-contained HTML (``html``) that Jupyter draws inline (an iframe holding the
    page), or that ``save`` writes to a file which opens offline in any browser."""

    def __init__(self, page: str, *, kind: str, title: str, nodes: int, height: int = 660) -> None:
        self.html = page
        self.kind = kind
        self.title = title
        self.nodes = nodes
        self.height = height

    def _repr_html_(self) -> str:
        # the page in its own document (srcdoc): its styles and scripts cannot touch the notebook;
        # sandboxed, but scripts run and a click may open a node's page in a new tab
        return (f'<iframe title="{html.escape(self.title)}" srcdoc="{html.escape(self.html, quote=True)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #d5dae0" '
                'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>')

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (UTF-8) and return the path."""
        out = Path(path)
        out.write_text(self.html, "utf-8")
        return out

    def __repr__(self) -> str:
        return f"<unkg.View {self.kind}: {self.title} ({self.nodes} nodes)>"


class Store:
    """An open unkg store (the embedded Oxigraph directory, or a SPARQL endpoint) and what a
    researcher asks of it. Use ``unkg.open_store`` to get one; close it (or use ``with``) to free
    the directory for another process."""

    def __init__(self, backend) -> None:
        self.backend = backend  # the unkg.graph.stores store: query, match, quads, ...

    # --- the store ------------------------------------------------------------------------------

    @property
    def base(self) -> str:
        """The base of the store's IRIs (``https://w3id.org/unkg/``)."""
        return self.backend.base

    def ingest(self, *paths: str | Path, keep_going: bool = False, validate: bool = False):
        """Read UN documents into the store: files, folders (recursively) or glob patterns
        (``.xml`` AKN4UN, ``.txt``, ``.md``, ``.pdf``, ``.json`` data extracts). Each source
        replaces its earlier version. Returns the summary (``documents``, ``paragraphs``,
        ``triples``, ``seconds``, ``failures``)."""
        from unkg.pipeline import ingest_paths

        flat: list[str | Path] = []
        for p in paths:
            flat.extend(p if isinstance(p, (list, tuple)) else [p])
        return ingest_paths(flat, self.backend, keep_going=keep_going, validate=validate)

    def stats(self) -> dict:
        """What the store holds: works, language versions, languages, paragraphs, footnotes,
        citations, graphs, quads."""
        from dataclasses import asdict

        return asdict(self.backend.stats())

    def close(self) -> None:
        try:
            self.backend.close()
        except RuntimeError:
            # a read-only embedded store has nothing to flush, and Oxigraph refuses to: the
            # directory is released with the object (reported to unkg.graph.stores.local)
            self.backend.__dict__.pop("ox", None)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        where = getattr(self.backend, "path", None) or getattr(self.backend, "url", "")
        return f"<unkg.Store {where}>"

    # --- questions ------------------------------------------------------------------------------

    def query(self, name_or_sparql: str, **params: Any) -> pd.DataFrame:
        """A library query by name with its parameters as keywords (a list for several values),
        or any SPARQL text: the answer as a pandas DataFrame.

            kg.query("citing-works", symbol="resolution 70/125")
            kg.query("asked-of", addressee="CSTD", prefix="E/RES/")

        Raises:
            QueryError: an unknown query (the message names the nearest ones), an unknown
                parameter, or a value not of its parameter's type; parameters given with SPARQL.
            SyntaxError: malformed SPARQL.
        """
        text = name_or_sparql.strip()
        if _queries.looks_like_name(text):
            sparql = _queries.bind(_queries.load(text), params)
            return _frame(self.backend.query(sparql), query=text)
        if params:
            raise QueryError("keyword parameters go with library queries only (unkg.library() lists them)")
        return _frame(self.backend.query(name_or_sparql))

    def view(self, kind: str, focus: str | None = None, *, lang: str = "en", max_nodes: int | None = None, hops: int = 2) -> View:
        """A graph view (``unkg.VIEWS``): ``citations``, ``bodies``, ``series``, ``timeline``, ``ego``.

        ``focus`` centres it: a work's UN symbol (citations: what cites it and what it cites;
        series: its series over the years), a body's name or acronym (bodies: who asks it what and
        who is named with it; timeline: the events it runs), any IRI (ego). Without one, the
        store's overview. ``max_nodes`` caps the nodes; labels in ``lang``.

        Raises:
            ViewError: an unknown kind, or a focus the store knows nothing of.
        """
        from unkg.views import build_view, render_scene

        scene = build_view(self.backend, kind, focus, hops=hops, lang=lang, max_nodes=max_nodes)
        return View(render_scene(scene, base=self.base), kind=kind, title=scene.title, nodes=scene.graph.number_of_nodes())

    # --- analyses -------------------------------------------------------------------------------

    def most_cited(self, top: int = 20, *, lang: str = "en") -> pd.DataFrame:
        """Works ranked by PageRank in the citation network, with how many works cite them."""
        import pandas as pd

        from unkg.views import analyze

        return pd.DataFrame.from_records(analyze.most_cited(self.backend, top=top, lang=lang))

    def central_bodies(self, top: int = 20, *, lang: str = "en") -> pd.DataFrame:
        """Bodies ranked by PageRank among the bodies named in the same paragraphs."""
        import pandas as pd

        from unkg.views import analyze

        return pd.DataFrame.from_records(analyze.central_bodies(self.backend, top=top, lang=lang))

    def communities(self, *, lang: str = "en") -> pd.DataFrame:
        """Communities of works that cite each other (Louvain), largest first, each labelled by
        its most central members."""
        import pandas as pd

        from unkg.views import analyze

        return pd.DataFrame.from_records(analyze.communities(self.backend, lang=lang))

    def citation_path(self, source: str, target: str) -> list[str]:
        """The shortest chain of citations between two works (symbols), citing first; [] if none."""
        from unkg.views import analyze

        found = analyze.citation_path(self.backend, source, target)
        return found["path"] if found else []


def open_store(location: str | Path | None = None, *, create: bool = True, read_only: bool = False) -> Store:
    """Open the store at ``location``: a directory (made when ``create`` and missing), an
    ``http(s)://`` SPARQL endpoint, or, without one, ``$UNKG_STORE`` or the default directory.
    ``read_only`` lets several processes read one directory at once."""
    return Store(_open_backend(location, create=create, read_only=read_only))
