"""Ingest stage: UN documents in, plain Records out (never RDF).

``read(path)`` is the stage's one entry point: it picks the reader by file type (AKN4UN XML,
text, PDF, the UN's data_extract JSON lines) and returns what the file holds.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from unkg.ingest.errors import IngestError
from unkg.record import Record, WorkMetadata

READERS = {
    ".xml": ("unkg.ingest.read_akn", "read_akn"),
    ".txt": ("unkg.ingest.read_text", "read_text"),
    ".md": ("unkg.ingest.read_text", "read_text"),
    ".pdf": ("unkg.ingest.read_pdf", "read_pdf"),
    ".json": ("unkg.ingest.read_extract", "read_extract"),
    ".jsonl": ("unkg.ingest.read_extract", "read_extract"),
}


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read(path: str | Path) -> list[Record | WorkMetadata]:
    """Everything one file holds: one Record for a document, WorkMetadata lines for data_extract."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(path, "no such file")
    try:
        module, verb = READERS[path.suffix.lower()]
    except KeyError:
        raise IngestError(path, f"unsupported file type {path.suffix or '(none)'}: expected {', '.join(sorted(READERS))}") from None
    result = getattr(importlib.import_module(module), verb)(path)
    if isinstance(result, Record):
        return [result]
    return list(result)
