"""Many articles, one graph: the same entity or fact reported twice becomes one node.

Entities merge by key. Positions, memberships, foundings and chairmanships merge by what they
are about (holder, role and state; member, organization and status; ...). Events merge when
they agree on what identifies them: an organization's summit or ministerial by organization,
date and place (whoever else attends); a meeting, visit or ceremony by its people, date and
place. A meeting one article reports without a date ("earlier, Lavrov met Wang Yi") joins
the same people's meeting another article dates in the fortnight before it was published.

Each merged node's key follows from its content, and clusters are formed in a fixed order,
so the keys do not depend on the order in which the articles were read.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable

from kg.article_events import dates_agree, finer_date, finer_place, places_agree
from kg.candidates import FAMILY
from kg.ids import make_key, short_hash
from kg.models import (
    ArticleExtraction,
    ArticleMeta,
    ChairmanshipFact,
    Entity,
    EventFact,
    Facts,
    FoundingFact,
    KnowledgeBase,
    MembershipFact,
    PositionFact,
)

UNDATED_WINDOW = datetime.timedelta(days=14)
KIND_RANK = {"Meeting": 0, "OrgMeeting": 0, "BilateralMeeting": 1, "PhoneCall": 1, "Visit": 0, "StateVisit": 1,
             "MinisterialMeeting": 1, "Summit": 1, "Conference": 1, "Ceremony": 1, "Inauguration": 1}
MULTILATERAL = {"summit", "ministerial", "conference"}  # families identified by organization, date and place


def union(*groups: Iterable) -> tuple:
    """Items of several sequences, each once, in first-seen order."""
    return tuple(dict.fromkeys(item for group in groups for item in group))


# ---------------------------------------------------------------------------- simple facts


class Provenance:
    """The evidence and sources of merged facts, gathered per key and joined once at the end.

    Joining them at every merge step (union of the old tuple and the new one) is quadratic: a
    position that 10,000 articles attest would be rebuilt 10,000 times. A fact read once keeps
    its own tuples as they are; a fact read several times gets their union, in first-seen order.
    """

    def __init__(self) -> None:
        self.evidence: dict[str, list[tuple]] = {}
        self.sources: dict[str, list[tuple]] = {}

    def add(self, key: str, fact) -> None:
        self.evidence.setdefault(key, []).append(fact.evidence)
        self.sources.setdefault(key, []).append(fact.sources)

    def apply(self, key: str, fact):
        evidence, sources = self.evidence[key], self.sources[key]
        if len(evidence) == 1:
            return fact.model_copy(update={"evidence": evidence[0], "sources": sources[0]})
        return fact.model_copy(update={"evidence": union(*evidence), "sources": union(*sources)})


def merge_positions(facts: Iterable[PositionFact]) -> list[PositionFact]:
    merged: dict[str, PositionFact] = {}
    attested: dict[str, list[tuple]] = {}
    provenance = Provenance()
    for fact in facts:
        key = make_key("position", fact.holder.split("/")[-1], fact.role, fact.of.split("/")[-1])
        merged.setdefault(key, fact)
        attested.setdefault(key, []).append(fact.attested)
        provenance.add(key, fact)
    result = []
    for key, fact in merged.items():
        days = attested[key]
        update = {"key": key} if len(days) == 1 else {"key": key, "attested": tuple(sorted(set().union(*days)))}
        result.append(provenance.apply(key, fact.model_copy(update=update)))
    return result


def merge_memberships(facts: Iterable[MembershipFact]) -> list[MembershipFact]:
    merged: dict[str, MembershipFact] = {}
    provenance = Provenance()
    for fact in facts:
        key = make_key("membership", fact.member.split("/")[-1], fact.organization.split("/")[-1], fact.status)
        old = merged.get(key)
        provenance.add(key, fact)
        if old is None:
            merged[key] = fact.model_copy(update={"key": key})
            continue
        start = finer_date(old.start, fact.start) if dates_agree(old.start, fact.start) else old.start
        merged[key] = old.model_copy(update={
            "start": start, "end": old.end or fact.end, "decided_at": old.decided_at or fact.decided_at})
    return [provenance.apply(key, fact) for key, fact in merged.items()]


def merge_foundings(facts: Iterable[FoundingFact], places_of) -> list[FoundingFact]:
    merged: dict[str, FoundingFact] = {}
    provenance = Provenance()
    for fact in facts:
        key = make_key("founding", fact.organization.split("/")[-1])
        old = merged.get(key)
        provenance.add(key, fact)
        if old is None:
            merged[key] = fact.model_copy(update={"key": key})
            continue
        place = finer_place([old.place] if old.place else [], [fact.place] if fact.place else [], places_of)
        merged[key] = old.model_copy(update={
            "founders": union(old.founders, fact.founders), "date": finer_date(old.date, fact.date)
            if dates_agree(old.date, fact.date) else old.date, "place": place[0] if place else None})
    return [provenance.apply(key, fact) for key, fact in merged.items()]


def merge_chairmanships(facts: Iterable[ChairmanshipFact]) -> list[ChairmanshipFact]:
    """One term of one chair: reports whose starts lie within a year of each other ("India has held the
    presidency since December 1", "India's year at the head of the group" in 2023), or an undated
    report from an article that also dates it."""
    terms: list[ChairmanshipFact] = []
    sources: list[set[str]] = []  # every source of each term so far (the undated report's test)
    provenance = Provenance()
    # dated reports first: an undated one joins the term its own article dates, whatever else was read before
    for fact in sorted(facts, key=lambda f: (f.organization, f.chair, f.start is None, f.start.start if f.start else "")):
        same = None
        for index, old in enumerate(terms):
            if (old.organization, old.chair) != (fact.organization, fact.chair):
                continue
            if old.start and fact.start:
                close = abs((old.start.first_day() - fact.start.first_day()).days) < 366
            else:
                close = old.start is None and fact.start is None or bool(sources[index] & set(fact.sources))
            if close:
                same = index
                break
        if same is None:
            provenance.add(str(len(terms)), fact)
            terms.append(fact)
            sources.append(set(fact.sources))
            continue
        old = terms[same]
        provenance.add(str(same), fact)
        sources[same] |= set(fact.sources)
        start = old.start if (old.start and (not fact.start or old.start.first_day() <= fact.start.first_day())) \
            else fact.start
        terms[same] = old.model_copy(update={"start": start, "end": old.end or fact.end})
    merged = []
    for index, fact in enumerate(terms):
        fact = provenance.apply(str(index), fact)
        year = fact.start.start[:4] if fact.start else ""
        key = make_key("chairmanship", fact.organization.split("/")[-1], fact.chair.split("/")[-1], year)
        merged.append(fact.model_copy(update={"key": key}))
    return merged


# ---------------------------------------------------------------------------- events


class Cluster:
    """Reports of one event from one or more articles."""

    def __init__(self, event: EventFact, published: datetime.date | None):
        self.events = [event]
        self.published = [published]
        self.kind = event.kind
        self.participants = tuple(event.participants)
        self.place = event.place
        self.date = event.date
        self.organizer = event.organizer
        self.sources = set(event.sources)  # of every report so far (kept, not recomputed per comparison)
        self.same_as: Cluster | None = None  # the more precisely dated event a year-only one is

    @property
    def family(self) -> str:
        return FAMILY[self.kind]

    def people(self) -> set[str]:
        return {p for p in self.participants if p.startswith("person/")}

    def add(self, event: EventFact, published: datetime.date | None, places_of) -> None:
        self.events.append(event)
        self.published.append(published)
        self.sources.update(event.sources)
        if KIND_RANK[event.kind] > KIND_RANK[self.kind]:
            self.kind = event.kind
        self.participants = union(self.participants, event.participants)
        place = finer_place([self.place] if self.place else [], [event.place] if event.place else [], places_of)
        self.place = place[0] if place else None
        self.date = finer_date(self.date, event.date)
        self.organizer = self.organizer or event.organizer

    def reported_participants(self) -> tuple:
        """Who the event is told with. A plain visit is its visitor's: when one report adds the host who
        received him and another does not, the host is left to the meeting that report tells (the
        reports agree on the people they all name); a state visit keeps its host."""
        if self.kind != "Visit":
            return self.participants
        named = [{p for p in e.participants if p.startswith("person/")} for e in self.events]
        common = set.intersection(*[people for people in named if people]) if any(named) else set()
        if not common:
            return self.participants
        return tuple(p for p in self.participants if not p.startswith("person/") or p in common)

    def status(self) -> str:
        """What the latest report says (a summit planned in May is held by July)."""
        dated = sorted(zip(self.published, range(len(self.events))), key=lambda p: (p[0] or datetime.date.min, p[1]))
        return self.events[dated[-1][1]].status

    def year_only(self) -> bool:
        return self.date is not None and self.date.granularity == "year"

    def matches(self, event: EventFact, places_of) -> bool:
        """Whether a report is of this event, and told as precisely: a report that dates the event only
        to its year ("the SCO summit in Astana last year") is not merged into one that gives its month
        or day, but linked to it (`agrees`, `link_year_only_reports`). Merged, the event would carry a
        day that article never gave, and its report could not be read back as that article told it
        (the scorer cannot nest a day in a year alone)."""
        return self.agrees(event, places_of) and self.year_only() == (event.date.granularity == "year")

    def agrees(self, event: EventFact, places_of) -> bool:
        """Whether a report can be of this event: kind, date, place, organizer and people agree."""
        if FAMILY[event.kind] != self.family:
            return False
        if not self.sources.isdisjoint(event.sources):
            return False  # one article's events were told apart when it was read: they stay apart
        if not (self.date and event.date and dates_agree(self.date, event.date)):
            return False
        if not places_agree([self.place] if self.place else [], [event.place] if event.place else [], places_of):
            return False
        if self.family in MULTILATERAL:
            if self.organizer and event.organizer:
                return self.organizer == event.organizer
            return bool(self.place and event.place)
        # who takes part is part of what a meeting, visit or ceremony is (ONTOLOGY.md: kind,
        # participants, date, place): reports naming other people are other facts
        people = {p for p in event.participants if p.startswith("person/")}
        if self.family == "visit" and not (self.place and event.place):
            return False
        if self.family == "visit" and people and self.people() and (people <= self.people() or self.people() <= people):
            return True  # one report names the host who received the visitor, another does not
        return people == self.people() if people or self.people() else set(event.participants) == set(
            self.participants)


def blocking_keys(event: EventFact) -> list[tuple]:
    """Buckets an event is compared within: only events that share one can be the same."""
    family = FAMILY[event.kind]
    if family in MULTILATERAL:
        return [(family, event.organizer or event.place)]
    people = sorted(p for p in event.participants if p.startswith("person/"))
    if family in ("meeting", "call"):
        return [(family, tuple(people or sorted(event.participants)))]
    if family == "visit":
        return [(family, person) for person in people]
    return [(family, event.date.start[:7] if event.date else None)]


def cluster_events(extractions: list[ArticleExtraction], places_of) -> tuple[list[Cluster], dict[tuple, Cluster]]:
    """Clusters of event reports, and which cluster each (file, local key) went to."""
    clusters: list[Cluster] = []
    buckets: dict[tuple, list[Cluster]] = defaultdict(list)
    where: dict[tuple, Cluster] = {}
    undated: list[tuple[EventFact, ArticleMeta]] = []
    for extraction in sorted(extractions, key=lambda x: x.meta.file):
        for event in extraction.facts.events:
            if event.date is None:
                undated.append((event, extraction.meta))
                continue
            keys = blocking_keys(event)
            found = next((c for key in keys for c in buckets[key] if c.matches(event, places_of)), None)
            if found is None:
                found = Cluster(event, extraction.meta.published)
                clusters.append(found)
            else:
                found.add(event, extraction.meta.published, places_of)
            for key in keys:
                if found not in buckets[key]:
                    buckets[key].append(found)
            where[(extraction.meta.file, event.key)] = found
    for event, meta in undated:
        found = recent_meeting(event, meta, buckets)
        if found is None:
            found = Cluster(event, meta.published)
            clusters.append(found)
        else:
            found.add(event, meta.published, places_of)
        where[(meta.file, event.key)] = found
    link_year_only_reports(clusters, buckets, places_of)
    return clusters, where


def link_year_only_reports(clusters: list[Cluster], buckets: dict[tuple, list[Cluster]], places_of) -> None:
    """Each event reported only by its year points to the one more precisely dated event it agrees with
    (none when it agrees with several: "an SCO meeting in 2024" may be any of that year's)."""
    for cluster in clusters:
        cluster.same_as = None
        if not cluster.year_only():
            continue
        report = cluster.events[0]
        agreeing = {id(c): c for key in blocking_keys(report) for c in buckets[key]
                    if c is not cluster and not c.year_only() and c.agrees(report, places_of)}
        if len(agreeing) == 1:
            cluster.same_as = next(iter(agreeing.values()))


def recent_meeting(event: EventFact, meta: ArticleMeta, buckets) -> Cluster | None:
    """The dated meeting of the same people an undated, held report most likely means."""
    if FAMILY[event.kind] not in ("meeting", "call") or event.status != "held" or meta.published is None:
        return None
    candidates = [c for key in blocking_keys(event) for c in buckets[key]
                  if c.status() == "held" and c.people() == {p for p in event.participants if p.startswith("person/")}
                  and meta.published - UNDATED_WINDOW <= c.date.last_day() <= meta.published
                  and (event.place is None or c.place == event.place)]
    return max(candidates, key=lambda c: c.date.last_day(), default=None)


def event_key(cluster: Cluster) -> str:
    """A key from what identifies the event: organization, kind and year; or people, kind and date."""
    kind_word = {"Summit": "summit", "MinisterialMeeting": "ministerial", "Conference": "conference",
                 "BilateralMeeting": "meeting", "Meeting": "meeting", "PhoneCall": "call", "Visit": "visit",
                 "StateVisit": "state-visit", "Ceremony": "ceremony", "Inauguration": "inauguration"}[cluster.kind]
    date = str(cluster.date) if cluster.date else ""
    if cluster.family in MULTILATERAL:
        owner = (cluster.organizer or cluster.place or "").split("/")[-1]
        return make_key("event", owner, kind_word, date or short_hash(*sorted(e.key + f for e in cluster.events
                                                                              for f in e.sources)))
    people = sorted(p.split("/")[-1] for p in cluster.reported_participants() if p.startswith("person/")) or sorted(
        p.split("/")[-1] for p in cluster.reported_participants())
    place = cluster.place.split("/")[-1] if cluster.place and cluster.family == "visit" else ""
    if not date:
        first = cluster.events[0]
        date = short_hash(first.sources[0], *(f"{e.start}" for e in first.evidence))
    return make_key("event", kind_word, *people[:4], place, date)


def merge_events(extractions: list[ArticleExtraction], places_of) -> list[EventFact]:
    clusters, where = cluster_events(extractions, places_of)
    keys: dict[int, str] = {}
    taken: dict[str, int] = {}
    for cluster in sorted(clusters, key=lambda c: (event_key(c), sorted(f for e in c.events for f in e.sources))):
        key = event_key(cluster)
        if key in taken:
            taken[key] += 1
            key = f"{key}-{taken[key]}"
        else:
            taken[key] = 1
        keys[id(cluster)] = key
    merged = []
    for cluster in clusters:
        sidelines = [where.get((src, e.sidelines_of)) for e in cluster.events for src in e.sources[:1]
                     if e.sidelines_of]
        sidelines_key = next((keys[id(s)] for s in sidelines if s is not None and s is not cluster), None)
        first = cluster.events[0]
        merged.append(EventFact(
            kind=cluster.kind, participants=cluster.reported_participants(), place=cluster.place, date=cluster.date,
            status=cluster.status(), organizer=cluster.organizer,
            name=next((e.name for e in cluster.events if e.name), None) if first else None,
            sidelines_of=sidelines_key, key=keys[id(cluster)],
            same_as=keys[id(cluster.same_as)] if cluster.same_as else None,
            evidence=union(*(e.evidence for e in cluster.events)),
            sources=tuple(sorted(union(*(e.sources for e in cluster.events))))))
    return sorted(merged, key=lambda e: e.key)


# ---------------------------------------------------------------------------- the knowledge base


def merge(extractions: list[ArticleExtraction]) -> KnowledgeBase:
    """One knowledge base from the extractions of many articles."""
    entities: dict[str, Entity] = {}
    names: dict[str, tuple[str, ...]] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            entities.setdefault(entity.key, entity)
        for key, found in extraction.names.items():
            names[key] = union(names.get(key, ()), found)

    def places_of(key: str) -> Entity | None:
        return entities.get(key)

    facts = [x.facts for x in extractions]
    merged = Facts(
        events=tuple(merge_events(extractions, places_of)),
        memberships=tuple(sorted(merge_memberships(m for f in facts for m in f.memberships), key=lambda m: m.key)),
        foundings=tuple(sorted(merge_foundings((m for f in facts for m in f.foundings), places_of),
                               key=lambda m: m.key)),
        chairmanships=tuple(sorted(merge_chairmanships(m for f in facts for m in f.chairmanships),
                                   key=lambda m: m.key)),
        positions=tuple(sorted(merge_positions(m for f in facts for m in f.positions), key=lambda m: m.key)))
    return KnowledgeBase(
        articles=tuple(sorted((x.meta for x in extractions), key=lambda m: m.file)),
        article_texts={x.meta.file: x.text for x in extractions},
        article_mentions={x.meta.file: tuple(sorted({m.entity for m in x.mentions})) for x in extractions},
        entities=tuple(sorted(entities.values(), key=lambda e: e.key)),
        names=names,
        facts=merged)
