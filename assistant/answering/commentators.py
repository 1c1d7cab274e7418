"""What onlookers make of an event: "why do watchers believe the port board did it" asks for the
reasons the people who watch the matter give, not for whatever cause the sources state.

A news story attributes such a reading to a group it does not name ("observers said", "some
experts said", "fuelling speculation that …") and gives the context that backs it in the
sentences around it ("It came as the administration is set to …"). The answer is that run of
the story: the attributed sentences and their neighbours, in the story's order.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# People known by watching or knowing a matter rather than by a name or an office.
_ONLOOKERS = (
    r"(?:observers?|experts?|analysts?|commentators?|pundits?|watchers?|insiders?|critics?|"
    r"specialists?|onlookers?)"
)
# Thinking or saying, as a question puts an onlooker's reading. Not arguing: "why do insiders
# argue that …" asks for a side's case, which the answers of positions give.
_READS = (
    r"(?:think|thinks|thought|believe[sd]?|say|says|said|reckon(?:s|ed)?|suspect(?:s|ed)?|"
    r"suggest(?:s|ed)?|feel|feels|felt|see|sees|saw|read|reads|interpret(?:s|ed)?|"
    r"speculate[sd]?|expect(?:s|ed)?)"
)
# "Why do observers think …", "why analysts reckon …": a why-question about onlookers' reading.
_ASKED = lazy(rf"\bwhy\b.{{0,40}}?\b{_ONLOOKERS}\s+(?:[\w'’-]+\s+)?{_READS}\b", re.I)
# A sentence giving onlookers' reading: "…, observers said", "Some experts said …", or the
# speculation an event fuelled.
_VOICED = lazy(
    rf"\b{_ONLOOKERS}\s+(?:[\w'’-]+\s+)?(?:said|say|says|believe|argue[sd]?|noted|suggest(?:ed)?|"
    r"warn(?:ed)?|expect(?:ed)?|speculated?|pointed out)\b|\bspeculation\b",
    re.I,
)


def asks_onlookers_reading(question: str) -> bool:
    """Whether ``question`` asks why onlookers read an event as they do."""
    return bool(_ASKED.search(question))


def voices_onlookers(text: str) -> bool:
    """Whether ``text`` gives onlookers' reading of an event."""
    return bool(_VOICED.search(text))
