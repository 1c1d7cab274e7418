"""Which item of a table ranks first or last on its figure ("which berth charges the highest
levy?"): the ordered rows of the one table the question's words and constraints pick, or nothing
when any of them is in doubt (assistant/answering/rankings.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import pytest

from assistant.answering import rankings
from assistant.answering.rankings import Constraints, Superlative
from assistant.answering.row_answers import Fact, shape_fact
from assistant.knowledge.rows import CountryPolicy, OffsetValue, ProgramFact, Row


def _terms(text: str) -> list[str]:
    """Plain lower-case words, with a trailing plural "s" dropped: stems enough for a test."""
    found = re.findall(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*|\d+", text.lower())
    return [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in found]


def _fact(row: Row) -> Fact:
    shaped = shape_fact(row)
    terms = frozenset(_terms(f"{row.statement()} {row.quote} {row.context}"))
    return Fact(
        row,
        shaped.statement,
        terms,
        frozenset(_terms(row.statement())),
        shaped.family,
        shaped.subject,
        shaped.figure,
    )


@dataclass
class _Book:
    facts: list[Fact]


_CRANE_QUOTE = (
    "The crane maker pledged dredging ($9 million), training ($4 million) and spares ($1 million)."
)


def _pledge(category: str, amount: int) -> ProgramFact:
    return ProgramFact(
        id=f"crane-{category}",
        source="s1",
        quote=_CRANE_QUOTE,
        program="Crane order",
        contractor="Hoist Co",
        attribute="commitment",
        category=category,
        amount=Decimal(amount),
        unit="USD",
    )


def _share(country: str, percent: int, table: bool = True) -> CountryPolicy:
    quote = (
        "Levy per berth\tMin. 80%\tMin. 40%\tMin. 20%"
        if table
        else f"{country} asks {percent} percent."
    )
    return CountryPolicy(
        id=f"{country.lower()}-share",
        source="s2",
        quote=quote,
        country=country,
        attribute="min_share",
        value=f"Min. {percent}%",
        percent=Decimal(percent),
    )


def _value(period: str, amount: int, category: str = "") -> OffsetValue:
    return OffsetValue(
        id=f"v-{period}-{category or 'all'}".replace(" ", "-"),
        source="s3",
        quote=f"From {period} the port earned USD {amount} million.",
        period=period,
        measure="offset_value_by_type" if category else "offset_value",
        category=category,
        amount=Decimal(amount) * 1_000_000,
        currency="USD",
    )


def _tables(*rows: Row) -> tuple[rankings.RankedTable, ...]:
    return rankings.ranked_tables(_Book([_fact(r) for r in rows]), _terms)  # type: ignore[arg-type]


def _given(question: str, programs: tuple[str, ...] = (), countries: tuple[str, ...] = ()):
    return Constraints(
        terms=frozenset(_terms(question)),
        programs=frozenset(programs),
        countries=frozenset(countries),
        home="Korea",
        sources=frozenset(),
    )


def _chosen(question: str, tables, **named) -> rankings.RankedTable | None:
    asked = rankings.superlative_asked(question)
    assert asked is not None
    return rankings.chosen_table(question, asked, tables, _given(question, **named), _terms)


_PLEDGES = (
    _pledge("dredging", 9_000_000),
    _pledge("training", 4_000_000),
    _pledge("spares", 1_000_000),
)


@pytest.mark.parametrize(
    ("question", "high", "low", "kind"),
    [
        ("Which harbour item was the largest?", True, False, "category"),
        ("Which nation charges the lowest levy?", False, True, "country"),
        ("Which period brought the most dues?", True, False, "period"),
        ("Which kinds are at the top and bottom on dues?", True, True, "category"),
        ("What was the biggest part of the pledge, and which the least?", True, True, "category"),
    ],
)
def test_a_superlative_names_its_ends_and_the_kind_of_item_ranked(question, high, low, kind):
    asked = rankings.superlative_asked(question)
    assert asked is not None
    assert (asked.high, asked.low, asked.kind) == (high, low, kind)


@pytest.mark.parametrize(
    "question",
    [
        "What is the least levy a berth must pay at least?",  # "at least" is no extreme
        "Do most countries levy dues?",  # a quantifier, not "the most"
        "Which item was the second-largest?",  # not an end of the order
        "Is the dredging item not the largest?",
        "Which country charges a higher levy than the port authority?",
        "How does the largest item compare with the crane order's total?",
        "Who was the largest contractor?",  # no kind of item the tables rank
        "Which country's largest item was dredging?",  # two kinds of item
    ],
)
def test_what_is_no_plain_ranking_is_not_taken_for_one(question):
    assert rankings.superlative_asked(question) is None


def test_the_items_of_a_named_program_are_ranked_highest_first():
    tables = _tables(*_PLEDGES)
    table = _chosen(
        "What was the largest item the crane order pledged?", tables, programs=("Crane order",)
    )
    assert table is not None
    tiers = rankings.order(table)
    assert tiers is not None
    assert [[e.name for e in tier] for tier in tiers] == [["dredging"], ["training"], ["spares"]]


def test_a_table_of_a_program_the_question_does_not_name_is_not_ranked():
    tables = _tables(*_PLEDGES)
    assert _chosen("What was the largest item pledged?", tables) is None
    assert (
        _chosen("Which item of the ferry deal was largest?", tables, programs=("Ferry deal",))
        is None
    )


def test_a_year_or_a_span_no_row_is_of_leaves_the_ranking_alone():
    tables = _tables(
        _value("2001-2010", 50, "tugs"),
        _value("2001-2010", 30, "cranes"),
        _value("2001-2010", 10, "pilots"),
    )
    assert _chosen("Which kind of dues was the largest over 2001-2010?", tables) is not None
    assert _chosen("Which kind of dues was the largest in 2015?", tables) is None
    assert _chosen("Which kind of offsets was the largest over two decades?", tables) is None


def test_a_figure_of_another_column_is_not_ranked_by_this_one():
    rows = (
        _share("Atlantis", 80),
        _share("Lemuria", 40),
        _share("Mu", 20),
        CountryPolicy(
            id="at-threshold",
            source="s2",
            quote="Atlantis levies on berths over USD 5 million.",
            country="Atlantis",
            attribute="threshold",
            value="USD 5 million",
            amount_usd=Decimal(5_000_000),
        ),
    )
    tables = _tables(*rows)
    assert _chosen("Which country asks the highest minimum share?", tables) is not None
    assert _chosen("Which country has the highest threshold?", tables) is None


def test_a_country_ranking_keeps_the_source_s_table_and_tells_prose_figures_beside_it():
    rows = (
        _share("Atlantis", 80),
        _share("Lemuria", 40),
        _share("Mu", 20),
        _share("Thule", 10, table=False),
    )
    tables = _tables(*rows)
    table = _chosen("Which country asks the lowest minimum share?", tables)
    assert table is not None
    assert [e.name for e in table.entries] == ["Atlantis", "Lemuria", "Mu"]
    assert [e.name for e in table.besides] == ["Thule"]
    in_table = _chosen("Which country in the table asks the lowest minimum share?", tables)
    assert in_table is not None and not in_table.besides


def test_naming_one_or_two_items_asks_about_them_not_for_a_ranking():
    rows = (_share("Atlantis", 80), _share("Lemuria", 40), _share("Mu", 20))
    tables = _tables(*rows)
    assert (
        _chosen(
            "Which country asks the highest share, Atlantis or Mu?",
            tables,
            countries=("Atlantis", "Mu"),
        )
        is None
    )


def test_a_total_over_the_periods_it_holds_is_no_rival_of_them():
    tables = _tables(
        _value("2001-2005", 80),
        _value("2006-2010", 20),
        _value("2011-2012", 5),
        _value("2001-2012", 105),
    )
    table = _chosen("Which period brought the most offsets?", tables)
    assert table is not None
    assert sorted(e.name for e in table.entries) == ["2001-2005", "2006-2010", "2011-2012"]
    assert _chosen("Which period after 2005 brought the most offsets?", tables) is None


def test_ties_share_a_place_and_figures_that_leave_the_order_in_doubt_give_none():
    tables = _tables(_share("Atlantis", 80), _share("Lemuria", 80), _share("Mu", 20))
    table = _chosen("Which country asks the highest minimum share?", tables)
    assert table is not None
    tiers = rankings.order(table)
    assert tiers is not None and [len(t) for t in tiers] == [2, 1]
    doubtful = rankings.RankedTable(
        **{
            **table.__dict__,
            "entries": (
                rankings.Entry("A", (), Decimal(70), Decimal(90)),
                rankings.Entry("B", (), Decimal(60), Decimal(80)),
                rankings.Entry("C", (), Decimal(10), Decimal(10)),
            ),
        }
    )
    assert rankings.order(doubtful) is None


def test_a_long_ranking_shows_each_end_asked_with_its_runner_up():
    tiers = [[rankings.Entry(str(i), (), Decimal(i), Decimal(i))] for i in range(9, 0, -1)]
    high = Superlative(True, False, "country", "country")
    assert [t[0].name for t in rankings.shown_tiers(tiers, high)] == ["9", "8"]
    low = Superlative(False, True, "country", "country")
    assert [t[0].name for t in rankings.shown_tiers(tiers, low)] == ["2", "1"]
    assert len(rankings.shown_tiers(tiers[:4], high)) == 4


def test_the_knowledge_base_answers_a_ranking_with_its_ends_first(assistant):
    answer = assistant.ask("Over 1983 to 2022, which kind of offset earned the least?")
    assert not answer.abstained
    assert answer.answer.startswith("Lowest: equipment acquisition.")
    assert answer.answer.index("10.67") < answer.answer.index("5.36")


def test_the_knowledge_base_leaves_a_ranking_of_a_column_it_lacks_alone(assistant):
    answer = assistant.ask("Which country sets the highest offset threshold?")
    assert "Highest:" not in answer.answer
