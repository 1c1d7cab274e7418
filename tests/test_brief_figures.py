"""The brief's table of figures: each line says what its row holds, in the row's own words."""

from __future__ import annotations

from assistant.app.brief import row_figure
from assistant.knowledge.rows import CountryPolicy, load_data
from assistant.settings import Settings


def _country_row(attribute: str, value: str, **figures: object) -> CountryPolicy:
    return CountryPolicy.model_validate(
        {
            "id": f"xx-{attribute.replace('_', '-')}",
            "source": "s",
            "quote": value,
            "country": "Freedonia",
            "attribute": attribute,
            "value": value,
            **figures,
        }
    )


def test_each_country_row_is_labelled_by_what_it_holds_not_all_as_a_minimum_share():
    rows = [
        _country_row("min_share", "Min. 40%", percent=40),
        _country_row("agency", "Ministry of Procurement"),
        _country_row("legal_basis", "Procurement Act, Article 7"),
        _country_row("threshold", "USD 3 million", amount_usd=3_000_000),
    ]
    measures = [row_figure(row)[1] for row in rows]
    assert measures == [f"Freedonia, {row.label()}" for row in rows]
    assert len(set(measures)) == len(rows)
    assert "minimum offset share" in measures[0]
    assert not any("minimum offset share" in m for m in measures[1:])


def test_every_kind_of_country_row_in_the_knowledge_base_has_its_own_label_in_the_brief():
    countries = load_data(Settings().data_dir).countries
    by_attribute = {row.attribute: row_figure(row)[1].split(", ", 1)[1] for row in countries}
    assert len(by_attribute) > 1
    assert len(set(by_attribute.values())) == len(by_attribute), by_attribute
