"""The structured tables in knowledge/data: every row is backed, word for word, by its source."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.errors import KnowledgeError
from assistant.knowledge.rows import TABLES, load_data, numbers_in, verify
from assistant.settings import Settings

DATA = Settings().data_dir


@pytest.fixture(scope="module")
def data():
    return load_data(DATA)


@pytest.fixture(scope="module")
def texts():
    from assistant.knowledge.sources import load_sources

    return {s.id: s.text for s in load_sources(Settings().sources_dir)}


def test_every_quote_stands_in_its_source_and_every_figure_in_its_quote(data, texts):
    assert verify(data, texts) == []


def test_each_row_quote_is_found_verbatim(data, texts):
    # The same check as verify(), spelled out: a reviewer can read this one.
    for row in data.rows():
        assert row.quote in texts[row.source], row.id


def test_the_tables_cover_what_negotiators_ask_for(data):
    years = {e.year for e in data.policy if e.threshold_usd}
    assert {1982, 1984, 1986, 2006} <= years
    periods = {v.period for v in data.values}
    assert {"2011-2015", "2016-2020", "2021-2022", "2016-2022", "1983-2022"} <= periods
    assert {p.program for p in data.programs} >= {"KC-X", "F-35A phase 1", "F-35A phase 2"}
    assert {"Türkiye", "Norway", "Korea"} <= {c.country for c in data.countries}
    assert {u.topic for u in data.ustr} >= {"release_date", "offsets", "pages", "cases"}
    assert any(s.amount == Decimal("5880000000") for s in data.statistics)
    assert min(t.year for t in data.timeline) == 1982
    assert max(t.date for t in data.timeline).startswith("2025-04")


def test_disagreeing_figures_are_all_kept(data):
    usd_2016_2020 = {
        v.amount for v in data.values if v.period == "2016-2020" and v.measure == "offset_value"
    }
    assert {Decimal("800000000"), Decimal("700000000"), Decimal("1000000000000")} <= usd_2016_2020
    assert any(u.disputed for u in data.ustr if u.topic == "release_date")


def test_the_rules_cover_every_year_from_1982_and_cite_policy_rows(data):
    assert data.rule_for(1982).threshold_usd == Decimal(1_000_000)
    assert data.rule_for(1985).threshold_usd == Decimal(2_000_000)
    assert data.rule_for(1986).shares["competitive"] == Decimal(30)
    assert data.rule_for(2006).threshold_usd == Decimal(10_000_000)
    assert data.current_rule.to_year is None
    assert data.current_rule.shares == {"competitive": Decimal(50), "non-competitive": Decimal(30)}


def test_numbers_in_reads_scaled_amounts_words_and_broken_dashes():
    found = numbers_in("USD 7.99 billion in 2011?2015, seven percent, 1,470 won")
    assert {Decimal("7.99"), Decimal("7990000000"), Decimal(2011), Decimal(2015)} <= found
    assert {Decimal(7), Decimal(1470)} <= found


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def test_a_table_that_is_not_yaml_is_named_in_the_error(copy):
    (copy / "programs.yaml").write_text("- {id: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="programs.yaml is not valid YAML"):
        load_data(copy)


def test_a_row_with_a_missing_field_is_named_by_file_row_and_field(copy):
    path = copy / "us_offsets.yaml"
    path.write_text(
        "- {id: x-1, measure: contracts, unit: contracts, source: s, quote: q}\n", encoding="utf-8"
    )
    with pytest.raises(
        KnowledgeError, match=r"us_offsets.yaml, row 0 \(x-1\): amount: Field required"
    ):
        load_data(copy)


def test_a_missing_table_is_reported(copy):
    (copy / "timeline.yaml").unlink()
    with pytest.raises(KnowledgeError, match="missing data table"):
        load_data(copy)


def test_a_figure_that_is_not_in_its_quote_is_caught(copy, texts):
    path = copy / "us_offsets.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("amount: 27,", "amount: 28,"), encoding="utf-8"
    )
    problems = verify(load_data(copy), texts)
    assert problems == ["bis-2022-contracts: amount 28 is not in its quote with its labels"]


def test_a_quote_edited_away_from_its_source_is_caught(copy, texts):
    path = copy / "us_offsets.yaml"
    text = path.read_text(encoding="utf-8").replace("This accounts for 32.8%", "This is 32.8%")
    path.write_text(text, encoding="utf-8")
    assert "bis-2022-share: quote does not stand verbatim" in verify(load_data(copy), texts)[0]


def test_a_count_told_as_part_of_a_count_the_table_lacks_is_rejected(copy):
    path = copy / "us_offsets.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("part_of: dapa-eligible-programs", "part_of: no-such-row"), encoding="utf-8"
    )
    with pytest.raises(KnowledgeError, match="part_of must name a larger count"):
        load_data(copy)


def test_rules_with_a_gap_between_years_are_rejected(copy):
    path = copy / "offset_rules.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("to_year: 1985", "to_year: 1984"), encoding="utf-8"
    )
    with pytest.raises(KnowledgeError, match="without gaps or overlaps"):
        load_data(copy)


def test_the_assistant_refuses_to_start_on_data_that_does_not_match_its_sources(copy, tmp_path):
    from assistant import Assistant

    knowledge = tmp_path / "knowledge"
    shutil.copytree(DATA.parent, knowledge, ignore=shutil.ignore_patterns("data"))
    shutil.copytree(copy, knowledge / "data")
    path = knowledge / "data" / "us_offsets.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("amount: 27,", "amount: 28,"), encoding="utf-8"
    )
    bot = Assistant(Settings(home=tmp_path / "home", knowledge_dir=knowledge), progress=False)
    with pytest.raises(KnowledgeError, match="bis-2022-contracts: amount 28"):
        bot.ask("How many offset contracts did the US sign in 2022?")


def test_every_table_file_is_loaded():
    assert set(TABLES) | {"offset_rules.yaml"} == {p.name for p in DATA.glob("*.yaml")}


@pytest.mark.parametrize(
    ("date", "shown"),
    [("1999", "1999"), ("2004-07", "July 2004"), ("2011-03-09", "9 March 2011")],
)
def test_a_dated_event_is_shown_with_its_date_as_readers_write_it(date, shown):
    from assistant.knowledge.rows import TimelineEvent

    row = TimelineEvent(id="t-x", date=date, event="A ship is launched", source="s", quote="q")
    # Matching keeps the sortable ISO date; the reader sees it in words, no more precise.
    assert row.statement().startswith(date)
    assert row.shown() == f"{shown}: A ship is launched"
