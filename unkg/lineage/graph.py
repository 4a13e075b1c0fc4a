"""The lineage graphs: series and paragraph alignments as quads, kept current after each ingest.

- ``{base}graph/lineage/series``: every series (``unkg:Series``, its title), each member's
  ``unkg:inSeries``, ``unkg:seriesPosition`` and ``frbr:successor`` / ``frbr:successorOf`` links,
  gaps included. Found again after each ingest from what the lineage index keeps of each work
  (titles, dates, citations and the decisions taken on them), and rewritten when it changed.
- ``{base}graph/lineage/{symbol}``: the work's ``unkg:Comparison`` with the nearest earlier member
  of its series the store holds text of, and for each paired paragraph ``prov:wasRevisionOf`` and a
  ``unkg:ParagraphRevision`` (similarity, moved, the languages it is unchanged in). Incremental:
  only a work ingested in this run, or whose predecessor changed or was ingested, is aligned again.

Everything goes through the store's interface (``query``, ``replace_graphs``), so a remote
endpoint is kept the same way.
"""

from __future__ import annotations

import hashlib
from collections import Counter, deque
from dataclasses import dataclass

import pyoxigraph as ox

from unkg.graph import iris
from unkg.graph.build import DCT_TITLE, PROV_GENERATED_AT, RDF_TYPE, XSD_BOOLEAN, XSD_DATETIME, XSD_DECIMAL, XSD_INTEGER, now
from unkg.lineage.align import Alignment, align
from unkg.lineage.index import worker_pool
from unkg.lineage.series import Series, find_series
from unkg.lineage.units import WorkText, read_works
from unkg.ontology.namespace import PREFIXES, UNKG

_FRBR = PREFIXES["frbr"]
_PROV = PREFIXES["prov"]
SUCCESSOR = ox.NamedNode(_FRBR + "successor")
SUCCESSOR_OF = ox.NamedNode(_FRBR + "successorOf")
REVISION_OF = ox.NamedNode(_PROV + "wasRevisionOf")
QUALIFIED = ox.NamedNode(_PROV + "qualifiedDerivation")
ENTITY = ox.NamedNode(_PROV + "entity")
DCT_IDENTIFIER = ox.NamedNode(PREFIXES["dcterms"] + "identifier")
PAIRS_AT_ONCE = 50  # pairs whose texts are read, then aligned, at a time
PARALLEL_PAIRS = 100  # pairs to align from which worker processes align them


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


# the comparisons stored now: later work, earlier work
_STORED = """SELECT ?new ?old WHERE { GRAPH ?g { ?c a unkg:Comparison ; unkg:comparisonOf ?new ; unkg:comparedWith ?old } }"""
_WORKS_OF_GRAPHS = """SELECT DISTINCT ?w WHERE { VALUES ?g { %s } GRAPH ?g { ?g foaf:primaryTopic ?w } }"""


@dataclass
class LineageCounts:
    series: int = 0
    aligned: int = 0  # comparisons computed in this run
    removed: int = 0


def series_quads(store, series: list[Series], generated_at: str) -> list[ox.Quad]:
    m = store.minter
    g = ox.NamedNode(m.series_graph())
    quads = [ox.Quad(g, PROV_GENERATED_AT, ox.Literal(generated_at, datatype=XSD_DATETIME), g)]
    for s in series:
        node = ox.NamedNode(s.iri)
        quads.append(ox.Quad(node, RDF_TYPE, _n(UNKG.Series), g))
        if s.title:
            quads.append(ox.Quad(node, DCT_TITLE, ox.Literal(s.title, language=s.title_language or None), g))
        for i, member in enumerate(s.members):
            w = ox.NamedNode(member.iri)
            quads.append(ox.Quad(w, _n(UNKG.inSeries), node, g))
            quads.append(ox.Quad(w, _n(UNKG.seriesPosition), ox.Literal(str(i + 1), datatype=XSD_INTEGER), g))
            if not member.in_store:  # a gap: named by its symbol, as a citation names it
                quads.append(ox.Quad(w, DCT_IDENTIFIER, ox.Literal(member.symbol), g))
            if i:
                before = ox.NamedNode(s.members[i - 1].iri)
                quads.append(ox.Quad(w, SUCCESSOR_OF, before, g))
                quads.append(ox.Quad(before, SUCCESSOR, w, g))
    return quads


def comparison_quads(store, a: Alignment, generated_at: str) -> tuple[str, list[ox.Quad]]:
    """The named graph of one work's alignment with its predecessor."""
    m = store.minter
    g = ox.NamedNode(m.lineage_graph(a.new))
    new_work, old_work = m.work(a.new), m.work(a.old)
    c = ox.NamedNode(m.comparison(a.new))
    quads = [
        ox.Quad(g, PROV_GENERATED_AT, ox.Literal(generated_at, datatype=XSD_DATETIME), g),
        ox.Quad(c, RDF_TYPE, _n(UNKG.Comparison), g),
        ox.Quad(c, _n(UNKG.comparisonOf), ox.NamedNode(new_work), g),
        ox.Quad(c, _n(UNKG.comparedWith), ox.NamedNode(old_work), g),
    ]

    def part(work: str, uid: str) -> ox.NamedNode:
        return ox.NamedNode(m.part(m.symbol_of(work) or "", uid))

    for p in a.pairs:
        new_part = part(new_work, p.new)
        if p.old is None:
            quads.append(ox.Quad(c, _n(UNKG.newParagraph), new_part, g))
            continue
        old_part = part(old_work, p.old)
        rev = ox.NamedNode(m.revision(a.new, p.new))
        quads += [
            ox.Quad(new_part, REVISION_OF, old_part, g),
            ox.Quad(new_part, QUALIFIED, rev, g),
            ox.Quad(rev, RDF_TYPE, _n(UNKG.ParagraphRevision), g),
            ox.Quad(rev, ENTITY, old_part, g),
            ox.Quad(rev, _n(UNKG.similarity), ox.Literal(f"{p.similarity:.4f}", datatype=XSD_DECIMAL), g),
            ox.Quad(rev, _n(UNKG.moved), ox.Literal("true" if p.moved else "false", datatype=XSD_BOOLEAN), g),
        ]
        for lang in p.unchanged_in:
            quads.append(ox.Quad(rev, _n(UNKG.unchangedIn), ox.NamedNode(iris.language_iri(lang)), g))
    for uid in a.dropped:
        quads.append(ox.Quad(c, _n(UNKG.droppedParagraph), part(old_work, uid), g))
    return g.value, quads


def works_of_graphs(store, graphs: list[str]) -> set[str]:
    """The works the named source graphs describe (their ``foaf:primaryTopic``)."""
    out: set[str] = set()
    for i in range(0, len(graphs), 300):
        values = " ".join(f"<{g}>" for g in graphs[i : i + 300])
        out |= {row["w"].value for row in store.query(_WORKS_OF_GRAPHS % values)}
    return out


def predecessors(series: list[Series]) -> dict[str, str]:
    """Each work with text -> the nearest earlier member of its series the store holds text of."""
    out: dict[str, str] = {}
    for s in series:
        held = s.in_store
        for before, after in zip(held, held[1:]):
            out[after.iri] = before.iri
    return out


def update_lineage(store, index, changed: set[str] | None = None, generated_at: str | None = None,
                   texts: dict[str, WorkText] | None = None) -> LineageCounts:
    """Bring the lineage graphs up to date after the works ``changed`` (IRIs) were indexed anew;
    ``None`` recomputes every comparison. ``index`` is the lineage index, already up to date
    (``unkg.lineage.index.update_index``); ``texts`` the works' texts when the caller has read them.
    The series graph is written only when a series changed."""
    generated_at = generated_at or now()
    series = find_series(store, index)
    m = store.minter
    key = hashlib.sha1(repr([(s.iri, s.title, s.title_language, [(x.iri, x.symbol, x.in_store) for x in s.members]) for s in series]).encode()).hexdigest()
    if changed is None or index.meta("series") != key or not store.has_graph(m.series_graph()):
        store.replace_graphs([(m.series_graph(), series_quads(store, series, generated_at))])
        index.set_meta("series", key)
    wanted = predecessors(series)
    stored = {row["new"].value: row["old"].value for row in store.query(_STORED)}
    counts = LineageCounts(series=len(series))
    # in series order (``predecessors`` gives each series' pairs in turn, along the series), so
    # a work's text is read once and let go after the pair of its successor: in the order of
    # their IRIs a whole session's texts waited for the next session's pairs (1.2 GB on GA 75-80)
    todo = [
        (new, old) for new, old in wanted.items()
        if changed is None or stored.get(new) != old or new in changed or old in changed
    ]
    gone = [new for new in stored if new not in wanted]
    batch = [(m.lineage_graph(m.symbol_of(new) or new), []) for new in gone]
    counts.removed = len(gone)
    if batch:
        store.replace_graphs(batch)
    texts = dict(texts or {})
    uses = Counter(w for pair in todo for w in pair)  # a work's text is let go after its last pair
    # many pairs are aligned in worker processes, while this process reads the next pairs' texts
    # and stores the comparisons of those before (GA 75-80: 1,232 pairs)
    pool, _ = worker_pool(len(todo), PARALLEL_PAIRS)
    pending: deque[list] = deque()

    def write(jobs: list) -> None:
        alignments = [job.result() if pool else job for job in jobs]
        done = [comparison_quads(store, a, generated_at) for a in alignments if a is not None]
        counts.aligned += len(done)
        if done:
            store.replace_graphs(done)

    try:
        for i in range(0, len(todo), PAIRS_AT_ONCE):
            chunk = todo[i : i + PAIRS_AT_ONCE]
            missing = sorted({w for pair in chunk for w in pair if w not in texts})
            if missing:
                texts.update(read_works(store, missing))
            jobs = []
            for new, old in chunk:
                if new in texts and old in texts:
                    jobs.append(pool.submit(_align_pair, texts[old], texts[new]) if pool else _align_pair(texts[old], texts[new]))
                for w in (new, old):
                    uses[w] -= 1
                    if not uses[w]:
                        texts.pop(w, None)
            pending.append(jobs)
            while len(pending) > (1 if pool else 0):
                write(pending.popleft())
        while pending:
            write(pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return counts


def _align_pair(old: WorkText, new: WorkText) -> Alignment | None:
    """One pair aligned (in a worker process when there are many); None when the works have no
    language in common."""
    try:
        return align(old, new)
    except ValueError:
        return None
