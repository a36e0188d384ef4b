"""The Flask application: one store opened once, a blueprint per concern, errors mapped here.

create_app(config) is the only way to get an app; `kg serve` runs it under granian (server.wsgi),
in several processes.
"""

from __future__ import annotations

import atexit
import itertools
import json
import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, Response, g, render_template, request
from werkzeug.exceptions import HTTPException

from server import dataset, resources, sparql, ui
from server.accesslog import log_request
from server.cache import ResponseCache
from server.errors import RequestError, Unavailable
from server.examples import EXAMPLES_DIR, load_examples
from server.fastpath import QueryFastPath
from server.negotiation import choose
from server.pool import DEFAULT_TIMEOUT, MAX_RESULT_BYTES, QueryPool
from server.served import ServedGraph

MAX_BODY = 1_000_000
DRAIN_BYTES = 16 * MAX_BODY  # of a refused body, read and dropped so that the client sees the refusal
DRAIN_SECONDS = 5.0
log = logging.getLogger("dipkg.server")


@dataclass(frozen=True)
class ServerConfig:
    store: Path
    max_body: int = MAX_BODY
    examples: Path = EXAMPLES_DIR
    query_timeout: float = DEFAULT_TIMEOUT  # seconds a SPARQL query may run
    query_workers: int = 4  # processes evaluating SPARQL queries
    max_result_bytes: int = MAX_RESULT_BYTES
    queries_per_client: int = 4  # running at once, from one address (per serving process)
    cache_bytes: int = 64 * 2**20  # whole responses kept until the next build (0: none)


REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_ids: tuple[int, str, itertools.count] = (0, "", itertools.count())


def request_id(given: str) -> str:
    """The client's X-Request-Id if it is a plain token (it is echoed in a header and logged), else a new one.

    A new id is a random prefix drawn once per process and a counter: unique, which is all a
    request id is for. uuid4 read the kernel's random source on every request, 10% of a serving
    process's samples under load. The prefix is drawn again in a forked child (the serving
    processes are forked), so that two processes never share it."""
    global _ids
    if given and REQUEST_ID.fullmatch(given):
        return given
    pid, prefix, counter = _ids
    if pid != os.getpid():
        _ids = pid, prefix, counter = os.getpid(), os.urandom(6).hex(), itertools.count()
    return f"{prefix}{next(counter):010x}"


def escape_for_log(environ: dict) -> str:
    """The request's path and query string as sent (percent-encoded), cut at 200 characters, with
    anything outside printable ASCII escaped so that one request is one log line."""
    query = environ.get("QUERY_STRING", "")
    path = (environ.get("PATH_INFO", "") + ("?" + query if query else ""))[:200]
    if path.isascii() and path.isprintable() and " " not in path:
        return path
    return "".join(c if " " < c < "\x7f" else f"%{ord(c):02X}" for c in path)


def drain_refused_body(environ: dict, most: int = DRAIN_BYTES, seconds: float = DRAIN_SECONDS) -> None:
    """Read and drop the body of a request refused for its size, up to a bound.

    A server that answers 413 and closes while the client is still sending makes the client's
    kernel see a reset: most clients then report a broken pipe instead of the 413 (the reason
    nginx and Apache linger on close). A body of moderate size is cheaper to swallow than to
    leave the client guessing; one far over the bound, or sent too slowly, is left unread.
    """
    length = environ.get("CONTENT_LENGTH") or ""
    if not length.isdigit() or int(length) > most:
        return
    stream, left, deadline = environ["wsgi.input"], int(length), time.monotonic() + seconds
    while left > 0 and time.monotonic() < deadline:
        chunk = stream.read(min(left, 65536))
        if not chunk:
            return
        left -= len(chunk)


def error_response(status: int, title: str, message: str, headers: dict[str, str] | None = None) -> Response:
    """An error in the form the client reads: HTML for browsers, JSON or plain text for programs."""
    media = choose(request.headers.get("Accept"), ["text/plain", "application/json", "text/html"]) or "text/plain"
    if media == "text/html":
        body = render_template("error.html", status=status, title=title, message=message)
    elif media == "application/json":
        body = json.dumps({"status": status, "error": title, "message": message}) + "\n"
    else:
        body = f"{status} {title}: {message}\n"
    response = Response(body, status=status, content_type=f"{media}; charset=utf-8")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    vary = response.headers.get("Vary")
    response.headers["Vary"] = "Accept" if not vary else vary if "Accept" in vary else f"{vary}, Accept"
    return response


def create_app(config: ServerConfig) -> Flask:
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = config.max_body
    app.extensions["dipkg.graph"] = ServedGraph(config.store)
    pool = QueryPool(workers=config.query_workers, timeout=config.query_timeout, max_bytes=config.max_result_bytes,
                     per_client=config.queries_per_client)
    app.extensions["dipkg.pool"] = pool
    atexit.register(pool.close)
    app.extensions["dipkg.examples"] = load_examples(config.examples)
    for module in (sparql, resources, dataset, ui):
        app.register_blueprint(module.blueprint)

    @app.errorhandler(RequestError)
    def request_error(error: RequestError) -> Response:
        return error_response(error.status, error.title, error.message, error.headers)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        if error.code == 413:
            drain_refused_body(request.environ)
        messages = {404: f"there is nothing at {request.path}", 405: f"{request.method} is not allowed on {request.path}",
                    413: f"the request body is larger than {config.max_body} bytes"}
        headers = {"Allow": ", ".join(error.valid_methods)} if getattr(error, "valid_methods", None) else {}
        return error_response(error.code or 500, error.name, messages.get(error.code, error.description or ""), headers)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.path)
        return error_response(500, "Internal server error", "the server failed to answer; the error has been logged")

    @app.before_request
    def start_clock() -> None:
        g.started = time.monotonic()
        g.request_id = request_id(request.headers.get("X-Request-Id", ""))

    @app.after_request
    def access_log(response: Response) -> Response:
        """One line per request: id, client, method, path, status, bytes, milliseconds."""
        response.headers["X-Request-Id"] = g.get("request_id", "-")
        log_request(g.get("request_id", "-"), request.remote_addr, request.method, escape_for_log(request.environ),
                    response.status_code, response.calculate_content_length() if not response.is_streamed else "-",
                    g.get("started", time.monotonic()))
        return response

    @app.after_request
    def open_for_reads(response: Response) -> Response:
        """Anyone may read, from any origin (all the server does is read)."""
        response.headers["Access-Control-Allow-Origin"] = "*"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
            response.headers["Access-Control-Max-Age"] = "86400"
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    app.wsgi_app = QueryFastPath(app.wsgi_app, app.extensions["dipkg.graph"], pool, request_id=request_id,
                                 log_path=escape_for_log)
    app.wsgi_app = ResponseCache(app.wsgi_app, build_of=lambda: served_build(app), request_id=request_id,
                                 log_path=escape_for_log, max_bytes=config.cache_bytes)
    return app


def served_build(app: Flask) -> str | None:
    """The build being served (what cached answers are valid for), or None when there is none."""
    try:
        return str(app.extensions["dipkg.graph"].get().build)
    except Unavailable:
        return None
