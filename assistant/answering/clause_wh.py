"""A "when" or "where" that opens a clause of time or place, not the question.

A question puts a verb before its subject right after its wh-word: "when did the guild raise the
dues", "where is the charter kept". A clause of time or place keeps a statement's order: "when a
member sells abroad", "where the charter is kept". Such a clause only sets when or where the main
clause holds, so the main clause's own wh-word says what is asked: "what fee does the guild
charge when a member sells abroad" asks for a fee, "which office signs, where the charter is
kept" for an office, not a date or a place.

A question whose only wh-word opens such a clause ("when the charter was signed?") is read as
asked, since nothing else asks."""

from __future__ import annotations

import re

from assistant.regex import lazy

# The verbs a question sets before its subject: auxiliaries, modals and the copula.
_VERB_FIRST = (
    r"do|does|did|is|are|was|were|am|will|would|can|could|shall|should|must|might|may|"
    r"has|have|had|['’]s|['’]re|['’]d|['’]ll"
)
# Adverbs a question may set between its wh-word and its verb ("when exactly did it start").
_BETWEEN = r"(?:exactly|precisely|roughly|approximately|first|else|again|then)\s+"
# "When" or "where" followed by a word that is not the verb of a question: the word order of a
# statement. "Where do ... stand" and the like are a question's order and stay, as do wh-words
# joined to another ("when and how sharply"), which ask together.
_CLAUSE_OPENER = lazy(
    rf"\b(?:when|where)\b(?=\s+(?!{_BETWEEN})(?!(?:{_VERB_FIRST}|and|or)\b)[\w'’])",
    re.I,
)
# Another word that asks: the main clause's.
_ASKING_WORD = lazy(r"\b(?:what|which|who|whom|whose|how|why)\b", re.I)


def without_clause_openers(question: str) -> str:
    """``question`` with each "when"/"where" that opens a clause of time or place blanked out,
    when another wh-word asks the question; otherwise ``question`` unchanged. The blank keeps
    every other word at its place."""
    openers = list(_CLAUSE_OPENER.finditer(question))
    if not openers:
        return question
    rest = _CLAUSE_OPENER.sub(lambda m: " " * len(m.group()), question)
    if _ASKING_WORD.search(rest) is None:
        return question
    return rest
