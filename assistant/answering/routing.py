"""Which questions are arithmetic, and the calculator requests that answer them.

"If Korea signs a competitive contract worth $12 million, does it trigger an offset?" becomes an
``offset_obligation`` request; "What is 50% of $12 million?" an ``evaluate``; "By what percentage
did offsets fall from 2011–2015 to 2016–2020?" a ``percent_change`` over the figures in the data.
Questions with no arithmetic in them get no route and go to retrieval.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from assistant.answering.amounts import StatedAmount, stated_amounts
from assistant.answering.answerability import asks_finding, timed_years
from assistant.answering.change_and_share import asks_change_and_its_share, said_earlier_first
from assistant.answering.change_measure import measure_unnamed
from assistant.answering.composed_contracts import composed_contract
from assistant.answering.contract_reference import poses_no_contract
from assistant.answering.event_years import event_years
from assistant.answering.exchange_rates import stated_rates
from assistant.answering.figures_across_tables import figure_named, figures_either_side
from assistant.answering.frame import (
    COMPETITIVE,
    FMS,
    INDEFINITE_CONTRACT,
    NON_COMPETITIVE,
    YEAR,
    Frame,
    answer_type,
    asks_of_topic,
    asserted_kinds,
    contract_kinds,
    frame_of,
    period_mentions,
    relative_years,
    split_parts,
)
from assistant.answering.known_deals import claims_a_reported_deal
from assistant.answering.measures_asked import measure_only
from assistant.answering.multiples_asked import (
    MULTIPLE_ASKED,
    MULTIPLE_WORDS,
    asks_multiple,
    multiple_places,
)
from assistant.answering.negated_parts import negates_stated_part, rest_and_share
from assistant.answering.offers_made import Offer, offer_made, share_of_contract
from assistant.answering.operand_selection import period_statistic, seller_statistic
from assistant.answering.patterns import WH_WORDS, words
from assistant.answering.per_question import per_question
from assistant.answering.periods_left import joined, period_left_asked
from assistant.answering.prior_values import asks_prior
from assistant.answering.program_pairs import ProgramFigure, figure_after, two_program_figures
from assistant.answering.rates_asked import RATE_USED_BY
from assistant.answering.ratios_asked import asks_ratio
from assistant.answering.reading import (
    Reading,
    currency_asked,
    names_its_readings,
    only_reads,
    reading,
    readings_by_currency,
    readings_named,
    without_scale,
)
from assistant.answering.remainder_shares import (
    asked_at,
    chained_on_remainder,
    of_remainder,
    percentage_part,
    rest_after_percentage,
    share_of_remainder,
)
from assistant.answering.rest_compared import against_rest_asked, part_against_rest
from assistant.answering.row_answers import same_figure
from assistant.answering.rule_coverage import asks_change
from assistant.answering.shares_of_wholes import share_of_a_whole
from assistant.answering.source_figures import (
    PLEDGED,
    commitment_part,
    contract_value,
    count_per_count,
    counted_pairs,
    money_named,
    named_commitments,
    pair_counted,
    program_named,
    written,
)
from assistant.answering.stated_means import listed_figures, mean_steps
from assistant.answering.units_priced import EACH, unit_asked
from assistant.answering.value_pairs import (
    NamedValue,
    named_values,
    period_by_length,
    types_named,
)
from assistant.answering.written_names import whole_word
from assistant.calculator.arithmetic import (
    Quantity,
    display,
    operation_words,
    parse_amount,
    tokenize,
)
from assistant.calculator.obligation import check_year
from assistant.calculator.operations import CalculatorInput, calculate
from assistant.errors import CalculationError, KnowledgeError
from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import (
    CountryPolicy,
    OffsetData,
    OffsetRule,
    OffsetStatistic,
    OffsetValue,
    PolicyEvent,
    ProgramFact,
    UstrFact,
)
from assistant.quantities import (
    BOUND_AFTER,
    BOUND_BEFORE,
    CURRENCIES,
    NUMBER_WORDS,
    READERS,
    SCALE,
    QuantityToken,
    currency_words,
    format_money,
    format_money_short,
    lex,
    parse_number,
    with_digits,
)
from assistant.regex import lazy
from assistant.wording import listed, say

_SCIENTIFIC = lazy(r"(?<![\w.])(?:\d[\d,]*(?:\.\d+)?|\.\d+)[eE][-+]?\d+\b")
# The offset by any name the sources give it: "countertrade" (knowledge/aliases.yaml), and the
# industrial cooperation, collaboration or participation DAPA, the Act and KIET's table call it.
_OFFSET_WORDS = words(
    r"offsets?|trigger\w*|obligat\w*|counter-?trade|"
    r"industrial (?:cooperation|collaboration|participation)"
)
_CONTRACT_WORDS = words(
    r"contracts?|deals?|purchas\w*|buy\w*|bought|import(?:s|ed|ing)?|procur\w*|acqui\w*|signs?|signed|"
    r"orders?|tenders?|bids?|projects?|awards?|worth|valued|"
    # "competitively tendered", "sole-sourced", "awarded without competition": how a contract
    # was let names a contract.
    r"tendered|awarded|sole-sourced|single-sourced"
)
# Asking for several obligations added up.
_TOTAL = words(
    r"total|combined|altogether|in all|together|sum|overall|aggregate|add(?:s|ed)? up|"
    r"across (?:both|all|them)|for both|between them"
)
_CONTRACT_NOUNS = words(r"contracts?|deals?|purchases?")
_KRW = currency_words("KRW")
_USD = currency_words("USD")
_RATE = lazy(
    rf"(?:\b(?:at|rate of|exchange rate of|is at|using|take|taking|rate (?:is|was|being|of))\s+"
    rf"(?:a rate of\s+)?"
    rf"(?P<rate>\d(?:[\d,]*\d)?(?:\.\d+)?)(?!\d|[,.]\d|\s?(?:{SCALE})\b|\s?(?:%|percent))(?:\s*(?:{_KRW}))?"
    rf"(?:\s*(?:per|/|to the|to a|to one|a|for (?:one|each|a))\s*(?:US\s?)?(?:{_USD}))?)"
    rf"|(?:\b(?P<bare>\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(?:{_KRW})\s*(?:per|/|to the|to a|to one|for (?:one|each|a))"
    rf"\s*(?:US\s?)?(?:{_USD}))"
    # The currency first: "KRW 1,290 a dollar", "₩1,210 to the dollar".
    rf"|(?:(?<![\w.])(?:{_KRW})\s?(?P<led>\d(?:[\d,]*\d)?(?:\.\d+)?)(?!\s?(?:{SCALE})\b)\s*"
    rf"(?:per|/|to the|to a|to one|a|for (?:one|each|a))\s*(?:US\s?)?(?:{_USD}))"
    # The dollar first, as a sentence: "one dollar fetches N won", "each dollar is KRW N".
    rf"|(?:\b(?:a|one|each|every)\s+(?:US\s?)?(?:{_USD})\s+(?:is|was|buys|bought|gets|fetches|"
    rf"equals|trades for|is worth|goes for)\s+(?:(?:{_KRW})\s?)?"
    rf"(?P<after>\d(?:[\d,]*\d)?(?:\.\d+)?)(?!\d|[,.]\d|\s?(?:{SCALE})\b)(?:\s*(?:{_KRW}))?)",
    re.I,
)
# Any currency of the table, by code or name: "in yen", "into pounds sterling", "the RMB value".
_ANY_CURRENCY = currency_words(*set(CURRENCIES.values()), symbols=False)
_CONVERT = lazy(
    # The currency may carry its country's adjective: "in Korean won", "into U.S. dollars".
    # The scale may come first: "in billions of dollars", "into millions of won".
    r"\b(?:convert\w*|in|into|to|how many)\s+(?:(?:thousand|million|billion|trillion)s\s+of\s+)?"
    r"(?:(?:US|U\.S\.|American|(?:South\s)?Korean)\s)?"
    rf"(?P<target>{_ANY_CURRENCY})\b",
    re.I,
)
# "the won value of ...", "its dollar equivalent": a conversion asked with the currency as a noun.
_CONVERT_NOUN = lazy(
    rf"\b(?P<target>{_ANY_CURRENCY})[- ]?"
    r"(?:value|equivalent|amount|figure|terms)\b",
    re.I,
)


def _targets(question: str) -> list[str]:
    """The currencies a question asks an amount in ("in won", "the KRW value of"), in order."""
    found = [
        (m.start(), m.group("target"))
        for p in (_CONVERT, _CONVERT_NOUN)
        for m in p.finditer(question)
    ]
    return list(dict.fromkeys(CURRENCIES[" ".join(t.lower().split())] for _, t in sorted(found)))


# Words of a rise or a fall.
_MOVE = (
    r"chang\w*|fall|falls|falling|fell|fallen|drop\w*|declin\w*|decreas\w*|increas\w*|rise|rises|"
    r"rising|rose|risen|"
    r"grow(?:s|n|ing|th)?|grew|shr[iau]nk\w*|plummet\w*|plung\w*|climb\w*|jump\w*|soar\w*|slump\w*|"
    r"slid\w*|tumbl\w*|(?:go|goes|went|gone|going) (?:up|down)"
)
# A change asked for: a percentage or a move ("%" ends no word, so no closing word boundary).
_CHANGE = lazy(rf"\b(percent\w*|%|(?:{_MOVE})\b)", re.I)
# A question that tells of a rise or a fall: a word of one, or a figure going "from" one value
# "to" another ("went from 40 to 52", "from $4 billion in 2019 to $3 billion"); a span of years
# ("from 2015 to 2020") moves nothing.
_MOVED = words(rf"{_MOVE}|from\s+(?!(?:19|20)\d\d\s+to\b).{{0,40}}?\d.{{0,40}}?\s+to")
_PERIOD = lazy(r"\b((?:19|20)\d\d)\s?(?:-|–|—|to|through)\s?((?:19|20)\d\d)\b")
# Words of carrying out a commitment.
_DELIVERY = (
    r"implement\w*|deliver\w*|fulfil\w*|actually (?:provided|carried out|done)|realized|"
    r"(?:been|got|gotten|was|were|is|are|get) done|"
    # "what fraction of the pledge had been met": a commitment met is one delivered (a contract
    # that "meets" a threshold is written otherwise).
    r"(?:been|got|gotten) met|"
    # "the execution rate" names delivery as "the implementation rate" does.
    r"realised|carried out|achiev\w*|accomplish\w*|complet(?:ed|ing)|execut(?:ed|ing|ion)|"
    r"honou?r(?:ed|ing)|made good on"
)
_IMPLEMENTED = words(_DELIVERY)
_HOW_MUCH = words(
    r"how much|how many (?:US )?(?:dollars|won)|what (?:amount|value|sum)|worth|"
    # "what's left of a loan", "what remains of it": the amount that remains.
    r"what(?:['’]s|\s+is|\s+was|\s+would be)?\s+(?:left|remaining)\s+of|what\s+remains\s+of|"
    r"in (?:US )?dollars|dollars?|in (?:dollar|won|money) terms"
)
# An amount of money asked for outright, which a rate the question names is a step towards:
# "in dollar terms, what does that rate represent?"
_MONEY_ASKED = words(
    r"in (?:US )?(?:dollars?|won)(?: terms)?|how many (?:US )?(?:dollars|won)|in money terms|"
    r"(?:dollar|won) (?:amount|value|figure|terms)"
)
_COMPARE = words(
    r"compar\w*|vs\.?|versus|difference|differ\w*|more|less|than|each|both|respectively"
)
_LEAD = lazy(
    r"^\s*(?:what(?:'s| is| are)|calculate|compute|work out|how much is|evaluate)\s+", re.I
)


# The sentence stating a request's result, given the result as the calculator displays it.
Label = Callable[[str], str]


@dataclass
class Route:
    """The calculator requests that answer a question, and the data rows their inputs came from."""

    requests: list[CalculatorInput]
    lead: str = ""  # said before the results: where the inputs came from, what was assumed
    cites: list[str] = field(default_factory=list)  # data rows the lead relies on
    disputed: bool = False  # the sources give other figures for an input; each is worked out
    total: bool = False  # the question asks for the obligations added up
    # An offset offered for the contract ("a $12 million offset"), when the question asks how it
    # measures up: the gap to each obligation worked out is computed too.
    offered: str = ""
    # For a request whose result a sentence of its own states: that sentence, given the result as
    # displayed; one entry per request (None: the calculator's own summary).
    labels: list[Label | None] = field(default_factory=list)
    # The amounts the question refers to as known figures ("the KRW 4 trillion purchase"): the
    # answer cites a source sentence that states them.
    restated: tuple[str, ...] = ()
    # The question asks how far the contract falls short of (or passes) the offset threshold:
    # that gap is worked out for each contract checked.
    below: bool = False
    # The question asks how two obligations worked out differ ("the gap between the competitive
    # and the sole-source offset"): the larger less the smaller is worked out too.
    difference: bool = False
    # The question as its figures were read: without the words that say how to round the result
    # ("to the nearest $0.01 billion" states no input). Empty: the question as asked.
    read_as: str = ""
    # The conversion asked of the obligations' sum ("add the two, then put the total into
    # won"): its currency, rate and reading; the amount is the sum, filled in once it is known.
    total_converted: list[CalculatorInput] = field(default_factory=list)
    # The question asks for a figure as a source gives it, which the lead quotes: nothing is
    # worked out, by the whole question or by any of its asks ("… - in yen, the
    # way the gazette gives it?").
    quoted: bool = False


def _evaluate(expression: str) -> CalculatorInput:
    """A request to work out ``expression`` ("40% × USD 1.2 billion", "KRW 7.77 trillion / 40")."""
    return CalculatorInput(operation="evaluate", expression=expression)


def _rate_spans(question: str) -> list[tuple[int, int]]:
    return list(_rate_spans_kept(question, tuple(READERS)))


# Kept per text, as ``_roles``: routing reads the rates of one question at every rule it tries.
# The quantity readers are part of the key (``quantities.lex``): a reader plugged in later counts.
@lru_cache(maxsize=1024)
def _rate_spans_kept(question: str, readers: tuple[object, ...]) -> tuple[tuple[int, int], ...]:
    spans = [m.span() for m in _RATE.finditer(question)]
    spans += [(r.start, r.end) for r in stated_rates(question)]
    found = _equivalence(question)
    return (*spans, found[0]) if found else tuple(spans)


# What makes two amounts one value in two currencies: "a dollar fetches KRW 1,250", "$3 million
# equals KRW 3.9 billion", "$1 = ₩1,210", "USD 8 million (some KRW 10 billion)", "values $2
# million at 2.6 billion won", "taking $1 as 1,300 won".
_EQUALS = lazy(
    r"^\s*(?:=|equals?|is|was|are|at|as|buys|bought|gets|got|fetches|fetched|trades? (?:at|for)|"
    r"(?:is |was )?worth|converts? (?:in)?to|comes? to|(?:is |was )?(?:about|roughly|"
    r"approximately|around|some)|\(\s*(?:about|roughly|approximately|around|some)?)\s*"
    r"(?:(?:about|roughly|approximately|around|some)\s+)?$",
    re.I,
)


def _equivalence(question: str) -> tuple[tuple[int, int], str] | None:
    """A won-per-dollar rate written as one value in both currencies ("suppose a dollar
    fetches KRW 1,250"): the span that states it and the won per dollar. Only beside another amount,
    which the rate converts: "a $12 million (about KRW 16 billion) deal" states one amount twice.
    """
    money = [t for t in lex(question) if t.currency in ("USD", "KRW")]
    for first, second in zip(money, money[1:], strict=False):
        if {first.currency, second.currency} != {"USD", "KRW"} or len(money) < 3:
            continue
        if not _EQUALS.match(question[first.end : second.start]):
            continue
        usd, krw = (first, second) if first.currency == "USD" else (second, first)
        if usd.scaled() == 0:
            return None
        rate = (krw.scaled() / usd.scaled()).quantize(Decimal("0.01")).normalize()
        return (first.start, second.end), f"{rate:f}"
    return None


def amounts(question: str) -> list[str]:
    """The amounts of money written in ``question``, as written ("$12 million", "20 billion won",
    "sixty million dollars").

    An exchange rate ("at 1,320 KRW per USD") is not an amount."""
    # An exponent ("$5e7") is part of the amount as written, so the calculator sees it and
    # refuses it plainly, instead of the amount being read as "$5".
    return [a.text for a in roles(question)]


def roles(question: str) -> list[StatedAmount]:
    """The amounts of ``question`` other than exchange rates and amounts restated in another
    currency ("$12 million (about KRW 16 billion)"), each with its role."""
    return list(_roles(question))


# Kept per text (the amounts are frozen): routing reads the amounts of one question, and of its
# parts, at every rule it tries.
@lru_cache(maxsize=1024)
def _roles(question: str) -> tuple[StatedAmount, ...]:
    found = [a for a in stated_amounts(question, _rate_spans(question)) if a.role != "rate"]
    return tuple(
        a
        for before, a in zip([None, *found], found, strict=False)
        if before is None
        or before.currency == a.currency
        or not _RESTATED_IN.match(question[before.end : a.start])
    )


# An amount given again in another currency, just after it: "$12 million (about KRW 16
# billion)", "USD 5 million, or roughly KRW 7 billion".
_RESTATED_IN = lazy(
    r"^\s*(?:\(\s*(?:about|roughly|approximately|around|some|or|i\.e\.,?|approx\.)?|"
    r",\s*(?:or\s+)?(?:about|roughly|approximately|around|some)|or\s+(?:about|roughly))\s*$",
    re.I,
)


def route(question: str, data: OffsetData, context: str = "") -> Route | None:
    """The calculation a question asks for, or None when it asks for none (``_route``)."""
    question = units_shared(question)
    composed = _on_composed_contract(question, data, context)
    if composed is not None:
        return composed
    found = _with_added_to_contract(_route(question, data, context), question, data)
    if found is not None and negates_stated_part(question, found.lead):
        # "how many went unsold": the whole less the stated part, and its share, come first.
        rest = rest_and_share(found.requests, f"{question} {found.lead}")
        if rest is not None:
            padding: list[Label | None] = [None] * len(rest)
            found.labels = padding + found.labels if found.labels else []
            found.requests = rest + found.requests
    found = _then_share_of_remainder(found, question, data)
    if found is not None:
        _then_part_against_rest(found, question, data)
        _at_rate_stated(found, question)
        _in_currency_asked(found, question)
        _read_by_currency(found, question, data)
    return found


def _on_composed_contract(question: str, data: OffsetData, context: str) -> Route | None:
    """The route of a question whose contract is composed from two figures of different roles
    (a change to it, a unit price times a count: ``composed_contracts``): the step composing it,
    then the question read on that value. None when it composes none, or the rule is not asked
    of the composed value."""
    composed = composed_contract(question)
    if composed is None or _CONTRACT_COUNT.search(question):
        # "three sole-source deals at $22 million apiece" counts contracts, each priced on its
        # own (each checked against the threshold), not units of one contract.
        return None
    found = route(composed.question, data, context)
    if found is None or not any(
        r.operation == "offset_obligation" and r.amount == composed.figure for r in found.requests
    ):
        return None
    if found.labels:
        found.labels = [None, *found.labels]
    found.requests = [composed.step, *found.requests]
    return found


def _then_share_of_remainder(found: Route | None, question: str, data: OffsetData) -> Route | None:
    """``found`` with the share of the remainder the question asks chained on the remainder it
    works out (``remainder_shares``); when nothing else was routed, the remainder of the two
    amounts written before that share (the first the whole, the second the part taken off it)
    and the share of it."""
    if found is not None:
        step = chained_on_remainder(question, found.requests, lambda r: _money_result(r, data))
        steps = [step] if step is not None else []
        if step is None and all(r.operation == "evaluate" for r in found.requests):
            # a part worked out on its own ("10% of KRW 90 billion"), then the share of what
            # is left of the whole (not of a figure the rule works out)
            steps = _rest_of_percentage_part(question, data)
        steps = [s for s in steps if not any(r.expression == s.expression for r in found.requests)]
        if steps:
            if found.labels:
                found.labels = [*found.labels, *[None] * len(steps)]
            found.requests = [*found.requests, *steps]
        return found
    share = share_of_remainder(question)
    if share is None:
        return None
    told = [a for a in roles(question) if a.end <= asked_at(question)]
    if len(told) == 1:
        return Route(steps) if (steps := _rest_of_percentage_part(question, data)) else None
    if len(told) != 2:
        return None
    try:
        whole, part = parse_amount(told[0].text), parse_amount(told[1].text)
    except CalculationError:
        return None
    if whole.currency is None or whole.currency != part.currency or part.value >= whole.value:
        return None
    rest = _evaluate(f"{told[0].text} − {told[1].text}")
    left = _money_result(rest, data)
    if left is None:
        return None
    return Route([rest, of_remainder(share, left)])


def _rest_of_percentage_part(question: str, data: OffsetData) -> list[CalculatorInput]:
    """When ``question`` writes one amount and one percentage of it before the share of the
    remainder it asks ("15% of it paid up front ... a quarter of the balance"): what is
    left of the amount once the percentage is taken off, and the share of that. Empty otherwise."""
    share = share_of_remainder(question)
    percentage = percentage_part(question)
    told = [a for a in roles(question) if a.end <= asked_at(question)]
    if share is None or percentage is None or len(told) != 1 or told[0].currency is None:
        return []
    rest = rest_after_percentage(percentage, told[0].text)
    left = _money_result(rest, data)
    return [rest, of_remainder(share, left)] if left is not None else []


def _then_part_against_rest(found: Route, question: str, data: OffsetData) -> None:
    """After the rest of a whole, the part set against it when the question asks that too ("what
    did the other suppliers deliver, and how many more did the main one?"): a step chained
    on the rest's result (``rest_compared``)."""
    compared = part_against_rest(question, found.requests, lambda r: _money_result(r, data))
    if compared is None:
        return
    step, label = compared
    if any(r.expression == step.expression for r in found.requests):
        return
    found.labels = [*found.labels, *[None] * (len(found.requests) - len(found.labels)), label]
    found.requests = [*found.requests, step]


def _stated_won_rate(question: str) -> str | None:
    """The exchange rate ``question`` itself gives, in words naming both currencies ("at 1,310
    won a dollar", "KRW 1,310 per USD"), or None."""
    match = _RATE.search(question)
    if match is None or not re.search(rf"(?:{_KRW})", match.group(0), re.I):
        return None
    return match.group("rate") or match.group("bare") or match.group("led") or match.group("after")


def _at_rate_stated(found: Route, question: str) -> None:
    """A rate the question states wins over the rate the sources imply: an ask worked out on its
    own (its clause does not repeat the rate) converts at the rate the question gives."""
    stated = _stated_won_rate(question)
    if stated is None:
        return
    found.requests = [
        r.model_copy(update={"rate": stated}) if r.rate == "implied" else r for r in found.requests
    ]
    found.total_converted = [
        r.model_copy(update={"rate": stated}) if r.rate == "implied" else r
        for r in found.total_converted
    ]


def _read_by_currency(found: Route, question: str, data: OffsetData) -> None:
    """Each amount ``found`` works out read as the clause naming its currency says ("euros
    to the nearest thousand, pounds to two places"), when the question reads two
    currencies each its own way."""
    by_currency = readings_by_currency(question)
    if not by_currency:
        return
    found.total_converted = [
        r.model_copy(update={"places": own.places, "scale": own.scale})
        if (own := by_currency.get(r.to_currency or "")) is not None
        else r
        for r in found.total_converted
    ]
    requests = []
    for request in found.requests:
        try:
            currency = calculate(request, data).currency
        except CalculationError:
            currency = None
        asked = by_currency.get(currency or "")
        if asked is not None and request.operation not in _PERCENT_RESULTS:
            request = request.model_copy(update={"places": asked.places, "scale": asked.scale})
        requests.append(request)
    found.requests = requests


# Two figures joined as a pair: "from 50 to 70", "$5 and $10", "between 8 and 2".
_PAIR_JOINER = lazy(r"^\s+(?:to|and|or|through|up to)\s+$", re.I)
_YEAR_SHAPED = lazy(r"^(?:19|20)\d\d$")


def units_shared(question: str) -> str:
    """``question`` with a unit written once for a pair of figures written on each of them:
    "cut from 45 to 20 percent" is cut from 45 percent to 20 percent, "$3 to $9 million" is $3
    million to $9 million, and "EUR 8 to 2 billion" is EUR 8 billion to EUR 2 billion. Read apart, the
    first figure would be a bare number (or a few dollars) and every change, ratio or difference
    between the two would be wrong by its unit. A year ("from 2016 to 2020 percent") lends and
    takes nothing."""
    tokens = lex(question, words=True)
    edits: list[tuple[int, str]] = []
    for first, second in itertools.pairwise(tokens):
        if not _PAIR_JOINER.match(question[first.end : second.start]):
            continue
        if any(t.glued or t.ordinal or t.exponent or t.sign for t in (first, second)):
            continue
        if _YEAR_SHAPED.match(question[first.num_start : first.num_end]) and not (
            first.pre or first.post or first.scale
        ):
            continue
        if first.scale is None and second.scale and first.post is None:
            # "$5 to $10 million", "5 to 10 million dollars": the scale is the pair's (with the
            # space written before it).
            suffix = question[second.num_end : second.scale_end]
            if first.pre is None and second.post is not None and second.currency is not None:
                suffix += question[second.scale_end : second.end]
            edits.append((first.num_end, suffix))
        elif not (first.pre or first.post or first.scale) and second.percent and not second.pre:
            # "rose from 45 to 60%": the percent sign is the pair's.
            edits.append((first.num_end, question[second.scale_end : second.end]))
        if first.pre and not (second.pre or second.post) and (first.scale or second.scale):
            # "USD 8 to 2 billion": the currency is the pair's.
            edits.append((second.num_start, question[first.start : first.num_start]))
    for at, text in sorted(edits, reverse=True):
        question = question[:at] + text + question[at:]
    return question


def _in_currency_asked(found: Route, question: str) -> None:
    """An offset on a contract in one currency asked in another ("a won contract's offset, in
    USD millions") is stated in the one asked: the calculator works out both."""
    currency = currency_asked(question)
    if currency is None:
        return
    found.requests = [
        r.model_copy(update={"to_currency": currency})
        if r.operation == "offset_obligation" and r.to_currency is None
        else r
        for r in found.requests
    ]


def _route(question: str, data: OffsetData, context: str = "") -> Route | None:
    """The calculation a question asks for, or None when it asks for none.

    A question that checks a reported fact ("Is it correct that X made up N% of Y?")
    is a question for the sources, whatever figures it restates. ``context`` is what a
    follow-up leans on (the earlier questions): it may name the figure of the sources that the
    question works on ("And in won?" after a question about a program's pledge).

    A question of several asks ("how many ships stayed home, and what fraction sailed?") gets
    each ask worked out: what the question as a whole routes to, and each ask's own calculation.
    """
    twice = _change_and_its_share(question)
    if twice is not None:
        return twice
    spread = _spread_of_stated(question)
    if spread is not None:
        return spread
    mean = _mean_of_listed(question)
    if mean is not None:
        return mean
    whole = _route_one(question, data, context)
    # "… how much did the toll rise? Tenths only.", "State it without decimals.": a sentence
    # that only says how to read the result is no ask; the whole question's reading takes it.
    parts = tuple(
        _asks_only(p) for p in split_parts(_without_named_readings(question)) if not only_reads(p)
    )
    if len(parts) < 2:
        # A sentence after the asks that only says how to read results reads every ask's, not
        # the last ask's alone, however the asks were told apart.
        borrowed = _elliptical_asks(question) or _distributed_asks(question)
        parts = tuple(_asks_only(p) for p in borrowed) or parts
    if len(parts) < 2 or _reports_a_fact(question, frame_of(question), data):
        return whole
    if whole is not None and whole.quoted:
        return whole
    # "…, and express the sum in euros (three decimals)": each ask's result is read
    # as the ask says, not as another ask's words say.
    own_way = any(_reads_own_way(reading(part)) for part in parts)
    # "Average the three bids; does that fall below a $5 million cap, and by what?": a later ask
    # measures the earlier ask's result against a mark it names; the whole question's reading
    # (which sets the mark against the question's own figure) answers neither ask.
    chained = any(_margin_of_earlier_asked(part) for part in parts[1:])
    given = roles(question)
    stated = [a.text for a in given]
    contracts = [a.text for a in given if a.role == "contract"]
    if (
        whole is not None
        and not own_way
        # "No decimals for the latter, two places for the first": asks read each its own
        # way are worked out ask by ask, so each result takes its own reading.
        and not any(readings_named(question, parts))
        and len({_kind(r) for r in _results_asked(whole, data)}) >= len(parts)
        and not _works_on_its_own_amount(parts, question, whole, data, context, stated)
        and not chained
    ):
        return whole  # a calculation of as many kinds as there are asks answers each already
    reads = [_only_names(i, parts, question, whole, data, context) for i in range(len(parts))]
    if any(reads) and not all(reads):
        # What is left asks besides the whole ("give the decline in dollars, and state the
        # later figure as a percentage (whole number)": the percentage is the whole's, the
        # decline an ask of its own), so it is worked out beside the whole even when alone.
        parts = tuple(p for p, r in zip(parts, reads, strict=True) if not r)
        own_way = any(_reads_own_way(reading(part)) for part in parts)
    asks: list[Route | None] = []
    for i in range(len(parts)):
        gap = _gap_of_earlier(parts[i], asks, data) if i >= 2 else None
        if asks and not _checks_threshold(whole):
            gap = gap or _mark_of_earlier(parts[i], asks[-1], data)
        back = _share_of_earlier(parts[i], asks[-1], data) if asks and not gap else None
        if back is not None and whole is not None:
            whole = _without_share_of(whole, back.requests[0].whole or "")
        asks.append(gap or back or _route_ask(i, parts, question, data, context))
    if measure_only(question):
        # "Three parts: $4 million, $9 million and $2 million. The spread?": a list of amounts
        # split apart is no contract put to the rule; only the measure is asked.
        kept = [i for i, a in enumerate(asks) if a is None or not _obligations_only(a)]
        parts = tuple(parts[i] for i in kept)
        asks = [asks[i] for i in kept]
    if whole is None and None in asks and not _facts_beside(parts, asks, data):
        # Some asks are for the sources ("who signed it, and what is 5% of that?"): the
        # question is theirs, not a calculation with an ask dropped.
        return None
    if whole is not None and all(ask is None for ask in asks) and _AGGREGATE.search(question):
        # "On average, how many rooms do the A, B, C and D wings have?": a list split into asks
        # that are none alone is what the whole's average or total is taken over.
        return whole
    if whole is not None and all(ask is None for ask in asks) and _asks_listed_of_sources(question):
        # A topic and a list of asks, stating no figure, none of which is a calculation alone
        # ("the port: its berths, its cost in euros, and the share of it paid by the city?"):
        # the whole's calculation was pieced together from words of different asks (a currency
        # from one, a figure of the sources from another) and answers none of them; the asks
        # are for the sources.
        return None
    routes = [r for r in asks if r is not None]
    asked = reading(question)
    named = readings_named(question, parts)
    if any(named):
        # "Round the sum to three places in millions and the mean to zero in thousands": each
        # ask's results are read as the clause naming it says.
        return _read_as_named(
            _joined(whole, routes, data, stated=stated, contracts=contracts), asks, named
        )
    if own_way and routes:
        return _read_by_kind(
            _joined(whole, routes, data, asks_first=True, stated=stated, contracts=contracts), asked
        )
    joined = _joined(whole, routes, data, asks_first=chained, stated=stated, contracts=contracts)
    if joined is not None and _by_kind(asked):
        return _read_by_kind(joined, asked)
    if joined is not None and (asked.places is not None or asked.scale is not None):
        # "…, and what proportion of the firms won orders? One decimal for both.": a sentence that
        # only says how to read the results reads each ask's, as it reads the whole's.
        joined.requests = [
            r
            if r.places is not None or r.scale is not None
            else r.model_copy(update={"places": _places(r, asked), "scale": asked.scale})
            for r in joined.requests
        ]
    return joined


# An aggregate asked over the things a question lists: their mean or their total.
_AGGREGATE = words(r"on average|average|mean|in all|all told|altogether|in total|combined|sum")


def _obligations_only(found: Route) -> bool:
    return all(r.operation == "offset_obligation" for r in found.requests)


# Where a sentence ends, a question's or a statement's, and the next begins.
_ANY_SENTENCE_BREAK = lazy(r"(?<=[.!?])\s+(?=[A-Z])")


def _without_named_readings(question: str) -> str:
    """``question`` without the sentences after its first that only name results with their
    readings ("Mean in whole thousands, ratio to one place."): they are split into no ask
    (each result is read as its clause says, ``readings_named``)."""
    first, *more = _ANY_SENTENCE_BREAK.split(question)
    return " ".join([first, *(m for m in more if not names_its_readings(m))])


def _read_as_named(
    joined: Route | None, asks: list[Route | None], named: list[Reading | None]
) -> Route | None:
    """``joined`` with each result an ask gave read as ``named`` reads that ask (places and
    scale); a result no named ask gave keeps its reading."""
    if joined is None:
        return None
    for ask, read in zip(asks, named, strict=True):
        if ask is None or read is None:
            continue
        joined.requests = [
            r.model_copy(update={"places": read.places, "scale": read.scale})
            if any(_same_request(r, mine) for mine in ask.requests)
            else r
            for r in joined.requests
        ]
    return joined


# A figure a question states: a number that is no year ("25 bids", "USD 60 million", "40%").
_STATED_FIGURE = lazy(r"(?<![\w.-])(?!(?:19|20)\d\d(?!\d|[.,]\d))\d[\d.,]*(?![\w-])")


# An ask for the sources opens with a question word ("when did …", "in what year …"); one for a
# count or an amount ("how many …", "how much …", "what percent …") may be the calculation's,
# and so may one for a size, bare or after a preposition ("and for how much?", "and how
# large?"): beside a calculation, it asks the size of what the calculation works out.
_FACT_OPENING = lazy(
    rf"^\W*(?:and\s+|also\s+)?(?:(?:in|on|at|by|from|since|for|to|under)\s+)?(?:{WH_WORDS})\b",
    re.I,
)
_AMOUNT_OPENING = lazy(
    r"^\W*(?:and\s+|also\s+)?(?:(?:for|to|by|at|of)\s+)?"
    r"(?:how\s+(?:much|many|far|long|large|big)|what\s+(?:percent\w*|share|"
    r"fraction|proportion|portion|part|amount|sum|total|value|ratio))\b",
    re.I,
)
# Words that name a result to work out: an ask with one is the calculation's, not the sources'.
_WORKED_OUT = words(
    r"shares?|percent\w*|proportions?|fractions?|ratios?|times|totals?|sums?|add\w*|"
    r"differen\w*|gaps?|averages?|mean|per|rates?|changes?|rises?|rose|falls?|fell|drops?|"
    r"dropped|increase\w*|decrease\w*|declin\w*|grow\w*|grew|convert\w*|impl\w*|left|"
    r"remain\w*|owe\w*|obligations?|cost\w*|worth|dollars?|won|euros?|yen|"
    r"comput\w*|calculat\w*|work out|each|apiece|combined|altogether|more|less|fewer",
    r"%",
)


def fact_asks(question: str, data: OffsetData) -> list[str]:
    """The asks of a question of several asks that are for the sources, not the calculator ("when
    was the bridge opened, and what is 8% of its cost?" asks a date beside a
    sum): each opens with a question word, states no figure, names no result to work out and
    refers to no earlier result, and routes to no calculation on its own. A calculation answers
    the other asks; these are composed from the sources beside it, so no ask goes unanswered."""
    parts = split_parts(question)
    if len(parts) < 2:
        return []
    return [
        part
        for part in parts
        if _asks_the_sources(part, data) and not _applies_proposal_stated(part, question)
    ]


def _applies_proposal_stated(part: str, question: str) -> bool:
    """Whether ``part`` asks what a rule put forward would give ("and under KIET's proposal?")
    whose shares the question itself states elsewhere: the calculation works it out on the
    question's shares, so it is no fact left to the sources."""
    return bool(
        _PROPOSED.search(part)
        and not _SHARE_WRITTEN.search(part)
        and _SHARE_WRITTEN.search(question)
        and _PROPOSED.search(question.replace(part, " "))
    )


def _facts_beside(parts: tuple[str, ...], asks: list[Route | None], data: OffsetData) -> bool:
    """Whether the asks that route to no calculation are each a fact of the sources asked beside
    the ones that do, alone ("when did DAPA come into being, and what would a USD 30 million deal
    owe?"): the calculation answers its asks and the sources the others (``fact_asks``). An ask
    that leans on another's result ("who signed it, and what is 5% of that?") is no such fact."""
    routed = [a for a in asks if a is not None]
    left = [p for p, a in zip(parts, asks, strict=True) if a is None]
    return bool(routed) and all(_asks_the_sources(p, data) for p in left)


def _asks_the_sources(part: str, data: OffsetData) -> bool:
    """Whether ``part`` asks for a fact of the sources rather than a result to work out."""
    if not _FACT_OPENING.search(part) or _AMOUNT_OPENING.search(part):
        return False
    if _STATED_FIGURE.search(part) or amounts(part) or currency_asked(part):
        return False
    if _WORKED_OUT.search(part) or _PRONOUN_REFERENCE.search(part):
        return False
    return route(part, data) is None


def _asks_listed_of_sources(question: str) -> bool:
    """Whether ``question`` names a topic and lists asks of it ("the port: its berths, and its
    cost in euros?") and states no figure of its own: a figure stated is one to be worked on,
    whichever ask it stands in."""
    return asks_of_topic(question) and not _STATED_FIGURE.search(question)


# An ask for the gap between what the asks before it worked out: "and the spread between
# those?", "how far apart are they?".
_GAP_OF_EARLIER = lazy(
    r"\b(?:gap|difference|spread|shortfall)\s+(?:is\s+there\s+)?between\s+(?:the\s+)?"
    r"(?:two|both|them|those|these)\b|\bhow far apart\b",
    re.I,
)


def _gap_of_earlier(part: str, earlier: list[Route | None], data: OffsetData) -> Route | None:
    """Ask ``part``, when it asks the difference of the two amounts the asks before it worked out
    ("what would A require, what would B, and the gap?"): the larger less the smaller. None
    when it asks no such gap, or the earlier asks gave other than two amounts of one currency."""
    if amounts(part) or not _GAP_OF_EARLIER.search(part):
        return None
    figures = _amounts_worked_out(
        [request for route_ in earlier if route_ is not None for request in route_.requests], data
    )
    if figures is None or len(figures) != 2 or figures[0][0] != figures[1][0]:
        return None
    (currency, a), (_, b) = figures
    larger, smaller = max(a, b), min(a, b)
    return Route(
        [_evaluate(f"{format_money(larger, currency)} − {format_money(smaller, currency)}")]
    )


# An amount put into the contract an earlier ask checked: "folds EUR 2 million of dredging into
# the same contract", "if USD 1 million is added to that deal".
_ADDED_INTO = lazy(
    r"\b(?:bundl|add|fold|roll|put|tack|includ)\w*\b.{0,60}?\b(?:into|to|in|onto|on)\s+"
    r"(?:the\s+same|that|this|the)\s+(?:contract|deal|order|purchase|import)\b",
    re.I,
)


def _with_added_to_contract(found: Route | None, question: str, data: OffsetData) -> Route | None:
    """``found`` with the contract it checked grown by the one amount the question puts into it
    ("… then folds EUR 2 million of dredging into that deal: what is owed then?"): the
    grown contract, and the obligation on it, each worked out beside the first check. ``found``
    as it is when the question adds nothing to a contract, or it checked no one contract of the
    added amount's currency."""
    added_into = _ADDED_INTO.search(question)
    if found is None or added_into is None:
        return found
    clause_start = max(question.rfind(c, 0, added_into.start()) for c in ",.;:?!") + 1
    stated = amounts(question[clause_start : added_into.end()])
    checked = [r for r in found.requests if r.operation == "offset_obligation" and r.amount]
    if len(stated) != 1 or len({r.amount for r in checked}) != 1:
        return found
    try:
        contract, added = parse_amount(checked[0].amount or ""), parse_amount(stated[0])
    except CalculationError:
        return found
    if contract.currency is None or contract.currency != added.currency:
        return found
    grown = format_money(contract.value + added.value, contract.currency)
    found.requests = [
        *found.requests,
        _evaluate(f"{checked[0].amount} + {stated[0]}"),
        checked[0].model_copy(update={"amount": grown}),
    ]
    found.labels = [*found.labels, *[None] * (len(found.requests) - len(found.labels))]
    return found


# An ask whether a result reaches a mark: "does it cross …", "is that above …", "will it top …".
_REACHES = words(
    r"cross\w*|exceed\w*|reach\w*|clear\w*|pass\w*|tops?|surpass\w*|meets?|hits?|"
    r"above|over|below|under|beyond|short of|more than|less than"
)
# A yes-or-no ask: it opens with its verb ("does it …", "is that …", "would it …").
_YES_NO = lazy(r"^\W*(?:and\s+)?(?:does|do|did|is|are|was|were|would|will|can|could)\b", re.I)


def _mark_of_earlier(part: str, earlier: Route | None, data: OffsetData) -> Route | None:
    """Ask ``part``, when it asks whether the one amount the ask before it worked out reaches an
    amount it names ("…, and is that over the 3 million franc ceiling?"): the mark less that amount,
    given as the gap below the mark or above it. A mark named as a
    threshold is a figure of the sources restated, so the sentence that states it is cited. None
    when the ask is no such yes-or-no ask, names no one amount, or the ask before gave other
    than one amount of the mark's currency."""
    stated = amounts(part)
    # "…; by what does it miss the $5 million cap?": the margin asked outright, not whether the
    # mark is reached, is the same gap, stated without the yes or no.
    margin = _margin_of_earlier_asked(part)
    if earlier is None or len(stated) != 1 or not (_YES_NO.search(part) or margin):
        return None
    if not (_PRONOUN_REFERENCE.search(part) or _BACK_REFERENCE.search(part)):
        return None
    if not (_REACHES.search(part) or margin):
        return None
    figures = _amounts_worked_out(list(earlier.requests), data)
    try:
        mark = parse_amount(stated[0])
    except CalculationError:
        return None
    if not figures or len(figures) != 1 or figures[0][0] != mark.currency:
        return None
    currency, value = figures[0]
    # A quotient may not end ("KRW 14.2 billion at 1,450"): it is set against the mark to the
    # hundredth, as the calculator shows it, which leaves which side of the mark it lies on.
    figure = format_money(value.quantize(Decimal("0.01")), currency)
    restated = (stated[0],) if _THRESHOLD_NAMED.search(part) else ()
    if margin:
        # A margin asked outright is the positive gap, the larger less the smaller.
        over = value.quantize(Decimal("0.01")) > mark.value
        expression = f"{figure} − {stated[0]}" if over else f"{stated[0]} − {figure}"
        label = _margin_label(figure, stated[0], over)
        return Route([_evaluate(expression)], labels=[label], restated=restated)
    return Route(
        [_evaluate(f"{stated[0]} − {figure}")],
        labels=[_mark_label(figure, stated[0])],
        restated=restated,
    )


def _margin_label(figure: str, mark: str, over: bool) -> Label:
    """The margin between an amount and a mark, asked outright: no yes or no before it."""
    if over:
        return lambda result: say("over_mark_margin", figure=figure, mark=mark, result=result)
    return lambda result: say("short_of_mark_margin", figure=figure, mark=mark, result=result)


def _margin_of_earlier_asked(part: str) -> bool:
    """Whether ask ``part`` asks outright the margin between the result an earlier ask worked out
    (named back: "that mean", "it") and the one amount it names ("how far short of $2 million
    was that mean?")."""
    return (
        len(amounts(part)) == 1
        and bool(_MARGIN.search(part))
        and not _YES_NO.search(part)
        and bool(_PRONOUN_REFERENCE.search(part) or _BACK_REFERENCE.search(part))
    )


# The whole a share is asked of, restated after "of": "what share of the 90 is that",
# "what percent of all 90 does it make", "of the EUR 40 million".
_OF_WHOLE = lazy(r"\bof\s+(?:the\s+|all\s+|those\s+|these\s+)?$", re.I)


def _share_of_earlier(part: str, earlier: Route | None, data: OffsetData) -> Route | None:
    """Ask ``part``, when it asks what share of a whole it restates the one figure the ask before
    it worked out makes ("Of 90 crates 25 were opened. The unopened ones, and in percent of all
    90?"): that worked figure over the whole, never a figure the question writes over it (the
    25 is not "that"). None when the ask asks no share, names nothing back, restates
    no one whole after "of", or the ask before gave other than one figure."""
    if earlier is None or not _PERCENT_ASKED.search(part):
        return None
    if not (_THAT_RESULT.search(part) or _PRONOUN_REFERENCE.search(part)):
        return None
    money = amounts(part)
    counts = _counts(part)
    if len(money) + len(counts) != 1:
        return None
    if money:
        start = part.find(money[0])
        if start < 0 or not _OF_WHOLE.search(part[:start]):
            return None
        try:
            whole = parse_amount(money[0])
        except CalculationError:
            return None
        figures = _amounts_worked_out(list(earlier.requests), data)
        if not figures or len(figures) != 1 or figures[0][0] != whole.currency:
            return None
        currency, value = figures[0]
        figure = format_money(value, currency)
        return Route([CalculatorInput(operation="share_of", part=figure, whole=money[0])])
    count = counts[0]
    if not _OF_WHOLE.search(part[: count.start]):
        return None
    if len(earlier.requests) != 1 or earlier.requests[0].operation in _PERCENT_RESULTS:
        return None
    results = _results(earlier, data)
    if results is None or _amounts_worked_out(list(earlier.requests), data):
        return None  # a count's share is of a count, never of money
    whole_text = f"{count.scaled().normalize():f}"
    return Route([CalculatorInput(operation="share_of", part=results[0], whole=whole_text)])


def _without_share_of(whole: Route, of: str) -> Route | None:
    """``whole`` without its shares of ``of``: an ask names back what the ask before it worked
    out ("what share of the 90 is that"), so a share of that whole the question as a whole reads
    from its own figures (the 25 opened of the 90) answers no ask. None when nothing is left."""
    labels = [*whole.labels, *[None] * (len(whole.requests) - len(whole.labels))]
    kept = [
        (r, label)
        for r, label in zip(whole.requests, labels, strict=True)
        if not (r.operation == "share_of" and r.whole == of)
    ]
    if not kept:
        return None
    if len(kept) == len(whole.requests):
        return whole
    return replace(
        whole,
        requests=[r for r, _ in kept],
        labels=[label for _, label in kept][: len(whole.labels)],
    )


def _checks_threshold(whole: Route | None) -> bool:
    """Whether the whole question's route works out an offset obligation, which sets the contract
    against the rule's threshold itself: an ask whether it crosses that threshold is answered."""
    return whole is not None and any(r.operation == "offset_obligation" for r in whole.requests)


def _mark_label(figure: str, mark: str) -> Label:
    """How far an amount falls short of a mark (the gap is positive) or goes over it."""

    def label(result: str) -> str:
        if result.startswith(("−", "-")):
            return say("over_mark_by", figure=figure, mark=mark, result=result.lstrip("−-"))
        return say("short_of_mark_by", figure=figure, mark=mark, result=result)

    return label


def _amounts_worked_out(
    requests: list[CalculatorInput], data: OffsetData
) -> list[tuple[str, Decimal]] | None:
    """The amounts of money ``requests`` work out, each once, in order (an offset rule looked up
    is no amount); None when one of them cannot be worked out."""
    found: dict[tuple[str, Decimal], None] = {}
    for request in requests:
        try:
            result = calculate(request, data)
        except CalculationError:
            return None
        if result.currency and result.result is not None and result.operation != "offset_rule":
            found[(result.currency, Decimal(result.result))] = None
    return list(found)


def _by_kind(asked: Reading) -> bool:
    """Whether the question rounds percentages one way and amounts another."""
    return asked.percent_places is not None or asked.money_places is not None


def _read_by_kind(joined: Route | None, asked: Reading) -> Route | None:
    """``joined`` with each result read as the question reads its kind ("won in billions with
    three decimals; shares as whole percentages"): a sentence that names the kind it rounds
    rounds that kind in every ask, whichever ask the question's parts gave it to."""
    if joined is None or not _by_kind(asked):
        return joined
    joined.requests = [
        r.model_copy(
            update={
                "places": _places(r, asked),
                "scale": r.scale if r.operation in _PERCENT_RESULTS else asked.scale or r.scale,
            }
        )
        for r in joined.requests
    ]
    return joined


# "What was the mean deal size, and the implied total?": a second ask that borrows the first's
# question words. Only the calculator reads it so: split for the sources, "what were the costs,
# and the dates" would lose the noun the two share.
_ELLIPTICAL = lazy(
    r"(?P<head>\b(?:what|how much|how many)(?:\s+(?:was|were|is|are|would be|will be)|['’]s)\s+)"
    r"(?P<first>(?:[^?.;,()]|\([^()]*\))+?),?\s+and\s+(?P<second>the\s+(?:[^?.;,()]|\([^()]*\))+?)"
    r"\s*(?:\?|$)",
    re.I,
)


def _elliptical_asks(question: str) -> tuple[str, ...]:
    """The two asks of a question whose second borrows the first's question words ("…: what was
    the average lease, and the implied total?" asks "what was the implied total" too)."""
    match = _ELLIPTICAL.search(question)
    if match is None:
        return ()
    second = f"{match.group('head')}{match.group('second')}"
    return question[: match.end("first")], second[0].upper() + second[1:]


# One verb or ratio shared by two coordinated phrases that repeat their preposition: "how much of
# A's X and of its Y was paid", "P as a percentage of Q and as a percentage of R". The repeated preposition
# (an "of", or a ratio ending in "of") is what marks two asks; "of A and B" may name one thing.
_DISTRIBUTED = lazy(
    r"(?P<lead>\b(?:as an?\s+(?:share|percent(?:age)?|fraction|proportion|multiple)\s+)?of\s+)"
    r"(?P<first>(?:[^?;:()]|\([^()]*\))+?),?\s+and\s+(?P=lead)"
    r"(?P<second>(?:[^?;:(),]|\([^()]*\))+?)"
    # The verb after the second phrase that the two share: "... had been delivered".
    r"(?P<tail>\s+(?:had|has|have|was|were|is|are|did|does|do|would|will|could|went|got)\b"
    r"[^?;,]*?)?\s*(?=\?|$)",
    re.I,
)
# What owns the first phrase, which "its" in the second stands for: a possessive ("Acme's")
# or a name put before the noun ("the Acme pledge").
_OWNER = lazy(r"^(?:the\s+)?(?P<owner>[\w.&-]+['’]s)\s|^(?P<owner_name>the\s+[A-Z][\w.&-]*)\s")


def _distributed_asks(question: str) -> tuple[str, ...]:
    """The two asks of a clause whose verb or ratio is shared by two phrases that each repeat
    the preposition ("P as a percentage of Q and as a percentage of R?" asks P over Q and P over
    R; "how much of A's X and of its Y was paid?" asks of X and of Y): each ask is the clause
    with one phrase, and the verb after the second phrase, which both share."""
    match = _DISTRIBUTED.search(question)
    if match is None:
        return ()
    tail, second = match.group("tail") or "", match.group("second")
    owner = _OWNER.match(match.group("first"))
    if owner is not None:
        # "of A's X and of its Y": the second phrase's "its" is A.
        named = owner.group("owner") or owner.group("owner_name")
        second = re.sub(r"^(?:its|their)\b", named, second, flags=re.I)
    head, rest = question[: match.start("first")], question[match.end() :]
    return f"{head}{match.group('first')}{tail}{rest}", f"{head}{second}{tail}{rest}"


# What an ask that also says how to read its result asks for: a question word, a figure, or
# a calculation named ("convert the total", "the share").
# What asks by its own words, not only names a result to read: a question word, a figure, or a
# calculation named by its verb.
_ASKS_ITSELF = words(
    rf"{WH_WORDS}|convert\w*|add\w*|sum\w*|subtract\w*|divid\w*|multipl\w*|comput\w*|"
    r"calculat\w*|work out|express\w*",
    r"\d",
)


# Words that name no result: "both", "each", "the", "please", punctuation.
_NAMING = lazy(
    r"\b(?:and|the|both|each|all|please|as|in|a|an|of|them|figures?|results?)\b|[^\w\s%]", re.I
)


def _only_names(
    i: int,
    parts: tuple[str, ...],
    question: str,
    whole: Route | None,
    data: OffsetData,
    context: str,
) -> bool:
    """Whether ask ``i`` only says how to read results the question asks anyway ("Both as
    percentages, to one place.", "the share as a whole number"): it states no amount, asks
    nothing by a question word or a verb of calculation, and by its own words asks no calculation
    the whole question does not."""
    part = parts[i]
    asked = reading(part)
    if not _reads_own_way(asked) or amounts(part) or _ASKS_ITSELF.search(asked.question):
        return False
    if len(_NAMING.sub(" ", asked.question).split()) <= 2:
        return True  # "the share", "dollars": a result named in a word or two
    alone = _route_one(_with_premise(i, parts, question, bracket=False), data, context)
    if alone is None:
        return True
    done = whole.requests if whole is not None else []
    return all(any(_same_request(r, d) for d in done) for r in alone.requests)


def _asks_only(part: str) -> str:
    """``part`` without the sentences after its first that only say how to read results ("… the
    port's fee at 15%. Tenths for both."): they read every ask's result, as the whole's reading
    does, not this ask's alone."""
    first, *more = _SENTENCE_BREAK.split(part)
    return " ".join([first, *(m for m in more if not only_reads(m))])


def _reads_own_way(asked: Reading) -> bool:
    """Whether an ask says how its result is to be read (places or scale)."""
    return asked.places is not None or asked.scale is not None


# Where a statement ends and the next sentence begins: "... 46 of them sole-source. How many ...".
_SENTENCE_BREAK = lazy(r"(?<=[.!])\s+(?=[A-Z])")


def _route_ask(
    i: int, parts: tuple[str, ...], question: str, data: OffsetData, context: str
) -> Route | None:
    """The calculation ask ``i`` asks for. An ask that works on what the ask before it gives
    ("…, and express the sum in euros") is worked on that result, as a follow-up is."""
    # A pronoun of the topic put after the ask ("(the deal as the paper reports it)") names the
    # topic, not an earlier ask's result: only the ask's own words refer back.
    own = _TOPIC_AFTER.sub("", parts[i])
    if i > 0 and not amounts(parts[i]) and _BACK_REFERENCE.search(own):
        earlier = _with_premise(i - 1, parts, question)
        try:
            chained = follow_up_route(parts[i], earlier, data)
        except CalculationError:
            chained = None  # the earlier result cannot be written in as an amount: read it alone
        if chained is not None and not _on_itself(chained):
            return chained
        on_earlier = _on_earlier_result(i, parts, question, data, context)
        if on_earlier is not None:
            return on_earlier
    if i > 0 and amounts(parts[i]) and _PRONOUN_REFERENCE.search(parts[i]):
        # "…, and how far does it sit below EUR 5 million?": an ask that states an amount of its own
        # and calls the earlier ask's result "it" works on both, as a follow-up would.
        try:
            chained = follow_up_route(parts[i], _with_premise(i - 1, parts, question), data)
        except CalculationError:
            chained = None  # the earlier result cannot be written in as an amount: read it alone
        if chained is not None and _results(chained, data) is not None:
            return chained
    if i > 0 and not amounts(parts[i]) and not _BACK_REFERENCE.search(own):
        # "…? And the mean size of a deal?": an ask that refers to no earlier figure is read
        # on its own (with the question's statements), not as the asks before it read again.
        alone = _route_one(_with_premise(i, parts, question, bracket=False), data, context)
        if alone is None:
            alone = _on_figures_of_sources(parts[i], data, context)
        if alone is not None:
            return alone
        if not any(amounts(p) for p in parts[:i]):
            # The earlier asks are put beside an ask for the amounts they state; asks that
            # state none lend it only words of their own ("…, its cost in euros, and the
            # share paid?": the currency is the cost's, not the share's).
            return None
    found = _route_one(_with_premise(i, parts, question), data, context)
    head = _LIST_HEAD.match(question)
    if found is None and head is not None and not amounts(head.group()):
        # "Work out what was paid on two orders: X at 40%, and Y at 15%": what the list's head
        # asks is asked of each item, which names only its own figures.
        found = _route_one(f"{head.group()}{parts[i]}", data, context)
    if found is None and i > 0 and _stands_for_earlier_noun(parts[i]):
        # "Work out the offset on a $22 million deal, and say whether a $8 million one would owe
        # any": "one" is the earlier ask's thing, and "any" its offset; the ask is read with the
        # asks before it beside it, and keeps what it works out on its own amounts.
        own_amounts = set(amounts(parts[i]))
        beside = f"{_with_premise(i, parts, question, bracket=False)} ({', '.join(parts[:i])})"
        found = _route_one(beside, data, context)
        mine = [r for r in found.requests if _operands(r) & own_amounts] if found else []
        found = replace(found, requests=mine, labels=[]) if found and mine else None
    if found is not None and _on_itself(found):
        # "…, and the harbour levy against the total?": "the total" names the whole of
        # the sources' figures the ask works on, not a figure to set against itself; the ask
        # is read alone.
        alone = _route_one(_with_premise(i, parts, question, bracket=False), data, context)
        found = alone if alone is not None and not _on_itself(alone) else found
    return found


def _on_earlier_result(
    i: int, parts: tuple[str, ...], question: str, data: OffsetData, context: str
) -> Route | None:
    """ "Of 40 cranes, 12 ran on diesel. The rest, and which percentage is that?": ask ``i``
    names the result of the ask before it back ("that") but cannot be worked on it alone (a
    count is no amount to write in); it is read with the asks before it, and of what that
    reading works out, the requests that work on the earlier ask's result are its own."""
    end = question.find(parts[i])
    before = _route_one(_with_premise(i - 1, parts, question), data, context)
    if end < 0 or before is None:
        return None
    through = _route_one(question[: end + len(parts[i])], data, context)
    results = {_value_of(r) for r in _results(before, data) or []} - {None}
    if through is None or not results:
        return None
    mine = [r for r in through.requests if {_value_of(o) for o in _operands(r)} & results]
    return replace(through, requests=mine, labels=[]) if mine else None


def _value_of(written: str) -> Decimal | None:
    """The value of one written amount or number ("216", "USD 9 million"); None if it is none."""
    try:
        return parse_amount(written).value
    except (CalculationError, ArithmeticError, ValueError):
        return None


def _stands_for_earlier_noun(part: str) -> bool:
    """Whether ``part`` states an amount of a thing it calls "one" ("a $9 million one", "a USD 8
    million sole-source one"): the thing is named by an ask before it."""
    return any(_ONE_AFTER.match(part, a.end) for a in roles(part))


# "one" after an amount, perhaps past a word of its kind: " one", " competitive one".
_ONE_AFTER = lazy(r"\s+(?:[\w-]+\s+)?ones?\b", re.I)


def _on_itself(found: Route) -> bool:
    """Whether ``found`` works a figure against itself (its change to itself, its share of
    itself): the earlier result read back where the ask names another figure ("what share of
    the total is the steel item?" after the total), which answers nothing asked."""
    return any(
        (r.old is not None and r.old == r.new) or (r.part is not None and r.part == r.whole)
        for r in found.requests
    )


# The topic a question opens with, put after each of its asks in brackets: "(prices rose 4 to 6)".
_TOPIC_AFTER = lazy(r"\s*\((?P<topic>[^()]*)\)\s*$")


def _on_figures_of_sources(part: str, data: OffsetData, context: str) -> Route | None:
    """Ask ``part`` worked on figures of the sources its own words name ("what multiple of
    B's quota is A's?"), without the figures of the topic the question opened with ("visits
    went from 40 to 50: what rise is that, and …?"): those are another ask's inputs, and read here
    they stand where the sources' figures should. None when the topic states no figure or the
    ask alone names none of the sources'."""
    topic = _TOPIC_AFTER.search(part)
    if topic is None or not _STATED_FIGURE.search(topic.group("topic")):
        return None
    found = _route_one(part[: topic.start()], data, context)
    return found if found is not None and found.cites else None


# An earlier result named by a pronoun or as "that figure": in an ask that states an amount of its
# own, "the offset" or "the total" may name a new thing, but "it" names what came before.
_PRONOUN_REFERENCE = lazy(
    r"\bit\b(?!\s+(?:year|period|time|decade|month|quarter|day|week)s?\b)|"
    r"\b(?:that|this)\s+(?:figure|result|value|amount|sum|total)\b",
    re.I,
)


# The head of a list of items a question asks the same thing of, up to its colon.
_LIST_HEAD = lazy(r"^[^:?]{10,200}?:\s+")


def _with_premise(i: int, parts: tuple[str, ...], question: str, bracket: bool = True) -> str:
    """Ask ``i`` of ``parts`` with what it works on: the statements before the question, and,
    for an ask that states no amount ("and what offset does it owe?"), the asks before it, in
    brackets after it, where the amounts its pronouns stand for are."""
    part = parts[i]
    if i == 0:
        return part
    premise = _premise(question)
    if not part.startswith(premise):
        part = f"{premise} {part}".strip()
    if bracket and not amounts(parts[i]):
        part = f"{part} ({', '.join(parts[:i])})"
    return part


def _premise(question: str) -> str:
    """The statements a question makes before it asks ("A firm signed 12 deals, 5 of them
    abroad."): every ask of the question works on them."""
    sentences = _SENTENCE_BREAK.split(question.strip())
    while len(sentences) > 1 and only_reads(sentences[-1]):
        # "… and find the mean. Euros to the nearest thousand.": the sentence that asks is
        # the last one that asks, not the reading after it.
        sentences.pop()
    return " ".join(sentences[:-1])


def _works_on_its_own_amount(
    parts: tuple[str, ...],
    question: str,
    whole: Route,
    data: OffsetData,
    context: str,
    stated: list[str],
) -> bool:
    """Whether some ask works on an amount the question states that the whole's calculation of
    that kind does not ("the lease in euros, and its 20% deposit in euros?":
    the whole converts only the deposit it worked out; the first ask converts the lease)."""
    used = {o for d in whole.requests for o in _operands(d)}
    for i in range(len(parts)):
        found = _route_ask(i, parts, question, data, context)
        if found is None:
            continue
        if any(_on_amount_of_its_own(r, whole.requests, stated) for r in found.requests):
            return True
        if all(_operands(r) and not _operands(r) & used for r in found.requests):
            # "the mean price of a jet, and what the pledges add up to": the whole worked only
            # on the pledges; an ask whose figures no calculation of the whole uses is unanswered.
            return True
    return False


def _operands(request: CalculatorInput) -> set[str]:
    """The amounts ``request`` works on, as written: its expression's terms, or its amount,
    part, whole, old and new values."""
    terms = _OPERATORS.split(request.expression) if request.expression else []
    fields = (request.amount, request.part, request.whole, request.old, request.new)
    return {t.strip(" ()") for t in (*terms, *fields) if t and t.strip(" ()")}


def _on_amount_of_its_own(
    request: CalculatorInput, done: list[CalculatorInput], stated: list[str]
) -> bool:
    """Whether ``request`` works on an amount the question states (``stated``) while every
    request of its kind in ``done`` works on an amount worked out, not stated: it is an ask of
    its own, not one of those read again."""
    if request.amount is None or request.amount not in stated:
        return False
    kin = [d for d in done if _kind(d) == _kind(request)]
    return bool(kin) and all(d.amount is not None and d.amount not in stated for d in kin)


def _joined(
    whole: Route | None,
    asks: list[Route],
    data: OffsetData,
    asks_first: bool = False,
    stated: list[str] | None = None,
    contracts: list[str] | None = None,
) -> Route | None:
    """The whole question's route, with each ask's calculation of another kind worked out too
    ("how many were left" beside "what share was that"). An ask whose calculation is of a kind the
    route already does is the same ask read again, perhaps without words the whole has (a
    contract type, a rate), and adds nothing; but each calculation answers one ask only: once an
    ask has given the very calculation the route does ("the whole a share implies, and the mean
    size of a deal": two divisions), another ask of that kind is an ask of its own, as is an ask
    working on an amount the question states (``stated``) where the route's calculations of its
    kind work on amounts they worked out. ``asks_first``: the asks' routes come first, the whole's
    adds only calculations of kinds they lack. ``contracts``: the contracts the question states;
    a rule applied by an ask to one that no request of the route checks is worked out too."""
    ordered: list[tuple[Route | None, bool]] = [(r, True) for r in asks]
    ordered = [*ordered, (whole, False)] if asks_first else [(whole, False), *ordered]
    routes = [(r, ask) for r, ask in ordered if r is not None and _results(r, data) is not None]
    if not routes:
        return whole
    first, first_is_ask = routes[0]
    joined = replace(first, requests=list(first.requests), cites=list(first.cites))
    joined.labels = [*joined.labels, *[None] * (len(joined.requests) - len(joined.labels))]
    # The route's requests an ask has answered: its own, given again, or read again.
    answered = [first_is_ask] * len(joined.requests)
    # An arithmetic expression of the whole that some ask gives again as it is, is that ask's
    # answer; it is not waiting for another ask of its kind to read it again ("the whole a share
    # implies, and the mean per deal": the whole's one division is the mean's, so the implied
    # whole is new). A rule's request (an obligation) an ask may read again without a word of the
    # whole's (its contract type), so it stays open to that reading.
    given = [r for found, ask in routes[1:] if ask for r in found.requests]
    claimed = [
        not first_is_ask
        and done.operation == "evaluate"
        and any(_same_request(done, r) for r in given)
        for done in joined.requests
    ]
    for found, ask in routes[1:]:
        labels = [*found.labels, *[None] * (len(found.requests) - len(found.labels))]
        new = []
        for r, label in zip(found.requests, labels, strict=True):
            kin = [j for j, done in enumerate(joined.requests) if _kind(done) == _kind(r)]
            if _without_year_of(r, joined.requests):
                continue
            if r.operation in _RULE_OPERATIONS and r in joined.requests:
                # "Would the contract be caught under each wording?": one contract under one
                # rule is worked out once, however many asks name it.
                continue
            again = [j for j, d in enumerate(joined.requests) if _worked_out_again(r, d, data)]
            if again:
                # One gap worked out twice, once from the sum written in: the working that shows
                # where the sum comes from is kept.
                j = again[0]
                if len(r.expression or "") > len(joined.requests[j].expression or ""):
                    joined.requests[j], joined.labels[j] = r, label
                    joined.cites += [c for c in found.cites if c not in joined.cites]
                continue
            if not kin or (ask and _on_amount_of_its_own(r, joined.requests, stated or [])):
                new.append((r, label))
            elif wider := [j for j in kin if _covers(r, joined.requests[j])]:
                # One country's rule asked by a part, then compared with another's on the same
                # contract (by another part, or the whole): the comparison works it out too, and
                # takes its place.
                if not _covers(joined.requests[wider[0]], r):
                    joined.requests[wider[0]], joined.labels[wider[0]] = r, label
                answered[wider[0]] = answered[wider[0]] or ask
            elif not ask:
                continue  # the whole question read again
            elif same := [j for j in kin if _covers(joined.requests[j], r)]:
                answered[same[0]] = True
            elif (
                ask
                and r.operation in _RULE_OPERATIONS
                and r.amount in (contracts or [])
                and _another_contract(r, [joined.requests[j] for j in kin])
            ):
                # "…, and say whether a $9 million one would owe any": a rule applied to a
                # contract no request checks yet is an ask of its own, never one read again.
                new.append((r, label))
            elif waiting := [j for j in kin if not answered[j] and not claimed[j]]:
                answered[waiting[0]] = True
            else:
                new.append((r, label))
        if not new:
            continue
        joined.requests += [r for r, _ in new]
        joined.labels += [label for _, label in new]
        answered += [ask] * len(new)
        claimed += [False] * len(new)
        joined.cites += [c for c in found.cites if c not in joined.cites]
        joined.lead = _leads(joined.lead, found.lead)
        joined.disputed = joined.disputed or found.disputed
        joined.restated = tuple(dict.fromkeys([*joined.restated, *found.restated]))
    # What a route asks of the obligations worked out (their sum, each one's gap to the threshold,
    # the gap between them) is asked of the joined route, whichever route comes first.
    joined.total = any(r.total for r, _ in routes)
    joined.below = any(r.below for r, _ in routes)
    joined.difference = any(r.difference for r, _ in routes)
    joined.offered = joined.offered or next((r.offered for r, _ in routes if r.offered), "")
    return joined


# Calculations that apply an offset rule to a contract.
_RULE_OPERATIONS = frozenset({"offset_obligation", "compare_policies"})


def _another_contract(request: CalculatorInput, done: list[CalculatorInput]) -> bool:
    """Whether ``request`` applies a rule to a contract worth other than every one ``done``
    checks (amounts compared as values: "$9 million" is "USD 9 million")."""
    try:
        value = parse_amount(request.amount or "")
        checked = [parse_amount(d.amount or "") for d in done]
    except CalculationError:
        return False
    return all((value.value, value.currency) != (c.value, c.currency) for c in checked)


def _worked_out_again(request: CalculatorInput, done: CalculatorInput, data: OffsetData) -> bool:
    """Whether ``request`` is an expression ``done`` already works out, with a result of
    ``done``'s written in for its own working ("A − 23.17" beside "A − (10.67 + 7.14 + 5.36)"):
    both start from the same amount and come to the same figure."""
    if request.operation != "evaluate" or done.operation != "evaluate" or request == done:
        return False
    first = _FIRST_OPERAND.match(request.expression or "")
    if first is None or not (done.expression or "").startswith(first.group()):
        return False
    results = _results(Route([request, done]), data)
    return results is not None and results[0] == results[1]


# An expression's first operand, up to its first operator.
_FIRST_OPERAND = lazy(r"[^−+×÷*/()-]+?(?=\s*[−+×÷*/-])")


def _without_year_of(request: CalculatorInput, done: list[CalculatorInput]) -> bool:
    """Whether ``request`` checks a contract already checked under a year the question names,
    read again by an ask without that year ("Under the 1983 rule, what would a $3 million deal
    and a $7 million one owe?"): the ask's own reading applies no rule the question asks."""
    return (
        request.operation == "offset_obligation"
        and request.year is None
        and any(
            d.operation == "offset_obligation" and d.year is not None and d.amount == request.amount
            for d in done
        )
    )


# The label a lead listing a calculation's inputs opens with, and the words that close it by
# saying where they came from.
_INPUTS_LABEL = lazy(r"^Inputs?:\s+")
_AS_SOURCED = lazy(r",\s+as the sources give (?:them|it)\.?$")


def _leads(lead: str, more: str) -> str:
    """Two asks' leads, said once: the inputs of a second ask are listed with the first's under
    one "Inputs:" (each ask's lead had its own), and a lead already said is not said again."""
    if not more or more in lead:
        return lead
    if not (_INPUTS_LABEL.match(lead) and _INPUTS_LABEL.match(more)):
        return f"{lead} {more}".strip()
    first = lead.rstrip(".")
    if _AS_SOURCED.search(first) and _AS_SOURCED.search(more):
        first = _AS_SOURCED.sub("", first)
        more = _AS_SOURCED.sub(", as the sources give them.", more)
    return f"Inputs: {_INPUTS_LABEL.sub('', first)}; {_INPUTS_LABEL.sub('', more)}"


# What an ask may leave out that the whole question says, and what says how to read a result:
# a request that differs from another only in these works out the same thing.
_MODIFIERS = {"places": None, "scale": None, "rate": None, "year": None}


def _covers(done: CalculatorInput, request: CalculatorInput) -> bool:
    """Whether ``done`` works out what ``request`` asks: the same request, or one country's rule
    on a contract that a comparison of it with another on the same contract works out too."""
    if _same_request(done, request):
        return True
    if done.operation != "compare_policies" or request.operation != "compare_policies":
        return False
    alone = request.model_copy(update={"countries": done.countries})
    return set(request.countries or ()) <= set(done.countries or ()) and _same_request(done, alone)


def _same_request(a: CalculatorInput, b: CalculatorInput) -> bool:
    """Whether two requests work out the same thing, read again without the whole's words."""
    return a.model_copy(update=_MODIFIERS) == b.model_copy(update=_MODIFIERS)


_OPERATORS = lazy(r"[-+×*÷/−]|\bof\b")


def _kind(request: CalculatorInput) -> str:
    """The kind of calculation a request is: its operation, and for an expression its
    operators ("a ÷ b" and "a − b" are two kinds, "a ÷ b" and "c ÷ d" one)."""
    if request.operation != "evaluate" or not request.expression:
        return request.operation
    return "evaluate " + "".join(sorted(set(_OPERATORS.findall(request.expression))))


def _results_asked(found: Route, data: OffsetData) -> list[CalculatorInput]:
    """The requests of ``found`` whose results are no step of another's: a sum shown before
    the share of it that another request works out ("35 + 48 + 11 + 7", then 7 of 101)
    answers no ask of its own."""
    operands = set()
    for request in found.requests:
        for written_in in (request.part, request.whole, request.old, request.new):
            try:
                operands.add(Decimal(str(written_in)))
            except (ArithmeticError, ValueError):
                continue
    if not operands:
        return found.requests
    asked = []
    for request in found.requests:
        try:
            result = calculate(request, data).result
        except CalculationError:
            result = None
        if result is None or request.operation != "evaluate" or Decimal(result) not in operands:
            asked.append(request)
    return asked


def _results(found: Route, data: OffsetData) -> list[str] | None:
    """The figures a route's requests give; None when the calculator refuses one."""
    results = []
    for request in found.requests:
        try:
            results.append(str(calculate(request, data).result))
        except CalculationError:
            return None
    return results


def _route_one(question: str, data: OffsetData, context: str = "") -> Route | None:
    """The calculation one ask asks for (``route``)."""
    written = [m for m in amounts(question) if _SCIENTIFIC.search(m)]
    if written:
        # "$5e7": never read as USD 5. The calculator refuses it, saying how to write it instead.
        return Route([_evaluate(written[0])])
    frame = frame_of(question)
    if _reports_a_fact(question, frame, data) or _dates_a_told_move(question, frame):
        return None
    # "to the nearest $0.01 billion" says how to read the result; its amount is no input.
    asked = reading(question)
    places, scale, read_as = asked.places, asked.scale, asked.question
    original, question = question, read_as
    found = _first_route(question, data, context)
    if found is None and places is not None:
        found = _rounded_figure(original, question)
    if found is not None and not found.restated:
        found.restated = tuple(a.text for a in roles(question) if a.restated)
    if found is not None:
        found.read_as = read_as
        _then_convert(found, question, data)
    if (
        found is not None
        and places is None
        and scale is None
        and (asks_multiple(question) or asks_ratio(question))
    ):
        found.requests = [_multiple_read(r) for r in found.requests]
    if found is not None:
        if places is not None or scale is not None:
            found.requests = [
                r.model_copy(update={"places": _places(r, asked), "scale": scale})
                for r in found.requests
            ]
            found.total_converted = [
                r.model_copy(update={"places": _places(r, asked), "scale": scale})
                for r in found.total_converted
            ]
    return found


def _multiple_read(request: CalculatorInput) -> CalculatorInput:
    """A multiple asked with no reading is read at a percentage's places ("6.86 times")."""
    if request.operation != "evaluate" or request.expression is None or request.places is not None:
        return request
    places = multiple_places(request.expression)
    return request if places is None else request.model_copy(update={"places": places})


# A rounding asked as the thing to do: "round the pledge to …", "rounded to …, what is that?".
_ROUNDING_ASKED = lazy(r"\bround(?:ed|ing)?\b", re.I)
# The stated figure named back in the sentence that rounds it: "what is that?", "what is it?"
_ROUNDED_BACK = lazy(r"\bwhat(?:'s|’s|\s+is|\s+does)\s+(?:that|it|this)\b", re.I)


def _rounded_figure(question: str, read_as: str) -> Route | None:
    """ "The USD 48.6 million grant, to the closest ten million": the one amount the
    question states, read as it asks (its places are set by the caller); nothing else is
    worked on it. Only where the sentence with the verb of rounding states the amount or names
    it back ("rounded to …, what is that?") and the question states one amount."""
    asking = [
        sentence
        for sentence in re.split(r"(?<=[.?!;])\s+", question)
        if _ROUNDING_ASKED.search(sentence)
    ]
    if len(asking) != 1 or not (roles(asking[0]) or _ROUNDED_BACK.search(asking[0])):
        return None  # "Round dollars to …": how to read the results of another ask
    stated = roles(read_as)
    if len(stated) != 1:
        return None
    figure = stated[0].text
    label: Label = lambda result: say("rounded_figure", figure=figure, result=result)  # noqa: E731
    return Route([_evaluate(figure)], labels=[label])


# Calculations whose result is a percentage.
_PERCENT_RESULTS = ("share_of", "percent_change")


def _places(request: CalculatorInput, asked: Reading) -> int | None:
    """The places ``request``'s result is asked in: those asked of its kind of result, if the
    question rounds percentages and amounts each its own way; else those of the question."""
    if request.operation in _PERCENT_RESULTS:
        own = asked.percent_places
    elif asked.percent_only:
        return request.places  # "Percent, one decimal." rounds no count or amount
    else:
        own = asked.money_places
    return asked.places if own is None else own


def _then_convert(found: Route, question: str, data: OffsetData) -> None:
    """ "A $45 million order: its offset, put into won at 1,350": each
    figure the calculation gives, converted too, when the question asks for a currency other than
    the figure's and names no second amount to convert."""
    targets = set(_targets(question))
    if not targets or any(r.operation == "convert" for r in found.requests):
        return
    if found.total and all(r.operation == "offset_obligation" for r in found.requests):
        # "Two leases, their offsets added up, then the total in won": what is converted is the
        # sum the question asks for, not each obligation on the way to it.
        found.total_converted = [
            CalculatorInput(
                operation="convert", to_currency=code, rate=_rate(question, [], code, data)
            )
            for code in sorted(targets - {"USD"})
        ]
        return
    converted = []
    for request in list(found.requests):
        try:
            result = calculate(request, data)
        except CalculationError:
            return  # the calculator's own refusal is the answer
        if result.currency is None or result.result is None or Decimal(result.result) == 0:
            continue
        for code in sorted(targets - {result.currency}):
            if request.operation == "offset_obligation" and code == "USD":
                continue  # an obligation is stated in dollars already, beside the contract's currency
            figure = format_money(Decimal(result.result), result.currency)
            rate = _rate(question, [figure], code, data)
            converted.append(
                CalculatorInput(operation="convert", amount=figure, to_currency=code, rate=rate)
            )
    if converted:
        found.labels = [*found.labels, *[None] * (len(found.requests) - len(found.labels))]
        found.requests = [*found.requests, *converted]
        found.total = False


# A follow-up's reference to the figure the earlier answer computed: "that offset", "the result".
_BACK_REFERENCE = lazy(
    r"\b(?:that|this|the same|the|its?)\s+(?:(?:required|computed|resulting|calculated|total)\s+)?"
    r"(?:offsets?|obligations?|amounts?|figures?|results?|sums?|totals?|requirements?|values?)\b"
    # "that year", "that time": a when, not a figure.
    r"|\b(?:that|it)\b(?!\s+(?:year|period|time|decade|month|quarter|day|week)s?\b)",
    re.I,
)


def follow_up_route(question: str, earlier: str, data: OffsetData) -> Route | None:
    """A follow-up that works on the one figure the earlier question's calculation gave
    ("Now put that obligation in won at 1,320 a dollar."): the earlier calculation again, then
    the follow-up's own with that figure in place of the reference. None when the earlier
    question was no calculation, gave no single figure, or the follow-up asks nothing of it."""
    match = _BACK_REFERENCE.search(question)
    # "Now in won, at 1,350": a conversion that names no amount converts the earlier figure.
    converts = not amounts(question) and bool(_CONVERT.search(question))
    before = route(earlier, data) if match or converts else None
    if before is None:
        return None
    figures = _amounts_worked_out(before.requests, data)
    if figures is None:
        return None
    labels: list[Label | None] = [
        *before.labels,
        *[None] * (len(before.requests) - len(before.labels)),
    ]
    if len(figures) > 1:
        # "And that in won?" after an answer of several figures (both contract types, the part
        # delivered and the part outstanding): each is converted.
        converted = _converted(question, figures, data)
        if not converted:
            return None
        return Route(
            [*before.requests, *converted],
            lead=before.lead,
            cites=before.cites,
            disputed=before.disputed,
            labels=labels,
            restated=before.restated,
        )
    if not figures:
        return None
    currency, value = figures[0]
    figure = format_money(value, currency)
    if match is not None:
        rewritten = question[: match.start()] + figure + question[match.end() :]
    else:
        rewritten = f"{question} ({figure})"
    after = route(rewritten, data)
    if after is None:
        return None
    return Route(
        [*before.requests, *after.requests],
        lead=before.lead,
        cites=before.cites,
        disputed=before.disputed,
        labels=[*labels, *after.labels],
        restated=before.restated,
    )


def answer_figure_route(question: str, before: str, answer: str, data: OffsetData) -> Route | None:
    """ "What is that in yen at 150?" after an answer that gave one sum of money the sources state (no
    calculation of its own): that sum converted at the follow-up's rate. None when the follow-up
    states an amount of its own or no rate, or the answer gives no sum, or more than one, in
    another currency than the one asked (a figure already in the asked currency is the sources'
    own conversion, not the thing to convert).

    A follow-up that asks no conversion but works on "that" ("what is half of that?") works on
    the answer's one sum in whatever currency, put where the reference stood; None when the
    follow-up so read is no calculation."""
    if amounts(question) or answer.startswith(say("cannot_answer")):
        return None
    if answer_type(before) in _NOT_A_FIGURE:
        # "When did the levy begin? — how large did a cargo have to be to owe it?": the earlier
        # question asked a time (or a place, someone, a reason), so a sum its answer happens to
        # state is no figure it gave, and "it" is the levy, not the sum.
        return None
    targets = _targets(question)
    reference = None if targets else _BACK_REFERENCE.search(question)
    if reference is None and not (targets and _RATE.search(question)):
        return None
    found: dict[tuple[str, Decimal], str] = {}
    for token in lex(answer):
        if token.currency and token.currency not in targets and not token.percent:
            found.setdefault((token.currency, token.scaled()), token.text)
    if len(found) != 1:
        return None
    (figure,) = found.values()
    if reference is not None:
        asked = question[: reference.start()] + figure + question[reference.end() :]
    else:
        asked = f"{question} ({figure})"
    worked = route(asked, data)
    if worked is not None:
        # The sentence cited for the figure is the one that answered the question before.
        worked.read_as, worked.restated = f"{before} ({figure})", (figure,)
    return worked


# What may stand between a sum and the same sum in another currency: "$5 million (about KRW 7
# billion)", "KRW 3 trillion, or roughly USD 2 billion".
_RESTATED_BETWEEN = lazy(
    r"^\s*(?:\(|,|-|–|—)?\s*(?:or\s+)?(?:approximately|approx\.|about|around|roughly|some|"
    r"nearly|almost|close to|equivalent to|worth)?\s*$",
    re.I,
)


def stated_conversion(question: str, answer: str) -> str | None:
    """ "Could I have that sum in won?" after an answer whose sentence states the
    sum in won itself ("$5 million (about KRW 6.5 billion)"): that claim of the answer, which
    states what is asked, so the sources' own conversion is quoted rather than a new one worked
    out. Only when the follow-up names no amount of its own and asks for no rounding ("to one
    decimal" asks for the working), the answer holds one sum in another currency than the one
    asked, and the rate the follow-up names (if any) gives the stated sum to the precision it is
    written in; else None."""
    targets = _targets(question)
    if not targets or amounts(question) or answer.startswith(say("cannot_answer")):
        return None
    if reading(question).places is not None:
        return None
    others = {
        (t.currency, t.scaled())
        for t in lex(answer)
        if t.currency and t.currency not in targets and not t.percent
    }
    if len(others) != 1:
        return None
    rate = _RATE.search(question)
    written = rate and (
        rate.group("rate") or rate.group("bare") or rate.group("led") or rate.group("after")
    )
    # Each claim of the answer ends at its citation markers or a line break.
    for claim in re.split(r"\[\d+\]|\n", answer):
        money = [t for t in lex(claim) if t.currency and not t.percent]
        for first, then in itertools.pairwise(money):
            if then.currency not in targets or first.currency == then.currency:
                continue
            if not _RESTATED_BETWEEN.match(claim[first.end : then.start]):
                continue
            if written and not (
                {first.currency, then.currency} == {"KRW", "USD"}
                and _at_rate(first, then, Decimal(written.replace(",", "")))
            ):
                continue
            return claim.strip()
    return None


def _at_rate(given: QuantityToken, stated: QuantityToken, won_per_dollar: Decimal) -> bool:
    """Whether ``stated`` is ``given`` converted at ``won_per_dollar``, to the precision
    ``stated`` is written in ("14.7 billion" to a tenth of a billion, "800 million" to a
    hundred million)."""
    worked = (
        given.scaled() * won_per_dollar
        if stated.currency == "KRW"
        else given.scaled() / won_per_dollar
    )
    exponent = stated.number.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return False
    step = Decimal(10) ** exponent
    return abs(worked - stated.scaled()) <= step * (stated.scaled() / stated.number) / 2


def _converted(
    question: str, figures: list[tuple[str, Decimal]], data: OffsetData
) -> list[CalculatorInput]:
    """Each figure converted into the currency the question asks, when it asks one and states no
    amount of its own; none otherwise."""
    targets = _targets(question)
    if not targets or amounts(question):
        return []
    requests = []
    for currency, value in figures:
        code = next((t for t in targets if t != currency), None)
        if code is None:
            continue
        figure = format_money(value, currency)
        rate = _rate(question, [figure], code, data)
        requests.append(
            CalculatorInput(operation="convert", amount=figure, to_currency=code, rate=rate)
        )
    return requests


def _first_route(question: str, data: OffsetData, context: str = "") -> Route | None:
    for finder in (
        _across_programs,
        _points_gap,
        _share_relative_change,
        _minimum_shares_compared,
        _whole_from_share,
        _rest_of_whole,
        _parts_averaged,
        _per_year,
        _delivered_of_parts,
        _remaining,
        _stated_share_of_contract,
        _implied_share,
        _obligation,
        _contract_for_obligation,
        _obligation_of_named_contract,
        _share_of,
        _implied_rate,
        _compare,
        _implemented,
        _programs_difference,
        _across_parts,
        _commitments_sum,
        _per_unit,
        _offset_per_unit,
        _stated_per_unit,
        _minimum_shares_aggregated,
        _sourced_average,
        _sourced_count_per_count,
        _statistics_count_per_count,
        _whole_of_sourced_share,
        _stated_change,
        _stated_count_change,
        _sourced_count_change,
        _change_of_periods,
        _threshold_change,
        _change,
        _across_values,
        _convert,
        _rule_of_year,
        _share_of_counts,
        _count_per_count,
        _count_times_count,
        _share_delivered,
        _share_of_sourced,
        _share_of_period_figures,
        _implied_period,
        _implied_period_of_stated,
        _rest_of_sourced_whole,
        _commitments_difference,
        _types_difference,
        _count_sum,
        _stated_counts_added,
        _count_difference,
        _count_share,
        _rest_of_count,
        _parts_of_sourced_count,
        _share_supposed_of_period_figure,
        _across_tables,
        _rest_of_counted_pair,
        _stated_sum,
    ):
        found = finder(question, data)
        if found is not None:
            return found
    # Figures of the sources named in words, by the question or by what it follows up.
    for leaning in (_convert_sourced, _rate_of_sources, _average_of_earlier):
        found = leaning(question, data, context)
        if found is not None:
            return found
    return _expression(question)


# Amounts asked added: "add A to B", "the sum of A and B", "A and B combined".
_ADDED_ASKED = words(
    r"sum|add|adds|adding|added|plus|combined|together|altogether|in total|all told|"
    r"(?:what|how much) do .{1,80} (?:come|add) (?:to|up)|"
    # The total as the whole ask: "Total?", "What is their total?", "what do they total?"
    r"(?:(?:what(?:['’]s|\s+is|\s+was)\s+)?(?:the|their|its)\s+)?total(?=\s*\?)|"
    r"(?:what|how much) do (?:they|these|those|the \w+) total"
)


def _stated_sum(question: str, data: OffsetData) -> Route | None:
    """ "Add the port's EUR 8 million to the EUR 3 million of levies": the amounts the question
    states, added, when it asks for them added and for nothing else of them (no share, no change),
    and all are in one currency."""
    stated = roles(question)
    if len(stated) < 2 or not _ADDED_ASKED.search(question):
        return None
    if len({a.currency for a in stated}) != 1 or any(a.percent for a in stated):
        return None
    if _SHARE_WORDS.search(question) or _TIMES_ASKED.search(question):
        return None
    if _CONTRACT_NOUNS.search(question) or asserted_kinds(question)[0]:
        # "two deals, one competitive: how much in total?": contracts are posed for what the
        # rules require of them, which is added, not their values.
        return None
    compared = _sum_compared(question, stated, data)
    if compared is not None:
        return compared  # "falls short of" is the gap asked, not a change of the amounts
    if _CHANGE.search(question):
        return None
    return Route([_evaluate(" + ".join(a.text for a in stated))])


# Asking how a result stands against a figure named after it: "how far the total lies
# from EUR 4 million", "the gap to the EUR 9 million", "how much it falls short of".
_GAP_TO = words(
    r"how far|gap|difference|differs?|shortfall|short of|falls? short|off from|away from|"
    r"discrepancy|mismatch|how much (?:below|under|above|over|less than|more than)"
)


def _sum_compared(question: str, stated: list[StatedAmount], data: OffsetData) -> Route | None:
    """ "Add A, B and C, and say how far the sum is from D": the amounts told before the gap is
    asked are added, and the one amount named after it is what the sum is measured against
    (the larger less the smaller), not one more amount to add. None when the question asks no
    such gap after its amounts to add, or names other than one amount after it."""
    gap = _GAP_TO.search(question)
    if gap is None:
        return None
    parts = [a for a in stated if a.start < gap.start()]
    against = [a for a in stated if a.start >= gap.start()]
    if len(parts) < 2 or len(against) != 1:
        return None
    total = _evaluate(" + ".join(a.text for a in parts))
    figure = _money_result(total, data)
    if figure is None:
        return None
    try:
        worked, named = parse_amount(figure), parse_amount(against[0].text)
    except CalculationError:
        return None
    high, low = (figure, against[0].text)
    if worked.value < named.value:
        high, low = low, high
    return Route([total, _evaluate(f"{high} − {low}")], restated=tuple(a.text for a in stated))


def _rate(
    question: str, money: list[str], target: str = "", data: OffsetData | None = None
) -> str | None:
    """The rate the question states; else the rate a source it names implies ("at KIET's
    rate"); else the sources' implied rate when KRW is involved (the answer then says which rate
    it used); else none."""
    cross = next((r for r in stated_rates(question) if (r.quote, r.base) != ("KRW", "USD")), None)
    if cross:
        return cross.written()
    match = _RATE.search(question)
    if match:
        return (
            match.group("rate") or match.group("bare") or match.group("led") or match.group("after")
        )
    stated = _equivalence(question)
    if stated:
        return stated[1]
    if not (target == "KRW" or any(t.currency == "KRW" for m in money for t in lex(m))):
        return None
    for row in data.rates if data is not None else ():
        for name in row.names:
            said = re.escape(name)
            if re.search(
                rf"\b{said}(?:'s|’s)?\s+(?:[\w-]+\s+){{0,2}}?(?:rate|impl)|"
                rf"\b(?:rate|implied)\s+(?:[\w-]+\s+){{0,2}}?(?:by|of|from)\s+(?:the\s+)?{said}\b",
                question,
                re.I,
            ):
                return name
    return "implied"


# Asking how an offset offered measures up to what the rules require.
_GAP = words(
    r"enough|suffic\w*|short\w*|gap|fall\w* short|fell short|meet\w*|cover\w*|"
    r"difference|how much more|missing|lack\w*|below|under the|how far|how close|"
    # "does the levy fall short of the cap or pass it, and by what?": the margin either way.
    r"miss(?:es|ed)?|clears?|cleared|by how much|margin"
)
# Asking how far a contract is from the threshold, a margin: "how much short of it", "how
# far below", "the gap to the floor". "Under the current rule", "does it clear the
# threshold?" or "is it below?" ask whether the rule applies, which the obligation answers.
_MARGIN = words(
    r"short\w* by|gap|difference|missing|"
    r"how much (?:more|less|short|below|under|above|over|bigger|larger|higher|greater|smaller)|"
    r"how far|how close|by how much|by what|margin|shortfall|miss(?:es|ed)? (?:it |the \w+ )?by|"
    # "how much dearer must the barge get to reach it": the margin, as a rise still needed.
    r"how much (?:[\w'’-]+\s+){0,5}?(?:rise|go up|increase|grow|climb)|"
    r"how many (?:dollars|won|euros) (?:below|under|short|above|over)"
)
# "today", "now": the rule in force as of the sources, beside a year the question also names.
_NOW = words(r"today|now|nowadays|these days|currently|at present|presently|current (?:rules?|law)")


def _threshold_asked(question: str) -> bool:
    """Whether ``question`` names the offset threshold, or describes it by what it does ("the
    contract value at which offsets are sought")."""
    return bool(
        _THRESHOLD_NAMED.search(question)
        or _THRESHOLD_DESCRIBED.search(question)
        or _THRESHOLD_LINE.search(question)
    )


# The threshold called a line a contract is below or misses: "the $4 million offset line",
# "did it miss the line?".
_THRESHOLD_LINE = words(
    r"(?:offset|threshold|trigger) line|"
    r"(?:below|under|above|over|short of|reach\w*|clear\w*|miss\w*) the (?:[\w$.,-]+\s+){0,4}?line"
)


def _times(question: str, money: list[str]) -> list[int | None]:
    """The times a contract is checked at: each year the question names (not a period's ends),
    and the present ("today", "now") when it names a year too; else one year or none."""
    text = question
    for m in money:
        text = text.replace(m, " ")
    text = _PERIOD.sub(" ", text)
    rate = _RATE.search(text)
    if rate:
        text = text.replace(rate.group(), " ")
    years: list[int | None] = list(dict.fromkeys(int(y) for y in YEAR.findall(text)))
    if years and _NOW.search(text):
        years.append(None)
    return years or [None]


def _obligation(question: str, data: OffsetData) -> Route | None:
    stated = roles(question)
    # The obligation is worked out on the contract's value, never on a threshold or an offset
    # offered; the question's other amounts keep their roles.
    money = [a.text for a in stated if a.role == "contract"]
    offered = [a.text for a in stated if a.role == "offset"]
    # "What would the competitive-contract rule require on it?" asks the offset without the word.
    rule_asked = bool(_RULE_ASKED.search(question) and asserted_kinds(question)[0])
    if not money:
        return None
    if measure_only(question):
        # "A EUR 90 million ferry deal carried EUR 27 million of offsets: what percent is that?":
        # a measure between the amounts asked, nothing of the rule.
        return None
    if _averages_what_it_counts(question) and not _RULE_ASKED.search(question):
        # "27 deals worth $5.9 billion: the average deal?": a total over a count, no contract
        # the rule is asked of.
        return None
    # "If the 50% competitive rate had been applied to the KRW 3 trillion batch": a rule supposed for an
    # amount makes it a contract, whatever the question calls it.
    supposed = bool(_SHARE_RATE.search(question) and asserted_kinds(question)[0])
    # "USD 16 million, competitive: what offset?": how a contract was let names a contract.
    kind_named = bool(asserted_kinds(question)[0])
    if not (
        _CONTRACT_WORDS.search(question)
        or kind_named
        or supposed
        and frame_of(question).hypothetical
    ):
        return None
    # "Does a $12 million deal clear the threshold?": the threshold is the offset rule's, so
    # a contract set against it asks whether the rule applies, as naming the offset does. A
    # threshold named before the amount ("is the threshold for a contract USD 10 million?")
    # may be stating that amount.
    contract_end = next(a.end for a in stated if a.role == "contract")
    against_threshold = bool(_THRESHOLD_NAMED.search(question, contract_end))
    # "The board proposes 40 to 90 percent on each lease: a $7 million lease then owes?": a rule
    # put forward, with the shares it sets, is a rule asked of the contract, named or not offset.
    proposal_named = bool(_PROPOSED.search(question) and _PROPOSED_SHARE.search(question))
    named_rule = (
        rule_asked
        or supposed
        or against_threshold
        or proposal_named
        or bool(_DATED_RULE.search(question))
        # "A $3 million barge against the 1990 floor: short by how much?": the
        # margin to the threshold asks the rule, wherever the threshold is named.
        or bool(_MARGIN.search(question) and _threshold_asked(question))
    )
    if not (_OFFSET_WORDS.search(question) or named_rule):
        return None
    # "What percent of the contract is the offset offered?": that share, before the obligations.
    share_asked = len(offered) == 1 and bool(_PERCENT_ASKED.search(question))
    if _PERIOD.search(question) and not _CONTRACT_NOUNS.search(question):
        return None  # "offsets from 2016 to 2020 worth 1 trillion won": a past figure, no contract
    if _countries(question, data)[1:] or _foreign_country(question, data):
        return None  # two countries, or another country's rule: a comparison
    frame = frame_of(question)  # route() has already turned away restated facts
    # A contract type ruled out ("bought outside FMS") is as much a contract posed as one named;
    # so is a contract set under the rule of a year ("$4M lease under the 1979 rules: offset?"),
    # the rule of a year being asked of it as of any contract.
    if not (
        INDEFINITE_CONTRACT.search(question)
        or frame.hypothetical
        or frame.contract_type
        or frame.excluded_types
        or _DATED_RULE.search(question)
    ):
        return None  # a threshold or a reported total: a figure, no contract to work out
    rate = _rate(question, money, data=data)
    times = _times(question, [a.text for a in stated])
    # The offer a gap is measured from: one amount, the sum of several deliveries, or a share of
    # the contract's price; each worked out as a step of its own (``offers_made``).
    offer = (
        _offer(question, money, offered, times, data)
        if _GAP.search(question) or _REMAINING.search(question)
        else None
    )
    gap = offer.figure if offer is not None else ""
    # "How much below the threshold does it come?": the gap between the contract and threshold.
    below = not gap and bool(_MARGIN.search(question) and _threshold_asked(question))
    several = _several_contracts(question, money) or _contracts_of_one_kind(question, money)
    total = bool(_TOTAL.search(question)) and len(times) == 1
    if not several and len(money) > 1 and not asserted_kinds(question)[0]:
        # "a $3 million contract and a $7 million one, under the 1983 rule": each contract is
        # worked out, under the one share the rule gives every contract, else under each type
        # (then there is no one sum).
        if _one_share(times, data):
            several = [(amount, COMPETITIVE) for amount in money]
        else:
            several = [(a, kind) for a in money for kind in (COMPETITIVE, NON_COMPETITIVE)]
            total = False
    if several:
        requests = [
            CalculatorInput(
                operation="offset_obligation",
                amount=amount,
                contract_type=kind,
                year=year,
                rate=rate,
            )
            for amount, kind in several
            for year in times
        ]
        # "…, and what is left once €3 million has been supplied?": one offer measured
        # against the obligations' sum.
        against_sum = total and len(offered) == 1 and bool(_REMAINING.search(question))
        return Route(requests, total=total, below=below, offered=offered[0] if against_sum else "")
    named, _ = asserted_kinds(question)
    # "How much less would a $3 million lease owe under the 1971 rule than under the 1965 one?":
    # one contract under the rules of two years, of one type or under rules that each give all
    # its kinds a single share, differs by the rule alone; the gap between them is worked out.
    across_years = (
        len(times) == 2
        and not gap
        and bool(_KINDS_DIFFER.search(question))
        and (len(named) == 1 or (not named and _one_share(times, data)))
    )
    if named:
        # "$15 million apiece, one sole-source and one not": the amount under every type named.
        kinds = list(named)
    elif across_years:
        kinds = [COMPETITIVE]  # every type owes the one share each rule sets
    else:
        kinds = [COMPETITIVE, NON_COMPETITIVE]
    requests = [
        CalculatorInput(
            operation="offset_obligation",
            amount=money[0],
            contract_type=kind,
            year=year,
            rate=rate,
        )
        for year in times
        for kind in kinds
    ]
    lead = ""
    if FMS in frame.excluded_types and not named:
        lead = say("both_types_not_fms")
    elif not named and not across_years:
        lead = say("both_types")
    total = bool(named[1:]) and bool(_TOTAL.search(question)) and len(times) == 1
    if share_asked and not gap:
        share = CalculatorInput(operation="share_of", part=offered[0], whole=money[0])
        requests = [share, *requests]
    difference = across_years or (
        len(kinds) == 2
        and len(times) == 1
        and not gap
        # "how much bigger must it get before offsets apply?" compares the contract with the
        # threshold, not the two obligations.
        and not below
        and bool(_KINDS_DIFFER.search(question))
    )
    labels: list[Label | None] = [None] * len(requests)
    if offer is not None:
        requests += offer.steps
        labels += offer.labels
    if not offered and not (offer and offer.steps):
        proposals = _proposed_shares(question, kinds, times, data)
        for proposed in proposals:
            requests.append(_evaluate(f"{proposed} × {money[0]}"))
            labels.append(_proposed_share_label(proposed, money[0]))
        _then_gap_to_proposal(requests, labels, question, proposals, data)
    return Route(
        requests,
        lead=lead,
        total=total,
        offered=gap,
        below=below,
        difference=difference,
        labels=labels,
    )


def _offer(
    question: str, money: list[str], offered: list[str], times: list[int | None], data: OffsetData
) -> Offer | None:
    """The offer the question measures the obligation of its one contract against, when it states
    one (``offers_made.offer_made``): a share of the price only when no rule is put forward, as
    a proposed share is a rule's, not an offer's."""
    if len(money) != 1 and len(offered) != 1:
        return None
    rules = [data.rule_for(year) if year is not None else data.current_rule for year in times]
    shares = {Decimal(str(share)) for rule in rules for share in rule.shares.values()}
    if not offered and _PROPOSED.search(question):
        return None
    return offer_made(question, money[0], offered, shares, lambda r: _money_result(r, data))


# A rule put forward rather than in force: "KIET proposes", "the ministry wants", "recommended".
_PROPOSED = words(
    r"propos\w*|recommend\w*|suggest\w*|wants?|wanted|urg\w*|calls? for|called for|advocat\w*|"
    r"plans?|planned|would raise|would set"
)


# A share a proposal sets on contracts: "40 percent to 90 percent on each lease signed", "a
# 60% floor for all purchases", "the proposed 40 to 80 percent band" ("a 20% discount on the deal"
# sets none).
_PROPOSED_SHARE = lazy(
    r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
    r"(?:\s+(?:to|-|–)\s+\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))?"
    r"(?:\s+(?:range|band|proposal|target|level|floor|minimum)\b|(?:\s+(?:share|rate|offsets?))?"
    r"\s+(?:on|of|for|across)\s+(?:(?:every|each|all|any|the|a|an|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:contracts?|deals?|imports?|purchases?|buys?|orders?|acquisitions?)\b)",
    re.I,
)
_SHARE_RANGE = lazy(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s?[-–]\s?(\d+(?:\.\d+)?)(\s?(?:%|percent\b|per cent\b))", re.I
)


def _proposed_shares(
    question: str, kinds: list[str], times: list[int | None], data: OffsetData
) -> list[str]:
    """The offset shares a rule put forward sets ("the think tank urges 40 to 80 percent on each
    purchase"), as written, when the question applies that proposal to its contract beside the
    rule in force: each share the question states that is not the share the rule applied sets
    for the type asked. Empty when no proposal is named."""
    if not _PROPOSED.search(question):
        return []
    rules = [data.rule_for(year) if year is not None else data.current_rule for year in times]
    applied = {rule.shares.get(kind) for rule in rules for kind in kinds}  # type: ignore[call-overload]
    found = []
    # "a 50-100% band": the range's first end carries the percent sign of its last.
    ranged = _SHARE_RANGE.sub(
        lambda m: f"{m.group(1)}{m.group(3)} to {m.group(2)}{m.group(3)}", question
    )
    for share in _SHARE_WRITTEN.findall(ranged):
        share = " ".join(share.split())
        if Decimal(re.sub(r"[^\d.]", "", share)) not in applied and share not in found:
            found.append(share)
    return found


# Which end of a proposed range a gap is asked to: its low end or its high end.
_LOW_END = words(r"bottom|lower|low end|lowest|floor|least")
_HIGH_END = words(r"top|upper|high end|highest|ceiling")


def _then_gap_to_proposal(
    requests: list[CalculatorInput],
    labels: list[Label | None],
    question: str,
    proposals: list[str],
    data: OffsetData,
) -> None:
    """A gap asked between the rule in force and a proposal ("how far is today's requirement
    from the bottom of the proposed band?"): once the one obligation of the rule in force and
    each proposed share's amount are worked out, the larger less the smaller, a request of its
    own that takes those two results as its operands. Of a range, the end the question names
    (its bottom or its top); else each proposed share."""
    if not proposals or not (_GAP_TO.search(question) or _KINDS_DIFFER.search(question)):
        return  # "what extra would the draft bring in?" asks the gap as "the gap to it" does
    current = requests[: len(requests) - len(proposals)]
    if len(current) != 1 or current[0].operation != "offset_obligation":
        return
    values = [Decimal(re.sub(r"[^\d.]", "", p)) for p in proposals]
    chosen = list(zip(proposals, values, strict=True))
    low, high = bool(_LOW_END.search(question)), bool(_HIGH_END.search(question))
    if low != high:
        end = (min if low else max)(values)
        chosen = [(p, v) for p, v in chosen if v == end]
    required = _money_result(current[0], data)
    if required is None:
        return
    for share, _ in chosen:
        asked = requests[len(current) + proposals.index(share)]
        proposed = _money_result(asked, data)
        if proposed is None:
            return
        larger, smaller = (proposed, required)
        if parse_amount(proposed).value < parse_amount(required).value:
            larger, smaller = smaller, larger
        requests.append(_evaluate(f"{larger} − {smaller}"))
        labels.append(_gap_to_proposal_label(required, proposed, share))


def _gap_to_proposal_label(current: str, proposed: str, share: str) -> Label:
    return lambda result: say(
        "gap_to_proposal", current=current, proposed=proposed, share=share, result=result
    )


def _proposed_share_label(share: str, contract: str) -> Label:
    return lambda result: say("share_under_proposal", share=share, amount=contract, result=result)


def _one_share(times: list[int | None], data: OffsetData) -> bool:
    """Whether the rule of every time asked gives one share to every type of contract."""
    rules = [data.rule_for(year) if year is not None else data.current_rule for year in times]
    return all(len(set(rule.shares.values())) == 1 for rule in rules)


# Asking for the size of a contract rather than its offset: "how big must the deal be", "what
# was the contract's value", "what contract value".
_CONTRACT_SIZE_ASKED = lazy(
    r"\b(?:how (?:big|large)|what size)\b[^?.!]{0,40}?\b(?:contracts?|deals?|purchases?|orders?)\b"
    r"|\b(?:contract|deal|purchase|order)(?:'s|’s)?\s+(?:value|size|price|amount)\b"
    r"|\b(?:value|size|price) of (?:the|a|an|that) (?:contract|deal|purchase|order)\b"
    # "what is that order worth?"
    r"|\bwhat (?:was|is|were|would) (?:the|that|this) (?:contract|deal|purchase|order)s?"
    r"(?: have)?(?: be(?:en)?)? worth\b",
    re.I,
)


def _contract_for_obligation(question: str, data: OffsetData) -> Route | None:
    """ "How big must a sole-source deal be to owe a $6 million offset?": the obligation over the
    share the rule in force sets, for each kind of contract named (both when none is)."""
    stated = roles(question)
    offsets = [a.text for a in stated if a.role == "offset"]
    if len(offsets) != 1 or len(stated) != 1 or not _CONTRACT_SIZE_ASKED.search(question):
        return None
    foreign = _foreign_country(question, data)
    if foreign is not None:
        return _contract_for_foreign_minimum(foreign, offsets[0], data)
    named, _ = asserted_kinds(question)
    kinds = [k for k in named if k in (COMPETITIVE, NON_COMPETITIVE)] or [
        COMPETITIVE,
        NON_COMPETITIVE,
    ]
    years = [y for y in _times(question, offsets) if y is not None]
    if len(years) > 1:
        return None
    rule = data.rule_for(years[0]) if years else data.current_rule
    one_share = len(set(rule.shares.values())) == 1
    if one_share:
        kinds = kinds[:1]  # a rule of one share for every contract: one contract size
    obligation = parse_amount(offsets[0])
    requests: list[CalculatorInput] = []
    labels: list[Label | None] = []
    for kind in kinds:
        share = rule.shares[kind]  # type: ignore[index]  # kinds are the two the rule sets
        requests.append(
            CalculatorInput(operation="evaluate", expression=f"{offsets[0]} ÷ {share:f}%")
        )
        below = obligation.currency == "USD" and obligation.value * 100 / share < rule.threshold_usd
        labels.append(
            _contract_size_label("", f"{share:f}%", offsets[0], below, rule)
            if one_share
            else _contract_size_label(kind, f"{share:f}%", offsets[0], below, rule)
        )
    cites = [
        next((c for c in rule.cites if kind in getattr(data.row(c), "applies_to", ())), "")
        for kind in kinds
    ]
    if one_share:
        # The year the question names (a span's other end may be a year no source states).
        year = years[0] if years else rule.from_year
        share = next(iter(rule.shares.values()))
        lead = say("rule_one_share_lead", year=year, share=f"{share:f}%")
        return Route(requests, lead=lead, cites=list(rule.cites[:1]), labels=labels)
    lead = say("both_types") if not named else say("contract_rule_lead")
    return Route(requests, lead=lead, cites=[c for c in cites if c], labels=labels)


def _country_minimum(country: str, data: OffsetData) -> tuple[CountryPolicy, str] | None:
    """The row giving ``country``'s minimum offset share, and that share written as a percent."""
    row = next(
        (r for r in data.countries if r.attribute == "min_share" and r.country == country), None
    )
    if row is None or row.percent is None:
        return None
    return row, f"{row.percent:f}%"


def _contract_for_foreign_minimum(country: str, offset: str, data: OffsetData) -> Route | None:
    """ "Oslo got a $9 million offset, exactly its minimum: how big was the deal?": the offset
    over the minimum share the data give for the country named, citing that share's row."""
    found = _country_minimum(country, data)
    if found is None:
        return None
    row, share = found
    label: Label = lambda result: say(  # noqa: E731
        "contract_for_country_minimum", country=country, share=share, offset=offset, result=result
    )
    return Route(
        [CalculatorInput(operation="evaluate", expression=f"{offset} ÷ {share}")],
        lead=say("minimum_share_stated", country=country, share=share),
        cites=[row.id],
        labels=[label],
    )


def _contract_size_label(
    kind: str, share: str, offset: str, below: bool, rule: OffsetRule
) -> Label:
    threshold = format_money(rule.threshold_usd, "USD")
    if not kind:  # the rule sets one share for every contract
        return lambda result: say(
            "contract_for_offset_any", share=share, offset=offset, result=result
        )
    if below:
        return lambda result: say(
            "contract_for_offset_below",
            kind=kind,
            share=share,
            offset=offset,
            result=result,
            threshold=threshold,
        )
    return lambda result: say(
        "contract_for_offset", kind=kind, share=share, offset=offset, result=result
    )


_RULE_ASKED = lazy(
    r"\b(?:rules?|requir\w*|polic(?:y|ies))\b"
    # The rule asked by what it sets for the contract: "what's the floor then?", "what would be
    # the minimum?" (a floor named in passing, "just over the floor", asks nothing).
    r"|\bwhat(?:'s|’s|\s+is|\s+would\s+be|\s+will\s+be)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:floor|minimum)\b",
    re.I,
)
# A rule named by its year ("the 1984 rule", "the rules of 1990", "the 2010 regime"): the program's
# rule in force that year, so a contract set under it asks its offset without the word.
_DATED_RULE = lazy(
    r"\b(?:19|20)\d\d\s+(?:rules?|regimes?|requirements?|regulations?)\b"
    r"|\b(?:rules?|regimes?|requirements?|regulations?)\s+(?:of|from|in(?: force in)?|as of)\s+"
    r"(?:19|20)\d\d\b",
    re.I,
)
# A rule named by the share it sets: "a 50 percent competitive rate".
_SHARE_RATE = lazy(
    r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:[\w-]+\s+){0,2}?rate\b", re.I
)


# How two obligations compare: "the difference between", "how much more", "the gap".
# "Described differently", "a different rule" ask no gap between the obligations.
_KINDS_DIFFER = words(
    r"difference|differ|differs|differed|gap|"
    r"how much (?:more|less|higher|lower|bigger|smaller|larger|greater)"
)


# An offset asked as an amount: "how much offset", "what offset", "how large an offset".
_OFFSET_AMOUNT_ASKED = lazy(
    r"\b(?:how much|how large|how big|what size|what (?:offset|obligation|amount))\b", re.I
)
# A past the question supposes: "would have required", "had DAPA sought", "if it had been".
_COUNTERFACTUAL = lazy(
    r"\b(?:would|could|should|might)(?:n't| not)?(?:\s+[\w-]+)?\s+have\b|"
    r"\bhad\s+(?:[\w-]+\s+){1,2}?(?:been|sought|demanded|required|applied)\b|"
    r"\bif\b[^?.!]{0,60}\b(?:had|were)\b",
    re.I,
)


def _obligation_of_named_contract(question: str, data: OffsetData) -> Route | None:
    """ "What offset would the frigate program's second batch have owed as a sole-source buy?": the
    offset rule applied to a contract value the program tables give, which is cited."""
    if amounts(question) or not _OFFSET_WORDS.search(question):
        return None
    if not _OFFSET_AMOUNT_ASKED.search(question):
        return None
    named, _ = asserted_kinds(question)
    if not (named or _COUNTERFACTUAL.search(question)):
        return None  # "would DAPA seek offsets on it?" asks what was decided, a fact
    program = program_named(question, data)
    value = contract_value(program, data)
    if value is None:
        return None
    figure = written(value)
    rate = _rate(question, [figure], data=data)
    kinds = list(named) or [COMPETITIVE, NON_COMPETITIVE]
    requests = [
        CalculatorInput(
            operation="offset_obligation", amount=figure, contract_type=kind, year=year, rate=rate
        )
        for year in _times(question, [])
        for kind in kinds
    ]
    lead = say("sourced_input", statement=value.statement())
    if not named:
        lead += " " + say("both_types")
    return Route(requests, lead=lead, cites=[value.id])


# A share the question itself applies to the contract: "a 40 percent offset on it", "offset 25% of".
_SHARE_APPLIED = lazy(
    r"(?P<share>(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))\s+(?:offsets?\b|of\b)"
    r"|\boffsets?\s+(?:of\s+|worth\s+|at\s+)?(?P<after>(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))"
    # "the countertrade due on a $17 million order at 40%": the share the sentence ends on.
    r"|\bat\s+(?P<at>(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))(?=\s*[?.!]?\s*$)"
    # "if the buyer had demanded 25%", "supposing it requested 15%": the share the buyer asks.
    r"|\b(?:ask(?:ed|s)?|demand(?:ed|s)?|request(?:ed|s)?|insist(?:ed|s)? on)\s+(?:for\s+)?"
    r"(?P<asked>(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))",
    re.I,
)
# Words that make a stated share a rule or a country's minimum rather than the case posed.
_RULE_OR_COUNTRY = words(
    r"rules?|minimum|threshold|policy|law|guidelines?|requires|required|requirement|seeks"
)


def _stated_share_of_contract(question: str, data: OffsetData) -> Route | None:
    """ "What would a 40 percent offset on a $25 million deal come to?": the share the question
    states, of the contract it states; no rule is looked up."""
    stated = roles(question)
    if len(stated) != 1 or stated[0].role != "contract" or not _OFFSET_WORDS.search(question):
        return None
    if len(_SHARE_WRITTEN.findall(question)) != 1 or _RULE_OR_COUNTRY.search(question):
        return None
    if set(_countries(question, data)) - {domain().home_country} or YEAR.search(question):
        return None
    if _MARGIN.search(question) and share_of_contract(question, set()):
        # "offsets of 12% of its value: how far short?": a share the contract came with, measured
        # against what the rule asks of it (``_obligation``), not a share to apply alone.
        return None
    match = _SHARE_APPLIED.search(question)
    if match is None or match.group("at") and _REMAINING.search(question):
        return None  # none applied; or "what is left ... at 30%" asks a remainder, not the share
    share = " ".join(
        (
            match.group("share")
            or match.group("after")
            or match.group("at")
            or match.group("asked")
        ).split()
    )
    return Route([_evaluate(f"{share} × {stated[0].text}")])


# Where one clause of a question ends: each contract of "a tendered deal for $14 million and a
# sole-source one for $26 million" is described in its own.
_CLAUSE = lazy(r"[,;:.!?]\s|\s[-–—]\s|\b(?:and|while|plus|but|whereas)\b", re.I)


def _several_contracts(question: str, money: list[str]) -> list[tuple[str, str]]:
    """ "a $7 million competitive deal and a $22 million sole-source one", "a tendered deal
    for $14 million, a sole-source one for $26 million": each amount with the
    contract type written in its own clause. Empty unless every amount has one."""
    if len(money) < 2:
        return []
    by_clause = _kinds_by_clause(question, money)
    if by_clause:
        return by_clause
    starts = []
    position = 0
    for amount in money:
        position = question.find(amount, position)
        starts.append(position)
        position += len(amount)
    pairs = []
    for number, amount in enumerate(money):
        end = starts[number + 1] if number + 1 < len(money) else len(question)
        kind, _ = contract_kinds(question[starts[number] : end])
        if kind is None:
            return _kinds_written_before(question, money, starts)
        pairs.append((amount, kind))
    return pairs


def _kinds_written_before(
    question: str, money: list[str], starts: list[int]
) -> list[tuple[str, str]]:
    """ "a tendered ferry order, €7m, then an untendered tug order, €45m": each
    amount with the one contract type its noun phrase names before it (between the amount before
    it and itself). Empty unless every amount has exactly one."""
    pairs = []
    for number, amount in enumerate(money):
        begin = starts[number - 1] + len(money[number - 1]) if number else 0
        kinds, _ = asserted_kinds(question[begin : starts[number]])
        if len(kinds) != 1:
            return []
        pairs.append((amount, kinds[0]))
    return pairs


# "two contracts", "three deals": how many contracts a question poses.
_CONTRACT_COUNT = lazy(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\w-]+\s+){0,2}?"
    r"(?:contracts|deals|purchases|orders|tenders|buys|acquisitions|imports|projects|awards)\b",
    re.I,
)
_EACH_AMOUNT = lazy(r"^\s*(?:each|apiece|a piece|per contract|per deal)\b", re.I)


def _contracts_of_one_kind(question: str, money: list[str]) -> list[tuple[str, str]]:
    """Several contracts of the one type a question names: "three competitive contracts of $5
    million, $12 million and $20 million", or "two competitive deals worth $15 million each"
    (the amount once per contract). Empty unless exactly one type is named."""
    named, _ = asserted_kinds(question)
    if len(named) != 1:
        return []
    counted = _CONTRACT_COUNT.search(question)
    if len(money) >= 2 and (
        counted or _CONTRACT_NOUNS_PLURAL.search(question) or _things_counted(question, money)
    ):
        return [(amount, named[0]) for amount in money]
    if len(money) == 1 and counted:
        count = int(parse_number(counted.group("count")))
        after = question[question.find(money[0]) + len(money[0]) :]
        if _EACH_AMOUNT.match(after):
            return [(money[0], named[0])] * count
    return []


# "two systems", "three radars": things counted, whatever they are called.
_THINGS_COUNT = lazy(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\w-]+\s+){0,2}?"
    r"[a-z]+s\b",
    re.I,
)


def _things_counted(question: str, money: list[str]) -> bool:
    """Whether the question counts as many things as it states contract amounts ("two systems,
    for $20 million and $45 million"): each amount is then one of them, of the type named."""
    return any(
        int(parse_number(m.group("count"))) == len(money) for m in _THINGS_COUNT.finditer(question)
    )


_CONTRACT_NOUNS_PLURAL = words(
    r"contracts|deals|purchases|orders|tenders|buys|acquisitions|imports|projects|awards"
)


def _kinds_by_clause(question: str, money: list[str]) -> list[tuple[str, str]]:
    """Each amount with the one contract type its clause names; empty unless each has one."""
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(question)), len(question)]
    pairs = []
    position = 0
    for amount in money:
        start = question.find(amount, position)
        position = start + len(amount)
        clause = next(
            question[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if a <= start < b
        )
        kinds, _ = asserted_kinds(clause)
        if len(kinds) != 1:
            return []
        pairs.append((amount, kinds[0]))
    return pairs


def _reports_a_fact(question: str, frame: Frame, data: OffsetData) -> bool:
    """ "Is it true that N deals worth $X were signed?" checks a reported fact:
    no single contract is posed, nothing is supposed. A claim about the rule itself ("I heard
    duties apply once a deal tops $5 million, right?") poses no contract either: its amounts
    are bounds, not a contract's value."""
    if not frame.restated or frame.hypothetical:
        return False
    if not INDEFINITE_CONTRACT.search(question):
        return True
    if poses_no_contract(question):
        # "A $2 billion radar buy went through without offsets last year, right?" tells what
        # happened to a contract; "the floor is a sale of $8 million, right?" says what the floor
        # is: neither poses a contract (``contract_reference``).
        return True
    if frame.claim and claims_a_reported_deal(question, data):
        # "A 9 trillion won submarine buy went ahead without offsets, right?", where the tables
        # report that program's 9 trillion won deal: a deal named by its size, not one posed.
        return True
    amounts = lex(question)
    return (
        frame.claim
        and bool(amounts)
        and all(
            BOUND_BEFORE.search(question, 0, a.start)
            or _ASIDE_BEFORE.search(question, 0, a.start)
            or BOUND_AFTER.match(question, a.end)
            for a in amounts
            if not a.percent and not _a_year(question, a)
        )
    )


def _a_year(question: str, token: QuantityToken) -> bool:
    """Whether ``token`` is a bare year ("when it began in 1982"): a date the claim is placed at,
    never a contract's value, so it leaves a claim about the rule a claim."""
    bare = not (token.pre or token.post or token.scale or token.percent)
    return bare and bool(_YEAR_SHAPED.match(question[token.num_start : token.num_end]))


# What a question asks for when it asks for no figure: when, who, where, which country, why.
_NOT_A_FIGURE = frozenset(
    {"date", "place", "agent", "person", "organisation", "company", "country", "reason"}
)
# Asking for an amount or a change after all: "by how much", "what percent", "how far".
_FIGURE_ASKED = lazy(
    r"\b(?:how (?:much|many|far|big|large|steep|sharp)|by what|"
    r"what (?:percent\w*|share|proportion|amount|sum|size|value))\b",
    re.I,
)


def _dates_a_told_move(question: str, frame: Frame) -> bool:
    """ "When did the port raise its fee from 4% to 6%?" asks when (or who, or why) of a change
    it tells, not for the change, and so does "…in 1999: right year?": its two figures are the
    event's, as the sources state them.
    A supposed contract ("when would a $20 million deal owe offsets") is still worked out."""
    asks_when = frame.answer_type in _NOT_A_FIGURE or _DATE_CHECKED.search(question)
    if not asks_when or frame.hypothetical:
        return False
    if _FIGURE_ASKED.search(question):
        return False
    tokens = [t for t in lex(question) if not YEAR.fullmatch(t.text)]
    return any(
        _FROM_BEFORE.search(question, 0, old.start)
        and _TO_BETWEEN.fullmatch(question, old.end, new.start)
        for old, new in itertools.pairwise(tokens)
    )


# A date under test: "…in 1999; correct year?", "wrong date?".
_DATE_CHECKED = words(r"(?:right|correct|wrong|accurate|exact) (?:year|date|month)")
_FROM_BEFORE = lazy(r"\bfrom\s+$", re.I)
_TO_BETWEEN = lazy(r"\s+to\s+", re.I)


# An amount given as an aside to another, just before it: "$3 million (roughly KRW 3.9
# billion)", "$3 million, about KRW 3.9 billion", "$3 million, or about KRW 3.9 billion",
# "$3 million or some 3.9 billion won". Like a bound, it is no contract's value.
_ASIDE_BEFORE = lazy(
    r"\(\s*(?:roughly|about|approximately|around|some)?\s*$|"
    r"(?:,\s*|,?\s+or\s+)(?:roughly|about|approximately|around|some)\s+$",
    re.I,
)


# A question about a change or a share, which two amounts answer otherwise than as whole and part.
_CHANGE_ASKED = lazy(rf"\b(?:percent\w*|share|proportion|fraction)\b|%|{MULTIPLE_WORDS}", re.I)
# "What share of USD 10 billion is USD 700 million?", "USD 700 million as a percentage of ..."
_SHARE_WORDS = words(r"share|percent\w*|proportion|fraction|portion|ratio", "%")
# "the ratio of <A> to <B>": A over B, in the order written.
_RATIO_OF = lazy(r"\bratio\s+(?:of|between)\s+(?:the\s+)?$", re.I)
_RATIO_TO = lazy(r"^\s*(?:\w+\s+){0,4}?(?:to|and)\s+(?:the\s+)?$", re.I)
# A ratio asked of two figures named before: "give the ratio", "which ratio do they make".
_RATIO_ASKED = lazy(
    r"\b(?:what|which|give|compute|calculate)\b(?:[^.?!]{0,30}"
    # The ratio's terms may be named before it at any length: "what's the exact
    # offset-to-imports ratio" (a few words, however long).
    r"|(?:['’]s)?(?:\s+[\w'’-]+){0,4}\s+)\bratio\b",
    re.I,
)
# Asking for a share outright ("what share", "what percentage"), and words of a change over
# time, which make two amounts a rise or a fall instead.
_SHARE_ASKED = lazy(
    r"\b(?:what|which|how (?:big|large|much) (?:a|of a))\s+(?:\w+\s+)?"
    r"(?:share|percent(?:age)?|proportion|fraction|portion)\b",
    re.I,
)
# A share asked of a whole the question names: "what percent of the first is the second",
# "the second is what share of the first", "as a fraction of". A move told before
# it ("went from A to B") leaves it a share; "by what percent" asks for the change instead.
_SHARE_OF_ASKED = lazy(
    r"\b(?:what|which|as an?)\s+(?:\w+\s+)?(?:share|percent(?:age)?|proportion|fraction|portion)"
    r"\s+of\b",
    re.I,
)
# The amount a share names as its whole by the order the two are written: "of the first", "of
# the latter". "The older one" is named by its time, which the order written need not follow.
_WHOLE_FIRST = lazy(r"^\s*(?:the\s+)?(?:first|former)\b", re.I)
_WHOLE_SECOND = lazy(r"^\s*(?:the\s+)?(?:second|latter)\b", re.I)
_IMPLIED_RATE = words(
    r"exchange rates?|rates? of exchange|rates?|won[- ](?:per|to[- ]the|to[- ]a|for[- ]a|for[- ]each)[- ]"
    r"(?:US[- ])?dollar|"
    r"won[-/]dollar|dollar[-/]won|KRW ?(?:/|per) ?USD|per (US )?dollar"
)
# The rate asked for, not given: implied, assumed, or simply asked ("what rate is that?").
_IMPLY = words(
    r"impl\w*|works? out|correspond\w*|suggest\w*|equat\w*|equals?|equal to|assum\w*|links?|"
    r"(?:what|which)(?: is| was|'s| are)?(?: the| a)? (?:[\w-]+ )?(?:exchange )?rates?|how many won"
)


# A rate or ratio the question asks to be inferred from two amounts it states ("what rate does
# that imply?", "the implied ratio"): of two amounts in one currency it is the smaller's share of
# the larger (two currencies imply an exchange rate instead, ``_implied_rate``).
_IMPLIED_SHARE = lazy(
    r"\bimpl(?:y|ies|ied|ying)\b(?:\s+[\w-]+){0,3}?\s+(?:rates?|ratios?|shares?|percentages?|proportions?)\b"
    r"|\b(?:rates?|ratios?|shares?|percentages?|proportions?)\b[^.?!;]{0,40}?\bimpl(?:y|ies|ied)\b",
    re.I,
)


# The whole a share is asked of, named after the share word: "what share of <whole>", "what
# percent of the total of <whole>". An "of" that follows another noun ("the value of <amount>",
# "a pledge of <amount>") names the amount, not the whole.
_SHARE_OF_BEFORE = lazy(
    r"(?:\b(?:shares?|percent\w*|proportions?|fractions?|portions?|ratio)|%)\s+(?:[\w-]+\s+){0,3}?"
    r"of\s*(?:an?\s+|the\s+)?$",
    re.I,
)


def _share_of(question: str, data: OffsetData) -> Route | None:
    """One stated amount as a percentage of another: the whole is the amount after "of"."""
    money = amounts(question)
    # "46% of $2 billion and 31% of $2 billion": percentages stated are factors, no share asked.
    if len(money) > 2:
        return _shares_of_one_whole(question) or _one_against_each(question)
    implied = bool(_IMPLIED_SHARE.search(question))
    if len(money) != 2 or not (_SHARE_WORDS.search(_SHARE_WRITTEN.sub(" ", question)) or implied):
        return None
    first = question.find(money[0])
    between = question[first + len(money[0]) : question.find(money[1], first + len(money[0]))]
    before = question[:first]
    if _RATIO_OF.search(before) and _RATIO_TO.match(between):
        part, whole = money  # "the ratio of <part> to <whole>"
    elif _SHARE_OF_BEFORE.search(before):
        whole, part = money  # "what share of <whole> is <part>"
    elif (
        _SHARE_OF_BEFORE.search(between)
        or _OUT_OF.search(between)
        or re.match(r"\s*of\s+(?:the\s+|an?\s+)?$", between, re.I)
    ):
        part, whole = money  # "<part> as a share of <whole>", "<part> out of a <whole>"
    elif (_SHARE_ASKED.search(question) or _RATIO_ASKED.search(question) or implied) and (
        not _MOVED.search(question) or _SHARE_OF_ASKED.search(question)
    ):
        # "A one year, B the next: what share is that?": the amounts
        # are named, not placed; a share is of the larger amount, and the answer says so.
        try:
            parsed = [parse_amount(m) for m in money]
        except CalculationError:
            return None
        if parsed[0].currency != parsed[1].currency:
            return None
        named = _SHARE_OF_ASKED.search(question)
        after = question[named.end() :] if named else ""
        if _WHOLE_FIRST.match(after) or _WHOLE_SECOND.match(after):
            # "what percent of the first is the second": placed by the order they are written.
            part, whole = money if _WHOLE_SECOND.match(after) else money[::-1]
            return Route([CalculatorInput(operation="share_of", part=part, whole=whole)])
        part, whole = (m for _, m in sorted(zip((q.value for q in parsed), money, strict=True)))
        lead = say("share_of_larger", part=part, whole=whole)
        return Route([CalculatorInput(operation="share_of", part=part, whole=whole)], lead=lead)
    else:
        return None
    try:
        if parse_amount(whole).currency != parse_amount(part).currency:
            return None
    except CalculationError:
        return None
    return Route([CalculatorInput(operation="share_of", part=part, whole=whole)])


def _implied_share(question: str, data: OffsetData) -> Route | None:
    """ "$45 million of offsets on $900 million of imports: what rate is implied?": a rate inferred
    from two amounts the question states, before either is read as a contract to work an
    obligation on (the offset is given, not asked)."""
    if not _IMPLIED_SHARE.search(question) or len(amounts(question)) != 2:
        return None
    return _share_of(question, data)


def _implied_rate(question: str, data: OffsetData) -> Route | None:
    """The exchange rate two stated amounts imply: "If KRW 1 trillion is USD 800 million, what
    rate does that imply?" """
    money = amounts(question)
    if not _IMPLIED_RATE.search(question) or not _IMPLY.search(question):
        return None
    if _RATE.search(question):
        return None  # a rate is given: it is used, not asked for
    if len(money) != 2:
        return _implied_rates(question)
    try:
        first, second = parse_amount(money[0]), parse_amount(money[1])
    except CalculationError:
        return None
    by_currency = {first.currency: first, second.currency: second}
    if set(by_currency) != {"KRW", "USD"}:
        return None
    won, dollars = by_currency["KRW"], by_currency["USD"]
    return Route(
        [_evaluate(f"{won.value.normalize():f} / {dollars.value.normalize():f}")],
        labels=[
            _implied_rate_label(say("rate_implied_by_amounts", first=money[0], second=money[1]))
        ],
    )


def _shares_of_one_whole(question: str) -> Route | None:
    """ "The shares of a $90 million package taken by its $30 million and $12 million parts":
    the rest measured against the single amount a share word and "of" lead to, all in one
    currency, none larger than that whole; else None. "12% of" states a factor."""
    tokens = roles(question)
    named = [
        _SHARE_OF_BEFORE.search(question[tokens[i - 1].end if i else 0 : t.start])
        for i, t in enumerate(tokens)
    ]
    wholes = [i for i, m in enumerate(named) if m and not m.group().startswith("%")]
    if len(wholes) != 1 or len({t.currency for t in tokens}) != 1:
        return None
    whole = tokens[wholes[0]]
    parts = [t for t in tokens if t is not whole]
    if any(t.scaled() > whole.scaled() for t in parts):
        return None
    return Route(
        [CalculatorInput(operation="share_of", part=t.text, whole=whole.text) for t in parts]
    )


# An amount set against another as its measure: "A against B", "A compared with B".
_AGAINST = words(r"against|versus|vs|relative to|compared (?:with|to)")
# What leads to a further amount set against the same one: the same words, or "and".
_AGAINST_AGAIN = words(r"against|versus|vs|relative to|compared (?:with|to)|and")
# A share or ratio asked, for each pair ("give both ratios", "each as a percentage").
_SHARES_ASKED = words(r"shares?|percent\w*|proportions?|fractions?|ratios?")


def _one_against_each(question: str) -> Route | None:
    """ "Levies of EUR 3 million set against EUR 40 million of cargo, and against EUR 9 million
    a decade ago: both ratios?": one amount set against each of the others, all in one
    currency, where a share or ratio is asked: the first amount over each of the others. The
    amount measured is the one written first; the next is set against it ("against",
    "compared with", "relative to"), and each later one is led to by those words or by "and";
    else None."""
    if not _SHARES_ASKED.search(_SHARE_WRITTEN.sub(" ", question)):
        return None
    tokens = [t for t in roles(question) if not t.percent and t.role != "rate"]
    if len(tokens) < 3 or len({t.currency for t in tokens}) != 1:
        return None
    between = [question[a.end : b.start] for a, b in itertools.pairwise(tokens)]
    if not _AGAINST.search(between[0]) or not all(_AGAINST_AGAIN.search(t) for t in between[1:]):
        return None
    first, *others = tokens
    if any(t.scaled() <= 0 for t in others):
        return None
    # An amount named again (an ask that repeats the statement before it) is one whole.
    wholes = {t.scaled(): t.text for t in reversed(others) if t.scaled() != first.scaled()}
    return Route(
        [
            CalculatorInput(operation="share_of", part=first.text, whole=text)
            for text in reversed(wholes.values())
        ]
    )


def _implied_rates(question: str) -> Route | None:
    """The rate each of several stated pairs implies ("(a) $10 million against KRW 13 billion,
    (b) KRW 2 trillion against $1.6 billion"): the amounts, read in order, pair up as one
    dollar and one won amount each; else None."""
    money = [t for t in lex(question) if t.currency and not t.percent]
    if len(money) < 4 or len(money) % 2:
        return None
    requests: list[CalculatorInput] = []
    labels: list[Label | None] = []
    for first, second in zip(money[::2], money[1::2], strict=True):
        if {first.currency, second.currency} != {"KRW", "USD"} or not first.scaled():
            return None
        won, dollars = (first, second) if first.currency == "KRW" else (second, first)
        if not dollars.scaled():
            return None
        requests.append(
            _evaluate(f"{won.scaled().normalize():f} / {dollars.scaled().normalize():f}")
        )
        labels.append(
            _implied_rate_label(
                say("rate_implied_by_amounts", first=first.text, second=second.text)
            )
        )
    return Route(requests, labels=labels)


def _implied_rate_label(lead: str) -> Label:
    """The sentence giving an implied rate after ``lead``, with its unit: a bare "1,470" reads
    as a count, "1,470 KRW per USD" as the won a dollar buys."""
    return lambda shown: f"{lead} {shown} KRW per USD."


def _stated_label(lead: str) -> Label:
    """The sentence giving a result after ``lead``, which says what it is of."""
    return lambda shown: f"{lead} {shown}."


# A gap asked in percentage points ("how many percentage points", "by how many points"): the
# difference of two shares, never their ratio less one.
_POINTS_ASKED = lazy(
    r"\b(?:how many|by how many|in|of)\s+(?:percentage[- ])?points\b"
    r"|\b(?:how many|what|the)\b[^?.!]{0,40}?\bpercentage[- ]points?\b",
    re.I,
)
# A share that changed, as a country's row records it: "raised", "cut", "before", "since".
_SHARE_MOVED = words(
    r"rais\w*|increas\w*|rose|risen|lift\w*|hik\w*|cut|lower\w*|reduc\w*|chang\w*|"
    r"before|after|since|went up|gone up"
)


def _points_gap(question: str, data: OffsetData) -> Route | None:
    """A gap between two shares asked in percentage points ("by how many points does Oslo's minimum
    top Taipei's?"): the larger share less the smaller. The shares are the two percentages the
    question states; else the minimum shares of the two countries it names (the home country's
    for the contract type it names, competitive unless it names another); else one country's
    share before and after the change its row records, when the question asks about a change.
    A question that states the gap itself ("is it 20 points?") restates it: nothing is worked out."""
    if not _POINTS_ASKED.search(question):
        return None
    tokens = [t for t in lex(question) if t.percent]
    if any(re.match(r"\s*(?:percentage[- ])?points?\b", question[t.end :], re.I) for t in tokens):
        return None
    pairs: list[tuple[str, Decimal]] = []
    cites: list[str] = []
    lead = ""
    if len(tokens) == 2:
        pairs = [(f"{t.number}%", t.number) for t in tokens]
    elif not tokens:
        shares = _minimum_shares(question, data)
        if len(shares) == 2:
            pairs = [(_share_name(row), row.percent) for row in shares if row.percent is not None]
            cites = [row.id for row in shares]
        else:
            moved = _share_before_and_after(question, data)
            if moved is None:
                return None
            row = moved
            assert row.earlier_percent is not None and row.percent is not None
            pairs = [
                (f"{row.country}'s earlier {row.earlier_percent}%", row.earlier_percent),
                (f"{row.country}'s {row.percent}%", row.percent),
            ]
            cites = [row.id]
        lead = "Inputs: " + " and ".join(text for text, _ in pairs) + ", as the sources give them."
    if len(pairs) != 2 or pairs[0][1] == pairs[1][1]:
        return None
    (high, high_value), (low, low_value) = sorted(pairs, key=lambda p: p[1], reverse=True)
    request = _evaluate(f"{high_value}% − {low_value}%")

    def label(shown: str) -> str:
        return f"{high} is {shown.rstrip('%')} percentage points above {low} ({shown})."

    return Route([request], lead=lead, cites=cites, labels=[label])


# A change asked relative to where it started, not in points: "what percent drop was that",
# "measured against the earlier rate", "what percent larger".
_RELATIVE_ASKED = lazy(
    r"\bby (?:what|how many|how much(?: of a)?) (?:percent(?:age)?|per cent)\b"
    r"|\bhow many percent\b|\brelative(?:ly)? (?:to|terms)\b|\bproportionately\b"
    r"|\bpercent(?:age)? (?:increase|decrease|rise|fall|drop|cut|reduction|change|gain)\b"
    r"|\bin percent(?:age)? terms\b",
    re.I,
)
# What a share is of: the offset asked of a contract, not the value that triggers it.
_SHARE_NOUN = words(r"rates?|requirements?|shares?|minimums?|required offsets?|offset values?")


def _share_relative_change(question: str, data: OffsetData) -> Route | None:
    """ "Relative to its old floor, by what percentage did Ruritania raise its required offset?":
    the change in percent of the old share, from a country's share before and after the change its
    row records, or from the home share a year's rule set against the one in force before it
    (every contract type alike), cited. A gap in points is another route's."""
    if not _RELATIVE_ASKED.search(question) or _POINTS_ASKED.search(question):
        return None
    if amounts(question) or any(t.percent for t in lex(question)):
        return None
    if not _SHARE_NOUN.search(question) or _threshold_asked(question):
        return None
    moved = _share_before_and_after(question, data)
    if moved is not None:
        assert moved.earlier_percent is not None and moved.percent is not None
        old, new, cites = moved.earlier_percent, moved.percent, [moved.id]
    else:
        if _countries(question, data) != [] and _foreign_country(question, data):
            return None
        years = {int(y) for y in YEAR.findall(question)}
        if len(years) != 1:
            return None
        (year,) = years
        shares = [
            e
            for e in data.policy
            if e.share_percent is not None and e.year is not None and e.applies_to == ("all",)
        ]
        now = [e for e in shares if e.year == year]
        before = sorted((e for e in shares if (e.year or year) < year), key=lambda e: e.year or 0)
        if len(now) != 1 or not before:
            return None
        earlier, later = before[-1].share_percent, now[0].share_percent
        assert earlier is not None and later is not None
        old, new = earlier, later
        cites = [before[-1].id, now[0].id]
    if old == new:
        return None
    return Route(
        [
            CalculatorInput(
                operation="percent_change", old=f"{old.normalize():f}%", new=f"{new.normalize():f}%"
            )
        ],
        lead=say("count_inputs", first=f"{old.normalize():f}%", second=f"{new.normalize():f}%"),
        cites=cites,
    )


def _minimum_shares_compared(question: str, data: OffsetData) -> Route | None:
    """ "Ruritania's floor to Freedonia's, as a ratio?": two minimum shares the
    data give (two countries', or the home country's for two contract types; ``_minimum_shares``)
    set against each other as asked: their ratio in the order the question names them, the
    larger as a multiple of the smaller, or the change in percent from the one named after
    "than" to the other ("how much lower, in percent, is P's than Q's"). Both rows are cited. A gap
    in points is ``_points_gap``'s; a question stating a share or an amount of its own is worked
    on elsewhere."""
    if amounts(question) or any(t.percent for t in lex(question)):
        return None
    if not _SHARE_NOUN.search(question) or _threshold_asked(question):
        return None
    ratio, multiple = asks_ratio(question), asks_multiple(question)
    relative = bool(_RELATIVE_ASKED.search(question)) or bool(
        _IN_PERCENT.search(question) and _GAP_ASKED.search(question)
    )
    if not (ratio or multiple or relative) or _POINTS_ASKED.search(question):
        return None
    rows = _minimum_shares_in_order(question, data)
    if len(rows) != 2 or rows[0].percent == rows[1].percent:
        return None
    first, second = rows
    assert first.percent is not None and second.percent is not None
    if ratio and not multiple:
        request = _evaluate(f"{first.percent.normalize():f}% / {second.percent.normalize():f}%")
    elif multiple:
        large, small = sorted(rows, key=lambda r: -(r.percent or Decimal(0)))
        request = _evaluate(f"{large.percent:f}% / {small.percent:f}%")
    else:
        than = _THAN.search(question)
        old = second
        if than is not None and _named_after(question, than.end(), first, second, data) is first:
            old = first
        new = first if old is second else second
        request = CalculatorInput(
            operation="percent_change", old=f"{old.percent:f}%", new=f"{new.percent:f}%"
        )
    lead = "Inputs: " + " and ".join(_share_name(r) for r in rows) + ", as the sources give them."
    return Route([request], lead=lead, cites=[r.id for r in rows])


def _minimum_shares_in_order(question: str, data: OffsetData) -> list[CountryPolicy]:
    """``_minimum_shares`` in the order the question names them: by country, or for the home
    country's two shares by contract type."""
    rows = _minimum_shares(question, data)
    if len(rows) != 2:
        return rows
    if rows[0].country == rows[1].country:
        kinds = list(asserted_kinds(question)[0])
        return sorted(
            rows, key=lambda r: kinds.index(r.contract_type) if r.contract_type in kinds else 9
        )
    order = [name for _, name in _country_places(question, data)]
    return sorted(rows, key=lambda r: order.index(r.country) if r.country in order else 9)


def _named_after(
    question: str, start: int, first: CountryPolicy, second: CountryPolicy, data: OffsetData
) -> CountryPolicy | None:
    """Which of two shares the question names after ``start`` ("than Norway's"), if one."""
    rest = question[start:]
    if first.country != second.country:
        named = [name for _, name in _country_places(rest, data)]
        return (
            first if first.country in named[:1] else second if second.country in named[:1] else None
        )
    kinds = asserted_kinds(rest)[0]
    return (
        first
        if first.contract_type in kinds[:1]
        else second
        if second.contract_type in kinds[:1]
        else None
    )


def _share_name(row: CountryPolicy) -> str:
    """ "Norway's 100%", "Korea's 30% (non-competitive)": a share with whose it is."""
    kind = f" ({row.contract_type})" if row.contract_type else ""
    return f"{row.country}'s {row.percent}%{kind}"


def _minimum_shares(question: str, data: OffsetData) -> list[CountryPolicy]:
    """The minimum-share row of each of two countries the question names (the home country's for
    the contract type it names, competitive unless it names another); empty otherwise."""
    countries = _countries(question, data)
    named = asserted_kinds(question)[0]
    if countries == [domain().home_country] and set(named) == {COMPETITIVE, NON_COMPETITIVE}:
        # The home country's two shares, one for each contract type the question names.
        home = [r for r in data.countries if r.country == countries[0] and r.contract_type]
        return home if len(home) == 2 else []
    if len(countries) != 2:
        return []
    kind = NON_COMPETITIVE if frame_of(question).contract_type == NON_COMPETITIVE else COMPETITIVE
    rows = []
    for country in countries:
        found = [
            r
            for r in data.countries
            if r.country == country
            and r.attribute == "min_share"
            and r.percent is not None
            and r.contract_type in (None, kind)
        ]
        if len(found) != 1:
            return []
        rows.append(found[0])
    return rows


# An aggregate asked of several countries' minimum shares: their mean, their sum, or the spread
# between the highest and the lowest.
_MINIMUM_SHARES = lazy(
    r"\bmin(?:imum|\.)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shares?|percent(?:age)?s?|offset values?|requirements?|rates?)\b",
    re.I,
)
_SPREAD_ASKED = lazy(
    r"\b(?:range|spread)\b|\b(?:gap|difference|how far apart)\b.{0,60}?"
    r"\b(?:highest|largest|biggest|lowest|smallest)\b",
    re.I,
)
# Every country of a comparison table: "each nation", "the table's countries", "all of Table 3's
# nations".
_WHOLE_TABLE = lazy(r"\b(?:all|every|each)\b(?:\s+\w+){0,2}\s+countr(?:y|ies)\b|\btable\b", re.I)


def _minimum_shares_aggregated(question: str, data: OffsetData) -> Route | None:
    """ "The floor shares of the table's nations, averaged?": the minimum shares
    the data give, of the countries the question names (two or more) or, naming none, of every
    country in the one table row they come from, averaged, added, or their highest less their
    lowest, as the question asks, each row cited. The question states no share of its own; a
    country with one share per contract type (the home country's two) is no one share."""
    if amounts(question) or not _MINIMUM_SHARES.search(question):
        return None
    if _AVERAGE.search(question):
        how = "mean"
    elif _SPREAD_ASKED.search(question):
        how = "spread"
    elif _SUM_ASKED.search(question):
        how = "sum"
    else:
        return None
    shares = [r for r in data.countries if r.attribute == "min_share" and r.percent is not None]
    named = _countries(question, data)
    if len(named) >= 2:
        rows = [r for r in shares if r.country in named]
        if len(rows) != len(named):
            return None  # a country without one share, or named twice
    elif not named and _WHOLE_TABLE.search(question):
        tables = {r.context for r in shares if "\t" in r.context}
        if len(tables) != 1:
            return None
        rows = [r for r in shares if r.context in tables]
    else:
        return None
    figures = [f"{r.percent:f}%" for r in rows]
    if how == "mean":
        expression = f"({' + '.join(figures)}) ÷ {len(figures)}"
    elif how == "sum":
        expression = " + ".join(figures)
    else:
        ordered = sorted(rows, key=lambda r: r.percent or Decimal(0))
        expression = f"{ordered[-1].percent:f}% − {ordered[0].percent:f}%"
    stated = listed([f"{r.country} {figure}" for r, figure in zip(rows, figures, strict=True)])
    return Route(
        [_evaluate(expression)],
        lead=say("minimum_shares_listed", shares=stated),
        cites=[r.id for r in rows],
    )


def _share_before_and_after(question: str, data: OffsetData) -> CountryPolicy | None:
    """The row recording the change of the one country's share the question names, when the
    question asks about a change."""
    countries = _countries(question, data)
    if len(countries) != 1 or not _SHARE_MOVED.search(question):
        return None
    found = [
        r
        for r in data.countries
        if r.country == countries[0] and r.earlier_percent is not None and r.percent is not None
    ]
    return found[0] if len(found) == 1 else None


def _foreign_country(question: str, data: OffsetData) -> str | None:
    """The one country other than the home country whose minimum share the question names."""
    foreign = [c for c in _countries(question, data) if c != domain().home_country]
    return foreign[0] if len(foreign) == 1 else None


def _countries(question: str, data: OffsetData) -> list[str]:
    """The countries with a known minimum share that the question names, in its order."""
    return [name for _, name in _country_places(question, data)]


# Kept per question: the routes of shares and of paired minimums each read it of the same question.
@per_question
def _country_places(question: str, data: OffsetData) -> tuple[tuple[int, str], ...]:
    """(where, name) of each country with a known minimum share that the question names."""
    patterns = name_table().patterns.get("countries", {})
    found = []
    known = {r.country for r in data.countries if r.attribute == "min_share"}
    for name in known | {domain().home_country}:
        pattern = patterns.get(name) or whole_word(name)
        match = pattern.search(question)
        if match:
            found.append((match.start(), name))
    if found and domain().home_country not in {name for _, name in found}:
        # "Oslo's terms, and what would Seoul ask?": the home capital beside another
        # country names the home country's rule.
        capital = _home_capital(question)
        if capital is not None:
            found.append((capital, domain().home_country))
    return tuple(sorted(found))


def _home_capital(question: str) -> int | None:
    """Where ``question`` names the home country's capital, or None."""
    for name in domain().home_capitals:
        match = re.search(rf"\b{re.escape(name)}\b", question, re.I)
        if match:
            return match.start()
    return None


# What a country asks of a contract, where two countries' rules are compared without "offset":
# "how much more would one demand than the other"; a country's "minimum" is its minimum share.
_DEMAND = words(r"demand\w*|requir\w*|seek\w*|sought|ask\w*|expect\w*|minimum")
# Two results set against each other: "how much larger", "the difference between".
_ONE_AGAINST_OTHER = lazy(
    r"\b(?:difference|differ\w*|gap|"
    r"(?:more|larger|bigger|greater|less|smaller|lower|higher)\b[^.?!;]{0,60}?\bthan)\b"
    # "how much bigger is Oslo's minimum?": the other side is left to the question's other country.
    r"|\bhow much (?:more|larger|bigger|greater|less|smaller|lower|higher)\b",
    re.I,
)


def _compare(question: str, data: OffsetData) -> Route | None:
    if asks_prior(question):
        # "Where did its floor sit before it shifted to €8 million?" asks the old value; the
        # amount it writes is the new one, no contract to work a rule on.
        return None
    stated = roles(question)
    # The contract's value, not a country's threshold the question also states.
    money = [a.text for a in stated if a.role == "contract"] or [a.text for a in stated]
    countries = _countries(question, data)
    frame = frame_of(question)
    foreign = _foreign_country(question, data)
    home = domain().home_country
    paired = _paired_minimums(question, stated, data)
    if paired is not None:
        return paired
    if foreign and frame.contract_type == FMS and countries == [foreign]:
        # "Taiwan's minimum on a $40 million FMS deal": the home rule excepts FMS deals, so
        # only the other country's minimum (stated for FMS contracts too) is worked out.
        return _foreign_minimum(foreign, money, question, data)
    if (
        foreign
        and frame.contract_type == FMS
        and set(countries) == {foreign, home}
        and not (
            (_COMPARE.search(question) or _ONE_AGAINST_OTHER.search(question))
            and _home_kind_besides_fms(question)
        )
    ):
        # An FMS deal under both rules: the home rule on it (which excepts FMS deals, so its
        # mandatory offset is none), then the other country's minimum, which is also how much
        # more the other country asks. Only a question that gives the home contract a kind of
        # its own ("Oslo buys through FMS, Seoul by open tender: how much more?") compares the
        # two countries' shares.
        return _home_fms_and_foreign_minimum(foreign, money, question, data)
    if foreign and frame.contract_type != FMS and set(countries) <= {foreign, home}:
        # "Norway's minimum on it, next to Korea's rule": its minimum, beside the home rule.
        # "What would Norway demand on a $20 million deal?" asks Norway's rule alone: the home
        # rule is set beside it only when the question names the home country.
        countries = [foreign, home] if home in countries else [foreign]
    elif len(countries) < 2 or not (
        _COMPARE.search(question) or _ONE_AGAINST_OTHER.search(question)
    ):
        return None
    # "How far under the floor Norway applies is it?": a margin to one country's threshold asks
    # its rule without naming the offset.
    margin = bool(
        countries == [foreign] and _MARGIN.search(question) and _threshold_asked(question)
    )
    if not money or not (_OFFSET_WORDS.search(question) or _DEMAND.search(question) or margin):
        return None
    kind = NON_COMPETITIVE if frame.contract_type == NON_COMPETITIVE else COMPETITIVE
    if frame.contract_type == FMS and _home_kind_besides_fms(question):
        # The kind the home contract is given beside the other country's FMS deal.
        kind = next(k for k in asserted_kinds(question)[0] if k != FMS)
    # "a $30 million radar and a $3 million one": each contract is weighed against both rules
    # (the one below a country's threshold owes it nothing).
    contracts = list(dict.fromkeys(a.text for a in stated if a.role == "contract")) or money[:1]
    requests = [
        CalculatorInput(
            operation="compare_policies", amount=amount, countries=countries[:2], contract_type=kind
        )
        for amount in contracts
    ]
    if foreign is not None and countries == [foreign]:
        found = _with_share_change(Route(requests), foreign, contracts, question, data)
        return _measured_against(found, stated, question)
    return Route(requests)


def _measured_against(found: Route, stated: list[StatedAmount], question: str) -> Route:
    """One country's rule on a contract, and what the question measures against it, as the home
    rule's obligation is measured: the gap between an offset offered and what the rule seeks
    ("$4 million was put up: the gap to the floor?"), or between the contract and the country's
    threshold ("how much under its floor is it?")."""
    offered = [a.text for a in stated if a.role == "offset"]
    if len(offered) == 1 and _GAP.search(question):
        found.offered = offered[0]
    elif _MARGIN.search(question) and _threshold_asked(question):
        found.below = True
    return found


def _home_kind_besides_fms(question: str) -> bool:
    """Whether a question about an FMS deal also names a competitive or non-competitive
    contract: a second contract, bought another way, whose kind the home rule's share is
    for."""
    kinds, _ = asserted_kinds(question)
    return any(kind != FMS for kind in kinds)


def _with_share_change(
    found: Route, country: str, contracts: list[str], question: str, data: OffsetData
) -> Route:
    """One country's rule on each contract and, when the question asks how much more its raised
    share demands than the one before ("the new minimum against the old one"), the raise's part
    of each contract that meets its current threshold: (share now − share before) × value. Only
    where the data give the share before the change (a row quoting the change)."""
    if not asks_change(question):
        return found
    row = next(
        (r for r in data.countries if r.country == country and r.earlier_percent is not None),
        None,
    )
    share = next(
        (r for r in data.countries if r.country == country and r.attribute == "min_share"), None
    )
    if row is None or share is None or share.percent is None:
        return found
    now, before = f"{share.percent:f}%", f"{row.earlier_percent:f}%"
    found.labels = found.labels or [None] * len(found.requests)
    for amount in contracts:
        met = calculate(found.requests[contracts.index(amount)], data)
        if not met.result or Decimal(met.result) == 0:
            continue  # below its current threshold: the raise adds nothing the data can tell
        found.requests.append(
            CalculatorInput(operation="evaluate", expression=f"({now} − {before}) × {amount}")
        )
        found.labels.append(
            _stated_label(
                say("share_raise_adds", country=country, now=now, before=before, amount=amount)
            )
        )
    if len(found.requests) > len(contracts):
        found.cites.append(row.id)
    return found


def _paired_minimums(question: str, stated: list[StatedAmount], data: OffsetData) -> Route | None:
    """ "Norway buys $90 million and Taiwan $40 million: their minimum offsets combined?": each
    country's minimum share of its own contract (each named just before its amount), then the
    two added up, or the larger less the smaller when the question sets them against each other.
    Only countries the data give a minimum share for; the home country's rule is no share."""
    contracts = [a for a in stated if a.role == "contract"]
    places = [(at, name) for at, name in _country_places(question, data)]
    home = domain().home_country
    if len(contracts) != 2 or len(places) != 2 or any(n == home for _, n in places):
        return None
    if len({a.text for a in contracts}) < 2:
        return None  # one amount for both: the two rules compared on it
    (first_at, first), (second_at, second) = places
    if not (first_at < contracts[0].start < second_at < contracts[1].start):
        return None
    combined = bool(_TOTAL.search(question))
    against = bool(_ONE_AGAINST_OTHER.search(question))
    if combined == against or not (_OFFSET_WORDS.search(question) or _DEMAND.search(question)):
        return None
    parts = []
    for name, amount in ((first, contracts[0].text), (second, contracts[1].text)):
        found = _foreign_minimum(name, [amount], question, data)
        if found is None:
            return None
        parts.append(found)
    terms = [p.requests[0].expression for p in parts]
    if against:
        values = [Decimal(calculate(p.requests[0], data).result or 0) for p in parts]
        if values[0] < values[1]:
            terms.reverse()
            first, second = second, first
    joiner = " − " if against else " + "
    names = f"{first} and {second}"

    def sum_label(result: str) -> str:
        if against:
            return say("minimums_differ", more=first, less=second, result=result)
        return say("minimums_combined", names=names, result=result)

    return Route(
        [*(p.requests[0] for p in parts), _evaluate(joiner.join(f"({t})" for t in terms))],
        lead=" ".join(p.lead for p in parts),
        cites=[c for p in parts for c in p.cites],
        labels=[*(p.labels[0] for p in parts), sum_label],
    )


def _home_fms_and_foreign_minimum(
    country: str, money: list[str], question: str, data: OffsetData
) -> Route | None:
    """ "An FMS buy: does the home rule ask an offset, and what would Taiwan's minimum come to?":
    the home rule on the FMS contract (which excepts it), then the other country's minimum."""
    found = _foreign_minimum(country, money, question, data)
    if found is None:
        return None
    home = CalculatorInput(operation="offset_obligation", amount=money[0], contract_type=FMS)
    found.requests.insert(0, home)
    found.labels.insert(0, None)
    return found


def _foreign_minimum(
    country: str, money: list[str], question: str, data: OffsetData
) -> Route | None:
    """One country's minimum share of a contract: share × value, citing the share's row."""
    if not money or not (_OFFSET_WORDS.search(question) or _DEMAND.search(question)):
        return None
    found = _country_minimum(country, data)
    if found is None:
        return None
    row, share = found
    label: Label = lambda result: say(  # noqa: E731
        "minimum_of_country", country=country, share=share, amount=money[0], result=result
    )
    return Route(
        [CalculatorInput(operation="evaluate", expression=f"{share} × {money[0]}")],
        lead=say("minimum_share_stated", country=country, share=share),
        cites=[row.id],
        labels=[label],
    )


# A rate the question works with, not one it asks: "at the 2019 delivery rate", "going by its
# reported rate", "given that rate", "times its rate", "apply each part's rate".
_RATE_GIVEN = lazy(
    r"\b(?:at|given|using|going by|based on|apply(?:ing)?|with|by|times)\s+"
    r"(?:the|its|their|that|this|each|every)\s+"
    r"(?:[\w'’-]+\s+){0,4}?rates?\b"
    # "once the 2019 delivery rate is applied": the rate worked with, named before its verb.
    r"|\b(?:the|its|their|that|this)\s+(?:[\w'’-]+\s+){0,4}?rates?\s+(?:is\s+|are\s+|being\s+)?applied\b",
    re.I,
)


# "how much of the pledge", "how much of it": a part of something, asked without a measure.
_HOW_MUCH_OF = words(r"how much of")
# Words that ask for an amount of money, not a share: a currency, a scale, "worth", "value".
_MONEY_WORDS = words(
    r"dollars?|won|USD|KRW|worth|values?|amounts?|sums?|money|(?:thousand|million|billion)s?",
    r"\$|₩",
)


def _money_wanted(question: str) -> bool:
    """Whether ``question`` asks its answer in money (beyond the words of the pledge itself)."""
    asked = reading(question)
    return asked.scale is not None or bool(
        _MONEY_ASKED.search(question) or _MONEY_WORDS.search(asked.question)
    )


# A unit shared over, dated by its delivery: "per frigate delivered", "for each jet received".
_PER_UNIT_DELIVERED = lazy(
    r"\b(?:per|each|every|a)\s+[\w-]+\s+(?:delivered|received|handed over|supplied|bought)\b", re.I
)


def _implemented(question: str, data: OffsetData) -> Route | None:
    """How much of a program's recorded commitment was delivered and, when asked, how much of
    it remains: commitment × rate, and commitment × (1 − rate), from the program rows."""
    remaining = bool(_REMAINING.search(question))
    # "per frigate delivered": the word of delivery names the units shared over, not progress.
    question_ = _PER_UNIT_DELIVERED.sub(" ", question)
    if not (_IMPLEMENTED.search(question_) or remaining) or not _HOW_MUCH.search(question):
        return None
    if _ADD_UP.search(question) and not _IMPLEMENTED.search(question):
        # "Add the three items up; what gap is left to the headline?": the sum measured against the
        # whole, with no word of delivery, is no shortfall in what was delivered.
        return None
    rate_named = re.search(r"\brates?\b|\bpercent", _RATE_GIVEN.sub(" ", question), re.I)
    if rate_named and not _MONEY_ASKED.search(question):
        return None  # asks for the rate itself (a fact)
    if not remaining and _HOW_MUCH_OF.search(question) and not _money_wanted(question):
        # "How much of the training pledge got fulfilled?": how far along it is, which the rate
        # the sources state says; an amount only when money is asked for.
        return None
    table = name_table()
    program = table.first("programs", question)
    if program is None:
        return None
    category = table.first("categories", question)
    if len(table.find("categories", question)) > 1 and not _MONEY_ASKED.search(question):
        # "the tech-transfer part and the export part: how far along is each?" asks the delivery
        # rates the sources state for each part, not one part's amount worked out.
        return None
    stated = amounts(question)
    if stated:
        # Its own figures are worked on elsewhere; a restatement of the commitment the program
        # rows give ("the $300m pledged") is no figure of its own.
        commitments = {c.amount for _, c in _delivery_rows(data, program, category)}
        try:
            if not all(parse_amount(m).value in commitments for m in stated):
                return None
        except CalculationError:
            return None
    requests = [CalculatorInput(operation="implemented", program=program, category=category)]
    named = table.find("categories", question)
    if len(named) > 1 and not remaining:
        # "…delivered for the training part, for the spares part, and in total?": each part
        # named gets its own delivery worked out, and the total over every part with a rate
        # when a total is asked.
        requests = [
            CalculatorInput(operation="implemented", program=program, category=c) for c in named
        ]
        if _TOTAL.search(question):
            requests.append(CalculatorInput(operation="implemented", program=program))
    labels: list[Label | None] = [None] * len(requests)
    inputs: list[Any] = []
    for rate, commitment in _delivery_rows(data, program, category) if remaining else []:
        share, pledged = f"{rate.amount:f}%", format_money(commitment.amount, commitment.unit)
        requests.append(_evaluate(f"(100% − {share}) × {pledged}"))
        labels.append(_remaining_label(share, pledged))
        inputs += [commitment, rate]
    # What remains is worked out here, not by the calculator's own look-up: its inputs are
    # stated as the sources give them ("USD 536.3 million", not only the working's digits).
    lead = say("sourced_inputs", statements="; ".join(r.statement() for r in inputs))
    return Route(requests, labels=labels, lead=lead if inputs else "", cites=[r.id for r in inputs])


# Asking for figures added up: "add up", "the sum of", "combined", "in total".
# "add up", or with its object between ("add the three pledges together").
_ADD_UP = words(r"add(?:s|ed|ing)? (?:[\w'’-]+ ){0,6}?(?:up|together)|sum(?:med)?|tot(?:al|ted) up")


def asks_to_add_up(question: str) -> bool:
    """Whether a question asks for figures added up and states none of its own: "what do those
    come to altogether?" works on what the earlier question named."""
    return bool(_ADD_UP.search(question) or _TOTAL.search(question)) and not amounts(question)


def _commitments_sum(question: str, data: OffsetData) -> Route | None:
    """ "What do Lockheed's offset pledges come to altogether?": the parts of a figure the sources
    break down (a program's offset commitments by category, a period's offset value by type),
    added up. A whole the sources also state answers the question unless it asks outright for
    the parts to be added. "Do they match the $X stated?": the sum, then the gap between it
    and that whole (the one amount the question states, else the sources' own total)."""
    offsets = bool(_OFFSET_WORDS.search(question) or PLEDGED.search(question))
    explicit = bool(_ADD_UP.search(question))
    if not (explicit or _TOTAL.search(question)):
        return None
    stated = roles(question)
    found = _breakdown(question, data)
    if found is None or len(stated) > 1:
        return None
    if not offsets and _labels_named(question, found) < 2:
        # Parts the question names by the labels the sources' rows carry ("technology, parts,
        # equipment"), or a program's parts named as such ("its three listed items"), are the
        # offsets' parts, whether or not it says "offsets".
        if not (found.program and _ITEMS.search(question)):
            return None
    if not explicit and found.program and not _total_of_parts_named(question, data):
        return None  # "the whole package, and the progress of each item": the sources' total
    whole, whole_id = "", None
    total = sum((amount for _, amount, _ in found.parts), Decimal(0))
    if stated:
        # The one amount the question states is the whole the parts are checked against.
        try:
            written = parse_amount(stated[0].text)
        except CalculationError:
            return None
        if written.currency != found.unit:
            return None
        whole = stated[0].text
        if found.whole is not None and written.value == found.whole[0]:
            whole_id = found.whole[1]
        elif found.whole is not None and written.value == total:
            # "How short of the advertised whole is that?", its "that" the parts' sum written in:
            # the sum is set against the whole the sources state, not against itself.
            whole = format_money_short(found.whole[0], found.unit)
            whole_id = found.whole[1]
    elif found.whole is not None:
        if not explicit:
            return None  # the total is a figure of the sources
        if _AGAINST_TOTAL.search(question):  # "what do they sum to?" asks for the sum alone
            whole, whole_id = format_money_short(found.whole[0], found.unit), found.whole[1]
    parts = [format_money_short(amount, found.unit) for _, amount, _ in found.parts]
    lead = found.listed(parts)
    requests = [_evaluate(" + ".join(parts))]
    labels: list[Label | None] = [None]
    cites = [row_id for _, _, row_id in found.parts]
    if whole:
        requests.append(_evaluate(f"{whole} − ({' + '.join(parts)})"))
        labels.append(_parts_gap_label(whole, display(Quantity(total, found.unit))))
        cites += [whole_id] if whole_id else []
    elif share := _PERCENT_ASKED.search(question):
        # "…, and the dock item makes up which fraction of it?": the named part's share of the sum.
        table = name_table()
        asked = table.first("categories", question[share.start() :])
        named = [
            part
            for (name, _, _), part in zip(found.parts, parts, strict=True)
            if asked is not None and table.first("categories", name) == asked
        ]
        if len(named) == 1:
            summed = format_money_short(total, found.unit)
            requests.append(CalculatorInput(operation="share_of", part=named[0], whole=summed))
            labels.append(None)
    return Route(requests, lead=lead, cites=cites, labels=labels)


def _across_parts(question: str, data: OffsetData) -> Route | None:
    """Arithmetic across the parts of one deal the sources break down, which they do not do
    themselves: "how far apart are its biggest and smallest items?" (the largest part less the
    smallest); "leaving the training item aside, what do the others come to?" (the whole the
    sources state less the one part named, else the other parts added), with that rest's share
    of the whole when a share is asked. Amounts the question states must be the sources' own."""
    found = _breakdown(question, data)
    if found is None or not found.program or _PROGRESS.search(question):
        return None
    known = {amount for _, amount, _ in found.parts} | ({found.whole[0]} if found.whole else set())
    for stated in roles(question):
        try:
            if parse_amount(stated.text).value not in known:
                return None  # a figure of the question's own, not one of the deal's parts
        except CalculationError:
            return None
    items = "; ".join(
        f"{name}, {format_money_short(amount, found.unit)}" for name, amount, _ in found.parts
    )
    lead = say("commitment_items", program=found.program, items=items)
    cites = [row_id for _, _, row_id in found.parts]
    if _ENDS_NAMED.search(question) and _APART_ASKED.search(question):
        top = max(found.parts, key=lambda part: part[1])
        bottom = min(found.parts, key=lambda part: part[1])
        high, low = (format_money_short(p[1], found.unit) for p in (top, bottom))
        label = _spread_label(top[0], bottom[0])
        return Route([_evaluate(f"{high} − {low}")], lead=lead, cites=cites, labels=[label])
    named = named_commitments(question, data)
    if _AVERAGE.search(question) and not (_PER_WHAT.search(question) or _PRICE.search(question)):
        # "The mean of its satellite and technology items": of the parts named, else of all. A
        # price asked on average ("what did one jet cost on average") is per unit, not per part.
        averaged = [(r.category, r.amount) for r in named if r.amount is not None]
        if len(averaged) < 2:
            averaged = [(name, amount) for name, amount, _ in found.parts]
        added = " + ".join(format_money_short(a, found.unit) for _, a in averaged)
        label = _mean_label(listed([name for name, _ in averaged]))
        return Route(
            [_evaluate(f"({added}) / {len(averaged)}")], lead=lead, cites=cites, labels=[label]
        )
    if len(named) != 1 or not (_SET_ASIDE.search(question) or _REST_NAMED.search(question)):
        return None
    if not _AMOUNT_OF_REST.search(question):
        return None  # "besides the satellites, which other items ...?" asks what, not how much
    part = named[0]
    piece = format_money_short(part.amount or Decimal(0), found.unit)
    if found.whole is not None:
        whole = format_money_short(found.whole[0], found.unit)
        left = _evaluate(f"{whole} − {piece}")
        rest_label: Label = _rest_label(piece, whole)
        cites.append(found.whole[1])
    else:
        others = [a for _, a, row_id in found.parts if row_id != part.id]
        left = _evaluate(" + ".join(format_money_short(a, found.unit) for a in others))
        rest_label = _others_label(part.category)
        whole = format_money_short(sum((a for _, a, _ in found.parts), Decimal(0)), found.unit)
    requests: list[CalculatorInput] = [left]
    labels: list[Label | None] = [rest_label]
    if _PERCENT_ASKED.search(question):
        remainder = _money_result(left, data)
        if remainder is not None:
            requests.append(CalculatorInput(operation="share_of", part=remainder, whole=whole))
            labels.append(None)
    return Route(requests, lead=lead, cites=cites, labels=labels)


def _mean_label(parts: str) -> Label:
    return lambda result: say("parts_mean", parts=parts, result=result)


def _others_label(part: str) -> Label:
    return lambda result: say("parts_besides", part=part, result=result)


def _spread_label(high: str, low: str) -> Label:
    return lambda result: say("parts_spread", high=high, low=low, result=result)


# Both ends of several figures named together, the top and the bottom: "its top and its tiniest
# piece", "the lowest and the highest share".
_ENDS_NAMED = lazy(
    r"\b(?:largest|biggest|highest|greatest|top)\b.{0,60}\b(?:smallest|lowest|least|tiniest)\b|"
    r"\b(?:smallest|lowest|least|tiniest)\b.{0,60}\b(?:largest|biggest|highest|greatest|top)\b",
    re.I,
)
# The two asked apart, not each asked for: "the gap between", "how far apart", "the spread".
_APART_ASKED = words(r"gap|spread|range|differ\w*|apart|distance|separat\w*|how (?:wide|big|large)")


def _mean_of_listed(question: str) -> Route | None:
    """ "Three bids, of $4 million, $6 million and $11 million: the average?": the mean of the
    list of figures the question writes (``stated_means``), when the mean is asked and no rule
    is asked of the figures (then each is a contract the rule is worked out on)."""
    if not _AVERAGE.search(question) or _RULE_ASKED.search(question):
        return None
    if asserted_kinds(question)[0]:
        return None
    listed = listed_figures(question)
    if not listed:
        return None
    return Route(mean_steps(listed))


def _spread_of_stated(question: str) -> Route | None:
    """ "Tranches: EUR 7 million, EUR 3 million, EUR 12 million; the gap between the biggest
    and the smallest?": the question's own amounts, three or more in one currency, the largest
    less the smallest (a list split into asks would set the last two apart instead)."""
    if not (_ENDS_NAMED.search(question) and _APART_ASKED.search(question)):
        return None
    written = amounts(question)
    try:
        read = [parse_amount(a) for a in written]
    except (CalculationError, ArithmeticError, ValueError):
        return None
    if len(written) < 3 or len({q.currency for q in read}) != 1:
        return None
    known = [(q.value, a) for q, a in zip(read, written, strict=True)]
    high = max(known)[1]
    low = min(known)[1]
    return Route([_evaluate(f"{high} − {low}")])


# A part set aside from the rest of a whole: "setting the spares aside", "leaving out", "apart
# from", "other than", "once the training is taken out".
_SET_ASIDE = words(
    r"set(?:ting)? aside|aside|leav(?:e|ing) out|left out|apart from|other than|excluding|"
    r"except(?: for)?|not counting|besides|taken out|subtracted|deducted|removed|minus|net of|"
    r"everything else|all else|the others?|other (?:[\w-]+ )?(?:items?|parts?|commitments?|pledges?|"
    r"components?)|is left|are left|remain\w*"
)
# An amount asked of the rest: "how much", "what do they come to", "worth", "in total".
_AMOUNT_OF_REST = words(
    r"how much|how many dollars|(?:come|add|adds|added|amount\w*|sum\w*) (?:up )?to|worth|"
    r"values?|totals?|in (?:US )?dollars|combined|altogether"
)
# Words of a pledge's progress, which another route works out: what was delivered or is owed.
_PROGRESS = words(
    r"implement\w*|deliver\w*|fulfil\w*|carried out|outstanding|owed|progress|unfulfilled|"
    r"rates?|achiev\w*|realis\w*|realiz\w*|complet\w*"
)


# A program's pledge named by its listed pieces: "its three items", "the listed components".
_ITEMS = words(r"items?|components?")


def _labels_named(question: str, found: _Breakdown) -> int:
    """How many of the parts of ``found`` the question names by their labels."""
    return sum(_names_category(question, name) for name, _, _ in found.parts)


def _total_of_parts_named(question: str, data: OffsetData) -> bool:
    """Whether the clause that asks a total names the parts it adds ("the combined technology
    and SME pledges"), or none at all; a total asked in one clause ("the package's total") with
    parts named in another ("and the progress of its training and spares items") is the whole
    the sources state, not the named parts added."""
    for clause in re.split(r"[;?.!]\s|,\s*(?:and|while|but)\b", question):
        if _TOTAL.search(clause):
            named = len(named_commitments(clause, data))
            return named >= 2 or (named == 0 and len(named_commitments(question, data)) < 2)
    return True


# Asking whether parts match a whole, not just their sum: "do they sum to", "does it tally",
# "is there a gap", or how far the sum lies from it ("how far off is that", "the shortfall
# against it", "set beside the stated total").
_AGAINST_TOTAL = lazy(
    r"^\s*(?:do|does|did|is|are|would|will|can)\b|"
    r"\b(?:match\w*|tall(?:y|ies)|square|consistent|discrepan\w*|gap|differ\w*|how far|"
    r"far (?:off|from|apart)|apart|shortfall|short of|off by|compar\w*|against|beside|next to|"
    r"relative to|versus|vs)\b",
    re.I,
)
# "by type", "by category", "the three kinds": a period's figure asked by its parts.
_BY_PARTS = words(r"types?|kinds?|categor\w*|parts?|components?|items?|pieces|break\s?down|split")


# An average asked, however put: "the average item", "the mean size", "averaged over", "the
# typical part".
_AVERAGED = words(r"averag\w*|mean|typical")
# A measure that is no amount of money: the parts' amounts averaged do not answer it.
_MEASURE_NOT_AMOUNT = words(r"rates?|percent\w*|shares?|ratios?|proportions?")
# A count asked ("how many", "the number of"), or an average per some unit ("per company",
# "each of the 73 firms"): a division by another count, not the parts' amounts averaged.
_COUNT_OR_UNIT_ASKED = words(r"how many|number of|per|each of the \d+")
# An average over time: "the typical yearly sum", "annual", "a year", "over those 12 years".
_PER_TIME = words(r"yearly|annual\w*|a year|each year|every year|(?:\w+ )?years")
# The parts counted where they are named: "the three components", "its 3 items".
_PARTS_COUNTED = lazy(
    rf"\b(?P<count>\d+|{'|'.join(NUMBER_WORDS)})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_BY_PARTS.pattern})",
    re.I,
)


def _parts_averaged(question: str, data: OffsetData) -> Route | None:
    """ "Across the ferry order's four parts, what is a typical one worth?": the parts of a figure
    the sources break down (a program's offset commitments, a period's offset value by type),
    averaged: their sum, then the sum over their count, each a recorded step. The question
    names the parts as parts, states no amount of its own, and asks no share or rate (the
    parts are amounts); a count it gives of them must be the count of the parts the sources
    list."""
    if not _AVERAGED.search(question) or amounts(question) or _PERCENT_ASKED.search(question):
        return None
    if _MEASURE_NOT_AMOUNT.search(question):
        return None  # "the average implementation rate of the parts": a rate, not their amounts
    if _COUNT_OR_UNIT_ASKED.search(question):
        return None  # "the average number of items per company": a count over another count
    if _PER_TIME.search(question):
        return None  # "the typical yearly sum": over the period's years, not over its parts
    if not _BY_PARTS.search(question):
        return None  # "the average offset per tanker" divides by what else is counted
    found = _breakdown(question, data)
    if found is None or len(found.parts) < 2:
        return None
    if found.program and len(named_commitments(question, data)) == 1:
        # "the average price of the items bought from its SMEs": things within one part named,
        # not the parts themselves
        return None
    if found.program and _across_parts(question, data) is not None:
        return None  # a deal's parts the arithmetic across them already averages, in one step
    counted = _PARTS_COUNTED.search(question)
    if counted is not None and parse_number(counted["count"]) != len(found.parts):
        return None
    parts = [format_money_short(amount, found.unit) for _, amount, _ in found.parts]
    total = format_money_short(sum((a for _, a, _ in found.parts), Decimal(0)), found.unit)
    lead = found.listed(parts)
    requests = [_evaluate(" + ".join(parts)), _evaluate(f"{total} ÷ {len(parts)}")]
    return Route(requests, lead=lead, cites=[row_id for _, _, row_id in found.parts])


@dataclass(frozen=True)
class _Breakdown:
    """A figure the sources break into parts, in one currency."""

    what: str  # "the 1983–2022 offset value"
    unit: str
    parts: list[tuple[str, Decimal, str]]  # (part, amount, row id)
    whole: tuple[Decimal, str] | None  # the whole the sources state, and its row
    program: str = ""  # the program whose commitments these are

    def listed(self, parts: list[str]) -> str:
        """The lead that lists each part with its amount (``parts``, written out), as a
        program's commitments or as a figure's parts."""
        items = "; ".join(
            f"{name}, {part}" for (name, _, _), part in zip(self.parts, parts, strict=True)
        )
        if self.program:
            return say("commitment_items", program=self.program, items=items)
        return say("parts_items", what=self.what, items=items)


def _breakdown(question: str, data: OffsetData) -> _Breakdown | None:
    """What the question names that the sources break into parts: a program's offset
    commitments by category; else the offset value by type of the one period it names."""
    program = name_table().first("programs", question)
    if program is not None:
        rows = [
            r
            for r in data.programs
            if r.program == program and r.attribute == "commitment" and r.amount is not None
        ]
        items = [r for r in rows if r.category != "total" and r.unit]
        total = next((r for r in rows if r.category == "total"), None)
        named = named_commitments(question, data)
        if len(named) >= 2 and len(named) < len(items):
            # "Add up its technology and SME pledges": the parts named, of no whole the sources give.
            items, total = named, None
        if len(items) < 2 or len({r.unit for r in items}) != 1:
            return None
        return _Breakdown(
            what=program,
            unit=items[0].unit,
            parts=[(r.category, r.amount, r.id) for r in items if r.amount is not None],
            whole=(total.amount, total.id) if total and total.amount is not None else None,
            program=program,
        )
    periods = period_mentions(question)
    if len(periods) != 1 or not _BY_PARTS.search(question):
        return None
    (first, last), _ = periods[0]
    period = f"{first}-{last}"
    typed = [
        r
        for r in data.values
        if r.period == period and r.measure == "offset_value_by_type" and r.amount is not None
    ]
    units = {r.currency for r in typed}
    if len(typed) < 2 or len(units) != 1 or None in units:
        return None
    unit = typed[0].currency or ""
    totals = [
        r
        for r in data.values
        if r.period == period and r.measure == "offset_value" and r.currency == unit
    ]
    main = _main_figure(totals)[0] if totals else None
    return _Breakdown(
        what=say("period_offset_value", period=_span(period)),
        unit=unit,
        parts=[(r.category, r.amount, r.id) for r in typed if r.amount is not None],
        whole=(main.amount, main.id) if main is not None and main.amount is not None else None,
    )


def _parts_gap_label(whole: str, added: str) -> Label:
    """How the parts' sum measures up to the whole: short of it, over it, or equal."""

    def label(result: str) -> str:
        if result.startswith(("−", "-")):
            return say("parts_over_whole", parts=added, whole=whole, result=result.lstrip("−-"))
        if result.split()[-1] == "0":
            return say("parts_equal_whole", parts=added, whole=whole)
        return say("parts_short_of_whole", parts=added, whole=whole, result=result)

    return label


_PRICE = words(r"cost\w*|pric\w*|paid|pay|spen[dt]\w*|how much|what (?:did|does) .+ run")


# A batch after the first, however the program is named between: "the third frigate batch",
# "a later lot", "the next tranche".
_LATER_STAGE = lazy(
    r"\b(?:second|third|fourth|2nd|3rd|4th|later|next|subsequent|follow-on)\b(?:[\s-]+[\w-]+){0,2}?"
    r"[\s-]+(?:phase|stage|batch|tranche|lot|round|increment)s?\b",
    re.I,
)


def _per_unit(question: str, data: OffsetData) -> Route | None:
    """ "What did each F-35A come to?": a program's contract value over its number of units,
    both from the program rows. A total the question states ("it spent about 5 trillion won on
    the fleet: what is that per jet?") is divided by the units the rows give."""
    average = bool(_AVERAGE.search(question))
    # An amount is asked when a price word asks it, or a currency is named for the answer ("what
    # did each jet come to in won?"): a count or a share has no currency.
    priced = (
        _PRICE.search(question)
        or (average and re.search(r"\b(?:value|worth)\b", question))
        or _asked_currency(question) is not None
    )
    stated = amounts(question)
    if len(stated) > 1 or not priced or _OFFSET_WORDS.search(question):
        return None
    if stated and _counts(question):
        return None  # the question gives its own count too: a price per item of its own
    if stated and _LATER_STAGE.search(question):
        # A total stated for a later batch ("the third lot of the frigates, at 2 trillion won")
        # is not divided by the count of the buy the rows hold: that batch's count is not given.
        return None
    table = name_table()
    program = table.first("programs", question)
    if program is None:
        return None
    if _LATER_STAGE.search(question) and not _LATER_STAGE.search(program):
        # "Each jet of the second batch" is not priced by the first buy's value over its count.
        return None
    rows = {r.attribute: r for r in data.programs if r.program == program and r.amount is not None}
    value, units = rows.get("contract_value"), rows.get("units")
    if units is None or not stated and (value is None or not value.unit):
        return None
    # "each aircraft", "per unit", or a general word for one of the things bought ("each jet"),
    # as for a program's offset per unit.
    nouns = {units.unit.lower(), units.unit.lower().rstrip("s"), "unit", "one"} | _ITEM_BOUGHT
    if not unit_asked(question, program, nouns, average, lambda w: table.first("programs", w)):
        return None
    assert units.amount is not None
    if not stated and any(t.number != units.amount for t in _counts(question)):
        # "each of the 20 jets" divides by a count of its own, not by the buy's 40: the rows'
        # value is not the value of those 20.
        return None
    count = f"{units.amount.normalize():f}"
    if stated:
        total = stated[0]
        restates = value is not None and _same_figure_as(total, value)
        lead = (
            say("per_unit_inputs", program=program, total=total, count=count, unit=units.unit)
            if restates
            else say("per_unit_stated", program=program, total=total, count=count, unit=units.unit)
        )
        return Route(
            [_evaluate(f"{total} / {count}")],
            lead=lead,
            cites=[value.id, units.id] if restates and value is not None else [units.id],
            labels=[
                lambda result: say(
                    "per_unit", total=total, count=count, what=units.unit, result=result
                )
            ],
            restated=(total,),
        )
    assert value is not None and value.amount is not None
    total = format_money_short(value.amount, value.unit)
    lead = say("per_unit_inputs", program=program, total=total, count=count, unit=units.unit)
    return Route(
        [_evaluate(f"{total} / {count}")],
        lead=lead,
        cites=[value.id, units.id],
    )


# General words for one of the things a program buys, whatever the rows call them.
_ITEM_BOUGHT = frozenset({"aircraft", "plane", "airframe", "jet", "ship", "vessel", "vehicle"})


def _offset_per_unit(question: str, data: OffsetData) -> Route | None:
    """ "What does the tanker deal's offset package come to per aircraft?": a program's offset
    commitment (of the category named, else its total) over its number of units, both from the
    program rows. Asked "per <thing>", "each <thing>" or as the package shared out over them.
    The commitment may be named by the offsets or as a pledge ("the radar pledge per frigate")."""
    if amounts(question) or not (_OFFSET_WORDS.search(question) or PLEDGED.search(question)):
        return None
    table = name_table()
    program = table.first("programs", question)
    if program is None:
        return None
    rows = [r for r in data.programs if r.program == program and r.amount is not None]
    units = next((r for r in rows if r.attribute == "units"), None)
    if units is None:
        return None
    # "Spread over the 12 frigates": a count restating the program's own number of units is
    # that number; any other count is the question's own.
    if any(t.number != units.amount for t in _counts(question)):
        return None
    # "per tanker", "each unit", or a general word for one of the things bought ("per
    # aircraft"); "each category" or "per year" asks no share per unit.
    nouns = {units.unit.lower().rstrip("s"), "unit", "one"} | _ITEM_BOUGHT
    asked = _shared_out_over_units(question) or any(
        m.group("apiece")
        or m.group("what").lower().rstrip("s") in nouns
        or table.first("programs", m.group("what")) == program
        for m in EACH.finditer(question)
    )
    if not asked:
        return None
    category = table.first("categories", question) or "total"
    pledged = next(
        (r for r in rows if r.attribute == "commitment" and r.category == category), None
    )
    if pledged is None or pledged.amount is None or units.amount is None:
        return None
    total = format_money_short(pledged.amount, pledged.unit)
    count = f"{units.amount.normalize():f}"
    return Route(
        [_evaluate(f"{total} / {count}")],
        lead=say("sourced_inputs", statements="; ".join(r.statement() for r in (pledged, units))),
        cites=[pledged.id, units.id],
        labels=[
            lambda result: say("per_unit", total=total, count=count, what=units.unit, result=result)
        ],
    )


# What a price "per ..." is not asked of: a stretch of time (a yearly figure) or a currency (a rate).
_NOT_A_UNIT = lazy(
    r"^(?:years?|annum|months?|weeks?|days?|quarters?|decades?|dollars?|won|cents?|euros?|"
    r"usd|krw|percent|cent)$",
    re.I,
)


# "divided among 13 countries", "split evenly between 4 buyers": an amount shared out.
_SPLIT_AMONG = lazy(
    r"\b(?:divided|split|shared|spread)\s+(?:out\s+)?(?:evenly\s+|equally\s+)?"
    r"(?:among|amongst|between|across)\b",
    re.I,
)


def _shared_out_over_units(question: str) -> bool:
    """ "spread across the four tankers": a package shared out over what was bought. A split
    "between technology transfer and SME exports" names the package's own categories: it asks
    how the package breaks down, which the sources state, not a share per unit."""
    match = _SPLIT_AMONG.search(question)
    if match is None:
        return False
    among = re.split(r"[?.!;]", question[match.end() :])[0]
    return name_table().first("categories", among) is None


def _stated_per_unit(question: str, data: OffsetData) -> Route | None:
    """ "A navy paid $600 million for 4 frigates; how much did one frigate cost?": the one amount the
    question states over the one count it states, when a price per item is asked, or the average
    of the things counted ("9 dock leases worth $45 million: the average lease?")."""
    stated = roles(question)
    if len(stated) != 1 or _UNIT_PRICE.match(question[stated[0].end :]):
        # "40 lamps at $12 apiece": an amount written per item is the price of one, no total
        # to share out; the total is that price times the count (``own_figures``).
        return None
    asked = [
        m
        for m in EACH.finditer(question)
        if m.group("apiece") or not _NOT_A_UNIT.match(m.group("what"))
    ]
    averaged = _averaged(question)
    if not asked and not averaged and not _SPLIT_AMONG.search(question):
        return None
    counts = _counts(question) or _spelled_counts(question)
    if len(counts) != 1 or counts[0].scaled() < 2 or counts[0].scaled() % 1:
        return None
    count = counts[0]
    # "4 frigates": the noun the count is of, as written; "9 dock leases" counts leases when an
    # average lease is asked.
    after = _GROUP_WORD.findall(question[count.end :])[:3]
    # "27 offset contracts ... per contract": the counted noun is the one asked per, not the word
    # that qualifies it.
    per = {_singular(m.group("what").lower()) for m in asked if m.group("what")}
    what = next(
        (w for w in after if _singular(w) in averaged or _singular(w.lower()) in per),
        after[0] if after else "",
    )
    if averaged and not asked and _singular(what) not in averaged:
        return None  # an average of something else than what the question counts
    if _OFFSET_WORDS.search(question) and not _PRICE.search(question):
        # An offset figure is divided only by what the question counts and asks it per
        # ("offsets of $2 billion with 8 buyers: how much per buyer?"); "offset per contract"
        # alone asks a country's rule.
        counted = _singular(what.lower())
        if counted not in averaged and not any(
            m.group("what") and _singular(m.group("what").lower()) == counted for m in asked
        ):
            return None
    total, number = stated[0].text, f"{count.scaled().normalize():f}"
    return Route(
        [_evaluate(f"{total} / {number}")],
        labels=[
            lambda result: say("per_unit", total=total, count=number, what=what, result=result)
        ],
    )


# An amount followed by "each" or "apiece": a price per item.
_UNIT_PRICE = lazy(r"\s*(?:each|apiece|a\s+piece)\b", re.I)

# "per company", "for each firm", "a supplier on average": the unit a count is divided by.
_PER_NOUN = lazy(
    r"\b(?:per|each|every|a|an)\s+(?P<what>[\w'’-]+)(?=[^?.!]*\b(?:average|mean|typical)|"
    r"\s*(?:[?.!,]|$|on average))"
    r"|\b(?:per|for each|for every)\s+(?P<unit>[\w'’-]+)",
    re.I,
)


def _count_per_count(question: str, data: OffsetData) -> Route | None:
    """ "The fair drew 600 visitors to 40 stands: how many per stand on average?": one stated
    count over the other, the divisor being the count of the noun asked per."""
    if amounts(question) or not (_AVERAGE.search(question) or re.search(r"\bper\b", question)):
        return None
    counts = _counts(question)
    if len(counts) != 2:
        return None
    asked = _PER_NOUN.search(question)
    if asked is None:
        return None
    unit = _singular(asked.group("what") or asked.group("unit"))

    def noun_after(token: QuantityToken) -> str:
        # The counted noun, a word or two after the count: "12 Korean SMEs", "600 visitors".
        found = re.findall(r"[\w'’-]+", question[token.end : token.end + 40])[:3]
        return " ".join(_singular(w) for w in found)

    divisors = [t for t in counts if _same_thing(unit, noun_after(t))]
    if len(divisors) != 1:
        return None
    divisor = divisors[0]
    total = next(t for t in counts if t is not divisor)
    number = f"{total.scaled().normalize():f}"
    per = f"{divisor.scaled().normalize():f}"
    return Route([CalculatorInput(operation="evaluate", expression=f"{number} / {per}")])


# A multiple asked the other way round: "how many times fewer", "times smaller".
_TIMES_FEWER = words(r"times (?:fewer|smaller|less|lower)")


def _count_times_count(question: str, data: OffsetData) -> Route | None:
    """ "Bay A handled 52 ships and bay B 8: by what multiple did A outdo B?": of two stated
    counts and no amount, the larger over the smaller, when a multiple is asked."""
    if amounts(question) or not _TIMES_ASKED.search(question) or _TIMES_FEWER.search(question):
        return None
    if _MOVED.search(question):
        return None  # "climbed from 30 to 34": the ends of a move, worked on as a change
    counts = _counts(question)
    if len(counts) != 2 or min(t.scaled() for t in counts) <= 0:
        return None
    low, high = sorted(counts, key=lambda t: t.scaled())
    if low.scaled() == high.scaled():
        return None
    number, per = (f"{t.scaled().normalize():f}" for t in (high, low))
    return Route([CalculatorInput(operation="evaluate", expression=f"{number} / {per}")])


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Nouns that count the same kind of thing: a firm is a company, and so is an enterprise.
_SAME_THING = (frozenset({"company", "firm", "sme", "supplier", "business", "enterprise"}),)


def _same_thing(unit: str, nouns: str) -> bool:
    words_after = set(nouns.split())
    if unit in words_after:
        return True
    return any(unit in group and words_after & group for group in _SAME_THING)


def _counts(question: str) -> list[QuantityToken]:
    """The bare numbers of ``question`` that count something: no amount of money, share, year,
    exchange rate, ordinal, or number inside a name ("F-35", "A330")."""
    return list(_counts_kept(question, tuple(READERS)))


# Kept per text (the tokens are frozen), as ``_rate_spans``.
@lru_cache(maxsize=1024)
def _counts_kept(question: str, readers: tuple[object, ...]) -> tuple[QuantityToken, ...]:
    rates = _rate_spans(question)
    return tuple(
        t
        for t in lex(question)
        if not (t.currency or t.percent or t.glued or t.ordinal or t.exponent or t.sign)
        and not YEAR.fullmatch(t.text)
        and not re.match(r"[-\w]", question[t.start - 1 : t.start])  # "F-35": a name
        and not re.match(r"\s*decimal", question[t.end :], re.I)
        and not any(a <= t.start < b for a, b in rates)
    )


def _spelled_counts(question: str) -> list[QuantityToken]:
    """The counts ``question`` spells out in words with the noun they count right after them
    ("Twelve offset deals", "fifteen ferries"): a count as much as "12 deals" is. A number word
    with no noun after it ("one of them", "the two") counts nothing here."""
    digits = {t.start for t in _counts(question)}
    return [
        t
        for t in lex(question, words=True)
        if t.word
        and t.start not in digits
        and not (t.currency or t.percent or t.scale or t.ordinal)
        and _COUNTED.match(question[t.end :])
    ]


# A part of a counted whole: "40 deals, 14 of them abroad", "59 programs, of which 46 were
# sole-source"; and asking how many are in some group: "how many were signed at home?".
_PART_OF_COUNT = lazy(
    r"^\s*(?:of\s+(?:them|those|these|which)\s+(?:(?:were|are|was|is)\s+)?|(?:were|are)\s+)"
    r"(?P<group>[\w-]+)",
    re.I,
)
_HOW_MANY_ASKED = lazy(r"\bhow many\b(?P<asked>[^?.,;]*)", re.I)
_GROUP_WORD = lazy(r"[\w-]+")
# "how many were not tankers", "weren't", "other than": the asked group is the rest.
_NEGATED_GROUP = words(r"not|n't|other than|besides|apart from|except")


def _names_other_things(asked: str, counted: str) -> bool:
    """Whether the plural noun a "how many" names ("how many companies") counts other things
    than the whole does ("246 items"). A verb after "how many" ("were", "went") names none."""
    if not asked.endswith("s") or asked in ("was", "is", "has", "does"):
        return False
    return not _same_thing(_singular(asked), _singular(counted))


def _rest_of_count(question: str, data: OffsetData | None = None) -> Route | None:
    """ "59 programs, 46 of them sole-source: how many were competitive?": the whole less the
    part stated, when the group asked about is not the part's. A question asking of the part's
    own group ("how many were sole-source?") is answered by the question itself."""
    counts = _counts(question)
    if amounts(question) or len(counts) != 2:
        return None
    whole, part = counts
    group = _PART_OF_COUNT.match(question[part.end :])
    asked = _HOW_MANY_ASKED.search(question, part.end)
    if group is None or asked is None or parse_number(part.text) >= parse_number(whole.text):
        return None
    named = group.group("group").lower()
    asked_words = [w.lower() for w in _GROUP_WORD.findall(asked["asked"])]
    counted = _GROUP_WORD.search(question, whole.end)
    if asked_words and counted and _names_other_things(asked_words[0], counted.group(0)):
        return None  # "120 items, 30 bought: how many companies sold?" counts something else
    if named in asked_words and not _NEGATED_GROUP.search(asked["asked"]):
        return None
    return Route([_evaluate(f"{whole.text} − {part.text}")])


def _parts_of_sourced_count(question: str, data: OffsetData) -> Route | None:
    """ "Of the programs the agency expects to be offset-eligible, how many are not sole-source,
    and what share are?": a count the statistics give of a group within another count they give
    (``part_of``), worked on as the same question stating the two counts would be (the rest of
    the whole, the part's share of it), both cited. The question states no count of its own, and
    names the whole's things and the part's group; a count it states is the whole's, restated
    ("of the agency's 59 eligible programs, what share ..."), never a count of its own nor the
    part's (a question about the part's own members is not about the whole)."""
    if amounts(question) or _COUNTS_STATED.match(question):
        return None  # money, or already the question with the two counts stated (below)
    restated = _counts(question)
    stated = {c.scaled() for c in restated}
    for count in reversed(restated):
        # The count restated is dropped: the counts are stated once, from the statistics.
        question = question[: count.start] + question[count.end :].lstrip()
    wholes = {s.id: s for s in data.statistics}
    for part in data.statistics:
        whole = wholes.get(part.part_of) if part.part_of else None
        if whole is None or not _names_noun(question, whole.unit):
            continue
        # The part's own count restated only as what is taken out ("once the 46 leased ones are
        # removed"): the rest of the whole is asked, not something of the part's members.
        restated_ok = {whole.amount} | ({part.amount} if _SET_ASIDE.search(question) else set())
        if not stated <= restated_ok:
            continue
        named_group = rf"(?<![\w-]){re.escape(part.category)}(?![\w-])"
        group = lazy(named_group, re.I)
        if not group.search(question):
            continue
        # "once the leased ones are removed", "leaving out the leased ones": the group set aside.
        taken_out = (
            re.search(named_group + _TAKEN_OUT, question, re.I) is not None
            or re.search(_NOT_PART + named_group, question, re.I) is not None
        )
        if not (
            _PERCENT_ASKED.search(question) or taken_out or _rest_asked(question, whole, group)
        ):
            # "The number of leases, and of the short-term ones?" asks the two counts
            # the sources state: a question for the sources, nothing worked out.
            return None
        counts = f"{whole.amount.normalize():f} {whole.unit}, of which {part.amount.normalize():f}"
        found = _route(f"{counts} were {part.category}. {question}", data)
        if found is None:
            return None
        found.lead = say(
            "sourced_inputs", statements="; ".join(r.statement() for r in (whole, part))
        )
        found.cites = [whole.id, part.id]
        return found
    return None


# The question as worked on, the two counts stated before it: "59 programs, of which 46 were ...".
_COUNTS_STATED = lazy(r"\d+ [^,]+, of which \d+ were ")


def _rest_asked(question: str, whole: OffsetStatistic, group: re.Pattern[str]) -> bool:
    """Whether a "how many" of ``question`` asks the rest of the whole: it names neither the
    whole's things nor the part's group ("how many run long"), or the group denied ("how many
    are not short-term")."""
    for asked in _HOW_MANY_ASKED.finditer(question):
        words_asked = asked["asked"]
        if group.search(words_asked):
            if _NEGATED_GROUP.search(words_asked):
                return True
        elif not _names_noun(words_asked, whole.unit):
            return True
    return False


# Asking for an average: "the average value", "the mean size", "on average".
_AVERAGE = words(r"average|mean|typical")
# "the average deal", "the mean lease value": the thing an average is asked of.
_AVERAGE_OF = lazy(r"\b(?:average|mean|typical)\s+(?P<what>[\w-]+)", re.I)
# "the mean worth of one charter", "the mean value of each lease": a measure word names
# what is averaged only through the thing it is "of" (the last word before the clause ends).
_MEASURE_OF = lazy(
    r"^(?:size|value|worth|amount|sum)\s+of\s+(?:(?:an?|the|each|one|every)\s+)?"
    r"(?P<what>(?:[\w-]+\s+){0,2}[\w-]+)",
    re.I,
)
# Words that end the noun phrase a measure is "of": "of a deal and the total", "of a deal in
# 2022".
_PHRASE_ENDS = words(r"and|or|in|on|at|that|this|for|from|to|with|by|was|is|were|are|over")


def _averages_what_it_counts(question: str) -> bool:
    """Whether ``question`` asks the average of a thing it counts ("12 leases worth $30 million:
    the mean value of one lease?"): its amount is then a total over that count."""
    averaged = _averaged(question)
    if not averaged:
        return False
    return any(
        _singular(w) in averaged
        for count in _counts(question)
        for w in _GROUP_WORD.findall(question[count.end :])[:3]
    )


def _averaged(question: str) -> set[str]:
    """The things ``question`` asks the average of, singular and lower-cased: "the average
    deal" gives "deal", "the mean value of one lease" gives "lease" (the measure word
    "value" is kept too, as written)."""
    found: set[str] = set()
    for m in _AVERAGE_OF.finditer(question):
        found.add(_singular(m.group("what").lower()))
        measured = _MEASURE_OF.match(question[m.start("what") :])
        if measured:
            phrase = _PHRASE_ENDS.split(measured.group("what"))[0].split()
            if phrase:
                found.add(_singular(phrase[-1].lower()))
    return found


# Asking what something is worth: "worth", "the value", "how much", "the size".
_WORTH_ASKED = words(r"worth|values?|valued|size|how much|amount|cost|costs|price")
# The nouns a count of contracts goes by.
_CONTRACT_COUNT_NOUNS = words(r"contracts?|deals?|agreements?|purchases?|orders?")


# "What did the deals average per contract?": the verb asks an amount per thing.
_AVERAGE_VERB = lazy(r"\baverag(?:e|ed|es)\s+(?:per|each|a|an|for each)\b", re.I)
# The noun an amount is asked per: "per partner country" gives "partner" and "country".
_PER_WHAT = lazy(r"\b(?:per|each|every|for each|for every)\s+((?:[\w-]+\s+)?[\w-]+)", re.I)


def _sourced_count_per_count(question: str, data: OffsetData) -> Route | None:
    """ "On average, how many items did each recommended SME offer?": one count the tables give
    of a program's group over the other count of that group, the one asked per, both cited. A
    count the question restates must be the tables' own."""
    if amounts(question) or not (_AVERAGE.search(question) or _PER_WHAT.search(question)):
        return None
    if answer_type(question) == "money":
        # "What did one lamp cost on average?" asks an amount: lamps over the shops that sold
        # them is a count per shop, no price.
        return None
    found = count_per_count(question, data)
    if found is None:
        return None
    return _count_over_count(question, *found)


def _count_over_count(
    question: str,
    total: ProgramFact | OffsetStatistic,
    divisor: ProgramFact | OffsetStatistic,
) -> Route | None:
    """``total`` over ``divisor``, two counts the tables give, both cited; None when the question
    restates a count that is neither."""
    if not {t.scaled() for t in _counts(question)} <= {total.amount, divisor.amount}:
        return None
    # An average of one count per another is a plain quotient, stated as a multiple is: at two
    # places when it has more, the exact quotient in the working.
    request = _evaluate(f"{written(total)} / {written(divisor)}")
    places = multiple_places(request.expression or "")
    if places is not None:
        request = request.model_copy(update={"places": places})
    return Route(
        [request],
        lead=say("sourced_inputs", statements=f"{total.statement()}; {divisor.statement()}"),
        cites=[total.id, divisor.id],
    )


# A count asked: "how many", "on average", "the mean number"; a share "per contract" asks none.
_COUNT_ASKED = words(r"how many|average|mean|number of")


def _statistics_count_per_count(question: str, data: OffsetData) -> Route | None:
    """ "How many deals did the exporters sign per partner nation that year?": one count the
    statistics give over another count of the same year, the one asked per ("per country", "with
    each country"), both cited. The count divided is the other count of that year the question
    names; a count the question restates must be one of the two."""
    if not _COUNT_ASKED.search(question) or amounts(question):
        return None
    per = " ".join(m.group(1) for m in _PER_WHAT.finditer(question))
    if not per:
        return None
    counts = [
        r
        for r in data.statistics
        if r.year is not None and r.unit not in ("USD", "KRW", "percent") and not r.part_of
    ]
    divisors = [r for r in counts if _names_noun(per, r.unit)]
    if len(divisors) != 1:
        return None
    divisor = divisors[0]
    rest = question.replace(per, " ")
    totals = [
        r
        for r in counts
        if r.year == divisor.year and r is not divisor and _names_noun(rest, r.unit)
    ]
    if len(totals) != 1:
        return None
    return _count_over_count(question, totals[0], divisor)


def _sourced_average(question: str, data: OffsetData) -> Route | None:
    """ "In the statistics' year, how big was the typical deal on average?": a total the table gives
    over the count of the same year it also gives, both cited. The question states no figure;
    the count is of the thing it names ("deal" for a count of contracts)."""
    if not (
        _WORTH_ASKED.search(question)
        or _AVERAGE_VERB.search(question)
        or _average_of_counted(question, data)
    ):
        return None
    # An amount the question restates ("the levy deals totalled $3.2 billion") must be the
    # table's own total: it names that total; any other amount is the question's own to work on.
    totals_named = _statistics_restated(question, data)
    if totals_named is None:
        return None
    # A count the question restates ("each of the 9 deals") must be the table's own.
    restated = {t.scaled() for t in _counts(question)}
    years = {int(y) for y in YEAR.findall(question)}
    # "each deal that year" asks an average only of the year's figures; "per contract" alone is
    # also how a country's minimum share is asked.
    # "Per the bureau's study" names a source, not a unit.
    each = years and re.search(
        r"\b(?:[Ee]ach|[Aa]piece)\b|\b[Pp]er\b(?!\s+(?:the|a|an|its|their|his|her|our|this|that)\b"
        # "1,400 per dollar" is an exchange rate, not a unit averaged over.
        r"|\s+[A-Z]|\s+(?:dollars?|won|euros?)\b)",
        question,
    )
    if not (_AVERAGE.search(question) or each):
        return None
    if _periods_named(question):
        # "from 2011 to 2022": a span of years is asked, and one year's figures are not its own.
        return None
    if _countries(question, data) and not (years and _AVERAGE.search(question)):
        # An average asked of a year's figures is the statistics', whatever country is named.
        return None
    pairs = []
    for total in data.statistics:
        if total.unit not in CURRENCIES.values() or (years and total.year not in years):
            continue
        if totals_named and total not in totals_named:
            continue
        for count in data.statistics:
            if count.year != total.year or count.unit in (total.unit, "percent"):
                continue
            if count.unit in CURRENCIES.values() or not _names_noun(question, count.unit):
                continue
            if restated and restated != {count.amount}:
                continue
            pairs.append((total, count))
    if len(pairs) > 1:
        # Several counts of the year named ("deals … with partner countries"): the one asked
        # per ("per country", "each deal") divides.
        per = {_singular(m.group(1)) for m in _PER_WHAT.finditer(question)}
        pairs = [(t, c) for t, c in pairs if any(_names_noun(w, c.unit) for w in per)]
    if len(pairs) != 1:
        return None
    return _total_per_count(*pairs[0])


# "the average deal", "the mean US offset contract": an average and the few words after it, which
# name what it is of.
_AVERAGE_AND_WHAT = lazy(r"\b(?:average|mean|typical)\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.I)


def _average_of_counted(question: str, data: OffsetData) -> bool:
    """Whether ``question`` asks the average of a thing the statistics count beside a money total
    of the same year ("what did the average deal that year come to?"): the average of such a
    thing is its share of the total, however the question asks for the amount."""
    money_years = {s.year for s in data.statistics if s.unit in CURRENCIES.values()}
    counted = {
        s.unit
        for s in data.statistics
        if s.year in money_years and s.unit not in (*CURRENCIES.values(), "percent")
    }
    return any(
        _names_noun(m.group(1), unit)
        for m in _AVERAGE_AND_WHAT.finditer(question)
        for unit in counted
    )


def _statistics_restated(question: str, data: OffsetData) -> list[OffsetStatistic] | None:
    """The statistics' money rows that the amounts ``question`` states restate (none when it
    states no amount); None when it states an amount the statistics do not give."""
    named = []
    for text in amounts(question):
        try:
            amount = parse_amount(text)
        except CalculationError:
            return None
        rows = [
            r
            for r in data.statistics
            if r.unit == amount.currency and r.amount is not None and r.amount == amount.value
        ]
        if not rows:
            return None
        named.extend(rows)
    return named


def _total_per_count(total: OffsetStatistic, count: OffsetStatistic) -> Route:
    """A total the table gives over a count of the same year it also gives, both cited."""
    figure = format_money_short(total.amount, total.unit)
    number = f"{count.amount.normalize():f}"
    when = f" ({total.year})" if total.year else ""
    return Route(
        [_evaluate(f"{figure} / {number}")],
        lead=say("average_inputs", total=figure, count=number, what=count.unit, when=when),
        cites=[total.id, count.id],
        labels=[
            lambda result: say(
                "per_unit", total=figure, count=number, what=count.unit, result=result
            )
        ],
    )


def _average_of_earlier(question: str, data: OffsetData, context: str) -> Route | None:
    """ "So what is that per country on average?" after questions that asked a year's total and
    its count of countries: the total the table gives for the year the earlier questions name,
    over the count of the thing the follow-up asks it per, both cited. The follow-up names the
    unit; what is totalled and when, the earlier questions say."""
    if not context or amounts(question) or YEAR.search(question):
        return None
    both = f"{question} {context}"
    if not _WORTH_ASKED.search(both) or not (
        _AVERAGE.search(question)
        or re.search(
            r"\b(?:each|apiece|per)\b(?!\s+(?:US\s?)?(?:dollars?|won|euros?|USD|KRW)\b)",
            question,
            re.I,
        )
    ):
        return None
    years = {int(y) for y in YEAR.findall(context)}
    if len(years) != 1 or _countries(both, data):
        return None
    pairs = [
        (total, count)
        for total in data.statistics
        if total.unit in CURRENCIES.values() and total.year in years
        for count in data.statistics
        if count.year == total.year
        and count.unit not in (total.unit, "percent", *CURRENCIES.values())
        and _names_noun(question, count.unit)
    ]
    if len(pairs) != 1:
        return None
    return _total_per_count(*pairs[0])


def _names_noun(question: str, plural: str) -> bool:
    """Whether ``question`` names the things a count of ``plural`` counts ("contracts": "a
    contract", "deals"; "countries": "country")."""
    if _CONTRACT_COUNT_NOUNS.fullmatch(plural):
        return bool(_CONTRACT_COUNT_NOUNS.search(question))
    stem = re.sub(r"ies$", "y", plural) if plural.endswith("ies") else plural.rstrip("s")
    forms = {stem, plural, stem + "s", stem[:-1] + "ies" if stem.endswith("y") else stem}
    if stem.endswith("gram"):
        forms |= {stem + "me", stem + "mes"}  # the British spelling: "programmes"
    return any(re.search(rf"\b{re.escape(f)}\b", question, re.I) for f in forms)


def _delivery_rows(data: OffsetData, program: str, category: str | None) -> list[tuple[Any, Any]]:
    """(implementation-rate row, commitment row) of each category of ``program`` with both, or
    of ``category`` alone."""
    table = name_table()

    def key(text: str) -> str:
        return table.first("categories", text) or text

    rows = [r for r in data.programs if r.program == program and r.amount is not None]
    rates = {key(r.category): r for r in rows if r.attribute == "implementation_rate"}
    pledged = {key(r.category): r for r in rows if r.attribute == "commitment" and r.unit}
    wanted = [key(category)] if category else list(rates)
    return [(rates[k], pledged[k]) for k in wanted if k in rates and k in pledged]


def _change(question: str, data: OffsetData) -> Route | None:
    match = re.search(
        r"\bfrom\s+(?P<old>.+?)\s+to\s+(?P<new>.+?)(?:[?.,;:]|\s+(?:in|between|over|during|for)\b|$)",
        question,
        re.I,
    )
    if not match or not _CHANGE.search(question):
        return None
    if answer_type(question) in _NOT_A_FIGURE:
        # "The levy went from 5% to 8%: which year?" asks when it changed, not by how much.
        return None
    # "from 12 in 2019 to 9 in 2021": the years say when, the figures what changed.
    old, new = (_WHEN.sub("", match.group(g)).strip() for g in ("old", "new"))
    if YEAR.fullmatch(old) and YEAR.fullmatch(new):
        return None  # "from 1984 to 2010": two years, not two figures
    try:
        parse_amount(old)
        parse_amount(new)
    except CalculationError:
        return None  # not two amounts: "from 2016 to 2020" is a period, not a change
    return Route([CalculatorInput(operation="percent_change", old=old, new=new)])


_WHEN = lazy(r"\s+(?:in|during|by)\s+(?:19|20)\d\d\s*$", re.I)


def _main_figure(
    rows: list[OffsetValue], currency: str = "USD"
) -> tuple[OffsetValue, list[OffsetValue]]:
    """The figure in ``currency`` most sources give for a period, and one row for each other
    figure in it."""
    groups: list[list[OffsetValue]] = []
    for row in (r for r in rows if r.currency == currency and r.amount is not None):
        figure = (currency, row.amount)
        for group in groups:
            if same_figure((currency, group[0].amount), figure):  # type: ignore[arg-type]
                group.append(row)
                break
        else:
            groups.append([row])
    groups.sort(key=lambda group: -len(group))
    return groups[0][0], [group[0] for group in groups[1:]]


def _each_figure(
    requests: list[CalculatorInput],
    span: str,
    main: OffsetValue,
    others: list[OffsetValue],
    labels: list[Label | None] | None = None,
) -> Route:
    """The route that works out a period's figure, ``main``, and each other figure the sources
    give for the period (``others``, one request each, in that order): the lead names the input
    and each figure the sources disagree on, and every row is cited."""
    lead = say("per_year_input", span=span, figure=_short(main))
    for other in others:
        lead += " " + say("also_worked_out", period=span, figure=_short(other))
    return Route(
        requests,
        lead=lead,
        cites=[r.id for r in (main, *others)],
        disputed=bool(others),
        labels=labels or [],
    )


# Asking for a change as an amount, not a percentage: "how much less", "in dollars", "the gap".
_AMOUNT_GAP = lazy(
    r"\bhow much (?:less|more|lower|higher|smaller|bigger|larger)\b|"
    rf"\b(?:dollar|won|absolute) (?:difference|gap|amount|{_MOVE})\b|\babsolute terms\b|"
    r"\bhow many (?:more |fewer )?(?:dollars|won)\b|"
    # "in dollars" alone names the currency of figures compared; after "by how much" it asks
    # for the change in that currency.
    r"\bby how much\b.*\bin (?:(?:thousand|million|billion|trillion)s? (?:of )?)?"
    r"(?:US )?(?:dollars?|won|USD|KRW)\b|"
    # "how much did it shrink in won terms", "... in billions of dollars", "how big was the
    # slump, in dollars?": a move asked in a currency, its size asked by any word for it.
    rf"\bhow (?:much|far|big|large|great|steep|sharp|deep|severe|dramatic)\b.*\b(?:{_MOVE})\b.*\bin (?:(?:thousand|million|billion|trillion)s? (?:of )?)?"
    r"(?:US )?(?:dollars?|won|USD|KRW)\b|"
    # "state the fall in billions of dollars", "the decline in won": a move named by its noun,
    # asked in a currency.
    rf"\b(?:{_MOVE}|gap|reduction)\s+in (?:(?:thousand|million|billion|trillion)s? (?:of )?)?"
    r"(?:US )?(?:dollars?|won|USD|KRW)\b|"
    # "the fall in credits in dollars": the thing that moved may be named between the move and its
    # currency.
    rf"\b(?:{_MOVE}|gap|reduction)\s+(?:in|of)\s+(?:[\w-]+\s+){{1,3}}?in "
    r"(?:(?:thousand|million|billion|trillion)s? (?:of )?)?(?:US )?(?:dollars?|won|USD|KRW)\b|"
    # "…, in trillions": a move asked in a scale of money, which no percentage is written in.
    rf"\b(?:{_MOVE}|gap|reduction)\b.*\bin (?:thousand|million|billion|trillion)s\b",
    re.I,
)
_PERCENT_ASKED_ANYHOW = lazy(
    rf"percent|%|\bshare\b|\bproportion\b|\btimes\b|{MULTIPLE_WORDS}", re.I
)


def _absolute(question: str) -> bool:
    """Whether a change is asked for as an amount ("how much less, in dollars")."""
    return bool(_AMOUNT_GAP.search(question)) and not _PERCENT_ASKED_ANYHOW.search(question)


# A currency and a percentage joined as the two measures of one change: "in won and as a
# percentage", "in percentage and dollar terms", "in absolute terms and as a percentage".
_MONEY_MEASURE = (
    r"(?:in\s+)?(?:(?:US\s+)?dollars?|won|USD|KRW|(?:dollar|won|money|absolute|currency)\s+terms"
    r"|absolute\s+(?:numbers|amounts?)|how\s+much)"
)
# Either may be asked by a question word of its own: "by how many euros and by which percent".
_PERCENT_MEASURE = (
    r"(?:in\s+|as\s+an?\s+|by\s+)?(?:(?:what|which)\s+)?"
    r"(?:percent(?:age)?s?(?:\s+terms)?|per\s?cent|%|relative\s+terms)"
)
_JOINED = r"\s*,?\s*(?:and|as well as|plus|&)\s+(?:also\s+)?"
_BOTH_MEASURES = lazy(
    rf"\b{_MONEY_MEASURE}{_JOINED}{_PERCENT_MEASURE}(?!\w)"
    rf"|(?<!\w){_PERCENT_MEASURE}{_JOINED}{_MONEY_MEASURE}\b",
    re.I,
)


def _both_ways(question: str) -> bool:
    """Whether a change is asked for as an amount and as a percentage at once ("how big was the
    drop, in won and as a percentage?"): each is worked out."""
    return bool(_BOTH_MEASURES.search(question))


# Asking for a ratio: "how many times larger", "a tenfold drop", "what multiple".
_TIMES_ASKED = MULTIPLE_ASKED


def _difference(
    old: str, new: str, old_value: Decimal, new_value: Decimal, ratio: bool = False
) -> CalculatorInput:
    """The gap between two amounts, the smaller taken from the larger; with ``ratio``, the
    larger divided by the smaller."""
    larger, smaller = (old, new) if old_value >= new_value else (new, old)
    sign = "/" if ratio else "−"
    return _evaluate(f"{larger} {sign} {smaller}")


# A span named by its length beside one named by its years: "the five years before",
# "the preceding four-year period", "the following decade" is not read (no length in years).
_SPAN_LENGTH = rf"(\d{{1,2}}|{'|'.join(w for w in NUMBER_WORDS if w != 'zero')})[\s-]+years?"
_SPAN_BESIDE = lazy(
    rf"\b(?P<way>previous|preceding|prior|earlier|following|next|subsequent|later)\s+"
    rf"{_SPAN_LENGTH}|\b{_SPAN_LENGTH}\s+(?:(?:period|span|stretch)\s+)?"
    r"(?P<after>before|earlier|prior|after|later)\b",
    re.I,
)
# Two spans named only by their length: "both 5-year spans", "the two three-year windows".
_TWO_SPANS = lazy(
    rf"\b(?:the\s+two|both(?:\s+the)?)\s+{_SPAN_LENGTH}\s+(?:periods|spans|stretches|windows)\b",
    re.I,
)


def _span_years(length: str) -> int:
    return int(length) if length.isdigit() else NUMBER_WORDS[length.lower()]


def _offset_periods(question: str, data: OffsetData) -> list[str]:
    """The two periods whose offset values ``question`` sets against each other: the two it
    names by their years; or one named by its years and the span of the same length beside it
    ("1994-1997 set against the prior four years"); or two named only by one length ("both
    4-year spans", "half the prior three years"), when the tables hold exactly two
    periods of that length."""
    periods = [f"{a}-{b}" for a, b in _PERIOD.findall(question)]
    held = {r.period for r in data.values if r.measure == "offset_value"}
    if len(periods) == 1 and (beside := _SPAN_BESIDE.search(question)):
        start, end = (int(y) for y in periods[0].split("-"))
        years = _span_years(beside.group(2) or beside.group(3))
        if end - start + 1 == years:
            way = (beside.group("way") or beside.group("after") or "").lower()
            later = way in ("following", "next", "subsequent", "later", "after")
            other = f"{end + 1}-{end + years}" if later else f"{start - years}-{start - 1}"
            if other in held:
                periods.append(other)
    elif not periods and (length := _length_of_two_spans(question)):
        years = _span_years(length)
        of_length = sorted(p for p in held if int(p[5:]) - int(p[:4]) + 1 == years)
        if len(of_length) == 2:
            periods = of_length
    return periods


def _length_of_two_spans(question: str) -> str | None:
    """The length of two spans a question names by their length alone: "both 4-year spans", or
    "the previous five years" set against a span it does not date ("shrank to a tenth of the
    previous five years"), which is as long."""
    if two := _TWO_SPANS.search(question):
        return two.group(1)
    if beside := _SPAN_BESIDE.search(question):
        return beside.group(2) or beside.group(3)
    return None


def _offsets_measured(question: str, periods: list[str], data: OffsetData) -> bool:
    """Whether the figures ``question`` sets against each other for ``periods`` are offset
    values: it names offsets; or it asks a share or ratio worked out from a source's figures
    ("what exact ratio, using the ministry's dollar figures") for periods the tables give no other
    measure of in common (the thing compared named loosely, "the haul")."""
    if _OFFSET_WORDS.search(question):
        return True
    if not (_WORKED_FROM.search(question) or _EXACT_ASKED.search(question)):
        return False
    if not (_CHANGE_ASKED.search(question) or _RATIO_ASKED.search(question)):
        return False
    measures = [
        {r.measure for r in data.values if r.period == p and r.amount and not r.category}
        for p in periods
    ]
    return set.intersection(*measures) == {"offset_value"}


def _change_of_periods(question: str, data: OffsetData) -> Route | None:
    periods = _offset_periods(question, data)
    ratio = bool(_TIMES_ASKED.search(question))
    absolute = _absolute(question) or ratio
    if len(periods) != 2 or not _offsets_measured(question, periods, data):
        return None
    # "How far did 1994-1997 fall from the years before?": a span named only loosely is the
    # sources' own comparison in words ("a tenth of the prior level"), which they answer; the
    # figure is worked out when the question asks it as a percentage, a ratio or an amount.
    loose = len(_PERIOD.findall(question)) < 2
    if loose and not (_CHANGE_ASKED.search(question) or _RATIO_ASKED.search(question) or absolute):
        return None
    # "what part of the first span's sum remained later": the second span over the first, a share
    # which the change states beside itself.
    if not (_CHANGE.search(question) or _CHANGE_ASKED.search(question) or absolute):
        return None
    if re.search(r"\bimport", question, re.I):
        return None
    rows = {
        p: [r for r in data.values if r.period == p and r.measure == "offset_value"]
        for p in periods
    }
    # "in won terms": the figures the sources give in won, when they give them for both periods.
    won = _asked_currency(question) == "KRW" and all(
        any(r.currency == "KRW" for r in rows[p]) for p in periods
    )
    currency = "KRW" if won else "USD"
    if not all(any(r.currency == currency for r in rows[p]) for p in periods):
        return None
    old_period, new_period = sorted(periods)
    old, old_others = _main_figure(rows[old_period], currency)
    new, new_others = _main_figure(rows[new_period], currency)
    lead = say(
        "inputs_of_periods",
        old=f"{_span(old.period)} {_short(old)}",
        new=f"{_span(new.period)} {_short(new)}",
    )
    # "in won and as a percentage": the change as an amount too, before each percentage.
    # A shrinking asked "by how much" names no measure: the amount, then the percent change.
    both = _both_ways(question) or (measure_unnamed(question) and not absolute)
    ways = [(True, False), (False, False)] if both else [(absolute, ratio)]
    requests = [_change_request(old, new, *way) for way in ways]
    for other in old_others + new_others:
        lead += " " + say("also_worked_out", period=_span(other.period), figure=_short(other))
        pair = (other, new) if other.period == old_period else (old, other)
        requests += [_change_request(*pair, *way) for way in ways]
    cites = [old.id, new.id] + [r.id for r in old_others + new_others]
    return Route(requests, lead=lead, cites=cites, disputed=bool(old_others + new_others))


# Figures asked in won: "in won", "in won terms", "the KRW figures".
_IN_WON = words(r"in (?:Korean )?won|won (?:terms|figures?|numbers?|amounts?|values?)|KRW")


# The offset threshold, however a question names it.
_THRESHOLD_NAMED = words(r"thresholds?|trigger\w*|activation (?:point|value)|cut-?offs?")


# Setting two figures side by side: "how does today's threshold compare with 1990's?"
_SET_AGAINST = words(r"compar\w*|versus|vs|differ\w*")


def _threshold_change(question: str, data: OffsetData) -> Route | None:
    """ "How much did the threshold rise between 1984 and 2023?", "how does the threshold now
    compare with 1990's?": the change between the thresholds of two years (or of a year and
    now), from the rule table."""
    if amounts(question) or not _THRESHOLD_NAMED.search(question):
        return None
    ratio = bool(_TIMES_ASKED.search(question))
    change = bool(_CHANGE.search(question) or _absolute(question) or ratio)
    if not (change or _SET_AGAINST.search(question)):
        return None
    if answer_type(question) == "summary":
        # "Take me through every change to the threshold": the changes listed, not one worked out.
        return None
    if _countries(question, data)[1:]:
        return None
    # "from 1984 to 2010" names the two years compared, not a period; "between its introduction
    # and 1990" names one by an event of the policy's history.
    named = [(m.start(), int(m.group(0))) for m in YEAR.finditer(question)]
    named += event_years(question, data)
    years: list[int | None] = list(dict.fromkeys(year for _, year in sorted(named)))
    if len(years) == 1 and _NOW.search(question):
        years.append(None)
    if len(years) != 2:
        return None
    try:
        rules = [
            _threshold_in_force(data) if y is None else data.rule_for(check_year(y)) for y in years
        ]
    except (CalculationError, KnowledgeError):
        return None  # a year no rule covers: the question is for the sources
    old, new = sorted(zip(years, rules, strict=True), key=lambda pair: pair[1].from_year)
    if old[1] is new[1]:
        return None
    figures = [format_money_short(rule.threshold_usd, "USD") for _, rule in (old, new)]
    # "now" is the year the rule in force began: a year its cited rows state.
    when = [str(rule.from_year if year is None else year) for year, rule in (old, new)]
    cites = list(dict.fromkeys([*old[1].cites, *new[1].cites]))
    if not change:
        # "How does today's threshold compare with 1990's?" sets two stated figures side by
        # side, as a comparison of two periods' figures does: nothing is worked out.
        pair = say(
            "threshold_pair", old_year=when[0], old=figures[0], new_year=when[1], new=figures[1]
        )
        return Route([], lead=pair, cites=cites)
    lead = say(
        "threshold_inputs", old_year=when[0], old=figures[0], new_year=when[1], new=figures[1]
    )
    if ratio:
        # "By what factor was it raised?": the later threshold over the earlier.
        request = _evaluate(f"{figures[1]} / {figures[0]}")
    elif _absolute(question):
        # "How many won higher did it end up?": the change as an amount.
        request = _evaluate(f"{figures[1]} − {figures[0]}")
    else:
        request = CalculatorInput(operation="percent_change", old=figures[0], new=figures[1])
    return Route([request], lead=lead, cites=cites)


def _threshold_in_force(data: OffsetData) -> OffsetRule:
    """The rule that set the threshold in force: the earliest of the latest rules that all give
    it. "Now" against "then" is the present threshold and the year it was set (a later rule that
    kept it changed something else), with that rule's statements of it."""
    rules = sorted(data.rules, key=lambda rule: rule.from_year)
    setting = rules[-1]
    for rule in reversed(rules[:-1]):
        if rule.threshold_usd != setting.threshold_usd:
            break
        setting = rule
    return setting


def _short(row: OffsetValue) -> str:
    assert row.amount is not None and row.currency is not None
    return format_money_short(row.amount, row.currency)


def _change_request(
    old: OffsetValue, new: OffsetValue, absolute: bool = False, ratio: bool = False
) -> CalculatorInput:
    if absolute:
        assert old.amount is not None and new.amount is not None
        return _difference(_short(old), _short(new), old.amount, new.amount, ratio)
    return CalculatorInput(
        operation="percent_change",
        old=f"{old.currency} {old.amount:f}",
        new=f"{new.currency} {new.amount:f}",
    )


def _span(period: str) -> str:
    return period.replace("-", "–")


def _convert(question: str, data: OffsetData) -> Route | None:
    money = amounts(question)
    if not money:
        return None
    source = parse_amount(money[0]).currency
    # "Convert USD 15 million to won": the target is the currency the amount is not in.
    targets = _targets(question)
    code = next((t for t in targets if t != source), None)
    if code is None:
        return None
    rate = _rate(question, money, code, data)
    if RATE_USED_BY.search(question) and not _RATE.search(question):
        # "Which rate did the bureau apply to turn its won total into dollars?" asks what a
        # source did, a fact only the sources can tell: converting at some rate of our own
        # answers another question.
        return None
    if rate == "implied" and _asks_rate_of_sources(question, money, data):
        return None  # the rate behind the sources' own two-currency figure (``_rate_of_sources``)
    told = _TOLD_BY.search(question) or _AS_A_SOURCE_GIVES.search(question)
    if rate == "implied" and told and not frame_of(question).hypothetical:
        # "The board also gave the $2 million cap in won: which won sum did it name?", "the $3
        # million cap in won, as the gazette put it?" ask for the figure a source gave, wherever
        # the question says so: no rate is supposed. A figure a source states in both
        # currencies is quoted as it states it; another is for the sources' sentences.
        return _stated_equivalent(question, money[0], code, data)
    request = CalculatorInput(operation="convert", amount=money[0], to_currency=code, rate=rate)
    stating = _threshold_stated_as(question, money[0], data)
    if stating is None:
        return Route([request])
    lead = say("sourced_input", statement=stating.statement())
    return Route([request], lead=lead, cites=[stating.id])


def _stated_equivalent(question: str, amount: str, code: str, data: OffsetData) -> Route | None:
    """The amount ``amount`` in currency ``code`` as the sources state it themselves ("$3 million
    (about KRW 3.9 billion)"): the rows of the rate table giving that amount with its equivalent
    in ``code`` (of the source the question names, when it names one of them), quoted with no
    calculation. None when no source gives that amount in both currencies."""
    try:
        value = parse_amount(amount)
    except CalculationError:
        return None
    figures = {"USD": "usd", "KRW": "krw"}
    if value.currency is None or {value.currency, code} != set(figures):
        return None
    stating = [row for row in data.rates if getattr(row, figures[value.currency]) == value.value]
    named = [row for row in stating if any(_names(name, question) for name in row.names)]
    stating = named or stating
    if not stating:
        return None
    equivalents = {getattr(row, figures[code]) for row in stating}
    if len(equivalents) != 1:
        return None  # the sources state it otherwise: each is for their sentences
    lead = say(
        "stated_equivalent",
        # Who states it, by name: the row's dating of it ("(2025, quoting the bureau)") is the
        # source's, which the quote does not repeat.
        by=listed([_PARENTHESIS.sub("", row.by).strip() for row in stating]),
        amount=format_money_short(value.value, value.currency),
        equivalent=format_money_short(equivalents.pop(), code),
    )
    return Route([], lead=lead, cites=[row.id for row in stating], quoted=True)


_PARENTHESIS = lazy(r"\s*\([^)]*\)")


def _names(name: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", text, re.I) is not None


def _threshold_stated_as(question: str, amount: str, data: OffsetData) -> Any | None:
    """The row that states the threshold ``question`` names and converts ("the USD 10 million
    trigger in won"): the amount is the offset rule's threshold of the year the question names
    (of the rule in force when it names none), and the row is the one stating that threshold as of
    that time. Today's threshold is the one the sources' present states (the 2025 report's "exceed
    $10 million", the wording the rule keeps of how the threshold is read), ahead of the
    guideline rows behind the rule; a past year's is that year's policy row. None when the
    question names no threshold, names another country, or the amount is not the threshold."""
    if not _THRESHOLD_NAMED.search(question) or _foreign_country(question, data):
        return None
    value = parse_amount(amount)
    years = [int(y) for y in YEAR.findall(question)]
    try:
        rule = data.rule_for(years[0]) if years else data.current_rule
    except KnowledgeError:
        return None
    if value.currency != "USD" or value.value != rule.threshold_usd:
        return None
    present: tuple[str, ...] = ()
    if rule is data.current_rule and rule.at_threshold is not None:
        # The report's rows are the sources' present; the guideline rows date from 2022.
        reported = {row.id for row in data.ustr}
        present = tuple(sorted(rule.at_threshold.cites, key=lambda c: c not in reported))
    for row_id in (*present, *rule.cites):
        row = data.row(row_id)
        stated = getattr(row, "threshold_usd", None) or getattr(row, "amount_usd", None)
        if stated == rule.threshold_usd:
            return row
    return None


# A figure someone gave in the other currency: "the office put the trigger in won", "what won
# amount did the report give". Telling the amount alone ("the report says $800 million: what is
# that in won?") leaves the conversion to be worked out.
# Telling verbs as a report tells: past or third person, never the imperative ("give $5 million in
# won", "put it in won" ask for a conversion).
_TOLD = (
    r"gave|gives|given|puts|also put|stated|states|reported|reports|quoted|quotes|cited|cites|"
    r"listed|lists|wrote|writes|said|says|mentioned|mentions"
)
_TELLING = r"give|put|state|report|quote|cite|list|write|say|mention"
_TOLD_BY = lazy(
    rf"\b(?:{_TOLD})\b[^.?!;:]{{0,60}}?\bin\s+(?:won|KRW|dollars?|USD)\b"
    rf"|\b(?:won|KRW|dollar|USD)\s+(?:figure|amount|number|equivalent|value)\s+(?:did|does|do)\b"
    rf"[^.?!]{{0,60}}?\b(?:{_TELLING})\b",
    re.I,
)

# A figure asked as a source gives it, wherever the question says so: "as the gazette put it",
# "the way the bulletins word it", "according to the wire", "going by the gazette's own
# text", "per the bulletin", "in the ministry's own words", "what won figure do the papers
# attach to it". Not "per dollar" (a rate), nor an order to convert ("put it in won").
_SOURCE_WORDING = (
    r"put|puts|gave|gives|give|state|states|stated|report|reports|reported|write|writes|wrote|"
    r"quote|quotes|quoted|say|says|said|phrase|phrases|phrased|render|renders|rendered|word|"
    r"words|worded|express|expresses|expressed|tell|tells|told|have|has|had"
)
_AS_A_SOURCE_GIVES = lazy(
    rf"\b(?:as|the\s+way|how)\s+(?:[\w'’-]+\s+){{1,5}}?(?:{_SOURCE_WORDING})\s+(?:it|them|that)\b"
    r"|\baccording\s+to\b|\bgoing\s+by\b|\bby\s+the\s+(?:[\w'’-]+\s+)?(?:reckoning|account)\b"
    r"|\bper\s+(?!(?:US\s+|American\s+|Korean\s+)?(?:dollars?|won|USD|KRW|unit|cent|year|annum|"
    r"contract|deal)\b)(?:the\s+)?[\w'’-]+"
    r"|\b(?:in|by)\s+(?:its|their|his|her|[\w'’-]+['’]s?)\s+own\s+(?:words|figures?|terms|account)\b"
    r"|\battach(?:es|ed)?\s+to\b",
    re.I,
)


_THRESHOLD = lazy(r"\bthreshold\b", re.I)
_RULE_WORDS = words(r"threshold|rule|required share|share|percent\w*|requirement")


# A question after what a year brought, not what held in it: "what rule did the agency adopt".
_YEAR_CHANGE_ASKED = words(
    r"adopt\w*|introduc\w*|chang\w*|new|revis\w*|amend\w*|launch\w*|brought in|came in|"
    r"replac\w*|renam\w*|abolish\w*|repeal\w*|happen\w*|lower\w*|rais\w*|cut|increas\w*|"
    r"reduc\w*|decreas\w*"
)
# The kinds of answer that name someone or somewhere: no figure of a rule answers them.
_NAMING_TYPES = frozenset({"person", "organisation", "company", "country", "agent", "place"})


def _states_a_rule(event: PolicyEvent) -> bool:
    """Whether a policy row sets a threshold, a share or whether offsets are mandatory."""
    return (
        event.threshold_usd is not None
        or event.share_percent is not None
        or event.mandatory is not None
    )


# "its 2025 barrier report", "the 2023 KIET study": a year that dates a document, not the year a
# rule is asked of (what the report cites is the sources' to answer).
_PUBLICATION_YEAR = lazy(
    r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:reports?|NTE|edition|study|studies|paper|"
    r"articles?|survey|review|publication|issue)\b",
    re.I,
)


# One span of time cut at a year, both sides asked: "before 1990 and after it", "before and
# after 2001", "prior to 1995, and since then", "before 2004 and since 2004". The year is the
# only one the question names (the second side may name it again).
_SPLIT_AT_YEAR = lazy(
    r"\b(?:before|prior\s+to|until)\s+(?P<year>(?:19|20)\d\d)\b[^?.;]{0,60}?\b(?:and|or|vs\.?|"
    r"versus|compared\s+(?:with|to))\s+(?:what\s+(?:about\s+)?|how\s+about\s+)?"
    r"(?:after|since|from|following)(?:\s+(?:it|that|then|that\s+year|(?P=year)))?\b"
    r"|\bbefore\s+and\s+(?:after|since)\s+(?:19|20)\d\d\b",
    re.I,
)


def _rule_of_year(question: str, data: OffsetData) -> Route | None:
    """ "What threshold applied in 1985?": the rule table answers years no sentence names."""
    if amounts(question) or not _RULE_WORDS.search(question):
        return None
    # "threshold" alone means the offset threshold here; "share" or "rule" need "offset" with them
    # ("What share of imports came from the US in 1985?" is not a question for the rule table).
    if not _OFFSET_WORDS.search(question) and not _THRESHOLD.search(question):
        return None
    if _PERIOD.search(question) or _countries(question, data)[1:]:
        return None
    if share_of_a_whole(question):
        return None  # a share of imports or of all contracts: a statistic, not the rule's share
    years = list(dict.fromkeys(YEAR.findall(_PUBLICATION_YEAR.sub(" ", question))))
    if len(years) != 1:
        return None
    named = int(years[0])
    if answer_type(question) in _NAMING_TYPES:
        return None  # who audited or set a rule: the sources name them, the rule table does not
    if asks_finding(question):
        return None  # what a review of the rule found: the sources tell it, if anyone does
    if _SPLIT_AT_YEAR.search(question):
        # "The share before 1990, and after it?": one span cut at the year, both sides asked.
        # Each side is the rule in force in it: the one standing the year before, and the one
        # the year brought in.
        return Route([CalculatorInput(operation="offset_rule", year=y) for y in (named - 1, named)])
    if re.search(rf"\b(?:since|from|after|until|through)\s+{years[0]}\b", question, re.I):
        return None  # the end of a span ("the value generated since 1990"), not a rule's year
    before = re.search(rf"\b(?:before|prior to|earlier than)\s+{named}\b", question, re.I)
    # "The threshold before 2006": the rule that stood until then, in force the year before.
    year = named - 1 if before else named
    told = [e for e in data.policy if e.year in (year, named)]
    if any(e.year == year and _states_a_rule(e) for e in told) or (
        told and _YEAR_CHANGE_ASKED.search(question)
    ):
        # A year the policy rows set a rule in, or a question after what changed in a year the
        # rows tell of ("what rule was adopted then?", "and what was it cut to?"): answered
        # from the rows, in their words.
        return None
    # Asked what held in a year whose rows tell only of other events (an audit, a renaming), the
    # rule stood as the rows before it set it: the rule in force then answers.
    return Route([CalculatorInput(operation="offset_rule", year=year)])


def _expression(question: str) -> Route | None:
    """A question that is nothing but arithmetic ("What is 30% of $25 million?"). One that the
    calculator can read but not compute ("$5 million / 0") is routed too, so its error is shown."""
    # "..., in millions to one decimal" says how to read the result, not what to compute.
    text = without_scale(reading(with_digits(operation_words(question))).question)
    text = _LEAD.sub("", text).strip().rstrip("?.!,; ").strip()
    if not _ARITHMETIC.search(text):
        return None
    pieces = _AND_ANOTHER.split(text)
    if len(pieces) > 1 and all(_ARITHMETIC.search(p) and _reads(p) for p in pieces):
        # "46% of $2 billion and 31% of $2 billion": two expressions, each worked out.
        return Route([_evaluate(p.strip()) for p in pieces])
    try:
        tokenize(text.replace("**", "*").replace("^", "*"))
    except CalculationError:
        if _SCIENTIFIC.search(text):
            # "5e7 * 2": arithmetic the calculator refuses; its reason is the answer.
            return Route([_evaluate(text)])
        return None  # words the calculator does not know: a question for the sources
    return Route([_evaluate(text)])


_ARITHMETIC = lazy(
    r"\d.*(?:[-+*/×÷%^]|\b(?:of|times|plus|minus|double|twice|triple)\b)|"
    r"(?:[-+*/×÷%^]|\b(?:of|times|plus|minus|double|twice|triple)\b).*\d",
    re.I | re.S,
)
# Where one expression ends and the next is asked: "A and B", "A, and what is B".
_AND_ANOTHER = lazy(r"\s*,?\s+and\s+(?:(?:what|how much)(?:'s| is| are)?\s+|also\s+)?", re.I)


def _reads(text: str) -> bool:
    """Whether the calculator reads ``text`` as an expression."""
    try:
        tokenize(text.replace("**", "*").replace("^", "*"))
    except CalculationError:
        return False
    return True


# "what (was) the total", "what was the whole market": the whole a stated share is part of.
_WHOLE_ASKED = lazy(
    # "what's" asks as "what is" does.
    r"\b(?:what(?:['’]s)?|how (?:much|big|large))(?!\w)(?:\s+\w+){0,5}?\s+"
    r"(?:total|whole|overall|sum|entire|all)\b"
    # asked by a verb of working it out: "derive the whole it implies", "deduce the sum"
    r"|\b(?:back out|work out|derive|deduce|infer|compute|calculate)\s+(?:the|that|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:total|whole|overall|sum|entire)\b",
    re.I,
)
# "<amount> ... were 32.8% of <the whole>": the share a stated amount is of an unstated whole.
_SHARE_OF_WHOLE = lazy(
    r"(?:\b(?:was|were|is|are|made up|make up|makes up|represent\w*|account\w* for|equal\w*(?: to)?|"
    r"amount\w* to|constitut\w*|came to|comes? to)"
    # The share set beside the amount it restates: "$3.2 billion, or 12.5% of the harbour's trade".
    r"|(?<=\d|[a-z]),\s*or)\s+(?:(?:only|about|some|just|around|almost|"
    # a hedge or its opposite: "roughly", "nearly", "exactly", "precisely"
    r"[a-z]+ly)\s+)?(?P<share>\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))\s+of\b",
    re.I,
)


# The words naming what a share is of: "9% of (the) shipments", "41.5% of EU grain
# tenders", up to a stop, a comma or a word that starts another clause or qualifier.
_WHOLE_NAMED = lazy(
    r"\s*(?:the\s+|all\s+|its\s+|their\s+)?"
    # the period the whole is of, before its name: "4% of 2009-2012 freight"
    r"(?:(?:19|20)\d\d(?:\s?[-–—]\s?(?:19|20)?\d\d)?\s+)?(?P<words>(?:(?!(?:in|for|over|during|by|and|"
    r"that|which|what|how|from|to|at|on|with|signed|spread|each)\b)[A-Za-z][\w'’-]*\s*){1,5})",
    re.I,
)
# Asking for a thing by name: "what were the <noun>", "how large was the <noun>", "the implied
# <noun>", "back out the <noun>".
_ASKS_FOR = (
    r"(?:\b(?:what|how (?:much|big|large))(?:['’]s)?\b|\bimpl(?:y|ies|ied)\b|"
    r"\b(?:back out|work out|derive|deduce|infer|compute|calculate|estimate)\b)"
)
_ASKS_FOR_FIRST = lazy(_ASKS_FOR, re.I)

_A_MEASURE = (
    r"(?:per|of|for|each|a|an|average|mean|typical|share|number|count|percent|percentage|"
    r"proportion|rate|size|value|growth|change)"
)


def _whole_named_again(question: str, match: re.Match[str]) -> bool:
    """Whether the question asks, after the share, for the very thing the share is of, by its
    own name: "... were 7% of imports; what were the imports worth?" (the name's last word, a
    plural or singular of it, within a few words of the first asking word after the share)."""
    named = _WHOLE_NAMED.match(question, match.end())
    if named is None:
        return False
    content = [w for w in re.findall(r"[A-Za-z]+", named.group("words")) if len(w) > 3]
    if not content:
        return False
    stem = re.escape(content[-1].lower().removesuffix("s"))
    # The first ask after the share, so that asks keep their order ("the average lease, and the
    # implied income" asks the average first, the whole second, each on its own).
    first = _ASKS_FOR_FIRST.search(question, named.end())
    if first is None:
        return False
    # The words between name the thing itself, not a measure of it ("the average per contract",
    # "the share of imports" ask for something else).
    # The whole may also be asked as the whole ("and the implied overall figure for that trade?").
    asked = re.compile(
        rf"{_ASKS_FOR}(?:\W+(?!{_A_MEASURE}\b)\w+){{0,5}}?\W+"
        rf"(?:{stem}(?:s|es)?|total|whole|overall|entire)\b",
        re.I,
    )
    return asked.match(question, first.start()) is not None


def _whole_from_share(question: str, data: OffsetData) -> Route | None:
    """ "If X was 32.8% of the total, what was the total?": the whole, X ÷ 32.8%; also when the
    whole is asked by the name the share gave it ("X was 7% of imports: what were imports?")."""
    match = _SHARE_OF_WHOLE.search(question)
    if not match:
        return None
    if not _WHOLE_ASKED.search(question[match.end() :] + " " + question) and not _whole_named_again(
        question, match
    ):
        return None
    money = [a for a in roles(question) if a.start < match.start()]
    if len(money) != 1:
        return None
    part, share = money[0].text, " ".join(match.group("share").split())
    return Route(
        [_evaluate(f"{part} / {share}")],
        labels=[lambda result: say("whole_from_share", part=part, share=share, result=result)],
    )


# A share the question leaves to the sources: "the reported share", "the percentage given",
# "that share".
_SHARE_AS_GIVEN = lazy(
    r"\b(?:(?:the|that|this|its)\s+(?:(?:stated|reported|given|quoted|cited|published|sourced)\s+)?"
    r"(?:share|percentage|proportion)(?:\s+(?:stated|reported|given|quoted|cited))?)\b",
    re.I,
)
_YEAR_WRITTEN = lazy(r"\b(?:19|20)\d\d\b")
# A whole a share is asked to correspond to: "which whole market does that figure suggest?"
_IMPLIED_WHOLE = words(r"impl(?:y|ies|ied)|works? out|correspond\w*|suggest\w*|follows?")


def _whole_of_sourced_share(question: str, data: OffsetData) -> Route | None:
    """ "Which whole market does the bureau's N% figure suggest?": the whole that the statistics' share of that
    percentage is of, their total for the share's year over the share, both cited. The question
    states no amount; its percentage is the table's own."""
    if amounts(question) or not _WHOLE_ASKED.search(question):
        return None
    if not (_IMPLIED_WHOLE.search(question) or _WORKED_FROM.search(question)):
        # The whole asked worked out of the share ("what total does it imply", "back out
        # the total from the bureau's figures"), not a total the statistics state.
        return None
    written = _SHARE_WRITTEN.findall(question)
    shares = [r for r in data.statistics if r.unit == "percent"]
    if len(written) == 1:
        percent = parse_number(re.sub(r"[^\d.]", "", written[0]))
        shares = [r for r in shares if r.amount == percent]
    elif written:
        return None
    else:
        # "the reported share": the statistics' share of the year the question names, if any;
        # "the implied total for 2022", naming no share, the one share the statistics give for
        # the year it names.
        years = {int(y) for y in _YEAR_WRITTEN.findall(question)}
        if not years and not _SHARE_AS_GIVEN.search(question):
            return None
        shares = [r for r in shares if not years or r.year in years]
    if len(shares) != 1:
        return None
    share = shares[0]
    percent = share.amount
    totals = [r for r in data.statistics if r.year == share.year and r.unit in CURRENCIES.values()]
    if len(totals) != 1:
        return None
    total = totals[0]
    part, of = format_money_short(total.amount, total.unit), f"{percent.normalize():f}%"
    return Route(
        [_evaluate(f"{part} / {of}")],
        lead=say("sourced_inputs", statements="; ".join(r.statement() for r in (total, share))),
        cites=[total.id, share.id],
        labels=[lambda result: say("whole_from_share", part=part, share=of, result=result)],
    )


# "<whole> ..., of which <part>": the second amount is a part of the first.
_OF_WHICH = lazy(
    r"\b(?:of (?:which|that|this|it|them|these)|out of (?:which|that|this)|including|"
    r"of that (?:total|sum|amount))\s+(?:only\s+|some\s+|about\s+|roughly\s+|nearly\s+)?$",
    re.I,
)
# "Out of <whole> ..., <part> ...", "Of the <whole> spent, <part> ...": the whole named first, as
# what the part is taken out of, and the part later in the same sentence.
_OUT_OF = lazy(
    r"(?:\bout of|(?:^|[.;:!?]\s*)of)\s+(?:the\s+|an?\s+)?(?:total\s+(?:of\s+)?)?$", re.I
)
_SAME_SENTENCE_PART = lazy(r"^[^.;:!?]*,[^.;:!?]*$")
_SENTENCE_END = lazy(r"[.;!?]\s")
# Asking for what the part leaves: "the rest", "the remainder", "what is left", "the other
# years", what the two figures "imply" for another period, or what went "outside" the part.
_REST_ASKED = words(
    r"rest|remainder|remain(?:s|ed|ing)?|left over|leaves?|left|balance|others?|impl(?:y|ies|ied)|"
    r"deduc\w*|exclud\w*|excepting|apart from|besides|outside|other than|"
    # "how much was not spent there": what the part did, denied ("is it not a lot?" denies none).
    r"(?:not|\w+n['’]t)\s+(?!(?:a|an|the|so|too|very)\b)\w+"
)
# What a share asked after the rest refers back to: the rest just asked ("and what portion of
# the budget does it make up?"), not the part the question stated.
_BACK_TO_REST = words(r"that|it|this|those|these|rest|remainder|balance|others?")


# The first amount told as a total: "total imports at X", "X in all", "X overall".
_TOTAL_BEFORE = words(r"total\w*|overall|altogether|combined|aggregate|all told|in all")
_TOTAL_AFTER = lazy(
    r"^\s*(?:in (?:all|total)|all told|altogether|overall|combined|in aggregate)\b", re.I
)
# The second amount told as part of the first: "with FMS making up Y", "Y of it", "Y of that".
_MAKES_UP = words(
    r"mak(?:e|es|ing) up|made up|account(?:s|ed|ing)? for|compris(?:e|es|ed|ing)|"
    r"constitut(?:e|es|ed|ing)|represent(?:s|ed|ing)?"
)
_OF_IT_AFTER = lazy(r"^\s*(?:of (?:it|that|this|them|the total|the sum|those|these))\b", re.I)


def _told_as_whole_and_part(question: str, whole: StatedAmount, part: StatedAmount) -> bool:
    """Whether the question tells its first amount as a total and the second as a part of it,
    in a clause of the same sentence or of the next ("imports came to X in all; Y went through
    FMS", "total sales at X, with exports making up Y", "Y of it"): two amounts told side by
    side without such words may be two measures of one thing, not a whole and its part."""
    between = question[whole.end : part.start]
    if len(_SENTENCE_END.findall(between + " ")) > 1:
        return False
    opening = max(question.rfind(mark, 0, whole.start) for mark in ".;!?")
    as_total = bool(
        _TOTAL_BEFORE.search(question, opening + 1, whole.start)
        or _TOTAL_AFTER.search(question[whole.end :])
    )
    as_part = bool(_MAKES_UP.search(between) or _OF_IT_AFTER.search(question[part.end :]))
    return as_total or as_part


def _rest_of_whole(question: str, data: OffsetData) -> Route | None:
    """ "$1 billion in all, of which $300 million came last year: how much came before?": the
    rest of a stated whole once a stated part of it is taken away, whole − part. A share asked
    after it ("…, and what portion of the budget does it make up?") is the rest's share of the whole; a
    share asked of something else is the part's."""
    money = roles(question)
    if len(money) != 2:
        return None
    whole, part = money
    between = question[whole.end : part.start]
    if _PART_OUT_OF.match(between):
        whole, part = part, whole  # "<part> out of the <whole>": the whole written second
    elif not (
        _OF_WHICH.search(between)
        or _OUT_OF.search(question[: whole.start])
        and _SAME_SENTENCE_PART.match(between)
        or _told_as_whole_and_part(question, whole, part)
    ):
        return None
    told = max(whole.end, part.end)
    rest = _REST_ASKED.search(question, told)
    if rest is None:
        return None
    share = _SHARE_ASKED.search(question, rest.end())
    # "Work out the share, and the remainder": a share named before the rest is the part's.
    share_first = None if share else _SHARE_WORDS.search(question, told, rest.start())
    if (
        _CHANGE_ASKED.search(question)
        and share is None
        and share_first is None
        and not against_rest_asked(question)
    ):
        # A share or a change of the two amounts, not what the part leaves; but "by how much did
        # the part outweigh the rest?" asks the rest first (``rest_compared``).
        return None
    try:
        first, second = parse_amount(whole.text), parse_amount(part.text)
    except CalculationError:
        return None
    if first.currency != second.currency or second.value > first.value:
        return None
    requests = [_evaluate(f"{whole.text} − {part.text}")]
    labels: list[Label | None] = [
        lambda result: say("rest_of_whole", part=part.text, whole=whole.text, result=result)
    ]
    if share is not None:
        asked = _SENTENCE_END.split(question[share.start() :], maxsplit=1)[0]
        of_part = part.text
        if _BACK_TO_REST.search(asked):
            left = _money_result(requests[0], data)
            if left is None:
                return None
            of_part = left
        requests.append(CalculatorInput(operation="share_of", part=of_part, whole=whole.text))
        labels.append(None)
    if share_first is not None:
        requests.insert(0, CalculatorInput(operation="share_of", part=part.text, whole=whole.text))
        labels.insert(0, None)
    return Route(requests, labels=labels, restated=(whole.text, part.text))


# The part told first, then the whole it is taken out of: "$25 million out of the $34 million",
# "KRW 2 trillion of the KRW 9 trillion".
_PART_OUT_OF = lazy(
    # "EUR 3 million of tolls out of EUR 10 million": the part's group may come between.
    r"^\s*(?:(?:[\w-]+\s+){1,4}?out\s+of|out\s+of|of)\s+(?:the\s+|an?\s+)?(?:total\s+(?:of\s+)?)?$",
    re.I,
)


# Asking for a yearly average: "per year", "a year", "annually", "on average each year".
_PER_YEAR = words(
    r"per[- ](?:year|annum)|a year|each year|every year|yearly|annual(?:ly)?|year by year|"
    r"(?:an? |the )?average\w*|annuali[sz]\w*|(?:an? |the )?typical year"
)
# Asking for a period's figure spread over its years, not for each year's own figure ("how much
# came in each year?" asks figures the sources do not give year by year).
_EVENLY = words(
    r"spread|averag\w*|divid\w*|split|evenly|on average|per[- ](?:year|annum)|annuali[sz]\w*|"
    r"yearly basis|annual basis|typical year"
)


def _per_year(question: str, data: OffsetData) -> Route | None:
    """ "Averaged over 2016-2020, how much is that a year?": a figure for a period divided by
    its number of years, both ends counted. The figure is the one amount the question states,
    else the offset value the sources give for the period (each figure when they disagree)."""
    periods = period_mentions(question)
    # An amount asked: "how much", "what", or the currency of the answer ("how many won", "in
    # dollars"), which no count or share has.
    asked = _HOW_MUCH_OR_WHAT.search(question) or _asked_currency(question) is not None
    if not _PER_YEAR.search(question) or not asked:
        return None
    paired = _per_year_of_paired(question)
    if paired is not None:
        return paired
    if not periods:
        counted = _per_year_of_count(question)
        if counted is not None or roles(question):
            return counted
        held = _period_of_length(question, data)
        if held is None:
            return None
        first, last = held
    elif len(periods) != 1:
        return None
    else:
        (first, last), _ = periods[0]
    years = last - first + 1
    if years < 2:
        return None
    span = f"{first}–{last}"
    stated = roles(question)
    if len(stated) > 1:
        return None
    if stated:
        amount = stated[0]
        if _PER_YEAR.match(question[amount.end :].lstrip()):
            # "$50 million a year over 2011-2015": a yearly figure; the total is asked, if anything.
            if not _SUM_ASKED.search(question):
                return None
            return Route(
                [_evaluate(f"{amount.text} × {years}")],
                labels=[_over_years_label(years, span, amount.text)],
            )
        label = _per_year_label(years, span, amount.text)
        return Route(
            [_evaluate(f"{amount.text} / {years}")],
            labels=[label],
        )
    if not _EVENLY.search(question):
        return None
    measure = _yearly_measure(question, data, f"{first}-{last}")
    if measure is None:
        return None
    # A whole, unless the question names one of its parts as what is spread ("what did the FMS
    # deals average a year"): the figure averaged is the measure the question names. In the
    # currency asked, else in dollars where the sources give dollars.
    figures = [
        r
        for r in data.values
        if r.period == f"{first}-{last}" and r.measure == measure and r.amount is not None
    ]
    named = [r for r in figures if r.category and _names_category(question, r.category)]
    rows = named or [r for r in figures if not r.category]
    currencies = [c for c in (_asked_currency(question), "USD", "KRW") if c]
    currency = next((c for c in currencies if any(r.currency == c for r in rows)), None)
    if currency is None:
        return None
    main, others = _main_figure(rows, currency)
    requests: list[CalculatorInput] = []
    labels: list[Label | None] = []
    for row in [main, *others]:
        total = _short(row)
        requests.append(_evaluate(f"{total} / {years}"))
        labels.append(_per_year_label(years, span, total))
    return _each_figure(requests, span, main, others, labels)


# A span of years, its end written in full or by its last two digits: "2016-2020", "2021–22".
_SPAN = r"(?:19|20)\d\d\s?[-–—]\s?(?:(?:19|20)\d\d|\d\d)(?![\d–-])"
_SPAN_PARTS = lazy(r"(?P<first>(?:19|20)\d\d)\s?[-–—]\s?(?P<last>\d{2,4})")
# A span named for the stretch a figure or an average covers: "in 2021–22", "over 2016-2020".
_SPAN_AFTER = rf"\s*(?:in|over|for|across|during|from)\s+(?:the\s+)?(?:years?\s+)?(?P<span>{_SPAN})"
_AVERAGE_OVER_SPAN = lazy(
    r"\b(?:per[- ](?:year|annum)|a year|yearly|annual(?:ly)?|average\w*|annuali[sz]\w*)"
    rf"(?:\s+(?:per|a)\s+year)?{_SPAN_AFTER}",
    re.I,
)
# ... and the span an amount is stated for, after it: "$4 million (of it) in 2021-22".
_FIGURE_OVER_SPAN = lazy(rf"^(?:\s*of\s+(?:it|that|this|them))?{_SPAN_AFTER}", re.I)


def _span_of(text: str) -> tuple[int, int] | None:
    """The first and last years of a span ("2021–22" is 2021 to 2022); None when it runs back."""
    match = _SPAN_PARTS.match(text)
    if match is None:
        return None
    first, last = int(match.group("first")), match.group("last")
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return (first, end) if end > first else None


def _per_year_of_paired(question: str) -> Route | None:
    """ "$X in all over 1990-1999, $Y of it in 1998-99: what was the annual mean in
    1998-99?": of the amounts stated, each with its own span, the one stated for the span the
    average is asked over, divided by that span's years (both ends counted). None when no
    average is asked over a named span or not one amount is stated for it."""
    asked = _AVERAGE_OVER_SPAN.search(question)
    span = _span_of(asked.group("span")) if asked is not None else None
    if span is None:
        return None
    tied = []
    for amount in roles(question):
        after = _FIGURE_OVER_SPAN.match(question[amount.end :])
        if after is not None and _span_of(after.group("span")) == span:
            tied.append(amount)
    if len(tied) != 1:
        return None
    first, last = span
    years, total = last - first + 1, tied[0].text
    return Route(
        [_evaluate(f"{total} / {years}")], labels=[_per_year_label(years, f"{first}–{last}", total)]
    )


_HOW_MUCH_OR_WHAT = words(r"how much|what|come to|works? out|comput\w*|calculat\w*|find|give")
# Buying named by what it costs the buyer: "spent", "paid for".
_SPENT = words(r"spen[dt]\w*|paid|pay\w*|outlays?|buys?")
# Bought from a named seller: "from the Netherlands", "Dutch-made".
_FROM_SELLER = lazy(r"\bfrom\s+(?:the\s+)?(?P<seller>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")


def _yearly_measure(question: str, data: OffsetData, period: str) -> str | None:
    """What a period's figure spread over its years measures, by the words that name it: the
    offsets obtained, or the weapons bought. Of the purchase figures, the one the tables give
    for the period; one from a seller ("imports from X") only when the question names a
    seller, and a total only when it names none."""
    offsets = bool(_OFFSET_WORDS.search(question))
    bought = bool(_IMPORTS_NAMED.search(question) or _SPENT.search(question))
    if offsets and bought:
        return None  # both ("offsets per year of imports"): not one figure
    if not offsets and not bought:
        # Neither named ("the yearly mean over 2013-2015", of a figure named before): the
        # one measure the tables give an amount for in that period, if they give only one.
        held = {r.measure for r in data.values if r.period == period and r.amount is not None}
        return held.pop() if len(held) == 1 else None
    if offsets:
        return "offset_value"
    # A kind of purchase the question names ("the FMS purchases") that the tables hold under one
    # purchase measure of the period is that measure's: the kind settles the seller.
    kinds = {
        r.measure
        for r in data.values
        if r.period == period
        and r.measure.startswith("weapons_imports")
        and r.category
        and _names_category(question, r.category)
    }
    if len(kinds) == 1:
        return kinds.pop()
    named_seller = _seller_named(question)
    given = {
        r.measure
        for r in data.values
        if r.period == period
        and r.measure.startswith("weapons_imports")
        and r.measure.startswith("weapons_imports_from_") == named_seller
    }
    return given.pop() if len(given) == 1 else None


# "Canadian arms", "Chile-made rifles", "Brazil-built jets": the seller written before the goods.
_SELLER_BEFORE = lazy(
    r"\b(?P<seller>[A-Z][\w.]*)(?P<made>-(?:made|built|supplied))?\s+"
    r"(?:weapons?|arms|equipment|hardware|systems?|munitions|aircraft|jets?|ships?|missiles?)\b"
)
# A place's initials written in capitals without dots: "US", "UK".
_INITIALS = lazy(r"\b[A-Z]{2,3}\b")
# An adjective of a place name, the name and a few letters more ("Chilean", "Canadian").
_ADJECTIVE_ENDING = lazy(r"(?:ian|an|n)$")


def _seller_named(question: str) -> bool:
    """Whether ``question`` names the country or party weapons were bought from ("from the
    Netherlands", "Peru-made arms", an adjective of one of the parties)."""
    table = name_table()

    def named(text: str, kinds: tuple[str, ...]) -> bool:
        # "US", "UK": a place's initials in capitals are its dotted abbreviation ("U.S."),
        # which the names list; the bare lower-case letters would be the pronoun "us".
        dotted = _INITIALS.sub(lambda m: ".".join(m.group()) + ".", text)
        return any(table.find(kind, form) for kind in kinds for form in {text, dotted})

    seller = _FROM_SELLER.search(question)
    if seller is not None and named(seller.group(), ("countries", "parties")):
        return True
    for before in _SELLER_BEFORE.finditer(question):
        word = before.group("seller")
        ending = _ADJECTIVE_ENDING.search(word)
        stems = (
            {word[: ending.start() + i] for i in range(len(ending.group()))} if ending else set()
        )
        # "Korean-made" names a maker even when it is the buyer (then no import is asked); a bare
        # adjective of the home country ("Korean arms") is the buyer's arms as often as its
        # industry's, so only the parties on the other side name a seller so.
        kinds = ("countries", "parties") if before.group("made") else ("parties",)
        if any(named(stem, kinds) for stem in stems | {word}):
            return True
    return False


# "in won", "in trillion won", "in billions of dollars": the currency a result is asked in.
_SCALED_IN = r"\bin (?:(?:thousand|million|billion|trillion)s? (?:of )?)?"
_WON_ASKED = lazy(_SCALED_IN + r"(?:Korean )?(?:won|KRW)\b|\bhow many won\b", re.I)
_DOLLARS_ASKED = lazy(_SCALED_IN + r"(?:US )?(?:dollars|USD)\b|\bhow many dollars\b", re.I)


def _asked_currency(question: str) -> str | None:
    if _IN_WON.search(question) or _WON_ASKED.search(question):
        return "KRW"
    return "USD" if _DOLLARS_ASKED.search(question) else None


# "over two years", "across the last 5 years": a stretch of years named by its length.
_YEARS_COUNTED = lazy(
    r"\b(?:over|across|in|during|for|within)\s+(?:the\s+)?(?:last\s+|past\s+|next\s+)?"
    r"(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
    re.I,
)


# A span named by its length alone: "the seven years", "a seven-year total", "over 2 years".
_LENGTH_NAMED = lazy(rf"\b{_SPAN_LENGTH}\b", re.I)
_LENGTH_OVER = lazy(
    rf"\b(?:over|across|during|for|within|in)\s+(?:(?:the|its|their|all|all\s+the)\s+)?"
    rf"(?:whole\s+|entire\s+|full\s+)?"
    rf"{_SPAN_LENGTH}\b",
    re.I,
)


def _period_of_length(question: str, data: OffsetData) -> tuple[int, int] | None:
    """The period a question names by its length alone ("per year over those nine years" of
    "a nine-year sum"): the one period of that length the tables give offset values
    for. None when it names no length, two lengths, or the tables give no period or several of
    that length (then the length does not say which)."""
    # The length the average is asked over wins over others the premise names ("a seven-year
    # sum and a three-year figure: per year over the nine years").
    over = {_span_years(m.group(1)) for m in _LENGTH_OVER.finditer(question)}
    lengths = over or {_span_years(m.group(1)) for m in _LENGTH_NAMED.finditer(question)}
    if len(lengths) != 1:
        return None
    (length,) = lengths
    held = {
        _bounds(r.period)
        for r in data.values
        if r.measure == "offset_value" and r.period and r.amount is not None
    }
    fitting = [p for p in held if p[1] - p[0] + 1 == length]
    return fitting[0] if len(fitting) == 1 else None


def _per_year_of_count(question: str) -> Route | None:
    """ "$270 million over two years is how much a year?": the one amount stated over the number
    of years stated."""
    counted = _YEARS_COUNTED.search(question)
    stated = roles(question)
    if counted is None or len(stated) != 1:
        return None
    years = int(parse_number(counted.group("count")))
    amount = stated[0].text
    if years < 2 or _PER_YEAR.match(question[stated[0].end :].lstrip()):
        return None
    return Route(
        [_evaluate(f"{amount} / {years}")],
        labels=[lambda result: say("per_year_of", years=years, total=amount, result=result)],
    )


# Asking for a total: "in all", "altogether", "what does it come to", "add up".
_SUM_ASKED = words(
    r"total|combined|altogether|in all|overall|(?:comes?|came) to|add(?:s|ed)? up|sum|cumulative\w*"
)


def _over_years_label(years: int, span: str, yearly: str) -> Label:
    return lambda result: say("over_years", years=years, span=span, yearly=yearly, result=result)


def _per_year_label(years: int, span: str, total: str) -> Label:
    return lambda result: say("per_year", years=years, span=span, total=total, result=result)


# What is left of a commitment: "how much remained undelivered", "how far short", "outstanding".
_REMAINING = words(
    r"remain\w*|outstanding|undelivered|unfulfilled|unimplemented|unmet|short\w*|left|yet to be|"
    # "what does the yard still owe?": what an obligation still owes after what was delivered.
    r"still (?:owe[sd]?|owing|due)|"
    rf"not (?:yet |been |fully |still )*(?:provided|{_DELIVERY})"
)
_DELIVERED_ASKED = lazy(
    r"\bhow much\b[^?.]{0,40}?\b(deliver\w*|provid\w*|implement\w*|fulfil\w*|realis\w*|"
    r"realiz\w*|carried out|done)\b",
    re.I,
)
# "40% of it", "12 percent of that sum": a share of an amount named before.
_SHARE_OF_REFERENT = lazy(
    r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)\s+of\s+(?:it|that|this|them|those|"
    r"the\s+(?:total|amount|sum|pledge|commitment|package|figure|budget|money|whole))\b",
    re.I,
)
# Asking for an amount of money: the word "money", a currency counted ("how many euros"), a "sum".
_AMOUNT_ASKED = lazy(
    r"\bhow (?:much|many (?:US )?(?:dollars|won|euros?))\b|\bwhat (?:amount|sum|value)\b|"
    r"\bin (?:US )?(?:dollars|won)\b",
    re.I,
)
_SHARE_WRITTEN = lazy(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)", re.I)


# The share of an amount carried out, written just after it: "$40 million in training at 75%",
# "$5 million, 40% delivered", "($60 million) is 20% delivered".
_RATE_AFTER = lazy(
    r"\s*\)?\s*(?:(?:[\w-]+\s+){0,3}?(?:at|with|is|was|are|were)\s+|,\s*)?"
    r"(?P<share>\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))",
    re.I,
)


def _delivered_of_parts(question: str, data: OffsetData) -> Route | None:
    """ "Two pledges, GBP 8m carried out to 90% and GBP 50m to 10%; how much got done overall,
    and how big a slice of the GBP 60m deal?": each part times its delivery rate, added up;
    and, when asked, the total against the one amount stated without a rate."""
    if not (_IMPLEMENTED.search(question) and _HOW_MUCH.search(question)):
        return None
    stated = roles(question)
    parts, others = [], []
    for amount in stated:
        rated = _RATE_AFTER.match(question, amount.end)
        if rated:
            parts.append(f"{' '.join(rated.group('share').split())} × {amount.text}")
        else:
            others.append(amount.text)
    if len(parts) < 2:
        return None
    requests = [_evaluate(" + ".join(parts))]
    if _SHARE_ASKED.search(question):
        if len(others) != 1:
            return None
        figure = _money_result(requests[0], data)
        if figure is None:
            return None
        requests.append(CalculatorInput(operation="share_of", part=figure, whole=others[0]))
    elif others:
        return None
    return Route(requests, restated=tuple(a.text for a in stated))


def _remaining(question: str, data: OffsetData) -> Route | None:
    """A commitment and the share of it delivered: the part delivered and the part remaining,
    commitment × rate and commitment × (1 − rate). The commitment is the one the question
    states, else the one of the program tables it names ("if Airbus had delivered only 20% of
    its tanker offsets"), cited."""
    delivery = bool(_IMPLEMENTED.search(question))
    shares = _SHARE_WRITTEN.findall(question)
    if len(shares) != 1:
        return None
    share = " ".join(shares[0].split())
    stated = roles(question)
    commitments = [a for a in stated if a.role in ("offset", "contract")]
    lead, cites = "", []
    if not stated:
        # "20% of its SME pledge": a share the question applies to a commitment the tables give.
        applied = re.search(rf"{re.escape(shares[0])}\s+of\b", question)
        if not ((delivery or applied) and _HOW_MUCH.search(question)):
            return None
        if _RULE_OR_COUNTRY.search(question):
            return None
        row = money_named(question, data)
        if row is None or row.attribute != "commitment":
            return None
        commitment = written(row)
        lead, cites = say("sourced_input", statement=row.statement()), [row.id]
        part_of_it = not delivery
    else:
        # "... and 40% of it went to training: how much is that?": a share of the one amount
        # stated, asked as an amount, with no rule or country whose share it could be.
        part_of_it = bool(
            _SHARE_OF_REFERENT.search(question)
            and _AMOUNT_ASKED.search(question)
            and not _RULE_OR_COUNTRY.search(question)
        )
        if not (delivery or part_of_it):
            return None  # no delivery: a percentage of a contract is no delivery rate
        if len(commitments) != 1:
            return None
        commitment = commitments[0].text
    if not delivery:
        return Route(
            [_evaluate(f"{share} × {commitment}")],
            lead=lead,
            cites=cites,
            labels=[
                lambda result: say("share_of_amount", share=share, amount=commitment, result=result)
            ],
        )
    remaining = bool(_REMAINING.search(question))
    requests: list[CalculatorInput] = []
    labels: list[Label | None] = []
    if _DELIVERED_ASKED.search(question) or not remaining:
        requests.append(_evaluate(f"{share} × {commitment}"))
        labels.append(
            lambda result: say("delivered_part", share=share, commitment=commitment, result=result)
        )
    if remaining:
        requests.append(_evaluate(f"(100% − {share}) × {commitment}"))
        labels.append(_remaining_label(share, commitment))
    return Route(requests, lead=lead, cites=cites, labels=labels)


def _remaining_label(share: str, commitment: str) -> Label:
    """The sentence stating what remains of ``commitment`` once ``share`` of it is delivered."""
    return lambda result: say("remaining_part", share=share, commitment=commitment, result=result)


def _stated_change(question: str, data: OffsetData) -> Route | None:
    """A change between two amounts the question states: they win over the data's figures."""
    money = amounts(question)
    ratio = bool(_TIMES_ASKED.search(question))
    # "a $40 million order at a 25% rate, then a $12 million one at 50%": percentages the
    # question states are figures, not a change asked between its two amounts.
    asked = _SHARE_WRITTEN.sub(" ", question)
    short = _shortfall_named(asked)
    if len(money) != 2 or not (
        _CHANGE.search(asked) or _absolute(question) or ratio or _gap_named(asked) or short
    ):
        return None
    try:
        old, new = (parse_amount(m) for m in money)
    except CalculationError:
        return None
    if old.currency != new.currency or old.currency is None:
        return None
    periods = _PERIOD.findall(question)
    first, second = money
    named = _absolute(question) or ratio or _gap_named(asked) or short
    # A fall asked "by how much" names no measure: the amount, then the percent change.
    both = _both_ways(question) or (measure_unnamed(question) and not named)
    if named and not both:
        return Route([_difference(first, second, old.value, new.value, ratio)])
    if len(periods) == 2 and periods[0] > periods[1]:
        first, second = second, first  # "KRW 3 trillion (2017-2021), down from ... (2012-2016)"
    elif _measured_from_second(question, first, second):
        first, second = second, first  # "to $800 million from $8 billion", "A, less than B"
    value = {money[0]: old.value, money[1]: new.value}
    if _against_direction(question, value[first], value[second]):
        first, second = second, first
    change = CalculatorInput(operation="percent_change", old=first, new=second)
    if both:
        return Route([_difference(first, second, old.value, new.value), change])
    return Route([change])


# The distance between two amounts, named as such rather than as a move from one to the other:
# "the gap between A and B", "how far is A from B".
_GAP_NAMED = lazy(
    r"\b(?:difference|gap|distance|spread)\s+between\b|"
    r"\bhow far\s+(?:off\s+|apart\s+)?(?:is|are|was|were|lies|lie)\b(?=.*\b(?:from|apart)\b)",
    re.I,
)


# How far one amount falls short of another, named as such: "what is the shortfall", "how far
# short did it come", "short by how much".
_SHORTFALL_NAMED = lazy(
    r"\bshortfall\b|\bhow (?:far|much) short\b|\bshort by how (?:much|far)\b|"
    r"\b(?:falls?|fell|fallen|comes?|came|falling|coming) short\b",
    re.I,
)


def _shortfall_named(question: str) -> bool:
    """Whether a question asks how far one amount it states falls short of the other (a
    percentage asked anywhere makes it a change instead): the larger less the smaller."""
    return bool(_SHORTFALL_NAMED.search(question)) and not _PERCENT_ASKED_ANYHOW.search(question)


def _gap_named(question: str) -> bool:
    """Whether a question asks the distance between two amounts it states, in their currency
    (a percentage asked anywhere makes it a change instead)."""
    return bool(_GAP_NAMED.search(question)) and not _PERCENT_ASKED_ANYHOW.search(question)


_PERCENT_WORD = lazy(r"\bpercent\w*|%|\bper cent\b", re.I)

# The way a change is asked to go: "how steep was the slump", "how big an increase".
_FALL = words(
    r"fall|falls|falling|fell|fallen|drop\w*|declin\w*|decreas\w*|shr[iau]nk\w*|plummet\w*|plung\w*|slump\w*|"
    r"slid\w*|tumbl\w*|(?:go|goes|went|gone|going) down"
)
_RISE = words(
    r"rise|rises|rising|rose|risen|increas\w*|grow(?:s|n|ing|th)?|grew|climb\w*|jump\w*|soar\w*|"
    r"(?:go|goes|went|gone|going) up"
)


def _against_direction(question: str, old: Decimal, new: Decimal) -> bool:
    """Whether a change from ``old`` to ``new`` goes against the one way the question says it went
    ("how far did the fees slump", with the larger figure written last): the two figures
    are then the other way round. A question that names both ways, or neither, is read as written."""
    fall, rise = bool(_FALL.search(question)), bool(_RISE.search(question))
    if fall == rise or old == new:
        return False
    return (new > old) if fall else (new < old)


def _stated_count_change(question: str, data: OffsetData) -> Route | None:
    """ "Members went from 40 to 52 - how large a rise is that in percent?", "52 members now
    against 40 before: the percentage increase?": the change in percent between the two counts the
    question states, measured from the one written after "from", "against" or "than", else
    from the first."""
    if amounts(question) or not (_MOVED.search(question) and _PERCENT_WORD.search(question)):
        return None
    if _SHARE_OF_ASKED.search(question):
        return None  # "went from 40 to 52: what percent of the first is the second?"
    counts = _counts(question)
    if len(counts) != 2:
        return None
    first, second = (f"{t.scaled().normalize():f}" for t in counts)
    between = question[counts[0].end : counts[1].start]
    if _BASE_BEFORE.search(between) or re.search(r"\bto\s+$", question[: counts[0].start]):
        first, second = second, first
    if _against_direction(question, Decimal(first), Decimal(second)):
        first, second = second, first
    return Route([CalculatorInput(operation="percent_change", old=first, new=second)])


def _sourced_count_change(question: str, data: OffsetData) -> Route | None:
    """ "How much, in percent, has the tally of listed barriers grown since last year?": the change in
    percent between two exact counts the USTR rows give of one thing by year. The years are
    those the question writes or names from the present ("last year"); one year alone is
    measured against the present's count."""
    if amounts(question) or _counts(question):
        return None
    if not (_MOVED.search(question) and _PERCENT_WORD.search(question)):
        return None
    if _SHARE_OF_ASKED.search(question):
        return None
    present = domain().present_year
    years = {int(y) for y in YEAR.findall(question)} | set(relative_years(question, present))
    if len(years) == 1:
        years.add(present)
    if len(years) != 2:
        return None
    for unit in dict.fromkeys(r.unit for r in data.ustr if r.year and r.number is not None):
        if not unit or not re.search(rf"\b{re.escape(unit.rstrip('s'))}s?\b", question, re.I):
            continue
        rows = {
            r.year: r
            for r in data.ustr
            if r.unit == unit and r.year in years and r.number is not None and not r.qualifier
        }
        if len(rows) != 2:
            continue
        old, new = (rows[y] for y in sorted(years))
        assert old.number is not None and new.number is not None
        return Route(
            [
                CalculatorInput(
                    operation="percent_change",
                    old=f"{old.number.normalize():f}",
                    new=f"{new.number.normalize():f}",
                )
            ],
            # The counts as the quote writes them: a report's year the source writes as "last
            # year" is the row's context, no figure the answer may state.
            lead=say(
                "count_inputs",
                first=f"{old.number.normalize():f} {unit}",
                second=f"{new.number.normalize():f} {unit}",
            ),
            cites=[old.id, new.id],
        )
    return None


def _change_and_its_share(question: str) -> Route | None:
    """ "Members went from 40 to 46: the gain, and the gain in percent of the old roll?": the
    change between the two figures the question states (two amounts of one
    currency, or two counts) as an amount, and as a percent change from the earlier one
    (``change_and_share``). The earlier figure is the one the words say came first, or the
    one a change is measured from as written ("46 against 40", "from 40 to 46")."""
    if not asks_change_and_its_share(question):
        return None
    money = amounts(question)
    if money:
        if len(money) != 2:
            return None
        try:
            values = [parse_amount(m) for m in money]
        except CalculationError:
            return None
        if values[0].currency != values[1].currency or values[0].currency is None:
            return None
        written = [(m, v.value) for m, v in zip(money, values, strict=True)]
        ends = [question.index(m) + len(m) for m in money]
    else:
        counts = _counts(question)
        if len(counts) != 2:
            return None
        written = [(f"{t.scaled().normalize():f}", t.scaled()) for t in counts]
        ends = [t.end for t in counts]
    (first, a), (second, b) = written
    earlier_first = said_earlier_first(question, ends[0], ends[1], domain().present_year)
    between = question[ends[0] : question.find(second, ends[0])]
    periods = _PERIOD.findall(question)
    if earlier_first is None:
        earlier_first = not (
            _BASE_BEFORE.search(between)
            or (len(periods) == 2 and periods[0] > periods[1])
            or (bool(money) and _measured_from_second(question, first, second))
        )
    if not earlier_first:
        (first, a), (second, b) = (second, b), (first, a)
    places = reading(question).places
    change = CalculatorInput(operation="percent_change", old=first, new=second, places=places)
    return Route([_difference(first, second, a, b), change])


# Words before the amount a change is measured from: "from", "than", "compared with".
_BASE_BEFORE = lazy(
    r"\b(?:from|than|compared (?:with|to)|relative to|against|versus|vs\.?)\s+(?:the\s+|an?\s+)?$",
    re.I,
)


def _measured_from_second(question: str, first: str, second: str) -> bool:
    """Whether the second amount written is the one a change is measured from: "fell to $1
    billion from $4 billion", "how much lower is $1 billion than $4 billion"; a question that
    names the first "from" ("from $4 billion to $1 billion") is read in its order."""
    start = question.find(first)
    later = question.find(second, start + len(first))
    if start < 0 or later < 0:
        return False
    return bool(_BASE_BEFORE.search(question[start + len(first) : later]))


# "what percentage", "what share", "how many percent": a share asked for outright. The share
# may be named with its part after a verb of being ("what is the exact dock share", "what was
# the steel percentage"), as it may be after a verb of working it out.
_PERCENT_ASKED = lazy(
    r"\b(?:what|which)\s+(?:\w+\s+){0,2}?(?:share|percent(?:age)?|proportion|fraction|portion)\b"
    # After a verb of being, "portion" is a part's amount ("what was the spares portion worth"),
    # not its share.
    r"|\b(?:what|which)\s+(?:is|was|are|were)\s+(?:the|its|their)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:share|percent(?:age)?|proportion)\b"
    r"|\bhow many percent\b|\bas an? (?:share|percent(?:age)?|proportion)\b"
    # A share asked by a verb of working it out: "work out that share", "compute the percentage",
    # "recompute the share". The part may be named between, by a possessive: "give the dock
    # item's share".
    r"|\b(?:(?:re-?)?comput\w*|(?:re-?)?calculat\w*|work out|find|give|express)\s+"
    r"(?:that|this|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[\w-]+['’]s\s+)?(?:share|percent(?:age)?|proportion|fraction)\b",
    re.I,
)


def _share_of_counts(question: str, data: OffsetData) -> Route | None:
    """ "Of the 180 parts offered, 45 were accepted: what percentage is that?": one count as a
    share of another, both stated; the whole is the count after "of" ("of the 180 parts",
    "out of 180"), else the larger."""
    if amounts(question) or not _PERCENT_ASKED.search(question):
        return None
    counts = _counts(question)
    if len(counts) != 2:
        return None
    named = _SHARE_OF_ASKED.search(question)
    after = question[named.end() :] if named else ""
    placed = _WHOLE_FIRST.match(after) or _WHOLE_SECOND.match(after)
    if placed:
        # "went from 400 to 520: what percent of the first is the second?" (more than all of it)
        whole = counts[1] if _WHOLE_SECOND.match(after) else counts[0]
    else:
        whole = next(
            (
                t
                for t in counts
                if re.search(r"\bof\s+(?:the\s+|all\s+)?$", question[: t.start], re.I)
            ),
            max(counts, key=lambda t: t.scaled()),
        )
    part = next(t for t in counts if t is not whole)
    if part.scaled() > whole.scaled() and not placed:
        return None
    whole_text, part_text = (f"{t.scaled().normalize():f}" for t in (whole, part))
    if _share_of_rest_asked(question, part, whole):
        # "Of 40 cranes, 12 ran on diesel: which percentage did not?": the share asked is of
        # the rest, the whole less the part, worked out first.
        rest = f"{(whole.scaled() - part.scaled()).normalize():f}"
        return Route(
            [
                _evaluate(f"{whole_text} − {part_text}"),
                CalculatorInput(operation="share_of", part=rest, whole=whole_text),
            ]
        )
    return Route([CalculatorInput(operation="share_of", part=part_text, whole=whole_text)])


# The share asked of the part's group denied: "what share were not electric", "weren't
# electric", "other than electric", "non-electric"; or of what is left: "the rest", "the others".
_DENIED_BEFORE = (
    r"(?:\bnot|n['’]t|\bnon-?|\bother than|\bbesides|\bapart from|\bexcept)\s*(?:\w+\s+){0,2}?"
)
_ASK_CLAUSE_END = lazy(r"[.;?!]|,\s*(?:and|or|but)\b|\s(?:and|but)\s+(?:how|what|which)\b", re.I)
_REST_OF_COUNT = words(r"the rest|the remainder|the others|the remaining \w+|the other \w+")


# A share asked of a result named back: "what share is that", "what percentage does this make".
_THAT_RESULT = lazy(r"\b(?:that|this)\b(?!\s+(?:year|period|time|decade|month)s?\b)", re.I)


def _share_of_rest_asked(question: str, part: QuantityToken, whole: QuantityToken) -> bool:
    """Whether the share ``question`` asks is of the rest of the whole: its group (the word the
    part is told with, "12 were electric") denied, or the rest named, after the two counts."""
    told = max(part.end, whole.end)
    group = _PART_OF_COUNT.match(question[told:])
    share = _PERCENT_ASKED.search(question, told + (group.end() if group else 0))
    if share is None:
        return False
    # The share's own clause: "how many are not X, and what share are X?" denies X in the
    # count's ask, not the share's.
    asked = _ASK_CLAUSE_END.split(question[share.start() :], maxsplit=1)[0]
    if _REST_OF_COUNT.search(asked):
        return True
    if _THAT_RESULT.search(asked) and _rest_of_count(question[: share.start()]) is not None:
        # "Of 40 cranes, 12 ran on diesel. The rest, and which percentage is that?": "that" is
        # what the ask before it works out, the rest.
        return True
    if group is None:
        return False
    named = re.escape(group.group("group"))
    return bool(re.search(rf"{_DENIED_BEFORE}{named}\b", asked, re.I))


# -- calculations on figures the sources give, named in words ------------------------------------


def _convert_sourced(question: str, data: OffsetData, context: str = "") -> Route | None:
    """ "Express the radar maker's pledge in won at 1,290": the one amount of the program
    tables the question names (or the earlier question it follows up), converted."""
    if amounts(question):
        return None
    targets = _targets(question)
    if not targets:
        return None
    row = money_named(question, data, context)
    if row is None:
        return (
            _convert_period_value(question, data, context, targets)
            or _convert_threshold(question, data, context, targets)
            or _convert_statistic(question, data, targets)
        )
    code = next((t for t in targets if t != row.unit), None)
    if code is None:
        return None  # asked in its own currency: a figure to look up, not to convert
    return _sourced_conversion(question, data, row, written(row), code)


def _sourced_conversion(
    question: str,
    data: OffsetData,
    row: ProgramFact | OffsetStatistic | OffsetValue,
    figure: str,
    code: str,
) -> Route:
    """The sources' ``figure`` of ``row`` converted into ``code`` at the rate the question
    states (or the data's), the row stated and cited as the input."""
    return Route(
        [
            CalculatorInput(
                operation="convert",
                amount=figure,
                to_currency=code,
                rate=_rate(question, [figure], code, data),
            )
        ],
        lead=say("sourced_input", statement=row.statement()),
        cites=[row.id],
    )


def _convert_statistic(question: str, data: OffsetData, targets: list[str]) -> Route | None:
    """ "The weapons bought abroad over 2031 to 2035, in dollars at 1,310": the one statistic the
    question describes (``operand_selection``), converted at the rate it states; without a rate
    of its own the question is left to the sources."""
    if not _RATE.search(question):
        return None
    for code in targets:
        row = period_statistic(question, data, code) or seller_statistic(question, data, code)
        if row is None:
            continue
        figure = _short(row) if isinstance(row, OffsetValue) else written(row)
        return _sourced_conversion(question, data, row, figure, code)
    return None


# The threshold told by what it does rather than named: "the order value past which a duty
# applies", "the minimum deal size for an obligation", "how large a purchase must be".
_THRESHOLD_DESCRIBED = lazy(
    r"\b(?:contract|deal|purchase|order|procurement)(?:['’]s)?\s+(?:values?|sizes?|amounts?|"
    r"prices?|worth)\s+(?:above|over|beyond|past|from|at|starting at)\s+which\b"
    r"|\bminimum\s+(?:contract|deal|purchase|order)\s+(?:values?|sizes?|amounts?)\b"
    r"|\bhow\s+(?:big|large|much)\s+(?:a|the)\s+(?:contract|deal|purchase|order)\s+"
    r"(?:must|has to|needs to|should|would have to)\b"
    r"|\bhow\s+(?:big|large)\s+(?:must|does|do|should|would)\s+(?:a|the)\s+"
    r"(?:contracts?|deals?|purchases?|orders?)\s+(?:be|need|have)\b"
    # The point where an obligation begins: "before any offset is owed", "until levies apply".
    r"|\b(?:before|until|till)\s+(?:any\s+|an\s+|the\s+)?(?:offset\s+)?"
    r"(?:offsets?|obligations?)\b",
    re.I,
)


def _convert_threshold(
    question: str, data: OffsetData, context: str, targets: list[str]
) -> Route | None:
    """ "And in won, at 1,250?" after a question about the offset threshold: the threshold of the
    rule in force (of the year named, if one is), converted."""
    asked = next(
        (
            text
            for text in (question, context)
            if _THRESHOLD_NAMED.search(text) or _THRESHOLD_DESCRIBED.search(text)
        ),
        None,
    )
    if asked is None or "KRW" not in targets or not _RATE.search(question):
        return None  # without a rate of its own, the won figure the sources state answers it
    if _foreign_country(f"{question} {context}", data):
        return None  # another country's threshold
    years = [int(y) for text in (question, context) for y in YEAR.findall(text)]
    try:
        rule = data.rule_for(years[0]) if years else data.current_rule
    except KnowledgeError:
        return None
    row = data.row(rule.cites[0])
    figure = format_money(rule.threshold_usd, "USD")
    return Route(
        [
            CalculatorInput(
                operation="convert",
                amount=figure,
                to_currency="KRW",
                rate=_rate(question, [figure], "KRW", data),
            )
        ],
        lead=say("sourced_input", statement=row.statement()),
        cites=[row.id],
    )


def _convert_period_value(
    question: str, data: OffsetData, context: str, targets: list[str]
) -> Route | None:
    """ "Put the 2016-2020 offsets into won at 1,300": the offset value the sources give for the
    one period named (by the question, else by what it follows up), converted; each figure when
    the sources give several."""
    for text in (question, context):
        periods = period_mentions(text)
        if periods:
            break
    if not periods and (by_length := period_by_length(question, data)):
        # "across the three decades up to 2040": the one period of the tables of that length.
        start, end = (int(y) for y in by_length.split("-"))
        periods = [((start, end), (0, 0))]
    if len(periods) != 1 or not (
        _OFFSET_WORDS.search(f"{question} {context}") or types_named(question, data)
    ):
        return None
    (first, last), _ = periods[0]
    rows = [
        r
        for r in data.values
        if r.period == f"{first}-{last}" and r.measure == "offset_value" and r.amount is not None
    ]
    # "What did spares bring in over 1990-1999, in won?": the one type of the period's offset
    # value the question names, when it names one.
    typed = [r for r in types_named(question, data) if r.period == f"{first}-{last}"]
    if len(typed) == 1:
        rows = typed
    order: tuple[str, ...] = ("USD", "KRW")
    if len(targets) > 1:
        # "the 1990-1994 value in won, in dollars": the figure is in the currency named first,
        # converted into the one named last.
        order, targets = (targets[0],), [targets[-1]]
    for currency in order:
        code = next((t for t in targets if t != currency), None)
        if code is None or not any(r.currency == currency for r in rows):
            continue
        if any(r.currency == code for r in rows) and not _RATE.search(question):
            return None  # the sources give it in that currency: a figure to look up
        main, others = _main_figure(rows, currency)
        requests = [
            CalculatorInput(
                operation="convert",
                amount=_short(row),
                to_currency=code,
                rate=_rate(question, [_short(row)], code, data),
            )
            for row in (main, *others)
        ]
        return _each_figure(requests, _span(main.period), main, others)
    return None


def _share_delivered(question: str, data: OffsetData) -> Route | None:
    """ "Counting every part, what percentage of the tanker pledge got delivered?": what was delivered of
    every category with a rate, as a share of the whole pledge. One category's share delivered is
    the rate the sources state, no calculation."""
    if (
        amounts(question)
        or not _PERCENT_ASKED.search(question)
        or not _IMPLEMENTED.search(question)
    ):
        return None
    program = program_named(question, data)
    if program is None or name_table().find("categories", question):
        return None
    total = next(
        (r for r in data.programs if r.program == program and r.attribute == "commitment"
         and r.category == "total" and r.amount is not None),
        None,
    )  # fmt: skip
    if total is None:
        return None
    delivered = CalculatorInput(operation="implemented", program=program)
    try:
        result = calculate(delivered, data)
    except CalculationError:
        return None
    part = format_money(Decimal(result.result or 0), result.currency or "USD")
    return Route(
        [delivered, CalculatorInput(operation="share_of", part=part, whole=written(total))],
        lead=say("sourced_input", statement=total.statement()),
        cites=[total.id],
    )


# "what share of <the whole> was ...": the words naming the whole a share is asked of.
_SHARE_OF_WHAT = lazy(
    r"\b(?:share|percent(?:age)?|proportion|fraction|portion|part)\s+of\s+(?P<whole>[^?,.;]{1,60}?)"
    r"(?:\s+(?:was|were|is|are|did|does|do|went|came|made|consisted)\b|\s*[?,.;]|\s*$)",
    re.I,
)


def _share_of_sourced(question: str, data: OffsetData) -> Route | None:
    """ "What part of the tanker offset package, in percent, was SME exports?": one part of a
    program's commitment as a share of the whole commitment; "what share of the recommended
    items were bought?": the smaller of two counts the tables give of one thing as a share of the
    larger. Every input is a figure the tables give, cited."""
    if not _PERCENT_ASKED.search(question):
        return None
    if _IMPLEMENTED.search(question) or re.search(r"\brates?\b", question, re.I):
        return None  # the share delivered is a rate the sources state
    found = _share_of_sourced_rows(question, data)
    # A whole written with its figure ("the tanker deal's $662.6 million pledge") is the
    # tables' whole when that figure is theirs; a figure of its own is worked on elsewhere.
    if found is not None and not _restates(amounts(question), found.requests):
        return None
    return found


def _restates(stated: list[str], requests: list[CalculatorInput]) -> bool:
    """Whether every amount of ``stated`` is one of the figures ``requests`` work on."""
    inputs = [parse_amount(v) for r in requests for v in (r.part, r.whole) if v]
    for text in stated:
        try:
            amount = parse_amount(text)
        except CalculationError:
            return False
        if not any(
            same_figure((amount.currency or "", amount.value), (given.currency or "", given.value))
            for given in inputs
        ):
            return False
    return True


def _share_of_sourced_rows(question: str, data: OffsetData) -> Route | None:
    """The shares of ``_share_of_sourced``, whatever amounts the question states."""
    restated = {t.scaled() for t in _counts(question)}
    # The whole the share is of decides between a pledge's part and a count of things: "what
    # percentage of the whole pledge was the radar item" is of the pledge, whatever it calls
    # its part.
    whole = _SHARE_OF_WHAT.search(question)
    of_pledge = whole is not None and (
        bool(PLEDGED.search(whole.group("whole")))
        # "sum the parts, then each one's share of that sum": the whole is the sum just asked
        or bool(_SUM_NAMED_BACK.match(whole.group("whole")) and asks_to_add_up(question))
    )
    pairs = [] if of_pledge else counted_pairs(question, data)
    if restated:
        # A count the question restates ("of the 40 parts offered") must be one the tables
        # give of what it counts; a count of its own is worked on elsewhere.
        given = {row.amount for pair in pairs for row in pair}
        if not pairs or not restated <= given:
            return None
    if not pairs:
        found = commitment_part(question, data)
        if found is not None and found[1] is None and of_pledge:
            return _share_of_summed_pledge(found[0], question, data)
        if found is None or found[1] is None:
            return None
        pairs = [(found[0], found[1])]
    requests = [
        CalculatorInput(operation="share_of", part=written(part), whole=written(whole))
        for part, whole in pairs
    ]
    rows = list(dict.fromkeys(row for pair in pairs for row in pair))
    return Route(
        requests,
        lead=say("sourced_inputs", statements="; ".join(r.statement() for r in rows)),
        cites=[r.id for r in rows],
    )


# A whole named as the sum a question asked before: "that total", "the sum", "their combined
# value".
_SUM_NAMED_BACK = lazy(
    r"^(?:that|this|the|their|its|the resulting|the combined)\s+(?:combined\s+)?"
    r"(?:total|sum|combined (?:value|figure|amount)|aggregate)\b",
    re.I,
)


def _share_of_summed_pledge(part: ProgramFact, question: str, data: OffsetData) -> Route | None:
    """One item of a pledge the sources list item by item but give no total for, as a share
    of the whole pledge: the items added up, then the item over that sum, both worked out."""
    found = _breakdown(question, data)
    if found is None or found.whole is not None or part.amount is None:
        return None
    if part.id not in {row_id for _, _, row_id in found.parts}:
        return None
    parts = [format_money_short(amount, found.unit) for _, amount, _ in found.parts]
    total = sum((amount for _, amount, _ in found.parts), Decimal(0))
    listed = "; ".join(
        f"{name}, {shown}" for (name, _, _), shown in zip(found.parts, parts, strict=True)
    )
    return Route(
        [
            _evaluate(" + ".join(parts)),
            CalculatorInput(
                operation="share_of",
                part=written(part),
                whole=format_money_short(total, found.unit),
            ),
        ],
        lead=say("commitment_items", program=found.program, items=listed),
        cites=[row_id for _, _, row_id in found.parts],
    )


# Asking for a figure worked out from the tables' figures, not one a source states: "what does
# that imply for", "back out", "derive", "using the won figures".
_WORKED_FROM = words(
    r"impl(?:y|ies|ied)|deriv\w*|infer\w*|deduc\w*|work(?:ed|ing)? out|back(?:s|ed|ing)? out|"
    r"(?:re-?)?calculat\w*|(?:re-?)?comput\w*|using|based on|from (?:the|those|these) (?:\w+ )?(?:figures|numbers|amounts)|"
    # "going by the agency's won figures", "from its own numbers": the figures a source gives,
    # named as what the result is worked from.
    r"(?:going by|by|from|with|on|tak(?:e|ing)) (?:the |its |their )?(?:[\w’'-]+ ){0,4}?"
    r"(?:figures|numbers|amounts)|"
    # "Dividing the rebates by the purchases": the division named is the share worked out.
    r"divid(?:e|es|ed|ing)"
)
# What a period's amount measures, by the words that name it.
_IMPORTS_NAMED = words(r"imports?|imported|importing|purchases?|purchased|bought|buying")
_OFFSETS_NAMED = words(r"offsets?|countertrade|offset (?:value|trade)")


def _periods_named(question: str) -> list[str]:
    return list(dict.fromkeys(period for _, period in _period_matches(question)))


# A span whose last year is written by its last two digits: "2021-22", "2019–20".
_SHORT_PERIOD = lazy(r"\b(?:19|20)\d\d\s?[-–—]\s?\d\d(?![\d–-])")


def _period_matches(text: str) -> list[tuple[int, str]]:
    """Where each span of years of ``text`` starts, and the span ("2016-2020"), in order: written
    in full ("2016 to 2020") or with its last year shortened ("2021-22" is 2021-2022)."""
    found = [(m.start(), f"{m.group(1)}-{m.group(2)}") for m in _PERIOD.finditer(text)]
    for match in _SHORT_PERIOD.finditer(text):
        span = _span_of(match.group())
        if span is not None:
            found.append((match.start(), f"{span[0]}-{span[1]}"))
    return sorted(found)


def _period_figure(
    data: OffsetData, period: str, measure: str, currency: str
) -> tuple[OffsetValue, list[OffsetValue]] | None:
    rows = [
        r
        for r in data.values
        if r.period == period and r.measure == measure and r.currency == currency and r.amount
    ]
    return _main_figure(rows, currency) if rows else None


# A case supposed rather than told: "if Korea had applied …", "suppose a 20% rate …".
_SUPPOSED = words(r"if|had|would|were to|suppos\w*|imagine\w*|hypothetical\w*|instead")


def _share_supposed_of_period_figure(question: str, data: OffsetData) -> Route | None:
    """ "Suppose a 40% share were sought on the 2013-2019 imports: how much would it come to?":
    a share the question imagines, taken of the import figure sourced for the one period it
    names (of the category it names, if the sources break them down; from the seller it
    names, if it names one). The question states no amount; the figure is the sources', cited."""
    if amounts(question) or not _SUPPOSED.search(question) or not _IMPORTS_NAMED.search(question):
        return None
    shares, periods = _SHARE_WRITTEN.findall(question), _periods_named(question)
    if len(shares) != 1 or len(periods) != 1:
        return None
    rows = [
        r
        for r in data.values
        if r.period == periods[0] and r.measure.startswith("weapons_imports") and r.amount
    ]
    # A category the question names ("the FMS purchases") is that part; else the whole figure,
    # of the purchases from a seller when the question names one.
    named = [r for r in rows if r.category and _names_category(question, r.category)]
    # Any seller named: the tables give purchases from one seller only, and its name may be
    # written in a form they do not list ("the US").
    from_seller = _FROM_SELLER.search(question) is not None
    rows = named or [
        r
        for r in rows
        if not r.category and r.measure.startswith("weapons_imports_from_") == from_seller
    ]
    currencies = {r.currency for r in rows if r.currency}
    if not currencies:
        return None
    asked = _asked_currency(question)
    currency = "KRW" if "KRW" in currencies and (asked == "KRW" or len(currencies) == 1) else "USD"
    if currency not in currencies:
        return None
    main, others = _main_figure(rows, currency)
    share = " ".join(shares[0].split())
    requests = [_evaluate(f"{share} × {_short(row)}") for row in (main, *others)]
    return _each_figure(requests, _span(main.period), main, others)


def _implied_period(question: str, data: OffsetData) -> Route | None:
    """ "A 2001-2007 total and a 2006-2007 figure: what do they imply for 2001-2005?": the
    figure the tables give for a span, less the one they give for the rest of it. The asked
    period is the one the question names that no subtraction's inputs are. An amount the
    question states must be one of the tables' period figures ("how does that sit beside the
    report's USD 1.2 billion?"): a figure to set the result against, not an input."""
    if not _WORKED_FROM.search(question) or not _restates_period_figures(question, data):
        return None
    measure = (
        "weapons_imports"
        if _IMPORTS_NAMED.search(question) and not _OFFSETS_NAMED.search(question)
        else "offset_value"
    )
    currency = "KRW" if _IN_WON.search(question) else "USD"
    told = _spans_told_by_length_alone(question, data, measure, currency)
    # A period the question gives a figure for is an input, never the one asked: "USD 9 billion
    # for 2001-2007 and USD 3 billion for 2006-2007 - what does 2001-2005 come to?" takes those
    # two, not a figure the tables give for 2001-2005.
    given = set(_amounts_by_period(question))
    for whole, rest in _span_and_rest(question, told):
        if not given <= {whole, rest}:
            continue
        total = _period_figure(data, whole, measure, currency)
        other = _period_figure(data, rest, measure, currency)
        if total is None or other is None:
            continue
        (big, _), (small, _) = total, other
        left = _evaluate(f"{_short(big)} − {_short(small)}")
        found = Route(
            [left],
            lead=say("sourced_inputs", statements="; ".join(r.statement() for r in (big, small))),
            cites=[big.id, small.id],
            # The asked period is named by the question, not by the rows or the tool call:
            # the result is said of the years the rows leave, which they do name.
            labels=[_implied_label(big, small)],
        )
        _then_per_year(found, question, data, (big, small))
        _then_against_stated(found, question, data, (big, small))
        return found
    return None


def _then_against_stated(
    found: Route, question: str, data: OffsetData, rows: tuple[OffsetValue, OffsetValue]
) -> None:
    """A figure the question restates for the period backed out ("and against the report's
    USD 1.2 billion?"): the gap between the worked-out figure, the first result,
    and the stated one, a request of its own that takes that result as its operand."""
    big, small = rows
    asked = _backed_out_period(big, small)
    period = f"{asked[0]}-{asked[1]}"
    left = _money_result(found.requests[0], data)
    if left is None:
        return
    worked = parse_amount(left)
    for text in amounts(question):
        stated = parse_amount(text)
        restated = [
            r
            for r in data.values
            if r.period == period and r.currency == stated.currency and r.amount == stated.value
        ]
        if not restated:
            continue
        found.cites.append(restated[0].id)
        found.requests.append(_difference(left, text, worked.value, stated.value))
        found.labels.append(_against_stated_label(text, _span(period), left))
        return


def _against_stated_label(stated: str, period: str, worked: str) -> Label:
    return lambda result: say(
        "implied_against_stated", stated=stated, period=period, worked=worked, result=result
    )


def _restates_period_figures(question: str, data: OffsetData) -> bool:
    """Whether every amount ``question`` states is a figure the tables give for a period (none
    stated is none foreign)."""
    for text in amounts(question):
        try:
            stated = parse_amount(text)
        except CalculationError:
            return False
        if not any(
            r.amount is not None and r.currency == stated.currency and r.amount == stated.value
            for r in data.values
        ):
            return False
    return True


# A span named by its length alone: "a seven-year total", "the two-year figure".
_LENGTH_ALONE = lazy(rf"\b{_SPAN_LENGTH}\b", re.I)


def _spans_told_by_length_alone(
    question: str, data: OffsetData, measure: str, currency: str
) -> tuple[str, ...]:
    """The periods ``question`` names by their length alone ("the nine-year sum"): for each
    length, the one period of that length the tables give the measure for in the currency, when
    they give one only. A length told with its last year ("five years to 2011") or beside a
    named span ("the preceding four years") is read by its own rule."""
    taken = [m.span() for p in (_SPAN_ENDING, _SPAN_BESIDE) for m in p.finditer(question)]
    held = {
        r.period
        for r in data.values
        if r.measure == measure and r.currency == currency and not r.category and r.amount
    }
    found = []
    for match in _LENGTH_ALONE.finditer(question):
        if any(a <= match.start() < b for a, b in taken):
            continue
        years = _span_years(match.group(1))
        fitting = [p for p in held if _years_of(p) == years]
        if len(fitting) == 1:
            found.append(fitting[0])
    return tuple(dict.fromkeys(found))


# Words just before an average that refer back to the figure worked out: "its", "their", "that".
_REFERS_BACK = lazy(r"\b(?:its|their|that|this|the result's)\s+(?:[\w-]+\s+)?$", re.I)


def _per_year_worked_label(years: int, span: str, total: str) -> Label:
    return lambda result: say("per_year_worked", years=years, span=span, total=total, result=result)


def _bounds(period: str) -> tuple[int, int]:
    """The first and last years of a table's period ("2016-2022")."""
    first, last = (int(y) for y in period.split("-"))
    return first, last


def _years_of(period: str) -> int:
    first, last = _bounds(period)
    return last - first + 1


def _backed_out_period(big: OffsetValue, small: OffsetValue) -> tuple[int, int]:
    """The years of ``big``'s period that ``small``'s leaves out, at its start or its end."""
    whole, rest = _bounds(big.period), _bounds(small.period)
    return (whole[0], rest[0] - 1) if rest[0] > whole[0] else (rest[1] + 1, whole[1])


def _then_per_year(
    found: Route, question: str, data: OffsetData, rows: tuple[OffsetValue, OffsetValue]
) -> None:
    """A yearly average asked after a figure is backed out ("back out 2003-2006, then its yearly
    average"): the backed-out figure, the first result, spread over its own years, a request of
    its own that takes that result as its operand. The span or the rest named after the average
    ("against that of 2007-2008") has its own figure averaged too."""
    average = _PER_YEAR.search(question)
    if average is None or not _EVENLY.search(question):
        return
    big, small = rows
    asked = _backed_out_period(big, small)
    after = [p for start, p in _period_matches(question) if start >= average.start()]
    # "… and the mean per year over all nine years": a span named after the average by its
    # length alone is the one of the three (the whole, the rest, the one backed out) that long.
    backed_out = f"{asked[0]}-{asked[1]}"
    for match in _LENGTH_NAMED.finditer(question, average.start()):
        length = _span_years(match.group(1))
        after += [p for p in (big.period, small.period, backed_out) if _years_of(p) == length][:1]
    left = _money_result(found.requests[0], data)
    if left is None:
        return
    # The backed-out figure's average is asked when the average names no period after it ("and
    # the yearly average"), or refers back to it ("its yearly average"); else only the periods
    # it names are averaged.
    backed = f"{asked[0]}-{asked[1]}"
    if not after or _REFERS_BACK.search(question[: average.start()]):
        after = [backed, *after]
    for period in dict.fromkeys(after):
        years, span = _years_of(period), _span(period)
        if years < 2:
            continue
        if period == backed:
            found.requests.append(_evaluate(f"{left} / {years}"))
            found.labels.append(_per_year_worked_label(years, span, left))
        elif period in (big.period, small.period):
            row = big if period == big.period else small
            found.requests.append(_evaluate(f"{_short(row)} / {years}"))
            found.labels.append(_per_year_label(years, span, _short(row)))


# Where one statement of a figure ends: "USD 9 billion over 2001-2007, and USD 3 billion in
# 2006-2007", "…; of which …", a sentence's end.
_CLAUSE_END = lazy(r"[,;:]|(?<=[.?!])\s|\band\b|\bwhile\b|\bwhereas\b", re.I)


def _implied_period_of_stated(question: str, data: OffsetData) -> Route | None:
    """ "EUR 40 million in 2012-2013 and EUR 150 million across 2005-2013: what does that give
    for 2005-2011?": the amount the question states for a span, less the one it states for the
    rest of it. An amount is stated for the one period of its clause. What the two "leave" for
    the period is asked as what they imply for it."""
    if not (_WORKED_FROM.search(question) or _REST_ASKED.search(question)):
        return None
    stated = _amounts_by_period(question)
    if len(stated) != 2:
        return None
    for whole, rest in _span_and_rest(question):
        if whole in stated and rest in stated:
            return Route([_evaluate(f"{stated[whole]} − {stated[rest]}")])
    return None


def _amounts_by_period(question: str) -> dict[str, str]:
    """The amount ``question`` states for each period, one period and one amount to a clause
    ("EUR 40 million in 2012-2013 and EUR 150 million across 2005-2013")."""
    stated: dict[str, str] = {}
    for clause in _CLAUSE_END.split(question):
        periods = _periods_named(clause)
        money = roles(clause)
        if len(periods) == 1 and len(money) == 1:
            stated[periods[0]] = money[0].text
    return stated


# A span told by its length and its last year: "a six-year sum up to 2019", "the five
# years to 2011", "the 4-year period ending in 2019".
_SPAN_ENDING = lazy(
    rf"\b{_SPAN_LENGTH}\s+(?:[\w-]+\s+){{0,2}}?(?:through|to|until|till|up to|ending(?:\s+in)?)"
    r"\s+((?:19|20)\d\d)\b",
    re.I,
)


def _spans_told_by_length(question: str) -> list[str]:
    """The periods ``question`` names by their length and last year ("a seven-year total
    through 2022" is 2016-2022)."""
    found = []
    for match in _SPAN_ENDING.finditer(question):
        years, last = _span_years(match.group(1)), int(match.group(2))
        if years >= 2:
            found.append(f"{last - years + 1}-{last}")
    return found


# Verbs that take away what they name ("deduct the 2021-22 offsets"): an input, not the asked.
_SUBTRACTING = words(r"deduct\w*|subtract\w*")


def _leads_to(question: str, start: int) -> bool:
    """Whether a verb of working out leads to the period named at ``start`` ("derive 2001-2005"),
    one that takes the period away ("deduct 2006-2007") excepted."""
    led = _WORKED_FROM.search(question, max(0, start - 30), start)
    return led is not None and not _SUBTRACTING.fullmatch(led.group())


# A question word opening the clause that names the period asked: "what 2016-2020 value".
_ASKING_OPEN = lazy(r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}$", re.I)
# Where the clause a period is named in ends.
_CLAUSE_STOP = lazy(r"[,;:?.!]|\band\b", re.I)


def _asked_as_implied(question: str, start: int) -> bool:
    """Whether the period named at ``start`` is what a question clause asks worked out, its verb
    after it ("which 2001-2005 total does that imply", "what 1996-2000 sum is derived")."""
    if not _ASKING_OPEN.search(question[max(0, start - 40) : start]):
        return False
    stop = _CLAUSE_STOP.search(question, start + 9)
    clause = question[start : stop.start() if stop else len(question)]
    led = _WORKED_FROM.search(clause)
    return led is not None and not _SUBTRACTING.fullmatch(led.group())


def _span_and_rest(question: str, told: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The (span, rest of the span) pairs whose difference is a period the question asks for:
    the asking leads to it ("implies for 2001-2005", "derive the 2001-2005 figure"), or it is
    named last. A span told by its length and last year is named too, and so are the spans
    ``told`` otherwise (by their length alone, read against the tables)."""
    named = list(
        dict.fromkeys([*_periods_named(question), *_spans_told_by_length(question), *told])
    )
    spans = {p: tuple(int(y) for y in p.split("-")) for p in named}
    # The last year of a span told by its length names that span, not a year asked alone.
    alone = _SPAN_ENDING.sub(" ", question)
    if any(a <= year <= b for year in timed_years(alone) for a, b in spans.values()):
        # A year asked on its own inside a period ("for 2021 alone") is no period: what two
        # periods' figures leave is the figure of the years between, never of one of them.
        return []
    led = [
        period
        for start, period in _period_matches(question)
        if re.search(r"\bfor\s+(?:the\s+)?$", question[:start], re.I)
        or _leads_to(question, start)
        or _asked_as_implied(question, start)
    ]
    # "A total is given for 2001-2007 and a figure for 2006-2007. Derive 2001-2005.": a
    # sentence that only gives the figures names their periods ("for" them too); the period
    # the last sentence naming one asks about comes first.
    sentences = [t for t in _SENTENCE_END.split(question) if _period_matches(t)]
    if len(sentences) > 1:
        last_named = [period for _, period in _period_matches(sentences[-1])]
        led = [p for p in led if p in last_named] + list(reversed(last_named)) + led
    found = []
    for asked in dict.fromkeys([*led, *reversed(named)]):
        if asked not in spans:
            continue
        first, last = spans[asked]
        for whole in named:
            start, end = spans[whole]
            if whole == asked or start > first or end < last or (start, end) == (first, last):
                continue
            # The rest of the span: what lies before or after the asked period within it.
            if start == first and end > last:
                rest = f"{last + 1}-{end}"
            elif end == last and start < first:
                rest = f"{start}-{first - 1}"
            else:
                continue
            if rest != asked:
                found.append((whole, rest))
    return found


def _implied_label(whole: OffsetValue, rest: OffsetValue) -> Label:
    def label(result: str) -> str:
        return say(
            "implied_period",
            total=_short(whole),
            whole=_span(whole.period),
            rest=_short(rest),
            other=_span(rest.period),
            result=result,
        )

    return label


# "the exact ratio, please", "to the precise percent": a share the sources round ("roughly
# 7%") asked more finely than they state it, so it is worked out from their figures. "What
# exactly did the report say" asks the report's words.
_EXACT_ASKED = lazy(r"\bexact\b|(?<!\bwhat\s)\bexactly\b|\bprecise(?:ly)?\b", re.I)


def _share_of_period_figures(question: str, data: OffsetData) -> Route | None:
    """ "Taking the peso figures for 1994-1998, what share of the purchases were rebates?": the
    offsets the tables give for the period as a share of the imports they give for it, in the
    currency asked. Only when the question asks for the share worked out: the share a source
    states is read from the source."""
    ratio = _RATIO_ASKED.search(question)
    if (
        amounts(question)
        or not (_PERCENT_ASKED.search(question) or ratio)
        or not (_WORKED_FROM.search(question) or _EXACT_ASKED.search(question))
    ):
        return None
    if not (_IMPORTS_NAMED.search(question) and _OFFSETS_NAMED.search(question)):
        return None
    if ratio and not _PERCENT_ASKED.search(question) and _imports_first(question):
        return None  # imports over offsets: a multiple, not the share
    named = _periods_named(question)
    if len(named) != 1:
        return None
    currency = "KRW" if _IN_WON.search(question) else "USD"
    part = _period_figure(data, named[0], "offset_value", currency)
    whole = _period_figure(data, named[0], "weapons_imports", currency)
    if part is None or whole is None:
        return None
    (offsets, _), (imports, _) = part, whole
    return Route(
        [CalculatorInput(operation="share_of", part=_short(offsets), whole=_short(imports))],
        lead=say("sourced_inputs", statements="; ".join(r.statement() for r in (offsets, imports))),
        cites=[offsets.id, imports.id],
    )


# The two terms of a ratio, in order: "the import-to-offset ratio", "the ratio of offsets to
# imports".
_RATIO_TERMS = lazy(
    r"\b(?P<a>[\w]+)-to-(?P<b>[\w]+)\s+ratio\b"
    r"|\bratio\s+(?:of|between)\s+(?P<c>(?:[\w-]+\s+){0,3}?)(?:to|and|vs\.?|versus)\s+(?P<d>[\w-]+)",
    re.I,
)


def _imports_first(question: str) -> bool:
    """Whether a ratio asked names the imports as its first term (imports over offsets)."""
    terms = _RATIO_TERMS.search(question)
    if terms is None:
        return False
    first = terms.group("a") or terms.group("c") or ""
    return bool(_IMPORTS_NAMED.search(first)) and not _OFFSETS_NAMED.search(first)


# "not FMS", "non-FMS", "other than", "excluding": what is left of a whole once a part is out.
# A verb of the buying may stand between, with the way it was bought after it ("not bought
# through FMS", "not procured under FMS", "not signed as FMS deals").
_NOT_PART = (
    r"\b(?:not|non|other than|excluding|except|apart from|besides|outside(?: of)?|leaving out|"
    r"left out|without|minus|net of)\b[-\s]*(?:(?:go|goes|went|gone|come|came|pass(?:ed)?)\s+|"
    r"(?:\w+(?:ed|ght)|made|done|run)\s+(?=(?:via|through|under|by|as)\s))?"
    r"(?:(?:via|through|under|by|as)\s+)?(?:the\s+)?"
)
# A part named before the words that take it out of its whole: "once the lease deals are taken
# out", "with the spares subtracted".
_TAKEN_OUT = (
    r"\w*\s+(?:[\w-]+\s+){0,5}?(?:(?:is|are|was|were|be|been|get|gets|got)\s+)?"
    r"(?:taken out|taken away|removed|subtracted|deducted|excluded|left out|set aside|put aside|"
    r"stripped out|netted out)\b"
)
# Words of a category's name that name no category by themselves.
_GENERIC = words(r"contracts?|deals?|purchases?|and|or|of|to|the|for|develop|systems?")


def _rest_of_sourced_whole(question: str, data: OffsetData) -> Route | None:
    """ "Over the period, what were arms purchases from the US once FMS deals are left out, and
    what part were FMS?": a whole the value tables give for the period the question names, less
    the one part of it the question names, and that part's fraction of the whole unless the
    tables give it."""
    periods = period_mentions(question)
    if len(periods) != 1:
        return None
    (first, last), _ = periods[0]
    rows = [r for r in data.values if r.period == f"{first}-{last}" and r.amount is not None]
    stated = roles(question)
    for measure in dict.fromkeys(r.measure for r in rows):
        # A measure broken down ("offset_value_by_type") has its parts of the whole the
        # measure itself gives ("offset_value"), when the tables give that whole for the period.
        of_whole = (measure, _BROKEN_DOWN.sub("", measure))
        wholes = [r for r in rows if r.measure in of_whole and not r.category]
        parts = [r for r in rows if r.measure == measure and r.category]
        named = [r for r in parts if _names_category(question, r.category)]
        if len(wholes) != 1 or len(named) != 1:
            continue
        whole, part = wholes[0], named[0]
        if any(not _same_amount(a.text, whole) for a in stated):
            return None  # the question's own whole is another figure
        rest = re.search(_NOT_PART + _category_pattern(part.category), question, re.I)
        rest = rest or re.search(_category_pattern(part.category) + _TAKEN_OUT, question, re.I)
        asked = _PERCENT_ASKED.search(question)
        if rest is None:
            rest = _rest_named_apart(question, asked)
        share_asked = asked is not None
        # The share asked is the rest's when its own words name the rest ("what share was not
        # FMS") or nothing ("what share is that"), and the part's when they name the part.
        # The share's clause ends where its sentence does, or where another ask is joined to it
        # ("the ferry share, and state what the other vessels paid": that is not the share's).
        clause = _share_clause(question, asked)
        category = re.search(_category_pattern(part.category), clause, re.I)
        of_rest = bool(rest) and (
            category is None
            or re.search(_NOT_PART + _category_pattern(part.category), clause, re.I)
        )
        # A share the sources state beside the part (a row's percent beside its amount) is read
        # from them, not worked out again, unless the question asks it worked out from the two
        # amounts; the rest's share they do not state.
        share = share_asked and (of_rest or part.percent is None or _share_worked_out(question))
        if not (rest or share):
            return None
        requests: list[CalculatorInput] = []
        labels: list[Label | None] = []
        total, piece = _short(whole), _short(part)
        left = _evaluate(f"{total} − {piece}")
        # The rest is asked as an amount when no share is asked, when an amount is asked outright,
        # or when the rest is named outside the share's clause (an ask of its own).
        rest_apart = (
            asked is not None
            and rest is not None
            and not (asked.start() <= rest.start() < asked.start() + len(clause))
        )
        if rest and (not share_asked or _HOW_MUCH.search(question) or rest_apart):
            requests.append(left)
            labels.append(_rest_label(piece, total))
        if share and of_rest:
            # "What share was not FMS?": the rest's share of the whole.
            remainder = _money_result(left, data)
            if remainder is None:
                return None
            requests.append(CalculatorInput(operation="share_of", part=remainder, whole=total))
            labels.append(None)
        elif share:
            requests.append(CalculatorInput(operation="share_of", part=piece, whole=total))
            labels.append(None)
        return Route(
            requests,
            lead=say("sourced_inputs", statements="; ".join(r.statement() for r in (whole, part))),
            cites=[whole.id, part.id],
            labels=labels,
        )
    return None


# The rest of a whole named without its part's name: "the rest", "the remainder", "what is
# left", or the other ways it went ("through other channels", "by other routes").
_REST_NAMED = words(
    r"the rest|the remainder|the balance|what(?:['’]s| is| was) left|left over|"
    r"other (?:[\w-]+ )?(?:channels?|routes?|means|ways?|avenues?|paths?)"
)


def _rest_named_apart(question: str, asked: re.Match[str] | None) -> re.Match[str] | None:
    """The rest of a whole asked in words that do not name the part ("how much went through
    other channels"), outside the clause of the share asked: a share's own clause ("the share
    of the rest") is read by the share."""
    clause_end = asked.start() + len(_share_clause(question, asked)) if asked else 0
    for found in _REST_NAMED.finditer(question):
        if asked is None or not asked.start() <= found.start() < clause_end:
            return found
    return None


def _share_clause(question: str, asked: re.Match[str] | None) -> str:
    """The clause of the share asked: up to its sentence's end, or to another ask joined to it
    ("the FMS share, and state …", "the FMS share and what went elsewhere")."""
    if asked is None:
        return ""
    clause = _ASK_END.split(question[asked.start() :], maxsplit=1)[0]
    return _NEXT_ASK.split(clause, maxsplit=1)[0]


# Another ask joined by "and" without a comma: "the share and how much went elsewhere".
_NEXT_ASK = lazy(r"\s+and\s+(?=(?:how|what|which)\b)", re.I)


# Where one ask's clause ends: its sentence's end, or a comma joining the next ask to it.
_ASK_END = lazy(r"[.;!?]\s|,\s+(?:and|then|plus)\s")


def _share_worked_out(question: str) -> bool:
    """Whether ``question`` asks a share the sources state worked out again from the amounts
    they give ("compute it from the two won amounts", "the exact share")."""
    return bool(_WORKED_FROM.search(question) or _EXACT_ASKED.search(question))


def _money_result(request: CalculatorInput, data: OffsetData) -> str | None:
    """The amount ``request`` works out, written so another request can take it ("what share
    of the whole is the rest"); None when it works out no amount."""
    try:
        result = calculate(request, data)
    except CalculationError:
        return None
    if result.result is None or result.currency is None:
        return None
    return format_money(Decimal(result.result), result.currency)


def _rest_label(part: str, whole: str) -> Label:
    return lambda result: say("rest_of_whole", part=part, whole=whole, result=result)


# The suffix of a measure that breaks another down by category: "offset_value_by_type".
_BROKEN_DOWN = lazy(r"_by_[a-z]+$")


def _category_pattern(category: str) -> str:
    """The words that name a category ("FMS" of "FMS contracts"), as a regex alternation; a
    lower-case word in the singular or the plural ("technology" of "technologies")."""
    names = [w for w in re.findall(r"[\w-]+", category) if not _GENERIC.fullmatch(w)]
    return "(?:" + "|".join(_either_number(w) for w in names) + ")" if names else "(?!)"


def _either_number(word: str) -> str:
    """``word`` as a regex that also matches it in the other number ("parts", "part")."""
    if not word.islower() or len(word) < 4:
        return rf"\b{re.escape(word)}\b"
    stem = re.sub(r"(?:ies|y)$", "", word)
    if stem != word:
        return rf"\b{re.escape(stem)}(?:y|ies)\b"
    return rf"\b{re.escape(word.removesuffix('s'))}s?\b"


def _names_category(question: str, category: str) -> bool:
    return re.search(_category_pattern(category), question, re.I) is not None


def _same_figure_as(text: str, row: ProgramFact) -> bool:
    """Whether ``text`` is the amount a program row gives (as written, or rounded as it is)."""
    try:
        amount = parse_amount(text)
    except CalculationError:
        return False
    return row.amount is not None and same_figure(
        (amount.currency or "", amount.value), (row.unit, row.amount)
    )


def _same_amount(text: str, row: OffsetValue) -> bool:
    try:
        amount = parse_amount(text)
    except CalculationError:
        return False
    return amount.currency == row.currency and amount.value == row.amount


# An exchange rate named as such: "the exchange rate", "won per dollar", "the won-dollar rate".
_EXCHANGE_RATE = words(
    r"exchange rates?|rates? of exchange|won[- ](?:per|to the|to a|for a|for each|for one)[- ]"
    r"(?:US )?dollar|won[-/]dollar|dollar[-/]won|KRW ?(?:/|per) ?USD|USD ?/ ?KRW"
)
# A rate asked for, not given: implied, worked out, or simply asked ("which rate is that?").
_RATE_ASKED = words(
    r"impl(?:y|ies|ied)|works? out|correspond\w*|suggest\w*|equat\w*|assum\w*|"
    r"(?:what|which) (?:[\w/-]+ ){0,3}?rates?\b|how many won"
)


def _rate_of_sources(question: str, data: OffsetData, context: str = "") -> Route | None:
    """ "Which won-dollar rate sits behind the USTR's won figure?": the KRW per USD that an amount the
    sources give in both currencies implies, from the rate table. The source named (by the
    question, else by what it follows up) gives its rate; else every source's, and when they
    differ the answer says so."""
    if _RATE.search(question) or not _RATE_ASKED.search(question):
        return None
    if not all(_rate_rows_figure(a, data) for a in amounts(question)):
        return None  # an amount of the question's own is converted, not a rate asked of it
    if RATE_USED_BY.search(question):
        return None  # the rate a source chose is a fact of the sources (``_convert``)
    # "Which rate follows from that?" asks an exchange rate when what it follows up was about money
    # in two currencies; alone, "rate" may be any rate (a delivery rate is a fact of the sources).
    if not (_EXCHANGE_RATE.search(question) or context and _EXCHANGE_RATE.search(context)):
        if not (context and re.search(r"\brate\b", question, re.I) and _targets(context)):
            return None
    rows = []
    for text in (question, context):
        rows = [
            r
            for r in data.rates
            if any(re.search(rf"\b{re.escape(name)}\b", text, re.I) for name in r.names)
        ]
        if rows:
            break
    if not rows and not context and _BACK_REFERENCE.search(question):
        return None  # "which rate follows from that?" is read with what it refers to
    rows = rows or list(data.rates)
    by_rate: dict[Decimal, list[Any]] = {}
    for row in rows:
        by_rate.setdefault(row.krw_per_usd, []).append(row)
    requests: list[CalculatorInput] = []
    labels: list[Label | None] = []
    for group in by_rate.values():
        row = group[0]
        usd, krw = format_money_short(row.usd, "USD"), format_money_short(row.krw, "KRW")
        requests.append(_evaluate(f"{row.krw.normalize():f} / {row.usd.normalize():f}"))
        labels.append(_rate_label(usd, krw))
    lead = say("rates_of_sources") if len(by_rate) == 1 else say("rates_of_sources_differ")
    return Route(
        requests,
        lead=lead,
        cites=[r.id for group in by_rate.values() for r in group],
        disputed=len(by_rate) > 1,
        labels=labels,
    )


def _asks_rate_of_sources(question: str, money: list[str], data: OffsetData) -> bool:
    """Whether ``question`` asks the exchange rate behind an amount the sources give in both
    currencies ("which won-dollar rate sits behind the report's won figure for its $10 million
    line?"), naming only such amounts: a rate asked, not a conversion."""
    return bool(
        _EXCHANGE_RATE.search(question)
        and _RATE_ASKED.search(question)
        and all(_rate_rows_figure(a, data) for a in money)
    )


def _rate_rows_figure(text: str, data: OffsetData) -> bool:
    """Whether the amount ``text`` is one the sources themselves give in both currencies ("the
    USTR's $10 million trigger"): naming it names the pair whose rate is asked."""
    try:
        amount = parse_amount(text)
    except CalculationError:
        return False
    return any(
        (amount.currency, amount.value) in (("USD", row.usd), ("KRW", row.krw))
        for row in data.rates
    )


def _rate_label(usd: str, krw: str) -> Label:
    return lambda result: say("rate_of_pair", usd=usd, krw=krw, result=result)


# Asking how two counts compare: "how many more", "how many fewer", "the difference", "how many
# times as many".
_COUNTS_DIFFER = lazy(
    r"\bhow many (?:more|fewer|less)\b|\bdifference\b|\bgap\b|"
    rf"{MULTIPLE_WORDS}|"
    r"\b(?:more|fewer)\b[^?.!]{0,40}\bthan\b",
    re.I,
)


# Asking for counts added: "add the page counts", "the combined total", "how many in all".
_COUNTS_ADDED = words(r"add|adding|sum(?:med|ming)?|combined|together|altogether|in all|total")
# Where a share of the sum names its part: "Korea's share", "the share for Korea".
_SHARE_WORD = lazy(r"\b(?:share|percent(?:age)?|proportion|fraction|portion)\b", re.I)


def _counts_named(question: str, data: OffsetData) -> Iterator[list[UstrFact]]:
    """For each thing the USTR rows count that the question names ("pages", "cases"), the rows
    of it whose economy or year the question names, in the question's order."""
    for unit in dict.fromkeys(r.unit for r in data.ustr if r.number is not None and r.unit):
        if not re.search(rf"\b{re.escape(unit.rstrip('s'))}s?\b", question, re.I):
            continue
        rows = [r for r in data.ustr if r.unit == unit and r.number is not None]
        named = sorted(
            (match.start(), row)
            for row in rows
            for match in [_label_of(row).search(question)]
            if match is not None
        )
        yield list(dict.fromkeys(row for _, row in named))


# The counts added asked: "altogether", "all told", "summed up".
_COUNTS_IN_ALL = words(
    r"in all|altogether|all told|in total|combined|together|sum|add(?:ed|s)? up|total"
)


# The noun a count counts, right after it: "12 trucks", "48 pages" (not "12 and", "9 in 2021").
_COUNTED = lazy(
    r"\s+(?!(?:and|or|but|in|on|at|of|for|from|to|by|with|each|per|apiece|more|fewer|less|"
    r"this|that|last|then|now|were|was|is|are|the|a|an)\b)([A-Za-z][\w-]*)",
    re.I,
)


def _stated_counts_added(question: str, data: OffsetData) -> Route | None:
    """ "Depots hold 12, 15 and 9 trucks: the fleet altogether?", "... and per depot on average?": the
    counts the question states (no money, no share), added, or added and divided by how many
    there are when their mean is asked. A share, a change or a multiple asked is another
    calculation."""
    if amounts(question) or _SHARE_WORDS.search(question) or _TIMES_ASKED.search(question):
        return None
    if _PERCENT_WORD.search(question) or _CHANGE.search(question):
        return None
    counts = _counts(question)
    mean = bool(_AVERAGE.search(question))
    if len(counts) < 2 or not (mean or _COUNTS_IN_ALL.search(question)):
        return None
    # Counts of one thing only: "12, 15 and 9 trucks"; "80 parts from 20 firms" counts two.
    nouns = {
        n.group(1).lower().rstrip("s") for t in counts if (n := _COUNTED.match(question[t.end :]))
    }
    if len(nouns) > 1:
        return None
    total = " + ".join(f"{t.scaled().normalize():f}" for t in counts)
    if mean:
        return Route([_evaluate(f"({total}) / {len(counts)}")])
    return Route([_evaluate(total)])


def _count_sum(question: str, data: OffsetData) -> Route | None:
    """ "Sum the pages the report gave China, Japan and Korea; what part of that went to Korea?":
    the counts the USTR rows give of one thing for the economies named, added; and the share of
    the sum of the one economy the share's own words name, when a share is asked."""
    mean = bool(_AVERAGE.search(question))
    if amounts(question) or _counts(question) or not (_COUNTS_ADDED.search(question) or mean):
        return None
    for picked in _counts_named(question, data):
        if len(picked) < 2:
            continue
        numbers = [f"{r.number.normalize():f}" for r in picked if r.number is not None]
        total = " + ".join(numbers)
        # "Trucks per depot on average": the sum over how many were named.
        requests = [_evaluate(f"({total}) / {len(numbers)}" if mean else total)]
        share = _SHARE_WORD.search(question)
        if share is not None:
            # The part is the one economy the share's own words name: after it, up to the end
            # of its sentence ("the share that went to Korea"), else as its owner ("Korea's share").
            after = _SENTENCE_END.split(question[share.end() :], maxsplit=1)[0]
            owner = re.search(r"([\w-]+)['’]s\s+(?:[\w-]+\s+)?$", question[: share.start()])
            parts = [r for r in picked if _label_of(r).search(after)] or [
                r for r in picked if owner is not None and _label_of(r).search(owner.group(1))
            ]
            if len(parts) > 1:
                # The whole listed in the share's own words ("of the pages on A, B and C
                # combined went to C"): the part is the one named again after the list's sum,
                # else the one named before the share ("R's chapters made up what fraction of ...").
                before = question[: share.start()]
                parts = _named_after_sum(after, parts) or [
                    r for r in parts if _label_of(r).search(before)
                ]
            if len(parts) != 1:
                return None
            sum_figure = _results(Route([requests[0]]), data)
            if sum_figure is None:
                return None
            part = parts[0]
            requests.append(
                CalculatorInput(
                    operation="share_of",
                    part=f"{part.number.normalize():f}" if part.number is not None else "",
                    whole=sum_figure[0],
                )
            )
        return Route(
            requests,
            lead=say("sourced_inputs", statements="; ".join(r.statement() for r in picked)),
            cites=[r.id for r in picked],
        )
    return None


def _named_after_sum(clause: str, rows: list[UstrFact]) -> list[UstrFact]:
    """The rows among ``rows`` that ``clause`` names after the last word adding them up
    ("combined", "in all"), where a share's clause lists its whole before its part."""
    summed = list(_COUNTS_ADDED.finditer(clause))
    if not summed:
        return []
    rest = clause[summed[-1].end() :]
    return [r for r in rows if _label_of(r).search(rest)]


def _count_difference(question: str, data: OffsetData) -> Route | None:
    """ "How many more pages did the report give China than Japan?": two counts the USTR rows
    give of one thing (pages by economy, cases by year), the larger less the smaller (or over it,
    when "how many times" is asked), both cited."""
    if amounts(question) or _counts(question) or not _COUNTS_DIFFER.search(question):
        return None
    for picked in _counts_named(question, data):
        if len(picked) != 2:
            continue
        large, small = sorted(picked, key=lambda r: -(r.number or 0))
        big, little = (f"{r.number.normalize():f}" for r in (large, small) if r.number is not None)
        sign = "/" if _TIMES_ASKED.search(question) else "−"
        return _over_two_counts(_evaluate(f"{big} {sign} {little}"), large, small)
    return None


def _over_two_counts(calculation: CalculatorInput, first: UstrFact, second: UstrFact) -> Route:
    """A calculation over two counts of one thing the USTR rows give, each stated as the row
    writes it ("7 pages") and cited. ``_counts_named`` picks rows of one unit, so each row's own
    unit is the pair's."""

    def stated(row: UstrFact) -> str:
        assert row.number is not None
        return f"{row.qualifier} {row.number.normalize():f} {row.unit}".strip()

    return Route(
        [calculation],
        lead=say("count_inputs", first=stated(first), second=stated(second)),
        cites=[first.id, second.id],
    )


# A share asked with what it is of named after it: "what percentage of the port's", "as a share
# of the second".
_SHARE_WHOLE_NEXT = lazy(
    r"\b(?:percent(?:age)?|per cent|share|proportion|fraction|portion)\s+(?:\w+\s+)?of\b", re.I
)


def _count_share(question: str, data: OffsetData) -> Route | None:
    """ "The harbour's pages come to what percent of the airport's?": one count the USTR rows give
    of one thing (pages by economy, cases by year) as a share of another, the whole being the one
    named after "percentage of", both cited."""
    if amounts(question) or _counts(question) or _GAP_ASKED.search(question):
        return None
    asked = _SHARE_WHOLE_NEXT.search(question)
    if asked is None or not _PERCENT_ASKED.search(question):
        return None
    for picked in _counts_named(question, data):
        if len(picked) != 2:
            continue
        after = sorted(
            (m.start(), i)
            for i, r in enumerate(picked)
            for m in [_label_of(r).search(question, asked.end())]
            if m is not None
        )
        if not after:
            continue
        whole = picked[after[0][1]]  # the one named right after "percentage of"
        part = next(r for r in picked if r is not whole)
        if part.number is None or whole.number is None or not whole.number:
            continue
        first, second = (f"{r.number.normalize():f}" for r in (part, whole) if r.number is not None)
        return _over_two_counts(
            CalculatorInput(operation="share_of", part=first, whole=second), part, whole
        )
    return None


# Asking how far apart two figures are: "how much bigger", "the gap", "by how much ... exceed".
_GAP_ASKED = lazy(
    r"\bhow much (?:less|more|lower|higher|smaller|bigger|larger|greater)\b|\bdifference\b|"
    rf"\bgap\b|\bexceed\w*\b|\boutweigh\w*\b|{MULTIPLE_WORDS}",
    re.I,
)


def _programs_difference(question: str, data: OffsetData) -> Route | None:
    """ "How far did the frigate program's offset pledge exceed the radar program's?": two
    programs' whole pledges, the larger less the smaller (over it, when "how many times" is
    asked). A program's whole pledge is the total its rows give, else the sum of its items."""
    if amounts(question) or not _GAP_ASKED.search(question):
        return None
    if not (_OFFSET_WORDS.search(question) or PLEDGED.search(question)):
        return None
    programs = name_table().find("programs", question)
    if len(programs) != 2 or name_table().find("categories", question):
        return None
    pledges = []
    for program in programs:
        rows = [r for r in data.programs if r.program == program and r.attribute == "commitment"]
        rows = [r for r in rows if r.amount is not None and r.unit]
        total = [r for r in rows if r.category == "total"]
        pledges.append(total or rows)
    if not all(pledges) or len({r.unit for rows in pledges for r in rows}) != 1:
        return None
    large, small = sorted(pledges, key=lambda rows: -sum(r.amount or Decimal(0) for r in rows))

    def whole(rows: list[ProgramFact]) -> str:
        summed = " + ".join(written(r) for r in rows)
        return f"({summed})" if len(rows) > 1 else summed

    sign = "/" if _TIMES_ASKED.search(question) else "−"
    return Route(
        [_evaluate(f"{whole(large)} {sign} {whole(small)}")],
        lead=say("sourced_inputs", statements="; ".join(r.statement() for r in large + small)),
        cites=[r.id for r in large + small],
    )


def _named_by_its_words(question: str, category: str) -> bool:
    """Whether ``question`` names a category by two of its own words, or by its one ("parts
    manufacturing", "equipment acquisition"): one shared word ("exports", "weapons") names none."""
    names = [w for w in re.findall(r"[\w-]+", category) if not _GENERIC.fullmatch(w)]
    found = [w for w in names if re.search(_either_number(w), question, re.I)]
    return len(found) >= min(2, len(names)) and bool(found)


def _types_difference(question: str, data: OffsetData) -> Route | None:
    """ "Over 1990-2010, how much more did training bring in than spares?": two categories of
    one period's offset value as the sources break it down, the larger less the smaller (over
    it, when "how many times" is asked), both cited."""
    if amounts(question) or not _GAP_ASKED.search(question):
        return None
    typed = [
        r
        for r in data.values
        if r.measure == "offset_value_by_type"
        and r.amount is not None
        and r.currency
        and _named_by_its_words(question, r.category)
    ]
    if len(typed) != 2 or typed[0].period != typed[1].period:
        return None
    if typed[0].currency != typed[1].currency:
        return None
    large, small = sorted(typed, key=lambda r: -(r.amount or Decimal(0)))
    big, little = (f"{r.currency} {r.amount.normalize():f}" for r in (large, small) if r.amount)
    sign = "/" if _TIMES_ASKED.search(question) else "−"
    return Route(
        [_evaluate(f"{big} {sign} {little}")],
        lead=say("sourced_inputs", statements="; ".join(r.statement() for r in (large, small))),
        cites=[large.id, small.id],
    )


def _commitments_difference(question: str, data: OffsetData) -> Route | None:
    """ "How far above the training pledge was the radar one?": two items of one program's
    pledge, the larger less the smaller (over it, when "how many times" is asked), both cited."""
    if amounts(question) or not _GAP_ASKED.search(question):
        return None
    named = named_commitments(question, data)
    if len(named) != 2 or named[0].unit != named[1].unit:
        return None
    large, small = sorted(named, key=lambda r: -(r.amount or Decimal(0)))
    sign = "/" if _TIMES_ASKED.search(question) else "−"
    return Route(
        [_evaluate(f"{written(large)} {sign} {written(small)}")],
        lead=say("sourced_inputs", statements="; ".join(r.statement() for r in (large, small))),
        cites=[large.id, small.id],
    )


# A share asked with what it is of named after it, a few words on at most: "what percentage of the
# shipyard's pledge", "which proportion of the sonar item".
_SHARE_OF_NEXT = lazy(
    r"\b(?:share|percent(?:age)?|per cent|proportion|fraction|portion)\b[^?.;]{0,20}?\bof\b", re.I
)
_IN_PERCENT = lazy(r"\bpercent\w*|\bper cent\b|%", re.I)
_THAN = lazy(r"\bthan\b", re.I)
# Two figures asked added: the words of a sum, or "between them".
_BOTH_ADDED = words(r"between them|(?:the )?two (?:of them )?together|both together")


def _across_programs(question: str, data: OffsetData) -> Route | None:
    """ "How much more was the frigate maker's radar pledge than the shipyard's whole package?":
    one figure of each of two programs the tables give (an offset category pledged, a whole
    pledge, a contract's value; ``program_pairs``), combined as asked: the first's share of the
    other (the whole is the one named after "percentage of"), the larger as a percentage above
    the smaller, the larger as a multiple of the smaller, the gap between them, or their sum.
    Both inputs are cited. A question stating amounts of its own, or asking what was delivered,
    is worked on elsewhere."""
    if (
        amounts(question)
        or _IMPLEMENTED.search(question)
        or re.search(r"\brates?\b", question, re.I)
    ):
        return None
    found = two_program_figures(question, data)
    if found is None:
        return None
    requests: list[CalculatorInput] = []

    def value(figure: ProgramFigure, alone: bool) -> str:
        if len(figure.rows) == 1:
            return written(figure.rows[0])
        summed = " + ".join(written(r) for r in figure.rows)
        if alone:
            return f"({summed})"
        requests.append(_evaluate(summed))
        return format_money_short(figure.amount, figure.unit)

    large, small = sorted(found, key=lambda f: -f.amount)
    share = _SHARE_OF_NEXT.search(question)
    gap = _GAP_ASKED.search(question) and not MULTIPLE_ASKED.search(question)
    if share is not None:
        whole = figure_after(share.end(), question, found)
        if whole is None:
            return None
        part = found[1] if whole is found[0] else found[0]
        whole_text = value(whole, False)
        requests.append(
            CalculatorInput(operation="share_of", part=value(part, False), whole=whole_text)
        )
    elif gap and _IN_PERCENT.search(question):
        than = _THAN.search(question)
        old = (figure_after(than.end(), question, found) if than else None) or small
        new = found[1] if old is found[0] else found[0]
        old_text = value(old, False)
        requests.append(
            CalculatorInput(operation="percent_change", old=old_text, new=value(new, False))
        )
    elif asks_ratio(question) and not MULTIPLE_ASKED.search(question):
        # A ratio keeps the order the figures are named in ("the ratio of A to B" is A / B).
        first, second = sorted(found, key=lambda f: f.start)
        requests.append(_evaluate(f"{value(first, True)} / {value(second, True)}"))
    elif MULTIPLE_ASKED.search(question):
        requests.append(_evaluate(f"{value(large, True)} / {value(small, True)}"))
    elif gap:
        requests.append(_evaluate(f"{value(large, True)} − {value(small, True)}"))
    elif _ADDED_ASKED.search(question) or _BOTH_ADDED.search(question):
        requests.append(_evaluate(f"{value(found[0], True)} + {value(found[1], True)}"))
    else:
        return None
    rows = [r for f in found for r in f.rows]
    return Route(
        requests,
        lead=say("sourced_inputs", statements="; ".join(r.statement() for r in rows)),
        cites=[r.id for r in rows],
    )


# A figure taken away from another: "net of", "after subtracting", "what is left of".
_TAKEN_AWAY = words(
    r"net of|subtract\w*|deduct\w*|take away|taking away|taken away|minus|left of|what is left|"
    r"what remains|remain\w*|(?:after|once) (?:removing|taking out|setting aside)"
)
# A share whose whole is named after these words: "measured against the total", "as a share of".
_MEASURED_AGAINST = words(r"measured against|relative to|set against")
_SHARE_NAMED = words(r"share|percent\w*|per cent|proportion|fraction|portion")
_OF_OPENING = lazy(r"^\s*(?:out\s+)?of\b", re.I)
# A share asked beside the figure itself ("the value and share of each", "their shares and
# amounts"): each named figure's own share, which the sources state, not one over another.
_SHARE_BESIDE_FIGURE = lazy(
    r"\b(?:(?:dollar |won )?(?:values?|amounts?|figures?|sums?)\s+and\s+(?:(?:its|their|the)\s+)?"
    r"(?:shares?|percent\w*|proportions?)|(?:shares?|percent\w*|proportions?)\s+and\s+"
    r"(?:(?:its|their|the)\s+)?(?:dollar |won )?(?:values?|amounts?|figures?|sums?))\b",
    re.I,
)
_WORD = lazy(r"[\w'’-]+")


def _across_values(question: str, data: OffsetData) -> Route | None:
    """ "Adding the 1990-1994 offsets to the 1995-1999 ones, how much came in?": two figures
    of the value tables (two periods' offset values, or two types of one period's; ``value_pairs``)
    combined as asked: the first's share of the second (the whole is the figure named after
    "percentage of"; two types named before a period's total are added first), the larger less the
    smaller (a gap, or one taken from the other), the larger over the smaller, or their sum. A
    change from one period to another is read elsewhere; where the sources give a period other
    figures too, each is worked out as well."""
    if (
        _IMPLEMENTED.search(question)
        or _RATE.search(question)
        or re.search(r"\bimport", question, re.I)
    ):
        return None
    if _SHARE_BESIDE_FIGURE.search(question):
        return None
    currency = "KRW" if _IN_WON.search(question) else "USD"
    share = _SHARE_OF_NEXT.search(question) or _MEASURED_AGAINST.search(question)
    if share is None and _SHARE_NAMED.search(question):
        # "Of the 1990-1999 total, what share came in 1998 and 1999?": the whole opens it.
        share = _OF_OPENING.match(question)
    found = named_values(
        question, data, currency, amounts(question), share.end() if share else None
    )
    left_for = period_left_asked(question)
    if found and left_for is not None and share is None:
        # "so how much is left over for 1991-1995?": that period's figure is asked, no input.
        found = [f for f in found if f.period != left_for]
        if len(found) == 1:
            return _left_of_joined(left_for, found[0], data, currency)
    if not found or len(found) < 2:
        return None
    percent = _IN_PERCENT.search(question)

    def worked(figures: list[NamedValue], rows: list[OffsetValue]) -> list[CalculatorInput]:
        a, b = (_short(r) for r in rows[:2])
        large, small = sorted(rows[:2], key=lambda r: -(r.amount or Decimal(0)))
        if share is not None:
            whole = next((i for i, f in enumerate(figures) if f.at >= share.end()), None)
            # The whole is named right after "percentage of" ("of the 1990-1999 total"), not a
            # whole in words of its own before the figures ("what share of all value came from
            # A, versus B?", each a share the sources state).
            if whole is None or len(_WORD.findall(question[share.end() : figures[whole].at])) > 4:
                return []
            parts = [_short(r) for i, r in enumerate(rows) if i != whole]
            typed = [r for i, r in enumerate(rows) if i != whole]
            shares = [r.percent for r in typed]
            stated = rows[whole].measure == "offset_value" and all(
                r.measure == "offset_value_by_type" and r.percent for r in typed
            )
            if stated and not (_ADDED_ASKED.search(question) or _BOTH_ADDED.search(question)):
                return []  # each type's share of its period's total is one the sources state
            if len(parts) == 1:
                return [
                    CalculatorInput(operation="share_of", part=parts[0], whole=_short(rows[whole]))
                ]
            if stated:
                # Types whose shares of the period's total the sources state: those shares added.
                return [
                    _evaluate(" + ".join(f"{share.normalize():f}%" for share in shares if share))
                ]
            total = sum(
                (r.amount or Decimal(0) for i, r in enumerate(rows) if i != whole), Decimal(0)
            )
            return [
                _evaluate(" + ".join(parts)),
                CalculatorInput(
                    operation="share_of",
                    part=format_money_short(total, currency),
                    whole=_short(rows[whole]),
                ),
            ]
        if len(rows) != 2:
            return []
        if asks_ratio(question) and not MULTIPLE_ASKED.search(question):
            # A ratio keeps the order the figures are named in ("the ratio of A to B" is A / B).
            first, second = (rows[i] for i in sorted(range(2), key=lambda i: figures[i].at))
            return [_evaluate(f"{_short(first)} / {_short(second)}")]
        if MULTIPLE_ASKED.search(question):
            return [_evaluate(f"{_short(large)} / {_short(small)}")]
        if _TAKEN_AWAY.search(question) or (_GAP_ASKED.search(question) and not percent):
            return [_evaluate(f"{_short(large)} − {_short(small)}")]
        if _ADDED_ASKED.search(question) or _BOTH_ADDED.search(question):
            return [_evaluate(f"{a} + {b}")]
        return []

    main = [f.row for f in found]
    requests = worked(found, main)
    if not requests:
        return None
    lead = say("sourced_inputs", statements="; ".join(r.statement() for r in main))
    cites = [r.id for r in main]
    for i, figure in enumerate(found):
        for other in figure.others:
            rows = [other if j == i else r for j, r in enumerate(main)]
            requests += worked(found, rows)
            lead += " " + say("also_worked_out", period=_span(other.period), figure=_short(other))
            cites.append(other.id)
    disputed = any(f.others for f in found)
    return Route(requests, lead=lead, cites=cites, disputed=disputed)


def _left_of_joined(
    left_for: str, other: NamedValue, data: OffsetData, currency: str
) -> Route | None:
    """What is left for ``left_for``: the tables' figure for the period joining it to the
    ``other`` period named, less the other's figure (``periods_left``); None when the periods do
    not adjoin or the tables hold no figure for the two together."""
    both = joined(left_for, other.period)
    if both is None or other.others:
        return None
    whole = next(
        (
            r
            for r in data.values
            if r.period == both
            and r.measure == other.row.measure
            and r.category == other.row.category
            and r.currency == currency
            and r.amount is not None
        ),
        None,
    )
    if whole is None:
        return None
    lead = say("sourced_inputs", statements=f"{whole.statement()}; {other.row.statement()}")
    return Route(
        [_evaluate(f"{_short(whole)} − {_short(other.row)}")],
        lead=lead,
        cites=[whole.id, other.row.id],
    )


# The noun phrase after "share of": up to a comma, a clause's verb or question word, or the end.
_WHOLE_PHRASE = lazy(
    r"[^,;?]*?(?=\s*(?:[,;?]|$|\b(?:how|what|which|was|were|is|are|did|do|does|went|came|made|"
    r"compare\w*)\b))",
    re.I,
)


def _across_tables(question: str, data: OffsetData) -> Route | None:
    """ "What multiple of the shipyard's package were the seller's offset deals of 2031?": two
    money figures of different tables, one named on each side of a pivot word
    (``figures_across_tables``), combined as asked: the first's share of the second (the whole is
    the one named after "percentage of"), their ratio in the order named, the larger as a
    multiple of the smaller, the larger less the smaller, or their sum. Both rows are cited. A
    question stating amounts or a rate of its own, or asking what was delivered, is worked on
    elsewhere."""
    if amounts(question) or _RATE.search(question) or _IMPLEMENTED.search(question):
        return None
    found = figures_either_side(question, data)
    if found is None:
        return None
    first, second = found
    large, small = sorted(found, key=lambda f: -f.amount)
    share = _SHARE_OF_NEXT.search(question)
    percent = _IN_PERCENT.search(question)
    if share is not None:
        # The whole is the noun phrase "share of" opens; one naming neither figure ("as a share
        # of the trade behind them") is a whole in words of its own, not the other figure.
        phrase = _WHOLE_PHRASE.match(question, share.end())
        if phrase is None or figure_named(phrase.group(0), data) is None:
            return None
        between = question[share.end() : second.side]
        whole = (
            second if share.start() >= second.side or len(_WORD.findall(between)) <= 2 else first
        )
        part = first if whole is second else second
        request = CalculatorInput(operation="share_of", part=part.text, whole=whole.text)
    elif asks_ratio(question) and not MULTIPLE_ASKED.search(question):
        request = _evaluate(f"{first.text} / {second.text}")
    elif MULTIPLE_ASKED.search(question):
        request = _evaluate(f"{large.text} / {small.text}")
    elif percent:
        return None
    elif _GAP_ASKED.search(question) or _TAKEN_AWAY.search(question):
        request = _evaluate(f"{large.text} − {small.text}")
    elif _ADDED_ASKED.search(question) or _BOTH_ADDED.search(question):
        request = _evaluate(f"{first.text} + {second.text}")
    else:
        return None
    return Route(
        [request],
        lead=say("sourced_inputs", statements="; ".join(f.statement for f in found)),
        cites=[f.id for f in found],
    )


# The part of a counted group that was not chosen: "not bought", "went unpurchased", "missed
# out", "left out", besides the words of a figure taken from another.
_NOT_CHOSEN = words(
    r"(?:not|never|n't)\s+(?:\w+\s+)?(?:buy|bought|purchas\w*|chos\w*|select\w*|taken|picked)|"
    r"un(?:purchased|bought|sold|chosen|selected)|missed out|left out|passed over"
)


_HOW_MANY = lazy(r"\bhow\s+many\b", re.I)
# What "how many" counts, negated: "how many … did not", "… sold it nothing", "… bought none".
_COUNT_NEGATED = lazy(
    r"\bhow\s+many\b[^?.;]*\b(?:not|never|nothing|none)\b|\bhow\s+many\b[^?.;]*n['’]t\b", re.I
)


def _rest_of_counted_pair(question: str, data: OffsetData) -> Route | None:
    """ "How many of the parts put forward did the shipyard not buy?": of the one pair of counts
    the tables give of one thing of a program (the items recommended and the items bought;
    ``counted_pairs``), the larger less the smaller, when the question asks for what was not
    chosen or what is left, or negates what "how many" counts ("how many of them sold it
    nothing"). A question stating a count of its own is worked on elsewhere, unless the count it
    states is the pair's whole ("of the 40 put forward, how many …": the whole restated)."""
    if amounts(question):
        return None
    negated = _NOT_CHOSEN.search(question) or _COUNT_NEGATED.search(question)
    if not (negated or _TAKEN_AWAY.search(question)):
        return None
    pairs = pair_counted(question, counted_pairs(question, data))
    stated = {t.number for t in _counts(question)}
    if stated and not _HOW_MANY.search(question):
        # "Which of the 73 firms were passed over?" restates the whole to ask who, not how many.
        return None
    if len(pairs) > 1 and stated:
        # "Of the 73 firms put forward, how many …": the pair whose whole the question restates.
        pairs = [p for p in pairs if {p[1].amount} == stated]
    if len(pairs) != 1:
        return None
    small, large = pairs[0]
    if stated and stated != {large.amount}:
        return None
    return Route(
        [_evaluate(f"{written(large)} − {written(small)}")],
        lead=say("sourced_inputs", statements="; ".join(r.statement() for r in (large, small))),
        cites=[large.id, small.id],
    )


def _label_of(row: Any) -> re.Pattern[str]:
    """What names a USTR row among its kind: its economy, else its year."""
    if row.economy and row.topic != "cases":
        pattern = name_table().patterns.get("countries", {}).get(row.economy)
        if pattern is not None:
            return pattern
        return whole_word(row.economy)
    return re.compile(rf"\b{row.year}\b" if row.year else r"(?!)")
