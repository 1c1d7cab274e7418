"""Draft evaluation cases from answers users disliked, for a person to review.

A draft carries what is known: the question (and the conversation before it), the sources the
answer cited, the figures it stated, and the user's comment in its note. It is marked
``status: draft``, which ``tradebrief eval`` skips until a reviewer has corrected the expected
figures (they are the disliked answer's own), added facts, and removed the status.
"""

from __future__ import annotations

from typing import Any

import yaml

from assistant.answering.figures import figures
from assistant.answers import Answer
from assistant.evaluation.cases import EvalCase, HistoryTurn
from assistant.evaluation.scoring import parse_value

CATEGORY = "feedback"


def draft_case(
    feedback_id: int, question: str, history: list[dict[str, str]], answer: Answer, comment: str
) -> EvalCase:
    """The draft case of one rated answer (``feedback-ID``)."""
    asked = {value for _, value in figures(question)}
    values = []
    for written, value in figures(answer.answer):
        if value in asked:
            continue  # the question's own years and amounts, not what the answer claimed
        try:
            parse_value(written)
        except ValueError:
            continue  # a figure the case format cannot compare ("2016–2020" as a period)
        if written not in values:
            values.append(written)
    cited = list(dict.fromkeys(c.source_id for c in answer.citations))
    note = f"from feedback #{feedback_id}: the answer was rated down"
    if comment:
        note += f"; the user said: {comment}"
    note += f". The answer was: {' '.join(answer.answer.split())}"
    if values:
        note += " Its figures are in values: correct them before removing status."
    return EvalCase(
        id=f"feedback-{feedback_id}",
        category=CATEGORY,
        question=question,
        history=tuple(HistoryTurn.model_validate(t) for t in history if t.get("content")),
        values=tuple(values),
        sources=tuple(cited),
        abstain=False,
        note=note,
        status="draft",
    )


def cases_yaml(cases: list[EvalCase]) -> str:
    """``cases`` in the format of ``evals/`` (fields left at their defaults are left out)."""
    rows: list[dict[str, Any]] = []
    for case in cases:
        row = case.model_dump(mode="json", exclude_defaults=True)
        row["status"] = case.status  # always written, so a reviewer sees it to remove
        rows.append(row)
    return yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=100)
