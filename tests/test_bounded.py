"""Which queries are answered in the server process (lookups that cannot run away) and which go
to a worker that can be killed; and that both ways give the same answer."""

from __future__ import annotations

import pytest

from server.bounded import bounded
from server.pool import Job, QueryPool

EX = "PREFIX ex: <http://example.org/> "
LAVROV = "<http://localhost:8000/id/person/sergey-lavrov>"


@pytest.mark.parametrize("query", [
    "SELECT ?p ?o WHERE { <http://example.org/a> ?p ?o } LIMIT 5",
    "select distinct ?o where { <http://example.org/a> a ?o . }",
    EX + "SELECT * { ex:a ex:p ?o } OFFSET 10 LIMIT 10",
    EX + "ASK { ex:a ex:label 'Lavrov'@en }",
    EX + 'ASK { ex:a ex:date "2024-05-20"^^<http://www.w3.org/2001/XMLSchema#date> }',
    EX + "ASK { ex:a ex:count 3 }",
    "DESCRIBE <http://example.org/a>",
    EX + "DESCRIBE ex:a ex:b ex:c",
    EX + "CONSTRUCT { ?s ex:q ?o } WHERE { ex:a ?p ?o }",
    "# a comment with } and SELECT\nSELECT ?o WHERE { <http://example.org/a#x> ?p ?o }",
])
def test_lookups_of_a_named_resource_are_bounded(query):
    assert bounded(query)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p ?o }",  # a variable subject: the whole graph
    EX + "SELECT * WHERE { ex:a ?p ?o . ex:a ?q ?r }",  # a join: a product of the subject's triples
    EX + "SELECT * WHERE { ex:a ?p ?o ; ?q ?r }",
    EX + "SELECT * WHERE { ex:a ex:p ?o , ?r }",
    EX + "SELECT * WHERE { ex:a ex:p* ?o }",  # property paths reach any distance
    EX + "SELECT * WHERE { ex:a ex:p+1 }",
    EX + "SELECT * WHERE { ex:a ex:p/ex:q ?o }",
    EX + "SELECT * WHERE { ex:a ^ex:p ?o }",
    EX + "SELECT * WHERE { ex:a ex:p|ex:q ?o }",
    EX + "SELECT * WHERE { ex:a ?p ?o FILTER(REGEX(?o, 'x')) }",
    EX + "SELECT * WHERE { ex:a ?p ?o OPTIONAL { ?o ?q ?r } }",
    EX + "SELECT * WHERE { GRAPH ?g { ex:a ?p ?o } }",
    EX + "SELECT * WHERE { { SELECT * WHERE { ?s ?p ?o } } }",
    EX + "SELECT * WHERE { [] ?p ?o }",
    EX + "SELECT * WHERE { _:b ?p ?o }",
    EX + "SELECT (COUNT(*) AS ?n) WHERE { ex:a ?p ?o }",
    EX + "SELECT ?o WHERE { ex:a ?p ?o } ORDER BY ?o",
    EX + "DESCRIBE ?x WHERE { ?x ?p ?o }",
    "DESCRIBE " + " ".join(f"<http://example.org/{n}>" for n in range(11)),
    "SELECT * WHERE { <http://example.org/a> ?p ?o } VALUES ?p { <http://example.org/p> }",
    "SERVICE",
    "",
])
def test_anything_else_goes_to_a_worker(query):
    assert not bounded(query)


@pytest.mark.parametrize("query,kind,fmt", [
    (f"SELECT ?p ?o WHERE {{ {LAVROV} ?p ?o }} LIMIT 5", "results", "json"),
    (f"SELECT ?p ?o WHERE {{ {LAVROV} ?p ?o }}", "results", "csv"),
    (f"ASK {{ {LAVROV} a <https://w3id.org/dipkg/ontology#Person> }}", "results", "xml"),
    (f"DESCRIBE {LAVROV}", "graphs", "ntriples"),
    (f"SELECT ?o WHERE {{ {LAVROV} <http://www.w3.org/2000/01/rdf-schema#nope ?o }}", "results", "json"),
])
def test_a_lookup_answered_in_the_server_equals_the_workers_answer(seed_store, query, kind, fmt):
    from kg.store import current_build, open_build
    build = current_build(seed_store)
    job = Job(build=str(build), query=query, base_iri="http://localhost:8000/sparql", default_graphs=(),
              named_graphs=(), kind=kind, format=fmt, max_bytes=10_000_000)
    pool = QueryPool(workers=1, timeout=10)
    try:
        def answer(**where):
            try:
                return pool.run(job, client="test", **where)
            except Exception as error:  # a bad query must be bad both ways, with the same message
                return type(error).__name__, str(error)
        here, there = answer(store=open_build(build)), answer()
    finally:
        pool.close()
    assert here == there


def test_a_syntax_error_is_answered_without_waiting_for_a_busy_worker(seed_store):
    """One worker, held by a query that never ends: a mistyped query still gets its 400 at once."""
    import threading
    import time

    from kg.store import current_build
    from server.errors import BadQuery
    from server.pool import QueryTimeout
    build = str(current_build(seed_store))
    pool = QueryPool(workers=1, timeout=5, queue_wait=5)

    def job(query: str) -> Job:
        return Job(build=build, query=query, base_iri="http://localhost:8000/sparql", default_graphs=(),
                   named_graphs=(), kind="results", format="json", max_bytes=10_000_000)
    runaway = threading.Thread(target=lambda: pytest.raises(QueryTimeout, pool.run, job(
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), "other"))
    try:
        runaway.start()
        time.sleep(0.5)
        started = time.monotonic()
        with pytest.raises(BadQuery, match="not valid SPARQL"):
            pool.run(job("SELECT ?x WHERE { ?x ?p }"), client="me")
        assert time.monotonic() - started < 1
    finally:
        runaway.join()
        pool.close()


def variants() -> list[str]:
    """Queries near the bounded subset's edges: every combination of a few prologues, forms,
    subjects, predicates, objects and endings, spaced and unspaced."""
    import itertools
    prologues = ["", EX, "PREFIX ex:<http://example.org/>"]
    forms = ["SELECT ?o", "SELECT*", "select distinct ?p ?o", "ASK", "SELECT ?oWHERE", "SELECT (?o)"]
    subjects = ["<http://example.org/a>", "ex:a", "ex:sa", "?s", "ex:a.b", "[]"]
    predicates = [" ?p", " a", "a", " ex:p", "<http://example.org/p>", " ex:p*", " ^ex:p"]
    objects = [" ?o", " 'x'@en", ' "x"', " 5", " 5.5", " ex:o.", "ex:o", " ?o . ?o ?q ?r", " ?o FILTER(true)"]
    endings = [" }", "}", " } LIMIT 5", " } LIMIT5", " } ORDER BY ?o", " } LIMIT 5 OFFSET 2", " } LIMIT 5\n#7x",
               " #}\n}", " # }", " } LIMIT # 5\n 5 # end"]
    return [f"{prologue} {form} WHERE {{ {s}{p}{o}{end}" for prologue, form, s, p, o, end
            in itertools.product(prologues, forms, subjects, predicates, objects, endings)]


def test_the_one_match_for_common_lookups_accepts_nothing_the_full_check_refuses():
    """COMMON is a shortcut for the most frequent shapes; whatever it accepts, the token-by-token
    check must accept too, with the same form (a wider shortcut would run a join in the server)."""
    from server.bounded import COMMON, NotBounded, check
    accepted = 0
    for query in variants() + ["DESCRIBE <http://example.org/a> <http://example.org/b>", "DESCRIBE ?x"]:
        match = COMMON.fullmatch(query)
        if match is None:
            continue
        accepted += 1
        try:
            assert check(query) == match.lastgroup, query
        except NotBounded as error:
            raise AssertionError(f"the shortcut accepts {query!r}, the check does not: {error}") from None
    assert accepted > 500  # the shortcut does take the common shapes


@pytest.mark.parametrize("query", [
    "SELECT ?p ?o WHERE { <http://example.org/a> ?p ?o } LIMIT 5\n#17x",
    "# who is a?\nSELECT ?p ?o WHERE { <http://example.org/a> ?p ?o } # all of it",
    EX + "# the label\nASK { ex:a ex:label 'a # b' }",
    "DESCRIBE <http://example.org/a#b> # and nothing else",
])
def test_a_lookup_with_comments_is_taken_by_the_one_match(query):
    """Programs and benchmarks mark queries with comments; the token-by-token check reads them
    too, but at several times the cost, so the one match must step over comments as it does
    over white space."""
    from server.bounded import COMMON
    assert COMMON.fullmatch(query) is not None


@pytest.mark.parametrize("query", [
    "SELECT ?p ?o WHERE { <http://example.org/a> ?p ?o # }",
    "SELECT ?p ?o WHERE { <http://example.org/a> ?p #\n ?o . ?o ?q ?r }",
])
def test_a_comment_runs_to_its_line_end_and_no_further(query):
    from server.bounded import COMMON
    assert COMMON.fullmatch(query) is None and not bounded(query)
