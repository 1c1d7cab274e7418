"""A source named as the owner of what a question asks: the one who says it.

A possessive does so whatever noun follows it: "the Herald's plea for tolls", "the academy's
to-do list", "the newsletter's glance at what comes next". What the name owns in a question
about the sources is a thing of its piece (its case, its plan, its section), so what is asked is
in that piece, not in another source's account of the matter.

A source named otherwise ("When was the institute founded?", "Did the blogger visit the
growers?") is not made one by this: nothing is owned, and whether a verb is the writer's saying
is ``attribution``'s to tell. Only the span naming the source is returned (with its "the", a word
before the name such as "explainer", and its "'s"), so that the words of the topic around it stay
the question's.

Only a wide question is bounded so: one whose answer is an account (a summary, the reasons for
something, a position or argument). A question asking for one thing ("the institute's total for
the decade", "the blog's founding year") has its answer in a figure or a fact, which the data
rows and the best sentence give wherever they stand; read as "everything that source says about
it", such a question grew from a line to a page."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.frame import answer_type

# The answer types of an account: many sentences answer it, so which source's they are matters.
WIDE = frozenset({"summary", "reason", "position"})


def asks_account(question: str) -> bool:
    """Whether ``question`` asks for an account (its answer type is one of ``WIDE``)."""
    return answer_type(question) in WIDE


@lru_cache(maxsize=1024)
def _owner(name: str) -> re.Pattern[str]:
    n = r"[-\s]?".join(re.escape(part) for part in name.split())
    # "the Herald's plea", "the newsletter's glance": the owner, with its article and at
    # most one word before the name, followed by what it owns.
    return re.compile(rf"(?P<name>(?:\bthe\s+)?(?:\b[a-z][\w-]*\s+)??\b{n}['’]s)(?=\s+[\w-])", re.I)


def owner_span(name: str, question: str) -> tuple[int, int] | None:
    """The span of ``question`` naming the source called ``name`` as the owner of what it asks
    about, if it is named so and ``question`` asks for an account."""
    if not asks_account(question):
        return None
    match = _owner(name).search(question)
    if match is None:
        return None
    start, end = match.span("name")
    words = question[start:end].split()
    # One word between "the" and the name ("the explainer blog's"); without "the" the name
    # stands alone ("the points of NRI's plan"), never with a word of the clause before it.
    if len(words) > len(name.split()) and words[0].lower() != "the":
        start += len(words[0]) + 1
    return start, end
