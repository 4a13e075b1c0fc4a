"""Language profiles: how a UN resolution prints its frame in each of the six languages.

One YAML file per language (``en.yaml``, ``zh.yaml``, ...) holds the forms of the UN's editorial
rules for resolutions and decisions that the text and PDF readers' shared parse must recognise:
the enacting formula that opens the preamble (*The General Assembly,* / 经济及社会理事会，), the
title line (``79/194. Title``), the closing meeting line (*54th plenary meeting* / 第33次全体会议),
annex headings, and, for English and Chinese, the masthead (session, agenda item, date of issue),
the adoption line (*Resolution adopted by the General Assembly on 19 December 2024* /
2022年7月21日经济及社会理事会决议), the recommendation line (*[on the report of the Second
Committee (A/79/434, para. 21)]* / [根据...的建议(E/2022/31)通过]) and the draft line
(*Iraq:\\* draft resolution*). Verbs and dates are not here: ``verbs.py`` and ``dates.py`` own them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from unkg.numerals import chinese_number, to_roman
from unkg.record import LANGUAGES

_EDGE = " \t,，、،;；:："

@dataclass(frozen=True)
class Body:
    key: str  # ga | ecosoc: the registry id of the body
    series: str  # the symbol series: A | E
    formulas: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    """The printed frame of a resolution in one language (see the module docstring)."""

    language: str
    join: str
    bodies: tuple[Body, ...]
    title: re.Pattern
    meeting: re.Pattern
    annex: re.Pattern
    furniture: tuple[re.Pattern, ...] = ()
    issued: re.Pattern | None = None
    session: tuple[re.Pattern, ...] = ()
    agenda: tuple[re.Pattern, ...] = ()
    adoption: tuple[re.Pattern, ...] = ()
    recommendation: tuple[re.Pattern, ...] = ()
    draft: tuple[re.Pattern, ...] = ()
    not_a_resolution: tuple[re.Pattern, ...] = ()
    ordinals: dict[str, int] = field(default_factory=dict)
    tens: dict[str, int] = field(default_factory=dict)
    meeting_words: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    callout_parentheses: bool = False
    preambular_verb: re.Pattern | None = None
    operative_verb: re.Pattern | None = None

    @property
    def cjk(self) -> bool:
        return self.join == ""

    def formula(self, text: str) -> Body | None:
        """The body whose enacting formula the text is (``The General Assembly,``), or None."""
        core = _formula_key(text)
        for body in self.bodies:
            if any(core == _formula_key(f) for f in body.formulas):
                return body
        return None

    def body_named(self, name: str) -> Body | None:
        key = _formula_key(name)
        for body in self.bodies:
            if any(key == _formula_key(n) for n in body.names):
                return body
        return None

    def ordinal(self, words: str) -> int | None:
        """``Seventy-ninth`` -> 79 (English session ordinals)."""
        w = words.strip().casefold()
        if w in self.ordinals:
            return self.ordinals[w]
        head, _, tail = w.partition("-")
        if head in self.tens and tail in self.ordinals and self.ordinals[tail] < 10:
            return self.tens[head] + self.ordinals[tail]
        return None

    def meeting_number(self, text: str) -> str | None:
        """The plenary meeting number of a closing line (``33rd plenary meeting`` -> ``33``)."""
        m = self.meeting.match(text.strip())
        if not m:
            return None
        groups = m.groupdict()
        if groups.get("n"):
            return str(int(groups["n"]))
        word = (groups.get("word") or "").casefold()
        if word in self.meeting_words:
            return str(self.meeting_words[word])
        return None

    def verb_position(self, label: str) -> str | None:
        """Where a printed verb form belongs: ``preambular`` (*Recalling*, *Rappelant*, *ссылаясь*,
        *وإذ يشير*), ``operative`` (*Recalls*, *Rappelle*, *ссылается*, *يشير*), or None where the
        word does not show it (Chinese)."""
        label = label.strip()
        if self.preambular_verb is not None and self.preambular_verb.search(label):
            return "preambular"
        if self.operative_verb is not None and self.operative_verb.search(label):
            return "operative"
        return None

    def annex_label(self, text: str) -> str | None:
        """The annex a heading opens, as the paragraph-id prefix writes it: ``Annex I`` -> ``I``,
        ``附件二`` -> ``II``, a lone ``Annex`` -> ``""``. None when the text is not an annex heading."""
        m = self.annex.match(text.strip())
        if not m:
            return None
        n = m.groupdict().get("n")
        if not n:
            return ""
        if n.isdigit():
            return to_roman(int(n))
        value = chinese_number(n)
        if value is not None:
            return to_roman(value)
        value = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}.get(n)
        if value is not None:
            return to_roman(value)
        return n.upper()


def _formula_key(text: str) -> str:
    text = text.replace("’", "'")
    return re.sub(r"\s+", " ", text).strip(_EDGE).casefold()


def _patterns(raw) -> tuple[re.Pattern, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    return tuple(re.compile(p) for p in raw)


@cache
def profile(language: str) -> Profile:
    """The profile of one UN language (``en``, ``zh``, ``fr``, ``es``, ``ru``, ``ar``)."""
    if language not in LANGUAGES:
        raise ValueError(f"not a UN language code: {language!r} (one of {', '.join(LANGUAGES)})")
    text = resources.files("unkg.ingest.profiles").joinpath(f"{language}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    masthead = data.get("masthead", {})
    bodies = tuple(
        Body(key, b["series"], tuple(b["formulas"]), tuple(b.get("names", ()))) for key, b in data["bodies"].items()
    )
    issued = masthead.get("issued")
    return Profile(
        language=language,
        join=data.get("join", " "),
        bodies=bodies,
        title=re.compile(data["title"]),
        meeting=re.compile(data["meeting"]),
        annex=re.compile(data["annex"]),
        furniture=_patterns(masthead.get("furniture")),
        issued=re.compile(issued) if issued else None,
        session=_patterns(masthead.get("session")),
        agenda=_patterns(masthead.get("agenda")),
        adoption=_patterns(data.get("adoption")),
        recommendation=_patterns(data.get("recommendation")),
        draft=_patterns(data.get("draft")),
        not_a_resolution=_patterns(data.get("not_a_resolution")),
        ordinals=dict(data.get("ordinals", {})),
        tens=dict(data.get("tens", {})),
        meeting_words={k.casefold(): v for k, v in (data.get("meeting_words") or {}).items()},
        kinds=dict(data.get("kinds", {})),
        callout_parentheses=bool(data.get("callout_parentheses", False)),
        preambular_verb=_form(data, "preambular"),
        operative_verb=_form(data, "operative"),
    )


def _form(data: dict, which: str) -> re.Pattern | None:
    pattern = (data.get("verb_forms") or {}).get(which)
    return re.compile(pattern, re.I) if pattern else None


def profiles() -> list[Profile]:
    """All six profiles, in the contract's language order."""
    return [profile(lang) for lang in LANGUAGES]
