"""A question about what a named source itself is, answered by the source's word on itself.

"The Lisbon institute's brief began life as a lecture; in which year was that talk held?"
asks about the document, not about its topic. A report says what it is once, in a sentence whose
subject is the report ("This report is a revised summary of the address the author gave at …"),
often in a footnote; that sentence shares few words with a question worded otherwise ("lecture"
for "address", "reworked" for "revised") and ranks below sentences on the topic. When the question
makes the document it names its subject ("the brief is", "the paper began"), that sentence of the
named source answers first; the usual checks still judge whether it says what is asked."""

from __future__ import annotations

import re

from assistant.regex import lazy

_DOCUMENT = r"(?:paper|report|brief|article|study)"
# The document as the subject of a sentence of the question about what it is or where it comes
# from: "the paper is a version of", "the brief began life as", "the report grew out of".
_OF_ITSELF = lazy(
    rf"\b{_DOCUMENT}\s+(?:itself\s+)?(?:is|was|began|grew|started|came|originated)\b", re.I
)
# A sentence whose subject is the document it stands in ("This report is …"), after a footnote's
# number if any.
_ON_ITSELF = lazy(rf"^\W*(?:\d+\)\s*)?(?:this|the\s+present)\s+{_DOCUMENT}\s+(?:is|was)\b", re.I)


def asks_of_itself(question: str) -> bool:
    """Whether ``question`` makes a document its subject, asking what the document is."""
    return bool(_OF_ITSELF.search(question))


def describes_itself(sentence: str) -> bool:
    """Whether ``sentence`` is its document's word on what it itself is."""
    return bool(_ON_ITSELF.search(sentence))
