"""Real SPARQL clients against a real `kg serve` process."""

from __future__ import annotations

import csv
import io
import urllib.request

from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

MEMBERS = """PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?state WHERE { ?m a dip:Membership ; dip:membershipStatus dip:FoundingMember ;
  org:member/rdfs:label ?state } ORDER BY ?state"""
FOUNDERS = ["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"]


def wrapper(url: str, fmt) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{url}/sparql")
    client.setReturnFormat(fmt)
    return client


def test_sparqlwrapper_json(seed_server):
    client = wrapper(seed_server, JSON)
    client.setQuery(MEMBERS)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert [r["state"]["value"] for r in rows] == FOUNDERS


def test_sparqlwrapper_xml(seed_server):
    client = wrapper(seed_server, XML)
    client.setQuery(MEMBERS)
    document = client.queryAndConvert()
    assert sorted(n.firstChild.data for n in document.getElementsByTagName("literal")) == FOUNDERS


def test_sparqlwrapper_csv_by_post(seed_server):
    client = wrapper(seed_server, CSV)
    client.setMethod("POST")
    client.setQuery(MEMBERS)
    rows = list(csv.reader(io.StringIO(client.queryAndConvert().decode("utf-8"))))
    assert rows == [["state"]] + [[s] for s in FOUNDERS]


def test_sparqlwrapper_construct_into_rdflib(seed_server):
    client = wrapper(seed_server, TURTLE)
    client.setQuery("CONSTRUCT { ?s a ?c } WHERE { ?s a ?c FILTER(?c = <https://w3id.org/dipkg/ontology#Summit>) }")
    graph = Graph().parse(data=client.queryAndConvert(), format="turtle")
    # Astana 2024 (in July, and as one article's "last year", linked to it) and Tianjin 2025
    assert len(graph) == 3


def test_sparqlwrapper_ask(seed_server):
    client = wrapper(seed_server, JSON)
    client.setQuery("ASK { ?s a <https://w3id.org/dipkg/ontology#Founding> }")
    assert client.queryAndConvert()["boolean"] is True


def test_rdflib_sparqlstore(seed_server):
    graph = Graph(store=SPARQLStore(f"{seed_server}/sparql", returnFormat="json"))
    lavrov = URIRef("http://localhost:8000/id/person/sergey-lavrov")
    labels = [str(o) for o in graph.objects(lavrov, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))]
    assert labels == ["Sergey Lavrov"]
    rows = list(graph.query(MEMBERS))
    assert [str(r.state) for r in rows] == FOUNDERS


def test_rdflib_dereferences_an_entity_uri(seed_server):
    graph = Graph().parse(f"{seed_server}/id/person/wang-yi")
    assert (URIRef("http://localhost:8000/id/person/wang-yi"), None, None) in graph


def test_urllib_follows_the_303_to_the_negotiated_document(seed_server):
    request = urllib.request.Request(f"{seed_server}/id/country/belarus", headers={"Accept": "application/ld+json"})
    with urllib.request.urlopen(request) as response:
        assert response.url.endswith("/id/country/belarus.jsonld")
        assert response.headers["Content-Type"].startswith("application/ld+json")
