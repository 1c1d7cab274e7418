"""Whom a later "he", "its" or "that company" stands for: the name the earlier answer gave in
the sentence that answered the earlier question, not merely the first name it wrote.

"Who opened the canal?" may be answered with a sentence about the engineer who planned it
before the one about the minister who opened it; "what was his post?" then asks of the minister.
The sentence sharing most of the earlier question's words ("opened", "canal") is the answer's
own; a name from a sentence that only stood beside it is not whom the question asked for."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answering.word_forms import stems
from assistant.regex import lazy

# A citation marker ends each sentence of an answer: "… opened it in May. [2]"
_MARKERS = lazy(r"(?:\s*\[\d+\])+")
# The stems' first letters a sentence is matched on: "opened" and "opening" agree, and so do
# the nouns formed on a verb ("opening", "openness").
_STEM_LETTERS = 5


def _stems(text: str) -> set[str]:
    """The words of ``text`` that say what it is about, of four letters or more (shorter ones are
    mostly names' initials and units), cut to a stem ("opened" and "opens")."""
    return stems(text, shortest=4, letters=_STEM_LETTERS)


def answering_name(
    question: str, answer: str, kind: str, named: Callable[[str, str], str | None]
) -> str | None:
    """The first name of ``kind`` in the sentence of ``answer`` that shares most words with
    ``question`` (the earlier sentence on a tie); the next best sentence when that one names
    none, and the first name in the whole answer when no sentence shares a word."""
    sentences = [s.strip() for s in _MARKERS.split(answer) if s.strip()]
    asked = _stems(question)
    scored = sorted(
        ((len(asked & _stems(s)), -i, s) for i, s in enumerate(sentences)), reverse=True
    )
    for shared, _, sentence in scored:
        if shared == 0:
            break
        name = named(kind, sentence)
        if name is not None:
            return name
    return named(kind, answer)
