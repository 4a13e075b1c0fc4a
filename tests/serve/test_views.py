"""The graph views over HTTP (``/views/{kind}``), asked in-process: a self-contained HTML page
drawn from the store (what a browser does with it is in ``test_browser``)."""

from __future__ import annotations

import json
import re

WORK = "https://w3id.org/unkg/doc/E/RES/2022/15"


def node_data(html: str) -> list[dict]:
    return json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", html, re.S).group(1))


def nodes(html: str) -> list[str]:
    return sorted(n["id"] for n in node_data(html))


def test_the_citation_view_is_a_page_of_the_stores_works(client):
    """The overview draws the most-cited documents; centred on a work, what cites it and what it cites."""
    r = client.get("/views/citations")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert nodes(r.text)
    centred = client.get("/views/citations", params={"iri": "E/RES/2022/15"})
    assert centred.status_code == 200 and WORK in nodes(centred.text)


def test_an_ego_view_centres_on_a_work_given_by_symbol_or_iri(client):
    by_iri = client.get("/views/ego", params={"iri": WORK, "hops": "1"})
    by_symbol = client.get("/views/ego", params={"iri": "E/RES/2022/15", "hops": "1"})
    assert by_iri.status_code == by_symbol.status_code == 200
    assert WORK in nodes(by_iri.text) and nodes(by_iri.text) == nodes(by_symbol.text)
    assert "Within 1 link of" in by_iri.text


def test_a_view_is_labelled_in_the_asked_language(client):
    han = re.compile(r"[\u4e00-\u9fff]")
    zh = client.get("/views/ego", params={"iri": WORK, "hops": "1", "lang": "zh"})
    en = client.get("/views/ego", params={"iri": WORK, "hops": "1"}, headers={"Accept-Language": "en"})
    assert zh.status_code == en.status_code == 200
    assert nodes(zh.text) == nodes(en.text)
    labels = {lang: " ".join(n["label"] + n["title"] for n in node_data(r.text)) for lang, r in (("zh", zh), ("en", en))}
    assert han.search(labels["zh"]) and not han.search(labels["en"])
