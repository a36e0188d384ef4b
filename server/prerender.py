"""Entity pages rendered once per build, ahead of the requests for them.

A page is a function of the build: the graph does not change until the next one. Rendering a
page is a few milliseconds of Python (the description, then the template), which on two cores
caps a server at a few hundred distinct pages a second and puts the slowest page, a busy
person's, in every client's tail latency. So when a build is served, one background process
renders the HTML page of every entity of the kinds people look up (PAGE_KINDS) into
`BUILD/pages.sqlite`, through the same view the server answers with (a request to the app
itself), and the server answers those pages from the file from then on; until the file is
complete, and for the other kinds, pages are rendered per request as before.

The file is written next to the build under a temporary name and renamed when complete, so a
reader sees all of it or none; it is derived data, deleted with its build.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

PAGES_FILE = "pages.sqlite"
PAGE_KINDS = ("person", "country", "organization", "place", "event")
CHECK_EVERY = 2.0
log = logging.getLogger("dipkg.prerender")


class Pages:
    """Rendered pages of one build, read by any thread of the server (one connection each)."""

    def __init__(self, build: Path):
        self.path = Path(build) / PAGES_FILE
        self._local = threading.local()
        self._checked = 0.0
        self._ready = False

    def ready(self) -> bool:
        now = time.monotonic()
        if not self._ready and now - self._checked >= CHECK_EVERY:
            self._checked = now
            self._ready = self.path.exists()
        return self._ready

    def get(self, path: str) -> bytes | None:
        if not self.ready():
            return None
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.connection = connection
        row = connection.execute("SELECT body FROM pages WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None


def page_paths(store, base: str, kinds=PAGE_KINDS) -> list[str]:
    """The document path of every entity of the given kinds, busiest first (those are the pages
    whose rendering costs most, and that most readers ask for)."""
    from pyoxigraph import DefaultGraph
    degree: dict[str, int] = {}
    prefixes = tuple(f"{base}id/{kind}/" for kind in kinds)
    for quad in store.quads_for_pattern(None, None, None, DefaultGraph()):
        for node in (quad.subject, quad.object):
            value = getattr(node, "value", None)
            if isinstance(value, str) and value.startswith(prefixes):
                degree[value] = degree.get(value, 0) + 1
    ordered = sorted(degree, key=lambda iri: (-degree[iri], iri))
    return ["/" + iri[len(base):] + ".html" for iri in ordered]


_client = None  # in a rendering process: the app's test client over the build being rendered


def open_client(root: str, build: str):
    """An application over one build (whatever `current` says), to render its pages."""
    from server.app import ServerConfig, create_app
    from server.served import PinnedGraph
    app = create_app(ServerConfig(store=Path(root), cache_bytes=0))
    app.extensions["dipkg.graph"] = PinnedGraph(Path(build))
    return app.test_client()


def start_process(root: str, build: str) -> None:
    global _client
    _client = open_client(root, build)


def render(paths: list[str]) -> list[tuple[str, bytes]]:
    rendered = []
    for path in paths:
        response = _client.get(path)
        if response.status_code == 200:
            rendered.append((path, response.get_data()))
    return rendered


def render_build(root: Path, build: Path, processes: int = 1) -> int:
    """Render the pages of one build into its pages file; the number of pages written."""
    target = build / PAGES_FILE
    if target.exists():
        return 0
    start_process(str(root), str(build))
    served = _client.application.extensions["dipkg.graph"].get()
    paths = page_paths(served.store, served.base)
    chunks = [paths[i:i + 200] for i in range(0, len(paths), 200)]
    temporary = build / f".{PAGES_FILE}.{os.getpid()}"
    temporary.unlink(missing_ok=True)
    database = sqlite3.connect(temporary)
    database.execute("CREATE TABLE pages (path TEXT PRIMARY KEY, body BLOB NOT NULL)")
    count = 0
    if processes > 1:
        import multiprocessing
        context = multiprocessing.get_context("spawn")
        with context.Pool(processes, initializer=start_process, initargs=(str(root), str(build))) as pool:
            for rendered in pool.imap_unordered(render, chunks):
                database.executemany("INSERT INTO pages VALUES (?, ?)", rendered)
                count += len(rendered)
    else:
        for chunk in chunks:
            rendered = render(chunk)
            database.executemany("INSERT INTO pages VALUES (?, ?)", rendered)
            count += len(rendered)
    database.commit()
    database.close()
    os.replace(temporary, target)
    return count


def watch(root: str, parent: int) -> None:
    """The renderer's life: render each build that becomes current, until the server goes away."""
    from kg.store import current_build
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(process)d %(name)s %(levelname)s %(message)s")
    try:
        os.nice(5)  # serving comes first
    except OSError:
        pass
    root_path = Path(root)
    failed: set[Path] = set()  # tried once each: a build that cannot be rendered (say, a read-only disk) is not retried
    while os.getppid() == parent:
        build = None
        try:
            build = current_build(root_path)
            if build not in failed:
                started = time.monotonic()
                count = render_build(root_path, build)
                if count:
                    log.info("rendered %d pages of %s in %.1f s", count, build.name, time.monotonic() - started)
        except Exception as error:  # a failed rendering costs speed, never answers: pages render per request
            log.warning("could not render the pages of %s: %s: %s", build, type(error).__name__, error)
            if build is not None:
                failed.add(build)
        time.sleep(CHECK_EVERY)


def start_renderer(root: Path):
    """A background process rendering the pages of each new build (one process, at a lower
    priority than serving: it must not take the cores the requests need)."""
    import multiprocessing
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=watch, args=(str(Path(root).resolve()), os.getpid()), daemon=True,
                              name="dipkg-render")
    process.start()
    return process


def main() -> None:
    """`python -m server.prerender STORE [--processes N]`: render the current build's pages now."""
    import argparse

    from kg.store import current_build
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    started = time.monotonic()
    count = render_build(args.store, current_build(args.store), args.processes)
    print(f"{count} pages in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
