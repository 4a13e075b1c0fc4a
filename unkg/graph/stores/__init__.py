"""Where the graph lives: the embedded on-disk store (default) or any SPARQL 1.1 endpoint.

``open_store(location)`` is the one way in: a directory gives a ``LocalStore`` (Oxigraph over
RocksDB), an ``http(s)://`` URL a ``RemoteStore``; both implement ``Store`` (``base``).
"""

from __future__ import annotations

import os
from pathlib import Path

from unkg.graph.stores.base import ENV, PREFIXES, Stats, Store, StoreError, default_location, nquads, sparql_prefixes
from unkg.graph.stores.local import LocalStore
from unkg.graph.stores.remote import QueryRefused, RemoteStore, endpoint_url

__all__ = [
    "ENV", "PREFIXES", "LocalStore", "QueryRefused", "RemoteStore", "Stats", "Store", "StoreError",
    "default_location", "endpoint_url", "nquads", "open_store", "sparql_prefixes",
]


def open_store(location: str | Path | None = None, **kwargs):
    """Open the store at ``location``: a directory (``LocalStore``), an ``http(s)://`` SPARQL
    endpoint (``RemoteStore``), or the default location."""
    url = endpoint_url(location if location is not None else os.environ.get(ENV))
    if url:
        return RemoteStore(url, **kwargs)
    return LocalStore(location, **kwargs)
