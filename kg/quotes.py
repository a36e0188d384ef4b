"""Quotations: who speaks and to whom, so that "we" and "you" inside them can be resolved.

“Our leaders will meet during an SCO summit here in Astana in July,” Sergey Lavrov said in a
meeting with Chinese Foreign Minister Wang Yi — the speaker is Lavrov, the person spoken to
Wang Yi. A quotation may run over several sentences of a paragraph; the attribution is
after it (", Lavrov said") or before it ("Lavrov said: “...").
"""

from __future__ import annotations

import re

from kg.lexicon import Item
from kg.models import Article

OPENING, CLOSING = "“«", "”»"
SAYING = {"said", "says", "say", "added", "adds", "told", "stressed", "noted", "stated", "declared", "remarked",
          "insisted", "explained", "recalled", "underlined", "emphasized", "emphasised", "continued", "wrote"}

QuoteContext = tuple[str | None, str | None, list[tuple[int, int]]]


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches of text[start:end], typographic or straight quotes."""
    spans, open_at = [], None
    for index in range(start, end):
        char = text[index]
        if char in OPENING and open_at is None:
            open_at = index
        elif char in CLOSING and open_at is not None:
            spans.append((open_at, index + 1))
            open_at = None
    straight = [m.start() for m in re.finditer('"', text[start:end])]
    for a, b in zip(straight[::2], straight[1::2]):
        spans.append((start + a, start + b + 1))
    return sorted(spans)


def person(item: Item) -> str | None:
    return item.entity if item.entity and item.entity.startswith("person/") else None


def attribution(items: list[Item], quote_end: int, quote_start: int) -> tuple[str | None, str | None]:
    """(speaker, addressee) from the words after a quotation, or else just before it."""
    after = [i for i in items if i.start >= quote_end]
    for k, item in enumerate(after[:6]):
        nxt = after[k + 1] if k + 1 < len(after) else None
        if person(item) and nxt is not None and nxt.word in SAYING:
            return item.entity, addressee(after[k + 2:])
        if item.word in SAYING and nxt is not None and person(nxt):
            return nxt.entity, addressee(after[k + 2:])
    before = [i for i in items if i.end <= quote_start]
    for k in range(len(before) - 1, max(-1, len(before) - 5), -1):
        if before[k].word in SAYING and k > 0 and person(before[k - 1]):
            return before[k - 1].entity, addressee(before[k + 1:])
    return None, None


def addressee(items: list[Item]) -> str | None:
    """"... said in a meeting with B", "... told B": the person spoken to."""
    for k, item in enumerate(items[:12]):
        if item.word in ("with", "told", "to") and k + 1 < len(items):
            for follower in items[k + 1:k + 7]:
                if person(follower):
                    return follower.entity
                if follower.text in ",.;":
                    break
    return None


def quote_contexts(article: Article, sentence_items: list[list[Item]]) -> dict[int, QuoteContext]:
    """For each sentence inside a quotation: (speaker, addressee, quoted spans)."""
    contexts: dict[int, QuoteContext] = {}
    paragraphs: dict[int, list[int]] = {}
    for sentence in article.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.index)
    for indices in paragraphs.values():
        first, last = article.sentences[indices[0]], article.sentences[indices[-1]]
        items = [item for i in indices for item in sentence_items[i]]
        for start, end in quote_spans(article.text, first.start, last.end):
            speaker, spoken_to = attribution(items, end, start)
            if speaker is None:
                continue
            for i in indices:
                sentence = article.sentences[i]
                if sentence.start < end and start < sentence.end:
                    _, _, spans = contexts.get(i, (None, None, []))
                    contexts[i] = (speaker, spoken_to, spans + [(start, end)])
    return contexts
