"""The verb vocabulary: identify() on labels the AKN4UN markup names, split_opening() on unmarked text."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from lxml import etree

from tests.conftest import AKN, LANG_FOLDERS, SEED
from unkg.record import LANGUAGES
from unkg.ingest.verbs import concept, identify, split_opening, vocabulary

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


@pytest.mark.parametrize(
    ("label", "language", "verb_id", "en", "modifier"),
    [
        ("Recalling also", "en", "recalls", "recalls", "also"),
        ("Recalling further", "en", "recalls", "recalls", "further"),
        ("Recalls", "en", "recalls", "recalls", None),
        ("Taking note with satisfaction", "en", "takes-note-with-satisfaction", "takes note with satisfaction", None),
        ("Notes with concern", "en", "notes-with-concern", "notes with concern", None),
        ("Noting with concern", "en", "notes-with-concern", "notes with concern", None),
        ("Expressing its appreciation", "en", "expresses-appreciation", "expresses appreciation", None),
        ("Reaffirms its commitment", "en", "reaffirms-commitment", "reaffirms commitment", None),
        ("Welcomes and urges", "en", "welcomes", "welcomes", None),
        ("Also welcomes", "en", "welcomes", "welcomes", "also"),
        ("Further recognizes", "en", "recognizes", "recognizes", "further"),
        ("  Taking note  ", "en", "takes-note", "takes note", None),
        ("又回顾", "zh", "recalls", "recalls", "also"),
        ("还回顾", "zh", "recalls", "recalls", "further"),
        ("表示满意地注意到", "zh", "takes-note-with-satisfaction", "takes note with satisfaction", None),
        ("表示注意到", "zh", "takes-note", "takes note", None),
        ("注意到", "zh", "notes", "notes", None),
        ("重申致力", "zh", "reaffirms-commitment", "reaffirms commitment", None),
        ("在这方面强调", "zh", "stresses", "stresses", "in this regard"),
        ("欢迎并敦促", "zh", "welcomes", "welcomes", None),
        ("يعيد تأكيد التزامه", "ar", "reaffirms-commitment", "reaffirms commitment", None),
        ("وإذ يشير أيضا", "ar", "recalls", "recalls", "also"),
        ("وإذ يشير كذلك", "ar", "recalls", "recalls", "further"),
        ("Rappelant également", "fr", "recalls", "recalls", "also"),
        ("Rappelant en outre", "fr", "recalls", "recalls", "further"),
        ("Recordando también", "es", "recalls", "recalls", "also"),
        ("Acoge también con beneplácito", "es", "welcomes", "welcomes", "also"),
        ("ссылаясь также", "ru", "recalls", "recalls", "also"),
        ("напоминая далее", "ru", "recalls", "recalls", "further"),
    ],
)
def test_identify_known_labels(label, language, verb_id, en, modifier):
    verb = identify(label, language)
    assert verb is not None, label
    assert (verb.id, verb.en, verb.modifier) == (verb_id, en, modifier)
    assert verb.label == label.strip()


def test_identify_rejects_what_is_not_a_verb():
    assert identify("Economic and Social Council", "en") is None
    assert identify("经济及社会理事会", "zh") is None
    assert identify("", "en") is None
    with pytest.raises(ValueError):
        identify("Recalling", "de")


def test_vocabulary_is_well_formed():
    voc = vocabulary()
    for c in voc.concepts.values():
        assert c.en == c.en.lower() and " also" not in f" {c.en}" and " its " not in f" {c.en} "
        assert c.relation in voc.concepts, (c.id, c.relation)
        assert c.broader is None or c.broader in voc.concepts, (c.id, c.broader)
        assert c.forms["en"], c.id
    assert concept("takes-note-with-satisfaction").relation == "takes-note"
    assert concept("notes-with-concern").broader == "notes"


def _seed_lines() -> list[str]:
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def _seed_line(start: str) -> str:
    return next(line for line in _seed_lines() if line.startswith(start))


@pytest.mark.parametrize(
    ("start", "verb_id", "label", "modifier"),
    [
        ("1. **欢迎并敦促**", "welcomes", "欢迎并敦促", None),
        ("2. **欢迎**", "welcomes", "欢迎", None),
        ("3. **重申致力于**", "reaffirms-commitment", "重申致力于", None),
        ("又回顾经社理事会", "recalls", "又回顾", "also"),
        ("还回顾其 2021 年", "recalls", "还回顾", "further"),
        ("表示注意到数字合作", "takes-note", "表示注意到", None),
        ("又表示注意到", "takes-note", "又表示注意到", "also"),
        ("表示满意地注意到", "takes-note-with-satisfaction", "表示满意地注意到", None),
        ("经济及社会理事会", None, None, None),
    ],
)
def test_split_opening_on_seed_lines(start, verb_id, label, modifier):
    line = _seed_line(start)
    verb, text = split_opening(line, "zh")
    if verb_id is None:
        assert verb is None and text == line
        return
    assert (verb.id, verb.label, verb.modifier) == (verb_id, label, modifier)
    assert "**" not in text[:20] and text.replace("**", "", 2) == line.replace("**", "", 2)


def test_split_opening_marks_every_numbered_seed_paragraph():
    numbered = [line for line in _seed_lines() if re.match(r"^\d+\. \*\*", line)]
    assert len(numbered) > 20
    missing = [line[:30] for line in numbered if split_opening(line, "zh")[0] is None]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "verb_id", "label", "modifier"),
    [
        ("Recalling also its resolution 2006/46 of 28 July 2006", "recalls", "Recalling also", "also"),
        ("Further recognizes that the digital divide", "recognizes", "Further recognizes", "further"),
        ("Takes note with satisfaction of the report", "takes-note-with-satisfaction", "Takes note with satisfaction", None),
        ("Takes note of the report of the Secretary-General", "takes-note", "Takes note", None),
        ("*Welcomes and urges* the full implementation", "welcomes", "Welcomes and urges", None),
        ("Noting with concern that", "notes-with-concern", "Noting with concern", None),
        ("The Council decides", None, None, None),
    ],
)
def test_split_opening_english(text, verb_id, label, modifier):
    verb, out = split_opening(text, "en")
    if verb_id is None:
        assert verb is None
        return
    assert (verb.id, verb.label, verb.modifier) == (verb_id, label, modifier)
    assert out == text.replace("*", "")


# --- the ECOSOC corpus: every preamble container, in six languages ----------------------------------

# container names that name no verb: the markup's own slips, each seen in the ECOSOC corpus 2021-2024
NOT_A_VERB = {
    ("ar", ""): "an empty name",
    ("ar", "وإذ"): "the preambular frame without its verb",
    ("ar", "Treaty Series"): "the italic title of a footnote taken for the verb",
    ("ar", "إلى أن الجمعية العامة أهابت، في قرارها"): "the words after the verb taken for it",
    ("en", ","): "a comma",
    ("fr", "Conscien"): "a name cut short (Consciente)",
    ("ru", "–"): "a dash",
    ("zh", "又"): "the modifier 又 (also) without its verb",
    ("zh", "还"): "the modifier 还 (further) without its verb",
    ("zh", "对"): "对 (about) opens the object; the Chinese verb follows it (对……表示关切)",
}
LONG_ARABIC_NAME = "بالجهود المطردة"  # a whole paragraph's text taken for the name (E/RES/2022/24)

# printed forms one language uses for two verb concepts that the other versions keep apart: the
# form belongs to the concept it translates most often, and elsewhere differs from the other five
BLURRED = {
    ('ar', 'إذ يؤكد'): "stresses, and where the others say affirms / reaffirms",
    ('ar', 'إذ يحيط علما'): "takes note, and where the others say notes",
    ('ar', 'إذ يعرب'): "expresses grave concern, and where the others say expresses alarm / expresses concern / expresses deep concern",
    ('ar', 'إذ يلاحظ'): "notes, and where the others say notes with concern",
    ('ar', 'وإذ تؤكد'): "stresses, and where the others say reaffirms",
    ('ar', 'وإذ تشير'): "recalls, and where the others say notes",
    ('ar', 'وإذ تشير أيضا'): "recalls, and where the others say notes",
    ('ar', 'وإذ يؤكد'): "stresses, and where the others say affirms / reaffirms",
    ('ar', 'وإذ يشير'): "recalls, and where the others say notes",
    ('ar', 'وإذ يشير أيضاً'): "recalls, and where the others say reaffirms",
    ('ar', 'وإذ يعرب عن بالغ القلق'): "expresses grave concern, and where the others say expresses deep concern",
    ('ar', 'وإذ يعرب عن بالغ قلقه'): "expresses deep concern, and where the others say expresses grave concern",
    ('es', 'Reafirmando'): "reaffirms, and where the others say recalls",
    ('es', 'Tomando nota'): "takes note, and where the others say takes note with appreciation",
    ('fr', 'Considérant'): "recognizes, and where the others say notes",
    ('fr', 'Constatant'): "recognizes, and where the others say notes",
    ('fr', 'Constatant avec inquiétude'): "concerned, and where the others say notes with great concern",
    ('fr', 'Constatant avec une profonde préoccupation'): "deeply concerned, and where the others say expresses deep concern",
    ('fr', 'Constatant avec une vive inquiétude'): "expresses deep concern, and where the others say expresses grave concern",
    ('fr', 'Constatant avec une vive préoccupation'): "notes with great concern, and where the others say expresses deep concern",
    ('fr', 'Engageant'): "encourages, and where the others say calls upon",
    ('fr', 'Estimant'): "recognizes, and where the others say notes",
    ('fr', 'Exprimant sa profonde préoccupation'): "expresses grave concern, and where the others say deeply concerned / expresses deep concern",
    ('fr', 'Gravement préoccupé'): "deeply concerned, and where the others say notes with great concern",
    ('fr', 'Notant'): "notes, and where the others say recognizes / takes note",
    ('fr', 'Notant avec une vive préoccupation'): "notes with great concern, and where the others say expresses deep concern / expresses grave concern",
    ('fr', 'Prenant acte'): "takes note, and where the others say notes / recognizes",
    ('fr', 'Prenant acte avec satisfaction'): "takes note with appreciation, and where the others say notes with appreciation",
    ('fr', 'Prenant acte en outre'): "takes note, and where the others say notes",
    ('fr', 'Prenant acte également'): "takes note, and where the others say notes",
    ('fr', 'Prenant note'): "takes note, and where the others say notes / recognizes",
    ('fr', 'Prenant note avec satisfaction'): "takes note with appreciation, and where the others say notes with appreciation / takes note with satisfaction / welcomes",
    ('fr', 'Prenant note en outre'): "takes note, and where the others say notes",
    ('fr', 'Prenant note également'): "takes note, and where the others say notes / recognizes",
    ('fr', 'Prenant également acte'): "takes note, and where the others say notes",
    ('fr', 'Profondément préoccupé'): "expresses grave concern, and where the others say deeply concerned",
    ('fr', 'Préoccupée'): "concerned, and where the others say expresses concern",
    ('fr', 'Réaffirmant'): "reaffirms, and where the others say reiterates conviction",
    ('fr', 'Saluant'): "welcomes, and where the others say commends / expresses appreciation / recognizes",
    ('fr', 'Vivement préoccupé'): "expresses grave concern, and where the others say deeply concerned",
    ('ru', 'c удовлетворением отмечая'): "welcomes, and where the others say notes with appreciation",
    ('ru', 'выражая глубокую обеспокоенность'): "expresses deep concern, and where the others say deeply concerned",
    ('ru', 'констатируя'): "recognizes, and where the others say affirms",
    ('ru', 'отмечая'): "notes, and where the others say recognizes",
    ('ru', 'отмечая также'): "notes, and where the others say recognizes",
    ('ru', 'подтверждая'): "reaffirms, and where the others say affirms",
    ('ru', 'призывая'): "calls upon, and where the others say encourages",
    ('ru', 'принимая во внимание'): "recognizes, and where the others say notes / takes note",
    ('ru', 'с удовлетворением отмечая'): "welcomes, and where the others say notes with appreciation",
    ('ru', 'с удовлетворением принимая к сведению'): "takes note with appreciation, and where the others say takes note with satisfaction",
    ('ru', 'ссылаясь'): "recalls, and where the others say reaffirms",
    ('zh', '关切'): "concerned, and where the others say recognizes",
    ('zh', '关切地注意到'): "notes with concern, and where the others say concerned",
    ('zh', '再次严重关切'): "deeply concerned, and where the others say expresses grave concern",
    ('zh', '再次强烈谴责'): "strongly condemns, and where the others say reiterates strong condemnation",
    ('zh', '感到关切的是'): "concerned, and where the others say expresses concern",
    ('zh', '注意到'): "notes, and where the others say takes note",
    ('zh', '深为关切'): "deeply concerned, and where the others say expresses deep concern",
    ('zh', '重申'): "reaffirms, and where the others say reaffirms commitment",
}


def _containers() -> dict[tuple[str, int], dict[str, str]]:
    """{(resolution, position in the preamble): {language: container name}} over the ECOSOC corpus.

    Aligned by position: some files number the eIds of one resolution differently per language."""
    places: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
    folders = {folder: lang for lang, folder in LANG_FOLDERS.items()}
    for path in sorted((AKN / "ecosoc").glob("*/*/*.xml")):
        work = re.sub(r"(?:-\d+|_)[A-Z]$", "", path.stem)
        tree = etree.parse(str(path), etree.XMLParser(recover=True))  # one file (E/RES/2023/23 ar) is not well-formed
        for i, c in enumerate(tree.iterfind(".//a:preamble//a:container[@name]", NS)):
            places[(work, i)][folders[path.parent.name]] = c.get("name").strip()
    return places


@pytest.fixture(scope="module")
def containers():
    return _containers()


@pytest.mark.slow
def test_every_ecosoc_container_name_is_identified(containers):
    names = {(lang, name) for place in containers.values() for lang, name in place.items()}
    assert len(names) > 650 and {lang for lang, _ in names} == set(LANGUAGES)  # 673 distinct names
    missing = {
        (lang, name) for lang, name in names
        if identify(name, lang) is None and (lang, name) not in NOT_A_VERB and not name.startswith(LONG_ARABIC_NAME)
    }
    assert missing == set()
    for (lang, name), why in NOT_A_VERB.items():
        assert (lang, name) in names, why  # each exception is real
        assert identify(name, lang) is None, why


@pytest.mark.slow
def test_the_six_versions_of_a_preambular_paragraph_name_one_verb(containers):
    """Where the six files of a resolution hold the same number of containers, the six names of one
    container give one verb id, but for the forms BLURRED lists and the names NOT_A_VERB lists."""
    per_work: dict[str, defaultdict] = defaultdict(lambda: defaultdict(int))
    for (work, _), place in containers.items():
        for lang in place:
            per_work[work][lang] += 1
    aligned = {w for w, n in per_work.items() if len(n) == 6 and len(set(n.values())) == 1}
    assert len(aligned) >= 90
    agree = total = 0
    unexpected = []
    for (work, _), place in containers.items():
        if work not in aligned:
            continue
        ids = {lang: getattr(identify(name, lang), "id", None) for lang, name in place.items()}
        majority, n = max(((v, list(ids.values()).count(v)) for v in set(ids.values()) if v), key=lambda x: x[1])
        total += 1
        agree += all(v == majority for v in ids.values())
        if n < 4:
            continue  # no five-language majority to judge by (two such containers)
        for lang, verb_id in ids.items():
            name = place[lang]
            known = (lang, name) in BLURRED or (lang, name) in NOT_A_VERB or name.startswith(LONG_ARABIC_NAME)
            if verb_id != majority and not known:
                unexpected.append((work, lang, name, verb_id, majority))
    assert unexpected == []
    assert agree / total > 0.85, (agree, total)
    for (lang, name), why in BLURRED.items():
        assert identify(name, lang) is not None, why
