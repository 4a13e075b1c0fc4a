"""The shared parse of the text and PDF readers: one normalised Source -> one Record.

DESIGN.md §1 (``ingest.parse``). A UN resolution is printed as one sentence in a fixed frame
(the UN's editorial rules for resolutions; the language forms are in ``profiles/``):

    masthead         symbol, session, agenda item, date of issue          (header)
    adoption line    Resolution adopted by the General Assembly on ...   (header)
    recommendation   [on the report of the Second Committee (A/79/434)]   (header)
    title line       79/194. Title                                        (title)
    enacting formula The General Assembly,
    preamble         unnumbered paragraphs opening with a participle       pre:1, pre:2 ...
    operative part   numbered paragraphs opening with a verb               op:1, op:1(a), op:1(a)(i)
    section headings unnumbered short lines between paragraphs            sections
    closing lines    54th plenary meeting / 19 December 2024              meeting, date
    annexes          Annex I ... with their own numbering                  annex-I/op:1 ...

Drafts (``A/C.2/80/L.17``) print a sponsor line (*Iraq:\\* draft resolution*) where resolutions
print the adoption line; they are kind ``draft-resolution`` with no adopting body. A file without
an enacting formula, or whose masthead says it is a note, a report or an amendment, is refused
with :class:`NotAResolution`.

Paragraph ids and annex prefixes follow what ``read_akn`` gives for the same document, so a text
or PDF and its AKN XML describe the same parts (tests/ingest/test_crosscheck.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from unkg import __version__
from unkg.symbols import SymbolError, parse_symbols, symbol_kind, symbol_number
from unkg.ingest.citations import cite, unique
from unkg.ingest import dates as _dates
from unkg.ingest import verbs as _verbs
from unkg.ingest.errors import IngestError, NotAResolution
from unkg.ingest.profiles import Body, Profile, profile, profiles
from unkg.ingest.numbering import Label, Numbering, name_divisions, opening_label, opening_number, position
from unkg.numerals import chinese_number
from unkg.record import Entity, Footnote, Paragraph, Record, Section, SourceInfo, Verb
from unkg.ingest.resolve import resolve_body
from unkg.ingest.source import Block, Source, plain, unmark

# section headings numbered with Roman numerals or capital letters: "I. Sustainable development", "A."
_HEADING_NUMBER = re.compile(r"^\s*(?:(?:[IVXL]{1,6}|[A-Z])\s*\.\s+\S|[IVXL]{1,6}\s+(?=[A-Z][a-z]))")
# how paragraphs end: ",", ";", ":", "." (and their Chinese and Arabic forms), closing quotes after them
_TERMINAL = re.compile(r"[,;:.!?，；：。！？،؛…][\"”’»)）]*\s*$")
# a masthead's symbol: E/RES/2022/15, A/C.2/80/L.17*, E/RES/2021/2 B (a resolution printed in parts)
_SYMBOL_LINE = re.compile(r"^([A-Z]{1,2}(?:/[A-Za-z0-9.()\-]+)+(?:\s[A-Z])?)(?:\s*\*+)?$")
_DATE_ONLY_MAX = 40
_HEADING_MAX = 200  # characters: longer unnumbered text is a paragraph, not a heading

_CALLOUT_MARK = re.compile("\ue000[^\ue001]*\ue001")


@lru_cache(maxsize=4096)
def _opening_cached(opening: str, lang: str) -> Verb | None:
    return _verbs.split_opening(opening, lang)[0]


def _opening_verb(text: str, lang: str) -> Verb | None:
    """The verb that opens a text (verbs.split_opening), looked up once per opening: only the first
    words can hold it, and the parse asks about the same paragraph several times."""
    verb = _opening_cached(text[:200], lang)
    return None if verb is None else Verb(verb.id, verb.en, verb.label, verb.modifier)


# --- the header ------------------------------------------------------------------------------------


@dataclass
class _Header:
    symbol: str | None = None
    other_symbols: list[str] = field(default_factory=list)
    kind: str | None = None  # resolution | decision (adoption line, symbol)
    draft: str | None = None  # resolution | decision (draft line)
    body: Body | None = None
    body_name: str | None = None
    date: str | None = None
    issued: str | None = None
    session: str | None = None
    agenda: list[str] = field(default_factory=list)
    recommended_by: str | None = None
    recommendation_document: str | None = None
    number: str | None = None
    title: str | None = None
    sponsors: list[str] = field(default_factory=list)
    refusal: str | None = None


def _date(text: str, language: str) -> str | None:
    try:
        return _dates.parse_date(text.strip(), language)
    except ValueError:
        return None


def _agenda_items(raw: str) -> list[str]:
    """``18 (b)``, ``18(b)``, ``15 and 116``, ``15、16`` -> ``["18 (b)"]``, ``["15", "116"]`` (English form)."""
    out = []
    for m in re.finditer(r"(\d+)\s*(?:[(（]\s*([a-z])\s*[)）])?", raw):
        item = f"{m.group(1)} ({m.group(2)})" if m.group(2) else m.group(1)
        if item not in out:
            out.append(item)
    return out


def _session(m: re.Match, prof: Profile) -> str | None:
    groups = m.groupdict()
    if groups.get("year"):
        return groups["year"]
    if groups.get("ordinal"):
        n = prof.ordinal(groups["ordinal"])
        return str(n) if n else None
    if groups.get("cn"):
        n = chinese_number(groups["cn"])
        return str(n) if n else None
    return None


def _symbols(text: str) -> list[str]:
    try:
        return parse_symbols(text)
    except SymbolError:
        return []


def _split_sponsors(text: str) -> list[str]:
    """``Austria, Belgium and Sweden`` -> three names; names with "and" in them (Trinidad and Tobago,
    United Kingdom of Great Britain and Northern Ireland) are kept whole when the registry knows them."""
    from unkg.ingest.resolve import resolve_state

    text = re.sub(r"\s+", " ", text).strip(" :*")
    if not text:
        return []
    parts = [p.strip() for p in re.split(r",\s*(?![^()]*\))", text) if p.strip()]
    out: list[str] = []
    for part in parts:
        if " and " not in part or resolve_state(part).known:
            out.append(part)
            continue
        pieces = part.split(" and ")
        # the split point whose both sides are known states; else the last "and"
        for i in range(1, len(pieces)):
            left, right = " and ".join(pieces[:i]), " and ".join(pieces[i:])
            if resolve_state(left).known and resolve_state(right).known:
                out.extend([left, right])
                break
        else:
            out.extend([" and ".join(pieces[:-1]), pieces[-1]])
    return out


def _read_header(blocks: list[Block], prof: Profile, lang: str) -> _Header:
    """The masthead, adoption, recommendation, draft and title lines before the enacting formula."""
    h = _Header()
    after_draft = False
    title_next = False
    draft_title: list[str] = []
    for block in blocks:
        text = plain(block.text)
        if not text:
            continue
        for pat in prof.not_a_resolution:
            m = pat.search(text)
            if m and h.refusal is None:
                h.refusal = m.groupdict().get("what") or m.group(0)
        if title_next:
            h.title = text
            title_next = False
            continue
        matched = False
        for pat in prof.adoption:
            m = pat.match(text)
            if m:
                h.kind = prof.kinds.get(m["kind"], m["kind"].casefold())
                h.body = prof.body_named(m["body"])
                h.body_name = m["body"]
                h.date = _date(m["date"], lang) or h.date
                matched = True
                break
        if not matched:
            for pat in prof.recommendation:
                m = pat.match(text)
                if m:
                    groups = m.groupdict()
                    if groups.get("by"):
                        h.recommended_by = groups["by"].strip()
                    if groups.get("doc"):
                        found = _symbols(groups["doc"])
                        h.recommendation_document = found[0] if found else None
                    matched = True
                    break
        if not matched and h.number is None:
            m = prof.title.match(text)
            if m:
                h.number = re.sub(r"\s+", " ", m["number"])
                h.title = m["title"].strip() or None
                title_next = not h.title
                matched = True
        if not matched:
            for pat in prof.draft:
                m = pat.match(text)
                if m:
                    groups = m.groupdict()
                    h.draft = prof.kinds.get(groups["kind"], groups["kind"].casefold())
                    if groups.get("sponsors"):
                        h.sponsors = _split_sponsors(groups["sponsors"]) if lang == "en" else [groups["sponsors"]]
                    after_draft = True
                    matched = True
                    break
        if matched:
            continue
        if after_draft and not any(_line_fact(line, prof, lang, h) for line in block.lines or [text]):
            draft_title.append(text)
            continue
        for line in block.lines or [text]:
            _line_fact(line, prof, lang, h)
    if h.title is None and draft_title:
        h.title = " ".join(draft_title)
    return h


def _line_fact(line: str, prof: Profile, lang: str, h: _Header) -> bool:
    """One masthead line: the symbol, the date of issue, the session, the agenda item(s)."""
    line = plain(line)
    if not line:
        return False
    m = _SYMBOL_LINE.match(line)
    if m and h.symbol is None:
        found = _symbols(m.group(1))
        if found:
            h.symbol, h.other_symbols = found[0], found[1:]
            return True
    for pat in prof.furniture:
        if pat.search(line):
            return True
    for pat in prof.session:
        m = pat.match(line)
        if m:
            h.session = _session(m, prof) or h.session
            return True
    for pat in prof.agenda:
        m = pat.match(line)
        if m:
            h.agenda = _agenda_items(m["items"]) or h.agenda
            return True
    if prof.issued is not None and h.issued is None:
        m = prof.issued.match(line)
        if m:
            h.issued = _date(m["date"], lang)
            return h.issued is not None
    return False


# --- the body --------------------------------------------------------------------------------------


@dataclass
class _Para:
    id: str
    kind: str
    number: str
    parent: str | None
    section: str | None
    text: str  # marked
    page: int


def _is_heading(text: str, prof: Profile, lang: str) -> bool:
    """A section heading: short, unnumbered, no closing punctuation, no opening verb."""
    if not text or len(text) > _HEADING_MAX or _TERMINAL.search(text):
        return False
    if opening_number(text) or opening_label(text):
        return False
    if _HEADING_NUMBER.match(text):
        return True
    verb = _opening_verb(text, lang)
    return verb is None


def _all_bold(text: str) -> bool:
    """A paragraph printed in bold from end to end: a heading (*Action 1. We will ...* in A/RES/79/1)."""
    flat, emphasis, _ = unmark(text)
    bold = [(a, b) for a, b, style in emphasis if style == "bold"]
    covered = sum(b - a for a, b in bold)
    return bool(flat) and covered >= len(flat.replace(" ", "")) and len(bold) <= 3


class _Parser:
    def __init__(self, source: Source, lang: str) -> None:
        self.source = source
        self.lang = lang
        self.prof = profile(lang)
        self.paras: list[_Para] = []
        self.by_id: dict[str, _Para] = {}
        self.sections: list[Section] = []
        self.pending_sections: list[Section] = []
        self.num = Numbering(lists=False)
        self.warnings: list[str] = []
        self.meeting: str | None = None
        self.closing_date: str | None = None
        self.pending_callouts: list[str] = []

    # paragraphs ------------------------------------------------------------------------------

    def _open(self, pid: str, kind: str, number: str, parent: str | None, text: str, page: int) -> _Para:
        if self.pending_callouts:
            text = "".join(self.pending_callouts) + text
            self.pending_callouts = []
        para = _Para(pid, kind, number, parent, self.num.div.section, text, page)
        self.paras.append(para)
        self.by_id[pid] = para
        for s in self.pending_sections:
            s.first_paragraph = pid
        self.pending_sections = []
        return para

    def operative(self, number: int, text: str, page: int, printed: str | None = None) -> None:
        last = self.by_id.get(self.num.div.last_op or "")
        slot = self.num.operative(number, opens_list=last is not None and plain(last.text).endswith((":", "：")))
        if slot is None:
            self.warnings.append(f"duplicate paragraph number {number}: its text kept in {self.paras[-1].id}")
            self.paras[-1].text += " " + text
            return
        if slot.parent:  # an item of a numbered list inside the paragraph before
            self._open(slot.id, "subparagraph", f"{number}.", slot.parent, text, page)
            return
        if slot.previous is not None and number != slot.previous + 1:
            self.warnings.append(
                f"operative paragraph numbers jump from {slot.previous} to {number}"
                + (f" in {self.num.div.prefix}" if self.num.div.prefix else "")
            )
        elif slot.previous is None and number != 1:
            self.warnings.append(f"operative paragraphs start at {number}, not 1")
        self._open(slot.id, "operative", printed or str(number), None, text, page)

    def preambular(self, text: str, page: int) -> None:
        pid = self.num.preambular()
        self._open(pid, "preambular", str(self.num.div.pre), None, text, page)

    def sub(self, label: Label, text: str, page: int) -> None:
        """A paragraph opening with a sub-paragraph label (the numbering engine places it); lettered
        items after a preamble open the operative part when they open with an operative verb."""
        slot = self.num.sub(label, operative=self.num.div.last_op is None and self._operative_item(text))
        latin = label.latin
        if slot is None:
            self.warnings.append(f"duplicate paragraph ({latin}): its text kept in {self.paras[-1].id}")
            self.paras[-1].text += " " + text
            return
        if not slot.parent:
            self._open(slot.id, "operative", label.printed, None, text, page)
            return
        if slot.previous is not None and position(latin) != position(slot.previous) + 1:
            self.warnings.append(f"sub-paragraph letters jump from ({slot.previous}) to ({latin}) under {slot.parent}")
        if slot.id in self.by_id:
            self.warnings.append(f"sub-paragraph {slot.id} printed twice: the second kept as text of the first")
            self.by_id[slot.id].text += " " + text
            return
        self._open(slot.id, "subparagraph", label.printed, slot.parent, text, page)

    def _preambular_opening(self, text: str) -> bool:
        """Whether a paragraph opens with a verb in its preambular form (*Recalling*, *Having
        considered*, *Rappelant*, *ссылаясь*), which only a preamble's paragraphs do."""
        verb = _opening_verb(plain(text), self.lang)
        return verb is not None and self.prof.verb_position(verb.label) == "preambular"

    def _operative_item(self, text: str) -> bool:
        """A lettered item after the preamble that opens with an operative verb (*Expresses*, *Endorses*):
        the decision's own paragraphs, not a list inside the last preambular paragraph."""
        verb = _opening_verb(plain(text), self.lang)
        return verb is not None and self.prof.verb_position(verb.label) == "operative"

    def heading(self, text: str) -> None:
        """A section heading; footnote call-outs in it are carried to the paragraph it heads (where
        read_akn anchors a heading's footnotes)."""
        self.pending_callouts.extend(f"{m.group(0)}" for m in _CALLOUT_MARK.finditer(text))
        heading = plain(text)
        section = Section(heading=heading, first_paragraph="")
        self.sections.append(section)
        self.pending_sections.append(section)
        self.num.div.section = heading

    # the walk ---------------------------------------------------------------------------------

    def closing(self, block: Block, dry: bool = False) -> bool:
        """The closing lines: the meeting of adoption and its date (in either order)."""
        lines = [plain(x) for x in (block.lines or [block.text])]
        lines = [x for x in lines if x]
        if not lines or not any(self.prof.meeting_number(x) for x in lines):
            return False
        if dry:
            return True
        for line in lines:
            n = self.prof.meeting_number(line)
            if n:
                self.meeting = self.meeting or n
            elif len(line) <= _DATE_ONLY_MAX:
                self.closing_date = self.closing_date or _date(line, self.lang)
        return True

    def continues(self, prev: Block, block: Block) -> bool:
        """Whether a block carries on the one before it: a paragraph broken by a page break, or by a
        converter's blank line (the seed's operative paragraph 25).

        The layout decides where the reader saw it (a PDF page whose first line is not indented).
        Otherwise: never before a numbered paragraph, a heading number, an annex heading or a
        closing line; always before a lower-case start in English, French and Spanish (their
        paragraphs open with a capital); never after closing punctuation, nor before a verb
        opening a paragraph; then, in English, French and Spanish, across a page break or before a
        non-letter; in Chinese, Arabic and Russian (lower-case preambles), after a numbered or
        long paragraph (not a heading) or across a page break."""
        text = plain(block.text)
        if not text or opening_number(text) or opening_label(text) or _HEADING_NUMBER.match(text):
            return False
        if block.continues is not None:
            return block.continues
        prev_text = plain(prev.text)
        if re.fullmatch(r"\s*\d{1,4}\s*\.\s*", prev_text):  # a number printed alone: its words follow
            return True
        if self.prof.formula(prev_text) or self.prof.annex_label(prev_text) is not None or self.closing(prev, dry=True):
            return False
        if self.prof.annex_label(text) is not None or self.closing(block, dry=True):
            return False
        page_break = block.page != prev.page
        first = text[0]
        cased = self.lang in ("en", "fr", "es")
        if cased and first.islower():
            return True
        if _TERMINAL.search(prev_text):
            # after a comma or a full stop, only a page break and words no paragraph opens with
            # (no verb, not a heading) carry the paragraph on (A/RES/80/192: "..., Islamophobia," /
            # "Christianophobia and antisemitism, is a threat")
            if not (cased and page_break and prev_text.endswith((",", ";"))) or _is_heading(text, self.prof, self.lang):
                return False
            return _opening_verb(text, self.lang) is None
        verb = _opening_verb(text, self.lang)
        if verb is not None:
            return False
        if cased:
            return page_break or not first.isalpha()
        if opening_number(prev_text) or opening_label(prev_text) or len(prev_text) > _HEADING_MAX:
            return True
        return page_break and not _is_heading(prev_text, self.prof, self.lang)

    def heal(self, blocks: list[Block]) -> list[Block]:
        """Paragraphs broken across blocks, joined again (see :meth:`continues`)."""
        out: list[Block] = []
        for block in blocks:
            if not plain(block.text):
                continue
            if out and self.continues(out[-1], block):
                prev = out[-1]
                out[-1] = Block(
                    text=f"{prev.text}{self.prof.join}{block.text.lstrip()}",
                    page=prev.page,
                    lines=prev.lines + block.lines,
                    continues=prev.continues,
                    indent=prev.indent,
                )
                continue
            out.append(block)
        return out

    def _numbered_ahead(self, blocks: list[Block]) -> list[bool]:
        """For each block, whether a numbered paragraph follows it in the same division (before the
        closing lines or the next annex heading): between numbered paragraphs, an unnumbered one is a
        heading (*Action 1. We will ...*, *Adopts the following Pact for the Future:*), as read_akn
        reads the same paragraphs."""
        out = [False] * len(blocks)
        ahead = False
        for i in range(len(blocks) - 1, -1, -1):
            flat = plain(blocks[i].text)
            first = plain(blocks[i].lines[0]) if blocks[i].lines else flat
            if (
                self.prof.annex_label(flat) is not None
                or self.prof.annex_label(first) is not None
                or self.closing(blocks[i], dry=True)
                or (len(flat) <= 80 and self.prof.formula(flat))
            ):
                ahead = False
            elif opening_number(flat):
                ahead = True
            out[i] = ahead
        return out

    def walk(self, blocks: list[Block]) -> None:
        blocks = self.heal(blocks)
        closed = False  # after the closing lines: only annexes follow
        ahead = self._numbered_ahead(blocks)
        for i, block in enumerate(blocks):
            text = block.text
            flat = plain(text)
            if not flat:
                continue
            if self.closing(block):
                closed = True
                continue
            if len(flat) <= 80 and self.prof.formula(flat):
                # a draft resolution the resolution recommends, printed in full with its own enacting
                # formula (ECOSOC: "Recommends to the General Assembly the adoption of the following
                # draft resolution: The General Assembly, ..."): a part of its own, as read_akn reads it
                self.num.part()
                continue
            label = self.prof.annex_label(flat)
            rest: list[str] = []
            if label is None and len(block.lines) > 1:  # "Annex II" and the annex's title set as one block
                label = self.prof.annex_label(plain(block.lines[0]))
                rest = [plain(x) for x in block.lines[1:]]
            if label is not None:
                self.num.annex()
                closed = False
                if rest:
                    self.heading(self.prof.join.join(rest))
                continue
            if closed:
                d = _date(flat, self.lang) if len(flat) <= _DATE_ONLY_MAX else None
                if d:
                    self.closing_date = self.closing_date or d
                    continue
                self.warnings.append(f"text after the closing lines, outside any annex: {flat[:60]!r}")
                closed = False
                self.num.annex()
            number = opening_number(text)
            if number and self._plausible(number[0]):
                self.operative(number[0], text[number[1] :], block.page)
                continue
            found = opening_label(text)
            if found:
                self.sub(found[0], text[found[1] :], block.page)
                continue
            if _is_heading(flat, self.prof, self.lang) or _all_bold(text):
                self.heading(text)
                continue
            nxt = plain(blocks[i + 1].text) if i + 1 < len(blocks) else ""
            self.unnumbered(text, flat, block.page, ahead[i], nxt)

    def _plausible(self, number: int) -> bool:
        """A printed number is a paragraph number unless it jumps far ahead (a year opening a line)."""
        div = self.num.div
        last = div.nested.count if div.nested else (div.ops[-1] if div.ops else 0)
        return number <= max(last, div.ops[-1] if div.ops else 0) + 20

    def unnumbered(self, text: str, flat: str, page: int, numbered_ahead: bool, nxt: str = "") -> None:
        """An unnumbered paragraph (read_akn's rules for the same paragraphs).

        Under a lettered or numbered part heading (*A*, *II*) after paragraphs, a preambular paragraph
        opens a part with its own preamble (a resolution in parts A and B, a budget resolution's
        sections). Before the first numbered paragraph, one that ends like a preambular paragraph
        (with a comma, in every language) is preambular; so is, in the resolution itself, one whose
        verb is preambular (English) or which ends with a colon before its sub-paragraphs; a sole
        unnumbered operative paragraph (*Decides ... .*, *Recommends ... the following draft
        resolution:*) is op:1. Among numbered paragraphs, an unnumbered one is a heading (the quoted
        passage a paragraph ending with a colon announces stays in that paragraph)."""
        div = self.num.div
        comma = flat.endswith((",", "،", "，"))
        part_heading = any(re.match(r"^(?:[IVXL]{1,6}|[A-Z])\.?(?:\s|$)", sec.heading) for sec in self.pending_sections)
        if part_heading and (div.pre or div.ops) and (comma or self._preambular_opening(flat)):
            # a part with its own preamble, under a numbered heading: a new run of paragraphs, as
            # read_akn reads a section with its own preamble
            heading = div.section
            self.num.part()
            self.num.div.section = heading
            self.preambular(text, page)
            return
        if not div.ops:
            if comma and div.annex and not div.part and not div.pre and len(flat) <= 80 and not _opening_verb(flat, self.lang):
                return  # the enacting formula of an annexed text (*The Economic Commission for Europe,*)
            if comma:
                self.preambular(text, page)
                return
            if div.prefix == "" or div.part:
                verb = _opening_verb(flat, self.lang)
                position = self.prof.verb_position(verb.label) if verb is not None else None
                if position is not None:
                    operative = position == "operative"
                else:
                    announces_draft = flat.endswith((":", "：")) and len(nxt) <= 80 and self.prof.formula(nxt)
                    operative = announces_draft or not flat.endswith((":", "：", "،", ","))
                if not operative:
                    self.preambular(text, page)
                    return
            if not numbered_ahead:
                self.operative(1, text, page)
                return
        elif plain(self.paras[-1].text).endswith((":", "：")) and div.nested is None:
            self.paras[-1].text += " " + text
            return
        self.warnings.append(f"unnumbered paragraph among numbered ones read as a heading: {flat[:50]!r}")
        self.heading(text)


# --- verbs, footnotes, citations --------------------------------------------------------------


def _verb(text: str, emphasis: list[tuple[int, int, str]], lang: str) -> Verb | None:
    """The verb that opens a paragraph: the emphasis the source printed at its start (italic in English,
    bold in Chinese; a modifier may stand before it: 在这方面**强调**), else the longest verb form
    that opens the text (verbs.split_opening)."""
    if emphasis:
        start, end, _ = emphasis[0]
        prefix = text[:start]
        if len(prefix) <= 12 and not _TERMINAL.search(prefix):
            label = text[:end].strip()
            verb = _verbs.identify(label, lang)
            if verb is not None:
                return verb
    verb = _opening_verb(text, lang)
    return verb


# --- language --------------------------------------------------------------------------------------

_SCRIPTS = (("zh", re.compile(r"[\u4e00-\u9fff]")), ("ar", re.compile(r"[\u0600-\u06ff]")), ("ru", re.compile(r"[\u0400-\u04ff]")))
_LATIN_WORDS = {
    "en": re.compile(r"\b(?:the|and|of|to|its|that|with)\b", re.I),
    "fr": re.compile(r"\b(?:le|la|les|des|et|du|que|dans)\b", re.I),
    "es": re.compile(r"\b(?:el|los|las|del|y|que|en|con)\b", re.I),
}


def detect_language(blocks: list[Block]) -> str | None:
    """The language of a document: the profile whose enacting formula it prints, else its script
    (Chinese, Arabic, Cyrillic) or, for Latin script, the most frequent function words."""
    for block in blocks[:200]:
        text = plain(block.text)
        if len(text) > 60:
            continue
        for prof in profiles():
            if prof.formula(text):
                return prof.language
    sample = " ".join(plain(b.text) for b in blocks[:60])
    if not sample.strip():
        return None
    counts = {lang: len(p.findall(sample)) for lang, p in _SCRIPTS}
    latin = len(re.findall(r"[A-Za-z]", sample))
    best = max(counts, key=counts.get)
    if counts[best] > latin / 4:
        return best
    scores = {lang: len(p.findall(sample)) for lang, p in _LATIN_WORDS.items()}
    return max(scores, key=scores.get) if any(scores.values()) else None


# --- the parse -------------------------------------------------------------------------------------


def _formula(blocks: list[Block], prof: Profile) -> tuple[int | None, Body | None]:
    """Where the enacting formula stands (*The General Assembly,* / 经济及社会理事会，): the first formula
    after the title line (``2022/15. Title``); without a title line, the first formula printed with
    its comma, else the last one without (a masthead prints the body's name too: 经济及社会理事会)."""
    candidates: list[tuple[int, Body, bool]] = []
    title_at = None
    for i, block in enumerate(blocks[:120]):
        flat = plain(block.text)
        if title_at is None and prof.title.match(flat):
            title_at = i
        if len(flat) > 80:
            continue
        body = prof.formula(flat)
        if body is not None:
            candidates.append((i, body, flat.endswith((",", "，", "،"))))
    if not candidates:
        return None, None
    if title_at is not None:
        after = [c for c in candidates if c[0] > title_at]
        if after:
            return after[0][0], after[0][1]
    with_comma = [c for c in candidates if c[2]]
    chosen = with_comma[0] if with_comma else candidates[-1]
    return chosen[0], chosen[1]


def _inline_formula(blocks: list[Block], prof: Profile) -> tuple[int | None, Body | None, str | None]:
    """A decision printed as one sentence opens with the formula in its paragraph (*The General
    Assembly, recalling its resolution 79/22 ..., decides to ...*): where, whose, and the words after."""
    for i, block in enumerate(blocks[:120]):
        flat = plain(block.text)
        for body in prof.bodies:
            for formula in body.formulas:
                m = re.match(rf"^{re.escape(formula)}\s*[,，،]\s*(?=\S)", flat)
                if m:
                    cut = block.text.find(",") if "," in block.text else block.text.find("，")
                    return i, body, block.text[cut + 1 :].lstrip()
    return None, None, None


def _title_at(blocks: list[Block], prof: Profile, head: "_Header") -> int | None:
    """Where the preamble starts in a resolution whose enacting formula the text lost (the title line
    is followed by a paragraph opening with a preambular verb)."""
    if head.number is None:
        return None
    for i, block in enumerate(blocks[:60]):
        if prof.title.match(plain(block.text)):
            nxt = plain(blocks[i + 1].text) if i + 1 < len(blocks) else ""
            if not head.title and i + 2 < len(blocks):  # a title printed on the line after its number
                i, nxt = i + 1, plain(blocks[i + 2].text)
            verb = _opening_verb(nxt, prof.language)
            if verb is not None and prof.verb_position(verb.label) == "preambular":
                return i
            return None
    return None


def parse(source: Source) -> Record:
    """A Source -> its Record (see the module docstring for the frame it reads).

    Raises:
        NotAResolution: the document is not a UN resolution or decision (no enacting formula; a
            note, report, letter or amendment).
        IngestError: a resolution whose language is not one of the six or with no paragraphs.
    """
    where = source.origin or source.name
    body_blocks = [b for b in source.blocks if b.role == "body"]
    lang = source.language or detect_language(body_blocks)
    if lang is None:
        raise NotAResolution(where, "no text to read: not a UN resolution or decision")
    head, formula_at, body, inline, warnings_before = _frame(body_blocks, profile(lang), lang, where)
    parser = _Parser(source, lang)
    parser.warnings.extend(warnings_before)
    rest = body_blocks[formula_at + 1 :]
    if inline is not None:
        # the sole paragraph of a decision in one sentence; read as its op:1, as an unnumbered
        # sole operative paragraph is
        parser.operative(1, inline, body_blocks[formula_at].page)
    parser.walk(rest)
    if not parser.paras:
        raise IngestError(where, "a resolution without paragraphs: nothing follows the enacting formula")
    warnings = list(source.warnings) + parser.warnings

    kind, symbol, number = _identity(head, body, where)
    adopted_by: Entity | None = None
    if not kind.startswith("draft"):
        name = head.body_name or (head.body or body).names[0]
        adopted_by = resolve_body(name, lang)

    date = head.date or parser.closing_date
    if kind.startswith("draft"):
        date = date or head.issued
    if date is None:
        warnings.append("no date of adoption found")
    session = head.session
    if session is None and number and "/" in number:
        session = number.split("/")[0]

    title = head.title or ""
    if not title:
        warnings.append("no title found")
        title = symbol

    record = Record(
        symbol=symbol,
        kind=kind,
        language=lang,
        title=plain(title),
        adopted_by=adopted_by,
        date=date,
        paragraphs=[],
        number=number if not kind.startswith("draft") else None,
        session=session,
        agenda_items=head.agenda,
        meeting=parser.meeting,
        recommended_by=resolve_body(head.recommended_by, lang) if head.recommended_by else None,
        recommendation_document=head.recommendation_document,
        sections=[s for s in parser.sections if s.first_paragraph],
        other_symbols=head.other_symbols,
        sponsors=head.sponsors,
        issued=head.issued,
        source=SourceInfo(
            file=source.name, sha256=source.sha256, format=source.format, reader=source.reader, reader_version=__version__
        ),
        warnings=warnings,
    )
    _finish(record, parser, source, lang)
    return name_divisions(record)


def _frame(blocks: list[Block], prof: Profile, lang: str, where) -> tuple[_Header, int, Body, str | None, list[str]]:
    """The header, where the enacting formula stands (the preamble follows it) and whose it is, the
    words of a decision printed as one sentence after its formula, and the warnings on the way.

    Raises:
        NotAResolution: the header says it is no resolution, or no enacting formula opens a preamble.
    """
    formula_at, body = _formula(blocks, prof)
    inline: str | None = None  # a decision's one sentence: "The General Assembly, recalling ..., decides ..."
    if formula_at is None:
        formula_at, body, inline = _inline_formula(blocks, prof)
    head = _read_header(blocks[: formula_at if formula_at is not None else min(len(blocks), 30)], prof, lang)
    if head.refusal:
        raise NotAResolution(where, f"{head.refusal[:80]!r}: not a UN resolution or decision")
    if formula_at is not None:
        return head, formula_at, body, inline, []
    formula_at = _title_at(blocks, prof, head)
    if formula_at is None:
        raise NotAResolution(
            where,
            "not a UN resolution or decision: no enacting formula such as "
            f"{prof.bodies[0].formulas[0]!r} opens a preamble",
        )
    return head, formula_at, head.body or prof.bodies[0], inline, [
        "no enacting formula printed: the preamble read from after the title"]


def _identity(head: _Header, body: Body, where) -> tuple[str, str, str | None]:
    """The document's kind, symbol and number: as the header prints them, else from each other (a
    resolution number and the adopting body's series give the symbol).

    Raises:
        NotAResolution: neither a masthead symbol nor a resolution number.
    """
    number = head.number
    kind = head.kind
    if head.draft:
        kind = f"draft-{head.draft}"
    elif kind is None:
        kind = symbol_kind(head.symbol) if head.symbol and symbol_kind(head.symbol) != "document" else "resolution"
    symbol = head.symbol
    series = (head.body or body).series
    if symbol is None and number:
        found = _symbols(f"{series}/{'DEC' if kind == 'decision' else 'RES'}/{number.replace(' ', '')}")
        symbol = found[0] if found else None
    if symbol is None:
        raise NotAResolution(where, "no document symbol: neither a masthead symbol nor a resolution number")
    if number is None and not kind.startswith("draft"):
        number = symbol_number(symbol)
    return kind, symbol, number


def _finish(record: Record, parser: _Parser, source: Source, lang: str) -> None:
    """Paragraph texts, verbs, footnotes anchored where their call-outs stand, citations."""
    anchored = _paragraphs(record, parser, lang)
    _footnotes(record, parser, source, anchored)
    texts = [(p.id, p.text) for p in record.paragraphs] + [(f"fn:{f.number}", f.text) for f in record.footnotes]
    record.citations = unique(c for anchor, text in texts for c in cite(text, anchor, lang))


def _paragraphs(record: Record, parser: _Parser, lang: str) -> dict[str, str]:
    """The record's paragraphs, their marks taken out: each opening verb, and where each footnote's
    call-out stands (returned: footnote marker -> paragraph id)."""
    anchored: dict[str, str] = {}
    for para in parser.paras:
        text, emphasis, callouts = unmark(para.text)
        if not text:
            record.warnings.append(f"{para.id} has no text")
            text = "…"
        markers = []
        for _, marker in callouts:
            if not marker.isdigit():
                continue
            if marker in anchored:
                record.warnings.append(f"footnote {marker} called out twice: anchored to {anchored[marker]}")
                continue
            anchored[marker] = para.id
            markers.append(marker)
        record.paragraphs.append(
            Paragraph(id=para.id, kind=para.kind, number=para.number, text=text, parent=para.parent,
                      section=para.section, verb=_verb(text, emphasis, lang), footnotes=markers)
        )
    return anchored


def _footnotes(record: Record, parser: _Parser, source: Source, anchored: dict[str, str]) -> None:
    """The record's footnotes, each anchored where its call-out stands (else on the last paragraph
    of its page), and what is wrong with their numbering."""
    notes = [b for b in source.blocks if b.role == "footnote" and b.marker and b.marker.isdigit()]
    seen: set[str] = set()
    for note in notes:
        if note.marker in seen:
            record.warnings.append(f"footnote {note.marker} printed twice: the second dropped")
            continue
        seen.add(note.marker)
        anchor = anchored.get(note.marker)
        if anchor is None:
            anchor = _nearest(parser.paras, note.page)
            record.warnings.append(f"footnote {note.marker}: no call-out found, anchored to {anchor}")
        record.footnotes.append(Footnote(number=note.marker, text=plain(note.text), paragraph=anchor))
    for marker in anchored:
        if marker not in seen:
            record.warnings.append(f"call-out {marker} in {anchored[marker]} has no footnote text")
    numbers = sorted(int(n.number) for n in record.footnotes)
    if numbers and numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        missing = sorted(set(range(numbers[0], numbers[-1] + 1)) - set(numbers))
        record.warnings.append(f"footnote numbers missing: {', '.join(map(str, missing[:10]))}")


def _nearest(paras: list[_Para], page: int) -> str:
    """The last paragraph on a footnote's page (a footnote whose call-out was not found)."""
    best = paras[0].id
    for p in paras:
        if p.page <= page:
            best = p.id
    return best


__all__ = ["parse", "detect_language"]
