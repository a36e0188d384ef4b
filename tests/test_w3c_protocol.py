"""The W3C SPARQL 1.1 Protocol test suite, against a real `kg serve` over HTTP.

The suite's data is loaded by `kg load` into a store of its own. The endpoint is read-only,
so every update test passes when the update is refused with a 4xx (the suite's README says
so); the requests that follow an update in those tests depend on it and are not sent.
"""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from helpers import ROOT, SHARED, ServerProcess, need_shared
from rdflib import Graph

SUITE = SHARED / "w3c" / "protocol-tests.json"
CASES = json.loads(SUITE.read_text(encoding="utf-8")) if SUITE.exists() else [{"id": "suite-missing"}]
RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values")
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
             "application/rdf+xml": "xml", "application/n-quads": "nquads", "application/trig": "trig"}


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    shared = need_shared()
    store = tmp_path_factory.mktemp("w3c") / "store"
    pairs = sorted({tuple(pair) for case in CASES for pair in case.get("graphData", [])})
    for file, graph in pairs:
        done = subprocess.run([sys.executable, "-m", "kg.cli", "load", "--store", str(store), "--graph", graph,
                               str(shared / "w3c" / file)], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    server = ServerProcess(store)
    yield server.port
    server.stop()


def is_update(request: dict) -> bool:
    media = request["headers"].get("content-type", "")
    return (media.startswith("application/sparql-update") or request.get("body", "").startswith("update=")
            or "update=" in request["path_raw"])


def send(port: int, request: dict) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    path = request["path_raw"].replace("/sparql/", "/sparql", 1)
    body = request.get("body")
    data = body.encode(request.get("body_enc") or "utf-8") if body else None
    connection.request(request["method"], path, body=data, headers=dict(request["headers"]))
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


def status_ok(status: int, expected: list[str]) -> bool:
    return any(status // 100 == int(cls[len("StatusCode")]) for cls in expected)


def boolean(response) -> bool:
    media = response.getheader("Content-Type", "").split(";")[0]
    if media.endswith("json"):
        return json.loads(response.body)["boolean"]
    root = ET.fromstring(response.body)
    return root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_w3c_protocol(endpoint, case):
    for request in case["requests"]:
        response = send(endpoint, request)
        if is_update(request):
            assert 400 <= response.status < 500, f"an update must be refused: {response.status} {response.body[:200]}"
            return  # what follows in this test needs the update to have happened
        assert status_ok(response.status, request["expect_status"]), f"{response.status} {response.body[:300]}"
        media = response.getheader("Content-Type", "").split(";")[0]
        expected = request.get("expect_format")
        if expected == "boolean":
            assert media in RESULT_TYPES[:2]
            if request.get("expect_boolean") is not None:
                assert boolean(response) is request["expect_boolean"]
        elif expected == "tabular":
            assert media in RESULT_TYPES and response.body
        elif expected == "RDF":
            assert media in RDF_TYPES
            Graph().parse(data=response.body, format=RDF_TYPES[media])
