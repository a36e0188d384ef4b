"""GET queries answered in front of Flask (server.fastpath): the same answer, headers and log
line as the application gives, and failures handed to the application's one error mapping."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

import pytest

from server.app import ServerConfig, create_app
from server.fastpath import QueryFastPath

LAVROV = "<http://localhost:8000/id/person/sergey-lavrov>"
LOOKUP = f"SELECT ?p ?o WHERE {{ {LAVROV} ?p ?o }} ORDER BY ?p ?o LIMIT 5"
BOUNDED = f"SELECT ?p ?o WHERE {{ {LAVROV} ?p ?o }} LIMIT 5"
JOIN = ("SELECT ?e ?label WHERE { ?e a <https://w3id.org/dipkg/ontology#Event> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?e LIMIT 3")
FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def app(seed_store):
    app = create_app(ServerConfig(store=seed_store, cache_bytes=0, query_timeout=5.0, max_result_bytes=20_000))
    yield app
    app.extensions["dipkg.pool"].close()


class Counting:
    """The application behind the fast path, counting the requests that reach it."""

    def __init__(self, app):
        self.app, self.calls = app, 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.app(environ, start_response)


@pytest.fixture
def behind(app):
    fast = app.wsgi_app.app
    assert isinstance(fast, QueryFastPath)
    counting = Counting(fast.app)
    fast.app = counting
    yield counting
    fast.app = counting.app


def comparable(response) -> tuple:
    headers = sorted((k, v) for k, v in response.headers.items() if k != "X-Request-Id")
    return response.status_code, headers, response.data


@pytest.mark.parametrize("query,accept", [
    (BOUNDED, "application/sparql-results+json"), (BOUNDED, "text/csv, */*;q=0.1"), (BOUNDED, None),
    (JOIN, "application/sparql-results+xml"), (JOIN, None),
    (f"DESCRIBE {LAVROV}", "text/turtle"), (f"DESCRIBE {LAVROV}", "application/ld+json;q=0.9, */*;q=0.1"),
])
def test_a_get_query_is_answered_without_flask_exactly_as_flask_answers_its_post(app, behind, query, accept):
    headers = {"Accept": accept} if accept else {}
    client = app.test_client()
    fast = client.get("/sparql?" + urlencode({"query": query}), headers=headers)
    assert behind.calls == 0
    slow = client.post("/sparql", data=urlencode({"query": query}), content_type=FORM, headers=headers)
    assert behind.calls == 1
    assert fast.status_code == 200
    assert comparable(fast) == comparable(slow)
    assert fast.headers["X-Request-Id"] and fast.headers["X-Request-Id"] != slow.headers["X-Request-Id"]


def test_head_gets_the_headers_of_get_and_no_body(app, behind):
    client = app.test_client()
    url = "/sparql?" + urlencode({"query": LOOKUP})
    head, get = client.head(url), client.get(url)
    assert behind.calls == 0
    assert head.status_code == 200 and head.data == b""
    assert head.headers["Content-Length"] == str(len(get.data)) and head.headers["Content-Type"] == \
        get.headers["Content-Type"]


def test_the_client_request_id_is_echoed_and_the_access_log_has_one_line(app, behind, caplog):
    with caplog.at_level(logging.INFO, logger="dipkg.access"):
        response = app.test_client().get("/sparql?" + urlencode({"query": BOUNDED}), headers={"X-Request-Id": "r-42"})
    lines = [r.getMessage() for r in caplog.records if r.name == "dipkg.access"]
    assert response.headers["X-Request-Id"] == "r-42"
    assert len(lines) == 1 and lines[0].startswith("r-42 ") and " GET /sparql?query=SELECT" in lines[0]
    assert f" 200 {len(response.data)} " in lines[0]


@pytest.mark.parametrize("params,status,words", [
    ({"query": "SELECT ?s WHERE { ?s ?p }"}, 400, "not valid SPARQL"),
    ({"query": BOUNDED, "format": "yaml"}, 406, "unknown format"),
    ({"query": "DROP ALL"}, 403, "read-only"),
    ({"query": BOUNDED, "timeout": "soon"}, 400, "timeout must be a number"),
    ({"query": "SELECT * WHERE { ?s ?p ?o } " + " " * 100_001}, 414, "the limit is"),
])
def test_a_request_that_fails_is_answered_by_the_application(app, behind, params, status, words):
    response = app.test_client().get("/sparql?" + urlencode(params), headers={"Accept": "application/json"})
    assert response.status_code == status and words in response.get_json()["message"]
    assert behind.calls == 1 and response.headers["Access-Control-Allow-Origin"] == "*"


def test_a_query_that_ran_and_failed_is_not_run_again_for_its_error(app, behind, monkeypatch):
    pool = app.extensions["dipkg.pool"]
    runs = []
    original = pool.run

    def counted(job, **kwargs):
        runs.append(job.query)
        return original(job, **kwargs)
    monkeypatch.setattr(pool, "run", counted)
    response = app.test_client().get("/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}),
                                     headers={"Accept": "application/json"})
    assert response.status_code == 413 and "over the server's cap" in response.get_json()["message"]
    assert len(runs) == 1 and behind.calls == 1
