"""serve stage of unkg: the SPARQL 1.1 endpoint, query UI, dereferenceable IRIs and graph views over HTTP."""

from unkg.serve.app import create_app, serve

__all__ = ["create_app", "serve"]
