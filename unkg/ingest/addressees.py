"""Addressees: who an operative paragraph calls upon, invites, requests, urges or encourages.

A UN operative paragraph that asks something of someone names them right after its verb, in all six
languages: "Requests the Secretary-General to ...", 请秘书长..., "Prie le Secrétaire général de ...",
"Solicita al Secretario General que ...", "просит Генерального секретаря ...", "يطلب إلى الأمين العام أن
...". ``find_addressees(text, verb, language)`` takes the names ``unkg.ingest.names.find`` finds
that stand in an unbroken chain right after the printed verb, joined only by articles, "all",
"relevant", "other", "and", commas and their equivalents ("Urges Member States and all
stakeholders to" gives both; "Encourages close alignment between ..." gives none).

Groups are registry entries too (``member-states``, ``all-stakeholders``, ``international-community``,
``governments``, in ``reference/bodies.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from unkg.ingest.names import find
from unkg.ingest.verbs import vocabulary
from unkg.record import Addressee, Paragraph

# the verb concepts that address someone (those the vocabulary holds)
_ADDRESSING = (
    "requests", "urgently-requests", "reiterates-requests", "reiterates-previous-requests", "invites",
    "urges", "strongly-urges", "calls-upon", "strongly-calls-upon", "urgently-calls-upon",
    "reaffirms-call-upon", "encourages", "strongly-encourages", "continues-to-encourage", "encourage",
    "strongly-appeals", "reiterates-appeal", "reiterates-appeals", "directs",
)

# what may stand between the verb and a name, and between two names: words (whole words only) and
# glue that needs no word boundary (spaces, commas, the elided French article)
_JOINER_WORDS = {
    "en": r"and|the|its|all|relevant|other|concerned|as\s+well\s+as|in\s+particular|also|further|again|once\s+again",
    "fr": r"et|le|la|les|à|aux|au|tous|toutes|autres|ainsi\s+que|en\s+particulier|également|de\s+nouveau|aussi",
    "es": r"y|el|la|los|las|al|a|que|todos|todas|otros|otras|así\s+como|en\s+particular|también|nuevamente",
    "ru": r"и|а\s+также|все|всех|всем|другие|других|другим|соответствующие|соответствующих|также|вновь|в\s+частности|к",
    "ar": r"و|إلى|الى|جميع|كل|سائر|أيضا|كذلك",
    "zh": r"和|及|以及|与|并|各|所有|其他|有关|相关|还|又|再次|也",
}
_GLUE = r"\s+|[,،、，]|l['’]"


def _boundary(language: str) -> str:
    return "" if language == "zh" else r"(?!\w)"


def _joiner(language: str) -> re.Pattern[str]:
    words = _JOINER_WORDS.get(language, _JOINER_WORDS["en"])
    return re.compile(rf"(?:{_GLUE}|(?:{words}){_boundary(language)})*", re.I)


_JOINER_RE = {lang: _joiner(lang) for lang in _JOINER_WORDS}
_ONE_JOINER = {
    lang: re.compile(rf"(?:{_GLUE}|(?:{words}){_boundary(lang)})", re.I)
    for lang, words in _JOINER_WORDS.items()
}
# what may follow an addressee's name in English and Chinese, where a name may qualify the noun after
# it ("United Nations entities", 联合国各实体); French, Spanish, Russian and Arabic put such names after
# the noun they qualify
_AFTER = {
    "en": re.compile(r"\s*(?:[,;:(]|\b(?:to|that|and|as|in|including|also|at|on|for|with|through|which|who|,)\b|$)"),
    "zh": re.compile(r"(?![各系实的])"),
}
# names that in Chinese mostly qualify the noun after them (联合国各实体, 联合国基金和方案): an
# addressee only when a joiner or the end of the list follows
_ZH_MODIFIERS = {"un"}
_ZH_LIST_END = re.compile(r"[和及与、，,；]")


def _verb_end(text: str, label: str, language: str) -> int:
    """Where the printed verb ends in the paragraph's text (0 when it cannot be found)."""
    if not label:
        return 0
    head = text[: len(label) + 40].casefold()
    k = head.find(label.casefold())
    return k + len(label) if k != -1 else 0


def addressing(verb_id: str | None) -> bool:
    """Whether a verb concept asks something of someone (requests, invites, urges, calls upon...)."""
    return verb_id in _addressing_set()


@cache
def _addressing_set() -> frozenset[str]:
    return frozenset(v for v in _ADDRESSING if v in vocabulary().concepts)


def find_addressees(paragraph: Paragraph, language: str, found: Sequence | None = None) -> list[Addressee]:
    """The entities an operative paragraph addresses with its verb, in text order.

    ``found`` is what ``unkg.ingest.names.find`` gave for the paragraph's text (computed when None).
    A paragraph whose verb addresses no one (recalls, welcomes...) gives none.
    """
    verb = paragraph.verb
    if paragraph.kind != "operative" or verb is None or not addressing(verb.id):
        return []
    text = paragraph.text
    if found is None:
        found = find(text, language)
    by_start: dict[int, object] = {}
    for f in found:
        by_start.setdefault(f.start, f)
    joiner = _JOINER_RE.get(language, _JOINER_RE["en"])
    one = _ONE_JOINER.get(language, _ONE_JOINER["en"])
    after = _AFTER.get(language)
    pos = _verb_end(text, verb.label, language)
    limit = joiner.match(text, pos).end()
    out: list[Addressee] = []
    while True:
        f = by_start.get(pos)
        while f is None and pos < limit:  # step over one joiner at a time: a name may start with one
            m = one.match(text, pos)
            if not m or m.end() == pos:
                break
            pos = m.end()
            f = by_start.get(pos)
        if f is None:
            break
        if after is not None and not after.match(text, f.end):
            break  # the name qualifies a noun ("United Nations entities"): not the addressee itself
        if language == "zh" and f.entity.id in _ZH_MODIFIERS and not _ZH_LIST_END.match(text, f.end):
            break
        if f.entity.type not in ("event", "observance", "instrument"):
            out.append(Addressee(f.entity, paragraph.id, verb.id, f.text))
        pos = f.end
        limit = joiner.match(text, pos).end()
    return out
