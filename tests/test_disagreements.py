"""Disagreement as data: the answerer flags exactly the curated disagreements."""

from __future__ import annotations

import pytest

from assistant.answering.row_answers import conflicting_pairs, disagree, shape_fact
from assistant.knowledge.disagreements import disputed_pairs, is_disputed, load_disagreements
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)
CURATED = load_disagreements()


@pytest.fixture(scope="module")
def texts():
    from assistant.knowledge.sources import load_sources

    return {s.id: s.text for s in load_sources(Settings().sources_dir)}


def test_the_pairs_the_answerer_flags_are_exactly_the_curated_ones():
    assert conflicting_pairs(list(DATA.rows())) == disputed_pairs(CURATED)


def test_the_curated_file_has_the_known_disagreements():
    assert {d.id for d in CURATED} >= {
        "offset-value-2011-2015",
        "offset-value-2016-2020",
        "nte-release-date",
    }


def test_every_curated_quote_is_its_rows_quote_and_stands_in_the_source(texts):
    for item in CURATED:
        for side in item.sides:
            rows = [DATA.row(r) for r in side.rows]
            assert {r.quote for r in rows} == set(side.quotes), (item.id, side.value)
            for row in rows:
                assert row.quote in texts[row.source]
        for row_id in (*item.compatible, *item.other_units):
            DATA.row(row_id)  # exists


def test_one_source_stating_two_things_is_not_a_disagreement():
    # KIET's KRW 13.6 trillion imports and KRW 1 trillion offsets; the USTR's other barriers.
    rows = [DATA.row("imports-2016-2020-kiet-krw"), DATA.row("value-2016-2020-kiet-krw")]
    assert not disagree([shape_fact(r) for r in rows])
    barriers = [shape_fact(r) for r in DATA.ustr if r.topic == "other_barrier"]
    assert not disagree(barriers)


def test_a_rounded_figure_agrees_with_the_exact_one_but_two_exact_figures_do_not():
    exact = shape_fact(DATA.row("value-2011-2015-kiet-799"))
    assert not disagree([exact, shape_fact(DATA.row("value-2011-2015-blog"))])  # nearly $8 billion
    assert disagree([exact, shape_fact(DATA.row("value-2011-2015-kiet-8"))])  # USD 8 billion


def test_is_disputed_compares_quotes_by_side():
    kiet_700 = DATA.row("value-2016-2020-kiet-700").quote
    yonhap = DATA.row("value-2016-2020-yonhap").quote
    blog = DATA.row("value-2016-2020-blog").quote
    assert is_disputed(kiet_700, yonhap) and is_disputed(yonhap, kiet_700)
    assert not is_disputed(yonhap, blog)  # the same side
    assert not is_disputed(DATA.row("kr-threshold").quote, yonhap)  # in no disagreement
    assert is_disputed(DATA.row("ustr-release-yonhap").quote, DATA.row("ustr-release-blog").quote)
