"""A share asked of a whole: the rule's share, or a statistic's.

An offset rule sets a share of one contract's value ("what part of one deal's value
must be offset under the 1990s rules?"). A share of a total, of all imports or of many contracts ("what fraction of a
nation's weapons purchases did offsets cover in 2012?", "how much of all sales abroad came with
offsets that year?") is a statistic of that whole, which the rule in force that year does not
give: it is the sources' to state, for that year, or no one's.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# The whole a share is asked of, up to the verb or the time that ends it: "share of the
# value of the country's imports did", "percentage of a contract in 1990".
_SHARE_OF = lazy(
    r"\b(?:share|percent(?:age)?|proportion|fraction|portion)\s+of\s+(?P<whole>[^?,;]{1,80}?)"
    r"(?=\s+(?:did|does|do|was|were|is|are|has|have|had|must|should|went|came|made|"
    r"in|during|for|by|as\s+of|under)\b|[?,;]|$)",
    re.I,
)
# One contract's value, as a rule's share is written of: "a contract", "the contract value",
# "each deal's price", "the purchase".
_ONE_CONTRACT = lazy(
    r"\b(?:a|an|the|each|every|one|its|any)\s+(?:single\s+|given\s+|foreign\s+)?"
    r"(?:contract|deal|purchase|sale|order)(?:['’]s)?(?!s)\b|\bcontract\s+(?:value|price)\b",
    re.I,
)

# Words that make the whole many contracts, whatever else it writes: "all export contract
# value", "the total contract value", "the country's imports".
_MANY = lazy(
    r"\b(?:all|total|overall|aggregate|combined|entire|imports|exports|contracts|deals|"
    r"purchases|buys|sales|spending)\b",
    re.I,
)


def share_of_a_whole(question: str) -> bool:
    """Whether ``question`` asks a share of some whole other than one contract's value."""
    found = _SHARE_OF.search(question)
    if found is None:
        return False
    whole = found["whole"]
    return _MANY.search(whole) is not None or _ONE_CONTRACT.search(whole) is None
