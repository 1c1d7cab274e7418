"""A claim that dates a beginning: "the levy goes back to 1975, doesn't it?", "the agency was
set up in 1994, right?".

Such a claim is about the year its subject began, so it is judged by the year the sources give
for that beginning, never by any sentence that happens to mention the claimed year ("in 1975
the rate was cut" does not confirm that the levy began then). The claim is asked again with its
year asked ("the levy goes back to what year?"): the statement that answers it leads, and its
year confirms the claim or corrects it, when the thing it tells beginning is the levy
(``begun_things``): "the levy's rebate was introduced in 1990" dates the rebate, and a claim no
statement dates the beginning of is judged the usual way.
"""

from __future__ import annotations

import re

from assistant.answering.begun_things import tells_beginning_of
from assistant.answering.claims import (
    CLAIM,
    asking_for,
    claim_statement,
    is_claim,
    stated_figures,
)
from assistant.answering.figures import without_markers
from assistant.answering.starts_asked import tells_a_start
from assistant.regex import lazy

# Beginnings told as reaching back: "goes back to", "dates from", "has existed since".
_REACHES_BACK = lazy(
    r"\b(?:go(?:es)?|went|gone|dat(?:e|es|ed|ing))\s+back\b|\bdat(?:e|es|ed|ing)\s+from\b|"
    r"\b(?:existed|been around|in place|in force|on the books)\s+since\b|"
    r"\bcame into (?:existence|force)\b|\b(?:got|get|gets|getting|was|were) under ?way\b",
    re.I,
)
# What someone is reported to have said, before the claim itself: "a colleague wrote that …".
_REPORTED = lazy(
    r"^.*?\b(?:wrote|writes|said|says|reported|reports|told \w+|heard|read|claimed|claims|noted|"
    r"notes)\s+that\s+|^\s*that\s+",
    re.I,
)
# Where the first cited statement of an answer ends.
_FIRST_END = lazy(r"(?<=\])[.]?\s+")


def _claimed(question: str) -> str:
    """The statement the claim ``question`` makes, without its frame or who reported it."""
    statement = " ".join(CLAIM.sub(" ", claim_statement(question)).split())
    return _REPORTED.sub("", statement, count=1)


def start_claimed(question: str) -> str | None:
    """The claim ``question`` with its year asked, when it is a claim whose one figure is a
    year it gives for a beginning (the module's docstring); None otherwise."""
    if not is_claim(question):
        return None
    statement = _claimed(question)
    figures = stated_figures(statement)
    years = {f.value for f in figures if f.kind == "year"}
    if len(years) != 1 or any(f.kind != "year" for f in figures):
        return None
    if not (tells_a_start(statement) or _REACHES_BACK.search(statement)):
        return None
    year = next(iter(years))
    return " ".join(asking_for(statement, [f"{year:f}"]).split()).rstrip(" .,;:!?") + "?"


def start_verdict(question: str, answer: str) -> bool | None:
    """Whether the statements of ``answer`` (the answer to the claim with its year asked) that
    tell a beginning bear the claimed year out (True) or give only another (False); None when
    none of them gives a year: a statement that tells no beginning ("from 2016 to 2020 the
    value stood at …") dates nothing the claim is about."""
    claim = _claimed(question)
    claimed = {f.value for f in stated_figures(claim) if f.kind == "year"}
    given: set[object] = set()
    for statement in _FIRST_END.split(answer.strip()):
        plain = without_markers(statement)
        if not (tells_a_start(plain) or _REACHES_BACK.search(plain)):
            continue
        # A beginning of another thing ("the newsletter was launched in 1990" for a claim of
        # the club's charter) dates nothing the claim is about.
        if not tells_beginning_of(claim, plain):
            continue
        years = {f.value for f in stated_figures(plain) if f.kind == "year"}
        if claimed & years:
            return True
        given |= years
    return False if given else None
