"""The Linked Data server: SPARQL endpoint, entity pages, dumps (built on the store of kg)."""
