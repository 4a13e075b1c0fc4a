"""Ingest stage: UN documents in, plain Records out (never RDF).

``read(path)`` is the stage's one entry point: it picks the reader by file type from :data:`READERS`
(AKN4UN XML, text, PDF, the UN's data_extract JSON lines) and returns what the file holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from unkg.ingest.errors import IngestError
from unkg.ingest.readers.akn import read_akn
from unkg.ingest.readers.extract import read_extract
from unkg.ingest.readers.pdf import read_pdf
from unkg.ingest.readers.text import read_text
from unkg.record import Record, WorkMetadata

READERS: dict[str, Callable[[Path], Record | Iterable[WorkMetadata]]] = {
    ".xml": read_akn,
    ".txt": read_text,
    ".md": read_text,
    ".pdf": read_pdf,
    ".json": read_extract,
    ".jsonl": read_extract,
}


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read(path: str | Path) -> list[Record | WorkMetadata]:
    """Everything one file holds: one Record for a document, WorkMetadata lines for data_extract."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(path, "no such file")
    try:
        reader = READERS[path.suffix.lower()]
    except KeyError:
        raise IngestError(path, f"unsupported file type {path.suffix or '(none)'}: expected {', '.join(sorted(READERS))}") from None
    result = reader(path)
    if isinstance(result, Record):
        return [result]
    return list(result)
