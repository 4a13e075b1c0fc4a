"""The unkg ontology (unkg.ttl), its SHACL shapes and what is generated from them."""
