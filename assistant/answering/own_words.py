"""Whose words a question asks for, and whether a statement is that party's own.

"How did the harbour board react", "the inspectors' conclusions", "what grounds does Lisbon give": each
asks what one party said, found or gave as its reason. A statement answers it only when that
party speaks in it: it stands before the statement's verb of saying or finding ("the ministry
said", "the audit found"), or after "according to". Another party's words on the same matter (its
spokesperson's for its head, the industry's explanation for Washington's) or a sentence that only
names the party answer nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache

from assistant.regex import lazy
from assistant.search.terms import STOPWORDS

# "How did the council react", "how has the board defended it", "how does Lisbon justify it".
_HOW_RESPONDED = lazy(
    r"\bhow\s+(?:did|does|do|has|have|had|would|will|could|might)\s+(?P<who>[^?,;:]+?)\s+"
    # An adverb is written in lower case: "the Nordic Shipping Daily explain" names a paper.
    r"(?:(?-i:[a-z]+ly)\s+)?(?:respond|react|repl(?:y|ied)|answer|defend|justif(?:y|ied)|rebut|"
    # Not the first half of a compound ("Lisbon's fishing-quota demand").
    r"counter|push(?:ed)?\s+back|explain|account\s+for)\w*\b(?!-)",
    re.I,
)
# "What grounds does Lisbon give", "what justification has the council offered".
_REASON_GIVEN = lazy(
    r"\b(?:reasons?|explanations?|justifications?|rationale|grounds)\s+"
    r"(?:does|did|do|has|have|had)\s+(?P<who>[^?,;:]+?)\s+"
    r"(?:give|gave|given|offer|offered|cite|cited|provide|provided|put\s+forward|advance)\b",
    re.I,
)
# "The shipper's rebuttal", "the inspection's chief conclusions", "Lisbon's formal answer": a party's
# own reply or finding, named by its possessor. Nouns for what a party says back or finds, not for
# a stance the sources may describe in their own voice ("the ministry's position").
_OWN_NOUNS = (
    r"(?:responses?|reactions?|repl(?:y|ies)|answers?|push-?back|rebuttals?|retorts?|"
    r"defen[cs]es?|justifications?|explanations?|reasoning|rationale|findings|conclusions|verdict)"
)
_POSSESSED = lazy(
    r"(?P<who>\b(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and|&|the)\s+)*)*[A-Z][\w&.-]*"
    r"|\bthe\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*)['’]s?\s+"
    r"(?:(?:own|two|three|main|principal|chief|key|official|initial|public|first|formal)\s+){0,3}"
    rf"{_OWN_NOUNS}\b"
    # The noun ends its phrase: "the country's defense industry" names an industry, not a
    # defence.
    r"(?=\s*(?:[?.,;:!)]|$|\b(?:of|on|to|in|for|about|over|against|regarding|and|or|that|"
    r"when|after|is|was|are|were|has|had|says?|said)\b))",
)
# Words for the party that say nothing of who it is: a pronoun, or a document the sources are
# (whose author speaks in every sentence of it).
_NO_PARTY = lazy(
    r"^(?:the\s+)?(?:it|its|they|them|their|he|she|his|her|we|you|i|who|which|this|that|"
    r"(?:[\w-]+\s+)?(?:report|paper|study|article|story|piece|blog|post|authors?|writers?|"
    r"sources?|outlet|newspaper|daily))$",
    re.I,
)
# The offices a party may hold: a head and its spokesperson are two speakers. "Official" may be
# either, and tells them from no one.
_ROLES = lazy(
    r"\b(head|chief|ministers?|directors?|president|chair(?:man|woman|person)?|commissioners?|"
    r"administrators?|secretary|ambassadors?|spokes\w*|representatives?|envoys?|negotiators?|"
    r"deputy)\b",
    re.I,
)
# Words that report what a party said or found, wider than a quotation's "said".
_VOICED = lazy(
    r"\b(?:said|says|say|told|tells|stated|states|noted|notes|added|adds|indicated|announced|"
    r"explained|explains|explain|stressed|emphasi[sz]ed|warned|warns|argued|argues|argue|"
    r"claimed|claims|claim|remarked|commented|suggested|insisted|urged|replied|answered|"
    r"responded|confirmed|mentioned|revealed|declared|expressed|described|maintained|"
    r"countered|rebutted|defended|justified|saying|found|finds|concluded|concludes|"
    r"pointed\s+out|according\s+to)\b",
    re.I,
)
# A quotation: its words are the speaker's, never the words that say who speaks.
QUOTATION = lazy(r"“[^”]*”|\"[^\"]*\"")
_WORD = lazy(r"[A-Za-z][\w&-]*")
_POSSESSIVE = lazy(r"['’]s?\b")
_POSSESSIVE_END = lazy(r"['’]s?$")
# Words of a party's description that do not tell who it is.
_MANNER = lazy(r"^(?:[a-z]+ly|own|official|officially)$", re.I)

# The names of one kind that a text mentions.
Names = Callable[[str, str], frozenset[str]]
# The kinds of name a speaking party goes by; a country is told by its offices (``party_of``).
_NAME_KINDS = ("people", "organisations", "companies")
_DEFINITE = lazy(r"^the\b", re.I)
_CAPITAL = lazy(r"\b[A-Z]")
_NAME_ALONE = lazy(r"[A-Z][\w-]*")
# Words for a country's government as a whole, not one office of it.
_GOVERNMENT = frozenset(
    w[:6] for w in ("government", "administration", "authorities", "officials", "side", "state")
)


# Kept per question: routing, composing and the answer's checks each read it of the same question.
@lru_cache(maxsize=1024)
def asked_party(question: str) -> str | None:
    """The words naming the party whose own reply, finding or reason ``question`` asks for, when
    it names one: not a pronoun or the source itself, nor a bare plural ("analysts", "industry
    insiders"), a class the sources quote under many names."""
    for pattern in (_HOW_RESPONDED, _REASON_GIVEN, _POSSESSED):
        for found in pattern.finditer(question):
            who = found["who"].strip()
            if who.lower().startswith(("what", "which", "how", "who")):
                continue
            if _NO_PARTY.match(who) or not (_DEFINITE.match(who) or _CAPITAL.search(who)):
                continue
            return _POSSESSIVE_END.sub("", who)
    return None


@dataclass(frozen=True)
class Party:
    """Who a question asks the words of: the names it goes by, the words of its description
    that tell who it is, and the office it holds, if any."""

    names: frozenset[str]
    words: frozenset[str]
    roles: frozenset[str]


def party_of(
    who: str, question: str, names: Names, described: Collection[str] = ()
) -> Party | None:
    """The party ``who`` names in ``question``. A description with no name ("the agency", "the
    audit") is of the bodies the question names around it. A country or its government
    ("Washington", "the Korean government") speaks through many offices the sources seldom tie
    to it: None. ``described``: the names of the bodies ``who`` describes by the words of their
    full names ("the weapons agency's spokesman" of an "arms procurement agency"), which the
    party goes by as it does by a name it gives."""
    named = {n for kind in _NAME_KINDS for n in names(who, kind)} | set(described)
    own = {
        _key(w)
        for w in _WORD.findall(_POSSESSIVE.sub(" ", _ROLES.sub(" ", who)))
        if w.lower() not in STOPWORDS
        and not _MANNER.match(w)
        and w.lower() not in " ".join(named)
        and not names(w, "countries")
    }
    if not named and (not own or own & _GOVERNMENT):
        # A country ("Washington") or its government, whatever adjective names the country
        # ("the South Korean government"), speaks through offices the sources name otherwise.
        return None
    if not named and len(own) == 1 and _NAME_ALONE.fullmatch(_POSSESSIVE.sub("", who).strip()):
        # A bare name no table knows may be a capital standing for its government ("Lisbon"
        # for Portugal's), which speaks through offices the sources name otherwise.
        return None
    if not named and not _CAPITAL.search(who):
        named = {n for kind in _NAME_KINDS for n in names(question, kind)}
    return Party(frozenset(named), frozenset(own), frozenset(_roles(who)))


# Kept per sentence: the same candidate sentences are read at every question asking whose words.
@lru_cache(maxsize=8192)
def voice(statement: str) -> str:
    """The words of ``statement`` that tell who speaks or finds in it, quotations left out: those
    before its first verb of saying or finding, and those after "according to"; "" when it
    reports no one's words."""
    plain = QUOTATION.sub(" ", statement)
    # A capitalised verb inside a sentence is part of a name ("the United States"), not a
    # verb of saying; only the sentence's first word may be both.
    found = next(
        (
            m
            for m in _VOICED.finditer(plain)
            if not m.group()[0].isupper() or not plain[: m.start()].strip()
        ),
        None,
    )
    if found is None:
        return ""
    if found.group().lower().startswith("according"):
        return plain[found.end() :]
    return plain[: found.start()]


def _roles(text: str) -> set[str]:
    return {
        "spokes" if r.lower().startswith("spokes") else r.lower().rstrip("s")
        for r in _ROLES.findall(text)
    }


def _key(word: str) -> str:
    return word.lower()[:6]


def speaks(party: Party, statement: str, names: Names) -> bool:
    """Whether ``party`` speaks or finds in ``statement``: its voice names the party (by a name
    the table knows, else by all the party's own words) and holds no other office than the one
    the question gives ("the head of the agency" is not its spokesperson)."""
    who = voice(statement)
    if not who.strip():
        return False
    said_roles = _roles(who) - {"official"}
    if party.roles and said_roles and not party.roles & said_roles:
        return False
    return _names_party(party, who, names)


def _names_party(party: Party, who: str, names: Names) -> bool:
    """Whether ``who`` names ``party``: by a name the table knows, else by all its own words."""
    if party.names & {n for kind in _NAME_KINDS for n in names(who, kind)}:
        return True
    return bool(party.words) and party.words <= {_key(w) for w in _WORD.findall(who)}


# A party's own course named by its possessor, explained by what follows it: "the agency's
# stance against the levy stems from …", "the board's decision was due to …". The sources give
# the party's grounds in their own voice; they are the party's reasons all the same.
_OWN_COURSE_EXPLAINED = lazy(
    r"^(?P<who>.{1,80}?)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:stance|position|decision|reluctance|"
    r"opposition|refusal|wariness|shift|turn|choice)\b[^.;]{0,60}?\s+(?:stems?\s+from|"
    r"(?:is|was|are|were)\s+(?:due|owing)\s+to|(?:is|was|are|were)\s+driven\s+by|"
    r"results?\s+from|resulted\s+from)\b",
    re.I,
)


def grounds_own_course(party: Party, statement: str, names: Names) -> bool:
    """Whether ``statement`` gives the grounds of ``party``'s own course ("the agency's stance
    … stems from …"): its possessor names the party, by a name the table knows or by all the
    party's own words."""
    found = _OWN_COURSE_EXPLAINED.search(QUOTATION.sub(" ", statement))
    if found is None:
        return False
    return _names_party(party, found["who"], names)


def voiced_by(party: Party, statements: list[str], names: Names) -> bool:
    """Whether any of ``statements`` gives ``party``'s own words or findings, or the grounds of
    its own course."""
    return any(
        speaks(party, piece, names) or grounds_own_course(party, piece, names)
        for piece in statements
    )
