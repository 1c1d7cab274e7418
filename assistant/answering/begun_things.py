"""The thing a statement tells beginning, and whether it is the thing a claim dates.

"The club's newsletter was launched in 1990" dates the newsletter, not the club's charter: a
beginning says when the thing its verb governs began, and nothing of anything else the sentence
names. The thing begun is read from the grammar of the beginning verb, never from a list of
things:

* passive or told without a verb of being ("the fund was set up in 1961", "1961: fund set up"),
  or a verb that takes no object ("the fund began", "goes back to", "came into being"): the noun
  phrase before the verb, its grammatical subject;
* a verb with an object ("the board launched the ferry fund in 1961"): the noun phrase after it;
* a participle that opens the sentence ("First set up in 1961, the fund pays ..."): the subject
  of the clause it leads into;
* a state held since a time ("the two boards have been in talks since 2019"): the state the
  subject is in ("talks") as well as the subject.

A noun phrase is its head (its last noun, before any "of") and the words before it; a
possessive ("the club's") names an owner, not the kind of thing, and so is no part of the
comparison, nor are determiners and figures.

The thing begun is the claim's subject when it is no narrower than it (every word before its
head is one of the claim's subject's: "the offset banking policy" is not "the offset policy")
and the two share their head, or, their heads differing, the words before the head name the
kind and agree ("the Zephyr ferry fund" and "the Zephyr ferry scheme" are one thing told in two
words; "the club's charter" and "the club's newsletter" are two things of one club).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.claims import topic_words
from assistant.regex import lazy

# A verb that tells a beginning: "began", "set up", "goes back to", "came into being", "since".
_BEGINS = lazy(
    r"\b(?:began|begun|begins?|start(?:ed|s|ing)?|first|introduc\w*|launch\w*|adopt\w*|"
    r"implement\w*|brought in|brings? in|bringing in|set up|sets up|setting up|found(?:ed|s|ing)?|"
    r"establish\w*|creat(?:ed|es|e|ing)|came into (?:being|existence|force)|"
    r"comes? into (?:being|existence|force)|inception|outset|"
    r"(?:go(?:es)?|went|gone|dat(?:e|es|ed|ing))\s+back(?:\s+to)?|dat(?:e|es|ed|ing)\s+from|"
    r"(?:got|get|gets|getting|was|were) under ?way|since)\b",
    re.I,
)
# Verbs that can take the thing begun as their object ("launched the fund").
_TAKES_OBJECT = lazy(
    r"^(?:start|introduc|launch|adopt|implement|brought in|bring|set up|sets up|setting up|"
    r"found|establish|creat)",
    re.I,
)
# A verb of being just before: the thing begun is the subject ("the fund was set up").
_BEING_BEFORE = lazy(
    r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:(?:first|originally|formally|"
    r"officially|only|then|later|already)\s+)*$",
    re.I,
)
# Words a noun phrase never runs across: what ends a clause, a preposition, a conjunction.
_EDGE = frozenset(
    "in on at to for from by with through into onto under over after before since during until "
    "and or but as when while which who whom whose that than because if then where "
    "is are was were be been being has have had do does did will would can could may might "
    "not no also".split()
)
_DETERMINERS = frozenset(
    "the a an its their his her our this that these those some any each every".split()
)
_BEING = frozenset("is are was were be been being has have had".split())
_ADVERBS = frozenset("first originally formally officially only then later already".split())
_PRONOUNS = frozenset("it they he she this that these those which who one".split())
_WORD = lazy(r"[\w'’-]+|[^\w\s]")
_POSSESSIVE = lazy(r"['’]s?$")
# The longest noun phrase read: a name and a few words before a head.
_LONGEST = 8


@dataclass(frozen=True)
class Thing:
    """A noun phrase: its head and the words before it that tell its kind (in topic form)."""

    head: str
    kind: frozenset[str]


def _forms(word: str) -> set[str]:
    return topic_words(word)


def _phrase(words: list[str]) -> Thing | None:
    """The thing ``words`` (a noun phrase, in order) name; None for a pronoun or nothing."""
    words = [w for w in words if w.lower() not in _DETERMINERS and not w[0].isdigit()]
    if "of" in (w.lower() for w in words):
        words = words[: [w.lower() for w in words].index("of")]
    # An owner ("the club's") opens the noun phrase, as a determiner does, and names whose
    # the thing is, not what it is.
    owners = [i for i, w in enumerate(words) if _POSSESSIVE.search(w)]
    if owners:
        words = words[owners[-1] + 1 :]
    if not words or words[-1].lower() in _PRONOUNS:
        return None
    head = _forms(words[-1])
    if not head:
        return None
    kind = frozenset(f for w in words[:-1] for f in _forms(w))
    # A compound head ("counter-trade") is also its parts: the whole word is the head.
    return Thing(max(head, key=len), kind)


def _is_word(token: str) -> bool:
    return token[0].isalnum() or token[0] in "'’"


def _before(tokens: list[str]) -> list[str]:
    """The noun phrase that ends ``tokens``: back to the clause's edge."""
    taken: list[str] = []
    for token in reversed(tokens):
        if not _is_word(token) or token.lower() in _EDGE or len(taken) == _LONGEST:
            break
        taken.insert(0, token)
    return taken


def _after(tokens: list[str]) -> list[str]:
    """The noun phrase that opens ``tokens``: up to the clause's edge."""
    taken: list[str] = []
    for token in tokens:
        if not _is_word(token) or len(taken) == _LONGEST:
            break
        if token.lower() in _EDGE and token.lower() != "of":
            break
        taken.append(token)
    return taken


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _clause_before(text: str) -> list[str]:
    """The words of the clause before a verb, its verbs of being and adverbs set aside."""
    being = _BEING_BEFORE.search(text)
    words = _tokens(text[: being.start()] if being else text)
    while words and words[-1].lower() in _ADVERBS:
        words.pop()
    return words


def things_begun(statement: str) -> list[Thing]:
    """The things ``statement`` tells beginning (the module's docstring)."""
    found: list[Thing] = []
    for match in _BEGINS.finditer(statement):
        verb = match.group(0).lower()
        before_text = statement[: match.start()]
        after = _tokens(statement[match.end() :])
        clause = _clause_before(before_text)
        passive = _BEING_BEFORE.search(before_text) is not None
        phrases: list[list[str]] = []
        if verb == "since":
            # "have been in talks since 2019": the subject, and the state it is in. "Since 2019,
            # the board has ..." dates what the main clause tells, no thing named.
            # The subject stands before the clause's last verb of being ("the fund has been
            # around since", "the rules have been in force since").
            subject, state = clause, []
            being = [i for i, w in enumerate(clause) if w.lower() in _BEING]
            if being:
                subject, state = clause[: being[-1]], clause[being[-1] + 1 :]
                while subject and subject[-1].lower() in _BEING:
                    subject = subject[:-1]
            phrases.append(_before(subject))
            if state[:1] and state[0].lower() == "in":
                phrases.append(state[1:])
        elif not clause and "," in after:
            # "First set up in 1961, the fund pays ...": the subject after the opening clause,
            # whose end (before its verb) the words alone do not show: each of its openings.
            subject = _after(after[after.index(",") + 1 :])
            phrases.extend(subject[:n] for n in range(1, len(subject) + 1))
        elif (
            _TAKES_OBJECT.match(verb)
            and not passive
            and after
            and _is_word(after[0])
            and after[0].lower() not in _EDGE
        ):
            phrases.append(_after(after))
        else:
            phrases.append(_before(clause))
        for words in phrases:
            thing = _phrase(words)
            if thing is not None and thing not in found:
                found.append(thing)
    return found


def same_thing(claimed: Thing, begun: Thing, statement: str = "") -> bool:
    """Whether ``begun``, told in ``statement``, is the thing ``claimed`` (the module's
    docstring)."""
    if begun.kind - claimed.kind - {claimed.head}:
        return False
    if begun.head == claimed.head:
        return True
    # Heads differing name one thing only when the kind words agree, and the statement does
    # not itself write the claim's head apart from the thing begun ("the KC-X project bought
    # the KC-X tankers" tells two things).
    return (
        bool(begun.kind)
        and begun.kind <= claimed.kind
        and claimed.head not in topic_words(statement)
    )


def tells_beginning_of(claim: str, statement: str) -> bool:
    """Whether ``statement`` tells the beginning of the thing the claim ``claim`` (a statement
    that dates a beginning) says began."""
    claimed = things_begun(claim)
    return any(same_thing(c, b, statement) for c in claimed for b in things_begun(statement))
