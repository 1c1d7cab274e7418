"""A figure asked of named sources ("the Courier's toll for the decade against the Gazette's?",
"according to the Gazette, what were the port's takings?"): the measure is what the question
asks, and the sources it names only restrict whose rows answer. Each named source gives its own
figures of that measure, or is said to give none, and only where the table of the measure holds
every figure each source gives (the values by period); a share is a measure apart from an amount
and is asked only by a word of shares."""

from __future__ import annotations

from assistant.answering.per_source import complete, per_source, sources_in_order, unit_fits
from assistant.answering.row_answers import shape_fact
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)
KIET, YONHAP, ASIAE, BLOG, HANKYUNG = (
    "002_b00326718e5a7ad5",
    "001_4df862b2e8f3b0fd",
    "000_698068ed5c1850f6",
    "003_ef00d9b87152a25b",
    "004_840937613cbc5a16",
)
CALLED = {
    "courier": ("Courier", "Morning Courier"),
    "gazette": ("Gazette",),
    "institute": ("NRI",),
}


def _family(period: str, measure: str):
    facts = [shape_fact(r) for r in DATA.values]
    return [f for f in facts if f.family == ("value", period, measure)]


def test_the_sources_named_are_found_in_the_order_the_question_names_them():
    assert sources_in_order("The Gazette's toll next to the Courier's?", CALLED) == (
        "gazette",
        "courier",
    )
    # One named only as the source another cites reads through the citing one.
    assert sources_in_order("The Courier, citing the NRI, on tolls?", CALLED) == ("courier",)


def test_each_named_source_gives_its_own_figures_of_the_measure():
    # Two outlets that give unlike amounts for one period: each one's rows, no one else's.
    found = per_source(_family("2016-2020", "offset_value"), (ASIAE, YONHAP))
    assert found is not None and not found.silent
    assert {f.row.source for f in found.rows} == {ASIAE, YONHAP}


def test_a_named_source_that_gives_no_figure_of_the_measure_is_said_to_give_none():
    # An import bill one outlet states and the other never does: the other is silent.
    found = per_source(_family("2016-2020", "weapons_imports"), (ASIAE, YONHAP))
    assert found is not None
    assert found.silent == (YONHAP,)
    assert {f.row.source for f in found.rows} == {ASIAE}


def test_a_measure_no_source_gives_singles_out_no_source():
    assert per_source([], (ASIAE,)) is None


def test_silence_is_read_only_in_a_table_holding_every_figure_of_each_source():
    # The values by period record each source's figures; a country table does not, so a
    # source missing from it may still state the figure in its text.
    assert complete(_family("2011-2015", "offset_value"))
    countries = [shape_fact(r) for r in DATA.countries]
    assert countries and not complete(countries)
    assert per_source(countries, (HANKYUNG,)) is None


def test_a_share_is_asked_by_a_word_of_shares_an_amount_otherwise():
    amount = _family("2016-2020", "offset_value")[0]
    share = _family("2016-2020", "offset_share_of_imports")[0]
    assert unit_fits("What was the Courier's haul for the decade?", amount)
    assert not unit_fits("What was the Courier's haul for the decade?", share)
    assert unit_fits("What proportion of the decade's imports does the Courier put it at?", share)
    assert not unit_fits("What percentage of imports was it, per the Courier?", amount)


def test_a_source_is_said_to_give_none_only_of_a_figure_asked():
    from assistant.answering.per_source import asks_figure

    assert asks_figure("According to the Courier, how much did the port take in 2031?")
    assert not asks_figure("Which yard does the Courier say repaired the ferry?")


def test_a_question_asking_two_things_of_a_source_is_no_figure_of_one_measure():
    # "What did the Courier blame, and what toll did it give?" asks two things: the rows of the
    # toll answer neither whole, so no source is said to give none of it.
    from assistant.answering.per_source import one_ask

    assert not one_ask(
        "Per the Courier: what did it blame the closure on, and what toll did it give?", CALLED
    )
    assert not one_ask("According to the Gazette, how many ferries sailed, and how full?", CALLED)


def test_a_later_part_asking_only_another_source_is_the_same_ask():
    from assistant.answering.per_source import one_ask

    assert one_ask(
        "For the winter, what toll does the Courier give and what does the NRI give?", CALLED
    )
    assert one_ask(
        "How much did the port take in 2031 per the Courier, and per the Gazette?", CALLED
    )
    assert one_ask("What did the port take in 2031, according to the Gazette?", CALLED)
