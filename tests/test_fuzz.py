"""Generated inputs, for a bounded time: the server never answers 500 nor hangs; the extractor
never crashes, and a bad article is a problem of that article alone."""

from __future__ import annotations

import random
import string

import pytest
from helpers import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.articles import parse_article
from kg.facts import extract
from kg.pipeline import build
from server.app import ServerConfig, create_app

TOKENS = ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{", "}", "?s", "?p", "?o", "*", ".", "FILTER",
          "(", ")", "REGEX", "STR", "COUNT", "GROUP BY", "ORDER BY", "LIMIT", "OFFSET", "10", "OPTIONAL",
          "UNION", "MINUS", "VALUES", "BIND", "AS", "SERVICE", "<http://example.org/x>", '"text"', "'x'@en",
          "PREFIX", "dip:", "rdfs:label", "a", ";", ",", "GRAPH", "FROM", "NAMED", "#", "\\", "\n", "\u0000",
          "INSERT", "DELETE", "LOAD", "CLEAR", "{{", "}}", "%", "??", "^^", "<", ">"]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def client(seed_store):
    app = create_app(ServerConfig(store=seed_store, query_timeout=3.0, max_result_bytes=2_000_000))
    yield app.test_client()
    app.extensions["dipkg.pool"].close()


@FUZZ
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=25), st.sampled_from(["get", "post", "form"]))
def test_generated_queries_never_get_a_500(client, tokens, how):
    query = " ".join(tokens)
    if how == "get":
        response = client.get("/sparql", query_string={"query": query})
    elif how == "post":
        response = client.post("/sparql", data=query.encode("utf-8", "surrogatepass"),
                               content_type="application/sparql-query")
    else:
        response = client.post("/sparql", data={"query": query})
    assert response.status_code < 500 or response.status_code == 503, response.data[:300]


@FUZZ
@given(st.text(max_size=300), st.text(alphabet=string.printable, max_size=80))
def test_generated_headers_and_paths_never_get_a_500(client, accept, path):
    safe_accept = accept.encode("latin-1", "ignore").decode("latin-1").replace("\r", " ").replace("\n", " ")
    response = client.get("/" + path.lstrip("/"), headers={"Accept": safe_accept})
    assert response.status_code < 500, (path, safe_accept, response.status_code)
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Accept": safe_accept})
    assert response.status_code in (200, 406)


def mutate(text: str, rng: random.Random) -> str:
    """An article as the web delivers it at its worst: cut, repeated, garbled, bloated."""
    for _ in range(rng.randrange(1, 6)):
        choice = rng.randrange(6)
        at = rng.randrange(len(text) + 1)
        if choice == 0:
            text = text[:at] + text[at + rng.randrange(1, 500):]
        elif choice == 1:
            text = text[:at] + "".join(rng.choice("\u0000\ufeff\u200b\u202e<>&\"'“”–\t\r") for _ in range(20)) + text[at:]
        elif choice == 2:
            text = text[:at] + text[at:at + 300] * rng.randrange(2, 20) + text[at:]
        elif choice == 3:
            text = text[:at]
        elif choice == 4:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        else:
            text = text[:at] + " ".join(rng.choice(["Putin", "on Monday", "summit", "met", "SCO", ",", "visited",
                                                    "2024", "the", "with", "Xi"]) for _ in range(60)) + text[at:]
    return text


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_mutated_articles_never_crash_the_extractor(seed):
    rng = random.Random(seed)
    source = rng.choice(sorted(SEEDS.glob("*.txt")))
    text = mutate(source.read_text(encoding="utf-8"), rng)
    extraction = extract(parse_article("mutated.txt", text, {}))
    assert extraction.meta.file == "mutated.txt"


def test_bad_articles_are_problems_of_their_own_and_the_rest_is_built(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    rng = random.Random(3)
    seeds = sorted(SEEDS.glob("*.txt"))
    for index, source in enumerate(seeds):
        (folder / f"good-{index}.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        (folder / f"mutated-{index}.txt").write_text(mutate(source.read_text(encoding="utf-8"), rng), encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    report = build(folder, tmp_path / "store", "http://localhost:8000/")
    skipped = {p.source.split("/")[-1] for p in report.problems if p.skipped}
    assert "binary.txt" in skipped and "empty.txt" in skipped
    assert report.articles >= len(seeds) * 2
