"""Read a UN resolution from its official PDF (ODS), using the page's layout.

The UN's PDFs are typeset from Word templates whose layout carries what plain text loses:

- font size: footnote call-outs are superscripts (6.5 pt over 10 pt text) and footnotes are set
  smaller (8.4 pt) under a ``____`` rule at the foot of the page; a call-out is a run of small
  raised digits, and a footnote opens with one;
- italics: the English preambular and operative verbs are printed in italics (*Recalling also*,
  *Requests*), bold for Chinese, and become the emphasis the parse reads each verb from;
- page geometry: the running header (symbol, short title) stands in the top band of every page
  after the first, the footer (job number, page number, barcode) in the bottom band; a paragraph
  opens with an indented first line, so a page whose first line is not indented carries on the
  paragraph the page before ended (``Block.continues``).

Library: pypdfium2 (the PDFium engine of Chromium, maintained, wheels for every platform). Its text
page gives each character's code point, font size, font name and flags, loose box and baseline
origin, which is all the layout this reader needs; it reads the corpus about six times faster than
pdfplumber (pdfminer.six), whose layout analysis we would not use.
"""

from __future__ import annotations

import ctypes
import hashlib
import re
import statistics
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from unkg.ingest.errors import IngestError, read_bytes
from unkg.ingest.parse import detect_language, parse
from unkg.record import Record
from unkg.ingest.source import Block, Source, callout, emphasised, join_lines, normalise_punctuation, normalise_text, plain, words_of

READER = "read_pdf"

_ITALIC_FLAG = 0x40  # PDF font descriptor flag "Italic" (ISO 32000-1, 9.8.2)
_TOP_BAND = 0.085  # running headers stand above this share of the page height (pages after the first)
_BOTTOM_BAND = 0.925  # footers (job number, page number, barcode) below it
_SMALL = 0.8  # a character this much smaller than its line is a superscript (call-out, footnote number)
_COLUMN_GAP = 4.0  # a horizontal gap this many times the font size separates two columns of a line
_RULE = re.compile(r"^_{5,}$")
_JOB = re.compile(r"^\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6})*$")
_BARCODE = re.compile(r"^\*\d{7,8}\*$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
_RECYCLE = re.compile(r"^Please recycle")


@dataclass
class _Char:
    ch: str
    x0: float
    x1: float
    top: float  # distance from the top of the page (loose box: the font's ascent)
    bottom: float
    base: float  # baseline, from the top of the page
    size: float
    italic: bool
    bold: bool


@dataclass
class _Line:
    chars: list[_Char]
    page: int
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    base: float = 0.0
    size: float = 0.0  # the size most of its characters are set in

    def __post_init__(self) -> None:
        self.x0 = min(c.x0 for c in self.chars)
        self.x1 = max(c.x1 for c in self.chars)
        self.top = min(c.top for c in self.chars)
        normal = [c for c in self.chars if not c.ch.isspace()] or self.chars
        self.size = statistics.median_high(c.size for c in normal)
        body = [c for c in normal if c.size >= self.size * _SMALL] or normal
        self.base = statistics.median_high(c.base for c in body)

    @cached_property
    def plain(self) -> str:
        return _text(self.chars, marks=False)


def read_pdf(path: Path) -> Record:
    """One UN resolution or decision PDF -> its Record.

    Raises:
        IngestError: not a PDF, encrypted, or a PDF without a text layer (a scan).
        NotAResolution: a PDF that is not a UN resolution or decision.
    """
    path = Path(path)
    data = read_bytes(path)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise IngestError(path, f"not a readable PDF: {err}") from None
    try:
        pages = [_page_lines(pdf, i) for i in range(len(pdf))]
    finally:
        pdf.close()
    if not any(pages):
        raise IngestError(path, "a PDF without a text layer (a scanned image?): no characters to read")
    source = pdf_source(pages, name=path.name, sha256=hashlib.sha256(data).hexdigest(), origin=str(path))
    return parse(source)


# --- characters and lines --------------------------------------------------------------------------


def _page_lines(pdf: pdfium.PdfDocument, index: int) -> list[_Line]:
    page = pdf[index]
    try:
        height = page.get_height()
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage, height)
        finally:
            textpage.close()
    finally:
        page.close()
    lines = _lines(chars, index + 1)
    for line in lines:
        line.height = height  # type: ignore[attr-defined]
    return lines


def _chars(textpage, height: float) -> list[_Char]:
    """Every printed character with its font and box (characters PDFium generates, such as the spaces
    and line ends it infers, are left out: spacing is recomputed from the geometry)."""
    out: list[_Char] = []
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    fonts: dict[int | None, tuple[bool, bool]] = {}
    for i in range(pdfium_c.FPDFText_CountChars(textpage)):
        if pdfium_c.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if code in (0, 0xFFFE, 0xFFFF) or code in (0x0D, 0x0A):
            continue
        ch = chr(code)
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, ctypes.byref(rect))
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(ox), ctypes.byref(oy))
        size = pdfium_c.FPDFText_GetFontSize(textpage, i)
        obj = pdfium_c.FPDFText_GetTextObject(textpage, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value  # one font per text object: look it up once
        style = fonts.get(key)
        if style is None:
            pdfium_c.FPDFText_GetFontInfo(textpage, i, name, len(name), ctypes.byref(flags))
            font = name.value.decode("latin-1")
            style = (
                bool(flags.value & _ITALIC_FLAG) or "Italic" in font or "Oblique" in font,
                "Bold" in font or "Heavy" in font or "Black" in font,
            )
            fonts[key] = style
        out.append(
            _Char(ch, rect.left, rect.right, height - rect.top, height - rect.bottom, height - oy.value, size, *style)
        )
    return out


def _lines(chars: list[_Char], page: int) -> list[_Line]:
    """Characters -> printed lines: grouped by baseline, superscripts joined to the line they stand
    on, a line split where a wide gap separates two columns (the masthead's two sides)."""
    if not chars:
        return []
    ordered = sorted(chars, key=lambda c: (c.base, c.x0))
    groups: list[list[_Char]] = [[ordered[0]]]
    for c in ordered[1:]:
        if abs(c.base - groups[-1][-1].base) <= 2.0:
            groups[-1].append(c)
        else:
            groups.append([c])
    # superscripts: a group of small characters whose baseline lies within a bigger group's height
    sizes = [max(ch.size for ch in g) for g in groups]
    keep = [True] * len(groups)
    for i, g in enumerate(groups):
        size = sizes[i]
        base = statistics.median(c.base for c in g)
        for j, h in enumerate(groups):
            if i == j or not keep[j] or sizes[j] * _SMALL <= size:
                continue
            top = min(c.top for c in h)
            hbase = max(c.base for c in h)
            if top - 0.5 <= base <= hbase + 0.5 and min(c.x0 for c in g) <= max(c.x1 for c in h) + 20 and max(
                c.x1 for c in g
            ) >= min(c.x0 for c in h) - 20:
                h.extend(g)
                keep[i] = False
                break
    merged = [g for g, k in zip(groups, keep) if k]
    lines: list[_Line] = []
    for g in merged:
        g.sort(key=lambda c: c.x0)
        segment = [g[0]]
        for c in g[1:]:
            prev = segment[-1]
            if c.x0 - prev.x1 > _COLUMN_GAP * max(prev.size, c.size) and not prev.ch.isspace():
                lines.append(_Line(segment, page))
                segment = [c]
            else:
                segment.append(c)
        lines.append(_Line(segment, page))
    lines = [ln for ln in lines if ln.plain.strip()]
    lines.sort(key=lambda ln: (round(ln.base), ln.x0))
    return lines


def _text(chars: list[_Char], *, marks: bool = True, size: float | None = None) -> str:
    """A line's characters as (marked) text: spaces where the geometry shows a gap, superscript digits
    as call-out marks, italic and bold runs as emphasis marks."""
    if not chars:
        return ""
    size = size or statistics.median_high(c.size for c in chars if not c.ch.isspace()) if any(
        not c.ch.isspace() for c in chars
    ) else chars[0].size
    base = statistics.median_high(c.base for c in chars if c.size >= size * _SMALL) if any(
        c.size >= size * _SMALL for c in chars
    ) else chars[0].base
    out: list[str] = []
    style: str | None = None
    prev: _Char | None = None
    i = 0
    while i < len(chars):
        c = chars[i]
        sup = c.size < size * _SMALL and c.base < base - 0.5 and c.ch.isdigit()
        if prev is not None and not c.ch.isspace() and not prev.ch.isspace() and c.x0 - prev.x1 > 0.18 * size:
            out.append(" ")
        if sup:
            j = i
            digits = ""
            while j < len(chars) and chars[j].ch.isdigit() and chars[j].size < size * _SMALL:
                digits += chars[j].ch
                j += 1
            if marks:
                if style:
                    out.append(_close(style))
                    style = None
                out.append(callout(digits))
            prev = chars[j - 1]
            i = j
            continue
        want = None
        if marks and not c.ch.isspace():
            want = "italic" if c.italic else "bold" if c.bold else None
        if marks and not c.ch.isspace() and want != style:
            if style:
                out.append(_close(style))
            if want:
                out.append(_open(want))
            style = want
        out.append(c.ch)
        prev = c
        i += 1
    if style:
        out.append(_close(style))
    return re.sub(r"[ \t]+", " ", "".join(out))


def _open(style: str) -> str:
    return emphasised("\x00", style).split("\x00")[0]


def _close(style: str) -> str:
    return emphasised("\x00", style).split("\x00")[1]


# --- lines -> blocks -------------------------------------------------------------------------------


@dataclass
class _Note:
    marker: str
    page: int
    lines: list[str] = field(default_factory=list)


def pdf_source(pages: list[list[_Line]], *, name: str, sha256: str, origin: str = "") -> Source:
    """The lines of every page -> the Source the shared parse reads."""
    symbol = _masthead_symbol(pages[0]) if pages else None
    body_size = _body_size(pages)
    margin = _margin(pages, body_size)
    body: list[list[_Line]] = []
    notes: list[_Note] = []
    for number, lines in enumerate(pages, start=1):
        kept, page_notes = _zones(lines, number, symbol, body_size, notes[-1] if notes else None)
        body.append(kept)
        notes.extend(page_notes)
    sample = [Block(text=ln.plain) for page in body for ln in page][:400]
    lang = detect_language(sample) or "en"
    vocabulary = words_of(" ".join(ln.plain for page in body for ln in page))
    blocks: list[Block] = []
    for number, lines in enumerate(body, start=1):
        blocks.extend(_blocks(lines, number, margin, body_size, lang, vocabulary))
    for note in notes:
        text, _ = join_lines([normalise_punctuation(normalise_text(x), lang) for x in note.lines], lang, vocabulary)
        blocks.append(Block(text=text, page=note.page, role="footnote", lines=[plain(x) for x in note.lines], marker=note.marker))
    return Source(name=name, sha256=sha256, format="pdf", reader=READER, blocks=blocks, origin=origin, language=lang)


def _masthead_symbol(lines: list[_Line]) -> str | None:
    for line in lines[:12]:
        text = line.plain.strip()
        if re.fullmatch(r"[A-Z]{1,2}(?:/[A-Za-z0-9.()\-]+)+", text):
            return text
    return None


def _body_size(pages: list[list[_Line]]) -> float:
    """The size the running text is set in: the most common size over all lines' characters."""
    counts: dict[float, int] = {}
    for lines in pages:
        for line in lines:
            key = round(line.size, 1)
            counts[key] = counts.get(key, 0) + len(line.chars)
    return max(counts, key=counts.get) if counts else 10.0


def _margin(pages: list[list[_Line]], body_size: float) -> float:
    """The left edge of running text (continuation lines): the most common line start."""
    counts: dict[int, int] = {}
    for lines in pages:
        for line in lines:
            if abs(line.size - body_size) < 0.6:
                counts[round(line.x0)] = counts.get(round(line.x0), 0) + 1
    return float(max(counts, key=counts.get)) if counts else 0.0


def _furniture(text: str) -> bool:
    t = text.strip()
    return bool(_JOB.match(t) or _BARCODE.match(t) or _PAGE_NUMBER.match(t) or _RECYCLE.match(t))


def _zones(lines: list[_Line], page: int, symbol: str | None, body_size: float, last_note: _Note | None):
    """Split one page's lines into body lines and footnotes, dropping the running header and footer.

    Returns (body lines, footnotes opened on this page); a footnote carried over from the page before
    gets its continuation lines appended."""
    body: list[_Line] = []
    notes: list[_Note] = []
    in_notes = False
    for line in lines:
        height = getattr(line, "height", 792.0)
        text = line.plain.strip()
        if line.top > _BOTTOM_BAND * height or _furniture(text):
            continue
        if page > 1 and (line.base < _TOP_BAND * height + line.size or (symbol and text == symbol and line.top < 0.12 * height)):
            if line.size < body_size or text == symbol:
                continue
        if _RULE.match(text.replace(" ", "")):
            in_notes = True
            continue
        if in_notes or (line.size < body_size * 0.9 and body and _note_start(line)):
            in_notes = True
            marker = _note_start(line)
            if marker:
                notes.append(_Note(marker, page, [_text(_strip_marker(line), size=line.size)]))
            elif notes:
                notes[-1].lines.append(_text(line.chars, size=line.size))
            elif last_note is not None:
                last_note.lines.append(_text(line.chars, size=line.size))
            continue
        body.append(line)
    return body, notes


def _note_start(line: _Line) -> str | None:
    """The footnote number a footnote line opens with: small raised digits (or an asterisk) at its start."""
    chars = [c for c in line.chars if not c.ch.isspace()]
    digits = ""
    for c in chars:
        if (c.ch.isdigit() or c.ch == "*") and c.size < line.size * _SMALL + 0.01:
            digits += c.ch
        else:
            break
    return digits or None


def _strip_marker(line: _Line) -> list[_Char]:
    chars = list(line.chars)
    while chars and (chars[0].ch.isspace() or ((chars[0].ch.isdigit() or chars[0].ch == "*") and chars[0].size < line.size * _SMALL + 0.01)):
        chars.pop(0)
    return chars


def _blocks(lines: list[_Line], page: int, margin: float, body_size: float, lang: str, vocabulary: set[str]) -> list[Block]:
    """A page's body lines -> Blocks: a new block where the vertical gap exceeds the line pitch, where
    a line is indented (a paragraph's first line) or set in another size (masthead, title), or where
    a line stands alone on the right (the closing lines)."""
    if not lines:
        return []
    gaps = [b.base - a.base for a, b in zip(lines, lines[1:]) if abs(a.size - body_size) < 0.6 and abs(b.size - body_size) < 0.6]
    pitch = statistics.median([g for g in gaps if g > 0]) if any(g > 0 for g in gaps) else body_size * 1.2
    out: list[Block] = []
    group: list[_Line] = []

    def flush() -> None:
        if not group:
            return
        marked = [normalise_punctuation(normalise_text(_text(ln.chars, size=ln.size)), lang) for ln in group]
        text, _ = join_lines(marked, lang, vocabulary)
        first = group[0]
        block = Block(text=text, page=page, lines=[plain(x) for x in marked], indent=first.x0 - margin)
        if not out and page > 1:
            # a page that opens at the left margin, in running text (not a bold heading), carries on
            # the paragraph the page before ended; an indented first line opens a new one
            bold = all(c.bold for c in first.chars if not c.ch.isspace())
            block.continues = abs(first.x0 - margin) < 3 and abs(first.size - body_size) < 0.6 and not bold
        out.append(block)
        group.clear()

    for line in lines:
        if group:
            prev = group[-1]
            gap = line.base - prev.base
            new = (
                gap > pitch * 1.3
                or abs(line.size - prev.size) > 0.8
                or (line.x0 > margin + 8 and abs(line.size - body_size) < 0.6 and line.x0 > prev.x0 + 8)
                or (line.x0 > margin + 8 and abs(prev.x0 - margin) < 3 and abs(line.size - body_size) < 0.6)
            )
            if new:
                flush()
        group.append(line)
    flush()
    return out
