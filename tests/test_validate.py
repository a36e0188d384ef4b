"""The shapes compiled to SPARQL (kg.shacl) find what pyshacl, the reference, finds.

Each broken graph is the seeds' graph with one defect; both validators see the same store
(instance data and ontology) and must agree on whether it conforms and on every focus node,
path and constraint they report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.shacl import compile_shapes
from kg.store import current_build
from kg.validate import (
    ONTOLOGY_DIR,
    InvalidGraph,
    data_graphs,
    find_violations,
    pyshacl_violations,
    validate,
    validate_store,
)

pyoxigraph = pytest.importorskip("pyoxigraph")
from pyoxigraph import (  # noqa: E402
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    RdfFormat,
    Store,
)

BASE = "http://localhost:8000/id/"
DIP = "https://w3id.org/dipkg/ontology#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"
OA = "http://www.w3.org/ns/oa#"
LAVROV = NamedNode(BASE + "person/sergey-lavrov")


def seeds_store(seed_store: Path) -> Store:
    """An in-memory copy of the seeds' published build (instance data and ontology graph)."""
    store = Store()
    store.bulk_load(path=str(current_build(seed_store) / "dumps" / "dipkg.nq"), format=RdfFormat.N_QUADS)
    return store


def first(store: Store, predicate: str, cls: str | None = None) -> Quad:
    """The first triple of the instance data with this predicate (on a node of this class)."""
    for quad in store.quads_for_pattern(None, NamedNode(predicate), None, DefaultGraph()):
        if cls is None or any(True for _ in store.quads_for_pattern(quad.subject, RDF_TYPE, NamedNode(cls))):
            return quad
    raise AssertionError(f"no {predicate} in the seeds")


def replace_object(store: Store, quad: Quad, value) -> None:
    store.remove(quad)
    store.add(Quad(quad.subject, quad.predicate, value, DefaultGraph()))


def add(store: Store, s, p, o) -> None:
    store.add(Quad(s, p if isinstance(p, NamedNode) else NamedNode(p), o, DefaultGraph()))


def event(store: Store) -> NamedNode:
    return first(store, DIP + "status").subject


def evidence(store: Store) -> NamedNode:
    return first(store, OA + "exact").subject


BREAKS = {
    "an entity without a label": lambda s: s.remove(first(s, str(LABEL.value), DIP + "Person")),
    "an entity with two labels": lambda s: add(s, LAVROV, LABEL, Literal("Sergei Lavrov", language="en")),
    "a label not in English": lambda s: replace_object(s, first(s, LABEL.value, DIP + "Country"),
                                                       Literal("Россия", language="ru")),
    "a label without a language": lambda s: replace_object(s, first(s, LABEL.value, DIP + "Membership"),
                                                           Literal("a meeting")),
    "an ill-typed start date": lambda s: replace_object(s, first(s, DIP + "startDate"),
                                                        Literal("2025-13-45", datatype=NamedNode(XSD + "date"))),
    "a start date as a string": lambda s: replace_object(s, first(s, DIP + "startDate"), Literal("July 2025")),
    "two start dates": lambda s: add(s, first(s, DIP + "startDate").subject, DIP + "startDate",
                                     Literal("1999", datatype=NamedNode(XSD + "gYear"))),
    "a status not in the list": lambda s: replace_object(s, first(s, DIP + "status"), NamedNode(DIP + "Rumoured")),
    "an event without a status": lambda s: s.remove(first(s, DIP + "status")),
    "a participant that is a literal": lambda s: add(s, event(s), DIP + "participant", Literal("Lavrov")),
    "a participant that is an event": lambda s: add(s, event(s), DIP + "participant", event(s)),
    "an event with two places": lambda s: add(s, event(s), DIP + "place", NamedNode(BASE + "city/moscow"))
    if first(s, DIP + "place").subject == event(s) else (add(s, event(s), DIP + "place", NamedNode(BASE + "city/moscow")),
                                                         add(s, event(s), DIP + "place", NamedNode(BASE + "city/beijing"))),
    "an event from no article": lambda s: [s.remove(q) for q in list(s.quads_for_pattern(
        event(s), NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), None, DefaultGraph()))],
    "a sameAs link off Wikidata": lambda s: add(s, LAVROV, "http://www.w3.org/2002/07/owl#sameAs",
                                                NamedNode("http://dbpedia.org/resource/Sergey_Lavrov")),
    "a sameAs link as a literal": lambda s: add(s, LAVROV, "http://www.w3.org/2002/07/owl#sameAs",
                                                Literal("http://www.wikidata.org/entity/Q1")),
    "a sameAs link to a blank node": lambda s: add(s, LAVROV, "http://www.w3.org/2002/07/owl#sameAs", BlankNode()),
    "empty evidence": lambda s: replace_object(s, first(s, OA + "exact"), Literal("")),
    "a negative offset": lambda s: replace_object(s, first(s, OA + "start"),
                                                  Literal("-3", datatype=NamedNode(XSD + "integer"))),
    "an offset as a string": lambda s: replace_object(s, first(s, OA + "end"), Literal("12")),
    "evidence without a source": lambda s: s.remove(first(s, OA + "hasSource")),
    "an article mentioning an event": lambda s: add(s, first(s, DIP + "sourceFile").subject,
                                                    "https://schema.org/mentions", event(s)),
    "an article without its file": lambda s: s.remove(first(s, DIP + "sourceFile")),
    "a city (a subclass of place) without a label": lambda s: add(s, NamedNode(BASE + "city/atlantis"), RDF_TYPE,
                                                                  NamedNode(DIP + "City")),
    "a bilateral meeting (a subclass of event) with nothing": lambda s: add(s, NamedNode(BASE + "event/x"), RDF_TYPE,
                                                                            NamedNode(DIP + "BilateralMeeting")),
    "a position of a person as a role": lambda s: replace_object(s, first(s, DIP + "role"), LAVROV),
    "a membership of an organization as member": lambda s: replace_object(
        s, first(s, "http://www.w3.org/ns/org#member"), NamedNode(BASE + "organization/shanghai-cooperation-organisation")),
}


def found(violations) -> set[tuple]:
    return {(v.focus, v.path, v.component) for v in violations}


def test_the_seeds_graph_conforms_for_both(seed_store):
    store = seeds_store(seed_store)
    assert find_violations(store) == []
    assert pyshacl_violations(store, data_graphs(store)) == []


@pytest.mark.parametrize("defect", sorted(BREAKS))
def test_a_broken_graph_is_found_broken_in_the_same_places_by_both(seed_store, defect):
    store = seeds_store(seed_store)
    BREAKS[defect](store)
    fast = find_violations(store)
    reference = pyshacl_violations(store, data_graphs(store))
    assert fast, f"{defect}: not found"
    assert found(fast) == found(reference)


def test_every_shape_of_ours_is_compiled():
    compiled = compile_shapes((ONTOLOGY_DIR / "shapes.ttl").read_text(encoding="utf-8"))
    assert compiled.unsupported == [] and len(compiled.checks) > 30


SHAPES_WITH_AN_UNSUPPORTED_ONE = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dip: <https://w3id.org/dipkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
dip:PersonShape a sh:NodeShape ; sh:targetClass dip:Person ;
    sh:property [ sh:path rdfs:label ; sh:minCount 1 ] .
dip:LavrovShape a sh:NodeShape ; sh:targetNode <http://localhost:8000/id/person/sergey-lavrov> ;
    sh:property [ sh:path rdfs:comment ; sh:minCount 1 ; sh:message "needs a comment" ] .
"""


def test_a_shape_that_cannot_be_compiled_is_left_to_pyshacl_not_skipped(seed_store, tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(SHAPES_WITH_AN_UNSUPPORTED_ONE, encoding="utf-8")
    compiled = compile_shapes(SHAPES_WITH_AN_UNSUPPORTED_ONE)
    assert compiled.unsupported == ["<https://w3id.org/dipkg/ontology#LavrovShape>"]
    store = seeds_store(seed_store)
    store.remove(first(store, LABEL.value, DIP + "Person"))
    violations = find_violations(store, shapes)
    assert {v.component for v in violations} == {"MinCountConstraintComponent"}
    assert {v.message for v in violations} == {"Less than 1 values", "needs a comment"}
    assert LAVROV.value in {v.focus for v in violations if v.message == "needs a comment"}


def test_the_report_groups_violations_by_message_with_their_nodes(seed_store):
    store = seeds_store(seed_store)
    for quad in list(store.quads_for_pattern(None, LABEL, None, DefaultGraph()))[:5]:
        store.remove(quad)
    with pytest.raises(InvalidGraph) as error:
        validate_store(store)
    lines = str(error.value).splitlines()
    assert lines[0] == "5 SHACL violation(s):"
    assert lines[1].startswith("  - needs exactly one rdfs:label in English [rdfs:label]: http://localhost:8000/id/")


def test_quads_are_validated_with_the_ontology_beside_them():
    quads = [Quad(NamedNode(BASE + "city/atlantis"), RDF_TYPE, NamedNode(DIP + "City"), DefaultGraph())]
    with pytest.raises(InvalidGraph, match=r"needs exactly one rdfs:label in English \[rdfs:label\]: "
                                           r"http://localhost:8000/id/city/atlantis"):
        validate(quads)
