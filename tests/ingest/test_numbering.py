"""The numbering engine every reader feeds: labels in six languages, divisions, ids, names."""

from __future__ import annotations

import pytest

from unkg.ingest.numbering import Label, Numbering, classify, name_divisions, opening_label, opening_number, resolve_list
from unkg.record import Footnote, Paragraph, Record


@pytest.mark.parametrize(("printed", "kind", "value", "latin"), [
    ("1.", "op", 1, None),
    ("12 -", "op", 12, None),  # Arabic
    ("(a)", "alpha", 1, "a"),
    ("b)", "alpha", 2, "b"),  # French, Spanish, Russian
    ("(aa)", "alpha", 27, "aa"),  # after z
    ("(iv)", "roman", 4, "iv"),
    ("(i)", "ambiguous", 1, "i"),  # a letter or a numeral: its list decides
    ("(c)", "ambiguous", 100, "c"),
    ("(أ)", "alpha", 1, "a"),  # Arabic letters in abjad order
    ("(هـ)", "alpha", 5, "e"),
    ("(أ أ)", "alpha", 27, "aa"),
    ("’3‘", "roman", 3, "iii"),  # Arabic (iii)
    ("㈢", "roman", 3, "iii"),  # Chinese (iii)
    ("(十一)", "roman", 11, "xi"),
    ("б)", "alpha", 2, "b"),  # Russian order
    ("г)", "alpha", 4, "d"),
    ("II.", "heading", 2, None),
    ("A.", "heading", 1, None),
    ("一、", "heading", 1, None),
])
def test_labels_in_six_languages(printed, kind, value, latin):
    label = classify(printed)
    assert (label.kind, label.value) == (kind, value)
    if latin:
        assert label.latin == latin


def test_cyrillic_look_alikes_read_as_the_latin_letters_they_stand_for():
    # "с)" typed for "c)" in a Latin-lettered Russian list; each look-alike of the one table
    assert classify("с)").latin == "c"
    assert classify("е)").latin == "e"
    assert classify("н)").latin == "h"  # the AKN reader's table had it, the text parse's did not
    labels = [classify("a)"), classify("b)"), classify("с)"), classify("d)")]
    assert resolve_list(labels) == [("alpha", 1), ("alpha", 2), ("alpha", 3), ("alpha", 4)]
    russian = [classify("а)"), classify("б)"), classify("в)")]  # a Russian list: а б в is a b c
    assert resolve_list(russian) == [("alpha", 1), ("alpha", 2), ("alpha", 3)]


def test_a_list_decides_its_ambiguous_labels():
    assert resolve_list([classify("(i)"), classify("(ii)"), classify("(v)")]) == [("roman", 1), ("roman", 2), ("roman", 5)]
    assert resolve_list([classify("(h)"), classify("(i)"), classify("(j)")]) == [("alpha", 8), ("alpha", 9), ("alpha", 10)]


@pytest.mark.parametrize(("text", "found"), [
    ("12. Decides to ...", (12, 4)),
    ("12 - يقرر", (12, 5)),
    ("2030 Agenda", None),
    ("1.5 degrees", None),
])
def test_opening_number(text, found):
    assert opening_number(text) == found


@pytest.mark.parametrize(("text", "latin"), [
    ("(b) Encourages", "b"),
    ("iv) des mesures", "iv"),
    ("(ب) يشجع", "b"),
    ("㈡ 鼓励", "ii"),
    ("’2‘ تدابير", "ii"),
    ("and) more", None),  # a word in brackets is no label
])
def test_opening_label(text, latin):
    found = opening_label(text)
    assert (found[0].latin if found else None) == latin


def ids(num: Numbering, *steps) -> list[str]:
    out = []
    for step in steps:
        if step == "pre":
            out.append(num.preambular())
        elif isinstance(step, int):
            out.append(num.operative(step).id)
        else:
            out.append(num.sub(classify(step)).id)
    return out


@pytest.mark.parametrize("lists", [True, False])
def test_sub_paragraphs_under_the_paragraph_before(lists):
    num = Numbering(lists=lists)
    assert ids(num, 1, "(a)", "(b)", "(i)", "(ii)", "(c)", 2) == [
        "op:1", "op:1(a)", "op:1(b)", "op:1(b)(i)", "op:1(b)(ii)", "op:1(c)", "op:2"]


@pytest.mark.parametrize("lists", [True, False])
def test_i_after_h_is_a_letter(lists):
    num = Numbering(lists=lists)
    assert ids(num, 1, "(g)", "(h)", "(i)", "(j)")[-2:] == ["op:1(i)", "op:1(j)"]


@pytest.mark.parametrize("lists", [True, False])
def test_lettered_paragraphs_opening_a_body_are_its_operative_ones(lists):
    num = Numbering(lists=lists)
    assert ids(num, "(a)", "(b)") == ["op:1", "op:2"]


def test_a_text_letters_a_preambular_paragraph_the_markup_does_not():
    """A/RES/76/246 zh, part B: lettered paragraphs after a preambular one (a crossHeading) in the
    AKN markup stay with the last operative paragraph; in a text they are the preambular one's."""
    text = Numbering(lists=False)
    assert ids(text, 1, "pre") == ["op:1", "pre:1"]
    assert text.sub(classify("(a)"), operative=False).id == "pre:1(a)"  # no operative verb opens it
    markup = Numbering(lists=True)
    assert ids(markup, 1, "pre", "(a)") == ["op:1", "pre:1", "op:1(a)"]


def test_a_repeated_number_restarts_in_a_new_part_and_a_repeated_other_is_refused():
    num = Numbering(lists=False)
    assert ids(num, 1, 2, 1, 2) == ["op:1", "op:2", "annex-p1/op:1", "annex-p1/op:2"]
    assert num.operative(2) is None


def test_a_numbered_list_inside_the_paragraph_before_is_lettered():
    """A/RES/79/1 annex I: "... the following objectives: 1. ... 5." under one paragraph."""
    num = Numbering(lists=True)
    assert num.operative(1).id == "op:1"
    assert num.operative(2).id == "op:2"
    first = num.operative(1, opens_list=True)
    assert (first.id, first.parent) == ("op:2(a)", "op:2")
    assert num.operative(2).id == "op:2(b)"
    assert num.operative(3).id == "op:3"  # the next number of the paragraphs themselves


def test_annexes_and_parts_are_named_once_the_document_is_read():
    num = Numbering(lists=False)
    found = ids(num, 1)
    num.part()
    found += ids(num, 1)
    num.annex()
    found += ids(num, "pre", 1)
    num.part()
    found += ids(num, 1)
    assert found == ["op:1", "annex-p1/op:1", "annex-1/pre:1", "annex-1/op:1", "annex-1p1/op:1"]
    record = Record(symbol="A/RES/1/1", kind="resolution", language="en", title="t", adopted_by=None, date=None,
                    paragraphs=[Paragraph(id=i, kind="operative", number="1", text="x") for i in found],
                    footnotes=[Footnote(number="1", text="n", paragraph="annex-1p1/op:1")],
                    warnings=["duplicate sub-paragraph annex-1/op:1(a) (para_9): skipped"])
    name_divisions(record)
    assert [p.id for p in record.paragraphs] == ["op:1", "annex-A/op:1", "annex-I/pre:1", "annex-I/op:1", "annex-I1/op:1"]
    assert record.footnotes[0].paragraph == "annex-I1/op:1"
    # warnings name the paragraphs as the record does (the AKN reader's used to keep the provisional names)
    assert record.warnings == ["duplicate sub-paragraph annex-I/op:1(a) (para_9): skipped"]


def test_a_label_is_plain_data():
    label = Label("alpha", 3, "(c)")
    assert label == classify("(c)").as_letter()
