"""Content negotiation (RFC 9110 §12.5.1 Accept) with python-mimeparse, and the ``format=`` override.

Three families: SPARQL results (SELECT, ASK), RDF graphs (CONSTRUCT, DESCRIBE, dereferenced
IRIs) and pages (HTML). Each offers formats of ``unkg.formats``, in its order of preference;
the first media type of each is what the response says it is.
"""

from __future__ import annotations

import mimeparse

from unkg import formats
from unkg.serve.errors import NotAcceptable

FAMILIES: dict[str, tuple[formats.Format, ...]] = {
    "results": formats.of_kind(formats.RESULTS),
    "graph": formats.select("turtle", "jsonld", "ntriples", "rdfxml"),
    "page": formats.of_kind(formats.PAGE),
}
OFFERED = tuple(f for family in FAMILIES.values() for f in family)
# format= names people type, for any family
ALIASES = {name: f.key for f in OFFERED for name in f.names}

__all__ = ["FAMILIES", "NotAcceptable", "choose"]


def _counterpart(families: list[str], header: str) -> tuple[str, str] | None:
    """The ``(family, key)`` whose format is the counterpart of the best match of ``header``
    among every format offered anywhere, or None."""
    others = [(f, t) for f in OFFERED for t in f.media_types]
    try:
        best = mimeparse.best_match([t for _, t in reversed(others)], header)
    except ValueError:
        return None
    match = next((f for f, t in others if t == best), None) if best else None
    if match is None or match.counterpart is None:
        return None
    for family in families:
        if match.counterpart in {f.key for f in FAMILIES[family]}:
            return family, match.counterpart
    return None


def choose(families: list[str], accept: str | None, fmt: str | None = None) -> tuple[str, str]:
    """The ``(family, format key)`` to answer with, from ``format=`` first, else the Accept header.

    ``families`` lists what this resource can be, in the order of preference when the client
    accepts anything (``*/*``). An Accept header that names only formats of another family gets
    their counterpart (``application/sparql-results+json`` on a CONSTRUCT: JSON-LD), as
    ``format=`` does. Raises NotAcceptable (406) when nothing fits.
    """
    if fmt:
        key = ALIASES.get(fmt.strip().lower())
        if key is None and "/" in fmt:  # format=text/turtle
            return choose(families, fmt)
        if key is None:
            raise NotAcceptable(f"unknown format {fmt!r}: use {formats.listing(OFFERED)}")
        # what a format= meant for one family means for the other (format=json on a CONSTRUCT gives JSON-LD)
        counterpart = formats.get(key).counterpart
        for family in families:
            keys = {f.key for f in FAMILIES[family]}
            if key in keys:
                return family, key
            if counterpart in keys:
                return family, counterpart
        raise NotAcceptable(f"format {fmt!r} does not fit this resource")
    offered = [(family, f.key, t) for family in families for f in FAMILIES[family] for t in f.media_types]
    header = (accept or "").strip() or "*/*"
    # mimeparse prefers the last of equally good types: offer in reverse so the first wins ties
    try:
        best = mimeparse.best_match([t for _, _, t in reversed(offered)], header)
    except ValueError:  # a malformed Accept header counts as */*
        best = offered[0][2]
    if not best:
        # Accept names only formats of the other kind (rdflib's SPARQLStore with returnFormat="json"
        # sends application/sparql-results+json for a CONSTRUCT too): answer in their counterpart,
        # as format= does, rather than 406 (RFC 9110 §12.5.1 lets a server disregard Accept)
        counterpart = _counterpart(families, header)
        if counterpart is not None:
            return counterpart
        wanted = ", ".join(sorted({t for _, _, t in offered}))
        raise NotAcceptable(f"cannot answer with any of Accept: {header}; this resource is available as {wanted}")
    for family, key, t in offered:
        if t == best:
            return family, key
    raise NotAcceptable(header)  # unreachable: best is one of offered
