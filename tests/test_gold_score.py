"""The gold scorer (``tests/gold/score.py``) counts what it should: a changed gold answer is a miss."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tests.gold.score import score

GOLD = Path(__file__).parent / "gold"


def _one(name: str) -> dict:
    return json.loads((GOLD / name).read_text(encoding="utf-8"))


def test_a_changed_citation_is_a_miss_and_the_real_one_a_wrong_answer():
    gold = _one("A_RES_78_71.json")
    before = score([gold])["citations"]
    changed = copy.deepcopy(gold)
    item = next(c for c in changed["citations"] if not c.get("doubtful") and not c.get("called_from"))
    item["target"] = "A/RES/1/1"
    after = score([changed])["citations"]
    # the changed answer is missed in both language versions, and what the text cites is now wrong
    assert (after.fn, after.fp) == (before.fn + 2, before.fp + 2)


def test_an_embedded_draft_is_scored_by_the_golds_numbers():
    """E/RES/2024/9 recommends a draft resolution: the gold numbers the draft's paragraphs; without
    ``embedded_draft`` almost nothing would pair."""
    gold = _one("heldout2/E_RES_2024_9.json")
    with_map = score([gold])["citations"]
    without = score([{k: v for k, v in gold.items() if k != "embedded_draft"}])["citations"]
    assert with_map.tp > without.tp + 10


def test_an_instrument_named_in_a_paragraph_and_its_footnote_is_one_instrument_of_the_paragraph():
    """A/RES/78/158 pre 4 names the UNFCCC, and so does the footnote it calls: found once for the
    paragraph, so expected once, not missed once."""
    gold = _one("A_RES_78_158.json")
    direct = {"paragraph": "pre:4", "name": "United Nations Framework Convention on Climate Change"}
    assert direct in gold["instrument_citations"]
    tally = score([gold])["instruments"]
    alone = copy.deepcopy(gold)
    alone["instrument_citations"].remove(direct)  # the footnote's, for its caller, is still expected
    assert (score([alone])["instruments"].tp, score([alone])["instruments"].fn) == (tally.tp, tally.fn)


def test_an_office_matches_by_its_title_and_its_bodys_registry_id():
    """The gold's "secretariat of the United Nations Convention to Combat Desertification" is the
    office unkg mints for the secretariat of the Convention, whichever of its names either prints."""
    from tests.gold.score import same_entity
    from unkg.record import Entity

    office = Entity(id="secretariat-of-unccd", type="office", label="secretariat of the Convention",
                    en="secretariat of the United Nations Convention to Combat Desertification in Those Countries Experiencing "
                       "Serious Drought and/or Desertification, Particularly in Africa", known=False)
    assert same_entity("secretariat of the United Nations Convention to Combat Desertification", office)
    assert not same_entity("secretariat of the Convention on Biological Diversity", office)
    assert not same_entity("Executive Secretary of the United Nations Convention to Combat Desertification", office)


def test_a_group_matches_whatever_condition_either_side_prints():
    """The gold strips "concerned" from "administering Powers concerned"; so is the extracted group's
    printed name read; another group is another."""
    from tests.gold.score import same_entity
    from unkg.record import Entity

    group = Entity(id="administering-powers-concerned", type="other", label="administering Powers concerned",
                   en="administering Powers concerned", known=False, group=True)
    assert same_entity("administering Powers concerned", group)
    assert same_entity("all administering Powers", group)
    assert not same_entity("Non-Self-Governing Territories", group)
