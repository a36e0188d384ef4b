"""A sentence as a string of words and placeholders, for the patterns of the fact stage.

Every item becomes one word: a person "P3", a group of people "G4", a state "C5" (its
adjective "A5"), an organization "O6", a place "L7", a date "D8", an event phrase "E9", a
named historical event "X10" (the number is the item's index), and any other token its
lowercase plain form. Patterns are regular expressions over that string ("P\\d+ met with
P\\d+"), and a match maps back to the items it covers.

>>> from kg.lexicon import Item
>>> items = [Item(0, 5, "Wang", 0, entity="person/wang-yi"), Item(6, 9, "met", 0),
...          Item(10, 16, "Lavrov", 0, entity="person/sergey-lavrov")]
>>> view = SentenceView(items, lambda key: None)
>>> view.string
'P0 met P2'
>>> [item.text for item in view.covered(view.search(r"met (P\\d+)"), 1)]
['Lavrov']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from kg.lexicon import Item
from kg.models import Entity
from kg.text import plain

WORD_FORMS = {"’s": "'s", "’": "'", "“": '"', "”": '"', "‘": "'", "–": "-", "—": "-", "…": "..."}


def word_of(item: Item, index: int, lookup: Callable[[str], Entity | None]) -> str:
    if item.date is not None:
        return f"D{index}"
    if item.event is not None:
        return f"E{index}"
    if item.group:
        return f"G{index}"
    if item.how == "blocker":
        return f"X{index}"
    if item.entity:
        kind = item.entity.split("/", 1)[0]
        if kind == "person":
            return f"P{index}"
        if kind == "country":
            return f"A{index}" if item.how == "adjective" else f"C{index}"
        if kind == "organization":
            return f"O{index}"
        if kind == "place":
            return f"L{index}"
    text = WORD_FORMS.get(item.text, item.text)
    return plain(text).lower() or "_"


class SentenceView:
    """Items and their placeholder string, kept in step."""

    def __init__(self, items: list[Item], lookup: Callable[[str], Entity | None]):
        self.items = items
        self.lookup = lookup
        self.words = [word_of(item, i, lookup) for i, item in enumerate(items)]
        self.starts = []
        position = 0
        for word in self.words:
            self.starts.append(position)
            position += len(word) + 1
        self.string = " ".join(self.words)

    def index_at(self, char: int) -> int:
        """The index of the item whose word covers a character of the string."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def indices(self, match: re.Match, group: int | str = 0) -> range:
        start, end = match.span(group)
        if start < 0 or end <= start:
            return range(0)
        return range(self.index_at(start), self.index_at(end - 1) + 1)

    def covered(self, match: re.Match | None, group: int | str = 0) -> list[Item]:
        if match is None:
            return []
        return [self.items[i] for i in self.indices(match, group)]

    def search(self, pattern: str, start: int = 0) -> re.Match | None:
        return re.compile(pattern).search(self.string, start)

    def finditer(self, pattern: str | re.Pattern):
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
        return compiled.finditer(self.string)

    def item(self, placeholder: str) -> Item:
        return self.items[int(placeholder[1:])]

    def span_text(self, text: str, items: list[Item]) -> str:
        return text[items[0].start:items[-1].end] if items else ""
