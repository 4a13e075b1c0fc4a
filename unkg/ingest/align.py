"""Cross-language alignment within one work: one IRI for one thing, whatever language names it.

The linker (``unkg.ingest.link``) reads each language version alone, so an entity or event no
registry knows gets an id made from its name in that language (``zh-16ff718751`` for
大会第二十四届特别会议, a slug of the English name in English) or from the dates the text prints: the
same meeting named by the English and the Chinese version of one resolution would be two nodes, the
Chinese one with its Chinese name standing as its English one (issue 11, points 1 and 3).

``align(records)`` takes the linked Records of the language versions of one work (in any order,
any number) and gives each unknown entity or event of a non-English version the identity of its
counterpart in the English version, keeping the name it prints as its own label (``label``, built
as a ``skos:prefLabel`` tagged with the version's language) and the English name as ``en``. What
the version's text states of an event (dates, place, edition) stays its own (DESIGN.md §7).

Counterparts are found paragraph by paragraph, since the six versions share the paragraph numbering
that the part IRIs are made of (DESIGN.md §3):

1. only records of the same symbol whose paragraph ids (nearly) agree are aligned, the others are
   left as they are (a file named like a sibling is no proof of being one); a version misnumbered in
   its metadata and heading alike that its file name and paragraphs show to be the English version's
   work takes the English symbol first (``settle_symbols``);
2. in one anchor (paragraph, footnote, title), what both versions name by the same id (the
   registries' entities, meetings numbered by their series, events minted from the same dates) is
   already aligned and is set aside;
3. of the rest, of one kind (event, observance, instrument, State, other actor), an unknown item of the
   version is paired with the English item (known or not) that prints the same edition number or
   the same start date, when exactly one does; unknown instruments, with the English instruments
   whose names' head noun is their own (宣言 a Declaration, 战略 a Strategy, قواعد Rules) and that agree
   on bearing the United Nations' name and on the cities they name, in order, when each side names as
   many (else, by the head alone, when it is the version's only one there); an instrument whose head
   is another's (北京战略, a Strategy) is no counterpart of it (the Beijing Declaration);
4. what remains is paired in the order the two texts name it, and only when the two versions name
   as many items of that kind there (or the version names as many as the English names registry
   items there: the English names one no registry holds that the version's reading missed) and no
   pair disagrees: on an edition or a start date both
   print, on the year that opens the name (2005年世界首脑会议, the 2005 World Summit), on what the
   head noun says it is (委员会 is a Committee or Commission, 论坛 a Forum, 峰会 a Summit), on
   whether a meeting is numbered at all. A paragraph that names something else in one language
   (an extra or a different meeting) is not aligned at all; a registry entity the version names
   elsewhere by its own registry name is no counterpart for one of its unknown names;
5. a version's item that found no English counterpart may still be paired, the same way, with an
   item of another version already aligned to English;
6. an id paired with exactly one counterpart in the record stands for it in its other paragraphs too;
7. the groups no registry holds that a version asks (Chinese: 国际捐助方) take the English groups the
   same paragraph asks with the same verb (or the verb in the same place, where a version prints another:
   « Invite » for "Encourages"), in order, when as many are left; the others are dropped; a
   registry body the version asks there that the English does not is the one registry body the English
   asks there that the version does not (``_align_groups``).

8. an instrument or a meeting no registry holds (not a body's numbered session) that the English names
   in an anchor where a French, Spanish, Russian, Arabic or Chinese version names none of its class is
   read in the version from its head noun (Plan de Acción, خطة عمل, Symposium; a Russian name from the
   adjectives before it: Мадридского плана действий; a Chinese one back to the words before it:
   官方统计基本原则), a meeting with what its clause states of it, when the version prints as many such
   heads there, outside what it already names, as the English names such items, and when the two
   names share a word (a city, a year) or the English one is long enough to be whole
   (``_read_unpaired``);
9. the adopting organ, or the United Nations, a version names in an anchor where the English names it
   not (大会第73/25号决议: "its resolution 73/25"; органам Организации Объединенных Наций: "United Nations
   bodies") is no mention there (``_align_own_organ``).

Items left unpaired keep the id the linker gave them. Known limit: only the versions read together
are aligned. ``unkg ingest`` reads together the files of one work given in the same run (the
siblings the UN's file naming shows: ``.../English/75_100_E.xml`` and ``.../Chinese/75_100_C.xml``)
and, for versions given without their English one, the English file beside them named so
(``unkg.pipeline.english_sibling``); a version ingested alone from anywhere else keeps its own ids.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from unkg.ingest.events import state_facts
from unkg.ingest.names import counterpart_name_end, counterpart_name_start
from unkg.ingest.shortnames import before_complement
from unkg.record import Entity, EventMention, Mention, Record
from unkg.reference import find_places, load
from unkg.symbols import file_name_number, symbol_number

PIVOT = "en"
# the share of paragraph ids two versions must have in common to be taken for one work
_SAME_PARAGRAPHS = 0.9


@dataclass
class _Item:
    """What one version names once in one anchor: its entity, kind, where it is printed and the
    edition and start date the text gives it (events)."""

    entity: Entity
    kind: str
    pos: int
    edition: str | None = None
    start: str | None = None
    minted_by_series: bool = False  # a meeting numbered by its series: its id is the same in every language
    year: str | None = None  # the year that opens the printed name: the 2005 World Summit, 2005年世界首脑会议
    head: str | None = None  # what its head noun says it is (``_HEADS``): committee, group, forum, summit, meeting...


_LEADING_YEAR = re.compile(r"^\W*(?:the\s+)?((?:19|20)\d\d)(?!\d)", re.I)


def _year(printed: str | None) -> str | None:
    m = _LEADING_YEAR.match(printed or "")
    return m.group(1) if m else None


# what a name's head noun says it is: an English name leads with its head ("Committee of Experts on
# ...", "high-level meeting of the General Assembly on ..."), a Chinese one ends with it, a French or
# Spanish one opens with it ("Grupo Asesor Especial sobre Haití" is a group, not the Council the
# English also names there); Russian and Arabic decline or prefix theirs and are not compared
_HEADS = {
    "en": [("summit", r"Summit"), ("committee", r"Committee|Commission"), ("council", r"Council"), ("board", r"Board"), ("group", r"Group|Panel"), ("forum", r"Forum"),
           ("meeting", r"Conference|Meeting|Session|Congress|Dialogue|Symposium|Assembly"),
           ("office", r"Office|Programme|Fund|Agency|Entity|Organization"), ("partnership", r"Partnership|Alliance|Coalition|Network")],
    "zh": [("summit", r"首脑会议|峰会"), ("committee", r"委员会"), ("council", r"理事会"), ("group", r"组"), ("forum", r"论坛"), ("meeting", r"会议|大会|对话会?"),
           ("office", r"办公室|办事处|规划署|计划署|基金|署|组织|机构"), ("partnership", r"伙伴关系|联盟|网络")],
    "fr": [("summit", r"Sommet"), ("committee", r"Comité|Commission"), ("council", r"Conseil"), ("group", r"Groupe"), ("forum", r"Forum"),
           ("meeting", r"Conférence|Réunion|Congrès|Dialogue|Colloque"), ("office", r"Bureau|Fonds|Agence|Organisation|Entité"),
           ("partnership", r"Partenariat|Alliance|Coalition|Réseau")],
    "es": [("summit", r"Cumbre"), ("committee", r"Comité|Comisión"), ("council", r"Consejo|Junta"), ("group", r"Grupo"), ("forum", r"Foro"),
           ("meeting", r"Conferencia|Reunión|Congreso|Diálogo|Simposio"), ("office", r"Oficina|Fondo|Organismo|Organización|Entidad"),
           ("partnership", r"Asociación|Alianza|Coalición|Red")],
}
_HEAD_RE = {
    "en": re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _HEADS["en"]) + r")\b", re.I),
    "zh": re.compile(r"(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _HEADS["zh"]) + r")$"),
    **{lang: re.compile(r"^(?:(?:la|le|les|el|los|las|l['’])\s*)?(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _HEADS[lang]) + r")(?!\w)", re.I)
       for lang in ("fr", "es")},
}


# ... and of an instrument's name, by class, in each language whose versions are paired by it (a
# Chinese name ends with it: 北京宣言, the Beijing Declaration and Platform for Action; an Arabic, French
# or Spanish name opens with it: إعلان بيجين, Déclaration de Beijing): used to pair, never to tell two
# apart (the Muscat Ministerial Manifesto is 马斯喀特部长级宣言). A class a language lacks is not
# compared (a Covenant is a 公约, as a Convention is). French and Spanish heads are capitalised.
_HEAD_WORDS: dict[str, dict[str, str]] = {
    "declaration": {"en": r"Declaration", "zh": r"宣言", "ar": r"إعلان(?!\s+(?:عام|سنة|العقد|عقد|يوم|اليوم|\d))", "fr": r"Déclaration", "es": r"Declaración", "ru": r"Деклараци[яиюей]"},
    "strategy": {"en": r"Strateg(?:y|ies)", "zh": r"战略", "ar": r"استراتيجي", "fr": r"Stratégies?", "es": r"Estrategias?", "ru": r"Стратеги(?:я|и|ю|ей|й|ям|ях)"},
    "framework": {"en": r"Framework", "zh": r"框架", "ar": r"إطار", "fr": r"Cadre", "es": r"Marco", "ru": r"Рамочн\w+"},
    "agenda": {"en": r"Agenda", "zh": r"议程", "fr": r"Agenda", "es": r"Agenda", "ru": r"Повестк[аиуе]\s+дня"},
    "convention": {"en": r"Conventions?", "zh": r"公约", "ar": r"اتفاقية", "fr": r"Conventions?", "es": r"Convenci(?:ón|ones)|Convenios?", "ru": r"Конвенци(?:я|и|ю|ей|й|ям|ях)"},
    "outcome": {"en": r"Outcomes", "zh": r"成果"},
    "programme": {"en": r"Programme\s+of\s+Action", "zh": r"行动纲领", "ar": r"(?:برنامج|منهاج)\s+عمل",
                  "fr": r"Programme\s+d['’]action", "es": r"Programa\s+de\s+Acción", "ru": r"Программ\w*\s+действий"},
    "plan": {"en": r"Plan\s+of\s+Action|Action\s+Plan", "zh": r"行动计划", "ar": r"خطة\s+عمل", "fr": r"Plan\s+d['’]action",
             "es": r"Plan\s+de\s+Acción", "ru": r"План\w*\s+действий"},
    "rules": {"en": r"Rules", "zh": r"规则", "ar": r"قواعد", "fr": r"Règles", "es": r"Reglas", "ru": r"Правил\w*"},
    "guidelines": {"en": r"Guidelines", "zh": r"准则|指南", "ar": r"مبادئ(?:\s+\S+){0,3}?\s+التوجيهية",
                   "fr": r"Principes\s+directeurs|Lignes\s+directrices|Directives", "es": r"Directrices|Principios\s+Rectores", "ru": r"Руководящ\w+\s+принцип\w*"},
    "principles": {"en": r"Principles", "zh": r"原则", "ar": r"مبادئ", "fr": r"Principes", "es": r"Principios", "ru": r"Принцип\w*"},
    "code": {"en": r"Code\s+of\s+Conduct", "zh": r"守则", "ar": r"مدونة", "fr": r"Code", "es": r"Código", "ru": r"Кодекс\w*"},
    "protocol": {"en": r"Protocols?", "zh": r"议定书", "ar": r"بروتوكول", "fr": r"Protocoles?", "es": r"Protocolos?", "ru": r"Протокол\w*"},
    "agreement": {"en": r"Agreement|Accord", "zh": r"协定|协议", "fr": r"Accord", "es": r"Acuerdo", "ru": r"Соглашени\w+"},
    "charter": {"en": r"Charter", "zh": r"宪章", "ar": r"ميثاق", "fr": r"Charte", "es": r"Carta", "ru": r"Харти\w+"},
    "compact": {"en": r"Compact|Covenant|Pact", "fr": r"Pacte", "es": r"Pacto", "ru": r"Пакт\w*"},
    "treaty": {"en": r"Treaty", "zh": r"条约", "ar": r"معاهدة", "fr": r"Traité", "es": r"Tratado", "ru": r"Договор\w*"},
    "statute": {"en": r"Statute", "zh": r"规约", "fr": r"Statut", "es": r"Estatuto", "ru": r"Статут\w*"},
    "roadmap": {"en": r"[Rr]oad\s*[Mm]ap", "zh": r"路线图", "ar": r"خريطة\s+الطريق", "fr": r"Feuille\s+de\s+route", "es": r"Hoja\s+de\s+Ruta", "ru": r"Дорожн\w+\s+карт\w+"},
    "initiative": {"en": r"Initiatives?", "zh": r"倡议", "ar": r"مبادرة", "fr": r"Initiative", "es": r"Iniciativa", "ru": r"Инициатив\w+"},
}


def _head_alternation(language: str) -> str:
    return "|".join(f"(?P<{c}>{forms[language]})" for c, forms in _HEAD_WORDS.items() if language in forms)


_INSTRUMENT_HEADS = {
    "en": re.compile(rf"\b(?:{_head_alternation('en')})\b", re.I),
    "zh": re.compile(rf"(?:{_head_alternation('zh')})$"),
    # an Arabic name opens with its head, after a conjunction or preposition (وقواعد, لإعلان)
    "ar": re.compile(rf"^[وفبل]?(?:ال)?(?:{_head_alternation('ar')})"),
}
# ... and where a head opens a name in a version's text (what ``_read_unpaired`` reads from): after a
# French or Spanish article, after an Arabic conjunction or preposition (والمبادئ, للمبادئ, بإعلان)
_HEADS_IN_TEXT = {
    "fr": re.compile(rf"(?<![\w'’])(?:{_head_alternation('fr')})(?![\w'’])"),
    "es": re.compile(rf"(?<![\w'’])(?:{_head_alternation('es')})(?![\w'’])"),
    "ar": re.compile(rf"(?<![\w])(?:[وف]?(?:[بل](?!ل))?)(?P<start>(?:ال|لل)?)(?:{_head_alternation('ar')})"),
    # a Chinese name ends with its head (官方统计基本原则, 重债穷国倡议), not one of a longer word (原则性)
    "zh": re.compile(rf"(?:{_head_alternation('zh')})(?![性上下])"),
    # a Russian name may open with adjectives before its head, in lower case (Мадридский международный план
    # действий): the head is read in any case, the name's start by ``counterpart_name_start``
    "ru": re.compile(rf"(?<![\w])(?:{_head_alternation('ru')})(?![\w])", re.I),
}
# where an English name's complement begins: its head is the last one before ("Durban Declaration and
# Programme of Action" is a programme, as 德班宣言和行动纲领 is)
_EN_COMPLEMENT = re.compile(r"\s(?:on|of|for|concerning|to|against)\s(?!Action\b)")


_CJK = re.compile(r"[\u4e00-\u9fff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _script(label: str) -> str:
    """The language whose head nouns a label is read by: Chinese, Arabic, else English."""
    return "zh" if _CJK.search(label) else "ar" if _ARABIC.search(label) else "en"


def _instrument_head(name: str | None, language: str, first: bool = False) -> str | None:
    """The class of an instrument name's head noun. An English name may join two ("Durban Declaration
    and Programme of Action", "Principles and Guidelines on ..."): its last before the complement is the
    one a Chinese name ends with, its ``first`` the one an Arabic name opens with."""
    pattern = _INSTRUMENT_HEADS.get(language)
    if pattern is None or not name:
        return None
    if language != "en":
        m = pattern.search(name)
        return m.lastgroup if m else None
    before = _en_heads(name)
    if before:
        return before[0] if first else before[-1]
    m = pattern.search(name)
    return m.lastgroup if m else None


def _en_heads(name: str | None) -> list[str]:
    """The classes of the head nouns an English instrument name has before its complement, in order
    (a Declaration and a Programme of Action)."""
    complement = _EN_COMPLEMENT.search(name or "")
    return [m.lastgroup for m in _INSTRUMENT_HEADS["en"].finditer(name or "")
            if m.lastgroup and (complement is None or m.start() < complement.start())]


# what an instrument's name says of it in any language, besides its head: whether it is the United
# Nations' (United Nations Rules ..., قواعد الأمم المتحدة ..., 联合国...) and the cities it names (Beijing
# Declaration, 北京宣言, إعلان بيجين)
_UN_NAMED = {"en": "United Nations", "zh": "联合国", "ar": "الأمم المتحدة"}


@lru_cache(maxsize=1 << 12)  # the same names, compared with each item of their head
def _marks(name: str | None, language: str) -> tuple[bool, frozenset[str]]:
    name = name or ""
    return _UN_NAMED[language] in name, frozenset(p.id for _, _, p in find_places(name, language))


def _head(name: str | None, language: str) -> str | None:
    """The class of a name's head noun, or None where the name has none the table knows. An English
    name's head is the last of its words before its first complement ("Inter-Agency Coordination
    *Group*", "*secretariat* of the Scientific Committee", which the table does not know)."""
    pattern = _HEAD_RE.get(language)
    if pattern is None or not name:
        return None
    if language == "en":
        m = None
        for m in pattern.finditer(before_complement(name)):
            pass
    else:
        m = pattern.search(name)
    return m.lastgroup if m else None



def _kind(entity: Entity) -> str:
    if entity.type == "observance":
        return "observance"  # a day is paired with a day, a meeting with a meeting (纪念...日之际召开...会议)
    if entity.type == "event":
        return "event"
    if entity.type in ("instrument", "publication"):
        return "instrument"
    if entity.type == "member-state":
        return "state"
    return "actor"


def _texts(record: Record) -> dict[str, str]:
    out = {"title": record.title or ""}
    out.update((p.id, p.text) for p in record.paragraphs)
    out.update((f"fn:{f.number}", f.text) for f in record.footnotes)
    return out


def _items(record: Record) -> dict[str, dict[str, _Item]]:
    """anchor -> entity id -> item: the events and mentions of each anchor, groups left out (a group
    of actors is not one entity), in the order the text prints them."""
    texts = _texts(record)
    out: dict[str, dict[str, _Item]] = {}
    lang = record.language

    def where(anchor: str, printed: str | None, fallback: int) -> int:
        pos = texts.get(anchor, "").find(printed) if printed else -1
        return pos if pos >= 0 else 10**6 + fallback

    for i, ev in enumerate(record.events):
        here = out.setdefault(ev.paragraph, {})
        if ev.entity.group or ev.entity.id in here:
            continue
        here[ev.entity.id] = _Item(ev.entity, _kind(ev.entity), where(ev.paragraph, ev.as_printed or ev.entity.label, i),
                                   ev.edition, ev.start, ev.series is not None, _year(ev.as_printed or ev.entity.label),
                                   _head(ev.entity.label, lang))
    for i, m in enumerate(record.mentions):
        here = out.setdefault(m.paragraph, {})
        if m.entity.group:
            continue
        pos = where(m.paragraph, m.as_printed, i)
        if m.entity.id in here:
            here[m.entity.id].pos = min(here[m.entity.id].pos, pos)
            continue
        here[m.entity.id] = _Item(m.entity, _kind(m.entity), pos, year=_year(m.as_printed), head=_head(m.entity.label, lang))
    return out


def _same_work(a: Record, b: Record) -> bool:
    """The same symbol and (nearly) the same paragraph ids: two versions of one work."""
    return a.symbol == b.symbol and _same_paragraphs(a, b)


def _same_paragraphs(a: Record, b: Record) -> bool:
    ids_a, ids_b = {p.id for p in a.paragraphs}, {p.id for p in b.paragraphs}
    if not ids_a or not ids_b:
        return not ids_a and not ids_b
    return len(ids_a & ids_b) >= _SAME_PARAGRAPHS * max(len(ids_a), len(ids_b))


def _agree(own: _Item, ref: _Item) -> bool:
    """Nothing both print differs: the edition, the start date, the year opening an event's name, what
    the own name's head noun says it is (a committee, a forum, a summit...: the counterpart's
    English name says the same); and a meeting the text numbers is numbered in both (an unknown
    one's edition is the text's, a registry's is the registry's)."""
    if own.head and own.head != (theirs := _head(ref.entity.en, "en")) and (theirs or _script(own.entity.label) == "zh") \
            and not (theirs == "board" and own.head in ("committee", "council")):
        # (a French or Spanish head against an English name the table does not know is not compared; a
        # Board is a 委员会 or a 理事会, a Comité or a Conseil: the Gender Advisory Board, the Trade and Development Board)
        return False
    script = _script(own.entity.label)
    if own.kind == "instrument" and (mine := _instrument_head(own.entity.label, script)) \
            and (theirs := [c for c in _en_heads(ref.entity.en) if script in _HEAD_WORDS[c]]) and mine not in theirs:
        return False  # 北京战略 is no Declaration, whatever city both name
    if own.edition and ref.edition and str(own.edition) != str(ref.edition):
        return False
    if own.start and ref.start and own.start != ref.start:
        return False
    # an instrument's name puts its year where its language puts it (2021-2026年全球艾滋病战略, the
    # Global AIDS Strategy 2021–2026): only an event's opening year is compared
    if own.kind != "instrument" and (own.year or ref.year) and own.year != ref.year:
        return False
    return not (own.kind == "event" and not ref.entity.known and bool(own.edition) != bool(ref.edition))


def _pair(own: list[_Item], ref: list[_Item]) -> list[tuple[_Item, _Item]]:
    """Pairs (own, counterpart) of one kind in one anchor: by a shared edition or start date, then
    in order when as many remain on each side and none disagree (steps 3 and 4 above)."""
    pairs: list[tuple[_Item, _Item]] = []
    own, ref = list(own), list(ref)
    for o in list(own):
        if not (o.edition or o.start):
            continue
        hits = [r for r in ref if _agree(o, r) and ((o.edition and r.edition) or (o.start and r.start))]
        if len(hits) == 1 and sum(_agree(x, hits[0]) and bool((x.edition and hits[0].edition) or (x.start and hits[0].start))
                                  for x in own) == 1:
            pairs.append((o, hits[0]))
            own.remove(o)
            ref.remove(hits[0])
    # an instrument by its head noun and marks: of each head, the items whose names agree on the United
    # Nations and the cities they name, in order, when each side names as many (قواعد الأمم المتحدة ... twice:
    # the United Nations' rules on juvenile justice and on juveniles deprived of their liberty)
    lang = {id(o): _script(o.entity.label) for o in own if o.kind == "instrument"}
    heads = {id(o): _instrument_head(o.entity.label, lang[id(o)]) for o in own if o.kind == "instrument"}

    def ref_head(r: _Item, o: _Item) -> str | None:
        return _instrument_head(r.entity.en, "en", first=lang[id(o)] == "ar")

    keys = {id(o): (heads[id(o)], _marks(o.entity.label, lang[id(o)])) for o in own if heads.get(id(o))}
    for key in set(keys.values()):
        mine = sorted((o for o in own if keys.get(id(o)) == key), key=lambda x: x.pos)
        theirs = sorted((r for r in ref if r.kind == "instrument" and ref_head(r, mine[0]) == key[0]
                         and _marks(r.entity.en, "en") == key[1]), key=lambda x: x.pos)
        if len(mine) == len(theirs) and all(_agree(o, r) for o, r in zip(mine, theirs)):
            for o, r in zip(mine, theirs):
                pairs.append((o, r))
                own.remove(o)
                ref.remove(r)
    # ... else by its head noun alone, when one item on each side has it (北京宣言 is the Beijing
    # Declaration and Platform for Action, not the Nairobi Forward-looking Strategies)
    for o in [o for o in own if heads.get(id(o))]:
        hits = [r for r in ref if ref_head(r, o) == heads[id(o)] and _agree(o, r)]
        if len(hits) > 1:  # the registry's, which the version's reading did not know by this name
            hits = [r for r in hits if r.entity.known]
        if len(hits) == 1 and sum(heads.get(id(x)) == heads[id(o)] for x in own) == 1:
            pairs.append((o, hits[0]))
            own.remove(o)
            ref.remove(hits[0])
    # in order: with all that remain, or else with the registry's items alone, when as many (the version
    # may miss a name the English has that no registry holds: "the outcomes of the twenty-third
    # special session" beside the Beijing Declaration, which 北京宣言 names)
    for side in (ref, [r for r in ref if r.entity.known]):
        if own and len(own) == len(side):
            ordered = list(zip(sorted(own, key=lambda x: x.pos), sorted(side, key=lambda x: x.pos)))
            if all(_agree(o, r) for o, r in ordered):
                pairs.extend(ordered)
                break
    return pairs


def _candidate(item: _Item) -> bool:
    """An item whose id is the version's own: unknown to the registries and not a series' meeting."""
    return not item.entity.known and not item.minted_by_series


def _counterparts(own: dict[str, dict[str, _Item]], ref: dict[str, dict[str, _Item]], done: set[tuple[str, str]]) -> dict[tuple[str, str], Entity]:
    """(anchor, own id) -> the counterpart's entity, for the own items not ``done``. A registry
    entity the version names by its registry name somewhere is no counterpart: its unknown names
    mean something else (联合国... absorbed into a longer name is not the United Nations)."""
    out: dict[tuple[str, str], Entity] = {}
    named = {i for items in own.values() for i, x in items.items() if x.entity.known}
    for anchor, items in own.items():
        theirs = ref.get(anchor)
        if not theirs:
            continue
        for kind in ("event", "observance", "instrument", "state", "actor"):
            mine = [x for i, x in items.items() if x.kind == kind and i not in theirs and _candidate(x) and (anchor, i) not in done]
            if not mine:
                continue
            # known items of this version the other does not name are the registries' finds, not candidates
            other = [x for i, x in theirs.items() if x.kind == kind and i not in items and not (x.entity.known and i in named)]
            for o, r in _pair(mine, other):
                out[(anchor, o.entity.id)] = r.entity
    return out


def _most_printed(names: Counter[str]) -> str:
    """The name a version prints most often for one thing, then the shortest: its one label there."""
    return min(names, key=lambda name: (-names[name], len(name), name))


def _apply(record: Record, mapping: dict[tuple[str, str], Entity]) -> None:
    """Give every entity of the record its counterpart's identity (id, type, English name...): in
    the anchors where it was paired, and everywhere in the record when it was paired with one
    counterpart only. Its label is the name this version prints for it, one per counterpart (the
    one printed most often, then the shortest), so that a graph gives a node one name per language."""
    if not mapping:
        return
    targets: dict[str, set[str]] = {}
    for (_, old), new in mapping.items():
        targets.setdefault(old, set()).add(new.id)
    anywhere = {old: next(new for (_, o), new in mapping.items() if o == old) for old, ids in targets.items() if len(ids) == 1}

    def target(anchor: str, entity: Entity | None) -> Entity | None:
        if entity is None or entity.known:
            return None
        return mapping.get((anchor, entity.id)) or anywhere.get(entity.id)

    where = [(m.paragraph, m.entity) for m in record.mentions] + [(e.paragraph, e.entity) for e in record.events]
    printed: dict[str, Counter[str]] = {}
    for anchor, entity in where:
        if (new := target(anchor, entity)) is not None:
            printed.setdefault(new.id, Counter())[entity.label] += 1
    label = {i: _most_printed(c) for i, c in printed.items()}

    def to(anchor: str, entity: Entity | None) -> Entity | None:
        new = target(anchor, entity)
        return entity if new is None else replace(new, label=label.get(new.id, entity.label))

    seen: set[tuple[str, str, str]] = set()
    mentions = []
    for m in record.mentions:
        m.entity = to(m.paragraph, m.entity)
        if (m.entity.id, m.paragraph, m.as_printed) not in seen:
            seen.add((m.entity.id, m.paragraph, m.as_printed))
            mentions.append(m)
    record.mentions = mentions
    keys: set[tuple[str, str]] = set()
    events = []
    for ev in record.events:
        ev.entity = to(ev.paragraph, ev.entity)
        ev.series, ev.organizer = to(ev.paragraph, ev.series), to(ev.paragraph, ev.organizer)
        if (ev.entity.id, ev.paragraph) not in keys:
            keys.add((ev.entity.id, ev.paragraph))
            events.append(ev)
    record.events = events
    asks: set[tuple[str, str, str]] = set()
    addressees = []
    for a in record.addressees:
        a.entity, a.report_to = to(a.paragraph, a.entity), to(a.paragraph, a.report_to)
        if (a.paragraph, a.entity.id, a.verb) not in asks:
            asks.add((a.paragraph, a.entity.id, a.verb))
            addressees.append(a)
    record.addressees = addressees


def settle_symbols(records: Sequence[Record]) -> None:
    """Step 0: a version whose metadata and printed heading both give it another number than its file
    name does, where an English version read with it is filed and numbered under the file name's
    number and shares its paragraphs, is that English version's work and takes its symbol, with a
    warning (A/RES/78/130 in French prints "78/13." above its title and in its metadata: read alone it
    would be the French version of another resolution, A/RES/78/13)."""
    pivots = [r for r in records if r.language == PIVOT and r.source is not None
              and file_name_number(r.source.file) == symbol_number(r.symbol)]
    for r in records:
        if r.language == PIVOT or r.source is None:
            continue
        named = file_name_number(r.source.file)
        if named is None or named == symbol_number(r.symbol):
            continue
        found = [p for p in pivots if symbol_number(p.symbol) == named and _same_paragraphs(p, r)]
        if len(found) == 1:
            r.warnings.append(f"the document says {r.symbol}, its file name and its English version {found[0].symbol}, "
                              f"whose paragraphs it shares: read as {found[0].symbol}")
            r.symbol, r.number = found[0].symbol, found[0].number


def align(records: Sequence[Record]) -> list[Record]:
    """Align the unknown entities and events of the language versions of each work among
    ``records`` with the English version's (the module's docstring gives the rules). Records of
    other works, or of a work without an English version, are left as they are. Changes the records
    in place and returns them."""
    settle_symbols(records)
    by_symbol: dict[str, list[Record]] = {}
    for r in records:
        by_symbol.setdefault(r.symbol, []).append(r)
    for versions in by_symbol.values():
        pivot = next((r for r in versions if r.language == PIVOT), None)
        if pivot is None:
            continue
        others = [r for r in versions if r is not pivot and r.language != PIVOT and _same_work(pivot, r)]
        if not others:
            continue
        ref = _items(pivot)
        found: dict[int, dict[tuple[str, str], Entity]] = {}
        for r in others:
            found[id(r)] = _counterparts(_items(r), ref, set())
        for r in others:  # step 5: via another version aligned to English
            mine, own = found[id(r)], None
            for o in others:
                if o is r or not found[id(o)]:
                    continue
                own = own or _items(r)
                taken = {(a, e.id) for (a, _), e in mine.items()}
                via: dict[str, dict[str, _Item]] = {}
                for a, items in _items(o).items():
                    for i, x in items.items():
                        e = found[id(o)].get((a, i))
                        if e is not None and (a, e.id) not in taken:
                            via.setdefault(a, {})[e.id] = replace(x, entity=e)
                for key, entity in _counterparts(own, via, set(mine)).items():
                    mine.setdefault(key, entity)
        for r in others:
            _apply(r, found[id(r)])
            _align_groups(r, pivot)
            _align_short_names(r, pivot)
            _read_unpaired(r, pivot)
            _align_own_organ(r, pivot)
    return list(records)


def _align_own_organ(record: Record, pivot: Record) -> None:
    """Step 9: the adopting organ a version names where the English calls it "it" (大会第73/25号决议,
    其中大会宣布 in a General Assembly resolution: "its resolution 73/25, by which it proclaimed"), and the
    United Nations a version names where the English prints it as a modifier (органам Организации
    Объединенных Наций, "United Nations bodies"; 联合国各实体), are no mention there, as in the English:
    the paragraph names the same things in every language."""
    ids = {"un"} | ({record.adopted_by.id} if record.adopted_by is not None else set())
    english = {(m.paragraph, m.entity.id) for m in pivot.mentions if m.entity.id in ids}
    record.mentions = [m for m in record.mentions if m.entity.id not in ids or (m.paragraph, m.entity.id) in english]


def _read_unpaired(record: Record, pivot: Record) -> None:
    """Step 8: the instruments and meetings no registry holds that the English version names in an
    anchor where a French, Spanish, Russian, Arabic or Chinese version's reading found no counterpart
    are read in the version from their head noun (``_HEADS_IN_TEXT``, ``_EVENT_HEADS_IN_TEXT``, outside
    what the version already names), of each class in the order both print them, when the version
    prints as many such heads as the English names such items; the name runs as
    ``unkg.ingest.names.counterpart_name_end`` reads it. Each takes the English item's identity (a
    meeting its edition and series too, not the dates and place only a text can state) and, as its
    label, the name the version prints most often. The items of one English list printed once share
    one head of the version (关于...、关于...和关于...的高级别会议); a name the version prints again, or its
    last words, counts once; a name the version's own reading found and paired with nothing is read
    again as the English's (its own reading is the evidence a shorter English name lacks)."""
    if record.language not in _HEADS_IN_TEXT:
        return
    have = {(m.paragraph, m.entity.id) for m in record.mentions} | {(e.paragraph, e.entity.id) for e in record.events}
    instruments = [m for m in pivot.mentions if m.entity.type == "instrument" and not m.entity.known]
    # a meeting named by its own name (a summit, a conference), not a body's numbered session
    events = [e for e in pivot.events if not e.entity.known and e.series is None and e.as_printed
              and not re.search(r"\bsession\b", e.as_printed)]
    texts, english = _texts(record), _texts(pivot)
    taken: dict[str, list[tuple[int, int]]] = {}
    own_id = f"{record.language}-"  # a name the version read that pairs with nothing: read again, as the English's

    def unpaired(m) -> bool:
        return not m.entity.known and m.entity.id.startswith(own_id)

    read_alone = {(m.paragraph, m.as_printed) for m in [*record.mentions, *record.events] if unpaired(m)}
    for anchor, printed in [(m.paragraph, m.as_printed) for m in [*record.mentions, *record.events] if not unpaired(m)]:
        if printed and anchor in texts:
            taken.setdefault(anchor, []).extend((i, i + len(printed)) for i in _occurrences(texts[anchor], printed))
    first = record.language != "zh"  # a Chinese name ends with the head an English one has last
    added: list = []
    for items, heads_in_text, english_class, make in (
        (instruments, _HEADS_IN_TEXT[record.language],
         lambda name: _instrument_head(name, "en", first=first),
         lambda m, anchor, printed: Mention(m.entity, anchor, printed)),
        (events, _EVENT_HEADS_IN_TEXT[record.language],
         lambda name: ("highlevel" if first and _HIGH_LEVEL.search(_before_english_complement(name)) else
                       h.lastgroup if (h := (_EVENT_CLASS if first else _EVENT_CLASS_ANY_CASE).search(_before_english_complement(name)))
                       else None),
         lambda e, anchor, printed: EventMention(e.entity, anchor, edition=e.edition, series=e.series, as_printed=printed)),
    ):
        wanted: dict[str, dict[str, object]] = {}
        for m in items:
            if (m.paragraph, m.entity.id) not in have:
                wanted.setdefault(m.paragraph, {}).setdefault(m.entity.id, m)
        for anchor, missing in wanted.items():
            text = texts.get(anchor)
            if not text:
                continue
            ours: dict[str, list] = {}
            for m in sorted(missing.values(), key=lambda m: english.get(anchor, "").find(m.as_printed)):
                if (cls := english_class(m.as_printed) or english_class(m.entity.en)):
                    ours.setdefault(cls, []).append(m)
            enumeration = any("," in m.as_printed for m in missing.values())
            heads: dict[str, list[tuple[int, int]]] = {}  # class -> (where the name starts, where its head ends)
            for h in heads_in_text.finditer(text):
                head_start = h.start("start") if "start" in h.re.groupindex else h.start()
                if any(a <= h.start() < b or a < h.end() <= b for a, b in taken.get(anchor, ())):
                    continue
                # (a high-level meeting's head is where its name starts, in lower case, adjectives and all)
                if (start := head_start if h.lastgroup == "highlevel" else
                        counterpart_name_start(text, head_start, record.language, enumeration)) is not None:
                    heads.setdefault(h.lastgroup, []).append((start, h.end()))
            for cls, items in ours.items():
                # the items of one coordinated list the English prints once ("the 2023 high-level meetings of
                # the General Assembly on X, on Y and on Z") share one name in the version (...关于X、关于Y和关于Z的高级别会议)
                group: list[list] = []
                for m in items:
                    if group and group[-1][0].as_printed == m.as_printed:
                        group[-1].append(m)
                    else:
                        group.append([m])
                found, names = [], []
                for start, head_end in heads.get(cls, []):
                    name = text[start:head_end]
                    if any(n.endswith(name) for n in names):
                        continue  # the name again, or its last words (全球行动计划 after 抗微生物药物耐药性全球行动计划)
                    names.append(name)
                    found.append((start, head_end))
                if len(found) != len(group):
                    continue
                for (start, head_end), listed in zip(found, group):
                    m = listed[0]
                    end = counterpart_name_end(text, start, head_end, record.language, m.as_printed)
                    # (a year Chinese prints before a title qualifies it as the English year inside the name:
                    # 2021年《政治宣言》, "the 2021 Political Declaration")
                    year = _ZH_YEAR_BEFORE.search(text, max(0, start - 8), start) if record.language == "zh" else None
                    # (a name the version read itself, paired with nothing, is a name: its head is evidence enough)
                    if end is not None and (_corresponds(m.as_printed, (year.group(1) + " " if year else "") + text[start:end])
                                            or (anchor, text[start:end]) in read_alone):
                        for one in listed:
                            item = make(one, anchor, text[start:end])
                            if isinstance(item, EventMention):  # the dates and place its own clause states
                                state_facts(item, text, start, end, record.language)
                            added.append(item)
                        taken.setdefault(anchor, []).append((start, end))
    ids = {m.entity.id for m in added}
    labels: dict[str, Counter[str]] = {}
    for m in [*record.mentions, *record.events]:
        if m.as_printed and m.entity.id in ids:
            labels.setdefault(m.entity.id, Counter())[m.entity.label] += 1
    own = set(labels)  # an item the version names elsewhere keeps the name it prints there
    for m in added:
        if m.entity.id not in own:
            labels.setdefault(m.entity.id, Counter())[m.as_printed] += 1
    for m in added:
        m.entity = replace(m.entity, label=_most_printed(labels[m.entity.id]))
    replaced = {(m.paragraph, m.as_printed) for m in added}
    record.mentions = [m for m in record.mentions if not (unpaired(m) and (m.paragraph, m.as_printed) in replaced)]
    record.events = [e for e in record.events if not (unpaired(e) and (e.paragraph, e.as_printed) in replaced)]
    record.mentions.extend(m for m in added if isinstance(m, Mention))
    record.events.extend(m for m in added if isinstance(m, EventMention))


# what an English meeting's name says it is, before its complement (the World Summit on the Information
# Society is a summit), and where the versions print that head: in French, Spanish, Arabic and Russian the
# name opens with it, in Chinese it ends with it
_EVENT_CLASS_WORDS = (r"\b(?:(?P<summit>Summits?)|(?P<meeting>(?:Conference|Congress|Meeting|Symposium)s?|Symposia)|(?P<forum>Forums?)"
                      r"|(?P<dialogue>Dialogues?))\b")
_EVENT_CLASS = re.compile(_EVENT_CLASS_WORDS)
# ... in lower case too where the version prints its head whatever the case (Chinese): the French, Spanish,
# Russian and Arabic heads read are capitalised, a name in lower case ("the high-level plenary meeting")
# is none of theirs
_EVENT_CLASS_ANY_CASE = re.compile(_EVENT_CLASS_WORDS, re.I)
# ... and a high-level meeting (dialogue, debate), which the English and its versions name in lower case
# (a "réunion de haut niveau sur ...", "reunión de alto nivel sobre ...", "заседание высокого уровня по
# ...", "الاجتماع الرفيع المستوى بشأن ..."), a class of its own in the versions that open a name with its
# head, whatever else its English name's words say (a "High-level Meeting" may be a Réunion de haut niveau)
_HIGH_LEVEL = re.compile(r"\bhigh-level\s+(?:[a-z]+\s+)?(?:meeting|dialogue|debate)s?\b", re.I)
_EVENT_HEADS_IN_TEXT = {
    "fr": re.compile(r"(?<![\w'’])(?:(?P<highlevel>(?i:réunion|dialogue|débat|séance)s?\s+(?:[a-zéè]+\s+)?de\s+haut\s+niveau)|(?P<summit>Sommet)|(?P<meeting>Conférence|Congrès|Réunion|Symposium|Colloque)|(?P<forum>Forum)|(?P<dialogue>Dialogue))(?![\w'’])"),
    "es": re.compile(r"(?<![\w'’])(?:(?P<highlevel>(?i:reuni[oó]n|reuniones|di[aá]logo|debate|sesi[oó]n)s?\s+(?:[a-záéíóú]+\s+)?de\s+alto\s+nivel)|(?P<summit>Cumbre)|(?P<meeting>Conferencia|Congreso|Reunión|Simposio)|(?P<forum>Foro)|(?P<dialogue>Diálogo))(?![\w'’])"),
    "ru": re.compile(r"(?<![\w])(?:(?P<highlevel>(?:(?:пленарн|интерактивн)\w+\s+)?(?:заседани|совещани|диалог|прени)\w*\s+(?:высокого\s+уровня|на\s+высоком\s+уровне))|(?P<summit>Встреч\w*\s+на\s+высшем\s+уровне|Саммит\w*)|(?P<meeting>Конференци\w+|Конгресс\w*|Совещани\w+|Симпозиум\w*)"
                     r"|(?P<forum>Форум\w*)|(?P<dialogue>Диалог\w*))(?![\w])", re.I),
    "ar": re.compile(r"(?<![\w])(?:[وف]?(?:[بل](?!ل))?)(?P<start>(?:ال|لل)?)(?:(?P<highlevel>(?:اجتماع|حوار|مناقشة|جلسة)\S*(?:\s+\S+){0,2}?\s+(?:ال)?رفيعة?\s+(?:ال)?مستوى)|(?P<summit>(?:مؤتمر\s+)?قمة)|(?P<meeting>مؤتمر|اجتماع|ندوة)"
                     r"|(?P<forum>منتدى)|(?P<dialogue>حوار))(?![\w])"),
    "zh": re.compile(r"(?:(?P<summit>首脑会议|峰会)|(?P<meeting>(?<!首脑)会议(?![室上期])|大会(?!第)|研讨会)|(?P<forum>论坛)|(?P<dialogue>对话(?:会)?))"),
}


def _before_english_complement(name: str | None) -> str:
    """An English name's words before its complement ("World Summit [on the Information Society]")."""
    return _EN_COMPLEMENT.split(name or "", maxsplit=1)[0]


_WORD = re.compile(r"[\w’'‑-]+")


_ZH_YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)\s*年\s*《?$")


def _corresponds(english: str, printed: str) -> bool:
    """Evidence beyond their head nouns that two names are one: a word both print (a city, a year,
    an acronym), or an English name of four words or more (a name read short in English, "the
    Catalytic Framework" of a longer one, is too often not what the version names there)."""
    words = [w for w in _WORD.findall(english) if w.casefold() != "the"]
    shared = {w.casefold() for w in words if len(w) > 2} & {w.casefold() for w in _WORD.findall(printed)}
    return bool(shared) or len(words) >= 4


def _occurrences(text: str, part: str) -> list[int]:
    out, i = [], text.find(part)
    while i >= 0:
        out.append(i)
        i = text.find(part, i + 1)
    return out


def _align_short_names(record: Record, pivot: Record) -> None:
    """A body a version names in a paragraph by a short name (论坛, اللجنة: a head noun the document
    resolved to the body of that head named last) where the English names another body of the same head
    that the version does not name there, and neither names any other such: the English one, which
    its own reading resolved by the English names (E/RES/2024/15 op:31 "Invites the Forum:", the Forum on
    Forests, which the Chinese reading took for the high-level political forum named just before)."""
    def by_anchor(rec: Record) -> dict[str, list]:  # its mentions and asks, by anchor (read once, not once an anchor)
        out: dict[str, list] = {}
        for item in [*rec.mentions, *rec.addressees]:
            out.setdefault(item.paragraph, []).append(item)
        return out

    def actors(items: list) -> dict[str, Entity]:
        out = {item.entity.id: item.entity for item in items}
        return {i: e for i, e in out.items() if e.known and not e.group and _kind(e) == "actor"}

    def short(printed: str | None, entity: Entity) -> bool:
        return bool(printed) and len(printed.strip()) * 2 <= len(entity.label)

    english = by_anchor(pivot)
    swaps: dict[tuple[str, str], Entity] = {}
    for anchor, items in by_anchor(record).items():
        mine, theirs = actors(items), actors(english.get(anchor, []))
        own = [e for i, e in mine.items() if i not in theirs]
        other = [e for i, e in theirs.items() if i not in mine]
        if len(own) != 1 or len(other) != 1 or _head(own[0].en, "en") is None or _head(own[0].en, "en") != _head(other[0].en, "en"):
            continue
        printed = [item.as_printed for item in items if item.entity.id == own[0].id]
        if printed and all(short(p, own[0]) for p in printed):
            swaps[(anchor, own[0].id)] = other[0]
    for item in [*record.mentions, *record.addressees]:
        if (new := swaps.get((item.paragraph, item.entity.id))) is not None:
            entry = load().get(new.id)  # (the English entity is the registry's: its name in the version's language)
            item.entity = entry.entity(record.language, record.date) if entry is not None else new


def _narrows(group: Entity, known: Entity) -> bool:
    """Whether the English name of a group no registry holds has the head of a registry group's, its last
    word, as its own head, its last word before a complement or a relative clause ("nuclear-weapon
    States", "signatory States in a position to do so", "African States that have not yet done so" are
    States; "development partners of graduating countries" are no countries)."""
    head = (known.en or "").split()[-1:]
    own = re.split(r"\s+(?:that|which|who|whose)\s", before_complement(group.en or ""), maxsplit=1)[0].split()[-1:]
    return bool(head) and own == head


_ACTOR_TYPES = ("body", "office", "programme", "forum", "partnership")


def _align_groups(record: Record, pivot: Record) -> None:
    """The groups no registry holds that a version asks (国际捐助方, 金融机构: ``unkg.ingest.addressees``),
    a registry's group where each version asks only one, another (各国 for "Member States"), and a registry
    body where each asks only one the other does not (« les organismes des Nations Unies », "the United Nations"), take
    the English version's groups: in one paragraph and for one verb, those the English asks
    that the version does not ask by the same id, in the order both print them, when as many of
    each are left; a group left without an English counterpart is dropped."""
    english: dict[tuple[str, str], list[Entity]] = {}
    for a in pivot.addressees:
        english.setdefault((a.paragraph, a.verb), []).append(a.entity)
    own: dict[tuple[str, str], list] = {}
    for a in record.addressees:
        own.setdefault((a.paragraph, a.verb), []).append(a)
    # a version may print another verb for the English one (« Invite » for "Encourages", "Insta" for "Calls
    # upon"): where a paragraph asks with as many verbs in both, the version's take the English ones in order
    verbs = {key: key for key in own}
    for paragraph in {p for p, _ in own}:
        mine = [key for key in own if key[0] == paragraph]
        theirs = [key for key in english if key[0] == paragraph]
        if len(mine) == len(theirs) and set(mine) != set(theirs):
            verbs.update(zip(mine, theirs))
    own = {verbs[key]: asks for key, asks in own.items()}
    for key, asks in own.items():
        # a registry body a version asks where the English asks a group no registry holds that holds its name
        # (联合国系统所有相关实体, read as the United Nations system: "all relevant entities of the United Nations system");
        # a registry group is another's only by its head (``_narrows``: "partners of nuclear-weapon States" are no States)
        mine, english_ids = {a.entity.id for a in asks}, {e.id for e in english.get(key, [])}
        for a in asks:
            if not a.entity.known or a.entity.group or a.entity.id in english_ids:
                continue
            holding = [e for e in english.get(key, []) if e.group and not e.known and e.id not in mine
                       and (a.entity.en or "\x00").casefold() in (e.en or "").casefold()]
            if len(holding) == 1:
                a.entity = replace(holding[0], label=a.as_printed or a.entity.label)
                mine.add(holding[0].id)
        bodies = [a for a in asks if a.entity.known and not a.entity.group and a.entity.id not in english_ids]
        others = [e for e in english.get(key, []) if e.known and not e.group and e.id not in mine]
        if len(bodies) == len(others) == 1 and bodies[0].entity.type in _ACTOR_TYPES and others[0].type in _ACTOR_TYPES:
            # a registry body, the one the version asks there that the English does not, where the English asks
            # one the version does not: the version's words for it (« les organismes des Nations Unies » where the
            # English asks "the United Nations")
            entry = load().get(others[0].id)
            bodies[0].entity = entry.entity(record.language, record.date) if entry is not None else others[0]
        groups = [a for a in asks if a.entity.group]
        theirs = [e for e in english.get(key, []) if e.group]
        if len(groups) == len(theirs) == 1 and groups[0].entity.known and groups[0].entity.id != theirs[0].id \
                and (theirs[0].known or _narrows(theirs[0], groups[0].entity)):
            # a registry's group, the one the version asks there, where the English asks another one: the
            # version's words for the English one (各国, "States", where the English asks "Member States"),
            # or for a group the English qualifies that the version's reading did not ("nuclear-weapon
            # States", الدول الحائزة للأسلحة النووية, read as الدول)
            groups[0].entity = replace(theirs[0], label=groups[0].entity.label)
            continue
        unknown = [a for a in asks if a.entity.group and not a.entity.known]
        if not unknown:
            continue
        ids = {a.entity.id for a in asks}
        left = [e for e in english.get(key, []) if e.group and e.id not in ids]
        if len(left) == len(unknown):
            for a, e in zip(unknown, left):
                a.entity = replace(e, label=a.entity.label)
    # a group the English version does not ask is no group of the list (a phrase read past its end,
    # 继续发挥联合国各种机构), or one the version reads as one where the English reads two: left out
    # where the English version is there to tell
    asked = {a.entity.id for a in pivot.addressees}
    record.addressees = [a for a in record.addressees
                         if not (a.entity.group and not a.entity.known and a.entity.id not in asked)]
