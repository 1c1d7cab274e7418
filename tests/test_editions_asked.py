"""A count asked of a past edition of a recurring document names that edition's year; the
present edition, or several editions, bind no one past year. The wordings are invented."""

from __future__ import annotations

from assistant.answering.editions_asked import edition_year


def test_a_past_edition_named_by_its_year_is_asked() -> None:
    assert (
        edition_year("How many pages did the almanac give Peru in its 2019 edition?", 2025) == 2019
    )
    assert edition_year("How many ports did the 2021 report list?", 2025) == 2021


def test_the_present_edition_or_a_year_of_no_edition_binds_none() -> None:
    assert edition_year("How many ports did the 2025 report list?", 2025) is None
    assert edition_year("How many ports were dredged in 2019?", 2025) is None


def test_two_editions_compared_bind_no_one_year() -> None:
    assert edition_year("Did the 2019 report list more ports than the 2021 report?", 2025) is None


def test_a_count_dated_by_the_question_is_only_reported_in_the_edition() -> None:
    assert edition_year("How many ports were dredged in 2018, per the 2021 report?", 2025) is None


def test_a_table_row_naming_the_edition_counts_in_it() -> None:
    from assistant.answering.answerability import _counted_in_edition

    asked = "How many ports did the harbour survey list in its 2019 edition?"
    # A row has no clauses to split; its label names the edition it counts in.
    assert _counted_in_edition(["Harbour survey 2019, ports listed: 14"], asked, 2019)
    assert not _counted_in_edition(["Harbour survey 2021, ports listed: 14"], asked, 2019)
