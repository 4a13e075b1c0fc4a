"""The normalised Source both the text and the PDF reader hand to the shared parse.

DESIGN.md §1: ``ingest.read -> Source`` (text blocks + layout hints + known metadata),
``ingest.parse -> Record``. A reader's job ends when the printed page is a list of Blocks:

- one Block per printed paragraph (or masthead line group), its lines joined, hyphenation
  undone, running headers, footers, job numbers and barcodes already dropped;
- footnote texts as their own Blocks (``role="footnote"``, ``marker`` = the footnote number),
  taken out of the flow of the page they stand at the foot of;
- footnote call-outs and emphasis (the italic operative verb of English, the bold verb of
  Chinese) kept inline in ``Block.text`` as private-use marks (:func:`callout`, :func:`emphasised`),
  so that joining, healing and normalising text carries them along; :func:`unmark` turns them
  into plain text with offsets once a paragraph is whole;
- ``continues``: what the layout says about a block that opens a page: True when it carries on
  the paragraph the previous page ended (no first-line indent), False when it visibly starts a
  new one, None when the reader cannot tell (plain text).

The helpers here are the normalisations both readers share: Unicode, full-width and half-width
forms, joining printed lines (end-of-line hyphenation), whitespace around Chinese text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

CJK_LANGUAGES = ("zh",)

# Chinese characters, CJK punctuation and full-width forms: Chinese prints no spaces around them
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_SPACE_NEXT_TO_CJK = re.compile(f"(?<=[{_CJK}])[ \t]+|[ \t]+(?=[{_CJK}])")
# half-width punctuation a converter left between Chinese characters (the official text has 全角 marks)
_ZH_HALF_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
# (inline marks may stand between: **指出**,虽然)
_ZH_HALF = re.compile(
    f"([{_CJK}\\d”’)）》」][\ue000-\ue005]*)\\s*([,;:!?])(?=[\ue000-\ue005]*\\s*(?:[{_CJK}“‘(（《「\ue000-\ue005]|$))"
)
# full-width ASCII letters and digits (０-９, Ａ-Ｚ, ａ-ｚ) and the ideographic space
_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
_FULLWIDTH_ALNUM[0x3000] = 0x20
# full-width punctuation in Latin-script text (a converter's leftovers) -> ASCII
_FULLWIDTH_PUNCT = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if c not in _FULLWIDTH_ALNUM}
# soft hyphens, zero-width marks, the BOM and the bidirectional controls Arabic and Spanish files carry
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"),
    None,
)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\t"), " ")
# printed hyphens that end a line (the hyphen-minus, the Unicode hyphen, the non-breaking hyphen)
_LINE_END_HYPHEN = re.compile(r"(\w)[-\u2010\u2011]$")

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


# inline marks (Unicode private-use characters, never printed by the UN)
_CALLOUT_OPEN, _CALLOUT_CLOSE = "\ue000", "\ue001"
_STYLES = {"bold": ("\ue002", "\ue003"), "italic": ("\ue004", "\ue005")}
_STYLE_OF = {mark: (style, i == 0) for style, pair in _STYLES.items() for i, mark in enumerate(pair)}
_MARK = re.compile("\ue000([^\ue001]*)\ue001|[\ue002-\ue005]")
_WHITESPACE = re.compile(r"\s+")


def callout(marker: str) -> str:
    """The inline mark of a footnote call-out (``marker`` is the footnote number)."""
    return f"{_CALLOUT_OPEN}{marker}{_CALLOUT_CLOSE}"


def emphasised(text: str, style: str) -> str:
    """``text`` marked as printed in ``style`` (``bold`` or ``italic``)."""
    start, end = _STYLES[style]
    return f"{start}{text}{end}" if text else text


def unmark(text: str) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, str]]]:
    """Marked text -> (plain text, emphasis spans (start, end, style), call-outs (offset, marker)).

    Whitespace is collapsed and the ends stripped in the same pass, so offsets refer to the
    returned text. Empty emphasis spans are dropped."""
    text = _WHITESPACE.sub(" ", text)
    if not _MARK.search(text):
        return text.strip(), [], []
    out: list[str] = []
    size = 0
    emphasis: list[tuple[int, int, str]] = []
    callouts: list[tuple[int, str]] = []
    open_at: dict[str, int] = {}
    pos = 0
    last_space = True  # at the start, a space is dropped

    def emit(chunk: str) -> None:
        nonlocal size, last_space
        if last_space and chunk.startswith(" "):
            chunk = chunk[1:]
        if chunk:
            out.append(chunk)
            size += len(chunk)
            last_space = chunk.endswith(" ")

    for m in _MARK.finditer(text):
        emit(text[pos : m.start()])
        pos = m.end()
        if m.group(1) is not None:
            callouts.append((size, m.group(1)))
            continue
        style, is_open = _STYLE_OF[m.group(0)]
        if is_open:
            open_at.setdefault(style, size)
        elif style in open_at:
            start = open_at.pop(style)
            if size > start:
                emphasis.append((start, size, style))
    emit(text[pos:])
    for style, start in open_at.items():  # a span left open runs to the end
        if size > start:
            emphasis.append((start, size, style))
    plain_text = "".join(out)
    if plain_text.endswith(" "):
        plain_text = plain_text[:-1]
        size -= 1
    clamp = lambda n: min(n, size)  # noqa: E731
    emphasis = sorted((clamp(a), clamp(b), st) for a, b, st in emphasis if clamp(b) > clamp(a))
    # an emphasis span opened just before a space starts after it
    emphasis = [(a + 1 if plain_text[a : a + 1] == " " else a, b, st) for a, b, st in emphasis]
    return plain_text, emphasis, [(clamp(o), mk) for o, mk in callouts]


def plain(text: str) -> str:
    """Marked text without its marks (call-outs dropped), whitespace collapsed."""
    return _WHITESPACE.sub(" ", _MARK.sub("", text)).strip()


@dataclass
class Block:
    """One printed paragraph, masthead line group or footnote, as a reader found it.

    ``text`` is the block's lines joined, with call-outs and emphasis as inline marks;
    ``lines`` the printed lines as plain text (the masthead and closing lines are read per line)."""

    text: str
    page: int = 1
    role: str = "body"  # body | footnote
    lines: list[str] = field(default_factory=list)
    marker: str | None = None  # footnote number (role footnote)
    continues: bool | None = None  # layout: this block carries on the previous page's last paragraph
    indent: float | None = None  # layout: first-line indent (PDF), for telling headings from text


@dataclass
class Source:
    """A document as blocks, with what is known about it before parsing."""

    name: str  # file name, no directories
    sha256: str
    format: str  # txt | pdf
    reader: str  # the reader's module name
    blocks: list[Block]
    origin: str = ""  # the path as given, for error messages only (never stored)
    language: str | None = None  # when the reader knows it (file name, PDF metadata)
    warnings: list[str] = field(default_factory=list)


def is_cjk(text: str) -> bool:
    return bool(_CJK_CHAR.search(text))


def normalise_text(text: str, language: str | None = None) -> str:
    """Unicode normalisation the UN's own files would pass: NFC, invisible marks (soft hyphens,
    zero-width spaces, BOM) dropped, exotic spaces made plain, full-width letters and digits made
    ASCII (２０２２ -> 2022). Full-width punctuation is left to :func:`normalise_punctuation`, which
    knows the language. Superscript digits are kept: they are footnote call-outs."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_INVISIBLE).translate(_SPACES).translate(_FULLWIDTH_ALNUM)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_punctuation(text: str, language: str) -> str:
    """Chinese: half-width ``, ; : ! ?`` between Chinese characters become the full-width marks the
    official text prints (，；：！？) and spaces next to Chinese characters go (``第 70/125 号`` ->
    ``第70/125号``, as the UN prints it). Other languages: full-width punctuation becomes ASCII."""
    if language in CJK_LANGUAGES:
        text = _ZH_HALF.sub(lambda m: m.group(1) + _ZH_HALF_PUNCT[m.group(2)], text)
        return _SPACE_NEXT_TO_CJK.sub("", text)
    return text.translate(_FULLWIDTH_PUNCT) if re.search("[\uff01-\uff5e]", text) else text


def superscript_value(text: str) -> str:
    """``¹⁰`` -> ``10``."""
    return text.translate(_SUPERSCRIPT)


def join_lines(lines: list[str], language: str | None, vocabulary: set[str] | None = None) -> tuple[str, list[int]]:
    """Printed lines of one paragraph joined into one string, and where each line starts in it.

    Lines join with a space, or with nothing in Chinese. A line that ends with a hyphen after a
    letter is joined to the next without a space: UN documents break lines at the hyphens of
    compounds (``Secretary-`` / ``General``), so the hyphen stays, unless the document itself
    prints the word whole elsewhere (``vocabulary``) and never with the hyphen: then the hyphen
    was the typesetter's and goes (``develop-`` / ``ment`` -> ``development``).
    """
    out = ""
    starts: list[int] = []
    cjk = language in CJK_LANGUAGES
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out:
            m = _LINE_END_HYPHEN.search(out)
            if m and line[:1].isalpha():
                head = re.search(r"(\w+)[-\u2010\u2011]$", out)
                tail = re.match(r"\w+", line)
                if vocabulary is not None and head and tail:
                    whole = (head.group(1) + tail.group(0)).casefold()
                    hyphened = f"{head.group(1)}-{tail.group(0)}".casefold()
                    if whole in vocabulary and hyphened not in vocabulary:
                        out = out[:-1]
            elif cjk and (is_cjk(out[-1]) or is_cjk(line[0])):
                pass
            else:
                out += " "
        starts.append(len(out))
        out += line
    return out, starts


def words_of(text: str) -> set[str]:
    """The words a document prints on one line (hyphenated compounds whole), case-folded: the
    vocabulary :func:`join_lines` consults before dropping a line-end hyphen."""
    return {w.casefold() for w in re.findall(r"\w+(?:[-\u2010\u2011]\w+)*", text)} | {
        w.casefold() for w in re.findall(r"\w+", text)
    }
