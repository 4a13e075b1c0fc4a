"""Read a UN resolution from plain text (a PDF-to-text conversion, the seed's Markdown-ish text).

What a converter leaves in the text, and what the reader does with it:

- encodings: a BOM (UTF-8, UTF-16, UTF-32) decides; else strict UTF-8; else charset-normalizer's
  best guess (GB18030 for Chinese files made on Chinese Windows, UTF-16 without BOM, cp1252);
- Unicode: NFC, soft hyphens and zero-width marks dropped, full-width letters and digits made ASCII,
  Chinese half-width ``, ; :`` between Chinese characters made full-width (the official text's
  marks), spaces next to Chinese characters dropped (``第 70/125 号`` -> ``第70/125号``);
- emphasis: ``**欢迎**`` (bold, the Chinese operative verb) and ``*Recalling*`` (italic) become
  emphasis marks the parse reads the verb from;
- footnotes: the footnote zone at the foot of each page (after a ``____`` rule, or lines opening
  with a superscript number as in the seed) is taken out of the flow; each footnote is anchored where
  its call-out stands: superscript digits (``¹²``), or digits glued to a word or to punctuation
  (``Development,19``, ``Goals20``) matched page by page in footnote order;
- pages: a form feed, or (in files whose blank lines hold spaces) an empty line, or the end of a
  footnote zone ends a page; in text that keeps none of these (copied from a PDF viewer) the
  running header itself does: the symbol with the page counter (``2/18``) and the job number
  beside it, and the running title lines that stand with them on every page; the running header
  of the next page (the symbol, the running title, ``24-24293``, ``2/18``) is dropped, as are job
  numbers and barcodes (``24-24293 (E)``, ``*2424293*``) anywhere; a paragraph broken by a page
  break is healed by the parse;
- lines: joined per paragraph (blank-line separated), end-of-line hyphens of compounds kept
  (``Secretary-`` / ``General``), a typesetter's hyphen dropped when the document prints the word whole.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from unkg.ingest.errors import IngestError, NotAResolution, read_bytes
from unkg.ingest.numbering import opening_label, opening_number
from unkg.ingest.parse import detect_language, parse
from unkg.ingest.profiles import profile
from unkg.record import LANGUAGES, Record
from unkg.ingest.source import (
    SUPERSCRIPT_DIGITS,
    Block,
    Source,
    callout,
    emphasised,
    join_lines,
    normalise_punctuation,
    normalise_text,
    plain,
    superscript_value,
    words_of,
)

READER = "read_text"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LANG_IN_NAME = re.compile(r"[._-](ar|zh|en|fr|ru|es)\.(?:txt|md|text)$", re.I)

# furniture printed on every page: job numbers, barcodes, page numbers, the recycling logo's words
_JOB = re.compile(r"^\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{6})?$")
_BARCODE = re.compile(r"^\*\d{7,8}\*$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
_COUNTER = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})$")  # a running header's page counter: page k of N
_RECYCLE = re.compile(r"^Please recycle\b|^请回收|^Merci de recycler|^Sírvase reciclar|^Просьба отправить на вторичную переработку")
_SYMBOL = re.compile(r"^[A-Z]{1,2}(?:/[A-Za-z0-9.()\-]+)+(?:\s*\*+)?$")
_RULE = re.compile(r"^_{5,}\s*$")
_NOTE_START = re.compile(r"^(\d{1,3}|\*{1,3})(?:\s+|\t)(\S.*)$")
_SUPER_NOTE_START = re.compile(f"^([{SUPERSCRIPT_DIGITS}]+)\\s*(\\S.*)$")
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\W\d])([^*\n]{1,80}?)(?<=\S)\*(?![*\w])")
_HEADER_ZONE = 12  # lines at the top of a page where the running header stands


def read_text(path: Path) -> Record:
    """One text file holding one UN resolution or decision -> its Record.

    The language comes from the file name (``E_RES_2022_15.zh.txt``) when it says, else from the
    enacting formula or the script.

    Raises:
        IngestError: the file cannot be read or is not text (binary, undecodable).
        NotAResolution: readable text that is not a UN resolution or decision.
    """
    path = Path(path)
    data = read_bytes(path)
    text = decode(data, path)
    m = _LANG_IN_NAME.search(path.name)
    hint = m.group(1).lower() if m else None
    source = text_source(text, name=path.name, sha256=hashlib.sha256(data).hexdigest(), language=hint, origin=str(path))
    return parse(source)


def decode(data: bytes, path: Path | str | None = None) -> str:
    """Bytes -> text: BOM, strict UTF-8, else charset-normalizer's best guess (GB18030, UTF-16, ...).

    Raises:
        IngestError: empty, binary or undecodable.
    """
    if not data.strip():
        raise NotAResolution(path, "empty file: not a UN resolution or decision")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise IngestError(path, f"not readable as {encoding} despite its byte-order mark: {err.reason}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise IngestError(path, "not text: no character encoding decodes it") from None
        text = str(best)
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if "\x00" in text or controls > max(5, len(text[:20000]) // 100):
        raise IngestError(path, "not text: the file holds binary data")
    return text


# --- text -> pages -> blocks -------------------------------------------------------------------------


@dataclass
class _Note:
    marker: str
    lines: list[str]


@dataclass
class _Page:
    number: int
    lines: list[str] = field(default_factory=list)  # body lines ("" = blank line)
    notes: list[_Note] = field(default_factory=list)


def text_source(text: str, *, name: str, sha256: str, language: str | None = None, origin: str = "") -> Source:
    """Plain text -> the Source the shared parse reads (see the module docstring)."""
    text = normalise_text(text)
    lines = text.split("\n")
    lang = language or detect_language([Block(text=x) for x in lines if x.strip()][:400])
    if lang not in LANGUAGES:
        raise NotAResolution(origin or name, "not text in one of the six UN languages: not a UN resolution or decision")
    pages = _pages(lines)
    symbol = _document_symbol(pages)
    vocabulary = words_of(text)
    sequence = _Sequence()
    blocks: list[Block] = []
    warnings: list[str] = []
    for page in pages:
        body = _strip_furniture(page, symbol)
        body = [_emphasis(line) for line in body]
        body = _superscript_callouts(body)
        marked = set(re.findall("\ue000([^\ue001]*)\ue001", "\n".join(body)))  # superscript call-outs
        digit_notes = [n.marker for n in page.notes if n.marker.isdigit() and n.marker not in marked]
        if digit_notes:
            body = _glued_callouts(body, digit_notes, lang)
        blocks.extend(_blocks(body, page.number, lang, vocabulary, sequence))
        for note in page.notes:
            joined, _ = join_lines([normalise_punctuation(x, lang) for x in note.lines], lang, vocabulary)
            blocks.append(Block(text=joined, page=page.number, role="footnote", lines=note.lines, marker=note.marker))
    return Source(name=name, sha256=sha256, format="txt", reader=READER, blocks=blocks, origin=origin, language=lang,
                  warnings=warnings)


def _pages(lines: list[str]) -> list[_Page]:
    """Split lines into pages and take each page's footnote zone out of its flow.

    A page ends at a form feed; at an empty line in files whose blank lines otherwise hold spaces
    (a PDF-to-text tool's page breaks); and where a footnote zone gives way to body text again.
    A footnote zone opens at a ``____`` rule (its footnotes are numbered lines, in sequence, the
    lines between them continuing the one before) or at a line opening with a superscript number
    (the seed: each footnote a line of its own, the next body line after a blank line ends the zone)."""
    spaced_blanks = sum(1 for x in lines if x and not x.strip())
    empty = sum(1 for x in lines if not x)
    empty_breaks = spaced_blanks > empty and any(_PAGE_NUMBER.match(x.strip()) for x in lines)
    header_breaks = set() if empty_breaks or any("\f" in x for x in lines) else _header_breaks(lines)
    pages = [_Page(1)]
    zone: str | None = None  # None | "rule" | "super": how the current footnote zone began
    last_marker = 0
    prev_blank = True

    def new_page() -> None:
        nonlocal zone
        pages.append(_Page(pages[-1].number + 1))
        zone = None

    for i, raw in enumerate(lines):
        if i in header_breaks:
            new_page()
        if "\f" in raw:
            before, _, raw = raw.partition("\f")
            if before.strip():
                pages[-1].lines.append(before)
            new_page()
        page = pages[-1]
        if empty_breaks and raw == "":
            new_page()
            prev_blank = True
            continue
        line = raw.strip()
        blank, was_blank = not line, prev_blank
        prev_blank = blank
        if _RULE.match(line):
            zone = "rule"
            continue
        if zone is None and re.match(r"^\*{1,3}\s+\S", line):
            zone = "rule"  # an asterisk note whose rule the converter lost: the foot of the page
        sup = _SUPER_NOTE_START.match(line)
        if sup:
            zone = zone or "super"
            marker = superscript_value(sup.group(1))
            page.notes.append(_Note(marker, [sup.group(2)]))
            last_marker = int(marker)
            continue
        if zone == "rule":
            m = _NOTE_START.match(line)
            if m and (m.group(1).startswith("*") or int(m.group(1)) == last_marker + 1 or not page.notes):
                page.notes.append(_Note(m.group(1), [m.group(2)]))
                if m.group(1).isdigit():
                    last_marker = int(m.group(1))
            elif line and page.notes:
                page.notes[-1].lines.append(line)
            elif line:
                page.lines.append(raw)
            continue
        if zone == "super":
            if blank:
                continue
            if not was_blank and page.notes:
                page.notes[-1].lines.append(line)
                continue
            new_page()
            page = pages[-1]
        page.lines.append(raw)
    return [p for p in pages if any(x.strip() for x in p.lines) or p.notes]


def _document_symbol(pages: list[_Page]) -> str | None:
    """The symbol the masthead prints (first page, first lines): what the running headers repeat."""
    return _masthead_symbol(pages[0].lines) if pages else None


def _masthead_symbol(lines: list[str]) -> str | None:
    for line in lines[:20]:
        s = line.strip().rstrip("*").strip()
        if _SYMBOL.match(s) and "/" in s:
            return s
    return None


_HEADER_REACH = 8  # non-blank lines on either side of a page counter where its header's other lines stand


def _header_breaks(lines: list[str]) -> set[int]:
    """Where pages begin in text that kept no page breaks: at each running header.

    Every page after the first opens with the masthead's symbol, the running title, the job number
    and the page counter (``2/12``), in that order on left-hand pages and as title, symbol, counter,
    job on right-hand ones (as ``pdftotext`` and a PDF viewer's copy give them). A header is a page
    counter ``k/N`` (k from 2, N the document's page count) with the symbol within a few lines of it
    or the masthead's job number beside it; its page begins at the first of its lines. The running
    title is learnt from the headers that print it between the symbol and the counter, and taken as
    part of a header only where it stands just before the header's other lines."""
    nonblank = [i for i, x in enumerate(lines) if x.strip()]
    text = [lines[i].strip() for i in nonblank]
    symbol = _masthead_symbol(text)
    job = next((m.group(1) for x in text[:20] if (m := re.match(r"(\d{2}-\d{5})\*?(?:\s|$)", x))), None)
    counters = [(k, m) for k, x in enumerate(text) if (m := _COUNTER.match(x))]
    if not counters or not (symbol or job):
        return set()
    totals = [m.group(2) for _, m in counters]
    pages_total = max(sorted(set(totals)), key=totals.count)  # the most frequent N (ties: the first in order)
    headers: list[tuple[int, int | None, int]] = []  # (first, symbol, last) among the non-blank lines
    for k, m in counters:
        if m.group(2) != pages_total or not 2 <= int(m.group(1)) <= int(pages_total):
            continue
        near = range(max(0, k - _HEADER_REACH), min(len(text), k + _HEADER_REACH + 1))
        sym = min((j for j in near if text[j] == symbol), key=lambda j: abs(j - k), default=None)
        jobs = [j for j in near if abs(j - k) <= 2 and job and text[j].startswith(job) and _JOB.match(text[j])]
        if sym is None and not jobs:
            continue
        marks = [k, *jobs, *([sym] if sym is not None else [])]
        headers.append((min(marks), sym, max(marks)))
    title: set[str] = set()
    for first, sym, last in headers:
        if first == sym:  # symbol, title, job, counter: the lines between are the running title
            title.update(text[j] for j in range(sym + 1, last) if not _is_furniture(text[j]))
    starts = set()
    for first, _, _ in headers:
        while first > 0 and text[first - 1] in title:
            first -= 1
        starts.add(nonblank[first])
    return starts


def _is_furniture(line: str) -> bool:
    return bool(_JOB.match(line) or _BARCODE.match(line) or _PAGE_NUMBER.match(line) or _RECYCLE.match(line))


def _strip_furniture(page: _Page, symbol: str | None) -> list[str]:
    """A page's body lines without its running header (symbol, running title, job and page numbers
    at the top of pages after the first) and without job numbers and barcodes anywhere."""
    lines = list(page.lines)
    if page.number > 1 and symbol:
        top = [i for i, x in enumerate(lines) if x.strip()][:_HEADER_ZONE]
        sym = [i for i in top if lines[i].strip() == symbol]
        marks = [i for i in top if _PAGE_NUMBER.match(lines[i].strip()) or _JOB.match(lines[i].strip())]
        if sym and marks:
            lines = lines[max(sym + marks) + 1 :]
    return [("" if _is_furniture(x.strip()) else x) for x in lines]


def _emphasis(line: str) -> str:
    line = _BOLD.sub(lambda m: emphasised(m.group(1), "bold"), line)
    return _ITALIC.sub(lambda m: emphasised(m.group(1), "italic"), line)


def _superscript_callouts(lines: list[str]) -> list[str]:
    """Superscript digits in the body are footnote call-outs (``文件，¹`` -> a call-out of footnote 1)."""
    return [_SUPERSCRIPT_RUN.sub(lambda m: callout(superscript_value(m.group(0))), x) for x in lines]


def _glued_callouts(lines: list[str], markers: list[str], lang: str) -> list[str]:
    """Find the call-outs of one page's footnotes in its body lines, in footnote order.

    A PDF-to-text tool prints a superscript call-out as plain digits glued to the word or the
    punctuation before it (``Development,19``, ``Goals20``, ``issue,1``), or after punctuation and a
    space with a wide gap or the line's end after it (``2003, 4  and``): these are searched first,
    each after the one before (footnotes are numbered in the order their call-outs stand). A
    footnote still without a call-out is then looked for between its neighbours' call-outs in the
    weaker forms a tool also leaves: after punctuation and one space (``2005, 6 and``), after a word
    and a space (``Prosperity 11 aim``). Digits inside symbols (``A/RES/79/194``), dates and numbers
    (``COVID-19``, ``Rev.1``) are never taken, except, as the weakest reading between two call-outs
    found, digits glued to a resolution number (``resolution 60/2141``: 60/214 and footnote 1)."""
    arabic = profile(lang).callout_parentheses
    out = list(lines)

    def strong(marker: str) -> list[re.Pattern]:
        glued = (
            rf"(?<=[^\W\d_]|[,;:.)\]”’\"'»，；：。）、》،؛])(?<![A-Z][a-z]\.)(?<!\b[A-Z])(?<![/\-–.]\d)(?<!\d\.)(?<!\bNo\.)(?<!\bpara\.)"
            rf"{marker}(?=\s|$|[,;:.)\]])"
        )
        pats = [re.compile(glued), re.compile(rf"(?<=[,;:.)”’\"，；：。）、》،؛]) {marker}(?=\s{{2,}}|\s*$)")]
        if arabic:
            pats.append(re.compile(rf"\(\s*{marker}\s*\)"))
        return pats

    def weak(marker: str) -> list[re.Pattern]:
        return [
            re.compile(rf"(?<=\b(?:19|20)\d\d){marker}(?=\s|$|[,;:.)\]])"),  # "30 June 20231", "2015–20302"
            re.compile(rf"(?<=[,;:.)”’\"，；：。）、》،؛]) {marker}(?=\s)"),
            re.compile(rf"(?<=[^\W\d_]) {marker}(?=\s*$|\s+[a-z])"),
            # "resolution 60/2141": 60/214 and footnote 1
            re.compile(rf"(?:(?<=\d/\d)|(?<=\d/\d\d)|(?<=\d/\d\d\d)){marker}(?=\s|$|[,;:.)，；：。])"),
            # Chinese: after closing punctuation, before the next character (框架》、1《小岛屿)
            re.compile(rf"(?<=[》）」”、，；]){marker}(?=[^\x00-\x7f\d])"),
            # "COVID-1910": COVID-19 and footnote 10
            re.compile(rf"(?:(?<=[A-Z]-\d)|(?<=[A-Z]-\d\d)|(?<=[A-Z][-‑]\d\d)){marker}(?=\s|$|[,;:.)])"),
        ]

    def search(pats, start: tuple[int, int], stop: tuple[int, int], in_symbol: bool = False) -> tuple[int, re.Match] | None:
        for i in range(start[0], min(stop[0] + 1, len(out))):
            line = out[i]
            lo = start[1] if i == start[0] else 0
            hi = stop[1] if i == stop[0] else len(line)
            best = None
            for pat in pats:
                for m in pat.finditer(line, lo):
                    if m.end() > hi:
                        break
                    if not _inside_mark(line, m.start()) and (in_symbol or not _in_symbol(line, m.start())):
                        if best is None or m.start() < best.start():
                            best = m
                        break
            if best is not None:
                return i, best
        return None

    end = (len(out) - 1, len(out[-1]) if out else 0)
    found: dict[str, tuple[int, re.Match]] = {}
    cursor = (0, 0)
    for marker in markers:
        hit = search(strong(marker), cursor, end)
        if hit:
            found[marker] = hit
            cursor = (hit[0], hit[1].end())
    for k, marker in enumerate(markers):
        if marker in found:
            continue
        before = [found[x] for x in markers[:k] if x in found]
        after = [found[x] for x in markers[k + 1 :] if x in found]
        lo = (before[-1][0], before[-1][1].end()) if before else (0, 0)
        hi = (after[0][0], after[0][1].start()) if after else end
        for k, pat in enumerate(weak(marker)):
            hit = search([pat], lo, hi, in_symbol=k >= 3)
            if hit:
                found[marker] = hit
                break
    for marker, (i, m) in sorted(found.items(), key=lambda kv: (kv[1][0], kv[1][1].start()), reverse=True):
        mark = callout(marker)
        out[i] = out[i][: m.start()] + mark + out[i][m.end() :]
    return out


def _in_symbol(line: str, pos: int) -> bool:
    """Whether digits at ``pos`` end a document symbol (``A/78/481/Add.2``, ``E/CN.16/2018/CRP.3``)."""
    if not line[pos : pos + 1].isdigit():
        return False  # "(1)": the Arabic call-out in parentheses stands apart
    m = re.search(r"[A-Za-z0-9./\-()]*$", line[:pos])
    return bool(re.search(r"/\d|\d/", m.group(0)))  # a symbol has numbered parts: not HIV/AIDS


def _inside_mark(line: str, pos: int) -> bool:
    """Whether a position falls inside an inline call-out mark already placed."""
    opened = line.rfind("\ue000", 0, pos)
    return opened != -1 and line.find("\ue001", opened) >= pos


@dataclass
class _Sequence:
    """The last paragraph number and sub-paragraph letter seen, across pages: a line that opens with
    the next one starts a new paragraph even where the converter left no blank line (the seed's
    operative paragraphs 1 to 5)."""

    op: int = 0
    letter: str = ""

    def opens(self, line: str) -> bool:
        found = opening_number(line)
        if found:
            n = found[0]
            if n in (self.op + 1, 1):
                self.op, self.letter = n, ""
                return True
            return False
        label = opening_label(line)
        if label:
            latin, roman = label[0].latin, label[0].kind == "roman"
            nxt = chr(ord(self.letter) + 1) if len(self.letter) == 1 else "a"
            if roman or latin in ("a", "i", nxt) or (self.letter and set(latin) <= set("ivx")):
                if not roman and (latin == nxt or latin == "a"):
                    self.letter = latin
                return True
        return False


def _blocks(lines: list[str], page: int, lang: str, vocabulary: set[str], sequence: _Sequence) -> list[Block]:
    """Blank-line separated groups of body lines -> Blocks (lines joined, punctuation normalised)."""
    out: list[Block] = []
    group: list[str] = []

    def flush() -> None:
        if not group:
            return
        normal = [normalise_punctuation(x.strip(), lang) for x in group]
        text, _ = join_lines(normal, lang, vocabulary)
        out.append(Block(text=text, page=page, lines=[plain(x) for x in normal]))
        group.clear()

    for line in lines:
        if not line.strip():
            flush()
            continue
        bare = re.fullmatch(r"\s*(\d{1,3})\s*", line)
        if bare and int(bare.group(1)) == sequence.op + 1:  # "26" printed without its full stop
            line = f"{bare.group(1)}."
        if sequence.opens(plain(line)) and group:
            flush()
        group.append(line)
    flush()
    return out
