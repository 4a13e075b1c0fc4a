"""The data_extract reader on the UN's own JSON lines (GA sessions 74-79, ECOSOC 2024), read in place."""

from __future__ import annotations

import pytest

from tests.conftest import AKN
from unkg.ingest.errors import IngestError
from unkg.ingest.readers.extract import read_extract

GA = AKN / "ga" / "data_extract"
ECOSOC = AKN / "ecosoc" / "data_extract" / "2024.json"


@pytest.fixture(scope="module")
def ga79() -> dict:
    return {w.symbol: w for w in read_extract(GA / "79.json")}


def test_recorded_vote(ga79):
    """A/RES/79/7 (the embargo against Cuba): 187 in favour, 2 against (Israel, United States), 1 abstention."""
    work = ga79["A/RES/79/7"]
    assert work.voting.outcome == "adoptedRecordedVote"
    assert work.voting.counts == {"in_favour": 187, "against": 2, "abstaining": 1}
    assert work.voting.against == ["ISRAEL", "UNITED STATES"]
    assert len(work.voting.in_favour) == 187 and len(work.voting.abstaining) == 1
    assert "CUBA" in work.voting.in_favour


def test_fields(ga79):
    work = ga79["A/RES/79/194"]
    assert work.date == "2024-12-19"  # printed "19 December 2024" with a no-break space
    assert work.meeting == "54"
    assert work.session == "79"  # "Seventy-ninth session"
    assert work.agenda_items == ["15"]
    assert work.committee == "Second Committee"
    assert work.originating_document == "A/79/434"  # "A/79/434, para. 21"
    assert work.title == "Information and communications technologies for sustainable development"
    assert work.voting.outcome == "adoptedWithoutVote" and work.voting.counts == {}
    assert work.source.file == "79.json" and work.source.format == "extract"
    assert work.source.reader == "read_extract" and len(work.source.sha256) == 64


def test_every_line_is_read():
    counts = {path.name: sum(1 for _ in read_extract(path)) for path in sorted(GA.glob("*.json"))}
    assert counts == {"74.json": 266, "75.json": 337, "76.json": 310, "77.json": 343, "78.json": 328,
                      "79.json": 372}
    for path in GA.glob("*.json"):
        works = list(read_extract(path))
        assert all(w.date and w.session == path.stem and w.meeting for w in works), path.name


def test_older_sessions():
    """Session 74 writes dates as "2019-11-07 00:00:00" and has adoption_type instead of voting_type."""
    works = {w.symbol: w for w in read_extract(GA / "74.json")}
    work = works["A/RES/74/7"]
    assert work.date == "2019-11-07"
    assert work.voting.outcome == "adoptedRecordedVote"
    assert work.voting.counts == {"in_favour": 187, "against": 3, "abstaining": 2}
    assert work.voting.against == ["BRAZIL", "ISRAEL", "UNITED STATES"]
    assert works["A/RES/74/1"].voting.outcome == "adoptedWithoutVote"


def test_ecosoc_lines_wrapped_in_stray_quotes():
    """The ECOSOC 2024 file wraps its lines in unescaped quotes and ends with a line of one quote."""
    works = list(read_extract(ECOSOC))
    assert len(works) == 22
    assert [w.symbol for w in works[:2]] == ["E/RES/2024/1", "E/RES/2024/2"]
    assert works[0].date == "2023-07-27"
    assert works[0].session == "2024"
    assert works[1].committee == "Statistical Commission"
    assert works[1].sdgs == ["17", "16", "6", "14", "9"]
    assert works[1].agenda_items == ["18 (c)"]


def test_agenda_items_and_committee_keys(ga79):
    several = [w for w in read_extract(GA / "78.json") if len(w.agenda_items) > 1]
    assert several and all(all(item[0].isdigit() for item in w.agenda_items) for w in several)
    committees = {w.committee for path in GA.glob("*.json") for w in read_extract(path)}
    assert "Fifth Committee" in committees and not any(c and c.startswith("#") for c in committees)


def test_a_line_that_is_no_object(tmp_path):
    path = tmp_path / "80.json"
    path.write_text('{"symbol": "A/RES/80/1", "adoption_date": "1 October 2025"}\n[1, 2]\n', encoding="utf-8")
    works = read_extract(path)
    assert next(works).date == "2025-10-01"
    with pytest.raises(IngestError, match=r"80\.json: line 2: a JSON list, not an object"):
        next(works)


def test_a_line_that_is_no_json(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('\n{"symbol": "A/RES/80/1", \n', encoding="utf-8")
    with pytest.raises(IngestError, match=r"bad\.json: line 2: not a JSON object") as err:
        list(read_extract(path))
    assert "\n" not in str(err.value)


def test_a_line_without_symbol(tmp_path):
    path = tmp_path / "nosym.json"
    path.write_text('{"title": "x"}\n', encoding="utf-8")
    with pytest.raises(IngestError, match="line 1: no symbol"):
        list(read_extract(path))
