"""The pages as HTML, without JavaScript: their content is all there, and article text is text."""

from __future__ import annotations

import json
import re

import pytest

from server.app import ServerConfig, create_app

EVIL_HEADLINE = '<img src=x onerror=alert(1)> "Talks" & \'more\''
EVIL_TEXT = ('Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Sunday '
             '<script>alert("owned")</script> and said "we agree" & \'so do we\'.')


@pytest.fixture(scope="module")
def client(seed_store):
    return create_app(ServerConfig(store=seed_store)).test_client()


@pytest.fixture(scope="module")
def evil(tmp_path_factory):
    from kg.pipeline import build
    folder = tmp_path_factory.mktemp("evil")
    (folder / "evil.txt").write_text(EVIL_TEXT, encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps([{"file": "evil.txt", "published": "2025-07-14",
                                                       "publisher": '"Evil" <Corp>', "headline": EVIL_HEADLINE}]))
    store = folder / "store"
    build(folder, store, "http://localhost:8000/")
    return create_app(ServerConfig(store=store)).test_client()


def html(client, path: str) -> str:
    response = client.get(path, headers={"Accept": "text/html"})
    assert response.status_code == 200, path
    return response.data.decode()


def test_home_page_says_what_the_graph_holds_and_where_to_go(client):
    page = html(client, "/")
    assert re.search(r"<td>Membership</td><td>10</td>", page)
    assert "South China Morning Post" in page and "2024-05-20" in page
    for link in ('href="/query"', 'href="/ontology"', 'href="/dumps/"', 'href="/.well-known/void"'):
        assert link in page
    assert "http://localhost/sparql" in page
    assert page.count('href="/id/event/') >= 5


def test_query_page_works_as_a_form_with_examples_and_a_use_box(client):
    page = html(client, "/query")
    assert '<form id="plain-form" method="get" action="/sparql">' in page
    assert page.count('class="example"') >= 10
    assert 'id="get-url"' in page and "curl -s http://localhost/sparql" in page
    assert "Members of an organization" in page


def test_a_query_is_shared_by_the_page_url(client):
    page = html(client, "/query?query=ASK%20%7B%7D")
    assert ">ASK {}</textarea>" in page
    assert 'value="http://localhost/sparql?query=ASK+%7B%7D"' in page


def test_an_entity_page_lists_its_timeline_graph_facts_and_evidence(client):
    page = html(client, "/id/person/sergey-lavrov.html")
    assert '<ol class="timeline-list">' in page and page.count("<time>") >= 8
    timeline = json.loads(re.search(r'id="timeline-data">(.*?)</script>', page, re.S).group(1))
    assert {"2025-07-13", "2024-05-20"} <= {item["start"] for item in timeline}
    graph = json.loads(re.search(r'id="graph-data">(.*?)</script>', page, re.S).group(1))
    assert len(graph["nodes"]) > 10 and graph["edges"]
    assert "held talks in Beijing on Sunday" in page
    assert 'href="/id/article/002-c61d721b195bbf76"' in page
    assert 'href="/id/person/sergey-lavrov.ttl"' in page and 'href="/id/person/sergey-lavrov.jsonld"' in page


def test_a_fact_page_shows_each_source_with_its_sentence(client):
    page = html(client, "/id/event/meeting-sergey-lavrov-wang-yi-2025-07-13.html")
    assert "Chinese Foreign Minister Wang Yi and his Russian counterpart, Sergey Lavrov, held talks" in page
    assert "Earlier, Lavrov met with his Chinese counterpart, Wang Yi" in page
    assert page.count('href="/id/article/') >= 2


def test_an_article_page_highlights_each_evidence_span_linked_to_its_fact(client):
    page = html(client, "/id/article/002-c61d721b195bbf76.html")
    marks = re.findall(r'<mark class="evidence" title="[^"]*"><a href="#fact-(\d+)">', page)
    assert len(marks) >= 5
    facts = re.findall(r'<li id="fact-(\d+)"><a href="(/id/[^"]+)">', page)
    assert {m for m in marks} <= {n for n, _ in facts}
    assert "/id/event/meeting-sergey-lavrov-wang-yi-2025-07-13" in {href for _, href in facts}
    assert "Kyiv has openly responded" in page  # the whole text is there


def test_pages_are_accessible_documents(client):
    for path in ("/", "/query", "/id/person/sergey-lavrov.html", "/id/article/002-c61d721b195bbf76.html",
                 "/ontology", "/dumps/"):
        page = html(client, path)
        assert '<html lang="en">' in page and '<meta name="viewport"' in page
        assert page.count("<h1>") == 1 and "<main" in page and '<nav aria-label="Main">' in page
        for field in re.findall(r'<(?:textarea|input|select)[^>]*id="([^"]+)"', page):
            assert f'<label for="{field}">' in page, f"{path}: {field} has no label"


@pytest.mark.parametrize("path", ["/", "/id/article/evil.html", "/id/person/sergey-lavrov.html",
                                  "/id/event/meeting-sergey-lavrov-wang-yi-2025-07-13.html"])
def test_markup_and_quotes_in_articles_are_shown_as_text(evil, path):
    page = html(evil, path)
    assert "<script>alert" not in page and "<img src=x" not in page
    if path != "/":
        assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in page or "&lt;script&gt;" in page
    if path in ("/", "/id/article/evil.html"):
        assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "alert(1)>" not in page


def test_markup_in_articles_stays_text_in_the_json_the_scripts_draw(evil):
    page = html(evil, "/id/person/sergey-lavrov.html")
    for blob in re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S):
        assert "<" not in blob and ">" not in blob


def test_a_report_of_an_event_by_its_year_links_to_the_event_as_dated_elsewhere(client):
    """Seed 000 tells "the SCO summit in Astana last year"; seed 001 dates it to July."""
    html = client.get("/id/event/shanghai-cooperation-organisation-summit-2024.html").get_data(as_text=True)
    assert re.search(r'same event as</th><td><a href="/id/event/shanghai-cooperation-organisation-summit-2024-07">', html)
