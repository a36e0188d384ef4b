"""Content negotiation by RFC 9110 §12.5.1: q-values, q=0, wildcards, specificity.

For each representation the server offers, the most specific media range of the Accept
header that matches it gives its quality (a range with parameters beats one without,
"text/turtle" beats "text/*" beats "*/*"); q=0 means "not this". The offer with the highest
quality wins, ties going to the server's order of preference. No Accept header (or an empty
one) accepts anything. A header that cannot be parsed at all is treated like "*/*", but an
entry that parses is never ignored: a malformed q-value makes that entry q=0.

>>> choose("text/turtle;q=0.5, application/ld+json", ["text/turtle", "application/ld+json"])
'application/ld+json'
>>> choose("text/*;q=0.3, text/html;q=0, */*;q=0.1", ["text/html", "text/turtle"])
'text/turtle'
>>> choose("application/xml", ["text/turtle"]) is None
True
>>> choose(None, ["text/turtle", "text/html"])
'text/turtle'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MAX_HEADER = 4096
MAX_RANGES = 64
TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
RANGE = re.compile(rf"^\s*({TOKEN})/({TOKEN})\s*((?:;\s*{TOKEN}\s*=\s*(?:{TOKEN}|\"[^\"]*\")\s*)*)$")
PARAM = re.compile(rf";\s*({TOKEN})\s*=\s*({TOKEN}|\"[^\"]*\")")


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    params: tuple[tuple[str, str], ...]
    q: float

    def matches(self, offer: str) -> bool:
        kind, _, sub = offer.partition("/")
        return (self.type in ("*", kind)) and (self.subtype in ("*", sub))

    @property
    def specificity(self) -> tuple[int, int]:
        if self.type == "*":
            return (0, 0)
        if self.subtype == "*":
            return (1, 0)
        return (2, len(self.params))


def parse_q(text: str) -> float:
    """A qvalue: 0 to 1 with at most three decimals; anything else counts as 0."""
    if not re.fullmatch(r"0(\.\d{0,3})?|1(\.0{0,3})?", text):
        return 0.0
    return float(text)


def parse_accept(header: str | None) -> list[MediaRange] | None:
    """The media ranges of an Accept header, or None for a header that accepts anything."""
    if header is None or not header.strip():
        return None
    header = header[:MAX_HEADER]
    ranges = []
    for part in header.split(",")[:MAX_RANGES]:
        match = RANGE.match(part)
        if not match:
            continue
        params, q = [], 1.0
        for name, value in PARAM.findall(match.group(3)):
            if name.lower() == "q":
                q = parse_q(value)
                break  # what follows q is an accept-extension, not a media type parameter
            params.append((name.lower(), value.strip('"').lower()))
        ranges.append(MediaRange(match.group(1).lower(), match.group(2).lower(), tuple(params), q))
    return ranges or None


def quality(ranges: list[MediaRange], offer: str) -> float:
    matching = [r for r in ranges if r.matches(offer)]
    if not matching:
        return 0.0
    return max(matching, key=lambda r: r.specificity).q


def choose(header: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers, or None when it accepts none of them (406).

    Clients send the same few Accept headers again and again, and the answer is a function of
    the header and the offers alone, so it is remembered (a bounded number of pairs)."""
    return chosen(header[:MAX_HEADER] if header else header, tuple(offers))


@lru_cache(maxsize=512)
def chosen(header: str | None, offers: tuple[str, ...]) -> str | None:
    ranges = parse_accept(header)
    if ranges is None:
        return offers[0] if offers else None
    best, best_q = None, 0.0
    for offer in offers:
        q = quality(ranges, offer)
        if q > best_q:
            best, best_q = offer, q
    return best
