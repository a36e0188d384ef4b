"""The SPARQL 1.1 Protocol at /sparql: queries by GET, POST form and POST body; no updates.

The status of a response is decided before its body starts: results are evaluated and
serialized in full, and only then sent. SERVICE is refused before evaluation (pyoxigraph would
make the outbound request); updates are refused (the endpoint is read-only); the result format
is negotiated before the query runs, from the query's form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote_plus

from flask import Blueprint, Request, Response, current_app, request

from server import formats
from server.bounded import bounded_form
from server.errors import (
    BadQuery,
    MethodNotAllowed,
    NotAcceptable,
    ReadOnly,
    RequestError,
    TooLarge,
    UnsupportedMediaType,
    UriTooLong,
)
from server.negotiation import choose
from server.pool import Job
from server.rdf import service_description, to_bytes
from server.ui import query_page

blueprint = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
# what the keyword scanner skips: comments, strings, IRIs (so "SERVICE" in a literal is harmless)
SKIPPED = re.compile(r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|' + r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
                     r'"(?:[^"\\\n]|\\.)*"|' + r"'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>", re.S)


@dataclass
class Operation:
    """What a request asks: a query or an update, the dataset, an explicit format."""

    query: str | None = None
    update: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    format: str | None = None
    timeout: list[str] = field(default_factory=list)


def keywords(text: str) -> list[str]:
    """The words of a query outside comments, strings and IRIs, upper-cased (variables and
    prefixed names excluded)."""
    bare = SKIPPED.sub(" ", text)
    return [w.upper() for w in re.findall(r"(?<![\w?$:.\-])[A-Za-z]+(?![\w:\-])", bare)]


def query_form(text: str, words: list[str] | None = None) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; an update keyword; or None (left to the parser)."""
    for word in keywords(text) if words is None else words:
        if word in ("BASE", "PREFIX"):
            continue
        if word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") or word in UPDATE_KEYWORDS:
            return word
    return None


def single(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise BadQuery(f"the request has {len(values)} '{name}' parameters; send exactly one")
    return values[0] if values else None


def utf8_only(content_type: str) -> None:
    charset = re.search(r"charset\s*=\s*\"?([\w-]+)", content_type, re.I)
    if charset and charset.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"the body must be UTF-8, not {charset.group(1)}")


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadQuery(f"the request body is not UTF-8 (invalid byte at offset {error.start})") from None


def url_parameters(query_string: str) -> dict[str, list[str]]:
    """The parameters of a query string: its bytes, one character each, then decoded as UTF-8
    (with a 400 if they are not)."""
    if query_string.startswith("query=") and "&" not in query_string:  # the usual GET: one parameter
        return {"query": [decode(unquote_plus(query_string[6:], encoding="latin-1").encode("latin-1"))]}
    url = parse_qs(query_string, keep_blank_values=True, encoding="latin-1")
    return {k: [decode(v.encode("latin-1")) for v in vs] for k, vs in url.items()}


def operation_of(params: dict[str, list[str]], method: str) -> Operation:
    operation = Operation(
        query=single(params.get("query", []), "query"), update=single(params.get("update", []), "update"),
        default_graphs=params.get("default-graph-uri", []), named_graphs=params.get("named-graph-uri", []),
        format=single(params.get("format", []) or params.get("output", []), "format"),
        timeout=params.get("timeout", []))
    if operation.query is not None and operation.update is not None:
        raise BadQuery("a request carries a query or an update, not both")
    if operation.update is not None and method == "GET":
        raise BadQuery("updates cannot be sent with GET (and this endpoint is read-only)")
    return operation


def read_operation(req: Request) -> Operation:
    """The operation a request carries, by the rules of the SPARQL 1.1 Protocol."""
    params = url_parameters(req.query_string.decode("latin-1"))
    if req.method == "POST":
        content_type = req.headers.get("Content-Type", "")
        media = content_type.split(";")[0].strip().lower()
        if not media:
            raise UnsupportedMediaType(f"a POST needs a Content-Type: {FORM} or {QUERY_BODY}")
        utf8_only(content_type)
        body = req.get_data(cache=False)
        if media == FORM:
            form = parse_qs(decode(body), keep_blank_values=True)
            for key, values in form.items():
                params[key] = params.get(key, []) + values
        elif media == QUERY_BODY:
            params["query"] = params.get("query", []) + [decode(body)]
        elif media == UPDATE_BODY:
            params["update"] = params.get("update", []) + [decode(body)]
        else:
            raise UnsupportedMediaType(f"unsupported Content-Type {media!r}: use {FORM} or {QUERY_BODY}")
    return operation_of(params, req.method)


def negotiate(candidates: list[formats.Format], explicit: str | None, accept: str | None) -> tuple[formats.Format, str]:
    """The format to answer in, and the media type to label it with."""
    if explicit:
        chosen = formats.by_name(candidates, explicit)
        if chosen is None:
            names = ", ".join(f.name for f in candidates)
            raise NotAcceptable(f"unknown format {explicit!r} for this query; use one of: {names}")
        return chosen, chosen.media_type
    media = choose(accept, formats.offers(candidates))
    if media is None:
        offered = ", ".join(formats.offers(candidates))
        raise NotAcceptable(f"none of the accepted media types can be produced; available: {offered}",
                            headers={"Vary": "Accept"})
    return formats.by_media_type(candidates, media), media


def mentions_service(text: str) -> bool:
    return "SERVICE" in keywords(text)


def check_read_only(operation: Operation) -> str | None:
    """The query's form, once it is known to be a query this endpoint runs."""
    if operation.update is not None:
        raise ReadOnly("this endpoint is read-only: SPARQL updates are not accepted")
    form = bounded_form(operation.query) if operation.query else None
    if form is not None:  # a lookup of named resources: no update, no SERVICE, its form known
        return form
    words = keywords(operation.query or "")
    form = query_form(operation.query or "", words)
    if form in UPDATE_KEYWORDS:
        raise ReadOnly(f"this endpoint is read-only: {form} is an update, and updates are not accepted")
    if "SERVICE" in words:
        raise BadQuery("SERVICE is not allowed: this endpoint does not query other endpoints")
    return form


MAX_QUERY = 100_000  # characters: a query longer than this is not a query a person wrote


def query_timeout(values: list[str]) -> float | None:
    """A client's own, lower deadline (`timeout=` seconds or milliseconds, as other servers take it)."""
    if not values:
        return None
    try:
        value = float(values[-1])
    except ValueError:
        raise BadQuery(f"timeout must be a number of seconds, not {values[-1]!r}") from None
    if value <= 0:
        raise BadQuery("timeout must be positive")
    return value / 1000 if value > 1000 else value


def request_url(environ: dict) -> str:
    """The endpoint's URL as the client addressed it: the base IRI of relative IRIs in a query.
    (Werkzeug's base_url first turns the whole URL into an IRI, which costs more than a lookup.)"""
    host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "localhost")
    return f"{environ.get('wsgi.url_scheme', 'http')}://{host}{environ.get('SCRIPT_NAME', '')}{environ.get('PATH_INFO', '')}"


@dataclass(frozen=True)
class Answer:
    body: bytes
    content_type: str


class QueryFailed(Exception):
    """A query that ran and failed: its error is answered as it is, the query not run again."""

    def __init__(self, error: RequestError):
        super().__init__(error.message)
        self.error = error


def answer(operation: Operation, form: str | None, accept: str | None, base_iri: str, client: str,
           served, pool, method: str = "GET") -> Answer:
    """Run a query and serialize its results in the negotiated format.

    Errors found before the query runs are raised as they are; an error of the run itself comes
    wrapped in QueryFailed, so that a caller that answers errors elsewhere (server.fastpath hands
    them to the application) does not run the query a second time."""
    if len(operation.query) > MAX_QUERY:
        error = UriTooLong if method == "GET" else TooLarge
        raise error(f"the query is {len(operation.query)} characters long; the limit is {MAX_QUERY}")
    candidates = formats.GRAPHS if form in ("CONSTRUCT", "DESCRIBE") else formats.RESULTS
    chosen, media = negotiate(candidates, operation.format, accept)
    timeout = query_timeout(operation.timeout)
    job = Job(build=str(served.build), query=operation.query, base_iri=base_iri,
              default_graphs=tuple(operation.default_graphs), named_graphs=tuple(operation.named_graphs),
              kind="graphs" if candidates is formats.GRAPHS else "results", format=chosen.name,
              max_bytes=pool.max_bytes)
    try:
        body = pool.run(job, client=client, timeout=timeout, store=served.store)
    except RequestError as error:
        raise QueryFailed(error) from None
    return Answer(body, chosen.content_type(media))


FAILED = "dipkg.sparql.failed"  # the environ key of a QueryFailed met before the application


@blueprint.route("/sparql", methods=["GET", "POST", "HEAD"])
@blueprint.route("/sparql/", methods=["GET", "POST", "HEAD"])
def endpoint() -> Response:
    failed = request.environ.get(FAILED)
    if failed is not None:
        raise failed.error
    operation = read_operation(request)
    form = check_read_only(operation)
    if operation.query is None:
        return description()
    try:
        result = answer(operation, form, request.headers.get("Accept"), request_url(request.environ),
                        request.remote_addr or "unknown", current_app.extensions["dipkg.graph"].get(),
                        current_app.extensions["dipkg.pool"], request.method)
    except QueryFailed as failure:
        raise failure.error from None
    response = Response(result.body, content_type=result.content_type)
    response.headers["Vary"] = "Accept"
    return response


def description() -> Response:
    """GET /sparql with no query: the service description for RDF clients, the query page for browsers."""
    offers = ["text/html"] + formats.offers(formats.GRAPHS[:4])
    media = choose(request.headers.get("Accept"), ["text/turtle", *[o for o in offers if o != "text/turtle"]])
    if media is None:
        raise NotAcceptable("ask for text/html or an RDF format", headers={"Vary": "Accept"})
    if media == "text/html":
        response = query_page()
    else:
        served = current_app.extensions["dipkg.graph"].get()
        chosen = formats.by_media_type(formats.GRAPHS, media)
        body = to_bytes(service_description(served, request.url_root), chosen.writer)
        response = Response(body, content_type=chosen.content_type(media))
    response.headers["Vary"] = "Accept"
    return response


@blueprint.route("/sparql", methods=["PUT", "DELETE", "PATCH"])
@blueprint.route("/sparql/", methods=["PUT", "DELETE", "PATCH"])
def wrong_method() -> Response:
    raise MethodNotAllowed(f"{request.method} is not a SPARQL protocol operation: use GET or POST",
                           headers={"Allow": "GET, HEAD, POST, OPTIONS"})
