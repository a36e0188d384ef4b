"""Entity URIs {base}id/{kind}/{slug}: the thing, and the documents that describe it.

GET /id/person/sergey-lavrov answers 303 See Other to a document chosen by the Accept header:
/id/person/sergey-lavrov.html for a browser, .ttl, .nt, .jsonld or .rdf for an RDF client.
We use 303 (not 200 with Content-Location) because the URI names a person, not a page: the
documents have URIs of their own (httpRange-14), each in one format, so they can be linked,
bookmarked and cached without Vary; this is what DBpedia and Wikidata do. A document URL
(with its suffix) answers 200 directly, without negotiation.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, redirect, render_template, request
from pyoxigraph import NamedNode

from kg.ids import key_of
from server import formats
from server.describe import (
    MAX_FACTS,
    PAGE_FACTS,
    article_evidence,
    article_fields,
    describe,
)
from server.errors import NotAcceptable, NotFound
from server.negotiation import choose
from server.pages import article_page, entity_page, neighbourhood, timeline_items
from server.prerender import PAGE_KINDS
from server.rdf import to_bytes

blueprint = Blueprint("resources", __name__)
KINDS = ("person", "country", "organization", "place", "event", "membership", "founding", "chairmanship",
         "position", "role", "article", "evidence")
DOCUMENT_SUFFIXES = {f.suffix: f for f in formats.DOCUMENTS}


def served():
    return current_app.extensions["dipkg.graph"].get()


def alternates(path: str) -> str:
    """Link header listing every document about a resource."""
    return ", ".join(f'<{path}.{f.suffix}>; rel="alternate"; type="{f.media_type}"' for f in formats.DOCUMENTS)


def split_suffix(slug: str) -> tuple[str, formats.Format | None]:
    stem, dot, suffix = slug.rpartition(".")
    if dot and suffix in DOCUMENT_SUFFIXES:
        return stem, DOCUMENT_SUFFIXES[suffix]
    return slug, None


@blueprint.route("/id/<kind>/<slug>")
def resource(kind: str, slug: str) -> Response:
    if kind not in KINDS:
        raise NotFound(f"there is no kind of resource called {kind!r} (kinds: {', '.join(KINDS)})")
    slug, document = split_suffix(slug)
    path = f"/id/{kind}/{slug}"
    graph = served()
    iri = f"{graph.base}id/{kind}/{slug}"
    if key_of(graph.base, iri) is None:
        raise NotFound(f"{path} is not an entity URI (slugs are lowercase letters, digits and hyphens)")
    if document is None:
        media = choose(request.headers.get("Accept"), formats.offers(formats.DOCUMENTS))
        if media is None:
            raise NotAcceptable(f"{path} is available as {', '.join(formats.offers(formats.DOCUMENTS))}",
                                headers={"Vary": "Accept"})
        if not exists(graph, iri):
            raise NotFound(f"{iri} is not in the graph")
        chosen = formats.by_media_type(formats.DOCUMENTS, media)
        response = redirect(f"{path}.{chosen.suffix}", code=303)
        response.headers["Vary"] = "Accept"
        response.headers["Link"] = alternates(path)
        return response
    if document.name == "html" and kind in PAGE_KINDS:
        rendered = graph.pages.get(f"{path}.html")
        if rendered is not None:  # the page as this view rendered it for this build (server.prerender)
            response = Response(rendered, content_type="text/html; charset=utf-8")
            response.headers["Link"] = alternates(path)
            return response
    description = describe(graph.store, iri, graph.base,
                           max_facts=PAGE_FACTS if document.name == "html" and kind != "article" else MAX_FACTS)
    if not description.exists:
        raise NotFound(f"{iri} is not in the graph")
    if document.name == "html" and kind == "article":
        page = article_page(iri, article_fields(graph.store, iri), article_evidence(graph.store, iri), graph.base,
                            lambda fact: local_path(graph.base, fact))
        body = render_template("article.html", page=page, path=path, documents=formats.DOCUMENTS)
        response = Response(body, content_type="text/html; charset=utf-8")
    elif document.name == "html":
        page = entity_page(description, graph.base, property_labels(graph))
        drawn = kind in ("person", "country", "organization")
        body = render_template("entity.html", page=page, path=path, documents=formats.DOCUMENTS,
                               all_facts="/query?" + urlencode({"query": ALL_FACTS % NamedNode(iri)}),
                               timeline=timeline_items(page) if drawn else None,
                               graph=neighbourhood(page) if drawn else None)
        response = Response(body, content_type="text/html; charset=utf-8")
    else:
        response = Response(to_bytes(description.triples, document.writer), content_type=document.content_type())
    response.headers["Link"] = alternates(path)
    return response


ALL_FACTS = """PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?fact ?label ?date WHERE {
  ?fact ?link %s ; dip:evidence ?evidence ; rdfs:label ?label .
  OPTIONAL { ?fact dip:startDate ?date }
} GROUP BY ?fact ?label ?date ORDER BY ?date ?fact"""


def local_path(base: str, iri: str) -> str:
    return "/" + iri[len(base):] if iri.startswith(base) else iri


def exists(graph, iri: str) -> bool:
    return bool(graph.store.query(f"ASK {{ {NamedNode(iri)} ?p ?o }}"))


def property_labels(graph) -> dict[str, str]:
    """Labels of the vocabulary's terms (read once per build)."""
    if "labels" not in graph.cache:
        rows = graph.store.query("SELECT ?t ?l WHERE { GRAPH <https://w3id.org/dipkg/ontology> { "
                                 "?t <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")
        graph.cache["labels"] = {row["t"].value: row["l"].value for row in rows}
    return graph.cache["labels"]
