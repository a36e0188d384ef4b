"""Events read from sentences of the genre (written for these tests, not taken from the seeds)."""

from __future__ import annotations

import pytest
from helpers import read_text


def events(text: str, published: str) -> list[tuple]:
    """(kind, people, place, date, status) of every event read from a text."""
    found = []
    for event in read_text(text, published).facts.events:
        people = frozenset(p.split("/")[1] for p in event.participants if p.startswith("person/"))
        found.append((event.kind, people, event.place.split("/")[1] if event.place else None,
                      str(event.date) if event.date else None, event.status))
    return found


def people(*names: str) -> frozenset:
    return frozenset(names)


CASES = [
    ("Chinese Premier Li Qiang received Pakistani Prime Minister Shehbaz Sharif in Beijing on Friday.",
     "2024-06-09",
     [("BilateralMeeting", people("li-qiang", "shehbaz-sharif"), "beijing", "2024-06-07", "held")]),
    ("Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan held a phone call on "
     "Tuesday, the Kremlin said.", "2024-07-25",
     [("PhoneCall", people("vladimir-putin", "recep-tayyip-erdogan"), None, "2024-07-23", "held")]),
    ("Indian External Affairs Minister S. Jaishankar is expected to meet Sergey Lavrov in Moscow on "
     "December 27.", "2023-12-24",
     [("BilateralMeeting", people("subrahmanyam-jaishankar", "sergey-lavrov"), "moscow", "2023-12-27",
       "planned")]),
    ("The 24th SCO summit was held in Astana on July 3-4, 2024.", "2024-07-05",
     [("Summit", people(), "astana", "2024-07-03/2024-07-04", "held")]),
    # the host is the head of the state visited, where the article names him; else nobody is made up
    ("Uzbek President Shavkat Mirziyoyev paid a state visit to China on January 23-25. Xi praised the ties.",
     "2024-01-26",
     [("StateVisit", people("shavkat-mirziyoyev", "xi-jinping"), "china", "2024-01-23/2024-01-25", "held")]),
    ("Uzbek President Shavkat Mirziyoyev paid a state visit to China on January 23-25.", "2024-01-26",
     [("StateVisit", people("shavkat-mirziyoyev"), "china", "2024-01-23/2024-01-25", "held")]),
    ("The planned visit of Iranian President Masoud Pezeshkian to Baku was postponed.", "2024-10-01",
     [("Visit", people("masoud-pezeshkian"), "baku", None, "cancelled")]),
    ("U.S. Secretary of State Antony Blinken postponed his trip to Beijing on Friday.", "2023-02-04",
     [("Visit", people("antony-blinken"), "beijing", "2023-02-03", "cancelled")]),
    ("Lavrov and Wang Yi are scheduled to hold talks in Beijing on Sunday.", "2025-07-10",
     [("BilateralMeeting", people("sergey-lavrov", "wang-yi"), "beijing", "2025-07-13", "planned")]),
    ("Kremlin spokesman Dmitry Peskov said Putin would meet Tokayev in Astana on July 3.", "2024-06-28",
     [("BilateralMeeting", people("vladimir-putin", "kassym-jomart-tokayev"), "astana", "2024-07-03",
       "planned")]),
    ("Chinese Foreign Ministry spokesperson Mao Ning announced that Wang Yi will visit Russia from March 27 "
     "to March 29.", "2024-03-26",
     [("Visit", people("wang-yi"), "russia", "2024-03-27/2024-03-29", "planned")]),
    ("Xi hosted Putin for talks in Beijing on May 16.", "2024-05-20",
     [("BilateralMeeting", people("xi-jinping", "vladimir-putin"), "beijing", "2024-05-16", "held")]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_sentence_reads_as_its_events(text, published, expected):
    assert events(text, published) == expected


def test_a_meeting_on_the_sidelines_takes_its_place_and_the_larger_event_its_month():
    text = ("Chinese President Xi Jinping met Indian Prime Minister Narendra Modi on the sidelines of the "
            "BRICS summit in Kazan on Wednesday.")
    result = read_text(text, "2024-10-24")
    by_kind = {e.kind: e for e in result.facts.events}
    meeting, summit = by_kind["BilateralMeeting"], by_kind["Summit"]
    assert meeting.sidelines_of == summit.key
    assert (str(meeting.date), meeting.place) == ("2024-10-23", "place/kazan")
    assert (str(summit.date), summit.organizer) == ("2024-10", "organization/brics")
    assert set(meeting.participants) <= set(summit.participants)


def test_people_who_only_report_are_not_participants():
    text = ("According to Russian Foreign Ministry spokeswoman Maria Zakharova, Lavrov will hold talks with "
            "Wang Yi in Beijing on Sunday.")
    (event,) = read_text(text, "2025-07-10").facts.events
    assert set(event.participants) == {"person/sergey-lavrov", "person/wang-yi"}


def test_an_event_that_comes_after_another_takes_its_month():
    text = "On July 10-11, Lavrov attended the ASEAN meetings in Vientiane, and after that he visited Pyongyang."
    visit = next(e for e in read_text(text, "2024-07-20").facts.events if e.kind == "Visit")
    assert (str(visit.date), visit.place, visit.status) == ("2024-07", "place/pyongyang", "held")


def test_a_later_mention_of_the_same_event_adds_to_it_and_is_not_a_second_event():
    text = ("Lavrov will take part in a meeting of the SCO Council of Foreign Ministers in Astana on May 20-21. "
            "Wang Yi is also expected at the Astana meeting. The meeting will discuss regional security.")
    (event,) = read_text(text, "2024-05-18").facts.events
    assert event.kind == "MinisterialMeeting" and event.place == "place/astana"
    assert set(event.participants) == {"person/sergey-lavrov", "person/wang-yi"}
    assert len(event.evidence) >= 3


def test_no_event_without_enough_to_tell_it_apart():
    text = ("Lavrov is expected to hold a number of bilateral meetings on the event's sidelines. "
            "Frequent meetings between Chinese and Russian diplomats are a sign of trust. "
            "Xi proposed to convene a peace conference.")
    assert read_text(text, "2024-05-20").facts.events == ()


def test_headlines_name_people_but_state_no_events():
    text = "Putin and Xi to meet in Astana in July\n\nThe leaders discussed trade."
    result = read_text(text, "2024-05-20")
    assert result.facts.events == () and "person/vladimir-putin" in {m.entity for m in result.mentions}


def test_no_event_is_dated_by_the_publication_date_alone():
    text = "Lavrov met Wang Yi in Beijing. The talks were constructive."
    (event,) = read_text(text, "2025-07-14").facts.events
    assert event.date is None
