"""The actor dictionary: states, places, organizations, people, offices and role words.

Loaded once from the pipe-separated files in kg/reference/. Nothing here is a fact of the
graph; it is what a news coder needs to recognize names and resolve descriptions.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.ids import make_key
from kg.models import Entity
from kg.text import fold, name_key

REFERENCE_DIR = Path(__file__).parent / "reference"


class ReferenceError(Exception):
    """A reference data file that cannot be read; names the file and line."""


@dataclass(frozen=True)
class Office:
    person: str  # entity key
    role: str  # canonical role label
    kind: str  # role kind, e.g. "foreign_minister"
    of: str  # entity key of the state or organization
    start: datetime.date
    end: datetime.date | None
    leader: bool

    def held_on(self, day: datetime.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Role:
    label: str
    kind: str


@dataclass(frozen=True)
class Name:
    """One way of naming an entity: the entity and how the words name it."""

    entity: str
    how: str  # "name", "short" (a one-word short form of a person), "adjective", "blocker"


@dataclass
class Reference:
    entities: dict[str, Entity] = field(default_factory=dict)
    names: dict[tuple[str, ...], list[Name]] = field(default_factory=lambda: defaultdict(list))
    folded_names: dict[tuple[str, ...], list[Name]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, str] = field(default_factory=dict)  # folded adjective -> country key
    capitals: dict[str, str] = field(default_factory=dict)  # city key -> country key
    capital_of: dict[str, str] = field(default_factory=dict)  # country key -> city key
    parents: dict[str, str] = field(default_factory=dict)  # body key -> organization key
    member_bodies: set[str] = field(default_factory=set)  # bodies with member states of their own (the UN Security Council)
    landmark_city: dict[str, str] = field(default_factory=dict)  # landmark key -> key of the city it stands in
    roles: dict[tuple[str, ...], Role] = field(default_factory=dict)  # folded words -> role
    offices: list[Office] = field(default_factory=list)
    longest_name: int = 1
    name_lengths: dict[str, int] = field(default_factory=dict)  # folded first word -> longest name it starts
    role_starts: set[str] = field(default_factory=set)  # folded first words of role phrases
    longest_role: int = 1  # the most words a role phrase has
    women: set[str] = field(default_factory=set)  # people "she" and "her" may refer to ("he" and "his" may not)
    role_names: dict[str, list[str]] = field(default_factory=dict)  # role label -> the words news uses for it

    # ------------------------------------------------------------------ building

    def add_entity(self, entity: Entity) -> None:
        if entity.key in self.entities and self.entities[entity.key] != entity:
            raise ReferenceError(f"two reference entries for {entity.key}")
        self.entities[entity.key] = entity

    def add_name(self, text: str, entity: str, how: str = "name") -> None:
        if re.search(r"[A-Za-z]-[A-Z]", text) and how == "name" and len(text.split()) > 2:
            # "Confidence-Building Measures" is also written "Confidence Building Measures" (not in short names:
            # "Kassym-Jomart" stays one word)
            self.add_name(re.sub(r"(?<=[A-Za-z])-(?=[A-Z])", " ", text), entity, how)
        key = name_key(text)
        if not key:
            return
        name = Name(entity, how)
        if name not in self.names[key]:
            self.names[key].append(name)
        if len(key) > 1 or how == "name" and not text.isupper():
            folded = tuple(k.casefold() for k in key)
            if name not in self.folded_names[folded]:
                self.folded_names[folded].append(name)
        self.longest_name = max(self.longest_name, len(key))
        first = key[0].casefold()
        self.name_lengths[first] = max(self.name_lengths.get(first, 0), len(key))

    # ------------------------------------------------------------------ lookups

    def entity(self, key: str) -> Entity:
        return self.entities[key]

    def role(self, words: str) -> Role | None:
        return self.roles.get(tuple(fold(w) for w in name_key(words)))

    def country_of(self, key: str) -> str | None:
        """The state an entity belongs to: itself for a state, its state for a city or a ministry."""
        entity = self.entities.get(key)
        if entity is None:
            return None
        if entity.kind == "country":
            return key
        return entity.country

    def offices_held(self, person: str, day: datetime.date | None) -> list[Office]:
        offices = [o for o in self.offices if o.person == person]
        if day is None:
            return offices
        return [o for o in offices if o.held_on(day)]

    def offices_held_on(self, of: str, day: datetime.date) -> list[Office]:
        """The offices of a state held on a day."""
        return [o for o in self.offices if o.of == of and o.held_on(day)]

    def holders(self, kind: str, of: str, day: datetime.date | None, *, leader: bool = False) -> list[str]:
        """The people who held an office of this kind (or the leader's office) of a state on a day."""
        found = []
        for office in self.offices:
            if office.of != of or (day is not None and not office.held_on(day)):
                continue
            if (leader and office.leader) or (not leader and office.kind == kind):
                if office.person not in found:
                    found.append(office.person)
        return found


# ---------------------------------------------------------------------- reading the files


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a pipe-separated file: '#' lines are comments, the first other line the header."""
    path = REFERENCE_DIR / name
    rows, header = [], None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise ReferenceError(f"{path}:{number}: {len(cells)} fields, expected {len(header)}")
        rows.append(dict(zip(header, cells)))
    return rows


def split_list(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(";") if item.strip()]


def parse_day(text: str, where: str) -> datetime.date | None:
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ReferenceError(f"{where}: malformed date {text!r}") from None


def possessive_forms(name: str) -> list[str]:
    return [f"{name}'s", f"{name}’s"] if not name.endswith("s") else [f"{name}'", f"{name}'s"]


def load_countries(ref: Reference) -> None:
    for row in read_table("countries.psv"):
        key = make_key("country", row["name"])
        ref.add_entity(Entity(key=key, kind="country", label=row["name"], wikidata=row["wikidata"] or None))
        for name in [row["name"], *split_list(row["aliases"])]:
            ref.add_name(name, key)
        adjectives = split_list(row["adjectives"])
        for adjective in adjectives:
            ref.add_name(adjective, key, "adjective")
            ref.adjectives.setdefault(fold(adjective), key)
        if row["capital"]:
            city = make_key("place", row["capital"])
            ref.add_entity(Entity(key=city, kind="city", label=row["capital"],
                                  wikidata=row["capital_wikidata"] or None, country=key))
            for name in [row["capital"], *split_list(row["capital_aliases"])]:
                ref.add_name(name, city)
            ref.capitals[city] = key
            ref.capital_of[key] = city
        add_foreign_ministry(ref, key, row["name"], adjectives[0] if adjectives else None, row["capital"])


def add_foreign_ministry(ref: Reference, country: str, name: str, adjective: str | None, capital: str) -> None:
    """Every state has a foreign ministry, named after the state or its adjective."""
    label = f"{adjective} Foreign Ministry" if adjective else f"Foreign Ministry of {name}"
    key = make_key("organization", label)
    if key in ref.entities:
        return
    ref.add_entity(Entity(key=key, kind="organization", label=label, country=country))
    forms = [f"Foreign Ministry of {name}", f"Ministry of Foreign Affairs of {name}",
             f"{name} Foreign Ministry", f"{name} Ministry of Foreign Affairs"]
    forms += [f"{owner} {body}" for owner in possessive_forms(name)
              for body in ("Foreign Ministry", "Ministry of Foreign Affairs", "MFA")]
    if adjective:
        forms += [f"{adjective} {body}" for body in ("Foreign Ministry", "Ministry of Foreign Affairs", "MFA")]
    if capital:
        forms += [f"Foreign Ministry in {capital}", f"Ministry of Foreign Affairs in {capital}"]
    for form in forms:
        ref.add_name(form, key)


def load_places(ref: Reference) -> None:
    for row in read_table("places.psv"):
        kind = "city" if row["kind"] == "city" else "place"
        country = make_key("country", row["country"]) if row["country"] else None
        key = make_key("place", row["name"])
        if row["kind"] == "landmark":
            # a building or square is named as a place; what happened there happened in its city
            city = make_key("place", row["country"])
            if city not in ref.entities:
                raise ValueError(f"places.psv: {row['name']} stands in {row['country']}, a city the dictionary lacks")
            ref.landmark_city[key] = city
            country = ref.entities[city].country
        ref.add_entity(Entity(key=key, kind=kind, label=row["name"], wikidata=row["wikidata"] or None,
                              country=country))
        for name in [row["name"], *split_list(row["aliases"])]:
            ref.add_name(name, key)


def load_organizations(ref: Reference) -> None:
    rows = read_table("organizations.psv")
    for row in rows:
        key = make_key("organization", row["name"])
        country = make_key("country", row["country"]) if row["country"] else None
        ref.add_entity(Entity(key=key, kind="organization", label=row["name"], wikidata=row["wikidata"] or None,
                              country=country))
        names = [row["name"], *split_list(row["aliases"])]
        # British papers write an acronym spoken as a word in title case: "Apec", "Asean", "Opec"
        names += [n.title() for n in names if re.fullmatch(r"[A-Z]{4,}", n) and n.title() not in names]
        for name in names:
            ref.add_name(name, key)
    for row in rows:
        if row["parent"]:
            ref.parents[make_key("organization", row["name"])] = make_key("organization", row["parent"])
        if row["kind"] == "member body":
            ref.member_bodies.add(make_key("organization", row["name"]))


def load_people(ref: Reference) -> None:
    for row in read_table("people.psv"):
        key = make_key("person", row["name"])
        ref.add_entity(Entity(key=key, kind="person", label=row["name"], wikidata=row["wikidata"] or None))
        if row["pronoun"] == "she":
            ref.women.add(key)
        ref.add_name(row["name"], key)
        for alias in split_list(row["aliases"]):
            ref.add_name(alias, key, "short" if len(name_key(alias)) == 1 else "name")


def load_named_events(ref: Reference) -> None:
    for row in read_table("named_events.psv"):
        for name in [row["name"], *split_list(row["aliases"])]:
            ref.add_name(name, "", "blocker")


def load_roles(ref: Reference) -> None:
    for row in read_table("roles.psv"):
        role = Role(row["role"], row["kind"])
        ref.role_names.setdefault(role.label, [])
        for words in split_list(row["words"]):
            if words not in ref.role_names[role.label]:
                ref.role_names[role.label].append(words)
            key = tuple(fold(w) for w in name_key(words))
            ref.roles[key] = role
            ref.role_starts.add(key[0])
            ref.longest_role = max(ref.longest_role, len(key))


@functools.cache
def role_words() -> frozenset[str]:
    """Every word of every office title, folded: what may stand between a verb and a name."""
    return frozenset(fold(word) for row in read_table("roles.psv") for words in split_list(row["words"])
                     for word in name_key(words))


def resolve_holder(ref: Reference, name: str, where: str) -> str:
    for kind in ("country", "organization", "place"):
        key = make_key(kind, name)
        if key in ref.entities:
            return key
    raise ReferenceError(f"{where}: unknown state or organization {name!r}")


def load_offices(ref: Reference) -> None:
    for number, row in enumerate(read_table("offices.psv"), start=1):
        where = f"offices.psv row {number}"
        person = make_key("person", row["person"])
        if person not in ref.entities:
            raise ReferenceError(f"{where}: {row['person']!r} is not in people.psv")
        role = ref.role(row["role"])
        if role is None:
            raise ReferenceError(f"{where}: role {row['role']!r} is not in roles.psv")
        ref.offices.append(Office(
            person=person, role=role.label, kind=role.kind, of=resolve_holder(ref, row["of"], where),
            start=parse_day(row["start"], where), end=parse_day(row["end"], where),
            leader=row["leader"] == "yes"))


@functools.cache
def load_reference() -> Reference:
    """The whole dictionary (read once per process)."""
    ref = Reference()
    load_countries(ref)
    load_places(ref)
    load_organizations(ref)
    load_people(ref)
    load_named_events(ref)
    load_roles(ref)
    load_offices(ref)
    return ref
