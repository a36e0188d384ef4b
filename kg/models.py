"""The records that pass between the stages of the pipeline.

Every stage is a function from these records to these records; nothing here knows RDF.
Entities and facts refer to each other by *keys* ("person/sergey-lavrov"), which
`kg.ids` turns into IRIs at the very end, so that the extractor never depends on the base
URI a graph will be served under.
"""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityKind = Literal["person", "country", "organization", "place", "city"]
EventKind = Literal[
    "Meeting", "BilateralMeeting", "MinisterialMeeting", "Summit", "PhoneCall",
    "Visit", "StateVisit", "Ceremony", "Inauguration", "Conference",
]
EventStatus = Literal["held", "planned", "cancelled"]
MembershipStatus = Literal["member", "founding_member", "observer", "dialogue_partner", "admission_decided"]
SentenceRole = Literal["body", "headline", "caption", "bullet", "link"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DateValue(Record):
    """A calendar date as precise as the text allows: "2025", "2025-07" or "2025-07-14",
    with an end only for a span ("2025-07-14" to "2025-07-15")."""

    start: str
    end: str | None = None

    @property
    def granularity(self) -> Literal["year", "month", "day"]:
        return {4: "year", 7: "month", 10: "day"}[len(self.start)]

    def first_day(self) -> datetime.date:
        parts = [int(p) for p in self.start.split("-")] + [1, 1]
        return datetime.date(parts[0], parts[1], parts[2])

    def last_day(self) -> datetime.date:
        text = self.end or self.start
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 3:
            return datetime.date(*parts)
        if len(parts) == 2:
            following = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return following - datetime.timedelta(days=1)
        return datetime.date(parts[0], 12, 31)

    def __str__(self) -> str:
        return f"{self.start}/{self.end}" if self.end else self.start


class Problem(Record):
    """Something wrong with one input; `skipped` when the article could not be used at all."""

    source: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class ArticleMeta(Record):
    file: str
    url: str | None = None
    publisher: str | None = None
    published: datetime.date | None = None
    published_from: Literal["manifest", "header", "dateline"] | None = None
    headline: str | None = None
    lead: str | None = None  # the first words of the text, to name an article that has no headline


class Sentence(Record):
    """A sentence (or a heading line) with its character offsets into the original text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    role: SentenceRole = "body"


class Span(Record):
    start: int
    end: int
    text: str


class Article(Record):
    meta: ArticleMeta
    text: str
    sentences: list[Sentence]
    dateline: Span | None = None
    dropped: list[Span] = Field(default_factory=list)


class Entity(Record):
    key: str
    kind: EntityKind
    label: str
    wikidata: str | None = None
    country: str | None = None  # for a city: the key of its country; for a body: its state


class Mention(Record):
    """A place in the text that names (or describes) an entity."""

    entity: str
    start: int
    end: int
    text: str
    sentence: int
    how: Literal["name", "adjective", "description", "pronoun", "dateline"] = "name"


class Evidence(Record):
    file: str
    start: int
    end: int
    exact: str


class EventFact(Record):
    kind: EventKind
    participants: tuple[str, ...] = ()
    place: str | None = None
    date: DateValue | None = None
    status: EventStatus = "held"
    organizer: str | None = None
    name: str | None = None  # what the text calls it, e.g. "Council of Foreign Ministers"
    sidelines_of: str | None = None  # key of the larger event
    same_as: str | None = None  # key of the event other articles date more precisely than this year-only report
    key: str = ""
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[str, ...] = ()


class MembershipFact(Record):
    member: str
    organization: str
    status: MembershipStatus
    start: DateValue | None = None
    end: DateValue | None = None
    decided_at: str | None = None  # key of the event where an admission was decided
    key: str = ""
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[str, ...] = ()


class FoundingFact(Record):
    organization: str
    founders: tuple[str, ...] = ()
    place: str | None = None
    date: DateValue | None = None
    key: str = ""
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[str, ...] = ()


class ChairmanshipFact(Record):
    chair: str
    organization: str
    start: DateValue | None = None
    end: DateValue | None = None
    key: str = ""
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[str, ...] = ()


class PositionFact(Record):
    holder: str
    role: str  # canonical label, e.g. "Foreign Minister"
    of: str
    attested: tuple[datetime.date, ...] = ()
    key: str = ""
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[str, ...] = ()


class Facts(Record):
    events: tuple[EventFact, ...] = ()
    memberships: tuple[MembershipFact, ...] = ()
    foundings: tuple[FoundingFact, ...] = ()
    chairmanships: tuple[ChairmanshipFact, ...] = ()
    positions: tuple[PositionFact, ...] = ()

    def count(self) -> int:
        return (len(self.events) + len(self.memberships) + len(self.foundings)
                + len(self.chairmanships) + len(self.positions))


class ArticleExtraction(Record):
    """Everything read from one article: what it mentions and what it states."""

    meta: ArticleMeta
    text: str = ""  # the article as it was read (evidence offsets point into it)
    entities: tuple[Entity, ...] = ()  # every entity the article mentions
    names: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # entity key -> names used
    mentions: tuple[Mention, ...] = ()
    facts: Facts = Facts()


class KnowledgeBase(Record):
    """The merged result of a build: one node per entity and per fact, with all sources."""

    articles: tuple[ArticleMeta, ...] = ()
    article_texts: dict[str, str] = Field(default_factory=dict)  # file -> text
    article_mentions: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # file -> entity keys
    entities: tuple[Entity, ...] = ()
    names: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    facts: Facts = Facts()
