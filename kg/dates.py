"""Temporal expressions: finding them in text and resolving them to calendar dates.

A small grammar of our own (dateparser silently misreads ranges). Each expression is
resolved against the publication date and the tense of its clause, and keeps the
granularity the text gives: "in 2017" is a year, "in July" a month, "on Sunday" a day.
What the text does not date stays undated: there is no default to the publication date.

>>> day = datetime.date(2025, 7, 14)   # a Monday
>>> [str(resolve(e, day, "past")) for e in find_dates("On July 10-11, and on Sunday")]
['2025-07-10/2025-07-11', '2025-07-13']
>>> str(resolve(find_dates("between August 30 and September 1")[0], day, "future"))
'2025-08-30/2025-09-01'
>>> str(resolve(find_dates("last year")[0], day, "past"))
'2024'
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Literal

from kg.models import DateValue

Tense = Literal["past", "future", "unknown"]

MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
COUNT_WORDS = {"a": 1, "an": 1, **{w: n for n, w in enumerate(_UNITS, 1)}, "ten": 10, "eleven": 11, "twelve": 12,
               "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
               "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               **{f"{tens}-{unit}": base + n for tens, base in (("twenty", 20), ("thirty", 30), ("forty", 40))
                  for n, unit in enumerate(_UNITS, 1)}}
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_TENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                 "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80}


def ordinal_value(word: str) -> int | None:
    """"fiftieth" 50, "twenty-fifth" 25, "75th" 75 (what an anniversary counts)."""
    word = word.lower()
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return int(word[:-2])
    if word in _ORDINAL_TENS:
        return _ORDINAL_TENS[word]
    if word in _ORDINAL_UNITS:
        return _ORDINAL_UNITS.index(word) + 1
    tens, _, unit = word.partition("-")
    if tens in COUNT_WORDS and unit in _ORDINAL_UNITS and COUNT_WORDS[tens] % 10 == 0:
        return COUNT_WORDS[tens] + _ORDINAL_UNITS.index(unit) + 1
    return None


def _month(name: str) -> str:
    return (r"(?P<%s>January|February|March|April|May|June|July|August|September|October|November|December"
            r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])") % name


def _day(name: str) -> str:
    return r"(?P<%s>[0-3]?\d)(?:st|nd|rd|th)?" % name


def _year(name: str) -> str:
    return r"(?P<%s>(?:19|20)\d{2})" % name


TO = r"\s*(?:[-–—]|(?i:to|until|till|through|and))\s*"
TO_DASH = r"\s*(?:[-–—]|(?i:to|until|till|through))\s*"
YEAR_TAIL = r"(?:,?\s+" + _year("y") + r")?"
NOT_DIGIT = r"(?![\d\w])"

PATTERNS: list[tuple[str, str]] = [
    ("span_md_md", r"(?:(?i:between|from)\s+)?" + _month("m1") + r"\s+" + _day("d1") + TO + _month("m2") + r"\s+"
     + _day("d2") + YEAR_TAIL + NOT_DIGIT),
    ("span_dm_dm", r"(?:(?i:between|from)\s+)?" + _day("d1") + r"\s+" + _month("m1") + TO + _day("d2") + r"\s+"
     + _month("m2") + YEAR_TAIL + NOT_DIGIT),
    ("span_md_d", r"(?:(?i:between|from)\s+)?" + _month("m1") + r"\s+" + _day("d1") + TO + _day("d2") + YEAR_TAIL
     + NOT_DIGIT),
    ("span_d_dm", r"(?:(?i:between|from)\s+)?" + _day("d1") + TO + _day("d2") + r"\s+" + _month("m1") + YEAR_TAIL
     + NOT_DIGIT),
    ("iso", r"(?P<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)" + NOT_DIGIT),
    ("md_rel_year", _month("m1") + r"\s+" + _day("d1") + r"\s+(?P<rel>last|this|next)\s+year\b"),
    # ("on the afternoon of June 7 local time": the day, as a readout gives it)
    ("md", r"(?:(?i:the)\s+(?:morning|afternoon|evening|night)\s+of\s+)?" + _month("m1") + r"\s+" + _day("d1") + YEAR_TAIL
     + NOT_DIGIT + r"(?:\s+local\s+time\b)?"),
    ("dm", r"(?:(?i:the)\s+(?:morning|afternoon|evening|night)\s+of\s+)?" + _day("d1") + r"\s+" + _month("m1") + YEAR_TAIL
     + NOT_DIGIT + r"(?:\s+local\s+time\b)?"),
    ("my", _month("m1") + r"\s+(?:of\s+)?" + _year("y") + NOT_DIGIT),
    ("season", r"(?:(?P<rel>(?i:next|this|last|coming))\s+|(?i:in\s+the)\s+)(?P<season>(?i:spring|summer|autumn|fall|winter))\b"),
    ("month_edge", r"(?:(?i:on)\s+)?(?i:the)\s+(?P<edge>first|last)\s+day\s+of\s+" + _month("m1") + YEAR_TAIL + NOT_DIGIT),
    ("m_rel_year", r"(?:(?i:in|of|during|since|until|by)\s+)?(?:(?i:early|late|mid-?)\s*)?" + _month("m1")
     + r"\s+(?P<rel>last|this|next)\s+year\b"),
    # ("between 2008 and 2016" is a span; "in 2008 and 2016" two years)
    ("span_y_y", r"(?:(?P<btw>(?i:between)\s+)|(?i:from)\s+)?" + _year("y1") + r"(?(btw)" + TO + "|" + TO_DASH + ")"
     + _year("y2") + NOT_DIGIT),
    # ("the chairmanship for 2024-25", "in 2024/25": a year that runs into the next, as terms and seasons are written)
    ("span_y_yy", _year("y1") + r"\s*[-–—/]\s*(?P<yy>\d{2})" + NOT_DIGIT),
    # ("was postponed to July", "moved from May to July": the month it went to)
    ("m", r"(?<![\w-])(?:(?P<rel>(?i:this|next|last|coming|that|the\s+following))\s+|(?i:(?:in|since|until|till|by|during|of|for|before"
     r"|after|from|(?<=postponed )to|(?<=moved )to|(?<=back )to|(?<=delayed )to|(?<=January )to|(?<=February )to|(?<=March )to|(?<=April )to|(?<=May )to|(?<=June )to|(?<=July )to|(?<=August )to|(?<=September )to|(?<=October )to|(?<=November )to|(?<=December )to"
     r")\s+(?:(?:early|late)\s+|mid-?\s*)?|(?:early|late)\s+|mid-?\s*"
     # "most recently at the end of September"
     r"|(?i:(?:at|by|towards?|until|till)\s+the\s+(?:end|start|beginning|middle)\s+of)\s+))" + _month("m1")
     + r"(?!\s*\d)" + NOT_DIGIT),
    # "after his June meeting with Biden": a month naming an event, after a possessive
    ("m", r"(?:(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<='s ))" + _month("m1")
     + r"(?= (?:meeting|summit|visit|trip|talks|call|phone call|conversation)\b)"),
    ("y", r"(?<![\w-])" + _year("y") + NOT_DIGIT),
    # "twenty-five years ago this week", "two decades ago", "18 months ago"
    # "... met in 2006, and the leaders held their first summit three years later": counted from the year just told
    # (kg.events.anchor_years); alone it fixes no date
    ("years_later", r"\b(?P<n>\d{1,2}|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r")\s+years?\s+"
     r"(?P<dir>later|afterwards|earlier)\b"),
    ("ago", r"\b(?P<n>\d{1,3}|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r")\s+(?P<unit>years?|decades?"
     r"|months?|weeks?)\s+ago\b(?:\s+this\s+(?P<within>week|month)\b|\s+(?P<day>to\s+the\s+day|today)\b)?"),
    ("rel_year", r"(?P<rel>last|this|next|previous|past|coming|current|following)\s+year\b(?!-)"
     r"|later\s+in\s+the\s+year\b|later\s+(?P<rel2>this)\s+year\b"),
    ("rel_month", r"(?:(?:earlier|later)\s+)?(?P<rel>last|this|next|previous|coming)\s+month\b"
                  r"|(?:at\s+)?the\s+(?:start|beginning|end|middle)\s+of\s+(?:the\s+|(?P<rel2>this|last|next)\s+)month\b"
                  # ("are due to meet again before the month is out": this one)
                  r"|before\s+the\s+month\s+is\s+(?:out|over)\b"),
    # ("earlier in the week": this one)
    ("rel_week", r"(?:(?:earlier|later)\s+)?(?P<rel>last|this|next|previous|coming)\s+week\b|\b(?:earlier|later)\s+in\s+the\s+week\b"),
    ("weekend", r"\b(?:(?P<rel>last|this|next|previous|past|coming)\s+weekend|(?:at|over|during)\s+the\s+weekend)\b"),
    ("year_part", r"(?:at\s+|in\s+)?the\s+(?P<part>start|beginning|end|middle|(?:first|second|latter)\s+half"
     r"|(?:first|second|third|fourth|last)\s+quarter)\s+of\s+(?:the\s+|(?P<rel>this|last|next)\s+)?year\b"),
    ("span_wd_wd", r"(?:(?i:between|from|on)\s+|(?P<rel>(?i:last|next))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
     + TO + r"(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    # ("on Tuesday afternoon": the part of the day is no date of its own)
    ("weekday", r"(?:(?P<rel>(?i:last|next|this|coming|on))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday"
     r"|Saturday|Sunday)\b(?:\s+(?:morning|afternoon|evening|night)\b)?"),
    # ("this afternoon", "yesterday evening", "tomorrow morning": the day, its part aside)
    ("day_word", r"\b(?:(?P<word>yesterday|today|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
                 r"|this\s+(?P<part>morning|afternoon|evening))\b"),
    ("soon", r"\b(?:in\s+less\s+than\s+(?:a|one|two|three)\s+(?P<unit1>months?|weeks?)"
     r"|within\s+(?:a|the\s+next|the\s+coming|(?:a\s+)?few)?\s*(?P<unit2>months?|weeks?|days)"
     r"|in\s+the\s+(?:coming|next)\s+(?:few\s+)?(?P<unit3>days|weeks|months)"
     r"|next\s+(?P<unit4>week))\b"),
]
COMPILED = [(name, re.compile(pattern, re.IGNORECASE if name in
             ("rel_year", "rel_month", "rel_week", "weekend", "year_part", "day_word", "soon", "ago", "years_later") else 0)) for name, pattern in PATTERNS]


@dataclass(frozen=True)
class DateExpression:
    """A temporal expression found in text, not yet resolved."""

    start: int
    end: int
    text: str
    kind: str
    groups: tuple[tuple[str, str], ...]

    def group(self, name: str) -> str | None:
        return dict(self.groups).get(name)

    @property
    def explicit_year(self) -> bool:
        return any(self.group(g) for g in ("y", "y1", "iso"))


def find_dates(text: str, offset: int = 0) -> list[DateExpression]:
    """Non-overlapping temporal expressions, longest first, in text order."""
    found: list[DateExpression] = []
    taken = [False] * (len(text) + 1)
    for kind, pattern in COMPILED:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            if kind == "md" and match.group("m1") == "May" and not match.group("y") and int(match.group("d1")) > 31:
                continue
            groups = tuple((k, v) for k, v in match.groupdict().items() if v)
            for i in range(start, end):
                taken[i] = True
            found.append(DateExpression(start + offset, end + offset, match.group(), kind, groups))
    return sorted(found, key=lambda e: e.start)


# ---------------------------------------------------------------------- resolution


def month_number(name: str) -> int:
    return MONTH_NUMBERS[name[:3].lower()]


def _shift_year(candidate: datetime.date, published: datetime.date, tense: Tense, slack: int = 7) -> int:
    """The year a month-and-day without a year falls in, seen from the publication date."""
    year = published.year
    if tense == "past" and candidate > published + datetime.timedelta(days=slack):
        return year - 1
    if tense == "future" and candidate < published - datetime.timedelta(days=slack):
        return year + 1
    if tense == "unknown":
        if (candidate - published).days > 183:
            return year - 1
        if (published - candidate).days > 183:
            return year + 1
    return year


def _day_value(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _span(first: str | None, last: str | None) -> DateValue | None:
    if not first or not last or last < first:
        return None
    return DateValue(start=first, end=last if last != first else None)


def resolve(expr: DateExpression, published: datetime.date | None, tense: Tense = "unknown") -> DateValue | None:
    """The calendar date an expression means, or None when the text does not fix one."""
    g = expr.group
    kind = expr.kind
    explicit_year = int(g("y")) if g("y") else None

    if kind == "iso":
        return DateValue(start=g("iso")) if _day_value(*map(int, g("iso").split("-"))) else None
    if kind == "y":
        return DateValue(start=g("y"))
    if kind == "years_later":
        return None  # counted from a year the text told before it, when it told one (kg.events.anchor_years)
    if kind == "span_y_y":
        return _span(g("y1"), g("y2"))
    if kind == "span_y_yy":
        following = int(g("y1")) + 1
        return _span(g("y1"), str(following)) if following % 100 == int(g("yy")) else DateValue(start=g("y1"))
    if kind == "my":
        return DateValue(start=f"{g('y')}-{month_number(g('m1')):02d}")

    if kind in ("md", "dm", "span_md_md", "span_dm_dm", "span_md_d", "span_d_dm"):
        m1 = month_number(g("m1"))
        m2 = month_number(g("m2")) if g("m2") else m1
        d1, d2 = int(g("d1")), int(g("d2") or g("d1"))
        if explicit_year is None:
            if published is None:
                return None
            probe = _day_value(published.year, m1, d1)
            if probe is None:
                return None
            year = _shift_year(datetime.date.fromisoformat(probe), published, tense)
        else:
            year = explicit_year
        end_year = year + 1 if m2 < m1 else year
        return _span(_day_value(year, m1, d1), _day_value(end_year, m2, d2))

    if kind == "m":
        month = month_number(g("m1"))
        if published is None:
            return None
        rel = (g("rel") or "").lower()
        if rel in ("that", "the following"):
            # "that September", "the following April": of the year said before, or after it (events.anchor_years);
            # else unknown
            return None
        if rel == "last":
            year = published.year if month < published.month else published.year - 1
        elif rel in ("next", "coming"):
            year = published.year if month > published.month else published.year + 1
        else:
            year = _shift_year(datetime.date(published.year, month, 15), published, tense, slack=20)
        return DateValue(start=f"{year}-{month:02d}")

    if published is None:
        return None
    if kind == "md_rel_year":
        delta = {"last": -1, "next": 1}.get(g("rel").lower(), 0)
        value = _day_value(published.year + delta, month_number(g("m1")), int(g("d1")))
        return DateValue(start=value) if value else None
    if kind == "season":
        rel = (g("rel") or "").lower()
        delta = {"last": -1, "next": 1, "coming": 1}.get(rel, 0)
        if not rel:
            return None  # "in the spring": of which year, the text does not say
        return DateValue(start=str(published.year + delta))
    if kind == "month_edge":
        month = month_number(g("m1"))
        year = explicit_year or _shift_year(datetime.date(published.year, month, 15), published, tense, slack=20)
        last = calendar.monthrange(year, month)[1]
        return DateValue(start=datetime.date(year, month, 1 if g("edge").lower() == "first" else last).isoformat())
    if kind == "m_rel_year":
        delta = {"last": -1, "next": 1}.get(g("rel").lower(), 0)
        return DateValue(start=f"{published.year + delta}-{month_number(g('m1')):02d}")
    if kind == "ago":
        # a count of years back is a year ("this week" or "this month" after it, that month of it)
        count = int(g("n")) if g("n").isdigit() else COUNT_WORDS[g("n").lower()]
        unit = g("unit").lower().rstrip("s")
        if unit == "week":
            # "two weeks ago": that week's month, when the whole week lies in one (a week is no calendar unit)
            monday = published - datetime.timedelta(days=published.weekday() + 7 * count)
            sunday = monday + datetime.timedelta(days=6)
            return DateValue(start=f"{monday.year}-{monday.month:02d}") if monday.month == sunday.month else None
        if unit == "month":
            index = published.year * 12 + published.month - 1 - count
            return DateValue(start=f"{index // 12}-{index % 12 + 1:02d}")
        year = published.year - count * (10 if unit == "decade" else 1)
        if g("day") and unit == "year" and not (published.month == 2 and published.day == 29):
            return DateValue(start=published.replace(year=year).isoformat())  # "three years ago to the day"
        return DateValue(start=f"{year}-{published.month:02d}" if g("within") else str(year))
    if kind == "rel_year":
        rel = (g("rel") or g("rel2") or "this").lower()
        delta = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
        return DateValue(start=str(published.year + delta))
    if kind == "rel_month":
        rel = (g("rel") or g("rel2") or "this").lower()  # "at the end of the month": this one
        delta = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        index = published.year * 12 + published.month - 1 + delta
        return DateValue(start=f"{index // 12}-{index % 12 + 1:02d}")
    if kind == "rel_week":
        # a week is no calendar unit: its month, when the whole week lies in one
        rel = (g("rel") or "this").lower()
        monday = published - datetime.timedelta(days=published.weekday())
        monday += datetime.timedelta(days=7 * {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0))
        sunday = monday + datetime.timedelta(days=6)
        if (monday.year, monday.month) != (sunday.year, sunday.month):
            return None
        return DateValue(start=f"{monday.year}-{monday.month:02d}")
    if kind == "weekend":
        # its Saturday and Sunday: the one before for "last weekend" (and for "the weekend" in the past tense),
        # the one to come for "next weekend" (and in the future tense); the publication's own, if it falls on one
        rel = (g("rel") or "").lower()
        saturday = published + datetime.timedelta(days=(5 - published.weekday()) % 7)  # this week's, or today
        if published.weekday() == 6:
            saturday -= datetime.timedelta(days=7)
        if rel in ("last", "previous", "past") or (not rel or rel == "this") and tense == "past" \
                and saturday > published:
            saturday -= datetime.timedelta(days=7)
        elif rel in ("next", "coming") and saturday <= published:
            saturday += datetime.timedelta(days=7)
        elif not rel and tense == "unknown":
            return None
        return DateValue(start=saturday.isoformat(), end=(saturday + datetime.timedelta(days=1)).isoformat())
    if kind == "year_part":
        year = published.year + {"last": -1, "next": 1}.get((g("rel") or "").lower(), 0)
        month = {"start": 1, "beginning": 1, "end": 12}.get(g("part").lower())
        return DateValue(start=f"{year}-{month:02d}") if month else DateValue(start=str(year))
    if kind == "day_word":
        delta = {"yesterday": -1, "tomorrow": 1}.get((g("word") or "").lower(), 0)
        return DateValue(start=(published + datetime.timedelta(days=delta)).isoformat())
    if kind == "span_wd_wd":
        length = (WEEKDAYS.index(g("wd2").lower()) - WEEKDAYS.index(g("wd").lower())) % 7
        if not 0 < length < 7:
            return None
        rel = (g("rel") or "").lower()
        if rel == "last":  # "last Thursday and Friday", said on a Friday: the week before's, ended by the last Friday
            first = resolve_weekday(g("wd2"), "last", published, tense) - datetime.timedelta(days=length)
        else:
            first = resolve_weekday(g("wd"), rel, published, tense)
        return DateValue(start=first.isoformat(), end=(first + datetime.timedelta(days=length)).isoformat())
    if kind == "weekday":
        return DateValue(start=resolve_weekday(g("wd"), (g("rel") or "").lower(), published, tense).isoformat())
    if kind == "soon":
        unit = (g("unit1") or g("unit2") or g("unit3") or g("unit4") or "").lower()
        horizon = {"day": 7, "days": 7, "week": 14, "weeks": 30, "month": 31, "months": 92}[unit]
        last = published + datetime.timedelta(days=horizon)
        if (last.year, last.month) == (published.year, published.month):
            return DateValue(start=f"{published.year}-{published.month:02d}")
        if last.year == published.year:
            return DateValue(start=str(published.year))
        return None
    return None


def resolve_weekday(name: str, rel: str, published: datetime.date, tense: Tense) -> datetime.date:
    """A weekday seen from the publication date: the past one for what happened, the next one
    for what is planned, the nearer one when the tense does not say; the publication day itself
    counts as either."""
    target = WEEKDAYS.index(name.lower())
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if rel == "last":
        return published - datetime.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return published + datetime.timedelta(days=ahead or 7)
    if tense == "future" or (tense == "unknown" and ahead < back):  # unknown: the nearer of the two
        return published + datetime.timedelta(days=ahead)
    return published - datetime.timedelta(days=back)


def shift_month(date: DateValue, months: int) -> DateValue:
    """The month some months from the one a date falls in ("a month earlier": which day, unsaid)."""
    index = int(date.start[:4]) * 12 + int(date.start[5:7]) - 1 + months
    return DateValue(start=f"{index // 12:04d}-{index % 12 + 1:02d}")


def counted_from(day: DateValue, count: int, unit: str) -> DateValue:
    """A day moved by some days, weeks or months (negative: back). Days give a day; weeks and months, counted
    loosely in the news ("comes a week after", "a month earlier"), give the month they come to."""
    if unit.startswith("month"):
        return shift_month(day, count)
    moved = (day.first_day() + datetime.timedelta(days=count * (7 if unit.startswith("week") else 1))).isoformat()
    return DateValue(start=moved[:7] if unit.startswith("week") else moved)


def needs_publication_date(expr: DateExpression) -> bool:
    return not expr.explicit_year and expr.kind not in ("iso", "y", "span_y_y", "span_y_yy", "my")


def spread(date: DateValue | None, days: int | None, role: str | None) -> DateValue | None:
    """A day an event of so many days ended (or began) on, as the span of its days."""
    if date is None or days is None or days < 2 or date.granularity != "day" or date.end or role is None:
        return date
    day = date.first_day()
    other = day - datetime.timedelta(days=days - 1) if role == "end" else day + datetime.timedelta(days=days - 1)
    first, last = sorted((day, other))
    return DateValue(start=first.isoformat(), end=last.isoformat())
