"""Does a contract trigger an offset obligation under Korea's rules, and how large is it?

The rule in force in a year comes from ``knowledge/data/offset_rules.yaml``; every result names the
rule it applied and the policy rows (with their quotes) that state it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.calculator.arithmetic import (
    Quantity,
    Rate,
    compact,
    convert,
    display,
    exact,
    multiply,
    with_short,
)
from assistant.errors import CalculationError
from assistant.knowledge.domain import domain
from assistant.knowledge.rows import ContractType, OffsetData, OffsetRule
from assistant.wording import say

# No single defense contract in the sources comes near this (the largest, the F-35A buy, is about
# KRW 7.77 trillion); anything bigger is a typo, not a contract.
MAX_CONTRACT_USD = Decimal(10) ** 12

_TYPES = {
    "competitive": "competitive",
    "competitive-bidding": "competitive",
    "non-competitive": "non-competitive",
    "noncompetitive": "non-competitive",
    "fms": "fms",
    "foreign-military-sale": "fms",
    "foreign-military-sales": "fms",
}


def contract_type(text: str) -> ContractType:
    """``"Non competitive"`` → ``"non-competitive"``; raises on anything unknown."""
    key = re.sub(r"[\s_]+", "-", str(text).strip().lower())
    if key not in _TYPES:
        raise CalculationError(
            f"unknown contract type {text!r}: use competitive, non-competitive or fms"
        )
    return _TYPES[key]  # type: ignore[return-value]


def default_as_of() -> dt.date:
    """The date the sources speak as of (``TRADEBRIEF_AS_OF``, else the newest source's date)."""
    from assistant.settings import Settings

    return Settings.from_env().as_of_date


def check_year(year: int, as_of: dt.date | None = None) -> int:
    """``year`` if a rule of the sources can apply to it. ``as_of`` (default ``default_as_of()``)
    is the date the sources speak as of; the wall clock is never read, so answers do not change
    with the day they are asked."""
    known = (as_of or default_as_of()).year
    if isinstance(year, bool) or not isinstance(year, int):
        raise CalculationError(f"the year must be a whole number, not {year!r}")
    first = domain().first_year
    if year < first:
        raise CalculationError(say("program_began", first_year=first, year=year))
    if year > known:
        raise CalculationError(say("year_in_future", year=year, known=known))
    return year


@dataclass(frozen=True)
class Obligation:
    """The offset a contract calls for, with the working and the rule's provenance."""

    contract: Quantity
    contract_usd: Quantity
    contract_type: ContractType
    year: int | None
    rule: OffsetRule
    triggers: bool | None  # None: not decided by a fixed rule (FMS) or not stated
    share_percent: Decimal | None
    required: Quantity | None  # in USD
    required_local: Quantity | None  # in the contract's own currency, when it is not USD
    rate: Rate | None
    working: tuple[str, ...]
    notes: tuple[str, ...]
    cites: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        contract = display(self.contract)
        if self.contract_type == "fms":
            if self.rule.fms == "case-by-case" and "fms" in self.rule.ambiguous:
                return say("fms_ambiguous", contract=contract, year=self.year)
            if self.rule.fms == "case-by-case":
                return say("fms_case_by_case", contract=contract)
            return say("fms_unstated", contract=contract, year=self.year)
        threshold_usd = Quantity(self.rule.threshold_usd, "USD")
        threshold = display(threshold_usd)
        rule = say("rule_span", span=self.rule.span)
        if self.year is not None:
            # The year asked, beside the rule it falls under: a contract set in a year of a
            # longer span is answered for that year, and the answer says so.
            rule = say("rule_span_year", span=self.rule.span, year=self.year)
        if compact(threshold_usd) != threshold:
            # A reader looks for the threshold in the words its rule states it in as well.
            rule = f"{compact(threshold_usd)}, {rule}"
        if not self.triggers:
            if self.contract.currency == "USD" and compact(self.contract) != contract:
                # "$9.8 million" as the question wrote it, beside its digits.
                contract = f"{contract} ({compact(self.contract)})"
            return say(
                "below_threshold",
                kind=self.contract_type,
                contract=contract,
                threshold=threshold,
                rule=rule,
            )
        assert self.required is not None
        size = display(self.required)
        if self.required_local is not None:
            size = say("local_and_usd", local=display(self.required_local), usd=size)
        text = say(
            "meets_threshold",
            kind=self.contract_type,
            contract=contract,
            threshold=threshold,
            rule=rule,
            share=self.share_percent,
            size=size,
        )
        if self.contract_type in self.rule.ambiguous:
            text += " " + say("share_open")
        return text


def _rate_for(amount: Quantity, rate: Rate | None) -> Rate:
    if rate is None:
        raise CalculationError(
            f"a {amount.currency} contract value needs a conversion rate ({amount.currency} per "
            "USD): give one (e.g. --rate 1470) or 'implied' for the rate the sources imply"
        )
    if {rate.base, rate.quote} != {"USD", amount.currency}:
        raise CalculationError(
            f"the rate {rate.display()} does not convert {amount.currency} to USD"
        )
    return rate


def offset_obligation(
    data: OffsetData,
    amount: Quantity,
    kind: str,
    year: int | None = None,
    rate: Rate | None = None,
    as_of: dt.date | None = None,
) -> Obligation:
    """Apply the offset rule of ``year`` (default: the rule in force as of the sources) to one
    contract."""
    ctype = contract_type(kind)
    if amount.currency is None or amount.percent:
        raise CalculationError(
            f"give the contract value as an amount of money, e.g. '$12 million', not {display(amount)}"
        )
    if amount.value <= 0:
        raise CalculationError(f"a contract value must be positive, not {display(amount)}")
    working: list[str] = []
    used_rate = None
    usd = amount
    if amount.currency != "USD":
        used_rate = _rate_for(amount, rate)
        usd = convert(amount, "USD", used_rate)
        # "1,470 KRW/USD" divides a won amount; "1.1 USD/EUR" multiplies a euro amount.
        step = "×" if used_rate.base == amount.currency else "÷"
        working.append(f"{display(amount)} {step} {used_rate.display()} = {with_short(usd)}")
    if usd.value > MAX_CONTRACT_USD:
        raise CalculationError(
            f"{display(usd)} is not a plausible contract value (the limit is USD 1 trillion)"
        )
    if year is not None:
        check_year(year, as_of)
    rule = data.rule_for(year) if year is not None else data.current_rule
    notes: list[str] = []
    if year is None:
        today = as_of or default_as_of()
        notes.append(say("no_year_given", as_of=f"{today:%B %Y}", span=rule.span))
    elif rule is not data.current_rule and rule.note:
        notes.append(rule.note)
    if year is not None and ctype in rule.ambiguous:
        notes.insert(0, " ".join(rule.ambiguous[ctype].split()))
    policy = {event.id: event for event in data.policy}
    relevant = [c for c in rule.cites if {"all", ctype} & set(policy[c].applies_to) and c in policy]

    if ctype == "fms":
        if rule.fms == "case-by-case":
            working.append(say("working_fms"))
        else:
            working.append(say("working_fms_no_rule", year=year))
        fms_cites = tuple(c for c in rule.cites if "fms" in policy[c].applies_to)
        return Obligation(
            amount, usd, ctype, year, rule, None, None, None, None, used_rate,
            tuple(working), tuple(notes), fms_cites,
        )  # fmt: skip

    threshold = Quantity(rule.threshold_usd, "USD")
    triggers = usd.value >= rule.threshold_usd
    usd_text, threshold_text = display(usd), display(threshold)
    if triggers:
        line = say("working_threshold", usd=usd_text, threshold=threshold_text, span=rule.span)
    else:
        line = say(
            "working_below_threshold", usd=usd_text, threshold=threshold_text, span=rule.span
        )
    working.append(line)
    if usd.value == rule.threshold_usd and rule.at_threshold is not None:
        # How the sources word the threshold (a minimum, or "exceed") is data of each rule.
        notes.append(rule.at_threshold.note.format(threshold=display(threshold)))
        relevant += [c for c in rule.at_threshold.cites if c not in relevant]
    share = rule.shares[ctype] if triggers else None
    required = required_local = None
    if share is not None:
        with exact():
            fraction = Quantity(share / 100, None, True)
        required = multiply(fraction, usd)
        working.append(f"{display(fraction)} × {display(usd)} = {display(required)}")
        if amount.currency != "USD":
            required_local = multiply(fraction, amount)
            working.append(f"{display(fraction)} × {display(amount)} = {display(required_local)}")
    return Obligation(
        amount, usd, ctype, year, rule, triggers, share, required, required_local, used_rate,
        tuple(working), tuple(notes), tuple(relevant),
    )  # fmt: skip
