"""The pages in a real browser (Debian's chromium driven by playwright): scripts draw, nothing leaves
127.0.0.1, no console error. Screenshots go to tests/artifacts/.

Locally the tests skip when /usr/bin/chromium is missing; in CI (CI=true) they must run: the
Makefile installs chromium there. playwright's own browsers are never installed.
"""

from __future__ import annotations

import os

import pytest
from helpers import IN_CI, ROOT

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-default-apps"]


@pytest.fixture(scope="module")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        if IN_CI:
            pytest.fail(f"{CHROMIUM} is missing: make test installs Debian's chromium in CI")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


class Visit:
    """A page with every request and console message it made recorded."""

    def __init__(self, browser, server: str, width: int = 1280):
        self.server = server
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda m: self.problems.append(f"{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))

    def open(self, path: str) -> None:
        self.page.goto(self.server + path, wait_until="networkidle")

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def check(self) -> None:
        outside = [u for u in self.requests if not (u.startswith(self.server + "/") or u.startswith("data:"))]
        assert outside == [], f"requests left 127.0.0.1: {outside}"
        assert self.problems == [], self.problems
        self.page.close()


def test_the_query_page_runs_an_example_and_shows_its_rows(browser, seed_server):
    visit = Visit(browser, seed_server)
    visit.open("/query")
    visit.page.get_by_role("link", name="Members of an organization").click()
    rows = visit.page.locator(".yasr table.dataTable tbody tr")
    rows.first.wait_for(timeout=15000)
    assert rows.count() == 10
    assert "Kazakhstan" in visit.page.locator(".yasr table.dataTable").inner_text()
    assert "query=" in visit.page.url and "curl -s" in visit.page.locator("#curl-command").input_value()
    visit.screenshot("query")
    visit.check()


def test_a_shared_query_url_opens_and_runs_it(browser, seed_server):
    visit = Visit(browser, seed_server)
    visit.open("/query?query=SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fdipkg%2Fontology%23Founding%3E%20%7D")
    visit.page.locator(".yasr table.dataTable tbody tr").first.wait_for(timeout=15000)
    assert "founding/shanghai-cooperation-organisation" in visit.page.locator(".yasr").inner_text()
    visit.check()


def test_an_entity_page_draws_its_timeline_and_graph(browser, seed_server):
    visit = Visit(browser, seed_server)
    visit.open("/id/person/sergey-lavrov.html")
    visit.page.wait_for_selector("#timeline[data-drawn]")
    visit.page.wait_for_selector("#graph[data-drawn]")
    assert visit.page.locator("#timeline .vis-item").count() >= 8
    assert int(visit.page.locator("#graph").get_attribute("data-drawn")) > 10
    assert visit.page.locator("#graph canvas").count() >= 1
    visit.screenshot("entity")
    visit.check()


def test_an_article_page_highlights_its_evidence(browser, seed_server):
    visit = Visit(browser, seed_server)
    visit.open("/id/article/002-c61d721b195bbf76.html")
    marks = visit.page.locator("mark.evidence")
    assert marks.count() >= 5
    background = marks.first.evaluate("element => getComputedStyle(element).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    marks.first.locator("a").click()
    assert "#fact-" in visit.page.url
    visit.screenshot("article")
    visit.check()


def test_the_home_page(browser, seed_server):
    visit = Visit(browser, seed_server)
    visit.open("/")
    assert visit.page.get_by_role("heading", name="What the graph holds").is_visible()
    visit.screenshot("home")
    visit.check()


def test_pages_are_readable_on_a_phone(browser, seed_server):
    for path in ("/", "/query", "/id/person/sergey-lavrov.html", "/id/article/002-c61d721b195bbf76.html"):
        visit = Visit(browser, seed_server, width=375)
        visit.open(path)
        overflow = visit.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px on a phone"
        if path == "/id/person/sergey-lavrov.html":
            visit.screenshot("entity-phone")
        visit.check()
