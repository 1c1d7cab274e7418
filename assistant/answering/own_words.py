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
from collections.abc import Callable
from dataclasses import dataclass

from assistant.regex import lazy
from assistant.search.terms import STOPWORDS

# "How did the council react", "how has the board defended it", "how does Lisbon justify it".
_HOW_RESPONDED = lazy(
    r"\bhow\s+(?:did|does|do|has|have|had|would|will|could|might)\s+(?P<who>[^?,;:]+?)\s+"
    r"(?:[a-z]+ly\s+)?(?:respond|react|repl(?:y|ied)|answer|defend|justif(?:y|ied)|rebut|"
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
# "What did the harbour master say", "which berth did the board's chairman single out", "what does
# the ministry say happens next": a party's own words, asked as speech. Not what a party expects, plans or
# recommends, which the sources may tell in their own voice, nor what a side argues: its case is
# told in the sources' voice as often as in its own. The party is the subject just
# before the verb: "what did the official cite to argue …" asks what the official cited. "What
# hour did the minister say …", "what other items did the report flag" ask a figure or the things
# themselves, which other checks judge; "which sector did the chair flag" asks the chair's words.
_ASKED_SUBJECT = r"(?P<who>(?:(?!to\s)[^\s?,;:]+\s+){0,6}?(?!to\s)[^\s?,;:]+)"
_WORDS_ASKED = lazy(
    r"\b(?:what|which\b(?:\s+[\w'’-]+){0,3}?)\s+(?:did|does|do|has|have|had|would|will)\s+"
    rf"{_ASKED_SUBJECT}\s+(?:say|tell|flag|warn|stress|insist|single\s+out|"
    r"point\s+to)\b",
    re.I,
)
# "What did the chairman promise?": an office-holder's pledge is words they spoke. A firm's or
# a body's pledge is what it committed to in a deal, which the sources tell in their own voice.
_PLEDGE_ASKED = lazy(
    r"\b(?:what|which\b(?:\s+[\w'’-]+){0,3}?)\s+(?:did|does|do|has|have|had|would|will)\s+"
    rf"{_ASKED_SUBJECT}\s+(?:promise|pledge|vow)\b",
    re.I,
)
# "The line from the port's spokesman", "the remarks of the board chair": a party's words, named
# by what was said. Not its position or view, which the sources may describe in their own voice.
_WORDS_FROM = lazy(
    r"\bthe\s+(?:[\w-]+\s+)?(?:line|words|remarks?|comments?|message|quote)\s+(?:from|of|by)\s+"
    r"(?P<who>[^?,;:]+?)(?=\s+(?:when|on|about|over|after|regarding|in|at|to|during)\b|[?,;:]|$)",
    re.I,
)
# Words for the party that say nothing of who it is: a pronoun, or a document the sources are
# (whose author speaks in every sentence of it).
_NO_PARTY = lazy(
    r"^(?:the\s+)?(?:it|its|they|them|their|he|she|his|her|we|you|i|who|which|this|that|"
    r"(?:[\w'’-]+\s+){0,3}?(?:report|paper|study|article|story|piece|blog|bloggers?|post|"
    r"authors?|writers?|columnists?|editorials?|sources?|outlet|newspaper|daily|wire))$",
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
# A press secretary is the spokesperson of the office they serve.
_PRESS_SECRETARY = lazy(r"\bpress\s+secretar(?:y|ies)\b", re.I)
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


def asked_party(question: str) -> str | None:
    """The words naming the party whose own reply, finding or reason ``question`` asks for, when
    it names one: not a pronoun or the source itself, nor a bare plural ("analysts", "industry
    insiders"), a class the sources quote under many names."""
    for pattern in (
        _WORDS_ASKED,
        _PLEDGE_ASKED,
        _WORDS_FROM,
        _HOW_RESPONDED,
        _REASON_GIVEN,
        _POSSESSED,
    ):
        for found in pattern.finditer(question):
            who = found["who"].strip()
            if pattern is _PLEDGE_ASKED and not _ROLES.search(who):
                continue
            if pattern in (_WORDS_ASKED, _PLEDGE_ASKED) and _BARE_PLURAL.match(who):
                # "What do Korean industry insiders say": a class, quoted under many names.
                continue
            if who.lower().startswith(("what", "which", "how", "who")):
                continue
            if _NO_PARTY.match(who) or not (_DEFINITE.match(who) or _CAPITAL.search(who)):
                continue
            return _POSSESSIVE_END.sub("", who)
    return None


_BARE_PLURAL = lazy(r"^(?!the\b)(?:[\w'’-]+\s+)*[a-z][\w-]*[^s\W]s$", re.I)
_PRONOUN = lazy(r"^(?:he|she|they|it|him|her|them)$", re.I)


def asked_by_pronoun(question: str) -> bool:
    """Whether ``question`` asks a party's own words by a pronoun alone ("and what did she
    promise?"): the party is the one the question it is part of names."""
    return any(
        _PRONOUN.match(found["who"].strip())
        for pattern in (_WORDS_ASKED, _PLEDGE_ASKED, _HOW_RESPONDED, _REASON_GIVEN)
        for found in pattern.finditer(question)
    )


def asks_speech(question: str) -> bool:
    """Whether ``question`` asks a party's words as speech ("what did X say", "the line from
    X"), rather than its reply, finding or reason."""
    return any(p.search(question) for p in (_WORDS_ASKED, _PLEDGE_ASKED, _WORDS_FROM))


@dataclass(frozen=True)
class Party:
    """Who a question asks the words of: the names it goes by, the words of its description
    that tell who it is, and the office it holds, if any."""

    names: frozenset[str]
    words: frozenset[str]
    roles: frozenset[str]


def party_of(who: str, question: str, names: Names) -> Party | None:
    """The party ``who`` names in ``question``. A description with no name ("the agency", "the
    audit") is of the bodies the question names around it. A country or its government
    ("Washington", "the Korean government") speaks through many offices the sources seldom tie
    to it: None."""
    named = {n for kind in _NAME_KINDS for n in names(who, kind)}
    own = {
        _key(w)
        for w in _WORD.findall(
            _POSSESSIVE.sub(" ", _ROLES.sub(" ", _PRESS_SECRETARY.sub(" spokesperson ", who)))
        )
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


def voice(statement: str) -> str:
    """The words of ``statement`` that tell who speaks or finds in it, quotations left out: those
    before its first verb of saying or finding, and those after "according to"; "" when it
    reports no one's words."""
    plain = QUOTATION.sub(" ", statement)
    # A capital inside a sentence starts a name, not a verb ("the United States").
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
    text = _PRESS_SECRETARY.sub("spokesperson", text)
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
    voiced = {n for kind in _NAME_KINDS for n in names(who, kind)}
    if party.roles and not said_roles and not party.names & names(who, "people"):
        # An office's holder speaks under the office's name or their own: the body speaking in
        # its own name ("the agency stated in its report") is not its spokesperson or its head.
        return False
    if party.names & voiced:
        return True
    said = {_key(w) for w in _WORD.findall(who)}
    return bool(party.words) and party.words <= said


def voiced_by(party: Party, statements: list[str], names: Names) -> bool:
    """Whether any of ``statements`` gives ``party``'s own words or findings."""
    return any(speaks(party, piece, names) for piece in statements)
