"""Names of the runs of paragraphs that number themselves afresh, shared by every reader.

A reader first gives such paragraphs a provisional prefix, ``annex-{annex}p{part}/`` (annex and
part counted from 1, either may be missing), and then ``namer`` turns it into the contract's one
prefix slot ``annex-X/``:

- annexes by Roman numeral, as the UN numbers them: ``annex-I/``, ``annex-II/`` (a sole, unnumbered
  annex is ``annex-I/``);
- parts of the resolution's own text whose numbering restarts (parts A, B, C of a resolution; the
  resolutions of a collection such as A/RES/78/80 A-B; a draft resolution recommended for adoption;
  sections of a budget resolution) by letter in order: ``annex-A/``, ``annex-B/`` (``annex-P1/``,
  ``annex-P2/``... where a letter would read as the Roman numeral of an annex of the same document);
- parts of an annex (a convention's articles, an annex's appendices) by annex and number: ``annex-I1/``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from unkg.numerals import letters, to_roman

PROVISIONAL = re.compile(r"^annex-(\d*)(?:p(\d+))?/")


def provisional(annex: int | None, part: int | None) -> str:
    """The provisional prefix a reader gives a paragraph of annex ``annex`` / part ``part``."""
    return f"annex-{annex or ''}{f'p{part}' if part else ''}/"


def namer(anchors: Iterable[str | None]) -> Callable[[str | None], str | None]:
    """The function that names provisional anchors, given every provisional anchor of one document."""
    matches = [m for a in anchors if a and (m := PROVISIONAL.match(a))]
    parts = {int(m.group(2)) for m in matches if not m.group(1) and m.group(2)}
    names = {n: letters(n).upper() for n in parts}
    annex_tokens = {to_roman(n) for n in range(1, 200)}
    if any(tok in annex_tokens for tok in names.values()) and any(m.group(1) for m in matches):
        names = {n: f"P{n}" for n in parts}

    def token(m: re.Match) -> str:
        annex, part = m.group(1), m.group(2)
        if annex and part:
            return f"annex-{to_roman(int(annex))}{part}/"
        if annex:
            return f"annex-{to_roman(int(annex))}/"
        return f"annex-{names.get(int(part), f'P{part}')}/"

    def name(anchor: str | None) -> str | None:
        return PROVISIONAL.sub(token, anchor) if anchor else anchor

    return name
