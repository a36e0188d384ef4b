"""People named with their office: titles before a name, appositions and "counterparts".

"Russian Foreign Minister Sergey Lavrov", "Kremlin Aide Yury Ushakov", "Foreign Minister of
China Wang Yi", "President Vladimir Putin of Russia", "Wang Yi, China's foreign minister",
"his Russian counterpart, Sergey Lavrov". A title also finds a person who is not in the
dictionary ("Ambassador Zhang Hanhui"). Titles in scare quotes ("“president” Lai") and
former offices are kept apart: they do not attest that the office is held.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.lexicon import NAME_PARTICLES, RANKS, Item, folded, looks_like_name_part
from kg.models import Entity
from kg.reference import Reference, Role

# ("Afghanistan's outgoing President Hamid Karzai": still in office, leaving it soon)
QUALIFIER_WORDS = {"the", "a", "an", "top", "chief", "new", "newly", "current", "incoming", "veteran", "influential",
                   "outgoing"}
FORMER_WORDS = {"former", "then", "ex", "late", "retired"}
ACTING_WORDS = {"acting", "interim", "caretaker"}
BODY_WORDS = {"organisation", "organization", "bloc", "group", "grouping", "alliance", "body", "union"}
QUOTES = "\"'“”‘’«»"
POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass(frozen=True)
class Title:
    """A person named with an office in the text."""

    person: str
    role: str
    kind: str
    of: str | None
    start: int
    end: int
    sentence: int
    attests: bool = True  # False for scare quotes and former offices


Lookup = Callable[[str], Entity | None]


DASHES = ("-", "–", "—")


# offices only a state has (a secretary-general, a chair or an envoy may be an organization's)
NATIONAL_KINDS = {"head_of_state", "head_of_government", "vice_president", "deputy_head_of_government", "crown_prince",
                  "foreign_secretary", "deputy_foreign_minister", "defence_minister", "finance_minister", "trade_minister",
                  "economy_minister", "energy_minister", "interior_minister", "national_security_adviser",
                  "tourism_minister", "culture_minister", "health_minister", "agriculture_minister", "justice_minister",
                  "education_minister", "transport_minister", "army_chief", "chief_cabinet_secretary"}


def person_of(item: Item, lookup: Lookup) -> str | None:
    if item.entity and item.entity.startswith("person/"):
        return item.entity
    return None


def role_at(items: list[Item], i: int, ref: Reference) -> tuple[Role, int, bool] | None:
    """The longest role phrase starting at item i: (role, items it spans, plural)."""
    first = items[i].word
    if first not in ref.role_starts and first.rstrip("s") not in ref.role_starts:
        return None
    # (up to the longest the dictionary has: "High Representative of the Union for Foreign Affairs and Security Policy")
    for length in range(min(ref.longest_role, len(items) - i), 0, -1):
        words = items[i:i + length]
        if any(w.is_name for w in words):
            continue
        key = tuple(w.word for w in words)
        role = ref.roles.get(key)
        if role:
            return role, length, False
        if key[-1].endswith("s") and len(key[-1]) > 3:
            role = ref.roles.get(key[:-1] + (key[-1][:-1],))
            if role is None and key[-1].endswith("ies"):  # "security council secretaries"
                role = ref.roles.get(key[:-1] + (key[-1][:-3] + "y",))
            if role:
                return role, length, True
    return None


def role_through_name(items: list[Item], i: int, ref: Reference, lookup: Lookup) -> tuple[Role, int, str | None] | None:
    """"Russian Security Council Secretary Nikolai Patrushev": the dictionary names a body ("Russian Security
    Council") whose last words begin an office ("Security Council Secretary"). The office is read through the
    name, of the body's state: (role, items it spans, whose office)."""
    item = items[i]
    if not item.is_name or not (item.entity or "").startswith("organization/"):
        return None
    words = folded(item.text).split()
    for cut in range(len(words) - 1):
        tail = tuple(words[cut:])
        if tail[0] not in ref.role_starts:
            continue
        for extra in range(1, min(3, len(items) - i - 1) + 1):
            following = items[i + 1:i + 1 + extra]
            if any(w.is_name for w in following):
                break
            role = ref.roles.get(tail + tuple(w.word for w in following))
            if role:
                return role, 1 + extra, holder_of(lookup(item.entity), ref)
    return None


def role_of_named_body(items: list[Item], i: int, ref: Reference, lookup: Lookup) -> tuple[Role, int, str | None] | None:
    """"the Secretary of the Russian Security Council, Nikolai Patrushev": an office whose own name runs "Secretary of
    the Security Council", told of a body the dictionary names with its state: (role, items it spans, whose office)."""
    if items[i].word not in ref.role_starts or i + 2 >= len(items) or items[i + 1].word != "of":
        return None
    at = i + 3 if items[i + 2].word == "the" else i + 2
    if at >= len(items) or not items[at].is_name or not (items[at].entity or "").startswith("organization/"):
        return None
    words = folded(items[at].text).split()
    for cut in range(1, len(words) - 1):
        role = ref.roles.get((items[i].word, "of", "the") + tuple(words[cut:]))
        if role:
            return role, at + 1 - i, holder_of(lookup(items[at].entity), ref)
    return None


def role_or_through_name(items: list[Item], i: int, ref: Reference, lookup: Lookup) -> tuple[Role, int, bool] | None:
    """role_at, else an office read through a body's name ("Tajikistan's Security Council secretary")."""
    found = role_at(items, i, ref)
    if found:
        return found
    through = role_through_name(items, i, ref, lookup)
    return (through[0], through[1], False) if through else None


def holder_of(entity: Entity | None, ref: Reference) -> str | None:
    """What an office named after this entity is an office of: a state, or an international body."""
    if entity is None:
        return None
    if entity.kind == "country":
        return entity.key
    if entity.kind == "organization":
        return entity.country or entity.key
    return None


def qualifiers_before(items: list[Item], i: int, ref: Reference, lookup: Lookup) -> tuple[str | None, int, set[str]]:
    """(whose office, index of the first qualifier item, qualifier words) before a role at i."""
    of, first, words = None, i, set()
    j = i - 1
    while j >= 0 and i - j <= 5:
        item = items[j]
        if item.text in POSSESSIVE and j > 0 and items[j - 1].entity:
            j -= 1
            continue
        if item.entity and of is None:
            holder = holder_of(lookup(item.entity), ref)
            if holder is None:
                break
            of, first = holder, j
        elif item.word in QUALIFIER_WORDS | FORMER_WORDS | ACTING_WORDS or item.text in "-":
            words.add(item.word)
            first = j
        else:
            break
        j -= 1
    return of, first, words


def of_phrase(items: list[Item], k: int, ref: Reference, lookup: Lookup) -> tuple[str | None, int]:
    """"of (the) STATE" at k: (holder, index after the phrase)."""
    if k < len(items) and items[k].word == "of":
        m = k + 1
        if m < len(items) and items[m].word == "the":
            m += 1
        if m < len(items) and items[m].entity:
            holder = holder_of(lookup(items[m].entity), ref)
            if holder:
                return holder, m + 1
    return None, k


# what a spokesperson speaks for: "for the Russian Foreign Ministry", "for China's foreign ministry"
OFFICE_WORDS = {"ministry", "government", "presidency", "cabinet", "office", "mfa"}


def for_office_of(items: list[Item], k: int, ref: Reference, lookup: Lookup) -> tuple[str | None, int]:
    """"for the Russian Foreign Ministry" or "for the Kremlin" at k: (the state, index after the phrase)."""
    if k >= len(items) or items[k].word != "for":
        return None, k
    m = k + 1 + (k + 1 < len(items) and items[k + 1].word == "the")
    entity = lookup(items[m].entity) if m < len(items) and items[m].entity else None
    holder = holder_of(entity, ref)
    if not holder or not holder.startswith("country/"):
        return None, k
    if entity.kind == "organization":
        return holder, m + 1  # "for the Kremlin"
    m += 1 + (m + 1 < len(items) and items[m + 1].text in POSSESSIVE)
    for j in range(m, min(m + 3, len(items))):
        if items[j].word in OFFICE_WORDS:
            return holder, j + 1
        if items[j].entity or items[j].text in ",.;":
            break
    return None, k


def past_posting(items: list[Item], k: int, role: Role) -> int:
    """Past where an envoy is posted, "to India", "to the United Nations" ("in Beijing" for an ambassador):
    where what follows begins."""
    if k + 1 < len(items) and (items[k].word == "to" or items[k].word == "in" and role.kind == "ambassador"):
        m = k + 1 + (items[k + 1].word == "the")
        if m < len(items) and items[m].entity:
            return m + 1
    return k


# Chinese surnames and given names spelled like an English pronoun ("Vice Premier He Lifeng",
# "Liu He"): capitalized inside a titled name, beside a real name part, they are names
PRONOUN_SHAPED_NAMES = {"he"}


def pronoun_shaped_name(items: list[Item], k: int, length: int, ref: Reference) -> bool:
    item = items[k + length]
    if item.word not in PRONOUN_SHAPED_NAMES or not item.text[:1].isupper() or item.text.isupper():
        return False
    if length:
        return True  # after a name part: "Liu He"
    return k + 1 < len(items) and looks_like_name_part(items[k + 1], ref)  # "He Lifeng"


GIVEN_NAME_TITLES = {"amir", "sultan"}


def unknown_name_run(items: list[Item], k: int, ref: Reference) -> int:
    """How many items from k make up a person's name that is not in the dictionary."""
    length = 0
    while k + length < len(items) and length < 5:
        item = items[k + length]
        if re.fullmatch(r"[A-Z]", item.text) and k + length + 2 < len(items) and items[k + length + 1].text == "." \
                and looks_like_name_part(items[k + length + 2], ref):
            length += 2  # "G. Kishan Reddy": an initial and its full stop
        elif looks_like_name_part(item, ref) or (item.names and not item.entity and item.capitalized
                                                 and all(n.how == "short" for n in item.names)):
            length += 1  # "Sung Kim": a surname the dictionary knows, in a name it does not
        elif pronoun_shaped_name(items, k, length, ref):
            length += 1
        elif not length and item.word in GIVEN_NAME_TITLES and item.capitalized and k + 1 < len(items) \
                and looks_like_name_part(items[k + 1], ref):
            length += 1  # "Amir Hatami", "Sultan Al Jaber": a given name that is also a title
        elif item.word in NAME_PARTICLES and length and k + length + 1 < len(items) \
                and looks_like_name_part(items[k + length + 1], ref):
            length += 1
        else:
            break
    while length and items[k + length - 1].word in NAME_PARTICLES:
        length -= 1
    return length


def past_portfolio(items: list[Item], k: int) -> int:
    """Past an office's portfolio and the comma after it: "Deputy Foreign Minister for Legal and International
    Affairs, Kazem Gharibabadi"; where the name begins (k itself when there is no portfolio)."""
    if k >= len(items) or items[k].word not in ("for", "on"):
        return k
    for j in range(k + 1, min(k + 8, len(items))):
        if items[j].entity or items[j].text in (",", ".", ";"):
            return k
        if items[j].word == "affairs":
            j += 1
            return j + 1 if j < len(items) and items[j].text == "," else j
    return k


class TitleFinder:
    """Finds titles in one article; creates people the dictionary does not know."""

    def __init__(self, ref: Reference, lookup: Lookup, new_person: Callable[[str], str],
                 published: datetime.date | None):
        self.ref = ref
        self.lookup = lookup
        self.new_person = new_person
        self.published = published
        self.own_state: dict[str, str] = {}  # people titled together, each with "of" his own state

    def names_after(self, items: list[Item], k: int, plural: bool, listed: bool = False) -> tuple[list[tuple[str, int]], int]:
        """People named from item k on: [(person key, index of its item)], index after them."""
        people = []
        if k + 3 < len(items) and items[k].text == "(" and items[k + 2].text == ")" and items[k + 1].text.isupper():
            k += 3  # "External Affairs Minister (EAM) S Jaishankar": the office's abbreviation, then the name
        while k < len(items):
            state = None
            if listed:  # (a list after a colon or dash, each named with his state: "China's Xi Jinping")
                k, state = self.state_before_name(items, k)
            while k + 1 < len(items) and items[k].word in RANKS:
                k += 1  # "Defence Minister Brig Gen Mohammad Reza Gharaei Ashtiani"
            if k + 2 < len(items) and items[k].word in ("dr", "dr.") and items[k + 1].text == ".":
                k += 2  # "Prime Minister Dr. Manmohan Singh"
            elif k + 1 < len(items) and items[k].word in ("dr", "dr."):
                k += 1
            if k >= len(items):
                break
            item = items[k]
            person = person_of(item, self.lookup)
            if person:
                people.append((person, k))
                if state:
                    self.own_state[person] = state
                k += 1
            else:
                length = unknown_name_run(items, k, self.ref)
                known = person_of(items[k + length], self.lookup) if 0 < length < 3 and k + length < len(items) else None
                if known:
                    # "Foreign Minister Mohammad Ishaq Dar": a first name the dictionary's "Ishaq Dar" leaves out
                    items[k:k + length + 1] = [Item(items[k].start, items[k + length].end,
                                                    " ".join(x.text for x in items[k:k + length + 1]),
                                                    items[k].sentence, names=items[k + length].names,
                                                    entity=items[k + length].entity, how=items[k + length].how)]
                    people.append((known, k))
                    k += 1
                elif length < 2:
                    break
                else:
                    people.append((self.name_person(items, k, length), k))
                    k += 1
            if not plural:
                break
            if k + 1 < len(items) and items[k].word == "of" and items[k + 1].entity \
                    and items[k + 1].entity.startswith("country/"):
                # "Presidents Alexander Lukashenko of Belarus, Kassym-Jomart Tokayev of Kazakhstan and ...": each his own
                self.own_state[people[-1][0]] = items[k + 1].entity
                k += 2
            if k + 1 < len(items) and items[k].word in (",", "and") and items[k + 1].word != "the":
                k += 1
                if k < len(items) and items[k].word == "and":
                    k += 1
                continue
            break
        return people, k

    def respectively(self, items: list[Item], k: int) -> list[tuple[str, str, int]]:
        """"the prime ministers of Kazakhstan, Tajikistan and Uzbekistan, Alikhan Smailov, Kokhir Rasulzoda and
        Abdulla Aripov": each of the states in turn, as (person, state, index of the person's item)."""
        if k >= len(items) or items[k].word != "of":
            return []
        states, m = [], k + 1
        while m < len(items):
            if items[m].word == "the":
                m += 1
            holder = holder_of(self.lookup(items[m].entity), self.ref) if m < len(items) and items[m].entity else None
            if not holder or not holder.startswith("country/"):
                break
            states.append(holder)
            m += 1
            if m + 1 < len(items) and items[m].word in (",", "and") and items[m + 1].word != ",":
                m += 1
                if items[m].word == "and":
                    m += 1
                continue
            if m < len(items) and items[m].text in DASHES:
                m += 1  # "the security council secretaries of Kazakhstan, ... and Uzbekistan - Yermekbayev, ... -"
            break
        if len(states) < 2 or m >= len(items) or (items[m - 1].word != "," and items[m - 1].text not in DASHES):
            return []
        people, _ = self.names_after(items, m, True)
        if len(people) != len(states):
            return []
        return [(person, state, index) for (person, index), state in zip(people, states)]

    def state_before_name(self, items: list[Item], k: int) -> tuple[int, str | None]:
        """In a list of people each with his own state, what stands before a name: "the host," (skipped), "China's",
        "Tajik President": (index of the name, the state it gives)."""
        if k + 2 < len(items) and items[k].word == "the" and items[k + 1].word in ("host", "hosts") \
                and items[k + 2].word == ",":
            k += 3  # "the host, Tajik President Emomali Rahmon"
        holder = holder_of(self.lookup(items[k].entity), self.ref) if k < len(items) and items[k].entity else None
        if not holder or not holder.startswith("country/") or k + 1 >= len(items):
            return k, None
        if items[k + 1].text in POSSESSIVE:
            return k + 2, holder  # "China's Xi Jinping"
        office = self.office_at(items, k + 1)
        if office and not office[2]:
            return office[1], holder  # "Tajik President Emomali Rahmon"
        return k, None

    def listed_after_colon(self, items: list[Item], k: int) -> tuple[list[tuple[str, int]], int]:
        """"the presidents of the six member states: Vladimir Putin of Russia, Alexander Lukashenko of Belarus and ...":
        the people a colon lists after a plural office, when each is named with his own state."""
        m = k
        # (or a dash: "The presidents of the six member states - the host, Tajik President Emomali Rahmon, China's Xi
        # Jinping, ... and Islam Karimov of Uzbekistan - also signed")
        while m < min(k + 8, len(items)) and items[m].text not in (":",) + DASHES:
            if items[m].entity and items[m].entity.startswith("person/") or items[m].text in (".", ";"):
                return [], k
            m += 1
        if m >= len(items) or items[m].text not in (":",) + DASHES:
            return [], k
        people, after = self.names_after(items, m + 1, True, listed=True)
        if len(people) < 2 or any(person not in self.own_state for person, _ in people):
            return [], k
        return people, after

    def coordinated_states_before(self, items: list[Item], i: int) -> list[str]:
        """The states of "the Turkish and Iranian" before a plural office at i, in order (two or more, else none)."""
        states, j = [], i - 1
        while j >= 0:
            holder = holder_of(self.lookup(items[j].entity), self.ref) if items[j].entity else None
            if not holder or not holder.startswith("country/"):
                break
            states.insert(0, holder)
            if j > 0 and items[j - 1].word in ("and", ","):
                j -= 2
                continue
            break
        return states if len(states) > 1 else []

    def role_of(self, person: str, kind: str) -> str | None:
        """Whose office of this kind a person held on the article's date, from the dictionary; else whose
        office of this kind he held at any time, when that is one state ("President Jiang Zemin's visit in
        1996", told in 2006); else, for a state's office, the one state all his offices were of ("Home Minister
        Rajnath Singh", whom the dictionary knows as India's defence minister)."""
        for office in self.ref.offices_held(person, self.published):
            if office.kind == kind:
                return office.of
        ever = {o.of for o in self.ref.offices_held(person, None) if o.kind == kind}
        if len(ever) == 1:
            return ever.pop()
        home = {o.of for o in self.ref.offices_held(person, None) if o.of.startswith("country/")}
        if kind in NATIONAL_KINDS and len(home) == 1 and not ever:
            return home.pop()
        return None

    def find(self, items: list[Item]) -> list[Title]:
        titles: list[Title] = []
        pending: list[tuple] = []  # offices named before "and" another office, of the person named after both
        i = 0
        while i < len(items):
            through = body = role_of_named_body(items, i, self.ref, self.lookup)
            found = None if through else role_at(items, i, self.ref)
            through = through or (None if found else role_through_name(items, i, self.ref, self.lookup))
            if through:
                found = through[0], through[1], False
            if not found:
                i += 1
                continue
            role, length, plural = found
            of, first, words = qualifiers_before(items, i, self.ref, self.lookup)
            if through and through[2] and through[2].startswith("country/"):
                of = of or through[2]  # (the UN's "Security Council" has no state: an adjective before it tells)
            quoted = (i > 0 and items[i - 1].text in QUOTES) or (
                i + length < len(items) and items[i + length].text in QUOTES)
            k = i + length
            if k < len(items) and items[k].text in QUOTES:
                k += 1
            before_of = k
            of_after, k = of_phrase(items, k, self.ref, self.lookup)
            k = past_portfolio(items, k)
            people, after = self.names_after(items, k, plural)
            if not people and body and k < len(items) and items[k].text == ",":
                people, after = self.names_after(items, k + 1, plural)  # (its holder in apposition)
            if not people and plural and k < len(items) and items[k].word == "," \
                    and len(self.coordinated_states_before(items, i)) > 1:
                people, after = self.names_after(items, k + 1, plural)  # ("... defence ministers, Akar and Hatami,")
            if not people and plural:
                people, after = self.listed_after_colon(items, k)
            if not people and plural:
                listed = self.respectively(items, before_of)
                if listed:
                    for person, state, index in listed:
                        titles.append(Title(person, role.label, role.kind, state, items[first].start, items[index].end,
                                            items[i].sentence, attests=not quoted and not words & FORMER_WORDS))
                    i = listed[-1][2] + 1
                    continue
            if not people:
                if k < len(items) and items[k].word == "and" and role_at(items, k + 1, self.ref) \
                        and not (first > 0 and items[first - 1].word == "the") and items[first].word != "the":
                    # (not "the Russian president and Prime Minister Narendra Modi": one described, one titled)
                    # "Deputy Prime Minister and Foreign Minister Saleumxay Kommasith": both his
                    pending.append((role, of or of_after, items[first].start))
                else:
                    pending.clear()
                i += length
                continue
            of_tail, tail_end = of_phrase(items, after, self.ref, self.lookup)
            label = role.label
            if words & ACTING_WORDS and not label.startswith("Acting"):
                label = f"Acting {label}"
            # "The Turkish and Iranian defence ministers, Hulusi Akar and Amir Hatami": each his state, in turn
            each = self.coordinated_states_before(items, i) if plural and len(people) > 1 else []
            if len(each) == len(people):
                for (person, index), state in zip(people, each):
                    titles.append(Title(person, label, role.kind, state, items[first].start, items[index].end,
                                        items[i].sentence, attests=not quoted and not words & FORMER_WORDS))
                pending.clear()
                i = after
                continue
            for person, index in people:
                known = self.role_of(person, role.kind)
                if of_tail and of_tail.startswith("country/") and known and known.startswith("organization/"):
                    of_tail = None  # "Secretary-General Rashid Alimov of Tajikistan": his country, not the office's body
                holder = of or of_after or self.own_state.get(person) or of_tail or known
                end = items[tail_end - 1].end if of_tail else items[index].end
                titles.append(Title(person, label, role.kind, holder, items[first].start, end,
                                    items[i].sentence, attests=not quoted and not words & FORMER_WORDS))
                if len(people) == 1:
                    for earlier, earlier_of, start in pending:
                        titles.append(Title(person, earlier.label, earlier.kind,
                                            earlier_of or holder or self.role_of(person, earlier.kind), start, end,
                                            items[i].sentence, attests=not quoted and not words & FORMER_WORDS))
            pending.clear()
            i = after
        titles += self.appositions(items)
        titles += self.also_offices(items, titles)
        told = {(t.person, t.role) for t in titles}
        titles += [t for t in self.apposed_offices(items) if (t.person, t.role) not in told]
        titled = {t.person for t in titles}
        titles += [t for t in self.named_with_state(items) if t.person not in titled]
        return titles

    def named_with_state(self, items: list[Item]) -> list[Title]:
        """"Russia's Vladimir Putin, Alexander Lukashenko of Belarus": a person named with his state and no office,
        whom the dictionary has lead that state (or be its foreign minister) on the article's day, in that office."""
        if self.published is None:
            return []
        titles = []
        for k, item in enumerate(items):
            person = person_of(item, self.lookup)
            if not person:
                continue
            before = holder_of(self.lookup(items[k - 2].entity), self.ref) \
                if k >= 2 and items[k - 1].text in POSSESSIVE and items[k - 2].entity else None
            after = holder_of(self.lookup(items[k + 2].entity), self.ref) \
                if k + 2 < len(items) and items[k + 1].word == "of" and items[k + 2].entity else None
            state = before or after
            if not state or not state.startswith("country/"):
                continue
            held = [o for o in self.ref.offices_held(person, self.published)
                    if o.of == state and (o.leader or o.kind == "foreign_minister")]
            if len(held) == 1:
                first, last = (items[k - 2], item) if before else (item, items[k + 2])
                titles.append(Title(person, held[0].role, held[0].kind, state, first.start, last.end, item.sentence))
        return titles

    def office_at(self, items: list[Item], m: int) -> tuple[Role, int, str | None] | None:
        """An office at m, with whose it is when it says so after it: (role, index after it, state).
        Besides a plain title ("state councillor", "minister of public security of China"), an office
        named through its body: "secretary of Kyrgyzstan's Security Council", "secretary of the Security
        Council of Kazakhstan"."""
        found = role_at(items, m, self.ref)
        if found and not found[2]:
            of, after = of_phrase(items, m + found[1], self.ref, self.lookup)
            if of is None and found[0].kind in ("aide", "adviser"):
                of, after = self.to_leader(items, after)  # "an aide to President Vladimir Putin": Russia's
            return found[0], after, of
        if m + 3 >= len(items) or items[m].word not in self.ref.role_starts or items[m + 1].word != "of":
            return None
        j = m + 2
        of = None
        if items[j].entity and j + 2 < len(items) and items[j + 1].text in POSSESSIVE:
            of = holder_of(self.lookup(items[j].entity), self.ref)
            j += 2
        elif items[j].word == "the":
            j += 1
        body = items[j] if j < len(items) else None
        if body is None or not body.is_name:
            return None
        role = self.ref.roles.get((items[m].word, "of", "the") + tuple(folded(body.text).split()))
        if role is None:
            return None
        if of is None:
            of, after = of_phrase(items, j + 1, self.ref, self.lookup)
            return role, after, of
        return role, j + 1, of

    def office_chain(self, items: list[Item], m: int) -> list[tuple[Role, str | None, int, int]]:
        """The offices of an apposition from m, joined by "and", up to where it closes: [(role, state, first
        index, index after)]; none when it does not close ("NAME, China's state councillor and minister of public
        security;")."""
        found = []
        while m < len(items):
            start = m
            # ("Nikolai Bordyuzha, the organisation's secretary-general,": the body the article speaks of)
            while start < len(items) and start < m + 4 and (items[start].word in QUALIFIER_WORDS | {
                    "presidential", "foreign-policy", "senior", "close", "longtime", "long-time"} or (
                    start + 1 < len(items) and items[start + 1].text in POSSESSIVE
                    and (items[start].entity or items[start].word in BODY_WORDS))):
                start += 2 if items[start].entity or items[start].word in BODY_WORDS else 1
            office = self.office_at(items, start) if start < len(items) else None
            if office is None:
                return []
            role, after, said = office
            before, _, qualifiers = qualifiers_before(items, start, self.ref, self.lookup)
            if qualifiers & FORMER_WORDS:
                return []
            found.append((role, said or before, m, after))
            if after + 1 < len(items) and items[after].word == "and" and not person_of(items[after + 1], self.lookup):
                m = after + 1
                continue
            return found if after >= len(items) or items[after].text in ",.;)–—" else []
        return []

    def to_leader(self, items: list[Item], k: int) -> tuple[str | None, int]:
        """"to (President) Vladimir Putin" at k: (the state he leads, index after him)."""
        if k + 1 >= len(items) or items[k].word != "to":
            return None, k
        m = k + 1
        while m < len(items) and m < k + 4 and not person_of(items[m], self.lookup) and items[m].word in (
                "the", "president", "prime", "minister", "premier", "chancellor", "king", "leader"):
            m += 1
        person = person_of(items[m], self.lookup) if m < len(items) else None
        held = [o.of for o in self.ref.offices_held(person, self.published)
                if o.leader and o.of.startswith("country/")] if person and self.published else []
        return (held[0], m + 1) if held else (None, k)

    def apposed_offices(self, items: list[Item]) -> list[Title]:
        """"Zhao Kezhi, China's state councillor and minister of public security;" and "Kalmukhanbet Kasymov,
        presidential aide and secretary of the Security Council of Kazakhstan,": each office in the apposition,
        of the state one of them names."""
        titles = []
        for k, item in enumerate(items):
            person = person_of(item, self.lookup)
            if not person or k + 3 >= len(items) or items[k + 1].text != ",":
                continue
            found = self.office_chain(items, k + 2)
            # ("Sergei Lavrov, the foreign minister,": of the state the dictionary has him serve in that office)
            found = [(role, of or self.role_of(person, role.kind), first, after) for role, of, first, after in found]
            of_any = next((of for _, of, _, _ in found if of), None)
            if len(found) < 2 and not (found and (found[0][1] or found[0][0].kind == "secretary_general")):
                continue  # (a body's secretary-general, whose body the context gives: kg.entities.state_from_context)
            end = found[-1][3]
            if end + 1 < len(items) and items[end].text == "," and person_of(items[end + 1], self.lookup):
                continue  # "Ilham Aliyev, the Emir of Qatar, Sheikh Tamim, and ...": the next name's office, in a list
            for role, of, _, after in found:
                if of or of_any or role.kind == "secretary_general":
                    titles.append(Title(person, role.label, role.kind, of or of_any, item.start, items[after - 1].end,
                                        item.sentence))
        return titles

    def also_offices(self, items: list[Item], titles: list[Title]) -> list[Title]:
        """"Foreign Minister Ishaq Dar, who is also deputy prime minister,": his second office, of the state
        of his first (or, untitled, of the one the dictionary has him serve); so "who has again been foreign minister
        since July"."""
        found = []
        for k, item in enumerate(items[:-4]):
            person = person_of(item, self.lookup)
            if not person or items[k + 1].text != "," or items[k + 2].word != "who":
                continue
            m = k + 3
            while m < len(items) and m < k + 7 and items[m].word in ("is", "was", "also", "serves", "as", "the", "a",
                                                                    "an", "concurrently", "has", "had", "again", "been"):
                m += 1
            # ("who has again been foreign minister since July": the office held now)
            if m == k + 3 or m >= len(items) or items[m - 1].word not in ("also", "concurrently", "as", "been"):
                continue  # ("who is the president": said of him, but "also" marks the second office)
            role_found = role_at(items, m, self.ref)
            if not role_found or role_found[2]:
                continue
            role, length, _ = role_found
            of = next((t.of for t in titles if t.person == person and t.of and t.of.startswith("country/")), None)
            of = of or self.role_of(person, role.kind)
            if of:
                found.append(Title(person, role.label, role.kind, of, item.start, items[m + length - 1].end,
                                   item.sentence))
        return found

    def unknown_before_apposition(self, items: list[Item], k: int) -> str | None:
        """"Sung Kim, the US ambassador to the Philippines,": a name the dictionary lacks, followed by
        its office in apposition, is a person (the items of the name become one)."""
        if k and looks_like_name_part(items[k - 1], self.ref):
            return None  # not where a name starts
        length = unknown_name_run(items, k, self.ref)
        if length < 2 or k + length + 2 >= len(items) or items[k + length].text != ",":
            return None
        m = k + length + 1
        # ("Damir Sagynbaev, secretary of Kyrgyzstan's Security Council,"; "Kasymov, presidential aide and ...")
        if any(of for _, of, _, _ in self.office_chain(items, m)):
            return self.name_person(items, k, length)
        while m < len(items) and m < k + length + 5 and not role_at(items, m, self.ref):
            m += 1
        found = role_at(items, m, self.ref) if m < len(items) else None
        if not found or found[2]:
            return None
        of, first, _ = qualifiers_before(items, m, self.ref, self.lookup)
        of_after, _ = of_phrase(items, m + found[1], self.ref, self.lookup)
        if first != k + length + 1 or not (of or of_after):
            return None
        return self.name_person(items, k, length)

    def unknown_after_apposition(self, items: list[Item], k: int) -> str | None:
        """"Togo's foreign minister, Robert Dussey, told reporters": a name the dictionary lacks, right after
        a state's office and a comma and closed by a comma or a stop, is a person."""
        if k < 3 or items[k - 1].text != "," or (
                looks_like_name_part(items[k - 2], self.ref) and not role_at(items, k - 2, self.ref)):
            return None
        length = unknown_name_run(items, k, self.ref)
        if length < 2 or k + length >= len(items) or items[k + length].text not in (",", ".", ";"):
            return None
        for m in range(max(0, k - 8), k - 1):
            found = role_or_through_name(items, m, self.ref, self.lookup)
            if found and past_posting(items, m + found[1], found[0]) == k - 1 and not found[2]:
                of, first, _ = qualifiers_before(items, m, self.ref, self.lookup)
                return self.name_person(items, k, length) if of or self.sender(items, first) else None
        return None

    def sender(self, items: list[Item], first: int) -> str | None:
        """"India sent its deputy national security adviser, Rajinder Khanna": the state that sent its officer."""
        if first >= 3 and items[first - 1].word == "its" and items[first - 2].word in ("sent", "sends", "dispatched") \
                and items[first - 3].entity:
            state = self.lookup(items[first - 3].entity)
            return state.key if state is not None and state.kind == "country" else None
        return None

    def name_person(self, items: list[Item], k: int, length: int) -> str:
        """A person the dictionary lacks, named by the `length` items from k (which become one item)."""
        text = " ".join(x.text for x in items[k:k + length])
        key = self.new_person(text)
        items[k:k + length] = [Item(items[k].start, items[k + length - 1].end, text, items[k].sentence,
                                    entity=key, how="name")]
        return key

    def appositions(self, items: list[Item]) -> list[Title]:
        """"NAME, (the) Russian foreign minister," and "China's foreign minister, NAME,"."""
        titles = []
        for k, item in enumerate(items):
            person = person_of(item, self.lookup)
            if not person:
                person = self.unknown_before_apposition(items, k)
            if not person:
                person = self.unknown_after_apposition(items, k)
            if not person:
                continue
            item = items[k]
            # NAME , [the] QUALIFIER ROLE
            if k + 2 < len(items) and items[k + 1].text == ",":
                m = k + 2
                while m < len(items) and m < k + 6 and not role_at(items, m, self.ref):
                    m += 1
                found = role_at(items, m, self.ref) if m < len(items) else None
                if found and not found[2]:
                    role, length, _ = found
                    of, first, words = qualifiers_before(items, m, self.ref, self.lookup)
                    of_after, after = of_phrase(items, m + length, self.ref, self.lookup)
                    if not of and not of_after:
                        # "Maria Zakharova, the spokeswoman for the Russian Foreign Ministry,"
                        of_after, after = for_office_of(items, after, self.ref, self.lookup)
                    if after + 1 < len(items) and items[after].word == "to":  # "the US ambassador to the Philippines"
                        after += 1 + (items[after + 1].word == "the")
                        after += 1 if after < len(items) and items[after].entity else 0
                    closes = after >= len(items) or items[after].text in ",.;)–—" or items[after].word in ("and", "said")
                    # "Ilham Aliyev, the Emir of Qatar, Sheikh Tamim, and ...": in a list, the office is the next name's
                    listed = person_of(items[after + 1], self.lookup) if (
                        after + 1 < len(items) and items[after].text == "," and not of and of_after
                        and not words & FORMER_WORDS) else None
                    if first == k + 2 and (of or of_after) and closes and listed:
                        titles.append(Title(listed, role.label, role.kind, of or of_after, items[first].start,
                                            items[after + 1].end, item.sentence))
                    elif first == k + 2 and (of or of_after) and closes:
                        titles.append(Title(person, role.label, role.kind, of or of_after, item.start,
                                            items[after - 1].end, item.sentence,
                                            attests=not words & FORMER_WORDS))
            # QUALIFIER ROLE , NAME
            if k >= 2 and items[k - 1].text == ",":
                for m in range(max(0, k - 8), k - 1):
                    found = role_or_through_name(items, m, self.ref, self.lookup)
                    # ("Russia's ambassador to India, Denis Alipov,")
                    if found and past_posting(items, m + found[1], found[0]) == k - 1 and not found[2]:
                        role, length, _ = found
                        of, first, words = qualifiers_before(items, m, self.ref, self.lookup)
                        if of is None and first >= 3 and items[first - 1].word == "whose" and items[first - 2].text == ",":
                            # "Turkey, whose president, Recep Tayyip Erdogan, came as a guest"
                            state = self.lookup(items[first - 3].entity) if items[first - 3].entity else None
                            of = state.key if state is not None and state.kind == "country" else None
                        of = of or self.sender(items, first)
                        if of is None and first >= 2 and items[first - 1].word == "its":
                            # "Laos holds the ASEAN chair, and its foreign minister, Saleumxay Kommasith, presided"
                            named = [i.entity for i in items[:first - 1] if i.entity and i.how != "adjective"
                                     and i.entity.startswith(("country/", "organization/"))]
                            # the sentence's subject (not "NATO and its secretary-general": the organization's)
                            of = named[0] if named and named[0].startswith("country/") else None
                        # "According to the Russian president, Kim intends to ...": the name opens the clause
                        ends = k + 1 >= len(items) or items[k + 1].text in ",.;:)–—\"'" or items[k + 1].word in (
                            "and", "said", "says", "told", "who", "whose")
                        held = self.ref.offices_held(person, self.published) if self.published else []
                        if k + 1 < len(items) and items[k + 1].word == "and" and held and not any(
                                o.kind == role.kind and o.of == of for o in held):
                            # "between the US secretary of state, Taro Kono and Kang Kyung-wha": a list, of which
                            # the dictionary says Kono held another office that day
                            break
                        if of and ends and (first == 0 or items[first - 1].word not in ("his", "her", "their")):
                            titles.append(Title(person, role.label, role.kind, of, items[first].start, item.end,
                                                item.sentence, attests=not words & FORMER_WORDS))
                        break
        return titles
