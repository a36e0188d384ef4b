"""SHACL validation of a graph before it is published (pyshacl, over rdflib)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, serialize
from pyshacl import validate as shacl_validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

SH = Namespace("http://www.w3.org/ns/shacl#")
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


class InvalidGraph(Exception):
    """The graph breaks the shapes; the message is a readable report."""


def rdflib_graph(quads: list[Quad]) -> Graph:
    graph = Graph()
    data = serialize((q.triple for q in quads), format=RdfFormat.N_TRIPLES)
    graph.parse(data=data, format="nt")
    return graph


def report(results: Graph, limit: int = 20) -> str:
    """Violations grouped by message, with a few of the nodes that break each rule."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = str(results.value(result, SH.resultMessage) or "constraint violated")
        path = results.value(result, SH.resultPath)
        focus = results.value(result, SH.focusNode)
        key = f"{message} [{path.n3(results.namespace_manager) if path is not None else 'node'}]"
        grouped[key].append(str(focus))
    lines = [f"{sum(len(v) for v in grouped.values())} SHACL violation(s):"]
    for key, nodes in sorted(grouped.items(), key=lambda kv: -len(kv[1]))[:limit]:
        shown = ", ".join(sorted(set(nodes))[:3])
        more = f" and {len(set(nodes)) - 3} more" if len(set(nodes)) > 3 else ""
        lines.append(f"  - {key}: {shown}{more}")
    return "\n".join(lines)


def validate(quads: list[Quad], ontology: Path | None = None, shapes: Path | None = None) -> None:
    """Raise InvalidGraph with a readable report if the instance data breaks the shapes."""
    data = rdflib_graph(quads)
    shapes_graph = Graph().parse(shapes or ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    ontology_graph = Graph().parse(ontology or ONTOLOGY_DIR / "dipkg.ttl", format="turtle")
    conforms, results, _ = shacl_validate(data, shacl_graph=shapes_graph, ont_graph=ontology_graph,
                                          inference="none", advanced=True, allow_warnings=True, inplace=True)
    if not conforms:
        raise InvalidGraph(report(results))
