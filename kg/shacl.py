"""The SHACL our shapes use, compiled to SPARQL and evaluated by pyoxigraph on the store itself.

pyshacl walks an rdflib graph node by node (about 150 µs a triple): a build of 10,000 articles
spent minutes in it. Here each property shape of each node shape becomes at most two queries, a
count per focus node (sh:minCount, sh:maxCount) and a test per value (the other components), and
pyoxigraph answers them in its own threads, on the graph as it will be published.

Exact for the components ontology/shapes.ttl uses, with SHACL's meaning: targets by sh:targetClass
(instances of subclasses too, by rdfs:subClassOf in the data and the ontology, as pyshacl sees it
with the ontology mixed in), predicate paths, sh:minCount, sh:maxCount, sh:class, sh:datatype
(a literal of that datatype whose lexical form is valid), sh:nodeKind, sh:pattern, sh:flags,
sh:in, sh:minLength, sh:maxLength, sh:languageIn, sh:minInclusive, sh:maxInclusive, and sh:or
of shapes made of those. A node shape that uses anything else is `Unsupported` here and is left
to pyshacl (kg.validate), never skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Store, parse

from kg.graph import PREFIXES

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_FIRST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
RDF_REST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
RDF_NIL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIX_LINES = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n" \
               "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"

# datatypes whose lexical forms SPARQL can check by casting; xsd:string needs no check
CASTABLE = {XSD + name for name in ("date", "dateTime", "time", "gYear", "gYearMonth", "integer", "decimal",
                                    "double", "float", "boolean")}
NODE_KINDS = {"IRI": "isIRI(?v)", "BlankNode": "isBLANK(?v)", "Literal": "isLITERAL(?v)",
              "BlankNodeOrIRI": "!isLITERAL(?v)", "BlankNodeOrLiteral": "!isIRI(?v)", "IRIOrLiteral": "!isBLANK(?v)"}
# what a shape may say besides its constraints
IGNORED = {RDF_TYPE, SH + "message", SH + "name", SH + "description", SH + "order", SH + "group"}
VALUE_PARAMETERS = {SH + p for p in ("class", "datatype", "nodeKind", "pattern", "flags", "in", "minLength",
                                     "maxLength", "languageIn", "minInclusive", "maxInclusive", "or")}
TARGETS = {SH + p for p in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf")}


class Unsupported(Exception):
    """A shape this compiler cannot translate exactly; it is validated by pyshacl instead."""


@dataclass(frozen=True, order=True)
class Violation:
    """One validation result: the focus node, the path, the value (N-Triples, if any), which
    constraint component failed and the message to show."""

    focus: str
    path: str | None
    component: str
    value: str | None = None
    message: str = ""


@dataclass
class ValueTest:
    """A constraint on each value: a SPARQL expression over ?v (true when the value conforms),
    built once the class hierarchy of the graph is known."""

    component: str
    expression: Callable[[Callable[[str], list[str]]], str]
    message: str
    classes: tuple[str, ...] = ()  # the classes it names (their subclasses count as well)


@dataclass
class PropertyCheck:
    """One property shape applied to the focus nodes of one node shape."""

    shape: str  # the node shape
    targets: tuple[str, ...]  # sh:targetClass
    path: str
    message: str | None
    min_count: int | None = None
    max_count: int | None = None
    tests: list[ValueTest] = field(default_factory=list)


@dataclass
class CompiledShapes:
    checks: list[PropertyCheck]
    unsupported: list[str]  # node shapes left to pyshacl
    shapes_text: str  # the shapes graph as Turtle, for those


# ---------------------------------------------------------------------------- reading the shapes graph


class ShapesGraph:
    """The shapes graph, read with pyoxigraph (a few hundred triples, in memory)."""

    def __init__(self, text: str):
        self.store = Store()
        self.store.bulk_extend(q for q in parse(text.encode(), RdfFormat.TURTLE))

    def objects(self, subject, predicate: str) -> list:
        return [q.object for q in self.store.quads_for_pattern(subject, NamedNode(predicate), None)]

    def one(self, subject, predicate: str):
        values = self.objects(subject, predicate)
        if len(values) > 1:
            raise Unsupported(f"{subject} has {len(values)} values of {predicate}")
        return values[0] if values else None

    def predicates(self, subject) -> set[str]:
        return {q.predicate.value for q in self.store.quads_for_pattern(subject, None, None)}

    def subjects(self, predicate: str, obj=None) -> list:
        return list(dict.fromkeys(q.subject for q in self.store.quads_for_pattern(None, NamedNode(predicate), obj)))

    def items(self, head) -> list:
        """The members of an RDF list."""
        members = []
        while not (isinstance(head, NamedNode) and head.value == RDF_NIL):
            if head is None or len(members) > 10_000:
                raise Unsupported("a malformed RDF list")
            members.append(self.one(head, RDF_FIRST))
            head = self.one(head, RDF_REST)
        return members


def term_text(term) -> str:
    """A term in SPARQL (and N-Triples) syntax."""
    if isinstance(term, NamedNode):
        return f"<{term.value}>"
    if isinstance(term, Literal):
        if term.language:
            return f"{json.dumps(term.value)}@{term.language}"
        return f"{json.dumps(term.value)}^^<{term.datatype.value}>"
    raise Unsupported(f"a blank node as a constraint parameter ({term})")


def short(iri: str) -> str:
    """A prefixed name where a prefix is known (for messages and reports)."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace) and iri[len(namespace):].replace("_", "a").replace("-", "a").isalnum():
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def integer(value) -> int:
    if not isinstance(value, Literal) or not value.value.lstrip("+").isdigit():
        raise Unsupported(f"not a non-negative integer: {value}")
    return int(value.value)


def iri(value) -> str:
    if not isinstance(value, NamedNode):
        raise Unsupported(f"not an IRI: {value}")
    return value.value


# ---------------------------------------------------------------------------- compiling


def value_tests(graph: ShapesGraph, shape) -> list[ValueTest]:
    """The per-value constraints of a shape, each as a SPARQL expression over ?v."""
    tests = []
    message = graph.one(shape, SH + "message")

    def add(component: str, expression, default: str, classes: tuple[str, ...] = ()) -> None:
        tests.append(ValueTest(component, expression if callable(expression) else (lambda _, e=expression: e),
                               message.value if message is not None else default, classes))

    for cls in graph.objects(shape, SH + "class"):
        name = iri(cls)
        add("ClassConstraintComponent",
            lambda closure, name=name: f"EXISTS {{ ?v rdf:type ?class . VALUES ?class {{ "
                                       f"{' '.join(f'<{c}>' for c in closure(name))} }} }}",
            f"Value does not have class {short(name)}", (name,))
    for datatype in graph.objects(shape, SH + "datatype"):
        name = iri(datatype)
        if name == XSD + "string":
            expression = f"(isLITERAL(?v) && DATATYPE(?v) = <{name}>)"
        elif name in CASTABLE:  # an ill-typed literal ("2025-13-45"^^xsd:date) does not conform
            expression = f"(isLITERAL(?v) && DATATYPE(?v) = <{name}> && isLITERAL(<{name}>(STR(?v))))"
        else:
            raise Unsupported(f"sh:datatype {name} (its lexical forms cannot be checked here)")
        add("DatatypeConstraintComponent", expression, f"Value is not Literal with datatype {short(name)}")
    for kind in graph.objects(shape, SH + "nodeKind"):
        local = iri(kind).removeprefix(SH)
        if local not in NODE_KINDS:
            raise Unsupported(f"sh:nodeKind {kind}")
        add("NodeKindConstraintComponent", NODE_KINDS[local], f"Value is not of Node Kind sh:{local}")
    flags = graph.one(shape, SH + "flags")
    for pattern in graph.objects(shape, SH + "pattern"):
        arguments = json.dumps(pattern.value) + (f", {json.dumps(flags.value)}" if flags is not None else "")
        add("PatternConstraintComponent", f"(!isBLANK(?v) && REGEX(STR(?v), {arguments}))",
            f"Value does not match pattern '{pattern.value}'")
    for values in graph.objects(shape, SH + "in"):
        members = graph.items(values)
        alternatives = " || ".join(f"sameTerm(?v, {term_text(m)})" for m in members) or "false"
        add("InConstraintComponent", f"({alternatives})",
            f"Value is not in {', '.join(short(m.value) if isinstance(m, NamedNode) else m.value for m in members)}")
    for length in graph.objects(shape, SH + "minLength"):
        add("MinLengthConstraintComponent", f"(!isBLANK(?v) && STRLEN(STR(?v)) >= {integer(length)})",
            f"String length not >= {integer(length)}")
    for length in graph.objects(shape, SH + "maxLength"):
        add("MaxLengthConstraintComponent", f"(!isBLANK(?v) && STRLEN(STR(?v)) <= {integer(length)})",
            f"String length not <= {integer(length)}")
    for languages in graph.objects(shape, SH + "languageIn"):
        tags = [t.value for t in graph.items(languages)]
        alternatives = " || ".join(f"langMatches(LANG(?v), {json.dumps(t)})" for t in tags) or "false"
        add("LanguageInConstraintComponent", f"(isLITERAL(?v) && ({alternatives}))",
            f"String language is not in {', '.join(tags)}")
    for bound, operator, name in ((SH + "minInclusive", ">=", "MinInclusive"),
                                  (SH + "maxInclusive", "<=", "MaxInclusive")):
        for limit in graph.objects(shape, bound):
            add(f"{name}ConstraintComponent", f"(?v {operator} {term_text(limit)})",
                f"Value is not {operator} {limit.value}")
    for alternatives in graph.objects(shape, SH + "or"):
        shapes = [alternative_tests(graph, s) for s in graph.items(alternatives)]
        add("OrConstraintComponent",
            lambda closure, shapes=shapes: "(" + " || ".join(
                "(" + " && ".join(f"COALESCE({t.expression(closure)}, false)" for t in tests) + ")"
                for tests in shapes) + ")" if shapes else "false",
            "Node does not conform to one or more shapes in sh:or",
            tuple(c for tests in shapes for t in tests for c in t.classes))
    return tests


def alternative_tests(graph: ShapesGraph, shape) -> list[ValueTest]:
    """A shape in sh:or, applied to the value itself: only per-value constraints."""
    unknown = graph.predicates(shape) - IGNORED - VALUE_PARAMETERS
    if unknown or not graph.predicates(shape) & VALUE_PARAMETERS:
        raise Unsupported(f"a shape in sh:or with {sorted(unknown) or 'no constraint'}")
    return value_tests(graph, shape)


def property_check(graph: ShapesGraph, node_shape, targets: tuple[str, ...], shape) -> PropertyCheck:
    unknown = graph.predicates(shape) - IGNORED - VALUE_PARAMETERS - {SH + "path", SH + "minCount", SH + "maxCount"}
    if unknown:
        raise Unsupported(f"property shape {shape} uses {sorted(unknown)}")
    path = graph.one(shape, SH + "path")
    if not isinstance(path, NamedNode):
        raise Unsupported(f"property shape {shape} has a path that is not a predicate")
    message = graph.one(shape, SH + "message")
    minimum, maximum = graph.one(shape, SH + "minCount"), graph.one(shape, SH + "maxCount")
    return PropertyCheck(shape=node_shape.value, targets=targets, path=path.value,
                         message=message.value if message is not None else None,
                         min_count=integer(minimum) if minimum is not None else None,
                         max_count=integer(maximum) if maximum is not None else None,
                         tests=value_tests(graph, shape))


def node_checks(graph: ShapesGraph, shape) -> list[PropertyCheck]:
    unknown = graph.predicates(shape) - IGNORED - {SH + "targetClass", SH + "property"}
    if unknown:
        raise Unsupported(f"node shape {shape} uses {sorted(unknown)}")
    targets = tuple(sorted(iri(c) for c in graph.objects(shape, SH + "targetClass")))
    return [property_check(graph, shape, targets, p) for p in graph.objects(shape, SH + "property")]


def compile_shapes(text: str) -> CompiledShapes:
    """Every shape with a target, compiled to property checks where it can be, else listed for pyshacl."""
    graph = ShapesGraph(text)
    targeted = {s for t in TARGETS for s in graph.subjects(t)}
    # a shape that is also a class targets its own instances (implicit class target)
    targeted |= {s for s in graph.subjects(RDF_TYPE, NamedNode("http://www.w3.org/2000/01/rdf-schema#Class"))
                 if graph.predicates(s) & {SH + "property"}}
    checks, unsupported = [], []
    for shape in sorted(targeted, key=str):
        try:
            if isinstance(shape, BlankNode) or graph.predicates(shape) & (TARGETS - {SH + "targetClass"}):
                raise Unsupported(f"{shape}: only named shapes with sh:targetClass are compiled")
            if NamedNode(SH + "PropertyShape") in graph.objects(shape, RDF_TYPE) or graph.objects(shape, SH + "path"):
                raise Unsupported(f"{shape}: a property shape with its own targets")
            checks += node_checks(graph, shape)
        except Unsupported:
            unsupported.append(str(shape))
    return CompiledShapes(checks=checks, unsupported=unsupported, shapes_text=text)


def load_shapes(path: Path) -> CompiledShapes:
    return compile_shapes(Path(path).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------- running


def subclasses(store: Store, graphs: list, classes: Iterable[str]) -> dict[str, list[str]]:
    """Each class with every class below it (itself included), from rdfs:subClassOf in the graphs."""
    closure = {}
    for name in classes:
        rows = store.query(PREFIX_LINES + f"SELECT DISTINCT ?c WHERE {{ ?c rdfs:subClassOf* <{name}> }}",
                           default_graph=graphs)
        closure[name] = sorted({name} | {row["c"].value for row in rows if isinstance(row["c"], NamedNode)})
    return closure


def focus_nodes(targets: list[str]) -> str:
    return (f"{{ SELECT DISTINCT ?f WHERE {{ ?f rdf:type ?target . VALUES ?target {{ "
            f"{' '.join(f'<{t}>' for t in targets)} }} }} }}")


def count_query(check: PropertyCheck, targets: list[str]) -> str:
    failing = []
    if check.min_count is not None:
        failing.append(f"COUNT(DISTINCT ?v) < {check.min_count}")
    if check.max_count is not None:
        failing.append(f"COUNT(DISTINCT ?v) > {check.max_count}")
    return (PREFIX_LINES + f"SELECT ?f (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {focus_nodes(targets)} "
            f"OPTIONAL {{ ?f <{check.path}> ?v }} }} GROUP BY ?f HAVING ({' || '.join(failing)})")


def value_query(check: PropertyCheck, targets: list[str], closure) -> str:
    binds = " ".join(f"BIND(COALESCE({t.expression(closure)}, false) AS ?ok{i})" for i, t in enumerate(check.tests))
    failing = " || ".join(f"!?ok{i}" for i in range(len(check.tests)))
    oks = " ".join(f"?ok{i}" for i in range(len(check.tests)))
    return (PREFIX_LINES + f"SELECT DISTINCT ?f ?v {oks} WHERE {{ {focus_nodes(targets)} ?f <{check.path}> ?v . "
            f"{binds} FILTER({failing}) }}")


def node_text(term) -> str:
    return term.value if isinstance(term, NamedNode) else str(term)


def run_check(store: Store, graphs: list, check: PropertyCheck, closure: dict[str, list[str]]) -> list[Violation]:
    targets = sorted({c for t in check.targets for c in closure[t]})
    if not targets:
        return []
    found = []
    if check.min_count is not None or check.max_count is not None:
        for row in store.query(count_query(check, targets), default_graph=graphs):
            count, focus = int(row["n"].value), node_text(row["f"])
            if check.min_count is not None and count < check.min_count:
                found.append(Violation(focus, check.path, "MinCountConstraintComponent", None,
                                       check.message or f"Less than {check.min_count} values"))
            if check.max_count is not None and count > check.max_count:
                found.append(Violation(focus, check.path, "MaxCountConstraintComponent", None,
                                       check.message or f"More than {check.max_count} values"))
    if check.tests:
        for row in store.query(value_query(check, targets, lambda name: closure[name]), default_graph=graphs):
            for index, test in enumerate(check.tests):
                if row[f"ok{index}"].value != "true":
                    found.append(Violation(node_text(row["f"]), check.path, test.component, str(row["v"]),
                                           test.message))
    return found


def run_checks(store: Store, graphs: list, checks: list[PropertyCheck]) -> list[Violation]:
    """Every violation of the compiled checks in the union of `graphs` (data and ontology, as pyshacl
    sees them), sorted."""
    classes = {t for c in checks for t in c.targets} | {n for c in checks for t in c.tests for n in t.classes}
    closure = subclasses(store, graphs, classes)
    return sorted(v for check in checks for v in run_check(store, graphs, check, closure))
