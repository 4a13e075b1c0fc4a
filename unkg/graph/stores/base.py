"""The one store interface: what every store offers, local or remote, and what they share.

``Store`` is the Protocol the embedded store (``unkg.graph.stores.local``) and the SPARQL
endpoint (``unkg.graph.stores.remote``) implement; each imports only this module, and
``unkg.graph.stores.open_store`` picks one from a location.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox

from unkg.graph.iris import Minter
from unkg.ontology.namespace import PREFIXES

ENV = "UNKG_STORE"


class StoreError(Exception):
    """A store that cannot be opened or written: one line naming the location and the problem."""


def default_location() -> Path:
    env = os.environ.get(ENV)
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "unkg" / "store"


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


@dataclass
class Stats:
    works: int
    language_versions: int
    languages: dict[str, int]
    paragraphs: int
    footnotes: int
    citations: int
    graphs: int
    quads: int


@runtime_checkable
class Store(Protocol):
    """What every store offers (DESIGN.md §5): named graphs replaced whole, SPARQL 1.1 query and
    update over the union of the named graphs (the default prefixes predeclared), triple patterns
    read by index, and counts."""

    minter: Minter
    accepts_nquads: bool

    def query(self, sparql: str, *, union: bool = True, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None) -> Any: ...

    def query_serialized(self, sparql: str, fmt: str) -> bytes: ...

    def update(self, sparql: str) -> None: ...

    def match(self, subject=None, predicate=None, object=None) -> Iterator[ox.Triple]: ...

    def match_quads(self, predicate: ox.NamedNode, object=None, graph: str | None = None) -> Iterator[ox.Quad]: ...

    def has_graph(self, graph: str) -> bool: ...

    def graphs(self) -> Iterator[str]: ...

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]: ...

    def replace_graphs(self, batch: list[tuple[str, list[ox.Quad] | bytes]], *, bulk: bool = False, rewrite: bool = False) -> None: ...

    def remove_graph(self, graph: str) -> None: ...

    def optimize(self) -> None: ...

    def stats(self) -> Stats: ...

    def close(self) -> None: ...

    def __len__(self) -> int: ...


def stats(store: Store) -> Stats:
    """What a store holds: works, language versions by language, paragraphs, footnotes, citations,
    graphs, quads (the same queries on every store; ``unkg stats`` prints them)."""

    def count(where: str) -> int:
        rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))
        return int(rows[0]["n"].value) if rows else 0

    langs = {
        str(r["lang"].value).rsplit("/", 1)[-1]: int(r["n"].value)
        for r in store.query(
            "SELECT ?lang (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a unkg:LanguageVersion ; dcterms:language ?lang } GROUP BY ?lang ORDER BY ?lang"
        )
    }
    return Stats(
        works=count("SELECT DISTINCT ?w WHERE { ?w frbr:realization ?e }"),
        language_versions=sum(langs.values()),
        languages=langs,
        paragraphs=count("SELECT DISTINCT ?p WHERE { ?p a ?c . VALUES ?c { unkg:PreambularParagraph unkg:OperativeParagraph unkg:Subparagraph } }"),
        footnotes=count("SELECT DISTINCT ?f WHERE { ?f a unkg:Footnote }"),
        citations=count("SELECT DISTINCT ?a ?b WHERE { ?a dcterms:references ?b }"),
        graphs=sum(1 for _ in store.graphs()),
        quads=len(store),
    )


def nquads(quads: Iterable[ox.Quad]) -> bytes:
    """Serialise quads as N-Quads (for remote stores and exports)."""
    out = io.BytesIO()
    ox.serialize(quads, out, ox.RdfFormat.N_QUADS)
    return out.getvalue()
