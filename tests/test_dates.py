"""The date grammar: expressions resolved against the publication date and the clause's tense."""

from __future__ import annotations

import datetime

import pytest

from kg.dates import find_dates, ordinal_value, resolve

MONDAY = "2025-07-14"

TABLE = [
    # text, published, tense, expected
    ("on Sunday", MONDAY, "past", "2025-07-13"),
    ("on Monday", "2024-05-20", "past", "2024-05-20"),
    ("on Tuesday", "2025-07-15", "future", "2025-07-15"),
    ("on Friday", MONDAY, "future", "2025-07-18"),
    ("on Friday", MONDAY, "past", "2025-07-11"),
    ("last Friday", MONDAY, "unknown", "2025-07-11"),
    ("next Monday", MONDAY, "unknown", "2025-07-21"),
    ("yesterday", MONDAY, "past", "2025-07-13"),
    ("tomorrow", MONDAY, "future", "2025-07-15"),
    ("last year", "2024-05-20", "past", "2023"),
    ("this year", MONDAY, "past", "2025"),
    ("next year", MONDAY, "future", "2026"),
    ("last month", "2025-01-10", "past", "2024-12"),
    ("later this month", MONDAY, "future", "2025-07"),
    ("before the month is out", MONDAY, "future", "2025-07"),
    ("July 14-15", MONDAY, "future", "2025-07-14/2025-07-15"),
    ("July 10–11", MONDAY, "past", "2025-07-10/2025-07-11"),
    ("May 16-17", "2024-05-20", "past", "2024-05-16/2024-05-17"),
    ("14-15 July", MONDAY, "future", "2025-07-14/2025-07-15"),
    ("between August 30 and September 1", MONDAY, "future", "2025-08-30/2025-09-01"),
    ("from December 30 to January 2", "2024-12-15", "future", "2024-12-30/2025-01-02"),
    ("twenty-five years ago this week", "2021-04-26", "past", "1996-04"),
    ("two decades ago", "2021-04-26", "past", "2001"),
    ("18 months ago", "2021-04-26", "past", "2019-10"),
    ("three years ago to the day", "2022-06-15", "past", "2019-06-15"),
    ("two weeks ago", "2024-05-23", "past", "2024-05"),  # (its week, May 6-12)
    ("in the second half of the year", "2024-05-16", "future", "2024"),
    ("in the first half of next year", "2024-05-16", "future", "2025"),
    ("a year ago", MONDAY, "past", "2024"),
    ("June 15, 2001", MONDAY, "past", "2001-06-15"),
    ("15 June 2001", MONDAY, "past", "2001-06-15"),
    ("Sept. 3", MONDAY, "future", "2025-09-03"),
    ("on May 20", "2024-05-20", "past", "2024-05-20"),
    ("December 28", "2025-01-05", "past", "2024-12-28"),
    ("January 12", "2024-12-20", "future", "2025-01-12"),
    ("in 2017", MONDAY, "past", "2017"),
    ("July 2024", MONDAY, "past", "2024-07"),
    ("in July", "2024-05-20", "future", "2024-07"),
    ("in March", "2024-05-20", "past", "2024-03"),
    ("in December", "2025-01-10", "past", "2024-12"),
    ("in January", "2024-12-20", "future", "2025-01"),
    ("mid-July", "2024-05-20", "future", "2024-07"),
    ("in less than a month", "2024-05-20", "future", "2024"),
    ("in the coming days", "2025-07-01", "future", "2025-07"),
    ("2024-2025", MONDAY, "past", "2024/2025"),
    ("2023-07-04", MONDAY, "past", "2023-07-04"),
    ("on Wednesday and Thursday", "2024-07-03", "future", "2024-07-03/2024-07-04"),
    ("from Tuesday to Thursday", "2024-10-24", "past", "2024-10-22/2024-10-24"),
    ("in July last year", "2025-09-01", "past", "2024-07"),
    ("in March next year", "2025-09-01", "future", "2026-03"),
    # a weekend is its Saturday and Sunday: the one before, or the one to come, as the tense says
    ("last weekend", "2023-09-21", "past", "2023-09-16/2023-09-17"),
    ("at the weekend", "2020-11-18", "future", "2020-11-21/2020-11-22"),
    ("over the weekend", "2018-04-24", "past", "2018-04-21/2018-04-22"),
]


@pytest.mark.parametrize("text,published,tense,expected", TABLE)
def test_expression_resolves_to_the_calendar_date_it_means(text, published, tense, expected):
    found = find_dates(text)
    assert len(found) == 1, f"{text!r} read as {[e.text for e in found]}"
    value = resolve(found[0], datetime.date.fromisoformat(published), tense)
    assert str(value) == expected


@pytest.mark.parametrize("text", ["last year", "on Sunday", "on May 20", "in July", "yesterday"])
def test_relative_dates_stay_undated_without_a_publication_date(text):
    assert resolve(find_dates(text)[0], None, "past") is None


def test_weeks_ago_stay_undated_when_that_week_spans_two_months():
    (found,) = find_dates("two weeks ago")  # (April 29 to May 5)
    assert resolve(found, datetime.date(2024, 5, 16), "past") is None




@pytest.mark.parametrize("text", ["Lavrov may meet him", "the march to the sea", "a 3-day trip",
                                  "Minister No. 12 said", "1,500 delegates"])
def test_words_that_only_look_like_dates_are_not_dates(text):
    assert find_dates(text) == []


def test_an_impossible_day_is_no_date():
    assert resolve(find_dates("February 30")[0], datetime.date(2025, 1, 1), "future") is None


def test_offsets_point_into_the_text():
    text = "Talks are set for between August 30 and September 1 in Tianjin."
    (found,) = find_dates(text, offset=100)
    assert text[found.start - 100:found.end - 100] == "between August 30 and September 1"


def test_granularity_is_kept():
    day = datetime.date(2025, 7, 14)
    values = [resolve(e, day, "past") for e in find_dates("in 2017, in July and on Sunday")]
    assert [v.granularity for v in values] == ["year", "month", "day"]


@pytest.mark.parametrize("text, expected", [
    ("postponed from May to July", ["from May", "to July"]),
    ("the summit was postponed to July", ["to July"]),
    ("he travelled to March", []),  # (a month after "to" elsewhere is no date)
])
def test_the_month_something_was_moved_to_is_a_date(text, expected):
    assert [found.text for found in find_dates(text)] == expected


def test_ordinals_count_what_an_anniversary_counts():
    assert [ordinal_value(w) for w in ("fiftieth", "twenty-fifth", "75th", "First", "tenth", "summit")] == [
        50, 25, 75, 1, 10, None]


def test_between_two_years_is_a_span_but_in_one_year_and_another_is_two_years():
    published = datetime.date(2024, 11, 16)
    assert [str(resolve(d, published)) for d in find_dates("between 2008 and 2016")] == ["2008/2016"]
    assert [str(resolve(d, published)) for d in find_dates("hosted the leaders also in 2008 and 2016")] == ["2008", "2016"]
    assert [str(resolve(d, published)) for d in find_dates("the presidency for 2019-2020")] == ["2019/2020"]


def test_a_year_written_with_the_next_ones_last_two_digits_is_a_span_of_both():
    assert [str(resolve(d, None)) for d in find_dates("for 2024-25, in 2019/20, and 2024-13")] == [
        "2024/2025", "2019/2020", "2024"]


def test_a_part_of_a_day_named_with_its_day_is_that_day():
    published = datetime.date(2025, 4, 23)
    assert [str(resolve(d, published)) for d in find_dates("this afternoon, late yesterday evening, tomorrow morning")] == [
        "2025-04-23", "2025-04-22", "2025-04-24"]


def test_earlier_in_the_week_is_this_weeks_month():
    (found,) = find_dates("also met Wang in Wuxi earlier in the week")
    assert str(resolve(found, datetime.date(2022, 1, 15), "past")) == "2022-01"
