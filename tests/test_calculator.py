"""Specification of the deterministic calculator: exact arithmetic on written amounts, Korea's
offset rules by year, the other tool operations, and how bad input is refused."""

from __future__ import annotations

import builtins
import datetime as dt
from decimal import Decimal, localcontext
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant.calculator.arithmetic import (
    LIMIT,
    Quantity,
    Rate,
    convert,
    display,
    evaluate,
    parse_amount,
    parse_rate,
    with_short,
)
from assistant.calculator.obligation import check_year, contract_type, offset_obligation
from assistant.calculator.operations import CalcResult, calculate
from assistant.errors import CalculationError, InputError
from assistant.knowledge.rows import OffsetData, load_data
from assistant.settings import Settings

AS_OF = dt.date(2026, 11, 23)
# database=None: the property tests write no example database into the checkout.
PROPERTY = settings(max_examples=200, deadline=None, database=None)


@pytest.fixture(scope="module")
def data() -> OffsetData:
    return load_data(Settings().data_dir)


def obligation_request(**fields) -> dict:
    return {"operation": "offset_obligation", "amount": "$12 million",
            "contract_type": "competitive", **fields}  # fmt: skip


def convert_request(**fields) -> dict:
    return {"operation": "convert", "amount": "$10 million", "to_currency": "KRW", **fields}


def obligation(data: OffsetData, **fields) -> CalcResult:
    return calculate(obligation_request(**fields), data, as_of=AS_OF)


# -- arithmetic -----------------------------------------------------------------------------------


def test_decimal_sums_are_exact_not_floating_point():
    assert evaluate("0.1 + 0.2").result.value == Decimal("0.3")


def test_a_percentage_of_an_amount_keeps_the_currency_and_shows_the_working():
    found = evaluate("50% of $12 million")
    assert found.result == Quantity(Decimal(6_000_000), "USD")
    assert "50% × USD 12,000,000 = USD 6,000,000" in found.working[0]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [("$12 million", "12000000", "USD"), ("USD 10M", "10000000", "USD"),
     ("14.7 billion won", "14700000000", "KRW"), ("1 trillion KRW", "1000000000000", "KRW"),
     ("US$2.5bn", "2500000000", "USD"), ("€3 thousand", "3000", "EUR"),
     ("1,470", "1470", None), ("-5", "-5", None), ("USD -5 million", "-5000000", "USD"),
     ("USD-5-million", "5000000", "USD"), ("KRW-2-billion", "2000000000", "KRW")],
)  # fmt: skip
def test_written_amounts_are_read_with_their_scale_and_currency(text, value, currency):
    assert parse_amount(text) == Quantity(Decimal(value), currency)
    assert evaluate(text).result == Quantity(Decimal(value), currency)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2 + 3 * 4", "14"), ("(2 + 3) * 4", "20"), ("10 - 2 - 3", "5"), ("100 / 4 / 5", "5"),
     ("-(2 + 3) * 2", "-10"), ("2 × (3 + (4 − 1))", "12"), ("what is 7 times 6?", "42"),
     ("10% of 10% of $1000", "10")],
)  # fmt: skip
def test_multiplication_binds_tighter_than_addition_and_parentheses_group(text, expected):
    assert evaluate(text).result.value == Decimal(expected)


def test_a_conversion_inside_an_expression_multiplies_into_the_quote_currency():
    found = evaluate("USD 10 million in KRW at 1470")
    assert found.kind == "conversion"
    assert found.result == Quantity(Decimal(14_700_000_000), "KRW")
    assert found.rate == Rate(Decimal(1470), "KRW", "USD")
    assert found.working[0].endswith("= KRW 14,700,000,000")


def test_a_conversion_back_to_dollars_divides_by_an_explicit_rate():
    found = evaluate("14.7 billion won to USD at 1,470 KRW per USD")
    assert found.result == Quantity(Decimal(10_000_000), "USD")


def test_a_change_from_old_to_new_gives_the_percentage_change_and_the_share():
    found = evaluate("from 7.99 billion to 800 million")
    with localcontext() as ctx:
        ctx.prec = 50
        change, share = Decimal(-719) / Decimal(799), Decimal(80) / Decimal(799)
    places = Decimal("1e-20")
    assert found.kind == "change"
    assert found.result.value.quantize(places) == change.quantize(places)
    assert found.share is not None and found.share.value.quantize(places) == share.quantize(places)
    assert (display(found.result), display(found.share)) == ("−89.99%", "10.01%")


# -- offset obligation ----------------------------------------------------------------------------


def test_a_12_million_dollar_competitive_contract_requires_half_in_offsets(data):
    found = obligation(data)
    assert found.triggers is True
    assert (found.result, found.currency) == ("6000000", "USD")
    assert "50% × USD 12,000,000 = USD 6,000,000" in found.working


def test_exactly_10_million_triggers_and_the_note_names_the_ustr_exceed_wording(data):
    found = obligation(data, amount="USD 10 million", year=2024)
    assert found.triggers is True and found.result == "5000000"
    assert any("or more" in note and '"exceed $10 million"' in note for note in found.notes)


def test_one_dollar_under_the_threshold_triggers_nothing(data):
    found = obligation(data, amount="$9,999,999")
    assert found.triggers is False and found.result is None
    assert found.summary.startswith("No:")


def test_a_non_competitive_contract_requires_30_percent(data):
    found = obligation(data, contract_type="Non competitive")
    assert (found.result, found.details["share_percent"]) == ("3600000", "30")


@pytest.mark.parametrize(
    ("year", "amount", "threshold", "share", "required"),
    [(1985, "$3 million", "USD 2,000,000", "50", "1500000"),
     (1990, "$6 million", "USD 5,000,000", "30", "1800000"),
     (1990, "$4 million", "USD 5,000,000", None, None)],
)  # fmt: skip
def test_older_years_apply_the_rule_then_in_force(data, year, amount, threshold, share, required):
    found = obligation(data, amount=amount, year=year)
    assert found.details["threshold_usd"] == threshold
    assert found.details["share_percent"] == share and found.result == required


def test_an_fms_deal_is_decided_case_by_case(data):
    found = obligation(data, contract_type="FMS", amount="$50 million")
    assert found.triggers is None and found.result is None
    assert "not mandatory" in found.summary and "case by case" in found.summary
    assert any(cite.startswith("policy-fms") for cite in found.cites)


def test_an_fms_deal_in_1990_is_one_the_sources_say_nothing_about(data):
    found = obligation(data, contract_type="fms", amount="$50 million", year=1990)
    assert found.triggers is None and "the sources do not say" in found.summary


def test_a_won_contract_is_converted_and_the_offset_reported_in_won_too(data):
    found = obligation(data, amount="20 billion won", rate="1470")
    assert (found.result, found.currency) == ("10000000000", "KRW")
    assert found.details["contract_usd"] == "USD 13,605,442.18"
    assert found.details["required_usd"] == "USD 6,802,721.09"
    assert (
        "KRW 20,000,000,000 ÷ 1,470 KRW/USD = USD 13,605,442.18 (about USD 13.61 million)"
        in found.working
    )


def test_the_implied_rate_is_1470_won_per_dollar_and_is_cited(data):
    found = obligation(data, amount="20 billion won", rate="implied")
    assert found.details["rate"] == "1,470 KRW/USD" and found.result == "10000000000"
    assert found.cites[0] == "rate-ustr-2025"


def test_a_dollar_contract_asked_at_the_sources_rate_needs_no_rate_and_cites_none(data):
    # A question of several contracts in two currencies asks every one at the sources' rate.
    found = obligation(data, amount="$12 million", rate="implied")
    assert found.result == "6000000"
    assert "rate-ustr-2025" not in found.cites


@pytest.mark.parametrize(
    "fields",
    [{}, {"amount": "$10 million"}, {"amount": "$1"}, {"contract_type": "fms"}, {"year": 1982},
     {"year": 1985, "contract_type": "fms"}, {"year": 2010}, {"amount": "$2 million", "year": 1985},
     {"year": 2021, "contract_type": "non-competitive"}, {"amount": "1 tn won", "rate": "implied"}],
)  # fmt: skip
def test_every_cited_id_is_a_row_of_the_data(data, fields):
    for cite in obligation(data, **fields).cites:
        assert data.row(cite).id == cite


def test_contract_types_and_years_are_normalised_or_refused():
    assert contract_type("Non competitive") == "non-competitive"
    assert contract_type("Foreign_Military_Sales") == "fms"
    assert check_year(2026, AS_OF) == 2026
    for year in (1981, 2027, True, 2000.0):
        with pytest.raises(CalculationError):
            check_year(year, AS_OF)  # type: ignore[arg-type]


def test_a_contract_exactly_at_the_1985_threshold_is_not_explained_by_the_2022_rule(data):
    found = obligation(data, amount="$2 million", year=1985)
    assert found.triggers is True
    assert not any("10 million" in note for note in found.notes)
    assert "ustr-offsets-threshold" not in found.cites


# -- other operations -----------------------------------------------------------------------------


def test_convert_uses_a_stated_rate_or_the_implied_won_rate(data):
    assert calculate(convert_request(rate="1470"), data).result == "14700000000"
    back = convert_request(amount="14.7 billion won", to_currency="usd", rate="implied")
    found = calculate(back, data)
    assert (found.result, found.display) == ("10000000", "USD 10,000,000")
    assert found.cites == ["rate-ustr-2025"]


def test_percent_change_reports_the_change_and_the_share(data):
    request = {"operation": "percent_change", "old": "7.99 billion", "new": "800 million"}
    found = calculate(request, data)
    assert found.display == "−89.99%" and found.details["share"] == "10.01%"
    assert Decimal(found.result).quantize(Decimal("1e-6")) == Decimal("-0.899875")


def test_norway_seeks_50_million_dollars_more_than_korea_on_a_100_million_contract(data):
    request = {"operation": "compare_policies", "amount": "$100 million",
               "countries": ["Korea", "Norway"]}  # fmt: skip
    found = calculate(request, data)
    assert (found.result, found.currency) == ("50000000", "USD")
    assert "Norway seeks USD 50,000,000 more" in found.summary
    assert "no-share" in found.cites


def test_kc_x_delivered_a_tenth_of_its_sme_export_commitment(data):
    request = {"operation": "implemented", "program": "KC-X", "category": "SME exports"}
    found = calculate(request, data)
    assert (found.result, found.display) == ("53630000", "USD 53,630,000")
    assert found.cites == ["kcx-commitment-sme", "kcx-rate-sme"]


# -- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize("via_tool", [False, True], ids=["evaluate", "tool"])
@pytest.mark.parametrize(
    ("text", "reason"),
    [("1 / 0", "division by zero"), ("__import__('os').system('ls')", "unexpected '_'"),
     ("1e999999", "scientific notation"), ("9**9**9", "powers"), ("2^8", "powers"),
     ("10 XYZ", "unknown currency 'XYZ'"), ("$10 million in KRW", "needs a rate"),
     ("", "empty|needs expression"), ("1 + " * 150 + "1", "at most 500"),
     ("(" * 40 + "1" + ")" * 40, "nested parentheses"), ("1" * 30, "more than 24 digits"),
     ("$5 + 5 won", "same currency"), ("$2 * $3", "cannot multiply"),
     ("from 0 to 5", "change from zero"), (42, "text|string")],
)  # fmt: skip
def test_bad_expressions_are_refused_with_a_one_line_reason(data, via_tool, text, reason):
    with pytest.raises(CalculationError, match=reason) as caught:
        if via_tool:
            calculate({"operation": "evaluate", "expression": text}, data)
        else:
            evaluate(text)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, InputError)


@pytest.mark.parametrize(
    ("request_", "reason"),
    [(obligation_request(amount="-$5 million"), "must be positive"),
     (obligation_request(amount="USD -5 million"), "must be positive"),
     (obligation_request(amount="$0"), "must be positive"),
     (obligation_request(amount="$5000 trillion"), "not a plausible contract value"),
     (obligation_request(amount="20 billion won"), "needs a conversion rate"),
     (obligation_request(amount="50%"), "amount of money"),
     (obligation_request(year=1975), "began in 1982"),
     (obligation_request(year=2031), "in the future"),
     (obligation_request(contract_type="barter"), "unknown contract type 'barter'"),
     (obligation_request(contract_type=None), "needs contract_type"),
     (convert_request(to_currency="ABC", rate="1"), "unknown currency 'ABC'"),
     (convert_request(), "needs a rate"),
     (convert_request(to_currency="EUR", rate="implied"), "only between KRW and USD"),
     (convert_request(rate="0"), "must be positive"),
     ({"operation": "percent_change", "old": "$5"}, "needs new"),
     ({"operation": "implemented", "program": "F-16"}, "unknown program"),
     ({"operation": "compare_policies", "amount": "$1", "countries": ["Korea", "Atlantis"]},
      "no offset share for 'Atlantis'"),
     ({"operation": "frobnicate"}, "operation"),
     ({"operation": "evaluate", "expression": "1", "shell": "ls"}, "shell")],
)  # fmt: skip
def test_bad_tool_requests_are_refused_with_a_one_line_reason(data, request_, reason):
    with pytest.raises(CalculationError, match=reason) as caught:
        calculate(request_, data, as_of=AS_OF)
    assert "\n" not in str(caught.value)


def test_code_in_an_expression_is_never_run(data, monkeypatch):
    marker = Path("/tmp/tradebrief_pwned")
    marker.unlink(missing_ok=True)

    def forbidden(*args, **kwargs):
        raise AssertionError("the calculator must not eval or exec anything")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    command = "__import__('os').system('touch /tmp/tradebrief_pwned')"
    for text in (command, f"1 + {command}", "exec(\"open('/tmp/tradebrief_pwned', 'w')\")"):
        with pytest.raises(CalculationError):
            evaluate(text)
        with pytest.raises(CalculationError):
            calculate({"operation": "evaluate", "expression": text}, data)
    assert not marker.exists()


@pytest.mark.parametrize("text", ["1 trillion * 1 trillion", "999999999999 trillion",
                                  "$1 trillion * 100 trillion"])  # fmt: skip
def test_large_results_within_the_limit_are_shown_in_full(text):
    found = evaluate(text)
    assert found.working[0].endswith(f"= {found.result.display()}")
    assert found.result.value >= Decimal(10) ** 23


# -- properties -----------------------------------------------------------------------------------

usd_values = st.decimals(min_value=1, max_value=10**11, places=2)
percents = st.decimals(min_value=0, max_value=100, places=2)
rates = st.decimals(min_value=Decimal("0.0001"), max_value=100_000, places=4)
amounts = st.decimals(min_value=Decimal("0.01"), max_value=10**12, places=2)


@PROPERTY
@given(year=st.integers(1982, 2026), kind=st.sampled_from(["competitive", "non-competitive"]),
       a=usd_values, b=usd_values)  # fmt: skip
@example(year=2023, kind="competitive", a=Decimal("9999999.99"), b=Decimal(10_000_000))
def test_the_required_offset_never_decreases_as_the_contract_grows(data, year, kind, a, b):
    def required(value: Decimal) -> Decimal:
        found = offset_obligation(data, Quantity(value, "USD"), kind, year, as_of=AS_OF)
        return found.required.value if found.triggers and found.required else Decimal(0)

    small, large = sorted((a, b))
    assert required(small) <= required(large)


@PROPERTY
@given(p=percents, q=percents, x=st.integers(0, 10**12))
def test_a_share_of_a_share_is_the_product_of_the_shares(p, q, x):
    with localcontext() as ctx:
        ctx.prec = 50
        combined = p * q / 100
    nested = evaluate(f"{p:f}% of ({q:f}% of USD {x})").result
    assert nested == evaluate(f"{combined:f}% of USD {x}").result


@PROPERTY
@given(amount=amounts, r=rates)
def test_dollars_converted_to_won_and_back_are_unchanged(amount, r):
    rate = Rate(r, "KRW", "USD")
    won = convert(Quantity(amount, "USD"), "KRW", rate)
    assert convert(won, "USD", rate) == Quantity(amount, "USD")


@PROPERTY
@given(amount=amounts, r=rates)
def test_won_converted_to_dollars_and_back_are_unchanged_to_30_digits(amount, r):
    # Won → dollars divides, and the quotient is rounded to 50 significant digits, so the round
    # trip is exact only to within that rounding: a relative error far below 1e-30.
    rate = Rate(r, "KRW", "USD")
    back = convert(convert(Quantity(amount, "KRW"), "USD", rate), "KRW", rate)
    assert back.currency == "KRW"
    assert abs(back.value - amount) <= amount * Decimal("1e-30")


@PROPERTY
@given(st.decimals(min_value=-(10**20), max_value=10**20, allow_nan=False), st.booleans())
def test_display_never_raises_for_amounts_up_to_10_to_the_20(value, percent):
    for currency in (None, "USD", "KRW"):
        assert display(Quantity(value, currency, percent))


@PROPERTY
@given(st.decimals(min_value=-LIMIT, max_value=LIMIT, allow_nan=False))
@example(Decimal(10) ** 24)
def test_display_never_raises_for_any_value_the_calculator_allows(value):
    assert display(Quantity(value)) and display(Quantity(value, "USD"))


@PROPERTY
@given(st.text(max_size=200))
def test_the_parser_refuses_unreadable_text_only_with_a_calculation_error(text):
    for parse in (evaluate, parse_amount, lambda t: parse_rate(t, "USD", "KRW")):
        try:
            parse(text)
        except CalculationError as exc:
            assert len(str(exc).splitlines()) == 1


def test_the_rule_of_a_year_gives_its_threshold_shares_and_fms_treatment(data):
    found = calculate({"operation": "offset_rule", "year": 1995}, data, as_of=AS_OF)
    assert found.display == "USD 5,000,000"
    assert found.details["shares"] == {"competitive": "30", "non-competitive": "30"}
    assert "do not say how FMS" in found.summary
    now = calculate({"operation": "offset_rule", "year": 2024}, data, as_of=AS_OF)
    assert "50% of competitive and 30% of non-competitive" in now.summary
    assert "case by case" in now.summary


def test_an_amount_in_words_is_computed_exactly(data):
    assert parse_amount("eighty-four million dollars") == Quantity(Decimal(84_000_000), "USD")
    found = calculate(
        {
            "operation": "offset_obligation",
            "amount": "twenty and a half million dollars",
            "contract_type": "competitive",
        },
        data,
        AS_OF,
    )
    assert Decimal(found.result or 0) == Decimal(10_250_000)


def test_a_result_asked_in_billions_to_two_places_is_rounded_for_reading_only(data):
    found = calculate(
        {
            "operation": "evaluate",
            "expression": "$4.1 billion / 37%",
            "places": 2,
            "scale": "billion",
        },
        data,
    )
    assert found.display == "USD 11.08 billion"
    assert found.result is not None and found.result.startswith("11081081081.08")
    assert "USD 11.08 billion" in found.summary and "as asked" in found.working[-1]


def test_a_share_asked_to_one_place_is_rounded_to_one_place(data):
    found = calculate({"operation": "share_of", "part": "17", "whole": "71", "places": 1}, data)
    assert found.display == "23.9%"


def test_a_euro_contract_at_a_dollar_per_euro_rate_is_multiplied_into_dollars(data):
    found = calculate(
        {
            "operation": "offset_obligation",
            "amount": "40 million euros",
            "contract_type": "non-competitive",
            "rate": "1.05 USD per EUR",
        },
        data,
        AS_OF,
    )
    assert found.working[0] == "EUR 40,000,000 × 1.05 USD/EUR = USD 42,000,000 (USD 42 million)"
    assert Decimal(found.details["required_usd"].split()[1].replace(",", "")) == 12_600_000


def test_a_contract_under_a_countrys_threshold_gets_no_offset_there(data):
    def compared(amount: str):
        request = {
            "operation": "compare_policies",
            "amount": amount,
            "countries": ["Türkiye", "Korea"],
        }
        return calculate(request, data, AS_OF)

    found = compared("$7 million")
    assert found.details["required"] == {"Türkiye": "USD 4,900,000", "Korea": "USD 0"}
    assert any("below its USD 10,000,000 threshold" in note for note in found.notes)
    under = compared("$4 million")
    assert under.details["required"] == {"Türkiye": "USD 0", "Korea": "USD 0"}
    assert "tr-threshold" in under.cites


def test_a_threshold_a_compared_contract_meets_is_stated_and_cited(data):
    found = calculate(
        {
            "operation": "compare_policies",
            "amount": "$9 million",
            "countries": ["Türkiye", "Korea"],
        },
        data,
        AS_OF,
    )
    assert found.details["required"] == {"Türkiye": "USD 6,300,000", "Korea": "USD 0"}
    assert "tr-threshold" in found.cites
    assert found.working[0].startswith("Türkiye: USD 9,000,000 ≥ USD 5,000,000 threshold; 70%")
    both = calculate(
        {
            "operation": "compare_policies",
            "amount": "$25 million",
            "countries": ["Korea", "Türkiye"],
        },
        data,
        AS_OF,
    )
    assert any("≥ USD 10,000,000 threshold; 50%" in line for line in both.working)
    assert any("≥ USD 5,000,000 threshold; 70%" in line for line in both.working)


def test_a_stated_rate_that_a_source_implies_cites_the_sources_that_imply_it(data):
    at_source_rate = obligation(data, amount="9 billion won", rate="1,470")
    assert {"rate-ustr-2025", "rate-hankyung-2025"} <= set(at_source_rate.cites)
    assert not at_source_rate.notes[0].startswith("Converted at")  # the user's rate, not implied
    converted = calculate(convert_request(rate="1470"), data, as_of=AS_OF)
    assert set(converted.cites) == {"rate-ustr-2025", "rate-hankyung-2025"}
    other = calculate(convert_request(rate="1320"), data, as_of=AS_OF)
    assert other.cites == []


def test_us_dollars_written_out_are_dollars(data):
    found = calculate({"operation": "evaluate", "expression": "20% of 45 million US dollars"}, data)
    assert (found.result, found.currency) == ("9000000", "USD")


def test_a_quarter_of_a_billion_stays_a_number_while_a_quarter_of_an_amount_is_a_part(data):
    spelled = calculate(
        {"operation": "evaluate", "expression": "a quarter of a billion dollars"}, data
    )
    part = calculate({"operation": "evaluate", "expression": "a quarter of $1 billion"}, data)
    assert spelled.result == part.result == "250000000"


@pytest.mark.parametrize(
    ("value", "currency", "shown"),
    [
        ("7482993.2", "USD", "USD 7,482,993.2 (about USD 7.48 million)"),
        ("14700000000", "KRW", "KRW 14,700,000,000 (KRW 14.7 billion)"),
        ("2500000000000", "KRW", "KRW 2,500,000,000,000 (KRW 2.5 trillion)"),
        ("999999.99", "USD", "USD 999,999.99"),  # under a million: the digits read well
        ("-2500000", "USD", "−USD 2,500,000 (−USD 2.5 million)"),
    ],
)
def test_a_large_amount_is_also_said_the_way_a_reader_says_it(value, currency, shown):
    assert with_short(Quantity(Decimal(value), currency)) == shown


def test_a_converted_contract_value_is_stated_in_millions_too(data):
    found = obligation(data, amount="11 billion won", rate="1,380")
    assert "(about USD 7.97 million)" in found.working[0]


def test_a_conversion_rounded_as_asked_states_the_rounded_figure_once(data):
    found = calculate(convert_request(amount="KRW 9 billion", to_currency="USD", rate="1,410",
                                      places=1, scale="million"), data)  # fmt: skip
    assert found.display == "USD 6.4 million"
    assert found.summary.count("6.4") == 1 and "about" not in found.summary
