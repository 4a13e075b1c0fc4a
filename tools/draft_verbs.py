"""Draft the verb vocabulary ``unkg/ingest/reference/verbs.yaml`` from the AKN corpus.

Where the verbs are printed (AKN4UN markup of the UN's resolutions):
- preambular: ``<container name="Recalling also">`` in the preamble; the container ``eId`` is the
  same in the six language files of one resolution, so aligning by eId gives the six forms;
- operative: the marked span (English ``italic``, Chinese ``bold``, Arabic ``bold italic``) that opens
  a numbered ``mainBody`` paragraph, aligned across languages by the printed number (Arabic prints
  it inline: ``1 -``).

The English label decides the concept: modifiers (also, further, ...) and possessives (its) are
dropped, a participle becomes the operative third person (Recalling -> recalls), a compound
(Welcomes and urges) keeps its first verb. Every other language's form is given to the concept it
stands beside most often. The output is a draft: the committed YAML is curated by hand from it.

    .venv/bin/python tools/draft_verbs.py CORPUS/akn > draft.yaml   # then diff with the committed file
    .venv/bin/python tools/draft_verbs.py CORPUS/akn --jsonl   # the raw alignments
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from unkg.symbols import slug  # noqa: E402
from unkg.ingest import verbs as V  # noqa: E402

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
FOLDERS = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es"}
SUFFIX = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}
NUM = re.compile(r"^\s*(\d+)\s*[.\-–]?\s*")

# participle -> operative third person where the -ing rule cannot guess it
PARTICIPLES = {
    "having": "has", "being": "", "taking": "takes", "noting": "notes", "welcoming": "welcomes",
    "urging": "urges", "emphasizing": "emphasizes", "re-emphasizing": "re-emphasizes",
    "underlining": "underlines", "underscoring": "underscores", "deploring": "deplores",
    "believing": "believes", "continuing": "continues", "realizing": "realizes", "sharing": "shares",
    "observing": "observes", "praising": "praises", "recommitting": "recommits",
    "regretting": "regrets", "commemorating": "commemorates", "appreciating": "appreciates",
    "inviting": "invites", "referring": "refers", "confirming": "confirms", "reconfirming": "reconfirms",
    "stressing": "stresses", "expressing": "expresses", "wishing": "wishes", "recognizing": "recognizes",
    "encouraging": "encourages", "considering": "considers", "highlighting": "highlights",
}
ADVERB = re.compile(r"^(?:deeply|gravely|strongly|seriously|firmly|unequivocally|urgently|equally|particularly|ever|profoundly)$")


def _work_key(path: Path) -> str:
    stem = re.sub(r"-\d+[A-Z]$", "", path.stem)
    stem = re.sub(r"_[A-Z]$", "", stem)
    return f"{path.parent.parent.parent.name}/{path.parent.parent.name}/{stem}"


def _lang_of(path: Path) -> str | None:
    """The folder's language, unless the file's job-number suffix says it is another language's text."""
    lang = FOLDERS.get(path.parent.name)
    if lang is None:
        return None
    m = re.search(r"(?:-\d+|_)([A-Z])$", path.stem)
    if m and m.group(1) != SUFFIX[lang]:
        return None
    return lang


def verbs_of(path: Path) -> dict[str, str]:
    """{"pre/<position>" | "op/<number>": label} of one AKN file."""
    tree = etree.parse(str(path), etree.XMLParser(recover=True, huge_tree=True))
    out: dict[str, str] = {}
    # by position: the eIds of some files are numbered differently in different languages
    for i, c in enumerate(tree.iterfind(".//a:preamble//a:container[@name]", NS)):
        out[f"pre/{i}"] = c.get("name").strip()
    for para in tree.iterfind(".//a:mainBody/a:paragraph", NS):
        num = para.findtext("a:num", namespaces=NS)
        p = para.find("a:content/a:p", NS)
        if p is None:
            continue
        head = p.text or ""
        if num is None:
            m = NUM.match(head)
            if not m:
                continue
            num, head = m.group(1), head[m.end() :]
        if head.strip():
            continue
        spans = p.findall("a:span", NS)
        number = re.sub(r"\D", "", num)
        if not spans or not number:
            continue
        label = "".join(spans[0].itertext()).strip()
        if label:
            out[f"op/{number}"] = label
    return out


def alignments(root: Path) -> dict[tuple[str, str], dict[str, str]]:
    places: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for path in sorted(root.glob("*/*/*/*.xml")):
        lang = _lang_of(path)
        if lang is None:
            continue
        for where, label in verbs_of(path).items():
            places[(_work_key(path), where)][lang] = label
    return places


KNOWN: set[str] = set()  # operative first words printed in the corpus (Recalls, Acknowledges, ...)


def _third_person(word: str) -> str:
    w = word.lower()
    if w in PARTICIPLES:
        return PARTICIPLES[w]
    if not w.endswith("ing"):
        return w
    stem = w[:-3]
    for guess in (stem + "es", stem + "s", stem[:-1] + "s"):
        if guess in KNOWN:
            return guess
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        stem = stem[:-1]
    return stem + ("es" if re.search(r"(?:ss|sh|ch|x|z|dg|v|c)$", stem) else "s")


def english_concept(label: str) -> tuple[str, str | None] | None:
    """(canonical en, broader en or None) for an English label; None for what is not a verb."""
    text = V._clean(label, "en")
    if not text or re.search(r"[\d<>]|official records|treaty series", text) or len(text.split()) > 7:
        return None
    base, _ = V._strip_modifiers(text, "en")
    if not base:
        return None
    base = re.split(r"\s+and\s+", base)[0]
    words = [w for w in base.split() if w not in ("its", "their")]
    had_object = len(base.split()) != len(words)
    if words and words[-1] in ("to", "of"):
        words = words[:-1]
    if not words:
        return None
    i = 1 if ADVERB.match(words[0]) and len(words) > 1 else 0
    words[i] = _third_person(words[i])
    words = [w for w in words if w]
    en = " ".join(words)
    broader = None
    if " with " in en:
        broader = en.split(" with ")[0]
    elif i == 1:
        broader = " ".join(words[1:])
    elif had_object and words[0] not in ("expresses", "draws", "takes", "has") and len(words) > 1:
        broader = words[0]
    return en, broader


# Curation by hand, applied on top of the corpus's votes: (language, printed form) to drop, as
# (en concept, reason); forms to add to a concept.
DROP = {
    ("zh", "对"): "Chinese prints 对 (about) before the object and the verb after it: the span holds no verb",
    ("fr", "Conscien"): "a container name cut short (Consciente)",
    ("ar", "وإذ"): "a container name with the frame and no verb",
    ("ar", "إلى أن الجمعية العامة أهابت، في قرارها"): "a container name that holds the object, not the verb",
    ("zh", "回顾其"): "a span that runs into the object's pronoun 其 (its): 回顾 is the form",
    ("zh", "重申其"): "a span that runs into the object's pronoun 其 (its): 重申 is the form",
}
ADD = {
    "reaffirms commitment": {"zh": ["重申致力"]},
    # printed once each in the AKN corpus, beside the English that names the concept
    "adopts": {"fr": ["Adopte"], "es": ["Adopta"], "zh": ["通过"]},
    "expresses satisfaction": {"zh": ["表示满意"]},
    "concerned": {"fr": ["Se déclare préoccupé", "Se déclare profondément préoccupé"]},
    "notes with great concern": {"zh": ["十分关切地注意到"]},
}

COMPOUND = re.compile(r"\s(?:and|et|y|и)\s|[并和]")


MERGE_SHARE = 0.3  # of a concept's places
MERGE_LANGUAGES = 2
# concepts kept apart although French and Spanish blur them (avec satisfaction, con aprecio):
# English and Chinese print them apart (赞赏地 / 满意地), and the project's brief names them
KEEP_APART = [("takes note with satisfaction", "takes note with appreciation"), ("notes with satisfaction", "notes with appreciation")]


def merge_concepts(records: list[tuple[str, dict[str, str]]]) -> dict[str, str]:
    """English concept -> the concept it is one with, where translation does not tell them apart.

    A verb concept must be one that all six languages name, so that the six versions of a paragraph
    get one verb. Concept A joins concept B when, in at least MERGE_LANGUAGES other languages, at
    least MERGE_SHARE of A's places print a form that stands for B (Stressing and Emphasizing are
    both Soulignant, подчеркивая, ...). A translation that blurs two concepts in one language only is
    an exception, not a reason to merge (Russian prints с удовлетворением отмечает for both
    Welcomes and Notes with satisfaction)."""
    parent = {en: en for en, _ in records}

    def find(en: str) -> str:
        while parent[en] != en:
            en = parent[en]
        return en

    while True:
        votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for en, keys in records:
            for lang, key in keys.items():
                votes[(lang, key)][find(en)] += 1
        major = {lk: v.most_common(1)[0][0] for lk, v in votes.items()}
        size = Counter(find(en) for en, _ in records)
        confusion: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for en, keys in records:
            a = find(en)
            for lang, key in keys.items():
                if major[(lang, key)] != a:
                    confusion[(a, major[(lang, key)])][lang] += 1
        apart = [{find(a), find(b)} for a, b in KEEP_APART if a in parent and b in parent]
        merges = [
            pair for pair, per in confusion.items()
            if sum(1 for n in per.values() if n >= 2 and n >= MERGE_SHARE * size[pair[0]]) >= MERGE_LANGUAGES
            and set(pair) not in apart
        ]
        if not merges:
            return {en: find(en) for en in parent}
        for a, b in merges:
            ra, rb = find(a), find(b)
            if ra != rb and {ra, rb} not in [{find(x), find(y)} for x, y in KEEP_APART if x in parent and y in parent]:
                small, big = sorted((ra, rb), key=lambda c: (size[c], c))
                parent[small] = big


def draft(root: Path) -> list[dict]:
    places = alignments(root)
    for labels in places.values():
        words = labels.get("en", "").split()
        if words and not words[0].endswith("ing"):
            KNOWN.add(words[0].lower())
    stripped_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (lang, key w/o modifiers) -> concepts
    whole_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (lang, key as printed) -> concepts
    whole_plain: dict[tuple[str, str], Counter] = defaultdict(Counter)  # ... and whether English printed no modifier
    printed: dict[tuple[str, str], Counter] = defaultdict(Counter)  # key -> printed forms
    broader: dict[str, str] = {}
    records: list[tuple[str, dict[str, str]]] = []  # per place: English concept, other languages' keys
    needed: set[tuple[str, str]] = set()  # names of ECOSOC preamble containers: the vocabulary covers them all
    for (work, _where), labels in places.items():
        got = english_concept(labels.get("en", ""))
        if got is None:
            continue
        en, br = got
        records.append((en, {}))
        if br:
            broader[en] = br
        en_plain = not V._strip_modifiers(labels["en"], "en")[1]
        for lang, label in labels.items():
            text = V._clean(label, lang)
            if not text or re.search(r"[\d<>]", text) or (lang != "zh" and len(text.split()) > 7):
                continue
            if lang in ("ar", "zh", "ru") and re.search(r"[A-Za-z]", text):
                continue
            if lang == "en" and re.search(r" (?:of|to|that)$", text):
                continue  # "Takes note of": the preposition belongs to the object
            if lang != "ar" and COMPOUND.search(text):
                continue  # compounds (Welcomes and urges) are found by their first verb
            base = V._strip_modifiers(text, lang)[0]
            if not base:
                continue
            key, whole = V._key(base, lang), V._key(text, lang)
            if lang != "en":
                records[-1][1][lang] = key
            if work.startswith("ecosoc/") and _where.startswith("pre/"):
                needed.add((lang, key))
            stripped_votes[(lang, key)][en] += 1
            printed[(lang, key)][_printed(label, lang, True)] += 1
            if whole != key:
                whole_votes[(lang, whole)][en] += 1
                whole_plain[(lang, whole)][en_plain] += 1
                printed[(lang, whole)][_printed(label, lang, False)] += 1
    same = merge_concepts(records)
    for votes in (*stripped_votes.values(), *whole_votes.values()):
        merged = Counter()
        for en, n in votes.items():
            merged[same.get(en, en)] += n
        votes.clear()
        votes.update(merged)
    # a concept merged into another takes no broader concept with it (the merged "reiterates its
    # request" must not make "requests" narrower than "reaffirms")
    broader = {en: same.get(br, br) for en, br in broader.items() if same.get(en, en) == en and en != same.get(br, br)}
    chosen: dict[tuple[str, str], str] = {}
    for lk, votes in stripped_votes.items():
        if sum(votes.values()) >= 2 or lk[0] == "en" or lk in needed:
            chosen[lk] = votes.most_common(1)[0][0]
    for lk, votes in whole_votes.items():
        # a modifier-looking word that is the verb's own (再次申明 reaffirms, вновь подтверждая
        # reaffirming): English prints no modifier in most of its places
        n = sum(votes.values())
        if n >= 3 and whole_plain[lk][True] * 3 >= n * 2:
            chosen[lk] = votes.most_common(1)[0][0]
    entries: dict[str, dict] = {}
    for (lang, key), en in chosen.items():
        form = printed[(lang, key)].most_common(1)[0][0]
        if (lang, form) in DROP:
            continue
        entry = entries.setdefault(en, {"id": slug(en), "en": en, "forms": {}})
        entry["forms"].setdefault(lang, set()).add(form)
    for en, entry in entries.items():
        if "en" in entry["forms"]:  # the operative form, printed or not: Takes note with satisfaction
            entry["forms"]["en"].add(en[0].upper() + en[1:])
        for lang, forms in ADD.get(en, {}).items():
            entry["forms"].setdefault(lang, set()).update(forms)
    for en in list(broader):
        if broader[en] not in entries:
            del broader[en]
    out = []
    for en, entry in sorted(entries.items()):
        if "en" not in entry["forms"]:
            continue
        root_en = en
        while root_en in broader and broader[root_en] != root_en:
            root_en = broader[root_en]
        item = {"id": entry["id"], "en": en, "relation": slug(root_en)}
        if en in broader:
            item["broader"] = slug(broader[en])
        item["forms"] = {lang: sorted(entry["forms"][lang]) for lang in V.LANGUAGES if lang in entry["forms"]}
        out.append(item)
    return out


def _printed(label: str, lang: str, strip: bool) -> str:
    """The form as printed (case kept), without modifiers when English prints one."""
    text = V._clean(label, lang, fold=False)
    return V._strip_modifiers(text, lang, fold=False)[0] if strip else text


HEADER = """# The verbs that open UN resolution paragraphs, in the six UN languages (unkg.ingest.verbs).
#
# One entry per verb concept. id: registry key ({base}verb/{id}); en: canonical English operative
# form, lower case, without also/further/its; relation: what a paragraph with this verb does with
# what it cites (the linking stage's citation relation); broader: the plainer concept it narrows.
# forms: per language the printed forms, preambular (Recalling, 回顾, وإذ يشير, ссылаясь) and operative
# (Recalls), with their case as printed and without modifiers. An Arabic preambular form may be
# written with or without its frame و/إذ; matching ignores case and Arabic vowel signs.
# A form other than English belongs to the concept whose English it stands beside most often in
# the AKN4UN corpus (ECOSOC 2021-2024, GA sessions 75-79), e.g. French "Considérant" translates
# "Recognizing" more often than "Considering".
#
# modifiers: canonical modifier -> per language the words the UN prints before, after or inside a
# verb (Recalling also, Also welcomes, 又回顾, 还回顾, 在这方面强调, Acoge también con beneplácito).
#
# Drafted by tools/draft_verbs.py from the AKN corpus, then curated by hand.
"""


def render(verbs: list[dict]) -> str:
    """The whole verbs.yaml: header, the modifier table as it stands in the committed file, the verbs."""
    current = yaml.safe_load((Path(V.__file__).parent / "reference" / "verbs.yaml").read_text(encoding="utf-8"))
    dump = dict(allow_unicode=True, sort_keys=False, default_flow_style=None, width=200)
    return "\n".join([HEADER, yaml.safe_dump({"modifiers": current["modifiers"]}, **dump), yaml.safe_dump({"verbs": verbs}, **dump)])


if __name__ == "__main__":
    root = Path(sys.argv[1])
    if "--jsonl" in sys.argv:
        for (work, where), labels in sorted(alignments(root).items()):
            print(json.dumps({"work": work, "where": where, **labels}, ensure_ascii=False))
    else:
        sys.stdout.write(render(draft(root)))
