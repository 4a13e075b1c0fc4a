"""Short names resolved within a document: "the Commission", "the High Commissioner", "the Council",
"the Convention", "the Charter".

Once a resolution has named a body in full ("the Commission on Science and Technology for
Development"), it calls it by its head noun alone: "the Commission is encouraged:", "la Commission",
"la Comisión", "Комиссии", "اللجنة", 委员会. A short name means the body of the document whose name
in that language has that head and that was named last before it (the adopting and recommending
bodies count as named before the first paragraph: "the Council" in an ECOSOC resolution is the
Council itself unless another Council was named since).

The head of a name is the noun the UN's style puts first in French, Spanish, Russian and Arabic
names (*Commission* de la science..., *Comisión* de Ciencia..., *Комиссия* по науке..., *لجنة* تسخير
العلم...) and before its complements in English (*Commission* on Science..., United Nations *High
Commissioner* for Human Rights, Economic and Social *Council*); Chinese puts it last
(科学和技术促进发展*委员会*). ``ShortNames.find(text, after)`` gives each short name in a text that no
full name covers, as ``Found`` spans the addressee and mention finders take like any other name.

Russian capitalises a short name as it does the name ("Комиссия", "Организация"), or the adjective
before its head ("Специального комитета", which must then be in the body's name): "организации" in
lower case are organizations. A summit a registry holds is called again by the words that head
its name ("the World Summit", "le Sommet mondial", 世界峰会): the World Summit on the Information
Society in one text, the World Summit for Social Development in another; where no summit was
named, "the World Summit" is no summit, and no name of its own (``bare_head``).

A document may define a short name for itself in brackets after a name ("the United Nations Convention on
the Law of the Sea (the Convention)", (الاتفاقية)): that short name is that name wherever it follows, whatever
body or instrument of that head is named since (``definitions``, ``ShortNames.define``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from unkg.ingest.names import Found, ru_stem, zh_verb_before
from unkg.record import Entity
from unkg.reference import Entry, load

# head nouns that stand alone for a body, per language (longest first where one contains another)
_HEADS = {
    "en": ("Programme of Action", "Platform for Action", "Plan of Action", "Charter", "Convention", "Declaration",
           "Agenda", "Agreement", "Protocol", "Framework", "Pathway", "Covenant",
           "High Commissioner", "Special Rapporteur", "Special Representative", "Special Envoy", "Independent Expert",
           "Working Group", "Executive Director", "Executive Board", "Administrator", "Commission", "Council",
           "Committee", "Forum", "Conference", "Assembly", "Board", "Panel", "Office", "Programme", "Fund",
           "Agency", "Entity", "Mechanism", "Court", "Tribunal", "Centre", "Institute", "University", "Organization",
           "Coalition", "Alliance", "Partnership", "Network", "Platform"),
    "fr": ("Programme d'action", "Charte", "Convention", "Déclaration", "Accord", "Protocole", "Cadre", "Pacte",
           "Haut-Commissaire", "Haute-Commissaire", "Rapporteur spécial", "Rapporteuse spéciale",
           "Représentant spécial", "Représentante spéciale", "Envoyé spécial", "Experte indépendante",
           "Expert indépendant", "Groupe de travail", "Directeur exécutif", "Directrice exécutive", "Conseil d'administration",
           "Commission", "Conseil", "Comité", "Forum", "Conférence", "Assemblée", "Bureau", "Programme", "Fonds",
           "Agence", "Entité", "Mécanisme", "Cour", "Tribunal", "Centre", "Institut", "Université", "Organisation",
           "Coalition", "Alliance", "Partenariat", "Réseau", "Plateforme"),
    "es": ("Programa de Acción", "Carta", "Convención", "Declaración", "Acuerdo", "Protocolo", "Marco", "Pacto",
           "Alto Comisionado", "Alta Comisionada", "Relator Especial", "Relatora Especial", "Representante Especial",
           "Enviado Especial", "Enviada Especial", "Experto Independiente", "Experta Independiente", "Grupo de Trabajo",
           "Director Ejecutivo", "Directora Ejecutiva", "Junta Ejecutiva", "Comisión", "Consejo", "Comité", "Foro",
           "Conferencia", "Asamblea", "Junta", "Oficina", "Programa", "Fondo", "Organismo", "Entidad", "Mecanismo",
           "Corte", "Tribunal", "Centro", "Instituto", "Universidad", "Organización", "Coalición", "Alianza", "Red",
           "Plataforma"),
    "ru": ("Программа действий", "Устав", "Конвенция", "Декларация", "Соглашение", "Протокол", "Пакт",
           "Верховный комиссар", "Специальный докладчик", "Специальный представитель", "Специальный посланник",
           "Независимый эксперт", "Рабочая группа", "Директор-исполнитель", "Исполнительный совет", "Комиссия",
           "Совет", "Комитет", "Форум", "Конференция", "Ассамблея", "Управление", "Программа", "Фонд", "Агентство",
           "Структура", "Механизм", "Суд", "Трибунал", "Центр", "Институт", "Университет", "Организация", "Коалиция",
           "Альянс", "Партнерство", "Сеть", "Платформа"),
    "ar": ("برنامج العمل", "الميثاق", "الاتفاقية", "الإعلان", "الاتفاق", "البروتوكول", "العهد",
           "المفوض السامي", "المفوضة السامية", "المقرر الخاص", "المقررة الخاصة", "الممثل الخاص", "المبعوث الخاص",
           "الخبير المستقل", "الخبيرة المستقلة", "الفريق العامل", "المدير التنفيذي", "المديرة التنفيذية",
           "المجلس التنفيذي", "اللجنة", "المجلس", "المنتدى", "المؤتمر", "الجمعية", "المكتب", "البرنامج", "الصندوق",
           "الوكالة", "الهيئة", "الآلية", "المحكمة", "المركز", "المعهد", "الجامعة", "المنظمة", "التحالف", "الائتلاف",
           "الشراكة", "الشبكة", "المنصة"),
    "zh": ("行动纲领", "宪章", "公约", "宣言", "议程", "协定", "议定书", "框架", "盟约",
           "高级专员", "特别报告员", "特别代表", "特使", "独立专家", "工作组", "执行主任", "执行局", "规划署", "委员会",
           "理事会", "论坛", "会议", "大会", "办事处", "方案", "基金", "机构", "实体", "机制", "法院", "法庭",
           "中心", "研究所", "大学", "组织", "联盟", "伙伴关系", "网络", "平台"),
}
# how a text calls a world summit it has named ("the World Summit on the Information Society", "the
# 2005 World Summit") when it names it again: the registry summit named last whose name these words
# head (``_summit_head``)
_SUMMITS = {
    "en": ("World Summit",),
    "fr": ("Sommet mondial",),
    "es": ("Cumbre Mundial",),
    "ru": ("Всемирная встреча на высшем уровне",),
    "ar": ("مؤتمر القمة العالمي", "القمة العالمية"),
    "zh": ("世界首脑会议", "世界峰会"),
}
_ARTICLE = {
    # (or none, before the number of one of its resolutions or decisions: "and Council resolution 1995/2")
    "en": r"(?<![\w-])(?:(?:the|The)\s+|(?<=\s)(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:resolutions?|decisions?)\s+\d))",
    "fr": r"(?<![\w-])(?:la|le|La|Le|l['’]|L['’]|du|au)\s*",
    "es": r"(?<![\w-])(?:la|el|La|El|al|del)\s+",
    "ru": r"(?<![\w-])",
    # the article, after a conjunction or preposition (باللجنة, للاتفاقية; للجنة, the lam of لجنة after the article's):
    # "ل" alone before another letter is the preposition before a noun in construct, no article (لاتفاقية جنيف)
    "ar": r"(?<![\w])[وف]?(?:[بك]?ال|لل|ل(?=ل))",
    "zh": r"",
}
_EN_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w'’-]*\s+$")
# words that make a head generic ("the regional commissions", "the Commission's members" stay: a
# possessive still names it): what must not follow a short name
_NOT_AFTER = {
    # ("the Joint Programme to Member States": those it serves, not a complement of its name)
    # ... nor the first of two names a slash joins ("the Governing Council/Global Ministerial Environment Forum")
    "en": r"(?:\s+(?:on|of|for|to(?!\s+(?:Member\s+)?States\b|\s+Governments\b)|in|against)\s+(?:the\s+)?[A-Z]|\s+[A-Z][a-z]|/[A-Z])",
    # (French: nor a name's adjective in lower case before its complement or year, « la Convention internationale de 1990 sur ... »)
    "fr": r"(?:\s+(?:de|des|du|sur|pour|aux|chargée?s?)\s+[A-ZÉ]|\s+[A-Z][a-z]|/[A-ZÉ]"
          r"|\s+[a-zéè]+(?:ale|al|aux|ique|elle|ienne|aine|ée|ante|ente|aire|ère)s?\s+(?:de|des|du|sur|pour|relative|contre|d['’]|\d{4})"
          # (... nor its complement in lower case: « la Convention de 1972 sur ... », « la Convention visant à faciliter ... »)
          r"|\s+(?:sur|pour|contre|relative|relatif|visant|concernant|portant)\s|\s+de\s+\d{4})",
    "es": r"(?:\s+(?:de|del|para|sobre|encargad[oa])\s+[A-ZÁÉ]|\s+[A-Z][a-z]|/[A-ZÁÉ])",
    "ru": r"(?:\s+(?:по|при|Организации)\s)",
    "ar": r"(?:\s+(?:المعني|المعنية|ل|التابع|التابعة))",
    "zh": r"",
}
# ... or after a verb that opens paragraphs (欣见委员会, 核可委员会的工作方案): the heads of bodies and offices
# (an instrument's head ends a title: 纪念宣言; 会议, 组织, 方案, 机构 are also a meeting, to organize, a plan, agencies)
_ZH_OBJECT_HEADS = frozenset(("高级专员", "特别报告员", "特别代表", "特使", "独立专家", "工作组", "执行主任", "执行局", "规划署",
                              "委员会", "理事会", "论坛", "办事处", "基金", "法院", "法庭", "研究所"))
# Chinese heads that name the instrument they stand for only as a title, between 《》
_ZH_TITLED_ONLY = frozenset(("议程",))
# the two characters before a Chinese head that qualify any name of that kind, no short name of one
_ZH_GENERIC_QUALIFIERS = frozenset(("发展", "行动", "国家", "国际", "全球", "区域", "政治", "工作", "战略", "执行", "合作"))
# Chinese heads stand alone when no name is built before them: what may precede a bare 委员会
_ZH_BEFORE = re.compile(r"(?:^|[，。；：、（）“”《》\s]|请|鼓励|邀请|促请|吁请|敦促|要求|决定|欢迎|注意到|由|向|与|和|及|并|的|在|为|使|让|该)$")
# Russian and Arabic heads decline: how many letters may follow the printed head's stem
_RU_ENDINGS = r"[а-яё]{0,4}"
_RU_CAPITAL_ADJECTIVE = r"(?-i:[А-ЯЁ])[а-яё-]+(?:ого|его|ому|ему|ый|ий|ой|ым|им|ом|ем|ая|яя|ую|юю|ей|ые|ие|ых|их|ыми|ими)(?=\s)"


# the heads whose own words hold a complement's word ("Programme of Action of the World Summit ...")
_EN_HEADS_WITH_LINK = re.compile(r"\b(?:Programme of Action|Platform for Action|Plan of Action)\b")
# where an English name's complement begins: "Commission [on the Status of Women]"
_EN_COMPLEMENT = r"\s+(?:on|of|for|to|in|against|at)\s+"


def before_complement(name: str) -> str:
    """An English name's words before its first complement."""
    return re.split(_EN_COMPLEMENT, name, maxsplit=1)[0]


def _en_head(name: str) -> str | None:
    """The head of an English name: among the words before its first complement, the last head noun."""
    if (linked := _EN_HEADS_WITH_LINK.search(name)) is not None and not re.search(_EN_COMPLEMENT, name[: linked.start()]):
        return linked.group(0)
    before = before_complement(name)
    for head in _HEADS["en"]:
        if re.search(rf"(?<!\w){re.escape(head)}$", before):
            return head
    return None


def _en_qualified_head(name: str, head: str) -> str | None:
    """The head with the word that qualifies it, which English short names keep: "the Scientific
    Committee" (United Nations Scientific Committee on the Effects of Atomic Radiation), "the
    Subregional Centre", "the Special Committee", "the Ad Hoc Committee"; not "the Nations Conference"."""
    before = before_complement(name)
    if " of " in head and (at := name.find(head)) > 0:
        before = name[:at] + head  # a head with its own "of" ("the Global Plan of Action" to Combat Trafficking in Persons)
    # "Joint United Nations Programme on HIV/AIDS" is "the Joint Programme": the UN's name is left out
    before = re.sub(r"\bUnited\s+Nations\s+(?=\S)", "", before).split()
    n = len(head.split())
    if len(before) <= n:
        return None
    word = before[-n - 1]
    if not word[:1].isupper() or word in ("Nations", "United", "UN", "General", "Executive"):
        return None
    if word == "Hoc" and before[-n - 2:-n - 1] == ["Ad"]:  # "the Ad Hoc Committee"
        word = "Ad Hoc"
    return f"{word} {head}"


# Russian names may put adjectives before the head: Экономический и Социальный Совет (Совет),
# Генеральная Ассамблея (Ассамблея), Экономическая комиссия для Африки (Комиссия)
_RU_ADJECTIVES = re.compile(r"^(?:[А-ЯЁа-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)\s+(?:и\s+)?)+")


def _first_head(name: str, language: str) -> str | None:
    """The head a French, Spanish, Russian or Arabic name opens with (Russian: after its adjectives)."""
    text = name.strip()
    if language == "ar":
        text = re.sub(r"\s+الأمم المتحدة(?=\s|$)", "", text)  # مفوض الأمم المتحدة السامي: المفوض السامي
        if not text.startswith("ال"):
            text = "ال" + text  # لجنة تسخير العلم... is called اللجنة
    head = _opening_head(text, language)
    if head is None and language == "ru" and (adjectives := _RU_ADJECTIVES.match(text)):
        head = _opening_head(text[adjectives.end():], language)
    return head


def _opening_head(text: str, language: str) -> str | None:
    for head in _HEADS[language]:
        if language == "ru":
            words = head.split()
            if len(text.split()) >= len(words) and all(ru_stem(w) == ru_stem(s) for w, s in zip(text.split(), words)):
                return head
        elif text.startswith(head):
            return head
    return None


def en_short_name(name: str) -> str | None:
    """How an English text calls a body by its short name: its head with the word qualifying it
    where the style keeps one ("Environment Assembly" for the United Nations Environment Assembly),
    else its head ("Commission"), or None."""
    head = _en_head(name)
    return (_en_qualified_head(name, head) or head) if head else None


# an Arabic name whose head and first genitive name it, the rest describing it ("لجنة التوفيق التابعة للأمم
# المتحدة والخاصة بفلسطين", the United Nations Conciliation Commission for Palestine), is called by those two
# words ("لجنة التوفيق", the Conciliation Commission); not one whose genitive goes on (مجلس حقوق الإنسان)
_AR_CONSTRUCT = re.compile(r"^(?P<short>(?!ال)\S+\s+ال\S+)\s+(?:التابع|المعني|الخاص|لل|ل(?!ل))")


# a French or Spanish name's head with the one adjective that follows it, before its complement: Comité
# Especial de Operaciones ..., Comité spécial des opérations ..., Grupo Asesor Especial sobre Haití is not one
_ROMANCE_QUALIFIED = {
    "fr": re.compile(r"^(?P<qualified>(?P<head>Comité|Commission|Conseil|Groupe|Bureau|Fonds|Programme)\s+(?!de\b|des\b|du\b|d['’])[a-zéèêîô\-]{4,})"
                     r"\s+(?:de|des|du|d['’]|sur|pour|chargée?)(?![\w])"),
    "es": re.compile(r"^(?P<qualified>(?P<head>Comité|Comisión|Consejo|Grupo|Oficina|Fondo|Programa)\s+(?!de\b|del\b)[A-ZÁÉÍÓÚ][a-záéíóú]{3,})"
                     r"\s+(?:de|del|sobre|para|encargad[oa])(?![\w])"),
}


def _ar_construct_head(name: str) -> str | None:
    m = _AR_CONSTRUCT.match(name.strip())
    return m.group("short") if m else None


def _zh_head(name: str) -> str | None:
    for head in _HEADS["zh"]:
        if name.endswith(head) and len(name) > len(head):
            return head
    return None


@lru_cache(maxsize=1 << 12)  # a document names the same bodies again and again
def head_of(name: str, language: str) -> str | None:
    """The head noun a body's name in ``language`` is called by alone, or None."""
    if language == "en":
        return _en_head(name)
    if language == "zh":
        return _zh_head(name)
    if language in _HEADS:
        return _first_head(name, language)
    return None


def _pattern(head: str, language: str) -> str:
    if language == "ru":
        # declined, but capitalised as printed, or after a capitalised adjective (Специального комитета):
        # "организации" are organizations, not the Organization
        words = [re.escape(ru_stem(w)) + _RU_ENDINGS for w in head.split()]
        if head[0].isupper():
            words[0] = f"(?:(?-i:{head[0]})|(?P<adjective>{_RU_CAPITAL_ADJECTIVE})\\s+(?-i:{head[0].lower()}))" + words[0][1:]
        return r"\s+".join(words)
    if language == "ar":
        return re.escape(head[2:]) if head.startswith("ال") else re.escape(head)
    return re.escape(head)


@lru_cache(maxsize=1 << 12)
def _needle(head: str, language: str) -> str:
    """What a text must hold (lower-cased, in Russian) for ``_head_rx`` to match in it: a plain
    substring test that spares most paragraphs the regex."""
    if language == "ru":
        return ru_stem(head.split()[0])
    return head[2:] if language == "ar" and head.startswith("ال") else head


@lru_cache(maxsize=1 << 12)
def _head_rx(head: str, language: str) -> re.Pattern:
    """A short name as found in a text: after the language's article, not inside a longer word."""
    flags = re.I if language == "ru" else 0
    # an Arabic head without the article is a noun in construct (مؤتمر القمة العالمي): clitics alone before it
    article = r"(?<![\w])[وف]?[بكل]?" if language == "ar" and not head.startswith("ال") else _ARTICLE[language]
    return re.compile(f"{article}(?P<head>{_pattern(head, language)})" + (r"(?!\w)" if language != "zh" else ""), flags)


@dataclass
class ShortNames:
    """The bodies a document has named, by head noun, in the order it named them."""

    language: str
    named: list[tuple[int, str, Entity]] = field(default_factory=list)  # (order, head, entity)
    # the short names the document defines for itself: "the United Nations Convention on the Law of the Sea (the
    # Convention)" makes "the Convention" that one wherever it stands after, whatever convention is named since
    defined: list[tuple[int, str, Entity]] = field(default_factory=list)
    _heads: tuple[int, list[str]] = field(default=(0, []), repr=False)  # (len(named) when sorted, heads)

    def name(self, order: int, entity: Entity, label: str) -> None:
        """The document names ``entity`` (printed ``label``) at ``order`` (its text's index)."""
        if entity.type in ("member-state", "observance") or entity.group:
            return
        if entity.type == "event":  # a summit a registry holds, by the words a text calls it by again
            head = _summit_head(label, self.language) if entity.known else None
            if head:
                self.named.append((order, head, entity))
            return
        english_instrument = self.language == "en" and entity.type == "instrument"
        if not entity.known and not english_instrument and entity.type != "office" and (
                entity.type not in ("body", "partnership", "forum", "programme") or self.language not in ("en", "zh")):
            return  # a body no registry holds: English and Chinese names only (the matchers find them whole); an office
            # is a mandate holder in any language ("the Special Rapporteur", « le Rapporteur spécial » after its full name)
        head = head_of(label, self.language)
        if head is None:
            return
        if english_instrument and not entity.known:
            # an instrument no registry holds is called again by the words before its complement, when more
            # than its head: "the 2021 Political Declaration" (on HIV and AIDS: ...)
            lead = re.split(rf"{_EN_COMPLEMENT}|\s+concerning\s+|[:,]", label, maxsplit=1)[0].strip()
            if lead != label.strip() and lead.endswith(head) and len(lead.split()) > len(head.split()):
                self.named.append((order, lead, entity))
        if not entity.known and any(h == label.strip() for _, h, _ in self.named):
            return  # "Conciliation Commission", kept by the matcher as a name: the short name of one named before
        # a body no registry holds is called by its head ("the Centre") unless a registry body with that
        # head was named before ("the Council" stays the adopting Council after "the Governing Council of ...")
        if entity.known or not any(h == head and e.known for _, h, e in self.named):
            self.named.append((order, head, entity))
        if self.language == "en" and (qualified := _en_qualified_head(label, head)):
            self.named.append((order, qualified, entity))
        if self.language in _ROMANCE_QUALIFIED and (qualified := _ROMANCE_QUALIFIED[self.language].match(label.strip())) \
                and qualified.group("head") == head:
            # "el Comité Especial", « le Comité spécial »: the head and the adjective after it, before the complement
            self.named.append((order, qualified.group("qualified"), entity))
        if self.language == "ar" and (construct := _ar_construct_head(label)):
            self.named.append((order, construct, entity))
        if self.language == "zh" and entity.known and len(label) >= len(head) + 4 \
                and label[-len(head) - 2:-len(head)] not in _ZH_GENERIC_QUALIFIERS:
            # Chinese keeps the two characters before the head: 联合国原子辐射影响问题科学委员会 is 科学委员会,
            # 联合国艾滋病毒/艾滋病联合规划署 is 联合规划署 (not where they are a word any such name has: 2030年可持续
            # 发展议程 is no 发展议程, "development agenda", which any country has; 亚的斯亚贝巴行动议程 no 行动议程)
            self.named.append((order, label[-len(head) - 2:], entity))

    def define(self, order: int, head: str, entity: Entity) -> None:
        """The document defines ``head`` as its short name for ``entity`` at ``order``."""
        self.defined.append((order, head, entity))
        self.named.append((order, head, entity))

    def resolve(self, head: str, order: int, qualifier: str | None = None) -> Entity | None:
        """The body the document defined this head for at or before ``order`` (``define``), else the body
        last named with this head at or before ``order`` (with ``qualifier``, a Russian adjective printed
        before the head, one whose name holds that adjective: Специального комитета is a Special Committee,
        not the First Committee named since)."""
        best = None
        stem = ru_stem(qualifier) if qualifier else None
        for at, h, entity in self.defined:
            if h == head and at <= order:
                best = entity
        if best is not None:
            return best
        for at, h, entity in self.named:
            if h == head and at <= order and (stem is None or any(ru_stem(w).startswith(stem) for w in entity.label.split())):
                best = entity
        return best

    def find(self, text: str, order: int, found: Sequence[Found]) -> list[Found]:
        """The short names in ``text`` (the document's ``order``-th text) that no full name in
        ``found`` covers, each as the body it stands for."""
        if self._heads[0] != len(self.named):  # the heads named so far, longest first: sorted once per new name
            self._heads = (len(self.named), sorted({h for _, h, _ in self.named}, key=len, reverse=True))
        heads = self._heads[1]
        if not heads:
            return []
        # a name no registry holds that is a short name ("the Conciliation Commission", which the
        # matcher keeps as a body-like name of its own) gives way to the body it stands for
        taken = [(f.start, f.end) for f in found if f.entry is not None or f.entity.known]
        unknown_instruments = [(f.start, f.end, f.entity.id) for f in found if f.entity.type == "instrument" and not f.entity.known]
        out: list[Found] = []
        not_after = _NOT_AFTER[self.language]
        held = text.lower() if self.language == "ru" else text
        for head in heads:
            if _needle(head, self.language) not in held:
                continue
            for m in _head_rx(head, self.language).finditer(text):
                start, end = m.start("head"), m.end("head")
                if any(s < end and start < e for s, e in taken):
                    continue  # part of a full name
                if not_after and re.match(not_after, text[end:]):
                    continue  # "the Commission on the Status of Women": a name no registry holds
                if self.language == "zh" and head in _HEADS["zh"] and not (
                        _ZH_BEFORE.search(text[:start]) or head in _ZH_OBJECT_HEADS and zh_verb_before(text, start)):
                    continue  # a bare head (委员会) only where nothing can be built before it; 科学委员会 anywhere
                if self.language == "zh" and any(text.startswith(h, end) for h in _HEADS["zh"]):
                    continue  # 高级专员办事处: the head of a longer name (the Office), not the High Commissioner
                if self.language == "zh" and head in _ZH_TITLED_ONLY and not (text[start - 1:start] == "《" and text[end:end + 1] == "》"):
                    continue  # 议程 alone is a meeting's agenda (议程项目, 临时议程); the Agenda is 《议程》
                if self.language == "en" and not (text[start].isupper() or text[start].isdigit()):
                    continue
                if self.language == "en" and m.start() == start and _EN_CAPITALISED_BEFORE.search(text, 0, start):
                    continue  # no article: a word of a longer name ("Environment Assembly resolution 5/2"), not a short name
                entity = self.resolve(head, order, m.groupdict().get("adjective"))
                if entity is None:
                    continue
                if any(s <= start and end <= e and i == entity.id for s, e, i in unknown_instruments):
                    continue  # an instrument no registry holds ("the Geneva Convention") is that one already
                taken.append((start, end))
                out.append(Found(m.start(), end, text[m.start():end], None, entity))
        return sorted(out, key=lambda f: f.start)


# "its President" asked by the organ that adopts the text: « Prie son président / sa présidence de ... »,
# "Solicita a su Presidencia que ...", 又请主席, after the paragraph's asking verb (and its adverb or an
# aside between commas); English, Russian and Arabic name the President in full
_OWN_PRESIDENT = {
    "fr": re.compile(r"(?:^|\b[Ee]t\s+)(?:[Pp]rie|[Ii]nvite|[Dd]emande\s+à|[Ee]ngage|[Ee]ncourage)(?:\s+(?:également|aussi|de\s+nouveau|en\s+outre))?"
                     r"(?:\s*,[^,;]{1,80},)?\s+(?P<name>(?:son|sa)\s+(?:[Pp]résidente?|[Pp]résidence))\b"),
    "es": re.compile(r"(?:^|\b[Yy]\s+)(?:[Ss]olicita(?:r)?|[Ii]nvita(?:r)?|[Pp]ide|[Ee]xhorta|[Aa]lienta)(?:\s+(?:también|además|asimismo|nuevamente))?"
                     r"(?:\s*,[^,;]{1,80},)?\s+(?:a\s+|que\s+)(?P<name>su\s+(?:Presidencia|Presidente|Presidenta))\b"),
    # Chinese: "the President" alone after the asking verb (又请主席在高级别会议之前编写一份听证会摘要), not its Bureau (主席团)
    "zh": re.compile(r"(?:^|(?<=[，；又还并也]))(?:请|邀请)(?P<name>主席)(?![团国])"),
}


def own_president(text: str, language: str, organ: Entity | None) -> list[Found]:
    """The President of the adopting organ where a French or Spanish paragraph asks "its President"
    (A/RES/78/277 op:20, « Prie son président d’organiser ... », "Solicita a su Presidencia que
    organice ...") or a Chinese one "the President" (请主席): the registry's office whose parent is the
    organ, as one ``Found``."""
    pattern = _OWN_PRESIDENT.get(language)
    if pattern is None or organ is None or (office := _president_of(organ.id)) is None:
        return []
    return [Found(m.start("name"), m.end("name"), m.group("name"), office, office.entity(language)) for m in pattern.finditer(text)]


@lru_cache(maxsize=None)
def _president_of(organ: str) -> Entry | None:
    return next((e for e in load().entries.values() if e.type == "office" and e.parent == organ and e.en.startswith("President of")), None)


# an office called by its official's short name, and how its registry name is made of the official's
_OFFICE_OF = {
    "en": (re.compile(r"^(?:the\s+)?Office\s+of\s+the\s+(?P<head>[A-Z][\w\s-]+)$"), "Office of the {}"),
    "zh": (re.compile(r"^(?P<head>[\u4e00-\u9fff]{2,8})办事处$"), "{}办事处"),  # 高级专员办事处
}


def offices_of_short_names(names: ShortNames, found: Sequence[Found], order: int) -> list[Found]:
    """An "Office of the High Commissioner" (高级专员办事处) no registry name matches is the office of the
    High Commissioner the document named last: the registry entry named "Office of the" and that
    official's name (A/RES/78/184: the Office of the United Nations High Commissioner for Refugees,
    联合国难民事务高级专员办事处), not a body of its own. ``found`` with such names replaced."""
    if names.language not in _OFFICE_OF:
        return list(found)
    pattern = _OFFICE_OF[names.language][0]
    out = []
    for f in found:
        if not f.entity.known and (m := pattern.match(f.text)) and m.group("head") in _HEADS[names.language] and (
                official := names.resolve(m.group("head"), order)) is not None and (
                office := _office_of(official.id, names.language)) is not None:
            f = Found(f.start, f.end, f.text, office, office.entity(names.language))
        out.append(f)
    return out


@lru_cache(maxsize=None)
def _office_of(official: str, language: str) -> Entry | None:
    """The registry entry named, in ``language``, as the office of this official (a registry id)."""
    entry = load().get(official)
    if entry is None:
        return None
    name = _OFFICE_OF[language][1].format(entry.label(language))
    office = load().lookup(name, language)
    return office if office is not None and name in office.names.get(language, ()) else None


def _summit_head(name: str, language: str) -> str | None:
    """The words a text calls a summit by again, where they are its name's head: "World Summit" of
    the World Summit on the Information Society and of the 2005 World Summit, not of the high-level
    meeting on the outcomes of the World Summit (Chinese puts the head last, the others first)."""
    # as printed in French and Spanish: "du Sommet mondial sur ..."
    text = (_without_article(name, language) if language in ("fr", "es") else name.strip()).casefold()
    if language == "en":
        text = before_complement(text)
    for form in _SUMMITS.get(language, ()):
        f = form.casefold()
        if text.endswith(f) if language in ("en", "zh") else text.startswith(f):
            return form
    return None


def bare_head(text: str, language: str) -> bool:
    """Whether ``text`` is a head noun alone, with or without its article ("the Committee", "the
    Working Group", "the World Summit"): a short name, of nothing when the document named no such
    body before it, never a name of its own."""
    if language not in ("en", "fr", "es"):
        return False
    rest = _without_article(text, language)
    return rest in _HEADS[language] or rest in _SUMMITS.get(language, ())


def _without_article(text: str, language: str) -> str:
    return re.sub(f"^{_ARTICLE[language]}", "", text.strip())


# a short name a document gives a name in brackets right after it: "(the Convention)", "(“the Agreement”)",
# "(hereinafter “the Convention”)", « (la Convention) », "(الاتفاقية)", "(《公约》)"
_DEFINED = re.compile(r"》?\s*[(（]\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?|ci-après\s+)?[“\"«《]?\s*"
                      r"(?:(?:the|The|la|La|le|Le|el|El|l['’])\s*)?(?P<short>[^()（）“”\"«»《》,;]{2,40}?)\s*[”\"»》]?\s*[)）]")


def definitions(text: str, language: str, found: Sequence[Found]) -> list[tuple[str, Entity]]:
    """The short names ``text`` defines for the names in ``found`` (an instrument's or a body's), as
    (head, entity): the bracket after the name holds its head noun alone."""
    out = []
    for f in found:
        if f.entity.type not in ("instrument", "body", "programme", "forum", "partnership") or f.entity.group:
            continue
        if (m := _DEFINED.match(text, f.end)) is None:
            continue
        short = m.group("short").strip()
        if (head := next((h for h in _HEADS.get(language, ()) if short in (h, h.lower())
                          or language == "ru" and ru_stem(short) == ru_stem(h)), None)) is not None:
            out.append((head, f.entity))
    return out


def short_names(language: str, bodies: Iterable[tuple[int, Entity, str]]) -> ShortNames:
    """The short names of a document from the bodies it names: ``(order, entity, label as printed)``."""
    names = ShortNames(language)
    for order, entity, label in bodies:
        names.name(order, entity, label)
    return names
