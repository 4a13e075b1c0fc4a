"""Series: the works that recur, year after year, under one title of one organ, in their order.

A work belongs to the series of another (DESIGN.md §8) when, of the same kind of symbol
(``A/RES``, ``E/RES``, ``S/RES``, ``A/DEC``...):

- their titles have the same words in some language (numbers, years and symbols aside: the
  "fourteenth" and "fifteenth" Congress follow-ups are one series); or
- the later one, of a later session and with a title at least half alike, cites the earlier in a
  paragraph (in its sub-paragraphs, or in a footnote anchored in it) whose words name the earlier
  one's title a few words after a symbol or date ("Recalling its resolution 78/132 of 19 December
  2023 on information and communications technologies for sustainable development"), which joins
  series whose title changed.

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

from unkg.lineage.text import NUMBER, similarity, words
from unkg.symbols import slug

SLICE = 2000  # citations whose paragraphs' words are read at a time

_SYMBOL = re.compile(r"^(?P<kind>[A-Z]+/(?:RES|DEC))/(?P<session>(?:ES-|S-)?\d+)/(?P<number>\d+)(?P<rest>.*)$")


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


def _recalls(ws: tuple[str, ...], title_key: str) -> bool:
    """Does a paragraph (its words) recall a resolution by a title: the title's words, in order, a
    few words after a symbol or date ("its resolution 78/132 of 19 December 2023 on <title>")?"""
    if not title_key:
        return False
    title = tuple(title_key.split(" "))
    n, first = len(title), title[0]
    start = 0
    while True:
        try:
            i = ws.index(first, start)
        except ValueError:
            return False
        if ws[i : i + n] == title and NUMBER in ws[max(0, i - 4) : i]:
            return True
        start = i + 1


def find_series(store, index) -> list[Series]:
    """Every series of the store, members in order (see the module docstring), from what the
    lineage index (``unkg.lineage.index``) keeps of each work: symbols, dates, titles and the
    citations of earlier works of the same kind. Whether a paragraph recalls a title is decided
    once and kept in the index, until the citing or the cited work is ingested again; so an
    ingest reads only the works it wrote, never every citation of the store."""
    m = store.minter
    works: dict[str, Member] = {}
    for w, symbol, date in index.works():
        if symbol and symbol_order(symbol) is not None:
            works[w] = Member(symbol, w, date)
    titles: dict[str, dict[str, str]] = defaultdict(dict)  # work -> language -> title
    for w, lang, title in index.titles():
        if w in works:
            titles[w][lang] = title

    groups = _Union()
    by_title: dict[tuple[str, str, str], str] = {}
    keys: dict[str, dict[str, str]] = defaultdict(dict)  # work -> language -> title key
    for w in sorted(works):
        kind = symbol_order(works[w].symbol)[0]
        groups.find(w)
        for lang, title in sorted(titles[w].items()):
            key = _title_key(title)
            if not key:
                continue
            keys[w][lang] = key
            first = by_title.setdefault((kind, lang, key), w)
            groups.join(first, w)

    # recalls: the cited work's own title named in the citing paragraph joins two groups; the
    # citing work's title named there makes a cited work the store lacks a gap of its series
    candidates: list[tuple[str, str, str, str, int | None, int | None]] = []  # work, unit, cited, cited symbol, gap, joins
    for w, unit, cited, gap, joins in index.citations():
        cited_symbol = m.symbol_of(cited)
        if w not in works or cited == w or not cited_symbol:
            continue
        co, wo = symbol_order(cited_symbol), symbol_order(works[w].symbol)
        if co is None or co[0] != wo[0] or co[1] >= wo[1]:
            continue  # another kind of symbol, or not of an earlier session
        candidates.append((w, unit, cited, cited_symbol, gap, joins))
    decided: dict[str, list[tuple[int, str, str, str]]] = {"gap": [], "joins": []}
    gaps: dict[str, Member] = {}
    gap_of: dict[str, set[str]] = defaultdict(set)
    # the words of the citing paragraphs not decided yet, a slice of candidates at a time: a
    # whole store's at once (a first ingest decides every citation) took 430 MB on GA 75-80
    candidates.sort(key=lambda c: (c[0], c[1]))
    said: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}
    for i, (w, unit, cited, cited_symbol, gap, joins) in enumerate(candidates):
        if i % SLICE == 0:
            said = index.unit_words((c[0], c[1]) for c in candidates[i : i + SLICE]
                                    if (c[5] if c[2] in works else c[4]) is None)
        text = said.get((w, unit), {})
        if cited in works:
            if joins is None:
                joins = int(any(
                    lang in text and lang in keys[w] and _recalls(text[lang], key)
                    and similarity(tuple(key.split()), tuple(keys[w][lang].split())) >= 0.5
                    for lang, key in keys[cited].items()
                ))
                decided["joins"].append((joins, w, unit, cited))
            if joins:
                groups.join(w, cited)
        else:
            if gap is None:
                gap = int(any(_recalls(text[lang], key) for lang, key in keys[w].items() if lang in text))
                decided["gap"].append((gap, w, unit, cited))
            if gap:
                gaps.setdefault(cited, Member(cited_symbol, cited, None, False))
                gap_of[cited].add(w)
    for column, rows in decided.items():
        if rows:
            index.decide(column, rows)

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
