"""How a sentence leans on the one before it: a pronoun or a connective at its start ("This
accounts for …", "Moreover, …"), or the rest of a quotation whose speaker was named before.

Composing uses it to show an argument's next sentences with it; answerability, to let a figure
with no time of its own take the time of the statement it carries on from.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# A sentence that carries on from the one before it: it opens on a pronoun or a connective, or
# it is the rest of a quotation ("…,” he said.). News stories put each sentence in a paragraph
# of its own, so this crosses paragraph breaks.
_CARRIES_ON = lazy(
    r"^[“\"‘']?(?:this|these|that|those|it|its|he|she|they|their|his|her|such|moreover|also|"
    r"in addition|additionally|furthermore|finally|however|but|second(?:ly)?|third(?:ly)?|"
    r"the (?:first|second|third|main|other|latter|former))\b"
    r"|[”\"’],?\s+(?:he|she|they) (?:said|added|noted|stressed|explained)\b"
    # A quotation on its own: the speaker of the sentence before goes on.
    r"|^[“\"][^“”\"]+[”\"]$",
    re.IGNORECASE,
)


# A speaker named by surname alone ("Kim said …", "Lee added …"): a story gives a person's full
# name and title once, and the surname after, so the person was introduced in what came before.
# A plural ("Analysts said") is a new group of speakers, not one named before.
_SURNAME_SAYS = lazy(r"^[A-Z][a-z]*[a-rt-z] (?:said|says|added|noted|stressed|explained|told)\b")


# A conclusion drawn from what came before, wherever it stands in the sentence: "It is hard to
# single the port out in this regard."
_CONCLUDES = lazy(
    r"\b(?:in (?:this|that) (?:regard|respect|sense|context|light)|for (?:this|that|these) "
    r"reasons?|as a result|therefore|thus|hence|consequently)\b",
    re.IGNORECASE,
)


def carries_on(text: str) -> bool:
    """Whether ``text`` carries on from the sentence before it."""
    text = text.strip().lstrip(".;:, ")
    return bool(_CARRIES_ON.search(text) or _CONCLUDES.search(text) or _SURNAME_SAYS.search(text))
