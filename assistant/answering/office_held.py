"""Words asked of one office, given by the holder of another.

"What did the port authority's director say about the dues?" asks for one person's words: the
person who holds that office. A sentence in which the authority's spokesperson speaks tells what
the spokesperson said, not the director; one in which the transport minister speaks does not
answer "what did the finance minister say". So the office the question names must be held by a
speaker in the sources it cites:

- its rank: the head of a body (its director, chief, minister, secretary, chair, president …)
  is not its voice (a spokesperson, a press secretary), nor its deputy, nor an envoy; each of
  those is answered only by a speaker of the same rank, and a head asked by title (a minister,
  a president, a chair, a chief executive) only by a head of that title; "the head" or "the
  chief" of a body by any of them. "An official", "an executive" or "an
  officer" may be anyone of the body and constrains nothing;
- its portfolio: when both the question and the speaker qualify the office in one compound
  ("the *finance* minister", "*transport* minister Ana Ruiz"), the two must share a word or
  name one body the name table knows; a paraphrase of the body ("the harbour regulator's
  spokesperson") is judged by the body, below;
- its body: a body the question names around the office ("the head of Dockline") must be one
  the speaker's words name.

When no sentence of the sources cited has such a speaker, the sources do not give the words
asked, whatever they quote of another office of that body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.answering.office_speech import office_asked, sentences_of
from assistant.answering.own_words import QUOTATION, Names, voice
from assistant.regex import lazy

# The ranks of an office. A head runs a body; a voice speaks for it; a deputy stands in for a
# head; an envoy represents a country abroad. "Press secretary" is a voice, though "secretary"
# alone is a head. The first to match a phrase names it: "vice president" is a deputy.
_RANKS: tuple[tuple[str, str], ...] = (
    ("voice", r"press\s+secretar(?:y|ies)|spokes\w*|mouthpieces?"),
    ("deputy", r"deput(?:y|ies)|vice[\s-]+\w+|aides?|assistants?"),
    ("envoy", r"ambassadors?|envoys?"),
    # Heads by title: a minister (or a cabinet secretary) heads a ministry, a president a state
    # or a firm, a chair a board, a chief executive a company; "head", "chief", "director" …
    # name the head of any body.
    ("cabinet", r"ministers?|secretar(?:y|ies)"),
    ("president", r"presidents?"),
    ("chair", r"chair(?:man|woman|person)?s?"),
    ("ceo", r"ceos?|chief\s+executives?"),
    ("head", r"heads?|chiefs?|administrators?|commissioners?|directors?|governors?"),
)
# The titles of a head of some kind: a question asking for "the head" of a body is answered by
# whichever of them speaks; one asking for its minister, by its minister only.
_HEADS = frozenset({"cabinet", "president", "chair", "ceo", "head"})
_RANK = lazy("|".join(rf"(?P<{name}>\b(?:{words})\b)" for name, words in _RANKS), re.I)
# Words that qualify an office without naming what it is in charge of: "the acting minister",
# "a former chief", "Korea's", "the U.S.".
_NOT_PORTFOLIO = lazy(
    r"^(?:the|a|an|its|their|his|her|acting|former|then|current|new|top|senior|chief|us|uk|"
    r"[A-Z](?:\.[A-Z])+\.?|\w+(?:an|ese|ish|i))$",
    re.I,
)
_WORD = lazy(r"[A-Za-z][\w&.-]*[\w&]|[A-Za-z]")
_BODY_KINDS = ("organisations", "companies")
# "According to X," asks for X's words as surely as "what did X say".
_ACCORDING = lazy(r"^\s*according\s+to\s+(?P<who>[^,?;:]+?)\s*,", re.I)


def _asked(question: str) -> str | None:
    found = _ACCORDING.search(question)
    if found and _RANK.search(found["who"]):
        return found["who"].strip()
    return office_asked(question)


def rank(words: str) -> str | None:
    """The rank of the office ``words`` name last ("the minister's deputy": a deputy), before an
    "of" that names its body ("the head of the agency": a head). None for an office of no
    particular rank ("an official") or no office."""
    own = re.split(r"\s+of\s+", QUOTATION.sub(" ", words), maxsplit=1)[0]
    found = [m.lastgroup for m in _RANK.finditer(own)]
    return found[-1] if found else None


def _ranks(words: str) -> set[str]:
    return {m.lastgroup for m in _RANK.finditer(QUOTATION.sub(" ", words)) if m.lastgroup}


def portfolio(who: str) -> list[str]:
    """The words qualifying the office in one compound with it, at most three: "the U.S.
    finance minister" -> ["finance"]; none through a possessive ("the agency's head"), a comma
    or an "of" phrase ("the head of the agency")."""
    own = re.split(r"\s+of\s+", QUOTATION.sub(" ", who), maxsplit=1)[0]
    offices = list(_RANK.finditer(own))
    if not offices:
        return []
    office = offices[-1]
    before = re.split(r"['’]s?\s|[,;:()]", own[: office.start()])[-1]
    return [w for w in _WORD.findall(before)[-3:] if not _NOT_PORTFOLIO.match(w)]


def _same_portfolio(asked: list[str], spoken: list[str], names: Names) -> bool:
    """Whether two offices' portfolios may be one: either is unstated, they share a word, or
    they name one body the name table knows ("Treasury" and "Treasury"; not "commerce" and
    "treasury")."""
    if not asked or not spoken:
        return True
    stems = {w.lower()[:5] for w in spoken}
    if any(w.lower()[:5] in stems for w in asked):
        return True
    bodies = {n for kind in _BODY_KINDS for n in names(" ".join(asked), kind)}
    return bool(bodies & {n for kind in _BODY_KINDS for n in names(" ".join(spoken), kind)})


def holds(asked: str, speaker: str, names: Names) -> bool:
    """Whether ``speaker`` (the words naming who speaks in a sentence) holds the office
    ``asked``: the same rank, no other portfolio, the body the asked words name."""
    wanted = rank(asked)
    spoken = _ranks(speaker)
    if wanted == "head" and not spoken & _HEADS:
        return False
    if wanted not in (None, "head") and wanted not in spoken:
        return False
    if not _same_portfolio(portfolio(asked), portfolio(speaker), names):
        return False
    spoken_bodies = {n for kind in _BODY_KINDS for n in names(speaker, kind)}
    body = {n for kind in _BODY_KINDS for n in names(QUOTATION.sub(" ", asked), kind)}
    return not body or bool(body & spoken_bodies)


def office_not_held(
    question: str, statements: list[str], texts: Iterable[str], names: Names
) -> str | None:
    """The office-holder ``question`` asks the words of, when it names a rank of office (a
    head, a voice, a deputy, an envoy) and no speaker in ``statements`` or in any sentence of
    ``texts`` (the sources cited) holds that office. Else None."""
    who = _asked(question)
    if who is None or rank(who) is None:
        return None
    pieces = [*statements, *(s for text in texts for s in sentences_of(text))]
    speakers = [voice(piece) for piece in pieces]
    if any(s.strip() and holds(who, s, names) for s in speakers):
        return None
    return who
