"""UN document symbols: every printed form parsed and normalised into one symbol, its kind and number.

The UN document symbol is the identity citations carry, so everything downstream keys on the
one symbol this module gives for any printed form: ``第 70/125 号决议``, ``resolution 70/125``,
``217 A (III)``, ``A/77/62-E/2022/8``, ``undocs.org/ch/...``, an AKN FRBR URI. Forms follow the UN's
"United Nations Document Symbols" conventions (ST/LIB/SER.B/5/Rev.5): bodies' series (``A/``,
``E/``, ``S/``), ``RES``/``DEC`` components, sessions, and the pre-1976 General Assembly numbering
``217 A (III)`` which undocs.org writes ``A/RES/217(III)``.

``slug`` makes the registry keys and the path segments that IRIs use.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

from unkg.numerals import to_roman

__all__ = ["SymbolError", "is_valid_symbol", "normalise_symbol", "parse_symbols", "slug", "symbol_kind", "symbol_number"]


class SymbolError(ValueError):
    """A string that is not (or does not contain) a UN document symbol."""


# --- the symbol normaliser ---------------------------------------------------------------

_ROMAN = r"(?:[IVXL]+|\d+)"
_FULLWIDTH = str.maketrans({"（": "(", "）": ")", "／": "/", "－": "-", "‐": "-", "–": "-", "—": "-", "．": "."})

# AKN FRBR URIs: /akn/un/statement/deliberation/unecosoc/2022-07-21/2022-15/...
_AKN = re.compile(r"/akn/un/[^/]+/[^/]+/(?P<actor>un[a-z]+)/(?P<date>[0-9-]+)/(?P<num>[^/]+)")
_AKN_ACTOR = {"unga": "A", "unecosoc": "E", "unsc": "S"}

# undocs.org / docs.un.org links: https://undocs.org/ch/A/RES/70/125, https://undocs.org/A/RES/70/125,
# https://undocs.org/Home/Mobile?FinalSymbol=A%2FRES%2F70%2F125
_LINK = re.compile(
    r"^(?:https?:)?//(?:www\.)?(?:undocs\.org|docs\.un\.org|documents\.un\.org)/"
    r"(?:(?:ar|ch|zh|en|fr|ru|es|sp)/)?(?P<rest>.+)$",
    re.I,
)
_FINAL_SYMBOL = re.compile(r"FinalSymbol=([^&]+)", re.I)

# old GA numbering: 217 A (III), 2200 A (XXI), 217(III), A/RES/217 A (III)
_OLD_GA = re.compile(
    rf"^(?:A/RES/)?(?P<n>\d{{1,4}})\s*(?P<letter>[A-Z])?\s*\((?P<sess>{_ROMAN}|ES-{_ROMAN}|S-{_ROMAN})\)$"
)
# the same numbering as Arabic prints it: 217 ألف (د-3) is 217 A (III); a special session is
# (دإ-4) = S-IV, an emergency special session (دإط-5) = ES-V
_AR_OLD_GA = re.compile(r"^(?P<n>\d{1,4})\s*(?:ألف|باء|جيم|دال|هاء)?\s*\((?P<kind>دإط|دإ|د)\s*-\s*(?P<sess>\d{1,2})\)$")
_AR_SESSION_KIND = {"د": "", "دإ": "S-", "دإط": "ES-"}
# S/RES/2618 (2022)
_SC = re.compile(r"^S/RES/(?P<n>\d+)\s*\((?P<year>\d{4})\)$")
# "(Security Council) resolution 2722 (2024)": only the Council numbers its resolutions with the year
_SC_BARE = re.compile(r"^(?P<n>\d{1,4})\s*\((?P<year>(?:19[4-9]|20\d)\d)\)$")
# bare resolution numbers: 70/125 (GA, session/number), 2022/15 (ECOSOC, year/number). The Assembly
# numbers session/number from its thirty-first session (1976, resolution 31/1); before it printed
# 217 A (III), so a bare 2/21 or 14/221 is another body's number (UNEA, HRC, the Arab League)
FIRST_NUMBERED_GA_SESSION = 31
_BARE = re.compile(r"^(?P<a>\d{1,4})/(?P<b>\d{1,4})(?:\s*(?P<letter>[A-Z]))?$")
# bare numbers of the GA's special and emergency special sessions: S-24/2, ES-10/13
_BARE_SPECIAL = re.compile(r"^(?P<s>ES|S|دإط|دإ|دا)-(?P<a>\d{1,2})/(?P<b>\d{1,3})$")
# a full symbol: series letters, then slash-separated components
# (the series may be another UN-system body's: ESCAP/78/12/Add.1, UNEP/EA.4/Res.10, and the World
# Health Assembly's carries its session: WHA68/2015/REC/1)
_FULL = re.compile(r"^[A-Z]{1,6}(?:\d{1,3}|\.\d+)?(?:/[A-Za-z0-9.()\-]+)+$")

# words around a number that say what it is, in the six languages
_DECISION_WORDS = re.compile(r"decision|décision|decisión|решени|مقرر|决定", re.I)
_PREFIX_WORDS = re.compile(
    r"^(?:(?:general\s+assembly|economic\s+and\s+social\s+council|security\s+council|council|assembly|its)\s+)*"
    r"(?:resolutions?|decisions?|document|symbol)\s+",
    re.I,
)
_ZH_WRAPPED = re.compile(r"^(?:大会|经社理事会|安理会|安全理事会|理事会)?第\s*(?P<core>.+?)\s*号(?:决议|决定)?$")
_TRAILING_WORDS = re.compile(r"\s*(?:号决议|号决定|号)$")


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FULLWIDTH)
    text = re.sub(r"\s+", " ", text).strip().strip(".,;:。，；：")
    return text


def parse_symbols(text: str, *, decision: bool | None = None) -> list[str]:
    """Every symbol a printed reference carries, normalised; the first is the primary one.

    ``A/77/62-E/2022/8`` is one document with two symbols and gives both. ``decision`` says the
    context names a decision (``decision 2022/215``), which bare numbers cannot show.

    Raises:
        SymbolError: the text is not a UN document symbol in any form this normaliser knows.
    """
    return _checked(_parse(text, decision), text)


def _parse(text: str, decision: bool | None) -> list[str]:
    raw = _clean(text)
    if not raw:
        raise SymbolError(f"empty symbol: {text!r}")

    m = _AKN.search(raw)
    if m:
        series = _AKN_ACTOR.get(m["actor"])
        if series is None:
            raise SymbolError(f"unknown AKN actor {m['actor']!r} in {text!r}")
        num = m["num"]
        if series == "S":
            n, _, year = num.partition("-")
            return [f"S/RES/{n}({year})"]
        parts = num.split("-")
        return [f"{series}/RES/{'/'.join(parts)}"]

    m = _LINK.match(raw)
    if m:
        rest = unquote(m["rest"])
        fs = _FINAL_SYMBOL.search(rest)
        if fs:
            rest = unquote(fs.group(1))
        rest = rest.split("#")[0].split("?")[0].rstrip("/")
        return parse_symbols(rest, decision=decision)

    if decision is None:
        decision = bool(_DECISION_WORDS.search(raw))

    zh = _ZH_WRAPPED.match(raw)
    if zh:
        raw = zh["core"]
    raw = _TRAILING_WORDS.sub("", raw)
    raw = _PREFIX_WORDS.sub("", raw).strip()

    m = _SC_BARE.match(raw)  # before the old GA numbering, whose session may be printed in digits
    if m:
        return [f"S/RES/{m['n']}({m['year']})"]

    m = _OLD_GA.match(raw)
    if m:
        return [f"A/RES/{m['n']}({m['sess']})"]

    m = _AR_OLD_GA.match(raw)
    if m:
        return [f"A/RES/{m['n']}({_AR_SESSION_KIND[m['kind']]}{to_roman(int(m['sess']))})"]

    m = _SC.match(raw)
    if m:
        return [f"S/RES/{m['n']}({m['year']})"]

    m = _BARE.match(raw)
    if m:
        a, b = m["a"], m["b"]
        letter = m["letter"] or ""  # 75/290 A is A/RES/75/290A, as undocs.org writes it
        if len(a) == 4:  # ECOSOC numbers resolutions and decisions by year
            return [f"E/{'DEC' if decision else 'RES'}/{a}/{b}{letter}"]
        if int(a) < FIRST_NUMBERED_GA_SESSION:
            raise SymbolError(
                f"not a General Assembly number: {text!r} (the Assembly numbers session/number from its "
                f"{FIRST_NUMBERED_GA_SESSION}st session; earlier resolutions print 217 A (III))"
            )
        return [f"A/{'DEC' if decision else 'RES'}/{a}/{b}{letter}"]

    m = _BARE_SPECIAL.match(raw)
    if m:
        series = {"دإط": "ES", "دإ": "S", "دا": "S"}.get(m["s"], m["s"])  # Arabic: دإط-10/13 is ES-10/13
        return [f"A/{'DEC' if decision else 'RES'}/{series}-{m['a']}/{m['b']}"]

    # joint symbols: A/77/62-E/2022/8 (the hyphen stands between two full symbols)
    pieces = re.split(r"\s*-\s*(?=[A-Z]{1,4}(?:\.\d+)?/)", raw)
    out: list[str] = []
    for piece in pieces:
        piece = re.sub(r"\s+", "", piece)
        piece = re.sub(r"^([A-Z]+)/RES/(\d+)\((\d{4})\)$", r"\1/RES/\2(\3)", piece)
        m = _OLD_GA.match(piece)
        if m:
            out.append(f"A/RES/{m['n']}({m['sess']})")
            continue
        if not _FULL.match(piece):
            raise SymbolError(f"not a UN document symbol: {text!r}")
        out.append(piece)
    return out


# --- strict validity ------------------------------------------------------------------------

MAX_SYMBOL = 80  # the longest symbols the UN prints (A/CONF.231/3/Add.1/Rev.1 ...) are far shorter
_SERIES = re.compile(r"^[A-Z]{1,6}(?:\d{1,3}|\.\d{1,4})?$")  # A, E, S, ST, UNEP, ESCAP, WHA68 ..., A.1 ...
_COMPONENT = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9()\-]|\.(?!\.))*$")  # no '.', '..', leading dot, slash or space
_NUMBERED = re.compile(r"\d")
# a body's session, printed as the stem of its documents' symbols ("the Second Committee (A/C.2/59)",
# "A/HRC/55", "E/CN.16/2024"): no document has it as its whole symbol
_SESSION_ONLY = re.compile(r"^(?:A/C\.[1-6]/\d{2}|A/HRC/\d{1,2}|E/CN\.\d{1,2}/(?:19|20)\d\d)$")


def is_valid_symbol(symbol: str) -> bool:
    """Whether ``symbol`` is a normalised UN document symbol by the scheme of ST/LIB/SER.B/5/Rev.5:
    a series of 1-6 capital letters (a session's number may follow: WHA68), then slash-separated components of letters, digits and
    ``.()-`` (never empty, never ``.``/``..``, no leading dot), and after ``RES``/``DEC`` only
    numbered components (``E/RES/2022/15``, ``A/RES/217(III)``, ``A/RES/ES-10/13``). A body's session
    (``A/C.2/59``, ``A/HRC/55``, ``E/CN.16/2024``) is the stem of its documents' symbols, not a document.

    It refuses what would otherwise become an IRI path outside ``doc/`` (``E/RES/../../etc``) or
    a symbol made of leftovers (``E/RES/A`` from a malformed AKN FRBR URI)."""
    if not isinstance(symbol, str) or not 0 < len(symbol) <= MAX_SYMBOL:
        return False
    parts = symbol.split("/")
    if len(parts) < 2 or not _SERIES.match(parts[0]):
        return False
    if not all(_COMPONENT.match(p) for p in parts[1:]):
        return False
    if _SESSION_ONLY.match(symbol):
        return False
    for kind in ("RES", "DEC"):
        if kind in parts[1:]:
            rest = parts[parts.index(kind, 1) + 1 :]
            if not rest or not all(_NUMBERED.search(p) for p in rest):
                return False
    return True


def _checked(symbols: list[str], text: str) -> list[str]:
    for s in symbols:
        if not is_valid_symbol(s):
            raise SymbolError(f"not a UN document symbol: {text!r} gives {s!r}, which does not fit the UN's scheme")
    return symbols


def normalise_symbol(text: str, *, decision: bool | None = None) -> str:
    """The one normalised symbol for any printed form (the primary one of a joint symbol).

    >>> normalise_symbol("第 70/125 号决议")
    'A/RES/70/125'
    """
    return parse_symbols(text, decision=decision)[0]


def symbol_kind(symbol: str) -> str:
    """resolution | decision | document, from the symbol's components."""
    parts = symbol.split("/")
    if "RES" in parts:
        return "resolution"
    if "DEC" in parts:
        return "decision"
    return "document"


def symbol_number(symbol: str) -> str | None:
    """The resolution or decision number as the UN writes it in English: 2022/15, 79/194, 217 A (III)."""
    m = re.match(r"^[AE]/(?:RES|DEC)/(.+)$", symbol)
    if m:
        rest = m.group(1)
        old = re.match(r"^(\d+)\((.+)\)$", rest)
        if old:
            return f"{old[1]} ({old[2]})"
        return rest
    m = re.match(r"^S/RES/(\d+)\((\d{4})\)$", symbol)
    if m:
        return f"{m[1]} ({m[2]})"
    return None


def file_name_number(name: str) -> str | None:
    """The resolution number a UN file name carries: A_RES_78_130-2325874F.xml, 75_202_C.xml, E_RES_2022_15-...xml."""
    m = re.match(r"^(?:[AE]_RES_)?(\d{2,4})_(\d{1,4})(?![0-9])", name)
    return f"{m.group(1)}/{m.group(2)}" if m else None


def slug(text: str) -> str:
    """Registry keys: lower case, ASCII letters, digits and hyphens (``notes with concern`` -> ``notes-with-concern``)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"
