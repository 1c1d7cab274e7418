"""Which questions are arithmetic, and the calculator requests that answer them.

"If Korea signs a competitive contract worth $12 million, does it trigger an offset?" becomes an
``offset_obligation`` request; "What is 50% of $12 million?" an ``evaluate``; "By what percentage
did offsets fall from 2011–2015 to 2016–2020?" a ``percent_change`` over the figures in the data.
Questions with no arithmetic in them get no route and go to retrieval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering.frame import (
    COMPETITIVE,
    FMS,
    INDEFINITE_CONTRACT,
    NON_COMPETITIVE,
    Frame,
    asserted_kinds,
    contract_kinds,
    frame_of,
)
from assistant.answering.row_answers import same_figure
from assistant.calculator.arithmetic import parse_amount, tokenize
from assistant.calculator.operations import CalculatorInput
from assistant.errors import CalculationError
from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import OffsetData, OffsetValue
from assistant.quantities import CURRENCIES, SCALE, currency_words, format_money_short, lex
from assistant.wording import say

_SCIENTIFIC = re.compile(r"(?<![\w.])(?:\d[\d,]*(?:\.\d+)?|\.\d+)[eE][-+]?\d+\b")
_OFFSET_WORDS = re.compile(r"\b(offsets?|trigger\w*|obligat\w*|industrial cooperation)\b", re.I)
_CONTRACT_WORDS = re.compile(
    r"\b(contracts?|deals?|purchas\w*|buy\w*|bought|imports?|procur\w*|acqui\w*|signs?|signed|"
    r"worth|valued)\b",
    re.I,
)
# Asking for several obligations added up.
_TOTAL = re.compile(r"\b(total|combined|altogether|in all|together|sum|overall|aggregate)\b", re.I)
_CONTRACT_NOUNS = re.compile(r"\b(contracts?|deals?|purchases?)\b", re.I)
_YEAR = re.compile(rf"(?<![\d,.$])\b(19\d\d|20\d\d)\b(?!\s?(?:{SCALE})\b)")
_KRW = currency_words("KRW")
_USD = currency_words("USD")
_RATE = re.compile(
    rf"(?:\b(?:at|rate of|exchange rate of|is at|using|take|taking)\s+(?:a rate of\s+)?"
    rf"(?P<rate>\d[\d,]*(?:\.\d+)?)(?:\s*(?:{_KRW}))?"
    rf"(?:\s*(?:per|/|to the|to a|to one|a|for (?:one|each|a))\s*(?:US\s?)?(?:{_USD}))?)"
    rf"|(?:\b(?P<bare>\d[\d,]*(?:\.\d+)?)\s*(?:{_KRW})\s*(?:per|/|to the|to a|to one|for (?:one|each|a))"
    rf"\s*(?:US\s?)?(?:{_USD}))",
    re.I,
)
_CONVERT = re.compile(
    rf"\b(?:convert\w*|in|into|to|how many)\s+(?:US\s)?(?P<target>{currency_words('KRW', 'USD', 'EUR', symbols=False)})\b",
    re.I,
)
_CHANGE = re.compile(
    r"\b(percent\w*|%|chang\w*|fall|fell|fallen|drop\w*|declin\w*|decreas\w*|increas\w*|rise|rose|"
    r"risen|grow\w*|grew|shr[iau]nk\w*|plummet\w*|plung\w*)",
    re.I,
)
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s?(?:-|–|—|to|through)\s?((?:19|20)\d\d)\b")
_IMPLEMENTED = re.compile(
    r"\b(implement\w*|deliver\w*|fulfil\w*|actually (?:provided|carried out|done)|realized|"
    r"realised|carried out)\b",
    re.I,
)
_HOW_MUCH = re.compile(r"\b(how much|what (?:amount|value|sum)|worth|in dollars|dollar)\b", re.I)
_COMPARE = re.compile(r"\b(compar\w*|vs\.?|versus|difference|differ\w*|more|less|than)\b", re.I)
_LEAD = re.compile(
    r"^\s*(?:what(?:'s| is| are)|calculate|compute|work out|how much is|evaluate)\s+", re.I
)


@dataclass
class Route:
    """The calculator requests that answer a question, and the data rows their inputs came from."""

    requests: list[CalculatorInput]
    lead: str = ""  # said before the results: where the inputs came from, what was assumed
    cites: list[str] = field(default_factory=list)  # data rows the lead relies on
    disputed: bool = False  # the sources give other figures for an input; each is worked out
    total: bool = False  # the question asks for the obligations added up


def amounts(question: str) -> list[str]:
    """The amounts of money written in ``question``, as written ("$12 million", "20 billion won").

    An exchange rate ("at 1,320 KRW per USD") is not an amount."""
    rates = [m.span() for m in _RATE.finditer(question)]
    # An exponent ("$5e7") is part of the amount as written, so the calculator sees it and
    # refuses it plainly, instead of the amount being read as "$5".
    return [
        token.text
        for token in lex(question)
        if token.currency and not any(a <= token.start < b for a, b in rates)
    ]


def route(question: str, data: OffsetData) -> Route | None:
    """The calculation a question asks for, or None when it asks for none.

    A question that checks a reported fact ("Is it correct that X made up N% of Y?")
    is a question for the sources, whatever figures it restates."""
    written = [m for m in amounts(question) if _SCIENTIFIC.search(m)]
    if written:
        # "$5e7": never read as USD 5. The calculator refuses it, saying how to write it instead.
        return Route([CalculatorInput(operation="evaluate", expression=written[0])])
    if _reports_a_fact(question, frame_of(question)):
        return None
    for finder in (
        _obligation,
        _share_of,
        _implied_rate,
        _compare,
        _implemented,
        _change_of_periods,
        _change,
        _convert,
        _rule_of_year,
    ):
        found = finder(question, data)
        if found is not None:
            return found
    return _expression(question)


def _rate(question: str, money: list[str], target: str = "") -> str | None:
    """The rate the question states; else the sources' implied rate when KRW is involved (the
    answer then says which rate it used); else none."""
    match = _RATE.search(question)
    if match:
        return match.group("rate") or match.group("bare")
    if target == "KRW" or any(t.currency == "KRW" for m in money for t in lex(m)):
        return "implied"
    return None


def _year(question: str, money: list[str]) -> int | None:
    text = question
    for m in money:
        text = text.replace(m, " ")
    text = _PERIOD.sub(" ", text)
    rate = _RATE.search(text)
    if rate:
        text = text.replace(rate.group(), " ")
    years = _YEAR.findall(text)
    return int(years[0]) if years else None


def _obligation(question: str, data: OffsetData) -> Route | None:
    money = amounts(question)
    if not money or not _OFFSET_WORDS.search(question) or not _CONTRACT_WORDS.search(question):
        return None
    if _PERIOD.search(question) and not _CONTRACT_NOUNS.search(question):
        return None  # "offsets from 2016 to 2020 worth 1 trillion won": a past figure, no contract
    if _countries(question, data)[1:]:
        return None  # two countries: a comparison
    frame = frame_of(question)  # route() has already turned away restated facts
    if not (INDEFINITE_CONTRACT.search(question) or frame.hypothetical or frame.contract_type):
        return None  # a threshold or a reported total: a figure, no contract to work out
    rate = _rate(question, money)
    year = _year(question, money)
    several = _several_contracts(question, money)
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
        ]
        return Route(requests, total=bool(_TOTAL.search(question)))
    named, _ = asserted_kinds(question)
    if named:
        # "$15 million apiece, one sole-source and one not": the amount under every type named.
        kinds = list(named)
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
        for kind in kinds
    ]
    lead = ""
    if FMS in frame.excluded_types and not named:
        lead = say("both_types_not_fms")
    elif not named:
        lead = say("both_types")
    return Route(requests, lead=lead, total=bool(named[1:]) and bool(_TOTAL.search(question)))


def _several_contracts(question: str, money: list[str]) -> list[tuple[str, str]]:
    """ "a $7 million competitive deal and a $22 million sole-source one": each amount
    with the contract type written in its own clause. Empty unless every amount has one."""
    if len(money) < 2:
        return []
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
            return []
        pairs.append((amount, kind))
    return pairs


def _reports_a_fact(question: str, frame: Frame) -> bool:
    """ "Is it true that N deals worth $X were signed?" checks a reported fact:
    no single contract is posed, nothing is supposed."""
    return frame.restated and not frame.hypothetical and not INDEFINITE_CONTRACT.search(question)


# "What share of USD 10 billion is USD 700 million?", "USD 700 million as a percentage of ..."
_SHARE_WORDS = re.compile(r"\b(share|percent\w*|proportion|fraction|portion)\b|%", re.I)
# Asking for a share outright ("what share", "what percentage"), and words of a change over
# time, which make two amounts a rise or a fall instead.
_SHARE_ASKED = re.compile(
    r"\b(?:what|which|how (?:big|large|much) (?:a|of a))\s+(?:\w+\s+)?"
    r"(?:share|percent(?:age)?|proportion|fraction|portion)\b",
    re.I,
)
_MOVED = re.compile(
    r"\b(chang\w*|fall|fell|fallen|drop\w*|declin\w*|decreas\w*|increas\w*|rise|rose|risen|"
    r"grow\w*|grew|shr[iau]nk\w*|plummet\w*|plung\w*|from .{1,40} to)\b",
    re.I,
)
_IMPLIED_RATE = re.compile(r"\b(exchange rate|rate|won per dollar|per (US )?dollar)\b", re.I)
_IMPLY = re.compile(r"\b(impl\w*|works? out|correspond\w*|suggest\w*|equat\w*)\b", re.I)


def _share_of(question: str, data: OffsetData) -> Route | None:
    """One stated amount as a percentage of another: the whole is the amount after "of"."""
    money = amounts(question)
    if len(money) != 2 or not _SHARE_WORDS.search(question):
        return None
    first = question.find(money[0])
    between = question[first + len(money[0]) : question.find(money[1], first + len(money[0]))]
    before = question[:first]
    if re.search(r"\bof\s*$", before, re.I):
        whole, part = money  # "what share of <whole> is <part>"
    elif re.search(r"\bof\s*(the\s+)?$", between, re.I):
        part, whole = money  # "<part> as a share of <whole>"
    elif _SHARE_ASKED.search(question) and not _MOVED.search(question):
        # "A one year, B the next: what share is that?": the amounts
        # are named, not placed; a share is of the larger amount, and the answer says so.
        try:
            parsed = [parse_amount(m) for m in money]
        except CalculationError:
            return None
        if parsed[0].currency != parsed[1].currency:
            return None
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


def _implied_rate(question: str, data: OffsetData) -> Route | None:
    """The exchange rate two stated amounts imply: "If KRW 1 trillion is USD 800 million, what
    rate does that imply?" """
    money = amounts(question)
    if len(money) != 2 or not _IMPLIED_RATE.search(question) or not _IMPLY.search(question):
        return None
    try:
        first, second = parse_amount(money[0]), parse_amount(money[1])
    except CalculationError:
        return None
    by_currency = {first.currency: first, second.currency: second}
    if set(by_currency) != {"KRW", "USD"}:
        return None
    won, dollars = by_currency["KRW"], by_currency["USD"]
    return Route(
        [
            CalculatorInput(
                operation="evaluate",
                expression=f"{won.value.normalize():f} / {dollars.value.normalize():f}",
            )
        ],
        lead=f"KRW per USD implied by {money[0]} and {money[1]}, the amounts the question states:",
    )


def _countries(question: str, data: OffsetData) -> list[str]:
    """The countries with a known minimum share that the question names, in its order."""
    patterns = name_table().patterns.get("countries", {})
    found = []
    known = {r.country for r in data.countries if r.attribute == "min_share"}
    for name in known | {domain().home_country}:
        pattern = patterns.get(name) or re.compile(rf"\b{re.escape(name)}\b", re.I)
        match = pattern.search(question)
        if match:
            found.append((match.start(), name))
    return [name for _, name in sorted(found)]


def _compare(question: str, data: OffsetData) -> Route | None:
    money = amounts(question)
    countries = _countries(question, data)
    if not money or len(countries) < 2 or not _COMPARE.search(question):
        return None
    if not _OFFSET_WORDS.search(question):
        return None
    kind = NON_COMPETITIVE if frame_of(question).contract_type == NON_COMPETITIVE else COMPETITIVE
    return Route(
        [
            CalculatorInput(
                operation="compare_policies",
                amount=money[0],
                countries=countries[:2],
                contract_type=kind,
            )
        ]
    )


def _implemented(question: str, data: OffsetData) -> Route | None:
    if not _IMPLEMENTED.search(question) or not _HOW_MUCH.search(question):
        return None
    if re.search(r"\brates?\b|\bpercent", question, re.I):
        return None  # asks for the rate itself: a fact, not arithmetic
    table = name_table()
    program = table.first("programs", question)
    if program is None:
        return None
    category = table.first("categories", question)
    return Route([CalculatorInput(operation="implemented", program=program, category=category)])


def _change(question: str, data: OffsetData) -> Route | None:
    match = re.search(
        r"\bfrom\s+(?P<old>.+?)\s+to\s+(?P<new>.+?)(?:[?.,;:]|\s+(?:in|between|over|during|for)\b|$)",
        question,
        re.I,
    )
    if not match or not _CHANGE.search(question):
        return None
    # "from 12 in 2019 to 9 in 2021": the years say when, the figures what changed.
    old, new = (_WHEN.sub("", match.group(g)).strip() for g in ("old", "new"))
    try:
        parse_amount(old)
        parse_amount(new)
    except CalculationError:
        return None  # not two amounts: "from 2016 to 2020" is a period, not a change
    return Route([CalculatorInput(operation="percent_change", old=old, new=new)])


_WHEN = re.compile(r"\s+(?:in|during|by)\s+(?:19|20)\d\d\s*$", re.I)


def _main_figure(rows: list[OffsetValue]) -> tuple[OffsetValue, list[OffsetValue]]:
    """The USD figure most sources give for a period, and one row for each other USD figure."""
    groups: list[list[OffsetValue]] = []
    for row in (r for r in rows if r.currency == "USD" and r.amount is not None):
        figure = ("USD", row.amount)
        for group in groups:
            if same_figure(("USD", group[0].amount), figure):  # type: ignore[arg-type]
                group.append(row)
                break
        else:
            groups.append([row])
    groups.sort(key=lambda group: -len(group))
    return groups[0][0], [group[0] for group in groups[1:]]


def _change_of_periods(question: str, data: OffsetData) -> Route | None:
    periods = [f"{a}-{b}" for a, b in _PERIOD.findall(question)]
    if len(periods) != 2 or not _CHANGE.search(question) or not _OFFSET_WORDS.search(question):
        return None
    if re.search(r"\bimport", question, re.I):
        return None
    rows = {
        p: [r for r in data.values if r.period == p and r.measure == "offset_value"]
        for p in periods
    }
    if not all(any(r.currency == "USD" for r in rows[p]) for p in periods):
        return None
    old_period, new_period = sorted(periods)
    old, old_others = _main_figure(rows[old_period])
    new, new_others = _main_figure(rows[new_period])
    lead = (
        f"Inputs: {_span(old_period)} {_short(old)} and {_span(new_period)} {_short(new)}, the "
        "figures most sources give."
    )
    requests = [_change_request(old, new)]
    for other in old_others + new_others:
        lead += " " + say("also_worked_out", period=_span(other.period), figure=_short(other))
        pair = (other, new) if other.period == old_period else (old, other)
        requests.append(_change_request(*pair))
    cites = [old.id, new.id] + [r.id for r in old_others + new_others]
    return Route(requests, lead=lead, cites=cites, disputed=bool(old_others + new_others))


def _short(row: OffsetValue) -> str:
    assert row.amount is not None and row.currency is not None
    return format_money_short(row.amount, row.currency)


def _change_request(old: OffsetValue, new: OffsetValue) -> CalculatorInput:
    return CalculatorInput(
        operation="percent_change", old=f"USD {old.amount:f}", new=f"USD {new.amount:f}"
    )


def _span(period: str) -> str:
    return period.replace("-", "–")


def _convert(question: str, data: OffsetData) -> Route | None:
    money = amounts(question)
    match = _CONVERT.search(question)
    if not money or not match:
        return None
    code = CURRENCIES[match.group("target").lower()]
    source = parse_amount(money[0]).currency
    if source == code:
        return None
    return Route(
        [
            CalculatorInput(
                operation="convert",
                amount=money[0],
                to_currency=code,
                rate=_rate(question, money, code),
            )
        ]
    )


_THRESHOLD = re.compile(r"\bthreshold\b", re.I)
_RULE_WORDS = re.compile(r"\b(threshold|rule|required share|share|percent\w*|requirement)\b", re.I)


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
    years = _YEAR.findall(question)
    if len(years) != 1:
        return None
    if any(e.year == int(years[0]) for e in data.policy):
        return None  # a year the policy rows describe: answered from the rows, in their words
    return Route([CalculatorInput(operation="offset_rule", year=int(years[0]))])


def _expression(question: str) -> Route | None:
    """A question that is nothing but arithmetic ("What is 30% of $25 million?"). One that the
    calculator can read but not compute ("$5 million / 0") is routed too, so its error is shown."""
    text = _LEAD.sub("", question).strip().rstrip("?").strip()
    if not re.search(r"\d", text) or not re.search(r"[-+*/×÷%^]|\bof\b|\btimes\b", text):
        return None
    try:
        tokenize(text.replace("**", "*").replace("^", "*"))
    except CalculationError:
        if _SCIENTIFIC.search(text):
            # "5e7 * 2": arithmetic the calculator refuses; its reason is the answer.
            return Route([CalculatorInput(operation="evaluate", expression=text)])
        return None  # words the calculator does not know: a question for the sources
    return Route([CalculatorInput(operation="evaluate", expression=text)])
