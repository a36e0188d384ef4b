"""Entity pages rendered ahead of requests: the same bytes the view renders, written once per
build, answered by the server once complete, and rendered again for each new build."""

from __future__ import annotations

import shutil
import sqlite3
import time
import urllib.request

import pytest
from helpers import ServerProcess

from kg.store import add_files, current_build
from server.prerender import PAGES_FILE, open_client, render_build


@pytest.fixture
def store(seed_store, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(seed_store, copy, symlinks=True)
    (current_build(copy) / PAGES_FILE).unlink(missing_ok=True)
    return copy


def stored_pages(build) -> dict[str, bytes]:
    with sqlite3.connect(build / PAGES_FILE) as database:
        return dict(database.execute("SELECT path, body FROM pages"))


def test_a_prerendered_page_is_the_page_the_view_renders(store):
    build = current_build(store)
    client = open_client(str(store), str(build))
    paths = ["/id/person/sergey-lavrov.html", "/id/country/china.html", "/id/place/tianjin.html",
             "/id/organization/shanghai-cooperation-organisation.html"]
    live = {path: client.get(path).get_data() for path in paths}
    assert render_build(store, build, processes=2) > len(paths)
    pages = stored_pages(build)
    for path in paths:
        assert pages[path] == live[path]
    assert all(path.startswith(("/id/person/", "/id/country/", "/id/organization/", "/id/place/", "/id/event/"))
               for path in pages)


def test_rendering_twice_leaves_the_first_rendering(store):
    build = current_build(store)
    assert render_build(store, build) > 0
    before = (build / PAGES_FILE).stat().st_mtime_ns
    assert render_build(store, build) == 0
    assert (build / PAGES_FILE).stat().st_mtime_ns == before


def test_the_server_renders_each_build_in_the_background_and_answers_from_it(store, tmp_path):
    server = ServerProcess(store, options=("--processes", "1"))
    try:
        first = current_build(store)
        wait_for(first / PAGES_FILE)
        with urllib.request.urlopen(f"{server.url}/id/person/sergey-lavrov.html", timeout=10) as response:
            assert response.status == 200
            assert response.read() == stored_pages(first)["/id/person/sergey-lavrov.html"]
            assert "sergey-lavrov.ttl" in response.headers["Link"]
        extra = tmp_path / "extra.nt"
        extra.write_text('<http://localhost:8000/id/person/sergey-lavrov> <http://www.w3.org/2004/02/skos/core#altLabel> '
                         '"Sergei Viktorovich Lavrov"@en .\n', encoding="utf-8")
        add_files(store, [extra], None)
        second = current_build(store)
        assert second != first
        wait_for(second / PAGES_FILE)
        assert b"Sergei Viktorovich Lavrov" in stored_pages(second)["/id/person/sergey-lavrov.html"]
    finally:
        server.stop()


def wait_for(path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} was never written"
        time.sleep(0.2)
