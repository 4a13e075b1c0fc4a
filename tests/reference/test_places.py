"""The gazetteer of venues (``unkg/reference/places.yaml``) and its lookup ``unkg.reference.place``."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml
from lxml import etree

from tests.conftest import AKN, CORPUS
from unkg.record import LANGUAGES
from unkg.reference import Place, name_key, place, places

FOLDERS = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}
SUFFIX = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}


def raw_places() -> list[dict]:
    return yaml.safe_load(resources.files("unkg.reference").joinpath("places.yaml").read_text(encoding="utf-8"))


def test_the_yaml_is_well_formed() -> None:
    """ids unique slugs, en present, country two upper-case letters, geonames an id or null, every
    language list a list of non-empty strings, and every unverified form listed among the names."""
    entries = raw_places()
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for e in entries:
        assert set(e) <= {"id", "en", "country", "geonames", "names", "unverified"}, e["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"]), e["id"]
        assert isinstance(e["en"], str) and e["en"].strip() == e["en"] != "", e["id"]
        assert re.fullmatch(r"[A-Z]{2}", e["country"]), e["id"]
        assert e.get("geonames") is None or (isinstance(e["geonames"], int) and e["geonames"] > 0), e["id"]
        for key in ("names", "unverified"):
            for lang, forms in (e.get(key) or {}).items():
                assert lang in LANGUAGES, (e["id"], lang)
                assert isinstance(forms, list) and forms, (e["id"], key, lang)
                assert all(isinstance(f, str) and f.strip() == f != "" for f in forms), (e["id"], key, lang)
                assert len(forms) == len(set(forms)), (e["id"], key, lang)
        for lang, forms in (e.get("unverified") or {}).items():
            printed = {e["en"], *e["names"].get("en", ())} if lang == "en" else set(e["names"].get(lang, ()))
            assert set(forms) <= printed, (e["id"], lang)
    geonames = [e["geonames"] for e in entries if e.get("geonames")]
    assert len(geonames) == len(set(geonames))
    assert 40 <= len(entries) <= 150


def test_places_are_read_as_frozen_records() -> None:
    katowice = places()["katowice"]
    assert katowice == Place("katowice", "Katowice", "PL", 3096472)
    with pytest.raises(AttributeError):
        katowice.en = "Kattowitz"  # type: ignore[misc]


def test_a_city_is_found_by_its_name_in_each_language() -> None:
    assert place("卡托维兹", "zh").en == "Katowice"
    assert place("Katowice", "fr").country == "PL"
    assert place("Катовице", "ru").id == "katowice"
    assert place("Ginebra", "es").en == "Geneva"
    assert place("Genève", "fr").en == "Geneva"
    assert place("geneva", "en").country == "CH"


def test_russian_names_are_found_declined() -> None:
    assert place("Женеве", "ru").en == "Geneva"
    assert place("Женевы", "ru").en == "Geneva"
    assert place("Нью-Йорке", "ru").en == "New York"
    assert place("Нью‑Йорке", "ru").en == "New York"  # non-breaking hyphen, as the AKN files print it
    assert place("Аддис-Абебе", "ru").en == "Addis Ababa"


def test_arabic_names_are_found_with_their_clitics() -> None:
    assert place("جنيف", "ar", country="CH").country == "CH"
    assert place("وجنيف", "ar").en == "Geneva"
    assert place("بجنيف", "ar").en == "Geneva"
    assert place("فبالدوحة", "ar").en == "Doha"
    assert place("الدوحة", "ar").en == "Doha"
    assert place("وبالرياض", "ar").en == "Riyadh"
    assert place("كاتوفيتشي", "ar").en == "Katowice"


def test_chinese_prints_the_country_before_the_city() -> None:
    assert place("波兰卡托维兹", "zh").en == "Katowice"
    assert place("瑞士日内瓦", "zh", country="CH").en == "Geneva"


def test_the_country_decides_between_places_of_one_name() -> None:
    """zh 金斯敦 names both Kingston (Jamaica) and Kingstown (Saint Vincent and the Grenadines)."""
    assert {place("金斯敦", "zh", country=c).id for c in ("JM", "VC")} == {"kingston", "kingstown"}
    assert place("Geneva", "en", country="US").country == "CH"  # the gazetteer holds venues, not every Geneva


def test_a_name_that_is_no_city_is_none() -> None:
    assert place("Economic and Social Council", "en") is None
    assert place("Польша", "ru") is None
    assert place("委员会", "zh") is None
    assert place("الجمعية العامة", "ar") is None
    assert place("Конференции", "ru") is None
    assert place("", "fr") is None
    assert place("Pologne", "fr") is None


def test_english_names_are_accepted_in_other_languages() -> None:
    """A French or Spanish text may print the English name of a city (Geneva in a title)."""
    assert place("Geneva", "es").id == "geneva"


# --- every form is printed in its language's texts ---------------------------------------------


def _texts(lang: str) -> str:
    """The name keys of the corpus texts of one language, file by file: the AKN4UN files (those of
    the language's folder whose job number says it), and for English the GA 78-80 text too."""
    parts = []
    for path in sorted(AKN.glob(f"**/{FOLDERS[lang]}/*.xml")):
        m = re.search(r"(?:-\d+|_)([A-Z])$", path.stem)
        if m and m.group(1) != SUFFIX[lang]:
            continue
        root = etree.parse(str(path), etree.XMLParser(recover=True, huge_tree=True)).getroot()
        parts.append(name_key(" ".join(root.itertext())))
    if lang == "en":
        parts += [name_key(p.read_text(encoding="utf-8", errors="replace")) for p in sorted((CORPUS / "bulk" / "ga-78-80").glob("*.txt"))]
    return "\n".join(parts)


def _occurs(key: str, lang: str, text: str) -> bool:
    """Whether a form's key is printed in the text as ``place`` would take it: Chinese anywhere,
    Russian as its stem and a case ending, Arabic after clitics, else as whole words."""
    if lang == "zh":
        return key in text
    needle = key
    if lang == "ru":
        needle = key[:-1] if len(key) > 3 and key[-1] in "аяоеиыуюйь" else key
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = text[max(0, at - 4) : at]
        after = re.match(r"\w*", text[end : end + 6]).group(0)
        word_start = re.search(r"\w*$", before).group(0)
        if lang == "ar":
            ok = re.fullmatch(r"[وف]?(?:[بل]|لل)?(?:ال)?", word_start) is not None and not after
        elif lang == "ru":
            ok = not word_start and len(after) <= (3 if len(needle) > 3 else 1)
        else:
            ok = not word_start and not after
        if ok:
            return True
        at = text.find(needle, at + 1)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not AKN.is_dir(), reason="the shared corpus is not beside the repository")
def test_every_form_occurs_in_the_corpus_texts_of_its_language() -> None:
    """Each form of places.yaml, but those marked unverified, is printed in the corpus of its
    language, as the lookup matches it (compared by name key: the AKN files print non-breaking
    hyphens, Нью‑Йорк)."""
    entries = raw_places()
    missing = []
    for lang in LANGUAGES:
        text = _texts(lang)
        for e in entries:
            forms = list(e["names"].get(lang, ()))
            if lang == "en":
                forms = [e["en"], *forms]
            skip = set((e.get("unverified") or {}).get(lang, ()))
            for form in dict.fromkeys(forms):
                if form not in skip and not _occurs(name_key(form), lang, text):
                    missing.append((e["id"], lang, form))
    assert not missing, missing


# venue clauses of A/RES/78/158 pre:19 (zh, ar), E/RES/2022/15 op:43 (zh) and the Russian and French
# forms with their case endings and articles
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("2017年7月3日至5日在德黑兰举行的第一次防治沙尘暴问题国际会议", "zh", [("德黑兰", "tehran")]),
    ("الذي انعقد في طهران في الفترة من 3 إلى 5 تموز/يوليه 2017", "ar", [("طهران", "tehran")]),
    ("期待2022年9月26日至10月14日在布加勒斯特举行全权代表会议", "zh", [("布加勒斯特", "bucharest")]),
    ("состоявшейся в Женеве", "ru", [("Женеве", "geneva")]),
    ("tenue à Genève du 12 au 16 mai", "fr", [("Genève", "geneva")]),
    ("held in Sharm el-Sheikh, Egypt, from 6 to 20 November 2022", "en", [("Sharm el-Sheikh", "sharm-el-sheikh")]),
])
def test_find_places_in_running_text(text, lang, expected):
    from unkg.reference import find_places

    found = find_places(text, lang)
    assert [(text[s:e], p.id) for s, e, p in found] == expected
    # another city in the same words is found as that city; no city, nothing
    assert [p.id for _, _, p in find_places(text.replace(expected[0][0], {"zh": "内罗毕", "ar": "نيروبي"}.get(lang, "Nairobi")), lang)] == ["nairobi"]
    assert find_places(text.replace(expected[0][0], "X"), lang) == []
