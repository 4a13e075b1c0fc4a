"""The verbs that open UN resolution paragraphs, in the six UN languages.

A UN resolution is one sentence: the preamble's paragraphs open with a participle or adjective
(*Recalling*, *Deeply concerned*; Chinese 回顾, Arabic وإذ يشير, Russian ссылаясь), the operative
paragraphs with a verb in the present tense (*Recalls*, *Welcomes*; 欢迎, يرحب, приветствует), printed in
italics (bold in Chinese, bold italics in Arabic), as the UN's editorial rules for resolutions
prescribe. A preambular and an operative form of one meaning are one verb concept (recalls).

The vocabulary is the curated data in ``unkg/reference/verbs.yaml``: per concept its printed forms in each
language (drafted from the AKN4UN corpus, where the preamble names each paragraph's verb in
``<container name="...">`` and the operative paragraph marks it as a span), and per language the
modifier words (also, further, again, in this regard, in particular) that the UN prints before,
after or inside a verb: *Recalling also*, *Also welcomes*, 又回顾, 还回顾, 在这方面强调, *Rappelant
également*, *Acoge también con beneplácito*, وإذ يشير أيضا.

Public verbs: :func:`identify` (the words the source marks as the verb) and :func:`split_opening`
(unmarked text: find the verb that opens it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from unkg import reference
from unkg.record import LANGUAGES, Verb
from unkg.reference import Concept

# Arabic marks that do not change the word: short vowels, shadda, sukun, tanween, dagger alef; tatweel
AR_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_AR_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
# the Arabic preambular frame: "وإذ تشير" / "إذ تشير" / "وقد نظرت" (the verb is what follows)
_AR_FRAME = re.compile(r"^و?(?:اذ|قد)\s*")
_EDGE_PUNCT = " \t\n\u00a0\u3000,;:.،؛，；：。、-–—*_"
_LATIN_LOOKALIKES = str.maketrans("aceopxy", "асеорху")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_MAX_WORDS = 9  # the longest printed verb phrase the opening scan will try
_MAX_ZH = 20


@dataclass(frozen=True)
class Vocabulary:
    concepts: dict[str, Concept]
    index: dict[str, dict[str, str]]  # language -> matching key of a form -> concept id
    modifiers: dict[str, list[tuple[str, str]]]  # language -> [(matching key of a modifier form, canonical)]


@cache
def vocabulary() -> Vocabulary:
    """The verb vocabulary of ``reference/verbs.yaml``, indexed for matching (loaded once)."""
    data = reference.verbs()
    modifiers: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGUAGES}
    for canonical, per_lang in data.modifiers.items():
        for lang, forms in per_lang.items():
            for form in forms:
                modifiers[lang].append((_key(form, lang, frame=False), canonical))
    for lang in modifiers:  # longest first, so "once again" is taken before "again"
        modifiers[lang].sort(key=lambda kv: -len(kv[0]))
    index: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for concept in data.concepts.values():
        for lang, printed in concept.forms.items():
            for form in printed:
                key = _key(form, lang)
                other = index[lang].setdefault(key, concept.id)
                if other != concept.id:
                    raise ValueError(f"verbs.yaml: {lang} form {form!r} given to both {other!r} and {concept.id!r}")
    return Vocabulary(data.concepts, index, modifiers)


def concept(verb_id: str) -> Concept:
    """The concept of a verb id (``recalls``), with its relation and its forms in six languages."""
    return vocabulary().concepts[verb_id]


# --- normalising a printed label for matching -----------------------------------------------------


def _clean(text: str, language: str, *, fold: bool = True) -> str:
    """The label without surrounding punctuation, emphasis marks or spacing; case-folded unless ``fold=False``."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = re.sub(r"[*_]{1,3}", "", text) if "*" in text or "_" in text else text
    text = re.sub(r"\s+", " ", text).strip(_EDGE_PUNCT)
    if language == "zh":
        text = text.replace(" ", "")
    return text.casefold() if fold else text


def _key(text: str, language: str, *, frame: bool = True) -> str:
    """The matching key of a printed form: cleaned and case-folded; Arabic without short vowels,
    tatweel, alef variants and (``frame``) the preambular frame و/إذ/قد."""
    key = _clean(text, language)
    if language == "ru":
        key = key.translate(_LATIN_LOOKALIKES)  # "c удовлетворением" typed with a Latin c
    if language == "ar":
        key = AR_MARKS.sub("", key).translate(_AR_ALEF)
        key = re.sub(r"\s+", " ", key).strip()
        if frame:
            key = _AR_FRAME.sub("", key)
    return key


def _find_modifiers(key: str, language: str) -> list[tuple[int, int, str]]:
    """Where modifier words stand in a key: [(start, end, canonical)], not overlapping.

    Chinese modifiers are prefixes (又, 还, 也, 并, 进一步, 再次, 在这方面); elsewhere whole words anywhere."""
    found: list[tuple[int, int, str]] = []
    mods = vocabulary().modifiers[language]
    if language == "zh":
        pos = 0
        while True:
            for form, canonical in mods:
                if form and key.startswith(form, pos):
                    found.append((pos, pos + len(form), canonical))
                    pos += len(form)
                    break
            else:
                return found
    taken = [False] * len(key)
    for form, canonical in mods:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", key):
            if not any(taken[m.start() : m.end()]):
                found.append((m.start(), m.end(), canonical))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    return sorted(found)


def _strip_modifiers(text: str, language: str, *, fold: bool = True) -> tuple[str, list[str]]:
    """The text without any modifier word, and the modifiers in printed order (used by the drafting tool)."""
    key = _clean(text, language, fold=fold)
    if language == "ar":
        key = AR_MARKS.sub("", key)
    probe = key.casefold().translate(_AR_ALEF) if language == "ar" else key.casefold()
    spans = _find_modifiers(probe, language)  # same length as key: positions carry over
    return _remove(key, spans, language), [c for _, _, c in spans]


def _remove(key: str, spans: list[tuple[int, int, str]] | tuple, language: str) -> str:
    for start, end, _ in sorted(spans, reverse=True):
        key = key[:start] + key[end:]
    sep = "" if language == "zh" else " "
    return re.sub(r"\s+", sep, key).strip(_EDGE_PUNCT)


# --- matching ---------------------------------------------------------------------------------------


def _lookup(key: str, language: str) -> tuple[str, str | None] | None:
    """(concept id, modifier) for a key that is a form, or a form with modifiers: fewest removed first."""
    index = vocabulary().index[language]
    if key in index:
        return index[key], None
    spans = _find_modifiers(key, language)
    for n in range(1, len(spans) + 1):
        for chosen in combinations(spans, n):
            base = _remove(key, chosen, language)
            if language == "ar":
                base = _AR_FRAME.sub("", base)
            if base in index:
                return index[base], " ".join(c for _, _, c in chosen)
    return None


def _prefix_lookup(key: str, language: str) -> tuple[str, str | None] | None:
    """The longest form that opens the key (whole words; characters in Chinese), modifiers allowed."""
    if language == "zh":
        cuts = range(min(len(key), _MAX_ZH), 0, -1)
        pieces = [key[:n] for n in cuts]
    else:
        words = key.split(" ")
        pieces = [" ".join(words[:n]) for n in range(min(len(words), _MAX_WORDS), 0, -1)]
    for piece in pieces:
        found = _lookup(piece, language)
        if found:
            return found
    return None


def _verb(found: tuple[str, str | None], label: str) -> Verb:
    c = vocabulary().concepts[found[0]]
    return Verb(id=c.id, en=c.en, label=label, modifier=found[1] or None)


def identify(label: str, language: str) -> Verb | None:
    """The verb concept of the words a source marks as a paragraph's verb.

    ``label`` is what the AKN4UN markup names (``<container name="Recalling also">``) or prints in
    the opening italic/bold span (``Welcomes and urges``, ``又回顾``, ``يعيد تأكيد التزامه``).
    Matching ignores case, spacing, edge punctuation, emphasis marks and Arabic vowel signs; it
    takes a printed form whole, else with its modifiers set apart (``Recalling further`` ->
    recalls + further), else the longest form that opens the label (``Welcomes and urges`` ->
    welcomes: a compound keeps its first verb; ``признавая важность`` -> recognizes). The returned
    ``label`` is the input, stripped. None when no form of the vocabulary opens the label.
    """
    if language not in LANGUAGES:
        raise ValueError(f"not a UN language code: {language!r} (one of {', '.join(LANGUAGES)})")
    shown = label.strip()
    key = _key(shown, language)
    if not key:
        return None
    found = _lookup(key, language) or _prefix_lookup(key, language)
    return _verb(found, shown) if found else None


# --- unmarked text ----------------------------------------------------------------------------------

_NUMBER = re.compile(r"^\s*(?:\d+\s*(?:\.|-|–)\s*|\([a-z]{1,4}\)\s*|[a-z]\)\s*)?")
_EMPHASIS = r"(?P<mark>\*{1,3}|_{1,3})(?P<inner>[^*_\n]{1,80}?)(?P=mark)"


def split_opening(text: str, language: str) -> tuple[Verb | None, str]:
    """The verb that opens an unmarked paragraph (text and PDF readers), and the paragraph's text.

    The verb is the longest printed form (with its modifiers) that opens the paragraph, after an
    optional printed number (``1.``, ``1 -``, ``(a)``), which stays in the returned text. Markdown
    emphasis around the verb (``**欢迎并敦促**``, ``在这方面**强调**``, ``*Recalling also*``) is taken as
    the source's own marking of the verb, as in the printed resolution, and removed from the
    returned text; nothing else in the text changes. Chinese has no spaces: the longest form wins
    (表示注意到 takes note, not 注意到 notes). ``(None, text)`` when no verb opens it.
    """
    if language not in LANGUAGES:
        raise ValueError(f"not a UN language code: {language!r} (one of {', '.join(LANGUAGES)})")
    head = _NUMBER.match(text).end()
    body = text[head:]
    m = re.match(r"^(?P<pre>[^*_\n]{0,30}?)" + _EMPHASIS, body)
    if m:
        label = f"{m['pre']}{m['inner']}"
        label = re.sub(r"\s+", " ", label).strip() if language != "zh" else label.strip()
        # the emphasis with the modifiers before it (在这方面**强调**), else a form opening the emphasis
        # (**欢迎并敦促**), but not past words before it that are no modifiers
        found = _lookup(_key(label, language), language)
        if not found and not m["pre"].strip():
            found = _prefix_lookup(_key(m["inner"], language), language)
        if found:
            plain = body[: m.start("mark")] + m["inner"] + body[m.end() :]
            return _verb(found, label), text[:head] + plain
    return _scan(text, head, language)


def _scan(text: str, head: int, language: str) -> tuple[Verb | None, str]:
    """Longest form opening ``text[head:]`` with no emphasis to go by; a verb runs over no punctuation."""
    body = text[head:]
    if language == "zh":
        pieces = [body[:n] for n in range(min(len(body), _MAX_ZH), 0, -1)]
    else:
        ends = [m.end() for m in re.finditer(r"\S+", body)][:_MAX_WORDS]
        pieces = [body[:end] for end in reversed(ends)]
    for piece in pieces:
        label = piece.strip(_EDGE_PUNCT)
        if not label or _PUNCT.search(label):
            continue
        found = _lookup(_key(label, language), language)
        if found:
            return _verb(found, label), text
    return None, text


_PUNCT = re.compile(r"[,;:.!?()\[\]\"“”«»،؛，。；：、（）*_\d]")
