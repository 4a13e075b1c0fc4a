"""Regression: merging "reiterates its request" into "requests" made requests, invites, calls upon,
condemns and expresses concern narrower than "reaffirms", so every citation in a "Requests..."
paragraph was typed "reaffirms"."""

import pytest

from unkg.ingest import verbs


@pytest.mark.parametrize("verb", ["requests", "invites", "calls-upon", "condemns", "demands", "expresses-concern", "expresses-appreciation"])
def test_operative_verbs_keep_their_own_relation(verb):
    c = verbs.concept(verb)
    assert c.relation == verb
    assert c.broader is None


@pytest.mark.parametrize(("verb", "relation"), [("urgently-requests", "requests"), ("strongly-condemns", "condemns"), ("reiterates-requests", "reaffirms"), ("reaffirms-commitment", "reaffirms")])
def test_narrower_verbs_take_the_relation_of_what_they_narrow(verb, relation):
    assert verbs.concept(verb).relation == relation


def test_a_calls_upon_paragraph_cites_with_calls_upon():
    from tests.conftest import akn_file
    from unkg.ingest.link import link
    from unkg.ingest.readers.akn import read_akn

    record = link(read_akn(akn_file("ecosoc", "2022", "E_RES_2022_15", "en")))
    assert record.paragraph("op:80").verb.id == "calls-upon"
    op80 = [c for c in record.citations if c.paragraph == "op:80"]
    assert [c.target for c in op80] == ["A/RES/70/1"]
    assert op80[0].relation == "calls-upon"
