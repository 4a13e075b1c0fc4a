"""The reference registries: bodies, member states, events and named instruments, as YAML data.

The data lives in ``unkg/ingest/reference/*.yaml`` (checked against ``reference/registry.schema.json``
by the tests). ``load()`` reads it once and gives lookups by id and by name per language;
``resolve_body`` and ``resolve_state`` are what the readers call for the bodies and states a
document names in its metadata (AKN ``TLCOrganization``/``FRBRauthor`` hrefs, workflow steps,
UN Digital Library (DHLAUTH) headings, ``data_extract`` vote lists).

Names are kept as the UN prints them in each of its six languages; every printed form is a key
(full names and acronyms, current and former). Registry ids are the last segment of the IRIs
``unkg.graph.iris.Minter`` mints for them (``body/itu``, ``state/kenya``, ``event/igf-2021``).
A name the registries do not hold resolves to an ``Entity(known=False)`` kept as found.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Iterator

import yaml

from unkg.graph.iris import slug
from unkg.ingest.record import LANGUAGES, Entity

FILES = ("bodies", "states", "events", "instruments")
"""The registry files in ``unkg/ingest/reference/``, each a YAML list of entries."""

TOPICS = "topics"
"""The topic registry (``reference/topics.yaml``): what paragraphs are about, not entities they
name, so it is kept apart from ``FILES`` (:func:`load_topics`)."""

# --- normalisation of names for lookup ---------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u0640"), None)  # + Arabic tatweel
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
_PUNCT = re.compile(r"[^\w\s']+|_")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def fold(text: str) -> str:
    """The text as the registries compare it: NFKC, invisible marks and Arabic tatweel removed,
    curly quotes straightened, whitespace collapsed. Case is kept (acronyms are case-sensitive)."""
    # NFKC, but the ordinal indicators (16ª, 18º) stay: NFKC would make them plain letters
    text = text.replace("ª", "\x01").replace("º", "\x02")
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)
    text = text.replace("\x01", "ª").replace("\x02", "º")
    # drop combining marks NFKC keeps (Arabic harakat, the dot of the Turkish dotted capital I)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
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

    def entity(self, language: str = "en", on: str | None = None) -> Entity:
        """The contract's Entity for this entry, labelled in ``language``."""
        return Entity(
            id=self.id,
            type=self.type,
            label=self.label(language, on),
            en=self.label("en", on),
            acronym=self.acronym("en"),
            wikidata=self.wikidata,
            known=True,
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
    return Entry(
        id=raw["id"],
        kind=kind,
        type=raw.get("type") or default_type or "body",
        names={k: tuple(v) for k, v in raw["names"].items()},
        acronyms={k: tuple(v) for k, v in (raw.get("acronyms") or {}).items()},
        wikidata=raw.get("wikidata"),
        parent=raw.get("parent") or raw.get("series"),
        data=raw,
    )


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
    folder = resources.files("unkg.ingest") / "reference"
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


# --- resolving names the readers meet -----------------------------------------------------------

_ORDINALS = {"1st": "First", "2nd": "Second", "3rd": "Third", "4th": "Fourth", "5th": "Fifth", "6th": "Sixth"}
_DHL_QUALIFIER = re.compile(r"\s*\([^()]*(?:sess\.|:)[^()]*\)")  # (79th sess. : 2024-2025), (2025 : New York)
_UN_PREFIX = re.compile(r"^(?:UN\.?|United Nations\.)\s+")
_AKN_HREF = re.compile(r"^(?:#|/akn/ontology/organization/[a-z]+/)")
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


def _candidates(name: str) -> Iterator[str]:
    """Forms of a metadata name to look up, most specific first: the name; an AKN href's last
    segment; a DHLAUTH heading's last part (``UN. General Assembly (79th sess. : 2024-2025). 2nd
    Committee`` -> ``2nd Committee`` -> ``Second Committee``); ``UN`` spelt out."""
    name = fold(name)
    yield name
    if _AKN_HREF.match(name) or name.startswith("/"):
        yield name.rstrip("/").rsplit("/", 1)[-1].lstrip("#")
    bare = _UN_PREFIX.sub("", name)
    bare = _DHL_QUALIFIER.sub("", bare).strip()
    parts = [p.strip() for p in re.split(r"\.\s+", bare) if p.strip()]
    # the heading's last part names the body; earlier parts are its parents
    for form in dict.fromkeys([bare, parts[-1]] if parts else [bare]):
        for variant in (form, re.sub(r"\s*\([A-Z][A-Za-z-]+\)$", "", form)):  # "... (WGEC)"
            yield variant
            words = variant.split()
            if words and words[0] in _ORDINALS:
                yield " ".join([_ORDINALS[words[0]], *words[1:]])
            if variant.startswith("UN "):
                yield "United Nations " + variant[3:]


_PLENARY = re.compile(r"^(?:plenary(?: meeting)?|without reference to a main committee)$", re.I)


def resolve_body(name: str, language: str = "en", *, within: str | None = None, on: str | None = None) -> Entity:
    """The registry Entity of a body, forum, office... named in a document's metadata or text.

    ``name`` may be an AKN TLC key or href (``ecosoc``, ``economicAndSocialCouncil``, ``unga``), a
    UN Digital Library (DHLAUTH) heading (``UN. Commission on Science and Technology for
    Development``, ``UN. General Assembly (79th sess. : 2024-2025). 2nd Committee``), a committee
    name as the UN's data writes it (``Second Committee``, ``Plenary meeting``), or a name or acronym
    as printed in any of the six languages (``经济及社会理事会``, ``贸发会议``). ``within`` is the id of the
    body whose meeting is meant when the name is only ``Plenary meeting`` (default: the General
    Assembly); ``on`` an ISO date choosing the name in effect then.

    A name the registries do not hold gives ``Entity(known=False, id=slug(name), label=name)``.

    Raises:
        ValueError: the name is empty.
    """
    if not fold(name):
        raise ValueError("empty body name")
    registry = load()
    if _PLENARY.match(fold(name)):
        entry = registry.get(within or "general-assembly")
        if entry is not None:
            return entry.entity(language, on)
    kinds = ("bodies",)
    for form in _candidates(name):
        entry = registry.lookup(form, language, kinds)
        if entry is not None:
            return entry.entity(language, on)
    # inflected forms (Russian cases, Arabic clitics): a registry name covering the whole text
    from unkg.ingest.link import find  # the linker is built on the registry: import at call time

    text = fold(name)
    for found in find(text, language, on):
        if found.entry is not None and found.entry.kind == "bodies" and (found.start, found.end) == (0, len(text)):
            return found.entity
    return unknown_entity(name, language)


def resolve_state(name: str, language: str = "en") -> Entity:
    """The registry Entity of a member or observer State, from its name as the UN's data writes it
    (``UNITED STATES``, ``Iran (Islamic Republic of)``, ``TÜRKİYE``, ``Netherlands (Kingdom of the)``)
    or as printed in any of the six languages. An unknown name gives ``Entity(known=False)``.

    Raises:
        ValueError: the name is empty.
    """
    if not fold(name):
        raise ValueError("empty state name")
    entry = load().lookup(name, language, ("states",))
    if entry is None:
        # "the United Kingdom", "the Sudan": the article the UN writes before some names in running text
        entry = load().lookup(re.sub(r"^(?:the)\s+", "", fold(name), flags=re.I), language, ("states",))
    if entry is not None:
        return entry.entity(language)
    return unknown_entity(name, language, "member-state")
