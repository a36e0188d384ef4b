"""Content negotiation by RFC 9110, as a table of Accept headers and the media type chosen."""

from __future__ import annotations

import pytest

from server import formats
from server.negotiation import choose, parse_accept

FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
CHROME = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
          "application/signed-exchange;v=b3;q=0.7")
SAFARI = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
CURL = "*/*"
RDFLIB = ("application/rdf+xml, text/n3, text/turtle, application/n-triples, application/ld+json, "
          "application/n-quads, application/trig")
SPARQLWRAPPER_JSON = "application/sparql-results+json,application/json,text/javascript,application/javascript"
SPARQLWRAPPER_XML = "application/sparql-results+xml"
JENA = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.7, "
        "text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, */*;q=0.1")

DOCUMENTS = formats.offers(formats.DOCUMENTS)
RESULTS = formats.offers(formats.RESULTS)
GRAPHS = formats.offers(formats.GRAPHS)

TABLE = [
    # header, offers, expected
    (FIREFOX, DOCUMENTS, "text/html"),
    (CHROME, DOCUMENTS, "text/html"),
    (SAFARI, DOCUMENTS, "text/html"),
    (CURL, DOCUMENTS, "text/html"),
    (None, DOCUMENTS, "text/html"),
    ("", DOCUMENTS, "text/html"),
    ("text/turtle", DOCUMENTS, "text/turtle"),
    ("application/x-turtle", DOCUMENTS, "application/x-turtle"),
    (RDFLIB, DOCUMENTS, "text/turtle"),  # all q=1: the server's preference decides
    ("application/ld+json;q=0.9, text/turtle;q=0.8", DOCUMENTS, "application/ld+json"),
    ("text/*", DOCUMENTS, "text/html"),
    ("text/*, text/html;q=0", DOCUMENTS, "text/turtle"),
    ("*/*;q=0.1, application/n-triples", DOCUMENTS, "application/n-triples"),
    ("image/png", DOCUMENTS, None),
    ("text/html;q=0", ["text/html"], None),
    ("text/turtle;q=0, */*", DOCUMENTS, "text/html"),
    ("TEXT/TURTLE", DOCUMENTS, "text/turtle"),
    ("text/turtle; charset=utf-8", DOCUMENTS, "text/turtle"),
    ("text/turtle;q=1.5", DOCUMENTS, None),  # an invalid q-value counts as 0
    ("text/turtle;q=abc, application/ld+json;q=0.2", DOCUMENTS, "application/ld+json"),
    ("garbage", DOCUMENTS, "text/html"),  # nothing parses: as if there were no header
    (FIREFOX, RESULTS, "application/xml"),
    (CURL, RESULTS, "application/sparql-results+json"),
    (SPARQLWRAPPER_JSON, RESULTS, "application/sparql-results+json"),
    (SPARQLWRAPPER_XML, RESULTS, "application/sparql-results+xml"),
    (JENA, RESULTS, "application/sparql-results+json"),
    ("text/csv", RESULTS, "text/csv"),
    ("text/tab-separated-values", RESULTS, "text/tab-separated-values"),
    ("text/turtle", RESULTS, None),
    (CURL, GRAPHS, "text/turtle"),
    ("application/n-quads", GRAPHS, "application/n-quads"),
    ("application/trig, text/turtle;q=0.5", GRAPHS, "application/trig"),
    (JENA, GRAPHS, "application/json"),  # q=0.2 beats */*;q=0.1: JSON-LD
]


@pytest.mark.parametrize("header,offers,expected", TABLE)
def test_the_chosen_media_type(header, offers, expected):
    assert choose(header, offers) == expected


def test_a_huge_header_is_read_only_so_far():
    header = ", ".join(["image/x-%d" % i for i in range(10_000)]) + ", text/turtle"
    assert choose(header, DOCUMENTS) is None
    assert len(parse_accept(header)) <= 64


def test_parameters_after_q_are_extensions_not_media_type_parameters():
    (found,) = parse_accept("text/turtle;q=0.5;level=1")
    assert found.q == 0.5 and found.params == ()
