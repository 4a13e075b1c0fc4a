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

Rules of UN drafting read here, in every resolution:

- English asks the noun phrases that stand between the verb and its infinitive ("Invites A, B, C and
  D to participate", "Calls upon all States:"): each is a registry name, an office, or a group named
  by what its members are ("relevant entities of the United Nations development system", "academia",
  kept as printed, ``Entity.group``); an aside ends them ("within existing resources", "in
  cooperation with ..."), and the kinds of parts an addressee "includes" are not asked apart from it.
- An official or part of a body is one office in all six languages (``find_offices``): "the
  Director-General of the World Health Organization", 世界卫生组织总干事, "le Directeur général de
  l'Organisation mondiale de la Santé", "members of the Forum", "the Forum secretariat".
- Chinese, French, Spanish, Russian and Arabic lists go on past a group no registry holds (技术和学术界,
  "les milieux techniques et universitaires") to the names after it; such a group is asked as printed
  until the alignment with the English version gives it the English group's id (``unkg.ingest.align``);
  a French, Spanish, Arabic or Russian list of groups and names, its items opened by an article, a quantifier or a comma,
  runs to what they are asked to do, past an aside set off by commas (« les organisations d’aide
  humanitaire et de développement et les autres acteurs compétents, selon qu’il conviendra, à »).
- A verb further on in a paragraph is read as printed, an Arabic one with its vowel marks (ويُشجِّع);
  Russian "рекомендует, чтобы государства-члены ..." asks those the clause opens with.
- "Recommends that the General Assembly ..." asks the Assembly; "..., and urges them to ..." asks
  again those asked before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from unkg.ingest.names import AR_OWN_WAW, ZH_INCLUDING, Found, alternation, find
from unkg.ingest.verbs import AR_MARKS, identify, vocabulary
from unkg.record import Addressee, Entity, Paragraph
from unkg.reference import load, unknown_entity
from unkg.symbols import slug

# the verb concepts that address someone (those the vocabulary holds)
_ADDRESSING = (
    "requests", "urgently-requests", "reiterates-requests", "reiterates-previous-requests", "invites",
    "urges", "strongly-urges", "calls-upon", "strongly-calls-upon", "urgently-calls-upon",
    "reaffirms-call-upon", "encourages", "strongly-encourages", "continues-to-encourage", "encourage",
    "strongly-appeals", "reiterates-appeal", "reiterates-appeals", "directs", "recommends",
)
# "Recommends that the General Assembly extend ...", "Recommande que l'Assemblée générale ...": the
# recommended-to is the subject of the clause the verb opens
_THAT = re.compile(r"\s*(?:that|to|que|qu['’]|à|a)\s*", re.I)

# what may stand between the verb and a name, and between two names: words (whole words only) and
# glue that needs no word boundary (spaces, commas, the elided French article)
_JOINER_WORDS = {  # longer phrases first: an alternation takes the first that matches
    "en": r"as\s+well\s+as|in\s+particular|once\s+again|such\s+as|in\s+this\s+regard|in\s+that\s+regard|and|the|its|all"
          r"|relevant|other|concerned|affected|interested|also|further|again|including|notably",
    "fr": r"à\s+cet\s+égard|à\s+ce\s+propos|par\s+conséquent|donc|ainsi\s+que|en\s+particulier|de\s+nouveau|et|le|la|les|à|aux|au|tous|toutes"
          r"|autres|également|aussi",
    "es": r"en\s+consecuencia|por\s+consiguiente|por\s+lo\s+tanto|en\s+este\s+sentido|a\s+este\s+respecto|al\s+respecto|así\s+como|en\s+particular|y|el|la|los|las|al|a|que"
          r"|todos|todas|otros|otras|demás|también|nuevamente|respectiv[oa]s",  # (las respectivas Potencias administradoras)
    "ru": r"в\s+этой\s+связи|в\s+связи\s+с\s+этим|а\s+также|в\s+частности|и|все|всех|всем|другие|других|другим"
          r"|соответствующие|соответствующих|соответствующим|также|вновь|к",
    # (a quantifier takes the conjunction's و: وسائر, وجميع)
    "ar": r"في\s+هذا\s+الصدد|بناء\s+على\s+ذلك|وكذلك|وأيضا|فضلا\s+عن|بالإضافة\s+إلى|إضافة\s+إلى|وغيرها\s+من|وغيرهم\s+من|بجميع|بكل|وسائر|وجميع|وكل|وكافة|و|إلى|الى|جميع|كل|كافة|سائر|أيضا|كذلك",
    "zh": r"在这方面|在此方面|包括|特别是|以及|和|及|与|并|各|所有|其他|有关|相关|还|又|再次|也|该|占领国",
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
    # 委员会主席: the Chair, not the Commission; 大会观察员: the Assembly's observers
    "zh": re.compile(r"(?![各系实的]|主席|秘书|成员|相关|有关|(?:所有)?观察员|代表)"),
}
# names that in Chinese mostly qualify the noun after them (联合国各实体, 联合国基金和方案): an
# addressee only when a joiner or the end of the list follows
_ZH_MODIFIERS = {"un"}
_ZH_LIST_END = re.compile(r"[和及与、，,；]")
# Chinese: a group named by what its members are, set off as an item of the list of the asked by the
# list's marks (联合国发展系统相关实体、区域组织和其他相关利益攸关方, 学术界(包括研究机构)、发展伙伴): the nouns
# that end such a name. The list goes on past it; the group is asked as printed, under an id of its
# own that the alignment with the English version replaces by the English group's (``unkg.ingest.align``)
_ZH_ACTOR = r"(?:机构|实体|组织|伙伴|利益攸关方|捐助方|捐助国|捐助者|部门|学术界|界|社区|基金会|成员|秘书处|特使|代表|观察员|观察员国|国家|会员国|方案|基金|委员会|缔约方|缔约国|机制|行为体)"
_ZH_PREPOSITION = r"(?![在于由向为对从把被将经同根按通])"  # 在世界卫生组织的协助下: an aside, not an item
# (a group whose whole name is an actor's: 观察员国, observer States; 捐助国, donor countries)
_ZH_ITEM = rf"(?:[^、，,；;：:。（）()和及与并请]{{1,16}}?{_ZH_ACTOR}|基金会|学术界|私营部门|观察员国|捐助国)(?=[、，,（(]|以及|和|及|与)"
# ... and the last item of a list, after its conjunction, or a group asked alone, after the verb, before
# what it is asked to do (会员国和[联合国相关机构]酌情收集, 以及[国际金融机构]参加峰会, 鼓励[所有捐助者]考虑)
_ZH_ASKED_TO = r"酌情|继续|进一步|积极|考虑|支持|提供|参与|参加|加强|采取|开展|协助|作出|确保|一如既往|向|为|加大|加紧|推动|促进|执行|落实|紧急|立即|努力"
_ZH_LAST_ITEM = re.compile(
    rf"(?:(?<=和|及|、|请)|(?<=鼓励|呼吁|邀请|敦促|促请|吁请))(?!{_ZH_ASKED_TO}){_ZH_PREPOSITION}"
    rf"(?:[^、，,；;：:。（）()和及与并请向]{{1,16}}?{_ZH_ACTOR}|观察员国|捐助国)(?={_ZH_ASKED_TO})")
# ... or the members or observers of a name, the last of the list too (会员国、联合国专门机构成员和大会观察员派...:
# "members of the United Nations specialized agencies and observers of the General Assembly")
_ZH_MEMBERS = r"(?P<members>成员|观察员)(?!国)"
_ZH_GENERIC = (
    # two kinds of one noun, one group as the English prints it ("humanitarian and development organizations":
    # 人道主义组织和发展组织; 区域组织和国际组织)
    re.compile(rf"{_ZH_PREPOSITION}[^、，,；;：:。（）()和及与并请]{{1,10}}?(?P<same>组织|机构|实体|伙伴|行为体)[和及]"
               rf"[^、，,；;：:。（）()和及与并请]{{1,10}}?(?P=same)(?=[、，,（(]|以及|和|及|与|{_ZH_ASKED_TO})"),
    re.compile(rf"{_ZH_PREPOSITION}{_ZH_ITEM}"),
    re.compile(rf"{_ZH_PREPOSITION}[^、，,；;：:。（）()和及与并请]{{1,4}}[和及]{_ZH_ITEM}"),  # 技术和学术界: one group
    re.compile(rf"{_ZH_PREPOSITION}(?:联合国)?(?P<of>[^、，,；;：:。（）()和及与并请的]{{1,16}}?)(?:所有|相关|各)?{_ZH_MEMBERS}"),
)


def _asked_as_printed(printed: str, paragraph: Paragraph, verb_id: str, language: str) -> Addressee:
    """A group no registry holds, asked as printed: an id of its own until the English version names it
    (``unkg.ingest.align``), the English version's own id in English."""
    return Addressee(replace(unknown_entity(printed, language, "other"), group=True), paragraph.id, verb_id, printed)


def _zh_group(text: str, pos: int, by_start: dict, allowed_end: int = -1):
    """A Chinese group no registry holds at ``pos`` (no name starting inside it, but one ending at
    ``allowed_end``), else None."""
    for rx in _ZH_GENERIC:
        g = rx.match(text, pos)
        if g and rx is _ZH_GENERIC[-1] and ((f := by_start.get(g.start("of"))) is None or f.end != g.end("of")):
            continue  # the members or observers of a name, not of a phrase (其成员, 不限成员名额)
        if g and not any(pos < k < g.end() and by_start[k].end > allowed_end
                         and not (by_start[k].entity.group and by_start[k].end == g.end())  # 国际捐助方: donors, qualified
                         and not (rx is _ZH_GENERIC[-1] and by_start[k].end <= g.end("of"))  # 专门机构成员
                         for k in by_start):
            return g
    g = _ZH_LAST_ITEM.match(text, pos)
    if g and not any(pos < k < g.end() for k in by_start):
        return g
    return None


# Russian "рекомендует, чтобы государства-члены ... продолжали" ("encourages Member States to continue"): the
# asked open the clause "that" opens
_RU_THAT = re.compile(r"\s*,\s*чтобы\s+")
# Arabic "يطلب من اللجنة" ("requests (of) the Committee"): the asked after "من"
_AR_REQUEST_OF = re.compile(r"\s*من\s+")
# Chinese "所有...的国家": all States a clause before their noun restricts, up to what they are asked to do
_ZH_ALL_THAT = re.compile(r"(?<=所有)[^，,；;。：:、]{2,100}?的(?:国家|会员国)(?=[，,、和及]|[^\u4e00-\u9fff]|尽早|采取|履行|继续|考虑|加入|批准|签署|成为|作为|酌情|立即|确保|提供|支持|\Z)")
_ZH_WITH = re.compile(r"与[^，。；]*?(?:协商|磋商|合作|协作|协调)")
# a qualifier before a name: 所有受影响的会员国
_ZH_QUALIFIER = re.compile(rf"{_ZH_PREPOSITION}[^、，,；;：:。（）()和及与并的]{{1,6}}的")
# ... or a quantifier: 其他捐助方, 所有会员国 (other donors, all Member States)
_ZH_QUANTIFIER = re.compile(r"(?:所有|其他|其它|一切|各)")
# a list of what the addressee before includes: 联合国系统(包括世界卫生组织、...)
_ZH_INCLUDING = re.compile(rf"\s*[（(]\s*(?:{ZH_INCLUDING})")
_ZH_INCLUDING_ASIDE = re.compile(r"\s*[，,]\s*包括")
# ... or without a parenthesis, going on with the list: 国际社会包括联合国特别是联合国近东...工程处 (the United
# Nations is asked, not a modifier of the name after it)
_ZH_LIST_GOES_ON = re.compile(rf"\s*(?:[（(]\s*)?(?:{ZH_INCLUDING})")
# an aside between two of the asked, as the English sets it off by commas ("within their respective
# mandates and resources, and donors"): 在各自任务和资源范围内以及捐助方
_ZH_ASIDE = re.compile(r"在[^，；。、]{1,30}?(?:范围内|框架内)(?=以及|和|及|并)")


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
    "requests": r"requested|priée?s?|solicita|pide|ي[\u064b-\u065f]*ط[\u064b-\u065f]*ل[\u064b-\u065f]*ب",
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
# the paragraph's own verb and "that", before the passive ask it restates ("Reiterates that States are urged to ...")
_EN_VERB_THAT = re.compile(r"[A-Z][a-z]+(?:\s+(?:also|further|again|once\s+again))?\s+that\s+(?=[A-Za-z])")
_LEAD_NUMBER = re.compile(r"^\s*(?:\d+\s*[.)]\s*|\(?[a-z]{1,4}\)\s*)?")


def _passive(text: str, language: str) -> tuple[str, int, int] | None:
    """(verb concept, start, end of the asked) of a paragraph asking in the passive voice, else None."""
    pattern = _PASSIVE.get(language)
    if pattern is None:
        return None
    head = _LEAD_NUMBER.match(text).end()
    if language == "en" and (that := _EN_VERB_THAT.match(text, head)) and pattern.match(text[that.end():]):
        head = that.end()  # "Reiterates that States are strongly urged to ...": the asked from the clause's start
    m = pattern.match(text[head:])  # (the pattern is anchored: read from the head, past a number printed in the text)
    if not m:
        return None
    verb = next(k.replace("_", "-") for k in ("encourages", "requests", "invites", "urges", "calls_upon") if m.group(k))
    return verb, head + m.start("who"), head + m.end("who")


# --- officials and parts of a body: "the Director-General of the World Health Organization" --------
# An official is named by a title and the body it serves, in every language: "the Executive Director
# of the United Nations Environment Programme", "le Directeur exécutif du Programme des Nations Unies
# pour l'environnement", "el Director Ejecutivo del Programa ...", "Директора-исполнителя Программы
# ...", "المدير التنفيذي لبرنامج ...", 联合国环境规划署执行主任. The addressee is the office, one entity
# for all six languages: its id and English name are the title's English and the body's.
_TITLES = {  # the title's English: its printed forms (Russian as stems, any case ending)
    "Director-General": {
        "en": r"Director[-\u2010\u2011 ]General", "fr": r"Direct(?:eur|rice)\s+général(?:e)?", "es": r"Director(?:a)?\s+General",
        "ru": r"Генеральн\w*\s+директор\w*", "ar": r"المدير(?:ة)?\s+العام(?:ة)?", "zh": r"总干事",
    },
    "Executive Director": {
        "en": r"Executive\s+Director", "fr": r"Direct(?:eur|rice)\s+exécuti(?:f|ve)", "es": r"Director(?:a)?\s+Ejecutiv[oa]",
        # (Russian: Директор-исполнитель of UNEP, Исполнительный директор of UNODC, UNICEF, UN-Women)
        "ru": r"Директор\w*[-\u2010\u2011]исполнител\w*|Исполнительн\w*\s+директор\w*", "ar": r"المدير(?:ة)?\s+التنفيذي(?:ة)?", "zh": r"执行主任",
    },
    "Executive Secretary": {
        "en": r"Executive\s+Secretary", "fr": r"Secrétaire\s+exécuti(?:f|ve)", "es": r"Secretari[oa]\s+Ejecutiv[oa]",
        "ru": r"Исполнительн\w*\s+секретар\w*", "ar": r"الأمين(?:ة)?\s+التنفيذي(?:ة)?", "zh": r"执行秘书",
    },
    "Administrator": {
        "en": r"Administrator", "fr": r"Administrat(?:eur|rice)", "es": r"Administrador(?:a)?",
        "ru": r"Администратор\w*", "zh": r"署长",
    },
    "Bureau": {
        "en": r"Bureau", "fr": r"Bureau", "es": r"Mesa", "ru": r"Бюро", "ar": r"مكتب", "zh": r"主席团",
    },
    "Chair": {
        "en": r"Chair(?:person|man|woman)?", "fr": r"Président(?:e)?|Présidence", "es": r"Presidente|Presidenta|Presidencia",
        "ru": r"Председател\w*", "ar": r"رئيس(?:ة)?", "zh": r"主席(?!团)",
    },
    "members": {
        "en": r"members", "fr": r"membres", "es": r"miembros", "ru": r"член\w*", "ar": r"أعضاء", "zh": r"成员",
    },
    "observers": {
        "en": r"observers", "fr": r"observateurs", "es": r"observadores", "ru": r"наблюдател\w*", "ar": r"المراقب(?:ون|ين)", "zh": r"观察员",
    },
    "secretariat": {
        "en": r"secretariat", "fr": r"secrétariat", "es": r"secretaría", "ru": r"секретариат\w*", "ar": r"أمانة", "zh": r"秘书处",
    },
    # ... and a body's own rules, an instrument ("subject to the rules of procedure of the General Assembly")
    "rules of procedure": {
        "en": r"rules\s+of\s+procedure", "fr": r"règlement\s+intérieur", "es": r"reglamento", "ru": r"правил\w*\s+процедур\w*",
        "ar": r"[وب]?النظام\s+الداخلي", "zh": r"议事规则",
    },
}
_INSTRUMENT_TITLES = frozenset(("rules of procedure",))
# what joins a title to the body's name: English "of the", French "du", "de la", "de l'", Spanish "del",
# "de la"; Russian and Arabic put the body's name right after (in the genitive, in إضافة or after لـ),
# Chinese before
_OF = {
    "en": r"\s+of\s+(?:the\s+)?", "fr": r"\s+(?:du|des|de\s+la|de\s+l['’]|de)\s*", "es": r"\s+(?:del|de\s+la|de\s+los|de)\s+",
    "ru": r"\s+", "ar": r"\s+ل?",
}
# English prints any title in capitals ("the Regional Representative and Director of the Centre",
# "the Special Rapporteur of the Human Rights Council"): a run of capitalised words before "of"
_EN_TITLE = re.compile(
    r"(?<![\w-])(?:the\s+)?(?P<title>(?:[A-Z][\w\u2010\u2011-]*\s+){0,3}[A-Z][\w\u2010\u2011-]*(?:\s+and\s+(?:[A-Z][\w\u2010\u2011-]*\s+){0,2}[A-Z][\w\u2010\u2011-]*)?"
    r"|members|observers|secretariat|Secretariat|rules\s+of\s+procedure)\s+of\s+(?:the\s+)?$"
)
_NOT_TITLE = re.compile(r"^(?:United\s+Nations|States?|Governments?|Heads?\s+of\s+State|Member\s+States|Parties|The|A|An)$")


@cache
def _title_patterns(language: str) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for en, forms in _TITLES.items():
        form = forms.get(language)
        if form is None:
            continue
        if language == "zh":
            out.append((en, re.compile(rf"^(?:{form})")))
        else:
            flags = 0 if language == "en" else re.I
            out.append((en, re.compile(rf"(?<![\w-])(?:{form}){_OF[language]}$", flags)))
    return out


@cache
def _registered_offices() -> dict[tuple[str, str], object]:
    """The registries' offices by (the body they serve, their title's English): ("ecosoc", "President")."""
    out = {}
    for entry in load().of_kind("bodies"):
        if entry.type == "office" and entry.parent and (m := re.match(r"(.+?)\s+of\s+", entry.label("en"))):
            out.setdefault((entry.parent, m.group(1)), entry)
    return out


def _office(title_en: str, body: Entity, printed: str, language: str) -> Entity:
    """The office a title names at a body: one id and English name whatever the language; the
    registry's where it holds that office. The other five languages have one title for a Chair and
    a President (Président, Presidente, Председатель, رئيس, 主席): the body's President where the
    registry knows one (the Economic and Social Council's, the General Assembly's)."""
    offices = _registered_offices()
    entry = offices.get((body.id, title_en)) or (offices.get((body.id, "President")) if title_en == "Chair" else None)
    if entry is not None:
        return replace(entry.entity(language), label=printed)
    en = f"{title_en} of the {body.en}"
    kind = "instrument" if title_en in _INSTRUMENT_TITLES else "office"
    return Entity(id=f"{slug(title_en)}-of-{body.id}", type=kind, label=printed, en=en, known=False)


# the head nouns of an official's title printed in English capitals ("the Regional Representative and
# Director of the Centre"): a capitalised phrase before "of" ending otherwise ("Achievements of the
# United Nations") names no office
_EN_OFFICIAL = re.compile(
    r"(?:Director|President|Chair\w*|Representative|Rapporteur|Expert|Envoy|Adviser|Advisor|Coordinator|Commissioner|"
    r"Secretary|Administrator|Registrar|Prosecutor|Ombudsman|Ombudsperson|Judge|Head|Chief|Officer|Mediator|Auditor|"
    r"Controller|Comptroller|Treasurer|Counsel|Bureau|Secretariat|secretariat|[-\u2010\u2011 ]General)$"
)


def named_offices(offices: Sequence[Found]) -> list[Found]:
    """Of the offices a text names (:func:`find_offices`), those that are entities of their own: its
    officials and secretariats, and its rules of procedure, not the members or observers of a body,
    which are a group."""
    out = []
    for f in offices:
        title = f.entity.en.split(" of the ", 1)[0]
        if title in ("members", "observers") or not (_EN_OFFICIAL.search(title) or title in _INSTRUMENT_TITLES):
            continue
        out.append(f)
    return out


# what makes a secretariat after it a role a body plays rather than the office named ("serves as the
# secretariat of ...", "como secretaría del Acuerdo", "en tant que secrétariat", "в качестве секретариата", "بصفتها أمانة";
# Chinese: 作为 before the name)
_AS_ROLE = re.compile(r"(?<![\w-])(?:as|como|en\s+tant\s+que|в\s+качестве|بصفتها|بوصفها|بصفته|بوصفه)\s+(?:(?:the|la|el|le|l['’])\s*)?$", re.I)


def find_offices(text: str, language: str, found: Sequence[Found]) -> list[Found]:
    """The officials and parts of a body the text names (title and body's name as one span), each
    as its office's entity: the Director-General of X, the members of X, X's secretariat."""
    out: list[Found] = []
    covered = [(f.start, f.end) for f in found]
    for f in found:
        body = f.entity
        if body.type in ("member-state", "event", "observance") or body.group:
            continue
        # a convention has a secretariat ("the secretariat of the United Nations Convention to Combat
        # Desertification"), and no other office
        instrument = body.type == "instrument"
        if language == "zh":
            close = 1 if text.startswith("》", f.end) else 0  # 《...公约》秘书处: the title after the closing mark
            rest = text[f.end + close:]
            for en, rx in _title_patterns("zh"):
                if instrument and en != "secretariat":
                    continue
                if (m := rx.match(rest)) and not any(s <= f.end < e for s, e in covered):
                    if text.endswith(("作为", "作为《"), 0, f.start):
                        break  # a role: 作为...公约秘书处
                    end = f.end + close + m.end()
                    out.append(Found(f.start, end, text[f.start:end], None, _office(en, body, text[f.start:end].replace("》", ""), language)))
                    break
            continue
        if language == "en" and (after := re.match(r"\s+secretariat(?![\w-])", text[f.end:])):
            end = f.end + after.end()  # "the Forum secretariat": the secretariat of the Forum
            out.append(Found(f.start, end, text[f.start:end], None, _office("secretariat", body, text[f.start:end], language)))
            continue
        # a short name begins with its article ("du Forum", "the Commission"): the title stands before the name
        lead = re.match(r"(?:the|du|des|del|de\s+la|de\s+l['’]|de|al|a\s+la|la|le|l['’]|el)(?![\w-])\s*", f.text, re.I) if f.entry is None else None
        at = f.start + (lead.end() if lead else 0)
        before = text[max(0, f.start - 90): at]
        title_en = start = None
        if language == "en":
            if (m := _EN_TITLE.search(before)) and not _NOT_TITLE.match(printed := re.sub(r"\s+", " ", m.group("title"))):
                title_en, start = printed, at - len(before) + m.start("title")
                title_en = next((en for en, forms in _TITLES.items() if re.fullmatch(forms["en"], printed)), printed)
        else:
            for en, rx in _title_patterns(language):
                if m := rx.search(before):
                    title_en, start = en, at - len(before) + m.start()
                    break
        if title_en is None or any(s < f.start and start < e for s, e in covered) or instrument and title_en.casefold() != "secretariat":
            continue  # no title, or a title that is a name of its own ("the Secretary-General of ...")
        if title_en.casefold() == "secretariat" and _AS_ROLE.search(text, max(0, start - 40), start):
            continue  # a body's role, not an office: "to perform its functions as secretariat of the Agreement"
        out.append(Found(start, f.end, text[start:f.end], None, _office(title_en, body, text[start:f.end], language)))
        if language == "en" and title_en == "members" and (chair := _EN_TITLE_AND_MEMBERS.search(text, max(0, start - 60), start)):
            # "the Chair and, as necessary, other members of the Committee": the Chair of the Committee too
            printed = chair.group("title")
            title = next((en for en, forms in _TITLES.items() if re.fullmatch(forms["en"], printed)), printed)
            out.append(Found(chair.start("title"), chair.end("title"), printed, None, _office(title, body, printed, language)))
    return out


# a title the members of a body share its "of": "the Chair and, as necessary, other members of the Committee"
_EN_TITLE_AND_MEMBERS = re.compile(
    r"(?<![\w-])the\s+(?P<title>Chair(?:person)?|President|Bureau|Vice-Chairs?)\s+and(?:,\s*[^,;]{1,40},)?\s+(?:the\s+|all\s+|other\s+)*$"
)


# "the secretariat" alone, in lower case (the Secretariat of the United Nations is capitalised): the
# secretariat of the body the text speaks of ("Requests the secretariat to continue to facilitate ..." in a
# resolution on the Scientific Committee), in the languages that tell the two apart by their capital; not
# a secretariat's functions or services
_BARE_SECRETARIAT = {
    "en": re.compile(r"(?<![\w-])the\s+(?P<s>secretariat)(?![\w-])(?!\s+(?:of|for)\b)(?!['’]s)"
                     r"(?!\s+(?:functions?|services?|staff|costs?|role|activities|arrangements|support)\b)"),
    # (« qui en assure le secrétariat »: serves as its secretariat, a role)
    "fr": re.compile(r"(?<![\w-])(?<!assure\s)(?<!assurer\s)(?<!assurant\s)(?:le|du|au)\s+(?P<s>secrétariat)(?![\w-])(?!\s+(?:de|du|des|d['’])\b)"),
    "es": re.compile(r"(?<![\w-])la\s+(?P<s>secretaría)(?![\w-])(?!\s+(?:de|del)\b)"),
}
# ... unless the text named a secretariat before it ("the Kimberley Process secretariat", "secrétariat du ...")
_NAMED_SECRETARIAT = {
    "en": re.compile(r"[A-Z][\w\u2010\u2011-]*\s+secretariat\b|\bsecretariat\s+of\b"),
    "fr": re.compile(r"secrétariat\s+(?:de|du|des|d['’])", re.I), "es": re.compile(r"secretaría\s+(?:de|del)\b", re.I),
}
# "the Secretariat" alone, capitalised, is the United Nations Secretariat (the UN's style capitalises
# its own: "the liquidity crisis of the Secretariat", « le Secrétariat », la Secretaría, Секретариат;
# Arabic calls it الأمانة العامة, others' أمانة), unless the document named a secretariat of another
# (the Secretariat of the Pacific Community, "UNAIDS secretariat")
_UN_SECRETARIAT = {
    "en": re.compile(r"(?<![\w-])the\s+(?P<s>Secretariat)(?![\w-])(?!\s+(?:of|for)\b)"),
    "fr": re.compile(r"(?<![\w-])(?:le|du|au)\s+(?P<s>Secrétariat)(?![\w-])(?!\s+(?:de|du|des|d['’])\b)"),
    "es": re.compile(r"(?<![\w-])la\s+(?P<s>Secretaría)(?![\w-])(?!\s+(?:de|del)\b)"),
    # Russian capitalises it in any case (Секретариата, Секретариатом), not before the name it is of
    "ru": re.compile(r"(?<![\w-])(?P<s>Секретариат(?:а|у|ом|е)?)(?![\w-])(?!\s+[А-ЯЁ])"),
    # Arabic calls it the General Secretariat, after a conjunction or preposition (للأمانة العامة), not of another (الأمانة العامة لمجلس ...)
    "ar": re.compile(r"(?<![\w])[وف]?(?:[بك]|ل(?=ل))?(?P<s>(?:ال|ل)أمانة\s+العامة)(?![\w])(?!\s+(?:ل|لل|ال(?!تي|ذي))\w)"),
}
# bodies whose secretariat is not "the secretariat": the principal organs and the Organization itself
_NO_SECRETARIAT_OF = frozenset(("un", "general-assembly", "security-council", "ecosoc", "un-secretariat", "un-system"))
_HAS_SECRETARIAT = ("body", "forum", "programme", "partnership")


def _has_secretariat(entity: Entity) -> bool:
    return entity.type in _HAS_SECRETARIAT and not entity.group and entity.id not in _NO_SECRETARIAT_OF


def bare_secretariats(text: str, language: str, found: Sequence[Found], mentions: Sequence) -> list[Found]:
    """"the secretariat" alone in ``text``, where no name covers it, as the secretariat of the body the
    document speaks of by its ``mentions`` so far (:func:`secretariat_subject`), not the one the sentence
    named last ("the Scientific Committee ... in cooperation with the International Labour Organization
    ... the secretariat" is the Committee's); "the Secretariat", capitalised (Секретариат, Arabic
    الأمانة العامة), as the United Nations Secretariat where the document named no other's."""
    pattern = _BARE_SECRETARIAT.get(language)
    out: list[Found] = []
    subject: Entity | None = None
    for m in pattern.finditer(text) if pattern is not None else ():
        if any(f.start <= m.start("s") < f.end for f in found):
            continue
        if _NAMED_SECRETARIAT[language].search(text, 0, m.start()) or _AS_ROLE.search(text, max(0, m.start("s") - 40), m.start("s")):
            continue  # "the Kimberley Process secretariat ... the secretariat": the one the sentence named
        subject = subject or secretariat_subject(mentions, language)  # read only where one is printed
        if subject is not None:
            out.append(Found(m.start("s"), m.end("s"), m.group("s"), None, _office("secretariat", subject, m.group("s"), language)))
    capital = _UN_SECRETARIAT.get(language)
    printed = list(capital.finditer(text)) if capital is not None else []
    if printed and not any(m.entity.id.startswith("secretariat-of-") for m in mentions):
        for m in printed:
            if not any(f.start <= m.start("s") < f.end for f in found) and \
                    not (language in _NAMED_SECRETARIAT and _NAMED_SECRETARIAT[language].search(text, 0, m.start())):
                entry = load().get("un-secretariat")
                out.append(Found(m.start("s"), m.end("s"), m.group("s"), entry, entry.entity(language)))
    return out


def secretariat_subject(mentions: Sequence, language: str) -> Entity | None:
    """Whose "the secretariat" is, by what a document has named so far: the body of the secretariat it
    named last ("the Kimberley Process secretariat"), else the body it named most (the last of those
    named as often), of those that have a secretariat of their own (not a principal organ, a State, a
    group or an office); outside English, one a registry holds (a name no registry holds is that
    language's until aligned, and so would be its secretariat's)."""
    counts: dict[str, int] = {}
    last: dict[str, tuple[int, Entity]] = {}
    named: Entity | None = None
    for i, m in enumerate(mentions):
        e = m.entity
        if e.type == "office" and e.id.startswith("secretariat-of-"):
            named = e
        if not _has_secretariat(e) or (language != "en" and not e.known):
            continue
        counts[e.id] = counts.get(e.id, 0) + 1
        last[e.id] = (i, e)
    if named is not None:
        body = named.id.removeprefix("secretariat-of-")
        return last[body][1] if body in last else None
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], last[k][0]))
    return last[best][1]


# --- English: the asked are the noun phrases between the verb and its infinitive -----------------
# "Invites A, B, C and D to participate ...", "Urges all States that have not yet done so to ...",
# "Calls upon all States:": what stands before the infinitive's "to" (not the preposition: "parties
# to the Convention", "in a position to do so") or a lead-in's colon, split at its commas and "and"s,
# each a registry name, an office (above) or a group named by what its members are ("members of civil
# society", "relevant entities of the United Nations development system", "academia").
_EN_SPAN_END = re.compile(
    r"(?<![\w-])(?:not\s+|never\s+)?to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|all|any|each|such|which|whom|whose|do\s+so|United|[A-Z]\w*)\b)(?=[a-z])"
    r"|[:;]|\.\s*$"
)
_EN_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+(?:and|or|as\s+well\s+as)(?:\s*,)?\s+")
_EN_LEAD = re.compile(
    r"\s*(?:(?:including|in\s+particular|notably|especially|such\s+as|also|further|once\s+again|again|in\s+this\s+regard"
    r"|in\s+that\s+regard|in\s+this\s+context|to\s+this\s+end|to\s+that\s+end|therefore|accordingly),?\s+)*"
)
# a list of what the addressee before it includes: its kinds of parts are not asked apart from it
# ("Invites the United Nations system, including the funds, programmes and specialized agencies, ...",
# "..., включая ее учреждения, фонды и программы"); English reads on past them, the others end the list
_PARTS_OPEN = {
    "en": re.compile(r"(?<!\w)(?:including|in\s+particular|notably|especially|such\s+as)(?!\w)", re.I),
    "fr": re.compile(r"(?<!\w)(?:y\s+compris|notamment|en\s+particulier)(?!\w)", re.I),
    "es": re.compile(r"(?<!\w)(?:incluid[oa]s?|incluso|en\s+particular|entre\s+ell[oa]s)(?!\w)", re.I),
    "ru": re.compile(r"(?<!\w)(?:включая|в\s+том\s+числе|в\s+частности)(?!\w)", re.I),
    "ar": re.compile(r"بما\s+في\s+ذلك|بما\s+فيها|بما\s+فيه|لا\s+سيما"),
}
_EN_DETERMINERS = re.compile(r"(?:(?:[Aa]ll|[Oo]ther|relevant|concerned|interested|affected|[Tt]he|[Ii]ts|[Tt]heir|[Tt]hose|[Tt]hese)\s+)*")
# what opens an aside between the asked and their infinitive ("within existing resources", "in
# cooperation with ...", "as appropriate"), or shows the verb asks no one ("Requests that ...")
_EN_ASIDE_CLOSE = re.compile(r",\s*(?:and|as\s+well\s+as)\s+")
_EN_AND_CLOSE = re.compile(r",\s*and\s+")
_EN_WITH_ASIDE = re.compile(r"^(?:in\s+(?:close\s+|full\s+|active\s+)?(?:collaboration|cooperation|consultation|coordination|partnership|conjunction)"
                            r"|(?:together\s+)?with|working\s+with|jointly\s+with)(?![\w-])", re.I)
_EN_ASIDE = re.compile(
    r"^(?:in|within|with|without|through|at|on|by|under|upon|from|for|as|inter\s+alia|where|when|while|if|that|subject|"
    r"individually|collectively|jointly|together|respectively|consistent|bearing|taking|building|acting|according|"
    r"pursuant|prior|after|before|during|following|once|again|therefore|accordingly)(?![\w-])",
    re.I,
)
# where a noun phrase's complements begin: its head noun is the word before
_EN_POSTMODIFIER = re.compile(
    r"\s*(?:\(|$|(?<![\w-])(?:of|in|with|that|which|who|whose|from|at|for|on|under|concerned|involved|within|based|working|having|"
    r"participating|requesting|engaged|active|through|between|among|where|wishing|able|interested|members|to|by)(?![\w-]))"
)
# nouns that name those who can be asked: a group named by what its members are
_ACTORS = frozenset("""
organizations organisations organization institutions institution agencies agency entities entity stakeholders
partners donors states countries governments members observers sector sectors academia society communities
community foundations bodies body parties authorities actors networks secretariat secretariats envoys
representatives experts funds programmes commissions institutes centres universities banks businesses
companies enterprises media leaders parliaments parliamentarians associations groups group coalitions alliances
teams team offices departments mechanisms people peoples youth women scientists researchers practitioners
industry philanthropists administrations ministries municipalities cities coordinators contributors
territories powers
""".split())


def _en_asked(paragraph: Paragraph, verb_id: str, pos: int, found: Sequence, end: int | None = None) -> list[Addressee]:
    """The asked in English, between ``pos`` (the verb's end) and ``end`` (their infinitive's "to",
    found when None)."""
    text = paragraph.text
    if end is None:
        m = _EN_SPAN_END.search(text, pos)
        end = m.start() if m else len(text)
    spans = [(f.start, f.end) for f in found]
    # the pieces: split where no name runs across the comma or "and"
    pieces, at = [], pos
    for m in _EN_SPLIT.finditer(text, pos, end):
        if m.start() == at or any(s < m.start() < e or s < m.end() <= e for s, e in spans):
            continue
        pieces.append((at, m.start()))
        at = m.end()
    pieces.append((at, end))
    by_start: dict[int, Found] = {}
    for f in sorted(found, key=lambda f: f.end - f.start, reverse=True):
        by_start.setdefault(f.start, f)
    out: list[Addressee] = []
    carried = None
    parts = False  # in a list of what the addressee before includes
    resume = -1  # where the list goes on after an aside set off by commas
    for a, b in pieces:
        if a < resume:
            continue
        own = a
        if carried is not None:
            a, carried = carried, None
        if re.search(r"as\s+well\s+as\s*$", text[max(0, a - 12):a]):
            parts = False
        lead = _EN_LEAD.match(text, a, b)
        if _PARTS_OPEN["en"].search(lead.group()):
            parts = True
        a = lead.end()
        piece = text[a:b].strip()
        if not piece:
            continue
        if (verb := _inner_verbs("en").match("and " + piece)) is not None and addressing(_verb_id(verb.group("verb"), "en")):
            break  # "Calls upon Member States ..., and encourages other stakeholders": another verb's asked
        if _EN_ASIDE.match(piece):
            # "..., within their respective mandates and resources, and donors to ...": the list goes on
            # after the aside's closing comma with "and"; anything else ends it
            # (after those an aside works with, "as well as" names more of them: "in close collaboration with the
            # Food and Agriculture Organization ..., as well as other relevant international organizations, to submit")
            close = (_EN_AND_CLOSE if _EN_WITH_ASIDE.match(piece) else _EN_ASIDE_CLOSE).search(text, a, end)
            if close is None and re.search(r"\band\s*,\s*$", text[max(0, a - 8):a]):
                close = _COMMA.search(text, a, end)  # "the Chair and, as necessary, other members of ...": after "and,"
            if close is None:
                break
            resume, parts = close.end(), False  # the aside also closes a list of what the one before includes
            continue
        core = _EN_DETERMINERS.match(text, a, b).end()
        f = next((by_start[k] for k in range(a - 4 if text[max(0, a - 4):a].casefold() == "the " else a, core + 1) if k in by_start), None)
        if f is not None and f.end <= b and _EN_POSTMODIFIER.match(text[f.end:b]) and f.entity.type not in ("event", "observance", "instrument"):
            if not (parts and f.entity.group):
                out.append(Addressee(f.entity, paragraph.id, verb_id, f.text))
            continue
        words = text[max(core, own):b].split()
        if len(words) == 1 and words[0].islower() and words[0].casefold() not in _ACTORS and not any(a <= s < b for s, _ in spans):
            carried = a  # "regional, subregional and interregional organizations": one phrase
            continue
        post = _EN_POSTMODIFIER.search(text, core + 1, b) if core < b else None
        if post is not None and re.match(r"\s*of\s", text[post.start():b]) and re.search(r"\s[a-z]+(?:ing|ed)$", text[a:b]) \
                and text[b:end].lstrip(" ,").startswith("and"):
            carried = a  # "partners of graduating and recently graduated countries": the "and" is the complement's
            continue
        head_words = text[core: post.start() if post else b].split()
        head = head_words[-1].casefold().strip("’'") if head_words else ""
        if head not in _ACTORS:
            break  # not who is asked ("Encourages close alignment between ...")
        if parts:
            continue  # "the United Nations system, including the funds, programmes ...": its parts, not others
        label = re.sub(r"\s+", " ", text[a:b].strip())
        label = re.sub(r"^(?:the|The)\s+", "", label)
        out.append(_asked_as_printed(label, paragraph, verb_id, "en"))
    return out


def _verb_id(printed: str, language: str) -> str | None:
    """The verb concept a printed verb form stands for, or None."""
    verb = identify(printed, language)
    return verb.id if verb is not None else None


def _names(text: str, language: str) -> list[Found]:
    found = find(text, language)
    return [*found, *find_offices(text, language, found)]


def find_addressees(paragraph: Paragraph, language: str, found: Sequence | None = None,
                    offices: Sequence | None = None) -> list[Addressee]:
    """The entities an operative paragraph or sub-paragraph asks something of, in text order.

    ``found`` is what ``unkg.ingest.names.find`` gave for the paragraph's text (computed when None),
    with the document's short names (``unkg.ingest.shortnames``); ``offices`` what
    :func:`find_offices` gave for them (computed when None). The asked stand right after a verb
    that addresses (requests, invites, urges...), or before a passive one ("The Commission is
    encouraged:"). A paragraph whose verb addresses no one (recalls, welcomes...) gives none.
    """
    if paragraph.kind not in ("operative", "subparagraph"):
        return []
    text = paragraph.text
    verb = paragraph.verb
    out: list[Addressee] = []
    if found is not None:
        found = [*found, *(offices if offices is not None else find_offices(text, language, found))]
    if verb is not None and addressing(verb.id):
        if found is None:
            found = _names(text, language)
        at = _verb_end(text, verb.label, language)
        out = _after_verb(paragraph, verb.id, at, language, found) or _after_aside(paragraph, verb.id, at, language, found)
    elif (passive := _passive(text, language)) is not None:
        verb_id, start, end = passive
        if found is None:
            found = _names(text, language)
        if language == "en":
            out = _en_asked(paragraph, verb_id, start, found, end)
        else:
            out = [
                Addressee(f.entity, paragraph.id, verb_id, f.text)
                for f in found
                if start <= f.start and f.end <= end and f.entity.type not in ("event", "observance", "instrument")
            ]
    if not out and verb is not None and (to := _to_verb(language)) and (m := to.match(text, _verb_end(text, verb.label, language))):
        # "Decides to request the President of the Council to ...", 决定请...: the verb after "to"
        if found is None:
            found = _names(text, language)
        printed = AR_MARKS.sub("", m.group("verb")).casefold()  # an Arabic verb without its marks
        out = _after_verb(paragraph, _to_verb_ids(language)[printed], m.end("verb"), language, found)
    # the verbs further on in the paragraph: "Recognizes ..., and encourages States to ...",
    # "welcomes the proposals ..., inviting Member States to ...", 并鼓励所有国家...
    later = _later_verbs(text, language)
    if later:
        if found is None:
            found = _names(text, language)
        seen = {(a.entity.id, a.verb) for a in out}
        for verb_id, _, verb_end in later:
            asked = _after_verb(paragraph, verb_id, verb_end, language, found)
            if not asked and out and (pronoun := _PRONOUN.get(language)) and (p := pronoun.match(text, verb_end)):
                # "invites the United Nations system ... and urges them to consider ...", 并敦促其: the asked
                # before ("it": when one was asked)
                if p.group().strip() != "it" or len({a.entity.id for a in out}) == 1:
                    asked = [Addressee(a.entity, paragraph.id, verb_id, a.as_printed) for a in out]
            if not asked:
                asked = _after_aside(paragraph, verb_id, verb_end, language, found)
            for a in asked:
                if (a.entity.id, a.verb) not in seen:
                    seen.add((a.entity.id, a.verb))
                    out.append(a)
    return out


def clauses(paragraph: Paragraph, language: str) -> list[tuple[str | None, int]]:
    """The clauses of an operative paragraph that ask something: (verb concept, where the clause
    starts) for the paragraph's own verb (at 0) and for each addressing verb further on ("Invites
    Member States to provide ..., and requests the Commission to transmit ..."), in text order."""
    head = paragraph.verb.id if paragraph.verb is not None else None
    return [(head, 0), *((verb_id, start) for verb_id, start, _ in _later_verbs(paragraph.text, language))]


@lru_cache(maxsize=1024)  # (the linker asks a paragraph's after its addressees: one scan serves both)
def _later_verbs(text: str, language: str) -> tuple[tuple[str, int, int], ...]:
    """The addressing verbs further on in a paragraph's text: (verb concept, where it starts, where it
    ends), in text order."""
    out = []
    for m in _inner_verbs(language).finditer(text):
        if m.start("verb") > 0 and addressing(verb_id := _verb_id(m.group("verb"), language)):
            out.append((verb_id, m.start("verb"), m.end("verb")))
    return tuple(out)


# where a verb may stand inside a paragraph: after a clause's comma or semicolon, perhaps with "and"
_INNER_BEFORE = {
    "en": r"(?:[,;]\s*|\band\s+)(?:(?:and|also|further|accordingly|therefore|thus|while|in\s+this\s+regard|in\s+that\s+regard"
          r"|in\s+this\s+context|to\s+this\s+end|to\s+that\s+end|once\s+again|again|in\s+addition|furthermore|moreover),?\s+)*",
    "fr": r"(?:[,;]\s*|\bet\s+)(?:(?:et|également|en\s+outre|à\s+cet\s+égard)\s+)*",
    "es": r"(?:[,;]\s*|\b[ye]\s+)(?:(?:y|e|también|además|a\s+este\s+respecto|a\s+ese\s+respecto|en\s+este\s+sentido)\s+)*",
    "ru": r"(?:[,;]\s*|(?<!\w)и\s+)(?:(?:и|также|в\s+этой\s+связи|в\s+связи\s+с\s+этим)\s+)*",
    "ar": r"(?:[،,؛;]\s*|(?<!\w)و)(?:(?:أيضا|كذلك|في\s+هذا\s+الصدد)\s+)*",
    "zh": r"(?:[，；、]|并|还|又|也|并且|同时)(?:在这方面|在此方面|为此|因此)?(?:还|又|也|并)?(?:酌情|适当时|必要时|视需要)?",
}


def _after_aside(paragraph: Paragraph, verb_id: str, at: int, language: str, found: Sequence) -> list[Addressee]:
    """The asked after an aside between the verb and them: "Invites, in this regard, the President of
    the General Assembly ...", "рекомендует, принимая при этом к сведению ..., всем заинтересованным
    сторонам", "ويشجع، مع التسليم ...، جميع أصحاب المصلحة": after the first comma of the clause that
    opens a list of the asked."""
    text = paragraph.text
    if not _ASIDE_OPENS.match(text, at):
        return []
    for comma in _COMMA.finditer(text, at + 1, min(len(text), at + 300)):
        if _CLAUSE_STOP.search(text, at, comma.start()):
            break
        if asked := _after_verb(paragraph, verb_id, comma.end(), language, found):
            return asked
    return []


_ASIDE_OPENS = re.compile(r"\s*[,،，]")
# the pronoun a later verb asks the asked before by
_PRONOUN = {"en": re.compile(r"\s*(?:them|it)(?=\s+(?:to|also|further|,))"), "zh": re.compile(r"其(?!他|中|各)")}
_COMMA = re.compile(r"[,،，]")
_CLAUSE_STOP = re.compile(r"[;؛；。]")


@cache
def _inner_verbs(language: str) -> re.Pattern[str]:
    """The printed forms of the addressing verbs, where a clause inside a paragraph may begin."""
    forms = {form for vid in _addressing_set() for form in vocabulary().concepts[vid].forms.get(language, ())}
    after = "" if language == "zh" else r"(?!\w)"
    return re.compile(rf"(?:{_INNER_BEFORE[language]})(?P<verb>{alternation(forms, language)}){after}", re.I)


# "Decides to request ...": what joins the paragraph's verb to an addressing verb after it, in the
# languages whose vocabulary forms serve there (English: the form without its "s"; Chinese and Arabic
# print the same form)
_TO = {"en": r"\s+to\s+", "zh": r"", "ar": r"\s+(?:أن\s+)?"}


def _infinitive(form: str, language: str) -> str:
    return re.sub(r"^(\w+[^s\W])s(?=\s|$)", r"\1", form) if language == "en" else form  # requests: request


@cache
def _to_verb_ids(language: str) -> dict[str, str]:
    return {_infinitive(form, language).casefold(): vid for vid in sorted(_addressing_set())
            for form in vocabulary().concepts[vid].forms.get(language, ())}


@cache
def _to_verb(language: str) -> re.Pattern[str] | None:
    if language not in _TO:
        return None
    after = "" if language == "zh" else r"(?!\w)"
    return re.compile(rf"{_TO[language]}(?P<verb>{alternation(_to_verb_ids(language), language)}){after}", re.I)


# "Reiterates its request to the Secretary-General", "its invitation to": the asked follow "to"/"upon"
_FIRST_JOINER = re.compile(r"\s*(?:to|upon)(?!\w)", re.I)


def _asks_to(text: str, pos: int) -> bool:
    return bool(_FIRST_JOINER.match(text, pos)) and bool(re.search(r"(?:request|invitation|call|appeal)s?\s*$", text[:pos], re.I))


def _after_verb(paragraph: Paragraph, verb_id: str, pos: int, language: str, found: Sequence) -> list[Addressee]:
    """The chain of names right after the printed verb (ending at ``pos``), joined only by articles,
    "and", commas."""
    text = paragraph.text
    if verb_id == "recommends":
        if (that := _THAT.match(text, pos)) is None:
            if language == "en":
                return []  # "Recommends the exploration of ...": no one is named
        else:
            pos = that.end()
            if language == "en":  # the clause's subject, up to its verb: the first small word no actor
                for w in re.finditer(r"(?<=\s)[a-z][\w-]*", text[pos:]):
                    if any(f.start <= pos + w.start() < f.end for f in found):
                        continue  # a word of a name ("United Nations development system")
                    if w.group() not in _ACTORS and w.group() not in ("and", "of", "the", "all", "other", "relevant"):
                        return _en_asked(paragraph, verb_id, pos, found, pos + w.start())
                return []
    if language == "en":
        return _en_asked(paragraph, verb_id, _FIRST_JOINER.match(text, pos).end() if _asks_to(text, pos) else pos, found)
    by_start: dict[int, object] = {}
    for f in sorted(found, key=lambda f: f.end - f.start, reverse=True):  # the longest name at a place
        by_start.setdefault(f.start, f)
    joiner = _JOINER_RE.get(language, _JOINER_RE["en"])
    one = _ONE_JOINER.get(language, _ONE_JOINER["en"])
    after = _AFTER.get(language)
    if language == "en" and (to := _FIRST_JOINER.match(text, pos)) and re.search(r"(?:request|invitation|call|appeal)s?\s*$", text[:pos], re.I):
        pos = to.end()
    if language == "ar" and verb_id == "requests" and (of := _AR_REQUEST_OF.match(text, pos)):
        pos = of.end()  # يطلب من اللجنة: "requests (of) the Committee"
    if language == "ru" and (that := _RU_THAT.match(text, pos)):
        pos = that.end()  # рекомендует, чтобы государства-члены ...: "encourages Member States to ..."
    limit = joiner.match(text, pos).end()
    out: list[Addressee] = []
    while True:
        if language == "zh" and out and _ZH_WITH.match(text, pos):
            break  # 请委员会主席与会员国协商: those consulted, not the asked
        f = by_start.get(pos)
        stepped = [pos]
        while f is None and pos < limit:  # step over one joiner at a time: a name may start with one
            m = one.match(text, pos)
            if not m or m.end() == pos:
                break
            pos = m.end()
            stepped.append(pos)
            f = by_start.get(pos)
        if f is None and language == "zh" and out and (aside := _ZH_ASIDE.match(text, pos)):
            pos = aside.end()  # 在各自任务和资源范围内以及捐助方: the list goes on after the aside
            limit = joiner.match(text, pos).end()
            continue
        if f is None and language == "zh" and not out and (every := _ZH_ALL_THAT.match(text, pos)) is not None:
            # 吁请所有承诺...的国家: all States a clause before their noun restricts ("all States that have
            # not yet done so", asked as all States in English too)
            out.append(Addressee(load().get("member-states").entity("zh"), paragraph.id, verb_id, "所有" + every.group(0)))
            pos = every.end()
            limit = joiner.match(text, pos).end()
            continue
        if f is None and language == "zh":
            if (q := _ZH_QUALIFIER.match(text, pos) or _ZH_QUANTIFIER.match(text, pos)) and (f := by_start.get(q.end())) is not None:
                pass
            elif g := next(filter(None, (_zh_group(text, at, by_start) for at in stepped)), None):
                # (from before the joiners stepped over: 和[其他利益攸关方], a group may open with a quantifier)
                out.append(_asked_as_printed(g.group(0), paragraph, verb_id, "zh"))
                pos = _zh_parts(text, g.end(), paragraph, verb_id, by_start, out)
                limit = joiner.match(text, pos).end()
                continue
        if f is None and language == "ar" and (c := _AR_CONSTRUCT.match(text, pos)) and (end := _ar_construct_end(text, c.end(), by_start)):
            # وأعضاء الوكالات المتخصصة: the members of a name (its noun in the construct state), a group of the list;
            # كيانات الأمم المتحدة, "United Nations entities" (the United Nations there a modifier, no mention)
            out.append(_group_asked(text[pos:end], paragraph, verb_id, language))
            pos = end
            limit = joiner.match(text, pos).end()
            continue
        if f is None and language in _ITEM_START and (not out or _ITEM_START[language].match(text, pos)
                                                      or re.search(rf"{_LIST_MARK[language]}\s*(?:\S+\s+){{0,3}}$", text[max(0, pos - 40):pos], re.I)) \
                and (items := _group_list(text, pos, language, by_start)) is not None:
            # a list of groups and names up to what they are asked to do, an aside before it (« les organisations
            # d’aide humanitaire et de développement et les autres acteurs compétents, selon qu’il conviendra, à »)
            out.extend(Addressee(g.entity, paragraph.id, verb_id, g.text) if g is not None
                       else _group_asked(text[s:e], paragraph, verb_id, language) for s, e, g in items)
            break
        if f is None and language in _ASKED_TO and (not out or re.search(rf"{_LIST_MARK[language]}\s*(?:\S+\s+){{0,3}}$", text[max(0, pos - 40):pos], re.I)
                                                     or language == "ar" and text.startswith("و", pos)) \
                and (g := _last_group(text, pos, language, by_start)) is not None:
            # "engage les parties prenantes à continuer": a group no registry holds ends the list, before what it is asked to do
            out.append(_group_asked(text[pos:g], paragraph, verb_id, language))
            break
        if f is None and language in _GROUP_WORDS and (k := _past_group(text, pos, language, by_start)) is not None:
            # "les milieux techniques et universitaires et toutes les autres parties prenantes": the group is
            # asked as printed (its English version's group, once aligned: ``unkg.ingest.align``)
            out.append(_group_asked(text[pos : k[1]], paragraph, verb_id, language))
            pos, f = k[0], by_start[k[0]]
        if f is None:
            break
        zh_rejected = language == "zh" and (
            (after is not None and not after.match(text, f.end))
            or (f.entity.id in _ZH_MODIFIERS and not _ZH_LIST_END.match(text, f.end) and not _ZH_LIST_GOES_ON.match(text, f.end))
        )
        if zh_rejected and (g := _zh_group(text, pos, by_start, f.end)):
            # 联合国发展系统相关实体: a group the name qualifies
            out.append(_asked_as_printed(g.group(0), paragraph, verb_id, "zh"))
            pos = _zh_parts(text, g.end(), paragraph, verb_id, by_start, out)
            limit = joiner.match(text, pos).end()
            continue
        if after is not None and not after.match(text, f.end):
            break  # the name qualifies a noun ("United Nations entities"): not the addressee itself
        if language == "zh" and f.entity.id in _ZH_MODIFIERS and not (_ZH_LIST_END.match(text, f.end) or _ZH_LIST_GOES_ON.match(text, f.end)):
            break
        if f.entity.type not in ("event", "observance", "instrument"):
            out.append(Addressee(f.entity, paragraph.id, verb_id, f.text))
        pos = f.end
        if language == "zh":
            pos = _zh_parts(text, pos, paragraph, verb_id, by_start, out)
        limit = joiner.match(text, pos).end()
    return out


# French, Spanish, Russian, Arabic: a group no registry holds, named by what its members are, among the
# asked ("les milieux techniques et universitaires", "las comunidades técnica y académica", "техническое
# и научное сообщество", "الأوساط التقنية والأكاديمية"): the list goes on past it to the names after
# it. Like the Chinese, it is asked as printed (``_group_asked``), and takes the English version's group
# once the versions are aligned (``unkg.ingest.align``), or is left out where the English asks none. The nouns
# (stems) that make a phrase such a group:
_GROUP_WORDS = {
    "fr": r"organisations|institutions|organismes|entités|partenaires|donateurs|milieux|communautés|secteur|membres|acteurs|parties|fondations|observateurs"
          r"|pays|États|gouvernements|organes",
    "es": r"organizaciones|instituciones|organismos|entidades|asociados|donantes|comunidades|sector|miembros|agentes|actores|partes|interesados|fundaciones|observadores"
          r"|países|Estados|gobiernos|órganos",
    "ru": r"организаци|учреждени|структур|партнер|донор|сообществ|круг|сектор|член|участник|сторон|фонд|наблюдател"
          r"|орган|стран|государств|правительств",
    "ar": r"المنظمات|المؤسسات|الكيانات|الشركاء|المانح|الأوساط|المجتمعات|القطاع|الأعضاء|الجهات|أصحاب\s+المصلحة|المراقب"
          r"|البلدان|الدول|الحكومات|الهيئات",
}
# ... and Arabic names a group by a noun in the construct state before a name, without its article: the
# members, institutions, entities, bodies or partners of a name (أعضاء الوكالات المتخصصة, "members of the
# specialized agencies")
_AR_CONSTRUCT = re.compile(r"و?(?:(?:أعضاء|مؤسسات|منظمات|كيانات|هيئات|وكالات|شركاء|ممثلي|ممثلو|مراقبي|مراقبو)\s+"
                           r"|(?:ال)?(?:مراقبين|مراقبون|أعضاء)\s+(?:في|لدى)\s+)")  # والمراقبين في الجمعية العامة
_AR_UN = re.compile(r"الأمم\s+المتحدة(?!\w)")


def _ar_construct_end(text: str, at: int, by_start: dict) -> int | None:
    """Where the name a construct's noun governs ends: a name found at ``at`` (not a meeting, an
    instrument or a State), or the United Nations, which the names module leaves out as a modifier there."""
    g = by_start.get(at)
    if g is not None:
        return g.end if g.entity.type not in ("event", "observance", "instrument", "member-state") else None
    return u.end() if (u := _AR_UN.match(text, at)) else None


_LIST_MARK = {
    "fr": r"(?:,|\bet\b|\bainsi\s+que\b)", "es": r"(?:,|\b[ye]\b|\basí\s+como\b)", "ru": r"(?:,|(?<!\w)и(?!\w)|а\s+также)",
    "ar": r"(?:،|,|(?<!\w)و)",
}


# the "of" that makes a name the complement of a group's noun ("des Nations Unies", "de la société civile")
_OF_BEFORE = {
    "fr": re.compile(r"(?:\bde|\bdes|\bdu|\bd['’])\s*(?:la\s+|l['’]\s*)?$"),
    "es": re.compile(r"(?:\bde|\bdel)\s+(?:la\s+|las\s+|los\s+|el\s+)?$"),
}


# the article or conjunction a printed group opens with, whole words only ("les législateurs" keeps its "lé")
_GROUP_ARTICLE = re.compile(r"^(?:(?:les|la|le|des|los|las|el|ainsi\s+que|así\s+como|а\s+также)\s+|l['’]\s*)+", re.I)


def _group_asked(printed: str, paragraph: Paragraph, verb_id: str, language: str) -> Addressee:
    """A group no registry holds that a French, Spanish, Russian or Arabic list asks, as printed without
    its opening article or conjunction (``_asked_as_printed``)."""
    printed = _GROUP_ARTICLE.sub("", printed.strip(" ,،\u00a0"))
    if printed.startswith("و") and not printed.startswith(AR_OWN_WAW):
        printed = printed[1:]  # Arabic "and" (وأعضاء, ووكالات), not a noun's own first letter (وكالات)
    return _asked_as_printed(printed, paragraph, verb_id, language)


# where the asked end in French, Spanish, Russian and Arabic: at what they are asked to do ("à continuer",
# "a que sigan", "a participar", "продолжать", "к тому", "إلى مواصلة", "على")
_ASKED_TO = {
    "fr": re.compile(r"\s+(?:(?:à|de)\s+(?:ne\s+pas\s+|l['’]|les\s+|la\s+)?|d['’])(?=[a-zéèêâîôû]+(?:er|ir|re)\b)"),
    "es": re.compile(r"\s+a\s+(?:que\b|(?=[a-záéíóú]+(?:ar|er|ir)(?:la|lo|las|los|se)?\b))"),
    "ru": re.compile(r"\s+(?:(?=[а-яё]+(?:ть|ться|ти)(?!\w))|к\s+(?:тому|этому|участию)\b)"),
    "ar": re.compile(r"\s+(?:إلى|الى|على)\s+"),
}


# French, Spanish, Arabic, Russian: where an item of a list of the asked begins, after a comma or "and" (an article,
# a quantifier: « , les organisations ... et les autres acteurs », ", a las organizaciones ... y a otros agentes",
# "، والمنظمات ... وسائر الجهات"); "et de développement", "والإنمائية" go on with the item before
_ITEM_START = {
    "fr": re.compile(r"\s*(?:,\s*(?:et\s+|ainsi\s+que\s+)?|\s+(?:et|ainsi\s+que)\s+)"
                     r"(?=(?:les|la|le|l['’]|aux|au|des|tous|toutes|d['’]autres|autres)(?![\w'’]))", re.I),
    "es": re.compile(r"\s*(?:,\s*(?:y\s+|así\s+como\s+)?|\s+(?:y|e|así\s+como)\s+)"
                     r"(?=(?:a\s+)?(?:los|las|la|el|al|otros|otras|todos|todas|demás)(?!\w))", re.I),
    "ar": re.compile(r"\s*(?:[،,]\s*(?:و\s*)?|(?<!\w)و)(?=ال|سائر|جميع|كل|كافة|غير)"),
    # (Russian: a comma or "а также", not "и", which joins the words of one group: "гуманитарные организации и организации
    # по вопросам развития"; not before an aside: ", действуя в рамках своих мандатов,")
    "ru": re.compile(r"\s*(?:,\s*(?:а\s+также\s+)?|\s+а\s+также\s+)(?!действуя|в\s|во\s|по\s|с\s|со\s|при\s|надлежащ|соответственно|"
                     r"когда|где|как|если|которы|чтобы|на\s|для\s|из\s|от\s|о\s|об\s|у\s|к\s)"),
}
# ... and an aside after the list, before what the asked are asked to do: a comma, then no item
# (« , selon qu’il conviendra, », « , agissant conformément à leur mandat, », "، حسب الاقتضاء،")
_ASIDE_COMMA = {"fr": re.compile(r"\s*,\s*"), "es": re.compile(r"\s*,\s*"), "ar": re.compile(r"\s*[،,]\s*"), "ru": re.compile(r"\s*,\s*")}


def _group_list(text: str, pos: int, language: str, by_start: dict) -> list[tuple[int, int, object]] | None:
    """The asked from ``pos`` to what they are asked to do, when every item of that list is a name
    found (``by_start``) or a group no registry holds (a phrase with a noun of ``_GROUP_WORDS``), as
    (start, end, the name found or None for a group) in order; an aside set off by commas may stand
    before what they are asked to do. Else None (French, Spanish, Arabic and Russian)."""
    start_rx = _ITEM_START.get(language)
    if start_rx is None:
        return None
    m = _ASKED_TO[language].search(text, pos, min(len(text), pos + 320))
    if m is None:
        return None
    end = m.start()
    if re.search(r"[;:.؛()«»“”]", text[pos:end]):
        return None
    items: list[tuple[int, int, object]] = []
    at = pos
    while at < end:
        if (mark := start_rx.match(text, at)) is not None:
            at = mark.end()  # the list's "and" before the item (والمنظمات)
        if _PARTS_OPEN[language].match(text, at):
            return None  # the parts of the one asked before (« y compris à ses organismes, fonds et programmes »)
        lead = _JOINER_RE[language].match(text, at)
        k = lead.end() if lead.end() < end else at
        f = by_start.get(k) or by_start.get(at)
        nxt = start_rx.search(text, (f.end if f is not None else at), end)
        stop = nxt.start() if nxt else end
        aside = _ASIDE_COMMA[language].search(text, (f.end if f is not None else at), stop)
        if aside is not None and nxt is None:
            stop = aside.start()  # the last item, and an aside after it
        if f is not None and f.end == stop:
            if f.entity.type in ("event", "observance", "instrument"):
                return None
            items.append((f.start, f.end, f))
        elif f is None and _a_group(text[at:stop], language) \
                and not any(at <= j < stop and not (_OF_BEFORE.get(language) and _OF_BEFORE[language].search(text, max(0, j - 8), j))
                            for j in by_start):
            items.append((at, stop, None))
        elif items and f is None and language == "ar" and len(text[at:stop].split()) == 1 and items[-1][2] is None:
            items[-1] = (items[-1][0], stop, None)  # والإنمائية: an adjective of the item before ("humanitarian and development")
        else:
            return None
        if nxt is None:
            break
        at = nxt.end()
    return items if any(f is None for _, _, f in items) else None


def _last_group(text: str, pos: int, language: str, by_start: dict) -> int | None:
    """Where a group no registry holds that stands at ``pos`` ends, when it is the last of the asked:
    a phrase of at most eight words with a noun of ``_GROUP_WORDS``, no name starting inside it, up to
    what the asked are asked to do (``_ASKED_TO``); else None."""
    m = _ASKED_TO[language].search(text, pos, min(len(text), pos + 120))
    if m is None or m.start() == pos:
        return None
    phrase = text[pos : m.start()]
    if len(phrase.split()) > 8 or re.search(r"[;:.؛()،,«»“”]", phrase) or any(pos <= k < m.start() for k in by_start):
        return None
    return m.start() if _a_group(phrase, language) else None


# a word before a group's noun that makes the noun a complement, not who is asked ("призывает к
# сотрудничеству между государственными органами", "calls for cooperation between State organs";
# "la coopération entre les organisations")
_COMPLEMENT_BEFORE = {
    "fr": r"entre|de|des|du|d['’]|pour|avec|sur|par|dans|contre",
    "es": r"entre|de|del|para|con|sobre|por|en|contra",
    "ru": r"между|к|по|для|в|во|с|со|на|о|об|от|против",
}


def _a_group(phrase: str, language: str) -> bool:
    """Whether a phrase is a group of the asked: it holds a noun of ``_GROUP_WORDS``, and no
    preposition before that noun makes the noun a complement of another word."""
    noun = re.search(_GROUP_WORDS[language], phrase, re.I)
    if noun is None:
        return False
    before = _COMPLEMENT_BEFORE.get(language)
    quantifier = _QUANTIFIER_OF.get(language)
    lead = quantifier.sub("", phrase[: noun.start()]) if quantifier else phrase[: noun.start()]  # "l’ensemble des parties"
    return not (before and re.search(rf"(?<![\w'’])(?:{before})(?![\w'’])", lead, re.I))


# ... but for a quantifier's "of" ("l’ensemble des parties intéressées", "cada una de las partes")
_QUANTIFIER_OF = {
    "fr": re.compile(r"(?:l['’]\s*)?(?:ensemble|totalité|chacun|chacune|la\s+plupart)\s+(?:des|de\s+la|de\s+l['’]|du)\s*", re.I),
    "es": re.compile(r"(?:el\s+)?(?:conjunto|cada\s+un[oa]|la\s+mayoría|la\s+totalidad)\s+(?:de\s+(?:los|las|la|el)|del)\s*", re.I),
}


def _past_group(text: str, pos: int, language: str, by_start: dict) -> tuple[int, int] | None:
    """Where the next name starts, and where the group before it ends, when what stands between
    ``pos`` and it is one group of the list (a phrase with a noun of ``_GROUP_WORDS``, then a list
    mark), else None. The group may hold a
    name that qualifies it ("les entités compétentes des Nations Unies", "les membres de la société
    civile"): the list goes on to the first name after a list mark."""
    following = sorted(k for k in by_start if pos < k <= pos + (150 if language in _OF_BEFORE else 80))
    # (French and Spanish only: their "of" tells a qualifying name; Russian and Arabic cases do not)
    for k in following if language in _OF_BEFORE else following[:1]:
        seg = text[pos:k]
        if re.search(r"[;:.؛()]", seg):
            return None
        if _PARTS_OPEN[language].search(seg):
            return None  # "..., включая ее учреждения, фонды и программы": the parts of the one before, not asked
        if (word := re.search(_GROUP_WORDS[language], seg, re.I)) is None or not _a_group(seg, language):
            continue
        if any(pos <= j < pos + word.end() for j in by_start):
            return None  # a name before the group's noun (or holding it) is asked itself, not skipped
        if any(pos < j < k and not (_OF_BEFORE.get(language) and _OF_BEFORE[language].search(text, max(0, j - 8), j))
               for j in by_start):
            return None  # ... and one the group's "of" does not take is an item of the list ("avec des partenaires, tels l'OMPI, l'UIT")
        mark = list(re.finditer(_LIST_MARK[language], seg, re.I))
        if mark and _JOINER_RE[language].fullmatch(seg[mark[-1].start():]) \
                and re.search(_GROUP_WORDS[language], seg[: mark[-1].start()], re.I):
            return k, pos + mark[-1].start()
    return None


def _zh_parts(text: str, pos: int, paragraph: Paragraph, verb_id: str, by_start: dict, out: list[Addressee]) -> int:
    """After a Chinese addressee, the bodies its parenthesis names as included (联合国系统(包括世界卫生组织、
    联合国环境规划署等基金、方案和专门机构)) are asked too; kinds of parts (专门机构) are not asked apart
    from it. Returns where the list goes on (after the parenthesis)."""
    m = _ZH_INCLUDING.match(text, pos)
    close = re.compile(r"[）)]").search(text, m.end()) if m else None
    if m is None and (m := _ZH_INCLUDING_ASIDE.match(text, pos)) is not None:
        # ... or set off by commas: 联合国系统，包括其机构、基金和方案，在各自任务范围内 ("the United Nations
        # system, including its agencies, funds and programmes, within their respective mandates")
        close = re.compile(r"[，,；;。]").search(text, m.end(), m.end() + 60)
        close = close if close is not None and close.group() in "，," else None
    if not close:
        return pos
    for at in sorted(k for k in by_start if m.end() <= k < close.start()):
        f = by_start[at]
        if f.end <= close.start() and not f.entity.group and f.entity.type not in ("event", "observance", "instrument"):
            out.append(Addressee(f.entity, paragraph.id, verb_id, f.text))
    return close.end()


_LEAD_IN_END = re.compile(r"[:：]\s*$")


# a lead-in whose ask is whole before its colon, its items being what it asks about ("Requests the
# specialized agencies ... to provide information on:" / "(a) Environmental problems ..."): the verb
# of the ask after the asked, and the words before the colon introduce topics, not actions ("to
# consider taking the following actions:" asks each item)
_ASK_ABOUT = {
    "en": re.compile(r"\bto\s+(?!the\b)[a-z]+.*\b(?:on|about|regarding|concerning)\s*$"),
    "fr": re.compile(r"(?:\bde\s+|\bd['’]\s*|\bà\s+)(?:\w+\s+)?[a-zéèêâîôû]+(?:er|ir|re)\b.*\b(?:sur|concernant)\s*$"),
    "es": re.compile(r"(?:\bque\s+\w+|\ba\s+\w+(?:ar|er|ir)\b).*\b(?:sobre|acerca\s+de)\s*$"),
    "ru": re.compile(r"\b\w+(?:ть|ти)\b.*\b(?:относительно|о|об)\s*$"),
    "ar": re.compile(r"(?:^|\s)أن\s+\S+.*(?:بشأن|عن)(?:\s+ما\s+يلي)?\s*$"),
    "zh": re.compile(r"[\u4e00-\u9fff]+.*(?:说明|关于)\s*$"),
}


def _ask_in_lead_in(lead: Paragraph, asked: list[Addressee], language: str | None) -> bool:
    """Whether the lead-in asks its whole ask itself and its items are what it asks about: the text
    after the last of the asked it names, up to the colon (``_ASK_ABOUT``)."""
    pattern = _ASK_ABOUT.get(language or "")
    if pattern is None:
        return False
    ends = [lead.text.rfind(a.as_printed) + len(a.as_printed) for a in asked if a.as_printed and a.as_printed in lead.text]
    if not ends:
        return False
    tail = _LEAD_IN_END.sub("", lead.text[max(ends):]).rstrip(" ，,")
    return bool(pattern.search(tail))


def carry_to_items(paragraphs: Sequence[Paragraph], addressees: list[Addressee], language: str | None = None) -> list[Addressee]:
    """The addressees with those of each lead-in ("The Commission is encouraged:", 鼓励委员会：)
    carried to the items of its list that ask no one of their own: "(i) To continue its role...";
    not to the items of a lead-in that asks its whole ask itself ("... to provide information on:"),
    which are what is asked about. Returns the list in paragraph order."""
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
            if lead is not None and _LEAD_IN_END.search(lead.text) and not _ask_in_lead_in(lead, by_paragraph[lead.id], language):
                own = [Addressee(a.entity, p.id, a.verb, a.as_printed) for a in by_paragraph[lead.id]]
                by_paragraph[p.id] = own
        out.extend(own)
    return out
