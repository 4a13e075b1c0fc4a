"""The one numbering engine every reader feeds: what a printed label means, which run of paragraphs
a paragraph stands in, and the id it gets.

Readers see the page (the AKN markup, a text's lines); the numbering of a UN resolution is the same
whatever it is read from, in six languages, and lives here once:

- labels (:func:`classify`, :func:`opening_number`, :func:`opening_label`): ``1.`` (Arabic ``1 -``)
  numbers an operative paragraph, ``(a)`` / ``a)`` letters a sub-paragraph and ``(i)`` numbers one
  below it, ``I.`` / ``A.`` / ``一、`` number a heading. Points numbered ``(1)`` / ``1)`` (or ``1.``,
  Arabic ``1 -``, in a list of points) under a paragraph or a sub-paragraph are lettered by their
  position, as a numbered list inside a paragraph is (the contract's paragraph ids take letters and
  Roman numerals only; the printed number stays the paragraph's ``number``): ``(1)`` under paragraph
  3 is ``op:3(a)``, ``1.`` under 45 (b) (i) is ``op:45(b)(i)(a)`` (Security Council resolutions).
  Ids use the Latin letters and Roman numerals
  of the English text whatever the language prints, so that the six language versions give the same
  ids: Arabic letters in abjad order (أ ب ج د هـ و ...), Cyrillic letters in Russian order
  (а б в г ...) or, typed by mistake in a Latin list, as the Latin letters they look like (``с)`` for
  ``c)``), Chinese ㈠ and (十一) and Arabic ’1‘ as Roman numerals. ``i``, ``v``, ``x`` (and ``l``,
  ``c``, ``d``, ``m``) are letters or numerals by their list (:func:`resolve_list`).
- divisions (:class:`Numbering`): the runs of paragraphs that number themselves afresh (the
  resolution itself, its annexes, the parts of either) and, in the current one, where the next
  paragraph goes: ``pre:N``, ``op:N``, ``op:N(a)``, ``op:N(a)(i)``; a numbered list inside the
  paragraph before (``... the following: 1. ... 5.``) as its lettered sub-paragraphs; lettered
  paragraphs opening a body as its operative ones (``(a)`` is op:1).
- names (:func:`name_divisions`): a division's paragraphs first carry a provisional prefix,
  ``annex-{annex}p{part}/`` (annex and part counted from 1, either may be missing), which is turned
  into the contract's one prefix slot ``annex-X/`` once the whole document is read:

  - annexes by Roman numeral, as the UN numbers them: ``annex-I/``, ``annex-II/`` (a sole,
    unnumbered annex is ``annex-I/``);
  - parts of the resolution's own text whose numbering restarts (parts A, B, C of a resolution; the
    resolutions of a collection such as A/RES/78/80 A-B; a draft resolution recommended for
    adoption; sections of a budget resolution) by letter in order: ``annex-A/``, ``annex-B/``
    (``annex-P1/``, ``annex-P2/``... where a letter would read as the Roman numeral of an annex of
    the same document);
  - parts of an annex by annex and number: a convention's articles by their article number
    (:meth:`Numbering.article`: article 5 of annex I is ``annex-I5/``), an annex's appendices and
    other restarts in order: ``annex-I1/``.

Numerals themselves (Roman, Chinese, letters after z) are :mod:`unkg.numerals`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from unkg.numerals import chinese_number, from_roman, letters, to_roman, western_digits
from unkg.record import Record

# --- label tables ---------------------------------------------------------------------------------

# Arabic sub-paragraph letters follow the abjad order (أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ)
_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
_ARABIC_FOLD = str.maketrans({"ـ": None, "ا": "أ", "إ": "أ", "آ": "أ", "ة": "ه", "ى": "ي"})
# Russian lists, where Cyrillic: а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ э ю я
_CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"
# Cyrillic letters that look like Latin ones, typed by mistake in Latin-lettered lists ("а)" for "a)")
_LOOKALIKE = {"а": "a", "в": "b", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "к": "k",
             "м": "m", "н": "h", "т": "t", "і": "i"}
# the letters a Roman numeral of a list is written with, in a text's labels (c, d, m are letters there)
_ROMAN_LETTERS = frozenset("ivxl")


@dataclass(frozen=True)
class Label:
    """A printed paragraph label, classified: ``op`` (1.), ``alpha`` (a), ``roman`` (iv, ㈣, ’4‘),
    ``ambiguous`` (i, v, x: a letter or a Roman numeral, decided by its list), ``number`` ((1), 1): a
    numbered point), ``heading`` (I., A., 一.)."""

    kind: str
    value: int  # position: 1 for a / i / 1
    printed: str
    script: str = "latin"  # latin | arabic | cyrillic: the letters the label is printed in
    alpha: int = 0  # an ambiguous label's position as a letter: i -> 9, ii -> 35 (the doubled i)

    @property
    def letter(self) -> int:
        """Its position read as a letter, a Cyrillic look-alike (с, е) as the Latin letter it stands for."""
        if self.script == "cyrillic":
            ch = _norm(self.printed).strip("()（） ").lower()
            if ch in _LOOKALIKE:
                return ord(_LOOKALIKE[ch]) - 96
        if self.kind == "ambiguous":
            return self.alpha
        return self.value

    @property
    def latin(self) -> str:
        """The label as the English text prints it: ``a``, ``aa``, ``iv`` (look-alikes as the Latin letter)."""
        if self.kind in ("roman", "ambiguous"):
            return to_roman(self.value).lower()
        return letters(self.letter)

    def as_letter(self) -> Label:
        """An ambiguous label read as the letter it also is (i after h)."""
        return Label("alpha", self.alpha, self.printed)


def _norm(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


_OP_LABEL = re.compile(r"^(\d{1,4})\s*[.\-–‐]?$")
_QUOTED_NUMBER = re.compile(r"^[’‘'\"“”]\s*(\d{1,3})\s*[’‘'\"“”]$")  # Arabic writes (i) as ’1‘
_BRACKETED = re.compile(r"^[(（]?\s*([^()（）\s]{1,6}|(\S)\s\2)\s*[)）]$")  # (a), a), (aa), Arabic (أ أ)
_BRACKETED_NUMBER = re.compile(r"^[(（]?\s*([0-9\u0660-\u0669]{1,3})\s*[)）]$")  # (1), 1), （1）, Arabic (١)
_HEADING_LABEL = re.compile(r"^([IVXL]+|[A-Z]|[一二三四五六七八九十]+)\s*[.、．]?$")
_LOWER_STOP = re.compile(r"^([a-z]{1,3}|[ivxl]{1,8})\.$")  # a., ii.: Security Council files' sub-paragraphs


def classify(printed: str) -> Label | None:
    """A label as a paragraph's number prints it (``1.``, ``(a)``, ``b)``, ``(iv)``, ``(أ)``, ``’1‘``,
    ``㈠``, ``II.``), classified; None for what is not a label."""
    s = _norm(printed).replace("\u00a0", " ")
    if not s:
        return None
    m = _OP_LABEL.match(s)
    if m:
        return Label("op", int(m.group(1)), s)
    m = _BRACKETED_NUMBER.match(s)
    if m:
        return Label("number", int(western_digits(m.group(1))), s)
    m = _QUOTED_NUMBER.match(s)
    if m:
        return Label("roman", int(m.group(1)), s)
    if len(s) == 1 and "\u3220" <= s <= "\u3229":  # ㈠ .. ㈩
        return Label("roman", ord(s) - 0x321F, s)
    m = _HEADING_LABEL.match(s)
    if m and not s.islower():
        core = m.group(1)
        n = chinese_number(core) or from_roman(core) or (ord(core) - 64 if len(core) == 1 else 0)
        return Label("heading", n, s)
    m = _BRACKETED.match(s) or _LOWER_STOP.match(s)
    return _letter_label(m.group(1).replace(" ", ""), s) if m else None


def _letter_label(core: str, printed: str) -> Label | None:
    """What stands between a sub-paragraph label's brackets: a letter (a, aa, أ, б), a Roman numeral
    (iv, 十一) or both (i, v, x)."""
    n = chinese_number(core)
    if n:
        return Label("roman", n, printed)
    low = core.lower()
    if re.fullmatch(r"[a-z]+", low):
        letter = 26 * (len(low) - 1) + ord(low[0]) - 96 if len(set(low)) == 1 else 0  # a, aa, bb (after z)
        r = from_roman(low)
        if r is not None:
            return Label("ambiguous", r, printed, alpha=letter) if letter else Label("roman", r, printed)
        return Label("alpha", letter, printed) if letter else None
    folded = core.translate(_ARABIC_FOLD)
    if folded and folded[0] in _ABJAD and len(set(folded)) == 1:  # after the 26th letter (ض): (أ أ), (ب ب)
        return Label("alpha", 26 * (len(folded) - 1) + _ABJAD.index(folded[0]) + 1, printed, "arabic")
    if len(low) == 1 and low in _CYRILLIC:
        return Label("alpha", _CYRILLIC.index(low) + 1, printed, "cyrillic")
    return None


# labels as a text prints them at a paragraph's start: "12." (Arabic "12 -"); "(a)", "(iv)", "(aa)" in
# English and Chinese, "a)", "iv)" in French, Spanish and Russian (Cyrillic look-alikes typed for
# Latin letters too), "(أ)" in Arabic with ’1‘ for (i), ㈠ and (十一) in Chinese for (i) and (xi)
_OPENING_NUMBER = re.compile(r"^\s*(\d{1,4})\s*(?:\.(?![\d/])|[-–](?!\d))\s*")
_OPENING_LABEL = re.compile(
    r"^\s*(?:[(（]\s*(?P<paren>[ivxl]{1,8}|[a-z]{1,3}|[\u0621-\u064aـ]{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
    r"|(?P<closing>[ivxl]{1,8}|[a-z]{1,3}|[а-яё])\)"
    r"|[’‘'](?P<quoted>\d{1,3})[’‘']"
    r"|(?P<circled>[\u3220-\u3229]))(?=\s|$|[^\x00-\x7f])\s*"
)


def opening_number(text: str) -> tuple[int, int] | None:
    """The operative paragraph number that opens a text (``12.``; Arabic ``12 -``): (number, length)."""
    m = _OPENING_NUMBER.match(text)
    return (int(m.group(1)), m.end()) if m else None


def opening_label(text: str) -> tuple[Label, int] | None:
    """The sub-paragraph label that opens a text, and its length with the space after it. A word in
    brackets (``and)``) is no label: Latin labels are one letter, doubled (``aa``), or a Roman numeral."""
    m = _OPENING_LABEL.match(text)
    if not m:
        return None
    printed = text[m.start() : m.end()].strip()
    if m["quoted"]:
        return Label("roman", int(m["quoted"]), printed), m.end()
    if m["circled"]:
        return Label("roman", ord(m["circled"]) - 0x321F, printed), m.end()
    label = _letter_label(m["paren"] or m["closing"], printed)
    return (label, m.end()) if label is not None else None


# the heading of an article of a convention, a statute or rules annexed to a resolution, as each language
# prints it: "Article 5", "Article premier", "Artículo 5", "Статья 5", "المادة 5", "第五条" (a title may follow)
_ARTICLE = re.compile(
    r"^(?:article|artículo|статья|المادة)\s+(?P<n>\d{1,3}|[\u0660-\u0669]{1,3}|premier|primero)(?:\s|[.:]|$)"
    r"|^第(?P<zh>[一二三四五六七八九十百零〇]{1,6}|\d{1,3})条(?:\s|$)", re.I)


def article_number(heading: str) -> int | None:
    """The number of the article a heading opens (``Article 5``, ``Article premier``, ``第五条``), or None."""
    m = _ARTICLE.match(_norm(heading))
    if not m:
        return None
    if m["zh"]:
        return int(m["zh"]) if m["zh"].isdigit() else chinese_number(m["zh"])
    n = m["n"].lower()
    return 1 if n in ("premier", "primero") else int(western_digits(n))


# --- lists -----------------------------------------------------------------------------------------


def resolve_list(labels: list[Label]) -> list[tuple[str, int]]:
    """Decide each label of one list as ``("alpha", n)`` or ``("roman", n)``.

    A list whose first label is i (or ㈠, ’1‘) is a list of Roman numerals; otherwise ambiguous i, v, x
    are letters. A Cyrillic list made only of Latin look-alikes (``а)`` typed for ``a)``) is read as Latin.
    """
    if not labels:
        return []
    first = labels[0]
    roman_list = first.kind == "roman" or (first.kind == "ambiguous" and first.value == 1)
    cyrillic = [lab for lab in labels if lab.script == "cyrillic"]
    lookalike_only = cyrillic and all(
        _norm(lab.printed).strip("()（） ").lower() in _LOOKALIKE for lab in cyrillic
    ) and any(lab.script == "latin" for lab in labels)
    out: list[tuple[str, int]] = []
    for lab in labels:
        if lab.kind == "number":
            out.append(("number", lab.value))
        elif roman_list and lab.kind in ("roman", "ambiguous"):
            out.append(("roman", lab.value))
        elif lab.kind == "ambiguous":
            out.append(("alpha", lab.alpha))
        elif lab.kind == "roman":
            out.append(("roman", lab.value))
        elif lab.script == "cyrillic" and lookalike_only:
            out.append(("alpha", lab.letter))
        else:
            out.append(("alpha", lab.value))
    return out


def suffix(kind: str, n: int) -> str:
    """A sub-paragraph's part of its id: ``(c)`` for the third letter and the third numbered point,
    ``(iii)`` for the third numeral."""
    return f"({letters(n)})" if kind in ("alpha", "number") else f"({to_roman(n).lower()})"


def numbered_points(labels: list[Label | None]) -> list[Label | None]:
    """The labels of one list of points, a list numbered ``1.``, ``1)``, ``(1)``, ``1 -`` read as
    numbered points (``number``), whatever each language prints: the list's numbers count from 1
    (a lone ``16.`` among points is an operative paragraph the markup nested, not a point)."""
    numbers = [lab for lab in labels if lab is not None and lab.kind in ("op", "number")]
    if not numbers or numbers[0].value != 1:
        return [None if lab is not None and lab.kind == "number" else lab for lab in labels]
    return [Label("number", lab.value, lab.printed) if lab is not None and lab.kind == "op" else lab for lab in labels]


def continues(labels: list[Label], lab: Label) -> bool:
    """Whether a sublist's first label is the next letter of the level before it: the converter nested
    a sibling (``(h)`` then a sublist ``(i)``; Russian ``с)`` then a sublist ``d)``)."""
    if not labels or lab.kind not in ("alpha", "ambiguous"):
        return False
    prev = labels[-1]
    if prev.kind not in ("alpha", "ambiguous") or (prev.kind == "ambiguous" and len(labels) == 1):
        return False
    return lab.letter == prev.letter + 1


def _follows(labels: list[Label], lab: Label) -> bool:
    """Whether an ambiguous label (i, v, x) continues the letters before it (h, i -> the letter i)."""
    if not labels:
        return False
    prev = labels[-1]
    return prev.kind == "alpha" and prev.value == lab.alpha - 1


# --- divisions ------------------------------------------------------------------------------------


@dataclass
class Letters:
    """The lettered level under one paragraph: where ``(a)``, ``(b)`` go and ``(i)`` under them."""

    parent: str | None = None  # the paragraph lettered sub-paragraphs go under
    last: str | None = None  # the lettered sub-paragraph last opened: (i), (ii) go under it
    roman: str | None = None  # the (i) last opened under it: numbered points (1), (2) go under it
    labels: list[Label] = field(default_factory=list)  # the letters read so far at this level


@dataclass
class NestedList:
    """A numbered list inside a paragraph (``... the following objectives: 1. ... 5.``)."""

    parent: str
    count: int = 0


@dataclass
class Division:
    """A run of paragraphs with its own numbering: the resolution itself, an annex, a part; and where
    its next paragraph goes."""

    annex: int = 0  # the annex it belongs to (1, 2, ...), 0 for the resolution's own text
    part: int = 0  # its number among the parts of the resolution (or of its annex), 0 for none
    opened: bool = True  # an annex whose "Annex" heading has been read
    numbered: bool = True  # whether its paragraphs carry printed numbers (a sole operative one does not)
    section: str | None = None  # the heading the next paragraphs stand under
    pre: int = 0  # preambular paragraphs so far
    ops: list[int] = field(default_factory=list)  # operative numbers so far, in order
    last_op: str | None = None  # the last numbered paragraph
    top_lettered: bool = False  # its paragraphs are lettered (a), (b), not numbered: (a) is op:1
    letters: Letters = field(default_factory=Letters)
    nested: NestedList | None = None

    @property
    def prefix(self) -> str:
        """The provisional prefix of its paragraphs' ids (see :func:`name_divisions`)."""
        return provisional(self.annex, self.part) if self.annex or self.part else ""

    def op(self, n: int) -> str:
        return f"{self.prefix}op:{n}"


@dataclass(frozen=True)
class Slot:
    """Where a paragraph goes: its id and parent (None for a paragraph of the division itself)."""

    id: str
    parent: str | None = None
    previous: int | str | None = None  # what came before it at its level: the operative number, the letter


class Numbering:
    """The divisions of one document as a reader reads it, and the ids of its paragraphs.

    A reader opens divisions as the page does (:meth:`annex`, :meth:`part`) and asks where each
    paragraph goes (:meth:`preambular`, :meth:`operative`, :meth:`sub`); the prefixes given are
    provisional and :func:`name_divisions` names them once the whole document is read.

    ``lists`` says how a label that may be a letter or a numeral (i, v, x) is read: as one list
    with the labels before it (:func:`resolve_list`: the AKN reader), or by the letter before it and
    whether a lettered sub-paragraph is open (the text parse). See :meth:`sub`.
    """

    def __init__(self, *, lists: bool) -> None:
        self.lists = lists
        self.div = Division()
        self.annexes = 0
        self.parts = 0
        self.annex_parts: dict[int, int] = {}

    # divisions --------------------------------------------------------------------------------

    def annex(self, opened: bool = True) -> Division:
        """A new annex (``opened``: its "Annex" heading read; an attachment's heading may follow)."""
        self.annexes += 1
        self.div = Division(annex=self.annexes, opened=opened)
        return self.div

    def annex_heading(self) -> None:
        """An "Annex" heading: a new annex, unless it heads the annex just opened and still empty."""
        if self.div.opened or self.div.pre or self.div.ops:
            self.annex()
        self.div.opened = True

    def part(self) -> Division:
        """Numbering restarts without an annex heading: a part of the resolution (parts A, B; a
        recommended draft; a collection's resolutions; a budget resolution's sections) or, in an
        annex, a part of that annex (a convention's articles, an annex's appendices)."""
        annex = self.div.annex
        if annex:
            n = self.annex_parts[annex] = self.annex_parts.get(annex, 0) + 1
        else:
            self.parts += 1
            n = self.parts
        self.div = Division(annex=annex, part=n)
        return self.div

    def article(self, n: int, *, numbered: bool = True) -> Division:
        """Article ``n`` of the annex being read (a convention's, a statute's): part ``n`` of the annex,
        named ``annex-I5/`` for article 5 of annex I, so that the six language versions, whatever
        headings and restarts each prints, give the same ids. ``numbered``: whether its paragraphs
        carry printed numbers (an article of one paragraph does not)."""
        annex = self.div.annex
        self.annex_parts[annex] = max(self.annex_parts.get(annex, 0), n)
        self.div = Division(annex=annex, part=n, numbered=numbered)
        return self.div

    def restarts(self, n: int) -> bool:
        """Whether an operative number was already used in the current division."""
        return n in self.div.ops

    # paragraphs -------------------------------------------------------------------------------

    def preambular(self) -> str:
        """The id of the next preambular paragraph. In a text, lettered items after it are its own; in
        AKN markup a preambular paragraph's list is marked up with it (``blockList``), and a label
        standing after it still belongs to the last operative paragraph (A/RES/76/246 zh, part B)."""
        div = self.div
        div.pre += 1
        pid = f"{div.prefix}pre:{div.pre}"
        if not self.lists:
            div.last_op, div.letters = None, Letters(pid)
        return pid

    def operative(self, n: int, *, in_list: bool = True, opens_list: bool = False) -> Slot | None:
        """The slot of operative paragraph ``n``; None when its number repeats one of the division
        (other than 1, which restarts the numbering in a new part).

        A numbered list inside the paragraph before (*... the following objectives: 1. ... 5.*, the
        Global Digital Compact in A/RES/79/1 annex I) gives that paragraph's sub-paragraphs, lettered
        by position, as numbered points are (:func:`suffix`): ``opens_list`` says whether a repeated 1
        may open one (the reader sees the paragraph before end with a colon), ``in_list`` whether the
        next number may go on with one.
        """
        div = self.div
        if div.nested is not None:
            if in_list and n == div.nested.count + 1 and n != div.ops[-1] + 1:
                return self._nested(n)
            div.nested = None
        if n in div.ops:
            if n == 1 and opens_list and div.last_op is not None:
                div.nested = NestedList(div.last_op)
                return self._nested(n)
            if n != 1:
                return None
            div = self.part()
        previous = div.ops[-1] if div.ops else None
        div.ops.append(n)
        div.last_op, div.letters, div.top_lettered = div.op(n), Letters(div.op(n)), False
        return Slot(div.last_op, previous=previous)

    def _nested(self, n: int) -> Slot:
        nested = self.div.nested
        nested.count = n
        return Slot(f"{nested.parent}{suffix('number', n)}", nested.parent)

    def quoted(self, label: Label) -> Slot:
        """The slot of a lettered paragraph standing after a preambular paragraph, outside the preamble:
        a sub-paragraph of that paragraph (the findings it quotes: ``pre:12(b)``, A/RES/80/116)."""
        div = self.div
        parent = f"{div.prefix}pre:{div.pre}"
        if div.letters.parent != parent:
            div.letters = Letters(parent)
        return self._lettered(div.letters, label)

    def sub(self, label: Label, *, operative: bool = True) -> Slot | None:
        """The slot of a paragraph that opens with a sub-paragraph label in a run of paragraphs (a
        text's paragraphs; AKN files that print sub-paragraphs as paragraphs): ``(a)`` under the last
        numbered paragraph, ``(i)`` under the last ``(a)``. Lettered paragraphs that open a body are
        its operative ones (``(a)`` is op:1); in a text, after a preamble, where ``operative`` says
        the item reads as one (its verb). None: a lettered operative paragraph whose letter repeats.
        """
        return self._sub_in_list(label) if self.lists else self._sub_in_text(label, operative)

    def _sub_in_list(self, label: Label) -> Slot | None:
        div, level = self.div, self.div.letters
        if div.last_op is None or div.top_lettered:
            level.labels = level.labels + [label]
            div.top_lettered = True
            return self._lettered_op(resolve_list(level.labels)[-1][1])
        return self._lettered(level, label)

    @staticmethod
    def _lettered(level: Letters, label: Label) -> Slot:
        """A label in a list's level: a letter under its parent, a Roman numeral under the last letter,
        a numbered point under the last of these open."""
        if label.kind == "number":
            parent = level.roman or level.last or level.parent
            return Slot(f"{parent}{suffix('number', label.value)}", parent)
        if level.last is not None and (label.kind == "roman" or (
                label.kind == "ambiguous" and not _follows(level.labels, label))):
            level.roman = f"{level.last}({to_roman(label.value).lower()})"
            return Slot(level.roman, level.last)
        if label.kind == "ambiguous":
            label = label.as_letter()
        level.labels = level.labels + [label]
        level.last, level.roman = f"{level.parent}{suffix(*resolve_list(level.labels)[-1])}", None
        return Slot(level.last, level.parent)

    def _sub_in_text(self, label: Label, operative: bool) -> Slot | None:
        div, level = self.div, self.div.letters
        latin = label.latin
        before = level.labels[-1].latin if level.labels else None
        letter_after = before is not None and position(latin) == position(before) + 1
        roman = label.kind == "roman" or (
            set(latin) <= _ROMAN_LETTERS and not letter_after and (level.last is not None or latin in ("i", "ii", "iii"))
        )
        if not roman and (div.top_lettered or level.parent is None or (div.last_op is None and operative)):
            div.top_lettered = True
            slot = self._lettered_op(position(latin))
            if slot is not None:
                level.labels = [label]
            return slot
        if roman and level.last is not None:
            return Slot(f"{level.last}({latin})", level.last)
        if roman:
            return Slot(f"{level.parent}({latin})", level.parent)
        level.last, level.labels = f"{level.parent}({latin})", [label]
        return Slot(level.last, level.parent, before)

    def _lettered_op(self, n: int) -> Slot | None:
        if n in self.div.ops:
            return None
        self.div.ops.append(n)
        return Slot(self.div.op(n))


def position(latin: str) -> int:
    """A Latin label's position as a letter: a -> 1, z -> 26, aa -> 27."""
    return 26 * (len(latin) - 1) + ord(latin[0]) - 96


# --- names ----------------------------------------------------------------------------------------

PROVISIONAL = re.compile(r"^annex-(\d*)(?:p(\d+))?/")
_PROVISIONAL_IN_TEXT = re.compile(r"\bannex-\d*(?:p\d+)?/")


def provisional(annex: int | None, part: int | None) -> str:
    """The provisional prefix of a paragraph of annex ``annex`` / part ``part``."""
    return f"annex-{annex or ''}{f'p{part}' if part else ''}/"


def namer(anchors: Iterable[str | None]) -> Callable[[str | None], str | None]:
    """The function that names provisional anchors, given every provisional anchor of one document."""
    matches = [m for a in anchors if a and (m := PROVISIONAL.match(a))]
    parts = {int(m.group(2)) for m in matches if not m.group(1) and m.group(2)}
    names = {n: letters(n).upper() for n in parts}
    annex_tokens = {to_roman(n) for n in range(1, 200)}
    if any(tok in annex_tokens for tok in names.values()) and any(m.group(1) for m in matches):
        names = {n: f"P{n}" for n in parts}

    def token(m: re.Match) -> str:
        annex, part = m.group(1), m.group(2)
        if annex and part:
            return f"annex-{to_roman(int(annex))}{part}/"
        if annex:
            return f"annex-{to_roman(int(annex))}/"
        return f"annex-{names.get(int(part), f'P{part}')}/"

    def name(anchor: str | None) -> str | None:
        return PROVISIONAL.sub(token, anchor) if anchor else anchor

    return name


def name_divisions(record: Record) -> Record:
    """Name the runs of paragraphs with their own numbering in the contract's one prefix slot
    ``annex-X/`` (see the module docstring): every id and anchor of the record, and the warnings that
    name them. Returns the same record."""
    name = namer(p.id for p in record.paragraphs)
    for p in record.paragraphs:
        p.id, p.parent = name(p.id), name(p.parent)
    for s in record.sections:
        s.first_paragraph = name(s.first_paragraph)
        s.article = name(s.article)
    for f in record.footnotes:
        f.paragraph = name(f.paragraph)
    for c in record.citations:
        c.paragraph = name(c.paragraph)
    record.warnings[:] = [_PROVISIONAL_IN_TEXT.sub(lambda m: name(m.group(0)) or m.group(0), w) for w in record.warnings]
    return record
