"""The example queries of the query page: each has a title and a comment, and returns rows on the seeds."""

from __future__ import annotations

import pytest

from kg.store import query
from server.examples import load_examples

EXAMPLES = load_examples()
TOPICS = ["members of an organization", "meetings of a person", "sidelines", "events at a place",
          "two or more articles", "sentences behind a fact", "positions", "timeline", "organizations a country",
          "articles and what each states"]


def test_there_are_at_least_ten_covering_what_users_ask():
    assert len(EXAMPLES) >= 10
    titles = " | ".join(e.title.lower() for e in EXAMPLES)
    for topic in TOPICS:
        assert topic in titles, topic


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example_has_a_title_a_comment_and_returns_rows_on_the_seeds(seed_store, example):
    assert example.title and example.comment and not example.query.lstrip().startswith("#")
    rows = list(query(seed_store, example.query))
    assert rows, f"{example.name} returns no rows"
