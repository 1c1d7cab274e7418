"""Arithmetic on two figures that the sentence the answer quotes states itself.

"Of the mill's $9 million budget, how much was not spent on looms?" may find a sentence that
says "the mill had a $9 million budget, $6 million of it for looms": the figures are there, the
answer is their difference, and no data table holds them. The question asks for a derived
quantity in general English (what is "left", "not" spent, "how far short", "what share", "how
many times"); the quoted sentence states the operands. The calculator then works them out and
the answer shows the inputs, the working and the quoted sentence.

The operands are amounts of one currency, in the sentence the question's own figures stand in
(when it writes any) or in the first sentence quoted (with the next one, if the first states
fewer than two). Two such amounts are the operands; with more, the ones whose own words (the
text since the figure before them) share a word with the question, when exactly two do (a
question states one of them itself: it and the one other whose words it shares). Anything else
cannot be told apart with confidence, and the answer stays as it was.

What each operation takes from the two figures is fixed by its meaning, not by the sentence:
a remainder or a difference is the larger less the smaller (a part is never more than its
whole); a share puts the smaller over the larger, as a percentage (a part of a whole); a multiple
("how many times") is the larger over the smaller.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant import currencies
from assistant.answering.claims import is_claim
from assistant.answering.multiples_asked import MULTIPLE_WORDS
from assistant.answering.reading import reading
from assistant.answering.word_forms import stems
from assistant.answers import Answer, Citation, ToolCall
from assistant.calculator.operations import CalculatorInput, calculate
from assistant.errors import CalculationError
from assistant.knowledge.rows import OffsetData
from assistant.quantities import QuantityToken, format_money_short, lex, money_tokens
from assistant.regex import lazy
from assistant.wording import say

# A multiple: "how many times", "times as large", "times bigger": the larger over the smaller.
# "The ratio of A to B" is no multiple: its order is the one named, which the figures' own
# words do not always settle ("the ratio of looms to the budget" is a fraction), so it is left.
# "What multiple of", "by what factor", "-fold" ask the same (``multiples_asked``).
_MULTIPLE = lazy(
    r"\bhow\s+many\s+times\b"
    r"|\btimes\s+(?:as\s+\w+|bigger|larger|greater|higher|more|the\s+size)\b|" + MULTIPLE_WORDS,
    re.I,
)
# A share of a whole: "what share of", "what percentage of", "what proportion", "as a
# percentage of", "was what percent of".
_SHARE = lazy(
    r"\b(?:what|which)\s+(?:\w+\s+)?(?:share|percentage|percent|proportion|fraction|portion)\b"
    r"|\bas\s+an?\s+(?:share|percentage|proportion|fraction)\s+of\b"
    r"|\bwhat\s+percent(?:age)?\s+of\b",
    re.I,
)
# "How many won", "how many dollars": an amount asked, as "how much" asks it.
_HOW_MANY_UNITS = rf"\bhow\s+many\s+(?:{currencies.alternation(list(currencies.NAMES))})\b"
# A remainder or a difference: what is "left", "remains", "the rest", what was "not" done,
# "how far under", "by how much", "how much less", "how much did it shrink", "a difference",
# "exceeds".
_DIFFERENCE = lazy(
    r"\b(?:left|leaves?|remain(?:s|ed|ing|der)?|the\s+rest|other\s+way|otherwise|elsewhere)\b"
    r"|\bhow\s+much\b[^?]*\b(?:not|never)\b|" + _HOW_MANY_UNITS + r"[^?]*\b(?:not|never)\b"
    r"|\bhow\s+much\s+did\b[^?]*\b(?:drop|fall|decline|shrink|rise|grow|increase|decrease)\b"
    r"|\bun(?:matched|covered|offset|spent)\b"
    r"|\bhow\s+far\s+(?:short|under|over|above|below)\b|\bfall\s+short\b|\bshort\s+of\b"
    r"|\bby\s+how\s+much\b|\bhow\s+much\s+(?:more|less|larger|bigger|smaller|higher|lower)\b"
    r"|\b(?:gap|difference)\b|\bexceed(?:s|ed)?\b|\bsubtract\w*\b|\bminus\b",
    re.I,
)
# An ask: a question word opening the question, a sentence, or a clause after a comma, a
# semicolon or "and" ("what did the mill earn, what did it pay out, and which year was best?").
# One more than one is a question of several parts, each answered on its own path; a question
# word inside a clause ("the gap between what it spent and ...") opens no ask.
_ASKS = lazy(
    r"(?:^|[.?!;,]\s*|\band\s+)(?:how\s+(?:much|many|far)|what|which|when|who|where|why)\b",
    re.I,
)
# A rate read off two currencies, a change in percent or a sum: other calculations.
_OTHER = lazy(
    r"\bper\s+(?:us\s+)?(?:dollar|won|yen|euro)\b|-per-|\brate\b|\bpercent(?:age)?\s+"
    r"(?:change|increase|decrease|drop|fall|rise)\b|\bby\s+what\s+percent\w*\b"
    r"|\b(?:sum|add(?:ed)?\s+up|all\s+told|combined|together|average|each)\b",
    re.I,
)
# "Of the ", "out of its ", "of Airbus's ": the words before an amount that make it a whole.
_OF_WHOLE = lazy(r"\b(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|[\w-]+'s\s+)?$", re.I)
_HOW_MUCH = lazy(r"\bhow\s+much\b", re.I)
_PUNCTUATION = lazy(r"[,;:.()\"“”]")
# A year, and a second year written short after a dash ("2016-22").
_YEARS = lazy(r"\b((?:19|20)\d\d)(?:\s*[-–/]\s*(\d\d)\b(?!\d))?")

# A currency named in words or by its code ("in won terms", "using the dollar amounts", "USD").
_NAMES_CURRENCY = lazy(
    rf"\b(?:{currencies.alternation([*currencies.NAMES, *currencies.WRITTEN_CODES])})\b", re.I
)


@dataclass(frozen=True)
class Worked:
    """The calculator request for the question, and the citations whose sentence states its
    operands."""

    request: CalculatorInput
    operands: tuple[str, str]
    citations: tuple[Citation, ...]


def _whole_and_part_given(question: str) -> bool:
    """Whether ``question`` gives a whole ("of the $9 million", "out of $9 million") and another
    amount of its currency (a part of it), and asks "how much": what it asks is then the rest."""
    tokens = money_tokens(question)
    wholes = [t for t in tokens if _OF_WHOLE.search(question[: t.start])]
    return bool(_HOW_MUCH.search(question)) and any(
        t.currency == w.currency and t.scaled() < w.scaled() for w in wholes for t in tokens
    )


def operation_asked(question: str) -> str | None:
    """The derived quantity ``question`` asks for: "multiple", "share" or "difference"; None
    when it asks for none of them, or for another calculation as well (a rate, a sum)."""
    if _OTHER.search(question) or len(_ASKS.findall(question)) > 1:
        return None
    if _whole_and_part_given(question) and not _MULTIPLE.search(question):
        return None if _SHARE.search(question) else "difference"
    found = [
        name
        for name, pattern in (
            ("multiple", _MULTIPLE),
            ("share", _SHARE),
            ("difference", _DIFFERENCE),
        )
        if pattern.search(question)
    ]
    return found[0] if len(found) == 1 else None


def _key(token: QuantityToken) -> tuple[str, Decimal]:
    return token.currency or "", token.scaled()


def _distinct(tokens: list[QuantityToken]) -> list[QuantityToken]:
    seen: dict[tuple[str, Decimal], QuantityToken] = {}
    for token in tokens:
        seen.setdefault(_key(token), token)
    return list(seen.values())


def _own_words(
    text: str, tokens: list[QuantityToken], clause: bool = False
) -> dict[tuple[str, Decimal], set[str]]:
    """Each figure's own words: the stems of the text since the figure before it; with
    ``clause``, only since the last punctuation before it ("worth" in "Airbus, which supplied
    the tankers, agreed to provide offset trade worth $662.6 million", "military support" in
    ", military support $6.3 million"): the label a figure in a list carries."""
    words: dict[tuple[str, Decimal], set[str]] = {}
    every = sorted(money_tokens(text), key=lambda t: t.start)
    for i, token in enumerate(every):
        since = every[i - 1].end if i else 0
        before = text[since : token.start]
        if clause:
            before = _PUNCTUATION.split(before)[-1]
        words.setdefault(_key(token), set()).update(stems(before, letters=5))
    return {_key(t): words.get(_key(t), set()) for t in tokens}


def _sentences(question: str, citations: list[Citation]) -> list[Citation] | None:
    """The quoted sentences the operands are read from: the one that states every figure the
    question writes; else the first quoted, with the next when the first states fewer than two
    amounts of one currency. None when no quoted sentence states the question's figures."""
    asked = {_key(t) for t in money_tokens(question)}
    if asked:
        for citation in citations:
            if asked <= {_key(t) for t in money_tokens(citation.quote)}:
                return [citation]
        return None
    if not citations:
        return None
    first = citations[0]
    by_currency: dict[str, int] = {}
    for token in _distinct(money_tokens(first.quote)):
        by_currency[token.currency or ""] = by_currency.get(token.currency or "", 0) + 1
    if max(by_currency.values(), default=0) >= 2 or len(citations) < 2:
        return [first]
    return citations[:2]


def _years(text: str) -> list[int]:
    found = []
    for match in _YEARS.finditer(text):
        first = int(match.group(1))
        found.append(first)
        if match.group(2):
            found.append(first // 100 * 100 + int(match.group(2)))
    return found


def _within_years(question: str, quote: str) -> bool:
    """Whether every year ``quote`` writes lies within the years ``question`` names, when it
    names two or more (the one year it names, else): a sentence setting another period beside the one asked ("$8 million in 2010,
    $5 million in 2020", asked of 2015-2020) works on a figure the question does not mean."""
    asked = set(_years(question))
    if len(asked) < 2:
        # One year ("the total through 2022") bounds no period: the sentence must write it.
        return not asked or asked <= set(_years(quote))
    return all(min(asked) <= year <= max(asked) for year in _years(quote))


def _operands(question: str, text: str) -> tuple[QuantityToken, QuantityToken] | None:
    """The two amounts of ``text`` the question works on (see the module's docstring)."""
    tokens = _distinct(money_tokens(text))
    asked = {_key(t) for t in money_tokens(question)}
    wanted = stems(re.sub(r"\d[\d.,]*", " ", question), letters=5)
    currencies = {t.currency for t in tokens if _key(t) in asked} or {t.currency for t in tokens}
    found: list[tuple[QuantityToken, QuantityToken]] = []
    for currency in currencies:
        own = [t for t in tokens if t.currency == currency]
        if len(own) > 2:
            # The words of a figure's own clause first (a list's labels), then all since the
            # figure before it; the clause's words are a part of those, so where both find two
            # figures they find the same two.
            given = [t for t in own if _key(t) in asked]
            for clause in (True, False):
                words = _own_words(text, own, clause)
                named = [t for t in own if _key(t) not in asked and words[_key(t)] & wanted]
                if len(given + named) == 2:
                    break
            own = given + named
        if len(own) == 2:
            found.append((own[0], own[1]))
    return found[0] if len(found) == 1 else None


def _request(
    operation: str, a: QuantityToken, b: QuantityToken, places: int | None
) -> CalculatorInput:
    large, small = (a, b) if a.scaled() >= b.scaled() else (b, a)
    big = format_money_short(large.scaled(), large.currency or "")
    little = format_money_short(small.scaled(), small.currency or "")
    if operation == "share":
        return CalculatorInput(operation="share_of", part=little, whole=big, places=places)
    expression = f"{big} {'/' if operation == 'multiple' else '-'} {little}"
    return CalculatorInput(operation="evaluate", expression=expression, places=places)


def _not_one_part_of_one_whole(chosen: list[Citation], operand: QuantityToken) -> bool:
    """Whether a share's two amounts may be other than one part and its whole: they stand in two
    sentences, or their sentence states more amounts of their currency (a package and its
    several parts: which part, and of what, the question's words cannot settle alone)."""
    if len(chosen) > 1:
        return True
    own = [t for t in _distinct(money_tokens(chosen[0].quote)) if t.currency == operand.currency]
    return len(own) > 2


def worked_from_quotes(
    question: str, citations: list[Citation], places: int | None = None
) -> Worked | None:
    """The calculation ``question`` asks of the figures its quoted sentences (``citations``,
    in the order the answer cites them) state; None when it asks for none, or when the
    operands cannot be told apart with confidence."""
    operation = operation_asked(question)
    if operation is None:
        return None
    chosen = _sentences(question, citations)
    if not chosen or not all(_within_years(question, c.quote) for c in chosen):
        return None
    pair = _operands(question, " ".join(c.quote for c in chosen))
    if pair is None or pair[0].scaled() == pair[1].scaled():
        return None
    if operation != "difference" and min(pair[0].scaled(), pair[1].scaled()) <= 0:
        return None
    if operation == "share" and _not_one_part_of_one_whole(chosen, pair[0]):
        return None
    request = _request(operation, *pair, places)
    return Worked(request, (pair[0].text, pair[1].text), tuple(chosen))


def _places(operation: str, question: str) -> int | None:
    """The places the question reads its result in: a share's percentage places, else an
    amount's (or a multiple's), else the places it asks of everything."""
    asked = reading(question)
    own = asked.percent_places if operation == "share" else asked.money_places
    return asked.places if own is None else own


def _share_stated(question: str, worked: Worked, places: int | None) -> bool:
    """Whether the quoted sentence already answers the share asked: it states a percentage,
    and the question asks it no finer (no more decimal places than the sentence writes) and
    names no currency to work it out in (a share has none: "in won terms" asks for the share
    of the two amounts in won, not for the percentage the sentence rounds)."""
    stated = [t for c in worked.citations for t in lex(c.quote, words=True) if t.percent]
    if not stated or _NAMES_CURRENCY.search(question):
        return False
    written = max(-int(t.number.as_tuple().exponent) for t in stated)
    return places is None or places <= written


def with_stated_arithmetic(question: str, answer: Answer, data: OffsetData) -> Answer:
    """``answer`` (composed from the sources, with no calculation) with the calculation the
    question asks of the figures its quoted sentences state put first: the inputs, the result
    and the working, cited to those sentences; ``answer`` itself when there is none."""
    if answer.abstained or answer.tool_calls or not answer.citations:
        return answer
    if is_claim(question):
        # A claim put for checking asks for a verdict, not a computation, whatever its verbs:
        # "a sale had to exceed $2 million, right?" states a bound, it asks no difference.
        return answer
    operation = operation_asked(question)
    if operation is None:
        return answer
    places = _places(operation, question)
    worked = worked_from_quotes(question, answer.citations, places)
    if worked is None or (operation == "share" and _share_stated(question, worked, places)):
        return answer
    return led_by_calculation(answer, worked.request, worked.operands, worked.citations, data)


def led_by_calculation(
    answer: Answer,
    request: CalculatorInput,
    operands: tuple[str, str],
    citations: Sequence[Citation],
    data: OffsetData,
) -> Answer:
    """``answer`` led by the calculation of two figures its cited sentences state: the inputs,
    the result and the working, cited to those sentences, the call recorded; ``answer`` itself
    when the calculator refuses the request."""
    arguments = request.model_dump(exclude_none=True)
    try:
        result = calculate(request, data)
    except CalculationError:
        return answer
    call = ToolCall(name="calculator", input=arguments, output=result.model_dump(mode="json"))
    markers = "".join(f"[{c.marker}]" for c in citations)
    first, second = operands
    lead = say("stated_operands", first=first, second=second, summary=result.summary)
    working = "Working: " + "; ".join(result.working) + "."
    text = f"{lead} {markers}\n{working}\n\n{answer.answer}"
    return answer.model_copy(update={"answer": text, "tool_calls": [call]})
