"""Records to RDF: IRIs under the chosen base, typed dates, labels, provenance and evidence."""

from __future__ import annotations

from helpers import read_text
from pyoxigraph import Literal, NamedNode

from kg.graph import build_graph, gathering_title
from kg.merge import merge

DIP = "https://w3id.org/dipkg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def graph(text: str, published: str, base: str = "http://localhost:8000/"):
    return build_graph(merge([read_text(text, published, "a.txt")]), base)


def objects(quads, subject: str, predicate: str) -> list:
    return [q.object for q in quads if q.subject == NamedNode(subject) and q.predicate == NamedNode(predicate)]


TEXT = "Lavrov and Wang Yi held talks in Beijing on Sunday. Iran joined the SCO in 2023."


def test_iris_live_under_the_base_in_kind_and_slug_form():
    quads = graph(TEXT, "2025-07-14", "https://dipkg.example.org/kg/")
    subjects = {q.subject.value for q in quads}
    assert "https://dipkg.example.org/kg/id/person/sergey-lavrov" in subjects
    assert "https://dipkg.example.org/kg/id/event/meeting-sergey-lavrov-wang-yi-2025-07-13" in subjects
    assert all(s.startswith("https://dipkg.example.org/kg/id/") for s in subjects)


def test_dates_are_typed_as_precisely_as_the_text_gives_them():
    quads = graph(TEXT, "2025-07-14")
    meeting = "http://localhost:8000/id/event/meeting-sergey-lavrov-wang-yi-2025-07-13"
    membership = "http://localhost:8000/id/membership/iran-shanghai-cooperation-organisation-member"
    assert objects(quads, meeting, DIP + "startDate") == [Literal("2025-07-13", datatype=NamedNode(XSD + "date"))]
    assert objects(quads, membership, DIP + "startDate") == [Literal("2023", datatype=NamedNode(XSD + "gYear"))]
    assert objects(quads, meeting, DIP + "endDate") == []


def test_events_have_a_readable_label_a_status_and_evidence_pointing_into_the_article():
    quads = graph(TEXT, "2025-07-14")
    meeting = "http://localhost:8000/id/event/meeting-sergey-lavrov-wang-yi-2025-07-13"
    assert [o.value for o in objects(quads, meeting, "http://www.w3.org/2000/01/rdf-schema#label")] == [
        "Meeting of Sergey Lavrov and Wang Yi (Beijing, 2025-07-13)"]
    assert objects(quads, meeting, DIP + "status") == [NamedNode(DIP + "Held")]
    (evidence, *_) = objects(quads, meeting, DIP + "evidence")
    exact = objects(quads, evidence.value, "http://www.w3.org/ns/oa#exact")[0].value
    start = int(objects(quads, evidence.value, "http://www.w3.org/ns/oa#start")[0].value)
    assert TEXT[start:start + len(exact)] == exact


def test_entities_carry_one_label_their_other_names_and_wikidata():
    quads = graph("Sergei Lavrov met Wang Yi on Monday. Lavrov smiled.", "2024-05-20")
    lavrov = "http://localhost:8000/id/person/sergey-lavrov"
    assert [o.value for o in objects(quads, lavrov, "http://www.w3.org/2000/01/rdf-schema#label")] == ["Sergey Lavrov"]
    assert sorted(o.value for o in objects(quads, lavrov, "http://www.w3.org/2004/02/skos/core#altLabel")) == [
        "Lavrov", "Sergei Lavrov"]
    assert objects(quads, lavrov, "http://www.w3.org/2002/07/owl#sameAs") == [
        NamedNode("http://www.wikidata.org/entity/Q58217")]


def test_the_same_input_gives_the_same_triples():
    assert graph(TEXT, "2025-07-14") == graph(TEXT, "2025-07-14")


def test_a_gathering_label_keeps_its_proper_names_and_drops_the_article_and_the_time_told() -> None:
    assert gathering_title("The St Petersburg International Economic Forum on June 17") == \
        "St Petersburg International Economic Forum"
    assert gathering_title("Congress last month") == "Congress"
    assert gathering_title("the summit earlier this month") == "Summit"
    # a name whose own words are prepositions stays whole
    assert gathering_title("Forum on China-Africa Cooperation") == "Forum on China-Africa Cooperation"
    assert gathering_title("Conference on Interaction and Confidence-Building Measures in Asia") == \
        "Conference on Interaction and Confidence-Building Measures in Asia"
    assert gathering_title("the expo 2017") == "Expo 2017"


def test_a_summit_of_a_body_named_for_its_summits_is_labelled_without_summit_twice():
    quads = graph("The very first East Asia Summit was held in Kuala Lumpur on December 14, 2005.", "2015-11-21")
    labels = {q.object.value for q in quads if q.predicate == NamedNode("http://www.w3.org/2000/01/rdf-schema#label")}
    assert "East Asia Summit (Kuala Lumpur, 2005-12-14)" in labels
