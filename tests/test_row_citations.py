"""A row answer cites what its figure rests on, including the sentence that gives its period."""

from __future__ import annotations

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
