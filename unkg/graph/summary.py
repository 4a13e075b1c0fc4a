"""The summary graph: whole-store counts, computed once after each ingest rather than at every question.

"Which bodies were mentioned most each year" and "which bodies are named together" aggregate every
mention in the store: on the whole AKN corpus that is 120,000 mention quads across 4,700 graphs, and
a SPARQL engine that walks them at question time takes seconds (Oxigraph: 2 s for the first, minutes
for the second). Here they are counted once, in Python, from one scan of the distinct mentions, and
written as RDF Data Cube observations (https://www.w3.org/TR/vocab-data-cube/) into one named graph,
``{base}graph/summary``, that the library's queries read:

- data set ``{base}dataset/mentions-by-year`` (structure ``unkg:mentionsByYear``): per body, forum,
  office, programme or partnership and year of adoption, ``unkg:paragraphCount`` paragraphs and footnotes that name it (each counted once,
  however many language versions name it) and ``unkg:workCount`` works they belong to;
- data set ``{base}dataset/cited-by`` (structure ``unkg:citedBy``): per work or instrument the
  store's works cite (``dcterms:references``), ``unkg:citedByCount`` works citing it, and its
  identifier (the least, where graphs name it differently);
- data set ``{base}dataset/requests-by-addressee`` (structure ``unkg:requestsByAddressee``): per
  addressee (``unkg:addressed``) and verb (``unkg:askingVerb``), the operative paragraphs that ask
  it and their works;
- the types and ``skos:prefLabel``s of the entities observed and of the organs that adopted
  the works, once each, so a query finds the counts,
  classes and names in one graph;
- data set ``{base}dataset/co-mentions`` (structure ``unkg:coMentions``): per pair of bodies, fora,
  offices, programmes or partnerships (``unkg:mentioned`` < ``unkg:mentionedWith`` by IRI), the
  paragraphs that name both in one of their language versions, and their works;
- data set ``{base}dataset/event-mentions`` (structure ``unkg:eventMentions``): per event or
  observance (``unkg:mentionedEvent``, typed so by any graph) that some paragraph or footnote
  mentions, ``unkg:workCount`` works those belong to (whatever their date); these events are
  among the entities whose types and labels the summary carries (the events-timeline query
  names them from here: the document graphs repeat an event's labels once per graph naming it);
- data set ``{base}dataset/requests-due`` (structure ``unkg:requestsDue``): per request that says by
  when, one observation for each session (``unkg:dueSession``) or date (``unkg:dueDate``),
  paragraph (``unkg:dueParagraph``), addressee (``unkg:dueAddressee``) and symbol of the
  paragraph's work (``unkg:dueSymbol``) that one graph states together for it, with every verb
  (``unkg:dueVerb``) and body the report goes to (``unkg:dueReportTo``) any graph gives the
  request: the rows of the requests-due query before its language (texts, names) is read. The
  addressees and report bodies are among the entities whose types and labels the summary carries.

A mention counts (by year, and in pairs) when its paragraph is part of a work with a date (the year is the work's). The
summary reads and writes through the store's interface only, so it works the same on the embedded
store and on a remote endpoint; ``unkg.pipeline.ingest_paths`` calls it after every ingest.

Incremental: what each source graph contributes (its works' years, the bodies and events it types,
its mentions, references, requests, adopting organs, and its requests' deadlines, verbs and report
bodies) is read from that graph alone and kept beside an embedded store, one row per fact in SQLite
(``summary-state.sqlite``). The rows of the graphs an ingest writes are read by its worker
processes from the quads as they build them (``graph_facts``, staged in a scratch file,
``Staged``), not read back from the store; a graph changed after that (the ingest's referee takes
a date or title out of it) is reread. An ingest replaces the rows of the graphs it wrote, then recounts only
the observations those rows touch (the entities they mention or type, with every pair they are in,
every year, and their event mentions; the works they cite; the addressees and verbs they ask;
every requests-due observation of the requests they state a deadline, verb or report body of; and
the entities of works whose year they change), and
patches the summary graph with one SPARQL update that deletes those observations and inserts
their recount: adding one document to a store of the whole GA record rewrites a few hundred
quads, not the whole graph. A full recount is the same counting over every row, from every graph
reread (what a store without a state, a remote store, or a summary left stale by a kill gets):
the tests compare the two. Graphs changed by other means than ingest (a writable ``unkg serve``)
are seen at the next full recount (``summarise(store)`` with no ``changed``).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from unkg import __version__
from unkg.graph.build import (
    DCT_IDENTIFIER,
    DCT_TITLE,
    PROV_GENERATED_AT,
    RDF_TYPE,
    SKOS_PREFLABEL,
    XSD_DATETIME,
    XSD_INTEGER,
    now,
)
from unkg.graph.stores.local import open_kept_facts
from unkg.ontology.namespace import PREFIXES
from unkg.ontology.namespace import UNKG

MENTIONS_BY_YEAR = "mentions-by-year"
CO_MENTIONS = "co-mentions"
CITED_BY = "cited-by"
REQUESTS = "requests-by-addressee"
REQUESTS_DUE = "requests-due"
EVENT_MENTIONS = "event-mentions"
# the classes whose members' mentions are counted by work alone (the events-timeline query)
EVENT_CLASSES = ("Event", "Observance")
# the classes whose members are counted (the same as the bodies views and queries)
BODY_CLASSES = ("Body", "Forum", "Office", "Programme", "Partnership")

_QB = "http://purl.org/linked-data/cube#"
_QB_OBSERVATION = ox.NamedNode(_QB + "Observation")
_QB_DATASET = ox.NamedNode(_QB + "DataSet")
_QB_DATASET_P = ox.NamedNode(_QB + "dataSet")
_QB_STRUCTURE = ox.NamedNode(_QB + "structure")
_REF_PERIOD = ox.NamedNode(PREFIXES["sdmx-dimension"] + "refPeriod")
_GYEAR = ox.NamedNode(PREFIXES["xsd"] + "gYear")
_VERSION = ox.NamedNode(PREFIXES["schema"] + "softwareVersion")

_ADOPTED_BY = ox.NamedNode(str(UNKG.adoptedBy))


@dataclass
class SummaryCounts:
    """What one run wrote: observations of each data set and triples in all."""

    mentions_by_year: int = 0
    co_mentions: int = 0
    cited_by: int = 0
    requests: int = 0
    triples: int = 0
    requests_due: int = 0
    event_mentions: int = 0


STATE = "summary-state.sqlite"
_LAYOUT = 5  # of the state's tables: a state of another layout (or version of unkg) is recounted whole
_T_REALIZATION = "http://purl.org/vocab/frbr/core#realization"
_T_DATE = "http://purl.org/dc/terms/date"
_T_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_T_MENTIONS = str(UNKG.mentions)
_T_REFERENCES = "http://purl.org/dc/terms/references"
_T_IDENTIFIER = "http://purl.org/dc/terms/identifier"
_T_ADDRESSEE = str(UNKG.addressee)
_T_VERB = str(UNKG.verb)
_T_ADOPTED_BY = str(UNKG.adoptedBy)
_T_REQUEST_VERB = str(UNKG.requestVerb)
_T_REPORT_TO = str(UNKG.reportTo)
_BODY_TYPES = {str(getattr(UNKG, c)) for c in BODY_CLASSES}
_EVENT_TYPES = {str(getattr(UNKG, c)) for c in EVENT_CLASSES}


def _year(date: str) -> str | None:
    return date[:4] if len(date) >= 4 and date[:4].isdigit() else None


# --- the facts, one row each ------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS years(graph TEXT, work TEXT, year TEXT);
CREATE TABLE IF NOT EXISTS bodies(graph TEXT, entity TEXT);
CREATE TABLE IF NOT EXISTS organs(graph TEXT, entity TEXT);
CREATE TABLE IF NOT EXISTS events(graph TEXT, entity TEXT);
CREATE TABLE IF NOT EXISTS mentions(graph TEXT, part TEXT, entity TEXT, work TEXT);
CREATE TABLE IF NOT EXISTS refs(graph TEXT, citing TEXT, cited TEXT, ident TEXT);
CREATE TABLE IF NOT EXISTS asks(graph TEXT, part TEXT, addressee TEXT, verb TEXT, work TEXT);
CREATE TABLE IF NOT EXISTS dues(graph TEXT, request TEXT, session TEXT, due TEXT, paragraph TEXT, who TEXT, symbol TEXT);
CREATE TABLE IF NOT EXISTS reqfacts(graph TEXT, request TEXT, kind TEXT, value TEXT);
CREATE INDEX IF NOT EXISTS years_graph ON years(graph);
CREATE INDEX IF NOT EXISTS years_work ON years(work);
CREATE INDEX IF NOT EXISTS bodies_graph ON bodies(graph);
CREATE INDEX IF NOT EXISTS organs_graph ON organs(graph);
CREATE INDEX IF NOT EXISTS events_graph ON events(graph);
CREATE INDEX IF NOT EXISTS events_entity ON events(entity);
CREATE INDEX IF NOT EXISTS organs_entity ON organs(entity);
CREATE INDEX IF NOT EXISTS mentions_graph ON mentions(graph, part);
CREATE INDEX IF NOT EXISTS mentions_entity_work ON mentions(entity, work);
CREATE INDEX IF NOT EXISTS mentions_entity_part ON mentions(entity, graph, part);
CREATE INDEX IF NOT EXISTS mentions_work ON mentions(work);
CREATE INDEX IF NOT EXISTS refs_graph ON refs(graph);
CREATE INDEX IF NOT EXISTS refs_cited ON refs(cited);
CREATE INDEX IF NOT EXISTS asks_graph ON asks(graph);
CREATE INDEX IF NOT EXISTS asks_key ON asks(addressee, verb);
CREATE INDEX IF NOT EXISTS dues_graph ON dues(graph);
CREATE INDEX IF NOT EXISTS dues_request ON dues(request);
CREATE INDEX IF NOT EXISTS reqfacts_graph ON reqfacts(graph);
CREATE INDEX IF NOT EXISTS reqfacts_request ON reqfacts(request, kind);
CREATE INDEX IF NOT EXISTS reqfacts_value ON reqfacts(value, kind);
CREATE INDEX IF NOT EXISTS dues_who ON dues(who);
"""
_TABLES = ("years", "bodies", "organs", "events", "mentions", "refs", "asks", "dues", "reqfacts")


def _state_file(store) -> Path | None:
    """Where an embedded store keeps the facts (a remote store keeps none: recounted whole)."""
    path = getattr(store, "path", None)
    return path / STATE if isinstance(path, Path) else None


def _open(path: Path | None) -> sqlite3.Connection:
    """The facts' database beside an embedded store (begun again when unreadable), or in memory."""
    if path is not None:
        return open_kept_facts(path, _setup, isolation_level=None)
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("PRAGMA journal_mode=MEMORY")
    _setup(db)
    return db


def _setup(db: sqlite3.Connection) -> None:
    db.executescript(_SCHEMA)
    db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()  # an unreadable file fails here


def _usable(db: sqlite3.Connection) -> bool:
    """Whether the kept facts are this version's and were completely written."""
    row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    return bool(row) and row[0] == f"{__version__}/{_LAYOUT}"


def _drop(db: sqlite3.Connection, graphs: list[str]) -> None:
    for table in _TABLES:
        db.executemany(f"DELETE FROM {table} WHERE graph = ?", [(g,) for g in graphs])  # noqa: S608 (a constant)


def _source_graphs(store) -> Iterator[str]:
    for g in store.graphs():
        if not store.minter.derived(g) and not g.startswith("urn:"):
            yield g


# --- counting -------------------------------------------------------------------------------------

# Each count keeps its Python meaning: a paragraph counts in its work's earliest year, for an
# entity some graph (or the reference graph) types as a body; pairs are ordered by IRI (SQLite
# compares TEXT as UTF-8 bytes: the order of code points, as Python's).
_PREPARE = """
DROP TABLE IF EXISTS temp.wy; DROP TABLE IF EXISTS temp.bs;
CREATE TEMP TABLE wy(work TEXT PRIMARY KEY, year TEXT);
INSERT INTO wy SELECT work, MIN(year) FROM years GROUP BY work;
CREATE INDEX temp.wy_year ON wy(year, work);
CREATE TEMP TABLE bs(entity TEXT PRIMARY KEY);
INSERT OR IGNORE INTO bs SELECT entity FROM bodies;
"""
_BY_YEAR = """SELECT m.entity, wy.year, COUNT(DISTINCT m.part), COUNT(DISTINCT m.work)
FROM mentions m JOIN wy ON wy.work = m.work JOIN bs ON bs.entity = m.entity {where}
GROUP BY m.entity, wy.year"""
_PAIRS = """SELECT a.entity, b.entity, COUNT(DISTINCT a.part), COUNT(DISTINCT a.work)
FROM mentions a JOIN mentions b ON b.graph = a.graph AND b.part = a.part AND b.entity > a.entity
JOIN wy ON wy.work = a.work JOIN bs ba ON ba.entity = a.entity JOIN bs bb ON bb.entity = b.entity {where}
GROUP BY a.entity, b.entity"""
# the pairs of entities named in one paragraph of one graph, of a graph's or a work's paragraphs
_PAIRS_OF = ("SELECT a.entity, b.entity FROM mentions a JOIN mentions b "
             "ON b.graph = a.graph AND b.part = a.part AND b.entity > a.entity WHERE a.{column} = ?")
_CITED = "SELECT cited, COUNT(DISTINCT citing), MIN(ident) FROM refs {where} GROUP BY cited"
_ASKS = "SELECT addressee, verb, COUNT(DISTINCT part), COUNT(DISTINCT work) FROM asks {where} GROUP BY addressee, verb"
# an event's works: its mentions' (COUNT skips a part no work is known of)
_EVENTS = """SELECT m.entity, COUNT(DISTINCT m.work) FROM mentions m WHERE m.entity IN (SELECT entity FROM events) {where}
GROUP BY m.entity HAVING COUNT(DISTINCT m.work) > 0"""
_DUES = "SELECT DISTINCT request, session, due, paragraph, who, symbol FROM dues {where}"
# the verbs and report bodies any graph gives a request with a deadline
_DUE_FACTS = "SELECT DISTINCT request, kind, value FROM reqfacts WHERE request IN (SELECT request FROM dues) {where}"


def _iri(term: str) -> str | None:
    """The IRI of a term kept as N-Triples (``<...>``), else None."""
    return term[1:-1] if term.startswith("<") and term.endswith(">") else None


def _due_rows(db: sqlite3.Connection, requests: set[str] | None) -> list[tuple]:
    """The requests-due observations of ``requests`` (or of all): each row with its verbs and report bodies."""
    if requests is None:
        rows, facts = db.execute(_DUES.format(where="")).fetchall(), db.execute(_DUE_FACTS.format(where="")).fetchall()
    else:
        _script(db, "DROP TABLE IF EXISTS temp.kr; CREATE TEMP TABLE kr(request TEXT PRIMARY KEY)")
        db.executemany("INSERT INTO kr VALUES (?)", [(r,) for r in requests])
        rows = db.execute(_DUES.format(where="WHERE request IN (SELECT request FROM kr)")).fetchall()
        facts = db.execute(_DUE_FACTS.format(where="AND request IN (SELECT request FROM kr)")).fetchall()
    of: dict[tuple[str, str], list[str]] = defaultdict(list)
    for request, kind, value in facts:
        of[request, kind].append(value)
    return [(*row, tuple(sorted(of[row[0], "v"])), tuple(sorted(of[row[0], "r"]))) for row in rows]


@dataclass
class _Keys:
    """The observations one change touches: mentions by (entity, year), co-mentions by pair, the
    entities all of whose observations are recounted (their being a body changed), cited works,
    (addressee, verb) pairs, the organs whose labels the summary may carry, the requests all of
    whose requests-due observations are recounted, the addressees and report bodies of them
    whose labels the summary may carry, and the entities whose event mentions are recounted
    (mentioned or typed an event by the graphs)."""

    years: set[tuple[str, str]]
    pairs: set[tuple[str, str]]
    wide: set[str]
    cited: set[str]
    asks: set[tuple[str, str]]
    organs: set[str]
    requests: set[str] = field(default_factory=set)
    due_entities: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)  # entities whose event-mentions observation is recounted

    @property
    def entities(self) -> set[str]:
        return {e for e, _ in self.years} | {e for pair in self.pairs for e in pair} | self.wide


@dataclass
class _Seen:
    """What ``graphs`` bear on, read once before their old rows go and once after the new come."""

    keys: _Keys
    bodies: dict[str, bool]  # entity the graphs type -> is it a body (typed so by any graph)
    years: dict[str, str | None]  # work the graphs date -> its year (the earliest any graph gives)
    dues: set[tuple] = field(default_factory=set)  # the graphs' requests-due rows (their observations)


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Statements one by one, inside whatever transaction is open (``executescript`` commits it)."""
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


def _touched(db: sqlite3.Connection, graphs: list[str]) -> _Seen:
    _script(db, _PREPARE)
    keys = _Keys(set(), set(), set(), set(), set(), set())
    bodies: dict[str, bool] = {}
    years: dict[str, str | None] = {}
    dues: set[tuple] = set()
    for g in graphs:
        keys.years.update(db.execute("SELECT m.entity, wy.year FROM mentions m JOIN wy ON wy.work = m.work WHERE m.graph = ?", (g,)))
        keys.pairs.update(db.execute(_PAIRS_OF.format(column="graph"), (g,)))
        bodies.update(db.execute("SELECT b.entity, bs.entity IS NOT NULL FROM bodies b LEFT JOIN bs ON bs.entity = b.entity WHERE b.graph = ?", (g,)))
        years.update(db.execute("SELECT y.work, wy.year FROM years y JOIN wy ON wy.work = y.work WHERE y.graph = ?", (g,)))
        keys.cited.update(c for (c,) in db.execute("SELECT cited FROM refs WHERE graph = ?", (g,)))
        keys.asks.update(db.execute("SELECT addressee, verb FROM asks WHERE graph = ?", (g,)))
        keys.organs.update(e for (e,) in db.execute("SELECT entity FROM organs WHERE graph = ?", (g,)))
        dues.update(db.execute(_DUES.format(where="WHERE graph = ?"), (g,)))
        keys.events.update(e for (e,) in db.execute("SELECT entity FROM mentions WHERE graph = ? UNION SELECT entity FROM events WHERE graph = ?", (g, g)))
        for request, kind, value in db.execute("SELECT request, kind, value FROM reqfacts WHERE graph = ?", (g,)):
            keys.requests.add(request)
            if kind == "r":
                keys.due_entities.add(value)
    keys.requests.update(row[0] for row in dues)
    keys.due_entities.update(row[4] for row in dues)
    keys.due_entities = {_iri(e) for e in keys.due_entities if _iri(e)}
    return _Seen(keys, {e: bool(b) for e, b in bodies.items()}, years, dues)


def _merge(db: sqlite3.Connection, before: _Seen, after: _Seen) -> _Keys:
    """Both sides' keys, and what a change of an entity's being a body or of a work's year moves:
    every observation of that entity; every mention of that work, in its old and new year."""
    a, b = before.keys, after.keys
    keys = _Keys(a.years | b.years, a.pairs | b.pairs, a.wide | b.wide, a.cited | b.cited, a.asks | b.asks, a.organs | b.organs,
                 a.requests | b.requests, a.due_entities | b.due_entities, a.events | b.events)
    for entity in before.bodies.keys() | after.bodies.keys():
        was = before.bodies.get(entity)
        now_ = after.bodies.get(entity)
        if was is None:  # the graphs typed it only after: was it a body through another graph?
            was = db.execute("SELECT 1 FROM bodies WHERE entity = ? AND graph NOT IN (SELECT graph FROM temp.changed)", (entity,)).fetchone() is not None
        if now_ is None:
            now_ = db.execute("SELECT 1 FROM bodies WHERE entity = ?", (entity,)).fetchone() is not None
        if was != now_:
            keys.wide.add(entity)
    _script(db, _PREPARE)
    for work in before.years.keys() | after.years.keys():
        old = before.years.get(work, _year_now(db, work, exclude_changed=True))
        new = after.years.get(work, _year_now(db, work))
        if old != new:
            for (entity,) in db.execute("SELECT DISTINCT entity FROM mentions WHERE work = ?", (work,)):
                keys.years.update((entity, y) for y in (old, new) if y)
            keys.pairs.update(db.execute(_PAIRS_OF.format(column="work"), (work,)))
    return keys


def _year_now(db: sqlite3.Connection, work: str, *, exclude_changed: bool = False) -> str | None:
    sql = "SELECT MIN(year) FROM years WHERE work = ?" + (" AND graph NOT IN (SELECT graph FROM temp.changed)" if exclude_changed else "")
    return db.execute(sql, (work,)).fetchone()[0]


def _counts(db: sqlite3.Connection, keys: _Keys | None):
    """The rows of each data set: every one, or those of ``keys``."""
    _script(db, _PREPARE)
    if keys is None:
        return (db.execute(_BY_YEAR.format(where="")).fetchall(), db.execute(_PAIRS.format(where="")).fetchall(),
                db.execute(_CITED.format(where="")).fetchall(), db.execute(_ASKS.format(where="")).fetchall(), _due_rows(db, None),
                db.execute(_EVENTS.format(where="")).fetchall())
    _script(db, "DROP TABLE IF EXISTS temp.kw; DROP TABLE IF EXISTS temp.ky; DROP TABLE IF EXISTS temp.kp;"
                     "DROP TABLE IF EXISTS temp.kc; DROP TABLE IF EXISTS temp.ka;"
                     "CREATE TEMP TABLE kw(entity TEXT PRIMARY KEY); CREATE TEMP TABLE kc(cited TEXT PRIMARY KEY);"
                     "CREATE TEMP TABLE ky(entity TEXT, year TEXT, PRIMARY KEY (entity, year));"
                     "CREATE TEMP TABLE kp(x TEXT, y TEXT, a TEXT, b TEXT, PRIMARY KEY (a, b));"
                     "CREATE TEMP TABLE ka(addressee TEXT, verb TEXT, PRIMARY KEY (addressee, verb));")
    db.executemany("INSERT INTO kw VALUES (?)", [(e,) for e in keys.wide])
    db.executemany("INSERT INTO ky VALUES (?,?)", [k for k in keys.years if k[0] not in keys.wide])
    # a pair is counted from its rarer entity's paragraphs, each looked up in the other's
    size = {e: db.execute("SELECT COUNT(*) FROM mentions WHERE entity = ?", (e,)).fetchone()[0] for e in {e for p in keys.pairs for e in p}}
    db.executemany("INSERT INTO kp VALUES (?,?,?,?)", [((a, b) if size[a] <= size[b] else (b, a)) + (a, b)
                                                       for a, b in keys.pairs if a not in keys.wide and b not in keys.wide])
    db.executemany("INSERT INTO kc VALUES (?)", [(c,) for c in keys.cited])
    db.executemany("INSERT INTO ka VALUES (?,?)", list(keys.asks))
    by_year, pairs = [], []
    if keys.wide:
        by_year = db.execute(_BY_YEAR.format(where="WHERE m.entity IN (SELECT entity FROM kw)")).fetchall()
        pairs = db.execute("SELECT * FROM (" + _PAIRS.format(where="WHERE a.entity IN (SELECT entity FROM kw)") + ") UNION "
                           "SELECT * FROM (" + _PAIRS.format(where="WHERE b.entity IN (SELECT entity FROM kw)") + ")").fetchall()
    by_year += db.execute("""SELECT m.entity, wy.year, COUNT(DISTINCT m.part), COUNT(DISTINCT m.work)
        FROM ky JOIN wy ON wy.year = ky.year JOIN mentions m ON m.entity = ky.entity AND m.work = wy.work
        JOIN bs ON bs.entity = m.entity GROUP BY m.entity, wy.year""").fetchall()
    pairs += db.execute("""SELECT kp.a, kp.b, COUNT(DISTINCT mx.part), COUNT(DISTINCT mx.work)
        FROM kp JOIN mentions mx ON mx.entity = kp.x JOIN mentions my ON my.entity = kp.y AND my.graph = mx.graph AND my.part = mx.part
        JOIN wy ON wy.work = mx.work JOIN bs ba ON ba.entity = kp.a JOIN bs bb ON bb.entity = kp.b
        GROUP BY kp.a, kp.b""").fetchall()
    cited = db.execute(_CITED.format(where="WHERE cited IN (SELECT cited FROM kc)")).fetchall()
    asks = db.execute(_ASKS.format(where="WHERE (addressee, verb) IN (SELECT addressee, verb FROM ka)")).fetchall()
    _script(db, "DROP TABLE IF EXISTS temp.ke; CREATE TEMP TABLE ke(entity TEXT PRIMARY KEY)")
    db.executemany("INSERT INTO ke VALUES (?)", [(e,) for e in keys.events])
    events = db.execute(_EVENTS.format(where="AND m.entity IN (SELECT entity FROM ke)")).fetchall()
    return by_year, pairs, cited, asks, _due_rows(db, keys.requests), events


def _observed(db: sqlite3.Connection, candidates: set[str] | None) -> set[str]:
    """The entities whose types and labels the summary carries: those counted by year, asked,
    adopting works, asked with a deadline or reported to, or events some paragraph mentions (of
    ``candidates``, or all)."""
    if candidates is None:
        found = {e for (e,) in db.execute("SELECT DISTINCT m.entity FROM mentions m JOIN wy ON wy.work = m.work JOIN bs ON bs.entity = m.entity "
                                           "UNION SELECT addressee FROM asks UNION SELECT entity FROM organs "
                                           "UNION SELECT DISTINCT entity FROM mentions WHERE entity IN (SELECT entity FROM events)")}
        due = db.execute("SELECT who FROM dues UNION SELECT value FROM reqfacts WHERE kind = 'r' AND request IN (SELECT request FROM dues)")
        return found | {e for (t,) in due if (e := _iri(t))}
    _script(db, "DROP TABLE IF EXISTS temp.kx; CREATE TEMP TABLE kx(entity TEXT PRIMARY KEY)")
    db.executemany("INSERT INTO kx VALUES (?)", [(e,) for e in candidates])
    return {e for (e,) in db.execute("""SELECT entity FROM kx WHERE
        EXISTS (SELECT 1 FROM mentions m JOIN wy ON wy.work = m.work WHERE m.entity = kx.entity) AND EXISTS (SELECT 1 FROM bs WHERE bs.entity = kx.entity)
        OR EXISTS (SELECT 1 FROM asks WHERE asks.addressee = kx.entity) OR EXISTS (SELECT 1 FROM organs WHERE organs.entity = kx.entity)
        OR EXISTS (SELECT 1 FROM events WHERE events.entity = kx.entity) AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity = kx.entity)
        OR EXISTS (SELECT 1 FROM dues WHERE dues.who = '<' || kx.entity || '>')
        OR EXISTS (SELECT 1 FROM reqfacts r JOIN dues d ON d.request = r.request WHERE r.kind = 'r' AND r.value = '<' || kx.entity || '>')""")}


# --- the graph --------------------------------------------------------------------------------------

_DATASETS = (
    (MENTIONS_BY_YEAR, UNKG.mentionsByYear, "Mentions by year"),
    (CO_MENTIONS, UNKG.coMentions, "Co-mentions of bodies"),
    (CITED_BY, UNKG.citedBy, "Works cited by the store's works"),
    (REQUESTS, UNKG.requestsByAddressee, "Requests by addressee and verb"),
    (REQUESTS_DUE, UNKG.requestsDue, "Requests that say by when"),
    (EVENT_MENTIONS, UNKG.eventMentions, "Works mentioning each event"),
)


class _Writer:
    """The summary graph's quads, as ``summary_quads`` and the incremental patch both write them."""

    def __init__(self, minter) -> None:
        self.minter = minter
        self.graph = ox.NamedNode(minter.summary_graph())
        self.quads: list[ox.Quad] = []
        self.datasets = {name: ox.NamedNode(minter.data_set(name)) for name, _, _ in _DATASETS}

    def add(self, s, p, o) -> None:
        self.quads.append(ox.Quad(s, p, o, self.graph))

    def head(self, generated_at: str) -> None:
        self.add(self.graph, PROV_GENERATED_AT, ox.Literal(generated_at, datatype=XSD_DATETIME))
        self.add(self.graph, _VERSION, ox.Literal(f"unkg {__version__}"))
        for name, structure, title in _DATASETS:
            ds = self.datasets[name]
            self.add(ds, RDF_TYPE, _QB_DATASET)
            self.add(ds, _QB_STRUCTURE, ox.NamedNode(str(structure)))
            self.add(ds, DCT_TITLE, ox.Literal(title, language="en"))

    def observe(self, name: str, keys: tuple[str, ...], facts: dict) -> ox.NamedNode:
        """One observation of data set ``name``, keyed by ``keys``: its dimensions and measures."""
        obs = ox.NamedNode(self.minter.observation(name, *keys))
        self.add(obs, RDF_TYPE, _QB_OBSERVATION)
        self.add(obs, _QB_DATASET_P, self.datasets[name])
        for predicate, value in facts.items():
            self.add(obs, predicate if isinstance(predicate, ox.NamedNode) else ox.NamedNode(str(predicate)), value)
        return obs

    def events(self, rows) -> None:
        for event, works in sorted(rows):
            self.observe(EVENT_MENTIONS, (event,), {UNKG.mentionedEvent: ox.NamedNode(event), UNKG.workCount: ox.Literal(str(works), datatype=XSD_INTEGER)})

    def dues(self, rows) -> None:
        """The requests-due observations: a row's terms (kept as N-Triples) as they were read."""
        terms = _terms(t for row in rows for t in (row[1], row[2], row[4], row[5], *row[6], *row[7]))
        for request, session, due, paragraph, who, symbol, verbs, reports in sorted(rows, key=lambda r: tuple(x or "" for x in r[:6])):
            facts = {UNKG.dueParagraph: ox.NamedNode(paragraph), UNKG.dueAddressee: terms[who], UNKG.dueSymbol: terms[symbol]}
            if session is not None:
                facts[UNKG.dueSession] = terms[session]
            if due is not None:
                facts[UNKG.dueDate] = terms[due]
            obs = self.observe(REQUESTS_DUE, _due_key(request, session, due, paragraph, who, symbol), facts)
            for verb in verbs:
                self.add(obs, ox.NamedNode(str(UNKG.dueVerb)), terms[verb])
            for report in reports:
                self.add(obs, ox.NamedNode(str(UNKG.dueReportTo)), terms[report])

    def counts(self, by_year, pairs, cited, asks) -> None:
        def count(n: int) -> ox.Literal:
            return ox.Literal(str(n), datatype=XSD_INTEGER)

        for entity, year, parts, works in sorted(by_year):
            self.observe(MENTIONS_BY_YEAR, (entity, year), {
                UNKG.mentioned: ox.NamedNode(entity), _REF_PERIOD: ox.Literal(year, datatype=_GYEAR),
                UNKG.paragraphCount: count(parts), UNKG.workCount: count(works),
            })
        for a, b, parts, works in sorted(pairs):
            self.observe(CO_MENTIONS, (a, b), {
                UNKG.mentioned: ox.NamedNode(a), UNKG.mentionedWith: ox.NamedNode(b),
                UNKG.paragraphCount: count(parts), UNKG.workCount: count(works),
            })
        for cited_iri, citing, ident in sorted(cited):
            self.observe(CITED_BY, (cited_iri,), {UNKG.cited: ox.NamedNode(cited_iri), UNKG.citedByCount: count(citing)})
            self.add(ox.NamedNode(cited_iri), DCT_IDENTIFIER, ox.Literal(ident))
        for addressee, verb, parts, works in sorted(asks):
            self.observe(REQUESTS, (addressee, verb), {
                UNKG.addressed: ox.NamedNode(addressee), UNKG.askingVerb: ox.NamedNode(verb),
                UNKG.paragraphCount: count(parts), UNKG.workCount: count(works),
            })

    def labels(self, store, entities: Iterable[str]) -> None:
        """The entities' types and labels, once each: the library's queries read them here, beside
        the counts (in the document graphs each is repeated by every graph naming it)."""
        nodes = [ox.NamedNode(e) for e in sorted(entities)]
        for predicate in (RDF_TYPE, SKOS_PREFLABEL):
            for t in dict.fromkeys(store.match(nodes, predicate)):
                self.add(t.subject, t.predicate, t.object)


def _due_key(request: str, *terms: str | None) -> tuple[str, str]:
    """An observation's key: the request and a digest of the rest of its row (literals do not slug apart)."""
    return request, hashlib.sha256("\x1f".join(t or "" for t in terms).encode()).hexdigest()[:16]


def _terms(texts: Iterable[str | None]) -> dict[str, ox.Term]:
    """Terms kept as N-Triples, read back in one document."""
    texts = sorted({t for t in texts if t})
    doc = "".join(f"<urn:t:{i}> <urn:t> {t} .\n" for i, t in enumerate(texts))
    return {texts[int(q.subject.value[6:])]: q.object for q in ox.parse(doc, ox.RdfFormat.N_TRIPLES)} if texts else {}


# the requests-due query's deadlines as it reads them (each request's facts within one graph)
_DUE_READ = """SELECT DISTINCT ?g ?request ?session ?due ?paragraph ?who ?id WHERE {{ {values}
  GRAPH ?g {{
    {{ ?request unkg:dueAtSession ?session }} UNION {{ ?request schema:endTime ?due }}
    ?request unkg:statedIn ?paragraph ;
             schema:recipient ?who .
    ?paragraph dcterms:isPartOf ?w .
    ?w dcterms:identifier ?id .
    ?request a unkg:Request .
  }}
}}"""


def _due_read(query, minter, graphs: list[str] | None) -> Iterator[tuple]:
    """The requests-due rows of ``graphs`` (or of every source graph), read by SPARQL: the
    deadlines are few, and reading them through the store's predicate index would read every
    paragraph's ``dcterms:isPartOf``. ``query``: the store's (or a graph's, held in memory)."""

    def nt(term: ox.Term | None) -> str | None:
        return None if term is None else str(term)

    for chunk in [None] if graphs is None else _chunks(graphs):
        values = "" if chunk is None else "VALUES ?g { " + " ".join(f"<{g}>" for g in chunk) + " }"
        for r in query(_DUE_READ.format(values=values)):
            g = r["g"]
            if (isinstance(g, ox.NamedNode) and not minter.derived(g.value) and not g.value.startswith("urn:")
                    and isinstance(r["request"], ox.NamedNode) and isinstance(r["paragraph"], ox.NamedNode)):
                yield g.value, r["request"].value, nt(r["session"]), nt(r["due"]), r["paragraph"].value, nt(r["who"]), nt(r["id"])


def _reference_facts(store, db: sqlite3.Connection) -> None:
    """The reference graph's bodies and events (registries), read afresh at every count: it is small."""
    ref = store.minter.reference_graph()
    _drop(db, [ref])
    if store.has_graph(ref):
        quads = _quads(store, ref)
        db.executemany("INSERT INTO bodies VALUES (?,?)", ((g, s) for t in sorted(_BODY_TYPES) for g, s, _ in quads(_T_TYPE, t)))
        db.executemany("INSERT INTO events VALUES (?,?)", ((g, s) for t in sorted(_EVENT_TYPES) for g, s, _ in quads(_T_TYPE, t)))


def _quads(store, graph: str | None = None):
    """``quads(predicate, object)`` giving (graph, subject IRI, object), for ``_insert``: of one
    ``graph``, or of every source graph; read by the store's predicate index, so only the quads
    that matter (a tenth of the store) are read, never the whole of it."""
    m = store.minter
    source: dict[str, bool] = {}

    def matching(predicate: str, obj: str | None = None):
        for q in store.match_quads(ox.NamedNode(predicate), ox.NamedNode(obj) if obj else None, graph=graph):
            g = q.graph_name.value
            ok = source.get(g)
            if ok is None:
                ok = source[g] = graph is not None or (not m.derived(g) and not g.startswith("urn:"))
            if ok and isinstance(q.subject, ox.NamedNode):
                yield g, q.subject.value, q.object

    return matching


def _rows(quads, work_of) -> Iterator[tuple[str, Iterable[tuple]]]:
    """The facts the summary counts, as (table, rows), from ``quads(predicate, object)`` giving
    (graph, subject IRI, object): the years of the works each graph realises, the entities it
    types as bodies and events, its mentions (paragraph, entity), the organs its works were
    adopted by, its requests' verbs and report bodies; and, for the tables ``_JOIN`` fills, the
    raw references (citing, cited), cited identifiers, paragraph verbs and addressees."""
    yield "mentions", ((g, s, o.value, work_of(s)) for g, s, o in quads(_T_MENTIONS) if isinstance(o, ox.NamedNode))
    yield "bodies", ((g, s) for t in sorted(_BODY_TYPES) for g, s, _ in quads(_T_TYPE, t))
    yield "organs", ((g, o.value) for g, _, o in quads(_T_ADOPTED_BY) if isinstance(o, ox.NamedNode))
    yield "events", ((g, s) for t in sorted(_EVENT_TYPES) for g, s, _ in quads(_T_TYPE, t))
    realised = {(g, s) for g, s, _ in quads(_T_REALIZATION)}
    years: dict[tuple[str, str], str] = {}
    for g, s, o in quads(_T_DATE):
        year = _year(o.value) if isinstance(o, ox.Literal) and (g, s) in realised else None
        if year:
            years[g, s] = min(year, years.get((g, s), year))
    yield "years", ((g, w, y) for (g, w), y in years.items())
    yield "reqfacts", ((g, s, kind, str(o)) for kind, p in (("v", _T_REQUEST_VERB), ("r", _T_REPORT_TO)) for g, s, o in quads(p))
    yield "raw_ids", ((g, s, o.value) for g, s, o in quads(_T_IDENTIFIER) if isinstance(o, ox.Literal))
    yield "raw_refs", ((g, s, o.value) for g, s, o in quads(_T_REFERENCES) if isinstance(o, ox.NamedNode))
    yield "raw_verbs", ((g, s, o.value) for g, s, o in quads(_T_VERB) if isinstance(o, ox.NamedNode))
    yield "raw_asks", ((g, s, o.value) for g, s, o in quads(_T_ADDRESSEE) if isinstance(o, ox.NamedNode))


_WIDTH = {"mentions": 4, "bodies": 2, "organs": 2, "events": 2, "years": 3, "reqfacts": 4, "dues": 7,
          "raw_ids": 3, "raw_refs": 3, "raw_verbs": 3, "raw_asks": 3}


def _put(db: sqlite3.Connection, table: str, rows: Iterable[tuple], schema: str = "") -> None:
    db.executemany(f"INSERT INTO {schema}{table} VALUES ({','.join('?' * _WIDTH[table])})", rows)  # noqa: S608 (constants)


def _insert(db: sqlite3.Connection, quads, work_of) -> None:
    """The facts of ``_rows`` into ``db``: references with the cited work's identifiers, and asks
    with their verbs, joined in SQLite, in scratch tables (in a file, not in memory: on a large
    store these are millions of rows)."""
    _script(db, _RAW.format(temp="TEMP ", schema="temp."))
    for table, rows in _rows(quads, work_of):
        _put(db, table, rows, "temp." if table.startswith("raw_") else "")
    _join(db, "temp.", work_of)


def _join(db: sqlite3.Connection, schema: str, work_of) -> None:
    db.create_function("work_or_part", 1, lambda part: work_of(part) or part, deterministic=True)
    _script(db, _JOIN.format(schema=schema))


# the scratch tables of _insert (or of a staging file) and the joins that fill refs and asks from
# them (DISTINCT: a graph may state a fact twice over, as the quads of two sources would)
_RAW = """CREATE {temp}TABLE IF NOT EXISTS {schema}raw_ids(graph TEXT, subject TEXT, ident TEXT);
CREATE {temp}TABLE IF NOT EXISTS {schema}raw_refs(graph TEXT, citing TEXT, cited TEXT);
CREATE {temp}TABLE IF NOT EXISTS {schema}raw_verbs(graph TEXT, part TEXT, verb TEXT);
CREATE {temp}TABLE IF NOT EXISTS {schema}raw_asks(graph TEXT, part TEXT, addressee TEXT);
DELETE FROM {schema}raw_ids; DELETE FROM {schema}raw_refs; DELETE FROM {schema}raw_verbs; DELETE FROM {schema}raw_asks"""
_JOIN = """CREATE INDEX IF NOT EXISTS {schema}raw_ids_key ON raw_ids(graph, subject);
CREATE INDEX IF NOT EXISTS {schema}raw_verbs_key ON raw_verbs(graph, part);
INSERT INTO refs SELECT DISTINCT r.graph, r.citing, r.cited, i.ident FROM {schema}raw_refs r
  JOIN {schema}raw_ids i ON i.graph = r.graph AND i.subject = r.cited;
INSERT INTO asks SELECT DISTINCT a.graph, a.part, a.addressee, v.verb, work_or_part(a.part) FROM {schema}raw_asks a
  JOIN {schema}raw_verbs v ON v.graph = a.graph AND v.part = a.part;
DELETE FROM {schema}raw_ids; DELETE FROM {schema}raw_refs; DELETE FROM {schema}raw_verbs; DELETE FROM {schema}raw_asks"""


# --- facts read as graphs are built ------------------------------------------------------------------

# the predicates whose quads give the facts (``_rows``) or say that a graph states deadlines (``_DUE_READ``)
_READ = frozenset({_T_MENTIONS, _T_TYPE, _T_ADOPTED_BY, _T_REALIZATION, _T_DATE, _T_REQUEST_VERB, _T_REPORT_TO,
                   _T_IDENTIFIER, _T_REFERENCES, _T_VERB, _T_ADDRESSEE})
_DUE_MARKS = frozenset({str(UNKG.dueAtSession), PREFIXES["schema"] + "endTime"})


def graph_facts(minter, graph: str, quads: list[ox.Quad]) -> list[tuple[str, list[tuple]]]:
    """The facts ``summarise`` counts of one source graph, as (table, rows), read from its quads as
    they were built: the rows reading the graph back from the store would give (``_rows`` over
    the same quads, each once; the requests-due rows by the same query, over the graph in memory)."""
    if minter.derived(graph) or graph.startswith("urn:"):
        return []
    by: dict[str, dict[ox.Quad, None]] = defaultdict(dict)
    dues = False
    for q in quads:
        p = q.predicate.value
        if p in _READ and isinstance(q.subject, ox.NamedNode) and q.graph_name.value == graph:
            by[p][q] = None
        elif p in _DUE_MARKS:
            dues = True

    def matching(predicate: str, obj: str | None = None):
        for q in by.get(predicate, ()):
            if obj is None or (isinstance(q.object, ox.NamedNode) and q.object.value == obj):
                yield graph, q.subject.value, q.object

    facts = [(table, list(rows)) for table, rows in _rows(matching, minter.work_of_part)]
    if dues:
        mem = ox.Store()
        mem.extend(quads)
        facts.append(("dues", list(_due_read(lambda sparql: mem.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True), minter, [graph]))))
    return [(table, rows) for table, rows in facts if rows]


STAGED = "summary-staged.sqlite"


class Staged:
    """The facts of source graphs read as they were built (``graph_facts``: in the ingest's worker
    processes), waiting in a scratch file beside the store until ``summarise`` takes them, so that
    it reads none of those graphs back. A graph changed after its facts were read (the ingest's
    referee takes a statement out of it) is ``forget``-ten: it is reread from the store."""

    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)  # a scratch file a killed run left
        self.path = path
        self.graphs: set[str] = set()
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.executescript(";".join(line for line in _SCHEMA.split(";") if "INDEX" not in line) + ";" + _RAW.format(temp="", schema=""))

    def add(self, graph: str, facts: list[tuple[str, list[tuple]]]) -> None:
        self.db.execute("BEGIN")
        for table, rows in facts:
            _put(self.db, table, rows)
        self.db.execute("COMMIT")
        self.graphs.add(graph)

    def forget(self, graphs: Iterable[str]) -> None:
        gone = [(g,) for g in graphs if g in self.graphs]
        if gone:
            for table in _WIDTH:
                self.db.executemany(f"DELETE FROM {table} WHERE graph = ?", gone)  # noqa: S608 (constants)
            self.graphs -= {g for (g,) in gone}

    def into(self, db: sqlite3.Connection, work_of) -> None:
        """Every staged fact into ``db`` (inside its open transaction), as ``_insert`` would put
        them: ``db`` has it attached as ``st`` (``attached``)."""
        for table in _WIDTH:
            if not table.startswith("raw_"):
                db.execute(f"INSERT INTO {table} SELECT * FROM st.{table}")  # noqa: S608 (constants)
        _join(db, "st.", work_of)

    @contextmanager
    def attached(self, db: sqlite3.Connection):
        db.execute("ATTACH DATABASE ? AS st", (str(self.path),))
        try:
            db.execute("PRAGMA st.journal_mode=OFF")
            yield
        finally:
            db.execute("DETACH DATABASE st")

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)


def staging(store) -> Staged | None:
    """A scratch file for the facts of the graphs an ingest builds, beside an embedded store (a
    remote store keeps no facts: it is recounted from its graphs)."""
    path = _state_file(store)
    return None if path is None else Staged(path.with_name(STAGED))


def _unstaged(store, staged: Staged | None) -> list[str] | None:
    """The source graphs whose facts ``staged`` lacks, when it holds at least half of them; else None.
    The graphs are listed only where facts were staged (a remote store lists them by a query)."""
    if staged is None:
        return None
    sources = list(_source_graphs(store))
    unread = [g for g in sources if g not in staged.graphs]
    return unread if len(unread) * 2 <= len(sources) else None


def _recount(store, db: sqlite3.Connection, generated_at: str, staged: Staged | None = None) -> tuple[list[ox.Quad], SummaryCounts]:
    """Every graph reread into ``db`` (the facts ``staged`` holds taken from it instead, where it
    holds most graphs') and every observation counted."""
    db.execute("BEGIN")
    db.execute("DELETE FROM meta")
    for table in _TABLES:
        db.execute(f"DROP TABLE {table}")  # noqa: S608 (constants): the rows and their indexes, rebuilt after
    db.execute("COMMIT")
    db.executescript(";".join(line for line in _SCHEMA.split(";") if "INDEX" not in line))
    db.execute("BEGIN")
    work_of = store.minter.work_of_part
    unread = _unstaged(store, staged)
    if staged is not None and unread is not None:  # most graphs' facts were read as they were built: the rest one by one
        for g in unread:
            _insert(db, _quads(store, g), work_of)
        _put(db, "dues", _due_read(store.query, store.minter, unread))
        staged.into(db, work_of)
    else:  # one scan of the store's predicate index
        _insert(db, _quads(store), work_of)
        _put(db, "dues", _due_read(store.query, store.minter, None))
    _reference_facts(store, db)
    db.execute("COMMIT")
    db.executescript(_SCHEMA)
    db.execute("INSERT INTO meta VALUES ('version', ?)", (f"{__version__}/{_LAYOUT}",))
    w = _Writer(store.minter)
    w.head(generated_at)
    by_year, pairs, cited, asks, dues, events = _counts(db, None)
    w.counts(by_year, pairs, cited, asks)
    w.dues(dues)
    w.events(events)
    w.labels(store, _observed(db, None))
    return w.quads, SummaryCounts(len(by_year), len(pairs), len(cited), len(asks), len(w.quads), len(dues), len(events))


def summary_quads(store, generated_at: str) -> tuple[list[ox.Quad], SummaryCounts]:
    """The summary graph's quads as a full recount gives them: every source graph reread (into a
    scratch table, leaving the kept facts alone)."""
    with closing(_open(None)) as db:
        return _recount(store, db, generated_at)


def _existing(store, keys: _Keys, entities: set[str], dues: set[tuple]) -> list[ox.Triple]:
    """The summary graph's triples of the observations ``keys`` touch, of the requests-due rows
    ``dues`` and of ``entities``' types and labels."""
    m = store.minter
    g = m.summary_graph()
    subjects = ({m.observation(MENTIONS_BY_YEAR, e, y) for e, y in keys.years} | {m.observation(CO_MENTIONS, a, b) for a, b in keys.pairs}
                | {m.observation(CITED_BY, c) for c in keys.cited} | {m.observation(REQUESTS, a, v) for a, v in keys.asks}
                | {m.observation(REQUESTS_DUE, *_due_key(*row)) for row in dues} | {m.observation(EVENT_MENTIONS, e) for e in keys.events})
    found: list[ox.Triple] = []

    def values(iris: Iterable[str]) -> str:
        return " ".join(f"<{i}>" for i in iris)

    def select(where: str) -> None:
        for r in store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ {where} }} }}"):
            found.append(ox.Triple(r["s"], r["p"], r["o"]))

    for chunk in _chunks(sorted(keys.wide)):  # every year's and every pair's observation of them
        select(f"VALUES ?e {{ {values(chunk)} }} {{ ?s unkg:mentioned ?e }} UNION {{ ?s unkg:mentionedWith ?e }} ?s ?p ?o")
    for chunk in _chunks(sorted(subjects)):
        select(f"VALUES ?s {{ {values(chunk)} }} ?s ?p ?o")
    for chunk in _chunks(sorted(keys.cited)):
        select(f"VALUES ?s {{ {values(chunk)} }} VALUES ?p {{ dcterms:identifier }} ?s ?p ?o")
    for chunk in _chunks(sorted(entities)):
        select(f"VALUES ?s {{ {values(chunk)} }} VALUES ?p {{ rdf:type skos:prefLabel }} ?s ?p ?o")
    return list(dict.fromkeys(found))


def _chunks(items: list[str], n: int = 2000) -> Iterator[list[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _patch(store, remove: list[ox.Triple], add: list[ox.Quad], generated_at: str) -> None:
    """One update: the touched observations out, their recount in, the time of the count renewed."""
    g = store.minter.summary_graph()
    stamp = [t for t in store.match(ox.NamedNode(g), PROV_GENERATED_AT, None)]
    new = ox.Triple(ox.NamedNode(g), PROV_GENERATED_AT, ox.Literal(generated_at, datatype=XSD_DATETIME))
    old = set(remove) | set(stamp)
    add_triples = [ox.Triple(q.subject, q.predicate, q.object) for q in add] + [new]
    gone = old - set(add_triples)
    came = [t for t in dict.fromkeys(add_triples) if t not in old]
    body = []
    if gone:
        body.append(f"DELETE DATA {{ GRAPH <{g}> {{ {' '.join(f'{t} .' for t in gone)} }} }}")
    if came:
        body.append(f"INSERT DATA {{ GRAPH <{g}> {{ {' '.join(f'{t} .' for t in came)} }} }}")
    if body:
        store.update(" ;\n".join(body))


def summarise(store, generated_at: str | None = None, changed: Iterable[str] | None = None, staged: Staged | None = None) -> SummaryCounts:
    """Bring the summary graph up to date: with ``changed`` and the facts kept beside an embedded
    store, only what those graphs touch is recounted and patched in; else a full recount replaces
    the graph in one step. The facts of the graphs ``staged`` holds are taken from it, not reread."""
    generated_at = generated_at or now()
    path = _state_file(store)
    with closing(_open(path)) as db, staged.attached(db) if staged is not None else nullcontext():
        if changed is None or path is None or not _usable(db) or not store.has_graph(store.minter.summary_graph()):
            quads, counts = _recount(store, db, generated_at, staged)
            # rewritten, not swapped in one transaction: a recount is marked stale until it is
            # whole (unkg.pipeline.resummarise), so a reader's half-written summary is noticed
            store.replace_graphs([(store.minter.summary_graph(), quads)], rewrite=True)
            return counts
        graphs = sorted({g for g in changed if not store.minter.derived(g) and not g.startswith("urn:")})
        work_of = store.minter.work_of_part
        db.execute("BEGIN")
        db.execute("DELETE FROM meta")  # unusable until this change is whole
        db.execute("CREATE TEMP TABLE IF NOT EXISTS changed(graph TEXT PRIMARY KEY)")
        db.execute("DELETE FROM temp.changed")
        db.executemany("INSERT INTO temp.changed VALUES (?)", [(g,) for g in graphs])
        before = _touched(db, graphs)
        _drop(db, graphs)
        present = [g for g in graphs if store.has_graph(g)]
        unread = [g for g in present if staged is None or g not in staged.graphs]
        for g in unread:
            _insert(db, _quads(store, g), work_of)
        _put(db, "dues", _due_read(store.query, store.minter, unread))
        if staged is not None:
            staged.into(db, work_of)
        _reference_facts(store, db)
        keys = _merge(db, before, _touched(db, graphs))
        # the requests-due observations there were: the changed graphs' rows before, and the rows
        # the other graphs give the requests touched (each request is recounted whole)
        _script(db, "DROP TABLE IF EXISTS temp.kr; CREATE TEMP TABLE kr(request TEXT PRIMARY KEY)")
        db.executemany("INSERT INTO kr VALUES (?)", [(r,) for r in keys.requests])
        old_dues = before.dues | set(db.execute(_DUES.format(where="WHERE request IN (SELECT request FROM kr) "
                                                                   "AND graph NOT IN (SELECT graph FROM temp.changed)")))
        db.execute("INSERT INTO meta VALUES ('version', ?)", (f"{__version__}/{_LAYOUT}",))
        db.execute("COMMIT")
        w = _Writer(store.minter)
        by_year, pairs, cited, asks, dues, events = _counts(db, keys)
        w.counts(by_year, pairs, cited, asks)
        w.dues(dues)
        w.events(events)
        candidates = keys.entities | {a for a, _ in keys.asks} | keys.organs | keys.due_entities | keys.events
        w.labels(store, _observed(db, candidates))
        _patch(store, _existing(store, keys, candidates, old_dues), w.quads, generated_at)
        return SummaryCounts(len(by_year), len(pairs), len(cited), len(asks), len(w.quads), len(dues), len(events))
