"""export stage of unkg: the store as linked data files (``formats``), with its dataset
description (``describe``), checked against the shapes (``validate``), copied to an endpoint (``push``)."""

from unkg import formats

# what ``unkg export`` writes, by the name ``--format`` takes (unkg.formats has their media types)
FORMATS: dict[str, formats.Format] = {f.short: f for f in formats.select("nquads", "trig", "ntriples", "turtle", "jsonld")}

__all__ = ["FORMATS"]
