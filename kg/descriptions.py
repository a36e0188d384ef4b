"""Descriptions, counterparts, groups and pronouns, resolved to the people they mean.

"The top Russian diplomat", "China's foreign minister", "the Chinese president" mean whoever
held that office on the article's date: first a person the article itself names with that
office, else the dictionary's office holder. "His Russian counterpart" means the holder of
the same kind of office as the person "his" refers to. "The two leaders" and "both ministers"
mean the last two such people the article named. A description is never stored as a name.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from kg.lexicon import Item
from kg.reference import Reference
from kg.titles import FORMER_WORDS, POSSESSIVE, Lookup, Title, role_at

PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
# words that open a phrase before a sentence's subject ("After talks with Wang, he ...", "With Putin beside him, Modi")
OPENING_WORDS = {"after", "following", "during", "before", "ahead", "at", "on", "in", "with", "unlike", "like", "besides",
                 # "Speaking in Ankara after talks with Erdogan, Zelensky said ... and he put off a visit"
                 "speaking", "addressing", "talking", "writing", "responding", "commenting", "briefing"}
LEADER_WORDS = {"leader", "leaders"}
MINISTER_KINDS = {"foreign_minister", "defence_minister", "finance_minister", "trade_minister",
                  "economy_minister", "energy_minister", "interior_minister"}
LEADER_KINDS = {"head_of_state", "head_of_government", "party_leader"}
# offices a state holds many of at once (an ambassador in every capital, a representative at the UN):
# "Russia's ambassador to India" is the one the article names, never the one the dictionary knows
MANY_HOLDER_KINDS = {"ambassador"}
GROUP_OPENERS = {"the", "both", "our", "their", "two", "three", "four", "other"}
# the words that open a clause hanging on the sentence ("..., when they met")
SUBORDINATORS = {"when", "after", "as", "while", "before", "where", "since", "once", "until", "because"}
# what may follow "between the two" when no noun does ("between the two on Monday", "between the two in May")
AFTER_BETWEEN_THE_TWO = {"on", "in", "at", "last", "earlier", "since", "that", "which", "this", "over", "by", "during",
                         "before", "after", ",", ".", ";"}
GROUP_SIZES = {"three": 3, "four": 4}  # "the three ministers": the last three named; otherwise two


@dataclass
class Resolved:
    """People an item (or a phrase of items) refers to."""

    people: list[str]
    start: int
    end: int
    sentence: int
    how: str  # "description" or "pronoun"


@dataclass
class Discourse:
    """What the article has said so far: who holds which office, who was named last."""

    ref: Reference
    lookup: Lookup
    published: datetime.date | None
    titles: list[Title] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)  # people in order of mention, latest last
    subjects: list[str] = field(default_factory=list)  # first person of each sentence so far
    mentions: dict[str, int] = field(default_factory=dict)  # how often each person was named so far
    named_together: list[list[str]] = field(default_factory=list)  # the people of each sentence so far
    groups: list[tuple[int, list[str]]] = field(default_factory=list)  # (sentence, people) of each group resolved
    visitors: set[str] = field(default_factory=set)  # people told as received, arriving or on a visit so far
    in_sentence: list[str] = field(default_factory=list)  # people named so far in the sentence being read

    def note(self, person: str) -> None:
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)
        self.mentions[person] = self.mentions.get(person, 0) + 1
        self.in_sentence.append(person)

    def kinds_of(self, person: str) -> list[tuple[str, str, str | None]]:
        """(role label, kind, of) of a person: the article's own titles first, then the dictionary."""
        found = [(t.role, t.kind, t.of) for t in self.titles if t.person == person and t.attests]
        found += [(o.role, o.kind, o.of) for o in self.ref.offices_held(person, self.published)]
        return found

    def is_leader(self, person: str) -> bool:
        if any(kind in LEADER_KINDS for _, kind, _ in self.kinds_of(person)):
            return True
        return any(o.leader for o in self.ref.offices_held(person, self.published))

    def is_head_of_state(self, person: str) -> bool:
        return any(kind == "head_of_state" for _, kind, _ in self.kinds_of(person))

    def is_minister(self, person: str) -> bool:
        return any(kind in MINISTER_KINDS for _, kind, _ in self.kinds_of(person))

    def named_ministers(self, of: str) -> set[str]:
        """The people this article has named as a minister of a state ("the Russian minister" is the one)."""
        return {t.person for t in self.titles if t.of == of and t.attests and t.kind in MINISTER_KINDS}

    def holder(self, kind: str, of: str, *, leader: bool = False, role: str = "") -> str | None:
        """Who holds an office of a state: named so in this article, else in the dictionary. An office
        named by its own title is looked up by that title first: Iran's Supreme Leader is not the
        president the article named, though both head the state."""
        many = kind in MANY_HOLDER_KINDS
        if role:
            for title in reversed(self.titles):
                if title.of == of and title.attests and title.role == role:
                    return title.person
            people = {o.person for o in self.ref.offices_held_on(of, self.published) if o.role == role} \
                if self.published and not many else set()
            if len(people) == 1:
                return people.pop()
        named = [t.person for t in reversed(self.titles)
                 if t.of == of and t.attests and (t.kind == kind or leader and t.kind in LEADER_KINDS)]
        if leader and len(set(named)) > 1:
            # "the Russian leader", the article having named its president and its prime minister: the one whose
            # office leads the state
            leading = [p for p in named if any(o.leader and o.of == of for o in self.ref.offices_held(p, self.published))]
            if leading:
                return leading[0]
        if named:
            return named[0]
        people = self.ref.holders(kind, of, self.published, leader=leader) if self.published and not many else []
        return people[0] if len(people) == 1 else None

    def announcer(self, person: str) -> bool:
        """Known here only as a spokesperson: the one who reports a meeting, not one of "the two men"."""
        kinds = {kind for _, kind, _ in self.kinds_of(person)}
        return bool(kinds) and kinds <= {"spokesperson"}

    def last_named(self, test, size: int = 2) -> list[str]:
        """The `size` people named last that pass the test ("the two men", "the three ministers")."""
        found = [p for p in reversed(self.recent) if test(p) and not self.announcer(p)]
        return found[:size] if len(found) >= size else []

    def likeliest_pair(self, test) -> list[str]:
        """"The two presidents": of the people last named that pass the test, the two the article has named
        together most often (the pair it is about, not the last leader it mentioned in passing); the latest
        named first among equals."""
        found = [p for p in reversed(self.recent) if test(p) and not self.announcer(p)][:4]
        if len(found) < 2:
            return []
        here = list(dict.fromkeys(p for p in reversed(self.in_sentence) if test(p) and not self.announcer(p)))
        if len(here) == 2:
            return here  # "flew in and held talks with Karimov, after which the two presidents signed": those two
        def together(a: str, b: str) -> int:
            return sum(1 for people in self.named_together if a in people and b in people)
        pairs = [(a, b) for i, a in enumerate(found) for b in found[i + 1:]]
        best = max(pairs, key=lambda pair: (together(*pair), -found.index(pair[0]) - found.index(pair[1])))
        return list(best) if together(*best) > together(found[0], found[1]) else found[:2]

    def last_group(self, test) -> list[str]:
        """"The leaders also signed a convention" after a sentence naming six of them: all six, the
        group as it was last named together, when that was four or more (of three, "the ministers had
        spoken by telephone" may be two of them, the host apart); otherwise nothing."""
        for people in reversed(self.named_together):
            passing = [p for p in people if test(p) and not self.announcer(p)]
            if passing:
                return passing if len(passing) > 3 else []
        return []


def state_of(item: Item, lookup: Lookup, ref: Reference) -> str | None:
    entity = lookup(item.entity) if item.entity else None
    if entity is None:
        return None
    if entity.kind == "country":
        return entity.key
    return None


def qualifier_state(items: list[Item], j: int, lookup: Lookup, ref: Reference) -> tuple[str | None, int]:
    """A state named just before index j: "Russian", "Russia's" -> (state, index where it starts)."""
    if j - 1 >= 0 and items[j - 1].text in POSSESSIVE and j - 2 >= 0:
        state = state_of(items[j - 2], lookup, ref)
        if state:
            return state, j - 2
    if j - 1 >= 0:
        state = state_of(items[j - 1], lookup, ref)
        if state and (items[j - 1].how == "adjective" or items[j - 1].text in ("US", "U.S.", "UK", "UAE")):
            return state, j - 1  # "the top US diplomat": the short names that serve as adjectives
    return None, j


DEATH_WORDS = {"death", "funeral", "grave", "burial", "assassination", "killing", "passing", "memory", "memorial"}


def subject_before(items: list[Item], k: int, discourse: Discourse) -> str | None:
    """The person a "his" at k refers to: the first person of this sentence, else of the last one. A
    person inside an opening phrase is not the subject: "After talks with Wang on Tuesday, he told
    reporters" means the one the sentence before was about."""
    start = 0
    if items and items[0].word in OPENING_WORDS:
        comma = next((i for i, item in enumerate(items[:k]) if item.text == ","), None)
        start = comma + 1 if comma is not None else 0
    for n, item in enumerate(items[start:k], start):
        if item.entity and item.entity.startswith("person/"):
            if n + 2 < k and items[n + 1].text in ("'s", "\u2019s") and items[n + 2].word in DEATH_WORDS:
                continue  # "days after Karimov's death, he flew to Samarkand": not the one who died
            return item.entity
    return discourse.subjects[-1] if discourse.subjects else None


def counterpart(items: list[Item], k: int, discourse: Discourse, titles: list[Title],
                before: list[Item], words: int = 1) -> Resolved | None:
    """"his Russian counterpart (, NAME)" at k (the word "counterpart", or the first of `words` words:
    "his Chinese opposite number"); `before` is the sentence so far with its descriptions resolved."""
    state, first = qualifier_state(items, k, discourse.lookup, discourse.ref)
    if state is None or first == 0 or items[first - 1].word not in ("his", "her", "their"):
        return None
    opener = items[first - 1]
    told = [i for i in before if i.start < opener.start]
    antecedent = subject_before(told, len(before), discourse)
    paired = told[-2:]
    if len(paired) == 2 and paired[1].word == "and" and paired[0].entity and paired[0].entity.startswith("person/"):
        antecedent = paired[0].entity  # "talks between Mr Wang and his North Korean counterpart": Wang's
    if antecedent is None:
        return None
    offices = discourse.kinds_of(antecedent)
    if not offices:
        return None
    label, kind, _ = offices[0]
    last = k + words - 1
    after = last + 1
    if after < len(items) and items[after].text == ",":
        after += 1
    named = items[after].entity if after < len(items) and items[after].entity else None
    if named and named.startswith("person/"):
        titles.append(Title(named, own_label(discourse, named, kind, state, label), kind, state, items[first].start,
                            items[after].end, items[k].sentence))
        return None
    # the counterpart of a premier who does not lead his state (China's) is the other state's head of
    # government, not its leader
    leads = any(o.leader for o in discourse.ref.offices_held(antecedent, discourse.published)) \
        if discourse.published else True
    person, kind = counterpart_holder(discourse, kind, state) if leads or kind not in LEADER_KINDS else (
        discourse.holder(kind, state), kind)
    if person is None:
        return None
    titles.append(Title(person, own_label(discourse, person, kind, state, label), kind, state, items[first - 1].start,
                        items[last].end, items[k].sentence))
    return Resolved([person], items[first - 1].start, items[last].end, items[k].sentence, "description")


def counterparts(items: list[Item], k: int, discourse: Discourse, titles: list[Title],
                 before: list[Item]) -> Resolved | None:
    """"his Russian and Indian counterparts" at k (the word "counterparts"): the counterpart in each state."""
    states, j = [], k
    while True:
        state, first = qualifier_state(items, j, discourse.lookup, discourse.ref)
        if state is None or first == j:
            break
        states.insert(0, state)
        j = first
        if j >= 1 and items[j - 1].word in ("and", ","):
            j -= 1
            continue
        break
    if len(states) < 2 or j == 0 or items[j - 1].word not in ("his", "her", "their"):
        return None
    opener = items[j - 1]
    antecedent = subject_before([i for i in before if i.start < opener.start], len(before), discourse)
    offices = discourse.kinds_of(antecedent) if antecedent else []
    if not offices:
        return None
    label, kind, _ = offices[0]
    leads = any(o.leader for o in discourse.ref.offices_held(antecedent, discourse.published)) \
        if discourse.published else True
    people = []
    for state in states:
        person, held = counterpart_holder(discourse, kind, state) if leads or kind not in LEADER_KINDS else (
            discourse.holder(kind, state), kind)
        if person is None or person == antecedent:
            return None
        titles.append(Title(person, own_label(discourse, person, held, state, label), held, state, opener.start,
                            items[k].end, items[k].sentence))
        people.append(person)
    return Resolved(people, opener.start, items[k].end, items[k].sentence, "description")


def counterpart_holder(discourse: Discourse, kind: str, state: str) -> tuple[str | None, str]:
    """Who a counterpart of an office of this kind is, and in which office. A leader's counterpart is
    the other state's leader, whichever office that is: the Indian premier's Chinese counterpart is
    the president the article named, not the Chinese premier."""
    if kind not in LEADER_KINDS:
        return discourse.holder(kind, state), kind
    named = [t for t in reversed(discourse.titles) if t.of == state and t.attests and t.kind in LEADER_KINDS]
    for title in sorted(named, key=lambda t: t.kind != kind):
        return title.person, title.kind
    people = discourse.ref.holders(kind, state, discourse.published, leader=True) if discourse.published else []
    if len(people) != 1:
        return discourse.holder(kind, state), kind
    leading = [o.kind for o in discourse.ref.offices_held(people[0], discourse.published) if o.of == state and o.leader]
    return people[0], leading[0] if leading else kind


def own_label(discourse: Discourse, person: str, kind: str, state: str, label: str) -> str:
    """The counterpart's own title: Blinken's Chinese counterpart is China's Foreign Minister, not its
    "Secretary of State" (the dictionary's office of that kind, else the kind's plain name)."""
    held = [o.role for o in discourse.ref.offices_held(person, discourse.published) if o.kind == kind and o.of == state]
    if held:
        return held[0]
    return {"foreign_minister": "Foreign Minister", "defence_minister": "Defence Minister"}.get(kind, label)


def seat_state(items: list[Item], k: int, discourse: "Discourse") -> str | None:
    """The state whose seat of government names the word before k ("the Kremlin", "the White House")."""
    if k == 0 or not items[k - 1].entity or not items[k - 1].entity.startswith("organization/"):
        return None
    entity = discourse.lookup(items[k - 1].entity)
    return entity.country if entity is not None and entity.country and entity.country.startswith("country/") and \
        discourse.ref.parents.get(entity.key) is None and "ministry" not in entity.label.lower() else None


def office_description(items: list[Item], k: int, discourse: Discourse, titles: list[Title]) -> tuple[Resolved, int] | None:
    """"the Chinese president", "the top Russian diplomat", "China's foreign minister", "the Russian leader"
    at k (the first word of the office), when no name follows."""
    word = items[k].word
    seat = seat_state(items, k, discourse)
    if word == "leader" or (word in ("chief", "boss") and seat and not (k + 1 < len(items) and items[k + 1].word == "of")):
        role, length = None, 1  # "the Kremlin chief": the leader of the state the Kremlin governs
    elif word == "diplomat" and any(i.word in ("top", "chief") for i in items[max(0, k - 3):k]):
        role, length = discourse.ref.role("top diplomat"), 1
    elif word == "minister" and role_at(items, k, discourse.ref) is None:
        role, length = "minister", 1  # "the Russian minister": the one minister of that state the article named
    else:
        found = role_at(items, k, discourse.ref)
        if not found or found[2]:
            return None
        role, length, _ = found
    end = k + length
    if end < len(items) and (items[end].entity or (items[end].capitalized and items[end].text.isalpha()
                                                    and items[end].word not in ("on", "in", "and"))):
        return None  # a title before a name: the titles stage has it
    j = k
    if j - 1 >= 0 and items[j - 1].word in ("top", "chief"):
        j -= 1
    state, first = qualifier_state(items, j, discourse.lookup, discourse.ref)
    if state is None and seat and role is None:
        state, first = seat, k - 1  # "the Kremlin leader"
    # (not in apposition, "Min Aung Hlaing, the chairman of Myanmar's council", nor inside another's title, "adviser
    # to the president of the United Arab Emirates")
    if state is None and role is not None and role != "minister" and j - 1 >= 0 and items[j - 1].word == "the" \
            and not (j - 2 >= 0 and items[j - 2].word in (",", "to", "for", "of")):
        of_state = of_the_state(items, end)
        if of_state is not None:
            # "The President of Russia informed his Chinese counterpart ...": the office's holder of that state, with
            # no name after it (the titles stage reads "President of Russia Vladimir Putin")
            named_state, after = of_state
            person = discourse.holder(role.kind, named_state, role=role.label)
            if person is not None:
                start = items[j - 1].start
                titles.append(Title(person, role.label, role.kind, named_state, start, items[after - 1].end,
                                    items[k].sentence))
                return Resolved([person], start, items[after - 1].end, items[k].sentence, "description"), after
    if state is None:
        return titled_alone(items, k, j, end, role, discourse)
    if first - 1 >= 0 and items[first - 1].word in ("top", "chief", "visiting"):
        first -= 1  # ("the visiting Russian foreign minister")
    opener = items[first - 1].word if first - 1 >= 0 else ""
    if items[first].text.lower().startswith("the "):  # "the Kremlin", one item with its article
        opener, first = "the", first + 1
    possessive = first + 1 < len(items) and items[first + 1].text in POSSESSIVE
    if opener != "the" and not possessive or opener in FORMER_WORDS:
        return None  # (not "Sushma Swaraj, then India's External Affairs Minister": who held it then, not now)
    start = items[first - 1].start if opener == "the" else items[first].start
    if role is None:
        person = discourse.holder("", state, leader=True)
        if person is None:
            return None
    elif role == "minister":
        ministers = discourse.named_ministers(state)
        if len(ministers) != 1:
            return None
        person = ministers.pop()
    else:
        person = discourse.holder(role.kind, state, role=role.label)
        if person is None:
            return None
        # ("the top U.S. diplomat": the title of his own office, Secretary of State)
        label = own_label(discourse, person, role.kind, state, role.label) if word == "diplomat" else role.label
        titles.append(Title(person, label, role.kind, state, start, items[end - 1].end, items[k].sentence))
    named = items[end + 1].entity if end + 1 < len(items) and items[end].text == "," else None
    closed = end + 2 >= len(items) or items[end + 2].text in (",", ".", ";", ")")
    if named and named.startswith("person/") and named != person and closed:
        if titles and titles[-1].person == person and titles[-1].start == start:
            titles.pop()
        # "Uzbekistan's leader, Islam Karimov, came as a guest": the one named, not the office's holder
        # today (but "According to the Russian president, Kim intends ...": a new clause's subject)
        return None
    return Resolved([person], start, items[end - 1].end, items[k].sentence, "description"), end


def of_the_state(items: list[Item], end: int) -> tuple[str, int] | None:
    """"... of Russia" or "of the People's Republic of China" after an office, with no name after it: (the
    state, the index after it)."""
    if end + 1 >= len(items) or items[end].word != "of":
        return None
    m = end + 1 + (items[end + 1].word == "the")
    if m >= len(items) or not (items[m].entity or "").startswith("country/") or items[m].how == "adjective" \
            or m + 1 < len(items) and items[m + 1].text in POSSESSIVE:
        return None
    if m + 1 < len(items) and (items[m + 1].entity or (items[m + 1].capitalized and items[m + 1].text.isalpha())):
        return None  # "President of Russia Vladimir Putin": a title before a name
    return items[m].entity, m + 1


def titled_alone(items: list[Item], k: int, j: int, end: int, role, discourse: Discourse) -> tuple[Resolved, int] | None:
    """"the crown prince" with no state: the one person this article has titled so ("Crown Prince
    Mohammed bin Salman ... expecting to welcome the crown prince in Moscow"). Where two people
    were titled with the office ("President Putin", "President Raisi"), "the president" is left alone."""
    if role is None or role == "minister" or j - 1 < 0 or items[j - 1].word != "the" \
            or (end < len(items) and items[end].word == "of"):
        return None  # "the president of Kazakhstan": of the state named, not one titled before
    if role.kind in LEADER_KINDS:
        # "the prime minister travelled to St Petersburg": the one person the article has titled with
        # that very office (a president named too, "the prime minister" is still the premier)
        people = {t.person for t in discourse.titles if t.attests and t.role == role.label}
    else:
        # ("the Secretary of State" after "US Secretary of State Rex Tillerson", in an article that titles other
        # foreign ministers too: the one titled with that very office)
        people = {t.person for t in discourse.titles if t.attests and t.role == role.label}
        if not people:
            # ("Rex Tillerson went to Moscow ... The secretary of state landed": one named so far who held an office
            # of that very title on the day, by the dictionary, before any foreign minister titled otherwise)
            people = {p for p in discourse.recent if any(o.role == role.label for o in discourse.ref.offices_held(
                p, discourse.published))}
        people = people or {t.person for t in discourse.titles if t.attests and t.kind == role.kind}
    if len(people) != 1:
        return None
    return Resolved([people.pop()], items[j - 1].start, items[end - 1].end, items[k].sentence, "description"), end


def told_of_another_year(items: list[Item], discourse: Discourse) -> bool:
    """"In 1996 the leaders of China, Russia and Kazakhstan met": a sentence dated to a year before the
    article's, where the offices' holders today are not the ones meant."""
    if discourse.published is None:
        return False
    # (not a year that names a thing: "vowed to defend the 1972 Anti-Ballistic Missile Treaty")
    years = [int(i.text) for j, i in enumerate(items) if re.fullmatch(r"(?:19|20)\d{2}", i.text)
             and not (j and items[j - 1].word in ("the", "its", "their") and j + 1 < len(items) and items[j + 1].capitalized)]
    return any(year < discourse.published.year - 1 for year in years)


def group(items: list[Item], k: int, discourse: Discourse, titles: list[Title] | None = None) -> tuple[Resolved, int] | None:
    """"the two leaders", "both ministers", "our leaders", "the foreign ministers of Russia and China"."""
    word = items[k].word
    pair = paired_states(items, k, discourse)
    if pair is not None:
        return pair
    counts = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
    if word == "same" and k > 0 and items[k - 1].word == "the" and k + 2 < len(items) and items[k + 1].word in counts \
            and items[k + 2].word in ("leaders", "presidents", "ministers", "men", "heads"):
        # "Xi held his own video summit with the same five leaders": the five the article named together last (of six
        # named together, the five besides the one named first: "Modi hosted it, and A, B, C, D and E joined")
        size = counts[items[k + 1].word]
        for people in reversed(discourse.named_together[-6:]):
            chosen = people if len(people) == size else people[1:] if len(people) == size + 1 else None
            if chosen:
                return Resolved(chosen, items[k - 1].start, items[k + 2].end, items[k].sentence, "description"), k + 3
        return None
    if word == "two" and k > 0 and items[k - 1].word == "the" and k + 1 < len(items) and (items[k + 1].word in (
            "agreed", "met", "discussed", "held", "will", "would", "have", "had", "also", "spoke", "signed", "shook",
            "pledged", "talked", "sat", "exchanged", "are", "were", "last", "first", "reached", "struck")
            or k > 1 and items[k - 2].word == "between" and items[k + 1].word in AFTER_BETWEEN_THE_TWO):
        # "the two agreed to meet there", "a telephone conversation between the two on September 5": the two people
        # last spoken of
        people = discourse.last_named(lambda person: True)
        if people:
            return Resolved(people, items[k - 1].start, items[k].end, items[k].sentence, "description"), k + 1
        return None
    after = [i.word for i in items[k + 1:k + 3]]
    if word == "both" and (k == 0 or items[k - 1].text in (",", ";")) and after and (
            after[0] in ("will", "would", "met", "attended", "later", "then", "spoke")
            or after[0] in ("are", "were", "also") and after[1:2] and after[1] in ("expected", "due", "scheduled", "set")):
        # "The two men will not be apart for long. Both are expected in Bishkek next week": the two last named
        # (not "Both were among the six states invited": two states)
        people = discourse.last_named(lambda person: True)
        if people:
            return Resolved(people, items[k].start, items[k].end, items[k].sentence, "description"), k + 1
        return None
    if word in ("pair", "trio") and k > 0 and items[k - 1].word == "the":
        # "the pair had last met in March", "the trio last met in the same resort" (the pair named together: not a
        # spokesman named since, "Modi and Sharif held no talks. Baglay, spokesman for ..., said ... The pair last
        # held talks in Lahore")
        people = discourse.last_named(lambda person: True, 3) if word == "trio" else discourse.likeliest_pair(lambda person: True)
        if people:
            return Resolved(people, items[k - 1].start, items[k].end, items[k].sentence, "description"), k + 1
        return None
    if word in ("sides", "men", "women", "visitors", "guests"):  # ("Qin also received the two visitors")
        # "the two sides held talks", "both sides", "the two men had last met": the two people last spoken of
        start = k
        while start - 1 >= 0 and items[start - 1].word in GROUP_OPENERS:
            start -= 1
        size = GROUP_SIZES.get(items[k - 1].word, 2)
        # the host who "received the two visitors" is not one of them
        hosts = {i.entity for i in items[:k] if i.entity} if word in ("visitors", "guests") else set()
        people = discourse.last_named(lambda person: person not in hosts, size) if start < k and items[k - 1].word in (
            "two", "both", *GROUP_SIZES) else []
        if k + 1 < len(items) and items[k + 1].text in ("'", "’"):
            people = []  # "the two sides' commerce chiefs": others, of each side
        if not people:
            return None
        return Resolved(people, items[start].start, items[k].end, items[k].sentence, "description"), k + 1
    if word == "heads" and k + 2 < len(items) and items[k + 1].word == "of" and items[k + 2].word in ("state", "government") \
            and k and (items[k - 1].word in ("both", *GROUP_SIZES) or items[k - 1].word == "two") \
            and not (k + 3 < len(items) and items[k + 3].word == "of"):
        # (only counted, and not "the heads of state of ...": "Tokayev will host the heads of state" are the summit's)
        # "the two heads of state last spoke in December": the two leaders
        word, length, role = ("presidents" if items[k + 2].word == "state" else "leaders"), 3, None
    elif word not in ("leaders", "ministers", "presidents", "diplomats"):
        found = role_at(items, k, discourse.ref)
        if not (found and found[2]):
            return None
        role, length, _ = found
        word = "ministers" if role.kind in MINISTER_KINDS else "leaders" if role.kind in LEADER_KINDS else ""
        if not word:
            return None
    else:
        length = 1
        role = None
    if k + length < len(items) and items[k + length].text in ("'", "’") and not (
            items[k - 1].word in ("two", "both", *GROUP_SIZES) and k + length + 1 < len(items)
            and items[k + length + 1].word in ("talks", "meeting", "conversation")):
        # "the leaders' summit": what kind of meeting, not who (but "the two presidents' talks": theirs; not "the two
        # leaders' earlier encounters", several, nor "their next meeting", to be set)
        return None
    start = k
    while start - 1 >= 0 and items[start - 1].word in GROUP_OPENERS | {"top"}:
        start -= 1
    end = k + length
    if start == k:
        return None
    # "the foreign ministers of Russia, China and India", "the leaders of Russia, China and Mongolia": the
    # holder of each state's office
    if (role is not None or word in ("leaders", "presidents")) and end < len(items) and items[end].word == "of":
        states, index = [], end + 1
        while index < len(items):
            if items[index].word == "the" and index + 1 < len(items):
                index += 1  # ("the presidents of the United States and Russia")
            state = state_of(items[index], discourse.lookup, discourse.ref)
            if state is None:
                break
            states.append(state)
            index += 1
            if index < len(items) and items[index].word in (",", "and"):
                index += 1 + (index + 1 < len(items) and items[index].word == "," and items[index + 1].word == "and")
                continue
            break
        # (by the office's own title first: "the presidents of Turkey, Russia and Iran" are Iran's president, not its
        # Supreme Leader)
        people = [discourse.holder(role.kind, s, role=role.label) if role is not None
                  else discourse.holder("head_of_state", s, leader=True, role="President" if word == "presidents" else "")
                  for s in states]
        # (an office's holders of two or three states, a trilateral's; a longer list names a bloc's members,
        # which the membership reader needs as states: "the foreign ministers of Brazil, Russia, India, China and
        # South Africa")
        if len(states) >= 2 and all(people) and (role is None or len(states) <= 3) \
                and not told_of_another_year(items, discourse):
            if role is not None and titles is not None:
                # "The foreign ministers of Russia and China joined ...": each the foreign minister of his state
                titles += [Title(person, own_label(discourse, person, role.kind, state, role.label), role.kind, state,
                                 items[start].start, items[index - 1].end, items[k].sentence)
                           for person, state in zip(people, states)]
            return Resolved(people, items[start].start, items[index - 1].end, items[k].sentence, "description"), index
    if end + 1 < len(items) and items[end].word == "of" and not (
            items[end + 1].word in ("the", "both") and end + 2 < len(items) and items[end + 2].word in ("two", "both")):
        return None  # "a meeting of the foreign ministers of Afghanistan's neighbours": a body, not those named
    test = discourse.is_leader if word in ("leaders", "presidents") else discourse.is_minister
    if word == "presidents":
        # "the third meeting between the two presidents": not the prime minister named in between
        test = discourse.is_head_of_state
    elif role is not None and role.kind == "head_of_government":
        # "the two premiers also met in Bishkek": not the president who received one of them
        def test(person: str) -> bool:
            return any(kind == "head_of_government" for _, kind, _ in discourse.kinds_of(person))
    size = max((GROUP_SIZES.get(i.word, 2) for i in items[start:k]), default=2)
    if any(i.word == "other" for i in items[start:k]) and items[start].word != "the":
        return None  # "other leaders would follow": some, not those named
    if any(i.word == "other" for i in items[start:k]):
        # "Albanese then met each of the other three leaders": those named before, not the one just named
        people = discourse.last_named(test, size + 1)[1:]
    else:
        counted = any(i.word in ("two", "both", *GROUP_SIZES) for i in items[start:k])
        # ("Modi wrapped up his tour in Cairo, where President Sisi awarded him the Order of the Nile after the two
        # leaders held talks": the two this sentence has named, not the pair the article named most)
        here = list(dict.fromkeys(i.entity for i in items[:start] if i.entity and i.entity.startswith("person/")
                                  and test(i.entity) and not discourse.announcer(i.entity)))
        people = (here if size == 2 and len(here) == 2 else []) or visitor_and_host(items, start, here, test, discourse) \
            or (not counted and discourse.last_group(test)) or (
            discourse.likeliest_pair(test) if size == 2 else discourse.last_named(test, size))
    if not people:
        return None
    return Resolved(people, items[start].start, items[end - 1].end, items[k].sentence, "description"), end


def visitor_and_host(items: list[Item], start: int, here: list[str], test, discourse: Discourse) -> list[str]:
    """"Mr Wei paid a visit to India in August, when the two ministers held talks in New Delhi": the one
    this sentence names and, of the people the article has named, the one most named who holds such an
    office of the state visited."""
    if len(here) != 1 or not any(i.word in ("visit", "visited", "trip", "travelled", "traveled") for i in items[:start]):
        return []
    visited = [state_of(i, discourse.lookup, discourse.ref) for i in items[:start]]
    visited = [v for v in visited if v and not any(of == v for _, _, of in discourse.kinds_of(here[0]))]
    if not visited:
        return []
    hosts = [p for p in discourse.mentions if p != here[0] and test(p) and not discourse.announcer(p)
             and any(of == visited[-1] for _, _, of in discourse.kinds_of(p))]
    if not hosts:
        return []
    return [here[0], max(hosts, key=lambda p: discourse.mentions[p])]


RECEIVING = {"received", "receives", "receiving", "welcomed", "welcomes", "welcoming", "greeted", "hosted", "hosts",
             "hosting"}
ARRIVING = re.compile(r"(?:, (?:who|which) (?:is|was|has been) (?:in \S+(?: \S+)? )?on (?:an?|his|her) (?:[a-z-]+ ){0,2}visit|"
                      r"(?:arrived|arrives|landed|lands|flew into|is visiting|was visiting|is on a|was on a)\b)")


def told_as_visitor(items: list[Item], k: int) -> bool:
    """A person named as the object of a welcome ("Rahmon on Monday received Chinese Foreign Minister Wang Yi") or as
    one arriving or on a visit ("Wang Yi, who is in Tajikistan on an official visit", "Wang landed in ...")."""
    j = k - 1
    while j >= 0 and j >= k - 6 and items[j].sentence == items[k].sentence:
        if items[j].word in RECEIVING:
            return items[j + 1].word != "by"  # (not "was received by President Cyril Ramaphosa": the host)
        if items[j].text in (",", ".", ";", ":") or items[j].entity and items[j].entity.startswith("person/"):
            break
        j -= 1
    after = " ".join(i.text for i in items[k + 1:k + 9] if i.sentence == items[k].sentence)
    return bool(ARRIVING.match(after))


def guest(items: list[Item], k: int, discourse: Discourse, before: list[Item]) -> Resolved | None:
    """"To Lam hosted a ceremony ... and then held talks with his guest": "his" is the host, and the
    guest is the person the article has named most so far (the latest named of equals), other than
    the host: a visit story is about its visitor, and the others it names come and go. "The visitor" is
    the same, with the people its sentence names before it as hosts."""
    if items[k].word not in ("guest", "visitor") or k == 0 or items[k - 1].word not in ("his", "her", "their", "the"):
        return None
    if items[k - 1].word == "the":
        # "President Joao Lourenco received the visitor at the palace": whoever it is the sentence names before
        # is the host
        hosts = {i.entity for i in items[:k] if i.entity and i.sentence == items[k].sentence}
    else:
        host_of = pronoun(items, k - 1, discourse, before)
        if host_of is None:
            return None
        hosts = {host_of.people[0]}
    order = {p: n for n, p in enumerate(discourse.recent)}
    others = [p for p in discourse.mentions if p not in hosts]
    if not others:
        return None
    # (one the article told as received or arriving first: "Rahmon received Wang Yi ... Rahmon called China a close
    # neighbour ... Rahmon thanked Beijing ... The visitor also held talks": Wang, though Rahmon is named more)
    person = max(others, key=lambda p: (p in discourse.visitors, discourse.mentions[p], order.get(p, -1)))
    return Resolved([person], items[k - 1].start, items[k].end, items[k].sentence, "description")


def visiting(items: list[Item], k: int, discourse: Discourse) -> tuple[Resolved, int] | None:
    """"a few hours after the visiting minister held talks with Jaishankar": of the people the article has named
    who hold such an office, the one it has named most (a visit story is about its visitor)."""
    if items[k].word != "visiting" or k == 0 or items[k - 1].word != "the":
        return None
    head = next((j for j in range(k + 1, min(k + 4, len(items)))
                 if items[j].word in ("minister", "president", "premier", "leader", "chancellor", "envoy", "official")), None)
    if head is None or any(i.entity for i in items[k + 1:head + 1]):
        return None
    word = items[head].word
    fitting = [p for p in discourse.mentions if any(re.search(r"\b" + word + r"\b", role.lower())
                                                    for role, _, _ in discourse.kinds_of(p))]
    if not fitting:
        return None
    order = {p: n for n, p in enumerate(discourse.recent)}
    person = max(fitting, key=lambda p: (discourse.mentions[p], order.get(p, -1)))
    return Resolved([person], items[k - 1].start, items[head].end, items[k].sentence, "description"), head + 1


def named_host(items: list[Item], k: int) -> tuple[Resolved, int] | None:
    """"held talks with his host, Kyrgyz President Sooronbay Jeenbekov": the one named after the comma."""
    if items[k].word != "host" or k == 0 or items[k - 1].word not in ("his", "her", "their") \
            or k + 1 >= len(items) or items[k + 1].text != ",":
        return None
    named = next((j for j in range(k + 2, min(k + 8, len(items)))
                  if items[j].entity and items[j].entity.startswith("person/")), None)
    if named is None or any(i.text == "," or (i.entity or "").startswith("person/") for i in items[k + 2:named]):
        return None
    return Resolved([items[named].entity], items[k - 1].start, items[named].end, items[k].sentence,
                    "description"), named + 1


PAIRED_OFFICES = {"foreign": "foreign_minister", "defence": "defence_minister", "defense": "defence_minister"}


def paired_states(items: list[Item], k: int, discourse: Discourse) -> tuple[Resolved, int] | None:
    """"the Russian and Chinese ministers", "the Indian and Chinese leaders": the one of each state (its
    minister the article named, else its foreign minister; its leader)."""
    word, last = items[k].word, k
    # "the Russian and Chinese foreign ministers", "the Chinese and Indian defence ministers": that office of each
    kind = PAIRED_OFFICES.get(items[k - 1].word) if word == "ministers" and k >= 1 else None
    if kind:
        k -= 1
    if word not in ("ministers", "leaders", "presidents") or k < 4 or items[k - 2].word != "and" \
            or items[k - 4].word != "the":
        return None
    states = [state_of(items[j], discourse.lookup, discourse.ref) for j in (k - 3, k - 1)]
    if not all(states) or states[0] == states[1]:
        return None
    people = []
    for state in states:
        if kind:
            person = discourse.holder(kind, state)
        elif word == "ministers":
            named = discourse.named_ministers(state)
            person = named.pop() if len(named) == 1 else discourse.holder("foreign_minister", state)
        else:
            person = discourse.holder("", state, leader=True)
        if person is None:
            return None
        people.append(person)
    return Resolved(people, items[k - 4].start, items[last].end, items[k].sentence, "description"), last + 1


# (and a reporting verb: "Lavrov said President Putin was very satisfied with his recent meeting": Putin's)
CLAUSE_OPENERS = {"when", "where", "whereas", "although", "though", "because", "while", "said", "says"}


# what follows an object "her" ("welcomed her to Beijing", "told her that", "gave her the award")
AFTER_OBJECT_HER = {"to", "in", "on", "at", "for", "with", "and", "as", "that", "the", "a", "an", "by", "from", "about",
                    "into", "onto", "over", "during", "before", "after", "again", "too", "there", "here", "off", "up",
                    "down", "out", "back", "last", "this", "next", "when", "while", "if", "or", "but", "since"}


def possessive_her(items: list[Item], k: int) -> bool:
    """"her first state visit" (whose), not "received her" (whom): a word of the phrase follows."""
    if k + 1 >= len(items):
        return False
    following = items[k + 1]
    return bool(following.text[:1].isalpha()) and following.word not in AFTER_OBJECT_HER and not (
        following.entity and following.entity.startswith("person/"))


TRIP_WORDS = {"visit", "trip", "tour", "stay", "journey"}


def trip_of(before: list[Item]) -> str | None:
    """The person whose trip a ", when he ..." clause goes on to tell: "after Xi's (state) visit to Moscow in
    May, when he attended the parade"."""
    if len(before) < 5 or before[-1].word != "when" or before[-2].text != ",":
        return None
    for j in range(len(before) - 3, max(len(before) - 12, 0) - 1, -1):
        if before[j].text in ("'s", "’s") and j > 0 and (before[j - 1].entity or "").startswith("person/") \
                and any(i.word in TRIP_WORDS for i in before[j + 1:j + 4]):
            return before[j - 1].entity
        if before[j].text in (",", ";"):
            return None
    return None


def pronoun(items: list[Item], k: int, discourse: Discourse, before: list[Item]) -> Resolved | None:
    """"he", "his": the first person of the sentence so far (`before`), else of the last sentence."""
    if items[k].word not in PRONOUNS:
        return None
    comma = next((i for i, item in enumerate(items) if item.text == ","), None)
    opening = items[0].word in OPENING_WORDS
    # "On Tuesday he paid a state visit, holding talks with Japarov": a subject pronoun after the
    # opening phrase's first words is the clause's subject; the phrase ended without a comma
    ends_opening = opening and k > 1 and items[k].word in ("he", "she") and (comma is None or k < comma)
    if opening and comma is not None and k < comma and not ends_opening:
        # "With Putin beside him, Modi said ...": a pronoun in an opening phrase points to the subject after it
        after = next((i.entity for i in items[comma + 1:] if i.entity and i.entity.startswith("person/")), None)
        if after is not None and not any(i.entity == after for i in items[:k]) and fits_pronoun(after, items[k].word,
                                                                                                   discourse):
            return Resolved([after], items[k].start, items[k].end, items[k].sentence, "pronoun")
    # "Ushakov had said ..., when Putin briefed Modi on his summit with Trump": the subject of the clause it is in
    # (not once the clause has ended: "Modi, who spoke to Putin when Putin called him, said his summit with Xi")
    marks = [j for j, item in enumerate(before) if item.word in CLAUSE_OPENERS and j > 0]
    open_clause = bool(marks) and not any(item.text == "," for item in before[marks[-1] + 1:])
    clause_subject = next((i.entity for i in before[marks[-1] + 1:] if i.entity and i.entity.startswith("person/")),
                          None) if open_clause and items[k].word in ("he", "she", "his", "her") else None
    traveller = trip_of(before) if items[k].word in ("he", "she") else None
    # "President Widodo received him at the palace on Monday, and on Tuesday he held talks with Retno": the one
    # received goes on with his programme
    received = next((i for j, i in enumerate(before) if i.word in ("him", "her") and i.entity and j > 0
                     and before[j - 1].word in ("received", "welcomed", "hosted", "greeted")
                     and any(b.word == "and" for b in before[j + 1:])), None) \
        if items[k].word in ("he", "she") and traveller is None else None
    if received is not None:
        traveller = received.entity
    if traveller is not None:
        # "Ushakov said ties grew after Xi's visit to Moscow in May, when he attended the parade": the traveller
        person = traveller
    elif ends_opening:
        # "After talks with Wang he told reporters": the person in the opening phrase is not "he"
        person = discourse.subjects[-1] if discourse.subjects else None
    elif clause_subject is not None and items[k].word in ("his", "he", "she"):
        person = clause_subject
    else:
        person = subject_before(before, len(before), discourse)
    if items[k].word == "him" or (items[k].word == "her" and not possessive_her(items, k)):
        # an object pronoun is not the subject of its own clause (the person named last before it):
        # "Widodo received him" (the last sentence's subject), "Putin told Xi he expected him" (Xi),
        # "Xi has not been to Russia since Putin hosted him" (Xi)
        named = [i.entity for i in before if i.entity and i.entity.startswith("person/")]
        last_named = max((j for j, i in enumerate(before) if i.entity and i.entity.startswith("person/")), default=-1)
        # "Ramaphosa did not receive Wang but spoke to him": after "but" or "and" with no new subject, the verbs
        # share the sentence's subject, and "him" is the other one
        shared = any(item.word in ("but", "and") for item in before[last_named + 1:]) and len(set(named)) >= 2
        subject = named[0] if shared else named[-1] if named else None
        if named:
            others = [p for p in reversed(named) if p != subject]
            person = others[0] if others else next(
                (p for p in reversed(discourse.subjects) if p != subject), None)
    if person is not None and not fits_pronoun(person, items[k].word, discourse):
        # "Swaraj arrived at the weekend. After she held talks with Wang, ...": not the man named last
        named = [i.entity for i in reversed(before) if i.entity and i.entity.startswith("person/")]
        person = next((p for p in named + discourse.recent[::-1] if fits_pronoun(p, items[k].word, discourse)), None)
    if person is None:
        return None
    return Resolved([person], items[k].start, items[k].end, items[k].sentence, "pronoun")


def they_of_the_subject(items: list[Item], k: int, out: list[Item]) -> Resolved | None:
    """"The leaders of China, Russia and Mongolia discussed pipelines when they met in Qingdao": "they" in a
    clause hanging on the sentence is the people its subject named together."""
    if items[k].word != "they" or k < 1 or items[k - 1].word not in SUBORDINATORS:
        return None
    opening = out[:4]
    grouped = next((i for i in opening if len(i.group) >= 2), None)
    if grouped is not None:
        people = list(grouped.group)
    else:
        # ("Khurelsukh and Xi last sat at the same table in September, when they joined Putin": the names the
        # sentence opens with, joined by "and" or commas)
        lead = []
        for item in out:
            if not ((item.entity or "").startswith("person/") or item.word in ("and", ",")):
                break
            lead.append(item)
        people = [i.entity for i in lead if i.entity]
        if len(people) < 2:
            return None
    return Resolved(people, items[k].start, items[k].end, items[k].sentence, "pronoun")


OPENING_TIME = {"in", "on", "at", ",", "later", "then", "and", "that", "this", "last", "year", "month", "week", "early",
                "late", "mid", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday", "spring", "summer", "autumn", "winter"}
THEY_MET = {"met", "meet", "held", "spoke", "talked", "sat", "agreed", "signed"}
THEY_DID = {"met", "meet", "held", "spoke", "talked", "sat", "have", "had", "will", "would", "also", "again", "last",
            "first", "agreed", "signed", "later", "then"}


def they_who_met(items: list[Item], k: int, out: list[Item], discourse: Discourse) -> Resolved | None:
    """"Nazarbayev and Xi have met several times. ... In July they met again in Ufa": a "they" that opens
    its sentence (past a time said first) and goes on to meet is the group of two or three a description in the
    two sentences before stood for ("the two leaders"), else the two people one of them named."""
    if items[k].word != "they" or k + 1 >= len(items) or items[k + 1].word not in THEY_DID:
        return None
    if not any(i.word in THEY_MET for i in items[k + 1:k + 4]):
        return None  # ("They would not comment": not a meeting)
    if any((i.entity or "").startswith("person/") for i in items[k + 1:]):
        return None  # ("They last met in Goa, when Mr. Putin came to India": the sentence names whom, read elsewhere)
    if any(i.entity or i.group or not (i.date is not None or i.word in OPENING_TIME or i.word.isdigit()) for i in out):
        return None
    # (a group the sentences before resolved first: "Saran had said that the two leaders had built up trust. They
    # last met in Goa": the two leaders, not the ambassador)
    groups = [people for sentence, people in discourse.groups if items[k].sentence - sentence <= 2]
    if groups and 2 <= len(groups[-1]) <= 3:
        return Resolved(groups[-1], items[k].start, items[k].end, items[k].sentence, "pronoun")
    for people in discourse.named_together[-2:][::-1]:
        people = [p for p in people if not discourse.announcer(p)]
        if len(people) == 2:
            return Resolved(people, items[k].start, items[k].end, items[k].sentence, "pronoun")
    return None


def fits_pronoun(person: str, word: str, discourse: Discourse) -> bool:
    """Whether a pronoun can refer to a person: "she" and "her" not to a man the dictionary knows, "he"
    and "his" not to a woman it knows (people it does not know may be either)."""
    if person not in discourse.ref.entities:
        return True
    feminine = word in ("she", "her", "hers", "herself")
    return (person in discourse.ref.women) == feminine


def own_country(items: list[Item], k: int, discourse: Discourse, before: list[Item]) -> str | None:
    """"His country" in "Lukashenko ... where his country was admitted": the state whose office the
    person "his" refers to holds (a state only when all the offices known for him are of one)."""
    if items[k].word not in ("his", "her") or k + 1 >= len(items) or items[k + 1].word != "country":
        return None
    resolved = pronoun(items, k, discourse, before)
    if resolved is None:
        return None
    states = {of for _, kind, of in discourse.kinds_of(resolved.people[0])
              if of and of.startswith("country/") and (kind in LEADER_KINDS or kind in MINISTER_KINDS)}
    return states.pop() if len(states) == 1 else None


SAME_PLACE_NOUNS = {"city", "town", "capital", "resort", "venue"}


def resolve_sentence(items: list[Item], discourse: Discourse) -> tuple[list[Item], list[Resolved], list[Title]]:
    """The sentence with each description, group and pronoun made one item naming its people;
    also the resolutions (in text order) and the offices the descriptions attest."""
    out: list[Item] = []
    found: list[Resolved] = []
    titles: list[Title] = []
    subject = None
    discourse.in_sentence = []
    k = 0
    while k < len(items):
        item = items[k]
        resolved, end = None, k + 1
        if item.entity and item.entity.startswith("person/"):
            discourse.note(item.entity)
            if told_as_visitor(items, k):
                discourse.visitors.add(item.entity)
            subject = subject or item.entity
        elif item.word == "same" and out and out[-1].word == "the" and k + 1 < len(items) \
                and items[k + 1].word in SAME_PLACE_NOUNS \
                and (place := next((i.entity for i in reversed(out) if i.entity and i.entity.startswith("place/")), None)):
            # "held talks in Ufa ..., ahead of the BRICS summit that Russia is hosting in the same city": the place
            # the sentence named last
            the = out.pop()
            out.append(Item(the.start, items[k + 1].end, f"{the.text} {item.text} {items[k + 1].text}", item.sentence,
                            entity=place, how="description"))
            k += 2
            continue
        elif item.word == "counterpart":
            resolved = counterpart(items, k, discourse, titles, out)
        elif item.word == "counterparts":
            resolved = counterparts(items, k, discourse, titles, out)
        elif item.word == "opposite" and k + 1 < len(items) and items[k + 1].word == "number":
            resolved = counterpart(items, k, discourse, titles, out, words=2)
            end = k + 2 if resolved is not None else k + 1
        elif item.word in ("guest", "visitor") and (visitor := guest(items, k, discourse, out)) is not None:
            resolved = visitor
        elif item.word == "host" and (host := named_host(items, k)) is not None:
            resolved, end = host
        elif item.word == "host" and (host := counterpart(items, k, discourse, titles, out)) is not None:
            resolved = host  # "held separate talks with his Uzbek host": as "his Uzbek counterpart"
        elif item.word == "visiting" and (guest_of := visiting(items, k, discourse)) is not None:
            resolved, end = guest_of
        elif not item.entity:
            state = own_country(items, k, discourse, out)
            if state is not None:
                out.append(Item(item.start, items[k + 1].end, "", item.sentence, entity=state, how="description"))
                k += 2
                continue
            hit = group(items, k, discourse, titles) or office_description(items, k, discourse, titles)
            if hit:
                resolved, end = hit
            else:
                resolved = pronoun(items, k, discourse, out) or they_of_the_subject(items, k, out) \
                    or they_who_met(items, k, out, discourse)
        if resolved is None:
            out.append(item)
            k = end
            continue
        found.append(resolved)
        if len(resolved.people) > 1 and resolved.how == "description":
            discourse.groups.append((item.sentence, list(resolved.people)))
        # the phrase may have begun before k ("the top Russian diplomat" is found at "diplomat")
        while out and out[-1].start >= resolved.start:
            out.pop()
        single = len(resolved.people) == 1
        out.append(Item(resolved.start, resolved.end, item.text if resolved.how == "pronoun" else "",
                        item.sentence, entity=resolved.people[0] if single else None, how=resolved.how,
                        group=[] if single else list(resolved.people)))
        for person in resolved.people:
            discourse.note(person)
        subject = subject or resolved.people[0]
        k = end
    if subject:
        discourse.subjects.append(subject)
    named = [i.entity for i in out if i.entity and i.entity.startswith("person/")]
    named += [p for i in out for p in i.group]
    if named:
        discourse.named_together.append(list(dict.fromkeys(named)))
    discourse.titles.extend(titles)
    return out, found, titles
