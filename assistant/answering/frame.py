"""The question frame: what a question asks for, and under which constraints, parsed once.

A frame is computed from general English question forms (question words, negation, conditionals),
never from phrases of particular questions; what is specific to the domain stays in ``knowledge/``.
It carries:

* the answer type (money, quantity, percent, count, date, person, organisation, country, agent
  ("who": a person, an organisation or a country), reason, summary,
  comparison, position, definition, yes/no, other);
* the constraints an answer must meet: years and periods, and the contract type with its negations
  ("a non-FMS deal", "not competitive");
* the parts of a multi-part question ("How many ..., and for how much?");
* whether the question restates a reported fact ("Is it true that ... signed ... worth $X?"), which
  is a question for the sources, not a computation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.claims import is_claim
from assistant.answering.clause_wh import without_clause_openers
from assistant.answering.multiples_asked import money_multiple
from assistant.answering.others_asked import set_aside
from assistant.answering.patterns import WH_WORDS, words
from assistant.answering.reading import only_reads, reading
from assistant.knowledge.names import name_table
from assistant.quantities import NUMBER_WORDS, SCALE
from assistant.regex import lazy

# Contract kinds as the calculator names them.
FMS, COMPETITIVE, NON_COMPETITIVE = "fms", "competitive", "non-competitive"

# The words that name a contest between suppliers, as noun or verb: "tender", "tendered",
# "bid", "bidding", "competition", "competed".
_CONTEST = r"tender(?:s|ed|ing)?|bid(?:s|ding)?|competition|compet(?:e|es|ed|ing)"
_KIND_WORDS = (
    # FMS is a sale from one government to another: "a government-to-government purchase",
    # "a G2G deal" name that kind.
    (
        FMS,
        lazy(
            r"\bFMS\b|\bforeign[- ]military[- ]sales?\b|"
            r"\bgovernment[- ]to[- ]government\b|\bG2G\b",
            re.I,
        ),
    ),
    (
        NON_COMPETITIVE,
        lazy(
            r"\bnon[- ]?competitive(?:ly)?\b|\b(?:sole|single)[- ]source\w*\b|\bno[- ]bid\b|"
            r"\b(?:without|with no|no) (?:a |any )?(?:competition|tender|bidding|rival bids)\b|"
            # an award made to one firm without asking others: "a direct award", "negotiated
            # directly with one supplier", "a single bidder"
            r"\bdirect(?:ly)? (?:award\w*|negotiat\w*)|\bnegotiated directly\b|"
            r"\bsingle (?:bidder|supplier|vendor)\b|"
            # one party the only one asked, however put: "the only qualified supplier", "only
            # one bidder", "a lone vendor"; or the others said to be absent: "no other bidders"
            r"\b(?:only|lone)\s+(?:one\s+)?(?:(?:qualified|eligible|possible|available)\s+)?"
            r"(?:bidder|supplier|vendor|firm|offeror)\b|"
            r"\b(?:no|without)\s+(?:other|rival|competing)\s+"
            r"(?:bidders?|bids|offers|suppliers|vendors|competitors)\b",
            re.I,
        ),
    ),
    (
        COMPETITIVE,
        lazy(
            r"(?<![-\w])competitive(ly)?\b|"
            # a contest said to be open, whatever word names the contest and however "open" is
            # joined to it: "an open-tender buy", "an open bid", "tendered openly", "openly bid"
            rf"\bopen[- ](?:{_CONTEST})\b|\bopenly[- ](?:{_CONTEST})\b|\b(?:{_CONTEST}) openly\b|"
            # the verb the kind is named for: "if the order were competed", "two yards competed
            # for it" (as "competitive" is the adjective of the same contest)
            r"(?<![-\w])competed\b|"
            # a contest between firms, however put: "put out to tender", "won in a competition",
            # "a tender open to all comers", "three rival bids"
            # (the words between stay in one clause: "went through FMS but then to tender" puts
            # nothing to tender)
            r"\b(?:put|go|goes|going|gone|went|sent|send) "
            r"(?:(?!(?:and|but|or|FMS)\b)[\w$₩.,-]+ ){0,5}?(?:out )?(?:to|up for) "
            r"(?:a |an )?(?:open )?"
            r"(?:tender|competition|bid\w*)\b|"
            r"\b(?:bid|bidding|compet\w+) against (?:each other|one another)\b|"
            r"\b(?:in|through|via|by|after) (?:a |an )?(?:open |public )?(?:competition|tender)\b|"
            r"\b(?:tender|competition|bidding)\s+open\s+to\b|\bpublic tender\b|"
            r"\b(?:several|multiple|many|rival|competing)\s+(?:rival\s+)?"
            r"(?:bidders|bids|suppliers|vendors|offers)\b",
            re.I,
        ),
    ),
)
# Any contract-kind word, the longer ones first ("non-competitive" before "competitive").
ANY_KIND = lazy("|".join(f"(?:{pattern.pattern})" for _, pattern in _KIND_WORDS), re.I)
# A one-word name of the kind without competition other than the sources' own: "sole-source",
# "single-sourced", "no-bid", "noncompetitive". The sources and the data rows write
# "non-competitive"; the calculator reads all of them as that kind (``_KIND_WORDS``).
_NON_COMPETITIVE_OTHERWISE = lazy(
    r"\b(?:(?:sole|single)[- ]source\w*|no[- ]bid|noncompetitive(?:ly)?)\b", re.I
)
# A verb negated by its contraction, whichever verb: "isn't", "doesn't", "hasn't", "wouldn't".
_CONTRACTED_NOT = r"\w+n['’]t"
# A negation just before a kind word: "non-FMS", "not an FMS deal", "isn't competitive",
# "other than FMS", "outside the FMS channel", "neither an FMS buy nor tendered openly". Not
# "excepting": the sources word the rule's own exception so ("excepting FMS deals"), and a
# question quoting the rule beside an FMS deal does not negate the deal.
_NEGATION_BEFORE = lazy(
    rf"(?:\bnon[- ]?|\b(?:not|never|no|neither|nor|{_CONTRACTED_NOT}|without|excluding|"
    r"barring|except|other than|"
    r"rather than|outside(?: of)?|instead of)\s+(?:(?:a|an|the|through|via|under|as|by)\s+){0,2})$",
    re.I,
)
# "(an order) which was not an FMS case", "not via FMS": a negation a few words before. Its
# reach ends at a comma or a conjunction, and at a kind it already negates: "not FMS,
# competitively tendered" and "not FMS and competitive" negate FMS alone.
_NEGATION_NEAR = lazy(
    rf"\b(?:not|never|neither|nor|{_CONTRACTED_NOT}|no)\b"
    r"(?:\s+(?!(?:and|but|or|FMS)\b)[^\s,;:]+){0,3}\s*$",
    re.I,
)

# A year a question names, one pattern for every stage that reads years: not the end of a
# number ("$2019", "1,2019") nor an amount ("2019 million"). Group 1 is the year.
YEAR = lazy(rf"(?<![\d,.$])\b(19\d\d|20\d\d)\b(?!\s?(?:{SCALE})\b)")
_PERIOD = lazy(r"\b((?:19|20)\d\d)\s?(?:-|–|—|to|through|until|and)\s?((?:19|20)\d\d)\b", re.I)
# The openers of a question that checks a reported fact rather than posing a case.
_RESTATED = lazy(
    r"^\s*(?:is it (?:true|correct|right|accurate|the case)|(?:is|was) (?:this|that) (?:true|right)|"
    r"true or false|am i right|confirm|can you confirm|did|was|were|has|had|have)\b",
    re.I,
)
# Words that pose a case to work out: a condition, a supposition, a would-be purchase.
# "Say" supposes when it opens a clause ("say, a $20 million deal", "let's say"), not when it
# tells what someone says ("my notes say", "reports say").
_HYPOTHETICAL = words(
    r"if|would|suppose|supposing|assum\w*|hypothetical\w*|imagine|let'?s say|(?<![\w'’]\s)say|"
    r"what if|in case|were to|planning|plans? to|considering"
)

# Asking for a cause or a purpose: the "reason" answer type, and the sentences that give one
# (``sentence_kinds.CAUSE``).
REASON_ASKED = lazy(
    # "What's behind" is "what is behind", written short.
    # "How come the fees rose" is "why did the fees rise", in speech.
    r"\b(why|how come|for what reasons?|what (drove|caused|explains|led to|is behind|was behind)|"
    r"what['’]s behind|"
    r"reasons?|motiv\w*|rationale|purpose|on what (?:grounds|basis)|"
    # "What explanations does the paper give for the fall": an explanation for a thing is its
    # cause; an explanation of a thing ("of the rule") may be what it is. So are the causes or
    # factors a source gives for or behind a thing ("the factors it cites for the slump").
    r"(?:explanations?|justifications?|causes|factors)"
    r"(?=(?:\s+[\w'’-]+){0,8}?\s+(?:for|behind)\b))\b",
    re.I,
)

# "How many billion dollars", "how many trillion won": a count of a currency's units, with or
# without a scale word between, asks for an amount of money, not a count of things.
_SCALE = r"(?:(?:hundred|thousand|million|billion|trillion|bn|mn)\s+)?"
_CURRENCY_UNITS = rf"{_SCALE}(?:(?:US|U\.S\.|American|Korean)\s+)?(?:dollars|won)"

# The verbs of keeping a promise: "how well have they kept", "how far they have delivered".
# Progress on a promise is asked as its keeping is: "how far have they got with the pledge".
KEPT = (
    r"deliver\w*|kept|keep\w*|live[ds]? up|lived up|honou?r\w*|follow\w* through|"
    r"ma(?:k|d)e good|fulfill?\w*|me(?:e)?t|stuck to|stick to|got(?:ten)? (?:on|with)"
)
# Weighing a thing by the world's measure: "is the levy steep by regional standards?", "is Peru an
# outlier here?", "is it unusual to ask that?". Such a question compares the thing with the rest
# (the "comparison" type), and an answer looks for where it stands (``compose``).
_WORLD_MEASURE = (
    r"by (?:world|international|global|regional|western|foreign) (?:standards|norms)|"
    r"unusual(?:ly)?|out of line|atypical|an outlier|middle of the pack"
)
BY_WORLD_MEASURE = lazy(rf"\b(?:{_WORLD_MEASURE})\b", re.I)
# Two camps asked for together: "who backs the levy and who would scrap it", "who is for the
# merger, and who against?". Each "who" asks for a side, and what it holds is its position: the
# answer is the sides' cases (a debate), not a name. "Who proposed it and who signed it" asks two
# facts: its verbs take no stance.
_STANCE = (
    r"(?:wants?|wanted|favou?rs?|favou?red|supports?|supported|backs?|backed|opposes?|opposed|"
    r"prefers?|preferred|(?:is|are|was|were) (?:for|against|pushing)|push(?:es|ed)? for|"
    r"would (?:rather|like))"
)
CAMPS_ASKED = lazy(
    rf"\bwho\b(?:\s+[\w'’-]+){{0,4}}?\s+{_STANCE}\b[^?;]{{0,100}}?"
    r"(?:\band|\bwhile|\bbut|,)\s+(?:[\w'’-]+\s+){0,2}?who\b",
    re.I,
)

# The nouns by which "which" asks for a body: "which agency", "which division handles the
# claims". An office is asked for as a body, whatever it is called. Only after "which": "the
# amount the council paid" asks for an amount. Not "unit", a measure as often as a body.
_BODY_HEADS = (
    r"agenc(?:y|ies)|organi[sz]ations?|institutes?|institutions?|ministr(?:y|ies)|bod(?:y|ies)|"
    r"offices?|departments?|divisions?|bureaus?|committees?|councils?|boards?|commissions?|"
    r"authorit(?:y|ies)|teams?|desks?"
)
# A noun that names a body only at times ("unit", "section", "branch", "arm") does so when
# what it does is a body's duty: "which unit runs the scheme", "what section of the port
# handles claims". "Which unit is the levy charged in" is a measure, and takes no such verb.
_SOMETIMES_BODY = r"(?:units?|sections?|branch(?:es)?|arms?|entit(?:y|ies)|outfits?)"
_BODY_DUTY = (
    r"(?=\s+(?:(?:of|in|within|at)\s+(?:the\s+|its\s+)?[\w'’-]+\s+)?"
    r"(?:(?:is|are|was|were)\s+(?:now\s+)?)?"
    r"(?:oversees?|oversaw|overseen|overseeing|manag(?:es?|ed|ing)|runs?|ran|running|"
    r"handl(?:es?|ed|ing)|administer(?:s|ed|ing)?|supervis(?:es?|ed|ing)|operat(?:es?|ed|ing)|"
    r"coordinat(?:es?|ed|ing)|in charge|responsible)\b)"
)
_BODY_BY_DUTY = rf"\b(?:which|what)\s+(?:[\w'’-]+\s+){{0,2}}?{_SOMETIMES_BODY}\b{_BODY_DUTY}"
_SOMETIMES_BODY_ASKED = lazy(
    rf"\b((?:which|what)\s+(?:[\w'’-]+\s+){{0,2}}?){_SOMETIMES_BODY}\b{_BODY_DUTY}", re.I
)


# The size of a group of people or things is the count of its members: "how big is the harbour
# board", "how large a crew does the ferry carry", "the customs desk's headcount", "what size is
# the pilots' union". The group's noun ends its phrase (a budget, a pledge or a deal of the board
# is an amount, not the board's size).
_GROUP = (
    rf"(?:{_BODY_HEADS}|units?|sections?|branch(?:es)?|staffs?|workforces?|crews?|fleets?|"
    r"groups?|clubs?|delegations?|panels?|memberships?|cadres?|rosters?|squads?|unions?)"
)
_GROUP_ENDS = (
    r"(?![\w'’-])(?=\s*(?:[?,.;:!)]|$)|\s+(?:that|which|who|in|inside|at|of|within|on|for|"
    r"under|handling|running|behind|dealing|working|doing|now|today|currently|these days|"
    r"roughly|exactly|actually|really|the|a|an|per|according|going|as|"
    # "how large a crew does the ferry carry": the verb of the group's clause.
    r"does|do|did|has|have|had|is|are|was|were|will|would|can|could)\b)"
)
GROUP_SIZE = (
    r"\bhow (?:large|big|small) (?:(?:is|was|are|were) (?:[\w'’-]+ ){0,6}?|an? (?:[\w'’-]+ ){0,2}?)"
    rf"{_GROUP}{_GROUP_ENDS}|"
    r"\b(?:what|which)(?:'s|’s| is| was)? (?:the )?size (?:(?:is|was|are|were) )?"
    rf"(?:(?:of )?(?:[\w'’-]+ ){{0,6}}?){_GROUP}{_GROUP_ENDS}|"
    rf"\bsize of (?:[\w'’-]+ ){{0,6}}?{_GROUP}{_GROUP_ENDS}|"
    r"\bhead[- ]?counts?\b|\bstaffing (?:levels?|numbers?|size)\b|\bstaff (?:size|numbers)\b"
)

# The nouns for a part of an organisation, by which the sources name one ("the Offset
# Division", "the department in charge").
_PART_OF_A_BODY = "division, department, office or team"


_GROUP_SIZE_ASKED = lazy(GROUP_SIZE, re.I)
_SOMETIMES_BODY_WORD = lazy(rf"\b{_SOMETIMES_BODY}\b", re.I)
# What the size of a group of people is told in: the number of its members on staff.
_MEMBERS = "members on staff"


def group_size_named(question: str) -> str:
    """``question`` with its members written beside a group whose size it asks ("how big is
    the port's pilot team" looks for the team's "members on staff", the count the sources
    state), and a noun that names a body only at times ("unit", "section") written as the words
    for a part of an organisation, as a body asked for is (``body_noun_as_body``)."""
    if not _GROUP_SIZE_ASKED.search(question):
        return question
    question = _SOMETIMES_BODY_WORD.sub(_PART_OF_A_BODY, question)
    return f"{question} ({_MEMBERS})"


def body_noun_as_body(question: str) -> str:
    """``question`` with the noun by which it asks for a body, when that noun is also a measure
    ("which unit runs the scheme"), in the words for a part of an organisation: the sources
    seldom name a body by that noun, and its other sense ("small unit projects") is no topic
    of the question."""
    return _SOMETIMES_BODY_ASKED.sub(rf"\1{_PART_OF_A_BODY}", question)


# A gathering at which something is said or done: where it was, when asked "at which one".
GATHERING_NOUNS = (
    "event", "meeting", "conference", "forum", "roundtable", "summit", "seminar", "symposium",
    "hearing", "gathering", "occasion", "session", "ceremony", "workshop", "briefing",
)  # fmt: skip
GATHERING = rf"(?:{'|'.join(GATHERING_NOUNS)})s?"
# A question asking at which gathering something was said or done ("at what forum did she speak").
ASKS_GATHERING = lazy(rf"\bat\s+(?:which|what)\s+{GATHERING}\b", re.I)
# A side's stance asked in everyday words: "where does the board stand on the levy", "the
# union's take on it", "how does the ministry see the plan", "what is the council pushing for",
# "what do growers make of it". "Where does the harbour plan stand" asks how far a matter has
# got, not a side's stance: a stance is held on something.
_EVERYDAY_STANCE = (
    r"where\s+(?:does|do|did|is|are|would|will)\s+[^?;]{1,60}?\s+stand\s+"
    r"(?:on|regarding|toward|towards|with\s+regard\s+to|in\s+relation\s+to)\b|"
    r"(?:(?<=[’'])s|\b(?:its|their|his|her))\s+(?:(?:own|official|public)\s+)?"
    r"(?:take|read|thinking)\s+on\b|"
    r"\bhow\s+(?:does|do|did|would|will)\s+[^?;]{1,60}?\s+(?:see|regard|perceive|"
    r"feel\s+about)\b|"
    r"\bwhat\s+(?:is|are|was|were|has|have|had)\s+[^?;]{1,60}?\s+(?:pushing|lobbying|"
    r"angling|holding\s+out)\s+for\b|"
    r"\bwhat\s+(?:does|do|did|would|will)\s+[^?;]{1,60}?\s+(?:push\s+for|lobby\s+for|"
    r"think\s+(?:about|of)|make\s+of)\b"
)
_TYPE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "summary",
        lazy(
            r"\b(summari[sz]\w*|overview|outline|recap|brief me|walk me through|trace|timeline|"
            r"chronolog\w*|in (?:date )?order|sequence of events|step by step|"
            r"history of|how (has|have|did) .{0,60}(evolv|chang|develop|shift)\w*|key (points|facts)|"
            r"main (points|facts|objections|issues))\b",
            re.I,
        ),
    ),
    (
        "position",
        lazy(
            r"\b(argu\w*|counter(?!-?trad)\w*|respon\w*|repl\w*|rebut\w*|react\w*|positions?|stances?|views?|"
            r"complain\w*|criticis\w*|criticiz\w*|objections?|defend\w*|justif\w*|push(ed)? back|"
            # "the ministry's line", "its official line": the stance a side takes in public.
            r"(?<=[’'])s (?:(?:public|official|own|party) )?line|"
            r"\b(?:its|their|his|her) (?:(?:public|official|own|party) )?line)\b|"
            rf"{_EVERYDAY_STANCE}",
            re.I,
        ),
    ),
    ("reason", REASON_ASKED),
    (
        "comparison",
        lazy(
            # "Per the comparison chart" names where the answer is, not a weighing asked for.
            r"\b(compar\w*(?!\s+(?:charts?|tables?|figures?|graphs?|diagrams?|matri(?:x|ces))\b)|"
            r"contrast\w*|versus|vs\.?|differ\w*|more than|less than|higher than|lower than|"
            r"larger than|smaller than|which (is|was) (larger|bigger|higher|greater)|"
            # Weighing one thing against another in everyday words: "how does it stack up
            # against", "how do they measure up to"; not a pile that "stacked up".
            r"(?:stack|stacks|stacked|stacking|measure|measures|measured|measuring) up "
            r"(?:against|to|with|next to|beside)|"
            rf"{_WORLD_MEASURE})\b",
            re.I,
        ),
    ),
    (
        "percent",
        lazy(
            r"\b(what|which) (share|percent\w*|proportion|fraction|rate|ratio|slice|portion)\b|"
            r"\bhow many percent\b|"
            # A figure set against a whole ("as a proportion of") is a share, whichever verb asks:
            # "what were the levies worth as a proportion of turnover".
            r"\bas an? (?:share|percent(?:age)?|proportion|fraction|portion) of\b|"
            r"\bwhat % \b",
            re.I,
        ),
    ),
    # "How many dollars" asks for an amount of money (below), not a count.
    # A group's size is the count of its members (``GROUP_SIZE``).
    ("count", lazy(rf"\bhow many\b(?!\s+{_CURRENCY_UNITS}\b)|\bnumber of\b|{GROUP_SIZE}", re.I)),
    (
        "money",
        lazy(
            # "Worth copying", "worth keeping": a verb's worth is a judgment, not an amount
            # (unlike "worth nothing" or "worth something").
            rf"\b(worth(?!\s+(?!\w*thing\b)\w+ing\b)|cost|price|valued|how many\s+{_CURRENCY_UNITS}|"
            r"in (dollars|won)|"
            r"in (?:dollar|won|money|cash) terms|"
            # The size of a budget is an amount of money: "how large is the agency's budget".
            r"how (?:large|big|much) (?:is|was|are|were) (?:[\w'’-]+ ){0,5}?"
            r"(?:budget|funding|spending|expenditure)s?|"
            r"how much (?:\w+ ){0,4}(?:spen[dt]|spending|paid|pay|pays|charged?|earn(?:ed)?)|"
            # "what did the ministry pay for ...", "the contract value": money outright.
            r"what (?:[\w'’-]+ ){0,2}?(?:did|does|do|will|would|was|were) (?:[\w'’.-]+ ){0,6}?"
            r"(?:pay|spend|charge|"
            r"paid|spent|charged)|"
            # Whatever qualifies it ("what qualifying contract value", "what's the yard's
            # threshold deal price"), a contract's value is an amount, not a share of one; its
            # size is its value ("what contract size brings the rule in").
            r"(?:what|which)(?:'s|’s| is| was)? (?:[\w'’-]+ ){0,3}?"
            r"(?:contract|deal|purchase|acquisition|import)s? (?:value|price|size)|"
            # A bound on a value, a price or a cost is itself an amount: "the deal-value floor".
            r"(?:value|price|cost)[ -](?:threshold|floor|ceiling|cap|limit)s?)\b",
            re.I,
        ),
    ),
    # "How much" asks for an amount of anything: money, a share, a duration, a count.
    (
        "quantity",
        lazy(
            # A possessive is a modifier too: "what was the agency's total offset value".
            # What something adds up to is an amount: "what did the tolls add up to".
            # "How far have they kept their word" asks how well, not for a distance.
            rf"\b(how (much|large|big|long|far(?!\s+(?:[\w'’-]+\s+){{0,7}}?(?:{KEPT}\b)))|"
            r"add(?:s|ed)? up to|amount(?:s|ed)? to|"
            # What a thing "comes to" is its sum, as what it adds up to is ("what did the dues
            # come to in 2017?"): a bare "what" asking, "come to" closing its clause or followed
            # by what qualifies the sum (a time, a unit, "altogether"). Not "what conclusions
            # did the audit come to", whose "what" asks for a thing, nor "when it comes to".
            r"what\s+(?:did|does|do|will|would|could|might|may|should)\s[^?]*?\bcome to"
            r"(?=\s*(?:[?,.;:]|$)|\s+(?:(?:19|20)\d\d|in|per|for|on|over|across|during|between|"
            r"after|before|by|altogether|overall|together|in all|all told|each|apiece)\b)|"
            r"(what|which) (?:(?:is|was|are|were) )?(?:the )?"
            r"([\w'’-]+ ){0,3}(amount|value|sum|size|"
            r"threshold|level|limit|price|figure|total|minimum|maximum|ceiling|cap)|"
            # "At what time" asks when, as "what time" does (below), not for an amount; "at what
            # meeting" asks where, as "at which meeting" does (a place, below).
            rf"at what(?!\s+(?:time|hour|{GATHERING})\b)|"
            # What a party got is an amount, told by a noun of gains: "what was the port's
            # haul in 2017", "what was its fee take for the year". Not a "take on" a matter,
            # which is a view, nor "what steps did it take", whose take is a verb.
            r"(?:what|which) (?:is|was|are|were) (?:[\w'’-]+ ){0,4}?"
            r"(?:haul|intake|tally|take(?=\s+(?:in|for|over|during|between|from)\b))s?)\b",
            re.I,
        ),
    ),
    (
        "date",
        lazy(
            # "When" with "there" or "it comes to" straight after it opens a clause of condition
            # ("and when nobody bids?"): a question puts its verb first ("when was there").
            r"\b(when(?!\s+(?:there(?:'s|’s|\s+(?:is|are|was|were|will|would|has|have|had)\b)|"
            r"it\s+comes\s+to\b))|what (year|date|month|day|weekday)|which (year|date|month|weekday)|"
            r"since when|"
            # A time of day is a time too: "what time", "at what hour" (not "what time frame").
            r"what (?:time|hour)(?!\s+(?:frame|period|span|limit|horizon)s?\b)|"
            r"how long ago)\b",
            re.I,
        ),
    ),
    (
        "place",
        lazy(
            # Not "where do the talks stand" or "where does it rank", which ask how far something
            # has got; nor "what was said about where …", which asks what was said.
            r"(?<!about )(?<!on )\bwhere\b(?!\s+(?:do|does|did|is|are|was|were)\s+"
            r"(?:[\w'’-]+\s+){0,4}?(?:stand|stands|rank|ranks|ranked|fit|fits|fall|falls|lie|lies|"
            r"go|going|lead|leave|leaves|headed))"
            r"|\bin (?:which|what) (?:city|town|country|place|venue|building|location)\b"
            r"|\bwhat (?:venue|location|place|city)\b"
            # An event is where something was said or done: "at which conference did she speak".
            rf"|\bat (?:which|what) (?:{GATHERING})\b",
            re.I,
        ),
    ),
    ("agent", lazy(r"\bwho(m|se)?\b", re.I)),
    (
        "company",
        lazy(
            r"\bwhich (company|companies|firm|firms|contractor|contractors|manufacturer|"
            r"manufacturers)\b",
            re.I,
        ),
    ),
    (
        "organisation",
        # "What committee reviews it" asks for a body as "which committee" does.
        lazy(rf"\b(?:which|what) (?:{_BODY_HEADS})\b|{_BODY_BY_DUTY}", re.I),
    ),
    ("country", lazy(r"\bwhich (country|countries|nations?)\b", re.I)),
    (
        "definition",
        lazy(r"\b(what (is|are|does) .{0,40}\bmean|define|definition|stand for)\b", re.I),
    ),
    (
        "yesno",
        lazy(
            r"^\s*(is|are|was|were|does|do|did|can|could|has|have|had|will|should)\b"
            # "Can you explain …", "could you walk me through …": a request, not a yes or no.
            r"(?!\s+you\s+(?:please\s+)?(?:explain|describe|summari[sz]e|outline|walk|give|"
            r"tell(?!\s+(?:me|us)\s+(?:whether|if)\b)|"
            r"show|list|name|clarify|break|go over|spell|lay out|set out)\b)",
            re.I,
        ),
    ),
)

_RULES = dict(_TYPE_RULES)

# A single, indefinite contract: the case a calculation poses ("a $12 million deal"); or the
# asker's own ("our order is $12 million"), which is as much a case to work out. The words
# between are the contract's own: a definite determiner among them opens another noun phrase,
# so "a reporter wrote that the ministry's deals ..." names no indefinite contract ("a" is the
# reporter's).
INDEFINITE_CONTRACT = lazy(
    r"\b(?:a|an|one|any|single|our|my)\s+(?:(?!(?:the|its|their|this|that|these|those)\s)"
    r"[\w$₩€.,%-]+\s+){0,6}?(?:contracts?|deals?|purchases?|"
    r"procurements?|acquisitions?|imports?|orders?|sales?|buys?|awards?|tenders?)\b",
    re.I,
)

# The unit an amount is asked in, written as a currency and a plural scale: "USD millions, one
# decimal", "in billions of won". A plural scale is a unit, never an amount ("USD 5 million" is).
_SCALES = r"(?:thousands|millions|billions|trillions)"
# A word for the whole of an amount between its determiner and its currency: "the total dollar
# value" asks an amount in dollars as "the dollar value" does.
_WHOLE = r"(?:total|overall|combined|aggregate|whole|full|entire|net|gross)"
_IN_CURRENCY = (
    (
        "KRW",
        lazy(
            r"\b(?:in|measured in|in terms of|expressed in)\s+(?:korean\s+)?(?:won|KRW)\b"
            # "What won figure", "the won equivalent": the currency as the figure's adjective
            # (after a determiner, so "offsets won value" stays a verb).
            rf"|\b(?:what|which|a|an|the|its|their)\s+(?:{_WHOLE}\s+)?(?:korean\s+)?(?:won|KRW)\s+"
            r"(?:figures?|amounts?|equivalents?|sums?|values?|numbers?)\b"
            rf"|\bhow many\s+{_SCALE}(?:korean\s+)?won\b"
            rf"|\bKRW\s+{_SCALES}\b|\b{_SCALES}\s+of\s+(?:korean\s+)?(?:won|KRW)\b",
            re.I,
        ),
    ),
    (
        "USD",
        lazy(
            r"\b(?:in|measured in|in terms of|expressed in)\s+(?:US\s+)?(?:dollars|USD|dollar terms)\b"
            rf"|\b(?:what|which|a|an|the|its|their)\s+(?:{_WHOLE}\s+)?(?:US\s+)?(?:dollar|USD)\s+"
            r"(?:figures?|amounts?|equivalents?|sums?|values?|numbers?)\b"
            rf"|\bhow many\s+{_SCALE}(?:(?:US|U\.S\.|American)\s+)?dollars\b"
            rf"|\bUSD\s+{_SCALES}\b|\b{_SCALES}\s+of\s+(?:US\s+)?(?:dollars|USD)\b",
            re.I,
        ),
    ),
)

# Where one question ends and the next begins: "...aircraft, and for how much?", "When? Why?"
_PART_SPLIT = lazy(
    r"(?:[?;]\s+|,?\s+(?:and|also|as well as|plus)\s+(?=(?:(?:for|in|at|from|by|to|with|under|"
    r"since|until)\s+)?(?:how|what|when|who|whom|which|why|where|did|does|do|is|are|was|were)\b"
    # An instruction of its own: "…, and express the sum in euros", "and then state the ratio".
    r"|(?:then\s+)?(?:convert|express|compute|calculate|work out|divide|multiply|give|state|"
    r"show|name|list)\b"
    # An ask put as saying an embedded question: "…, and say whether a $9 million one would".
    r"|(?:then\s+)?(?:say|tell(?:\s+(?:me|us))?|check|confirm|indicate|note|explain)\s+"
    r"(?:whether|if|how|what|which|when|who)\b))",
    re.I,
)
# A list of questions: "how many were bought, when they arrived, …". Not "which" or "who",
# which after a comma begin a relative clause ("the firm, which supplied them, …"); and only
# after a question ("In 2019, what …" is one question).
_LIST_SPLIT = lazy(r",\s+(?=(?:how|what|when|where|why)\b)", re.I)
# In a list whose later item is an ask of its own ("which firm built it, which agency pays,
# and what did it cost"), an item opening with "which" or "who" that runs to the list's next
# item is an ask too: a relative clause ("the firm, which built it, ...") is closed by a
# comma inside the same item.
_RELATIVE_ASK_SPLIT = lazy(r",\s+(?=(?:which|who)\b[^,]*$)", re.I)


@dataclass(frozen=True)
class Frame:
    """A question read once: what it asks for and what an answer must satisfy."""

    question: str
    answer_type: str
    years: tuple[int, ...] = ()
    periods: tuple[tuple[int, int], ...] = ()
    contract_type: str | None = None
    excluded_types: frozenset[str] = frozenset()
    parts: tuple[str, ...] = ()
    restated: bool = False
    # Whether the question states a fact and asks if it holds ("…, right?"): its figures are the
    # claim under test, not topics the sources must share (``claims``).
    claim: bool = False
    hypothetical: bool = False
    # The currency an amount is asked in ("measured in won", "in dollar terms"), if any.
    currency: str | None = None
    # Model and program codes the question names ("T-50", "KC-X", "F-35A"): a figure asked
    # about one is stated with it.
    codes: tuple[str, ...] = ()
    # What the question sets aside ("besides the port, which sites ..."): the answer names
    # something else.
    besides: tuple[str, ...] = ()
    # The stages of a program the question names, as (part, number): "the second phase" and
    # "phase 2" are ("phase", 2). A figure asked of one is stated with it.
    stages: tuple[tuple[str, int], ...] = ()
    # The programs a question names by a common noun rather than a code ("its submarine
    # programs", "the radar project"): a figure asked of one is stated with that noun.
    programs: tuple[str, ...] = ()
    # Whether the question asks of the present ("what is it now", "the current threshold"),
    # which no year names: the latest the sources say.
    present: bool = False

    @property
    def single_years(self) -> tuple[int, ...]:
        """Years asked about on their own, not as the ends of a period."""
        ends = {y for period in self.periods for y in period}
        return tuple(y for y in self.years if y not in ends)


# The nouns that name what a wh-phrase asks for: "which treasury official" asks for a person,
# "what customs duty rate" for a percentage, "the name of the navy chief" for a person.
_HEAD_NOUNS: tuple[tuple[str, str], ...] = (
    (
        "person",
        r"officials?|lawmakers?|persons?|people|ministers?|spokes\w*|representatives?|"
        r"legislators?|politicians?|heads?|chiefs?|leaders?|executives?|analysts?|researchers?|"
        r"authors?|fellows?|scholars?|economists?|professors?|academics?|reporters?|"
        r"correspondents?|chairm[ae]n|secretar(?:y|ies)|negotiators?|"
        r"envoys?|ambassadors?|diplomats?|individuals?|commissioners?|directors?|"
        r"administrators?|governors?|mayors?|senators?|congress(?:wo)?m[ae]n|assembly(?:wo)?m[ae]n|"
        r"presidents?|premiers?|ceos?|founders?|managers?|spokesm[ae]n|spokeswom[ae]n",
    ),
    (
        "company",
        r"compan(?:y|ies)|firms?|contractors?|manufacturers?|conglomerates?|corporations?|"
        r"makers?|suppliers?|vendors?|shipbuilders?|shipyards?|smes|subcontractors?|"
        r"enterprises|businesses",
    ),
    (
        "organisation",
        r"agenc(?:y|ies)|organi[sz]ations?|institutes?|ministr(?:y|ies)|bod(?:y|ies)|"
        r"institutions?|departments?",
    ),
    ("country", r"countr(?:y|ies)|nations?"),
    ("percent", r"share|percent(?:age)?s?|proportion|fraction|rates?|ratios?"),
    ("date", r"year|date|month|day|weekday"),
)
# The names-table kind whose members each kind of head noun stands for: "the contractors" are
# the companies the sources name, "which nations" their countries. Not people or bodies: "the
# authors", "officials" say whose words are asked for, which the sources give with or without
# a name.
_NAMED_BY = {"company": "companies", "country": "countries"}
_CLASS_NOUNS = lazy(
    "|".join(rf"(?P<{kind}>\b(?:{nouns})\b)" for kind, nouns in _HEAD_NOUNS if kind in _NAMED_BY),
    re.I,
)


def class_nouns(question: str) -> list[tuple[str, str]]:
    """The nouns of ``question`` that name a class of things the sources name one by one
    ("foreign contractors", "which nations"), each with the names-table kind of its members.
    Plurals only: "the maker" is one thing the question has in mind, not any maker."""
    return [
        (found.group(0), _NAMED_BY[found.lastgroup])
        for found in _CLASS_NOUNS.finditer(question)
        if found.lastgroup is not None
        and _PLURAL.search(found.group(0))
        and not _COUNTED.search(question[: found.start()])
    ]


# "How many countries": a count of the class, which a sentence naming one member does not give.
_COUNTED = lazy(r"\b(?:how many|number of|count of)\s+(?:[\w-]+\s+){0,2}$", re.I)


_PLURAL = lazy(r"(?<!s)s$|people$|men$", re.I)


# A modifier between the wh-word and its noun: any word but an auxiliary, since "what did the
# ministry say" asks what was said, not for a ministry.
# Nor a plural head noun: a noun modifies another in the singular ("ministry official"), so in
# "which countries demand 100 percent" the phrase ends at "countries".
_MODIFIER = (
    r"(?:(?!(?:do|does|did|has|have|had|will|would|can|could|should|might|must|may)\s)"
    rf"(?!(?=\w*s\s)(?:{'|'.join(nouns for _, nouns in _HEAD_NOUNS)})\s)"
    r"[\w.'’&-]+\s+)"
)
_WH_HEADS = tuple(
    (
        kind,
        lazy(
            rf"(?:\b(?:what|which|whose)\s+|\bnames? of\s+)(?:{_MODIFIER}){{0,3}}?"
            rf"(?:{nouns})(?![\w'’-])",
            re.I,
        ),
    )
    for kind, nouns in _HEAD_NOUNS
)


# The question's first wh-word.
_FIRST_WH = words(WH_WORDS)
# "What makes the levy matter", "what made the port such a big deal": what gives a thing its
# weight is asked as why it matters, a reason.
# The words that ask for weight ("matter", "such a big deal") are the asking, not the topic.
WEIGHT_WORDS = (
    r"\b(?:(?:so|such|this|that)\s+)?(?:matters?|mattered|count|important|significant|"
    r"(?:a\s+)?(?:big|huge|major)\s+deal|crucial|consequential|central|pivotal)\b"
)
WEIGHT_ASKED = r"\bwhat\s+(?:makes|made|make)\s+(?:[\w'’-]+\s+){1,8}?" + WEIGHT_WORDS
_WHY = lazy(r"\bwhy\b|\bhow come\b|\bfor what reasons?\b|" + WEIGHT_ASKED, re.I)


# Who spoke for a body the question names is a person speaking for it, not the body: "who took
# the press's questions for the guild", "who replied on behalf of the Name" (a name the name
# table knows is written "Name" when the wh-phrase is read).
_SPEECH_FOR = (
    r"\bwho\s+(?:spoke|speaks|answered|answers|fielded|fields|took|takes|responded|responds|"
    r"replied|replies|commented|comments|briefed|briefs)\b[^?.;]{0,40}?\b(?:for|on behalf of)\s+"
    r"(?:the\s+|its\s+|their\s+)?"
)
_BODY_NOUN = (
    r"(?:[\w'’-]+\s+){0,3}?(?:agency|ministry|administration|office|department|government|"
    r"company|firm|body|board|committee|institute|council)\b"
)
SPEAKS_FOR = lazy(rf"{_SPEECH_FOR}(?:{_BODY_NOUN}|(?-i:[A-Z])[\w&-]+)", re.I)

# "Who was the treasury secretary", "who is the agency's chief": a role asks for a person.
_WHO_ROLE = lazy(
    rf"\bwho(?:'s|’s|\s+(?:is|was|are|were|has been|had been))\s+(?:the|a|an)\s+"
    rf"(?:{_MODIFIER}){{0,3}}?(?:{dict(_HEAD_NOUNS)['person']})(?![\w'’-])"
    # A role's verb asks for a person too: "who chairs the board", "who presided over it".
    r"|\bwho\s+(?:(?:is|was|are|were)\s+)?(?:chair|chairs|chaired|chairing|presides|presided|presiding|"
    r"heads|headed|heading|leads|led|leading)\b(?!\s+(?:to|up|in|among)\b)"
    # So does holding a role: "who was serving as harbour commissioner", "who acted as envoy".
    r"|\bwho\s+(?:(?:is|was|are|were|has been|had been)\s+)?(?:serv|act|sit|sat)\w*\s+as\s+"
    rf"(?:(?:the|a|an)\s+)?(?:{_MODIFIER}){{0,3}}?(?:{dict(_HEAD_NOUNS)['person']})(?![\w'’-])"
    rf"|{_SPEECH_FOR}(?:Name\b|{_BODY_NOUN})",
    re.I,
)


# The nouns for a person a "which" or "who is the" asks a name for: those of a wh-phrase, and
# people known by what they know or watch ("which expert", "who is the observer who"). These
# last are no head of a "what" phrase: "what are the objections pundits voice" asks for
# objections.
_PERSON_NOUNS = (
    rf"{dict(_HEAD_NOUNS)['person']}|"
    r"experts?|specialists?|observers?|commentators?|pundits?|critics?|insiders?|officers?"
)
# A word between "which" and its noun, not a verb: "which DAPA official", not "which is".
_PERSON_MODIFIER = (
    r"(?:(?!(?:do|does|did|has|have|had|will|would|can|could|should|might|must|may|is|are|was|"
    r"were|of)\s)[\w.'’&-]+\s+)"
)
_PERSON_ASKED = lazy(
    rf"\b(?:which|who(?:'s|’s|\s+(?:is|was|are|were))\s+(?:the|a|an))\s+"
    rf"{_PERSON_MODIFIER}{{0,3}}?(?:{_PERSON_NOUNS})(?![\w'’-])",
    re.I,
)
# A person asked for by their name: "the envoy's name, the one who spoke", "the names of both
# judges". Only a personal name answers it, whatever the question opens on.
_PERSON_NAME_ASKED = lazy(
    rf"\bnames?\s+of\s+(?:(?:the|a|an|its|their|this|that|these|those)\s+)?"
    rf"(?:(?:two|three|four|five|\d+)\s+)?{_PERSON_MODIFIER}{{0,3}}?(?:{_PERSON_NOUNS})(?![\w'’-])",
    re.I,
)


def asks_person(question: str) -> bool:
    """Whether ``question`` asks who a person is, by a noun or a role for one ("which analyst
    said", "who is the official who ..."), whatever else it asks of them: only a name answers
    it, not "an official said" nor the body the person works for. A question that opens on
    "what" ("what the analyst said") asks what was said, unless it asks for the person's name
    ("the pollster's name, please")."""
    asked = _names_as_words(as_asked(question))
    return bool(
        _WHO_ROLE.search(asked) or _PERSON_ASKED.search(asked) or _PERSON_NAME_ASKED.search(asked)
    )


# Kept per question, as ``frame_of`` is: routing, composing and answerability each read the
# question's wh-phrase, each time with every name's pattern.
@lru_cache(maxsize=1024)
def wh_head(question: str) -> str | None:
    """The kind the question's wh-phrase names by its noun, if it names one; the earliest
    wh-phrase wins ("which official said what share ..." asks for a person).

    A name counts as one word: "which Ministry of Foreign Affairs official" asks for a person
    as "which ministry official" does."""
    # A name that is itself a head noun ("which Ministry of Trade") is read in full; a person's
    # name that carries a title ("Assemblyman Sul", "President Trump") names who is meant and
    # asks for no person, so it stays one word.
    return _head(_names_as_words(question)) or _head(_names_as_words(question, _PEOPLE))


# "Which" followed by a determiner opens a relative clause ("the tranche on which the agency
# waived it"), not a question: a wh-phrase's "which" is followed by its noun ("on which day").
_RELATIVE_WHICH = lazy(
    r"^which\s+(?:the|a|an|its|their|his|her|this|that|these|those|our|each|every)\s", re.I
)


# "What" followed by a determiner is a pronoun, the object of the clause the noun after it is
# the subject of ("tell me what the guild's envoys want"): it asks what they want, not which
# envoys. A wh-phrase's "what" is followed by its noun ("what envoy", "what port official").
# Only for a named thing: "what the toll's share was" still asks for a share.
_WHAT_CLAUSE = lazy(
    r"^(?:what|whose)\s+(?:the|a|an|its|their|his|her|this|that|these|those|our|each|every)\s",
    re.I,
)


def _asking(found: re.Match[str] | None, kind: str = "") -> re.Match[str] | None:
    """``found`` when it is a wh-phrase that asks, not a relative clause's "which", nor (for a
    ``kind`` of named thing) a kind of it (``_KIND_OF``) or the subject of a clause "what"
    opens (``_WHAT_CLAUSE``)."""
    if found is None or _RELATIVE_WHICH.match(found.group()) is not None:
        return None
    if kind in _NAMED_HEADS and (
        _KIND_OF.match(found.group()) or _WHAT_CLAUSE.match(found.group())
    ):
        return None
    return found


# "What kind of firm", "which type of yard work": a kind of the thing is asked, in words that
# describe it ("a European planemaker", "maintenance and repair"), not one of them by name.
_KIND_OF = lazy(r"^(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\s", re.I)
# The kinds a wh-phrase's noun asks the name of.
_NAMED_HEADS = frozenset({"person", "company", "organisation", "country"})


def _head(question: str) -> str | None:
    if _WHO_ROLE.search(question):
        return "person"
    found = _wh_phrase(question)
    return found[1] if found else None


# Kept per question: routing, composing and the answer's checks each read it of the same question.
@lru_cache(maxsize=1024)
def _wh_phrase(question: str) -> tuple[re.Match[str], str] | None:
    """The earliest wh-phrase that names a kind by its noun, with that kind.

    From one wh-word, the phrase runs on through a compound of head nouns: "which ministry
    official" asks for a person. A head noun a word or more after the first is no part of the
    phrase but of what follows its verb or of another wh-phrase: "which ministry pitched the
    firms" asks for a ministry, "by which body in which year" for a body."""
    found = [
        (m.start(), m.end(), kind, m)
        for kind, p in _WH_HEADS
        for m in [_asking(p.search(question), kind)]
        if m
    ]
    found = [f for f in found if not _modifies_next(question, f[3])]
    if not found:
        return None
    start = min(f[0] for f in found)
    # By end, then kind: a match object has no order of its own.
    phrases = sorted(
        ((end, kind, m) for at, end, kind, m in found if at == start), key=lambda f: f[:2]
    )
    end, kind, match = phrases[0]
    for longer, longer_kind, longer_match in phrases[1:]:
        if len(question[end:longer].split()) != 1:
            break
        end, kind, match = longer, longer_kind, longer_match
    return match, kind


# An owner among a wh-phrase's words ("what was the agency's official line") opens a noun phrase
# that runs to its last noun: a head noun followed by another word of that phrase only modifies it
# ("official line" is a line, not an official). The phrase ends at a word of no noun: a preposition,
# a conjunction, a relative, an auxiliary, a determiner, or a name.
# Only after a copula ("what was", "which is"): the noun phrase is then all that follows the
# verb, and no verb of its own comes after it ("which agency's official said so" asks for a person).
_OWNER = lazy(r"^\w+\s+(?:is|are|was|were)\s+(?:[\w.'’&-]+\s+){0,2}?[\w-]+['’]s\s", re.I)
_PHRASE_ENDS = lazy(
    r"\s+(?:(?-i:[a-z])[\w-]*)(?<!\bof)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bto)(?<!\bby)"
    r"(?<!\bfor)(?<!\bfrom)(?<!\bwith)(?<!\babout)(?<!\bafter)(?<!\bbefore)(?<!\bsince)"
    r"(?<!\bduring)(?<!\bover)(?<!\bunder)(?<!\bbetween)(?<!\bamong)(?<!\bagainst)"
    r"(?<!\btoward)(?<!\btowards)(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bthat)"
    r"(?<!\bwhich)(?<!\bwho)(?<!\bwhen)(?<!\bwhere)(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bthan)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bdo)(?<!\bdoes)(?<!\bdid)(?<!\bhas)"
    r"(?<!\bhave)(?<!\bhad)(?<!\bwill)(?<!\bwould)(?<!\bcan)(?<!\bcould)(?<!\bshould)"
    r"(?<!\bas)(?<!\bper)(?<!\bvs)(?<!\bversus)(?![\w'’-])",
)


def _modifies_next(question: str, found: re.Match[str]) -> bool:
    """Whether the head noun ``found`` ends on stands, after an owner, before another word of
    its noun phrase, which is the phrase's head instead ("the ministry's official line")."""
    return bool(_OWNER.match(found.group())) and bool(_PHRASE_ENDS.match(question, found.end()))


# The kinds of the name table that are proper names (not offset categories).
_PROPER_NAMES = ("programs", "countries", "people", "organisations", "companies", "parties")
_PEOPLE = ("people",)


@lru_cache(maxsize=1024)
def _names_as_words(question: str, kinds: tuple[str, ...] = _PROPER_NAMES) -> str:
    """``question`` with each name of ``kinds`` the name table knows written as one word (kept
    per question: every reading of its wh-phrase starts here, and each tries every name's
    pattern)."""
    table = name_table()
    found = [
        m.span()
        for kind in kinds
        for pattern in table.patterns.get(kind, {}).values()
        for m in pattern.finditer(question)
    ]
    taken: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda span: span[0] - span[1]):  # longest first
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
    for start, end in sorted(taken, reverse=True):
        question = question[:start] + "Name" + question[end:]
    return question


# Where a wh-phrase's thing begins: "which", "what" (or a request read as one: "name the"),
# "which of the", and up to two modifiers that are no auxiliary and no article ("which Korean").
_WH_THING_BEFORE = lazy(
    r"\b(?:which|what)\s+(?:(?:one\s+)?of\s+the\s+)?"
    r"(?:(?!(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|might|must|"
    r"may|the|a|an|its|their|this|that|these|those)\s)[\w'’-]+\s+){0,2}$",
    re.I,
)

# A noun after the phrase that ends the wh-phrase instead: the phrase then modifies the thing
# asked ("which procurement-agency spokesperson" asks for a person, of the agency it names).
_HEAD_AFTER = lazy(rf"[\s-]+(?:{'|'.join(nouns for _, nouns in _HEAD_NOUNS)})(?![\w'’-])", re.I)


@lru_cache(maxsize=1024)
def _asked_descriptions(asked: str) -> tuple[tuple[tuple[int, int], str, str], ...]:
    """(span, kind, name) of each name-table phrase of ``asked`` (a question as asked) that
    stands as the thing its wh-phrase asks for: written in small letters (a description, not a
    name: "what DAPA ruling" gives DAPA), right after the wh-word and its modifiers, and not
    before the noun the wh-phrase ends on ("which think tank fellow" asks for a person). Kept
    per question, as ``_names_as_words``: each reading of the question asks, and each tries
    every name's pattern."""
    table = name_table()
    return tuple(
        (m.span(), kind, name)
        for kind, patterns in table.patterns.items()
        for name, pattern in patterns.items()
        for m in pattern.finditer(asked)
        if m.group().islower()
        and _WH_THING_BEFORE.search(asked, 0, m.start())
        and not _HEAD_AFTER.match(asked, m.end())
    )


def given_names_text(question: str) -> str:
    """``question`` with the name-table phrases that stand as the thing a wh-phrase asks for
    blanked out: those name the kind of thing asked, they do not give its name. "Which
    procurement agency ruled" asks which body that is; it does not give the agency the table
    knows by that description, so that body's name answers it. A definite use ("the
    procurement agency ruled", "per the think tank") keeps naming the body."""
    asked = as_asked(question)
    for (start, end), _, _ in _asked_descriptions(asked):
        asked = asked[:start] + " " * (end - start) + asked[end:]
    return asked


# The kinds of the name table whose members are bodies and people a description may ask for.
_DESCRIBED_KINDS = ("organisations", "companies", "people")


def described_as_named(question: str) -> str:
    """``question`` with the names of the bodies the name table knows by the description its
    wh-phrase asks for written beside it: "which research institute published it" looks for
    the institute's sentences, which write its name, not what it is."""
    asked = as_asked(question)
    # Read as asked ("name the think tank" is "which think tank"), which rewrites only what
    # stands before the phrase: its end lies as far from the question's end.
    found = [
        (len(question) - len(asked) + end, name)
        for (_, end), kind, name in _asked_descriptions(asked)
        if kind in _DESCRIBED_KINDS
    ]
    for end, name in sorted(found, reverse=True):
        question = f"{question[:end]} ({name}){question[end:]}"
    return question


# A summary that follows time ("the history of", "how has it changed", "year by year") reads as
# a dated list; one of a topic ("summarize the objections") reads as an argument.
_OVER_TIME = lazy(
    r"\b(history|historical|timeline|chronolog\w*|in (?:date )?order|sequence of events|trace|"
    r"year[- ]by[- ]year|step[- ]by[- ]step|over (?:the )?(?:years|decades|time)|evolv\w*|evolution|"
    r"how (?:has|have|did|do|does)?\b.{0,60}(?:chang|develop|shift|mov|grow|grew|rise|rose|fall|"
    r"fell)\w*|since (?:the )?(?:early |mid-?|late )?"
    r"(?:19|20)\d\d|"
    # "each change to the rule", "every revision, with the years"
    r"(?:each|every|all(?: the)?) (?:chang|revision|amendment|step|rise|increase|cut)\w*|"
    r"with (?:the |their )?(?:years|dates))\b",
    re.I,
)


def asks_position(question: str) -> bool:
    """Whether a question asks what a side argues, objects to or answers."""
    return bool(_RULES["position"].search(question))


# "How the fee a ferry pays at the northern harbour has risen": a long subject between "how" and
# its verb of change, which the auxiliary before the verb ties to the "how".
_HOW_HAS_CHANGED = lazy(
    r"\bhow\b[^?.;]{0,160}?\b(?:has|have|had)\s+(?:(?:it|they|this|that)\s+)?(?:been\s+)?"
    r"(?:chang|develop|shift|mov|evolv|grow|grown|ris|risen|fall|fallen)\w*",
    re.I,
)


def over_time(question: str) -> bool:
    """Whether a summary is asked along time (a dated list) rather than of a topic: by its
    words of time, or by a story told from a scheme's first day on ("ever since the toll
    started")."""
    return bool(
        _OVER_TIME.search(question)
        or _HOW_HAS_CHANGED.search(question)
        or _SINCE_THE_START.search(question)
    )


def over_time_verbs(question: str) -> str:
    """The word of each phrase that asks along time which names no topic: "shifted" of "how
    has the agency's stance shifted", "timeline" of "a timeline of the dispute"."""
    found = [*_OVER_TIME.finditer(question), *_HOW_HAS_CHANGED.finditer(question)]
    return " ".join(m[0].split()[-1] for m in found)


# A request in place of a question: "send us the date …", "we'd like the count of …", "name the
# firms …" ask what "what year …", "what number of …", "which firms …" ask.
_REQUEST = lazy(
    r"^\s*(?:please\s+)?(?:(?:could|can|would) you\s+(?:please\s+)?)?"
    r"(?:(?P<what>(?:give|tell|show|get|find|send)\s+(?:me|us)|i(?:'d| would)? (?:need|want|like)"
    r"(?: to know)?|we(?:'d| would)? (?:need|want|like)(?: to know)?|(?:find|look up))"
    r"|(?P<which>name|list|identify))\s+(?:the|a|an)\s+",
    re.I,
)


# A wh-word with its verb run in: "what's the ceiling" asks what "what is the ceiling" asks.
_CONTRACTED = lazy(r"\b(what|which|who|where|when|how)[’']s\b", re.I)


# Kept per question: routing, composing and the answer's checks each read it of the same question.
@lru_cache(maxsize=1024)
def as_asked(question: str) -> str:
    """``question`` with a request's opener read as the wh-word it stands for, and a wh-word's
    contracted verb written out."""
    question = _CONTRACTED.sub(r"\1 is", question)
    request = _REQUEST.match(question)
    if request is None:
        return question
    word = "what" if request.group("what") else "which"
    return f"{word} {question[request.end() :]}"


# "What" as the object of the main verb "do": "what do buyers do about the delay", "what did
# the agency do with the funds". Not the auxiliary of another verb ("what does it cost").
_DONE_ABOUT = lazy(r"\bwhat\b(?:\s+[\w'’-]+){1,16}?\s+(?:do|doing|done)\s+(?:about|with)\b", re.I)


# A part of a source named as a thing by a word of summary or comparison: a determiner or an
# owner before it ("the institute's port comparison", "the ministry's history").
_SOURCE_PART = lazy(
    r"\b(?:the|its|their|this|that|[\w-]+[’']s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:comparisons?|histor(?:y|ies)|timelines?|chronolog(?:y|ies)|overviews?|outlines?|"
    r"summar(?:y|ies))\b",
    re.I,
)


# "How" as the manner of a verb: "how do shippers cover the cost", "how was the fund paid
# for". Not "how much", "how many", "how long" or "how large", whose "how" asks a degree.
_ASKS_MANNER = lazy(
    r"^\W*(?:and\s+|so\s+|but\s+)?how\s+(?:do|does|did|can|could|will|would|should|is|are|was|"
    r"were|has|have|had)\b",
    re.I,
)
# The kinds that are figures, which a question of manner does not ask.
_FIGURE_KINDS = ("percent", "count", "money", "quantity")


# Kept per question: every step that weighs an answer asks what kind of thing it is asked for.
@lru_cache(maxsize=1024)
def answer_type(question: str) -> str:
    """The kind of thing a question asks for. A summary, a reason or a comparison is asked for
    by its own words; otherwise the noun of the wh-phrase decides, and then the first rule that
    matches."""
    question = as_asked(question)
    rules = _RULES
    head = wh_head(question)
    # A wh-phrase that names its kind ("in what year", "which body") asks for that kind even
    # where the question names the part of a source to look in by a word of summary or
    # comparison ("going by the ministry's chronology of the levy", "in the bureau's port
    # comparison"): that part is where the answer is, not what is asked.
    typed = head is not None or any(_RULES[kind].search(question) for kind in _WH_KINDS)
    weighed = _SOURCE_PART.sub(" ", question) if typed else question
    if rules["summary"].search(weighed):
        return "summary"
    if _WHY.search(question):
        return "reason"
    if rules["comparison"].search(weighed):
        return "comparison"
    if head is not None:
        return head
    if CAMPS_ASKED.search(question):
        return "position"
    if _DONE_ABOUT.search(question):
        # "What do buyers do about the delay?" asks for an action: the delay is its topic,
        # not an amount asked.
        return "other"
    first = _FIRST_WH.search(question)
    if first is not None and first.group(1).lower() in ("who", "whom"):
        # "Who bears the cost?" asks for whoever does, whatever the rest of it names.
        return "agent"
    manner = _ASKS_MANNER.search(question) is not None
    # A "when" or "where" opening a clause of time or place does not ask: "what fee does the
    # guild charge when a member sells abroad" asks for a fee (``clause_wh``).
    weighed = without_clause_openers(weighed)
    # "Counted in crowns, the levies came to how many times the penalties?" asks a multiple of two amounts of money:
    # its "how many" counts nothing; it asks how much one is against the other, as "how much
    # larger" does.
    times = money_multiple(weighed)
    if times is not None:
        weighed = f"{weighed[: times.start()]}how much{weighed[times.end() :]}"
    for name, pattern in _TYPE_RULES:
        if manner and name in _FIGURE_KINDS:
            # "how did the ferry firms meet the levy's cost?" asks how, not how much: the cost,
            # the price or the payment it names is its topic.
            continue
        if pattern.search(weighed) is None:
            continue
        if name in _WH_KINDS:
            # Of the kinds a wh-phrase names, the first phrase asks: "which office took charge
            # when the scheme began" asks for an office; its "when" only sets the time.
            phrases = [
                (hit.start(), kind)
                for kind, rule in _TYPE_RULES
                if kind in _WH_KINDS and (hit := rule.search(weighed)) is not None
            ]
            # A phrase before them that names a thing of no kind asks for that thing: "what
            # levy does the port charge when a ship overstays" asks for the levy, not a date.
            thing = _ASKED_NOUN.search(weighed)
            if thing is not None and thing.start() < min(phrases)[0]:
                return "other"
            return min(phrases)[1]
        return name
    return "other"


# The noun of a "which committee"/"what agency" phrase: the kind of body a question asks for.
_BODY_NOUN_ASKED = lazy(
    rf"\b(?:which|what)\s+(?:[\w'’-]+\s+)?(?P<noun>{_BODY_HEADS})(?![\w'’-])", re.I
)


def body_noun_asked(question: str) -> str | None:
    """The noun by which ``question`` asks for a body ("committee" of "which committee vets
    it"), when what it asks for is an organisation; else None."""
    if answer_type(question) != "organisation":
        return None
    found = _BODY_NOUN_ASKED.search(as_asked(question))
    return found.group("noun") if found else None


def wh_head_noun(question: str) -> tuple[str, str] | None:
    """The noun by which the question's earliest wh-phrase names the kind of thing it asks
    for, with that kind: ("day", "date") of "on which day did it open", ("agency",
    "organisation") of "which agency runs it". That word says what the answer is, not what it
    is about: a sentence answers it by stating such a thing ("on Monday"), seldom by the word."""
    found = _wh_phrase(question)
    if found is None:
        return None
    phrase, kind = found
    return phrase.group().split()[-1], kind


# The nouns by which a question asks for a side's stance ("the ministry's public line", "its
# position"): like a wh-phrase's noun, each says what the answer is, not what it is about.
_STANCE_NOUN = lazy(r"\b(?:line|positions?|stances?)\b", re.I)


def kind_nouns(question: str) -> tuple[tuple[str, str], ...]:
    """The nouns by which ``question`` names the kind of answer it asks for, each with that
    kind: each part's wh-phrase noun (("year", "date") and ("body", "organisation") of "in which
    year was it set, and by which body?"), and for a stance asked the noun naming the stance
    (("line", "position") of "what was the agency's line"). A sentence answers by stating such
    a thing, and seldom writes the word."""
    asked = as_asked(question)
    heads = [wh_head_noun(part) for part in split_parts(asked)]
    found = [head for head in heads if head is not None]
    if answer_type(asked) == "position":
        found += [(m.group(), "position") for m in _STANCE_NOUN.finditer(asked)]
    return tuple(dict.fromkeys(found))


# The noun a "what"/"which" phrase ends on, just before its verb: "what penalty does ...",
# "which two reforms were ...". A question of no kind asks for that thing by this noun.
_ASKED_NOUN = lazy(
    r"\b(?:what|which)\s+(?:[\w'’-]+\s+){0,2}?"
    # A relative or a pronoun is the verb's subject, not the thing: "which rebate that was ...".
    r"(?!(?:that|which|who|it|they|he|she|this|these|those|there)\s)(?P<noun>[a-z][\w-]*)\s+"
    r"(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|might|must|may)\b",
    re.I,
)


def asked_noun(question: str) -> str | None:
    """The noun by which a question's "what" or "which" phrase names the thing it asks for,
    when the phrase is followed by its verb ("what penalty does", not "what does")."""
    match = _ASKED_NOUN.search(as_asked(question))
    return match.group("noun") if match else None


# The kinds a question asks by its wh-phrase alone.
_WH_KINDS = frozenset({"date", "place", "agent", "company", "organisation", "country"})


def contract_kinds(question: str) -> tuple[str | None, frozenset[str]]:
    """The contract type a question asserts, and the types it negates.

    "a competitive, non-FMS tender" asserts competitive and excludes FMS; "an order that is not
    an FMS deal" asserts nothing and excludes FMS; "not competitive" asserts non-competitive.
    """
    kinds, excluded = asserted_kinds(question)
    return (kinds[0] if kinds else None), excluded


# "one competitive, one not", "one FMS deal and the other not": the second contract is the
# negation of the kind just named.
_ELLIPTIC_NEGATION = lazy(
    r"\b(?:one|the other|another|if|and if|or)\s+(?:(?:is|was|that is|that's|which is|which isn't|it (?:is|was|were)(?:n't)?)\s+)?"
    r"(?:not|isn't|wasn't)\b(?!\s+(?:(?:a|an|the|through|via)\s+)?(?:FMS|foreign|competitive|non|sole))",
    re.I,
)


# Kept per question: the contract types of a question are read at every rule that compares them.
@lru_cache(maxsize=1024)
def asserted_kinds(question: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Every contract type a question asserts, in order and each once, and the types it
    negates: "two deals, one competitive, one not" asserts competitive and non-competitive."""
    asserted: list[tuple[int, str]] = []
    excluded: set[str] = set()
    taken: list[tuple[int, int]] = []
    for kind, pattern in _KIND_WORDS:
        for match in pattern.finditer(question):
            if any(a <= match.start() < b for a, b in taken):
                continue  # "competitive" inside "non-competitive"
            taken.append(match.span())
            before = question[: match.start()]
            if _NEGATION_BEFORE.search(before) or _NEGATION_NEAR.search(before[-40:]):
                if kind == COMPETITIVE:
                    asserted.append((match.start(), NON_COMPETITIVE))
                elif kind == NON_COMPETITIVE:
                    asserted.append((match.start(), COMPETITIVE))
                else:
                    excluded.add(kind)
            else:
                asserted.append((match.start(), kind))
    for match in _ELLIPTIC_NEGATION.finditer(question):
        named = [kind for start, kind in asserted if start < match.start()]
        if named and named[-1] in _OPPOSITE:
            asserted.append((match.start(), _OPPOSITE[named[-1]]))
    kinds = [kind for _, kind in sorted(asserted) if kind not in excluded]
    return tuple(dict.fromkeys(kinds)), frozenset(excluded)


_OPPOSITE = {COMPETITIVE: NON_COMPETITIVE, NON_COMPETITIVE: COMPETITIVE}


# A topic, then what is asked of it: "The 2019 levy: who set it, when, and why?", "Tell me
# about the port - when it opened and who runs it". The topic ends at a colon or a spaced dash.
_TOPIC_THEN_ASKS = lazy(r"^(?P<topic>[^:?]{3,}?)\s*(?::|\s[-–—]\s)\s*(?P<asks>.+)$")
# The asks of such a list: separated by commas, or by "and" before a question word.
_ASK_SPLIT = lazy(
    r"\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?=(?:by\s+|from\s+|in\s+|for\s+|at\s+|"
    rf"with\s+|to\s+)?(?:{WH_WORDS})\b)",
    re.I,
)
# How a topic is introduced: "tell me about", "on", "for", "as for".
_TOPIC_OPENING = lazy(
    # a request to be told of it, whatever its verb: "fill me in on", "bring us up on"
    r"^\s*(?:(?:please\s+)?[a-z]+\s+(?:me|us)\s+(?:(?:up|in)\s+)?(?:about|on|through)|"
    r"what (?:do|does) (?:we|you|the sources) (?:know|say) about|(?:as )?for|on|about|regarding|"
    r"concerning|re)\s+",
    re.I,
)
# A request to have the topic explained, before it.
_EXPLAIN_TOPIC = lazy(r"^(?:please\s+)?(?:explain|describe|define)\s+(?=\w)", re.I)
# A question word at the start of an ask, perhaps after a preposition ("from which party").
_ASK_OPENING = lazy(
    r"^\s*(?:(?:by|from|in|for|at|with|to|of|under|on|since|until|till|during|after|before)\s+)?"
    rf"(?:{WH_WORDS}|did|does|do|is|are|was|were|has|have)\b",
    re.I,
)
_PRONOUN = lazy(r"\b(?:it|they|them)\b|\b(?P<possessive>its|their)\b", re.I)
# Where a topic's head noun ends: before a preposition or a clause ("banking in Korea",
# "the rules that apply").
_HEAD_END = lazy(r"\s+(?:in|of|for|on|at|from|with|to|by|under|that|which|who)\b.*$", re.I)
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def _agrees(pronoun: str, topic: str) -> bool:
    """Whether ``pronoun`` can stand for ``topic`` by number: "their credits" after "sellers"
    in an ask about offset banking stands for the sellers, not for the topic."""
    words = _HEAD_END.sub("", topic).split()
    if not words:
        return True
    head = words[-1]
    plural = (
        head.lower().endswith("s")
        and not head.lower().endswith(("ss", "us", "is"))
        and not head.isupper()
    )
    return plural == (pronoun.lower() in _PLURAL_PRONOUNS)


_DETERMINER = lazy(r"^(?:the|a|an|its|their|his|her|our|this|that|these|those)\b", re.I)


# A topic set before a comma: a phrase of what the asks are about ("For the new port, when did
# it open and who runs it?"), or a clause of time or condition ("When the port opened, who ran
# it and what did it cost?"), of place or time ("In 2019, ...") or of the source ("Per the
# harbour board, ..."); these last are put after each ask as written, since a pronoun of an ask
# stands for no year. A clause's "when" has no auxiliary after it: "when did the port open, ..."
# is an ask itself.
_LEAD_TOPIC = lazy(
    r"^\s*(?P<topic>(?:(?:as\s+)?for|about|regarding|concerning|"
    r"(?P<clause>(?:per|according to|in|on|at|during|with)(?=\s)|"
    r"(?:when|after|before|once|while|if)\s+"
    r"(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|much|many|"
    r"long|far|often)\b)))[^,?:]{3,}?)\s*,\s*(?P<asks>.+)$",
    re.I,
)


# A piece of a list that qualifies the ask before it: it opens with a preposition ("in
# millions", "to one decimal", "at today's rate"), or names where the answer is to come from
# ("per the harbour gazette", "according to the port's ledger", "citing the audit"): a source
# is whom the ask is put to, no ask of its own.
_QUALIFYING = lazy(
    r"^(?:in|to|at|with|by|from|for|on|as|under|using|rounded|per|according\s+to|citing|via)\b",
    re.I,
)
# A label that says what kind of question follows ("Hypothetical: a port buys two cranes …",
# "Scenario - …", "Quick question: …"): no topic the asks after it are of; the rest is the
# question, split as any other.
_QUESTION_LABEL = lazy(
    r"(?:(?:a\s+)?(?:quick|short|simple|related|follow-?up|side)\s+)?"
    r"(?:hypothetical(?:ly)?|scenario|suppose|supposing|assume|assuming|imagine|context|"
    r"background|set-?up|situation|example|question|q|follow-?up|note)",
    re.I,
)
# Whom a list of announced asks is put to, before the announcement: "Per the gazette, three
# things: …", "According to the ledger, two questions - …".
_SOURCED_ANNOUNCEMENT = lazy(
    r"^(?P<source>(?:per|according\s+to)\s+[^,]+?)\s*,\s*(?P<announced>.+)$", re.I
)


# A request in a list of asks ("tell me its owner") asks for what it names.
_ASK_REQUEST = lazy(
    r"^(?:please\s+)?(?:(?:tell|give|show|get)\s+(?:me|us)|i(?:'d| would)?\s+(?:need|want|like)"
    r"(?:\s+to\s+know)?)\s+",
    re.I,
)


# What announces that several asks follow, naming no topic of theirs: "two things", "a couple
# of quick questions", "three points", "my questions".
_ANNOUNCED_ASKS = lazy(
    r"(?:(?:a\s+)?(?:couple|few|number)\s+(?:of\s+)?|two|three|four|five|several|some|my)?"
    r"\s*(?:(?:quick|short|simple|related|separate|follow-?up)\s+)?"
    r"(?:things?|questions?|q'?s|points?|asks?)(?:\s+(?:for\s+you|please))?",
    re.I,
)


def asks_of_topic(question: str) -> bool:
    """Whether ``question`` names its topic first and then asks several things of it ("the
    levy: when was it set, and who collects it?"): each part, the topic put in, stands alone."""
    return _asks_of_topic(without_register(question)) is not None


def _asks_of_topic(question: str) -> tuple[str, ...] | None:
    """The parts of "TOPIC: ask, ask and ask" (or "For TOPIC, ask, ask and ask") with the topic
    put in each: "who set it" becomes "who set the levy", a bare noun ("their value") a question
    for it; None for a question of another shape."""
    found = _TOPIC_THEN_ASKS.match(question.strip()) or _LEAD_TOPIC.match(question.strip())
    if found is None or _QUESTION_LABEL.fullmatch(found.group("topic").strip()):
        return None
    asks: list[str] = []
    for piece in _ASK_SPLIT.split(found.group("asks")):
        piece = piece.strip(" ,;.?!")
        qualifies = _QUALIFYING.match(piece) or not reading(piece).question.strip(" ,.;")
        if asks and qualifies and not _FIRST_WH.search(piece):
            # "in millions", "one decimal": how the ask before is to be answered, not an ask
            # of its own.
            asks[-1] = f"{asks[-1]}, {piece}"
        elif piece:
            asks.append(piece)
    asks = [_ASK_REQUEST.sub("", a) for a in asks]
    if len(asks) < 2:
        return None
    topic = _TOPIC_OPENING.sub("", found.group("topic")).strip(" ,;")
    # "Explain the levy: how does it work, and who pays it?": the topic is the levy; the request
    # to explain it is the question's (a definition's), not a word of each ask.
    topic = _EXPLAIN_TOPIC.sub("", topic)
    # A clause ("when the port opened") is kept whole after each ask: what its pronouns stand
    # for is in the clause, not the clause itself.
    clause = "clause" in found.groupdict() and found.group("clause") is not None
    # A topic that is itself a question ("what did the study find: X, Y and Z?") is asked of
    # through the whole question, which each part is answered beside.
    questioned = bool(_FIRST_WH.search(topic)) and not clause
    source = ""
    sourced = _SOURCED_ANNOUNCEMENT.match(topic)
    if sourced is not None and _ANNOUNCED_ASKS.fullmatch(sourced.group("announced")):
        # "Per the gazette, two things: …" announces asks and whom they are put to: each ask
        # is put to that source, as "per the gazette, who …, and when …?" puts each.
        topic, source = sourced.group("announced"), sourced.group("source")
    if _ANNOUNCED_ASKS.fullmatch(topic):
        # "Two things: ..." names no topic, only that asks follow: each stands as written.
        topic, clause, questioned = "", False, True
    parts = []
    for ask in asks:
        if not _ASK_OPENING.match(ask):
            ask = f"what is {ask}" if _DETERMINER.match(ask) else f"what is the {ask}"
        if source:
            ask = f"{ask} {source}"
        if clause:
            ask = (
                f"{ask} {found.group('topic').strip()[0].lower()}{found.group('topic').strip()[1:]}"
            )
        elif not questioned:
            pronoun = _PRONOUN.search(ask)
            if pronoun is not None and _agrees(pronoun.group(0), topic):
                named = f"{topic}'s" if pronoun.group("possessive") else topic
                ask = ask[: pronoun.start()] + named + ask[pronoun.end() :]
            else:
                ask = f"{ask} ({topic})"
        parts.append(ask)
    return tuple(parts)


# Punctuation inside brackets belongs to an aside ("(USD millions, one decimal)", "(see
# note 3: the 2019 figure)"), never to the question's own structure: it is hidden while the
# question is split and shown again in each part. So is a figure's comma.
_BRACKETED = lazy(r"\([^()]*\)")
_HIDDEN = {",": "\ue000", ";": "\ue001", "?": "\ue002", ":": "\ue003"}
_HIDE = str.maketrans(_HIDDEN)
# The comma of a figure ("KRW 1,400") separates digit groups, not clauses.
_DIGIT_GROUP = lazy(r"(?<=\d),(?=\d{3}(?!\d))")
_SHOW = str.maketrans({hidden: shown for shown, hidden in _HIDDEN.items()})


# How plainly the answer is to be put ("in plain terms", "like I'm not an engineer", "for a
# layperson"): a wish about the telling, neither a topic nor a part of each ask.
_REGISTER = lazy(
    r"(?:,\s*)?\b(?:(?:put|said|explained)\s+simply|simply\s+put|"
    r"in\s+(?:plain|simple|everyday|lay(?:man'?s?|person'?s?)?|non-?technical)\s+"
    r"(?:terms|words|english|language)|"
    r"(?:like|as\s+if)\s+(?:i'?m|i\s+am|i\s+was|you'?re\s+talking\s+to)\s+(?:not\s+)?"
    r"(?:an?\s+|five\b|5\b)(?:[\w-]+\s+){0,2}?"
    r"(?:expert|specialist|insider|professional|engineer|economist|lawyer|kid|child|\w+ologist|"
    r"outsider|beginner|novice|layperson|layman|five|5)(?:\s+years?\s+old)?|"
    r"(?:to|for)\s+(?:an?\s+|the\s+)?(?:non-?specialists?|non-?experts?|lay(?:person|man|people)s?|"
    r"beginners?|newcomers?|outsiders?|novices?|general\s+(?:reader|audience|public)))\b,?",
    re.I,
)


# A closing request for examples ("… ? Give examples.", "… ? Use the two harbour audits."): how
# the answer is to be told, no ask of its own. The things it names to draw on stay in the
# question, in brackets (no part of their own), as what its examples are about.
_EXAMPLES_WANTED = lazy(
    r"\s*[?.!]\s+(?:please\s+)?(?:(?:give|cite|provide|include|add)\s+(?:me\s+|us\s+)?"
    r"(?:(?:some|a\s+few|concrete|specific|real|an?|one|two|three)\s+)?"
    r"(?:examples?|instances?|illustrations?)"
    r"|(?:use|draw\s+on|take|look\s+at|illustrate\s+(?:it\s+|this\s+|that\s+)?(?:with|using))\s+"
    r"(?P<drawn_on>(?:the|its|their|these|those)\b[^?.!]{1,80}?)"
    r"(?:\s+as\s+(?:an?\s+)?(?:examples?|cases?|illustrations?))?)\s*[?.!]?\s*$",
    re.I,
)
# "Use the main cases": examples of no named thing, nothing for the answer to be about.
_ANY_EXAMPLES = lazy(
    r"(?:the|its|their|these|those)\s+(?:[\w-]+\s+){0,2}(?:examples?|cases?|instances?)", re.I
)


def _examples_in_brackets(found: re.Match[str]) -> str:
    drawn_on = found.group("drawn_on")
    if not drawn_on or _ANY_EXAMPLES.fullmatch(drawn_on):
        return "?"
    return f" ({drawn_on})?"


# Kept per question: searching and splitting a question each start from it.
@lru_cache(maxsize=1024)
def without_register(question: str) -> str:
    """``question`` without the words saying how plainly to answer ("In simple words, what is
    a levy?" → "what is a levy?") or asking it be shown by examples ("… ? Use the two harbour
    audits." → "… (the two harbour audits)?")."""
    question = _EXAMPLES_WANTED.sub(_examples_in_brackets, question)
    if not _REGISTER.search(question):
        return question
    text = _SPACE_BEFORE_MARK.sub("", _REGISTER.sub(" ", question))
    return " ".join(text.split()).strip(" ,;")


_SPACE_BEFORE_MARK = lazy(r"[\s,]+(?=[?.!:;])|\s+(?=,)")


# The least a contract must be worth for the rule to apply, told by what it is rather than by
# the sources' word for it: "the minimum deal value", "the smallest purchase size", "the contract
# size that triggers the requirement", "the value at which offsets kick in". Only a contract's
# size: "the lowest amount of offsets obtained" is a figure of the offsets, not a threshold.
_THRESHOLD_PARAPHRASE = lazy(
    r"\b(?:minimum|smallest|lowest)\s+(?:(?:contract|deal|purchase|procurement)s?\s+)"
    r"(?:value|size|amount|worth|price)s?(?:\s+(?:that|which)\s+trigger\w*)?"
    r"|\b(?:contract|deal|purchase)s?\s+(?:value|size|amount|worth)s?\s+(?:(?:that|which)\s+)?"
    r"(?:triggers?|triggered|activates?|activated|sets?\s+(?:(?:it|them)\s+)?off)\b"
    r"|\b(?:value|size|amount)\s+(?:at|above|over|from)\s+which\s+(?:an?\s+)?offsets?\s+"
    r"(?:requirements?\s+|obligations?\s+)?(?:applies|apply|kicks?\s+in|(?:is|are)\s+required)\b"
    # Asked outright: "from what purchase size does the duty kick in", "at what amount would the
    # obligation apply".
    r"|(?<=\bwhat\s)(?:(?:contract|deal|purchase|procurement)\s+)?"
    r"(?:value|size|amount|worth)(?=\s+(?:do|does|will|would)\s+(?:the\s+)?(?:offsets?|"
    r"(?:offset\s+)?(?:rules?|requirements?|obligations?))\s+(?:start|begin|apply|kick\s+in)\b)",
    re.I,
)


def threshold_named(question: str) -> str:
    """``question`` with a contract size described as the least that brings the rule into
    play written as the sources name it, "threshold"."""
    return _THRESHOLD_PARAPHRASE.sub("threshold", question)


# What a program's start is called in speech: "brought in its scheme", "rolled out the rules",
# "when was the policy first brought in". The sources say "introduced". Only of a program, a
# rule or a law: "what the deals brought in" is money earned.
_INSTITUTION = (
    r"(?:program(?:me)?s?|schemes?|systems?|polic(?:y|ies)|rules?|requirements?|laws?|"
    r"guidelines?|regimes?)"
)
_BRING_IN = r"(?:bring|brings|bringing|brought|roll|rolls|rolling|rolled)\s+(?:in|out)\b"
_BROUGHT_IN = lazy(
    rf"\b{_BRING_IN}(?=\s+(?:its|the|a|an|their|this|that|[\w'’-]+['’]s)\s+(?:[\w-]+\s+){{0,3}}"
    rf"{_INSTITUTION}\b)",
    re.I,
)
# Passive: "the scheme was first brought in", "when were the rules rolled out".
_INSTITUTION_BROUGHT_IN = lazy(
    rf"\b({_INSTITUTION}\s+(?:(?:was|were|been|had|has|have|first|initially|originally)\s+)+"
    rf"|\b(?:was|were)\s+(?:its|the|their|this|that|[\w'’-]+['’]s)\s+(?:[\w-]+\s+){{0,3}}"
    rf"{_INSTITUTION}\s+(?:(?:first|initially|originally)\s+)?)"
    r"(?:brought|rolled)\s+(?:in|out)\b",
    re.I,
)


# Kept per question: routing, composing and the answer's checks each read it of the same question.
@lru_cache(maxsize=1024)
def introduction_named(question: str) -> str:
    """``question`` with a program's start told by a phrasal verb ("brought in", "rolled
    out") written as the sources tell it, "introduced"."""
    question = _INSTITUTION_BROUGHT_IN.sub(r"\1introduced", question)
    return _BROUGHT_IN.sub("introduce", question)


# Two question words sharing one ask ("where and when did the guild meet", "how and why was it
# sold"): each asks its own thing of the same clause. The clause runs to the ask's end.
_SHARED_ASK = lazy(
    r"\b(?P<first>where|when|why|how|who)\s*(?:,\s*)?(?:and|or)\s+"
    r"(?P<second>where|when|why|how|who)\s+(?P<rest>(?:did|does|do|is|are|was|were|has|have|"
    r"had|will|would|can|could)\b[^,;:?]*)",
    re.I,
)


def _each_shared_ask(found: re.Match[str]) -> str:
    rest = found.group("rest").rstrip()
    return f"{found.group('first')} {rest}, and {found.group('second')} {rest}"


# An ask whose verb is gapped, the one before it holding it: a question word and only a degree
# ("…, and which worst?", "and who the least?"). Alone it asks nothing; with the ask before it,
# it is one comparison ("which dock did best, and which worst").
_GAPPED_DEGREE = lazy(
    rf"^(?:{WH_WORDS})\s+(?:the\s+)?(?:most|least|more|less|best|worst|better|worse|"
    r"[a-z]+est|higher|lower|larger|smaller|bigger|faster|slower|earlier|later|longer|shorter)$",
    re.I,
)


def _gapped_joined(parts: tuple[str, ...]) -> tuple[str, ...]:
    """``parts`` with one whose verb is gapped (``_GAPPED_DEGREE``) joined to the one before."""
    joined: list[str] = []
    for part in parts:
        if joined and _GAPPED_DEGREE.match(part.strip(" ,;.?!")):
            joined[-1] = f"{joined[-1]} and {part}"
        else:
            joined.append(part)
    return tuple(joined)


# Kept per question (a tuple): routing and composing split the same question many times.
@lru_cache(maxsize=1024)
def split_parts(question: str) -> tuple[str, ...]:
    """The sub-questions of a multi-part question, in order (one part for a simple question)."""
    question = _SHARED_ASK.sub(_each_shared_ask, without_register(question))
    hidden = _BRACKETED.sub(lambda m: m.group(0).translate(_HIDE), question)
    hidden = _DIGIT_GROUP.sub(_HIDDEN[","], hidden)
    parts = _gapped_joined(tuple(part.translate(_SHOW) for part in _split_parts(hidden)))
    return _heads_carried(parts)


# An ask that carries on an embedded question of the ask before it: a question word, then its
# clause in plain order ("when they'd come", "how high the fees would be"), not an asking
# order ("when did they come").
_PLAIN_ORDER = lazy(
    rf"^(?:{WH_WORDS})(?:\s+(?:high|low|much|many|long|far|soon|often|big|large))?\s+"
    r"(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|might|may|"
    r"must)\b)[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:would|will|could|can|might|may|is|are|was|were|"
    rf"had|has|have|did|does|do)\b|^(?:{WH_WORDS})\s+\w+['’](?:d|ll|s|re)\b",
    re.I,
)
# The head an embedded question hangs on: an ask opening with a question word, up to a word of
# saying or thinking's object ("what did the minister say about", "what did she tell reporters
# on") and the embedded question word after it.
_EMBEDDING_HEAD = lazy(
    rf"^(?P<head>(?:{WH_WORDS})\b.*?\b(?:about|on|regarding|concerning|as to))\s+"
    rf"(?:{WH_WORDS})\b",
    re.I,
)


def _heads_carried(parts: tuple[str, ...]) -> tuple[str, ...]:
    """``parts`` with a later one that only carries on the embedded question of the one before
    ("what did the mayor say about how long the works would take, and when they'd begin")
    asked under that one's head ("what did the mayor say about when they'd begin"): the
    speaker or the source it is asked of holds for it too, and alone it asks of no one."""
    carried = list(parts)
    for place in range(1, len(parts)):
        head = _EMBEDDING_HEAD.match(carried[place - 1])
        if head is None or not _PLAIN_ORDER.match(parts[place]):
            continue
        carried[place] = f"{head.group('head')} {parts[place]}"
    return tuple(carried)


# A request that opens the question ("give me", "tell me", "I need") and the later things it
# lists after a comma and "and", each named by its own noun ("…, and the shares of …"), not by
# "one" or "other" (whose noun is the first thing's) nor by a possessive ("and its average": a
# figure of the first thing, worked out from it).
_OPENING_REQUEST = lazy(
    r"^\s*(?:please\s+)?(?P<request>(?:tell|give|show|get)\s+(?:me|us)|list|name|"
    r"i(?:'d| would)?\s+(?:need|want|like))\b",
    re.I,
)
_LISTED_THING = lazy(
    r",\s+and\s+(?=the\s+(?!(?:one|ones|other|others|same|latter|former)\b))",
    re.I,
)


def _requests_apart(question: str) -> str:
    """A request that lists several things ("tell me the yard's output last year, and the
    share its exports made up") as that many requests, one of each thing: each is a part the answer
    must give, however the first one's statement matches the whole."""
    request = _OPENING_REQUEST.match(question)
    if request is None:
        return question
    # Each later thing is put as "give me …", a request the split below knows for an ask.
    return _LISTED_THING.sub(", and give me ", question)


def _split_parts(question: str) -> tuple[str, ...]:
    listed_asks = _asks_of_topic(question)
    if listed_asks is not None:
        return listed_asks
    question = _requests_apart(question)
    pieces = []
    split = _PART_SPLIT.split(question)
    for i, piece in enumerate(split):
        listed = _LIST_SPLIT.split(piece)
        if i < len(split) - 1:
            listed = [item for part in listed for item in _RELATIVE_ASK_SPLIT.split(part)]
        pieces += listed if _FIRST_WH.search(listed[0]) else [piece]
    pieces = [p.strip(" ,;?") for p in pieces]
    # A piece that only says how to read the result ("USD billions, two decimals.") asks
    # nothing: it is no part an answer must meet.
    parts = tuple(p for p in pieces if len(p.split()) >= 2 and not only_reads(p))
    return parts if len(parts) > 1 else (question.strip(),)


# A model or program code: letters and a number ("T-50", "F-35A", "A330", "KF-21") or letters
# joined to a letter ("KC-X").
CODE = lazy(r"(?<![\w-])(?:[A-Z]{1,4}-?\d{1,3}[A-Z]?|[A-Z]{2,3}-[A-Z])(?![\w-])")


def code_in(code: str, text: str) -> bool:
    """Whether ``text`` names ``code``, written with or without its hyphen."""
    bare = code.replace("-", "")
    return any(c.replace("-", "") == bare for c in CODE.findall(text))


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_STAGE_NOUN = r"(phase|stage|round|batch|tranche|lot|block|increment)s?"
# A program's code between a stage's ordinal and its noun: "the third XR-7 tranche", "the fourth
# Q5 lot" name the stage as "the second batch" does. A code holds a capital and a digit or
# hyphen, so an adjective ("the second big batch") is not one.
_CODE_BETWEEN = r"(?:(?-i:[A-Z][A-Za-z]*[-\d][\w-]*)\s+)?"
# "the second phase", "2nd-phase", "phase 2", "Phase II".
_STAGE = lazy(
    rf"\b(?:({'|'.join(_ORDINALS)})|(\d)(?:st|nd|rd|th))[-\s]+{_CODE_BETWEEN}{_STAGE_NOUN}\b"
    rf"|\b{_STAGE_NOUN}[-\s]+(\d|I{{1,3}}|IV|V)\b(?![-.]\d)",
    re.I,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


def stages(text: str) -> tuple[tuple[str, int], ...]:
    """The stages of a program ``text`` names, each as (part, number): ("phase", 2) for "the
    second phase", "2nd-phase" and "phase 2" alike."""
    found = []
    for m in _STAGE.finditer(text):
        word, digit, noun, noun_after, number = m.groups()
        if noun:
            found.append((noun.lower(), _ORDINALS[word.lower()] if word else int(digit)))
        else:
            value = int(number) if number.isdigit() else _ROMAN[number.lower()]
            found.append((noun_after.lower(), value))
    return tuple(dict.fromkeys(found))


def written_stages(text: str) -> tuple[str, ...]:
    """The stages ``text`` names, as it writes them ("the second phase" -> "second phase")."""
    return tuple(dict.fromkeys(m.group() for m in _STAGE.finditer(text)))


# A time named by the program's start rather than by its year: "the threshold when the policy
# began", "the share at the outset of the scheme".
_AT_THE_START = lazy(
    r"\b(?:when|as)\s+(?:(?:the|its|this|that|[\w'’-]+['’]s)\s+)?"
    # The program named by its own thing: "when offsets began".
    r"(?:(?:offsets?\s+)?(?:policy|program(?:me)?|system|scheme|rules?|requirements?|it)|offsets)\s+"
    r"(?:(?:was|were|had|first|been)\s+)*(?:started|began|begun|introduced|launched|created|"
    r"set up|adopted|established|came in(?:to (?:force|effect))?)\b"
    # The start told by who began it: "when Peru first brought in the levy", "when the
    # ministry first adopted the scheme".
    r"|\bwhen\s+(?:the\s+)?[A-Z][\w'’-]*\s+first\s+(?:brought\s+in|introduced|adopted|"
    r"launched|started|began|set\s+up|created|established)\s+(?:its\s+|the\s+)?"
    r"[\w-]+\b"
    r"|\b(?:at|from)\s+(?:the\s+)?(?:very\s+)?(?:start|outset|beginning|inception)"
    r"(?:\s+of\s+(?:the\s+|its\s+)?(?:offsets?\s+)?(?:policy|program(?:me)?|system|scheme))?\b",
    re.I,
)


# The present, named instead of a year: "now", "today", "these days", "the current rule".
PRESENT = words(
    r"today|now|nowadays|these days|currently|at present|presently|current|in force|as it stands"
)


# A thing named by a year counted from the present: "last year's audit", "next year's budget",
# "this year's report". It names that year's edition, which the sources name by its year or by
# their own "this year's" and "last year", read by their dates (knowledge/relative_times.py).
# "The preceding year's audit" counts from the present too, unless a year is written before it.
_RELATIVE_YEAR = lazy(
    r"\b(?:the\s+)?(?P<which>last|next|this|previous|prior|preceding)\s+year['’]s\b", re.I
)
_YEAR_FROM_NOW = {"last": -1, "next": 1, "this": 0, "previous": -1, "prior": -1, "preceding": -1}


# A time counted from the present, named or not: "listed last year", "last year's report".
_COUNTED_FROM_NOW = lazy(
    r"\b(?:the\s+)?(?P<which>last|next|this|previous|prior|preceding)\s+year(?![\w-])", re.I
)


# The year before the present named after the noun it dates: "than the year before", "a year
# earlier", "the year prior" (with no year written before it, from which it would count).
_YEAR_BEFORE = lazy(r"\b(?:the|a)\s+year\s+(?:before|earlier|prior)\b(?!\s+(?:that|it|then))", re.I)


def relative_years(question: str, present_year: int) -> tuple[int, ...]:
    """The years ``question`` names from the present ("last year's audit" in 2025 is the 2024
    audit, "this year's report" the 2025 report, "listed last year" listed in 2024, "up on the
    year before" up on 2024 when no year is written before it)."""
    named = tuple(
        present_year + _YEAR_FROM_NOW[m["which"].lower()]
        for m in _COUNTED_FROM_NOW.finditer(question)
    )
    before = tuple(
        present_year - 1
        for m in _YEAR_BEFORE.finditer(question)
        if not _A_YEAR.search(question, 0, m.start())
    )
    return named + before


_A_YEAR = lazy(r"\b(?:19|20)\d\d\b")
# The year before the present as the time of what is asked: "what did the harbour board levy
# last year", "in the previous year". Left as written where it is what something is compared
# with ("more than last year", "against last year's", "up from last year"), as the sources write
# theirs, and where it is the twelve months up to now ("over the last year").
_LAST_YEAR_AS_TIME = lazy(
    r"(?<!\bthan\s)(?<!\bas\s)(?<!\bwith\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bagainst\s)"
    r"(?<!\bversus\s)(?<!\bvs\s)(?<!\bvs\.\s)(?P<prep>\b(?:in|during|for)\s+)?"
    r"(?:\b(?:the\s+)?(?P<which>previous|prior|preceding)|(?<!\bthe\s)\b(?P<last>last))"
    r"\s+year\b(?![\w'’-])",
    re.I,
)


def _last_year_as_time(question: str, present_year: int) -> str:
    """``question`` with the year before the present, asked as a time, written as that year
    ("listed last year" is "listed in 2024"). "The previous year" after a year the question
    writes counts from that year, and is left as written."""

    def put(match: re.Match[str]) -> str:
        if match["which"] and _A_YEAR.search(question, 0, match.start()):
            return match.group(0)
        return f"{match['prep'] or 'in '}{present_year - 1}"

    return _LAST_YEAR_AS_TIME.sub(put, question)


def _relative_year(match: re.Match[str], present_year: int, question: str) -> str:
    if match["which"].lower() not in ("last", "next", "this") and _A_YEAR.search(
        question, 0, match.start()
    ):
        # "The audit of 2019 and the previous year's" counts from the year the question writes.
        return match.group(0)
    return f"the {present_year + _YEAR_FROM_NOW[match['which'].lower()]}"


_TO_NOW = lazy(
    r"\b((?:from|since|between)\s+(?:19|20)\d\d\s*(?:-|–|—|to|until|till|through|and)\s*)"
    r"(?:today|now|the present(?: day)?|date|this year)\b",
    re.I,
)


# A period whose end is written with two digits: "2016-22", "1998–03", before a clause's comma
# or a sentence's stop too; not the start of a longer number ("2021-22,500", "2019-20%").
_SHORT_END = lazy(r"\b((?:19|20)\d\d)\s?([-–—/])\s?(\d\d)\b(?![\d%]|[,.]\d)")


def _full_end(match: re.Match[str]) -> str:
    start, end = match.group(1), match.group(3)
    century = int(start[:2]) + (1 if int(end) < int(start[2:]) else 0)
    return f"{start}{match.group(2)}{century}{end}"


# A span counted back from its last year: "the ten years to 2019", "over some forty years up to
# 2022", "in the 5 years through 2010". The number may be written in words.
_YEARS_TO = lazy(
    r"\b(?:(?:the|over|across|in|during|for)\s+)?(?:(?:the|some|about|roughly|around|nearly|"
    rf"almost|approximately)\s+)*(?P<count>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+years?\s+"
    r"(?:(?:leading\s+)?up\s+to|to|through|until|till|ending(?:\s+in)?)\s+(?P<last>(?:19|20)\d\d)\b",
    re.I,
)
# A span counted forward from its first year: "the nine years from 2003", "a six-year total
# starting in 2011", "the four-year stretch beginning 1998". The words between the count and the
# year ("total", "period") stay; a span already closed ("from 2016 to 2020") is left alone.
_YEARS_FROM = lazy(
    rf"\b(?:(?:the|a|an)\s+)?(?P<count>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})[\s-]years?\b(?P<between>(?:[\s-]+[a-z]+){{0,2}}?)"
    r"\s+(?:from|since|starting(?:\s+(?:in|from))?|beginning(?:\s+in)?|commencing(?:\s+in)?)\s+"
    r"(?P<first>(?:19|20)\d\d)\b(?!\s*(?:-|–|—|to|until|till|through|and)\s*(?:19|20)?\d\d)",
    re.I,
)
# The open ends of a history's span, each with the end it leaves open: "since 2006", "from 2006
# on", "after 2006" run to the present; "up to 2006", "until 2006", "before 2006" from the start.
_OPEN_FROM = lazy(
    r"\b(?:(?P<since>since|starting(?:\s+(?:in|from))?)\s+(?:the\s+year\s+)?(?P<a>(?:19|20)\d\d)"
    r"|from\s+(?P<b>(?:19|20)\d\d)\s+(?:on(?:wards?)?|forward|onward)"
    r"|(?:after|later than)\s+(?P<after>(?:19|20)\d\d))\b(?!\s*(?:-|–|—|to|until|till|through|and)\s*(?:19|20)\d\d)",
    re.I,
)
_OPEN_TO = lazy(
    r"(?<!from )(?<!between )(?<!\d )\b(?:(?P<upto>up\s+(?:to|until|till)|until|till|through|as\s+late\s+as)"
    r"|(?P<before>before|prior\s+to|earlier\s+than))\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# A history since the program's start, however named: "since the levy was first brought in",
# "ever since the scheme began", "since its inception", "since the start".
_SINCE_THE_START = lazy(
    r"\b(?:ever\s+)?since\s+(?:(?:(?:the|its|this|that|[\w'’-]+['’]s)\s+)?(?:offsets?\s+)?"
    r"(?:policy|program(?:me)?|system|scheme|rules?|requirements?|it|they)\s+"
    r"(?:(?:was|were|had|first|been)\s+)*(?:started|began|begun|introduced|launched|created|"
    r"set up|adopted|established|came in(?:to (?:force|effect))?)"
    r"|(?:the\s+|its\s+)?(?:very\s+)?(?:start|outset|beginning|inception))\b",
    re.I,
)
# The last years before the present: "in the past five years", "over the last 10 years".
_PAST_YEARS = lazy(
    r"\b(?:in|over|during|for|across)\s+the\s+(?:past|last|previous)\s+"
    rf"(?P<count>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+years\b",
    re.I,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _years_from(match: re.Match[str]) -> str:
    first, count = int(match.group("first")), _count(match.group("count"))
    if count < 2:
        return match.group(0)
    between = match.group("between").strip(" -")
    return f"{between + ' ' if between else ''}from {first} to {first + count - 1}"


def _years_to(match: re.Match[str]) -> str:
    last, count = int(match.group("last")), _count(match.group("count"))
    return f"from {last - count + 1} to {last}" if count > 1 else match.group(0)


def _closed_history(question: str, first_year: int, present_year: int) -> str:
    """A history's open or relative span closed at its other end. A span a year opens ("since",
    "after") runs on to the sources' last year; one a year closes ("up to", "before") runs back
    to the program's first year; one counted back ("the past five years") ends with the last
    year. A history lists every dated fact of its span, so both ends bound it."""

    def opened(match: re.Match[str]) -> str:
        if match.group("after"):
            return f"from {int(match.group('after')) + 1} to {present_year}"
        return f"from {match.group('a') or match.group('b')} to {present_year}"

    def closed(match: re.Match[str]) -> str:
        year = int(match.group("year"))
        return f"from {first_year} to {year - 1 if match.group('before') else year}"

    def past(match: re.Match[str]) -> str:
        return f"from {present_year - _count(match.group('count')) + 1} to {present_year}"

    question = _SINCE_THE_START.sub(f"from {first_year} to {present_year}", question)
    question = _OPEN_FROM.sub(opened, question)
    question = _OPEN_TO.sub(closed, question)
    return _PAST_YEARS.sub(past, question)


def kinds_as_written(question: str) -> str:
    """``question`` with a contract kind named in one word other than the sources' put as theirs
    ("a sole-source buy" is "a non-competitive buy"), so that the sentences and rows of that kind
    are found by their words as the calculator finds the kind by its own. A word a negation
    comes before ("not sole-source") is left as written: the question asks of the other kind."""

    def written(match: re.Match[str]) -> str:
        before = question[: match.start()]
        if _NEGATION_BEFORE.search(before) or _NEGATION_NEAR.search(before[-40:]):
            return match.group()
        return "non-competitive"

    return _NON_COMPETITIVE_OTHERWISE.sub(written, question)


# Kept per question: routing, composing and the answer's checks each read it of the same question.
@lru_cache(maxsize=1024)
def dated(question: str, first_year: int, present_year: int) -> str:
    """``question`` with times named in words put as years: the program's start as
    ``first_year`` ("the threshold when the scheme began" asks for the threshold in the year it
    began), the present that ends a period as ``present_year`` ("from 1990 to today"), a
    period's end written short in full ("1990-95" is 1990-1995), a span counted back from its
    last year as its two ends ("the ten years to 2019" is 2010 to 2019). In a history the
    start is where the story begins, no year it is confined to; an open span ("since 2006",
    "until 1990") is closed at its other end."""
    question = _SHORT_END.sub(_full_end, question)
    question = _TO_NOW.sub(rf"\g<1>{present_year}", question)
    question = _YEARS_TO.sub(_years_to, question)
    question = _YEARS_FROM.sub(_years_from, question)
    question = _RELATIVE_YEAR.sub(lambda m: _relative_year(m, present_year, question), question)
    question = _last_year_as_time(question, present_year)
    if answer_type(question) == "summary":
        return (
            _closed_history(question, first_year, present_year) if over_time(question) else question
        )
    if str(first_year) in question:
        return question
    if not YEAR.search(question):
        # "The original threshold" is the threshold when the program began; beside a year
        # ("the original 2006 threshold") it is that year's.
        question = _ORIGINAL_FIGURE.sub(r"\g<figure> at the outset", question)
    return _AT_THE_START.sub(f"in {first_year}", question)


# A figure of the rule named by its being first: "the original threshold", "Korea's initial
# offset trigger", "the very first share".
_ORIGINAL_FIGURE = lazy(
    r"\b(?:original|initial|very\s+first)\s+(?P<figure>(?:offset\s+)?(?:threshold|trigger|floor|"
    r"minimum|share|rate|requirement|obligation|rule)s?)\b",
    re.I,
)


# A year that opens a period with no end ("since 1995", "from 1990 on"): the story runs from it
# to the present.
_OPENING_YEAR = lazy(
    r"\b(?:since|after|from)\s+(?:the\s+)?(early\s+|mid-?|late\s+)?((?:19|20)\d\d)(s?)\b"
    r"(?!\s?(?:-|–|—|to|through|until|and)\s?(?:19|20)\d\d)",
    re.I,
)
# Where in its decade a period opens: "the late 2010s" opens about 2017.
_DECADE_PART = {"early": 0, "mid": 4, "late": 7}


def opening_year(question: str) -> int | None:
    """The year a question's open-ended period starts from, when it names one and no other year
    ("since the late 2010s" names a decade: its part of it)."""
    match = _OPENING_YEAR.search(question)
    if match is None:
        return None
    if match[3]:
        if YEAR.search(question) or len(_DECADE.findall(question)) != 1:
            return None
        part = (match[1] or "").strip(" -").lower()
        return int(match[2]) + _DECADE_PART.get(part, 0)
    if len(set(YEAR.findall(question))) != 1:
        return None
    return int(match[2])


def opening_words(question: str) -> str:
    """The words that open a question's open-ended period ("since the late 2010s"), or ""."""
    match = _OPENING_YEAR.search(question)
    return match[0] if match and opening_year(question) is not None else ""


_DECADE = lazy(r"\b(?:19|20)\d0s\b")


def period_mentions(question: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each period a question names, with where it stands: ((first, last), (start, end))."""
    return [((int(m[1]), int(m[2])), m.span()) for m in _PERIOD.finditer(question)]


# A program named by the common noun before "program" or "project", after a preposition and a
# determiner: "from its submarine programs", "on the radar project". Lower case only: a name or a
# code ("the F-35A program") is read as a name. Not after "number of" or "count of": "the number
# of radar programs" counts programs, as "how many radar programs" does, and asks no figure of one.
# Nor a quantifier ("for any project", "on every program"): it says how many, and names none.
_PROGRAM_NOUN = lazy(
    r"\b(?<!\bnumber\s)(?<!\bcount\s)"
    r"(?:from|on|for|of|in|under|through)\s+(?:(?:the|its|their|his|her|[A-Z][\w-]*['’]s)\s+)?"
    r"(?!(?:any|every|each|all|some|other|another|such)\s)"
    r"([a-z][a-z-]{2,})\s+(?:program(?:me)?s?|projects?)\b"
)


@lru_cache(maxsize=1024)
def frame_of(question: str) -> Frame:
    """Read ``question`` into a ``Frame`` (frozen: one reading per question serves every step
    that asks for it)."""
    periods = tuple((int(a), int(b)) for a, b in _PERIOD.findall(question))
    years = tuple(dict.fromkeys(int(y) for y in YEAR.findall(question)))
    kind, excluded = contract_kinds(question)
    return Frame(
        question=question,
        answer_type=answer_type(question),
        years=years,
        periods=periods,
        contract_type=kind,
        excluded_types=excluded,
        parts=split_parts(question),
        restated=bool(_RESTATED.search(question)) or is_claim(question),
        claim=is_claim(question),
        hypothetical=bool(_HYPOTHETICAL.search(question)),
        currency=next((code for code, pattern in _IN_CURRENCY if pattern.search(question)), None),
        codes=tuple(dict.fromkeys(CODE.findall(question))),
        besides=set_aside(question),
        stages=stages(question),
        programs=tuple(dict.fromkeys(m.lower() for m in _PROGRAM_NOUN.findall(question))),
        present=bool(PRESENT.search(question)),
    )


# A period marked by two things that happened rather than by two years: "from the levy's repeal to
# the second tender", "between the 2019 inquiry and the court's ruling". Each end is read as the
# year of what it names; the period's own first day or today ("from the start to now") is no
# event, and a year named alone opens or closes it as a year.
_EVENT_ENDS = lazy(
    r"\b(?:from|between)\s+(?P<first>[^,;:?!()]{3,60}?)\s+(?:(?:up\s+)?(?:to|until|till)|"
    r"through|and)\s+(?P<last>[^,;:?!()]{3,60}?)\s*(?:[,;:?!()]|\.(?:\s|$)|$)",
    re.I,
)
_NO_EVENT = lazy(
    r"\b(?:start\w*|begin\w*|outset|inception|launch\w*|introduc\w*|today|now|present|date|"
    r"(?:19|20)\d0s)\b",
    re.I,
)


def event_ends(question: str) -> tuple[str, str] | None:
    """The two things that mark a question's period at its ends ("the 2019 inquiry", "the
    court's ruling"), when it names a period so and not by two years."""
    if len(set(YEAR.findall(question))) >= 2:
        return None
    match = _EVENT_ENDS.search(question)
    if match is None:
        return None
    first, last = match["first"].strip(), match["last"].strip()
    if _NO_EVENT.search(first) or _NO_EVENT.search(last):
        return None
    return first, last


# A pronoun of a later ask, with the word it is shortened onto ("they'd", "it's").
_BACK_PRONOUN = lazy(
    r"\b(?:(?P<plain>it|they|them)|(?P<possessive>its|their))(?:['’](?P<short>d|s|re|ll)\b)?\b",
    re.I,
)
_SHORTENED = {"d": "would", "s": "is", "re": "are", "ll": "will"}
# Where a noun phrase opened by "the" ends: at a verb's auxiliary, a preposition, a question
# word, a pronoun, a conjunction or a verb of saying ("the levy's board say about ...").
_PHRASE_END = (
    r"(?:is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|should|might|may|"
    r"must|in|of|for|on|at|from|with|to|by|under|about|as|since|until|after|before|into|over|"
    r"that|which|who|whom|whose|what|when|where|why|how|and|or|but|it|they|he|she|say|says|said|"
    r"first|begin|began|start|started)"
)
_THE_PHRASE = lazy(
    rf"\bthe\s+(?:(?!{_PHRASE_END}\b)[\w’'-]+\s+){{0,3}}?(?!{_PHRASE_END}\b)[\w-]+"
    rf"(?=\s+{_PHRASE_END}\b|\s*[,;:?.!]|\s*$)",
    re.I,
)
# "Which report ...", "what levy ...": the thing an earlier ask asks for, by its noun.
_WHICH_NOUN = lazy(
    r"^\s*(?:which|what)\s+(?!(?:is|are|was|were|do|does|did|has|have|had)\b)"
    r"(?P<noun>[a-z][\w-]*)\s+(?!(?:is|are|was|were)\b)",
    re.I,
)


# A demonstrative and its noun: "that tranche", "this deal" (one thing), "those talks" (several).
# After a verb of saying or thinking, "that" opens a clause ("said that offset trade …"), not a
# thing pointed back to.
_DEMONSTRATIVE_NOUN = lazy(
    r"(?<!\bsaid )(?<!\bsays )(?<!\bsay )(?<!\bthink )(?<!\bclaim )(?<!\bnote )"
    r"\b(?P<pointer>that|this|those|these)\s+(?P<noun>[a-z][a-z-]{2,})\b"
)


def demonstratives_named(ask: str, earlier: str) -> str:
    """``ask`` with a thing it points back to ("what was that batch worth?") written as
    ``earlier`` named it, when it named it with words that tell it apart ("the second ferry
    batch", "the batch of the ferries"): asked alone, "that batch" is any batch, and the
    ask finds whatever its other words match. The pointer's number must be its noun's ("that"
    one thing, "those" several): otherwise "that" is no pointer."""

    def named(match: re.Match[str]) -> str:
        noun = match.group("noun")
        several = match.group("pointer").lower() in ("those", "these")
        plural = noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
        if several != plural:
            return match.group()
        return named_before(noun, earlier) or match.group()

    return _DEMONSTRATIVE_NOUN.sub(named, ask)


def named_before(noun: str, earlier: str) -> str | None:
    """How ``earlier`` named a ``noun`` with words that tell it apart: "the second ferry batch",
    "the batch of the ferries"; None when it did not."""
    word = re.escape(noun)
    phrase = re.search(
        rf"\bthe\s+((?:(?!the\b)[\w'’.-]+\s+){{1,4}}?){word}\b(?:\s+of\s+(?:the\s+)?[\w'’.-]+)?",
        earlier,
        re.IGNORECASE,
    ) or re.search(rf"\bthe\s+{word}\s+of\s+(?:the\s+)?[\w'’.-]+", earlier, re.IGNORECASE)
    return phrase.group() if phrase else None


def referents_put_in(asks: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The asks of a question, each later one with its pronoun for a thing ("it", "they",
    "its") replaced by the thing an earlier ask names ("which report first named X, and which
    office issued it": which office issued the report). Asked alone, the pronoun is no one's,
    and the ask finds whatever its other words match; with the thing named, it finds the
    thing's statement. An ask whose pronoun an earlier ask's pronoun of its number already
    stood for goes on meaning that thing ("which port …, which firm runs it, and what depth
    does it offer": the port, not the firm). Otherwise the nearest earlier ask naming
    a thing of the pronoun's number stands for it: its "which"-noun (what it asks for) or its
    phrase opened by "the" (the last for "they", the first for "it"). An ask that names such a
    thing itself before its pronoun, or that no earlier ask agrees with, is kept as written."""
    put: list[str] = []
    meant: dict[bool, str] = {}  # the thing each number's pronoun stood for so far
    for place, ask in enumerate(asks):
        if place:
            # A thing pointed back to ("that tranche") is the one the nearest earlier ask names.
            for before in reversed(asks[:place]):
                pointed = demonstratives_named(ask, before)
                if pointed != ask:
                    ask = pointed
                    break
        found = _BACK_PRONOUN.search(ask) if place else None
        if found is None:
            put.append(ask)
            continue
        pronoun = found.group("plain") or found.group("possessive")
        plural = pronoun.lower() in _PLURAL_PRONOUNS
        if any(_agrees(pronoun, p.group()) for p in _THE_PHRASE.finditer(ask[: found.start()])):
            put.append(ask)  # the ask names its own thing before the pronoun
            continue
        thing = meant.get(plural) or _named_before(pronoun, list(asks[:place]))
        if thing is None:
            put.append(ask)
            continue
        meant[plural] = thing
        named = f"{thing}'s" if found.group("possessive") else thing
        if found.group("short"):
            named = f"{named} {_SHORTENED[found.group('short').lower()]}"
        put.append(ask[: found.start()] + named + ask[found.end() :])
    return tuple(put)


def _named_before(pronoun: str, earlier: list[str]) -> str | None:
    """The thing of ``pronoun``'s number the nearest of the ``earlier`` asks names."""
    plural = pronoun.lower() in _PLURAL_PRONOUNS
    for before in reversed(earlier):
        which = _WHICH_NOUN.match(before)
        phrases = [p.group() for p in _THE_PHRASE.finditer(before)]
        if which and not plural and _agrees(pronoun, which.group("noun")):
            phrases.insert(0, f"the {which.group('noun')}")
        agreeing = [p for p in phrases if _agrees(pronoun, p)]
        if agreeing:
            return agreeing[-1] if plural else agreeing[0]
    return None
