"""The reference registries: schema, integrity, and the resolvers the readers call."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources

import jsonschema
import pytest
import yaml
from lxml import etree

from tests.conftest import AKN, CORPUS, LANG_FOLDERS
from unkg.record import LANGUAGES
from unkg.reference import FILES, TOPICS, fold, load, read_entries
from unkg.ingest.resolve import resolve_body, resolve_state

# --- schema and integrity ---------------------------------------------------------------


def test_registry_files_validate_against_their_schema() -> None:
    schema = json.loads((resources.files("unkg.reference") / "registry.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(read_entries((*FILES, TOPICS))), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:20])


def test_ids_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for kind, items in read_entries().items():
        for raw in items:
            assert raw["id"] not in seen, f"{raw['id']} in {seen.get(raw['id'])} and {kind}"
            seen[raw["id"]] = kind


def test_every_reference_to_another_entry_exists() -> None:
    registry = load()
    for entry in registry:
        for field in ("parent", "series", "adopted_by", "adopted_at", "part_of"):
            target = entry.data.get(field)
            if target:
                assert target in registry, f"{entry.id}.{field} = {target!r} is not a registry id"
        for target in entry.data.get("organizer") or ():
            assert target in registry, f"{entry.id}.organizer {target!r} is not a registry id"


def test_no_parent_cycles() -> None:
    registry = load()
    for entry in registry:
        chain = [entry.id] + [p.id for p in registry.parents(entry.id)]
        assert len(chain) == len(set(chain)), chain


def test_a_printed_form_names_one_entry_per_language() -> None:
    """Two entries sharing a printed form would make the linker's choice arbitrary."""
    registry = load()
    for language in LANGUAGES:
        owner: dict[tuple[str, bool], str] = {}
        for form, entry, is_acronym in registry.names(language):
            key = (fold(form) if is_acronym else fold(form).casefold(), is_acronym)
            assert owner.setdefault(key, entry.id) == entry.id, f"{language} {form!r}: {owner[key]} and {entry.id}"


def test_only_the_verified_wikidata_ids() -> None:
    verified = {
        "un": "Q1065",
        "general-assembly": "Q47423",
        "ecosoc": "Q170075",
        "itu": "Q376150",
        "unesco": "Q7809",
        "cstd": "Q5152737",
        "undp": "Q161718",
        "who": "Q7817",
        "fao": "Q82151",
        "ilo": "Q54129",
        "un-women": "Q641576",
        "world-bank": "Q7164",
    }
    registry = load()
    for entry in registry:
        if entry.wikidata:
            assert verified.get(entry.id) == entry.wikidata, f"{entry.id}: unverified Wikidata id {entry.wikidata}"


def test_there_are_193_member_states_and_two_observers() -> None:
    states = load().of_kind("states")
    assert sum(s.data["status"] == "member" for s in states) == 193
    assert {s.id for s in states if s.data["status"] == "observer"} == {"holy-see", "state-of-palestine"}


# --- resolve_body ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        # AKN FRBRauthor hrefs, TLCOrganization eIds and hrefs
        ("ecosoc", "en", "ecosoc"),
        ("economicAndSocialCouncil", "en", "ecosoc"),
        ("/akn/ontology/organization/un/economicAndSocialCouncil", "en", "ecosoc"),
        ("unecosoc", "en", "ecosoc"),
        ("generalAssembly", "en", "general-assembly"),
        ("ga", "en", "general-assembly"),
        ("unga", "en", "general-assembly"),
        ("#secondCommittee", "en", "second-committee"),
        # UN Digital Library (DHLAUTH) headings of the workflow steps, with their invisible marks
        ("UN. Commission on Science and Technology for Development", "en", "cstd"),
        ("\u200bUN. Statistical Commission", "en", "statistical-commission"),
        ("UN. General Assembly (79th sess. : 2024-2025). 2nd Committee", "en", "second-committee"),
        ("UN. General Assembly. 6th Committee", "en", "sixth-committee"),
        # committees as the data_extract files write them
        ("Second Committee", "en", "second-committee"),
        ("Third Committee", "en", "third-committee"),
        ("Plenary meeting", "en", "general-assembly"),
        ("Without reference to a Main Committee", "en", "general-assembly"),
        # names as printed in the six languages (E/RES/2022/15, A/RES/79/194 mastheads)
        ("Economic and Social Council", "en", "ecosoc"),
        ("经济及社会理事会", "zh", "ecosoc"),
        ("经社理事会", "zh", "ecosoc"),
        ("科学和技术促进发展委员会", "zh", "cstd"),
        ("联合国贸易和发展会议", "zh", "unctad"),
        ("贸发会议", "zh", "unctad"),
        ("Conseil économique et social", "fr", "ecosoc"),
        ("Deuxième Commission", "fr", "second-committee"),
        ("Экономический и Социальный Совет", "ru", "ecosoc"),
        ("Comisión de Ciencia y Tecnología para el Desarrollo", "es", "cstd"),
        ("المجلس الاقتصادي والاجتماعي", "ar", "ecosoc"),
        ("اللجنة الثانية", "ar", "second-committee"),
        ("Comisión Política Especial y de Descolonización", "es", "fourth-committee"),
    ],
)
def test_resolve_body_known_names(name: str, language: str, expected: str) -> None:
    entity = resolve_body(name, language)
    assert entity.known and entity.id == expected


def test_resolve_body_labels_in_the_document_language() -> None:
    zh = resolve_body("economicAndSocialCouncil", "zh")
    assert (zh.label, zh.en, zh.acronym, zh.wikidata, zh.type) == (
        "经济及社会理事会",
        "Economic and Social Council",
        "ECOSOC",
        "Q170075",
        "body",
    )
    assert resolve_body("generalAssembly", "ru").label == "Генеральная Ассамблея"
    assert resolve_body("UN. Commission on Science and Technology for Development", "fr").label == (
        "Commission de la science et de la technique au service du développement"
    )


def test_resolve_body_plenary_of_another_body() -> None:
    assert resolve_body("Plenary meeting", "en", within="ecosoc").id == "ecosoc"


def test_unctad_keeps_its_dated_names() -> None:
    unctad = load()["unctad"]
    assert unctad.label("en", on="2023-12-31") == "United Nations Conference on Trade and Development"
    assert unctad.label("en", on="2024-07-01") == "UN Trade and Development"
    assert resolve_body("UN Trade and Development", "en").id == "unctad"


def test_resolve_body_keeps_an_unknown_name() -> None:
    entity = resolve_body("UN. ECE. Secretariat", "en")
    assert not entity.known
    assert entity.id == "un-ece-secretariat" and entity.label == "UN. ECE. Secretariat" and entity.type == "body"
    assert resolve_body("Narnian Council of Elders", "en").id == "narnian-council-of-elders"
    chinese = resolve_body("纳尼亚长老委员会", "zh")
    assert not chinese.known and chinese.id.startswith("zh-") and chinese.type == "body"
    assert chinese.id != resolve_body("另一个委员会", "zh").id


def test_resolve_body_refuses_an_empty_name() -> None:
    with pytest.raises(ValueError):
        resolve_body("\u200b ", "en")


# --- resolve_state ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("United States of America", "united-states-of-america"),
        ("UNITED STATES", "united-states-of-america"),
        ("Russian Federation", "russian-federation"),
        ("Iran (Islamic Republic of)", "iran-islamic-republic-of"),
        ("IRAN (ISLAMIC REPUBLIC OF)", "iran-islamic-republic-of"),
        ("TÜRKİYE", "turkiye"),
        ("TURKEY", "turkiye"),
        ("COTE D'IVOIRE", "cote-d-ivoire"),
        ("NETHERLANDS", "netherlands-kingdom-of-the"),
        ("United Kingdom", "united-kingdom-of-great-britain-and-northern-ireland"),
        ("the Sudan", "sudan"),
        ("State of Palestine", "state-of-palestine"),
    ],
)
def test_resolve_state(name: str, expected: str) -> None:
    entity = resolve_state(name)
    assert entity.known and entity.id == expected and entity.type == "member-state"


def test_resolve_state_keeps_an_unknown_name() -> None:
    entity = resolve_state("Atlantis")
    assert not entity.known and entity.id == "atlantis" and entity.type == "member-state"


def _data_extract_names(path) -> set[str]:
    decoder = json.JSONDecoder(strict=False)
    text, i, names = path.read_text(encoding="utf-8"), 0, set()
    while i < len(text):
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            break
        obj, i = decoder.raw_decode(text, i)
        for key in ("MS_in_favour", "MS_against", "MS_abstaining"):
            names.update(obj.get(key) or ())
    return names


@pytest.mark.slow
@pytest.mark.parametrize("session", ["74", "75", "76", "77", "78", "79"])
def test_every_voter_in_data_extract_resolves_to_a_known_state(session: str) -> None:
    names = _data_extract_names(AKN / "ga" / "data_extract" / f"{session}.json")
    assert len(names) >= 193
    unknown = sorted(n for n in names if not resolve_state(n).known)
    assert not unknown
    ids = {resolve_state(n).id for n in names}
    # spelling variants (TURKEY, TÜRKİYE, TÜRKÝYE...) fold onto one State; a State in arrears may not vote at all
    assert 185 <= len(ids) <= 193
    variants = {"TURKEY", "TURKIYE", "TÜRKIYE", "TÜRKİYE", "TÜRKÝYE"} & names
    assert variants and {resolve_state(n).id for n in variants} == {"turkiye"}


def test_no_printed_form_is_a_fragment_of_a_name() -> None:
    """An unquoted comma in a YAML flow list splits a name in two ("Social", "Humanitarian and
    Cultural Committee"): in the cased scripts a name starts with a capital, except the meetings
    numbered by a lower-case ordinal and the few fora the UN names in lower case."""
    lower_case_names = {"sti-forum", "equals"}
    for entry in load():
        for language in ("en", "fr", "ru", "es"):
            for form, is_acronym in entry.forms(language):
                if form[0].islower() and not is_acronym:
                    assert entry.kind == "events" or entry.id in lower_case_names, (entry.id, language, form)


# --- groups, and names read inside longer names --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a group inside a longer name is the longer name's
        ("Urges small island developing States and the least developed countries to", "en", ["sids", "ldcs"]),
        ("Calls upon States to", "en", ["states"]),
        # E/RES/2022/15 op. 84: the other five languages print "international and regional
        # organizations" whole, so English names one group too
        ("Calls upon international and regional organizations to continue", "en", ["international-and-regional-organizations"]),
        ("Demande aux organisations internationales et régionales de continuer", "fr", ["international-and-regional-organizations"]),
        ("Exhorta a las organizaciones internacionales y regionales a que continúen", "es", ["international-and-regional-organizations"]),
        ("призывает международные и региональные организации продолжать", "ru", ["international-and-regional-organizations"]),
        ("يهيب بالمنظمات الدولية والإقليمية أن تواصل", "ar", ["international-and-regional-organizations"]),
        ("促请国际组织和区域组织继续", "zh", ["international-and-regional-organizations"]),
        # French and Spanish print the Vienna Declaration with an article inside: not the landlocked
        # countries' Programme d'action de Vienne
        ("Réaffirmant la Déclaration et le Programme d'action de Vienne", "fr", ["vienna-declaration-and-programme-of-action"]),
        ("Reafirmando la Declaración y el Programa de Acción de Viena", "es", ["vienna-declaration-and-programme-of-action"]),
        ("Rappelle le Programme d'action de Vienne et le Programme d'action d'Awaza", "fr", ["vienna-programme-of-action", "awaza-programme-of-action"]),
        # Russian cases of the words the matcher does not decline, listed in the registry
        ("потребности развивающихся стран и государств-участников", "ru", ["developing-countries", "states-parties"]),
        ("Саммита Группы 77 и Китая по науке", "ru", ["group-of-77-and-china"]),
        ("в сотрудничестве с Всемирной продовольственной программой", "ru", ["wfp"]),
        # the State's name is not the instrument's first word
        ("the SAMOA Pathway", "en", ["samoa-pathway"]),
    ],
)
def test_groups_and_names_are_read_whole(text: str, language: str, expected: list[str]) -> None:
    from unkg.ingest.names import find

    assert [f.entry.id for f in find(text, language) if f.entry is not None] == expected


# --- every printed form of the bodies and instruments is printed in the corpus --------------------

_MARK = "# unverified"
_FORMS_LINE = re.compile(r"^\s+(?P<lang>ar|zh|en|fr|ru|es): (?P<forms>\[.*\])\s*$")


def _unverified(stem: str) -> set[tuple[str, str, str]]:
    """(entry id, language, form) of the forms a registry file marks as not printed in the corpus:
    a line of forms ending in ``# unverified`` (all its forms) or ``# unverified: FORM; FORM``."""
    text = (resources.files("unkg.reference") / f"{stem}.yaml").read_text(encoding="utf-8")
    out: set[tuple[str, str, str]] = set()
    entry = None
    for line in text.splitlines():
        if line.startswith("- id: "):
            entry = line[len("- id: ") :].strip()
        if _MARK not in line or entry is None:
            continue
        head, _, named = line.partition(_MARK)
        m = _FORMS_LINE.match(head)
        assert m, f"{stem}.yaml: an unverified mark on a line that lists no forms: {line!r}"
        forms = yaml.safe_load(m["forms"])
        if named.startswith(":"):
            marked = [f.strip() for f in named[1:].split(";")]
            assert set(marked) <= set(forms), f"{stem}.yaml {entry}: {marked} not on the line {line!r}"
            forms = marked
        out.update((entry, m["lang"], form) for form in forms)
    return out


def _corpus_texts(language: str) -> Iterator[str]:
    """Every paragraph of the AKN files of ``language`` (the job-number suffix must agree with the
    folder) and, for English, of the GA 78-80 texts (line-end hyphenation undone)."""
    suffix = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}[language]
    for path in sorted(AKN.glob(f"*/*/{LANG_FOLDERS[language]}/*.xml")):
        m = re.search(r"(?:-\d+|_)([A-Z])$", path.stem)
        if m and m.group(1) != suffix:
            continue
        tree = etree.parse(str(path), etree.XMLParser(recover=True, huge_tree=True))
        for p in tree.iter("{*}p"):
            text = " ".join("".join(p.itertext()).split())
            if text:
                yield text
    if language == "en":
        for path in sorted((CORPUS / "bulk" / "ga-78-80").glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            text = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1", text)
            for block in re.split(r"\n\s*\n", text):
                if block.strip():
                    yield " ".join(block.split())


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_form_of_a_body_or_instrument_is_printed_in_the_corpus(corpus, language: str) -> None:
    """Each name and acronym of bodies.yaml and instruments.yaml, in each language, is found whole
    by the linker as its own entry somewhere in that language's corpus text (Russian in any case,
    Arabic behind its clitics); the few the corpus does not print are the UN's standard forms,
    marked ``# unverified`` on their line, and a form so marked is indeed not printed."""
    from unkg.ingest.names import canonical, find, span_keys

    found: dict[str, set[str]] = {}
    for text in _corpus_texts(language):
        for f in find(text, language):
            if f.entry is not None and f.entry.kind in ("bodies", "instruments"):
                found.setdefault(f.entry.id, set()).update(span_keys(f.text, language))
    unverified = _unverified("bodies") | _unverified("instruments")
    missing, printed = [], []
    for entry in load().of_kind("bodies", "instruments"):
        for form, _ in entry.forms(language):
            is_printed = canonical(form, language) in found.get(entry.id, set())
            if (entry.id, language, form) in unverified:
                if is_printed:
                    printed.append((entry.id, form))
            elif not is_printed:
                missing.append((entry.id, form))
    assert not missing, f"{language}: forms the corpus does not print, not marked {_MARK!r}: {missing}"
    assert not printed, f"{language}: forms marked {_MARK!r} that the corpus prints: {printed}"


def test_a_state_by_the_name_spanish_running_text_prints():
    """A/RES/78/220 (es): "la República Islámica del Irán" (the catalogue's "República Islámica de Irán")."""
    from unkg.ingest.names import find

    assert [(f.text, f.entity.id) for f in find("insta encarecidamente a la República Islámica del Irán a que", "es")] == [
        ("República Islámica del Irán", "iran-islamic-republic-of")]  # the whole name (the catalogue's read "Irán" alone)
    assert [f.text for f in find("insta encarecidamente a la República Islámica del Irak a que", "es")] == ["Irak"]
