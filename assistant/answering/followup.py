"""Resolve follow-up questions ("those tankers", "what about the SME exports?") from the conversation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answers import Turn

_ANAPHORA = re.compile(
    r"\b(those|these|that one|that part|that program|that deal|that report|that figure|that rate|"
    r"it|its|they|them|their|the same|this program|this deal|this report|he|she|his|her|"
    r"the program|the project|the deal|the report|the company|the contract|the agreement)\b",
    re.IGNORECASE,
)
_OPENING = re.compile(r"^\s*(what about|how about|and|what of|same for|also|then)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "Is it true that ..." and "What is it" openers where "it" is empty, not a reference.
_DUMMY_IT = re.compile(r"\b(is it true|is it the case|is it correct)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ResolvedQuestion:
    """The question as asked, plus the earlier words it leans on (empty when it stands alone)."""

    question: str
    context: str = ""

    @property
    def query(self) -> str:
        return f"{self.question} {self.context}".strip()


def is_follow_up(question: str, focus_terms: int) -> bool:
    if _OPENING.search(question):
        return True
    text = _DUMMY_IT.sub(" ", question)
    return bool(_ANAPHORA.search(text)) or focus_terms <= 1


def resolve(question: str, history: list[Turn], focus_terms: int) -> ResolvedQuestion:
    """Attach the last user questions the new one refers to; a stand-alone question is unchanged."""
    if not history or not is_follow_up(question, focus_terms):
        return ResolvedQuestion(question)
    earlier = [t.content for t in history if t.role == "user"]
    if not earlier:
        return ResolvedQuestion(question)
    context = [earlier[-1]]
    # A chain of follow-ups leans on the question that started it.
    if len(earlier) > 1 and is_follow_up(earlier[-1], 99):
        context.insert(0, earlier[-2])
    joined = " ".join(context)
    if _YEAR.search(question):
        # "And in 1986?" asks the earlier question of another year: the new year replaces the old.
        joined = " ".join(_YEAR.sub(" ", joined).split())
    return ResolvedQuestion(question, joined)
