"""unkg: a knowledge graph of UN digital-policy instruments.

The UN's own documents (AKN4UN XML, PDF, text) become RDF against a small ontology
(``unkg/ontology/unkg.ttl``), stored in an embedded Oxigraph store or any SPARQL 1.1 endpoint.

One import gives what a notebook needs (``unkg.api``)::

    import unkg
    kg = unkg.open_store("my-store")
    kg.ingest("ECOSOCresolutions/2022")
    kg.query("citing-works", symbol="A/RES/70/125")   # a pandas DataFrame
    kg.view("bodies", "CSTD")                           # drawn inline in Jupyter
    unkg.library()                                      # the query library

The names below load on first use (PEP 562), so ``import unkg`` itself imports nothing else.
"""

__version__ = "0.1.0"

# public name -> the module that defines it (imported when the name is first asked for)
_API = {
    "open_store": "unkg.api",
    "Store": "unkg.api",
    "View": "unkg.api",
    "library": "unkg.api",
    "VIEWS": "unkg.api",
    "QueryError": "unkg.api",
    "ViewError": "unkg.api",
}

__all__ = ["__version__", *sorted(_API)]


def __getattr__(name: str):
    if name in _API:
        from importlib import import_module

        value = getattr(import_module(_API[name]), name)
        globals()[name] = value  # asked once
        return value
    raise AttributeError(f"module 'unkg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
