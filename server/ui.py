"""Pages for people: the home page and the query page; and the health checks operators poll."""

from __future__ import annotations

import shlex
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, render_template, request

from server.errors import Unavailable

blueprint = Blueprint("ui", __name__)

LATEST_EVENTS = """
PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?label ?date ?status WHERE {
  ?event dip:status ?s ; rdfs:label ?label . BIND(LCASE(STRAFTER(STR(?s), "#")) AS ?status)
  OPTIONAL { ?event dip:startDate ?date }
  FILTER NOT EXISTS { ?event a dip:Founding }
} ORDER BY DESC(STR(?date)) LIMIT 10"""
ARTICLES = """
PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?article ?label ?file ?date ?publisher WHERE {
  ?article a dip:Article ; dip:sourceFile ?file ; rdfs:label ?label .
  OPTIONAL { ?article schema:datePublished ?date } OPTIONAL { ?article schema:publisher ?publisher }
} ORDER BY DESC(?date) ?file LIMIT 50"""


def served():
    return current_app.extensions["dipkg.graph"].get()


def local(graph, iri: str) -> str:
    return "/" + iri[len(graph.base):] if iri.startswith(graph.base) else iri


def rows(graph, query: str) -> list[dict]:
    result = graph.store.query(query)
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else "") for n in names} for s in result]


@blueprint.route("/")
def home() -> Response:
    graph = served()
    if "home" not in graph.cache:
        events = rows(graph, LATEST_EVENTS)
        articles = rows(graph, ARTICLES)
        for row in events + articles:
            row["href"] = local(graph, row.get("event") or row.get("article"))
        counts = {cls.rsplit("#", 1)[-1]: n for cls, n in graph.statistics.get("per_class", {}).items()
                  if cls.startswith("https://w3id.org/dipkg/ontology#")}
        graph.cache["home"] = {"events": events, "articles": articles, "counts": counts}
    body = render_template("home.html", info=graph.info, stats=graph.statistics, **graph.cache["home"])
    return Response(body, content_type="text/html; charset=utf-8")


def query_page() -> Response:
    """The query page, with the query of its URL (shareable) or the first example."""
    examples = current_app.extensions["dipkg.examples"]
    query = request.args.get("query") or (examples[0].query if examples else "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
    endpoint = f"{request.url_root}sparql"
    body = render_template(
        "query.html", query=query, examples=examples, endpoint=endpoint,
        get_url=f"{endpoint}?{urlencode({'query': query})}", share_url=f"/query?{urlencode({'query': query})}",
        curl=f"curl -s {endpoint} -H 'Accept: application/sparql-results+json' "
             f"--data-urlencode {shlex.quote('query=' + query)}")
    return Response(body, content_type="text/html; charset=utf-8")


@blueprint.route("/query")
def query() -> Response:
    return query_page()


@blueprint.route("/health")
def health() -> Response:
    """Liveness: the process answers."""
    return Response("ok\n", content_type="text/plain; charset=utf-8")


@blueprint.route("/ready")
def ready() -> Response:
    """Readiness: a graph is open and answers a query."""
    try:
        served().store.query("ASK { }")
    except Unavailable as error:
        return Response(f"not ready: {error}\n", status=503, content_type="text/plain; charset=utf-8")
    return Response("ready\n", content_type="text/plain; charset=utf-8")
