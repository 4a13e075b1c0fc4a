"""Where a view's nodes go: positions computed here, so a view opens still, the same each time,
with its labels apart, instead of settling under physics in the reader's browser.

Coordinates are vis-network canvas pixels at zoom 1. Every node takes the room of its dot and of
its label below it (``box``), and a view is laid out about as large as a browser window, so the
first fit shows the labels at a size that reads.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import networkx as nx

Positions = dict[str, tuple[float, float]]

CHAR = 8.0  # width of a label character at the views' 14 px font (about: CJK is wider, caps too)
LINE = 17.0  # height of a label line
SCREEN = (1250.0, 720.0)  # the canvas a view is laid out for


def size_of(value: float, top: float) -> float:
    """A dot's radius: 7 to 30 pixels, its area growing with the value."""
    return round(7 + 23 * math.sqrt(max(float(value), 0.0) / top), 1) if top > 0 else 7.0


def set_sizes(G: nx.Graph, focus: str | None = None) -> None:
    """Each node's ``size`` from its ``value`` (largest value, largest dot); the focus the largest."""
    top = max((float(v) for _, v in G.nodes(data="value") if v is not None), default=0.0)
    for n, attrs in G.nodes(data=True):
        attrs["size"] = 30.0 if n == focus else size_of(attrs.get("value") or 0, top)


def box(attrs: dict) -> tuple[float, float, float]:
    """(width, height, dy) of the room a node takes: its dot and its label below; ``dy`` is from
    the node's centre to the room's centre."""
    r = float(attrs.get("size", 10))
    lines = str(attrs.get("label") or "").split("\n")
    text_width = max(sum(2 if ord(c) > 0x2E80 else 1 for c in line) for line in lines) * CHAR
    if attrs.get("lane"):  # a box with its label inside
        return text_width + 16, len(lines) * LINE + 12, 0.0
    width = max(2 * r, text_width + 6)
    height = 2 * r + 4 + len(lines) * LINE
    return width, height, (4 + len(lines) * LINE) / 2


def force(G: nx.Graph, *, weight: str | None = "weight", screen: tuple[float, float] = SCREEN) -> Positions:
    """A force-directed layout (Kamada-Kawai per connected component, the largest first, packed in
    rows) stretched to about a screen, or more when its labels need more room, then with
    overlapping labels pushed apart."""
    if G.number_of_nodes() == 0:
        return {}
    U = G.to_undirected() if G.is_directed() else G
    parts = sorted(nx.connected_components(U), key=lambda c: (-len(c), min(map(str, c))))
    # the room the labels need, at most a third of the area taken
    area = sum(box(G.nodes[n])[0] * box(G.nodes[n])[1] for n in G) * 3.0
    aspect = screen[0] / screen[1]
    width = max(screen[0], math.sqrt(area * aspect))
    height = width / aspect
    if len(parts) == 1:
        pos = _component(U.subgraph(parts[0]), weight)
    else:
        pos = _pack([_component(U.subgraph(p), weight) for p in parts])
    pos = _stretch(pos, width, height)
    if G.number_of_nodes() <= 150:
        pos = declutter(G, pos)
    return pos


def _component(H: nx.Graph, weight: str | None) -> Positions:
    n = H.number_of_nodes()
    nodes = sorted(H.nodes, key=str)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.0)}
    # strong ties pull closer: a line's length is 1 / (1 + log(weight) / 2)
    D = nx.Graph()
    D.add_nodes_from(nodes)
    for a, b, attrs in H.edges(data=True):
        w = float(attrs.get(weight, 1) or 1) if weight else 1.0
        D.add_edge(a, b, distance=1.0 / (1.0 + math.log(max(w, 1.0)) * 0.5))
    # Fruchterman-Reingold (numpy, seeded): Kamada-Kawai read better but took seconds (scipy's
    # solver) for 60 nodes; the overlaps it leaves are pushed apart afterwards (declutter)
    for a_, b_, attrs in D.edges(data=True):
        attrs["pull"] = 1.0 / attrs["distance"]
    pos = nx.spring_layout(D, seed=42, iterations=200 if n <= 250 else 60, weight="pull", k=1.6 / math.sqrt(n))
    return _principal(pos)


def _principal(pos: dict) -> Positions:
    """``pos`` turned so that its widest spread lies along x (a screen is wider than tall)."""
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)
    c, s = math.cos(-angle), math.sin(-angle)
    return {k: ((float(x) - mx) * c - (float(y) - my) * s, (float(x) - mx) * s + (float(y) - my) * c) for k, (x, y) in pos.items()}


def _pack(parts: list[Positions]) -> Positions:
    """Components side by side, in rows; each scaled by the square root of its size."""
    out: Positions = {}
    x = y = row = 0.0
    width = 2.5 * math.sqrt(sum(len(p) for p in parts))
    for pos in parts:
        scale = math.sqrt(len(pos))
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        w = (max(xs) - min(xs)) * scale / 2 if len(pos) > 1 else 0.0
        h = (max(ys) - min(ys)) * scale / 2 if len(pos) > 1 else 0.0
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + 1.0, 0.0
        for n, (px, py) in pos.items():
            out[n] = (x + (px - min(xs)) * scale / 2, y + (py - min(ys)) * scale / 2)
        x += w + 1.0
        row = max(row, h)
    return out


def _stretch(pos: Positions, width: float, height: float) -> Positions:
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    dx = (max(xs) - min(xs)) or 1.0
    dy = (max(ys) - min(ys)) or 1.0
    kx, ky = width / dx, height / dy
    # fill the screen's shape, distorting the layout's proportions by at most a half
    k = min(kx, ky)
    kx, ky = min(kx, 1.5 * k), min(ky, 1.5 * k)
    return {n: ((x - min(xs)) * kx, (y - min(ys)) * ky) for n, (x, y) in pos.items()}


def declutter(G: nx.Graph, pos: Positions, *, iterations: int = 80, margin: float = 6.0) -> Positions:
    """``pos`` with nodes whose rooms (dot and label) overlap pushed apart, each pair along the
    axis they overlap least on, until none overlap or ``iterations`` passes are done."""
    nodes = sorted(pos, key=str)
    rooms = {n: box(G.nodes[n]) if n in G else (20.0, 20.0, 0.0) for n in nodes}
    xy = {n: list(pos[n]) for n in nodes}
    for _ in range(iterations):
        moved = False
        for i, a in enumerate(nodes):
            wa, ha, da = rooms[a]
            for b in nodes[i + 1 :]:
                wb, hb, db = rooms[b]
                ox_ = (wa + wb) / 2 + margin - abs(xy[a][0] - xy[b][0])
                oy = (ha + hb) / 2 + margin - abs((xy[a][1] + da) - (xy[b][1] + db))
                if ox_ <= 0 or oy <= 0:
                    continue
                moved = True
                if ox_ < oy:
                    s = 1.0 if xy[a][0] >= xy[b][0] else -1.0
                    xy[a][0] += s * ox_ / 2
                    xy[b][0] -= s * ox_ / 2
                else:
                    s = 1.0 if xy[a][1] + da >= xy[b][1] + db else -1.0
                    xy[a][1] += s * oy / 2
                    xy[b][1] -= s * oy / 2
        if not moved:
            break
    return {n: (xy[n][0], xy[n][1]) for n in nodes}


def column(G: nx.Graph, nodes: Sequence[str], x: float, *, side: int, max_height: float = 820.0, gap: float = 6.0) -> tuple[Positions, float]:
    """``nodes`` top to bottom in their order in a column starting at ``x`` (its near edge), more
    columns outwards when they are taller than ``max_height`` (``side`` -1 grows left, +1 right).
    Returns the positions and the width taken."""
    out: Positions = {}
    if not nodes:
        return out, 0.0
    rooms = [box(G.nodes[n]) for n in nodes]
    total = sum(h + gap for _, h, _ in rooms)
    count = max(1, math.ceil(total / max_height))
    per = math.ceil(len(nodes) / count)
    edge = x
    for c in range(count):
        chunk = list(range(c * per, min(len(nodes), (c + 1) * per)))
        if not chunk:
            break
        width = max(rooms[i][0] for i in chunk)
        centre = edge + side * width / 2
        height = sum(rooms[i][1] + gap for i in chunk) - gap
        y = -height / 2
        for i in chunk:
            w, h, dy = rooms[i]
            out[nodes[i]] = (centre, y + h / 2 - dy)
            y += h + gap
        edge += side * (width + 24.0)
    return out, abs(edge - x)


def two_sides(G: nx.Graph, focus: str, left: Sequence[str], right: Sequence[str], *, gap: float = 210.0) -> Positions:
    """The focus in the middle, ``left`` in columns to its left and ``right`` to its right, far
    enough for the lines between them to carry their labels."""
    w, _, _ = box(G.nodes[focus])
    pos: Positions = {focus: (0.0, 0.0)}
    pos.update(column(G, left, -(w / 2 + gap), side=-1)[0])
    pos.update(column(G, right, w / 2 + gap, side=1)[0])
    return pos


def stack(G: nx.Graph, nodes: Sequence[str], x: float, y0: float, *, direction: int, per_row: int = 1, gap: float = 8.0) -> Positions:
    """``nodes`` stacked from ``y0`` up (``direction`` -1) or down (+1), centred on ``x``, ``per_row``
    side by side, the first nearest ``y0``."""
    out: Positions = {}
    if not nodes:
        return out
    rooms = [box(G.nodes[n]) for n in nodes]
    width = max(w for w, _, _ in rooms) + 16
    edge = y0
    for r in range(0, len(nodes), per_row):
        row = list(range(r, min(len(nodes), r + per_row)))
        height = max(rooms[i][1] for i in row)
        for k, i in enumerate(row):
            _, h, dy = rooms[i]
            cx = x + (k - (len(row) - 1) / 2) * width
            out[nodes[i]] = (cx, edge + direction * height / 2 - dy)
        edge += direction * (height + gap)
    return out
