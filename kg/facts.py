"""From one article to what it states: events, memberships, foundings, chairmanships, positions.

The stages in order: names and descriptions (kg.entities), then each sentence as a view
(kg.view) read for events (kg.events) and memberships (kg.memberships), then the article's
events put together (kg.article_events). Headlines and bullet summaries give names and
titles but no events: their tense ("Xi pledges", "to meet again") is not the events' (a bullet
written as a full sentence, as background lists are, is read like the body).
"""

from __future__ import annotations

import dataclasses
import difflib
import re

from kg.article_events import Offices, assemble_events
from kg.candidates import one_per_organizer
from kg.entities import EntityFindings, find_entities
from kg.events import ArticleReader, SentenceReader
from kg.ids import make_key
from kg.memberships import MembershipReader
from kg.models import (
    Article,
    ArticleExtraction,
    ChairmanshipFact,
    DateValue,
    Evidence,
    Facts,
    PositionFact,
)
from kg.quotes import quote_contexts
from kg.reference import Reference, load_reference
from kg.titles import Title
from kg.view import SentenceView

FACT_ROLES = ("body", "caption")


def background_bullet(text: str, role: str) -> bool:
    """A bullet written as a sentence ("- China and Kazakhstan established diplomatic relations on January 3,
    1992.") states a fact; the bullets of key points and related links are headlines ("- Li Keqiang arrives in
    Zhengzhou for SCO meeting"): no full stop. The items of a readout's list of topics end with a semicolon
    ("- coordination within BRICS, which is chaired by India this year;") and state facts as well."""
    return role == "bullet" and text.rstrip().endswith((".", ";")) and len(text.split()) >= 6


def positions(titles: list[Title], article: Article) -> list[PositionFact]:
    """One position per (person, office, state) the article attests, with every phrase that does."""
    found: dict[tuple[str, str, str], list[Title]] = {}
    for title in titles:
        if title.attests and title.of:
            found.setdefault((title.person, title.role, title.of), []).append(title)
    facts = []
    for (person, role, of), attesting in found.items():
        spans = sorted({(t.start, t.end) for t in attesting})
        facts.append(PositionFact(
            holder=person, role=role, of=of,
            attested=(article.meta.published,) if article.meta.published else (),
            evidence=tuple(Evidence(file=article.meta.file, start=a, end=b, exact=article.text[a:b])
                           for a, b in spans),
            sources=(article.meta.file,)))
    return facts


def role_spellings(facts: list[PositionFact], ref: Reference) -> dict[str, list[str]]:
    """The names of each office the article states: the spellings it uses ("State Councillor" for State
    Councilor, "Defense Minister"), then the other words the dictionary knows for it ("Secretary of Defense",
    "Defence Secretary"), as a vocabulary's aliases, so that the office is found under any of them."""
    found: dict[str, list[str]] = {}
    for fact in facts:
        names = found.setdefault(make_key("role", fact.role), [])
        spellings = {" ".join(words) for words, role in ref.roles.items() if role.label == fact.role}
        for evidence in fact.evidence:
            for spelling in spellings:
                match = re.search(r"\b" + re.escape(spelling) + r"\b", evidence.exact, re.IGNORECASE)
                if not match or match.group(0).casefold() == fact.role.casefold():
                    continue
                written = match.group(0)
                if len(written.split()) == len(fact.role.split()) and \
                        difflib.SequenceMatcher(None, written.casefold(), fact.role.casefold()).ratio() >= 0.85:
                    if written not in names:
                        names.append(written)
        for name in ref.role_names.get(fact.role, []):
            if name.casefold() != fact.role.casefold() and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return {key: names for key, names in found.items() if names}


def organizer_by_statement(reader: SentenceReader, organizations: list[str]) -> None:
    """"China took over the SCO's rotating presidency at the Astana summit"; "India and Pakistan joined the
    SCO at the Astana summit": a gathering the sentence names by its city alone, where a body's membership
    or chair changed, is that body's (and "Brazil will take over the chair and host the sixth summit": the one the
    new chair hosts)."""
    if len(set(organizations)) != 1:
        return
    for found in re.finditer(r"\b(?:at|during|host|hosts|hosted|hosting) (?:the |its |their )?(E\d+)", reader.view.string):
        index = reader.view.item(found.group(1)).event
        candidate = reader.candidates.get(index)
        if candidate is not None and candidate.organizer is None and candidate.kind in ("Summit", "MinisterialMeeting") \
                and not reader.phrases[index].parties:
            candidate.organizer = organizations[0]


def dated_by_chair(reader: SentenceReader, chairs: list[ChairmanshipFact]) -> None:
    """"South Africa takes over in 2018 and will host the tenth summit"; "India holds the chairmanship this
    year and is due to host the next summit"; "Laos, which will host the eleventh summit": a rotating chair hosts
    the summit that ends its term, so a gathering the chair hosts, told with no date of its own, is in the last
    year of the term the same sentence gives, unless the clause dates it itself. The host is the clause's subject
    (the first state after a semicolon: not "from Tajikistan" it took over from) or the state a "which" follows."""
    dated = [chair for chair in chairs if chair.start or chair.end]
    if not dated:
        return
    view = reader.view
    for found in re.finditer(r"\b(?:host|hosts|hosted|hosting) (?:the |its |their |(?:the )?\w+ 's )?(E\d+)", view.string):
        candidate = reader.candidates.get(view.item(found.group(1)).event)
        if candidate is None or candidate.date is not None or candidate.kind not in ("Summit", "MinisterialMeeting"):
            continue
        if re.search(r"\bD\d+\b", view.string[found.end():].split(" ; ", 1)[0]):
            continue  # "hosted the 12th summit by video conference in November": its own date, read later
        before = view.string[:found.start()]
        relative = re.search(r"\b(C\d+) , which (?:\w+ ){0,3}$", before)
        clause = before.rsplit(" ; ", 1)[-1]
        subject = relative.group(1) if relative else next(iter(re.findall(r"\bC\d+\b", clause)), None)
        if subject is None:
            continue
        term = next((chair for chair in dated if chair.chair == view.item(subject).entity
                     and candidate.organizer in (None, chair.organization)), None)
        if term is not None:
            candidate.date = DateValue(start=(term.end or term.start).start[:4])


def extract(article: Article, ref: Reference | None = None) -> ArticleExtraction:
    """Everything one article names and states."""
    ref = ref or load_reference()
    findings: EntityFindings = find_entities(article, ref)

    def lookup(key):
        return ref.entities.get(key) or findings.entities.get(key)

    # "received Lavrov at the Great Hall of the People": the landmark is named, the talks were in its city
    items = [[dataclasses.replace(item, entity=ref.landmark_city[item.entity]) if item.entity in ref.landmark_city
              else item for item in sentence] for sentence in findings.items]
    findings = dataclasses.replace(findings, items=items)
    quotes = quote_contexts(article, findings.items)
    reader = ArticleReader(article, findings.items, ref, lookup, findings.titles, quotes)
    reader.dateline = findings.dateline.entity if findings.dateline else None
    offices = Offices(ref, findings.titles, article.meta.published, named={m.entity for m in findings.mentions})
    # "a permanent member of the UN Security Council" is a member of the council, not only of the UN
    membership_parents = {body: org for body, org in ref.parents.items() if body not in ref.member_bodies}
    members = MembershipReader(article.meta.file, article.text, lookup, membership_parents, reader.resolve_date,
                               capitals=ref.capitals, person_state=offices.state_of)
    lead_read = False
    headline_bodies = 0  # organizations the headline names
    for sentence in article.sentences:
        if sentence.role == "headline":
            # what the article is about: its headline's organization counts for "the bloc" twice over
            headline = SentenceView(findings.items[sentence.index], lookup)
            for _ in range(2):
                reader.note_organizations(headline)
            members.note_headline(headline)
            headline_bodies += len(re.findall(r"\bO\d+\b", headline.string))
        if sentence.role not in FACT_ROLES and not background_bullet(sentence.text, sentence.role):
            continue
        if sentence.role == "body" and not lead_read:
            lead_read = True
            if headline_bodies == 0 and any(other.role == "headline" for other in article.sentences):
                # a headline that names no organization ("Erdogan works the room in Astana"): the lead names it
                members.note_headline(SentenceView(findings.items[sentence.index], lookup))
        sentence_reader = SentenceReader(reader, sentence.index, findings.items[sentence.index])
        reader.candidates.extend(sentence_reader.read())
        clauses = [sentence_reader.clause_range(c) for c in sentence_reader.clauses if not c.is_report_frame]
        told = (len(members.memberships), len(members.chairmanships))
        members.read(sentence_reader.view, clauses, sentence_reader.phrases)
        organizer_by_statement(sentence_reader, [f.organization for f in members.memberships[told[0]:]
                                                 + members.chairmanships[told[1]:]])
        dated_by_chair(sentence_reader, members.chairmanships[told[1]:])

    reader.date_by_the_lead()
    # a caption's "the summit" is a later mention of what the body reports
    for candidate in reader.candidates:
        candidate.caption = article.sentences[candidate.sentence].role == "caption"
    reader.candidates.sort(key=lambda c: c.caption)
    # (a capital dateline: where a visit to that state is reported from, and where its talks are held)
    capital = reader.dateline if reader.dateline in reader.ref.capitals else None
    reader.candidates = [one for candidate in reader.candidates for one in one_per_organizer(candidate)]
    events = assemble_events(reader.candidates, article.meta.file, article.text, lookup, offices, capital)
    membership = members.findings()
    facts = Facts(events=tuple(events), memberships=tuple(membership.memberships),
                  foundings=tuple(membership.foundings), chairmanships=tuple(membership.chairmanships),
                  positions=tuple(positions(findings.titles, article)))
    keys = {m.entity for m in findings.mentions}
    keys |= {k for e in events for k in (*e.participants, e.place, e.organizer) if k}
    keys |= {k for m in membership.memberships for k in (m.member, m.organization)}
    keys |= {k for f in membership.foundings for k in (f.organization, f.place, *f.founders) if k}
    keys |= {k for c in membership.chairmanships for k in (c.chair, c.organization)}
    keys |= {k for p in facts.positions for k in (p.holder, p.of)}
    entities = tuple(sorted((lookup(k) for k in keys if lookup(k)), key=lambda e: e.key))
    return ArticleExtraction(
        meta=article.meta, text=article.text, entities=entities,
        names={k: tuple(v) for k, v in {**findings.names, **role_spellings(list(facts.positions), ref)}.items()},
        mentions=tuple(findings.mentions), facts=facts)
