"""The same fact from several articles is one node with all its sources, whatever the reading order."""

from __future__ import annotations

import random

from helpers import read_text

from kg.merge import merge

MEETING_A = "Lavrov and Wang Yi held talks in Beijing on Sunday."
MEETING_B = "Russian Foreign Minister Sergey Lavrov met with Chinese Foreign Minister Wang Yi in Beijing on July 13."


def test_one_meeting_reported_twice_is_one_node_with_two_sources():
    kb = merge([read_text(MEETING_A, "2025-07-14", "a.txt"), read_text(MEETING_B, "2025-07-15", "b.txt")])
    (event,) = kb.facts.events
    assert event.key == "event/meeting-sergey-lavrov-wang-yi-2025-07-13"
    assert event.sources == ("a.txt", "b.txt")
    assert {e.file for e in event.evidence} == {"a.txt", "b.txt"}


def test_keys_do_not_depend_on_the_order_of_reading():
    texts = [(MEETING_A, "2025-07-14", "a.txt"), (MEETING_B, "2025-07-15", "b.txt"),
             ("The SCO summit will be held in Tianjin between August 31 and September 1.", "2025-07-14", "c.txt"),
             ("Putin will attend the SCO summit in Tianjin on September 1.", "2025-08-20", "d.txt"),
             ("Earlier, Lavrov met with Wang Yi.", "2025-07-15", "e.txt")]
    extractions = [read_text(*t) for t in texts]
    expected = merge(extractions)
    for seed in range(5):
        shuffled = extractions[:]
        random.Random(seed).shuffle(shuffled)
        again = merge(shuffled)
        assert [e.key for e in again.facts.events] == [e.key for e in expected.facts.events]
        assert again.facts == expected.facts


def test_an_undated_meeting_joins_the_same_people_meeting_of_the_days_before():
    kb = merge([read_text(MEETING_A, "2025-07-14", "a.txt"),
                read_text("Earlier, Lavrov met with his Chinese counterpart, Wang Yi.", "2025-07-15", "e.txt")])
    (event,) = kb.facts.events
    assert str(event.date) == "2025-07-13" and event.sources == ("a.txt", "e.txt")


def test_an_undated_meeting_long_after_stays_its_own_event():
    kb = merge([read_text(MEETING_A, "2025-07-14", "a.txt"),
                read_text("Earlier, Lavrov met with Wang Yi.", "2025-09-30", "e.txt")])
    assert len(kb.facts.events) == 2


def test_a_summit_reported_by_month_and_by_day_is_one_summit():
    kb = merge([read_text("The SCO summit was held in Astana on July 3-4.", "2024-07-05", "a.txt"),
                read_text("Xi and Putin will meet during an SCO summit in Astana in July.", "2024-05-20", "b.txt")])
    (summit,) = [e for e in kb.facts.events if e.kind == "Summit"]
    assert (str(summit.date), summit.place, summit.sources) == ("2024-07-03/2024-07-04", "place/astana", ("a.txt", "b.txt"))
    assert summit.status == "held"  # the later report


def test_a_summit_reported_by_its_year_alone_keeps_that_report_linked_to_the_dated_one():
    kb = merge([read_text("A decision was made at the SCO summit in Astana last year.", "2025-07-14", "a.txt"),
                read_text("Xi and Putin will meet during an SCO summit in Astana in July.", "2024-05-20", "b.txt"),
                read_text("Belarus was admitted at the SCO summit in Astana in 2024.", "2025-01-10", "c.txt")])
    summits = {str(e.date): e for e in kb.facts.events if e.kind == "Summit"}
    assert set(summits) == {"2024", "2024-07"}
    by_year, by_month = summits["2024"], summits["2024-07"]
    assert by_year.sources == ("a.txt", "c.txt") and by_month.sources == ("b.txt",)
    assert by_year.same_as == by_month.key and by_month.same_as is None
    assert by_year.place == by_month.place == "place/astana"


def test_a_year_only_report_that_fits_two_dated_events_is_linked_to_neither():
    kb = merge([read_text("Lavrov attended an SCO ministerial meeting in 2024.", "2025-03-01", "a.txt"),
                read_text("Lavrov attended the SCO foreign ministers' meeting in Astana on May 21.", "2024-05-22", "b.txt"),
                read_text("Shoigu attended the SCO defence ministers' meeting in Astana on April 26.", "2024-04-27", "c.txt")])
    assert sorted(str(e.date) for e in kb.facts.events) == ["2024", "2024-04-26", "2024-05-21"]
    assert all(e.same_as is None for e in kb.facts.events)


def test_visits_by_different_visitors_stay_different_facts():
    kb = merge([read_text("Putin visited China on May 16.", "2024-05-20", "a.txt"),
                read_text("Lukashenko visited China on May 16.", "2024-05-20", "b.txt")])
    assert len([e for e in kb.facts.events if e.kind in ("Visit", "StateVisit")]) == 2


def test_a_visit_reported_with_and_without_its_host_is_one_visit():
    kb = merge([read_text("Putin visited China on May 16.", "2024-05-20", "a.txt"),
                read_text("Xi hosted Putin in a state visit to China on May 16.", "2024-05-20", "b.txt")])
    (visit,) = [e for e in kb.facts.events if e.kind in ("Visit", "StateVisit")]
    assert (visit.kind, set(visit.participants), visit.sources) == (
        "StateVisit", {"person/vladimir-putin", "person/xi-jinping"}, ("a.txt", "b.txt"))


def test_memberships_merge_and_keep_the_most_precise_since_date():
    kb = merge([read_text("Iran, an SCO member, sent a delegation.", "2025-07-14", "a.txt"),
                read_text("Iran was granted membership in the SCO in 2023.", "2025-07-14", "b.txt")])
    (membership,) = kb.facts.memberships
    assert (membership.status, str(membership.start), membership.sources) == ("member", "2023", ("a.txt", "b.txt"))


def test_positions_collect_every_day_they_were_attested():
    kb = merge([read_text("Foreign Minister Sergey Lavrov spoke.", "2025-07-14", "a.txt"),
                read_text("Russian Foreign Minister Sergey Lavrov spoke.", "2024-05-20", "b.txt")])
    (position,) = kb.facts.positions
    assert [d.isoformat() for d in position.attested] == ["2024-05-20", "2025-07-14"]



def test_a_visit_told_by_two_articles_is_the_visitors_when_only_one_names_the_host():
    planned = read_text("Qin Gang will host Blinken on a visit to Beijing on June 18-19.", "2023-06-14", "a.txt")
    assert [set(e.participants) for e in planned.facts.events] == [{"person/qin-gang", "person/antony-blinken"}]
    held = read_text("Antony Blinken wrapped up a two-day visit to Beijing on Monday.", "2023-06-19", "b.txt")
    visits = [e for e in merge([planned, held]).facts.events if e.kind == "Visit"]
    assert [(e.participants, e.sources) for e in visits] == [(("person/antony-blinken",), ("a.txt", "b.txt"))]


def test_a_chairmanship_one_article_dates_and_leaves_undated_is_one_term_with_the_others_reports():
    # an undated report read before the dated ones once opened a term of its own, which its article's dated
    # report then gave the same key as the others' term: two nodes under one IRI
    from kg.models import ChairmanshipFact, DateValue
    def fact(source, start=None, end=None):
        return ChairmanshipFact(chair="country/russia", organization="organization/shanghai-cooperation-organisation",
                                start=DateValue(start=start) if start else None, end=DateValue(start=end) if end else None,
                                evidence=(), sources=(source,))
    from kg.merge import merge_chairmanships
    terms = merge_chairmanships([fact("a.txt"), fact("a.txt", "2019-06"), fact("b.txt", "2019", "2020"),
                                 fact("c.txt", "2019-06")])
    assert len(terms) == 1 and len({t.key for t in terms}) == 1
    assert set(terms[0].sources) == {"a.txt", "b.txt", "c.txt"}
