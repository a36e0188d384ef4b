"""The prefilter may only ever skip a pattern that cannot match: a filtered pattern finds exactly
what the plain one finds, wherever it is started and stopped."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.prefilter import Prefiltered, compile_prefilter, could_match

PATTERNS = [
    r"(?P<m>C\d+(?: and C\d+)?) (?:joined|became (?:a )?(?:full )?member of) (?:the )?(?P<org>O\d+)(?: in (?P<d>D\d+))?",
    r"(?:founded|established|set up) (?:in L\d+ )?(?:in |on )?(?P<d>D\d+)? ?by (?P<m>C\d+(?: , C\d+)*)",
    r"^(?:, )?becoming (?:an? )?(?:observer|dialogue partner|member)",
    r"(?i:chairs?) (?P<org>O\d+)",
]
WORDS = ["C1", "C2", "O3", "D4", "L5", "and", ",", "joined", "became", "a", "full", "member", "of", "the",
         "in", "on", "founded", "set", "up", "by", "becoming", "observer", "chairs", "Chairs"]


def results(regex, text: str, pos: int, endpos: int) -> tuple:
    """What finditer, search and match give, as comparable values."""
    def span(m):
        return m.span() if m else None
    return ([(m.span(), m.groupdict()) for m in regex.finditer(text, pos, endpos)],
            span(regex.search(text, pos, endpos)), span(regex.match(text, pos, endpos)))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), st.lists(st.sampled_from(WORDS), max_size=14), st.integers(0, 60), st.integers(0, 80))
def test_a_filtered_pattern_finds_what_the_plain_pattern_finds(pattern, words, pos, endpos):
    text = " ".join(words)
    assert results(Prefiltered(pattern), text, pos, endpos) == results(re.compile(pattern), text, pos, endpos)


def test_a_clause_without_the_required_word_is_not_tried():
    needs = compile_prefilter(PATTERNS[0])
    assert not could_match(needs, "C1 and C2 signed a treaty with O3")
    assert could_match(needs, "C1 joined O3")
    assert not list(Prefiltered(PATTERNS[0]).finditer("C1 joined O3", 3))  # the word must lie within the range tried


def test_a_filtered_pattern_is_still_the_pattern():
    filtered = Prefiltered(PATTERNS[0])
    assert filtered.pattern == PATTERNS[0] and "org" in filtered.groupindex
