"""The query library: every query documented, valid, and answering real questions on real documents."""

from __future__ import annotations

import hashlib

import pytest

from tests.conftest import akn_file
from tests.queries.corpus_store import WORKS, corpus_files
from unkg.queries import PAGE, bind, list_queries

NAMES = [q.name for q in list_queries()]


def rows(store, name, **params):
    return answer(store, bind(name, params))


def answer(store, sparql):
    """The rows of a SPARQL query, each a dict of its variables' values (None where unbound)."""
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in result]


def every_row(store, name, **params):
    """The rows of every page of a query that lists a whole store, page after page."""
    found, page = [], 1
    while True:
        got = rows(store, name, page=page, **params)
        found += got
        if len(got) < PAGE:
            return found
        page += 1


PAGED = ["bodies-by-year", "body-requests", "co-mentioned-bodies", "events-timeline", "requests-due"]


@pytest.mark.parametrize("name", PAGED)
def test_a_whole_store_listing_comes_a_page_at_a_time(store, name):
    """The pages follow on: none repeats a row of another, each keeps the query's order, and a
    page past the last is empty."""
    params = {"min": 1} if name in ("bodies-by-year", "co-mentioned-bodies") else {}
    everything = every_row(store, name, **params)
    assert everything, name
    key = [tuple(sorted(r.items(), key=str)) for r in everything]
    assert len(key) == len(set(key)), f"{name}: a row on two pages"
    assert rows(store, name, page=1, **params) == everything[:PAGE]
    if len(everything) > PAGE:
        assert rows(store, name, page=2, **params) == everything[PAGE:2 * PAGE]
    assert rows(store, name, page=len(everything) // PAGE + 2, **params) == []
    # and together they are the whole listing: the query without its page (no cut, no OFFSET
    # and LIMIT), so a cut that drops or adds rows shows here
    whole = bind(name, params).replace("OFFSET 99 LIMIT 1", "LIMIT 0").replace("OFFSET 0 LIMIT 100", "")
    assert everything == answer(store, whole)


def test_the_sample_holds_more_than_a_page_of_some_listings(store):
    """So the paging above is tested across pages: the bodies by year and the pairs of bodies."""
    assert len(every_row(store, "bodies-by-year", min=1)) > 2 * PAGE
    assert len(every_row(store, "co-mentioned-bodies", min=1)) > 2 * PAGE


def test_the_library_covers_the_researchers_questions():
    assert len(NAMES) >= 15
    for q in list_queries():
        assert q.title and q.description, q.name
        assert "PREFIX" in q.text, f"{q.name}: declare prefixes so the query runs on any endpoint"
        for p in q.params:
            assert p.description, f"{q.name}: parameter {p.name} undocumented"


@pytest.mark.parametrize("name", NAMES)
def test_every_query_runs_on_real_documents(store, name):
    rows(store, name)


def test_works_citing_a_symbol_with_the_verb(store):
    found = rows(store, "citing-works", symbol="70/125")
    citing = {r["citing"] for r in found}
    assert "E/RES/2022/15" in citing
    verbs = {r["verb"] for r in found if r["citing"] == "E/RES/2022/15"}
    assert "recalls" in verbs
    # the verb as printed is in the chosen language
    zh = rows(store, "citing-works", symbol="A/RES/70/125", lang="zh")
    assert any(r["printed"] and "回顾" in r["printed"] for r in zh)


@pytest.mark.parametrize(("name", "params", "keys"), [
    ("citing-works", {"symbol": "A/RES/70/125"}, ("citing", "paragraph")),
    ("asked-of", {"addressee": "CSTD", "prefix": "E/RES/"}, ("work", "paragraph")),
])
def test_the_rows_do_not_depend_on_the_language_asked(store, name, params, keys):
    """Each language version answers for the same paragraphs, once each: a paragraph whose
    Chinese opening has no verb is one row with an empty verb, not one row per verb in the store."""
    answers = {lang: [tuple(r[k] for k in keys) for r in rows(store, name, lang=lang, **params)] for lang in ("en", "zh", "ar")}
    assert answers["en"] and len(answers["en"]) == len(set(answers["en"]))
    assert {lang: sorted(set(a)) for lang, a in answers.items()} == {lang: sorted(set(answers["en"])) for lang in answers}
    assert all(len(a) == len(answers["en"]) for a in answers.values())


def test_one_paragraph_in_six_languages(store):
    found = rows(store, "paragraph-languages", symbol="E/RES/2022/15", paragraph="op:1")
    assert sorted(r["lang"] for r in found) == ["ar", "en", "es", "fr", "ru", "zh"]
    assert len({r["text"] for r in found}) == 6


def test_citation_chain_runs_through_the_series(store):
    found = rows(store, "citation-chain", symbol="E/RES/2024/13")
    order = [r["work"] for r in found]
    assert order == ["E/RES/2021/28", "E/RES/2022/15", "E/RES/2023/3", "E/RES/2024/13"]
    assert all(r["date"] for r in found)
    assert [r["date"] for r in found] == sorted(r["date"] for r in found)


def test_works_listed_with_their_languages(store):
    found = {r["work"]: r for r in rows(store, "works")}
    for symbol in WORKS:
        assert sorted(found[symbol]["languages"].split()) == ["ar", "en", "es", "fr", "ru", "zh"]


def test_recorded_vote(store):
    found = rows(store, "recorded-vote", symbol="A/RES/79/195")
    against = sorted(r["name"] for r in found if r["vote"] == "against")
    assert against == ["Argentina", "Israel", "United States of America"]
    by_vote = {}
    for r in found:
        by_vote.setdefault(r["vote"], set()).add(r["state"])
    assert {k: len(v) for k, v in by_vote.items()} == {"in favour": 132, "against": 3, "abstained": 48}
    assert {r["of"] for r in found if r["vote"] == "in favour"} == {"132"}
    assert rows(store, "recorded-vote", symbol="A/RES/79/194") == []  # adopted without a vote


def test_resolutions_by_sdg(store):
    assert "A/RES/79/194" in {r["work"] for r in rows(store, "resolutions-by-sdg", goal="9")}
    overview = {r["goal"]: int(r["works"]) for r in rows(store, "sdg-overview")}
    assert overview["9"] == len(rows(store, "resolutions-by-sdg", goal="9"))


def test_paragraphs_on_a_topic_in_any_language(store):
    """A topic typed in any of the six languages, or by its key, finds the paragraphs the linker
    tagged with it, with their texts in the language it was typed in."""
    en = rows(store, "paragraphs-on-topic", topic="Artificial Intelligence")
    assert en and {r["lang"] for r in en} == {"en"}
    assert {r["work"] for r in en} >= {"A/RES/79/194"}
    assert all("artificial intelligence" in r["text"].lower() for r in en)
    assert rows(store, "paragraphs-on-topic", topic="artificial-intelligence") == en  # the key: English texts
    ru = rows(store, "paragraphs-on-topic", topic="искусственный интеллект")
    assert ru and {r["lang"] for r in ru} == {"ru"} and all("искусственн" in r["text"].lower() for r in ru)
    # the same paragraphs answer in both languages (the languages agree, paragraphs are language-neutral)
    assert {r["paragraph"] for r in en} & {r["paragraph"] for r in ru}
    # the tags follow the words, not a text search: a paragraph that names the topic only inside a
    # registry name (the Internet Governance Forum) is not on Internet governance
    governance = rows(store, "paragraphs-on-topic", topic="internet governance")
    assert governance and all("internet governance" in r["text"].lower() for r in governance)
    assert any("Internet Governance Forum" in r["text"] for r in governance)  # when it also says it in its own words
    assert rows(store, "paragraphs-on-topic", topic="no such topic") == []


def test_a_topic_typed_in_chinese_gives_chinese_texts(store):
    zh = rows(store, "paragraphs-on-topic", topic="数字鸿沟")
    assert zh and {r["lang"] for r in zh} == {"zh"}
    assert all("数字鸿沟" in r["text"] for r in zh)
    en = rows(store, "paragraphs-on-topic", topic="digital divide")
    # the gender digital divide is a digital divide: its paragraphs are on both
    gender = rows(store, "paragraphs-on-topic", topic="性别数字鸿沟")
    assert gender and {r["paragraph"] for r in gender} <= {r["paragraph"] for r in zh}
    assert abs(len(zh) - len(en)) <= 0.1 * len(en)


def test_a_label_several_languages_print_alike_answers_in_each(store):
    found = rows(store, "paragraphs-on-topic", topic="internet")
    assert {r["lang"] for r in found} == {"en", "fr", "es"}
    assert {r["lang"] for r in rows(store, "paragraphs-on-topic", topic="Интернет")} == {"ru"}


def test_provenance_names_the_real_files(store):
    found = rows(store, "provenance", symbol="E/RES/2022/15")
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus_files() if "E_RES_2022_15" in p.name}
    assert {r["file"]: r["sha256"] for r in found} == files


def test_footnotes_and_verbs_of_a_work(store):
    notes = rows(store, "footnotes", symbol="E/RES/2022/15")
    assert notes and all(r["text"] for r in notes)
    numbers = [int(r["number"]) for r in notes]
    assert numbers == sorted(numbers)
    verbs = {r["verb"]: (int(r["preambular"]), int(r["operative"])) for r in rows(store, "verbs-of-work", symbol="E/RES/2022/15")}
    assert verbs["recalls"][0] > 0
    fr = rows(store, "work-text", symbol="E/RES/2022/15", lang="fr")
    en = rows(store, "work-text", symbol="E/RES/2022/15", lang="en")
    assert [r["kind"] for r in fr] == [r["kind"] for r in en]  # aligned by construction
    kinds = {k: sum(1 for r in en if r["kind"] == k) for k in ("preambular", "operative")}
    assert all(pre <= kinds["preambular"] and op <= kinds["operative"] for pre, op in verbs.values())


def test_sponsors_from_the_un_data(store):
    found = rows(store, "sponsors", symbol="A/RES/79/194")
    assert any(r["printed"] for r in found)


def test_requests_due_at_a_session(tmp_path):
    """A/RES/78/158 (sand and dust storms), op. 27: "Requests the Secretary-General to submit to the
    General Assembly at its seventy-ninth session a report ...": a request due at session 79, reported
    to the General Assembly, in English and in Chinese (向大会第七十九届会议提交报告)."""
    from unkg.graph.stores import open_store
    from unkg.pipeline import ingest_paths

    s = open_store(tmp_path / "store")
    ingest_paths([akn_file("ga", "78session", "A_RES_78_158", lang) for lang in ("en", "zh")], s)
    due = rows(s, "requests-due", at="79")
    assert {(r["paragraph"].rsplit("/", 2)[-2:] == ["op", "27"], r["addressee"], r["reportTo"]) for r in due} >= {(True, "Secretary-General", "General Assembly")}
    assert all(r["session"] == "79" for r in due)
    assert rows(s, "requests-due", at="1999") == []
