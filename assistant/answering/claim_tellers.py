"""A claim passed on by a teller the question does not name: "a Dutch weekly says the mill
closed in 1990 - right?", "I read in a Chilean paper that …", "according to one think tank, …".

Such a teller is none of the sources (those are named, or called by their kind with "the": see
``source_kinds``) and no topic of the question: what is asked is whether the claim holds, and
the sources are what it is checked against. Read as a topic, the teller's words mislead every
later step: "Dutch" is a country the sources may never mention, "Korean" narrows the answer to
what the sources say of Korea as a party. So the opening is replaced by the plainest report,
"I read that …", which keeps the question a claim to check (``claims.CLAIM``) and names no one.

The teller is unnamed when it is written with an indefinite determiner ("a", "an", "one",
"some") before at most three describing words and a noun for a publication (``source_kinds``'
nouns) or a person who passes news on (a colleague, a reporter); a teller with "the", a name or
a possessive is left to the steps that read named sources.
"""

from __future__ import annotations

import re

from assistant.answering.source_kinds import PUBLICATION_NOUN
from assistant.regex import lazy

# Publications of kinds no source is of, which ``source_kinds`` leaves unread: the teller of a
# claim may be any of them.
_OTHER_MEDIA = r"journals?|newsletters?|(?:web)?sites?|columnists?|feeds?|forums?"
# People who pass a claim on without being a party to it: no body, office or side the sources
# report on ("an official", "an expert" may be one of theirs, and are left as asked).
_PERSON = r"colleagues?|friends?|reporters?|journalists?|contacts?|editors?|readers?"
# What a piece of a publication is called: "a Dutch weekly's *column*", "a paper's *story*".
_PIECE = r"(?:['’]s\s+)?(?:\s*(?:article|story|piece|report|post|column|editorial|op-ed)s?)?"
_TELLER = (
    r"(?:a|an|one|some)\s+(?:(?!(?:says?|said|claims?|claimed|that|reports?|reported)\b)"
    rf"[A-Za-z][\w-]*\s+){{0,3}}?(?:{PUBLICATION_NOUN}|{_OTHER_MEDIA}|{_PERSON}){_PIECE}"
)
_TELLS = (
    r"(?:says?|said|claims?|claimed|reports?|reported|writes|wrote|states?|stated|argues?|argued|"
    r"puts?\s+it|has\s+it|had\s+it|told\s+(?:me|us))"
)
# The three ways a teller opens a claim: it tells it ("a Dutch weekly says (that) …"), the asker
# found it there ("I read in a Dutch weekly that …", "we saw on a trade site that …"), or the
# claim is put as its ("according to a Dutch weekly, …").
_OPENING = lazy(
    rf"^\s*(?:{_TELLER}\s+{_TELLS}\s+(?:that\s+)?"
    rf"|(?:i|we)\s+(?:read|saw|heard|noticed|found)\s+(?:in|on|from)\s+{_TELLER}\s+that\s+"
    rf"|according\s+to\s+{_TELLER}\s*,\s*)",
    re.I,
)
# A claim's first word that is no name: written small after "I read that".
_PLAIN_FIRST = lazy(r"^(?:the|a|an|its|their|this|these|those|it|there|some|all|most)\b", re.I)


def without_teller(question: str) -> str:
    """``question`` with an opening that passes its claim on from an unnamed teller put as
    "I read that …"; the question itself when it has none."""
    match = _OPENING.match(question)
    if match is None:
        return question
    claim = question[match.end() :]
    # "A weekly says that" tells nothing yet: no claim to check.
    if not re.sub(r"^\s*that\b", "", claim, flags=re.I).strip(" .?!"):
        return question
    if _PLAIN_FIRST.match(claim):
        claim = claim[:1].lower() + claim[1:]
    return f"I read that {claim}"
