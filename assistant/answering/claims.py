"""A question that states a fact and asks whether it holds: "the plant opened in 1990, right?",
"I read that the fund holds $3 billion. Is that accurate?". Reading such a claim, and judging it
by the answer the sources give.

A figure of the claim is *confirmed* when the answer states it in a clause about what the
question names: "12 pages on Chile" does not confirm a claim about Peru's 12 pages. It is
*contradicted* when the answer states another figure of the same kind in such a clause: a year
for a year, a percentage for a percentage, an amount in the same currency, a count of the same
thing ("7 pages" against "11 pages").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Literal

from assistant.answering.figures import is_reference, without_markers
from assistant.answering.patterns import WH_WORDS
from assistant.answering.present_verbs import present_verb
from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table
from assistant.quantities import BOUND_AFTER, BOUND_BEFORE, FRACTION_DENOMINATORS, lex
from assistant.regex import lazy

# How people ask whether what they heard holds: an opener ("is it true that", "can you confirm"),
# a report ("I read that", "I was told"), or a tag at the end ("…, right?", "… True?").
CLAIM = lazy(
    r"^\s*(?:is it (?:true|correct|right|accurate|the case)|true or false|am i right|"
    r"(?:can|could) you (?:confirm|verify|check)|confirm|verify|fact[- ]?check\w*)\b"
    # a check named as the opening, set off by a dash or colon, before a statement: "quick check
    # - …", "sanity check: …", "just checking, …"; not before a question word ("quick check:
    # what is …?" asks)
    r"|^\s*(?:[a-z]+\s+){0,2}?(?:check|checking|verify|verifying|confirm|confirming)"
    r"\s*[-–—:,](?!\s*(?:what|when|who|whom|which|where|why|how)\b)"
    # the same request with what is to be checked named before the colon or dash: "please
    # double-check this sentence: …", "cross-check my number - …", "verify the following: …"
    r"|^\s*(?:please\s+)?(?:[a-z]+-)?(?:check|verify|confirm)\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:this|that|these|those|my|our|the)\s+[\w'’]+\s*(?:[:–—]|\s-)"
    r"(?!\s*(?:what|when|who|whom|which|where|why|how)\b)"
    r"|\bi(?:'ve| have)? (?:read|heard|saw|seen|was told|been told|understand)\b"
    # someone else's word passed on: "a colleague told me", "they tell us"
    r"|\b(?:told|tells) (?:me|us)\b"
    # what the asker has written down: "my file says", "our draft has it that"
    r"|\b(?:my|our) (?:own )?(?:notes?|records?|draft|memo|files?|slides?)\s+"
    r"(?:say|says|said|state|states|stated|show|shows|showed|have it|has it|claim|claims|put|puts)\b"
    r"|\baccording to (?:my|our) (?:own )?(?:notes?|records?|draft|memo|files?|slides?)\b"
    # what the asker has written down, set out after a colon or a dash or as what the notes
    # hold ("my notes: …", "our memo - …", "my notes have the rate at …", "per my notes, …");
    # not before a question word ("my notes: when was …?" asks)
    r"|\b(?:my|our) (?:own )?(?:notes?|records?|draft|memo|files?|slides?)"
    r"(?:\s*[:–—]|\s+-|\s+(?:have|has|had|list|lists|listed|record|records|recorded|give|gives|"
    r"gave|read|reads)\b)(?!\s*(?:what|when|who|whom|which|where|why|how|is|are|was|were|do|does|"
    r"did)\b)"
    r"|\b(?:per|in|from|going by) (?:my|our) (?:own )?(?:notes?|records?|draft|memo|files?|slides?)"
    r"\s*[,:–—]"
    # what the asker believes or remembers, put forward as a statement: "I believe the fee rose
    # to 6%", "I recall that …"; not "I believe I need …" before a question word
    r"|\bi (?:believe|thought|think|recall|remember|was under the impression|am under the "
    r"impression)\b(?:\s+that\b)?(?!\s*(?:what|when|who|whom|which|where|why|how|if|whether|i)\b)"
    r"|\b(?:is|was|isn't|wasn't) (?:this|that|it) (?:true|right|correct|accurate|so)\b"
    # a statement held up against the record: "…, is that what the census found?", "…, was
    # that what they stated?", "…, is this the official count?", "…, was that their conclusion?"
    r"|\b(?:is|was|isn't|wasn't) (?:this|that|it) what (?:\w+ ){0,4}?"
    r"(?:say|says|said|report|reports|reported|found|finds|state|states|stated|show|shows|showed)\b"
    r"|\b(?:is|was) (?:this|that|it) (?:the|their|its) (?:(?:right|correct|actual|reported|official)"
    r" )?(?:number|figure|amount|total|count|finding|conclusion)\s*\?"
    # the same figure held up against a named reporter's: "…, is that the figure the census
    # gives?", "Is that the count it prints?", "is this the day Reuters gives for it?"
    r"|\b(?:is|was) (?:this|that|it) (?:the|their|its) (?:(?:right|correct|actual|reported|official)"
    r" )?(?:number|figure|amount|total|count|date|year|rate|share|percentage) (?:that )?"
    r"(?:[\w'’.&-]+ ){1,4}?(?:give|gives|gave|report|reports|reported|cite|cites|cited|use|uses|"
    r"used|put|puts|quote|quotes|quoted|state|states|stated|print|prints|printed|carry|carries)\b"
    # a closing request to be corrected ("…, have I got this figure right?", "correct me if I am
    # wrong")
    r"|\b(?:do|did) (?:i|we) (?:have|get|got) (?:this|that|it|these|those)(?: \w+)? right\b"
    r"|\b(?:have|had) (?:i|we) got (?:this|that|it|these|those)(?: \w+)? right\b"
    r"|\bcorrect me if (?:(?:i'm|i am|we're|we are|that's|that is|this is|it's|it is|i've got "
    r"(?:it|that|this)) )?(?:wrong|mistaken|off|not right)\b"
    # the same request put as a doubt or a question of fit: "…; am I off?", "have I got that
    # wrong?", "… Does that hold up?", "does this match the record?", "is that still the case?"
    r"|\bam i (?:off|wrong|mistaken)\b"
    r"|\b(?:have|had) (?:i|we) got (?:this|that|it)(?: \w+)? wrong\b"
    r"|\b(?:do|did) (?:i|we) (?:have|get|got) (?:this|that|it)(?: \w+)? wrong\b"
    r"|\b(?:does|did) (?:this|that|it) (?:hold up|hold true|check out|tally|hold\s*\?\s*$|"
    r"(?:match|square with) (?:what )?(?:the |your )?(?:sources?|records?|reports?|data|facts)\b)"
    r"|(?:^|[,.;:—–?!]\s*|\s-\s*)(?:is|was|isn't|wasn't) (?:this|that|it) (?:still |really )?"
    r"the case\s*\?\s*$"
    # a report passed on without the asker's own verb: "a colleague says …", "my understanding
    # is that …", "I gather …", "word is that …"
    r"|^\W*(?:someone|somebody|a (?:colleague|friend|source|reporter|contact|diplomat|lobbyist)|"
    r"(?:my|our) (?:colleague|boss|editor|source|contact)s?|colleagues)\s+"
    r"(?:say|says|said|claim|claims|claimed|insist|insists|insisted|mentioned|reckon|reckons)\b"
    r"(?!\s*(?:what|when|who|whom|which|where|why|how)\b)"
    r"|\b(?:my|our) understanding is\b|\bi gather\b|^\W*word is\b"
    # a closing request to check it: "… Can you check?", "…; verify?", "… confirm please."
    r"|(?:^|[,.;:—–?!]\s*|\s-\s*)(?:(?:can|could|would|will) you\s+)?(?:please\s+)?"
    r"(?:check|verify|confirm|fact[- ]?check|double[- ]check)"
    r"(?:\s+(?:that|this|it|for me|please))*"
    # the kind of figure named: "… can someone check this month?", "verify this figure"
    r"(?:\s+(?:year|date|month|figure|number|amount))?\s*[?.!]?\s*$"
    r"|(?:^|[,.;:—–?!]\s*|\s-\s*)(?:right|correct|true|accurate|yes|no|isn't it|am i right)\s*\?\s*$"
    # the same tag in hasty writing, with no question mark: "… 12 percent. right", "'…' -
    # accurate"; set off from the statement by a stop, a comma or a dash
    r"|(?:[,.;:—–!]\s*|\s-\s*)(?:right|correct|true|accurate)\s*[.!]?\s*$"
    # the figure under test named with its subject: "Is the levy figure correct?", "are those
    # two counts right?"
    r"|\b(?:is|are|was|were) (?:the|that|this|these|those|my|our) (?:[\w'’-]+ ){0,3}?"
    r"(?:figures?|numbers?|amounts?|dates?|years?|counts?|shares?|percentages?|rates?|totals?)"
    r" (?:right|correct|accurate|true)\s*\?\s*$"
    # a closing tag that asks for a verdict in other words: "… Sound right?", "… Fair?", "…,
    # right or wrong?", "… Yes or no?", "… Both correct?" (two claims put at once)
    r"|(?:^|[,.;:—–?!]\s*|\s-\s*)(?:(?:does )?(?:that |this )?sounds? (?:right|correct|accurate)|"
    r"fair|right or wrong|true or (?:false|not)|yes or no|(?:both|all|each) (?:right|correct|true|"
    r"accurate))\s*\?\s*$"
    r"|\bjust (?:double[- ]?)?checking\s*[.!]?\s*$"
    # a statement drawn as a conclusion and asked back, a figure in it: "so the fee is 6%?",
    # "and so they paid $2 million?"; not a question opened by "so" ("so what is …?", "so did
    # …?"), nor one without a figure ("so it was dropped?"), which asks nothing to check
    r"|^\s*(?:and\s+)?so,?\s+(?!(?:what|when|who|whom|which|where|why|how|is|are|was|were|do|"
    r"does|did|can|could|would|will|should|has|have|had|if|whether)\b)(?=[^?]*\d)[^?]*\?\s*$"
    # the kind of figure under test named: "…, right year?", "Is that the correct date?"
    r"|(?:^|[,.;:—–?!]\s*)(?:(?:is|was) (?:that|this|it) )?(?:the )?(?:right|correct|wrong|accurate)"
    r" (?:year|date|month|figure|number|amount)\s*\?\s*$"
    # a question tag after a statement: "…, didn't it?", "…, hasn't she?", "…, was it?"
    r"|,\s*(?:is|was|are|were|has|have|had|does|do|did|can|could|will|would|should)(?:n['’]t)?"
    r"(?:\s+not)?\s+(?:it|they|he|she|we|you|there|that|this|i)\s*\?\s*$",
    re.I,
)

# Where one statement of a sentence ends and the next begins: "48 pages on one, and 11 on
# another, but only 7 on a third".
_CLAUSE = lazy(
    r"[;:]\s+|,\s+|\s+(?:but|while|whereas|compared with|against)\s+|(?<=[.!?])\s+"
    # "… 50 percent of one kind and 30 percent of the other": "and" before a second figure, but
    # not inside a span or a list of figures ("2016 and 2020").
    r"|(?<![\d%])\s+and\s+(?=(?:[\w'’-]+\s+){0,3}?(?:US\$|\$|USD\s?|KRW\s?|₩)?\d)"
)
_NOUN = lazy(r"\s*([A-Za-z]+)")
_YEAR_RANGE = (1900, 2100)
_YEAR_WRITTEN = lazy(r"(?:19|20)\d\d")

# "unstated": the claim dates what it states to a time for which the sources state nothing of
# the kind; their figures for other times neither bear it out nor correct it (``judge``).
Verdict = Literal["yes", "no", "unstated"]
# A figure claimed to have held from a time on: "ever since 1975", "always … since it opened".
_EVER_SINCE = lazy(r"\b(?:ever since|all along since|unchanged since|always)\b", re.I)
# The names a text mentions, by kind ("countries": {"peru"}).
NamesByKind = Callable[[str], Mapping[str, frozenset[str]]]


# A share told in words: "nearly all of", "most of", "about half of", "hardly any of", as the
# range of percentages it allows. Only with "of": "most countries" counts nothing.
_PROPORTIONS = (
    (
        lazy(
            r"\b(?:nearly|almost|virtually|practically|close to|just about)\s+"
            r"(?:all|the whole|the entire)\s+of\b",
            re.I,
        ),
        Decimal(85),
        Decimal(100),
    ),
    (
        lazy(
            r"\b(?:most|the (?:vast |great )?(?:majority|bulk)|more than half|over half)\s+of\b",
            re.I,
        ),
        Decimal(50),
        Decimal(100),
    ),
    (
        # "half of the fund", and "half the fund" without the "of"
        lazy(r"\b(?:about|around|roughly|some|nearly|almost)?\s*half\s+(?:of|the)\b", re.I),
        Decimal(40),
        Decimal(60),
    ),
    (
        lazy(
            r"\b(?:hardly|barely|scarcely|almost)\s+(?:any|none)(?:\s+of)?\b|"
            r"\b(?:very little|a (?:tiny|small) (?:share|fraction|part))\s+of\b",
            re.I,
        ),
        Decimal(0),
        Decimal(20),
    ),
)


# A share told as a fraction ("a tenth of", "two thirds of", "one in five"), taken with the
# same give as "about half" (40 to 60): a fifth either side of the fraction, since such words
# round.
_FRACTION = lazy(
    r"\b(?:(a|one|two|three|four)\s+(third|quarter|fourth|fifth|tenth)s?\s+of"
    r"|one\s+in\s+(three|four|five|ten))\b",
    re.I,
)
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_FRACTION_GIVE = Decimal("0.2")


def proportion(text: str) -> tuple[Decimal, Decimal] | None:
    """The range of percentages a share told in words allows ("nearly all of": 85 to 100), or
    None when ``text`` tells none."""
    for pattern, low, high in _PROPORTIONS:
        if pattern.search(text):
            return low, high
    fraction = _FRACTION.search(text)
    if fraction:
        many, part, one_in = fraction.groups()
        if one_in:
            share = Decimal(100) / _COUNT_WORDS[one_in.lower()]
        else:
            share = Decimal(100) * _COUNT_WORDS[many.lower()] / FRACTION_DENOMINATORS[part.lower()]
        if share < 100:
            return share * (1 - _FRACTION_GIVE), share * (1 + _FRACTION_GIVE)
    return None


@dataclass(frozen=True)
class Figure:
    """One figure as stated: its value, its kind, and the clause it stands in."""

    value: Decimal
    kind: str
    clause: str
    # For a count, the words after it that may name what is counted: "25 Korean trade barrier
    # cases" counts cases, as "21 cases" does, though its first word differs.
    nouns: frozenset[str] = frozenset()
    # The whole sentence the clause belongs to.
    sentence: str = ""
    # The clause's words before and after the figure.
    clause_before: str = ""
    clause_after: str = ""
    # The label a listed figure stands under ("Peru: 12 pages; Chile: 9 pages" lists 12 under
    # "Peru"): what the figure is about when its clause names no one.
    label: str = ""

    def same_kind(self, other: Figure) -> bool:
        if self.kind == other.kind:
            return True
        counts = self.kind.startswith("count:") and other.kind.startswith("count:")
        return counts and bool(self.nouns & other.nouns)


# The kinds of name that say who a figure belongs to (as against what kind of deal it is of).
_PARTIES = frozenset({"people", "organisations", "companies", "countries"})


# The kinds of party whose figures the sources state apart from the home country's: a rule the
# home country sets is no other country's, and one firm's figure is not another's. Agencies
# are left out: the home country's own bodies state its rules in each other's names.
_OWN_FIGURES = ("countries", "companies")


def parties_named(
    named: Mapping[str, frozenset[str]], ours: frozenset[str]
) -> dict[str, frozenset[str]]:
    """The parties a question names (``named``, by kind) whose figures only a statement about
    them gives: countries besides ``ours`` (the home country and the parties to the matter),
    and companies."""
    return {
        kind: named.get(kind, frozenset()) - (ours if kind == "countries" else frozenset())
        for kind in _OWN_FIGURES
    }


def of_parties(
    found: Mapping[str, frozenset[str]],
    parties: Mapping[str, frozenset[str]],
    ours: frozenset[str],
) -> bool:
    """Whether a statement naming ``found`` (by kind) may give the figure of ``parties``: it
    names one of them of each kind the question names, and no country besides ``ours`` and
    theirs. Without one, the sources state nothing for them, and another party's figure is no
    correction of a claim about them."""
    others = found.get("countries", frozenset()) - ours
    if others - parties.get("countries", frozenset()):
        return False
    return all(found.get(kind, frozenset()) & wanted for kind, wanted in parties.items() if wanted)


# A statement asked back by its question mark alone: "the fee was 6% in 2010?", "Acme bought
# four ships?". Such a sentence opens with its subject, not with a question word, an auxiliary
# ("was it …?") or a request ("give the fee in 2010?"), holds no question word, and has a verb
# within the first few words of a clause, after its subject: a copula or a verb in the past
# (an irregular one, or one in "-ed" that is no participle before "by": "the report cited by
# …" names a thing and asks about it). A noun phrase asked ("the fee in 2010?", "number of
# ships, value and date?") has no such verb; a figure is what there is to check.
_QUESTION_WORD = rf"(?:{WH_WORDS}|whether|if)"
_BARE_OPENING = lazy(
    rf"^(?:{_QUESTION_WORD}|is|are|was|were|am|do|does|did|can|could|will|would|should|shall|"
    r"may|might|must|has|have|had|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|tell|give|"
    r"list|name|show|explain|describe|compare|summari[sz]e|calculate|compute|find|work|convert|"
    r"add|sum|divide|multiply|subtract|take|say|suppose|assume|consider|imagine|state|quote|"
    r"cite|break|walk|help|please|any|anything)\b",
    re.I,
)
_BARE_ASKS = lazy(rf"\b{_QUESTION_WORD}\b", re.I)
_BARE_FIGURE = lazy(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"trillion|half|first|second|third)\b",
    re.I,
)
# Verbs whose past is not made with "-ed".
_PAST_IRREGULAR = (
    "came became set made got gave took rose fell bought sold paid led put began went said told "
    "spent brought held kept cut grew left met saw found wrote chose drew ran sent built lost"
).split()
_BARE_VERB = lazy(
    rf"(?:is|are|was|were|has|have|had|{'|'.join(_PAST_IRREGULAR)}|[a-z]{{3,}}ed)", re.I
)
# A sentence's end: a stop after anything but a capital or a stop, before a capital ("… a
# talk. It was …", "… in 2022. Average?", "… is 30%. Minimum?"), never the stop of an
# abbreviation in capitals ("the U.N. Port Authority").
# A stop after a figure or a closing bracket ends a sentence before a word in small letters too,
# as in hasty writing ("… to $800m. percentage drop?", "… (2016-20). the share?"): no
# abbreviation ends in a digit or a bracket.
_BARE_SENTENCE = lazy(
    r"(?<=[^A-Z.\s][.!])\s+(?=[A-Z])"
    r"|(?:(?<=[\d)][.!])|(?<=\d[a-z][.!])|(?<=\d[a-z]{2}[.!]))\s+(?=[a-z])"
    # and after an amount's scale or unit written out ("… for $31 million. kind: …"): no
    # abbreviation is one of these words
    r"|(?:(?<=\bmillion[.!])|(?<=\bbillion[.!])|(?<=\btrillion[.!])|(?<=\bthousand[.!])|"
    r"(?<=\bdollars[.!])|(?<=\bwon[.!])|(?<=\bpercent[.!]))\s+(?=[a-z])"
)
_BARE_CLAUSE = lazy(r"[,;:]\s+|\s+[-–—]\s+")
# The furthest word of a clause a statement's verb stands at: its subject is a name or a short
# noun phrase ("The Air Force's offset office"); a verb further on ends a relative clause of a
# noun phrase asked ("total count of cranes the harbour took from the yard?").
_BARE_VERB_REACH = 5


def states_and_asks(question: str) -> bool:
    """Whether ``question`` is a statement with a figure asked back by its question mark alone
    (``_BARE_VERB``'s comment)."""
    text = question.strip()
    if not text.endswith("?") or text.count("?") > 1:
        return False
    last = _BARE_SENTENCE.split(text)[-1].rstrip("? ")
    if _BARE_ASKS.search(last) or not _BARE_FIGURE.search(last):
        return False
    clauses = [c.strip() for c in _BARE_CLAUSE.split(last) if c.strip()]
    if any(_BARE_OPENING.match(c) for c in clauses):
        return False
    for clause in clauses:
        words = clause.split()
        for i, word in enumerate(words[1 : _BARE_VERB_REACH + 1], start=1):
            passive = i + 1 < len(words) and words[i + 1].lower() == "by"
            if _no_subject(words[:i]):
                continue
            if (_BARE_VERB.fullmatch(word) and not passive) or present_verb(words, i):
                return True
    return False


# An adverb of manner: a word in small letters ending in "-ly" ("competitively", "openly").
_MANNER_ADVERB = lazy(r"[a-z]+ly")


def _no_subject(before: list[str]) -> bool:
    """Whether the words before a verb-like word are adverbs of manner only: "competitively
    tendered", "openly bid" after an amount describe it (a participle set off by commas), with
    no subject a statement's verb would have ("the yard tendered it")."""
    return all(_MANNER_ADVERB.fullmatch(w) for w in before)


def is_request(text: str) -> bool:
    """Whether ``text`` opens as a question or a request ("list …", "how …"), not a statement."""
    return bool(_BARE_OPENING.match(text))


# Kept per question: the frame, routing and composing each ask whether it restates a claim.
@lru_cache(maxsize=1024)
def is_claim(question: str) -> bool:
    return bool(CLAIM.search(question)) or states_and_asks(question)


def _kind(
    text: str, token_end: int, number: Decimal, currency: str | None, percent: bool, scaled: bool
) -> str:
    if currency:
        return f"money:{currency}"
    if percent:
        return "percent"
    if not scaled and number == number.to_integral() and _YEAR_RANGE[0] <= number < _YEAR_RANGE[1]:
        return "year"
    noun = _NOUN.match(text, token_end)
    # A count is of the thing named after it ("11 pages"); "pages" and "page" are one thing.
    return f"count:{noun.group(1).lower().rstrip('s')}" if noun else "number"


_COUNTED_REACH = 4
_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*")
# Words after a count that never name what is counted.
_NOT_COUNTED = frozenset(
    "the a an of in on at to for from by with and or than that this those these its their "
    "were was are is be been more less over under about some other".split()
)


def _counted_words(text: str, end: int) -> frozenset[str]:
    """The first few words after a figure, up to a break in the sentence, without the small
    words: what a count may be of."""
    ahead = re.split(r"[,;:.()?!]", text[end:], maxsplit=1)[0]
    found = [w.lower().rstrip("s") for w in _WORD.findall(ahead)[:_COUNTED_REACH]]
    return frozenset(w for w in found if w not in _NOT_COUNTED and len(w) > 2)


_SENTENCE_END = lazy(r"(?<=[.!?])\s+|(?<=\])\s+|\n+")
# A short abbreviation before a figure ("Min. 35%", "approx. 40"), whose stop ends no sentence.
_ABBREVIATED = lazy(r"(?:^|\s)[A-Za-z]{2,6}\.$")
_LIST_ITEM = lazy(r";\s+")
# A label and what is listed under it: "Peru: 12 pages".
_LABELLED = lazy(r"^(.*):\s+\S")


def _sentences(text: str) -> Iterator[str]:
    pieces = _SENTENCE_END.split(text)
    sentence = pieces[0]
    for piece in pieces[1:]:
        if piece[:1].isdigit() and _ABBREVIATED.search(sentence):
            sentence = f"{sentence} {piece}"
            continue
        yield sentence
        sentence = piece
    yield sentence


def _clauses(text: str) -> Iterator[tuple[str, str, str]]:
    """Each clause of ``text`` with its sentence and the label it is listed under, if any."""
    for sentence in _sentences(text):
        for item in _LIST_ITEM.split(sentence):
            labelled = _LABELLED.match(item)
            label = labelled.group(1) if labelled else ""
            for clause in _CLAUSE.split(item):
                # Only the clauses after the label are listed under it.
                yield sentence, clause, label if clause not in label else ""


# Words that carry no topic: what a claim's sentence and a source's sentence share beyond them
# tells how far they speak of the same thing.
_PLAIN = frozenset(
    "the a an of in on at to for from by with and or than that this those these its their it "
    "is was were are be been has have had did does do not no yes true right correct accurate "
    "case so what which who when how about some other more less over under as well also just "
    "i we you me us read heard told said says".split()
)


_TOPIC_WORD = lazy(r"[^\W\d_][\w-]*")


# How many more of the claim's words a sentence must share to be the closer one: a sentence
# stating a part beside one stating its whole shares a word or so more by naming the part.
_CLOSER_BY = 2


def topic_words(text: str) -> set[str]:
    """The words of ``text`` that carry a topic, in one form ("offsets" is "offset")."""
    return _topic_words(text)


def _topic_words(text: str) -> set[str]:
    # A compound is also its parts: "a cargo-handling deal" speaks of what "cargo handling" does.
    words = _TOPIC_WORD.findall(text)
    words += [part for w in words if "-" in w for part in w.split("-")]
    return {w.lower().rstrip("s") for w in words if w.lower() not in _PLAIN and len(w) > 2}


# A sentence that denies: "decided not to seek", "never pursued", "refused to transfer".
_DENIAL = lazy(
    r"\b(?:not|never|no longer|refus\w*|declin\w*|forgo\w*|forego\w*|without)\s+"
    r"((?:[\w'’-]+\s+){0,4}[\w'’-]+)",
    re.I,
)
_NEGATED = lazy(r"\b(?:not|never|no|n't|refus\w*|declin\w*|forg[oe]\w*|without)\b", re.I)
# What a denial denies: the verb and its object, the first words after it that carry a topic.
_DENIED_REACH = 2


def _listed_under_another(agree: list[Figure], differ: list[Figure], topics: set[str]) -> bool:
    """Whether the claim's figure stands only beside another part of a list: "grants $4
    million, loans $9 million" does not bear out "grants of $9 million". Every clause that
    states the claimed figure shares none of the claim's topic words, and a figure of its kind
    in the same sentence is labelled by them: the words just before it name what the claim is
    about ("grants $4 million"), with its own figure. A figure of its kind merely nearby ("close
    to 100% of the grant, and 9% of the loans") labels nothing."""
    topics = topics - _FIGURE_WORDS
    if any(_topic_words(f.clause) & topics for f in agree):
        return False
    return any(
        f.sentence == g.sentence and _topic_words(_label_before(g)) & topics
        for f in agree
        for g in differ
    )


# How many words before a listed figure name it: "technology transfer $84.3 million".
_LABEL_WORDS = 3


def _label_before(figure: Figure) -> str:
    words = re.sub(r"[(\[]", " ", figure.clause_before).split()
    return " ".join(words[-_LABEL_WORDS:])


# The words a figure is written with, which every clause stating a figure of its kind shares.
_FIGURE_WORDS = frozenset(
    "thousand million billion trillion percent per cent dollar won usd krw".split()
)


def _denies(sentence: str, claim: str) -> bool:
    """Whether ``sentence`` denies what ``claim`` (which denies nothing) asserts: a negation
    whose verb or object is one of the claim's topic words ("not seek offsets" against a claim
    that offsets were pursued; "not seeking offsets against X" says nothing against a claim
    about X's share)."""
    if _NEGATED.search(claim):
        return False
    topics = _topic_words(claim)
    for match in _DENIAL.finditer(sentence):
        denied = [w for w in match.group(1).split() if _topic_words(w)][:_DENIED_REACH]
        if _topic_words(" ".join(denied)) & topics:
            return True
    return False


def stated_figures(text: str, words: bool = False) -> list[Figure]:
    """Every figure of ``text`` with its kind and the clause it stands in; with ``words``,
    numbers written in words too (``judge``'s reading)."""
    found = []
    for sentence, clause, label in _clauses(text):
        # Numbers in words, for a claim judged: "four core technologies" is a count as "4 core
        # technologies" is, and "seven percent" a share; not "one", which mostly picks a thing
        # out ("one of the firms") rather than counting it, nor a number inside a share told as
        # a fraction ("one in five firms"), which counts nothing.
        shares = [m.span() for m in _FRACTION.finditer(clause)] if words else []
        for token in lex(clause, words=words):
            if token.glued or is_reference(clause, token.num_start):
                continue
            if token.word and (
                (token.number == 1 and not (token.percent or token.scale))
                or any(a <= token.num_start < b for a, b in shares)
            ):
                continue
            found.append(
                Figure(
                    sentence=sentence,
                    clause_before=clause[: token.start],
                    clause_after=clause[token.end :],
                    nouns=_counted_words(clause, token.end),
                    # A one-letter scale is one after a currency ("$52M" is 52 million), and
                    # may be a unit after a bare number ("5 m").
                    value=token.scaled(letters=token.currency is not None).normalize(),
                    kind=_kind(
                        clause,
                        token.end,
                        token.number,
                        token.currency,
                        token.percent,
                        token.scale is not None,
                    ),
                    clause=clause,
                    label=label,
                )
            )
    return found


# The fewest significant digits a claimed amount or share keeps to be read as a rounding of a
# more exact figure: "$5.9 billion" for 5.88 is one; "$6 billion" or "70%" says too little.
_ROUNDED_DIGITS = 2


def _as_rounded(claimed: Figure, said: list[Figure], values: set[Decimal]) -> Figure:
    """``claimed`` read as the one stated figure of its kind it rounds ("10.45 trillion" of a
    stated 10.4509 trillion, "$663 million" of $662.6 million); itself when it is stated as
    written, keeps too few digits, is no amount or share, or rounds more than one figure."""
    if claimed.value in values or not claimed.kind.startswith(("money:", "percent")):
        return claimed
    digits = claimed.value.as_tuple()
    if len(digits.digits) < _ROUNDED_DIGITS or not isinstance(digits.exponent, int):
        return claimed
    step = Decimal(1).scaleb(digits.exponent)
    rounded = {
        f.value
        for f in said
        if f.kind == claimed.kind
        and len(f.value.as_tuple().digits) > len(digits.digits)
        and f.value.quantize(step, rounding=ROUND_HALF_UP) == claimed.value
    }
    return replace(claimed, value=rounded.pop()) if len(rounded) == 1 else claimed


def asking_for(question: str, figures: Iterable[str]) -> str:
    """``question`` with each of ``figures`` put as the question for it: "it began in 1990,
    right?" becomes "it began in what year, right?", which the sources answer by their year."""
    for figure in figures:
        asked = "what year" if _YEAR_WRITTEN.fullmatch(figure) else "what figure"
        question = re.sub(rf"(?<![\w.,]){re.escape(figure)}(?!\w|[.,]\d)", asked, question)
    return question


# A question of its own after a claim: "… rose to 12 percent. When was it first set?"
_TRAILING_ASK = lazy(
    r"(?<=[.!?])\s+(?=(?:and\s+)?(?:how|what|when|who|whom|which|why|where)\b)", re.I
)


def claim_statement(question: str) -> str:
    """What a claim states, without a question of its own asked after it: "my notes say the levy
    rose to 12 percent from 9. What was it in 1999?" states 12 and 9, not 1999, which the
    question after it asks about. The whole question when it asks nothing after its claim."""
    return _TRAILING_ASK.split(question, maxsplit=1)[0]


def figure_topics(asked: list[Figure], topics: set[str]) -> dict[str, set[str]]:
    """What each part of a claim of several parts is about, by the clause its figure stands in:
    "grants made up 40% and loans 25%" claims 25% of loans, not of grants. A part's words are
    its own clause's, and the claim's words no other part states (its shared subject: "over
    1990-99, …"). Empty for a claim whose figures other than years stand in one clause: the
    whole claim is what each of them is about."""
    clauses = list(dict.fromkeys(a.clause for a in asked if a.kind != "year"))
    if len(clauses) < 2:
        return {}
    words = {clause: _topic_words(clause) for clause in clauses}
    return {
        clause: words[clause]
        | (topics - set().union(*(w for other, w in words.items() if other != clause)))
        for clause in clauses
    }


def judge(
    question: str, answer: str, names: NamesByKind, kinds: frozenset[str] = frozenset()
) -> Verdict | None:
    """Whether ``answer`` confirms ("yes") or contradicts ("no") the figures ``question``
    states; None when it does neither. ``names`` gives the names a text mentions, by kind.
    Only the claim's own statement is judged (``claim_statement``). ``kinds``: the kind of
    contract the conversation is about, for a claim that names none ("it's about a third",
    after a question about sole-source deals)."""
    question = claim_statement(question)
    asked = stated_figures(question, words=True)
    told = proportion(question)
    if not asked and told is None:
        return None
    named = dict(names(question))
    if kinds and not named.get("contracts") and not _contract_kinds(question):
        named["contracts"] = kinds

    def about_subject(clause: str) -> bool:
        # A clause naming someone of a kind the question names, but not the one it names, is
        # about someone else.
        in_clause = names(clause)
        return not any(
            in_clause.get(kind) and not (in_clause[kind] & wanted)
            for kind, wanted in named.items()
            if wanted
        )

    def of_no_other_party(clause: str) -> bool:
        # Only who a clause is about, not the kind of deal it names: a bound is a qualifier
        # "even of another kind of deal".
        in_clause = names(clause)
        return not any(
            in_clause.get(kind) and not (in_clause[kind] & wanted)
            for kind, wanted in named.items()
            if wanted and kind in _PARTIES
        )

    # A third country the claim names (not the home country nor a party to the dispute): the
    # sources are about the home country unless they say otherwise, so a figure in a sentence
    # that does not name that country is not its figure ("Peru levies 12%" is not confirmed by
    # "the levy is 12%, below some European countries'").
    background = names(" ".join([domain().home_country, *name_table().names("parties")]))
    third = named.get("countries", frozenset()) - background.get("countries", frozenset())

    def about(figure: Figure) -> bool:
        # A figure listed under a label ("Peru: 12 pages") is about what the label names when
        # its own clause names no one: a row listing every country's figure together is read
        # one country at a time.
        own = figure.clause if _named(figure.clause) else figure.label
        return of_third(figure, own) and about_subject(own)

    def of_third(figure: Figure, own: str) -> bool:
        if not third:
            return True
        # Named by the clause or the label, else somewhere in its sentence.
        told = names(own).get("countries") or names(figure.sentence).get("countries")
        # A claim naming the home country beside a third ("9 pages on Peru and 4 on us") is
        # about it too where a clause names it: that clause states the home country's figure.
        own_country = names(own).get("countries", frozenset()) & named.get("countries", frozenset())
        return bool((told or frozenset()) & third) or bool(own_country)

    def _named(text: str) -> bool:
        return any(found for kind, found in names(text).items() if named.get(kind))

    said = [f for f in stated_figures(without_markers(answer), words=True) if about(f)]
    values = {f.value for f in said}
    asked = [_as_rounded(a, said, values) for a in asked]
    if told is not None:
        # "Nearly all of it", judged by the shares the answer gives: one outside the range the
        # words allow, and none inside it, contradicts them.
        shares = [f.value for f in said if f.kind == "percent"]
        inside = [v for v in shares if told[0] <= v <= told[1]]
        if shares and not inside:
            return "no"
        if not inside:
            return None
    topics = _topic_words(question)
    own_topics = figure_topics(asked, topics)

    def of_its_clause(a: Figure, value: Decimal) -> bool:
        # Another figure of its kind the claim states in the same clause ("a $9 million deal
        # that set aside $4 million for training"): the answer stating it is that figure's
        # confirmation, no rival of this one. The clause tells no words of one figure from the
        # other's, so which is which is not judged from topics.
        return any(
            b is not a and b.same_kind(a) and b.value == value and b.clause == a.clause
            for b in asked
        )

    def outweighed(a: Figure) -> bool:
        # A figure the answer states, but in a sentence less about the claim than a sentence
        # stating another figure of its kind ("introduced in 1984?" against "introduced ... in
        # 1982" and "raised ... in 1984"): the closer sentence decides. Of a claim of several
        # parts, the part the figure is stated in decides what it is about (``figure_topics``).
        agree = [f for f in said if f.value == a.value]
        differ = [
            f
            for f in said
            if f.same_kind(a) and f.value != a.value and not of_its_clause(a, f.value)
        ]
        if not (agree and differ):
            return False
        about_it = own_topics.get(a.clause, topics)

        def shared(figure: Figure) -> int:
            return len(_topic_words(figure.sentence) & about_it)

        if max(map(shared, differ)) >= max(map(shared, agree)) + _CLOSER_BY:
            return True
        return _listed_under_another(agree, differ, about_it)

    # A bound the claim puts on what it states ("30% of deals over $10 million") is a
    # qualifier: stated anywhere in the answer, even of another kind of deal, it does not hold
    # the verdict back. Another bound of its kind still contradicts it below. A figure listed
    # under someone else's label, or in a clause naming someone else ("Chile raised it to 12
    # percent"), is theirs, no bound anyone states.
    anywhere = {
        (f.value, f.kind)
        for f in stated_figures(without_markers(answer), words=True)
        if about_subject(f.label) and of_no_other_party(f.clause)
    }

    def bound_given(a: Figure) -> bool:
        return (a.value, a.kind) in anywhere and bool(
            BOUND_BEFORE.search(a.clause_before) or BOUND_AFTER.match(a.clause_after)
        )

    if _reversed_change(question, answer) or _misdated_month(question, answer):
        return "no"
    if _EVER_SINCE.search(question):
        # "The fare has been $12 ever since the line opened in 1975": the figure of its kind the
        # answer gives for that first year decides, whatever it says of later years.
        since = {a.value for a in asked if a.kind == "year"}
        for a in asked:
            if a.kind == "year":
                continue
            if any(
                f.same_kind(a)
                and f.value != a.value
                and any(f"{y:f}" in f.sentence for y in since)
                and not any(g.value == a.value and g.sentence == f.sentence for g in said)
                for f in said
            ):
                return "no"
    dated_to = claim_times(CLAIM.sub(" ", question))

    def mistimed(a: Figure) -> bool:
        # A claim that dates its figure ("$8 billion in 2016-2020") is not borne out by that
        # figure stated only for another time ("$8 billion from 2011 to 2015"): the sources
        # give it of another period. A figure they state for no time, or for the claim's, does.
        if a.kind == "year" or not dated_to or changed_from(question, a.value):
            return False
        agree = [f for f in said if f.same_kind(a) and f.value == a.value]
        return bool(agree) and all(
            own_times(f) and not _overlap(dated_to, own_times(f)) for f in agree
        )

    now = not dated_to and _speaks_of_now(claim_statement(question))

    def superseded(a: Figure) -> bool:
        # A claim of how things stand now ("Peru levies 12%", no time, no past) is not borne
        # out by its figure stated only as what a change left behind ("raised from 12% to
        # 15%"): the sources say it no longer holds, and the change's other end corrects it.
        if not now or a.kind == "year":
            return False
        agree = [f for f in said if f.same_kind(a) and f.value == a.value]
        return bool(agree) and all(
            any(old == a.value and new != a.value for old, new in _changes(f.sentence))
            for f in agree
        )

    # Every figure of the answer, whoever it is about: the claimed figure stated of another
    # kind of contract tells what the claim has mixed up (``of_another_contract_kind``).
    every = stated_figures(without_markers(answer), words=True)
    unconfirmed = [
        a
        for a in asked
        if (a.value not in values and not bound_given(a))
        or outweighed(a)
        or of_another_contract_kind(question, a, every, named.get("contracts", frozenset()))
        or mistimed(a)
        or superseded(a)
    ]
    if asked and not unconfirmed and not any(a.value in values for a in asked):
        # Every figure a bound, none stated of what the claim is about: a qualifier qualifies
        # nothing confirmed, and the home country's floor is no third country's.
        return None
    if not unconfirmed:
        confirming = {f.sentence for f in said if any(f.value == a.value for a in asked)}
        if any(_denies(sentence, question) for sentence in confirming):
            return "no"
        return "yes"
    # The first end of a change the claim tells is not corrected by the change's other end,
    # which the claim states too ("from 9% to 12%" against "raised to 12%").
    claimed_values = {a.value for a in asked}
    differing = [
        (a, f)
        for a in unconfirmed
        for f in said
        if f.same_kind(a)
        and f.value != a.value
        and not (changed_from(question, a.value) and f.value in claimed_values)
    ]
    if not differing:
        return None
    return "no" if _corrects_time(question, differing, said) else "unstated"


# A month of a year, with or without its day: "June 2023", "15 June 2023", "June 15, 2023".
_MONTH_OF_YEAR = lazy(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b",
    re.I,
)


def _months(text: str) -> set[tuple[str, str]]:
    return {(m.lower(), y) for m, y in _MONTH_OF_YEAR.findall(text)}


def _misdated_month(question: str, answer: str) -> bool:
    """Whether the claim puts what it states in a month of a year ("in June 2023") that a
    statement of the same event gives another month of that year ("on May 15, 2023"), and no
    statement of the answer gives the claim's month: the year alone does not bear it out. A
    statement is of the same event when it shares a third of the claim's words, two at
    least (``_SAME_EVENT_SHARE``)."""
    statement = CLAIM.sub(" ", claim_statement(question))
    claimed = _months(statement)
    if not claimed:
        return False
    text = without_markers(answer)
    given = _months(text)
    topics = _topic_words(_MONTH_OF_YEAR.sub(" ", statement))
    least = max(_SAME_EVENT_LEAST, len(topics) // _SAME_EVENT_SHARE)
    same_event = [
        s
        for s in _sentences(text)
        if len(_topic_words(_MONTH_OF_YEAR.sub(" ", s)) & topics) >= least
    ]
    other = {pair for s in same_event for pair in _months(s)}
    return any(
        pair not in given and any(y == pair[1] and m != pair[0] for m, y in other)
        for pair in claimed
    )


def changed_from(question: str, value: Decimal) -> bool:
    """Whether ``value`` is the first end of a change the claim ``question`` tells ("raised
    from 9% to 12% in 2001"): it held before the change's time, so the sources date it earlier,
    and that bears it out."""
    starts = {old for old, _ in _changes(CLAIM.sub(" ", claim_statement(question)))}
    return bool(starts & {value, _number(value)})


def _number(value: Decimal) -> Decimal:
    """A figure's value as a change's end is read (``_CHANGE``): its number before any scale,
    "USD 2 million" as 2."""
    for scale in (Decimal(10) ** 12, Decimal(10) ** 9, Decimal(10) ** 6):
        if value >= scale:
            return (value / scale).normalize()
    return value.normalize()


def _reversed_change(question: str, answer: str) -> bool:
    """Whether the claim tells a change the wrong way round: "raised from 9% to 12%" where the
    answer tells it "cut from 12 to 9 percent" and never from 9 to 12. Both ends are right, so
    no figure corrects it; the direction does."""
    claimed = _changes(CLAIM.sub(" ", question))
    told = _changes(without_markers(answer))
    return any((new, old) in told and (old, new) not in told for old, new in claimed if old != new)


def _contract_kinds(text: str) -> frozenset[str]:
    # Read as the question frame reads them (imported here: the frame reads claims).
    from assistant.answering.frame import asserted_kinds

    return frozenset(asserted_kinds(text)[0])


def of_another_contract_kind(
    question: str, claimed: Figure, said: list[Figure], named: frozenset[str] = frozenset()
) -> bool:
    """Whether the answer states ``claimed`` only of another kind of contract than the claim
    ties it to, and a figure of its kind of the kind claimed: "a 40% offset on sole-source
    deals" is not borne out by "40% of tendered deals, 25% of sole-source ones", which
    corrects it by 25%, whatever other clauses that name no kind of contract state. A claim naming no kind, or several with none by its figure, is judged
    by its figures alone."""
    if claimed.kind == "year":
        return False
    kinds = _contract_kinds(claimed.clause)
    if not kinds:
        whole = _contract_kinds(claim_statement(question)) or named
        kinds = whole if len(whole) == 1 else frozenset()
    if not kinds:
        return False
    # Only the clauses that name a kind of contract tell whose figure it is: "lowered from 50
    # to 30 percent" names none, and neither bears the claim out nor corrects it.
    agree = [
        _contract_kinds(f.clause) for f in said if f.same_kind(claimed) and f.value == claimed.value
    ]
    differ = [
        _contract_kinds(f.clause) for f in said if f.same_kind(claimed) and f.value != claimed.value
    ]
    return (
        any(named and not named & kinds for named in agree)
        and not any(named & kinds for named in agree)
        and any(named & kinds for named in differ)
    )


# A claim that something happened for the first time, or had happened before: judged by a
# statement that says it happened "for the first time", not by figures.
_FIRST_TIME = lazy(
    r"\b(?:for the first time|the first time|first[- ]ever|never before|a first)\b", re.I
)
_HAPPENED_BEFORE = lazy(
    r"\b(?:already|previously|earlier|before|in the past|again|once more|repeatedly|"
    r"not (?:for )?the first)\b",
    re.I,
)
_FIRST_WORDS = frozenset("first time ever never before already previously earlier again".split())
# How much of what a claim is about a statement must name to speak of the same event: a third
# of its words that carry a topic, and two at least.
_SAME_EVENT_SHARE = 3
_SAME_EVENT_LEAST = 2


def first_time_verdict(question: str, answer: str) -> Verdict | None:
    """A claim that an event was a first ("never before had the regulator named it"), or
    that it had happened before ("they had already listed it in earlier years"), judged by a
    statement of ``answer`` that says the event happened "for the first time": the first claim
    is borne out by it, the second contradicted. None when no statement of the answer says so of
    the same event (``_SAME_EVENT_SHARE`` of the claim's topic words), or the claim says
    neither."""
    statement = CLAIM.sub(" ", claim_statement(question))
    first = bool(_FIRST_TIME.search(statement))
    before = not first and bool(_HAPPENED_BEFORE.search(statement))
    if not (first or before):
        return None
    topics = _topic_words(statement) - _FIRST_WORDS
    least = max(_SAME_EVENT_LEAST, len(topics) // _SAME_EVENT_SHARE)
    says_first = any(
        _FIRST_TIME.search(sentence) and len(_topic_words(sentence) & topics) >= least
        for sentence in _sentences(without_markers(answer))
    )
    if not says_first:
        return None
    return "yes" if first else "no"


# A period as written: "2016 to 2020", "(2011–2015)", "2021-22", "between 2011 and 2015".
_PERIOD = lazy(
    r"\b((?:19|20)\d\d)\s?(?:(?:-|–|—|to|through|until)\s?((?:19|20)?\d\d)|and\s((?:19|20)\d\d))\b",
    re.I,
)
_YEAR_NAMED = lazy(r"\b(?:19|20)\d\d\b")
Span = tuple[int, int]


# A year that names an edition of a document ("the 2025 report", "its 2019 audit"): what the
# claim is about, not the time a figure of it is stated for. The report of a year states its
# figures without repeating the year.
_EDITION = lazy(
    r"\b(?:the|its|their|this|that|a|an|[A-Z][\w'’.&-]*['’]s?)\s+(?:19|20)\d\d\s+"
    r"(?=(?:[\w-]+\s+){0,3}?(?:report|edition|survey|audit|review|study|paper|estimate|yearbook|"
    r"budget|plan|guidelines?|white paper|census|index|ranking|list)s?\b)",
    re.I,
)


def claim_times(statement: str) -> list[Span]:
    """The times a claim's ``statement`` dates what it states to (``times_named``), without the
    years that name an edition of a document (``_EDITION``)."""
    return times_named(_EDITION.sub(lambda m: m.group(0).split()[0] + " ", statement))


def times_named(text: str) -> list[Span]:
    """The times ``text`` dates what it states to, each as (first year, last year): the periods
    it names, else the years it names. A sentence giving a period gives its figures for that
    period; a year beside it dates something else ("from 2016 to 2020 ..., according to a 2023
    report")."""
    periods = []
    for match in _PERIOD.finditer(text):
        first = int(match.group(1))
        end = match.group(2) or match.group(3)
        last = int(end) if len(end) == 4 else first // 100 * 100 + int(end)
        if last > first:
            periods.append((first, last))
    return periods or [(int(y), int(y)) for y in _YEAR_NAMED.findall(text)]


def figure_times(figure: Figure) -> list[Span]:
    """The times ``figure`` is stated for: those its own clause names, else those its sentence
    names in clauses that state nothing but a time ("From 2016 to 2020, the value stood at
    $800 million"). A year in a clause stating figures of its own dates those, not the others of
    its sentence ("… 7 pages on Korea, … fewer than the 40 cases in 2023")."""
    own = times_named(figure.clause)
    if own:
        return own
    return times_named(" ".join(_time_clauses(figure.sentence)))


def own_times(figure: Figure) -> list[Span]:
    """The time ``figure`` itself is stated for: of a clause that names several ("from 12 units
    (1990-94) to 3 units (1995-99)"), the one written next after it, else the
    last before it; otherwise its ``figure_times``."""
    times = figure_times(figure)
    if len(times) < 2 or not times_named(figure.clause):
        return times
    return times_named(figure.clause_after)[:1] or times_named(figure.clause_before)[-1:]


@lru_cache(maxsize=1024)
def _time_clauses(sentence: str) -> tuple[str, ...]:
    return tuple(
        clause
        for _, clause, _ in _clauses(sentence)
        if _YEAR_NAMED.search(clause) and all(f.kind == "year" for f in stated_figures(clause))
    )


# A change told by its two ends: "from 12 to 9 percent", "from 12% down to 9%", "from USD 3
# million to USD 4 million".
_CHANGE = lazy(
    r"\bfrom\s+(?:US\$|\$|USD\s?|KRW\s?)?(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per cent)?"
    r"(?:\s*(?:million|billion|trillion))?(?:\s+(?:down|up|back))?\s+to\s+(?:US\$|\$|USD\s?|KRW\s?)?(\d[\d,]*(?:\.\d+)?)",
    re.I,
)


# What puts a statement in the past: a verb in the past ("was", "raised", "set") or a word that
# dates it before now ("formerly", "used to", "at first"); and a change told by its own ends
# ("from 12% to 15%"), which claims the old figure as old.
_PAST = lazy(
    rf"\b(?:was|were|had|did|{'|'.join(_PAST_IRREGULAR)}|[a-z]{{2,}}ed|before|previously|"
    r"formerly|originally|once|used to|earlier|initially|at first|until|from)\b",
    re.I,
)


def _speaks_of_now(statement: str) -> bool:
    """Whether a claim's ``statement`` says how things stand now: nothing in it is past."""
    return not _PAST.search(CLAIM.sub(" ", statement))


def of_now(question: str) -> bool:
    """Whether the claim ``question`` says how things stand now: it dates what it states to no
    time, and nothing in it is past ("the levy kicks in at $4 million, right?")."""
    statement = claim_statement(question)
    return not claim_times(CLAIM.sub(" ", statement)) and _speaks_of_now(statement)


def _changes(text: str) -> set[tuple[Decimal, Decimal]]:
    return {
        (Decimal(a.replace(",", "")), Decimal(b.replace(",", ""))) for a, b in _CHANGE.findall(text)
    }


def same_change(question: str, stated: str, year: int) -> bool:
    """Whether ``stated`` (a statement dated to ``year``) tells the change the claim
    ``question`` tells, from one figure to another ("trimmed from 12% to 9%"), at a year outside
    the claim's time: the same change, misdated. A figure alone ("raised to 50 percent") is no
    change: many statements give it, of other things."""
    statement = CLAIM.sub(" ", claim_statement(question))
    times = times_named(statement)
    if not times or _overlap(times, [(year, year)]):
        return False
    return bool(_changes(statement) & _changes(stated))


def _inside_longer(ours: list[Span], theirs: list[Span]) -> bool:
    """Whether every time of ``ours`` lies inside a longer one of ``theirs``: a figure stated
    for a whole period ("$900 million over 2010-2014") is the period's, and says nothing of
    one year in it ("$200 million in 2012" is neither borne out nor corrected by it)."""
    return all(any(c <= a and b <= d and (d - c) > (b - a) for c, d in theirs) for a, b in ours)


def _overlap(ours: Iterable[Span], theirs: Iterable[Span]) -> bool:
    return any(a <= d and c <= b for a, b in ours for c, d in theirs)


def claimed_time(question: str) -> str:
    """The time a claim dates what it states to, as the claim writes it ("2006-10"): an answer
    repeats the claim's own figures, never ones it makes up. "" when it names none."""
    statement = CLAIM.sub(" ", claim_statement(question))
    written = [m.group(0) for m in _PERIOD.finditer(statement) if times_named(m.group(0))]
    return ", ".join(dict.fromkeys(written or _YEAR_NAMED.findall(statement)))


def _corrects_time(
    question: str, differing: list[tuple[Figure, Figure]], said: list[Figure]
) -> bool:
    """Whether a figure the answer states against the claim's (each pair of ``differing``:
    the claim's figure, the answer's) corrects it, when the claim dates what it states: a
    figure of another kind than a year only when it is stated for the claim's time
    (``figure_times``), or for no time where the answer dates no figure of its kind; another
    year only when its
    sentence states the claim's other figures, the same thing at another time. A figure the
    sources give for another time says nothing of the time claimed: "fees of $410 million in
    2015" is not corrected by "USD 150 million in 2012 to 2013"; "lifted to 12 percent in
    1994" is not corrected by a sentence of 2008 to 2011 that never states 12 percent."""
    statement = CLAIM.sub(" ", claim_statement(question))
    times = claim_times(statement)
    if not times:
        return True
    # The claim's figures that are no part of its time ("2021-22" is a period, not 22 of it).
    undated = [f for f in stated_figures(_PERIOD.sub(" ", statement)) if f.kind != "year"]
    others = {(f.value, f.kind) for f in undated}

    def dated(figure: Figure) -> bool:
        return bool(figure_times(figure))

    for claimed, told in differing:
        if claimed.kind == "year" and not undated and _dates_no_event(told):
            # "Scrapped in 2019?" against "from 2016 to 2020, offsets came to $800 million,
            # says a 2023 report": a period's ends and a document's year date no event, so
            # they are no other date for the one claimed.
            continue
        if claimed.kind == "year" or (claimed.value, claimed.kind) not in others:
            if not undated or any(
                g.sentence == told.sentence and g.same_kind(o) and g.value == o.value
                for g in said
                for o in undated
            ):
                return True
        elif dated(told):
            if _overlap(times, figure_times(told)) and not _inside_longer(
                times, figure_times(told)
            ):
                return True
        elif not any(dated(g) for g in said if g.same_kind(claimed)):
            return True
    return False


def _dates_no_event(told: Figure) -> bool:
    """Whether the year ``told`` is an end of a period its sentence names (``times_named``) or
    names an edition of a document (``_EDITION``): a year that dates no single event."""
    year = int(told.value)
    periods = [p for p in times_named(told.sentence) if p[0] < p[1]]
    if any(year in p for p in periods):
        return True
    return any(f"{year}" in m.group(0) for m in _EDITION.finditer(told.sentence))


# A cause a claim gives for what it states: "scrapped in 2004 under EU pressure", "raised because of
# the audit", "dropped in response to the talks". The phrase runs to the end of its clause.
_CAUSE = lazy(
    r"\b(?:under (?:[\w'’.-]+\s+){0,3}?(?:pressure|duress|orders?|demands?)|because(?: of)?|"
    r"due to|owing to|thanks to|as a result of|in response to|on account of|"
    r"at the (?:urging|behest|request|insistence|demand) of|"
    r"(?:driven|prompted|forced|pushed|caused|triggered) by|(?:so as|in order) to)\b[^.?!;,]*",
    re.I,
)
# The words that only say a cause follows; what the cause is lies in the others.
_CAUSE_WORDS = frozenset(
    "under because due owing thanks result response account urging behest request insistence "
    "demand driven prompted forced pushed caused triggered order".split()
)


# A cause told in other words keeps most of its own: one word in three may be put otherwise ("a
# reluctance to seek offsets" against "a reluctance to request offsets"); a cause of one or two
# words must be stated as it is.
_REWORDED_ONE_IN = 3


def unsupported_cause(question: str, answer: str) -> str | None:
    """The cause a claim gives for what it states ("the share was cut in 1986 under US
    pressure"), as the claim words it, when ``answer`` does not state it: a claim is borne out
    only when every part of it is, and a cause the sources never give is a part they leave
    unsupported, however well its figures match. None when the claim gives no cause or the
    answer states the words of it that carry a topic (``_REWORDED_ONE_IN``)."""
    cause = _CAUSE.search(CLAIM.sub(" ", claim_statement(question)))
    if cause is None:
        return None
    content = _topic_words(cause.group(0)) - _CAUSE_WORDS
    missing = content - _topic_words(without_markers(answer))
    if len(missing) <= len(content) // _REWORDED_ONE_IN:
        return None
    return cause.group(0).strip()


_FIGURE_WORD = lazy(
    r"\d+(?:[.,]\d+)*|\b(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b",
    re.I,
)


def figure_words(text: str) -> frozenset[str]:
    """The numbers and month names ``text`` states, as plain words: "the 31st of October" and
    "October 31" both give {"31", "october"}, "USD 7.99 billion" gives {"7.99"}."""
    return frozenset(m.group(0).lower().replace(",", "") for m in _FIGURE_WORD.finditer(text))


def claimed_side(question: str, sides: Iterable[str]) -> int | None:
    """Which of ``sides`` (each a figure with what it is of: "31 October 2025 report") a claim
    states: the one side every figure of the claim fits, when only one does. A claim whose
    figures fit every side ("in 2016-2020, right?") or none takes no side."""
    claimed = figure_words(CLAIM.sub(" ", question))
    if not claimed:
        return None
    fits = [i for i, side in enumerate(sides) if claimed <= figure_words(side)]
    return fits[0] if len(fits) == 1 else None


# A sentence that speaks of the rule in force: "under the latest guidelines", "as of 2023", "the
# current rate". Not "today", "now": "worth USD 3 million today" converts at today's rate.
_NOW_MARK = lazy(
    r"\b(?:latest|current(?:ly)?|as of|at present|presently|in force|as it stands)\b",
    re.I,
)


def when_stated(sentence: str) -> tuple[bool, int]:
    """How late what ``sentence`` says holds: whether it speaks of the present, then the latest
    year it names (0 for none). "Lifted to 4 million in 1991" is older than "as of 2019, 9
    million", which is no older than "the current rate is 25%"."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence)]
    return bool(_NOW_MARK.search(sentence)), max(years, default=0)


def states_kind(sentence: str, question: str) -> tuple[bool, bool]:
    """Whether ``sentence`` states a figure of a kind the claim ``question`` states (not a
    year), and whether it states the claim's own value of that kind."""
    asked = [a for a in stated_figures(question) if a.kind != "year"]
    told = stated_figures(sentence)
    kind = any(f.same_kind(a) for f in told for a in asked)
    same = any(f.same_kind(a) and f.value == a.value for f in told for a in asked)
    return kind, same


def part_verdicts(question: str, answer: str, names: NamesByKind) -> list[tuple[str, Verdict]]:
    """Each part of a claim of several parts (a clause stating a figure other than a year), as
    the claim words it, with the verdict ``answer`` gives it alone: the claim with
    its other parts left out ("grants 40% and loans 25%" is judged as "grants 40%" and as "loans
    25%"). Parts the answer does not judge are left out; [] for a claim of one part."""
    statement = claim_statement(question)
    asked = [f for f in stated_figures(statement, words=True) if f.kind != "year"]
    clauses = list(dict.fromkeys(a.clause for a in asked))
    if len(clauses) < 2:
        return []
    judged: list[tuple[str, Verdict]] = []
    for clause in clauses:
        alone = statement
        for other in clauses:
            if other != clause:
                alone = alone.replace(other, " ")
        verdict = judge(" ".join(alone.split()), answer, names)
        if verdict in ("yes", "no"):
            written = " ".join(CLAIM.sub(" ", clause).split()).strip(" ,;:.?!")
            judged.append((f"“{written}”", verdict))
    return judged
