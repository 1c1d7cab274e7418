"""An act the question takes for granted that the statements answering it state the other way.

A question can hold a premise in its verb: "why did the council raise the levy from 5 to 8
percent?" takes the rise as given, "which senator fought the harbour bill?" takes an opponent as
given, "when was the permit scheme scrapped?" takes its end as given. A statement about the same
thing that states the opposite act ("the levy was cut from 8 to 5 percent", "the senator
proposed the harbour bill", "the permit scheme was created in 2016") does not answer the question:
it contradicts its premise, and the question is one the sources do not answer.

Three pairs of opposite acts, each a fact of language, not of any one source:

- a change of a figure, up or down, as a written "from A to B" states it by its figures (a verb
  alone does not: "lifted to 8" and "lowered to 8" both tell the figure is now 8); the two
  changes are of the same figure when they share a number;
- a thing's life, its making ("created", "set up", "adopted") or its ending ("scrapped",
  "abolished", "repealed");
- a stance on a proposal, for it by bringing it ("proposed", "sponsored", "put forward") or
  against it ("opposed", "blocked", "voted against").

The opposite stated is no contradiction when another statement also states the act asked ("was
created in 2016 and scrapped in 2022"). A question that asks whether the act happened ("did the
council raise it?", "is it true that ...") is answered by the existing verdicts, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.regex import lazy

_UP = (
    r"rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|"
    r"boost(?:s|ed|ing)?|r(?:ise|ises|ose|isen|ising)|gr(?:ow|ows|ew|own|owing)|"
    r"doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)"
)
_DOWN = (
    r"lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"slash(?:es|ed|ing)?|trim(?:s|med|ming)?|halv(?:e|es|ed|ing)|drop(?:s|ped|ping)?|"
    r"f(?:all|alls|ell|allen|alling)|declin(?:e|es|ed|ing)|shr(?:ink|inks|ank|unk|inking)"
)
# A figure as written: "30", "50 percent", "$10 million", "USD 5 million", "70%".
_FIGURE = r"(?:US\$|USD\s*|\$|KRW\s*)?\d[\d,]*(?:\.\d+)?"
# A change verb and what follows it up to the clause's end: its figures are read from there.
_CHANGE = lazy(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?P<rest>[^.;:?!]{{0,90}})", re.I)
# "from A to B", with a few words between ("from a floor of 20 percent to 35 percent").
_FROM_TO = lazy(
    rf"\bfrom\s+(?:[a-z]+\s+){{0,3}}?(?P<a>{_FIGURE})(?:\s*(?:%|percent|[a-z]+)){{0,2}}\s+"
    rf"to\s+(?:[a-z]+\s+){{0,3}}?(?P<b>{_FIGURE})",
    re.I,
)
# "from 2016 to 2020" is a period, no figure's change.
_YEAR = lazy(r"(?:19|20)\d\d")

_MADE = (
    r"creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|set\s+up|found(?:s|ed|ing)?|"
    r"adopt(?:s|ed|ing)?|launch(?:es|ed|ing)?|institut(?:e|es|ed|ing)|enact(?:s|ed|ing)?|"
    r"introduc(?:e|es|ed|ing)"
)
_ENDED = (
    r"scrap(?:s|ped|ping)?|abolish(?:es|ed|ing)?|abolition|repeal(?:s|ed|ing)?|"
    r"axe[sd]?|axing|discontinu(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|"
    r"d(?:o|id|oes|one)\s+away\s+with|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)"
)
_BROUGHT = (
    r"propos(?:e|es|ed|ing)|sponsor(?:s|ed|ing)?|co-?sponsor(?:s|ed|ing)?|"
    r"put\s+forward|tabl(?:e|es|ed|ing)|submit(?:s|ted|ting)?"
)
_OPPOSED = (
    # Not "opposition" nor "opposing": "the opposition lawmakers' bill" names a camp, no act.
    r"(?<!as\s)oppos(?:e|es|ed)|opponents?|block(?:s|ed|ing)?|"
    r"fought\s+(?:against|off)|fight(?:s|ing)?\s+against|vot(?:e|es|ed|ing)\s+(?:against|down)|"
    r"resist(?:s|ed|ing)?|kill(?:s|ed|ing)?"
)
_MADE_ACT = lazy(rf"\b(?:{_MADE})\b", re.I)
_ENDED_ACT = lazy(rf"\b(?:{_ENDED})\b", re.I)
_BROUGHT_ACT = lazy(rf"\b(?:{_BROUGHT})\b", re.I)
_OPPOSED_ACT = lazy(rf"\b(?:{_OPPOSED})\b", re.I)
# (the act asked, the act stated instead). A thing's end implies its making, so a making asked
# of a thing the sources say ended is no contradiction; an end asked of a thing they say only
# was made is. Bringing a proposal and opposing it are each another role than the other.
_OPPOSITES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (_ENDED_ACT, _MADE_ACT),
    (_BROUGHT_ACT, _OPPOSED_ACT),
    (_OPPOSED_ACT, _BROUGHT_ACT),
)
# A question that asks whether something holds, or states a claim to be checked: a verdict
# answers it ("No: it was cut"), not a refusal.
_ASKS_WHETHER = lazy(
    r"^\s*(?:(?:so|and|but|ok(?:ay)?|well)[, ]+)?(?:did|does|do|is|was|were|are|has|have|had|"
    r"can|could|will|would|should)\b|\bis\s+it\s+(?:true|right|correct|the\s+case)\b|"
    r"\b(?:right|correct|true|accurate)\s*\?\s*$|,\s*(?:didn't|wasn't|isn't|hasn't)\b",
    re.I,
)
_STOP = frozenset(
    "what which when where why how who whom whose that this those these with from into over "
    "under about after before their there they them than then were was been being have has "
    "had does did doing year years the and for its it's also only said says".split()
)
_WORD = lazy(r"[a-z][a-z'’-]{3,}", re.I)


@dataclass(frozen=True)
class Contradiction:
    """The act the question takes as given and the opposite a statement gives instead."""

    asked: str
    stated: str
    statement: str


def _changes(text: str) -> list[tuple[int, set[float], str]]:
    """Each change of a figure ``text`` states "from A to B": its direction (+1 up, -1 down) by
    the two figures, the figures and the words that state it."""
    found = []
    for match in _CHANGE.finditer(text):
        span = _FROM_TO.search(match["rest"])
        if span is None:
            # "lifted to 8 dollars" and "lowered to 8 dollars" both tell that the figure is now
            # 8: the verb alone is no direction to hold a statement to.
            continue
        a, b = (span[k].lstrip("US$DKRW ").replace(",", "") for k in ("a", "b"))
        if a != b and not _YEAR.fullmatch(a) and not _YEAR.fullmatch(b):
            found.append((1 if float(b) > float(a) else -1, {float(a), float(b)}, match.group(0)))
    return found


def _content(text: str, *drop: re.Pattern[str]) -> set[str]:
    for pattern in drop:
        text = pattern.sub(" ", text)
    return {w.lower().rstrip("s'’") for w in _WORD.findall(text) if w.lower() not in _STOP}


def _changed_the_other_way(question: str, statements: list[str]) -> Contradiction | None:
    asked = _changes(question)
    if not asked:
        return None
    for direction, figures, words in asked:
        same = [s for s in statements for d, f, _ in _changes(s) if d == direction and f & figures]
        if same:
            continue
        for statement in statements:
            for d, f, stated in _changes(statement):
                if d == -direction and f & figures:
                    return Contradiction(words.split()[0], stated.split()[0], statement)
    return None


_AS_TOPIC = lazy(r"\b(?:to|over|about|whether|on)\s+$", re.I)


def _done(question: str, act: re.Match[str]) -> bool:
    """Whether ``question`` states ``act`` as done ("was scrapped", "did they scrap"), not as a
    topic ("the quarrel over dropping it", "a move to end it", "its cancellation")."""
    word = act.group(0).split()[0].lower()
    if word.endswith("ing") or word.endswith("tion"):
        return False
    return _AS_TOPIC.search(question[: act.start()]) is None


def _the_other_act(question: str, statements: list[str]) -> Contradiction | None:
    for asked_act, opposite in _OPPOSITES:
        asked = next((m for m in asked_act.finditer(question) if _done(question, m)), None)
        # A question stating both ("set up and later scrapped") takes neither alone.
        if asked is None or opposite.search(question):
            continue
        if any(asked_act.search(s) for s in statements):
            continue
        topic = _content(question, asked_act, opposite)
        for statement in statements:
            stated = opposite.search(statement)
            # The same thing: the statement shares at least two of the question's words.
            if stated is not None and len(topic & _content(statement, asked_act, opposite)) >= 2:
                return Contradiction(asked.group(0), stated.group(0), statement)
    return None


def contradicted(question: str, statements: list[str]) -> Contradiction | None:
    """The act ``question`` takes as given and the opposite act one of ``statements`` states of
    the same thing, when none of them states the act asked; ``None`` when there is none, or when
    the question asks whether the act happened (a verdict answers that)."""
    if _ASKS_WHETHER.search(question):
        return None
    return _changed_the_other_way(question, statements) or _the_other_act(question, statements)
