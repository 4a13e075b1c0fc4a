"""HTML pages for our IRIs: a work with its paragraphs in one language, or any other resource.

Every text goes through Jinja2 autoescaping, so nothing from a document (paragraph text, titles,
labels, literals) can become markup. Links to IRIs of the store's base point at the server's own
path for them (``https://w3id.org/unkg/doc/E/RES/2022/15`` -> ``/unkg/doc/E/RES/2022/15``), so
a reader can browse the graph locally; other IRIs link out as they are.

Pages read the store through what the embedded store and a remote SPARQL endpoint both offer:
``query`` and ``match`` (a triple pattern, from the embedded store's indexes or as one SELECT).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode, urlsplit

import jinja2
import pyoxigraph as ox

from unkg.graph.iris import LANGUAGE_IRI
from unkg.ontology.namespace import PREFIXES

if TYPE_CHECKING:
    from unkg.graph.stores import Store

LANGUAGES = {"ar": "العربية", "zh": "中文", "en": "English", "fr": "Français", "ru": "Русский", "es": "Español"}
RTL = {"ar"}
LABEL_PROPERTIES = ("skos:prefLabel", "dcterms:title", "rdfs:label")
RDF_TYPE = PREFIXES["rdf"] + "type"
PART_CLASSES = {
    "PreambularParagraph": "preambular",
    "OperativeParagraph": "operative",
    "Subparagraph": "subparagraph",
    "Paragraph": "paragraph",
}


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("unkg.serve", "templates"),
        autoescape=True,  # every page is HTML: escape every value
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render_template(name: str, **context) -> str:
    return _env().get_template(name).render(**context)


def local_path(iri: str, base: str) -> str | None:
    """The server path that serves one of our IRIs, or None for an IRI not of the store's base."""
    if not iri.startswith(base):
        return None
    return urlsplit(base).path + iri[len(base) :]


_LINKABLE = re.compile(r"^https?://", re.I)


@dataclass
class Link:
    iri: str
    label: str
    href: str | None  # None: not a link (an IRI of a scheme other than http or https)
    ours: bool


@dataclass
class Value:
    """One value of a property: a link, or a literal with its language or datatype."""

    text: str
    link: Link | None = None
    note: str = ""


@dataclass
class Page:
    iri: str
    lang: str
    title: str
    kind: str
    properties: list[tuple[str, list[Value]]] = field(default_factory=list)
    incoming: list[tuple[str, list[Value]]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # a property's prefixed name -> its label in ``lang``


@lru_cache(maxsize=1)
def _words() -> dict:
    """labels.yaml: the standard vocabularies' properties, concept schemes and months in six languages."""
    from importlib import resources

    import yaml

    return yaml.safe_load(resources.files("unkg.serve").joinpath("labels.yaml").read_text("utf-8"))


def _words_for(iri: str) -> str:
    """A local name as words: ``isPartOf`` -> ``is part of``, ``votingOutcome`` -> ``voting outcome``."""
    local = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).replace("_", " ").lower() or iri


def _natural(text: str) -> tuple:
    """A sort key that orders numbers by value: ``fn/2`` before ``fn/10``, ``1 (a)`` before ``10``."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.findall(r"\d+|\D+", text))


DATE_TYPES = {PREFIXES["xsd"] + name for name in ("date", "dateTime", "dateTimeStamp")}
PLAIN_TYPES = DATE_TYPES | {PREFIXES["xsd"] + name for name in ("string", "integer", "decimal", "double", "boolean", "gYear", "nonNegativeInteger", "positiveInteger")}


def format_date(value: str, lang: str) -> str:
    """An xsd:date or xsd:dateTime as the UN's documents print dates in ``lang`` (``21 July 2022``,
    ``2022年7月21日``); a time of day, when there is one, follows as it is; anything unreadable as it is."""
    m = re.fullmatch(r"(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?", value.strip())
    if not m or not 1 <= int(m[2]) <= 12:
        return value
    words = _words()
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    months = words["months"].get(lang) or words["months"]["en"]
    pattern = words["dates"].get(lang) or words["dates"]["en"]
    text = pattern.format(day="1er" if lang == "fr" and day == 1 else day, month=months[month - 1], m=month, year=year)
    if m[4]:
        text += f" {m[4]}" + (" UTC" if m[5] == "Z" else f" {m[5]}" if m[5] else "")
    return text


def _compact(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


class _Labeller:
    """Labels of IRIs in the asked language (then English, then any), fetched in batches."""

    def __init__(self, store: Store, lang: str) -> None:
        self.store = store
        self.lang = lang
        self.cache: dict[str, str] = {}

    def fallback(self, iri: str) -> str:
        """A name for an IRI the store has no label for: a standard term's from labels.yaml in the
        page's language, else its local name as words (ontology terms); a concept of a known
        scheme as ``SDG 16``, ``UNBIS 1006319``; other IRIs of ours as their path
        (``E/RES/2022/15/op/22``, ``body/itu``); anything else as its prefixed name."""
        words = _words()
        known = words["properties"].get(iri)
        if known:
            return known.get(self.lang) or known["en"]
        for ns, scheme in words["schemes"].items():
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{scheme} {iri[len(ns):]}"
        base = self.store.base
        if iri.startswith(base):
            rest = iri[len(base) :]
            return _words_for(iri) if rest.startswith("ontology#") else rest.removeprefix("doc/")
        compact = _compact(iri)
        return _words_for(iri) if compact != iri else _short(iri)

    def fetch(self, iris: set[str]) -> None:
        todo = [i for i in iris if i not in self.cache]
        for start in range(0, len(todo), 200):
            chunk = todo[start : start + 200]
            values = " ".join(f"<{i}>" for i in chunk)
            rows = self.store.query(
                f"SELECT ?s ?label ?id WHERE {{ VALUES ?s {{ {values} }} "
                f"OPTIONAL {{ ?s {'|'.join(LABEL_PROPERTIES)} ?label }} OPTIONAL {{ ?s dcterms:identifier ?id }} }}"
            )
            best: dict[str, tuple[int, str]] = {}
            for r in rows:
                s = r["s"].value
                for term, score_of in ((r["label"], self._score), (r["id"], lambda t: 5)):
                    if term is None:
                        continue
                    score = score_of(term)
                    if s not in best or score < best[s][0] or (score == best[s][0] and term.value < best[s][1]):
                        best[s] = (score, term.value)
            for i in chunk:
                self.cache[i] = best[i][1] if i in best else self.fallback(i)

    def _score(self, term) -> int:
        lang = getattr(term, "language", None) or ""
        if lang == self.lang:
            return 0
        if lang == "en":
            return 2
        if not lang:
            return 3
        return 4

    def __call__(self, iri: str) -> str:
        if iri not in self.cache:
            self.fetch({iri})
        return self.cache[iri]


def _short(iri: str) -> str:
    """A name for an IRI nobody labelled: its prefixed name, else the IRI itself (trimmed when long)."""
    compact = _compact(iri)
    if compact != iri:
        return compact
    if len(iri) <= 60:
        return iri
    return "…/" + "/".join(iri.rstrip("/").rsplit("/", 2)[-2:])


def _link(iri: str, labels: _Labeller, base: str, lang: str) -> Link:
    path = local_path(iri, base)
    if path is not None:
        # ontology terms ({base}ontology#Term) point into the pyLODE page, whose anchors are lower case
        path, hash_, fragment = path.partition("#")
        href = f"{quote(path, safe='/()%-._~!$&*+,;=:@')}?lang={lang}" + (f"#{quote(fragment.lower())}" if hash_ else "")
        return Link(iri, labels(iri), href, True)
    # data stays data: only an http(s) IRI links out (a javascript: or data: IRI in the store,
    # written through --writable or held by a remote store, is shown as text, never followed)
    href = iri if _LINKABLE.match(iri) else None
    return Link(iri, labels(iri), href, False)


def _text_for(terms: list, lang: str) -> str | None:
    """The text in ``lang``, else none (a paragraph is shown in the chosen language only)."""
    for t in terms:
        if getattr(t, "language", None) == lang:
            return t.value
    return None


def _describe(store: Store, iri: str, lang: str, labels: _Labeller) -> Page | None:
    node = f"<{iri}>"
    out = list(store.query(f"SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o }}"))
    inc = list(store.query(f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} }} LIMIT 500"))
    if not out and not inc:
        return None
    iris = {iri} | {r["o"].value for r in out if isinstance(r["o"], ox.NamedNode)} | {r["s"].value for r in inc}
    iris |= {r["p"].value for r in out} | {r["p"].value for r in inc}
    labels.fetch(iris)
    grouped: dict[str, list[Value]] = {}
    types = []
    for r in out:
        p, o = r["p"].value, r["o"]
        if p == RDF_TYPE:
            types.append(labels(o.value))
        if isinstance(o, ox.NamedNode):
            value = Value(labels(o.value), _link(o.value, labels, store.base, lang))
        elif isinstance(o, ox.Literal):
            if o.language and o.language != lang and p != PREFIXES["skos"] + "prefLabel":
                continue  # other languages' texts: the page is in one language
            datatype = o.datatype.value
            note = f"@{o.language}" if o.language else ("" if datatype in PLAIN_TYPES else _compact(datatype))
            value = Value(format_date(o.value, lang) if datatype in DATE_TYPES else o.value, note=note)
        else:
            value = Value(str(o))
        grouped.setdefault(_compact(p), []).append(value)
    incoming: dict[str, list[Value]] = {}
    for r in inc:
        s = r["s"].value
        incoming.setdefault(_compact(r["p"].value), []).append(Value(labels(s), _link(s, labels, store.base, lang)))
    for values in grouped.values():
        values.sort(key=lambda v: (v.note, _natural(v.text)))
    property_labels = {_compact(r["p"].value): labels(r["p"].value) for r in [*out, *inc]}
    return Page(
        iri=iri,
        lang=lang,
        title=labels(iri),
        kind=", ".join(sorted(types)) or "resource",
        properties=sorted(grouped.items(), key=lambda item: property_labels.get(item[0], item[0]).lower()),
        incoming=sorted(incoming.items(), key=lambda item: property_labels.get(item[0], item[0]).lower()),
        labels=property_labels,
    )


@dataclass
class Paragraph:
    iri: str
    number: str
    kind: str
    text: str
    depth: int
    section: str | None
    cites: list[Link]
    mentions: list[Link]


def _work_parts(store: Store, iri: str, lang: str, labels: _Labeller) -> tuple[list[Paragraph], list[Paragraph], list[str]]:
    """The work's paragraphs and footnotes in document order, with their text in ``lang``.

    Read by triple patterns (every part is ``dcterms:isPartOf`` the work; each part's own
    triples give the rest), from the embedded store's indexes: one SPARQL query joining eight
    optional patterns over the union of graphs took Oxigraph 100 s on a 100k-quad store, these
    lookups take milliseconds. A remote store answers them in a few SELECTs (100 parts each).
    """
    ns = PREFIXES["unkg"]
    is_part_of = ox.NamedNode(PREFIXES["dcterms"] + "isPartOf")
    parts = list({t.subject: None for t in store.match(None, is_part_of, ox.NamedNode(iri)) if isinstance(t.subject, ox.NamedNode)})
    info: dict[str, dict] = {
        part.value: {"classes": set(), "position": None, "number": None, "text": None,
                     "parent": None, "section": None, "cites": set(), "mentions": set()}
        for part in parts
    }
    sections: set[ox.NamedNode] = set()
    targets: set[str] = set()
    for t in store.match(parts):
        d = info[t.subject.value]
        p, o = t.predicate.value, t.object
        if p == RDF_TYPE:
            d["classes"].add(o.value.removeprefix(ns))
        elif p == ns + "position":
            n = int(o.value)
            d["position"] = n if d["position"] is None else min(n, d["position"])
        elif p == ns + "number":
            d["number"] = o.value
        elif p == ns + "text" and getattr(o, "language", None) == lang:
            d["text"] = o.value
        elif p == ns + "parentParagraph":
            d["parent"] = o.value
        elif p == ns + "inSection":
            d["section"] = o
            sections.add(o)
        elif p in (ns + "cites", ns + "mentions"):
            d[p.removeprefix(ns)].add(o.value)
            targets.add(o.value)
    section_title: dict[str, str] = {}
    title = ox.NamedNode(PREFIXES["dcterms"] + "title")
    for t in store.match(list(sections), title):
        if getattr(t.object, "language", None) == lang:
            section_title[t.subject.value] = t.object.value
    labels.fetch(targets)

    def depth(p: str) -> int:
        d = 0
        while info.get(p, {}).get("parent") and d < 6:
            p = info[p]["parent"]
            d += 1
        return d

    paragraphs, footnotes = [], []
    missing = 0
    for p, d in sorted(info.items(), key=lambda item: (item[1]["position"] if item[1]["position"] is not None else 10**9, _natural(item[0]))):
        kinds = [c for c in ("Footnote", *PART_CLASSES) if c in d["classes"]]
        if not kinds:
            continue  # a section, or anything else that is part of the work
        if d["text"] is None:
            missing += 1
            continue
        links = {rel: sorted((_link(t, labels, store.base, lang) for t in d[rel]), key=lambda link: link.label) for rel in ("cites", "mentions")}
        para = Paragraph(
            iri=p,
            number=d["number"] or "",
            kind=PART_CLASSES.get(kinds[0], "footnote"),
            text=d["text"],
            depth=depth(p),
            section=section_title.get(d["section"].value) if d["section"] is not None else None,
            cites=links["cites"],
            mentions=links["mentions"],
        )
        (footnotes if kinds[0] == "Footnote" else paragraphs).append(para)
    footnotes.sort(key=lambda f: (_natural(f.number), _natural(f.iri)))  # footnotes carry no position: 1, 2, ... 10, by number
    notes = [f"{missing} parts have no {LANGUAGES.get(lang, lang)} text in the store"] if missing and (paragraphs or footnotes) else []
    return paragraphs, footnotes, notes


def work_languages(store: Store, iri: str) -> list[str]:
    rows = store.query(f"SELECT DISTINCT ?l WHERE {{ <{iri}> frbr:realization ?e . ?e dcterms:language ?l }}")
    codes = {r["l"].value.removeprefix(LANGUAGE_IRI) for r in rows}
    return [c for c in LANGUAGES if c in codes] + sorted(codes - set(LANGUAGES))


def render_page(store: Store, iri: str, *, lang: str = "en") -> str | None:
    """The HTML page of ``iri`` in ``lang``, or None when the store says nothing about it.

    A work that has language versions is shown as a document (metadata, then its paragraphs in
    order, with citations linking to the cited works' pages); anything else as a table of its
    properties and of the resources that link to it.
    """
    labels = _Labeller(store, lang)
    page = _describe(store, iri, lang, labels)
    if page is None:
        return None
    languages = work_languages(store, iri)
    context = {
        "page": page,
        "lang": lang,
        "languages": LANGUAGES,
        "dir": "rtl" if lang in RTL else "ltr",
        "home": local_path(store.base, store.base) or "/",
    }
    if languages:
        paragraphs, footnotes, notes = _work_parts(store, iri, lang, labels)
        cited_by = [
            _link(r["s"].value, labels, store.base, lang)
            for r in store.query(f"SELECT DISTINCT ?s WHERE {{ ?s dcterms:references <{iri}> }} ORDER BY ?s LIMIT 500")
        ]
        cites = [
            _link(r["o"].value, labels, store.base, lang)
            for r in store.query(f"SELECT DISTINCT ?o WHERE {{ <{iri}> dcterms:references ?o }} ORDER BY ?o")
        ]
        labels.fetch({link.iri for link in cited_by + cites})
        hidden = {"dcterms:title", "dcterms:references", "frbr:realization", "unkg:votedInFavour", "unkg:votedAgainst", "unkg:abstained"}
        context.update(
            work_languages=languages,
            paragraphs=paragraphs,
            footnotes=footnotes,
            notes=notes,
            cited_by=cited_by,
            cites=cites,
            metadata=[(p, vs) for p, vs in page.properties if p not in hidden],
            votes=[(p, vs) for p, vs in page.properties if p in ("unkg:votedInFavour", "unkg:votedAgainst", "unkg:abstained")],
        )
        return render_template("work.html", **context)
    return render_template("resource.html", **context)


# --- the plain query form's answers (no JavaScript library needed) ---------------------------


@dataclass
class Cell:
    """One value of an answer, for an HTML table: its text, a link where it is a web IRI,
    and a note (a language tag or a datatype)."""

    text: str
    href: str | None = None
    note: str = ""
    title: str = ""


@dataclass
class Answer:
    """What a query answered, as plain data a worker sends back: ``form`` is select, ask or graph."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Cell | None]] = field(default_factory=list)
    truncated: bool = False
    boolean: bool | None = None


def _href(iri: str, base: str) -> str | None:
    """Where a link to ``iri`` goes: our own path for the store's IRIs, the IRI itself for
    other http(s) IRIs, nowhere for anything else (``javascript:``, ``data:``, ``urn:``)."""
    path = local_path(iri, base)
    if path is not None:
        return quote(path, safe="/()%-._~!$&*+,;=:@#")
    return iri if urlsplit(iri).scheme.lower() in ("http", "https") else None


def _cell(term, base: str) -> Cell | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Cell(_compact(term.value), _href(term.value, base), title=term.value)
    if isinstance(term, ox.BlankNode):
        return Cell(f"_:{term.value}")
    if isinstance(term, ox.Literal):
        if term.language:
            return Cell(term.value, note=f"@{term.language}")
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Cell(term.value)
        return Cell(term.value, note=_compact(datatype), title=datatype)
    return Cell(str(term))  # a quoted triple (RDF-star): as Turtle writes it


XSD_STRING = PREFIXES["xsd"] + "string"


def answer(store: Store, *, query: str, max_rows: int, default_graphs: list[str] | None = None,
           named_graphs: list[str] | None = None) -> Answer:
    """Run a query for the plain query form: at most ``max_rows`` rows (or triples) as cells."""
    result = store.query(query, default_graphs=default_graphs, named_graphs=named_graphs)
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        out = Answer("select", [v.value for v in result.variables])
        rows = ([solution[v] for v in out.variables] for solution in result)
    else:
        out = Answer("graph", ["subject", "predicate", "object"])
        rows = ([t.subject, t.predicate, t.object] for t in result)
    for i, row in enumerate(rows):
        if i >= max_rows:
            out.truncated = True
            break
        out.rows.append([_cell(t, store.base) for t in row])
    return out


_DOWNLOADS = {"select": ("json", "xml", "csv", "tsv"), "ask": ("json", "xml"), "graph": ("ttl", "nt", "jsonld", "rdfxml")}
_DOWNLOAD_LABELS = {"json": "JSON", "xml": "XML", "csv": "CSV", "tsv": "TSV", "ttl": "Turtle", "nt": "N-Triples", "jsonld": "JSON-LD", "rdfxml": "RDF/XML"}


def query_page(*, yasgui: bool, examples: list[dict], writable: bool, max_rows: int, timeout: float, plain: bool = False,
               query: str | None = None, answer: Answer | None = None, error: str | None = None) -> str:
    """The query page at ``/``: YASGUI with the query library as examples when it is installed,
    else (or when ``plain``, or with a query's answer) the plain form that posts to ``/sparql``
    and shows the answer as a table, which needs no JavaScript at all."""
    plain = plain or not yasgui or query is not None
    if query is None and examples:
        query = examples[0]["text"]
    examples = [{**q, "href": "/sparql?" + urlencode({"query": q["text"], "format": "html"})} for q in examples]
    downloads = []
    share = None
    if query and (answer is not None or error is not None):
        share = "/sparql?" + urlencode({"query": query, "format": "html"})
        if answer is not None:
            downloads = [(_DOWNLOAD_LABELS[f], "/sparql?" + urlencode({"query": query, "format": f})) for f in _DOWNLOADS[answer.form]]
    return render_template("index.html", yasgui=yasgui, plain=plain, examples=examples, examples_json=examples, writable=writable,
                           max_rows=max_rows, timeout=timeout, query=query or "", answer=answer, error=error,
                           downloads=downloads, share=share)
