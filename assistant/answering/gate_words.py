"""The words of a question that ask how to present an answer, or whose account to give, rather
than what the answer is about.

The weak-match gate refuses a question when no sentence near the top of the ranking shares
enough of its weighted words. A request to lay an answer out ("line up", "lay out", "rank"), to
set sources side by side ("X versus Y"), to give a source's wording ("how does X frame it", "as
X tells it") or to take a period by a loose noun ("the 2011-15 window") adds words no answering
sentence writes, and so does the name of a source the question asks after: those words say how
the answer is to be given or from where, never what it is about. The gate judges the words that
remain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from assistant.answering.patterns import words
from assistant.answering.written_names import whole_name
from assistant.regex import lazy

# Phrasal verbs asking for the parts of an answer one after another: the particle travels with
# the verb ("line up the rates"), so the pair is matched as written.
_LAYOUT = words(r"line[sd]?\s+up|lining\s+up|lay(?:s|ing)?\s+out|laid\s+out|spell(?:s|ed)?\s+out")
# "Rank the three kinds", "and rank them": the verb asks for an order. The noun ("by rank",
# "officials of senior rank") is a topic and is kept.
_RANK_VERB = lazy(
    r"(?:^|[.;:?!]\s*|\band\s+|\bthen\s+)(rank)\s+(?=(?:the|them|these|those|each|its|their|all)\b)",
    re.I,
)
# Two sources or sides set against each other: the word sets them side by side.
_VERSUS = words(r"versus|vs\.?")
# "How does the paper frame/state/put the listing": the verb asks for the source's wording of
# what follows, which its sentence gives in its own verbs.
_WORDING_VERB = (
    r"state|frame|put|word|phrase|cast|portray|characteri[sz]e|present|describe|tell|report"
)
_HOW_WORDED = lazy(
    rf"\bhow\s+(?:does|do|did)\s+(?:[\w'’-]+\s+){{1,5}}?({_WORDING_VERB})s?\b",
    re.I,
)
# "As the wire tells it", "as the paper puts it": whose account, not what of.
_AS_TOLD = lazy(
    r"\bas\s+(?:[\w'’-]+\s+){1,5}?"
    r"(tells?|told|puts?|has|sees?|saw|reports?|reported|frames?|framed|describes?|described)\s+it\b",
    re.I,
)
# "The 2011-15 window", "the 2016–2020 stretch": a loose noun for the period its years give.
_PERIOD_NOUN = lazy(r"\b(?:19|20)\d\d\s*[-–—]\s*(?:19|20)?\d\d\s+(window|stretch|span)\b", re.I)


def presentation_words(question: str) -> list[str]:
    """The words of ``question`` that ask how its answer is laid out or worded, or that set
    sources side by side: none names what the answer is about."""
    found = [m.group(0) for m in _LAYOUT.finditer(question)]
    found += [m.group(0) for m in _VERSUS.finditer(question)]
    for pattern in (_RANK_VERB, _HOW_WORDED, _AS_TOLD, _PERIOD_NOUN):
        found += [m.group(1) for m in pattern.finditer(question)]
    return found


# What a question may call a source by instead of its name: the kind of writing it is ("the wire
# stories", "the piece", "the journal") or of body that wrote it ("the think tank", "the news
# agency", "the blogger"). Not as the end of a compound ("a sole-source deal").
_SOURCE_DESCRIPTION = lazy(
    r"(?<![\w-])(think[-\s]tanks?|research\s+institutes?|news\s+agenc(?:y|ies)|wire\s+services?|"
    r"wires?|stories|story|pieces?|journals?|articles?|newspapers?|outlets?|press|media|"
    r"coverage|write-?ups?|dispatch(?:es)?|bloggers?|columnists?|reporters?|journalists?)\b",
    re.I,
)


def source_descriptions(question: str) -> list[str]:
    """The words by which ``question`` describes a source rather than names it ("the think
    tank's figures", "do the wire stories agree"): like a source's name, they say whose account
    is asked, and the gate drops those the sources never write, which no sentence can share."""
    return [m.group(1) for m in _SOURCE_DESCRIPTION.finditer(question)]


def source_names_in(question: str, called: Mapping[str, Iterable[str]]) -> list[str]:
    """The names ``question`` calls a source by ("Yonhap", "the KIET paper"): it asks what that
    source says, and none of its sentences need write its name."""
    found = []
    for names in called.values():
        for name in names:
            if whole_name(name).search(question):
                found.append(name)
    return found
