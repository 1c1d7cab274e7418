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

A year may stand in such an opening in one place: before a kind of writing the asker is making,
owned by them or new to the talk ("For my 2030 newsletter:", "For a 2031 primer, …"). It dates
that piece of writing, which the sources cannot be about, not what is asked: the rest must name
its own subject as before. A year before anything else ("For our 2016 contract:", "For a 2019
tender, …") may be the time the rules are asked for, and the opening stays. A "for" opening of
that kind, about a piece of writing, may end in a comma too, when the rest begins with what it
asks ("For a 2031 primer, when did …?"); "For a sole-source buy, what share …" names the subject.
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
# Kinds of writing an asker makes: a year before one dates the asker's piece ("my 2030 primer").
_WRITINGS = (
    r"explainers?|backgrounders?|primers?|stor(?:y|ies)|pieces?|articles?|columns?|features?|"
    r"profiles?|editorials?|op-eds?|write-ups?|posts?|blogs?|newsletters?|podcasts?|scripts?|"
    r"segments?|memos?|briefs?|briefings?|drafts?|essays?|theses|thesis|decks?|slides?|"
    r"presentations?|speech(?:es)?|lectures?|summar(?:y|ies)|fact-?sheets?|threads?"
)
# "For my 2030 newsletter" / "for a 2031 primer": the year and the writing it dates.
_DATED_WRITING = lazy(
    r"\b(?:my|our|an?)\s+(?:[\w'’-]+\s+){0,2}?(?P<year>(?:19|20)\d\d)\s+"
    rf"(?:[\w'’-]+\s+)?(?:{_WRITINGS})\b",
    re.I,
)
# A purpose opening ending in a comma before what is asked: "For a 2031 primer, when did …".
# Only one about a piece of writing: "For a sole-source buy, what share …" names the subject.
_FOR_OPENING = lazy(
    r"^\s*(?P<opening>for\s+(?:my|our|an?)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_WRITINGS}),)\s+"
    r"(?=(?:what|when|which|who|whom|whose|where|why|how|in\s+what|at\s+what|by\s+what)\b)",
    re.I,
)


def without_preamble(question: str) -> str:
    """``question`` without an opening about the asker (see the module's docstring); the
    question itself when it has none."""
    match = _OPENING.match(question) or _FOR_OPENING.match(question)
    if match is None:
        return question
    opening, rest = match["opening"], question[match.end() :]
    # The rest read as a sentence of its own: after a colon its first word is written small,
    # and its first capital is then a name ("…: when did Ferrania …").
    rest = rest[:1].upper() + rest[1:]
    # A year that dates the asker's own piece of writing is no year of what is asked.
    undated = _DATED_WRITING.sub(lambda m: m[0].replace(m["year"], " "), opening)
    if (
        not (_FIRST_PERSON.search(opening) or _FOR_OPENING.match(question))
        or _CARRIES.search(opening)
        or _NUMBER.search(undated)
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
    return rest


def _names(text: str) -> list[str]:
    """The capitalised words of ``text`` after its first ("I" and its contractions aside), and
    its first when that is an acronym ("DAPA's staff …")."""
    words = _CAPITALISED.findall(text)
    stems = [re.split(r"['’]", w)[0] for w in words[:1]]
    first = [
        w for w, stem in zip(words[:1], stems, strict=True) if len(stem) > 1 and stem.isupper()
    ]
    return first + [w for w in words[1:] if not _FIRST_PERSON.fullmatch(w)]
