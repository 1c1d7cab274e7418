"""A dated list reads in the order things happened and, when its room is short, still runs from
the first year of its story to the last."""

from __future__ import annotations

from assistant.answering.compose import _LIST_LENGTH, _date_order, _spread
from assistant.knowledge.rows import PolicyEvent, TimelineEvent


def _event(date: str, what: str) -> TimelineEvent:
    key = f"t-{date}-{what}".lower().replace(" ", "-")
    return TimelineEvent(id=key, date=date, event=what, source="s", quote=what)


def _line(row: TimelineEvent | PolicyEvent) -> tuple[int, str, TimelineEvent | PolicyEvent]:
    year = row.year if isinstance(row, TimelineEvent) else row.year or 0
    return year, row.statement(), row


def test_events_of_one_year_read_by_month_and_day_and_an_undated_one_opens_the_year():
    lines = [
        _line(_event("2019-11", "Growers strike")),
        _line(_event("2019", "The levy board meets")),
        _line(_event("2019-03-08", "Zeta tender opens")),
        _line(PolicyEvent(id="p", year=2019, month=6, event="Levy cut", source="s", quote="cut")),
    ]
    ordered = [row.event for *_, row in sorted(lines, key=_date_order)]
    assert ordered == ["The levy board meets", "Zeta tender opens", "Levy cut", "Growers strike"]


def test_a_list_within_its_room_keeps_every_line():
    lines = [_line(_event(f"{2010 + i}", f"Step {i}")) for i in range(_LIST_LENGTH)]
    assert _spread(lines) == lines


def test_a_list_beyond_its_room_keeps_the_best_of_each_year_before_a_second_of_any():
    # The first year has many lines, all more relevant than the last year's one: the story
    # still reaches its last year.
    early = [_line(_event("2011", f"Levy step {i}")) for i in range(_LIST_LENGTH)]
    late = [_line(_event("2015", "Levy repealed"))]
    kept = _spread([*early, *late])
    assert len(kept) == _LIST_LENGTH
    assert late[0] in kept and early[0] in kept
    # Within a year the more relevant lines stay.
    assert early[-1] not in kept
