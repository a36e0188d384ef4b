"""Queries whose cost is bounded by their text: lookups of named resources.

Query workers exist because an arbitrary query cannot be stopped once pyoxigraph evaluates it.
Some queries need no stopping: one triple pattern whose subject is named (an IRI, not a
variable) reads the triples of that subject and nothing else, so its cost grows with that
subject's triples and no faster; DESCRIBE of a few named resources reads their descriptions.
Those lookups are answered in the serving process; everything else, or anything this recognizer
is unsure of, goes to a worker that can be killed at the deadline. Two patterns are already a
join, whose cost is a product (a subject's triples joined with themselves, ten times over, is a
runaway), so they take the killable way.

The recognizer accepts a strict subset of SPARQL on purpose: a prologue; SELECT (with
DISTINCT or REDUCED, a list of variables or *), ASK, DESCRIBE of up to ten IRIs, or CONSTRUCT
with a template; a WHERE group holding one triple pattern with a named subject; LIMIT and
OFFSET. No FILTER, OPTIONAL, UNION, property paths, subqueries, functions, GROUP BY or ORDER BY.
A query outside the subset is not refused: it only takes the slower, killable way.

>>> bounded("SELECT ?p ?o WHERE { <http://example.org/a> ?p ?o } LIMIT 5")
True
>>> bounded("PREFIX ex: <http://example.org/> ASK { ex:a ex:p 'x'@en . }")
True
>>> bounded("PREFIX ex: <http://example.org/> ASK { ex:a a ex:B ; ex:p 'x'@en }")
False
>>> bounded("DESCRIBE <http://example.org/a> <http://example.org/b>")
True
>>> bounded("SELECT * WHERE { ?s ?p ?o }")
False
>>> bounded("SELECT ?o WHERE { <http://example.org/a> <http://example.org/p>* ?o }")
False
>>> bounded("SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/a> ?p ?o }")
False
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_LENGTH = 4_000
MAX_DESCRIBED = 10
IRI = r'<[^<>"{}|^`\\\x00-\x20]*>'
VAR = r"[?$][A-Za-z0-9_\u00b7\u00c0-\ufffd]+"
STRING = r'"(?:[^"\\\n\r]|\\.)*"' + r"|'(?:[^'\\\n\r]|\\.)*'"
LANGTAG = r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*"
PNAME = r"(?:[A-Za-z][\w.\-]*)?:(?:[\w\-]+(?:[\w.\-]*[\w\-])?)?"
# one token at a time: anything the pattern does not know makes the query "not bounded"
TOKEN = re.compile(rf"""
    (?P<space>\s+|\#[^\n]*)
  | (?P<iri>{IRI})
  | (?P<var>{VAR})
  | (?P<string>{STRING})
  | (?P<langtag>{LANGTAG})
  | (?P<datatype>\^\^)
  | (?P<number>(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?)  # unsigned: "<p>+1" would be a path
  | (?P<pname>{PNAME})
  | (?P<word>[A-Za-z]+)
  | (?P<punct>[{{}}.;,*])
  | (?P<other>.)
""", re.X | re.S)
# The lookups programs send most, recognized in one match (the tokens above cost a few µs each):
# prefixes, SELECT or ASK over one triple pattern with a named subject, LIMIT and OFFSET; or
# DESCRIBE of IRIs. A narrower language than check() accepts, never a wider one: what it does not
# match is left to check(). A prefixed name must end where a name ends, so "ex:sa" is never read
# as "ex:s a".
NAMED = rf"(?:{IRI}|{PNAME}(?![\w\-:]))"
# white space or a comment (a benchmark's token, a program's note): a comment ends at a line's end,
# so that "#a#b" can be read one way only and a failed match cannot backtrack through its splits
GAP = r"(?:\s|\#[^\n]*(?:\n|\Z))"
COMMON = re.compile(
    rf"{GAP}*(?:PREFIX{GAP}+{PNAME}{GAP}*{IRI}{GAP}*)*"
    rf"(?:(?P<SELECT>SELECT){GAP}*(?:(?:DISTINCT|REDUCED){GAP}+)?(?:\*|(?:{VAR}{GAP}*)+)|(?P<ASK>ASK){GAP}*)"
    rf"(?:WHERE{GAP}*)?\{{{GAP}*{NAMED}{GAP}*(?:a{GAP}+|{NAMED}{GAP}*|{VAR}{GAP}*)"
    rf"(?:{NAMED}|{VAR}|(?:{STRING})(?:{LANGTAG})?|\d+(?![\w.])){GAP}*(?:\.{GAP}*)?\}}{GAP}*"
    rf"(?:(?:LIMIT|OFFSET){GAP}+\d+{GAP}*)*"
    rf"|{GAP}*(?P<DESCRIBE>DESCRIBE)(?:{GAP}*{IRI}){{1,{MAX_DESCRIBED}}}{GAP}*", re.I)


class NotBounded(Exception):
    """The query is outside the subset (a reason for tests and logs, never for clients)."""


def tokens(text: str) -> list[tuple[str, str]]:
    found = []
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "space":
            continue
        if kind == "other":
            raise NotBounded(f"unexpected text at {match.start()}: {text[match.start():match.start() + 20]!r}")
        value = match.group()
        found.append(("word", value.upper()) if kind == "word" else (kind, value))
    return found


class Reader:
    def __init__(self, items: list[tuple[str, str]]):
        self.items, self.at = items, 0

    def peek(self, offset: int = 0) -> tuple[str, str]:
        index = self.at + offset
        return self.items[index] if index < len(self.items) else ("end", "")

    def take(self, *expected: str) -> tuple[str, str]:
        kind, value = self.peek()
        if expected and kind not in expected and value not in expected:
            raise NotBounded(f"expected {' or '.join(expected)}, found {value or kind}")
        self.at += 1
        return kind, value

    def accept(self, value: str) -> bool:
        if self.peek()[1] == value:
            self.at += 1
            return True
        return False


def term(reader: Reader, *kinds: str) -> None:
    kind, _ = reader.take(*kinds)
    if kind == "string":
        if reader.peek()[0] == "langtag":
            reader.take()
        elif reader.peek()[0] == "datatype":
            reader.take()
            reader.take("iri", "pname")


def template(reader: Reader) -> None:
    """A CONSTRUCT template up to its closing brace (it builds triples; it reads nothing)."""
    while reader.peek()[1] != "}":
        if reader.peek()[0] == "end":
            raise NotBounded("unclosed template")
        reader.take()
    reader.take("}")


def pattern(reader: Reader) -> None:
    """One triple pattern with a named subject, then the group's closing brace."""
    term(reader, "iri", "pname")
    if not reader.accept("A"):
        reader.take("iri", "pname", "var")
    term(reader, "iri", "pname", "var", "string", "number", "TRUE", "FALSE")
    reader.accept(".")
    reader.take("}")


def check(text: str) -> str:
    """The query's form (SELECT, ASK, CONSTRUCT, DESCRIBE); NotBounded unless the query is in the
    subset described above."""
    if len(text) > MAX_LENGTH:
        raise NotBounded("long query")
    reader = Reader(tokens(text))
    while reader.peek()[1] in ("PREFIX", "BASE"):
        if reader.take()[1] == "PREFIX":
            reader.take("pname")
        reader.take("iri")
    form = reader.take("word")[1]
    if form == "SELECT":
        reader.accept("DISTINCT") or reader.accept("REDUCED")
        if not reader.accept("*"):
            reader.take("var")
            while reader.peek()[0] == "var":
                reader.take()
    elif form == "CONSTRUCT":
        reader.take("{")
        template(reader)
    elif form == "DESCRIBE":
        reader.take("iri", "pname")
        for _ in range(MAX_DESCRIBED - 1):
            if reader.peek()[0] not in ("iri", "pname"):
                break
            reader.take()
    elif form != "ASK":
        raise NotBounded(f"{form} queries")
    if reader.peek()[0] != "end" or form != "DESCRIBE":
        reader.accept("WHERE")
        reader.take("{")
        pattern(reader)
    while reader.peek()[1] in ("LIMIT", "OFFSET"):
        reader.take()
        reader.take("number")
    reader.take("end")
    return form


@lru_cache(maxsize=64)
def bounded_form(text: str) -> str | None:
    """The form of a bounded query, None for any other. A request asks twice (the endpoint, to
    know the form without scanning the query again, and the pool, to choose where it runs), so
    the last few answers are kept."""
    common = COMMON.fullmatch(text) if len(text) <= MAX_LENGTH else None
    if common is not None:
        return common.lastgroup
    try:
        return check(text)
    except NotBounded:
        return None


def bounded(text: str) -> bool:
    return bounded_form(text) is not None
