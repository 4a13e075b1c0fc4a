"""All IRI minting for unkg.

IRIs derive from the UN document symbol (DESIGN.md §3), so a document cited before it is
ingested gets the same IRI it will have afterwards:

- work: ``{base}doc/E/RES/2022/15``, ``{base}doc/A/RES/217(III)``, ``{base}doc/A/60/687``
- language version: ``{work}/zh`` (ISO 639-1)
- a part's citation and stated figure: ``{work}/cite/op-5/a-res-70-125``, ``{work}/stat/op-24/1``
- parts, language-neutral: ``{work}/pre/3``, ``{work}/op/89/a``, ``{work}/fn/7``,
  ``{work}/annex-I/op/12``, ``{work}/sec/2``; an annexed convention's article ``{work}/annex-I/art/5``
  (its paragraphs ``{work}/annex-I5/op/1``)
- registries: ``{base}body/itu``, ``{base}event/igf-2021``, ``{base}event-series/igf``,
  ``{base}instrument/tunis-agenda``, ``{base}verb/notes-with-concern``, ``{base}state/kenya``,
  ``{base}topic/artificial-intelligence`` (their concept scheme ``{base}topic/``)
- named graphs: ``{base}graph/E/RES/2022/15/zh/akn`` (one per document, language and source kind)
- lineage: ``{base}series/e-res/assessment-of-...`` (a series), ``{work}/lineage`` (its alignment
  with its predecessor), ``{work}/lineage/op-12`` (one paragraph's revision), graphs
  ``{base}graph/lineage/series`` and ``{base}graph/lineage/E/RES/2023/3``

Symbols are parsed and normalised by ``unkg.symbols``; this module only turns them into IRIs.
No other module writes one of our IRI strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from unkg.ontology.namespace import PREFIXES
from unkg.symbols import slug

DEFAULT_BASE = "https://w3id.org/unkg/"
ONTOLOGY = PREFIXES["unkg"]  # the ontology's namespace, as unkg.ttl declares it
LANGUAGE_IRI = "http://id.loc.gov/vocabulary/iso639-1/"  # + ISO 639-1 code
UNDOCS = "https://undocs.org/"
WIKIDATA = "http://www.wikidata.org/entity/"
SDG = "http://metadata.un.org/sdg/"


# --- minting -------------------------------------------------------------------------------

_SAFE = "/()-.:_~!$&'*+,;=@"


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

    def request(self, symbol: str, anchor: str, addressee: str, verb: str | None = None) -> str:
        """What one paragraph asks of one addressee with one verb:
        ``{work}/ask/op-84/secretary-general/requests`` (a paragraph may ask the same addressee twice,
        "requests the Committee to ... and invites it to ..."); without a verb, ``.../secretary-general``."""
        tail = f"/{slug(verb)}" if verb else ""
        return f"{self.work(symbol)}/ask/{_anchor_path(anchor).replace('/', '-')}/{slug(addressee)}{tail}"

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

    def entity(self, entity_type: str, key: str, *, series: bool = False) -> str:
        """The IRI of a registry entity of the contract's entity types (a series of events has its own)."""
        if series:
            return self.event_series(key)
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

    # --- lineage (unkg.lineage): series, paragraph alignment, their named graphs ---------------

    def series(self, key: str) -> str:
        """A series of recurring works: ``{base}series/a-res/information-and-communications-...``."""
        return f"{self.base}series/{key}"

    def comparison(self, symbol: str) -> str:
        """The alignment of a work with the earlier work of its series it continues: ``{work}/lineage``."""
        return f"{self.work(symbol)}/lineage"

    def revision(self, symbol: str, anchor: str) -> str:
        """One paragraph's continuation of an earlier one (a qualified prov:Revision):
        ``{work}/lineage/op-12``."""
        return f"{self.comparison(symbol)}/{_anchor_path(anchor).replace('/', '-')}"

    def series_graph(self) -> str:
        """The named graph of every series and its order, rewritten after each ingest."""
        return f"{self.base}graph/lineage/series"

    def derived(self, graph: str) -> bool:
        """Whether a named graph is made by unkg from the store itself (the reference, summary,
        description and lineage graphs), not read from a source document."""
        return graph in (self.reference_graph(), self.summary_graph(), self.description_graph()) or graph.startswith(
            f"{self.base}graph/lineage/"
        )

    def lineage_graph(self, symbol: str) -> str:
        """The named graph of one work's alignment with its predecessor: ``{base}graph/lineage/E/RES/2023/3``."""
        return f"{self.base}graph/lineage/{quote(symbol, safe=_SAFE)}"

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

