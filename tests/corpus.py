"""A synthetic corpus of the genre: many short reports of a known set of events.

Each true event (talks, phone calls, state visits, summits) is reported by several articles
published on different days, in different words, with the date said relatively ("on Tuesday")
or in full ("on October 22"), and the people named in different forms. A build of it should
hold each event once; built from the undated rendering, where no article says when anything
happened, it should hold no event with a date. Used by the tests (tests/test_corpus.py) and
the benchmarks (bench/), which is why it depends on nothing but the standard library.

    python tests/corpus.py OUT_DIR [--articles 1000] [--undated] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

# name forms, title, the state they serve (all in office throughout 2024-10 .. 2025-06)
PEOPLE = {
    "sergey-lavrov": (["Sergey Lavrov", "Sergei Lavrov"], "Lavrov", "Foreign Minister", "Russian"),
    "wang-yi": (["Wang Yi"], "Wang", "Foreign Minister", "Chinese"),
    "subrahmanyam-jaishankar": (["S. Jaishankar", "Subrahmanyam Jaishankar"], "Jaishankar",
                                "External Affairs Minister", "Indian"),
    "vladimir-putin": (["Vladimir Putin"], "Putin", "President", "Russian"),
    "xi-jinping": (["Xi Jinping"], "Xi", "President", "Chinese"),
    "narendra-modi": (["Narendra Modi"], "Modi", "Prime Minister", "Indian"),
    "recep-tayyip-erdogan": (["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"], "Erdogan", "President", "Turkish"),
    "kassym-jomart-tokayev": (["Kassym-Jomart Tokayev"], "Tokayev", "President", "Kazakh"),
    "alexander-lukashenko": (["Alexander Lukashenko"], "Lukashenko", "President", "Belarusian"),
    "shavkat-mirziyoyev": (["Shavkat Mirziyoyev"], "Mirziyoyev", "President", "Uzbek"),
    "masoud-pezeshkian": (["Masoud Pezeshkian"], "Pezeshkian", "President", "Iranian"),
    "abbas-araghchi": (["Abbas Araghchi"], "Araghchi", "Foreign Minister", "Iranian"),
    "mauro-vieira": (["Mauro Vieira"], "Vieira", "Foreign Minister", "Brazilian"),
    "hakan-fidan": (["Hakan Fidan"], "Fidan", "Foreign Minister", "Turkish"),
    "ishaq-dar": (["Ishaq Dar"], "Dar", "Foreign Minister", "Pakistani"),
    "sadyr-japarov": (["Sadyr Japarov"], "Japarov", "President", "Kyrgyz"),
}
LEADERS = [k for k, v in PEOPLE.items() if v[2] != "Foreign Minister" and v[2] != "External Affairs Minister"]
MINISTERS = [k for k in PEOPLE if k not in LEADERS]
HOME = {"Russian": ("Russia", "Moscow"), "Chinese": ("China", "Beijing"), "Indian": ("India", "New Delhi"),
        "Turkish": ("Turkey", "Ankara"), "Kazakh": ("Kazakhstan", "Astana"), "Belarusian": ("Belarus", "Minsk"),
        "Uzbek": ("Uzbekistan", "Tashkent"), "Iranian": ("Iran", "Tehran"), "Brazilian": ("Brazil", "Brasilia"),
        "Pakistani": ("Pakistan", "Islamabad"), "Kyrgyz": ("Kyrgyzstan", "Bishkek")}
CITIES = ["Moscow", "Beijing", "New Delhi", "Astana", "Minsk", "Tashkent", "Tehran", "Ankara", "Islamabad",
          "Bishkek", "Kazan", "Shanghai", "Samarkand", "Sochi"]
SUMMITS = [("Shanghai Cooperation Organisation", "SCO"), ("BRICS", "BRICS"),
           ("Collective Security Treaty Organization", "CSTO")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
OUTLETS = ["Eurasia Daily Wire", "Steppe Review", "Continental Brief", "Meridian News Service", "Volga Monitor"]
FILLER = ["The two sides discussed trade, energy and transport links.",
          "Officials said the talks covered regional security and the situation in the Middle East.",
          "Both sides agreed to keep in close contact.",
          "Analysts said the meeting signalled a warming of ties.",
          "A joint statement was not issued."]
BOILERPLATE = ["Advertisement", "Share this article", "Comments are moderated.", "Read more: regional roundup"]


@dataclass
class TrueEvent:
    """An event as it happened: what every report of it describes."""

    kind: str  # BilateralMeeting, PhoneCall, StateVisit, Summit
    people: tuple[str, ...]
    date: datetime.date
    place: str | None = None  # a city, or for a state visit the state visited
    organization: tuple[str, str] | None = None
    key: str = ""
    reports: list[str] = field(default_factory=list)


def make_events(rng: random.Random, count: int) -> list[TrueEvent]:
    """`count` distinct events between October 2024 and June 2025."""
    events, seen = [], set()
    start = datetime.date(2024, 10, 1)
    while len(events) < count:
        day = start + datetime.timedelta(days=rng.randrange(0, 270))
        choice = rng.random()
        if choice < 0.35:
            a, b = rng.sample(MINISTERS if rng.random() < 0.5 else LEADERS, 2)
            event = TrueEvent("BilateralMeeting", (a, b), day, place=rng.choice(CITIES))
        elif choice < 0.6:
            a, b = rng.sample(MINISTERS if rng.random() < 0.5 else LEADERS, 2)
            event = TrueEvent("PhoneCall", (a, b), day)
        elif choice < 0.85:
            visitor, host = rng.sample(LEADERS, 2)
            event = TrueEvent("StateVisit", (visitor, host), day, place=HOME[PEOPLE[host][3]][0])
        else:
            org = rng.choice(SUMMITS)
            attendees = tuple(rng.sample(LEADERS, 3))
            event = TrueEvent("Summit", attendees, day, place=rng.choice(CITIES), organization=org)
        # one event per kind, people and day, and nobody in two places on one day: otherwise two
        # true events could not be told apart (by a reader either)
        identity = (event.kind, frozenset(event.people), event.date)
        if identity in seen or any(e.kind == event.kind and set(e.people) == set(event.people)
                                   and abs((e.date - event.date).days) < 20 for e in events):
            continue
        if any(abs((e.date - event.date).days) < 3 and (set(e.people) & set(event.people) or (
                e.organization and e.organization == event.organization)) for e in events):
            continue
        seen.add(identity)
        event.key = f"event-{len(events):04d}"
        events.append(event)
    return events


# Sixteen people over 270 days, nobody at two events within three days: past about 550 events
# make_events finds no more. A larger corpus reports the same 400 events more often.
MAX_EVENTS = 400


def full_name(rng: random.Random, person: str) -> str:
    return rng.choice(PEOPLE[person][0])


def titled(rng: random.Random, person: str) -> str:
    names, _, title, adjective = PEOPLE[person]
    return f"{adjective} {title} {rng.choice(names)}"


def when(rng: random.Random, day: datetime.date, published: datetime.date, dated: bool) -> str:
    """How a report says the day: a weekday within the week, else month and day; nothing if undated."""
    if not dated:
        return ""
    if 0 <= (published - day).days < 6 and rng.random() < 0.6:
        return f" on {WEEKDAYS[day.weekday()]}"
    return f" on {MONTHS[day.month - 1]} {day.day}"


def report(rng: random.Random, event: TrueEvent, published: datetime.date, dated: bool) -> list[str]:
    """Sentences of one report of an event."""
    w = when(rng, event.date, published, dated)
    if event.kind == "BilateralMeeting":
        a, b = event.people
        forms = [f"{titled(rng, a)} held talks with {titled(rng, b)} in {event.place}{w}.",
                 f"{titled(rng, a)} met {titled(rng, b)} in {event.place}{w}.",
                 f"{titled(rng, a)} and {titled(rng, b)} met in {event.place}{w}, officials said."]
        return [rng.choice(forms), rng.choice(FILLER)]
    if event.kind == "PhoneCall":
        a, b = event.people
        forms = [f"{titled(rng, a)} and {titled(rng, b)} held a phone call{w}.",
                 f"{titled(rng, a)} spoke by phone with {titled(rng, b)}{w}.",
                 f"{titled(rng, a)} held a telephone conversation with {titled(rng, b)}{w}, the ministry said."]
        return [rng.choice(forms), f"{PEOPLE[a][1]} and {PEOPLE[b][1]} discussed bilateral ties."]
    if event.kind == "StateVisit":
        visitor, host = event.people
        country, capital = HOME[PEOPLE[host][3]]
        forms = [f"{titled(rng, visitor)} paid a state visit to {country}{w}.",
                 f"{titled(rng, visitor)} arrived in {capital}{w} for a state visit."]
        return [rng.choice(forms), f"He was received by {titled(rng, host)}."]
    name, short = event.organization
    label = rng.choice([name, short])
    first, *others = event.people
    forms = [f"The {label} summit was held in {event.place}{w}.",
             f"{titled(rng, first)} attended the {label} summit in {event.place}{w}."]
    sentences = [rng.choice(forms)]
    sentences.append(f"{titled(rng, others[0])} also took part in the summit.")
    return sentences


def render(rng: random.Random, number: int, events: list[TrueEvent], dated: bool) -> tuple[str, dict]:
    """One article reporting one to three events, and its manifest entry."""
    main = rng.choice(events)
    published = main.date + datetime.timedelta(days=rng.randrange(0, 3))
    others = [e for e in rng.sample(events, 2) if e is not main and e.date <= published]
    reported = [main] + others[:rng.randrange(0, 2)]
    city = rng.choice(CITIES)
    dateline = f"{city.upper()}, {MONTHS[published.month - 1]} {published.day} – " if dated else f"{city.upper()} – "
    body = []
    for index, event in enumerate(reported):
        sentences = report(rng, event, published, dated)
        if index == 0:
            sentences[0] = dateline + sentences[0]
        body.append(" ".join(sentences))
        event.reports.append(f"{number:05d}")
    headline = f"{PEOPLE[main.people[0]][1]} in the news: {main.kind.lower()} report"
    text = "\n\n".join([headline, rng.choice(BOILERPLATE), *body, rng.choice(BOILERPLATE)]) + "\n"
    entry = {"file": f"{number:05d}.txt", "source_url": None, "publisher": rng.choice(OUTLETS),
             "published": published.isoformat()}
    return text, entry


def generate(folder: Path, articles: int, *, dated: bool = True, seed: int = 7) -> list[TrueEvent]:
    """Write `articles` articles and their manifest into a new folder; the true events they report."""
    rng = random.Random(seed)
    events = make_events(rng, min(max(10, articles // 6), MAX_EVENTS))
    folder.mkdir(parents=True)
    entries = []
    for number in range(articles):
        text, entry = render(rng, number, events, dated)
        (folder / entry["file"]).write_text(text, encoding="utf-8")
        entries.append(entry)
    (folder / "manifest.json").write_text(json.dumps(entries, indent=1), encoding="utf-8")
    return [e for e in events if e.reports]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--undated", action="store_true", help="say no dates at all")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    events = generate(args.out, args.articles, dated=not args.undated, seed=args.seed)
    print(f"{args.articles} articles reporting {len(events)} events in {args.out}")


if __name__ == "__main__":
    main()
