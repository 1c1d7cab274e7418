"""The calculator tool: one typed request in, one typed result out, every step shown.

Operations
  evaluate           an expression: "50% of $12 million", "USD 10 million in KRW at 1470"
  offset_obligation  does a contract trigger an offset under Korea's rules, and how large is it
  convert            an amount into another currency at a stated (or the sources' implied) rate
  percent_change     from an old value to a new one: the change and the share
  share_of           one amount as a percentage of another ("USD 700 million of USD 10 billion")
  compare_policies   the offset two countries' minimum shares call for on the same contract
  implemented        how much of a program's offset commitment was delivered (rate × commitment)
  offset_rule        the threshold and shares in force in a year

``calculate`` is what both the LangChain tool and the answerer call; bad input raises
``CalculationError`` with a one-line reason and nothing is evaluated.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.calculator.arithmetic import (
    Quantity,
    Rate,
    change,
    compact,
    convert,
    currency_code,
    display,
    evaluate,
    exact,
    multiply,
    parse_amount,
    parse_rate,
    with_short,
)
from assistant.calculator.obligation import check_year, contract_type, offset_obligation
from assistant.errors import CalculationError, describe
from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import ImpliedRate, OffsetData
from assistant.quantities import SCALES, format_money_short
from assistant.regex import lazy
from assistant.wording import say

Operation = Literal[
    "evaluate",
    "offset_obligation",
    "convert",
    "percent_change",
    "share_of",
    "compare_policies",
    "implemented",
    "offset_rule",
]
_NEEDS: dict[str, tuple[str, ...]] = {
    "evaluate": ("expression",),
    "offset_obligation": ("amount", "contract_type"),
    "convert": ("amount", "to_currency"),
    "percent_change": ("old", "new"),
    "share_of": ("part", "whole"),
    "compare_policies": ("amount", "countries"),
    "implemented": ("program",),
    "offset_rule": ("year",),
}


class CalculatorInput(BaseModel):
    """Arguments of the ``calculator`` tool. Amounts are text as people write them: "$12 million",
    "14.7 billion won", "USD 10M". A rate is KRW (or the other currency) per USD: "1470",
    "1470 KRW per USD", or "implied" for the rate the sources imply."""

    model_config = ConfigDict(extra="forbid")

    operation: Operation = Field(default="evaluate", description="what to calculate")
    expression: str | None = Field(
        default=None, max_length=500, description='for evaluate: e.g. "50% of $12 million"'
    )
    amount: str | None = Field(
        default=None, max_length=100, description='a contract value or amount, e.g. "$12 million"'
    )
    contract_type: str | None = Field(
        default=None, description="competitive, non-competitive or fms"
    )
    year: int | None = Field(default=None, description="the year whose offset rule applies")
    to_currency: str | None = Field(
        default=None,
        description="for convert: USD, KRW, ...; for offset_obligation: USD to state the offset "
        "in dollars (default: the contract's own currency)",
    )
    rate: str | None = Field(
        default=None, max_length=60, description='"1470" (KRW per USD) or "implied"'
    )
    old: str | None = Field(default=None, max_length=100, description="for percent_change")
    new: str | None = Field(default=None, max_length=100, description="for percent_change")
    part: str | None = Field(default=None, max_length=100, description="for share_of: the part")
    whole: str | None = Field(
        default=None, max_length=100, description="for share_of: what it is a share of"
    )
    countries: list[str] | None = Field(
        default=None,
        max_length=2,
        description="for compare_policies: two country names, or one for its own rule alone",
    )
    program: str | None = Field(
        default=None, description="for implemented: a program, as the data tables name it"
    )
    category: str | None = Field(
        default=None, description="for implemented: an offset category, as the data tables name it"
    )
    places: int | None = Field(
        default=None,
        ge=-2,
        le=6,
        description="decimal places to round the result to for reading (-1: to tens of its scale)",
    )
    scale: Literal["thousand", "million", "billion", "trillion"] | None = Field(
        default=None,
        description='the scale to state an amount in: "billion" gives USD 17.93 billion',
    )


class CalcResult(BaseModel):
    """What the calculator found, with the working that shows how."""

    operation: Operation
    result: str | None = None  # exact decimal, unrounded
    display: str | None = None  # rounded for reading
    currency: str | None = None
    triggers: bool | None = None  # offset_obligation: does the contract trigger an offset?
    summary: str
    working: list[str]
    notes: list[str] = Field(default_factory=list)
    cites: list[str] = Field(default_factory=list)  # ids of the data rows relied on
    details: dict[str, Any] = Field(default_factory=dict)

    def text(self) -> str:
        """The result as plain text: summary, working, notes."""
        lines = [self.summary, *(f"  {w}" for w in self.working), *self.notes]
        return "\n".join(lines)


def parse_request(arguments: dict[str, Any] | CalculatorInput) -> CalculatorInput:
    if isinstance(arguments, CalculatorInput):
        request = arguments
    else:
        try:
            request = CalculatorInput.model_validate(arguments)
        except ValidationError as exc:
            raise CalculationError(f"calculator {describe(exc)}") from None
    missing = [name for name in _NEEDS[request.operation] if getattr(request, name) in (None, "")]
    if missing:
        raise CalculationError(f"{request.operation} needs {' and '.join(missing)}")
    return request


_IMPLIED = lazy(r"^(?:the\s+)?(?:implied|sources?)(?:\s+rate)?$", re.I)


def implied_row(text: str, data: OffsetData) -> ImpliedRate | None:
    """The implied-rate row a rate text asks for: "implied" gives the default, a source's name
    ("KIET", "kiet's rate", "implied by KIET") gives that source's; None when it names no source."""
    key = re.sub(r"[’']s\b|\b(?:rate|implied|by|the|per|usd|krw)\b", " ", text.lower())
    key = " ".join(key.split())
    if _IMPLIED.match(text.strip()):
        return data.default_rate
    if not key or re.search(r"\d", key):
        return None
    for row in data.rates:
        if any(key == name or key.startswith(name) or name.startswith(key) for name in row.names):
            return row
    return None


def rate_of(text: str | None, currencies: set[str], data: OffsetData) -> tuple[Rate | None, str]:
    """The rate to use and the data row behind it ("" when the user gave the rate)."""
    if text is None or not text.strip():
        return None, ""
    others = sorted(currencies - {"USD"})
    row = implied_row(text, data)
    if row is not None:
        if not others:
            return None, ""  # all in dollars: the sources' rate has nothing to convert
        if others != ["KRW"]:
            raise CalculationError("the sources imply a rate only between KRW and USD")
        return Rate(row.krw_per_usd, "KRW", "USD"), row.id
    return parse_rate(text, "USD", others[0] if others else "KRW"), ""


def calculate(
    arguments: dict[str, Any] | CalculatorInput, data: OffsetData, as_of: dt.date | None = None
) -> CalcResult:
    request = parse_request(arguments)
    handler = {
        "evaluate": _evaluate,
        "offset_obligation": _obligation,
        "convert": _convert,
        "percent_change": _percent_change,
        "share_of": _share_of,
        "compare_policies": _compare,
        "implemented": _implemented,
        "offset_rule": _rule,
    }[request.operation]
    result = handler(request, data, as_of)
    if request.places is None and request.scale is None:
        return result
    return _rounded(result, request.places, request.scale)


def _rounded(result: CalcResult, places: int | None, scale: str | None) -> CalcResult:
    """``result`` read as asked ("rounded to one decimal, in millions"): the exact result stays in
    ``result``; the display, and the summary that states it, are rounded, with the step shown."""
    if result.result is None or result.display is None:
        return result
    value = Decimal(result.result)
    places = 2 if places is None else places
    quantum = Decimal(1).scaleb(-places)
    if result.currency:
        if scale is None and places > 0 and abs(value) >= SCALES["million"]:
            # "One decimal" of KRW 8.8 trillion is read in the scale a reader says it in, not as
            # KRW 8,800,000,000,000.0.
            scale = next(w for w in ("trillion", "billion", "million") if abs(value) >= SCALES[w])
        divisor = SCALES[scale] if scale else Decimal(1)
        with exact():
            shown = (value / divisor).quantize(quantum, rounding=ROUND_HALF_UP)
        sign = "−" if shown < 0 else ""
        text = f"{sign}{result.currency} {abs(shown):,f}" + (f" {scale}" if scale else "")
    elif "%" in result.display:
        with exact():
            shown = (value * 100).quantize(quantum, rounding=ROUND_HALF_UP)
        text = f"{shown:f}%".replace("-", "−")
    else:
        with exact():
            shown = value.quantize(quantum, rounding=ROUND_HALF_UP)
        text = f"{shown:,f}".replace("-", "−")
    if text == result.display:
        return result
    # A converted amount is stated with its short form ("USD 7,482,993.2 (about USD 7.48
    # million)"); rounded as asked, the one figure replaces both.
    long = with_short(Quantity(value, result.currency)) if result.currency else result.display
    stated = long if long in result.summary else result.display
    summary = result.summary.replace(stated, text)
    if result.operation == "percent_change":
        # The summary states the change without its sign ("a decrease of 89.99%") and the new
        # value as a share of the old: both are read as asked.
        summary = summary.replace(result.display.lstrip("−"), text.lstrip("−"))
        share = result.details.get("share_exact")
        if share is not None and result.details.get("share"):
            with exact():
                shown_share = (Decimal(share) * 100).quantize(quantum, rounding=ROUND_HALF_UP)
            summary = summary.replace(result.details["share"], f"{shown_share:f}%")
    return result.model_copy(
        update={
            "display": text,
            "summary": summary,
            "working": [*result.working, say("rounded", exact=result.display, rounded=text)],
        }
    )


def _quantity_result(operation: Operation, q: Quantity, **fields: Any) -> CalcResult:
    return CalcResult(
        operation=operation, result=q.exact(), display=display(q), currency=q.currency, **fields
    )


def _evaluate(request: CalculatorInput, data: OffsetData, as_of: dt.date | None) -> CalcResult:
    assert request.expression is not None
    found = evaluate(request.expression)
    details: dict[str, Any] = {}
    if found.rate:
        details["rate"] = found.rate.display()
    if found.share:
        details["share"] = display(found.share)
        details["share_exact"] = found.share.exact()
    result = display(found.result)
    if found.kind == "conversion":
        summary = say(
            "result_at_rate",
            result=with_short(found.result),
            rate=found.rate.display() if found.rate else "",
        )
    elif found.kind == "change":
        summary = say(
            "result_change", result=result, share=display(found.share) if found.share else ""
        )
    else:
        summary = say("result_is", result=result)
    return _quantity_result(
        "evaluate", found.result, summary=summary, working=list(found.working), details=details
    )


def _obligation(request: CalculatorInput, data: OffsetData, as_of: dt.date | None) -> CalcResult:
    assert request.amount is not None and request.contract_type is not None
    amount = parse_amount(request.amount)
    rate, rate_row = rate_of(request.rate, {amount.currency or "USD", "USD"}, data)
    found = offset_obligation(data, amount, request.contract_type, request.year, rate, as_of)
    notes = list(found.notes)
    cites = list(found.cites)
    if rate_row:
        notes.insert(0, _implied_note(data, rate_row))
        cites.insert(0, rate_row)
        split = _verdicts_by_rate(data, amount, request, found.triggers, as_of)
        if split:
            notes.insert(1, split[0])
            cites += [c for c in split[1] if c not in cites]
    elif found.rate is not None:
        cites += [c for c in _rows_stating(found.rate, data) if c not in cites]
    required = found.required_local or found.required
    if request.to_currency and request.to_currency.upper() == "USD":
        required = found.required  # asked in dollars: the offset in dollars, not the contract's
    details = {
        "contract_type": found.contract_type,
        "year": found.year,
        "rule": found.rule.id,
        "rule_span": found.rule.span,
        "threshold_usd": display(Quantity(found.rule.threshold_usd, "USD")),
        "contract_usd": display(found.contract_usd),
        "share_percent": str(found.share_percent) if found.share_percent is not None else None,
        "required_usd": display(found.required) if found.required else None,
        "rate": found.rate.display() if found.rate else None,
    }
    if found.contract_type == "fms":
        # How the rule treats FMS deals (case-by-case or unstated): a deal decided case by case
        # owes no mandatory offset, so a sum of obligations counts it as nothing.
        details["fms"] = found.rule.fms
    fields: dict[str, Any] = dict(
        triggers=found.triggers,
        summary=found.summary(),
        working=list(found.working),
        notes=notes,
        cites=cites,
        details=details,
    )
    if required is None:
        return CalcResult(operation="offset_obligation", **fields)
    return _quantity_result("offset_obligation", required, **fields)


def _implied_note(data: OffsetData, row_id: str) -> str:
    """Which source's rate was used, and what the other sources imply."""
    row = next(r for r in data.rates if r.id == row_id)
    by_rate = _by_rate(data)
    others = [
        say("rate_implied_by_one", who=_who(rows), rate=f"{rate:,f}")
        if len(rows) == 1
        else say("rate_implied_by_several", who=_who(rows), rate=f"{rate:,f}")
        for rate, rows in by_rate.items()
        if rate != row.krw_per_usd
    ]
    rate, pair = f"{row.krw_per_usd:,f}", _money_pair(row)
    if others:
        return say(
            "converted_at_and_others", rate=rate, who=row.by, amounts=pair, others="; ".join(others)
        )
    return say("converted_at", rate=rate, who=row.by, amounts=pair)


def _by_rate(data: OffsetData) -> dict[Decimal, list[ImpliedRate]]:
    """The implied-rate rows grouped by the rate they give, in table order."""
    found: dict[Decimal, list[ImpliedRate]] = {}
    for row in data.rates:
        found.setdefault(row.krw_per_usd, []).append(row)
    return found


def _who(rows: list[ImpliedRate]) -> str:
    return " and ".join(r.by for r in rows)


def _money_pair(row: ImpliedRate) -> str:
    """The two amounts a rate is implied by, written the way the sources write them."""
    return f"{format_money_short(row.usd, 'USD')} ≈ {format_money_short(row.krw, 'KRW')}"


def _verdicts_by_rate(
    data: OffsetData,
    amount: Quantity,
    request: CalculatorInput,
    triggers: bool | None,
    as_of: dt.date | None,
) -> tuple[str, list[str]] | None:
    """When the sources' implied rates give different threshold verdicts for a KRW contract, a
    note giving each (with the rows it rests on); None when they agree."""
    if amount.currency != "KRW" or triggers is None:
        return None
    assert request.contract_type is not None
    results = []
    for value, rows in _by_rate(data).items():
        rate = Rate(value, "KRW", "USD")
        found = offset_obligation(data, amount, request.contract_type, request.year, rate, as_of)
        results.append((rows, found))
    if len({found.triggers for _, found in results}) < 2:
        return None
    parts = []
    for rows, found in results:
        if found.triggers and found.required:
            verdict = say("verdict_required", required=display(found.required))
        else:
            verdict = say("verdict_none")
        parts.append(
            say(
                "verdict_at_rate",
                rate=f"{rows[0].krw_per_usd:,f}",
                who=_who(rows),
                usd=display(found.contract_usd),
                verdict=verdict,
            )
        )
    note = say("verdict_depends_on_rate", verdicts="; ".join(parts))
    return note, [row.id for rows, _ in results for row in rows]


def _convert(request: CalculatorInput, data: OffsetData, as_of: dt.date | None) -> CalcResult:
    assert request.amount is not None and request.to_currency is not None
    amount = parse_amount(request.amount)
    if amount.currency is None:
        raise CalculationError(f"{request.amount!r} has no currency: write e.g. '$10 million'")
    target = currency_code(request.to_currency.strip())
    rate, rate_row = rate_of(request.rate, {amount.currency, target}, data)
    if rate is None:
        raise CalculationError(
            f"converting {amount.currency} to {target} needs a rate: give one (e.g. 1470 KRW per "
            "USD) or 'implied' for the rate the sources imply"
        )
    result = convert(amount, target, rate)
    step = "×" if (amount.currency, target) == (rate.base, rate.quote) else "÷"
    notes = [_implied_note(data, rate_row)] if rate_row else []
    return _quantity_result(
        "convert",
        result,
        summary=say(
            "converted", amount=display(amount), result=with_short(result), rate=rate.display()
        ),
        working=[f"{display(amount)} {step} {rate.display()} = {display(result)}"],
        notes=notes,
        cites=[rate_row] if rate_row else _rows_stating(rate, data),
        details={"rate": rate.display()},
    )


def _rows_stating(rate: Rate, data: OffsetData) -> list[str]:
    """The rows that state one amount in both currencies at exactly ``rate``: a rate the user
    gives is cited where a source implies the same one ("USD 2 million, about 2.6 billion won")."""
    if (rate.quote, rate.base) != ("KRW", "USD"):
        return []
    return [row.id for row in data.rates if row.krw_per_usd == rate.value]


def _share_of(request: CalculatorInput, data: OffsetData, today: dt.date | None) -> CalcResult:
    assert request.part is not None and request.whole is not None
    part, whole = parse_amount(request.part), parse_amount(request.whole)
    if whole.value == 0:
        raise CalculationError(f"{display(whole)} is zero: nothing is a share of it")
    _, share = change(whole, part)
    return _quantity_result(
        "share_of",
        share,
        summary=say("share_of", part=display(part), share=display(share), whole=display(whole)),
        working=[f"{display(part)} ÷ {display(whole)} = {display(share)}"],
    )


def _percent_change(
    request: CalculatorInput, data: OffsetData, as_of: dt.date | None
) -> CalcResult:
    assert request.old is not None and request.new is not None
    old, new = parse_amount(request.old), parse_amount(request.new)
    pct, share = change(old, new)
    return _quantity_result(
        "percent_change",
        pct,
        summary=say(
            "change_from_to",
            old=display(old),
            new=display(new),
            direction=_direction(pct),
            share=display(share),
        ),
        working=[
            f"({display(new)} − {display(old)}) ÷ {display(old)} = {display(pct)}",
            f"{display(new)} ÷ {display(old)} = {display(share)}",
        ],
        details={"share": display(share), "share_exact": share.exact()},
    )


def _direction(pct: Quantity) -> str:
    """ "a decrease of 47.5%" rather than "a change of −47.5%": the sign in words."""
    if pct.value < 0:
        return say("decrease_of", change=display(Quantity(-pct.value, pct.currency, pct.percent)))
    if pct.value > 0:
        return say("increase_of", change=display(pct))
    return say("no_change")


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", plain)


def _home_name() -> str:
    """The data tables' name of the home country (``knowledge/domain.yaml``)."""
    return domain().home_country


def country_share(data: OffsetData, name: str, kind: str, year: int | None):
    """(share in percent, row id) of ``name``'s minimum offset for one contract."""
    key = _fold(name_table().first("countries", name) or name)
    if key == _fold(domain().home_country):
        ctype = contract_type(kind)
        if ctype == "fms":
            raise CalculationError(say("home_no_fms_share", home=_home_name()))
        rule = data.rule_for(year) if year else data.current_rule
        cite = next(
            (c for c in rule.cites if ctype in data.row(c).applies_to),  # type: ignore[attr-defined]
            rule.cites[0],
        )
        return rule.shares[ctype], cite, _home_name()
    for row in data.countries:
        if row.attribute == "min_share" and _fold(row.country) == key and row.percent:
            return row.percent, row.id, row.country
    known = sorted({r.country for r in data.countries if r.attribute == "min_share"})
    raise CalculationError(
        f"no offset share for {name!r} in the data: known are {', '.join(known)}"
    )


def _compare(request: CalculatorInput, data: OffsetData, as_of: dt.date | None) -> CalcResult:
    assert request.amount is not None and request.countries is not None
    if len(request.countries) not in (1, 2):
        raise CalculationError("compare_policies needs one or two countries")
    amount = parse_amount(request.amount)
    if amount.currency is None or amount.value <= 0:
        raise CalculationError("give the contract value as a positive amount, e.g. '$100 million'")
    kind = request.contract_type or "competitive"
    working, cites, required, notes = [], [], [], []
    # The threshold one country's rule weighs the contract against, for the gap to it.
    weighed: dict[str, str] = {}
    for name in request.countries:
        share, cite, label = country_share(data, name, kind, request.year)
        cites.append(cite)
        checked = _threshold_of(data, label, amount, request.year)
        if checked is not None:
            weighed = {"contract_usd": display(amount), "threshold_usd": display(checked[0])}
        met = ""
        if checked is not None and amount.value >= checked[0].value:
            # The threshold the contract meets is one the comparison relies on: it is stated.
            threshold, threshold_cite = checked
            met = say("working_meets_threshold_of", amount=display(amount),
                      threshold=display(threshold)) + "; "  # fmt: skip
            # A hypothetical contract is weighed against the threshold in the rule's own words.
            # "Is that over the floor?" is answered in words: above it, or exactly at it.
            shown, limit = display(amount), compact(threshold)
            if amount.value > threshold.value:
                notes.append(
                    say("exceeds_threshold_of", country=label, amount=shown, threshold=limit)
                )
            else:
                notes.append(
                    say("meets_threshold_of", country=label, amount=shown, threshold=limit)
                )
            cites.append(threshold_cite)
        elif checked is not None:
            # A contract under a country's threshold triggers no offset there at all.
            threshold, threshold_cite = checked
            value = Quantity(Decimal(0), amount.currency)
            working.append(
                say("working_below_threshold_of", country=label, amount=display(amount),
                    threshold=display(threshold))
            )  # fmt: skip
            notes.append(
                say("below_threshold_of", country=label, amount=display(amount),
                    threshold=display(threshold), short=compact(threshold))
            )  # fmt: skip
            cites.append(threshold_cite)
            required.append((label, value))
            continue
        with exact():
            fraction = Quantity(share / 100, None, True)
        value = multiply(fraction, amount)
        working.append(f"{label}: {met}{display(fraction)} × {display(amount)} = {display(value)}")
        required.append((label, value))
    if len(required) == 1:
        # One country's rule alone: what it seeks, its threshold weighed as for two.
        return _one_policy(required[0], amount, working, notes, cites, weighed)
    (a, va), (b, vb) = sorted(required, key=lambda pair: pair[1].value)
    with exact():
        difference = Quantity(vb.value - va.value, amount.currency)
    working.append(f"{b} − {a}: {display(vb)} − {display(va)} = {display(difference)}")
    notes.append(say("shares_compared", home=_home_name(), kind=contract_type(kind)))
    return _quantity_result(
        "compare_policies",
        difference,
        summary=say(
            "compare_policies",
            amount=display(amount),
            more=b,
            more_value=display(vb),
            less=a,
            less_value=display(va),
            difference=display(difference),
        ),
        working=working,
        notes=notes,
        cites=cites,
        details={"required": {label: display(value) for label, value in required}},
    )


def _one_policy(
    required: tuple[str, Quantity],
    amount: Quantity,
    working: list[str],
    notes: list[str],
    cites: list[str],
    weighed: dict[str, str],
) -> CalcResult:
    """What one country's rule (its minimum share, and its threshold where the data hold one)
    seeks on a contract, with no other country's set beside it; ``weighed``: the contract and
    the threshold it was weighed against, when the country states one."""
    label, value = required
    notes.append(say("share_is_minimum", country=label))
    return _quantity_result(
        "compare_policies",
        value,
        summary=say("one_policy", amount=display(amount), country=label, value=display(value)),
        working=working,
        notes=notes,
        cites=cites,
        details={"required": {label: display(value)}, **weighed},
    )


def _threshold_of(
    data: OffsetData, country: str, amount: Quantity, year: int | None
) -> tuple[Quantity, str] | None:
    """(threshold, row id) of ``country``'s offset threshold that a USD ``amount`` is weighed
    against (the home country's from its rule of ``year``, another's from its threshold row);
    None when the amount is in another currency or the country states no threshold."""
    if amount.currency != "USD":
        return None
    if _fold(country) == _fold(domain().home_country):
        rule = data.rule_for(year) if year else data.current_rule
        threshold, cite = rule.threshold_usd, rule.cites[0]
    else:
        row = next(
            (
                r
                for r in data.countries
                if r.attribute == "threshold" and _fold(r.country) == _fold(country)
            ),
            None,
        )
        if row is None or row.amount_usd is None:
            return None
        threshold, cite = row.amount_usd, row.id
    return Quantity(threshold, "USD"), cite


def _category_key(text: str) -> str:
    """The table's name of an offset category ("tech" and "KF-X technology transfer" are
    "technology transfer"), else the text itself."""
    return name_table().first("categories", text) or text


def _implemented(request: CalculatorInput, data: OffsetData, as_of: dt.date | None) -> CalcResult:
    assert request.program is not None
    table = name_table()
    program = table.first("programs", request.program)
    if program is None:
        known = " or ".join(table.names("programs"))
        raise CalculationError(f"unknown program {request.program!r}: use {known}")
    rows = [r for r in data.programs if r.program == program]
    rates = {_category_key(r.category): r for r in rows if r.attribute == "implementation_rate"}
    commitments = {_category_key(r.category): r for r in rows if r.attribute == "commitment"}
    wanted = [_category_key(request.category)] if request.category else list(rates)
    working, cites, total = [], [], Quantity(Decimal(0), "USD")
    for key in wanted:
        if key not in rates or key not in commitments:
            known = ", ".join(rates[k].category for k in rates)
            raise CalculationError(
                f"the sources give no implementation rate for {program} {request.category!r}: "
                f"they give {known}"
            )
        rate_row, commitment = rates[key], commitments[key]
        assert rate_row.amount is not None and commitment.amount is not None
        with exact():
            fraction = Quantity(rate_row.amount / 100, None, True)
        pledged = Quantity(commitment.amount, commitment.unit)
        delivered = multiply(fraction, pledged)
        total = Quantity(total.value + delivered.value, "USD")
        working.append(
            f"{commitment.category}: {display(fraction)} × {display(pledged)} = {display(delivered)}"
        )
        cites += [commitment.id, rate_row.id]
    year = next(iter(rates.values())).year
    what = rates[wanted[0]].category if len(wanted) == 1 else say("categories_with_rate")
    return _quantity_result(
        "implemented",
        total,
        summary=say("implemented", program=program, total=display(total), what=what, year=year),
        working=working,
        cites=list(dict.fromkeys(cites)),
    )


def _rule(request: CalculatorInput, data: OffsetData, as_of: dt.date | None) -> CalcResult:
    assert request.year is not None
    year = check_year(request.year, as_of)
    rule = data.rule_for(year)
    threshold = display(Quantity(rule.threshold_usd, "USD"))
    shares = rule.shares
    if shares["competitive"] == shares["non-competitive"]:
        share_text = say("one_share", share=shares["competitive"])
    else:
        share_text = say(
            "two_shares",
            competitive=shares["competitive"],
            non_competitive=shares["non-competitive"],
        )
    fms = say("rule_fms_case_by_case") if rule.fms == "case-by-case" else say("rule_fms_unstated")
    summary = say(
        "rule_in_year", year=year, span=rule.span, threshold=threshold, shares=share_text, fms=fms
    )
    notes = [rule.note] if rule.note and rule is not data.current_rule else []
    notes += [" ".join(text.split()) for text in rule.ambiguous.values()]
    return CalcResult(
        operation="offset_rule",
        result=f"{rule.threshold_usd:f}",
        display=threshold,
        currency="USD",
        summary=summary,
        working=[say("rule_year_falls_in", year=year, span=rule.span, rule=rule.id)],
        notes=notes,
        cites=list(rule.cites),
        details={"rule": rule.id, "shares": {k: str(v) for k, v in shares.items()}},
    )
