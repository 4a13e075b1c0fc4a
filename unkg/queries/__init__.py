"""The researchers' query library: named SPARQL queries (``*.rq``) with safe parameter binding.

Each ``.rq`` file opens with a comment header: its first line is the title, the lines after it
the description, and one ``# param NAME (TYPE) = DEFAULT: what it is`` line per parameter. In
the body, each parameter is a ``VALUES ?NAME { DEFAULT }`` block (once, or in each branch of a
union that needs it), written exactly as :func:`bind` writes it, so every file is a complete query that runs as it stands (in the CLI,
a notebook or the query UI) and answers for the defaults. A query that lists a whole store
answers a page of ``PAGE`` rows at a time: its ``page`` parameter (type ``page``, default 1)
is the clause ``OFFSET 0 LIMIT 100`` in the body, which :func:`bind` moves to the page asked for
(page 3: ``OFFSET 200 LIMIT 100``), where the query picks that page's rows before it reads
their labels; a clause ``OFFSET 99 LIMIT 1`` (the page's last row, to cut the rows by their
sort key first) moves with it (page 3: ``OFFSET 299 LIMIT 1``).

:func:`bind` replaces those blocks with the caller's values as typed RDF terms, never as
pasted text: literals are escaped by pyoxigraph's N-Triples serialiser (SPARQL 1.1 §19.8,
STRING_LITERAL2 and ECHAR; a ``label`` becomes the same text tagged with each of the six
languages, so it matches a printed name by index lookup), IRIs are checked against RFC 3987 by ``pyoxigraph.NamedNode``, and
symbols, language tags, integers and dates are validated first. So no value can change the
shape of a query, only the rows it matches.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

import pyoxigraph as ox

from unkg.symbols import SymbolError, normalise_symbol

__all__ = ["Param", "Query", "QueryError", "bind", "is_query_name", "list_queries", "load", "looks_like_name", "nearest"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = ("symbol", "string", "label", "lang", "integer", "date", "iri", "page")
PAGE = 100  # rows in a page of the queries that list a whole store
MAX_PAGE = 1_000_000
LABEL_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")  # a label is matched as printed in each
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_PARAM = re.compile(r"^#\s*param\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+\((?P<type>[a-z]+)\)\s*=\s*(?P<default>.*?):\s+(?P<doc>.+)$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


class QueryError(ValueError):
    """An unknown query or parameter, or a value that is not of its parameter's type."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str
    description: str


@dataclass(frozen=True)
class Query:
    """A library query: its name (the file name without ``.rq``), header and SPARQL text."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    text: str = ""

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        takes = ", ".join(p.name for p in self.params) or "no parameters"
        raise QueryError(f"query {self.name!r} has no parameter {name!r} (it takes: {takes})")


def _files() -> dict[str, str]:
    root = resources.files(__name__)
    return {e.name[:-3]: e.read_text("utf-8") for e in root.iterdir() if e.name.endswith(".rq")}


def _parse(name: str, text: str) -> Query:
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    if not header:
        raise QueryError(f"{name}.rq: no header comment (title, description, parameters)")
    title = header[0].lstrip("#").strip()
    description: list[str] = []
    params: list[Param] = []
    for line in header[1:]:
        m = _PARAM.match(line)
        if m:
            if m["type"] not in TYPES:
                raise QueryError(f"{name}.rq: parameter {m['name']} has unknown type {m['type']!r} (use {', '.join(TYPES)})")
            params.append(Param(m["name"], m["type"], m["default"].strip(), m["doc"].strip()))
        elif line.lstrip("#").strip().startswith("param "):
            raise QueryError(f"{name}.rq: malformed parameter line {line!r}")
        else:
            description.append(line.lstrip("#").strip())
    query = Query(name, title, " ".join(" ".join(description).split()), tuple(params), text)
    for p in params:
        block = _block(p, [_term(query, p, p.default)])
        if block not in text:
            raise QueryError(f"{name}.rq: expected the line {block!r} in the query body")
    return query


def list_queries() -> list[Query]:
    """Every library query, sorted by name."""
    return [_parse(name, text) for name, text in sorted(_files().items())]


def nearest(name: str, n: int = 3) -> list[str]:
    """The ``n`` library names closest to ``name``, best first: difflib's similarity with the whole
    name or with one of its hyphenated words (``votes`` finds ``recorded-vote``)."""
    text = name.strip().lower()

    def score(candidate: str) -> float:
        parts = [candidate, *candidate.split("-")]
        return max(difflib.SequenceMatcher(None, text, p).ratio() for p in parts)

    return sorted(sorted(_files()), key=lambda c: (-score(c), -difflib.SequenceMatcher(None, text, c).ratio()))[:n]


def load(name: str) -> Query:
    """The library query ``name`` (its file name without ``.rq``).

    Raises:
        QueryError: no query has that name; the message names the nearest ones.
    """
    files = _files()
    if name not in files:
        close = nearest(name)
        hint = f"did you mean {', '.join(close)}? " if close else ""
        raise QueryError(f"no library query named {name!r}: {hint}(run 'unkg queries' to list them)")
    return _parse(name, files[name])


def looks_like_name(text: str) -> bool:
    """True when ``text`` is shaped like a library query's name (one lower-case word with
    hyphens) rather than SPARQL, whether or not the library has it."""
    return bool(_NAME.match(text.strip()))


def is_query_name(text: str) -> bool:
    """True when ``text`` names a library query (and is not SPARQL)."""
    return bool(_NAME.match(text)) and text in _files()


def _term(query: Query, p: Param, value: object) -> str:
    """``value`` as one SPARQL term of ``p``'s type, or QueryError naming the parameter."""
    raw = str(value)
    where = f"query {query.name!r}, parameter {p.name} ({p.type})"
    try:
        if p.type == "symbol":
            return str(ox.Literal(normalise_symbol(raw)))
        if p.type == "string":
            return str(ox.Literal(raw))
        if p.type == "label":  # a name as printed, in whichever of the six languages it is
            return " ".join(str(ox.Literal(raw, language=tag)) for tag in LABEL_LANGUAGES)
        if p.type == "lang":
            if not _LANG.match(raw):
                raise QueryError(f"{where}: {raw!r} is not a language tag (en, zh, fr-CA)")
            return str(ox.Literal(raw.lower()))
        if p.type == "integer":
            if isinstance(value, bool) or not re.fullmatch(r"[+-]?\d{1,18}", raw.strip()):
                raise QueryError(f"{where}: {raw!r} is not an integer")
            return str(ox.Literal(str(int(raw)), datatype=ox.NamedNode(_XSD + "integer")))
        if p.type == "date":
            return str(ox.Literal(date.fromisoformat(raw.strip()).isoformat(), datatype=ox.NamedNode(_XSD + "date")))
        if p.type == "page":
            if isinstance(value, bool) or not re.fullmatch(r"\d{1,7}", raw.strip()) or not 1 <= int(raw) <= MAX_PAGE:
                raise QueryError(f"{where}: {raw!r} is not a page number (1, 2, 3 ...)")
            return str(int(raw))
        if p.type == "iri":
            node = ox.NamedNode(raw.strip())  # raises ValueError on anything RFC 3987 does not allow
            return str(node)
    except SymbolError as e:
        raise QueryError(f"{where}: {e}") from None
    except ValueError as e:
        if isinstance(e, QueryError):
            raise
        raise QueryError(f"{where}: {raw!r} is not valid ({e})") from None
    raise QueryError(f"{where}: unknown parameter type")


def _values_block(name: str, terms: list[str]) -> str:
    return f"VALUES ?{name} {{ {' '.join(terms)} }}"


def _block(p: Param, terms: list[str]) -> str:
    """The text in the query's body that carries ``p``'s value: its VALUES block, or for a page
    the OFFSET and LIMIT of the rows it picks."""
    if p.type == "page":
        return f"OFFSET {(int(terms[0]) - 1) * PAGE} LIMIT {PAGE}"
    return _values_block(p.name, terms)


def _cut(p: Param, terms: list[str]) -> str | None:
    """For a page, the clause that picks its last row's sort key (``OFFSET 99 LIMIT 1`` on page
    1): a query may find the page's rows by the key alone first (the rows at or above it), and
    read the rest for those only."""
    return f"OFFSET {int(terms[0]) * PAGE - 1} LIMIT 1" if p.type == "page" else None


def bind(query: Query | str, params: dict[str, object] | None = None) -> str:
    """The query's SPARQL text with ``params`` bound in place of the defaults.

    ``query`` is a :class:`Query` or a library name; ``params`` maps parameter names to a value or
    a list of values (several values match any of them). Parameters not given keep their default.

    Raises:
        QueryError: an unknown query or parameter, or a value not of the parameter's type.
    """
    q = load(query) if isinstance(query, str) else query
    blocks: list[tuple[int, int, str]] = []
    for name, value in (params or {}).items():
        p = q.param(name)
        values = list(value) if isinstance(value, (list, tuple)) else [value]
        if not values:
            raise QueryError(f"query {q.name!r}, parameter {name}: give at least one value")
        terms = list(dict.fromkeys(_term(q, p, v) for v in values))
        if p.type == "page" and len(terms) > 1:
            raise QueryError(f"query {q.name!r}, parameter {name}: give one page")
        default = _block(p, [_term(q, p, p.default)])
        bound = _block(p, terms)
        # every copy of the block (a union whose branches each need the value has one per branch);
        # at least one: checked when the query was loaded
        blocks += [(m.start(), m.end(), bound) for m in re.finditer(re.escape(default), q.text)]
        if cut := _cut(p, [_term(q, p, p.default)]):
            blocks += [(m.start(), m.end(), _cut(p, terms)) for m in re.finditer(re.escape(cut), q.text)]
    # splice every block into the file's own text at once, so no bound value is ever searched
    text = q.text
    for start, end, block in sorted(blocks, reverse=True):
        text = text[:start] + block + text[end:]
    return text
