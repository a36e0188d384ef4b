"""Foundings, memberships and chairmanships of organizations.

"The SCO was founded in Shanghai on June 15, 2001, by six states: Russia, ...", "China and
Russia are founding members of the SCO", "Pakistan and India joined the group in 2017",
"Iran was granted membership in 2023", "Iran, an SCO member", "A decision to grant
membership to Belarus was made at the SCO summit", "observer states Mongolia and
Afghanistan", "China holds the SCO chairmanship in 2025", "China's chairmanship of the SCO
this year". An organization named only as "the group" or "the organization" is the one the
article was last speaking of. Observer is not member; a decision to admit is not membership.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.models import (
    ChairmanshipFact,
    DateValue,
    Entity,
    Evidence,
    FoundingFact,
    MembershipFact,
)
from kg.view import SentenceView

STATES = r"C\d+(?: (?:,|and|, and) (?:the )?C\d+)*"
ORGREF = r"(?:the )?(?P<org>O\d+(?: \( O\d+ \))?|group|grouping|organization|organisation|bloc|alliance|association|union|body)"
ORGREF2 = ORGREF.replace("?P<org>", "?P<org2>")
STATUS_WORDS = {"member": "member", "members": "member", "membership": "member", "member state": "member",
                "member states": "member", "state member": "member", "state members": "member",
                "observer": "observer", "observers": "observer", "observer status": "observer",
                "observer state": "observer", "observer states": "observer",
                "dialogue partner": "dialogue_partner", "dialogue partners": "dialogue_partner",
                "dialogue partner status": "dialogue_partner", "partner": "dialogue_partner",
                "partners": "dialogue_partner", "partner country": "dialogue_partner",
                "partner countries": "dialogue_partner"}
AS = (r"(?P<as>(?:membership|member states?|state members?|members?|observer status|observer states?|observers?|"
      r"dialogue partner status|dialogue partners?|partner countries|partner country|partners?)\b)")
QUALIFIER = (r"(?:(?:a|an|the|its|full(?:-fledged)?|permanent|official|new|full-fledged|fully-fledged|latest|"
             r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
             r"\d+(?:st|nd|rd|th)) )*")

FOUNDED = re.compile(
    r"(?P<org>O\d+)(?: \( O\d+ \))?(?: , (?:which|that))? (?:was|were|had been|has been) (?:officially )?"
    r"(?:founded|established|created|set up|formed|launched)(?P<rest>.*)")
FOUNDED_RELATIVE = re.compile(
    r"^(?:which|that) (?:was|were|had been|has been) (?:officially )?(?:founded|established|created|set up|formed|"
    r"launched)(?P<rest>.*)")
FOUNDED_APPOSITION = re.compile(
    r"(?P<org>O\d+)(?: \( O\d+ \))? , (?:a|an|the) (?:[^,]*?|[^.]*?) (?:set up|founded|established|created|formed)"
    r"(?P<rest>.*)")
FOUNDED_BY_STATES = re.compile(
    r"(?P<founders>" + STATES + r") (?:founded|established|created|set up|formed) (?:the )?(?P<org>O\d+)(?P<rest>.*)")
FOUNDING_MEMBERS = re.compile(
    r"(?P<m>" + STATES + r") (?:(?:is|are|was|were) (?:among )?|, )(?:the |a )?(?:O\d+ )?founding (?:members?|states?)"
    r"(?: (?:of|in) " + ORGREF + ")?")
JOINED = re.compile(
    r"(?P<m>" + STATES + r") (?:has |have |had |officially |formally |finally )*(?:joined|join|joins|will join|"
    r"acceded to|became part of)(?: " + ORGREF + r"(?: as " + QUALIFIER + AS + r")?| (?=(?:in|on) D\d+))")
BECAME = re.compile(
    r"(?P<m>" + STATES + r") (?:has |have |had |officially |formally |finally )*(?:became|become|becomes|will become|"
    r"becoming) " + QUALIFIER + r"(?:state |O\d+ )?" + AS + r"(?: (?:of|in) " + ORGREF + ")?")
GRANTED = re.compile(
    r"(?P<m>" + STATES + r") (?:was|were|has been|have been|had been|will be) (?:officially |formally )?"
    r"(?:granted|given|accorded|admitted as|accepted as|admitted to|accepted into) " + QUALIFIER + r"(?:O\d+ )?"
    + AS + r"?(?: (?:in|of|to|into) " + ORGREF + ")?")
GAINED = re.compile(
    r"(?P<m>" + STATES + r") (?:has |have |had )?(?:gained|obtained|received|acquired|got|won|secured|holds|hold|has|"
    r"have|enjoys|enjoy) "
    + QUALIFIER + AS + r"(?: (?:in|of) " + ORGREF + ")?")
IS_MEMBER = re.compile(
    r"(?P<m>" + STATES + r") (?:, |is |are |remains |remain |has been |have been )" + QUALIFIER + r"(?:(?P<org2>O\d+) )?"
    + AS + r"(?: (?:of|in) " + ORGREF + r")?(?! of (?!the )[a-z])")
MEMBERS_NAMED = re.compile(
    r"(?:(?P<org2>O\d+) )?" + AS + r"(?: (?:of|in) " + ORGREF + r")? (?:such as |including |like |, )?(?P<m>" + STATES + ")")
DECIDED = re.compile(
    r"(?:decision|decided|agreed|approved|voted|resolved) to (?:grant|admit|accept|give) (?:full )?(?:membership )?"
    r"(?:(?:to|in) )?(?P<m>" + STATES + r")"
    r"|(?:approved|launched|started|began|initiated|opened|completed) (?:the )?(?:procedure|process) (?:of|for|on) "
    r"(?:the )?(?P<m2>" + STATES + r")(?: 's)? (?:admission|accession|joining|membership)"
    r"|(?P<m3>" + STATES + r") (?:signed|has signed|will sign) (?:the )?(?:memorandum (?:of|on) (?:its )?obligations|"
    r"accession documents?|documents? on (?:its )?accession)"
    r"|(?:admission|accession) of (?P<m4>" + STATES + r") (?:was|has been|had been) (?:approved|decided|agreed)")
LEFT = re.compile(
    r"(?P<m>" + STATES + r") (?:has |have |had )?(?:left|withdrew from|quit|exited|was expelled from|were expelled from|"
    r"suspended (?:its|their) membership in) " + ORGREF)
CHAIRS = re.compile(
    r"(?P<c>C\d+) (?:holds|held|has held|will hold|assumed|assumes|has assumed|will assume|took over|takes over|"
    r"will take over|has taken over|chairs|chaired|will chair|is chairing|presides over|presided over|took|takes) "
    r"(?:the )?(?:rotating |annual |current )*(?:(?P<org>O\d+) )?(?:chairmanship|presidency|chair)"
    r"(?: (?:of|in) (?:the )?(?P<org2>O\d+))?"
    r"|(?P<c2>C\d+) 's (?:rotating |current |annual )*(?:(?P<org3>O\d+) )?(?:chairmanship|presidency)"
    r"(?: (?:of|in) (?:the )?(?P<org4>O\d+))?"
    r"|(?:handed|passed|transferred) (?:over )?the (?:rotating )?(?:chairmanship|presidency) (?:of (?:the )?"
    r"(?P<org5>O\d+) )?to (?P<c3>C\d+)"
    r"|(?P<c4>C\d+) (?:is|was|will be) (?:the )?(?:current |rotating )*(?:chair|chairman|president) of (?:the )?"
    r"(?P<org6>O\d+)"
    r"|(?:under|during) (?P<c5>C\d+) 's (?:rotating |current |annual )*(?:(?P<org7>O\d+) )?(?:chairmanship|presidency)")


@dataclass
class MembershipFindings:
    memberships: list[MembershipFact]
    foundings: list[FoundingFact]
    chairmanships: list[ChairmanshipFact]


class MembershipReader:
    """Reads one article's sentences, keeping track of the organization it speaks of."""

    def __init__(self, file: str, text: str, lookup: Callable[[str], Entity | None], parents: dict[str, str],
                 resolve_date: Callable[[object, str], DateValue | None]):
        self.file = file
        self.text = text
        self.lookup = lookup
        self.parents = parents
        self.resolve_date = resolve_date
        self.topic: str | None = None
        self.memberships: list[MembershipFact] = []
        self.foundings: list[FoundingFact] = []
        self.chairmanships: list[ChairmanshipFact] = []
        self.founders: dict[str, tuple[list[str], DateValue | None]] = {}
        self.phrases: list = []

    # -- helpers

    def entity(self, view: SentenceView, placeholder: str | None) -> str | None:
        if not placeholder:
            return None
        return view.item(placeholder.split()[0]).entity

    def states(self, view: SentenceView, text: str | None) -> list[str]:
        return [view.item(w).entity for w in re.findall(r"C\d+", text or "")]

    def organization(self, view: SentenceView, match: re.Match, *groups: str) -> str | None:
        """The organization a match names; else one named in the same sentence; else the article's topic."""
        for group in groups:
            value = match.groupdict().get(group)
            if value and re.match(r"O\d+", value):
                return self.root(self.entity(view, value))
        for word in re.findall(r"O\d+", view.string):
            key = self.root(self.entity(view, word))
            if self.international(key):
                return key
        return self.topic

    def root(self, key: str | None) -> str | None:
        while key in self.parents:
            key = self.parents[key]
        return key

    def international(self, key: str | None) -> bool:
        entity = self.lookup(key) if key else None
        return entity is not None and entity.kind == "organization" and entity.country is None

    def evidence(self, view: SentenceView, start: int, end: int) -> Evidence:
        a = view.items[view.index_at(start)].start
        b = view.items[view.index_at(max(start, end - 1))].end
        return Evidence(file=self.file, start=a, end=b, exact=self.text[a:b])

    def date_in(self, view: SentenceView, start: int, end: int, tense: str = "held") -> DateValue | None:
        for word in re.findall(r"\bD\d+\b", view.string[start:end]):
            value = self.resolve_date(view.item(word).date, tense)
            if value is not None:
                return value
        return None

    # -- reading

    def read(self, view: SentenceView, clauses: list[tuple[int, int]], phrases: list) -> None:
        """One sentence, as a view, its clauses (character ranges of the view string) and event phrases."""
        self.phrases = phrases
        for start, end in clauses:
            self.read_clause(view, start, end)
            for word in re.findall(r"O\d+", view.string[start:end]):
                key = self.entity(view, word)
                while key in self.parents:
                    key = self.parents[key]
                if self.international(key):
                    self.topic = key

    def read_clause(self, view: SentenceView, start: int, end: int) -> None:
        s = view.string[:end]
        for pattern in (FOUNDED, FOUNDED_APPOSITION, FOUNDED_BY_STATES, FOUNDED_RELATIVE):
            for m in pattern.finditer(s[start:end] if pattern is FOUNDED_RELATIVE else s, 0 if pattern is
                                      FOUNDED_RELATIVE else start):
                self.founding(view, m, start, end, offset=start if pattern is FOUNDED_RELATIVE else 0)
        for m in FOUNDING_MEMBERS.finditer(s, start):
            org = self.organization(view, m, "org")
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, "founding_member", None, view, m)
        for pattern in (JOINED, BECAME, GRANTED, GAINED):
            for m in pattern.finditer(s, start):
                status = STATUS_WORDS.get(m.groupdict().get("as") or "member", "member")
                org = self.organization(view, m, "org", "org2")
                since = self.date_in(view, m.start(), end) or self.date_in(view, start, m.start())
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, org, status, since, view, m)
        for pattern in (IS_MEMBER, MEMBERS_NAMED):
            for m in pattern.finditer(s, start):
                if pattern is MEMBERS_NAMED and not (m.group("org2") or m.group("org")) and "states" not in (m.group("as") or "") \
                        and "countries" not in (m.group("as") or ""):
                    continue
                status = STATUS_WORDS.get(m.group("as"), "member")
                org = self.organization(view, m, "org2", "org")
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, org, status, None, view, m)
        for m in DECIDED.finditer(s, start):
            states = self.states(view, m.group("m") or m.group("m2") or m.group("m3") or m.group("m4"))
            event = re.search(r"\b(?:at|during) (E\d+)", view.string[m.end():end])
            org = self.topic
            if event:
                org = self.event_organizer(view, event.group(1)) or org
            for state in states:
                self.add_membership(state, org, "admission_decided", None, view, m)
        for m in LEFT.finditer(s, start):
            org = self.organization(view, m, "org")
            ended = self.date_in(view, m.start(), end)
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, "member", None, view, m, end=ended)
        for m in CHAIRS.finditer(s, start):
            chair = self.entity(view, m.group("c") or m.group("c2") or m.group("c3") or m.group("c4") or m.group("c5"))
            org = self.organization(view, m, "org", "org2", "org3", "org4", "org5", "org6", "org7")
            period = self.date_in(view, m.start(), end)
            if chair and org and self.international(org):
                self.chairmanships.append(ChairmanshipFact(
                    chair=chair, organization=org, start=period_start(period), end=period_end(period),
                    evidence=(self.evidence(view, m.start(), end),), sources=(self.file,)))

    def event_organizer(self, view: SentenceView, placeholder: str) -> str | None:
        key = self.phrases[view.item(placeholder).event].organizer
        while key in self.parents:
            key = self.parents[key]
        return key

    def founding(self, view: SentenceView, m: re.Match, start: int, end: int, offset: int = 0) -> None:
        """A founding statement; `offset` places a match made on the clause alone ("which was set up in
        2001", whose organization is the one just named) back in the sentence."""
        org = self.organization(view, m, "org")
        if not self.international(org):
            return
        rest = m.group("rest") if "rest" in m.groupdict() else ""
        rest_start = m.start("rest") + offset
        place_match = re.search(r"\bin (?:the )?(?:A\d+ (?:city|capital|town) of )?(L\d+)", rest)
        place = self.entity(view, place_match.group(1)) if place_match else None
        date = self.date_in(view, rest_start, rest_start + len(rest))
        founders = []
        if "founders" in m.groupdict() and m.group("founders"):
            founders = self.states(view, m.group("founders"))
        else:
            by = re.search(r"\bby (?:the )?(?:[a-z]+ )?(?:(?:founding )?(?:states|countries|nations|members) )?:? ?(" + STATES + ")", rest)
            if by:
                founders = self.states(view, by.group(1))
        self.foundings.append(FoundingFact(organization=org, founders=tuple(founders), place=place, date=date,
                                           evidence=(self.evidence(view, m.start() + offset, end),),
                                           sources=(self.file,)))
        known, when = self.founders.get(org, ([], None))
        self.founders[org] = (known + [f for f in founders if f not in known], when or date)
        for state in founders:
            self.add_membership(state, org, "founding_member", date, view, m, offset=offset)

    def add_membership(self, state: str | None, org: str | None, status: str, since: DateValue | None,
                       view: SentenceView, m: re.Match, end: DateValue | None = None, offset: int = 0) -> None:
        if not state or not org or not self.international(org) or state == org:
            return
        if status == "founding_member" and since is None:
            since = self.founders.get(org, ([], None))[1]
        self.memberships.append(MembershipFact(
            member=state, organization=org, status=status, start=since, end=end,
            evidence=(self.evidence(view, m.start() + offset, m.end() + offset),), sources=(self.file,)))

    def findings(self) -> MembershipFindings:
        # a founding date stated after the founders were named dates their founding membership too
        memberships = []
        for fact in self.memberships:
            if fact.status == "founding_member" and fact.start is None:
                when = self.founders.get(fact.organization, ([], None))[1]
                fact = fact.model_copy(update={"start": when})
            memberships.append(fact)
        return MembershipFindings(memberships, self.foundings, self.chairmanships)


def period_start(period: DateValue | None) -> DateValue | None:
    if period is None:
        return None
    return DateValue(start=period.start)


def period_end(period: DateValue | None) -> DateValue | None:
    if period is None or period.end is None:
        return None
    return DateValue(start=period.end)
