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
from unkg.ingest.verbs import identify, vocabulary
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
_JOINER_WORDS = {  # longer phrases first: an alternation takes the first that matches
    "en": r"as\s+well\s+as|in\s+particular|once\s+again|such\s+as|in\s+this\s+regard|in\s+that\s+regard|and|the|its|all"
          r"|relevant|other|concerned|affected|interested|also|further|again|including|notably",
    "fr": r"à\s+cet\s+égard|à\s+ce\s+propos|par\s+conséquent|donc|ainsi\s+que|en\s+particulier|de\s+nouveau|et|le|la|les|à|aux|au|tous|toutes"
          r"|autres|également|aussi",
    "es": r"en\s+consecuencia|por\s+consiguiente|por\s+lo\s+tanto|en\s+este\s+sentido|a\s+este\s+respecto|al\s+respecto|así\s+como|en\s+particular|y|el|la|los|las|al|a|que"
          r"|todos|todas|otros|otras|también|nuevamente",
    "ru": r"в\s+этой\s+связи|в\s+связи\s+с\s+этим|а\s+также|в\s+частности|и|все|всех|всем|другие|других|другим"
          r"|соответствующие|соответствующих|также|вновь|к",
    "ar": r"في\s+هذا\s+الصدد|بناء\s+على\s+ذلك|و|إلى|الى|جميع|كل|سائر|أيضا|كذلك",
    "zh": r"在这方面|在此方面|以及|和|及|与|并|各|所有|其他|有关|相关|还|又|再次|也",
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
    "zh": re.compile(r"(?![各系实的]|主席|秘书|成员)"),  # 委员会主席: the Chair, not the Commission
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


# A request in the passive or impersonal voice: "The Commission is encouraged:", "Governments ...
# are encouraged to", "la Commission est invitée à", "Se alienta a la Comisión:", "Комиссии предлагается",
# "تُشجَّع اللجنة على". Each gives the verb concept its participle stands for and where the asked stand.
_PASSIVE_VERBS = {
    "encourages": r"encouraged|encouragée?s?|alienta|рекомендуется|ت[\u064b-\u065f]*ش[\u064b-\u065f]*ج[\u064b-\u065f]*ع|ي[\u064b-\u065f]*ش[\u064b-\u065f]*ج[\u064b-\u065f]*ع",
    "requests": r"requested|priée?s?|solicita|pide|просят|ي[\u064b-\u065f]*ط[\u064b-\u065f]*ل[\u064b-\u065f]*ب",
    "invites": r"invited|invitée?s?|invita|предлагается|ت[\u064b-\u065f]*د[\u064b-\u065f]*ع[\u064b-\u065f]*ى|ي[\u064b-\u065f]*د[\u064b-\u065f]*ع[\u064b-\u065f]*ى",
    "urges": r"urged|engagée?s?|exhortée?s?|insta|exhorta|настоятельно\s+призывается|ت[\u064b-\u065f]*ح[\u064b-\u065f]*ث|ي[\u064b-\u065f]*ح[\u064b-\u065f]*ث",
    "calls-upon": r"called\s+upon|призывается",
}
_ADVERBS = {
    "en": r"(?:(?:also|further|again|once\s+again|strongly|urgently)\s+)*",
    "fr": r"(?:(?:également|en\s+outre|vivement|de\s+nouveau|aussi|instamment)\s+)*",
    "es": r"(?:(?:también|además|encarecidamente|nuevamente)\s+)*",
    "ru": r"(?:(?:также|вновь)\s+)*",
    "ar": r"(?:(?:أيضا|كذلك)\s+)*",
}


def _passive_pattern(language: str) -> re.Pattern[str] | None:
    verbs = "|".join(f"(?P<{k.replace('-', '_')}>{v})" for k, v in _PASSIVE_VERBS.items())
    adv = _ADVERBS.get(language, "")
    if language == "en":
        return re.compile(rf"^(?P<who>.+?)\s+(?:is|are)\s+{adv}(?:{verbs})(?=\s*(?:to\b|[,:]|$))")
    if language == "fr":
        return re.compile(rf"^(?P<who>.+?)\s+(?:est|sont)\s+{adv}(?:{verbs})(?=\s*(?:à|[,:]|$))")
    if language == "es":
        return re.compile(rf"^[Ss]e\s+{adv}(?:{verbs})\s+{adv}(?P<who>(?:a|al)\s+.+?)(?:\s+a\s+que\b|\s+a\s+(?=\w)|:|$)")
    if language == "ru":
        return re.compile(rf"^(?P<who>.+?)\s+{adv}(?:{verbs})(?!\w)")
    if language == "ar":
        return re.compile(rf"^(?:{verbs})\s+{adv}(?:إلى\s+)?(?P<who>.+?)(?:\s+على\s|\s+أن\s|:|$)")
    return None


_PASSIVE = {lang: _passive_pattern(lang) for lang in ("en", "fr", "es", "ru", "ar")}
_LEAD_NUMBER = re.compile(r"^\s*(?:\d+\s*[.)]\s*|\(?[a-z]{1,4}\)\s*)?")


def _passive(text: str, language: str) -> tuple[str, int, int] | None:
    """(verb concept, start, end of the asked) of a paragraph asking in the passive voice, else None."""
    pattern = _PASSIVE.get(language)
    if pattern is None:
        return None
    head = _LEAD_NUMBER.match(text).end()
    m = pattern.match(text, head)
    if not m:
        return None
    verb = next(k.replace("_", "-") for k in ("encourages", "requests", "invites", "urges", "calls_upon") if m.group(k))
    return verb, m.start("who"), m.end("who")


def find_addressees(paragraph: Paragraph, language: str, found: Sequence | None = None) -> list[Addressee]:
    """The entities an operative paragraph or sub-paragraph asks something of, in text order.

    ``found`` is what ``unkg.ingest.names.find`` gave for the paragraph's text (computed when None),
    with the document's short names (``unkg.ingest.shortnames``). The asked stand right after a verb
    that addresses (requests, invites, urges...), or before a passive one ("The Commission is
    encouraged:"). A paragraph whose verb addresses no one (recalls, welcomes...) gives none.
    """
    if paragraph.kind not in ("operative", "subparagraph"):
        return []
    text = paragraph.text
    verb = paragraph.verb
    out: list[Addressee] = []
    if verb is not None and addressing(verb.id):
        if found is None:
            found = find(text, language)
        out = _after_verb(paragraph, verb.id, _verb_end(text, verb.label, language), language, found)
    elif (passive := _passive(text, language)) is not None:
        verb_id, start, end = passive
        if found is None:
            found = find(text, language)
        out = [
            Addressee(f.entity, paragraph.id, verb_id, f.text)
            for f in found
            if start <= f.start and f.end <= end and f.entity.type not in ("event", "observance", "instrument")
        ]
    # the verbs further on in the paragraph: "Recognizes ..., and encourages States to ...",
    # "welcomes the proposals ..., inviting Member States to ...", 并鼓励所有国家...
    later = [m for m in _inner_verbs(language).finditer(text) if m.start("verb") > 0]
    if later:
        if found is None:
            found = find(text, language)
        seen = {(a.entity.id, a.verb) for a in out}
        for m in later:
            printed = identify(m.group("verb"), language)
            verb_id = printed.id if printed is not None else None
            if verb_id is None or not addressing(verb_id):
                continue
            asked = _after_verb(paragraph, verb_id, m.end("verb"), language, found)
            if not asked and _ASIDE_OPENS.match(text, m.end("verb")):
                # an aside between the verb and the asked: "рекомендует, принимая при этом к сведению
                # ..., всем заинтересованным сторонам", "ويشجع، مع التسليم ...، جميع أصحاب المصلحة"
                for comma in _COMMA.finditer(text, m.end("verb") + 1, min(len(text), m.end("verb") + 300)):
                    if _CLAUSE_STOP.search(text, m.end("verb"), comma.start()):
                        break
                    asked = _after_verb(paragraph, verb_id, comma.end(), language, found)
                    if asked:
                        break
            for a in asked:
                if (a.entity.id, a.verb) not in seen:
                    seen.add((a.entity.id, a.verb))
                    out.append(a)
    return out


# where a verb may stand inside a paragraph: after a clause's comma or semicolon, perhaps with "and"
_INNER_BEFORE = {
    "en": r"(?:[,;]\s*|\band\s+)(?:(?:and|also|further|accordingly|therefore|thus|in\s+this\s+regard|in\s+that\s+regard"
          r"|in\s+this\s+context|to\s+this\s+end|to\s+that\s+end),?\s+)*",
    "fr": r"(?:[,;]\s*|\bet\s+)(?:(?:et|également|en\s+outre|à\s+cet\s+égard)\s+)*",
    "es": r"(?:[,;]\s*|\b[ye]\s+)(?:(?:y|e|también|además|a\s+este\s+respecto|a\s+ese\s+respecto|en\s+este\s+sentido)\s+)*",
    "ru": r"(?:[,;]\s*|(?<!\w)и\s+)(?:(?:и|также|в\s+этой\s+связи|в\s+связи\s+с\s+этим)\s+)*",
    "ar": r"(?:[،,؛;]\s*|(?<!\w)و)(?:(?:أيضا|كذلك|في\s+هذا\s+الصدد)\s+)*",
    "zh": r"(?:[，；、]|并|还|又|也|并且|同时)(?:在这方面|在此方面|为此|因此)?(?:还|又|也|并)?",
}


_ASIDE_OPENS = re.compile(r"\s*[,،，]")
_COMMA = re.compile(r"[,،，]")
_CLAUSE_STOP = re.compile(r"[;؛；。]")


@cache
def _inner_verbs(language: str) -> re.Pattern[str]:
    """The printed forms of the addressing verbs, where a clause inside a paragraph may begin."""
    forms = {form for vid in _addressing_set() for form in vocabulary().concepts[vid].forms.get(language, ())}
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    after = "" if language == "zh" else r"(?!\w)"
    return re.compile(rf"(?:{_INNER_BEFORE[language]})(?P<verb>{alternation}){after}", re.I)


# "Reiterates its request to the Secretary-General", "its invitation to": the asked follow "to"/"upon"
_FIRST_JOINER = re.compile(r"\s*(?:to|upon)(?!\w)", re.I)


def _after_verb(paragraph: Paragraph, verb_id: str, pos: int, language: str, found: Sequence) -> list[Addressee]:
    """The chain of names right after the printed verb (ending at ``pos``), joined only by articles,
    "and", commas."""
    text = paragraph.text
    by_start: dict[int, object] = {}
    for f in found:
        by_start.setdefault(f.start, f)
    joiner = _JOINER_RE.get(language, _JOINER_RE["en"])
    one = _ONE_JOINER.get(language, _ONE_JOINER["en"])
    after = _AFTER.get(language)
    if language == "en" and (to := _FIRST_JOINER.match(text, pos)) and re.search(r"(?:request|invitation|call|appeal)s?\s*$", text[:pos], re.I):
        pos = to.end()
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
            out.append(Addressee(f.entity, paragraph.id, verb_id, f.text))
        pos = f.end
        limit = joiner.match(text, pos).end()
    return out


_LEAD_IN_END = re.compile(r"[:：]\s*$")


def carry_to_items(paragraphs: Sequence[Paragraph], addressees: list[Addressee]) -> list[Addressee]:
    """The addressees with those of each lead-in ("The Commission is encouraged:", 鼓励委员会：)
    carried to the items of its list that ask no one of their own: "(i) To continue its role...".
    Returns the list in paragraph order."""
    by_paragraph: dict[str, list[Addressee]] = {}
    for a in addressees:
        by_paragraph.setdefault(a.paragraph, []).append(a)
    by_id = {p.id: p for p in paragraphs}
    out: list[Addressee] = []
    for p in paragraphs:
        own = by_paragraph.get(p.id, [])
        if not own and p.kind == "subparagraph":
            lead = by_id.get(p.parent) if p.parent else None
            while lead is not None and not by_paragraph.get(lead.id):
                lead = by_id.get(lead.parent) if lead.parent else None  # an item of an item
            if lead is not None and _LEAD_IN_END.search(lead.text):
                own = [Addressee(a.entity, p.id, a.verb, a.as_printed) for a in by_paragraph[lead.id]]
                by_paragraph[p.id] = own
        out.extend(own)
    return out
