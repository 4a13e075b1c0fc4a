"""The verb vocabulary: identify() on labels the AKN4UN markup names, split_opening() on unmarked text."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from lxml import etree

from tests.conftest import AKN, LANG_FOLDERS, SEED
from unkg.ingest.record import LANGUAGES
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
        ("在这方面强调", "zh", "emphasizes", "emphasizes", "in this regard"),
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
