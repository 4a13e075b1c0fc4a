"""Ingest stage: UN documents in, plain Records out (never RDF).

``read(path)`` is the stage's one entry point: it picks the reader by file type from :data:`READERS`
(AKN4UN XML, text, PDF, the UN's data_extract JSON lines) and returns what the file holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from unkg.ingest.archive import ArchiveMember, extracted, relabel
from unkg.ingest.errors import IngestError, read_bytes
from unkg.ingest.readers.akn import read_akn
from unkg.ingest.readers.extract import read_extract
from unkg.ingest.readers.pdf import read_pdf
from unkg.ingest.readers.text import read_text
from unkg.record import Record, WorkMetadata
from unkg.symbols import is_valid_symbol

READERS: dict[str, Callable[[Path], Record | Iterable[WorkMetadata]]] = {
    ".xml": read_akn,
    ".txt": read_text,
    ".md": read_text,
    ".pdf": read_pdf,
    ".json": read_extract,
    ".jsonl": read_extract,
}


def supported(path: Path | ArchiveMember) -> bool:
    return path.suffix.lower() in READERS


def read(path: str | Path | ArchiveMember) -> list[Record | WorkMetadata]:
    """Everything one file holds: one Record for a document, WorkMetadata lines for data_extract.

    Whatever goes wrong in a reader is an IngestError, one line naming the file and the problem
    (DESIGN.md §9: no input may raise a traceback): a RecursionError from markup nested deeper
    than a resolution ever is, a MemoryError, or a reader's own bug met on strange input. What a
    file gives is checked before anyone builds on it: every symbol must fit the UN's scheme
    (``unkg.symbols.is_valid_symbol``) and paragraph numbers must stay below 10,000, so nothing
    outside the scheme becomes an IRI and no paragraph silently turns into a heading.

    A member of a zip archive (``unkg.ingest.archive``) is read as the file it unpacks to, and
    named ``archive.zip!member/path`` in what it gives and in its errors.
    """
    if isinstance(path, ArchiveMember):
        return _read_member(path)
    path = Path(path)
    if not path.is_file():
        raise IngestError(path, "no such file")
    try:
        reader = READERS[path.suffix.lower()]
    except KeyError:
        raise IngestError(path, f"unsupported file type {path.suffix or '(none)'}: expected {', '.join(sorted(READERS))}") from None
    try:
        result = reader(path)
        items = [result] if isinstance(result, Record) else list(result)
        _check_numbers(path, items)
    except Exception as err:  # noqa: BLE001 - a reader's failure on strange input: one line, never a traceback
        raise as_ingest_error(path, err, "read") from None
    for item in items:
        _check_symbols(path, item)
        _check_dates(item)
    return items


def _read_member(member: ArchiveMember) -> list[Record | WorkMetadata]:
    with extracted(member) as local:
        try:
            items = read(local)
        except IngestError as err:
            raise relabel(err, local, member) from None
    for item in items:
        if item.source is not None:
            item.source = replace(item.source, file=member.name)
    return items


def as_ingest_error(path: Path, err: Exception, doing: str) -> IngestError:
    """Any exception met while ``doing`` (read, build, ...) one file, as the one line that names
    the file and the problem: IngestError as it is, anything else by its kind."""
    if isinstance(err, IngestError):
        return err
    if isinstance(err, RecursionError):
        return IngestError(path, f"nested too deeply to {doing} (deeper than any UN document)")
    if isinstance(err, MemoryError):
        return IngestError(path, f"too large to {doing} in the memory there is")
    return IngestError(path, f"cannot {doing}: {type(err).__name__}: {err}")


MAX_PARAGRAPH_NUMBER = 9999  # no resolution comes near; the readers' numbering stops there
_BIG_NUM_XML = re.compile(rb"<(?:\w+:)?num\b[^>]*>\s*(\d{5,})\s*[.\-]?\s*</(?:\w+:)?num>")
_BIG_NUM_LINE = re.compile(r"(?m)^[ \t]*(\d{5,})[ \t]*\.[ \t]+\S")


def _check_numbers(path: Path, items: list) -> None:
    """Refuse a document that numbers a paragraph 10,000 or above: the readers' numbering reads
    labels of up to four digits, so such a paragraph would otherwise become a heading (AKN) or
    run into the paragraph before it (text), silently."""
    suffix = path.suffix.lower()
    if suffix == ".xml":
        m = _BIG_NUM_XML.search(read_bytes(path))
        found = m.group(1).decode() if m else None
    elif suffix in (".txt", ".md"):
        m = _BIG_NUM_LINE.search(read_bytes(path).decode("utf-8", "replace"))
        found = m.group(1) if m else None
    else:  # a PDF: what the reader read
        texts = (t for r in items if isinstance(r, Record) for t in [*(p.text for p in r.paragraphs), *(s.heading for s in r.sections)])
        found = next((m.group(1) for t in texts if (m := re.match(r"\s*(\d{5,})\s*\.\s", t or ""))), None)
    if found:
        raise IngestError(path, f"paragraph number {found}: unkg reads paragraph numbers up to {MAX_PARAGRAPH_NUMBER:,}")


FIRST_DATE = "1945-06-26"  # the Charter's signature: no UN document is older


def _check_dates(item: Record | WorkMetadata) -> None:
    """Leave out a date older than the United Nations, with a warning: the UN's markup writes
    ``0001-01-01`` where it has no date (the Arabic files of many Security Council resolutions
    of 2020-2023 give it as the adoption date), and a placeholder must not outrank the other
    languages' real date (``unkg.pipeline.Referee``)."""
    for name in ("date", "issued"):
        value = getattr(item, name, None)
        if value and value[:10] < FIRST_DATE:
            setattr(item, name, None)
            if hasattr(item, "warnings"):
                item.warnings.append(f"{name} {value} is older than the United Nations (a placeholder): left out")


def _check_symbols(path: Path, item: Record | WorkMetadata) -> None:
    symbols = [item.symbol, *getattr(item, "other_symbols", [])]
    bad = next((s for s in symbols if not is_valid_symbol(s)), None)
    if bad is not None:
        raise IngestError(path, f"symbol {bad!r} does not fit the UN's document symbol scheme")
