"""Resolving the names documents give in their metadata to registry entities.

``resolve_body`` and ``resolve_state`` are what the readers and the linker call for the bodies and
states a document names outside its running text: AKN ``TLCOrganization``/``FRBRauthor`` hrefs,
workflow steps, UN Digital Library (DHLAUTH) headings, ``data_extract`` sponsor and vote lists.
Exact forms are looked up in the registries (``unkg.reference``); inflected ones (Russian cases,
Arabic clitics) through the linker's name matcher (``unkg.ingest.names``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from unkg.ingest.names import find
from unkg.record import Entity
from unkg.reference import fold, load, unknown_entity

_ORDINALS = {"1st": "First", "2nd": "Second", "3rd": "Third", "4th": "Fourth", "5th": "Fifth", "6th": "Sixth"}
_DHL_QUALIFIER = re.compile(r"\s*\([^()]*(?:sess\.|:)[^()]*\)")  # (79th sess. : 2024-2025), (2025 : New York)
_UN_PREFIX = re.compile(r"^(?:UN\.?|United Nations\.)\s+")
_AKN_HREF = re.compile(r"^(?:#|/akn/ontology/organization/[a-z]+/)")


def _candidates(name: str) -> Iterator[str]:
    """Forms of a metadata name to look up, most specific first: the name; an AKN href's last
    segment; a DHLAUTH heading's last part (``UN. General Assembly (79th sess. : 2024-2025). 2nd
    Committee`` -> ``2nd Committee`` -> ``Second Committee``); ``UN`` spelt out."""
    name = fold(name)
    yield name
    if _AKN_HREF.match(name) or name.startswith("/"):
        yield name.rstrip("/").rsplit("/", 1)[-1].lstrip("#")
    bare = _UN_PREFIX.sub("", name)
    bare = _DHL_QUALIFIER.sub("", bare).strip()
    parts = [p.strip() for p in re.split(r"\.\s+", bare) if p.strip()]
    # the heading's last part names the body; earlier parts are its parents
    for form in dict.fromkeys([bare, parts[-1]] if parts else [bare]):
        for variant in (form, re.sub(r"\s*\([A-Z][A-Za-z-]+\)$", "", form)):  # "... (WGEC)"
            yield variant
            words = variant.split()
            if words and words[0] in _ORDINALS:
                yield " ".join([_ORDINALS[words[0]], *words[1:]])
            if variant.startswith("UN "):
                yield "United Nations " + variant[3:]


_PLENARY = re.compile(r"^(?:plenary(?: meeting)?|without reference to a main committee)$", re.I)


def resolve_body(name: str, language: str = "en", *, within: str | None = None, on: str | None = None) -> Entity:
    """The registry Entity of a body, forum, office... named in a document's metadata or text.

    ``name`` may be an AKN TLC key or href (``ecosoc``, ``economicAndSocialCouncil``, ``unga``), a
    UN Digital Library (DHLAUTH) heading (``UN. Commission on Science and Technology for
    Development``, ``UN. General Assembly (79th sess. : 2024-2025). 2nd Committee``), a committee
    name as the UN's data writes it (``Second Committee``, ``Plenary meeting``), or a name or acronym
    as printed in any of the six languages (``经济及社会理事会``, ``贸发会议``). ``within`` is the id of the
    body whose meeting is meant when the name is only ``Plenary meeting`` (default: the General
    Assembly); ``on`` an ISO date choosing the name in effect then.

    A name the registries do not hold gives ``Entity(known=False, id=slug(name), label=name)``.

    Raises:
        ValueError: the name is empty.
    """
    if not fold(name):
        raise ValueError("empty body name")
    registry = load()
    if _PLENARY.match(fold(name)):
        entry = registry.get(within or "general-assembly")
        if entry is not None:
            return entry.entity(language, on)
    kinds = ("bodies",)
    for form in _candidates(name):
        entry = registry.lookup(form, language, kinds)
        if entry is not None:
            return entry.entity(language, on)
    # inflected forms (Russian cases, Arabic clitics): a registry name covering the whole text
    text = fold(name)
    for found in find(text, language, on):
        if found.entry is not None and found.entry.kind == "bodies" and (found.start, found.end) == (0, len(text)):
            return found.entity
    return unknown_entity(name, language)


def resolve_state(name: str, language: str = "en") -> Entity:
    """The registry Entity of a member or observer State, from its name as the UN's data writes it
    (``UNITED STATES``, ``Iran (Islamic Republic of)``, ``TÜRKİYE``, ``Netherlands (Kingdom of the)``)
    or as printed in any of the six languages. An unknown name gives ``Entity(known=False)``.

    Raises:
        ValueError: the name is empty.
    """
    if not fold(name):
        raise ValueError("empty state name")
    entry = load().lookup(name, language, ("states",))
    if entry is None:
        # "the United Kingdom", "the Sudan": the article the UN writes before some names in running text
        entry = load().lookup(re.sub(r"^(?:the)\s+", "", fold(name), flags=re.I), language, ("states",))
    if entry is not None:
        return entry.entity(language)
    return unknown_entity(name, language, "member-state")
