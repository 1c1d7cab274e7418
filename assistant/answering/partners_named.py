"""Which country a question names as the other side of a trade, and which it only names as the
frame of the question.

A question limits a total to one partner by naming it as the object of a preposition of trade
("imports from Chile", "the deals with Peru"). That object ends where a new phrase opens: in
"exporters hit with levies in Chile", the thing dealt "with" is the levies, and "in Chile" says
where the rule applies, so Chile is the market the question is set in, not a partner whose part
of a total is asked.

The home country (the sources' own subject, the buyer of what they tell) is a partner only of
another country's trade: "how many deals did Peru's yards sign with Korea" asks Korea's part of
Peru's deals, but "the threshold for contractors dealing with the Korean army" names no other
trader, so Korea there is the frame of the question, and a figure the sources give for Korea's
rule answers it.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# A preposition that opens a new phrase after a noun: where, when, by whose account, per what.
# Not "of" (a name may hold it: "the Republic of Chile") nor "and" (a list of partners).
_NEW_PHRASE = lazy(
    r"\b(?:in|at|on|under|per|according|for|by|over|during|since|before|after|within|"
    r"across|into|through|via|when|if|as)\b",
    re.I,
)


def object_of(words: str) -> str:
    """The words of ``words`` (what follows a preposition) up to where a new phrase opens:
    the preposition's own object ("levies " of "levies in Chile")."""
    found = _NEW_PHRASE.search(words)
    return words if found is None else words[: found.start()]


def home_partner_asked(partners: frozenset[str], named: frozenset[str], home: str) -> bool:
    """Whether the home country, among the ``partners`` a question names, is asked of as one:
    only when the question also names another country (``named``, every country it names)
    whose trade it is, one that is not itself a partner there."""
    return home in partners and bool(named - partners - {home})
