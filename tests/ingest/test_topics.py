"""Digital-policy topics: the names in six languages, and the linker's tagging on real documents."""

from __future__ import annotations

import pytest

from tests.conftest import AKN, akn_file
from unkg.ingest import read
from unkg.ingest.link import link
from unkg.ingest.names import canonical, find_topics
from unkg.record import LANGUAGES, Record
from unkg.reference import fold, load, load_topics

FOUR = ("en", "zh", "ru", "ar")


def _linked(body: str, where: str, stem: str, language: str) -> Record:
    record = next(r for r in read(akn_file(body, where, stem, language)) if isinstance(r, Record))
    return link(record)


def _tags(record: Record) -> set[tuple[str, str]]:
    return {(t.paragraph, t.topic) for t in record.topics}


@pytest.fixture(scope="module")
def wsis_2022() -> dict[str, Record]:
    return {lang: _linked("ecosoc", "2022", "E_RES_2022_15", lang) for lang in LANGUAGES}


def test_every_topic_is_named_in_the_six_languages() -> None:
    topics = load_topics()
    assert len(topics.entries) >= 20
    for topic in topics:
        assert set(topic.names) == set(LANGUAGES), f"{topic.id}: names in {sorted(topic.names)}"
        if topic.parent:
            assert topic.parent in topics, f"{topic.id}.broader = {topic.parent!r} is not a topic"
            assert topic.id not in {p.id for p in topics.parents(topic.id)}, f"{topic.id}: broader cycle"


def test_a_printed_form_names_one_topic_per_language() -> None:
    for language in LANGUAGES:
        owner: dict[str, str] = {}
        for form, topic, is_acronym in load_topics().names(language):
            key = fold(form) if is_acronym else canonical(form, language)
            assert owner.setdefault(key, topic.id) == topic.id, f"{language} {form!r}: {owner[key]} and {topic.id}"


def test_topics_are_not_entities() -> None:
    """No entity lookup finds a topic: the registries of bodies, states, events and instruments
    do not hold them, and the linker never makes them mentions."""
    assert not set(load_topics().entries) & set(load().entries)


def test_the_four_languages_tag_the_same_paragraphs_with_the_same_topics(wsis_2022) -> None:
    """The real check of the names: the six language versions of one resolution share paragraph
    ids, so each language's names should tag the same paragraphs with the same topics as English.
    Translations differ at the margin (a Russian paraphrase, an Arabic adjective form), so the
    sets must agree on nine pairs in ten and on every paragraph the core topics tag."""
    en = _tags(wsis_2022["en"])
    assert len(en) > 100 and len({t for _, t in en}) >= 15
    for lang in FOUR[1:]:
        other = _tags(wsis_2022[lang])
        agreement = len(en & other) / len(en | other)
        assert agreement >= 0.88, f"{lang}: {agreement:.2f}; only en {sorted(en - other)}; only {lang} {sorted(other - en)}"
    for topic in ("ict", "broadband", "digital-economy", "e-government", "gender-digital-divide", "digital-inclusion"):
        anchors = {lang: {a for a, t in _tags(wsis_2022[lang]) if t == topic} for lang in FOUR}
        assert anchors["en"], topic
        assert all(found == anchors["en"] for found in anchors.values()), f"{topic}: {anchors}"


def test_an_ict4d_resolution_agrees_too() -> None:
    tags = {lang: _tags(_linked("ga", "79session", "A_RES_79_194", lang)) for lang in FOUR}
    for lang in FOUR[1:]:
        agreement = len(tags["en"] & tags[lang]) / len(tags["en"] | tags[lang])
        assert agreement >= 0.85, f"{lang}: {agreement:.2f}"
    ai = {lang: {a for a, t in tags[lang] if t == "artificial-intelligence"} for lang in FOUR}
    assert ai["en"] and all(v == ai["en"] for v in ai.values()), ai


def test_topics_are_tagged_in_paragraphs_and_footnotes_never_as_mentions(wsis_2022) -> None:
    record = wsis_2022["zh"]
    anchors = {t.paragraph for t in record.topics}
    assert "title" not in anchors
    paragraphs = {p.id for p in record.paragraphs} | {f"fn:{f.number}" for f in record.footnotes}
    assert anchors <= paragraphs
    assert not {m.entity.id for m in record.mentions} & set(load_topics().entries)
    # each tag carries the words as printed in the record's language
    for t in record.topics:
        if t.topic == "artificial-intelligence":
            assert t.as_printed == "人工智能"


def test_a_narrower_topic_tags_its_broader_one_too() -> None:
    found = {topic.id: printed for topic, printed in find_topics("缩小性别数字鸿沟", "zh")}
    assert found == {"gender-digital-divide": "性别数字鸿沟", "digital-divide": "性别数字鸿沟"}


@pytest.mark.parametrize(
    "text,language,topic",
    [
        ("повышения уровня цифровой грамотности", "ru", "digital-skills"),
        ("в области науки, техники и инноваций", "ru", "science-technology-innovation"),  # list words inflect before their comma
        ("للاتحاد وللذكاء الاصطناعي", "ar", "artificial-intelligence"),  # behind the clitics
        ("la science, la technologie et l’innovation", "fr", "science-technology-innovation"),  # curly apostrophe
        ("Internet governance", "en", "internet-governance"),
    ],
)
def test_names_match_as_printed(text: str, language: str, topic: str) -> None:
    assert topic in {t.id for t, _ in find_topics(text, language)}


def test_words_inside_a_registry_name_are_not_the_topic() -> None:
    """"the Internet Governance Forum" names a forum; the words in its name do not make the
    paragraph one on Internet governance (it is found by its mentions)."""
    from unkg.ingest.names import find

    text = "Welcomes the work of the Internet Governance Forum"
    assert find_topics(text, "en", find(text, "en")) == []
    text = "Stresses that Internet governance should remain multi-stakeholder"
    assert [t.id for t, _ in find_topics(text, "en", find(text, "en"))] == ["internet-governance", "internet"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_goals_are_a_topic_the_agenda_the_instrument(wsis_2022, language: str) -> None:
    """E/RES/2022/15 names the Sustainable Development Goals and the 2030 Agenda in its preamble, in
    six languages: the Goals tag the paragraphs, the Agenda is the instrument they name."""
    record = wsis_2022[language]
    goals = {p for p, t in _tags(record) if t == "sustainable-development-goals"}
    assert goals
    assert not any(m.entity.type == "instrument" and "Goals" in m.entity.en for m in record.mentions)
    assert any(m.entity.id == "agenda-2030" for m in record.mentions)


@pytest.mark.slow
def test_every_name_occurs_in_the_corpus_texts_of_its_language() -> None:
    """Each printed form of topics.yaml is found, as the linker matches it, in at least one
    paragraph or footnote of the AKN corpus in its language."""
    from unkg.ingest.errors import IngestError

    topics = load_topics()
    missing = {(lang, form) for lang in LANGUAGES for form, _, _ in topics.names(lang)}
    for path in sorted(AKN.rglob("*.xml")):
        try:
            records = [r for r in read(path) if isinstance(r, Record)]
        except IngestError:
            continue
        for record in records:
            lang = record.language
            if not any(lang == want for want, _ in missing):
                continue
            for text in [p.text for p in record.paragraphs] + [f.text for f in record.footnotes]:
                for topic, printed in find_topics(text, lang):
                    for form, owner, is_acronym in topics.names(lang):
                        if owner.id == topic.id and (lang, form) in missing:
                            same = fold(form) == fold(printed) if is_acronym else canonical(form, lang) == canonical(printed, lang)
                            if same:
                                missing.discard((lang, form))
        if not missing:
            break
    assert not missing, sorted(missing)
