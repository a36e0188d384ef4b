"""Foundings, memberships and chairmanships of organizations.

"The SCO was founded in Shanghai on June 15, 2001, by six states: Russia, ...", "China and
Russia are founding members of the SCO", "Pakistan and India joined the group in 2017",
"Iran was granted membership in 2023", "Iran, an SCO member", "A decision to grant
membership to Belarus was made at the SCO summit", "observer states Mongolia and
Afghanistan", "China holds the SCO chairmanship in 2025", "China's chairmanship of the SCO
this year". An organization named only as "the group" or "the organization" is the one the
article was last speaking of. Observer is not member; a decision to admit is not membership.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.clauses import split_clauses
from kg.dates import find_dates, ordinal_value
from kg.events import number
from kg.models import (
    ChairmanshipFact,
    DateValue,
    Entity,
    Evidence,
    FoundingFact,
    MembershipFact,
)
from kg.prefilter import Prefiltered as prefiltered
from kg.view import SentenceView

# A state is a country, or a capital standing for its government ("Tehran, an observer since 2005").
# ... or two states just named: "admitting the two neighbours", "Both were among the states invited to join"
PAIR = (r"the two (?:(?:south|central|east|west|north|southeast|south-east|gulf|nuclear-armed|asian|african|european|"
        r"latin american|A\d+) ){0,2}(?:neighbours|neighbors|countries|states|nations|rivals)|(?<![a-z] )both(?= (?:were|are|have|had|was)\b)"
        r"|^both (?:countries|states|nations)|(?:the|all|all the) three (?:countries|states|nations)")
STATE = r"(?:(?:what (?:was|is) (?:then|now) (?:the )?)?[CL]\d+|" + PAIR + ")"  # ("by Hungary, Poland and what was then ...")
STATES = STATE + r"(?: (?:,|and|, and) (?:the )?" + STATE + r")*(?: , along with (?:the )?" + STATE + r"(?: (?:,|and|, and) (?:the )?" + STATE + r")*)?"
GROUP_WORDS = r"group|grouping|organization|organisation|bloc|alliance|association|union|body|club|council|fold"
ORGREF = (r"(?:the )?(?P<org>O\d+(?: \( O\d+ \))?|(?:(?:continental|regional|military|security|trade|economic|political|"
          r"defen[cs]e|western) )?(?:" + GROUP_WORDS + ")|(?<=the )(?:bank|lender|conference|forum))")  # ("set up the bank")
ORGREF2 = ORGREF.replace("?P<org>", "?P<org2>")
# an aside between a sentence's opening state and its verb: "India, for its part, has been an observer ...",
# "Turkey, a member of NATO since 1952, has been a dialogue partner ..."
ASIDE_AFTER_STATE = re.compile(r"^(?:the )?[CL]\d+ (?P<aside>, (?!(?:which|who|whose|and|but|or)\b)[^,;:]{1,80}? ,) "
                               r"(?=(?:has|have|had|is|was|were|are|became|becomes|joined|joins|remains|remained|also|"
                               r"still|now|long|will|would|holds|held)\b)")


class StatusWords(dict):
    """The status a word names, written with a hyphen or without ("dialogue-partner status")."""

    def __getitem__(self, word):
        return super().__getitem__(word.replace("-", " "))

    def get(self, word, default=None):
        return super().get(word.replace("-", " ") if word else word, default)


STATUS_WORDS = StatusWords({"member": "member", "members": "member", "membership": "member", "member state": "member",
                "member states": "member", "state member": "member", "state members": "member",
                "observer": "observer", "observers": "observer", "observer status": "observer",
                "observer state": "observer", "observer states": "observer",
                "dialogue partner": "dialogue_partner", "dialogue partners": "dialogue_partner",
                "dialogue partner status": "dialogue_partner", "partner": "dialogue_partner",
                "partners": "dialogue_partner", "partner country": "dialogue_partner",
                "partner countries": "dialogue_partner", "partner status": "dialogue_partner"})
AS = (r"(?P<as>(?:membership|member states?|state members?|members?|observer status|observer states?|observers?|"
      r"dialogue[- ]partner status|dialogue[- ]partners?|partner countries|partner country|partner status|partners?)\b)")
QUALIFIER = (r"(?:(?:a|an|the|its|another|other|fellow|full(?:-fledged)?|permanent|official|new|newest|full-fledged|fully-fledged|latest|"
             r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|only other|only|"
             r"\d+(?:st|nd|rd|th)(?: and \d+(?:st|nd|rd|th))?) )*")
# "the status of dialogue partner", "observer status", "the status" (the status last spoken of)
STATUS_OF = r"(?:(?:the )?status of " + QUALIFIER + r")?"
ADVERBS = (r"(?:(?:has|have|had|officially|formally|finally|also|currently|now|already|still|all|both|long|last|then|later|"
           r"subsequently|previously|once|again|since) )*")  # ("Bangladesh and the UAE have since become members")
# a discourse aside between a state and its verb: "Georgia, for its part, quit the CIS"
ASIDE = r"(?: , (?:for (?:its|their) part|in turn|meanwhile|however|too|likewise|by contrast|in the end|eventually) ,)?"
FOUND_VERBS = r"(?:founded|established|created|set up|formed|launched|proclaimed)"
# ("the five BRICS governments agreed to set up the bank at their summit in Fortaleza in July 2014": founded it then)
AGREED_TO_FOUND = r"(?:" + FOUND_VERBS + r"|agreed to (?:jointly )?(?:set up|create|establish|found|form|launch))"
JOIN_VERBS = (r"(?:joined|join|joins|will join|rejoined|rejoins|acceded to|became part of|came on board|come on board|comes on board|"
              r"were admitted|was admitted|have been admitted|has been admitted|came in|come in|comes in|"
              r"was brought in|were brought in|came back|comes back|returned to|returns to|has returned to)")
# what may follow "joined" when it has no object: "joined in 2017", "joined later", "joined as a full member"
# "Timor-Leste, which ASEAN leaders agreed to admit, took part as an observer": the subject's verb
REL = r"(?: , (?:which|who) [^,]+ ,)?"
WHOSE_COUNTRY = (r"(?:(?P<m>" + STATES + r")(?: , which(?= (?:has|have|had|is|are|was|were)\b))?" + REL
                 + r"|(?P<mp>P\d+) , whose country)")
AFTER_BARE_JOIN = (r"(?= (?:only |just |finally |again )?(?:(?:in|on|at|during|towards?) )?(?:the )?(?:(?:end|start|beginning|close|middle) of (?:the )?)?[DE]\d+| (?:a year |two years |soon |shortly )?(?:later|after)\b"
                   r"| the (?:following|next) year\b| ?[,.;]|$)")

FOUNDED = prefiltered(
    r"(?:the )?(?P<org>O\d+|" + GROUP_WORDS + r"|(?<=the )(?:bank|lender)|^it(?= was))(?: \( O\d+ \))?(?: itself)?"
    r"(?: , (?:which|that)| , (?:which|that) [^,]+ ,)? (?:was|were|had been|has been) (?:officially )?"
    # ("The CIS was born in December 1991 in the Belovezha Forest")
    r"(?:" + FOUND_VERBS + r"|born(?= (?:in|on) ))(?P<rest>.*)")  # ("The bank was created by Brazil, Russia, India, ...")
FOUNDED_RELATIVE = prefiltered(
    r"^(?:which|that) (?:was|were|had been|has been) (?:officially )?" + FOUND_VERBS + r"(?P<rest>.*)")
FOUNDED_APPOSITION = prefiltered(
    r"(?P<org>O\d+|E\d+)(?: \( O\d+ \))?(?: \")? , (?:a|an|the) (?:[^,]*?|[^.]*?) (?:(?P<founders>" + STATES
    + r") (?:had |have |jointly )?)?(?:set up|founded|established|created|formed)"
    r"(?P<rest>.*)")  # ("the regional bloc China and Russia set up in 2001": its founders too)
# "The SCO, founded in 2001, admitted India ..."; "the Shanghai Five grouping, set up in 1996 to ease tension"
FOUNDED_APPOSED = prefiltered(
    # ("the "Shanghai Five" mechanism, launched in 1996": in quotes too)
    r"(?P<org>O\d+)(?: \( O\d+ \))?(?: \")?(?: (?:group|grouping|format|bloc|forum|mechanism))? , (?:originally |first )?"
    + FOUND_VERBS + r"(?P<rest> (?:in (?:the )?(?:A\d+ (?:city|capital|town) of )?L\d+ )?(?:in |on )?D\d+"
    r"(?: (?:in|at) (?:the )?(?:A\d+ (?:city|capital|town) of )?L\d+)?"
    # "ASEAN, founded in Bangkok on August 8, 1967 by Indonesia, Malaysia, ..."
    r"(?: by (?:the )?" + STATES + r")?)(?= ,| to | as | \.|$)")
# "the leaders met again in Shanghai and, together with Uzbekistan, founded the SCO": those named together
# before ("China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan agreed ..."), and the one they were joined by
FOUNDED_TOGETHER = prefiltered(
    # ("Russia and China, together with Kazakhstan, ..., founded the SCO in 2001": the subject and those with it)
    r"(?:(?P<subj>" + STATES + r") , )?(?:together|along) with (?:the )?(?P<with>" + STATES + r") , (?:jointly )?" + FOUND_VERBS
    + r" (?:the )?(?P<org>O\d+)(?P<rest>.*)")
# "The group dates back to 2006, when the foreign ministers of Brazil, Russia, India and China met for the first
# time in New York": founded then, there, by them (read past its clause: the "when" clause is its own)
DATES_BACK = prefiltered(
    r"(?:the )?(?P<org>O\d+|" + GROUP_WORDS + r")(?: \( O\d+ \))? (?:(?:dates|date|dated|traces its (?:roots|origins)|goes) "
    r"back to|became a (?:diplomatic |political )?reality in|came into being in|was born in|took shape in) "
    r"(?P<rest>(?:in )?D\d+ , when (?:the )?(?:(?:(?P<count>two|three|four|five|six) (?:countries|states|nations) '(?:s)? )"
    r"(?:(?:foreign |defen[cs]e )?ministers|leaders|heads of state|presidents)|(?:(?:foreign |defen[cs]e )?ministers|"
    r"leaders|heads of state|presidents) of (?:the )?(?P<founders>" + STATES + r")) (?:first )?(?:met|gathered|agreed|"
    r"signed)[^;]*)")
# "The group's origins are modest. It began as a meeting of the foreign ministers of Brazil, Russia, India and China
# ... in New York in September 2006": founded then, by them
BEGAN_AS = prefiltered(
    r"(?:^|\b)(?:(?P<it>it)|(?:the )?(?P<org>O\d+|" + GROUP_WORDS + r")(?: \( O\d+ \))?) (?:began|started|originated|"
    r"first met) as (?:a |an )?E\d+ of (?:the )?(?P<founders>" + STATES + r")(?P<rest>[^;]*)")
# "It became a full international organisation in 2002, when Armenia, Belarus, ... set up its charter bodies": those
# states founded it then
BECAME_ONE_WHEN = prefiltered(
    r"(?:^|\b)(?:(?P<it>it)|(?:the )?(?P<org>O\d+|" + GROUP_WORDS + r")(?: \( O\d+ \))?) became (?:a |an )?(?:(?:full-fledged|"
    r"fully fledged|fully-fledged|full|formal|international|regional|military|security|political) )*(?:organi[sz]ation|"
    r"alliance|bloc) (?:(?:in|on) )?(?P<d>D\d+) , when (?:the (?:leaders|presidents|heads of state) of )?(?P<founders>"
    + STATES + r") (?:set up|signed|created|adopted|established|formed|agreed)\b")
# "India and Pakistan became full members in 2017, joining its founders China, Russia, ...": its founders
JOINING_ITS_FOUNDERS = prefiltered(
    r"\bjoin(?:ing|ed) (?:its |their |the (?:O\d+ 's )?)(?:[a-z]+ )?(?:founders|founding (?:members|states|countries)|original "
    r"members) (?:, )?(?P<founders>" + STATES + r")")
# "Ouagadougou, Bamako and Niamey have turned to the Alliance of Sahel States, which they created on 16 September 2023
# in Bamako": the subject's states founded it
FOUNDED_BY_THEM = prefiltered(
    r"^(?P<founders>" + STATES + r") (?:(?![CLO]\d)[^,;])*? (?:the )?(?P<org>O\d+)(?: \( O\d+ \))? , (?:which|that) they "
    r"(?:had )?(?:jointly )?" + FOUND_VERBS + r"(?P<rest>[^;]*)")
# "Mauritania, another founder, left in 2000": a founding member
ANOTHER_FOUNDER = prefiltered(
    r"(?P<m>" + STATE + r") , (?:another |a |one |the [a-z]+ )(?:of (?:its|the) )?(?:founders?|founding (?:members?|states?)) ,")
# "China and Uzbekistan were among the six states that founded the organisation in Shanghai in 2001"
AMONG_FOUNDERS = prefiltered(
    r"(?P<m>" + STATES + r") (?:were|are|was|is) (?:both |all )?among the (?:[a-z]+ |\d+ )?(?:states|countries|nations|members) "
    r"(?:that|which|who) (?:jointly )?" + FOUND_VERBS + r" (?:the )?(?P<org>O\d+|" + GROUP_WORDS + r")(?P<rest>[^;]*)")
# "the five members - Brazil, Russia, India, China and South Africa -"; "two of the organization's members, Tajikistan
# and Uzbekistan,": the members the article's body has
MEMBERS_LISTED = prefiltered(
    r"(?:the (?:[a-z]+ |\d+ )?|(?:two|three|four|five|six|\d+) of (?:the )?(?:(?:O\d+|" + GROUP_WORDS + r") 's |its ))"
    r"(?:full )?(?:members|member states|member countries) (?:- |: |, )(?P<m>" + STATES + r") (?:-|,)")
# "Sixteen member states signed the Almaty Act: Afghanistan, Azerbaijan, ...": the members, listed after what they did
MEMBERS_DID_LISTED = prefiltered(
    r"(?:^|(?<=, ))(?:(?:all|the) )?(?:[a-z]+ |\d+ )?(?:member states|member countries)(?: of " + ORGREF + r")? (?:(?:have|had|all) )?"
    r"(?:signed|adopted|endorsed|approved|initialled|initialed|attended|took part)\b[^:;]{0,60}? : (?P<m>" + STATES
    + r")(?= \.| ;|$)")
# "That meeting gave birth to the Shanghai Five"; "signed an agreement ..., the founding document of the Shanghai Five":
# founded by the states that meeting was of, when it was
BIRTH = prefiltered(r"(?:gave birth to|(?:is|was) remembered as the birth of|marked the birth of|(?:was|is) the birth of|"
                    r"the founding (?:document|charter|act) of) (?:the )?(?:\" )?(?P<org>O\d+)")
# "marks 20 years since its founding in 2001", "the SCO's creation in Shanghai in 2001": founded then, there
FOUNDING_NOUN = prefiltered(
    r"(?:(?P<org>O\d+) 's|\b(?:its|whose)|(?:the )?(?:" + GROUP_WORDS + r") 's) (?:official )?(?:founding|creation|establishment|"
    r"formation|inception)(?P<rest> (?:in (?:the )?(?:A\d+ (?:city|capital|town) of )?L\d+ )?(?:in |on )?D\d+)")
# "Founded in Shanghai in 2001, the SCO ..."
FOUNDED_PARTICIPLE = prefiltered(
    r"^(?:originally |first )?" + FOUND_VERBS + r"(?P<rest> [^,]*?) , (?:the )?(?P<org>O\d+)")
# "the "Shanghai Five", formed in April 1996 when China, Russia, ... signed an agreement"
FOUNDED_WHEN = prefiltered(
    r"(?P<org>O\d+)(?: \")? , " + FOUND_VERBS + r" (?P<rest>(?:in |on )?D\d+(?: D\d+)? when (?P<founders>" + STATES
    + r") (?:signed|agreed|met|set up|created).*)")
# "the club that Brazil, Russia, India and China founded in 2009"; "C and D founded the group in 2009";
# "the five leaders and Uzbekistan founded the SCO" (the five: founders named before)
FOUNDED_BY_STATES = prefiltered(
    r"(?:(?P<prior>the (?:two|three|four|five|six|seven|eight|nine|ten) (?:leaders|states|countries|nations|members|"
    r"founders)) and |(?:[a-z]+ (?:states|countries|nations) - )"
    # ("Four of them, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, founded the SCO together with China and Russia")
    # ("Four of the five, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, founded the SCO ...")
    r"|(?P<ofthem>(?:two|three|four|five|six|seven|eight|nine|ten|all) of (?:them|the (?:two|three|four|five|six|seven|"
    r"eight|nine|ten)) , ))?(?P<founders>" + STATES
    + r")(?(ofthem) ,|(?: -)?) "
    r"(?:had |have |jointly )?" + AGREED_TO_FOUND + r" " + ORGREF
    + r"(?P<rest>.*)")
# "the six states that founded the group in Shanghai on June 15, 2001 - China, Russia, ... and Uzbekistan -": those six
FOUNDED_THEN_LISTED = prefiltered(
    r"\bthe (?:[a-z]+ |\d+ )?(?:states|countries|nations|members|governments) (?:that|which|who) (?:had )?(?:jointly )?"
    + FOUND_VERBS + r" " + ORGREF + r"(?P<rest>[^-;]*?) (?:-|:) (?P<founders>" + STATES + r")(?: -| \.| ;|$)")
# "the Eurasian Economic Community, set up by a treaty signed in Astana in October 2000 by A, B and C": founded then,
# there, by them
TREATY = r"(?:[a-z]+ )?(?:treaty|agreement|charter|declaration|accord|convention)"
# ("The CIS traces its origins to the agreement signed in the Belovezha forest in Belarus on 8 December 1991 by the
# leaders of Russia, Ukraine and Belarus": the same)
FOUNDED_BY_TREATY = prefiltered(
    r"(?:(?P<org>O\d+)(?: \")? , (?:originally |first )?" + FOUND_VERBS + r" (?:by|under|through)"
    r"|(?:the )?(?P<org2>O\d+|" + GROUP_WORDS + r") (?:traces its (?:roots|origins)|dates back|goes back|owes its birth) to) (?:a|an|the) " + TREATY
    + r"(?: signed)?(?P<rest>(?: (?:in|on|at|near) (?:the )?(?:[a-z-]+ ){0,2}?(?:[LCD]\d+|[a-z-]+(?= (?:in|on|at|near|by)\b)))*) by (?:the )?(?:(?:leaders|presidents|heads "
    r"of state|heads of government|foreign ministers|representatives) of (?:the )?)?(?P<founders>" + STATES + r")")
# "the grouping founded in Shanghai in 2001 by China, Russia, ... and joined by India and Pakistan in 2017": members since
JOINED_BY = prefiltered(
    r"\b" + FOUND_VERBS + r" [^;]*? and (?:was |were |has been |have been )?(?:later |since |then )?joined by (?:the )?"
    r"(?P<m>" + STATES + r")(?: (?:in |on )?(?P<d>D\d+))?")
# "BRICS grew out of the BRIC format launched by Brazil, Russia, India and China": they founded it
GREW_OUT = prefiltered(
    r"(?P<org>O\d+) (?:grew out of|evolved from|has its roots in) (?:the )?(?:O\d+|[A-Za-z]+)(?: format| group| grouping)?"
    r"(?: ,)? (?:launched|set up|founded|created|formed|started) by (?P<founders>" + STATES + r")(?P<rest>.*)")
# "The alliance ... became a full-fledged organisation in 2002, founded by Russia, Belarus, ...": the subject's founding
BECAME_ORGANIZATION = prefiltered(
    r"^(?:the )?(?P<org>O\d+|" + GROUP_WORDS + r")\b.*? became (?:a |an )?(?:full-fledged |fully fledged |fully-fledged |formal )?"
    r"(?:organi[sz]ation|alliance|bloc)(?P<rest> (?:in |on )?D\d+) , (?:founded|set up|created|established|formed) by "
    r"(?P<founders>" + STATES + r")")
# "ending the observer status it had held since 2005": the subject held it until then
ENDED_STATUS = prefiltered(
    r"(?P<m>" + STATES + r") [^;]*?\b(?:ending|ended|ends) (?:the |its )?" + AS + r" (?:status )?(?:that |which )?it had "
    r"held since (?P<d>D\d+)")
# "The SCO groups China, Russia, India, Pakistan and four Central Asian states"
GROUPS_STATES = prefiltered(ORGREF + r" (?:groups|brings together|unites|comprises|consists of|links|"
                           # "BRICS originally comprised Brazil, Russia, India and China": its founders
                           r"(?P<orig>originally|initially|at first) (?:comprised|consisted of|grouped|brought together|"
                           r"included|united)|"
                           # "the chairmanship of BRICS, which also includes Brazil, India and South Africa"
                           # ("BRICS, the club of emerging economies that also includes Brazil, China and ...")
                           # ("the IBSA forum, which links India, Brazil and South Africa", "the SCO, which brings
                           # together China, Russia, ...")
                           # ("the Visegrad Group, founded in 1991 by ..., and which today also includes A and B")
                           r", (?:the (?:(?![CLOPED]\d)\S+ ){1,6}?|[^;]*? , and )?(?:which|that) (?:today |now |D\d+ )?(?:also )?"
                           r"(?:includes|include|comprises|"
                           r"groups|brings together|unites|links|consists of|is made up of)) (?:the )?"
                           # "The G20 brings together the world's largest economies, including Russia, China and ..."
                           r"(?:(?:[a-z']+|A\d+) ){0,6}?(?:, |including |, including )?(?P<m>" + STATES + r")"
                           # "India, the United States, Japan and Australia make up the Quad"
                           r"|(?P<m2>" + STATES + r") (?:make up|makes up|form|constitute|comprise) (?:the )?(?P<org2>O\d+)\b")
# "GUAM, the pro-Western grouping of Georgia, Ukraine, Azerbaijan and Moldova": its members, in apposition
# "Uzbekistan rejoined the CSTO, bringing the membership to seven: Armenia, Belarus, ...": the members counted
# "India and Kazakhstan, along with Kyrgyzstan, Russia and China, also sit together in the SCO"
MEMBERS_OF_GROUP = prefiltered(
    r"(?:(?P<org>O\d+|E\d+) , (?:the|a) (?:[a-z-]+ ){0,3}(?:grouping|group|bloc|alliance|club|union) of (?P<m>" + STATES + r")"
    r"|bringing (?:its |the |the bloc 's |the group 's )?membership to (?:[a-z-]+|\d+) : (?P<m2>" + STATES + r")"
    r"|(?P<m3>" + STATES + r")(?: , (?:along with|together with|as well as) (?:the )?(?P<m4>" + STATES + r") ,)? "
    r"(?:(?:also|both|all|now) )?(?:sit|sits|sat) together in (?:the )?(?P<org3>O\d+)"
    # ("With Georgia gone, eleven states remain in the Commonwealth: Russia, Ukraine, ...")
    r"|(?:[a-z-]+|\d+) (?:states|countries|nations|members) (?:remain|are left|stay) in (?:the )?(?P<org5>O\d+) : (?P<m5>"
    + STATES + r")"
    # ("Georgia remains a member of GUAM, the regional grouping it forms with Ukraine, Azerbaijan and Moldova")
    r"|(?P<org6>O\d+) , (?:the|a) (?:[a-z-]+ ){0,3}(?:grouping|group|bloc|alliance|club|union|format) (?:it|they|that "
    r"[CL]\d+) (?:forms|formed|form|makes up|make up) with (?P<m6>" + STATES + r"))")
# "Tuesday's summit formally made Iran the ninth full member of the organisation"
# "the summit made Iran a member"; "The summit, attended by Xi, Putin and Sharif, admitted Belarus on Thursday as
# the organisation's tenth member"
MADE_MEMBER = prefiltered(
    r"(?P<ev>E\d+)(?: , (?:attended|hosted|chaired|opened|held) (?:by|in) [^;]*? ,)? (?:(?:on |in )?D\d+ )?"
    r"(?:(?:also|formally|officially) )*(?:made (?P<m>" + STATES + r") " + QUALIFIER + AS + r"|(?:admitted|took in|accepted) "
    r"(?:the )?(?P<m2>" + STATES + r")(?: (?:on |in )?D\d+)? as (?:the (?:O\d+|" + GROUP_WORDS + r") 's )?" + QUALIFIER
    + AS.replace("?P<as>", "?P<as2>") + r")(?: (?:of|in) " + ORGREF + ")?")
# "China welcomed India's participation as an observer in the SCO, a status India obtained in July 2005";
# "China's association with SAARC as an observer"
STATUS_BY_NOUN = prefiltered(
    r"(?P<m>" + STATE + r") 's (?:association|participation|involvement|engagement|presence) (?:(?:with|in) " + ORGREF
    + r" )?as (?:an? )?(?P<as>observers?|dialogue[- ]partners?)(?: (?:in|of|with|at|to) " + ORGREF2 + r")?"
    r"(?P<obtained> , (?:a|the) status (?:that |which )?(?:[a-z-]+ ){0,2}(?:C\d+ )?(?:obtained|gained|won|received|got|"
    r"acquired|was granted|has held|had held)\b)?")
# "India and Pakistan joined in 2017, Iran in 2023 and Belarus last year": the states and dates after a join
DATE_NEXT = prefiltered(r" (?:(?:in|on) )?D\d+")
ALSO_JOINED = prefiltered(r"(?: (?:(?:in|on) )?D\d+)? and (?:the |then )?(?P<org>O\d+)(?: (?:in |on )?(?P<d>D\d+))?(?! (?:summit|"
                          r"meeting|as))")
# (", and Belarus the tenth in July 2024": with its rank too)
# ("Mongolia became an observer in 2004, and India, Iran and Pakistan the following year": all three)
MORE_JOINED = prefiltered(r"(?: , and| ,| and|, and) (?:the )?(?P<c>[CL]\d+(?:(?: ,| and| , and) (?:the )?[CL]\d+)*) "
                          r"(?:the (?:[a-z]+|\d+(?:st|nd|rd|th)) )?(?:in |on |since |the )?(?P<d>D\d+)")
# "the six set up the organisation in 2002": the six states named just before
FOUNDED_BY_COUNT = prefiltered(
    r"\b(?:the|those|these|all) (?P<count>two|three|four|five|six|seven|eight|nine|ten) (?:O\d+ )?(?:leaders |states |countries |"
    r"nations |members |governments )?(?:had |have |jointly )?" + AGREED_TO_FOUND + r" " + ORGREF + r"(?P<rest>.*)")
# "Belarus joins China, Russia, India, Pakistan, Iran and the four Central Asian states of Kazakhstan, ...":
# those it joins are members (not "joins Saudi Arabia and the UAE in condemning ...")
JOINS_MEMBERS = prefiltered(
    r"(?P<new>" + STATE + r") (?:joins|joined|has joined|will join) (?P<m>" + STATE + r"(?: (?:,|and|, and) (?:the )?"
    r"(?:(?:[a-z]+|A\d+|\d+) ){0,4}?(?:(?:states|republics|countries|nations) of )?" + STATE + r")+)"
    r"(?= \.| ;| as (?:full |fellow )?members?\b| in (?:the )?(?:O\d+|" + GROUP_WORDS + r")\b)")
# "Armenia remains one of the six states of the alliance, along with Russia, Belarus, ..."
ONE_OF = prefiltered(
    r"(?P<m>" + STATES + r") (?:is|remains|was|were|are|has been|have been) (?:still )?one of (?:the |(?P<its>its ))(?:\w+ )?"
    r"(?P<founding>founding )?(?:member |full )?(?:states|countries|members|nations)(?: (?:of|in) " + ORGREF + r"|(?(its)|(?!)))"
    + r"(?:(?: ,)? (?:along with|together with|alongside) (?:the )?(?P<m2>" + STATES + r"))?")
# (the body of a gathering too: "at the summit of the SCO, which Kazakhstan and China founded in 2001")
FOUNDED_BY_RELATIVE = prefiltered(
    r"(?:(?P<org>O\d+|E\d+)(?: \( O\d+ \))?(?: \")?(?: , (?:the|a) [a-z]+)?|" + GROUP_WORDS + r")(?: \( O\d+ \))?(?: ,)? (?:that|which) "
    r"(?P<founders>" + STATES + r") (?:had |have |jointly )?(?:agreed to (?:create|set up|establish|found) (?:it )?|"
    + FOUND_VERBS + r")(?P<rest>.*)")
# "India and Pakistan became full members in 2017, joining China, Russia and the four Central Asian states -
# Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan - that founded the organisation in Shanghai in 2001": all its founders
JOINING_FOUNDERS = prefiltered(
    r"\bjoin(?:ing|ed) (?P<founders>" + STATES + r")(?: and (?:the )?(?:[a-z-]+ |A\d+ ){1,4}(?:states|countries|nations|"
    r"republics) - (?P<more>" + STATES + r") -)? (?:that|which|who) (?:had )?" + FOUND_VERBS + r" " + ORGREF
    + r"(?P<rest>.*)")
# "In 2002, Armenia, Belarus, ... turned the treaty into a full-fledged organisation"
TURNED_INTO = prefiltered(
    # "the six remaining parties - Armenia, Belarus, ... - turned the pact into a full-fledged international organisation"
    r"(?:the (?:[a-z]+ ){0,2}(?:parties|states|members|countries|signatories) - )?"
    # ("The remaining parties, the same six states that carry on without it, turned the treaty into ...": unnamed)
    # (read where the verb's clause begins, after the aside: the subject is checked where the match is used)
    r"(?:(?P<founders>" + STATES + r")(?: -)?|(?<= ,)) (?:turned|transformed|converted|upgraded) (?:(?:the|their|this|that) "
    r"(?:[a-z-]+ ){0,3}|it )"
    r"into (?:a |an )?(?:(?:full-fledged|fully fledged|fully-fledged|full|formal|international|regional|military|security"
    r"|political) )*(?:organi[sz]ation|alliance|bloc)(?P<rest>.*)")
# "the alliance was turned into a full-fledged organisation in 2002 by Armenia, Belarus, ... and Tajikistan"
TURNED_INTO_BY = prefiltered(
    r"(?:the )?(?P<org>O\d+|" + GROUP_WORDS + r") (?:was|were) (?:turned|transformed|converted|upgraded) into (?:a |an )?"
    r"(?:(?:full-fledged|fully fledged|fully-fledged|formal|international|regional|military|security|political) )*"
    r"(?:organi[sz]ation|alliance|bloc)(?P<rest>(?: (?:in|on) D\d+)? by (?:the )?(?P<founders>" + STATES + r").*)")
UNNAMED_PARTIES = re.compile(r"(?:D\d+ , )?the (?:[a-z]+ ){0,2}(?:parties|states|members|signatories) , [^,]+ , "
                             r"(?:turned|transformed|converted|upgraded)\b")
FOUNDING_MEMBERS = prefiltered(
    r"(?P<m>" + STATES + r")" + REL + r" (?:(?:is|are|was|were|has been|have been) (?:(?:also|both|all) )*(?:among )?|, )"
    # "are, together with Russia, founding members of the SCO": Russia too
    r"(?:, (?:together |along )?with (?:the )?(?P<m3>" + STATES + r") , )?(?:the |a )?(?:O\d+ )?"
    # ("India was one of the four founders of the original BRIC group along with Brazil, Russia and China")
    r"(?:founding (?:members?|states?)|one of (?:the |its )?(?:(?:two|three|four|five|six|seven|eight) )?(?:founders|"
    r"founding (?:members|states)))"
    r"(?: (?:of|in) (?:the )?(?:original |first )?" + ORGREF + r"(?: (?:" + GROUP_WORDS + r"))?(?: and (?:of |in )?(?:the )?"
    r"(?P<org2>O\d+))?)?"
    # "Brazil is a founding member of the BRICS group with Russia, India and China": they too
    r"(?: (?:together |along )?with (?:the )?(?P<m2>" + STATES + r"))?")
# "As founding members of the SCO, Kazakhstan and China intend to ...": the states the clause goes on with
# (members and observers told so are read by the patterns below)
AS_FOUNDERS_FRONTED = prefiltered(
    r"(?:^| , )as (?:the |its )?(?:original|founding) (?:members?|states?) (?:of|in) " + ORGREF + r" , (?:both |all )?"
    r"(?P<m>" + STATES + r")")
# "was admitted the day before as ...", "joined on July 4 as ...": when, between the verb and the rest
WHEN_BETWEEN = r"(?: (?:on |in )?D\d+(?= as)| the (?:day|week) before| the previous (?:day|week)| (?:that|the same) day)?"
JOINED = prefiltered(
    # "The Southeast Asian country joined the bloc in January": the state the sentence before was about
    # ("a few months after Ukraine, which joined in November 1995")
    # (not "the SCO, which India joined in 2017": that is the object, read by JOINED_RELATIVE)
    r"(?:(?<!\bwhich )(?<!\bthat )(?P<m>" + STATES + r")(?: , (?:which|who)(?: [^,]+ ,)?| , whose [^,]+ ,)?" + ASIDE + r"|(?P<mp>P\d+) , whose country|^(?P<it>the (?:[a-z-]+ |A\d+ ){0,3}(?:country|state|nation|kingdom|republic))"
    # ("Uzbekistan came back in 2006. The same year it joined the Eurasian Economic Community": the state that opened
    # the sentence before)
    r"|^(?:(?:the |that )?same year |later that year )?(?P<it3>it)(?= " + ADVERBS + JOIN_VERBS + ")"
    # ("Myanmar, which is chairing ASEAN for the first time since it joined the bloc in 1997": the state just named)
    r"|(?<=\bsince )(?P<it2>it)(?= " + ADVERBS + JOIN_VERBS + "))"
    # ("Mongolia was the first state to join the SCO as an observer")
    r"(?: (?:was|is|were|are|became) the (?:first|second|third|latest|last|only|newest) (?:[a-z-]+ )?(?:state|country|nation)s? to)?"
    # ("Belarus on Thursday formally joined the SCO": a day between the state and its verb)
    # ("The East Asia Summit dates from 2005 ...; Russia and the United States joined it in 2011": the one named before)
    r"(?: (?:on |in )?(?P<dd>D\d+))? " + ADVERBS + JOIN_VERBS + WHEN_BETWEEN + r"(?: (?:to |into )?(?:" + ORGREF + r"|it(?= as )"
    r"|(?P<itorg>it)(?= (?:in |on )?D\d+| \.| ;| ,))(?: as " + QUALIFIER + AS
    + r")?| as (?:the (?:O\d+|" + GROUP_WORDS + r") 's )?" + QUALIFIER + AS.replace("?P<as>", "?P<as2>") + "|"
    + AFTER_BARE_JOIN + ")")
# "the organisation, which Iran joined as a full member last year"; "and that South Africa joined a year later"
JOINED_RELATIVE = prefiltered(
    r"(?:^|\b)(?:which|that) (?P<m>" + STATES + r") " + ADVERBS + r"(?:joined|has joined|came on board|"
    # "a bloc that Iran is set to join as a full member": decided, not yet done
    r"(?P<set>(?:is|are) (?:set|due|expected|poised|about|scheduled) to join))"
    r"(?: as " + QUALIFIER + AS + r")?")
# "the bloc took in Egypt, Ethiopia, Iran and the UAE on January 1"; "the SCO admitted Iran as a full member"
# "the G20 on Saturday admitted South Africa as a permanent member" (members are states: by the
# ontology, an organization admitted to another is not a membership)
TOOK_IN = prefiltered(
    # ("The SCO was founded in 2001 by ..., and has since taken in India and Pakistan": the subject's)
    # (the elided subject only with a time word: not "Putin spoke, and admitted Turkey had not decided")
    # ("The SCO, founded in 2001, admitted India and Pakistan": past the apposition)
    # ("The SCO, founded in 2001 by China, Russia, ... and Uzbekistan, admitted India and Pakistan in 2017": past it too)
    r"(?:(?:" + ORGREF + r"|(?:the )?(?P<orgev>E\d+))(?P<aside> , (?:(?![CLOP]\d)[^,]){1,60} ,"
    r"| , (?:founded|set up|created|established|formed) (?:(?:in|on) D\d+ )?by (?:the )?[CL]\d+(?: (?:,|and|, and) (?:the )?[CL]\d+)*"
    r"(?: (?:in|on) D\d+)? ,)?(?: D\d+)? "
    r"(?:(?:has|have|had|formally|officially|also|then|later|since) )*(?:took in|takes in|taken in|admitted|admits|"
    # ("BRICS expanded last year to include Egypt": a date without a preposition too)
    r"accepted|welcomed|(?:expanded|grew|was enlarged|was expanded)(?: (?:(?:in|on) )?D\d+)? to include)|(?<=, )and (?:has |have |had )?(?:since|later|then|subsequently) "
    r"(?:taken in|took in|admitted)) (?:the )?(?P<m>" + STATES + r")(?! 's)(?: as " + QUALIFIER + AS + r")?")
# "Karimov took his country into GUAM": the one taken in joined
TOOK_INTO = prefiltered(
    r"\b(?:took|takes|brought|brings|led|leads|steered|steers) (?:the )?(?P<m>" + STATES + r") into " + ORGREF)
# "the summit of the SCO in Beijing, of which Uzbekistan remains a founding member": the body (or the gathering's)
OF_WHICH_MEMBER = prefiltered(
    r"(?:(?:the )?(?P<org>O\d+)(?: \( O\d+ \))?|(?P<orgev>E\d+)) , (?:of|in) which (?P<m>" + STATES + r") (?:is|are|was|were|"
    r"remains|remain|has been|have been) (?:(?:also|still|now|already) )*(?:a |an |one of the )?(?P<founding>founding )?"
    + AS + r"\b")
# "leaders closing a two-day summit in Astana signed off on full membership for India and Pakistan"
MEMBERSHIP_FOR = prefiltered(
    r"(?:signed off on|approved|granted|confirmed|endorsed|formali[sz]ed|sealed) (?:the )?(?:full(?:-fledged)? )?"
    r"(?P<as>membership) (?:for|of|to) (?:the )?(?P<m>" + STATES + ")")
# "The group also counts Brazil, India and South Africa among its members, alongside Russia and China"
COUNTS_AMONG = prefiltered(
    ORGREF + r" (?:(?:also|now|still) )?(?:counts|count|numbers|number|lists|list) (?:the )?(?P<m>" + STATES
    + r") among its " + AS + r"(?: , (?:alongside|along with|together with|besides) (?:the )?(?P<m2>" + STATES + r"))?")
# "India sits alongside Russia in both BRICS and the Shanghai Cooperation Organisation"
SITS_ALONGSIDE = prefiltered(
    r"(?P<m>" + STATES + r") (?:(?:also|still|now) )?(?:sits|sit|sat|serves|serve) (?:alongside|with|next to) (?:the )?"
    r"(?P<m2>" + STATES + r") in (?:both )?(?:the )?(?P<org>O\d+)(?: and (?:the )?(?P<org3>O\d+))?")
# "the security bloc in which Russia, China and Kazakhstan sit together with Kyrgyzstan, Tajikistan and Uzbekistan":
# the members of the body the relative clause hangs on
SIT_IN_WHICH = prefiltered(
    ORGREF + r" (?:, )?in which (?P<m>" + STATES + r") (?:(?:all|both|now|also|still|already) )?(?:sit|sits|sat)"
    r"(?: (?:together|side by side))?(?: (?:with|alongside) (?:the )?(?P<m2>" + STATES + r"))?(?= ,| \.| ;| and\b|$)")
# "and to which Iran, India, Pakistan and Mongolia are attached as observers"; "Mongolia is attached to the SCO as an
# observer": the status said, in the body named
ATTACHED_AS = prefiltered(
    r"(?:\bto which (?P<m>" + STATES + r")|(?P<m2>" + STATES + r")) " + ADVERBS + r"(?:is|are|was|were|has been|have been|"
    r"remains|remain) (?:(?:also|still|now|only) )?attached(?: to " + ORGREF + r")? as " + QUALIFIER + AS)
# "the observer states – India, Iran, Mongolia and Pakistan –", "its dialogue partners (Belarus and Sri Lanka)": each
# state the list after the status names holds it (the organization named there, else the sentence's or the article's)
STATES_OF_STATUS = prefiltered(
    r"\b(?:the|its|(?:the )?(?P<org>O\d+) 's|the (?:organi[sz]ation|bloc|group|alliance|union) 's) "
    r"(?P<as>observer states|observer countries|observers|dialogue partners|dialogue[- ]partner (?:states|countries)) "
    r"(?:- |– |— |\( |: )(?P<m>" + STATES + r")(?= (?:-|–|—|\)|,|\.)|$)")  # (after a comma: read as an apposition)
# "the group, which it forms with Brazil, Russia, India and China"; "Kazakhstan forms the EAEU with Russia,
# Belarus, Armenia and Kyrgyzstan": the subject and those it forms the group with
FORMS_WITH = prefiltered(
    r"(?:" + ORGREF + r" (?:, )?(?:which|that) (?:(?P<it>it)|(?P<m0>" + STATE + r")) (?:(?:now|also|still|currently) )?"
    r"|(?P<m1>" + STATE + r") (?:(?:now|also|still|currently) )?(?=forms? (?:the )?O\d+ ))"
    r"(?:forms|form|makes up|make up)(?: (?:the )?(?P<org3>O\d+))? (?:together )?with (?:the )?(?P<m>" + STATES + r")")
# "It has held observer status in the SCO since 2004": the state the sentence before was about
IT_HOLDS = prefiltered(
    r"^(?:it|It) " + ADVERBS + r"(?:held|holds|has held|enjoyed|enjoys|gained|obtained|received|acquired) "
    + STATUS_OF + QUALIFIER + AS + r" (?:status )?(?:in|of|at|within) " + ORGREF)
# "Finland completed the journey first, becoming the 31st member on April 4": the sentence's subject
BECOMING = prefiltered(r"^(?:, )?becoming " + QUALIFIER + r"(?:state |O\d+ )?" + AS + r"(?: (?:of|in) " + ORGREF + ")?")
# ("It became the organisation's first observer state in 2004": the state the sentence before was about)
BECAME = prefiltered(
    r"(?:(?P<m>" + STATES + r")(?: , whose (?:admission|accession|application|membership) [^,]+ ,"
    r"| , (?:which|who) (?:had |has )?(?:been|was|joined|held|signed|applied)\b[^,]* ,"
    r"|(?P<aside> , (?:approved|admitted|accepted|invited|cleared)\b[^,]* ,)"  # ("Egypt, approved at the end of 2021,")
    # ("Turkey, a NATO member, became an SCO dialogue partner in 2013")
    # ("Iran, an observer since 2005, became a full member in 2023": the apposition's date is another status's)
    r"|(?P<aside2> , (?:a|an|the) (?:(?![CLOEP]\d)[^ ,]+ |O\d+ ){1,5},))?|^(?P<it>it)"
    # ("the second meeting attended by India since it became a full member": the state just named)
    r"|(?<=\bsince )(?P<it2>it)) "
    + r"(?:(?:on |in )?D\d+ )?"  # ("Belarus on Thursday became the tenth full member")
    + ADVERBS + r"(?:became|become|becomes|will become|becoming) "
    + r"(?:the (?:(?P<org2>O\d+)|" + GROUP_WORDS + r") 's )?"
    + QUALIFIER
    + r"(?:state |(?P<orgev>O\d+) )?" + AS + r"(?: (?:of|in) " + ORGREF + ")?")
# "India joined the SCO as an observer in 2005 and became a full member in 2017": the sentence's subject
ELIDED_BECAME = prefiltered(
    # (also past a semicolon: "India and Pakistan started down that road in 2015; the two countries signed memoranda
    # a year later and became full members in June 2017")
    r"(?:^|(?<=; ))(?P<m>" + STATES + r") (?:[^;]*? )?(?<!, )and (?:later |then |subsequently |eventually |finally )?(?:became|was admitted as|"
    r"has been|has since been|is now|has become) "  # ("Algeria, ..., deposited its instrument and has been a full member since May")
    + QUALIFIER + r"(?:state |(?P<org2>O\d+) )?" + AS + r"(?: (?:of|in) " + ORGREF + ")?")
# "Hungary has been a member of NATO since 1999 and joined the European Union in 2004": the sentence's subject joined
ELIDED_JOINED = prefiltered(
    r"^(?:the )?(?P<m>" + STATES + r") (?:has been|is|was|had been|became) (?:a |an )?(?:full |founding )?(?:member|observer) "
    r"of (?:the )?O\d+(?:(?! , (?:while|but|whereas|and)\b)[^;])*? (?<!, )and (?:later |then |subsequently |eventually |also )?"
    r"joined (?:the )?(?P<org>O\d+)"
    r"(?P<rest> (?:in |on )?D\d+)?")
WORLD_BODIES = {"organization/united-nations"}
# "Iran is one of four countries, together with Egypt, Ethiopia and the UAE, that became full members of the group
# on January 1"
ONE_OF_BECAME = prefiltered(
    r"(?P<m>" + STATES + r") (?:is|was|are|were) (?:among |one of )(?:the )?(?:[a-z]+ )?(?:countries|states|nations)"
    r"(?: , (?:together|along) with (?:the )?(?P<m2>" + STATES + r") ,)? (?:that|which|to) " + ADVERBS
    + r"(?:became|have become|has become) " + QUALIFIER + AS + r"(?: (?:of|in) " + ORGREF + ")?")
# "At Samarkand, Egypt and Qatar signed memoranda granting them dialogue partner status"
SIGNED_FOR_STATUS = prefiltered(
    r"(?<!admitting )(?<!accepting )(?<!admit )(?P<m>" + STATES + r") (?:(?:also|formally|officially) )?signed (?:a |the |their |its )?memorand(?:a|um|ums)"
    r"(?: of understanding)?(?: (?:with|in) " + ORGREF + r")? (?:granting|giving|conferring|on granting|on giving|on becoming|"
    r"to become) "
    r"(?:them |it )?(?:the )?(?:status of )?(?:(?:O\d+ )?(?P<as>dialogue partners?|observers?|partners?)(?: status)?)"
    r"(?: (?:in|of|to|at) " + ORGREF2 + r")?")
GRANTED = prefiltered(
    # ("Belarus, previously a dialogue partner, was made an observer in 2015")
    # ("Belarus, which had been a dialogue partner since 2009, was promoted to observer")
    r"(?P<m>" + STATES + r")(?: , which(?P<aside2> [^,]+ ,)?| , (?:previously|formerly|once|until then) [^,]+ ,)? (?:was|were|has been|"
    r"have been|had been|will be) (?:officially |formally )?"
    r"(?:granted|given|accorded|admitted as|accepted as|admitted to|accepted into|"
    # "Belarus was raised to observer status" (not "ties were raised to a strategic partnership")
    # "was upgraded from observer to full member"
    r"(?P<raised>(?:raised|upgraded|elevated|promoted)(?: from (?:an? )?(?:observer|dialogue partner)(?: status| state)?)? to"
    r"|made)) "
    # "were granted the status of SCO dialogue partners"
    + STATUS_OF + QUALIFIER + r"(?:O\d+ )?"
    + r"(?(raised)(?=" + AS.replace("?P<as>", "?:") + r"))" + AS + r"?(?: (?:in|of|to|into) " + ORGREF + ")?")
GAINED = prefiltered(
    r"(?:(?P<m>" + STATES + r")(?: , (?:which|who)(?= (?:currently |now |still |also )*(?:holds|has|enjoys|gained|"
    r"obtained|received|took up|took))| , (?:which|who) [^,]+ ,)?|(?P<mp>P\d+) , whose country) " + ADVERBS + r"(?:gained|obtained|received|acquired|got|won|"
    r"secured|holds|hold|held|has|have|had|enjoys|enjoy|took up|take up|takes up|taking|took|assumed) "
    + STATUS_OF + QUALIFIER + r"(?:O\d+ )?" + AS + r"(?: (?:in|of|at|within) " + ORGREF + ")?")
# "after Iran's accession in 2023", "Iran's accession in July 2023 brought the membership to nine": a member then
ACCESSION_OF = prefiltered(
    r"(?P<m>" + STATE + r") 's (?:accession|admission|entry)(?: (?:to|into) " + ORGREF + r")? (?:in |on )?(?P<d>D\d+)"
    r"(?! (?:was|were|is|has been|had been) (?:approved|decided|agreed|expected|planned|due))"
    # "With Belarus's accession, the SCO now has ten members": done, undated
    r"|^with (?P<m2>" + STATE + r") 's (?:accession|admission|entry)(?: (?:to|into) " + ORGREF.replace("?P<org>", "?P<org2>")
    + r")? ,")
# "At Ufa, Armenia, Azerbaijan, Cambodia and Nepal were added to the list": of those with the status last spoken of
ADDED_TO_LIST = prefiltered(r"(?P<m>" + STATES + r") (?:was|were|has been|have been|had been) (?:also )?added to (?:the |that |this )?"
                            r"(?:list|ranks|roster)\b")
# "Afghanistan has held the status since 2012": the status the article last spoke of
THE_STATUS = prefiltered(
    r"(?P<m>" + STATES + r") (?:has |have |had )?(?:held|holds|hold|kept|keeps|retained|retains|took up|take up|takes up|"
    r"gained|obtained|received|acquired|won|secured) (?:the|that|this) status\b")
# "The first eight partners - Belarus, Bolivia, ... and Uzbekistan - took up the status on January 1": the status the
# list is introduced by
LISTED_TOOK_STATUS = prefiltered(
    r"\b(?:the )?(?:(?:first|latest|new|other|remaining|two|three|four|five|six|seven|eight|nine|ten|\d+) ){0,2}"
    r"(?:O\d+ )?" + AS + r" (?:-|:) (?P<m>" + STATES + r") (?:- )?(?:took up|assumed|received|were granted|gained|obtained|"
    r"acquired) (?:the|that|this|their) status\b")
IS_MEMBER = prefiltered(
    r"(?P<m>" + STATES + r")(?: , (?:like|as well as|along with) (?:the )?(?P<like>" + STATES + r") ,"
    # ("Armenia, which joined the EAEU in January 2015, is also a CSTO member")
    r"| , (?:which|who) (?:(?![CLO]\d)[^,;])+ ,| , which [^,;]*?\bO\d+\b[^,;]* ,)? (?:, |is |are |remains |"
    r"remain |(?:has|have|had) (?:(?:both|all|also|long|now|already) )?been |was |were )"
    r"(?:(?:currently|now|still|already|long|also|both|all|once again|again) )*" + QUALIFIER
    # "Armenia, ... and Turkey are the organisation's dialogue partners"
    + r"(?:(?P<org2>O\d+) (?:'s )?|(?P<org4>(?:" + GROUP_WORDS + r")) 's )?"
    + AS + r"(?: (?:of|in) " + ORGREF + r"(?: and (?:of |in )?(?:the )?(?P<org3>O\d+))?)?(?! of (?!the )[a-z])"
    r"(?! neither\b)")  # ("is a member neither of the CSTO nor of the SCO")
# "Afghanistan, Belarus and Mongolia, the other observers, were also present"; "India and Pakistan, both observers,"
APPOSED_STATUS = prefiltered(
    r"(?P<m>" + STATES + r") , (?:the |its |the bloc 's |the group 's |both |all |as (?:the |(?:both|all) )?)?"
    r"(?:other |fellow |remaining |three |four |two |permanent |founding |full )*"  # ("China and Russia, as permanent members
    r"(?P<as>observers|observer states|dialogue partners|members|member states)(?: of " + ORGREF + r")? , ")  # of the council,")
# "Turkey is among more than a dozen dialogue partners"; "China and Russia are among the bloc's dialogue partners"
# (a body listed with the states is passed over, a member being a state: "China, Japan, the United States and the
# European Union are among the association's observers"; not a place after "in": "based in Kathmandu, and China ...")
LISTED_WITH_BODIES = (r"(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bto )(?:" + STATE + r"|O\d+)(?: (?:,|and|, and) (?:the )?(?:"
                      + STATE + r"|O\d+))*")
AMONG = prefiltered(
    r"(?P<m>" + LISTED_WITH_BODIES + r") (?:is|are|was|were|remains|remain) (?:also )?among (?:the |its )?(?:(?:" + GROUP_WORDS
    + r"|O\d+) 's )?(?:(?:more than |over |some |nearly )?(?:a dozen|\d+|[a-z]+) )?" + QUALIFIER + r"(?:(?P<org2>O\d+) )?"
    + AS + r"(?: (?:of|in) " + ORGREF + ")?")
# "Belarus is already a member of two Russia-led blocs, the CSTO and the Eurasian Economic Union"
MEMBER_OF_LISTED = prefiltered(
    r"(?P<m>" + STATES + r") (?:is|are|was|were|remains) (?:(?:already|also|now|still) )*(?:a )?members? of (?:two|three|four|both|"
    r"several) (?:(?:[A-Za-z-]+|L\d+ - led|C\d+ - led|C\d+ led|L\d+ led) )?(?:blocs|groups|groupings|organi[sz]ations|"
    r"alliances) , (?:the )?(?P<org>O\d+)(?: , (?:the )?(?P<org2>O\d+))? and (?:the )?(?P<org3>O\d+)")
# "Turkey is not a member of the bloc but holds the status of dialogue partner"
NOT_MEMBER_BUT = prefiltered(
    r"(?P<m>" + STATES + r") (?:is|are|remains|was) not (?:a |an )?(?:full )?members? (?:of|in) " + ORGREF
    + r" (?:but|and) (?:holds|has|enjoys|is|remains) " + STATUS_OF + QUALIFIER + AS)
# "China is not a member but one of ASEAN's dialogue partners"
NOT_MEMBER_ONE_OF = prefiltered(
    r"(?P<m>" + STATES + r") (?:is|are|remains|was) not (?:a |an )?(?:full )?members?(?: (?:of|in) " + ORGREF2 + r")? "
    r"(?:but|and) (?:is )?(?:one of|among) (?:the |its )?(?:(?:" + ORGREF + r") 's )?" + QUALIFIER + AS)
# "Japan joined its Group of Seven partners in imposing sanctions", "Germany and its EU partners", "Turkey's NATO
# allies": a member of that organization
ITS_PARTNERS = prefiltered(
    r"(?P<m>C\d+) (?:(?![CLPOE]\d)\S+ ){0,4}?(?:and|joined|with|joins|joining|like) its "
    r"(?:fellow |other )?(?P<org>O\d+) (?:partners|allies|peers|fellow members)\b")
# "Japan, the only Asian member of the G7": a member
ONLY_MEMBER = prefiltered(
    r"(?P<m>" + STATE + r") , (?:the|its) (?:only|sole|first|last|newest|youngest|largest|biggest|smallest|oldest) "
    r"(?:[a-z-]+ |A\d+ )?(?P<as>member|observer|dialogue partner) (?:of|in) " + ORGREF)
# "the original four, Brazil, Russia, India and China, the countries that founded the group"
FOUNDERS_APPOSED = prefiltered(
    r"(?P<founders>" + STATES + r") , the (?:[a-z]+ )?(?:countries|states|nations|members) (?:that|which|who) (?:had )?"
    + FOUND_VERBS + r" " + ORGREF + r"(?P<rest>)")
# "Founded in London on May 5, 1949, by Belgium, Denmark, ..., the Council is ..."
FOUNDED_PARTICIPLE_BY = prefiltered(
    r"^(?:originally |first )?" + FOUND_VERBS + r"(?P<rest>(?: (?!by\b)[^,]*? ,)*?(?: (?!by\b)[^,]*?)?) by (?P<founders>"
    + STATES + r") , (?:the )?(?P<org>O\d+|" + GROUP_WORDS + r")\b")
# "members of a bloc founded by Brazil, Russia, India and China in 2009 and joined by South Africa in 2010"
FOUNDED_BY_JOINED_BY = prefiltered(
    r"(?:(?P<org>O\d+)(?: \( O\d+ \))?|\b(?:a|the|an) (?:[a-z-]+ ){0,2}(?:" + GROUP_WORDS + r"))(?: ,)? (?:(?:which|that) "
    r"(?:was|were|had been) )?" + FOUND_VERBS + r" by (?P<founders>" + STATES + r")(?P<rest>(?: (?:in|on) D\d+)?)"
    r"(?: ,)? and (?:later |then |subsequently )?joined by (?:the )?(?P<m>" + STATES + r")(?: (?:in|on) (?P<d>D\d+))?")
# "The leaders of Brazil, Russia, India, China and South Africa signed the agreement creating the bank at their
# sixth summit, held in Fortaleza in July 2014": those states founded it, then, there
SIGNED_CREATING = prefiltered(
    r"(?:(?:the )?(?:leaders|heads of state|presidents|prime ministers|(?:foreign |finance )?ministers|representatives) of "
    r"(?:the )?)?(?P<founders>" + STATES + r") (?:(?:had |have |jointly )?signed) (?:the|an|a) (?:[a-z-]+ ){0,3}"
    r"(?:agreement|treaty|charter|declaration|convention|accord|protocol) (?:creating|establishing|setting up|founding|"
    r"that (?:created|established|set up|founded)|on (?:the )?(?:creation|establishment|founding) of) "
    r"(?:the )?(?P<org>O\d+(?: \( O\d+ \))?|(?:[a-z-]+ )?(?:" + GROUP_WORDS + r"|bank|lender|fund))(?P<rest>[^;]*)")
# "The Shanghai Five, set up in 1996 by ..., became the SCO in 2001 when Uzbekistan joined": the new organization's
# founding, by the old one's founders and the newcomer
BECAME_NAMED = prefiltered(
    r"(?P<prior>O\d+)(?: , [^;]*? ,)? (?:became|was (?:turned|transformed|upgraded) into|turned into|evolved into|grew into)"
    r" (?:the )?(?P<org>O\d+)(?P<rest> (?:in |on )?D\d+)(?: (?:when|as|after) (?:the )?(?P<m>" + STATES + r") "
    r"(?:joined|came on board|was admitted|signed on)| , (?:adding|with the addition of|taking in) (?:the )?(?P<m2>" + STATES
    + r"))?")
# "Belarus, which had been an observer since 2015, became ...": the status the aside tells
STATUS_ASIDE = prefiltered(
    r"(?P<m>" + STATES + r") , (?:which|who) (?:had |has )?(?:long |already )?(?:been|was) (?:an? |its |the (?:O\d+ 's |"
    r"(?:" + GROUP_WORDS + r") 's )?)?(?:[a-z]+ )?(?P<as>observer|observer state|dialogue partner|member|member state)"
    r"(?: (?:of|in) " + ORGREF + r")?(?: since (?P<d>D\d+))? ,")
# "BRICS was founded by Brazil, Russia, India and China, which brought in South Africa in 2010"
BROUGHT_IN = prefiltered(r"(?:, |^)(?:which|who|and) (?:later |then )?(?:brought in|took in|admitted|welcomed) (?:the )?(?P<m>"
                        + STATES + r")")
# "Montenegro, admitted in 2007, was the most recent newcomer"; "Venezuela, admitted in 2012, has been suspended"
ADMITTED_APPOSED = prefiltered(r"(?P<m>" + STATES + r") , (?:admitted|accepted|brought in) (?:as (?:a )?(?:full )?member )?"
                              r"(?:in|on) (?P<d>D\d+)")
# "Turkmenistan has been only an associate member since 2005": not a member (the ontology has no associate status)
ASSOCIATE = prefiltered(r"(?P<m>" + STATES + r") (?:has been|have been|is|are|was|were|became|becomes|remains|remained) "
                        r"(?:(?:only|merely|just|now|still) )*(?:an )?associate (?:members?|states?|status)"
                        r"(?: (?:of|in) " + ORGREF + ")?")
# "Niger belongs to ECOWAS"
BELONGS = prefiltered(r"(?P<m>" + STATES + r") (?:also |still |already |now )?(?:belongs|belong) to " + ORGREF
                     + r"(?: and (?:to )?" + ORGREF2 + ")?")  # "Both countries belong to BRICS and the SCO"
# "The four original members ... held their first summit in 2009, and South Africa joined them in 2010"
JOINED_THEM = prefiltered(r"(?P<m>" + STATES + r") " + ADVERBS + r"(?:joined|join|joins) them(?: (?:(?:in|on) )?(?P<d>D\d+))?")
# "the BRICS group of Brazil, Russia, India, China and South Africa": its members, named after it
GROUP_OF = prefiltered(r"(?:the )?(?P<org>O\d+) (?:group|bloc|grouping|club|alliance) of (?:the )?(?P<m>" + STATES + ")")
# "The four original members, Brazil, Russia, India and China, held their first summit": its founders
# "its founding members, A, B and C,"; "Its four founders, A, B, C and D, held ..."; "with A and B among its
# 12 founding economies"
# ("the club's four founding members, Brazil, Russia, India and China, first met ... at the UN": the club's)
ORIGINAL_MEMBERS = prefiltered(r"(?:(?P<org>O\d+) 's |the (?P<grp>" + GROUP_WORDS + r") 's |the |its |their )?(?:[a-z]+ )?(?:(?:original|founding) (?:members?|states|countries|"
                              r"nations|economies)|founders) , (?P<m>" + STATES + r") ,|(?:with (?:the )?)?(?P<m2>" + STATES
                              + r") (?:(?:were|are) )?among (?:its|the (?:O\d+ 's )?) ?(?:[a-z]+ |\d+ )?(?:(?:original|founding) "
                              r"(?:members|states|countries|nations|economies)|founders)\b")  # ("with A and B among its founders")
# "expelled Russia on Wednesday, ending a membership that began in 1996": a member from then, until now
ENDING_MEMBERSHIP = prefiltered(r"(?:expelled|suspended|excluded) (?P<m>" + STATES + r")(?: (?:in |on )?(?P<d1>D\d+))? , ending "
                               r"(?:a|its|their) membership (?:that|which) (?:had )?(?:began|begun|started) (?:in |on )?(?P<d>D\d+)")
# "became full members on January 1, joining Brazil, Russia, India, China and South Africa": those are members
JOINED_TOGETHER = prefiltered(r"(?: (?:(?:in|on) )?D\d+)?(?: , (?:together with|along with|alongside|as did)| (?:together with|"
                             r"along with|alongside)) (?:the )?(?P<m>"
                             + STATES + r")(?= ,| \.|$| ;)")
JOINING_MEMBERS = prefiltered(r" , joining (?:the )?(?P<m>" + STATES + r")(?= ,| \.|$| ;)")
# "Mongolia takes part in its work as an observer"; "attends its meetings as an observer"
TAKES_PART_AS = prefiltered(
    WHOSE_COUNTRY + " " + ADVERBS + r"(?:takes part|take part|took part|participates|participate|"
    r"participated|attends|attend|attended|sits|sit|sat|follows|follow|followed) (?P<what>[^,;.]*?)\bas " + QUALIFIER + AS)
MEMBERS_NAMED = prefiltered(
    r"(?:(?P<org2>O\d+) )?" + AS + r"(?: (?:of|in) " + ORGREF + r")? (?:such as |including |like |, among them |among them "
    r"|, including |, )?(?P<m>" + STATES + ")")
# "the SCO currently has nine full members: China, Russia, ..."; "BRICS counts ten members"
# "the SCO's eight members are China, Russia, ..."
MEMBERS_ARE = prefiltered(
    # ("Its founding members were China, Russia, ...": founders)
    r"(?:" + ORGREF + r" 's|(?<![a-z] )(?:its|their)) (?:(?P<founding>founding|original) |(?:[a-z]+|\d+) )?" + QUALIFIER + AS
    + r"(?: , [^,]+ ,)? (?:are|were|include|included) (?P<m>" + STATES + ")")
# "Aliyev and Pashinyan, whose countries, both members of the CIS, remain at odds"; "India, the only one of the
# grouping's four members that ..."
MEMBERS_APPOSED = prefiltered(
    r"(?:(?P<p>P\d+(?: (?:,|and|, and) (?:A\d+ )?(?:[a-z]+ ){0,3}P\d+)*) , whose countries|(?P<m>" + STATES + r")) , (?:both |all |the only one of )"
    r"(?:(?:the |its )?(?:(?:O\d+|" + GROUP_WORDS + r") 's )?(?:[a-z]+ |\d+ )?)?(?P<as>members|member states)"
    r"(?: (?:of|in) " + ORGREF + r")?")
# "as the head of a dialogue partner, a status Ankara has held since 2012"; "observer, the tier Mongolia occupies"
STATUS_HELD_BY = prefiltered(
    r"(?:(?P<org2>O\d+) )?" + AS + r" , (?:a|the) (?:status|rank|tier|position|standing) (?:that |which )?(?P<m>" + STATE + r") " + ADVERBS
    + r"(?:has held|held|holds|has had|has enjoyed|enjoys|occupies|has occupied)(?: since (?P<d>D\d+))?")
# "The presidents of China, Russia, ... signed a declaration founding the SCO"; "Putin, Lukashenka of Belarus and
# Nazarbayev signed its founding treaty in Astana on May 29": the states of those who signed
SIGNED_FOUNDING = prefiltered(
    r"(?:(?:the )?(?:presidents|leaders|heads of state|heads of state and government) of (?P<founders>" + STATES + r")|"
    # ("after years of drafting, the presidents of Russia, Kazakhstan and Belarus on Thursday signed the treaty that
    # creates the Eurasian Economic Union": a group opening the clause too)
    r"(?P<people>P\d+(?: of C\d+)?(?: (?:,|and|, and) (?:A\d+ )?(?:[a-z]+ ){0,3}P\d+(?: of C\d+)?)+|(?:^|(?<= , ))G\d+)) (?:D\d+ )?"
    r"(?:formally )?signed (?:a |the |(?P<its>its founding ))?(?:declaration|treaty|charter|agreement|documents?)"
    r"(?: (?:founding|establishing|creating|setting up|on (?:the )?(?:creation|establishment|founding) of|that (?:creates|"
    r"created|establishes|established|sets up|set up|founds|founded|will create|will establish)) "
    r"(?:the )?(?P<org>O\d+)|(?(its)|(?!)))(?P<rest>[^;]*)")
# "Four countries take part as observers: Mongolia, which received the status in 2004; Iran, an observer since 2005;
# ...", "Six countries are dialogue partners: Armenia, Azerbaijan, Cambodia and Nepal, which entered that circle in
# 2015, as well as Sri Lanka and Turkey": a list after a colon, each item with the year it may give
STATUS_LIST = re.compile(
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|other) )?(?:countries|states|nations) "
    r"(?:are|were|take part as|took part as|participate as|serve as|have the status of|hold the status of) "
    r"(?:(?:the |its )?(?:O\d+ )?)(?P<as>observers|dialogue partners)(?: (?:of|in|at) (?:the )?(?P<org>O\d+))? : "
    r"(?P<list>[^.]+)")
# "Brunei joined in 1984 and Vietnam in 1995, followed by Laos and Myanmar in 1997"
FOLLOWED_BY = prefiltered(r" , followed by (?:the )?(?P<m>" + STATES + r") (?:in |on )?(?P<d>D\d+)"
                          # "Finland joined NATO in April 2023, and Sweden followed in March 2024"
                          r"| ,? and (?:the )?(?P<m2>" + STATES + r") (?:followed|followed suit|did so|joined) (?:in |on )?"
                          r"(?P<d2>D\d+)")
# "Member states stretch from Egypt to South Korea and include Russia, China and India": of the organization
# the article is about (those at the ends of the stretch too)
MEMBERS_INCLUDE = prefiltered(
    r"^(?:its |their |the (?:O\d+ 's |(?:" + GROUP_WORDS + r") 's )?)?(?:[a-z]+ |\d+ )?(?P<as>member states|member countries|members"
    r"|dialogue partners|observer states|observers)"
    r"(?: (?:stretch|stretches|range|ranges|run|runs) from (?P<a>" + STATE + r") to (?P<b>" + STATE + r") and)? "
    r"(?:include|includes|are) (?:the )?(?P<m>" + STATES + r")")
# "BRICS was formed by Brazil, Russia, India and China, ..., and admitted South Africa in 2010": the sentence's organization
ADMITTED_TOO = prefiltered(r"^(?:, )?and (?:later |then |also |subsequently )?(?:admitted|took in) (?:the )?(?P<m>"
                          + STATES + r")(?: as " + QUALIFIER + AS + r")?")
# "granting the status of dialogue partner to Kuwait, the UAE, the Maldives and Myanmar"
STATUS_GRANTED_TO = prefiltered(
    r"(?:granting|granted|grant|grants|giving|gave|give|gives|accorded|according) (?:the )?(?:status of )?" + QUALIFIER
    + AS + r" (?:status )?(?:, )?to (?:the )?(?P<m>" + STATES + ")")
# "granting Laos the status of a dialogue partner", "gave Belarus observer status"
STATUS_GRANTED_DOUBLE = prefiltered(
    r"(?:granting|granted|grant|grants|giving|gave|give|gives|accorded|according) (?:the )?(?P<m>" + STATES + r") "
    r"(?:the )?(?:status of )?" + QUALIFIER + AS + r"(?: status)?\b")
# "Since becoming full members in 2017, India and Pakistan have ...", "After joining the SCO in 2017, India ...": the
# subject became one then
BECOMING_FRONTED = prefiltered(
    r"(?:^|, )(?:since|after|upon|on) (?:becoming (?:" + QUALIFIER + AS + r"(?: (?:of|in) " + ORGREF + r")?)|joining "
    + ORGREF2 + r"(?: as " + QUALIFIER + AS.replace("?P<as>", "?P<as2>") + r")?)(?: (?:in |on )?(?P<d>D\d+))? , (?P<m>"
    + STATES + r")\b")
HAS_MEMBERS = prefiltered(  # ("It unites eight member states: China, India, ...": the organization just told of)
    r"(?:" + ORGREF + r"|^it) (?:(?:currently|now|still|also) )?(?:has|have|had|comprises|comprised|includes|included|counts|"
    r"brings together|unites) (?:(?:[a-z]+|\d+) )?" + QUALIFIER + AS + r" (?:: |, |— |-- |- |namely |including )"
    r"(?P<m>" + STATES + ")")
DECIDED = prefiltered(
    r"(?:decision|decided|agreed|approved|voted|resolved)(?: in principle)?(?: (?:in|on) D\d+)? to (?:grant|admit|accept|"
    r"give) (?:full )?(?:membership )?"
    r"(?:(?:to|in) )?(?:(?P<m>" + STATES + r")|(?P<mit>it)\b)"
    r"|(?:approved|launched|started|began|initiated|opened|completed|launch|start|begin|open|continuation of|"
    r"continue|continuing) (?:the )?"
    # ("approved the start of the procedure for Belarus's admission"; "the continuation of the procedures for admitting")
    r"(?:(?:start|launch|beginning|opening) of (?:the )?)?(?:formal |official |"
    r"accession |admission )?(?:procedures?|process) (?:of|for|on) "
    r"(?:(?:the )?(?P<m2>" + STATES + r")(?: 's)? (?:admission|accession|joining|membership)|(?:admitting|accepting) "
    r"(?:the )?(?P<m5>" + STATES + r")|(?P<mit2>its) (?:admission|accession|joining|membership))"
    # "launched the admission procedure for India and Pakistan"
    r"|(?:approved|launched|started|began|initiated|opened) (?:the )?(?:formal |official )?(?:accession|admission|membership) "
    r"(?:procedure|process) (?:for|of) (?:the )?(?P<m16>" + STATES + r")"
    # ("leaders launched the procedure to admit Iran as a full member")
    r"|(?:approved|launched|started|began|initiated|opened|launch|start|begin) (?:the )?(?:formal |official )?(?:accession |"
    r"admission )?(?:procedures?|process) to (?:admit|accept) (?:the )?(?P<m20>" + STATES + r")"
    r"|(?P<m3>" + STATES + r")(?: , [^,]+ ,| , which)? " + ADVERBS + r"(?:(?:on |in )?D\d+ )?(?:signed|sign|will sign) "
    r"(?:the |a |its |their )?(?:memorand(?:um|a|ums) (?:of|on) "
    r"(?:its |their )?obligations|accession documents?|documents? on (?:its )?accession|"
    # ("Armenia on Friday signed the treaty on its accession to the Eurasian Economic Union")
    r"(?:treaty|agreement|protocol) (?:on (?:its |their )?accession|of accession)|accession (?:treaty|agreement|protocol))"
    # "The leaders signed a memorandum of obligations of Belarus as a member state", "signed memorandums of obligations
    # for India and Pakistan"
    r"|signed (?:a |the |their )?memorand(?:um|a|ums) (?:of|on) (?:the )?obligations (?:for|of|by) (?:the )?(?P<m21>" + STATES
    + r")"
    # "A memorandum of obligations for Iran, the document a candidate must sign ..., was signed at the summit"
    r"|memorandum (?:of|on) obligations (?:for|of|by) (?P<m9>" + STATES + r")(?: , [^,]+ ,)? (?:was|has been|were) signed"
    r"|(?:admission|accession) of (?P<m4>" + STATES + r") (?:was|has been|had been) (?:approved|decided|agreed)"
    # ("Belarus's admission as the tenth member was approved in Astana")
    r"|(?P<m17>" + STATE + r") 's (?:admission|accession)(?: as [^,;]{1,40}?)?(?: (?:to|into) " + ORGREF.replace("?P<org>", "?:")
    + r")? (?:was|has been|had been) (?:formally )?(?:approved|decided|agreed)"
    r"|(?P<m8>" + STATES + r") , which (?:O\d+ )?(?:leaders |members |states )?(?:agreed|decided|approved|voted)"
    r"(?: in principle)?(?: (?:in|on) D\d+)? to (?:admit|accept)"
    r"|(?P<m6>" + STATES + r")(?: , which)? (?:was|were|has been|have been|had been) (?:formally |also )?invited to "
    r"(?:join|become a member)"
    # "Both were among the six states invited to join BRICS at the bloc's summit"
    r"|(?P<m11>" + STATES + r")(?: , which)? (?:was|were|is|are) (?:(?:also|all|both) )?among (?:the )?(?:[a-z]+ )?"
    r"(?:states|countries|nations) (?:formally |that were )?invited to (?:join|become (?:full )?members?)"
    r"|(?P<m7>" + STATES + r")(?: , which)? " + ADVERBS + r"(?:received|receives|accepted|got) (?:an |the )?invitation "
    r"to (?:join|become a member)"
    # "leaders agreed on Thursday to invite Argentina, Egypt and Iran to join the bloc as full members"
    r"|(?:(?:agreed|decided|voted|resolved)(?: (?:(?:in|on) )?D\d+)? to (?:formally )?invite|(?:formally )?invited|"
    r"extended (?:an )?invitations? to) (?:the )?(?P<m10>" + STATES + r") to (?:join|become (?:full )?members?)"
    # "Uruguay was admitted alongside Bangladesh and the UAE but has yet to deposit its instrument of accession"
    r"|(?P<m12>" + STATES + r") (?:was|were|has been|have been|had been) (?:formally |also )?(?:admitted|accepted)"
    r"(?: [^;.]*?)? but (?:has|have|had) (?:yet|still) to (?:deposit|ratify|complete|sign|finish|formally join)"
    # "the bank said it had approved the UAE, Uruguay and Bangladesh as its first new members", "approved the
    # admission of Egypt": a decision, membership comes with the instrument of accession
    r"|(?:approved|endorsed|authori[sz]ed) (?:the )?(?:admission|accession|membership) of (?:the )?(?P<m13>" + STATES + r")"
    r"|(?:approved|endorsed) (?:the )?(?P<m14>" + STATES + r") as (?:its |the (?:O\d+|" + GROUP_WORDS + r") 's )?"
    r"(?:(?:first|newest|latest|new|prospective|full) )*members\b"
    # "Bangladesh, the UAE and Uruguay were approved in 2021", "was approved as a new member of the bank"
    r"|(?P<m15>" + STATES + r") (?:was|were|has been|have been|had been) (?:formally |also )?approved"
    r"(?= (?:in |on )?D\d+| as (?:an? )?(?:(?:new|prospective|future|full) )*(?:members?|member states?)\b| (?:for|to) "
    r"(?:membership|admission|accession|join)\b)")
DECIDED_GROUPS = ("m", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12", "m13", "m14", "m15", "m16",
                  "m17", "m20", "m21")
# "India and Pakistan started down that road at the Ufa summit in 2015, when the leaders launched the admission
# procedure": the procedure of the states the sentence opens with
WHEN_PROCEDURE = prefiltered(
    r"^when (?:the |its |their )?(?:[a-z]+ )?(?:leaders|members|heads of state|O\d+|bloc|organi[sz]ation|group) "
    r"(?:launched|started|began|initiated|opened) (?:the |an |their )?(?:formal |official )?(?:admission|accession|membership) "
    r"(?:procedure|process)\b")
# after a status given or held: "Belarus was raised to observer status, alongside Afghanistan, Iran and Mongolia",
# "were accepted as dialogue partners, a rank Sri Lanka and Turkey already hold": others who hold it
STATUS_SHARED = prefiltered(
    r" (?:status )?, (?:alongside|along with|joining|like) (?:the )?(?P<m>" + STATES + r")(?= ,| \.| ;|$)"
    r"| (?:status )?, (?:a|the) (?:status|rank|position|standing) (?:that |which )?(?P<m2>" + STATES + r") "
    r"(?:(?:already|also|long|both|all|still) )*(?:hold|holds|held|have|has|enjoy|enjoys|had)\b")
# "Iran has held observer status in the organisation since 2005, as have India and Pakistan": they too, since then
AS_HAVE = prefiltered(r"(?: (?![CPOE]\d)\S+){0,6}? , as (?:have|has|had|do|does|did|are|is|were|was) (?P<m>" + STATES
                      + r")(?= ,| \.| ;|$)")
# "took part only as observers, a status both obtained in 2005": since then
STATUS_SINCE = prefiltered(
    r" (?:status )?, (?:a|the) (?:status|rank|position|standing) (?:that |which )?(?:both |they |it |each |all |the two )?"
    r"(?:have |has |had )?(?:(?:first|already) )?(?:obtained|gained|received|won|acquired|got|held|enjoyed|been granted) "
    r"(?:in |since )?(?P<d>D\d+)")
# "agreed in principle to admit it and granted it observer status": "it", the state the sentence before was about
GRANTED_IT = prefiltered(r"(?:granted|gave|accorded|offered|to grant|to give|to accord) it (?:the )?(?:status of )?"
                        + QUALIFIER + AS)
# "at which the heads of state ... granted Belarus observer status": the state named, the status said
GRANTED_STATE = prefiltered(r"(?:granted|gave|accorded|offered) (?:the )?(?P<m>" + STATES + r") (?:the )?(?:status of )?"
                            + QUALIFIER + r"(?P<as>observer status|dialogue partner status|partner status|"
                            r"the status of (?:an )?observer|the status of (?:a )?dialogue partner)")
LEFT = prefiltered(
    r"(?P<m>" + STATES + r")" + ASIDE + r" (?:[^,;]*? (?:but|and|before) )?(?:has |have |had |later )?(?:left|withdrew from|"
    r"quit|exited|was expelled from|were expelled from|suspended (?:its|their) membership(?: in)?)"
    # ("left not only the treaty but also the Commonwealth of Independent States")
    r"(?: not only (?:the )?[^,;]*? but also)?(?: " + ORGREF + r"|(?= (?:in |on )?D\d+))")
CHAIR_HOLDER = r"(?:(?P<{0}>[CL]\d+)|(?:A\d+ )?(?:[a-z-]+ ){{0,3}}(?P<{0}p>P\d+))"
ORG_POSSESSIVE = r"(?:(?:the |that |this )?(?:O\d+|(?P<orgp>" + GROUP_WORDS + r")) 's )?"
CHAIRS = prefiltered(
    r"(?:" + CHAIR_HOLDER.format("c") + r"|^(?P<cit2>it))(?: , (?:which|who|whose country|whose (?:president|leader|prime minister) (?:[a-z]+ )?P\d+)|"
    r" , the (?:only|sole|first|largest) [^,]{1,40} ,)? " + ADVERBS
    + r"(?:(?:is|are|was|were) (?:due|set|expected|scheduled|slated) to )?(?:holds|hold|held|will hold|assumed|assumes|assume|will assume|took over|takes over|take over|"
    r"will take over|taken over|took on|takes on|take on|will take on|chairs|chair|chaired|will chair|is chairing|presides over|presided over|took|takes|take) "
    r"(?:the |its |their )?" + ORG_POSSESSIVE + r"(?:(?:rotating|annual|current|year-long) )*(?:(?P<org>O\d+) )?"
    r"(?:chairmanship|presidency|chair)(?: (?:of|in) (?:the )?(?P<org2>O\d+))?"
    r"|" + CHAIR_HOLDER.format("c2") + r" 's (?:D\d+ )?(?:(?:rotating|current|annual|year-long) )*(?:(?P<org3>O\d+) )?"
    r"(?:chairmanship|presidency|(?:year|term|turn) (?:at the helm|in the chair|as chair))(?: (?:of|in) (?:the )?(?P<org4>O\d+))?"
    r"|(?:handed|passed|transferred|hand|pass|hands|passes|handing|passing) (?:over )?(?:(?:the |its |their )?(?:rotating )?(?:pro tempore )?"
    r"(?:(?:two-year|one-year|annual|year-long|six-month|biennial) )?(?:O\d+ (?:'s )?)?"  # ("the SCO's rotating presidency")
    r"(?:rotating )?(?:chairmanship|presidency|chair|baton)"  # ("passed the baton to China")
    r"|it)(?: of (?:the )?(?:(?P<org5>O\d+)|" + GROUP_WORDS + r"))?(?: , which [^,]+ ,)?(?: over)? to "
    + CHAIR_HOLDER.format("c3")
    + r"|" + CHAIR_HOLDER.format("c4") + r" (?:is|was|will be|(?:is|was) hosting (?:[^,;]{1,40}? )?as) (?:the )?"
    r"(?:current |rotating )*(?:chair|chairman|president) of (?:the )?(?P<org6>O\d+)"
    r"|(?:under|during) " + CHAIR_HOLDER.format("c5") + r" 's (?:(?:rotating|current|annual) )*(?:(?P<org7>O\d+) )?"
    r"(?:chairmanship|presidency)(?: of (?:the |that |this )?(?P<org13>O\d+|" + GROUP_WORDS + r"))?"
    # ("Laos, which joined ASEAN in 1997, chaired the group this year"; "It chaired the group last year": the state
    # the sentence before was about)
    r"|(?:" + CHAIR_HOLDER.format("c6") + r"|^(?P<cit>it))(?: , (?:which|who)(?: [^,]+ ,)?)? " + ADVERBS
    + r"(?:chairs|chaired|will chair|would chair|is chairing|has chaired|presides over|presided over|will preside over|"
    r"has presided over|is presiding over) (?:the )?(?P<org8>O\d+|" + GROUP_WORDS + r")\b(?! 's (?!bodies|institutions|organs)\b)"
    r"|" + CHAIR_HOLDER.format("c7") + r" , whose country (?:'s )?(?:[a-z-]+ ){0,3}(?:chairmanship|presidency)"
    r"|" + CHAIR_HOLDER.format("c8") + r" 's (?:year|term|turn) (?:at the head|at the helm|in the chair) of (?:the )?"
    r"(?:(?P<org9>O\d+)|" + GROUP_WORDS + r")"
    # "Mirziyoyev, whose country has chaired the organisation for the past year"
    r"|" + CHAIR_HOLDER.format("c9") + r" , whose country (?:has |had )?(?:chaired|chairs|held|holds) (?:the )?"
    r"(?:(?:rotating )?(?:chairmanship|presidency) of (?:the )?)?(?:(?P<org10>O\d+)|(?:[a-z0-9]+-[a-z]+ )?(?:" + GROUP_WORDS
    + r"))\b"  # ("whose country chairs the five-nation group this year")
    # "the SCO, which China chairs this year"; "a summit of the BRICS group, which Russia chairs"
    r"|(?:(?P<org11>[OE]\d+)(?: " + GROUP_WORDS + r")?|" + GROUP_WORDS + r") , which " + CHAIR_HOLDER.format("c10")
    + r" (?:currently |now )?(?:chairs|chaired|will chair|holds the chair|presides over)\b"
    # "a virtual summit of BRICS, another grouping Russia leads this year"
    r"|(?:another|a|the) (?P<org12>" + GROUP_WORDS + r") " + CHAIR_HOLDER.format("c11") + r" (?:leads|chairs|heads|presides over)\b"
    # "In 2021 the BRICS chairmanship will pass to India"; "after which the presidency passes to Tajikistan"
    r"|(?:the |its )?(?:(?P<org14>O\d+) )?(?:rotating )?(?:chairmanship|presidency|chair)(?: of (?:the )?(?P<org15>O\d+))? "
    # ("the chairmanship passed from Kazakhstan to China")
    r"(?:will |would |then )?(?:pass|passes|passed|go|goes|went|fall|falls|fell) (?:over )?(?:from (?:the )?[CL]\d+ )?to (?:the )?"
    + CHAIR_HOLDER.format("c12")
    # "South Africa, the current BRICS chair, ...", "Kazakhstan, this year's chair of the SCO,"
    + r"|(?<![A-Za-z] )(?P<c14>[CL]\d+) , (?:the |this year 's )?(?:current |rotating |incumbent )*(?:(?P<org17>O\d+) )?"
    r"(?:chair|chairman|president)(?: of (?:the )?(?P<org18>O\d+))?(?= ,| \.)(?(org17)|(?(org18)|(?!)))"
    # "the Uzbek chairmanship of the Organisation for 2015-2016" (not "the Russian presidency", the head of state's office,
    # unless of an organization)
    + r"|the (?P<c15>A\d+) (?:(?:rotating|annual|year-long|current) )*(?:chairmanship(?: (?:of|in) (?:the )?(?P<org19>O\d+|"
    + GROUP_WORDS + r"))?|presidency (?:of|in) (?:the )?(?P<org20>O\d+|" + GROUP_WORDS + r"))\b"
    # "The rotating presidency of the SCO is held by Kazakhstan for 2023-2024"
    + r"|(?:the )?(?:(?P<org22>O\d+) (?:'s )?)?(?:rotating |current )*(?:chairmanship|presidency|chair)(?: of (?:the )?(?P<org23>O\d+))? "
    r"(?:is|was|has been|will be) (?:currently |now )?held by (?:the )?(?P<c17>[CL]\d+)\b"
    # "BRICS, which is chaired by India this year"
    + r"|(?:(?P<org21>O\d+)|" + GROUP_WORDS + r") , which (?:is|was|has been|will be) (?:currently |now )?"
    r"(?:chaired|presided over|led) by (?:the )?(?P<c16>[CL]\d+)\b"
    # "from Russia, which had led the bloc in 2019-2020": a state that leads an organization chairs it
    + r"|(?<!- )(?P<c13>C\d+)(?: , (?:which|who))? (?:had |has |also )?(?:led|leads|will lead) (?:the )?(?P<org16>O\d+|(?<=the )(?:"
    + GROUP_WORDS + r"))\b(?! 's)"
    # "Spain, holder of the bloc's rotating presidency, had hoped to host ..."; "which Putin hosted as the holder of this
    # year's rotating chairmanship"
    + r"|(?P<c18>[CL]\d+) , (?:the )?(?:current )?holder of (?:the |its )?(?:(?:O\d+|" + GROUP_WORDS
    + r") 's )?(?:(?:rotating|annual|current|year-long) )*(?:presidency|chairmanship|chair)(?: of (?:the )?(?P<org24>O\d+))?"
    + r"|" + CHAIR_HOLDER.format("c20") + r" (?:[^,;]{0,40}? )?as (?:the )?holder of (?:the |its |D\d+ 's )?"
    r"(?:(?:rotating|annual|current|year-long) )*(?:presidency|chairmanship|chair)\b"
    # "the Apec leaders' meeting in Bali in October, under the chairmanship of Indonesia": its chair that year
    + r"|under the (?:(?:rotating|current|annual) )*(?:chairmanship|presidency) of (?:the )?(?P<c19>C\d+)\b")
# "Kyrgyzstan holds the rotating chairmanship of two organisations of which Russia is also a member: the SCO and the CSTO"
CHAIRS_OF_TWO = prefiltered(
    r"(?P<c>C\d+) (?:also |now |currently )?(?:holds|held|has held|chairs|chaired|heads|headed) the (?:rotating |annual )?"
    r"(?:chairmanship|presidency|chairmanships|presidencies) of (?:two|both) (?:organi[sz]ations|blocs|groupings|groups)"
    r"(?: (?:of which|in which) (?P<m>" + STATES + r") (?:is|are) (?:also )?(?:a )?members?)? : (?:the )?(?P<o1>O\d+)"
    r"(?: \( O\d+ \))? (?:, )?and (?:the )?(?P<o2>O\d+)")
# "Laos has been an ASEAN member since 1997 and holds the chairmanship this year": the sentence's subject
CHAIR_ELIDED = prefiltered(
    r"^(?:the )?(?P<c>[CL]\d+) [^;]*? and (?:also |currently |now )?(?P<verb>holds|held|chairs|chaired|will chair|took over|"
    r"takes over|assumed|assumes|will take over|will hold|will assume) (?:the |its )?(?:(?:rotating|annual|current) )*"
    r"(?:(?P<org>O\d+) )?(?:chairmanship|presidency|chair)(?: (?:of|in) (?:the )?(?P<org2>O\d+))?"
    # ("Russia took over the SCO chairmanship in June last year and also chairs BRICS this year")
    r"|^(?:the )?(?P<c2>[CL]\d+) [^;]*? and (?:also |currently |now )?(?P<verb2>chairs|chaired|will chair|presides over|"
    r"presided over) (?:the )?(?P<org3>O\d+)\b")
# "Vietnam holds the rotating Apec chair this year; Papua New Guinea takes over in 2018": the chair just told
CHAIR_TAKEN_OVER_NEXT = prefiltered(
    r"(?:^|(?<=^and )|(?<=, and )|(?<=; ))(?:the )?(?P<c>[CL]\d+) (?:then |in turn )?(?:takes over|will take over|is to take over|(?:is|was) due to take over|"
    r"took over|succeeds it|took it over|takes it over|will take it over)(?= (?:in |on |from )?D\d+)")
# "The chair passes from member to member each year. Russia held it last year, ...": the chair just spoken of
CHAIR_IT = prefiltered(
    r"(?:^|(?<=^and )|(?<=, )|(?<=, and )|(?<=; ))(?:the )?(?P<c>[CL]\d+) (?:held|holds|has held|had held|took|takes) "
    r"it(?= (?:in |on |from |for )?D\d+)")
CHAIR_GROUPS = ("c", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14", "c15", "c16",
                "c17", "c18", "c19", "c20")
# "spanned the chairmanships of Uzbekistan (2021-2022), India (2022-2023) and Kazakhstan (2023-2024)": each its term
CHAIRS_LISTED = prefiltered(r"(?:chairmanships|presidencies) of (?P<list>[CL]\d+ \( D\d+ \)(?: (?:,|and|, and) [CL]\d+ \( D\d+ \))+)")
# "handed the rotating chairmanship, which Kazakhstan had held since last July, to China": the one before
CHAIR_WHICH_HELD = prefiltered(
    r"(?:chairmanship|presidency|chair)(?: of (?:the )?(?:(?P<org>O\d+)|" + GROUP_WORDS + r"))? , which (?P<c>[CL]\d+|it) "
    r"(?:had |has |have )?"
    r"(?:held|holds|hold|kept) (?P<rest>[^,;]*)")


@dataclass
class MembershipFindings:
    memberships: list[MembershipFact]
    foundings: list[FoundingFact]
    chairmanships: list[ChairmanshipFact]


class MembershipReader:
    """Reads one article's sentences, keeping track of the organization it speaks of.

    The organization a bare "the group" or a sentence without one means is the one the
    article has named most so far (ties to the latest): an article on BRICS that mentions the
    UN once still means BRICS by "the rotating chairmanship".
    """

    def __init__(self, file: str, text: str, lookup: Callable[[str], Entity | None], parents: dict[str, str],
                 resolve_date: Callable[[object, str], DateValue | None], capitals: dict[str, str] | None = None,
                 person_state: Callable[[str], str | None] | None = None):
        self.file = file
        self.text = text
        self.lookup = lookup
        self.parents = parents
        self.resolve_date = resolve_date
        self.capitals = capitals or {}
        self.person_state = person_state or (lambda key: None)
        self.mentions: dict[str, tuple[int, int]] = {}  # organization -> (times named, when last)
        self.sentences_read = 0
        self.last_status: str | None = None
        self.memberships: list[MembershipFact] = []
        self.associates: set[tuple[str, str]] = set()  # (state, organization) told to be only associate members
        self.foundings: list[FoundingFact] = []
        self.chairmanships: list[ChairmanshipFact] = []
        self.clause_ends: list[int] = []  # of the sentence being read
        self.previous_state: str | None = None  # the first state the sentence before named
        self.opening_state: str | None = None  # the state the sentence before opened with
        self.last_said: DateValue | None = None  # the last date the sentences before said
        self.founders: dict[str, tuple[list[str], DateValue | None]] = {}
        self.founder_lists: list[list[str]] = []
        self.state_lists: list[list[str]] = []  # states named together so far ("the six" may be they)
        self.phrases: list = []
        self.recent_states: list[str] = []  # the last two states named together ("the two neighbours")
        self.recent_trio: list[str] = []  # and the last three ("Russia, India and China ... All three countries")
        self.first_trio: list[str] = []  # the article's own three, told first (a trilateral's: "all three" later on)
        self.pair_kept_until = 0  # and the last sentence they may be meant in
        self.pair_by_leaders = False  # the pair is the states of two leaders a sentence named
        self.named_before: str | None = None  # the last organization the sentence before named
        self.subject_before: str | None = None  # the organization the sentence before opened with
        self.told_before: str | None = None  # the organization the sentence before stated memberships of
        self.told_now: str | None = None
        self.gathered_before: set[str] = set()  # the organizers of the gatherings the last sentences named
        self.gathered_at = 0  # the sentence that named them

    # -- helpers

    @property
    def topic(self) -> str | None:
        if not self.mentions:
            return None
        return max(self.mentions, key=lambda key: self.mentions[key])

    def entity(self, view: SentenceView, placeholder: str | None) -> str | None:
        if not placeholder:
            return None
        return view.item(placeholder.split()[0]).entity

    def state(self, key: str | None) -> str | None:
        """A country, or the country whose capital stands for it."""
        if key and key.startswith("place/"):
            return self.capitals.get(key)
        return key

    def states(self, view: SentenceView, text: str | None) -> list[str]:
        found = [self.state(view.item(w).entity) for w in re.findall(r"[CL]\d+", text or "")]
        if re.search(r"\bthe two [a-z]+\b|\bboth\b", text or "") and len(self.recent_states) >= 2:
            found += self.recent_states[-2:]
        if re.search(r"\bthree [a-z]+\b", text or ""):
            found += self.recent_trio or self.first_trio
        return list(dict.fromkeys(key for key in found if key))

    def holder(self, view: SentenceView, m: re.Match, groups: tuple[str, ...]) -> str | None:
        """The state a chairmanship phrase names: a country, a capital, or a leader's country."""
        for group in groups:
            if m.groupdict().get(group):
                return self.state(self.entity(view, m.group(group)))
            if m.groupdict().get(group + "p"):
                return self.person_state(self.entity(view, m.group(group + "p")))
        return None

    def organization(self, view: SentenceView, match: re.Match, *groups: str) -> str | None:
        """The organization a match names; else one named in the same sentence, or organizing an event it
        names; else the article's topic."""
        for group in groups:
            value = match.groupdict().get(group)
            if value and re.match(r"O\d+", value):
                return self.root(self.entity(view, value))
            if value and re.match(r"E\d+", value) and self.international(self.event_organizer(view, value)):
                return self.event_organizer(view, value)  # "a summit of the BRICS group, which Russia chairs"
            if value and re.fullmatch(r"(?:[a-z-]+ )?(?:bank|lender|fund|conference|forum)", value):
                # "the agreement creating the bank": the bank just named (or the article's); "the conference
                # admitted Bangladesh": a body named a conference (CICA), not a meeting
                named = [self.root(self.entity(view, w)) for w in re.findall(r"\bO\d+\b", view.string[:match.start(group)])]
                named += sorted(self.mentions, key=lambda k: self.mentions[k], reverse=True)
                word = value.split()[-1]
                return next((k for k in named if k and self.international(k) and word in k.split("/")[-1].split("-")),
                            None)
            if value and re.fullmatch(r"(?:[a-z-]+ )?(?:" + GROUP_WORDS + ")", value):
                # "the summit of the BRICS group that Russia, which chairs the bloc this year, will host":
                # the organization just named; else the article's ("the bloc was founded ... and grew out
                # of the Shanghai Five": the bloc)
                named = [self.event_organizer(view, w) if w.startswith("E") else self.root(self.entity(view, w))
                         for w in re.findall(r"\b[OE]\d+\b", view.string[:match.start(group)])]
                # (the UN is not "the group" or "the bloc": an article that names its Assembly often still means
                # the bloc that met on its margins)
                named = [key for key in named if self.international(key) and key not in WORLD_BODIES]
                topic = max((k for k in self.mentions if k not in WORLD_BODIES), key=lambda k: self.mentions[k],
                            default=None)
                if named:
                    return named[-1]
                gathered = self.gathering_spoken_of(view, topic)
                if gathered:
                    return gathered  # ("... joined at that summit by ... Belarus was admitted as the tenth member of the bloc")
                if topic and topic != self.told_before and re.match(r" itself\b", view.string[match.end(group):]):
                    return topic  # "grew out of the Shanghai Five, formed in 1996 .... The organisation itself was
                    # proclaimed in 2001": the article's, not its forerunner just told
                if self.told_before:  # "The SCO was established in 2001 .... In 2017 India and Pakistan became
                    return self.told_before  # full members of the Organisation": the body just told of
                if topic:
                    return topic
        # an organization named before the match, or after it in the same statement; one named in a later
        # statement ("Kazakhstan will take over the chairmanship ..., and Tokayev set out ties with the CIS") is
        # what that statement is about
        same = re.split(r" , (?:and|but|while|whereas) | ; ", view.string[match.end():])[0]
        for word in re.findall(r"O\d+", view.string[:match.end()] + " " + same):
            key = self.root(self.entity(view, word))
            if self.international(key):
                return key
        for word in re.findall(r"E\d+", view.string):
            key = self.event_organizer(view, word)
            if self.international(key):
                return key
        if self.subject_before and self.international(self.subject_before) and self.subject_before not in WORLD_BODIES:
            # "The SCO has grown since then. India and Pakistan became full members in 2017, while Iran is an
            # observer", in a story of the Shanghai Five: the one the sentence before was about
            return self.subject_before
        topic = self.topic
        return self.gathering_spoken_of(view, topic) or topic  # (not the body the sentence before stated a membership of: "Turkey, a NATO member, ...")

    def gathering_spoken_of(self, view: SentenceView, topic: str | None) -> str | None:
        """"Last June Tashkent hosted the summit of the SCO ... Putin and Xi were both there. India and Pakistan
        signed their memoranda, and Uzbekistan passed the rotating chairmanship to Kazakhstan", in a story of the
        Eurasian Economic Union: the body whose gathering the sentences just before told of, when this sentence
        names none and the article's topic has not been named for a while."""
        gathered = {key for key in self.gathered_before if key not in WORLD_BODIES}
        if len(gathered) == 1 and topic is not None and topic not in gathered \
                and self.mentions[topic][1] < self.sentences_read - 3 and not re.search(r"\bO\d+\b", view.string):
            return gathered.pop()
        return None

    def root(self, key: str | None) -> str | None:
        while key in self.parents:
            key = self.parents[key]
        return key

    def international(self, key: str | None) -> bool:
        entity = self.lookup(key) if key else None
        return entity is not None and entity.kind == "organization" and entity.country is None

    def evidence(self, view: SentenceView, start: int, end: int) -> Evidence:
        a = view.items[view.index_at(start)].start
        b = view.items[view.index_at(max(start, end - 1))].end
        return Evidence(file=self.file, start=a, end=b, exact=self.text[a:b])

    def date_in(self, view: SentenceView, start: int, end: int, tense: str = "held") -> DateValue | None:
        """The first date in a stretch of the view: a date word, or the date an event phrase carries
        ("became the tenth member at the summit in July last year")."""
        for word in re.findall(r"\b[DE]\d+\b", view.string[start:end]):
            item = view.item(word)
            if word.startswith("D"):
                value = self.resolve_date(item.date, tense)
                if value is not None:
                    return value
            elif item.event is not None and item.event < len(self.phrases):
                for date_item in self.phrases[item.event].dates:
                    value = self.resolve_date(date_item.date, tense)
                    if value is not None:
                        return value
        return None

    def since(self, view: SentenceView, m: re.Match, start: int, end: int) -> DateValue | None:
        """When a change of status happened: a date after it in its clause, else before it in the clause,
        else, in a "when" clause, the date of the clause it hangs on ("grew on January 1, when ...")."""
        # (or after it: "Armenia and Kyrgyzstan joined later the same year")
        if re.match(r"(?:(?:the |that )?same year|later that year)\b", view.string[:m.start()].strip() or m.group(0)) \
                or re.match(r" (?:later |earlier |also )?(?:in )?(?:(?:the |that )?same year|that year)\b", view.string[m.end():]):
            # "That same year Karimov took his country into GUAM": the year the sentence before said
            base = self.last_date_in(view, 0, m.start()) or self.last_said
            return DateValue(start=base.start[:4]) if base is not None else None
        later = re.match(r" (a|one|two|three|four|five|\d+) years? later\b", view.string[m.end():])
        relative = re.match(r" (?:in )?(?:the )?(D\d+)", view.string[m.end():])
        next_year = bool(relative) and bool(re.fullmatch(r"(?:the )?(?:following|next) year",
                                                         view.item(relative.group(1)).date.text.lower()))
        if later or next_year:
            # "joined a year later", "was brought in the following year": counted from the year said before
            base = self.last_date_in(view, 0, m.start()) or self.last_said
            if base is None:
                return None
            count = 1 if next_year else count_of(later.group(1))
            return DateValue(start=str(int(base.start[:4]) + count))
        after = re.search(r"\b(a|one|two|three|four|five|\d+) years? after (?:the )?$", view.string[:m.start()])
        if after:
            # "joined in January, a year after Egypt, Ethiopia, Iran and the UAE were admitted"
            base = self.last_date_in(view, 0, m.start())
            if base is None:
                return None
            return DateValue(start=str(int(base.start[:4]) - count_of(after.group(1))))
        before = re.search(r" the (day|week) before\b| the previous (day|week)\b| a (day|week) earlier\b", m.group(0))
        if re.search(r" (?:that|the same) day\b", m.group(0)):
            # "talks with Lukashenko, whose country was admitted that day": the day the sentence said
            base = self.last_date_in(view, 0, m.start())
            return base if base is not None and base.granularity == "day" and not base.end else None
        if before:
            # "flew home on Friday from Astana, where his country was admitted the day before"
            base = self.last_date_in(view, 0, m.start())
            if base is None or base.granularity != "day" or base.end:
                return None
            days = 7 if "week" in before.group(0) else 1
            return DateValue(start=(base.first_day() - datetime.timedelta(days=days)).isoformat())
        if re.search(r"\bsince\s*$", view.string[:m.start()]):
            # "the first summit on Sunday since India and Pakistan came in": Sunday is the summit's
            return self.date_in(view, m.end(), end)
        # "the Group of 20 on Saturday admitted ...", "joined on July 4 as ...": a date the match holds
        # (not the date of an aside: "The SCO, founded in 2001, admitted India in 2017")
        aside = "aside" if m.groupdict().get("aside") else "aside2" if m.groupdict().get("aside2") else None
        # (a date after the bloc's own founding is the founding's: "became members of a bloc founded by Brazil, ...
        # in 2009")
        founded = re.search(r" (?:(?:which|that) (?:was|were) )?" + FOUND_VERBS + r" (?:by|in)\b", view.string[m.end():end])
        after_end = m.end() + founded.start() if founded else end
        # (nor the date of those who came after: "In 2017 India and Pakistan joined, followed by Iran in 2023")
        followed = re.match(r"(?: (?![CL]\d)\S+){0,3}? , followed by\b", view.string[m.end():after_end])
        after_end = m.end() + followed.end() if followed else after_end
        found = (self.date_in(view, m.end(aside) if aside else m.start(), m.end()) or self.date_in(view, m.end(), after_end)
                 or (None if aside else self.date_in(view, start, m.start())))
        if found is None and re.match(r"\s*,? ?(?:when|as)\b", view.string[start:]):
            found = self.date_in(view, 0, start)
        if found is None and re.search(r"\b(?:has|have) ", m.group(0)):
            # "Indonesia has become a member, Brazil announced on Monday": the news is the change
            found = self.date_in(view, m.end(), len(view.string))
        return found

    def more_joined(self, view: SentenceView, at: int, org: str, status: str) -> None:
        """The states listed on after a joining, each with its own date: ", Iran in 2023 and Belarus last year",
        "and Laos and Myanmar in 1997"."""
        more = MORE_JOINED.match(view.string, at)
        while more:
            for word in re.findall(r"[CL]\d+", more.group("c")):
                state = self.state(self.entity(view, word))
                if state:
                    self.add_membership(state, org, status, self.date_in(view, more.start("d"), more.end("d")), view, more)
            more = MORE_JOINED.match(view.string, more.end())

    def since_relative(self, view: SentenceView, m: re.Match, clause_start: int, end: int) -> DateValue | None:
        """`since` for a match made on the clause alone, placed back in the sentence."""
        moved = re.compile(re.escape(m.group(0))).match(view.string, clause_start + m.start())
        return self.since(view, moved, clause_start, end) if moved else None

    def last_date_in(self, view: SentenceView, start: int, end: int) -> DateValue | None:
        for word in reversed(re.findall(r"\bD\d+\b", view.string[start:end])):
            value = self.resolve_date(view.item(word).date, "held")
            if value is not None:
                return value
        return None

    def members(self, view: SentenceView, m: re.Match) -> list[str]:
        """The states a membership match names, with any added after it ("..., along with the Maldives")."""
        if m.groupdict().get("mp"):
            found = [self.person_state(self.entity(view, m.group("mp")))]
        elif m.groupdict().get("it") and m.re is BECAME:
            found = [self.opening_state]  # ("The SCO was set up by China. It became ...": not China)
        elif m.groupdict().get("it2"):
            named = [self.state(self.entity(view, w)) for w in re.findall(r"\b[CL]\d+\b", view.string[:m.start()])]
            found = [key for key in named if key][-1:]
        elif m.groupdict().get("it"):
            found = [self.previous_state]
        elif m.groupdict().get("it3"):
            found = [self.opening_state]
        else:
            found = self.states(view, m.group("m")) + self.states(view, m.groupdict().get("m2"))
        tail = re.match(r" ,? along with (?:the )?(" + STATES + ")", view.string[m.end():])
        if tail:
            found += self.states(view, tail.group(1))
        return [key for key in found if key]

    # -- reading

    def note_headline(self, view: SentenceView) -> None:
        """The headline's organizations are what the article is about: each counts as two mentions
        (an article headlined on BRICS that once names the UN Security Council still means BRICS).
        So are the lead's, the body's first sentence."""
        for word in re.findall(r"\bO\d+\b", view.string):
            key = self.root(self.entity(view, word))
            if self.international(key):
                count, last = self.mentions.get(key, (0, 0))
                self.mentions[key] = (count + 2, last)

    def read(self, view: SentenceView, clauses: list[tuple[int, int]], phrases: list) -> None:
        """One sentence, as a view, its clauses (character ranges of the view string) and event phrases."""
        self.phrases = phrases
        self.sentences_read += 1
        self.told_before, self.told_now = self.told_now, None
        self.clause_ends = sorted(e for _, e in clauses)
        self.chair_phrases: set[tuple[str, int]] = set()  # read from two clauses (one hangs on the other): once
        self.status_lists: set[int] = set()  # (the same: a list after its status, whichever clause holds it)
        if self.sentences_read > self.pair_kept_until:
            self.recent_states = []  # a pair named long ago is not "the two countries"
            self.recent_trio = []
        joined: list[tuple[int, int]] = []
        for start, end in clauses:  # "..., including Russia, China and the US,": a list read with what it illustrates
            if joined and view.string[start:].startswith("including "):
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((start, end))
        for start, end in joined:
            # "India and Pakistan moved closer ..., when leaders agreed to admit the two neighbours": the pair
            # this sentence named before
            self.note_pairs(view, view.string[:end])
            self.read_clause(view, start, end)
            for word in re.findall(r"[OE]\d+", view.string[start:end]):
                key = (self.event_organizer(view, word) if word.startswith("E") else
                       self.root(self.entity(view, word)))
                if self.international(key):
                    count, _ = self.mentions.get(key, (0, 0))
                    self.mentions[key] = (count + 1, self.sentences_read)
        self.status_list(view)
        self.read_past_aside(view)
        organizers = {self.event_organizer(view, w) for w in re.findall(r"\bE\d+\b", view.string)}
        organizers = {key for key in organizers if self.international(key)}
        self.gathered_before = organizers or (self.gathered_before if self.sentences_read - self.gathered_at <= 1
                                              else set())
        self.gathered_at = self.sentences_read if organizers else self.gathered_at
        # (only one named, and no "the Council" beside it that may be another: "the Council is separate from the EU")
        named = {self.root(self.entity(view, w)) for w in re.findall(r"\bO\d+\b", view.string)}
        named = [key for key in named if self.international(key)]
        # ("The grouping began as BRIC, ...": the group is the one named)
        bare = re.search(r"\bthe (?:" + GROUP_WORDS + r")\b(?! (?:began|started|was founded|was set up) as\b)", view.string)
        self.named_before = named[0] if len(named) == 1 and not bare else None
        opening = re.match(r"(?:the )?(O\d+)\b", view.string)
        self.subject_before = self.root(self.entity(view, opening.group(1))) if opening else None
        self.note_pairs(view, view.string)
        for listed in re.finditer(STATES, view.string):
            states = self.states(view, listed.group(0))
            if len(states) >= 3 and states not in self.state_lists:
                self.state_lists.append(states)  # what "the five" and "the leaders ... together with" may be
        said = self.last_date_in(view, 0, len(view.string))
        self.last_said = said or self.last_said  # "was brought in the following year": after the year said last
        # what a next sentence's "it" may be: the state that is a clause's subject ("Landlocked between
        # Russia and China, Mongolia has long ..."), else the first named
        subjects = re.findall(r"\b(C\d+) (?:(?:has|have|had|is|was|were|are|remains|will|would|also|still|now|long) )+",
                              view.string)
        named = [self.state(self.entity(view, w)) for w in subjects + re.findall(r"\bC\d+\b", view.string)]
        self.previous_state = next((key for key in named if key), None)
        opening = re.match(r"(?:the )?(C\d+)\b", view.string)
        self.opening_state = self.state(self.entity(view, opening.group(1))) if opening else None
        statuses = [STATUS_WORDS[w] for w in re.findall(AS.replace("?P<as>", "?:"), view.string)
                    if STATUS_WORDS.get(w, "member") != "member"]
        if statuses:
            self.last_status = statuses[-1]

    def gathering_before(self, view: SentenceView, at: int) -> bool:
        """Whether the sentence tells a body's gathering before a position ("the meeting of BRICS ministers, held under
        the chairmanship of Brazil"; "Leaders of the SCO are to gather in Samarkand under the presidency of ...")."""
        before = view.string[:at]
        for word in re.findall(r"\bE\d+\b", before):
            index = view.item(word).event
            if index is not None and index < len(self.phrases) and self.phrases[index].kind in (
                    "Summit", "MinisterialMeeting", "OrgMeeting", "Conference"):
                return True
        return bool(re.search(r"\bO\d+\b", before) and re.search(r"\b(?:gather|meet|convene|met|gathered|convened)\b",
                                                                 before))

    def read_past_aside(self, view: SentenceView) -> None:
        """The sentence's first clause again without the aside after its opening state, whose commas cut the
        state off from what it says of it; only what that reading adds is kept."""
        aside = ASIDE_AFTER_STATE.match(view.string)
        if not aside:
            return
        cut = range(view.index_at(aside.start("aside")), view.index_at(aside.end("aside") - 1) + 1)
        reduced = SentenceView([item for n, item in enumerate(view.items) if n not in cut], self.lookup)
        clauses = split_clauses(reduced)
        if not clauses:
            return
        ranges = [(reduced.starts[c.start], reduced.starts[c.end - 1] + len(reduced.words[c.end - 1])) for c in clauses]
        told = {(f.member, f.organization, f.status) for f in self.memberships}
        kept, ends = len(self.memberships), self.clause_ends
        # (what the second reading adds that the first did not; the phrases it marks as read are at positions of
        # the shorter string, and go with it)
        chairs, founded = len(self.chairmanships), len(self.foundings)
        saved = (self.told_now, self.chair_phrases, self.status_lists)
        self.clause_ends = sorted(e for _, e in ranges)
        self.chair_phrases, self.status_lists = set(), set()
        try:
            self.read_clause(reduced, *ranges[0])
        finally:
            self.clause_ends = ends
            self.told_now, self.chair_phrases, self.status_lists = saved
        self.memberships[kept:] = [f for f in self.memberships[kept:] if (f.member, f.organization, f.status) not in told]
        seen = {(c.chair, c.organization) for c in self.chairmanships[:chairs]}
        self.chairmanships[chairs:] = [c for c in self.chairmanships[chairs:] if (c.chair, c.organization) not in seen]
        seen = {f.organization for f in self.foundings[:founded]}
        self.foundings[founded:] = [f for f in self.foundings[founded:] if f.organization not in seen]

    def status_shared(self, view: SentenceView, m: re.Match, org: str | None, status: str) -> None:
        """Others said to hold the status a match gave ("alongside Afghanistan, Iran and Mongolia"): since
        a time the sentence does not say."""
        shared = STATUS_SHARED.match(view.string, m.end())
        if shared:
            for state in self.states(view, shared.group("m") or shared.group("m2")):
                self.add_membership(state, org, status, None, view, shared)

    def as_have(self, view: SentenceView, m: re.Match, org: str | None, status: str, since: DateValue | None) -> None:
        """", as have India and Pakistan" after a membership told: theirs too, since the same time."""
        also = AS_HAVE.match(view.string, m.end())
        if also:
            for state in self.states(view, also.group("m")):
                self.add_membership(state, org, status, since, view, also)

    def note_pairs(self, view: SentenceView, text: str) -> None:
        """The last two states a text names together: "the UAE and Saudi Arabia ... Both"; or, in a
        sentence that names no such pair, the states of the two leaders it names ("Putin met Modi in
        New Delhi. Both countries are members of BRICS")."""
        named = False
        for a, b in re.findall(r"(?<![,] )\b(C\d+) (?:and|or) (?:the )?(C\d+)\b", text):
            pair = [self.state(self.entity(view, a)), self.state(self.entity(view, b))]
            if all(pair) and pair[0] != pair[1]:
                self.recent_states, self.pair_kept_until = pair, self.sentences_read + 12
                named = True
        for trio in re.findall(r"(?<![,-] )\b(C\d+) (?:,|-) (C\d+) (?:,|-|and|, and) (?:the )?(C\d+)\b(?! (?:,|-|and) C\d)", text):
            states = list(dict.fromkeys(self.state(self.entity(view, w)) for w in trio))
            if len(states) == 3 and all(states):  # "Russia, India and China", "the Russia-India-China format"
                self.recent_trio, self.pair_kept_until = states, max(self.pair_kept_until, self.sentences_read + 12)
                self.first_trio = self.first_trio or states
        if named:
            self.pair_by_leaders = False
        elif self.pair_by_leaders or self.sentences_read >= self.pair_kept_until:
            # (a pair of states named stands; one by leaders holds for the next two sentences only)
            leaders = [self.person_state(self.entity(view, w)) for w in re.findall(r"\bP\d+\b", text)]
            states = list(dict.fromkeys(key for key in leaders if key))
            for word in re.findall(r"\bG\d+\b", text):
                # ("Putin met the leaders of the UAE and Saudi Arabia. Both were among ...": the group's two states)
                pair = list(dict.fromkeys(self.person_state(p) for p in view.item(word).group))
                if len(pair) == 2 and all(pair):
                    states = pair
            if len(states) == 2:
                self.recent_states, self.pair_kept_until = states, self.sentences_read + 2
                self.pair_by_leaders = True
            elif len(states) == 3:  # "Jaishankar, Wang and Lavrov met by video": their states
                self.recent_trio, self.pair_kept_until = states, self.sentences_read + 2
                self.first_trio = self.first_trio or states

    def read_clause(self, view: SentenceView, start: int, end: int) -> None:
        s = view.string[:end]
        clause, clause_start = s[start:end], start
        # a relative clause is read with what it hangs on: "Russia, which chairs the group this year"
        # ("China and India, which were admitted as observers": both)
        # (and a name in quotes: 'the "Shanghai Five", which China, Russia, ... set up in 1996')
        # (and a gathering of a body: "at the summit of the SCO, which Kazakhstan and China founded in 2001")
        antecedent = re.search(r"(?:(?:[CL]\d+ (?:,|and|, and) )*[CLPOE]\d+(?: \")?|the two [a-z]+|" + GROUP_WORDS + r") , $",
                               s[:start])
        if antecedent and antecedent.group(0).startswith("E") \
                and not self.international(self.event_organizer(view, antecedent.group(0).split()[0])):
            antecedent = None
        if antecedent and re.match(r"(?:which|who|whose) ", clause):
            start = antecedent.start()
        # ("the Visegrad Group, founded in 1991 by ..., and which today also includes A and B": the body before, for
        # what it groups)
        bodies = list(re.finditer(r"(?:the )?O\d+(?: \( O\d+ \))? , ", s[:start])) \
            if re.match(r"and (?:which|that) ", clause) else []
        groups_from = bodies[-1].start() if bodies else start
        for m in ONE_OF.finditer(s, start):
            states = self.states(view, m.group("m")) + self.states(view, m.group("m2"))
            org = self.organization(view, m, "org")
            for state in states:
                self.add_membership(state, org, "founding_member" if m.group("founding") else "member", None, view, m)
            self.state_lists.append(states)
        for m in JOINS_MEMBERS.finditer(s, start):
            org = self.organization(view, m)
            for word in re.findall(r"\b[CL]\d+\b", m.group("m")):
                state = self.state(self.entity(view, word))
                if state:
                    self.add_membership(state, org, "member", None, view, m)
        for m in FOUNDED_BY_COUNT.finditer(s, start):
            self.founding(view, m, start, end)
        for m in BIRTH.finditer(s, start):
            org = self.organization(view, m, "org")
            # (the states this sentence lists before it, else those the sentences before listed last)
            here = [self.states(view, listed.group(0)) for listed in re.finditer(STATES, view.string[:m.start()])]
            here = [states for states in here if len(states) >= 3]
            states = here[-1] if here else self.state_lists[-1] if self.state_lists else []
            if self.international(org) and len(states) >= 3 and not any(f.organization == org for f in self.foundings):
                when = self.last_date_in(view, 0, m.start()) or self.last_said
                self.record_founding(org, list(states), None, when, view, m, end)
        for m in DATES_BACK.finditer(view.string, start):
            if m.start() < end:
                self.founding(view, m, start, len(view.string))
        for m in AMONG_FOUNDERS.finditer(view.string, start):
            founders = self.states(view, m.group("m"))
            org = self.organization(view, m, "org")
            if m.start() < end and self.international(org) and founders:
                self.founding_in_rest(org, founders, view, m, end)
        for m in MEMBERS_DID_LISTED.finditer(view.string, start):
            if m.start() < end:
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, self.organization(view, m, "org"), "member", None, view, m)
        for m in MEMBERS_LISTED.finditer(view.string, start):
            if m.start() >= end:
                continue
            org = self.organization(view, m)
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, "member", None, view, m)
        for m in JOINING_FOUNDERS.finditer(view.string, start):
            org = self.organization(view, m, "org")
            founders = self.states(view, m.group("founders")) + (self.states(view, m.group("more")) if m.group("more") else [])
            if m.start() < end and self.international(org) and len(founders) >= 3:
                self.founding_in_rest(org, founders, view, m, end)
        for m in (*FOUNDED_BY_TREATY.finditer(view.string, start), *FOUNDED_THEN_LISTED.finditer(view.string, start)):
            org = self.organization(view, m, "org", "org2")
            founders = self.states(view, m.group("founders"))
            if m.start() < end and self.international(org) and len(founders) >= 2:
                self.founding_in_rest(org, founders, view, m, end)
        if start == 0:
            for m in FOUNDED_BY_THEM.finditer(view.string):
                org = self.organization(view, m, "org")
                founders = self.states(view, m.group("founders"))
                if self.international(org) and len(founders) >= 2:
                    self.founding_in_rest(org, founders, view, m, len(view.string))
        for m in ANOTHER_FOUNDER.finditer(s, start):
            for state in self.states(view, m.group("m")):
                self.add_membership(state, self.organization(view, m), "founding_member", None, view, m)
        for m in BECAME_ONE_WHEN.finditer(view.string, start):
            org = (self.subject_before or self.named_before or self.topic) if m.group("it") else \
                self.organization(view, m, "org")
            founders = self.states(view, m.group("founders"))
            if m.start() < end and self.international(org) and len(founders) >= 2:
                self.record_founding(org, founders, None, self.date_in(view, m.start("d"), m.end("d")), view, m, end)
        for m in JOINING_ITS_FOUNDERS.finditer(view.string, start):
            org = self.organization(view, m)
            founders = self.states(view, m.group("founders"))
            if m.start() < end and self.international(org) and len(founders) >= 2 \
                    and not any(f.organization == org for f in self.foundings):
                self.record_founding(org, founders, None, None, view, m, end)
        for m in BEGAN_AS.finditer(view.string, start):
            org = (self.subject_before or self.named_before or self.topic) if m.group("it") else \
                self.organization(view, m, "org")
            founders = self.states(view, m.group("founders"))
            if m.start() < end and self.international(org) and len(founders) >= 3:
                self.founding_in_rest(org, founders, view, m, end)
        for pattern in (FOUNDED, FOUNDED_APPOSITION, FOUNDED_APPOSED, FOUNDED_BY_STATES, FOUNDED_BY_RELATIVE, FOUNDED_WHEN,
                        FOUNDING_NOUN):
            for m in pattern.finditer(s, start):
                self.founding(view, m, start, end)
        for m in FOUNDED_TOGETHER.finditer(s, start):
            self.founding(view, m, 0, end, dated_by_clause=True)
        for m in TURNED_INTO.finditer(s, start):
            if not m.group("founders") and not UNNAMED_PARTIES.match(view.string):
                continue
            self.founding(view, m, start, end, dated_by_clause=True)
        for m in TURNED_INTO_BY.finditer(s, start):
            self.founding(view, m, start, end)
        for pattern in (FOUNDED_RELATIVE, FOUNDED_PARTICIPLE):
            if pattern is FOUNDED_RELATIVE and not re.search(r"(?:\b[OE]\d+(?: \( O\d+ \))?(?: \")?|\b(?:" + GROUP_WORDS
                                                             + r"|bank|lender|forum|conference|format|mechanism)) , $",
                                                             s[:clause_start]):
                continue  # "relations between India and the People's Republic, which were established in 1950": not a body
            for m in pattern.finditer(clause):
                self.founding(view, m, clause_start, end, offset=clause_start)
        for m in FOUNDING_MEMBERS.finditer(s, start):
            # ("a founding member of the SCO and of the Eurasian Economic Union": of each)
            for org in [self.organization(view, m, "org")] + ([self.organization(view, m, "org2")] if m.group("org2") else []):
                for state in self.states(view, m.group("m")) + self.states(view, m.group("m2")) + self.states(view, m.group("m3")):
                    self.add_membership(state, org, "founding_member", None, view, m)
        for m in JOINED_BY.finditer(s, start):
            # "the grouping founded in Shanghai in 2001 by China, Russia, ... and joined by India and Pakistan in 2017"
            # (the one named last before the founding: "..., recognised by the UN in 1995, is not a member of the SCO, the
            # grouping founded ...")
            named = [self.root(self.entity(view, w)) for w in re.findall(r"\bO\d+\b", view.string[:m.start()])]
            named = [key for key in named if self.international(key) and key not in WORLD_BODIES]
            org = named[-1] if named else self.organization(view, m)
            if m.start() < end and self.international(org):
                since = self.date_in(view, m.start("d"), m.end("d")) if m.group("d") else None
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, org, "member", since, view, m)
        for m in AS_FOUNDERS_FRONTED.finditer(s, start):
            for state in self.states(view, m.group("m")):
                self.add_membership(state, self.organization(view, m, "org"), "founding_member", None, view, m)
        for pattern in (JOINED, BECAME, ONE_OF_BECAME, GRANTED, SIGNED_FOR_STATUS, GAINED, TOOK_IN, TOOK_INTO, MEMBERSHIP_FOR,
                        NOT_MEMBER_BUT, NOT_MEMBER_ONE_OF, ONLY_MEMBER, OF_WHICH_MEMBER):
            for m in pattern.finditer(s, start):
                if pattern is JOINED and re.search(r"\b(?:when|as|after) (?:the )?$", s[:m.start()]) and BECAME_NAMED.search(s):
                    continue  # "became the SCO in 2001 when Uzbekistan joined": a founder of the new one (BECAME_NAMED)
                if pattern is JOINED and re.search(r"\b(?:which|that) (?:(?:the )?[CL]\d+ (?:,|and|, and) )+$", s[:m.start()]):
                    continue  # "the Eurasian Economic Union that Kazakhstan and Kyrgyzstan have joined": JOINED_RELATIVE's
                word = m.groupdict().get("as") or m.groupdict().get("as2") or "member"
                status = STATUS_WORDS.get(word, "member")
                if pattern is OF_WHICH_MEMBER and m.group("founding") and status == "member":
                    status = "founding_member"
                org = self.organization(view, m, "org", "org2", "orgev")
                if pattern is JOINED and m.group("itorg"):
                    named = [self.root(self.entity(view, w)) for w in re.findall(r"\bO\d+\b", view.string[:m.start()])]
                    named = [key for key in named if self.international(key)]
                    if not named:
                        continue
                    org = named[-1]
                elif pattern is JOINED and not m.group("org") and self.named_before \
                        and not re.search(r"\b[OE]\d+\b|'s\b|\bthe (?:" + GROUP_WORDS + r")\b", view.string):
                    org = self.named_before  # "... APEC, launched in 1989. China joined in 1991.": the one just named
                since = self.since(view, m, start, end) if status != "founding_member" else None
                aside = re.search(r" , (?:which|who|whose) [^,]+ ,", m.group(0)) if pattern in (JOINED, BECAME) else None
                if aside:
                    # "Morocco, which walked out of the OAU in 1984, rejoined the continental body in 2017": the
                    # date and the organization of the aside are another story's
                    since = self.date_in(view, m.end(), end) or self.date_in(view, m.start() + aside.end(), m.end())
                    if m.group("org") and not re.match(r"O\d+", m.group("org")):
                        named = [self.root(self.entity(view, w)) for w in re.findall(r"\bO\d+\b", view.string[:m.start()])]
                        named = [key for key in named if self.international(key)]
                        org = named[-1] if named else self.topic
                for state in self.members(view, m):
                    self.add_membership(state, org, status, since, view, m)
                self.as_have(view, m, org, status, since)
                if status != "member":
                    self.status_shared(view, m, org, status)
                joining = JOINING_MEMBERS.match(view.string, m.end() + len(re.match(r"(?: (?:(?:in|on) )?D\d+)?",
                                                                                view.string[m.end():]).group(0)))
                if joining and status == "member" and pattern in (BECAME, JOINED):
                    for state in self.states(view, joining.group("m")):
                        self.add_membership(state, org, "member", None, view, joining)
                also = ALSO_JOINED.match(view.string, m.end()) if pattern is JOINED and status == "member" else None
                if also and self.international(self.root(self.entity(view, also.group("org")))):
                    # "joined the SCO as a full member in 2023 and BRICS in January 2024": the second too, then
                    second = self.date_in(view, also.start("d"), also.end("d")) if also.group("d") else None
                    for state in self.members(view, m):
                        self.add_membership(state, self.root(self.entity(view, also.group("org"))), "member", second,
                                            view, also)
                together = JOINED_TOGETHER.match(view.string, m.end())
                if together and pattern in (JOINED, BECAME):
                    # "Iran joined BRICS on January 1, 2024, together with Egypt, Ethiopia and the UAE": then too
                    for state in self.states(view, together.group("m")):
                        self.add_membership(state, org, status, since, view, together)
                if pattern in (JOINED, BECAME, TOOK_IN, GRANTED, GAINED):
                    # "joined in 2017, Iran in 2023"; "became full members in 2017, Iran in 2023 and Belarus last year";
                    # "Sri Lanka acquired the status in 2009 and Turkey in 2012"
                    said = DATE_NEXT.match(s, m.end(), end)
                    # (past the clause: "became member states in 2017, and the Islamic Republic of Iran in 2023")
                    if said:
                        self.more_joined(view, said.end(), org, status)
                    followed = FOLLOWED_BY.match(s, said.end() if said else m.end(), end)
                    if followed is None and said:
                        ends = [e for e in self.clause_ends if e >= said.end()]
                        rest_of = re.match(r"(?:(?: ,)? (?:and )?[CL]\d+(?: and [CL]\d+)? (?:in |on )?D\d+)*", s[said.end():])
                        followed = FOLLOWED_BY.match(view.string, said.end() + rest_of.end())
                    if followed:
                        d = "d" if followed.group("m") else "d2"
                        for state in self.states(view, followed.group("m") or followed.group("m2")):
                            self.add_membership(state, org, status, self.date_in(view, followed.start(d),
                                                                                 followed.end(d)), view, followed)
                        # ("followed by Iran in 2023 and Belarus this year": the last too)
                        self.more_joined(view, followed.end(), org, status)
        for m in BECOMING_FRONTED.finditer(s, start):
            org = self.organization(view, m, "org", "org2")
            if m.start() < end and self.international(org):
                since = self.date_in(view, m.start("d"), m.end("d")) if m.group("d") else None
                status = STATUS_WORDS.get(m.group("as") or m.group("as2") or "member", "member")
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, org, status, since, view, m)
        for m in SIGNED_FOUNDING.finditer(s, start):
            org = self.organization(view, m, "org") if m.group("org") else self.topic
            if not self.international(org):
                continue
            founders = self.states(view, m.group("founders")) if m.group("founders") else list(dict.fromkeys(
                key for key in (self.person_state(p) for w in re.findall(r"[PG]\d+", m.group("people"))
                                 for p in (view.item(w).group or [view.item(w).entity]))
                if key))
            if len(founders) < 2:
                continue
            rest_start = m.start("rest")
            place = re.search(r"\bin (?:the )?(?:A\d+ (?:city|capital|town) of |A\d+ (?:city|capital) , )?(L\d+)", m.group("rest"))
            date = self.date_in(view, rest_start, end) or self.date_in(view, m.start(), rest_start)  # ("on Friday signed")
            self.record_founding(org, founders, self.entity(view, place.group(1)) if place else None, date, view, m, end)
        for m in GREW_OUT.finditer(s, start):
            self.founding(view, m, start, end)
        if start == 0:
            for m in BECAME_ORGANIZATION.finditer(s):
                self.founding(view, m, start, end)
        for m in ENDED_STATUS.finditer(s, start):
            for state in self.states(view, m.group("m")):
                self.add_membership(state, self.organization(view, m), STATUS_WORDS.get(m.group("as"), "observer"),
                                    self.date_in(view, m.start("d"), m.end("d")), view, m)
        for m in GROUPS_STATES.finditer(s, groups_from):
            # "the SCO groups China, Russia, ..., which are its six founding members"
            founders = re.match(r" , (?:which|who) (?:are|were) (?:its|the|all) (?:[a-z]+ )?(?:founding|original) members\b",
                                view.string[m.end():])
            for state in self.states(view, m.group("m") or m.group("m2")):
                self.add_membership(state, self.organization(view, m, "org", "org2"),
                                    "founding_member" if founders or m.group("orig") else "member", None, view, m)
        for m in MEMBERS_OF_GROUP.finditer(s, start):
            org = self.organization(view, m, "org", "org3", "org5", "org6")
            for group in ("m", "m2", "m3", "m4", "m5", "m6"):
                for state in self.states(view, m.group(group)) if m.group(group) else []:
                    self.add_membership(state, org, "member", None, view, m)
        for m in MADE_MEMBER.finditer(s, start):
            org = self.organization(view, m, "org") if m.group("org") else (
                self.event_organizer(view, m.group("ev")) or self.organization(view, m))
            when = self.date_in(view, m.start("ev"), m.end()) or self.date_in(view, start, end)
            for state in self.states(view, m.group("m") or m.group("m2")):
                self.add_membership(state, org, STATUS_WORDS.get(m.group("as") or m.group("as2"), "member"), when,
                                    view, m)
        for m in STATUS_BY_NOUN.finditer(s, start):
            org = self.organization(view, m, "org", "org2")
            when = self.date_in(view, m.end(), end) if m.group("obtained") else None
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, STATUS_WORDS.get(m.group("as"), "member"), when, view, m)
        if start == 0:
            for m in ELIDED_JOINED.finditer(view.string):
                since = self.date_in(view, m.start("rest"), m.end("rest")) if m.group("rest") else None
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, self.organization(view, m, "org"), "member", since, view, m)
            # (read across the clauses: "India joined as an observer in 2005 and later became a full member in 2017")
            for m in ELIDED_BECAME.finditer(view.string):
                ends = [e for e in self.clause_ends if e >= m.end()]
                since = self.date_in(view, m.end(), ends[0] if ends else len(view.string))
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, self.organization(view, m, "org2", "org"),
                                        STATUS_WORDS.get(m.group("as"), "member"), since, view, m)
        subject_org = re.match(r"(?:the )?(O\d+)\b", s)
        for m in ADMITTED_TOO.finditer(clause):
            if subject_org:
                org = self.root(self.entity(view, subject_org.group(1)))
                since = self.date_in(view, clause_start + m.end(), end)
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, org, STATUS_WORDS.get(m.group("as") or "member", "member"), since, view,
                                        m, offset=clause_start)
        becoming = BECOMING.match(clause)
        subject = re.match(r"(?:the )?([CL]\d+)\b", s)
        if becoming and subject and start > 0:
            since = self.date_in(view, clause_start + becoming.end(), end)
            self.add_membership(self.state(self.entity(view, subject.group(1))), self.organization(view, becoming, "org")
                                if becoming.group("org") else self.organization(view, subject), STATUS_WORDS.get(
                                    becoming.group("as"), "member"), since, view, becoming, offset=clause_start)
        for m in JOINED_RELATIVE.finditer(clause):
            status = STATUS_WORDS.get(m.group("as") or "member", "member")
            org = self.antecedent(view, clause_start + m.start())
            since = self.since_relative(view, m, clause_start, end)
            if m.group("set") and status == "member":
                status, since = "admission_decided", None
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, status, since, view, m, offset=clause_start)
            # ("which Pakistan joined as a full member in 2017 alongside India": India then too)
            together = JOINED_TOGETHER.match(clause, m.end() + len(re.match(r"(?: (?:in |on )?D\d+)?", clause[m.end():]).group(0)))
            if together and not m.group("set"):
                for state in self.states(view, together.group("m")):
                    self.add_membership(state, org, status, since, view, together, offset=clause_start)
        for m in ACCESSION_OF.finditer(s, start):
            org = self.organization(view, m, "org", "org2")
            if m.start() < end and self.international(org):
                since = self.date_in(view, m.start("d"), m.end("d")) if m.group("d") else None
                for state in self.states(view, m.group("m") or m.group("m2")):
                    self.add_membership(state, org, "member", since, view, m)
        for m in ADDED_TO_LIST.finditer(s, start):
            if self.last_status and self.last_status != "member" and m.start() < end:
                org = self.organization(view, m)
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, org, self.last_status, self.date_in(view, m.end(), end), view, m)
        for m in THE_STATUS.finditer(s, start):
            # (the status this sentence named before, else the last one said: "as the leader of an observer
            # country - Iran has held that status since 2005 -")
            earlier = [STATUS_WORDS[w] for w in re.findall(AS.replace("?P<as>", "?:"), view.string[:m.start()])
                       if STATUS_WORDS.get(w, "member") != "member"]
            status = earlier[-1] if earlier else self.last_status
            if status:
                org = self.organization(view, m)
                since = self.date_in(view, m.end(), end)
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, org, status, since, view, m)
                said = DATE_NEXT.match(s, m.end(), end)
                if said:  # "Sri Lanka acquired the status in 2009 and Turkey in 2012"
                    self.more_joined(view, said.end(), org, status)
        for m in LISTED_TOOK_STATUS.finditer(s, start):
            since = self.date_in(view, m.end(), end)
            for state in self.states(view, m.group("m")):
                self.add_membership(state, self.organization(view, m), STATUS_WORDS[m.group("as")], since, view, m)
        for m in STATUS_HELD_BY.finditer(s, start):
            status = STATUS_WORDS.get(m.group("as"), "member")
            if status != "member":
                since = self.date_in(view, m.start("d"), m.end("d")) if m.group("d") else None
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, self.organization(view, m, "org2"), status, since, view, m)
        for m in MEMBERS_APPOSED.finditer(s):
            if not start <= m.start("as") < end:
                continue  # (the leaders are named in the clause before the one that says "whose countries")
            org = self.organization(view, m)
            states = ([self.person_state(self.entity(view, w)) for w in re.findall(r"P\d+", m.group("p"))]
                      if m.group("p") else self.states(view, m.group("m")))
            for state in dict.fromkeys(key for key in states if key):
                self.add_membership(state, org, "member", None, view, m)
        for m in MEMBERS_INCLUDE.finditer(s, start):
            org = self.organization(view, m)
            for state in self.states(view, " ".join(m.group(g) or "" for g in ("a", "b", "m"))):
                # ("The Organisation's dialogue partners include Turkey, Egypt, Qatar and Saudi Arabia")
                self.add_membership(state, org, STATUS_WORDS.get(m.group("as"), "member"), None, view, m)
        for pattern in (IS_MEMBER, MEMBERS_NAMED, HAS_MEMBERS, TAKES_PART_AS, MEMBERS_ARE, STATUS_GRANTED_TO,
                        STATUS_GRANTED_DOUBLE):
            for m in pattern.finditer(s, start):
                if pattern is MEMBERS_NAMED and not (m.group("org2") or m.group("org")) and not re.search(
                        r"states|countries|^dialogue", m.group("as") or ""):
                    continue
                status = STATUS_WORDS.get(m.group("as"), "member")
                if pattern is MEMBERS_ARE and m.group("founding") and status == "member":
                    status = "founding_member"
                org = self.organization(view, m, "org2", "org", "org4")
                if pattern in (STATUS_GRANTED_TO, STATUS_GRANTED_DOUBLE):
                    # ("agreed to start granting dialogue-partner status to Egypt": a procedure begun, no status yet)
                    if re.search(r"\b(?:to|will|would|shall|should|could|may)(?: (?:start|begin|launch|consider|"
                                 r"proceed with|move towards))?\s*$", s[:m.start()]) or re.search(
                            r"\b(?:procedure|process|bid|application|request|negotiations) (?:for|of|on) $|"
                            r"\b(?:is|are|was|were) (?:expected|due|set|scheduled|likely|poised) to\b|\bwill\b",
                            s[start:m.start()]):
                        # "a decision to grant membership to Belarus", "the summit is expected to complete the
                        # procedure for granting full membership to India and Pakistan": not yet granted
                        continue
                    org = self.organization(view, m)
                if pattern is TAKES_PART_AS:
                    event = re.search(r"\bE\d+", m.group("what"))
                    org = (self.organization(view, m) if re.search(r"O\d+", m.group("what")) else
                           (event and self.event_organizer(view, event.group(0))) or self.topic)
                    if re.search(r"\bits?\b", m.group("what")) and not re.search(r"[OE]\d+", m.group("what")):
                        # "The closest predecessor is the Eurasian Economic Community ... Armenia, Moldova and Ukraine sat
                        # in it as observers": the body the sentence before named
                        org = self.named_before or self.told_before or org
                where = re.search(r"\b(O\d+)(?: \")? , where $", s[:m.start()])
                if where and not any(m.groupdict().get(g) for g in ("org2", "org", "org4")) \
                        and not re.search(r"O\d+", m.groupdict().get("what") or ""):
                    # "the UN Security Council, where Russia and China sit as permanent members": members of that body
                    org = self.root(self.entity(view, where.group(1)))
                since = None
                # ("Mongolia was the first observer, in 2004, and Iran followed in 2005": then, and Iran too)
                first = pattern is IS_MEMBER and re.search(r"\bthe (?:first|second|third|fourth|latest|newest) \S+$",
                                                           m.group(0))
                after = re.match(r" since (D\d+)", s[m.end():]) or STATUS_SINCE.match(view.string, m.end()) or (
                    re.match(r" (?:, )?in (D\d+)", view.string[m.end():]) if first else None)
                if after:
                    since = self.date_in(view, m.end(), m.end() + len(after.group(0)))
                    if pattern is IS_MEMBER:  # "Turkey has been a dialogue partner since 2012, and Egypt since 2022"
                        self.more_joined(view, m.end() + len(after.group(0)), org, status)
                # ("Pakistan, like China, is a full member of the SCO, which it joined together with India in 2017":
                # China is one too, Pakistan since then, and India with it)
                joined_it = re.match(r" , which (?:it|they) (?:had )?joined(?: (?:together|along) with (?:the )?(?P<w>"
                                     + STATES + r"))?(?: (?:in|on) (?P<d>D\d+))?", view.string[m.end():]) \
                    if pattern is IS_MEMBER and status == "member" else None
                if joined_it and joined_it.group("d"):
                    since = since or self.date_in(view, m.end() + joined_it.start("d"), m.end() + joined_it.end("d"))
                if joined_it:
                    for state in self.states(view, joined_it.group("w")):
                        self.add_membership(state, org, status, since, view, m)
                if pattern is IS_MEMBER and m.group("like"):
                    for state in self.states(view, m.group("like")):
                        self.add_membership(state, org, status, None, view, m)
                followed = re.match(r"(?: (?:, )?in D\d+)?(?: ,)? and (?:the )?(?P<f>" + STATES + r") followed(?: suit)? "
                                    r"(?:in |on )?(?P<d>D\d+)", view.string[m.end():]) if first else None
                if followed:
                    then = self.date_in(view, m.end() + followed.start("d"), m.end() + followed.end("d"))
                    for state in self.states(view, followed.group("f")):
                        self.add_membership(state, org, status, then, view, m)
                along = re.match(r" (?:along with|together with|alongside|as well as) (?:the )?(" + STATES + r")(?= \.| ,| ;|$)",
                                 s[m.end():]) if pattern is IS_MEMBER else None
                second = re.match(r" and (?:also )?(?:a|an) (?:(?P<o>O\d+) )?(?P<as>observer|dialogue partner|member)"
                                  r"(?: (?:of|in) (?:the )?(?P<o2>O\d+))?(?= \.| ,| ;|$)", s[m.end():]) \
                    if pattern is IS_MEMBER else None
                if second and (second.group("o") or second.group("o2")):
                    # "Turkey is a NATO member and an SCO dialogue partner": that status too
                    other = self.root(self.entity(view, second.group("o") or second.group("o2")))
                    for state in self.members(view, m):
                        self.add_membership(state, other, STATUS_WORDS.get(second.group("as"), "member"), None, view, m)
                # ("Russia, India and China are members of BRICS along with Brazil and South Africa": those too)
                for state in self.members(view, m) + (self.states(view, along.group(1)) if along else []):
                    self.add_membership(state, org, status, since, view, m)
                    if pattern is IS_MEMBER and m.group("org3"):  # "members of BRICS and of the SCO"
                        self.add_membership(state, self.organization(view, m, "org3"), status, since, view, m)
                self.as_have(view, m, org, status, since)
                if status != "member" and pattern is not MEMBERS_NAMED:
                    self.status_shared(view, m, org, status)
        for m in FOUNDERS_APPOSED.finditer(s, start):
            self.founding(view, m, start, end)
        for m in FOUNDED_PARTICIPLE_BY.finditer(clause):
            self.founding(view, m, clause_start, end, offset=clause_start)
        for m in SIGNED_CREATING.finditer(s, start):
            self.founding(view, m, start, end)
        for m in BECAME_NAMED.finditer(s, start):
            org, prior = self.organization(view, m, "org"), self.root(self.entity(view, m.group("prior")))
            if not self.international(org) or not self.international(prior) or org == prior:
                continue
            joiners = self.states(view, m.group("m") or m.group("m2"))
            founders = self.founders.get(prior, ([], None))[0]
            self.record_founding(org, list(dict.fromkeys(founders + joiners)) if founders else [],
                                 None, self.date_in(view, m.start("rest"), m.end("rest")), view, m, end)
        for m in FOUNDED_BY_JOINED_BY.finditer(s, start):
            self.founding(view, m, start, end)
            since = self.date_in(view, m.start("d"), m.end("d")) if m.group("d") else None
            for state in self.states(view, m.group("m")):
                self.add_membership(state, self.organization(view, m, "org"), "member", since, view, m)
        for m in BROUGHT_IN.finditer(s, start):
            org = self.organization(view, m)
            since = self.date_in(view, m.end(), end)
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, "member", since, view, m)
        for m in ADMITTED_APPOSED.finditer(s, start):
            org = self.organization(view, m)
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, "member", self.date_in(view, m.start("d"), m.end("d")), view, m)
        for m in STATUS_ASIDE.finditer(s, start):
            since = self.date_in(view, m.start("d"), m.end("d")) if m.group("d") else None
            for state in self.states(view, m.group("m")):
                self.add_membership(state, self.organization(view, m, "org"), STATUS_WORDS.get(m.group("as"), "member"),
                                    since, view, m)
        for m in ASSOCIATE.finditer(s, start):
            org = self.organization(view, m, "org")
            self.associates.update((state, org) for state in self.states(view, m.group("m")) if org)
        for m in BELONGS.finditer(s, start):
            orgs = [self.organization(view, m, "org")] + ([self.organization(view, m, "org2")] if m.group("org2") else [])
            # ("belong to the BRIC grouping together with Brazil": Brazil too)
            # (read on past the clause: "together with" may open one of its own)
            noun = re.match(r"(?: (?:" + GROUP_WORDS + r"|grouping|format)\b)?", view.string[m.end():]).group(0)
            together = JOINED_TOGETHER.match(view.string, m.end() + len(noun)) if len(orgs) == 1 else None
            for org in orgs:
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, org, "member", None, view, m)
                for state in self.states(view, together.group("m")) if together else []:
                    whole = re.compile(r".*").match(view.string, m.start(), together.end())  # (the statement, as evidence)
                    self.add_membership(state, org, "member", None, view, whole)
        for m in JOINED_THEM.finditer(s, start):
            since = self.date_in(view, m.start("d"), m.end("d")) if m.group("d") else None
            # ("Belarus and Sri Lanka have been dialogue partners since 2009, and Turkey joined them last year": as
            # what "them" were)
            them = re.findall(r"\b(dialogue partners?|observers?|partner countries|partners?)\b", s[:m.start()])
            status = STATUS_WORDS.get(them[-1], "dialogue_partner") if them else "member"
            for state in self.states(view, m.group("m")):
                self.add_membership(state, self.organization(view, m), status, since, view, m)
        for m in GROUP_OF.finditer(s, start):
            states = self.states(view, m.group("m"))
            if len(states) >= 3:
                for state in states:
                    self.add_membership(state, self.organization(view, m, "org"), "member", None, view, m)
        for m in ORIGINAL_MEMBERS.finditer(s, start):
            states = self.states(view, m.group("m") or m.group("m2"))
            # (one state is enough "among" them: "with the United States among its founding economies")
            if len(states) >= 2 or (m.group("m2") and states):
                for state in states:
                    self.add_membership(state, self.organization(view, m, "org", "grp"), "founding_member", None, view, m)
        for m in ENDING_MEMBERSHIP.finditer(s, start):
            org = self.organization(view, m)
            began = self.date_in(view, m.start("d"), m.end("d"))
            ended = self.date_in(view, m.start("d1"), m.end("d1")) if m.group("d1") else None
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, "member", began, view, m, end=ended)
        for m in ITS_PARTNERS.finditer(s, start):
            org = self.organization(view, m, "org")
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, "member", None, view, m)
        # (the apposition may run past the clause: "India and Pakistan, | both observers, are seen ...")
        for m in (m for m in APPOSED_STATUS.finditer(view.string, start) if m.start() < end):
            org = self.organization(view, m, "org")
            status = "founding_member" if " founding " in m.group(0) else STATUS_WORDS.get(m.group("as"), "member")
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, status, None, view, m)
        for m in AMONG.finditer(s, start):
            if not self.states(view, m.group("m")):
                continue
            org = self.organization(view, m, "org2", "org")
            listed = {self.root(self.entity(view, w)) for w in re.findall(r"\bO\d+\b", m.group("m"))}
            if org in listed:
                # ("the association's observers", the EU among them: the association the article speaks of)
                org = next((k for k in sorted(self.mentions, key=lambda k: self.mentions[k], reverse=True)
                            if k not in listed and k not in WORLD_BODIES), None)
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, STATUS_WORDS.get(m.group("as"), "member"), None, view, m)
        for m in MEMBER_OF_LISTED.finditer(s, start):
            for group in ("org", "org2", "org3"):
                if m.group(group):
                    for state in self.states(view, m.group("m")):
                        self.add_membership(state, self.organization(view, m, group), "member", None, view, m)
        for m in COUNTS_AMONG.finditer(s, start):
            org = self.organization(view, m, "org")
            for state in self.states(view, m.group("m")) + self.states(view, m.group("m2")):
                self.add_membership(state, org, STATUS_WORDS.get(m.group("as"), "member"), None, view, m)
        for m in FORMS_WITH.finditer(s, start):
            org = self.organization(view, m, "org3", "org")
            subject = self.states(view, m.group("m0") or m.group("m1"))
            if m.group("it"):
                # "it" is the state the sentence is about: its first, before the group
                subject = self.states(view, " ".join(re.findall(r"\bC\d+\b", s[:m.start()])))[:1]
            if subject:
                for state in subject + self.states(view, m.group("m")):
                    self.add_membership(state, org, "member", None, view, m)
        for m in SITS_ALONGSIDE.finditer(s, start):
            orgs = [self.organization(view, m, group) for group in ("org", "org3") if m.group(group)]
            for org in orgs:
                for state in self.states(view, m.group("m")) + self.states(view, m.group("m2")):
                    self.add_membership(state, org, "member", None, view, m)
        for m in SIT_IN_WHICH.finditer(s, start):
            if m.start() < end:
                for state in self.states(view, m.group("m")) + self.states(view, m.group("m2")):
                    self.add_membership(state, self.organization(view, m, "org"), "member", None, view, m)
        for m in STATES_OF_STATUS.finditer(s, start):
            status = STATUS_WORDS.get(re.sub(r"[- ](?:states|countries)$", "s", m.group("as")).replace("-", " "))
            if m.start() < end and status and m.start() not in self.status_lists:
                self.status_lists.add(m.start())
                for state in self.states(view, m.group("m")):
                    self.add_membership(state, self.organization(view, m, "org"), status, None, view, m)
        for m in ATTACHED_AS.finditer(s, start):
            if m.start() < end:
                for state in self.states(view, m.group("m") or m.group("m2")):
                    self.add_membership(state, self.organization(view, m, "org"), STATUS_WORDS.get(m.group("as"), "member"),
                                        None, view, m)
        for m in IT_HOLDS.finditer(s[start:end]):
            if self.previous_state:
                after = start + m.end()
                since = re.match(r" since D\d+", s[after:end])
                self.add_membership(self.previous_state, self.organization(view, m, "org"),
                                    STATUS_WORDS.get(m.group("as"), "member"),
                                    since and self.date_in(view, after, after + since.end()), view, m, offset=start)
        for m in GRANTED_STATE.finditer(s, start):
            if re.search(r"\b(?:declined|refused|not|never|failed|rejected|to)\s*$", s[start:m.start()]):
                continue  # "declined to grant Timor-Leste observer status", "agreed to grant ...": not granted
            status = STATUS_WORDS.get(re.sub(r"^the status of (?:an? )?", "", m.group("as")), "observer")
            # (dated as the clause says, else by the gathering it was granted at: "at which the leaders ... granted")
            since = self.since(view, m, start, end) or self.date_in(view, 0, m.start())
            for state in self.states(view, m.group("m")):
                self.add_membership(state, self.organization(view, m), status, since, view, m)
        for m in GRANTED_IT.finditer(s, start):
            if re.search(r"\b(?:declined|refused|not|never|failed|rejected)\b[^,;]*$", s[start:m.start()]):
                continue  # "refused to admit Timor-Leste and declined to grant it observer status"
            # "agreed to admit Timor-Leste ... and to grant it observer status": the state this sentence named,
            # else the one the sentence before was about
            named = [self.state(self.entity(view, w)) for w in re.findall(r"\b(?:admit|admitting|accept|welcome) (?:the )?(C\d+)\b",
                                                                         s[:m.start()])]
            state = next((key for key in reversed(named) if key), None) or self.previous_state
            if state:
                self.add_membership(state, self.organization(view, m),
                                    STATUS_WORDS.get(m.group("as"), "member"), self.since(view, m, start, end), view, m)
        for m in DECIDED.finditer(s, start):
            states = self.states(view, next((m.group(g) for g in DECIDED_GROUPS if m.group(g)), None))
            if m.group("m5") and re.match(r" (?:signed|joined|became|were|was|have|has|had|will|are)\b", s[m.end("m5"):]):
                # "the procedure for admitting Belarus, Egypt and Qatar signed memoranda": the states after the first
                # open the next clause
                states = states[:1]
            if (m.group("mit") or m.group("mit2")) and self.previous_state:
                states = [self.previous_state]
            event = re.search(r"\b(?:at|during) (E\d+)", view.string[m.end():end])
            org = self.organization(view, m)
            if event:
                org = self.event_organizer(view, event.group(1)) or org
            # ("Bangladesh, the UAE and Uruguay were approved in 2021": then)
            decided = self.date_in(view, m.end(), end) if m.group("m15") else None
            for state in states:
                self.add_membership(state, org, "admission_decided", decided, view, m)
        opening = re.match(r"(?:the )?(" + STATES + r") (?!(?:,|and)\b)", view.string)
        for m in WHEN_PROCEDURE.finditer(clause):
            for state in self.states(view, opening.group(1)) if opening else []:
                self.add_membership(state, self.organization(view, m), "admission_decided", None, view, m,
                                    offset=clause_start)
        for m in LEFT.finditer(s, start):
            org = self.organization(view, m, "org")
            ended = self.date_in(view, m.start(), end)
            for state in self.states(view, m.group("m")):
                self.add_membership(state, org, "member", None, view, m, end=ended)
        # a chairmanship phrase may run past its clause ("handed the chairmanship, which X had held, to Y")
        for m in CHAIRS_OF_TWO.finditer(view.string, start):
            # "In 2019 Kyrgyzstan holds the rotating chairmanship of two organisations of which Russia is also a
            # member: the SCO and the CSTO": each, that year (and the states said to be members are)
            chair = self.state(self.entity(view, m.group("c")))
            period = self.date_in(view, start, m.start("o1"))
            for word in (m.group("o1"), m.group("o2")):
                org = self.root(self.entity(view, word))
                if chair and org and self.international(org):
                    self.chairmanships.append(ChairmanshipFact(
                        chair=chair, organization=org, start=period_start(period), end=period_end(period),
                        evidence=(self.evidence(view, m.start(), m.end()),), sources=(self.file,)))
                    self.chair_phrases.add(("chairs", m.start("c")))
                    # ("of which Russia is also a member": the chair is one too)
                    members = self.states(view, m.group("m")) + ([chair] if " also " in m.group(0) else []) \
                        if m.group("m") else []
                    for state in members:
                        self.add_membership(state, org, "member", None, view, m)
        for m in CHAIRS_LISTED.finditer(view.string, start, end):
            org = self.organization(view, m)
            for word, date in re.findall(r"([CL]\d+) \( (D\d+) \)", m.group("list")):
                chair, at = self.state(self.entity(view, word)), m.start("list") + m.group("list").index(date + " )")
                period = self.date_in(view, at, at + len(date))
                if chair and org and self.international(org) and period is not None:
                    self.chairmanships.append(ChairmanshipFact(
                        chair=chair, organization=org, start=period_start(period), end=period_end(period),
                        evidence=(self.evidence(view, m.start(), m.end()),), sources=(self.file,)))
        for m in CHAIRS.finditer(view.string, start):
            if m.start() >= end:
                break  # the next clause's own
            named = next((g for g in CHAIR_GROUPS + tuple(g + "p" for g in CHAIR_GROUPS) + ("cit", "cit2")
                          if m.groupdict().get(g)),
                         None)
            at = m.start(named) if named else m.start()
            if ("chairs", at) in self.chair_phrases:
                continue  # the same holder, read from another clause or by another alternative
            if re.match(r" (?:of|in) (?:the |its |that )?(?:[a-z-]+ ){0,4}(?:council|committee|commission)\b",
                        view.string[m.end():]):
                continue  # "Russia's presidency of the council (of heads of government)": of a body, not of the bloc
            self.chair_phrases.add(("chairs", at))
            stop = next((e for e in self.clause_ends if e >= m.end()), end)  # the clause the phrase ends in
            # (and "will take over the chairmanship from China and host the next summit in 2026": the will carried over)
            then = re.search(r" and (?:(?:will|would|is to|plans to|is due to) |(?:host|hold|chair|convene)\b)",
                             view.string[m.end():stop])
            if then:
                stop = m.end() + then.start()  # "took over the presidency and will host next year's summit": not then
            chair = self.previous_state if m.group("cit") or m.group("cit2") else self.holder(view, m, CHAIR_GROUPS)
            org = self.organization(view, m, "org", "orgp", "org12", "org2", "org3", "org4", "org5", "org6", "org7", "org8", "org9",
                                    "org10", "org11", "org13", "org14", "org15", "org16", "org17", "org18", "org19",
                                    "org20", "org21", "org22", "org23", "org24")
            if m.group("c15") and not re.match(r"O\d+", m.group("org19") or m.group("org20") or ""):
                # "results achieved under the Brazilian chairmanship, including the New Development Bank": of the
                # organization named before it, or the article's (not one the sentence goes on to name)
                named = [self.root(self.entity(view, w)) for w in re.findall(r"\bO\d+\b", view.string[:m.start()])]
                org = next((key for key in reversed(named) if self.international(key)), self.topic)
            tense = "planned" if re.search(r"\b(?:will|takes over|assumes|is to|(?:is|are) (?:due|set|expected|scheduled|"
                                           r"slated) to|hand|hands|passes|goes|falls)\b", m.group(0)) \
                else "held"  # "Malaysia takes over the chair in January": the January to come
            aside = re.search(r" , (?:which|who) [^,]+ ,", m.group(0))  # "Laos, which joined in 1997, chaired ..."
            period = self.date_in(view, m.end(), stop, tense) if m.group("c3") or m.group("c3p") or aside else \
                self.date_in(view, start if m.group("c8") or m.group("c8p") else m.start(), stop, tense)
            if m.group("c19") and not self.gathering_before(view, m.start()):
                continue  # (not "talks on Syria held in Geneva under the chairmanship of Switzerland": no body's gathering)
            if m.group("c18"):
                period = self.date_in(view, m.start(), m.end(), tense)  # (an apposition's own time, if any, not the clause's)
            if period is None and (m.group("c5") or m.group("c5p") or m.group("c19")):
                if any(c.chair == chair and c.organization == org for c in self.chairmanships):
                    continue  # "under India's chairmanship", after the article told since when India has held it
                # "joined BRICS on January 1 last year, during Russia's chairmanship of that bloc": that year
                # ("at their summit in Kazan last October, under Russia's chairmanship": the clause before's, just said)
                near = re.search(r"([DE]\d+) (?:, )?$", view.string[:m.start()])
                said = self.last_date_in(view, near.start(1), near.end(1)) if near and near.group(1)[0] == "D" else None
                if near and near.group(1)[0] == "E":  # (the date said inside the gathering's phrase)
                    item = view.item(near.group(1))
                    # ("plans to attend the Apec meeting in Bali in October, under the chairmanship of Indonesia": ahead)
                    ahead = re.search(r"\b(?:will|plans?|planned|expected|due|scheduled|is to|are to)\b", view.string[:m.start()])
                    dates = [self.resolve_date(d, "planned" if ahead else "held")
                             for d in find_dates(self.text[item.start:item.end], item.start)]
                    said = next((d for d in reversed(dates) if d is not None), None)
                period = DateValue(start=said.start[:4]) if said is not None else None
            if m.group("c14"):
                # "South Africa, the current BRICS chair, hosted the summit last year": the apposition's own time only,
                # the article's year when it says "current"
                current = re.search(r"\b(?:current|incumbent)\b", m.group(0))
                period = self.resolve_date(find_dates("this year")[0], "held") if current else None
            lead = re.match(r"(?:(?:on|in|from) )?D\d+ (?:, )?", view.string[start:at])
            if period is None and lead:  # "On 1 January 2020 Russia took over the chairmanship": the day the clause opens with
                period = self.date_in(view, start, start + lead.end(), tense)
            when = re.search(r"(D\d+) , when $", view.string[:at])
            if period is None and when:  # "... will be tested again next year, when India takes over the chairmanship"
                period = self.date_in(view, when.start(1), when.end(1), tense)
            if period is not None and (m.group("c8") or m.group("c8p")):
                period = DateValue(start=period.start[:4])  # "closed Armenia's year at the head": that year
            if chair and org and self.international(org) and chair != org:
                # "will chair the organisation until the next summit in 2025": the date is when it ends
                until = period is not None and re.match(r"(?: [^,;]{0,40}?)? (?:until|till|up to) ", view.string[m.end():stop])
                self.chairmanships.append(ChairmanshipFact(
                    chair=chair, organization=org, start=None if until else period_start(period),
                    end=DateValue(start=period.end or period.start) if until else period_end(period),
                    evidence=(self.evidence(view, m.start(), stop),), sources=(self.file,)))
                # "Russia takes over the chairmanship of the group from Brazil on January 1": Brazil's is the year before
                prior = re.match(r"(?: of (?:the )?(?:O\d+|" + GROUP_WORDS + r"))?(?: , which [^,]+ ,)? from (?:the )?(?P<p>[CL]\d+)",
                                 view.string[m.end():])
                if prior is None:
                    prior = re.match(r"(?: of (?:the )?(?:O\d+|" + GROUP_WORDS + r"))? , which (?:it|[CL]\d+) (?:took|had taken|"
                                     r"has taken|takes) over from (?:the )?(?P<p>[CL]\d+)", view.string[m.end():])
                before = self.state(self.entity(view, prior.group("p"))) if prior else None
                giver = re.search(r"(?:^|\b)(?:the )?(?P<g>[CL]\d+|P\d+)(?: , [^,]+ ,)? (?:(?:has|had|formally|officially|then|"
                                  r"later|also) )*$", view.string[start:m.start()]) if m.group("c3") or m.group("c3p") else None
                if giver and not before and not re.search(r" , which ", m.group(0)):  # (else CHAIR_WHICH_HELD's)
                    # "Kazakhstan handed over the SCO chairmanship to China": Kazakhstan had it until then
                    word = giver.group("g")
                    before = self.person_state(self.entity(view, word)) if word.startswith("P") else \
                        self.state(self.entity(view, word))
                    if before and before != chair and period is None and not any(
                            c.chair == before and c.organization == org for c in self.chairmanships):
                        self.chairmanships.append(ChairmanshipFact(
                            chair=before, organization=org, start=None, end=None,
                            evidence=(self.evidence(view, start + giver.start("g"), m.end()),), sources=(self.file,)))
                taken = period or (self.date_in(view, m.end() + prior.end(), stop, tense) if prior else None)
                dated = taken is not None and re.match(r"\d{4}", taken.start)
                if before and before != chair and (dated or not any(
                        c.chair == before and c.organization == org for c in self.chairmanships)):
                    # "takes over the rotating chairmanship from Uzbekistan": Uzbekistan held it, since when unsaid;
                    # taken over on January 1 or for a year: since the year before; in the middle of one: that year
                    year = int(taken.start[:4]) - (1 if taken.granularity == "year" or taken.start[5:7] == "01" else 0) \
                        if dated else None
                    self.chairmanships.append(ChairmanshipFact(
                        chair=before, organization=org, start=DateValue(start=str(year)) if dated else None, end=None,
                        evidence=(self.evidence(view, m.start(), m.end() + (prior.end() if prior else 0)),),
                        sources=(self.file,)))
                # "which holds the SCO presidency for 2019-2020 and the BRICS chair for 2020": the second one too
                second = re.match(r" (?:(?:for|in|until|through) )?(?:D\d+ )?and (?:the |its )?(?P<o>O\d+) (?:chairmanship|"
                                  r"presidency|chair)(?: (?:for|in|until|through))? (?P<d>D\d+)", view.string[m.end():stop])
                other = self.organization(view, second, "o") if second else None
                if second and other and other != org and self.international(other):
                    at = m.end() + second.start("d")
                    term = self.date_in(view, at, at + len(second.group("d")), tense)
                    self.chairmanships.append(ChairmanshipFact(
                        chair=chair, organization=other, start=period_start(term), end=period_end(term),
                        evidence=(self.evidence(view, m.start(), m.end() + second.end()),), sources=(self.file,)))
                # "India holds the chairmanship this year, its third turn after 2012 and 2016": those turns too
                turns = re.match(r" (?:D\d+ )?, (?:its|their) (?:[a-z]+ )?(?:turn|time|stint)(?: at the helm| in the chair)? "
                                 r"(?:after|since|following) (D\d+(?: (?:,|and) D\d+)*)", view.string[m.end():])
                for word in re.findall(r"D\d+", turns.group(1)) if turns else []:
                    item = view.item(word)
                    at = view.string.index(word, m.end())
                    said = self.date_in(view, at, at + len(word))
                    # ("after 2012 and 2016" is read as one span of years: two turns)
                    years = [said.start, said.end] if said is not None and said.end and " and " in item.text else \
                        [said.start] if said is not None and not said.end else []
                    for year in years:
                        if re.fullmatch(r"\d{4}", year or ""):
                            self.chairmanships.append(ChairmanshipFact(
                                chair=chair, organization=org, start=DateValue(start=year), end=None,
                                evidence=(self.evidence(view, m.start(), m.end() + turns.end()),), sources=(self.file,)))
        for m in CHAIR_ELIDED.finditer(view.string):
            verb = "verb" if m.group("verb") else "verb2"
            if ("chairs", m.start(verb)) in self.chair_phrases or m.start(verb) < start or m.start(verb) >= end:
                continue
            self.chair_phrases.add(("chairs", m.start(verb)))
            chair = self.state(self.entity(view, m.group("c") or m.group("c2")))
            org = self.organization(view, m, "org", "org2", "org3")
            tense = "planned" if re.search(r"\b(?:will|takes over|assumes)\b", m.group(verb)) else "held"
            stop = next((e for e in self.clause_ends if e >= m.end()), end)
            period = self.date_in(view, m.end(), stop, tense)
            if chair and org and self.international(org) and chair != org:
                self.chairmanships.append(ChairmanshipFact(
                    chair=chair, organization=org, start=period_start(period), end=period_end(period),
                    evidence=(self.evidence(view, m.start(verb), stop),), sources=(self.file,)))
        for m in CHAIR_IT.finditer(view.string, start, end):
            at = view.items[view.index_at(m.start("c"))].start
            if not re.search(r"\b(?:chair|chairmanship|presidency)\b", self.text[max(0, at - 300):at], re.IGNORECASE):
                continue
            chair, org = self.state(self.entity(view, m.group("c"))), self.organization(view, m)
            period = self.date_in(view, m.end(), next((e for e in self.clause_ends if e >= m.end()), end), "held")
            if chair and org and self.international(org) and chair != org and period is not None:
                self.chairmanships.append(ChairmanshipFact(
                    chair=chair, organization=org, start=period_start(period), end=period_end(period),
                    evidence=(self.evidence(view, m.start(), m.end()),), sources=(self.file,)))
        for m in CHAIR_TAKEN_OVER_NEXT.finditer(view.string, start, end):
            told = self.chairmanships[-1] if self.chairmanships else None
            chair = self.state(self.entity(view, m.group("c")))
            if told is None or chair is None or chair == told.chair \
                    or view.items[view.index_at(m.start("c"))].start - told.evidence[0].end > 300:
                continue
            tense = "planned" if re.search(r"\b(?:will|takes|is|due)\b", m.group(0)) else "held"
            period = self.date_in(view, m.end(), next((e for e in self.clause_ends if e >= m.end()), end), tense)
            if period is not None:
                self.chairmanships.append(ChairmanshipFact(
                    chair=chair, organization=told.organization, start=period_start(period), end=period_end(period),
                    evidence=(self.evidence(view, m.start(), m.end()),), sources=(self.file,)))
        for m in CHAIR_WHICH_HELD.finditer(view.string, start):
            if m.start() >= end:
                break
            if ("held", m.start()) in self.chair_phrases:
                continue
            self.chair_phrases.add(("held", m.start()))
            holder = m.group("c")
            if holder == "it":  # "Belarus passed the chairmanship, which it had held through 2023, to ..."
                named = re.findall(r"\b[CL]\d+\b", view.string[start:m.start()])
                holder = named[-1] if named else None
            chair, org = self.entity(view, holder), self.organization(view, m, "org")
            period = self.date_in(view, m.start("rest"), m.end("rest"))
            if chair and org and self.international(org) and chair != org:
                self.chairmanships.append(ChairmanshipFact(
                    chair=self.state(chair) or chair, organization=org, start=period_start(period),
                    end=None if "since" in m.group("rest") else period_end(period),
                    evidence=(self.evidence(view, m.start(), m.end()),), sources=(self.file,)))

    def antecedent(self, view: SentenceView, start: int) -> str | None:
        """What "which" or "that" at `start` refers back to: the organization last named before it."""
        before = view.string[:start]
        named = re.findall(r"\b(O\d+)\b", before)
        for word in reversed(named):
            key = self.root(self.entity(view, word))
            if self.international(key):
                return key
        return self.topic

    def event_organizer(self, view: SentenceView, placeholder: str) -> str | None:
        event = view.item(placeholder).event
        if event is None or event >= len(self.phrases):
            return None
        return self.root(self.phrases[event].organizer)

    def founding(self, view: SentenceView, m: re.Match, start: int, end: int, offset: int = 0,
                 dated_by_clause: bool = False) -> None:
        """A founding statement; `offset` places a match made on the clause alone ("which was set up in
        2001", whose organization is the one just named) back in the sentence."""
        org = self.organization(view, m, "org")
        if not self.international(org):
            return
        rest = m.group("rest") if "rest" in m.groupdict() else ""
        rest_start = m.start("rest") + offset
        # ("the lender created by Brazil, ..., said on Thursday that ...": the day of the saying is not the founding's)
        rest = re.split(r" (?:, )?(?:said|says|told|announced|added|reported|stated|confirmed|noted|declared)\b", rest)[0]
        place_match = re.search(r"\bin (?:the )?(?:[AC]\d+ (?:city|capital|town) of )?(L\d+)", rest)
        if place_match is None and m.groupdict().get("with"):  # "the leaders met again in Shanghai and, together ..."
            place_match = re.search(r"\bmet (?:again )?in (?:the )?(L\d+)", view.string[:m.start() + offset])
        place = self.entity(view, place_match.group(1)) if place_match else None
        held_at = re.match(r" at (?:the |their |its )?(E\d+)", rest) or re.search(
            r"\bsigned at (?:the |their |its )?(E\d+)(?: ,| \.)?$", rest)  # ("created by A, B and C under an agreement signed at
        # their sixth summit, in the Brazilian city of Fortaleza, in July 2014": the summit's place and day, told after it)
        told_after = re.match(r" (?:, )?(?:held )?in (?:the )?(?:[AC]\d+ (?:city|capital|town) of )?(?P<l>L\d+)(?: ,)?"
                              r"(?: (?:in |on )?(?P<d>D\d+))?", view.string[rest_start + len(rest):]) \
            if held_at and rest.endswith(",") or held_at and rest.endswith(held_at.group(1)) else None
        if place is None and held_at:  # "signed the agreement ... at their sixth summit, held in Fortaleza": there
            event = view.item(held_at.group(1)).event
            places = self.phrases[event].places if event is not None and event < len(self.phrases) else []
            place = places[0] if places else None
        if place is None and told_after:
            place = self.entity(view, told_after.group("l"))
        date = self.date_in(view, rest_start, rest_start + len(rest))
        if date is None and told_after and told_after.group("d"):
            date = self.date_in(view, told_after.start("d") + rest_start + len(rest), told_after.end("d") + rest_start + len(rest))
        if date is None and dated_by_clause:
            date = self.date_in(view, start, end)
        fronted = re.search(r"(?:^|, )(?:in |on )?(D\d+) , (?:the )?$", view.string[:m.start() + offset]) \
            if date is None else None
        if fronted:
            # "Barely a month ago, on June 15, the SCO was founded in Shanghai by ...": the date set before it
            date = self.date_in(view, fronted.start(1), fronted.end(1))
        opening = re.match(r"(?:in|on) (D\d+) ", view.string) if date is None and dated_by_clause else None
        if opening:
            # "In 2002 the six states that had stayed in the treaty - ... - turned it into an organisation": the year the
            # sentence opens with, though a clause begins between
            date = self.date_in(view, opening.start(1), opening.end(1))
        founders = []
        if m.groupdict().get("with"):
            joined = self.states(view, m.group("with"))
            before = self.states(view, m.group("subj")) if m.groupdict().get("subj") else \
                next((f for f in reversed(self.state_lists) if len(set(f) - set(joined)) >= 2), [])
            founders = [f for f in before if f not in joined] + joined if before else []
        elif m.groupdict().get("count"):
            count = count_of(m.group("count"))
            founders = next((f for f in reversed(self.state_lists) if len(f) == count), [])
            if not founders and self.state_lists and len(self.state_lists[-1]) < count:
                # "a grouping formed by China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan. When Uzbekistan came on
                # board, the six countries founded the SCO": the five and the one this sentence adds
                added = [a for a in self.states(view, view.string[:m.start() + offset]) if a not in self.state_lists[-1]]
                if len(self.state_lists[-1]) + len(added) == count:
                    founders = self.state_lists[-1] + added
            if not founders:
                return  # "the six" and no six states named before: whose founding, unsaid
        elif "founders" in m.groupdict() and m.group("founders"):
            founders = self.states(view, m.group("founders"))
            joint = re.match(r"(?: (?:" + GROUP_WORDS + r"|format))?(?: (?:in |on )?[DL]\d+)*(?: ,)? (?:together with|along with|"
                             r"alongside|with) (?:the )?(" + STATES + ")", m.group("rest") or "")
            if joint:  # "Brazil and China founded the BRIC group (in 2006) together with Russia and India"
                founders += [f for f in self.states(view, joint.group(1)) if f not in founders]
            prior = m.groupdict().get("prior")
            if prior:
                earlier = next((f for f in reversed(self.founder_lists) if len(f) == count_of(prior.split()[1])), [])
                founders = earlier + [f for f in founders if f not in earlier]
        else:
            # "by twelve countries, among them the United States, Canada, ...": those named are founders
            by = re.search(r"\bby (?:the )?(?:[a-z]+ )?(?:(?:founding )?(?:states|countries|nations|members) )?"
                           r"(?::|, (?:among them|including|among whom)(?: the)?)? ?(" + STATES + ")", rest)
            # "formed in April 1996 when China, Russia, ... signed an agreement"
            # (read past the clause: "was established in 2002, when A, B and C signed its charter")
            # ("created in December 1991, when the leaders of Russia, Ukraine and Belarus signed an agreement")
            when = re.search(r"\bwhen (?:the (?:leaders|presidents|heads of state|heads of government|foreign ministers) "
                             r"of )?(" + STATES + r") (?:signed|agreed|met|set up|created)", rest) or re.match(
                r"[^;]*?\bwhen (" + STATES + r") (?:signed its|set it up|created it)\b", view.string[rest_start:]) or re.match(
                # ("created in December 1991, when the leaders of Russia, Ukraine and Belarus signed an agreement in the
                # Belovezha Forest", "when Russia, China, ... signed the declaration establishing it": theirs; not "when
                # Russia and the United States signed a treaty on arms reductions")
                r"[^;]*?\bwhen (?:the (?:leaders|presidents|heads of state) of )?(" + STATES + r") signed (?:an?|the) "
                r"(?:agreement|treaty|accord|declaration|charter)\b(?! on\b| about\b)", view.string[rest_start:]) or re.match(
                # ("founded in Lagos on 28 May 1975, when fifteen West African states, among them Nigeria, Mali, Niger
                # and Upper Volta, as Burkina Faso was then called, signed its founding treaty": those named)
                r"[^;]*?\bwhen (?:[a-z-]+ |A\d+ ){0,4}(?:states|countries|nations|governments) , (?:among them|including) (" + STATES
                + r") ,(?: as [^,]+ ,)? (?:signed|set up|created|agreed)\b", view.string[rest_start:])
            if by or when:
                founders = self.states(view, (by or when).group(1))
            signers = re.match(r"[^;]*?\b(?:when|where) ((?:P\d+ of (?:the )?C\d+ (?:,|and|, and) )+P\d+ of (?:the )?C\d+) signed "
                               r"(?:an?|the) (?:agreement|treaty|accord|declaration|charter)\b(?! on\b| about\b)",
                               view.string[rest_start:]) if not (by or when) else None
            if signers:
                # ("was born in December 1991 in the Belovezha Forest, where Kravchuk of Ukraine, Yeltsin of Russia and
                # Shushkevich of Belarus signed the agreement": their states)
                founders = self.states(view, " ".join(re.findall(r"\bof (?:the )?(C\d+)", signers.group(1))))
            # "was proclaimed in Shanghai on June 15, 2001, when Uzbekistan joined the five": the five named before, and it
            joined = re.match(r"[^;.]*?\bwhen (" + STATES + r") joined (?:the (?:other )?)?(two|three|four|five|six|seven|eight"
                              r"|nine)\b", view.string[rest_start:])
            if joined and not by:
                earlier = next((f for f in reversed(self.state_lists) if len(f) == count_of(joined.group(2))), [])
                added = self.states(view, joined.group(1))
                founders = earlier + [f for f in added if f not in earlier] if earlier else []
            # "was proclaimed in Shanghai on June 15, 2001, by the five together with Uzbekistan": the five named
            # before, and those with them
            counted = re.search(r"\bby (?:the|those|these|all) (?:other )?(two|three|four|five|six|seven|eight|nine)"
                                r"(?: (?:states|countries|nations|members|governments|leaders))? (?:together with|along with|"
                                r"alongside|plus|and) (?:the )?(" + STATES + ")", rest)
            if counted and not by and not founders:
                earlier = next((f for f in reversed(self.state_lists) if len(f) == count_of(counted.group(1))), [])
                added = self.states(view, counted.group(2))
                founders = earlier + [f for f in added if f not in earlier] if earlier else []
            together = re.search(r"\b(?:together|along) with (?:the )?(" + STATES + ")", rest)
            prior = FOUNDING_MEMBERS.search(view.string[:m.start() + offset])
            if together and prior and not founders:
                # "China and Russia are founding members of the SCO, which was established in 2001 together with
                # Kazakhstan, ...": the members named first, and those it was set up with
                founders = self.states(view, prior.group("m"))
                founders += [f for f in self.states(view, together.group(1)) if f not in founders]
            # "formed in 1996 by the same countries minus Uzbekistan", "by all of those countries except Uzbekistan":
            # the states last named together, less those
            minus = re.search(r"\bby (?:all (?:of )?)?(?:them|those (?:countries|states)|the same (?:countries|states)|these "
                              r"(?:countries|states)) (?:except|minus|but|apart from|save|without) (?:the )?(" + STATES + ")",
                              rest)
            if minus and not founders and self.state_lists:
                left_out = self.states(view, minus.group(1))
                founders = [f for f in self.state_lists[-1] if f not in left_out]
        self.record_founding(org, founders, place, date, view, m, end, offset)

    def founding_in_rest(self, org: str, founders: list[str], view: SentenceView, m: re.Match, end: int) -> None:
        """A founding whose place and date are told after the founders ("... that founded the organisation in
        Shanghai in 2001")."""
        place = re.search(r"\bin (?:the )?(L\d+)", m.group("rest"))
        self.record_founding(org, founders, self.entity(view, place.group(1)) if place else None,
                             self.date_in(view, m.start("rest"), m.end("rest")), view, m, end)

    def record_founding(self, org: str, founders: list[str], place: str | None, date: DateValue | None,
                        view: SentenceView, m: re.Match, end: int, offset: int = 0) -> None:
        """A founding, and its founders' founding memberships; the founders are what "the six" may mean later."""
        if founders:
            self.founder_lists.append(founders)
            self.state_lists.append(founders)
        counted = re.search(r"(D\d+) , (?:the|its) ([\w-]+) (?:year|anniversary) (?:since|of) (?:the )?$",
                            view.string[:m.start() + offset])
        if date is None and counted and ordinal_value(counted.group(2)):
            # "in 2017, the fiftieth year since ASEAN was founded": fifty years before
            year = self.date_in(view, counted.start(1), counted.end(1))
            if year is not None and re.match(r"\d{4}", year.start):
                date = DateValue(start=str(int(year.start[:4]) - ordinal_value(counted.group(2))))
        self.foundings.append(FoundingFact(organization=org, founders=tuple(founders), place=place, date=date,
                                           evidence=(self.evidence(view, m.start() + offset, end),),
                                           sources=(self.file,)))
        known, when = self.founders.get(org, ([], None))
        self.founders[org] = (known + [f for f in founders if f not in known], when or date)
        for state in founders:
            self.add_membership(state, org, "founding_member", date, view, m, offset=offset)

    def status_list(self, view: SentenceView) -> None:
        """A status's holders listed after a colon, split at semicolons and "as well as"; each item's
        states take the year its own words give ("Mongolia, which received the status in 2004")."""
        m = STATUS_LIST.search(view.string)
        if m is None:
            return
        status = STATUS_WORDS.get(m.group("as"), "member")
        org = self.organization(view, m, "org")
        at = m.start("list")
        for item in re.split(r"( ; (?:and )?| ,? as well as )", m.group("list")):
            listed = re.match(r"(?:and )?(?:the )?(" + STATES + r")(?P<rest>[^;]*)", item)
            if listed and not re.match(r" (?:[a-z]+ )*(?:and|,) (?:the )?[CL]\d", listed.group("rest")):
                since = self.date_in(view, at + listed.start("rest"), at + listed.end("rest")) \
                    if re.search(r"\b(?:since|in|from)\b", listed.group("rest")) else None
                for state in self.states(view, listed.group(1)):
                    self.add_membership(state, org, status, since, view, m)
            at += len(item)

    def add_membership(self, state: str | None, org: str | None, status: str, since: DateValue | None,
                       view: SentenceView, m: re.Match, end: DateValue | None = None, offset: int = 0) -> None:
        if not state or not org or not self.international(org) or state == org:
            return
        self.told_now = org
        if status == "founding_member" and since is None:
            since = self.founders.get(org, ([], None))[1]
        self.memberships.append(MembershipFact(
            member=state, organization=org, status=status, start=since, end=end,
            evidence=(self.evidence(view, m.start() + offset, m.end() + offset),), sources=(self.file,)))

    def findings(self) -> MembershipFindings:
        # a founding date stated after the founders were named dates their founding membership too
        memberships = []
        founding = {(f.member, f.organization): f.start for f in self.memberships if f.status == "founding_member"}
        for fact in self.memberships:
            if fact.status == "member" and (fact.member, fact.organization) in self.associates:
                continue  # "eleven states remain in the Commonwealth: ..., Turkmenistan" (an associate member only)
            founded = founding.get((fact.member, fact.organization))
            if fact.status == "member" and (fact.member, fact.organization) in founding and fact.end is None and (
                    fact.start is None or fact.start == founded
                    or founded is not None and fact.start.start[:4] == founded.start[:4]):
                # "one of the six states of the alliance; the six set up the organisation": one membership (and so
                # is "When Uzbekistan came on board, the six countries founded the SCO on June 15, 2001", and
                # a member "in 2001" beside its founding membership of June 2001)
                continue
            if fact.status == "founding_member" and fact.start is None:
                when = self.founders.get(fact.organization, ([], None))[1]
                fact = fact.model_copy(update={"start": when})
            memberships.append(fact)
        # ("Pakistan and China sit together in the SCO, which Pakistan joined as a full member in 2017": one membership
        # of Pakistan's, since 2017)
        # (its evidence goes with the dated one: "Iran, an SCO member" stays a sentence that says so)
        dated = {(f.member, f.organization, f.status): i for i, f in enumerate(memberships)
                 if f.start is not None and f.end is None}
        for fact in memberships:
            key = (fact.member, fact.organization, fact.status)
            if fact.start is None and fact.end is None and key in dated:
                into = memberships[dated[key]]
                memberships[dated[key]] = into.model_copy(update={"evidence": tuple(dict.fromkeys(
                    into.evidence + fact.evidence))})
        memberships = [f for f in memberships if f.start is not None or f.end is not None
                       or (f.member, f.organization, f.status) not in dated]
        # "Founded in Shanghai in June 2001, the SCO groups China, Russia, ..., which are its six founding members"
        foundings = [f if f.founders else f.model_copy(update={"founders": tuple(dict.fromkeys(
            m.member for m in memberships if m.organization == f.organization and m.status == "founding_member"))})
            for f in self.foundings]
        return MembershipFindings(memberships, foundings, self.chairmanships)


def count_of(word: str) -> int:
    """"a", "two" or "10" as a number (what the patterns above let through is always one)."""
    return 1 if word == "a" else number(word) or 0


def period_start(period: DateValue | None) -> DateValue | None:
    if period is None:
        return None
    return DateValue(start=period.start)


def period_end(period: DateValue | None) -> DateValue | None:
    if period is None or period.end is None:
        return None
    return DateValue(start=period.end)
