"""A claim that states no figure, only who, what or which day: "the minister's spokesman
announced it on a Friday, right?", "Acme built the bridge, didn't it?". Judged by the one
statement of the answer that speaks of the same thing: it confirms the claim when it says most
of what the claim says and names everyone the claim names; it contradicts it when it says the
same of another day, or of another person.
"""

from __future__ import annotations

import re

from assistant.answering.claims import (
    CLAIM,
    NamesByKind,
    Verdict,
    _denies,
    _sentences,
    _topic_words,
    claim_statement,
    stated_figures,
)
from assistant.answering.figures import without_markers
from assistant.regex import lazy

# A day named by the week or a month named without a year: when a thing was said or done.
_DAY = lazy(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
# The kinds of name whose bearer the claim needs the statement to name too. Organisations are
# left out: a claim often names the body that reports a fact ("the paper says …"), which the
# statement reporting it does not name.
_NAMED_ALIKE = ("people", "companies", "countries")
# How much of the claim's words one statement must share to bear it out: two thirds; to speak
# of the same thing at all (and so correct it by another day or person): half.
_CONFIRMS_SHARE = 2 / 3
_SAME_THING_SHARE = 1 / 2
# The fewest words a claim keeps to be judged without a figure: fewer say too little to tell
# one statement from another.
_FEWEST_WORDS = 4


def names_verdict(question: str, answer: str, names: NamesByKind) -> Verdict | None:
    """Whether ``answer`` bears out ("yes") or corrects ("no") the claim ``question`` when it
    states no figure; None when the claim states one, or no statement of the answer speaks of
    what the claim does."""
    statement = CLAIM.sub(" ", claim_statement(question))
    if stated_figures(statement, words=True):
        return None
    claimed_days = {d.lower() for d in _DAY.findall(statement)}
    topics = _topic_words(statement) - claimed_days
    if len(topics) < _FEWEST_WORDS:
        return None
    claimed = names(statement)
    sentences = list(_sentences(without_markers(answer)))
    if not sentences:
        return None
    best = max(sentences, key=lambda s: len(_topic_words(s) & topics))
    shared = len(_topic_words(best) & topics) / len(topics)
    if shared < _SAME_THING_SHARE:
        return None
    days = {d.lower() for d in _DAY.findall(best)}
    if claimed_days and days and not claimed_days & days:
        return "no"
    found = names(best)
    people = claimed.get("people", frozenset())
    if people and found.get("people") and not people & found["people"]:
        return "no"
    named_all = all(
        claimed.get(kind, frozenset()) <= found.get(kind, frozenset()) for kind in _NAMED_ALIKE
    )
    if (
        shared >= _CONFIRMS_SHARE
        and named_all
        and claimed_days <= days
        and not _denies(best, statement)
    ):
        return "yes"
    return None
