"""The query pool keeps its count of free workers right when things go wrong, and tells a client
what is wrong with a mistyped query before telling it to wait."""

from __future__ import annotations

import pytest

import server.pool as pool_module
from kg.store import current_build
from server.errors import BadQuery, TooManyRequests
from server.pool import Job, QueryPool

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def job(build: str, query: str) -> Job:
    return Job(build=build, query=query, base_iri="http://localhost:8000/sparql", default_graphs=(),
               named_graphs=(), kind="results", format="json", max_bytes=10_000_000)


def test_a_worker_that_fails_to_start_does_not_take_a_permit_with_it(seed_store, monkeypatch):
    build = str(current_build(seed_store))
    pool = QueryPool(workers=1, timeout=10, queue_wait=0.5)
    try:
        pool.start()
        pool._idle.clear()  # the one worker is gone, as after a query that was stopped: the next take starts one
        real = pool_module.Worker

        def failing(context):
            raise OSError("cannot fork")

        monkeypatch.setattr(pool_module, "Worker", failing)
        with pytest.raises(OSError):
            pool.run(job(build, COUNT), client="a")
        monkeypatch.setattr(pool_module, "Worker", real)
        # with its permit lost, this would wait out queue_wait and be told every worker is busy
        assert b'"n"' in pool.run(job(build, COUNT), client="a")
    finally:
        pool.close()


def test_a_mistyped_query_from_a_client_at_its_limit_is_told_its_mistake(seed_store):
    build = str(current_build(seed_store))
    pool = QueryPool(workers=1, timeout=10, per_client=2)
    try:
        pool._clients["busy"] = 2  # two of its queries are running
        with pytest.raises(BadQuery, match="(?i)pars|expect|syntax"):
            pool.run(job(build, "SELECT * WHERE { ?s ?p }"), client="busy")
        with pytest.raises(TooManyRequests):
            pool.run(job(build, COUNT), client="busy")
        assert b'"n"' in pool.run(job(build, COUNT), client="someone else")
    finally:
        pool.close()
