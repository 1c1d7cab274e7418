"""A source named where the question's own grammar makes it the one who says what is asked.

Two positions do so whatever the words around them:

- the subject of the question's asking verb, carried by "do", "does" or "did": "What point does
  the Gazette make about the levy?", "Why did the harbour institute rank the port last?". The
  verb is the writer's act (make a point, rank, criticize, draw a lesson), so what is asked is in
  the writer's piece, not in another source's account of the matter;
- a possessive: "the Gazette's case for tolls", "the institute's to-do list", "the explainer
  blog's look at what comes next". What the name owns in a question about the sources is a thing
  of its piece (its case, its plan, its section).

A source named elsewhere ("When was the institute founded?", "Who funds the Gazette?") is not
made one by this: a passive or a verb of its own has no "do" before the name, and nothing is
owned. Only the span naming the source is returned (with its "the", a word before the name such
as "explainer", and its "'s"), so that the words of the topic around it stay the question's."""

from __future__ import annotations

import re
from functools import lru_cache

# The people who write a publisher's pieces: "does the institute's research team find …".
_WRITERS = r"(?:authors?|researchers?|writers?|analysts?|economists?|reporters?|journalists?)"


@lru_cache(maxsize=1024)
def _patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    n = r"[-\s]?".join(re.escape(part) for part in name.split())
    # "does the Gazette make", "did the institute's authors rank": the name right after the
    # auxiliary, a verb after it (a word, not the question's end).
    subject = re.compile(
        rf"\b(?:do|does|did)\s+(?P<name>(?:the\s+)?{n}(?:['’]s)?(?:\s+{_WRITERS})?)\b"
        rf"(?=\s+[a-z][\w-]*)",
        re.I,
    )
    # "the Gazette's case", "the explainer blog's look": the owner, with its article and at
    # most one word before the name, followed by what it owns.
    owner = re.compile(
        rf"(?P<name>(?:\bthe\s+)?(?:\b[a-z][\w-]*\s+)??\b{n}['’]s)(?=\s+[\w-])",
        re.I,
    )
    return subject, owner


def asking_subject_span(name: str, question: str) -> tuple[int, int] | None:
    """The span of ``question`` naming the source called ``name`` as the subject of its asking
    verb or as the owner of what it asks about, if it is named so."""
    subject, owner = _patterns(name)
    for pattern in (subject, owner):
        match = pattern.search(question)
        if match is None:
            continue
        start, end = match.span("name")
        words = question[start:end].split()
        # One word between "the" and the name ("the explainer blog's"); without "the" the name
        # stands alone ("KIET's case"), never with a stray word of the clause before it.
        if pattern is owner and len(words) > len(name.split()) and words[0].lower() != "the":
            start += len(words[0]) + 1
        return start, end
    return None
