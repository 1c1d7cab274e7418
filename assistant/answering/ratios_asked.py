"""Questions that ask the ratio of one figure to another: the first named over the second.

"the ratio of P to Q", "P's ratio to Q", "the ratio between P and Q": unlike a multiple
("how many times larger"), which sets the larger figure over the smaller, a ratio keeps the order
the question names its figures in, so "the ratio of 35 to 50" is 0.7, not 1.43.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

RATIO_ASKED = lazy(r"\bratios?\b", re.I)


def asks_ratio(question: str) -> bool:
    """Whether ``question`` asks for the ratio of one figure to another ("the ratio of the
    grant to the loan", "express as a ratio A against B")."""
    return bool(RATIO_ASKED.search(question))
