"""The structured offset data as tables a person reads: one row per fact, with its source and quote.

Used by the chat's data view; pandas is imported only when a table is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.knowledge.domain import domain
from assistant.knowledge.rows import OffsetData, Row
from assistant.knowledge.sources import SourceMeta
from assistant.wording import say

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class TableSpec:
    """One table of the data view: its title and rows (each row states its own year or period)."""

    key: str
    title: str
    rows: tuple[Row, ...]


def specs(data: OffsetData) -> list[TableSpec]:
    """The tables the data view shows, in order."""
    return [
        TableSpec("policy", say("table_policy"), data.policy),
        TableSpec("values", say("table_values"), data.values),
        TableSpec("programs", say("table_programs"), data.programs),
        TableSpec("countries", say("table_countries"), data.countries),
        TableSpec("ustr", say("table_ustr", year=domain().report_year), data.ustr),
        TableSpec("statistics", say("table_statistics"), data.statistics),
        TableSpec("timeline", say("table_timeline"), data.timeline),
    ]


def source_label(meta: SourceMeta | None, source_id: str) -> str:
    """A short name for a source in a table cell or a plot."""
    return meta.label if meta is not None else source_id


def frame(
    spec: TableSpec, meta_of: Callable[[str], SourceMeta | None] = lambda _: None
) -> pd.DataFrame:
    """``spec`` as a DataFrame: fact, note, source, quote (verbatim, whitespace folded)."""
    import pandas as pd

    columns = [say("column_fact"), say("column_note"), say("column_source"), say("column_quote")]
    records = [
        (
            row.statement(),
            row.note,
            source_label(meta_of(row.source), row.source),
            " ".join(row.quote.split()),
        )
        for row in spec.rows
    ]
    return pd.DataFrame.from_records(records, columns=columns)


def frames(
    data: OffsetData, meta_of: Callable[[str], SourceMeta | None] = lambda _: None
) -> list[tuple[TableSpec, pd.DataFrame]]:
    return [(spec, frame(spec, meta_of)) for spec in specs(data)]


def cited_sources(rows: Sequence[Row], meta_of: Callable[[str], SourceMeta | None]) -> str:
    """The sources of ``rows`` named once each, in order, for a plot's caption."""
    names = dict.fromkeys(source_label(meta_of(r.source), r.source) for r in rows)
    return "; ".join(names)
