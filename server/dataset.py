"""The dataset as a whole: dumps as files, the VoID description, the vocabulary."""

from __future__ import annotations

import os

from flask import (
    Blueprint,
    Response,
    current_app,
    redirect,
    render_template,
    request,
    send_file,
)

from server import formats
from server.errors import NotAcceptable, NotFound
from server.negotiation import choose
from server.rdf import to_bytes, void_description

blueprint = Blueprint("dataset", __name__)
DUMP_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads",
              ".gz": "application/gzip"}
ONTOLOGY_GRAPH = "https://w3id.org/dipkg/ontology"


def served():
    return current_app.extensions["dipkg.graph"].get()


def negotiated(candidates: list[formats.Format], what: str) -> tuple[formats.Format, str]:
    media = choose(request.headers.get("Accept"), formats.offers(candidates))
    if media is None:
        raise NotAcceptable(f"{what} is available as {', '.join(formats.offers(candidates))}",
                            headers={"Vary": "Accept"})
    return formats.by_media_type(candidates, media), media


def dump_files(graph) -> list[tuple[str, int]]:
    folder = graph.build / "dumps"
    return sorted((name, (folder / name).stat().st_size) for name in os.listdir(folder)) if folder.is_dir() else []


@blueprint.route("/dumps/")
def dumps() -> Response:
    graph = served()
    return Response(render_template("dumps.html", files=dump_files(graph), info=graph.info),
                    content_type="text/html; charset=utf-8")


@blueprint.route("/dumps")
def dumps_without_slash() -> Response:
    return redirect("/dumps/", code=301)


@blueprint.route("/dumps/<name>")
def dump(name: str) -> Response:
    graph = served()
    files = dict(dump_files(graph))
    if name not in files:
        raise NotFound(f"there is no dump called {name!r}; see /dumps/")
    path = graph.build / "dumps" / name
    response = send_file(path, mimetype=DUMP_TYPES.get(os.path.splitext(name)[1], "application/octet-stream"),
                         conditional=True, etag=True, last_modified=path.stat().st_mtime, max_age=300)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def sources(graph) -> list[tuple[str, str | None]]:
    if "sources" not in graph.cache:
        rows = graph.store.query("""SELECT ?a ?p WHERE { ?a a <https://w3id.org/dipkg/ontology#Article>
                                    OPTIONAL { ?a <https://schema.org/publisher> ?p } } ORDER BY ?a""")
        graph.cache["sources"] = [(row["a"].value, row["p"].value if row["p"] else None) for row in rows]
    return graph.cache["sources"]


@blueprint.route("/.well-known/void")
def void() -> Response:
    graph = served()
    chosen, media = negotiated(formats.GRAPHS[:4], "the VoID description")
    body = to_bytes(void_description(graph, request.url_root, sources(graph)), chosen.writer)
    response = Response(body, content_type=chosen.content_type(media))
    response.headers["Vary"] = "Accept"
    return response


def ontology_triples(graph):
    return list(graph.store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"))


@blueprint.route("/ontology")
def ontology() -> Response:
    graph = served()
    chosen, media = negotiated([formats.HTML] + formats.GRAPHS[:4], "the ontology")
    if chosen is formats.HTML:
        return ontology_page(graph)
    response = Response(to_bytes(ontology_triples(graph), chosen.writer), content_type=chosen.content_type(media))
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = '</ontology.ttl>; rel="alternate"; type="text/turtle"'
    return response


@blueprint.route("/ontology.ttl")
def ontology_turtle() -> Response:
    return Response(to_bytes(ontology_triples(served()), formats.GRAPHS[0].writer),
                    content_type=formats.GRAPHS[0].content_type())


@blueprint.route("/ontology.html")
def ontology_html() -> Response:
    return ontology_page(served())


def ontology_page(graph) -> Response:
    rows = graph.store.query(f"""
        SELECT ?term ?kind ?label ?comment (GROUP_CONCAT(DISTINCT STR(?parent); separator=" ") AS ?parents)
               (GROUP_CONCAT(DISTINCT STR(?domain); separator=" ") AS ?domains)
               (GROUP_CONCAT(DISTINCT STR(?range); separator=" ") AS ?ranges)
        WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
          ?term a ?kind ; <http://www.w3.org/2000/01/rdf-schema#label> ?label .
          FILTER(?kind IN (<http://www.w3.org/2002/07/owl#Class>, <http://www.w3.org/2002/07/owl#ObjectProperty>,
                           <http://www.w3.org/2002/07/owl#DatatypeProperty>, <http://www.w3.org/2002/07/owl#NamedIndividual>,
                           <http://www.w3.org/2002/07/owl#AnnotationProperty>))
          OPTIONAL {{ ?term <http://www.w3.org/2000/01/rdf-schema#comment> ?comment }}
          OPTIONAL {{ ?term <http://www.w3.org/2000/01/rdf-schema#subClassOf>|<http://www.w3.org/2000/01/rdf-schema#subPropertyOf> ?parent }}
          OPTIONAL {{ ?term <http://www.w3.org/2000/01/rdf-schema#domain> ?domain }}
          OPTIONAL {{ ?term <http://www.w3.org/2000/01/rdf-schema#range> ?range }}
        }} }} GROUP BY ?term ?kind ?label ?comment ORDER BY ?label""")
    terms = [{k: (row[k].value if row[k] is not None else "") for k in
              ("term", "kind", "label", "comment", "parents", "domains", "ranges")} for row in rows]
    groups = {"Classes": "Class", "Properties": "Property", "Statuses": "NamedIndividual"}
    body = render_template("ontology.html", groups={
        title: [t for t in terms if t["kind"].endswith(suffix)] for title, suffix in groups.items()})
    response = Response(body, content_type="text/html; charset=utf-8")
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = '</ontology.ttl>; rel="alternate"; type="text/turtle"'
    return response
