"""Frames: the patterns of the language of diplomatic news that tie people to events.

"A met (with) B", "A and B held talks", "during a meeting with B", "A hosted B in a state
visit", "A will take part in EVENT", "his participation in EVENT", "A postponed his visit to X",
"EVENT was held in X on D". Each works on a clause of the sentence view (kg.view), where a
person is "P3", a group "G4", a state "C5", a place "L7", a date "D8" and an event phrase "E9".
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING

from kg.article_events import finer_place, is_region, month_of, within
from kg.candidates import MULTILATERAL, PERSON_MEETINGS, VISITS, Candidate
from kg.clauses import DURING_STAY, Clause
from kg.dates import COUNT_WORDS, spread
from kg.eventphrases import BODY_NOUN, TITLE_WORDS
from kg.models import DateValue
from kg.prefilter import compile_prefilter, could_match

if TYPE_CHECKING:
    from kg.events import SentenceReader

ACT = r"(?:P|G)\d+\b"
# a person as news names one: "Foreign Minister of the People's Republic of China Wang Yi",
# "his Russian counterpart, Sergey Lavrov" (titles and counterparts are read by kg.titles)
ACTOR_NP = (r"(?:(?:P\d+|his|her|their|the) (?:A\d+ |C\d+ 's )?(?:counterparts?|opposite numbers?|host) (?:, )?" + ACT
            # ("met the then Chinese defence minister Wei Fenghe")
            # ("held talks with visiting Uzbek President Shavkat Mirziyoyev")
            # ("met then-president Medvedev in 2011", "with former president Obama")
            # ("met the Nepalese Prime Minister K P Sharma Oli")
            # ("and the Sultan of Brunei, Hassanal Bolkiah": a description the article resolved, then the name)
            + r"|(?:the (?:then|former|new|incoming|outgoing|visiting) |the (?=(?:A|C)\d+ )|the (?=P\d+(?! 's)\b)|visiting |then "
            r"|then-|former )?"
            # ("with Member of the Political Bureau of the CPC Central Committee, Minister of Foreign Affairs of China
            # Wang Yi": a Chinese readout's party rank before the office)
            r"(?:member of the (?:political bureau|politburo)(?: of the O\d+)?(?: central committee)?(?: , | and ))?"
            # ("Afghanistan's outgoing President Hamid Karzai")
            r"(?:(?:senior |high-ranking )?(?:A|C|O)\d+ (?:'s )?(?:outgoing |incoming |then |former |new |newly elected |newly appointed )?)?"
            + TITLE_WORDS
            + r"{0,6}(?:of (?:the )?(?:C|O)\d+ )?" + ACT
            + r"(?: of (?:the )?C\d+\b)?"  # ("Askar Akayev of Kyrgyzstan", "President Xi of the People's Republic of China")
            # ("held talks with the premier, Li Keqiang, in the Great Hall")
            # ("had a telephone conversation with the newly appointed Foreign Minister of the People's Republic of China,
            # Qin Gang")
            # ("had his first meeting with France's new foreign minister, Catherine Colonna")
            + r"|(?:the (?:then |former |newly appointed |newly elected |new |incoming |outgoing )?(?:A\d+ |C\d+ (?:'s )?)?"
            r"|C\d+ 's (?:new |newly appointed |incoming |outgoing )?)"
            # ("met with the Secretary of the Russian Security Council, Nikolai Patrushev")
            + TITLE_WORDS + r"{1,4}(?:of (?:the )?(?:C|O)\d+ )?, " + ACT + r"(?= ,| \.|$))")
# (not the one who said it: "talks with Prime Minister Roman Golovchenko, spokeswoman Mao Ning said")
# ("Wang Yi, director of the Office of the Central Foreign Affairs Commission, and Sergei Shoigu, secretary of the
# Security Council of Russia, co-chaired ...": each named with an office in apposition, the list goes on)
APPOSED_OFFICE = r" , (?:the )?(?:(?:[a-z'-]+|O\d+|C\d+|A\d+|L\d+) ){1,10}?,"
# ("attended by Putin and Modi, as well as Belarusian President Alexander Lukashenko": the list goes on)
ACTS = ACTOR_NP + r"(?:" + APPOSED_OFFICE + r"(?= and | as well as ))?(?: (?:,|and|, and|, as well as|as well as) " + ACTOR_NP \
    + r"(?! (?:said|says|told|announced|confirmed|added)\b)(?:" + APPOSED_OFFICE + r"(?= (?:and|[a-z-]+ed)\b))?)*"
# the one invited, asked or urged to do what follows: "renewed his invitation to Modi to attend the summit"
INVITED = r"\b(?:invitation|invitations|invited|invites|invite|inviting|asked|urged) (?:to )?(?P<inv>" + ACTS + r") to "
# "..., which Tajik President Emomali Rahmon will host in the city in September"
HOSTS_TO_COME = re.compile(r"(?:which|that) (?P<a>" + ACTS + r") (?:will|is to|is due to|is set to|is expected to) host\b")
# "talks with King Salman and, separately, with the crown prince": with each
GATHERINGS = {"Summit", "MinisterialMeeting", "OrgMeeting", "Conference"}
# "the SCO leaders", "the leaders of the five BRICS countries": the body whose gathering's people a text names
BODY_PEOPLE = (r"(?:the )?(?:(?P<org>O\d+) (?:leaders|heads of state|presidents|foreign ministers|ministers)|"
               r"(?:leaders|heads of state|presidents|foreign ministers|ministers) of (?:the )?(?:[a-z]+ )?(?P<org2>O\d+))"
               r"\b(?! 's)")


def body_of_people(reader: "SentenceReader", text: str, *, at_end: bool = False, leaders: bool = False) -> str | None:
    """The body a text opens with the leaders or ministers of (or, at_end, closes with: "SCO leaders are due ..."); with
    leaders, only its leaders (its ministers' talk of "their summit" may be of one still to come)."""
    found = re.search(BODY_PEOPLE + r" $", text) if at_end else re.match(BODY_PEOPLE, text)
    if found is None or leaders and "minister" in found.group(0):
        return None
    return reader.reader.parent_org(reader.view.item(found.group("org") or found.group("org2")).entity)
# the words of a journey to a place ("arrived in Tianjin for the summit", "would travel to China to attend")
JOURNEY_TO = (r"(?:arrived in|came to|travell?ed to|flew to|went to|went first to|flew first to|arrives in|comes to|landed in|lands in|"
              r"travels to|flies to|heads to|will arrive in|will travel to|will fly to|would travel to|would fly to|"
              r"would arrive in)")
WITH_EACH = r"(?:,|and|, and|and , separately ,|, and separately ,|and separately|, and later ,|and later|and then)"
NOT_ACTOR = r"(?!(?:P|G|E)\d)\S+"
# between a subject and its verb: not another clause's "and is due to ..." (the subject is the first conjunct's)
MID = r"(?P<mid>(?: (?!and\b|but\b)" + NOT_ACTOR + r"){0,6}?)"
# not "hosted by A" (an agent), not "ahead of the leaders", "to Putin" (a preposition's object), nor the name set after
# "his Venezuelan counterpart, Yvan Gil, to meet separately with ..." (the object's, in apposition)
# those at a gathering, as news lists them: "Among the leaders in the hall were ..."
PRESENT_PEOPLE = (r"(?:G\d+|the (?:[a-z]+ ){0,2}(?:leaders|heads of state(?: and government)?|presidents|guests|participants"
                  r"|delegates|ministers|dignitaries))")
WHERE_PRESENT = r" (?:in the hall|present|there|attending|in attendance|at the table|on the podium)"
SUBJECT = (r"(?:(?<!\bby )(?<!\bwith )(?<!\bof )(?<!\bto )(?<!\bfor )(?<!\bfrom )(?<!\bthan )(?<!\bamong )"
           r"(?<!\bcounterpart , )(?<!\bcounterparts , )(?P<a>" + ACTS
           + r")" + MID + r" )?")
PLACE = r"(?:C|L)\d+\b"
# how two "spoke" face to face rather than by telephone
IN_PERSON = r" (?:briefly |informally )?(?:on the (?:sidelines|margins|fringes) of\b|in person\b|face to face\b)"
# "The treaty was signed in Moscow on July 16, 2001 by Putin and then Chinese President Jiang Zemin"
SIGNED_BY = re.compile(r"(?:was|were) signed (?:in (?:the )?(?:A\d+ )?(?P<where>(?:L|C)\d+) )?(?:(?:on |in )?D\d+ )?"
                       r"(?:in (?:the )?(?:A\d+ )?(?P<where2>(?:L|C)\d+) )?by (?:then )?(?P<b>" + ACTOR_NP
                       + r"(?: (?:,|and|, and) (?:then )?" + ACTOR_NP + r")+)")


NEGATED = re.compile(r"\b(?:not|n't|never|no longer|neither|nor|declined to|refused to|failed to|unable to|"
                     r"inability to|no plans to)\b")
ABSENT = re.compile(r"\b(?:skipped|skips|skip|missed|misses|boycotted|boycotts|stayed away from|stays away from|"
                    r"pulled out of|withdrew from)\b")



def whole_of(reader: "SentenceReader", part: str, whole: str | None) -> str:
    """"the opening ceremony of the Belt and Road Forum", "the plenary session of the Eastern Economic
    Forum": who attends a part of a gathering attends the gathering, which is what news and its readers
    count."""
    if not whole or reader.phrase(part).organizer:
        return part
    # ("addressed the ministerial session of the Raisina Dialogue": a session of the conference)
    session_of_conference = reader.phrase(part).kind == "MinisterialMeeting" and re.search(
        r"\bsession\b", reader.phrase(part).name.lower()) and reader.phrase(whole).kind == "Conference"
    if reader.phrase(part).kind not in ("Ceremony", "OrgMeeting") and not session_of_conference:
        return part
    gathering = reader.phrase(whole)
    # (not "the plenary session of the annual Forum of Interregional Cooperation ...": a name the phrase
    # did not take in whole is not a gathering it identifies)
    named = len(re.findall(r"\b[A-Z][a-z]", gathering.name)) >= 2  # "the Eastern Economic Forum"
    if gathering.kind in GATHERINGS and (gathering.organizer or gathering.places or named) \
            and not re.match(r" of\b", reader.view.string[reader.view.starts[int(whole[1:])] + len(whole):]):
        return whole
    return part

def negated(match: re.Match) -> bool:
    """"Modi did not attend", "declined to meet", "held no formal talks": the frame says it did not
    (or will not) happen."""
    # ("did not receive him but spoke to him by telephone": the negation is of what came before "but")
    mid = re.split(r"\bbut\b", match.groupdict().get("mid") or "")[-1]
    verb = match.groupdict().get("verb") or ""
    ev_at = match.start("ev") if match.groupdict().get("ev") else None
    return bool(NEGATED.search(mid) or NEGATED.search(verb) or ABSENT.search(verb)
                or re.search(r"\b(?:held|had|hold|have) no\b", match.group(0))
                # "attended the same sessions but did not hold talks": the frame's verb, negated just before it
                or re.search(r"\b(?:did not|does not|do not|didn't|doesn't|don't|never|no longer|will not|won't|would not|"
                             r"had not|has not|have not|hadn't|hasn't|haven't|is not|are not|was not|were not|"
                             r"unable to|inability to|no plans to) $",
                             match.string[:match.start()])
                # "and no Armenian official took part in the session": nobody did
                or re.search(r"\bno (?:(?:[a-z-]+|A\d+|C\d+) ){0,2}(?:officials?|one|leaders?|ministers?|delegations?|"
                             r"representatives?|envoys?) $", match.string[:match.start()])
                # "there were no talks between him and the Indian premier"
                or (ev_at is not None and re.search(r"\b(?:no|without any|without)\s+(?:[a-z-]+\s+){0,2}$",
                                                    match.string[:ev_at]))
                # "he had not held talks with Blinken": the event the frame opens with, its verb negated
                or (ev_at == match.start() and re.search(r"\b(?:not|never|n't)\s+(?:held|had|hold|have|attended|attend|"
                                                         r"joined|join|taken part in|take part in)\s+$", match.string[:ev_at]))
                # "Tillerson has no plans to meet Ri", "neither side has signalled any plan for a meeting between ..."
                or NO_PLAN.search(match.string, 0, match.start()) or NO_PLAN.search(mid)
                or UNSETTLED.search(match.string, 0, match.start()))


NO_PLAN = re.compile(r"\b(?:no|(?:not|n't|neither|nor)\b[^.;]{0,60}\bany) (?:immediate |firm |concrete |current |such )?"
                     r"(?:plans?|intention|intentions) (?:to|for|of)\b[^.;]{0,40}$")


# "it was not clear whether Xi would receive him": neither held nor planned
UNSETTLED = re.compile(r"\b(?:not (?:yet )?(?:clear|known|certain|decided|confirmed)|unclear|uncertain|undecided|unknown|"
                       r"no word|(?:did|would|could) not say|declined to say|refused to say)\b[^.;]*\b(?:whether|if)\b"
                       r"[^.;]*$"
                       # "Whether Modi will travel to Tianjin has not been announced"
                       r"|^whether\b[^.;]*$")


@functools.lru_cache(maxsize=1024)
def frame_pattern(pattern: str) -> tuple[re.Pattern, list[re.Pattern]]:
    """A frame's compiled pattern and the words it cannot match without (kg.prefilter), made once:
    a clause is tried against some sixty frames, most of which it cannot match."""
    return re.compile(pattern), compile_prefilter(pattern)


def hosted_summit(reader: "SentenceReader", clause: Clause, organizer: str, place: str | None, at: int,
                  kind: str = "Summit"):
    """The organization's summit in the place a clause says will host it (the hosting frames
    below: "is due to host the group in 2026", "will host its leaders in Goa", "hosted the heads of
    government of the SCO on Wednesday"); a ministerial when the guests were its ministers."""
    candidate = reader.new_candidate(kind, clause, [])
    candidate.organizer = organizer
    candidate.places = [reader.view.item(place).entity] if place else []
    reader.settle(candidate, clause, at)
    return candidate


def summit_of_those_who(reader: "SentenceReader", clause: Clause, organizer: str, who: str, at: int) -> Candidate:
    """The body's gathering that its leaders (or ministers) are told to have held by what they did ("whose leaders
    first met in Yekaterinburg in 2009", "The leaders of the CSTO agreed in the Kremlin yesterday"): then and there."""
    summit = hosted_summit(reader, clause, organizer, None, at, "MinisterialMeeting" if "minister" in who else "Summit")
    summit.places = summit.places or reader.place_after(clause, at)
    return summit


def the_gathering_just_told(reader: "SentenceReader", ev: str) -> None:
    """A bare "the meeting" (or session) right after the sentence that told of a gathering held, and when, is that
    gathering ("... closing a two-day summit in Sochi. The meeting was co-chaired by Putin and Thongloun"), not a
    meeting of its own of those the frame names."""
    phrase = reader.phrase(ev)
    told = reader.reader.last_multilateral("held")
    if phrase.kind in ("Meeting", "OrgMeeting") and re.fullmatch(r"the (?:meeting|session|gathering)", phrase.name.lower()) \
            and told is not None and told.sentence == reader.sentence.index - 1 and told.date is not None:
        event = reader.view.item(ev).event
        if event not in reader.candidates or not reader.candidates[event].participants:
            reader.candidates[event] = told


def to_come(reader: "SentenceReader", candidate: Candidate) -> None:
    """A visit the text says is to come: planned, and not on a day before the article's (that day was when it
    was said or offered)."""
    candidate.status, candidate.explicit_status = "planned", True
    published = reader.reader.published
    if candidate.date is not None and published and candidate.date.first_day() < published:
        candidate.date = None


def two_summits(reader, clause: Clause, m: re.Match, people: list[str], touched: list[Candidate]) -> None:
    """"The two men had built a rapport at informal summits in Wuhan in April 2018 and at Mamallapuram
    in October last year": one summit of the two at each place."""
    candidate = reader.candidate_for(m.group("ev"))
    candidate.add_people(people)
    reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
    touched.append(candidate)
    s, (_, end) = reader.view.string, reader.clause_range(clause)
    more = re.match(r" and (?:at|in) (?:the )?(?P<place>(?:L|C)\d+)(?: , [^,]* ,)?(?: in)? (?P<date>D\d+)", s[m.end("ev"):end])
    if more:
        touched.append(one_more_there(reader, clause, candidate, "Summit", people, more.group("place"), more.group("date")))


def settled_gathering(reader, clause: Clause, m: re.Match, taken, touched: list[Candidate]) -> Candidate | None:
    """The gathering a frame names by its phrase alone ("did not attend the summit", ", closing a two-day summit"),
    settled by the clause (its day, its status) with no one added to it; None when the phrase is no gathering or a
    frame before took it."""
    phrase = reader.phrase(m.group("ev"))
    if phrase.kind not in GATHERINGS or taken(m.group("ev")):
        return None
    candidate = reader.candidate_for(m.group("ev"))
    reader.settle(candidate, clause, m.start("ev"), phrase)
    touched.append(candidate)
    return candidate


def one_more_there(reader, clause: Clause, candidate: Candidate, kind: str, people: list[str], place: str,
                   date: str | None) -> Candidate:
    """Another event like the one told, of the same people, at the place and time said for it ("summits in
    Wuhan in April 2018 and at Mamallapuram in October 2019")."""
    other = reader.new_candidate(kind, clause, people)
    other.places = [reader.view.item(place).entity]
    other.date = reader.reader.resolve_date(reader.view.item(date).date, candidate.status) if date else None
    other.status, other.settled = candidate.status, True
    other.spans.append(reader.clause_span(clause))
    return other


def meeting_at(reader, clause: Clause, people: list[str], gathering: Candidate, ev: str) -> Candidate:
    """The meeting of these people on a gathering's sidelines ("meet at the SCO summit in Astana"): there,
    dated by what its phrase says (else by the gathering, later)."""
    meeting = reader.new_candidate("Meeting", clause, people)
    meeting.sidelines = gathering
    meeting.places = list(gathering.places)
    reader.settle(meeting, clause, reader.view.string.index(ev), reader.phrase(ev))
    return meeting


def calls_told_near(reader) -> bool:
    """The sentence, or the one before, speaks of telephone calls: two who "spoke" there spoke by telephone."""
    index = reader.sentence.index
    words = " ".join(i.word for k in (index - 1, index) if k >= 0 for i in reader.reader.items[k])
    return bool(re.search(r"\b(?:calls?|conversations?|telephone|phone|phoned|telephoned)\b", words))


def meetings_of_two(reader) -> list[Candidate]:
    """The meetings and calls of two people told so far, in the article's order: who "they" or "the two
    leaders" may be."""
    return [c for c in reader.reader.candidates + list(reader.candidates.values()) + reader.extra
            if c.family in ("meeting", "call") and len([p for p in c.participants if p.startswith("person/")]) == 2]


def bare_trip(phrase, people: list[str]) -> bool:
    """"the trip", "his visit" with a person doing something to it: that person's trip, whatever trip
    the article told before (which a bare definite would otherwise stand for)."""
    return phrase.kind in VISITS and not phrase.people and any(p.startswith("person/") for p in people) \
        and bool(re.match(r"(?:the|his|her) (?:trip|visit|tour)\b", phrase.name.lower()))


def hosted_by(reader, visit: Candidate, hosts: list[str]) -> bool:
    """Whether one of the hosts holds an office of the state the visit went to."""
    return bool(visit.places) and hosted_by_place(reader, visit.places[0], hosts)


def place_named_before(reader, before: str, noun: str) -> str | None:
    """The place "the country" or "the capital" stands for: the last one the sentence named before it, or
    else the sentence before; "the country" of a city is the city's state."""
    places = [reader.view.item(p).entity for p in re.findall(PLACE, before)] or list(reader.reader.previous_places)
    for key in reversed(places):
        place = reader.reader.lookup(key)
        if noun == "country":
            state = key if key.startswith("country/") else place.country if place else None
            if state:
                return state
        elif key.startswith("place/"):
            return key
    return None


def recalled_visit(reader, clause: Clause, people: list[str], place: str, date_word: str) -> Candidate:
    """A visit the text recalls only by its date ("has not been to North Korea since 2000", "his first trip to
    Vietnam since 2017"): held then, settled here, apart from the visit the story tells."""
    candidate = reader.new_candidate("Visit", clause, people)
    candidate.places = [place]
    candidate.date = reader.reader.resolve_date(reader.view.item(date_word).date, "held")
    candidate.status, candidate.explicit_status, candidate.settled = "held", True, True
    candidate.recalled = True
    candidate.spans.append(reader.clause_span(clause))
    return candidate


def hosted_by_place(reader, where: str, hosts: list[str]) -> bool:
    """Whether one of the hosts holds an office of the state a place is (in)."""
    published = reader.reader.published
    if published is None:
        return False
    place = reader.reader.lookup(where)
    state = place.key if place and place.kind == "country" else place.country if place else None
    return state is not None and any(o.of == state for h in hosts for o in reader.reader.ref.offices_held(h, published))


def state_led_by(reader, hosts: list[str]) -> str | None:
    """The state one of the hosts leads, on the article's date ("Xi hosted Putin for a state visit": in China)."""
    published = reader.reader.published
    states = [o.of for h in hosts for o in (reader.reader.ref.offices_held(h, published) if published else [])
              if o.leader and o.of.startswith("country/")]
    return states[0] if states else None


def told_gathering(reader: "SentenceReader", status: str, dated: bool = False) -> Candidate | None:
    """The last gathering told with a date, a place or a body of its own in the eight sentences before: the one a
    paragraph on who came still speaks of (a bare "the conference" that admitted members is the body of that name,
    CICA, not a gathering). With `dated`, the last told with its day, in the article so far (not a summit recalled
    by its year)."""
    def fits(c: Candidate) -> bool:
        if dated:
            return c.date is not None and c.date.granularity == "day" and reader.sentence.index - c.sentence <= 30
        return bool(c.date or c.places or c.organizer) and reader.sentence.index - c.sentence <= 8
    told = [c for c in reader.reader.candidates if c.kind in MULTILATERAL and c.status == status and fits(c)]
    return told[-1] if told else None


def read_frames(reader: "SentenceReader", clause: Clause, start: int, end: int, previous: list[str],
                last: Candidate | None) -> list[Candidate]:
    """The candidates a clause's frames make or touch (in the order the frames are tried)."""
    s = reader.view.string
    text = s[start:end]
    touched: list[Candidate] = []

    def frames(pattern: str):
        compiled, needs = frame_pattern(pattern)
        if not could_match(needs, text):
            return []  # the clause lacks a word every match has
        if pattern.startswith("^"):
            # "^" is the clause's start (a later clause's too, which re's "^" would not match at a position)
            opening = frame_pattern(pattern[1:])[0].match(s, start, end)
            return [opening] if opening and not negated(opening) else []
        return [m for m in compiled.finditer(s, start, end) if not negated(m)]

    def agents(m: re.Match) -> list[str]:
        """The frame's subject, or the clause's (or the last clause's) when the frame has none."""
        if m.groupdict().get("a"):
            if re.match(r"who [^,;]*$", s[start:m.start("a")]) and re.match(r" ,", s[m.end("a"):]):
                # "Li and Medvedev, who had invited him, co-chaired the meeting": "him" closes the relative
                # clause; the verb after it is the antecedent's
                return reader.subject(clause, m.start("a"), previous)
            if re.search(r"\b(?:office|residence|home|invitation|guest|side) of (?:the )?(?:(?:A|C)\d+ (?:'s )?)?"
                         + TITLE_WORDS + r"+$", s[start:m.start("a")]):
                # "started the day at the office of National Security Adviser Ajit Doval before driving on to sit down
                # with Jaishankar": a preposition's object, even when the match began inside his title
                return reader.subject(clause, m.start(), previous)
            # (and "Qin Gang, attending his first G20 meeting since he replaced Wang Yi as foreign minister in
            # December, held separate talks with Jaishankar")
            head = re.search(r"(" + ACTS + r") , (?:the|a|an|who|whose|his|her|[a-z]+ing)\b[^,]*$", s[start:m.start("a")])
            if head and re.search(r" ,(?: |$)", m.groupdict().get("mid") or ""):
                # "Bilawal Bhutto Zardari, the first ... since Hina Rabbani Khar in 2011, also held ...": the one the
                # aside is about, not the one named inside it
                return reader.people(head.group(1))
            return reader.people(m.group("a"))
        if re.search(r"\b(?:before|after|when|as|while|until|once) (?:the|a|an) (?:[a-z-]+ ){0,2}[a-z]+ $", s[start:m.start()]):
            return []  # "told reporters, minutes before the president landed in Vietnam, that ...": not the teller
        return reader.subject(clause, m.start(), previous)

    def taken(placeholder: str) -> bool:
        return any(c is reader.candidates.get(reader.view.item(placeholder).event) for c in touched)

    # "the first China International Import Expo, a six-day trade fair that ...": the appositive is the same
    # gathering, described (its days are that gathering's)
    for m in frames(r"(?P<ev>E\d+) , (?P<ev2>E\d+)(?= ,| \.|$| that\b| which\b| where\b)"):
        first, second = reader.phrase(m.group("ev")), reader.phrase(m.group("ev2"))
        index = reader.view.item(m.group("ev2")).event
        if first.kind == second.kind and first.kind in GATHERINGS and not first.plural and not second.plural \
                and re.match(r"an? ", reader.reader.article.text[second.start:second.end], re.I) \
                and index not in reader.candidates:
            reader.candidates[index] = reader.candidate_for(m.group("ev"))
    # "held talks with Qureshi on Wednesday, a day after meeting India's external affairs minister": the
    # subject's meeting with that one, a day before
    for m in frames(r"\b(?:after|before) (?P<ev>E\d+) (?:with )?(?P<b>" + ACTS + r")"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS or phrase.people or taken(m.group("ev")) \
                or not re.fullmatch(r"(?:meeting|talking to|talking with|talks with|meeting with)", phrase.name.lower()):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.subject(clause, m.start(), previous) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Xi, Modi and Khan took part, along with the leaders of ...": in the gathering just told
    for m in frames(r"(?:- )?(?P<a>" + ACTS + r")(?: -)? (?:also )?(?:took part|participated|attended|joined in)(?= ,| \.| along with|"
                    r" too\b| as well\b| remotely\b| by video\b| online\b)"):
        # (a gathering this sentence told first: "The G20 leaders held a videoconference on March 26, and both Putin
        # and Xi took part")
        here = [c for c in list(reader.candidates.values()) + reader.extra
                if c.family in ("summit", "ministerial", "org", "conference") and c.status == "held"]
        gathering = here[-1] if here else reader.reader.last_multilateral("held")
        if gathering is not None and gathering.sentence >= reader.sentence.index - 2:
            # ("..., as did SCO Secretary-General Rashid Alimov": he too)
            also = re.match(r" , as did (" + ACTS + r")", s[m.end():])
            gathering.add_people(reader.people(m.group("a")) + (reader.people(also.group(1)) if also else []))
    # "Obama was chief guest at the Republic Day parade in New Delhi on January 26": he attended it
    for m in frames(SUBJECT + r"(?:was|were|is|will be|would be) (?:the |a )?(?:chief |main |special |principal )?"
                    r"(?:guest of honou?r|guest) (?:at|of) (?:the )?(?:(?![EPGO]\d)\S+ ){0,3}?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS | {"Ceremony", "Inauguration"}:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in agents(m) if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "the agreements reached by Putin and Xi during their talks in Beijing in May": their talks
    for m in frames(r"\b(?:reached|agreed|signed|adopted|concluded|struck|made) by (?P<a>" + ACTS + r") (?:during|at|in the "
                    r"course of|on the sidelines of) (?:their |the )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        people = [p for p in reader.people(m.group("a")) if p.startswith("person/")]
        if phrase.kind not in PERSON_MEETINGS or phrase.people or len(set(people)) < 2 or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(people)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Last Thursday Putin took a call from Modi, who congratulated him": a call of the two
    for m in frames(SUBJECT + r"(?:took|takes|received|receives|got|had|answered) (?P<ev>E\d+) from (?P<b>" + ACTS + ")"):
        phrase = reader.phrase(m.group("ev"))
        people = [p for p in agents(m) + reader.people(m.group("b")) if p.startswith("person/")]
        if phrase.kind != "PhoneCall" or phrase.people or len(set(people)) < 2:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(list(dict.fromkeys(people)))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "On the sidelines, Erdogan held separate talks with each of his guests": one with each guest of the gathering
    # he hosted, just told
    for m in frames(SUBJECT + r"(?:held|had|holds|will hold) (?P<ev>E\d+) with each of (?:P\d+|his|her|their) "
                    r"(?:guests|visitors|counterparts)\b"):
        gathering = reader.reader.last_multilateral()
        hosts = agents(m)
        if gathering is None or not hosts or not set(hosts) & set(gathering.hosts) \
                or reader.phrase(m.group("ev")).kind not in PERSON_MEETINGS:
            continue
        for guest in [p for p in gathering.participants if p not in hosts and p.startswith("person/")]:
            meeting = reader.new_candidate("Meeting", clause, hosts + [guest])
            reader.settle(meeting, clause, m.start("ev"))
            meeting.sidelines = meeting.sidelines or (gathering if re.search(r"\bsidelines|margins\b", s[start:end]) else None)
            touched.append(meeting)
    # "Modi and Xi sat down together on Wednesday. Putin had held separate talks with each of them on Tuesday": one
    # with each of the two whose meeting was just told
    for m in frames(SUBJECT + r"(?:had |has )?(?:held|had|holds|will hold) (?P<ev>E\d+) with (?:each|both) of them\b"):
        phrase, hosts = reader.phrase(m.group("ev")), agents(m)
        pairs = [c for c in reader.reader.candidates if c.family in ("meeting", "call") and
                 len([p for p in c.participants if p.startswith("person/")]) == 2 and not set(hosts) & set(c.participants)]
        if not hosts or not pairs or phrase.kind not in PERSON_MEETINGS or phrase.people \
                or not re.search(r"\bseparate", phrase.name.lower()):
            continue
        for guest in [p for p in pairs[-1].participants if p.startswith("person/")]:
            meeting = reader.new_candidate("Meeting", clause, hosts + [guest])
            reader.settle(meeting, clause, m.start("ev"))
            touched.append(meeting)
    # "The meeting ... ran to two hours, with only Lavrov, Tillerson and two interpreters in the room": they sat in on it
    for m in frames(r"(?:^|, )with (?:only |just )?(?P<b>" + ACTS + r")(?: (?:,|and|, and)(?: (?![EPG]\d)\S+){1,3}?)? "
                    r"(?:in the room|present|at the table)\b"):
        told = [w for w in re.findall(r"\bE\d+\b", s[:m.start()]) if reader.phrase(w).kind in PERSON_MEETINGS]
        if told:
            candidate = reader.candidate_for(told[-1])
            candidate.sat_in += [p for p in reader.people(m.group("b")) if p.startswith("person/") and p not in candidate.sat_in]
            touched.append(candidate)
    # "..., visiting Foreign Minister Sergey Lavrov told Mr. Modi on Wednesday": the visitor said it to his host in person
    for m in frames(r"\bvisiting (?P<a>(?:(?:A|C)\d+ )?" + TITLE_WORDS + r"{0,6}" + ACT + r") (?:told|assured|informed|"
                    r"briefed|thanked) (?P<b>" + ACTS + r")"):
        people = [p for p in reader.people(m.group("a")) + reader.people(m.group("b")) if p.startswith("person/")]
        if len(set(people)) < 2:
            continue
        candidate = reader.new_candidate("Meeting", clause, people)
        reader.settle(candidate, clause, m.end("b"))
        # (told, so held: "Putin is looking forward to receiving Modi ..., visiting Lavrov told Mr. Modi on Wednesday")
        candidate.status, candidate.explicit_status = "held", True
        candidate.date = reader.date_near(clause, m.end("b"), "held")
        touched.append(candidate)
    # "Xi sat beside Putin on Saturday at the parade": both were at it
    for m in frames(SUBJECT + r"(?:sat|stood|watched|sits|stands) (?:(?![EPG]\d)\S+ ){0,2}?(?:beside|next to|alongside|"
                    r"with) (?P<b>" + ACTS + r")(?: (?![EPG]\d)\S+){0,4}? (?:at|during|on) (?:the )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS | {"Ceremony"} or not agents(m):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in agents(m) + reader.people(m.group("b")) if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Xi and Putin held talks on the sidelines, as did Modi and Xi": those two held talks of their own, likewise
    for m in frames(r"^as did (?P<b>" + ACTS + r")(?= ,| \.|$)"):
        people = [p for p in reader.people(m.group("b")) if p.startswith("person/")]
        if last is None or last.family not in ("meeting", "call") or len(set(people)) < 2:
            continue
        candidate = reader.new_candidate(last.kind, clause, people)
        candidate.date, candidate.places, candidate.sidelines = last.date, list(last.places), last.sidelines
        candidate.status, candidate.explicit_status = last.status, last.explicit_status
        candidate.spans.append(reader.clause_span(clause))
        candidate.settled = True
        touched.append(candidate)
    # "Lavrov hosted a working lunch for Zhang Ming on Thursday": a meeting of the two
    for m in frames(SUBJECT + r"(?:hosted|hosts|will host|gave|gives|will give|offered|laid on) (?P<ev>E\d+) (?:for|in honou?r of) "
                    r"(?P<b>" + ACTS + ")"):
        if reader.phrase(m.group("ev")).kind != "Meeting" or not agents(m):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m) + reader.people(m.group("b")))
        candidate.add_hosts(agents(m))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "is expected to hold bilateral meetings with several counterparts on the sidelines of Monday's meeting, including
    # China's Defence Minister Wei Fenghe": a meeting with each one named
    for m in frames(SUBJECT + r"(?:held|hold|holds|will hold|had|have|has|to hold) (?P<ev>E\d+|(?:bilateral |separate |one-on-one )?"
                    r"(?:meetings|talks)) with (?:several|a number of|some|"
                    r"various|many|other|a series of|a string of) (?:of (?:his|her|their) )?(?:counterparts|ministers|leaders|"
                    r"colleagues)"):
        phrase = reader.phrase(m.group("ev")) if m.group("ev").startswith("E") else None
        # (the list may be a clause of its own)
        including = re.match(r"(?: (?![EPG]\d)[^,]{0,80})? , (?:including|among them) (?P<inc>" + ACTS + ")", s[m.end():])
        if phrase is not None and (phrase.kind not in PERSON_MEETINGS or phrase.people) or not agents(m) or not including:
            continue
        for other in [p for p in reader.people(including.group("inc")) if p.startswith("person/")]:
            meeting = reader.new_candidate("Meeting", clause, agents(m) + [other])
            reader.settle(meeting, clause, m.start("ev"), phrase)
            touched.append(meeting)
    # "Earlier contacts between the two foreign ministers include a phone conversation in January last year": theirs
    for m in frames(r"(?:contacts|meetings|encounters|exchanges|conversations) between (?P<b>" + ACTS + r") (?:include|included|"
                    r"have included|were|are) (?P<ev>E\d+)"):
        phrase, those = reader.phrase(m.group("ev")), [p for p in reader.people(m.group("b")) if p.startswith("person/")]
        if phrase.kind not in PERSON_MEETINGS or phrase.people or len(those) < 2:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(those)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "The two ministers agreed to continue their conversation at the end of April in Rio de Janeiro, where Brazil,
    # which chairs BRICS this year, is hosting a meeting of the group's foreign ministers": that gathering, in Rio, then,
    # with the two there
    for m in frames(r"^(?:which [^,;]* , )?(?:is|are|will be) (?:hosting|to host|due to host|set to host) (?:the |a |an )?(?P<ev>E\d+)"):
        back = re.search(r"(?P<main>^[^;]*?) (?:in|to) (?:the )?(?:A\d+ )?(?P<l>" + PLACE + r") , where (?:the )?[CO]\d+ , $",
                         s[:start])
        phrase = reader.phrase(m.group("ev"))
        if back is None or phrase.kind not in GATHERINGS or phrase.places:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.places = [reader.view.item(back.group("l")).entity]
        main = back.group("main")
        agreed = re.search(r"^(?P<a>" + ACTS + r") (?:(?![EPG]\d)\S+ ){0,2}?(?:agreed|arranged|decided|promised|plan|plans|"
                           r"planned|are due|are set|are expected|will) (?:to )?(?:meet|continue|hold|resume|see)\b", main)
        if agreed:
            candidate.add_people([p for p in reader.people(agreed.group("a")) if p.startswith("person/")])
            candidate.status, candidate.explicit_status = "planned", True
        when = re.findall(r"\bD\d+\b", main)
        if when and candidate.date is None:
            candidate.date = reader.reader.resolve_date(reader.view.item(when[-1]).date, candidate.status)
        candidate.spans.append(reader.clause_span(clause))
        touched.append(candidate)
    # "Putin told Xi about his calls with Iranian President Pezeshkian and Israeli Prime Minister Netanyahu last
    # Friday": a call with each
    for m in frames(r"(?P<who>P\d+)(?: 's)? (?:(?:phone|telephone|separate|recent) )*(?:calls|conversations|phone calls) "
                    r"with (?P<b>" + ACTS + r")"):
        others = [p for p in reader.people(m.group("b")) if p.startswith("person/")]
        owner = reader.people(m.group("who"))
        if len(others) < 2 or not owner:
            continue
        for other in others:
            call = reader.new_candidate("PhoneCall", clause, owner[:1] + [other])
            reader.settle(call, clause, m.end())
            touched.append(call)
    # "It was the second conversation between the two presidents this year, after a video call on Jan. 21": the call
    # before was theirs too
    for m in frames(r"\b(?:second|third|fourth|fifth|latest|last) (?:[a-z-]+ )?(?:conversation|call|meeting|encounter|"
                    r"talks|contact)s? (?:between|of) (?P<g>G\d+|" + ACTS + r")"):
        before = re.match(r"(?: (?![EPG]\d)[^\s,;]+){0,3} , (?:after|following) (?:a |an |their |the )?(?P<ev>E\d+)",
                          s[m.end():])
        those = [p for p in reader.people(m.group("g")) if p.startswith("person/")]
        if before is None or len(those) != 2 or reader.phrase(before.group("ev")).kind not in PERSON_MEETINGS \
                or reader.phrase(before.group("ev")).people:
            continue
        candidate = reader.candidate_for(before.group("ev"))
        candidate.add_people(those)
        reader.settle(candidate, clause, m.end() + before.start("ev"), reader.phrase(before.group("ev")))
        touched.append(candidate)
    # "He then had lunch with Mr Xi at the Beijing Hotel": a meeting of the two (a meal said with no article is not an
    # event phrase)
    for m in frames(SUBJECT + r"(?:had|has|have|will have|to have|dined|lunched)(?: (?:a|an))?(?: (?:working|private|informal|"
                    r"official|state))?(?: (?:lunch|dinner|breakfast|luncheon|banquet))? with (?P<b>" + ACTS + r")"):
        if not re.search(r"\b(?:lunch|dinner|breakfast|luncheon|banquet|dined|lunched)\b", m.group(0)):
            continue
        people = agents(m) + [p for p in reader.people(m.group("b")) if p.startswith("person/")]
        if len(set(people)) < 2:
            continue
        candidate = reader.new_candidate("Meeting", clause, list(dict.fromkeys(people)))
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "The two men, who lead the mechanism, held the 23rd round in Beijing in December last year": a round of their talks
    for m in frames(SUBJECT + r"(?:held|hold|holds|will hold|to hold|had|co-chaired|chaired) the (?:\d+(?:st|nd|rd|th)|first|second|"
                    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|previous|next) round(?! of)\b"):
        people = [p for p in agents(m) if p.startswith("person/")]
        if len(set(people)) < 2:
            continue
        candidate = reader.new_candidate("Meeting", clause, people)
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "he attended a luncheon given by Mr Xi for the visiting heads of state": a meeting of the guest and his host
    for m in frames(SUBJECT + r"(?:attended|attends|will attend|joined|joins|will join|was at) (?P<ev>E\d+) (?:given|hosted|"
                    r"thrown|offered) by (?P<b>" + ACTS + ")"):
        if reader.phrase(m.group("ev")).kind != "Meeting" or not re.search(r"\b(?:lunch|luncheon|dinner|breakfast)\b",
                                                                            reader.phrase(m.group("ev")).name.lower()):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m) + reader.people(m.group("b")))
        candidate.add_hosts(reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "Wang Yi received a Taliban delegation led by the movement's political chief, Baradar": a meeting with its head
    for m in frames(SUBJECT + r"(?:received|receives|met|meets|hosted|hosts|will receive|will meet|will host) (?:a|an|the) "
                    r"(?:(?:A|C|O|L)\d+ )?(?:[a-z-]+ )?delegation (?:led|headed) by (?:(?![PG]\d)\S+ ){0,8}?(?P<b>" + ACTS + ")"):
        if not agents(m):
            continue
        candidate = reader.new_candidate("Meeting", clause, agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("b"))
        touched.append(candidate)
    # "Putin had apologised to Aliyev in a telephone call days after the crash": a call of the two
    for m in frames(SUBJECT + r"(?:had |has |have )?(?:told|tells|assured|assures|informed|informs|asked|asks|thanked|thanks|"
                    r"congratulated|congratulates|urged|urges|briefed|briefs|apologi[sz]ed to|apologi[sz]es to|"
                    r"(?:expressed|offered|conveyed|extended) (?:(?![EPG]\d)\S+ ){0,4}?to) (?P<b>" + ACTS + r")"
                    r"(?: (?![EPG]\d)\S+){0,8}? (?:in|during|over) (?:a |an |the |their )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind != "PhoneCall" or phrase.people or not agents(m) or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "India was represented by External Affairs Minister Jaishankar": at the gathering just told
    # ("Russia would be represented by Foreign Minister Sergey Lavrov": at the gathering to come)
    # ("South Africa was represented by the Minister of International Relations and Cooperation, Maite Nkoana-Mashabane,
    # Russia by Sergey Lavrov and Brazil by Jose Serra": each, at the gathering told with its day, paragraphs before)
    # ("Its seat at the table was taken by M.J. Akbar")
    for m in frames(r"(?:(?:C|L)\d+ (?P<tense>was|were|would be|will be|is to be|is due to be) (?:also )?represented "
                    # ("were represented there by their foreign ministers, Swaraj and Qureshi")
                    r"(?:(?:there|at E\d+) )?|^(?:its|their|C\d+ 's) (?:seat|place|chair)(?: at the table)? (?:was|were) "
                    r"(?:taken|filled|occupied) )by (?:(?:the|their|its|his|her) (?:(?![PGE]\d)[^,]){1,70} , )?(?P<a>" + ACTS + ")"):
        # (the one this sentence told first: "Modi did not attend the summit in Astana; India was represented there by
        # Jaishankar", after the Moscow summit)
        here = [w for w in re.findall(r"\bE\d+\b", reader.view.string[:m.start()]) if reader.phrase(w).kind in GATHERINGS]
        status = "planned" if m.group("tense") and m.group("tense") not in ("was", "were") else "held"
        last = reader.reader.last_multilateral(status)
        near = last if last is not None and last.sentence >= reader.sentence.index - 2 else None
        # (else the one told with its day, paragraphs before)
        gathering = reader.candidate_for(here[-1]) if here else near or told_gathering(reader, status, dated=True)
        gapped = [p for later in re.finditer(r"\b(?:C|L)\d+ by (" + ACTOR_NP + r")", s[m.end():end])
                  for p in reader.people(later.group(1))]
        if gathering is not None:
            gathering.add_people([p for p in reader.people(m.group("a")) + gapped if p.startswith("person/")])
    # "The Indian leader did not attend the summit in Astana earlier that month": the summit was held all the same (he
    # was not at it), on its day
    for m in frames(r"(?:did not|didn't|does not|doesn't|will not|won't|would not|chose not to|declined to|decided not to) "
                    r"(?:attend|go to|travel to|take part in|join|come to) (?:the |this year 's |last year 's )?(?P<ev>E\d+)"):
        settled_gathering(reader, clause, m, taken, touched)
    # "Modi did not travel to Astana; Jaishankar represented India instead": at the gathering just told
    for m in frames(r"(?P<a>" + ACTS + r") (?P<tense>represented|will represent|is to represent|would represent) "
                    r"(?:C|L)\d+ (?:instead|there|in (?:his|her|P\d+ 's|P\d+) (?:place|stead))\b"):
        status = "held" if m.group("tense") == "represented" else "planned"
        here = [c for c in list(reader.candidates.values()) + reader.extra
                if c.family in ("summit", "ministerial", "org", "conference") and c.sentence == reader.sentence.index]
        gathering = here[-1] if here else reader.reader.last_multilateral(status)
        if gathering is not None and gathering.sentence >= reader.sentence.index - 6:
            gathering.add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
    # "Leaders of BRICS called for a truce at a video summit on Tuesday, with Xi pressing for a conference and Putin
    # blaming ...": those who spoke at it
    for m in frames(r"(?P<ev>E\d+)(?: (?![EPG]\d)\S+){0,4}? , with (?P<a>" + ACTS + r") [a-z]+ing\b"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS or re.search(r"\b(?:before|after|ahead of|since|until)\s*$", s[:m.start("ev")]):
            continue  # ("hours before the G20 summit opens, with Xi presiding": the meeting told first)
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")))
        more = re.match(r"(?: (?![PG]\d)\S+){1,12}? and (?P<b>" + ACTS + r") [a-z]+ing\b", s[m.end():end])
        if more:
            candidate.add_people(reader.people(more.group("b")))
        if not candidate.organizer:  # "Leaders of the BRICS group ... at a video summit": the group's
            candidate.organizer = body_of_people(reader, s[start:m.start()])
    # "the heads of SCO tourism administrations met in Varanasi, at a meeting chaired by Tourism Minister Reddy": a
    # meeting of the organization's officials, there (and the one who chaired it at it)
    for m in frames(r"^(?:(?:on |in |earlier |last |this )*D\d+ , )?(?:the )?(?:heads|chiefs|ministers|secretaries|"
                    r"representatives) of (?:the )?(?P<org>O\d+)(?: [a-z-]+){0,3} (?:met|gathered|convened) "
                    r"(?:in (?:the )?(?:A\d+ )?(?P<where>" + PLACE + r"))"
                    r"(?: (?:on |in )?D\d+)?(?: , at (?:a |an |the |their )?(?P<ev>E\d+) (?:chaired|hosted|opened) by "
                    r"(?:(?![EPG]\d)\S+ ){0,4}?(?P<chair>" + ACTS + r"))?"):
        organizer = reader.reader.parent_org(reader.view.item(m.group("org")).entity)
        if not organizer or (reader.reader.lookup(organizer) and reader.reader.lookup(organizer).country):
            continue  # (a state's body is no organization's meeting)
        if m.group("ev") and reader.phrase(m.group("ev")).kind in GATHERINGS | PERSON_MEETINGS:
            candidate = reader.candidate_for(m.group("ev"))
            candidate.kind = "MinisterialMeeting"
        else:
            candidate = reader.new_candidate("MinisterialMeeting", clause, [])
        candidate.organizer = organizer
        candidate.places = [reader.view.item(m.group("where")).entity]
        if m.group("chair"):
            candidate.add_people(reader.people(m.group("chair")))
        reader.settle(candidate, clause, m.start("where"))
        touched.append(candidate)
    # "At a meeting in New York in September 2010, BRIC foreign ministers agreed that ...": a gathering of that body's
    # ministers (its leaders: a summit)
    for m in frames(r"^(?:at|during) (?:a |an |the |their )?(?P<ev>E\d+) , (?:the )?(?:(?P<org>O\d+) (?P<who>foreign ministers|"
                    r"ministers|leaders|heads of state)|(?P<who2>foreign ministers|ministers|leaders|heads of state) of (?:the )?"
                    r"(?P<org2>O\d+)) [a-z]+ed\b"):
        phrase = reader.phrase(m.group("ev"))
        organizer = reader.reader.parent_org(reader.view.item(m.group("org") or m.group("org2")).entity)
        if phrase.kind not in PERSON_MEETINGS or phrase.people or phrase.organizer or not organizer \
                or (reader.reader.lookup(organizer) and reader.reader.lookup(organizer).country):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.kind = "MinisterialMeeting" if "ministers" in (m.group("who") or m.group("who2")) else "Summit"
        candidate.organizer = organizer
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "he sat down at the Elysee Palace with Macron and von der Leyen for a three-way meeting"
    for m in frames(SUBJECT + r"(?:sat down|sits down|met|meets|joined|joins) (?:(?![EPG]\d)\S+ ){0,6}?with (?P<b>" + ACTS
                    + r") (?:for|in) (?:a |an |the )?(?:(?![EPG]\d)\S+ )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "before the two were joined by Erdogan for a three-way summit", "Erdogan then joined them for talks":
    # a gathering of them all
    joinings = [(m, reader.people(m.group("g")) + reader.people(m.group("b"))) for m in frames(
        r"(?P<g>" + ACTS + r") (?:were|was) (?:then |later )?joined by (?P<b>" + ACTS + r")(?: , (?:who|whom) [^,]+ ,)? (?:for|in|at) "
        r"(?:(?![EPG]\d)\S+ )?(?P<ev>E\d+)")]
    joinings += [(m, agents(m) + reader.people(m.group("b"))) for m in frames(
        SUBJECT + r"(?:then |later )?joined (?P<b>" + ACTS + r") (?:for|in|at) (?:(?![EPG]\d)\S+ )?(?P<ev>E\d+)")]
    for m, joined in joinings:
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS | {"Summit"} or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(joined)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Egyptian President el-Sisi, whom Xi also met separately during his stay": they met
    for m in frames(r"whom (?P<a>" + ACTS + r") (?:(?:also|later|then|had|has|briefly|separately) )*(?:met|received|"
                    r"hosted|welcomed|sat down with|held talks with)\b"):
        before = re.search(r"(?P<b>P\d+) , $", s[:m.start()])
        if before is None or re.search(r"\bE\d+", s[m.end():end]):
            continue  # "whom he had received for talks in Moscow": the talks' frame has it
        candidate = reader.new_candidate("Meeting", clause, reader.people(m.group("a")) + reader.people(before.group("b")))
        reader.settle(candidate, clause, m.end())
        candidate.during_stay = candidate.during_stay or bool(DURING_STAY.search(s, m.end(), end))
        touched.append(candidate)
    # "Albanese then met each of the other three leaders one-on-one": a meeting with each
    for m in frames(SUBJECT + r"(?:then |also |later )?(?:met|meets|will meet|held talks with|sat down with) "
                    r"(?:(?P<each>each of|separately with|individually with) )?(?P<g>G\d+)(?P<apart> one-on-one| one by one|"
                    r" individually| separately| in turn)?"):
        if not (m.group("each") or m.group("apart")):
            continue
        visitors = agents(m)
        for person in reader.people(m.group("g")):
            if person in visitors:
                continue
            meeting = reader.new_candidate("Meeting", clause, visitors + [person])
            reader.settle(meeting, clause, m.start("g"))
            touched.append(meeting)
    # "The foreign ministers of Russia, Iran and Turkey agreed in Moscow on Tuesday to ...", "Lavrov and Wang signed in
    # Beijing on Monday ...": two or more who agreed together somewhere met there
    for m in frames(r"(?<!\bby )(?<!\bwith )(?<!\bof )(?<!\bto )(?<!\bfor )(?P<a>" + ACTS + r") (?:(?:also|jointly|formally) )?"
                    r"(?:agreed|signed|pledged|vowed|"
                    r"reaffirmed|adopted|issued|endorsed|approved)(?: (?![EPG]\d|(?:when|after|before|to|that|which|as|while)\b)"
                    r"\S+){0,3}? in (?:the )?(?:A\d+ )?"
                    r"(?P<where>" + PLACE + r")(?: (?:late |early )?(?:on |in )?D\d+)?\b"):
        people = list(dict.fromkeys(p for p in agents(m) if p.startswith("person/")))
        if len(people) < 2 or re.search(r"\b(?:will|would|to|had)\s*$", s[start:m.start("a")]):
            continue
        candidate = reader.new_candidate("Meeting", clause, people)
        candidate.places = [reader.view.item(m.group("where")).entity]
        reader.settle(candidate, clause, m.start("where"))
        touched.append(candidate)
    # "Chinese President Xi Jinping and President Barack Obama agreed on Friday that neither government would ...": two
    # who agreed together on a day met that day (unless the sentence tells a call)
    for m in frames(r"(?<!\bby )(?<!\bwith )(?<!\bof )(?<!\bto )(?<!\bfor )(?P<a>" + ACTS + r")(?: (?:on )?(?P<d1>D\d+))? "
                    r"(?:(?:also|jointly|formally) )?(?:agreed|pledged|vowed)(?: (?:on )?(?P<d2>D\d+))? (?:that|to)\b"):
        people = list(dict.fromkeys(p for p in agents(m) if p.startswith("person/")))
        told = m.group("d1") or m.group("d2")
        if len(people) != 2 or not told or re.search(r"\b(?:will|would|to|had|could|may|might)\s*$", s[start:m.start("a")]) \
                or re.search(r"\b(?:phone|telephone|call|video|videoconference|letter|letters|messages?)\b", s):
            continue
        if any(reader.phrase(e).kind in PERSON_MEETINGS for e in re.findall(r"\bE\d+\b", s)):
            continue  # ("agreed on Thursday to disengage after talks in Moscow": those talks, which their frame reads)
        if any(c.kind == "PhoneCall" and set(people) <= set(c.participants) for c in reader.reader.candidates
               if reader.sentence.index - c.sentence <= 2):
            continue  # ("Putin and Erdogan spoke by phone on Monday. The two agreed to ...": on that call)
        candidate = reader.new_candidate("Meeting", clause, people)
        # (that day only: a place later in the sentence is another statement's, "a visit that began in Seattle"; told
        # in the lead, the capital the story is filed from, "WASHINGTON - ... agreed on Friday")
        candidate.date = reader.reader.resolve_date(reader.view.item(told).date, "held")
        dateline = reader.reader.dateline
        if dateline in reader.reader.ref.capitals and reader.sentence.role == "body" and not reader.reader.lead_seen:
            candidate.places = [dateline]
        candidate.settled = True
        touched.append(candidate)
    # "Modi and the presidents of the five Central Asian states on Thursday agreed to turn their first summit into a
    # standing fixture": theirs, held that day
    for m in frames(r"(?<!\bby )(?<!\bwith )(?<!\bof )(?P<a>" + ACTS + r")(?: (?:on |in )?D\d+)? (?:agreed|decided|resolved|"
                    r"pledged) to (?:turn|make|hold|upgrade|institutionali[sz]e|expand) (?:their |the )?(?P<ev>E\d+)"):
        people = list(dict.fromkeys(p for p in agents(m) if p.startswith("person/")))
        phrase = reader.phrase(m.group("ev"))
        if len(people) < 2 or phrase.kind not in ("Summit", "MinisterialMeeting", "Meeting", "BilateralMeeting") \
                or not re.search(r"\b(?:first|inaugural|maiden)\b", phrase.name.lower()):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(people)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        candidate.status = "held"
        touched.append(candidate)
    # "the talks that President Putin and President Xi held by videoconference on 30 December": theirs (a call, when
    # held by video link or telephone)
    for m in frames(r"(?P<ev>E\d+) (?:that|which) (?P<a>" + ACTS + r") (?:had )?held(?P<how> (?:by|via|over) (?:a )?(?:video-?"
                    r"conference|video link|videolink|video|tele(?:phone)?|phone))?\b"):
        phrase = reader.phrase(m.group("ev"))
        people = [p for p in reader.people(m.group("a")) if p.startswith("person/")]
        # ("an informal one-on-one session that the two presidents held in Moscow on Monday evening": theirs, a
        # session of no body)
        session = phrase.kind == "OrgMeeting" and not phrase.organizer and not phrase.plural
        if (phrase.kind not in PERSON_MEETINGS and not session) or len(people) < 2 or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        if session:
            candidate.kind = "Meeting"
        candidate.add_people(people)
        if m.group("how"):
            candidate.kind = "PhoneCall"
        reader.settle(candidate, clause, m.end(), phrase)
        touched.append(candidate)
    # "Dar, Wang and Muttaqi agreed on Wednesday to extend the corridor ..., at an informal three-way meeting in
    # Beijing": those who agreed at a meeting were at it
    for m in frames(r"(?<!\bby )(?<!\bwith )(?<!\bof )(?<!\bto )(?<!\bfor )(?P<a>" + ACTS + r")(?: ,)? (?:(?:also|jointly|formally) )?"
                    r"(?:agreed|signed|pledged|vowed|reaffirmed|adopted|endorsed|approved)(?: (?![EPG]\d|(?:when|after|"
                    r"before|that|which|while|but)\b)\S+){0,16}? (?:, )?(?:at|during|in the course of) (?:the |a |an |their )?"
                    r"(?P<ev>E\d+)"):
        people = list(dict.fromkeys(p for p in agents(m) if p.startswith("person/")))
        phrase = reader.phrase(m.group("ev"))
        if len(people) < 2 or phrase.plural or phrase.kind not in PERSON_MEETINGS | {"MinisterialMeeting", "OrgMeeting"} \
                or re.search(r"\b(?:will|would|to|had)\s*$", s[start:m.start("a")]):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(people)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # A and B held talks / A held talks with B / A and B had agreed to hold talks
    for m in frames(SUBJECT + r"(?:held|hold|holds|holding|(?:had|have|has)(?= (?:a|an|the|their|his|her|its|"
                    r"separate|several|two|three|four|brief|lengthy|long|bilateral|trilateral|private|informal|formal|"
                    r"further|more|fresh|new|direct|E\d+)\b)|conducted|conduct|"
                    r"conducts|to hold|"
                    # ("Sherman and Ryabkov opened talks on European security in the city")
                    r"opened(?= (?:(?![EPG]\d)\S+ ){0,2}?E\d+)|"
                    r"will hold|agreed to hold|sat down for|sit down for|"
                    # ("met in Singapore for talks", "met on Monday for talks")
                    r"(?:met|meet)(?P<metmid>(?: (?:in|at) (?:the )?(?:A\d+ )?[LC]\d+| (?:on |in |last |this )?D\d+| there){1,2}) for|"
                    # ("landed on Monday and went straight into talks with Qureshi")
                    r"(?:went|goes|go|headed) (?:straight |directly |immediately )?into|"
                    # "A and B withdrew for talks of their own on the sidelines"
                    r"(?:withdrew|retired|broke away|stayed behind|stayed on) for(?= (?:(?![EPG]\d)\S+ ){0,3}?E\d+ of "
                    r"their own\b))(?: " + NOT_ACTOR
                    # ("held the 12th round of the EU-China strategic dialogue with Wang Yi")
                    + r"){0,3}?(?: the (?:\d+(?:st|nd|rd|th)|[a-z]+) round of)? (?P<ev>E\d+)(?P<there> there)?(?P<aside> on the (?:sidelines|margins|fringes))?"
                    r"(?: own)?"  # ("to hold talks of his own with Putin": the phrase took "of his")
                    # "held talks in narrow and expanded formats with Xi"
                    r"(?: in (?:a |the )?(?:[a-z-]+ (?:and [a-z-]+ )?)?(?:formats?|settings?|sessions?))?"
                    r"(?: at (?:the )?(?:O|L)\d+)?"  # ("held talks at the Foreign Office with Qureshi")
                    r"(?: with (?P<b>" + ACTS + r"(?: " + WITH_EACH + r" with " + ACTS + r")*))?"):
        phrase = reader.phrase(m.group("ev"))
        # "Putin and Modi held the 21st India-Russia annual summit": a summit of no organization is theirs
        if phrase.kind not in PERSON_MEETINGS | {"OrgMeeting"} and not (phrase.kind == "Summit" and not phrase.organizer):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        others = re.split(r" " + WITH_EACH + r" with ", m.group("b") or "")
        each = False
        if len(others) == 1 and len(agents(m)) == 1 and len(reader.people(others[0])) > 1 and not re.search(
                r"\b(?:together|jointly|joint|trilateral|three-way|four-way|group|delegations?|both|all)\b",
                s[start:end] + " " + phrase.name.lower()):
            # "Lavrov would hold talks with President Vucic, Foreign Minister Selakovic and speaker Dacic": one with each
            # (so with "the leaders of Britain, Japan and Italy", whom one word of the view names)
            others, each = re.findall(r"[PG]\d+", others[0]), True
        if "separate" in phrase.name.lower() and not m.group("b") and re.match(r"(?: (?![EPG]\d)\S+){0,3}? with\b", s[m.end():end]):
            continue  # "Lavrov and Blinken held separate talks with ASEAN ministers": not with each other
        if len(others) > 1 or each or (re.search(r"\bseparate\b|\bbilateral meetings\b", phrase.name.lower()) and m.group("b")):
            # "held separate talks with Modi and with Xi": one meeting with each
            counterparts = [[p] for o in others for p in reader.people(o)]
            for index, counterpart in enumerate(counterparts):
                meeting = candidate if index == 0 else reader.new_candidate(phrase.kind, clause, [])
                meeting.add_people(agents(m) + counterpart)
                reader.settle(meeting, clause, m.start("ev"), phrase)
                meeting.places = meeting.places or list(candidate.places)
                touched.append(meeting)
            continue
        candidate.add_people(agents(m) + reader.people(m.group("b")))
        # ("met in Singapore on Monday for talks": the place and day said between the verb and the talks are theirs)
        reader.settle(candidate, clause, m.start("metmid") if m.group("metmid") else m.start("ev"), phrase)
        if candidate.kind in ("Meeting", "BilateralMeeting") and re.match(
                r"(?: (?![EPG]\d)\S+){0,5}? (?:by|via|over) (?:a )?(?:video ?(?:link|conference|call)|(?:tele)?phone)", s[m.end():end]):
            candidate.kind = "PhoneCall"  # "held talks with Blinken in Jakarta by video link": a call, wherever he was
            candidate.places = []
        if m.group("there") or " there" in (m.group("metmid") or ""):
            reader.there(candidate)
        touched.append(candidate)
        then = re.match(r" (?:(?:on |in )?D\d+ )?(?:, )?and (?:then |later |also )?with (?:the )?(?:A\d+ )?(?:[a-z-]+ ){0,3}"
                        r"(?P<c>P\d+)(?= (?:on |in )?D\d+)", s[m.end():end]) if m.group("b") else None
        if then and not set(reader.people(then.group("c"))) & set(candidate.participants):
            # "held talks with Abe on Friday and with Park on Saturday": another meeting, on its own day
            second = reader.new_candidate(phrase.kind, clause, agents(m) + reader.people(then.group("c")))
            reader.settle(second, clause, m.end() + then.start("c"), phrase)
            second.places = second.places or list(candidate.places)
            touched.append(second)
        another = re.match(r"(?: (?![EPG]\d)\S+){0,6}? and another (?:one )?in (?:the )?(?:A\d+ )?(?P<p>" + PLACE
                           + r")(?: (?:in |on )?(?P<d>D\d+))?", s[m.end("ev"):end])
        if another:
            # "held an informal summit in Wuhan in April 2018 and another in Mamallapuram in October 2019": the
            # same again, there, then
            touched.append(one_more_there(reader, clause, candidate, phrase.kind, list(candidate.participants),
                                          another.group("p"), another.group("d")))

    # A met (with) B / A is expected to meet B / A spoke by phone with B
    # (not "called his host a dear friend", "called him a liar": naming, not phoning)
    for m in frames(SUBJECT + r"(?P<phoned>telephoned|phoned|rang|called) (?!on\b)(?P<b>" + ACTS + r")"
                    r"(?! (?:host |guest |counterpart )?(?:an?|the|his|her|their|one|\"|')\b)"):
        for other in reader.people(m.group("b")):  # "phoned Kang and Kono": a call with each
            candidate = reader.new_candidate("PhoneCall", clause, agents(m) + [other])
            reader.settle(candidate, clause, m.start("b"))
            touched.append(candidate)
    greetings = r"(?! (?:(?![EPG]\d)\S+ ){0,2}(?:at the airport|on the tarmac|at the foot of the (?:steps|plane)))"
    for m in frames(SUBJECT + r"(?:met|meet|meets|talked|spoke|spoken|speaks|speak|sat down|sit down|sits down|conferred|"
                    r"confer|held a meeting|had a meeting|had talks|held separate talks|exchanged views|caught up|"
                    r"negotiated(?= with)|negotiates(?= with)|"  # ("negotiated with Lavrov late into the following day")
                    # ("saw Turkey's Cavusoglu and Iran's Zarif separately")
                    r"saw(?= [^.;]*\b(?:separately|individually|one by one|one-on-one|in turn)\b)|"
                    # ("Lukashenko, who flew in on Monday, saw Rahmon the same day"; not "saw his guest off", "saw Xi as")
                    r"(?P<saw>saw)(?= (?:[A-Z]\d+ )?(?:[a-z-]+ ){0,2}P\d+\b(?! off\b| as\b| 's\b))|"
                    # "had his own audience with Khamenei": a meeting granted by a monarch or a supreme leader
                    r"(?:had|was granted|were granted|was given|has had) (?:an|a|(?:his|her|their|P\d+) own|a private|"
                    r"a brief|a rare) audience|"
                    r"called on|calls on|calling on|will call on|paid a (?:courtesy )?call on|paying a (?:courtesy )?call on|(?<=\bto )call on|(?<=\bto )pay a (?:courtesy )?call on|"
                    # ("was also scheduled to see the speaker of parliament before leaving")
                    r"(?<=scheduled to )see|(?<=due to )see|(?<=expected to )see|(?<=set to )see|"
                    # ("then spent more than an hour on the telephone with the US president")
                    r"(?:spent|spends|spend)(?: (?![EPG]\d)\S+){0,4}? (?P<spent>on the (?:tele)?phone))"
                    # ("spoke today on the telephone with Vladimir Putin")
                    r"(?: (?:on |in )?D\d+(?= (?:by|on|over) (?:the )?(?:tele)?phone))?"
                    r"(?P<how>(?: by (?:tele)?phone| on the (?:tele)?phone| over the (?:tele)?phone| via video link|"
                    r" by video link)?)"
                    r"(?: (?:on the (?:sidelines|margins|fringes)|separately|briefly|again)(?= with))?"
                    # ("also spoke by phone on Friday with Indian Prime Minister Narendra Modi")
                    r"(?: (?:on |in )?D\d+(?= with))?"
                    r" (?:with |(?<=spoke )to |(?<=spoken )to )?(?P<b>" + ACTS + r")" + greetings):
        if re.search(r"\bcalls? on$|\bcalled on$|\bcalling on$", s[m.start():m.start("b")].rstrip()) and re.match(r" to [a-z]+", s[m.end():]):
            continue  # "called on both sides to better align ...": an appeal, not a visit
        if m.group("saw") and not agents(m):
            continue  # "the summit saw Putin and Xi ...": an event's, not someone's
        # "spoke with Wang Yi by phone on Friday": how, said after whom
        phoned = re.match(r"(?: (?![EPG]\d)\S+){0,2}? (?:by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone|"
                          r"by video ?(?:link|conference)|via video ?(?:link|conference))\b", s[m.end():end])
        kind = "PhoneCall" if m.group("how") or phoned or m.group("spent") else "Meeting"
        others = reader.people(m.group("b"))
        # (also in the clause's event phrases: "sat down with his Russian and Indian counterparts for a three-way meeting")
        together = re.search(r"\b(?:together|jointly|joint|trilateral|three-way|four-way|group|delegations?|both)\b",
                             " ".join([s[start:end]] + [reader.phrase(e).name.lower() for e in re.findall(r"\bE\d+", s[start:end])]))
        # (and "Xi met Putin and Elbegdorj in the Uzbek capital, the third meeting of the heads of state of the three
        # neighbouring countries": the apposition says it was one)
        apposed = re.match(r"(?: (?![EPG]\d|;)\S+){0,8}? , (?:the |their |a )?(E\d+)", s[m.end():])
        together = together or (apposed and (
            re.search(r"\b(?:three|four|five|trilateral|three-way|four-way)\b", reader.phrase(apposed.group(1)).name.lower())
            or re.match(r" of (?:the |their |all )?(?:three|four|five)\b", s[m.end() + apposed.end():])))
        # (but "Lavrov and Qin met Amir-Abdollahian and Khar on the margins of the conference": the four, together)
        if len(others) > 1 and (re.search(r"\bseparately\b", s[m.end():end]) or not together and len(agents(m)) == 1):
            # "Jaishankar met Nurtleu, Kulubaev and Muhriddin on the sidelines": a meeting with each
            for other in others:
                meeting = reader.new_candidate(kind, clause, agents(m) + [other])
                reader.settle(meeting, clause, m.start("b"))
                touched.append(meeting)
            continue
        candidate = reader.new_candidate(kind, clause, agents(m) + others)
        reader.settle(candidate, clause, m.start("b"))
        at = re.match(r"(?: (?![EPG]\d)\S+){0,3}? (?:at|during) (?:the same |the )?(E\d+)", s[m.end():end])
        if at and reader.phrase(at.group(1)).kind in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            candidate.sidelines = reader.candidate_for(at.group(1))  # "had sat down with Lavrov at the same gathering"
        touched.append(candidate)
        # "He spoke with France's Barrot on April 24, with Britain's Lammy on April 27 and with Rubio on April 30": one
        # with each, on his own day
        k = m.end()
        while next_one := re.match(r" (?:on |in )?D\d+ (?:,|, and|and) with (?P<c>" + ACTS + r")(?= (?:on |in )?D\d+)",
                                   s[k:end]):
            other = reader.new_candidate(kind, clause, agents(m) + reader.people(next_one.group("c")))
            reader.settle(other, clause, k + next_one.start("c"))
            touched.append(other)
            k += next_one.end()
    # "Xi opened the visit on Monday with hours of informal talks over dinner with Putin", "ended his trip with a meeting
    # with Atambayev": the traveller met him, on the day said (of the visit's phrase, or after it)
    for m in frames(SUBJECT + r"(?:opened|began|started|kicked off|ended|wrapped up|closed|concluded|rounded off) "
                    r"(?P<visit>E\d+) (?:(?:on |in )?(?P<d>D\d+) )?with (?:(?:a|an|hours of|several hours of|a round of|"
                    r"an evening of) )?(?:[a-z-]+ ){0,2}?(?P<ev>E\d+)(?: (?![EPG]\d)[^,;]{0,20}?)? with (?P<b>" + ACTS + ")"):
        visit, phrase = reader.phrase(m.group("visit")), reader.phrase(m.group("ev"))
        if visit.kind not in VISITS or phrase.kind not in PERSON_MEETINGS or not agents(m):
            continue
        meeting = reader.candidate_for(m.group("ev"))
        meeting.add_people(agents(m) + reader.people(m.group("b")))
        reader.settle(meeting, clause, m.start("b"))
        said = reader.view.item(m.group("d")) if m.group("d") else visit.dates[0] if len(visit.dates) == 1 else None
        day = reader.reader.resolve_date(said.date, meeting.status) if said is not None else None
        if meeting.date is None and day is not None and day.granularity == "day" and not day.end:
            meeting.date = day
        touched.append(meeting)
    # "Wang went on to meet his ASEAN counterparts on Friday": a ministerial of that organization
    for m in frames(SUBJECT + r"(?:met|meet|meets|to meet|will meet|held talks with) (?:P\d+|his|her|their) (?P<org>O\d+) "
                    r"(?:counterparts|colleagues|ministers)"):
        candidate = reader.new_candidate("MinisterialMeeting", clause, agents(m))
        candidate.organizer = reader.reader.parent_org(reader.view.item(m.group("org")).entity)
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)

    # "The three-day meeting, hosted by Russian President Vladimir Putin, opened on Tuesday"
    # "Tuesday's virtual meeting, which was joined by Putin, Xi, Sharif and Raisi, among others"
    # "The three-way meeting was hosted by Cavusoglu"
    # ("after talks in Vilnius with Kristersson hosted by Stoltenberg": the host of the talks)
    # ("a Security Council meeting on non-proliferation to be chaired by US President Donald Trump on Wednesday")
    for m in frames(r"(?:(?P<ev>E\d+) , |(?<=, )|(?P<pv>E\d+) (?:with (?:[a-z-]+ ){0,3}" + ACTS + r" |on (?:[a-z-]+ ){1,2})?"
                    r"(?:(?:was|were|will be|is being|had been|to be|is to be) (?:also )?)?)"
                    r"(?:(?:which|that) (?:was|were|had been) (?:also )?)?(?P<how>hosted|chaired|"
                    r"co-chaired|joined|attended|addressed) by (?P<b>" + ACTS + r")(?: (?:on |in )?D\d+)?"
                    r"(?= ,| \.|$| and (?:the )?(?:[a-z]+ )?"
                    r"(?:delegations|representatives|officials|envoys|leaders|ministers|others)\b| and (?:was |were )?"
                    r"(?:also )?(?:attended|joined) by )"):
        ev = m.group("ev") or m.group("pv") or next(iter(re.findall(r"(E\d+) , $", s[:m.start()])), None)
        if ev is None or (not m.group("ev") and not m.group("pv") and not re.match(r"(?:which|that) ", m.group(0))):
            continue  # a relative clause hangs on the event just before it: "E4 , which was joined by ..."
        the_gathering_just_told(reader, ev)
        candidate = reader.candidate_for(ev)
        candidate.add_people(reader.people(m.group("b")))
        more = re.match(r" and (?:was |were )?(?:also )?(?:attended|joined) by (" + ACTS + r")", s[m.end():])
        if more:  # "was chaired by Tileuberdi and attended by Meredov, Kulubaev and Norov": they too
            candidate.add_people(reader.people(more.group(1)))
        if m.group("how") == "hosted":
            candidate.add_hosts(reader.people(m.group("b")))
            if m.group("pv") and reader.phrase(ev).kind == "Meeting" and re.search(r"\b(?:to|at|attended|joined)\s*$",
                                                                                  s[start:m.start()]):
                # "was taken almost directly to an informal dinner hosted by Putin": the guest was at it
                candidate.add_people(reader.subject(clause, m.start(), previous))
        reader.settle(candidate, clause, m.end(), reader.phrase(ev))
        touched.append(candidate)
    # "On Friday the ministers were joined by envoys from a dozen more countries at a session, among them
    # Faisal and Amir-Abdollahian": those joined, and those named among the others, were at it, that day
    for m in frames(r"(?P<a>G\d+|" + ACTS + r") (?:were|was|will be) (?:also )?joined by (?:(?![EPG]\d)\S+ ){1,10}?"
                    r"(?:at|for|in) (?:a |an |the )?(?:\" (?:[^\"]+ ){1,5}?\" )?(?P<ev>E\d+)(?: , (?:among them|including) (?P<b>" + ACTS
                    + r"))?"):  # (a quoted name before the noun: 'at a "Friends of BRICS" session')
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")) + (reader.people(m.group("b")) if m.group("b") else []))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "The SCO on Tuesday admitted India as an observer. The decision was approved at a meeting of its
    # Council of Heads of State in the Kazakh capital": the gathering sat on the day the decision was told
    for m in frames(r"^(?:the|that|this|its|their) (?:decision|move|step|admission|accession|entry|declaration|agreement) "
                    r"(?:was|were) (?:formally |officially )?(?:approved|taken|made|adopted|reached|endorsed|signed|announced|"
                    r"confirmed|finali[sz]ed|formali[sz]ed|sealed|completed) at (?:a |an |the )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        told = reader.reader.last_day
        if candidate.date is None and told is not None and reader.reader.last_day_sentence == reader.sentence.index - 1:
            candidate.date = told
        touched.append(candidate)
    # "Both are expected in Bishkek next week for the SCO summit, and then in Dushanbe for a CICA summit": the
    # verb left out, the same people, there, as planned as the clause before
    for m in frames(r"\band (?:then |later |afterwards |also )?(?:in|to) (?:the )?(?P<where>(?:L|C)\d+)(?: D\d+)? "
                    r"for (?:a |an |the )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if m.start() != start or phrase.kind not in GATHERINGS or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        if not candidate.places:
            candidate.places = [reader.view.item(m.group("where")).entity]
        touched.append(candidate)
    # "a virtual summit of the SCO, hosted by India, in which Xi and Putin took part": theirs
    # ("the meeting that China will host in Beijing in June, in which Lavrov will take part": he will)
    for m in frames(r"(?P<ev>E\d+) (?:, )?(?:(?![EPG]\d)[^,]+ , |(?:that|which) (?:(?![EPG]\d)[^,])+ , )?(?:in|at) which "
                    r"(?P<a>" + ACTS + r") (?:also |both )?(?:took part|participated|spoke|will take part|will participate|"
                    r"(?:is|are) (?:expected|due|set) to take part)\b"):
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "At the SCO summit in Ufa, Modi and Sharif shook hands", "Speaking at the plenary session of the Eastern
    # Economic Forum, Xi praised ...": a gathering put before the clause's subject had the subject at it
    at_gathering = (r"^(?:(?:speaking|in (?:a |his |her |their )?(?:speech|address|remarks)) (?:at|to)|addressing|at|"
                    r"during) (?:the |a |an |its |their |the (?:bloc|group|alliance|organi[sz]ation) 's )?(?P<ev>E\d+)"
                    r"(?: of (?:the )?(?P<whole>E\d+))?(?: ,)? (?P<a>" + ACTS + r") [a-z]")
    opened = frames(at_gathering)
    if not opened and re.fullmatch(r"(?:at|during) (?:the |a |an )?E\d+(?: of (?:the )?E\d+)? ,", text.strip()):
        # "At the CSTO summit in Yerevan, Pashinyan said ...": the reporting verb began a clause of its own
        whole_sentence = frame_pattern(at_gathering[1:])[0].match(s, start)
        opened = [whole_sentence] if whole_sentence else []
    for m in opened:
        placeholder = whole_of(reader, m.group("ev"), m.group("whole"))
        phrase = reader.phrase(placeholder)
        if phrase.kind not in GATHERINGS | {"Ceremony"} or phrase.plural or taken(placeholder):
            continue
        candidate = reader.candidate_for(placeholder)
        candidate.add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("whole" if placeholder == m.group("whole") else "ev"), phrase)
        touched.append(candidate)
    # "at the end of a European tour that included a G7 summit in Cornwall and a NATO summit in Brussels": the
    # traveller was at each
    for m in frames(r"(?:\btour|\btrip|\bjourney|E\d+) (?:that|which) (?:had |has |also )*(?:included|includes|took in|"
                    r"will include|will take in) (?P<evs>(?:the |a |an )?E\d+(?: (?:,|and|, and) (?:the |a |an )?E\d+)*)"):
        travellers = [p for p in agents(m) if p.startswith("person/")]
        for named in re.finditer(r"E\d+", m.group("evs")):
            placeholder = named.group()
            phrase = reader.phrase(placeholder)
            if phrase.kind not in GATHERINGS or phrase.plural or not travellers:
                continue
            candidate = reader.candidate_for(placeholder)
            candidate.add_people(travellers)
            reader.settle(candidate, clause, m.start("evs") + named.start(), phrase)
            touched.append(candidate)
    # "a six-day trade fair that the Chinese leader opened the same morning": he was at it
    for m in frames(r"(?P<ev>E\d+) (?:, )?(?:that|which) (?P<a>" + ACTS + r") (?:had |has |also )?(?:opened|addressed|"
                    r"attended|chaired|co-chaired|inaugurated|hosted|presided over)\b"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS | {"Ceremony"} or phrase.plural:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "The summit in Ufa brought together Putin, Modi, Xi and Sharif": they were at it (and "brought together,
    # among others, Aliyev, the Emir of Qatar, Sheikh Tamim, and Abbas")
    for m in frames(r"(?P<ev>E\d+) (?:(?![EPG]\d)[^,]{0,40} )?(?:brought|brings|will bring|would bring|gathered|gathers|"
                    r"will gather) together (?:, among others , |among others )?(?P<a>" + ACTS + r")"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS or phrase.plural:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        # (the list goes on past an apposition: "Azerbaijani President Ilham Aliyev, the Emir of Qatar, Sheikh
        # Tamim, and Palestinian President Mahmoud Abbas")
        listed = re.match(r"(?:(?: , (?:the )?(?:[a-z-]+ ){1,2}of (?:the )?[CO]\d+)? (?:,|and|, and) " + ACTOR_NP + r")*",
                          s[m.end("a"):])
        candidate.add_people([p for p in reader.people(m.group("a") + listed.group(0)) if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "the previous summit in Chengdu in December 2019, which brought together Li Keqiang, Abe and Moon": theirs
    for m in frames(r"^which (?:also )?(?:brought|gathered|drew) together (?:(?:then-?)?[a-z-]* ?)?(?P<a>" + ACTS + r")"):
        before = re.search(r"(E\d+)(?: (?![EPG]\d)[^,]*)? , $", s[:start])
        if before is None or reader.phrase(before.group(1)).kind not in GATHERINGS:
            continue
        listed = [reader.view.item(w) for w in re.findall(r"\b[PG]\d+\b", s[m.start("a"):end])]
        candidate = reader.candidate_for(before.group(1))
        candidate.add_people([p for i in listed for p in (i.group or [i.entity]) if p and p.startswith("person/")])
        touched.append(candidate)
    # "The two leaders' earlier encounters this year took place at the SCO summit in Qingdao in June, the BRICS summit in
    # Johannesburg in July and ...": the pair the article reports were at each
    for m in frames(r"^(?:the two (?:leaders|presidents|ministers|men|women) '|their) (?:(?![EPG]\d)\S+ )?(?P<enc>E\d+) "
                    r"(?:took place|were held|came) (?:at|during) (?:the )?(?P<evs>E\d+(?: (?:,|and|, and) (?:the )?E\d+)*)"):
        if reader.phrase(m.group("enc")).kind not in PERSON_MEETINGS:
            continue
        pairs = meetings_of_two(reader)
        if not pairs:
            continue
        pair = [p for p in pairs[-1].participants if p.startswith("person/")]
        encounter = reader.candidate_for(m.group("enc"))
        for named in re.finditer(r"E\d+", m.group("evs")):
            phrase = reader.phrase(named.group())
            if phrase.kind not in GATHERINGS | {"Conference"} or phrase.plural:
                continue
            gathering = reader.candidate_for(named.group())
            gathering.add_people(pair)
            reader.settle(gathering, clause, m.start("evs") + named.start(), phrase)
            touched.append(gathering)
            # and an encounter of the two at each, on its sidelines (the first is the one the clause named)
            meeting = encounter if encounter.sidelines is None else reader.new_candidate("Meeting", clause, pair)
            meeting.add_people(pair)
            meeting.sidelines = gathering
            meeting.date = None  # (its gathering's month, as the sidelines date it)
            if meeting is not encounter:
                reader.settle(meeting, clause, m.start("evs") + named.start(), dated=False)
                touched.append(meeting)
    # "Modi skipped last year's SCO summit in Astana, where External Affairs Minister Jaishankar represented India": he
    # was at it
    for m in frames(r"^where (?P<a>" + ACTS + r") (?:had |has |also )?(?:represented|stood in for|deputi[sz]ed for)\b"):
        before = re.search(r"(E\d+)(?: (?![EPG]\d)[^,]*)? , $", s[:start])
        if before is None or reader.phrase(before.group(1)).kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(before.group(1))
        candidate.add_people([p for p in agents(m) if p.startswith("person/")])
        touched.append(candidate)
    # "Modi, host of the two-day summit, announced ...": he was at it, its host
    for m in frames(r"(?P<a>P\d+) , (?:the )?(?:host|chair|chairman) of (?:the |this |that )?(?P<ev>E\d+) ,"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        hosts = [p for p in reader.people(m.group("a")) if p.startswith("person/")]
        candidate.add_people(hosts)
        candidate.add_hosts(hosts)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "At Friday's plenary session Xi shared the stage with Putin and Guterres": the three were at it
    for m in frames(r"(?:at|during) (?:the |a )?(?P<ev>E\d+) (?:, )?(?P<a>" + ACTS + r") (?:also )?shared (?:the|a) "
                    r"(?:stage|platform|podium) with (?P<b>" + ACTS + r")"):
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "The treaty was signed in Moscow on July 16, 2001 by Putin and then Chinese President Jiang Zemin": they met
    # (read past the clause: "by Putin | and then Chinese President Jiang Zemin")
    for m in (m for m in SIGNED_BY.finditer(s, start) if m.start() < end):
        people = [p for p in reader.people(m.group("b")) if p.startswith("person/")]
        if len(set(people)) < 2:
            continue
        candidate = reader.new_candidate("Meeting", clause, people)
        reader.settle(candidate, clause, m.start())
        where = m.group("where") or m.group("where2")
        if where and not candidate.places:
            candidate.places = [reader.view.item(where).entity]
        touched.append(candidate)
    # "When Hu Jintao welcomed his guests to Shanghai on Thursday": a gathering he hosted there that day
    for m in frames(SUBJECT + r"(?:welcomed|welcomes|welcoming|will welcome) (?:his|her|their|P\d+) (?:fellow )?(?:guests|"
                    r"visitors|counterparts|fellow leaders) to (?:the )?(?:(?:[a-z-]+ ){0,3}(?:city|capital|town|resort) of )?"
                    r"(?P<where>" + PLACE + r")(?! (?:for|at) (?:the |a |an )?E\d)"):
        hosts = [p for p in agents(m) if p.startswith("person/")]
        if not hosts:
            continue
        candidate = reader.new_candidate("OrgMeeting", clause, hosts)
        candidate.add_hosts(hosts)
        candidate.places = [reader.view.item(m.group("where")).entity]
        candidate.organizer = reader.reader.topic_organization(named=2)
        reader.settle(candidate, clause, m.start("where"))
        touched.append(candidate)
    # "Around the table sat Putin, Nazarbayev and Karimov": at the gathering just told
    # ("Chinese President Hu Jintao, Russian President Vladimir Putin, ... and Tajikistan's Emomali Rakhmonov sat at the
    # table": the same, said the other way round)
    # ("Among those at the table a decade ago were Wen Jiabao, Koizumi and Manmohan Singh")
    for m in frames(r"^(?:among those )?(?:around|at) the (?:table|negotiating table|summit table)(?: D\d+)? (?:sat|were) "
                    r"(?P<a>" + ACTS + r")|"
                    r"^(?P<b>" + ACTS + r") (?:sat|were (?:seated|sitting)) (?:at|around) the (?:table|negotiating table|"
                    r"summit table|conference table)\b"):
        # (a summit or ministerial told in those sentences before a forum merely named: "of a forum that some hoped ...")
        near = [c for c in reader.reader.candidates if c.status == "held" and c.sentence >= reader.sentence.index - 3
                and c.family in ("summit", "ministerial")]
        gathering = near[-1] if near else reader.reader.last_multilateral("held")
        if gathering is not None and gathering.sentence >= reader.sentence.index - 3:
            gathering.add_people(reader.people(m.group("a") or m.group("b")))
    # "Putin and Mirziyoyev had discussed the preparations for the visit by telephone last Tuesday": a call
    for m in frames(r"(?P<a>G\d+|" + ACTS + r"(?: (?:,|and|, and) " + ACTOR_NP + r")+) (?:had |have |has |also )?"
                    r"(?:discussed|talked over|went over|reviewed|agreed on|spoke about) (?:(?![PG]\d)\S+ ){1,10}?"
                    r"(?:by (?:tele)?phone|by video ?link|(?:over|on) the (?:tele)?phone)\b"):
        people = reader.people(m.group("a"))
        if len(set(people)) < 2:
            continue
        candidate = reader.new_candidate("PhoneCall", clause, people)
        reader.settle(candidate, clause, m.end("a"))
        touched.append(candidate)
    # "The two-day meeting ended on Thursday without a communique": its last day (its days, by its length)
    # ("When Xi's state visit to Russia wound up in St Petersburg on Friday, ...")
    for m in frames(r"^(?:when |as )?(?P<ev>E\d+) (?:(?:finally|formally|officially) )?(?:ended|closed|concluded|wrapped up|"
                    r"wound up|opened|began|started|got under way) (?:in (?:the )?(?:A\d+ )?(?:L|C)\d+ )?(?:on )?D\d+"):
        if taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "The council sat on Thursday and Friday": the days of the gathering the article last named
    for m in frames(r"^the (?:council|conference|forum|session|gathering) (?:sat|met|convened|was held|took place) "
                    r"(?:on |from |between )?(?P<d>D\d+)"):
        gathering = reader.reader.last_multilateral("held")
        said = reader.reader.resolve_date(reader.view.item(m.group("d")).date, "held")
        if gathering is not None and said is not None and (gathering.date is None or gathering.date.granularity in
                                                           ("month", "year")):
            gathering.date = said
            gathering.spans.append(reader.clause_span(clause))
    # "Russia presides over the SCO and will take over the BRICS chairmanship. Both organisations are to hold their
    # summits in St. Petersburg next July": a summit of each of the two just named
    for m in frames(r"^(?:both|the two) (?:organi[sz]ations|groups|groupings|blocs|bodies|forums) (?:(?![EPG]\d)\S+ ){0,4}?"
                    r"(?:hold|host|convene|held|hosted|convened) (?:their )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        since = reader.article.sentences[max(0, reader.sentence.index - 1)].start
        named = sorted(((at, key) for key, (_, at) in reader.reader.organizations.items() if since <= at), reverse=True)
        if phrase.kind != "Summit" or phrase.organizer or len(named) < 2:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.organizer = named[1][1]
        candidate.also_organizers = [named[0][1]]
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "The first India-Central Asia Summit was held in virtual format. Modi hosted it, and Tokayev of Kazakhstan, ...
    # and Mirziyoyev of Uzbekistan joined by video link": the gathering just told, with each of them
    for m in frames(r"(?P<list>(?:P\d+(?: of (?:the )?C\d+)? (?:,|and|, and) )+P\d+(?: of (?:the )?C\d+)?) joined(?: it| them"
                    r"| the (?:summit|meeting|talks|session))? (?:by|via|through|over) video"):
        people = [p for w in re.findall(r"P\d+", m.group("list")) for p in reader.people(w) if p.startswith("person/")]
        told = [c for c in reader.reader.candidates + list(reader.candidates.values())
                if c.sentence >= reader.sentence.index - 1 and c.family in ("summit", "ministerial", "org", "conference")]
        if len(people) >= 2 and told:
            told[-1].add_people(people)
            told[-1].spans.append(reader.clause_span(clause))
    # "... and eventually held on June 24, 2020. Rajnath Singh attended it": the gathering just told
    for m in frames(SUBJECT + r"(?:attended|took part in|participated in|addressed|hosted|chaired|co-chaired|opened) "
                    r"(?:it|them)\b"):
        people = [p for p in agents(m) if p.startswith("person/")]
        told = [c for c in reader.reader.candidates if c.sentence >= reader.sentence.index - 1
                and c.family in ("summit", "ministerial", "org", "conference", "ceremony", "inauguration")]
        if not people or not told or (len(told) > 1 and told[-1].sentence == told[-2].sentence
                                      and told[-1].status == told[-2].status):
            continue
        told[-1].add_people(people)
        told[-1].spans.append(reader.clause_span(clause))
    # "Xi and Putin took part in two video summits chaired by Putin last month: the SCO summit on Nov. 10 and the BRICS
    # summit on Nov. 17": at each one the colon lists
    for m in frames(SUBJECT + r"(?:took part in|take part in|takes part in|attended|attends|participated in|joined) "
                    r"(?:the |two |both |three |several )?(?:[a-z-]+ ){0,2}(?:summits|meetings|sessions|gatherings|forums)"
                    r"(?: [^:;]*?)? : (?P<list>(?:the )?E\d+(?:(?: ,| and| , and) (?:the )?E\d+)+)"):
        for ev in re.findall(r"E\d+", m.group("list")):
            if reader.phrase(ev).kind not in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
                continue
            gathering = reader.candidate_for(ev)
            gathering.add_people(agents(m))
            reader.settle(gathering, clause, m.start("list") + m.group("list").index(ev), reader.phrase(ev))
            touched.append(gathering)
    # "He shared the stage at the plenary session with Putin, Kern and Dodon": all of them were at it (else at the
    # gathering the article last told)
    for m in frames(SUBJECT + r"(?:shared|shares|will share|share) (?:the|a) (?:stage|platform|podium|dais|panel) "
                    r"(?:at (?:the )?(?P<ev>E\d+) )?with (?P<b>" + ACTS + r")"):
        phrase = reader.phrase(m.group("ev")) if m.group("ev") else None
        session = phrase is not None and not phrase.places and not phrase.dates and re.fullmatch(
            r"(?:the )?(?:(?:plenary|opening|closing|main|final|first|second) )?(?:session|sitting|panel)", phrase.name.lower())
        if phrase is None or session:
            # (a bare "plenary session" is a part of the gathering just told: its people are at that one)
            gathering = reader.reader.last_multilateral("held")
            if gathering is not None and phrase is not None:
                reader.candidates[reader.view.item(m.group("ev")).event] = gathering
        else:
            gathering = reader.candidate_for(m.group("ev"))
            reader.settle(gathering, clause, m.start("ev"), phrase)
        if gathering is None or gathering.family not in ("summit", "ministerial", "org", "conference"):
            continue
        gathering.add_people(agents(m) + reader.people(m.group("b")))
        if gathering.sentence == reader.sentence.index:
            touched.append(gathering)
        else:
            gathering.spans.append(reader.clause_span(clause))
    # "Erdogan flew in for the summit": he took part
    # ("Modi is expected to travel to Tianjin for the SCO summit": there, to take part)
    # ("Li Qiang is scheduled to visit Moscow in August for the annual meeting of heads of government")
    for m in frames(SUBJECT + r"(?:(?:flew in|flies in|arrived|arrives|came|comes|travelled|traveled|flew|travel|travels|"
                    r"fly|flies|head|heads|headed) (?:to (?:the )?(?P<dest>(?:C|L)\d+) )?|(?:visit|visits|visited) (?:the )?"
                    r"(?P<dest2>L\d+) )(?:(?:on |in |later |next |this )?D\d+ )?for (?P<ev>E\d+)"):
        if reader.phrase(m.group("ev")).kind in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(agents(m))
            reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
            dest = m.group("dest") or m.group("dest2")
            if dest and not candidate.places and (reader.view.item(dest).entity or "").startswith("place/"):
                candidate.places = [reader.view.item(dest).entity]
            touched.append(candidate)
    # "Putin presented Modi with the Order of St Andrew on Tuesday, at the end of a day of talks": their talks
    for m in frames(r"(?P<a>" + ACT + r") (?:presented|awarded|gave|handed|thanked|briefed|told|assured) (?P<b>"
                    + ACTS + r")(?: (?![EPG]\d)\S+){0,25}? (?:at the end of|after|during|following|over) (?:a day of |two "
                    r"days of |the |their |hours of )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in ("Meeting", "BilateralMeeting") or phrase.people or phrase.plural:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "a tour that had taken Wang to the Munich Security Conference": he was there
    for m in frames(r"(?:had taken|has taken|took|takes|will take|would take) (?P<b>" + ACTS + r") to (?P<ev>E\d+)"):
        if reader.phrase(m.group("ev")).kind in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference",
                                                  "Ceremony"):
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(reader.people(m.group("b")))
            reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
            touched.append(candidate)
    # "talks held on the sidelines on Thursday between Chinese President Xi Jinping and Russian President Putin"
    for m in frames(r"(?P<ev>E\d+) (?:held |that took place |which took place |taking place )?(?:(?![EPG]\d)\S+ ){0,6}?"
                    r"between (?:(?P<a>" + ACTOR_NP + r") and (?P<b>" + ACTOR_NP + r")|(?P<g>G\d+))"):
        # (or a pair told as one: "between the Russian and Chinese foreign ministers"; but "Friday's talks were the
        # third meeting between the two presidents" is those talks, read below)
        if reader.phrase(m.group("ev")).kind not in PERSON_MEETINGS or (m.group("g") and reader.predicate_of(m.start("ev"))):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("g")) if m.group("g")
                             else reader.people(m.group("a")) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev") + len(m.group("ev")), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "the leaders of South Korea, China and Japan met in Seoul on Monday for their first three-way summit":
    # they are the gathering's, not a meeting besides it
    gathered_for = r"(?: (?![EPG]\d)\S+){0,4}? for (?:the |their |its |a |an )?E\d+"
    for m in frames(r"(?P<a>G\d+|" + ACTOR_NP + r"(?: (?:,|and|, and) " + ACTOR_NP + r")+)" + MID
                    + r" (?:met|gathered|assembled|convened|will meet|meet)(?P<rest>" + gathered_for + ")"):
        ev = re.search(r"E\d+$", m.group("rest")).group(0)
        if reader.phrase(ev).kind not in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            continue
        candidate = reader.candidate_for(ev)
        candidate.add_people(reader.people(m.group("a")))
        reader.settle(candidate, clause, m.start("rest"), reader.phrase(ev))
        touched.append(candidate)
    # "Wang and the foreign ministers of the five Central Asian states met in Nur-Sultan for the third ministerial
    # meeting": he was at it, with the others the text does not name
    for m in frames(r"(?<!\bto )(?<!\bof )(?<!\bfor )(?P<a>" + ACTOR_NP + r") and (?:the |his |her |their )?(?:[a-z-]+ ){0,2}"
                    r"(?:ministers|leaders|counterparts|presidents|heads of state)(?: of (?:the )?(?:[a-z-]+ |[CA]\d+ ){0,4}?"
                    r"(?:states|countries|nations|members|[CO]\d+))? (?:met|gathered|assembled|convened)(?P<rest>"
                    + gathered_for + ")"):
        ev = re.search(r"E\d+$", m.group("rest")).group(0)
        if reader.phrase(ev).kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(ev)
        candidate.add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("rest"), reader.phrase(ev))
        touched.append(candidate)
    # A and B met / talked (no object)
    # (not "political advisers to the leaders of Russia, Ukraine, France and Germany met": their advisers did)
    # ("Wang Yi, director of the Office of the Central Foreign Affairs Commission, and Sergey Lavrov met")
    for m in frames(r"(?<!\bto )(?<!\bof )(?<!\bfor )(?P<a>G\d+|" + ACTOR_NP + r"(?:" + APPOSED_OFFICE + r"(?= and ))?"
                    # ("Koo and Wang, the heads of the two sides' negotiating bodies, met there")
                    r"(?: (?:,|and|, and) " + ACTOR_NP + r")+(?: , the (?:(?:[a-z'-]+|'|O\d+|C\d+|A\d+|L\d+) ){1,10}?,)?"
                    r"|(?<=, )who|^they(?= have since)"
                    # ("Xi and Putin held talks in Beijing on 4 February, and met again in Samarkand": the two again)
                    r"|(?<=, )and(?= (?:then |later |also )?met again\b))" + MID
                    + r" (?:met|talked|will meet|to meet|meet|sat down|sit down|got together|get together"
                    # ("They have since gathered in Ankara and in Tehran in 2018, in Sochi again in February 2019")
                    r"|(?<=since )gathered|(?<=since )met"
                    r"|(?:see|saw|seen) each other(?! (?:(?![EPG]\d)\S+ ){0,5}?(?:during|at) (?:the )?E\d)"
                    # ("spoke for more than an hour by videolink")
                    r"|(?:spoke|spoken)(?= (?:for (?:(?![EPG]\d)\S+ ){1,5}?)?(?:by (?:tele)?phone|on the (?:tele)?phone|"
                    r"over the (?:tele)?phone|by video|via video))"
                    # "Xi and Trump last spoke on January 17": by phone, unless said in person
                    r"|(?<=last )(?:spoke|spoken|talked)(?= (?:on |in )?D\d+)"
                    # ("Blinken and Lavrov spoke briefly on the sidelines of a meeting of G20 foreign ministers": in person)
                    r"|(?:spoke|talked|chatted)(?=" + IN_PERSON + ")"
                    # "they speak regularly by phone, most recently in August": that last time
                    r"|(?:speak|talk|meet)(?= (?:regularly|often|frequently)(?: by (?:tele)?phone| on the (?:tele)?phone)? , "
                    r"(?:most recently|last|the last time)\b)"
                    r"|signed(?= (?:a|an|the|its|their) )"  # "he and Xi signed a joint statement in Beijing": they met
                    # ("the presidents of the United States and Russia put their signatures to a new treaty")
                    r"|put their (?:signatures|names) (?:to|on)(?= (?:a|an|the) ))\b"
                    # "met for talks" is the talks' frame; "talked for around three hours" is this one
                    # ("Putin and Xi met Modi", "met Iran's Amir-Abdollahian": whom they met is the other frame's)
                    r"(?! (?:(?:C|A)\d+ (?:'s )?)?(?:(?:president|prime|minister|foreign|premier|chancellor|king|his|her|their|"
                    r"counterparts?|leaders?) )*(?:P|G)\d+)"
                    r"(?! with| during| at (?:the )?E\d| for(?! (?:(?![EPG]\d)\S+ ){0,4}?(?:hours?|minutes?)\b)|"
                    # ("met the press together": a news conference, not a meeting)
                    r" (?:the )?(?:press|reporters|journalists|media|students)\b|"
                    + gathered_for + ")"):
        # "between Modi and Xi, who sat down together on Wednesday": "who" are the two just named
        people = reader.subject(clause, m.end(), []) if m.group("a") == "who" else reader.people(m.group("a")) \
            if m.group("a") not in ("they", "and") else []
        if m.group("a") == "and" and last is not None and last.family == "meeting" and last.sentence == reader.sentence.index:
            people = [p for p in last.participants if p.startswith("person/")]  # the two the clause before told meeting
        if m.group("a") == "they":
            # "They have since gathered in ...": those the sentence before told meeting
            told = [c for c in reader.reader.candidates if c.sentence == reader.sentence.index - 1
                    and len([p for p in c.participants if p.startswith("person/")]) >= 2]
            people = [p for p in told[-1].participants if p.startswith("person/")] if told else []
        if len(people) < 2:
            continue
        gathering = reader.reader.last_multilateral("held")
        group = reader.view.item(m.group("a")) if re.fullmatch(r"G\d+", m.group("a")) else None
        if group is not None and re.fullmatch(r"the (?:leaders|ministers|presidents)",
                                              reader.reader.article.text[group.start:group.end].lower()) \
                and gathering is not None and gathering.sentence >= reader.sentence.index - 8 \
                and len(gathering.participants) > 2:
            continue  # "While the leaders talked": those of the summit just told, not two of them
        if re.search(r"\bfor (?:years|months|decades|weeks)\b|\bover the years\b", s[m.end():end]):
            continue  # "talked about the islands for years": no one meeting
        if re.match(r" (?:(?:more than|over|about|some|nearly|almost|at least|around) (?:\d+|[a-z]+)|\d{2,}|dozens of|"
                    r"scores of|countless|many|numerous|several|multiple|a number of|a few) times\b", s[m.end():end]) \
                or re.match(r" (?:in person |face to face )?(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d) times)"
                            r"(?: (?:this|last) (?:year|month)| D\d+| so far)?(?: \.| ,(?! (?:in|on|at|during)\b)|$)",
                            s[m.end():end]):
            continue  # "Putin and Xi have met more than 40 times since 2013": a count, no one meeting
        talks = (re.search(r"\b(?:after|during|at|following|at the end of) (?:the |their )?(E\d+)", s[m.end():end])
                 # ("Following the talks, the two presidents signed a joint statement")
                 or re.search(r"^(?:after|during|at|following|at the end of) (?:the |their )?(E\d+) , $", s[start:m.start()])) \
            if m.group(0).endswith("signed") else None
        if talks and reader.phrase(talks.group(1)).kind in PERSON_MEETINGS:
            # "signed a joint statement after their talks in Astana", "signed a treaty at talks in Moscow": those
            # talks, theirs
            meeting = reader.candidate_for(talks.group(1))
            meeting.add_people(people)
            reader.settle(meeting, clause, m.end() + talks.start(1), reader.phrase(talks.group(1)))
            touched.append(meeting)
            continue
        # "Medvedev and Li saw each other a month ago in Dushanbe, where the SCO heads of government met": both
        # were at that gathering (and two who "met" there met on its sidelines)
        where = re.match(r"(?: (?![EPG]\d)\S+){0,8}? in (?:the )?(?:A\d+ )?" + PLACE + r" , where (?:the )?(?P<ev>E\d+) "
                         r"(?:met|was held|were held|took place|convened|gathered|was meeting)\b", s[m.end():])
        gathering = None
        if where and reader.phrase(where.group("ev")).kind in GATHERINGS and not reader.phrase(where.group("ev")).plural:
            gathering = reader.candidate_for(where.group("ev"))
            gathering.add_people([p for p in people if p.startswith("person/")])
            if "each other" in m.group(0):
                continue  # seeing each other at a gathering is being there, not talks of their own
        # "the three leaders are due to meet again at the BRICS summit in Xiamen": three or more meeting at a
        # gathering are at it, not at talks of their own on its sidelines
        at_gathering = re.match(r" (?:again |also |together |next )?at (?:the |this year 's |next year 's )?(?P<ev>E\d+)",
                                s[m.end():end])
        if at_gathering and len({p for p in people if p.startswith("person/")}) >= 3 \
                and reader.phrase(at_gathering.group("ev")).kind in ("Summit", "MinisterialMeeting", "Conference") \
                and not reader.phrase(at_gathering.group("ev")).plural:
            gathering = reader.candidate_for(at_gathering.group("ev"))
            gathering.add_people([p for p in people if p.startswith("person/")])
            reader.settle(gathering, clause, m.end() + at_gathering.start("ev"), reader.phrase(at_gathering.group("ev")))
            touched.append(gathering)
            continue
        # (not "agreed to meet in Vietnam when they spoke by telephone": the call is another event)
        remote = re.match(r"(?: (?![EPG]\d|(?:and|when|after|before|since|as)\b)\S+){0,5}? (?:by|via|over|on) (?:the )?"
                          r"(?:tele)?(?:phone|video)", s[m.end():end])
        by_phone = m.group(0).endswith(("spoke", "spoken")) and not re.match(IN_PERSON, s[m.end():])
        candidate = reader.new_candidate("PhoneCall" if by_phone or remote else "Meeting", clause, people)
        # the signing ends the talks reported, if any; "the two leaders met" are the two just reported meeting
        candidate.definite = m.group(0).endswith("signed")
        reader.settle(candidate, clause, m.end())
        candidate.again = bool(re.match(r" again\b", s[m.end():end]))  # "The leaders met again weeks later"
        # "The two last met on the sidelines of the G20 ministerial": before the talks the article reports
        candidate.previous = bool(re.search(r"\b(?:last|previously)$", m.group("mid")))
        if gathering is not None:
            candidate.sidelines = gathering
        if re.fullmatch(r"G\d+", m.group("a")) and candidate.date is None and not candidate.again and not re.search(
                r"\b(?:already|previously|last|first|earlier|before|once)\b", s[start:end]):
            candidate.definite = True  # "the two leaders met at the Great Hall": the talks just reported
        touched.append(candidate)
        # "had met three times this year: during Putin's state visit to Beijing in May, on the sidelines of the SCO
        # summit in Astana in July, and at the BRICS summit in Kazan": a meeting on each occasion, as it is dated
        occasions = re.match(r"(?: (?:twice|two times|three times|four times|five times))(?: (?:in |on )?D\d+)? : "
                             r"(?P<list>[^;.]*)", s[m.end():])
        if occasions:
            for n, found in enumerate(re.finditer(r"(?:during|on the (?:sidelines|margins|fringes) of|at|in) (?:the |a |an )?"
                                                  r"(E\d+)", occasions.group("list"))):
                phrase = reader.phrase(found.group(1))
                meeting = candidate if n == 0 else reader.new_candidate("Meeting", clause, people)
                meeting.definite = n == 0  # (the first may be told by another frame too: "met ... during the visit")
                if n:
                    reader.settle(meeting, clause, m.end())
                    touched.append(meeting)
                meeting.date = reader.reader.resolve_date(phrase.dates[0].date, "held") if phrase.dates else None
                meeting.places = list(phrase.places[:1])
                if phrase.kind in GATHERINGS or (n == 0 and phrase.kind in ("Visit", "StateVisit")):
                    meeting.sidelines = reader.candidate_for(found.group(1))  # (the visit's: as "met during" tells it)
            # "met three times this year: in Beijing in May, in Astana in July and in Kazan in October": a meeting in
            # each place, in its month
            said = [] if re.search(r"\bE\d+", occasions.group("list")) else list(re.finditer(
                r"\bin (?:the )?(?P<p>" + PLACE + r") (?:in |on )?(?P<d>D\d+)", occasions.group("list")))
            for n, found in enumerate(said):
                meeting = candidate if n == 0 else reader.new_candidate("Meeting", clause, people)
                if n:
                    reader.settle(meeting, clause, m.end())
                    touched.append(meeting)
                meeting.date = reader.reader.resolve_date(reader.view.item(found.group("d")).date, "held")
                meeting.places = [reader.view.item(found.group("p")).entity]
        # "They have since gathered in Ankara and in Tehran in 2018, in Sochi again in February 2019 and in Ankara last
        # September": one in each place, in the time said after it (or after the next place it is joined to)
        listed = [] if occasions else list(re.finditer(
            r"(?:^| , and| ,| and) in (?:the )?(?:A\d+ )?(?P<p>" + PLACE + r")(?: again)?(?: (?:in |on |last |this )?(?P<d>D\d+))?",
            s[m.end():end]))
        runs = []
        for found in listed:
            if runs and runs[-1][-1].end() != found.start():
                break
            if not runs:
                if found.start() != 0:
                    break
                runs.append([])
            runs[-1].append(found)
        listed = runs[0] if runs else []
        if len(listed) >= 3 and listed[-1].group("d"):
            dates, pending = [], []
            for found in listed:
                pending.append(found)
                if found.group("d"):
                    day = reader.reader.resolve_date(reader.view.item(found.group("d")).date, "held")
                    dates += [day] * len(pending)
                    pending = []
            for n, (found, day) in enumerate(zip(listed, dates)):
                meeting = candidate if n == 0 else reader.new_candidate("Meeting", clause, people)
                if n:
                    reader.settle(meeting, clause, m.end())
                    touched.append(meeting)
                meeting.date = day
                meeting.places = [reader.view.item(found.group("p")).entity]
            continue
        # "the two presidents met twice last year, in Xi'an and in Beijing": a meeting in each
        places = None if occasions else re.match(r"(?: (?:twice|two times|again|also))*(?: (?:in |on )?D\d+)? ,? in (?P<p1>" + PLACE
                          + r") and (?:in )?(?P<p2>" + PLACE + r")", s[m.end():end])
        if places:
            candidate.places = [reader.view.item(places.group("p1")).entity]
            other = reader.new_candidate("Meeting", clause, people)
            reader.settle(other, clause, m.end())
            other.places = [reader.view.item(places.group("p2")).entity]
            touched.append(other)

    # "Xi received the visiting heads of delegation, among them Patrushev and Janjua, ... after the meeting of the
    # SCO's security council secretaries": he met those named, who were at that meeting
    # ("Xi met with the foreign ministers attending the SCO meeting in Tianjin, including Lavrov, at the Great Hall";
    # "Tokayev received the foreign ministers of the SCO member states, including Lavrov and Wang Yi, in Astana")
    for m in frames(SUBJECT + r"(?:received|receives|met|meets|met with|meets with|welcomed|hosted) (?:the |all )?"
                    r"(?:visiting |participating )?(?:O\d+ )?"
                    r"(?:heads of (?:the )?delegations?|delegation heads|(?:[a-z-]+ ){0,4}?(?:ministers|secretaries|leaders|"
                    r"participants|delegates|envoys))(?P<whose> (?:attending|at|of|from) (?:(?![PG]\d)[^\s,]+ ){1,8}?)?"
                    r" ?,(?: (?:among them|including|among whom were) (?P<b>" + ACTS + r") ,|$)"):
        # (the list may be a clause of its own: "..., including Lavrov and Wang Yi, in Astana")
        apart = None if m.group("b") else re.match(r" ?(?:among them|including|among whom were) (" + ACTS + r") ,",
                                                   s[m.end():])
        listed = m.group("b") or (apart.group(1) if apart else None)
        if not listed:
            continue
        hosts = [p for p in agents(m) if p.startswith("person/")]
        at_end = m.end() + (apart.end() if apart else 0)
        more = re.match(r" as well as (" + ACTS + r") ,", s[at_end:])  # ("..., as well as Secretary-General Alimov,")
        guests = [p for p in reader.people(listed) + (reader.people(more.group(1)) if more else [])
                  if p.startswith("person/")]
        if not hosts or not guests:
            continue
        candidate = reader.new_candidate("Meeting", clause, hosts + guests)
        reader.settle(candidate, clause, m.end())
        following = next((c for c in reader.clauses if reader.clause_range(c)[0] >= m.end()), None) \
            if not m.group("b") else None
        if following is not None and (candidate.date is None or not candidate.places):
            # "..., including Lavrov and Wang Yi, in Astana on Tuesday": the day and place the list's clause gives
            date, places = candidate.date, list(candidate.places)
            reader.settle(candidate, following, at_end)
            candidate.date, candidate.places = date or candidate.date, places or candidate.places
        touched.append(candidate)
        at = re.match(r"(?: (?![EPG]\d)\S+){0,8}? (?:after|before|on the (?:sidelines|margins) of|during) (?:the )?(E\d+)",
                      s[m.end():end]) or re.search(r"\battending (?:the )?(E\d+)", m.group("whose") or "")
        if at and reader.phrase(at.group(1)).kind in GATHERINGS:
            gathering = reader.candidate_for(at.group(1))
            gathering.add_people(guests)
            reader.settle(gathering, clause, m.end() + at.start(1), reader.phrase(at.group(1)))
            candidate.other_than.append(gathering)  # (the reception is not the meeting it followed)
            touched.append(gathering)
    # "On the margins of the summit, Xi received several of the visiting presidents for one-on-one talks, among them
    # Rouhani and Karzai": a meeting with each one named
    for m in frames(SUBJECT + r"(?:received|receives|met|meets|met with|meets with|held (?:(?:separate|one-on-one|bilateral"
                    r"|individual) )*(?P<ev0>E\d+) with) (?:several|some|many|most|each|a number|a dozen|a string|a series) of "
                    r"(?:the |his )?(?:visiting |attending |fellow )?(?:leaders|presidents|heads of (?:state|government)|prime "
                    r"ministers|ministers|foreign ministers|counterparts|delegations|guests)(?: for (?:(?:separate|one-on-one|"
                    r"bilateral|individual) )*(?P<ev>E\d+))?(?: [^,]{0,20})? , (?:among them|including) (?P<b>" + ACTS + r")"):
        hosts = [p for p in agents(m) if p.startswith("person/")]
        guests = [p for p in reader.people(m.group("b")) if p.startswith("person/") and p not in hosts]
        talks = m.group("ev") or m.group("ev0")
        if not hosts or not guests or (talks and reader.phrase(talks).kind not in PERSON_MEETINGS):
            continue
        for guest in guests:
            candidate = reader.new_candidate("BilateralMeeting", clause, hosts + [guest])
            reader.settle(candidate, clause, m.end())
            touched.append(candidate)
    # "Jaishankar kept up the pace on Friday, meeting Russian Foreign Minister Sergey Lavrov, with whom he discussed
    # Ukraine, and then US Secretary of State Antony Blinken": the gerund is the subject's meeting, one with each
    for m in frames(r"(?:^|, )(?P<ev>E\d+) (?P<b>" + ACTOR_NP + r")(?= ,| \.|$| and\b)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS or phrase.people or phrase.definite \
                or reader.reader.article.text[phrase.start:phrase.end].lower() not in ("meeting", "meeting with"):
            continue
        # (the one the clause names before it, "Her president, Joko Widodo, travelled to Kyiv, meeting Zelensky", else its
        # subject)
        named = list(dict.fromkeys(p for w in re.findall(r"\bP\d+\b", s[:m.start()]) for p in reader.people(w)
                                   if p.startswith("person/")))
        hosts = named if len(named) == 1 else [p for p in reader.subject(clause, m.start(), previous)
                                                 if p.startswith("person/")]
        guests = [p for p in reader.people(m.group("b")) if p.startswith("person/") and p not in hosts]
        if not hosts or not guests:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(hosts + guests)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
        then = re.match(r"(?: , (?:with whom|who|where) [^,]+)?(?: ,)? and (?:then |later |also )?(?P<c>" + ACTOR_NP
                        + r")(?= ,| \.|$)", s[m.end():])
        if then:
            other = reader.new_candidate("Meeting", clause, hosts + [p for p in reader.people(then.group("c"))
                                                                    if p.startswith("person/")])
            reader.settle(other, clause, m.start("ev"))
            legs = re.findall(r"\bto (?:the )?((?:L|C)\d+)", s[:m.start()])
            if len(legs) == 2:  # "travelled to Kyiv and then to Moscow ..., meeting Zelensky and then Putin": in turn
                candidate.places, other.places = [reader.view.item(legs[0]).entity], [reader.view.item(legs[1]).entity]
            touched.append(other)
    # "the first meeting between the two since Wang's unannounced visit to New Delhi in March": that visit was made
    for m in frames(r"\bsince (?:(?P<p>P\d+) 's (?:[a-z-]+ )?)?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        visitors = phrase.people or (reader.people(m.group("p")) if m.group("p") else [])
        if phrase.kind not in VISITS or not visitors or not (phrase.places or phrase.destination) or phrase.planned:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(visitors)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        if candidate.status != "held":  # (what came since is later: it was made before, "in May" the last May)
            candidate.status, candidate.explicit_status = "held", True
            candidate.date = next((day for day in (reader.reader.resolve_date(d.date, "held") for d in phrase.dates) if day),
                                  None)
        touched.append(candidate)
    # "The regular meeting of the heads of government, to be held by Prime Minister Vladimir Putin and Premier Wen
    # Jiabao, is also scheduled for later this year": theirs
    for m in frames(r"(?P<ev>E\d+) , (?:to be |which will be |due to be |which is to be )?(?:held|chaired|co-chaired) by "
                    r"(?P<b>" + ACTS + r") ,"):
        phrase = reader.phrase(m.group("ev"))
        guests = [p for p in reader.people(m.group("b")) if p.startswith("person/")]
        if phrase.kind not in GATHERINGS | PERSON_MEETINGS or phrase.people or not guests:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(guests)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Park held talks with Kamikawa on Sunday morning, followed by a meeting of about two hours with Wang": the subject's
    # too, that day
    for m in frames(r", followed by (?P<ev>E\d+)(?: of (?:about |some |nearly |more than |over |almost )?[a-z0-9-]+ "
                    r"(?:hours?|minutes?))? with (?P<b>" + ACTS + ")"):
        phrase = reader.phrase(m.group("ev"))
        hosts = [p for p in reader.subject(clause, m.start(), previous) if p.startswith("person/")]
        guests = [p for p in reader.people(m.group("b")) if p.startswith("person/") and p not in hosts]
        if phrase.kind not in PERSON_MEETINGS or phrase.people or not hosts or not guests:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(hosts + guests)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Their talks followed the meeting of Kishida and Xi in San Francisco on November 16": that meeting was held
    for m in frames(r"(?:E\d+|P\d+) (?:had )?(?:followed|came after|came days after|came a week after) (?P<ev>E\d+)"
                    r"(?: and (?P<b>" + ACTOR_NP + r"))?"):
        phrase = reader.phrase(m.group("ev"))
        who = phrase.people + [p for p in (reader.people(m.group("b")) if m.group("b") else []) if p.startswith("person/")]
        if phrase.kind not in PERSON_MEETINGS or len(set(who)) < 2 or phrase.planned:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(who)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Wang received in Wuxi a joint delegation of the foreign ministers of Saudi Arabia, Kuwait, Oman and Bahrain - Prince
    # Faisal, ... and Al Zayani - along with Al-Hajraf, secretary-general of the GCC": he met them all
    for m in frames(SUBJECT + r"(?:received|receives|hosted|hosts|welcomed|met|will receive|will host)(?: in (?:the )?(?:(?P<where>"
                    + PLACE + r")|[a-z-]+))? (?:a |the )?(?:joint )?delegations? of (?:G\d+|(?:the )?(?:foreign ministers|"
                    r"ministers|leaders|heads of state) of (?:[CL]\d+(?: , | and | , and )?)+) - (?P<b>" + ACTS + r") -"
                    r"(?: along with (?P<c>" + ACTOR_NP + r"))?"):
        hosts = [p for p in agents(m) if p.startswith("person/")]
        guests = [p for p in reader.people(m.group("b")) + (reader.people(m.group("c")) if m.group("c") else [])
                  if p.startswith("person/") and p not in hosts]
        if not hosts or len(guests) < 2:
            continue
        candidate = reader.new_candidate("Meeting", clause, hosts + guests)
        reader.settle(candidate, clause, m.end())
        if m.group("where") and not candidate.places:
            candidate.places = [reader.view.item(m.group("where")).entity]
        touched.append(candidate)
    # "closed three days of meetings in Naypyidaw on Sunday with the 21st ASEAN Regional Forum", "the 18th East Asia
    # Summit": a body whose name is its yearly meeting's, told by its number, is that meeting
    for m in frames(r"\b(?:the |its )?(?P<ord>\d+(?:st|nd|rd|th)) (?P<o>O\d+)\b(?! 's| (?:member|members|secretariat|chair)\b)"):
        body = reader.view.item(m.group("o")).entity
        label = reader.reader.lookup(body).label if body and reader.reader.lookup(body) else ""
        kind = "Summit" if label.endswith("Summit") else "MinisterialMeeting" if label.endswith("Regional Forum") else None
        if kind is None:
            continue
        candidate = reader.new_candidate(kind, clause, [])
        candidate.organizer = reader.reader.parent_org(body)
        candidate.name = f"{m.group('ord')} {label}"
        reader.settle(candidate, clause, m.start("o"))
        cities = [reader.view.item(w).entity for w in re.findall(r"\bL\d+\b", s[start:m.start()])]
        cities = [c for c in cities if c and reader.reader.lookup(c) is not None and reader.reader.lookup(c).kind == "city"]
        if cities:  # ("closed ... in Myanmar's capital, Naypyidaw, on Sunday with the 21st ASEAN Regional Forum": there)
            candidate.places = [cities[-1]]
        touched.append(candidate)
    # "The summit ends on Friday": its last day
    for m in frames(r"^(?P<ev>E\d+) (?:ends|closes|concludes|wraps up|will end|will close|will conclude|is due to end) "
                    r"(?:on |later on )?(?P<d>D\d+)(?: \.)?$"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS or phrase.dates:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        day = reader.reader.resolve_date(reader.view.item(m.group("d")).date, "planned")
        if day is not None and day.granularity == "day" and not day.end:
            candidate.ends_on, candidate.settled = day, True
            touched.append(candidate)
    # "The SCO-Afghanistan Contact Group met in Moscow on Wednesday at the level of deputy foreign ministers": a meeting
    # of the body's officials, there and then
    for m in frames(r"^(?:the )?(?P<o>O\d+)(?: (?:- )?(?:C|O)\d+)? (?:contact group|working group|joint commission|commission|"
                    r"committee|council of (?:national )?coordinators|group of experts) (?:met|convened|gathered|held its "
                    r"(?:first |\w+ )?(?:meeting|session))\b"):
        candidate = reader.new_candidate("MinisterialMeeting", clause, [])
        candidate.organizer = reader.reader.parent_org(reader.view.item(m.group("o")).entity)
        candidate.name = "meeting of the " + re.sub(r"^(?:the )?O\d+(?: (?:- )?(?:C|O)\d+)? ", "", m.group(0)).split(" met")[0]
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "Pakistan sent Foreign Secretary Tehmina Janjua, and India was represented by ...": sent to the gathering told
    for m in frames(r"^(?:C|L)\d+ sent (?P<a>" + ACTOR_NP + r")(?= ,| \.|$| and\b)"):
        gathering = told_gathering(reader, "held", dated=True)
        if gathering is not None and reader.sentence.index - gathering.sentence <= 5:
            gathering.add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
            touched.append(gathering)
    # "The Afghan delegation was led by Deputy Foreign Minister Hekmat Khalil Karzai": he was at the gathering told
    for m in frames(r"^the (?:A|C)\d+ (?:'s )?delegation (?:was|is|will be) (?:led|headed) by (?P<a>" + ACTS + r")"):
        gathering = told_gathering(reader, "held") or told_gathering(reader, "planned")
        if gathering is not None and reader.sentence.index - gathering.sentence <= 2:
            gathering.add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
            touched.append(gathering)
    # "Modi skipped the summit, sending Jaishankar in his place"; "will send Lavrov instead": the envoy attends it
    for m in frames(r"(?P<verb>sending|sent|send|sends|will send|would send|is sending|to send) (?P<a>" + ACTS + r") "
                    r"(?:in (?:his|her|its|their|P\d+ 's|P\d+) (?:place|stead)|instead|to represent (?:him|her|it|them|"
                    # ("New Delhi sent External Affairs Minister Sushma Swaraj rather than Prime Minister Narendra Modi")
                    r"the country|C\d+|P\d+)|(?P<rather>rather than) " + ACTOR_NP + ")"):
        status = "held" if m.group("verb") in ("sent",) or (m.group("verb") == "sending" and not re.search(
            r"\b(?:will|would|is to|is set to|is expected to)\b", s[start:m.start()])) else "planned"
        here = [c for c in touched + list(reader.candidates.values()) + reader.extra
                if c.family in ("summit", "ministerial", "org", "conference") and c.sentence == reader.sentence.index]
        named = [e for e in re.findall(r"\bE\d+\b", s[start:m.start()]) if reader.phrase(e).kind in GATHERINGS]
        gathering = here[0] if here else reader.candidate_for(named[-1]) if named \
            else reader.reader.last_multilateral(status)
        told = told_gathering(reader, status) if m.group("rather") and not here and not named else None
        if told is not None and (gathering is None or gathering.sentence < reader.sentence.index - 1):
            gathering = told  # (a paragraph on who came to the summit told before)
        if gathering is not None and (gathering.sentence >= reader.sentence.index - 1 or gathering is told):
            gathering.add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
            if named and not gathering.settled:
                reader.settle(gathering, clause, s.index(named[-1], start), reader.phrase(named[-1]))
                touched.append(gathering)
    # "held talks with Wang on Monday before being received by President Xi": the subject met him too
    for m in frames(r"\b(?:before|after) being (?:received|hosted|welcomed|greeted) by (?P<b>" + ACTS + r")"):
        people = [p for p in reader.subject(clause, m.start(), previous) if p.startswith("person/")]
        hosts = [p for p in reader.people(m.group("b")) if p.startswith("person/")]
        if not people or not hosts or set(people) & set(hosts):
            continue
        candidate = reader.new_candidate("Meeting", clause, people + hosts)
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "flew to New York to attend the UN General Assembly", "Xi will attend the G20 in Rio": a gathering of the body
    # (not "addressed the General Assembly": a speech, which the gold of our articles keeps apart)
    for m in frames(SUBJECT + r"(?P<verb>(?:to |will |would |is to |is due to |is expected to |are expected to )?"
                    r"(?:attend|attended|attends|attending|take part in|took part in|"
                    r"taking part in|participate in|participated in)) (?:the |this year 's |next year 's |next month 's |"
                    r"next week 's )?(?:(?:annual|regular|\d+(?:st|nd|rd|th)) )?(?:session of (?:the )?)?(?P<o>O\d+)\b(?! 's)"):
        organizer = reader.reader.parent_org(reader.view.item(m.group("o")).entity)
        people = [p for p in agents(m) if p.startswith("person/")]
        if organizer is None or not people:
            continue
        gathering = reader.new_candidate("OrgMeeting", clause, people)
        gathering.organizer = organizer
        reader.settle(gathering, clause, m.end())
        journey = re.search(r"\b(?:flew|travell?ed|went|came|arrived|flies|travels|heads|headed) (?:to|in) (?:the )?"
                            r"(?P<dest>(?:L|C)\d+)", s[start:m.start("verb")])
        if journey:  # "flew to New York on Monday to attend the UN General Assembly": there, in the month of the day
            gathering.places = gathering.places or [reader.view.item(journey.group("dest")).entity]
            if gathering.date is not None and gathering.date.granularity == "day":
                gathering.date = month_of(gathering.date)
        touched.append(gathering)
    # "After talks that officials said ran well over an hour, the two men climbed the pagoda": theirs
    for m in frames(r"^(?:after|following|before) (?:the |their )?(?P<ev>E\d+)(?: (?:that|which) [^,]*)? , "
                    r"(?P<a>G\d+|" + ACTOR_NP + r"(?: (?:,|and|, and) " + ACTOR_NP + r")+) (?!said\b|told\b)[a-z]"):
        phrase = reader.phrase(m.group("ev"))
        people = [p for p in reader.people(m.group("a")) if p.startswith("person/")]
        if phrase.kind not in PERSON_MEETINGS or phrase.people or len(set(people)) != 2 or taken(m.group("ev")) \
                or not re.match(r"(?:their )?(?:[a-z-]+ )?(?:talks|negotiations|consultations)\b", phrase.name.lower()):
            continue  # (not "Following the meeting, the ministers adopted a statement": the gathering told before)
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(people)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Modi and Xi, who had not held formal talks since 2019, met on the sidelines of the BRICS summit": the relative
    # clause cut the two from their verb
    for m in frames(r"^(?:also |later |then |finally )?(?:met|talked)\b(?! with\b| (?:the |his |her )?(?:P|G|A)\d)"):
        people = [p for p in previous if p.startswith("person/")]
        if len(set(people)) < 2 or not re.search(r"\b(?:who|whose) ", s[:start]):
            continue
        candidate = reader.new_candidate("Meeting", clause, people)
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "Modi and Putin spent Monday together at the resort of Sochi", "he spent two days with Xi in Wuhan": they met
    for m in frames(r"(?<!\bto )(?<!\bof )(?P<a>" + ACTS + r") (?:also )?(?:spent|spend|spends|will spend|would spend|"
                    r"(?:is|are) to spend) (?:(?P<d>D\d+)|(?:the |a |an |two |three |several |many |a few |[a-z]+-)?(?:day|days|"
                    r"hours?|evening|afternoon|morning|weekend)) (?:(?P<together>together)|with (?P<b>" + ACTS + r"))"
                    r"(?: (?:at|in) (?:the )?(?:(?:[a-z-]+ |A\d+ |L\d+ ){0,4}(?:city|capital|town|resort|residence|port) of )?"
                    r"(?P<where>" + PLACE + r"))?"):
        people = [p for p in reader.people(m.group("a")) + reader.people(m.group("b")) if p.startswith("person/")]
        if len(set(people)) < 2 or (m.group("together") and len(set(reader.people(m.group("a")))) < 2):
            continue
        candidate = reader.new_candidate("Meeting", clause, people)
        if m.group("where"):
            candidate.places = [reader.view.item(m.group("where")).entity]
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "after senior diplomats from the three countries met in the Chinese capital": a meeting, its people told next
    for m in frames(r"(?:senior |top |high-level )?(?:diplomats|officials|envoys|negotiators|delegations) (?:from|of) "
                    r"the (?:two|three|four|five) (?:countries|nations|sides|states) (?:met|gathered|held talks)\b"):
        candidate = reader.new_candidate("Meeting", clause, [])
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "Speaking at the 16th meeting of RIC foreign ministers in Wuzhen, ..., Ms. Swaraj said": the speaker was there
    speaking = re.match(r"(?:while |when )?(?:speaking|addressing reporters|talking to reporters) (?:at|during) (?:the |a )?"
                        r"(?P<ev>E\d+) (?:[^;]*? )?, (?P<a>P\d+) (?:also )?(?:said|told|stressed|noted|argued|added|declared|"
                        r"explained|insisted|warned|urged)\b", s) if start == 0 else None
    if speaking and reader.phrase(speaking.group("ev")).kind in GATHERINGS | PERSON_MEETINGS:
        candidate = reader.candidate_for(speaking.group("ev"))
        candidate.add_people(reader.people(speaking.group("a")))
        reader.settle(candidate, clause, speaking.start("ev"), reader.phrase(speaking.group("ev")), dated=False)
        if candidate.date is None and reader.reader.last_day is not None \
                and reader.reader.last_day_sentence == reader.sentence.index - 1:
            # "Swaraj on Wednesday used the platform of the RIC ... Speaking at the meeting in Wuzhen, Ms. Swaraj
            # said": the lead's day, the speech told next
            candidate.date = reader.reader.last_day
        touched.append(candidate)
    # "which she delivered in the presence of the host, Wang Yi, and Lavrov": they were there too
    for m in frames(r"\bin the presence of (?:the host , )?(?P<b>" + ACTS + r")"):
        told = [c for c in reader.reader.candidates if c.family in ("summit", "ministerial", "org", "meeting")
                and c.sentence >= reader.sentence.index - 2 and c.status == "held" and c.participants]
        more = re.match(r" , and (?P<c>" + ACTS + r")", s[m.end():])  # (past the clause: ", and Russian Foreign Minister ...")
        if told:
            told[-1].add_people(reader.people(m.group("b")) + (reader.people(more.group("c")) if more else []))
    # "Foreign Minister Bilawal Bhutto-Zardari hosted the talks with Qin Gang and Amir Khan Muttaqi": all of them, together
    # ("chaired the three-way meeting, the fourth of its kind, with Putin and Battulga")
    for m in frames(SUBJECT + r"(?:hosted|hosts|will host|chaired|co-chaired) (?P<ev>E\d+)(?: , the [^,]{1,40} ,)? with (?P<b>"
                    + ACTS + r")"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS | GATHERINGS or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Lavrov, Jaishankar and Dar are all due to attend": the gathering just told
    for m in frames(r"(?P<a>" + ACTS + r") (?:are|is|were|was) (?:all |both |also )*(?:due|expected|set|scheduled) to "
                    r"(?:attend|take part|participate)(?! (?:in )?(?:the |a |an )?(?:E|O)\d)"):
        # (the one the sentence before was about, its subject: not "the summit" that gathering prepares; or one this
        # sentence told to come: "It will host the SCO foreign ministers on September 10, and Jaishankar is expected
        # to attend")
        here = [c for c in list(reader.candidates.values()) + reader.extra
                if c.family in ("summit", "ministerial", "org", "conference") and c.status == "planned"]
        before = [c for c in reader.reader.candidates if c.sentence == reader.sentence.index - 1
                  and c.family in ("summit", "ministerial", "org", "conference")]
        gathering = here[-1] if here else min(before, key=lambda c: min(a for a, _ in c.spans)) if before \
            else reader.reader.last_multilateral()
        if gathering is not None and gathering.sentence >= reader.sentence.index - 1:
            gathering.add_people(reader.people(m.group("a") or m.group("b")))
            touched.append(gathering)
    # ""Talks with Chinese Foreign Minister Wang Yi are scheduled," she said": talks to come of the one whose trip the
    # article has just announced
    for m in frames(r"^(?:\" )?(?P<ev>E\d+) with (?P<b>" + ACTS + r") (?:are|is) (?:also )?(?:scheduled|planned|envisaged|"
                    r"expected|due)\b"):
        phrase = reader.phrase(m.group("ev"))
        trips = [c for c in reader.reader.candidates if c.family == "visit" and c.status == "planned"
                 and reader.sentence.index - c.sentence <= 2 and set(c.participants) - set(c.hosts)]
        if phrase.kind not in PERSON_MEETINGS or phrase.people or not trips:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in trips[-1].participants if p not in trips[-1].hosts] + reader.people(m.group("b")))
        candidate.places = candidate.places or list(trips[-1].places)
        candidate.status, candidate.explicit_status, candidate.settled = "planned", True, True
        candidate.during_stay = True
        touched.append(candidate)
    # "Pakistan's Defence Minister Khawaja Asif also attended.": the gathering told just before (held)
    # ("Among the leaders in the hall were Putin, Rouhani and Karzai.", "Putin and Rouhani were among the leaders present.")
    # ("Rouhani and Karzai attended in person", "Berdimuhamedov attended as a guest of the host")
    for m in frames(r"^(?:(?P<a>" + ACTS + r") (?:also |too )?(?:attended|took part|participated|was present|were present)"
                    r"(?: too| as well| in person| as (?:a |an )?(?:guests?|observers?)(?: of (?:the |its )?[a-z]+)?)?"
                    r"|among " + PRESENT_PEOPLE + r"(?:" + WHERE_PRESENT + r")? (?:were|was) (?P<a2>" + ACTS
                    + r")|(?P<a3>" + ACTS + r") (?:were|was) (?:also )?among " + PRESENT_PEOPLE + WHERE_PRESENT
                    # ("Around the table with Medvedev sat Lukashenko of Belarus, Kazakhstan's Nazarbayev, ...")
                    + r"|(?:around|round|at) the (?:conference |negotiating )?table(?: with (?P<a5>" + ACTS + r"))? "
                    r"(?:sat|were) (?P<a4>" + ACTS + r"))(?: \.)?$"):
        gathering = reader.reader.last_multilateral("held")
        # (a bare "the conference" that admitted members is the body of that name, CICA, not a gathering: the last
        # gathering told with a date, a place or a body of its own)
        told = told_gathering(reader, "held")
        if told and (gathering is None or not (gathering.date or gathering.places or gathering.organizer)
                     or reader.sentence.index - gathering.sentence > 5):
            gathering = told
        if gathering is not None and gathering.status == "held" and reader.sentence.index - gathering.sentence <= 8:
            present = [m.group(g) for g in ("a", "a2", "a3", "a4", "a5") if m.group(g)]
            gathering.add_people([p for who in present for p in reader.people(who) if p.startswith("person/")])
            touched.append(gathering)
    # "The presidents of the six member states - the host, Tajik President Emomali Rahmon, China's Xi Jinping, ... - also
    # signed off on a model memorandum": those listed between the dashes were at the gathering just told
    for m in frames(r"^the (?:leaders|presidents|heads of state|heads of government|prime ministers|foreign ministers) of "
                    r"(?:the |its |their )?(?:[a-z-]+ ){0,3}(?:member states|members|member countries|countries|states) - "
                    r"(?:the hosts? , )?(?P<a>" + ACTS + r") - (?:also |then |later )?(?:signed|signed off on|adopted|approved|"
                    r"endorsed|agreed|issued|attended|met)\b"):
        gathering = told_gathering(reader, "held")
        if gathering is not None and reader.sentence.index - gathering.sentence <= 2:
            gathering.add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
            touched.append(gathering)
    # "held talks on Thursday, the first day of Putin's two-day state visit to China": the visit's days from then
    # (the day may be in the phrase of the talks: "held talks in Beijing on Thursday, the first day of ...")
    for m in frames(r"(?:(?P<d>D\d+)|(?P<told>E\d+)) , the (?P<which>first|opening|last|final|closing) day of (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        said = reader.view.item(m.group("d")).date if m.group("d") else next(
            (d.date for d in reversed(reader.phrase(m.group("told")).dates)), None)
        length = re.search(r"\b(\w+)-day\b", phrase.name.lower())
        if phrase.kind not in VISITS | GATHERINGS or phrase.dates or said is None or not length:
            continue  # (not "On Saturday, the final day of the summit": which summit, the clause around it tells)
        candidate = reader.candidate_for(m.group("ev"))
        day = reader.reader.resolve_date(said, candidate.status)
        days = COUNT_WORDS.get(length.group(1)) or (int(length.group(1)) if length.group(1).isdigit() else None)
        if day is not None and day.granularity == "day" and not day.end:
            role = "start" if m.group("which") in ("first", "opening") else "end"
            candidate.date, candidate.settled = spread(day, days, role) if days else day, True
            candidate.days = days or candidate.days
            touched.append(candidate)
    # "the preparation of a state visit to Russia by Xi, expected next month, topped the agenda": to come, then
    for m in frames(r"(?P<ev>E\d+) , (?:(?:now |still )?(?:expected|due|scheduled|planned|set|slated)) (?:(?:to take place|to be "
                    r"held|to begin|to start) )?(?:(?:in|on|for) )?(?P<d>D\d+) ,"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS | PERSON_MEETINGS | GATHERINGS or phrase.dates:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.status, candidate.explicit_status, candidate.settled = "planned", True, True
        candidate.date = reader.reader.resolve_date(reader.view.item(m.group("d")).date, "planned") or candidate.date
        touched.append(candidate)
    # "saying the visit would run from Sept 18 to 21": its days
    for m in frames(r"(?P<ev>E\d+) (?:(?:would|will|is to|was to|is due to|is set to|is expected to) )?(?:run|runs|ran|last|lasts|"
                    r"lasted) (?:from )?(?P<d>D\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        days = reader.reader.resolve_date(reader.view.item(m.group("d")).date, candidate.status)
        if days is not None and days.granularity == "day" and (candidate.date is None or days.end):
            candidate.date = days
        touched.append(candidate)
    # "as China's top diplomat neared the end of a four-day visit to Russia": his visit
    for m in frames(r"(?P<a>" + ACTS + r") (?:neared|was nearing|is nearing|approached|was approaching) the (?:end|close) "
                    r"of (?:a |an |the |his |her |their )?(?P<ev>E\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        if candidate.family != "visit":
            continue
        candidate.add_people(reader.people(m.group("a")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")), dated=False)
        touched.append(candidate)
    # "Putin brought Pashinyan and Aliyev together for three-way talks": all three met
    for m in frames(SUBJECT + r"(?:brought|brings|bring|will bring) (?P<b>" + ACTS + r") together (?:for|at|in) "
                    r"(?P<ev>E\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "The two ministers last met in Moscow in September, ..., and last spoke by telephone in February": the
    # subject the conjunct shares with the clause before
    for m in frames(r"(?<=\band )(?:(?:last|then|also|later|again|first|had|have|has) ){0,2}(?:spoke|spoken|talked)"
                    r"(?P<how> by (?:tele)?phone| on the (?:tele)?phone| over the (?:tele)?phone| by video(?: ?link)?)(?! with)"):
        people = [p for p in reader.subject(clause, m.start(), previous) if p.startswith("person/")]
        if len(set(people)) != 2:
            continue
        candidate = reader.new_candidate("PhoneCall", clause, people)
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "On 7 July, the two ministers met in Bali ... Three weeks later, on 28 July, they held talks in Tashkent": the two
    # whose meeting the sentence before told
    for m in frames(r"(?:^|, )(?:(?:[a-z-]+ ){0,3}(?:later|earlier) , )?(?:(?:on |in )?D\d+ , )?they (?:also |then |later |again )?"
                    r"(?:held|had) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        pairs = [c for c in meetings_of_two(reader) if c.sentence >= reader.sentence.index - 2]
        if phrase.kind not in PERSON_MEETINGS or phrase.people or not pairs:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in pairs[-1].participants if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "since they met in Beijing in April": the two whose meeting the article reports
    for m in frames(r"\bthey (?:(?![EPG]\d)\S+ ){0,3}?(?:[^,;]*? and )?(?:had |have )?(?:last |first )?(?:met|talked|"
                    r"sat down(?: together)?|spoke|spoken"
                    # ("they are expected to meet at the SCO summit in Astana in June")
                    r"|(?:meet|see each other)(?= (?:again )?(?:(?:in |on )?D\d+ )?(?:at|during|on the (?:sidelines|margins|fringes) of)"
                    r" (?:the )?E\d)"
                    # ("although they speak regularly by phone, most recently in August")
                    r"|(?:speak|talk|meet)(?= (?:regularly|often|frequently)(?: by (?:tele)?phone)? , (?:most recently|last)\b) "
                    r"(?:regularly|often|frequently))"
                    r"(?P<how> by (?:tele)?phone| on the phone| by video link)?\b(?! with)"):
        named = re.search(r"(?P<a>" + ACT + r") and (?:(?:A|C)\d+ )?(?:[a-z-]+ ){0,3}?(?P<b>" + ACT + r")[^.;]*$",
                          s[:m.start()])  # "by President Biden and Chinese President Xi when they met"
        pairs = meetings_of_two(reader)
        if named or pairs:
            # the two the sentence named ("Putin and Xi have kept in touch: they ... spoke by telephone"),
            # else the pair the article is about (the first it reported)
            # ... unless the sentence before reported another pair's meeting ("Friday's talks were the third
            # meeting between the two presidents. They first met on October 11")
            named_before = {i.entity for i in reader.reader.items[reader.sentence.index - 1] if i.entity} \
                if reader.sentence.index > 0 else set()
            # (and a group with its people, for talks held: "The Russian and Chinese ministers ... held bilateral
            # talks on the sidelines on Friday. They had last met in Tashkent")
            grouped = {p for i in reader.reader.items[reader.sentence.index - 1] for p in i.group} \
                if reader.sentence.index > 0 else set()
            just = [c for c in pairs if c.sentence == reader.sentence.index - 1 and (
                c.status == "held" and (c.definite or set(c.participants) <= named_before | grouped)
                or set(c.participants) <= named_before)]
            # ("Jaishankar recalled the understanding the two reached in Moscow, when they met": those two)
            two = [w for w in re.findall(r"\bG\d+\b", s[:m.start()]) if len(reader.people(w)) == 2]
            # ("When they met in New York, the two foreign ministers undertook to ...": the two the sentence goes on with)
            after = re.match(r"when they [^,;]* , (?:the )?(G\d+)\b", s) if not named and not two else None
            if after and len(reader.people(after.group(1))) == 2:
                two = [after.group(1)]
            people = reader.people(named.group("a")) + reader.people(named.group("b")) if named else \
                reader.people(two[-1]) if two else list((just or pairs)[-1 if just else 0].participants)
            kind = "PhoneCall" if m.group("how") else "Meeting"
            if kind == "Meeting" and re.search(r"\b(?:spoke|spoken)$", m.group(0)) and calls_told_near(reader) \
                    and not re.match(r"(?: (?![EPG]\d)\S+){0,3}? (?:in|at) (?:the )?(?:A\d+ )?(?:[CL]\d+|E\d+)|" + IN_PERSON,
                                     s[m.end():end]):
                # "Today's call is the latest in a series of conversations ... they spoke on 24 February": by telephone
                kind = "PhoneCall"
            candidate = reader.new_candidate(kind, clause, people)
            reader.settle(candidate, clause, m.end())
            at = re.match(r" (?:again )?(?:(?:in |on )?D\d+ )?(?:at|during|on the (?:sidelines|margins|fringes) of) (?:the )?(E\d+)",
                          s[m.end():end]) if kind == "Meeting" else None
            if at and reader.phrase(at.group(1)).kind in GATHERINGS:
                # "They met in June at the SCO summit in Qingdao": on its sidelines
                candidate.sidelines = reader.candidate_for(at.group(1))
                reader.settle(candidate.sidelines, clause, m.end() + at.start(1), reader.phrase(at.group(1)))
                touched.append(candidate.sidelines)
                more = re.match(r"(?: ,)? and (?:again |also |then )?(?:at|during|on the (?:sidelines|margins|fringes) of)"
                                r" (?:the )?(E\d+)", s[m.end() + at.end():end])
                if more and reader.phrase(more.group(1)).kind in GATHERINGS and not taken(more.group(1)):
                    # "... at the SCO summit in Astana in June and at the BRICS summit in Xiamen in September"
                    second = reader.candidate_for(more.group(1))
                    reader.settle(second, clause, m.end() + at.end() + more.start(1), reader.phrase(more.group(1)))
                    touched.append(second)
                    touched.append(meeting_at(reader, clause, people, second, more.group(1)))
            touched.append(candidate)
    # during/at/in a meeting with B (the clause's subject is A)
    for m in frames(r"(?:during|at|in|after|following|on the sidelines of) (?P<ev>E\d+) with (?P<b>" + ACTS + ")"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        people = phrase.people
        opening = re.match(r"(?:(?:on |in )?D\d+ , )?(?=(?:after|following|during|in) )", text)
        if not people and opening and m.start() == start + opening.end():
            # "After a phone call with Putin last Thursday, Trump wrote ...": the subject comes after
            # ("In a telephone conversation with Xi on Friday, Putin congratulated him")
            after = re.search(r", (" + ACTS + r")", s[m.end():])
            people = reader.people(after.group(1)) if after else []
        people = people or reader.subject(clause, m.start(), previous)
        candidate.add_people(people + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)

    # "Li arrived in Delhi fresh from a trip to Russia earlier this month": his trip, before
    for m in frames(SUBJECT + r"(?:arrived|came|flew in|returned|landed)(?: (?:in|to|at) (?:the )?(?:A\d+ )?" + PLACE
                    + r")?(?: (?:in |on )?D\d+)? (?:fresh |straight |directly |just )?from (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS or phrase.people or not phrase.destination:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in agents(m) if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        candidate.status, candidate.explicit_status = "held", True
        touched.append(candidate)
    # "Petro signed up to the Belt and Road Initiative during a trip to Beijing in May": the subject's trip
    # (not "told Pompeo to hold off on a planned trip")
    for m in frames(r"(?:during|in the course of|while on) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS or phrase.people or not phrase.destination or taken(m.group("ev")) \
                or not re.match(r"(?:a|an|his|her) ", phrase.name.lower()):
            continue
        people = [p for p in reader.subject(clause, m.start(), previous) if p.startswith("person/")]
        if not people:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(people)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "India and China agreed late on Thursday that ..., after more than two hours of talks in Moscow":
    # talks that name no one of their own are between the people of the statement they led to
    # (and "the two agreed on the visit in a telephone call on August 2", "the three ministers had last
    # spoken by video conference on June 23": the call was theirs)
    for m in frames(r"\b(?:(?P<after>after|following|at the end of)|in|during|over|by|via) (?:more than |nearly |almost |over |some )?"
                    r"(?:(?:an?|one|two|three|four|five|six|several|many|\d+) (?:hours?|days?|rounds?) of |"
                    r"(?:hours|days|a day) of |a round of )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        kinds = ("Meeting", "BilateralMeeting") if m.group("after") else ("Meeting", "BilateralMeeting", "PhoneCall")
        if phrase.kind not in kinds or phrase.people or taken(m.group("ev")) \
                or re.match(r" (?:with|between)\b", s[m.end():]):
            continue
        people = [p for p in reader.subject(clause, m.start(), previous) if p.startswith("person/")]
        if len(set(people)) < 2:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(people)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "the SCO summit, which Tajik President Emomali Rahmon will host in the city in September": his, to come
    # (the relative clause is a clause of its own: the event is the phrase just before it)
    m = HOSTS_TO_COME.match(s, start)
    before = re.search(r"(E\d+) , $", s[:start]) if m else None
    if m and before and reader.phrase(before.group(1)).kind in GATHERINGS:
        phrase = reader.phrase(before.group(1))
        candidate = reader.candidate_for(before.group(1))
        hosts = reader.people(m.group("a"))
        candidate.add_people(hosts)
        candidate.add_hosts(hosts)
        reader.settle(candidate, clause, m.end(), phrase)
        candidate.status, candidate.explicit_status = "planned", True
        date = reader.date_near(clause, m.end(), "planned")
        if date is not None and not phrase.dates:
            candidate.date = date
        if not candidate.places:
            candidate.places = reader.place_after(clause, m.end())
        touched.append(candidate)
    # "the Group of Seven summit that Kishida hosts in Hiroshima from May 19 to 21": the present of a timetable, the
    # days nearest the article, to come unless already past
    for m in frames(r"(?P<ev>E\d+) (?:that|which) (?P<a>" + ACTS + r") (?:hosts|is hosting|chairs|is chairing)\b"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        hosts = [p for p in reader.people(m.group("a")) if p.startswith("person/")]
        candidate.add_people(hosts)
        candidate.add_hosts(hosts)
        reader.settle(candidate, clause, m.end(), phrase)
        date = reader.date_near(clause, m.end(), "reported")
        published = reader.reader.published
        if date is not None and not phrase.dates:
            candidate.date = date
            if published is not None and date.last_day() >= published:
                candidate.status, candidate.explicit_status = "planned", True
        if not candidate.places:
            candidate.places = reader.place_after(clause, m.end())
        touched.append(candidate)
    # "recalled the talks Chinese President Xi Jinping and Vladimir Putin held in the Chinese capital last week":
    # talks whose holders a relative clause without "that" names
    for m in frames(r"(?P<ev>E\d+) (?P<a>" + ACTS + r") (?:had |have |has )?(?:held|had|conducted)\b"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS or phrase.people or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")))
        reader.settle(candidate, clause, m.end(), phrase)
        if not candidate.places:
            candidate.places = reader.place_after(clause, m.end())
        touched.append(candidate)
    # "The 27th meeting was held by video link, with then Chinese premier Li Keqiang as Mishustin's counterpart"
    for m in frames(r"(?P<ev>E\d+)(?: (?![EPG]\d)\S+){0,10}? , with (?:then )?(?P<b>" + ACTOR_NP + r") as (?P<a>" + ACT
                    + r") 's counterpart\b"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS and phrase.kind not in ("Summit", "OrgMeeting") or phrase.people:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Xi, who arrived in Dushanbe on Friday, is combining the summit with a state visit to Tajikistan": his visit
    # ("Xi is set to combine the summit with a state visit to Kyrgyzstan hosted by Jeenbekov")
    for m in frames(r"(?:(?:is|was|will be|has been) combining|(?:will|would|to|(?:is|are|was|were) (?:set|due|expected|"
                    r"going) to) combine|combined|combines) (?:the |a |his |her |their )?(?:(?P<first>E\d+)|trip|visit) with "
                    r"(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in reader.subject(clause, m.start(), previous) if p.startswith("person/")][:1])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        gathering = reader.candidate_for(m.group("first")) if m.group("first") else None
        if gathering is not None and gathering.date is None and reader.phrase(m.group("first")).definite:
            # "the summit": the one told before (with its days, not another bare mention of it, nor the next one
            # planned: "agreed that Kazakhstan will host the next meeting")
            last = reader.reader.last_multilateral(candidate.status)
            gathering = last if last is not None and last.date is not None else \
                told_gathering(reader, gathering.status, dated=True) or last
        if candidate.date is None and gathering is not None and gathering.date is not None \
                and gathering.date.granularity == "day":
            candidate.date = DateValue(start=gathering.date.start[:7])  # around the summit's days: that month
        touched.append(candidate)
    # "Among those on the call were Xi, Modi and Khan": at the gathering the article reports (a bare "the call" is
    # the video summit just told, not a phone call of its own)
    for m in frames(r"^among (?:those|the leaders|the participants|the guests) (?:on|at|in|attending|taking part in) "
                    r"(?P<ev>E\d+) (?:were|was) (?P<b>" + ACTS + ")"):
        phrase = reader.phrase(m.group("ev"))
        dated = [c for c in reader.reader.candidates if c.family in ("summit", "ministerial", "org", "conference")
                 and c.status == "held" and c.date is not None]
        gathering = dated[-1] if dated else reader.reader.last_multilateral("held")
        if phrase.kind == "PhoneCall" and re.fullmatch(r"the (?:call|video call|conference call)", phrase.name.lower()) \
                and gathering is not None and gathering.sentence >= reader.sentence.index - 4:
            # the call is that gathering: it gets the people; the phrase stays a peopleless call, which is dropped
            # (the gathering is an earlier sentence's candidate, not this one's)
            reader.candidate_for(m.group("ev")).settled = True
            gathering.add_people(reader.people(m.group("b")))
            continue
        candidate = reader.candidate_for(m.group("ev"))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        candidate.add_people(reader.people(m.group("b")))
        touched.append(candidate)
    # "Trump had briefed him in a long phone call": a call between the one who told and the one told
    for m in frames(SUBJECT + r"(?:(?:had|has|have) )?(?:briefed|told|informed|assured|updated|thanked|congratulated|"
                    r"urged|warned|invited) (?P<b>" + ACTS + r")(?: (?![EPG]\d)\S+){0,6}? (?:in|during|over|by) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind != "PhoneCall" or phrase.people or taken(m.group("ev")):
            continue
        people = [p for p in agents(m) + reader.people(m.group("b")) if p.startswith("person/")]
        if len(set(people)) != 2:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(people)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Lavrov went over the issue last Thursday in Moscow with his Turkish counterpart": said where or when,
    # going over a matter with someone is meeting him (by telephone, a call)
    for m in frames(SUBJECT + r"(?:discussed|went over|talked over|reviewed|raised|took up) (?:(?![EPG]\d)[^ ,;]+ ){1,10}?"
                    r"with (?P<b>" + ACTS + ")"):
        if not re.search(r"\b(?:in|at) (?:the )?(?:A\d+ )?" + PLACE + r"|\bD\d+", m.group(0)):
            continue
        people = list(dict.fromkeys(p for p in agents(m) + reader.people(m.group("b")) if p.startswith("person/")))
        if len(people) < 2:
            continue
        by_phone = re.search(r"\b(?:by|on the|over the) (?:tele)?phone\b", s[start:end])
        candidate = reader.new_candidate("PhoneCall" if by_phone else "Meeting", clause, people)
        reader.settle(candidate, clause, m.start("b"))
        where = re.search(r"\b(?:in|at) (?:the )?(?:A\d+ )?(" + PLACE + ")", m.group(0))
        if where and not candidate.places and not by_phone:
            candidate.places = [reader.view.item(where.group(1)).entity]
        touched.append(candidate)
    # "On the margins of the ASEAN meetings on Monday, Wang Yi asked Kerry to support ...": they met there
    for m in frames(r"^on the (?:sidelines|margins|fringes) of (?:the )?(?:[a-z-]+ ){0,2}E\d+(?: (?:on |in )?D\d+)? , "
                    r"(?P<a>" + ACTS + r") (?:asked|urged|pressed|assured|invited|thanked|warned|briefed|told|"
                    r"handed|gave|presented) (?P<b>" + ACTS + r")\b"):
        people = [p for p in agents(m) + reader.people(m.group("b")) if p.startswith("person/")]
        if len(set(people)) < 2:
            continue
        candidate = reader.new_candidate("Meeting", clause, people)
        reader.settle(candidate, clause, m.end("b"))
        touched.append(candidate)
    # A's meeting with B / talks between A and B
    # ("talks were held between Kerry, Japanese Foreign Minister Fumio Kishida and ...")
    for m in frames(r"(?P<ev>E\d+) (?:(?:was|were|had been|have been|will be) (?:also )?held )?(?:with|between) "
                    r"(?P<b>" + ACTS + ")"):
        phrase = reader.phrase(m.group("ev"))
        two_leaders = phrase.kind == "Summit" and not phrase.organizer  # "a planned summit with Putin in Budapest"
        if (phrase.kind not in PERSON_MEETINGS and not two_leaders) or taken(m.group("ev")):
            continue
        said_of = reader.predicate_of(m.start("ev"))
        if said_of and reader.phrase(said_of).kind in PERSON_MEETINGS:
            # "Friday's talks were the third meeting between the two presidents": theirs, that day's
            candidate = reader.candidate_for(said_of)
            candidate.add_people(reader.people(m.group("b")))
            reader.settle(candidate, clause, re.search(r"\b" + said_of + r"\b", s).start(), reader.phrase(said_of))
            touched.append(candidate)
            continue
        if said_of is not None:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        others = reader.people(m.group("b"))
        own = phrase.people or [p for p in reader.subject(clause, m.start(), previous) if p not in others]
        candidate.add_people(own + others)  # "where talks with Trong are planned": the subject's talks
        if two_leaders and len([p for p in candidate.participants if p.startswith("person/")]) == 2:
            candidate.kind = "Meeting"  # a summit of two is their meeting ("agreed to meet in Budapest" too)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)

    # "Putin is hosting the leaders of the Commonwealth of Independent States in his home city this week for a
    # two-day informal summit": his, and theirs
    for m in frames(SUBJECT + r"(?:hosted|hosts|is hosting|was hosting|will host|hosting) (?:the )?(?:leaders|heads of state|"
                    r"heads of government|foreign ministers|ministers) of (?:the )?(?P<org>O\d+)(?: (?![EG]\d)\S+){0,8}? "
                    r"(?:for|at) (?:the )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        hosts = [p for p in agents(m) if p.startswith("person/")]
        candidate.add_people(hosts)
        candidate.add_hosts(hosts)
        candidate.organizer = candidate.organizer or reader.reader.parent_org(reader.view.item(m.group("org")).entity)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        where = re.search(r"\bin (?:the )?(?:A\d+ )?(" + PLACE + r")\b", s[m.start():m.start("ev")])
        if where and not candidate.places:  # "hosting the leaders of the CIS in St Petersburg for a summit"
            candidate.places = [reader.view.item(where.group(1)).entity]
        if re.match(r"(?: (?![EPG]\d)\S+){0,3}? (?:next (?:week|month|year)|later this (?:week|month|year))\b", s[m.end():end]) \
                or re.search(r"\bis hosting\b", m.group(0)) and candidate.date is not None \
                and reader.reader.published and candidate.date.last_day() > reader.reader.published:
            candidate.status, candidate.explicit_status = "planned", True  # "... for an informal summit next week"
        touched.append(candidate)
    # "Blinken and Austin hosted Japan's Hayashi and Hamada at the State Department for the session"
    for m in frames(SUBJECT + r"(?:hosted|hosts|hosting|will host|received|welcomed) (?P<b>" + ACTS + r")(?P<rest>(?: (?![EG]\d)\S+){0,8}?) "
                    r"(?:for|at|during) (?:the )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind in ("OrgMeeting", "MinisterialMeeting", "Summit", "Conference") or (
                phrase.kind in PERSON_MEETINGS and phrase.definite):
            candidate = reader.candidate_for(m.group("ev"))
            guests = reader.people(m.group("b")) + [p for w in re.findall(r"\bP\d+\b", m.group("rest"))
                                                    for p in reader.people(w)]
            candidate.add_people(agents(m) + guests)
            candidate.add_hosts(agents(m))
            reader.settle(candidate, clause, m.start("ev"), phrase)
            touched.append(candidate)
    # A hosted B in a state visit (in PLACE) / A received B
    for m in frames(SUBJECT + r"(?:hosted|hosts|host|hosting|received|receives|receive|receiving|welcomed|welcomes|"
                    r"will host|will receive|would host|would receive|is to host|is to receive|"
                    r"(?:played|plays|will play|is playing) host to) (?P<b>" + ACTS + r")(?! 's| ')(?! country)(?: (?:in|on|for|during) (?:(?![EPG]\d)\S+ ){0,3}?"
                    r"(?P<ev>E\d+))?"):
        at = re.match(r" (?:at|for|during) (?:the |a |an )?(E\d+)", s[m.end("b"):end])
        if at and reader.phrase(at.group(1)).kind in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            continue  # "hosting Wang at a meeting of BRICS foreign ministers": the gathering's (frame above)
        if re.search(r"\bthe host$", s[start:m.start("b")].rstrip()):
            continue  # "Putin of Russia, the host Alexander Lukashenko and Nazarbayev": the noun, in a list
        if m.group("ev") and reader.phrase(m.group("ev")).kind in PERSON_MEETINGS:
            # "Austin is due to receive Hamada for separate defence talks on Thursday"
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(agents(m) + reader.people(m.group("b")))
            reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
            touched.append(candidate)
            continue
        if m.group("ev") and reader.phrase(m.group("ev")).kind in VISITS:
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(reader.people(m.group("b")))
            candidate.hosts += agents(m)
            reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
            where = re.search(r"\bin (?:the )?(?:A\d+ )?(" + PLACE + r")", s[m.end("b"):m.start("ev")])
            if where and not candidate.places:
                candidate.places = [reader.view.item(where.group(1)).entity]  # "hosted Raisi in Beijing for a state visit"
            if not candidate.places and state_led_by(reader, agents(m)):
                candidate.places = [state_led_by(reader, agents(m))]  # "Xi hosted Putin for a state visit": in China
            if re.search(r"\breceiv\w*$", s[m.start():m.start("b")].strip()) and re.search(
                    r"\bduring(?: (?![EPG]\d)\S+){0,3}$", s[m.end("b"):m.start("ev")].strip()):
                # (not "received him on a state visit": the visit itself)
                # "Xi received Mishustin in Beijing on Tuesday during his two-day visit": they met, that day
                touched.append(candidate)
                candidate = reader.new_candidate("Meeting", clause, agents(m) + reader.people(m.group("b")))
                reader.settle(candidate, clause, m.start("b"))
                candidate.places = candidate.places or ([reader.view.item(where.group(1)).entity] if where else [])
        else:
            guests = reader.people(m.group("b"))
            gathering = reader.reader.last_multilateral("held")
            if len(guests) >= 2 and gathering is not None and gathering.sentence >= reader.sentence.index - 2 \
                    and "host" in m.group(0) and not gathering.participants and not re.search(r"\bE\d+", s[start:end]):
                # "The leaders gathered in Tokyo for the summit. Kishida played host to Biden, Modi and
                # Albanese": the host and the guests of that summit
                gathering.add_people(agents(m) + guests)
                gathering.add_hosts(agents(m))
                where = re.search(r"\bin (?:the )?(?:A\d+ )?(" + PLACE + r")", s[m.end("b"):end])
                if where and not gathering.places:
                    # ("who hosted Putin and Rouhani at the Cankaya mansion in the Turkish capital": there)
                    gathering.places = [reader.view.item(where.group(1)).entity]
                continue
            hosts = agents(m)
            state = re.match(r"(C\d+) (?:, [^,]+ , )?(?:(?![EPGC]\d)\S+ ){0,2}?(?:hosted|hosts|received|welcomed)\b", s[start:end])
            if not [h for h in hosts if h.startswith("person/")] and state:
                hosts = [reader.view.item(state.group(1)).entity]  # "Serbia, a candidate for EU membership, last hosted"
            if hosts and all(h.startswith("country/") for h in hosts) and guests \
                    and all(g.startswith("person/") for g in guests):
                # "Serbia last hosted the Chinese leader in 2016": his visit there
                candidate = reader.new_candidate("Visit", clause, guests)
                candidate.places = hosts[:1]
                reader.settle(candidate, clause, m.start("b"))
                touched.append(candidate)
                continue
            candidate = reader.new_candidate("Meeting", clause, hosts + guests)
            reader.settle(candidate, clause, m.start("b"))
            # "The Russian defence minister welcomed his guest warmly": the guest whose talks were told, those talks
            guest_words = [reader.reader.article.text[i.start:i.end].lower() for w in re.findall(r"P\d+", m.group("b"))
                           for i in [reader.view.item(w)]]
            candidate.definite = candidate.definite or bool(guest_words) and all(
                re.search(r"\b(?:guests?|visitors?)$", g) for g in guest_words)
            if re.match(r" there\b", s[m.end("b"):]):
                reader.there(candidate)  # "Xi received Medvedev there"
            # "He received Rouhani first, for close to two hours, and then Putin, for about an hour and a half": each
            then = re.match(r"(?: (?:first|separately))?(?: , [^,]{1,60})?(?: ,)? and (?:then|later|afterwards) (?P<c>" + ACT
                            + r")(?= ,| \.|$| for\b| (?:on |in )?D\d+ \.)", s[m.end("b"):])
            if then:
                touched.append(candidate)
                candidate = reader.new_candidate("Meeting", clause, hosts + reader.people(then.group("c")))
                reader.settle(candidate, clause, m.start("b"))
        touched.append(candidate)

    # A welcomed the (upcoming) visit of B: A is the host
    for m in frames(SUBJECT + r"(?:welcomed|welcomes|welcome|hailed|praised) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind in VISITS and phrase.people:
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(phrase.people)
            candidate.hosts += agents(m)
            reader.settle(candidate, clause, m.start("ev"), phrase)
            touched.append(candidate)

    # A told B (a meeting only where the sentence sets one: "on the sidelines of EVENT")
    if re.search(r"sidelines|margins|fringes", s):
        for m in frames(r"(?P<a>" + ACT + r") (?:told|assured|informed|briefed) (?P<b>" + ACTS + ")"):
            candidate = reader.new_candidate("Meeting", clause, reader.people(m.group("a")) + reader.people(m.group("b")))
            reader.settle(candidate, clause, m.start("b"))
            touched.append(candidate)

    # visits: A visited X / A made a visit to X / A travelled to X for a visit
    # ("He is to stop in the Maldives and Sri Lanka before arriving in India": a visit to each stop)
    for m in frames(SUBJECT + r"(?:visited|visits|visit|visiting|to visit|will visit|(?:(?:to|will|would) stop|stops|stopped|stopping) (?:over )?in"
                    r"|(?:make|makes|made|making) (?:a |an )?(?:(?:[a-z]+-day|one-night|brief|short|surprise|quick|unscheduled|overnight) )?"
                    r"(?:stop|stops|stopover) in) (?:the )?(?P<dest>" + PLACE + r")"):
        if re.search(r"\binvit\w* (?:\S+ ){0,4}to visit$", s[start:m.end("dest")].rsplit(" ", 1)[0]):
            continue  # "invited his counterpart to visit North Korea": an invitation is not a plan
        if re.search(r"\b(?:first|only|last|second|most senior|highest-ranking|highest ranking|senior-most|most "
                     r"prominent) (?:\S+ ){0,4}to visit$", s[start:m.end("dest")].rsplit(" ", 1)[0]):
            continue  # "the first Pakistani foreign minister to visit India in a decade": a description
        place_item = reader.view.item(m.group("dest"))
        if reader.reader.article.text[place_item.end:place_item.end + 1] == "-":
            continue  # "visited the China-Russia Expo": a thing named after the state, not the state
        candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest"))
        visits = [candidate]
        # "Li also visited Poland, France and Germany": a visit to each
        listed = re.match(r"(?: , (?:the )?(?:" + PLACE + r")(?= ,| and))*(?: ,)? and (?:the )?(?:" + PLACE + r")\b", s[m.end():end])
        for dest in re.findall(PLACE, listed.group(0)) if listed else []:
            if reader.view.item(dest).entity and reader.view.item(dest).entity.startswith(("country/", "place/")):
                visits.append(reader.new_visit(clause, agents(m), dest, m.end() + listed.group(0).index(dest)))
        arriving = re.search(r"\bbefore (?:arriving|landing) in (?:the )?(?:A\d+ )?(?:" + PLACE + r") (?P<d>D\d+)", s[m.end():end])
        if arriving:
            # "is to stop in the Maldives and Sri Lanka before arriving in India next week": in that month
            for visit in visits:
                day = reader.reader.resolve_date(reader.view.item(arriving.group("d")).date, visit.status)
                if visit.date is None and day is not None:
                    visit.date = month_of(day) if day.granularity == "day" or day.end else day
        if re.search(r"\b(?:after|following) visiting$", s[start:m.start("dest")].rstrip()):
            # "arrived in Moscow on Tuesday after visiting France, Italy and Hungary": before that day, in its month
            for visit in visits:
                if visit.date is not None and visit.date.granularity == "day" and not visit.date_in_phrase:
                    visit.date, visit.date_role = month_of(visit.date), None
        touched += visits
    # "Xi arrived in Kazakhstan on a state visit. He last visited the country in September 2022": that state
    for m in frames(SUBJECT + r"(?:last |first |previously |also )?(?:visited|had visited|has visited) the (?P<noun>country|"
                    r"capital)\b(?! of)"):
        people = [p for p in agents(m) if p.startswith("person/")]
        where = place_named_before(reader, s[:m.start()], m.group("noun"))
        if not people or not where:
            continue
        candidate = reader.new_candidate("Visit", clause, people)
        candidate.places = [where]
        reader.settle(candidate, clause, m.end())
        candidate.recalled = True  # (a visit before the one the article reports, not a mention of it)
        touched.append(candidate)
    for m in frames(SUBJECT + r"(?:made|make|makes|making|paid|pay|pays|paying|is on|was on|began|begins|"
                    r"started|concluded|wrapped up|ended|ends|completed|wound up|finished|embarked on|undertook|"
                    r"(?P<ending>is concluding|concludes|is wrapping up|wraps up|is ending)|"
                    r"cut short|cuts short|curtailed|"  # ("cut short a visit to Saudi Arabia": made, and ended early)
                    # ("used a one-day state visit to Ankara to announce", "took advantage of his trip to meet"): made
                    r"(?P<used>used|uses|is using|took advantage of|takes advantage of)|"
                    r"undertake|will make|will pay|"
                    # ("Xi will begin a three-day state visit", "will land in Ahmedabad on Wednesday to begin a state visit")
                    r"will begin|to begin|will start|to start|embark on|embarks on|will embark on|to embark on)"
                    r"(?: " + NOT_ACTOR + r"){0,3}? (?P<ev>E\d+)"):
        phrase, placeholder = reader.phrase(m.group("ev")), m.group("ev")
        # "made his first trip abroad as leader, an unannounced train journey to Beijing to see Xi": the trip the
        # apposition names, there
        apposed = re.match(r"(?: (?![EPG]\d)[^,]{0,30})? , (?:an? |the |his |her )?(?:(?![EPG]\d)\S+ ){0,3}(?P<ev>E\d+)",
                           s[m.end("ev"):end])
        if phrase.kind in VISITS and not (phrase.places or phrase.destination) and apposed \
                and reader.phrase(apposed.group("ev")).kind in VISITS \
                and (reader.phrase(apposed.group("ev")).places or reader.phrase(apposed.group("ev")).destination):
            phrase, placeholder = reader.phrase(apposed.group("ev")), apposed.group("ev")
        if m.group("used") and not (phrase.places or phrase.destination):
            continue  # "the two men used that visit to declare a partnership": the visit told before, as it was
        if phrase.kind in VISITS:
            candidate = reader.candidate_for(placeholder)
            # ("had renewed an invitation to Mr Xi to pay a state visit to Pakistan": the one invited)
            invited = re.search(INVITED + r"(?:\S+ )?$", s[start:m.start("ev")])
            candidate.add_people(reader.people(invited.group("inv")) if invited else agents(m))
            reader.settle(candidate, clause, s.index(placeholder + " ", start) if placeholder + " " in s[start:end]
                          else m.start("ev"), phrase)
            ended = re.search(r"\bD\d+", s[m.start("ending"):m.start("ev")]) if m.group("ending") else None
            began = re.match(r" ,? ?which (?:began|started|opened) (?:on )?(?P<d>D\d+)", s[m.end("ev"):])
            last = reader.reader.resolve_date(reader.view.item(ended.group(0)).date, "held") if ended else None
            first = reader.reader.resolve_date(reader.view.item(began.group("d")).date, "held") if began else None
            if last is not None and last.granularity == "day" and not last.end:
                # "is concluding today his state visit ..., which began on Sunday in Dalian": from that day to this
                if first is not None and first.granularity == "day" and first.start < last.start:
                    candidate.date, candidate.settled = DateValue(start=first.start, end=last.start), True
                else:
                    candidate.date, candidate.date_role = last, "end"
            if candidate.status == "held" and re.search(r"\b(?:eventually|finally|ultimately|in the end) (?:made|paid)\b",
                                                        s[start:m.start("ev")]):
                candidate.explicit_status = True  # "forced Blinken to postpone a trip; he eventually made the visit in June"
            touched.append(candidate)
    for m in frames(SUBJECT + r"(?:traveled|travelled|travels|travel|flew|flies|fly|went|goes|go|headed|head|arrived|"
                    r"arrives|arrive|came|come|landed|lands|moved|moves|(?P<be>is|was|are|were|will be)"
                    r"(?P<due> (?:due|expected|scheduled|set))?)(?: on)?"
                    r" (?:to|in|into) (?:the )?(?:neighbouring |neighboring |nearby )?(?:A\d+ )?(?P<dest>" + PLACE + r")(?: (?![EPG]\d)\S+){0,4}? (?:for|on) (?P<ev>E\d+)"
                    r"(?: with (?P<b>" + ACTS + r"))?"):
        phrase = reader.phrase(m.group("ev"))
        if m.group("due") and phrase.kind not in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            continue  # "is due in Moscow on Thursday for talks with Putin": the talks' own frames read it
        if phrase.kind in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference") and not m.group("b") \
                and m.group("be") and not taken(m.group("ev")):
            # "The heads of state are due in the Kyrgyz capital for the summit on June 13-14": it is there
            candidate = reader.candidate_for(m.group("ev"))
            candidate.places = candidate.places or [reader.view.item(m.group("dest")).entity]
            candidate.add_people([p for p in agents(m) if p.startswith("person/")])
            if not candidate.organizer:  # "SCO leaders are due in Samarkand for their annual summit": the SCO's
                candidate.organizer = body_of_people(reader, s[start:m.start("be")], at_end=True)
            reader.settle(candidate, clause, m.start("ev"), phrase)
            touched.append(candidate)
            continue
        if phrase.kind == "Summit" and m.group("b") and not phrase.organizer:
            # "is due to travel to Pyongyang in September for another summit with Kim"
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(agents(m) + reader.people(m.group("b")))
            candidate.places = candidate.places or [reader.view.item(m.group("dest")).entity]
            reader.settle(candidate, clause, m.start("dest"), phrase)
            touched.append(candidate)
            continue
        if phrase.kind in PERSON_MEETINGS and m.group("b"):
            # "flew to Pyongyang for talks with Kim Jong Il": a visit, its host the one he went to see
            candidate = reader.new_candidate("Visit", clause, agents(m) + reader.people(m.group("b")))
            candidate.hosts += reader.people(m.group("b"))
            candidate.places = [reader.view.item(m.group("dest")).entity]
            reader.settle(candidate, clause, m.start("dest"))
            talks = reader.candidates.setdefault(reader.view.item(m.group("ev")).event, candidate)
            if talks is not candidate and talks.family == "meeting" and not talks.places:
                talks.places = list(candidate.places)  # and the talks were held there
            touched.append(candidate)
            continue
        if phrase.kind in PERSON_MEETINGS and not phrase.people:
            # "would arrive in Beijing on Sunday for two days of meetings": a visit, whoever he meets
            candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest"))
            if candidate.date is None and phrase.dates:
                # "was due to fly to Vietnam for talks in Hanoi on Wednesday": on the day of the talks, in their city
                candidate.date = reader.reader.resolve_date(phrase.dates[0].date, candidate.status)
            state = reader.reader.lookup(candidate.places[0]) if candidate.places else None
            cities = [p for p in phrase.places if state is not None and state.kind == "country"
                      and (reader.reader.lookup(p) is not None and reader.reader.lookup(p).country == state.key)]
            if cities:
                candidate.places = cities[:1]
            touched.append(candidate)
            continue
        if phrase.kind in VISITS:
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(agents(m))
            candidate.places = candidate.places or [reader.view.item(m.group("dest")).entity]
            reader.settle(candidate, clause, m.start("ev"), phrase)
            if candidate.date is not None and candidate.date.granularity == "day" and not candidate.date.end and re.match(
                    r" (?:that|which) (?:is due to |will |is to |is expected to )?(?:last|run|continue)s? (?:until|till|through)\b",
                    s[m.end("ev"):end]):
                # "flew in on Monday for a working visit that is due to last until the end of the week": its days
                # from then, to a day unsaid; the month
                candidate.date = DateValue(start=candidate.date.start[:7])
            touched.append(candidate)
    # "Wang met Jaishankar and discussed the boundary question with National Security Adviser Ajit Doval": they met
    for m in frames(SUBJECT + r"(?:discussed|discusses|will discuss|reviewed|went over) (?:(?![EPG]\d)\S+ ){1,8}?with "
                    r"(?:[a-z-]+ ){0,4}(?P<b>"
                    + ACTS + r")(?= (?:in|at|on|during) |$| ,| \.)"):
        if re.search(r"\b(?:by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone|by video|in a (?:phone|telephone|video) "
                     r"call)\b", s[m.start():end]) or not re.search(r"\b(?:met|meets|held E\d+|received|visited|hosted)\b",
                                                                     s[:m.start()]):
            continue  # a call, told by its own frame; or a discussion that may have been by phone ("said where or when" has it)
        candidate = reader.new_candidate("Meeting", clause, agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.end("b"))
        touched.append(candidate)
    # "Putin brought the leaders of Azerbaijan and Armenia together in Sochi on Monday": they met
    for m in frames(SUBJECT + r"(?:brought|brings|will bring|bringing) (?P<b>" + ACTS + r") (?:together|to the (?:same )?table)\b"):
        candidate = reader.new_candidate("Meeting", clause, agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "Kishida signed a reciprocal access agreement with Sunak in London on Wednesday": they met
    for m in frames(SUBJECT + r"(?:signed|initialled|concluded) (?:a|an|the) (?:(?![EPG]\d)\S+ ){0,8}?with (?P<b>" + ACTS
                    + r")(?= (?:in|at|on|during) |$| ,| \.)"):
        candidate = reader.new_candidate("Meeting", clause, agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.end("b"))
        touched.append(candidate)
    # "Lavrov landed in Eritrea on Thursday", "Putin arrived in Pyongyang": a visit there
    # ("When Lavrov stepped off his plane in Beijing on Monday")
    for m in frames(SUBJECT + r"(?:(?:arrived|arrives|arrive|(?<=before )arriving|landed|lands|land|touched down|stepped off (?:his|her|the|their|P\d+) "
                    r"(?:plane|aircraft|jet|flight)) in|reached|reaches) (?:the )?"
                    r"(?:A\d+ )?(?P<dest>" + PLACE + r")"
                    r"(?!(?: , in (?:(?![EPG]\d)[^\s,]+ ){1,5}?,)? (?:(?![EPG]\d)\S+ ){0,4}(?:for|on|to attend|to take part) "
                    r"E\d+)"):
        if re.search(r"\bbefore arriving in (?:the )?(?:A\d+ )?$", s[:m.start("dest")]) and not re.search(r"\b(?:is|are) to\b|\bwill\b|\bwould\b|\b(?:is|are) (?:due|"
                                                           r"expected|set) to\b", s[start:m.start()]):
            continue  # ("travelled to North Korea before arriving in China": a leg told on the way to what the article
            # tells of China; "is to stop in the Maldives before arriving in India next week" is a visit to come)
        candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest"))
        touched.append(candidate)
    # "The meeting of the alliance's council capped a two-day state visit by Putin": the visit ended that day
    for m in frames(r"(?P<ev1>E\d+)(?: (?:of|in|at)(?: (?![EPG]\d)\S+){1,6}?)? (?:(?:also|thus) )?(?:capped|caps|crowned|crowns|concluded|concludes|closed|closes|"
                    r"ended|ends|rounded off|rounds off|wrapped up|wraps up) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS:
            continue
        visit = reader.candidate_for(m.group("ev"))
        visit.ends_with = reader.candidate_for(m.group("ev1"))
        reader.settle(visit, clause, m.start("ev"), phrase)
        touched.append(visit)
    # "Lavrov arrived on Monday for a two-day visit to China": his visit, from that day
    # ("landed in the Saudi capital on Wednesday for a state visit")
    for m in frames(SUBJECT + r"(?:(?:arrived|arrives|landed|lands|flew in|flies in)(?: in (?:the )?(?:A\d+ )?(?P<dest>" + PLACE
                    + r"))?|(?:flew|flies) into (?:the )?(?P<dest2>" + PLACE + r"))"
                    # "landed at Vnukovo airport on Wednesday evening for a state visit"
                    # (an airport the dictionary knows is a place: "at Vnukovo Airport")
                    r"(?: at (?:the )?(?:(?:[a-z-]+ ){1,3}(?:airport|airfield|air base|airbase)|(?P<dest3>L\d+)))?"
                    # ("arrived on Monday on a state visit to Uzbekistan")
                    r"(?: (?:late |early )?(?:on |in )?D\d+)?(?: (?:evening|morning|afternoon|night))? (?:for|on) "
                    r"(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m))
        dest = m.group("dest") or m.group("dest2")
        if dest and not candidate.places:
            candidate.places = [reader.view.item(dest).entity]
        reader.settle(candidate, clause, m.start("ev"), phrase)
        candidate.date = spread(candidate.date, candidate.days, "start")  # the day he arrived is its first
        arrival = re.search(r"\bD\d+", s[m.start():m.start("ev")])
        ends = re.match(r" (?:that|which) (?:ends|ended|will end|wraps up|wrapped up|concludes|concluded) (?:on )?(D\d+)",
                        s[m.end("ev"):])
        if arrival and ends:
            # "landed on Wednesday evening for a state visit to Russia that ends today": from one to the other
            first = reader.reader.resolve_date(reader.view.item(arrival.group(0)).date, "held")
            last = reader.reader.resolve_date(reader.view.item(ends.group(1)).date, candidate.status)
            if first and last and first.granularity == last.granularity == "day" and first.start < last.start:
                candidate.date = DateValue(start=first.start, end=last.start)
        touched.append(candidate)
    # "when Xi is to host him for the summit of the SCO in Tianjin": the host and the guest at it
    for m in frames(SUBJECT + r"(?:host|hosts|hosted|hosting|welcome|welcomes|welcomed|welcoming) (?P<b>" + ACTS
                    + r") (?:for|at) (?:the )?(?P<ev>E\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        if candidate.kind not in GATHERINGS:
            continue
        candidate.add_people([p for p in agents(m) + reader.people(m.group("b")) if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "Putin flew in on Wednesday morning for the meeting", "flew into Ashgabat for the summit": he attended it
    for m in frames(SUBJECT + r"(?:flew|flies|fly|flying|flown) (?:in|into (?:the )?(?:A\d+ )?(?P<dest>" + PLACE + r"))"
                    r"(?: (?:late |early )?(?:on |in )?D\d+(?: (?:morning|afternoon|evening|night))?)? for (?:the )?(?P<ev>E\d+)"):
        the_gathering_just_told(reader, m.group("ev"))  # ("for the meeting": the gathering the sentence before told)
        phrase, candidate = reader.phrase(m.group("ev")), reader.candidate_for(m.group("ev"))
        if candidate.kind not in GATHERINGS:
            continue
        candidate.add_people(agents(m))
        if not candidate.places and m.group("dest"):
            candidate.places = [reader.view.item(m.group("dest")).entity]
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "He is due in New Delhi on Thursday for a two-day visit": a visit to come, there, from then
    # ("He is due in the Russian capital on Monday for a two-day visit")
    for m in frames(SUBJECT + r"(?:is|are|was|were) (?:also )?(?:due|expected|scheduled|set) (?:to arrive )?in (?:the )?"
                    r"(?:A\d+ )?(?P<dest>" + PLACE + r")(?: (?:later |early |late )?(?:on |in )?D\d+)? for (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m))
        candidate.places = candidate.places or [reader.view.item(m.group("dest")).entity]
        reader.settle(candidate, clause, m.start("dest"), phrase)
        candidate.date = spread(candidate.date, candidate.days, "start")  # the day he is due is its first
        touched.append(candidate)
    # "A second attempt was set for early July, with Borrell expected in Beijing on July 10 for talks with Qin": his
    # visit to come, and the talks there
    for m in frames(r", with (?P<a>" + ACTS + r") (?:due|expected|scheduled) in (?:the )?(?:A\d+ )?(?P<dest>" + PLACE
                    + r")(?: (?:on |in )?D\d+)?(?: for (?:a |an |the )?(?P<ev>E\d+) with (?P<b>" + ACTS + r"))?"):
        travellers = [p for p in reader.people(m.group("a")) if p.startswith("person/")]
        if not travellers:
            continue
        # (a plan told in the past, "was set for early July": its days read back from the article's date)
        then = bool(re.search(r"\b(?:was|were|had)\b", s[start:m.start()]))
        visit = reader.new_visit(clause, travellers, m.group("dest"), m.start("dest"))
        talks = reader.candidate_for(m.group("ev")) \
            if m.group("ev") and reader.phrase(m.group("ev")).kind in PERSON_MEETINGS else None
        if talks is not None:
            talks.add_people(travellers + reader.people(m.group("b")))
            talks.places = talks.places or list(visit.places)
            reader.settle(talks, clause, m.start("ev"), reader.phrase(m.group("ev")))
        for planned in [visit] + ([talks] if talks is not None else []):
            planned.status, planned.explicit_status, planned.planned_then = "planned", True, then
            if then:
                planned.date = reader.date_near(clause, m.start("dest"), "held") or planned.date
            touched.append(planned)
    # "Lavrov is due in Ankara on Wednesday", "Scholz is expected in Belgrade on Friday": a visit to come
    # ("Borrell was first due in Beijing from April 13 to 15": a visit that was to come then)
    for m in frames(SUBJECT + r"(?:is|are|was|were) (?:also |now |first |originally |initially |both |all )?(?:due|expected) "
                    r"(?:to arrive |to be held |to take place )?in "
                    r"(?:the )?(?:A\d+ )?(?P<dest>" + PLACE
                    + r")(?! (?:(?![EPG]\d)\S+ ){0,4}?for (?:(?![EPG]\d)\S+ ){0,3}?E\d)"):
        event = re.search(r"(E\d+) ?$", s[:m.start()]) if not m.group("a") else None
        if event and reader.phrase(event.group(1)).kind in GATHERINGS:
            # "the next summit is due in Tashkent next year": where and when that gathering is to be
            candidate = reader.candidate_for(event.group(1))
            candidate.places = candidate.places or [reader.view.item(m.group("dest")).entity]
            reader.settle(candidate, clause, m.start("dest"), reader.phrase(event.group(1)))
            candidate.status, candidate.explicit_status = "planned", True
            touched.append(candidate)
            continue
        if not agents(m):
            continue
        where = reader.view.item(m.group("dest")).entity
        # (any told before when "also" says so: "... the summit in Bishkek on 13 September. ... Xi held talks with
        # Putin, who is also due in Bishkek")
        also = bool(re.search(r"\balso\b", m.group(0)))
        coming = [c for c in reader.reader.candidates if c.kind in MULTILATERAL and c.status == "planned"
                  and where in c.places and (0 <= reader.sentence.index - c.sentence <= 1 or also)]
        if coming and not re.search(r"\b(?:was|were)\b", m.group(0)):
            # "... will prepare the SCO summit in Samarkand in September. Modi and Xi are both expected in Samarkand":
            # at that summit
            coming[-1].add_people([p for p in agents(m) if p.startswith("person/")])
            touched.append(coming[-1])
            continue
        candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest"))
        candidate.status, candidate.explicit_status = "planned", True
        candidate.planned_then = bool(re.search(r"\b(?:was|were) (?:[a-z]+ )?(?:due|expected) ", m.group(0)))
        touched.append(candidate)
    # "Jaishankar has returned from Russia after a five-day visit that began on Monday": his visit there
    for m in frames(SUBJECT + r"(?:has |have |had )?(?:returned|returns|came back|comes back|flew home|flew back|arrived back|"
                    r"is back|got back) (?:home )?from (?:the )?(?:A\d+ )?(?P<dest>" + PLACE + r")(?! 's)(?: (?:after|following|at the "
                    r"end of|on the heels of) (?P<ev>E\d+))?"):
        if not agents(m):
            continue
        if m.group("ev") and reader.phrase(m.group("ev")).kind in VISITS:
            candidate = reader.candidate_for(m.group("ev"))
            candidate.participants = [p for p in candidate.participants if p in candidate.hosts]
            candidate.add_people(agents(m))
            candidate.places = candidate.places or [reader.view.item(m.group("dest")).entity]
            reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        else:
            candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest"))
            candidate.date_role = "end"  # "returned from Moscow on Friday": the trip's last day
        touched.append(candidate)
    # "chaired the session days after returning from a visit to the United States late last month": his trip, made
    for m in frames(SUBJECT + r"(?:has |have |had )?(?:returned|returning|returns|came back|coming back|comes back|got back|"
                    r"flew back|flying back|arrived back) (?:home )?from (?:a |an |his |her |their )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS or not agents(m) or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        if candidate.status == "planned" and not phrase.planned:
            candidate.status = "held"  # (back from it: made)
        touched.append(candidate)
    # "Biden is expected in New Delhi for the bloc's summit in September": he is to attend it, there
    for m in frames(SUBJECT + r"(?:is|are|was|were) (?:also |now )?(?:due|expected) (?:to arrive )?in (?:the )?(?:A\d+ )?(?P<dest>"
                    + PLACE + r") (?:(?![EPG]\d)\S+ ){0,4}?for (?:(?![EPG]\d)\S+ ){0,3}?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS or not agents(m):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m))
        candidate.places = candidate.places or [reader.view.item(m.group("dest")).entity]
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Putin last came to Belgrade in January 2019": a visit
    for m in frames(SUBJECT + r"(?:(?:last|first|then|later|also|once) )?came (?:back )?to (?:the )?(?P<dest>" + PLACE
                    + r")(?! (?:(?![EPG]\d)\S+ ){0,4}?for E\d)"):
        touched.append(reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest")))
    # "Lavrov's previous tour, in July, took him to Egypt, the Congo, Uganda and Ethiopia": a visit to each
    for m in frames(r"(?P<owner>" + ACT + r") 's (?:[a-z-]+ ){0,2}(?:tour|trip|journey)(?: (?:of|through|around) "
                    r"(?:the )?[a-z]+)?(?: , (?P<when>D\d+) ,)? (?:also )?took (?:him|her|" + ACT + r") to (?:the )?"
                    r"(?P<dests>" + PLACE + r"(?: (?:,|and|, and) (?:the )?" + PLACE + r")*)"):
        # "Lavrov's previous tour of the continent, in July, took him to Egypt, ... and Ethiopia"
        when = reader.reader.resolve_date(reader.view.item(m.group("when")).date, "held") if m.group("when") else None
        for dest in [reader.view.item(w).entity for w in re.findall(r"[CL]\d+", m.group("dests"))]:
            visit = reader.new_candidate("Visit", clause, reader.people(m.group("owner")))
            visit.places, visit.date = [dest], when
            touched.append(visit)
    for m in frames(r"(?P<ev>E\d+)(?: , [^,]{0,40} ,)? (?:also )?(?:took|takes|will take|has taken) (?:him|her|them|(?P<a>"
                    + ACT + r")) (?:also )?to (?:the )?(?P<dests>" + PLACE + r"(?: (?:,|and|, and) (?:the )?" + PLACE + r")*)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS:
            continue
        trip = reader.candidate_for(m.group("ev"))
        reader.settle(trip, clause, m.start("ev"), phrase)
        visitors = phrase.people or reader.people(m.group("a")) or trip.participants or reader.subject(clause, m.start(), previous)
        dests = [reader.view.item(w).entity for w in re.findall(r"[CL]\d+", m.group("dests"))]
        if len(dests) == 1 and not trip.places:
            trip.places = dests
            trip.add_people(visitors)
            touched.append(trip)
            continue
        for dest in dests:
            visit = reader.new_candidate("Visit", clause, list(visitors))
            visit.places = [dest]
            visit.date = trip.date
            visit.status = trip.status
            touched.append(visit)
    # "Wang Yi is on a tour of Central Asia that will take him to Kazakhstan, Uzbekistan and Kyrgyzstan": a visit to each
    for m in frames(SUBJECT + r"(?:is|was|are|were) (?:currently |now |also )?on (?:a|an|his|her|their) (?:[a-z-]+ )?"
                    r"(?:tour|trip|journey|swing)(?: (?:of|through|around) (?:the )?(?P<region>(?:L|C)\d+))? (?:that|which) "
                    r"(?P<verb>will take|is taking|takes|took|has taken|has already taken) (?:him|her|them) (?:also )?to (?:the )?"
                    r"(?P<dests>" + PLACE + r"(?: (?:,|and|, and) (?:the )?" + PLACE + r")*)"):
        visitors = [p for p in agents(m) if p.startswith("person/")]
        if not visitors:
            continue
        for dest in [reader.view.item(w).entity for w in re.findall(r"[CL]\d+", m.group("dests"))]:
            visit = reader.new_candidate("Visit", clause, list(visitors))
            visit.places = [dest]
            visit.status = "planned" if m.group("verb").startswith("will") else "held"
            visit.explicit_status = True
            touched.append(visit)
    # the reception of A in X and Y (on DATE)
    for m in frames(r"reception (?:of|for) " + TITLE_WORDS + r"{0,4}(?P<a>" + ACT + r") in (?P<d1>" + PLACE
                    + r")(?: and (?P<d2>" + PLACE + r"))?"):
        candidate = reader.new_candidate("Visit", clause, reader.people(m.group("a")))
        candidate.places = [reader.view.item(m.group(g)).entity for g in ("d1", "d2") if m.group(g)]
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # X as the destination for A's visit
    for m in frames(r"(?P<dest>" + PLACE + r") as (?:the |a )?destination (?:for|of) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind in VISITS:
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(phrase.people or reader.subject(clause, m.start(), previous))
            candidate.places = [reader.view.item(m.group("dest")).entity]
            reader.settle(candidate, clause, m.start("ev"), phrase,
                          dated=bool(re.match(r"when\b", clause.text)))
            touched.append(candidate)

    # attendance: A will take part in / participated in / attend / join / address EVENT;
    # "our leaders will meet during EVENT" is also a meeting of its own on the event's sidelines
    for m in frames(SUBJECT + r"(?P<verb>(?:(?:take|took|takes|taking) part in|participated in|participates in|"
                    r"participate in|participating in|participation in|attend|attended|attends|attending|"
                    # ("when they joined Putin in Samarkand for a trilateral meeting")
                    r"joined (?P<with>" + ACTS + r")(?: in (?:the )?(?:A\d+ )?" + PLACE + r")? (?:for|at)(?: (?![EPG]\d)\S+){0,3}?|"
                    # "joined their counterparts from the other Arctic states for the council's ministerial meeting"
                    r"joined (?:their|his|her) (?:[a-z]+ )?(?:counterparts|colleagues|peers)(?: (?![EPG]\d)\S+){0,6}? "
                    r"(?:for|at)(?: (?![EPG]\d)\S+){0,4}?|"
                    r"join|joined|joins|joining|address|addressed|addresses|addressing|chair|chaired|chairs|chairing|"
                    r"co-chair|co-chairs|co-chairing|"
                    # "when Xi watched the 70th anniversary parade"; "returned last October for the BRICS summit in Kazan"
                    r"watched|watches|(?:returned|came back|went back)(?: (?:last |early |late )?D\d+)? for|"
                    r"presided over|presides over|will preside over|"
                    # ("left the SCO summit in Tianjin together on Monday": they were at it)
                    r"(?:stood up and )?(?:left(?= (?:the )?E\d+)|walked out of|stormed out of)|"
                    # "had told the expanded session of last October's summit"; "has been invited as a guest to"
                    r"(?:had |has )?(?:told|briefed)|(?:was|were|is|are|has been|have been|had been) (?:also )?invited "
                    r"(?:as (?:a |an )?(?:special )?(?:guest|observer)s? )?to(?: attend| join| take part in)?|"
                    r"co-chaired|hosted|hosting|hosts|will host|would host|is to host|is due to host|"
                    # ("led the Russian delegation to the G20 foreign ministers' meeting")
                    r"(?:led|headed|leads|heads|will lead|will head|is leading|is heading) (?:the |a |his |her |their )?"
                    r"(?:A\d+ |C\d+ 's )?(?:[a-z-]+ )?delegations? (?:to|at)|"
                    r"opened|closed|wrapped up|concluded|led|headed|represented \S+ at|" + JOURNEY_TO + r" (?:the )?"
                    r"(?:(?:[a-z-]+ ){0,2}(?:city|capital|town|resort) of )?" + PLACE
                    # ("arrived in Tunxi, in China's Anhui province, on Wednesday for a meeting")
                    + r"(?: , in (?:(?![EPG]\d)[^\s,]+ ){1,5}?,)?"
                    + r"(?: (?:late |early )?(?:on |in )?D\d+)? (?:to attend|to take part in|for)|(?:will )?(?:meet|met|see each other(?: again)?|"
                    # ("would see him again at the G20 summit": the two will meet there)
                    r"(?:see|saw) (?P<obj>" + ACT + r")(?: again)?)(?: (?![EPG]\d)\S+){0,8}? (?:during|at)|"
                    r"(?:" + NOT_ACTOR + r" ){0,5}?at)) (?:the )?(?:(?:" + BODY_NOUN + r"|O\d+) 's )?"
                    # ("co-chaired the fourth round of the Pakistan-China Strategic Dialogue")
                    r"(?:(?:[a-z]+|\d+(?:st|nd|rd|th)) round of (?:the |their )?)?"
                    r"(?P<ev>E\d+)"):  # ("chaired the bloc's annual council of heads of state")
        # ("delivered a keynote speech at the opening ceremony of the Belt and Road Forum": at the forum)
        whole = re.match(r" of (?:the )?(E\d+)", s[m.end("ev"):])
        ev = whole_of(reader, m.group("ev"), whole and whole.group(1))
        ev_start, ev_end = (m.start("ev"), m.end("ev")) if ev == m.group("ev") else (m.end("ev") + whole.start(1),
                                                                                      m.end("ev") + whole.end(1))
        phrase = reader.phrase(ev)
        if phrase.plural and phrase.kind == "Summit" and phrase.places and not phrase.organizer \
                and len(agents(m)) == 2 and m.group("verb").endswith("at"):
            two_summits(reader, clause, m, agents(m), touched)
            continue
        if m.group("verb").startswith("attending") and re.search(
                r"\b(?:ministers|leaders|delegates|participants|secretaries|delegations|heads of (?:state|government))\s*$",
                s[start:m.start("verb")]):
            continue  # "Xi met with the foreign ministers attending the SCO meeting": they attend it, not he
        joined_others = bool(m.group("with")) and not set(agents(m)) & set(reader.people(m.group("with")))
        # ("co-chaired the 18th round of China-Russia strategic security consultations": that round, theirs)
        rounded = bool(re.search(r"\bround of (?:the |their )?$", s[:m.start("ev")]))
        if (phrase.kind in PERSON_MEETINGS and not phrase.definite and not joined_others and not rounded) or phrase.plural:
            continue  # (but "He also joined Aliyev and Sharif for a three-way meeting": theirs)
        if not phrase.definite and not (phrase.organizer or phrase.places or phrase.dates) and \
                re.match(r" since\b", s[ev_end:]):
            continue  # "his first appearance at a multilateral summit since the revolt": none in particular
        among = re.search(r"(?P<a>" + ACTS + r") (?:was|were|is|are) among (?:the )?(?:G\d+|[a-z ]+) (?:who|that) $",
                          s[start:m.start("verb")])
        if re.match(r"(?:will |would |is to |is due to )?host", m.group("verb")) \
                and re.search(r"\b(?:(?:said|says|announced|added|confirmed)(?: that)? [CLO]\d+|[CLO]\d+ , (?:which|that))"
                              r" $", s[:m.start("verb")]):
            # "Modi said New Delhi would host the next summit", "passed it to India, which is due to host the
            # next summit": a state hosts, not the one who said it or handed over the chair
            # (but "travelling on to Tashkent, where Uzbekistan hosts a conference": the travellers attend)
            continue
        candidate = reader.candidate_for(ev)
        people = reader.people(among.group("a")) if among else agents(m)
        if m.group("a") and re.search(r"ing$", m.group("verb").split()[0]) and re.search(r"\b(?:after|before|while|"
                                                                                        r"when) $", m.group("mid") + " "):
            # "Putin held talks with Xi, hours after addressing a forum": the clause's subject addressed it
            people = reader.subject(clause, m.start(), previous)
        opening = re.match(r"(?:after|before|while|when|since|on) (?:\S+ing)\b", clause.text.lower())
        if not m.group("a") and opening and m.start("verb") - start <= len(opening.group(0)) + 1:
            # "After attending the 2022 summit in Samarkand as a guest, he told reporters ...": the subject after it
            after = re.match(r"[^;]*? ((?:P|G)\d+) ", s[end:])
            people = reader.people(after.group(1)) if after else people
        people += reader.people(m.group("with"))  # "Wang and Lavrov joined Saleumxay for a three-way meeting"
        if m.group("obj"):
            # "noting that Xi had met Putin three times and would see him again at ...": the first conjunct's subject
            before = s[start:m.start("verb")]
            conjunct = [a for a in re.finditer(r"(?<![\w-])" + ACT + r"(?= (?:had|has|have|was|were|is|are|would|will|did|"
                                               r"already|[a-z]+ed)\b)", before)
                        if re.fullmatch(r"(?: (?!and\b)\S+)+ and (?:(?:would|will|should|could|may|might|is to|was to) )?",
                                        before[a.end():])]
            if not m.group("a") and conjunct:
                people = reader.people(conjunct[-1].group(0))
            people += reader.people(m.group("obj"))
        invited = re.search(INVITED + r"$", s[start:m.start("verb")])
        if invited:
            people = reader.people(invited.group("inv"))  # "renewed his invitation to Modi to attend the summit": Modi's
            if re.search(r"\b(?:declined|refused|turned (?:it |the invitation )?down|said no)\b", s[m.end():]):
                people = []  # "... but Modi declined"
        # ("at a session of the council, alongside the leaders of the union's three founding states: Putin, ...")
        alongside = re.match(r"(?: (?![EPG]\d)[^\s,]+){0,8}?(?: ,)? (?:along with|together with|alongside) (?:the (?:leaders|"
                             r"presidents|heads of state|ministers|premiers)(?: (?![EPG]\d)[^\s,:]+){0,8} : )?(?P<w>" + ACTS + r")",
                             s[ev_end:]) if phrase.kind in GATHERINGS | {"Ceremony"} and not invited else None
        if alongside:
            # "watched the opening ceremony of the Games at the National Stadium along with Vladimir Putin": he too
            people += [p for p in reader.people(alongside.group("w")) if p.startswith("person/")]
        if re.match(r"their\b", phrase.name.lower()) and len(set(people)) >= 2:
            candidate.participants = []  # "the commitments Biden and Xi made at their summit": theirs
        if bare_trip(phrase, people):
            candidate.participants = []  # "Xi opened the visit on Monday": his, not the trip told before
        candidate.add_people(people)
        reader.settle(candidate, clause, ev_start, phrase)
        arrived = re.match(JOURNEY_TO + r" .*?\b(?P<dest>(?:L|C)\d+)\b", m.group("verb"))
        if arrived and not candidate.places and candidate.family in ("summit", "ministerial", "org", "conference", "visit",
                                                                      "ceremony"):
            candidate.places = [reader.view.item(arrived.group("dest")).entity]  # "arrived in Tianjin for the summit"
        met_there = re.search(r"\b(?:meet|met|see each other|saw each other)\b(?: again)? in (?:the )?(?:A\d+ )?(?P<dest>L\d+)\b",
                              s[start:m.start("ev")])
        if met_there and not candidate.places and candidate.family in ("summit", "ministerial", "org", "conference"):
            # "saw each other again in Astana in July at the SCO summit": there
            candidate.places = [reader.view.item(met_there.group("dest")).entity]
        opens = re.match(r" , (?:that|which) (?:(?:is|was) )?(?:\S+ ){0,2}?(?:opens|opened|begins|began|starts|started|"
                         r"open|begin|start) (?:on |in )?(?P<d>D\d+)", s[ev_end:])
        if opens and not phrase.dates and candidate.family in ("summit", "ministerial", "org", "conference"):
            # "arrived on Monday for a meeting of the council, which opens on Tuesday": its first day, said in the
            # relative clause after it
            candidate.date = reader.reader.resolve_date(reader.view.item(opens.group("d")).date, candidate.status) \
                or candidate.date
        elif arrived and not phrase.dates and candidate.date is not None and candidate.date.granularity == "day" \
                and candidate.family in ("summit", "ministerial", "org", "conference"):
            candidate.date = month_of(candidate.date)  # the day he arrived, not the summit's (which may be the next)
        also = re.match(r"(?: (?![EPG]\d)\S+){0,8}? and (?:(?![EPGO]\d)\S+ ){0,5}?(?P<ev2>E\d+)", s[ev_end:end])
        second = None
        if also and reader.phrase(also.group("ev2")).kind in GATHERINGS | {"Ceremony"} and not taken(also.group("ev2")):
            # "attended a summit with the leaders of the GCC and the first China-Arab States Summit": both
            second = reader.candidate_for(also.group("ev2"))
            second.other_than.append(candidate)
            second.add_people(people)
            reader.settle(second, clause, ev_start, reader.phrase(also.group("ev2")))
            touched.append(second)
        elif also and reader.phrase(also.group("ev2")).kind in VISITS and not reader.phrase(also.group("ev2")).people \
                and not taken(also.group("ev2")) and re.search(r"\b(?:arrived|arrives|came|comes|travell?ed|travels|flew|"
                                                               r"flies|heads|headed)\b", m.group("verb")):
            # "arrived in Astana on Tuesday for the SCO summit and a state visit to Kazakhstan": his visit too
            visit = reader.candidate_for(also.group("ev2"))
            visit.add_people([p for p in people if p.startswith("person/")])
            reader.settle(visit, clause, ev_start, reader.phrase(also.group("ev2")))
            touched.append(visit)
        if candidate.status == "held" and re.search(r"(?:attended|chaired|co-chaired|addressed|opened|closed|wrapped up|presided over|"
                                                    r"concluded|hosted|took part in|"
                                                    r"participated in)$", m.group("verb")):
            candidate.explicit_status = True  # said in the past: it happened
        touched.append(candidate)
        more = re.match(r" (?:, )?and (?:at |in )?(?:the )?(?P<place>(?:L|C)\d+)(?: , [^,]* ,)? (?:in |on )?(?P<date>D\d+)",
                        s[ev_end:end]) if phrase.places and phrase.kind in GATHERINGS and re.search(
                            r"\b(?:summits|meetings|sessions|conferences|forums)\b", phrase.name.lower()) else None
        if more:
            # "attended the SCO summits in Samarkand in 2022 and Astana in 2024": one more, there and then
            other = one_more_there(reader, clause, candidate, phrase.kind, list(candidate.participants),
                                   more.group("place"), more.group("date"))
            other.organizer = candidate.organizer
            touched.append(other)
        # (three or more who "meet at the BRICS summit" are at it, not at talks of their own: "the three leaders are
        # due to meet again at the BRICS summit in Xiamen")
        several = len({p for p in people if p.startswith("person/")}) >= 3 and m.group("verb").endswith(" at") \
            and phrase.kind in ("Summit", "MinisterialMeeting", "Conference")
        if re.search(r"\b(?:meet|met|see each other|see|saw)\b.* (?:during|at)$", m.group("verb")) and len(set(people)) >= 2 \
                and not several:
            if not candidate.places:
                candidate.places = reader.place_after(clause, m.start("verb"))
            meeting = reader.new_candidate("Meeting", clause, people)
            meeting.sidelines = candidate
            meeting.places = list(candidate.places)
            meeting.again = bool(re.search(r"\bagain\b", m.group("verb")))
            reader.settle(meeting, clause, ev_start, phrase)
            touched.append(meeting)
            if second is not None:
                # "are expected to meet at the SCO summit in Astana in June and at the BRICS summit in Xiamen":
                # they meet at each
                touched.append(meeting_at(reader, clause, people, second, also.group("ev2")))
    # "will host that body's annual meeting in Moscow on Nov. 17-18, with Mishustin in the chair": he chairs it
    for m in frames(r"(?P<ev>E\d+)(?: (?![EPG]\d)[^;]*?)? , with (?P<a>" + ACTS + r") in the chair\b"):
        if reader.phrase(m.group("ev")).kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "Biden convened an emergency meeting with the leaders of G7 and NATO countries": his, on the day said
    # (a meeting of its own, not talks told before)
    for m in frames(SUBJECT + r"(?:convened|convenes|called|calls|chaired|chairs|hosted|hosts) (?:(?:an|a) )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS or phrase.definite or taken(m.group("ev")):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Xi was in Rio only last November for the G20 summit": he attended it, there
    # ("was in the city on Wednesday and Thursday for the meeting": the city the sentence before named)
    # ("Lavrov will be in New Delhi on March 1-2 for the G20 foreign ministers' meeting": he is to attend it)
    # ("On Saturday and Sunday he is due in the coastal city of Qingdao for the summit of the SCO": there, to come)
    for m in frames(SUBJECT + r"(?:was|were|had been|is|are|will be|would be|will also be|is due to be|are due to be|is due|"
                    r"are due|is expected|are expected) in (?:the )?(?:(?:[a-z-]+ ){0,2}(?:city|capital|town|port|resort) of )?"
                    r"(?:A\d+ )?(?:(?P<dest>" + PLACE + r")|(?P<city>city|capital|town))"
                    r"(?: (?:only|just|also|already))?(?: (?:in |on )?D\d+)? for (?:the )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m))
        if not candidate.places and m.group("dest"):
            candidate.places = [reader.view.item(m.group("dest")).entity]
        elif not candidate.places and reader.reader.previous_places:
            candidate.places = [reader.reader.previous_places[0]]  # the city the sentence was about, first named
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Barely five weeks ago Medvedev was in Beijing, where he and Li held the 18th regular meeting": he went there
    # (what he did there dates the trip, to its month)
    for m in frames(SUBJECT + r"(?:was|were) in (?:the )?(?:A\d+ )?(?P<dest>" + PLACE + r")(?: (?:in |on )?D\d+)?(?= ,|$)"):
        if not re.match(r" , where (?:he|she|they|P\d+|G\d+)(?: and (?:(?:A\d+ )?(?:[a-z-]+ ){0,2}P\d+|G\d+))? (?:(?:also|had) )?"
                        r"(?:held|met|attended|addressed|opened|chaired|co-chaired|took part)\b", s[m.end():]):
            continue
        candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest"))
        if candidate.date is None:
            there = re.match(r"[^;.]*?\b(D\d+)", s[m.end():])  # the day the "where" clause gives
            day = reader.reader.resolve_date(reader.view.item(there.group(1)).date, "held") if there else None
            candidate.date = month_of(day) if day is not None else None
        touched.append(candidate)
    # "the prime minister had invited Zelenskyy to visit India at a mutually convenient time": a visit to come
    # ("Kim has invited Putin to visit Pyongyang": the one who invites is the host)
    for m in frames(SUBJECT + r"(?:had |has |have )?invited (?P<b>" + ACTS + r") to (?:visit|come to|pay a visit to) (?:the )?"
                    r"(?P<dest>" + PLACE + r")"):
        candidate = reader.new_visit(clause, reader.people(m.group("b")), m.group("dest"), m.end("dest"))
        hosts = [p for p in reader.people(m.group("a")) if p.startswith("person/")] if m.group("a") else []
        candidate.add_people(hosts)
        candidate.add_hosts(hosts)
        to_come(reader, candidate)  # not on the day of the invitation
        touched.append(candidate)
    # "He has not been to North Korea since 2000": he was there then; "his first trip to Vietnam since 2017": so was he
    for m in frames(SUBJECT + r"(?:has|had|have) (?:not|never) (?:been to|visited|returned to|travell?ed to|traveled to|gone to|set foot in) (?:the )?(?P<dest>" + PLACE
                    + r") since (?P<d>D\d+)"):
        candidate = recalled_visit(reader, clause, agents(m), reader.view.item(m.group("dest")).entity, m.group("d"))
        # ("... since January 2020, when he and Erdogan opened the TurkStream gas pipeline in Istanbul": both, there)
        when = re.match(r" , when (?P<a>" + ACTS + r") (?:(?![EPGDLC]\d)\S+ ){1,8}?in (?:the )?(?P<p>" + PLACE + r")",
                        s[m.end():])
        if when:
            candidate.add_people(reader.people(when.group("a")))
            where = reader.view.item(when.group("p")).entity
            if within(where, candidate.places[0], reader.reader.lookup):
                candidate.places = [where]
        touched.append(candidate)
    # ("Putin arrived in Pyongyang on Wednesday, his first trip to the country since July 2000": North Korea then)
    for m in frames(r"(?P<ev>E\d+)(?: to (?:the|that) (?P<there>country|capital|city))? since (?P<d>D\d+)"):
        phrase = reader.phrase(m.group("ev"))
        destination = phrase.destination or (m.group("there") and place_named_before(reader, s[:m.start()], m.group("there")))
        if phrase.kind not in VISITS or not destination or not re.search(r"\bfirst\b", phrase.name.lower()):
            continue
        visitors = [p for p in phrase.people if p] or reader.subject(clause, m.start(), previous)
        touched.append(recalled_visit(reader, clause, visitors, destination, m.group("d")))
    # "the first Pakistani foreign minister to travel to India since Hina Rabbani Khar in 2011", "the first visit to
    # India by a Pakistani foreign minister since ...", "The last secretary of state to visit China was Mike Pompeo,
    # in October 2018": the one named went there then
    for m in frames(r"\b(?:the first (?:(?![EPGD]\d)\S+ ){1,5}?to (?:travel to|visit|go to|set foot in) (?:the )?"
                    r"(?P<dest>" + PLACE + r")|(?P<ev>E\d+) by (?:a |an )?(?:(?![EPGD]\d)\S+ ){0,4}?(?![EPGD]\d)\S+) since "
                    r"(?P<b>" + ACT + r")(?: ,)? in (?P<d>D\d+)|\bthe last (?:(?![EPGD]\d)\S+ ){1,5}?to "
                    r"(?:travel to|visit|go to) (?:the )?(?P<dest2>" + PLACE + r") was (?P<b2>" + ACT
                    + r")(?: ,)? in (?P<d2>D\d+)"):
        if m.group("ev"):
            phrase = reader.phrase(m.group("ev"))
            if phrase.kind not in VISITS or not phrase.destination or not re.search(r"\bfirst\b", phrase.name.lower()):
                continue
            destination = phrase.destination
        else:
            destination = reader.view.item(m.group("dest") or m.group("dest2")).entity
        touched.append(recalled_visit(reader, clause, reader.people(m.group("b") or m.group("b2")), destination,
                                      m.group("d") or m.group("d2")))
    # "Xi himself spent three days in Moscow in March on a state visit", "Blinken spent Monday and Tuesday in
    # Jakarta": a visit there (a state visit when said so)
    for m in frames(SUBJECT + r"(?:spent|spends|will spend|is to spend|is due to spend|is set to spend) (?:(?:a|one|two|"
                    r"three|four|five|six|\d+) days?|D\d+(?: and D\d+)?) in (?:the )?(?P<dest>" + PLACE + r")"):
        candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.end("dest"))
        on = re.match(r"(?: D\d+)? (?:on|for) (?P<ev>E\d+)", s[m.end():end])
        if on and reader.phrase(on.group("ev")).kind == "StateVisit":
            candidate.kind = "StateVisit"
        touched.append(candidate)
    # "He had spent the previous two days in Warsaw": a visit of those days, up to the day before the one just told
    for m in frames(SUBJECT + r"(?:had )?spent the (?:previous|past|last|preceding) (?P<n>two|three|four) days in (?:the )?"
                    r"(?P<dest>" + PLACE + r")"):
        candidate = reader.new_candidate("Visit", clause, agents(m))
        candidate.places = [reader.view.item(m.group("dest")).entity]
        reader.settle(candidate, clause, m.end("dest"), dated=False)
        told = [c.date for c in reader.reader.candidates if c.date and c.date.granularity == "day" and not c.date.end]
        if told:
            last = told[-1].first_day() - datetime.timedelta(days=1)
            days = {"two": 2, "three": 3, "four": 4}[m.group("n")]
            candidate.date = DateValue(start=(last - datetime.timedelta(days=days - 1)).isoformat(), end=last.isoformat())
        touched.append(candidate)
    # "Yoon travelled to Tokyo in March, ... and Kishida returned the visit in Seoul in May": Kishida's visit there
    # ("Singh returned the visit with a trip to Beijing in January 2008": that trip is his)
    for m in frames(SUBJECT + r"(?:returned|returns|will return|is to return) (?P<ev>E\d+)(?: with (?P<trip>E\d+))?"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS or not phrase.definite:
            continue
        told = m.group("trip") if m.group("trip") and reader.phrase(m.group("trip")).kind in VISITS else m.group("ev")
        candidate = reader.candidate_for(told)
        candidate.add_people(agents(m))
        reader.settle(candidate, clause, m.start("trip") if told != m.group("ev") else m.start("ev"), reader.phrase(told))
        touched.append(candidate)
    # "..., and then went on to a state visit to Brazil hosted by Lula": the subject's visit, the host's welcome
    for m in frames(r"(?:went|moved|travelled|traveled) on to (?P<ev>E\d+)(?: hosted by (?P<b>" + ACTS + r"))?"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        hosts = reader.people(m.group("b")) if m.group("b") else []
        candidate.add_people(reader.subject(clause, m.start(), previous) + hosts)
        candidate.add_hosts(hosts)
        candidate.sequence = True
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Pashinyan, who had told Lukashenko by telephone that he would not come": their call
    for m in frames(SUBJECT + r"(?:had )?(?:told|informed|assured|warned) (?P<b>" + ACTS + r") (?:by|over the|on the) "
                    r"(?:tele)?phone\b"):
        candidate = reader.new_candidate("PhoneCall", clause, agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.end())
        touched.append(candidate)
    # "he had agreed with his Armenian counterpart Ararat Mirzoyan in a phone call that ...": their call
    for m in frames(SUBJECT + r"(?:had )?(?:agreed|agrees|spoke|talked|discussed (?:\S+ ){1,3}?|exchanged views) with "
                    r"(?P<b>" + ACTS + r") (?:in|during|by|over) (?P<ev>E\d+)"):
        if reader.phrase(m.group("ev")).kind != "PhoneCall":
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.participants = []
        candidate.add_people(agents(m) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "a summit there on Saturday, which the Chinese leader is expected to attend": he takes part
    for m in frames(r"(?:(?<=, )|^)which (?P<a>" + ACTS + r") (?:(?:is|was|are|were) "
                    r"(?:(?:also|both|all) )?(?:expected|due|set|scheduled|going) to attend|will attend|would attend|attended|"
                    r"plans to attend|planned to attend)\b"):
        if last is not None and last.family in ("summit", "ministerial", "org", "conference"):
            last.add_people(reader.people(m.group("a")))
            touched.append(last)
    # welcoming you ... at EVENT ("we look forward to welcoming you at a session of ...")
    for m in frames(r"(?:welcom\w+|host\w*|seeing|see) (?P<b>" + ACT + r")(?: , [^E]*?)? at (?P<ev>E\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.subject(clause, m.start(), previous) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start(), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "the 20th annual summit, held with Putin in the port city on Wednesday": a participle after the event
    for m in frames(r"(?P<ev>E\d+) , (?:held|hosted|convened|staged)(?: with (?P<b>" + ACTS + r"))?(?= |$)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in ("Summit", "Meeting", "BilateralMeeting", "MinisterialMeeting", "OrgMeeting", "Conference"):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        if m.group("b"):
            guests = reader.people(m.group("b"))
            hosts = [p for p in reader.subject(clause, m.start(), previous) if p.startswith("person/") and p not in guests]
            candidate.add_people(hosts[:1] + guests)
        reader.settle(candidate, clause, m.end(), phrase)
        if candidate.status == "held":
            candidate.explicit_status = True
        touched.append(candidate)
    # the event itself as subject: "the summit was held in Astana on July 4", "talks took place",
    # "the visit was called off"
    # (also past a relative clause without "that": "the leaders' meeting it had planned to host in July")
    # ("a two-day meeting of NATO foreign ministers that opened in the Belgian capital on Tuesday")
    # ("the parade for the 75th anniversary was pushed back")
    # ("The first trilateral summit of Mongolia, Russia and China was held in Dushanbe on September 11, 2014")
    # ("their first meeting as counterparts took place in February in Bonn")
    for m in frames(r"(?P<ev>E\d+)(?: itself)?(?: (?:between|with) [^,]{0,40}?| of (?:C\d+ (?:, |and |, and ))+C\d+|"
                    r" as (?:[a-z-]+ ){0,2}(?:counterparts|ministers|leaders|president|premier|prime minister|"
                    r"foreign ministers?|heads of state)|"
                    r" for (?:the )?[^,]{0,30}? anniversary"
                    r"(?: of [^,]{0,40}?)?)?(?: , [^,]{0,80} ,| (?:that|which) [^,]{0,80}?|"
                    r" (?:that|which)|"
                    r" (?P<contact>(?:it|they|he|she|(?:C|O|P|G)\d+) (?:had |has |have )?(?:planned|hoped|intended|"
                    r"wanted|was due|were due|had been due|was to|were to) to [^,]{0,60}?))? "
                    r"(?:(?P<off>(?:will|would|did|does) not (?:take place|"
                    r"be held|go ahead)|never (?:took place|happened|materiali[sz]ed)|failed to (?:take place|materiali[sz]e)|"
                    r"fell through|(?:was|were|is|are) no longer (?:needed|necessary|planned|on the table))|(?:was|were|is|are|will be|has been|had been|would be) "
                    r"(?:successfully |also |first |originally |initially )?(?:held|convened|hosted|organized|organised|staged|opened|"
                    r"called off|cancel+ed|postponed|put off|pushed back|scrapped|delayed|skipped|(?:scheduled|set|slated|planned|due) "
                    r"(?:for|to (?:be held|take place|open|start|begin))|being (?:arranged|planned|prepared|organi[sz]ed))|(?:took|takes|will take|is taking|"
                    r"has taken|would take|(?:will|would) (?:instead|now|still|eventually|finally) take|(?:is|are) to take) place|"
                    r"(?:is|are) to be held|"
                    # ("on the sidelines of the SCO summit held in the Uzbek city on 15 and 16 September")
                    r"held(?= (?:in (?:the )?(?:A\d+ )?(?:(?:city|capital|town|resort|port)|[CL]\d+) )?on D\d+ (?:\.|,|;|$))|"
                    r"(?:opened|kicked off|began|started|concluded|wrapped up|closed)|"
                    # "The foreign ministers' council meets in the port city of Tianjin on Tuesday": its timetable
                    r"(?:meets|convenes|will meet|will convene|is meeting|runs|will run|met|convened|"
                    # ("The BRICS summit opens in Rio on Sunday and runs until Monday")
                    r"opens|begins|starts|kicks off|gets under way|will open|will begin|will start|will kick off)"
                    r"(?= (?:in |on |from |D\d)))"):
        candidate = reader.candidate_for(m.group("ev"))
        reader.settle(candidate, clause, m.end(), reader.phrase(m.group("ev")))
        if re.search(r"(?:meets|convenes|is meeting|runs|opens|begins|starts|kicks off|gets under way)$", m.group(0)) \
                and (not candidate.explicit_status or re.search(r"(?:opens|begins|starts|kicks off|gets under way)$", m.group(0))):
            # the timetable's present: on the day ahead ("meets in Tianjin on Tuesday")
            candidate.date = reader.date_near(clause, m.end(), "planned") or candidate.date
            if candidate.date is not None and candidate.date.first_day() >= (reader.reader.published or candidate.date.first_day()):
                candidate.status = "planned"
            until = re.search(r"\band (?:runs|lasts|continues|ends|closes|wraps up) (?:until|till|to|through|on) (D\d+)",
                              s[m.end():end])
            last = reader.reader.resolve_date(reader.view.item(until.group(1)).date, "planned") if until else None
            if last is not None and candidate.date is not None and candidate.date.granularity == "day" \
                    and last.granularity == "day" and last.first_day() > candidate.date.first_day():
                candidate.date = DateValue(start=candidate.date.start, end=last.start)  # "... and runs until Monday"
        elif candidate.date is not None and candidate.date.granularity == "year" and re.search(
                r"(?:scheduled|set|slated|planned|due) for$|(?:held|take place|takes place|took place)$", m.group(0)):
            # "This year's summit, the tenth, is scheduled for 25 to 27 July": the days of the year its name gave
            days = reader.date_near(clause, m.end(), candidate.status)
            if days is not None and days.granularity != "year" and days.start[:4] == candidate.date.start[:4]:
                candidate.date = days
        hosted_in = re.search(r"\bin (?:the )?(?:A\d+ )?(" + PLACE + ")", m.group("contact") or "")
        if hosted_in and not candidate.places:
            candidate.places = [reader.view.item(hosted_in.group(1)).entity]
        if not candidate.places:
            candidate.places = reader.place_after(clause, m.end())
        if re.search(r"being (?:arranged|planned|prepared|organi[sz]ed)$", m.group(0)):
            candidate.status, candidate.explicit_status = "planned", True
        chaired = re.match(r"(?: in (?:the )?(?:A\d+ )?" + PLACE + r")?(?: (?:in|on) D\d+)? (?:, |and )(?:co-chaired|chaired|hosted|"
                           r"attended|opened) by (?:(?:C\d+ 's )?(?:[a-z-]+ ){1,3}, )?(?P<a>" + ACTS + ")", s[m.end():end])
        chaired = chaired or re.search(r", (?:co-chaired|chaired|hosted) by (?:(?:C\d+ 's )?(?:[a-z-]+ ){1,3}, )?(?P<a>" + ACTS
                                       + ")", s[m.end():end])  # ("opens in Rio on Sunday and runs until Monday, hosted by")
        if chaired:  # "was held in Sochi in October 2019, co-chaired by Putin and al-Sisi"
            candidate.add_people(reader.people(chaired.group("a")))
        held_by = re.match(r" by (?P<a>" + ACTS + ")", s[m.end():end]) if re.search(r"\b(?:held|hosted|convened)$",
                                                                                     m.group(0)) else None
        if held_by:  # "the previous round was held by Mishustin and Li in Beijing"
            candidate.add_people(reader.people(held_by.group("a")))
            # "The talks were hosted by Ma Zhaoxu and brought together Ryabkov and Gharibabadi"
            together = re.match(r" and brought together (?P<b>" + ACTS + ")", s[m.end() + held_by.end():end])
            if together:
                candidate.add_people(reader.people(together.group("b")))
        relative = re.match(r"E\d+ (?:that|which) .*? with (?P<b>" + ACTS + ")", m.group(0))
        if relative:  # "talks that Thai leaders had lined up with Blinken were called off"
            candidate.add_people(reader.people(relative.group("b")))
        if m.group("off") or re.search(r"\bbut (?:was|were|has been|had been) (?:later )?(?:put off|postponed|cancel+ed|"
                                       r"called off|scrapped)\b", s[m.end():end]) \
                or re.search(r"(?:was|were|has been|had been) (?:also )?(?:called off|cancel+ed|scrapped|skipped)$", m.group(0)):
            candidate.status, candidate.explicit_status = "cancelled", True  # "planned for Addis Ababa but was put off"
            phrase = reader.phrase(m.group("ev"))
            if phrase.definite and not phrase.dates and re.search(r"(?:called off|cancel+ed|scrapped)$", m.group(0)) \
                    and re.match(r" (?:on |in )?D\d+", s[m.end():end]):
                candidate.date = None  # "The trip was called off on Monday": the day of the calling off, not of the trip
        moved = re.match(r" (?:(?:from )?D\d+ )?(?:(?:to|until|till) )?(?P<d>D\d+)\b", s[m.end():end]) \
            if re.search(r"(?:postponed|put off|pushed back|delayed|moved)$", m.group(0)) else None
        if moved and re.match(r"from\b", reader.view.item(moved.group("d")).date.text.lower()):
            # "was pushed back from May": the May it had, called off (the date it went to, if any, is told after)
            candidate.date = reader.reader.resolve_date(reader.view.item(moved.group("d")).date, "reported")
            moved = None
        if moved:
            # "was postponed from May to July": the May meeting called off, one in July to come
            frm = re.match(r" (?:from )?(D\d+) (?:(?:to|until|till) )?D\d+", s[m.end():end])
            phrase_dates = reader.phrase(m.group("ev")).dates
            if frm:
                candidate.date = reader.reader.resolve_date(reader.view.item(frm.group(1)).date, "reported")
            elif not phrase_dates and candidate.date is not None and candidate.date == reader.reader.resolve_date(
                    reader.view.item(moved.group("d")).date, candidate.status):
                # "originally scheduled for July, has been postponed to October": July; "was postponed to next
                # year": the day it had, unsaid (not the one it went to)
                said = re.findall(r"\bD\d+\b", s[start:m.end()])
                candidate.date = reader.reader.resolve_date(reader.view.item(said[-1]).date, "reported") if said else None
            later = reader.new_candidate(candidate.kind, clause, list(candidate.participants))
            later.organizer, later.places = candidate.organizer, list(candidate.places)
            later.date = reader.reader.resolve_date(reader.view.item(moved.group("d")).date, "planned")
            later.status, later.explicit_status, later.settled = "planned", True, True
            later.spans.append(reader.clause_span(clause))
            later.other_than.append(candidate)
            touched.append(later)
        # "the summit it had planned to hold in St Petersburg in July 2020 was postponed and finally took place by video
        # link that November": the one called off in July, and one held in November
        # ("was pushed back from May by the pandemic and eventually held on June 24")
        went_ahead = re.match(r"(?: (?:from )?D\d+)?(?: by (?:the )?[a-z-]+(?: [a-z-]+)?)? and (?:was )?"
                              r"(?:finally |eventually |later |instead |ultimately )?(?:took place|was held|held|"
                              r"went ahead)(?P<how>(?: (?![EPG]\d)[^\s,;]+){0,5}?) (?:(?:in|on) )?(?P<d>D\d+)", s[m.end():]) \
            if re.search(r"(?:postponed|put off|pushed back|delayed)$", m.group(0)) and not moved else None
        if went_ahead:
            said = [reader.view.item(d).date for d in re.findall(r"\bD\d+\b", s[start:m.end()])] or [
                d.date for d in reader.phrase(m.group("ev")).dates]
            candidate.date = reader.reader.resolve_date(said[-1], "reported") if said else None
            held = reader.new_candidate(candidate.kind, clause, list(candidate.participants))
            held.organizer = candidate.organizer
            held.places = [] if re.search(r"\b(?:video|online|virtual|virtually)\b", went_ahead.group("how")) \
                else list(candidate.places)
            held.date = reader.reader.resolve_date(reader.view.item(went_ahead.group("d")).date, "held")
            held.status, held.explicit_status, held.settled = "held", True, True
            held.spans.append(reader.clause_span(clause))
            held.other_than.append(candidate)
            touched.append(held)
        with_one = [p for p in candidate.participants if p.startswith("person/")]
        if candidate.family == "meeting" and len(with_one) == 1 and re.match(r"E\d+ with ", m.group(0)) \
                and re.match(r"(?:a|an|the) (?:[a-z-]+ )?meeting\b", reader.phrase(m.group("ev")).name.lower()):
            # "On Sunday Zelensky met Biden. A meeting with Lula ... never took place": the one the story follows
            told = [c for c in reader.reader.candidates if c.sentence >= reader.sentence.index - 2 and c is not candidate
                    and c.participants and c.participants[0].startswith("person/") and c.participants[0] not in with_one]
            if told:
                candidate.add_people([told[-1].participants[0]])
        planned_for = re.match(r" (?:the )?(" + PLACE + r")", s[m.end():end])
        if planned_for and re.search(r"(?:planned|scheduled|set) for$", m.group(0)) and not candidate.places:
            candidate.places = [reader.view.item(planned_for.group(1)).entity]
        if candidate.status == "held" and re.search(r"\b(?:was|were|has been|had been) (?:successfully |also )?"
                                                    r"(?:held|convened|hosted|staged|opened)|\b(?:took|has taken) place|"
                                                    r"\b(?:opened|kicked off|began|started|concluded|wrapped up|closed)$",
                                                    m.group(0)):
            candidate.explicit_status = True  # said in the past: it happened
        touched.append(candidate)
    # "Lavrov's visit to Belgrade, which was to have begun on Monday, has been called off": the relative clause
    # took the main verb with it
    # (and a participle's, which the event's phrase has taken in: "The visit of Lavrov to Belgrade, planned for Monday,
    # was called off")
    for m in frames(r"(?:(?P<ev>E\d+) , |(?:which|that) [^,]{0,80} , )?"
                    r"(?:has been|have been|was|were|had been) (?:also )?(?:called off|"
                    r"cancel+ed|postponed|put off|pushed back|scrapped|shelved)\b"):
        before = re.search(r"(E\d+) , $", s[:start]) if not m.group("ev") else None
        if (before is None and not m.group("ev")) or m.start() != start:
            continue
        candidate = reader.candidate_for(m.group("ev") or before.group(1))
        reader.settle(candidate, clause, m.start(), reader.phrase(m.group("ev") or before.group(1)))
        candidate.status, candidate.explicit_status = "cancelled", True
        candidate.date = spread(candidate.date, candidate.days, "start")  # "was to have begun on Monday": its first day
        touched.append(candidate)
    # "The five-day trip, which began on Tuesday in Shenzhen, is Sharif's first to China since he returned to office":
    # Sharif's trip to China, from that day for five days
    for m in frames(r"^(?:(?P<ev>E\d+) |(?:which|that) (?P<began>(?:began|started|opened) )?(?P<rel>[^,]{0,80}) , )?(?:is|was|will be|marks|"
                    r"marked) (?P<who>P\d+) 's (?:first|second|third|fourth|fifth|maiden|latest) (?:(?:[a-z-]+ ){0,2}?"
                    r"(?:trip|visit|journey) )?(?:abroad |overseas )?(?:to|in) (?:the )?(?P<dest>" + PLACE + r")"):
        before = re.search(r"(E\d+) , $" if m.group("rel") is not None else r"(E\d+) $", s[:start])
        ev = m.group("ev") or (before and before.group(1))
        if not ev or reader.phrase(ev).kind not in VISITS or reader.phrase(ev).people:
            continue
        candidate = reader.candidate_for(ev)
        if bare_trip(reader.phrase(ev), reader.people(m.group("who"))):
            candidate.participants = []  # "The trip was Xi's third to Russia": Xi's, not the trip told last
        candidate.add_people(reader.people(m.group("who")))
        candidate.places = candidate.places or [reader.view.item(m.group("dest")).entity]
        began = re.match(r"(?:on |in )?(D\d+)", m.group("rel") or "") if m.group("began") else None
        if began and candidate.date is None:
            day = reader.reader.resolve_date(reader.view.item(began.group(1)).date, "held")
            candidate.date = spread(day, candidate.days, "start")
        reader.settle(candidate, clause, m.start("who"), reader.phrase(ev))
        touched.append(candidate)
    # A postponed / cancelled / called off EVENT
    # "Trump told Pompeo to hold off on a planned trip": the trip of the one told
    # ("the pandemic forced it to call off the summit planned for St. Petersburg", "decided to postpone the visit")
    for m in frames(r"(?:(?:told|asked|ordered|instructed|forced|obliged|compelled) (?P<b>" + ACTS + r"|it|them)|"
                    r"(?:decided|chose|opted|had|was forced|were forced|agreed)) to (?:hold off on|postpone|call off|"
                    r"cancel|delay|put off|scrap|shelve|move|reschedule|push back) (?:the |a |his |her |its |their )?"
                    r"(?:planned |scheduled |upcoming )?(?P<ev>E\d+)"):
        if re.search(r"\b(?:move|reschedule|push back) (?:\S+ )*?E\d+$", m.group(0)) and not re.match(
                r" (?:to|until|till) (?:a |an )?(?:later|new|another|future|more convenient|mutually convenient) "
                r"(?:date|time|day)|(?: to| until| till)? (?:next |later )?D\d+", s[m.end():end]):
            continue  # ("agreed to move the visit to a later date": not "moved the talks to the Kremlin")
        candidate = reader.candidate_for(m.group("ev"))
        if m.group("b") and m.group("b") not in ("it", "them") and reader.phrase(m.group("ev")).kind in VISITS | PERSON_MEETINGS:
            candidate.add_people(reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        candidate.status, candidate.explicit_status = "cancelled", True
        if reader.phrase(m.group("ev")).definite and not reader.phrase(m.group("ev")).dates:
            candidate.date = None  # ("on 26 October ... agreed to move the visit": the day it was put off, not its own)
        touched.append(candidate)
    for m in frames(SUBJECT + r"(?:postponed|postpones|cancel+ed|cancels|called off|calls off|put off|puts off|"
                    r"held off on|holds off on|scrapped|scraps|shelved) (?:the |a |his |her )?(?:planned |scheduled |upcoming )?"
                    r"(?:(?:military|annual|traditional|joint|official|state|formal) )?(?P<ev>E\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        phrase = reader.phrase(m.group("ev"))
        if bare_trip(phrase, agents(m)):
            candidate.participants = []  # "He called off the trip": his, not the trip told last
        candidate.add_people(agents(m) if phrase.kind in VISITS | PERSON_MEETINGS else [])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        candidate.status, candidate.explicit_status = "cancelled", True
        due = re.search(r"\b(?:due|expected|scheduled|set) (?:in|to visit|to travel to) (?:the )?(?P<dest>" + PLACE
                        + r")(?: (?:in |on )?(?:early |mid-|late )?(?P<d>D\d+))? but (?:then |later )?$", s[start:m.start()])
        if due and reader.phrase(m.group("ev")).kind in VISITS:
            # "He had been due in Beijing in early February but called off the trip": there, then
            candidate.places = candidate.places or [reader.view.item(due.group("dest")).entity]
            if due.group("d") and candidate.date is None:
                candidate.date = reader.reader.resolve_date(reader.view.item(due.group("d")).date, "cancelled")
        touched.append(candidate)
    # "the third leg of a tour that had earlier taken him to Germany and Spain": a visit to each, on days unsaid
    for m in frames(r"\b(?:tour|trip|journey|swing) (?:that|which) (?:had |has |have )?(?:earlier |already |also |first |"
                    r"previously )?(?:took|taken|brought) (?P<who>him|her|them|P\d+) (?:to|through) (?:the )?(?P<dests>"
                    + PLACE + r"(?:(?: ,| and| , and) (?:the )?" + PLACE + r")*)"):
        lead = re.match(r"(?:(?![EPG]\d)\S+ ){0,3}?(P\d+|G\d+)\b", s[start:m.start()])
        travellers = reader.people(m.group("who")) if m.group("who").startswith("P") else (
            reader.people(lead.group(1)) if lead else [])
        if not travellers:
            continue
        for dest in re.findall(PLACE, m.group("dests")):
            visit = reader.new_visit(clause, travellers, dest, m.start("dests") + m.group("dests").index(dest))
            visit.date = None  # (the legs before this one: when, the sentence does not say)
            touched.append(visit)
    # "Lavrov is expected to hold talks with Wang Yi on Tuesday before travelling on to Pyongyang": his next stop
    for m in frames(r"\bbefore (?:travell?ing|flying|heading|going|moving|leaving)(?: on)? (?:to|for) (?:the )?(?:A\d+ )?"
                    r"(?P<dest>" + PLACE + r")(?! (?:(?![EPG]\d)\S+ ){0,3}(?:to attend|to take part|for E\d+))"):
        travellers = [p for p in reader.subject(clause, m.start(), previous) if p.startswith("person/")]
        if not travellers:
            continue
        visit = reader.new_candidate("Visit", clause, travellers)
        visit.places = [reader.view.item(m.group("dest")).entity]
        reader.settle(visit, clause, m.end())
        visit.date = None  # (some day after what the clause tells, unsaid)
        visit.apart_from.extend(c for c in touched if c.family in ("meeting", "call"))  # (the talks were not there)
        touched.append(visit)
    # "A visit by Meloni, who was to hold talks with Mirziyoyev in Samarkand on Saturday, has been postponed": the visit
    # and its talks, his, called off
    for m in frames(r"^who (?:was|were|had been|is|are) (?:(?:due|expected|scheduled|set|supposed) )?to (?:hold|have) "
                    r"(?P<ev>E\d+)(?: with (?P<b>" + ACTS + r"))?[^;]*? , (?:has|have|had) (?:now |since )?been (?:postponed|"
                    r"cancel+ed|called off|put off|scrapped|delayed|shelved)\b"):
        antecedent = re.search(r"(E\d+) , $", s[:start])
        trip = reader.phrase(antecedent.group(1)) if antecedent else None
        if trip is None or trip.kind not in VISITS or not trip.people or reader.phrase(m.group("ev")).kind not in PERSON_MEETINGS:
            continue
        visit = reader.candidate_for(antecedent.group(1))
        visit.add_people(list(trip.people))
        visit.status, visit.explicit_status = "cancelled", True
        talks = reader.candidate_for(m.group("ev"))
        talks.add_people(list(trip.people) + (reader.people(m.group("b")) if m.group("b") else []))
        reader.settle(talks, clause, m.start("ev"), reader.phrase(m.group("ev")))
        talks.status, talks.explicit_status = "cancelled", True
        touched += [visit, talks]
    # "Blinken spent Monday and Tuesday in Jakarta", "had been due to spend Thursday in Bangkok": a visit
    for m in frames(SUBJECT + r"(?:spent|spend|spends|spending|will spend) (?P<when>D\d+) (?:in|at) (?:the )?(?P<dest>"
                    + PLACE + r")"):
        candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.start("when"))
        touched.append(candidate)
    # "Lavrov is in China from April 11 to 13 at the invitation of Qin Gang": his visit there, those days
    for m in frames(SUBJECT + r"(?:is|are|was|were|will be) (?:currently |now |also )?in (?:the )?(?:A\d+ )?(?P<dest>"
                    + PLACE + r")(?: (?:from )?(?P<d>D\d+))?(?P<inv> at the invitation of\b)?"):
        days = reader.view.item(m.group("d")).text if m.group("d") else ""
        if agents(m) and (m.group("inv") or re.search(r"\d\s*(?:-|–|to|and)\s*\d|\bto\b", days)):
            touched.append(reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest")))
    # "Xi chose Moscow for his first trip abroad as president", "picked Beijing as the destination of her first
    # visit": a visit there, of the one who chose
    for m in frames(SUBJECT + r"(?:chose|picked|selected|has chosen|had chosen|has picked|had picked) (?:the )?(?:A\d+ )?"
                    r"(?P<dest>" + PLACE + r") (?:for|as the (?:destination|venue) (?:of|for)) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        people = [p for p in agents(m) if p.startswith("person/")]
        if phrase.kind not in VISITS or not people or phrase.places or phrase.destination:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(people)
        candidate.places = [reader.view.item(m.group("dest")).entity]
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # A travelled / will travel / flew to X (a visit, unless it is only the way to an event)
    for m in frames(SUBJECT + r"(?P<verb>traveled|travelled|travels|(?:will|would) (?:then |later |next |also |afterwards )?"
                    r"(?:travel|fly|head)|is travelling|is traveling|flew|flies|"
                    r"(?:has|have|had) (?:since |then |now )?(?:flown|travell?ed|gone)|"
                    # "is due to fly on to Greenland later on Thursday", "intends to continue his trip to Vladivostok"
                    r"(?:is|are|was|were|had been) (?:due|scheduled|expected|set|supposed) to (?:fly|travel|head|go)"
                    r"(?: (?:on |later )?D\d+)?|"
                    r"(?:intends|plans) to "
                    r"(?:fly|travel|go|head)|(?:intends|plans) to continue (?:his|her|their|P\d+) (?:trip|tour|journey)|"
                    # ("travelled on Friday to Harbin": the day between)
                    # ("flew from Islamabad to Kabul on Thursday morning")
                    # ("On Saturday he moved on to Kyrgyzstan, where ...")
                    r"will fly|headed|heads|will head|(?:moved|went|pressed|continued)(?= on to)|"
                    # ("went to Moscow in March and held talks there": the trip; "went to the polls" names no place)
                    r"went(?= (?:(?:late |early )?(?:on |in )?D\d+ )?to )|will go)"
                    r"(?: from (?:the )?(?:A\d+ )?" + PLACE + r")?"
                    r"(?: (?:late |early )?(?:on |in )?D\d+)?(?: on)? to (?:the )?(?P<dest>"
                    + PLACE + r")(?! (?:to attend|to take part|"
                    r"for E\d+))"):
        if m.group("verb") in ("moved", "went", "pressed", "continued") and len(agents(m)) != 1:
            continue  # ("The two leaders moved on to Tokyo for a second round": their talks went on, read below)
        candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest"))
        if m.group("verb") in ("travels", "flies", "heads") and not candidate.explicit_status:
            # "On Sunday Biden flies on to Hanoi", "while Hayashi heads to New York": a timetable, to come
            candidate.date = reader.date_near(clause, m.start("dest"), "planned")
            published = reader.reader.published
            if candidate.date is None or (published and candidate.date.last_day() >= published):
                candidate.status = "planned"
        touched.append(candidate)
        more = re.match(r"(?: , (?:the )?C\d+)*(?: ,)? and (?:the )?C\d+\b(?! (?:to attend|to take part|for E\d+))",
                        s[m.end("dest"):end]) if m.group("dest").startswith("C") else None
        for other in re.finditer(r"C\d+", more.group(0)) if more else ():
            # "Wang Yi will travel to Russia and Belarus next week", "will then travel to Brazil, Venezuela, Nicaragua
            # and Cuba": a visit to each state
            second = reader.new_visit(clause, agents(m), other.group(0), m.end("dest") + other.start())
            second.status, second.date = candidate.status, candidate.date
            touched.append(second)
        seeing = re.match(r" (?:(?:in order )?to (?:see|meet|meet with|hold talks with|talk with|talk to)) (?P<b>" + ACTS + ")",
                          s[m.end("dest"):end])
        if seeing:  # "then flew on to Riyadh to see Crown Prince Mohammed bin Salman": they met there
            meeting = reader.new_candidate("Meeting", clause, agents(m) + reader.people(seeing.group("b")))
            meeting.places = list(candidate.places)
            reader.settle(meeting, clause, m.start("dest"))
            meeting.status, meeting.date = candidate.status, candidate.date
            touched.append(meeting)
    # "The heads of state are due for the summit. Xi and Putin are both expected": at the gathering just told
    for m in frames(SUBJECT + r"(?:is|are) (?:both |also |all )?expected(?: (?:there|too|as well))?(?= ,| \.| and |$)"):
        people = [p for p in agents(m) if p.startswith("person/")]
        gathering = reader.reader.last_multilateral("planned")
        if not people or gathering is None or gathering.status != "planned" or gathering.sentence < reader.sentence.index - 1 \
                or re.search(r"\bE\d+", s[start:end]):
            continue
        gathering.add_people(people)
        touched.append(gathering)
    # "Khan and Raisi attended in person, while Xi, Putin and Modi joined by video link": at the gathering just told
    for m in frames(SUBJECT + r"(?:attended|took part|participated|joined|were present|was present)(?: (?:in person|"
                    r"by video(?: link| conference)?|via video(?: link| conference)?|online|virtually|remotely))?"
                    r"(?= ,| \.| ;| while\b| and\b| but\b|$)"):
        people = [p for p in agents(m) if p.startswith("person/")]
        gathering = reader.reader.last_multilateral("held")
        antecedent = re.search(r"(E\d+)(?: (?![EPG]\d)[^,]*)? , $", s[:start]) if re.match(r"(?:which|that)\b", clause.text) \
            else None
        if antecedent:
            # "the talks held on the sidelines of the Belt and Road Forum, which the Russian president attended": that
            if reader.phrase(antecedent.group(1)).kind not in GATHERINGS:
                continue
            gathering = reader.candidate_for(antecedent.group(1))
        elif re.match(r"(?:which|that|who)\b", clause.text):
            continue
        if not people or gathering is None or gathering.status != "held" \
                or (not antecedent and (gathering.sentence < reader.sentence.index - 1 or re.search(r"\bE\d+", s[start:end]))):
            continue
        gathering.add_people(people)
        touched.append(gathering)
    # "After the talks, the three agreed "to hold the next Tripartite Summit in Iran"": those of the talks just told
    for m in frames(r"\bthe (?P<n>two|three|four|five) (?:leaders |presidents |ministers |sides )?(?:also )?agreed (?:\" )?"
                    r"to (?:hold|convene|meet for) (?:the |a |their )?(?:next |new |another |following )?(?:[a-z-]+ )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS | PERSON_MEETINGS:
            continue
        count = {"two": 2, "three": 3, "four": 4, "five": 5}[m.group("n")]
        told = [c for c in reader.reader.candidates + list(reader.candidates.values())
                if reader.sentence.index - 6 <= c.sentence <= reader.sentence.index and c.status == "held"
                and len({p for p in c.participants if p.startswith("person/")}) == count]
        if not told:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in told[-1].participants if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "It was hosted by Russia, and conducted by Patrushev"; "Pakistan was represented by Moeed Yusuf": at the
    # gathering just told
    for m in frames(r"^(?:it (?:was|is|will be) (?:(?![EPG]\d)[^.;]*? )?(?:chaired|conducted|presided over|co-chaired)|"
                    r"and (?:was )?(?P<second>chaired|conducted|presided over)|"
                    r"(?:C\d+|the (?:A\d+|C\d+ 's) (?:side|delegation)) (?P<be>was|is|will be) (?:also )?represented)"
                    r" by (?:(?:A\d+|C\d+ 's) (?:[a-z-]+ ){1,4}(?=P\d))?(?P<a>" + ACTS + ")"):
        if m.group("second") and not re.search(r"\bit (?:was|is|will be) [^.;]* , $", s[:start]):
            continue  # ("It was hosted by Russia, and conducted by Patrushev": the second verb of "it")
        gathering = reader.reader.last_multilateral()
        if gathering is None or gathering.sentence < reader.sentence.index - 2 or re.search(r"\bE\d+", s[start:m.start("a")]):
            continue
        gathering.add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
        touched.append(gathering)
    # "Li Qiang will lead the Chinese delegation instead"; "China will be represented at the summit by Li Qiang":
    # at the gathering the sentence names (else the one just told)
    for m in frames(r"(?:" + SUBJECT + r"(?:will |would |is to |is set to |is due to |is expected to )?(?:lead|leads|led|head|"
                    r"heads|headed) (?:the |his |her |its |their )?(?:A\d+ |C\d+ 's )?delegation(?! (?:at|to) )"
                    # (one "to" or "at" a gathering is the attendance frame's)
                    r"|(?:C\d+|the (?:A\d+|C\d+ 's) (?:side|delegation)) (?:will be|would be|was|is) (?:also )?"
                    r"represented at (?:the )?(?P<ev2>E\d+) by (?:(?:A\d+|C\d+ 's) (?:[a-z-]+ ){1,4}(?=P\d))?(?P<b>"
                    + ACTS + r"))"):
        people = [p for p in (reader.people(m.group("b")) if m.group("b") else agents(m)) if p.startswith("person/")]
        named = m.group("ev2") or next(
            (e for e in re.findall(r"\bE\d+\b", s[:m.start()]) if reader.phrase(e).kind in GATHERINGS), None)
        if not people or (named and reader.phrase(named).kind not in GATHERINGS):
            continue
        gathering = reader.candidate_for(named) if named else reader.reader.last_multilateral()
        if gathering is None or (not named and gathering.sentence < reader.sentence.index - 1):
            continue
        gathering.add_people(people)
        touched.append(gathering)
    # "Lavrov was supposed to be in Geneva on Tuesday": a visit meant for that day
    for m in frames(SUBJECT + r"(?:was|were|had been|is|are) (?:supposed|due|scheduled|expected|set) to be in (?:the )?"
                    r"(?P<dest>" + PLACE + r")(?! (?:(?:in |on )?D\d+ )?(?:to attend|to take part|for E\d+))"):
        candidate = reader.new_visit(clause, [p for p in agents(m) if p.startswith("person/")], m.group("dest"),
                                     m.start("dest"))
        if candidate.participants:
            candidate.status = "planned" if candidate.status == "held" else candidate.status
            touched.append(candidate)
    # "The two leaders moved on to Tokyo on Friday for a second round": they met again there
    for m in frames(SUBJECT + r"(?:moved on|went on|travelled on|traveled on|flew on|continued|headed on|moved) to (?:the )?"
                    r"(?P<dest>" + PLACE + r")(?: (?:on |in )?D\d+)? for (?:a|the|another) (?:second|third|further|final|new|"
                    r"fresh|closing) (?:round|session)\b"):
        if len(set(agents(m))) < 2:
            continue
        meeting = reader.new_candidate("Meeting", clause, agents(m))
        meeting.places = [reader.view.item(m.group("dest")).entity]
        reader.settle(meeting, clause, m.start("dest"))
        touched.append(meeting)
    # "The BRICS leaders agreed on Wednesday to set up a bank, closing a two-day summit in Durban": the gathering ended
    # that day (its days counted back from it)
    for m in frames(r"(?:^|, )(?:closing|concluding|wrapping up|rounding off|capping|ending) (?:a |an |the |their |its )?"
                    r"(?P<ev>E\d+)"):
        candidate = settled_gathering(reader, clause, m, taken, touched)
        if candidate is None:
            continue
        if not candidate.organizer:  # ("The leaders of the five BRICS countries ...": the group's)
            candidate.organizer = body_of_people(reader, s[start:m.start()])
        # ("Russian President Vladimir Putin and the leaders of ASEAN on Friday adopted a declaration, closing a two-day
        # summit": those named doing it were there)
        doers = re.match(r"(?P<a>" + ACTS + r")(?: and (?:the )?(?:[a-z-]+ )?(?:leaders|heads of state|presidents|"
                         r"(?:foreign )?ministers|heads of government|premiers)\b[^,;]*)? (?:(?:on |in )?D\d+ )?"
                         r"(?:(?:also|jointly|formally) )?(?:adopted|signed|agreed|approved|endorsed|issued|unveiled|"
                         r"decided|pledged|launched)\b", s[start:m.start()])
        if doers:
            candidate.add_people([p for p in reader.people(doers.group("a")) if p.startswith("person/")])
    # "Xi received Blinken at the Great Hall on Monday, capping a two-day visit": the guest's, ending that day
    # ("... at the close of a two-day visit", "on the last day of his visit")
    for m in frames(r"(?:capping|concluding|ending|rounding off|wrapping up|closing|at the (?:close|end|conclusion) of|"
                    r"on the (?:last|final|closing) day of) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS or phrase.people:
            continue
        guest = re.search(r"\b(?:received|welcomed|hosted|met) (?P<b>" + ACTS + ")", s[start:m.start()])
        reported = re.fullmatch(r"(?:[A-Z]?\d+ |the [a-z ]+ )?(?:said|says|reported|announced) , ", s[start:m.start()])
        earlier = re.search(r"\b(?:received|welcomed|hosted|met) (?:[a-z-]+ |A\d+ ){0,4}(?P<b>" + ACTS + r")(?: in (?:the )?"
                            r"(?P<p>" + PLACE + r"))?", s[:start]) if reported and not guest else None
        # ("Kim met Wang Yi in Pyongyang on Thursday, the ministry said, wrapping up a two-day visit": Wang's, there)
        visitors = reader.people((guest or earlier).group("b")) if guest or earlier else agents(m)
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in visitors if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        if earlier and earlier.group("p") and not candidate.places:
            candidate.places = [reader.view.item(earlier.group("p")).entity]
        day = re.search(r"\bD\d+\b", s[earlier.start():start]) if earlier else None
        if day:  # the day of that meeting is the visit's last
            candidate.date = reader.reader.resolve_date(reader.view.item(day.group(0)).date, "held") or candidate.date
        dateline = reader.reader.dateline
        if guest and not candidate.places and dateline and hosted_by_place(reader, dateline, agents(m)):
            candidate.places = [dateline]  # "BEIJING - Xi received Blinken ..., capping a two-day visit": there
        if candidate.date is not None and candidate.date.granularity == "day" and not candidate.date.end:
            candidate.date = spread(candidate.date, candidate.days, "end")
        touched.append(candidate)
    # "Blinken's second day in the Chinese capital began with talks with Wang Yi": his talks, that day
    for m in frames(r"(?P<a>P\d+) 's (?P<which>first|second|third|last|final) day (?:(?![EPG]\d)\S+ ){0,4}?(?:began|begins|"
                    r"started|starts|opened|ended|closed) with (?P<ev>E\d+) with (?P<b>" + ACTS + ")"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        if candidate.date is None and m.group("which") in ("second", "last", "final"):
            candidate.date = reader.reader.story_day()  # the day the story is about, the visit's last
        touched.append(candidate)
    # "Qin accepted an invitation to visit Washington": a visit to come
    for m in frames(SUBJECT + r"(?:accepted|accepts|has accepted) (?:an |the )?invitation to (?:visit|come to) (?:the )?"
                    r"(?P<dest>" + PLACE + r")"):
        candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.end("dest"))
        to_come(reader, candidate)
        touched.append(candidate)
    # "Mr Modi leaves Moscow on Friday": the visit there that began on a day told runs to that day
    for m in frames(SUBJECT + r"(?:leaves|left|will leave|is due to leave|is to leave|was due to leave|departs|departed) "
                    r"(?:the )?(?P<dest>" + PLACE + r") (?:(?:late |early )?on )?(?P<d>D\d+)"):
        people = set(agents(m))
        where = reader.view.item(m.group("dest")).entity
        day = reader.reader.resolve_date(reader.view.item(m.group("d")).date, "planned" if re.search(
            r"\b(?:leaves|will|is due|is to|departs)\b", m.group(0)) else "held")
        visits = [c for c in reader.reader.candidates + list(reader.candidates.values())
                  if c.family == "visit" and people & set(c.participants) and c.places and c.date is not None
                  and c.date.granularity == "day" and not c.date.end
                  and (c.places[0] == where or within(c.places[0], where, reader.reader.lookup)
                       or within(where, c.places[0], reader.reader.lookup))]
        if visits and day is not None and day.granularity == "day" and not day.end \
                and 0 < (day.first_day() - visits[-1].date.first_day()).days <= 10:
            visits[-1].date = DateValue(start=visits[-1].date.start, end=day.start)
    # "Jaishankar accepted Lavrov's invitation to the next meeting of the RIC foreign ministers, to be hosted by Russia":
    # both are to be there, in the host's country
    for m in frames(SUBJECT + r"(?:accepted|accepts|has accepted) (?:(?P<b>" + ACT + r") 's |an |the )?invitation to "
                    r"(?:attend |join )?(?:the )?(?P<ev>E\d+)(?: , to be hosted by (?:the )?(?P<host>" + PLACE + r"))?"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS | PERSON_MEETINGS or not agents(m):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m) + (reader.people(m.group("b")) if m.group("b") else []))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        candidate.status, candidate.explicit_status = "planned", True
        if m.group("host") and not candidate.places:
            candidate.places = [reader.view.item(m.group("host")).entity]
        touched.append(candidate)
    # "The next one is to take place in Kazakhstan in 2025": the next of the gatherings just told
    for m in frames(r"\bthe next one (?:is|will be|would be) (?:(?:due|set|scheduled|expected|planned) )?(?:to (?:be held|"
                    r"take place)|held) in (?:the )?(?P<place>" + PLACE + r")(?: (?:in |on )?(?P<d>D\d+))?"):
        gathering = ([c for c in touched if c.family in ("summit", "ministerial", "org", "conference")]
                     or [reader.reader.last_multilateral()])[-1]
        if gathering is None or gathering.sentence < reader.sentence.index - 3:
            continue
        candidate = reader.new_candidate("Summit" if gathering.family != "ministerial" else "MinisterialMeeting",
                                         clause, [])
        candidate.organizer = gathering.organizer
        candidate.places = [reader.view.item(m.group("place")).entity]
        candidate.name = "the next summit" if candidate.kind == "Summit" else "the next ministerial meeting"
        reader.settle(candidate, clause, m.end("place"))
        candidate.status, candidate.explicit_status = "planned", True
        if m.group("d"):
            candidate.date = reader.reader.resolve_date(reader.view.item(m.group("d")).date, "planned")
        touched.append(candidate)
    # "Xi's last visit to the country was in 2009": then
    for m in frames(r"(?P<ev>E\d+)(?: to (?:the|that|this) country)? (?:was|were) (?:back )?in (?P<d>D\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind in VISITS | PERSON_MEETINGS and not phrase.dates:
            candidate = reader.candidate_for(m.group("ev"))
            reader.settle(candidate, clause, m.start("d"), phrase)
            candidate.date = reader.reader.resolve_date(reader.view.item(m.group("d")).date, "held")
            countries = [p for p in reader.reader.previous_places if p.startswith("country/")]
            if " the country " in m.group(0) and not candidate.places and countries:
                candidate.places = countries[:1]  # "Hungary is Beijing's warmest partner. Xi's last visit to the country"
            touched.append(candidate)
    # "The tour began in Paris, where Xi arrived on Sunday": a visit there
    where = re.search(r"(" + PLACE + r") , $", s[:start]) if re.match(r"where\b", clause.text) else None
    if where:
        for m in frames(r"where (?P<a>" + ACTS + r") (?:had |has )?(?:arrived|landed|arrives|lands|will arrive|flew in)\b"):
            candidate = reader.new_visit(clause, reader.people(m.group("a")), where.group(1), m.end())
            touched.append(candidate)
    # "Li made Pakistan the second stop of his first foreign tour as premier, after India": a visit there (and to the
    # one it came after)
    for m in frames(SUBJECT + r"(?:made|makes|will make|is making) (?:the )?(?P<dest>" + PLACE + r") (?:the |his |her |their )"
                    r"(?:[a-z-]+ ){0,2}(?:stop|destination|port of call|leg)\b"):
        touched.append(reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest")))
        before = re.match(r"(?: (?![EGD]\d)[^\s,;]+){0,8}? , after (?:the )?(?P<d>" + PLACE + r")(?= ,| \.| ;|$)", s[m.end():])
        if before:  # (", after India" may be a clause of its own)
            touched.append(reader.new_visit(clause, agents(m), before.group("d"), m.start("dest")))
    # "Battulga became the first foreign head of state to travel to China after the outbreak, meeting Xi in Beijing":
    # he went there (the record says it was done), and met whom the participle names, there
    # (a trip of its own only where the clause dates it: "is the first Indian premier to travel to the Russian Far
    # East" characterizes the trip the article reports)
    for m in frames(SUBJECT + r"(?:became|was) the (?:first|second|third|only|last|latest) (?:(?![EPG]\d)\S+ ){0,6}?to "
                    r"(?:travel|fly|come|go|visit)(?: to)? (?:the )?(?:A\d+ )?(?P<dest>" + PLACE + r")"):
        if reader.date_near(clause, m.start("dest"), "held") is None:
            continue
        visit = reader.new_visit(clause, agents(m), m.group("dest"), m.start("dest"))
        visit.status, visit.explicit_status = "held", True
        touched.append(visit)
        met = re.search(r" , (?:(?P<ev>E\d+)|holding talks with) (?P<b>" + ACTS + r")(?: in (?:the )?(?:A\d+ )?(?P<p>"
                        + PLACE + r"))?", s[m.end():end])
        if met and met.group("ev") and reader.phrase(met.group("ev")).name.lower() not in ("meeting", "meeting with"):
            met = None  # (the participle "meeting", which the phrase finder reads as a noun)
        if met:
            meeting = reader.new_candidate("Meeting", clause, agents(m) + reader.people(met.group("b")))
            meeting.places = [reader.view.item(met.group("p")).entity] if met.group("p") else list(visit.places)
            reader.settle(meeting, clause, m.end() + met.start("b"))
            meeting.status, meeting.explicit_status = "held", True
            meeting.date = meeting.date or visit.date
            touched.append(meeting)
    # "Xi told Prime Minister Nawaz Sharif in Beijing on Friday that ...": they met there (not "told reporters", nor
    # what was told by telephone)
    for m in frames(SUBJECT + r"(?:told|tells|assured|assures|reassured|urged|urges) (?P<b>" + ACTS + r") (?:in|at) (?:the )?"
                    r"(?:A\d+ )?(?P<p>" + PLACE + r")\b(?: (?:on |in )?D\d+)?(?= that\b| , | (?:on |in )?D\d+)"):
        if re.search(r"\b(?:phone|telephone|call|video|letter|message)\b", s[start:end]):
            continue
        others = [p for p in reader.people(m.group("b")) if p.startswith("person/")]
        if not others:
            continue
        candidate = reader.new_candidate("Meeting", clause, agents(m) + others)
        candidate.places = [reader.view.item(m.group("p")).entity]
        reader.settle(candidate, clause, m.start("p"))
        touched.append(candidate)
    # "held talks with Xi in Beijing on Monday, the main event of a state visit that took the Mongolian leader to the
    # Chinese capital": his visit, that month (its days unsaid)
    for m in frames(r", the (?:(?:main|central|key|high) )?(?:event|item|part|highlight|centrepiece|centerpiece|point) of "
                    r"(?P<ev>E\d+)(?: (?:that|which) (?:took|brought) (?P<v>" + ACTS + r") to (?:the )?(?:A\d+ )?(?P<p>"
                    + PLACE + r"))?"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS or (taken(m.group("ev")) and reader.candidate_for(m.group("ev")).participants):
            continue
        if re.search(r"\b[a-z0-9]+-day\b", phrase.name.lower()) or re.match(
                r" , (?:which|that) (?:began|started|opened|ends|ended|runs)\b", s[m.end("ev"):]):
            continue  # "the centrepiece of Xi's three-day state visit to Russia, which began on Monday": its days told
        candidate = reader.candidate_for(m.group("ev"))
        visitors = [p for p in (reader.people(m.group("v")) if m.group("v") else agents(m)) if p.startswith("person/")]
        candidate.add_people(visitors[:1])
        if m.group("p") and not candidate.places:
            candidate.places = [reader.view.item(m.group("p")).entity]
        reader.settle(candidate, clause, m.start("ev"), phrase)
        day = candidate.date or reader.date_near(clause, m.start(), "held")
        if not phrase.dates and day is not None:
            candidate.date = month_of(day) if day.granularity == "day" and not day.end else day
        touched.append(candidate)
    # "Foreign ministers, who met in the city on Thursday and heard Cavusoglu welcome Turkmenistan, had prepared the
    # package", in an article on a body's summit: that body's ministerial, then and there, with the one they heard
    for m in frames(r"^who (?:had )?(?:met|gathered|convened)(?: in (?:the )?(?:A\d+ )?(?P<where>L\d+|city|capital|town))?"
                    r"(?: (?:on |in )?D\d+)?(?: and (?:heard|listened to) (?P<h>" + ACTS + r"))?"):
        topic = reader.reader.topic_organization()
        if not re.fullmatch(r"(?:foreign |defen[cs]e )?ministers , ", s[:start]) or not topic or not any(
                c.family == "summit" and c.organizer == topic and c.status == "held" for c in reader.reader.candidates):
            continue
        candidate = reader.new_candidate("MinisterialMeeting", clause, [p for p in reader.people(m.group("h") or "")
                                                                        if p.startswith("person/")])
        candidate.organizer, candidate.name = topic, f"meeting of {s[:start].split(' , ')[0]}"
        where = m.group("where")
        if where and where.startswith("L"):
            candidate.places = [reader.view.item(where).entity]
        elif where and reader.reader.dateline:
            candidate.places = [reader.reader.dateline]  # "in the city" the article is filed from
        reader.settle(candidate, clause, m.end())
        day = re.search(r"\bD\d+", m.group(0))
        if candidate.date is None and day:
            candidate.date = reader.reader.resolve_date(reader.view.item(day.group(0)).date, candidate.status)
        touched.append(candidate)
    # "Putin squeezed visits to the UAE and Saudi Arabia into a single day": a visit to each
    for m in frames(SUBJECT + r"(?:made |paid |squeezed |makes |pays |squeezes |will make |will pay |combined )"
                    r"(?:(?![EPG]\d)\S+ ){0,1}?(?:visits|trips) to (?P<dests>(?:the )?" + PLACE
                    + r"(?:(?: ,| , and| and) (?:the )?" + PLACE + r")+)"):
        for dest in re.findall(PLACE, m.group("dests")):
            candidate = reader.new_visit(clause, agents(m), dest, m.start("dests"))
            touched.append(candidate)
    # EVENT was chaired / hosted / attended / opened by A
    # ("in an informal session hosted by Chinese President Xi Jinping that gave Temer his first outing")
    for m in frames(r"(?P<ev>E\d+)(?: , [^,]{0,60} ,)? (?:(?:was|were|is|are|will be|has been) (?:also )?(?:chaired|hosted|"
                    r"attended|opened|led|addressed|co-chaired)|(?:chaired|hosted|co-chaired)) by "
                    r"(?:the (?:host|hosts|chair|chairman) , )?"
                    r"(?:(?:A\d+|C\d+ 's) (?:[a-z-]+ ){1,4}(?=P\d))?(?P<a>" + ACTS + ")"):
        # ("The meeting will be chaired by the host, Tajik Defence Minister Sherali Mirzo")
        the_gathering_just_told(reader, m.group("ev"))
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")))
        reader.settle(candidate, clause, m.end(), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # the ministers / leaders of an organization's states met (gathered, convened) in X
    # ("five presidents met in Shanghai": a summit, of three or more counted)
    for m in frames(r"(?:(?P<org2>O\d+) (?:'s )?|the (?:bloc|group|grouping|organi[sz]ation) 's |(?P<its>its |their )"
                    # ("the SCO, whose heads of state are scheduled to gather in Dushanbe next month")
                    r"|(?P<org3>O\d+)(?: \( O\d+ \))? , whose "
                    r"|(?:the )?(?P<count>(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) ))?"
                    r"(?P<who>(?:(?:foreign|defen[cs]e|finance|trade|economy|energy)(?: and (?:foreign|defen[cs]e|finance|"
                    r"trade|economy|energy))? )?(?:ministers|(?<=defence )chiefs|(?<=defense )chiefs|leaders|heads of state|presidents|heads of "
                    r"government|prime ministers|(?:top )?security (?:officials|chiefs)|security council secretaries|"
                    r"national security advis[eo]rs))(?: (?:of|from) (?:the )?(?:[a-z]+ )?(?:member )?(?:states|countries|nations)"
                    # ("Foreign ministers of the five BRICS countries meet in Beijing on Monday")
                    # ("Leaders of the member states met in Bishkek in September": of the body the article is about)
                    r"(?= of)|(?P<members> of (?:the |its |their )?member (?:states|countries|nations)))?(?: (?:of|from) (?:the )?(?:(?:[a-z]+|\d+) )?(?:(?P<org>O\d+)(?: \( O\d+ \))?|(?P<bloc>(?:[a-z-]+ )?(?:bloc|group|"
                    r"grouping|organi[sz]ation|alliance))))?"
                    r"(?: (?:member |participating )?(?:states|countries|nations))?(?! ')"
                    # ("the bloc's foreign ministers, among them Lavrov, Wang Yi and Jaishankar, gathered in the city")
                    r"(?: , (?:among them|including) (?P<among>" + ACTS + r") ,)?(?: (?![EPG]\d)\S+){0,10}? "
                    r"(?P<verb>met|meet|gathered|gather|convened|convene|assembled|will meet|will gather|are meeting|"
                    r"are to meet|came together|wound up|wrapped up|concluded|completed|opened|began|held|ended|closed|finished|"
                    # ("The heads of government of the SCO spent Friday in the Uzbek capital trying ...")
                    r"spent(?= (?:D\d+|the day|two days|three days) in ))\b(?:(?<=spent) (?:D\d+|the day|two days|three days))?"
                    r"(?: in (?:the )?(?:(?:[a-z-]+ |A\d+ ){0,4}(?:city|capital|town|port|resort|state|province|region) of )?(?:A\d+ )?"
                    r"(?P<where>(?:L|C)\d+))?(?: (?:in |on )?D\d+)?"
                    # ("will meet on Friday in a combined session with ...": that session is their meeting)
                    r"(?: (?:in (?:a |an )?(?:(?![EPG]\d)[a-z-]+ )?(?=E\d+ with\b)|(?:(?:for|at|(?:one|two|three|four|five|\d+) days of) )?"
                    r"(?:the |(?:their|its) (?:council |annual |regular )?)?)"
                    r"(?P<ev>E\d+))?"):
        if re.match(r" (?:every|each|once (?:a|every)) (?:\S+ )?(?:year|years|months?)\b| annually\b| regularly\b", s[m.end():]):
            continue  # "the leaders ... would meet every two years": a custom, not a meeting
        chaired = re.search(r"\bunder (?:C|L)\d+ 's (?:rotating )?(?:chairmanship|presidency)", s[start:end])
        named = m.group("ev") and reader.phrase(m.group("ev")).organizer
        counted = m.group("count") and m.group("where") and m.start("where") - m.end("verb") <= 4 \
            and (not m.group("count").strip().isdigit() or int(m.group("count")) >= 3)
        if m.group("count") and not (counted or m.group("org") or m.group("bloc") or named or chaired):
            continue  # "the five leaders met counterparts from BIMSTEC at a summit": not a gathering of their own
        if not (m.group("org") or m.group("org2") or m.group("org3") or m.group("bloc") or m.group(0).startswith("the ")
                or re.search(r"\bthe (?:same )?$", s[start:m.start()]) or chaired  # ("most of the same leaders")
                or named or (m.group("its") and reader.reader.topic_organization())
                or (m.group("its") == "their " and "minister" in m.group("who")) or counted
                or (m.group("members") and reader.reader.topic_organization())):
            continue  # "leaders met": of no organization the clause names
        # (security officials meet as ministers do: "the top security officials of the SCO member states gathered")
        kind = "MinisterialMeeting" if re.search(r"minister|security|defen[cs]e", m.group("who")) else "Summit"
        candidate = (reader.candidate_for(m.group("ev")) if m.group("ev")
                     else reader.new_candidate(kind, clause, []))
        if candidate.kind not in ("MinisterialMeeting", "Summit"):
            candidate.kind = kind
        # (who met tells the meeting apart: the security council secretaries' is not the defence ministers')
        candidate.name = candidate.name or f"meeting of {m.group('who')}"
        org = m.group("org") or m.group("org2") or m.group("org3")
        if org:
            candidate.organizer = candidate.organizer or reader.reader.parent_org(reader.view.item(org).entity)
        elif not candidate.organizer and m.group("its") != "their ":  # "their foreign and defence ministers": no body
            candidate.organizer = reader.reader.topic_organization()
        if m.group("where") and not candidate.places:
            candidate.places = [reader.view.item(m.group("where")).entity]
        if m.group("among"):
            candidate.add_people([p for p in reader.people(m.group("among")) if p.startswith("person/")])
            if not candidate.places and re.match(r" in the (?:city|capital|town)\b", s[m.end("verb"):]) \
                    and reader.reader.previous_places:
                candidate.places = [reader.reader.previous_places[-1]]  # "gathered in the city": the one just named
        # (read past the verb: "are to meet", "will gather" say it is still to come)
        reader.settle(candidate, clause, m.start("ev") if m.group("ev") else m.end("verb"),
                      reader.phrase(m.group("ev")) if m.group("ev") else None)
        published = reader.reader.published
        if m.group("verb") in ("meet", "gather", "convene") and candidate.status == "held" and published is not None \
                and reader.sentence.role != "caption":  # (a caption's present is the past of its photo)
            # "before the heads of state gather in Astana on July 3-4": the present of a timetable, July to come
            ahead = reader.date_near(clause, m.end("verb"), "planned")
            if ahead is not None and ahead.first_day() > published:
                candidate.date, candidate.status = ahead, "planned"
        if re.match(r"where\b", clause.text) and re.search(
                r"\b(?:head|heads|headed|heading|fly|flies|flew|flying|travel|travels|travell?ed|travell?ing|go|goes|went|"
                r"going|move|moves|moved|moving)(?: on)? to (?:the )?(?:(?:[a-z-]+ |A\d+ |C\d+ ){0,3}(?:island|city|capital|"
                r"town|resort) of )?(?:A\d+ )?(?:L|C)\d+ , $", s[:start]):
            # "before heading to the Indonesian island of Bali, where G20 foreign ministers meet on Thursday": he is
            # going to their meeting
            candidate.add_people([p for p in previous if p.startswith("person/")])
        touched.append(candidate)
    # "when leaders of the six-nation bloc, meeting in the Russian city of Ufa, agreed ...": their summit there
    for m in frames(r"(?P<who>leaders|heads of state|(?:foreign )?ministers) of (?:the )?(?:(?P<org>O\d+)(?: (?:member )?"
                    r"(?:nations|states|countries))?|(?:[a-z-]+ )?(?:bloc|group|grouping|organi[sz]ation|alliance)) , "
                    r"(?P<ev>E\d+) ,"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in ("Meeting", "OrgMeeting") or not phrase.name.lower().startswith("meeting"):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.kind = "MinisterialMeeting" if "minister" in m.group("who") else "Summit"
        candidate.organizer = candidate.organizer or (reader.reader.parent_org(reader.view.item(m.group("org")).entity)
                                                      if m.group("org") else reader.reader.topic_organization())
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "the BRIC format launched by Brazil, Russia, India and China, whose leaders first met in Yekaterinburg in 2009":
    # the grouping's summit there, then (its first: told as past)
    for m in frames(r"(?:C\d+ (?:, |and |, and )?){2,}, whose (?P<who>leaders|heads of state|presidents|(?:foreign )?ministers) "
                    r"(?:had )?(?:first |last |also |then )?(?:met|gathered|convened)(?: as (?:a|the) (?:bloc|group|grouping))?"
                    r"(?= (?:in|at|on) )"):
        named = re.findall(r"\bO\d+", s[start:m.start()])
        organizer = reader.reader.parent_org(reader.view.item(named[-1]).entity) if named \
            else reader.reader.topic_organization()
        if not organizer or not re.search(r"\bin (?:the )?(?:A\d+ (?:city|capital|town) of )?(?:L|C)\d+|\bD\d+", s[m.end():end]):
            continue
        touched.append(summit_of_those_who(reader, clause, organizer, m.group("who"), m.end()))
    # "The leaders of the Russian-led CSTO agreed in the Kremlin yesterday to create a joint force": they met, at the
    # body's summit, then and there (a ministerial when its ministers agreed)
    for m in frames(r"^(?:the )?(?P<who>leaders|heads of state|(?:foreign )?ministers) of (?:the )?(?:(?:A\d+|C\d+) (?:- )?led )?"
                    r"(?P<org>O\d+)(?: \( O\d+ \))?(?: (?:member )?(?:nations|states|countries))?(?: (?:on |in )?D\d+)? "
                    r"(?:(?:also|formally) )?"
                    # ("Leaders of the Shanghai Cooperation Organisation (SCO) on Thursday granted Mongolia observer status")
                    r"(?:agreed|decided|adopted|approved|endorsed|signed|granted|admitted)\b"):
        organizer = reader.reader.parent_org(reader.view.item(m.group("org")).entity)
        body = reader.reader.lookup(organizer) if organizer else None
        if body is None or body.kind != "organization" or body.country is not None:
            continue  # (of an international body: not "the leaders of the ruling party agreed")
        touched.append(summit_of_those_who(reader, clause, organizer, m.group("who"), m.end()))
    # "The leaders of the five BRICS economies are set to hold an informal meeting here on Friday, ... with Xi
    # presiding": the organization's summit (a ministerial when its ministers hold it), chaired by the one presiding
    for m in frames(r"(?:the )?(?P<who>leaders|heads of state|(?:foreign )?ministers) of (?:the )?(?:[a-z-]+ )?(?P<org>O\d+)"
                    r"(?: (?:economies|countries|states|nations|member states|members|group|bloc|grouping))? "
                    r"(?:(?:are|were|will be|would be) )?(?:(?:set|due|expected|scheduled|poised|going) to |will |would |to )?"
                    r"(?:hold|held|holds|have|had|convene|convened) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in ("Meeting", "OrgMeeting") or phrase.people or phrase.organizer:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.kind = "MinisterialMeeting" if "minister" in m.group("who") else "Summit"
        candidate.organizer = candidate.organizer or reader.reader.parent_org(reader.view.item(m.group("org")).entity)
        reader.settle(candidate, clause, m.start("ev"), phrase)
        chair = re.search(r"\bwith (?:A\d+ )?(?:[a-z-]+ ){0,2}(" + ACT + r") (?:presiding|in the chair|chairing)\b", s[m.end():end])
        if chair:
            candidate.add_people(reader.people(chair.group(1)))
        touched.append(candidate)
    # ORGANIZATION held / will hold / hosts its summit; a STATE or CITY held one: "In 2015 Russia held summits of
    # BRICS and the SCO in Ufa" (there, when the clause says)
    # (not "Russia, India and China held a trilateral meeting": three who met, none its host)
    for m in frames(r"(?:(?P<org>O\d+)(?: (?![EPG]\d)\S+){0,3}?|(?<!, )(?<!\band )(?P<host>(?:C|L)\d+)(?: (?:also|has|had|will|would))?) "
                    r"(?:held|holds|hold|will hold|hosted|hosts|will host|"
                    r"convened|convenes|is holding|is hosting) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        series = next((c for c in reversed(reader.reader.candidates) if c.family in ("summit", "ministerial")
                       and c.organizer and c.status == "held"), None) if phrase.kind == "Meeting" and m.group("host") \
            and re.match(r"(?:the |its |their )?next (?:meeting|session)\b", phrase.name.lower()) else None
        if series is not None:
            # "agreed that Kazakhstan will host the next meeting of the council in 2014": the next of the gathering
            # the article reports
            candidate = reader.candidate_for(m.group("ev"))
            candidate.kind, candidate.organizer = series.kind, series.organizer
        if series is not None or phrase.kind in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            candidate = reader.candidate_for(m.group("ev"))
            if m.group("org"):
                candidate.organizer = candidate.organizer or reader.reader.parent_org(reader.view.item(m.group("org")).entity)
            elif not candidate.places and not re.search(r"\bwhere $", s[:m.start()]):
                # (not "travelling on to Tashkent, where Uzbekistan hosts a conference": in the city told before)
                candidate.places = [reader.view.item(m.group("host")).entity]
            reader.settle(candidate, clause, m.start("ev"), phrase)
            if series is not None:
                candidate.participants = []  # (who agreed on it, "the premiers", are not told to attend it)
            touched.append(candidate)
    # "Shoigu, Zhaksylykov, Khrenin and Singh were among those attending in person": at the gathering just told
    # ("Li and Shoigu were among the ministers who attended the meeting in person": that gathering, not a meeting of
    # the two)
    for m in frames(r"(?P<a>" + ACTS + r") (?:were|was|are|is) (?:also )?among (?:those|the ministers|the leaders|G\d+) "
                    r"(?:attending|present|taking part|who attended|who took part)\b(?: (?:in )?(?P<ev>E\d+))?"):
        phrase = reader.phrase(m.group("ev")) if m.group("ev") else None
        if phrase is not None and (phrase.organizer or phrase.places or phrase.dates or phrase.people):
            continue  # a gathering named in full: the attendance frames have it
        here = [c for c in list(reader.candidates.values()) + reader.extra
                if c.family in ("summit", "ministerial", "org")]
        gathering = here[-1] if here else reader.reader.last_multilateral()
        if gathering is not None and phrase is not None:
            reader.candidates[reader.view.item(m.group("ev")).event] = gathering
        if gathering is not None and gathering.sentence >= reader.sentence.index - 1:
            gathering.add_people([p for p in reader.people(m.group("a") or m.group("a2") or m.group("a3"))
                                  if p.startswith("person/")])
            touched.append(gathering)
    # "the security council secretaries met in Tashkent, with Patrushev, Misri and Wang Xiaohong among the
    # participants": they were at it
    for m in frames(r"(?:^|, )with (?P<a>" + ACTS + r")(?: ,)? among (?:the )?(?:participants|attendees|those present)\b"):
        here = [c for c in touched if c.family in ("summit", "ministerial", "org")] or [
            c for c in list(reader.candidates.values()) + reader.extra if c.family in ("summit", "ministerial", "org")]
        if here:
            here[-1].add_people([p for p in reader.people(m.group("a")) if p.startswith("person/")])
    # "before joining the defence chiefs of the SCO on Wednesday for a session": the subject was at it, that day
    for m in frames(SUBJECT + r"(?:joining|joined|joins|will join|to join) (?:the )?(?P<who>(?:[a-z-]+ ){0,2}(?:ministers|chiefs|"
                    r"leaders|heads of state|heads of government)) of (?:the )?(?P<org>O\d+)(?: (?:on |in )?D\d+)? "
                    r"(?:for|at|in) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in ("OrgMeeting", "Meeting", "MinisterialMeeting", "Summit") or not agents(m):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.kind = "Summit" if re.search(r"leaders|heads", m.group("who")) else "MinisterialMeeting"
        candidate.organizer = candidate.organizer or reader.reader.parent_org(reader.view.item(m.group("org")).entity)
        candidate.name = candidate.name if re.search(r"minister|chief", candidate.name) else f"meeting of {m.group('who')}"
        candidate.add_people(agents(m))
        reader.settle(candidate, clause, m.end("org"), phrase)
        touched.append(candidate)
    # "Xi, whose trip to Astana doubled as a state visit to Kazakhstan hosted by Tokayev": whose event
    # it is, the same journey under another name, and its host
    for m in frames(r"(?P<a>" + ACT + r") , whose (?P<ev>E\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")))
        touched.append(candidate)
    for m in frames(r"(?P<ev>E\d+) (?:doubled as|was also|also served as|turned into) (?P<ev2>E\d+)"
                    r"(?: (?:hosted|organi[sz]ed) by (?P<host>" + ACTS + r"))?"):
        first, second = reader.candidate_for(m.group("ev")), reader.candidate_for(m.group("ev2"))
        second.add_people(first.participants)
        second.hosts += reader.people(m.group("host"))
        reader.settle(second, clause, m.start("ev2"), reader.phrase(m.group("ev2")))
        touched.append(second)
    # "the department bills the Pretoria session as only the second formal meeting of BRICS foreign ministers",
    # "described the Astana talks as the most productive round yet": one gathering, its city said by the first
    for m in frames(r"(?:bills|billed|bill|describes|described|describe|sees|saw|regards|regarded|hailed|hails) "
                    r"(?P<ev>E\d+) as (?:only |just |merely )?(?P<ev2>E\d+)"):
        first, second = reader.phrase(m.group("ev")), reader.phrase(m.group("ev2"))
        if first.kind not in GATHERINGS or second.kind not in GATHERINGS or not first.places or second.places:
            continue
        candidate = reader.candidate_for(m.group("ev2"))
        candidate.places, candidate.restated = [p for p in first.places if p], True
        touched.append(candidate)
    # "Modi held talks with Zelenskyy in Kyiv on Friday, the first visit to Ukraine by an Indian prime
    # minister": the visit in apposition is the talks' own trip (its people, day and city)
    for m in frames(r"(?P<ev>E\d+) (?:with [^,]{0,60}? )?(?:(?:in|at) (?:the )?(?:A\d+ )?(?:L|C)\d+ )?(?:(?:on |in )?D\d+ )?"
                    r", (?P<ev2>E\d+)(?= by | since | to | in | of | ,| \.|$)"):
        if reader.phrase(m.group("ev2")).kind not in VISITS:
            continue
        first, second = reader.candidate_for(m.group("ev")), reader.candidate_for(m.group("ev2"))
        if first.family != "meeting" or len(first.participants) != 2 or first.date is None or second.participants:
            continue
        second.add_people(first.participants)
        second.date = second.date or first.date
        second.places = finer_place(second.places, first.places, reader.reader.lookup)
        second.status = first.status
        touched.append(second)
    # "Russia will host the SCO foreign ministers in Moscow on September 10": their meeting, there and then
    for m in frames(r"(?:^|(?<= ))(?:(?:C|L)\d+|it) (?P<verb>(?:will |would |is to |is due to |is set to )?(?:host|hosts|hosted)) "
                    r"(?:the )?(?:(?P<org>O\d+) )?(?P<who>(?:(?:foreign|defen[cs]e|finance|trade|economy|energy) )?ministers|"
                    r"leaders|heads of state|heads of government|prime ministers)(?: of (?:the )?(?P<org2>O\d+))?"
                    r"(?: in (?:the )?(?P<place>" + PLACE + r"))?(?: (?:on |in )?D\d+)?"):
        org = m.group("org") or m.group("org2")
        organizer = reader.reader.parent_org(reader.view.item(org).entity) if org else None
        if organizer is None:
            continue
        candidate = reader.new_candidate("MinisterialMeeting" if "minister" in m.group("who") and "prime" not in m.group("who")
                                         else "Summit", clause, [])
        candidate.organizer = organizer
        if m.group("place"):
            candidate.places = [reader.view.item(m.group("place")).entity]
        reader.settle(candidate, clause, m.end())
        if re.match(r"(?:will|would|is to|is due to|is set to) ", m.group("verb")):
            candidate.status = "planned"
        touched.append(candidate)
    # "the summit that Putin will host in Kazan on October 22-24": its host, place and date
    # ("the meeting of BRICS ministers that the Chinese side will host in Beijing": China's)
    for m in frames(r"(?P<ev>E\d+) (?:that|which) (?:(?P<a>" + ACTS + r")|(?P<state>(?:C|L)\d+)|the (?P<side>A\d+) side) "
                    r"(?:(?![EPG]\d)\S+ ){0,3}?"
                    r"(?:host|hosts|hosted|hosting)\b(?: for (?:the )?(?:leaders|heads of state|ministers) of (?:the )?"
                    r"(?P<org>O\d+))?(?: in (?:the )?(?P<place>" + PLACE + r"))?"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        if m.group("org"):
            candidate.organizer = candidate.organizer or reader.reader.parent_org(reader.view.item(m.group("org")).entity)
        hosts = reader.people(m.group("a"))
        candidate.add_hosts(hosts)
        candidate.add_people(hosts)
        where = m.group("place") or m.group("state") or m.group("side")
        if where and not candidate.places:
            candidate.places = [reader.view.item(where).entity]
        reader.settle(candidate, clause, m.end(), phrase)
        touched.append(candidate)
    # "the summit of the BRICS group that Russia, which chairs the bloc this year, will host in Kazan in October":
    # the host's aside closes before the verb (the clause was cut at "which")
    for m in frames(r"(?P<ev>E\d+)(?: (?:group|bloc|grouping|organi[sz]ation|alliance))? (?:that|which) "
                    r"(?:(?P<a>" + ACTS + r")|(?P<state>(?:C|L)\d+)) ,$"):
        rest = re.match(r" (?:which|who) (?:(?![EPG]\d)[^,;.])+ , (?P<verb>(?:(?![EPG]\d)\S+ ){0,3}?(?:host|hosts|hosted|hosting))\b"
                        # ("will host on the island in November": the place said before)
                        r"(?: in (?:the )?(?P<place>" + PLACE + r")| (?:on|in) the (?:island|city|capital|resort|town))?"
                        r"(?: (?:in |on |from )?(?P<d>D\d+))?", s[m.end():])
        phrase = reader.phrase(m.group("ev"))
        if not rest or phrase.kind not in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_hosts(reader.people(m.group("a")))
        candidate.add_people(reader.people(m.group("a")))
        where = rest.group("place") or m.group("state")
        if where and not candidate.places:
            candidate.places = [reader.view.item(where).entity]
        reader.settle(candidate, clause, m.end(), phrase)
        if re.match(r"(?:will|is to|is due to|is set to|would) ", rest.group("verb")):
            candidate.status = "planned"
        if rest.group("d") and candidate.date is None:
            candidate.date = reader.reader.resolve_date(reader.view.item(rest.group("d")).date, candidate.status)
        touched.append(candidate)
    # "where he arrived late on Wednesday at the start of a two-day state visit"
    for m in frames(SUBJECT + r"(?:arrived|arrives|landed|lands)(?: (?![EPG]\d)\S+){0,4}? (?:at|on|for) the "
                    r"(?:start|beginning|outset|opening) of (?P<ev>E\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        if m.group("a") is None and re.match(r"where\b", clause.text) and last is not None and not candidate.places:
            candidate.places = list(last.places)
        touched.append(candidate)
    # "Wang called on Modi on Tuesday at the end of a two-day visit to the Indian capital": the subject's visit,
    # ending (or starting) that day
    for m in frames(r"at the (?:end|close|conclusion|start|beginning|outset) of (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS or phrase.people:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.subject(clause, m.start(), previous))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "on the second day of a state visit": the visit began that many days before
    for m in frames(r"on the (?P<nth>first|second|third|fourth|fifth|last|final) day of (?P<ev>E\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.subject(clause, m.start(), previous))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        day = reader.date_near(clause, 0, candidate.status)
        nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}.get(m.group("nth"))
        if day is not None and day.granularity == "day" and not day.end and nth and nth > 1:
            first = day.first_day() - datetime.timedelta(days=nth - 1)
            candidate.date = DateValue(start=first.isoformat(), end=day.start)
        touched.append(candidate)
    # "it was during a visit to Astana in 2013 that Xi first floated ...": who was on the visit
    for m in frames(r"(?:it|this) (?:was|is) (?:during|on|at|in the course of) (?P<ev>E\d+) that (?P<a>" + ACTS + ")"):
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "he was last in Kazakhstan in September 2022": a visit there, then
    # ("He had been in the Chinese capital in April")
    for m in frames(SUBJECT + r"(?:was|were|had been|had last been) (?:last |previously |first |also |most recently )?in "
                    r"(?:the )?(?:A\d+ )?(?P<dest>" + PLACE + r") (?:in |on )?D\d+(?! (?:, )?for (?:the |a |an )?E\d+)"):
        candidate = reader.new_visit(clause, agents(m), m.group("dest"), m.end("dest"))
        touched.append(candidate)
    # "Xi is the host, and the guests include Putin and Modi": who attends the gathering just reported
    for m in frames(r"(?:(?P<host>" + ACT + r") (?:is|was|will be) the host|(?:the )?(?:guests|participants|attendees) "
                    r"(?:include|included|are|were|will include) (?P<a>" + ACTS + "))"):
        gathering = reader.reader.last_multilateral() if not reader.candidates else next(
            (c for c in reversed(list(reader.candidates.values())) if c.family in ("summit", "ministerial", "org")),
            reader.reader.last_multilateral())
        if gathering is None:
            continue
        gathering.add_people(reader.people(m.group("host") or m.group("a")))
        if m.group("host"):
            gathering.hosts += reader.people(m.group("host"))
    # "Iran joined in July 2023, at a virtual meeting chaired by New Delhi": states join at a summit
    for m in frames(r"(?:C|L)\d+ (?:(?:formally|officially|also) )?(?:joined|was admitted|were admitted|became (?:the |a )?"
                    r"(?:[a-z]+ )?(?:full )?member)(?: [^,]*?)? ,? at (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind in ("Meeting", "OrgMeeting", "Summit") and not phrase.people:
            candidate = reader.candidate_for(m.group("ev"))
            candidate.organizer = candidate.organizer or reader.reader.topic_organization()
            if candidate.kind in ("Meeting", "OrgMeeting") and candidate.organizer:
                candidate.kind = "Summit"
            reader.settle(candidate, clause, m.start("ev"), phrase)
            touched.append(candidate)
    # "a summit of the grouping": of the organization the article is about
    for m in frames(r"(?P<ev>E\d+) of (?:the|this|that) " + BODY_NOUN + r"\b"):
        if reader.phrase(m.group("ev")).kind in ("Summit", "MinisterialMeeting", "OrgMeeting"):
            candidate = reader.candidate_for(m.group("ev"))
            candidate.organizer = candidate.organizer or reader.reader.topic_organization()
    # "a two-day summit that wrapped up on Friday"
    for m in frames(r"(?P<ev>E\d+) (?:that|which) (?:(?![EPG]\d)\S+ ){0,2}?(?:wrapped up|ended|closed|concluded|opened|"
                    r"began|started|closes|ends|opens|begins|kicked off) (?:on )?(?P<d>D\d+)"):
        candidate = reader.candidate_for(m.group("ev"))
        reader.settle(candidate, clause, m.start("d"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "Modi told Putin at their meeting that ...": who met
    for m in frames(r"(?P<a>" + ACT + r") (?:told|assured|informed|urged|asked|reminded) (?P<b>" + ACTS
                    + r") (?:at|during|in) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in PERSON_MEETINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        if re.match(r"their\b", phrase.name.lower()):
            candidate.participants = []  # "their" is the two in this sentence
        candidate.add_people(reader.people(m.group("a")) + reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), phrase)
        touched.append(candidate)
    # "Their leaders held the first summit in Yekaterinburg in June 2009 and met again in Brasilia the following year":
    # another gathering of the series, there, then
    for m in frames(r"(?P<ev>E\d+)(?: (?![EPG]\d)\S+){0,3}? and (?:then |later )?met again (?:in|at) (?:the )?(?:A\d+ )?"
                    r"(?P<place>" + PLACE + r")(?: (?:in |on |the )?(?P<date>D\d+))?"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        people = [p for p in candidate.participants if p.startswith("person/")]
        other = one_more_there(reader, clause, candidate, phrase.kind, people, m.group("place"), m.group("date"))
        other.organizer = candidate.organizer or phrase.organizer
        touched.append(other)
    # "where he had held talks with Tokayev during a state visit": the visit was theirs
    for m in frames(r"(?P<ev>E\d+) with (?P<b>" + ACTS + r") (?:during|in the course of|on) (?P<ev2>E\d+)"):
        if reader.phrase(m.group("ev2")).kind not in VISITS:
            continue
        meeting, visit = reader.candidate_for(m.group("ev")), reader.candidate_for(m.group("ev2"))
        visit.add_people(meeting.participants)
        visit.add_hosts(reader.people(m.group("b")))
        reader.settle(visit, clause, m.start("ev2"), reader.phrase(m.group("ev2")))
        touched.append(visit)
    # "Biden has left the Jakarta meetings to Vice President Harris": the other goes instead
    for m in frames(SUBJECT + r"(?:has |had |will )?(?:left|leave|leaves) (?P<ev>E\d+) to (?P<b>" + ACTS + ")"):
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("b")))
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "Also expected in New Delhi are Sunak, Kishida, Macron ...": who will attend the gathering there
    for m in frames(r"(?:also )?(?:expected|due|arriving|attending) in (?:the )?(?P<place>" + PLACE + r") (?:are|were|will be) "):
        where = reader.view.item(m.group("place")).entity
        gatherings = [c for c in reader.reader.candidates if c.family in ("summit", "ministerial", "org")
                      and (not c.places or c.places[0] == where or within(c.places[0], where, reader.reader.lookup)
                           or within(where, c.places[0], reader.reader.lookup))]
        if gatherings:
            people = [p for w in re.findall(r"\bP\d+\b", s[m.end():end]) for p in reader.people(w)]
            gatherings[0].add_people(people)
    # "is expected to stay on after the summit for a state visit on Monday"
    for m in frames(SUBJECT + r"(?:(?:is|are) (?:expected|due|set) to |will )?stay on (?:in (?:the )?(?P<dest>" + PLACE
                    + r") )?(?:after (?P<after>E\d+) )?for (?P<ev>E\d+)"):
        if reader.phrase(m.group("ev")).kind not in VISITS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(agents(m))
        if not candidate.places:
            if m.group("dest"):
                candidate.places = [reader.view.item(m.group("dest")).entity]
            elif m.group("after"):
                candidate.places = list(reader.candidate_for(m.group("after")).places)
        reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
        touched.append(candidate)
    # "the United States is due to host the group in 2026": the organization's summit there, then
    for m in frames(r"(?P<host>(?:C|L)\d+) (?:(?![EPG]\d)\S+ ){0,3}?(?:host|hosts|will host|to host) (?:the )?(?:group|bloc|"
                    r"grouping|organi[sz]ation|club|alliance)(?: 's (?:leaders|summit))? (?:in |on )?(?P<d>D\d+)"):
        organizer = reader.reader.topic_organization()
        if organizer:
            touched.append(hosted_summit(reader, clause, organizer, m.group("host"), m.start("d")))
    # "the expanded session of last October's summit": a part of a gathering
    for m in frames(r"(?P<ev>E\d+) of (?:the )?(?P<whole>E\d+)"):
        part, whole = reader.phrase(m.group("ev")), reader.phrase(m.group("whole"))
        if part.kind == "OrgMeeting" and whole.kind in ("Summit", "MinisterialMeeting"):
            candidate = reader.candidate_for(m.group("ev"))
            candidate.part_of = reader.candidate_for(m.group("whole"))
            reader.settle(candidate.part_of, clause, m.start("whole"), whole)
            touched.append(candidate.part_of)
    # "Lula is due to welcome the leaders to Rio de Janeiro in July for this year's summit"
    # "Hu will welcome four fellow leaders to the resort city of Sanya, on Hainan island, for the third summit"
    for m in frames(SUBJECT + r"(?:welcome|welcomes|welcomed|host|hosts|hosted|receive|receives|received) (?:G\d+|"
                    + ACTS + r"|the [a-z]+|(?:the |[a-z]+ ){1,3}(?:leaders|ministers|presidents|counterparts|guests)) "
                    r"(?:to|in) (?:the )?(?:(?:[a-z-]+ ){0,3}(?:city|capital|town|resort|port) of )?(?P<place>" + PLACE
                    + r")(?: , (?:(?![EPGD]\d)\S+ ){1,10}?,)?(?P<when> D\d+)? (?:for|at) (?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        hosts = agents(m)
        candidate.add_hosts(hosts)
        candidate.add_people(hosts)
        candidate.places = [reader.view.item(m.group("place")).entity]
        reader.settle(candidate, clause, m.start("ev"), phrase)
        if m.group("when"):
            day = reader.reader.resolve_date(reader.view.item(m.group("when").strip()).date, candidate.status)
            if day is not None and (candidate.date is None or day.granularity != "year"):
                candidate.date = day
        touched.append(candidate)
    # "the cabinet sworn in on Sunday", "Prabowo took office in October": an inauguration
    for m in frames(SUBJECT + r"(?P<verb>(?:was |were |is |are |will be |to be |been )?sworn in|took office|takes office|"
                    r"will take office|(?:was|is|will be) inaugurated)\b"):
        if re.match(r"who (?:(?:had |has )?(?:only |just )?)?(?:took|was|were|been|had)\b", clause.text):
            continue  # "Rubio, who took office in January, ...": who he is, not an event the article reports
        if re.search(r"\b(?:since|until|till) (?:\S+ ){0,2}$",
                     s[:m.start("a") if m.group("a") else m.start("verb")]):
            continue  # "the first meeting since President Joe Biden took office": a time it is counted from
        candidate = reader.new_candidate("Inauguration", clause, agents(m) if m.group("a") else [])
        reader.settle(candidate, clause, m.end("verb"))
        if re.match(r"(?:is|are) |takes", m.group("verb")) and candidate.status == "held":
            # "who is sworn in on January 20": the present of a timetable, either side of the day
            candidate.date = reader.date_near(clause, m.start("verb"), "unknown")
            published = reader.reader.published
            if candidate.date and published and candidate.date.first_day() > published:
                candidate.status = "planned"
        if candidate.date is None:
            candidate.date = reader.date_near(clause, m.start("verb"), candidate.status)
        touched.append(candidate)
    # "He was received by Iranian President Masoud Pezeshkian": the host of the visit just reported
    for m in frames(r"(?:was|were|had been|will be|is|are)(?: also)?(?: (?:due|expected|set|scheduled|to) to be| to be)? "
                    r"(?:also )?(?:received|welcomed|greeted|hosted)(?: (?:in|at) (?:the )?(?:A\d+ )?(?P<where>" + PLACE
                    + r"))? by (?P<b>" + ACTS + ")"):
        # ("Mishustin was received in Beijing by President Xi Jinping": there)
        hosts = reader.people(m.group("b"))
        # (a visit of someone: not "before the heads of state arrive in Bishkek", nobody's)
        visits = [c for c in touched + list(reader.candidates.values()) + reader.reader.candidates[-6:]
                  if c.family == "visit" and (c.participants or c.sentence == reader.sentence.index)]
        visit = None
        if visits:
            visit = visits[0] if visits[0] in touched or visits[0] in reader.candidates.values() else visits[-1]
            # "visits to the UAE and Saudi Arabia ... Putin was received by President Mohamed bin Zayed": the
            # visit to the state the host leads
            led = [v for v in visits if hosted_by(reader, v, hosts)]
            if led and visit not in led:
                visit = led[-1]
            published = reader.reader.published
            heads = published is not None and any(o.kind == "head_of_state" for h in hosts
                                                   for o in reader.reader.ref.offices_held(h, published))
            if not (visit.kind == "StateVisit" and published is not None and not heads):
                # (a state visit's host is the head of state: "Earlier on Tuesday, the Chinese leader was received by
                # Prime Minister Mikhail Mishustin" is a meeting on its day, not its host)
                visit.add_hosts(hosts)
                visit.add_people(hosts)
        guests = reader.subject(clause, m.start(), previous)
        if guests and re.search(r"\breceived\b", m.group(0)):
            # "Lavrov ... was also received by President Ramaphosa": they met
            meeting = reader.new_candidate("Meeting", clause, guests + hosts)
            reader.settle(meeting, clause, m.start("b"))
            if m.group("where"):
                meeting.places = [reader.view.item(m.group("where")).entity]
            if not meeting.places and touched and touched[-1].places:
                meeting.places = list(touched[-1].places)
            if meeting.date is None and touched and touched[-1].date:
                meeting.date = touched[-1].date
            if visit is not None and hosted_by(reader, visit, hosts):
                meeting.places = meeting.places or list(visit.places)
                if meeting.date is None and visit.date is not None and not visit.date.end:
                    # (a trip of a month: "a trip to Russia earlier this month, during which he was received by Putin")
                    meeting.date = visit.date
            touched.append(meeting)
    # "Laos will host its leaders in Vientiane in October": the organization's summit there
    # "Lula is due to welcome BRICS leaders in Rio on July 6 and 7": the host is there too
    # "Kazakhstan hosted the SCO's heads of state in Astana in 2017", "Astana, which hosted the group's leaders in 2017":
    # told as done, the same
    for m in frames(r"(?:(?:will|to|is to|is due to|is set to|is expected to) (?P<verb>host|welcome)|hosted|has hosted|had hosted) "
                    r"(?:its|the " + BODY_NOUN + r" 's|(?:the )?(?P<org>O\d+)(?: 's)?|(?:the )?fellow|the) "
                    r"(?P<who>leaders|heads of state|heads of government|foreign ministers)(?: in (?:(?:his|her|its|their|the|P\d+) )?"
                    r"(?:(?:home )?(?:constituency|city|town|"
                    r"region|province|prefecture) of )?(?:the )?(?P<place>" + PLACE + r")|(?= (?:(?:on|in) )?D\d+))"
                    r"(?!(?: (?:on |in )?D\d+)? (?:for|at) (?:the |an? )?E\d+)"):  # (the frame of the gathering named reads that)
        # ("took over the presidency of the Group of 20 ... and will host the group's leaders in Antalya": the
        # organization the sentence named before, over the one the article named most)
        named_before = [reader.view.item(o).entity for o in re.findall(r"\bO\d+\b", s[:m.start()])]
        # (a bloc, as in ArticleReader.note_organizations: not a ministry or a company, which have a country)
        named_before = [o for o in named_before if o and (body := reader.reader.lookup(o)) is not None
                        and body.kind == "organization" and body.country is None]
        organizer = (reader.reader.parent_org(reader.view.item(m.group("org")).entity) if m.group("org")
                     else reader.reader.parent_org(named_before[-1]) if named_before
                     else reader.reader.topic_organization(named=1 if m.group("place") else 3))
        # ("Bishkek will host the SCO heads of state in June": the city that hosts is where)
        city = re.match(r"(?:the )?(?:A\d+ (?:city|capital) of )?(L\d+) (?:, which )?(?:(?![EPG]\d)\S+ ){0,3}$", s[start:m.start()]) \
            or re.search(r"\b(L\d+) , which (?:(?![EPG]\d)\S+ ){0,2}$", s[:m.start()])
        place = m.group("place") or (city.group(1) if city else None)
        kind = "MinisterialMeeting" if m.group("who") == "foreign ministers" else "Summit"
        if organizer:
            summit = hosted_summit(reader, clause, organizer, place, m.end(), kind)
            host = reader.subject(clause, m.start(), previous)
            if host and all(p.startswith("person/") for p in host):
                summit.add_people(host)
                summit.hosts += host
            touched.append(summit)
            # "... in June and the CSTO leaders later in the year": the other organization's, there, then
            more = re.match(r" (?:(?:on |in )?D\d+ )?and (?:the )?(?P<org2>O\d+) (?:leaders|heads of state)(?= (?:(?:on|in) )?"
                            r"D\d+| \.|$)", s[m.end():end])
            if more:
                second = hosted_summit(reader, clause, reader.reader.parent_org(reader.view.item(more.group("org2")).entity),
                                       place, m.end() + more.end())
                touched.append(second)
    # "the bloc's leaders' summit, which China will host there from August 31": that gathering, to come, there
    for m in frames(r"(?:(?<=, )|^)which (?P<host>(?:C|L)\d+|" + ACT + r") (?:will|is to|is due to|is set to|is expected to|"
                    r"would) host(?: it)?(?P<there> there)?(?: in (?:the )?(?P<place>" + PLACE + r"))?"):
        before = re.search(r"(E\d+) , $", s[:m.start()])
        if before is None or reader.phrase(before.group(1)).kind not in ("Summit", "MinisterialMeeting", "OrgMeeting",
                                                                          "Conference"):
            continue
        gathering = reader.candidate_for(before.group(1))
        gathering.status, gathering.explicit_status = "planned", True
        gathering.date = reader.date_near(clause, m.end(), "planned") or gathering.date
        gathering.settled = True
        if m.group("place"):
            gathering.places = [reader.view.item(m.group("place")).entity]
        elif m.group("there"):
            named = re.findall(r"\b(?:in|at) (?:the )?(?:(?:[a-z-]+ ){0,3}(?:city|capital|town|port) of )?(L\d+)",
                               s[:before.start()])
            if named:
                gathering.places = [reader.view.item(named[-1]).entity]
        elif not gathering.places and m.group("host").startswith(("C", "L")):
            gathering.places = [reader.view.item(m.group("host")).entity]
        gathering.spans.append(reader.clause_span(clause))
        touched.append(gathering)
    # "..., as leaders meeting in the Kyrgyz capital adopted a flag for the bloc": the organization's summit there
    for m in frames(r"(?:the )?(?:(?P<org>O\d+) )?leaders (?:of (?:the )?(?P<org2>O\d+) )?(?:(?:gathered|assembled) in "
                    r"(?:the )?(?:A\d+ )?(?P<place>" + PLACE + r")|(?P<ev>E\d+))"):
        if m.group("ev") and not re.match(r"(?:meeting|gathering)s? in\b", reader.phrase(m.group("ev")).name.lower()):
            continue
        org = m.group("org") or m.group("org2")
        named = re.findall(r"\bO\d+\b", s)
        organizer = (reader.reader.parent_org(reader.view.item(org).entity) if org else
                     reader.reader.parent_org(reader.view.item(named[0]).entity) if named else
                     reader.reader.topic_organization())
        if not organizer:
            continue
        if m.group("ev"):
            summit = reader.candidate_for(m.group("ev"))
            summit.kind, summit.organizer = "Summit", organizer
            reader.settle(summit, clause, m.end(), reader.phrase(m.group("ev")))
            touched.append(summit)
        else:
            touched.append(hosted_summit(reader, clause, organizer, m.group("place"), m.end()))
    # "Pakistan hosted the heads of government of the SCO on Wednesday": the organization's gathering there
    # ("Xi hosted the leaders of the BRICS group by video link on Thursday": he chaired it; not "hosted the leaders of
    # the CIS for an informal summit", which the frame of the summit named reads)
    for m in frames(r"(?:(?P<host>(?:C|L)\d+) (?:(?:also|has|had|will|would) )?|(?P<a>" + ACT + r") (?:(?:also|has|had|will|would) )?"
                    r"|(?<![EPG]\d ))(?:hosted|hosts|welcomed|"
                    r"will host|is hosting|was hosting) (?:the )?(?P<who>leaders|heads of state(?: and government)?|"
                    r"heads of government|prime ministers|presidents|(?:foreign |defence |defense |finance )?ministers)"
                    r" (?:of|from) (?:the )?(?P<org>O\d+)\b(?! 's)"):
        organizer = reader.reader.parent_org(reader.view.item(m.group("org")).entity)
        hosts = [p for p in reader.people(m.group("a")) if p.startswith("person/")] if m.group("a") else []
        if m.group("a") and (not hosts or re.search(r"\b(?:for|at|to) (?:the |an? )?E\d+", s[m.end():end])):
            continue
        if organizer:
            kind = "MinisterialMeeting" if m.group("who").endswith("ministers") and "prime" not in m.group("who") \
                else "Summit"
            gathering = hosted_summit(reader, clause, organizer, None, m.end(), kind)
            if not gathering.places and m.group("host"):
                gathering.places = [reader.view.item(m.group("host")).entity]
            gathering.add_people(hosts)
            gathering.add_hosts(hosts)
            touched.append(gathering)
    # "he expected him in Moscow on a state visit next spring": a visit to come, its host the one expecting
    for m in frames(r"(?P<a>" + ACT + r") (?:expected|expects|would expect|would welcome|will welcome|looked forward to "
                    r"welcoming|looks forward to welcoming|invited|invites) (?P<b>" + ACT + r") (?:in|to) (?:the )?"
                    r"(?P<dest>" + PLACE + r") (?:on|for) (?P<ev>E\d+)"):
        if reader.phrase(m.group("ev")).kind in VISITS:
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(reader.people(m.group("b")) + reader.people(m.group("a")))
            candidate.hosts += reader.people(m.group("a"))
            candidate.places = [reader.view.item(m.group("dest")).entity]
            reader.settle(candidate, clause, m.start("ev"), reader.phrase(m.group("ev")))
            candidate.status, candidate.explicit_status = "planned", True
            touched.append(candidate)
    # "a return for a visit Mr Medvedev made to China three years ago": his visit there, then
    for m in frames(r"(?P<ev>E\d+) (?:that |which )?(?P<a>" + ACT + r") (?:had )?(?:made|paid) (?:to (?:the )?(?P<dest>" + PLACE
                    + r"))?"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in VISITS or phrase.people:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people(reader.people(m.group("a")))
        if m.group("dest") and not candidate.places:
            candidate.places = [reader.view.item(m.group("dest")).entity]
        reader.settle(candidate, clause, m.end(), phrase)
        # "made", "paid": done, whatever the clause around says of what comes ("Modi would visit China in May,
        # returning the state visit Xi paid to India in September": last September)
        candidate.status, candidate.explicit_status = "held", True
        candidate.date = reader.date_near(clause, m.end(), "held") or candidate.date
        touched.append(candidate)
    # "a trip to Beijing last week by Medvedev": whose trip
    for m in frames(r"(?P<ev>E\d+) by (?P<a>" + ACTS + r")"):
        if reader.phrase(m.group("ev")).kind in VISITS:
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(reader.people(m.group("a")))
            touched.append(candidate)
    # "Blinken's next stop is Tokyo, where he is due on Sunday": a visit to come
    for m in frames(r"(?P<a>" + ACT + r") 's (?:next|last|final) (?:stop|destination|port of call) (?:is|will be|was) "
                    r"(?:the )?(?P<dest>" + PLACE + r")"):
        candidate = reader.new_visit(clause, reader.people(m.group("a")), m.group("dest"), m.end("dest"))
        if "next" in m.group(0):
            to_come(reader, candidate)
            if candidate.date is None:
                candidate.date = reader.date_of_when_clause(clause, "planned")
        touched.append(candidate)
    # "Next year's summit will be hosted by Brazil": there
    for m in frames(r"(?P<ev>E\d+) (?:will be|is to be|is due to be|was|were|is being|would be|has been) (?:(?:also|jointly) )?"
                    r"hosted by (?:the )?(?P<host>(?:C|L)\d+)\b(?! (?:by video|online|virtually|via video|remotely))"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS:
            continue
        candidate = reader.candidate_for(m.group("ev"))
        if not candidate.places:
            candidate.places = [reader.view.item(m.group("host")).entity]
        reader.settle(candidate, clause, m.end(), phrase)
        touched.append(candidate)
    # "Brazil will host the next summit": where a gathering of no stated place is to be
    # ("Brazil will take over the chair and host the sixth summit next year": the modal shared by the conjunct)
    for m in frames(r"(?:(?P<host>(?:C|L)\d+) (?:(?![EPG]\d)\S+ ){0,7}?)?(?:will host|is to host|is due to host|"
                    r"hosts|hosted|is hosting|will be hosting|to host|(?<=\band )host|will convene|is to convene|is due to convene|"
                    r"to convene|convened|convenes) (?:the |its |their |the (?:bloc|group|alliance|organi[sz]ation) 's )?"
                    r"(?P<ev>E\d+)(?P<online> online| virtually| by video(?: link)?)?"):
        phrase = reader.phrase(m.group("ev"))
        host = m.group("host") or (reader.sentence_subject_state()
                                   if re.fullmatch(r"(?:and |but )?", s[start:m.start()]) else None)
        where = re.search(r"(" + PLACE + r") , $", s[:start]) if re.match(r"where\b", clause.text) else None
        if where:  # "in Rio, where Brazil is hosting a meeting of the group's ministers": there, not in Brazil
            host = where.group(1)
        antecedent_state = re.search(r"((?:C|L)\d+) , $", s[:start])
        if not m.group("host") and antecedent_state and re.fullmatch(r"which (?:is |was )?", s[start:m.start()]):
            host = antecedent_state.group(1)  # "passed it to India, which is due to host the next summit"
        antecedent_person = re.search(r"((?:P)\d+) , $", s[:start])
        if not m.group("host") and antecedent_person and re.fullmatch(r"who (?:is |was )?", s[start:m.start()]) \
                and phrase.kind in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
            # "handed the chair to Tajik President Emomali Rahmon, who is due to host next year's summit"
            candidate = reader.candidate_for(m.group("ev"))
            hosts = reader.people(antecedent_person.group(1))
            candidate.add_people(hosts)
            candidate.add_hosts(hosts)
            reader.settle(candidate, clause, m.start("ev"), phrase)
            touched.append(candidate)
            continue
        if phrase.kind in ("Summit", "MinisterialMeeting", "OrgMeeting", "Conference") and host:
            candidate = reader.candidate_for(m.group("ev"))
            region = bool(candidate.places) and is_region(candidate.places[0], reader.reader.lookup)
            if (not candidate.places or region) and not m.group("online"):  # "to convene the council online": nowhere
                # ("Ashgabat is preparing to host the sixth Caspian summit": in Ashgabat, not on the sea it is named for)
                candidate.places = [reader.view.item(host).entity]
            reader.settle(candidate, clause, m.start("ev"), phrase)
            touched.append(candidate)
    # "In a phone conversation on Monday, A and B discussed ...": who was on the call
    for m in frames(r"(?:in|during) (?P<ev>E\d+)(?: (?![EPG]\d)[^,]*)? , (?P<a>" + ACTS + ")"):
        phrase = reader.phrase(m.group("ev"))
        if phrase.kind in PERSON_MEETINGS and not taken(m.group("ev")):
            candidate = reader.candidate_for(m.group("ev"))
            candidate.add_people(phrase.people + reader.people(m.group("a")))
            reader.settle(candidate, clause, m.start("ev"), phrase)
            touched.append(candidate)
    # "the two-day trip, which also took him to Harbin, ended on Friday": the event "which" stands for
    # (past an apposition: "the one-day summit, the organisation's eleventh, which was attended by")
    antecedent = re.search(r"(E\d+)(?: \( [^()]* \))?(?: , (?:the|its|a|an)(?: (?![EPG]\d)[^ ,]+){1,5})? , $", s[:start])
    if antecedent and re.match(r"which\b", clause.text) and (verb := re.search(
            r"\b(?:ended|ends|closed|closes|concluded|concludes|wound up|wrapped up|opened|opens|began|begins|"
            r"started|starts|was held|were held|is held|took place|takes place|will be held|will take place|host|"
            r"hosts|hosted|hosting|attended by|chaired by|addressed by|attend|attends|attended|"
            r"chaired|co-chaired|presided over|"  # ("the meeting ..., which Zhao Kezhi chaired on Monday and Tuesday")
            # ("the Council of Heads of State, which is to meet in Samarkand on September 15-16")
            r"(?:is|are|was|were) (?:to|due to|set to|scheduled to|expected to) (?:meet|convene)|will (?:meet|convene)|"
            r"(?:met|convened)(?= (?:in|on|at) )|"
            # "the 44th and 45th ASEAN Summits, which the leaders held on Wednesday"
            r"(?:(?:G|P)\d+|they|the leaders|the ministers) (?:held(?! up)|convened))\b", clause.text)):
        the_gathering_just_told(reader, antecedent.group(1))
        candidate = reader.candidate_for(antecedent.group(1))
        # (the words before "meet" say whether it is to come: "which is to meet in Samarkand on September 15-16"; and
        # before "held": "which will be held in Samarkand on 15-16 September")
        meets = re.match(r"which (?:(?![EPG]\d)\S+ ){1,4}?(?:meet|convene)\b", clause.text)
        at = meets.end() if meets else verb.end() if re.match(r"will ", verb.group(0)) else 0
        reader.settle(candidate, clause, start + at, reader.phrase(antecedent.group(1)))
        by = re.search(r"(?:attended|chaired|addressed) by (" + ACTS + ")", clause.text)
        if by:
            candidate.add_people(reader.people(by.group(1)))
        host = re.match(r"which (?:the )?((?:C|L)\d+) (?:(?![EPG]\d)\S+ ){0,3}?(?:host|hosts|hosted|hosting)\b"
                        r"(?: (?:it )?in (?:the )?(?P<city>L\d+))?", clause.text)
        if host and not candidate.places:  # "COP28, which the UAE is hosting in Dubai": in Dubai
            candidate.places = [reader.view.item(host.group("city") or host.group(1)).entity]
        attendee = re.match(r"which (" + ACTS + r") (?:(?![EPG]\d)\S+ ){0,4}?(?:attend|attends|attended|take part in|"
                            r"join|address|chaired|chairs|will chair|co-chaired|presided over)\b", clause.text)
        if attendee:  # "the summit later in the year, which Putin is expected to attend"
            candidate.add_people(reader.people(attendee.group(1)))
            phrase = reader.phrase(antecedent.group(1))
            if candidate.status == "held" and not candidate.explicit_status and re.search(
                    r"\b(?:will|(?:is|are) (?:(?:both|all|also) )?(?:expected|due|set|scheduled|to))\b", clause.text):
                # "ahead of the SCO summit in Astana on June 8-9, which Putin and Xi will attend": to come, on the
                # June ahead
                candidate.status, candidate.explicit_status = "planned", True
                if phrase.dates:
                    candidate.date = reader.reader.resolve_date(phrase.dates[0].date, "planned")
        person_host = re.match(r"which (" + ACTS + r") (?:(?![EPG]\d)\S+ ){0,3}?(?:host|hosts|hosted)\b", clause.text)
        if person_host:  # "the summit, which President Putin is due to host in St Petersburg in July"
            hosts = reader.people(person_host.group(1))
            candidate.add_hosts(hosts)
            candidate.add_people(hosts)
        if not candidate.places:
            candidate.places = reader.place_after(clause, start)
        touched.append(candidate)
    # "where he also met B": the antecedent's place, the place named just before "where"
    if re.match(r"where\b", clause.text):
        # ("in Hangzhou, the capital of eastern Zhejiang province, where ...": the city, not the region it heads)
        apposed = r" , (?:the |a )?(?:[a-z-]+ ){0,3}(?:capital|city|town|port|seat) of (?:the )?(?:[a-z-]+ |A\d+ ){0,2}" \
            r"(?:" + PLACE + r"|C\d+)(?: province| region| state| republic)?"
        named = re.search(r"(" + PLACE + r")(?:" + apposed + r")? , $", s[:start])
        # ("a day of talks in Hangzhou, the capital of ..., where": the place of the phrase the apposition follows)
        talks_there = re.search(r"(E\d+)" + apposed + r" , $", s[:start])
        where = [reader.view.item(named.group(1)).entity] if named else list(last.places) if last is not None else []
        if talks_there and reader.phrase(talks_there.group(1)).places:
            where = reader.phrase(talks_there.group(1)).places[:1]
        for candidate in touched:
            if not candidate.places:
                candidate.places = list(where)
    # "their first formal talks since the BRICS summit in Kazan last October": the two met there too
    for m in frames(r"(?:(?P<first>E\d+)|\b(?:their|the two 's|the pair 's) first (?:[a-z-]+ ){0,3}?(?:talks|meeting|"
                    r"encounter)) (?:[a-z-]+ ){0,3}?since (?:the )?(?P<ev>E\d+)"):
        gathering = reader.phrase(m.group("ev"))
        if gathering.kind not in ("Summit", "MinisterialMeeting", "Conference") or (m.group("first") and not re.match(
                r"(?:their|the two 's|the pair 's) first\b", reader.phrase(m.group("first")).name.lower())):
            continue
        pairs = [c for c in touched + list(reader.candidates.values()) + reader.extra
                 if c.family in ("meeting", "call") and len([p for p in c.participants if p.startswith("person/")]) == 2]
        if not pairs:
            continue
        container = reader.candidate_for(m.group("ev"))
        reader.settle(container, clause, m.start("ev"), gathering)
        earlier = reader.new_candidate("Meeting", clause, [p for p in pairs[-1].participants if p.startswith("person/")])
        earlier.sidelines, earlier.status, earlier.explicit_status = container, "held", True
        earlier.places, earlier.date = list(container.places), container.date
        touched.append(container)
    # "Putin hosted Xi for an informal dinner on Monday before formal talks at the Kremlin on Tuesday": the same
    # two held those talks too, on their own day
    for m in frames(r"\b(?:before|ahead of|followed by) (?:the |their )?(?P<ev>E\d+)"):
        phrase = reader.phrase(m.group("ev"))
        pair = [c for c in touched if c.family == "meeting" and c.kind == "Meeting"
                and len({p for p in c.participants if p.startswith("person/")}) == 2 and min(c.spans)[0] <= m.start()]
        dated = phrase.dates or re.match(r"(?: (?![EPG]\d)\S+){0,4}? (?:on |in )?D\d+", s[m.end():end])
        if phrase.kind not in PERSON_MEETINGS or phrase.people or not dated or not pair or taken(m.group("ev")) \
                or not re.match(r"(?:formal |official |full-scale |restricted |main )?(?:talks|negotiations)\b",
                                phrase.name.lower()):
            continue
        candidate = reader.candidate_for(m.group("ev"))
        candidate.add_people([p for p in pair[-1].participants if p.startswith("person/")])
        reader.settle(candidate, clause, m.start("ev"), phrase)
        candidate.places = candidate.places or list(pair[-1].places)
        touched.append(candidate)
    # "Russia's top diplomat spent Tuesday in the Chinese capital, holding talks with Wang Yi and being received by Xi
    # Jinping": a visit there that day, and the meetings told with it were there and then
    for m in frames(SUBJECT + r"spent (?P<d>D\d+) in (?:the )?(?:A\d+ )?(?P<dest>" + PLACE + r") ,"):
        visitors = [p for p in agents(m) if p.startswith("person/")]
        day = reader.reader.resolve_date(reader.view.item(m.group("d")).date, "held")
        if not visitors or day is None:
            continue
        visit = reader.new_visit(clause, visitors, m.group("dest"), m.start("dest"))
        visit.date = visit.date or day
        place = reader.view.item(m.group("dest")).entity
        received = re.search(r"\bbeing (?:received|hosted|welcomed) by (?P<b>" + ACTOR_NP + ")", s[m.end():end])
        if received:
            hosts = [p for p in reader.people(received.group("b")) if p.startswith("person/")]
            if hosts:
                meeting = reader.new_candidate("Meeting", clause, visitors + hosts)
                meeting.date, meeting.places = day, [place]
                touched.append(meeting)
        for meeting in touched:
            if meeting.family == "meeting" and set(visitors) & set(meeting.participants) and not meeting.places:
                meeting.places = [place]
                meeting.date = meeting.date or day
        touched.append(visit)
    # "The talks were held first in a restricted format and then with delegations. The Turkish delegation included
    # Foreign Minister A, Deputy Prime Minister B and the intelligence chief, C": they were at those talks
    for m in frames(r"^(?:the )?(?:A\d+ |C\d+ 's |P\d+ 's |his |her |their )?(?:visiting |official )?delegations? "
                    r"(?:also )?(?:included|includes|comprised|comprises|was made up of|consisted of|featured)\b"):
        listed = [p for w in re.findall(r"\b[PG]\d+\b", s[m.end():end]) for p in reader.people(w)]
        talks = [c for c in reader.reader.candidates if c.family == "meeting" and c.status == "held"
                 and reader.sentence.index - c.sentence <= 3 and c.sentence < reader.sentence.index]
        # (the talks told with who held them, not a bare "the talks were held first in a restricted format")
        talks = [c for c in talks if len([p for p in c.participants if p.startswith("person/")]) >= 2] or talks
        if listed and talks:
            talks[-1].add_people(listed)
            touched.append(talks[-1])
    # "Officials point to the G20 summit in Hamburg in July as the most likely setting for a first encounter between
    # the two presidents": a gathering ahead, and a meeting planned on its sidelines
    for m in frames(r"(?P<ev>E\d+) as (?:the |a |an )?(?:most |more )?(?:likely|possible|probable|expected|obvious|"
                    r"natural) (?:setting|venue|occasion|place|opportunity|stage) for (?P<ev2>E\d+)"):
        gathering, phrase = reader.candidate_for(m.group("ev")), reader.phrase(m.group("ev"))
        if phrase.kind not in GATHERINGS or reader.phrase(m.group("ev2")).kind not in PERSON_MEETINGS \
                or not (phrase.places or phrase.dates):
            continue  # (not a bare "the summit", told before with its plan)
        reader.settle(gathering, clause, m.start("ev"), phrase)
        gathering.status, gathering.explicit_status = "planned", True
        ahead = next((value for value in (reader.reader.resolve_date(d.date, "planned") for d in phrase.dates)
                      if value is not None), None)
        gathering.date = ahead or gathering.date
        meeting = reader.candidate_for(m.group("ev2"))
        reader.settle(meeting, clause, m.start("ev2"), reader.phrase(m.group("ev2")))
        meeting.status, meeting.explicit_status = "planned", True
        meeting.sidelines = gathering
        meeting.places = meeting.places or list(gathering.places)
        meeting.date = gathering.date
        touched += [gathering, meeting]
    return touched
