"""Fuzzing (issue #14): mutated AKN, text, PDF and data_extract JSON fed to the readers, mutated
queries to the endpoint, each for a bounded number of examples (Hypothesis, derandomized, so CI
runs the same cases in a minute or two on two cores).

What must hold: a reader returns what the file holds or raises IngestError (one line naming the
file); the endpoint answers every query with a status and one line, never a 500."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEED, akn_file

FUZZ = settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None)


@st.composite
def mutated(draw, seed: bytes, max_ops: int = 4):
    """``seed`` after a few byte-level edits: delete, duplicate, overwrite or insert a slice."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, max_ops))):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        j = min(len(data), i + draw(st.integers(1, 64)))
        op = draw(st.sampled_from(["delete", "duplicate", "overwrite", "insert", "truncate"]))
        if op == "delete":
            del data[i:j]
        elif op == "duplicate":
            data[i:i] = data[i:j] * draw(st.integers(1, 50))
        elif op == "overwrite":
            data[i:j] = draw(st.binary(min_size=j - i, max_size=j - i))
        elif op == "insert":
            data[i:i] = draw(st.sampled_from([b"<p>", b"</p>", b"<num>10000.</num>", b"&amp;", b"\xff\xfe", b"\x00", b"]]>", b"<!--",
                                              "第 70/125 号决议".encode(), b"E/RES/../../x", b"\n12345. ", b"%PDF-1.7", b"obj <<"]))
        else:
            del data[i:]
    return bytes(data)


def read_or_refuse(path) -> None:
    from unkg.ingest import read
    from unkg.ingest.errors import IngestError

    try:
        read(path)
    except IngestError as e:
        assert "\n" not in str(e) and str(e).startswith(str(path))


AKN = akn_file("ecosoc", "2022", "E_RES_2022_12", "en")


@FUZZ
@given(data=mutated(AKN.read_bytes()))
def test_mutated_akn_never_raises_a_traceback(tmp_path_factory, data):
    f = tmp_path_factory.mktemp("akn") / AKN.name
    f.write_bytes(data)
    read_or_refuse(f)


@FUZZ
@given(data=mutated(SEED.read_bytes()))
def test_mutated_text_never_raises_a_traceback(tmp_path_factory, data):
    f = tmp_path_factory.mktemp("txt") / SEED.name
    f.write_bytes(data)
    read_or_refuse(f)


PDF = sorted((SEED.parents[1] / "digital" / "pdf").glob("*.pdf"), key=lambda p: p.stat().st_size)[0]


@settings(FUZZ, max_examples=10)
@given(data=mutated(PDF.read_bytes(), max_ops=3))
def test_mutated_pdf_never_raises_a_traceback(tmp_path_factory, data):
    f = tmp_path_factory.mktemp("pdf") / PDF.name
    f.write_bytes(data)
    read_or_refuse(f)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=10)
FIELDS = ["symbol", "title", "adoption_date", "adoption_meeting", "session", "agenda_item", "committee", "originating_document",
          "sponsors", "additional_sponsors", "voting_type", "adoption_type", "MS_in_favour", "MS_against", "MS_abstaining",
          "MS_in_favour_count", "SDGs"]
lines = st.fixed_dictionaries({"symbol": st.sampled_from(["E/RES/2022/15", "A/RES/79/1", "E/RES/../x", "", "70/125"]) | json_values},
                              optional={k: json_values for k in FIELDS[1:]})


@settings(FUZZ, max_examples=60)
@given(objs=st.lists(lines, min_size=1, max_size=3), wrap=st.booleans())
def test_data_extract_lines_of_any_shape_never_raise_a_traceback(tmp_path_factory, objs, wrap):
    f = tmp_path_factory.mktemp("json") / "extract.json"
    text = "\n".join(json.dumps(o) for o in objs)
    f.write_text(f'"{text}"' if wrap else text)
    read_or_refuse(f)


QUERIES = [
    'SELECT ?lang ?title WHERE { <https://w3id.org/unkg/doc/E/RES/2022/15> dcterms:title ?title BIND(LANG(?title) AS ?lang) } ORDER BY ?lang',
    "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a unkg:OperativeParagraph ; dcterms:isPartOf ?w } GROUP BY ?w",
    'ASK { ?s rdfs:label "x"@en FILTER(REGEX(STR(?s), "^https?://")) }',
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3",
]
query_texts = st.sampled_from(QUERIES).flatmap(lambda q: mutated(q.encode(), max_ops=3)).map(lambda b: b.decode("utf-8", "replace"))


@settings(FUZZ, max_examples=60)
@given(query=query_texts | st.text(max_size=200), how=st.sampled_from(["get", "post", "form"]))
def test_mutated_queries_get_a_status_and_one_line_never_a_500(client, query, how):
    if how == "get":
        r = client.get("/sparql", params={"query": query})
    elif how == "post":
        r = client.post("/sparql", content=query.encode(), headers={"Content-Type": "application/sparql-query"})
    else:
        r = client.post("/sparql", data={"query": query}, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code in (200, 400, 403, 406, 413, 503), (r.status_code, r.text)
    if r.status_code != 200:
        assert r.text.endswith("\n") and "\n" not in r.text[:-1]


@settings(FUZZ, max_examples=300)
@given(text=st.text(max_size=300) | query_texts)
def test_the_query_scan_refuses_or_passes_never_raises_anything_else(text):
    from unkg.serve.errors import ServeError
    from unkg.serve.limits import Limits, check

    try:
        check(text, Limits(allow_service=("example.org",)))
    except ServeError as e:
        assert e.status in (400, 403, 413)
