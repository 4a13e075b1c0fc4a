"""Text that lost its page breaks, and the French and Spanish sub-paragraph labels, in the text reader.

Text copied from a PDF viewer keeps no form feed, and its blank lines are all alike: only the
running header (the symbol, the running title, the job number, the ``2/12`` page counter) still
marks where a page begins. The bulk General Assembly texts of the corpus mark their pages with an
empty line where their other blank lines hold a space: the same text with a form feed there is the
text with its page breaks, and with every line's trailing spaces stripped it is the PDF viewer's
copy. Both must give the same structure. (The corpus holds GA texts in English only; the Chinese
seed prints no running headers, and must read the same with the header reading in place.)"""

from __future__ import annotations

import hashlib
import re

import pytest

from tests.conftest import CORPUS, SEED
from unkg.ingest.parse import parse
from unkg.ingest.readers.text import decode, text_source

BULK = CORPUS / "bulk" / "ga-78-80"


def structure(text: str, name: str = "x.txt") -> list[str]:
    record = parse(text_source(text, name=name, sha256=hashlib.sha256(text.encode()).hexdigest()))
    return [p.id for p in record.paragraphs]


def with_form_feeds(text: str) -> str:
    return "\n".join("\f" if line == "" else line for line in text.split("\n"))


def as_copied_from_a_viewer(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.split("\n"))


def counts(ids: list[str]) -> tuple[int, int]:
    return sum(i.startswith("pre:") for i in ids), sum(re.fullmatch(r"op:\d+", i) is not None for i in ids)


# (file, preambular, operative): 79/100 has both header layouts (symbol first on left-hand pages,
# title first on right-hand ones); 78/17's third page prints no symbol (title, counter, job); 78/68 is
# 48 pages under a five-line running title, its masthead symbol reissued (A/RES/78/68*); 78/17 and
# 78/68 count as their AKN files do (78/68 there has one preambular paragraph more, pages or not)
DOCUMENTS = [("A_RES_79_100.txt", 26, 17), ("A_RES_78_17.txt", 12, 12), ("A_RES_78_68.txt", 90, 276), ("A_RES_79_133.txt", 38, 47)]


@pytest.mark.parametrize("name,pre,op", DOCUMENTS)
def test_the_running_header_ends_a_page_where_the_text_has_no_page_breaks(name, pre, op):
    text = decode((BULK / name).read_bytes())
    paged = structure(with_form_feeds(text))
    assert paged == structure(text)  # the form feed is the page break the empty line was
    copied = structure(as_copied_from_a_viewer(text))
    assert copied == paged
    assert counts(copied) == (pre, op)


def test_without_the_running_headers_the_pages_after_the_first_footnotes_are_lost():
    """What the header reading is for: the same text with its page counters gone reads only as
    far as the first page's footnotes (the text says something else, the answer changes)."""
    text = as_copied_from_a_viewer(decode((BULK / "A_RES_79_100.txt").read_bytes()))
    without = "\n".join("" if re.fullmatch(r"\d{1,2}/\d{1,2}", line.strip()) else line for line in text.split("\n"))
    assert counts(structure(without)) != (26, 17)


def test_the_seed_reads_the_same_with_the_header_reading_in_place():
    ids = structure(decode(SEED.read_bytes()), SEED.name)
    assert len(ids) == 110 and ids[0] == "pre:1" and "op:25" in ids


# --- a), b): the sub-paragraph labels of French and Spanish ------------------------------------------


@pytest.mark.parametrize("name", ["A_RES_79_194.txt", "A_RES_79_152.txt", "A_RES_79_243.txt"])
def test_french_and_spanish_labels_give_the_ids_of_the_english_ones(name):
    """French and Spanish print ``a)``, ``ii)`` where English prints ``(a)``, ``(ii)``: the same
    text with its labels printed the French way gives the same paragraph ids."""
    text = decode((BULK / name).read_bytes())
    french = re.sub(r"(?m)^(\s*)\(([a-z]{1,2}|[ivx]{1,5})\)(?=\s)", r"\1\2)", text)
    assert french != text
    english = structure(text)
    assert any("(" in i for i in english)
    assert structure(french) == english
