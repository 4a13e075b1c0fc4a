"""What the lineage graphs say of a series, for people: its works by year, and what each kept,
changed, added and dropped against the one before it.

Read from the series graph (``unkg:inSeries``, ``unkg:seriesPosition``) and each member's
lineage graph (its ``unkg:Comparison`` and ``unkg:ParagraphRevision`` nodes), by triple pattern
and graph, so an embedded store answers from its indexes and a remote endpoint the same way.
A paragraph is *kept* in a language when its words are the same there (``unkg:unchangedIn``),
*changed* when it continues a paragraph but its words differ; *added* paragraphs continue none
of the earlier work's, *dropped* ones are the earlier work's that nothing continues.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from unkg.graph import iris
from unkg.ontology.namespace import PREFIXES

_U = PREFIXES["unkg"]
_IN_SERIES = ox.NamedNode(_U + "inSeries")
_POSITION = ox.NamedNode(_U + "seriesPosition")
_REALIZATION = ox.NamedNode(PREFIXES["frbr"] + "realization")
_DATE = ox.NamedNode(PREFIXES["dcterms"] + "date")
_TITLE = ox.NamedNode(PREFIXES["dcterms"] + "title")
_IDENTIFIER = ox.NamedNode(PREFIXES["dcterms"] + "identifier")
_COMPARED_WITH = _U + "comparedWith"
_NEW = _U + "newParagraph"
_DROPPED = _U + "droppedParagraph"
_UNCHANGED_IN = _U + "unchangedIn"
_SIMILARITY = _U + "similarity"
_ENTITY = PREFIXES["prov"] + "entity"


@dataclass
class Step:
    """One work of a series, and what it did to the one before it the store holds text of."""

    iri: str
    symbol: str
    position: int
    date: str | None
    in_store: bool  # False: a known gap, cited by the series but not in the store
    previous: str | None = None  # the work it was compared with (IRI), if any
    kept: int = 0
    changed: int = 0
    added: int = 0
    dropped: int = 0
    languages: list[str] = field(default_factory=list)  # the languages the store holds it in

    @property
    def year(self) -> str:
        return (self.date or "")[:4]

    @property
    def compared(self) -> bool:
        return self.previous is not None


@dataclass
class History:
    iri: str  # the series
    title: str
    steps: list[Step] = field(default_factory=list)

    @property
    def in_store(self) -> list[Step]:
        return [s for s in self.steps if s.in_store]

    @property
    def gaps(self) -> list[Step]:
        return [s for s in self.steps if not s.in_store]


def series_of(store, work: str) -> str | None:
    """The series (IRI) the lineage graph puts a work in, or None."""
    for t in store.match(ox.NamedNode(work), _IN_SERIES, None):
        return t.object.value
    return None


def longest_series(store) -> str | None:
    """The series with the most works in the store (the one of the newest work on a tie), or None."""
    counts: dict[str, list] = {}
    for t in store.match(None, _IN_SERIES, None):
        counts.setdefault(t.object.value, []).append(t.subject)
    if not counts:
        return None
    held = {s: {w.value for w in ws if any(True for _ in store.match(w, _REALIZATION, None))} for s, ws in counts.items()}
    return max(sorted(held), key=lambda s: (len(held[s]), max(held[s], default="")))


def history(store, series: str, lang: str = "en") -> History:
    """A series' works in order with what each kept, changed, added and dropped in ``lang`` (kept
    and changed counted by the words in that language; for a work not in ``lang``, kept means the
    same words in every language the two works share)."""
    m = store.minter
    node = ox.NamedNode(series)
    title = ""
    for t in store.match(node, _TITLE, None):
        if not title or getattr(t.object, "language", None) == lang:
            title = t.object.value
    members = list(dict.fromkeys(t.subject for t in store.match(None, _IN_SERIES, node)))
    positions: dict[str, int] = {}
    for t in store.match(members, _POSITION, None):
        positions[t.subject.value] = int(t.object.value)
    dates: dict[str, str] = {}
    for t in store.match(members, _DATE, None):
        if t.subject.value not in dates or t.object.value < dates[t.subject.value]:
            dates[t.subject.value] = t.object.value
    named: dict[str, str] = {t.subject.value: t.object.value for t in store.match(members, _IDENTIFIER, None)}
    out = History(series, title)
    for w in members:
        versions = [t.object.value for t in store.match(w, _REALIZATION, None)]
        languages = sorted({v.rsplit("/", 1)[-1] for v in versions})
        symbol = m.symbol_of(w.value) or named.get(w.value) or w.value
        step = Step(w.value, symbol, positions.get(w.value, 0), dates.get(w.value), bool(versions), languages=languages)
        if step.in_store:
            _read_comparison(store, step, lang)
        out.steps.append(step)
    out.steps.sort(key=lambda s: (s.position, s.symbol))
    return out


def _read_comparison(store, step: Step, lang: str) -> None:
    """Fill a step's comparison with the work before it from its lineage graph (when there is one)."""
    m = store.minter
    graph = m.lineage_graph(step.symbol)
    similarity: dict[str, float] = {}
    unchanged: dict[str, set[str]] = {}
    revisions: set[str] = set()
    for q in store.quads(graph):
        p = q.predicate.value
        if p == _COMPARED_WITH:
            step.previous = q.object.value
        elif p == _NEW:
            step.added += 1
        elif p == _DROPPED:
            step.dropped += 1
        elif p == _ENTITY:
            revisions.add(q.subject.value)
        elif p == _SIMILARITY:
            similarity[q.subject.value] = float(q.object.value)
        elif p == _UNCHANGED_IN:
            unchanged.setdefault(q.subject.value, set()).add(q.object.value)
    if step.previous is None:
        return
    before = {t.object.value.rsplit("/", 1)[-1] for t in store.match(ox.NamedNode(step.previous), _REALIZATION, None)}
    by_language = lang in step.languages and lang in before
    language = iris.language_iri(lang)
    for r in revisions:
        same = language in unchanged.get(r, set()) if by_language else similarity.get(r, 0.0) >= 1.0
        if same:
            step.kept += 1
        else:
            step.changed += 1
