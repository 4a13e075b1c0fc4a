"""Errors the ingest layer raises for bad input: one line, naming the file and what is wrong."""

from __future__ import annotations

import re
from pathlib import Path


class IngestError(Exception):
    """Bad input: ``str(err)`` is the one-line message ``{file}: {problem}`` the CLI prints."""

    def __init__(self, path: str | Path | None, problem: str) -> None:
        self.path = str(path) if path is not None else None
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.path}: {self.problem}" if self.path else self.problem)


class NotAResolution(IngestError):
    """The file is readable but is not a UN resolution or decision."""


def read_bytes(path: Path) -> bytes:
    """A source file's bytes, or IngestError naming the file and why it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise IngestError(path, f"cannot read the file: {err.strerror or err}") from None


_SKIP_DETAIL = re.compile(r"\s*\(.*$|:\s.*$")
_SKIP_NAMES = re.compile(r"https?://\S+|\S+\.(?:xml|txt|md|pdf|json|jsonl|zip)\b")


def skip_reason(problem: str) -> str:
    """What kind of problem a skipped file had: its line without the file's name and the details
    ("not well-formed XML", "a file in a language unkg does not read"), to count files by reason."""
    _, _, rest = problem.partition(": ")
    return _SKIP_NAMES.sub("…", _SKIP_DETAIL.sub("", rest or problem)).strip() or problem
