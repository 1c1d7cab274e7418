"""A correction of a claim keeps only the statements that bear on the claim's figures.

"Not as stated" is checked by the reader against the statements after it: the one giving the
sources' own figure of the kind the claim got wrong. Statements that state no figure of the
kinds the claim states (a year beside a claimed amount, a rate beside a claimed count) correct
nothing and bury the one that does. They are dropped, and the citations only they used with
them. Notes without a citation (a disagreement between the sources, a part the sources do not
answer) stay as they are. An answer
none of whose statements bears on the claim's figures is left whole: what decides it is then
not a figure, and no statement can be told from another by one.
"""

from __future__ import annotations

import re

from assistant.answering.verdict_lead import is_note, numbered_in_order, statements, weight
from assistant.answers import Answer
from assistant.wording import say

_MARKER = re.compile(r"\[(\d+)\]")


def only_deciding(question: str, answer: Answer) -> Answer:
    """``answer`` (a correction of the claim ``question``) without its cited statements that
    bear on none of the claim's figures (``verdict_lead.weight``), and without the citations no
    kept statement uses. Unchanged when it corrects nothing, used the calculator, or when no
    statement bears on the claim's figures. A confirmation is left whole: what else it says is
    context of a claim found to hold, and a reader has nothing in it to correct."""
    lead = say("verdict_no")
    if not answer.answer.startswith(lead) or answer.tool_calls:
        return answer
    paragraphs = [statements(p) for p in answer.answer[len(lead) :].strip().split("\n\n")]
    kept: list[list[str]] = []
    dropped = 0
    bearing = 0
    for paragraph in paragraphs:
        here = []
        for statement in paragraph:
            if not _MARKER.search(statement) or is_note(statement):
                here.append(statement)
            elif weight(question, statement, confirms=False) > 0:
                bearing += 1
                here.append(statement)
            else:
                dropped += 1
        if here:
            kept.append(here)
    if not bearing or not dropped:
        return answer
    body = "\n\n".join(" ".join(p) for p in kept)
    used = {int(m) for m in _MARKER.findall(body)}
    trimmed = answer.model_copy(
        update={
            "answer": f"{lead} {body}",
            "citations": [c for c in answer.citations if c.marker in used],
        }
    )
    return numbered_in_order(trimmed, trimmed.answer)
