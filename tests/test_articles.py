"""Reading articles: publication dates, boilerplate, sentences with offsets, bad input."""

from __future__ import annotations

import datetime
import json

import pytest
from helpers import SEEDS

from kg.articles import (
    ArticleError,
    parse_article,
    read_article,
    read_articles,
    read_manifest,
)
from kg.models import Problem


def test_every_sentence_is_the_original_text_at_its_offsets():
    for article in read_articles(SEEDS):
        for sentence in article.sentences:
            assert article.text[sentence.start:sentence.end] == sentence.text


def test_the_manifest_gives_publication_data():
    article = next(a for a in read_articles(SEEDS) if a.meta.file.startswith("000_"))
    assert article.meta.published == datetime.date(2025, 7, 14)
    assert article.meta.publisher == "TASS"
    assert article.meta.published_from == "manifest"


@pytest.mark.parametrize("text,expected", [
    ("date 2025-07-14 MOSCOW, July 14. /TASS/. The talks went well.", "2025-07-14"),
    ("15 Jul, 2025 07:28\n\nThe talks went well.", "2025-07-15"),
    ("July 15, 2025\n\nThe talks went well.", "2025-07-15"),
    ("2024-05-20\nThe talks went well.", "2024-05-20"),
    ("ASTANA, July 4, 2024 (Reuters) - The talks went well.", "2024-07-04"),
    ("ALMATY, 17 July 2001 - The talks went well.", "2001-07-17"),
    ("The talks went well.", None),
])
def test_publication_date_from_a_header_or_dateline_when_no_manifest(text, expected):
    article = parse_article("x.txt", text)
    assert (article.meta.published.isoformat() if article.meta.published else None) == expected


def test_a_dateline_is_kept_apart_from_the_first_sentence():
    article = parse_article("x.txt", "BEIJING, July 14. /TASS/. Lavrov met Wang Yi on Sunday.")
    assert article.dateline.text == "BEIJING"
    assert article.sentences[0].text == "Lavrov met Wang Yi on Sunday."

    # a readout's dateline: a city and a full stop (not a courtesy title)
    article = parse_article("x.txt", "Nur-Sultan. On Wednesday Tokayev held talks with Xi Jinping.")
    assert article.dateline.text == "Nur-Sultan"
    assert article.sentences[0].text == "On Wednesday Tokayev held talks with Xi Jinping."
    assert parse_article("x.txt", "Mr. Wang met Lavrov on Monday.").dateline is None
    # the day before the month ("ALMATY, 17 July - ")
    article = parse_article("x.txt", "ALMATY, 17 July - The leaders of Russia and China on Monday signed a treaty.")
    assert article.dateline.text == "ALMATY"
    assert article.sentences[0].text.startswith("The leaders of Russia and China")


@pytest.mark.parametrize("line", [
    "Advertisement", "Reading Time:3 minutes", "Why you can trust SCMP", "30", "02:20",
    "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon", "Podcasts",
    "Dear readers! Thank you for your engagement. Please check our commenting policy",
    "Photo: EPA-EFE", "Source: Some other headline", "Share this article", "© 2025 All rights reserved",
])
def test_page_boilerplate_is_not_read_as_text(line):
    article = parse_article("x.txt", f"{line}\nThe ministers met in Minsk on Monday.")
    assert [s.text for s in article.sentences] == ["The ministers met in Minsk on Monday."]


def test_a_link_to_another_story_names_places_but_states_no_facts():
    article = parse_article("x.txt", "Read more: What the SCO's expansion means for Central Asia\n"
                                     "The ministers met in Minsk on Monday.")
    assert [(s.role, s.text) for s in article.sentences] == [
        ("link", "What the SCO's expansion means for Central Asia"), ("body", "The ministers met in Minsk on Monday.")]


def test_headlines_bullets_and_captions_are_marked():
    text = ("Ministers meet in Minsk\n\n  • Talks focus on trade\n"
            "The minister, who arrived on Monday, smiled. Photo: Reuters\n"
            "The ministers met in Minsk on Monday.")
    roles = [s.role for s in parse_article("x.txt", text).sentences]
    assert roles == ["headline", "bullet", "caption", "body"]


@pytest.mark.parametrize("mark", ["Enditem", "(END)", "/end/", "###"])
def test_a_wire_end_mark_does_not_turn_the_last_paragraph_into_a_headline(mark):
    text = f"Xi visits Moscow\nXi met Putin on Monday. The two will meet again next month. {mark}"
    sentences = parse_article("x.txt", text).sentences
    assert [(s.text, s.role) for s in sentences[1:]] == [("Xi met Putin on Monday.", "body"),
                                                         ("The two will meet again next month.", "body")]


def test_a_repeated_line_is_read_once():
    text = "Xi visits Moscow\nXi visits Moscow\nXi met Putin in Moscow on Monday."
    assert [s.text for s in parse_article("x.txt", text).sentences] == ["Xi visits Moscow",
                                                                          "Xi met Putin in Moscow on Monday."]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "U.S. Secretary of State Antony Blinken met Dr. S. Jaishankar on Jan. 5. They spoke."
    sentences = [s.text for s in parse_article("x.txt", text).sentences]
    assert sentences == ["U.S. Secretary of State Antony Blinken met Dr. S. Jaishankar on Jan. 5.", "They spoke."]


def test_quoted_sentences_end_after_the_closing_quote():
    text = "“We agree. We will meet,” Wang said. Lavrov agreed."
    assert [s.text for s in parse_article("x.txt", text).sentences] == [
        "“We agree.", "We will meet,” Wang said.", "Lavrov agreed."]


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"   \n\n ", "empty file"),
    (b"\x00\x01\x02binary", "binary file"),
    (b"caf\xe9 talks", "not UTF-8 text (invalid byte 0xe9 at offset 3)"),
    (b"<!DOCTYPE html><html><body>Talks</body></html>", "an HTML page"),
    (b"Advertisement\n30\n", "no sentences of article text"),
])
def test_unusable_files_say_why(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match="^" + reason.replace("(", r"\(").replace(")", r"\)")):
        read_article(path)


def test_a_huge_file_is_refused_before_it_is_read_as_text(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"The ministers met. " * 1_100_000)  # about 20 MB
    with pytest.raises(ArticleError, match=r"too large \(20\.\d MB"):
        read_article(path)


def test_manifest_problems_name_the_file_and_keep_the_article(tmp_path):
    (tmp_path / "a.txt").write_text("Lavrov met Wang Yi in Beijing on Sunday.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps([
        {"file": "a.txt", "published": "2025-13-45"},
        {"file": "missing.txt", "published": "2025-07-14"},
    ]), encoding="utf-8")
    entries, problems = read_manifest(tmp_path)
    reasons = sorted(str(p) for p in problems)
    assert any("a.txt: malformed publication date '2025-13-45'" in r for r in reasons)
    assert any("missing.txt: listed in the manifest but no such file" in r for r in reasons)
    assert entries["a.txt"]["published"] is None
    articles = [x for x in read_articles(tmp_path) if not isinstance(x, Problem)]
    assert [a.meta.file for a in articles] == ["a.txt"]


def test_a_bad_manifest_is_reported_and_the_articles_still_read(tmp_path):
    (tmp_path / "a.txt").write_text("Lavrov met Wang Yi in Beijing on Sunday.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    results = list(read_articles(tmp_path))
    assert isinstance(results[0], Problem) and "not valid JSON" in results[0].reason
    assert results[1].meta.file == "a.txt"
