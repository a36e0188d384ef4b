"""Synthetic data at scale for the benchmarks: a graph in the dipkg vocabulary, and a corpus.

    python bench/generate.py graph OUT.nq [--triples 1000000] [--seed 7]
    python bench/generate.py corpus OUT_DIR [--articles 10000] [--seed 7]

The graph has the shape of a real build, not of a uniform table: people, countries and
organizations; events with two to a dozen participants drawn from a long-tailed distribution
(a few people are everywhere, most appear once or twice); each event reported by one to six
articles, each report with its evidence sentence; positions, memberships, places. Everything
is drawn from one random generator seeded by --seed, so the same arguments write the same
bytes. The ontology goes into its named graph, as `kg build` puts it, so the file loads into
any store (`kg load`, `oxigraph load`) as the same dataset.

The corpus is the one the tests use (tests/corpus.py): reports of a known set of events in the
genre, written from templates, for timing `kg build`.
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import importlib.util
import itertools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIP = "https://w3id.org/dipkg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
SAME = "<http://www.w3.org/2002/07/owl#sameAs>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
ORG = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ONTOLOGY_GRAPH = "https://w3id.org/dipkg/ontology"

SYLLABLES = ["ka", "ri", "mo", "lev", "tan", "sha", "vik", "dor", "ena", "bek", "zu", "pol", "ami", "ros", "gul",
             "nor", "sa", "ted", "ira", "jan", "kov", "mir", "ul", "hai", "bo", "chen", "da", "fer", "li", "wen"]
EVENT_KINDS = [("BilateralMeeting", 40), ("PhoneCall", 20), ("Visit", 10), ("StateVisit", 6),
               ("MinisterialMeeting", 10), ("Summit", 8), ("Meeting", 6)]
ROLES = ["president", "prime-minister", "foreign-minister", "ambassador", "spokesperson", "state-councillor"]
PUBLISHERS = ["Eurasia Daily Wire", "Steppe Review", "Continental Brief", "Meridian News Service", "Volga Monitor",
              "Harbour Ledger", "Plateau Times", "Delta Dispatch"]
WORDS = ("talks cooperation trade energy security minister president visit agreement partnership regional "
         "summit delegation bilateral ties relations discussed signed agreed meeting counterpart").split()


def iri(base: str, kind: str, slug: str) -> str:
    return f"<{base}id/{kind}/{slug}>"


def text(value: str, lang: str | None = None) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def name(rng: random.Random, parts: int) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(parts))


class LongTail:
    """Draws indexes 0..n-1 with Zipf-like weights 1/(i+1)^s: a few heads, a long tail."""

    def __init__(self, n: int, s: float = 0.9):
        self.cumulative = list(itertools.accumulate(1 / (i + 1) ** s for i in range(n)))

    def draw(self, rng: random.Random) -> int:
        return bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])


def graph_lines(triples: int, seed: int, base: str):
    """N-Triples lines (default graph) until about `triples` have been written."""
    rng = random.Random(seed)
    scale = triples / 1_000_000
    countries = [(f"country-{i:03d}", name(rng, 1)) for i in range(200)]
    organizations = [(f"org-{i:03d}", name(rng, 2) + " Organization") for i in range(60)]
    places = [(f"city-{i:05d}", name(rng, 1), rng.randrange(len(countries))) for i in range(max(50, int(3000 * scale)))]
    people = [(f"{name(rng, 1).lower()}-{i:06d}", name(rng, 2)) for i in range(max(50, int(15000 * scale)))]
    pick_person, pick_place = LongTail(len(people)), LongTail(len(places), 0.7)
    out = []
    for slug, label in countries:
        out += [f"{iri(base, 'country', slug)} {RDF_TYPE} <{DIP}Country> .",
                f"{iri(base, 'country', slug)} {LABEL} {text(label, 'en')} ."]
    for slug, label in organizations:
        out += [f"{iri(base, 'organization', slug)} {RDF_TYPE} <{DIP}Organization> .",
                f"{iri(base, 'organization', slug)} {LABEL} {text(label, 'en')} ."]
    for slug, label, country in places:
        node = iri(base, "place", slug)
        out += [f"{node} {RDF_TYPE} <{DIP}Place> .", f"{node} {RDF_TYPE} <{DIP}City> .",
                f"{node} {LABEL} {text(label, 'en')} .",
                f"<{node[1:-1]}> <{SCHEMA}containedInPlace> {iri(base, 'country', countries[country][0])} ."]
    for role in ROLES:
        out += [f"{iri(base, 'role', role)} {RDF_TYPE} <{DIP}Role> .",
                f"{iri(base, 'role', role)} {LABEL} {text(role.replace('-', ' ').title(), 'en')} ."]
    home = {}
    for number, (slug, label) in enumerate(people):
        node = iri(base, "person", slug)
        out += [f"{node} {RDF_TYPE} <{DIP}Person> .", f"{node} {LABEL} {text(label, 'en')} ."]
        if rng.random() < 0.3:
            out.append(f"{node} {ALT} {text(label.split()[-1], 'en')} .")
        if rng.random() < 0.2:
            out.append(f"{node} {SAME} <http://www.wikidata.org/entity/Q{1000000 + number}> .")
        home[slug] = (rng.randrange(len(countries)), rng.choice(ROLES))
    yield from out
    written = len(out)
    day0 = datetime.date(2001, 1, 1)
    kinds, weights = zip(*EVENT_KINDS, strict=True)
    article_count = 0
    for number in itertools.count():
        if written >= triples:
            return
        out = []
        kind = rng.choices(kinds, weights)[0]
        size = 2 if kind in ("BilateralMeeting", "PhoneCall", "Visit", "StateVisit") else rng.randint(3, 12)
        members = sorted({people[pick_person.draw(rng)][0] for _ in range(size)})
        if len(members) < 2:
            continue
        day = day0 + datetime.timedelta(days=rng.randrange(9000))
        place = places[pick_place.draw(rng)]
        event = iri(base, "event", f"{kind.lower()}-{number:07d}-{day.isoformat()}")
        out += [f"{event} {RDF_TYPE} <{DIP}{kind}> .",
                f"{event} {LABEL} {text(f'{kind} in {place[1]} ({day.isoformat()})', 'en')} .",
                f"{event} <{DIP}status> <{DIP}{'Held' if rng.random() < 0.85 else 'Planned'}> ."]
        if rng.random() < 0.9:
            out.append(f"{event} <{DIP}startDate> {typed(day.isoformat(), 'date')} .")
        if kind != "PhoneCall":
            out.append(f"{event} <{DIP}place> {iri(base, 'place', place[0])} .")
        if kind in ("MinisterialMeeting", "Summit"):
            out.append(f"{event} <{DIP}organizer> {iri(base, 'organization', rng.choice(organizations)[0])} .")
        out += [f"{event} <{DIP}participant> {iri(base, 'person', m)} ." for m in members]
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4, 6))):
            article_count += 1
            article = iri(base, "article", f"a{article_count:08d}")
            published = day + datetime.timedelta(days=rng.randint(-3, 5))
            out += [f"{article} {RDF_TYPE} <{DIP}Article> .",
                    f"{article} <{SCHEMA}publisher> {text(rng.choice(PUBLISHERS))} .",
                    f"{article} <{SCHEMA}datePublished> {typed(published.isoformat(), 'date')} .",
                    f"{article} <{DIP}sourceFile> {text(f'a{article_count:08d}.txt')} .",
                    f"{article} {LABEL} {text(' '.join(rng.choices(WORDS, k=8)), 'en')} ."]
            out += [f"{article} <{SCHEMA}mentions> {iri(base, 'person', m)} ." for m in members]
            out.append(f"{article} <{SCHEMA}mentions> {iri(base, 'place', place[0])} .")
            out.append(f"{event} {DERIVED} {article} .")
            for _ in range(rng.randint(1, 2)):
                start = rng.randrange(2000)
                evidence = iri(base, "evidence", f"a{article_count:08d}-{start}-{start + 80}")
                out += [f"{event} <{DIP}evidence> {evidence} .", f"{evidence} {RDF_TYPE} <{DIP}Evidence> .",
                        f"{evidence} <{OA}exact> {text(' '.join(rng.choices(WORDS, k=12)))} .",
                        f"{evidence} <{OA}start> {typed(start, 'integer')} .",
                        f"{evidence} <{OA}end> {typed(start + 80, 'integer')} .",
                        f"{evidence} <{OA}hasSource> {article} ."]
        # a position for some participants, attested by this event's date
        for member in members:
            if rng.random() < 0.05:
                country, role = home[member]
                country = countries[country][0]
                position = iri(base, "position", f"{member}-{role}-{country}")
                out += [f"{position} {RDF_TYPE} <{DIP}Position> .",
                        f"{position} <{DIP}holder> {iri(base, 'person', member)} .",
                        f"{position} <{DIP}role> {iri(base, 'role', role)} .",
                        f"{position} <{DIP}of> {iri(base, 'country', country)} .",
                        f"{position} <{DIP}attestedOn> {typed(day.isoformat(), 'date')} ."]
        if number % 50 == 0:
            country, organization = rng.randrange(len(countries)), rng.randrange(len(organizations))
            membership = iri(base, "membership", f"{countries[country][0]}-{organizations[organization][0]}")
            out += [f"{membership} {RDF_TYPE} <{DIP}Membership> .",
                    f"{membership} <{ORG}member> {iri(base, 'country', countries[country][0])} .",
                    f"{membership} <{ORG}organization> {iri(base, 'organization', organizations[organization][0])} .",
                    f"{membership} <{DIP}membershipStatus> <{DIP}Member> .",
                    f"{membership} <{DIP}startDate> {typed(day.isoformat(), 'date')} ."]
        written += len(out)
        yield from out


def ontology_lines() -> list[str]:
    """The ontology in its named graph, as a build stores it (blank nodes named in order of
    appearance: the parser's own names are random, the file must not be)."""
    from pyoxigraph import BlankNode, RdfFormat, parse
    names: dict[str, str] = {}

    def term(node) -> str:
        if isinstance(node, BlankNode):
            return names.setdefault(node.value, f"_:o{len(names)}")
        return str(node)
    triples = parse(path=str(ROOT / "ontology" / "dipkg.ttl"), format=RdfFormat.TURTLE)
    return [f"{term(t.subject)} {t.predicate} {term(t.object)} <{ONTOLOGY_GRAPH}> ." for t in triples]


def write_graph(out: Path, triples: int, seed: int, base: str) -> int:
    count = 0
    with open(out, "w", encoding="utf-8") as handle:
        for line in graph_lines(triples, seed, base):
            handle.write(line + "\n")
            count += 1
        for line in ontology_lines():
            handle.write(line + "\n")
    return count


def write_corpus(out: Path, articles: int, seed: int) -> None:
    spec = importlib.util.spec_from_file_location("synthetic_corpus", ROOT / "tests" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    module.generate(out, articles, seed=seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    graph = commands.add_parser("graph", help="a synthetic graph as N-Quads")
    graph.add_argument("out", type=Path)
    graph.add_argument("--triples", type=int, default=1_000_000)
    graph.add_argument("--seed", type=int, default=7)
    graph.add_argument("--base", default="http://localhost:8000/")
    corpus = commands.add_parser("corpus", help="a synthetic corpus of articles")
    corpus.add_argument("out", type=Path)
    corpus.add_argument("--articles", type=int, default=10_000)
    corpus.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.command == "graph":
        count = write_graph(args.out, args.triples, args.seed, args.base)
        print(f"{args.out}: {count} quads")
    else:
        write_corpus(args.out, args.articles, args.seed)
        print(f"{args.out}: {args.articles} articles")


if __name__ == "__main__":
    main()
