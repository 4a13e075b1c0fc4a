"""The extraction record: one UN instrument in one language, as plain data.

Mirrors ``shared/contracts/extraction-record.schema.json`` field for field (names are the
contract's; fields may be added, none renamed). ``Record.to_dict()`` is what
``unkg extract --format json`` prints. These are the plain data that pass between stages: the
readers make them, the linker fills in what the texts name, ``unkg.graph.build`` turns them into
quads; none of them touches RDF, files or stores.

Paragraph ids follow the contract's ``paragraphId`` pattern: ``pre:3``, ``op:89``,
``op:89(a)``, ``op:89(a)(i)``, ``annex-I/op:12``. Anchors add ``fn:N``, ``header`` and ``title``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

KINDS = (
    "resolution",
    "decision",
    "draft-resolution",
    "draft-decision",
    "declaration",
    "outcome-document",
    "report",
    "other",
)

ENTITY_TYPES = (
    "body",
    "forum",
    "office",
    "programme",
    "partnership",
    "member-state",
    "event",
    "observance",
    "instrument",
    "publication",
    "initiative",
    "other",
)

PARAGRAPH_ID = re.compile(r"^(annex-[A-Z0-9]+/)?(pre|op):[0-9]+(\([a-z]+\))*(\([ivx]+\))*$")
ANCHOR = re.compile(
    r"^((annex-[A-Z0-9]+/)?(pre|op):[0-9]+(\([a-z]+\))*(\([ivx]+\))*|fn:[0-9]+|header|title)$"
)


@dataclass
class Entity:
    """A body, forum, office, member state, event, instrument... resolved (or not) against the registries."""

    id: str
    type: str
    label: str
    en: str
    acronym: str | None = None
    wikidata: str | None = None
    known: bool = True
    # added field (allowed by the contract): a series of events (the World Summit, the IGF's
    # meetings), which has its own IRIs ({base}event-series/...) apart from its meetings
    series: bool = False
    # added field (allowed by the contract): a group of actors named by what its members are
    # (Member States, civil society, donors, the regional commissions), not one organisation; the
    # contract's types have no group, so its ``type`` stays ``other``
    group: bool = False


@dataclass
class Verb:
    """The verb that opens a paragraph: ``id`` is the verb concept's registry key (``recalls``),
    ``en`` its canonical English form, ``label`` the words as printed, ``modifier`` also/further/..."""

    id: str
    en: str
    label: str
    modifier: str | None = None


@dataclass
class Paragraph:
    id: str
    kind: str  # preambular | operative | subparagraph
    number: str  # as printed: "3", "89", "(a)"
    text: str
    parent: str | None = None
    section: str | None = None
    verb: Verb | None = None
    footnotes: list[str] = field(default_factory=list)
    # added fields (allowed by the contract)
    source_id: str | None = None  # AKN eId or other position marker in the source, kept as a literal


@dataclass
class Section:
    heading: str
    first_paragraph: str
    # added field (allowed by the contract): the article the heading opens, in an annexed convention,
    # statute or rules (``annex-I/art:5``); its paragraphs are ``annex-I5/op:1``, ...
    article: str | None = None


@dataclass
class Footnote:
    number: str
    text: str
    paragraph: str  # anchor where its call-out stands


@dataclass
class Citation:
    target: str  # normalised UN symbol or instrument registry id
    target_kind: str  # resolution | decision | document | instrument
    paragraph: str  # anchor
    as_printed: str
    relation: str | None = None
    # added field (allowed by the contract): the cited instrument's paragraphs as printed numbers,
    # ranges expanded ("paragraphs 34 to 37 of the Tunis Agenda" -> ["34", "35", "36", "37"])
    target_paragraphs: list[str] = field(default_factory=list)


@dataclass
class Mention:
    entity: Entity
    paragraph: str
    as_printed: str


@dataclass
class EventMention:
    entity: Entity
    paragraph: str
    start: str | None = None
    end: str | None = None
    place: str | None = None
    country: str | None = None
    organizer: Entity | None = None
    edition: str | None = None
    recurring: str | None = None
    # added fields (allowed by the contract)
    series: Entity | None = None  # the forum, body or series whose meeting it is (igf)
    theme: str | None = None  # as printed, in the document's language
    as_printed: str | None = None


@dataclass
class Deadline:
    """When a request is due, as the paragraph states it: a session (its number, or for the Economic
    and Social Council its year), a year, or a date (ISO)."""

    session: str | None = None
    year: str | None = None
    date: str | None = None


@dataclass
class Addressee:
    """Who an operative paragraph calls upon, invites, requests, urges or encourages (added record
    field, allowed by the contract): ``verb`` is the paragraph's verb concept id (requests);
    ``deadline`` when the paragraph says by when, ``report_to`` the body it reports to."""

    entity: Entity
    paragraph: str
    verb: str
    as_printed: str
    deadline: Deadline | None = None
    report_to: Entity | None = None


@dataclass
class Statistic:
    paragraph: str
    value: float
    as_printed: str
    unit: str | None = None
    year: str | None = None
    about: str | None = None
    # added field (allowed by the contract): "indicator" (a stated measure: 63 per cent of the
    # world's population...) or "money" (a budget line or pledge: US$ 2.5 million; unit its currency)
    kind: str = "indicator"


@dataclass
class Subject:
    """A subject keyword: an SDG goal, UNBIS or EuroVoc concept, reusing the UN's IRIs."""

    iri: str
    scheme: str  # SDG | UNBIS | EuroVoc | other dictionary name
    label: str | None = None


@dataclass
class Topic:
    """A digital-policy topic a paragraph or footnote speaks of (added record field, allowed by the
    contract; topics are not entities, so never mentions): ``topic`` is the key of
    ``reference/topics.yaml`` (artificial-intelligence), ``as_printed`` the words that say it."""

    topic: str
    paragraph: str  # anchor
    as_printed: str


@dataclass
class Voting:
    """Voting outcome and, where recorded, the votes per member state (English names as the UN's
    data writes them; the linker resolves each to its registry entity in ``states``, by list)."""

    outcome: str  # adoptedWithoutVote | recordedVote | ... as the UN's data writes it
    in_favour: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    abstaining: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # in_favour / against / abstaining
    # added field (allowed by the contract): {"in_favour": [Entity, ...], ...}, one per name, in order
    states: dict[str, list[Entity]] = field(default_factory=dict)


@dataclass
class SourceInfo:
    """Where a record came from: file name (no directories), sha256, reader and its version."""

    file: str
    sha256: str
    format: str  # akn | txt | pdf | extract
    reader: str
    reader_version: str


@dataclass
class Record:
    symbol: str
    kind: str
    language: str
    title: str
    adopted_by: Entity | None
    date: str | None
    paragraphs: list[Paragraph]
    footnotes: list[Footnote] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    iri: str | None = None
    number: str | None = None
    session: str | None = None
    agenda_items: list[str] = field(default_factory=list)
    meeting: str | None = None
    recommended_by: Entity | None = None
    recommendation_document: str | None = None
    sections: list[Section] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    # added fields (allowed by the contract)
    addressees: list[Addressee] = field(default_factory=list)
    other_symbols: list[str] = field(default_factory=list)  # A/77/62-E/2022/8: the second symbol
    subjects: list[Subject] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    voting: Voting | None = None
    sponsors: list[str] = field(default_factory=list)
    issued: str | None = None  # date of issue of this language version
    frbr_work: str | None = None  # AKN FRBR URIs, kept as literals
    frbr_expression: str | None = None
    source: SourceInfo | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The record as the contract's JSON object (None-valued optional extras dropped)."""
        data = asdict(self)
        for key in ("iri", "source", "voting", "issued", "frbr_work", "frbr_expression"):
            if data.get(key) is None:
                data.pop(key, None)
        return data

    def paragraph(self, pid: str) -> Paragraph | None:
        for p in self.paragraphs:
            if p.id == pid:
                return p
        return None


@dataclass
class WorkMetadata:
    """Language-independent facts about one work from the UN's ``data_extract`` JSON lines:
    sponsors, adoption type and recorded votes. Attached to the same work IRI as its texts."""

    symbol: str
    date: str | None = None
    meeting: str | None = None
    session: str | None = None
    agenda_items: list[str] = field(default_factory=list)
    committee: str | None = None
    originating_document: str | None = None
    sponsors: list[str] = field(default_factory=list)
    additional_sponsors: list[str] = field(default_factory=list)
    voting: Voting | None = None
    sdgs: list[str] = field(default_factory=list)
    title: str | None = None
    source: SourceInfo | None = None
    # the member states among the sponsors (sponsors, then additional ones), resolved by the linker
    sponsor_states: list[Entity] = field(default_factory=list)
