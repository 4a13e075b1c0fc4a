"""Draft registry entries for the bodies, groups and instruments UN resolutions name, most
frequent first, for ``unkg/reference/bodies.yaml`` and ``instruments.yaml``.

A developer tool, not shipped logic. Steps:

1. English text: every paragraph of the AKN4UN files (``akn/**/English/*.xml``) and the GA 78-80
   texts (``bulk/ga-78-80/*.txt``, line-end hyphenation undone).
2. Candidates, counted over the whole text:
   - names: runs of capitalised words joined by ``of on for and the in to against with`` that hold
     a head noun (Organization, Commission, Committee, Council, Programme, Fund, Office, Agency,
     Union, Conference, Forum, Bank, Court... for bodies; Convention, Covenant, Declaration, Agenda,
     Agreement, Protocol, Framework, Programme of Action... for instruments). Every such sub-run is
     counted; a run printed (almost) only inside a longer one ("Health Organization") is dropped
     for the longer one, and a run that opens with a paragraph's verb (Invites, Recalling) is
     never a name;
   - acronyms: ``Name (ACR)``, the parenthesised capitals after a name, counted per name;
   - groups: the collective addressees in ``GROUPS`` (States parties, the United Nations system,
     specialized agencies, donors...), counted as fixed phrases.
3. Minus what the registries hold: a candidate is known when the registry matcher
   (``unkg.ingest.names.find``) finds one registry name covering all of it.
4. With ``--align``: for each candidate, the paragraphs of the same ``eId`` in the five other
   languages' AKN files of the same resolution, and the word runs (Chinese: character runs) they
   share far more often than the rest of that language's paragraphs do, best first: the
   translation the UN prints, to be checked by hand (Russian counted on stems, so that the cases of
   one name count together; Arabic words without their proclitics and article).

The output is a draft: the committed entries are written by hand from it, and every form kept is
checked against the corpus (tests/ingest/test_registry.py).

    .venv/bin/python tools/draft_bodies.py CORPUS                      # CORPUS: ../shared/corpus
    .venv/bin/python tools/draft_bodies.py CORPUS --top 250 --min 5    # the 250 most frequent
    .venv/bin/python tools/draft_bodies.py CORPUS --top 40 --align     # with the other languages
    .venv/bin/python tools/draft_bodies.py CORPUS --align-name "World Meteorological Organization"
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_verbs import _lang_of  # noqa: E402  (the corpus folders and file names, read alike)
from unkg.ingest.names import find, ru_stem  # noqa: E402
from unkg.reference import verbs  # noqa: E402


BODY_HEADS = (
    "Organization Organisation Commission Committee Council Programme Fund Office Agency Union "
    "Conference Forum Bank Court Tribunal Panel Group Entity Department Secretariat Institute Centre "
    "University Board Authority Facility Mechanism Network Alliance Partnership Platform Unit Service "
    "Assembly Commissioner Representative Rapporteur Envoy Adviser Coordinator Team Force System "
    "Initiative Body Agencies Funds Programmes Commissions Committees Organizations"
).split()
INSTRUMENT_HEADS = (
    "Convention Covenant Declaration Agenda Agreement Protocol Framework Charter Treaty Strategy "
    "Pathway Principles Compact Statute Consensus Commitment Outcome Accord Plan Platform Action "
    "Guidelines Rules Standards Code Recommendation Goals Programme Roadmap Vision Law"
).split()
HEADS = frozenset(BODY_HEADS + INSTRUMENT_HEADS)
# words that join the capitalised words of one name ("Food and Agriculture Organization of the United Nations")
LINKS = frozenset("of on for and the in to against with from de".split())
_CAP = re.compile(r"^(?:[A-Z][\w'’\-]*|e-[A-Z][\w\-]*|\d{4}(?:[–-]\d{4})?)$")
_TOKEN = re.compile(r"[\w'’\-–]+|[(),;:.]")

# a name and the acronym printed in parentheses after it: "World Trade Organization (WTO)"
_ACRONYM_AFTER = re.compile(
    r"((?:[A-Z][\w'’\-]*\s+)(?:(?:[A-Z][\w'’\-]*|of|on|for|and|the|in|to|against|with)\s+){0,14}[A-Z][\w'’\-]*)"
    r"\s*\(([A-Z][A-Za-z\-]{1,12})\)"
)

# runs that are a page's furniture or a citation, not a name
STOP = re.compile(r"\bDistr\b|^See\b|Official Records|Treaty Series|^Resolution\b|^Supplement\b|\bAnnex\b|\bSession\b")

# collective addressees: the groups operative paragraphs call upon, invite, urge, encourage
GROUPS = (
    "States", "all States", "States parties", "States Members of the United Nations", "Member States",
    "the United Nations system", "United Nations system organizations", "the organizations of the United Nations system",
    "specialized agencies", "the specialized agencies", "regional commissions", "the regional commissions",
    "United Nations funds and programmes", "funds and programmes", "relevant stakeholders", "all relevant stakeholders",
    "donors", "donor countries", "Governments", "the international community", "civil society",
    "the private sector", "non-governmental organizations", "international organizations",
    "regional organizations", "international financial institutions", "development partners",
    "relevant United Nations entities", "United Nations entities", "the United Nations development system",
    "international and regional organizations", "the donor community", "the scientific community",
    "academia", "all countries", "developed countries", "developing countries", "Member States and observers",
    "national human rights institutions", "multilateral development banks", "the United Nations country teams",
    "United Nations country teams", "resident coordinators", "intergovernmental organizations",
)


# --- the English text -----------------------------------------------------------------------------


def _work_key(path: Path) -> str:
    stem = re.sub(r"-\d+[A-Z]$", "", path.stem)
    stem = re.sub(r"_[A-Z]$", "", stem)
    return f"{path.parent.parent.parent.name}/{path.parent.parent.name}/{stem}"


def _text(element: etree._Element) -> str:
    """An element's text without the footnotes (authorialNote) printed inside it."""
    out = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and not child.tag.endswith("}authorialNote"):
            out.append(_text(child))
        out.append(child.tail or "")
    return "".join(out)


def akn_paragraphs(path: Path) -> dict[str, str]:
    """{eId of the nearest element that has one: text} of one AKN file (footnotes under their own eId)."""
    tree = etree.parse(str(path), etree.XMLParser(recover=True, huge_tree=True))
    out: dict[str, str] = {}
    for p in tree.iter("{*}p", "{*}docTitle", "{*}heading"):
        holder = p.getparent()
        while holder is not None and holder.get("eId") is None:
            holder = holder.getparent()
        key = holder.get("eId") if holder is not None else "?"
        text = " ".join(_text(p).split())
        if text:
            out[key] = f"{out[key]} {text}" if key in out else text
    return out


@dataclass
class Corpus:
    """The AKN paragraphs by resolution, language and eId, and the English bulk texts."""

    akn: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    bulk: dict[str, str] = field(default_factory=dict)

    def english(self) -> Iterator[tuple[str, str]]:
        """(document, text) of every English paragraph and bulk text."""
        for work, languages in self.akn.items():
            for eid, text in languages.get("en", {}).items():
                yield work, text
        yield from self.bulk.items()

    def paragraphs(self, language: str) -> Iterator[tuple[tuple[str, str], str]]:
        for work, languages in self.akn.items():
            for eid, text in languages.get(language, {}).items():
                yield (work, eid), text


def _unhyphenate(text: str) -> str:
    """PDF text as running text: a word broken at a line end joined again ("Organi-\\nzation"),
    a compound's hyphen kept before a capital ("Secretary-\\nGeneral")."""
    text = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1", text)
    text = re.sub(r"(\w)-\n\s*(?=[A-Z])", r"\1-", text)
    return " ".join(text.split())


def read_corpus(root: Path) -> Corpus:
    corpus = Corpus()
    for path in sorted((root / "akn").glob("*/*/*/*.xml")):
        lang = _lang_of(path)
        if lang is not None:
            corpus.akn.setdefault(_work_key(path), {})[lang] = akn_paragraphs(path)
    for path in sorted((root / "bulk" / "ga-78-80").glob("*.txt")):
        corpus.bulk[path.name] = _unhyphenate(path.read_text(encoding="utf-8", errors="replace"))
    return corpus


# --- English candidates ---------------------------------------------------------------------------


def _opening_verbs() -> frozenset[str]:
    """The first words of the English verb forms (Invites, Recalling, Encourages...): a capitalised
    run that opens with one is a paragraph's opening, not a name."""
    words = set()
    for concept in verbs().concepts.values():
        for form in concept.forms.get("en", ()):
            first = form.split()[0]
            words.add(first[0].upper() + first[1:])
    return frozenset(words | {"Also", "Further", "Notes", "Recalling", "Welcoming", "Bearing", "Taking", "Noting", "Requests"})


def runs(text: str) -> Iterator[list[str]]:
    """The maximal runs of capitalised words and the words that join them, punctuation apart."""
    run: list[str] = []
    for token in _TOKEN.findall(text):
        if _CAP.match(token) or (run and token in LINKS):
            run.append(token)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


@dataclass
class Candidate:
    name: str
    count: int = 0
    documents: set[str] = field(default_factory=set)
    acronyms: Counter = field(default_factory=Counter)
    kind: str = "body"


def _kind(words: list[str]) -> str | None:
    """body, instrument or None, from the run's head nouns (the last head wins: "Programme of
    Action" is an instrument, "Conference on ... Development" a body)."""
    heads = [w for w in words if w in HEADS]
    if not heads:
        return None
    joined = " ".join(words)
    if re.search(r"Programme of Action|Platform for Action|Plan of Action|Framework for Action", joined):
        return "instrument"
    last = heads[-1]
    if last in INSTRUMENT_HEADS and last not in BODY_HEADS:
        return "instrument"
    return "body"


def count_names(corpus: Corpus, max_words: int = 16) -> dict[str, Candidate]:
    """Every sub-run of a capitalised run that starts and ends with a capitalised word and holds
    a head noun, counted; with the acronyms printed in parentheses right after it."""
    skip_first = _opening_verbs() | {
        "The", "This", "That", "These", "Those", "Its", "Their", "A", "An", "In", "On", "Of", "For", "And", "With",
    }
    found: dict[str, Candidate] = {}
    for document, text in corpus.english():
        for run in runs(text):
            n = len(run)
            for i in range(n):
                if not _CAP.match(run[i]) or run[i] in skip_first:
                    continue
                for j in range(i + 1, min(n, i + max_words) + 1):
                    last = run[j - 1]
                    if not _CAP.match(last):
                        continue
                    words = run[i:j]
                    kind = _kind(words)
                    if kind is None or len(words) < 2:
                        continue
                    name = " ".join(words)
                    if STOP.search(name):
                        continue
                    cand = found.get(name)
                    if cand is None:
                        cand = found[name] = Candidate(name, kind=kind)
                    cand.count += 1
                    cand.documents.add(document)
        for m in _ACRONYM_AFTER.finditer(text):
            words = m.group(1).split()
            # the acronym names the longest candidate ending there
            for i in range(len(words)):
                name = " ".join(words[i:])
                if name in found:
                    found[name].acronyms[m.group(2)] += 1
                    break
    return found


def closed(found: dict[str, Candidate], minimum: int, share: float = 0.9) -> list[Candidate]:
    """Candidates printed at least ``minimum`` times and not (almost) only inside a longer
    candidate: "Agriculture Organization" goes with "Food and Agriculture Organization"."""
    frequent = {name: c for name, c in found.items() if c.count >= minimum}
    container: dict[str, int] = defaultdict(int)
    for cand in frequent.values():
        words = cand.name.split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if j - i == len(words):
                    continue
                sub = " ".join(words[i:j])
                if sub in frequent and container[sub] < cand.count:
                    container[sub] = cand.count
    return [c for c in frequent.values() if container[c.name] < share * c.count]


def known(name: str) -> str | None:
    """The registry id of a name the registries already hold whole, or None."""
    hits = [f for f in find(name, "en") if f.entry is not None]
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name):
        return hits[0].entry.id
    return None


def count_groups(corpus: Corpus) -> list[Candidate]:
    """The collective addressees of ``GROUPS``, counted (case kept for a phrase that opens with a capital)."""
    patterns = {g: re.compile(rf"(?<![\w-]){re.escape(g)}(?![\w-])", re.I if g[0].islower() else 0) for g in GROUPS}
    counts = {g: Candidate(g, kind="group") for g in GROUPS}
    for document, text in corpus.english():
        for g, pattern in patterns.items():
            n = len(pattern.findall(text))
            if n:
                counts[g].count += n
                counts[g].documents.add(document)
    return sorted(counts.values(), key=lambda c: -c.count)


# --- the other languages: what the aligned paragraphs print ----------------------------------------

_AR_CLITICS = re.compile(r"^(?:[وف])?(?:(?:[بك]|ل(?!ل))?ال|لل)")


_WORD = re.compile(r"[\w\-]+")


def _spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where the tokens are: Chinese characters one by one, other scripts words (an elided
    article stands apart: l’Organisation is l + Organisation)."""
    if language == "zh":
        return [(i, i + 1) for i, ch in enumerate(text) if "\u3400" <= ch <= "\u9fff"]
    return [m.span() for m in _WORD.finditer(text)]


def _tokens(text: str, language: str) -> list[str]:
    words = [text[s:e] for s, e in _spans(text, language)]
    if language == "ru":
        return [ru_stem(w) for w in words]
    if language == "ar":
        return [_ar_bare(re.sub(r"[\u064b-\u065f\u0670\u0640]", "", w)) for w in words]
    return [w.casefold() for w in words]


def _ar_bare(token: str) -> str:
    """An Arabic word without its proclitics and article (والمنظمة -> منظمة, للأرصاد -> أرصاد), so that
    one name counts as one whatever stands before it."""
    return _AR_CLITICS.sub("", token) if len(token) > 4 else token


class Aligner:
    """Per language, the n-grams the paragraphs aligned with an English name share, scored by how
    much more often they occur there than in the language's other paragraphs."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.joined: dict[str, dict[tuple[str, str], str]] = {}
        self.postings: dict[str, dict[str, set[tuple[str, str]]]] = {}

    def _index(self, language: str) -> None:
        if language in self.joined:
            return
        joined, postings = {}, defaultdict(set)
        for key, text in self.corpus.paragraphs(language):
            toks = _tokens(text, language)
            joined[key] = _join(toks, language)
            for t in set(toks):
                postings[t].add(key)
        self.joined[language], self.postings[language] = joined, postings

    def _df(self, gram: tuple[str, ...], language: str) -> int:
        """How many paragraphs of the language hold the gram."""
        postings = self.postings[language]
        keys = min((postings.get(t, set()) for t in set(gram)), key=len)
        needle = _join(gram, language)
        joined = self.joined[language]
        return sum(1 for key in keys if needle in joined[key])

    def translations(self, english: str, language: str, top: int = 3, cap: int = 60) -> list[tuple[str, int, int, int]]:
        """(form, paragraphs aligned holding it, aligned paragraphs, paragraphs of the language
        holding it) of the best guesses, best first."""
        self._index(language)
        pattern = re.compile(rf"(?<![\w-]){re.escape(english)}(?![\w-])")
        keys = [
            (work, eid)
            for work, languages in self.corpus.akn.items()
            for eid, text in languages.get("en", {}).items()
            if pattern.search(text) and (work, eid) in self.joined[language]
        ]
        if not keys:
            return []
        everywhere, keys = keys, keys[:cap]  # grams are read from a sample, counted in all
        max_len = 40 if language == "zh" else 16
        shortest = 2 if language == "zh" else 1
        df: Counter = Counter()
        for key in keys:
            toks = _tokens(self.corpus.akn[key[0]][language][key[1]], language)
            df.update({tuple(toks[i:j]) for i in range(len(toks)) for j in range(i + shortest, min(len(toks), i + max_len) + 1)})
        need = max(1, math.ceil(0.5 * len(keys)))
        # maximal grams: one inside a longer one held by as many aligned paragraphs says nothing more
        frequent = sorted((g for g, n in df.items() if n >= need), key=len, reverse=True)
        kept: list[tuple[str, ...]] = []
        for gram in frequent:
            needle = _join(gram, language)
            if not any(df[k] == df[gram] and needle in _join(k, language) for k in kept):
                kept.append(gram)
        scored = []
        joined = self.joined[language]
        for gram in kept:
            total = self._df(gram, language)
            needle = _join(gram, language)
            aligned = sum(1 for key in everywhere if needle in joined[key])
            precision = aligned / total if total else 0.0
            if precision >= 0.3:
                scored.append((aligned / len(everywhere) * precision, len(gram), gram, aligned, total))
        scored.sort(key=lambda s: (-s[0], -s[1]))
        return [
            (self._surface(gram, keys, language), aligned, len(everywhere), total)
            for _, _, gram, aligned, total in scored[:top]
        ]

    def _surface(self, gram: tuple[str, ...], keys: list[tuple[str, str]], language: str) -> str:
        """The gram as most often printed in the aligned paragraphs (Arabic with its clitics)."""
        forms: Counter = Counter()
        for work, eid in keys:
            text = self.corpus.akn[work][language][eid]
            spans = _spans(text, language)
            toks = _tokens(text, language)
            for i in range(len(toks) - len(gram) + 1):
                if tuple(toks[i : i + len(gram)]) == gram:
                    forms[text[spans[i][0] : spans[i + len(gram) - 1][1]]] += 1
        return forms.most_common(1)[0][0] if forms else " ".join(gram)


def _join(tokens: Iterable[str], language: str) -> str:
    """Tokens as one string in which a run of tokens is a substring (spaces around each word)."""
    return "".join(tokens) if language == "zh" else " " + " ".join(tokens) + " "


# --- output ---------------------------------------------------------------------------------------


def candidates(corpus: Corpus, minimum: int) -> list[tuple[Candidate, str | None]]:
    """(candidate, registry id or None), most frequent first, over at least ``minimum`` prints."""
    names = closed(count_names(corpus), minimum)
    names.sort(key=lambda c: (-c.count, c.name))
    groups = [c for c in count_groups(corpus) if c.count >= minimum]
    out = [(c, known(c.name)) for c in names]
    out += [(c, known(c.name[0].upper() + c.name[1:])) for c in groups]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the shared corpus folder (holds akn/ and bulk/)")
    parser.add_argument("--top", type=int, default=250, help="how many unknown candidates to print")
    parser.add_argument("--min", type=int, default=5, help="fewest prints of a candidate")
    parser.add_argument("--all", action="store_true", help="print the candidates the registries hold too")
    parser.add_argument("--align", action="store_true", help="print the other languages' likely forms")
    parser.add_argument("--align-name", action="append", default=[], help="align this English name only")
    args = parser.parse_args(argv)
    corpus = read_corpus(args.corpus)
    aligner = Aligner(corpus)
    if args.align_name:
        for name in args.align_name:
            _print_alignment(aligner, name)
        return
    shown = 0
    print("count\tdocuments\tkind\tname\tacronyms\tregistry")
    for cand, entry_id in candidates(corpus, args.min):
        if entry_id and not args.all:
            continue
        acronyms = ",".join(a for a, _ in cand.acronyms.most_common(3))
        print(f"{cand.count}\t{len(cand.documents)}\t{cand.kind}\t{cand.name}\t{acronyms}\t{entry_id or ''}")
        if args.align and cand.kind != "group":
            _print_alignment(aligner, cand.name, indent="\t")
        shown += 1
        if shown >= args.top:
            break


def _print_alignment(aligner: Aligner, name: str, indent: str = "") -> None:
    print(f"{indent}# {name}")
    for language in ("ar", "zh", "fr", "ru", "es"):
        guesses = aligner.translations(name, language)
        text = " | ".join(f"{form} ({n}/{of}, {total} in all)" for form, n, of, total in guesses)
        print(f"{indent}#   {language}: {text}")


if __name__ == "__main__":
    main()
