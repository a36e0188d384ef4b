"""The graph being served: the store's current build, reopened when a new build is published.

`kg build` switches the store's `current` link atomically; the server notices the new target
(checked at most once a second) and opens it read-only. Requests already running keep the
build they started with, which `kg build` keeps on disk for that reason.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Store

from kg.store import StoreError, build_info, current_build, open_build
from server.errors import Unavailable
from server.prerender import Pages

CHECK_EVERY = 1.0


@dataclass
class Served:
    """One build as the server sees it."""

    build: Path
    store: Store
    info: dict
    opened: float = field(default_factory=time.time)
    cache: dict = field(default_factory=dict)  # what pages derive from this build, computed once
    pages: Pages = field(init=False)  # its pre-rendered entity pages (server.prerender), once written

    def __post_init__(self):
        self.pages = Pages(self.build)

    @property
    def base(self) -> str:
        return self.info.get("base") or "http://localhost:8000/"

    @property
    def statistics(self) -> dict:
        return self.info.get("statistics", {})


class ServedGraph:
    def __init__(self, root: Path):
        self.root = Path(root)
        self._lock = threading.Lock()
        self._served: Served | None = None
        self._checked = 0.0
        self._target: str | None = None

    def get(self) -> Served:
        now = time.monotonic()
        if self._served is not None and now - self._checked < CHECK_EVERY:
            return self._served
        with self._lock:
            self._checked = now
            try:
                target = os.readlink(self.root / "current")
            except OSError:
                raise Unavailable(f"no graph has been built in {self.root} yet") from None
            if self._served is None or target != self._target:
                try:
                    build = current_build(self.root)
                    self._served = Served(build, open_build(build), build_info(build))
                except (StoreError, OSError, ValueError) as error:
                    if self._served is None:
                        raise Unavailable(f"the graph cannot be opened: {error}") from None
                else:
                    self._target = target
            return self._served


class PinnedGraph:
    """One given build, whatever `current` says (what the page renderer reads)."""

    def __init__(self, build: Path):
        self._served = Served(Path(build), open_build(Path(build)), build_info(Path(build)))

    def get(self) -> Served:
        return self._served
