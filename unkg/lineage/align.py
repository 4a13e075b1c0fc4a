"""Which paragraph of NEW continues which paragraph of OLD: aligned once, language-neutrally.

Every language both works have votes: for each pair of paragraphs, the share of two-word runs
they have in common (Jaccard, computed for all pairs at once as sparse matrix products) is
averaged over the languages in which both paragraphs have text. A one-to-one assignment that
maximises the total (Hungarian method, ``scipy.optimize.linear_sum_assignment``), with a small
preference for paragraphs at the same place in the order, pairs them; a pair is kept when its
similarity, difflib's word ratio averaged over the same languages, is at least ``MIN_SIMILARITY``
(or, for a paragraph much shortened or lengthened, at least ``MIN_SIMILARITY_KEPT`` while the
shorter one keeps ``MIN_KEPT`` of its words in the other).

So the pairing, each pair's similarity and what it is called are the same whatever language a
reader asks for: ``same`` when the words are the same in every language both works have
(numbers, years and symbols aside, see ``unkg.lineage.text``), ``amended`` otherwise; a paragraph
of NEW no pair names is ``new``, one of OLD ``dropped``; a pair out of the order OLD had (not on
the longest run of pairs whose order both works share) is ``moved``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from scipy.optimize import linear_sum_assignment

from unkg.lineage.errors import LineageError
from unkg.lineage.text import shingles, similarity
from unkg.lineage.units import WorkText

MIN_OVERLAP = 0.12  # least Jaccard of two-word runs for two paragraphs to be considered a pair
MIN_SIMILARITY = 0.5  # least word similarity for a pair: below it, NEW's paragraph is new...
MIN_KEPT = 0.6  # ...unless the shorter paragraph keeps this share of its words in the other,
MIN_SIMILARITY_KEPT = 0.3  # with at least this similarity (a long paragraph cut down, or grown)
PLACE_WEIGHT = 0.02  # preference for the same relative place, to break ties between repeated paragraphs


@dataclass
class Pair:
    new: str
    old: str | None
    change: str  # same | amended | new
    similarity: float | None = None
    moved: bool = False
    unchanged_in: list[str] = field(default_factory=list)  # languages in which the words are the same


@dataclass
class Alignment:
    old: str  # symbols
    new: str
    languages: list[str]
    pairs: list[Pair] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        c = {"same": 0, "amended": 0, "new": 0, "dropped": len(self.dropped)}
        for p in self.pairs:
            c[p.change] += 1
        return c


def _overlap(old: WorkText, new: WorkText, lang: str) -> tuple[np.ndarray, np.ndarray]:
    """Jaccard of two-word runs for every (old, new) pair in ``lang``, and where both have text."""
    vocab: dict[str, int] = {}

    def matrix(work: WorkText) -> tuple[sparse.csr_matrix, np.ndarray]:
        rows, cols = [], []
        present = np.zeros(len(work.order), dtype=bool)
        for i, uid in enumerate(work.order):
            if work.text(lang, uid) is None:
                continue
            present[i] = True
            for s in shingles(work.words(lang, uid), 2):
                rows.append(i)
                cols.append(vocab.setdefault(s, len(vocab)))
        return rows, cols, present

    ro, co, po = matrix(old)
    rn, cn, pn = matrix(new)
    shape_o, shape_n = (len(old.order), max(len(vocab), 1)), (len(new.order), max(len(vocab), 1))
    a = sparse.csr_matrix((np.ones(len(ro)), (ro, co)), shape=shape_o)
    b = sparse.csr_matrix((np.ones(len(rn)), (rn, cn)), shape=shape_n)
    for m in (a, b):  # the constructor sums duplicates: make them sets again, not bags
        m.sum_duplicates()
        m.data[:] = 1
    inter = (a @ b.T).toarray()
    size_a = np.asarray(a.sum(axis=1)).ravel()
    size_b = np.asarray(b.sum(axis=1)).ravel()
    union = size_a[:, None] + size_b[None, :] - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        jac = np.where(union > 0, inter / union, 0.0)
    both = po[:, None] & pn[None, :]
    return np.where(both, jac, 0.0), both


def _kept_order(pairs: list[tuple[int, int]]) -> set[int]:
    """The pairs (by index in ``pairs``, sorted by NEW's order) on one longest run whose OLD order
    rises too: the others moved."""
    tails: list[int] = []  # smallest OLD index ending a rising run of each length
    tail_at: list[int] = []
    back = [-1] * len(pairs)
    for k, (i, _) in enumerate(pairs):
        pos = bisect_left(tails, i)
        if pos == len(tails):
            tails.append(i)
            tail_at.append(k)
        else:
            tails[pos] = i
            tail_at[pos] = k
        back[k] = tail_at[pos - 1] if pos else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        keep.add(k)
        k = back[k]
    return keep


def align(old: WorkText, new: WorkText) -> Alignment:
    """Pair the paragraphs of NEW with those of OLD they continue (see the module docstring)."""
    langs = [lang for lang in new.languages if lang in old.texts]
    if not langs:
        raise LineageError(
            f"{old.symbol} ({', '.join(old.languages) or 'no text'}) and {new.symbol} ({', '.join(new.languages) or 'no text'}) "
            "have no language in common to compare"
        )
    result = Alignment(old.symbol, new.symbol, langs)
    n_old, n_new = len(old.order), len(new.order)
    if n_old and n_new:
        total = np.zeros((n_old, n_new))
        votes = np.zeros((n_old, n_new))
        for lang in langs:
            jac, both = _overlap(old, new, lang)
            total += jac
            votes += both
        with np.errstate(divide="ignore", invalid="ignore"):
            overlap = np.where(votes > 0, total / votes, 0.0)
        place = 1 - np.abs(np.arange(n_old)[:, None] / max(n_old - 1, 1) - np.arange(n_new)[None, :] / max(n_new - 1, 1))
        score = np.where(overlap >= MIN_OVERLAP, overlap + PLACE_WEIGHT * place, -1.0)
        rows, cols = linear_sum_assignment(score, maximize=True)
        found: dict[int, tuple[int, float]] = {}
        for i, j in zip(rows, cols):
            if score[i, j] < 0:
                continue
            sims, kept = [], []
            for lang in langs:
                if old.text(lang, old.order[i]) is None or new.text(lang, new.order[j]) is None:
                    continue
                a, b = old.words(lang, old.order[i]), new.words(lang, new.order[j])
                r = similarity(a, b)
                sims.append(r)
                kept.append(r * (len(a) + len(b)) / 2 / max(min(len(a), len(b)), 1))  # matched words / shorter
            sim = sum(sims) / len(sims) if sims else 0.0
            share = sum(kept) / len(kept) if kept else 0.0
            if sim >= MIN_SIMILARITY or (sim >= MIN_SIMILARITY_KEPT and share >= MIN_KEPT):
                found[j] = (i, sim)
        matched = sorted((i, j) for j, (i, _) in found.items())
        by_new = sorted(((i, j) for i, j in matched), key=lambda p: p[1])
        kept = _kept_order(by_new)
        moved = {j for k, (_, j) in enumerate(by_new) if k not in kept}
    else:
        found, moved = {}, set()
    used = set()
    for j, uid in enumerate(new.order):
        if j in found:
            i, sim = found[j]
            used.add(i)
            same = sim >= 1.0
            sim = 1.0 if same else min(round(sim, 4), 0.9999)
            unchanged = [
                lang for lang in langs
                if old.text(lang, old.order[i]) is not None and new.text(lang, uid) is not None
                and old.words(lang, old.order[i]) == new.words(lang, uid)
            ]
            result.pairs.append(Pair(uid, old.order[i], "same" if same else "amended", sim, j in moved, unchanged))
        else:
            result.pairs.append(Pair(uid, None, "new"))
    result.dropped = [uid for i, uid in enumerate(old.order) if i not in used]
    return result
