"""SHACL validation of a graph before it is published.

The shapes are compiled to SPARQL and run by pyoxigraph on the new build's store (kg.shacl):
seconds for a graph that pyshacl, walking rdflib node by node, took minutes over. pyshacl stays
the reference: it validates any shape the compiler cannot translate exactly, and the tests hold
the two to the same answers (tests/test_validate.py).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store

from kg.shacl import SH, CompiledShapes, Violation, load_shapes, run_checks, short

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_GRAPH = "https://w3id.org/dipkg/ontology"  # where kg.store loads the vocabulary


class InvalidGraph(Exception):
    """The graph breaks the shapes; the message is a readable report."""


def report(violations: list[Violation], limit: int = 20) -> str:
    """Violations grouped by message, with a few of the nodes that break each rule."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for violation in violations:
        key = f"{violation.message or 'constraint violated'} [{short(violation.path) if violation.path else 'node'}]"
        grouped[key].append(violation.focus)
    lines = [f"{len(violations)} SHACL violation(s):"]
    for key, nodes in sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]:
        shown = ", ".join(sorted(set(nodes))[:3])
        more = f" and {len(set(nodes)) - 3} more" if len(set(nodes)) > 3 else ""
        lines.append(f"  - {key}: {shown}{more}")
    return "\n".join(lines)


def data_graphs(store: Store) -> list:
    """What the shapes apply to: the instance data and, as pyshacl's ont_graph, the vocabulary."""
    return [DefaultGraph(), NamedNode(ONTOLOGY_GRAPH)]


def find_violations(store: Store, shapes: Path | None = None, graphs: list | None = None) -> list[Violation]:
    """Every violation of the shapes in the store (its default graph with the ontology graph)."""
    compiled = load_shapes(shapes or ONTOLOGY_DIR / "shapes.ttl")
    graphs = graphs if graphs is not None else data_graphs(store)
    found = run_checks(store, graphs, compiled.checks)
    if compiled.unsupported:
        found += pyshacl_violations(store, graphs, compiled)
    return sorted(found)


def validate_store(store: Store, shapes: Path | None = None) -> None:
    """Raise InvalidGraph with a readable report if the store's instance data breaks the shapes."""
    violations = find_violations(store, shapes)
    if violations:
        raise InvalidGraph(report(violations))


def validate(quads: list[Quad], ontology: Path | None = None, shapes: Path | None = None) -> None:
    """Raise InvalidGraph with a readable report if these quads (the instance data) break the shapes."""
    store = Store()
    store.bulk_extend(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads)
    store.bulk_load(path=str(ontology or ONTOLOGY_DIR / "dipkg.ttl"), format=RdfFormat.TURTLE,
                    to_graph=NamedNode(ONTOLOGY_GRAPH))
    validate_store(store, shapes)


# ---------------------------------------------------------------------------- pyshacl, the reference


def rdflib_graph(store: Store, graphs: list):
    """The union of some of the store's graphs as one rdflib graph (pyshacl mixes the ontology in too)."""
    from rdflib import Graph
    graph = Graph()
    for name in graphs:
        graph.parse(data=store.dump(format=RdfFormat.N_TRIPLES, from_graph=name), format="nt")
    return graph


def pyshacl_violations(store: Store, graphs: list, compiled: CompiledShapes | None = None,
                       shapes: Path | None = None) -> list[Violation]:
    """What pyshacl finds: with `compiled`, only for the shapes the compiler left to it."""
    from pyshacl import validate as shacl_validate
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF

    text = compiled.shapes_text if compiled else Path(shapes or ONTOLOGY_DIR / "shapes.ttl").read_text(encoding="utf-8")
    shapes_graph = Graph().parse(data=text, format="turtle")
    if compiled:
        for shape in {c.shape for c in compiled.checks}:  # those are validated already
            shapes_graph.add((URIRef(shape), URIRef(SH + "deactivated"), Literal(True)))
    _, results, _ = shacl_validate(rdflib_graph(store, graphs), shacl_graph=shapes_graph, inference="none",
                                   advanced=True, allow_warnings=True, inplace=True)
    found = []
    for result in results.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        path, value = results.value(result, URIRef(SH + "resultPath")), results.value(result, URIRef(SH + "value"))
        component = str(results.value(result, URIRef(SH + "sourceConstraintComponent"))).removeprefix(SH)
        message = results.value(result, URIRef(SH + "resultMessage"))
        found.append(Violation(str(results.value(result, URIRef(SH + "focusNode"))),
                               str(path) if path is not None else None, component,
                               value.n3() if value is not None else None, str(message or "")))
    return sorted(found)
