"""What a contract named with an indefinite article in a claim refers to: one posed to be worked
out, one that happened, or what a rule is.

A claim asks whether a statement holds. When its contract is posed ("a $40 million competitive
deal owes a $20 million offset, right?"), the statement applies the rule to it and the calculator
checks it. Two other readings pose nothing, and are told apart by grammar, not by words:

- an EPISODE: the statement tells what happened to one contract, in the past or the perfect or at
  a time, in the indicative ("a $2 billion sonar purchase from a Nordic yard closed with no
  counter-trade in 2019", "the ministry has let a cutter builder off its counter-trade"). It is
  a fact to find in the sources, which confirm, correct or do not report it. It stops being one
  when it tells what the rule demanded: a modal or a verb of obligation ("had to bear", "was
  bound to") or a percentage of the deal ("bore a 40% counter-trade"), which is the rule's own
  measure; when a modal of possibility makes it what may happen ("levies may fall on any sale
  past $X", sized only by a bound: any deal past it); and when the contract is the asker's own
  ("our buy");
- a DESCRIPTION: the contract is the predicate of a definite subject that is no contract itself
  ("the floor is a sale of $8 million, right?"): it says what the subject (a threshold, a line)
  is, and introduces no contract. With a second amount ("…, so our $30 million deal owes …") a
  contract is posed after all.
"""

from __future__ import annotations

import re

from assistant.answering.claims import CLAIM, claim_statement
from assistant.quantities import BOUND_AFTER, BOUND_BEFORE, lex
from assistant.regex import lazy

_CONTRACT_NOUN = (
    r"(?:contracts?|deals?|purchases?|procurements?|acquisitions?|imports?|orders?|sales?|buys?|"
    r"awards?|tenders?)"
)
# An event told in the past or the perfect: "did" (which only ever carries a verb of action), a
# common irregular past, or a form in "-ed" after at least three letters (an "-eed" present
# form such as "need" or "exceed" aside). "Was" alone is no event: "a $5 million deal in 1990
# was exempt" says what held of such deals then, as a rule of that time would.
_PAST_EVENT = lazy(
    r"\b(?:did|came|became|made|got|gave|took|went|sold|bought|paid|won|brought|kept|cut|"
    r"[a-z]{3,}(?<!e)ed)\b",
    re.I,
)
_DETERMINERS = frozenset(
    "the a an its their this that these those our my his her each every any no some".split()
)
# Where a piece of a statement ends: a colon, a stop, a semicolon or a dash set off by spaces.
_PIECE_END = lazy(r"[:;.]\s+|[:;]|\s[-–—]\s|[–—]")
# What says that the rule demanded something of the contract: a modal of obligation, or a verb,
# adjective or noun of owing, needing and requiring.
_OBLIGATION = lazy(
    r"\b(?:must|should|ought|ha(?:d|s|ve|ving) to|need(?:s|ed|ing)?|owe[sd]?|owing|"
    r"requir\w*|oblig\w*|due|liable|subject to|trigger\w*|entail\w*)\b",
    re.I,
)
# A modal of possibility or of the future: what may or can happen to such contracts, not what
# happened to one ("levies may fall on any sale past $X").
_IRREALIS = lazy(r"\b(?:can|could|may|might|will|shall)\b", re.I)
# The asker's own contract, or the asker as a party: "our buy", "we signed". Case counts: "US"
# in capitals is the country.
_OWN = lazy(r"\b(?:[Mm]y|[Oo]ur|[Ww]e|us|I)\b")
# A contract as the predicate of a definite subject without a contract noun of its own.
_DESCRIBED = lazy(
    r"\b(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?P<subject>(?:[\w'’-]+\s+){0,8}?)"
    r"(?:is|are|was|were|remains|remained)\s+"
    r"(?:(?:still|just|only|simply|now|always|about|roughly|around)\s+)?"
    rf"(?:a|an|one)\s+(?:[\w$₩€.,%-]+\s+){{0,6}}?{_CONTRACT_NOUN}\b",
    re.I,
)
_CONTRACT_WORD = lazy(rf"\b{_CONTRACT_NOUN}\b", re.I)


def _statement(question: str) -> str:
    """What the claim ``question`` states, without the frame that puts it ("I heard", "right?")."""
    return CLAIM.sub(" ", claim_statement(question))


def _amounts(statement: str) -> list[str]:
    """The amounts of ``statement`` other than shares and bare years."""
    return [
        t.text
        for t in lex(statement)
        if not t.percent
        and (t.pre or t.post or t.scale or not re.fullmatch(r"(?:19|20)\d\d", t.text))
    ]


def _tells_event(piece: str) -> bool:
    """Whether ``piece`` has a verb of a past event: a past form that no determiner stands
    before ("the implied rate", "an advanced jet" are adjectives)."""
    for found in _PAST_EVENT.finditer(piece):
        before = piece[: found.start()].split()
        if not before or before[-1].lower() not in _DETERMINERS:
            return True
    return False


def tells_an_episode(question: str) -> bool:
    """Whether the claim ``question`` tells what happened to a contract (see the module's
    docstring), so that its contract is no case to work out. A time alone ("in 2021", "last
    spring") makes no episode: a rule of that time may be asked of a posed contract."""
    statement = _statement(question)
    pieces = [p for p in _PIECE_END.split(statement) if p.strip(" ?!.,")]
    # The event is told by the last piece: "a program bought $900 million of kit and got $45
    # million back: the implied ratio?" closes on what it asks, not on what it tells.
    if (
        not pieces
        or not _tells_event(pieces[-1])
        or _OBLIGATION.search(statement)
        or _IRREALIS.search(statement)
        or _OWN.search(statement)
    ):
        return False
    tokens = lex(statement)
    if any(t.percent for t in tokens):
        return False
    # A contract sized only by a bound ("once a deal tops $X") is any contract past it: a class.
    sized = [t for t in tokens if t.currency or t.scale]
    return not sized or not all(
        BOUND_BEFORE.search(statement, 0, t.start) or BOUND_AFTER.match(statement, t.end)
        for t in sized
    )


def describes_by_a_contract(question: str) -> bool:
    """Whether the claim ``question`` says what a definite subject is by a contract of some size
    ("the floor is a sale of $8 million"), with no other amount (see the module's docstring)."""
    statement = _statement(question)
    found = _DESCRIBED.search(statement)
    if found is None or _CONTRACT_WORD.search(found.group("subject")):
        return False
    return len(_amounts(statement)) == 1


def poses_no_contract(question: str) -> bool:
    """Whether the indefinite contract of the claim ``question`` is told of (an episode) or
    describes a subject, rather than posed to be worked out."""
    return tells_an_episode(question) or describes_by_a_contract(question)
