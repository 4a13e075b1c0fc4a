"""A comparison for people: side by side in a terminal, or as an HTML page.

Text: one block per paragraph of NEW (and per dropped paragraph of OLD), OLD on the left with its
deleted words in ``[-...-]``, NEW on the right with its inserted words in ``{+...+}``, as
``git diff --word-diff=plain`` marks them. Texts stay in logical order, so right-to-left Arabic
reads as the terminal's bidi shows it and the marks stay around the right words; Chinese wraps
by display width (rich measures East Asian wide characters).

HTML: the same two columns, ``<del>`` and ``<ins>``, ``lang`` and ``dir`` set per language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from html import escape

from rich.console import Console
from rich.table import Table
from rich.text import Text

from unkg.lineage.compare import Comparison
from unkg.lineage.text import Segment, segments

RTL = {"ar"}


def _sides(old: str, new: str) -> tuple[str, str]:
    """OLD with the words NEW drops in ``[-...-]``, NEW with the words it adds in ``{+...+}``
    (OLD's side reads the same diff the other way round: its extra words are those inserted)."""
    left = "".join(s.text if s.op == "equal" else f"[-{s.text}-]" for s in segments(new, old) if s.op != "delete")
    right = "".join(s.text if s.op == "equal" else f"{{+{s.text}+}}" for s in segments(old, new) if s.op != "delete")
    return left, right


@dataclass
class Row:
    """One row of a side-by-side comparison: OLD's paragraph (its deleted words marked) beside
    NEW's (its inserted words marked); a new paragraph has no left side, a dropped one no right."""

    change: str  # same | amended | new | dropped
    old_id: str | None
    new_id: str | None
    label: str
    old: list[Segment] = field(default_factory=list)  # ops: equal | delete
    new: list[Segment] = field(default_factory=list)  # ops: equal | insert
    moved: bool = False


def side_by_side(c: Comparison) -> tuple[dict, list[Row]]:
    """The comparison as data for a page: its summary (``Comparison.to_dict`` without the pairs)
    and one Row per paragraph of NEW, then one per paragraph of OLD that was dropped."""
    data = c.to_dict()
    lang = c.language
    rows: list[Row] = []
    for pair in data["pairs"]:
        new_text = c.new.text(lang, pair["new"]) or ""
        if pair["old"] is None:
            rows.append(Row("new", None, pair["new"], _label(pair), [], [Segment("insert", new_text)]))
            continue
        old_text = c.old.text(lang, pair["old"]) or ""
        if pair["change"] == "same":
            rows.append(Row("same", pair["old"], pair["new"], _label(pair), [Segment("equal", old_text)], [Segment("equal", new_text)], pair.get("moved", False)))
            continue
        left = [s if s.op == "equal" else Segment("delete", s.text) for s in segments(new_text, old_text) if s.op != "delete"]
        right = [s for s in segments(old_text, new_text) if s.op != "delete"]
        rows.append(Row("amended", pair["old"], pair["new"], _label(pair), left, right, pair.get("moved", False)))
    for uid in data["dropped"]:
        rows.append(Row("dropped", uid, None, f"{uid}  dropped", [Segment("delete", c.old.text(lang, uid) or "")], []))
    summary = {k: v for k, v in data.items() if k != "pairs"}
    return summary, rows


def _label(pair: dict) -> str:
    if pair["change"] == "new":
        return f"{pair['new']}  new"
    moved = ", moved" if pair.get("moved") else ""
    was = f" (was {pair['old']})" if pair["old"] != pair["new"] else ""
    return f"{pair['new']}{was}  {pair['change']} {pair['similarity']:.2f}{moved}"


def to_text(c: Comparison, *, width: int = 160) -> str:
    """The comparison as a side-by-side table, plain text (no colour)."""
    data = c.to_dict()
    lang = c.language
    buf = io.StringIO()
    console = Console(file=buf, width=width, no_color=True, highlight=False, emoji=False, markup=False, soft_wrap=False)
    counts = data["counts"]
    console.print(
        f"{data['old']} -> {data['new']} [{lang}]: {counts['same']} same, {counts['amended']} amended, "
        f"{counts['new']} new, {counts['dropped']} dropped"
        + ("" if c.stored else " (aligned now: the lineage graph holds no comparison of this pair)")
    )
    table = Table(data["old"], data["new"], show_lines=True, expand=True, box=None, padding=(0, 1))
    for pair in data["pairs"]:
        new_text = c.new.text(lang, pair["new"]) or ""
        if pair["old"] is None:
            table.add_row(Text(""), Text(f"{_label(pair)}\n{{+{new_text}+}}"))
            continue
        old_text = c.old.text(lang, pair["old"]) or ""
        if pair["change"] == "same":
            table.add_row(Text(f"{pair['old']}\n{old_text}"), Text(f"{_label(pair)}\n{new_text}"))
            continue
        left, right = _sides(old_text, new_text)
        table.add_row(Text(f"{pair['old']}\n{left}"), Text(f"{_label(pair)}\n{right}"))
    for uid in data["dropped"]:
        table.add_row(Text(f"{uid}  dropped\n[-{c.old.text(lang, uid) or ''}-]"), Text(""))
    console.print(table)
    return buf.getvalue()


def _html_side(segs, keep: str, mark: str, tag: str) -> str:
    return "".join(escape(s.text) if s.op == "equal" else (f"<{tag}>{escape(s.text)}</{tag}>" if s.op == mark else "") for s in segs)


def to_html_rows(c: Comparison) -> str:
    """The comparison's rows as an HTML table (``<del>``/``<ins>``), for a page of its own or the server's."""
    data = c.to_dict()
    lang = c.language
    attrs = f' lang="{lang}" dir="{"rtl" if lang in RTL else "ltr"}"'
    rows = []
    for pair in data["pairs"]:
        new_text = c.new.text(lang, pair["new"]) or ""
        label = escape(_label(pair))
        if pair["old"] is None:
            rows.append(f'<tr class="new"><td></td><td{attrs}><div class="id">{label}</div><ins>{escape(new_text)}</ins></td></tr>')
            continue
        old_text = c.old.text(lang, pair["old"]) or ""
        left = _html_side(segments(new_text, old_text), "equal", "insert", "del")
        right = _html_side(segments(old_text, new_text), "equal", "insert", "ins")
        rows.append(
            f'<tr class="{pair["change"]}"><td{attrs}><div class="id">{escape(pair["old"])}</div>{left}</td>'
            f'<td{attrs}><div class="id">{label}</div>{right}</td></tr>'
        )
    for uid in data["dropped"]:
        rows.append(f'<tr class="dropped"><td{attrs}><div class="id">{escape(uid)} dropped</div><del>{escape(c.old.text(lang, uid) or "")}</del></td><td></td></tr>')
    counts = data["counts"]
    summary = f"{counts['same']} same, {counts['amended']} amended, {counts['new']} new, {counts['dropped']} dropped"
    return (
        f'<p class="counts">{escape(summary)}</p><table class="comparison"><thead><tr><th>{escape(data["old"])}</th>'
        f'<th>{escape(data["new"])}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


STYLE = """body{font-family:system-ui,sans-serif;margin:1.5rem}table.comparison{border-collapse:collapse;width:100%}
td{vertical-align:top;width:50%;padding:.4rem .6rem;border-top:1px solid #ddd;line-height:1.45}
ins{background:#d4f7d4;text-decoration:none}del{background:#f9d0d0}.id{color:#666;font-size:.8rem}
tr.same td{color:#555}"""


def to_html(c: Comparison) -> str:
    """A self-contained HTML page of the comparison (works offline)."""
    title = f"{c.old.symbol} → {c.new.symbol} ({c.language})"
    return (
        f'<!doctype html><html lang="{c.language}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>{to_html_rows(c)}</body></html>\n"
    )
