"""Noun phrases that name events: "a meeting of the SCO Council of Foreign Ministers in the
Chinese city of Tianjin on July 14-15", "an SCO summit set to be held in Tianjin between
August 30 and September 1", "the Beijing summit", "his participation in the ASEAN Foreign
Ministers' Meeting", "the upcoming visit of President Vladimir Putin".

A phrase carries what it says itself: the kind of event, the organization, places, dates,
people named in it ("Putin's visit", "the visit of Putin") and words of plan ("upcoming",
"set to be held"). Which people take part and whether it happened is decided by the clause
around it (kg.events).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.lexicon import Item
from kg.reference import load_reference, role_words
from kg.view import SentenceView

ORDINALS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
            "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
            r"twenty-\w+|\d+(?:st|nd|rd|th)")
VERB_CONTEXT = {"will", "would", "to", "shall", "can", "could", "may", "might", "must", "should", "not", "n't",
                "also", "did", "does", "do", "'ll", "they", "we", "i", "you", "and"}
PLAN_WORDS = ("upcoming", "forthcoming", "coming", "next", "planned", "proposed", "scheduled", "expected")
# words of the offices in the dictionary, less those that are also plain English glue
_OFFICE_WORDS = sorted(role_words() - {"the", "of", "for", "to", "and", "first", "house", "white", "words"},
                       key=lambda w: (-len(w), w))
TITLE_WORDS = (r"(?:(?:and(?= (?:foreign|deputy|prime|defence|defense|external|public|finance|interior|trade) )|presidents?|ministers?|"
               r"communist|party|general|state|of(?= state )|of(?= the state council )|the(?= state council )|top|diplomat|"
               # ("Minister of Foreign Affairs of the Russian Federation Sergey Lavrov")
               r"of(?= (?:foreign|external) affairs )|for(?= (?:foreign|external) affairs )|"
               r"of(?= (?:the )?(?:army|general|naval|air) staff )|the(?= (?:army|general) staff )|"  # ("Chief of Army Staff")
               r"leader|coup|junta|sheikh|senior|high-ranking|official|"  # ("senior North Korean official Kim Yong Chol")
               r"gen|lt|col|maj|brig|adm|colonel|brigadier|admiral|lieutenant|"  # ranks: "defence minister col gen P"
               + "|".join(re.escape(w) for w in _OFFICE_WORDS) + r"|\"|') )")
WHOSE = r"(?:(?:L|C|O)\d+ (?:'s )?|(?:A|C)\d+ )?" + TITLE_WORDS + r"{0,4}"
PREMOD = (r"(?:(?:upcoming|forthcoming|coming|expected|next|last|most|recent|previous|latest|annual|regular|extraordinary|"
          r"informal|formal|expanded|enlarged|outreach|plenary|opening|closing|full-scale|year-end|end-of-year|high-level|bilateral|trilateral|multilateral|official|"
          r"state|working|brief|long|lengthy|hour-long|historic|landmark|virtual|online|video|telephone|phone|joint|planned|proposed|scheduled|separate|parallel|"
          r"emergency|special|anniversary|jubilee|commemorative|inaugural|maiden|key|major|important|first-ever|in-person|face-to-face|such|same|strategic|"
          # the subject in a forum's name: "the Munich Security Conference", "the Eastern Economic Forum"
          r"security|economic|investment|business|peace|energy|climate|development|international|eastern|import|"
          # recurring forums known by name: "the Belt and Road Forum", "the Shangri-La Dialogue"
          r"belt and road|shangri-la|raisina|valdai|boao|"
          r"[a-z]+-day|\d+-day|(?:two|three|four|five|six)-way|" + ORDINALS + r"|A\d+|C\d+|X\d+|O\d+(?: -)? related|"
          # two organizations' gatherings told at once: "the BRICS and SCO summits"
          r"O\d+ (?:and|&)(?= O\d+ )|O\d+|L\d+|D\d+|(?:L|C|A)\d+ - (?:L|C|A)\d+|O\d+ \( O\d+ \)|"
          # a format's name in quotes: "the third "China+Central Asia" (C+C5) foreign ministers' meeting"
          r"\" (?:(?!\")\S+ ){1,6}\"(?: \( (?:(?!\))\S+ ){1,4}\))?|"
          # ("the SCO heads of government meeting", "a heads of state council")
          r"foreign ministers '|leaders '|heads of state '|ministers '|heads of (?:state|government)(?: '|(?= (?:meeting|"
          r"summit|session|council|conference)s?\b))) )")
# the common nouns a text uses for the organization it is about: "a meeting of the union's leaders"
BODY_NOUN = r"(?:bloc|group|grouping|organi[sz]ation|alliance|union)"
DET = (r"(?:(?:a|an|the|this|that|these|those|its|their|his|her|our|another|(?:P|G|C|O|A)\d+(?: 's| ')?|D\d+ 's|that year 's|"
       r"(?:that|this|the) body 's) )")  # ("will host that body's annual meeting": of the body just named)
MINISTERS = (r"(?:foreign|defen[cs]e|trade|finance|economy|economic|energy|transport|agriculture|interior|"
             r"justice|culture|education|health|emergency|emergencies)")
MINISTERIAL = (r"(?:council of (?:the )?(?:(?:O\d+|bloc|group|organi[sz]ation) 's )?(?:foreign ministers|ministers of foreign affairs)"
               r"(?: \( cfm \))?"
               r"|foreign ministers ' (?:council|meeting|session|conference)|foreign ministers (?:council|meeting)"
               r"|" + MINISTERS + r" ministers ' (?:meeting|council|session|conference)"
               r"|ministerial(?: meeting| conference| session| council)?|cfm|fmm)")
SUMMIT = (r"(?:council of (?:the )?heads of (?:state|government)|heads of (?:state|government) council"
          # the leaders' councils known by a name of their own: "the CSTO Collective Security Council", "the Supreme
          # Eurasian Economic Council", "the Supreme State Council of the Union State"
          r"|collective security council|supreme eurasian economic council|supreme state council"
          r"|leaders ' summit|summits?)")
# the organization whose leaders' council a name is, when the phrase names no organization of its own
COUNCIL_OF = {"supreme eurasian economic council": "organization/eurasian-economic-union",
              "collective security council": "organization/collective-security-treaty-organization",
              "supreme state council": "organization/union-state"}
GENERIC = (r"(?:meetings?|encounters?|sessions?|talks|negotiations|consultations|events|gatherings?|conferences?|forums?|conclaves?"
           r"|expos?|exposition|trade fairs?"  # "the first China International Import Expo"
           r"|dialogue"
           r"|(?:working |informal |private |official |state )?(?:dinner|lunch|luncheon|breakfast|banquet)"  # "a working lunch with Zhang Ming"
           # ("Putin and Xi held a videoconference on Friday"; not the way a meeting was "held by videoconference")
           r"|(?<!by )(?<!via )(?<!through )(?<!over )(?:video-?conferences?|videocalls?)"
           # ("had an informal conversation over tea": a meeting; a bare "conversation" may be a call or an interview)
           r"|(?<=informal )conversation|(?<=private )conversation|(?<=one-on-one )conversation|(?<=face-to-face )conversation"
           r"|(?<=brief )conversation|(?<=short )conversation"  # ("had a brief conversation on the margins of the G20")
           r"|congress|(?:phone|telephone|video) (?:call|conversation|talks|conference)|calls?|visits?|trips?|journeys?|tour"
           r"|celebrations?|parade|ceremony|ceremonies|commemorations?|festivities|inauguration|swearing-in)")
HEAD = "(?:" + MINISTERIAL + "|" + SUMMIT + "|" + GENERIC + ")"
# ("the Council of Heads of Government (Prime Ministers) of the Member States of the SCO": a gloss in brackets)
BODY_AFTER = r"(?: (?:meeting|session|summit|council|conference))?(?: \( (?:[a-z]+ ){1,2}\))?"
OF_PART = (r"(?: of (?:the )?(?:(?:O\d+ (?:\( O\d+ \) )?)?(?:" + MINISTERIAL + "|" + SUMMIT + "|" + MINISTERS
           # ("the Fifth Meeting of Ministers of Foreign Affairs of the CICA")
           # ("a meeting of SCO heads of government"; not "of the heads of government of Russia and China": two premiers)
           + r" ministers|heads of state|heads of government(?! of (?:the )?(?:C|A)\d)|leaders|ministers of (?:foreign|external) affairs|"
           r"ministers)"
           # ("the meeting of the Council of Foreign Ministers of the SCO member states")
           r"(?: of (?:the )?O\d+(?: \( O\d+ \))?(?: member states| member countries| member nations)?)?"
           # ("the 13th meeting of the SCO's security council secretaries")
           r"|O\d+ 's (?:[a-z]+ ){0,3}(?:secretaries|advisers|advisors|chiefs|ministers|heads of (?:state|government))"
           # ("a meeting of the secretaries of security councils of the SCO member states", "a virtual meeting of his
           # SCO counterparts")
           r"|(?:secretaries of (?:the )?security councils|security council secretaries|national security advis[eo]rs) "
           r"of (?:the )?O\d+(?: \( O\d+ \))?(?: member states| member countries| states| countries)?"
           # ("the 17th meeting of the secretaries of the security councils of the member states of the SCO")
           r"|(?:the )?secretaries of the security councils of (?:the )?(?:member states|member countries|countries|states) of "
           r"(?:the )?O\d+(?: \( O\d+ \))?"
           r"|(?:his|her|their|P\d+) O\d+(?: \( O\d+ \))? counterparts"
           # ("a gathering of Asian leaders in Shanghai": the leaders of a region, told with the phrase's place after)
           r"|(?:A\d+|world|regional|asian|african|european|arab|gulf|nordic|baltic|caribbean|pacific|central asian) "
           r"(?:leaders|heads of state|heads of government|heads of state and government|foreign ministers)"
           r"|O\d+(?: \( O\d+ \))?(?: and (?:the )?O\d+(?: \( O\d+ \))?)?"  # ("summits of BRICS and the SCO")
           # ("the Council of Heads of Government of the Member States of the SCO": the organization's council)
           r"|(?:member states|member countries|member nations) of (?:the )?O\d+(?: \( O\d+ \))?"
           r"|" + BODY_NOUN + r" 's (?:[a-z]+ (?:and )?){0,3}(?:ministers|leaders|heads of (?:state|government))"
           r"(?: and (?:[a-z]+ ){0,3}secretaries)?"
           r"|" + WHOSE + r"(?:P\d+|G\d+)(?: own(?= (?:to|in) ))?))")  # ("a trip of his own to Moscow")
TAIL_ONE = (r"(?:(?: ,)?(?: (?:set|scheduled|due|expected|slated|planned) to (?:be held|take place)| to be held"
            r"| (?:scheduled|set|planned) for| held| that took place| which took place)?"
            r"(?: (?:in|at) (?:the )?(?:(?:[a-z-]+ |A\d+ |L\d+ ){0,4}(?:city|capital|town|port|resort|state|province|island) of "
            r"|A\d+ )?"
            # ("in the Tatarstan capital Kazan": the city, named after the region it is the capital of)
            r"(?:(?:L\d+|C\d+) (?:capital|city) (?=L\d+))?(?:L\d+|C\d+)(?: \[ in C\d+ \])?"
            # ("the Dushanbe summit of September 2021")
            # ("the visit of Putin to Ulaanbaatar in early September 2014")
            r"| here in L\d+| (?:on|between|from|in|during|for|this|next|last|early|late|later|earlier) D\d+| D\d+"
            r"| in (?:early|late|mid) D\d+"
            r"| of D\d+(?! 's)"
            # ("talks in the Kremlin with Putin": the talks with him, at the seat of government)
            r"| (?:in|at) (?:the )?O\d+(?= with )"
            # ("the BRICS summit it hosted in the coastal city of Xiamen earlier this month": there, then)
            r"| (?:that )?(?:it|C\d+) (?:hosted|held|staged|convened)(?= (?:in|at) )"
            # ("call off the summit planned for St. Petersburg in July 2020")
            r"| (?:originally |initially )?(?:scheduled|set|planned) for L\d+))")
# "visit to China", "visit of Putin", "trip to Pyongyang": where a visit goes, and whose it is
VISIT_TAIL = r"(?: (?:to|in) (?:the )?(?:A\d+ )?(?P<dest>(?:C|L)\d+)\b(?! (?:resort|city|capital|town|port|region) of)(?! (?:capital|city) L\d+)(?: and (?P<dest2>L\d+)\b)?(?: of (?:the (?:then )?)?" + WHOSE + r"(?:of (?:the )?C\d+ )?(?:, )?(?P<visitor2>P\d+))?| (?:of|by) " + WHOSE + r"(?P<visitor>P\d+|G\d+))"

PHRASE = re.compile(
    r"(?<![\w'])(?P<det>" + DET + r")?(?P<pre>" + PREMOD + r"*)(?P<head>" + HEAD + r")(?P<body>" + BODY_AFTER + r")"
    r"(?P<of>" + OF_PART + r")?(?P<visit>" + VISIT_TAIL + r"{0,2})(?P<tail>" + TAIL_ONE + r"{0,3})(?![\w'])")


def counted_from(item: Item) -> bool:
    """A date a phrase counts from, "since May", rather than one it happened on."""
    return item.text.casefold().startswith("since ")


def destination_of(view: SentenceView, dest: str | None, also: str | None) -> str | None:
    """Where a visit went: "a state visit to Moscow and St Petersburg" went to Russia (two cities of one state)."""
    if not dest:
        return None
    first = view.item(dest).entity
    if also and first:
        a, b = view.lookup(first), view.lookup(view.item(also).entity or "")
        if a is not None and b is not None and a.country and a.country == b.country:
            return a.country
    return first


def seat_capital(view: SentenceView, word: str) -> list[str]:
    """The capital of the state whose seat of government a body is ("the Kremlin", "the White House"); not a
    ministry ("the Foreign Office" is several states')."""
    ref = load_reference()
    body = view.lookup(view.item(word).entity or "")
    if body is None or not (body.country or "").startswith("country/") or body.key in ref.parents \
            or "ministry" in body.label.lower() or body.label == "Foreign Office" or body.country not in ref.capital_of:
        return []
    return [ref.capital_of[body.country]]


@dataclass
class EventPhrase:
    """An event named by a noun phrase, and what the phrase itself says about it."""

    kind: str  # an EventKind, or "OrgMeeting" (a meeting of an organization, kind by who attends)
    items: list[Item]
    organizer: str | None = None
    places: list[str] = field(default_factory=list)
    dates: list[Item] = field(default_factory=list)
    since: list[Item] = field(default_factory=list)  # "talks since May": the time counted from (a "when" after it is then)
    people: list[str] = field(default_factory=list)  # named in the phrase: "Putin's visit", "visit of Putin"
    destination: str | None = None
    definite: bool = False
    plural: bool = False
    planned: bool = False
    held: bool = False  # "a summit held entirely by video link", "talks that took place on Monday"
    here: bool = False  # "here in Astana": where the speaker is
    name: str = ""
    parties: list[str] = field(default_factory=list)  # "the India-Russia annual summit": the two states that hold it
    # "the BRICS and SCO summits", "summits of BRICS and the SCO": one phrase, a gathering of each
    also_organizers: list[str] = field(default_factory=list)
    between_two: bool = False  # "the annual summit between the two countries": of two states said before

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


def entities_in(view: SentenceView, match: re.Match, group: str, prefix: str) -> list[str]:
    found = []
    for index in view.indices(match, group):
        word = view.words[index]
        if re.fullmatch(prefix + r"\d+", word):
            item = view.items[index]
            found += item.group or ([item.entity] if item.entity else [])
    return found


def ahead_of_its_time(view: SentenceView, det: str) -> bool:
    """A determiner that is a date to come: "next week's", "tomorrow's"."""
    said = re.fullmatch(r"(D\d+) 's", det)
    date = view.item(said.group(1)).date if said else None
    return date is not None and bool(re.match(r"(?:next|coming|tomorrow|later this)\b", date.text.lower()))


def phrase_kind(match: re.Match, view: SentenceView, organizer: str | None, after: str) -> str:
    head = match.group("head")
    text = " ".join([match.group("pre") or "", head, match.group("body") or "", match.group("of") or ""])
    if re.search(MINISTERIAL, text) or re.search(r"\bforeign ministers\b|'s (?:[a-z]+ (?:and )?){0,3}ministers\b|"
                                                 r"\bministers of (?:foreign|external) affairs\b", text) \
            or re.search(r"\b(?:security council secretaries|security secretaries|national security advisers|"
                         r"national security advisors|secretaries of (?:the )?security councils)\b", text):  # (ministers in all but name: "the SCO's security council
        return "MinisterialMeeting"  # secretaries", "the BRICS national security advisers")
    if re.search(r"heads of (state|government)|collective security council|supreme (?:eurasian economic|state) council|leaders '\s+(?:summit|meeting|gathering)|\bof (?:the )?(?:\S+ 's )?leaders$",
                 text.strip()):  # ("a meeting of the union's leaders")
        return "Summit"
    if re.search(r"\bsummits?\b", text):
        return "Summit"  # without an organization it may yet be two leaders' talks (kg.article_events)
    if re.search(r"\b(visits?|trips?|journeys?|tour)\b", head):
        return "StateVisit" if re.search(r"\bstate\b", match.group("pre") or "") else "Visit"
    if re.search(r"\b(?:virtual|online)\b", match.group("pre") or "") and re.fullmatch(r"talks|conversation", head):
        return "PhoneCall"  # "virtual talks" of two are a call by video link
    if re.search(r"\bvideo\b", match.group("pre") or "") and re.search(r"conference|link|summit", head):
        return "PhoneCall"  # "a video conference" of two leaders is a call by video link
    if re.search(r"\b(phone|telephone|video|calls?|video-?conferences?|videocalls?)\b", head) or (
            re.search(r"\b(phone|telephone|video)\b", match.group("pre") or "") and re.search(r"call|conversation|talks", head)):
        return "PhoneCall"
    if re.search(r"\b(celebrations?|parade|ceremon|commemorations?|festivities)", head):
        return "Ceremony"
    if re.search(r"\b(inauguration|swearing-in)\b", head):
        return "Inauguration"
    if head == "events" and re.match(r"\s*(?:,\s*)?(?:marking|commemorating|celebrating|to mark|dedicated to)\b", after):
        return "Ceremony"
    if re.search(r"\b(conferences?|forums?|congress|expos?|exposition|fairs?)\b", head) or (
            head == "dialogue" and re.search(r"\b(?:raisina|shangri-la)\b", match.group("pre") or "")):
        return "Conference"  # ("the Raisina Dialogue", "the Shangri-La Dialogue": conferences by name)
    if organizer or re.fullmatch(r"sessions?|gatherings?", head):
        return "OrgMeeting"  # a session or a gathering is of many, its kind told by who attends
    return "Meeting"


def find_event_phrases(view: SentenceView) -> list[tuple[int, int, EventPhrase]]:
    """Event phrases as (first item index, last item index + 1, phrase), in text order."""
    found = []
    body: tuple[str, str | None] | None = None  # (kind, organizer) of the gathering body last named
    for match in PHRASE.finditer(view.string):
        indices = view.indices(match)
        if not indices:
            continue
        if match.group("head") == "dialogue" and re.match(r"[- ]partners?\b", view.string[match.end():]):
            continue  # "became its first dialogue partners": a status, no event
        if match.group("head") == "dialogue" and not (
                re.search(r"\b(?:trilateral|bilateral|strategic|three-way|ministerial|security|annual|raisina|shangri-la|"
                          r"(?:C|A|L)\d+ - (?:C|A|L)\d+|"
                          + ORDINALS + r")\b", match.group("pre") or "")
                or re.search(r"\bround of (?:the |their |its )?$", view.string[:match.start()])):
            continue  # "open to dialogue", "keep up close dialogue": no event; "the fifth round of their trilateral dialogue" is
        if match.group("head") in ("consultations", "talks", "meetings", "contacts", "exchanges", "visits") and re.search(
                r"\b(?:plan|programme|program|schedule|mechanism|framework|roadmap) (?:of|for)\s*$", view.string[:match.start()]):
            continue  # "signed a plan of consultations between their foreign ministries": no meeting told
        items = [view.items[i] for i in indices]
        organizers = entities_in(view, match, "pre", "O") + entities_in(view, match, "of", "O") \
            + entities_in(view, match, "head", "O") \
            + [key for key in entities_in(view, match, "det", "O") if key.startswith("organization/")
               and re.search(r"'s? $", match.group("det"))]
        # ("a council of the SCO's foreign ministers"; "the SCO's next summit")
        coordinated = [key for group in ("pre", "of") if re.search(r"O\d+ (?:and|&) (?:the )?O\d+", match.group(group) or "")
                       for key in entities_in(view, match, group, "O")]
        also = list(dict.fromkeys(key for key in coordinated[1:] if key != coordinated[0]))
        organizer = organizers[0] if organizers else next(
            (key for name, key in COUNCIL_OF.items() if name in match.group("head") + " " + (match.group("of") or "")), None)
        after = view.string[match.end():]
        kind = phrase_kind(match, view, organizer, after)
        head = match.group("head")
        det = (match.group("det") or "").strip()
        if det.endswith("body 's") and body and kind in ("Meeting", "OrgMeeting"):
            kind, organizer = body[0], organizer or body[1]  # "the SCO's council of heads of government ... that body's meeting"
        if kind in ("Summit", "MinisterialMeeting", "OrgMeeting"):
            body = (kind, organizer)
        pre = match.group("pre") or ""
        tail = match.group("tail") or ""
        compound = re.search(r"(?:L|C|A)\d+ (?:- )?(?:L|C|A)\d+", pre)  # "the Russia-Africa summit": who, not where
        parties = [view.item(w).entity for w in re.findall(r"[CA]\d+", compound.group(0))] if compound else []
        parties = parties if len(parties) == 2 and all(p and p.startswith("country/") for p in parties) \
            and parties[0] != parties[1] else []
        # (not a place in a format's quoted name: "the "China+Central Asia" meeting" in Nur-Sultan)
        places = ([] if compound or '"' in pre else entities_in(view, match, "pre", "L")) + entities_in(view, match, "tail", "L") \
            + entities_in(view, match, "tail", "C")
        capital_of = re.search(r"\b(L\d+) (?:capital|city) L\d+", tail)
        if capital_of:  # "in the Tatarstan capital Kazan": the city, not the region too
            places = [p for p in places if p != view.item(capital_of.group(1)).entity]
        seat = re.search(r" (?:in|at) (?:the )?(O\d+)$", tail)
        if seat and not places:  # "talks in the Kremlin with Putin": in the capital whose seat of government it is
            places = seat_capital(view, seat.group(1))
        venue = re.match(r" at (?:the )?(?:[a-z][a-z-]* ){1,4}in (L\d+)\b", after)
        if venue and not places and (match.group("det") or "").strip() in ("the", "their", "this") and kind in ("Meeting", "BilateralMeeting") and head in ("talks", "meeting", "encounter"):
            places = [view.item(venue.group(1)).entity]  # "the talks at Joint Base Elmendorf-Richardson in Anchorage"
        dest = match.group("dest")
        if dest and not places and kind not in ("Visit", "StateVisit") and view.item(dest).entity:
            places = [view.item(dest).entity]  # "a council of the SCO's foreign ministers in Goa": where it met
        visitor = match.group("visitor") or match.group("visitor2")  # ("the visit to Russia of President Xi")
        if visitor and kind not in ("Visit", "StateVisit") and re.search(r"\baccompanied(?: \S+){0,3}$",
                                                                           view.string[:match.start()].rstrip()):
            visitor = None  # "Fidan was accompanied at the talks by his deputy": by whom he was accompanied
        people = entities_in(view, match, "det", "P") + entities_in(view, match, "det", "G")
        if visitor:
            item = view.item(visitor)
            people += item.group or [item.entity]
        of_people = entities_in(view, match, "of", "P") + entities_in(view, match, "of", "G")
        # the phrase's own dates: not the day an announcement was made ("Peskov, who announced the video summit on
        # Tuesday"), nor the time it is counted from ("their first talks since May" were not in May: kept apart)
        said = [(group, view.items[i]) for group in ("tail", "pre", "det") for i in view.indices(match, group)
                if view.words[i].startswith("D")]
        announced = bool(re.search(r"\b(?:announced|confirmed|disclosed|revealed|unveiled)\s*$", view.string[:match.start()]))
        phrase = EventPhrase(
            kind=kind,
            items=items,
            organizer=organizer,
            places=places,
            dates=[d for group, d in said if not counted_from(d) and not (group == "tail" and announced)],
            since=[d for _, d in said if counted_from(d)],
            people=people + of_people,
            destination=destination_of(view, dest, match.group("dest2")),
            definite=det in ("the", "this", "that", "these", "those", "its", "their", "his", "her") or bool(people)
            or bool(re.fullmatch(r"D\d+ 's", det))  # "Tuesday's virtual meeting": that one
            or "such" in pre.split(),  # "met in Almaty, the first such session without Armenia": the one just told
            plural=head.endswith("s") and head not in ("talks", "negotiations", "consultations", "festivities",
                                                       "celebrations", "commemorations", "events") and not organizer,
            held=bool(re.match(r"(?: ,)? (?:held|that took place|which took place)\b", tail or after)),
            planned=any(w in pre.split() for w in PLAN_WORDS) or bool(
                re.search(r"\b(set|scheduled|due|expected|slated|planned) (to|for)\b|\bto be held\b", tail))
            or ahead_of_its_time(view, det),  # "next week's NATO summit"
            here=" here in " in f" {tail} ",
            parties=parties,
            also_organizers=also if kind in ("Summit", "MinisterialMeeting", "OrgMeeting") else [],
            between_two=bool(re.match(r" between (?:the )?(?:two|both) (?:countries|nations|states|sides)\b", after)),
            name=re.sub(r"\s+", " ", " ".join(x.text for x in items)),
        )
        before = view.string[:match.start()].split()
        if not det and not pre.strip() and before and (before[-1] in VERB_CONTEXT or re.fullmatch(r"(?:P|G)\d+", before[-1])):
            continue  # "will visit", "to call", "Putin visits": a verb, which the clause frames read
        if re.search(r"\b(?:news|press|media)$", view.string[:match.start()].rstrip()) and re.match(
                r"(?:conferences?|briefings?)$", head):
            continue  # "his regular news conference": a briefing, not a diplomatic event
        if head in ("calls", "visits", "meets", "hosts") and not det and before and before[-1] in ("what", "which", "that") \
                and re.fullmatch(r"(?:(?:L|C|O|P)\d+ )+", pre):
            continue  # "what Moscow calls the root causes": a verb after its subject
        if re.fullmatch(r"sessions?|rounds?", head) and re.search(r"\b(?:(?:that|which) (?:also )?includ(?:ed|es)|including)$",
                                                          view.string[:match.start()].rstrip()):
            continue  # "talks in the Kremlin that included a session with full delegations": a part of them
        if re.fullmatch(r"council\b.*|.*\bcouncil", head) and re.search(
                r"\b(?:presides over|presided over|presidency of|chairmanship of)$", view.string[:match.start()].rstrip()):
            continue  # "Russia, which presides over the SCO's council of heads of government": the body, not a meeting
            # (but "Putin chaired the SCO Council of Heads of State by video link": its meeting)
        if re.fullmatch(r"forums?|conference|organi[sz]ation", head) and re.search(
                r"\b(?:chairs|chaired|chair|chairing|chairmanship of|presidency of|presides over|joined|join|members? of|"
                r"belongs to)$", view.string[:match.start()].rstrip()):
            continue  # "Tajikistan chairs the forum for 2018-2020", "presides over the SCO's council of heads of
            # government": the organization or its body, not a gathering
        if re.search(r"\b(?:dinner|lunch|luncheon|breakfast)$", head) and not det:
            continue  # "talks over dinner": how the talks went, not a meeting of its own
        if head == "tour" and not dest:
            continue  # "his Asia tour", "a tour of Asian countries": a journey, not one visit
        # "held separate meetings with Lavrov and Qin", "held bilateral meetings with Jaishankar and Bhutto Zardari": one with each
        separate = "separate" in pre.split() or (
            "bilateral" in pre.split() and head == "meetings" and bool(re.match(r" with\b", after)))
        if head in ("events", "meetings", "sessions", "visits", "calls", "gatherings", "summits", "conferences",
                    "forums", "trips") and not (
                organizer or phrase.definite or places or phrase.dates or phrase.people or separate):
            continue  # "frequent meetings", "a number of bilateral meetings": no particular event
        if phrase.plural and not (places or phrase.dates or (organizer and phrase.definite) or separate):
            continue  # "its meetings", "high-level ASEAN meetings": many, none in particular
        found.append((indices.start, indices.stop, phrase))
    return sorted(found + series_named_summit(view, found), key=lambda f: f[0])


def series_named_summit(view: SentenceView, found: list[tuple[int, int, EventPhrase]]) -> list[tuple[int, int, EventPhrase]]:
    """A body named for its summits ("the East Asia Summit") is a summit where the words say one meeting of it:
    "for the tenth East Asia Summit", "The very first East Asia Summit was held here on December 14, 2005"."""
    more = []
    for match in re.finditer(r"\b(?:the|this year 's|next year 's|last year 's) (?:(?:very|inaugural|next|last|previous|"
                             + ORDINALS + r") )*(?P<o>O\d+)(?P<tail>(?: (?:in|at) (?:the )?(?:A\d+ )?L\d+)?(?: (?:on|in) D\d+)?)",
                             view.string):
        item = view.item(match.group("o"))
        entity = view.lookup(item.entity) if item.entity else None
        if entity is None or not entity.label.endswith(" Summit") or any(a <= view.index_at(match.start("o")) < b
                                                                          for a, b, _ in found):
            continue
        ordinal = re.search(r"\b(?:very|inaugural|next|last|previous|" + ORDINALS + r")\b", match.group(0))
        after = view.string[match.end():]
        if not ordinal and not re.match(r" (?:was|is|will be|had been) held\b| opened\b", after) \
                and not re.search(r"\bL\d+", match.group("tail")):
            continue  # "joined the East Asia Summit in 2011": the body
        indices = view.indices(match)
        items = [view.items[i] for i in indices if i >= view.index_at(match.start("o"))]
        tail_items = [view.items[i] for i in view.indices(match, "tail")] if match.group("tail") else []
        more.append((indices.start, indices.stop, EventPhrase(
            kind="Summit", items=items, organizer=item.entity,
            places=[i.entity for i in tail_items if i.entity and i.entity.startswith("place/")],
            dates=[i for i in tail_items if i.date is not None], definite=True,
            planned=bool(re.search(r"\bnext\b", match.group(0))), name=" ".join(x.text for x in items))))
    return more
