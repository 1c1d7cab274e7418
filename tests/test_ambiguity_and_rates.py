"""Ambiguity stated (the 1986–2005 competitive share, FMS before 2023) and conversions that name
the source of their rate, showing both verdicts when the sources' rates disagree on one."""

from __future__ import annotations

import datetime as dt

from assistant.calculator.operations import calculate
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)
AS_OF = dt.date(2025, 4, 1)


def _obligation(**fields):
    request = {"operation": "offset_obligation", "contract_type": "competitive", **fields}
    return calculate(request, DATA, as_of=AS_OF)


def test_a_1990_competitive_contract_states_both_readings_of_the_share():
    found = _obligation(amount="$20 million", year=1990)
    assert found.details["share_percent"] == "30"
    assert "more than one reading" in found.summary
    ambiguity = found.notes[0]
    assert "Read as applying to all contracts, the share is 30%" in ambiguity
    assert "the sources do not state the competitive share" in ambiguity
    assert "a rise no source states" in ambiguity


def test_an_fms_contract_in_2010_says_the_sources_do_not_state_it():
    found = _obligation(amount="$20 million", contract_type="fms", year=2010)
    assert found.triggers is None
    assert "the sources do not state how FMS deals were treated then" in found.summary
    assert any(
        "as of 2023" in n and "otherwise the sources do not state it" in n for n in found.notes
    )


def test_an_fms_contract_now_is_case_by_case_without_a_hedge():
    found = _obligation(amount="$20 million", contract_type="fms", year=2024)
    assert "case by case" in found.summary and "do not state" not in found.summary


def test_the_offset_rule_for_1995_carries_the_ambiguity():
    found = calculate({"operation": "offset_rule", "year": 1995}, DATA, as_of=AS_OF)
    assert any("Read as applying to all contracts" in n for n in found.notes)


def test_a_request_naming_kiet_converts_at_kiets_implied_rate():
    found = calculate(
        {"operation": "convert", "amount": "KRW 1 trillion", "to_currency": "USD", "rate": "KIET"},
        DATA,
        as_of=AS_OF,
    )
    assert found.result == "800000000" and found.cites == ["rate-kiet-2023"]
    assert found.details["rate"] == "1,250 KRW/USD"
    assert "the rate KIET (2023) implies" in found.notes[0]
    assert "1,470" in found.notes[0]  # the other sources' rate is named too


def test_the_default_implied_rate_names_its_source():
    found = calculate(
        {"operation": "convert", "amount": "$10 million", "to_currency": "KRW", "rate": "implied"},
        DATA,
        as_of=AS_OF,
    )
    assert found.result == "14700000000"
    assert (
        "the Asia Business Daily" in found.notes[0]
        and "KIET (2023) implies 1,250" in found.notes[0]
    )


def test_when_the_rates_give_different_verdicts_both_are_shown():
    # KRW 13 billion: USD 8.84 million at 1,470 (below the threshold), USD 10.4 million at 1,250.
    for rate, triggers in (("implied", False), ("kiet", True)):
        found = _obligation(amount="13 billion won", rate=rate)
        assert found.triggers is triggers
        split = next(n for n in found.notes if n.startswith("The verdict depends on the rate"))
        assert "USD 8,843,537.41: no offset obligation" in split
        assert "USD 10,400,000: offset required (USD 5,200,000)" in split
        assert {"rate-ustr-2025", "rate-kiet-2023"} <= set(found.cites)


def test_when_the_rates_agree_on_the_verdict_only_one_is_shown():
    found = _obligation(amount="20 billion won", rate="implied")
    assert not any(n.startswith("The verdict depends") for n in found.notes)
    assert found.cites[0] == "rate-ustr-2025"


def test_a_numeric_rate_is_the_users_and_names_no_source():
    found = _obligation(amount="13 billion won", rate="1300")
    assert found.details["rate"] == "1,300 KRW/USD"
    assert not any("implies" in n or "depends" in n for n in found.notes)
