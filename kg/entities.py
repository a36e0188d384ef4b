"""Who and what an article names: mentions of people, states, organizations and places.

Names come from the reference dictionary; people it does not know are found through their
titles ("Kremlin Aide Yury Ushakov") and then by their surname; cities it does not know
through "the Chinese city of X"; descriptions and pronouns are resolved to people
(kg.descriptions). The result keeps each sentence as items, which the fact stage reads.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass, field

from kg.descriptions import Discourse, resolve_sentence
from kg.ids import make_key
from kg.lexicon import FUNCTION_WORDS, RANKS, Item, looks_like_name_part, sentence_items
from kg.models import Article, Entity, Mention
from kg.reference import Name, Reference, load_reference
from kg.text import name_key, plain
from kg.titles import Title, TitleFinder, unknown_name_run

SURNAME_FIRST = {"country/china", "place/taiwan", "country/north-korea", "country/south-korea", "country/vietnam",
                 "place/hong-kong", "place/macau"}
CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "spring", "summer", "autumn", "winter", "early", "late", "mid"}
PLACE_NOUNS = {"city", "town", "capital", "port", "resort", "village", "region", "province"}


@dataclass
class EntityFindings:
    entities: dict[str, Entity]
    items: list[list[Item]]  # one list per sentence of the article
    mentions: list[Mention]
    titles: list[Title]
    names: dict[str, list[str]]
    dateline: Item | None = None


# courtesies a name the dictionary lacks may open with ("Sheikh Ahmad Nasser Al-Sabah")
NAME_COURTESIES = {"sheikh", "shaikh", "sayyid", "sayed", "prince", "princess", "sir", "dame", "mr", "ms", "mrs", "dr"}


@dataclass
class Registry:
    """The dictionary plus the entities this article adds to it."""

    ref: Reference
    added: dict[str, Entity] = field(default_factory=dict)

    def lookup(self, key: str) -> Entity | None:
        return self.ref.entities.get(key) or self.added.get(key)

    def new_person(self, name: str) -> str:
        # ("Sheikh Ahmad Nasser Al-Mohammad Al-Sabah", "Sayyid Badr Albusaidi": the name, not the courtesy before it)
        words = name.split()
        while len(words) > 2 and words[0].rstrip(".").casefold() in NAME_COURTESIES:
            words = words[1:]
        name = " ".join(words)
        key = make_key("person", name)
        if len(words) == 3 and self.lookup(key) is None:
            # "Rodrigo Roa Duterte": the dictionary's Rodrigo Duterte, named with his middle name
            known = self.ref.entities.get(make_key("person", f"{words[0]} {words[2]}"))
            if known is not None and known.kind == "person":
                return known.key
        if self.lookup(key) is None:
            self.added[key] = Entity(key=key, kind="person", label=" ".join(name.split()))
        return key

    def new_city(self, name: str, country: str | None) -> str:
        key = make_key("place", name)
        if self.lookup(key) is None:
            self.added[key] = Entity(key=key, kind="city", label=name, country=country)
        return key


def choose(names: list[Name], named_in_full: set[str], prominent,
           last_in_full: dict[str, tuple[int, int]] | None = None,
           at: tuple[int, int] = (0, 0), short_used: dict[str, str] | None = None,
           text: str = "") -> tuple[str | None, str]:
    """The entity a dictionary name stands for in this article, and how it names it. A short form
    two people named in full share is the one named in full last before it ("Li Qiang ... Li", then
    "Li Keqiang" further on), unless the article already used it for the other: "Kim" stays Kim Jong Un
    after a paragraph recalls his father Kim Jong Il."""
    if any(n.how == "blocker" for n in names):
        return None, "blocker"
    candidates = list({n.entity: n for n in names}.values())
    if len(candidates) > 1 and all(n.how == "short" for n in candidates) and short_used and text in short_used \
            and short_used[text] in {n.entity for n in candidates}:
        candidates = [n for n in candidates if n.entity == short_used[text]]
    if len(candidates) > 1 and last_in_full:
        before = [n for n in candidates if n.entity in last_in_full and last_in_full[n.entity] < at]
        if before and all(n.how == "short" for n in candidates):
            holding = [n for n in before if prominent(n.entity)]
            # "Kim Jong Un met Xi ... His father, Kim Jong Il, died in 2011. Kim will meet Moon": the one in office
            candidates = holding if len(holding) == 1 else [max(before, key=lambda n: last_in_full[n.entity])]
    if len(candidates) > 1:
        preferred = [n for n in candidates if n.entity in named_in_full] or [n for n in candidates if prominent(n.entity)]
        if len(preferred) != 1:
            return None, ""
        candidates = preferred
    name = candidates[0]
    if name.how == "short" and name.entity not in named_in_full and not prominent(name.entity):
        return None, ""
    return name.entity, "adjective" if name.how == "adjective" else "name"


# capitalized words that make a place name before them the name of a building or venue
BUILDING_WORDS = {"House", "Palace", "Hall", "Arena", "Stadium", "Airport", "Hotel", "Square", "Street", "Avenue",
                  "University", "Centre", "Center", "Expo", "Tower", "Gate", "Station", "Bridge", "Port"}


def resolve_names(sentences: list[list[Item]], ref: Reference, published: datetime.date | None) -> None:
    named_in_full = {n.entity for items in sentences for item in items for n in item.names
                     if n.how == "name" and n.entity.startswith("person/")}

    def prominent(key: str) -> bool:
        return key.startswith("person/") and published is not None and bool(ref.offices_held(key, published))

    last_in_full: dict[str, tuple[int, int]] = {}  # person -> where named in full last, so far in the text
    short_used: dict[str, str] = {}  # a short form -> the person the text used it for while it was ambiguous
    bodies_in_full: dict[str, str] = {}  # an organization named so far by its full label -> the label
    for i, items in enumerate(sentences):
        for k, item in enumerate(items):
            if item.names:
                item.entity, item.how = choose(item.names, named_in_full, prominent, last_in_full, (i, k),
                                               short_used, item.text)
                body = ref.entities.get(item.entity) if item.entity and item.entity.startswith("organization/") else None
                if body is not None and item.text == body.label:
                    bodies_in_full[item.entity] = body.label
                elif body is not None and not item.text.isupper():
                    # "the Commonwealth" after the Commonwealth of Independent States: that one, not another
                    # body the word is also short for (an acronym is no such word: "UN" after "UN Security Council")
                    longer = [key for key, label in bodies_in_full.items()
                              if key != item.entity and label.startswith(item.text + " ")]
                    if len(longer) == 1:
                        item.entity = longer[0]
                if item.entity and len({n.entity for n in item.names}) > 1 and all(n.how == "short" for n in item.names):
                    short_used.setdefault(item.text, item.entity)
                for n in item.names:
                    if n.how == "name" and n.entity.startswith("person/"):
                        last_in_full[n.entity] = (i, k)
                if item.entity and item.entity.startswith(("place/", "country/")) and k + 1 < len(items) \
                        and items[k + 1].text in BUILDING_WORDS:
                    item.entity, item.how = None, ""  # "Hyderabad House", "Kazan Arena": a building, not the city
                    continue
                if item.entity and all(n.how == "short" for n in item.names) and any(
                        0 <= j < len(items) and not items[j].names and looks_like_name_part(items[j], ref)
                        and items[j].word not in CALENDAR_WORDS for j in (k - 1, k + 1)):
                    item.entity, item.how = None, ""  # "Sung Kim", "Kim Yong Chol": a longer name, not Kim


def find_surnames(sentences: list[list[Item]], registry: Registry, titles: list[Title]) -> None:
    """A person found through a title is named by surname afterwards ("Ushakov announced")."""
    surnames: dict[str, str] = {}
    for key, entity in registry.added.items():
        if entity.kind != "person":
            continue
        parts = entity.label.split()
        if len(parts) < 2:
            continue
        countries = {t.of for t in titles if t.person == key}
        surname = parts[0] if countries & SURNAME_FIRST else parts[-1]
        surnames.setdefault(surname, key)
    # and one the dictionary knows, named in full ("Gurbanguly Berdimuhamedov ... Hu met Berdimuhamedov": the
    # dictionary gives no bare surname a father and son share), when no one else the article names in full has it
    named: dict[str, set[str]] = {}
    for items in sentences:
        for item in items:
            words = item.text.split()
            if item.entity and item.entity.startswith("person/") and item.how == "name" and len(words) >= 2 \
                    and words[-1][:1].isupper():
                named.setdefault(words[-1], set()).add(item.entity)
    for surname, people in named.items():
        if len(people) == 1 and not registry.ref.names.get(name_key(surname)):  # (a name the dictionary has is read there)
            surnames.setdefault(surname, people.pop())
    for items in sentences:
        for item in items:
            if not item.entity and item.text in surnames and item.capitalized:
                item.entity, item.how = surnames[item.text], "name"


# what people do together, right after "A and B": their names are people's
DEEDS = {"held", "met", "spoke", "talked", "sat", "shook", "exchanged", "stood", "signed", "posed", "embraced"}
# words of institutions and places, which a name of two capitalized words may also be made of
NOT_NAME_WORDS = {"ministry", "council", "committee", "party", "bank", "union", "group", "forum", "university",
                  "institute", "agency", "office", "department", "court", "parliament", "assembly", "government",
                  "republic", "state", "states", "kingdom", "house", "palace", "city", "province", "region", "sea",
                  "ocean", "river", "island", "islands", "airport", "street", "square", "summit", "conference",
                  "organisation", "organization", "association", "alliance", "fund", "company", "corporation",
                  "news", "times", "post", "daily", "television", "radio", "press", "club", "games",
                  "olympics", "cup", "war", "day", "week", "year", "month", "north", "south", "east", "west",
                  "sachs", "stanley", "motors", "electronics", "holdings", "industries", "airlines", "energy", "oil",
                  "gas", "petroleum", "capital", "partners", "inc", "corp", "ltd", "plc", "systems"}


def unknown_person_run(items: list[Item], k: int, ref: Reference) -> int:
    """The length of a name of two or three capitalized words the dictionary does not know, at k."""
    if k and looks_like_name_part(items[k - 1], ref) and items[k - 1].word not in CALENDAR_WORDS:
        return 0  # (but "On Saturday Ma Ying-jeou and Xi ...": a day's name before it)
    length = 0
    # a short name the dictionary keeps for someone else, unresolved here, may open a longer name ("Ma Ying-jeou"
    # beside Ma Zhaoxu's "Ma")
    if k + 1 < len(items) and items[k].is_name and not items[k].entity and items[k].capitalized \
            and " " not in items[k].text and looks_like_name_part(items[k + 1], ref) and not items[k + 1].entity:
        length = 1
    while k + length < len(items) and length < 3 and looks_like_name_part(items[k + length], ref) \
            and items[k + length].word not in NOT_NAME_WORDS and not items[k + length].entity:
        length += 1
    if k + length < len(items) and looks_like_name_part(items[k + length], ref):
        return 0  # longer than a person's name usually is
    return length if length >= 2 else 0


def known_person_at(items: list[Item], k: int) -> int:
    """1 when the item at k is a person the article already knows (a name joined into one item)."""
    return int(k < len(items) and (items[k].entity or "").startswith("person/") and items[k].how == "name")


def after_apposition(items: list[Item], k: int) -> int:
    """Past ", the heads of the two sides' bodies," after a pair of names: where the verb should be."""
    if k < len(items) and items[k].text == "," and k + 1 < len(items) and items[k + 1].word == "the":
        for j in range(k + 2, min(len(items), k + 16)):
            if items[j].text == ",":
                return j + 1
            if items[j].text in (".", ";", "(", ")") or items[j].word == "and":
                break
    return k


def find_people_by_deeds(sentences: list[list[Item]], registry: Registry, ref: Reference) -> None:
    """"In November 1985, Ronald Reagan and Mikhail Gorbachev held their first summit": two names
    joined by "and" as the subject of what people do together are people, when the dictionary lacks
    both or knows one of them as a person ("Ma Ying-jeou and Xi Jinping stood side by side"); an
    apposition may come between the pair and the verb ("A and B, the heads of the two bodies, met")."""
    for items in sentences:
        k = 0
        while k < len(items):
            first = unknown_person_run(items, k, ref)
            first_span = first or known_person_at(items, k)
            if not first_span or k + first_span >= len(items) or items[k + first_span].word != "and":
                k += 1
                continue
            second_at = k + first_span + 1
            second = unknown_person_run(items, second_at, ref)
            second_span = second or (known_person_at(items, second_at) if first else 0)
            after = after_apposition(items, second_at + second_span)
            if not second_span or after >= len(items) or items[after].word not in DEEDS:
                k += 1
                continue
            for at, length in ((second_at, second), (k, first)):  # the later one first: the indexes stay right
                if length:
                    name_new_person(items, at, length, registry)
                    reclaim_short_names(sentences, items[at])  # ("Mr Ma", "Ma said": his)
            k += 3


def name_new_person(items: list[Item], at: int, length: int, registry: Registry) -> None:
    """Join the items of a name the dictionary lacks into one, naming a new person."""
    text = " ".join(x.text for x in items[at:at + length])
    items[at:at + length] = [Item(items[at].start, items[at + length - 1].end, text, items[at].sentence,
                                  entity=registry.new_person(text), how="name")]


def find_people_by_rank(sentences: list[list[Item]], registry: Registry, ref: Reference) -> None:
    """"Kazakhstan's Col Gen Ruslan Zhaksylykov": a name the dictionary lacks after a military rank is a
    person (the rank is not part of the name)."""
    for items in sentences:
        k = 0
        while k < len(items):
            if items[k].word not in RANKS or (k and items[k - 1].word in RANKS):
                k += 1
                continue
            at = k
            while at < len(items) and items[at].word in RANKS:
                at += 1
            length = unknown_name_run(items, at, ref)
            if length >= 2 and not any(x.entity for x in items[at:at + length]):
                name_new_person(items, at, length, registry)
            k = at + 1


def find_people_as_counterparts(sentences: list[list[Item]], registry: Registry, ref: Reference) -> None:
    """"held talks with his Hungarian counterpart Peter Szijjarto": a name the dictionary lacks right after
    "counterpart" (or "opposite number"), with or without a comma, is a person."""
    for items in sentences:
        for k, item in enumerate(items):
            if item.word not in ("counterpart", "counterparts") and not (
                    item.word == "number" and k and items[k - 1].word == "opposite"):
                continue
            at = k + 2 if k + 1 < len(items) and items[k + 1].text == "," else k + 1
            length = unknown_person_run(items, at, ref) if at < len(items) else 0
            if length >= 2 and not any(x.entity for x in items[at:at + length]):
                name_new_person(items, at, length, registry)


def find_people_in_possessive_lists(sentences: list[list[Item]], registry: Registry, ref: Reference) -> None:
    """"Russia's Sergei Shoigu, Kazakhstan's Ruslan Zhaksylykov, Belarus's Viktor Khrenin and Singh": in a list
    whose other members are a state's known people, a state's name the dictionary lacks is a person too."""
    def state_at(items: list[Item], k: int) -> bool:
        return bool(items[k].entity and items[k].entity.startswith("country/") and k + 1 < len(items)
                    and items[k + 1].text in ("'s", "’s", "'", "’"))
    for items in sentences:
        if not any(state_at(items, j) and j + 2 < len(items) and (items[j + 2].entity or "").startswith("person/")
                   for j in range(len(items))):
            continue
        k = 0
        while k < len(items):
            if not state_at(items, k):
                k += 1
                continue
            at = k + 2
            length = unknown_person_run(items, at, ref)
            listed = (k and items[k - 1].word in (",", "and")) or (
                at + length < len(items) and items[at + length].word in (",", "and"))
            if length >= 2 and listed:
                name_new_person(items, at, length, registry)
            k = at + 1


def find_people_of_states_in_lists(sentences: list[list[Item]], registry: Registry, ref: Reference) -> None:
    """"where Leonid Kravchuk of Ukraine, Boris Yeltsin of Russia and Stanislav Shushkevich of Belarus signed": in a
    list of names each followed by "of" and a state, a name the dictionary lacks is a person too."""
    def state_after(items: list[Item], k: int) -> bool:
        at = k + 1 if k < len(items) and items[k].word == "of" else -1
        if at > 0 and at < len(items) and items[at].word == "the":
            at += 1
        return 0 < at < len(items) and (items[at].entity or "").startswith("country/")
    for items in sentences:
        named = [k for k, item in enumerate(items) if (item.entity or "").startswith("person/") and state_after(items, k + 1)]
        runs = [(k, length) for k in range(len(items)) if (length := unknown_person_run(items, k, ref))
                and state_after(items, k + length)]
        if len(named) + len(runs) < 2:
            continue
        for k, length in reversed(runs):  # (from the end: the indexes before stay right)
            if k and items[k - 1].word not in (",", "and", "by", "where", "when", "with", "between", ":"):
                continue  # (not "Minister of Foreign Affairs of Mongolia": part of a title, not a name)
            listed = (k and items[k - 1].word in (",", "and")) or any(
                items[j].word in (",", "and") for j in range(k + length + 2, min(len(items), k + length + 4)))
            if listed and not any(x.entity for x in items[k:k + length]):
                name_new_person(items, k, length, registry)


OFFICE_WORDS = {"minister", "diplomat", "representative", "secretary", "envoy", "ambassador", "adviser", "advisor",
                "spokesman", "spokeswoman", "spokesperson", "aide", "president", "premier", "chancellor", "deputy", "chief",
                "chairman", "vice-chairman", "aides", "advisers", "envoys"}  # ("one of Kim's closest aides")


def official_noun(items: list[Item], j: int) -> bool:
    """"official" at j as the noun ("a senior North Korean official", "an official of the party"), not the
    adjective ("the official news agency", "an official visit")."""
    return items[j].word == "official" and (j + 1 == len(items) or items[j + 1].word in OFFICIAL_ENDS)


OFFICIAL_ENDS = {",", ".", ";", "of", "from", "in", "at", "with", "who", "and", "for", "on", "close", "responsible"}


def find_people_as_officials(sentences: list[list[Item]], registry: Registry, ref: Reference) -> None:
    """"senior North Korean official Kim Yong Chol", "Chinese official Zhou Wenhua": a name the dictionary lacks
    right after "official", with a state or a rank before it, is a person (the titles stage reads offices, and
    "official" is none)."""
    for items in sentences:
        k = 0
        while k + 1 < len(items):
            before = items[k - 1] if k else None
            ranked = before is not None and (before.word in ("senior", "top", "high-ranking", "veteran", "former")
                                             or (before.entity or "").startswith("country/"))
            if items[k].word != "official" or not ranked:
                k += 1
                continue
            length = unknown_name_run(items, k + 1, ref)  # ("Kim Yong Chol": a surname known for others)
            if 2 <= length <= 3 and not any(x.entity for x in items[k + 1:k + 1 + length]):
                name_new_person(items, k + 1, length, registry)
            k += 2


def find_people_by_apposition(sentences: list[list[Item]], registry: Registry, ref: Reference) -> None:
    """"Li Hui, the Chinese government's special representative for Eurasian affairs, wrapped up a tour":
    a name the dictionary lacks, set off by an apposition that names an office, is a person."""
    for items in sentences:
        k = 0
        while k < len(items):
            length = 0  # (a surname the dictionary knows for someone else, "Li Hui", is still a name here)
            while k + length < len(items) and length < 3 and not items[k + length].entity \
                    and items[k + length].capitalized and items[k + length].text[:1].isalpha() \
                    and items[k + length].word not in NOT_NAME_WORDS and items[k + length].word not in RANKS \
                    and items[k + length].word not in FUNCTION_WORDS \
                    and ref.role(items[k + length].text) is None:
                length += 1
            length = length if length >= 2 else 0
            after = k + length
            if not length or after + 2 >= len(items) or items[after].text != "," or (k and items[k - 1].capitalized) \
                    or not (items[after + 1].word in ("the", "a", "an", "former") or items[after + 1].word in OFFICE_WORDS
                            # ("Lien Chan, then chairman of the Kuomintang"; not "Angkor Wat, then met Foreign Minister X")
                            or (items[after + 1].word == "then" and (items[after + 2].word in OFFICE_WORDS
                                                                      or ref.role(items[after + 2].text) is not None))
                            or (items[after + 1].word == "one" and items[after + 2].word == "of")
                            or ref.role(items[after + 1].text) is not None):
                k += 1
                continue
            window = []  # ("Li Zhanshu, chairman of the Standing Committee of ...")
            for item in items[after + 1:after + 12]:
                if item.text in (",", ".", ";"):
                    break
                window.append(item)
            office = any(i.word in OFFICE_WORDS or ref.role(i.text) is not None for i in window) or any(
                ref.role(a.text + " " + b.text) is not None for a, b in zip(window, window[1:])) or any(
                official_noun(window, j) for j in range(len(window)))
            if office and not any(x.entity for x in items[k:after]):
                text = " ".join(x.text for x in items[k:after])
                items[k:after] = [Item(items[k].start, items[after - 1].end, text, items[k].sentence,
                                       entity=registry.new_person(text), how="name")]
                reclaim_short_names(sentences, items[k])
            k += 1
        # the other order: "led by the movement's political chief, Mullah Abdul Ghani Baradar, in Tianjin"
        k = 2
        while k < len(items):
            if items[k - 1].text != "," or not (items[k - 2].word in OFFICE_WORDS or ref.role(items[k - 2].text) is not None
                                                or items[k - 2].word in ("leader", "head", "founder", "commander")):
                k += 1
                continue
            length = 0
            while k + length < len(items) and length < 4 and not items[k + length].entity \
                    and items[k + length].capitalized and items[k + length].text[:1].isalpha() \
                    and items[k + length].word not in NOT_NAME_WORDS and items[k + length].word not in FUNCTION_WORDS \
                    and ref.role(items[k + length].text) is None:
                length += 1
            closed = k + length >= len(items) or items[k + length].text in (",", ".", ";")
            if length >= 2 and closed and (k + length >= len(items) or not items[k + length].capitalized):
                text = " ".join(x.text for x in items[k:k + length])
                items[k:k + length] = [Item(items[k].start, items[k + length - 1].end, text, items[k].sentence,
                                            entity=registry.new_person(text), how="name")]
                reclaim_short_names(sentences, items[k])
            k += 1


def reclaim_short_names(sentences: list[list[Item]], named: Item) -> None:
    """"Li Hui, the special representative, ... It quoted Li as saying": after a person the dictionary lacks is
    named in full, the short name is his, not that of a dictionary person the article names in full only later
    (Premier Li Qiang, in its last paragraph)."""
    tokens = named.text.split()
    first_full: dict[str, tuple[int, int]] = {}
    for items in sentences:
        for item in items:
            for n in item.names:
                if n.how == "name" and n.entity not in first_full:
                    first_full[n.entity] = (item.sentence, item.start)
    for items in sentences:
        for item in items:
            if (item.sentence, item.start) <= (named.sentence, named.start) or item.text not in (tokens[0], tokens[-1]) \
                    or not item.names or not all(n.how == "short" for n in item.names) or item.entity == named.entity:
                continue
            if item.entity is None or first_full.get(item.entity, (len(sentences), 0)) > (item.sentence, item.start):
                item.entity, item.how = named.entity, "name"


HONORIFICS = {"mr", "ms", "mrs", "dr", "mr.", "ms.", "mrs.", "dr.", "h.e.", "h.e"}


def without_honorifics(items: list[Item]) -> list[Item]:
    """"Ms. Swaraj met Mr. Wang separately", "a telephone call from H.E. Mr. Vladimir Putin" (a ministry's
    readout): the people, without the courtesy titles between them and the verb."""
    kept = []
    k = 0
    while k < len(items):
        run = k
        while run < len(items) and (items[run].word in HONORIFICS or items[run].text == "." and run > k):
            run += 1
        if run > k and run < len(items) and (items[run].entity or "").startswith("person/"):
            k = run  # the courtesy titles (and their full stops) before a person
            continue
        kept.append(items[k])
        k += 1
    return kept


def find_unknown_cities(sentences: list[list[Item]], registry: Registry) -> None:
    """"the Chinese city of X", "the Kazakh capital of X" for cities the dictionary lacks."""
    for items in sentences:
        for k, item in enumerate(items):
            if item.word not in PLACE_NOUNS or k + 2 >= len(items) or items[k + 1].word != "of":
                continue
            country = None
            if k > 0 and items[k - 1].how == "adjective":
                country = items[k - 1].entity
            run = 0
            while k + 2 + run < len(items) and run < 3 and looks_like_name_part(items[k + 2 + run], registry.ref):
                run += 1
            described = k > 1 and any(x.word == "the" for x in items[max(0, k - 4):k])
            if run and (country or (described and item.word in ("city", "town", "port", "resort", "village"))):
                first, last = items[k + 2], items[k + 1 + run]
                name = " ".join(x.text for x in items[k + 2:k + 2 + run])
                merged = Item(first.start, last.end, name, item.sentence, entity=registry.new_city(name, country),
                              how="name")
                items[k + 2:k + 2 + run] = [merged]


def find_unknown_islands(sentences: list[list[Item]], registry: Registry) -> None:
    """"on Russky Island", "at Jeju Island": a name the dictionary lacks, before the word Island, is a place."""
    for items in sentences:
        for k in range(len(items) - 1, 0, -1):
            if items[k].text not in ("Island", "Islands", "Isle") or items[k].entity:
                continue
            run = 0
            while k - run - 1 >= 0 and run < 2 and not items[k - run - 1].entity \
                    and looks_like_name_part(items[k - run - 1], registry.ref):
                run += 1
            if not run or k - run - 1 < 0 or items[k - run - 1].word not in ("on", "at", "to", "in", "from", "the", "of"):
                continue
            first = items[k - run]
            name = " ".join(x.text for x in items[k - run:k + 1])
            merged = Item(first.start, items[k].end, name, first.sentence, entity=registry.new_city(name, None), how="name")
            items[k - run:k + 1] = [merged]


def town_described(items: list[Item], k: int) -> bool:
    """"a town in the eastern province of Anhui", "a small port on the Caspian": the name before is a place."""
    k += items[k].word in ("a", "an") if k < len(items) else 0
    # "a hot-spring town in Yamaguchi prefecture", "a small port on the Caspian": a few plain words first
    for _ in range(3):
        if k < len(items) and items[k].word not in ("town", "city", "village", "port", "resort", "spa") \
                and not items[k].entity and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", items[k].text):
            k += 1
    return k + 1 < len(items) and items[k].word in ("town", "city", "village", "port", "resort", "spa") \
        and items[k + 1].word in ("in", "on", "near", "of", "outside")


COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
                 "southwest"}


def find_cities_before_states(sentences: list[list[Item]], registry: Registry) -> None:
    """"in Woodside, California" no; "in Xi'an, China", "in Mamallapuram, India": a name the
    dictionary lacks, right after "in" and right before a state it names, is a city of that state;
    "in Tunxi, a town in the eastern province of Anhui" is a city too (of a state unsaid)."""
    for items in sentences:
        for k in range(1, len(items) - 2):
            if items[k - 1].word not in ("in", "at", "near") or items[k].entity or items[k].word in CALENDAR_WORDS:
                continue
            run = 0
            while k + run < len(items) and run < 3 and looks_like_name_part(items[k + run], registry.ref):
                run += 1
            after = k + run
            if not run or after + 1 >= len(items) or items[after].text != ",":
                continue
            at = after + 1
            # "in Tunxi, in China's Anhui province", "in Tunxi, in eastern China"
            if items[at].word == "in" and at + 1 < len(items):
                at += 2 if items[at + 1].word in COMPASS_WORDS and at + 2 < len(items) else 1
            state = items[at]
            country = state.entity if state.entity and state.entity.startswith("country/") and state.how != "adjective" \
                else None
            region = registry.lookup(state.entity) if state.entity and state.entity.startswith("place/") else None
            if country is None and region is not None and region.kind == "place" and region.country:
                country = region.country  # "in Tunxi, Anhui Province": a city of the state that province is in
            if country is None and not town_described(items, after + 1):
                continue
            name = " ".join(x.text for x in items[k:k + run])
            merged = Item(items[k].start, items[after - 1].end, name, items[k].sentence,
                          entity=registry.new_city(name, country), how="name")
            items[k:k + run] = [merged]


def state_from_context(title: Title, sentences: list[list[Item]], registry: Registry) -> Title:
    """"On Tuesday he held talks in Mbabane with Foreign Minister Thuli Dladla": a person the dictionary
    does not know, titled without a state, serves the one state the sentence (else the one before)
    names — by name, adjective or capital."""
    if title.of or registry.ref.entities.get(title.person) is not None or title.sentence < 0:
        return title
    if 0 <= title.sentence < len(sentences):
        # "Mishustin was accompanied on the trip by Deputy Prime Ministers Golikova and Trutnev": his state's
        items = sentences[title.sentence]
        words = " ".join(i.word for i in items)
        leads = [i.entity for i in items if i.entity and i.entity.startswith("person/") and i.start < title.start]
        if not leads and items and items[0].word in ("he", "she") and title.sentence > 0:
            # "Lavrov arrived in Ankara. He was accompanied by ...": the one the sentence before was about
            leads = [i.entity for i in sentences[title.sentence - 1] if i.entity and i.entity.startswith("person/")][:1]
        if leads and re.search(r"\b(?:accompanied|joined)(?: \S+){0,3} by\b|\bdelegation (?:included|comprised)\b", words):
            states = {o.of for o in registry.ref.offices_held(leads[0], None) if o.of and o.of.startswith("country/")}
            if len(states) == 1:
                return dataclasses.replace(title, of=states.pop())
    if title.kind == "secretary_general":
        # "X, the bloc's secretary-general, told reporters in Moscow": the body's office, not the state's; the one
        # body the sentence (else the one before) names
        for index in (title.sentence, title.sentence - 1):
            bodies = {i.entity for i in sentences[index] if i.entity and registry.lookup(i.entity) is not None
                      and registry.lookup(i.entity).kind == "organization"} if 0 <= index < len(sentences) else set()
            if len(bodies) == 1:
                return dataclasses.replace(title, of=bodies.pop())
            if bodies:
                break
        return title
    if 0 <= title.sentence < len(sentences):
        before = [i for i in sentences[title.sentence] if i.end <= title.start]
        if before and before[-1].text.isupper() and len(before[-1].text) > 1 and not before[-1].entity:
            return title  # "FIFA president Sepp Blatter": a body's office, the body unknown here, not a state's
    for index in (title.sentence, title.sentence - 1):
        if not 0 <= index < len(sentences):
            continue
        states = set()
        for item in sentences[index]:
            entity = registry.lookup(item.entity) if item.entity else None
            if entity is None:
                continue
            if entity.kind == "country":
                states.add(entity.key)
            elif entity.kind == "city" and entity.country:
                states.add(entity.country)
        if len(states) == 1:
            return dataclasses.replace(title, of=states.pop())
        if states:
            break
    return title


def find_capital_descriptions(sentences: list[list[Item]], ref: Reference) -> None:
    """"the Chinese capital" (not followed by "of") names the capital city of that state; the
    adjective still names the state."""
    for items in sentences:
        for k in range(len(items) - 2):
            the, adjective, noun = items[k:k + 3]
            following = items[k + 3].word if k + 3 < len(items) else ""
            if (the.word == "the" and adjective.how == "adjective" and noun.word == "capital"
                    and following != "of" and adjective.entity in ref.capital_of):
                items[k + 2] = Item(noun.start, noun.end, noun.text, noun.sentence,
                                    entity=ref.capital_of[adjective.entity], how="description")
            # "in the capital of the People's Republic of China": that state's capital city
            j = k + 3 + (following == "the")
            state = items[j] if noun.word == "of" and j < len(items) else None
            if (the.word == "the" and adjective.word == "capital" and state is not None
                    and state.how != "adjective" and state.entity in ref.capital_of):
                items[k + 1] = Item(adjective.start, adjective.end, adjective.text, adjective.sentence,
                                    entity=ref.capital_of[state.entity], how="description")


def dateline_city(article: Article, registry: Registry) -> tuple[str, str] | None:
    """(name, key) of a dateline's city the dictionary lacks, with its state when the dateline names
    one ("GUILIN, China, March 23 -": Guilin, in China)."""
    if article.dateline is None:
        return None
    span = article.dateline
    city, _, rest = span.text.partition(",")
    items = sentence_items(article.text, span.start, span.start + len(city), registry.ref, -1)
    if not rest or any(i.names for i in items):
        return None
    states = [n.entity for i in sentence_items(article.text, span.start + len(city) + 1, span.end, registry.ref, -1)
              for n in i.names if registry.lookup(n.entity) and registry.lookup(n.entity).kind == "country"]
    name = " ".join(w.capitalize() for w in city.split())
    if not name or name.casefold() in FUNCTION_WORDS or not states:
        return None
    return name, registry.new_city(name, states[0])


def link_dateline_city(sentences: list[list[Item]], article: Article, registry: Registry) -> None:
    """The dateline's city, when the dictionary lacks it, is the place the text names so ("talks in Guilin")."""
    found = dateline_city(article, registry)
    if found is not None:
        link_name(sentences, *found)


def link_found_cities(sentences: list[list[Item]], registry: Registry) -> None:
    """A city the dictionary lacks, once described ("in the eastern city of Wuxi"), is that place wherever the
    article names it again ("also met Wang in Wuxi earlier in the week")."""
    found = {item.text: item.entity for items in sentences for item in items
             if item.how == "name" and item.entity in registry.added and registry.added[item.entity].kind == "city"}
    for name, key in found.items():
        link_name(sentences, name, key)


def link_name(sentences: list[list[Item]], name: str, key: str) -> None:
    """Every plain run of the name's words, not already something else, is that entity."""
    words = name.split()
    for items in sentences:
        k = 0
        while k + len(words) <= len(items):
            run = items[k:k + len(words)]
            if not any(i.entity or i.names for i in run) and [i.text for i in run] == words:
                items[k:k + len(words)] = [Item(run[0].start, run[-1].end, name, run[0].sentence, entity=key,
                                                how="name")]
            k += 1


def dateline_item(article: Article, registry: Registry, named_in_full: set[str]) -> Item | None:
    if article.dateline is None:
        return None
    found = dateline_city(article, registry)
    if found is not None:
        span = article.dateline
        return Item(span.start, span.start + len(found[0]), found[0], -1, entity=found[1], how="dateline")
    span = article.dateline
    items = sentence_items(article.text, span.start, span.end, registry.ref, -1)
    places = [i for i in items if i.names]
    if places:
        entity, _ = choose(places[0].names, named_in_full, lambda key: False)
        if entity and registry.lookup(entity).kind in ("city", "place"):
            return Item(places[0].start, places[0].end, places[0].text, -1, entity=entity, how="dateline")
        return None
    name = " ".join(w.capitalize() for w in span.text.split(","))[:60].strip()
    if name.casefold() in FUNCTION_WORDS:
        return None
    return Item(span.start, span.end, span.text, -1, entity=registry.new_city(name, None), how="dateline")


def find_entities(article: Article, ref: Reference | None = None) -> EntityFindings:
    """Mentions, titles and the items of every sentence of an article."""
    ref = ref or load_reference()
    registry = Registry(ref)
    published = article.meta.published
    sentences = [sentence_items(article.text, s.start, s.end, ref, s.index) for s in article.sentences]
    resolve_names(sentences, ref, published)

    finder = TitleFinder(ref, registry.lookup, registry.new_person, published)
    titles = [title for items in sentences for title in finder.find(items)]
    titles = [state_from_context(t, sentences, registry) for t in titles]
    find_people_by_deeds(sentences, registry, ref)
    find_people_by_rank(sentences, registry, ref)
    find_people_as_counterparts(sentences, registry, ref)
    find_people_in_possessive_lists(sentences, registry, ref)
    find_people_of_states_in_lists(sentences, registry, ref)
    find_people_by_apposition(sentences, registry, ref)
    find_people_as_officials(sentences, registry, ref)
    find_surnames(sentences, registry, titles)
    find_unknown_cities(sentences, registry)
    find_unknown_islands(sentences, registry)
    link_dateline_city(sentences, article, registry)
    find_cities_before_states(sentences, registry)
    link_found_cities(sentences, registry)
    find_capital_descriptions(sentences, ref)

    discourse = Discourse(ref, registry.lookup, published, titles=list(titles))
    resolved_items = []
    for items in sentences:
        out, _, described = resolve_sentence(items, discourse)
        resolved_items.append(without_honorifics(out))
        titles += described

    named_in_full = {i.entity for items in sentences for i in items if i.entity and i.how == "name"}
    dateline = dateline_item(article, registry, named_in_full)
    # a state or a seat of government inside a description is still named there ("the Kremlin chief")
    absorbed = [[i for i in items if i.entity and not i.entity.startswith("person/")
                 and not any(r.entity == i.entity and r.start <= i.start and i.end <= r.end for r in out)]
                for items, out in zip(sentences, resolved_items)]
    mentions, names = collect_mentions([out + extra for out, extra in zip(resolved_items, absorbed)], dateline, article)
    entities = {key: registry.lookup(key) for key in {m.entity for m in mentions}}
    entities.update({t.of: registry.lookup(t.of) for t in titles if t.of and registry.lookup(t.of)})
    entities.update({t.person: registry.lookup(t.person) for t in titles})
    return EntityFindings(entities=entities, items=resolved_items, mentions=mentions, titles=titles,
                          names=names, dateline=dateline)


def collect_mentions(sentences: list[list[Item]], dateline: Item | None,
                     article: Article) -> tuple[list[Mention], dict[str, list[str]]]:
    mentions: list[Mention] = []
    names: dict[str, list[str]] = {}
    rows = [[dateline]] if dateline else []
    for items in rows + sentences:
        for item in items:
            people = item.group or ([item.entity] if item.entity else [])
            for person in people:
                text = article.text[item.start:item.end]
                mentions.append(Mention(entity=person, start=item.start, end=item.end, text=text,
                                        sentence=item.sentence, how=item.how or "name"))
            if item.entity and item.how == "name":
                name = plain_name(article.text[item.start:item.end])
                if name and name not in names.setdefault(item.entity, []):
                    names[item.entity].append(name)
    mentions.sort(key=lambda m: (m.start, m.end, m.entity))
    return mentions, names


def plain_name(text: str) -> str:
    """A name as it may be stored: one line, no leading article, not shouted."""
    text = " ".join(text.split())
    if text.lower().startswith("the "):
        text = text[4:]
    if text.isupper() and len(text) > 4:
        return ""
    return text if plain(text)[:1].isalpha() or text[:1].isalpha() else ""
