"""A candidate event: one mention of an event in one article, before mentions are merged."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.models import DateValue

PERSON_MEETINGS = {"Meeting", "BilateralMeeting", "PhoneCall"}
MULTILATERAL = {"Summit", "MinisterialMeeting", "OrgMeeting", "Conference"}
VISITS = {"Visit", "StateVisit"}
FAMILY = {"Meeting": "meeting", "BilateralMeeting": "meeting", "PhoneCall": "call", "Summit": "summit",
          "MinisterialMeeting": "ministerial", "OrgMeeting": "org", "Conference": "conference", "Visit": "visit",
          "StateVisit": "visit", "Ceremony": "ceremony", "Inauguration": "inauguration"}


@dataclass
class Candidate:
    """An event as one clause reports it, before the article's mentions of it are merged."""

    kind: str
    sentence: int
    paragraph: int
    spans: list[tuple[int, int]]
    participants: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    sat_in: list[str] = field(default_factory=list)  # "with only Lavrov and Tillerson in the room": present, not who met
    sidelines_days: list[DateValue] = field(default_factory=list)  # the dates of talks told on its sidelines
    places: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)  # the places as named, before several became a state
    date: DateValue | None = None
    date_in_phrase: bool = False
    day_of_sidelines: bool = False  # its phrase's day came in "on the sidelines of the ministerial on Monday"
    days: int | None = None  # "a two-day visit", "two days of talks"
    date_role: str | None = None  # the day said is its first ("opened on Monday": "start") or last ("closed": "end")
    status: str = "held"
    organizer: str | None = None
    parties: list[str] = field(default_factory=list)  # the two states of "the India-Russia annual summit"
    also_organizers: list[str] = field(default_factory=list)  # "the BRICS and SCO summits": another gathering each
    name: str = ""
    sidelines: "Candidate | None" = None
    sidelines_named: bool = False  # its clause named the gathering: "on the sidelines of the G20 ministerial"
    part_of: "Candidate | None" = None  # "the expanded session of the summit"
    apart_from: list["Candidate"] = field(default_factory=list)  # "the talks took place ahead of the session"
    eve_of: "Candidate | None" = None  # "On the eve of the summit, Putin met Erdogan": the day before it
    other_than: list["Candidate"] = field(default_factory=list)  # "a summit with the GCC and the China-Arab summit"
    definite: bool = False
    caption: bool = False  # read from a photo caption, which shows the article's main news
    restated: bool = False  # its city told by another name for it ("bills the Pretoria session as the second meeting")
    sequence: bool = False
    told_before: bool = False  # in the past perfect: background to the story, not a step of it ("had travelled")
    agreed_before: bool = False  # "the two had agreed to meet in Vietnam": a plan told after it may have been kept
    of_others: bool = False  # "the next round of talks between the senior commanders": not the named people's
    ends_on: DateValue | None = None  # "The summit ends on Friday": its last day, to date it from its first
    told_as_margin: bool = False  # "met in New York on the margins of the UN General Assembly": the gathering hosting it
    ends_with: "Candidate | None" = None  # "the summit capped a two-day state visit": the visit's last day is its
    recalled: bool = False  # "his first trip to Vietnam since 2017": an earlier visit, told only by its date
    previous: bool = False  # "the two last met in ...": the meeting before the one the article reports
    again: bool = False  # "the leaders met again weeks later": another meeting of people met before
    has_sidelines: bool = False  # something was told on its sidelines: a gathering, not two people's talks
    during_stay: bool = False  # "during his stay, Blinken was to hold talks with Qin": within the trip reported
    # "The official's trip comes a week after Xi's state visit": (the trip, 1, "week", "after"), dated from it
    counted_from: "tuple[Candidate, int, str, str] | None" = None
    explicit_status: bool = False
    planned_then: bool = False  # a plan told in the past tense ("was due in Beijing from April 13"): a plan however old
    settled: bool = False  # a clause has decided its status and date
    merged_into: "Candidate | None" = None  # the earlier mention this one turned out to be
    later_sentences: list[int] = field(default_factory=list)  # of the later mentions merged into this one

    def current(self) -> "Candidate":
        """The candidate this one was merged into, if it was."""
        found = self
        while found.merged_into is not None:
            found = found.merged_into
        return found

    @property
    def family(self) -> str:
        return FAMILY[self.kind]

    def add_people(self, people: list[str]) -> None:
        for person in people:
            if person and person not in self.participants:
                self.participants.append(person)

    def add_hosts(self, people: list[str]) -> None:
        self.hosts += [person for person in people if person not in self.hosts]


def copy_of(candidate: Candidate, **changes) -> Candidate:
    """Another candidate like this one, with the changes given and lists of its own (not shared with it)."""
    copy = replace(candidate, **changes)
    for name, value in vars(copy).items():
        if isinstance(value, list):
            setattr(copy, name, list(value))
    return copy


def one_per_organizer(candidate: Candidate) -> list[Candidate]:
    """"Ufa hosted the BRICS and SCO summits in July": two gatherings, told by one phrase and one clause,
    with the same days, place and people; each is then merged with the later mentions of its own."""
    if not candidate.also_organizers:
        return [candidate]
    copies = [candidate]
    for organizer in candidate.also_organizers:
        copies.append(copy_of(candidate, organizer=organizer, also_organizers=[]))
    candidate.also_organizers = []
    return copies
