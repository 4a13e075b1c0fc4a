"""Precision and recall of what unkg reads from the texts, against the hand-annotated gold set.

    python -m tests.gold.score            # the table, per kind, every gold document and language
    python -m tests.gold.score --heldout  # the same for the held-out set (tests/gold/heldout/)
    python -m tests.gold.score -v         # and each miss and each wrong answer

Each ``tests/gold/*.json`` is one resolution annotated by hand from its English text and checked
against its Chinese or Arabic version (README.md here). The same facts are expected from every
language version the file names: each (document, language) is scored, and the counts are pooled.
The versions of a document are aligned together before they are scored (``unkg.ingest.align``),
as ``unkg ingest`` aligns the siblings of one work: what is scored is what the store holds.
A gold item marked ``doubtful`` is optional: finding it is not counted, missing it is not a miss.

Kinds:
- citations: (paragraph, cited symbol); a footnote's citation counts for the paragraph that calls
  the footnote (``called_from``) as well as for the footnote;
- instruments: (paragraph, instrument named by its name), the gold name resolved through the
  registries; one no registry holds is compared, as entities are, with the instrument names found
  that no registry holds; each found once a paragraph, a footnote's also for its calling paragraph
  (as citations); an instrument cited by symbol or number only ("resolution 70/1") is a citation;
- addressees: (paragraph, who is asked), the gold name resolved through the registries or compared
  with the entity's English name;
- deadlines: (paragraph, who, session/year/date) of the asks the gold gives a deadline;
- events: (paragraph, event), an event matching by its edition and dates or its name;
- event facts: of the events found, each of start, end, place and country the gold states;
- entities: (paragraph, entity) for every body, State, instrument and event a paragraph names; a
  group of actors the extraction finds (Member States, civil society, donors: ``Entity.group``) is an
  addressee, not an entity, as the gold's README defines entities (generic phrases are not entities),
  so it is left out of the entities compared, and still counted among addressees.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus"
KINDS = ("citations", "instruments", "addressees", "deadlines", "events", "event facts", "entities")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _norm(name: str) -> str:
    name = re.sub(r"[’'`]", "'", name.casefold())
    name = re.sub(r"^(?:the|a|an)\s+", "", name)
    return re.sub(r"[^\w']+", " ", name).strip()


def _slug(text: str) -> str:
    from unkg.symbols import slug

    return slug(text)


@cache
def _registry_id(name: str) -> str | None:
    from unkg.reference import load

    entry = load().lookup(name, "en") or load().lookup(re.sub(r"^(?:the)\s+", "", name, flags=re.I), "en")
    return entry.id if entry else None


# what a generic addressee's printed name says of how many or on what condition, not who: "all
# Governments", "other donors", "Member States in a position to do so", "administering Powers concerned"
_QUANTIFIER = re.compile(r"^(?:(?:all|other|those|these|any)\s+(?:of\s+the\s+)?)+", re.I)
_CONDITION = re.compile(r"\s+(?:(?:that|which|who)\s+are\s+)?(?:in\s+a\s+position\s+(?:to\s+)?do\s+so|concerned)$", re.I)


def same_entity(gold_name: str, entity) -> bool:
    """A gold name (English, free form) and an extracted entity name the same thing; a group (Member
    States, donors) whatever quantifier or condition the gold's or the extracted printed form adds to
    its name ("administering Powers concerned" is the administering Powers either way)."""
    if entity.group and _registry_id(gold_name) is None:  # "All States" is a registry name as printed
        gold_name = _CONDITION.sub("", _QUANTIFIER.sub("", gold_name.strip()))
    rid = _registry_id(gold_name)
    if rid is not None and entity.known:
        return rid == entity.id
    # an office of a body the registry holds, by its title and the body's id (as unkg mints it):
    # "secretariat of the United Nations Convention to Combat Desertification" is the secretariat of
    # the Convention whichever of its names either prints
    office = re.match(r"^(?:the\s+)?(?P<title>.+?)\s+of\s+(?P<body>(?:the\s+)?[A-Z].*)$", gold_name.strip())
    if office and entity.type == "office" and not entity.known and (body := _registry_id(office["body"])) is not None:
        if entity.id == f"{_slug(office['title'])}-of-{body}":
            return True
    names = {_norm(entity.en), _norm(entity.label)}
    if entity.group and not entity.known:
        names |= {_norm(_CONDITION.sub("", _QUANTIFIER.sub("", n.strip()))) for n in (entity.en, entity.label) if n}
    if entity.acronym:
        names.add(_norm(entity.acronym))
    g = _norm(gold_name)
    return g in names or any(difflib.SequenceMatcher(None, g, n).ratio() >= 0.85 for n in names if n)


def _match(gold: list[dict], found: list, same, tally: Tally, label, exact=None) -> list[tuple[dict, object]]:
    """Pair gold items with found ones (one each), and count: a found item no gold item takes is a
    false positive unless it matches a doubtful gold item. With ``exact``, the pairs it accepts are
    made first, so that a loose match ("Ministerial Conference on ..." in "Third Global High-level
    Ministerial Conference on ...") does not take the item another gold item names exactly."""
    pairs = []
    left = list(found)
    order = sorted(gold, key=lambda g: bool(g.get("doubtful")))  # a required item before an optional one
    hits: dict[int, object] = {}
    for test in ([exact] if exact else []) + [same]:
        for i, g in enumerate(order):
            if i in hits:
                continue
            hit = next((f for f in left if test(g, f)), None)
            if hit is not None:
                left.remove(hit)
                hits[i] = hit
    for i, g in enumerate(order):
        if i in hits:
            pairs.append((g, hits[i]))
            if not g.get("doubtful"):
                tally.tp += 1
        elif not g.get("doubtful"):
            tally.fn += 1
            tally.misses.append(label(g))
    tally.fp += len(left)
    tally.extras.extend(str(x) for x in left)
    return pairs


def _anchor_of(record):
    notes = {f"fn:{f.number}": f.paragraph for f in record.footnotes}
    return lambda anchor: notes.get(anchor, anchor)


def score_record(gold: dict, record, tallies: dict[str, Tally]) -> None:
    caller = _anchor_of(record)
    where = f"{record.symbol} [{record.language}]"

    # citations: each found (anchor, target) once; a footnote's also for its calling paragraph
    found = {(c.paragraph, c.target) for c in record.citations if not _names_instrument(c) and c.paragraph != "title"}
    found |= {(caller(a), t) for a, t in found if a.startswith("fn:")}
    gold_items = []
    for c in gold["citations"]:
        gold_items.append({**c})
        if c.get("called_from"):
            gold_items.append({**c, "paragraph": c["called_from"]})
    gold_keys = {(g["paragraph"], g["target"]) for g in gold_items}
    found_items = [{"paragraph": a, "target": t} for a, t in sorted(found)]
    _match(
        [dict(t) for t in sorted({tuple(sorted(g.items())) for g in gold_items}, key=str)],
        found_items,
        lambda g, f: (g["paragraph"], g["target"]) == (f["paragraph"], f["target"]),
        tallies["citations"],
        lambda g: f"{where} {g['paragraph']} {g['target']}",
    )
    del gold_keys

    # named instruments: each found (anchor, instrument) once, a footnote's also for its calling
    # paragraph (as citations); one cited only by symbol or number ("resolution 70/1") is a citation
    found_inst: dict[tuple, object] = {}
    for c in record.citations:
        if c.paragraph != "title" and _names_instrument(c):
            found_inst.setdefault((c.paragraph, c.target), c.target)
    # a name of an instrument: a registry's by its symbol (or id), as its citations; one no registry
    # holds as the entity found
    for m in record.mentions:
        if m.entity.type == "instrument" and m.paragraph != "title":
            key = _registry_symbol(m.entity.id) if m.entity.known else m.entity.id
            found_inst.setdefault((m.paragraph, key), key if m.entity.known else m.entity)
    for (a, key), target in list(found_inst.items()):
        if a.startswith("fn:"):
            found_inst.setdefault((caller(a), key), target)
    # ... and each gold instrument once a paragraph too: one named in a paragraph and in the footnote
    # it calls is one instrument of that paragraph, as it is found once
    # (required, if either is)
    once: dict[tuple[str, str], dict] = {}
    for g in gold.get("instrument_citations", []):
        for item in [g] + ([{**g, "paragraph": g["called_from"]}] if g.get("called_from") else []):
            key = (item["paragraph"], item["name"])
            if key not in once or once[key].get("doubtful") and not item.get("doubtful"):
                once[key] = item
    gold_inst = list(once.values())
    _match(
        gold_inst,
        [(a, target) for (a, _), target in found_inst.items()],
        lambda g, f: g["paragraph"] == f[0] and (
            _instrument_target(g["name"]) == f[1] if isinstance(f[1], str)
            else _instrument_target(g["name"]) is None and same_entity(g["name"], f[1])),
        tallies["instruments"],
        lambda g: f"{where} {g['paragraph']} {g['name']}",
    )

    # addressees
    asks = [(a.paragraph, a.entity) for a in record.addressees]
    _match(
        gold["addressees"],
        asks,
        lambda g, f: g["paragraph"] == f[0] and same_entity(g["addressee"], f[1]),
        tallies["addressees"],
        lambda g: f"{where} {g['paragraph']} {g['addressee']}",
    )

    # deadlines: of the asks with a deadline in the gold, or found with one
    with_deadline = [g for g in gold["addressees"] if g.get("deadline")]
    found_deadlines = [(a.paragraph, a.entity, getattr(a, "deadline", None)) for a in record.addressees if getattr(a, "deadline", None)]
    _match(
        with_deadline,
        found_deadlines,
        lambda g, f: g["paragraph"] == f[0] and same_entity(g["addressee"], f[1]) and _same_deadline(g["deadline"], f[2]),
        tallies["deadlines"],
        lambda g: f"{where} {g['paragraph']} {g['addressee']} {g['deadline']}",
    )

    # events and what the text states of them
    events = [(e.paragraph, e) for e in record.events]
    pairs = _match(
        gold["events"],
        events,
        lambda g, f: g["paragraph"] == f[0] and _same_event(g, f[1]),
        tallies["events"],
        lambda g: f"{where} {g['paragraph']} {g['name']}",
        exact=lambda g, f: g["paragraph"] == f[0] and _norm(g["name"]) in (_norm(f[1].entity.en), _norm(f[1].entity.label), _norm(f[1].as_printed or "")),
    )
    facts = tallies["event facts"]
    for g, (_, e) in pairs:
        if g.get("doubtful"):
            continue
        for key in ("start", "end", "place", "country"):
            want, got = g.get(key), getattr(e, key)
            if want and got == want:
                facts.tp += 1
            elif want and not got:
                facts.fn += 1
                facts.misses.append(f"{where} {g['paragraph']} {g['name']} {key}={want}")
            elif got and want != got:
                facts.fp += 1
                facts.fn += bool(want)
                facts.extras.append(f"{where} {g['paragraph']} {g['name']} {key}={got} (gold {want})")

    # entities: each (paragraph, entity) once; groups are not entities (README: generic phrases)
    seen = {}
    for m in record.mentions:
        if m.paragraph == "title" or m.entity.group:
            continue
        seen.setdefault((m.paragraph, m.entity.id), m.entity)
    for e in record.events:
        seen.setdefault((e.paragraph, e.entity.id), e.entity)
    _match(
        gold["entities"],
        [(p, e) for (p, _), e in seen.items()],
        lambda g, f: g["paragraph"] == f[0] and same_entity(g["name"], f[1]),
        tallies["entities"],
        lambda g: f"{where} {g['paragraph']} {g['name']}",
    )


def _names_instrument(citation) -> bool:
    """A citation by an instrument's name ("the 2030 Agenda", its target A/RES/70/1), which the gold
    counts among instruments, not among citations by symbol or number (README)."""
    return citation.target_kind == "instrument" or (
        _is_instrument_symbol(citation.target) and not re.search(r"/|\d\s*(?:[A-Z]\s*)?\(", citation.as_printed)
    )


@cache
def _registry_symbol(entry_id: str) -> str:
    from unkg.reference import load

    entry = load().entries.get(entry_id)
    return (entry.data.get("symbol") if entry else None) or entry_id


def _is_instrument_symbol(target: str) -> bool:
    from unkg.reference import load

    return any(e.data.get("symbol") == target for e in load().of_kind("instruments"))


@cache
def _instrument_target(name: str) -> str | None:
    from unkg.reference import load

    # the name, without its article, and a name printed with its short name or year in parentheses
    # ("... for Women Offenders (the Bangkok Rules)", "International Health Regulations (2005)") by either
    forms = [name, re.sub(r"^the\s+", "", name, flags=re.I)]
    if m := re.fullmatch(r"(.+?)\s*\((?:the\s+)?([^()]+)\)", name, flags=re.I):
        forms += [m.group(1), m.group(2)]
    for form in forms:
        if entry := load().lookup(form, "en", ("instruments",)):
            return _registry_symbol(entry.id)
    return None


def _same_deadline(gold: dict, found) -> bool:
    if found is None:
        return False
    for key in ("session", "year", "date"):
        if gold.get(key) and str(gold[key]) != str(getattr(found, key, None) or ""):
            return False
    return True


def _same_event(gold: dict, event) -> bool:
    if gold.get("edition") and event.edition and str(gold["edition"]) != str(event.edition):
        return False
    if gold.get("start") and event.start and gold["start"][:4] == event.start[:4] and gold.get("edition") == event.edition:
        return True
    names = [_norm(event.entity.en), _norm(event.entity.label), _norm(event.as_printed or "")]
    g = _norm(gold["name"])
    return any(n and (g in n or n in g or difflib.SequenceMatcher(None, g, n).ratio() >= 0.75) for n in names)


def _as_gold_numbers(record, draft: str | None):
    """The record with its anchors as a gold file numbers them. An ECOSOC resolution recommending a
    draft resolution to the General Assembly ("embedded_draft": the part the reader gives the draft,
    ``annex-A``) is numbered in the gold by the draft's own paragraphs (pre:N, op:N), with the
    Council's one paragraph as op:0."""
    if not draft:
        return record

    def anchor(a: str) -> str:
        return a[len(draft) + 1 :] if a.startswith(draft + "/") else "op:0" if a == "op:1" else a

    return replace(
        record,
        paragraphs=[replace(p, id=anchor(p.id), parent=p.parent and anchor(p.parent)) for p in record.paragraphs],
        footnotes=[replace(f, paragraph=anchor(f.paragraph)) for f in record.footnotes],
        citations=[replace(c, paragraph=anchor(c.paragraph)) for c in record.citations],
        mentions=[replace(m, paragraph=anchor(m.paragraph)) for m in record.mentions],
        events=[replace(e, paragraph=anchor(e.paragraph)) for e in record.events],
        addressees=[replace(a, paragraph=anchor(a.paragraph)) for a in record.addressees],
    )


def gold_documents(folder: Path = HERE) -> list[dict]:
    """The gold files of ``folder``: this one (the set the extraction's rules were written beside),
    or ``heldout/`` (annotated after the rules were written, and never used to write them)."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def score(documents: list[dict] | None = None, corpus: Path = CORPUS) -> dict[str, Tally]:
    """Read, link and score every (document, language) of the gold set, as the pipeline stores
    them: the language versions of each document linked, then aligned together
    (``unkg.ingest.align.align``, what ``unkg.pipeline`` calls on the siblings of one work)."""
    from unkg.ingest import read
    from unkg.ingest.align import align
    from unkg.ingest.link import link
    from unkg.record import Record

    tallies = {kind: Tally() for kind in KINDS}
    for gold in documents or gold_documents():
        records = [link(next(r for r in read(corpus / rel) if isinstance(r, Record))) for _, rel in sorted(gold["files"].items())]
        for record in align(records):
            score_record(gold, _as_gold_numbers(record, gold.get("embedded_draft")), tallies)
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    lines = ["| kind | found right | wrong | missed | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    for kind, t in tallies.items():
        lines.append(f"| {kind} | {t.tp} | {t.fp} | {t.fn} | {t.precision:.2f} | {t.recall:.2f} |")
    return "\n".join(lines)


def main() -> int:
    folder = next((HERE / a[2:] for a in sys.argv[1:] if a in ("--heldout", "--heldout2")), HERE)
    tallies = score(gold_documents(folder))
    print(table(tallies))
    if "-v" in sys.argv:
        for kind, t in tallies.items():
            print(f"\n## {kind}: missed")
            for line in Counter(t.misses).most_common():
                print(" ", *line)
            print(f"## {kind}: wrong")
            for line in Counter(t.extras).most_common():
                print(" ", *line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
