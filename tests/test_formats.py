"""The one table of formats (``unkg.formats``): names that lead to one format each, media types
and suffixes that agree with pyoxigraph's, counterparts of the other kind, and the stages'
choices drawn from it."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from unkg import formats
from unkg.export import FORMATS as EXPORT_FORMATS
from unkg.formats import FORMATS


def test_every_name_leads_to_one_format():
    names = [n for f in FORMATS for n in {f.key, *f.names}]
    assert len(names) == len(set(names))
    for f in FORMATS:
        assert all(formats.get(n) is f for n in (f.key, *f.names))
    with pytest.raises(KeyError):
        formats.get("yaml")


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.ox is not None], ids=lambda f: f.key)
def test_media_type_and_suffix_agree_with_pyoxigraph(fmt):
    assert fmt.media_type == fmt.ox.media_type.split(";")[0]
    assert fmt.suffix == "." + fmt.ox.file_extension
    assert isinstance(fmt.ox, ox.QueryResultsFormat) == (fmt.kind == formats.RESULTS)
    if isinstance(fmt.ox, ox.RdfFormat):
        assert fmt.ox.supports_datasets == (fmt.kind == formats.DATASET)


def test_a_counterpart_is_of_the_other_kind():
    for f in FORMATS:
        if f.counterpart:
            other = formats.get(f.counterpart)
            assert (f.kind == formats.RESULTS) != (other.kind == formats.RESULTS), f.key


def test_text_types_say_their_charset():
    assert formats.get("csv").content_type == "text/csv; charset=utf-8"
    assert formats.get("turtle").content_type == "text/turtle; charset=utf-8"
    assert formats.get("jsonld").content_type == "application/ld+json"


def test_export_writes_these_formats_by_their_short_names():
    assert list(EXPORT_FORMATS) == ["nq", "trig", "nt", "ttl", "jsonld"]
    assert formats.listing(tuple(EXPORT_FORMATS.values())) == "nq, trig, nt, ttl or jsonld"
    assert {f.kind for f in EXPORT_FORMATS.values()} == {formats.GRAPH, formats.DATASET}
