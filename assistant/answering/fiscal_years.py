"""Years labelled as fiscal years: "FY2016-20", "FY 2021", "fiscal year 2019–20".

The sources date their figures by calendar years, and the home country's fiscal year is its
calendar year, so a question that labels its years as fiscal ones names the same years: the label
is read away and the years stay as written ("FY2016-20" is 2016-20, which the period readers take
as 2016 to 2020). Only a label standing right before a four-digit year is read; "FY" alone, or
before two digits ("FY20"), is left as it is.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# "FY2016", "FY 2016", "FY-2016", "fiscal year 2016", "fiscal years 2016-20".
_LABEL = lazy(r"\b(?:FY\s*-?\s*|fiscal\s+years?\s+)(?=(?:19|20)\d\d\b)", re.I)


def as_calendar_years(question: str) -> str:
    """``question`` with the fiscal-year labels before its years read away."""
    return _LABEL.sub("", question)
