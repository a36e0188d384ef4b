"""The response cache: a request asked again is kept, and from then on answered from memory,
exactly as the first time, until a new build is served; what must be computed each time never
is cached."""

from __future__ import annotations

import shutil
import time
import urllib.parse
import urllib.request

import pytest
from helpers import ServerProcess

from server.cache import ResponseCache

QUERY = "SELECT ?label WHERE { <http://localhost:8000/id/person/wang-yi> <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
JSON = "application/sparql-results+json"


def get(url: str, accept: str = JSON):
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def sparql(base: str, query: str) -> str:
    return f"{base}/sparql?query={urllib.parse.quote(query)}"


@pytest.fixture(scope="module")
def own_server(seed_store, tmp_path_factory):
    """A server over a copy of the seed store, which the tests publish new builds into."""
    store = tmp_path_factory.mktemp("cache") / "store"
    shutil.copytree(seed_store, store, symlinks=True)
    server = ServerProcess(store, options=("--processes", "1"))
    yield server, store
    server.stop()


def test_a_repeated_query_is_answered_from_the_cache_with_the_same_body_and_a_fresh_request_id(own_server):
    server, _ = own_server
    first, second, third = (get(sparql(server.url, QUERY)) for _ in range(3))
    assert first[0] == second[0] == third[0] == 200
    assert first[2] == second[2] == third[2] and b"Wang Yi" in first[2]
    assert first[1].get("X-Cache") is None and second[1].get("X-Cache") is None  # kept the second time
    assert third[1].get("X-Cache") == "hit"
    assert len({first[1]["X-Request-Id"], second[1]["X-Request-Id"], third[1]["X-Request-Id"]}) == 3
    assert third[1]["Content-Type"] == first[1]["Content-Type"]
    assert third[1]["Access-Control-Allow-Origin"] == "*"


def test_each_accepted_format_is_kept_apart(own_server):
    server, _ = own_server
    url = sparql(server.url, QUERY + " # formats")
    json_first = get(url)
    get(url)  # (kept the second time)
    xml = [get(url, "application/sparql-results+xml") for _ in range(2)]
    json_again = get(url)
    assert json_first[2] == json_again[2] and json_again[1].get("X-Cache") == "hit"
    assert xml[1][2].startswith(b"<?xml") and all(answer[1].get("X-Cache") is None for answer in xml)


def test_errors_and_readiness_are_never_cached(own_server):
    server, _ = own_server
    for _ in range(2):
        status, headers, _ = get(sparql(server.url, "SELECT WHERE {"))
        assert status == 400 and headers.get("X-Cache") is None
        status, headers, _ = get(f"{server.url}/ready", "text/plain")
        assert status == 200 and headers.get("X-Cache") is None


def test_a_new_build_empties_the_cache(own_server, tmp_path):
    server, store = own_server
    query = "SELECT ?o WHERE { <http://example.org/cache-test> ?p ?o }"
    assert b"fresh" not in get(sparql(server.url, query))[2]
    get(sparql(server.url, query))
    assert get(sparql(server.url, query))[1].get("X-Cache") == "hit"
    extra = tmp_path / "extra.nt"
    extra.write_text('<http://example.org/cache-test> <http://example.org/p> "fresh" .\n', encoding="utf-8")
    from kg.store import add_files
    add_files(store, [extra], None)
    deadline = time.monotonic() + 10
    while b"fresh" not in get(sparql(server.url, query))[2]:
        assert time.monotonic() < deadline, "the new build's answer never came: the cache kept the old one"
        time.sleep(0.2)


def wsgi_app(bodies: dict[str, bytes], calls: list[str]):
    def app(environ, start_response):
        calls.append(environ["PATH_INFO"])
        body = bodies[environ["PATH_INFO"]]
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
        return [body]
    return app


def call(cache: ResponseCache, path: str, method: str = "GET") -> bytes:
    return b"".join(cache({"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": ""}, lambda *a: None))


def test_the_cache_holds_at_most_its_bytes_dropping_the_least_recently_used():
    calls: list[str] = []
    bodies = {f"/{n}": bytes([65 + n]) * 300 for n in range(4)}
    cache = ResponseCache(wsgi_app(bodies, calls), build_of=lambda: "b1", request_id=lambda given: "id",
                          log_path=lambda environ: environ["PATH_INFO"], max_bytes=1_100)
    for path in ("/0", "/0", "/1", "/1", "/0", "/2", "/2"):  # /1 is the least recently used when /2 is kept
        assert call(cache, path) == bodies[path]
    assert calls == ["/0", "/0", "/1", "/1", "/2", "/2"]
    call(cache, "/0")
    call(cache, "/1")
    assert calls == ["/0", "/0", "/1", "/1", "/2", "/2", "/1"]


def test_an_answer_is_kept_the_second_time_it_is_asked_for():
    """Most requests to a public endpoint come once: keeping them all costs every varied
    request a copy and pushes out the answers that are asked again."""
    calls: list[str] = []
    bodies = {"/once": b"1", "/often": b"2"}
    cache = ResponseCache(wsgi_app(bodies, calls), build_of=lambda: "b1", request_id=lambda given: "id",
                          log_path=lambda environ: "")
    call(cache, "/once")
    for _ in range(4):
        assert call(cache, "/often") == b"2"
    assert calls == ["/once", "/often", "/often"]
    assert len(cache._entries) == 1


def test_a_new_build_forgets_what_was_seen_once():
    calls: list[str] = []
    build = ["b1"]
    cache = ResponseCache(wsgi_app({"/x": b"x"}, calls), build_of=lambda: build[0], request_id=lambda given: "id",
                          log_path=lambda environ: "")
    call(cache, "/x")
    build[0] = "b2"
    call(cache, "/x")
    call(cache, "/x")
    call(cache, "/x")
    assert calls == ["/x", "/x", "/x"]  # b2 saw it first at the second call, kept it at the third


def test_posts_and_oversized_answers_go_to_the_application_every_time():
    calls: list[str] = []
    bodies = {"/small": b"x", "/big": b"y" * 5_000}
    cache = ResponseCache(wsgi_app(bodies, calls), build_of=lambda: "b1", request_id=lambda given: "id",
                          log_path=lambda environ: "", max_bytes=100_000, max_entry=1_000)
    for _ in range(3):
        call(cache, "/small", "POST")
        call(cache, "/big")
    assert calls == ["/small", "/big"] * 3


def test_no_build_served_means_nothing_is_kept():
    calls: list[str] = []
    cache = ResponseCache(wsgi_app({"/x": b"x"}, calls), build_of=lambda: None, request_id=lambda given: "id",
                          log_path=lambda environ: "")
    for _ in range(3):
        call(cache, "/x")
    assert calls == ["/x"] * 3

