"""SPARQL results written row by row with a row cap, in the four W3C result formats.

- JSON: SPARQL 1.1 Query Results JSON Format (https://www.w3.org/TR/sparql11-results-json/)
- XML: SPARQL Query Results XML Format (https://www.w3.org/TR/rdf-sparql-XMLres/)
- CSV and TSV: SPARQL 1.1 Query Results CSV and TSV Formats (https://www.w3.org/TR/sparql11-results-csv-tsv/)

Written here rather than by pyoxigraph's serializer because that one consumes the whole result
and cannot stop at the server's row cap; rdflib has no TSV writer and would convert every term.

An answer cut at the cap says so in itself where its format has a place for it, besides the
``Unkg-Results-Truncated`` response header: SPARQL JSON in its head's ``link`` array and SPARQL
XML in a ``<link href>`` of its head (both defined for "further metadata about the query
results"), Turtle and N-Triples in a comment line, RDF/XML in an XML comment; the link is
``urn:unkg:truncated:N``, N the rows (or triples) the answer holds. CSV and TSV have no such
place: a comment line is a data row to a CSV reader and a syntax error to the TSV readers of
rdflib and Oxigraph, so they carry the header only. JSON-LD has none either.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
TRUNCATED = "urn:unkg:truncated:"  # + the number of rows the cut answer holds


def truncated_link(rows: int) -> str:
    """The link a cut answer carries in its head (SPARQL JSON ``link``, XML ``<link href>``)."""
    return f"{TRUNCATED}{rows}"


def truncated_comment(rows: int) -> str:
    # no "--" in it: an XML comment may not hold one
    return (f"unkg: truncated: this answer holds the first {rows} results only, the most this server sends "
            f"(its max-rows setting); ask for less, or page with LIMIT and OFFSET")
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject), "predicate": _json_term(term.predicate), "object": _json_term(term.object)}}


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}</predicate><object>{_xml_term(term.object)}</object></triple>"


def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _tsv_term(term) -> str:
    # TSV writes terms in Turtle/N-Triples syntax; pyoxigraph's str() is exactly that
    return "" if term is None else str(term).replace("\t", "\\t")


def take(items: Iterable, max_rows: int, convert: Callable = lambda item: item) -> tuple[list, bool]:
    """At most ``max_rows`` of ``items``, each converted as it is read (a pyoxigraph solution is
    not kept: it must die on the thread its results were made on), and whether there were more."""
    kept = []
    for item in items:
        if len(kept) >= max_rows:
            return kept, True
        kept.append(convert(item))
    return kept, False


def write_solutions(variables: list[str], solutions: Iterable, fmt: str, max_rows: int) -> tuple[bytes, int, bool]:
    """Serialise at most ``max_rows`` solutions: ``(body, rows written, truncated)``."""
    rows, truncated = take(solutions, max_rows, lambda solution: [solution[v] for v in variables])
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        head: dict = {"vars": variables}
        if truncated:
            head["link"] = [truncated_link(len(rows))]
        body = json.dumps({"head": head, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
    elif fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        if truncated:  # after the variables, as the results schema orders them
            out.append(f"<link href={quoteattr(truncated_link(len(rows)))}/>")
        out.append("</head>\n<results>")
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(variables, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>\n</sparql>\n")
        body = "\n".join(out).encode()
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_term(t) for t in row] for row in rows)
        body = buf.getvalue().encode()
    elif fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
        body = ("\n".join(lines) + "\n").encode()
    else:
        raise ValueError(f"unknown results format {fmt!r}")
    return body, len(rows), truncated


def note_truncated_graph(body: bytes, media_type: str, triples: int) -> bytes:
    """A cut graph answer (CONSTRUCT, DESCRIBE) with a note saying so where its format allows:
    a comment line first in Turtle and N-Triples, an XML comment after RDF/XML's declaration;
    other formats (JSON-LD) as they are."""
    media = media_type.split(";")[0].strip().lower()
    note = truncated_comment(triples)
    if media in ("text/turtle", "application/n-triples"):
        return f"# {note}\n".encode() + body
    if media == "application/rdf+xml":
        declaration, newline, rest = body.partition(b"\n")
        comment = f"<!-- {note} -->\n".encode()
        if declaration.startswith(b"<?xml"):
            return declaration + newline + comment + rest
        return comment + body
    return body


def write_boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer in the four formats (CSV/TSV write the one value under a ``_askResult`` column, as Jena does)."""
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        word = "true" if value else "false"
        return f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head/>\n<boolean>{word}</boolean>\n</sparql>\n'.encode()
    if fmt == "csv":
        return f"_askResult\r\n{'true' if value else 'false'}\r\n".encode()
    if fmt == "tsv":
        return f"?_askResult\n{'true' if value else 'false'}\n".encode()
    raise ValueError(f"unknown results format {fmt!r}")
