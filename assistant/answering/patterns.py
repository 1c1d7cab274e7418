"""Word patterns as the answering stage writes them: alternatives matched as whole words.

Most of what reads a question looks for one of a list of words ("how much", "worth", "value"):
``words("how much|worth|value")`` says so, where ``re.compile(r"\\b(how much|worth|value)\\b",
re.I)`` buries it in punctuation. Patterns of any other form are written out with ``re``.
"""

from __future__ import annotations

import re

from assistant.regex import lazy


def words(alternatives: str, symbols: str = "") -> re.Pattern[str]:
    """A pattern for any of ``alternatives`` (a regex alternation) as whole words, in any case,
    or any of ``symbols`` (signs such as "%" that end no word, so match without a boundary).

    The alternatives are group 1 of a match. Compiled at first use (``assistant.regex``)."""
    return lazy(rf"\b({alternatives})\b" + (f"|{symbols}" if symbols else ""), re.I)


# The question words, as an alternation for patterns to embed ("(?:{WH_WORDS})\b"): frame,
# routing and composition each find where a question, or one of its parts, starts with one.
WH_WORDS = r"who|whom|whose|what|which|when|where|why|how"


# A year written as a word of its own ("in 1999", "the 2031 review"): followed-up questions, the
# rule table's rows and a history's gathered sentences are each dated by one.
YEAR_WORD = lazy(r"\b(?:19|20)\d\d\b")


# The words of a rule's two figures: the contract value from which it applies (an amount) and the
# share of the contract it asks (a percentage). Answers read from the rule table and checks that
# an answer gives the figure asked both tell the two apart by them.
THRESHOLD_WORDS = words(r"thresholds?|trigger\w*|activation (?:point|value)|cut-?offs?")
SHARE_WORDS = words(r"shares?|percent\w*|rates?|quotas?")
