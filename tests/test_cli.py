"""The `kg` command as users run it: bad input reported per file, results in every format."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, SEEDS
from rdflib import Dataset, Graph

GOOD = "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Sunday."


def kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          input=stdin, timeout=120)


@pytest.fixture()
def mixed(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)))
    (folder / "latin1.txt").write_bytes("Lavrov met Wang Yi in Beijing, café.".encode("latin-1"))
    (folder / "page.txt").write_text("<!DOCTYPE html><html><body><p>Talks</p></body></html>", encoding="utf-8")
    (folder / "weather.txt").write_text("It rained in the morning. The sun came out later.", encoding="utf-8")
    with open(folder / "huge.txt", "wb") as handle:
        handle.write(b"The ministers met. " * 1_100_000)
    (folder / "manifest.json").write_text(json.dumps([
        {"file": "good.txt", "published": "2025-07-14", "publisher": "Test"},
        {"file": "gone.txt", "published": "2025-07-14"},
        {"file": "weather.txt", "published": "14/07/2025"}]), encoding="utf-8")
    return folder


def test_each_bad_input_gets_one_line_and_the_good_article_is_built(mixed, tmp_path):
    store = tmp_path / "store"
    result = kg("build", str(mixed), "--store", str(store), "-q")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    expected = {"empty.txt": "empty file", "binary.txt": "binary file", "latin1.txt": "not UTF-8 text",
                "page.txt": "an HTML page", "huge.txt": "too large", "weather.txt": "no sentence about diplomacy",
                "gone.txt": "listed in the manifest but no such file"}
    for name, reason in expected.items():
        assert [line for line in lines if name in line and reason in line], f"no line for {name}: {lines}"
    assert any("weather.txt: malformed publication date '14/07/2025'" in line for line in lines)
    assert len(lines) == len(expected) + 1
    answer = kg("query", "--store", str(store), "--format", "csv",
                "SELECT ?f WHERE { ?a <https://w3id.org/dipkg/ontology#sourceFile> ?f }")
    assert answer.stdout.split() == ["f", "good.txt"]


def test_strict_turns_any_problem_into_a_failing_exit(mixed, tmp_path):
    assert kg("build", str(mixed), "--store", str(tmp_path / "s"), "--strict", "-q").returncode == 1


def test_nothing_to_build_is_an_error_that_names_the_folder(tmp_path):
    result = kg("build", str(tmp_path), "--store", str(tmp_path / "s"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"kg: error: {tmp_path}: no article could be used (no .txt files)"
    missing = kg("build", str(tmp_path / "nowhere"), "--store", str(tmp_path / "s"))
    assert "no such folder of articles" in missing.stderr


def test_a_bad_base_uri_is_refused(tmp_path):
    result = kg("build", str(SEEDS), "--store", str(tmp_path / "s"), "--base-uri", "ftp://x")
    assert result.returncode == 1 and "must be an absolute http(s) URI" in result.stderr


def test_the_build_summary_says_what_the_graph_holds(tmp_path):
    result = kg("build", str(SEEDS), "--store", str(tmp_path / "s"))
    assert result.returncode == 0, result.stderr
    assert "from 5 article(s)" in result.stdout and "10 memberships" in result.stdout
    assert "meeting-sergey-lavrov-wang-yi-2025-07-13  (2 sources)" in result.stdout


@pytest.mark.parametrize("fmt,check", [
    ("table", lambda out: out.splitlines()[0].split() == ["n"] and out.rstrip().endswith("(1 row)")),
    ("json", lambda out: json.loads(out)["head"]["vars"] == ["n"]),
    ("csv", lambda out: out.splitlines()[0] == "n"),
    ("tsv", lambda out: out.splitlines()[0] == "?n"),
])
def test_query_results_in_every_format(seed_store, fmt, check):
    result = kg("query", "--store", str(seed_store), "--format", fmt,
                "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/dipkg/ontology#Article> }")
    assert result.returncode == 0 and check(result.stdout), result.stdout + result.stderr


def test_a_query_from_stdin_and_an_ask(seed_store):
    result = kg("query", "--store", str(seed_store), "-",
                stdin="ASK { ?s a <https://w3id.org/dipkg/ontology#Founding> }")
    assert result.stdout.strip() == "true"


def test_invalid_sparql_is_a_usage_error_with_the_parser_message(seed_store):
    result = kg("query", "--store", str(seed_store), "SELECT WHERE {")
    assert result.returncode == 2 and result.stderr.startswith("kg: error: the query is not valid SPARQL")


def test_query_without_a_built_store_says_how_to_build_one(tmp_path):
    result = kg("query", "--store", str(tmp_path / "none"), "ASK {}")
    assert result.returncode == 1 and "no graph has been built" in result.stderr


@pytest.mark.parametrize("fmt,parse", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_dumps_parse_and_hold_the_graph(seed_store, tmp_path, fmt, parse):
    out = tmp_path / f"dump.{fmt}"
    assert kg("dump", "--store", str(seed_store), "--format", fmt, "-o", str(out)).returncode == 0
    graph = Graph().parse(out, format=parse)
    assert len(graph) > 1000


def test_nquads_dump_holds_the_ontology_graph_too(seed_store, tmp_path):
    out = tmp_path / "dump.nq"
    assert kg("dump", "--store", str(seed_store), "--format", "nquads", "-o", str(out)).returncode == 0
    dataset = Dataset()
    dataset.parse(out, format="nquads")
    assert "https://w3id.org/dipkg/ontology" in {str(g.identifier) for g in dataset.graphs()}


def test_extract_prints_what_one_article_states_as_json(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    result = kg("extract", str(article), "--published", "2025-07-14")
    data = json.loads(result.stdout)
    (event,) = data["facts"]["events"]
    assert event["date"] == {"start": "2025-07-13", "end": None}
    assert set(event["participants"]) == {"person/sergey-lavrov", "person/wang-yi"}


def test_extract_of_a_bad_file_names_it_and_the_reason(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(b"\xff\xfe bad")
    result = kg("extract", str(article))
    assert result.returncode == 1 and result.stderr.strip().startswith(f"kg: error: {article}: not UTF-8 text")


def test_load_adds_rdf_and_reports_a_file_that_does_not_parse(seed_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(seed_store, store, symlinks=True)
    good, bad = tmp_path / "extra.ttl", tmp_path / "bad.ttl"
    good.write_text("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n", encoding="utf-8")
    bad.write_text("this is not turtle", encoding="utf-8")
    assert kg("load", "--store", str(store), "--graph", "http://example.org/g", str(good)).returncode == 0
    asked = kg("query", "--store", str(store), "ASK { GRAPH <http://example.org/g> { ?s ?p ?o } }")
    assert asked.stdout.strip() == "true"
    failed = kg("load", "--store", str(store), str(bad))
    assert failed.returncode == 1 and str(bad) in failed.stderr
