"""A difference asked by the grammar of its measure, whatever verb compares the two figures.

"By how many berths did the north quay trail the south quay?", "By how much did the levy top the
toll?", "How far short of the dredging budget did the crane budget fall?": each asks the size of
a gap between two figures. The verb that compares them ("trail", "top", "outrun", "lag") is any
verb at all; what asks the difference is the measure phrase: "by how much" / "by how many" (the
degree by which one figure stands off the other) or "how far" with a word of position ("short
of", "below", "ahead of"), fronted as a question's wh-phrase is. A question asking a percentage difference ("by how much, in percent")
keeps its own reading wherever the caller looks for percent words beside this one.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# The measure phrase fronted, as a question's own wh-phrase is: at the start of the question or of
# a clause ("…, and by how much …"). Inside a clause it is an indirect question governed by a verb
# of its own ("rank the items by how much was delivered"), which asks no gap.
DIFFERENCE_WORDS = (
    r"(?:^|(?<=[.?!;:,])\s*|\band\s+|\bor\s+)(?:by\s+how\s+(?:much|many|far)\b"
    r"|how\s+far\s+(?:short|above|below|over|under|behind|ahead|beyond)\b)"
)
DIFFERENCE_ASKED = lazy(DIFFERENCE_WORDS, re.I)


def asks_difference(question: str) -> bool:
    """Whether ``question`` asks the size of a gap between two figures by its measure phrase."""
    return DIFFERENCE_ASKED.search(question) is not None
