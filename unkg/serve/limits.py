"""What a SPARQL request may ask before any store sees it (DESIGN.md §9): size, nesting depth and
the hosts that ``SERVICE`` (and an update's ``LOAD``) may reach.

Checked on the text, in the server before a query is sent to a store worker and in ``unkg query``
before it runs, so a refused request costs a scan of its text, never a worker:

- size: at most ``max_size`` characters (a query; an update may be longer, it is a writer's);
- nesting: brackets (``(``, ``{``, ``[``) at most ``max_depth`` deep. Oxigraph's parser and
  evaluator recurse once per level; 5,000 nested parentheses overflow a worker's stack
  (segmentation fault). The workers run jobs on a large stack as well (``unkg.serve.engine``),
  so long flat chains (thousands of ``MINUS`` or ``BIND`` clauses) that the parser also nests stay
  within it;
- federation: ``SERVICE <endpoint>`` makes the store call ``endpoint`` over HTTP, from the
  machine the server runs on, so any query could reach the machine's own services (server-side
  request forgery). Refused unless the endpoint's host is one of ``allow_service``; so is an
  update's ``LOAD <url>``, and an endpoint given by a variable.

The scan is a SPARQL tokenizer reduced to what can hide a keyword: strings (all four quote
forms, with escapes), IRIs (``IRIREF``, SPARQL 1.1 §19.8), comments, variables and prefixed names.
It errs on the side of refusing: a ``SERVICE`` inside a comment counts, and an IRI with an
apostrophe (where ``<`` could also read as less-than before a string) is refused outright,
so no reading of the text can hide a ``SERVICE`` from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from unkg.ontology.namespace import PREFIXES
from unkg.serve.errors import BadRequest, ContentTooLarge, Forbidden

MAX_QUERY = 100_000  # characters of query text (the library's longest query is under 4,000)
MAX_UPDATE = 1_000_000  # characters of update text (INSERT DATA carries data)
MAX_DEPTH = 64  # brackets deep (the library's deepest query nests 6)

_IRIREF = re.compile(r"<([^<>\"{}|^`\\\x00-\x20]*)>")
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"(?:[\w:\u00b7-\U0010ffff]|\\.)(?:[\w\-.:%\u00b7-\U0010ffff]|\\.)*")
_KEYWORDS = ("SERVICE", "LOAD")
_VAR = re.compile(r"[?$][\w\u00b7-\U0010ffff]*")
_OPEN, _CLOSE = "({[", ")}]"


@dataclass
class Limits:
    """What one request may ask: ``allow_service`` holds host names (``host`` or ``host:port``)."""

    max_size: int = MAX_QUERY
    max_update: int = MAX_UPDATE
    max_depth: int = MAX_DEPTH
    allow_service: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class _Token:
    kind: str  # word | iri | var | string | punct
    text: str


def _unescape(text: str) -> str:
    """``\\uXXXX`` and ``\\UXXXXXXXX`` as the characters they stand for (SPARQL 1.1 §19.2): what
    Oxigraph reads in IRIs and strings, read everywhere here, which can only find more."""

    def char(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _UCHAR.sub(char, text)


def _tokens(text: str) -> tuple[list[_Token], int]:
    """The tokens that matter and the deepest bracket nesting."""
    out: list[_Token] = []
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            m = _SPACE.match(text, i)
            i = m.end()
        elif c == "#":
            end = text.find("\n", i)
            comment = text[i : n if end < 0 else end]
            out.extend(_Token("word", k) for w in _WORD.findall(comment) if (k := _keyword(w)))
            i = n if end < 0 else end + 1
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            out.append(_Token("string", text[i + len(quote) : j]))
            i = min(n, j + len(quote))
        elif c == "<":
            m = _IRIREF.match(text, i)
            if m and "'" in m.group(1):
                raise BadRequest("an IRI with an apostrophe could also read as a comparison: write ' in IRIs as %27")
            if m:
                out.append(_Token("iri", m.group(1)))
                i = m.end()
            else:
                out.append(_Token("punct", c))
                i += 1
        elif c in "?$":
            m = _VAR.match(text, i)
            out.append(_Token("var", m.group(0)))
            i = max(m.end(), i + 1)
        elif c in _OPEN or c in _CLOSE:
            depth += 1 if c in _OPEN else -1
            deepest = max(deepest, depth)
            out.append(_Token("punct", c))
            i += 1
        else:
            m = _WORD.match(text, i)
            if m and m.end() > i:
                out.append(_Token("word", m.group(0)))
                i = m.end()
            else:
                out.append(_Token("punct", c))
                i += 1
    return out, deepest


def _keyword(word: str) -> str | None:
    """SERVICE or LOAD when ``word`` is, or holds, one of them where a parser could read it as a
    keyword: the word itself, or a piece of it between dots or dashes (``a.SERVICE`` reads as
    ``a . SERVICE``); never the local part of a prefixed name (``ex:service`` is a name)."""
    head = word.split(":", 1)[0] if ":" in word else word
    pieces = re.split(r"[^A-Za-z]+", head.upper())
    return next((k for k in _KEYWORDS if k in pieces), None)


def _endpoint(tokens: list[_Token], k: int, prefixes: dict[str, str], base: str | None) -> str | None:
    """The IRI a SERVICE or LOAD at ``tokens[k]`` names, resolved; None when it names none."""
    k += 1
    if k < len(tokens) and tokens[k].kind == "word" and tokens[k].text.upper() == "SILENT":
        k += 1
    if k >= len(tokens):
        return None
    t = tokens[k]
    if t.kind == "iri":
        return urljoin(base, t.text) if base else t.text
    if t.kind == "word" and ":" in t.text:
        prefix, _, local = t.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local.replace("\\", "")
    return None


def _host_allowed(iri: str | None, allowed: tuple[str, ...]) -> bool:
    if not iri or not allowed:
        return False
    try:
        parts = urlsplit(iri)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    wanted = {a.lower().strip("[]") for a in allowed}
    return host in wanted or (port is not None and f"{host}:{port}" in {a.lower() for a in allowed})


def check(text: str, limits: Limits, *, update: bool = False) -> None:
    """Refuse a query (or update) that is too large, nested too deep, or calls a host it may not.

    Raises:
        ContentTooLarge: (413) longer than the limit.
        BadRequest: (400) nested deeper than the limit, or written so the scan cannot tell.
        Forbidden: (403) a ``SERVICE`` (or ``LOAD``) to a host not allowed.
    """
    what = "update" if update else "query"
    limit = limits.max_update if update else limits.max_size
    if len(text) > limit:
        raise ContentTooLarge(f"{what} of {len(text):,} characters: this server takes at most {limit:,}")
    tokens, deepest = _tokens(_unescape(text))
    if deepest > limits.max_depth:
        raise BadRequest(f"{what} nested {deepest} brackets deep: this server takes at most {limits.max_depth}")
    prefixes = dict(PREFIXES)
    base: str | None = None
    for k, t in enumerate(tokens):
        if t.kind != "word":
            continue
        word = t.text.upper()
        if word == "PREFIX" and k + 2 < len(tokens) and tokens[k + 2].kind == "iri":
            prefixes[tokens[k + 1].text.rstrip(":")] = tokens[k + 2].text
        elif word == "BASE" and k + 1 < len(tokens) and tokens[k + 1].kind == "iri":
            base = tokens[k + 1].text
        elif (keyword := _keyword(t.text)) is not None:
            word = keyword
            iri = _endpoint(tokens, k, prefixes, base) if t.text.upper() == keyword else None
            if _host_allowed(iri, limits.allow_service):
                continue
            if not limits.allow_service:
                raise Forbidden(f"{word} is not allowed here: this endpoint calls no other server "
                                f"(start it with --allow-service HOST to let queries call HOST)")
            target = f"<{iri}>" if iri else "an endpoint it cannot tell before running"
            raise Forbidden(f"{word} {target}: this endpoint calls only {', '.join(limits.allow_service)}")
