"""The paragraphs lineage compares, read from the store: one unit per preambular or operative
paragraph, its sub-paragraphs' words included (``contracts/comparison.schema.json``: "a
sub-paragraph (op:89/a) belongs to its paragraph, whose text includes it"), with its text in
every language the store holds.

Paragraph nodes are language-neutral (``{work}/op/12`` carries ``text@en``, ``text@zh``...), so a
unit's id is the same in all six versions and so is everything lineage says of it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from unkg.graph.iris import Minter
from unkg.lineage.text import words

# the path of a paragraph or sub-paragraph under its work: (annex) (pre|op) number (/letters...)
_PATH = re.compile(r"^/(?:(?P<annex>annex-[A-Z0-9]+)/)?(?P<kind>pre|op)/(?P<num>[0-9]+)(?P<rest>(?:/[a-z]+)*)$")

_TOPIC = ox.NamedNode("http://xmlns.com/foaf/0.1/primaryTopic")
_TEXT = ox.NamedNode("https://w3id.org/unkg/ontology#text")
_POSITION = ox.NamedNode("https://w3id.org/unkg/ontology#position")
_CITES = ox.NamedNode("https://w3id.org/unkg/ontology#cites")
_ANCHORED_IN = ox.NamedNode("https://w3id.org/unkg/ontology#anchoredIn")
_DATE = ox.NamedNode("http://purl.org/dc/terms/date")
_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
_READ = (_TEXT, _POSITION, _CITES, _ANCHORED_IN, _DATE, _TITLE)  # all lineage reads of a source graph


def unit_id(path: str) -> tuple[str, str] | None:
    """``/op/89/a`` -> (``op:89``, ``/a``); ``/annex-I/pre/3`` -> (``annex-I/pre:3``, ``""``); else None."""
    m = _PATH.match(path)
    if not m:
        return None
    annex = f"{m['annex']}/" if m["annex"] else ""
    return f"{annex}{m['kind']}:{m['num']}", m["rest"]


def sort_key(uid: str) -> tuple:
    """Document order of unit ids, language-neutrally: the body before annexes, preamble before
    operative part, then by number."""
    annex, _, rest = uid.rpartition("/")
    kind, _, num = rest.partition(":")
    return (annex, 0 if kind == "pre" else 1, int(num) if num.isdigit() else 0)


def unit_path(uid: str) -> str:
    """``annex-I/op:12`` -> ``annex-I/op/12``: the unit's path under its work IRI."""
    return uid.replace(":", "/")


@dataclass
class WorkText:
    """One work's units: their ids in document order and their texts by language."""

    symbol: str
    iri: str
    date: str | None
    order: list[str] = field(default_factory=list)
    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> unit id -> text
    titles: dict[str, str] = field(default_factory=dict)  # language -> title
    cites: list[tuple[str, str]] = field(default_factory=list)  # (unit id, cited IRI): what each unit cites
    _words: dict = field(default_factory=dict, repr=False)

    @property
    def languages(self) -> list[str]:
        return sorted(self.texts)

    def words(self, lang: str, uid: str) -> tuple[str, ...]:
        """The unit's keys in ``lang`` (computed once)."""
        key = (lang, uid)
        if key not in self._words:
            self._words[key] = words(self.texts.get(lang, {}).get(uid, ""))
        return self._words[key]

    def text(self, lang: str, uid: str) -> str | None:
        return self.texts.get(lang, {}).get(uid)


def _graph_quads(store, graph: str) -> dict[ox.NamedNode, list[tuple[str, object]]]:
    """(subject, object) of the triples of one source graph that lineage reads, by predicate:
    straight from a local store's graph and predicate index (a few hundred quads of a graph's
    thousands), else from the graph read whole."""
    local = getattr(store, "ox", None)
    if local is not None:
        g = ox.NamedNode(graph)
        return {p: [(q.subject.value, q.object) for q in local.quads_for_pattern(None, p, None, g)] for p in _READ}
    out: dict[ox.NamedNode, list[tuple[str, object]]] = {p: [] for p in _READ}
    for q in store.quads(graph):
        if q.predicate in out:
            out[q.predicate].append((q.subject.value, q.object))
    return out


def read_works(store, symbols_or_iris: list[str], minter: Minter | None = None, *, empty: bool = False) -> dict[str, WorkText]:
    """The units of the works named (symbols or work IRIs) that the store holds text of, by work IRI,
    with their titles, date and what each unit cites. A work the store has no language version of
    is left out; so is one whose versions have no paragraphs, unless ``empty``.

    Each language version's named graph (found by its ``foaf:primaryTopic``) is read by the
    store's graph index: far faster than a SPARQL join over the parts of many works."""
    m = minter or store.minter
    iris = list(dict.fromkeys(s if s.startswith(m.base) else m.work(s) for s in symbols_or_iris))
    out: dict[str, WorkText] = {}
    for w in iris:
        names = [t.subject.value for t in store.match(None, _TOPIC, ox.NamedNode(w))]
        if not names:
            continue
        parts: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
        dates: list[str] = []
        titles: dict[str, str] = {}
        cites: list[tuple[str, str]] = []
        anchors: dict[str, str] = {}
        prefix = w + "/"
        for g in names:
            found_in = _graph_quads(store, g)
            pos = {s: int(o.value) if o.value.isdigit() else 0 for s, o in found_in[_POSITION]}
            texts = [(s, o) for s, o in found_in[_TEXT] if isinstance(o, ox.Literal) and o.language]
            cites += [(s, o.value) for s, o in found_in[_CITES]]
            anchors.update((s, o.value) for s, o in found_in[_ANCHORED_IN])
            dates += [o.value for s, o in found_in[_DATE] if s == w]
            for s, o in found_in[_TITLE]:
                if s == w and isinstance(o, ox.Literal) and o.language:
                    titles.setdefault(o.language, o.value)
            for node, text in texts:
                found = unit_id(node[len(w) :]) if node.startswith(prefix) else None
                if found is None:
                    continue
                uid, rest = found
                parts[text.language, uid].append((pos.get(node, 0), rest, text.value))
        if not parts and not empty:
            continue
        work = out[w] = WorkText(m.symbol_of(w) or w, w, min(dates) if dates else None, titles=titles)
        for (lang, uid), pieces in parts.items():
            pieces.sort(key=lambda x: (x[1] != "", x[0], x[1]))  # the paragraph, then its sub-paragraphs in order
            work.texts.setdefault(lang, {})[uid] = " ".join(dict.fromkeys(t for _, _, t in pieces))
        work.order = sorted({uid for units in work.texts.values() for uid in units}, key=sort_key)
        seen: set[tuple[str, str]] = set()
        for part, cited in cites:  # a footnote cites for the paragraph it is anchored in
            node = anchors.get(part, part)
            found = unit_id(node[len(w) :]) if node.startswith(prefix) else None
            if found and (found[0], cited) not in seen:
                seen.add((found[0], cited))
                work.cites.append((found[0], cited))
    return out
