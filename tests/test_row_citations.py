"""A row answer cites what its figure rests on, including the sentence that gives its period."""

from __future__ import annotations

import pytest

from assistant.knowledge.rows import CountryPolicy, OffsetValue


def test_a_row_cites_the_sentence_before_it_when_that_gives_its_period():
    row = OffsetValue(
        id="value-x",
        source="s",
        period="2001-2010",
        measure="offset_value",
        amount=3_000_000_000,
        currency="USD",
        context="Offsets brought USD 9 billion over the decade (2001 to 2010).",
        quote="Radar work accounted for USD 3 billion of it.",
    )
    assert row.cited == (row.quote, row.context)


def test_a_table_header_is_context_but_not_cited():
    row = CountryPolicy(
        id="xx-share",
        source="s",
        country="Chile",
        attribute="min_share",
        value="Min. 50%",
        percent=50,
        context="\tChile\tPeru",
        quote="Offset value per contract\tMin. 50%\tMin. 40%",
    )
    assert row.cited == (row.quote,)


def test_a_policy_step_is_shown_with_its_month_when_the_quote_gives_it():
    from assistant.knowledge.rows import PolicyEvent

    row = PolicyEvent(
        id="policy-x",
        source="s",
        year=2019,
        month=7,
        event="the agency opens a registry",
        quote="In July 2019 the agency opened a registry.",
    )
    assert row.shown() == "July 2019: the agency opens a registry"
    # Matching reads the statement without the month, as before.
    assert row.statement() == "2019: the agency opens a registry"


@pytest.mark.slow
def test_a_table_row_is_cited_with_its_table_s_caption(assistant):
    answer = assistant.ask("How long is the negotiation window for offset banking in Israel?")
    caption = answer.answer.split(" — ", 1)[0]
    assert caption.startswith("Table")
    assert caption in [c.quote for c in answer.citations]
