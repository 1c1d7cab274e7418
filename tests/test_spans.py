"""Span-bound verification: each figure of a row must stand in its own span of the quote, with the
labels it belongs to. Every real row passes; every systematic mutation of a figure fails."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from itertools import permutations

import pytest

from assistant.knowledge.rows import (
    CountryPolicy,
    ImpliedRate,
    OffsetData,
    OffsetValue,
    PolicyEvent,
    ProgramFact,
    Row,
    UstrFact,
    bindings,
    load_data,
    unbound,
    verify,
)
from assistant.knowledge.spans import governing, money, percents, spans, stating
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)


def _shift_period(period: str, by: int) -> str:
    start, end = (int(y) for y in period.split("-"))
    return f"{start + by}-{end + by}"


def _mutations(data: OffsetData) -> list[tuple[str, Row, dict]]:
    """(label, row, changed fields): every one must make the row fail verification."""
    found: list[tuple[str, Row, dict]] = []
    rows = list(data.rows())
    # 1. Swap figures between rows that share a quote: the figure stands in the quote, but not in
    #    the span of this row's labels (Türkiye's cell, the non-competitive clause, 2011-2015...).
    for a, b in permutations(rows, 2):
        if type(a) is not type(b) or a.quotes != b.quotes:
            continue
        for name, value in a.figures().items():
            other = b.figures().get(name)
            if other is None or other == value or name in ("period start", "period end"):
                continue
            if name in ("year", "day") and not isinstance(a, (ProgramFact, UstrFact)):
                continue  # a shared quote's year is the same event's; tested below
            found.append((f"{a.id}.{name} := {b.id}'s {other}", a, {name: other}))
    # 2. Shift every amount and share a decimal place up and down.
    for row in rows:
        for binding in bindings(row):
            if binding.name in ("year", "day"):
                continue
            for factor in (Decimal(10), Decimal("0.1")):
                found.append(
                    (
                        f"{row.id}.{binding.name} × {factor}",
                        row,
                        {binding.name: binding.value * factor},
                    )
                )
    # 3. Change the currency or unit of an amount.
    for row in rows:
        if isinstance(row, OffsetValue) and row.currency:
            other = "KRW" if row.currency == "USD" else "USD"
            found.append((f"{row.id}.currency := {other}", row, {"currency": other}))
        if isinstance(row, ProgramFact) and row.unit in ("USD", "KRW", "percent"):
            other = {"USD": "KRW", "KRW": "USD", "percent": "USD"}[row.unit]
            found.append((f"{row.id}.unit := {other}", row, {"unit": other}))
        if isinstance(row, ImpliedRate):
            found.append((f"{row.id}: usd and krw swapped", row, {"usd": row.krw, "krw": row.usd}))
    # 4. Change years and periods.
    for row in rows:
        if isinstance(row, OffsetValue):
            for by in (-5, 5):
                found.append(
                    (
                        f"{row.id}.period shifted {by}",
                        row,
                        {"period": _shift_period(row.period, by)},
                    )
                )
        if isinstance(row, (PolicyEvent, ProgramFact)) and row.year:
            found.append((f"{row.id}.year + 1", row, {"year": row.year + 1}))
            found.append((f"{row.id}.year - 2", row, {"year": row.year - 2}))
        if isinstance(row, UstrFact) and row.topic == "cases" and row.year:
            found.append((f"{row.id}.year - 1", row, {"year": row.year - 1}))
    # 5. Move a figure to another label: the other contract type, the other country.
    for row in rows:
        if isinstance(row, CountryPolicy) and row.contract_type:
            other = "competitive" if row.contract_type == "non-competitive" else "non-competitive"
            found.append((f"{row.id}.contract_type := {other}", row, {"contract_type": other}))
        if (
            isinstance(row, PolicyEvent)
            and row.share_percent
            and row.applies_to in (("competitive",), ("non-competitive",))
        ):
            other = "competitive" if row.applies_to == ("non-competitive",) else "non-competitive"
            found.append((f"{row.id}.applies_to := {other}", row, {"applies_to": (other,)}))
        if isinstance(row, CountryPolicy) and row.percent is not None and "\t" in row.context:
            for country in ("Netherlands", "Türkiye", "Taiwan"):
                twin = next(
                    c
                    for c in data.countries
                    if c.country == country and c.attribute == row.attribute
                )
                if twin.percent != row.percent:
                    found.append((f"{row.id}.country := {country}", row, {"country": country}))
        if isinstance(row, UstrFact) and row.topic == "pages":
            for economy in ("EU", "China", "Japan", "Korea"):
                if economy != row.economy:
                    found.append((f"{row.id}.economy := {economy}", row, {"economy": economy}))
    return found


MUTATIONS = _mutations(DATA)
# The cases tracker issue 12 names, each of which verified before spans.
NAMED = [
    ("tr-share", {"percent": Decimal(100)}),
    ("kr-share-non-competitive", {"percent": Decimal(50)}),
    ("ustr-pages-korea", {"number": Decimal(48)}),
    ("policy-1986-share", {"share_percent": Decimal(50)}),
    ("value-2011-2015-yonhap", {"amount": Decimal(800_000_000)}),
    ("value-2016-2020-asiae", {"amount": Decimal(13_600_000_000_000)}),
    ("tr-threshold", {"percent": Decimal(50)}),
    ("kcx-commitment-technology", {"amount": Decimal(536_300_000)}),
    ("f35-sme-purchased", {"amount": Decimal(12)}),
    ("ustr-cases-2024", {"number": Decimal(21)}),
    ("value-1983-2022-parts", {"percent": Decimal("23.1")}),
    ("policy-1984", {"threshold_usd": Decimal(5_000_000)}),
]


@pytest.fixture(scope="module")
def texts():
    from assistant.knowledge.sources import load_sources

    return {s.id: s.text for s in load_sources(Settings().sources_dir)}


def test_every_real_row_binds_every_figure_to_its_span(texts):
    assert verify(DATA, texts) == []
    assert all(unbound(row) == [] for row in DATA.rows())


def test_there_are_enough_systematic_mutations():
    assert len(MUTATIONS) >= 50
    kinds = {label.split(".")[-1].split(" ")[0] for label, _, _ in MUTATIONS}
    assert {"currency", "period", "year", "contract_type", "country", "economy"} <= kinds


@pytest.mark.parametrize(("label", "row", "change"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_a_mutated_row_fails_verification(label, row, change):
    mutated = row.model_copy(update=change)
    assert unbound(mutated), f"{label} still verifies"


@pytest.mark.parametrize(("row_id", "change"), NAMED, ids=[n[0] for n in NAMED])
def test_the_swaps_the_issue_names_fail(row_id, change):
    assert unbound(DATA.row(row_id).model_copy(update=change))


@pytest.mark.parametrize(
    ("rule_id", "change"),
    [
        ("rule-1986", {"shares": {"competitive": Decimal(50), "non-competitive": Decimal(30)}}),
        ("rule-1986", {"threshold_usd": Decimal(2_000_000)}),
        ("rule-1984", {"shares": {"competitive": Decimal(30), "non-competitive": Decimal(50)}}),
        ("rule-2023", {"shares": {"competitive": Decimal(30), "non-competitive": Decimal(50)}}),
        ("rule-1982", {"threshold_usd": Decimal(5_000_000)}),
    ],
)
def test_a_rule_figure_no_cited_row_states_for_its_contract_type_fails(rule_id, change, texts):
    rules = tuple(r.model_copy(update=change) if r.id == rule_id else r for r in DATA.rules)
    assert verify(dataclasses.replace(DATA, rules=rules), texts)


def test_spans_cut_clauses_cells_and_figure_parentheses():
    cut = [
        s.text
        for s in spans("from nearly $8 billion (2011-2015) to around $800 million (2016-2020)")
    ]
    assert cut == ["from nearly $8 billion (2011-2015)", "to around $800 million (2016-2020)"]
    cells = spans("Offset value\t50% of competitive contracts, 30% of non-competitive contracts")
    assert [(s.cell, s.text) for s in cells][1:] == [
        (1, "50% of competitive contracts"),
        (1, "30% of non-competitive contracts"),
    ]
    kcx = spans(
        "worth $662.6 million (technology transfer $84.3 million, SME exports $536.3 million)"
    )
    assert [s.host for s in kcx] == [None, 0, 0]


def test_old_values_and_currencies_are_read_apart():
    assert percents("lowered from 50 to 30 percent of contract value") == {Decimal(30)}
    assert percents("from a minimum of 50 percent to 70 percent") == {Decimal(70)}
    assert money("KRW 1 trillion (about USD 800 million today)") == {
        ("KRW", Decimal(10) ** 12),
        ("USD", Decimal(800_000_000)),
    }


def test_a_clause_stating_a_figure_is_governed_by_its_own_label_else_the_one_before():
    text = "It gave 20 pages to Chile but 5 pages to Peru, and 16 disputes were listed"
    places = lambda clause: set(re.findall(r"Chile|Peru", clause))  # noqa: E731
    assert governing(text, places, lambda clause: "disputes" in clause) == {"Peru"}
    assert governing(text, places, lambda clause: "20 pages" in clause) == {"Chile"}


def test_a_figure_cut_out_in_parentheses_is_read_with_its_clause():
    text = "It listed 21 cases, more than last year (18 cases)"
    assert stating(text, lambda clause: "18" in clause) == ["18 cases more than last year"]
