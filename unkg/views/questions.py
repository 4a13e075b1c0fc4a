"""The views as answers to a researcher's questions, each a small graph laid out to be read.

- ``citations``: the documents the works cite most, linked when cited together; or, centred on a
  work, what it cites (right) and what cites it (left), with the verbs that cite.
- ``bodies``: the bodies named most, linked when named in the same paragraphs; or, centred on a
  body, the works that ask something of it (left, with the verbs that ask) and the bodies named
  with it (right).
- ``series``: a resolution adopted again over the years (the works that carry one title), left
  to right; above, the documents it cites, each where first cited; below, who it asks, each where
  first asked.
- ``timeline``: dated events along the years, one lane per series (the IGF, the WSIS, a body's
  sessions); centred on a body, the events it runs (it organises them, or they are its meetings).
- ``ego``: whatever lies within a few links of a node.

Each function returns a :class:`Scene`: the graph (nodes with ``label``, ``title``, ``kind``,
``value`` and ``x``/``y``), and the words that say what it shows. Every view is capped (``limit``
nodes) and says what it left out. Data comes from the summary graph's counts and from index
lookups (``unkg.views.networks``), never from a walk over every mention.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import networkx as nx
import pyoxigraph as ox

from unkg.graph.stores import Store
from unkg.lineage.history import Step, history, longest_series, series_of
from unkg.views import layout, networks
from unkg.views.networks import objects, pick, subjects

__all__ = ["LIMITS", "Scene", "bodies", "citations", "ego", "series", "timeline"]

# the most nodes each view shows by default: what a screen can hold with every label readable
LIMITS = {"citations": 40, "bodies": 40, "series": 40, "timeline": 62, "ego": 60}
FOCUS_LIMITS = {"citations": 32, "bodies": 26}  # centred on one node, whose labels carry verbs too


class NotFound(LookupError):
    """The store holds nothing to draw for the view asked."""


@dataclass
class Scene:
    """A view ready to draw: a laid-out graph and the words that say what it shows."""

    graph: nx.Graph
    title: str
    notes: list[str] = field(default_factory=list)
    sizes: str = ""  # what a node's size means
    lines: str = ""  # what a line means
    axis: list[tuple[float, str]] = field(default_factory=list)  # x and label of each tick of a time axis
    lanes: list[tuple[float, float, float]] = field(default_factory=list)  # y, first x, last x of each lane of a timeline
    focus: str | None = None


def _wrap(text: str, width: int = 26, lines: int = 2) -> str:
    """``text`` on at most ``lines`` lines of at most ``width`` characters, broken between words,
    the last cut with an ellipsis when the text is longer."""
    words = text.split()
    out: list[str] = []
    line = ""
    i = 0
    while i < len(words) and len(out) < lines:
        w = words[i]
        if not line:
            line = w
            i += 1
        elif len(line) + 1 + len(w) <= width:
            line += " " + w
            i += 1
        else:
            out.append(line)
            line = ""
    if line and len(out) < lines:
        out.append(line)
    out = [x if len(x) <= width else x[: width - 1] + "…" for x in out[:-1]] + out[-1:]
    if out and (i < len(words) or len(out[-1]) > width):
        rest = " ".join([out[-1], *words[i:]])
        out[-1] = rest[: width - 1].rstrip() + "…"
    return "\n".join(out)


def _work_label(attrs: dict) -> str:
    """A work as its symbol over the start of its title."""
    symbol = attrs.get("symbol") or attrs.get("label") or ""
    name = attrs.get("name") or ""
    return f"{symbol}\n{_wrap(name, 28, 1)}" if name else symbol


def _entity_label(attrs: dict) -> str:
    return _wrap(str(attrs.get("label") or ""), 24)


def _display(G: nx.Graph) -> None:
    """Set every node's ``label`` to what the canvas shows (the full names stay in ``title``), with
    the verbs that link it to the focus, if any, on a line of their own."""
    for _, attrs in G.nodes(data=True):
        if attrs.get("kind") == "work":
            attrs["label"] = _work_label(attrs)
        elif "label" in attrs:
            attrs["label"] = _entity_label(attrs)
        if attrs.get("verbs"):
            attrs["label"] += "\n" + _wrap(f"· {attrs['verbs']} ·", 34, 1)


def _place(G: nx.Graph, pos: layout.Positions) -> None:
    for n, (x, y) in pos.items():
        if n in G:
            G.nodes[n]["x"], G.nodes[n]["y"] = round(x, 1), round(y, 1)


def _name(G: nx.Graph, n: str) -> str:
    a = G.nodes[n]
    return a.get("symbol") or a.get("label") or n


def _year(value: str | None) -> str:
    return (value or "")[:4]


def _verb_labels(store: Store, verbs: set[str], lang: str) -> dict[str, str]:
    found = objects(store, verbs, "skos:prefLabel")
    return {v: pick(found[v], lang) or networks.short(store, v).rsplit("/", 1)[-1] for v in verbs}


def _verbs_text(counts: Counter, labels: dict[str, str]) -> str:
    return ", ".join(f"{labels[v]}" + (f" ×{n}" if n > 1 else "") for v, n in counts.most_common())


def _backbone(G: nx.Graph, keep: int = 3) -> nx.Graph:
    """G with, for each node, only its ``keep`` strongest lines (the union of them)."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for n in G.nodes:
        strongest = sorted(G[n].items(), key=lambda kv: (-kv[1].get("weight", 1), str(kv[0])))[:keep]
        for m, attrs in strongest:
            H.add_edge(n, m, **attrs)
    return H


def _overview(store: Store, G: nx.Graph, lang: str, counted: str) -> None:
    """Name G's nodes, add what each counts to its tooltip (``counted`` formats its ``value``),
    label, size and lay them out by force."""
    networks.describe(store, G, lang)
    for _, attrs in G.nodes(data=True):
        attrs["title"] += "\n" + counted.format(attrs["value"])
    _display(G)
    layout.set_sizes(G)
    _place(G, layout.force(G))


def _share(room: int, a: int, b: int) -> tuple[int, int]:
    """How many of ``a`` and of ``b`` fit in ``room``: half each, what one side leaves to the other."""
    half = max(1, room // 2)
    if a <= half:
        return a, min(b, max(1, room - a))
    if b <= half:
        return min(a, max(1, room - b)), b
    return half, max(1, room - half)


def _cut(total: int, shown: int, what: str) -> list[str]:
    return [f"Showing {shown:,} of {total:,} {what}."] if total > shown else []


# --- citations ------------------------------------------------------------------------------------


def _cited_counts(store: Store) -> Counter:
    """How many works cite each cited document, from the summary graph (or, without one, counted)."""
    counts: Counter = Counter()
    for r in networks._rows(store, "SELECT ?w ?n WHERE { GRAPH ?s { ?o unkg:cited ?w ; unkg:citedByCount ?n } }"):
        counts[r["w"]] = max(counts[r["w"]], int(r["n"]))
    if not counts:
        for r in networks._rows(store, "SELECT DISTINCT ?a ?b WHERE { ?a dcterms:references ?b }"):
            counts[r["b"]] += 1
    return counts


def citations(store: Store, focus: str | None = None, *, lang: str = "en", limit: int | None = None) -> Scene:
    """The most-cited documents linked when cited together; or one work's citations in and out."""
    if focus:
        return _work_citations(store, focus, lang=lang, limit=limit or FOCUS_LIMITS["citations"])
    limit = limit or LIMITS["citations"]
    counts = _cited_counts(store)
    top = sorted(counts, key=lambda w: (-counts[w], w))[:limit]
    citing = {w: set(subjects(store, "dcterms:references", w)) for w in top}
    G = nx.Graph()
    for w in top:
        symbol = store.minter.symbol_of(w)
        G.add_node(w, value=len(citing[w]) or counts[w], **({"kind": "work", "symbol": symbol} if symbol else {}))
    for i, a in enumerate(top):
        for b in top[i + 1 :]:
            both = len(citing[a] & citing[b])
            if both:
                G.add_edge(a, b, weight=both, title=f"cited together by {both} works")
    G = _backbone(G)
    _overview(store, G, lang, "cited by {:,} works")
    works = len(set().union(*citing.values())) if citing else 0
    return Scene(
        G,
        title=f"The {len(top)} documents the works cite most",
        notes=_cut(len(counts), len(top), "cited documents")
        + [f"Cited by {works:,} works of the store; a line joins two documents cited together (each keeps its three strongest)."],
        sizes="works citing it",
        lines="cited together by the same works",
    )


def _work_citations(store: Store, focus: str, *, lang: str, limit: int) -> Scene:
    work = networks.resolve(store, focus, prefer=("work", "instrument"))
    cited = [o.value for o in objects(store, [work], "dcterms:references")[work] if isinstance(o, ox.NamedNode)]
    citing = subjects(store, "dcterms:references", work)
    if not cited and not citing:
        raise NotFound(f"{focus}: the store holds no citations of or by it")
    # the verbs: each citation (cito) links a citing part to a cited document
    out_cites = [c for p in subjects(store, "dcterms:isPartOf", work) for c in subjects(store, "cito:hasCitingEntity", p)]
    in_cites = subjects(store, "cito:hasCitedEntity", work)
    targets = objects(store, out_cites, "cito:hasCitedEntity")
    sources = objects(store, in_cites, "cito:hasCitingEntity")
    verb_of = objects(store, out_cites + in_cites, "unkg:citationVerb")
    out_verbs: dict[str, Counter] = {}
    out_parts: Counter = Counter()
    for c in out_cites:
        for t in targets[c]:
            out_parts[t.value] += 1
            out_verbs.setdefault(t.value, Counter()).update(v.value for v in verb_of[c])
    in_verbs: dict[str, Counter] = {}
    in_parts: Counter = Counter()
    for c in in_cites:
        for s in sources[c]:
            w = store.minter.work_of_part(s.value) or s.value
            in_parts[w] += 1
            in_verbs.setdefault(w, Counter()).update(v.value for v in verb_of[c])
    labels = _verb_labels(store, {v for cs in (*out_verbs.values(), *in_verbs.values()) for v in cs}, lang)

    G = nx.DiGraph()
    G.add_node(work, **_work_attrs(store, work))
    dates = {w: pick(ts, lang) for w, ts in objects(store, citing, "dcterms:date").items()}
    n_left, n_right = _share(limit - 1, len(citing), len(cited))
    left = sorted(citing, key=lambda w: (dates.get(w) or "", w), reverse=True)[:n_left]
    right = sorted(cited, key=lambda w: (-out_parts[w], w))[:n_right]
    for w in left:
        G.add_node(w, value=in_parts[w] or 1, **_work_attrs(store, w))
        G.add_edge(w, work, weight=in_parts[w] or 1, title=_edge_title(in_parts[w], in_verbs.get(w), labels, "cites it"))
        G.nodes[w]["verbs"] = _verbs_text(in_verbs.get(w, Counter()), labels)
    for w in right:
        G.add_node(w, value=out_parts[w] or 1, **_work_attrs(store, w))
        G.add_edge(work, w, weight=out_parts[w] or 1, title=_edge_title(out_parts[w], out_verbs.get(w), labels, "cited"))
        G.nodes[w]["verbs"] = _verbs_text(out_verbs.get(w, Counter()), labels)
    networks.describe(store, G, lang)
    _display(G)
    layout.set_sizes(G, work)
    _place(G, layout.two_sides(G, work, left, right))
    name = _name(G, work)
    return Scene(
        G,
        title=f"{name}: what cites it (left) and what it cites (right)",
        notes=_cut(len(citing), len(left), "works citing it (the newest shown)") + _cut(len(cited), len(right), "documents it cites (the most cited shown)")
        + [f"{len(citing):,} works cite {name}; it cites {len(cited):,} documents."],
        sizes="paragraphs citing",
        lines="citation (under each work, the verbs that cite)",
        focus=work,
    )


def _work_attrs(store: Store, iri: str) -> dict:
    symbol = store.minter.symbol_of(iri)
    return {"kind": "work", "symbol": symbol} if symbol else {}


def _edge_title(parts: int, verbs: Counter | None, labels: dict[str, str], what: str) -> str:
    text = f"{what} in {parts} paragraph{'s' if parts != 1 else ''}" if parts else what
    return f"{text}: {_verbs_text(verbs, labels)}" if verbs else text


# --- bodies ---------------------------------------------------------------------------------------


def bodies(store: Store, focus: str | None = None, *, lang: str = "en", limit: int | None = None) -> Scene:
    """The bodies named most, linked when named together; or one body's asks and co-mentions."""
    if focus:
        return _body(store, focus, lang=lang, limit=limit or FOCUS_LIMITS["bodies"])
    limit = limit or LIMITS["bodies"]
    C = networks.co_mention_network(store, lang=lang, describe=False)
    mentioned = {n: C.nodes[n].get("paragraphs", 0) for n in C}
    top = sorted(C.nodes, key=lambda n: (-mentioned[n], n))[:limit]
    G = _backbone(C.subgraph(top))
    for n in G:
        G.nodes[n]["value"] = mentioned[n]
    for _, _, attrs in G.edges(data=True):
        attrs["title"] = attrs.pop("label", "")
    _overview(store, G, lang, "named in {:,} paragraphs")
    return Scene(
        G,
        title=f"The {len(top)} bodies the works name most, and who is named with whom",
        notes=_cut(len(C), len(top), "bodies named")
        + ["A line joins two bodies named in the same paragraphs (each keeps its three strongest). Centre the view on a body for what it is asked."],
        sizes="paragraphs naming it",
        lines="named together in paragraphs (thicker: more)",
    )


def _body(store: Store, focus: str, *, lang: str, limit: int) -> Scene:
    body = networks.resolve(store, focus, prefer=networks.BODY_KINDS)
    # co-mentions, from the summary's pair observations (each pair observed once, by IRI order)
    partners: Counter = Counter()
    for mine, other in (("unkg:mentioned", "unkg:mentionedWith"), ("unkg:mentionedWith", "unkg:mentioned")):
        obs = subjects(store, mine, body)
        others = objects(store, obs, other)
        counts = objects(store, [o for o in obs if others[o]], "unkg:paragraphCount")
        for o, found in counts.items():
            for b in others[o]:
                partners[b.value] = max(partners[b.value], max((int(c.value) for c in found), default=0))
    # what works ask of it, and with which verbs
    parts = subjects(store, "unkg:addressee", body)
    by_work = networks.works_of_parts(store, parts)
    verb_of = objects(store, parts, "unkg:verb")
    labels = _verb_labels(store, {v.value for vs in verb_of.values() for v in vs}, lang)
    if not partners and not by_work:
        raise NotFound(f"{focus}: the store holds no requests to it and no paragraph naming it with another body")
    n_left, n_right = _share(limit - 1, len(by_work), len(partners))
    dates = {w: pick(ts, lang) for w, ts in objects(store, by_work, "dcterms:date").items()}
    left = sorted(by_work, key=lambda w: (-len(by_work[w]), w))[:n_left]
    left.sort(key=lambda w: (dates.get(w) or "", w), reverse=True)
    right = sorted(partners, key=lambda b: (-partners[b], b))[:n_right]
    G = nx.DiGraph()
    G.add_node(body)
    for w in left:
        verbs = Counter(v.value for p in by_work[w] for v in verb_of[p])
        n = len(by_work[w])
        G.add_node(w, value=n, **_work_attrs(store, w))
        G.add_edge(w, body, weight=n, title=f"asks it in {n} paragraph{'s' if n != 1 else ''}: {_verbs_text(verbs, labels)}")
        G.nodes[w]["verbs"] = _verbs_text(verbs, labels)
    for b in right:
        G.add_node(b, value=partners[b])
        G.add_edge(body, b, weight=partners[b], title=f"named together in {partners[b]} paragraphs", arrows=False)
    networks.describe(store, G, lang)
    _display(G)
    layout.set_sizes(G, body)
    _place(G, layout.two_sides(G, body, left, right))
    name = G.nodes[body].get("name") or G.nodes[body]["label"]
    return Scene(
        G,
        title=f"{name}: the works that ask it (left) and the bodies named with it (right)",
        notes=_cut(len(by_work), len(left), "works asking it (those asking most shown, newest first)")
        + _cut(len(partners), len(right), "bodies named with it (the most often shown)")
        + [f"{len(set(parts)):,} operative paragraphs of {len(by_work):,} works ask something of it; it is named with {len(partners):,} other bodies."],
        sizes="paragraphs asking it, or naming both",
        lines="a request (under each work, the verbs that ask) or named together",
        focus=body,
    )


# --- series ---------------------------------------------------------------------------------------


def _longest_series(store: Store) -> str | None:
    """A member of the series with most works in the store (the newest on a tie)."""
    rows = networks._rows(store, """SELECT ?t (COUNT(DISTINCT ?w) AS ?n) (MAX(?d) AS ?last) (SAMPLE(?w) AS ?member) WHERE {
        GRAPH ?g { ?w frbr:realization ?e ; dcterms:title ?t . OPTIONAL { ?w dcterms:date ?d } }
        FILTER(LANGMATCHES(LANG(?t), "en")) } GROUP BY ?t ORDER BY DESC(?n) DESC(?last) ?t LIMIT 1""")
    return rows[0]["member"] if rows else None


def series(store: Store, focus: str | None = None, *, lang: str = "en", limit: int | None = None) -> Scene:
    """A resolution series over the years: its members left to right, the documents they cite
    above (each under the first member citing it), the bodies they ask below (each under the
    first member asking). The series is the lineage graph's (``unkg.lineage``: title, recalls and
    known gaps) when the store holds one, and each member then says what it kept, changed, added
    and dropped against the one before it; else the works that carry the focus's English title."""
    limit = limit or LIMITS["series"]
    lineage = None
    if focus:
        start = networks.resolve(store, focus, prefer=("work",))
        lineage = series_of(store, start) if start else None
    else:
        lineage = longest_series(store)
        start = None
    steps: dict[str, Step] = {}
    gaps: list[Step] = []
    if lineage:
        found = history(store, lineage, lang)
        members = [s.iri for s in found.in_store]
        steps = {s.iri: s for s in found.in_store}
        gaps = found.gaps
        dates = {s.iri: s.date or "" for s in found.in_store}
        start = start or members[-1]
        title = ox.Literal(found.title or store.minter.symbol_of(start) or start, language="en")
    else:
        start = start or _longest_series(store)
        if not start:
            raise NotFound("the store holds no works with a title")
        titles = objects(store, [start], "dcterms:title")[start]
        title = next((t for t in titles if isinstance(t, ox.Literal) and (t.language or "").startswith("en")), None) or next(iter(titles), None)
        if title is None:
            raise NotFound(f"{focus}: the store holds no text of it (no title to find its series by)")
        members = [m for m in subjects(store, "dcterms:title", title) if store.minter.symbol_of(m)]
        dates = {m: min((d.value for d in ds), default="") for m, ds in objects(store, members, "dcterms:date").items()}
        members.sort(key=lambda m: (dates[m], m))
    total_members = len(members)
    members = members[-max(2, min(12, limit // 3)) :]  # the newest, when a series is long
    member_set = set(members)
    refs = {m: {r.value for r in found} for m, found in objects(store, members, "dcterms:references").items()}
    asks: dict[str, Counter] = {}
    for m in members:
        parts = subjects(store, "dcterms:isPartOf", m)
        asks[m] = Counter(a.value for found in objects(store, parts, "unkg:addressee").values() for a in found)
    citing = Counter(r for m in members for r in refs[m] if r not in member_set)
    asked_in = Counter()
    for m in members:
        asked_in.update(asks[m])
    room = max(4, limit - len(members))
    cited = sorted(citing, key=lambda d: (-citing[d], d))[: room * 3 // 5]
    asked = sorted(asked_in, key=lambda b: (-asked_in[b], b))[: room - len(cited)]
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for i, m in enumerate(members):
        for d in [*refs[m], *asks[m]]:
            first.setdefault(d, i)
            last[d] = i

    G = nx.DiGraph()
    for m in members:
        G.add_node(m, **_work_attrs(store, m))
    for i, m in enumerate(members):
        for r in sorted(refs[m] & member_set - {m}):
            G.add_edge(m, r, weight=3, title="cites an earlier resolution of the series", color="#1f4e8c")
    for m in members:  # what each kept, changed, added and dropped of the one before it
        step = steps.get(m)
        if step and step.previous in member_set:
            said = f"continues it: {_changes(step)}"
            if G.has_edge(m, step.previous):
                G.edges[m, step.previous]["title"] += f"; {said}"
            else:
                G.add_edge(m, step.previous, weight=3, title=said, color="#7d8b99")
    # one line from the member that first cites or asks each: the rest is in its size and tooltip
    for d in cited:
        G.add_node(d, value=citing[d], **_work_attrs(store, d))
        G.add_edge(members[first[d]], d, weight=1, title="first cited here", color="#aab4c0")
    for b in asked:
        G.add_node(b, value=asked_in[b])
        G.add_edge(members[first[b]], b, weight=1, title="first asked here", color="#f0b98f")
    networks.describe(store, G, lang)
    span = lambda d: _year(dates[members[first[d]]]) + ("" if first[d] == last[d] else f"–{_year(dates[members[last[d]]])}")  # noqa: E731
    for d in cited:
        G.nodes[d]["title"] += f"\ncited by {citing[d]} of the {len(members)} resolutions ({span(d)})"
    for b in asked:
        G.nodes[b]["title"] += f"\nasked in {asked_in[b]} paragraphs of the series ({span(b)})"
    _display(G)
    for m in members:
        G.nodes[m]["label"] = f"{G.nodes[m].get('symbol')}\n{_year(dates[m])}"
        step = steps.get(m)
        if step and step.compared:
            G.nodes[m]["label"] += f"\nkept {step.kept} · changed {step.changed} · added {step.added}"
            G.nodes[m]["title"] += f"\nagainst {store.minter.symbol_of(step.previous) or step.previous}: {_changes(step)}"
        G.nodes[m]["value"] = max([*citing.values(), *asked_in.values(), 1])
    layout.set_sizes(G)
    above = {i: [d for d in cited if first[d] == i] for i in range(len(members))}
    below = {i: [b for b in asked if first[b] == i] for i in range(len(members))}
    per_row = {i: max(1, -(-max(len(above[i]), len(below[i])) // 6)) for i in range(len(members))}  # at most six rows
    widths = [max([layout.box(G.nodes[n])[0] for n in above[i] + below[i] + [members[i]]]) * per_row[i] for i in range(len(members))]
    pos: layout.Positions = {}
    x = 0.0
    for i, m in enumerate(members):
        if i:
            x += (widths[i - 1] + widths[i]) / 2 + 60
        pos[m] = (x, 0.0)
        pos.update(layout.stack(G, above[i], x, -50.0, direction=-1, per_row=per_row[i]))
        pos.update(layout.stack(G, below[i], x, 80.0, direction=1, per_row=per_row[i]))
    _place(G, pos)
    name = pick([title], lang) or title.value
    years = f"{_year(dates[members[0]])}–{_year(dates[members[-1]])}" if len(members) > 1 else _year(dates[members[0]])
    return Scene(
        G,
        title=f"Series “{_wrap(name, 90, 1)}”: {len(members)} resolution{'s' if len(members) != 1 else ''}, {years}",
        notes=_cut(total_members, len(members), "resolutions of the series (the newest shown)")
        + _cut(len(citing), len(cited), "documents the series cites (the most cited shown)")
        + _cut(len(asked_in), len(asked), "addressees it asks (the most asked shown)")
        + ["Above, what the series cites, each over the first resolution citing it; below, whom it asks, each under the first asking."
           + (" Under each resolution, what it kept, changed and added of the one before it." if steps else "")
           + (" No other work in the store carries this title." if total_members == 1 else "")]
        + ([f"Known gaps, cited as members but not in the store: {', '.join(g.symbol for g in gaps)}."] if gaps else []),
        sizes="resolutions citing it, or paragraphs asking it",
        lines="cites an earlier resolution (blue), continues it (slate), first cites (grey) or first asks (orange)",
        focus=start if focus else None,
    )


def _changes(step: Step) -> str:
    return f"{step.kept} paragraphs kept, {step.changed} changed, {step.added} added, {step.dropped} dropped"


# --- timeline -------------------------------------------------------------------------------------


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date(int(value[:4]), 7, 1)
    except ValueError:
        return None


def timeline(store: Store, focus: str | None = None, *, lang: str = "en", limit: int | None = None) -> Scene:
    """Dated events along the years, one lane per series; centred on a body, the events it runs."""
    limit = limit or LIMITS["timeline"]
    body = networks.resolve(store, focus, prefer=networks.BODY_KINDS + ("series",)) if focus else None
    starts: dict[str, date] = {}
    for t in store.match(None, networks.term("schema:startDate"), None):
        d = _day(t.object.value) if isinstance(t.subject, ox.NamedNode) else None
        if d and (t.subject.value not in starts or d < starts[t.subject.value]):
            starts[t.subject.value] = d
    events = list(starts)
    series_of = {e: sorted(o.value for o in found) for e, found in objects(store, events, "schema:superEvent").items()}
    organisers = {e: {o.value for o in found} for e, found in objects(store, events, "schema:organizer").items()}
    if body:
        events = [e for e in events if body in organisers[e] or body in series_of[e]]
    total = len(events)
    # the latest, when there are more: as many as fit in ``limit`` nodes with their series' lanes
    chosen: list[str] = []
    lanes_used: set[str] = set()
    for e in sorted(events, key=lambda e: (starts[e], e), reverse=True):
        lane = series_of[e][:1]
        if len(chosen) + 1 + len(lanes_used | set(lane)) > limit:
            break
        chosen.append(e)
        lanes_used |= set(lane)
    events = chosen[::-1]
    if not events:
        raise NotFound((f"{focus}: the store holds no dated events it organises or that are its meetings" if body else
                        "the store holds no dated events (they come from the linking stage)"))
    mentions = {e: networks.works_of_parts(store, subjects(store, "unkg:mentions", e)) for e in events}

    G = nx.DiGraph()
    lanes: dict[str, list[str]] = {}
    for e in events:
        lane = series_of[e][0] if series_of[e] else ""
        lanes.setdefault(lane, []).append(e)
        G.add_node(e, kind="event", value=len(mentions[e]) or 0.3)
    for lane in lanes:
        if lane:
            G.add_node(lane, lane=True)
    networks.describe(store, G, lang)
    for e in events:
        works = sorted(networks.short(store, w) for w in mentions[e])
        more = f" …and {len(works) - 8} more" if len(works) > 8 else ""
        G.nodes[e]["title"] += f"\nmentioned by {len(works)} works" + (f": {', '.join(works[:8])}{more}" if works else "")
        G.nodes[e]["date"] = starts[e].isoformat()
    for lane in lanes:
        if lane:
            G.nodes[lane]["label"] = _wrap(str(G.nodes[lane]["label"]), 20)
            G.nodes[lane]["title"] += f"\n{len(lanes[lane])} events here"
    layout.set_sizes(G)
    for e in events:  # dots of 5 to 14 pixels, so that lanes stay close and a year 50 pixels wide
        G.nodes[e]["size"] = round(5 + (G.nodes[e]["size"] - 7) * 9 / 23, 1)

    lo = min(starts[e] for e in events)
    hi = max(starts[e] for e in events)
    first_year, last_year = lo.year, hi.year + 1
    years = max(last_year - first_year, 1)
    per_year = max(44.0, 1150.0 / years)
    x = lambda d: ((d.toordinal() - date(first_year, 1, 1).toordinal()) / 365.25) * per_year  # noqa: E731
    order = sorted(lanes, key=lambda s: (s == "", min(starts[e] for e in lanes[s]), s))
    pos: layout.Positions = {}
    lines: list[tuple[float, float, float]] = []
    y = 0.0
    for lane in order:
        ordered = sorted(lanes[lane], key=lambda e: (starts[e], e))
        for e in ordered:
            same_year = sum(1 for o in lanes[lane] if starts[o].year == starts[e].year) > 1
            if lane:
                G.nodes[e]["label"] = starts[e].strftime("%b %Y") if same_year else str(starts[e].year)
            else:
                G.nodes[e]["label"] = _wrap(f"{G.nodes[e]['label']} ({starts[e].year})", 24)
        # each event on the first row of its lane where its label clears the one before it
        rooms = {e: layout.box(G.nodes[e]) for e in ordered}
        step = max(h for _, h, _ in rooms.values()) + 4
        ends: list[float] = []
        for e in ordered:
            ex = x(starts[e])
            w = rooms[e][0]
            row = next((r for r, end in enumerate(ends) if end + 6 <= ex - w / 2), len(ends))
            if row == len(ends):
                ends.append(0.0)
            ends[row] = ex + w / 2
            pos[e] = (ex, y + row * step)
        if lane:
            pos[lane] = (-30.0 - layout.box(G.nodes[lane])[0] / 2, y)
            lines.append((y, -30.0, x(starts[ordered[-1]])))
        y += max(len(ends) * step, 40.0) + 6.0
    _place(G, pos)
    step = 1 if years <= 12 else 5
    ticks = [(x(date(yr, 1, 1)), str(yr)) for yr in range(first_year - first_year % step, last_year + 1, step) if yr >= first_year]
    who = ""
    if body:
        sub = nx.Graph()
        sub.add_node(body)
        networks.describe(store, sub, lang)
        who = sub.nodes[body].get("name") or sub.nodes[body]["label"]
    return Scene(
        G,
        title=(f"Events run by the {who}, {first_year}–{hi.year}" if body else f"Events on a timeline, {first_year}–{hi.year}"),
        notes=_cut(total, len(events), "dated events (the latest shown)")
        + ["One lane per series, its name at the left; each event at its start date. Hover an event for the works that mention it."],
        sizes="works mentioning it",
        lines="",
        axis=ticks,
        lanes=lines,
        focus=None,
    )


# --- ego ------------------------------------------------------------------------------------------


def ego(store: Store, focus: str, *, hops: int = 2, lang: str = "en", limit: int | None = None) -> Scene:
    """Whatever lies within ``hops`` links of the focus (an IRI, a UN symbol, a name)."""
    limit = limit or LIMITS["ego"]
    iri = networks.resolve(store, focus, prefer=("work",))
    G = networks.ego_network(store, iri, hops=hops, lang=lang, max_nodes=limit)
    if G.number_of_edges() == 0:
        raise NotFound(f"{iri}: the store holds no links to or from this IRI")
    for n in G:
        G.nodes[n]["value"] = G.in_degree(n) + G.out_degree(n)
    for _, _, attrs in G.edges(data=True):
        attrs["title"] = attrs.pop("label", "")
    _display(G)
    layout.set_sizes(G, iri)
    _place(G, layout.force(G, weight=None))
    name = G.nodes[iri]["label"].split("\n")[0]
    return Scene(
        G,
        title=f"Within {hops} link{'s' if hops != 1 else ''} of {name}",
        notes=[] if G.graph.get("complete", True) else [f"Showing the {G.number_of_nodes():,} nearest of {G.graph['seen']:,} nodes."],
        sizes="links",
        lines="a statement linking two nodes (hover for its property)",
        focus=iri,
    )

