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

import re

from kg.candidates import Candidate
from kg.clauses import SEQUENCE, Clause, modality, split_clauses
from kg.dates import DateExpression, find_dates, resolve
from kg.eventphrases import EventPhrase, find_event_phrases
from kg.frames import ACTS, PLACE, read_frames
from kg.lexicon import Item
from kg.models import Article, DateValue
from kg.reference import Reference
from kg.titles import Title
from kg.view import SentenceView

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


# ---------------------------------------------------------------------------- reading one sentence


class SentenceReader:
    """Reads the events of one sentence into candidates."""

    def __init__(self, reader: "ArticleReader", index: int, items: list[Item]):
        self.reader = reader
        self.article = reader.article
        sentence = self.article.sentences[index]
        self.sentence = sentence
        items = merge_dates(items, self.article, sentence.start, sentence.end)
        self.reader.apply_quotes(index, items)
        first = SentenceView(items, reader.lookup)
        items, self.phrases = merge_phrases(first)
        self.view = SentenceView(items, reader.lookup)
        reader.note_organizations(self.view)
        self.candidates: dict[int, Candidate] = {}
        self.extra: list[Candidate] = []
        self.inherited: str | None = None  # the modality of the clause before, for "and join ..."

    # -- helpers over the view

    def people(self, placeholder: str | None) -> list[str]:
        if not placeholder:
            return []
        found = []
        for word in re.findall(r"(?:P|G)\d+", placeholder):
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
        match = re.search(ACTS, self.view.string[start:before])
        if match and not re.match(r" 's", self.view.string[start + match.end():start + match.end() + 3]):
            return self.people(match.group())
        return list(previous)

    def date_near(self, clause: Clause, char: int, status: str) -> DateValue | None:
        """The clause's date outside event phrases: the first after a position, else the last before."""
        start, end = self.clause_range(clause)
        dates = [(m.start(), int(m.group()[1:])) for m in re.finditer(r"\bD\d+\b", self.view.string[start:end])]
        if not dates:
            return None
        after = [d for d in dates if start + d[0] >= char]
        _, index = after[0] if after else dates[-1]
        expr: DateExpression = self.view.items[index].date
        return self.reader.resolve_date(expr, status)

    def place_after(self, clause: Clause, char: int) -> list[str]:
        start, end = self.clause_range(clause)
        match = re.search(r"\b(?:in|at) (?:the )?(?:A\d+ (?:city|capital|town) of |A\d+ )?(" + PLACE + r")\b",
                          self.view.string[max(start, char):end])
        return [self.view.item(match.group(1)).entity] if match else []

    def status_of(self, clause: Clause, char: int, phrase: EventPhrase | None = None) -> tuple[str, bool]:
        text = self.words_before(clause, char)
        found = modality(text)
        if found == "cancelled":
            return found, True
        if phrase is not None and phrase.planned:
            return "planned", True
        if found:
            return found, True
        if re.match(r"(?:and|or|but|then) (?!(?:P|G)\d)", clause.text) and self.inherited:
            return self.inherited, True
        return "held", False

    # -- candidates

    def candidate_for(self, placeholder: str) -> Candidate:
        index = self.view.item(placeholder).event
        if index not in self.candidates:
            phrase = self.phrases[index]
            self.candidates[index] = self.reader.from_phrase(phrase, self.sentence)
        return self.candidates[index]

    def new_candidate(self, kind: str, clause: Clause, people: list[str]) -> Candidate:
        candidate = Candidate(kind=kind, sentence=self.sentence.index, paragraph=self.sentence.paragraph,
                              spans=[self.clause_span(clause)])
        candidate.add_people(people)
        self.extra.append(candidate)
        return candidate

    def settle(self, candidate: Candidate, clause: Clause, char: int, phrase: EventPhrase | None = None,
               dated: bool = True) -> None:
        """Status, date and place of a candidate from its clause (what the phrase says comes first)."""
        candidate.settled = True
        status, explicit = self.status_of(clause, char, phrase)
        if explicit or not candidate.explicit_status:
            candidate.status, candidate.explicit_status = status, explicit or candidate.explicit_status
        if phrase is not None and phrase.dates:
            candidate.date = self.reader.resolve_date(phrase.dates[0].date, candidate.status)
            candidate.date_in_phrase = True
        elif dated and candidate.date is None:
            candidate.date = self.date_near(clause, char, candidate.status)
        if not candidate.places:
            candidate.places = self.place_after(clause, char)
        candidate.spans.append(self.clause_span(clause))
        candidate.sequence = candidate.sequence or bool(SEQUENCE.search(clause.text))
        if candidate.status == "held" and not candidate.explicit_status and candidate.date \
                and self.reader.published and candidate.date.first_day() > self.reader.published:
            candidate.status = "planned"

    # -- the frames

    def read(self) -> list[Candidate]:
        previous_subject: list[str] = []
        clauses = split_clauses(self.view)
        self.clauses = clauses
        last_in_clause: Candidate | None = None
        for clause in clauses:
            if clause.is_report_frame:
                continue
            start, end = self.clause_range(clause)
            text = self.view.string[start:end]
            touched = read_frames(self, clause, start, end, previous_subject, last_in_clause)
            self.inherited = modality(text) or (self.inherited if re.match(r"(?:and|or|but) ", text) else None)
            subject = self.subject(clause, end, previous_subject)
            if subject:
                previous_subject = subject
            self.read_sidelines(clause, start, end, touched, last_in_clause, text)
            if touched:
                last_in_clause = touched[-1]
        for index, phrase in enumerate(self.phrases):
            if index not in self.candidates or not self.candidates[index].settled:
                self.standalone(index, phrase, clauses)
        # in the order of the text, so that a later mention is merged into an earlier one
        return sorted(list(self.candidates.values()) + self.extra, key=lambda c: min(c.spans))

    def standalone(self, index: int, phrase: EventPhrase, clauses: list[Clause]) -> None:
        """An event phrase no frame took: an event of its own, if it says enough to be one."""
        placeholder = f"E{self.view.items.index(next(i for i in self.view.items if i.event == index))}"
        position = self.view.string.index(placeholder)
        clause = next(c for c in clauses if self.clause_range(c)[0] <= position <= self.clause_range(c)[1])
        if clause.is_report_frame and not phrase.organizer:
            return
        candidate = self.candidate_for(placeholder)
        text = self.words_before(clause, position)
        planned = phrase.planned or re.search(r"\b(ahead of|preparations? for|prepar\w* for|in preparing|"
                                              r"upcoming|forthcoming)\s*$", text)
        candidate.status = "planned" if planned else "held"
        candidate.explicit_status = bool(planned)
        if phrase.dates:
            candidate.date = self.reader.resolve_date(phrase.dates[0].date, candidate.status)
            candidate.date_in_phrase = True
        if not candidate.explicit_status and candidate.date and self.reader.published:
            if candidate.date.first_day() > self.reader.published:
                candidate.status = "planned"
        candidate.spans.append(self.clause_span(clause))

    def read_sidelines(self, clause: Clause, start: int, end: int, touched: list[Candidate],
                       last: Candidate | None, text: str) -> None:
        """"on the sidelines of EVENT", "on the event's sidelines", or plain "on the sidelines"."""
        s = self.view.string
        match = re.search(r"on (?:the |its |their )?(?:sidelines|margins|fringes)(?: of (?:the )?(?P<ev>E\d+))?"
                          r"|on (?P<ev2>E\d+) '?s? (?:sidelines|margins)", s[start:end])
        sentence_match = re.search(r"(?P<ev>E\d+)", s[start:end]) if not match else None
        if not match and not sentence_match:
            return
        meetings = [c for c in touched + [c for c in self.extra if c.sentence == self.sentence.index]
                    if c.family in ("meeting", "call") and c.sidelines is None]
        if not match:
            # "Speaking on the sidelines of EVENT, A told B": the setting is in another clause
            whole = re.search(r"on (?:the )?(?:sidelines|margins|fringes) of (?:the )?(?P<ev>E\d+)", s)
            if not whole or not meetings:
                return
            container = self.candidate_for(whole.group("ev"))
        elif match.group("ev") or match.group("ev2"):
            container = self.candidate_for(match.group("ev") or match.group("ev2"))
            if container.status == "held" and not container.explicit_status:
                container.status = meetings[0].status if meetings else container.status
        else:
            container = last if last is not None and last not in meetings else self.reader.last_multilateral()
            if container is None:
                return
        for meeting in meetings:
            if meeting is not container and meeting.family in ("meeting", "call"):
                meeting.sidelines = container
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
        self.topic: str | None = None

    def resolve_date(self, expr: DateExpression | None, status: str) -> DateValue | None:
        if expr is None:
            return None
        tense = "future" if status == "planned" else "past" if status in ("held", "cancelled") else "unknown"
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
        if phrase.destination:
            places = [phrase.destination]
        return Candidate(kind=phrase.kind, sentence=sentence.index, paragraph=sentence.paragraph,
                         spans=[(phrase.start, phrase.end)], participants=list(dict.fromkeys(phrase.people)),
                         places=places, organizer=self.parent_org(phrase.organizer), name=phrase.name,
                         definite=phrase.definite)

    def parent_org(self, key: str | None) -> str | None:
        while key and key in self.ref.parents:
            key = self.ref.parents[key]
        return key

    def topic_organization(self) -> str | None:
        """The international organization the article last named (what "the bloc" means)."""
        return self.topic

    def note_organizations(self, view: SentenceView) -> None:
        for item in view.items:
            entity = self.lookup(item.entity) if item.entity else None
            if entity is not None and entity.kind == "organization" and entity.country is None:
                self.topic = self.parent_org(entity.key)

    def last_multilateral(self) -> Candidate | None:
        for candidate in reversed(self.candidates):
            if candidate.family in ("summit", "ministerial", "org", "conference"):
                return candidate
        return None

