"""Known answers of the queries that read the linking stage's output: bodies and events named in
paragraphs (unkg:mentions), events with their dates and series. Cross-checked between queries."""

from __future__ import annotations

from collections import Counter

from tests.queries.test_library import every_row, rows


def test_where_a_body_is_mentioned_in_any_of_its_names(store):
    itu = rows(store, "body-mentions", body="ITU")
    assert itu and {r["entity"] for r in itu} == {store.minter.body("itu")}
    assert all("International Telecommunication Union" in r["text"] or "ITU" in r["text"] for r in itu)
    # the same body by its Chinese short name and its French acronym: the same paragraphs
    for name in ("国际电联", "UIT"):
        assert {r["paragraph"] for r in rows(store, "body-mentions", body=name)} == {r["paragraph"] for r in itu}
    assert rows(store, "body-mentions", body="itu") == []  # names match as printed


def test_bodies_by_year_agree_with_the_paragraphs(store):
    itu = store.minter.body("itu")
    by_year = {r["year"]: int(r["paragraphs"]) for r in every_row(store, "bodies-by-year", min=1) if r["body"] == itu}
    per_year = Counter(r["date"][:4] for r in rows(store, "body-mentions", body="ITU"))
    assert by_year == dict(per_year)
    assert set(by_year) == {"2021", "2022", "2023", "2024"}
    zh = {r["body"]: r["name"] for r in every_row(store, "bodies-by-year", lang="zh")}
    assert zh[itu] == "国际电信联盟"
    # MIN leaves out the bodies named in fewer paragraphs that year, and only those
    everything = every_row(store, "bodies-by-year", min=1)
    frequent = every_row(store, "bodies-by-year", min=3)
    assert frequent == [r for r in everything if int(r["paragraphs"]) >= 3] and len(frequent) < len(everything)


def test_bodies_named_together(store):
    pairs = every_row(store, "co-mentioned-bodies")
    assert pairs and all(r["a"] < r["b"] for r in pairs)
    counts = [int(r["paragraphs"]) for r in pairs]
    assert counts == sorted(counts, reverse=True)
    cstd, ga = store.minter.body("cstd"), store.minter.body("general-assembly")
    assert any({r["a"], r["b"]} == {cstd, ga} for r in pairs)


def test_what_a_body_was_asked_to_do(store):
    sg = store.minter.body("secretary-general")
    # every resolution of both series ends by requesting a report of the Secretary-General
    series = {"E/RES/2021/28", "E/RES/2022/15", "E/RES/2023/3", "E/RES/2024/13", "A/RES/78/132", "A/RES/79/194"}
    asked = {(r["verb"], r["work"], r["paragraph"]) for prefix in ("E/RES/", "A/RES/")
             for r in rows(store, "asked-of", addressee="Secretary-General", prefix=prefix)}
    assert {w for v, w, _ in asked if v == "requests"} >= series
    # the overview counts the same paragraphs and works, verb by verb
    overview = {r["verb"]: (int(r["paragraphs"]), int(r["works"])) for r in every_row(store, "body-requests") if r["body"] == sg}
    for verb, (paragraphs, works) in overview.items():
        assert paragraphs == len({p for v, _, p in asked if v == verb}), verb
        assert works == len({w for v, w, _ in asked if v == verb}), verb
    assert overview["requests"][1] >= len(series)


def test_events_on_a_timeline(store):
    events = {r["event"]: r for r in every_row(store, "events-timeline")}
    igf = events[store.minter.event("igf-2021")]
    assert igf["start"] == "2021-12-06" and igf["series"] == "Internet Governance Forum"
    assert int(igf["works"]) >= 1
    igfs = [r["start"] for r in events.values() if r["series"] == "Internet Governance Forum"]
    assert igfs == sorted(igfs) and len(igfs) >= 10


def test_figures_stated_are_in_the_paragraphs_that_state_them(store):
    figures = rows(store, "figures")
    assert any(r["work"] == "A/RES/79/194" and r["paragraph"].endswith("/op/24") and float(r["value"]) == 90
               and r["unit"] == "percent" for r in figures)
    texts = {}
    for r in figures:
        if r["paragraph"] not in texts:
            found = store.query(f'SELECT ?t WHERE {{ <{r["paragraph"]}> unkg:text ?t . FILTER(LANG(?t) = "en") }}')
            texts[r["paragraph"]] = " ".join(row["t"].value for row in found)
        assert r["printed"] in texts[r["paragraph"]], r
    zh = rows(store, "figures", lang="zh")
    assert zh and all(r["work"] for r in zh)
