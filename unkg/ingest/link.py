"""The linking stage: what a record's texts name, ask and cite, in its own language, in one pass.

``link(record)`` fills ``record.mentions`` with one ``Mention(entity, anchor, as_printed)`` per name
found in the title (anchor ``title``), the paragraphs (``op:90``) and the footnotes (``fn:3``),
with the matcher of ``unkg.ingest.names``; then the events, addressees, figures and topics of
each text, and the citations' relations. ``link(metadata)`` resolves the member states the UN's
per-work data names (sponsors, votes). Nothing here calls back into a caller: the finders it uses
(names, events, addressees, statistics) import only the matcher and the reference data.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterable

from unkg.ingest import verbs
from unkg.ingest.addressees import addressing, bare_secretariats, carry_to_items, clauses, find_addressees, find_offices, named_offices
from unkg.ingest.deadlines import find_deadline
from unkg.ingest.events import find_events, keep_once, named_before, outcomes
from unkg.ingest.names import Found, find, find_topics, owned_instruments
from unkg.ingest.resolve import resolve_state
from unkg.ingest.shortnames import bare_head, definitions, offices_of_short_names, own_president, short_names
from unkg.ingest.statistics import find_statistics
from unkg.record import Citation, Deadline, Entity, Mention, Record, Topic, Voting, WorkMetadata
from unkg.reference import load
from unkg.symbols import symbol_kind


def _texts(record: Record) -> Iterable[tuple[str, str]]:
    if record.title:
        yield "title", record.title
    for paragraph in record.paragraphs:
        yield paragraph.id, paragraph.text
    for footnote in record.footnotes:
        yield f"fn:{footnote.number}", footnote.text


def link(item: Record | WorkMetadata) -> Record | WorkMetadata:
    """The linking stage, for everything a reader gives: a Record (:func:`link_record`) or the
    UN's per-work data (:func:`link_metadata`). Returns the same item, filled in."""
    if isinstance(item, WorkMetadata):
        return link_metadata(item)
    return link_record(item)


def link_metadata(meta: WorkMetadata) -> WorkMetadata:
    """Resolve the member states the UN's per-work data names: its votes, and the sponsors that
    are states (``sponsor_states``; groups and observers are kept as statements only)."""
    _resolve_votes(meta.voting)
    sponsors = (resolve_state(name) for name in [*meta.sponsors, *meta.additional_sponsors])
    meta.sponsor_states = [state for state in sponsors if state.known]
    return meta


def _resolve_votes(voting: Voting | None) -> None:
    """Each name of a recorded vote as its member state's entity (an unknown name is kept as found)."""
    if voting is not None:
        voting.states = {
            key: [resolve_state(name) for name in names]
            for key, names in (("in_favour", voting.in_favour), ("against", voting.against), ("abstaining", voting.abstaining))
            if names
        }


def link_record(record: Record) -> Record:
    """The linking stage, for every Record whatever its reader (AKN, text, PDF). Fills:

    - ``record.mentions``: the names found in its title, paragraphs and footnotes (one Mention per
      entity, anchor and printed form; registry names and unknown bodies alike), the officials and
      secretariats of bodies (``addressees.named_offices``) and the outcomes named by the meeting
      that adopted them (``events.outcomes``);
    - ``record.events``: the events they name, with dates, place, theme, organiser and series
      (``unkg.ingest.events``); a meeting called again by its edition ("the Fourteenth Congress")
      is the one of that edition the document named before (``events.named_before``), and a name
      no registry holds inside a meeting's name is that meeting, not a mention of its own;
    - ``record.addressees``: who each operative paragraph requests, invites, urges... (``unkg.ingest.addressees``),
      with the deadline the paragraph states and the body it reports to (``unkg.ingest.deadlines``);
    - ``record.statistics``: the figures paragraphs state (``unkg.ingest.statistics``);
    - ``record.topics``: the digital-policy topics each paragraph and footnote speaks of
      (:func:`find_topics`; topics are not entities and never mentions);
    - ``record.citations``: each citation's ``relation`` from the citing paragraph's verb (a
      footnote's from the paragraph its call-out stands in), and citations of the named instruments
      the text names, with the instrument's paragraphs it cites ("paragraphs 34 to 37 and 67 to 72
      of the Tunis Agenda");
    - ``record.voting.states``: the member state of each name in a recorded vote.

    Returns the same record."""
    language, on = record.language, record.date
    seen: set[tuple[str, str, str]] = set()
    mentions: list[Mention] = []
    events = []
    event_keys: set[tuple[str, str]] = set()
    instrument_cites: list[Citation] = []
    paragraphs = {p.id: p for p in record.paragraphs}
    addressees = []
    statistics = []
    topics: list[Topic] = []
    topic_keys: set[tuple[str, str, str]] = set()
    deadlines: dict[str, tuple[Deadline, Entity | None]] = {}
    # "the Commission", "the Council": the bodies the document named last with that head noun
    shorts = short_names(language, [(-1, e, e.label) for e in (record.adopted_by, record.recommended_by) if e])
    for order, (anchor, text) in enumerate(_texts(record)):
        found = find(text, language, on)
        for f in found:
            # a body no registry holds too ("the Centre"), an instrument ("the 2021 Political Declaration"):
            # ``ShortNames.name`` keeps those a short name may call. French and Spanish as printed: "le forum
            # politique de haut niveau" is no "Forum"
            shorts.name(order, f.entity, f.text if language in ("fr", "es") else f.entity.label)
        for head, entity in definitions(text, language, found):
            shorts.define(order, head, entity)
        if anchor != "title":
            named = shorts.find(text, order, found)
            # a name no registry holds inside a short name, or (Chinese) a short name with words built
            # before it (今后维持科学委员会: "to maintain in future" and the Scientific Committee) is the short name
            # and one that is a head noun alone ("the Committee" with no committee named before) is none
            found = [f for f in found if f.entity.known or not (bare_head(f.text, language) or any(
                s.start <= f.start and f.end <= s.end or (language == "zh" and s.end == f.end and f.start < s.start) for s in named))]
            found = sorted([*offices_of_short_names(shorts, found, order), *named, *own_president(text, language, record.adopted_by)],
                           key=lambda f: (f.start, -f.end))
            found = sorted([*found, *owned_instruments(text, language, found, on)], key=lambda f: (f.start, -f.end))
        offices = find_offices(text, language, found)
        # "the secretariat" alone: the secretariat of the body the document is about
        offices += bare_secretariats(text, language, [*found, *offices], mentions) if anchor != "title" else []
        own = len(mentions)  # this paragraph's mentions start here
        for f in [*found, *named_offices(offices)]:
            key = (f.entity.id, anchor, f.text)
            if key not in seen:
                seen.add(key)
                mentions.append(Mention(f.entity, anchor, f.text))
        if anchor == "title":
            continue
        for topic, printed in find_topics(text, language, found):
            if (topic.id, anchor, printed) not in topic_keys:
                topic_keys.add((topic.id, anchor, printed))
                topics.append(Topic(topic.id, anchor, printed))
        as_found = meetings = find_events(text, language, found=found, on=on, anchor=anchor)
        renamed = [named_before(ev, events, language, here=meetings) for ev in meetings]
        if any(renamed):  # "the Fourteenth Congress": the Congress of that edition named before (or here)
            for ev, full in zip(meetings, renamed):
                ev.entity = full or ev.entity
            once: list = []
            ids: set[str] = set()
            for ev in meetings:  # named twice in the paragraph now: once, with what either says of it
                keep_once(ev, ids, once)
            meetings = once
        # a name no registry holds that is part of a meeting's (the series' name of "the second
        # International Conference on ...") is that meeting, not an entity of its own
        within = [ev.as_printed for ev in as_found if ev.as_printed]
        mentions[own:] = [m for m in mentions[own:] if not (m.entity.type == "event" and not m.entity.known
                                                            and any(m.as_printed in p and m.as_printed != p for p in within))]
        # ... and one printed as a meeting is read is that meeting, under the id its dates gave it
        # (沙尘暴问题部长级会议 held on 21 February 2013 is event-2013-02-21, not an entity of its own too)
        as_meeting = {ev.as_printed: ev.entity for ev in meetings if ev.as_printed}
        for m in mentions[own:]:
            if m.entity.type == "event" and not m.entity.known and (e := as_meeting.get(m.as_printed)) is not None:
                m.entity = e
        for ev in meetings:
            if (ev.entity.id, anchor) not in event_keys:
                event_keys.add((ev.entity.id, anchor))
                events.append(ev)
        for f in outcomes(text, language, as_found, found):  # (each meeting as it is printed: "the declaration of the Fourteenth Congress")
            if (f.entity.id, anchor, f.text) not in seen:
                seen.add((f.entity.id, anchor, f.text))
                mentions.append(Mention(f.entity, anchor, f.text))
        instrument_cites.extend(_instrument_citations(text, anchor, language, found))
        paragraph = paragraphs.get(anchor)
        if paragraph is not None:
            asked = find_addressees(paragraph, language, found, offices)
            addressees.extend(asked)
            if paragraph.kind != "preambular":
                deadlines[anchor] = _clause_deadlines(paragraph, language, found, asked, record)
            if _DIGIT.search(text):
                statistics.extend(find_statistics(text, language, anchor))
    record.mentions = mentions
    record.events = events
    record.addressees = carry_to_items(record.paragraphs, addressees, language)
    verbs_of: dict[str, set[str]] = {}
    for a in record.addressees:
        verbs_of.setdefault(a.paragraph, set()).add(a.verb)
    for a in record.addressees:
        # a paragraph's deadline is its request's ("Requests the Secretary-General to report ... at its
        # eightieth session"), not that of the other asks a paragraph joins to it
        # ("by 2030" in a call or an encouragement is the goal's year, not when it is due)
        due = (dues := deadlines.get(a.paragraph, {})).get(a.verb, dues.get("*"))
        if due is not None and (a.verb in _ORDERS or (len(verbs_of[a.paragraph]) == 1 and due[0].year is None)):
            a.deadline, a.report_to = due
    record.statistics = statistics
    record.topics = topics
    _add_citations(record, instrument_cites)
    type_citations(record)
    _resolve_votes(record.voting)
    return record


_DIGIT = re.compile(r"\d")


def _clause_deadlines(paragraph, language: str, found: list[Found], asked: list, record: Record) -> dict[str, tuple]:
    """Per verb concept that asks in the paragraph, the deadline its own clause states and the body the
    report goes to, under ``"*"`` the deadline of the paragraph's first clause (for any other ask of the
    anchor: a passive one, a list item's carried from its lead-in). "Invites Member States to provide ...
    for consideration during its thirty-third session, and requests the Commission to transmit ... to the
    high-level political forum at its meeting in 2024" gives the session to those invited, not to the
    Commission; a verb printed in two clauses takes the first clause's that states one."""
    text = paragraph.text
    starts = clauses(paragraph, language)
    dues = []
    for i, (verb_id, start) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        own = [replace(f, start=f.start - start, end=f.end - start) for f in found if start <= f.start and f.end <= end]
        body = next((a.entity for a in asked if (a.verb == verb_id or i == 0) and a.entity.type in ("body", "programme")
                     and not a.entity.group), None)
        due = find_deadline(text[start:end], language, own, record.adopted_by, body)
        dues.append((verb_id, None if due is None or _past_session(due, record) else due))
    (head_verb, head), later = dues[0], dues[1:]
    # a session the paragraph's own decision names, when it asks no one, frames the asks after it ("Decides to
    # continue its examination ... at its seventy-ninth session, and to this end requests the Secretary-General to
    # submit a comprehensive report")
    framing = head if head is not None and head[0].session and not addressing(head_verb) else None
    out: dict[str, tuple] = {}
    for verb_id, due in later:
        if verb_id != head_verb:
            out[verb_id] = out.get(verb_id) or due or framing  # (None: no deadline of another clause)
    if head is None:
        head = next((due for verb_id, due in later if verb_id == head_verb and due is not None), None)
    if head is not None:
        out["*"] = head
    return out


def _past_session(due: tuple[Deadline, Entity | None], record: Record) -> bool:
    """A session of the adopting organ before the one adopting (the high-level meeting held at its
    sixty-seventh session), or a year or a date before the year of the text's adoption, is what the
    text recalls, not when anything is due."""
    deadline, to = due
    organ = record.adopted_by
    when = deadline.date or deadline.year
    if when and record.date and when[:4] < record.date[:4]:
        return True  # a year or a day before the text's own: what was done then ("于2009年提出了宪法草案")
    if not (deadline.session and record.session and deadline.session.isdigit() and record.session.isdigit()):
        return False
    if (int(deadline.session) > 1900) != (int(record.session) > 1900):
        return False  # a numbered session and a session named by its year (the Council's 2024 session) compare not
    return to is not None and organ is not None and to.id == organ.id and int(deadline.session) < int(record.session)


# the asks that come with a due date
_ORDERS = frozenset({"requests", "urgently-requests", "reiterates-requests", "reiterates-previous-requests", "directs"})

# --- citations: named instruments, and the relation of the citing paragraph's verb ----------------

_NUM = r"\d{1,3}(?:\s*\([a-z]\))?"
_RANGE_WORD = r"(?:to|à|a|al|по|–|-|\u2011|إلى|الى|حتى)"
_AND_WORD = r"(?:and|et|y|и|و|,|、|和|及)"
_PARAGRAPH_WORD = {
    "en": r"paragraphs?", "fr": r"paragraphes?", "es": r"párrafos?",
    "ru": r"пункт\w*", "ar": r"(?:الفقرات|الفقرتين|الفقرتان|الفقرة)",
}
_OF_WORD = {"en": r"of\s+(?:the\s+)?", "fr": r"(?:de\s+(?:la\s+|l['’]\s*|le\s+)?|du\s+)", "es": r"(?:de\s+(?:la\s+|el\s+)?|del\s+)",
            "ru": r"", "ar": r"(?:من\s+)?"}
_NUM_LIST = rf"(?:من\s+)?{_NUM}(?:\s*{_RANGE_WORD}\s*{_NUM})?(?:\s*{_AND_WORD}\s*(?:من\s+)?{_NUM}(?:\s*{_RANGE_WORD}\s*{_NUM})?)*"
_BEFORE = {
    lang: re.compile(rf"(?<!\w){word}\s+(?P<nums>{_NUM_LIST})\s*{_OF_WORD[lang]}[«“\"]?\s*$", re.I)
    for lang, word in _PARAGRAPH_WORD.items()
}
_ZH_AFTER = re.compile(r"^[》」”]?\s*(?P<nums>第\s*\d+(?:\s*(?:至|到|-|–)\s*\d+)?\s*段(?:\s*(?:和|及|、|以及)\s*第\s*\d+(?:\s*(?:至|到|-|–)\s*\d+)?\s*段)*)")


def paragraph_numbers(printed: str) -> list[str]:
    """The paragraph numbers a printed list gives, ranges expanded: ``34 to 37 and 67 to 72`` ->
    34, 35, 36, 37, 67, ..., 72; ``第34至37段和第67至72段`` the same."""
    out: list[str] = []
    for m in re.finditer(r"(\d+)(?:\s*(?:to|à|a|al|по|–|-|\u2011|إلى|الى|حتى|至|到)\s*(?:第\s*)?(\d+))?", printed):
        first, last = int(m.group(1)), int(m.group(2)) if m.group(2) else None
        if last is not None and first < last <= first + 200:
            out.extend(str(n) for n in range(first, last + 1))
        else:
            out.append(str(first))
    return list(dict.fromkeys(out))


def _instrument_citations(text: str, anchor: str, language: str, found: list[Found]) -> list[Citation]:
    """A named instrument the text names is cited by it: the registry's symbol for it where it has one
    (A/RES/70/1), else its registry id (``tunis-agenda``, target_kind instrument), with the
    instrument's paragraph numbers printed before its name (after it, in Chinese)."""
    out: list[Citation] = []
    reg = load()
    for f in found:
        # a short name the document resolved ("the Convention") is its instrument's
        entry = f.entry or (reg.get(f.entity.id) if f.entity.known else None)
        if entry is None or entry.kind != "instruments":
            continue
        symbol = entry.data.get("symbol")
        target, kind = (symbol, symbol_kind(symbol)) if symbol else (entry.id, "instrument")
        start, end = f.start, f.end
        numbers: list[str] = []
        if language == "zh":
            m = _ZH_AFTER.match(text[f.end : f.end + 60])
            if m:
                numbers, end = paragraph_numbers(m.group("nums")), f.end + m.end()
                start -= text[start - 1 : start] in ("《", "「")  # the title's opening mark with its closing one
        elif language in _BEFORE:
            m = _BEFORE[language].search(text[max(0, f.start - 120) : f.start])
            if m:
                numbers, start = paragraph_numbers(m.group("nums")), f.start - (len(text[max(0, f.start - 120) : f.start]) - m.start())
        out.append(Citation(target, kind, anchor, text[start:end], None, numbers))
    return out


def _add_citations(record: Record, extra: list[Citation]) -> None:
    """Add the instrument citations the readers did not find (one per target and anchor; a citation
    with paragraph numbers replaces one without)."""
    index = {(c.target, c.paragraph): c for c in record.citations}
    for c in extra:
        have = index.get((c.target, c.paragraph))
        if have is None:
            record.citations.append(c)
            index[(c.target, c.paragraph)] = c
        elif c.target_paragraphs and not have.target_paragraphs:
            have.target_paragraphs = c.target_paragraphs


def type_citations(record: Record) -> Record:
    """Give every citation without a relation the relation of its citing paragraph's verb
    (``unkg.ingest.verbs``: Recalling -> recalls); a citation in a footnote takes the verb of the
    paragraph where the footnote's call-out stands. Returns the same record."""
    by_id = {p.id: p for p in record.paragraphs}
    notes = {f"fn:{f.number}": f.paragraph for f in record.footnotes}

    def relation(anchor: str) -> str | None:
        seen: set[str] = set()
        while anchor in notes and anchor not in seen:  # a footnote: its call-out's paragraph
            seen.add(anchor)
            anchor = notes[anchor]
        paragraph = by_id.get(anchor)
        while paragraph is not None and paragraph.verb is None and paragraph.parent:
            paragraph = by_id.get(paragraph.parent)  # a sub-paragraph under "Decides:" takes its verb
        if paragraph is None or paragraph.verb is None:
            return None
        try:
            return verbs.concept(paragraph.verb.id).relation
        except KeyError:
            return None

    for c in record.citations:
        if c.relation is None:
            c.relation = relation(c.paragraph)
    return record


def unknowns(records: Iterable[Record]) -> list[tuple[Entity, int]]:
    """The entities no registry holds that the records mention (and the meetings the events stage
    minted from the text), with how many mentions each has, most frequent first (what
    ``unkg unknowns`` prints, to grow the registries from)."""
    counts: Counter[str] = Counter()
    first: dict[str, Entity] = {}
    for record in records:
        minted = [ev for ev in record.events if not ev.entity.known]  # meetings minted from the text
        for item in [*record.mentions, *minted]:
            if not item.entity.known:
                counts[item.entity.id] += 1
                first.setdefault(item.entity.id, item.entity)
    return [(first[key], n) for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
