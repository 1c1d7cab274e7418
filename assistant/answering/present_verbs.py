"""A verb in the present told by its place in the clause, not by a list of verbs: "the
almanac puts the harvest at 4 tonnes", "the guild writes that tolls rose 6%".

A word in "-s" is a verb or a plural noun; which one it is shows in its neighbours. A verb in
"-s" follows its subject, so no determiner or possessive stands just before it ("the tolls",
"the port's tolls" are nouns), and it is followed by its object or its reported clause: an
article, a possessive determiner or "that" ("puts the", "writes that", "gives its"). A plural
noun is followed by such a word when a relative clause follows it ("the number of cranes the
port bought"), and then a preposition or a determiner stands before it. A word in "-ss", "-us" or "-is" ("the press", "the
census", "the basis") is no verb in "-s".
"""

from __future__ import annotations

import re

from assistant.regex import lazy

_IN_S = lazy(r"[a-z]{2,}[^su]s", re.I)
# Words that stand before a noun, never between a subject and its verb: determiners and
# possessives ("the tolls") and prepositions, after which a noun phrase begins ("the number of
# cranes the port bought": a noun and the relative clause after it).
_BEFORE_A_NOUN = frozenset(
    "the a an this that these those its their our his her my your each every some any no all "
    "both of in on at to for from with by about per into over under than".split()
)
_OPENS_OBJECT = frozenset("the a an that its their our his her".split())
_POSSESSIVE = lazy(r"['’]s?$")


def present_verb(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a verb in the present in "-s" after its subject (module doc)."""
    if i < 1 or i + 1 >= len(words):
        return False
    word, before, after = words[i], words[i - 1], words[i + 1]
    if not _IN_S.fullmatch(word) or word.endswith("is"):
        return False
    if before.lower() in _BEFORE_A_NOUN or _POSSESSIVE.search(before):
        return False
    return after.lower() in _OPENS_OBJECT
