"""The application as the WSGI server's worker processes build it.

`kg serve` runs granian (its HTTP layer is Rust; it supervises several worker processes, each
with its own interpreter, so requests are served on every core, not behind one GIL). Each
worker imports this module and calls `from_environment`: the configuration travels in one
environment variable because the workers are separate processes started by granian.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path

from flask import Flask

from server.accesslog import BUFFER_BYTES, log_access_through_buffer
from server.app import ServerConfig, create_app

CONFIG_VARIABLE = "DIPKG_SERVER_CONFIG"


def to_environment(config: ServerConfig) -> str:
    return json.dumps({k: str(v) if isinstance(v, Path) else v for k, v in dataclasses.asdict(config).items()})


def exit_with_parent(parent: int, every: float = 0.5) -> None:
    """End this serving process when the process that started it is gone.

    granian's supervisor stops its workers when it is stopped, but a supervisor killed outright
    (kill -9, the OOM killer) cannot: its workers would go on serving the port and holding the
    store, unseen. The query workers follow by themselves (their pipe closes)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)
    threading.Thread(target=watch, name="dipkg-parent-watch", daemon=True).start()


def from_environment() -> Flask:
    """A worker's application: the store opened, the query workers started."""
    exit_with_parent(os.getppid())
    values = json.loads(os.environ[CONFIG_VARIABLE])
    for name in ("store", "examples"):
        values[name] = Path(values[name])
    line = "%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"
    logging.basicConfig(level=logging.INFO, format=line)
    log_access_through_buffer(open(sys.stderr.fileno(), "w", buffering=BUFFER_BYTES, encoding="utf-8",
                                   errors="backslashreplace", closefd=False), logging.Formatter(line))
    app = create_app(ServerConfig(**values))
    app.extensions["dipkg.pool"].start()
    return app
