"""Every figure an answer states must stand in a quote it cites, in a calculator call it records,
or in the question itself. Figures are compared by value: "USD 10,000,000" is traced by a quote
that says "$10 million", "50%" by "50 percent".

Names that hold digits ("F-35A", "KC-X", "T-50", "A330"), numbered references ("Table 2",
"Figure 5", "phase 1") and citation markers ("[2]") are not figures; "31st" is the figure 31. A
date the answer names as taken from a source's metadata is not a figure of the sources. Korean
figures are read at their value: "1,000만 달러" is USD 10 million, "1982년" is 1982.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cache, lru_cache

from assistant.answers import Answer
from assistant.knowledge.domain import domain
from assistant.korean_numbers import read_numbers
from assistant.quantities import LETTER_SCALES, lex
from assistant.regex import lazy
from assistant.wording import say

_MARKER = lazy(r"\[\d+\]")
_HANGUL = lazy(r"[\uac00-\ud7a3]")
# What stands right before a number that is part of a name or reference, not a figure: "F-35",
# "1/2", "Table 2", "Phase 1".
_NOT_AFTER = lazy(r"(?:[\w.\-/]|(?:Table|Phase|Chart|Figure|Fig\.|Article) )$", re.IGNORECASE)


@cache
def _metadata() -> re.Pattern[str]:
    """A date the answer names as metadata ("(date from the article's dateline: 2025-04-02)",
    ``metadata_date`` of prompts/statements.yaml)."""
    return re.compile(r"\(" + re.escape(say("metadata_date")) + r"[^)]*\)")


def is_reference(text: str, start: int) -> bool:
    """Whether the number at ``text[start:]`` is part of a name or a numbered reference."""
    return bool(_NOT_AFTER.search(text, max(0, start - 8), start))


def without_markers(text: str) -> str:
    """``text`` without its citation markers ("[2]") and the dates it names as taken from a
    source's metadata: neither is a figure the text states."""
    return _metadata().sub(" ", _MARKER.sub(" ", text))


def figures(text: str) -> list[tuple[str, Decimal]]:
    """(as written, value) of each figure in ``text``, leaving out dates named as metadata."""
    text = without_markers(text)
    found = []
    if _HANGUL.search(text):
        # Korean figures ("1,000만 달러", "13조 6천억 원", "1982년") are read at their value.
        text = read_numbers(text)
    for token in lex(text):
        if token.glued or is_reference(text, token.num_start):
            continue
        # One letter after a number ("5 m") is not read as a scale here: "5 m" is 5.
        spelled = token.scale is not None and token.scale not in LETTER_SCALES
        end = token.scale_end if spelled else token.num_end
        found.append((text[token.num_start : end], token.scaled(letters=False).normalize()))
    return found


def _values(text: str) -> set[Decimal]:
    values = set()
    for _, value in figures(text):
        values.add(value)
    return values


@lru_cache(maxsize=4096)
def _traced_in(text: str) -> frozenset[Decimal]:
    """The values ``text`` gives a figure of: its figures, and every number as written (tool
    outputs hold exact decimals, "12000000.00", and rates, "1470": read plainly). Read once per
    text: every answer checks its figures against the quotes it cites, the same few thousand."""
    plain = {Decimal(n).normalize() for n in re.findall(r"(?<![\w.])\d+(?:\.\d+)?", text)}
    return frozenset(_values(text) | plain)


def untraced(answer: Answer, said: Sequence[str] = ()) -> list[str]:
    """The figures of ``answer`` that no cited quote, recorded tool call or the question states
    (a year the question names from the present, "last year's audit", is one it states).
    ``said`` holds what the user said before in the conversation: a figure given there is one
    the user gave, as a refused follow-up may restate ("nothing on this for 2022")."""
    pool = [answer.question, *said, *(c.quote for c in answer.citations)]
    pool += [
        json.dumps(call.model_dump(mode="json"), ensure_ascii=False) for call in answer.tool_calls
    ]
    # Imported here: the frame reads claims, which read figures.
    from assistant.answering.frame import relative_years

    present = domain().present_year
    known = {
        Decimal(year) for text in (answer.question, *said) for year in relative_years(text, present)
    }
    for text in pool:
        known |= _traced_in(text)
    return [written for written, value in figures(answer.answer) if value not in known]


# A claim ends at its citation markers: "… USD 800 million [2]." or at a line break.
_CLAIM_END = lazy(r"(?<=\]\.)\s+|(?<=\])\s+|\n+")


def without_untraced(answer: Answer) -> Answer:
    """``answer`` without the claims that state a figure nothing traces; an abstention when no
    claim is left. Citations no remaining claim uses are dropped."""
    missing = untraced(answer)
    if not missing:
        return answer
    if answer.abstained:
        # A refusal keeps its reason; a figure in it that nothing traces is left out of it.
        text = answer.answer
        for written in missing:
            # A figure alone in brackets, a caption's year ("Table 4 … (2021)"), goes with its
            # brackets: the mark in their place would read as a garbled figure.
            text = re.sub(rf"\s*\(\s*{re.escape(written)}\s*\)", "", text)
            text = text.replace(written, say("untraced_figure_mark"))
        return answer.model_copy(update={"answer": text})
    claims = [c for c in _CLAIM_END.split(answer.answer) if c.strip()]
    kept = []
    for claim in claims:
        probe = answer.model_copy(update={"answer": claim})
        if not untraced(probe):
            kept.append(claim.strip())
    if not kept:
        # The refusal does not name the figures: nothing traces them, so naming them would
        # state them.
        return Answer(question=answer.question, answer=say("untraced_figures"), abstained=True)
    # A list stays a list, one line a claim, when a line of it goes.
    listed = all(claim.startswith("- ") for claim in kept)
    text = ("\n" if listed else " ").join(kept)
    used = {int(m) for m in re.findall(r"\[(\d+)\]", text)}
    trimmed = answer.model_copy(
        update={
            "answer": text,
            "citations": [c for c in answer.citations if c.marker in used],
            # A dropped claim may have been the one that said the sources disagree.
            "disputed": answer.disputed and "disagree" in text,
        }
    )
    # A kept claim's figure may have been traced by the quote of a dropped claim, which its
    # citation went with: read the trimmed answer again until what it states stands alone.
    return without_untraced(trimmed)
