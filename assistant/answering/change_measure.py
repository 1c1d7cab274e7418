"""A change between two amounts asked by "how much" with no measure named for it.

"The mill's output went from one span of years to the next: by how much?" asks the size of a
move, and names neither a percentage nor a multiple: the answer's type is then the type of what
moved, an amount, not a percent (a percent is not an amount). Yet "by how much" is also read as a
relative change by many readers, so both are worked out: the amount first, then the percent
change. A question that names a percentage, share, ratio or multiple anywhere, or asks the move
in a currency ("in dollars"), has named its measure and is read as it names it elsewhere.
"""

from __future__ import annotations

import re

from assistant.answering.multiples_asked import MULTIPLE_WORDS
from assistant.regex import lazy

# The size of a move asked by an amount question word: "how much did it shrink", "by how much
# did it fall". "How much of" asks a part, not a move; "how far did it fall" asks how deep the
# fall went, a percent change as before.
_SIZE_ASKED = lazy(r"\b(?:by\s+)?how\s+much\b(?!\s+of\b)", re.I)
# A move: a verb or noun of rising or falling.
_MOVED = lazy(
    r"\b(?:r[oi]se|risen|rising|increas\w*|drop\w*|f[ae]ll\w*|declin\w*|decreas\w*|gr[oe]w\w*|"
    r"shr[iau]nk\w*|slump\w*|plung\w*|plummet\w*|climb\w*|jump\w*|slid\w*|tumbl\w*|"
    r"(?:go|goes|went|gone)\s+(?:up|down))\b",
    re.I,
)
# A measure named for the result: a percentage, a share, a ratio or a multiple.
_MEASURE_NAMED = lazy(
    rf"percent|per\s?cent|%|\bshare\b|\bproportion\b|\bfraction\b|\bratio\b|\btimes\b|{MULTIPLE_WORDS}",
    re.I,
)


def measure_unnamed(question: str) -> bool:
    """Whether ``question`` asks the size of a move ("by how much did X fall") without naming
    the measure of the answer: no percentage, share, ratio or multiple anywhere in it."""
    if _MEASURE_NAMED.search(question):
        return False
    size = _SIZE_ASKED.search(question)
    return size is not None and _MOVED.search(question, size.end()) is not None
