"""A question asking how a named party answered something ("how did the guild respond to the
ruling?", "what was the ministry's reaction?") asks for that party's own words: it is met by a
sentence in which the party speaks, named by any of its names (the agency's initials, or its full
title beside its spokesperson's name), with a verb of saying or a quotation.

Such a sentence shares few of the question's words ("respond", "named") and is often far from it
in meaning, since what the party said is about the matter, not about responding: the weak-match
gate refused it though it was ranked best. The party's name is the constraint: a reply by
another party, or a sentence about the party that reports no words of its own, does not stand in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.answering.word_forms import stem, stems
from assistant.knowledge.names import name_table
from assistant.regex import lazy

# The kinds of name a party that answers can be.
_PARTY_KINDS = ("organisations", "companies", "people", "parties", "countries")
# "How did the guild respond", "how has the ministry reacted publicly", "the guild's official
# response", "what reaction came from the ministry": the party is the subject of the verb of
# answering, the owner of the noun, or what the reaction came from.
_REPLY_ASKED = lazy(
    r"\bhow\s+(?:did|does|do|has|have|had|would|will)\s+(?P<subject>[^?,;]+?)\s+"
    r"(?:(?:[a-z]+ly)\s+)?(?:respond|react|reply|answer)(?:ed|s)?\b"
    r"|(?P<owner>[^?,;]+?)['’]s?\s+(?:(?:[a-z]+)\s+)?(?:response|reaction|reply|answer)\b"
    r"|\b(?:response|reaction|reply|answer)\s+(?:came\s+)?(?:from|of)\s+(?P<source>[^?,;]+)",
    re.I,
)
_POSSESSOR = lazy(r"['’]s?\s+(?=[^\W\d_])")
# A person who speaks for a party, by role: "the head of the agency", "its spokesperson".
_PERSON = lazy(
    r"\b(?:heads?|chiefs?|spokes(?:man|men|woman|women|person|people)|ministers?|officials?|"
    r"directors?|presidents?|chairm[ae]n|commissioners?|ambassadors?|envoys?)\b",
    re.I,
)
# What the reply was to: "respond to the ruling", "react when asked about the levy".
_MATTER = lazy(r"^[^?]*?\b(?:to|about|over|on)\s+(?P<matter>[^?]+)", re.I)
# Words quoted: what someone said, in which the parties named are spoken of.
_QUOTED = lazy(r"[“\"][^“”\"]*[”\"]")
# A sentence that gives someone's words: a verb of saying, or a quotation.
_SPEAKS = lazy(
    r"\b(?:said|says|stated|states|told|added|adds|noted|explained|commented|responded|"
    r"replied|countered|insisted|argued|announced)\b|[“”\"]",
    re.I,
)


@dataclass(frozen=True)
class ReplyAsked:
    """Whose reply a question asks for: the ``party`` (as the name table writes it), the
    ``person`` of it who replied, if the question names one by a role ("the head of the
    agency", "the agency's spokesperson"), and the words of the ``matter`` replied to."""

    party: str
    person: frozenset[str]
    matter: frozenset[str]


def reply_asked(question: str) -> ReplyAsked | None:
    """The reply ``question`` asks for, if it asks for a named party's reply."""
    found = _REPLY_ASKED.search(question)
    if found is None:
        return None
    who = found["subject"] or found["owner"] or found["source"] or ""
    # "Korea's arms agency": a name before a possessive owns the party, which is the noun after
    # it, named or not.
    who = _POSSESSOR.split(who)[-1]
    party = name_table().first_among(_PARTY_KINDS, who)
    if party is None:
        return None
    person = frozenset(stem(m.group().lower()) for m in _PERSON.finditer(who))
    after = question[found.end() :]
    matter = _MATTER.search(after)
    return ReplyAsked(party, person, frozenset(stems(matter["matter"]) if matter else ()))


def speaks_for(reply: ReplyAsked, text: str) -> bool:
    """Whether ``text`` gives the words the question asks for: it says what was said; names the
    party outside the words quoted (a party named in someone else's quotation is spoken of),
    and the person of it who spoke, if one is asked; and writes a word of the matter replied
    to, if one is asked (a reply on another matter is no reply to it)."""
    if not _SPEAKS.search(text):
        return False
    if not name_table().mentions(reply.party, _QUOTED.sub(" ", text)):
        return False
    written = stems(text)
    return reply.person <= written and (not reply.matter or bool(reply.matter & written))


def reply_stand_in(question: str, texts: Iterable[str]) -> int | None:
    """The position of the first of ``texts`` (best-ranked first) that gives the words of the
    party whose reply ``question`` asks for; None when it asks for none or none does."""
    reply = reply_asked(question)
    if reply is None:
        return None
    return next((i for i, text in enumerate(texts) if speaks_for(reply, text)), None)
