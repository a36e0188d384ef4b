"""Events an article reports: meetings, talks, calls, visits, summits, ministerials, ceremonies.

Each sentence is read clause by clause (kg.clauses). Event phrases (kg.eventphrases) become
candidate events; frames — patterns of the language of diplomatic news — tie people to them
or make new ones: "A met (with) B", "A and B held talks", "during a meeting with B",
"A hosted B in a state visit", "A will take part in EVENT", "his participation in EVENT",
"on the sidelines of EVENT". A clause's own words decide its status and the tense in which
its dates are read.

Then the candidates of the whole article are merged: a later mention of the same event
("the Tianjin meeting", "the talks in Beijing", "his visit to North Korea") adds to the first.
Dates travel only along what the text says: a meeting on the sidelines of an event of known
date falls in that event's month; an event reported "after that" falls in the month of the
one before it; a visit falls in the month its program is dated in.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from kg.article_events import dates_agree, is_region, month_of, within
from kg.candidates import VISITS, Candidate, copy_of
from kg.clauses import DURING_STAY, SEQUENCE, Clause, modality, split_clauses
from kg.dates import (
    COUNT_WORDS,
    DateExpression,
    counted_from,
    find_dates,
    month_number,
    resolve,
    spread,
)
from kg.eventphrases import BODY_NOUN, EventPhrase, find_event_phrases, seat_capital
from kg.frames import ACTS, GATHERINGS, PLACE, body_of_people, read_frames
from kg.lexicon import Item
from kg.models import Article, DateValue
from kg.reference import Reference
from kg.titles import Title
from kg.view import SentenceView

# the words for the people a body's gathering is of: "SCO leaders", "the leaders of the SCO"
BODY_PEOPLE_WORDS = {"leaders", "presidents", "ministers", "premiers", "heads"}

# ---------------------------------------------------------------------------- sentence preparation


def merge_dates(items: list[Item], article: Article, sentence_start: int, sentence_end: int) -> list[Item]:
    """Items with each temporal expression made one item carrying it."""
    expressions = find_dates(article.text[sentence_start:sentence_end], sentence_start)
    if not expressions:
        return items
    out: list[Item] = []
    for item in items:
        expr = next((e for e in expressions if e.start <= item.start < e.end), None)
        if expr is None or item.entity:
            out.append(item)
            continue
        if out and out[-1].date is expr:
            out[-1].end = max(out[-1].end, item.end)
            continue
        merged = Item(expr.start, expr.end, expr.text, item.sentence)
        merged.date = expr
        out.append(merged)
    return out


DAY_AND_MONTH = ("md", "dm", "span_md_md", "span_dm_dm", "span_md_d", "span_d_dm")


def anchor_years(items: list[Item], text: str, published: datetime.date | None = None,
                 year_before: str | None = None, months_before: dict[str, str] | None = None) -> dict[str, str]:
    """"In June of that year", "later that year", "in June last year ... that September": the year is
    the one the sentence named before. "Putin's previous trips both came in 2016. In June he attended
    the summit; in September he flew to Samarkand": a sentence that opens with a bare month, right
    after one that named a past year, is in that year. "In September 2022 the city hosted the summit ...
    on 15 September he received Xi", "announced last October ... on 28-29 October": a day of a month
    this sentence or the one before told with its year is in that year. Returns the months this sentence
    told with their years (month number -> year), for the next."""
    year = ago_year = None
    months: dict[str, str] = dict(months_before or {})
    told: dict[str, str] = {}
    for item in items:
        expr = item.date
        if expr is None:
            continue
        named = expr.explicit_year and expr.kind in ("my", "iso", *DAY_AND_MONTH)
        relative = expr.kind == "m" and (expr.group("rel") or "").lower() in ("last", "this", "next")
        if (named or relative) and published is not None:
            value = resolve(expr, published)
            if value is not None and value.granularity in ("month", "day"):
                months[value.start[5:7]] = told[value.start[5:7]] = value.start[:4]
        elif expr.kind in DAY_AND_MONTH and not expr.explicit_year and not expr.group("rel"):
            month = f"{month_number(expr.group('m1')):02d}"
            if month in months:
                item.date = dataclasses.replace(expr, groups=expr.groups + (("y", months[month]),))
    dated = [item for item in items if item.date is not None]
    if year_before and published is not None and int(year_before) < published.year and dated \
            and dated[0].date.kind == "m" and not dated[0].date.group("rel") \
            and re.match(r"\s*(?:in|by|until)?\s*$", text[items[0].start:dated[0].start], re.IGNORECASE):
        for item in dated:
            if item.date.kind == "m" and not item.date.group("rel"):
                groups = item.date.groups + (("y", year_before),)
                item.date = dataclasses.replace(item.date, kind="my", groups=groups)
            elif item.date.explicit_year:
                break
    for item in items:
        expr = item.date
        if expr is None:
            continue
        if expr.explicit_year:
            year = expr.group("y") or expr.group("y1") or (expr.group("iso") or "")[:4] or year
            continue
        if expr.kind == "years_later" and (year or year_before):
            # "first met in 2006, and the leaders held their first summit three years later": 2009
            count = COUNT_WORDS.get(expr.group("n").lower()) or int(expr.group("n"))
            year = str(int(year or year_before) + (-count if expr.group("dir").lower() == "earlier" else count))
            item.date = dataclasses.replace(expr, kind="y", groups=(("y", year),))
            continue
        if expr.kind == "rel_year" and (expr.group("rel") or "").lower() == "following" and (year or year_before):
            # "South Africa joined at the end of 2010 and first sat at the table at the summit in Sanya the
            # following year": the year after the one told, not after the story's
            year = str(int(year or year_before) + 1)
            item.date = dataclasses.replace(expr, kind="y", groups=(("y", year),))
            continue
        # ("A year ago the defence chiefs met in New Delhi ... on the sidelines of the gathering in April": that April)
        if (expr.kind in ("m_rel_year", "md_rel_year", "rel_year")
                or expr.kind == "ago" and (expr.group("unit") or "").startswith("year")) and published is not None:
            value = resolve(expr, published)
            year = value.start[:4] if value is not None else year
            ago_year = year if expr.kind == "ago" else ago_year
            continue
        if expr.kind == "m" and not expr.group("rel") and (ago_year or (year and re.match(r"\s+instead\b", text[expr.end:]))):
            # ("forced it to call off the summit planned for St. Petersburg in July 2020; the leaders met by video
            # link in November instead": that year's November, the one the plan was moved to)
            groups = expr.groups + (("y", ago_year or year),)
            item.date = dataclasses.replace(expr, kind="my", groups=groups)
            continue
        if expr.kind == "m" and (expr.group("rel") or "").lower() == "that":
            # ("China chaired BRICS in 2017. At the Xiamen summit that September": the year the sentence before named)
            if year or year_before:
                groups = tuple((k, v) for k, v in expr.groups if k != "rel") + (("y", year or year_before),)
                item.date = dataclasses.replace(expr, kind="my", groups=groups)
            continue
        if expr.kind == "m" and re.fullmatch(r"the\s+following", (expr.group("rel") or "").lower()):
            # "joined in 2010 and attended the summit in Sanya the following April": in the year after the one told
            if year or year_before:
                groups = tuple((k, v) for k, v in expr.groups if k != "rel") + (("y", str(int(year or year_before) + 1)),)
                item.date = dataclasses.replace(expr, kind="my", groups=groups)
            continue
        if year and re.match(r"\s+(?:of )?(?:that|the same) year\b", text[expr.end:]) and expr.kind in (
                "m", "md", "dm", "span_md_md", "span_dm_dm", "span_md_d", "span_d_dm"):
            groups = tuple((k, v) for k, v in expr.groups if k != "rel") + (("y", year),)
            item.date = dataclasses.replace(expr, kind="my" if expr.kind == "m" else expr.kind, groups=groups)
    return told


def merge_phrases(view: SentenceView) -> tuple[list[Item], list[EventPhrase]]:
    """Items with each event phrase made one item; the phrases in text order."""
    found = find_event_phrases(view)
    out, phrases, index = [], [], 0
    for start, stop, phrase in found:
        out.extend(view.items[index:start])
        item = Item(phrase.start, phrase.end, phrase.name, view.items[start].sentence)
        item.event = len(phrases)
        phrases.append(phrase)
        out.append(item)
        index = stop
    out.extend(view.items[index:])
    return out, phrases


# ---------------------------------------------------------------------------- how long events last

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}
DURATION = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]days?\b")
DAYS_OF = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) days of\s*$")
# ", and again in June in Astana, on the sidelines of the SCO summit": a clause of its own, with no verb
AGAIN_ELSEWHERE = re.compile(
    r"(?:, )?and (?:then )?(?:again|(?:most|more) recently) (?:in (?P<l2>[CL]\d+) )?(?:(?:in|on) )?(?P<d>D\d+)(?: in (?P<l>[CL]\d+))?"
    r"(?:(?: ,)? (?:on the (?:sidelines|margins|fringes) of|at|during|for) (?:the |a |an )?(?P<ev>E\d+))?(?: [.;,])?")
# "met in Bonn in February, on the sidelines of the G20 ministers' meeting, and in Astana in April, on the margins
# of the SCO ministers' session": without "again", the place, the date and the gathering all said
AND_THERE_ON_SIDELINES = re.compile(
    r"(?:, )?and (?:then )?in (?P<l2>[CL]\d+) (?:(?:in|on) )?(?P<d>D\d+)"
    r"(?: ,)? (?:on the (?:sidelines|margins|fringes) of|at|during) (?:the )?(?P<ev>E\d+)(?: [.;,])?")
ENDS = re.compile(r"\b(?:wound up|wrapped up|winds up|wraps up|ended|ends|closed|closes|closing|concluded|concludes|concluding|"
                  r"at the end of|finished|finishes|came to an end|comes to an end|drew to a close|draws to a close)\b")
STARTS = re.compile(r"\b(?:opened|opens|began|begins|begin|started|starts|kicked off|kicks off|got under way|"
                    r"gets under way|got underway|gets underway|at the start of|at the beginning of|"
                    r"arrived|arrives|arrive|arriving|landed|lands|flew in)\b")  # "landed in Moscow on Monday for a two-day visit"

# "held talks there", not the existential "there were no talks"
THERE = r"\bthere\b(?! (?:is|was|were|are|will|would|has|have|had)\b)"
# "Sheikh Mohamed had travelled to St Petersburg for talks": told as before the story's time
PLUPERFECT = re.compile(r"\bhad (?:(?:already|previously|earlier|also|once) )?(?!been (?:due|expected|scheduled|set|planned|"
                        r"supposed|invited)\b)(?:been|met|held|travelled|traveled|visited|flown|gone|made|paid|spoken|seen|"
                        r"talked|hosted|received|attended)\b")
# "met in Vladivostok in September and on the sidelines of the APEC summit in Lima, Peru, last month"
AGAIN_ON_SIDELINES = re.compile(
    r"\b(?P<d1>D\d+) (?:and|, and) (?:again |also |later |then )?on the (?:sidelines|margins|fringes) of (?:the )?(?P<ev>E\d+)"
    r"(?: , [CL]\d+)?(?: ,)?(?: (?:in |on )?(?P<d2>D\d+))?")
# "met on the sidelines of the BRICS ministers' meeting in Cape Town in June and in Jakarta in July": the gathering
# dates and places the first meeting, the words after it a second one
SIDELINES_THEN_ELSEWHERE = re.compile(
    r"\bon the (?:sidelines|margins|fringes) of (?:the )?(?P<ev>E\d+) (?:, )?and (?:again |also |later |then )?"
    r"in (?P<l>[CL]\d+) (?:(?:in|on) )?(?P<d>D\d+)\b")
# "the two had agreed to meet in Vietnam when they spoke by telephone on 26 October": the day is the call's, when the
# meeting was agreed, not the meeting's
AGREED_TO_MEET = r"\b(?:agreed|arranged|decided|promised) to (?:meet|hold|visit)\b"
WHEN_THEY_MET = r"\bwhen (?:\S+ ){1,3}(?:spoke|met|talked|agreed|held)\b"
ARTICLE_COUNTS = {"a": 1, "an": 1, "the": 1, "": 0}
# "Those talks came two days after ...", "The official's trip comes a week after ...": an event told as some time
# apart from the one the sentence opens with (count, unit, direction)
CAME_APART = (r"(?:(?:the |his |her )?(?:\S+ ){1,2}'s )?E\d+ (?:came|comes|took place|was held|followed|follows|happened) "
              r"(a|one|two|three|four|\d+) (days?|weeks?|months?) (after|before) ")  # "a day after", "the day before", "hours after"
AGAIN_LATER = re.compile(
    r"(?:, )?and (?:then )?again (?:(?:less than |under |about |just |only |some )?(?P<count>a|an|one|two|three|four|five|six"
    r"|ten|\d+) (?P<unit>day|week|month)s? later )?(?:in|at) (?:the )?(?:A\d+ )?(?P<place>[CL]\d+)\b")
DAY_AFTER_COMPLEMENT = re.compile(r"(?: (?![EPG]\d)\S+){1,6}? on (D\d+)")
# A gathering's date told right after it: "the group's summit later in 2022", "the sixth Caspian summit, due in
# the Turkmen capital Ashgabat on June 29", "the BRICS summit China is hosting in September"
DATE_TOLD_AFTER = re.compile(
    r" (?:(?:later|earlier) (?:in )?"
    r"|, (?P<due>due|set|scheduled|slated|planned)(?: to (?:be held|take place|open|convene|meet))? "
    r"(?:in (?:the )?(?:A\d+ )?(?:L\d+ )*?(?P<place>L\d+) )?(?:on |in |for )?"
    r"|(?:that |which )?(?:[LC]\d+|it|the (?:(?:[a-z-]+|A\d+) ){0,3}(?:city|capital|country|town|resort)) "
    r"(?P<hosting>is hosting|is holding|will host|will hold|is to host|is due to host|hosts) (?:later |earlier )?"
    # ("the leaders' summit it will host in the southeastern port city of Xiamen from September 3 to 5")
    r"(?:in (?:the )?(?:(?:[a-z-]+|A\d+) ){0,4}?(?:(?:city|capital|town|resort) of )?(?P<place2>L\d+) )?(?:on |in |from )?"
    r")(?P<date>D\d+)")


def number(word: str) -> int | None:
    return NUMBERS.get(word) or (int(word) if word.isdigit() else None)


# ---------------------------------------------------------------------------- reading one sentence


# "On Friday the scene shifted to Beijing.", "The caravan moved on to Bishkek on Sunday."
SCENE = re.compile(r"^(?:(?:on |in )?(?P<d0>D\d+)(?: ,)? )?the (?:scene|action|focus|caravan|tour|trip|visit|delegation) "
                   r"(?:then |next )?(?:shifted|moved|switched|turned|went|moved on) to (?:the )?(?:[a-z-]+ )?(?P<p>L\d+)"
                   r"(?: (?:on |in )?(?P<d1>D\d+))? \.$"
                   # "The trip opened on Thursday in Xi'an, where ...": where and when the paragraph's talks were
                   r"|^E\d+ (?:opened|began|started|kicked off) (?:on )?(?P<d2>D\d+) in (?:the )?(?P<p2>L\d+) (?:,|\.)"
                   # "Much of the diplomacy took place on Wednesday, the summit's first day": when, not where
                   r"|^(?:much of |most of )?the (?:[a-z-]+ )?diplomacy (?:took place|happened|came|was done) (?:on )?"
                   r"(?P<d3>D\d+)\b")
# the answer to "asked whether they would meet": no
# "some had wondered whether the trip would be put off; it was not", "speculation that the visit would be called
# off", "reports that the talks had been cancelled proved wrong": a calling off asked about, feared or denied, not told
CALLING_OFF = r"(?:postponed|put off|called off|cancel+ed|scrapped|shelved|delayed|pushed back)"
UNASSERTED_CALLING_OFF = re.compile(
    r"\b(?:whether|if)\b(?: (?!(?:and|but)\b)\S+){0,6}? (?:would|might|could|will|may|should) (?:be|have been) "
    + CALLING_OFF + r"\b"
    r"|\b(?i:speculation|rumou?rs?|reports?|fears?|suggestions?|talk|doubts?|concerns?|worries) (?:that|of)\b"
    r"(?: (?!(?:and|but)\b)\S+){0,6}? (?:would|might|could|may|had|has|have) (?:be|been|have been) " + CALLING_OFF + r"\b")
DENIAL = re.compile(r"\b(?:(?:it|they|that|this|E\d+) (?:was|were|did|had|has|have) not(?: \.| ;|$)|went ahead|"
                    r"(?:proved|proven|turned out to be|were|was) (?:wrong|false|unfounded|groundless|premature|mistaken)|"
                    r"denied|dismissed)")
DENIED = re.compile(r"\bsaid (?:that )?(?:no (?:such |other |separate )?(?:meeting|talks|encounter|plans?|E\d+)\b|(?:it|this|that|"
                    r"such a meeting|E\d+) (?:is|was|were|are|had been|has been) not (?:planned|scheduled|expected|on the agenda)\b"
                    r"|(?:there (?:were|was|are|is) )?no plans?\b)|\bruled (?:it |this |that )?out\b")



def in_the_phrase_year(date: DateValue | None, phrase: EventPhrase) -> DateValue | None:
    """"staged the 2017 summit in Minsk in November": that November, in the year the phrase names (not the one the
    month alone would resolve to from the article's date)."""
    years = [d.date.text.strip() for d in phrase.dates if re.fullmatch(r"\d{4}", d.date.text.strip())]
    others = [d.date.text for d in phrase.dates if d.date.text.strip() not in years]
    if date is None or date.granularity == "year" or not years or date.start[:4] == years[0] \
            or any(re.search(r"\d{4}", text) for text in others):
        return date
    return DateValue(start=years[0] + date.start[4:], end=years[0] + date.end[4:] if date.end else None)

class SentenceReader:
    """Reads the events of one sentence into candidates."""

    def __init__(self, reader: "ArticleReader", index: int, items: list[Item]):
        self.reader = reader
        self.article = reader.article
        sentence = self.article.sentences[index]
        self.sentence = sentence
        items = merge_dates(items, self.article, sentence.start, sentence.end)
        told = reader.year_told if reader.year_told and reader.year_told[1] == index - 1 else None
        months = reader.months_told[0] if reader.months_told and reader.months_told[1] == index - 1 else None
        reader.months_told = (anchor_years(items, self.article.text, reader.published, told[0] if told else None, months),
                              index)
        # (a bare year only: "joined BRICS in January 2024. In January, Putin ..." is this January)
        dated = [i.date for i in items if i.date is not None]
        reader.year_told = (dated[-1].group("y"), index) if dated and dated[-1].kind == "y" else None
        reader.dates_said[index] = dated
        self.reader.apply_quotes(index, items)
        first = SentenceView(items, reader.lookup)
        reader.note_organizations(first)
        items, self.phrases = merge_phrases(first)
        self.view = SentenceView(items, reader.lookup)
        self.candidates: dict[int, Candidate] = {}
        self.extra: list[Candidate] = []
        self.inherited: str | None = None  # the modality of the clause before, for "and join ..."
        self.when_date: DateExpression | None = None  # the last date of the clause before, for "when ..."

    # -- helpers over the view

    def people(self, placeholder: str | None) -> list[str]:
        if not placeholder:
            return []
        found = []
        # "his Belarusian counterpart Sergei Aleinik": the counterpart, not the one "his" is
        placeholder = re.sub(r"\bP\d+ (?=(?:A\d+ |C\d+ 's )?counterparts? (?:, )?(?:P|G)\d+)", "", placeholder)
        for word in re.findall(r"(?:P|G)\d+", placeholder):
            # "talks with Dong's predecessor, Li Shangfu": the one the apposition names
            other = re.search(r"\b" + word + r" 's (?:[a-z-]+ ){0,2}(?:predecessor|successor|deputy|wife|husband|envoy|aide|"
                              r"adviser|spokesman|spokeswoman|spokesperson|son|daughter|father|mother) , (P\d+)\b",
                              self.view.string)
            if other and other.group(1) not in placeholder:
                word = other.group(1)
            item = self.view.item(word)
            found += item.group or [item.entity]
        return found

    def phrase(self, placeholder: str) -> EventPhrase:
        return self.phrases[self.view.item(placeholder).event]

    def clause_span(self, clause: Clause) -> tuple[int, int]:
        """Where a clause is in the article, without the punctuation and quote marks at its edges."""
        items = self.view.items[clause.start:clause.end]
        while len(items) > 1 and items[-1].text in ",;.:\"“”'‘’":
            items = items[:-1]
        while len(items) > 1 and items[0].text in ",;.:\"“”'‘’":
            items = items[1:]
        return items[0].start, items[-1].end

    def clause_range(self, clause: Clause) -> tuple[int, int]:
        start = self.view.starts[clause.start]
        end = self.view.starts[clause.end - 1] + len(self.view.words[clause.end - 1])
        return start, end

    def words_before(self, clause: Clause, char: int) -> str:
        start, _ = self.clause_range(clause)
        return self.view.string[start:char]

    def subject(self, clause: Clause, before: int, previous: list[str]) -> list[str]:
        """The people a clause is about: its first actor before a position, else the last clause's."""
        start, _ = self.clause_range(clause)
        for match in re.finditer(ACTS, self.view.string[start:before]):
            if re.match(r" 's", self.view.string[start + match.end():start + match.end() + 3]):
                break
            if re.search(r"\b(?:met|meet|meets|received|receives|hosted|hosts|welcomed|welcomes|phoned|called|visited|told|"
                         r"thanked|invited|congratulated)\s*$", self.view.string[start:start + match.start()]):
                continue  # "met Lavrov on Tuesday and will meet Putin on Wednesday": Lavrov is the first verb's object
            if re.search(r"\b(?:of|ahead of|with|by|for|to|from|than|among|behind|before|after)\s*$",
                         self.view.string[start:start + match.start()]):
                # "After talks with Lavrov, Tillerson was received by Putin": past the opening phrase's comma, the
                # subject (which the list of actors had taken in)
                opened = re.match(r"(?:after|before|following|during|besides|alongside|despite)\b", clause.text)
                past_comma = re.search(r" , (" + ACTS + r")$", match.group()) if opened else None
                if past_comma and not re.search(r" , ", self.view.string[start:start + match.start()]):
                    return self.people(past_comma.group(1))
                continue  # "a day ahead of the leaders": not who did it
            reported = re.match(r" (?:had |has |also )?(?:said|says|told (?:reporters|journalists|a briefing)|announced|"
                                r"confirmed|added|stated|disclosed|revealed) (?:that )?(?:(?:A\d+ |C\d+ 's )?(?:[a-z-]+ ){0,3})?"
                                r"(" + ACTS + r") (?:would|will|is to|was to|is due to|was due to|plans to|planned to|"
                                r"intends to|is expected to|was expected to)\b",
                                self.view.string[start + match.end():before])
            if reported:
                # "She said Prime Minister Modi would visit China in May": the one she spoke of
                return self.people(reported.group(1))
            return self.people(match.group())
        # ("Hosting NATO's Stoltenberg at the White House on Wednesday, Trump told reporters": the host too)
        if re.match(r"(?:speaking|addressing|talking|writing|responding|commenting|briefing|hosting|receiving|"
                    r"welcoming)\b", clause.text):
            # "Speaking in Ankara after talks with Erdogan, Zelensky said ...": the one after the opening phrase
            after = re.match(r"[^,]*, (?:(?:[a-z'-]+|A\d+|C\d+ 's) ){0,4}?(" + ACTS + r")", self.view.string[start:])
            if after:
                return self.people(after.group(1))
        if re.match(r"who\b", clause.text):
            # "alongside Antonio Guterres, who was due to meet Putin": the one just named, not the clause before's
            named = re.search(r"(" + ACTS + r") ,\s*$", self.view.string[:start])
            if named:
                return self.people(named.group(1))
        if (re.match(r"that\b", clause.text) or re.search(r"\bthat\s*$", self.view.string[:start])) and previous \
                and all(self.announcer(p) for p in previous):
            # "spokeswoman Zakharova had told a briefing that a meeting with the Chinese minister was possible":
            # what a spokesperson reports is not her own meeting
            return []
        return list(previous)

    def announcer(self, person: str) -> bool:
        """Titled in the article only as a spokesperson."""
        kinds = {t.kind for t in self.reader.titles if t.person == person and t.attests}
        return bool(kinds) and kinds <= {"spokesperson"}

    def counted_from_last_day(self, came: re.Match) -> DateValue | None:
        """"X came two days after Y": Y's date, counted back from the day X was told on (the last day the article
        gave, two sentences back at most)."""
        if self.reader.last_day is None or self.reader.last_day_sentence < self.sentence.index - 2:
            return None
        count = ARTICLE_COUNTS.get(came.group(1), number(came.group(1)))
        return counted_from(self.reader.last_day, -count if came.group(3) == "after" else count, came.group(2))

    def date_near(self, clause: Clause, char: int, status: str) -> DateValue | None:
        """The clause's date outside event phrases: the first after a position, else one before it
        that no other statement comes between ("Putin on Monday met Xi", not "has chaired since
        July and will hand over at the summit"). "Sunday's crash" and "since 2019" date other things.
        A "when" clause without a date of its own has the date of the clause it hangs on."""
        start, end = self.clause_range(clause)
        s = self.view.string
        status = self.told_status(status, s[start:char])
        dates = []
        for m in re.finditer(r"\bD\d+\b", s[start:end]):
            at = start + m.start()
            expr_text = self.view.items[int(m.group()[1:])].date.text.lower()
            if re.match(r" 's\b", s[start + m.end():]) or re.search(r"\b(?:since|until|till|by|up to|through to|with effect from|"
                                                                  r"effective(?: from)?)(?: the)?\s*$",
                                                                  s[start:at]) \
                    or re.search(r"\b(?:chairmanship|presidency|chair)(?: of (?:the )?O\d+)? for (?:the )?(?:period |term |year )?$",
                                 s[start:at]) \
                    or re.match(r"(?:since|until|till|by|to)\b", expr_text) \
                    or (re.fullmatch(r"\d{4}", expr_text) and re.search(r"\b(?:the|a|an|its|their|his|her|this|that)\s*$",
                                                                         s[start:at])
                        and re.match(r" (?!(?:and|or|but|to|in|on|at|for|with|by|of|as|when|while|after|before)\b)[a-z-]+",
                                     s[start + m.end():])):
                # (nor the month it was moved to: "originally scheduled for July, has been postponed to October")
                # (nor a year naming a thing: "held talks with Putin about the 2015 nuclear deal")
                continue
            if re.search(r"\b(?:for the|the) (?:[a-z]+|\d+(?:st|nd|rd|th)) (?:time|meeting|encounter)\s*$", s[start:at]) \
                    and re.match(r"(?:this|last) (?:year|month)$", expr_text):
                continue  # "met Xi for the third time this year on Tuesday": the count's span, not the meeting's day
            dates.append((at, int(m.group()[1:])))
        # a date in a relative clause after the event is that clause's ("a trip that ends on Saturday")
        # and one inside a "since" clause dates what it says ("his first trip since he won the election in June")
        # (but "a visit that had been expected to begin on Sunday" says when the visit begins)
        # nor the day of a saying after it ("talks with Putin, a visit Peskov confirmed on Tuesday")
        # nor one in an apposition after it ("a virtual summit of BRICS, another grouping Russia leads this year")
        # ("Peskov, who announced the video summit on Tuesday": the day of the announcing)
        announced = re.search(r"\b(?:announced|confirmed|disclosed|revealed|unveiled|proposed)\s+$", s[start:char])
        after = [d for d in dates if d[0] >= char and not announced and not re.search(
            r"\b(?:said|says|announced|announces|confirmed|confirms|reported|disclosed|revealed)\s*$", s[char:d[0]])
                 # ("travelled to Beijing for the opening ceremony and held talks with Xi on February 4": the talks' day)
                 and not re.search(r"\band (?:then |later |also )?(?:held|met|had|signed|spoke|visited|attended|talked)\b",
                                   s[char:d[0]])
                 # ("came to Moscow shortly after meeting Sullivan in Malta last weekend": the meeting's weekend)
                 and not re.search(r"\b(?:shortly |soon |just |right )?(?:after|before) (?:[a-z]+ing|E\d+)\b", s[char:d[0]])
                 # ("gathered on Wednesday for their annual meeting, the last before the bloc's heads of state arrive
                 # in Bishkek next month": the arriving's month)
                 # ("... before he leaves for home on Friday": "he" is the person it stands for)
                 and not re.search(r"\b(?:before|after|until|once) (?:the |its |their |his |her )?(?:[PG]\d+ )?(?:(?![EPG]\d)\S+ ){0,5}?"
                                   r"(?:arrive|arrives|meet|meets|gather|gathers|convene|convenes|come|comes|go|goes|"
                                   r"leave|leaves|return|returns)\b", s[char:d[0]])
                 and not re.search(r"^E\d+ , (?:another|the other) ", s[char:d[0]])
                 and not (re.search(AGREED_TO_MEET, s[start:char]) and re.search(WHEN_THEY_MET, s[char:d[0]]))
                 # ("for the council of the SCO, the regional bloc China and Russia set up in 2001": the bloc's year)
                 # (but past the apposition's closing comma: "a meeting of the council, the bloc's top body, at the
                 # end of June")
                 # ("co-chaired the 30th regular meeting of the heads of government, an annual mechanism launched in 1996")
                 and not re.search(r"^E\d+(?: of (?![EPG]\d)[^,]*)? (?:, (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:bloc|grouping|group|"
                                   r"organi[sz]ation|alliance|club|union|body|mechanism|format|framework|series|tradition|"
                                   r"practice)\b[^,]*"
                                   # ("at the summit of the SCO - the body Pakistan joined, together with India, in 2017")
                                   r"|- (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:bloc|grouping|group|organi[sz]ation|alliance|club|"
                                   r"union|body)\b.*)$",
                                   s[char:d[0]])
                 # ("The visit takes place in a jubilee year: relations were established on 3 January 1992": another statement)
                 and " : " not in s[char:d[0]] and (
            # ("last met in that format in Osaka on June 28": a determiner, not a relative clause)
            not re.search(r"\b(?:that(?! (?:format|way|capacity|city|town|country|forum|setting|role|spirit|framework)\b)|"
                          r"which|who|whose|since|where)\b", re.sub(r"^(?:which|that|who)\b", "", s[char:d[0]]))
            # ("postponed the parade that was to be held on May 9": the day it was to be on; "that was to roll across
            # Red Square on May 9": the event is what the relative clause is about)
            or re.fullmatch(r"E\d+ (?:, )?(?:that|which) (?:is|was|were|are) (?:(?:expected|due|scheduled|set|supposed) )?to "
                            r"(?:(?![EPG]\d)[^ ,;]+ ){1,5}?(?:on |in )?", s[char:d[0]])
            or re.fullmatch(r"E\d+ (?:, )?(?:that|which) (?:(?:is|was|has been|had been|were|are) )?(?:(?:expected|due|"
                            r"scheduled|set|supposed) to |to )?(?:begin|began|begins|start|started|starts|open|opens|"
                            r"opened|take place|took place|takes place|be held|was held|is held|planned for|scheduled for|"
                            r"set for|slated for) (?:on |in )?", s[char:d[0]]))]
        # a date before the event counts if no other statement comes between, or if it opens the clause
        # ("On Thursday, Wang and Lavrov joined ...")
        # (not one inside a relative clause between: "Lula, whose country takes over in January, cancelled his trip")
        # (or if the event is told in an "as" clause of the same time: "widened its circle on Thursday, granting ...
        # and making ..., as leaders wrapped up a two-day summit in Beijing")
        before = [d for d in dates if d[0] < char and (not re.search(r"\b(?:and|but|or|while)\b", s[d[0]:char])
                                                       # ("arrived on Wednesday evening and was taken almost directly to
                                                       # a dinner": straight on, that day)
                                                       or re.search(r"\band (?:was |were )?(?:taken|driven|went|drove|"
                                                                    r"headed|proceeded) (?:almost )?(?:directly|straight)\b",
                                                                    s[d[0]:char])
                                                       # ("The Russian leader flew in on Wednesday and held talks
                                                       # with Karimov": the day he came)
                                                       or (re.search(r"\b(?:arrived|landed|flew in|touched down)$",
                                                                     s[start:d[0]].rstrip().removesuffix(" on")
                                                                     .removesuffix(" late").removesuffix(" early"))
                                                           and re.fullmatch(r"D\d+ (?:(?:evening|morning|afternoon|"
                                                                            r"night) )?and (?:then |also )?(?:held|had|"
                                                                            r"met|sat down|was received)\b.*",
                                                                            s[d[0]:char]))
                                                       # ("In Moscow on Tuesday, Xi and Putin held talks")
                                                       # ("Three weeks later, on 28 July, Wang and Lavrov held talks")
                                                       # (or the statement a colon opens: "... a first before: in
                                                       # April 1993, Koo and Wang met there")
                                                       or re.fullmatch(r"(?:[^:]* : )?(?:(?:where|when|and) )?(?:earlier |later )?"
                                                                       r"(?:(?:a|an|one|two|three|four|five|six|\d+|several|"
                                                                       r"a few) (?:days?|weeks?|months?) (?:later|earlier|"
                                                                       # ("Two days before the planned departure, on 26
                                                                       # October, Lavrov and Saidov spoke by telephone")
                                                                       r"(?:before|after) (?:the |his |her |their )?"
                                                                       r"(?:[a-z-]+ ){0,2}[a-z-]+) , )?"
                                                                       r"(?:on the (?:sidelines|margins|fringes) )?"
                                                                       r"(?:(?:in|at) (?:the )?[CL]\d+ (?:, )?)?(?:in |on )?",
                                                                       s[start:d[0]])
                                                       or re.search(r"(?<!such )\bas (?!(?:a|an|the) (?:[a-z-]+ )?"
                                                                    r"(?:member|observer|partner|guest|chair)\b)"
                                                                    r"(?:(?![PGED]\d|\bas\b)\S+ ){0,6}?(?:(?:P|G)\d+ )?"
                                                                    r"(?:(?![ED]\d)\S+ ){0,3}$", s[d[0]:char]))
                  and not (re.search(r", (?:who|whose|which) [^,]*$", s[:d[0]]) and "," in s[d[0]:char])
                  and not (status == "planned" and re.search(r", (?:during|in the course of) which\b", s[d[0]:char]))
                  # ("arrived on Wednesday for a four-day state visit that will include talks with Putin": the talks
                  # are some day of it, not the arrival's)
                  and not re.search(r"\b(?:that|which) (?:will|would|is to|was to) (?:also )?(?:include|feature|involve|"
                                    r"see|comprise)\b", s[d[0]:char])
                  # "Trump said on Wednesday he had cancelled a planned summit": the day of the saying
                  and not re.search(r"\b(?:said|says|announced|announces|told reporters|wrote|confirmed|stated)\s*$",
                                    s[start:d[0]])
                  # "On Friday, spokeswoman Zakharova had said Lavrov would hold talks": the day of the saying
                  and not (status == "planned" and re.search(r"\b(?:had |has )?(?:said|announced|confirmed|stated|told "
                                                              r"reporters)(?: that)? (?:P|G)\d+ (?:would|will)\b",
                                                              s[d[0]:char]))]
        if not before and re.search(r"\b(?:later|earlier) (?:in|that) the day\b|\b(?:later|earlier) that day\b|"
                                    r"\b(?:the same|that) (?:day|evening|night|morning|afternoon)\b", s[start:end]):
            before = [d for d in dates if d[0] < char]  # "flew in on Wednesday and is to meet Xi later in the day"
        months = re.search(r"\b(a|one|two|three|four|five|six|\d+) months? (after|before) (?:(?:his|her|their|the) )?$", s[start:char])
        if months:
            # "held his first summit with Putin on Thursday, two months after his second meeting with Trump": that month
            anchor = self.first_day_in(start, start + months.start(), status, last=True)
            if anchor is not None:
                count = ARTICLE_COUNTS.get(months.group(1), number(months.group(1)))
                month = anchor.first_day().year * 12 + anchor.first_day().month - 1 + (count if months.group(2) == "before" else -count)
                return DateValue(start=f"{month // 12:04d}-{month % 12 + 1:02d}")
        named = re.search(r"\bthe (day|week) (before|after) (?:the |their |his |her )?(E\d+)\b(?:(?!E\d)[^;])*$", s[start:char])
        if named:
            # "The day before the parade, Obama and Modi held talks": a day counted from the day the article gave
            # that event
            kind = self.phrase(named.group(3)).kind
            told = [c for c in self.reader.candidates if c.kind == kind and c.date and c.date.granularity == "day"
                    and not c.date.end and c.sentence < self.sentence.index]
            if told:
                days = 7 if named.group(1) == "week" else 1
                shift = datetime.timedelta(days=-days if named.group(2) == "before" else days)
                return DateValue(start=(told[-1].date.first_day() + shift).isoformat())
        marks = re.search(r"(?:^|\b)(?:(?P<d>D\d+)|E\d+|it|this|which) (?:also )?(?:marks|marked|will mark) (?:exactly |nearly |"
                          r"almost |some )?(?P<n>[a-z-]+|\d+) (?P<unit>years?|decades?) since\b", s[start:char])
        if marks and number(marks.group("n")):
            # "This July also marks two decades since Jiang and Putin signed the treaty in Moscow": counted back from
            # the date said (else from the article's present, in years: "The visit marks twenty years since ...")
            years = number(marks.group("n")) * (10 if marks.group("unit").startswith("decade") else 1)
            said = self.reader.resolve_date(self.view.item(marks.group("d")).date, "unknown") if marks.group("d") else None
            if said is None and self.reader.published is not None:
                said = DateValue(start=str(self.reader.published.year))
            if said is not None and not said.end:
                back = f"{int(said.start[:4]) - years:04d}{said.start[4:]}"
                return DateValue(start=back if back[5:] != "02-29" else back[:7])  # (a leap day's year may have none)
        offset = re.search(r"\b(a|one|two|three|four|five|six|seven|\d+|the(?= day (?:after|before) (?:\S+ )?$)|(?=hours)) ?"
                           r"(days?|weeks?|hours) (after|before) ", s[start:char])
        if offset:
            # "held talks on Saturday, two days after Wang had sat down with Lavrov": counted from that day (said
            # in the clause, else before it in the sentence: "announced on Saturday, a day after Qin spoke by phone")
            anchor = self.first_day_in(start, start + offset.start(), status, last=True) or self.first_day_in(0, start, "held", last=True)
            if anchor is None and offset.group(1) == "the":
                anchor = self.reader.story_day()  # "Kishida came to Kyiv the day after holding talks in New Delhi"
            if anchor is None and re.fullmatch(r"(?:the )?E\d+ (?:came|took place|was held|followed|happened) ",
                                               s[start:start + offset.start()]) and not re.search(r"\bD\d+", s[char:end]) \
                    and self.reader.last_day is not None and self.reader.last_day_sentence >= self.sentence.index - 2:
                anchor = self.reader.last_day  # "The parade came a day after the two presidents held talks": its day
            if anchor is not None:
                # ("hours after Li and Mishustin co-chaired the meeting": that same day)
                count = ARTICLE_COUNTS.get(offset.group(1), number(offset.group(1)))
                days = count * (7 if offset.group(2).startswith("week") else 0 if offset.group(2) == "hours" else 1)
                shift = datetime.timedelta(days=days if offset.group(3) == "before" else -days)
                return DateValue(start=(anchor.first_day() + shift).isoformat())
        came = re.match(CAME_APART, s) if not after and not before else None
        if came and char >= came.end():
            # "The Moscow meeting came a day after Li and Medvedev co-chaired the premiers' meeting": counted back
            # from the day the meeting named first was told to be on
            return self.counted_from_last_day(came)
        straight = re.search(r"^(?:P\d+|G\d+|he|she|they) (?:went|headed|drove|moved|proceeded|was taken) (?:straight|directly) "
                             r"(?:into|to|on to|from the airport (?:in)?to) (?:the |his |her |their )?$", s[start:char]) \
            if not after and not before and not re.search(r"\bD\d+", s[char:end]) else None
        if straight and self.reader.last_day is not None and self.reader.last_day_sentence >= self.sentence.index - 1:
            return self.reader.last_day  # "Lavrov's plane touched down on Wednesday morning. He went straight into talks"
        same_span = re.search(r"\bin the same (?:week|month) as (?:(?:the|his|her|their|P\d+ 's) )?$", s[start:char]) \
            if not after and not before else None
        if same_span and self.reader.last_day is not None and self.reader.last_day_sentence >= self.sentence.index - 2:
            # "The call came in the same week as Wang's phone conversation with Blinken": in the month of the day
            # the first was told on
            return DateValue(start=self.reader.last_day.start[:7])
        months_apart = re.match(r"(?:(a|one|two|three|four|five|six) )?months? (earlier|later) , ", s) \
            if not after and not before and start == 0 else None
        if months_apart and months_apart.group(1):
            # "Modi and Xi first met in July ... A month earlier, Wang Yi visited New Delhi": the month before the
            # month said last
            if self.reader.last_month is not None and self.reader.last_month_sentence >= self.sentence.index - 2:
                count = ARTICLE_COUNTS.get(months_apart.group(1), number(months_apart.group(1)))
                return counted_from(self.reader.last_month, -count if months_apart.group(2) == "earlier" else count,
                                    "month")
        apart = re.search(r"(?:^|\b)(?:(a|one|two|three|four|five|six|\d+) )?(days?|weeks?) (earlier|later)\b", s[start:end]) \
            if not after and not before else None
        if apart and apart.group(1) is None:
            # "In June, soldiers were killed ... The ministers spoke by telephone days later": that month
            near = self.reader.last_month_sentence >= self.sentence.index - 1
            return self.reader.last_month if near and apart.group(2) == "days" else None
        if apart:
            # "On Thursday, he met Wang. A day earlier he held talks with Lavrov": counted from the day said last
            # (not past a month said since: "... had met Blinken in May. A week earlier he held talks with Lavrov")
            anchor = self.first_day_in(0, start + apart.start(), status, last=True) or (
                self.reader.last_day if self.reader.last_day_sentence >= self.sentence.index - 2
                and self.reader.last_month_sentence <= self.reader.last_day_sentence else None)
            if anchor is not None and anchor.granularity == "day" and not anchor.end:
                count = ARTICLE_COUNTS.get(apart.group(1), number(apart.group(1)))
                days = count * (7 if apart.group(2).startswith("week") else 1)
                shift = datetime.timedelta(days=-days if apart.group(3) == "earlier" else days)
                return DateValue(start=(anchor.first_day() + shift).isoformat())
        if re.search(r"\b(?:agreed|decided|pledged|signed|adopted|called)\b[^;]*\b(?:at|during) (?:the )?(?:[a-z]+ round of )?"
                     r"(?:the |their |its )?$", s[start:char]):
            # "agreed on Saturday to extend the corridor ..., at the fifth round of their trilateral dialogue": that day
            agreed = self.first_day_in(start, char, status)
            if agreed is not None:
                return agreed
        if re.search(r"\b(?:that|which) (?:has|have|had) (?:also |already )?(?:taken in|included|featured|involved)\b"
                     r"[^;]{0,80}$", s[start:char]):
            return None  # "a four-day visit that has also taken in talks with Lavrov": some day of the visit
        opening = re.match(r"(?:(?:on|in|early|late) )?D\d+ , ", s[start:end])
        if opening and after and before and status == "held" and before[0][0] == start + opening.start() + opening.group(0).index("D") \
                and re.search(r"\bto [a-z]+\b", s[char:after[0][0]]):
            # "Last Friday, at Panmunjom, Kim and Moon signed a declaration committing the two Koreas to work this
            # year towards ...": the day it opens with (the later date is what they are to do)
            after = []
        if opening and after and before and before[0][0] == start + opening.start() + opening.group(0).index("D") \
                and re.search(r" , with ", s[char:after[0][0]]):
            # "On Saturday, the final day of the summit, Xi was due to meet Trump, with North Korea's test of a missile
            # on Tuesday expected to dominate their talks": the day it opens with (the later one is another event's)
            after = []
        chosen = after[0] if after else before[-1] if before else None
        during = re.match(r"(?:during|in the course of|on) (E\d+) , ", s) if chosen is None else None
        if during and during.end() <= char and self.phrase(during.group(1)).dates \
                and self.phrase(during.group(1)).kind in VISITS:
            # "During Xi's state visit to India in September 2014, Modi received him first in Ahmedabad": then
            return self.reader.resolve_date(self.phrase(during.group(1)).dates[0].date, status)
        lead = re.match(r"(?:, )?(?:and |but )?(?:then |on )?(?:the (?:following|next) day|a day later|"
                        r"(?P<back>the previous day|a day earlier)|the day (?:after|(?P<back2>before))(?! (?:of|the|E\d|P\d|D\d)))\b",
                        clause.text) \
            if chosen is None else None
        if chosen is None and not re.search(r"\bD\d+\b", s) and re.match(
                r"(?:before|after|ahead of) (?:the (?:three|two|four|five|leaders|ministers|presidents|men)|they|(?:the |their )"
                r"(?:[a-z-]+ )?E\d+|(?:sitting|sat) down with|meeting (?:them|both))\b", s) and self.reader.last_day is not None \
                and self.reader.last_day_sentence >= self.sentence.index - 2 and status == "held":
            # "Before the three sat down together, the Russian president held separate talks with Aliyev": that day
            return self.reader.last_day
        # "received by Putin on July 14 and negotiated with Lavrov late into the following day": the day after
        # the day this sentence gave
        # ("hosted a BRICS summit on July 9 and a summit of the SCO the following day": so too)
        into_next = re.search(r"\b(?:(?:late |well )?into the (?:following|next) day\b|the (?:following|next) day"
                              r"(?= ?[,.;]| ?$))", s[start:end]) \
            if lead is None and chosen is None else None
        lead = lead or into_next
        if lead:
            # "On November 3 they co-chaired the meeting, and the following day Mishustin was received by Xi"; "The
            # day before, ...": a day counted from the day said last, in this sentence or the one before
            # (or two sentences back when the one between dates nothing: "met X on Tuesday. Wang passed on greetings
            # ... The previous day, Wang held talks with Meredov")
            told = self.reader.last_day_sentence
            undated_between = 0 <= told and self.sentence.index - told <= 5 and not any(
                i.date is not None for items in self.reader.items[told + 1:self.sentence.index] for i in items)
            base = self.reader.resolve_date(self.when_date, status) if self.when_date is not None else (
                self.reader.last_day if told >= self.sentence.index - 1 or undated_between else None)
            if into_next is not None:  # (the day this sentence gave before it, else the one before)
                base = self.first_day_in(0, start + into_next.start(), status, last=True) or base
            if base is not None and base.granularity == "day" and not base.end:
                days = -1 if lead.groupdict().get("back") or lead.groupdict().get("back2") else 1
                return DateValue(start=(base.first_day() + datetime.timedelta(days=days)).isoformat())
        if chosen is None:
            if status == "planned" and re.search(r", (?:during|in the course of) which\b", s[start:char]):
                return None  # "landed on Wednesday for a visit that runs until Saturday, during which he will attend a
                # meeting": some day of the visit, not the Wednesday to come
            if re.match(r"and then\b", clause.text) and self.when_date is not None:
                return self.reader.resolve_date(self.when_date, status)  # "..., and then held talks of their own"
            if re.match(r"(?:when|as|while|where|during which|in which|at which|after|following)\b|"
                        # "talks in Moscow last week with Tillerson, who was also received by Putin": then too
                        r"who (?:was|were) also (?:received|welcomed|hosted)\b", clause.text):
                if status == "planned" and re.match(r"as (?:[a-z]+ |[PG]\d+ ){1,3}(?:prepares|prepare|is preparing|are "
                                                    r"preparing|gears up|readies)\b", clause.text):
                    return None  # "met Wang on Thursday, as Kim prepares for a summit with Trump": then he prepares
                value = self.reader.resolve_date(self.when_date, status)
                if value is not None and value.end and re.match(r"where\b", clause.text):
                    return None  # "the two-day meeting, where he also met Wang": which of its days, unsaid
                trip = re.search(r"\b(?:after|before|from) (?:a |an |his |her |their )?(E\d+) , $", s[:start]) \
                    if re.match(r"where\b", clause.text) else None
                if trip and self.phrase(trip.group(1)).kind in VISITS:
                    # "arrived in Beijing on Saturday after a visit to North Korea, where he met Kim": during that
                    # visit, not on the day of the arrival told with it (its month, when the visit has no date of its own)
                    told = self.phrase(trip.group(1)).dates
                    own = self.reader.resolve_date(told[0].date, status) if told else None
                    return own or (month_of(value) if value is not None and value.granularity == "day" else value)
                shift = re.search(r"\b(?:the (?P<back>day before|previous day)|a day (?P<back2>earlier)|the (?:next|following) "
                                  r"day|the day after|a day later)(?= ?[,.;]| ?$)", s[start:end])
                if shift and value is not None and value.granularity == "day" and not value.end:
                    # "landed on Saturday from Jeddah, where he had addressed a summit the day before": the Friday
                    days = -1 if shift.group("back") or shift.group("back2") else 1
                    return DateValue(start=(value.first_day() + datetime.timedelta(days=days)).isoformat())
                return value
            if re.search(r"\b(?:afterwards|after that|then)\b", s[start:end]):
                # "is due to join the session on Thursday and is expected to meet Putin afterwards"
                days = [c.date for c in list(self.candidates.values()) + self.extra
                        if c.date and c.date.granularity == "day" and not c.date.end]
                said = [d for d in dates if d[0] < char]
                if said:
                    value = self.reader.resolve_date(self.view.items[said[-1][1]].date, status)
                    if value is not None and value.granularity == "day" and not value.end:
                        return value
                if days:
                    return DateValue(start=days[-1].start)
            part_of_day = re.search(r"\bin the (?:morning|afternoon|evening)\b|^during the day\b", s[start:end])
            if part_of_day and not re.search(r"\bD\d+\b", s[start:end]) \
                    and self.reader.last_day_sentence < self.sentence.index - 1 and (told_day := self.reader.story_day()):
                # "Jaishankar held separate talks with him in the morning", no day said just before:
                # the morning of the day the story is about
                return told_day
            if re.search(r"\b(?:(?:the same|that same|that) (?:day|evening|night|morning|afternoon)|"
                         r"later in the day|later that day|earlier in the day|in the (?:morning|afternoon|evening))\b",
                         s[start:end]) and not re.search(r"\bD\d+\b", s[start:char]):
                # "earlier the same day": the day of the event last reported by its day
                # (or, when no event was, the day the text last said: "announced it on Friday. He had told
                # Wang in a phone call that morning")
                # (not what a relative clause recalls from before: "Faisal, who had arrived on Monday, ... Later that
                # day Imran Khan received Wang", that day being the story's Tuesday)
                dated = [c for c in self.reader.candidates if c.date and c.date.granularity == "day" and not (
                    c.spans and re.match(r"(?:who|which) had\b", self.article.text[c.spans[0][0]:]))]
                # "earlier in the day" counts from the story's day, "that evening" from the day just said
                story_day = re.search(r"\b(?:later|earlier) in the day\b", s[start:end])
                told_day = self.reader.story_day() if story_day else None
                if told_day:
                    return told_day
                if dated and not dated[-1].date.end and (story_day or self.reader.last_day is None
                                                         or dated[-1].sentence >= self.reader.last_day_sentence):
                    return DateValue(start=dated[-1].date.start)
                return self.reader.last_day  # "landed on Monday for a two-day visit. X received him the same evening"
            if re.search(r"\b(?:within (?:hours|the hour|minutes)|hours later|an hour later|moments later|"
                         r"shortly afterwards|soon afterwards)\b", s[start:end]) \
                    and self.reader.last_day is not None and self.reader.last_day_sentence >= self.sentence.index - 1:
                return self.reader.last_day  # "Zelensky landed on Saturday ... Within hours he sat down with Modi"
            if re.search(r"\b(?:at the airport|on (?:his|her|their) arrival|upon (?:his |her |their )?arrival)\b", s[:end]) \
                    and self.reader.last_day is not None and self.reader.last_day_sentence == self.sentence.index - 1 \
                    and re.search(r"\b(?:landed|arrived|flew in)\b", self.article.sentences[self.sentence.index - 1].text):
                return self.reader.last_day  # "Putin landed on Sunday. Mirziyoyev met him at the airport, and ... held talks"
            if re.search(r"\balso\b.*" + THERE, s[start:end]) \
                    and self.reader.last_day is not None and self.reader.last_day_sentence == self.sentence.index - 1:
                return self.reader.last_day  # "Earlier on Tuesday Xi received the ministers. He also held talks there"
            if re.search(r"\b(?:later|earlier) (?:that|the same) month\b|\b(?:that|the) same month\b", s[start:end]):
                return self.reader.last_month  # "Swaraj made the trip in December 2015. Later that month Modi ..."
            if re.search(r"\bthat month\b(?! 's)", s[start:end]) and self.reader.last_month is not None \
                    and self.reader.last_month_sentence >= self.sentence.index - 2:
                return self.reader.last_month  # "... last met in June in Italy. India sent a delegation to ... that month"
            return self.date_of_when_clause(clause, status)
        expr: DateExpression = self.view.items[chosen[1]].date
        if status == "cancelled" and expr.kind in ("weekday", "span_wd_wd", "day_word") and re.search(
                r"\b(?:expected|due|scheduled|set|supposed|planned) (?:to|for|in)\b",
                s[min(char, chosen[0], max(start, chosen[0] - 40)):max(char, chosen[0])]):
            status = "planned"  # "put off a visit that had been expected to begin on Sunday": the Sunday ahead
        value = self.reader.resolve_date(expr, status)
        apposed = re.match(r" , (?:on |in )?(D\d+)\b", s[chosen[0] + len(f"D{chosen[1]}"):]) if value is None else None
        if apposed:
            # "last met in person three weeks ago, on February 4": the calendar date the vague one is restated as
            return self.reader.resolve_date(self.view.items[int(apposed.group(1)[1:])].date, status)
        return value

    def first_day_in(self, start: int, end: int, status: str, last: bool = False) -> DateValue | None:
        """The first (or last) single day said in a stretch of the view, by a date word or an event phrase."""
        words = re.findall(r"\b[DE]\d+\b", self.view.string[start:end])
        for word in reversed(words) if last else words:
            item = self.view.item(word)
            exprs = [item.date] if word.startswith("D") else [d.date for d in self.phrases[item.event].dates]
            for expr in exprs:
                value = self.reader.resolve_date(expr, status)
                if value is not None and value.granularity == "day" and not value.end:
                    return value
        return None

    def date_of_when_clause(self, clause: Clause, status: str) -> DateValue | None:
        """"They last held talks when Xi travelled to India for a summit in October 2019": the date of
        the "when" clause that follows."""
        following = [c for c in self.clauses if c.start == clause.end]
        text = " ".join(self.view.words[clause.start:clause.end])
        if following and re.match(r"(?:when|where)\b", following[0].text):
            text = following[0].text
            if re.match(r"where (?:(?![EPG]\d)\S+ ){0,5}E\d+ (?:(?![EPG]\d)\S+ ){0,8}?(?:was|were|had been) (?:first )?held\b",
                        " ".join(self.view.words[following[0].start:following[0].end])):
                # "hosted by Rouhani in Tehran, where talks were held in January 2017": that place's other event, then
                return None
        elif not re.search(r" when ", text):
            return None
        if re.search(AGREED_TO_MEET + r".*" + WHEN_THEY_MET, text):
            return None  # (AGREED_TO_MEET: the "when" clause dates the agreeing)
        anchor = re.search(r"\b(?:when|where)\b", text)
        for word in re.findall(r"\b[DE]\d+\b", text[anchor.start() if anchor else 0:]):
            item = self.view.item(word)
            expr = item.date if word.startswith("D") else next(
                (d.date for d in self.phrases[item.event].dates), None)
            if expr is not None:
                return self.reader.resolve_date(expr, status)
        return None

    def there(self, candidate: Candidate) -> None:
        """"would also hold talks there": the place the sentence before named last, and the gathering
        whose sidelines the meeting reported there was on."""
        if re.search(r"\b(?:in|to|at) (?:the )?(?:A\d+ )?" + PLACE + r"\b.*\bthere\b", self.view.string):
            return  # "travelling on to Tashkent, ... and are expected to hold talks there": this sentence's place
        host = re.match(r"(?:the )?(?:A\d+ )?(" + PLACE + r") (?:has |had |have )?(?:also )?(?:hosted|hosts|seen|witnessed)\b"
                        r".*\bthere\b", self.view.string)
        if host and not candidate.places:
            # "Singapore has hosted such a first before: in 1993, Koo and Wang met there": the sentence's subject
            candidate.places = [self.view.item(host.group(1)).entity]
            return
        if self.reader.previous_places and not candidate.places:
            candidate.places = [self.reader.previous_places[-1]]
        before = [c for c in self.reader.candidates if c.sentence == self.sentence.index - 1]
        for anchor in reversed(before):
            if anchor.family in ("meeting", "call") and anchor.sidelines is not None:
                candidate.sidelines = candidate.sidelines or anchor.sidelines
                break
        days = [c.date for c in before if c.date and c.date.granularity == "day" and not c.date.end]
        if candidate.date is None and len(days) == 1:
            candidate.date = days[0]  # "The trip began on Monday in Pretoria. Lavrov held talks there ..."

    @staticmethod
    def told_status(status: str, before: str) -> str:
        """"Trump and Putin were due to hold talks in Anchorage on Friday": a plan told in the past has its day
        the one nearest the article, whichever side of it (the status the dates are resolved with)."""
        if status == "planned" and re.search(r"\b(?:was|were|had been) (?:(?:also|originally|initially) )?(?:due|"
                                             r"expected|scheduled|set|supposed|slated) to\b", before):
            return "reported"
        if status == "cancelled" and re.search(r"\b(?:originally|initially|first) (?:scheduled|planned|slated|set|due)\b", before):
            return "reported"  # "The summit, originally scheduled for July, has been postponed": the July nearest
        return status

    def year_said_before(self, char: int) -> DateValue | None:
        """"signed it last September in Samarkand, on the eve of that year's summit": the year just said."""
        said = [self.reader.resolve_date(self.view.items[int(n)].date, "held")
                for n in re.findall(r"\bD(\d+)\b", self.view.string[:char])]
        said = [d for d in said if d is not None]
        return DateValue(start=said[-1].start[:4]) if said else None

    def predicate(self, char: int) -> bool:
        """"It was the second meeting between the two in two months": an event said of another."""
        return self.predicate_of(char) is not None

    def predicate_of(self, char: int) -> str | None:
        """What the event phrase at `char` is said of: "it" or "this" (""), or the event phrase it is
        said of ("Friday's talks were the third meeting between the two presidents": E3); None when
        it is not said of anything."""
        match = re.search(r"\b(?:(?:it|this|that)|(?P<ev>E\d+)) (?:is|was|were|are|will be|would be) "
                          r"(?:(?:the|a|an|their|his|her) (?:[a-z-]+ ){0,4})?$", self.view.string[:char])
        if match is None:
            return None
        return match.group("ev") or ""

    def sentence_subject_state(self) -> str | None:
        """The state a sentence opens with ("Brazil takes over ... and will host ..."), as a placeholder."""
        match = re.match(r"(?:the )?((?:C|L)\d+) ", self.view.string)
        return match.group(1) if match else None

    def place_after(self, clause: Clause, char: int) -> list[str]:
        start, end = self.clause_range(clause)
        text = self.view.string[max(start, char):end]
        # "a reference to Pakistan weeks after militants stormed an army camp at Uri in Kashmir": another event's place
        # (nor what an anniversary marks: "the celebrations marking the end of the Second World War in Europe")
        # (nor where the subject goes next: "held talks with Wang on Tuesday before travelling on to Pyongyang")
        # (nor an incident's: "the visit opened under the shadow of Monday's bombing in the St Petersburg metro")
        text = re.split(r"\b(?:(?:weeks?|days?|months?|years?|hours?) (?:after|before)|since|because|without|and that|"
                        r"(?:bombings?|blasts?|explosions?|shootings?|terror(?:ist)? attacks?|earthquakes?|floods?|"
                        r"massacres?|clash(?:es)?) (?=in\b)|"
                        r"before (?:travell?ing|flying|heading|leaving|going|moving)|"
                        r"(?:marking|marked|commemorating|celebrating) (?:the )?(?:\S+ ){0,3}anniversary)\b", text)[0]
        # "a virtual summit chaired by Modi, whose country took over the presidency in Samarkand": Modi's, not the summit's
        # ("held talks with Putin, who is on a state visit to China, in Beijing on Thursday": past the closed one)
        # ("held talks for an hour, in which the minister raised the detention of nationals in China": what was said)
        text = re.split(r" , (?:whose|who|in which) ", re.sub(r" , (?:whose|who) [^,;]* , (?=(?:in|at) )", " ", text))[0]
        this_city = re.search(r"\b(?:in|at) this (?:[a-z-]+ ){0,3}(?:city|town|capital|port)\b", text)
        if self.reader.dateline and this_city and not re.search(r"\b(?:in|at) (?:the )?(?:A\d+ )?" + PLACE,
                                                                text[:this_city.start()]):
            return [self.reader.dateline]  # "closed a summit in this ancient Silk Road city ... partners in the Middle East"
        for match in re.finditer(r"\b(?:in|at) (?:the )?(?:(?:[a-z-]+ |A\d+ |L\d+ ){0,4}(?:city|capital|town|port|resort|island|state|province|village) of "
                                 r"|A\d+ )?(" + PLACE + r")\b|\bon the (?:[a-z-]+ |A\d+ ){0,3}island of (" + PLACE + r")\b", text):
            if re.match(r" (?:[a-z-]+ )?(?:port city|city|town|port|resort)\b", text[match.end():]):
                continue  # "in the Pacific port city": a city described by its region, not the region
            if is_region(self.view.item(match.group(1) or match.group(2)).entity or "", self.reader.lookup) and re.search(
                    r"\b(?:on|about|over|regarding|concerning|discussed|discussing)\s+(?!D\d|the (?:sidelines|margins|"
                    r"fringes)\b)", text[:match.start()]):
                continue  # "held talks with Lavrov on Ukraine and security in the Asia-Pacific": a topic, not a venue
            if re.search(r"\b(?:war|conflict|crisis|situation|peace|security|stability|settlement|violence|fighting|unrest|"
                         r"reconciliation)$", text[:match.start()].strip()) and (
                    (self.view.item(match.group(1) or match.group(2)).entity or "").startswith("country/")):
                # "a conference on ending the war in Afghanistan": what it was about, not where (a city stays the venue:
                # "opened talks on European security in Geneva")
                continue
            return [self.view.item(match.group(1) or match.group(2)).entity]
        # "at the Konstantin Palace in Strelna, on the outskirts of St Petersburg": a venue the text places by the city
        near = re.search(r"\b(?:on the outskirts of|(?:just )?outside|near) (?:the )?(?:A\d+ )?(L\d+)\b", text)
        if near and (self.view.item(near.group(1)).entity or "").startswith("place/"):
            return [self.view.item(near.group(1)).entity]
        for match in re.finditer(r"\bon (?:the )?(L\d+)\b", text):
            if re.search(r"\b(?:island|isle|islands)$", self.view.item(match.group(1)).text.lower()):
                return [self.view.item(match.group(1)).entity]  # "held his first summit with Putin on Russky Island"
        if self.capital_said(text):
            return [self.reader.dateline]  # "held in the federal capital", under an Islamabad dateline
        if re.match(r"there (?!(?:is|was|were|are|will|would|has|have|had|seems?|remains?)\b)", self.view.string[start:char]) \
                and self.reader.previous_places:
            return [self.reader.previous_places[-1]]  # "... from Vladivostok. There he held talks with Abe on Friday"
        seat = re.search(r"\b(?:at|in) (?:the )?(O\d+)\b", text)
        if seat and seat_capital(self.view, seat.group(1)):
            # "received by President Vladimir Putin at the Kremlin": in the capital whose seat of government it is
            return seat_capital(self.view, seat.group(1))
        if self.reader.dateline and re.search(r"\b(?:in|at) this (?:[a-z]+ ){0,3}(?:city|town|capital|port)\b|\bhere\b",
                                              text):
            return [self.reader.dateline]  # "in this city on the Volga", under a Nizhny Novgorod dateline
        if re.search(THERE, text):
            # "travelling on to Tashkent, where ..., and the ministers are expected to hold talks there": the place
            # the sentence named before, else the one the article last named ("Xi received the ministers in
            # Beijing. Xi also held separate talks there with Lavrov")
            here = re.findall(r"\b(?:in|to|at) (?:the )?(?:A\d+ )?(" + PLACE + r")\b", self.view.string[:char])
            if here:
                return [self.view.item(here[-1]).entity]
            if self.reader.previous_places:
                return [self.reader.previous_places[-1]]
        # "arrived in Durban from Pretoria, where Zuma had received him on a state visit": in the place the "where" is of
        antecedent = re.search(r"\b(?:in|to|from|at|for|via) (?:the )?(?:A\d+ )?(" + PLACE + r") , $", self.view.string[:start]) \
            if re.match(r"where\b", self.view.string[start:end]) else None
        if antecedent:
            return [self.view.item(antecedent.group(1)).entity]
        # "joined the leaders in the Kazakh capital on Thursday, at a summit ...": where the event the clause ends in was
        # "made a surprise stopover in Lahore to meet Nawaz Sharif": where he went to meet him
        before = re.search(r"\bin (?:the )?(?:A\d+ )?(" + PLACE + r")(?: (?![EPG]\d)\S+){0,3} , (?:at|for|during) $"
                           r"|^(?:speaking|talking|briefing) in (?:the )?(?:A\d+ )?(" + PLACE + r") (?:after|following) $"
                           r"|\b(?:in|to) (?:the )?(?:A\d+ )?(" + PLACE + r") (?:in order )?to (?:meet|see|hold)\b(?!.* (?:in|at) "
                           + PLACE + ")"
                           # "In Moscow on Tuesday, Xi and Putin held talks": the place the clause opens with
                           # ("Last Friday, at the border truce village of Panmunjom, Kim and Moon signed ...")
                           r"|^(?:(?:on |in )?D\d+ (?:, )?)?(?:in|at) (?:the )?(?:A\d+ )?(?:(?:[a-z-]+ |A\d+ ){0,4}(?:city|town|"
                           r"village|resort|capital|port) of )?(" + PLACE + r")(?: (?:on |in )?D\d+)? (?:, |(?=(?:the )?(?:A\d+ |C\d+ 's )?(?:[a-z-]+ ){0,3}?[PG]\d+ ))"
                           # ("In the Chinese capital the Pakistani premier also held talks with Li Qiang": no comma)
                           r"(?!(?:[^,;]*\b(?:said|says|told|announced|added|stated)\b))", self.view.string[start:char])
        if before:
            return [self.view.item(next(g for g in before.groups() if g)).entity]
        fronted = re.match(r"(?:(?:on |in )?D\d+ (?:, )?)?in (?:the )?(?:A\d+ )?(" + PLACE + r") , ", self.view.string)
        if fronted and start > fronted.end() and re.match(r"and\b", clause.text) \
                and not re.search(r"\b(?:in|at|to) (?:the )?(?:A\d+ )?" + PLACE, self.view.string[fronted.end():start]):
            # "In Kabul, Wang was met at the airport by Muttaqi, and held talks with him": the conjunct shares the
            # place the sentence opens with
            return [self.view.item(fronted.group(1)).entity]
        staying = re.search(r"\b[PG]\d+ , who (?:is|was|are|were) (?:currently |now |already |also )?in (?:the )?(?:A\d+ )?("
                            + PLACE + r")(?: [^,;]*)? , $", self.view.string[:start])
        if staying and not re.match(r"(?:and|but|who|which)\b", clause.text):
            # "Putin, who is in Beijing for the Belt and Road Forum, held talks with Xi": where its subject is
            return [self.view.item(staying.group(1)).entity]
        return []

    def capital_said(self, text: str, at_start: bool = False) -> bool:
        """Whether a text places something "in the (federal) capital" when the article is filed from a capital."""
        said = r"(?:held |hosted |meeting |met )?in the (?:federal |national )?capital\b(?! of)"
        found = re.match(r" ?" + said, text) if at_start else re.search(r"\b" + said, text)
        return bool(found) and self.reader.dateline is not None and self.reader.dateline in self.reader.ref.capitals

    def status_of(self, clause: Clause, char: int, phrase: EventPhrase | None = None) -> tuple[str, bool]:
        text = self.words_before(clause, char)
        recalled = re.search(r"\bwhen (?:they|he|she|we|(?:P|G)\d+(?: and (?:P|G)\d+)?) (?:first |last |had )?(?:met|held|visited|"
                             r"spoke|talked)(?: by (?:tele)?phone| on the (?:tele)?phone| by video(?: link)?)?\s*$", text) \
            if phrase is None else None
        if recalled and not re.search(r"\b(?:will|would|'ll|to be)\b", text[recalled.start():]):
            # "the ceasefire that was to be preserved, which they agreed when they met in Moscow on March 5": the
            # "when" clause tells what happened, whatever the clause around it plans
            text = text[recalled.start():]
        # "discussed preparations for upcoming contacts during a telephone conversation": what was discussed is
        # to come, the conversation in which it was is not (the verb's tense says)
        adjunct = re.match(r"(.*?\b(?:discussed|exchanged|reviewed|talked|spoke|agreed|compared|coordinated|went over|"
                           r"focused|touched)\b).*\b(?:during|in the course of|over) (?:a |an |the |their )?$", text)
        found = modality(adjunct.group(1) if adjunct else text)
        if found == "planned" and re.search(r"\bsince (?![^,]*\b(?:will|would|is to|are to|expected|due|set to)\b)[^,]{1,90}? "
                                            r"(?:at|during|in) (?:the )?(?:(?:O\d+|[a-z]+) 's )?$", text):
            # "will be the first session since India became a member at the grouping's summit in Astana in June":
            # what "since" recalls has happened
            return "held", True
        if found == "cancelled" and phrase is not None and phrase.kind in ("Summit", "MinisterialMeeting", "OrgMeeting",
                                                                        "Conference") \
                and (re.search(r"\b(?:trip|visit|journey|travel|attendance|participation) (?:to|at|in) (?:the )?$", text)
                     or ((trip := re.search(r"\b(E\d+) (?:to|at|for) (?:the )?$", text))
                         and self.phrase(trip.group(1)).kind in VISITS)):
            # "Putin cancelled his trip to the G20 summit in Bali": the trip was called off, not the summit
            return "held", False
        if found == "cancelled":
            return found, True
        if phrase is not None and phrase.planned:
            return "planned", True
        if found == "planned" and re.fullmatch(r"\s*(?:ahead of|in the run-up to|before) (?:the |their |his |her )?", text):
            # "Ahead of the talks, the spokesperson said ...": the talks as a point in time, not a plan
            return found, False
        if found == "planned" and re.search(r"\bwould\b", text) and not re.search(r"\b(?:will|'ll)\b", text) and re.search(
                r"\b(?:said|announced|confirmed|stated|indicated|revealed|reported|told(?: \S+){1,3}?)(?: \S+){0,6}? that\s*$",
                self.view.string[:self.clause_range(clause)[0]]):
            # "New Delhi announced in June that the summit would take place online": planned when it was said; a
            # report of it held, if the article has one, says what it is now
            return found, False
        if found:
            return found, True
        if re.match(r"(?:and|or|but|then|where) (?!(?:P|G)\d)", clause.text) and self.inherited:
            return self.inherited, True
        return "held", False

    # -- candidates

    def placeholder_of(self, index: int) -> str:
        """The word ("E12") that stands in the view for the event phrase of that index."""
        return f"E{self.view.items.index(next(i for i in self.view.items if i.event == index))}"

    def candidate_for(self, placeholder: str) -> Candidate:
        index = self.view.item(placeholder).event
        if index not in self.candidates:
            phrase = self.phrases[index]
            candidate = self.reader.from_phrase(phrase, self.sentence)
            if re.search(r"\b(?:the|that|this) " + BODY_NOUN + r" 's $",
                         self.view.string[:self.view.string.index(placeholder + " ") if placeholder + " " in self.view.string
                                          else len(self.view.string)]) and not phrase.organizer:
                # "India takes over the BRICS chair and will host the group's next summit": the one just named
                candidate.organizer = self.reader.organization_named_since(self.sentence.start, phrase.start) \
                    or candidate.organizer
            before = self.view.string[:self.view.string.index(placeholder + " ")] if placeholder + " " in self.view.string \
                else ""
            chaired = re.search(r"\b(?:chaired|chairs|chairing|chair of|chairmanship of|chairship of|presidency of) (?:the )?"
                                r"(O\d+) (?:since|until|from|at|after) (?:the (?:close|end|start) of )?(?:the )?$", before)
            if chaired and not phrase.organizer and candidate.family == "summit" and not candidate.parties:
                # "Uzbekistan, which had chaired the SCO since the Dushanbe summit of September 2021": its summit
                candidate.organizer = self.reader.parent_org(self.view.item(chaired.group(1)).entity) or candidate.organizer
            whose = re.search(r"\b(O\d+) , whose $", before)
            if whose and not phrase.organizer and candidate.family in ("summit", "ministerial", "org", "conference"):
                # "the Group of Twenty, whose summit China will host in Hangzhou": that organization's
                candidate.organizer = self.reader.parent_org(self.view.item(whose.group(1)).entity) or candidate.organizer
            if candidate.family == "visit" and candidate.places:
                self.visitor_not_host(candidate, phrase)
            self.candidates[index] = candidate
        return self.candidates[index]

    def visitor_not_host(self, candidate: Candidate, phrase: EventPhrase) -> None:
        """"The guests include Putin and Modi, on his first trip to China": "his" is not the Chinese
        leader's; it is the nearest person before who does not lead the state visited."""
        place = self.reader.lookup(candidate.places[0])
        state = place.key if place and place.kind == "country" else place.country if place else None
        published = self.reader.published
        if state is None or published is None:
            return
        def leads(person: str) -> bool:
            return any(o.of == state and o.leader for o in self.reader.ref.offices_held(person, published))
        if not candidate.participants or not all(leads(p) for p in candidate.participants):
            return
        before = [i for i in self.view.items if i.end <= phrase.start and i.entity
                  and i.entity.startswith("person/") and not leads(i.entity)]
        candidate.participants = [before[-1].entity] if before else []

    def new_candidate(self, kind: str, clause: Clause, people: list[str]) -> Candidate:
        candidate = Candidate(kind=kind, sentence=self.sentence.index, paragraph=self.sentence.paragraph,
                              spans=[self.clause_span(clause)])
        candidate.add_people(people)
        self.extra.append(candidate)
        return candidate

    def forget(self, asked: list[Candidate], touched: list[Candidate]) -> list[Candidate]:
        """The candidates left once those a question made are dropped."""
        self.extra = [c for c in self.extra if not any(c is a for a in asked)]
        self.candidates = {i: c for i, c in self.candidates.items() if not any(c is a for a in asked)}
        return [c for c in touched if not any(c is a for a in asked)]

    def new_visit(self, clause: Clause, people: list[str], destination: str, at: int) -> Candidate:
        """A visit of these people to the place a placeholder names, settled from the clause at a position."""
        candidate = self.new_candidate("Visit", clause, people)
        candidate.places = [self.view.item(destination).entity]
        self.settle(candidate, clause, at)
        return candidate

    def repeated_on_other_dates(self, text: str, touched: list[Candidate]) -> list[Candidate]:
        """"He held talks with Putin there in August last year and in September 2021": the same meeting
        again on each further date the clause gives it; "they met in Moscow in September 2020 and in
        Dushanbe in July and again in September last year": at each place said, else the one before."""
        # (past an apposition on the first date: "on 24 February, the day Russian forces crossed into Ukraine, and
        # again on 1 July")
        # (or on a call: "on June 29, their first conversation since the incident, and again on July 17")
        found = re.search(r"\bD(\d+)(?: , (?:the|a|an|their|his|her|its) (?:(?![EPGD]\d)[^,])+(?= , and))?"
                          r"(?P<more>(?: (?:and|, and|,) (?:again |also |then |before that |earlier |previously )?"
                          r"(?:in (?:[CL]\d+) )?(?:(?:in|on) )?D\d+){1,3})\b", text)
        if not found:
            return []
        status = "planned" if modality(text) == "planned" else "held"
        first = self.reader.resolve_date(self.view.items[int(found.group(1))].date, status)
        further = re.findall(r"(?:in ([CL]\d+) )?(?:(?:in|on) )?D(\d+)", found.group("more"))
        copies = []
        for candidate in touched:
            if first is None or candidate.date != first or candidate.family not in ("meeting", "call", "visit", "summit"):
                continue
            places = list(candidate.places)
            for place, number in further:
                again = self.reader.resolve_date(self.view.items[int(number)].date, status)
                if place:
                    places = [self.view.item(place).entity]
                if again is None or again == first:
                    continue
                copy = dataclasses.replace(candidate, date=again, participants=list(candidate.participants),
                                           hosts=list(candidate.hosts), places=list(places),
                                           cities=list(candidate.cities), spans=list(candidate.spans),
                                           apart_from=list(candidate.apart_from), later_sentences=[],
                                           merged_into=None, name="")
                self.extra.append(copy)
                copies.append(copy)
        return copies

    def one_per_place_and_date(self) -> None:
        """"have held summits in Ankara in April 2018, in Tehran in September 2018 and in Sochi in February":
        a plural phrase that lists places each with its date is one event at each (and at each place and date
        added after it with "and in": "the SCO summits in Samarkand in September 2022 and in Astana in July
        2024", where the bloc's name keeps the phrase from counting as plural elsewhere)."""
        for index, phrase in enumerate(self.phrases):
            candidate = self.candidates.get(index)
            several = phrase.plural or re.search(r"\b(?:summits|meetings|sessions)\b", phrase.name.lower())
            if candidate is None or not several or candidate.family not in ("meeting", "summit", "ministerial") \
                    or not phrase.places or len(phrase.places) != len(phrase.dates):
                continue
            status = candidate.status
            pairs = [(place, self.reader.resolve_date(d.date, status)) for place, d in zip(phrase.places, phrase.dates)]
            placeholder = self.placeholder_of(index)
            tail = re.match(r" (?:,|and|, and) in (?P<l>[CL]\d+)(?: again)? (?:(?:in|on) )?(?P<d>D\d+)",
                            self.view.string[self.view.string.index(placeholder) + len(placeholder):])
            if len(pairs) + bool(tail) < 2:
                continue
            if tail:
                pairs.append((self.view.item(tail.group("l")).entity,
                              self.reader.resolve_date(self.view.item(tail.group("d")).date, status)))
            if any(date is None for _, date in pairs):
                continue
            candidate.places, candidate.date = [pairs[0][0]], pairs[0][1]
            for place, date in pairs[1:]:
                self.extra.append(dataclasses.replace(
                    candidate, date=date, places=[place], participants=list(candidate.participants),
                    hosts=list(candidate.hosts), cities=list(candidate.cities), spans=list(candidate.spans),
                    apart_from=list(candidate.apart_from), later_sentences=[], merged_into=None, name=""))

    def again_elsewhere(self, text: str) -> list[Candidate]:
        """"They met in Beijing in May, when Putin attended the forum, and again in June in Astana, on the
        sidelines of the SCO summit": the meeting this sentence told, once more on that day, there."""
        found = AGAIN_ELSEWHERE.fullmatch(text.strip()) or AND_THERE_ON_SIDELINES.fullmatch(text.strip())
        if not found:
            return []
        told = [c for c in self.extra + list(self.candidates.values())
                if c.sentence == self.sentence.index and c.family == "meeting" and c.date is not None
                and len([p for p in c.participants if p.startswith("person/")]) >= 2]
        stays = [c for c in self.extra + list(self.candidates.values())
                 if c.sentence == self.sentence.index and c.family == "visit" and c.date is not None and c.places]
        if stays and re.match(r"\S+ (?:had been|was|were|had last been) ", self.view.string):
            # "He had been in Beijing in April, when he was received by Xi, and again in Qingdao in June for a meeting
            # of the SCO foreign ministers": the stay again, there and then (and at the gathering it was for)
            place = found.groupdict().get("l") or found.group("l2")
            status = "planned" if modality(text) == "planned" else "held"
            again = self.reader.resolve_date(self.view.item(found.group("d")).date, status)
            if not place or again is None:
                return []
            stay = stays[0]
            copy = copy_of(stay, date=again, places=[self.view.item(place).entity], cities=[], later_sentences=[],
                           merged_into=None, name="", sidelines=None)
            self.extra.append(copy)
            made = [copy]
            purpose = re.search(r"\bfor (?:the |a |an )?(E\d+)", text)
            if purpose and self.phrase(purpose.group(1)).kind in ("Summit", "MinisterialMeeting", "OrgMeeting",
                                                                   "Conference"):
                gathering = self.candidate_for(purpose.group(1))
                gathering.add_people([p for p in stay.participants if p.startswith("person/")])
                gathering.places = gathering.places or [self.view.item(place).entity]
                gathering.date = gathering.date or again
                made.append(gathering)
            return made
        if not told:
            return []
        status = "planned" if modality(text) == "planned" else "held"
        again = self.reader.resolve_date(self.view.item(found.group("d")).date, status)
        meeting = told[0]
        if again is None or again == meeting.date:
            return []
        place = found.groupdict().get("l") or found.group("l2")
        copy = dataclasses.replace(meeting, date=again, participants=list(meeting.participants), hosts=list(meeting.hosts),
                                   places=[self.view.item(place).entity] if place else [], cities=[],
                                   spans=list(meeting.spans), apart_from=list(meeting.apart_from), later_sentences=[],
                                   merged_into=None, name="", sidelines=None)
        if found.group("ev") and self.phrase(found.group("ev")).kind in ("Summit", "MinisterialMeeting", "OrgMeeting",
                                                                          "Conference"):
            copy.sidelines = self.candidate_for(found.group("ev"))
        self.extra.append(copy)
        return [copy]

    def met_last_when(self, clause: Clause, text: str, previous_text: str) -> list[Candidate]:
        """"the first time the two had met face to face since early February, when Putin was in Beijing": they
        met then, there."""
        found = re.match(r"when (?:P|G)\d+ (?:was|were) (?:last )?in (?:the )?(?:A\d+ )?(?P<where>(?:L|C)\d+)\b", text)
        before = re.search(r"\bfirst (?:time )?(?:(?P<g>G\d+) (?:had |have |has )?(?:met|sat down|talked)|(?:[a-z-]+ )?"
                           r"(?:meeting|encounter|talks))\b[^;]*? (?P<since>since )?(?P<d>D\d+) ,?$", previous_text)
        if not found or not before or not (before.group("since") or re.match(
                r"since\b", self.view.item(before.group("d")).date.text.lower())):
            return []
        people = self.people(before.group("g")) if before.group("g") else [
            p for c in self.extra + list(self.candidates.values()) if c.sentence == self.sentence.index
            and c.family == "meeting" for p in c.participants if p.startswith("person/")][:2]
        if len(set(people)) < 2:
            return []
        meeting = self.new_candidate("Meeting", clause, list(dict.fromkeys(people)))
        self.settle(meeting, clause, 0)
        meeting.date = self.reader.resolve_date(self.view.item(before.group("d")).date, "held")
        meeting.places = [self.view.item(found.group("where")).entity]
        return [meeting]

    def again_later(self, text: str, before: list[Candidate]) -> list[Candidate]:
        """"They first met on October 11 in Ashgabat, ... and again less than two weeks later in Kazan": the
        same people met again there; dated by the month the interval lands in when it cannot leave it."""
        found = AGAIN_LATER.match(text.strip())
        if not found:
            return []
        place = self.view.item(found.group("place")).entity
        copies = []
        for candidate in before:
            if candidate.family not in ("meeting", "call") or not candidate.date or place in candidate.places:
                continue
            date = None
            if found.group("count"):
                count = ARTICLE_COUNTS.get(found.group("count"), number(found.group("count")))
                days = count * {"day": 1, "week": 7, "month": 31}[found.group("unit")]
                first = candidate.date.last_day()
                if (first + datetime.timedelta(days=days)).month == first.month:
                    date = month_of(candidate.date)
            copy = dataclasses.replace(candidate, date=date, participants=list(candidate.participants),
                                       hosts=list(candidate.hosts), places=[place], cities=[], spans=list(candidate.spans),
                                       apart_from=[candidate.sidelines] if candidate.sidelines else [],
                                       later_sentences=[], merged_into=None, name="", sidelines=None)
            self.extra.append(copy)
            copies.append(copy)
        return copies

    def again_on_sidelines(self, text: str, touched: list[Candidate]) -> list[Candidate]:
        """"the two men met again in Vladivostok in September and on the sidelines of the APEC summit in Lima
        last month": a second meeting, at that gathering and on the date said after it (not the first one's)."""
        found = AGAIN_ON_SIDELINES.search(text)
        if not found:
            return []
        status = "planned" if modality(text) == "planned" else "held"
        first = self.reader.resolve_date(self.view.item(found.group("d1")).date, status)
        again = self.reader.resolve_date(self.view.item(found.group("d2")).date, status) if found.group("d2") else None
        container = self.candidate_for(found.group("ev"))
        copies = []
        for candidate in touched:
            if first is None or candidate.date != first or candidate.family not in ("meeting", "call"):
                continue
            if candidate.sidelines is container:
                candidate.sidelines = None
            copy = dataclasses.replace(candidate, date=again, participants=list(candidate.participants),
                                       hosts=list(candidate.hosts), places=list(container.places),
                                       cities=list(candidate.cities), spans=list(candidate.spans),
                                       apart_from=list(candidate.apart_from), later_sentences=[],
                                       merged_into=None, name="", sidelines=container)
            self.extra.append(copy)
            copies.append(copy)
        if copies and container.date == first:
            container.date = None  # the gathering is not on the first meeting's date
        return copies

    def sidelines_then_elsewhere(self, text: str, touched: list[Candidate]) -> list[Candidate]:
        """"met on the sidelines of the BRICS ministers' meeting in Cape Town in June and in Jakarta in July": the
        meeting read there took the place and date said last; it was at the gathering, and again there and then."""
        found = SIDELINES_THEN_ELSEWHERE.search(text)
        if not found:
            return []
        container, phrase = self.candidate_for(found.group("ev")), self.phrase(found.group("ev"))
        status = "planned" if modality(text) == "planned" else "held"
        # (the gathering is settled after the sentence is read; its phrase already holds the date it was given)
        first = container.date if container is not None and container.date is not None else (
            self.reader.resolve_date(phrase.dates[0].date, status) if len(phrase.dates) == 1 else None)
        if container is None or first is None:
            return []
        later = self.reader.resolve_date(self.view.item(found.group("d")).date, status)
        copies = []
        for candidate in touched:
            if candidate.sidelines is not container or candidate.date != later \
                    or candidate.family not in ("meeting", "call"):
                continue
            candidate.sidelines = None
            copy = copy_of(candidate, date=first, places=list(container.places or phrase.places), later_sentences=[],
                           merged_into=None, name="", sidelines=container)
            self.extra.append(copy)
            copies.append(copy)
        return copies

    def settle(self, candidate: Candidate, clause: Clause, char: int, phrase: EventPhrase | None = None,
               dated: bool = True) -> None:
        """Status, date and place of a candidate from its clause (what the phrase says comes first)."""
        was_settled, candidate.settled = candidate.settled, True
        if phrase is not None and re.search(r"\b(?:recalled|recalling|recalls|remembered|referred to|pointed to)"
                                            r"(?: (?![EPG]\d)\S+){0,3}\s*$", self.view.string[:char]):
            candidate.recalled = True  # "the Chinese premier recalled their talks in Beijing in May": another, past
        status, explicit = self.status_of(clause, char, phrase)
        timetable = r"E\d+ (?:itself )?(?:runs|takes place|opens|begins|starts|is held|convenes|kicks off|gets under way)"
        clause_start = self.clause_range(clause)[0]
        if status == "held" and not explicit and (
                re.match(timetable + r"(?: (?:on|from|in|between|through))? D\d+", self.view.string[char:])
                or re.search(r"(?:^|\b)" + timetable + r"\s*$", self.view.string[clause_start:char])
                and re.match(r" ?(?:(?:on|from|in|between|through) )?D\d+", self.view.string[char:])):
            status, explicit = "planned", True  # "The G20 summit itself runs on Friday and Saturday": a timetable, ahead
        if status == "planned" and self.sentence.role == "caption" and re.search(
                r"\b(?:ahead of|before|prior to|on (?:the )?(?:eve|way) (?:of|to))\s+(?:\S+\s+){0,2}$", self.view.string[:char]):
            # "Lavrov and Blinken ahead of their meeting on Wednesday": the photo was taken before; the caption
            # shows a meeting the article reports
            status, explicit = "held", False
        if phrase is not None and phrase.held and status == "held":
            explicit = True  # "a summit held entirely by video link": said to have happened
        if status == "planned":
            _, clause_end = self.clause_range(clause)
            if re.match(r" ?,? but (?:(?:he|she|they|P\d+) )?(?:then |later )?(?:pulled out|backed out|withdrew|dropped out|"
                        r"called (?:it|the \S+) off|cancell?ed (?:it|the \S+))\b", self.view.string[clause_end:]):
                status, explicit = "cancelled", True  # "was due in Antalya for talks with Kuleba, but pulled out"
        was = candidate.status
        if was == "cancelled" and candidate.explicit_status and status == "planned":
            pass  # "a summit that Australia was to host in Sydney was called off": the plan, called off
        elif phrase is not None and re.search(r"\bon the (?:sidelines|margins|fringes) of (?:the |this |that )?$",
                                              self.view.string[:char]):
            # "Xi is set to meet Trump on the sidelines of the summit": the plan is the meeting's, not the summit's
            if not was_settled:
                candidate.status = status
        elif explicit or not candidate.explicit_status:
            candidate.status, candidate.explicit_status = status, explicit or candidate.explicit_status
        if phrase is not None and phrase.dates:
            # "put off a visit that had been planned for Wednesday": the Wednesday it was to be on
            meant = candidate.status == "cancelled" and re.search(r"\b(?:planned|expected|due|scheduled|set) (?:for|to)\b",
                                                                 phrase.name)
            told_before = self.view.string[self.clause_range(clause)[0]:char]
            tense = "planned" if meant else self.told_status(candidate.status, told_before)
            if meant and re.search(r"\bhad (?:already |abruptly |suddenly )?(?:called off|cancelled|canceled|postponed|"
                                   r"put off|scrapped)\s*$", told_before):
                tense = "reported"  # "had called off a trip of his own, planned for Monday": the Monday nearest
            # ("this year's summit in the autumn": the season alone resolves to nothing, the year does)
            candidate.date = next((value for value in (self.reader.resolve_date(d.date, tense) for d in phrase.dates)
                                   if value is not None), None)
            candidate.date = in_the_phrase_year(candidate.date, phrase)
            candidate.date_in_phrase = True
            if candidate.date is not None and candidate.date.granularity == "year" and re.match(
                    r"(?:this|next|last) year 's", phrase.name.lower()):
                # "will host this year's summit in a virtual format on July 4": the day the clause gives, in that year
                near = self.date_near(clause, char, candidate.status)
                if near is not None and near.granularity != "year" and near.start[:4] == candidate.date.start[:4]:
                    candidate.date = near
        elif dated and (candidate.date is None or (candidate.status != was and candidate.sentence == self.sentence.index
                                                   and not candidate.date_in_phrase)):
            # read again in the tense the clause turned out to have ("talks ... are planned for Sunday")
            candidate.date = self.date_near(clause, char, candidate.status) or candidate.date
            fronted = re.match(r"(?:on |in |from )?(?P<d>D\d+) (?:, )?(?!E\d)", self.view.string)
            resumed = clause is not self.clauses[0] and re.match(r"(?:who|whose)\b", self.clauses[
                self.clauses.index(clause) - 1].text) and not re.match(r"(?:and|but|who|which)\b", clause.text)
            # ("Yesterday, President Berdimuhamedov, who was in Russia on an official visit, held talks with Putin")
            if candidate.date is None and fronted and clause is not self.clauses[0] \
                    and (re.match(r"and\b|(?:who|which) (?:was|were) (?:in|on)\b", clause.text) or resumed) \
                    and not re.search(r"\bD\d+\b", clause.text) and not SEQUENCE.search(clause.text):
                # "On Wednesday he moves on to Beijing for talks with Li, and he is also expected to be received by
                # Xi": the day that opens the sentence is the day of what its clauses tell
                candidate.date = self.reader.resolve_date(self.view.item(fronted.group("d")).date, candidate.status)
            if candidate.date is None and clause in self.clauses and not re.search(r"\bD\d+\b", clause.text):
                # "It is his second trip to Moscow this year: in February, before he returned to the post of foreign
                # minister, he was also received by Putin": the date the clauses before open with, past a "before" one
                back = self.clauses[:self.clauses.index(clause)]
                subordinate = r"(?:before|after|when|while|as|shortly before|shortly after)\b"
                while back and re.match(subordinate + r"[^,]*,?$", back[-1].text):
                    back = back[:-1]
                alone = re.fullmatch(r"(?:(?:\S+ ){0,12}: )?(?:on |in |from )?(D\d+) ,?", back[-1].text.strip()) if back else None
                if alone and (len(back) < len(self.clauses[:self.clauses.index(clause)])
                              or re.match(subordinate + r"[^,]* , ", clause.text)):
                    candidate.date = self.reader.resolve_date(self.view.item(alone.group(1)).date, candidate.status)
        if dated and candidate.date is not None and candidate.date.granularity == "day" and not candidate.date_in_phrase \
                and (which := re.search(r"\bduring which\b", self.view.string[:char])) \
                and not re.search(r"\bD\d+\b", self.view.string[which.end():]):
            # "ending on Thursday a three-day visit during which he attended a session of the council": some day of
            # the visit, in its month
            candidate.date = month_of(candidate.date)
        if phrase is not None and candidate.date is None and re.match(r"that year 's", phrase.name.lower()):
            candidate.date = self.year_said_before(char)
        if dated and candidate.date is None and candidate.family == "visit" and re.match(
                r"who (?:has |had |is )?(?:just )?(?:arrived|come|came) (?:in|to)\b", clause.text) \
                and clause is not self.clauses[0]:
            # "Tokayev held talks on Wednesday with Xi, who has arrived in Kazakhstan on a state visit": under way
            # on the day of the talks
            candidate.date = self.date_near(self.clauses[0], 0, candidate.status)
        if not candidate.places:
            candidate.places = self.place_after(clause, char)
        if not candidate.places and candidate.family in ("summit", "ministerial", "org", "conference"):
            # "Leaders of the five BRICS economies agreed in New Delhi on Thursday to examine ..., at a summit that
            # ...": where the clause's statement was made
            stated = re.search(r"\b[a-z]+ed in (?:the )?(?:A\d+ )?(?P<l>L\d+)\b[^;]*?, at (?:a |an |the |their )?$",
                               self.view.string[self.clause_range(clause)[0]:char])
            if stated and not re.search(r"\b[EPL]\d+", stated.group(0)[stated.end("l") - stated.start():]):
                candidate.places = [self.view.item(stated.group("l")).entity]
        if candidate.family == "summit" and not candidate.organizer:
            # ("Leaders of the five BRICS economies agreed ..., at a summit": the group's)
            candidate.organizer = body_of_people(self, self.view.string[self.clause_range(clause)[0]:char], leaders=True)
        scene = self.reader.scene
        if scene and candidate.family == "meeting" and candidate.status == "held" and dated \
                and scene[3] == self.sentence.paragraph and 0 < self.sentence.index - scene[2] <= 3 \
                and not re.search(r"\bD\d+\b", self.view.string):
            # "On Friday the scene shifted to Beijing. Modi held talks with the premier ...": then and there
            candidate.date = candidate.date or scene[0]
            candidate.places = candidate.places or ([scene[1]] if scene[1] else [])
        self.settle_span(candidate, clause, char, phrase)
        candidate.spans.append(self.clause_span(clause))
        candidate.sequence = candidate.sequence or bool(SEQUENCE.search(clause.text))
        candidate.agreed_before = candidate.agreed_before or bool(re.search(
            r"\bhad (?:agreed|arranged|planned|promised) to\b", self.view.string[self.clause_range(clause)[0]:char]))
        pluperfect = PLUPERFECT.search(clause.text)
        candidate.told_before = candidate.told_before or bool(pluperfect and not re.search(
            r"\b(?:said|says|told|announced|reported|confirmed|added)\b", clause.text[:pluperfect.start()]))
        _, clause_end = self.clause_range(clause)
        # ("Xi also met Mishustin during that trip": said after the meeting)
        after = re.match(r"\S*(?: (?!E\d)\S+){0,7}? during (?:(?P<ev>E\d+)|(?:his|her|their|the|that|this|P\d+(?: 's)?) (?:stay|visit|trip))\b",
                         self.view.string[char:clause_end]) if candidate.family == "meeting" else None
        # ("fresh from a trip to Russia, his first tour as minister, during which he held talks with Shoigu": in it)
        trip_which = re.search(r"\b(E\d+)(?: , (?:P\d+ )?(?:(?![EPG]\d)[^,])*)? , during which\b",
                               self.view.string[:char])
        candidate.during_stay = candidate.during_stay or bool(DURING_STAY.search(self.view.string[:char])) or bool(
            after and (not after.group("ev") or self.phrase(after.group("ev")).kind in VISITS)) or bool(
            trip_which and self.phrase(trip_which.group(1)).kind in VISITS and candidate.family == "meeting")
        if candidate.status == "held" and not candidate.explicit_status and self.reader.published and re.search(
                r"\b(?:hosts|holds|stages|convenes|opens|begins|starts)\s*$", self.words_before(clause, char)):
            # "Tajikistan hosts a CICA summit there on Saturday": the present of a timetable, the days ahead
            ahead = self.date_near(clause, char, "planned")
            published = self.reader.published
            if ahead is not None and ahead.granularity == "day" and \
                    0 < (ahead.first_day() - published).days <= 6 and not (phrase is not None and phrase.dates):
                candidate.date = ahead
        if candidate.status == "held" and not candidate.explicit_status and candidate.date \
                and self.reader.published and candidate.date.first_day() > self.reader.published:
            candidate.status = "planned"

    def settle_span(self, candidate: Candidate, clause: Clause, char: int, phrase: EventPhrase | None) -> None:
        """"Two days of talks wound up on Tuesday", "the two-day trip ended on Friday", "opened on
        Tuesday and closes on Thursday": the days an event covers, where the clause gives them."""
        if phrase is not None:
            found = DURATION.search(phrase.name.lower())
            if found:
                candidate.days = number(found.group(1))
        found = DAYS_OF.search(self.words_before(clause, char))
        if found:
            candidate.days = number(found.group(1))
        start, end = self.clause_range(clause)
        lasting = re.search(r"\b(?:a|an|the|its|their) (one|two|three|four|five|six|seven|\d+)-day (?:council|session|"
                            r"meeting|gathering|meetings|talks|conference|forum)\b", self.view.string[start:end])
        if lasting and candidate.days is None and (phrase is None or candidate.family in ("summit", "ministerial", "org")):
            # "ministers finished a two-day council on Tuesday"; "closed their summit on Sunday, ... using the
            # two-day gathering"
            candidate.days = number(lasting.group(1))
        if candidate.days is None and candidate.family in ("summit", "ministerial", "org"):
            for word in re.findall(r"\bE\d+\b", self.view.string[start:end]):
                told = re.match(r"(?:the|its|their) (one|two|three|four|five|six|seven|\d+)-day (?:gathering|meeting|"
                                r"summit|session|talks|conference)$", self.phrase(word).name.lower())
                if told and self.candidates.get(self.view.item(word).event) is not candidate:
                    candidate.days = number(told.group(1))  # "... using the two-day gathering": the same one, so told
        stay = re.match(r"(?:(?![EPG]\d)\S+ ){0,4}?for (one|two|three|four|five|six|seven|\d+) days\b",
                        self.view.string[char:end])
        if stay and candidate.family == "visit":
            candidate.days = number(stay.group(1))  # "would arrive in Beijing on Sunday for two days of meetings"
        text = self.view.string[start:end]
        opened = re.search(STARTS.pattern + r" (?:on )?(D\d+)", text)
        closes = re.search(ENDS.pattern + r" (?:on )?(D\d+)", text)
        if opened and closes:
            first = self.reader.resolve_date(self.view.item(opened.group(1)).date, candidate.status)
            last = self.reader.resolve_date(self.view.item(closes.group(1)).date, candidate.status)
            if first and last and last.start < first.start:
                # "which began on Monday and ends on Wednesday": the Wednesday after it began
                last = self.reader.resolve_date(self.view.item(closes.group(1)).date, "planned")
            if first and last and first.granularity == last.granularity == "day" and first.start < last.start:
                candidate.date = DateValue(start=first.start, end=last.start)
                return
        role = "end" if ENDS.search(text) else "start" if STARTS.search(text) else None
        if opened and not closes and role == "end":
            role = "start"  # "wound up a three-day state visit that began on Wednesday": the day said is the first
        candidate.date_role = candidate.date_role or role
        until = re.search(r"\b(?:runs|run|ran|running|lasts|lasted|last|lasting|continues|continued|goes on|went on) (?:until|till|through|to) "
                          r"(D\d+)", text)
        if until and candidate.date is not None and candidate.date.granularity == "day" and not candidate.date.end \
                and candidate.family != "meeting":
            # "began an official visit on Monday that runs until Thursday": to that day
            last = self.reader.resolve_date(self.view.item(until.group(1)).date, "planned")
            if last is not None and last.granularity == "day" and last.start > candidate.date.start:
                candidate.date = DateValue(start=candidate.date.start, end=last.start)
                return
        timetable = re.search(r"\b(?:ends|closes|concludes|finishes|wraps up|winds up) (?:on )?(D\d+)", text)
        if role == "end" and timetable and self.reader.published and candidate.status == "held" and \
                candidate.family in ("visit", "summit", "ministerial", "org", "conference") and \
                not (candidate.date is not None and candidate.date.end):  # (a span already read stands)
            # "Raisi's three-day trip, which ends on Thursday": the Thursday ahead, in the present of a timetable
            # (the trip is under way: held)
            ahead = self.reader.resolve_date(self.view.item(timetable.group(1)).date, "planned")
            if ahead is not None and ahead.granularity == "day" and 0 <= (ahead.first_day() - self.reader.published).days <= 6:
                candidate.date, candidate.explicit_status = ahead, True
        candidate.date = spread(candidate.date, candidate.days, role)

    # -- the frames

    def during_the_trip_before(self, previous_text: str, touched: list[Candidate]) -> None:
        """"after Xi's visit to Moscow in May, when he attended the Victory Day parade": the parade was where
        the trip went."""
        trips = [self.phrases[self.view.items[int(n)].event] for n in re.findall(r"\bE(\d+)\b", previous_text)]
        trips = [p for p in trips if p.kind in VISITS and p.destination]
        stay = re.search(r"\b(?:was|were|had been|had last been) (?:last |previously |first |also )?in (?:the )?(?:A\d+ )?"
                         r"(L\d+) (?:in |on )?D\d+ ,\s*$", previous_text)
        if not trips and stay:
            # "He had been in the Chinese capital in April, when he was received by Xi": there
            for candidate in touched:
                if not candidate.places and candidate.family == "meeting":
                    candidate.places = [self.view.item(stay.group(1)).entity]
            return
        if not trips:
            return
        for candidate in touched:
            if not candidate.places and candidate.family not in ("visit", "call") and (
                    not trips[-1].people or set(trips[-1].people) & set(candidate.participants)):
                candidate.places = [trips[-1].destination]

    def who_met_at_the_gathering_before(self, previous_text: str, touched: list[Candidate]) -> list[Candidate]:
        """"The fifth round met in Islamabad in May 2023, when Qin Gang and Bilawal Bhutto Zardari sat down with
        Muttaqi": the three who met then were the round's ministers, not at talks of their own."""
        told = re.fullmatch(r"(?:the |its |their )?(E\d+|(?:[a-z-]+ ){0,3}round) (?:met|was held|took place|convened|gathered)"
                            r"(?: (?:in|at) (?:the )?(?:A\d+ )?([CL]\d+)| (?:on |in )?D\d+)* ,?", previous_text.strip())
        if told is None:
            return touched
        if not told.group(1).startswith("E"):
            # ("the fifth round met in Islamabad in May 2023, when ..."): there
            for candidate in touched:
                if candidate.family == "meeting" and not candidate.places and told.group(2):
                    candidate.places = [self.view.item(told.group(2)).entity]
            return touched
        gathering = self.candidate_for(told.group(1))
        if gathering is None or gathering.family not in ("summit", "ministerial", "org") or re.search(
                r"\b(?:sidelines|margins|fringes|separately|separate|trilateral|three-way|four-way|own)\b",
                " ".join(c.text for c in self.clauses if c.text.startswith("when"))):
            return touched
        met = [c for c in touched if c.family == "meeting" and c.status == gathering.status
               and len({p for p in c.participants if p.startswith("person/")}) >= 3
               and (c.date is None or gathering.date is None or dates_agree(c.date, gathering.date))]
        for meeting in met:
            gathering.add_people([p for p in meeting.participants if p.startswith("person/")])
        return self.forget(met, touched) + ([gathering] if met else [])

    def read(self) -> list[Candidate]:
        previous_subject: list[str] = []
        clauses = split_clauses(self.view)
        self.clauses = clauses
        scene = SCENE.match(self.view.string)
        if scene:
            said = scene.group("d0") or scene.group("d1") or scene.group("d2") or scene.group("d3")
            day = self.reader.resolve_date(self.view.item(said).date, "held") if said else None
            where = scene.group("p") or scene.group("p2")
            self.reader.scene = (day, self.view.item(where).entity if where else None, self.sentence.index,
                                 self.sentence.paragraph)
        for where in re.finditer(r"(?:^|, )(?:[a-z-]+ ){0,4}(?P<who>P\d+) (?:is|was|has been|had been) (?:already |now |"
                                 r"currently |also )?in (?:the )?(?:A\d+ )?(?P<p>[LC]\d+)\b", self.view.string):
            for person in self.people(where.group("who")):
                self.reader.whereabouts[person] = (self.view.item(where.group("p")).entity, self.sentence.index)
        last_in_clause: Candidate | None = None
        previous_touched: list[Candidate] = []
        previous_text = ""
        for clause in clauses:
            if clause.is_report_frame:
                continue
            start, end = self.clause_range(clause)
            text = self.view.string[start:end]
            touched = read_frames(self, clause, start, end, previous_subject, last_in_clause)
            if re.match(r"(?:when )?asked (?:whether|if)\b", text) and DENIED.search(self.view.string, start):
                # "Asked whether Singh would meet Wei on the sidelines, officials said no such meeting was planned":
                # a question, answered no
                touched = self.forget([c for c in touched if c.family in ("meeting", "call")], touched)
            # "... the Shanghai Cooperation Organisation, created in 2001; its leaders are due in Dushanbe for a summit":
            # the gathering of the body "its" stands for
            if re.match(r"(?:its|their) (?:leaders|heads of state|heads of government|(?:foreign |defen[cs]e )?ministers|"
                        r"premiers|prime ministers)\b", text):
                body = self.reader.organization_named_since(self.sentence.start, self.view.items[clause.start].start)
                for candidate in touched:
                    if body and candidate.kind in GATHERINGS and candidate.organizer is None and not candidate.parties:
                        candidate.organizer = body
            # "met in Ashgabat under the chairmanship of President Berdimuhamedov"; "will be held in Minsk next October,
            # with President Lukashenko as host": the one who chairs or hosts a gathering is at it
            presiding = re.search(r"\bunder the (?:chairmanship|presidency) of (?P<a>" + ACTS + r")|, with (?P<b>" + ACTS
                                  + r") (?:as|in the) (?:its )?(?:host|chair)\b", text)
            if presiding:
                for candidate in touched:
                    if candidate.kind in GATHERINGS:
                        candidate.add_people(self.people(presiding.group("a") or presiding.group("b")))
            # (the doubt may begin in a clause of its own: "Reports that | the talks had been cancelled proved wrong")
            doubted = next((m for m in UNASSERTED_CALLING_OFF.finditer(self.view.string[:end]) if m.end() > start), None)
            if doubted and (re.search(r"\b(?:whether|if|would|might|could|may)\b", doubted.group(0))
                            or DENIAL.search(self.view.string, start)):
                touched = self.forget([c for c in touched if c.status == "cancelled"], touched)
            if re.match(r"when\b", text) and previous_text:
                self.during_the_trip_before(previous_text, touched)
                touched = self.who_met_at_the_gathering_before(previous_text, touched)
            gathering = re.search(r"(E\d+)(?: (?:in (?:the )?(?:A\d+ )?L\d+|(?:on |in |last |this )?D\d+))* , $",
                                  self.view.string[:start]) if re.match(r"where\b", text) else None
            if gathering and self.phrase(gathering.group(1)).kind in ("Summit", "MinisterialMeeting"):
                # "at the Samarkand summit last September, where Modi last met Putin": on its sidelines
                for candidate in touched:
                    if candidate.kind in ("Meeting", "BilateralMeeting") and candidate.sidelines is None \
                            and len([p for p in candidate.participants if p.startswith("person/")]) == 2:
                        candidate.sidelines = self.candidate_for(gathering.group(1))
            # in the order the clause says them ("Wednesday's meeting was the first since May, when ...": May)
            own_dates = [self.view.items[int(n)].date if kind == "D" else d.date
                         for kind, n in re.findall(r"\b([DE])(\d+)\b", text)
                         # (and the time a phrase counts from: "had not held talks since May, when ...": that May)
                         for d in ([None] if kind == "D" else self.phrases[self.view.items[int(n)].event].dates
                                   + self.phrases[self.view.items[int(n)].event].since)]
            # "To Lam, who took office last month, hosted ... and then held talks": the relative clause
            # dates the person, not what the sentence goes on to tell
            if not own_dates and re.search(r"\b(?:days?|weeks?|months?|years?) (?:later|earlier|afterwards)\b", text):
                self.when_date = None  # "and again two weeks later in Kazan, where ...": not the day said before
            if own_dates:
                if not re.match(r"(?:who|whose)\b", text):
                    self.when_date = own_dates[-1]
                # (not the timetable a relative clause gives an event: "the three-day conference ..., which ends on
                # Thursday. Talks ... were held the same day": the day of the clause it hangs on)
                timetable = re.match(r"(?:which|that) (?:ends|closes|runs|lasts|opens|began|begins|ended|closed|opened)\b",
                                     text)
                for expr in own_dates:
                    # ("in what would be his first summit since he became head of state in March": "since" looks back)
                    looks_back = re.search(r"\bsince\b[^,;]*$", self.article.text[self.sentence.start:expr.start])
                    said = self.reader.resolve_date(expr, "planned" if modality(text) == "planned" and not looks_back
                                                    else "held")
                    # (not a relative clause's past, "who had arrived on Monday", nor a speaker's "today" in quotes)
                    quoted = len(re.findall(r"[\"“”]", self.article.text[self.sentence.start:expr.start])) % 2 == 1
                    if said is not None and said.granularity == "day" and not said.end and not timetable \
                            and not re.match(r"(?:who|which) had\b", text) and not quoted:
                        self.reader.last_day, self.reader.last_day_sentence = said, self.sentence.index
                        if self.reader.lead_day is None and self.sentence.role == "body" and not self.reader.lead_seen:
                            # (as the words before it tell: "Armenia on Friday signed the treaty ..., the bloc that
                            # three states are due to launch on 1 January": that Friday, past)
                            before = self.article.text[self.sentence.start:expr.start]
                            day = self.reader.resolve_date(expr, "planned" if modality(before) == "planned" else "held")
                            if day is not None and day.granularity == "day" and not day.end:
                                self.reader.lead_day = (self.sentence.index, day)
                    if said is not None and said.granularity != "year" and month_of(said) is not None:
                        self.reader.last_month, self.reader.last_month_sentence = month_of(said), self.sentence.index
            # "they agreed to meet in Rio, where Brazil is hosting the ministers, and again in China": the
            # clauses that hang on a plan are plans
            self.inherited = modality(text) or (self.inherited if re.match(r"(?:and|or|but|where|which) ", text)
                                                else None)
            subject = self.subject(clause, end, previous_subject)
            # (a relative clause's own subject is its antecedent; the clause after it goes on with the main one: "he
            # was received by President Tokayev, who praised ..., and held talks with Zhaksylykov")
            if subject and not re.match(r"(?:who|whose)\b", text):
                previous_subject = subject
            if not (AGAIN_ELSEWHERE.fullmatch(text.strip()) or AND_THERE_ON_SIDELINES.fullmatch(text.strip())):
                # (its gathering is the new meeting's: again_elsewhere)
                self.read_sidelines(clause, start, end, touched, last_in_clause, text)
            self.read_apart(start, end, touched)
            bare = re.fullmatch(r"(?:, )?and (?:again |also |before that |earlier |previously )?(?:in [CL]\d+ )?(?:(?:in|on) )?"
                                r"D\d+(?: [.;,])?", text.strip())
            if bare and previous_touched:
                # "... there in August last year | and in September 2021": the date cut off into a clause of its own
                touched += self.repeated_on_other_dates(previous_text + " " + text, previous_touched)
            touched += self.repeated_on_other_dates(text, touched)
            touched += self.again_on_sidelines(text, touched)
            touched += self.sidelines_then_elsewhere(text, touched)
            if not touched:
                touched += self.again_elsewhere(text)
            if not touched:
                touched += self.met_last_when(clause, text, previous_text)
            if not touched and previous_touched:
                touched += self.again_later(text, previous_touched)
            previous_touched, previous_text = touched, text
            if touched:
                last_in_clause = touched[-1]
        self.told_during_call(clauses)
        self.day_told_after(clauses)
        self.one_visit_told_twice()
        self.day_of_gathering()
        for index, phrase in enumerate(self.phrases):
            if index not in self.candidates or not self.candidates[index].settled:
                self.standalone(index, phrase, clauses)
        self.trip_in_apposition()
        self.one_per_place_and_date()
        self.span_said_after()
        self.joined_past_a_relative_clause(clauses)
        self.held_past_an_aside(clauses)
        # "there" is a place the sentence named as one, not "Russia's Security Council"
        places = []
        for n, item in enumerate(self.view.items):
            if item.event is not None:
                phrase = self.phrases[item.event]
                places += [p for p in [phrase.destination, *phrase.places] if p]
            elif item.entity and item.how != "adjective" and item.entity.startswith(("place/", "country/")) and not (
                    n + 1 < len(self.view.items) and self.view.items[n + 1].text in ("'s", "’s", "'", "’")):
                places.append(item.entity)
        self.reader.previous_places = places
        # in the order of the text, so that a later mention is merged into an earlier one
        found = list({id(c): c for c in list(self.candidates.values()) + self.extra}.values())  # a phrase may alias another's
        # (nor one an earlier sentence told, which a phrase of this one only names again: "the plenary session")
        told = {id(c) for c in self.reader.candidates}
        found = [c for c in found if id(c) not in told]
        for candidate in found:
            if candidate.family == "visit" and not candidate.places:
                # "Singh is in the Russian capital. Singh, who arrived on Monday for a three-day visit, ...": there
                said = [self.reader.whereabouts[p] for p in candidate.participants if p in self.reader.whereabouts]
                near = [place for place, told in said if 1 == self.sentence.index - told]
                candidate.places = near[:1]
        lead = self.reader.lead_day
        if lead is not None and lead[0] == self.sentence.index - 1 and self.sentence.role == "body" \
                and not re.search(r"\bD\d+", self.view.string):
            # "Armenia on Friday signed the treaty on its accession ... . President Sargsyan put his signature to the
            # document in Minsk at a session of the council": the gathering the lead's news was made at, that day
            for candidate in found:
                if candidate.family in ("summit", "ministerial") and candidate.status == "held" \
                        and candidate.date is None and not candidate.definite:
                    candidate.date = lead[1]
        if self.sentence.role == "body":
            self.reader.lead_seen = True
        if re.match(r"in (?:the )?(?:A\d+ )?[LC]\d+ , ", self.view.string):
            # "... in May, when Li made Pakistan the second stop of his tour. In Islamabad, Li met Sharif": on that trip
            trips = [c for c in self.reader.candidates if c.family == "visit" and c.sentence == self.sentence.index - 1
                     and c.date is not None and c.places and c.status == "held"]
            for candidate in found:
                if candidate.family == "meeting" and candidate.date is None and candidate.places:
                    trip = next((t for t in trips if set(t.participants) & set(candidate.participants)
                                 and within(candidate.places[0], t.places[0], self.reader.lookup)), None)
                    if trip is not None:
                        candidate.date = month_of(trip.date) if trip.date.granularity == "day" or trip.date.end \
                            else trip.date
        return sorted(found, key=lambda c: min(c.spans))

    def trip_in_apposition(self) -> None:
        """"after a day of meetings in Tehran, his first trip abroad since February": the trip was to
        where the phrase it stands beside took place."""
        for m in re.finditer(r"(?P<ev1>E\d+) , (?P<ev2>E\d+)", self.view.string):
            first, second = self.phrase(m.group("ev1")), self.phrase(m.group("ev2"))
            index = self.view.item(m.group("ev2")).event
            if second.kind not in VISITS or first.kind in VISITS or not first.places or index not in self.candidates:
                continue
            visit = self.candidates[index]
            if not visit.places and not second.destination and not second.places:
                visit.places = list(first.places[:1])

    def day_told_after(self, clauses: list[Clause]) -> None:
        """"The foreign ministers held their first talks since ..., but after an hour and a half on Thursday
        they parted without a deal": the day a later clause of the sentence gives the same people."""
        undated = [c for c in self.candidates.values() if c.date is None and c.status == "held"
                   and c.family in ("meeting", "call") and c.sentence == self.sentence.index]
        if not undated:
            return
        for clause in clauses:
            start, end = self.clause_range(clause)
            text = self.view.string[start:end]
            found = re.match(r"(?:, )?(?:but|and)\b(?!.*\bE\d+).*?\b(D\d+) (?:they|the two (?:men|ministers|leaders|sides))\b", text)
            if not found:
                continue
            day = self.reader.resolve_date(self.view.item(found.group(1)).date, "held")
            if day is None or day.granularity != "day":
                continue
            begins = self.view.items[self.view.index_at(start)].start
            for candidate in undated:
                if min(a for a, _ in candidate.spans) < begins:
                    candidate.date = day

    def held_past_an_aside(self, clauses: list[Clause]) -> None:
        """"The next summit, marking NATO's 75th anniversary, will be held in Washington next year": where and
        when, told past the aside that split the clause."""
        for m in re.finditer(r"(?P<ev>E\d+) , [^,]{1,80} , (?:will be|would be|is to be|was|were|is|are|has been|had been) "
                             r"(?:held|hosted|staged|convened)\b(?: in (?:the )?(?:A\d+ )?(?P<place>" + PLACE + r"))?",
                             self.view.string):
            phrase = self.phrase(m.group("ev"))
            if phrase.kind not in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
                continue
            candidate = self.candidate_for(m.group("ev"))
            clause = next(c for c in clauses if self.clause_range(c)[0] <= m.end() <= self.clause_range(c)[1])
            if m.group("place") and not candidate.places:
                candidate.places = [self.view.item(m.group("place")).entity]
            if candidate.date is None:
                candidate.date = self.date_near(clause, m.end(), candidate.status)

    def joined_past_a_relative_clause(self, clauses: list[Clause]) -> None:
        """"Xi and Macron were then joined by von der Leyen, who had flown in for part of the trip, for a
        three-way meeting": a gathering of them all (the relative clause splits the frame)."""
        for m in re.finditer(r"(?P<g>" + ACTS + r") (?:were|was) (?:then |later )?joined by (?P<b>" + ACTS + r") , "
                             r"(?:who|whom) [^,]+ , (?:for|in|at) (?:(?![EPG]\d)\S+ )?(?P<ev>E\d+)", self.view.string):
            phrase = self.phrase(m.group("ev"))
            if phrase.kind not in ("Meeting", "BilateralMeeting", "Summit"):
                continue
            candidate = self.candidate_for(m.group("ev"))
            candidate.add_people(self.people(m.group("g")) + self.people(m.group("b")))
            clause = next(c for c in clauses if self.clause_range(c)[0] <= m.start("ev") <= self.clause_range(c)[1])
            self.settle(candidate, clause, m.start("ev"), phrase)
            # "at the same venue, ... were then joined": after what was told just before, there
            candidate.sequence = candidate.sequence or bool(re.search(r"\b(?:then|later|afterwards)\b|\bat the same "
                                                                      r"(?:venue|place)\b", self.view.string[:m.end()]))
    def span_said_after(self) -> None:
        """"a state visit hosted by King Salman, which the ministry had said would run from Wednesday to
        Saturday": the visit's days, told in the relative clause after it."""
        for m in re.finditer(r"(?P<ev>E\d+)(?: [^,]*?)? , (?:which|that) [^,]*?\b(?:would|will|is to|was to|is due to|was due to)?"
                             r" ?(?:run|runs|ran|last|lasts|lasted) (?P<d>D\d+)", self.view.string):
            index = self.view.item(m.group("ev")).event
            if self.phrase(m.group("ev")).kind not in VISITS | {"Summit", "MinisterialMeeting", "Conference"} \
                    or index not in self.candidates:
                continue
            candidate = self.candidates[index]
            span = self.reader.resolve_date(self.view.item(m.group("d")).date, candidate.status)
            if span is None or not span.end:
                continue
            if candidate.date is None or span.first_day() <= candidate.date.first_day() <= span.last_day():
                candidate.date = span
        # "a second informal summit with Modi in Mamallapuram on Friday, which is to run into Saturday": to that day
        for m in re.finditer(r"(?P<ev>E\d+)(?: [^,]*?)?(?: , (?:near|outside|in) [^,]*?)? , (?:which|that) (?:would |will |is to |"
                             r"was to |is due to |was due to )?"
                             r"(?:run|runs|ran|last|lasts|lasted|continue|continues|continued) (?:into|until|till|through) "
                             r"(?P<d>D\d+)", self.view.string):
            index = self.view.item(m.group("ev")).event
            candidate = self.candidates.get(index)
            if candidate is None or candidate.date is None or candidate.date.granularity != "day" or candidate.date.end:
                continue
            last = self.reader.resolve_date(self.view.item(m.group("d")).date, candidate.status)
            if last is not None and last.granularity == "day" and not last.end \
                    and 0 < (last.first_day() - candidate.date.first_day()).days <= 7:
                candidate.date = DateValue(start=candidate.date.start, end=last.start)

        # "on the margins of the ministers' meeting ..., which China hosted there on 30 and 31 March": its days
        for m in re.finditer(r"(?P<ev>E\d+)(?: [^,]*?)? , (?:which|that) (?:[CL]\d+|it) (?:hosted|held|convened|organi[sz]ed)"
                             r"(?: there| in (?:the )?(?:A\d+ )?[CL]\d+)? (?:on |from )?(?P<d>D\d+)", self.view.string):
            index = self.view.item(m.group("ev")).event
            if self.phrase(m.group("ev")).kind not in {"Summit", "MinisterialMeeting", "OrgMeeting", "Conference"} \
                    or index not in self.candidates:
                continue
            candidate = self.candidates[index]
            said = self.reader.resolve_date(self.view.item(m.group("d")).date, candidate.status)
            if said is not None and (candidate.date is None or dates_agree(candidate.date, said)):
                candidate.date = said

        # "has postponed the summit, which was to be held on May 9": the day it was to be on
        for m in re.finditer(r"(?P<ev>E\d+) , (?:which|that) (?:was|were|had been) (?:(?:due|scheduled|set|expected|supposed) )?"
                             r"to (?:be held|take place|open|begin|start) (?:on |in )?(?P<d>D\d+)", self.view.string):
            index = self.view.item(m.group("ev")).event
            if index not in self.candidates or self.candidates[index].date is not None:
                continue
            candidate = self.candidates[index]
            candidate.date = self.reader.resolve_date(self.view.item(m.group("d")).date, candidate.status)

        # "a three-day visit to Israel, the first by an Indian prime minister, which ended on Thursday": its last day,
        # told past the aside
        # ("the Raisina Dialogue, the three-day conference organised by ..., which ends on Thursday": its days)
        for m in re.finditer(r"(?P<ev>E\d+) , (?P<aside>(?:the|a|an|his|her) [^,]{1,60}|(?P<ev2>E\d+)[^,]{0,80}) , "
                             r"(?:which|that) (?:had )?(?:ended|ends|closed|closes|wound up|winds up|concluded|concludes) "
                             r"(?:on )?(?P<d>D\d+)", self.view.string):
            index = self.view.item(m.group("ev")).event
            kind = self.phrase(m.group("ev")).kind
            if kind not in VISITS | {"Summit", "MinisterialMeeting", "Conference"} or index not in self.candidates:
                continue
            candidate = self.candidates[index]
            day = self.reader.resolve_date(self.view.item(m.group("d")).date, "planned" if re.search(
                r"\b(?:ends|closes|winds up|concludes)\b", m.group(0)) else candidate.status)
            if day is None or day.granularity != "day" or day.end:
                continue
            names = self.phrase(m.group("ev")).name + " " + (self.phrase(m.group("ev2")).name if m.group("ev2") else "")
            found = DURATION.search(names.lower())
            if found and (candidate.date is None or candidate.date.granularity == "day" and not candidate.date.end):
                candidate.date = spread(day, number(found.group(1)), "end")
            elif candidate.date is None and kind in VISITS:
                candidate.date = day

    def one_visit_told_twice(self) -> None:
        """"Raisi's three-day trip, which ends on Thursday, is the first state visit to China by an Iranian
        president": one visit, told twice (across the clauses the relative clause cut)."""
        for m in re.finditer(r"(?P<ev1>E\d+)(?: , (?:which|that) [^,]+ ,)? (?:is|was|will be|marks|marked|would be) "
                             r"(?P<ev2>E\d+)", self.view.string):
            first, second = self.phrase(m.group("ev1")), self.phrase(m.group("ev2"))
            if first.kind not in VISITS or second.kind not in VISITS:
                continue
            visit = self.candidate_for(m.group("ev1"))
            if second.kind == "StateVisit":
                visit.kind = "StateVisit"
            if not visit.places:
                visit.places = [p for p in [second.destination, *second.places] if p][:1]
            self.candidates[self.view.item(m.group("ev2")).event] = visit  # the second phrase names the same visit

    def day_of_gathering(self) -> None:
        """"On Thursday, the second and final day of a summit in Astana": the days of the summit."""
        ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
        for m in re.finditer(r"\b(?P<d>D\d+) , the (?P<n>first|second|third|fourth|fifth|opening|final|last|closing)"
                             r"(?: and (?P<last>final|last|closing))? day of (?:the |a |an |its |this year 's )?(?P<ev>E\d+)",
                             self.view.string):
            candidate = self.candidate_for(m.group("ev"))
            if candidate.date is not None and candidate.date.granularity == "day":
                continue
            status = candidate.status if candidate.explicit_status else "held"
            day = self.reader.resolve_date(self.view.item(m.group("d")).date, status)
            if day is None or day.granularity != "day" or day.end:
                continue
            if not (m.group("last") or m.group("n") in ("final", "last", "closing")):
                continue  # "the second day of the summit": its last day is not said
            number = ordinals.get(m.group("n"), 1)
            first = day.first_day() - datetime.timedelta(days=number - 1)
            if number > 1:  # "the final day" alone does not say how many there were
                candidate.date = DateValue(start=first.isoformat(), end=day.start)

    def told_during_call(self, clauses: list[Clause]) -> None:
        """"Putin told Xi on Friday that ..., using a video conference to ...": who was on the call the
        sentence names (a reporting frame, which is otherwise nobody's participation)."""
        calls = [i for i, p in enumerate(self.phrases) if p.kind in ("PhoneCall", "Meeting") and not p.people
                 and not p.plural]

        def said_before(index: int) -> str:
            placeholder = self.placeholder_of(index) + " "
            return self.view.string[:self.view.string.index(placeholder)] if placeholder in self.view.string else ""

        # (a meeting only as the occasion of the telling, "told him during the talks", not its topic: "informed his
        # counterpart about the results of the consultations held in Riyadh")
        calls = [i for i in calls if self.phrases[i].kind == "PhoneCall" or not re.search(
            r"\b(?:about|on|regarding|of|concerning)\s+(?:the |their |its )?$", said_before(i))]
        if not calls:
            return
        for clause in clauses:
            start, end = self.clause_range(clause)
            told = re.search(r"(?P<a>" + ACTS + r") (?:had |has |have )?(?:told|assured|informed|urged) (?P<b>" + ACTS + r")",
                             self.view.string[start:end])
            if not told:
                continue
            candidate = self.candidate_for(self.placeholder_of(calls[0]))
            if len([p for p in candidate.participants if p.startswith("person/")]) >= 2:
                return  # "told him Moscow looked forward to talks between Putin and Xi": those talks are theirs
            candidate.add_people(self.people(told.group("a")) + self.people(told.group("b")))
            day = self.date_near(clause, start, "held")
            if candidate.date is None and day is not None:
                candidate.date = day
            return

    def standalone(self, index: int, phrase: EventPhrase, clauses: list[Clause]) -> None:
        """An event phrase no frame took: an event of its own, if it says enough to be one."""
        placeholder = self.placeholder_of(index)
        position = self.view.string.index(placeholder)
        clause = next(c for c in clauses if self.clause_range(c)[0] <= position <= self.clause_range(c)[1])
        if clause.is_report_frame and not phrase.organizer:
            return
        text = self.words_before(clause, position)
        told_as = re.search(r"(?:^|\b)(?:it|this) (?:is|was) $", text) if phrase.destination else None
        if phrase.kind in VISITS and (told_as or re.search(r"\S , $", text)) \
                and re.match(r" by (?:a|an) ", self.view.string[position + len(placeholder):]):
            # "talks in the Indian capital on Friday, the first visit by a Chinese foreign minister since ..."
            self.trip_told(placeholder, clause)  # "It is the first trip to Pakistan by a Russian foreign minister"
            return
        whose = re.search(r"(?:^|\b)(?P<p>P\d+) 's (?:[a-z-]+ ){0,3}(?:E\d+|(?:trip|visit|journey)(?: to (?:the )?[CL]\d+)?) "
                          r"(?:was|is) (?:a |an )?$", text) if phrase.kind in VISITS and not phrase.people else None
        if whose:
            # "Xi's most recent trip to Russia was a state visit to Moscow in March last year": his
            candidate = self.candidate_for(placeholder)
            candidate.add_people(self.people(whose.group("p")))
            self.settle(candidate, clause, position, phrase)
            return
        if re.search(r"\b(?:is|was|are|were|be|been|became|becomes|remains|remained) (?:the|a|an|its|their) "
                     r"(?:[a-z-]+ ){0,3}$|\b(?:it|this|that) (?:is|was|will be|would be) $", text):
            return  # "the summit is the largest international gathering ...": said of an event, not another
        if re.search(r"\b(?:no|no such|without)\s+(?:[a-z-]+\s+){0,2}$", text):
            return  # "no such meeting has been scheduled", "there were no talks": none
        if re.search(r"\b(?:described|describes|describing|called|calls|hailed|hails|termed|terms|praised|praises|saw|sees|"
                     r"regarded|regards|characteri[sz]ed) (?:it|them|this|that|(?:the |their |its )?(?:E\d+|[a-z-]+)) as "
                     r"(?:(?:a|an|the) )?(?:[a-z-]+ ){0,3}$", text) and not phrase.dates:
            return  # "He described the Congress as a gathering of unity": what it was called, not another event
        if re.match(r" (?:every|each) (?:year|month|spring|summer|autumn|winter)| annually\b| regularly\b",
                    self.view.string[position + len(placeholder):]):
            return  # "the bloc holds its ministers' meeting every year": a custom, not an event
        if not phrase.definite and not (phrase.organizer or phrase.places or phrase.dates or phrase.people) and re.search(
                r"\b(?:promot\w*|support\w*|call\w* for|push\w* for|press\w* for|ask\w* for|urg\w*|facilitat\w*|encourag\w*|favou?r\w*|"
                r"advocat\w*|back\w*|(?:role|part) in)(?: (?:a|an|the) (?:early )?(?:restart|resumption|revival|relaunch|"
                r"launch|start|renewal|return) (?:of|to)(?: (?:the )?[a-z-]+){0,2})?\s*$", text):
            # ("called for a restart of long-stalled negotiations on a free trade agreement": so too)
            return  # "a constructive role in promoting peace talks": talks as a cause, not an event
        if not phrase.definite and not (phrase.organizer or phrase.places or phrase.dates) and re.match(
                r" since\b", self.view.string[position + len(placeholder):]):
            return  # "his first appearance at a multilateral summit since the revolt": no event in particular
        if phrase.kind in ("Inauguration", "Ceremony") and not phrase.dates and re.search(r"\bsince (?:his |her |their )?$", text) \
                and not re.match(r"(?: (?![EPG]\d)[^\s,]+){1,6}? on D\d+", self.view.string[position + len(placeholder):]):
            # "his first trip abroad since his inauguration": a time counted from, not an event it reports
            # (but "since his inauguration for a fifth term on May 7" tells it)
            return
        candidate = self.candidate_for(placeholder)
        such = re.match(r"(?:the |their )?(?:first|second|third|previous|last|earlier|next) such (?:meeting|summit|encounter|"
                        r"talks|visit|trip|gathering)\b", phrase.name.lower())
        told = [c for c in self.reader.candidates if self.sentence.index - 2 <= c.sentence < self.sentence.index
                and c.family in ("meeting", "summit", "visit") and len([p for p in c.participants if p.startswith("person/")]) >= 1]
        if such and told and not candidate.participants:
            # "Xi is due in India for a second informal summit with Modi ... The first such meeting, in Wuhan in April
            # last year": another of that kind, between the same people
            candidate.add_people([p for p in told[-1].participants if p.startswith("person/")])
            candidate.kind = told[-1].kind
        lasting = DURATION.search(phrase.name.lower())
        if lasting and candidate.days is None:
            candidate.days = number(lasting.group(1))  # "The two-day visit followed a familiar script": its length, told
        came = re.search(r"(P\d+) , who (?:had )?(?:arrived|came|flew in|returned|was returning) from (?:a |an |his |her )?$",
                         self.view.string[:position]) if phrase.kind in VISITS and not phrase.people else None
        if came:
            candidate.add_people([self.view.item(came.group(1)).entity])  # "Lavrov, who arrived from a visit to North Korea"
        guest = re.match(r" for (?:A\d+ )?(?:[a-z-]+ ){0,2}(?P<who>P\d+)\b", self.view.string[position + len(placeholder):]) \
            if phrase.kind in VISITS and not candidate.participants else None
        if guest:
            # "Xi laid on the full pomp of a state visit for Putin on Friday": Putin's, hosted by the subject
            host = re.match(r"(?P<h>P\d+) ", self.view.string[self.clause_range(clause)[0]:])
            candidate.add_people(self.people(guest.group("who")))
            candidate.date = candidate.date or self.date_near(clause, position, candidate.status)
            if host and phrase.kind == "StateVisit":
                hosts = self.people(host.group("h"))
                candidate.add_hosts(hosts)
                candidate.add_people(hosts)
                published = self.reader.published
                states = [o.of for h in hosts for o in (self.reader.ref.offices_held(h, published) if published else [])
                          if o.leader]
                if states and not candidate.places:
                    candidate.places = states[:1]  # the state its host leads
        fronted = re.match(r"for (?P<who>(?:P|G)\d+) , ", self.view.string) \
            if phrase.kind in VISITS and not candidate.participants else None
        if fronted:
            candidate.add_people(self.people(fronted.group("who")))  # "For Putin, the summit was folded into a state visit"
        # "would go to Yerevan after the summit": the going is to come; the summit the article reports is what it is
        reference = phrase.definite and re.search(r"\b(?:after|before|following|since|during|at)\s*$", text)
        planned = phrase.planned or re.search(r"\b(ahead of|preparations? for|prepar\w* for|in preparing|"
                                              r"upcoming|forthcoming)\s*$", text) or (
            # "the preparations for the ministers' meeting in June ... and for the summit in Xiamen in September"
            re.search(r"^, and for\s*$|^and for\s*$", text.strip() + " ") and re.search(
                r"\bpreparations? for\b", self.view.string[:position])) or (
            modality(text) == "planned" and not reference) or (
            # "expected in Moscow for the celebrations, which culminate in the parade on May 9": the programme of a plan
            self.inherited == "planned" and re.match(r"(?:which|that) (?:\S+ ){0,3}?(?:culminates?|opens?|begins?|starts?|"
                                                     r"ends?|closes?|runs?|includes?|features?|continues?)\b", clause.text))
        if not planned and re.match(r" (?:also )?(?:will|'ll|is to|are to|is due to|is expected to|is set to|is scheduled to)\b",
                                    self.view.string[position + len(placeholder):]):
            planned = True  # "Monday's meeting will also be the first RIC session since ...": still to come
        if planned and not phrase.planned and self.sentence.role == "caption" and re.search(r"\bahead of\s*$", text):
            planned = False  # "Lavrov and Blinken ahead of their meeting on Wednesday": a photo of the meeting reported
        candidate.status = "planned" if planned else "held"
        # ("Xi is set to meet Trump on the sidelines of the summit": the plan is said of the meeting; the summit,
        # if told before as under way, stays so)
        candidate.explicit_status = bool(planned) and not (phrase.definite and re.search(
            r"\bon the (?:sidelines|margins|fringes) of(?: the| this| that)?\s*$", text)) and not re.fullmatch(
            r"\s*(?:ahead of|in the run-up to|before) (?:the |their |his |her )?", text)  # ("Ahead of the talks, X said")
        aside = re.match(r"(?: (?![EPG]\d|D\d)[^,;]{0,40})? , (?:in |on )?(D\d+) , ",
                         self.view.string[position + len(placeholder):]) if phrase.kind in VISITS else None
        if phrase.dates:
            candidate.date = in_the_phrase_year(self.reader.resolve_date(phrase.dates[0].date, candidate.status), phrase)
            candidate.date_in_phrase = True
        elif self.date_told_after(candidate, placeholder, phrase):
            pass
        elif aside:
            # "his first state visit after becoming president, in 2013, had also taken him to Russia": then
            candidate.date = self.reader.resolve_date(self.view.item(aside.group(1)).date, candidate.status)
        elif (gap := re.search(r"(?:^|\b)(a|one|two|three|four|five|six|seven) (day|days|week|weeks) (after|before) "
                                r"(?:the |a |an |its |their )?$", text)) \
                and (near := self.date_near(clause, 0, candidate.status)) is not None \
                and near.granularity == "day" and not near.end:
            # "held talks in Beijing on Sunday, a day before the SCO foreign ministers' meeting in Tianjin": the Monday
            count = ARTICLE_COUNTS.get(gap.group(1), number(gap.group(1)))
            days = count * (7 if gap.group(2).startswith("week") else 1)
            shift = datetime.timedelta(days=days if gap.group(3) == "before" else -days)
            candidate.date = DateValue(start=(near.first_day() + shift).isoformat())
        elif (came := re.match(CAME_APART + r"(?:the |a |an |his |her |their )?(?:[A-Z]\d+ )?(?:[a-z]+ ){0,2}(?:P\d+ 's )?$",
                               text)):
            # "The Russian official's trip comes a week after Xi's state visit to Moscow": counted from the trip's
            # day, once the article has told it (else from the day said last)
            told = re.search(r"E\d+", came.group(0)).group(0)
            candidate.counted_from = (self.candidate_for(told), ARTICLE_COUNTS.get(came.group(1), number(came.group(1))),
                                      came.group(2), came.group(3)) if self.phrase(told).definite else None
            candidate.date = self.counted_from_last_day(came)  # (until the article dates the trip)
        elif re.search(r"\b(?:shortly|just|soon|days|a day|a week|weeks) (?:after|before) (?:(?:president|prime minister|"
                       r"premier|leader|foreign minister|chancellor) )?$", text):
            # "had met last month in Astana, shortly after Putin's visit": the same month
            near = self.date_near(clause, 0, candidate.status)
            if near is not None and near.granularity != "year" and not near.end:
                candidate.date = DateValue(start=near.start[:7])
        elif re.match(r"that year 's", phrase.name.lower()) or re.match(r" (?:of )?that (?:same )?year\b",
                                                                          self.view.string[position + len(placeholder):]):
            candidate.date = self.year_said_before(position)  # ("stayed away from the Bali summit that year")
        elif (edge := re.search(r"(?:^|\b)(?:on )?(?P<day>D\d+) , the (?:(?P<first>first|opening)|(?P<last>second|last|final|"
                                r"closing)) day of $", text)) and (lasting := re.search(
                                    r"\b(two|three|four|five|\d+)-day\b", phrase.name.lower())):
            # "On Sunday, the first day of the two-day gathering": the gathering's days, counted from that one
            day = self.reader.resolve_date(self.view.item(edge.group("day")).date, candidate.status)
            if day is not None and day.granularity == "day" and not day.end and (
                    edge.group("first") or edge.group("last") != "second" or number(lasting.group(1)) == 2):
                candidate.date = spread(day, number(lasting.group(1)), "start" if edge.group("first") else "end")
        elif re.search(r"\b(?:welcom\w*|host\w*|receiv\w*|expect\w*|invit\w*) (?:him|her|them|(?:P|G)\d+) (?:(?:in|on) )?"
                       r"D\d+ (?:for|at) $", text):
            # "looking forward to welcoming him in December for the annual summit": the summit's month
            candidate.date = self.date_near(clause, position, candidate.status)
        elif phrase.kind in ("Summit", "MinisterialMeeting", "OrgMeeting") and re.match(r"(?:when|as|while)\b", clause.text) \
                and (edge := re.search(r"\b(?:(?P<end>closing|concluding|wrapping up)|opening|starting)\s+$", text)):
            # "That changed in Astana on Friday, when leaders closing a two-day summit signed off on ...": its last day
            day = self.reader.resolve_date(self.when_date, candidate.status)
            lasting = re.search(r"\b(one|two|three|four|five|\d+)-day\b", phrase.name.lower())
            if day is not None and day.granularity == "day" and not day.end:
                candidate.date = spread(day, number(lasting.group(1)) if lasting else None,
                                        "end" if edge.group("end") else "start")
        elif re.match(r" (?:(?:later|earlier) )?(?:that|the same) (?:morning|day|evening|night|afternoon)\b",
                      self.view.string[position + len(placeholder):]):
            candidate.date = self.date_near(clause, position, candidate.status)  # "in a phone call that morning"
        elif re.match(r"(?:as|while|although|though)\b", clause.text) and self.when_date is not None and (
                re.search(r"\b(?:used|use|uses|held|attended|hosted|opened)\s*$", text)
                or phrase.definite and phrase.kind in ("Summit", "MinisterialMeeting", "OrgMeeting")
                and re.search(r"\b(?:over|at|overshadowed)\s*$", text)):
            # "Russia and India agreed on Thursday that ..., as Modi and Putin used their annual summit in Moscow to
            # show ...", "The presidents said on Monday ..., although an attack hung over their fifth summit": the day
            # of the clause it hangs on
            candidate.date = self.reader.resolve_date(self.when_date, candidate.status)
        elif phrase.kind in VISITS and re.search(r"\b(?:on|during)\s+$", text):
            # "In October 2000, Putin, on his first visit to India, signed ...": the trip was then
            candidate.date = self.date_near(clause, position, candidate.status)
            if re.search(r"\b(?:E\d+ (?:held |that took place |which took place )?)during\s+$", text) \
                    and candidate.date is not None and candidate.date.granularity == "day" and not candidate.date.end:
                # ("agreed on Friday ..., at the heart of talks held during the Turkmen leader's state visit": the
                # talks' day; the visit's days are unsaid, so its month)
                candidate.date = month_of(candidate.date)
        elif phrase.kind in ("Inauguration", "Ceremony") and (
                day := DAY_AFTER_COMPLEMENT.match(self.view.string, position + len(placeholder))):
            # "his inauguration for a fifth presidential term on May 7": the day said after its complement
            candidate.date = self.reader.resolve_date(self.view.item(day.group(1)).date, candidate.status)
        if not candidate.places:
            held_in = re.match(r" (?:held |hosted )?in (?:the )?(?:A\d+ )?(?P<p>L\d+)\b", self.view.string[position + len(placeholder):])
            if held_in:
                candidate.places = [self.view.item(held_in.group("p")).entity]  # "their dialogue held in Islamabad"
            elif self.capital_said(self.view.string[position + len(placeholder):], at_start=True):
                candidate.places = [self.reader.dateline]  # "held in the federal capital", under an Islamabad dateline
            elif phrase.kind in VISITS and (took := re.match(
                    r"(?: (?![EPG]\d)[^;.]{0,50}?)? (?:had |has |have )?(?:also )?(?:took|taken|takes|brought|brings) "
                    r"(?:him|her|them|P\d+) (?:also )?to (?:the )?(?:A\d+ )?(?P<p>C\d+|L\d+)\b",
                    self.view.string[position + len(placeholder):])):
                # "his first state visit as president, in 2013, had also taken him to Russia": there
                candidate.places = [self.view.item(took.group("p")).entity]
        if phrase.kind in VISITS and not candidate.participants and re.search(r"\b(?:after|before|following)\s+$", text):
            # "Xi held talks in Belgrade on Wednesday, after a state visit to France": his
            # (not a spokesperson's: "Peskov had told reporters in Moscow before the trip that ...")
            first = clauses[0]  # the clause "after" hangs on has the subject
            candidate.add_people([p for p in self.subject(first, self.clause_range(first)[1], [])
                                  if p.startswith("person/") and not self.announcer(p)][:1])
        if not candidate.explicit_status and candidate.date and self.reader.published:
            if candidate.date.first_day() > self.reader.published:
                candidate.status = "planned"
        if re.match(r" there\b", self.view.string[position + len(placeholder):]) and self.reader.previous_places and (
                not candidate.places or within(self.reader.previous_places[-1], candidate.places[0], self.reader.lookup)):
            # "Xi was due to leave for Dushanbe. Tajikistan hosts a summit there on Saturday": in Dushanbe
            candidate.places = [self.reader.previous_places[-1]]
        candidate.spans.append(self.clause_span(clause))

    def date_told_after(self, candidate: Candidate, placeholder: str, phrase: EventPhrase) -> bool:
        """A gathering's date (and city) told right after it; whether there was one."""
        if phrase.kind not in GATHERINGS or phrase.dates:
            return False
        told = DATE_TOLD_AFTER.match(self.view.string, self.view.string.index(placeholder) + len(placeholder))
        if not told:
            return False
        to_come = told.group("due") or told.group("hosting")
        # ("this year's summit in the autumn": the season says no more than the year the phrase gave)
        candidate.date = self.reader.resolve_date(self.view.item(told.group("date")).date,
                                                  "planned" if to_come else candidate.status) or candidate.date
        if told.group("place") or told.group("place2"):
            candidate.places = [self.view.item(told.group("place") or told.group("place2")).entity]
        return candidate.date is not None

    def trip_told(self, placeholder: str, clause: Clause) -> None:
        """"Lavrov held talks in Islamabad on Wednesday. It is the first trip to Pakistan by a Russian
        foreign minister in nine years": the trip of the one whose talks were just told, on their day."""
        index = self.view.item(placeholder).event
        trips = [c for c in list(self.candidates.values()) + self.extra if c.family == "visit" and c.participants
                 and c is not self.candidates.get(index)]
        if trips:  # "Modi travels on to Athens on Friday, the first visit to Greece by an Indian prime minister": that trip
            last = trips[-1]
            candidate = self.candidate_for(placeholder)
            candidate.add_people(last.participants[:1])
            candidate.status, candidate.explicit_status, candidate.date = last.status, last.explicit_status, last.date
            candidate.spans.append(self.clause_span(clause))
            return
        here = [c for c in list(self.candidates.values()) + self.extra if c.family in ("meeting", "call")]  # this sentence's
        told = [c for c in self.reader.candidates + here if c.sentence >= self.sentence.index - 2 and c.status == "held"
                and any(p.startswith("person/") for p in c.participants)]
        if not told:
            return
        last = told[-1]
        candidate = self.candidate_for(placeholder)
        candidate.add_people([p for p in last.participants if p.startswith("person/")][:1])
        candidate.status, candidate.explicit_status = "held", True
        if last.date is not None and last.date.granularity == "day":
            candidate.date = last.date
        candidate.places = candidate.places or list(last.places)
        candidate.spans.append(self.clause_span(clause))

    def read_apart(self, start: int, end: int, touched: list[Candidate]) -> None:
        """"The talks took place ahead of the session": the text sets the meeting before or after the
        gathering, so it is not one held on its sidelines that day (see sidelines_by_date)."""
        # (and the summits of a format with no body of its own: "On Thursday, the eve of the summit, Xi, Putin and
        # Elbegdorj held the first ever three-way meeting of the leaders of China, Russia and Mongolia")
        meetings = [c for c in touched if c.family in ("meeting", "call")
                    or c.family == "summit" and not c.organizer and len(c.participants) >= 2]
        if not meetings:
            return
        for match in re.finditer(r"\b(?<!said )(?<!told reporters )(?<!told journalists )(?<!announced )(?<!wrote )"
                                 r"(?:ahead of|before|prior to|on the eve of|(?<=D\d , )the eve of|(?<=D\d\d , )the eve of|"
                                 r"in the run-up to|after|following) "
                                 r"(?:the |a |its |their |this )?(?P<ev>E\d+)", self.view.string[start:end]):
            # ("the Russian side said after the talks": when it was said, not when the meeting was)
            gathering = self.candidate_for(match.group("ev"))
            for meeting in meetings:
                if meeting is not gathering and gathering not in meeting.apart_from:
                    meeting.apart_from.append(gathering)
                    # ("on April 27, the eve of that meeting, Li held talks with Singh": the same)
                    if match.group(0).startswith(("on the eve of", "the eve of")) and meeting.family in ("meeting", "summit"):
                        meeting.eve_of = gathering
        # "The two met at a guesthouse after Lavrov held talks with Ri": the talks told in the clause of "after" or
        # "before" are others, held apart from the meeting (and, told without a day, on its day: date_by_talks_set_apart)
        # (not "welcomed him with a ceremony before the two leaders sat down for talks": the same pair, one encounter)
        for match in re.finditer(r"\b(?:after|before) (?=P\d+ (?:had |has )?(?:held|met|hosted|received|spoke|talked|"
                                 r"sat down)\b)", self.view.string[start:end]):
            at = self.view.items[self.view.index_at(start + match.end())].start
            inside = [c for c in meetings if c.spans[0][0] >= at]  # (where it was first told: a clause span may follow)
            outside = [c for c in meetings if c.spans[0][0] < at]
            for one in inside:
                for other in outside:
                    if other not in one.apart_from:
                        one.apart_from.append(other)
                    if one not in other.apart_from:
                        other.apart_from.append(one)

    def read_sidelines(self, clause: Clause, start: int, end: int, touched: list[Candidate],
                       last: Candidate | None, text: str) -> None:
        """"on the sidelines of EVENT", "on the event's sidelines", or plain "on the sidelines"."""
        s = self.view.string
        if AGAIN_ON_SIDELINES.search(s[start:end]):
            return  # a second meeting there: again_on_sidelines
        if re.search(r"\b(?:left|leave|leaves|leaving|sit|sits|sat|sitting|stay|stays|stayed|remain|remains|remained|kept|"
                     r"keep|stand|stood|standing|be|is|are|was|were|been) on the (?:sidelines|margins|fringes)\b(?! of)",
                     s[start:end]) and not re.search(r"\bof (?:the )?E\d+ 's (?:sidelines|margins)|(?:sidelines|margins|"
                                                     r"fringes) of\b", s[start:end]):
            return  # "to make sure it is not left on the sidelines as Kim prepares for a summit": out of the game
        during = re.search(r"\bE\d+ (?:in (?:the )?(?:A\d+ )?[CL]\d+ )?(?:(?:on |in )?D\d+ )?during (?:the |this year 's |"
                           r"last year 's )?(?P<ev>E\d+)", s[start:end])
        if during and self.phrase(during.group("ev")).kind in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference") \
                and not self.phrase(during.group("ev")).plural:
            # "held talks in Tashkent during the meeting of the SCO foreign ministers' council, which Uzbekistan
            # hosted": on its sidelines, where the talks were (they were at it too)
            gathering = self.candidate_for(during.group("ev"))
            meetings = [c for c in touched if c.family == "meeting" and c.sidelines is None and c is not gathering
                        and len({p for p in c.participants if p.startswith("person/")}) >= 2]
            for meeting in meetings:
                meeting.sidelines = gathering
                gathering.has_sidelines = True
                gathering.add_people([p for p in meeting.participants if p.startswith("person/")])
                if meeting.places and (not gathering.places or within(meeting.places[0], gathering.places[0],
                                                                     self.reader.lookup)):
                    gathering.places = list(meeting.places)
            if meetings:
                if gathering not in touched:
                    touched.append(gathering)
                return
        match = re.search(r"on (?:the |its |their )?(?:sidelines|margins|fringes)(?: of (?:the )?(?:(?:[a-z-]+|X\d+) ){0,3}?"
                          r"(?P<ev>E\d+))?"
                          r"|on (?P<ev2>E\d+) '?s? (?:sidelines|margins)", s[start:end])
        body = re.search(r"on the (?:sidelines|margins|fringes) of (?:the )?(?P<o>O\d+)\b(?! 's)", s[start:end]) \
            if not (match and (match.group("ev") or match.group("ev2"))) else None
        if body is not None:
            # "on the sidelines of the ASEAN Regional Forum", "of the UN General Assembly": a gathering of that body
            organizer = self.reader.parent_org(self.view.item(body.group("o")).entity)
            if organizer:
                gathering = self.new_candidate("OrgMeeting", clause, [])
                gathering.organizer = organizer
                self.settle(gathering, clause, start + body.end(), dated=False)  # (its date: the talks' month, later)
                gathering.places = gathering.places or self.place_after(clause, start + body.end())
                # (and another body's gathering: "Foreign ministers of the BRICS nations met on Thursday on the
                # margins of the UN General Assembly" -- its day gives the Assembly's month to the other talks there)
                for meeting in [c for c in touched if c.sidelines is None and (c.family in ("meeting", "call") or (
                        c.family in ("ministerial", "summit") and c.organizer and c.organizer != organizer))]:
                    meeting.sidelines = gathering
                    gathering.has_sidelines = True
                touched.append(gathering)
                return
        sentence_match = re.search(r"(?P<ev>E\d+)", s[start:end]) if not match else None
        # "On the sidelines, Biden held talks with Modi, and Modi sat down with Kishida": both clauses
        opening = re.match(r"on (?:the )?(?:sidelines|margins|fringes) , ", s) if not match else None
        if not match and not sentence_match and not opening:
            return
        # (and a summit of no body's, a format's: "The first trilateral summit of Mongolia, Russia and China was held
        # in Dushanbe ..., on the sidelines of the SCO summit there")
        meetings = [c for c in touched + [c for c in self.extra if c.sentence == self.sentence.index]
                    if (c.family in ("meeting", "call") or c.family == "summit" and c.organizer is None)
                    and c.sidelines is None]
        if match and len({c.status for c in meetings}) > 1:
            # "held talks in Brussels earlier this month, and are expected to meet again next Thursday in Moldova, on
            # the sidelines of the EPC summit": the meeting still to come, not the one held
            meetings = [c for c in meetings if c.status == meetings[-1].status]
        if opening and not re.search(r"on (?:the )?(?:sidelines|margins|fringes) of (?:the )?E\d+", s):
            said = [c.sidelines for c in list(self.candidates.values()) + self.extra
                    if c.sentence == self.sentence.index and c.sidelines is not None]
            container = said[0] if said else None
            for meeting in meetings:
                if container is not None and meeting is not container:
                    meeting.sidelines = container
            return
        if not match:
            # "Speaking on the sidelines of EVENT, A told B": the setting is in another clause
            # (said before this clause: "..., and are expected to meet again in Moldova, on the sidelines of the
            # summit" does not set the talks held earlier this month there)
            whole = re.search(r"on (?:the )?(?:sidelines|margins|fringes) of (?:the )?(?P<ev>E\d+)", s[:start])
            if not whole or not meetings:
                return
            container = self.candidate_for(whole.group("ev"))
        elif match.group("ev") or match.group("ev2"):
            container = self.candidate_for(match.group("ev") or match.group("ev2"))
            if container.status == "held" and not container.explicit_status:
                container.status = meetings[0].status if meetings else container.status
        else:
            status = meetings[0].status if meetings else None
            day = next((c.date for c in meetings if c.date is not None), None)
            # (a gathering has sidelines, a visit has none: "Xi, who arrived in Astana for a state visit, held talks
            # with Putin on the sidelines": of the summit told before)
            # (one this clause told first: "where he had taken part in ASEAN-related meetings and held talks with
            # Rubio on the sidelines")
            here = [c for c in touched if c not in meetings and c.family not in ("visit", "call")]
            usable = last if last is not None and last not in meetings else None
            container = here[-1] if here else usable if usable is not None and usable.family != "visit" \
                else self.reader.last_multilateral(status, day) or usable
            if container is None:
                return
        day = None
        ev = match.group("ev") or match.group("ev2") if match else None
        if ev and container.date is None:
            # "on the sidelines of the G20 summit that the city is hosting on September 4-5"
            self.date_told_after(container, ev, self.phrase(ev))
        if ev and self.phrase(ev).dates:
            # "on the margins of the summit on Thursday morning": that day is the meeting's
            day = self.reader.resolve_date(self.phrase(ev).dates[0].date, container.status)
            container.day_of_sidelines = True
        if any(meeting is not container for meeting in meetings):
            container.has_sidelines = True
        for meeting in meetings:
            if meeting is not container and container not in meeting.apart_from:
                meeting.sidelines = container
                meeting.sidelines_named = bool(ev)
                if meeting.date is None and day is not None and day.granularity == "day" and not day.end:
                    meeting.date = day
        container.spans.append(self.clause_span(clause))


# ---------------------------------------------------------------------------- the article


class ArticleReader:
    def __init__(self, article: Article, sentence_items: list[list[Item]], ref: Reference, lookup,
                 titles: list[Title], quotes: dict[int, tuple[str | None, str | None, list[tuple[int, int]]]]):
        self.article = article
        self.items = sentence_items
        self.ref = ref
        self.lookup = lookup
        self.titles = titles
        self.quotes = quotes
        self.published = article.meta.published
        self.candidates: list[Candidate] = []
        self.organizations: dict[str, tuple[int, int]] = {}  # organization -> (times named, where last)
        self.dateline: str | None = None  # the place the article was filed from
        self.year_told: tuple[str, int] | None = None  # the last year a sentence named, and that sentence
        self.months_told: tuple[dict[str, str], int] | None = None  # the months a sentence named with their years
        self.previous_places: list[str] = []  # the places the sentence before named, for "there"
        self.last_day: DateValue | None = None  # the last single day the text said, for "that morning"
        self.dates_said: dict[int, list[DateExpression]] = {}  # sentence -> its date expressions
        self.last_day_sentence = -1  # and the sentence that said it
        self.lead_day: tuple[int, DateValue] | None = None  # the day the article's first sentence tells, and its index
        self.lead_seen = False  # the first sentence of the body was read
        self.last_month: DateValue | None = None  # the month of the last date said, for "later that month"
        self.last_month_sentence = -1
        # "On Friday the scene shifted to Beijing.": the day and place of what the paragraph tells next
        self.scene: tuple[DateValue | None, str | None, int, int] | None = None
        self.whereabouts: dict[str, tuple[str, int]] = {}  # "Singh is in the Russian capital": where, told in which sentence

    def resolve_date(self, expr: DateExpression | None, status: str) -> DateValue | None:
        if expr is None:
            return None
        tense = "future" if status == "planned" else "past" if status == "held" else "unknown"
        return resolve(expr, self.published, tense)

    def apply_quotes(self, index: int, items: list[Item]) -> None:
        """Inside a quotation, "we" is the speaker and "you" the person spoken to."""
        speaker, addressee, spans = self.quotes.get(index, (None, None, []))
        for item in items:
            if item.entity or item.group or not any(a <= item.start < b for a, b in spans):
                continue
            if item.word in ("we", "us", "i", "me") and speaker:
                item.entity, item.how = speaker, "pronoun"
            elif item.word in ("you",) and addressee:
                item.entity, item.how = addressee, "pronoun"

    def from_phrase(self, phrase: EventPhrase, sentence) -> Candidate:
        places = [p for p in phrase.places if p]
        # "the second Russia-Africa summit": the region a state's summit is with is not its venue
        # (also "the second China+Central Asia Foreign Ministers' Meeting", whose phrase begins at the region)
        named_with = self.article.text[max(0, phrase.start - 30):phrase.start]
        places = [p for p in places if not (is_region(p, self.lookup) and (re.search(
            r"[A-Z][\w.]+(?:[ -]+| ?\+ ?)" + re.escape(self.lookup(p).label) + r" (?:summit|forum|meeting|conference|"
            r"foreign ministers|leaders)", phrase.name, re.IGNORECASE) or re.search(r"[A-Z][\w.]+ ?[+-] ?$", named_with)
            and phrase.name.lower().startswith(self.lookup(p).label.lower())))]
        cities = []
        if phrase.destination and (phrase.kind in ("Visit", "StateVisit") or not places):
            # ("a state visit to China, in Beijing": the visit is to China, its talks in Beijing)
            cities = [p for p in places if p != phrase.destination and self.lookup(p) is not None
                      and self.lookup(p).country == phrase.destination]
            places = [phrase.destination]  # not "the Munich Security Conference in Germany": Munich stays
        people = list(dict.fromkeys(phrase.people))
        before = [i.text.lower() for i in self.items[sentence.index] if i.start < phrase.start]
        many = any(a == "the" and b in ("three", "four", "five", "six", "seven", "eight", "nine", "ten")
                   for a, b in zip(before, before[1:]))  # "the four said India would host their next summit"
        if not people and not many and re.match(r"their\b", phrase.name.lower()) and phrase.kind in (
                "Summit", "Meeting", "BilateralMeeting", "PhoneCall"):
            # "their previous summit": the two whose meeting the article last reported (not "BRIC, set up by
            # four states whose leaders held their first summit in 2009": those leaders')
            pairs = [c for c in self.candidates if len([p for p in c.participants if p.startswith("person/")]) == 2]
            # (nor "BRIC, whose original members, Brazil, Russia, India and China, held their first leaders' summit")
            unnamed = re.search(r"\bwhose (?:[a-z]+ )?(?:leaders|ministers|presidents|heads of state|members|founders|"
                                r"states|countries)\b", " ".join(before))
            # (nor "SCO leaders are due in Samarkand for their annual summit": the body's leaders')
            told = [i for i in self.items[sentence.index] if i.start < phrase.start]
            unnamed = unnamed or any(
                a.entity and a.entity.startswith("organization/") and b.text.lower() in BODY_PEOPLE_WORDS
                or a.text.lower() in BODY_PEOPLE_WORDS and b.text.lower() == "of" for a, b in zip(told, told[1:]))
            people = list(pairs[0].participants) if pairs and not unnamed else []
            persons = [i for i in self.items[sentence.index] if i.start < phrase.start
                       and i.entity and i.entity.startswith("person/")]
            named = list(dict.fromkeys(i.entity for i in persons))
            if len(named) == 2:
                people = named  # "Modi and Xi held talks, six weeks after their informal summit in Wuhan"
            elif len(named) > 2 and persons[-2].entity != persons[-1].entity and re.fullmatch(
                    r"\s+and\s+(?:[A-Z][\w.-]*\s+){0,3}", self.article.text[persons[-2].end:persons[-1].start]) \
                    and not re.fullmatch(r"\s*,\s*(?:[A-Z][\w.-]*\s+){0,3}", self.article.text[persons[-3].end:persons[-2].start]):
                # "He said the two sides should act on the consensus reached by President Xi Jinping and Prime
                # Minister Narendra Modi at their informal meetings": the two just named together (not the last two
                # of a list, "talks between Kerry, Kishida and Bishop, ... of their Trilateral Strategic Dialogue")
                people = [persons[-2].entity, persons[-1].entity]
        if not people and phrase.kind in ("Visit", "StateVisit") and phrase.definite and re.match(
                r"the (?:trip|tour|visit|journey)\b", phrase.name.lower()):
            travels = [c for c in self.candidates if c.family == "visit" and set(c.participants) - set(c.hosts)]
            # (the trip the news is about, rather than one recalled from months before: "the consensus reached during
            # Xi's state visit in March ... The trip was made at the invitation of Patrushev" is Wang's, this week)
            current = [c for c in travels if self.published is None or c.date is None
                       or abs((c.date.last_day() - self.published).days) <= 14]
            travels = current or travels
            if travels:  # "The trip began on Monday in Pretoria": the trip of the one just reported travelling
                people = [p for p in travels[-1].participants if p not in travels[-1].hosts]
        organizer = self.parent_org(phrase.organizer)
        parties = list(phrase.parties) if phrase.kind == "Summit" else []
        if phrase.kind == "Summit" and phrase.between_two and not parties and not organizer:
            parties = self.states_of_the_pair(sentence.index)
        if organizer is None and re.search(r"\bof the " + BODY_NOUN + r" 's\b", phrase.name.lower()):
            # "a joint session of the bloc's foreign and defence ministers": the organization the sentence
            # named just before ("Brazil, which chairs BRICS, is hosting a meeting of the group's ministers"),
            # else the one the article is about
            organizer = self.organization_named_since(sentence.start, phrase.start) or self.topic_organization()
        if organizer is None and phrase.kind == "Summit" and not phrase.people and not parties and re.match(
                r"(?:the |its |(?:[a-z]+ ){1,2}'s )?(?:(?:next|previous|last|annual|upcoming|forthcoming|following|first|"
                r"\d{4}) )?"
                r"(?:leaders ' )?summit\b",
                phrase.name.lower()):
            # "the next summit": of the organization the article is about, not of one it names once in passing
            # ("UN Security Council resolutions", in an article on a trilateral summit)
            organizer = self.topic_organization(named=2)
        elif organizer is None and phrase.kind == "Summit" and not phrase.people and not parties and re.match(
                r"(?:a|an) (?:(?:online|virtual|two-day|one-day|extraordinary|special|regular) )?(?:leaders ' )?summit\b",
                phrase.name.lower()):
            # "the final day of a summit in Astana", "signed at an online summit", in an article on the SCO
            organizer = self.topic_organization(named=3)
        also = [key for key in map(self.parent_org, phrase.also_organizers) if key and key != organizer] if organizer else []
        # ("the next round of talks between the senior commanders": theirs, whoever the article names)
        of_others = not people and bool(re.match(
            r" between (?:the |their )?(?:(?:senior|military|top|two|both) )*(?:commanders|officials|delegations|diplomats|"
            r"negotiators|experts|militaries|armies|generals|envoys|sherpas)\b", self.article.text[phrase.end:phrase.end + 60]))
        margin = bool(re.search(r"\b(?:sidelines|margins|fringes|sideline) of (?:the |this year 's |last year 's )?$",
                                self.article.text[max(0, phrase.start - 40):phrase.start]))
        return Candidate(kind=phrase.kind, sentence=sentence.index, paragraph=sentence.paragraph,
                         spans=[(phrase.start, phrase.end)], participants=people,
                         places=places, cities=cities, organizer=organizer, name=phrase.name,
                         definite=phrase.definite, parties=parties, also_organizers=also, of_others=of_others,
                         told_as_margin=margin)

    def states_of_the_pair(self, index: int) -> list[str]:
        """The two states of "the annual summit between the two countries": those of two leaders the
        sentence names, else of the two the article last reported meeting."""
        published = self.article.meta.published
        if published is None:
            return []

        def states(people: list[str]) -> list[str]:
            found = []
            for person in people:
                held = {o.of for o in self.ref.offices_held(person, published) if o.of.startswith("country/")}
                found += list(held) if len(held) == 1 else []
            return list(dict.fromkeys(found))

        named = states(list(dict.fromkeys(i.entity for i in self.items[index] if i.entity and i.entity.startswith("person/"))))
        if len(named) == 2:
            return named
        pairs = [c for c in self.candidates if len([p for p in c.participants if p.startswith("person/")]) == 2]
        met = states([p for p in pairs[-1].participants if p.startswith("person/")]) if pairs else []
        return met if len(met) == 2 else []

    def parent_org(self, key: str | None) -> str | None:
        while key and key in self.ref.parents:
            key = self.ref.parents[key]
        return key

    def topic_organization(self, named: int = 1) -> str | None:
        """The international organization the article has named most so far, ties to the latest (what
        "the bloc" means: an article on BRICS that names the UN once still means BRICS); none when it
        was named fewer than `named` times (a headline counts twice)."""
        if not self.organizations:
            return None
        # (the UN is no bloc: "BRICS foreign ministers met on the margins of the UN General Assembly ... before its
        # leaders are due in Kazan" is of BRICS, however often the dateline and the Assembly name the UN)
        blocs = {key: value for key, value in self.organizations.items() if key != "organization/united-nations"} \
            or self.organizations
        topic = max(blocs, key=lambda key: blocs[key])
        return topic if blocs[topic][0] >= named else None

    def organization_named_since(self, start: int, end: int) -> str | None:
        named = [(at, key) for key, (_, at) in self.organizations.items() if start <= at < end]
        return max(named)[1] if named else None

    def note_organizations(self, view: SentenceView) -> None:
        for item in view.items:
            entity = self.lookup(item.entity) if item.entity else None
            if entity is not None and entity.kind == "organization" and entity.country is None:
                key = self.parent_org(entity.key)
                count, _ = self.organizations.get(key, (0, 0))
                self.organizations[key] = (count + 1, item.start)

    def date_by_the_lead(self) -> None:
        """"TEHRAN, Sept 7 - The leaders of Russia, Iran and Turkey failed on Friday to agree on a ceasefire
        ... The summit, hosted by Rouhani, was the third meeting of the three men": the gathering the lead
        reports without naming it, named next as "the summit", was on the day the lead gives."""
        body = [s for s in self.article.sentences if s.role == "body"]
        if len(body) < 2 or self.published is None or any(c.sentence == body[0].index and c.participants
                                                          for c in self.candidates):
            return
        days = self.dates_said.get(body[0].index, [])
        day = self.resolve_date(days[0], "held") if len(days) == 1 else None
        if day is None or day.granularity != "day" or day.end or not 0 <= (self.published - day.first_day()).days <= 7:
            return
        told = [c for c in self.candidates if self.article.sentences[c.sentence].role == "body"
                and c.sentence != body[0].index]
        first = min(told, key=lambda c: c.sentence, default=None)
        if first is not None and first.sentence == body[1].index and first.date is None and first.status == "held" \
                and re.fullmatch(r"the (?:summit|talks|gathering|conference)", first.name.lower()):
            first.date = day

    def story_day(self) -> DateValue | None:
        """The day the story is about: the first single day on which something the text reports as
        held took place, in the week before publication ("earlier in the day" counts from it)."""
        if self.published is None:
            return None
        for candidate in self.candidates:
            date = candidate.date
            if candidate.status == "held" and date is not None and date.granularity == "day" and not date.end \
                    and 0 <= (self.published - date.first_day()).days <= 7:
                return DateValue(start=date.start)
        return None

    def last_multilateral(self, status: str | None = None, day: DateValue | None = None) -> Candidate | None:
        """The gathering a bare "on the sidelines" means: the last one named, of the same status if any
        (a meeting held on the sidelines is not on those of a summit still to come), and not one dated
        otherwise than the meeting ("talks on the sidelines on Thursday" after "the Forum last month")."""
        found = [c for c in self.candidates if c.family in ("summit", "ministerial", "org", "conference")]
        same = [c for c in found if status is None or c.status == status]
        if day is not None:
            fitting = [c for c in same if c.date is None or dates_agree(c.date, day)]
            same = fitting if fitting else same
        return (same or found or [None])[-1]
