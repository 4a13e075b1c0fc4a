"""unkg: a knowledge graph of UN digital-policy instruments.

The UN's own documents (AKN4UN XML, PDF, text) become RDF against a small ontology
(``unkg/ontology/unkg.ttl``), stored in an embedded Oxigraph store or any SPARQL 1.1 endpoint.
"""

__version__ = "0.1.0"
