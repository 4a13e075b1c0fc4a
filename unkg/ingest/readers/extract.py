"""Read the UN's ``data_extract`` JSON lines: per-resolution metadata the AKN4UN XML does not print.

The files come with the UN's AKN4UN repositories (``data_extract/{session}.json``): one JSON object
per line and resolution, in English, with the fields ``symbol``, ``adoption_date`` ("19 December
2024", often with a non-breaking space; older sessions "2019-11-07 00:00:00"), ``adoption_meeting``
("54th (resumed) plenary meeting"), ``session`` ("Seventy-ninth session", "2024 session"),
``agenda_item`` ("Agenda item 18 (c)", "Agenda items 12 and 115"), ``committee``,
``originating_document`` ("A/79/434, para. 21"), ``sponsors``, ``additional_sponsors``,
``voting_type`` (the AKN4UN voting outcome; missing in older sessions, where ``adoption_type``
"Without a vote" / "By a recorded vote" says it), ``MS_in_favour`` / ``MS_against`` /
``MS_abstaining`` (member states as the UN's voting record writes them, upper case) with their
``*_count`` ("N.A." where not recorded), ``SDGs`` and ``title``.

Some files wrap lines in stray double quotes (the ECOSOC 2024 file: ``"{...}"`` without escaping,
and a last line holding one quote); a line that is still no JSON object after those quotes are
taken off is an error naming the file and the line. Public verb: :func:`read_extract`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from unkg import __version__
from unkg.symbols import SymbolError, parse_symbols
from unkg.ingest.errors import IngestError, read_bytes
from unkg.record import SourceInfo, Voting, WorkMetadata

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_DATE_WORDS = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$")

_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
          "ninth": 9, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9}
_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
          "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
         "seventieth": 70, "eightieth": 80, "ninetieth": 90}

# adoption_type (older sessions) -> the AKN4UN voting outcome the newer lines carry in voting_type
_ADOPTION_TYPES = {"without a vote": "adoptedWithoutVote", "by a recorded vote": "adoptedRecordedVote",
                   "by consensus": "adoptedByConsensus", "by a vote": "adoptedByVote"}


def read_extract(path: Path) -> Iterator[WorkMetadata]:
    """Each line of a ``data_extract`` file -> one WorkMetadata, in file order.

    Raises:
        IngestError: the file cannot be read or is not UTF-8; a line is not a JSON object (the
            message names the file and the line number); an object without a ``symbol``.
    """
    path = Path(path)
    data = read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise IngestError(path, f"not UTF-8 text (byte {err.start})") from None
    source = SourceInfo(file=path.name, sha256=hashlib.sha256(data).hexdigest(), format="extract",
                        reader="read_extract", reader_version=__version__)
    for number, line in enumerate(text.splitlines(), start=1):
        obj = _object(path, number, line)
        if obj is None:
            continue
        yield _work(path, number, obj, source)


def _object(path: Path, number: int, line: str) -> dict[str, Any] | None:
    """The JSON object of one line; None for a blank line or one made only of stray quotes."""
    raw = line.strip()
    if not raw.strip('"').strip():
        return None
    unquoted = raw[1:] if raw.startswith('"') else raw  # "{...}" written without escaping, {...}" ...
    unquoted = unquoted[:-1] if unquoted.endswith('"') and not unquoted.endswith('\\"') else unquoted
    error: json.JSONDecodeError | None = None
    for candidate in dict.fromkeys((raw, unquoted)):
        try:
            value = json.loads(candidate)
            if isinstance(value, str):  # a line written as a JSON string holding the object
                value = json.loads(value)
        except json.JSONDecodeError as err:
            error = error or err
            continue
        if isinstance(value, dict):
            return value
        raise IngestError(path, f"line {number}: a JSON {type(value).__name__}, not an object")
    assert error is not None
    raise IngestError(path, f"line {number}: not a JSON object (column {error.colno}: {error.msg})")


@lru_cache(maxsize=1)
def _validator():
    """The JSON Schema of a line (``extract.schema.json`` beside this module): what unkg reads and its types."""
    from jsonschema import Draft202012Validator

    schema = json.loads(resources.files("unkg.ingest.readers").joinpath("extract.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def _check(path: Path, number: int, obj: dict[str, Any]) -> None:
    """Refuse a line whose fields have other types than the UN writes (``"sponsors": "France"``
    would otherwise be read as six sponsors F, r, a, n, c, e): one line naming the field."""
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(obj))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the line"
        raise IngestError(path, f"line {number}: {where}: {_short(error.message)}")


def _short(message: str, limit: int = 160) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _work(path: Path, number: int, obj: dict[str, Any], source: SourceInfo) -> WorkMetadata:
    if obj.get("symbol") in (None, ""):
        raise IngestError(path, f"line {number}: no symbol")
    _check(path, number, obj)
    printed = _text(obj.get("symbol"))
    if not printed:
        raise IngestError(path, f"line {number}: no symbol")
    try:
        symbol = parse_symbols(printed)[0]
    except SymbolError:
        raise IngestError(path, f"line {number}: symbol {printed!r} is not a UN document symbol") from None
    return WorkMetadata(
        symbol=symbol,
        date=_date(_text(obj.get("adoption_date"))),
        meeting=_first_number(_text(obj.get("adoption_meeting"))),
        session=_session(_text(obj.get("session")), symbol),
        agenda_items=_agenda_items(_text(obj.get("agenda_item"))),
        committee=_committee(_text(obj.get("committee"))),
        originating_document=_first_symbol(_text(obj.get("originating_document"))),
        sponsors=_names(obj.get("sponsors")),
        additional_sponsors=_names(obj.get("additional_sponsors")),
        voting=_voting(obj),
        sdgs=[s for s in (_text(x) for x in obj.get("SDGs") or []) if s],
        title=_text(obj.get("title")) or None,
        source=source,
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    return re.sub(r"\s+", " ", str(value).replace("\u00a0", " ")).strip()


def _date(text: str) -> str | None:
    """``19 December 2024`` (non-breaking space or not) or ``2019-11-07 00:00:00`` -> ``2024-12-19``."""
    m = _DATE_ISO.match(text)
    if m:
        return f"{m[1]}-{m[2]}-{m[3]}"
    m = _DATE_WORDS.match(text)
    if m and m[2].lower() in _MONTHS:
        return f"{m[3]}-{_MONTHS[m[2].lower()]:02d}-{int(m[1]):02d}"
    return None


def _first_number(text: str) -> str | None:
    m = re.search(r"\d+", text)
    return m.group(0) if m else None


def _ordinal(text: str) -> int | None:
    """English ordinal words as the UN spells sessions: ``Seventy-ninth`` -> 79, ``Tenth`` -> 10."""
    total = 0
    for word in re.split(r"[\s\-]+", text.lower()):
        if word in _TENS:
            total += _TENS[word]
        elif word in _TEENS:
            total += _TEENS[word]
        elif word in _UNITS:
            total += _UNITS[word]
        else:
            return None
    return total or None


def _session(text: str, symbol: str) -> str | None:
    """``Seventy-ninth session`` -> 79, ``2024 session`` -> 2024; else the session component of the symbol."""
    core = re.sub(r"\s*(?:\(resumed\)\s*)?session$", "", text, flags=re.I).strip()
    m = re.fullmatch(r"\d+", core)
    if m:
        return core
    n = _ordinal(core) if core else None
    if n:
        return str(n)
    m = re.match(r"^[AE]/(?:RES|DEC)/(\d+)/", symbol)
    return m.group(1) if m else None


def _agenda_items(text: str) -> list[str]:
    """``Agenda item 18 (c)`` -> [``18 (c)``]; ``Agenda items 12 and 115`` -> [``12``, ``115``]."""
    core = re.sub(r"^agenda\s+items?\s*", "", text, flags=re.I)
    out: dict[str, None] = {}
    for m in re.finditer(r"(\d+)\s*(?:\(\s*([a-z]{1,2})\s*\))?", core):
        out.setdefault(f"{m[1]} ({m[2]})" if m[2] else m[1], None)
    return list(out)


def _committee(text: str) -> str | None:
    """As written, except the AKN keys that leak into some lines: ``#fifthCommittee`` -> ``Fifth Committee``."""
    if text.startswith("#"):
        words = re.sub(r"(?<!^)([A-Z])", r" \1", text[1:])
        return " ".join(w.capitalize() for w in words.split())
    return text or None


def _first_symbol(text: str) -> str | None:
    """``A/79/434, para. 21`` -> ``A/79/434``; ``A/78/L.49 and A/78/L.49/Add.1`` -> ``A/78/L.49``."""
    head = re.split(r",|;|\s+and\s+|\s+\(|\s+as\s+", text)[0].strip()
    if not head:
        return None
    try:
        return parse_symbols(head)[0]
    except SymbolError:
        return None


def _names(value: Any) -> list[str]:
    """The names of a list, each once, in order (linear: a dict keeps them, not a list search)."""
    out: dict[str, None] = {}
    for item in value or []:
        name = _text(item)
        if name:  # a state is listed once (A/RES/75/290 A repeats its list)
            out.setdefault(name, None)
    return list(out)


def _count(value: Any) -> int | None:
    text = _text(value)
    return int(text) if text.isdigit() else None


def _voting(obj: dict[str, Any]) -> Voting | None:
    """``voting_type`` (else ``adoption_type``), the states per vote and the counts the line records."""
    outcome = _text(obj.get("voting_type"))
    if not outcome:
        outcome = _ADOPTION_TYPES.get(_text(obj.get("adoption_type")).lower(), _text(obj.get("adoption_type")))
    if not outcome:
        return None
    voting = Voting(
        outcome=outcome,
        in_favour=_names(obj.get("MS_in_favour")),
        against=_names(obj.get("MS_against")),
        abstaining=_names(obj.get("MS_abstaining")),
    )
    for key, field in (("MS_in_favour_count", "in_favour"), ("MS_against_count", "against"),
                       ("MS_abstaining_count", "abstaining")):
        n = _count(obj.get(key))
        if n is not None and (n or outcome != "adoptedWithoutVote"):
            voting.counts[field] = n
    return voting
