"""Read one UN resolution in AKN4UN XML (Akoma Ntoso for the United Nations) into a Record.

The files are the UN's own markup (DGACM, "AKN4UN" profile of OASIS LegalDocML Akoma Ntoso 3.0,
namespace ``http://docs.oasis-open.org/legaldocml/ns/akn/3.0`` plus ``http://un.org/akn4un``).
What the reader takes from where (AKN element -> Record field):

- ``meta/identification``: ``FRBRWork/FRBRdate[@name="adoption"]`` -> ``date`` (the later issue date is
  ``FRBRExpression/FRBRdate[@name="publication"]`` -> ``issued``), ``FRBRWork/FRBRauthor`` -> ``adopted_by``,
  ``FRBRExpression/FRBRlanguage`` (ISO 639-2/B: zho, eng, ...) -> ``language``, ``FRBRuri`` -> ``frbr_*``.
- ``meta/classification/keyword[@href]`` -> ``subjects`` (SDGO -> SDG, UNBIS, EuroVoc).
- ``meta/workflow/step[@outcome="recommendedForAdoption"]`` -> ``recommended_by``, ``recommendation_document``.
- ``meta/analysis/parliamentary/voting`` -> ``voting`` (``count[@refersTo]``, ``akn4un:voters/organization``).
- ``coverPage``: ``docNumber[@refersTo="#symbol"]`` -> ``symbol``; ``session/@value``; ``inline[@name="agenda
  item"]/@title``; ``docProponent`` and its ``inline[@name="originating document"]``.
- ``preface/docTitle`` -> ``title``; ``conclusions`` adoption meeting -> ``meeting``.
- ``preamble/container`` -> preambular paragraphs ``pre:N``; ``mainBody/paragraph`` with a printed number ->
  operative ``op:N``; ``list/point`` (and the flat Arabic form, where lettered sub-paragraphs are sibling
  paragraphs) -> ``op:N(a)``, ``op:N(a)(i)``; unnumbered headings -> ``sections``.
- several ``preamble``/``mainBody`` pairs in one statement (sections of a resolution, each with its own
  preamble; an adopted document printed after the resolution; a quotation or heading between
  preambular paragraphs) -> read in order, see ``_statement``; ``attachments`` -> annexes.
- an article heading in an annex (``Article 5``, ``Article premier``, ``Статья 5``, ``第五条``) -> a
  section with ``article`` ``annex-I/art:5`` whose paragraphs are ``annex-I5/op:N``.
- ``authorialNote`` -> ``footnotes`` (anchored where the call-out stands); ``a[@href]`` to undocs.org ->
  ``citations``; the opening marked ``span`` -> the paragraph's verb.

The reader feeds what the markup says to the numbering engine (:mod:`unkg.ingest.numbering`), which
gives the ids: numbering that restarts (annexes, resolutions in parts A/B, a draft resolution
recommended to the General Assembly, sections of budget resolutions) gets the contract's one prefix
slot ``annex-X/``; sub-paragraph labels of the six languages become the Latin letters and Roman
numerals of the English text, so that the six language versions yield the same ids.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from unkg import __version__
from unkg.symbols import SymbolError, file_name_number, is_valid_symbol, parse_symbols, symbol_kind, symbol_number
from unkg.ingest.citations import cite, unique
from unkg.ingest.resolve import resolve_body
from unkg.ingest import verbs as _verbs
from unkg.ingest.errors import IngestError, read_bytes
from unkg.ingest.numbering import (Label, Letters, Numbering, Slot, article_number, classify, continues, name_divisions,
                                   numbered_points, provisional, resolve_list, suffix)
from unkg.numerals import letters
from unkg.record import (
    Citation,
    Entity,
    Footnote,
    Paragraph,
    Record,
    Section,
    SourceInfo,
    Subject,
    Voting,
)

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN4UN_NS = "http://un.org/akn4un"
NS = {"akn": AKN_NS, "akn4un": AKN4UN_NS}
_A = "{" + AKN_NS + "}"

# FRBRlanguage (ISO 639-2 as the UN writes it) -> ISO 639-1; file-name suffix letters (job number + letter);
# the folders the UN's repositories sort files into. German: the repositories carry some German files.
_LANGUAGES = {"ara": "ar", "zho": "zh", "chi": "zh", "eng": "en", "fra": "fr", "fre": "fr", "rus": "ru", "spa": "es",
              "deu": "de", "ger": "de"}
_SUFFIX = {"A": "ar", "C": "zh", "E": "en", "F": "fr", "R": "ru", "S": "es", "G": "de"}
_FOLDERS = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es",
            "German": "de"}
# the six UN languages (the ones unkg reads) and the script each is written in; the others by name
_SCRIPTS = {"ar": "Arabic", "zh": "Chinese", "en": "Latin", "fr": "Latin", "ru": "Cyrillic", "es": "Latin"}
_NAMES = {"de": "German"}

# classification/keyword/@dictionary -> Subject.scheme
_SCHEMES = {"SDGO": "SDG", "UNBIS": "UNBIS", "EuroVoc": "EuroVoc"}

_KINDS = {"resolution": "resolution", "decision": "decision", "draft resolution": "draft-resolution",
          "draft decision": "draft-decision", "declaration": "declaration"}

# tags
_NOTE = _A + "authorialNote"
_SUP = _A + "sup"
_LINK = _A + "a"
_SPAN = _A + "span"
_NUM = _A + "num"
_P = _A + "p"
_PARAGRAPH = _A + "paragraph"
_CONTAINER = _A + "container"
_PREAMBLE = _A + "preamble"
_MAINBODY = _A + "mainBody"
_CROSSHEADING = _A + "crossHeading"
_LIST = _A + "list"
_BLOCKLIST = _A + "blockList"
_SUBLIST = _A + "sublist"
_POINT = _A + "point"
_ITEM = _A + "item"
_INTRO = _A + "intro"
_LISTINTRO = _A + "listIntroduction"
_CONTENT = _A + "content"
_SUBHEADING = _A + "subheading"
_HEADING = _A + "heading"
_EMBEDDED = _A + "embeddedStructure"
_TABLE = _A + "table"
_FORMULA = _A + "formula"
_DECORATION = _A + "decoration"
_WRAPPERS = {_A + "section", _A + "part", _A + "chapter", _A + "division", _A + "hcontainer",
             _A + "title", _A + "subsection", _A + "article", _A + "clause", _A + "tblock"}

_PARSER = etree.XMLParser(remove_comments=True, remove_pis=True, resolve_entities=False, no_network=True,
                          huge_tree=True)

# spaces the markup leaves between Chinese characters (where a footnote stood): not part of the text
_CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")
_UNDOCS = re.compile(r"^(?:https?:)?//(?:www\.)?(?:undocs\.org|docs\.un\.org|documents\.un\.org)/", re.I)


def read_akn(path: Path) -> Record:
    """One AKN4UN resolution file -> its Record (one instrument in one language).

    A ``documentCollection`` (several resolutions printed as one document, ``A/RES/78/80 A-B``) is read
    as one Record under the collection's symbol, each resolution a division (``annex-A/``, ``annex-B/``).

    Raises:
        IngestError: not XML or truncated XML, XML that is not AKN, an AKN document that is not a
            UN statement, a language that is not one of the six, no paragraphs.
    """
    path = Path(path)
    data = read_bytes(path)
    root = _parse(path, data)
    return _Reader(path, data, root).record()


# --- parsing and document checks ---------------------------------------------------------------------


def _parse(path: Path, data: bytes) -> etree._Element:
    if not data.strip():
        raise IngestError(path, "empty file, not XML")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as err:
        where = f"line {err.lineno}, column {err.offset}" if err.lineno else "unknown position"
        msg = (err.msg or str(err)).split(", line ")[0]
        raise IngestError(path, f"not well-formed XML ({where}): {msg}") from None
    if root.tag != _A + "akomaNtoso":
        raise IngestError(path, f"not an AKN document: the root element is <{etree.QName(root).localname}> "
                                f"in {etree.QName(root).namespace or 'no namespace'}, not <akomaNtoso> in {AKN_NS}")
    return root


def _norm(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def _all_text(el: etree._Element) -> str:
    return _norm("".join(el.itertext()))


def _own_text(el: etree._Element) -> str:
    """An element's words without its footnotes' words."""
    parts: list[str] = []

    def walk(e: etree._Element) -> None:
        if e.text:
            parts.append(e.text)
        for c in e:
            if c.tag != _NOTE and isinstance(c.tag, str):
                walk(c)
            if c.tail:
                parts.append(c.tail)

    walk(el)
    return _norm("".join(parts))


# --- the reader -----------------------------------------------------------------------------------

_LEADING_OP = re.compile(r"^\s*(\d{1,4})(?:\s*[\-–‐.](?!\d)\s*|\t\s*)")  # Arabic: "1 -\t" inline, no <num>
_LEADING_SUB = re.compile(r"^\s*([(（]?(?:[^()（）\s]{1,6}|(\S) \2)[)）]|[’‘][0-9]{1,3}[’‘]|[\u3220-\u3229])\s+")
_ARABIC_NOTE_MARK = re.compile(r"^\s*\(\s*\)\s*")  # Arabic footnotes open with "()" where the marker goes
# the adoption line ("43rd plenary meeting") where a file marks it up as a body paragraph
_MEETING_LINE = re.compile(r"plenary meeting|séance plénière|(?:sesión|reunión) plenaria|пленарное заседание|"
                           r"الجلسة العامة|جلسة عامة|全体会议", re.I)
_ANNEX_WORDS = re.compile(r"^(?:(annex|annexe|anexo|приложение|附件|المرفق|مرفق)(?![a-zа-я])|.{0,20}附件[一二三四五六七八九十]*$)", re.I)


@dataclass
class _Anchor:
    """Where footnote call-outs and links stand, settled once the paragraph id is known."""

    id: str | None = None


@dataclass(frozen=True)
class _Parts:
    """What one mainBody paragraph holds, read once: its label, its words, its points."""

    el: etree._Element
    num: etree._Element | None  # its <num>
    label: Label | None  # its printed number or sub-paragraph label; None: unnumbered
    inline: re.Match | None  # a label printed at the start of its words (Arabic "1 -\t"): stripped from its text
    blocks: list  # the elements holding its words
    first_p: etree._Element | None  # the one its verb opens
    points: etree._Element | None  # its list of sub-paragraphs


class _Reader:
    def __init__(self, path: Path, data: bytes, root: etree._Element) -> None:
        self.path = path
        self.data = data
        self.root = root
        self.paragraphs: list[Paragraph] = []
        self.by_id: dict[str, Paragraph] = {}
        self.sections: list[tuple[Section, _Anchor]] = []
        self.notes: list[tuple[etree._Element, _Anchor]] = []
        self.links: list[tuple[etree._Element, _Anchor, bool]] = []  # (a, anchor, in a footnote)
        self.warnings: list[str] = []
        self.pending: list[_Anchor] = []  # anchors of headings waiting for the next paragraph
        self.awaiting: Paragraph | None = None  # a numbered paragraph whose words stand in the next one
        self.listing: Paragraph | None = None  # an operative paragraph whose unlabelled list items follow it
        self.tables: list = []  # tables opening a part, awaiting its first paragraph (see _tables)
        self.num = Numbering(lists=True)

    # -- record --------------------------------------------------------------------------------

    def record(self) -> Record:
        doc, meta = self._document()
        self.language = self._language(meta)
        cover = doc.find("akn:coverPage", NS)
        symbol, other = self._symbol(doc, meta, cover)
        self.symbol = symbol = self._settled_symbol(doc, symbol)
        collection = etree.QName(doc).localname == "documentCollection"
        kind = _KINDS.get("resolution" if collection else doc.get("name", ""), "other")
        self._read_body(doc, collection)
        footnotes = self._footnotes()
        cites = self._citations(footnotes)
        rec = Record(
            symbol=symbol,
            kind=kind,
            language=self.language,
            title=self._title(doc),
            adopted_by=self._adopted_by(meta, cover),
            date=_attr(meta, "akn:identification/akn:FRBRWork/akn:FRBRdate[@name='adoption']", "date")
            or _attr(doc, ".//akn:conclusions//akn:docDate", "date"),
            paragraphs=self.paragraphs,
            footnotes=footnotes,
            citations=cites,
            number=symbol_number(symbol),
            session=self._session(cover),
            agenda_items=self._agenda_items(cover),
            meeting=self._meeting(doc, meta),
            sections=[s for s, _ in self.sections],
            other_symbols=other,
            subjects=self._subjects(meta),
            voting=self._voting(meta),
            issued=_attr(meta, "akn:identification/akn:FRBRExpression/akn:FRBRdate[@name='publication']", "date")
            or _attr(cover, ".//akn:docDate", "date"),
            frbr_work=_attr(meta, "akn:identification/akn:FRBRWork/akn:FRBRuri", "value"),
            frbr_expression=_attr(meta, "akn:identification/akn:FRBRExpression/akn:FRBRuri", "value"),
            source=SourceInfo(file=self.path.name, sha256=hashlib.sha256(self.data).hexdigest(), format="akn",
                              reader="read_akn", reader_version=__version__),
            warnings=self.warnings,
        )
        rec.recommended_by, rec.recommendation_document = self._recommendation(meta, cover)
        return name_divisions(rec)

    def _document(self) -> tuple[etree._Element, etree._Element]:
        """The UN statement (or collection of statements) the file holds, and its <meta>."""
        doc = next((c for c in self.root if isinstance(c.tag, str)), None)
        if doc is None:
            raise IngestError(self.path, "AKN document without content: <akomaNtoso> is empty")
        name = etree.QName(doc).localname
        if name not in ("statement", "documentCollection"):
            raise IngestError(self.path, f"not a UN resolution: the AKN document is <{name}>, not <statement>")
        meta = doc.find("akn:meta", NS)
        if meta is None:
            raise IngestError(self.path, f"AKN <{name}> without <meta>")
        return doc, meta

    def _read_body(self, doc: etree._Element, collection: bool) -> None:
        """Every paragraph and heading, in reading order."""
        if collection:
            self._collection(self.root)
        else:
            self._statement(doc)
        self._opening_tables(None)
        if not self.paragraphs:
            raise IngestError(self.path, "no paragraphs: neither preamble containers nor mainBody paragraphs")
        for anchor in self.pending:  # headings with nothing after them anchor their notes on the last paragraph
            anchor.id = self.paragraphs[-1].id
        self.sections = [(s, a) for s, a in self.sections if s.first_paragraph]

    # -- metadata ------------------------------------------------------------------------------

    def _language(self, meta: etree._Element) -> str:
        """FRBRExpression/FRBRlanguage; where the statement's metadata is silent (the collections of
        multi-part resolutions, A/RES/80/236 A-B, leave the collection's <meta> empty), what the file
        name's suffix, its folder and the resolutions' own metadata say, when they agree with each
        other and with the script the text is written in (:meth:`_language_unstated`)."""
        code = _attr(meta, "akn:identification/akn:FRBRExpression/akn:FRBRlanguage", "language")
        if not code:
            return self._language_unstated()
        lang = _LANGUAGES.get(code.lower(), code.lower())
        if lang not in _SCRIPTS:
            raise IngestError(self.path, _not_read(lang, f"FRBRlanguage {code!r}"))
        suffix, _ = _name_language(self.path)
        if suffix and suffix[1] != lang:
            self.warnings.append(f"file name suffix {suffix[0]!r} says {suffix[1]}, "
                                 f"FRBRlanguage {code!r} says {lang}: read as {lang}")
        return lang

    def _language_unstated(self) -> str:
        """The language of a file whose own metadata names none: its file name's suffix (``…E.xml``),
        its folder (``English/``) and the FRBRlanguage of the statements it holds say the same
        language, and the text is written in that language's script; else one line says what each says."""
        witnesses: list[tuple[str, str]] = []  # (what says it, the language it says)
        suffix, folder = _name_language(self.path)
        if suffix:
            witnesses.append((f"file name suffix {suffix[0]!r}", suffix[1]))
        if folder:
            witnesses.append((f"folder {folder[0]}", folder[1]))
        codes = sorted({el.get("language", "").strip() for el in self.root.iterfind(
            ".//akn:meta/akn:identification/akn:FRBRExpression/akn:FRBRlanguage", NS)} - {""})
        for code in codes:
            witnesses.append((f"a statement's FRBRlanguage {code!r}", _LANGUAGES.get(code.lower(), code)))
        said = {lang for _, lang in witnesses}
        script = _script(" ".join(self.root.itertext()))
        what = ", ".join(f"{who} says {lang}" for who, lang in witnesses)
        if not witnesses:
            raise IngestError(self.path, "unknown language: no FRBRlanguage, and neither the file name nor its folder "
                                         "names one")
        if len(said) > 1:
            raise IngestError(self.path, f"unknown language: no FRBRlanguage, and {what}")
        lang = said.pop()
        if lang not in _SCRIPTS:
            raise IngestError(self.path, _not_read(lang, what))
        if script != _SCRIPTS[lang]:
            raise IngestError(self.path, f"unknown language: no FRBRlanguage; {what}, but the text is in "
                                         f"{script or 'no'} script, not {_SCRIPTS[lang]}")
        self.warnings.append(f"no FRBRlanguage in the document's metadata: read as {lang}, as {what} "
                             f"and the text is in {script} script")
        return lang

    def _symbol(self, doc, meta, cover) -> tuple[str, list[str]]:
        printed = cover.findtext("akn:p/akn:docNumber[@refersTo='#symbol']", None, NS) if cover is not None else None
        if printed is None and cover is not None:
            printed = cover.findtext(".//akn:docNumber", None, NS)
        candidates = [printed, _attr(meta, "akn:identification/akn:FRBRWork/akn:FRBRuri", "value")]
        for cand in candidates:
            if not cand or not cand.strip():
                continue
            try:
                symbols = parse_symbols(cand)
            except SymbolError:
                continue
            if cand is not printed and printed and printed.strip():  # never taken in silence
                self.warnings.append(f"the coverPage docNumber {_norm(printed)[:80]!r} is not a UN document symbol: "
                                     f"read as {symbols[0]}, as the FRBR URI says")
            return symbols[0], symbols[1:]
        raise IngestError(self.path, "no document symbol: neither coverPage docNumber nor FRBRWork FRBRuri "
                                     "gives one")

    def _settled_symbol(self, doc, symbol: str) -> str:
        """The symbol the metadata gives, checked against the file name's number and the number the
        resolution prints above its title (``preface/docNumber``: ``75/269.``), the text's own word.

        Where the file name and the metadata disagree, the printed number decides: a file whose
        metadata was copied from the resolution before it (A/RES/75/269 zh says A/RES/75/268 on its
        cover page, A/RES/78/4 fr says A/RES/78/3) is read under the number its text prints and its
        file name gives; a misprinted heading (``78/6.`` in A/RES/78/60 fr) does not outvote both.
        Either way one warning says so; a file whose three numbers all differ is not read.
        """
        said = _number(symbol_number(symbol))
        heading = _norm(doc.findtext("akn:preface//akn:docNumber", "", NS)) or None
        printed, named = _number(heading), file_name_number(self.path.name)
        if said is None:
            return symbol
        if printed is None or printed == said:
            if named and named != said:
                own = f", as its heading does ({heading})" if printed else ""
                self.warnings.append(f"the file name says resolution {named}, the document says {symbol}{own}: "
                                     f"read as {symbol}")
            return symbol
        if named == printed:
            settled = symbol.replace(said, printed, 1)
            if settled != symbol and is_valid_symbol(settled):
                self.warnings.append(f"the metadata says {symbol}, but the resolution prints {heading!r} above its "
                                     f"title, as its file name says: read as {settled}")
                return settled
        if named is None or named == said:
            self.warnings.append(f"the resolution prints {heading!r} above its title, its metadata says {symbol}"
                                 f"{' as its file name does' if named else ''}: read as {symbol}")
            return symbol
        raise IngestError(self.path, f"the file name says resolution {named}, the metadata {symbol}, the heading "
                                     f"{heading!r}: not read under any of them")

    def _title(self, doc) -> str:
        pre = doc.find("akn:preface", NS)
        title = ""
        if pre is not None:
            el = pre.find(".//akn:docTitle", NS)
            if el is not None:
                title = self._heading_text(el, _Anchor("title"))
        if not title:
            cover = doc.find("akn:coverPage", NS)
            el = cover.find(".//akn:docTitle", NS) if cover is not None else None
            title = _all_text(el) if el is not None else ""
        return title or self.symbol

    def _adopted_by(self, meta, cover) -> Entity | None:
        """FRBRWork/FRBRauthor (``ecosoc``, ``ga``: AKN TLC keys the registry knows), else the issuing body
        as the cover page prints it."""
        candidates = []
        href = (_attr(meta, "akn:identification/akn:FRBRWork/akn:FRBRauthor", "href") or "").lstrip("#")
        if href:
            candidates.append(href)
            org = meta.find(f"akn:references/akn:TLCOrganization[@eId='{href}']", NS)
            if org is not None and org.get("href"):
                candidates.append(org.get("href").rstrip("/").rsplit("/", 1)[-1])  # economicAndSocialCouncil
        if cover is not None:
            printed = cover.find(".//akn:docAuthority[@refersTo='#issuingBody']", NS)
            if printed is not None and _all_text(printed):
                candidates.append(_all_text(printed))
        return self._body_entity(candidates)

    def _body_entity(self, names: list[str]) -> Entity | None:
        """The first of ``names`` the registry knows, in the document's language; else the first, unknown."""
        names = [n for n in names if n and n.strip()]
        if not names:
            return None
        first = None
        for name in names:
            entity = resolve_body(name, self.language)
            if entity.known:
                return entity
            first = first or entity
        return first

    def _session(self, cover) -> str | None:
        """coverPage session/@value; else its printed digits; else the session component of the symbol
        (``A/RES/79/1`` -> 79, ``E/RES/2022/15`` -> 2022: ECOSOC sessions are named by year)."""
        el = cover.find(".//akn:session", NS) if cover is not None else None
        if el is not None:
            value = (el.get("value") or "").strip()
            if value:
                return value
            m = re.search(r"\d+", _all_text(el))
            if m:
                return m.group(0)
        m = re.match(r"^[AE]/(?:RES|DEC)/(\d+)/", self.symbol)
        return m.group(1) if m else None

    def _agenda_items(self, cover) -> list[str]:
        if cover is None:
            return []
        out = []
        for el in cover.iterfind(".//akn:inline[@name='agenda item']", NS):
            title = el.get("title") or re.sub(r"^\D*", "", _all_text(el))
            for item in re.split(r"\s*(?:,|\band\b|et|y|и|و|和|、)\s*", title):
                norm = _agenda_item(item)
                if norm and norm not in out:
                    out.append(norm)
        return out

    def _meeting(self, doc, meta) -> str | None:
        concl = doc.find("akn:conclusions", NS)
        if concl is not None:
            for el in concl.iter(_A + "inline", _A + "location"):
                if el.get("name") == "adoptionMeeting" or el.get("refersTo") == "#adoptionMeeting":
                    m = re.search(r"\d+", el.get("title") or "") or re.search(r"\d+", _all_text(el))
                    if m:
                        return m.group(0)
        adopted = meta.find("akn:workflow/akn:step[@outcome='adopted']", NS)
        if adopted is not None:
            text = adopted.get("as") or ""
            m = re.search(r"PV\.(\d+)", text) or re.search(r"(\d+)(?:st|nd|rd|th) plenary", text)
            if m:
                return m.group(1)
        return None

    def _recommendation(self, meta, cover) -> tuple[Entity | None, str | None]:
        """workflow/step[@outcome="recommendedForAdoption"] (``as``: the report, ``by``: the recommending
        body as a UN Digital Library heading) and the cover page's docProponent (``refersTo``: a TLC key
        such as ``#secondCommittee`` or, in ECOSOC files, the body's English name; its ``originating
        document``). Resolutions adopted without reference to a Main Committee have no recommending body."""
        step = meta.find("akn:workflow/akn:step[@outcome='recommendedForAdoption']", NS)
        doc_symbol = _first_symbol(step.get("as")) if step is not None else None
        names: list[str] = []
        prop = cover.find(".//akn:docProponent", NS) if cover is not None else None
        no_body = False
        if prop is not None:
            if doc_symbol is None:
                orig = prop.find(".//akn:inline[@name='originating document']", NS)
                if orig is not None:
                    doc_symbol = _first_symbol(_all_text(orig))
            ref = (prop.get("refersTo") or "").strip()
            if ref.startswith("#"):
                key = ref[1:]
                no_body = key in ("noMainCommittee", "plenaryMeeting")
                names.append(key)
                term = meta.find(f"akn:references/*[@eId='{key}']", NS)
                if term is not None and term.get("showAs"):
                    names.append(term.get("showAs"))
            elif ref:
                no_body = ref.lower() in ("silence procedure",)
                names.append(ref)
        if step is not None and (step.get("by") or "").strip():
            names.append(step.get("by").strip())
        if no_body:
            return None, doc_symbol
        return self._body_entity(names), doc_symbol

    def _subjects(self, meta) -> list[Subject]:
        out: list[Subject] = []
        seen: set[str] = set()
        for kw in meta.iterfind("akn:classification/akn:keyword", NS):
            href = (kw.get("href") or "").strip()
            if not href or href in seen:
                continue
            seen.add(href)
            dictionary = kw.get("dictionary") or ""
            out.append(Subject(iri=href, scheme=_SCHEMES.get(dictionary, dictionary or "other"),
                               label=kw.get("value") or kw.get("showAs")))
        return out

    def _voting(self, meta) -> Voting | None:
        voting = meta.find("akn:analysis/akn:parliamentary/akn:voting", NS)
        if voting is None or not voting.get("outcome"):
            return None
        result = Voting(outcome=voting.get("outcome"))
        keys = {"inFavour": "in_favour", "against": "against", "abstaining": "abstaining"}
        for count in voting.iterfind("akn:count", NS):
            key = keys.get((count.get("refersTo") or "").lstrip("#"))
            if key is None:
                continue
            value = (count.get("value") or "").strip()
            if value.isdigit():
                result.counts[key] = int(value)
            names = [_all_text(o) for o in count.iterfind("akn4un:voters/akn:organization", NS)]
            getattr(result, key).extend(n for n in names if n)
        if result.counts and "recorded" in result.outcome.lower():
            for key in keys.values():  # a recorded vote's files leave out the counts that are zero
                result.counts.setdefault(key, 0)
        return result

    # -- body ----------------------------------------------------------------------------------

    def _collection(self, root) -> None:
        """A documentCollection (A/RES/78/80 A-B): each component statement is a part."""
        comps = root.find("akn:components", NS)
        statements = [] if comps is None else [c.find("akn:statement", NS) for c in comps.iterfind("akn:component", NS)]
        for st in statements:
            if st is not None:
                self.num.part()
                self._statement(st)

    def _statement(self, st) -> None:
        """A statement's preambles and bodies in order, then its components and attachments.

        Most statements have one preamble and one body. Where a statement has several (the markup
        splits the text wherever something other than preambular paragraphs stands among them), a
        preamble after a body that held operative paragraphs opens a new division (:meth:`_resumes`);
        after a body without any (a heading, a quoted question, ``* * *`` set between preambular
        paragraphs), the preamble goes on.
        """
        self._preambles_and_bodies(st)
        comps = st.find("akn:components", NS)
        if comps is not None:
            for comp in comps.iterfind("akn:component", NS):
                inner = next((c for c in comp if isinstance(c.tag, str)), None)
                if inner is not None:
                    self.num.part()  # a draft resolution recommended for adoption
                    self._statement(inner)
        att = st.find("akn:attachments", NS)
        if att is not None:
            for attachment in att.iterfind("akn:attachment", NS):
                for doc in attachment:
                    if isinstance(doc.tag, str):
                        self._attachment(doc)

    def _preambles_and_bodies(self, el) -> None:
        read_body = False
        children = [c for c in el if c.tag in (_PREAMBLE, _MAINBODY)]
        for i, child in enumerate(children):
            if child.tag == _PREAMBLE:
                if read_body:
                    self._resumes()
                self._preamble_children(child)
            elif i + 1 < len(children) and self.num.div.pre and not self.num.div.ops and not _has_numbered(child):
                self._interlude(child)
            else:
                self._body(child)
                read_body = True

    def _interlude(self, body) -> None:
        """A body between two preambles, without numbered paragraphs: what a preambular paragraph quotes
        (a question put to the Court, the Court's findings (b) to (f): A/RES/80/116), headings, and
        preambular paragraphs marked up as body paragraphs (A/RES/77/118 en). Lettered paragraphs are
        sub-paragraphs of the preambular paragraph before them; other words are its text."""
        for el in _own_paragraphs(body):
            p = _parts(el)
            if self._heading(p):
                continue
            if p.label is not None and p.label.kind != "op":
                slot = self.num.quoted(p.label)
                self._sub(p, slot, p.label.printed)
            elif _ends_preambular(el) or self._verb(p.first_p) is not None:
                self._preambular(el)
            elif _is_heading(el, p.blocks) and not _own_text(el).endswith(("?", "？", "؟")):
                self._start_section(p.blocks or [el])
            else:
                self._append_text(self.paragraphs[-1].id, el)

    def _resumes(self) -> None:
        """A preamble after a body: where its paragraphs go.

        - the body before held no operative paragraph: the preamble goes on (A/RES/77/118 en, 80/131);
        - the body before ended with a colon (*Adopts the following outcome document:*): what follows
          is the document adopted, printed in the same file as its own preamble and body: an annex;
        - otherwise a new part of the resolution (the sections of a budget resolution, A/RES/80/243,
          each with its own preamble and numbering).
        """
        div = self.num.div
        if not div.ops:
            return
        last = self.paragraphs[-1] if self.paragraphs else None
        section = div.section if self.pending else None
        if last is not None and last.text.endswith((":", "：")):
            self.num.annex(opened=False)
        else:
            self.num.part()
        self.num.div.section = section

    def _embedded(self, emb) -> None:
        """A draft resolution printed inside the paragraph that recommends it (``embeddedStructure``):
        its containers are its preambular paragraphs, its paragraphs its operative ones."""
        outer = self.num.div
        self.num.part()
        self._body(emb)
        self.num.div = outer

    def _attachment(self, doc) -> None:
        self.num.annex(opened=False)
        self._preambles_and_bodies(doc)

    def _preamble_children(self, children) -> None:
        for child in children:
            tag = child.tag
            if tag in (_CONTAINER, _CROSSHEADING) or (tag == _P and child.find(_DECORATION) is None):
                self._preambular(child)
            elif tag in _WRAPPERS:
                self._preamble_children(child)

    def _preambular(self, el) -> None:
        if el.get("name") == "formula":
            return
        words = _all_text(el)
        if not words:
            return
        table = el.find(".//" + _TABLE)
        if table is not None and len(words) == len(_all_text(table)):
            self._tables(el)
            return
        if el.tag == _CONTAINER and el.get("name") == "" and _is_heading(el, [c for c in el if c.tag == _P]):
            # a heading set among preambular paragraphs, unnamed ("Países en situaciones especiales",
            # "* * *": A/RES/80/131 es, where the other languages close the preamble before it)
            self._start_section([el])
            return
        block = el.find(_BLOCKLIST)
        if block is not None and _operative_list(el, block):
            self._operatives_in_preamble(el, block)
            return
        if block is not None and _unnumbered_first_operative(el, block):
            self._first_operative_in_preamble(el, block)
            return
        pid = self.num.preambular()
        number = str(self.num.div.pre)
        if block is not None:
            intro = block.find(_LISTINTRO)
            parts = [c for c in el if c is not block]
            self._add(pid, "preambular", number, el, ([intro] if intro is not None else []) + parts, verb_from=intro)
            self._points(list(block), pid)
            return
        first_p = el if el.tag != _CONTAINER else next((c for c in el if c.tag == _P), None)
        self._add(pid, "preambular", number, el, [el], verb_from=first_p)

    def _tables(self, el) -> None:
        """The tables of a container (an appropriation by budget section, a scale of assessments, an
        annex's list of States), read as words of the paragraph they follow in their part: a row a
        line, cells separated by `` | ``, so that their words are searched and their citations and
        names linked like the paragraph's own. A table that opens its part (an annex made of a
        heading, a table and the table's notes: A/RES/78/249) opens the part's first paragraph; a part
        that is a table and nothing else (the scale of assessments annexed to A/RES/79/257) has it as
        its sole operative paragraph, op:1 (unnumbered, as a sole paragraph is)."""
        anchor = _Anchor()  # footnotes and links in the cells: the paragraph's, once known
        rows: list[str] = []
        for table in el.iter(_TABLE):
            for tr in table.iter(_A + "tr"):
                cells = []
                for cell in tr:
                    if cell.tag in (_A + "td", _A + "th"):
                        parts: list[str] = []
                        self._walk(cell, parts, anchor, False)
                        cells.append(_norm("".join(parts)))
                if any(cells):
                    rows.append(" | ".join(cells))
        if not rows:
            return
        div = self.num.div
        if not (div.pre or div.ops) or not self.paragraphs:
            if self.tables and self.tables[-1][3] is div:  # the part's tables: one paragraph
                self.tables[-1][1].extend(rows)
                self.notes = [(n, self.tables[-1][2] if a is anchor else a) for n, a in self.notes]
                self.links = [(x[0], self.tables[-1][2], x[2]) if x[1] is anchor else x for x in self.links]
            else:
                self.tables.append((el, rows, anchor, div, div.section, list(self.pending)))
            return
        para = self.paragraphs[-1]
        anchor.id = para.id
        text = "" if para.text == "…" else para.text
        para.text = "\n".join([text, *rows] if text else rows)
        if para is self.awaiting:
            self.awaiting = None

    def _opening_tables(self, para: Paragraph | None) -> None:
        """The tables waiting for the first paragraph of their part (:meth:`_tables`): its first words;
        where the part ended without one (``para`` is of another part, or None: the document ended),
        the part's sole operative paragraph."""
        waiting, self.tables = self.tables, []
        for el, rows, anchor, div, section, headings in waiting:
            if para is not None and div is self.num.div:
                anchor.id = para.id
                text = "" if para.text == "…" else para.text
                para.text = "\n".join([*rows, text] if text else rows)
                continue
            n = len(div.ops) + 1
            div.ops.append(n)
            table = Paragraph(id=div.op(n), kind="operative", number=str(n), text="\n".join(rows), section=section,
                              source_id=el.get("eId"))
            self.paragraphs.append(table)
            self.by_id[table.id] = table
            for a in [anchor, *headings]:
                a.id = table.id
            self.pending = [a for a in self.pending if all(a is not h for h in headings)]
            for s, a in self.sections:
                if not s.first_paragraph and a.id:
                    s.first_paragraph = a.id

    def _first_operative_in_preamble(self, el, block) -> None:
        """Operative paragraph 1 set, without its number, as the preamble's last paragraph, its lettered
        sub-paragraphs its list and the rest of them in the body (A/RES/80/84 A zh: *Urges ... namely:*
        (a) to (e), then ㈠ to ㈣ of (e) and (f) in the body): read as op:1, the body going on with its
        sub-paragraphs."""
        slot = self.num.operative(1)
        intro = block.find(_LISTINTRO)
        self._add(slot.id, "operative", "1", el, [intro] + [c for c in el if c is not block], verb_from=intro)
        self._points(list(block), slot.id)
        seq, _ = _point_sequence(list(block))
        labels = [lab for _, lab in seq if lab is not None and lab.kind in ("alpha", "ambiguous")]
        if labels:
            self.num.div.letters = Letters(slot.id, f"{slot.id}{suffix(*resolve_list(labels)[-1])}", labels)
        self.warnings.append(f"operative paragraph 1 marked up, without its number, as a preambular paragraph "
                             f"({el.get('eId')}): read as op:1")

    def _operatives_in_preamble(self, el, block) -> None:
        """The operative paragraphs of a resolution that the markup set as the numbered list of its last
        preambular paragraph (Chinese files: A/RES/76/74, 80/244 A-C, 80/246). The list's introduction
        is that preambular paragraph (ending with a comma), or the line the other languages print
        unnumbered before paragraph 1 (*Resolves that, for 2026:*, 正式决定，对于2026年：), a heading
        there too; its items are operative paragraphs, lettered items their sub-paragraphs."""
        intro = block.find(_LISTINTRO)
        if intro is not None and _own_text(intro):
            if _ends_preambular(intro):
                pid = self.num.preambular()
                self._add(pid, "preambular", str(self.num.div.pre), el, [intro], verb_from=intro)
            else:
                self._start_section([intro])
        self.warnings.append(f"operative paragraphs marked up as the list of a preambular paragraph "
                             f"({el.get('eId')}): read as operative paragraphs")
        self.num.div.numbered = True
        for item in block:
            if item.tag in (_ITEM, _POINT):
                self._paragraph(item)

    def _body(self, body, scan: bool = True) -> None:
        if scan:
            self.num.div.numbered = _has_numbered(body)
        for child in body:
            tag = child.tag
            if tag == _PARAGRAPH:
                self._paragraph(child)
            elif tag in (_CROSSHEADING,):
                self._preambular(child)
            elif tag in (_SUBHEADING, _HEADING, _NUM):
                self._start_section([child])
            elif tag == _CONTAINER:
                if child.find(_TABLE) is not None:
                    self._tables(child)
                elif child.find(_PARAGRAPH) is not None:
                    self._body(child, scan=False)
                else:  # a container in a body is a preambular paragraph (embedded draft resolutions)
                    self._preambular(child)
            elif tag in _WRAPPERS:
                self._wrapper(child)
            elif tag == _P and _all_text(child):
                self._paragraph(child)

    def _wrapper(self, el) -> None:
        """section / part: a lettered part with its own preamble and numbering starts a division."""
        heads = [c for c in el if c.tag in (_NUM, _SUBHEADING, _HEADING)]
        own_preamble = any(c.tag == _CROSSHEADING for c in el)
        if own_preamble or self._restarts(el):
            self.num.part()
        if heads:
            self._start_section(heads)
        for child in el:
            if child.tag in (_NUM, _SUBHEADING, _HEADING):
                continue
            if child.tag in _WRAPPERS:
                self._wrapper(child)
            else:
                self._body([child], scan=False)  # type: ignore[arg-type]

    def _restarts(self, el) -> bool:
        """Whether the numbered paragraphs of this wrapper repeat numbers already used."""
        first = el.find(_PARAGRAPH + "/" + _NUM)
        if first is None:
            return False
        lab = classify(_all_text(first))
        return bool(lab and lab.kind == "op" and self.num.restarts(lab.value))

    # one mainBody paragraph -------------------------------------------------------------------

    def _paragraph(self, el) -> None:
        """One mainBody paragraph: a heading, the words of a number printed alone, an operative
        paragraph (numbered, or the sole one, unnumbered), or a sub-paragraph printed as a paragraph."""
        p = _parts(el)
        if self._heading(p):
            return
        if p.label is None and self.awaiting is not None and p.blocks:
            self._fill_awaiting(p)
            return
        self.awaiting = None
        if p.label is None and self._list_item(p):
            return
        self.listing = None
        label = p.label or self._unnumbered(p)
        if label is None:
            return
        if label.kind == "op":
            self._operative(p, label)
        else:
            self._flat_sub(p, label)

    def _heading(self, p: _Parts) -> bool:
        """A heading in a paragraph of its own: a subheading without words, or a numbered heading (II., A.)."""
        if (p.el.find(_SUBHEADING) is not None or p.el.find(_HEADING) is not None) and not p.blocks:
            self._start_section([c for c in p.el if c.tag in (_NUM, _SUBHEADING, _HEADING)])
            return True
        if p.label is not None and p.label.kind == "heading":
            self._start_section([p.num] + p.blocks if p.num is not None else p.blocks)
            return True
        return False

    def _list_item(self, p: _Parts) -> bool:
        """An unlabelled item of the list an operative paragraph opens with a colon, printed as a paragraph
        of its own (A/RES/78/318 op 4: "on the following themes:" / "Round table 1: ..." / "Round table 2:
        ..."): its words are the paragraph's, as the items of a list without letters are. The list runs
        until a numbered paragraph, a marked heading, or an enacting formula ("The General Assembly,")
        opening a text of its own."""
        last = self.paragraphs[-1] if self.paragraphs and not self.pending else None
        if last is None or last.kind != "operative" or not p.blocks or _marked_heading(p.el):
            return False
        if last is not self.listing and not last.text.endswith((":", "：")):
            return False
        if _own_text(p.el).endswith((",", "،", "，")):
            return False
        self._append_text(last.id, p.el)
        self.listing = last
        return True

    def _fill_awaiting(self, p: _Parts) -> None:
        """The words of a number that stood alone in its paragraph (French E/RES/2022/17: <num>1.</num>
        with an empty <p>, the text in the next, unnumbered paragraph)."""
        para, self.awaiting = self.awaiting, None
        parts: list[str] = []
        anchor = _Anchor(para.id)
        for b in p.blocks:
            self._walk(b, parts, anchor, False)
        para.text = _norm("".join(parts)) or para.text
        para.footnotes = [n.get("marker") or "" for n in _notes_in(p.blocks)]
        para.verb = para.verb or self._verb(p.first_p)
        self.warnings = [w for w in self.warnings if not w.startswith(f"{para.id} (")]

    def _unnumbered(self, p: _Parts) -> Label | None:
        """An unnumbered paragraph: the label of the sole operative paragraph it is, or None when it is
        read otherwise (the adoption line, a heading, a preambular paragraph)."""
        el, blocks = p.el, p.blocks
        text = _own_text(el)
        if len(text) < 80 and _MEETING_LINE.search(text):
            self.warnings.append(f"adoption line {text!r} ({el.get('eId')}) marked up as a paragraph: skipped")
            return None
        if _is_heading(el, blocks):
            # an enacting formula ("The Economic Commission for Europe,") in an annexed text is no heading
            if not text.endswith((",", "،", "，")):
                self._start_section(blocks or [el])
            return None
        if not self.num.div.ops and _ends_preambular(el):
            # a preambular paragraph marked up as a body paragraph (Arabic E/RES/2022/1)
            self._preambular(el)
            return None
        if self.num.div.numbered:
            # words between numbered paragraphs that are not numbered themselves ("Action 1. We will ...",
            # "Adopts the following Pact for the Future:"): kept as a section heading
            self.warnings.append(f"unnumbered paragraph {el.get('eId')} among numbered ones: read as a heading")
            self._start_section(blocks or [el])
            return None
        # a sole operative paragraph is not numbered (UN editorial practice): op:1, op:2 in order
        n = len(self.num.div.ops) + 1
        return Label("op", n, str(n))

    def _operative(self, p: _Parts, label: Label) -> None:
        slot = self.num.operative(label.value, in_list=not self.pending, opens_list=self._opens_list())
        if slot is None:
            self.warnings.append(f"duplicate paragraph number {label.printed} ({p.el.get('eId')}): skipped")
        elif slot.parent:  # an item of a numbered list inside the paragraph before
            self._sub(p, slot, label.printed)
        else:
            self._add(slot.id, "operative", str(label.value), p.el, p.blocks, verb_from=p.first_p, strip=p.inline)
            if p.points is not None:
                self._points(list(p.points), slot.id)
            for emb in p.el.iter(_EMBEDDED):
                self._embedded(emb)

    def _opens_list(self) -> bool:
        """Whether a repeated 1 opens a numbered list inside the paragraph just read: it is the last
        numbered one, ends with a colon, and no heading stands between (A/RES/79/1 annex I)."""
        last = self.num.div.last_op
        return (last is not None and self.paragraphs[-1].id == last and not self.pending
                and self.by_id[last].text.endswith((":", "：")))

    def _flat_sub(self, p: _Parts, label: Label) -> None:
        """A lettered or Roman sub-paragraph standing as its own paragraph (the Arabic files' flat form);
        lettered paragraphs at the top of a body (an annex's "(a) The Committee ...") are op:1, op:2."""
        slot = self.num.sub(label)
        if slot is None:
            self.warnings.append(f"duplicate paragraph {label.printed} ({p.el.get('eId')}): skipped")
        elif not slot.parent:
            self._add(slot.id, "operative", _norm(label.printed), p.el, p.blocks, verb_from=p.first_p, strip=p.inline)
        else:
            self._sub(p, slot, label.printed)

    def _sub(self, p: _Parts, slot: Slot, printed: str) -> None:
        if slot.id in self.by_id:
            self.warnings.append(f"duplicate sub-paragraph {slot.id} ({p.el.get('eId')}): skipped")
            return
        self._add(slot.id, "subparagraph", printed, p.el, p.blocks, parent=slot.parent, verb_from=p.first_p,
                  strip=p.inline)
        if p.points is not None:
            self._points(list(p.points), slot.id)

    def _points(self, children, parent: str) -> None:
        """list/point (and blockList/item): sub-paragraphs op:N(a), nested op:N(a)(i); numbered points
        lettered by position (:func:`numbered_points`): ``(1)`` under op:3 is op:3(a)."""
        seq, attached = _point_sequence(children)
        seq = list(zip([pt for pt, _ in seq], numbered_points([lab for _, lab in seq])))
        resolved = iter(resolve_list([lab for _, lab in seq if lab is not None and lab.kind not in ("heading", "op")]))
        for pt, lab in seq:
            if lab is not None and lab.kind == "heading":
                self._start_section([c for c in pt if c.tag not in (_SUBLIST, _LIST)])
                continue
            if lab is None or lab.kind == "op":
                self.warnings.append(f"unlabelled point {pt.get('eId') or ''} under {parent}: text kept in {parent}")
                self._append_text(parent, pt)
                continue
            pid = f"{parent}{suffix(*next(resolved))}"
            if pid in self.by_id:
                self.warnings.append(f"duplicate sub-paragraph {pid} ({pt.get('eId')}): skipped")
                continue
            blocks = _blocks(pt, None)
            first_p = next((b for b in blocks if b.tag == _P), None)
            self._add(pid, "subparagraph", _norm(lab.printed), pt, blocks, parent=parent, verb_from=first_p)
            for inner in [c for c in pt if c.tag in (_LIST, _SUBLIST, _BLOCKLIST)] + attached.get(id(pt), []):
                self._points(list(inner), pid)

    # headings and sections --------------------------------------------------------------------

    def _start_section(self, parts) -> None:
        anchor = _Anchor()
        texts = [self._heading_text(p, anchor) for p in parts if p is not None]
        heading = _norm(" ".join(t for t in texts if t))
        if not heading:
            return
        if self.num.div.annex and _ANNEX_WORDS.match(heading) and len(heading) < 40:
            self.num.annex_heading()  # "Annex", "Annex II", "附件一": a new annex, not a section
            return
        article = article_number(heading) if self.num.div.annex and len(heading) < 200 else None
        last = self.sections[-1][0] if self.sections and self.pending else None
        if article is not None:
            annex = self.num.div.annex
            self.num.article(article, numbered=_article_numbered(parts))
            section = Section(heading=heading, first_paragraph="", article=f"{provisional(annex, None)}art:{article}")
        elif last is not None and last.article and not last.first_paragraph:
            # the article's title under its number ("Article 1" / "Statement of purpose"): one heading, as
            # the languages that print them on one line give it ("Article 2 Terminologie")
            last.heading = self.num.div.section = f"{last.heading} {heading}"
            self.pending.append(anchor)
            return
        else:
            section = Section(heading=heading, first_paragraph="")
        self.pending.append(anchor)
        self.sections.append((section, anchor))
        self.num.div.section = heading

    def _heading_text(self, el, anchor: _Anchor) -> str:
        parts: list[str] = []
        self._walk(el, parts, anchor, False)
        return _norm("".join(parts))

    # one paragraph's text, footnotes, links, verb --------------------------------------------

    def _add(self, pid, kind, number, el, blocks, parent=None, verb_from=None, strip=None) -> None:
        anchor = _Anchor(pid)
        parts: list[str] = []
        for b in blocks:
            if parts:
                parts.append(" ")
            self._walk(b, parts, anchor, False)
        text = _norm("".join(parts))
        if self.language == "zh":
            text = _CJK_GAP.sub("", text)
        if strip is not None:
            text = _norm((_LEADING_OP if strip.re is _LEADING_OP else _LEADING_SUB).sub("", text, count=1))
        para = Paragraph(id=pid, kind=kind, number=number, text=text or "", parent=parent,
                         section=self.num.div.section, source_id=el.get("eId"))
        para.verb = self._verb(verb_from) if verb_from is not None else None
        if para.verb is None and text:
            # sub-paragraphs print their verb unmarked ("(a) Encourages Member States to ..."), and so
            # does a paragraph whose file lost the verb's italics (E/RES/2021/31 es op 4: "Invita a ...");
            # unmarked, 通过 opening a Chinese paragraph is "through" (通过集体努力...) more often than "adopts"
            verb = _verbs.split_opening(text, self.language)[0]
            through = verb is not None and self.language == "zh" and verb.label == "通过" and kind != "subparagraph"
            para.verb = None if through else verb
        para.footnotes = [n.get("marker") or "" for n in _notes_in(blocks)]
        if not text:
            self.warnings.append(f"{pid} ({el.get('eId')}) has no text")
            para.text = "…"
            self.awaiting = para
        if self.tables:
            self._opening_tables(para)
        self.paragraphs.append(para)
        self.by_id[pid] = para
        for a in self.pending:
            a.id = pid
        for section, a in self.sections:
            if not section.first_paragraph and a.id:
                section.first_paragraph = a.id
        self.pending = []

    def _append_text(self, pid: str, el) -> None:
        para = self.by_id.get(pid)
        if para is None:
            return
        parts: list[str] = []
        self._walk(el, parts, _Anchor(pid), False)
        extra = _norm("".join(parts))
        if extra:
            para.text = _norm(f"{para.text} {extra}")
            if self.language == "zh":
                para.text = _CJK_GAP.sub("", para.text)
        para.footnotes += [n.get("marker") or "" for n in _notes_in([el])]

    def _walk(self, el, out: list[str], anchor: _Anchor, in_note: bool) -> None:
        """Collect ``el``'s own text into ``out``: footnotes are set aside (their call-out anchored here),
        Arabic call-out brackets ``<sup>(</sup>`` ``<sup>)</sup>`` dropped, links recorded."""
        if el.text:
            out.append(el.text)
        for c in el:
            tag = c.tag
            if tag == _NOTE:
                if not in_note:
                    self.notes.append((c, anchor))
            elif tag == _SUP and len(c) == 0 and (c.text or "").strip() in ("(", ")", "（", "）", ""):
                pass
            elif tag == _TABLE:
                self.warnings.append("table inside a paragraph not read")
            elif tag == _EMBEDDED:
                pass  # an embedded draft resolution: read as its own division
            elif isinstance(tag, str):
                if tag == _LINK:
                    self.links.append((c, anchor, in_note))
                self._walk(c, out, anchor, in_note)
            if c.tail:
                out.append(c.tail)

    def _verb(self, p):
        """The marked span that opens a paragraph (italic in en/fr/es/ru, bold in zh, bold italic in ar)."""
        if p is None:
            return None
        lead = (p.text or "").strip()
        if lead and not re.fullmatch(r"\d{1,4}\s*[\-–‐.]?|[(（][^()（）\s]{1,6}[)）]|[’‘][0-9]{1,3}[’‘]", lead):
            return None  # words before the span: it does not open the paragraph
        span = None
        for c in p:
            if not isinstance(c.tag, str):
                continue
            if c.tag == _SPAN and _NUMBERISH.fullmatch(c.text or "") and len(c) == 0:
                continue  # the paragraph number in a span of its own
            span = c
            break
        if span is None or span.tag != _SPAN:
            return None
        cls = span.get("class") or ""
        if "italic" not in cls and "bold" not in cls:
            return None
        label = _all_text(span).lstrip("-–‐ ").rstrip(",，、:：")
        if not label:
            return None
        return _verbs.identify(label, self.language)

    # footnotes and citations ------------------------------------------------------------------

    def _footnotes(self) -> list[Footnote]:
        out = []
        for note, anchor in self.notes:
            marker = (note.get("marker") or "").strip()
            fn_anchor = _Anchor(f"fn:{marker}" if marker.isdigit() else anchor.id)
            parts: list[str] = []
            self._walk(note, parts, fn_anchor, True)
            text = _norm(_ARABIC_NOTE_MARK.sub("", "".join(parts)))
            out.append(Footnote(number=marker, text=text, paragraph=anchor.id or "header"))
        return out

    def _citations(self, footnotes: list[Footnote]) -> list[Citation]:
        """The documents the links point to, then the printed references without a link (its resolution
        2006/46; resolutions 2006/46, 2008/3, ...), in reading order: by paragraph (footnotes after
        them), then by where the words stand."""
        texts = [(p.id, p.text) for p in self.paragraphs]
        texts += [(f"fn:{f.number}", f.text) for f in footnotes if f.number.isdigit()]
        printed = [c for anchor, text in texts for c in cite(text, anchor, self.language)]
        rank = {anchor: i for i, (anchor, _) in enumerate(texts)}
        text_of = dict(texts)

        def where(c: Citation) -> tuple[int, int]:
            pos = text_of.get(c.paragraph, "").find(c.as_printed)
            return rank.get(c.paragraph, len(rank)), pos if pos >= 0 else len(text_of.get(c.paragraph, ""))

        return sorted(unique(self._linked() + printed), key=where)

    def _linked(self) -> list[Citation]:
        """The documents the undocs.org links point to, where the link stands."""
        out = []
        for a, anchor, _ in self.links:
            href = (a.get("href") or "").strip()
            if not _UNDOCS.match(href):
                continue
            target = _link_symbol(href) or _first_symbol(_all_text(a))
            if target is None:
                self.warnings.append(f"link not read as a symbol: {href}")
                continue
            out.append(Citation(target=target, target_kind=symbol_kind(target), paragraph=anchor.id or "header",
                                as_printed=_all_text(a) or href))
        return out


# --- helpers -------------------------------------------------------------------------------------


def _name_language(path: Path) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """The language a file's name says by its suffix letter (``A_RES_80_236AB-2521243E.xml``,
    ``75_202_C.xml``: ``("E", "en")``) and the one its folder says (``English/``: ``("English", "en")``)."""
    m = re.search(r"(?:-\d+|_)([A-Z])$", path.stem)
    suffix = (m.group(1), _SUFFIX[m.group(1)]) if m and m.group(1) in _SUFFIX else None
    folder = (path.parent.name, _FOLDERS[path.parent.name]) if path.parent.name in _FOLDERS else None
    return suffix, folder


_SCRIPT_LETTERS = {"Arabic": re.compile(r"[\u0600-\u06ff]"), "Chinese": re.compile(r"[\u4e00-\u9fff]"),
                   "Cyrillic": re.compile(r"[\u0400-\u04ff]"), "Latin": re.compile(r"[A-Za-z\u00c0-\u024f]")}


def _script(text: str) -> str | None:
    """The script most of a text's letters are written in (Arabic, Chinese, Cyrillic, Latin), or None."""
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPT_LETTERS.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else None


def _not_read(lang: str, what: str) -> str:
    """The line for a file in a language unkg does not read: its name first, so that the end-of-run
    table counts the files of each language under one reason."""
    name = _NAMES.get(lang, f"language {lang!r}")
    return f"{name}, not one of the six UN languages ({what}; unkg reads ar, zh, en, fr, ru, es)"


def _number(text: str | None) -> str | None:
    """The session/number pair a symbol or a printed heading carries (``A/RES/75/268``, ``75/269.``,
    ``ES-10/23``): ``75/268``."""
    m = re.search(r"\d+/\d+", text or "")
    return m.group(0) if m else None


def _attr(el, path: str, name: str) -> str | None:
    if el is None:
        return None
    found = el.find(path, NS)
    if found is None:
        return None
    value = found.get(name)
    return value.strip() if value and value.strip() else None


def _first_symbol(text: str | None) -> str | None:
    if not text:
        return None
    head = re.split(r",|\s+and\s+|\s+\(|;", text.strip())[0]
    try:
        return parse_symbols(head)[0]
    except SymbolError:
        return None


def _link_symbol(href: str) -> str | None:
    """The symbol an undocs.org link points to (lower-case paths such as ``/en/e/res/155 (VII)`` too)."""
    try:
        return parse_symbols(href)[0]
    except SymbolError:
        pass
    m = _UNDOCS.match(href)
    rest = href[m.end():] if m else href
    rest = re.sub(r"^(?:ar|ch|zh|en|fr|ru|es|sp)/", "", rest, flags=re.I)
    try:
        return parse_symbols(rest.upper())[0]
    except SymbolError:
        return None


def _agenda_item(text: str) -> str | None:
    """``18 (b)``, ``18 b)``, ``18(b)``, ``18 (ب)`` -> ``18 (b)`` (the English form)."""
    text = _norm(text)
    m = re.match(r"^(\d+)\s*(?:[(（]?\s*([^()（）\s]{1,3})\s*[)）])?", text)
    if not m:
        return None
    if not m.group(2):
        return m.group(1)
    lab = classify(f"({m.group(2)})")
    if lab is None:
        return m.group(1)
    kind, n = resolve_list([lab])[0] if lab.kind != "ambiguous" else ("alpha", lab.alpha)
    letter = _norm(m.group(2)).lower() if lab.script == "latin" else letters(n)
    return f"{m.group(1)} ({letter})"


def _point_label(pt) -> Label | None:
    num = pt.find(_NUM)
    return classify(_all_text(num)) if num is not None else None


def _point_sequence(children) -> tuple[list[tuple[etree._Element, Label | None]], dict[int, list[etree._Element]]]:
    """The points of one list level with their labels, and the sublists attached to each (by id).

    A ``sublist`` standing between points holds the sub-points of the point before it, except where
    the converter mistook the next letter for a Roman numeral (``(h)`` then a sublist ``(i)``, then
    ``(j)``: E/RES/2024/15) or a section heading for a point (A/RES/79/1 "II."): those are read at
    this level.
    """
    seq: list[tuple[etree._Element, Label | None]] = []
    attached: dict[int, list[etree._Element]] = {}
    for c in children:
        if c.tag in (_POINT, _ITEM):
            seq.append((c, _point_label(c)))
        elif c.tag in (_SUBLIST, _LIST, _BLOCKLIST):
            subs = [(x, _point_label(x)) for x in c if x.tag in (_POINT, _ITEM)]
            first = subs[0][1] if subs else None
            level = [lab for _, lab in seq if lab is not None]
            if first is not None and (first.kind == "heading" or continues(level, first)) or not seq:
                seq.extend(subs)
            else:
                attached.setdefault(id(seq[-1][0]), []).append(c)
    return seq, attached


def _parts(el) -> _Parts:
    num = el.find(_NUM)
    label = classify(_all_text(num)) if num is not None else None
    points = el.find(_LIST)
    blocks = _blocks(el, points)
    first_p = next((b for b in blocks if b.tag == _P), None)
    if first_p is None and blocks:
        first_p = blocks[0]
    inline = None
    if label is None and num is None:
        label, inline = _inline_label(_lead_text(first_p) if first_p is not None else "")
    return _Parts(el, num, label, inline, blocks, first_p, points)


def _inline_label(lead: str) -> tuple[Label | None, re.Match | None]:
    """A number or sub-paragraph label printed in a paragraph's words, not in a <num> (Arabic ``1 -\t``)."""
    m = _LEADING_OP.match(lead)
    if m:
        return Label("op", int(m.group(1)), m.group(1)), m
    m = _LEADING_SUB.match(lead)
    label = classify(m.group(1)) if m else None
    return (label, m) if label is not None else (None, None)


def _blocks(el, lst) -> list:
    """The text-bearing children of a paragraph-like element, in order (its own words, not its points)."""
    out = []
    for c in el:
        tag = c.tag
        if tag in (_NUM, _SUBHEADING, _HEADING) or not isinstance(tag, str):
            continue
        if tag == _CONTENT:
            out.extend(x for x in c if isinstance(x.tag, str))
        elif tag in (_LIST, _SUBLIST, _BLOCKLIST) and (c is lst or lst is None):
            for x in c:
                if x.tag in (_INTRO, _LISTINTRO, _A + "wrapUp"):
                    out.extend(y for y in x if isinstance(y.tag, str)) if x.tag == _INTRO else out.append(x)
        elif tag in (_POINT, _ITEM):
            continue
        else:
            out.append(c)
    return out


def _notes_in(blocks) -> Iterator[etree._Element]:
    for b in blocks:
        yield from b.iter(_NOTE)


_NUMBERISH = re.compile(r"[\s\d\-–‐.]*")


def _lead_text(p) -> str:
    """The words a paragraph opens with, through the spans the Arabic files sometimes put the number in
    (``3 <span>- يؤكد</span>``, ``<span>6 -</span> <span>تشجع</span>``)."""
    text = p.text or ""
    for c in p:
        if c.tag != _SPAN or not _NUMBERISH.fullmatch(text):
            break
        text += (c.text or "") + (c.tail or "")
    return text


def _operative_list(el, block) -> bool:
    """Whether a preambular paragraph's list is the resolution's operative paragraphs: its items are
    numbered from 1 (``1.``, not lettered), and the body after the preamble numbers none or goes on
    from the list's last number (its first is ``2.`` after a list of one)."""
    labels = [_point_label(c) for c in block if c.tag in (_ITEM, _POINT)]
    numbers = [lab.value for lab in labels if lab is not None and lab.kind == "op"]
    if not numbers or labels[0] is None or labels[0].kind != "op" or numbers[0] != 1:
        return False
    preamble = next(el.iterancestors(_PREAMBLE), None)
    body = preamble.getnext() if preamble is not None else None
    while body is not None and body.tag != _MAINBODY:
        body = body.getnext()
    after = [] if body is None else [lab.value for p in _own_paragraphs(body)
                                     if (lab := _parts(p).label) is not None and lab.kind == "op"]
    return not after or after[0] > numbers[-1]


def _unnumbered_first_operative(el, block) -> bool:
    """Whether a preambular paragraph is operative paragraph 1 without its number: it is the last of
    its preamble, opens a lettered list with a colon (a preambular paragraph ends with a comma), and
    the body after it opens with a sub-paragraph label, going on with that list, not with a number."""
    intro = block.find(_LISTINTRO)
    labels = [_point_label(c) for c in block if c.tag in (_ITEM, _POINT)]
    if intro is None or not _own_text(intro).endswith((":", "：")) or not labels or labels[0] is None \
            or labels[0].kind not in ("alpha", "ambiguous") or labels[0].letter != 1:
        return False
    if any(sib.tag == _CONTAINER for sib in el.itersiblings()):
        return False
    preamble = next(el.iterancestors(_PREAMBLE), None)
    body = preamble.getnext() if preamble is not None else None
    while body is not None and body.tag != _MAINBODY:
        body = body.getnext()
    first = next(iter(_own_paragraphs(body)), None) if body is not None else None
    label = _parts(first).label if first is not None else None
    return label is not None and label.kind in ("alpha", "ambiguous", "roman")


def _ends_preambular(el) -> bool:
    """Preambular paragraphs end with a comma in every language (operative ones with ; or .)."""
    return _own_text(el).endswith((",", "،", "，"))


def _own_paragraphs(el) -> Iterator[etree._Element]:
    """The paragraphs of a body, not those of a draft resolution embedded in it."""
    for c in el:
        if c.tag == _PARAGRAPH:
            yield c
        elif c.tag in _WRAPPERS or c.tag == _CONTAINER:
            yield from _own_paragraphs(c)


def _has_numbered(body) -> bool:
    """Whether a body holds paragraphs with printed numbers (``<num>1.</num>`` or the Arabic inline ``1 -``)."""
    return any(_numbered(el) for el in _own_paragraphs(body))


def _numbered(el) -> bool:
    """Whether a paragraph carries a printed number."""
    num = el.find(_NUM)
    if num is not None:
        lab = classify(_all_text(num))
        return lab is not None and lab.kind == "op"
    content = el.find(_CONTENT)
    p = content.find(_P) if content is not None else None
    return p is not None and _LEADING_OP.match(_lead_text(p)) is not None


def _article_numbered(heading_parts) -> bool:
    """Whether the paragraphs of the article a heading opens carry printed numbers: those after the
    heading up to the next article's."""
    para = next((e for e in heading_parts[0].iterancestors(_PARAGRAPH)), None) if heading_parts else None
    if para is None:
        return True
    for sib in para.itersiblings(_PARAGRAPH):
        words = _all_text(sib)
        if len(words) < 200 and article_number(words) is not None:
            return False
        if _numbered(sib):
            return True
    return False


def _marked_heading(el) -> bool:
    """A paragraph the markup calls a heading: a subheading or heading inside, or class H1/H23..."""
    return (el.find(_SUBHEADING) is not None or el.find(_HEADING) is not None
            or re.match(r"^H\d", el.get("class") or "") is not None)


def _is_heading(el, blocks) -> bool:
    """An unnumbered paragraph is a heading when marked as one (:func:`_marked_heading`) or, as in the
    Chinese files, when it carries no opening verb span, or when one bold span is all its text."""
    if _marked_heading(el):
        return True
    p = next((b for b in blocks if b.tag == _P), None)
    if p is None:
        return False
    span = next((c for c in p if isinstance(c.tag, str)), None)
    opens_with_span = span is not None and span.tag == _SPAN and not (p.text or "").strip()
    if not opens_with_span:  # Chinese headings: no span, no closing punctuation
        return not _own_text(p).endswith((".", "。", ";", "；", ":", "：", ",", "，", "،", "؛"))
    tail = (span.tail or "").strip()
    if tail.endswith((":", "：")):
        return False  # "Decides:" opening its lettered sub-paragraphs
    return len(p) == 1 and not tail.strip(",.;:،，。")
