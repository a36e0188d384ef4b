"""RDF the server writes about itself and its data: the service description and VoID."""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Triple, serialize

from kg.graph import PREFIXES
from server.served import Served

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DCTERMS = "http://purl.org/dc/terms/"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG"]
SERVER_PREFIXES = dict(PREFIXES, sd=SD, void=VOID, dcterms=DCTERMS)
DUMP_TYPES = {"ttl": "text/turtle", "nt": "application/n-triples", "nq": "application/n-quads"}


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD_INTEGER)


def used_prefixes(triples) -> dict[str, str]:
    """The prefixes whose namespace some IRI of the triples is in (a Turtle header lists only those)."""
    iris = {term.value for t in triples for term in (t.subject, t.predicate, t.object) if isinstance(term, NamedNode)}
    iris |= {t.object.datatype.value for t in triples if isinstance(t.object, Literal) and t.object.datatype}
    return {p: ns for p, ns in SERVER_PREFIXES.items() if any(i.startswith(ns) for i in iris)}


def to_bytes(triples, fmt) -> bytes:
    triples = list(triples)
    return serialize(triples, format=fmt, prefixes=used_prefixes(triples))


def dataset_node(root: str) -> NamedNode:
    return NamedNode(f"{root}.well-known/void#dipkg")


def service_description(served: Served, root: str) -> list[Triple]:
    """sd:Service for /sparql: what it accepts and returns, and the dataset it serves."""
    service = NamedNode(f"{root}sparql")
    dataset, default = BlankNode(), BlankNode()
    stats = served.statistics
    triples = [
        Triple(service, RDF_TYPE, NamedNode(SD + "Service")),
        Triple(service, NamedNode(SD + "endpoint"), service),
        Triple(service, NamedNode(SD + "supportedLanguage"), NamedNode(SD + "SPARQL11Query")),
        Triple(service, NamedNode(SD + "defaultDataset"), dataset),
        Triple(service, NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso"), NamedNode(f"{root}.well-known/void")),
        Triple(dataset, RDF_TYPE, NamedNode(SD + "Dataset")),
        Triple(dataset, NamedNode(SD + "defaultGraph"), default),
        Triple(default, RDF_TYPE, NamedNode(SD + "Graph")),
        Triple(default, NamedNode(VOID + "triples"), integer(stats.get("triples", 0))),
        Triple(default, NamedNode(VOID + "entities"), integer(stats.get("entities", 0))),
        Triple(dataset_node(root), NamedNode(VOID + "sparqlEndpoint"), service),
    ]
    triples += [Triple(service, NamedNode(SD + "resultFormat"), NamedNode(FORMATS + f)) for f in RESULT_FORMATS]
    for name in stats.get("named_graphs", []):
        graph = BlankNode()
        triples += [Triple(dataset, NamedNode(SD + "namedGraph"), graph),
                    Triple(graph, RDF_TYPE, NamedNode(SD + "NamedGraph")),
                    Triple(graph, NamedNode(SD + "name"), NamedNode(name))]
    return triples


def void_description(served: Served, root: str, sources: list[tuple[str, str | None]]) -> list[Triple]:
    """The VoID description of the dataset: size, endpoint, dumps, URI space, licence, sources."""
    node = dataset_node(root)
    stats = served.statistics
    triples = [
        Triple(node, RDF_TYPE, NamedNode(VOID + "Dataset")),
        Triple(node, NamedNode(DCTERMS + "title"), Literal("dipkg: a knowledge graph of diplomacy", language="en")),
        Triple(node, NamedNode(DCTERMS + "description"), Literal(
            "Meetings, visits, summits, memberships, chairmanships and offices read from news articles, "
            "each fact with the articles and sentences it was read from.", language="en")),
        Triple(node, NamedNode(DCTERMS + "license"), NamedNode(LICENSE)),
        Triple(node, NamedNode(VOID + "sparqlEndpoint"), NamedNode(f"{root}sparql")),
        Triple(node, NamedNode(VOID + "uriSpace"), Literal(f"{served.base}id/")),
        Triple(node, NamedNode(VOID + "vocabulary"), NamedNode("https://w3id.org/dipkg/ontology#")),
        Triple(node, NamedNode(VOID + "rootResource"), NamedNode(f"{root}")),
    ]
    if served.info.get("built"):
        triples.append(Triple(node, NamedNode(DCTERMS + "modified"),
                              Literal(served.info["built"][:10], datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date"))))
    for key, prop in (("triples", "triples"), ("entities", "entities"), ("classes", "classes"),
                      ("properties", "properties"), ("subjects", "distinctSubjects"), ("objects", "distinctObjects")):
        if key in stats:
            triples.append(Triple(node, NamedNode(VOID + prop), integer(stats[key])))
    for cls, count in sorted(stats.get("per_class", {}).items()):
        partition = BlankNode()
        triples += [Triple(node, NamedNode(VOID + "classPartition"), partition),
                    Triple(partition, NamedNode(VOID + "class"), NamedNode(cls)),
                    Triple(partition, NamedNode(VOID + "entities"), integer(count))]
    for name in sorted(served.info.get("dumps", {})):
        suffix = name.rsplit(".", 1)[-1]
        if suffix in DUMP_TYPES:
            triples.append(Triple(node, NamedNode(VOID + "dataDump"), NamedNode(f"{root}dumps/{name}")))
    for article, publisher in sources:
        triples.append(Triple(node, NamedNode(DCTERMS + "source"), NamedNode(article)))
        if publisher:
            triples.append(Triple(NamedNode(article), NamedNode(DCTERMS + "publisher"), Literal(publisher)))
    return triples
