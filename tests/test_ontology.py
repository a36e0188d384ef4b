"""The vocabulary implements the contract of ONTOLOGY.md exactly, and the shapes guard the data."""

from __future__ import annotations

import pytest
from helpers import ROOT
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

DIP = Namespace("https://w3id.org/dipkg/ontology#")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")

CLASSES = ["Person", "Country", "Organization", "Place", "City", "Article", "Event", "Meeting", "BilateralMeeting",
           "MinisterialMeeting", "Summit", "PhoneCall", "Visit", "StateVisit", "Founding", "MembershipDecision",
           "Membership", "Chairmanship", "Position", "Role"]
PROPERTIES = ["participant", "place", "startDate", "endDate", "status", "onSidelinesOf", "organizer",
              "membershipStatus", "chair", "holder", "role", "of", "attestedOn", "sourceFile", "evidence"]
INDIVIDUALS = ["Held", "Planned", "Cancelled", "Member", "FoundingMember", "Observer", "DialoguePartner",
               "AdmissionDecided"]
ALIGNMENTS = [
    ("Person", FOAF.Person), ("Person", SCHEMA.Person), ("Person", SEM.Actor),
    ("Country", FOAF.Agent), ("Country", SCHEMA.Country), ("Country", SEM.Actor),
    ("Organization", ORG.Organization), ("Organization", SCHEMA.Organization), ("Organization", SEM.Actor),
    ("Place", SCHEMA.Place), ("Place", SEM.Place), ("City", DIP.Place),
    ("Article", SCHEMA.NewsArticle), ("Article", PROV.Entity),
    ("Event", SEM.Event), ("Event", SCHEMA.Event), ("Meeting", DIP.Event), ("BilateralMeeting", DIP.Meeting),
    ("MinisterialMeeting", DIP.Meeting), ("Summit", DIP.Meeting), ("PhoneCall", DIP.Meeting),
    ("Visit", DIP.Event), ("StateVisit", DIP.Visit), ("Founding", DIP.Event), ("MembershipDecision", DIP.Event),
    ("Membership", ORG.Membership),
]
SUBPROPERTIES = [("participant", SEM.hasActor), ("participant", SCHEMA.attendee), ("place", SEM.hasPlace),
                 ("place", SCHEMA.location), ("startDate", SCHEMA.startDate), ("endDate", SCHEMA.endDate),
                 ("onSidelinesOf", SEM.subEventOf)]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "dipkg.ttl")


@pytest.mark.parametrize("name", CLASSES + PROPERTIES + INDIVIDUALS)
def test_every_contract_term_is_defined_with_a_label_and_a_comment(ontology, name):
    term = DIP[name]
    assert (term, RDF.type, None) in ontology
    assert ontology.value(term, RDFS.label) is not None and ontology.value(term, RDFS.comment) is not None


@pytest.mark.parametrize("name,parent", ALIGNMENTS)
def test_classes_are_aligned_as_the_contract_says(ontology, name, parent):
    assert (DIP[name], RDFS.subClassOf, parent) in ontology


@pytest.mark.parametrize("name,parent", SUBPROPERTIES)
def test_properties_are_aligned_as_the_contract_says(ontology, name, parent):
    assert (DIP[name], RDFS.subPropertyOf, parent) in ontology


def test_it_is_an_owl_ontology_and_every_dip_term_it_uses_is_defined(ontology):
    assert (URIRef("https://w3id.org/dipkg/ontology"), RDF.type, OWL.Ontology) in ontology
    used = {o for _, _, o in ontology if isinstance(o, URIRef) and str(o).startswith(str(DIP))}
    defined = set(ontology.subjects(RDF.type, None))
    assert used <= defined


def test_the_shapes_parse_and_cover_every_fact_class():
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    targets = set(shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    assert {DIP.Event, DIP.Membership, DIP.Chairmanship, DIP.Position, DIP.Article, DIP.Evidence} <= targets
