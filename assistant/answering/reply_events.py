"""A question asking how a party answered an event, read by its argument structure, and whether
a party's words are a reply to the event the question describes.

"How did the guild react to the levy?", "what did the board say back when the mayor called out
its fees?", "how did the council hit back after the audit?": whatever the verb, the question
names who answered (the verb's subject) and what was answered (the phrase after "to", "when",
"after", or after "back" by "over", "about" or "on"). A reply is told by that structure: a verb whose particle is "back" (say back,
hit back, push back, fire back) answers someone; so does an act that a clause of time or a
complement with "to" ties to an event ("how did the guild take to the ruling", "what did it do
when the levy came"). No list of reply verbs is needed, nor would one hold: reporters and
negotiators coin them.

The event is seldom named as the sources name it. A reply in the sources is framed by its own
name for the event ("said when asked about the harbour report"), and the source describes that
event elsewhere in its words ("the authority released its harbour report, which listed the
levy among other barriers"). The question's description ("being put on the mayor's list of
barriers") is met when the places and bodies it names are named there and one of its other
words is written there (``meets_matter``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from assistant.regex import lazy

# The kinds of name a party that speaks goes by.
SPEAKING_KINDS = ("organisations", "companies", "people")
# The kinds of name an event is told by: where it happened and who brought it about.
PLACE_KINDS = ("countries", "organisations", "companies")

# The auxiliary that opens a question about a past, present or future act.
_AUX = r"(?:did|does|do|has|have|had|would|will|could|might)"
# "How did the guild react to …", "what did the board say back when …": the subject (``who``),
# the verb with its particle, if any, and the phrase that names what was answered. The subject
# is the shortest run of words before a verb in lower case; an adverb may stand between them
# ("how did the guild publicly respond to …").
_REPLY = lazy(
    rf"\b(?P<ask>how|what)\s+{_AUX}\s+(?P<who>[^?,;:]+?)\s+(?:(?-i:[a-z]+ly)\s+)?"
    r"(?P<verb>(?-i:[a-z]+))(?P<back>\s+back)?\s+"
    r"(?:(?P<link>to|when|after|over|about|on)\b)\s*(?P<matter>[^?]*)",
    re.I,
)
# Verbs after which "to" opens an infinitive or a destination, not what was answered: "what
# did the guild want to do", "how did the levy come to be". These are auxiliaries of intent,
# motion or change, which take any verb after them; the words of the language, not of the
# sources.
_NOT_REPLY = lazy(
    r"^(?:want|wants|wanted|need|needs|needed|plan|plans|planned|intend|intends|intended|"
    r"hope|hopes|hoped|try|tries|tried|have|has|had|go|goes|went|come|comes|came|get|gets|got|"
    r"decide|decides|decided|agree|agrees|agreed|seem|seems|seemed|amount|amounts|amounted|"
    r"rise|rises|rose|fall|falls|fell|grow|grows|grew|drop|drops|dropped|change|changes|"
    r"changed|compare|compares|compared|relate|relates|related|contribute|contributes|"
    r"contributed|lead|leads|led|add|adds|added|apply|applies|applied|refer|refers|referred|"
    r"belong|belongs|belonged|lend|lends|lent|sell|sells|sold|export|exports|exported|"
    r"pay|pays|paid|give|gives|gave|offer|offers|offered|owe|owes|owed|be|been|being)$",
    re.I,
)
# What opens a noun phrase: a determiner, a possessive, a number, a gerund or a name. After
# "to", anything else is a verb ("propose to make", "want Korea to get"): an infinitive, not
# what was answered. The closed classes of the language, not words of the sources.
_NOUN_PHRASE = lazy(
    r"^(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every|any|some|all|"
    r"[\w-]+ing|\d[\w.,]*|(?-i:[A-Z])[\w.&'’-]*)\b",
    re.I,
)
# Words that open a subject phrase no party stands in: a question word, a pronoun.
_NO_SUBJECT = lazy(r"^(?:what|which|who|how|it|its|they|them|this|that|these|those)\b", re.I)


@dataclass(frozen=True)
class ReplyAsked:
    """Who answered (``who``, the question's words for the party) and what was answered
    (``matter``, the question's words for the event; "" when it names none)."""

    who: str
    matter: str


def reply_asked(question: str) -> ReplyAsked | None:
    """The reply ``question`` asks for, read by its argument structure: an act with the
    particle "back", or an act of "how"/"what" tied by "to", "when", "after", "over" or "about"
    to what was answered. None when it asks for no reply."""
    found = _REPLY.search(question)
    if found is None:
        return None
    who = found["who"].strip()
    if _NO_SUBJECT.match(who):
        return None
    verb, link = found["verb"], found["link"].lower()
    if re.search(r"\bto\b", who, re.I):
        # "How does the council want the port to put its case across to …": the verb is an
        # infinitive's, and the subject phrase is no party.
        return None
    if link == "to" and not _NOUN_PHRASE.match(found["matter"].strip()):
        return None
    if not found["back"]:
        if _NOT_REPLY.match(verb):
            return None
        # "What did the guild say about the levy" asks what it said, a stance, not a reply;
        # "what did it decide on" asks a choice. "About", "over" and "on" tie a reply only after
        # "back" ("hit back over the levy", "push back on the ruling").
        if link in ("about", "over", "on"):
            return None
        # "What did it say to the minister" names whom it spoke to, not an event answered.
        if found["ask"].lower() == "what" and link == "to":
            return None
    return ReplyAsked(who, found["matter"].strip())


# A name as a question writes it: a capitalised word not opening the phrase ("the US criticism",
# "Washington's list").
_NAME = lazy(r"(?<!^)\b[A-Z][\w.&-]*")


def matter_names(matter: str) -> list[str]:
    """The words of ``matter`` that name a place or a body: its capitalised words."""
    return _NAME.findall(matter.strip())


@dataclass(frozen=True)
class Setting:
    """Where a reply stands: the terms written in it and about the event it answers."""

    terms: frozenset[str]


def matter_met(
    matter_terms: Collection[str],
    name_terms: Collection[str],
    party_terms: Collection[str],
    setting: Setting,
) -> frozenset[str]:
    """The terms of the question's description of an event that a reply's ``setting`` writes,
    when it meets the description: every term of a place or body it names is written there
    (by any of its names, as the alias table reads them: "Washington" for "U.S."), and at least
    one of its other terms, not one of the party's own. Empty when it does not. A description
    with no term of its own (no event asked) is met by any setting, with no term."""
    if not set(name_terms) <= setting.terms:
        return frozenset()
    own = set(matter_terms) - set(party_terms)
    return frozenset(own & setting.terms)
