"""All IRI minting for unkg, and the one UN document-symbol normaliser.

IRIs derive from the UN document symbol (DESIGN.md §3), so a document cited before it is
ingested gets the same IRI it will have afterwards:

- work: ``{base}doc/E/RES/2022/15``, ``{base}doc/A/RES/217(III)``, ``{base}doc/A/60/687``
- language version: ``{work}/zh`` (ISO 639-1)
- a part's citation and stated figure: ``{work}/cite/op-5/a-res-70-125``, ``{work}/stat/op-24/1``
- parts, language-neutral: ``{work}/pre/3``, ``{work}/op/89/a``, ``{work}/fn/7``,
  ``{work}/annex-I/op/12``, ``{work}/sec/2``
- registries: ``{base}body/itu``, ``{base}event/igf-2021``, ``{base}event-series/igf``,
  ``{base}instrument/tunis-agenda``, ``{base}verb/notes-with-concern``, ``{base}state/kenya``,
  ``{base}topic/artificial-intelligence`` (their concept scheme ``{base}topic/``)
- named graphs: ``{base}graph/E/RES/2022/15/zh/akn`` (one per document, language and source kind)

Symbol forms follow the UN's "United Nations Document Symbols" conventions (ST/LIB/SER.B/5/Rev.5):
bodies' series (``A/``, ``E/``, ``S/``), ``RES``/``DEC`` components, sessions, and the
pre-1976 General Assembly numbering ``217 A (III)`` which undocs.org writes ``A/RES/217(III)``.
No other module writes one of our IRI strings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, unquote

DEFAULT_BASE = "https://w3id.org/unkg/"
ONTOLOGY = "https://w3id.org/unkg/ontology#"
LANGUAGE_IRI = "http://id.loc.gov/vocabulary/iso639-1/"  # + ISO 639-1 code
UNDOCS = "https://undocs.org/"
WIKIDATA = "http://www.wikidata.org/entity/"
SDG = "http://metadata.un.org/sdg/"
UNBIS = "http://metadata.un.org/thesaurus/"

# The vocabularies the ontology and the data use, by their usual prefixes (prefix.cc): SPARQL
# queries get them predeclared, the JSON-LD context and Turtle exports use them.
PREFIXES = {
    "unkg": ONTOLOGY,
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "frbr": "http://purl.org/vocab/frbr/core#",
    "fabio": "http://purl.org/spar/fabio/",
    "doco": "http://purl.org/spar/doco/",
    "c4o": "http://purl.org/spar/c4o/",
    "cito": "http://purl.org/spar/cito/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "qb": "http://purl.org/linked-data/cube#",
    "sdmx-dimension": "http://purl.org/linked-data/sdmx/2009/dimension#",
    "sdmx-measure": "http://purl.org/linked-data/sdmx/2009/measure#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class SymbolError(ValueError):
    """A string that is not (or does not contain) a UN document symbol."""


# --- the symbol normaliser ---------------------------------------------------------------

_ROMAN = r"(?:[IVXL]+|\d+)"
_FULLWIDTH = str.maketrans({"（": "(", "）": ")", "／": "/", "－": "-", "‐": "-", "–": "-", "—": "-", "．": "."})

# AKN FRBR URIs: /akn/un/statement/deliberation/unecosoc/2022-07-21/2022-15/...
_AKN = re.compile(r"/akn/un/[^/]+/[^/]+/(?P<actor>un[a-z]+)/(?P<date>[0-9-]+)/(?P<num>[^/]+)")
_AKN_ACTOR = {"unga": "A", "unecosoc": "E", "unsc": "S"}

# undocs.org / docs.un.org links: https://undocs.org/ch/A/RES/70/125, https://undocs.org/A/RES/70/125,
# https://undocs.org/Home/Mobile?FinalSymbol=A%2FRES%2F70%2F125
_LINK = re.compile(
    r"^(?:https?:)?//(?:www\.)?(?:undocs\.org|docs\.un\.org|documents\.un\.org)/"
    r"(?:(?:ar|ch|zh|en|fr|ru|es|sp)/)?(?P<rest>.+)$",
    re.I,
)
_FINAL_SYMBOL = re.compile(r"FinalSymbol=([^&]+)", re.I)

# old GA numbering: 217 A (III), 2200 A (XXI), 217(III), A/RES/217 A (III)
_OLD_GA = re.compile(
    rf"^(?:A/RES/)?(?P<n>\d{{1,4}})\s*(?P<letter>[A-Z])?\s*\((?P<sess>{_ROMAN}|ES-{_ROMAN}|S-{_ROMAN})\)$"
)
# the same numbering as Arabic prints it: 217 ألف (د-3) is 217 A (III); a special session is
# (دإ-4) = S-IV, an emergency special session (دإط-5) = ES-V
_AR_OLD_GA = re.compile(r"^(?P<n>\d{1,4})\s*(?:ألف|باء|جيم|دال|هاء)?\s*\((?P<kind>دإط|دإ|د)\s*-\s*(?P<sess>\d{1,2})\)$")
_AR_SESSION_KIND = {"د": "", "دإ": "S-", "دإط": "ES-"}
# S/RES/2618 (2022)
_SC = re.compile(r"^S/RES/(?P<n>\d+)\s*\((?P<year>\d{4})\)$")
# bare resolution numbers: 70/125 (GA, session/number), 2022/15 (ECOSOC, year/number)
_BARE = re.compile(r"^(?P<a>\d{1,4})/(?P<b>\d{1,4})(?:\s*(?P<letter>[A-Z]))?$")
# bare numbers of the GA's special and emergency special sessions: S-24/2, ES-10/13
_BARE_SPECIAL = re.compile(r"^(?P<s>ES|S|دإط|دإ|دا)-(?P<a>\d{1,2})/(?P<b>\d{1,3})$")
# a full symbol: series letters, then slash-separated components
_FULL = re.compile(r"^[A-Z]{1,4}(?:\.\d+)?(?:/[A-Za-z0-9.()\-]+)+$")

# words around a number that say what it is, in the six languages
_DECISION_WORDS = re.compile(r"decision|décision|decisión|решени|مقرر|决定", re.I)
_PREFIX_WORDS = re.compile(
    r"^(?:(?:general\s+assembly|economic\s+and\s+social\s+council|security\s+council|council|assembly|its)\s+)*"
    r"(?:resolutions?|decisions?|document|symbol)\s+",
    re.I,
)
_ZH_WRAPPED = re.compile(r"^(?:大会|经社理事会|安理会|安全理事会|理事会)?第\s*(?P<core>.+?)\s*号(?:决议|决定)?$")
_TRAILING_WORDS = re.compile(r"\s*(?:号决议|号决定|号)$")


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FULLWIDTH)
    text = re.sub(r"\s+", " ", text).strip().strip(".,;:。，；：")
    return text


def parse_symbols(text: str, *, decision: bool | None = None) -> list[str]:
    """Every symbol a printed reference carries, normalised; the first is the primary one.

    ``A/77/62-E/2022/8`` is one document with two symbols and gives both. ``decision`` says the
    context names a decision (``decision 2022/215``), which bare numbers cannot show.

    Raises:
        SymbolError: the text is not a UN document symbol in any form this normaliser knows.
    """
    raw = _clean(text)
    if not raw:
        raise SymbolError(f"empty symbol: {text!r}")

    m = _AKN.search(raw)
    if m:
        series = _AKN_ACTOR.get(m["actor"])
        if series is None:
            raise SymbolError(f"unknown AKN actor {m['actor']!r} in {text!r}")
        num = m["num"]
        if series == "S":
            n, _, year = num.partition("-")
            return [f"S/RES/{n}({year})"]
        parts = num.split("-")
        return [f"{series}/RES/{'/'.join(parts)}"]

    m = _LINK.match(raw)
    if m:
        rest = unquote(m["rest"])
        fs = _FINAL_SYMBOL.search(rest)
        if fs:
            rest = unquote(fs.group(1))
        rest = rest.split("#")[0].split("?")[0].rstrip("/")
        return parse_symbols(rest, decision=decision)

    if decision is None:
        decision = bool(_DECISION_WORDS.search(raw))

    zh = _ZH_WRAPPED.match(raw)
    if zh:
        raw = zh["core"]
    raw = _TRAILING_WORDS.sub("", raw)
    raw = _PREFIX_WORDS.sub("", raw).strip()

    m = _OLD_GA.match(raw)
    if m:
        return [f"A/RES/{m['n']}({m['sess']})"]

    m = _AR_OLD_GA.match(raw)
    if m:
        return [f"A/RES/{m['n']}({_AR_SESSION_KIND[m['kind']]}{_roman(int(m['sess']))})"]

    m = _SC.match(raw)
    if m:
        return [f"S/RES/{m['n']}({m['year']})"]

    m = _BARE.match(raw)
    if m:
        a, b = m["a"], m["b"]
        letter = m["letter"] or ""  # 75/290 A is A/RES/75/290A, as undocs.org writes it
        if len(a) == 4:  # ECOSOC numbers resolutions and decisions by year
            return [f"E/{'DEC' if decision else 'RES'}/{a}/{b}{letter}"]
        return [f"A/{'DEC' if decision else 'RES'}/{a}/{b}{letter}"]

    m = _BARE_SPECIAL.match(raw)
    if m:
        series = {"دإط": "ES", "دإ": "S", "دا": "S"}.get(m["s"], m["s"])  # Arabic: دإط-10/13 is ES-10/13
        return [f"A/{'DEC' if decision else 'RES'}/{series}-{m['a']}/{m['b']}"]

    # joint symbols: A/77/62-E/2022/8 (the hyphen stands between two full symbols)
    pieces = re.split(r"\s*-\s*(?=[A-Z]{1,4}(?:\.\d+)?/)", raw)
    out: list[str] = []
    for piece in pieces:
        piece = re.sub(r"\s+", "", piece)
        piece = re.sub(r"^([A-Z]+)/RES/(\d+)\((\d{4})\)$", r"\1/RES/\2(\3)", piece)
        m = _OLD_GA.match(piece)
        if m:
            out.append(f"A/RES/{m['n']}({m['sess']})")
            continue
        if not _FULL.match(piece):
            raise SymbolError(f"not a UN document symbol: {text!r}")
        out.append(piece)
    return out


def _roman(n: int) -> str:
    """Session numbers as the old GA symbols print them: 3 -> III, 21 -> XXI."""
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def normalise_symbol(text: str, *, decision: bool | None = None) -> str:
    """The one normalised symbol for any printed form (the primary one of a joint symbol).

    >>> normalise_symbol("第 70/125 号决议")
    'A/RES/70/125'
    """
    return parse_symbols(text, decision=decision)[0]


def symbol_kind(symbol: str) -> str:
    """resolution | decision | document, from the symbol's components."""
    parts = symbol.split("/")
    if "RES" in parts:
        return "resolution"
    if "DEC" in parts:
        return "decision"
    return "document"


def symbol_number(symbol: str) -> str | None:
    """The resolution or decision number as the UN writes it in English: 2022/15, 79/194, 217 A (III)."""
    m = re.match(r"^[AE]/(?:RES|DEC)/(.+)$", symbol)
    if m:
        rest = m.group(1)
        old = re.match(r"^(\d+)\((.+)\)$", rest)
        if old:
            return f"{old[1]} ({old[2]})"
        return rest
    m = re.match(r"^S/RES/(\d+)\((\d{4})\)$", symbol)
    if m:
        return f"{m[1]} ({m[2]})"
    return None


# --- minting -------------------------------------------------------------------------------

_SAFE = "/()-.:_~!$&'*+,;=@"


def slug(text: str) -> str:
    """Registry keys: lower case, ASCII letters, digits and hyphens (``notes with concern`` -> ``notes-with-concern``)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"


def _anchor_path(anchor: str) -> str:
    """``op:89(a)(i)`` -> ``op/89/a/i``; ``annex-I/op:12`` -> ``annex-I/op/12``; ``fn:7`` -> ``fn/7``."""
    if anchor in ("header", "title"):
        return anchor
    path = anchor.replace(":", "/")
    path = re.sub(r"\(([a-z]+)\)", r"/\1", path)
    return path


# the path ``_anchor_path`` gives a paragraph, sub-paragraph or footnote, at the end of a part IRI
_PART_PATH = re.compile(r"/(?:annex-[A-Z0-9]+/)?(?:pre|op|fn)/[0-9]+(?:/[a-z]+)*$")


@dataclass(frozen=True)
class Minter:
    """Mints every IRI of a store from its base (``https://w3id.org/unkg/`` by default)."""

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            raise ValueError(f"IRI base must end with '/' or '#': {self.base!r}")

    def work(self, symbol: str) -> str:
        return f"{self.base}doc/{quote(symbol, safe=_SAFE)}"

    def expression(self, symbol: str, language: str) -> str:
        return f"{self.work(symbol)}/{language}"

    def part(self, symbol: str, anchor: str) -> str:
        """A paragraph, sub-paragraph or footnote: language-neutral, keyed by printed numbers."""
        return f"{self.work(symbol)}/{_anchor_path(anchor)}"

    def citation(self, symbol: str, anchor: str, target: str) -> str:
        """One part's citation of one work or instrument: ``{work}/cite/op-5/a-res-70-125``.
        Kept beside the part, not under it: the parts' own paths are the same in the six versions."""
        return f"{self.work(symbol)}/cite/{_anchor_path(anchor).replace('/', '-')}/{slug(target)}"

    def statistic(self, symbol: str, anchor: str, index: int) -> str:
        """The ``index``-th figure (from 1) a paragraph states: ``{work}/stat/op-24/2``."""
        return f"{self.work(symbol)}/stat/{_anchor_path(anchor).replace('/', '-')}/{index}"

    def section(self, symbol: str, index: int) -> str:
        return f"{self.work(symbol)}/sec/{index}"

    def graph(self, symbol: str, language: str | None, source_format: str) -> str:
        lang = f"/{language}" if language else ""
        return f"{self.base}graph/{quote(symbol, safe=_SAFE)}{lang}/{source_format}"

    def source(self, sha256: str) -> str:
        return f"{self.base}source/{sha256}"

    def body(self, key: str) -> str:
        return f"{self.base}body/{key}"

    def state(self, key: str) -> str:
        return f"{self.base}state/{key}"

    def event(self, key: str) -> str:
        return f"{self.base}event/{key}"

    def event_series(self, key: str) -> str:
        return f"{self.base}event-series/{key}"

    def instrument(self, key: str) -> str:
        return f"{self.base}instrument/{key}"

    def verb(self, key: str) -> str:
        return f"{self.base}verb/{key}"

    def topic(self, key: str) -> str:
        """A digital-policy topic of ``reference/topics.yaml``: ``{base}topic/artificial-intelligence``;
        ``topic("")`` is the topics' concept scheme, ``{base}topic/``."""
        return f"{self.base}topic/{key}"

    def entity(self, entity_type: str, key: str) -> str:
        """The IRI of a registry entity of the contract's entity types."""
        if entity_type == "member-state":
            return self.state(key)
        if entity_type in ("event", "observance"):
            return self.event(key)
        if entity_type == "instrument":
            return self.instrument(key)
        return self.body(key)

    def dataset(self) -> str:
        """The dataset as a whole (VoID/DCAT descriptions): ``{base}dataset``."""
        return f"{self.base}dataset"

    def description_graph(self) -> str:
        """The named graph that holds the dataset description in quad exports."""
        return f"{self.base}graph/description"

    def endpoint(self) -> str:
        """Where the public SPARQL endpoint is published (``unkg serve`` behind the base's redirect)."""
        return f"{self.base}sparql"

    def reference_graph(self) -> str:
        """The named graph that holds the registries and vocabularies (bodies, verbs, ...)."""
        return f"{self.base}graph/reference"

    def summary_graph(self) -> str:
        """The named graph of the whole-store counts (``unkg.graph.summary``), rewritten after each ingest."""
        return f"{self.base}graph/summary"

    def data_set(self, name: str) -> str:
        """One qb:DataSet of the summary: ``{base}dataset/mentions-by-year``."""
        return f"{self.dataset()}/{slug(name)}"

    def observation(self, name: str, *keys: str) -> str:
        """One observation of a summary data set, keyed by its dimensions: an entity IRI of this base
        gives its path (``body/itu``), anything else its slug: ``{base}dataset/mentions-by-year/body/itu/2022``."""
        parts = [k[len(self.base):] if k.startswith(self.base) else slug(k) for k in keys]
        return "/".join([self.data_set(name), *parts])

    def work_of_part(self, iri: str) -> str | None:
        """The work IRI of a part IRI minted by ``part()`` (``{work}/op/89/a`` -> ``{work}``), else None."""
        if not iri.startswith(f"{self.base}doc/"):
            return None
        m = _PART_PATH.search(iri)
        return iri[: m.start()] if m else None

    def symbol_of(self, iri: str) -> str | None:
        """The symbol of a work IRI of this base, or None."""
        prefix = f"{self.base}doc/"
        if not iri.startswith(prefix):
            return None
        return unquote(iri[len(prefix) :])


def language_iri(code: str) -> str:
    return f"{LANGUAGE_IRI}{code}"


def undocs_link(symbol: str) -> str:
    return f"{UNDOCS}{quote(symbol, safe=_SAFE)}"


def wikidata_iri(qid: str) -> str:
    return f"{WIKIDATA}{qid}"


DEFAULT = Minter()
