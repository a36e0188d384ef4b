"""The server's HTTP behaviour: SPARQL protocol, entity URIs, ontology, dumps, VoID, errors."""

from __future__ import annotations

import gzip

import pytest
from pyoxigraph import RdfFormat, Store, parse
from rdflib import Graph
from rdflib.compare import isomorphic

from server.app import ServerConfig, create_app

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"


@pytest.fixture(scope="module")
def client(seed_store):
    return create_app(ServerConfig(store=seed_store, max_body=100_000)).test_client()


# ------------------------------------------------------------------------------------------ SPARQL


def test_a_select_by_get_answers_sparql_json_by_default(client):
    response = client.get("/sparql", query_string={"query": COUNT})
    assert response.status_code == 200
    assert response.content_type == "application/sparql-results+json; charset=utf-8"
    assert int(response.json["results"]["bindings"][0]["n"]["value"]) > 1000
    assert response.headers["Vary"] == "Accept"
    assert response.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("fmt,media,start", [
    ("xml", "application/sparql-results+xml", b"<?xml"), ("csv", "text/csv", b"n\r\n"),
    ("tsv", "text/tab-separated-values", b"?n\n"), ("json", "application/sparql-results+json", b"{")])
def test_select_results_in_every_format_by_parameter_and_by_accept(client, fmt, media, start):
    by_parameter = client.get("/sparql", query_string={"query": COUNT, "format": fmt})
    by_accept = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": media})
    for response in (by_parameter, by_accept):
        assert response.status_code == 200 and response.content_type.startswith(media)
        assert response.data.startswith(start)


def test_queries_by_post_form_and_by_post_body(client):
    form = client.post("/sparql", data={"query": "ASK { ?s a <https://w3id.org/dipkg/ontology#Summit> }"})
    body = client.post("/sparql", data="ASK {}", content_type="application/sparql-query")
    assert form.json["boolean"] is True and body.json["boolean"] is True


@pytest.mark.parametrize("accept,media,rdflib_format", [
    (None, "text/turtle", "turtle"), ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"), ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/n-quads", "application/n-quads", "nquads"), ("application/trig", "application/trig", "trig")])
def test_construct_answers_turtle_by_default_and_every_rdf_format_by_accept(client, accept, media, rdflib_format):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", query_string={"query": CONSTRUCT}, headers=headers)
    assert response.status_code == 200 and response.content_type.startswith(media)
    from rdflib import Dataset
    parsed = Dataset() if rdflib_format in ("nquads", "trig") else Graph()
    parsed.parse(data=response.data, format=rdflib_format)
    assert len(parsed) == 5


def test_nothing_acceptable_is_406_with_what_is_available(client):
    response = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "image/png"})
    assert response.status_code == 406 and b"application/sparql-results+json" in response.data
    assert response.headers["Vary"] == "Accept"


def test_a_syntax_error_is_400_with_the_parser_message_and_position(client):
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert b"not valid SPARQL: error at 1:" in response.data


@pytest.mark.parametrize("request_kwargs", [
    {"data": {"update": "CLEAR ALL"}},
    {"data": "INSERT DATA { <a:b> <a:c> <a:d> }", "content_type": "application/sparql-update"},
    {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}},
    {"data": {"query": "PREFIX x: <http://x/> LOAD <http://example.org/data.ttl>"}},
])
def test_updates_are_refused_as_the_endpoint_is_read_only(client, request_kwargs):
    response = client.post("/sparql", **request_kwargs)
    assert response.status_code == 403 and b"read-only" in response.data


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://10.0.0.1/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://x/> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "PREFIX s: <http://x/> SELECT * WHERE { ?s ?p ?o OPTIONAL { SeRvIcE <http://x/> { ?a ?b ?c } } }",
    "SELECT * WHERE { ?s ?p ?o } # comment\nSERVICE",
])
def test_service_is_refused_before_evaluation(client, query):
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 400 and b"SERVICE is not allowed" in response.data


@pytest.mark.parametrize("query", [
    'SELECT ?x WHERE { BIND("SERVICE" AS ?x) }',
    "SELECT ?service WHERE { BIND(<http://example.org/SERVICE> AS ?service) }",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service ?o } # SERVICE in a comment? no: kept",
])
def test_the_word_service_in_strings_iris_and_names_is_harmless(client, query):
    query = query.replace(" # SERVICE in a comment? no: kept", "")
    assert client.get("/sparql", query_string={"query": query}).status_code == 200


def test_protocol_violations_are_4xx(client):
    assert client.get("/sparql?query=ASK{}&query=ASK{}").status_code == 400
    assert client.post("/sparql", data="ASK {}", content_type="text/plain").status_code == 415
    assert client.post("/sparql", data=b"ASK {}").status_code == 415
    assert client.get("/sparql", query_string={"update": "CLEAR ALL"}).status_code == 400
    assert client.post("/sparql", data="ASK {}".encode("utf-16"),
                       content_type="application/sparql-query; charset=utf-16").status_code == 415
    assert client.post("/sparql", data=b"ASK {\xff}", content_type="application/sparql-query").status_code == 400
    put = client.put("/sparql", data="ASK {}")
    assert put.status_code == 405 and "POST" in put.headers["Allow"]


def test_a_body_over_the_limit_is_413(client):
    response = client.post("/sparql", data="#" * 200_000, content_type="application/sparql-query")
    assert response.status_code == 413


def test_cors_preflight(client):
    response = client.options("/sparql", headers={"Origin": "https://example.org",
                                                  "Access-Control-Request-Method": "POST"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]


def test_get_without_query_is_the_service_description_or_the_query_page(client):
    rdf = client.get("/sparql", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=rdf.data, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    endpoints = list(graph.objects(None, graph.namespace_manager.expand_curie("sd:endpoint")))
    assert [str(e) for e in endpoints] == ["http://localhost/sparql"]
    assert any(str(o) == sd + "SPARQL11Query" for o in graph.objects())
    page = client.get("/sparql", headers={"Accept": BROWSER})
    assert page.content_type.startswith("text/html") and b"<form" in page.data
    assert rdf.headers["Vary"] == page.headers["Vary"] == "Accept"


# ------------------------------------------------------------------------------------------ entities


@pytest.mark.parametrize("accept,suffix", [(BROWSER, "html"), ("text/turtle", "ttl"), ("application/ld+json", "jsonld"),
                                           ("application/n-triples", "nt"), ("application/rdf+xml", "rdf"),
                                           ("*/*", "html")])
def test_an_entity_uri_redirects_303_to_the_document_negotiated(client, accept, suffix):
    response = client.get("/id/person/sergey-lavrov", headers={"Accept": accept})
    assert response.status_code == 303
    assert response.headers["Location"] == f"/id/person/sergey-lavrov.{suffix}"
    assert response.headers["Vary"] == "Accept"


@pytest.mark.parametrize("suffix,media,rdflib_format", [
    ("ttl", "text/turtle", "turtle"), ("nt", "application/n-triples", "nt"),
    ("jsonld", "application/ld+json", "json-ld"), ("rdf", "application/rdf+xml", "xml")])
def test_documents_describe_the_entity_its_facts_sources_and_evidence(client, suffix, media, rdflib_format):
    response = client.get(f"/id/person/sergey-lavrov.{suffix}", headers={"Accept": "image/png"})
    assert response.status_code == 200 and response.content_type.startswith(media)
    assert 'rel="alternate"; type="text/html"' in response.headers["Link"]
    graph = Graph().parse(data=response.data, format=rdflib_format)
    text = graph.serialize(format="nt")
    assert '"Sergey Lavrov"@en' in text
    assert "/id/event/meeting-sergey-lavrov-wang-yi-2025-07-13" in text  # a meeting he took part in
    assert "http://www.w3.org/ns/oa#exact" in text and "wasDerivedFrom" in text
    assert '"Wang Yi"@en' in text  # labels of what is linked
    assert "inboundLinkCount" in text


def test_the_html_page_links_its_data_twins_and_shows_evidence(client):
    page = client.get("/id/event/meeting-sergey-lavrov-wang-yi-2025-07-13.html").data.decode()
    assert '<link rel="alternate" type="text/turtle" href="/id/event/meeting-sergey-lavrov-wang-yi-2025-07-13.ttl">' in page
    assert "held talks in Beijing on Sunday" in page and 'href="/id/person/wang-yi"' in page
    assert "13 July 2025" in page


@pytest.mark.parametrize("path", ["/id/article/000-1b480b8c6e00bf1b.ttl",
                                  "/id/membership/iran-shanghai-cooperation-organisation-member.ttl",
                                  "/id/founding/shanghai-cooperation-organisation.html",
                                  "/id/position/sergey-lavrov-foreign-minister-russia.html",
                                  "/id/organization/shanghai-cooperation-organisation.html"])
def test_articles_facts_and_organizations_dereference_too(client, path):
    assert client.get(path).status_code == 200


def test_unknown_resources_are_404_and_unproducible_formats_406(client):
    assert client.get("/id/person/nobody-at-all", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.get("/id/person/nobody-at-all.ttl").status_code == 404
    assert client.get("/id/spaceship/x").status_code == 404
    for weird in ("/id/person/a%20b", "/id/person/%3E%20%3Cx", "/id/person/A", "/id/person/x%00"):
        response = client.get(weird)
        assert response.status_code == 404 and b"not an entity URI" in response.data
    assert client.get("/id/person/sergey-lavrov", headers={"Accept": "image/png"}).status_code == 406


# ------------------------------------------------------------------------------------------ ontology, dumps, VoID


def test_the_ontology_as_a_page_and_as_turtle(client):
    page = client.get("/ontology", headers={"Accept": BROWSER})
    assert page.content_type.startswith("text/html") and b"dip:BilateralMeeting" in page.data
    for response in (client.get("/ontology", headers={"Accept": "text/turtle"}), client.get("/ontology.ttl")):
        graph = Graph().parse(data=response.data, format="turtle")
        assert len(graph) > 100


def test_dumps_are_listed_and_served_with_validators(client, seed_store):
    listing = client.get("/dumps/").data.decode()
    for name in ("dipkg.ttl", "dipkg.nt", "dipkg.nq", "dipkg.ttl.gz", "dipkg.nt.gz", "dipkg.nq.gz"):
        assert f'href="/dumps/{name}"' in listing
    response = client.get("/dumps/dipkg.nt")
    assert response.status_code == 200 and response.content_type.startswith("application/n-triples")
    assert int(response.headers["Content-Length"]) == len(response.data)
    assert response.headers["ETag"] and response.headers["Last-Modified"]
    again = client.get("/dumps/dipkg.nt", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    since = client.get("/dumps/dipkg.nt", headers={"If-Modified-Since": response.headers["Last-Modified"]})
    assert since.status_code == 304
    gz = client.get("/dumps/dipkg.ttl.gz")
    assert gz.content_type == "application/gzip" and gzip.decompress(gz.data).startswith(b"@prefix")


@pytest.mark.parametrize("path", ["/dumps/../build.json", "/dumps/..%2fbuild.json", "/dumps/%2e%2e/oxigraph",
                                  "/dumps/nothing.ttl", "/dumps/.lock"])
def test_dump_paths_outside_the_listing_are_404(client, path):
    assert client.get(path).status_code == 404


def test_the_turtle_dump_is_the_default_graph(client):
    dump = Graph().parse(data=client.get("/dumps/dipkg.ttl").data, format="turtle")
    everything = client.get("/sparql", query_string={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"},
                            headers={"Accept": "application/n-triples"})
    assert isomorphic(dump, Graph().parse(data=everything.data, format="nt"))


def test_the_nquads_dump_round_trips_into_a_fresh_store(client):
    data = client.get("/dumps/dipkg.nq").data
    store = Store()
    store.extend(parse(data, format=RdfFormat.N_QUADS))
    assert len(store) == len(data.strip().splitlines())
    assert "https://w3id.org/dipkg/ontology" in {g.value for g in store.named_graphs()}


def test_void_describes_size_access_licence_and_sources(client):
    response = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.data, format="turtle")
    text = graph.serialize(format="nt")
    for expected in ("void#sparqlEndpoint> <http://localhost/sparql>", "void#dataDump> <http://localhost/dumps/dipkg.ttl>",
                     'void#uriSpace> "http://localhost:8000/id/"', "creativecommons.org/licenses/by/4.0/",
                     "terms/source> <http://localhost:8000/id/article/000-1b480b8c6e00bf1b>", '"TASS"',
                     "void#distinctSubjects>", "void#classPartition>"):
        assert expected in text, expected
    triples = next(graph.objects(None, graph.namespace_manager.expand_curie("void:triples")))
    count = client.get("/sparql", query_string={"query": COUNT}).json["results"]["bindings"][0]["n"]["value"]
    assert str(triples) == count


# ------------------------------------------------------------------------------------------ errors and operations


@pytest.mark.parametrize("accept,media,marker", [
    ("application/json", "application/json", b'"status": 404'),
    (BROWSER, "text/html", b"<h1>404 Not found</h1>"),
    ("*/*", "text/plain", b"404 Not found: "),
])
def test_errors_come_in_the_form_the_client_reads_and_name_what_was_wrong(client, accept, media, marker):
    response = client.get("/id/person/nobody.ttl", headers={"Accept": accept})
    assert response.status_code == 404 and response.content_type.startswith(media)
    assert marker in response.data and b"nobody" in response.data and b"Traceback" not in response.data


def test_an_unknown_path_is_a_404_that_names_it(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404 and b"/no/such/page" in response.data


def test_health_and_readiness(client):
    assert client.get("/health").data == b"ok\n"
    assert client.get("/ready").status_code == 200


def test_home_page_says_what_the_graph_holds(client):
    page = client.get("/").data.decode()
    assert "Membership" in page and "sparql" in page and "TASS" in page


def test_a_new_build_is_served_without_a_restart(seed_store, tmp_path):
    import shutil
    import time

    from helpers import SEEDS

    from kg.pipeline import build
    store = tmp_path / "store"
    shutil.copytree(seed_store, store, symlinks=True)
    app = create_app(ServerConfig(store=store)).test_client()
    before = app.get("/sparql", query_string={"query": COUNT}).json
    (tmp_path / "few").mkdir()
    shutil.copy(next(SEEDS.glob("002_*.txt")), tmp_path / "few")
    build(tmp_path / "few", store, "http://localhost:8000/")
    time.sleep(1.1)
    after = app.get("/sparql", query_string={"query": COUNT}).json
    assert after != before
