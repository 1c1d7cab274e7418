"""A time that opens a sentence dates its clause: "From 2011 to 2014, the fund paid out USD 3
million, a 2019 audit found" gives the 3 million for 2011–2014, however many words stand
between the figure and its time, and nothing for 2019.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# A sentence's opening phrase of time, up to its comma: "In 2019,", "From 2016 to 2020,",
# "Over the five years from 2016 to 2020,", "Between 2011 and 2015,".
_OPENING = lazy(
    r"^\W*(?:(?:in|from|during|over|between|for|through|throughout|as\s+of)\s+"
    r"(?:[\w-]+\s+){0,4}?)?"
    r"(?P<first>(?:19|20)\d\d)(?:\s*(?:[-–—~]|to|through|until|and)\s*(?P<last>(?:19|20)\d\d))?"
    r"\s*(?:\([^)]*\)\s*)?,",
    re.I,
)


def opening_time(sentence: str) -> tuple[int, int] | None:
    """The years (first, last) of the phrase of time ``sentence`` opens with, if it opens with
    one and a comma ends it; a single year is its own first and last."""
    found = _OPENING.match(sentence)
    if found is None:
        return None
    first = int(found["first"])
    return first, int(found["last"] or first)
