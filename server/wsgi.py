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
from pathlib import Path

from flask import Flask

from server.app import ServerConfig, create_app

CONFIG_VARIABLE = "DIPKG_SERVER_CONFIG"


def to_environment(config: ServerConfig) -> str:
    return json.dumps({k: str(v) if isinstance(v, Path) else v for k, v in dataclasses.asdict(config).items()})


def from_environment() -> Flask:
    """A worker's application: the store opened, the query workers started."""
    values = json.loads(os.environ[CONFIG_VARIABLE])
    for name in ("store", "examples"):
        values[name] = Path(values[name])
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(process)d %(name)s %(levelname)s %(message)s")
    app = create_app(ServerConfig(**values))
    app.extensions["dipkg.pool"].start()
    return app
