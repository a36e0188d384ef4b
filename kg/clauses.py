"""Clauses of a sentence, and what their words say about time and reality.

A sentence is cut where a new statement begins (";", ", and", ", where", "and after that",
a reporting verb's "that"), so that the people, places and dates of one statement are not
read into another. Reporting frames ("according to Zakharova", "Ushakov announced that",
", the Foreign Ministry in Moscow has said") are clauses of their own: whoever reports a
meeting is not one of its participants.

Modality is read from the words before an event: "will", "is expected to", "agreed to
hold", "to attend" make it planned; "called off", "postponed" cancelled; otherwise it is
held. Words inside the event phrase ("upcoming", "set to be held") are read with the phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.view import SentenceView

REPORTING_VERBS = (r"(?:said|says|say|announced|announces|noted|notes|stated|states|added|adds|"
                   r"told (?:reporters|journalists|the press|the media|media|a briefing|a news conference|"
                   r"a press conference|state media|state television|(?:O|P)\d+)|"
                   r"reported|reports|stressed|stresses|emphasized|emphasised|underscored|confirmed|confirms|"
                   r"suggested|suggests|wrote|explained|declared|claimed|claims|recalled|recalls|pointed out|"
                   r"believes|believe|warned|insisted|revealed|disclosed|informed|clarified|specified|"
                   r"highlighted|affirmed|reaffirmed|quoted|cited|acknowledged|acknowledges|admitted|admits|conceded|"
                   r"concedes|argued|argues|replied|replies|responded|responds|observed|remarked|commented|"
                   r"assured|asserted|maintained|maintains|countered|reiterated|reiterates)")
ACTOR = r"(?:P|G|C|O|L)\d+"
# Cut before these (the cut word starts the next clause).
CUT_BEFORE = re.compile(
    r"(?:^| )(?=; )"
    r"|(?<= ), (?=(?:and(?! (?:C|O|L|P|G|A)\d+ (?:\.|,|;|\)|$))|but|while|whereas|where|when|which|who|although|though|marking|describing|confirming|"
    r"becoming|both|after|before|as(?! well as\b)(?! (?:the )?(?:O|C)\d+ , )|including|adding|saying|noting|stressing|calling|urging)\b)"
    r"| (?=and (?:after that|then(?!-)|later|afterwards|subsequently|on D\d+|in D\d+|D\d+)\b)"  # (not "and then-President X")
    # ("Moon met Xi in Beijing and invited him to visit Seoul next year": the invitation is a statement of its own)
    r"| (?=and (?:invited|invites|urged|urges|asked|asks) (?:him|her|them|P\d+|G\d+) to\b)"
    # "riding to the hotel where their talks were to be held": a statement of its own
    r"|(?<=[a-z]) (?=where (?:the|their|his|her|its|P\d+|G\d+|E\d+)\b)"
    r"| (?=, (?:\" )?(?:(?:the )?" + ACTOR + r"(?: [a-z']+){0,2}|the [a-z]+ (?:ministry|side)(?: in L\d+)?) (?:has |have |had )?"
    + REPORTING_VERBS + r"\b)"
    r"| (?=, according to\b)| (?=, as reported by\b)")
# Cut after these (a reporting frame ends here).
CUT_AFTER = re.compile(
    # (not "was admitted that day": a time, not what was said)
    r"\b" + REPORTING_VERBS + r"(?: [a-z]+| D\d+| (?:O|L|C)\d+){0,4}? that "
    r"(?!(?:day|week|month|year|morning|afternoon|evening|night|time|summer|autumn|spring|winter)\b)(?=\S)"
    r"|(?:^|(?<=, ))(?:(?:earlier|meanwhile|also) ,? )?(?:according to|as reported by) [^,]+ , (?=\S)")

CANCELLED = re.compile(r"\b(?:called off|cancel(?:l)?ed|cancels|postponed|postpones|scrapped|shelved|put off|pushed back|"
                       r"(?:was|were|has been|have been|had been) (?:not held|delayed|skipped)|did not take place|"
                       r"(?:will|would) not (?:take place|be held)|won't take place|never took place|"
                       # "He was to have met Qin Gang": a plan that did not come about
                       r"(?:was|were) to have (?:met|held|visited|attended|hosted|received|been held|taken place|gone|"
                       r"travell?ed|flown|spoken|talked)|"
                       # "was due in Antalya for talks with Kuleba, but pulled out"
                       r"but (?:then |later )?(?:pulled out|backed out|withdrew|dropped out|called it off)|"
                       # "the pandemic forced it to call off the summit", "decided to postpone the visit": done
                       r"(?:forced (?:[A-Za-z]+ |[CLOPG]\d+ )?|decided |had |chose |opted |(?:was|were) obliged |(?:was|were) "
                       r"forced )to (?:call off|cancel|postpone|scrap|shelve|put off)|"
                       r"(?:was|were|is|are) no longer (?:needed|necessary|planned|on the table|on the cards)|"
                       # "told reporters that there would be no formal meeting with Putin": ruled out
                       r"there (?:will|would) be no(?! (?:doubt|need|change|agreement|deal|decision)\b))\b")
PLANNED = re.compile(r"\b(?:will|'ll|shall|would|(?:is|are|was|were|am) (?:(?:also|still|now|both|all) )?(?:expected|set|scheduled|due|slated|"
                     r"poised|going|planning|preparing|likely|supposed|to) |(?:is|are|was|were) planned\b|(?:(?:P|G|C|O)\d+|he|she|they|it) (?:also )?plans? to|"
                     r"planned to|planning to|intends? to|should (?:meet|hold|visit)|"
                     # "as the Kremlin prepares to host BRICS leaders in Kazan in October": the hosting is ahead
                     r"(?:prepares|prepare|gears up|gear up|readies|ready) to (?:host|hold|receive|welcome|attend|visit|meet)|"
                     # "Tajikistan holds the chairmanship this year and hosts the leaders' summit in Dushanbe in September"
                     r"(?<=[a-z0-9] )hosts(?= ?$| (?:the |a |an |its |their |this year 's |next year 's )?(?:[a-z'-]+ ){0,3}(?:E\d+|$))|(?<!helped )(?<!had )(?:clears?|paves?) "
                     r"the way for|(?:is|are|was|were) being (?:arranged|planned|"
                     r"prepared|organi[sz]ed|discussed)|"
                     r"agreed to (?:hold|meet|visit|continue)|agree to (?:hold|meet|continue)|"
                     # ("called for a truce in Gaza at a video summit on Tuesday": the truce is asked for, not the summit)
                     r"(?:hoped|hopes|hoping|hope|asked|asks|pressed|pushed|called) for(?= (?:(?![a-z]+ (?:at|in|during|on)\b)"
                     r"\S+ ){0,4}$)|(?:in order )?to (?:attend|take part|"
                     r"participate|visit|meet|hold)|look(?:s|ed|ing)? forward to|upcoming|forthcoming|"
                     # "From Moscow he flies on to Vienna for talks": the trip's next leg, as its program has it
                     r"(?:flies|travels|heads|goes|moves|continues|flying|travell?ing|heading|going|moving) on to|"
                     # "Erdogan arrives in Astana on Wednesday for the summit": the timetable's present
                     r"(?:arrives|travels|flies|heads) (?:in|to)(?! [^.;]*\b(?:today|tonight|this morning)\b)|"
                     # (not what was discussed in the event: "discussed preparations for upcoming contacts during a
                     # telephone conversation")
                     r"(?:preparations? for|prepar(?:e|es|ing) for)(?![^;]*\b(?:during|in the course of|over|via|by|in) "
                     r"(?:a |an |the |their |his |her )?$)|in preparing|(?:the )?groundwork for|(?:the )?run-up to|ahead of(?= (?:the |a |its |their )?$|$)|invited [^ ]+ to|"
                     # "signed off on draft documents for the organisation's summit in Qingdao on June 9-10": yet to come
                     r"(?:draft )?(?:documents|decisions|papers) for(?= (?:the |a |its |their )?(?:[a-z]+ 's )?$)|"
                     # "meets on Tuesday to prepare the SCO summit": still to come
                     r"to prepare(?= (?:the |a |its |their )?(?:[a-z]+ 's )?$)|"
                     # "said they wanted the G20 summit in Hamburg in July to be a success": one wants what is ahead
                     r"(?:wanted|wants|want)(?= (?:the |a |an |their |its |this year 's )?$)|"
                     r"invitation to)\b")
# "during his stay": within the visit the article last told
DURING_STAY = re.compile(r"\b(?:during|in the course of|on) (?:his|her|their|the|that|this|P\d+(?: 's)?) (?:stay|visit|trip|"
                         r"time there)\b")
# (not a statement "released later", "said later": the saying came after, not the event it tells; nor "the then
# foreign minister": an office held then)
SEQUENCE = re.compile(r"(?:^|\b)(?:after that|afterwards|(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )then(?!-)|(?<!released )(?<!issued )(?<!published )(?<!said )(?<!added )"
                      r"(?<!announced )later|subsequently|from (?:L|C)\d+|"
                      r"before arriving|after visiting|next(?! (?:[a-z-]+ ){0,2}(?:E\d+|summit|meeting|session|round)\b)|once E\d+ (?:was|is|had been) over|^after E\d+|(?:travelled|traveled|"
                      r"went|moved|flew) on)\b")
# "Jaishankar, who stopped in Tehran on Tuesday for talks with Zarif, sat down with Lavrov on Wednesday":
# a relative clause on the sentence's subject ends at its closing comma, where the main verb resumes
# (the title may be long: "Minister of Foreign Affairs of the Russian Federation Sergey Lavrov, who is in Beijing, ...")
EMBEDDED_RELATIVE = re.compile(r"^(?:(?:on |in )?D\d+ , )?(?:[a-z'-]+ |A\d+ |C\d+ (?:'s )?){0,8}?(?:P|G)\d+(?: (?:and|,) (?:[a-z'-]+ |A\d+ ){0,4}?"
                               r"(?:P|G)\d+)* , (?:who|whose) [^,;]+ , (?=[a-z])")
# a noun phrase set beside a name ("China's top diplomat", "director of the Office of the O8"): no verb, no clause
APPOSITION = (r"(?:(?!(?:who|whose|which|that|said|says|met|meets|held|holds|is|was|are|were|has|had|have|will|would|"
              r"and|but)\b)[^ ,;]+ ){0,11}(?!(?:who|whose|which|that|said|says|met|meets|held|holds|is|was|are|were|has|"
              r"had|have|will|would|and|but)\b)[^ ,;]+")
REPORT_FRAME = re.compile(r"^(?:(?:earlier|later|meanwhile|also|in addition) ,? )?(?:according to|as reported by)\b"
                          r"|^" + r"(?:(?:earlier|later|meanwhile) ,? )?(?:[a-z ]{0,30} )?" + ACTOR
                          + r"(?: [a-z']+){0,3} (?:has |have |had )?" + REPORTING_VERBS + r"(?: that)? ?$")


@dataclass
class Clause:
    start: int  # first item index in the sentence view
    end: int  # one past the last item index
    text: str  # the view string of the clause

    @property
    def is_report_frame(self) -> bool:
        return bool(REPORT_FRAME.search(self.text.strip(" ,")))


def split_clauses(view: SentenceView) -> list[Clause]:
    """The clauses of a sentence, by item index ranges covering the whole sentence."""
    cuts = set()
    for match in CUT_BEFORE.finditer(view.string):
        position = match.end()
        while position < len(view.string) and view.string[position] in " ,;":
            position += 1
        if 0 < position < len(view.string):
            cuts.add(view.index_at(position))
    for match in CUT_AFTER.finditer(view.string):
        if match.end() < len(view.string):
            cuts.add(view.index_at(match.end()))
    embedded = EMBEDDED_RELATIVE.match(view.string)
    if embedded and embedded.end() < len(view.string):
        cuts.add(view.index_at(embedded.end()))
    bounds = sorted(c for c in cuts if 0 < c < len(view.items))
    # "On Monday, after the plenary session, Modi held talks": an opening date is not a clause of its own
    # ("On the sidelines on Thursday, Lavrov and Qin also held talks of their own")
    if bounds and re.fullmatch(r"(?:on the (?:sidelines|margins|fringes) )?(?:(?:on|in|at|by|early|late|later|earlier) )*D\d+ ,",
                               " ".join(view.words[:bounds[0]])):
        bounds = bounds[1:]
    # "Wang Yi, director of the Office of the Central Foreign Affairs Commission, and Sergey Lavrov met ...": a
    # subject in apposition and the one coordinated after it are one subject, not two statements
    # (also after a subordinator: "when Qin Gang, then China's foreign minister, and Bilawal sat down with Muttaqi")
    kept = []
    for bound in bounds:
        before = " ".join(view.words[(kept[-1] if kept else 0):bound])
        if re.search(r"(?:^|\b(?:when|while|as|after|before|where|since|because|and) )(?:[a-z'-]+ |A\d+ |C\d+ (?:'s )?){0,4}?"
                     r"(?:P|G)\d+ , " + APPOSITION + r" ,$", before) \
                and (kept or re.fullmatch(r"(?:[a-z'-]+ |A\d+ |C\d+ (?:'s )?){0,4}?(?:P|G)\d+ , " + APPOSITION + r" ,", before)
                     or re.match(r"(?:when|while|as|after|before|where|since|because)\b", before)) \
                and re.match(r"and (?:[a-z'-]+ |A\d+ |C\d+ (?:'s )?){0,4}?(?:P|G)\d+\b", " ".join(view.words[bound:])):
            continue
        kept.append(bound)
    bounds = kept
    clauses, start = [], 0
    for cut in bounds + [len(view.items)]:
        if cut > start:
            clauses.append(Clause(start, cut, " ".join(view.words[start:cut])))
            start = cut
    return clauses


def modality(text: str) -> str | None:
    """"cancelled" or "planned" from the words of a clause before its event, else None."""
    text = re.sub(r"\b(?:went|goes|go|had gone|moved|proceeded) on to\b", "then", text)  # "went on to meet": done
    # "became the first Indian prime minister to attend the forum": he attended it
    text = re.sub(r"\b(?:was|became|has become|had become) the (?:first|second|third|only|last|latest|most senior|"
                  r"highest-ranking|highest ranking|senior-most) (?:\S+ ){0,6}?to (attend|take part in|participate in)\b",
                  r"then \1", text)
    # "made a surprise stopover in Lahore to meet Sharif", "flew to Beijing to attend": a journey made for it
    text = re.sub(r"(\b(?:flew|travell?ed|came|arrived|drove|stopped (?:over|off)|made (?:a |an )?(?:[a-z-]+ )?"
                  r"(?:stopover|trip|visit|journey|detour|dash))\b(?: \S+){0,8}?) (?:in order )?to (meet|visit|attend|hold)\b",
                  r"\1 and \2", text)
    if CANCELLED.search(text):
        return "cancelled"
    # ("Moldova is preparing " a summit: the event follows the words, which PLANNED's ending needs a word after)
    if PLANNED.search(text) or re.search(r"\b(?:is|are|was|were) (?:(?:also|still|now|already) )?(?:preparing|planning|"
                                         r"organi[sz]ing|arranging) $", text):
        return "planned"
    return None
