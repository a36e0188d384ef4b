"""Records to RDF: the one place that turns keys into IRIs and records into triples.

Instance data goes in the default graph; the vocabulary of ontology/ is loaded beside it in
a named graph of its own (kg.store). Every fact node carries prov:wasDerivedFrom to each
article that states it and a dip:evidence node per sentence or phrase it was read from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from kg.ids import ONTOLOGY, article_key, iri_for, make_key
from kg.models import (
    ArticleExtraction,
    ArticleMeta,
    ChairmanshipFact,
    DateValue,
    Entity,
    EventFact,
    Evidence,
    FoundingFact,
    KnowledgeBase,
    MembershipFact,
    PositionFact,
)

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
OA = "http://www.w3.org/ns/oa#"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "dip": ONTOLOGY, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS, "schema": SCHEMA,
    "prov": PROV, "org": ORG, "oa": OA, "wd": WD, "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "time": "http://www.w3.org/2006/time#", "foaf": "http://xmlns.com/foaf/0.1/",
}
ENTITY_CLASSES = {"person": ["Person"], "country": ["Country"], "organization": ["Organization"],
                  "place": ["Place"], "city": ["Place", "City"]}
STATUS = {"held": "Held", "planned": "Planned", "cancelled": "Cancelled"}
MEMBERSHIP_STATUS = {"member": "Member", "founding_member": "FoundingMember", "observer": "Observer",
                     "dialogue_partner": "DialoguePartner", "admission_decided": "AdmissionDecided"}
KIND_LABEL = {"Summit": "summit", "MinisterialMeeting": "ministerial meeting", "Conference": "conference",
              "Meeting": "meeting", "BilateralMeeting": "meeting", "PhoneCall": "phone call", "Visit": "visit",
              "StateVisit": "state visit", "Ceremony": "ceremony", "Inauguration": "inauguration"}


def dip(name: str) -> NamedNode:
    return NamedNode(ONTOLOGY + name)


def term(namespace: str, name: str) -> NamedNode:
    return NamedNode(namespace + name)


TYPE = term(RDF, "type")
LABEL = term(RDFS, "label")


def date_literal(value: DateValue, end: bool = False) -> Literal:
    text = value.end if end and value.end else value.start
    datatype = {4: "gYear", 7: "gYearMonth", 10: "date"}[len(text)]
    return Literal(text, datatype=term(XSD, datatype))


WHEN_WORDS = (r"(?:on|in|at|last|this|next|earlier|later|late|early|mid|since|from|during)"
              r"(?: (?:the|of|early|late|mid|this|last|next))*"
              r" (?:\d{1,4}|january|february|march|april|may|june|july|august|september|october|november|december"
              r"|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*")


def gathering_title(name: str) -> str:
    """A gathering's name as a heading: "The St Petersburg forum on June 17" -> "St Petersburg forum".

    The name is the phrase as the article wrote it, with its article and the time it was told
    with; the date is already in the label's parentheses, and lowering the rest of the phrase
    (str.capitalize) would spoil its proper names.
    """
    words = name.strip()
    words = re.sub(r"^(?:the|a|an|this|that|its|their|his|her)\s+", "", words, flags=re.I)
    words = re.sub(rf"\s+{WHEN_WORDS}$", "", words, flags=re.I) or words
    return words[:1].upper() + words[1:]


def english(text: str) -> Literal:
    return Literal(text, language="en")


class GraphBuilder:
    """Triples for a knowledge base under one base URI."""

    def __init__(self, kb: KnowledgeBase, base: str):
        self.kb = kb
        self.base = base
        self.entities = {e.key: e for e in kb.entities}
        self.articles = {m.file: m for m in kb.articles}
        self.quads: list[Quad] = []

    # -- helpers

    def node(self, key: str) -> NamedNode:
        return NamedNode(iri_for(self.base, key))

    def add(self, subject, predicate, obj) -> None:
        self.quads.append(Quad(subject, predicate, obj, DefaultGraph()))

    def name(self, key: str | None) -> str:
        """A short readable name: an acronym the articles use ("SCO"), else the canonical label."""
        if not key:
            return ""
        entity = self.entities.get(key)
        if entity is None:
            return key.split("/")[-1]
        if entity.kind != "organization" or entity.label.isupper():
            return entity.label  # "BRICS", not the former "BRIC" an article also used
        acronyms = [n for n in self.kb.names.get(key, ()) if n.isupper() and 2 <= len(n) <= 6]
        return acronyms[0] if acronyms else entity.label

    def article_node(self, file: str) -> NamedNode:
        return self.node(article_key(file))

    def provenance(self, subject: NamedNode, sources: tuple[str, ...], evidence: tuple[Evidence, ...]) -> None:
        for file in sources:
            self.add(subject, term(PROV, "wasDerivedFrom"), self.article_node(file))
        for item in evidence:
            node = self.node(make_key("evidence", item.file.rsplit(".", 1)[0], str(item.start), str(item.end)))
            self.add(subject, dip("evidence"), node)
            self.add(node, TYPE, dip("Evidence"))
            self.add(node, term(OA, "hasSource"), self.article_node(item.file))
            self.add(node, term(OA, "exact"), Literal(item.exact))
            # xsd:integer: the store would turn an xsd:nonNegativeInteger into one anyway
            self.add(node, term(OA, "start"), Literal(str(item.start), datatype=term(XSD, "integer")))
            self.add(node, term(OA, "end"), Literal(str(item.end), datatype=term(XSD, "integer")))

    def dates(self, subject: NamedNode, value: DateValue | None, end: DateValue | None = None) -> None:
        if value is not None:
            self.add(subject, dip("startDate"), date_literal(value))
            if value.end:
                self.add(subject, dip("endDate"), date_literal(value, end=True))
        if end is not None:
            self.add(subject, dip("endDate"), date_literal(end))

    # -- nodes

    def entity(self, entity: Entity) -> None:
        subject = self.node(entity.key)
        for cls in ENTITY_CLASSES[entity.kind]:
            self.add(subject, TYPE, dip(cls))
        self.add(subject, LABEL, english(entity.label))
        seen = {entity.label.casefold()}
        for name in self.kb.names.get(entity.key, ()):
            if name.casefold() not in seen:
                seen.add(name.casefold())
                self.add(subject, term(SKOS, "altLabel"), english(name))
        if entity.wikidata:
            self.add(subject, term(OWL, "sameAs"), term(WD, entity.wikidata))
        if entity.country and entity.kind in ("city", "place") and entity.country in self.entities:
            self.add(subject, term(SCHEMA, "containedInPlace"), self.node(entity.country))

    def article(self, meta: ArticleMeta) -> None:
        subject = self.article_node(meta.file)
        self.add(subject, TYPE, dip("Article"))
        self.add(subject, dip("sourceFile"), Literal(meta.file))
        self.add(subject, LABEL, english(meta.headline or meta.lead or meta.file))
        if meta.headline:
            self.add(subject, term(SCHEMA, "headline"), Literal(meta.headline))
        if meta.published:
            self.add(subject, term(SCHEMA, "datePublished"), Literal(meta.published.isoformat(),
                                                                     datatype=term(XSD, "date")))
        if meta.url:
            self.add(subject, term(SCHEMA, "url"), Literal(meta.url, datatype=term(XSD, "anyURI")))
        if meta.publisher:
            self.add(subject, term(SCHEMA, "publisher"), Literal(meta.publisher))
        if self.kb.article_texts.get(meta.file):
            self.add(subject, term(SCHEMA, "articleBody"), Literal(self.kb.article_texts[meta.file]))
        for key in self.kb.article_mentions.get(meta.file, ()):
            if key in self.entities:
                self.add(subject, term(SCHEMA, "mentions"), self.node(key))

    def event_label(self, event: EventFact) -> str:
        where = self.name(event.place)
        when = str(event.date) if event.date else ""
        detail = ", ".join(x for x in (where, when) if x)
        detail = f" ({detail})" if detail else ""
        people = [self.name(p) for p in event.participants if p.startswith("person/")]
        if event.kind in ("Summit", "MinisterialMeeting", "Conference") and event.organizer:
            body = self.name(event.organizer)
            if body.lower().endswith(" " + KIND_LABEL[event.kind]):
                return f"{body}{detail}"  # "East Asia Summit (Jakarta, 2023-09-05)", not "East Asia Summit summit"
            return f"{body} {KIND_LABEL[event.kind]}{detail}"
        if event.kind in ("Visit", "StateVisit") and people:
            label = "State visit" if event.kind == "StateVisit" else "Visit"
            return f"{label} of {people[0]} to {where or 'an unnamed place'}" + (f" ({when})" if when else "")
        if people:
            joined = " and ".join([", ".join(people[:-1]), people[-1]]) if len(people) > 1 else people[0]
            return f"{KIND_LABEL[event.kind].capitalize()} of {joined}{detail}"
        return f"{gathering_title(event.name or KIND_LABEL[event.kind])}{detail}"

    def event(self, event: EventFact) -> None:
        subject = self.node(event.key)
        self.add(subject, TYPE, dip(event.kind))
        self.add(subject, LABEL, english(self.event_label(event)))
        for key in event.participants:
            self.add(subject, dip("participant"), self.node(key))
        if event.place:
            self.add(subject, dip("place"), self.node(event.place))
        self.dates(subject, event.date)
        self.add(subject, dip("status"), dip(STATUS[event.status]))
        if event.organizer:
            self.add(subject, dip("organizer"), self.node(event.organizer))
        if event.sidelines_of:
            self.add(subject, dip("onSidelinesOf"), self.node(event.sidelines_of))
        if event.same_as:
            self.add(subject, dip("sameEventAs"), self.node(event.same_as))
        self.provenance(subject, event.sources, event.evidence)

    def membership(self, fact: MembershipFact) -> None:
        subject = self.node(fact.key)
        status = MEMBERSHIP_STATUS[fact.status]
        self.add(subject, TYPE, dip("Membership"))
        self.add(subject, LABEL, english(f"{self.name(fact.member)} in {self.name(fact.organization)} "
                                         f"({fact.status.replace('_', ' ')})"))
        self.add(subject, term(ORG, "member"), self.node(fact.member))
        self.add(subject, term(ORG, "organization"), self.node(fact.organization))
        self.add(subject, dip("membershipStatus"), dip(status))
        self.dates(subject, fact.start, fact.end)
        if fact.decided_at:
            self.add(subject, dip("decidedAt"), self.node(fact.decided_at))
        self.provenance(subject, fact.sources, fact.evidence)

    def founding(self, fact: FoundingFact) -> None:
        subject = self.node(fact.key)
        self.add(subject, TYPE, dip("Founding"))
        self.add(subject, LABEL, english(f"Founding of the {self.name(fact.organization)}"
                                         + (f" ({fact.date})" if fact.date else "")))
        self.add(subject, term(ORG, "resultingOrganization"), self.node(fact.organization))
        for founder in fact.founders:
            self.add(subject, dip("participant"), self.node(founder))
        if fact.place:
            self.add(subject, dip("place"), self.node(fact.place))
        self.dates(subject, fact.date)
        self.add(subject, dip("status"), dip("Held"))
        self.provenance(subject, fact.sources, fact.evidence)

    def chairmanship(self, fact: ChairmanshipFact) -> None:
        subject = self.node(fact.key)
        self.add(subject, TYPE, dip("Chairmanship"))
        period = f" ({fact.start}{'-' + str(fact.end) if fact.end else ''})" if fact.start else ""
        self.add(subject, LABEL, english(f"{self.name(fact.chair)} chairs the {self.name(fact.organization)}{period}"))
        self.add(subject, dip("chair"), self.node(fact.chair))
        self.add(subject, term(ORG, "organization"), self.node(fact.organization))
        self.dates(subject, fact.start, fact.end)
        self.provenance(subject, fact.sources, fact.evidence)

    def position(self, fact: PositionFact) -> None:
        subject = self.node(fact.key)
        role = self.node(make_key("role", fact.role))
        self.add(subject, TYPE, dip("Position"))
        self.add(subject, LABEL, english(f"{self.name(fact.holder)}, {fact.role} of {self.name(fact.of)}"))
        self.add(subject, dip("holder"), self.node(fact.holder))
        self.add(subject, dip("role"), role)
        self.add(subject, dip("of"), self.node(fact.of))
        for day in fact.attested:
            self.add(subject, dip("attestedOn"), Literal(day.isoformat(), datatype=term(XSD, "date")))
        self.provenance(subject, fact.sources, fact.evidence)

    def role(self, label: str) -> None:
        key = make_key("role", label)
        subject = self.node(key)
        self.add(subject, TYPE, dip("Role"))
        self.add(subject, LABEL, english(label))
        for name in self.kb.names.get(key, ()):  # as the articles spell it ("State Councillor")
            self.add(subject, term(SKOS, "altLabel"), english(name))

    def nodes(self) -> Iterator[tuple]:
        """Each node to write, as (method, record), in the graph's order."""
        facts = self.kb.facts
        yield from ((self.entity, entity) for entity in self.kb.entities)
        yield from ((self.article, meta) for meta in self.kb.articles)
        yield from ((self.event, event) for event in facts.events)
        yield from ((self.membership, fact) for fact in facts.memberships)
        yield from ((self.founding, fact) for fact in facts.foundings)
        yield from ((self.chairmanship, fact) for fact in facts.chairmanships)
        yield from ((self.position, fact) for fact in facts.positions)
        yield from ((self.role, label) for label in sorted({p.role for p in facts.positions}))

    def stream(self) -> Iterator[Quad]:
        """The quads node by node, never all at once (a quad may come twice: a store keeps one)."""
        for write, record in self.nodes():
            write(record)
            yield from self.quads
            self.quads.clear()

    def build(self) -> list[Quad]:
        return unique(list(self.stream()))


def article_as_read(extraction: ArticleExtraction, base: str) -> tuple[list[Quad], ArticleExtraction]:
    """What a build can write of an article as soon as it is read, and what it must keep for the merge.

    The text (schema:articleBody) and the entities the article itself names (schema:mentions) need
    nothing from other articles, so they go to the store at once and the text is not held until the
    end. What is kept has no text, and only the mentions of keys the article could not resolve
    itself (build_graph writes those if some other article names the entity).
    """
    builder = GraphBuilder(KnowledgeBase(), base)
    subject = builder.article_node(extraction.meta.file)
    if extraction.text:
        builder.add(subject, term(SCHEMA, "articleBody"), Literal(extraction.text))
    own = {entity.key for entity in extraction.entities}
    for key in sorted({m.entity for m in extraction.mentions if m.entity in own}):
        builder.add(subject, term(SCHEMA, "mentions"), builder.node(key))
    rest = extraction.model_copy(update={"text": "", "mentions": tuple(m for m in extraction.mentions
                                                                        if m.entity not in own)})
    return builder.quads, rest


def unique(quads: list[Quad]) -> list[Quad]:
    return list(dict.fromkeys(quads))


def build_graph(kb: KnowledgeBase, base: str) -> list[Quad]:
    """All triples of a knowledge base, in the default graph."""
    return GraphBuilder(kb, base).build()


def graph_quads(kb: KnowledgeBase, base: str) -> Iterator[Quad]:
    """The triples of build_graph as a stream, for a store (which keeps one of each)."""
    return GraphBuilder(kb, base).stream()
