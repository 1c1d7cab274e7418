"""Units and passages as columns (assistant.search.columns): the same records as the objects they
were made from, looked up by id, in the same order, made only when asked for."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.knowledge.chunks import Passage, Unit, split_source
from assistant.knowledge.sources import Source, SourceMeta, load_sources
from assistant.search.columns import Keys, PassageTable, UnitTable
from assistant.settings import Settings


@pytest.fixture(scope="module")
def records() -> tuple[list[Unit], list[Passage]]:
    units: list[Unit] = []
    passages: list[Passage] = []
    for source in load_sources(Settings().sources_dir):
        u, p = split_source(source)
        units += u
        passages += p
    # A document whose id and text are not ASCII, in a store order that is not id order.
    meta = SourceMeta(id="메모_1", title="메모", origin="ingested", file="메모.txt")
    u, p = split_source(Source(meta=meta, text="국방 절충교역 제도. Offsets “matter” — a lot."))
    return [*u[::-1], *units[::-1]], [*p, *passages[::-1]]


def test_a_unit_table_gives_back_every_unit_by_id_in_the_order_it_was_given(records):
    units, _ = records
    table = UnitTable.of(units)
    table.check()
    assert list(table) == [u.id for u in units]
    assert len(table) == len(units)
    for row, unit in enumerate(units):
        assert table[unit.id] == unit and table.row(unit.id) == row and table.at(row) == unit
    assert dict(table.items()) == {u.id: u for u in units}


def test_a_passage_table_gives_back_every_passage_and_its_id_order(records):
    _, passages = records
    table = PassageTable.of(passages)
    table.check()
    assert dict(table.items()) == {p.id: p for p in passages}
    assert [table.id_in_order(i) for i in range(len(table))] == sorted(p.id for p in passages)


@pytest.mark.parametrize(
    "key", ["", "#u0001", "000_698068ed5c1850f6#u9999", "x" * 500, "a\0", 17, None]
)
def test_an_id_that_is_not_there_is_not_found(records, key):
    units, _ = records
    table = UnitTable.of(units)
    assert key not in table and table.row(key) is None and table.get(key) is None
    if isinstance(key, str):
        with pytest.raises(KeyError):
            table[key]


def test_an_empty_table_is_empty():
    for table in (UnitTable.of([]), PassageTable.of([])):
        table.check()
        assert len(table) == 0 and list(table) == [] and "a" not in table


def test_ids_sort_as_strings_do():
    ids = ["b", "a#u0002", "가", "a#u0010", "é", "A"]
    keys = Keys.of(ids)
    assert [keys.id_in_order(i) for i in range(len(ids))] == sorted(ids)
    assert all(keys.row(i) == n for n, i in enumerate(ids))


def test_columns_that_differ_in_length_are_refused(records):
    units, passages = records
    columns = UnitTable.of(units).columns()
    columns["start"] = np.asarray(columns["start"][:-1])
    with pytest.raises(ValueError):
        UnitTable(columns, sorted({u.source_id for u in units}), ["sentence", "row"]).check()
    columns = PassageTable.of(passages).columns()
    columns["text_offsets"] = np.asarray(columns["text_offsets"][:-1])
    with pytest.raises(ValueError):
        PassageTable(columns, sorted({p.source_id for p in passages})).check()


def test_a_passage_of_bare_references_is_marked_and_stays_marked_when_tables_are_combined():
    from assistant.search.columns import combined

    meta = SourceMeta(id="quarry-notes", title="Quarry notes", kind="memo")
    text = (
        "Quarry notes\n\nThe garnet quarry reopened in 2021.\n\n"
        "1) Garnet Office (2021), Quarry rules.\n"
        "2) Slate Board (2020), Annual levy report.\n"
    )
    units, passages = split_source(Source(meta=meta, text=text))
    kinds = {u.id: u.kind for u in units}
    table = PassageTable.of(passages, kinds)
    table.check()
    marked = {p.id for p in passages if table.references[table.row(p.id)]}
    assert marked and all(
        {kinds[u] for u in p.unit_ids} == {"reference"} for p in passages if p.id in marked
    )
    assert any("garnet quarry reopened" in p.text for p in passages if p.id not in marked)
    keep = np.array([True] * len(passages))
    joined = combined(table, keep, PassageTable.of([], {}))
    assert {p for p in joined if joined.references[joined.row(p)]} == marked


def test_a_record_is_built_once_and_the_same_object_serves_every_later_lookup(records):
    # Ranking keys its per-sentence reads on the unit itself: a unit built anew at each lookup
    # would hash its whole text again every time.
    units, passages = records
    table = UnitTable.of(units)
    assert table.at(3) is table.at(3) is table[units[3].id]
    assert table.at(3) == units[3]
    passage_table = PassageTable.of(passages)
    assert passage_table.at(0) is passage_table[passages[0].id]
