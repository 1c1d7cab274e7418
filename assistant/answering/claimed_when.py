"""A claim that dates an event ("the agency opened its office in May 2015, right?") is checked
against the answer to the question it restates: "when did the agency open its office?". A
sentence that merely carries the claimed date, about another event of that date ("the agency
revised its fee schedule in May 2015"), does not confirm it; the sentence the when-question
finds, stating another date, corrects it.
"""

from __future__ import annotations

import re

from assistant.answering.claims import CLAIM, claim_statement, stated_figures
from assistant.regex import lazy

# The time a claim dates its event to, with the word that introduces it: "in May 2015",
# "on 3 May 2015", "since 2015", "back in 2015".
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = lazy(
    rf"\s*,?\s*\b(?:(?:back|already|as early as|as late as)\s+)?(?:in|on|during|since|by)\s+"
    rf"(?:(?:early|mid|late)[- ])?(?:\d{{1,2}}\s+)?(?:{_MONTHS}\s+)?(?:\d{{1,2}},?\s+)?"
    r"(?:19|20)\d\d\b",
    re.I,
)
# A tag closing the claim ("…, correct?", "…, didn't they?", "… Right?").
_TAG = lazy(r"[\s,;:–—-]*(?:\b[\w'’]+(?:\s+[\w'’]+){0,2})?\s*\?\s*$")
_TAG_WORDS = frozenset(
    "right correct true accurate so yes no isn't wasn't didn't doesn't aren't weren't hasn't "
    "haven't hadn't it they he she that this is was did".split()
)


def _without_tag(statement: str) -> str:
    match = _TAG.search(statement)
    if match and set(re.findall(r"[\w'’]+", match.group(0).lower())) <= _TAG_WORDS:
        return statement[: match.start()]
    return statement.rstrip(" ?.!")


def dates_only(question: str) -> bool:
    """Whether a claim states nothing but dates ("in May 2015", "on 3 May 2015"): it is of when
    something happened, not of how much."""
    statement = CLAIM.sub(" ", claim_statement(question))
    return bool(_DATE.search(statement)) and not stated_figures(_DATE.sub(" ", statement))


def when_asked(question: str) -> str | None:
    """The question a claim of a date restates: "I read the agency opened its office in May
    2015, right?" asks "When: the agency opened its office?". None when the claim writes no
    date phrase it can be asked without, or dates more than one thing."""
    statement = CLAIM.sub(" ", claim_statement(question))
    dates = list(_DATE.finditer(statement))
    if len(dates) != 1:
        return None
    rest = statement[: dates[0].start()] + statement[dates[0].end() :]
    rest = " ".join(_without_tag(rest).strip(" ,;:.!-–—").split())
    rest = re.sub(r"^that\s+", "", rest, flags=re.I)
    if not rest or stated_figures(rest):
        return None
    return f"When {rest}?"
