"""How a sentence leans on the one before it: a pronoun or a connective at its start ("This
accounts for …", "Moreover, …"), or the rest of a quotation whose speaker was named before.

Composing uses it to show an argument's next sentences with it; answerability, to let a figure
with no time of its own take the time of the statement it carries on from.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.regex import lazy

# How many sentences each check below keeps its answer for: a question's candidates, and the
# next questions' (the checks read each sentence with several patterns).
SENTENCES_KEPT = 4096

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


# Evidence reported for a claim: "According to the survey, …", "For example, …". It backs the
# sentence before it in its paragraph, which states what it shows.
_BACKS_CLAIM = lazy(r"^[“\"‘']?(?:according to|for (?:example|instance)|to illustrate)\b", re.I)


def backs_claim(text: str) -> bool:
    """Whether ``text`` opens as evidence for the claim of the sentence before it."""
    return bool(_BACKS_CLAIM.search(text.strip()))


def concludes(text: str) -> bool:
    """Whether ``text`` draws a conclusion from what came before it ("It is hard to single the
    port out in this regard.", "… therefore …"): it says little without its premises."""
    return bool(_CONCLUDES.search(text))


@lru_cache(maxsize=SENTENCES_KEPT)
def carries_on(text: str) -> bool:
    """Whether ``text`` carries on from the sentence before it. A signpost ("This report
    surveys …") opens on a pointing word but turns from the argument to the document."""
    text = text.strip().lstrip(".;:, ")
    if signposts(text):
        return False
    return bool(_CARRIES_ON.search(text) or _CONCLUDES.search(text) or _SURNAME_SAYS.search(text))


# A sentence that says what the document does rather than what it found: its subject is the
# document or a part of it ("This report", "The paper", "Figure 1", "Section 3") and its verb
# tells what that part covers ("surveys the recent issues", "summarizes how …", "concludes by
# describing …"). It points at where the content is. "Figure 2 shows that exports fell" and
# "the study concludes that …" state a finding and are not signposts.
_SIGNPOST = lazy(
    r"^(?:as (?:shown|seen|illustrated) in )?"
    r"(?:(?:this|the|our|that|the present|the following) "
    r"(?:report|paper|study|article|brief|chapter|section|analysis|note|review|essay)"
    r"|(?:figure|fig\.|table|chart|graph|box|section|chapter|part|appendix|annex)\s+[\dIVX]+)"
    r"\s+(?:(?:also|then|first|further|next|finally|briefly|now)\s+)?"
    r"(?:summari[sz]es|surveys|shows|presents|illustrates|lists|compares|depicts|outlines|"
    r"describes|discusses|examines|reviews|explores|investigates|analy[sz]es|sets out|"
    r"looks (?:at|into)|focuses on|turns to|introduces|provides an? (?:overview|summary)|"
    r"(?:begins|opens|starts|concludes|closes|ends) (?:by|with)|is (?:organi[sz]ed|structured))"
    r"\b(?!\s+that\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=SENTENCES_KEPT)
def signposts(text: str) -> bool:
    """Whether ``text`` only says what its document (or a figure, table or section of it) does:
    it points at content and states none."""
    return bool(_SIGNPOST.search(text.strip()))


# A figure's or table's credit line: labelled "Note:" or "Source(s):" and naming where its data
# come from, by a work cited with its year ("Jang and Kim (2016)") or by saying what it is based
# on. It tells where a figure's numbers were found, not what they show.
_CREDIT_LABEL = lazy(r"^(?:notes?|sources?)\s*:\s*\S", re.IGNORECASE)
_CREDITED = lazy(
    r"\((?:19|20)\d\d\)|\b(?:based on|on the basis of|adapted from|compiled from|drawn from)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=SENTENCES_KEPT)
def credits_figure(text: str) -> bool:
    """Whether ``text`` is a figure's or table's credit line ("Note: Based on the ministry's
    yearbooks (2011).", "Source: Park (2019)."): it names where data come from and states no
    finding of its own."""
    text = text.strip()
    return bool(_CREDIT_LABEL.match(text) and _CREDITED.search(text))
