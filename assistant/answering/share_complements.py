"""The share NOT done: 100% less the share done, when the sources state the share done.

"What part of the ferry levy had the port still not collected by 2031?" asks a percentage whose
predicate is negated. The sources state the positive share ("the port had collected 64% of the
levy by 2031"), never its complement: the complement is a derived figure, 100% − 64% = 36%, and
the calculator works it out with the stated share cited.

The rule is grammatical, not a list of verbs: the question opens by asking a share ("what share
of", "what percentage", "which proportion") and its main predicate is negated ("did … not
account for", "had … never delivered", "had … left unpaid", "was unspent"). The negation of a
relative clause inside the noun phrase ("what share of the cranes that are not electric …")
names a subset, not the complement, and is left alone. The question with its negation taken away
is answered as any other; when that answer states exactly one percentage, not over 100%, that is
the share done, and the answer is its complement with the positive answer's citations. Anything
else (no answer, several percentages, a calculation already made) leaves the question as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from assistant.answers import Answer, ToolCall
from assistant.calculator.operations import CalculatorInput, calculate
from assistant.errors import CalculationError
from assistant.knowledge.rows import OffsetData
from assistant.quantities import lex
from assistant.regex import lazy
from assistant.search.english import common_words
from assistant.wording import say

# A question that opens by asking a share: "what share of", "which percentage", "what percent".
_SHARE_ASKED = lazy(
    r"^\s*(?:\w+\s*,\s*)?(?:what|which)\s+(?:\w+\s+)?"
    r"(?:share|percentage|percent|proportion|fraction|portion)\b",
    re.I,
)
# An auxiliary that carries the predicate's tense ("did", "had", "was", "remained").
_AUXILIARY = r"(?:did|does|do|had|has|have|was|were|is|are|remained|remains|stayed|went)"
# The predicate negated by a word after its auxiliary: "did … not", "had … never", "hadn't". A
# "not" after a preposition negates a gerund inside the subject ("did the policy of not seeking
# offsets represent"), not the predicate.
_NEGATED = lazy(
    rf"\b{_AUXILIARY}(?:n['’]t\b|\b(?:\s+[\w'’-]+){{0,6}}?"
    r"(?<!\bof)(?<!\bfor)(?<!\bby)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bfrom)(?<!\bwith)"
    r"\s+(?P<neg>not|never)\b)",
    re.I,
)
# The predicate negated by its participle's prefix: "had … left undelivered", "went unpaid".
# The prefix is written in lower case ("United" is a name) and what follows it is a participle
# of a common English word of four letters or more ("unit" is no "un-it").
_UN_PARTICIPLE = lazy(
    rf"\b{_AUXILIARY}\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:(?P<left>left|gone)\s+)?"
    r"(?-i:un)(?P<participle>[a-z]{2,}(?:ed|en|id|ne|ld|nt|ght|wn))\b",
    re.I,
)
# A relative clause before the negation makes it the subset's, not the share's: "… that are not".
_RELATIVE = lazy(r"\b(?:that|which|who|whose|whom)\b", re.I)
# The adverbs a negation carries that the positive question does without.
_STILL = lazy(r"\b(?:still|yet)\s+", re.I)


def positive_question(question: str) -> str | None:
    """``question`` with its predicate's negation taken away, when it asks a share of which the
    predicate is negated ("What share had the port not collected?" → "What share had the port
    collected?"); None otherwise."""
    opening = _SHARE_ASKED.match(question)
    if opening is None:
        return None
    negations = [*_NEGATED.finditer(question, opening.end())]
    prefixed = [
        m
        for m in _UN_PARTICIPLE.finditer(question, opening.end())
        if m.group("participle").lower() in common_words()
    ]
    if len(negations) + len(prefixed) != 1:
        return None
    match = (negations or prefixed)[0]
    if _RELATIVE.search(question, opening.end(), match.start()):
        return None
    if prefixed:
        # "had … left undelivered" → "had … delivered": the participle without its prefix.
        start = match.start("left") if match.group("left") else match.start("participle") - 2
        positive = question[:start] + match.group("participle") + question[match.end() :]
    elif match.group("neg"):
        positive = question[: match.start("neg")].rstrip() + question[match.end("neg") :]
    else:
        positive = question[: match.end() - 3] + question[match.end() :]
    return re.sub(r"\s{2,}", " ", _STILL.sub("", positive)).strip()


def _one_percentage(answer: Answer) -> Decimal | None:
    """The one percentage ``answer`` states, if it states exactly one (at most 100)."""
    text = re.sub(r"\[\d+\]", " ", answer.answer)
    percents = {t.number for t in lex(text) if t.percent}
    if len(percents) != 1:
        return None
    (share,) = percents
    return share if 0 < share <= 100 else None


def with_share_complement(
    question: str, answer: Answer, data: OffsetData, ask: Callable[[str], Answer]
) -> Answer:
    """``answer`` replaced by the complement of the share the sources state, when ``question``
    asks the share not done (``positive_question``) and ``ask`` (the assistant answering a
    question of its own) answers the share done with one percentage; ``answer`` otherwise."""
    if answer.tool_calls:
        return answer
    positive = positive_question(question)
    if positive is None:
        return answer
    done = ask(positive)
    if done.abstained or done.tool_calls or not done.citations:
        return answer
    share = _one_percentage(done)
    if share is None:
        return answer
    stated = f"{share.normalize():f}%"
    request = CalculatorInput(operation="evaluate", expression=f"100% − {stated}")
    try:
        result = calculate(request, data)
    except CalculationError:
        return answer
    call = ToolCall(
        name="calculator",
        input=request.model_dump(exclude_none=True),
        output=result.model_dump(mode="json"),
    )
    markers = "".join(f"[{c.marker}]" for c in done.citations)
    lead = say("share_complement", stated=stated, summary=result.summary)
    working = "Working: " + "; ".join(result.working) + "."
    text = f"{lead} {markers}\n{working}\n\n{done.answer}"
    return done.model_copy(
        update={"question": answer.question, "answer": text, "tool_calls": [call]}
    )
