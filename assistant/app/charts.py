"""Plots of the offset data where a picture says more than a table; each names its sources.

Every function returns a ``Chart``: a matplotlib figure, drawn without a display, and a caption
naming the sources of its figures. Where sources disagree on a value, each figure is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from assistant.app.data_view import cited_sources, source_label
from assistant.knowledge.domain import domain
from assistant.knowledge.rows import CountryPolicy, OffsetData, OffsetValue
from assistant.knowledge.sources import SourceMeta
from assistant.wording import say

_HIGHLIGHT, _OTHER, _EDGE = "#c2410c", "#94a3b8", "#334155"


@dataclass
class Chart:
    key: str
    title: str
    figure: Any  # matplotlib.figure.Figure
    caption: str


def _figure(width: float = 6.4, height: float = 3.6) -> tuple[Any, Any]:
    from matplotlib.figure import Figure

    # A bare Figure (no pyplot) keeps no global state and needs no display, so it is thread-safe.
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return figure, figure.add_subplot()


def _billions(amount: Decimal) -> float:
    return float(amount / Decimal(1_000_000_000))


def values_by_period(data: OffsetData, meta_of: Callable[[str], SourceMeta | None]) -> Chart:
    """Offsets obtained per period in USD; one bar per figure a source gives for the period."""
    rows = [
        r
        for r in data.values
        if r.measure == "offset_value" and r.currency == "USD" and _consecutive(r.period)
    ]
    periods = sorted({r.period for r in rows})
    bars: list[tuple[str, Decimal, list[OffsetValue]]] = []
    for period in periods:
        figures: dict[Decimal, list[OffsetValue]] = {}
        for row in rows:
            if row.period == period and row.amount is not None:
                figures.setdefault(row.amount, []).append(row)
        for amount, backing in sorted(figures.items()):
            bars.append((period, amount, backing))
    figure, axes = _figure()
    labels = [f"{p.replace('-', '–')}\n{_money_label(a)}" for p, a, _ in bars]
    heights = [_billions(a) for _, a, _ in bars]
    disputed = {p for p in periods if sum(1 for b in bars if b[0] == p) > 1}
    colours = [_HIGHLIGHT if p in disputed else "#2563eb" for p, _, _ in bars]
    drawn = axes.bar(range(len(bars)), heights, color=colours, edgecolor=_EDGE)
    axes.set_xticks(range(len(bars)), labels, fontsize=8)
    axes.set_ylabel(say("chart_usd_billion"))
    axes.set_title(say("chart_offsets_title", home=domain().home_country), fontsize=11)
    names = [
        ", ".join(dict.fromkeys(source_label(meta_of(r.source), r.source) for r in backing))
        for _, _, backing in bars
    ]
    axes.bar_label(drawn, labels=[_wrap(n) for n in names], fontsize=6, padding=2)
    axes.set_ylim(0, max(heights, default=1) * 1.35)
    axes.spines[["top", "right"]].set_visible(False)
    caption = say("chart_sources", sources=cited_sources(rows, meta_of))
    if disputed:
        caption += " " + say("chart_disputed")
    return Chart("values", say("chart_values"), figure, caption)


def split_by_type(data: OffsetData, meta_of: Callable[[str], SourceMeta | None]) -> Chart:
    """The 1983–2022 offsets split by type, with each type's share."""
    rows = [r for r in data.values if r.measure == "offset_value_by_type" and r.amount]
    figure, axes = _figure(6.4, 3.0)
    labels = [_wrap(r.category, 28) for r in rows]
    heights = [_billions(r.amount) for r in rows if r.amount is not None]
    drawn = axes.barh(range(len(rows)), heights, color="#2563eb", edgecolor=_EDGE)
    axes.set_yticks(range(len(rows)), labels, fontsize=8)
    axes.invert_yaxis()
    axes.bar_label(
        drawn,
        labels=[f"USD {h:.2f} bn ({r.percent}%)" for h, r in zip(heights, rows, strict=True)],
        fontsize=8,
        padding=3,
    )
    axes.set_xlim(0, max(heights, default=1) * 1.45)
    axes.set_xlabel(say("chart_usd_billion"))
    period = rows[0].period.replace("-", "–") if rows else ""
    axes.set_title(say("chart_split_title", period=period), fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    caption = say("chart_source", sources=cited_sources(rows, meta_of))
    return Chart("split", say("chart_split"), figure, caption)


def minimum_share_by_country(
    data: OffsetData, meta_of: Callable[[str], SourceMeta | None]
) -> Chart:
    """Each country's minimum offset share of a contract, Korea highlighted."""
    rows: list[CountryPolicy] = [
        r for r in data.countries if r.attribute == "min_share" and r.percent is not None
    ]
    rows.sort(key=lambda r: (-(r.percent or 0), r.country))
    labels = [f"{r.country} ({r.contract_type})" if r.contract_type else r.country for r in rows]
    heights = [float(r.percent or 0) for r in rows]
    home = domain().home_country
    colours = [_HIGHLIGHT if r.country == home else _OTHER for r in rows]
    figure, axes = _figure(6.4, 3.6)
    drawn = axes.barh(range(len(rows)), heights, color=colours, edgecolor=_EDGE)
    axes.set_yticks(range(len(rows)), labels, fontsize=8)
    axes.invert_yaxis()
    axes.bar_label(drawn, labels=[f"{h:g}%" for h in heights], fontsize=8, padding=3)
    axes.set_xlim(0, 120)
    axes.set_xlabel(say("chart_shares_axis"))
    axes.set_title(say("chart_shares_title", home=domain().home_country), fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    caption = say("chart_sources", sources=cited_sources(rows, meta_of))
    return Chart("countries", say("chart_shares"), figure, caption)


def charts(data: OffsetData, meta_of: Callable[[str], SourceMeta | None]) -> list[Chart]:
    return [
        values_by_period(data, meta_of),
        split_by_type(data, meta_of),
        minimum_share_by_country(data, meta_of),
    ]


def _consecutive(period: str) -> bool:
    """Five-year-or-shorter periods; cumulative spans (1983–2022) would dwarf them."""
    start, end = (int(y) for y in period.split("-"))
    return end - start <= 4


def _money_label(amount: Decimal) -> str:
    billions = _billions(amount)
    return f"USD {billions:.2f} bn" if billions >= 1 else f"USD {billions * 1000:.0f} M"


def _wrap(text: str, width: int = 22) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text
