"""Readable page models built from RDF descriptions: what the HTML templates show.

Links to our own resources become local paths ("/id/person/sergey-lavrov"), so pages work
whatever host the server answers on; dates are shown as dates; every value keeps its IRI.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Triple

from kg.graph import PREFIXES

DIP = "https://w3id.org/dipkg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
OA = "http://www.w3.org/ns/oa#"
HIDDEN = {RDFS_LABEL, RDF_TYPE, DIP + "evidence", DIP + "inboundLinkCount"}
COMMON_LABELS = {  # properties from other vocabularies, named for readers
    "http://www.w3.org/ns/prov#wasDerivedFrom": "source", "https://schema.org/mentions": "mentions",
    "http://www.w3.org/2002/07/owl#sameAs": "same as", "http://www.w3.org/2004/02/skos/core#altLabel": "also called",
    "https://schema.org/datePublished": "published", "https://schema.org/publisher": "publisher",
    "https://schema.org/url": "URL", "https://schema.org/headline": "headline", "http://www.w3.org/ns/org#member": "member",
    "http://www.w3.org/ns/org#organization": "organization",
    "http://www.w3.org/ns/org#resultingOrganization": "organization founded",
    "https://schema.org/containedInPlace": "in", "http://www.w3.org/ns/oa#hasSource": "article",
    "http://www.w3.org/ns/oa#exact": "text", "http://www.w3.org/ns/oa#start": "from character",
    "http://www.w3.org/ns/oa#end": "to character"}


@dataclass
class Value:
    text: str
    href: str | None = None
    iri: str | None = None
    external: bool = False


@dataclass
class Evidence:
    article: Value
    exact: str
    start: int
    end: int


@dataclass
class Fact:
    value: Value
    kind: str
    rows: list[tuple[str, list[Value]]]
    evidence: list[Evidence]
    date: str | None = None  # dip:startDate as written (2025, 2025-07, 2025-07-14)
    end: str | None = None
    event: bool = False


@dataclass
class EntityPage:
    iri: str
    label: str
    types: list[Value]
    names: list[str]
    wikidata: list[Value]
    rows: list[tuple[str, list[Value]]]
    facts: list[Fact] = field(default_factory=list)
    fact_total: int = 0
    inbound: list[tuple[Value, str]] = field(default_factory=list)
    inbound_total: int = 0
    evidence: list[Evidence] = field(default_factory=list)


def compact(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def show_date(literal: Literal) -> str:
    datatype = literal.datatype.value if literal.datatype else ""
    try:
        if datatype == XSD + "date":
            return datetime.date.fromisoformat(literal.value).strftime("%-d %B %Y")
        if datatype == XSD + "gYearMonth":
            return datetime.date.fromisoformat(literal.value + "-01").strftime("%B %Y")
    except ValueError:
        pass
    return literal.value


class PageBuilder:
    def __init__(self, triples: list[Triple], base: str, property_labels: dict[str, str]):
        self.base = base
        self.property_labels = property_labels
        self.out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for t in triples:
            self.out[t.subject.value][t.predicate.value].append(t.object)

    def local(self, iri: str) -> str | None:
        return "/" + iri[len(self.base):] if iri.startswith(self.base + "id/") else None

    def label(self, iri: str) -> str:
        labels = [o.value for o in self.out.get(iri, {}).get(RDFS_LABEL, [])]
        return labels[0] if labels else self.property_labels.get(iri) or compact(iri)

    def value(self, term) -> Value:
        if isinstance(term, NamedNode):
            href = self.local(term.value)
            return Value(self.label(term.value), href or term.value, term.value, external=href is None)
        if isinstance(term, Literal):
            return Value(show_date(term))
        return Value(str(term))

    def prop(self, iri: str) -> str:
        return self.property_labels.get(iri) or COMMON_LABELS.get(iri) or compact(iri)

    def rows(self, iri: str, hidden: set[str] = HIDDEN) -> list[tuple[str, list[Value]]]:
        found = []
        for predicate, objects in sorted(self.out.get(iri, {}).items(), key=lambda kv: self.prop(kv[0])):
            if predicate not in hidden:
                found.append((self.prop(predicate), sorted((self.value(o) for o in objects), key=lambda v: v.text)))
        return found

    def evidence(self, iri: str) -> list[Evidence]:
        found = []
        for node in self.out.get(iri, {}).get(DIP + "evidence", []):
            about = self.out.get(node.value, {})
            if not about.get(OA + "exact"):
                continue
            found.append(Evidence(self.value(about[OA + "hasSource"][0]), about[OA + "exact"][0].value,
                                  int(about[OA + "start"][0].value), int(about[OA + "end"][0].value)))
        return sorted(found, key=lambda e: (e.article.text, e.start))

    def fact(self, iri: str) -> Fact:
        about = self.out.get(iri, {})
        types = [self.label(t.value) for t in about.get(RDF_TYPE, [])]
        starts, ends = about.get(DIP + "startDate", []), about.get(DIP + "endDate", [])
        return Fact(self.value(NamedNode(iri)), ", ".join(sorted(types)), self.rows(iri), self.evidence(iri),
                    starts[0].value if starts else None, ends[0].value if ends else None,
                    event=bool(about.get(DIP + "status")))


def entity_page(description, base: str, property_labels: dict[str, str]) -> EntityPage:
    builder = PageBuilder(description.triples, base, property_labels)
    iri = description.iri
    own = builder.out.get(iri, {})
    wikidata = [builder.value(o) for o in own.get("http://www.w3.org/2002/07/owl#sameAs", [])]
    hidden = HIDDEN | {"http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2002/07/owl#sameAs"}
    facts = sorted((builder.fact(f) for f in description.facts), key=lambda f: (f.date or "9999", f.value.text))
    return EntityPage(
        iri=iri, label=builder.label(iri),
        types=[builder.value(t) for t in own.get(RDF_TYPE, [])],
        names=sorted(o.value for o in own.get("http://www.w3.org/2004/02/skos/core#altLabel", [])),
        wikidata=wikidata, rows=builder.rows(iri, hidden), facts=facts, fact_total=description.fact_total,
        inbound=[(builder.value(NamedNode(s)), builder.prop(p)) for s, p in description.inbound],
        inbound_total=description.inbound_total, evidence=builder.evidence(iri))


# ---------------------------------------------------------------------------- article pages


@dataclass
class Segment:
    """A stretch of article text and the facts whose evidence covers it."""

    text: str
    facts: list[int]  # indices into ArticlePage.facts


@dataclass
class ArticlePage:
    iri: str
    fields: dict[str, str]
    segments: list[Segment]
    facts: list[tuple[Value, list[str]]]  # (fact, its evidence texts)


def article_page(iri: str, fields: dict[str, str], evidence: list[tuple[int, int, str, str]], base: str,
                 local) -> ArticlePage:
    """The article's text cut at every evidence boundary, each piece knowing the facts it supports."""
    text = fields.get("articleBody", "")
    facts: list[str] = []
    labels: dict[str, str] = {}
    quotes: dict[str, list[str]] = defaultdict(list)
    spans = []
    for start, end, fact, label in evidence:
        if not (0 <= start < end <= len(text)):
            continue
        if fact not in labels:
            facts.append(fact)
            labels[fact] = label
        spans.append((start, end, facts.index(fact)))
        if text[start:end] not in quotes[fact]:
            quotes[fact].append(text[start:end])
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    segments = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted({n for s, e, n in spans if s <= a and b <= e})
        segments.append(Segment(text[a:b], covering))
    return ArticlePage(iri, fields, segments,
                       [(Value(labels[f], local(f), f), quotes[f]) for f in facts])


# ---------------------------------------------------------------------------- timeline and neighbourhood


def timeline_items(page: EntityPage) -> list[dict]:
    """The dated events of an entity page, for the timeline drawn over the list of facts."""
    return [{"id": f.value.iri, "content": f.value.text, "start": f.date, "end": f.end, "href": f.value.href}
            for f in page.facts if f.event and f.date]


def neighbourhood(page: EntityPage, limit: int = 60) -> dict:
    """The entity, its facts and what those facts link to: nodes and edges for the graph view."""
    nodes = {page.iri: {"id": page.iri, "label": page.label, "kind": "self", "href": None}}
    edges = []
    for fact in page.facts:
        if len(nodes) >= limit:
            break
        nodes.setdefault(fact.value.iri, {"id": fact.value.iri, "label": fact.value.text, "kind": "fact",
                                          "href": fact.value.href})
        edges.append({"source": page.iri, "target": fact.value.iri})
        for name, values in fact.rows:
            for value in values:
                if value.iri and value.href and not value.external and value.iri != page.iri and name not in (
                        "source", "on the sidelines of", "status") and len(nodes) < limit:
                    nodes.setdefault(value.iri, {"id": value.iri, "label": value.text, "kind": "entity",
                                                 "href": value.href})
                    edges.append({"source": fact.value.iri, "target": value.iri})
    return {"nodes": list(nodes.values()), "edges": edges}
