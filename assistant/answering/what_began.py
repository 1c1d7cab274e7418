"""Whether a beginning a sentence states is the beginning of the span a question asks.

"How long has the guild collected dues?" asks how long the guild's collecting has gone on. A
sentence that dates a beginning answers it only when what began is that: the guild itself ("the
guild was founded in 1990") or its collecting of dues, begun by the guild or by no one named
("dues were first collected in 2015", "the guild began collecting dues in 2015"). The start of
something else the sentence dates ("the port was built in 1990"), or of the same kind of thing
begun by another party ("the ferry board introduced dues in 2015"), says nothing of it.

What began and who began it are read from the word order around the verb of beginning:
  - active ("the board set up the fund in 1994"): who began before the verb, what began after;
  - passive ("the fund was set up by the board in 1994"), or nothing but the date after the verb
    ("the talks began in 2022"): what began before, who after;
  - a noun of beginning ("the introduction of a levy in 1994"): what began after its "of", who
    began is the clause's subject before it;
  - a participle opening the sentence ("First set up in 1994, the fund ..."): what began is what
    follows the comma."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.word_forms import stems
from assistant.regex import lazy

# Where a clause opens: a sentence's end, a semicolon, or a conjunction joining two clauses.
_CLAUSE_OPENS = lazy(r"[.;!?]\s+|\[\d+\]\s*|,\s+(?:and|but|while|which|whereas)\s+|\s+but\s+", re.I)
# The verb "be" before a participle: the passive ("was set up", "had been first created").
_PASSIVE = lazy(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|first\s+)?$", re.I)
# A noun of beginning ("the introduction of", "its establishment of").
_NOUN_OF_BEGINNING = lazy(r"(?:ion|ment)s?$", re.I)
# The asking words of a span up to now, and what follows them: "how long has <the rest>".
_ASKED = lazy(
    r"\b(?:how\s+long|how\s+many\s+\w+)\b[^?]*?\b(?:has|have|had)\s+(?P<rest>[^?]*)", re.I
)
_YEAR = lazy(r"\b(?:in|on)\s+(?:\w+\s+)?(?:19|20)\d\d\b", re.I)
_BEEN = lazy(r"\bbeen\b", re.I)
# A name: capitalised words, small joining words allowed inside ("Ministry of Ports").
_NAME_WORD = r"[A-Z][\w.&-]*"
_NAME = lazy(rf"{_NAME_WORD}(?:\s+(?:(?:of|for|the|&)\s+)?{_NAME_WORD})*(?P<owner>['’]s?)?")
_LEADING_NAMES = lazy(
    rf"^(?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:of|for|the|and|&)\s+)?{_NAME_WORD}|,\s*{_NAME_WORD})*"
    # The whole run of names, not the first words of a longer one or an owner's ("Harbor Line's").
    r"\b(?!['’]|\s+(?:(?:of|for|the|and|&)\s+)?[A-Z])"
)
# Nothing but an adverb before a participle opening its sentence ("First set up in 1994, ...").
_OPENING_PARTICIPLE = lazy(r"^\W*(?:(?:\w+ly|first)\s+)?$", re.I)


@dataclass(frozen=True)
class Beginning:
    """What a sentence says began (``what``), and who it says began it (``who``, maybe "")."""

    what: str
    who: str


def beginning(text: str, verb: tuple[int, int], end: int) -> Beginning:
    """The beginning ``text`` states with the verb at ``verb`` (start, end), dated up to
    ``end``: what began and who began it, by the word order around the verb."""
    start, stop = verb
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, 0, start)]
    before = text[opens[-1] if opens else 0 : start]
    after = text[stop:end]
    if _NOUN_OF_BEGINNING.search(text[start:stop]):
        return Beginning(what=after, who=before)
    if _OPENING_PARTICIPLE.match(before):
        # "First set up in 1994, the fund ...": the participle tells of what follows it.
        rest = text[end:]
        closes = _CLAUSE_OPENS.search(rest)
        return Beginning(what=rest[: closes.start() if closes else len(rest)], who=after)
    if _PASSIVE.search(before) or not stems(_YEAR.sub(" ", after)):
        # "The fund was set up in 1994", "the talks began in 2022": what began is before the
        # verb, when nothing but the date follows it.
        return Beginning(what=before, who=after)
    return Beginning(what=after, who=before)


def asked_span(question: str) -> tuple[str, str]:
    """Whose span ``question`` asks and of what: ("the guild", "collecting dues") for "how long
    has the guild been collecting dues". The subject ends at "been", or with the names that open
    it ("how long has Brightway run the depot"); otherwise the two cannot be told apart by word
    order and the whole rest is the subject. ("", "") when no span up to now is asked."""
    asked = _ASKED.search(question)
    if asked is None:
        return "", ""
    rest = asked["rest"]
    been = _BEEN.search(rest)
    if been is not None:
        return rest[: been.start()], rest[been.end() :]
    names = _LEADING_NAMES.match(rest)
    if names is not None:
        return names.group(0), rest[names.end() :]
    return rest, ""


def _names(subject: str) -> list[str]:
    """The names that are the subject, not their owners: "Brightway and Harbour Line" are two;
    "Brightway's depot" is the depot, which the owner's name does not stand for."""
    return [
        part.strip()
        for m in _NAME.finditer(subject)
        if not m["owner"]
        for part in re.split(r"\s+and\s+|,", m.group(0))
        if part.strip()
    ]


def _written(name: str, text: str) -> bool:
    """Whether ``text`` writes every word of ``name``, each whole or as its first letters
    ("Korea" in "Korean")."""
    return all(
        re.search(rf"(?<![\w-]){re.escape(word)}", text) is not None
        for word in name.split()
        if word[:1].isupper()
    )


def names_subject(subject: str, text: str) -> bool:
    """Whether ``text`` is about ``subject``: writes one of its names, or, for a subject named
    by no name ("the pilot service"), shares one of its words."""
    names = _names(subject)
    if names:
        return any(_written(name, text) for name in names)
    return bool(stems(subject) & stems(text))


def dates_asked(began: Beginning, question: str) -> bool:
    """Whether ``began`` is the beginning of the span ``question`` asks (the module's
    docstring): what began is the question's subject, or it is the subject's activity and the
    subject began it."""
    subject, activity = asked_span(question)
    if not stems(subject) and not _names(subject):
        return True
    if names_subject(subject, began.what):
        return True
    return names_subject(subject, began.who) and (
        not stems(activity) or bool(stems(activity) & stems(began.what))
    )
