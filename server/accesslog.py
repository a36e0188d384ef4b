"""The access log: one line per request, whichever layer answered it (cache, fast path, Flask).

The three layers must write the same line, so that a log reads the same whether or not an
answer came from memory; the format lives here once.
"""

from __future__ import annotations

import logging
import time

access = logging.getLogger("dipkg.access")


def log_request(request_id: str, client: str | None, method: str | None, path: str, status: int | str,
                length: int | str, started: float) -> None:
    """id, client, method, path, status, bytes ("-" when streamed), milliseconds since `started`."""
    if access.isEnabledFor(logging.INFO):
        access.info("%s %s %s %s %s %s %.1fms", request_id, client, method, path, status, length,
                    (time.monotonic() - started) * 1000)
