"""The lineage pages in-process: a work beside last year's (``/diff/...``) and its series by year
(``/series/...``), reached from the work page, checked against the hand-checked pairing of
E/RES/2023/3 with E/RES/2022/15 and against what the lineage graph holds."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from tests.conftest import akn_file
from tests.serve.conftest import app_client, build_store

GOLD = Path(__file__).resolve().parents[1] / "lineage" / "gold" / "E-RES-2022-15_E-RES-2023-3.json"
# the WSIS series: 2021/28 in English only, 2022/15 and 2023/3 in English, Chinese and Arabic
FILES = [("2021", "E_RES_2021_28", ("en",)), ("2022", "E_RES_2022_15", ("en", "zh", "ar")), ("2023", "E_RES_2023_3", ("en", "zh", "ar"))]


def lineage_files() -> list[Path]:
    return [akn_file("ecosoc", year, stem, lang) for year, stem, langs in FILES for lang in langs]


@pytest.fixture(scope="module")
def lineage_store(tmp_path_factory, corpus) -> Path:
    return build_store(tmp_path_factory.mktemp("serve-lineage") / "store", lineage_files())


@pytest.fixture(scope="module")
def client(lineage_store):
    with app_client(lineage_store) as c:
        yield c


def rows(page: str) -> list[dict]:
    """The comparison table's rows: change, the ids on each side, and each cell's marks."""
    out = []
    for m in re.finditer(r'<tr class="(?P<change>same|amended|new|dropped)"(?P<attrs>[^>]*)>(?P<body>.*?)</tr>', page, re.S):
        attrs = dict(re.findall(r'data-(new|old)="([^"]+)"', m["attrs"]))
        cells = re.findall(r'<td class="(old|new)" lang="([^"]+)" dir="([^"]+)">(.*?)</td>', m["body"], re.S)
        out.append({
            "change": m["change"], "new": attrs.get("new"), "old": attrs.get("old"),
            "cells": [(side, lang, d) for side, lang, d, _ in cells],
            "del": [html.unescape(x) for x in re.findall(r"<del>(.*?)</del>", m["body"], re.S)],
            "ins": [html.unescape(x) for x in re.findall(r"<ins>(.*?)</ins>", m["body"], re.S)],
        })
    return out


def counts(page: str) -> dict[str, int]:
    found = re.search(r'id="counts">(.*?)</p>', page, re.S)
    return {k: int(n) for n, k in re.findall(r"(\d+) (same|amended|new|dropped)", found.group(1))}


def test_the_work_page_links_to_last_years_and_to_its_series(client):
    page = client.get("/unkg/doc/E/RES/2023/3").text
    assert 'href="/diff/E/RES/2023/3?lang=en" id="compare-link">compared with last year' in page
    assert 'href="/series/E/RES/2023/3?lang=en" id="series-link"' in page
    first = client.get("/unkg/doc/E/RES/2021/28").text  # the first of the series: nothing before it
    assert 'id="series-link"' in first and 'id="compare-link"' not in first
    alone = client.get("/unkg/doc/E/RES/2021/28?lang=zh").text
    assert 'id="compare-link"' not in alone


def test_the_comparison_page_pairs_as_the_hand_checked_gold(client):
    gold = json.loads(GOLD.read_text("utf-8"))
    r = client.get("/diff/E/RES/2023/3?lang=en")
    assert r.status_code == 200
    page = r.text
    assert counts(page) == gold["counts_en"]
    found = rows(page)
    paired = {x["new"]: x["old"] for x in found if x["new"]}
    assert paired == gold["pairs"]
    assert sorted(x["new"] for x in found if x["change"] == "same") == gold["same_en"]
    assert [x["old"] for x in found if x["change"] == "dropped"] == gold["dropped"]
    for x in found:  # every amended paragraph shows its edits, a same one none
        assert bool(x["del"] or x["ins"]) == (x["change"] in ("amended", "new", "dropped")), x
    amended = [x for x in found if x["change"] == "amended"]
    assert len(amended) == gold["counts_en"]["amended"] and any(x["ins"] and x["del"] for x in amended)
    assert "E/RES/2022/15" in page and 'href="/unkg/doc/E/RES/2022/15?lang=en"' in page


def test_arabic_cells_read_right_to_left_with_the_marks_on_arabic_words(client):
    page = client.get("/diff/E/RES/2023/3?lang=ar").text
    found = rows(page)
    assert found and all(cells == [("old", "ar", "rtl"), ("new", "ar", "rtl")] for cells in (x["cells"] for x in found))
    arabic = re.compile(r"[\u0600-\u06ff]")
    marks = [t for x in found for t in x["ins"] + x["del"]]
    assert marks and sum(bool(arabic.search(t)) for t in marks) > len(marks) * 0.8
    # the page around the texts is English, left to right
    assert re.search(r'<html lang="en" dir="ltr">', page)
    # the pairing is the same whatever the language
    assert {x["new"]: x["old"] for x in found if x["new"]} == {x["new"]: x["old"] for x in rows(client.get("/diff/E/RES/2023/3?lang=zh").text) if x["new"]}


def test_any_two_works_compare_with_with(client):
    page = client.get("/diff/E/RES/2023/3?with=E/RES/2021/28").text
    assert "<bdi>E/RES/2023/3</bdi> compared with <bdi>E/RES/2021/28</bdi>" in page
    assert "they were aligned now" in page  # the lineage graph compares 2023/3 with 2022/15 only
    assert sum(counts(page).values()) > 100


@pytest.mark.parametrize(("url", "status", "says"), [
    ("/diff/E/RES/1999/1", 404, "holds no work E/RES/1999/1"),
    ("/diff/E/RES/2021/28", 404, "no earlier work of the series"),
    ("/diff/not-a-symbol", 400, "not a UN document symbol"),
    ("/diff/E/RES/2023/3?lang=de", 400, "unknown language"),
    ("/diff/E/RES/2023/3?with=E/RES/2023/3", 400, "compared with itself"),
    ("/diff/E/RES/2023/3?with=E/RES/2021/28&lang=zh", 404, "no zh text of E/RES/2021/28"),
    ("/series/E/RES/1999/1", 404, "holds no work E/RES/1999/1"),
    ("/series/%22%3E%3Cscript%3E", 400, "symbol"),
])
def test_what_cannot_be_shown_is_a_page_saying_why(client, url, status, says):
    r = client.get(url)
    assert r.status_code == status
    assert "text/html" in r.headers["content-type"]
    assert says in html.unescape(r.text)
    assert "<script>" not in r.text.split("<body>", 1)[1]


def test_the_series_page_lists_the_works_by_year_with_what_each_kept_changed_added(client, lineage_store):
    from unkg.graph.stores import LocalStore
    from unkg.lineage.compare import compare

    page = client.get("/series/E/RES/2022/15").text
    symbols = re.findall(r'<tr class="[^"]*" data-symbol="([^"]+)">', page)
    assert symbols[-3:] == ["E/RES/2021/28", "E/RES/2022/15", "E/RES/2023/3"]
    assert "Assessment of the progress made in the implementation" in page
    row = re.search(r'data-symbol="E/RES/2023/3">(.*?)</tr>', page, re.S).group(1)
    shown = {k: int(v) for k, v in re.findall(r'class="n (kept|changed|added|dropped)-n">(\d+)<', row)}
    store = LocalStore(lineage_store, create=False, read_only=True)
    c = compare(store, "E/RES/2022/15", "E/RES/2023/3", "en").to_dict()["counts"]
    assert shown == {"kept": c["same"], "changed": c["amended"], "added": c["new"], "dropped": c["dropped"]}
    assert 'href="/diff/E/RES/2023/3?lang=en"' in row
    current = re.search(r'<tr class="[^"]*current[^"]*" data-symbol="([^"]+)"', page)
    assert current and current.group(1) == "E/RES/2022/15"
