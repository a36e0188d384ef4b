"""A sentence as a row of items: dictionary names and plain tokens.

Later stages (titles, descriptions, facts) read sentences as items, so that "Russian Foreign
Ministry Spokeswoman Maria Zakharova" is four items (an organization, a role word, a person)
rather than seven words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.reference import Name, Reference
from kg.text import Token, plain, tokenize

FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "but",
    "he", "she", "it", "they", "we", "his", "her", "its", "their", "our", "this", "that", "these", "those",
    "after", "before", "during", "earlier", "later", "meanwhile", "according", "both", "while", "when",
    "also", "however", "speaking", "amid", "despite", "instead", "there", "here", "since", "then",
    "press", "release", "photo", "source", "dear", "mr", "mrs", "ms", "dr", "sir", "madam",
}
# military ranks before a name ("Col Gen Sherali Mirzo", "Gen. Li"): a title, never part of the name
RANKS = {"gen", "lt", "col", "maj", "brig", "adm", "gen.", "lt.", "col.", "maj.", "brig.", "adm.", "colonel", "brigadier",
         "admiral", "lieutenant", "general", "marshal", "colonel-general", "lieutenant-general", "major-general",
         "army-general"}
# the nouns of bodies, never part of a person's name ("Member of the Political Bureau of the CPC Central Committee")
INSTITUTION_WORDS = {"committee", "council", "bureau", "ministry", "commission", "department", "secretariat", "presidium",
                     "politburo", "parliament", "assembly", "administration", "directorate", "agency"}
ARTICLED_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|abu|bin|ibn)-[A-Z]")
NAME_PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "den", "ul", "ud", "la", "le", "di"}


@dataclass
class Item:
    """A name from the dictionary or a single token, with offsets into the article."""

    start: int
    end: int
    text: str
    sentence: int
    names: list[Name] = field(default_factory=list)
    entity: str | None = None  # the entity it names, once resolved
    how: str = ""
    group: list[str] = field(default_factory=list)  # the people a plural ("the two leaders") means
    date: object = None  # a kg.dates.DateExpression, once the fact stage has read dates
    event: int | None = None  # index of the event phrase this item stands for (fact stage)

    @property
    def is_name(self) -> bool:
        return bool(self.names)

    @property
    def word(self) -> str:
        return folded(self.text)

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


@functools.lru_cache(maxsize=65536)
def folded(text: str) -> str:
    return plain(text).casefold()


def match_names(tokens: list[Token], text: str, ref: Reference, sentence: int) -> list[Item]:
    """Greedy longest match of dictionary names over tokens; other tokens stay single items.

    Names match as written (case kept, quotes and diacritics made plain); a name of several
    words also matches in other case when its first word is capitalized ("China's foreign
    ministry"), and an all-capitals word matches a place name ("BEIJING" in a dateline).
    """
    items, i, n = [], 0, len(tokens)
    words_of = [plain(t.text) for t in tokens]
    while i < n:
        found = None
        longest = ref.name_lengths.get(words_of[i].casefold(), 0)
        for length in range(min(longest, n - i), 0, -1):
            words = tuple(words_of[i:i + length])
            names = ref.names.get(words)
            if not names:
                first = tokens[i].text
                shouting = length == 1 and first.isupper() and len(first) >= 4
                if (length > 1 and first[:1].isupper()) or shouting:
                    names = ref.folded_names.get(tuple(w.casefold() for w in words))
            if names and _gap_free(tokens[i:i + length], text):
                found = (length, names)
                break
        if found:
            length, names = found
            start, end = tokens[i].start, tokens[i + length - 1].end
            items.append(Item(start, end, text[start:end], sentence, list(names)))
            i += length
        else:
            token = tokens[i]
            parts = hyphen_parts(token)
            named = match_names(parts, text, ref, sentence) if parts else []
            if any(item.names for item in named) or (parts and joins_next(parts[-1], tokens[i + 1:], ref)):
                # the parts take the token's place: "China-Central Asia summit" is China and Central Asia
                tokens = tokens[:i] + parts + tokens[i + 1:]
                words_of = words_of[:i] + [plain(t.text) for t in parts] + words_of[i + 1:]
                n = len(tokens)
                continue
            items.append(Item(token.start, token.end, token.text, sentence))
            i += 1
    return items


def joins_next(last: Token, following: list[Token], ref: Reference) -> bool:
    """Whether the last part of a hyphenated word starts a name of several words with the words after it."""
    words = [plain(last.text)] + [plain(t.text) for t in following[:ref.name_lengths.get(plain(last.text).casefold(), 0)]]
    return any(ref.names.get(tuple(words[:length])) for length in range(2, len(words) + 1))


def hyphen_parts(token: Token) -> list[Token]:
    """The parts of a hyphenated word ("ASEAN-centric", "China-Russia"), so that names inside it
    are found; the hyphens stay out."""
    if "-" not in token.text and "‐" not in token.text:
        return []
    parts, offset = [], token.start
    for piece in re.split(r"([-‐])", token.text):
        if piece and piece not in "-‐":
            parts.append(Token(piece, offset, offset + len(piece)))
        offset += len(piece)
    return parts


def _gap_free(tokens: list[Token], text: str) -> bool:
    """A name does not run across a line break or a sentence-ending mark."""
    for left, right in zip(tokens, tokens[1:]):
        gap = text[left.end:right.start]
        if "\n" in gap or len(gap) > 2:
            return False
    return True


def sentence_items(text: str, start: int, end: int, ref: Reference, sentence: int) -> list[Item]:
    return match_names(tokenize(text[start:end], start), text, ref, sentence)


# the last word of an office's title ("Foreign Minister Lavrov", "Vice-President Han"): never part of a name
TITLE_HEADS = {"minister", "ministers", "secretary", "secretary-general", "adviser", "advisor", "councillor", "councilor",
               "counsellor", "counselor", "chancellor", "premier", "vice-premier", "president", "vice-president",
               "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
               "chairperson", "speaker", "aide", "representative", "director-general", "emir", "amir", "sultan"}


def looks_like_name_part(item: Item, ref: Reference) -> bool:
    """A capitalized word that could be part of a person's name not in the dictionary (an Arabic surname
    with its article, "al-Muallem", "el-Sisi", counts as capitalized)."""
    if item.is_name or not (item.capitalized or ARTICLED_NAME.match(item.text)) or not item.text[:1].isalpha():
        return False
    word = item.word
    if word in FUNCTION_WORDS or word in RANKS or word in TITLE_HEADS or word in INSTITUTION_WORDS \
            or ref.role(item.text) is not None:
        return False
    return not item.text.isupper() or len(item.text) <= 3
