"""Tokens with offsets, and the normal form names are compared in.

>>> [t.text for t in tokenize("China’s Ministry of Foreign Affairs")]
['China', '’s', 'Ministry', 'of', 'Foreign', 'Affairs']
>>> [t.text for t in tokenize("the U.S. and Xi'an, July 14-15")]
['the', 'U.S.', 'and', "Xi'an", ',', 'July', '14', '-', '15']
>>> fold("Côte d’Ivoire")
"cote d'ivoire"
>>> name_key("People’s Republic of China")
('People', "'s", 'Republic', 'of', 'China')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"               # U.S., U.N.
    r"|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?"  # 2025, 80th, 1,000
    r"|[^\W\d_](?:[\w]|[-‐](?=\w)|['’](?=[^\W\d_]{2,}|an\b|t\b))*"  # Kyrgyzstan, Ching-te, Xi'an
    r"|['’]s\b"                      # possessive
    r"|[^\w\s]"                      # punctuation
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens; a possessive "'s" is a token of its own."""
    tokens = []
    for match in TOKEN.finditer(text):
        word, start = match.group(), match.start()
        possessive = re.search(r"['’]s$", word)
        if possessive and len(word) > 2 and not word.isupper():
            cut = possessive.start()
            tokens.append(Token(word[:cut], offset + start, offset + start + cut))
            tokens.append(Token(word[cut:], offset + start + cut, offset + match.end()))
        else:
            tokens.append(Token(word, offset + start, offset + match.end()))
    return tokens


PLAIN_MARKS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-"})


@functools.lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """Text with typographic quotes and dashes made plain and diacritics removed (case kept)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(PLAIN_MARKS)


def fold(text: str) -> str:
    return plain(text).casefold()


def name_key(text: str) -> tuple[str, ...]:
    """The tokens of a name in plain form: the key it is looked up by."""
    return tuple(plain(t.text) for t in tokenize(text))
