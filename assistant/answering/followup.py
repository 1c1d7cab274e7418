"""Resolve follow-up questions ("those tankers", "what about the SME exports?") from the conversation."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answering.frame import ANY_KIND, answer_type, contract_kinds
from assistant.answering.patterns import words
from assistant.answers import Turn
from assistant.quantities import QuantityToken, lex
from assistant.wording import say

# The first name of a kind ("person", "organisation", "country", "agent") a text names, if any.
NameFinder = Callable[[str, str], str | None]
# The kinds of answer whose name a later "it", "he" or "that company" stands for.
_NAMING = frozenset({"person", "organisation", "company", "country", "agent"})
# A reference to what an earlier answer named: "that company", "the firm", "its", "he".
_ENTITY_REFERENCE = re.compile(
    r"\b(?:that|this|the same|the said)\s+(?:company|firm|contractor|manufacturer|supplier|"
    r"maker|agency|ministry|office|organi[sz]ation|official|person|lawmaker|legislator|"
    r"spokes(?:man|woman|person))\b|\b(?:it|its|he|him|his|she|her|they|them|their)\b",
    re.IGNORECASE,
)
_POSSESSIVE = frozenset({"its", "his", "their"})

_ANAPHORA = words(
    r"those|these|that one|that part|that program|that deal|that report|that figure|that rate|"
    r"(?:that|this) (?:phase|stage|package|pledge|commitment|purchase|contract|order|amount|"
    r"sum|total|threshold|offset|obligation|result|period)|"
    r"it|its|they|them|their|(?:the )?same|this program|this deal|this report|he|she|his|her|"
    r"the program|the project|the deal|the report|the company|the contract|the agreement"
)
# "that" or "this" standing alone for the earlier answer: "what share of that", "more than this?"
_BARE_DEMONSTRATIVE = re.compile(
    r"\b(?:of|from|in|on|for|about|with|than|to) (?:that|this)(?=\s*(?:[?.,!;]|$|\s+(?:by|in|on|"
    r"at|for|from|to|as|was|is|were|are|had|has|have|did|does|do|will|would|could|can|went|"
    r"goes|go|came|comes|got|gets|alone|already|actually|really|so|now|then)\b))",
    re.IGNORECASE,
)
# "that" or "this" standing alone for what was said before, not a determiner ("that meeting")
# nor a conjunction: the subject of a verb of amounting ("does that imply", "what does this come
# to"), the end of the question ("how much is that?"), or what is put in other terms ("what is
# that in won?").
_DEMONSTRATIVE = re.compile(
    r"\b(?:that|this)(?=\s*[?.!]|\s+(?:imply|implies|mean|means|come|comes|amount|amounts|work|"
    r"works|represent\w*|equal\w*|translate\w*|correspond\w*)\b)"
    r"|\b(?:is|was)\s+(?:that|this)\s+(?:in|into|at|per|as)\b",
    re.IGNORECASE,
)
_OPENING = re.compile(
    r"^\s*(what about|how about|and|what of|same for|also|then|now(?! that))\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The present, asked of instead of a year: "and today?", "what about now?".
_NOW = words(r"today|now|nowadays|these days|currently|at present|presently")
# What makes an amount of won a rate: "1,200 won per dollar", "1,350 to the dollar".
_PER_DOLLAR = re.compile(
    r"\s*(?:won|KRW)?\s*(?:per|/|to the|to a|to one|a|for (?:one|each|a))\s*(?:US\s?)?"
    r"(?:dollars?|USD|\$)",
    re.IGNORECASE,
)
# "Is it true that ..." and "What is it" openers where "it" is empty, not a reference.
_DUMMY_IT = words(r"is it true|is it the case|is it correct")


@dataclass(frozen=True)
class ResolvedQuestion:
    """The question as asked, plus the earlier words it leans on (empty when it stands alone)."""

    question: str
    context: str = ""

    @property
    def query(self) -> str:
        return f"{self.question} {self.context}".strip()


def asks_as_before(question: str) -> bool:
    """Whether a follow-up opens on the earlier question's asking ("what about …", "and …"), so
    that it asks for the same kind of thing of something else."""
    return bool(_OPENING.search(question))


def is_follow_up(question: str, focus_terms: int) -> bool:
    if _OPENING.search(question):
        return True
    text = _DUMMY_IT.sub(" ", question)
    return (
        bool(
            _ANAPHORA.search(text)
            or _ENTITY_REFERENCE.search(text)
            or _BARE_DEMONSTRATIVE.search(text)
            or _DEMONSTRATIVE.search(text)
        )
        or focus_terms <= 1
    )


def resolve(
    question: str, history: list[Turn], focus_terms: int, named: NameFinder | None = None
) -> ResolvedQuestion:
    """Attach the last user questions the new one refers to; a stand-alone question is unchanged.

    After a question that asked for someone ("Who built the tankers?"), "that company", "it" or
    "he" stands for whom the answer named: the question is asked of that name."""
    if not history or not is_follow_up(question, focus_terms):
        return ResolvedQuestion(question)
    earlier = [t.content for t in history if t.role == "user"]
    if not earlier:
        return ResolvedQuestion(question)
    referent = _referent(history, named) if named is not None else None
    if referent is not None:
        question = _refer(question, referent)
    context = [earlier[-1]]
    # A chain of follow-ups leans on the question that started it.
    if len(earlier) > 1 and is_follow_up(earlier[-1], 99):
        context.insert(0, earlier[-2])
    joined = " ".join(context)
    if _YEAR.search(question) or _NOW.search(question):
        # "And in 1986?" asks the earlier question of another year: the new year replaces the old;
        # "and today?" asks it of the present, which no year names.
        joined = " ".join(_YEAR.sub(" ", joined).split())
    kind, _ = contract_kinds(question)
    if kind is not None:
        # A follow-up naming another contract type ("and under open tender?") replaces the old type.
        joined = " ".join(ANY_KIND.sub(" ", joined).split())
    new_amount = _amount(question)
    if new_amount is not None:
        # "What about 8 million?" asks the earlier question of another amount: it replaces the old
        # one and, written without a currency, takes the earlier amount's currency.
        old_amount = _amount(joined, with_currency=True)
        if old_amount is not None:
            if not new_amount.currency:
                currency = old_amount.pre or old_amount.post or ""
                written = new_amount.text
                if not old_amount.pre:
                    spelled = f"{written} {currency}"
                elif currency.isalpha():
                    spelled = f"{currency} {written}"
                else:
                    spelled = f"{currency}{written}"
                question = question.replace(written, spelled, 1)
            joined = " ".join(joined.replace(old_amount.text, " ").split())
    return ResolvedQuestion(question, joined)


def _referent(history: list[Turn], named: NameFinder) -> str | None:
    """The name the last answer gave, when the question before it asked for one."""
    if len(history) < 2 or history[-1].role != "assistant" or history[-2].role != "user":
        return None
    kind = answer_type(history[-2].content)
    answer = history[-1].content
    if kind not in _NAMING or answer.startswith(say("cannot_answer")):
        return None
    return named(kind, answer)


def _refer(question: str, name: str) -> str:
    """``question`` with its first reference to someone replaced by ``name`` ("its" by "name's");
    the empty "it" of "is it true that" is no reference."""
    empty = [m.span() for m in _DUMMY_IT.finditer(question)]
    for reference in _ENTITY_REFERENCE.finditer(question):
        if any(a <= reference.start() < b for a, b in empty):
            continue
        said = reference.group().lower()
        return (
            question[: reference.start()]
            + (f"{name}'s" if said in _POSSESSIVE else name)
            + question[reference.end() :]
        )
    return question


def changes_an_input(question: str) -> bool:
    """Whether a follow-up gives a new input for the earlier question's calculation: a figure
    (a year, an amount, a rate), a contract type, or the present ("and today?")."""
    return bool(
        re.search(r"\d", question)
        or lex(question)
        or contract_kinds(question)[0] is not None
        or _NOW.search(question)
    )


def _amount(text: str, with_currency: bool = False) -> QuantityToken | None:
    """The first amount in ``text`` that is money or scaled ("8 million"), not a year, a count or
    an exchange rate ("at 1,200 won per dollar")."""
    for token in lex(text):
        if token.exponent or token.percent or _PER_DOLLAR.match(text, token.end):
            continue
        if token.currency or (not with_currency and token.scale):
            return token
    return None
