"""Series: the works that recur, year after year, under one title of one organ, in their order.

A work belongs to the series of another (DESIGN.md §8) when, of the same kind of symbol
(``A/RES``, ``E/RES``, ``S/RES``, ``A/DEC``...):

- their titles have the same words in some language (numbers, years and symbols aside: the
  "fourteenth" and "fifteenth" Congress follow-ups are one series); or
- the later one, of a later session and with a title at least half alike, recalls the earlier in a
  paragraph (or in a footnote anchored in it) that names the earlier one's title a few words after
  a symbol or date ("Recalling its resolution 78/132 of 19 December 2023 on information and
  communications technologies for sustainable development"), which joins series whose title changed.

A cited work the store holds no text of belongs to a series when it is cited, with the symbol kind
of the series and from an earlier session, by a member whose citing paragraph recalls a
resolution by the series' title in the same way: the UN's own
"Recalling its resolution 78/132 ..., as well as previous resolutions on the issue" with a
footnote listing them all. Such members are the series' known gaps.

Members are ordered by session (the GA's session, the Council's year: both are in the symbol),
then date of adoption, then number; only groups of two or more members are series.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from unkg.lineage.text import NUMBER, similarity, words
from unkg.symbols import slug

_SYMBOL = re.compile(r"^(?P<kind>[A-Z]+/(?:RES|DEC))/(?P<session>(?:ES-|S-)?\d+)/(?P<number>\d+)(?P<rest>.*)$")

_DCT = "http://purl.org/dc/terms/"
_REALIZATION = ox.NamedNode("http://purl.org/vocab/frbr/core#realization")
_IDENTIFIER = ox.NamedNode(_DCT + "identifier")
_DATE = ox.NamedNode(_DCT + "date")
_TITLE = ox.NamedNode(_DCT + "title")
_CITES = ox.NamedNode("https://w3id.org/unkg/ontology#cites")
_ANCHORED_IN = ox.NamedNode("https://w3id.org/unkg/ontology#anchoredIn")
_TEXT = ox.NamedNode("https://w3id.org/unkg/ontology#text")


def symbol_order(symbol: str) -> tuple | None:
    """(kind, session, number, rest) of a resolution or decision symbol, or None: what orders a series."""
    m = _SYMBOL.match(symbol)
    if not m:
        return None
    session = m["session"]
    num = int(session.rsplit("-", 1)[-1])
    return m["kind"], num, int(m["number"]), m["rest"]


@dataclass
class Member:
    symbol: str
    iri: str
    date: str | None = None
    in_store: bool = True

    def key(self) -> tuple:
        kind, session, number, rest = symbol_order(self.symbol)
        return session, self.date or "", number, rest


@dataclass
class Series:
    iri: str
    title: str
    title_language: str
    members: list[Member] = field(default_factory=list)

    @property
    def in_store(self) -> list[Member]:
        return [m for m in self.members if m.in_store]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _title_key(title: str) -> str:
    return " ".join(words(title))


def _recalls(text: str, title_key: str) -> bool:
    """Does a paragraph recall a resolution by a title: the title's words, in order, a few words
    after a symbol or date ("its resolution 78/132 of 19 December 2023 on <title>")?"""
    if not title_key:
        return False
    ws = words(text)
    title = title_key.split(" ")
    for i in range(len(ws) - len(title) + 1):
        if list(ws[i : i + len(title)]) == title and NUMBER in ws[max(0, i - 4) : i]:
            return True
    return False


def find_series(store) -> list[Series]:
    """Every series of the store, members in order (see the module docstring)."""
    m = store.minter
    # read by triple pattern, straight from the store's indexes (a join over every paragraph and
    # language version would take minutes on a large store)
    works: dict[str, Member] = {}
    for t in store.match(None, _REALIZATION, None):
        w = t.subject.value
        symbol = m.symbol_of(w)
        if w not in works and symbol and symbol_order(symbol) is not None:
            works[w] = Member(symbol, w)
    nodes = [ox.NamedNode(w) for w in sorted(works)]
    for t in store.match(nodes, _DATE, None):
        member = works[t.subject.value]
        if member.date is None or t.object.value < member.date:
            member.date = t.object.value
    titles: dict[str, dict[str, str]] = defaultdict(dict)  # work -> language -> title
    for t in store.match(nodes, _TITLE, None):
        if isinstance(t.object, ox.Literal) and t.object.language:
            titles[t.subject.value].setdefault(t.object.language, t.object.value)

    groups = _Union()
    by_title: dict[tuple[str, str, str], str] = {}
    keys: dict[str, dict[str, str]] = defaultdict(dict)  # work -> language -> title key
    for w, member in works.items():
        kind = symbol_order(member.symbol)[0]
        groups.find(w)
        for lang, title in titles[w].items():
            key = _title_key(title)
            if not key:
                continue
            keys[w][lang] = key
            first = by_title.setdefault((kind, lang, key), w)
            groups.join(first, w)

    # recalls: the cited work's own title named in the citing paragraph joins two groups; the
    # citing work's title named there makes a cited work the store lacks a gap of its series
    candidates: list[tuple[str, str, str, str]] = []  # citing work, cited IRI, cited symbol, paragraph
    anchors: dict[str, str] = {}
    cites = [(t.subject.value, t.object.value) for t in store.match(None, _CITES, None)]
    for part, cited in dict.fromkeys(cites):
        w = m.work_of_part(part)
        cited_symbol = m.symbol_of(cited)
        if w not in works or cited == w or not cited_symbol:
            continue
        co, wo = symbol_order(cited_symbol), symbol_order(works[w].symbol)
        if co is None or co[0] != wo[0] or co[1] >= wo[1]:
            continue  # another kind of symbol, or not of an earlier session
        if "/fn/" in part and part not in anchors:
            anchors.update((t.subject.value, t.object.value) for t in store.match([ox.NamedNode(part)], _ANCHORED_IN, None))
        candidates.append((w, cited, cited_symbol, anchors.get(part, part)))
    texts: dict[str, dict[str, str]] = defaultdict(dict)
    paragraphs = sorted({c[3] for c in candidates})
    for t in store.match([ox.NamedNode(p) for p in paragraphs], _TEXT, None):
        if isinstance(t.object, ox.Literal) and t.object.language:
            texts[t.subject.value][t.object.language] = t.object.value
    gaps: dict[str, Member] = {}
    gap_of: dict[str, set[str]] = defaultdict(set)
    for w, cited, cited_symbol, paragraph in candidates:
        said = texts.get(paragraph, {})
        if cited in works:
            if any(
                _recalls(said[lang], key) and lang in keys[w] and similarity(tuple(key.split()), tuple(keys[w][lang].split())) >= 0.5
                for lang, key in keys[cited].items() if lang in said
            ):
                groups.join(w, cited)
        elif any(_recalls(said[lang], key) for lang, key in keys[w].items() if lang in said):
            gaps.setdefault(cited, Member(cited_symbol, cited, None, False))
            gap_of[cited].add(w)

    members: dict[str, list[Member]] = defaultdict(list)
    for w, member in works.items():
        members[groups.find(w)].append(member)
    placed: set[str] = set()
    for gap, citing in sorted(gap_of.items()):
        root = groups.find(min(citing))  # a gap goes to one series: the first citing work's
        if gap not in placed:
            members[root].append(gaps[gap])
            placed.add(gap)

    out: list[Series] = []
    for root, group in members.items():
        if len(group) < 2:
            continue
        group.sort(key=Member.key)
        named = [g for g in group if g.in_store]
        lang, title = _series_title(named, titles)
        kind = symbol_order(group[0].symbol)[0]
        key = slug(title) if title and slug(title) != "x" else slug(named[0].symbol)
        out.append(Series(m.series(f"{slug(kind)}/{key}"), title, lang, group))
    out.sort(key=lambda s: s.iri)
    return out


def _series_title(members: list[Member], titles: dict[str, dict[str, str]]) -> tuple[str, str]:
    """The English title the most members carry (the latest on a tie), else the latest member's
    title in the first language it has."""
    counts: dict[str, int] = defaultdict(int)
    for member in members:
        if "en" in titles[member.iri]:
            counts[titles[member.iri]["en"]] += 1
    if counts:
        latest = {titles[mm.iri].get("en"): i for i, mm in enumerate(members)}
        best = max(counts, key=lambda t: (counts[t], latest.get(t, -1)))
        return "en", best
    for member in reversed(members):
        for lang in ("en", "fr", "es", "ru", "zh", "ar"):
            if lang in titles[member.iri]:
                return lang, titles[member.iri][lang]
    return "", ""
