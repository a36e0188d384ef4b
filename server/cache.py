"""Whole responses kept between requests, for as long as the build they came from is served.

Between two builds the graph does not change, so a GET answered once is answered the same way
until the next build: the answer is a function of the method, the path and query string, the
Accept header (content negotiation), the Host (base IRIs of query results are built from it)
and the build. Those are the key; the cache is emptied when the served build changes, so it is
exact, not merely fresh. It sits in front of Flask (WSGI middleware) because on a hit there is
nothing for the application to do: the request id and the access log line are made here.

Only complete answers (200) and redirects (301, 303) up to a size are kept, in a least-recently-used map bounded in
bytes; readiness, dumps (files, streamed) and static files are never kept.

An answer is kept the second time it is asked for, not the first (nginx's `proxy_cache_min_uses 2`). Most
requests to a public endpoint are asked once; keeping each of them cost a varied point lookup about a fifth
of its throughput under wrk (copying the body, filling and evicting the map, and the collector walking
tens of thousands of kept answers) and pushed out the answers that are asked again. The first sight of a
request is remembered by its key's hash only, in a set emptied when it grows past SEEN_MAX.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

from server.accesslog import log_request

KEPT_STATUSES = ("200", "301", "303")  # answers, and the redirects from entity IRIs to their documents
NOT_KEPT = ("/health", "/ready", "/dumps", "/static/")
PER_REQUEST_HEADERS = {"x-request-id"}
SEEN_MAX = 200_000  # hashes of requests asked once (8 MB at most); emptied, not evicted, when full


class ResponseCache:
    """A WSGI middleware answering repeated GET and HEAD requests from memory."""

    def __init__(self, app: Callable, build_of: Callable[[], str | None], request_id: Callable[[str], str],
                 log_path: Callable[[dict], str], max_bytes: int = 64 * 2**20, max_entry: int = 2**20):
        self.app = app
        self.build_of = build_of
        self.request_id = request_id
        self.log_path = log_path
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self._entries: OrderedDict[tuple, tuple[str, list[tuple[str, str]], bytes]] = OrderedDict()
        self._size = 0
        self._build: str | None = None
        self._seen: set[int] = set()
        self._lock = threading.Lock()

    def key(self, environ: dict) -> tuple | None:
        method = environ.get("REQUEST_METHOD")
        path = environ.get("PATH_INFO", "")
        if method not in ("GET", "HEAD") or path.startswith(NOT_KEPT) or self.max_bytes <= 0:
            return None
        return (method, path, environ.get("QUERY_STRING", ""), environ.get("HTTP_ACCEPT", ""),
                environ.get("HTTP_HOST", ""), environ.get("wsgi.url_scheme", "http"))

    def lookup(self, key: tuple, build: str):
        """The kept answer; else True when the request was seen before (keep its answer), False on a first sight."""
        with self._lock:
            if build != self._build:  # a new build is served: nothing kept or seen so far holds
                self._entries.clear()
                self._seen.clear()
                self._size = 0
                self._build = build
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
                return entry
            sign = hash(key)
            if sign in self._seen:
                return True
            if len(self._seen) >= SEEN_MAX:
                self._seen.clear()
            self._seen.add(sign)
            return False

    def keep(self, key: tuple, build: str, entry: tuple[str, list[tuple[str, str]], bytes]) -> None:
        size = len(entry[2]) + 200 + sum(len(k) + len(v) for k, v in entry[1])
        with self._lock:
            if build != self._build or key in self._entries:
                return
            self._entries[key] = entry
            self._size += size
            while self._size > self.max_bytes and self._entries:
                _, (_, headers, body) = self._entries.popitem(last=False)
                self._size -= len(body) + 200 + sum(len(k) + len(v) for k, v in headers)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        key = self.key(environ)
        build = self.build_of() if key is not None else None
        if build is None:
            return self.app(environ, start_response)
        entry = self.lookup(key, build)
        if entry is False:
            return self.app(environ, start_response)
        if entry is not True:
            return self.answer(environ, start_response, entry)
        captured: dict = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)
        body = self.app(environ, capture)
        if captured.get("status", "")[:3] not in KEPT_STATUSES or not self.bounded(captured["headers"]):
            return body
        chunks = []
        try:
            chunks = list(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        content = b"".join(chunks)
        headers = [(k, v) for k, v in captured["headers"] if k.lower() not in PER_REQUEST_HEADERS]
        self.keep(key, build, (captured["status"], headers, content))
        return [content]

    def bounded(self, headers: list[tuple[str, str]]) -> bool:
        """A response of known, small size (streamed responses have no Content-Length)."""
        length = next((v for k, v in headers if k.lower() == "content-length"), None)
        return length is not None and length.isdigit() and int(length) <= self.max_entry

    def answer(self, environ: dict, start_response: Callable, entry) -> list[bytes]:
        started = time.monotonic()
        status, headers, body = entry
        rid = self.request_id(environ.get("HTTP_X_REQUEST_ID", ""))
        start_response(status, headers + [("X-Request-Id", rid), ("X-Cache", "hit")])
        log_request(rid, environ.get("REMOTE_ADDR"), environ.get("REQUEST_METHOD"), self.log_path(environ),
                    status.split(" ", 1)[0], len(body), started)
        return [body]
