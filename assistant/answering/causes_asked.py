"""Which event a question asks the cause of, and whether a sentence that gives a cause gives the
cause of that event.

A sentence that says "because" or "stems from" answers a why-question only when what it explains
is the event asked about. The event is what follows "why did", "why was" or "the reasons … for";
what a cause sentence explains is written before its causal words ("the fall stems from …", "the
reasons for this decline include …"), or, when it points back ("this decline"), is told by the
sentence before it. Two things of the asked event must hold of what the sentence explains: the
constraints the question puts on it (a year, a quoted name: "renamed in 2018", "called
'industrial cooperation'"), which a cause of another event does not state; and its direction (the
causes of a fall do not explain a rise or a high level).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.discourse import carries_on
from assistant.regex import lazy

# The event a why-clause asks about: "why did the board raise it", "why was the fee raised",
# "why has it fallen". An adverb that only insists on the cause may stand between.
# "Why are the growers unhappy" asks the grounds of a state, not the cause of an event: "is" and
# "was" ask of an event only in a passive ("why was the fee raised").
# "Why", with an adverb that only insists on the cause ("why exactly").
WHY_OPENING = r"\bwhy\s+(?:(?:exactly|precisely|really|actually|then|ever)\s+)?"
# The words before a passive why-question's participle: up to six of the question's own clause,
# so that the participle is not the verb of a clause after "that" or "with" ("why is it odd
# that they objected"). The participle itself is matched as lowercase: not a name ("Lockheed").
SAME_CLAUSE_WORDS = r"(?:(?!(?:that|with|what|which|who|whom|when|where|about)\b)[\w'’-]+\s+){0,6}?"
_WHY = lazy(
    WHY_OPENING + r"(?:(?:did|does|do|has|have|had|would|will|can|could|might)\s+(?P<event>[^?]+)|"
    r"(?:was|were|is|are)\s+(?P<done>" + SAME_CLAUSE_WORDS + r"(?-i:[a-z]+(?:ed|en))\b[^?]*))",
    re.I,
)
# "The grounds the survey gives for the slump", "its thinking behind the new title", "what explains
# the drop": the event follows "for" or the verb of causing.
_REASONS_FOR = lazy(
    r"\b(?:reasons?|reasoning|rationale|explanations?|justifications?)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:for|behind)\s+(?P<event>[^?]+)"
    r"|\bwhat\s+(?:caused|causes|drove|drives|led\s+to|explains|is\s+behind|was\s+behind)\s+"
    r"(?P<caused>[^?]+)",
    re.I,
)
# A year a question ties the event to ("renamed in 2018"): not a decade ("the 2010s") or the
# bound of a span ("since 2016"), which a cause may state by another year within it.
_YEAR = lazy(
    r"(?<!\bsince )(?<!\bafter )(?<!\bbefore )(?<!\buntil )(?<!\bfrom )(?<!\bby )"
    r"(?<![\d-])(?:19|20)\d\d(?![\d]|s\b|-|–)"
)
# A year between a determiner and its noun ("its 2030 harbour report", "the 2019 audit") names
# which thing is meant, as an adjective does, not when the asked event happened: a cause of the
# event need not write it.
_NAMING_YEAR = lazy(
    r"\b(?:the|a|an|its|their|his|her|this|that|these|those|our|your)\s+(?:19|20)\d\d\s+"
    r"(?=[^\W\d_])"
    r"|['’]s\s+(?:19|20)\d\d\s+(?=[^\W\d_])",
    re.I,
)
# A month a question ties the event to ("dated it to October", "raised in March"): a time as a
# year is, which a cause of another event does not state.
_MONTH = lazy(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
# A name the question quotes ("renamed 'industrial cooperation'"); an apostrophe inside a word
# ("the agency's") opens no quotation.
_QUOTED = lazy(r"(?<![\w'’])['‘\"“](?P<quoted>[^'‘’\"“”]{3,60}?)['’\"”](?![\w'’])")

# Which way a level went: up, or down. English's closed class of words for a rise or a high level,
# and for a fall or a low one.
_UP = lazy(
    r"\b(?:high|higher|highest|rise|rises|rising|rose|risen|increas\w*|grow|grows|growing|grew|"
    r"grown|growth|surg\w*|jump\w*|boom\w*|peak\w*|climb\w*|soar\w*|record)\b",
    re.I,
)
_DOWN = lazy(
    r"\b(?:low|lower|lowest|declin\w*|fall|falls|falling|fell|fallen|drop\w*|collaps\w*|"
    r"nosediv\w*|plung\w*|plummet\w*|shrink\w*|shrank|shrunk|slump\w*|decreas\w*|dwindl\w*|"
    r"slid|slide|sliding|tumbl\w*|sank|sink\w*)\b",
    re.I,
)
# What a cause sentence explains ends where its causal words begin: "the fall stems from …",
# "reasons for this decline include …".
_EXPLAINED = lazy(
    r"\b(?:reasons?|factors?)\s+(?:for|behind)\s+(?P<what>.+?)\s+(?:include|includes|are|is|was|"
    r"were|lie|lies|range)\b"
    r"|^(?P<before>.+?)\s+(?:stems?\s+from|(?:is|was|are|were)\s+(?:due|owing)\s+to|because|"
    r"(?:is|was|are|were)\s+(?:driven|caused)\s+by|(?:is|was|are|were)\s+(?:explained\s+by|"
    r"(?:largely\s+|mainly\s+|partly\s+)?the\s+result\s+of)|results?\s+from|resulted\s+from)\b",
    re.I,
)
# Words that point back to what the sentence before said: "this decline", "such a drop".
_POINTS_BACK = lazy(r"\b(?:this|that|these|those|such|it|its)\b", re.I)


@dataclass(frozen=True)
class AskedEvent:
    """The event a question asks the cause of: its words, the years and quoted names that tie
    it down, and the way it went (``up``, ``down`` or "")."""

    words: str
    years: frozenset[str]
    quoted: tuple[str, ...]
    direction: str
    months: frozenset[str] = frozenset()


# The words that ask: which of them a question uses says what each of its parts asks for.
_ASKING = lazy(r"\b(?:why|what|which|who|whom|whose|when|where|how)\b", re.I)


def only_why(question: str) -> bool:
    """Whether "why" is the only asking word of ``question``: every part of it asks a cause."""
    asking = {m.group().lower() for m in _ASKING.finditer(question)}
    return asking == {"why"}


def direction(text: str) -> str:
    """``up`` when ``text`` tells only of a rise or a high level, ``down`` only of a fall or a
    low one, else ""."""
    up, down = bool(_UP.search(text)), bool(_DOWN.search(text))
    return "up" if up and not down else "down" if down and not up else ""


def asked_event(question: str) -> AskedEvent | None:
    """The event ``question`` asks the cause of, if it asks one."""
    found = _WHY.search(question) or _REASONS_FOR.search(question)
    if found is None:
        return None
    event = next(v for v in found.groupdict().values() if v)
    return AskedEvent(
        event,
        frozenset(event_years(event)),
        tuple(m["quoted"].strip().lower() for m in _QUOTED.finditer(event)),
        direction(event),
        frozenset(m.lower() for m in _MONTH.findall(event)),
    )


def event_years(event: str) -> list[str]:
    """The years that tie ``event`` down in time: not the bound of a span (``_YEAR``), nor a year
    that names which thing is meant (``_NAMING_YEAR``: "why did they put it in the 2030 report")."""
    naming = [m.end() for m in _NAMING_YEAR.finditer(event)]
    return [
        m.group()
        for m in _YEAR.finditer(event)
        if not any(m.start() < end <= m.end() + 1 for end in naming)
    ]


def explained(piece: str, before: str) -> tuple[str, str]:
    """What ``piece``, a sentence giving a cause, explains, as words of its own and the sentence
    before it when it points back to that one ("reasons for this decline …") or carries on from
    it; the whole sentence when it does not say where the explained thing ends."""
    found = _EXPLAINED.search(piece)
    what = (found["what"] or found["before"]) if found is not None else piece
    leans = carries_on(piece) or (found is not None and bool(_POINTS_BACK.search(what)))
    return what, before if leans else ""


def explains_event(event: AskedEvent, piece: str, before: str) -> bool:
    """Whether ``piece``, a sentence giving a cause, gives it for ``event``: the years, months
    and quoted names of the event stand in it (or in the sentence before, which it points back
    to), and what it explains went the event's way, or neither way."""
    what, leaned = explained(piece, before)
    told = f"{piece} {leaned}".lower()
    if any(year not in told for year in event.years):
        return False
    if any(not re.search(rf"\b{month}\b", told) for month in event.months):
        return False
    if any(name not in told for name in event.quoted):
        return False
    if event.direction:
        went = direction(what) or (direction(leaned) if not direction(what) else "")
        if went and went != event.direction:
            return False
    return True
