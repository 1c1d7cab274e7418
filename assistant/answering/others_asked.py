"""Questions asking for the other members of a set: what they set aside, and whether they ask
for the rest.

A question may name a member to leave out of its answer wherever its grammar allows: first
("Besides the port, which sites …", "The levy aside, …"), in the middle ("which sites, apart
from the port, …") or last ("… name the sites they inspected, except for the port."). Or it
names none and asks for the others all the same ("what other sites …", "what else …", "the rest
of the sites", "the other sites the auditors visited"). Either way the answer is a list of the
set's members, without the one set aside: read from the question's grammar alone, for any set.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.regex import lazy

# Words a question asks with: what is set aside before them ends where they begin.
_ASKING = r"what|which|who|whom|how|did|does|do|is|are|was|were"
# The words that set a member aside. "Other than" is one only where no noun precedes it: "the
# ports other than Alpha?" restricts the ports asked about ("the fees on contracts other than
# small ones") rather than asking for the rest, so it is not read at the end of a question.
_ASIDE_WORDS = (
    r"besides|beyond|apart from|aside from|except(?: for)?|not counting|"
    r"in addition to|on top of|(?:setting|leaving|putting)\s+aside"
)
_LAST_WORDS = _ASIDE_WORDS.replace("beyond|", "")
_MEMBER = rf"((?:(?!(?:{_ASKING})\b)[\w'’.&-]+\s*){{1,5}}?)"
# A name, capitalized word after capitalized word ("the Alpha Group", "Beta's Carol Dunn"): where
# it ends, what is set aside ends, though a verb follows and no comma.
_NAME = r"((?:the\s+)?(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*))*)"
_SET_ASIDE = lazy(
    # First, up to the comma that goes on to what is asked, however long: "Besides the old port
    # on the river, which sites …".
    rf"^\W*(?:{_ASIDE_WORDS}|other than)\s+((?:[\w'’.&-]+\s*){{1,8}}?)(?=,)"
    # Between commas, or before the question word: "Which sites, besides the port, are …",
    # "Which sites besides the port did …".
    rf"|(?<=,)\s*(?:{_ASIDE_WORDS}|other than)\s+{_MEMBER}(?=,)"
    rf"|\b(?:{_ASIDE_WORDS}|other than)\s+{_MEMBER}(?=\s+(?:{_ASKING})\b)"
    # A name, before the rest of the question: "which site apart from Alpha holds …" (not
    # "other than": "a deal other than Alpha worth …" restricts the deal).
    rf"|\b(?:{_ASIDE_WORDS})\s+{_NAME}(?=\s+(?-i:[a-z]))"
    # Before a comma: "… came from lenders other than the bank, and …".
    rf"|\b(?:{_ASIDE_WORDS}|other than)\s+{_MEMBER}(?=,)"
    # What is set aside may come first: "The levy aside, which other charges ...".
    rf"|(?:^|(?<=,))\W*((?:(?!(?:{_ASKING})\b)[\w'’.&-]+\s+){{1,4}}?)aside\s*,"
    # Or "outside" it, first in the question: "Outside the levy, which charges …" ("outside
    # the fund, a deal of …" without its article limits a deal's kind).
    rf"|^\W*outside(?: of)?\s+(?=the\s){_MEMBER}(?=,)"
    # Or leaving it out: "Leaving the levy out, what …".
    rf"|\bleaving\s+{_MEMBER}out\s*,"
    # Or last: "… which charges did they name, except for the levy?". Not "beyond", which
    # there compares ("what would it require beyond the present rule?"), nor a figure, a bound
    # rather than a member ("is it more, not counting 10 percent?").
    rf"|\b(?:{_LAST_WORDS})\s+((?:[^\W\d][\w'’.&-]*\s*){{1,5}}?)(?=[?.!]*\s*$)",
    re.I,
)

# Words before what is set aside that are no part of it: an article, or the verb of "leaving
# radar aside", "set that aside".
_NOT_MEMBER = frozenset(
    ("the", "a", "an", "its", "their", "that", "this", "those", "these", "it", "them")
    + ("setting", "leaving", "putting", "set", "leave", "put")
)


# Kept per question: routing, composing and the answer's checks each read it of the same question.
@lru_cache(maxsize=1024)
def without_set_aside(question: str) -> str:
    """``question`` without what it sets aside and the words that set it aside ("Besides the
    port, which sites ..." → "which sites ..."): the answer is about the rest, so neither is a
    word of its topic nor a thing to search for."""
    return _SET_ASIDE.sub(" ", question)


# Kept per question: the frame, ranking and the answer's checks each read what it sets aside.
@lru_cache(maxsize=1024)
def set_aside(question: str) -> tuple[str, ...]:
    """What the question sets aside, without an article: ("the port",) → ("port",)."""
    found = []
    for match in _SET_ASIDE.finditer(question):
        words = next(g for g in match.groups() if g is not None).rstrip(".?! ").split()
        while words and words[0].lower() in _NOT_MEMBER:
            words = words[1:]
        found += [p for p in re.split(r",\s*|\s+(?:and|or)\s+", " ".join(words)) if p]
    return tuple(found)


# Asking for the others without naming the one left out: "what other sites", "which further
# rules", "what else", "the rest of the sites", "the other sites the auditors visited". The
# others are a plural noun's members: "the rest of the region" is a comparison's other side, and
# so is "the other sites" without the clause that says which set.
_OTHERS = lazy(
    r"\b(?:what|which)\s+(?:other|further|additional|remaining)\b"
    r"|\bwhat\s+else\b"
    r"|\bthe\s+rest\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+s\b"
    r"|\bthe\s+other\s+(?:[\w-]+\s+){0,3}?[\w-]+s\s+(?:the|it|they|that|which|this|its)\b",
    re.I,
)


def asks_others(question: str) -> bool:
    """Whether the question asks for the other members of a set, naming the one it leaves out
    or not ("besides the port, which …", "what other sites …")."""
    return bool(set_aside(question)) or _OTHERS.search(question) is not None
