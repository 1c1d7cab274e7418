"""A compound the question writes open that the sources write closed up.

Writers differ on compounds: one puts a plan "on the back burner", another "on the backburner";
"policy makers" are "policymakers", a "ship builder" a "shipbuilder". Searched for as two words,
the question misses the one word the sources write, and the sentence that answers it ranks below
others that share only the question's common words. Two words of the question with only a space
between them whose joined form is a word the sources write are read as that word.

Only words of three letters or more that are no function words are joined: "in to" is not
"into", and "can not" not "cannot"; nor are names, which a question writes as the sources do."""

from __future__ import annotations

from collections.abc import Container

# The shortest part of a compound joined: shorter pieces ("a", "to", "up") are function words or
# letters, which make false joins ("a head" is not "ahead").
_SHORTEST_PART = 3


def closed_compound(
    first: str, second: str, between: str, written: Container[str], function_words: Container[str]
) -> str | None:
    """The one word the sources write (``written``, folded) for the question's folded words
    ``first`` and ``second`` with ``between`` between them, if they are a compound written open;
    ``None`` otherwise."""
    if between != " ":
        return None
    for part in (first, second):
        if len(part) < _SHORTEST_PART or not part.isalpha() or part in function_words:
            return None
    joined = first + second
    return joined if joined in written else None
