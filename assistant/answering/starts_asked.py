"""A question for when a thing began, and the statements that date a beginning.

"When did the levy begin, and what is its rate today?" asks two times: the start, and now. A
statement of the rate "as of 2021" holds a year, but it dates the rate in force, not the levy's
start; only a statement that tells of a beginning ("first introduced in 1990", "the agency came
into being in 1994") dates it."""

from __future__ import annotations

import re

from assistant.regex import lazy

# How a question asks for a start: "when did it begin", "when was it first brought in", "since
# when", "in what year did it start". A date is asked of the verb, so the verb is enough.
_START_ASKED = lazy(
    r"\b(?:begin|began|begun|start(?:ed|s)?|first|introduc\w*|launch\w*|adopt\w*|bring in|"
    r"brought in|set up|found(?:ed)?|establish\w*|creat\w*|came into being|come into being|"
    r"originat\w*|since when|inception|outset)\b",
    re.I,
)
# How a statement tells of a start: the same verbs, and "implemented" or "in place since".
_START_TOLD = lazy(
    r"\b(?:began|begun|start(?:ed|s)?|first|introduc\w*|launch\w*|adopt\w*|implement\w*|"
    r"brought in|set up|founded|establish\w*|created|came into being|since|inception|outset)\b",
    re.I,
)


def asks_a_start(question: str) -> bool:
    """Whether ``question`` asks for when something began."""
    return _START_ASKED.search(question) is not None


def tells_a_start(statement: str) -> bool:
    """Whether ``statement`` tells of something beginning."""
    return _START_TOLD.search(statement) is not None
