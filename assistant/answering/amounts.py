"""The amounts a question states, each with the role its wording gives it.

"A supplier proposes a $4 million offset with its $11 million radar contract" states two amounts:
an offset offered (its noun is "offset") and a contract's value (its noun is "contract"). "Poland
sets a EUR 3 million threshold" states a threshold; "at 1,320 won per dollar" an exchange rate.
The role comes from the noun the amount qualifies ("a $4 million offset", "$4 million in
offsets"), else from the words just before it ("a deal worth ...", "a threshold of
...", "offered ..."); an amount with neither is a contract's value, the case a question poses.

An amount is *restated* when the question refers to it as a known figure rather than posing it:
"the KRW 4 trillion purchase", "Airbus's offset commitment was $662.6 million". Only a restated
amount can be a figure of the sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.quantities import QuantityToken, lex
from assistant.regex import lazy

Role = Literal["contract", "offset", "threshold", "rate"]

# The nouns that give an amount its role, as the head of the noun phrase it qualifies.
_ROLE_NOUNS: tuple[tuple[Role, re.Pattern[str]], ...] = (
    # "the $4 million offset line": the threshold as a line a contract is above or below.
    ("threshold", lazy(r"^(?:thresholds?|lines?)$", re.I)),
    ("offset", lazy(r"^(?:offsets?|offset-\w+)$", re.I)),
    (
        "contract",
        lazy(
            r"^(?:contracts?|deals?|purchases?|procurements?|acquisitions?|imports?|orders?|"
            r"sales?|buys?|tenders?|systems?)$",
            re.I,
        ),
    ),
)
# Verbs whose object is an offset offered or committed: "offers $12 million", "pledged ...".
_OFFERED = lazy(r"^(?:offer\w*|pledg\w*|commit\w*|promis\w*|propos\w*|provid\w*|deliver\w*)$", re.I)
# Where the words qualifying an amount stop: a preposition or conjunction that starts another
# phrase ("a $4 million offset on an $11 million contract"), or punctuation.
# An article or a verb ends it too: "$9 million trigger an offset duty" is no offset.
_PHRASE_END = lazy(
    r"^(?:for|on|with|against|than|to|at|from|per|under|by|and|or|but|if|when|while|that|"
    r"which|is|was|were|are|be|been|would|will|could|should|can|may|might|must|does|do|did|"
    r"has|had|have|a|an|the|this|its|their|trigger\w*|creat\w*|requir\w*|generat\w*|need\w*|"
    r"incur\w*|oblig\w*|call\w*|mean\w*|carr\w*|entail\w*|bring\w*|brought|demand\w*|"
    r"come|comes|came|get|gets|got|give|gives|gave|seek\w*|sought|qualif\w*|"
    # What a contract comes with, as a verb: "a $9 million deal offered offsets of $2 million".
    r"offered|offering|provid\w*|pledged|pledging|promised|promising|deliver\w*|"
    r"secured|securing|yield\w*|includ\w*)$",
    re.I,
)
_BREAK = lazy(r"[.,;:?!()\"]|\s[-–—]\s")
_WORD = lazy(r"[\w'’-]+")
# A figure referred to as known: a definite or possessive word before it ("the $10 million
# threshold", "its $41.5 million offset", "the supplier's $93.2 million"), or a verb stating it
# ("was $93.2 million", "stood at KRW 2 trillion", "was priced at EUR 3 billion").
_DEFINITE = lazy(
    r"(?:\b(?:the|its|their|his|her|this|that|these|those)|['’]s)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_STATED = lazy(
    r"\b(?:(?:was|were|is|are)(?:\s+(?:valued|priced|estimated|put)\s+at)?|stood at|stands at|"
    r"totall?ed|amounted to|came to|reached)\s+$",
    re.I,
)


@dataclass(frozen=True, kw_only=True)
class StatedAmount(QuantityToken):
    """One amount of money a question states (a written quantity), with its role."""

    role: Role
    restated: bool = False

    @classmethod
    def of(cls, token: QuantityToken, role: Role, restated: bool = False) -> StatedAmount:
        return cls(**vars(token), role=role, restated=restated)


def stated_amounts(question: str, rates: list[tuple[int, int]] | None = None) -> list[StatedAmount]:
    """Every amount of money in ``question`` with its role; ``rates`` are the spans of the exchange
    rates the question states (their amounts get the role "rate")."""
    tokens = [t for t in lex(question) if t.currency and not _ends_a_span(question, t)]
    found = []
    for number, token in enumerate(tokens):
        if any(a <= token.start < b for a, b in rates or []):
            found.append(StatedAmount.of(token, "rate"))
            continue
        after_end = tokens[number + 1].start if number + 1 < len(tokens) else len(question)
        before_start = tokens[number - 1].end if number else 0
        after = question[token.end : after_end]
        before = question[before_start : token.start]
        role = _role_after(after) or _role_before(before)
        if role is None and _DELIVERED_AFTER.match(after):
            # "if EUR 3 million has been supplied": the subject of a verb of offering, in the
            # passive, is the offset delivered, as its object is in the active ("supplied €3M").
            role = "offset"
        role = role or "contract"
        if role == "contract" and _bounds_a_class(before, after):
            role = "threshold"
        restated = bool(_DEFINITE.search(before) or _STATED.search(before))
        if role == "contract" and restated and _TRIGGER_WORD.match(after):
            # "that $3 million trigger as the ministry words it": after a definite word the
            # trigger is the noun the amount qualifies, whatever follows it.
            role = "threshold"
        found.append(StatedAmount.of(token, role, restated))
    return found


# The first year of a span and what joins it to the last: "2011-", "2011 to ", "2011 through ".
_SPAN_OPENED = lazy(r"\b(?:19|20)\d\d\s?(?:[-–—]|to|through|until)\s?$", re.I)


def _ends_a_span(question: str, token: QuantityToken) -> bool:
    """Whether ``token`` is the last year of a span of years followed by a currency word ("the
    2011-2022 won totals"): a year, no amount."""
    return (
        token.pre is None
        and token.scale is None
        and token.num_end - token.num_start == 4
        and _SPAN_OPENED.search(question[max(0, token.start - 12) : token.start]) is not None
    )


def _role_after(text: str) -> Role | None:
    """The role the head noun right after an amount gives it: the last role noun of the words
    that qualify it ("$10 million offset threshold" is a threshold)."""
    text = _BREAK.split(text, maxsplit=1)[0]
    if _TRIGGER_NOUN.match(text):
        return "threshold"
    role = None
    found = _WORD.findall(text)
    if found[2:] and _PARTITIVE.fullmatch(found[0]) and _OWNER.fullmatch(found[1]):
        # "EUR 4m of the yard's offset": a part of the thing named after the owner's word,
        # which gives the amount its role as the head noun would.
        found = found[2:]
    for word in found[:3]:
        if _PHRASE_END.match(word):
            break
        owner = _POSSESSIVE.match(word)
        if owner:
            # "a $20 million contract's offset": the amount is the contract's; the offset is
            # something the contract has.
            return _noun_role(owner.group(1)) or role
        role = _noun_role(word) or role
    return role


_PARTITIVE = lazy(r"of", re.I)
_DELIVERED_AFTER = lazy(
    r"^\s*(?:(?:has|have|had|was|were|is|are|got|gets)\s+)(?:(?:already|now|since|been|so far|"
    r"then|just|finally|actually)\s+)*(?:offer\w*|pledg\w*|commit\w*|promis\w*|provid\w*|"
    r"deliver\w*|fulfill?\w*|handed over|paid|made good)\b",
    re.I,
)
_POSSESSIVE = lazy(r"^(\w+)['’]s?$")
# "the EUR 3 million trigger, and …", "a $5 million floor?": the threshold named by a word
# that is also a verb; with an object after it ("$9 million trigger an offset duty") it is one.
_TRIGGER_NOUN = lazy(
    r"^\s*(?:triggers?|floors?)\s*(?:$|(?:and|or|but|for|of|in|under|that|which)\b)", re.I
)


_TRIGGER_WORD = lazy(r"^\s*(?:triggers?|floors?|thresholds?)\b", re.I)


# Before an amount, a new noun phrase or a new verb phrase starts at these: "What offset would a
# $1 billion deal require?" gives the amount no role from "offset".
_CLAUSE_START = lazy(
    r"^(?:a|an|would|will|does|do|did|can|could|should|must|may|might|if|when|whether)$", re.I
)


# A preposition right before an amount makes it what something else is reckoned on or compared
# with, not that thing: "an offset for $50 million", "offsets on $8 million".
_RELATION = lazy(r"^(?:for|on|against|over|with|to|from|than)$", re.I)


def _role_before(text: str) -> Role | None:
    """The role the nearest noun or offering verb before an amount gives it, within its phrase
    ("a deal worth ...", "an offset of ...", "offered ...")."""
    pieces = _BREAK.split(text)
    words = _WORD.findall(pieces[-1])[-8:]
    if words and re.fullmatch(r"an?|the", words[-1], re.I):
        words.pop()  # the amount's own article: "offered a $12 million ..."
    if words[1:] and _OWNER.fullmatch(words[-1]) and _RELATION.match(words[-2]):
        # "dropped offsets on its $120 million cutter buy": its owner's word leaves it what
        # the offset is reckoned on, as the article does.
        return None
    moved = _moved_to(words)
    if moved is not None:
        return moved
    if words and _RELATION.match(words[-1]):
        return None  # "the offset required for $50 million": what an offset is reckoned on
    for word in reversed(words):
        if _CLAUSE_START.match(word):
            return None
        role = _noun_role(word)
        if role is not None:
            return role
        if _OFFERED.match(word):
            return "offset"
    return None


_OWNER = lazy(r"its|their|his|her|our|your|this|that", re.I)
# A figure set or moved to a value: "threshold raised to $4 million", "the threshold fixed
# at ...".
_SET_TO = lazy(
    r"(?:rais|lift|lower|cut|set|increas|reduc|mov|chang|put|fix|bump|hik|drop|decreas|ros|"
    r"went|go|climb|jump|fell|fall)\w*",
    re.I,
)
# "went up to", "came down to": the particle of a verb that moves a figure.
_PARTICLE = lazy(r"up|down", re.I)
_TO_VALUE = lazy(r"^(?:to|at|from)$", re.I)
_AUXILIARY = lazy(r"was|is|were|are|been|be|has|had|have|being|now|since|then", re.I)


def _moved_to(words: list[str]) -> Role | None:
    """ "threshold raised to $4 million", "the threshold was cut from $2 million", "the trigger
    went up to $3 million": an amount a threshold is set or moved to is a threshold, never the
    contract a question poses."""
    if words[2:] and _PARTICLE.fullmatch(words[-2]):
        words = [*words[:-2], words[-1]]
    if len(words) < 3 or not _TO_VALUE.match(words[-1]) or not _SET_TO.fullmatch(words[-2]):
        return None
    before = [w for w in words[:-2] if not _AUXILIARY.fullmatch(w)]
    moved = before[-1] if before else ""
    if _POINTER.fullmatch(moved):
        # "the floor, until they lifted it to ...": a pronoun moves what it points back at,
        # the last noun before it that names a threshold.
        return "threshold" if any(map(_names_threshold, before[:-1])) else None
    # The noun moved is the threshold by any of its names ("the trigger went up to ...").
    return "threshold" if _names_threshold(moved) else None


_POINTER = lazy(r"it|they|this|that", re.I)


def _names_threshold(word: str) -> bool:
    return _noun_role(word) == "threshold" or bool(_TRIGGER_WORD.match(word))


# A bound on a value: "at least $3 million", "$3 million or more".
_BOUND_BEFORE = lazy(
    r"\b(?:at least|more than|over|above|exceeding|upwards? of|no less than|not less than|"
    r"(?:a )?minimum of)\s+$",
    re.I,
)
_BOUND_AFTER = lazy(r"^\s*(?:or|and) (?:more|above|over|higher|up(?:wards?)?)\b", re.I)
# A class of contracts, named by a plural: "purchases", "deals", "contracts".
_CONTRACTS = lazy(
    r"\b(?:contracts|deals|purchases|procurements|acquisitions|imports|orders|sales|buys|"
    r"tenders)\b(?:\s+[\w-]+){0,3}\s*$",
    re.I,
)


def _bounds_a_class(before: str, after: str) -> bool:
    """Whether an amount bounds a class of contracts rather than valuing one ("a 40% share on
    purchases of at least EUR 3 million", "deals worth $6 million or more"): the line a rule
    draws, a threshold, not a contract the question poses."""
    phrase = _BREAK.split(before)[-1]
    bounded = _BOUND_BEFORE.search(phrase) or _BOUND_AFTER.match(after)
    return bool(bounded and _CONTRACTS.search(_BOUND_BEFORE.sub("", phrase)))


def _noun_role(word: str) -> Role | None:
    for role, pattern in _ROLE_NOUNS:
        if pattern.match(word):
            return role
    return None
