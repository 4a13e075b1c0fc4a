"""What changed between two works, and where each paragraph's words first appeared.

``compare(store, OLD, NEW, lang)`` is what ``unkg diff`` prints: the alignment the lineage graph
holds for the pair (the one computed at ingest, when NEW follows OLD in a series), else the same
language-neutral alignment computed now from the store's texts; then, for the language asked,
each pair is ``same`` (the same words in that language, numbers, years and symbols aside) or
``amended`` with its word-level edits. Output follows ``contracts/comparison.schema.json``.

``origin(store, SYMBOL, lang)`` is what ``unkg origin`` prints (``contracts/origin.schema.json``):
for each paragraph, the earliest paragraph of any work adopted before it with the same or nearly
the same words, found through the near-duplicate index (``unkg.lineage.index``).
"""

from __future__ import annotations

from dataclasses import dataclass

from unkg.lineage.align import Alignment, Pair, align
from unkg.lineage.errors import LineageError, NotInStore
from unkg.lineage.index import open_index, update_index
from unkg.lineage.text import edits, similarity
from unkg.lineage.units import WorkText, read_works
from unkg.record import LANGUAGES
from unkg.symbols import SymbolError, normalise_symbol

ORIGIN_SIMILARITY = 0.8  # "the same or nearly the same words"

# the pairs of the lineage graph of NEW, when it compares NEW with OLD
_STORED_PAIRS = """SELECT ?new ?old ?sim ?moved WHERE {
  GRAPH <%(g)s> {
    <%(c)s> unkg:comparisonOf <%(new)s> ; unkg:comparedWith <%(old)s> .
    OPTIONAL { ?new prov:qualifiedDerivation ?rev . ?rev prov:entity ?old ; unkg:similarity ?sim ; unkg:moved ?moved }
  }
}"""


@dataclass
class Comparison:
    old: WorkText
    new: WorkText
    language: str
    alignment: Alignment
    stored: bool  # read from the lineage graph (else computed now)

    def pairs(self) -> list[dict]:
        lang = self.language
        out = []
        for p in self.alignment.pairs:
            item: dict = {"new": p.new, "old": p.old, "change": "new"}
            if p.old is not None:
                a, b = self.old.text(lang, p.old) or "", self.new.text(lang, p.new) or ""
                same = self.old.words(lang, p.old) == self.new.words(lang, p.new)
                item["change"] = "same" if same else "amended"
                item["similarity"] = 1.0 if same else min(round(similarity(self.old.words(lang, p.old), self.new.words(lang, p.new)), 4), 0.9999)
                item["moved"] = p.moved
                if not same:
                    item["edits"] = [{"op": e.op, "text": e.text} for e in edits(a, b)]
            out.append(item)
        return out

    def to_dict(self) -> dict:
        pairs = self.pairs()
        counts = {"same": 0, "amended": 0, "new": 0, "dropped": len(self.alignment.dropped)}
        for p in pairs:
            counts[p["change"]] += 1
        return {
            "old": self.old.symbol,
            "new": self.new.symbol,
            "language": self.language,
            "pairs": pairs,
            "dropped": list(self.alignment.dropped),
            "counts": counts,
        }


def _symbol(text: str) -> str:
    try:
        return normalise_symbol(text)
    except SymbolError as e:
        raise LineageError(f"{text!r} is not a UN document symbol ({e})") from None


def _check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise LineageError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")


def load_works(store, *symbols: str) -> list[WorkText]:
    """The works' texts, by symbol; LineageError naming the first the store holds no text of."""
    normal = [_symbol(s) for s in symbols]
    found = read_works(store, normal)
    out = []
    for given, symbol in zip(symbols, normal):
        work = found.get(store.minter.work(symbol))
        if work is None or not work.texts:
            raise NotInStore(f"{given}: no such work in the store (ingest it first)")
        out.append(work)
    return out


def stored_alignment(store, old: WorkText, new: WorkText) -> Alignment | None:
    """The alignment the lineage graph holds of NEW with OLD, or None."""
    m = store.minter
    rows = list(store.query(_STORED_PAIRS % {"g": m.lineage_graph(new.symbol), "c": m.comparison(new.symbol), "new": new.iri, "old": old.iri}))
    if not rows:
        return None
    pairs: dict[str, tuple[str, float, bool]] = {}
    for row in rows:
        if row["new"] is None:
            continue
        n = row["new"].value[len(new.iri) + 1 :]
        o = row["old"].value[len(old.iri) + 1 :]
        pairs[_uid(n)] = (_uid(o), float(row["sim"].value), row["moved"].value == "true")
    langs = [lang for lang in new.languages if lang in old.texts]
    a = Alignment(old.symbol, new.symbol, langs)
    used = set()
    for uid in new.order:
        if uid in pairs:
            o, sim, moved = pairs[uid]
            used.add(o)
            a.pairs.append(Pair(uid, o, "same" if sim >= 1 else "amended", sim, moved))
        else:
            a.pairs.append(Pair(uid, None, "new"))
    a.dropped = [uid for uid in old.order if uid not in used]
    return a


def _uid(path: str) -> str:
    """``annex-I/op/12`` -> ``annex-I/op:12``."""
    head, _, num = path.rpartition("/")
    return f"{head}:{num}"


def compare(store, old_symbol: str, new_symbol: str, lang: str = "en") -> Comparison:
    """Compare two works paragraph by paragraph in ``lang`` (see the module docstring)."""
    _check_language(lang)
    old, new = load_works(store, old_symbol, new_symbol)
    if old.iri == new.iri:
        raise LineageError(f"{new.symbol} compared with itself: give two different works")
    if lang not in old.texts or lang not in new.texts:
        missing = [w for w in (old, new) if lang not in w.texts]
        holds = "; ".join(f"{w.symbol} is in {', '.join(w.languages)}" for w in missing)
        raise NotInStore(f"no {lang} text of {' and '.join(w.symbol for w in missing)} in the store ({holds})")
    alignment = stored_alignment(store, old, new)
    stored = alignment is not None
    if alignment is None:
        alignment = align(old, new)
    return Comparison(old, new, lang, alignment, stored)


def origin(store, symbol: str, lang: str = "en") -> dict:
    """Where each paragraph of ``symbol`` first appeared, in ``lang`` (``contracts/origin.schema.json``)."""
    _check_language(lang)
    (work,) = load_works(store, symbol)
    if lang not in work.texts:
        raise NotInStore(f"no {lang} text of {work.symbol} in the store (it is in {', '.join(work.languages)})")
    if not work.date:
        raise LineageError(f"{work.symbol} has no date of adoption in the store: nothing is known to come before it")
    index = open_index(store, read_only=True)
    if index.fresh:  # never built here (a remote store, or a store made before lineage): build it now
        index.close()
        update_index(store)
        index = open_index(store, read_only=True)
    m = store.minter
    paragraphs = []
    try:
        for uid in work.order:
            ws = work.words(lang, uid) if work.text(lang, uid) is not None else ()
            found = index.earliest(ws, lang, work.date, minimum=ORIGIN_SIMILARITY, exclude=work.iri)
            entry: dict = {"id": uid, "origin": None}
            if found:
                entry["origin"] = {
                    "symbol": m.symbol_of(found.work) or found.work,
                    "paragraph": found.unit,
                    "date": found.date[:10],
                    "similarity": found.similarity,
                }
            paragraphs.append(entry)
    finally:
        index.close()
    return {"symbol": work.symbol, "language": lang, "paragraphs": paragraphs}
