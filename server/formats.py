"""The representations the server offers, by media type, name (for `format=`) and file suffix."""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import QueryResultsFormat, RdfFormat


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    writer: object  # a pyoxigraph RdfFormat or QueryResultsFormat
    suffix: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)

    def content_type(self, media_type: str | None = None) -> str:
        chosen = media_type or self.media_type
        textual = chosen.startswith("text/") or chosen.endswith(("json", "xml")) or chosen in (
            "application/n-triples", "application/n-quads", "application/trig")
        return f"{chosen}; charset=utf-8" if textual else chosen


RESULTS = [
    Format("json", "application/sparql-results+json", QueryResultsFormat.JSON, "srj", ("application/json",)),
    Format("xml", "application/sparql-results+xml", QueryResultsFormat.XML, "srx", ("application/xml", "text/xml")),
    Format("csv", "text/csv", QueryResultsFormat.CSV, "csv"),
    Format("tsv", "text/tab-separated-values", QueryResultsFormat.TSV, "tsv"),
]
GRAPHS = [
    Format("turtle", "text/turtle", RdfFormat.TURTLE, "ttl", ("application/x-turtle",)),
    Format("ntriples", "application/n-triples", RdfFormat.N_TRIPLES, "nt"),
    Format("jsonld", "application/ld+json", RdfFormat.JSON_LD, "jsonld", ("application/json",)),
    Format("rdfxml", "application/rdf+xml", RdfFormat.RDF_XML, "rdf"),
    Format("nquads", "application/n-quads", RdfFormat.N_QUADS, "nq"),
    Format("trig", "application/trig", RdfFormat.TRIG, "trig"),
]
HTML = Format("html", "text/html", None, "html")
DOCUMENTS = [HTML] + GRAPHS[:4]  # what an entity URI dereferences to
ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml", "xml-rdf": "rdfxml",
           "nq": "nquads", "srj": "json", "srx": "xml", "sparql-results+json": "json"}


def offers(formats: list[Format]) -> list[str]:
    """Every media type of the formats, in the server's order of preference."""
    return [media for f in formats for media in f.media_types]


def by_media_type(formats: list[Format], media_type: str) -> Format:
    return next(f for f in formats if media_type in f.media_types)


def by_name(formats: list[Format], name: str) -> Format | None:
    """A format named in a `format=` parameter: its name, suffix, or one of its media types."""
    key = ALIASES.get(name.strip().lower(), name.strip().lower())
    return next((f for f in formats if key in (f.name, f.suffix) or key in f.media_types), None)


def by_suffix(formats: list[Format], suffix: str) -> Format | None:
    return next((f for f in formats if f.suffix == suffix), None)
