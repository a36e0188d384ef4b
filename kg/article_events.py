"""One article's events, from its candidates: coreference, dating, kinds, and what is kept.

A definite mention ("the Tianjin meeting", "his visit to North Korea", "the talks in Beijing")
or a second report of the same meeting adds to the event first reported; each event is kept
once. Dates travel only along the text's own links (sidelines, "after that", a visit and its
program), never from the publication date. An event is kept when the article says enough to
tell it from others: two people for a meeting, a visitor and where or when for a visit, an
organization, place or date for a summit.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from kg.candidates import MULTILATERAL, PERSON_MEETINGS, Candidate
from kg.dates import counted_from, spread
from kg.descriptions import LEADER_KINDS
from kg.eventphrases import ORDINALS
from kg.models import DateValue, Entity, EventFact, Evidence
from kg.reference import Reference
from kg.titles import Title

Lookup = Callable[[str], Entity | None]


class Offices:
    """Who holds what, as the article says it, else as the dictionary does on the article's date."""

    def __init__(self, ref: Reference, titles: list[Title], published: datetime.date | None,
                 named: set[str] | None = None):
        self.ref = ref
        self.titles = titles
        self.published = published
        self.named = named  # the people the article names: a host it never names is not reported

    def kinds(self, person: str) -> set[str]:
        found = {t.kind for t in self.titles if t.person == person and t.attests}
        found |= {o.kind for o in self.ref.offices_held(person, self.published)} if self.published else set()
        return found

    def is_leader(self, person: str) -> bool:
        if self.kinds(person) & LEADER_KINDS:
            return True
        return bool(self.published) and any(o.leader for o in self.ref.offices_held(person, self.published))

    def is_foreign_minister(self, person: str) -> bool:
        return "foreign_minister" in self.kinds(person)

    def state_of(self, person: str | None) -> str | None:
        """The state a person serves, as the article titles them, else as the dictionary has it."""
        for title in reversed(self.titles):
            if title.person == person and title.of and title.of.startswith("country/"):
                return title.of
        if person and self.published:
            held = {o.of for o in self.ref.offices_held(person, self.published) if o.of.startswith("country/")}
            if len(held) == 1:
                return held.pop()
        return None

    def leader(self, country: str) -> str | None:
        """Who leads a state: the leader the article titles, else the dictionary's, if the article names him."""
        for title in reversed(self.titles):
            if title.of == country and title.kind in LEADER_KINDS and title.attests:
                return title.person
        people = self.ref.holders("", country, self.published, leader=True) if self.published else []
        if len(people) != 1 or (self.named is not None and people[0] not in self.named):
            return None
        return people[0]

    def head_of_state(self, country: str, day: datetime.date | None = None) -> str | None:
        """Who headed a state on a day (the event's, else the article's)."""
        day = day or self.published
        for title in reversed(self.titles):
            if title.of == country and title.kind == "head_of_state" and title.attests and (
                    self.published is None or day is None or abs((day - self.published).days) <= 60):
                return title.person
        if day is None:
            return None
        people = self.ref.holders("head_of_state", country, day)
        if len(people) != 1 or (self.named is not None and people[0] not in self.named):
            return None
        return people[0]


# ---------------------------------------------------------------------------- places and dates


def is_region(key: str, lookup: Lookup) -> bool:
    entity = lookup(key)
    return entity is not None and entity.kind == "place" and entity.country is None


def within(inner: str, outer: str, lookup: Lookup) -> bool:
    """A city or territory lies in a state (one level of containment is all the dictionary has)."""
    entity = lookup(inner)
    return entity is not None and entity.country == outer


def places_agree(a: list[str], b: list[str], lookup: Lookup) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    return x == y or within(x, y, lookup) or within(y, x, lookup)


def finer_place(a: list[str], b: list[str], lookup: Lookup) -> list[str]:
    if not a:
        return list(b)
    if not b:
        return list(a)
    return list(b) if within(b[0], a[0], lookup) else list(a)


def dates_agree(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    return (a.first_day() <= b.first_day() and b.last_day() <= a.last_day()) or (
        b.first_day() <= a.first_day() and a.last_day() <= b.last_day())


def finer_date(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    """Of two agreeing dates, the more precise; of two equally precise, the span."""
    if a is None or b is None:
        return a or b
    rank = {"year": 0, "month": 1, "day": 2}
    if rank[b.granularity] != rank[a.granularity]:
        return b if rank[b.granularity] > rank[a.granularity] else a
    return b if (b.last_day() - b.first_day()) > (a.last_day() - a.first_day()) else a


def month_of(date: DateValue | None) -> DateValue | None:
    """The month a date or span lies in, or None when it is a year or crosses months."""
    if date is None or date.granularity == "year":
        return None
    first, last = date.first_day(), date.last_day()
    if (first.year, first.month) != (last.year, last.month):
        return None
    return DateValue(start=f"{first.year}-{first.month:02d}")


# ---------------------------------------------------------------------------- coreference


MEETINGISH = {"meeting", "call", "ministerial", "org", "conference", "summit"}


def of_its_own_format(candidate: Candidate) -> bool:
    """"the three-way meeting", "a trilateral session": a format of its own, not the summit it is held beside."""
    return bool(re.search(r"\b(?:three-way|four-way|trilateral|quadrilateral)\b", candidate.name.lower()))


def families_agree(a: Candidate, b: Candidate) -> bool:
    if a.family == b.family:
        return True
    pair = {a.family, b.family}
    if pair <= {"summit", "org"} or pair <= {"ministerial", "org"}:
        return True
    if a.kind == "Meeting" and b.family == "summit" and b.definite and b.sentence > a.sentence \
            and re.fullmatch(r"the summit", b.name.lower()) and not of_its_own_format(a) \
            and len([p for p in a.participants if p.startswith("person/")]) > 2:
        return True  # six presidents "signed a declaration" ... "Jiang, who hosted the summit": their meeting
    if told_at_the_gathering(a, b):
        return True
    for summit, meeting in ((a, b), (b, a)):
        if summit.family == "summit" and summit.parties and not summit.organizer and meeting.family == "meeting" \
                and summit.date is not None and summit.date == meeting.date and summit.date.granularity == "day" \
                and summit.sentence == meeting.sentence:
            # "The 21st India-Russia Annual Summit took place in New Delhi on 6 December 2021, when the Prime Minister
            # received President Putin": the two states' summit is their leaders' meeting that day
            return True
    # a bare "the meeting" / "the Tianjin meeting" may name any meeting the article reported
    for reference, other in ((a, b), (b, a)):
        bare = re.fullmatch(r"the (?:[a-z0-9]+-day )?(?:meeting|talks|gathering|session)", reference.name.lower())
        # (once it is two people's talks, "the talks" is not also a summit mentioned later)
        paired = len([p for p in reference.participants if p.startswith("person/")]) >= 2
        if reference.family == "meeting" and reference.definite and (not paired or bare) \
                and other.family in (MEETINGISH if not paired else ("meeting", "call")) \
                and "summit" not in reference.name.lower():
            return True
    return False


def another_of_the_series(earlier: Candidate, later: Candidate) -> bool:
    """"The second summit in Brasilia" after "a summit of the SCO" that has neither place nor date: a
    summit numbered in its series, told with its own place or date, is not the one mentioned before."""
    number = re.search(r"\b(?:" + ORDINALS + r")\b", later.name.lower())
    return bool(number) and bool(later.places or later.date) and not (earlier.places or earlier.date) \
        and number.group(0) not in earlier.name.lower()


def told_at_the_gathering(earlier: Candidate, later: Candidate) -> bool:
    """A meeting of three or more leaders that is the summit just told: "The leaders also signed a
    convention" (those who were at it), or "Yoon hosted Li and Kishida" in the sentence after "the
    leaders met in Seoul for their summit" (undated, of the same status). Merged as a mention, it is
    not there to take in the talks of two of them told next."""
    people = {p for p in later.participants if p.startswith("person/")}
    if earlier.family != "summit" or later.kind != "Meeting" or later.sentence <= earlier.sentence \
            or len(people) < 3 or later.again:
        return False
    if of_its_own_format(later) and not of_its_own_format(earlier):
        return False  # "on the sidelines of an SCO summit ... Xi chaired the three-way meeting": a format of its own
    if later.definite and people <= set(earlier.participants):
        return True
    return later.date is None and later.status == earlier.status and later.sentence - earlier.sentence == 1


PART_OF_GATHERING = re.compile(r"\b(?:expanded|enlarged|extended|plenary|opening|closing|outreach|restricted|"
                               r"narrow-format|narrow format)\b", re.IGNORECASE)


BARE_MENTION = re.compile(r"(?:the|this|that|its|their) (?:meeting|summit|session|talks|gathering|conference|forum|"
                          r"ministerial|event)")
HEADS_OF_GOVERNMENT = re.compile(r"\bheads? of government\b|\bprime ministers\b", re.IGNORECASE)
ANOTHER_OF_A_SERIES = re.compile(r"(?:(?:last|next|this|that) (?:year|month|week) ?'s|(?:the|their|his|her|its|[\w-]+ ?'s) "
                                 r"(?:previous|next|last|following|preceding) )", re.IGNORECASE)


# "a session of the bloc's foreign ministers" is not "a meeting of SCO defence ministers" in the same city
PORTFOLIO = re.compile(r"\b(foreign|defen[cs]e|finance|trade|economy|economic|energy|agriculture|health|interior|justice|"
                       r"transport|culture|education|security|environment)(?: and [a-z]+)? ministers?\b", re.IGNORECASE)


SECURITY_COUNCILS = re.compile(r"\b(?:security council secretar(?:y|ies)|national security advis[eo]rs?)\b", re.IGNORECASE)


def portfolios(candidate: Candidate) -> set[str]:
    found = {m.group(1).lower().replace("defense", "defence").replace("economic", "economy")
             for m in PORTFOLIO.finditer(candidate.name)}
    return found | ({"security council"} if SECURITY_COUNCILS.search(candidate.name) else set())


def same_event(earlier: Candidate, later: Candidate, lookup: Lookup,
               published: datetime.date | None = None) -> bool:
    if not families_agree(earlier, later):
        return False
    if of_its_own_format(later) and not of_its_own_format(earlier) and earlier.family in ("summit", "org", "ministerial") \
            or of_its_own_format(earlier) and not of_its_own_format(later) and later.organizer:
        return False  # "an SCO summit ... before the trilateral session": a format met beside it
    for undated, dated in ((earlier, later), (later, earlier)):
        if undated.date is None and undated.sidelines_days and dated.date is not None \
                and not any(dates_agree(day, dated.date) for day in undated.sidelines_days):
            # "talks on Friday on the sidelines of a meeting of SCO defence ministers" is not the gathering "a year
            # ago ... in April": its own talks date it, though it says no date itself
            return False
        gathering = undated.sidelines.current() if undated.sidelines is not None else None
        if undated.date is None and dated.date is not None and gathering is not None and undated.sidelines_named \
                and not dates_agree(gathering.date, dated.date):
            # "held talks on Wednesday. The two met on the sidelines of the G20 ministerial in New Delhi in March": the
            # gathering dates the talks on its sidelines, another month
            return False
    if portfolios(earlier) and portfolios(later) and not portfolios(earlier) & portfolios(later):
        return False
    if later.previous and later.date is None and earlier.date is not None and earlier.status == "held" \
            and earlier.sentence < later.sentence and published is not None \
            and (published - earlier.date.last_day()).days <= 7:
        return False  # "held talks on Wednesday. The two last met in New Delhi": an earlier meeting
    if earlier.recalled != later.recalled and (earlier.date is None or later.date is None):
        return False  # "landed in Hanoi" is not the trip "since 2017" recalls
    if earlier.sidelines is later or later.sidelines is earlier:
        return False  # "held talks with Lavrov on the sidelines of the meeting": the meeting is another event
    if earlier in later.other_than or later in earlier.other_than:
        return False  # "attended a summit with the GCC leaders and the first China-Arab States Summit": two
    if any(x is earlier or (x.definite and x.family == earlier.family and not x.participants and not x.places)
           for x in later.apart_from) or later in earlier.apart_from:
        return False  # "Before the talks, he held a meeting with the prime minister": not those talks
    for gathering, other in ((earlier, later), (later, earlier)):
        if gathering.has_sidelines and other.family in ("meeting", "call") and \
                len([p for p in other.participants if p.startswith("person/")]) >= 2:
            return False  # "the meeting" with talks on its sidelines is a gathering, not Xi's talks with Lavrov
    if (earlier.of_others and later.participants) or (later.of_others and earlier.participants):
        return False  # "the next round of talks between the senior commanders" is not the ministers' sit-down
    if published is not None and {earlier.status, later.status} == {"planned", "held"}:
        held = earlier if earlier.status == "held" else later
        if held.date is not None and (published - held.date.last_day()).days > 31:
            return False  # what is still to come is not what happened long before
        planned = later if held is earlier else earlier
        if planned.date is None and not planned.participants and held.family in ("meeting", "call") \
                and held.date is not None and held.date.last_day() < published:
            return False  # "looked forward to the next round of talks" is not "He met Lavrov on Thursday"
    if bool(PART_OF_GATHERING.search(earlier.name)) != bool(PART_OF_GATHERING.search(later.name)) and \
            {earlier.family, later.family} <= {"summit", "org", "ministerial"}:
        return False  # the expanded session of a summit is a part of it, reported apart
    if earlier.organizer and later.organizer and earlier.organizer != later.organizer:
        return False
    ordinals = [re.findall(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
                           c.name.lower()) for c in (earlier, later)]
    if ordinals[0] and ordinals[1] and not set(ordinals[0]) & set(ordinals[1]) \
            and {earlier.family, later.family} <= {"summit", "org", "ministerial", "conference"}:
        return False  # "the third foreign ministers' meeting" is not "the 77th session of the General Assembly"
    manners = {bool(re.search(r"\binformal\b", c.name.lower())) for c in (earlier, later)
               if re.search(r"\b(?:in)?formal\b", c.name.lower())}
    if len(manners) == 2:
        return False  # "held informal talks" on Sunday, "the formal talks took place on Monday": two
    if earlier.sentence == later.sentence and earlier.definite and later.definite and earlier.name and later.name \
            and not BARE_MENTION.fullmatch(earlier.name.lower()) and not BARE_MENTION.fullmatch(later.name.lower()) \
            and earlier.spans and later.spans and abs(later.spans[0][0] - earlier.spans[0][1]) > 3 \
            and (earlier.organizer or earlier.places) and (later.organizer or later.places) \
            and earlier.family in ("summit", "ministerial", "org", "conference") \
            and later.family in ("summit", "ministerial", "org", "conference"):
        # "items before the 79th session of the General Assembly and preparations for the Kazan summit": two
        # gatherings named apart in one sentence (not one in apposition to the other)
        return False
    if (earlier.parties and later.organizer) or (later.parties and earlier.organizer) or (
            earlier.parties and later.parties and set(earlier.parties) != set(later.parties)):
        return False  # "the India-Russia annual summit" is not the BRICS summit of the same day
    for council, other in ((earlier, later), (later, earlier)):
        if HEADS_OF_GOVERNMENT.search(council.name) and not HEADS_OF_GOVERNMENT.search(other.name) \
                and re.search(r"\bsummit\b|\bheads? of state\b", other.name, re.IGNORECASE):
            return False  # the SCO's council of heads of government is not its summit of heads of state
    if re.match(r"(?:the |its |their )?(?:next|following|upcoming|forthcoming)\b", later.name.lower()) \
            and earlier.status == "held":
        return False  # "will host the group's next summit" is not the summit just held
    if earlier.date is None and ANOTHER_OF_A_SERIES.match(later.name):
        return False  # "held the 21st annual summit" ... "last year's summit was skipped": another one
    if later.date is None and earlier.date is not None and re.match(r"that (?:year|month|week) ?'s", later.name.lower()):
        return False  # "when they met on the margins of that year's SCO ministerial": not this year's
    if earlier.family == "visit" and arrival_and_departure(earlier, later) and (
            earlier.places and later.places and places_agree(earlier.places, later.places, lookup)
            or not later.places and re.fullmatch(r"the (?:visit|trip|tour)", later.name.lower())) \
            and (set(earlier.participants) - set(earlier.hosts)) & (set(later.participants) - set(later.hosts)):
        # "wrapped up his tour in Cairo on Sunday" ... "had landed in Cairo on Saturday": one visit; so is
        # "Xi's state visit wound up on Friday ... The visit, which began on Wednesday"
        return True
    if not dates_agree(earlier.date, later.date) or not places_agree(earlier.places, later.places, lookup):
        return False
    if earlier.sidelines is not None and not earlier.places and later.places and later.sidelines is None \
            and not places_agree(earlier.sidelines.current().places, later.places, lookup):
        return False  # "met again on the sidelines of the summit in Qingdao" ... "received him in Ahmedabad": two
    if later.definite and later.places and not earlier.places and not later.participants and not later.caption \
            and not later.restated and not (earlier.date and later.date) and later.sentence != earlier.sentence:
        return False  # "the Beijing summit" names a meeting in Beijing, not any meeting (unless their days agree)
    if earlier.explicit_status and later.explicit_status and earlier.status != later.status \
            and {earlier.status, later.status} != {"planned", "cancelled"}:  # a plan, then called off: one
        return False
    if not later.definite and later.explicit_status and later.status != earlier.status and not later.participants \
            and earlier.participants and earlier.family in ("meeting", "call"):
        return False  # "held talks with Wang" ... "the town is also due to host a meeting of ...": another one
    if earlier.sidelines is not None and later.sidelines is not None and \
            earlier.sidelines.current() is not later.sidelines.current():
        return False  # on the sidelines of two different gatherings: two meetings
    a, b = set(earlier.participants), set(later.participants)
    if later.again and a & b and (earlier.sentence < later.sentence or (
            earlier.sentence == later.sentence and earlier.status != later.status)):
        # "The leaders met again weeks later": not the meeting told before
        # ("had met Putin three times this year and would see him again at the G20 summit": one held, one to come)
        return False
    if earlier.family in ("meeting", "call") and later.family in ("meeting", "call"):
        if re.search(r"\bseparate\b", later.name.lower()) and not re.search(r"\bseparate\b", earlier.name.lower()) \
                and later.sentence > earlier.sentence:
            return False  # "Xi chaired the three-way meeting ... received Battulga again for separate talks": others
        if later.sequence and later.sentence > earlier.sentence and b - a and not later.definite:
            return False  # "Later on Friday, Wang Yi received Ryabkov and Gharibabadi": after the talks, another meeting
        if later.definite and re.search(r"\b(?:three-way|trilateral)\b", later.name.lower()) and len(a) == 2 \
                and len(b - a) == 1 and earlier.family == "meeting" and not (set(later.hosts) & a):
            # (not "Xi hosted Putin and Khurelsukh for the trilateral meeting" after Putin's talks with Xi: the
            # one added there is a guest, so it is another meeting)
            return True  # "The three-way meeting was hosted by Cavusoglu": the talks told, with their host
        if len(a) >= 2 and b - a:
            return len(b) >= 2 and a == b  # "the meeting" that Sharif attended is not Jaishankar's with Wang
        if len(a) >= 2 and len(b) >= 2:
            recent = earlier.date is None and later.date is not None and published is not None \
                and 0 <= (published - later.date.last_day()).days <= 10 and earlier.sidelines is None \
                and not later.caption
            # (two plans of one pair are one meeting to come: "prepares for a summit with Trump" ... "Trump expects to
            # meet Kim in the coming weeks")
            if (earlier.date is None) != (later.date is None) and not later.definite and not recent \
                    and not (later.caption and later.date is None) and not earlier.status == later.status == "planned" \
                    and earlier.sentence != later.sentence and not (
                        later.date is None and 0 <= later.paragraph - earlier.paragraph <= 1 and later.status == "held"):
                # ("the meeting between A and B, who sat down on Wednesday"; and "wrapped up their encounter on
                # Friday ... The American president met his Russian counterpart on a red carpet": the same)
                # ("a visit that has also taken in talks with Lavrov" ... "On Monday, Wang held talks with his
                # counterpart": the talks this week, told by their day)
                return False  # "they first met in Vladivostok in 2019" is not the talks reported undated
            return a == b
        if not later.definite and len(b) == 1 and len(a) >= 2 and later.places and later.places != earlier.places:
            return False  # "held talks with Danish leaders in Copenhagen": new talks, not the ones told before
        if not b and len(a) >= 2 and not later.definite and earlier.date and later.date and later.date != earlier.date \
                and later.date.granularity == "day" and earlier.date.granularity != "day":
            return False  # "held talks with Tillerson last week" ... "Last Friday Moscow hosted consultations": another
        if a and not b and not later.definite and later.sentence - earlier.sentence > 1 and (later.places or later.date) \
                and not (earlier.date and later.date and earlier.date == later.date):
            return False  # "The talks were hosted by Ma ..." ... "consultations in Tehran on Wednesday": other ones
        if not a and b and not later.definite and later.sentence - earlier.sentence > 1 and later.places \
                and earlier.date is not None and not earlier.places:
            return False  # "the formal talks took place on Monday" ... "travelled to Minsk for talks with Lukashenko"
        return later.definite or earlier.definite or not a or not b
    if earlier.family == "visit":
        if {earlier.status, later.status} == {"planned", "held"} and not (earlier.places and later.places):
            return False  # "arrived on Friday for a three-day visit" ... "his next stop is China": two trips
        visitors_a, visitors_b = a - set(earlier.hosts), b - set(later.hosts)
        if visitors_a and visitors_b:
            return bool(visitors_a & visitors_b)
        return later.definite
    if earlier.family in ("ceremony", "inauguration"):
        return later.definite if earlier.date is None or later.date is None else True
    if earlier.family == "conference" and later.family == "conference" and distinct_names(earlier.name, later.name):
        return False  # "a Russian-Chinese business forum" is not "the third Belt and Road Forum"
    if earlier.family in ("summit", "ministerial", "org", "conference"):
        if later.places and later.date and not earlier.places and earlier.date is None and later.sentence > earlier.sentence \
                and later.participants and not set(later.participants) & set(earlier.participants):
            return False  # "the first RIC summit-level meeting" ... "their informal summit in Wuhan in April": another
        if re.match(r"an? ", later.name.lower()) and later.sentence > earlier.sentence and earlier.date is not None \
                and later.date is None and not later.participants:
            return False  # "when Singh met Wei on the sidelines of an SCO defence ministers' meeting": another one
        identified = bool(earlier.organizer and later.organizer) or (earlier.places and later.places) or (
            earlier.date and later.date)
        # "met in Almaty on Friday, the first such session without Armenia": the phrase names what its clause told
        return bool(identified) or (later.definite and not another_of_the_series(earlier, later)) \
            or (earlier.definite and earlier.sentence == later.sentence) or told_at_the_gathering(earlier, later)
    return True


NAME_FILLER = {"a", "an", "the", "this", "that", "its", "their", "his", "her", "of", "and", "for", "on", "in", "year", "'s",
               "forum", "conference", "annual", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
               "ninth", "tenth", "next", "last", "international", "high-level", "two-day", "three-day", "one-day"}


def distinct_names(a: str, b: str) -> bool:
    """Whether two names of forums or conferences each say which one, before their head noun, with words the
    other lacks entirely ("a forum in the Chinese capital" says where, not which)."""
    def qualifiers(name: str) -> set[str]:
        head = re.search(r"^(.*?)\b(?:forum|conference|expo|exhibition|fair|congress|dialogue)\b", name.lower())
        return {w for w in (head.group(1).split() if head else []) if w not in NAME_FILLER
                and not re.fullmatch(r"\d+(?:st|nd|rd|th)?", w)}
    words_a, words_b = qualifiers(a), qualifiers(b)
    return bool(words_a and words_b and not words_a & words_b)


def arrival_and_departure(a: Candidate, b: Candidate) -> tuple[Candidate, Candidate] | None:
    """Of two mentions of a visit, the one told by the day it began and the one told by the day it ended
    (within a week after), if they are that."""
    for first, last in ((a, b), (b, a)):
        if first.date_role == "start" and last.date_role == "end" and first.date and last.date \
                and first.date.granularity == last.date.granularity == "day" and not first.date.end and not last.date.end \
                and 0 < (last.date.first_day() - first.date.first_day()).days <= 7:
            return first, last
    return None


def past(date: DateValue, published: datetime.date | None) -> bool:
    """A date wholly before the day the article was published."""
    return published is not None and date.granularity == "day" and date.last_day() < published


def absorb(target: Candidate, other: Candidate, lookup: Lookup, published: datetime.date | None = None) -> None:
    if target.family == "visit" and target.status == "held" and other.status == "planned" and target.places \
            and other.places and within(other.places[0], target.places[0], lookup):
        # "the first day of Putin's two-day state visit to China" ... "On Friday, Putin will travel to Harbin": a leg
        # still to come of the visit under way, which stays the state's, held, over its days
        target.add_people(other.participants)
        target.spans += other.spans
        target.later_sentences += [other.sentence, *other.later_sentences]
        other.merged_into = target
        return
    target.add_people(other.participants)
    target.add_hosts(other.hosts)
    target.ends_on = target.ends_on or other.ends_on
    target.places = finer_place(target.places, other.places, lookup)
    target.cities = list(dict.fromkeys(target.cities + other.cities))
    date = finer_date(target.date, other.date)
    ends = arrival_and_departure(target, other) if target.family == "visit" else None
    if ends:
        date = DateValue(start=ends[0].date.start, end=ends[1].date.start)  # from the landing to the farewell
    if target.family in ("meeting", "call") and target.date is not None and other.date is not None \
            and target.date.granularity == other.date.granularity == "day" and bool(target.date.end) != bool(other.date.end):
        # talks "during" a five-day visit, then "met in Moscow on Wednesday": the day, not the visit's days
        spanned, single = (target, other) if target.date.end else (other, target)
        if not spanned.days:  # "two days of talks" said of the talks themselves keep their days
            date = single.date
    if date is not other.date or other.date is None:
        target.date = date
    else:
        # (a day a later sentence gives the gathering, "Friday's session", is its own, not the day of talks on its
        # sidelines told with it)
        target.date = date
        target.date_in_phrase = other.date_in_phrase and (other.sentence == target.sentence or not target.has_sidelines)
    days = target.days or other.days
    if target.family == "visit" and days and days >= 2 and target.date is not None \
            and target.date.granularity == "day" and not target.date.end and target.days != other.days:
        # "wrapped up a two-day trip to India" ... "landed in Goa on Thursday": the trip from the day it began
        target.date = spread(target.date, days, "start")
    elif target.family in ("summit", "ministerial", "org") and days and days >= 2 and target.date is not None \
            and target.date.granularity == "day" and not target.date.end and (target.date_role or other.date_role):
        # "closed their summit on Sunday ... the two-day gathering": from the Saturday
        target.date = spread(target.date, days, target.date_role or other.date_role)
    target.days = days
    if other.explicit_status and not target.explicit_status and not other.caption and not (
            other.status == "planned" and target.status == "held" and target.date is not None and other.date is None
            and (other.agreed_before or past(target.date, published))):
        # ("approved the procedure on Friday at a summit in Dushanbe ... each step has to be approved by the leaders at
        # their annual meeting": a summit told as held on a day gone by stays held)
        # ("He met Xi on Friday; the two had agreed to meet in Vietnam": the plan was kept, the meeting held)
        target.status, target.explicit_status = other.status, True
    elif other.explicit_status and other.status == "cancelled" and target.status == "planned":
        target.status = "cancelled"  # "had agreed to meet in Budapest" ... "cancelled the summit"
    elif other.explicit_status and other.status == "held" and target.status == "planned" and not other.caption:
        target.status = "held"  # "announced that the summit would take place online" ... "a summit held online"
    specific = {"Visit": "StateVisit", "OrgMeeting": other.kind if other.kind in ("Summit", "MinisterialMeeting") else "",
                "Meeting": other.kind if other.kind in PERSON_MEETINGS | MULTILATERAL else ""}
    if specific.get(target.kind) == other.kind and other.kind != target.kind:
        target.kind = other.kind
    target.organizer = target.organizer or other.organizer
    target.parties = target.parties or other.parties
    target.sidelines = target.sidelines or other.sidelines
    target.sat_in += [p for p in other.sat_in if p not in target.sat_in]
    target.day_of_sidelines = target.day_of_sidelines or other.day_of_sidelines
    target.part_of = target.part_of or other.part_of
    target.apart_from += [c for c in other.apart_from if c not in target.apart_from]
    if not target.name or (target.definite and not other.definite):
        target.name = other.name or target.name
    target.spans += other.spans
    target.later_sentences += [other.sentence, *other.later_sentences]
    target.sequence = target.sequence or other.sequence
    other.merged_into = target


BARE_SESSION = re.compile(r"(?:the|that|this) (?:session|meeting|gathering)")


def affinity(earlier: Candidate, later: Candidate, lookup: Lookup,
             published: datetime.date | None = None) -> tuple[int, int]:
    """How surely a later mention names an earlier event: what they share, then how recent it is.
    A "meeting" is rather a meeting than a summit, when the article reports both. A bare mention ("He
    met Putin on the sidelines of the summit") is rather of this year's gathering than of one recalled
    from another year ("status granted at last year's summit in Astana") that happened to be named last."""
    shared = 2 * bool(earlier.places and later.places and places_agree(earlier.places, later.places, lookup))
    shared += int(later.family == "meeting" and earlier.family != "summit")
    shared += 2 * bool(earlier.organizer and earlier.organizer == later.organizer)
    shared += bool(earlier.date and later.date)
    shared += bool(set(earlier.participants) & set(later.participants))
    shared += earlier.status == later.status
    # ("during that trip": a state visit as much as any other trip)
    shared += 2 * (earlier.kind == later.kind or (earlier.family == later.family == "visit" and bool(
        re.fullmatch(r"(?:the|that|this|his|her|their) (?:trip|visit|tour)", later.name.lower()))))
    # "Islamabad was to have hosted a SAARC summit until India pulled out and the meeting was called off": the
    # event the same sentence introduced
    shared += 4 * (later.definite and earlier.sentence == later.sentence)
    if published and later.definite and later.name.lower().startswith("the ") and not later.date \
            and not later.places and earlier.date:  # ("that gathering" is the one just named)
        shared += 2 if earlier.date.start.startswith(str(published.year)) else -3
    if re.fullmatch(r"that (?:meeting|summit|gathering|session)", later.name.lower()) and not later.date \
            and not later.places and 0 <= later.sentence - earlier.sentence <= 1:
        shared += 3  # "... last met for a summit in Dushanbe last September. Putin took part in that meeting": that one
    if re.fullmatch(r"the \S+ (?:meetings?|talks|gatherings?|sessions?)", later.name.lower()) and later.places and \
            earlier.family in ("summit", "ministerial", "org", "conference"):
        shared += 3  # "the Yerevan meeting": the gathering held there, not a talk on its sidelines
    if later.caption:
        return shared, -min(a for a, _ in earlier.spans)  # a caption shows the news the article opens with
    return shared, max(a for a, _ in earlier.spans)


def merge_mentions(candidates: list[Candidate], lookup: Lookup,
                   published: datetime.date | None = None) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in candidates:
        matches = [earlier for earlier in kept if same_event(earlier, candidate, lookup, published)]
        if not matches:
            kept.append(candidate)
        else:
            # ("Foreign ministers of the five met in New York on the margins of the UN General Assembly. The session was
            # chaired by Wang Yi": the meeting told, not the gathering it was held on the margins of)
            bare = bool(BARE_SESSION.fullmatch(candidate.name.lower())) and not all(m.told_as_margin for m in matches)

            def ranked(earlier: Candidate, later: Candidate = candidate, bare: bool = bare) -> tuple[int, int]:
                shared, recency = affinity(earlier, later, lookup, published)
                return shared - (bare and earlier.told_as_margin), recency

            absorb(max(matches, key=ranked), candidate, lookup, published)
    for candidate in kept:
        if candidate.sidelines is not None:
            candidate.sidelines = candidate.sidelines.current()
    return kept


# ---------------------------------------------------------------------------- dating along the text


def date_sidelines(candidates: list[Candidate]) -> None:
    for meeting in candidates:
        container = meeting.sidelines
        if container is None:
            continue
        day = container.date if container.date and container.date.granularity == "day" and not container.date.end else None
        if day and container.date_in_phrase and container.day_of_sidelines and container.family in ("summit", "ministerial",
                                                                                                    "org") and (
                meeting.date is None or meeting.date == day):
            meeting.date = day  # "on the sidelines of the ministerial on Monday": the day is the meeting's
            container.date = month_of(day)
            container.date_in_phrase = False
        elif meeting.date is None and container.date is not None:
            meeting.date = container.date if container.date.granularity == "day" and not container.date.end \
                else month_of(container.date)
        elif meeting.date is not None and (container.date is None or (
                container.date.granularity == "year" and not container.date.end and meeting.date.granularity != "year"
                and meeting.date.start[:4] == container.date.start)):
            container.date = month_of(meeting.date)  # (and "that year's ministerial", when the talks give the month)
        elif meeting.date is not None and meeting.date.granularity == "year" and not meeting.date.end \
                and container.date is not None and container.date.granularity == "month" and not container.date.end \
                and container.date.start[:4] == meeting.date.start:
            meeting.date = container.date  # "A year ago ... talks on the sidelines of the gathering in April": that month
        if container.family in ("summit", "ministerial", "org"):
            # the leaders who met on a summit's sidelines were at the summit; a forum's guests are not
            # said to be all who came
            container.add_people([p for p in meeting.participants if p.startswith("person/")])
        if not meeting.places:
            meeting.places = list(container.places)
        elif not container.places and container.family in ("summit", "ministerial", "org", "conference") \
                and meeting.sentence in [container.sentence] + container.later_sentences:
            # "held talks on Wednesday in Tunxi, on the sidelines of a meeting of ... foreign ministers": there (where
            # the sentence that tells the talks names the gathering, first or again)
            container.places = list(meeting.places)


def date_gathering_ends(candidates: list[Candidate]) -> None:
    """"Leaders met on Thursday on the sidelines of the G20 summit ... The summit ends on Friday": from its day to
    the one it ends (told with no day of its own, it was on at least that one)."""
    for gathering in candidates:
        end, day = gathering.ends_on, gathering.date
        if end is None:
            continue
        if day is None:
            gathering.date = end
        elif day.granularity == "day" and not day.end and 0 < (end.first_day() - day.first_day()).days <= 7:
            gathering.date = DateValue(start=day.start, end=end.start)


def date_by_talks_set_apart(candidates: list[Candidate]) -> None:
    """"Before the talks, Pezeshkian laid a wreath and held a meeting with Mishustin": a meeting told only
    as before or after talks held on a known day was held that day (a gathering's days are several, so
    what comes ahead of one stays undated)."""
    for meeting in candidates:
        if meeting.family not in ("meeting", "call") or meeting.date is not None or meeting.status != "held":
            continue
        days = [a.current().date for a in meeting.apart_from
                if a.current().family in ("meeting", "call") and a.current().status == "held" and a.current().date
                and a.current().date.granularity == "day" and not a.current().date.end]
        if len(days) == 1:
            meeting.date = days[0]


def date_eves(candidates: list[Candidate]) -> None:
    """"On the eve of the summit, Putin met Erdogan": the day before the gathering's first day, where it
    is (a meeting with no day of its own)."""
    for meeting in candidates:
        if meeting.eve_of is None or meeting.date is not None:
            continue
        gathering = meeting.eve_of.current()
        if gathering.date is not None and gathering.date.granularity == "day":
            meeting.date = DateValue(start=(gathering.date.first_day() - datetime.timedelta(days=1)).isoformat())
            meeting.places = meeting.places or list(gathering.places)
    for meeting in candidates:
        # "on April 27, the eve of that meeting, Li held talks with Singh": the gathering opened the next day
        if meeting.eve_of is None or meeting.date is None or meeting.date.granularity != "day" or meeting.date.end:
            continue
        gathering = meeting.eve_of.current()
        meeting.places = meeting.places or list(gathering.places)  # (and where it was held)
        next_day = DateValue(start=(meeting.date.first_day() + datetime.timedelta(days=1)).isoformat())
        if gathering.date is None or gathering.date.granularity != "day" and dates_agree(gathering.date, next_day):
            gathering.date = next_day


def date_counted_from(candidates: list[Candidate]) -> None:
    """"The Russian official's trip comes a week after Xi's state visit to Moscow": counted back from the first day
    of the trip, as the article dated it (rather than from the day said last before the sentence)."""
    for candidate in candidates:
        if candidate.counted_from is None:
            continue
        anchor, count, unit, direction = candidate.counted_from
        day = anchor.current().date
        if day is not None and day.granularity == "day":
            candidate.date = counted_from(day, -count if direction == "after" else count, unit)


def date_visit_ends(candidates: list[Candidate]) -> None:
    """"The summit capped a two-day state visit": the visit's last day is the summit's (last) day."""
    for visit in candidates:
        if visit.ends_with is None or visit.date is not None:
            continue
        last = visit.ends_with.current().date
        if last is not None and last.granularity == "day":
            visit.date = spread(DateValue(start=last.last_day().isoformat()), visit.days, "end")


def date_sequences(candidates: list[Candidate], published: datetime.date | None = None) -> None:
    """"After that, he made a visit to North Korea": the month of the event before it (what is still to
    come does not follow on from what the article recalls from long before)."""
    dated_here: set[int] = set()
    for index, candidate in enumerate(candidates):
        if candidate.date is not None or not candidate.sequence:
            continue
        dated_here.add(id(candidate))
        for anchor in reversed(candidates[:index]):
            if anchor.sentence == candidate.sentence and id(anchor) in dated_here:
                continue  # "then held talks with Raisi before the two were joined for a summit": both after what came before
            if anchor.told_before and not candidate.told_before:
                continue  # "... had travelled to St Petersburg in October last year. Putin then flew on to Riyadh"
            if candidate.status == "planned" and published is not None and anchor.date is not None \
                    and (published - anchor.date.last_day()).days > 31:
                continue  # "... when they met last September. Both are travelling on to Tashkent": not then
            if anchor.date is not None and set(anchor.participants) & set(candidate.participants):
                candidate.date = month_of(anchor.date)
                # the anchor's last mention before this one: "a day of meetings in Tehran ... Shortly after landing
                # on Tuesday, he was received by Khamenei ... He then held talks with Raisi"
                told = max(n for n in [anchor.sentence, *anchor.later_sentences] if n < candidate.sentence or n == anchor.sentence)
                # (or, both to come, in the next sentence: "Merkel is due in Moscow tomorrow. She and Putin will lay a
                # wreath ... and then talk over a working lunch")
                if anchor.date.granularity == "day" and not anchor.date.end and candidate.family in ("meeting", "summit") \
                        and (0 < candidate.sentence - told <= 3 and candidate.status == anchor.status == "held"
                             or candidate.sentence - told == 1 and candidate.status == anchor.status == "planned"):
                    candidate.date = anchor.date  # "held talks in Islamabad on Wednesday ... later called on Khan"
                    candidate.places = candidate.places or list(anchor.places)
                if anchor.sidelines is not None and candidate.family == "meeting" and candidate.sidelines is None \
                        and candidate.sentence - anchor.sentence <= 1 and anchor.date.granularity == "day":
                    # "On the sidelines, Biden met Modi ... Albanese then met each of the others": there, that day
                    candidate.date, candidate.sidelines = anchor.date, anchor.sidelines
                    candidate.places = candidate.places or list(anchor.places)
                break


def date_visit_programs(candidates: list[Candidate], lookup: Lookup) -> None:
    """A visit the article dates only through its program ("Putin's visit to China ... he is expected
    to attend the summit on September 1 and join events on September 3") falls in that month."""
    for visit in candidates:
        if visit.family != "visit" or visit.date is not None or not visit.places:
            continue
        visitors = set(visit.participants) - set(visit.hosts)
        # (a trip called off has no program held: "forced Blinken to postpone a planned trip to Beijing; he
        # eventually made the visit in June" dates the visit made, not the one put off)
        program = [c for c in candidates if c is not visit and c.date is not None and c.sentence >= visit.sentence
                   and c.paragraph in (visit.paragraph, visit.paragraph + 1) and visitors & set(c.participants)
                   and (not c.places or places_agree(c.places, visit.places, lookup))
                   and not (visit.status == "cancelled" and c.status == "held")
                   and not (c.recalled and c.family == "visit")]  # ("He last visited the country in 2022": another)
        months = {str(month_of(c.date)) for c in program}
        if len(months) == 1 and "None" not in months:
            visit.date = month_of(program[0].date)


def trips_made_later(candidates: list[Candidate]) -> None:
    """"forced Blinken to postpone a planned trip to Beijing; he eventually made the visit in June": the
    visit made is the trip put off, so it went where that one was to go."""
    for made in candidates:
        if made.family != "visit" or made.places or made.status != "held" \
                or not re.fullmatch(r"the (?:visit|trip|journey)(?: .*)?", made.name.lower()):
            continue
        visitors = set(made.participants) - set(made.hosts)
        put_off = [c for c in candidates if c.family == "visit" and c.status == "cancelled" and c.places
                   and c.sentence <= made.sentence and visitors and visitors == set(c.participants) - set(c.hosts)]
        if put_off:
            made.places = list(put_off[-1].places)


# ---------------------------------------------------------------------------- kinds and participants


def parts_of_gatherings(candidates: list[Candidate]) -> list[Candidate]:
    """"An expanded session on Thursday" of a summit reported in the article: a session of the same
    kind, organization and place, on its own day; undated, it is only more of the summit."""
    for part in candidates:
        if part.family != "org" or not PART_OF_GATHERING.search(part.name):
            continue
        # (a closing session held is not part of "the next summit" to come)
        wholes = [c for c in candidates if c.family in ("summit", "ministerial") and c is not part
                  and (part.date is None or c.date is None or dates_agree(c.date, part.date))
                  and not (part.status == "held" and c.status == "planned")]
        if part.part_of is not None:
            wholes = [part.part_of.current()]
        if len(wholes) == 1:
            whole = wholes[0]
            part.kind = whole.kind
            part.organizer = part.organizer or whole.organizer
            part.places = part.places or list(whole.places)
            whole.add_people([p for p in part.participants if p.startswith("person/")])
            if part.date is None or part.date == whole.date:
                # ("joined an expanded session in the afternoon" of the meeting held that day: the same one)
                absorb(whole, part, lambda key: None)
    return [c for c in candidates if c.merged_into is None]


def summits_named_for_their_place(candidates: list[Candidate], lookup: Lookup) -> list[Candidate]:
    """"Last Friday, at Panmunjom, Kim and Moon signed a declaration" ... "between the Panmunjom summit and the
    expected encounter with Trump": the summit named for a place is the leaders' meeting held there."""
    kept = []
    for summit in candidates:
        if summit.family == "summit" and summit.definite and not summit.organizer and not summit.participants \
                and not summit.parties and summit.places and re.fullmatch(r"the (?:\S+ ){1,2}summit", summit.name.lower()):
            there = [m for m in candidates if m.family == "meeting" and m.status == summit.status and m.places
                     and len([p for p in m.participants if p.startswith("person/")]) >= 2
                     and places_agree(m.places, summit.places, lookup) and dates_agree(m.date, summit.date)]
            if len(there) == 1:
                there[0].spans += summit.spans
                summit.merged_into = there[0]
                continue
        kept.append(summit)
    return kept


def hosted_gatherings(candidates: list[Candidate]) -> list[Candidate]:
    """"Foreign ministers of BRICS met in Cape Town. Pandor hosted Lavrov, Jaishankar and Vieira": a
    meeting of three or more reported right after a gathering, undated or on its day, is that gathering."""
    gatherings = [c for c in candidates if c.family in ("summit", "ministerial", "org", "conference")]
    for meeting in candidates:
        people = [p for p in meeting.participants if p.startswith("person/")]
        if meeting.family != "meeting" or len(people) < 3 or meeting.sidelines is not None or of_its_own_format(meeting):
            continue  # (not "Xi chaired the three-way meeting" after "the SCO summit": a format of its own)
        before = [g for g in gatherings if 0 <= meeting.sentence - g.sentence <= 2 and g.status == meeting.status
                  and (meeting.date is None or g.date is None or dates_agree(g.date, meeting.date))
                  and g not in meeting.other_than]  # (not "received the heads of delegation after the meeting")
        if len(before) == 1:
            absorb(before[0], meeting, lambda key: None)
    return [c for c in candidates if c.merged_into is None]


def sidelines_on_the_day(candidates: list[Candidate]) -> None:
    """"Xi and Putin held talks on Wednesday on the sidelines of the gathering": of the gathering held
    that day, when "the gathering" was taken for another the article named (an online summit the year
    before)."""
    gatherings = [c for c in candidates if c.family in ("summit", "ministerial", "org", "conference")
                  and c.date is not None and c.date.granularity == "day"]
    for meeting in candidates:
        container = meeting.sidelines.current() if meeting.sidelines is not None else None
        if container is None or meeting.date is None or meeting.date.granularity != "day" or container.date is None \
                or container.date.first_day() <= meeting.date.first_day() <= container.date.last_day():
            continue
        held_then = [g for g in gatherings if g.date.first_day() <= meeting.date.first_day() <= g.date.last_day()]
        if len(held_then) == 1:
            meeting.sidelines = held_then[0]


def sidelines_by_place(candidates: list[Candidate]) -> None:
    """"the BRICS summit it hosted in Xiamen earlier this month ... the two presidents' talks in Xiamen": talks told
    with the city of a gathering just told, and no day of their own, were held on its sidelines (its date is theirs)."""
    gatherings = [c for c in candidates if c.family in ("summit", "ministerial") and c.status == "held"
                  and c.date is not None and c.places and c.places[0].startswith("place/")]
    for meeting in candidates:
        if meeting.family != "meeting" or meeting.kind == "PhoneCall" or meeting.sidelines is not None \
                or meeting.date is not None or meeting.status != "held" or not meeting.places \
                or len([p for p in meeting.participants if p.startswith("person/")]) < 2:
            continue
        apart = [c.current() for c in meeting.apart_from]
        there = [g for g in gatherings if g.places[0] == meeting.places[0] and g.current() not in apart
                 and 0 <= meeting.sentence - g.sentence <= 2]
        if len(there) == 1:
            meeting.sidelines = there[0]


def sidelines_by_date(candidates: list[Candidate]) -> None:
    """Two leaders' talks on a day of a summit one of them attends, reported with no place of their
    own, were held on its sidelines (the genre leaves this unsaid: "Putin held talks with Modi on
    Tuesday", in an article on the Kazan summit)."""
    gatherings = [c for c in candidates if c.family in ("summit", "ministerial") and c.date is not None
                  and c.date.granularity == "day" and not PART_OF_GATHERING.search(c.name)]
    for meeting in candidates:
        if meeting.family != "meeting" or meeting.sidelines is not None or meeting.places or meeting.date is None \
                or meeting.date.granularity != "day":
            continue
        apart = [c.current() for c in meeting.apart_from]
        around = [g for g in gatherings if g.date.first_day() <= meeting.date.first_day() <= g.date.last_day()
                  and set(g.participants) & set(meeting.participants) and g.current() not in apart]
        if len(around) == 1:
            meeting.sidelines = around[0]
            meeting.places = list(around[0].places)


ALSO_MET = re.compile(r"\balso (?:met|meets|held talks|had talks|talked|sat down|received|hosted|joined|called on|saw|"
                      # "In Bali he also had his first meeting with Colonna", "also held a brief encounter with"
                      r"(?:held|had) (?:a |an |his |her |their )?(?:[a-z-]+ ){0,2}?(?:meeting|talks|encounter))\b")


def also_met(candidates: list[Candidate], text: str) -> None:
    """"A day earlier he held talks with Lavrov. He also met Guterres": a meeting told with "also" and
    neither day nor place was where the one told before it by the same person was, on the sidelines of
    the same gathering, in its month (which of the days, unsaid)."""
    # (and "He also joined Aliyev and Sharif for a three-way meeting"; a gathering of a body is no such meeting)
    meetings = [c for c in candidates if c.status == "held" and (c.family == "meeting" or (
        c.family == "summit" and not c.organizer and len(c.participants) <= 4))]
    gatherings = [c for c in candidates if c.status == "held" and c.date is not None and c.places
                  and c.family in ("summit", "ministerial", "org", "conference")]
    for meeting in meetings:
        if meeting.date is not None or meeting.sidelines is not None or not any(
                ALSO_MET.search(text[a:b]) for a, b in meeting.spans):
            continue
        if meeting.places:
            # "Singh also held a separate meeting with Belousov in Qingdao", where the ministers met: on its
            # sidelines, in its month
            there = [g for g in gatherings if g.places == meeting.places and g.sentence < meeting.sentence]
            if len(there) == 1:
                meeting.sidelines = there[0]
                meeting.date = month_of(there[0].date) if there[0].date.granularity == "day" else there[0].date
            continue
        said = " ".join(text[a:b] for a, b in meeting.spans)
        if re.search(r"\b(?:before|earlier|previously|ago|last (?:week|month|year)|in [A-Z])", said):
            continue  # "He also met Wang Yi the month before", "but in Moscow": another time or place
        # (or the gathering just told: "The three ministers met in Tokyo on Saturday ... Iwaya also met Cho
        # separately": that day)
        earlier = [c for c in meetings + [g for g in gatherings if g.family in ("summit", "ministerial")]
                   if c.sentence < meeting.sentence and c.date is not None and set(c.participants) & set(meeting.participants)]
        earlier.sort(key=lambda c: c.sentence)
        between = [c for c in candidates if earlier and earlier[-1].sentence < c.sentence < meeting.sentence]
        if not earlier or meeting.sentence - earlier[-1].sentence > 2 or between:
            # (told further on: "Mr Iwaya also met Mr Cho separately", in a report on the three ministers'
            # meeting: on the occasion of the one gathering both were at)
            people = {p for p in meeting.participants if p.startswith("person/")}
            both_at = [g for g in gatherings + [c for c in meetings if c.date is not None and len(c.participants) >= 3]
                       if g.family in ("summit", "ministerial", "meeting") and g.sentence < meeting.sentence
                       and len(people) >= 2 and people < set(g.participants)]
            if len(both_at) == 1:
                gathering = both_at[0]
                meeting.sidelines = gathering
                meeting.places = list(gathering.places)
                meeting.date = gathering.date if gathering.date.granularity == "day" and not gathering.date.end \
                    else month_of(gathering.date)
            continue
        before = earlier[-1]
        meeting.places = list(before.places)
        meeting.sidelines = before.sidelines
        meeting.date = month_of(before.date) if before.date.granularity == "day" else before.date


def also_visited(candidates: list[Candidate], text: str) -> None:
    """"His tour began earlier this month in Kyiv, where he met Kuleba ... Li also visited Poland, France and
    Germany": stops of the same tour, in the month of what the visitor did just before."""
    for visit in candidates:
        if visit.family != "visit" or visit.date is not None or visit.status != "held" \
                or not any(re.search(r"\balso (?:visited|went to|travelled to|traveled to|stopped in)\b", text[a:b])
                           for a, b in visit.spans):
            continue
        visitors = set(visit.participants) - set(visit.hosts)
        before = [c for c in candidates if c is not visit and c.status == "held" and c.date is not None
                  and visitors & set(c.participants) and 0 <= visit.sentence - c.sentence <= 3]
        if before:
            visit.date = month_of(max(before, key=lambda c: c.sentence).date)


def arrived_before(visit: Candidate, meeting: Candidate) -> bool:
    """"Xi flew into Bishkek on Wednesday and on Thursday held talks": a visit known by its first day alone
    goes on for the talks of the next days."""
    if visit.days is not None or visit.date is None or visit.date.granularity != "day" or visit.date.end \
            or meeting.date is None or meeting.date.granularity != "day":
        return False
    return 0 <= (meeting.date.first_day() - visit.date.first_day()).days <= 3


def place_visits_by_their_talks(candidates: list[Candidate]) -> None:
    """"Lavrov arrived on Friday for a three-day visit": where the visitor held the talks the article
    reports on the visit's days (the visit names no place of its own)."""
    for visit in candidates:
        if visit.family != "visit" or visit.places or visit.date is None or visit.date.granularity != "day" \
                or not visit.participants:
            continue
        visitors = set(visit.participants) - set(visit.hosts)
        there = [c.places[0] for c in candidates if c.family == "meeting" and c.places and c.date is not None
                 and c.status == visit.status and visitors & set(c.participants)
                 and visit.date.first_day() <= c.date.first_day() <= visit.date.last_day()]
        if there and len(set(there)) == 1:
            visit.places = [there[0]]


SAME_DAY = re.compile(r"\b(?:the same|that same|that|later that|earlier that) (?:day|morning|afternoon|evening)\b|"
                      r"\b(?:later|earlier) in the day\b", re.IGNORECASE)


def places_of_the_day(candidates: list[Candidate], text: str) -> None:
    """"In Nur-Sultan on Saturday, Tokayev received Wang ... The same day Wang held talks with Tileuberdi":
    a meeting told as on the same day, with no place, was held in the one city where someone in it met
    others that day, told just before."""
    for meeting in candidates:
        if meeting.family != "meeting" or meeting.places or meeting.status != "held" or meeting.date is None \
                or meeting.date.granularity != "day" or meeting.date.end:
            continue
        # (told as the same day, or in the same sentence: "held talks with Wang in Beijing on Monday before being
        # received by Xi")
        same_day = any(SAME_DAY.search(text[max(0, a - 40):b]) for a, b in meeting.spans)
        people = {p for p in meeting.participants if p.startswith("person/")}
        there = [c for c in candidates
                 if c is not meeting and c.family in ("meeting", "visit", "summit", "ministerial", "org", "conference")
                 and c.places and c.places[0].startswith("place/") and c.date == meeting.date
                 and (0 <= meeting.sentence - c.sentence <= 6 if same_day else c.sentence == meeting.sentence)
                 and people & {p for p in c.participants if p.startswith("person/")}]
        cities = {c.places[0] for c in there}
        if len(cities) == 1:
            meeting.places = [cities.pop()]
            # "Wang met Lavrov on the sidelines of the ministers' council ... The same day Wang also held talks
            # with Jaishankar": on the sidelines of the same gathering
            gatherings = {id(c.sidelines.current()): c.sidelines.current() for c in there
                          if c.family == "meeting" and c.sidelines is not None}
            if len(gatherings) == 1 and meeting.sidelines is None and same_day:
                meeting.sidelines = next(iter(gatherings.values()))


def meetings_on_the_day_of_a_visit(candidates: list[Candidate], lookup: Lookup, capital: str | None) -> None:
    """A visitor's meeting on a day of his visit to a state, told with no city ("During the day the Russian minister
    also called on President Khurelsukh"), was in the visit's city; a visit told only by its state ("came to
    Mongolia on Tuesday") was in the capital the report is filed from, when it is that state's."""
    visits = [c for c in candidates if c.family == "visit" and c.places and c.status == "held"
              and c.date is not None and c.date.granularity == "day"]
    for meeting in candidates:
        if meeting.family != "meeting" or meeting.sidelines is not None or meeting.kind == "PhoneCall" \
                or meeting.date is None or meeting.date.granularity != "day" or meeting.date.end:
            continue
        people = {p for p in meeting.participants if p.startswith("person/")}
        during = [v for v in visits if (set(v.participants) - set(v.hosts)) & people and dates_agree(v.date, meeting.date)
                  and (not meeting.places or meeting.places == v.places)]
        if len(during) != 1:
            continue
        visit = during[0]
        state = lookup(visit.places[0])
        city = [p for p in visit.places + visit.cities if p.startswith("place/")][:1]
        place = lookup(capital) if capital and not city else None
        if not city and state is not None and state.kind == "country" and place is not None and place.country == state.key:
            city = [capital]
        meeting.places = city or meeting.places or list(visit.places)


def meetings_during_visits(candidates: list[Candidate], lookup: Lookup) -> None:
    """The visitor's talks with the host, reported with no place of their own, were held where the
    visit was, and on its day when the visit lasted one ("after the welcoming ceremony, the two
    sides held talks")."""
    visits = [c for c in candidates if c.family == "visit" and c.places]
    for meeting in candidates:
        if meeting.family != "meeting" or meeting.sidelines is not None:
            continue
        people = {p for p in meeting.participants if p.startswith("person/")}
        if not people and meeting.date is not None and meeting.definite \
                and re.fullmatch(r"the (?:formal |official |main )?(?:talks|negotiations)", meeting.name.lower()):
            # "The formal talks took place on Monday": the visitor's with the host, on a day of a state visit
            hosted = [v for v in visits if v.hosts and v.date is not None and v.sentence < meeting.sentence
                      and dates_agree(v.date, meeting.date)]
            if len(hosted) == 1:
                meeting.add_people(hosted[0].participants)
                people = {p for p in meeting.participants if p.startswith("person/")}
        # the visitor and the host; or the visitor and whom he met the sentence after ("Xi received him there")
        # or the visitor and someone else he met where the visit took him ("Putin also met Trong in Hanoi")
        # (not a trip recalled by its year alone: "his first trip to Vietnam since 2017, when he came to Da Nang ...
        # Putin also met Trong in Hanoi": this trip's talks)
        during = [v for v in visits if len(people) >= 2 and not any(a is meeting for a in v.apart_from)
                  and not (v.recalled and v.sentence != meeting.sentence) and (
            people <= set(v.participants) | set(v.hosts) or (set(v.participants) - set(v.hosts)) & people and (
                # (a plan's talks may be told two sentences on: "was first due in Beijing from April 13 ... On April 12
                # he announced he had to postpone. He was to have met Qin Gang")
                (not v.hosts and any(0 <= meeting.sentence - said <= (2 if meeting.status != "held" != v.status else 1)
                                     for said in [v.sentence, *v.later_sentences]))
                or bool(meeting.places)))
            and (meeting.date is None or v.date is None or dates_agree(v.date, meeting.date) or arrived_before(v, meeting))
            and (not meeting.places or places_agree(meeting.places, v.places, lookup))]
        if meeting.during_stay:
            # "During his stay, Blinken had been expected to hold talks with Qin", "Xi also met Mishustin during that
            # trip": the visitor's last trip told (not another that the two are also in)
            # ("fresh from a trip to Russia, during which he was received by Putin and held talks with Shoigu": that
            # trip, told in the same sentence just before)
            told = sorted([v for v in visits if (v.sentence < meeting.sentence or v.sentence == meeting.sentence
                                                 and min(v.spans) <= min(meeting.spans))
                           and (set(v.participants) - set(v.hosts)) & people], key=lambda v: min(v.spans))
            # (of the trips told, the one where the visitor was last said to meet someone: "a three-day visit to
            # Pakistan, then Kabul ... Later that day Khan received Wang at his office. Wang also called on Bajwa
            # during his stay": in Pakistan)
            last_met = [c for c in candidates if c.family == "meeting" and c is not meeting and (c.places or c.date)
                        and c.status == "held" and c.sentence <= meeting.sentence and people & set(c.participants)]
            if len(told) > 1 and last_met:
                latest = max(last_met, key=lambda c: (c.sentence, min(c.spans)))
                told = [v for v in told if places_agree(latest.places, v.places, lookup) and (
                    latest.date is None or v.date is None or dates_agree(v.date, latest.date))] or told
            during = told[-1:] or during
        if len(during) > 1:
            # "Xi laid on a state visit for Putin on Friday ... The ceremony followed talks": the visit told last
            # before the talks, not one recalled after them ("Xi made a state visit to Moscow last July")
            told = [v for v in during if v.sentence <= meeting.sentence]
            during = told[-1:] if len(told) == 1 or (told and told[-1].sentence > told[-2].sentence) else during
        if len(during) != 1:
            continue
        visit = during[0]
        if visit.status == "cancelled" and meeting.status == "planned" and visit.sentence < meeting.sentence:
            meeting.status = "cancelled"  # talks meant for a trip called off were called off with it
        city = [p for p in visit.places if p.startswith("place/")]  # "to China" then "arrive in Beijing": Beijing
        meeting.places = meeting.places or city or list(visit.cities[:1] or visit.places)
        if meeting.date is None and visit.date is not None:
            day = visit.date.granularity == "day" and not visit.date.end
            # a visit of several days gives its talks the month (below), not all its days
            meeting.date = visit.date if day or not visit.hosts and visit.date.granularity != "day" else meeting.date
            if meeting.date is None and visit.date.granularity == "day" and visit.date.start[:7] == visit.date.end[:7]:
                meeting.date = DateValue(start=visit.date.start[:7])  # talks on one of its days, that month
            elif meeting.date is None and visit.date.granularity == "month" and not visit.date.end:
                meeting.date = visit.date  # "Xi's state visit to Moscow in March ... also met Mishustin during that trip"


def settle_kind(candidate: Candidate, offices: Offices, gathering: bool = False) -> None:
    """The kind the people make of an event; `gathering` when other talks were held on its sidelines (a
    summit whose two known people came from those talks is still a summit)."""
    people = [p for p in candidate.participants if p.startswith("person/")]
    states = [p for p in candidate.participants if p.startswith("country/")]
    if candidate.kind == "Summit" and not candidate.organizer and len(people) == 2 and not candidate.hosts \
            and not gathering:
        candidate.kind = "BilateralMeeting"
    if candidate.kind == "OrgMeeting":
        if len(people) == 2 and re.search(r"\bbilateral\b", candidate.name.lower()):
            candidate.kind = "BilateralMeeting"  # "Retno and Lavrov held a short bilateral session"
        elif any(offices.is_foreign_minister(p) for p in people) or portfolios(candidate):
            candidate.kind = "MinisterialMeeting"  # ("a meeting of SCO defence ministers": of ministers)
        elif any(offices.is_leader(p) for p in people):
            candidate.kind = "Summit"
        else:
            candidate.kind = "Meeting"
    elif candidate.kind == "Meeting":
        if len(people) == 2 or (not people and len(states) == 2):
            candidate.kind = "BilateralMeeting"
        elif len(people) > 2 and sum(offices.is_foreign_minister(p) for p in people) >= len(people) - 1:
            # (a minister of state standing in for one of them: "Lavrov and Qin met Amir-Abdollahian and Khar")
            candidate.kind = "MinisterialMeeting"
        elif len(people) > 2 and all(offices.is_leader(p) for p in people):
            candidate.kind = "Summit"
        elif len(people) > 2 and len({offices.state_of(p) for p in people} - {None}) == 2 \
                and len({offices.state_of(p) for p in people if offices.is_leader(p)} - {None}) == 2 \
                and sum(offices.is_leader(p) for p in people) == 2:
            candidate.kind = "BilateralMeeting"  # two leaders and their delegations ("the Turkish delegation included ...")


def leaders_of_parties(candidate: Candidate, offices: Offices) -> None:
    """"The programme opened with the 17th India-Russia annual summit": held by the two states' leaders."""
    if candidate.family != "summit" or candidate.organizer or len(candidate.parties) != 2 or candidate.date is None \
            or any(p.startswith("person/") for p in candidate.participants):
        return  # (undated, "the annual India-Russia summit has not taken place since ..." is the series)
    leaders = [offices.leader(state) for state in candidate.parties]
    if all(leaders) and leaders[0] != leaders[1]:
        candidate.add_people(leaders)


def add_hosts(candidate: Candidate, offices: Offices, lookup: Lookup) -> None:
    """A state visit is hosted by the head of the state visited. A plain visit made is the visitor's:
    its host met him, which is a meeting of its own ("Putin was received by Sheikh Mohamed"); a visit
    still to come keeps the host the plan names ("preparations for Putin's visit to China", said by Xi)."""
    visitors = [p for p in candidate.participants if p not in candidate.hosts]
    if candidate.kind == "Visit" and candidate.status != "planned" and visitors:
        candidate.participants = visitors
        return
    candidate.add_people(candidate.hosts)
    if candidate.kind != "StateVisit" or candidate.hosts or not candidate.places or not candidate.participants:
        return  # (a state visit of nobody the text names is not the host's own)
    place = lookup(candidate.places[0])
    country = place.key if place and place.kind == "country" else place.country if place else None
    day = candidate.date.first_day() if candidate.date else None
    host = offices.head_of_state(country, day) if country else None
    if host and host not in candidate.participants:
        candidate.participants.append(host)
        candidate.hosts.append(host)


def annual_summit_of_two(candidate: Candidate, offices: Offices, lookup: Lookup) -> None:
    """"Modi had travelled to Moscow for the previous annual summit in December 2015": an annual summit of no
    organization is two states' own, held by the leader who came and the one whose state received him."""
    people = [p for p in candidate.participants if p.startswith("person/")]
    if candidate.kind != "Summit" or candidate.organizer or len(people) != 1 or not candidate.places \
            or not re.search(r"\bannual summit\b", candidate.name.lower()):
        return
    place = lookup(candidate.places[0])
    country = place.key if place and place.kind == "country" else place.country if place else None
    if not country or not country.startswith("country/") or country == offices.state_of(people[0]):
        return
    host = offices.head_of_state(country, candidate.date.first_day() if candidate.date else None) or offices.leader(country)
    if host and host != people[0]:
        candidate.add_people([host])
        candidate.kind = "BilateralMeeting"


def summits_of_visits(candidates: list[Candidate], lookup: Lookup) -> None:
    """A summit of no organization, named by a city ("the Beijing summit") in an article about a
    visit there: the visitor's talks with the host."""
    for summit in candidates:
        if summit.kind != "Summit" or summit.organizer or summit.participants or not summit.places:
            continue
        if re.search(r"\b(?:" + ORDINALS + r")\b", summit.name.lower()):
            continue  # "the sixth Caspian summit" Ashgabat hosts: one of a series of many states, not a visit's talks
        for visit in candidates:
            if visit.family == "visit" and visit.participants and dates_agree(summit.date, visit.date) and any(
                    summit.places[0] == p or within(summit.places[0], p, lookup) for p in visit.places + visit.cities):
                # (not "before their leaders meet in Johannesburg in August" after a visit there in January)
                summit.kind = "BilateralMeeting"
                summit.add_people(visit.participants)
                summit.date = summit.date or month_of(visit.date)
                summit.status = visit.status
                break


def trips_to_gatherings(candidates: list[Candidate]) -> list[Candidate]:
    """"Iran's new president, Hassan Rouhani, came to Bishkek as the leader of an observer state", in an
    article on the SCO summit held in Bishkek that day: he came to the summit, which he attended, and the
    trip is told by the gathering (a trip named as a visit, with a host, or told together with the gathering it
    was for stays a trip, as the gold of such articles has it)."""
    for trip in candidates:
        people = [p for p in trip.participants if p.startswith("person/")]
        if trip.kind != "Visit" or trip.status != "held" or len(people) != 1 or trip.hosts or not trip.places \
                or re.search(r"\b(?:visit|trip|tour|journey)\b", trip.name.lower()):
            continue
        there = [g for g in candidates if g.family in ("summit", "ministerial") and g.organizer and g.status == "held"
                 and g.places == trip.places and g.date is not None
                 and (trip.date is None or dates_agree(month_of(g.date), month_of(trip.date))) and g.sentence < trip.sentence
                 # (a trip told with its purpose, "travelled to Kazan in October for the BRICS summit", stays a trip)
                 and trip.sentence not in g.later_sentences]
        if len(there) == 1:
            there[0].add_people(people)
            trip.merged_into = there[0]
    return [c for c in candidates if c.merged_into is None]


def keep(candidate: Candidate, lookup: Lookup) -> bool:
    people = [p for p in candidate.participants if p.startswith("person/")]
    if candidate.family in ("meeting", "call"):
        return len(set(candidate.participants)) >= 2 and (len(people) >= 2 or not people)
    if candidate.family == "visit":
        return bool(candidate.participants) and bool(candidate.places) and not is_region(candidate.places[0], lookup)
    if len(set(people)) >= 3 and (candidate.family == "summit" or candidate.family == "ministerial" and (
            candidate.date or candidate.places)):
        return True  # "He also joined Aliyev and Sharif for a three-way meeting": who met is told
    if candidate.family in ("summit", "ministerial", "org", "conference"):
        if candidate.family in ("summit", "ministerial") and not (people or candidate.date or candidate.places
                                                                   or candidate.has_sidelines):
            return False  # "the G20 summit", "the SCO summit", told of in passing: no one could tell which
        return bool(candidate.organizer or candidate.places or candidate.date) and (
            candidate.family != "conference" or bool(candidate.date or people))
    return candidate.date is not None


def normalize_places(candidate: Candidate, lookup: Lookup) -> None:
    """Several cities of one state ("in Beijing and Harbin") make the state the place."""
    # (a city the visit's phrase named inside its state stays first: "a state visit to China, in Beijing")
    candidate.cities = [p for p in candidate.cities if p not in candidate.places] + [p for p in candidate.places]
    if len(candidate.places) > 1 and not all(is_region(p, lookup) for p in candidate.places):
        # "in the Black Sea resort of Sochi": the city, not the sea
        candidate.places = [p for p in candidate.places if not is_region(p, lookup)]
        candidate.cities = list(candidate.places)
    if len(candidate.places) > 1:
        # "the Munich Security Conference in Germany": the city, not also its state
        inside = {lookup(p).country for p in candidate.places if lookup(p) and lookup(p).kind != "country"}
        candidate.places = [p for p in candidate.places if p not in inside] or candidate.places
    if len(candidate.places) > 1:
        states = {lookup(p).country if lookup(p) and lookup(p).kind != "country" else p for p in candidate.places}
        candidate.places = [states.pop()] if len(states) == 1 and None not in states else candidate.places[:1]


# ---------------------------------------------------------------------------- the article's events


def outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another one: a clause, not also the phrase within it."""
    unique = sorted(set(spans))
    return [s for s in unique if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in unique)]


NUMBERED = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                      r"twelfth|twentieth|twenty-\w+)\b", re.IGNORECASE)


def series_of_two(candidates: list[Candidate]) -> None:
    """"Putin and Modi held the 21st annual summit ... Last year's summit was skipped": another
    summit of a series held by two leaders is theirs too. Only a series of two people and no
    organization: the summits of a bloc are attended by whoever comes that year."""
    for later in candidates:
        if later.family != "summit" or later.participants or later.organizer \
                or not ANOTHER_OF_A_SERIES.match(later.name):
            continue
        series = [c for c in candidates if c.family == "summit" and c.sentence < later.sentence and not c.organizer
                  and not ANOTHER_OF_A_SERIES.match(c.name)
                  and len([p for p in c.participants if p.startswith("person/")]) == 2]
        if len(series) == 1:
            later.add_people(series[0].participants)
    for later in candidates:
        # "co-chaired the 28th regular meeting of the heads of government ... The 29th meeting is to take place in
        # Russia next year": the next of a numbered series of two is theirs (those in office now)
        if later.family not in ("meeting", "summit") or later.participants or later.organizer or later.status != "planned" \
                or not NUMBERED.search(later.name):
            continue
        series = [c for c in candidates if c.family == later.family and c.sentence < later.sentence and not c.organizer
                  and c.status == "held" and NUMBERED.search(c.name)
                  and len([p for p in c.participants if p.startswith("person/")]) == 2]
        if series:
            later.add_people(series[0].participants)


def planned_there_at_a_gathering(candidates: list[Candidate]) -> None:
    """"Samarkand will host the SCO summit on September 15-16. Xi and Putin will meet there": a meeting
    planned, undated, where a dated gathering is planned the sentence before, is on its sidelines, then."""
    for meeting in candidates:
        if meeting.family != "meeting" or meeting.status != "planned" or meeting.date is not None \
                or meeting.sidelines is not None or not meeting.places:
            continue
        there = [g for g in candidates if g.family in ("summit", "ministerial", "org", "conference")
                 and g.status == "planned" and g.date is not None and g.places == meeting.places
                 and 0 <= meeting.sentence - g.sentence <= 1]
        if len(there) == 1:
            # (on one of its days, unsaid which, when it lasts several: their month, as on any gathering's sidelines)
            gathering = there[0]
            meeting.sidelines = gathering
            meeting.date = gathering.date if gathering.date.granularity == "day" and not gathering.date.end \
                else month_of(gathering.date)


def assemble_events(candidates: list[Candidate], file: str, text: str, lookup: Lookup,
                    offices: Offices, capital: str | None = None) -> list[EventFact]:
    for candidate in candidates:
        normalize_places(candidate, lookup)
    for meeting in candidates:
        if meeting.sidelines is not None and meeting.date is not None and meeting.status == "held":
            meeting.sidelines.sidelines_days.append(meeting.date)
    events = merge_mentions(candidates, lookup, offices.published)
    events = hosted_gatherings(events)
    events = summits_named_for_their_place(events, lookup)
    sidelines_on_the_day(events)
    sidelines_by_place(events)
    planned_there_at_a_gathering(events)
    date_visit_ends(events)
    date_counted_from(events)
    date_sidelines(events)
    date_by_talks_set_apart(events)
    date_eves(events)
    date_sequences(events, offices.published)
    date_sidelines(events)  # once more: "then ... joined for a summit" got its day from the talks before it
    date_gathering_ends(events)
    date_visit_programs(events, lookup)
    trips_made_later(events)
    for candidate in events:
        add_hosts(candidate, offices, lookup)
        leaders_of_parties(candidate, offices)
        annual_summit_of_two(candidate, offices, lookup)
    summits_of_visits(events, lookup)
    events = trips_to_gatherings(events)
    series_of_two(events)
    events = parts_of_gatherings(events)
    place_visits_by_their_talks(events)
    meetings_during_visits(events, lookup)
    meetings_on_the_day_of_a_visit(events, lookup, capital)
    places_of_the_day(events, text)
    sidelines_by_date(events)
    also_met(events, text)
    also_visited(events, text)
    containers = {id(c.sidelines.current()) for c in events if c.sidelines is not None}
    for candidate in events:
        settle_kind(candidate, offices, gathering=id(candidate) in containers)
        if candidate.kind == "PhoneCall":
            candidate.places = []  # a call joins two places and is held in neither ("speaks by video link in Beijing")
        if candidate.status == "held" and candidate.date is not None and offices.published is not None \
                and candidate.date.first_day() > offices.published:
            candidate.status = "planned"  # "Before leaving for next week's NATO summit": not yet held
        elif candidate.status == "planned" and candidate.date is not None and offices.published is not None \
                and (offices.published - candidate.date.last_day()).days > 62 and not candidate.planned_then:
            # "It will be the second meeting since India became a member at the summit in Astana in June 2017": a
            # future tense around it does not make a gathering of two years before a plan
            candidate.status = "held"
        candidate.add_people(candidate.sat_in)  # (after its kind: two leaders' talks with aides in the room stay theirs)
    kept = [c for c in events if keep(c, lookup)]
    keys = {id(c): f"local/{n}" for n, c in enumerate(kept)}
    facts = []
    for candidate in kept:
        spans = outermost(candidate.spans)
        evidence = tuple(Evidence(file=file, start=a, end=b, exact=text[a:b]) for a, b in spans)
        sidelines = keys.get(id(candidate.sidelines)) if candidate.sidelines is not None else None
        facts.append(EventFact(
            kind=candidate.kind, participants=tuple(candidate.participants),
            place=candidate.places[0] if candidate.places else None, date=candidate.date,
            status=candidate.status, organizer=candidate.organizer, name=candidate.name or None,
            sidelines_of=sidelines, key=keys[id(candidate)], evidence=evidence, sources=(file,)))
    return facts
