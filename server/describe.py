"""What an entity URI dereferences to: the entity, the facts it takes part in, their sources.

The description of a resource is: its own triples; the facts (events, memberships,
positions, chairmanships, foundings) that point at it, with their own triples, their evidence
and the articles they were read from; other resources that point at it (capped, with the
total); and the label of everything it links to. Articles, events and memberships are
resources like any other: an article's facts are the facts derived from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import DefaultGraph, Literal, NamedNode, Store, Triple

DIP = "https://w3id.org/dipkg/ontology#"
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
INBOUND_COUNT = NamedNode(DIP + "inboundLinkCount")
EVIDENCE_PREDICATE = NamedNode(DIP + "evidence")
FACT_KINDS = ("event", "membership", "position", "chairmanship", "founding")
MAX_FACTS = 500  # in a data document (Turtle, JSON-LD, ...)
PAGE_FACTS = 20  # on an HTML page, which links to a query for the rest: a page is for reading
MAX_INBOUND = 200

# {e} is the resource and {facts} the pattern of fact IRIs, both written by pyoxigraph's own
# term serialization (NamedNode refuses anything that is not an IRI, so nothing can be injected)
OWN = "CONSTRUCT {{ {e} ?p ?o }} WHERE {{ {e} ?p ?o }}"
FACTS = "SELECT DISTINCT ?f WHERE {{ ?f ?p {e} FILTER(REGEX(STR(?f), {facts})) }} ORDER BY ?f LIMIT {limit}"
FACT_COUNT = "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?f ?p {e} FILTER(REGEX(STR(?f), {facts})) }}"
INBOUND = "SELECT ?s ?p WHERE {{ ?s ?p {e} FILTER(!REGEX(STR(?s), {facts})) }} ORDER BY ?p ?s LIMIT {limit}"
INBOUND_TOTAL = "SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p {e} }}"
ABOUT = "CONSTRUCT { ?x ?p ?o } WHERE { VALUES ?x { %s } ?x ?p ?o }"
EVIDENCE = "CONSTRUCT { ?ev ?p ?o } WHERE { VALUES ?x { %s } ?x <" + DIP + "evidence> ?ev . ?ev ?p ?o }"
LABELS = """CONSTRUCT { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l . ?x a ?t }
            WHERE { VALUES ?x { %s } { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l } UNION { ?x a ?t } }"""


@dataclass
class Description:
    """The triples that describe one resource, and how many links to it were left out."""

    iri: str
    triples: list[Triple] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    fact_total: int = 0
    inbound: list[tuple[str, str]] = field(default_factory=list)
    inbound_total: int = 0

    @property
    def exists(self) -> bool:
        subject = NamedNode(self.iri)
        return any(t.subject == subject for t in self.triples)


def values(iris) -> str:
    return " ".join(str(NamedNode(i)) for i in iris)


def count(store: Store, query: str) -> int:
    return int(next(iter(store.query(query)))["n"].value)


def describe(store: Store, iri: str, base: str, max_facts: int = MAX_FACTS) -> Description:
    """The description, read with index lookups (subject or object bound), not SPARQL joins:
    a page is a few hundred lookups, each a key range in the store, and that is what keeps an
    entity page of a busy person within milliseconds."""
    entity = NamedNode(iri)
    description = Description(iri)
    own = [q.triple for q in store.quads_for_pattern(entity, None, None, DefaultGraph())]
    if not own:
        return description
    description.triples = own
    fact_prefixes = tuple(f"{base}id/{kind}/" for kind in FACT_KINDS)
    facts, inbound, total = set(), [], 0
    for quad in store.quads_for_pattern(None, None, entity, DefaultGraph()):
        total += 1
        subject = quad.subject.value
        if subject.startswith(fact_prefixes):
            facts.add(subject)
        else:
            inbound.append((quad.predicate.value, subject))
    description.fact_total = len(facts)
    description.facts = sorted(facts)[:max_facts]
    description.inbound_total = total
    description.inbound = [(s, p) for p, s in sorted(inbound)[:MAX_INBOUND]]
    known = {iri}
    for fact in description.facts:
        description.triples += triples_of(store, fact)
        known.add(fact)
    for holder in [iri] + description.facts:
        for quad in store.quads_for_pattern(NamedNode(holder), EVIDENCE_PREDICATE, None, DefaultGraph()):
            if quad.object.value not in known:
                known.add(quad.object.value)
                description.triples += triples_of(store, quad.object.value)
    description.triples += [Triple(NamedNode(s), NamedNode(p), entity) for s, p in description.inbound]
    description.triples.append(Triple(entity, INBOUND_COUNT, Literal(str(description.inbound_total),
                                      datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
    linked = {t.object.value for t in description.triples if isinstance(t.object, NamedNode)}
    linked |= {t.subject.value for t in description.triples if isinstance(t.subject, NamedNode)}
    # what is described in full already has its label and types among the triples
    for other in sorted(linked - known):
        node = NamedNode(other)
        for predicate in (RDFS_LABEL, RDF_TYPE):
            description.triples += [q.triple for q in store.quads_for_pattern(node, predicate, None, DefaultGraph())]
    description.triples = list(dict.fromkeys(description.triples))
    return description


def triples_of(store: Store, iri: str) -> list[Triple]:
    return [q.triple for q in store.quads_for_pattern(NamedNode(iri), None, None, DefaultGraph())]


ARTICLE_EVIDENCE = """
SELECT ?start ?end ?fact ?label WHERE {{
  ?evidence <http://www.w3.org/ns/oa#hasSource> {a} ;
            <http://www.w3.org/ns/oa#start> ?start ; <http://www.w3.org/ns/oa#end> ?end .
  ?fact <https://w3id.org/dipkg/ontology#evidence> ?evidence ; <http://www.w3.org/2000/01/rdf-schema#label> ?label .
}} ORDER BY ?start ?end ?fact"""
ARTICLE_FIELDS = """
SELECT ?p ?o WHERE {{ {a} ?p ?o FILTER(?p IN (<https://schema.org/articleBody>, <https://schema.org/headline>,
  <https://schema.org/publisher>, <https://schema.org/datePublished>, <https://schema.org/url>,
  <https://w3id.org/dipkg/ontology#sourceFile>)) }}"""


def article_evidence(store: Store, iri: str) -> list[tuple[int, int, str, str]]:
    """(start, end, fact, fact label) of every evidence span in an article."""
    rows = store.query(ARTICLE_EVIDENCE.format(a=NamedNode(iri)))
    return [(int(r["start"].value), int(r["end"].value), r["fact"].value, r["label"].value) for r in rows]


def article_fields(store: Store, iri: str) -> dict[str, str]:
    rows = store.query(ARTICLE_FIELDS.format(a=NamedNode(iri)))
    return {r["p"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]: r["o"].value for r in rows}
