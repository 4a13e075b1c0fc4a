"""Finding names in text: the bodies, fora, events, instruments and topics a text names, in its language.

:func:`find` gives every registry name in a text (and body-like names no registry holds);
:func:`find_topics` the digital-policy topics it speaks of. Names are the registries' printed
forms (``unkg.reference``), matched longest first:

- full names compare without case, on word boundaries (Chinese has none, and no spaces);
- acronyms compare case-sensitively, on word boundaries (``ITU``, ``CNUCED``, ``贸发会议``);
- Russian names match in any grammatical case (``Комиссией по науке и технике``): each word of
  four letters or more matches its stem plus up to four letters;
- Arabic names match behind the clitics ``و ف ب ك ل`` and the article's ``لل`` form
  (``للاتحاد الدولي للاتصالات``).

A name built like a body's that no registry holds is kept as ``Entity(known=False)``, never
dropped; ``unknowns(records)`` counts them. "the Commission" alone is not a mention, nor is a kind
of body (a working group, 特设委员会, le Comité consultatif):

- English: a capitalised phrase with a head (``... Commission/Committee/Forum/Council/Office/
  Programme/Fund/Group/Panel/Partnership/Organisation/Union ... on/of/for ...``), through an
  enumeration of its own ("on Food, Energy and Finance"); an instrument's name the same way on the
  head of one (``Declaration/Programme of Action/Strategy/Framework/Call to Action ...``), with its
  period, motto or subtitle and the known name it ends on ("of the [Vienna Programme of Action]");
- Chinese: ``...委员会/...论坛/...联盟`` from the punctuation, known name or verb before it (回顾设立,
  作为, 的) to its head, through a topic list ("...预防、防范和应对问题高级别会议"); an instrument's
  title between ``《》`` ending on the head of one (宣言, 行动纲领, 战略, 框架...);
- French and Spanish: a capitalised head (``Comité``, ``Groupe``, ``Grupo``, ``Foro``...) with its
  adjectives and complements, to punctuation, a determiner, a verb or (Spanish) a word in lower case;
- Russian: a head noun in any case (``Комиссия``, ``Группы``, ``Форумом``...) from the first capitalised
  adjective before it, through its complements in lower case, to punctuation, a capitalised word,
  a pronoun, a date or a verb or participle;
- Arabic: a head noun (لجنة, فريق, منتدى, مؤتمر...) and the words qualifying it, marked as a name by
  المعني ب ("on"), through its complement to punctuation, a date or the words that go on with the
  sentence; a head without that mark is not kept (it may be a back-reference).

Observances no registry holds ("the International Day of Women Judges", "World Cleanup Day",
国际防治沙尘暴日) are read in English and Chinese, typed ``observance``.

The United Nations used as a modifier ("relevant United Nations entities", 联合国相关实体) is no
mention of it.

Each language's matcher is compiled once: a regular expression built from a character trie of
all printed forms, so the scan costs one pass over the text whatever the registry's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable

from unkg.record import Entity
from unkg.reference import Entry, Registry, find_places, fold, load, load_topics, unknown_entity
from unkg.reference import verbs as _verbs

# --- canonical forms: what a printed form and a matched text are compared as ------------------

_CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё]{4,}$")
_RU_ENDINGS = sorted(
    "иями ами ями ого его ому ему ыми ими ией иям иях ой ей ый ий ая яя ое ее ые ие ых их ым им ую юю "
    "ом ем ам ям ах ях ов ев ию ия ии а я о е ы и у ю ь й".split(),
    key=len,
    reverse=True,
)
# what may stand before an Arabic name's first word: the clitics _ar_core takes off; the article
# only where the name has it (الاتحاد, للاتحاد), not before one that has none: المالي is "the
# financial", not Mali (مالي)
_AR_PREFIX = "(?:[وف])?(?:[بكل])?(?:ال|ل)?"
_AR_CLITICS = "(?:[وف])?(?:[بكل])?"
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2212\u00ad"  # with the minus sign some texts print in ranges (2011−2020)
_APOSTROPHES = "'\u2019\u2018`\u00b4"


_RU_IRREGULAR = {"день": "дн", "дня": "дн", "дню": "дн", "днем": "дн", "дни": "дн", "дней": "дн", "дням": "дн"}


def _ru_inflects(word: str) -> bool:
    low = word.casefold().replace("ё", "е").rstrip(",")  # "науки, техники и инноваций"
    # (a noun of three letters a name capitalises declines too: Международный Суд, Международного Суда)
    short_noun = word[:1].isupper() and not word.isupper() and re.fullmatch(r"[А-ЯЁа-яё]{3}", word) is not None
    return low in _RU_IRREGULAR or bool(_CYRILLIC_WORD.match(low.rsplit("-", 1)[-1])) or short_noun


@lru_cache(maxsize=1 << 16)  # the same few thousand words, stemmed in every paragraph
def ru_stem(word: str) -> str:
    """A Russian word without its inflectional ending (kept to at least three letters); in a
    hyphenated word only the last part inflects (Аддис-Абебской)."""
    low = word.casefold().replace("ё", "е")
    if low.endswith(",") and len(low) > 1:  # a word of a list inflects before its comma
        return ru_stem(low[:-1]) + ","
    if low in _RU_IRREGULAR:
        return _RU_IRREGULAR[low]
    head, _, last = low.rpartition("-")
    if head:
        return f"{head}-{ru_stem(last)}"
    if not _CYRILLIC_WORD.match(word):
        return low
    for ending in _RU_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


def _ar_base(word: str) -> str:
    """An Arabic word as a registry form keys it: without the article (الاتحاد -> اتحاد) while
    three letters remain."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _ar_readings(word: str) -> list[str]:
    """The words an Arabic word may be once its proclitics are taken off, in their grammatical
    order: a conjunction (و ف), a preposition (ب ك ل), the article (ال, or its ل after the
    preposition ل: للاتحاد); fewest letters taken off first. بولندا may be بولندا or ولندا (ب + ...),
    never ندا, so it does not read as كندا."""
    out = []
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ك", "ل"):
            for article in ("", "ال", "ل"):
                if article == "ل" and prep != "ل":
                    continue
                head = conj + prep + article
                if word.startswith(head) and len(word) - len(head) >= 3:
                    out.append(word[len(head):])
    return sorted(dict.fromkeys(out), key=len, reverse=True)


def _tokens(text: str) -> list[str]:
    text = fold(text)
    text = re.sub(f"[{_HYPHENS}]", "-", text)
    text = re.sub(f"[{_APOSTROPHES}]", "'", text)
    return text.split()


def acronym_key(text: str) -> str:
    """The key of an acronym: case kept, hyphens and apostrophes unified (``UN‑Women``)."""
    return " ".join(_tokens(text))


def canonical(text: str, language: str) -> str:
    """The key of a printed form: case-folded, separators unified, Russian words stemmed, the
    first Arabic word without its article, Chinese without spaces."""
    if language == "zh":
        return re.sub(r"\s+", "", fold(text).casefold())
    tokens = [t.casefold() for t in _tokens(text)]
    if language == "ru":
        tokens = [ru_stem(t) for t in tokens]
    elif language == "ar" and tokens:
        tokens[0] = _ar_base(tokens[0])
        return _ar_plain_alef(" ".join(tokens))
    return " ".join(tokens)


def _ar_plain_alef(key: str) -> str:
    """An Arabic key with every alef plain, whatever its hamza or madda (``_ar_char_atom``)."""
    return re.sub("[أإآ]", "ا", key)


def span_keys(text: str, language: str) -> list[str]:
    """The keys a matched span may have, most likely first: its canonical key, for Arabic one per
    reading of its first word without its proclitics (وللاتحاد -> اتحاد), for Russian one per word
    cut shorter where its ending may be read two ways (систему: систем-у, not сист-ему)."""
    if language == "ru":
        key = canonical(text, language)
        tokens = [t.casefold().replace("ё", "е") for t in _tokens(text)]
        stems = key.split(" ")
        out = [key]
        for i, token in enumerate(tokens):
            if i < len(stems) and _CYRILLIC_WORD.match(token):
                for k in range(1, 4):
                    if len(token) - k >= 3 and len(token[:-k]) > len(stems[i]):
                        out.append(" ".join([*stems[:i], token[:-k], *stems[i + 1:]]))
        return out
    if language != "ar":
        return [canonical(text, language)]
    tokens = [t.casefold() for t in _tokens(text)]
    if not tokens:
        return [""]
    return [_ar_plain_alef(" ".join([reading, *tokens[1:]])) for reading in _ar_readings(tokens[0])] or [_ar_plain_alef(" ".join(tokens))]


# --- the per-language matcher -------------------------------------------------------------------


def alternation(words: Iterable[str], language: str | None = None) -> str:
    """A regex alternation of printed words, longest first, a space matching any run of spaces
    ("calls upon", "vingt et unième"); in Arabic each letter with the vowel marks a text may print
    on it (ويُشجِّع is ويشجع)."""
    def atoms(word: str) -> str:
        if language == "ar":
            return "".join(r"\s+" if ch.isspace() else _ar_char_atom(ch) for ch in word)
        return re.escape(word).replace(r"\ ", r"\s+")
    return "|".join(atoms(w) for w in sorted(words, key=len, reverse=True))


def _atoms(form: str, language: str, acronym: bool = False) -> list[str]:
    """A printed form as a list of regex atoms (one per character, or one per variable part).
    Acronyms do not decline (ЮНКТАД), so Russian ones are kept as printed."""
    if language == "zh":
        text = re.sub(r"\s+", "", fold(form))
        return [_char_atom(ch) for ch in text]
    char = _ar_char_atom if language == "ar" else _char_atom
    atoms: list[str] = []
    tokens = _tokens(form)
    for i, token in enumerate(tokens):
        if i:
            atoms.append(r"\s+")
        if language == "ar" and i == 0:
            atoms.append(_AR_PREFIX if _ar_base(token) != token or acronym else _AR_CLITICS)
            atoms.extend(char(ch) for ch in _ar_base(token))
        elif language == "ru" and acronym:
            atoms.extend(char(ch) for ch in token)
        elif language == "ru" and token.casefold() in _RU_IRREGULAR:
            atoms.append("(?:" + "|".join(sorted(_RU_IRREGULAR, key=len, reverse=True)) + ")")
        elif language == "ru" and _ru_inflects(token):
            stem = ru_stem(token)
            comma = stem.endswith(",")
            atoms.extend(_char_atom(ch) for ch in stem.rstrip(","))
            atoms.append(r"\w{0,4}")
            if comma:
                atoms.append(_char_atom(","))
        else:
            atoms.extend(char(ch) for ch in token)
    return atoms


_CHAR_CLASSES = {
    "-": f"[{_HYPHENS}]",
    '"': '["“”«»„]',
    "'": f"[{_APOSTROPHES}]",
    "(": "[(（]",
    ")": "[)）]",
    ",": "[,，、]",
    ":": "[:：]",
    "е": "[её]",
}


def _char_atom(ch: str) -> str:
    return _CHAR_CLASSES.get(ch, re.escape(ch))


def _ar_char_atom(ch: str) -> str:
    """An Arabic letter, with the vowel marks (tanwin, shadda...) and tatweel the text may add; an alef
    whatever hamza or madda it is written with (أفريقيا and إفريقيا, the UN's and the ISO catalogue's Africa)."""
    if ch in _AR_ALEFS:
        return f"[{_AR_ALEFS}][\u064b-\u065f\u0670\u0640]*"
    if "\u0621" <= ch <= "\u064a":
        return f"{re.escape(ch)}[\u064b-\u065f\u0670\u0640]*"
    return _char_atom(ch)


_AR_ALEFS = "اأإآ"


def _trie_regex(sequences: Iterable[list[str]]) -> str:
    """One regex matching any of the atom sequences, longest alternative first at every branch."""
    trie: dict = {}
    for atoms in sequences:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        # a letter before an inflection's wildcard: "Алжирская ..." must not be taken as "Алжир" + "ская"
        atoms = sorted((a for a in node if a != ""), key=lambda a: a.startswith("\\w"))
        branches = [atom + emit(node[atom]) for atom in atoms]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a name ends here and longer ones continue: the optional group tries the longer first
        return f"(?:{body})?" if end else body

    return emit(trie)


@dataclass(frozen=True)
class Found:
    """A name found in a text: its span, the words as printed, and what it names."""

    start: int
    end: int
    text: str
    entry: Entry | None  # None for an unknown
    entity: Entity


@dataclass
class _Matcher:
    names: re.Pattern[str] | None
    acronyms: re.Pattern[str] | None
    name_keys: dict[str, Entry]
    acronym_keys: dict[str, Entry]
    # the printed forms as they stand (folded): where two names share a stem (Нигер, Нигерия: both
    # "нигер"), the one printed exactly wins
    exact: dict[str, Entry]

    def passes(self, language: str) -> list[tuple[re.Pattern[str], Callable[[str], Entry | None]]]:
        """(pattern, the entry a matched span names) for full names and for acronyms."""
        out = []
        if self.names is not None:
            out.append((self.names, lambda s: self.exact.get(_exact_key(s)) or self._by_key(s, language)))
        if self.acronyms is not None:
            out.append((self.acronyms, lambda s: self.acronym_keys.get(acronym_key(s))))
        return out

    def _by_key(self, span: str, language: str) -> Entry | None:
        return next((self.name_keys[k] for k in span_keys(span, language) if k in self.name_keys), None)


def _exact_key(text: str) -> str:
    return " ".join(_tokens(text)).casefold()


@lru_cache(maxsize=None)
def _matcher(language: str) -> _Matcher:
    """The matcher of the entity registries' names (bodies, states, events, instruments)."""
    return _compile(load(), language)


@lru_cache(maxsize=None)
def _topic_matcher(language: str) -> _Matcher:
    """The matcher of the topic registry's names (``reference/topics.yaml``)."""
    return _compile(load_topics(), language)


def _compile(registry: Registry, language: str) -> _Matcher:
    names: dict[str, list[str]] = {}
    acronyms: dict[str, list[str]] = {}
    name_keys: dict[str, Entry] = {}
    acronym_keys: dict[str, Entry] = {}
    exact: dict[str, Entry] = {}
    for form, entry, is_acronym in registry.names(language):
        if is_acronym:
            acronyms.setdefault(acronym_key(form), _atoms(form, language, acronym=True))
            acronym_keys.setdefault(acronym_key(form), entry)
        else:
            key = canonical(form, language)
            names.setdefault(key, _atoms(form, language))
            name_keys.setdefault(key, entry)
            exact.setdefault(_exact_key(form), entry)
    left, right = ("", "") if language == "zh" else (r"(?<!\w)", r"(?!\w)")
    # Chinese short forms are whole words in practice; other scripts need word boundaries
    # a name does not start inside a hyphenated word: "twenty-first meeting of the ..." is not the
    # registry's "first meeting of the ..."
    name_left = "" if language == "zh" else r"(?<![\w\-\u2010\u2011])"
    names_re = (
        re.compile(f"{name_left}(?:{_trie_regex(names.values())}){right}", re.IGNORECASE) if names else None
    )
    acronyms_re = re.compile(f"{left}(?:{_trie_regex(acronyms.values())}){right}") if acronyms else None
    return _Matcher(names_re, acronyms_re, name_keys, acronym_keys, exact)


# --- unknown bodies -------------------------------------------------------------------------------

# the title of one who holds a mandate, named by the topic after it (Rapporteur spécial sur le droit à la vie
# privée, Relator Especial sobre el derecho a la privacidad, Специальный докладчик по вопросу о праве на
# неприкосновенность частной жизни, المقرر الخاص المعني بالحق في الخصوصية, 隐私权问题特别报告员): an office
_MANDATE_TITLES = {
    "fr": r"Rapporteur|Rapporteuse|Experte?|Représentante?|Envoyée?|Conseill(?:er|ère)",
    "es": r"Relatora?|Experto|Experta|Representante|Enviad[oa]|Asesora?",
    "ru": r"докладчик|эксперт|представител|посланник|советник",
    "ar": r"مقرر|خبير|ممثل|مبعوث|مستشار",
    "zh": r"特别报告员|独立专家|特别代表|特使|特别顾问",
}
_HEAD = (
    r"(?:Commission|Committee|Forum|Council|Office|Programme|Fund|Group|Panel|Partnership|Board|"
    r"Agency|Conference|Network|Alliance|Coalition|Mechanism|Platform|Task\s+Force|Centre|Institute|Observatory|Court|Tribunal|Community(?!\s+[A-Z])|"
    r"Summit|Symposium|Congress|Dialogue|Meeting|Organi[sz]ation|Union|Assembly)"
)
# the head nouns of the names of instruments: declarations, programmes and plans of action,
# strategies, frameworks, conventions ("Kunming-Montreal Global Biodiversity Framework", "Muscat
# Ministerial Manifesto", "Declaration on the Elimination of Violence against Women")
_INSTRUMENT_HEAD = (
    r"(?:(?:Declaration|Strategy)\s+and\s+(?:Programme|Plan|Platform)\s+(?:of|for)\s+Action|"
    r"Declaration|Programme\s+of\s+Action|Plan\s+of\s+Action|Action\s+Plan|Plan|Platform\s+for\s+Action|Agenda|"
    r"Strateg(?:y|ies)|Framework|[Rr]oad\s*[Mm]ap|Call\s+to\s+Action|Call|Manifesto|Initiative|Convention|Protocol|"
    r"Charter|Pathway|Consensus|Guidelines|Principles|Compact|Covenant|Treaty|Agreement|Accord|Statute|Recommendation|"
    r"(?:Standard\s+Minimum\s+|Regulations\s+and\s+)?Rules|Code\s+of\s+Conduct)"
    # ... and a second head joined to the first: "Model Strategies and Practical Measures on ...",
    # "Principles and Guidelines on ...", "Rules ... and Non-custodial Measures for ..."
    r"(?:\s+and\s+(?:[A-Z][\w\-]*\s+){0,2}(?:Measures|Guidelines|Principles|Rules|Standards))?"
)
_CAP = r"(?![A-Z]-\d)(?:[A-Z]|e-?[A-Z])[\w'’\-‑]*"  # a capitalised word (eTrade, E-commerce, High-level, ICT), not a grade (P-4)
_EN_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
# "to", an infinitive and "the" ("World Conference to Review and Appraise the Achievements of ...", "Conference to
# Support the Implementation of ..."): a name's purpose, its verbs capitalised
_TO_VERB_THE = r"to\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+the\s+(?=[A-Z])"
# words that join the parts of one name; "and" may not start a second name ("... and the Leadership Panel")
_LINKS = (
    rf"(?:{_TO_VERB_THE}"
    r"|(?:of|for|on|in|to|from|with|against|concerning|involving|relating\s+to|among|into|through|between)\s+"
    # not a date ("... in December"), nor the day a text is adopted on ("... on the International Day of ...")
    rf"(?!(?:{_EN_MONTHS})(?![\w'’])|(?:the\s+)?(?:International|World)\s+(?:Day|Year|Week)(?![\w'’]))(?:the\s+|their\s+|a\s+(?=[A-Z]))?"
    # "at" where a name says where its subject is ("Safety of Life at Sea", "Rights at Work"), not
    # where a body sits ("... at Yaoundé")
    r"|at\s+(?=(?:Sea|Work|Home|School|Risk)(?![\w'’]))"
    # "the" after a verb's -ing form ("Road Map on Harnessing the Demographic Dividend")
    r"|(?<=[a-z]ing\s)the\s+"
    # "by" with who or what the name is about ("... Firearms by Law Enforcement Officials", "... by Land,
    # Sea and Air"), not with who acts on it ("... by the General Assembly", "by Member States")
    r"|by\s+(?!(?:the|Member|States|Governments?|Parties|Heads|All|Each|Its|Their)(?![\w'’]))"
    rf"|and\s+(?:the\s+)?(?!(?:{_CAP}\s+){{0,6}}?(?:{_HEAD}|{_INSTRUMENT_HEAD})(?![\w'’])))?"
)
# a capitalised word, or an enumeration of them closed by "and" ("Economic, Social and Cultural",
# "Teaching, Study, Dissemination and Wider"): one part of one name, not a list of names
_CAP_LIST = (
    # two adjectives joined by "and" ("Asian and Pacific", "Economic and Social"), tried first: the
    # first alone would end "the Governing Council of the Asian [and Pacific Centre ...]"
    rf"(?:[A-Z][a-z]+(?:an|ic|al|ese|ish)\s+and\s+{_CAP}"
    # ... or by "or" ("Enforced or Involuntary Disappearances")
    rf"|[A-Z][a-z]+(?:ed|al|ic|ary|ive)\s+or\s+{_CAP}"
    # a numbered part of an instrument ("Principle 10 of the Rio Declaration", "Article 19", "Goal 16")
    r"|(?:Principle|Article|Goal|Chapter)\s+\d{1,3}(?![\d/.,]\d)"
    rf"|{_CAP}(?:(?:,\s+{_CAP})+,?\s+and\s+(?:the\s+)?(?!(?:{_CAP}\s+){{0,6}}?{_HEAD}(?![\w'’])){_CAP})?)"
)
_EN_UNKNOWN = re.compile(
    # (a name may be two a slash joins: "Governing Council/Global Ministerial Environment Forum")
    rf"(?<![\w'’/])(?P<lead>(?:(?:{_CAP}\s+){{0,3}}?{_HEAD}/(?=[A-Z]))?(?:(?:19|20)\d\d\s+)?(?:{_CAP_LIST}\s+(?:(?:19|20)\d\d\s+)?){{0,6}}?)(?:{_HEAD}|{_INSTRUMENT_HEAD})"
    # (a protocol "to" the instrument it adds to: "the Protocol to the African Charter on Human and Peoples’ Rights on ...")
    rf"(?P<tail>\s+(?:on|of|for|concerning|{_TO_VERB_THE}|to(?=\s+[A-Z][a-z]+\s+[A-Z])|(?<=Protocol\s)to(?=\s+the\s+[A-Z]))"
    rf"\s*(?:the\s+)?{_CAP_LIST}(?:\s+{_LINKS}{_CAP_LIST})*)?(?![\w'’])"
)
# what an instrument's name may go on with: a known name its last words call for ("Programme of
# Action of the [World Summit for Social Development]"), its period ("2021–2026", "(2017–2021)", "for
# the Decade 2011–2020") with
# a quoted motto after it, a subtitle after a colon ("...: Ending Inequalities and Getting on Track
# to End AIDS by 2030")
_EN_OF_KNOWN = re.compile(r"\s+(?:of|on|for|to)\s+(?:the\s+)?(?=\x00)")
_EN_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?=\x00)")
_EN_ON_STATE = re.compile(r"\s+on\s+(?:the\s+)?(?=\x00)")
_EN_FOR_GROUP = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?=\x00)")
_BODY_TYPES = ("body", "programme")  # the types of a registry name that owns a body or an instrument
_EN_PERIOD = re.compile(r"(?:\s+for\s+the\s+(?:[Dd]ecade|[Pp]eriod))?\s+\(?(?:19|20)\d\d\s*[–−-]\s*(?:19|20)?\d\d\)?(?:,\s*“[^”\x00]{2,80}”)?")
_EN_SUBTITLE = re.compile(
    rf":\s+{_CAP}(?:\s+(?:(?:and|or|of|on|to|the|by|for|in|at|a)\s+)*(?:{_CAP}|(?:19|20)\d\d))*"
)
_EN_SKIP_LEAD = {
    "The", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "A", "An", "Also", "Further",
    "Each", "Every", "Such", "Any", "All", "Both", "Member", "In", "On", "Of", "For", "And", "With", "Our",
}
_EN_GENERIC = {
    "Working", "General", "Plenipotentiary", "Expert", "Executive", "Advisory", "Special", "Ad", "Hoc",
    "Preparatory", "Steering", "Main", "Standing", "Intergovernmental", "High-level", "High-Level",
    "Regional", "Global", "Multi-stakeholder", "Multistakeholder", "National", "International", "Joint",
    "Open-ended", "Technical", "Scientific", "Permanent", "Governing", "Interim", "Informal", "Bureau",
    "Political", "Ministerial", "Outcome", "Final", "Strategic",  # "the Political Declaration": a back-reference
    "Supreme", "Criminal", "Administrative",  # a kind of court: "the Supreme Court" (of a State)
}
_EN_GENERIC_NAMES = {"Programme of Action", "Platform for Action", "Plan of Action", "Office of the President"}
_ZH_DELIM = r"、，。；：“”‘’（）《》「」(),;:\"\s\x00"
_ZH_HEADS = (f"{_MANDATE_TITLES['zh']}|委员会|理事会|法院|法庭|议会|办事处|论坛|工作组|专家组|工作队|首脑会议|峰会|研讨会|高级别会议|部长级会议|国际会议|联盟|"
             "(?<![为心])中心|(?<=人|导|家|调|询)小组|(?<!命运|生命)共同体|(?<!缔约方)(?<=[\u4e00-\u9fff])大会")
# a name runs from a delimiter (or a known name) to its head noun, through the enumeration comma of
# a topic list ("...预防、防范和应对问题高级别会议"); what stands before the name is cut off after
# ... to a delimiter, a conjunction, or the verb the name is the subject or partner of (与...联盟协作,
# 请...中心继续)
_ZH_AFTER_NAME = ("关于|向|成立|通过|设立|举行|协作|合作|继续|提供|开展|支持|协调|进行|编写|提交|作出|发挥|参与|举办|召开|成员|秘书处|主席|"
                  "投入|开始|已|正在|在|将|应|努力|进一步|提出|发布|主持|负责|认可|核可|根据")  # ...联盟投入运作, 邀请...联盟在现有任务规定范围内
_ZH_UNKNOWN = re.compile(
    rf"(?:(?<=[{_ZH_DELIM}与\d])|^)(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff、]{{0,60}}?(?:{_ZH_HEADS}))"
    rf"(?=[{_ZH_DELIM}]|的|和|与|及|或|{_ZH_AFTER_NAME}|$)"
)


@lru_cache(maxsize=1)
def _zh_before_name() -> re.Pattern[str]:
    """What ends the words before a Chinese name, cut off with them: the verbs that open
    paragraphs (``verbs.yaml``: 回顾, 高度赞赏, 再次请...), the verbs and prepositions that take a
    body as object (参加, 支持, 协助, 提交给, 作为...), the particles of a clause (应, 可, 将, 并...) and
    the 的 of a description ("...对话的主要论坛": the name is after it). The characters of a word that
    also begins names are guarded (可持续, 和平, 以色列)."""
    words = sorted(_zh_opening_verbs() | set(_ZH_BEFORE_WORDS), key=len, reverse=True)
    return re.compile(r".*(?:" + "|".join(map(re.escape, words)) + "|" + _ZH_BEFORE_CHARS + ")", re.S)


@lru_cache(maxsize=1)
def _zh_opening_verbs() -> frozenset[str]:
    """The Chinese forms, of two characters or more, of the verbs that open paragraphs (``verbs.yaml``)."""
    return frozenset(form for c in _verbs().concepts.values() for form in c.forms.get("zh", ()) if len(form) >= 2)


@lru_cache(maxsize=1)
def _zh_verb_ending() -> re.Pattern[str]:
    # the verbs that open paragraphs only: 合作, 支持 and the like also qualify a name (发展合作论坛)
    return re.compile(r"(?:" + "|".join(map(re.escape, sorted(_zh_opening_verbs(), key=len, reverse=True))) + ")$")


def zh_verb_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with a verb that opens paragraphs (``verbs.yaml``: 欣见委员会,
    赞扬理事会): a bare head after it, its object, stands for a name. (Not any word a name may follow:
    相关组织 and 其他组织 are organizations of no name.)"""
    return _zh_verb_ending().search(text, max(0, end - 12), end) is not None


_ZH_BEFORE_WORDS = (
    "参加", "参与", "出席", "支持", "支助", "协助", "便利", "设立", "召开", "举行", "举办", "召集", "主办", "审议",
    "扩大", "提交给", "告知", "通过", "包括", "作为", "继续", "加强", "授权", "指定", "分配", "完成", "编写",
    "提供", "利用", "邀请", "请", "要求", "根据", "按照", "依照", "关于", "以便", "旨在", "确保", "有关", "相关",
    "所设", "提交", "建立", "顾及", "期间", "一次", "一个", "一名", "每个", "所有", "任何", "以及", "即", "注意", "知悉", "其他", "其它",
    "担任", "主持", "涉及", "通报", "一份", "重视", "任命", "加入", "更新", "列入", "符合", "参照", "尚待", "转递", "所载",
    "遵守", "发挥", "报道", "考虑", "探讨", "介绍", "赋予", "会议上", "纳入", "维护", "实现", "影响", "努力", "筹备",
)
_ZH_BEFORE_CHARS = (
    r"[的是了在到该这其将把被并又还向从就给让为于由]|(?<!维)也|使(?!用)|应(?!对|用|急)|对(?!话)|可(?!持续)|以(?!色列)|种(?!族|植)"
    r"|执行(?!委员会|局|理事会|主任|秘书)|个(?!人)"
)
_ZH_MEETING_HEAD = re.compile(r"(?:会议|首脑会议|峰会|研讨会|大会)$")  # a meeting's name: what stands before the State is read by the events' reader
_ZH_LEADING = re.compile(r"^(?:以及|的|和(?!平)|与|及|或|各|其|[年月日号](?!内瓦))+")  # and the end of a date or a number: 第5/14号决议设立的...
# a topic list in a name: "...预防、防范和应对问题高级别会议" (the last item joined by 和, then 问题)
_ZH_TOPIC_LIST = re.compile(rf"、[^、]*(?:和|及|与)[^、]*(?:问题|{_MANDATE_TITLES['zh']})")  # (a mandate's topic too)
# a name of nothing but these words and a head is a back-reference or a kind of body, not a name:
# 特设委员会 (an ad hoc committee), 不限成员名额政府间工作组, 区域委员会, 高级别论坛
_ZH_GENERIC_WORDS = re.compile(
    r"(?:特别|主要|特设|小组|政府间|本|国家|执行|筹备|咨询|专家|高级别|部长级|年度|区域|全体|不限成员名额|开放|常设|"
    r"职司|联合|技术|科学|多利益攸关方|国际性|国际|全球|政府|首脑|独立|第[一二三四五六七八九十百零]+(?:届|次)|全会|一级|唯一|多边)*"
    rf"(?:{_ZH_HEADS})$"
)
# what must stand before them for a name: three characters or more (支付委员会, 促进特别委员会 are a
# verb before a kind of body; a two-character name of a body is a short name, ``unkg.ingest.shortnames``)
_ZH_MIN_CORE = 3
# what ends the words before a Chinese event's name: particles, verbs, another event's name before 和 (和
# after other words joins the topics of one name: 联合国预防犯罪和刑事司法大会)
_ZH_EVENT_BREAK = re.compile(
    r".*(?:的|在|于|(?<=会议|峰会|论坛|大会|对话|宣言|纲领|议程|决议)(?:和(?!平)|与|及)|并|就|对(?!话)|由|为|将|使|从|以便|以往"
    r"|以(?!色列)|参加|出席|召开|举行|决定|请|鼓励|作为|关于|可(?!持续)|再次|又|还|也|举办|主办|筹备)"
)


# a count or a pointer before an event's name: 举行一次...高级别会议, 此次会议
_ZH_EVENT_COUNT = re.compile(r"^(?:一次|一个|这次|此次|该次|这一|此一)")


def zh_event_name(name: str) -> str:
    """A Chinese event's name without the words before it: 又决定高级别会议 -> 高级别会议, 社会发展问题世界
    首脑会议和大会第二十四届特别会议 -> 大会第二十四届特别会议, 一次...高级别会议 -> ...高级别会议 (kept whole
    when less than four characters remain)."""
    m = _ZH_EVENT_BREAK.match(name)
    rest = name[m.end():] if m else name
    if (verb := _zh_before_name().match(rest)) is not None and verb.end() <= 4:
        rest = rest[verb.end():]  # 回顾艾滋病毒和艾滋病问题大会高级别会议: the verb that opens the paragraph
    # a conjunction, a pronoun or the end of a date before it (2018年大会..., 及其第十届紧急特别会议)
    rest = _ZH_EVENT_COUNT.sub("", re.sub(r"^(?:以及|和(?!平)|与|及|其|[年月日](?!内瓦))+", "", rest))
    return rest if len(rest) >= 4 else name
_UN_PREFIX = re.compile(r"(?:United Nations|UN|联合国)\s*$")


# heads of the names of events: conferences, summits, meetings (a standing conference is a body)
_EVENT_HEAD = re.compile(
    r"\b(?:Conference(?!\s+(?:on\s+Disarmament|of\s+the\s+Parties)\b)|Summit|Symposium|Congress|Dialogue|Meeting)\b"
    r"|会议|首脑会议|峰会|研讨会|对话会|大会"
)


def _unknown_type(phrase: str) -> str:
    """The contract's entity type a name's head noun suggests."""
    head = re.split(r"\s+(?:on|of|for|concerning)\s+(?!Action\b)|\s+to\s+(?=[A-Z])", phrase, maxsplit=1)[0]
    # (a Chinese name ends on its head: 新议程联盟 is a coalition, 宣言执行情况委员会 a committee)
    if re.search(rf"{_INSTRUMENT_HEAD}(?:\s+for\s+Action)?$", head) or re.search(r"Programme of Action|Code of Conduct|(?:行动纲领|议程|宣言|公约)$", phrase):
        return "instrument"
    if _EVENT_HEAD.search(head if re.search(r"[A-Za-z]", phrase) else phrase[-5:]):
        return "event"
    if re.search(r"Forum|论坛", phrase):
        return "forum"
    if re.search(rf"\bOffice\b|办公室|办事处|(?:{_MANDATE_TITLES['zh']})$", phrase):
        return "office"
    if re.search(r"\b(?:Programme|Fund)\b|规划署|计划署|基金", phrase):
        return "programme"
    if re.search(r"\b(?:Partnership|Alliance|Coalition|Network)\b|伙伴关系|联盟", phrase):
        return "partnership"
    return "body"


def _with_un_prefix(text: str, start: int, known: list[Found]) -> tuple[int, Found | None]:
    """"United Nations Conference on Housing..." is one unknown name, not the UN and a remnant:
    when a candidate directly follows a mention of the United Nations, it starts there."""
    for k in known:
        if k.entry is not None and k.entry.id == "un" and k.end <= start and not text[k.end : start].strip():
            return k.start, k
    return start, None
_MASK = "\x00"


def _masked(text: str, known: list[Found]) -> str:
    """The text with every known name blotted out (offsets kept), so that an unknown candidate
    is only what lies around them: "Working Group on Broadband and Gender of the [known]"."""
    chars = list(text)
    for k in known:
        chars[k.start : k.end] = _MASK * (k.end - k.start)
    return "".join(chars)


_EN_STATES_AFTER = re.compile(f" (?={_MASK})")  # a space, then a known name blotted out


def _state_at(known: Sequence[Found], start: int) -> Found | None:
    """The registry State whose name begins at ``start``: where a body's name on a State ends ("the Ad Hoc
    Advisory Group on Haiti", "Grupo Asesor Especial sobre Haití", "... группа по Гаити")."""
    return next((f for f in known if f.start == start and f.entity.type == "member-state"), None)


# an instrument's author after its name: "the Regional Plan of Action on ... in Asia and the Pacific
# [of the Asian and Pacific Centre for ...]", "the Common Framework for Preparedness [of the
# Inter-Agency Standing Committee]": the body is a name of its own. A statute, charter, constitution
# or rules is named by its body ("Statute of the International Tribunal ..."), and so is an
# establishment ("Treaty for the Establishment of the African Medicines Agency").
_EN_AUTHOR = re.compile(
    rf"(?<!Establishment)(?<!Strengthening)\s+of\s+the\s+(?=(?:{_CAP_LIST}\s+){{0,6}}?"
    r"(?:Centre|Commission|Committee|Council|Office|Fund|Agency|Institute|Organi[sz]ation|Union|Board|Panel|Secretariat)(?![\w'’]))"
)
_EN_NAMED_BY_BODY = re.compile(r"^(?:[A-Z][\w\-]*\s+){0,3}?(?:Statute|Charter|Constitution|Rules|Regulations)\b")


def _en_unknowns(text: str, known: list[Found]) -> list[Found]:
    masked = _masked(text, known)
    # the United Nations opening a complement's capitalised words ("... of the United Nations Decade for
    # Women"): the name goes on through it
    inner_un = [k for k in known if k.entry is not None and k.entry.id == "un" and _EN_UN_OPENS.match(text, k.end)]
    with_un = _masked(text, [k for k in known if k not in inner_un]) if inner_un else masked
    out: list[Found] = []
    pos = 0
    while (m := _EN_UNKNOWN.search(masked, pos)) is not None:
        pos = m.end()
        if (m.group("tail") and _unknown_type(m.group(0)) == "instrument" and not _EN_NAMED_BY_BODY.match(m.group(0))
                and (cut := _EN_AUTHOR.search(masked, m.start() + len(m.group(0)) - len(m.group("tail")) + 1, m.end()))):
            m = _EN_UNKNOWN.match(masked[: cut.start()], m.start())  # the instrument alone; its author read next
            pos = cut.end()
            if m is None or m.end() != cut.start():
                continue
        words = m.group(0).split()
        start = m.start()
        # drop leading determiners and the paragraph's own opening verb ("Requests the ...")
        while len(words) > 1 and (
            words[0] in _EN_SKIP_LEAD
            # ... not a name's first word before its complement ("Meeting of the High Contracting Parties")
            or (masked[:start].strip(" .0-9()") == "" and re.fullmatch(r"[A-Z][a-z]+(?:s|ing)", words[0]) and words[1][0].isupper())
        ):
            start = masked.index(words[1], start + len(words[0]))
            words = words[1:]
        end, called, kind = m.end(), False, None
        if (k := _EN_STATES_AFTER.match(masked, end)) and (f := next((f for f in known if f.start == k.end() and f.text in ("States", "Countries")), None)):
            end = f.end  # "the Economic Community of Central African States": "States" is the name's last word
        head_type = _unknown_type(m.group(0))  # what the name's head says it is, whatever it goes on with
        instrument = head_type == "instrument"
        if instrument:
            if (k := _EN_OF_KNOWN.match(masked, end)) and (f := next((f for f in known if f.start == k.end()), None)):
                end, called = f.end, True  # the known name stays a mention of its own
            for more in (_EN_PERIOD, _EN_SUBTITLE):
                if x := more.match(masked, end):
                    end = x.end()
        elif m.group(0).endswith(" Implementation") and (
                k := _EN_OF_KNOWN.match(masked, end)) and (f := next((f for f in known if f.start == k.end() and f.entity.type == "instrument"), None)):
            # a meeting on an instrument's implementation: "... to Review the Implementation [of the Monterrey Consensus]";
            # a programme for it is an instrument: "the Programme for the Further Implementation [of Agenda 21]"
            end, called = f.end, True
            kind = "instrument" if head_type == "programme" and words[0] == "Programme" else head_type
        elif m.group("tail") and head_type in ("body", "forum") and (k := _EN_FOR_GROUP.match(masked, end)) and (
                f := next((f for f in known if f.start == k.end() and f.entity.group and f.entity.type != "member-state"), None)):
            # a body's subject for a group: "the High-level Panel on the Development of a Multidimensional Vulnerability
            # Index [for Small Island Developing States]": one name; the group stays a mention of its own
            end, kind, called = f.end, head_type, True
        elif (not m.group("tail") or _EN_OF_LEADERS.fullmatch(m.group("tail"))) and head_type in ("body", "forum") \
                and (k := _EN_OF_BODY.match(masked, end)) \
                and (f := next((f for f in known if f.start == k.end() and f.entry is not None and (
                    f.entity.type in _BODY_TYPES or f.entity.group and words[-1] == "Group")), None)):
            # a body of a body a registry holds ("the Independent External Oversight Advisory Committee [of the Joint
            # United Nations Programme on HIV/AIDS]"): one name, which tells it from the like-named bodies of others;
            # the known name stays a mention of its own; "the Group of [Least Developed Countries]" is theirs; an
            # assembly of its leaders too ("the Assembly of Heads of State and Government of the [African Union]")
            end, kind, called = f.end, head_type, f.entity.group
        elif head_type in ("body", "forum") and (k := _EN_ON_STATE.match(masked, end)) \
                and (f := _state_at(known, k.end())):
            # a body on a State ("the Ad Hoc Advisory Group on Haiti", "the Independent International Commission of
            # Inquiry on the Syrian Arab Republic"): the State ends the name and stays a mention
            end, kind, called = f.end, head_type, True
        if inner_un and (k := _EN_THROUGH_UN.match(with_un, end)) and (
                un := next((u for u in inner_un if end < u.start < k.end() and u in known), None)):
            end = k.end()
            known.remove(un)
        if " ".join(words) in _EN_GENERIC_NAMES and not called:
            continue
        if not m.group("tail") and not called:
            head_len = len(re.search(f"(?:{_HEAD}|{_INSTRUMENT_HEAD})$", m.group(0)).group(0).split())
            lead = words[:-head_len]
            if not lead or all(w in _EN_GENERIC or re.fullmatch(r"\d{4}", w) for w in lead):
                continue  # "the Commission", "the Working Group": back-references, not names
        start, absorbed = _with_un_prefix(text, start, known)
        if absorbed is not None:
            known.remove(absorbed)
        phrase = text[start:end]
        kind = "instrument" if instrument else kind or _unknown_type(phrase)  # its period or subtitle aside
        out.append(Found(start, end, phrase, None, unknown_entity(phrase, "en", kind)))
        if not instrument and m.group("tail") and not _EN_NAMED_OF.search(masked, 0, m.start("tail")) and (
                inner := _en_body_of(masked, m.start("tail"), end)) is not None:
            body = text[inner[0] : inner[1]]
            out.append(Found(inner[0], inner[1], body, None, unknown_entity(body, "en", _unknown_type(body))))
    return out


# --- mandate holders named by their topic -----------------------------------------------------

# The special procedures of the Human Rights Council and the Secretary-General's envoys are named by a
# title and a topic in lower case ("the Special Rapporteur on the right to privacy", "the Independent
# Expert on the enjoyment of human rights by persons with albinism", "the Working Group on the use of
# mercenaries"), which the capitalised reading above cannot take; a body may stand between the two
# ("the Special Rapporteur of the Human Rights Council on the right to food", "the Special Representative
# of the Secretary-General for Children and Armed Conflict", whose topic is capitalised). No registry
# lists them in six languages, so the topic is read to where the sentence goes on (``_mandate_end``).
_EN_MANDATE = re.compile(
    r"(?<![\w'’\-‑])(?P<title>Special\s+Rapporteur|Independent\s+Expert|Special\s+Representative|Special\s+Envoy"
    r"|Special\s+Adviser|Special\s+Coordinator|Working\s+Group|Expert\s+Mechanism)"
    rf"(?P<of>\s+(?:of|to)\s+the\s+{_MASK}+)?\s+(?P<on>on|for)\s+(?:the\s+)?"
)
_EN_MANDATE_WORD = re.compile(r"\s*(?P<w>,|[;:.()“”\"\[\]]|[^\s,;:.()“”\"\[\]]+)")
# what ends a topic: a word that opens what the sentence says of the mandate holder
_EN_MANDATE_STOP = frozenset((
    "for", "at", "from", "as", "since", "during", "under", "within", "pursuant", "through", "whose", "which",
    "who", "that", "is", "are", "was", "were", "has", "have", "had", "will", "would", "should", "shall", "may", "can",
    "could", "must", "entitled", "submitted", "prepared", "appointed", "established", "contained", "including",
    "thereon", "therein", "respectively", "regarding", "concerning", "until", "so", "thus", "hereby",
))
_EN_PEOPLE = frozenset(("persons", "people", "peoples", "children", "women", "girls", "individuals", "those", "migrants"))
_EN_POSSESSIVE = frozenset(("its", "his", "her", "their", "this", "that", "these", "those"))
# an infinitive a mandate holder is asked to do ("to continue", "to submit"); a right's object is a noun
# ("the right to food", "the right of peoples to self-determination")
_EN_INFINITIVE = re.compile(
    r"(?:continue|submit|present|prepare|report|include|visit|address|engage|consult|pay|enable|introduce|promote|take|give|"
    r"make|provide|study|work|ensure|seek|cooperate|participate|contribute|collaborate|undertake|convene|update|examine|assess|"
    r"identify|develop|mainstream|strengthen|share|respond|focus|conduct|support|advocate|assist|hold|follow|increase|collect|"
    r"disseminate|consider|integrate|explore|keep|raise|use|monitor|draw|bring|transmit|circulate|apply|help|carry|fulfil|"
    r"pursue|act|play|maintain|facilitate|be|do|devote|attend|intensify|paying|\w+(?:ize|ise|ate))$"
)
# ... and the words that may follow "in" inside a topic, not the place or manner of what is said of it
_EN_IN_STOPS = frozenset((
    "the", "its", "his", "her", "their", "this", "that", "accordance", "order", "cooperation", "consultation",
    "coordination", "close", "particular", "addition", "line", "conformity", "light", "view", "support", "a",
))
_EN_IN_THE_PLACE = re.compile(r"the\s+(?=[A-Z\x00])")  # "in the [Democratic People's Republic of Korea]": a place


@lru_cache(maxsize=1)
def _en_clause_verbs() -> frozenset[str]:
    """The English forms of the verbs that open paragraphs, in lower case, first words only ("requests",
    "recognizes"): after "and", a verb of the sentence, not a word of a name."""
    return frozenset(form.split()[0].casefold() for c in _verbs().concepts.values() for form in c.forms.get("en", ()))


def _mandate_end(masked: str, pos: int) -> int:
    """Where a mandate's topic that starts at ``pos`` ends (``pos`` when it has none: "on its work",
    "on account of")."""
    words: list[tuple[str, int, int]] = []  # (word, start, end)
    at = pos
    while len(words) < 30 and (m := _EN_MANDATE_WORD.match(masked, at)) is not None:
        word = m.group("w")
        low = word.casefold()
        nxt = _EN_MANDATE_WORD.match(masked, m.end())
        after = nxt.group("w") if nxt else ""
        prev = words[-1][0] if words else ""
        if not words and (low in _EN_POSSESSIVE or low == "account"):
            return pos  # "the Working Group on its work", "on account of": no topic
        if low == "since" and re.fullmatch(r"(?:19|20)\d\d", after):
            pass  # "the Palestinian territories occupied since 1967"
        elif word in ";:.()“”\"[]" or low in _EN_MANDATE_STOP:
            break
        elif word == ",":
            # an enumeration the topic goes on with, closed by "and" or "or" ("extrajudicial, summary or
            # arbitrary executions", "racism, racial discrimination, xenophobia and related intolerance",
            # "trafficking in persons, especially women and children"), not a clause after it
            if not _EN_TOPIC_LIST.match(masked, m.start()):
                break
        elif low in ("and", "or"):
            if (after.casefold() in _EN_POSSESSIVE | _EN_AND_STOPS or after.casefold() in _en_clause_verbs()
                    or not after[:1].isalpha() and after[:1] != _MASK) and not (prev == "of" and after == "in"):
                break  # (not "security of and in the use of ...")
        elif low == "to":
            # a right's object ("the right to food", "the right of peoples to self-determination"), not what
            # the holder is asked to do ("to continue") or whom something goes to ("to this process")
            if prev in ("right", "rights"):
                if _EN_INFINITIVE.match(after.casefold()):
                    break
            elif not any(w in ("right", "rights") for w, _, _ in words[-3:]) or _EN_INFINITIVE.match(after.casefold()) \
                    or after.casefold() in _EN_POSSESSIVE | {"the", "a", "an", "all"}:
                break
        elif low == "in" and [w for w, _, _ in words[-2:]] != ["of", "and"]:  # (not "security of and in the use of")
            if after.endswith("ing") or after.casefold() in _EN_IN_STOPS and not _EN_IN_THE_PLACE.match(masked, nxt.start("w")):
                break
        elif low in ("of", "on", "by") and (after.endswith("ing") or after.casefold() in _EN_POSSESSIVE):
            break  # "of looking into", "on its twenty-second session", "by his predecessors"
        elif low == "on" and not _EN_IMPACT.intersection(w for w, _, _ in words[-5:]):
            break  # a report's subject after the topic ("... expression on disinformation"), not "impact ... on the enjoyment of"
        elif low == "by" and after.casefold() in ("the", "member", "states", "governments"):
            break  # who acts on it ("by the General Assembly"), not who its topic is about ("by older persons")
        elif low == "while" and not after.endswith("ing"):
            break
        elif low == "with" and prev not in _EN_PEOPLE:
            break  # "with all the assistance", not "persons with albinism"
        elif low.endswith("ed") and after.casefold() in ("to", "by", "at", "in", "on", "for", "with"):
            break  # a participle's clause: "presented to the Council", "devoted to", "established by"
        elif word[0].isupper() and prev in ("and", "or") and masked[words[-1][1] - 2 : words[-1][1]] == ", ":
            break
        words.append((low, m.start("w"), m.end("w")))
        at = m.end()
    while words and words[-1][0] in ("and", "or", "of", "on", "the", "in", "to", "by", "a", "an", ",", "while", "especially", "since"):
        words.pop()
    return words[-1][2] if words else pos


_EN_IMPACT = frozenset(("impact", "effects", "effect", "consequences", "influence"))
# what after "and" or "or" opens another phrase, not the topic's next word
_EN_AND_STOPS = frozenset(("the", "a", "an", "to", "in", "all", "relevant", "also", "further", "other", "so"))


# the enumeration a comma may open inside a topic: items of one to four words in lower case, closed by
# "and" or "or" before any other mark
_EN_TOPIC_ITEM = r"(?!(?:the|a|an|its|his|her|their|which|who|whose|in|and|or|as|including|to|within|pursuant|taking|welcoming)\b)[a-z][\w‑-]*(?:\s+[a-z][\w‑-]*){0,3}"
_EN_TOPIC_LIST = re.compile(rf",\s+{_EN_TOPIC_ITEM}(?:,\s+{_EN_TOPIC_ITEM})*,?\s+(?:and|or)\s+[a-z]")


_EN_MANDATE_CAPITALISED = re.compile(rf"(?:{_CAP_LIST}|{_MASK}+)(?:\s+{_LINKS}(?:{_CAP_LIST}|{_MASK}+))*")
_EN_AND_THE = re.compile(r"\s+and\s+the\s+")
_EN_MANDATE_ADJECTIVES = re.compile(r"(?<![\w\-‑])(?:[A-Z][\w\-‑]*\s){1,3}$")


def _en_mandates(text: str, known: list[Found]) -> list[Found]:
    """The mandate holders ``text`` names by a title and a topic (``_EN_MANDATE``), as offices no
    registry holds: one Found from the title to the topic's end."""
    masked = _masked(text, known)
    out: list[Found] = []
    for m in _EN_MANDATE.finditer(masked):
        topic = m.end()
        if masked[topic : topic + 1].isupper() or masked[topic : topic + 1] == _MASK:
            if not m.group("of") and masked[topic : topic + 1] != _MASK:
                continue  # a capitalised topic of a title alone: the capitalised reading's ("Working Group on Ageing")
            cap = _EN_MANDATE_CAPITALISED.match(masked, topic)
            end = cap.end() if cap else topic
            if (other := _EN_AND_THE.search(masked, topic, end)) is not None:
                end = other.start()  # "... on Violence against Children [and the United Nations University]": another name
        elif m.group("on") == "on" or m.group("of"):
            end = _mandate_end(masked, topic)
        else:
            continue  # "thanks the Special Rapporteur for the active preservation of ...": what for, not a topic
        if end - topic < 4:
            continue  # no topic, or a word too short to be one
        kind = "body" if m.group("title").startswith(("Working", "Expert")) else "office"  # a group of experts, or one
        start = m.start()
        if lead := _EN_MANDATE_ADJECTIVES.search(masked, max(0, start - 60), start):
            # the capitalised words before the title ("the Open-ended Working Group on ..."), not a sentence's opening verb
            words = lead.group(0).split()
            while words and (words[0] in _EN_SKIP_LEAD or words[0].casefold() in _en_clause_verbs()):
                words = words[1:]
            start -= len(" ".join(words)) + (1 if words else 0)
        out.append(Found(start, end, text[start:end], None, unknown_entity(text[start:end], "en", kind)))
    return out


_EN_BODY_OF = re.compile(r"\s+of\s+the\s+")
_EN_OF_LEADERS = re.compile(r"\s+of\s+(?:the\s+)?Heads\s+of\s+State\s+and(?:/or)?\s+Government")
# the heads of names that go on "of the": "the Organization of the Petroleum Exporting Countries Fund ...", "Union of ..."
_EN_NAMED_OF = re.compile(r"(?:Organi[sz]ation|Union|Community)$")


def _en_body_of(masked: str, tail: int, end: int) -> tuple[int, int] | None:
    """The body a body's name says it is of, where that is a name of its own no registry holds: "the
    Governing Council of the [Asian and Pacific Centre for the Development of Disaster Information
    Management]" names the Centre too. (A registry body there is a mention already.)"""
    if (of := _EN_BODY_OF.match(masked, tail)) is None or (m := _EN_UNKNOWN.match(masked, of.end(), end)) is None or m.end() != end:
        return None
    head = re.search(f"{_HEAD}$", m.group(0)[: len(m.group(0)) - len(m.group("tail") or "")])
    if head is None or _unknown_type(m.group(0)) not in ("body", "programme", "office", "partnership"):
        return None
    lead = m.group(0)[: head.start()].split()
    if not m.group("tail") and all(w in _EN_GENERIC or w in _EN_SKIP_LEAD for w in lead):
        return None  # "the Bureau of the Preparatory Committee": a back-reference
    return m.start(), m.end()


_EN_UN_OPENS = re.compile(r"\s+[A-Z][a-z]")
# ... what a name goes on with through the United Nations: its complement's other capitalised words
_EN_THROUGH_UN = re.compile(rf"\s+(?:of|for|on|to)\s+the\s+United\s+Nations\s+{_CAP_LIST}(?:\s+{_LINKS}{_CAP_LIST})*(?![\w'’])")


# Chinese prints the titles of instruments between 《》: a title no registry holds is an instrument's
# name when it ends (before a subtitle) on the noun of one (宣言, 行动纲领, 战略, 框架, 公约...); the titles
# of reports and publications between the same marks are not instruments
_ZH_TITLE = re.compile(r"《(?P<name>[^《》]{2,80})》")
_ZH_INSTRUMENT_HEAD = re.compile(
    r"(?:宣言|纲领|计划|战略|框架|路线图|议程|公约|议定书|宪章|倡议|呼吁|原则|准则|协定|条约|契约|途径|共识|规约|守则|承诺|指南|"
    r"宣言和行动纲领|行动呼吁|马尼菲斯托|宣言书)(?:[（(]?\d{4}\s*[-—–至]\s*\d{2,4}年?[）)]?)?$"
)

_ZH_GENERIC_TITLE = re.compile(r"(?:政治|部长级|最后|成果|全球|区域|国家|行动|该|本|此|和|及|宣言|战略|框架|纲领|计划|议程)*")


def _zh_titles(text: str, masked: str, known: list[Found]) -> list[Found]:
    """The instruments' titles between 《》; a known name inside one is a part of its name (《大会抗微生物
    药物耐药性问题高级别会议的政治宣言》 names the General Assembly), unless it is an instrument: the
    title is then that instrument's (《2030年可持续发展议程》)."""
    out = []
    for m in _ZH_TITLE.finditer(masked):
        if any(m.start("name") <= k.start and k.end <= m.end("name") and k.entity.type == "instrument" for k in known):
            continue
        if not m.group("name").strip(_MASK):
            continue
        name = text[m.start("name"):m.end("name")]
        title = re.split(r"[：:]|——", name, maxsplit=1)[0]  # 《...战略：终结不平等》: the subtitle after the colon
        head = _ZH_INSTRUMENT_HEAD.search(title.strip())
        # 《规约》, 《政治宣言》: the instrument the document named before, not a name of its own
        if head and not _ZH_GENERIC_TITLE.fullmatch(title.strip()[: head.start()]):
            out.append(Found(m.start("name"), m.end("name"), name, None, unknown_entity(name, "zh", "instrument")))
    return out


def _zh_unknowns(text: str, known: list[Found]) -> list[Found]:
    masked = _masked(text, known)
    out: list[Found] = _zh_titles(text, masked, known)
    before = _zh_before_name()
    for m in _ZH_UNKNOWN.finditer(masked):
        name = m.group("name")
        # items of a list ("会员国、各区域委员会") are not one name; a topic list is
        cut = name.rindex("、") + 1 if "、" in name and not _ZH_TOPIC_LIST.search(name) else 0
        words = before.match(name, cut)  # the verb or clause before the name (高度赞赏委员会 ...)
        cut = max(cut, words.end() if words else 0)
        lead = _ZH_LEADING.match(name[cut:])
        start = m.start("name") + cut + (lead.end() if lead else 0)
        name = text[start : m.end("name")]
        start, absorbed = _with_un_prefix(text, start, known)
        if absorbed is not None:
            known.remove(absorbed)
        if text.startswith("问题", start) and not _ZH_MEETING_HEAD.search(text, start, m.end("name")) and (
                state := next((k for k in known if k.end == start and k.entity.type == "member-state"), None)):
            start = state.start  # 海地问题特设咨询小组, the Ad Hoc Advisory Group on Haiti: the State stays a mention too
        name = text[start : m.end("name")]
        kind = _unknown_type(name)
        if kind == "event":  # 以往关于社会发展问题世界首脑会议: the name without the words before it
            cut = len(name) - len(zh_event_name(name))
            start, name = start + cut, name[cut:]
        # a kind of body alone (特设委员会), or after a verb (支付委员会), or joined to a list's first
        # item (全球和区域论坛, 会议和主要委员会) is no name
        generic = _ZH_GENERIC_WORDS.search(name)
        if generic is None or generic.start() < _ZH_MIN_CORE or re.search(r"[和与及或]$", name[: generic.start()]):
            continue
        if (title := re.search(f"(?:{_MANDATE_TITLES['zh']})$", name)) and _ZH_NO_TOPIC.match(name[: title.start()]):
            continue  # a mandate is named by its topic (隐私权问题特别报告员); 积极地回复特别报告员 ("respond favourably to") names none
        out.append(Found(start, m.end("name"), name, None, unknown_entity(name, "zh", kind)))
        # the body an organ's name says it is of: 亚洲及太平洋灾害信息管理发展中心理事会 names the Centre too
        if (of := _ZH_ORGAN_OF.search(name)) and not _ZH_GENERIC_WORDS.fullmatch(inner := name[: of.start("organ")]) \
                and len(inner) > _ZH_MIN_CORE:
            out.append(Found(start, start + len(inner), inner, None, unknown_entity(inner, "zh", _unknown_type(inner))))
    return out


_ZH_NO_TOPIC = re.compile(r"^(?:.?|.{0,2}地.*|[者的了].*)$")  # one character, an adverb's 地, a word's tail
# an organ of a body named with it: its governing council, executive board, secretariat, steering committee
_ZH_ORGAN_OF = re.compile(rf"(?:{_ZH_HEADS})(?P<organ>理事会|执行局|董事会|主席团|秘书处|指导委员会|管理委员会)$")


# French and Spanish: a capitalised head ("le Groupe de travail sur ...", "el Grupo de Trabajo sobre ...")
# and its complements. Spanish capitalises every word of a name, French only the first, so a French
# name runs through lower-case words until what cannot be part of one: punctuation, a relative
# pronoun or a determiner (qui, cette, leurs), a finite verb or participle (doit, intitulé, avait),
# a preposition before an infinitive (de prendre, pour renforcer), a date or a place after à/en.
_ROMANCE_HEADS = {
    "fr": r"Comité|Commission|Conseil|Forum|Groupe|Bureau|Programme|Fonds|Partenariat|Alliance|Coalition|Réseau|"
    r"Mécanisme|Plateforme|Centre|Institut|Observatoire|Sommet|Conférence|Congrès|Dialogue|Réunion|Équipe|Agence|Office|"
    rf"{_MANDATE_TITLES['fr']}",
    "es": r"Comité|Comisión|Consejo|Foro|Grupo|Oficina|Programa|Fondo|Alianza|Asociación|Coalición|Red|Mecanismo|"
    r"Plataforma|Centro|Instituto|Observatorio|Cumbre|Conferencia|Congreso|Diálogo|Reunión|Equipo|Agencia|"
    rf"{_MANDATE_TITLES['es']}",
}
# the words that join a name's parts (they may not end it)
_ROMANCE_LINKS = {
    "fr": frozenset("de du des d' sur pour contre en à au aux la le les l' et entre chargé chargée chargés chargées relatif relative".split()),
    "es": frozenset("de del sobre para contra en a al la el los las y e entre encargado encargada encargados encargadas relativo relativa".split()),
}
# what a mandate's title goes on with before its topic: its adjective, the body it serves, "on" or "for"
_MANDATE_OPENER = {
    "fr": re.compile(r"\s+(?:spéciale?|indépendante?|personnel(?:le)?)(?:\s+(?:du|de\s+la|de\s+l['’])\s*\x00+)?"
                     r"\s+(?:sur|chargée?\s+d(?:e|['’])|pour\s+(?:le\s+|la\s+|les\s+|l['’]\s*)?(?=[A-ZÀ-Ý\x00]))"),
    "es": re.compile(r"\s+(?:Especial|Independiente|Personal)(?:\s+(?:del|de\s+la)\s+\x00+)?"
                     r"\s+(?:sobre|encargad[oa]\s+de|para\s+(?:el\s+|la\s+|los\s+|las\s+)?(?=[A-ZÁ-Ú\x00]))"),
}
_ROMANCE_MANDATE_STOP = frozenset("tout toute tous toutes todo toda todos todas presentó".split())
_ROMANCE_MONTHS = {
    "fr": frozenset("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "es": frozenset("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
}
_ROMANCE_STOP = {
    "fr": frozenset(
        "qui que qu' dont lequel laquelle où afin ainsi notamment ce cet cette ces son sa ses leur leurs tous toutes un une "
        "dans par lors se s' ne n' doit doivent puisse puissent soit soient est sont a ont peut peuvent devrait devraient devra "
        "devront continue continuent fait font sera seront était étaient prie demande invite encourage engage décide souligne "
        "note constate reconnaît salue examine intitulé intitulée intitulés intitulées adopté adoptée adoptés adoptées tenu "
        "tenue tenus tenues organisé organisée portant prévu prévue elle-même lui-même tant prend prennent jusqu jusqu' "
        "faisant présente présent nombreuses nombreux certains certaines plusieurs divers diverses autres période niveaux "
        "constitue constituent dépend dépendent relatives relatifs contribue contribuent entretient entretiennent joue jouent "
        "fournit fournissent appuie appuient mène mènent assure assurent offrent permet permettent aident "
        "travaille travaillent participe participent collabore collaborent coopère coopèrent soutient soutiennent "
        "prévoit prévoient intervenus intervenues".split()
        + sorted(_ROMANCE_MONTHS["fr"])
    ),
    "es": frozenset(
        "que quien cuyo cuya así este esta estos estas su sus todos todas un una lo por se no debe deben pueda puedan sea sean "
        "es son ha han puede pueden debería deberían será serán continúa siga sigan hace pide solicita invita alienta exhorta "
        "decide subraya observa reconoce acoge titulado titulada aprobado aprobada celebrado celebrada organizado organizada "
        "previsto prevista contribuye contribuyen mantiene mantienen desempeña desempeñan proporciona proporcionan presta "
        "prestan apoya apoyan trabaja trabajan colabora colaboran participa participan".split()
        + sorted(_ROMANCE_MONTHS["es"])
    ),
}
_ROMANCE_FINITE = {"fr": re.compile(r"(?:ait|aient|ra|ront|rait|raient|èrent)$"), "es": re.compile(r"(?:aba|aban|ía|ían|rá|rán|ría|rían)$")}
# the endings of French adjectives (what may follow a head directly: Comité consultatif, Fonds central)
_FR_ADJECTIVE = re.compile(
    r"(?:al|ale|aux|ales|ique|iques|if|ive|ifs|ives|el|elle|els|elles|aire|aires|ien|ienne|iens|iennes|ain|aine|ains|"
    r"aines|é|ée|és|ées|ant|ante|ants|antes|ent|ente|ents|entes|eur|euse|eurs|ier|ière|iers|ières|ois|oise|ais|aise|"
    r"mixte|joint|jointe|commun|commune|restreint|restreinte|interinstitutions|interorganisations)$"
)
_ROMANCE_INFINITIVE = {"fr": re.compile(r"(?:er|ir|re|oir)$"), "es": re.compile(r"(?:ar|er|ir)$")}
# a name of nothing but these words after its head is a kind of body (le Groupe de travail, el Comité
# Asesor, la Conférence des Parties), a back-reference, not a name
_ROMANCE_GENERIC = {
    "fr": frozenset(
        "travail experts spécial spéciale préparatoire permanent permanente consultatif consultative intergouvernemental "
        "intergouvernementale technique exécutif exécutive directeur administration parties plénière ministérielle haut "
        "niveau régional régionale mondial mondiale international internationale national nationale composition non limitée "
        "ad hoc principal principale principales grandes grande général générale conjoint conjointe mixte interinstitutions "
        "pertinent pertinents compétent compétents même commun action direction suivi indépendant indépendante".split()
    ),
    "es": frozenset(
        "trabajo expertos especial preparatorio permanente consultivo consultiva asesor asesora intergubernamental técnico "
        "técnica ejecutivo ejecutiva directivo administración partes plenaria ministerial alto nivel regional mundial "
        "internacional nacional composición abierta ad hoc principal principales general conjunto conjunta mixto "
        "interinstitucional pertinente pertinentes competente competentes tareas acción dirección seguimiento independiente".split()
    ),
}
_ROMANCE_TOKEN = re.compile(r"[ \t]*((?:[dlDLnsNS]|[Qq]u|[Jj]usqu)['’]|[\w\-\u2010\u2011]+|\x01+)")
_UN_INSIDE = "\x01"
# the word before a State that a body's name is about
_ROMANCE_ABOUT = frozenset(("sur", "sobre"))
# what after "et"/"y" begins another noun phrase or complement: "... et les États", "... et à la session"
_ROMANCE_NEW_PHRASE = frozenset("le la les l' l’ el los las à au aux a al".split())


_ROMANCE_TYPES = (
    ("event", r"Sommet|Conférence|Congrès|Dialogue|Réunion|Cumbre|Conferencia|Congreso|Diálogo|Reunión"),
    ("forum", r"Forum|Foro"),
    ("office", rf"Bureau|Office|Oficina|{_MANDATE_TITLES['fr']}|{_MANDATE_TITLES['es']}"),
    ("programme", r"Programme|Fonds|Programa|Fondo"),
    ("partnership", r"Partenariat|Alliance|Coalition|Réseau|Alianza|Asociación|Coalición|Red"),
)


def _masked_with_un(text: str, known: list[Found]) -> tuple[str, list[Found]]:
    """The text with known names blotted out (``_masked``), but the United Nations marked as a word
    a name may hold (Comité consultatif permanent des Nations Unies chargé des questions de sécurité,
    Комиссия Организации Объединенных Наций по ...), and its mentions."""
    masked = _masked(text, known)
    un = [k for k in known if k.entry is not None and k.entry.id == "un"]
    for k in un:
        masked = masked[: k.start] + _UN_INSIDE * (k.end - k.start) + masked[k.end :]
    return masked, un


def _absorb(un: list[Found], known: list[Found], start: int, end: int) -> None:
    """The United Nations inside a name found at ``start:end`` is a word of it, no mention of its own."""
    for k in un:
        if start <= k.start and k.end <= end and k in known:
            known.remove(k)


def _romance_type(head: str, phrase: str) -> str:
    """The contract's entity type a French or Spanish name's head suggests (as ``_unknown_type``)."""
    if re.search(r"(?:Programme|Plan|Programa)\s+(?:d['’]|de\s+)[Aa]cci?on", phrase):
        return "instrument"
    return next((kind for kind, heads in _ROMANCE_TYPES if re.fullmatch(heads, head)), "body")


def _romance_unknowns(text: str, known: list[Found], language: str) -> list[Found]:
    """Body-like names no registry holds, in French or Spanish (module docstring)."""
    masked, un = _masked_with_un(text, known)
    links, stop, generic = _ROMANCE_LINKS[language], _ROMANCE_STOP[language], _ROMANCE_GENERIC[language]
    out: list[Found] = []
    # (after an elided article too: l’Observatoire, d’Experte)
    for m in re.finditer(rf"(?:(?<![\w'’])|(?<=(?<!\w)[lLdD]['’]))(?:{_ROMANCE_HEADS[language]})(?![\w'’])", masked):
        words: list[tuple[int, str]] = []  # (end, word)
        mandate = re.fullmatch(_MANDATE_TITLES[language], m.group(0)) is not None
        if mandate and (not _MANDATE_OPENER[language].match(masked, m.end()) or (out and m.start() < out[-1].end)
                        or re.search(r"[A-ZÀ-Ý][\w\-]*\s+$", masked[max(0, m.start() - 30) : m.start()])):
            continue  # a mandate is named by its topic ("Rapporteur spécial sur ..."), not "Groupe [consultatif] ..." or "Órgano Asesor"
        pos = m.end()
        while (w := _ROMANCE_TOKEN.match(masked, pos)) is not None and len(words) < 16:
            pos, tok = w.end(), w.group(1)
            low = tok.casefold().replace("’", "'")
            prev = words[-1][1].casefold().replace("’", "'") if words else ""
            if tok.startswith(_UN_INSIDE):
                words.append((w.end(1), _UN_INSIDE))
                continue
            if low in stop or tok[0].isdigit() or _ROMANCE_FINITE[language].search(low):
                break
            if not words and (low in ("et", "y", "e", "en", "a", "à") or (
                language == "fr" and tok[0].islower() and low not in links and not _FR_ADJECTIVE.search(low)
            )):
                break  # a name goes on with an adjective or a complement, not "Groupe et ...", "Comité poursuit ..."
            charged = len(words) > 1 and words[-2][1].casefold().startswith(("chargé", "encargad"))
            if (
                prev in ("de", "d'", "à", "a", "pour", "para", "sans", "sin")
                and _ROMANCE_INFINITIVE[language].search(low)
                and not charged  # "Groupe d'experts chargé d'examiner ...": the name says what it does
                and not (language == "es" and tok[0].isupper())  # "encargados de Combatir la Corrupción"
            ):
                break  # "le Comité de prendre ...": the object of a verb, not a name
            if prev in ("à", "a", "en") and tok[0].isupper() and not mandate:
                break  # a place: "à Washington" (a mandate's topic may end with one: "... au Myanmar")
            if mandate and (low in _ROMANCE_MANDATE_STOP or low in ("et", "y") and (after := _ROMANCE_TOKEN.match(masked, pos))
                            and after.group(1).casefold() in ("de", "du", "des", "del", "d'", "d’")):
                break  # "... toute l’aide", "... et du Rapporteur spécial": the sentence goes on
            if language == "fr" and prev in ("de", "d'", "à", "pour") and low in ("lui", "leur", "se", "s'", "y", "en"):
                break  # "le Comité spécial de lui présenter ...": a pronoun, the object of a verb, not a name
            if low in ("et", "y", "e"):
                after = _ROMANCE_TOKEN.match(masked, pos)
                capital = after is not None and after.group(1)[0].isupper()
                if language == "es" and capital and not re.fullmatch(_ROMANCE_HEADS["es"], after.group(1)):
                    capital = False  # Spanish capitalises a name's words: "Prevención del Delito y Justicia Penal"
                if after is None or capital or after.group(1).casefold() in _ROMANCE_NEW_PHRASE:
                    break  # "... et le Groupe ...", "... et les États": another noun phrase
            if language == "es" and low not in links and not tok[0].isupper() and not (
                    mandate and any(w.casefold() in ("sobre", "para") or w.casefold().startswith("encargad") for _, w in words)):
                break  # Spanish names capitalise their words (Grupo de Trabajo de Composición Abierta), not a mandate's topic
            words.append((w.end(1), tok))
        state_end = None
        if words and words[-1][1].casefold() in _ROMANCE_ABOUT and (k := _EN_STATES_AFTER.match(masked, words[-1][0])) and (
                f := _state_at(known, k.end())):
            # a body on a State ("Grupo Asesor Especial sobre Haití", "Groupe consultatif ad hoc sur Haïti"): the
            # State ends the name and stays a mention of its own
            state_end = f.end
        while words and words[-1][1].casefold().replace("’", "'") in links:
            words.pop()
        content = [w.casefold() for _, w in words if w != _UN_INSIDE and w.casefold().replace("’", "'") not in links]
        if state_end is not None:
            content.append("\x00")  # the State is the name's own word
        if not content or all(w in generic for w in content):
            continue
        start, end = m.start(), state_end or words[-1][0]
        phrase = text[start:end]
        _absorb(un, known, start, end)
        out.append(Found(start, end, phrase, None, unknown_entity(phrase, language, _romance_type(m.group(0), phrase))))
    return out


# Russian: a head noun in any case (Комиссия, Комитетом, Группы, Форума...), with the adjectives before
# it from the first capitalised word (Независимой группы высокого уровня, Рабочая группа открытого
# состава), and its complements in lower case after it, to punctuation, a capitalised word (another
# name, a place), a relative pronoun or a verb or participle (учрежденной, который, рассмотрел).
_RU_HEAD = re.compile(
    r"(?:комисси|комитет|форум|групп|совет|программ|фонд|управлени|конференци|саммит|альянс|коалици|механизм|"
    r"платформ|центр|институт|партнерств|организаци|союз|сет|конгресс|трибунал|"
    rf"{_MANDATE_TITLES['ru']})(?:ь|а|я|у|ю|й|ом|ем|ой|ей|ою|е|ы|и|ов|ев|ам|ям|ами|ями|ах|ях|ью)?$"
)
# what a name's complement may open with (Комитет по ..., Партнерство в интересах ..., Программа действий в
# области ..., Комиссия по науке и технике в целях развития): other prepositions begin the sentence's own
_RU_NAME_LINK = re.compile(r"(?:по|в\s+(?:целях|интересах|области)|на\s+высоком\s+уровне|для)(?![а-яё])")
_RU_TOKEN = re.compile(r"[ \t\u00a0]*([А-Яа-яЁё][А-Яа-яЁё\-\u2011]*|\x01+)")
_RU_ADJECTIVE_ENDINGS = "ая|яя|ый|ий|ой|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей|ыми|ими"
_RU_ADJECTIVE = re.compile(f"(?:{_RU_ADJECTIVE_ENDINGS})$")
_RU_ADJECTIVE_ANY_CASE = re.compile(f"(?:{_RU_ADJECTIVE_ENDINGS}|ом|ем)$")  # (политическом: the prepositional too)
_RU_GENITIVE = re.compile(r"(?:ов|ев|ей|ий|ых|их|ого|его|а|я|ы|и)$")  # Группа экспертов, Программы действий
# ... in a mandate's topic, whose nouns may look like participles (неприкосновенность): a verb's or participle's ending
_RU_MANDATE_VERB = re.compile(
    r"(?:[аяеиуо]ть|ться|(?<!ос)ти|ет|ют|ит|ят|ал|ала|али|ил|ся)$"  # (not a noun's -ость, -ости)
    r"|(?:енн|анн|вш|ющ|ящ|ущ|ащ)(?:ый|ая|ое|ые|ого|ой|ому|ым|ую|ых|ыми|ий|ее|ие|его|ей|ему|им|их|ими)$"
)
_RU_MANDATE_STOP = frozenset("всю весь вся все всем всех всей ежегодно доклад доклады доклада".split())
_RU_LINKS = frozenset("по в во для и о об при на с со из за между против к от".split())
_RU_STOP = frozenset(
    "который которая которое которые которого которой которому которым которых которую это этот эта эти этой этого "
    "его ее её их свой своей своего своих своим своими свои своем своему также а но или как что чтобы так где не ни "
    "имени размере теме связи целью позднее ранее года году годах по-прежнему по‑прежнему".split()
    + "январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август августа сентябрь "
    "сентября октябрь октября ноябрь ноября декабрь декабря".split()
)
# participles and finite verbs: what ends a name (учрежденной, созданного, рассмотрел, продолжает, просит)
_RU_VERB = re.compile(r"(?:енн|анн|ованн|вш|ющ|ящ|ущ|ащ)[а-яё]*$|(?:ет|ют|ит|ят|ал|ала|али|ило|ил|ла|ть|ться|ся|лись)$")
_RU_GENERIC = re.compile(
    r"(?:специальн|рабоч|межправительствен|эксперт|консультативн|исполнительн|постоянн|подготовительн|высок|уровн|"
    r"открыт|состав|глобальн|региональн|международн|национальн|техническ|научн|главн|пленарн|совместн|министерск|"
    r"независим|соответствующ|друг|настоящ|нов|перв|втор|треть|всемирн|генеральн|сторон|участник|действи|ad|hoc)[а-яё]*$"
)
_RU_TYPES = (
    ("event", r"конференци|саммит|конгресс"), ("forum", r"форум"), ("office", rf"управлени|{_MANDATE_TITLES['ru']}"), ("programme", r"программ|фонд"),
    ("partnership", r"партнерств|альянс|коалици|сет"),
)


def _ru_unknowns(text: str, known: list[Found]) -> list[Found]:
    """Body-like names no registry holds, in Russian (module docstring)."""
    masked, un = _masked_with_un(text, known)
    tokens: list[tuple[int, int, str]] = []
    pos = 0
    while (w := _RU_TOKEN.search(masked, pos)) is not None:
        tokens.append((w.start(1), w.end(1), w.group(1)))
        pos = w.end()
    out: list[Found] = []
    taken = 0
    for i, (h_start, h_end, head) in enumerate(tokens):
        if h_start < taken or not _RU_HEAD.search(head.casefold()):
            continue
        first = i  # the adjectives right before the head, from the first capitalised one
        j = i
        while j > 0 and i - j < 3 and _RU_ADJECTIVE.search(tokens[j - 1][2].casefold()) and \
                not masked[tokens[j - 1][1] : tokens[j][0]].strip():
            j -= 1
        first = next((k for k in range(j, i + 1) if tokens[k][2][0].isupper()), None)
        if first is None:
            continue  # no capital: a kind of body ("рабочая группа"), not a name
        end, words = h_end, [t[2] for t in tokens[first : i + 1]]
        k = i + 1
        if k < len(tokens) and tokens[k][2].startswith(_UN_INSIDE) and not masked[end : tokens[k][0]].strip():
            # the United Nations' in the genitive after the head: "Конгресс Организации Объединенных Наций по ..."
            words.append(tokens[k][2])
            end, k = tokens[k][1], k + 1
        # genitives right after the head (Группа экспертов, Программы действий, Группы высокого уровня), then a
        # complement only when a name's own link opens it
        while k < len(tokens) and k - i <= 3 and not masked[end : tokens[k][0]].strip() and tokens[k][2][0].islower() \
                and tokens[k][2].casefold() not in _RU_LINKS and tokens[k][2].casefold() not in _RU_STOP \
                and _RU_GENITIVE.search(tokens[k][2].casefold()) \
                and not _RU_VERB.search(tokens[k][2].casefold()):
            words.append(tokens[k][2])
            end, k = tokens[k][1], k + 1
        linked = k < len(tokens) and not masked[end : tokens[k][0]].strip() and _RU_NAME_LINK.match(masked, tokens[k][0])
        opened = k  # where the complement starts: one complement, of a few words, is a name's
        # (a mandate's topic is longer, its links many: "Специальный докладчик по вопросу о праве на неприкосновенность ...")
        titled = re.match(_MANDATE_TITLES["ru"], head.casefold()) is not None
        if titled and not (linked and masked.startswith("по", tokens[k][0])):
            continue  # a mandate is named by its topic after "по" (Специальный докладчик по вопросу о ...), not "в целях ..."
        mandate = titled or (head.casefold().startswith("групп") and i > 0 and tokens[i - 1][2].casefold().startswith("рабоч"))  # Рабочая группа по вопросу о ...
        while linked and k < len(tokens) and k - opened <= (14 if mandate else 7):
            t_start, t_end, tok = tokens[k]
            if masked[end:t_start].strip():
                break  # punctuation, a known name, a number
            low = tok.casefold()
            if tok.startswith(_UN_INSIDE):
                end, k = t_end, k + 1
                words.append(tok)
                continue
            if tok[0].isupper() or low in _RU_STOP or (low not in _RU_LINKS and (_RU_MANDATE_VERB if mandate else _RU_VERB).search(low)) \
                    or mandate and low in _RU_MANDATE_STOP:
                break
            if low in _RU_LINKS and low != "и" and (k > opened or not _RU_NAME_LINK.match(masked, t_start)) and not (mandate and k > opened):
                break  # "Комитета в виртуальном формате", "... по продвижению": the sentence goes on
            if low == "и" and (k + 1 >= len(tokens) or tokens[k + 1][2][0].isupper() or _RU_HEAD.search(tokens[k + 1][2].casefold())
                               or tokens[k + 1][2].endswith("я") or tokens[k + 1][2].casefold() in _RU_STOP):
                break  # "... и Совета": another name; "... и принимая": the sentence goes on
            words.append(tok)
            end, k = t_end, k + 1
        state = None
        if words[-1].casefold() == "по" and (m := _EN_STATES_AFTER.match(masked, end)):
            # a body on a State ("Специальная консультативная группа по Гаити"): the State ends the name, a mention too
            state = _state_at(known, m.end())
        if state is not None:
            end = state.end
        while state is None and len(words) > i - first + 1 and words[-1].casefold() in _RU_LINKS:
            words.pop()
            end = masked.rindex(words[-1], 0, end) + len(words[-1])
        content = [w.casefold() for w in words if not w.startswith(_UN_INSIDE) and w.casefold() not in _RU_LINKS]
        if state is None and all(_RU_GENERIC.search(w) or _RU_HEAD.search(w) for w in content):
            continue  # "Специального комитета", "Рабочей группы": the body named before
        if not linked and not any(tokens[x][2][0].isupper() and not _RU_GENERIC.search(tokens[x][2].casefold())
                                  for x in range(first, i)):
            continue  # "Комитет должен ...": a head alone is a back-reference, not a name
        start = tokens[first][0]
        phrase = text[start:end]
        kind = next((kind for kind, heads in _RU_TYPES if re.match(heads, head.casefold())), "body")
        _absorb(un, known, start, end)
        out.append(Found(start, end, phrase, None, unknown_entity(phrase, "ru", kind)))
        taken = end
    return out


# Arabic: a head noun (لجنة, فريق, منتدى, مؤتمر...) with the words that qualify it, then المعني ب
# ("concerned with": the English "on"; a title in the feminine too, الخبيرة المستقلة المعنية ب), the mark of a
# name, and its complement, to punctuation, a date, or the words that go on with the sentence (في, خلال, التي,
# بأن, إلى...). Without that mark
# an Arabic head noun and its adjectives ("اللجنة", "الفريق العامل") may be a back-reference: not kept.
_AR_HEAD = rf"(?:لجنة|فريق|منتدى|مجلس|برنامج|صندوق|مكتب|شبكة|تحالف|ائتلاف|شراكة|آلية|منصة|مركز|معهد|مؤتمر|قمة|اجتماع|منظمة|اتحاد|{_MANDATE_TITLES['ar']})"
_AR_NAME = re.compile(
    rf"(?:(?<=[\s،(«\x00])|^)(?P<clitic>[وفب](?=ال)|)(?P<name>(?:ال|لل)?{_AR_HEAD}ة?(?:\s+[^\s،؛.:()«»\x00\d]+){{0,5}}?"
    r"\s+(?:ال)?معني(?:ة|ين|ون)?\s+ب)"
)
_AR_WORD = re.compile(r"[^\s،؛.:()«»\x00]+")
_AR_STOP = frozenset(
    "في خلال الذي التي الذين اللذين اللتين بأن أن إلى على عن من منذ مع عند لدى حيث كما باعتبارها باعتباره دعما لدعم "
    "بدعم وذلك الذي ولا لا قد وقد كي لكي بما بشأن والتي والذي وفقا ضمن بين فيما المقرر المقررة المعقود المعقودة".split()
)
_AR_TYPES = (("event", r"مؤتمر|قمة|اجتماع"), ("forum", r"منتدى"), ("office", rf"مكتب|{_MANDATE_TITLES['ar']}"), ("programme", r"برنامج|صندوق"),
             ("partnership", r"شبكة|تحالف|ائتلاف|شراكة"))


def _ar_unknowns(text: str, known: list[Found]) -> list[Found]:
    """Body-like names no registry holds, in Arabic (the module docstring)."""
    masked = _masked(text, known)
    out: list[Found] = []
    for m in _AR_NAME.finditer(masked):
        end = m.end("name")
        n = 0  # words of the complement: "بحالات الاختفاء القسري أو غير الطوعي"
        for w in _AR_WORD.finditer(masked, end):
            word = w.group(0)
            if _AR_PERIOD.fullmatch(word) and not masked[end : w.start()].strip():
                # "لعام 2023", "للفترة 2017-2030": the year or period its name ends with, else not the name's
                if (year := _AR_YEAR_AFTER.match(masked, w.end())) is None:
                    break
                end, n = year.end(), n + 1
                break
            if word == "في" and re.search(r"حق$", masked[:w.start()].rstrip()) and not masked[end : w.start()].strip():
                end, n = w.end(), n + 1  # "المعني بالحق في الخصوصية": the right to, in a mandate's topic
                continue
            if word in _AR_NAME_GOES_ON and not masked[end : w.start()].strip() and n < 8 \
                    and (nxt := _AR_WORD.match(masked, w.end() + 1)) is not None and nxt.group(0) in _AR_NAME_GOES_ON[word]:
                end, n = nxt.end(), n + 2  # "المعني بالتطورات في ميدان المعلومات": in the field of, for the sake of
                continue
            if (masked[end : w.start()].strip() or word in _AR_STOP or re.search(r"[\d“”\"]", word) or n >= 8
                    or word.startswith(("المعنون", "التابع", "ابتغاء", "المقدم", "بكل"))
                    or re.match(rf"و(?:ال)?{_AR_HEAD}", word)
                    or (word.startswith("و") and not word.startswith("وال"))):
                break  # punctuation, a known name, a date, a title, "and" before another phrase: the sentence goes on
            end, n = w.end(), n + 1
        if n == 0:
            continue
        start = m.start("name")
        phrase = text[start:end]
        head = re.search(_AR_HEAD, phrase).group(0)
        between = masked[m.start("name") : m.end("name")].split()[1:-1]
        if phrase.startswith(("ال", "لل")) and not all(w.startswith("ال") or w == "باب" for w in between[:-1]):
            continue  # "المجلس باعتباره جهة التنسيق المعنية ب...": the head is not the name's
        kind = next((kind for kind, heads in _AR_TYPES if re.fullmatch(heads, head)), "body")
        # (after "ل" the article's alif is not written: للفريق العامل is "to the Working Group", named الفريق العامل)
        label = "ال" + phrase[2:] if phrase.startswith("لل") else phrase
        out.append(Found(start, end, phrase, None, unknown_entity(label, "ar", kind)))
    for m in _AR_ON_STATE.finditer(masked):
        # a body for a State (الفريق الاستشاري المخصص لهايتي, the Ad Hoc Advisory Group on Haiti): the State, a
        # mention too, ends the name
        state = _state_at(known, m.end())
        if state is not None and not any(g.start < state.end and m.start("name") < g.end for g in out):
            phrase = text[m.start("name"):state.end]
            kind = next((kind for kind, heads in _AR_TYPES if re.search(heads, m.group("head"))), "body")
            out.append(Found(m.start("name"), state.end, phrase, None, unknown_entity(phrase, "ar", kind)))
    return out + [f for f in _ar_instruments(text, known) if not any(g.start < f.end and f.start < g.end for g in out)]


_AR_ON_STATE = re.compile(
    rf"(?:(?<=[\s،(«\x00])|^)[وفب]?(?P<name>(?P<head>(?:ال)?{_AR_HEAD})(?:\s+ال[^\s،؛.:()«»\x00\d]+){{0,3}}?\s+ال(?:مخصص|خاص|معني)ة?)\s+(?=\x00)"
)


# Arabic instruments: an indefinite head (إعلان, اتفاقية, قواعد, مبادئ, خطة عمل...) whose genitive is the
# United Nations (قواعد الأمم المتحدة النموذجية الدنيا لإدارة شؤون قضاء الأحداث) or a city (إعلان كوبنهاغن,
# قواعد بانكوك), the marks of a name: Arabic has no capitals to tell "a declaration" from one. The name
# goes on through the words that qualify it, to punctuation, a date (but a period: للفترة 2017-2030), or
# the words that go on with the sentence; after the United Nations it must go on (قواعد الأمم المتحدة
# وإجراءاتها, "United Nations rules and procedures", names nothing). A city's is kept only as the short
# name in brackets after a name ((قواعد بيجين)) or as the opening words of one registry name (إعلان
# كوبنهاغن [بشأن التنمية الاجتماعية]): read alone, a city's declaration is most often one the English
# version names otherwise (measured: such names added wrong instruments and no right one).
_AR_INSTRUMENT_HEADS = r"إعلان|اتفاقية|اتفاق|بروتوكول|معاهدة|استراتيجيات|استراتيجية|إطار|(?:خطة|برنامج|منهاج)\s+عمل|قواعد|مبادئ|مدونة(?:\s+قواعد\s+سلوك)?|خطة"
_AR_INSTRUMENT = re.compile(
    rf"(?<![\w\x00])(?:[وفب]|ل(?!ل))?(?P<head>{_AR_INSTRUMENT_HEADS})\s+(?:(?P<un>الأمم\s+المتحدة)(?!\s+العالمي)|(?=\w))"
)
_AR_INSTRUMENT_HEAD = re.compile(rf"(?:{_AR_INSTRUMENT_HEADS})$")
_AR_NAME_GOES_ON = {"في": ("مجال", "ميدان"), "من": ("أجل",)}  # في مجال منع الجريمة, من أجل التنمية المستدامة
_AR_INSTRUMENT_STOP = frozenset(
    "في من الذي التي اللذين اللتين الذين إلى عن مع خلال حتى بعد قبل منذ وفقا كما بما عندما لكي أن بأن وإذ وذلك لا ولا "
    "قد وقد حيث لدى عند ضمن بين فيما وفي أو أيضا تنفيذا كاملا دون".split()
)
_AR_INSTRUMENT_STOP_STEMS = ("المعتمد", "المؤرخ", "المعقود", "الصادر", "المنعقد", "المقدم", "المعنون", "وغير")
# the first word after the mark: an adjective, a complement (لإدارة, للتعاون, بشأن, المتعلقة ب...) or, after
# the United Nations, "and its" (وتدابيرها العملية), not "and" another noun (وإجراءاتها: the rules and
# procedures); after a city, no "and" (اتفاق نوميا والتمسك به: the Accord, and adherence to it)
_AR_FIRST_WORD = re.compile(r"(?:[وف]?ال|لل|ل(?!ا\b)|ب(?=ال)|بشأن$|و(?!إجراءات|أنظمت|لوائح|سياسات|برامج|صناديق|وكالات)\w+ها$)")
_AR_PERIOD = re.compile(r"(?:للفترة|لعام|للعقد|للعِقد)$")
_AR_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)")


def _ar_instruments(text: str, known: list[Found]) -> list[Found]:
    """Instruments no registry holds, in Arabic (above)."""
    if not _AR_INSTRUMENT.search(text):
        return []
    places = {s: e for s, e, _ in find_places(text, "ar")}
    out: list[Found] = []
    for m in _AR_INSTRUMENT.finditer(text):
        if any(k.start <= m.start("head") < k.end for k in known) or any(f.start <= m.start() < f.end for f in out):
            continue
        if m.group("un"):
            end = mark = m.end()
        elif m.end() in places:
            end = mark = places[m.end()]
        else:
            continue
        words = list(_AR_WORD.finditer(text, end))
        i = 0
        while i < len(words) and i < 16:
            w, word = words[i], words[i].group(0)
            following = words[i + 1].group(0) if i + 1 < len(words) else ""
            if text[end : w.start()].strip():
                break  # punctuation: the name ends
            if re.search(r"\d", word) and not (i and _AR_PERIOD.search(words[i - 1].group(0)) and re.fullmatch(r"\d{4}(?:-\d{4})?", word)):
                break
            if word in _AR_NAME_GOES_ON and following in _AR_NAME_GOES_ON[word]:
                end, i = words[i + 1].end(), i + 2
                continue
            if word in _AR_INSTRUMENT_STOP or word.startswith(_AR_INSTRUMENT_STOP_STEMS):
                break
            if ((i == 0 and (not _AR_FIRST_WORD.match(word) or (word.startswith("و") and not m.group("un"))))
                    or (i and word.startswith("و") and not word.startswith("وال"))):
                break  # "معاهدة بانكوك مواصلة ...": the sentence goes on; "و" and a noun opens another
            if word.startswith("و") and _AR_INSTRUMENT_HEAD.match(word[1:]):
                break
            end, i = w.end(), i + 1
        while end > mark and _AR_PERIOD.search(text[:end]):  # a period whose years are not printed
            end = text.rindex(" ", 0, end)
        if m.group("un") and end == mark:
            continue  # قواعد الأمم المتحدة alone: the United Nations' rules
        phrase = text[m.start("head") : end]
        if not m.group("un") and not re.search(r"[(（]\s*$", text[: m.start()]) and _instrument_opened_by(canonical(phrase, "ar"), "ar") is None:
            continue  # a city's declaration is named so only in brackets after its name, or as a registry name's opening words
        for k in [k for k in known if k.entity.id == "un" and m.start("head") <= k.start and k.end <= end]:
            known.remove(k)  # the United Nations inside the name is the name's, not a mention of its own
        out.append(Found(m.start("head"), end, phrase, None, unknown_entity(phrase, "ar", "instrument")))
    return out


# --- a name a version prints where the English names it (``unkg.ingest.align``) -------------------
# Where the English version of a work names an instrument or a meeting no registry holds and a French,
# Spanish, Russian, Arabic or Chinese version's reading found none in the same paragraph, the aligner
# finds the version's head noun (Déclaration, Directrices, المبادئ التوجيهية, Symposium, 原则) and the name
# is read from it to what ends it: punctuation, a word that goes on with the sentence (a relative
# pronoun, a participle, a verb), the comma or "and" past as many as the English name has, or more
# words than the English name's allow for the language's articles and prepositions. A Russian name may
# start with adjectives before its head, a Chinese one ends with its head.
_COUNTERPART_STOP = {
    "fr": _ROMANCE_STOP["fr"] - frozenset("dans par un une tous toutes autres niveaux période relatives relatifs".split())
    | frozenset("depuis comme au-delà date convoqué convoquée convoqués convoquées".split()),  # ("... de la Conférence en date du 26 mars 2013")
    "es": _ROMANCE_STOP["es"] - frozenset("por un una todos todas".split())
    | frozenset("desde hasta como más fecha convocado convocada convocados convocadas conocido conocida días".split()),
    "ar": _AR_INSTRUMENT_STOP - frozenset("في من إلى عن مع بين".split()) | {"على"},
    "ru": _RU_STOP | frozenset("ходе течение соответствии названием той том тех".split()),
}
# Arabic joins with "و" prefixed to the next word; a few words begin with it (وضع, وسائل, وطنية, وكالة...)
AR_OWN_WAW = ("وضع", "وصول", "وسائل", "وقاي", "وطن", "وكال", "ولاي", "وثيق", "وثائق", "وحد", "وجه", "وزار", "وظائف",
               "وفاء", "وقت", "وفيات", "وعي", "ورق", "وتير")
_COUNTERPART_AND = {"fr": frozenset({"et"}), "es": frozenset({"y", "e"}), "ru": frozenset({"и"})}
_COUNTERPART_LINKS = {
    "fr": _ROMANCE_LINKS["fr"] | {"d'", "d’", "l'", "l’"},
    "es": _ROMANCE_LINKS["es"],
    "ar": frozenset("في من إلى عن مع بشأن و المتعلقة المتعلق الخاصة الخاص المعني المعنية".split()),
    "ru": _RU_LINKS | {"период", "периода"},  # "... для Африки на период [2024 года]"
}
_COUNTERPART_FINITE = {"fr": re.compile(r"(?:ait|aient|ront|rait|raient|èrent)$"), "es": re.compile(r"(?:aba|aban|rán|rían)$")}
_ELIDED_STOP = re.compile(r"(?:qu|lorsqu|puisqu|jusqu)['’]")  # a relative or a conjunction elided: "débat de haut niveau [qu’elle a tenu]"
_COUNTERPART_WORDS = {"fr": 2.0, "es": 2.0, "ar": 1.3, "ru": 1.5}  # a version's words per English word, at most
_EN_MONTH = re.compile(_EN_MONTHS)
_EN_COMPLEMENT_OPENS = re.compile(r"\s(?:on|of|for|concerning|to|against|by|in)\s(?!Action\b)|:")


def _dashless(word: str) -> str:
    return re.sub(r"\s*[–−‑-]\s*", "-", word.casefold())


_COUNTERPART_TOKEN = re.compile(r"(?:19|20)\d\d\s*[–−-]\s*(?:19|20)?\d\d|[\w'’\-‑]+|\S")


def counterpart_name_start(text: str, head_start: int, language: str, enumeration: bool = False) -> int | None:
    """Where a name whose head noun starts at ``head_start`` starts: at its head, but for the
    adjectives a Russian name opens with (Мадридский международный план действий), up to three (a
    Russian name starts with a capital, else what the head heads is no name: план действий), and the
    words a Chinese name puts before its head (through an enumeration comma where ``enumeration``:
    the English name has a comma)."""
    if language == "zh":
        return _zh_counterpart_start(text, head_start, enumeration)
    if language != "ru":
        return head_start
    start = head_start
    for _ in range(3):
        before = re.search(r"([\w\-]+)\s+$", text[:start])
        if before is None or not _RU_ADJECTIVE.search(before.group(1).casefold()) or before.group(1).casefold() in _RU_STOP:
            break
        start = before.start(1)
    return start if text[start].isupper() else None


_ZH_NOT_A_NAME = re.compile(r"(?:这些|该|此|上述|有关|相关|其|各|这项|这一|本|[一二两三四五六七八九十]+)(?:项|个)?")
_ZH_ABOUT = re.compile(r"关于[^的，。；：“”《》\s]{1,60}的")  # (关于X、关于Y和关于Z的: a list of subjects too)
_ZH_NAME_CHARS = re.compile(r"[\u4e00-\u9fff\d\-–—年（）()/]+")
_ZH_LIST_NAME_CHARS = re.compile(r"[\u4e00-\u9fff\d\-–—年（）()/、]+")  # ... and a list's enumeration commas
_ZH_DELIMITERS = frozenset(_ZH_DELIM.replace("\\s", " \t\n").replace("\\x00", "\x00"))


def _zh_counterpart_start(text: str, head_start: int, enumeration: bool = False) -> int | None:
    """Where a Chinese name ending with the head at ``head_start`` starts: after the delimiter, verb or
    particle before it (强调会员国必须依照[官方统计基本原则]), through an enumeration comma where the
    English name has one (科学、技术和创新战略); None where nothing or a demonstrative is left before the
    head (这些原则, 该倡议, 两项议程)."""
    start = head_start
    while start > 0 and not (text[start - 1] in _ZH_DELIMITERS and not (enumeration and text[start - 1] == "、")):
        start -= 1
    if (before := _zh_before_name().match(text, start, head_start)) is not None:
        # a title "about X" keeps its 关于 and 的 (关于社会发展问题的进一步倡议, 关于残疾人的世界行动纲领)
        about = next((a for a in _ZH_ABOUT.finditer(text, start, before.end()) if a.end() == before.end()), None)
        start = about.start() if about is not None else before.end()
    if (leading := _ZH_LEADING.match(text[start:head_start])) is not None:
        start += len(leading.group())
    chars = _ZH_LIST_NAME_CHARS if enumeration else _ZH_NAME_CHARS
    if head_start - start < 2 or _ZH_NOT_A_NAME.fullmatch(text, start, head_start) or not chars.fullmatch(text, start, head_start):
        return None
    return start


def counterpart_name_end(text: str, start: int, head_end: int, language: str, english: str) -> int | None:
    """Where the name of an instrument or a meeting that opens at ``start`` with a head noun ending at
    ``head_end`` ends in a French, Spanish, Russian, Arabic or Chinese ``text``, given the name the English
    version prints for it (above); None where nothing but the head is read and the English name is more
    than a head."""
    if language == "zh":
        return head_end  # a Chinese name ends with its head
    english_words = [w for w in re.findall(r"[\w'’\-‑]+", english) if w.casefold() != "the"]
    ands, commas = len(re.findall(r"(?<!\w)and(?!\w)", english)), english.count(",")
    if language == "ar":
        ands += commas  # "Unified Budget, Results and Accountability": الموحد للميزانية والنتائج والمساءلة
    budget = int(len(english_words) * _COUNTERPART_WORDS[language]) + 1
    stop = _COUNTERPART_STOP[language]
    if language in _ROMANCE_MONTHS and _EN_MONTH.search(english):
        stop = stop - _ROMANCE_MONTHS[language]
    words, end, previous = len(text[start:head_end].split()), head_end, ""
    # an English name with nothing after its head ("Madrid Plan of Action", "Aarhus Convention") ends in
    # the version with the last word both print (Plan de Acción de Madrid [sobre la base ...])
    bare = not _EN_COMPLEMENT_OPENS.search(english)
    if bare and language in ("ar", "ru"):  # ... and in Arabic or Russian about as many words (خطة عمل مدريد [كل من الدول])
        budget = len([w for w in english_words if w.casefold() not in ("of", "for", "and", "to", "on", "in")]) + 3 * (language == "ru")
        budget += bool(re.match(r"\S*مؤتمر\s+\S*قمة", text[start:head_end]))  # مؤتمر القمة: a summit, in two words
    numbers = set(re.findall(r"\d+", english))
    shared = {_dashless(w) for w in english_words if len(w) > 2}
    last_shared = None
    for m in _COUNTERPART_TOKEN.finditer(text, head_end):
        token = m.group()
        if token[0].isdigit() and not set(re.findall(r"\d+", token)) <= numbers:
            break  # a number the English name does not print: a date, a paragraph's ("от 15 ...")
        if not (token[0].isalnum() or token[0] == "_"):
            if token in (",", "،") and commas:
                commas -= 1
                continue
            break
        low = token.casefold()
        if language == "ar":
            if token.startswith("و") and _AR_INSTRUMENT_HEAD.match(token[1:]) and not ands:
                break  # "و" and another instrument
            conjunction = token.startswith("و") and not token.startswith(AR_OWN_WAW)
            if token == "على" and previous.endswith(("القضاء", "الحصول")):
                pass  # القضاء على العنف, الحصول على المعلومات: the elimination of, access to
            elif low in stop or token.startswith(_AR_INSTRUMENT_STOP_STEMS):
                break
        elif language == "ru":
            conjunction = low in _COUNTERPART_AND[language]
            if low in stop or (token[0].islower() and len(low) > 4 and _RU_VERB.search(low) and not _RU_ADJECTIVE.search(low)):
                break  # a participle or verb: принятой, содержащихся, продолжает
        else:
            conjunction = low in _COUNTERPART_AND[language]
            if low in stop or (token[0].islower() and _COUNTERPART_FINITE[language].search(low)) or _ELIDED_STOP.match(low):
                break
            if previous in ("de", "d'", "d’", "à", "a", "pour", "para", "sans", "sin") and token[0].islower() \
                    and _ROMANCE_INFINITIVE[language].search(low):
                break  # "Cadre catalytique pour éliminer ...": what it is for, said by a verb
        if conjunction:
            if not ands:
                break
            ands -= 1
        words += 1
        if words > budget:
            break
        end, previous = m.end(), low
        if bare and _dashless(token) in shared:
            last_shared = end
    if last_shared is not None:
        end = last_shared
    elif bare and language == "ru":
        # a Russian name puts before its head what the English does (Мадридского плана действий)
        return head_end if start < head_end - len(text[start:head_end].split()[-1]) - 1 else None
    # a name does not end with a word that joins its parts ("... de", "... et")
    while end > head_end:
        last = text.rfind(" ", head_end, end)
        word = text[last + 1 : end]
        if word.casefold() not in _COUNTERPART_LINKS[language] and word not in _COUNTERPART_AND.get(language, ()):
            break
        end = last if last >= head_end else head_end
    if end == head_end and len(english_words) > 1:
        return None
    return end


# --- finding and linking --------------------------------------------------------------------------


def _longest_at(text: str, pos: int, endpos: int, language: str) -> tuple[int, Entry] | None:
    """The longest registry name starting at ``pos`` and ending by ``endpos``, if any."""
    matcher = _matcher(language)
    best: tuple[int, Entry] | None = None
    for pattern, named in matcher.passes(language):
        m = pattern.match(text, pos, endpos)
        entry = named(m.group(0)) if m else None
        if m and entry is not None and (best is None or m.end() > best[0]):
            best = (m.end(), entry)
    return best


def _known(text: str, language: str, on: str | None) -> list[Found]:
    """Registry names in ``text``, not overlapping, longest first.

    Candidates are the longest match at every word start (names and acronyms). Where two overlap,
    the earlier one is cut back to a shorter name ending before the later one when the two then
    cover more text ("Secretary-General of the United Nations Conference on Trade and Development"
    names the Secretary-General and UNCTAD, not the Secretary-General of the United Nations)."""
    matcher = _matcher(language)
    candidates: list[tuple[int, int, Entry]] = []
    for pattern, named in matcher.passes(language):
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            entry = named(m.group(0))
            if entry is not None:
                candidates.append((m.start(), m.end(), entry))
            pos = m.start() + 1
    candidates.sort(key=lambda c: (c[0], -c[1]))
    chosen: list[tuple[int, int, Entry]] = []
    for start, end, entry in candidates:
        if chosen and start < chosen[-1][1]:
            p_start, p_end, _ = chosen[-1]
            if end <= p_end:
                continue
            cut = _longest_at(text, p_start, start, language)
            if cut is None and end - start > p_end - p_start:
                # the earlier name's tail begins a longer one, and nothing shorter stands before it:
                # "the secretariat of the United Nations Convention to Combat Desertification" names
                # the Convention, not the secretariat of the United Nations
                chosen.pop()
                chosen.append((start, end, entry))
                continue
            if cut is None or (cut[0] - p_start) + (end - start) <= p_end - p_start:
                continue
            chosen[-1] = (p_start, cut[0], cut[1])
        chosen.append((start, end, entry))
    chosen += _parents_inside(text, language, chosen)
    chosen.sort(key=lambda c: (c[0], -c[1]))
    return [Found(s, e, text[s:e], entry, entry.entity(language, on)) for s, e, entry in chosen]


def _parents_inside(text: str, language: str, chosen: Sequence[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """The bodies a registry name holds by name: an office or body named after the body it belongs to
    ("the President of the Economic and Social Council", 经济及社会理事会主席) names that body too, as an
    office no registry holds does (``addressees.find_offices``); the longest name of one of its
    registry parents printed inside it, once. The United Nations in a name is a word of it."""
    out = []
    for start, end, entry in chosen:
        if entry.kind != "bodies" or not entry.parent:
            continue
        parents = {p.id for p in load().parents(entry.id) if p.type in ("body", "programme") and p.id != "un"}
        best: tuple[int, int, Entry] | None = None
        for pattern, named in _matcher(language).passes(language) if parents else ():
            # at the name's own start the name itself is the longest match: one character short of its end
            m = pattern.match(text, start, end - 1)
            pos = start + 1
            while m is not None or (m := pattern.search(text, pos, end)) is not None:
                if (inner := named(m.group(0))) is not None and inner.id in parents and (
                        best is None or m.end() - m.start() > best[1] - best[0]):
                    best = (m.start(), m.end(), inner)
                pos, m = max(pos, m.start() + 1), None
        if best is not None:
            out.append(best)
    return out


# observances no registry holds, named as the UN names them: "the International Day of Women Judges",
# "World Cleanup Day", "the International Day for the Elimination of Violence against Women", "the
# International Year of Camelids"; Chinese between a verb of proclaiming or marking (为, 纪念, 庆祝,
# 举办) or a list's comma and what follows a name: 国际白化病宣传日, 世界斯瓦希里语日
_CAP_RUN = rf"{_CAP_LIST}(?:\s+{_CAP_LIST})*"
_OBSERVANCE_LINK = r"(?:of|for|on|in|to|from|with|against|the|a|an|and(?!\s+(?:the\s+)?(?:International|World)\b))"
_EN_OBSERVANCE = re.compile(
    rf"(?<![\w'’])(?P<lead>(?:(?:First|Second|Third|Fourth|Fifth)\s+)?(?:International|World|United\s+Nations)\s+(?:{_CAP}\s+){{0,5}}?)(?P<head>Day|Week|Year|Decade)"
    rf"(?P<tail>\s+(?:of|for|on|against|to)\s+(?:the\s+)?{_CAP_RUN}(?:\s+(?:{_OBSERVANCE_LINK}\s+)+{_CAP_RUN})*)?(?![\w'’])"
)
_ZH_OBSERVANCE = re.compile(
    r"(?:(?<=[为念祝办、，“《])|^)(?P<name>(?:国际|世界)[\u4e00-\u9fff]{1,12}?(?:日|周))(?=[、，。；”》]|纪念|活动|的|之际|期间|$)"
)
# ... and in French, Spanish, Russian and Arabic: the kind of observance, "international" or "world", and what it
# is of, to where the sentence goes on (« la Journée internationale de la Terre nourricière ; », "el Día Internacional
# de la Madre Tierra", "Международный день Матери-Земли", "اليوم الدولي لأمنا الأرض"); Spanish capitalises its words
_OBSERVANCE_END = r"(?=\s*(?:[,;:.()«»“”،؛]|\d|$))"
_VERSION_OBSERVANCE = {
    "fr": re.compile(r"(?<![\w'’])(?P<name>(?:Journée|Semaine|Année|Décennie)\s+(?:internationale|mondiale|des\s+Nations\s+Unies)"
                     r"(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’]|pour\s+la|pour\s+le|pour\s+les|pour|contre\s+la|contre\s+le|contre|sur)"
                     r"\s*[\w\-’']+(?:\s+(?!(?:qui|que|dont|le|la|les|et|en|à|par|pour|afin|façon|manière|célébrée|proclamée|observée)\b)[\w\-’']+){0,7}?))"
                     + _OBSERVANCE_END),
    "es": re.compile(r"(?<![\w'’])(?P<name>(?:Día|Semana|Año|Decenio)\s+(?:Internacional|Mundial|de\s+las\s+Naciones\s+Unidas)"
                     r"(?:\s+(?:de\s+la|de\s+las|de\s+los|del|de|para\s+la|para\s+el|para|contra\s+la|contra\s+el|contra|sobre)"
                     r"\s+[A-ZÁÉÍÓÚÑ][\w\-]*(?:\s+(?:(?:de|del|la|las|los|el|y|e|en|para|contra)\s+)*(?!(?:Año|Día|Decenio|Semana)\b)[A-ZÁÉÍÓÚÑ][\w\-]*)*))"),
    "ru": re.compile(r"(?<![\w-])(?P<name>(?:Международн|Всемирн)[а-яё]+\s+(?:дн[яюеь]|день|днем|недел[яиюе]|год[ауом]?|десятилети[еяю])"
                     r"(?:\s+(?!(?:и|в|на|с|что|котор[а-яё]+|который)\b)(?![а-яё\-]*(?:ает|яет|ует|ют|ит|ят|ть|ться|ись|лся|или|ыли|ала)\b)[а-яёА-ЯЁ\-]+){1,7}?)"
                     + _OBSERVANCE_END),  # (not a verb after it: "... семьи дает возможность")
    # (Arabic: what it is of after ل, اليوم الدولي للشاي, maybe after an ordinal: العقد الدولي الرابع للقضاء على الاستعمار)
    "ar": re.compile(r"(?<![\w])[وب]?(?P<name>(?:ال|لل)?(?:يوم|أسبوع|سنة|عام|عقد)\s+(?:ال)?(?:دولي|عالمي)ة?(?:\s+ال(?:ثاني|ثالث|رابع|خامس)ة?)?"
                     r"\s+ل[^\s،؛.:()«»\d]+(?:\s+(?!(?:على|بطريقة|بما|لأول|الذي|التي|الذين|بأن|أن|إلى|في(?!\s+(?:ميدان|مجال)))(?!\S))"
                     r"(?!والترويج)[^\s،؛.:()«»\d]+){0,7}?)" + _OBSERVANCE_END),
}


def _observances(text: str, language: str, taken: list[Found]) -> list[Found]:
    """The observances a text names that no registry holds (type ``observance``), where no name
    found stands already: "International Day" or "World Day" alone is none."""
    pattern = {"en": _EN_OBSERVANCE, "zh": _ZH_OBSERVANCE, **_VERSION_OBSERVANCE}.get(language)
    if pattern is None:
        return []
    masked = _masked(text, [t for t in taken if language != "en" or t.entry is None or t.entry.id != "un"])
    out = []
    for m in pattern.finditer(masked):
        if language == "en" and not m.group("tail") and not m.group("lead").split()[1:]:
            continue  # "the International Day": the one named before
        start, end = m.span() if language == "en" else m.span("name")
        if _MASK in masked[start:end]:
            continue
        out.append(Found(start, end, text[start:end], None, unknown_entity(text[start:end], language, "observance")))
    return out


# a title printed after "entitled" that is an instrument's: its head noun, before its complement, is
# an instrument's ("entitled “Global action plan on antimicrobial resistance”", "“Gender Plan of
# Action”"), not a resolution's or report's subject ("“Implementation of the Declaration on ...”")
_EN_ENTITLED = re.compile(r"\bentitled\s+[“\"](?P<title>[A-Z][^”\"“]{2,150})[”\"]")
_EN_TITLE_HEAD = re.compile(
    r"^(?:(?:A|The)\s+)?(?:(?!(?:of|on|for|to|the|and|in|with|by)\s)[\w\-‑]+\s+){0,3}?(?:[Ss]trateg(?:y|ies)|[Aa]ction\s+[Pp]lan|[Pp]lan\s+of\s+[Aa]ction|[Ff]ramework|"
    r"[Aa]genda|[Gg]uidelines|[Dd]eclaration|[Pp]rinciples|[Pp]rogramme\s+of\s+[Aa]ction|[Rr]oad\s*[Mm]ap|[Cc]ompact|[Cc]harter|"
    r"[Cc]onvention|[Pp]rotocol|[Cc]ode\s+of\s+[Cc]onduct)(?=\s+(?:on|for|of|to|towards|concerning|against)\s|\s*[:(]|$)"
)


def _en_entitled_instruments(text: str, known: Sequence[Found]) -> list[Found]:
    """The instruments ``text`` names by a title after "entitled" (``_EN_TITLE_HEAD``), each its title,
    where no registry name covers or opens it."""
    out = []
    for m in _EN_ENTITLED.finditer(text):
        title = m.group("title").strip()
        if not _EN_TITLE_HEAD.match(title) or any(f.start <= m.start("title") and m.end("title") <= f.end for f in known):
            continue
        if any(m.start("title") <= f.start <= m.start("title") + 4 and f.entity.type == "instrument" for f in known):
            continue  # a registry's instrument, its title printed with more ("Addis Ababa Action Agenda of the ...")
        start = m.start("title")
        out.append(Found(start, start + len(title), title, None, unknown_entity(title, "en", "instrument")))
    return out


# an instrument named by the body it belongs to: "the International Court of Justice ... in accordance
# with its Statute", 法院《规约》 (the Court's Statute)
_OWNED = {
    "en": re.compile(r"\bits\s+(?P<head>Statute|Constitution|Charter|[Rr]ules\s+of\s+[Pp]rocedure)\b"),
    "zh": re.compile(r"(?:的)?《(?P<head>规约|章程|宪章|议事规则)》"),
}


def owned_instruments(text: str, language: str, found: Sequence[Found], on: str | None = None) -> list[Found]:
    """The instruments ``text`` names by the body they belong to: "its Statute" after the body (named
    last before it in its sentence, a short name too), 法院《规约》 right after it: the registry's where it
    holds "Statute of the International Court of Justice", else one of that name."""
    pattern = _OWNED.get(language)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        if any(f.start <= m.start("head") < f.end for f in found):
            continue  # part of a name found whole
        if language == "en":
            owners = [f for f in found if f.end <= m.start() and f.entity.type in _BODY_TYPES and f.entity.known
                      and not re.search(r"[;.]\s", text[f.end:m.start()])]
            if not owners:
                continue
            owner = owners[-1].entity
            name = f"{m.group('head')[0].upper()}{m.group('head')[1:]} of the {owner.en}"
        else:
            owner = next((f.entity for f in found if f.end == m.start() and f.entity.type in _BODY_TYPES), None)
            for k in (4, 3, 2) if owner is None else ():
                # ... or by the last characters of its name, named before (国际法院 ... 法院《规约》)
                tail = text[max(0, m.start() - k):m.start()]
                owners = [f.entity for f in found if f.end <= m.start() - k and f.entity.type in _BODY_TYPES
                          and f.entity.label.endswith(tail)]
                if len(tail) == k and owners:
                    owner = owners[-1]
                    break
            if owner is None:
                continue
            name = owner.label + m.group("head")
        entry = load().lookup(name, language)
        if entry is not None and entry.type == "instrument":
            entity = entry.entity(language, on)
        else:
            english = name if language == "en" else f"{_OWNED_EN[m.group('head')]} of the {owner.en}"
            entity = replace(unknown_entity(english, "en", "instrument"), label=name)
        out.append(Found(m.start("head"), m.end("head"), m.group("head"), entry if entity.known else None, entity))
    return out


_OWNED_EN = {"规约": "Statute", "章程": "Constitution", "宪章": "Charter", "议事规则": "Rules of procedure"}


def find(text: str, language: str, on: str | None = None) -> list[Found]:
    """Every registry name in ``text`` and, in each of the six languages, every
    body-like name no registry holds, in text order. ``on`` is the document's date (ISO), choosing the label in
    effect then."""
    known = _known(text, language, on)
    if language == "zh":
        known = [k for k in known if not _zh_conference_assembly(text, k)]
    if language == "en":
        unknown = _en_unknowns(text, known)
        if mandates := _en_mandates(text, known):  # a mandate holder's topic holds what the reading above cut short
            unknown = _over(text, unknown, mandates)
        titles = _en_entitled_instruments(text, known)
        unknown = [f for f in unknown if not any(t.start <= f.start and f.end <= t.end for t in titles)]
        unknown += [t for t in titles if not any(f.start <= t.start and t.end <= f.end for f in unknown)]
    elif language == "zh":
        unknown = _zh_unknowns(text, known)
    elif language in _ROMANCE_HEADS:
        unknown = _romance_unknowns(text, known, language)
    elif language == "ru":
        unknown = _ru_unknowns(text, known)
    elif language == "ar":
        unknown = _ar_unknowns(text, known)
    else:
        unknown = []
    observances = _observances(text, language, [*known, *unknown])
    # (the United Nations opening an observance's name is a word of it: "the Third United Nations Decade for ...")
    known = [k for k in known if not (k.entry is not None and k.entry.id == "un" and any(o.start <= k.start and k.end <= o.end for o in observances))]
    unknown += observances
    unknown = [_registered(f, language, on) for f in unknown]
    known = [k for k in known if not _modifier_un(text, k, language) and not _zh_demonym(text, k, language)
             and not _in_publication_title(text, k, language) and not _lower_case_state(k, language) and not _ar_not_state(text, k, language)
             and not _ru_noun_for_adjective(k, language)
             and not _in_symbol(text, k)]
    return _aliased(text, sorted(known + unknown, key=lambda f: (f.start, -f.end)))


# what a mandate's name may open with before its title: capitalised words ("Open-ended", "Intergovernmental"),
# an office of the title ("the Office of the Special Representative ..."), not another name ("the Commission of
# Inquiry and the Special Envoy ...")
_EN_MANDATE_LEAD = re.compile(r"(?:[A-Z][\w\-‑]*\s+)+|Office\s+of\s+the\s+")


def _over(text: str, unknown: list[Found], mandates: list[Found]) -> list[Found]:
    """The unknown names with the mandates read over them: a name a mandate overlaps goes, and the mandate
    starts where a name it starts inside of starts ("the [Open-ended] Working Group on security of and in ...")."""
    out = [f for f in unknown if not any(m.start < f.end and f.start < m.end for m in mandates)]
    for m in mandates:
        lead = min((f.start for f in unknown if f.start < m.start < f.end and _EN_MANDATE_LEAD.fullmatch(text, f.start, m.start)),
                   default=m.start)
        if lead < m.start:
            m = Found(lead, m.end, text[lead : m.end], None, unknown_entity(text[lead : m.end], "en", m.entity.type))
        out.append(m)
    return out


def _in_symbol(text: str, found: Found) -> bool:
    """An acronym that is part of a document symbol ("UNEP/EA.4/Res.10", "E/ESCAP/RES/72/7"): the
    symbol's, not a mention of the body."""
    if not found.text.isupper() or text[found.end : found.end + 1] != "/":
        return False  # ("the ITU/UNESCO Broadband Commission" names both)
    return text[max(0, found.start - 1) : found.start] == "/" or bool(_SYMBOL_REST.match(text, found.end + 1))


_SYMBOL_REST = re.compile(r"[^\s,;]*?(?:\d|Res\b|RES\b)")


def _registered(found: Found, language: str, on: str | None) -> Found:
    """An unknown name whose id is a registry entry's of its type is that entry, printed otherwise than
    the registry has it ("the Kunming Montreal Global Biodiversity Framework", without its hyphen); so is
    an instrument's name whose words open the name of exactly one registry instrument before its
    complement (إعلان كوبنهاغن [بشأن التنمية الاجتماعية], the Copenhagen Declaration [on Social Development])."""
    entry = load().get(found.entity.id)
    if entry is None and found.entity.type == "instrument":
        entry = _instrument_opened_by(canonical(found.text, language), language)
    if entry is None or (entity := entry.entity(language, on)).type != found.entity.type:
        return found
    return replace(found, entry=entry, entity=entity)


# the words that open an instrument name's complement, per language (not "and": "the Vienna Declaration
# and Programme of Action" is not the Vienna Declaration)
_COMPLEMENT_OPENS = {
    "en": r"(?:on|of|for|concerning)", "fr": r"(?:sur|de|du|des|pour|relative)", "es": r"(?:sobre|de|del|para|relativa)",
    "ru": r"(?:о|об|по|в)", "ar": r"(?:بشأن|من\s+أجل|المتعلق\w*|لل?\w+|ب\w+)",
}


@lru_cache(maxsize=None)
def _instrument_keys(language: str) -> tuple[tuple[str, Entry], ...]:
    return tuple((canonical(form, language), entry) for form, entry, acronym in load().names(language)
                 if not acronym and entry.entity(language).type == "instrument")


@lru_cache(maxsize=1 << 12)
def _instrument_opened_by(key: str, language: str) -> Entry | None:
    opens = _COMPLEMENT_OPENS.get(language)
    if opens is None or len(key.split()) < 2:
        return None
    rest = re.compile(rf"{re.escape(key)}\s+{opens}\s")
    hits = {entry.id: entry for k, entry in _instrument_keys(language) if rest.match(k)}
    return next(iter(hits.values())) if len(hits) == 1 else None


# Chinese calls a conference or congress 大会, as it calls the General Assembly: 第十四届联合国预防犯罪和刑事司法
# 大会 (the Fourteenth Crime Congress), 联合国水大会, 不扩散核武器条约缔约国2020年审议大会. 大会 after the words
# of a name (three characters at least once the verbs and particles before them are cut off, marked as a
# name's by _ZH_CONFERENCE_MARK) is that conference's, not the Assembly (联合国大会 is the Assembly; 根据大会,
# 其中大会, 列入大会 are verbs before it; 大会高级别会议, 大会第46/18号决议 are the Assembly's meetings and
# resolutions)
_ZH_REVIEW_CONFERENCE = re.compile(r"(?:缔约国|年)(?:审议|审查)$")
# ... what marks those words as a name: the United Nations', a world or international one, an edition, an
# organization's, or the topics of the two series Chinese calls so most (预防犯罪 congresses, 人居 conferences);
# other words before 大会 are most often a verb ("促进大会今后的审议工作") and it is the Assembly
_ZH_CONFERENCE_MARK = re.compile(r"联合国|世界|国际|全球|第[一二三四五六七八九十百零\d]+[届次]|组织|机构|预防犯罪|人居")
_ZH_ASSEMBLY_AFTER = re.compile(r"(?:高级别|特别会议|全体会议|主席|决议|题为|第[一二三四五六七八九十百零\d]+届(?:特别|紧急)?会议|第\d|\d+/\d+"
                                r"|[^，。；]{0,30}?问题(?:高级别|特别)会议)")  # 第三次大会预防和控制非传染性疾病问题高级别会议


def _zh_conference_assembly(text: str, found: Found) -> bool:
    """Whether the General Assembly ``found`` names (大会) is the last word of a conference's name (above)."""
    if found.entity.id != "general-assembly" or found.text != "大会":
        return False
    if text.startswith("缔约方", max(0, found.start - 3)):
        return True  # 缔约方大会: a Conference of the Parties (``unkg.ingest.events``), never the Assembly
    before = text[max(0, found.start - 40) : found.start]
    words = re.split(rf"[{_ZH_DELIM}]", before)[-1]
    if _ZH_REVIEW_CONFERENCE.search(words):
        return True
    if re.search(r"[和与及并、]$", words) or _ZH_ASSEMBLY_AFTER.match(text, found.end) or re.search(r"[年月日]$", words):
        return False  # a list's next item (...首脑会议和大会第二十四届特别会议), the Assembly's meetings and
        # resolutions (...问题大会高级别会议, 大会第46/18号决议, 大会题为...), or a date before it
    if (verb := _zh_before_name().match(words)) is not None:
        words = words[verb.end():]
    if (lead := _ZH_LEADING.match(words)) is not None:
        words = words[lead.end():]
    return (len(words) >= 3 and not words.endswith("联合国") and re.fullmatch(r"[\u4e00-\u9fff\d]+", words) is not None
            and _ZH_CONFERENCE_MARK.search(words) is not None)


# an instrument's short name in brackets after its name: "the United Nations Standard Minimum Rules
# for the Administration of Juvenile Justice (the Beijing Rules)", "(قواعد بيجين)", "(《北京规则》)"
_ALIAS_OPEN = re.compile(r"\s*[(（]\s*(?:(?:the|The|la|las|los|le|les|el|La|Las|Los|Le|Les|El)\s+|l['’])?《?")
_ALIAS_CLOSE = re.compile(r"》?\s*[)）]")


def _aliased(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the short name an instrument is given in brackets after its name made one
    entity with it: the registry's, where either is a registry name, else the full name's."""
    out = list(found)
    for i, f in enumerate(out):
        if f.entity.type != "instrument" or (o := _ALIAS_OPEN.match(text, f.end)) is None:
            continue
        j = next((j for j, g in enumerate(out) if g.start == o.end() and g.entity.type == "instrument"), None)
        if j is None or _ALIAS_CLOSE.match(text, out[j].end) is None or out[j].entity.id == f.entity.id:
            continue
        if f.entry is None and out[j].entry is not None:
            out[i] = replace(f, entry=out[j].entry, entity=out[j].entity)
        elif out[j].entry is None:
            out[j] = replace(out[j], entry=f.entry, entity=f.entity)
    return out


# The UN's publications, cited in footnotes, carry an organ's name in their titles: "Official Records
# of the General Assembly, Sixty-ninth Session", "United Nations, Treaty Series" (in every language):
# a title, not the organ acting or named
_RECORDS_BEFORE = {
    "en": r"Official\s+Records\s+of\s+(?:the\s+)?$", "fr": r"Documents\s+officiels\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+|des\s+)$",
    "es": r"Documentos\s+Oficiales\s+(?:de\s+la\s+|del\s+|de\s+los\s+)$", "ru": r"Официальные\s+отчеты\s+$",
    "ar": r"الوثائق\s+الرسمية\s+$",
}
_RECORDS_BEFORE_RE = {lang: re.compile(rx, re.I) for lang, rx in _RECORDS_BEFORE.items()}
_TITLE_AFTER = re.compile(r"\s*[,،，]\s*(?:Treaty\s+Series|Recueil\s+des\s+Traités|Серия\s+договоров|مجموعة\s+المعاهدات|《条约汇编》)|正式记录")


def _in_publication_title(text: str, found: Found, language: str) -> bool:
    if found.entity.type not in ("body", "office"):
        return False
    if _TITLE_AFTER.match(text, found.end):  # "United Nations, Treaty Series", 大会正式记录
        return True
    before = _RECORDS_BEFORE_RE.get(language)
    return before is not None and bool(before.search(text, max(0, found.start - 40), found.start))


# Chinese prints a State's name for its adjective before the people or land it qualifies (巴勒斯坦人民,
# 巴勒斯坦妇女, 巴勒斯坦被占领土: the Palestinian people and women, the Occupied Palestinian Territory),
# where English prints "Palestinian", no name
# (and what English says with the adjective: "Israeli occupation", "Israeli settlements", "Palestinian
# institutions", "the Palestinian economy", "the occupied Syrian Golan": 以色列占领, 巴勒斯坦机构, 叙利亚戈兰)
_ZH_DEMONYM_NOUN = re.compile(r"(?:人民|人(?![权类道])|妇女|女童|儿童|男子|青年|难民|平民|居民|公民|国民|被占领土|领土"
                              r"|戈兰|占领(?!国)|定居点|定居者|当局|军队|部队|安全部队|经济|官方机构|机构|人口|社会)")


def _ru_noun_for_adjective(found: Found, language: str) -> bool:
    """A Russian registry name whose first word is an adjective, matched by a noun its stem also makes:
    "развития стран" ("the development of countries") is no "развитые страны" (developed countries),
    whose stem развит- both share."""
    if language != "ru" or found.entry is None or not (words := found.text.split()) or found.text.isupper():
        return False  # (an acronym: МСЭ)
    first = words[0].casefold()
    # (the registry forms this one is printed from: their first word's stem opens it)
    forms = [w for f in found.entry.names.get("ru", ()) if (w := f.split()[0].casefold()) and first.startswith(ru_stem(w))]
    return any(_RU_NOMINATIVE_ADJECTIVE.search(f) for f in forms) and not _RU_ADJECTIVE_ANY_CASE.search(first)


# a registry form's first word that is an adjective for sure (Развитые, Международный), not a noun in -ие (совещание)
_RU_NOMINATIVE_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые)$")


def _lower_case_state(found: Found, language: str) -> bool:
    """A State's name printed in lower case is a word its letters happen to spell, declined as the
    Russian matcher declines names: того ("of that") is no Togo, малых ("small") no Mali, грузов
    ("of goods") no Georgia (Грузия). Every State's name is capitalised in the scripts that have case."""
    if language not in ("en", "fr", "es", "ru") or found.entity.type != "member-state":
        return False
    first = next((ch for ch in found.text if ch.isalpha()), "")
    return first.islower()


# Arabic: a State's name that is another word there: the capital a State is named after (تونس العاصمة, "Tunis",
# where the summit was held), or مالي the adjective "financial" after the noun it qualifies (هيكل مالي دولي, دعم
# مالي), which the State's name follows only as a noun's complement (حكومة مالي) or after a preposition or a comma
_AR_CAPITAL_AFTER = re.compile(r"\s+العاصمة(?!\w)")
_AR_ADJECTIVE_STATES = frozenset(("mali",))
_AR_STATE_BEFORE = re.compile(
    r"(?:^|[\s،,(«])(?:[وف]?(?:في|من|إلى|مع|عن|على|بين|لدى|و|أو|ل|ب|حكومة|حكومتا|حكومتي|حكومات|شعب|جمهورية|دولة|رئيس|وفد|ممثل|بعثة|سفارة|أراضي|شمال|جنوب|"
    r"وسط|شرق|غرب|سكان|عاصمة|الحالة\s+في|مثل|منها|ولا\s+سيما|سيما))\s*$|[،,(«:]\s*$|^\s*$"
)


def _ar_not_state(text: str, found: Found, language: str) -> bool:
    """An Arabic State's name that stands for its capital or for the adjective it spells (above)."""
    if language != "ar" or found.entity.type != "member-state":
        return False
    if _AR_CAPITAL_AFTER.match(text, found.end):
        return True
    return found.entity.id in _AR_ADJECTIVE_STATES and not found.text.startswith(("و", "ل", "ب")) \
        and not _AR_STATE_BEFORE.search(text[max(0, found.start - 30) : found.start])  # (ومالي: "and Mali")


def _zh_demonym(text: str, found: Found, language: str) -> bool:
    """A State's name that is no name of it: its adjective (``_ZH_DEMONYM_NOUN``), or the first
    half of a word across its end (发展中国家, 其中国家: 国家 "country", not 中国 "China")."""
    if language != "zh" or found.entity.type != "member-state":
        return False
    return bool(_ZH_DEMONYM_NOUN.match(text, found.end)) or (text.startswith("家", found.end) and found.text.endswith("国"))


# "United Nations entities", "United Nations rule of law activities", "(United Nations publication,
# Sales No. ...)", "United Nations, Treaty Series": the name as a modifier of the noun after it (a
# kind of thing, a publication's title) names no actor; "the United Nations and its Member States",
# "the United Nations continues to ..." do
_EN_AFTER_ACTOR = re.compile(
    r"\s+(?:and|or|nor|to|in|on|at|for|with|as|by|from|of|that|which|itself|its|through|under|since|"
    r"is|are|was|were|has|have|had|shall|should|will|would|can|could|may|might|must|"
    r"plays|continues|remains|provides|supports|takes|makes|stands|works)\b"
)
_EN_MODIFIED = re.compile(r"\s+[a-z]|,\s*Treaty\s+Series")
# ... and after the noun it is the possessor of ("the principles of the United Nations")
_EN_OF_THE = re.compile(r"(?<![\w-])[a-z][\w-]*\s+of\s+the\s+$")
ZH_INCLUDING = "包括|特别是|尤其是"  # "including", "in particular": a list goes on after a name
_ZH_AFTER_ACTOR = re.compile(rf"[的和及与或、]|[^\u4e00-\u9fff]|{ZH_INCLUDING}")


def _modifier_un(text: str, found: Found, language: str) -> bool:
    """The United Nations printed as the modifier of what follows it: in English before a noun in
    lower case ("relevant United Nations entities") or a publication's title, or as the possessor
    of the noun before it ("the rules and procedures of the United Nations"); in Chinese directly
    before a noun (联合国法治活动, 联合国各实体, 《联合国条约汇编》), where a verb (联合国支持 ...), a
    conjunction or 的 after it leaves it an actor."""
    if found.entry is not None and found.entry.id == "un-system" and language == "en":
        # ... and so is the system before a noun in lower case ("United Nations system entities")
        return bool(_EN_MODIFIED.match(text, found.end)) and not _EN_AFTER_ACTOR.match(text, found.end)
    if found.entry is None or found.entry.id != "un" or found.text.isupper():
        return False
    after = text[found.end : found.end + 40]
    if language == "en":
        if _EN_OF_THE.search(text, max(0, found.start - 40), found.start):
            return True  # "the rules and procedures of the United Nations": whose, not who
        return bool(_EN_MODIFIED.match(after)) and not _EN_AFTER_ACTOR.match(after)
    if language == "zh":
        return bool(after) and not _ZH_AFTER_ACTOR.match(after) and not _zh_verb_after(after)
    if language == "ar" and found.text.startswith("الأمم"):
        # the second term of a construct, as "X of the United Nations" in English (كيانات الأمم المتحدة,
        # "United Nations entities"; قواعد الأمم المتحدة, "the rules of the United Nations"): the noun
        # before it is a plural in -ات or one of the nouns that head such constructs, not a preposition
        # or a verb (بين الأمم المتحدة, تشجع الأمم المتحدة: the United Nations acts or is asked)
        before = _AR_WORD_BEFORE.search(text, max(0, found.start - 30), found.start)
        return before is not None and _ar_construct_noun(before.group(1))
    return False


_AR_WORD_BEFORE = re.compile(r"(?:^|[\s(])([\u0621-\u064a]+)\s+$")
# (plurals and generic nouns; not the singular heads of names, مكتب الأمم المتحدة الإقليمي لوسط أفريقيا, which the
# offices and the version's alignment read with the United Nations in them)
_AR_CONSTRUCT_NOUNS = frozenset(
    "منظومة كيان برامج صكوك أجهزة صناديق تقارير موظفي موظفو ميزانية مكاتب مراكز وثائق منسقي أفرقة مؤسسات عمل "
    "أعمال مقاصد إجراءات رعاية معايير قواعد لغات أنشطة جهود ولاية دور مؤتمرات نظام سياسات".split()
)


def _ar_construct_noun(word: str) -> bool:
    """Whether an Arabic word, its conjunction or preposition prefix aside (و, ف, ل, ب), is a noun that
    heads a construct with the United Nations."""
    forms = {word}
    if word[:1] in "وف" and not word.startswith(AR_OWN_WAW):
        forms.add(word := word[1:])
    if word[:1] in "لب" and len(word) > 3:
        forms.add(word[1:])
    return any(f in _AR_CONSTRUCT_NOUNS or (len(f) >= 5 and f.endswith("ات") and not f.startswith("ال")) for f in forms)


def _zh_verb_after(after: str) -> bool:
    """A Chinese text starting with a verb or a clause particle (联合国支持 ..., 联合国应 ...), not with
    a word that qualifies what the name modifies (联合国其他组织, 联合国有关机构, 联合国各实体)."""
    return after[:1] in _ZH_CLAUSE_CHARS or any(after.startswith(w) for w in _zh_verbs())


_ZH_CLAUSE_CHARS = frozenset("应将可已在也还并又是为对向从就使于")


@lru_cache(maxsize=1)
def _zh_verbs() -> tuple[str, ...]:
    """The verbs a body may be the subject of: those that open paragraphs (``verbs.yaml``) and those
    that take an object (继续, 支持, 提供...)."""
    forms = {form for c in _verbs().concepts.values() for form in c.forms.get("zh", ())}
    acts = ("继续", "支持", "支助", "提供", "协助", "参与", "参加", "作为", "通过", "根据", "开展", "发挥", "致力", "合作", "协作")
    return tuple(sorted(forms | set(acts), key=len, reverse=True))


@lru_cache(maxsize=None)
def _acronym_heads(language: str) -> tuple[str, ...]:
    """The first three characters of every topic acronym in ``language``: a text holding none of
    them holds no topic acronym (acronyms match case-sensitively, as printed)."""
    heads = (re.match(r"\w{0,3}", fold(form)).group(0) for form, _, is_acronym in load_topics().names(language) if is_acronym)
    return tuple(dict.fromkeys(heads))


def find_topics(text: str, language: str, found: Iterable[Found] = ()) -> list[tuple[Entry, str]]:
    """The topics of ``reference/topics.yaml`` a text speaks of: ``(topic, words as printed)`` in
    text order, with the broader topics of each (``broader`` in the registry: a paragraph on the
    gender digital divide is on the digital divide too, in the same words).

    Topic names match as registry names do (case-insensitive, on word boundaries, Russian and
    Arabic inflections; acronyms case-sensitive). A topic's words inside a registry name the text
    names (``found``, from :func:`find`: the *Internet Governance Forum*, the *World Summit on the
    Information Society*, the *Commission on Science and Technology for Development*) name that
    body, event or instrument, not the topic, and are not counted."""
    names = [(f.start, f.end) for f in found if f.entry is not None]
    hits: list[tuple[int, Entry, str]] = []
    matcher = _topic_matcher(language)
    for pattern, named in matcher.passes(language):
        if pattern is matcher.acronyms and not any(head in text for head in _acronym_heads(language)):
            continue  # the few topic acronyms (ICT, TIC, ИКТ): a substring test spares the regex pass
        for m in pattern.finditer(text):
            entry = named(m.group(0))
            if entry is None or any(s <= m.start() and m.end() <= e for s, e in names):
                continue
            hits.append((m.start(), entry, m.group(0)))
    if not hits:
        return []
    topics = load_topics()
    out: list[tuple[Entry, str]] = []
    for _, entry, printed in sorted(hits, key=lambda h: h[0]):
        out.append((entry, printed))
        out.extend((broader, printed) for broader in topics.parents(entry.id))
    return out
