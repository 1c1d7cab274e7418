"""A question's opening about the asker, not the topic: "I'm preparing a memo for my boss.",
"For my thesis:", "We are reviewing procurement rules." before what is asked.

Such an opening says why or for whom the question is asked. Its words are no part of what the
sources must cover or what the answer must be about: read as topic, "memo" or "boss" is a word
the sources never use, and a sentence about a committee outranks the answer to a question asked
for one. An opening is set aside only when it can carry nothing the question needs:

* it is written in the first person ("I", "we", "my", "our") and ends in a full stop or a
  colon before the rest of the question;
* it names nothing (no capitalised word but its first and "I") and gives no figure or year,
  while the rest names what it asks about (a name or a year after its first word): "I'm looking
  at the KC-X deal." is the subject of what follows, and "I want to understand offset banking.
  How does it work?" leaves the rest without one;
* it does not introduce a figure with its colon ("Our tender is quoted in euros: EUR 8
  million, …" labels the figure, and the rest refers back to it);
* it neither reports ("I read that …", "my notes say …", "I assume …") nor asks to check
  what follows ("Checking a figure in my memo: …"), which makes it a claim to check, nor says
  what is wanted ("I need the rate for …"), which makes it the question.
"""

from __future__ import annotations

import re

from assistant.answering.claims import is_claim
from assistant.quantities import COUNT_WORDS, NUMBER_WORDS
from assistant.regex import lazy

# The opening: up to the first full stop or colon that is followed by more of the question.
_OPENING = lazy(r"^\s*(?P<opening>[^.:?!]{3,160}?[.:])\s+(?=\S)")
_FIRST_PERSON = lazy(r"\b(?:i|me|my|we|us|our)(?:['’](?:m|ve|ll|d|re))?\b", re.I)
# Words that report or assume what follows, or say what is wanted: the opening is then a claim
# or the question itself.
_CARRIES = lazy(
    r"\b(?:read|heard|hear|saw|seen|told|notes|says?|said|assumed?|assumes|assuming|think|"
    r"thought|believed?|believes|understood|recall|remember|learned|learnt|claim(?:s|ed)?|"
    r"according|reported|wrote|written|figures?|numbers?|amounts?|rates?|percent(?:age)?|"
    r"values?|totals?|dates?|names?)\b",
    re.I,
)
# A word written with a capital: a name, or the first word of a sentence.
_CAPITALISED = lazy(r"(?<![\w'’])[A-Z][\w'’-]*")
_NUMBER = lazy(r"\d|\b(?:" + "|".join((*COUNT_WORDS, *NUMBER_WORDS)) + r")\b", re.I)
# A figure that opens the rest: "…: KRW 22 billion, …", "…: $5 million".
_FIGURE_FIRST = lazy(r"^(?:[A-Z]{3}\s?|[$₩€£¥]\s?)?\d")


def without_preamble(question: str) -> str:
    """``question`` without an opening about the asker (see the module's docstring); the
    question itself when it has none."""
    match = _OPENING.match(question)
    if match is None:
        return question
    opening, rest = match["opening"], question[match.end() :]
    if (
        not _FIRST_PERSON.search(opening)
        or _CARRIES.search(opening)
        or _NUMBER.search(opening)
        or _names(opening)
        or not (_names(rest) or re.search(r"\d", rest))
        # "Our tender is quoted in euros: EUR 8 million, …": a colon that introduces a figure
        # labels it, and the rest refers back to what the opening names ("convert it").
        or (opening.endswith(":") and _FIGURE_FIRST.match(rest))
        # "Checking a line of my draft: …": an opening that asks to check what follows makes
        # the question a claim to judge, which the rest alone is not.
        or (is_claim(question) and not is_claim(rest))
    ):
        return question
    return rest[:1].upper() + rest[1:]


def _names(text: str) -> list[str]:
    """The capitalised words of ``text`` after its first ("I" and its contractions aside), and
    its first when that is an acronym ("DAPA's staff …")."""
    words = _CAPITALISED.findall(text)
    stems = [re.split(r"['’]", w)[0] for w in words[:1]]
    first = [
        w for w, stem in zip(words[:1], stems, strict=True) if len(stem) > 1 and stem.isupper()
    ]
    return first + [w for w in words[1:] if not _FIRST_PERSON.fullmatch(w)]
