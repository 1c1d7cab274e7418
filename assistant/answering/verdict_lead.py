"""A verdict on a claim leads with the statement that decides it.

"Yes, the sources say so:" must be followed by a sentence that carries the claimed figure (an
amount, a share, a date, a count), and "Not as stated" by one that carries the sources' own
figure of that kind: a reader checks the verdict against the first quote. The other statements
the answer cites stay, after it, in the order they had.
"""

from __future__ import annotations

import re
from functools import partial

from assistant.answering.claims import CLAIM, claim_statement, stated_figures
from assistant.answering.figures import without_markers
from assistant.answers import Answer
from assistant.regex import lazy
from assistant.wording import say

# Where one cited statement ends: after its markers ("… [2]." or "… [2]").
_STATEMENT_END = lazy(r"(?<=\]\.)\s+|(?<=\])\s+(?=\S)")
_MARKER = lazy(r"\[(\d+)\]")


def _statements(paragraph: str) -> list[str]:
    return [s.strip() for s in _STATEMENT_END.split(paragraph) if s.strip()]


def weight(question: str, statement: str, confirms: bool) -> int:
    """How many of the claim's figures ``statement`` bears on: states the same value of the
    same kind (``confirms``), or, for a claim contradicted, states its kind at all (the same
    value, or the sources' other one). Years count only beside nothing else: "in 2022" names
    when, the figure is what the claim is about."""
    asked = stated_figures(CLAIM.sub(" ", claim_statement(question)), words=True)
    if any(a.kind != "year" for a in asked):
        asked = [a for a in asked if a.kind != "year"]
    told = stated_figures(without_markers(statement), words=True)
    if confirms:
        return sum(any(f.same_kind(a) and f.value == a.value for f in told) for a in asked)
    return sum(any(f.same_kind(a) for f in told) for a in asked)


def led_by_deciding(question: str, answer: Answer) -> Answer:
    """``answer`` (a verdict on the claim ``question``) with the cited statement that bears on
    most of the claim's figures moved first, from whichever paragraph holds it, and the markers
    numbered again in the order they are read. Unchanged when the first statement already bears
    on as many, when none does, or when the answer gives no verdict."""
    leads = {say("verdict_yes"): True, say("verdict_no"): False}
    lead = next((lead for lead in leads if answer.answer.startswith(lead)), None)
    if lead is None:
        return answer
    confirms = leads[lead]
    paragraphs = [_statements(p) for p in answer.answer[len(lead) :].strip().split("\n\n")]
    if not paragraphs or not paragraphs[0]:
        return answer
    # Only statements that cite: a note ("The sources disagree on …") stays where it is.
    cited = [
        (weight(question, s, confirms), i, j)
        for i, statements in enumerate(paragraphs)
        for j, s in enumerate(statements)
        if _MARKER.search(s) and not _is_note(s)
    ]
    best = max((w for w, _, _ in cited), default=0)
    first = weight(question, paragraphs[0][0], confirms)
    if best == 0 or first >= best:
        return answer
    _, i, j = next(c for c in cited if c[0] == best)
    moved = paragraphs[i].pop(j)
    paragraphs[0].insert(0, moved)
    body = "\n\n".join(" ".join(p) for p in paragraphs if p)
    return _numbered_in_order(answer, f"{lead} {body}")


def _is_note(statement: str) -> bool:
    return statement.startswith(say("disagree_note", measure="", anchor="", sides="")[:20])


def _numbered_in_order(answer: Answer, text: str) -> Answer:
    order: dict[int, int] = {}
    for m in _MARKER.finditer(text):
        order.setdefault(int(m.group(1)), len(order) + 1)
    for c in answer.citations:
        order.setdefault(c.marker, len(order) + 1)
    renumbered = _MARKER.sub(partial(_renumbered, order), text)
    citations = sorted(
        (c.model_copy(update={"marker": order[c.marker]}) for c in answer.citations),
        key=lambda c: c.marker,
    )
    return answer.model_copy(update={"answer": renumbered, "citations": citations})


def _renumbered(order: dict[int, int], marker: re.Match[str]) -> str:
    return f"[{order.get(int(marker.group(1)), int(marker.group(1)))}]"
