"""Arithmetic on figures that all stand in the question, whatever the question is about.

"A mill ordered 90 looms and 35 have come: how many are still to come?" asks nothing of the
sources: every operand is written in it, and the words around the figures say the operation.
Its nouns (looms, a mill) may be unknown to the sources; that makes it no less a computation,
and a refusal for unknown words would be wrong. The calculator works it out and shows the inputs.

What the words must say, by the types of the figures (never by the nouns):

- a split: an amount or a count shared among, over or between a count ("split evenly among 5
  guilds", "spread over 3 years"): the one over the other;
- a product: an amount or a count per unit ("$4 each", "20 bolts a day") and a count of those
  units ("in 30 days", "6 crates"): the one times the other; a rate per day multiplies only a
  count of days;
- an adjustment: an amount and a percentage cut or raised, written as the size of the move ("a
  12 percent rebate", "raised by 3%"; "from 60 to 45 percent" gives two levels): the amount
  less (or plus) that share of it;
- a part: a percentage of an amount written right after it ("had paid 40% of the $2 million"):
  the one times the other;
- a remainder: two figures of one kind (two counts, or two amounts of one currency), the
  question asking what is left, outstanding, or cut away: the larger less the smaller, and, when
  it asks what share that is (the ask refers back to it: "that", "those"), its share of the
  larger (a part is never more than its whole); a share asked with no such reference ("and the
  sold share?") may be of either figure, and the question is left to the other routes.

A yes-or-no question restating figures ("did the 12 firms sell to 3 buyers?"), a claim put for
confirmation ("…, right?") or an ask for a person, time, place or named thing ("which 3 firms…")
asks a fact, not a computation, as does a statement followed by a yes-or-no ask ("My notes say
it fell by 20%. Is that why?") or by an ask about a year or decade the statement does not give
(the figures are of their own time); so does a question with one figure, or with figures the words tie to no operation.
Years are dates, never operands. Any rounding the question states is applied, else the result is
exact.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.answering.breakdowns_asked import asks_breakdown
from assistant.answering.reading import reading
from assistant.calculator.operations import CalculatorInput
from assistant.quantities import QuantityToken, lex
from assistant.regex import lazy

# A question that asks yes or no: its figures are the claim it checks.
_YES_NO = lazy(
    r"^\s*(?:did|do|does|is|are|was|were|has|have|had|would|will|can|could|should|shall)\b",
    re.I,
)
# A claim put for confirmation ("…, right?", "…, correct?"): its figures are what is checked.
_CONFIRM = lazy(r"\b(?:right|correct|true|accurate|so|isn'?t\s+it|wasn'?t\s+it|no)\s*\?\s*$", re.I)
# An ask for a person, a time, a place, a reason or a thing named ("which firm"): no quantity.
# "Of which", "in which", ", which" open a clause that states, not an ask.
_ASKS_NO_QUANTITY = lazy(
    r"\b(?:who|whom|whose|when|where|why)\b|(?<!\bof\s)(?<!\bin\s)(?<!,\s)\bwhich\b(?!\s+(?:\w+\s+)?(?:share|percent\w*|"
    r"proportion|fraction|amount|sum|total|figure|number)\b)",
    re.I,
)
_SENTENCE = lazy(r"(?<=[.?!])\s+")
# A year or a decade ("2019", "the 1990s").
_TIMES = lazy(r"\b(?:1[89]|20)\d\d(?:s|'s)?\b")
# Something is asked: a question mark or a question word.
_ASKED = lazy(r"\?|\b(?:how|what|which)\b", re.I)
# A figure shared out: the divisor follows "among", "between", "over", "across", "into", "by".
_SHARED_OUT = lazy(r"\b(?:split|shared?|divided|spread|spreads|share|equally|evenly)\b", re.I)
_DIVISOR_BEFORE = lazy(r"\b(?:among|between|over|across|into|by)\s+(?:the\s+)?$", re.I)
# A figure per unit: "USD 4 each", "20 bolts a day", "at $3 apiece", "per vessel".
_EACH = lazy(r"^\s*(?:[A-Za-z-]+\s+){0,2}?(?:each|apiece|a\s+piece)\b", re.I)
_PER_UNIT = lazy(r"^\s*(?:[A-Za-z-]+\s+){0,2}?(?:a|an|per|every)\s+(?P<unit>[a-z]+)\b", re.I)
# A percentage that moves an amount down or up.
_MOVE_SIZE = lazy(r"\b(?:by|an?)\s+$", re.I)
_DOWN = lazy(r"\b(?:discount\w*|cut|reduc\w+|decrease\w*|lower\w*|off|drop\w*|fall|fell)\b", re.I)
_UP = lazy(r"\b(?:increase\w*|rais\w+|rise|rose|markup|mark-up|surcharge)\b", re.I)
# What is left, still owed, cut away.
_REMAINDER = lazy(
    r"\b(?:left|leaves?|remain\w*|outstanding|still\s+(?:owed|due|to\s+come|missing)"
    r"|missed\s+out|outside|the\s+rest|everything\s+else|all\s+else|cut\s+by|fewer|how\s+many\s+more"
    r"|how\s+much\s+more)\b",
    re.I,
)
# A share asked of the result: "what share of the 80 is that", "what percentage".
_SHARE_ASKED = lazy(
    r"\b(?:what|which)\s+(?:\w+\s+)?(?:share|percentage|percent|proportion|fraction)\b", re.I
)
_SHARE_WORD = lazy(r"\b(?:share|percentage|percent|proportion|fraction)\b", re.I)
# The share asked refers back to the remainder: "of the crates, how big a share is it?".
_BACK = lazy(r"\b(?:that|this|it|those|these|they|them)\b", re.I)
_YEAR = lazy(r"^(?:1[89]|20|21)\d\d$")


def _operands(question: str) -> list[QuantityToken]:
    """The figures of ``question`` that can be operands: not years, names or ordinals, and a
    figure written again ("90 shipped ... what part of the 90") once."""
    found = [
        t
        for t in lex(question, words=True)
        if not t.glued
        and not t.ordinal
        and not t.exponent
        and not (
            t.currency is None
            and not t.percent
            and t.scale is None
            and _YEAR.match(question[t.num_start : t.num_end])
        )
    ]
    once: dict[tuple[str, Decimal], QuantityToken] = {}
    for token in found:
        once.setdefault((_kind(token), token.scaled()), token)
    return list(once.values())


def _kind(token: QuantityToken) -> str:
    """A figure's type: a percentage, an amount of its currency, or a plain count."""
    if token.percent:
        return "%"
    return token.currency or ""


def _written(token: QuantityToken) -> str:
    """The figure as the calculator reads it: a word number as its digits."""
    if token.word and token.currency is None and not token.percent:
        return f"{token.scaled():f}"
    return token.text


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def own_figures(question: str) -> list[CalculatorInput] | None:
    """The calculation ``question`` asks on its own figures, or None when it asks none."""
    # The ask is the last sentence: "My notes say it fell 20%. Is that why?" asks yes or no.
    ask = _SENTENCE.split(question.strip())[-1]
    if _YES_NO.match(ask) or _CONFIRM.search(question) or not _ASKED.search(question):
        return None
    stated = set(_TIMES.findall(question.strip()[: -len(ask)]))
    if ask != question.strip() and set(_TIMES.findall(ask)) - stated:
        # "Of the $9 million since 1980, how much came in the 1990s?": the figures are of their
        # own time; an ask about a time only the ask names is for the sources.
        return None
    if _ASKS_NO_QUANTITY.search(question):
        return None
    asked = reading(question)
    # "Rounded to hundreds" says how to round, and states no operand.
    text = asked.question
    figures = _operands(text)
    if len(figures) != 2:
        return None
    found = (
        _product(text, figures)
        or _split(text, figures)
        or _adjusted(text, figures)
        or _part_of(text, figures)
        or _remainder(text, figures)
        or _combined(text, figures)
        or _share_of_other(text, figures)
    )
    if found is None:
        return None
    # A share is rounded by what rounds percentages ("to a tenth of a point"), never
    # by what rounds an amount ("in whole euros").
    share_places = asked.percent_places
    if share_places is None and asked.scale is None:
        share_places = asked.places
    return [
        r.model_copy(update={"places": share_places})
        if r.operation == "share_of"
        else r.model_copy(update={"places": asked.places, "scale": asked.scale})
        for r in found
    ]


def _evaluate(expression: str) -> list[CalculatorInput]:
    return [CalculatorInput(operation="evaluate", expression=expression)]


def _product(question: str, figures: list[QuantityToken]) -> list[CalculatorInput] | None:
    """A figure per unit times a count of those units."""
    for i, rate in enumerate(figures):
        count = figures[1 - i]
        if _kind(count) != "" or rate.percent:
            continue
        after = question[rate.end :]
        if _EACH.match(after):
            return _evaluate(f"{_written(count)} × {_written(rate)}")
        per = _PER_UNIT.match(after)
        if per is None:
            continue
        # "20 bolts a day for 30 days": the count is of the rate's own unit.
        counted = re.match(r"\s*([A-Za-z]+)", question[count.end :])
        if counted and _singular(counted.group(1)) == _singular(per.group("unit")):
            return _evaluate(f"{_written(rate)} × {_written(count)}")
    return None


# What asks the size of one part of a split: "how much goes to each", "the monthly amount".
# Without it, "how were the 40 grants shared out among the 9 towns?" asks the manner of the
# split, a figure of every part (``breakdowns_asked``), not 40 / 9.
_PART_ASKED = lazy(r"\bhow\s+(?:much|many)\b|\beach\b|\bapiece\b|\bper\b|\bamount\b", re.I)


def _split(question: str, figures: list[QuantityToken]) -> list[CalculatorInput] | None:
    """An amount or a count shared out over a count."""
    if not _SHARED_OUT.search(question):
        return None
    if asks_breakdown(question) and not _PART_ASKED.search(question):
        return None
    for i, divisor in enumerate(figures):
        dividend = figures[1 - i]
        if _kind(divisor) != "" or dividend.percent:
            continue
        if _DIVISOR_BEFORE.search(question[: divisor.start]):
            return _evaluate(f"{_written(dividend)} / {_written(divisor)}")
    # "Three guilds share a $9 million fund": the count of sharers divides the one amount.
    counts = [t for t in figures if _kind(t) == ""]
    amounts = [t for t in figures if _kind(t) not in ("", "%")]
    if len(counts) == 1 and len(amounts) == 1:
        return _evaluate(f"{_written(amounts[0])} / {_written(counts[0])}")
    return None


def _adjusted(question: str, figures: list[QuantityToken]) -> list[CalculatorInput] | None:
    """An amount less (or plus) a percentage of itself."""
    shares = [t for t in figures if t.percent]
    amounts = [t for t in figures if not t.percent]
    if len(shares) != 1 or len(amounts) != 1:
        return None
    share, amount = shares[0], amounts[0]
    # The direction word is the percentage's own: in its clause, right after or before it.
    # The percentage is the size of the move only written as such: "by 15%", "a 15% cut";
    # "from 60 to 45 percent" gives two levels, not a move of 30 percent.
    if not _MOVE_SIZE.search(question[: share.start]):
        return None
    near = question[max(0, share.start - 20) : share.end + 25]
    down, up = _DOWN.search(near), _UP.search(near)
    if bool(down) == bool(up):
        return None
    sign = "−" if down else "+"
    return _evaluate(f"{_written(amount)} × (1 {sign} {share.text})")


def _part_of(question: str, figures: list[QuantityToken]) -> list[CalculatorInput] | None:
    """A percentage of an amount written right after it ("had paid 40% of the $2 million")."""
    share, amount = figures
    if not share.percent or amount.percent:
        return None
    if not _OF_NEXT.match(question[share.end : amount.start]):
        return None
    return _evaluate(f"{share.text} × {_written(amount)}")


# "40% of the $2 million", "40 percent of its $2 million": the amount the share is taken of.
_OF_NEXT = lazy(r"^\s+of\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$", re.I)


def _remainder(question: str, figures: list[QuantityToken]) -> list[CalculatorInput] | None:
    """The larger of two figures of one kind less the smaller, and its share when asked."""
    first, second = figures
    if first.percent or _kind(first) != _kind(second) or not _REMAINDER.search(question):
        return None
    large, small = sorted(figures, key=lambda t: t.scaled(), reverse=True)
    if large.scaled() == small.scaled():
        return None
    found = _evaluate(f"{_written(large)} − {_written(small)}")
    share = _SHARE_ASKED.search(question) or _SHARE_WORD.search(question)
    if share and not _BACK.search(question, share.end()):
        # "…, and what is the sold share?" may ask the share of either figure: left as it was.
        return None
    if share:
        rest = large.scaled() - small.scaled()
        currency = _kind(large)
        part = f"{currency} {_plain(rest)}".strip()
        whole = f"{currency} {_plain(large.scaled())}".strip()
        found.append(CalculatorInput(operation="share_of", part=part, whole=whole))
    return found


# Two figures put together: "together", "combined", "all told", "in all", "add up", "in total".
_TOGETHER = lazy(
    r"\b(?:together|combined|all\s+told|in\s+all|altogether|add(?:ed)?\s+up|in\s+total|sum)\b",
    re.I,
)
# A share asked of the other figure: "which portion of the sum", "what fraction of it".
_SHARE_OF = lazy(
    r"\b(?:what|which)\s+(?:\w+\s+)?(?:share|percentage|percent|proportion|fraction|portion|cut)"
    r"\s+of\b",
    re.I,
)


def _combined(question: str, figures: list[QuantityToken]) -> list[CalculatorInput] | None:
    """Two figures of one kind put together ("EUR 5 million plus EUR 9 million, combined"): their
    sum. Percentages are no amounts to add (two rates are not one rate)."""
    first, second = figures
    if first.percent or _kind(first) != _kind(second) or not _TOGETHER.search(question):
        return None
    return _evaluate(f"{_written(first)} + {_written(second)}")


def _share_of_other(question: str, figures: list[QuantityToken]) -> list[CalculatorInput] | None:
    """Two amounts of one kind, the question asking what share of one the other is ("a rebate of
    $3 million on a $40 million order: which fraction came back?"): a part is never more than its whole, so
    the smaller over the larger, as a percentage."""
    first, second = figures
    if first.percent or _kind(first) != _kind(second) or not _SHARE_OF.search(question):
        return None
    large, small = sorted(figures, key=lambda t: t.scaled(), reverse=True)
    if large.scaled() == small.scaled():
        return None
    return [CalculatorInput(operation="share_of", part=_written(small), whole=_written(large))]


def _plain(number: Decimal) -> str:
    return f"{number.normalize():f}"
