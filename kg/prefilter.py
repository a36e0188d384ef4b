"""The literal words a regular expression cannot match without: a cheap test before the real one.

Most of the frames (kg.frames) cannot match most clauses: "A telephoned B" needs "phoned" or
"rang" or "called" somewhere in the clause. Trying the full pattern at every position of the
clause costs far more than looking for those words, so a pattern is tried only where they occur.

The test is derived from the pattern itself (its parse tree), and only ever says "cannot match"
when that is certain: every literal run a match must contain, where an alternation contributes
"one of its branches' runs". Anything it does not understand (character classes, lookarounds,
case-insensitive parts, optional parts) it simply does not require.

>>> required("(?:held|hold) talks with (?P<b>P\\\\d+)")  # the parser factors out the "h"
[(' talks with ',), ('eld', 'old'), ('h',), ('P',)]
>>> could_match(compile_prefilter("A (?:met|spoke) B"), "A spoke to B")
True
>>> could_match(compile_prefilter("A (?:met|spoke) B"), "A wrote to B")
False
"""

from __future__ import annotations

import re
import sys
from re import _constants as constants  # the parse tree's opcodes (stable since 3.11)
from re import _parser as parser

Clause = tuple[str, ...]  # at least one of these strings occurs in every match

REPEATS = {constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)} - {None}
KEEP = 3  # the longest few clauses carry nearly all of the selectivity


def sequence_clauses(items) -> list[Clause]:
    """The clauses of a sequence: its literal runs, and what its mandatory parts require."""
    clauses: list[Clause] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            clauses.append(("".join(run),))
            run.clear()

    for op, argument in items:
        if op is constants.LITERAL:
            run.append(chr(argument))
            continue
        end_run()
        if op is constants.SUBPATTERN:
            _, add_flags, _, body = argument
            if not add_flags & re.IGNORECASE:
                clauses += sequence_clauses(body)
        elif op in REPEATS:
            low, _, body = argument
            if low >= 1:
                clauses += sequence_clauses(body)
        elif op is constants.ATOMIC_GROUP:
            clauses += sequence_clauses(argument)
        elif op is constants.BRANCH:
            branch = branch_clause(argument[1])
            if branch:
                clauses.append(branch)
        # anything else (classes, anchors, lookarounds, back-references) requires nothing here
    end_run()
    return clauses


def branch_clause(branches) -> Clause | None:
    """One clause for an alternation: each branch's best clause, any of which must occur."""
    options: list[str] = []
    for branch in branches:
        clauses = sequence_clauses(branch)
        if not clauses:
            return None  # a branch that requires nothing: the alternation requires nothing
        options += max(clauses, key=lambda c: min(len(s) for s in c))
    return tuple(dict.fromkeys(options))


def required(pattern: str, flags: int = 0) -> list[Clause]:
    """The clauses every match of the pattern satisfies, the most selective (longest words) first."""
    tree = parser.parse(pattern, flags)
    if tree.state.flags & re.IGNORECASE:
        return []
    clauses = sequence_clauses(tree)
    return sorted(dict.fromkeys(clauses), key=lambda c: -min(len(s) for s in c))


def compile_prefilter(pattern: str, flags: int = 0) -> list[re.Pattern]:
    """The most selective clauses, each as one search for any of its words (one call into C)."""
    return [re.compile("|".join(re.escape(word) for word in clause)) for clause in required(pattern, flags)[:KEEP]]


def could_match(prefilter: list[re.Pattern], text: str) -> bool:
    """False only if the pattern certainly has no match in `text`."""
    for words in prefilter:
        if words.search(text) is None:
            return False
    return True


class Prefiltered:
    """A compiled pattern that looks for its required words before it runs.

    For the module-level patterns that every clause is tried against (kg.memberships): most
    clauses lack the words ("founded", "joined", "observer") that any match must contain, and
    one search for those words costs far less than the pattern tried at every position.
    Behaves as the compiled pattern it wraps; only finditer, search and match are filtered.
    """

    __slots__ = ("regex", "needs")

    def __init__(self, pattern: str, flags: int = 0):
        self.regex = re.compile(pattern, flags)
        self.needs = compile_prefilter(pattern, flags)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if not could_match(self.needs, string[pos:endpos]):
            return iter(())
        return self.regex.finditer(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if not could_match(self.needs, string[pos:endpos]):
            return None
        return self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if not could_match(self.needs, string[pos:endpos]):
            return None
        return self.regex.match(string, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.regex, name)
