"""What can go wrong in a request, as plain exceptions; server.app maps them to HTTP once."""

from __future__ import annotations


class RequestError(Exception):
    """A request the server answers with an error status; the message says what was wrong."""

    status = 400
    title = "Bad request"

    def __init__(self, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.headers = headers or {}


class BadQuery(RequestError):
    status, title = 400, "Bad query"


class ReadOnly(RequestError):
    status, title = 403, "Read-only endpoint"


class NotFound(RequestError):
    status, title = 404, "Not found"


class MethodNotAllowed(RequestError):
    status, title = 405, "Method not allowed"


class NotAcceptable(RequestError):
    status, title = 406, "Not acceptable"


class TooLarge(RequestError):
    status, title = 413, "Too large"


class UriTooLong(RequestError):
    status, title = 414, "URI too long"


class UnsupportedMediaType(RequestError):
    status, title = 415, "Unsupported media type"


class TooManyRequests(RequestError):
    status, title = 429, "Too many requests"


class Unavailable(RequestError):
    status, title = 503, "Service unavailable"
