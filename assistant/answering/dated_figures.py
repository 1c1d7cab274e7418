"""Whether an answer's figures are older than the latest statement of their kind.

A question for the figure in force ("what is the toll now?") answered by statements of older
years is answered by the latest statement of that kind instead. Only the statements that give a
figure of that kind date the answer: a sentence around them that gives none ("Figure 3 traces
the toll over time.", "The rule was then widened to ferries.") or gives a figure of another
kind ("tolls make up 40 percent of the port's income", asked for an amount) says nothing about
when the asked figure held, so it neither makes the answer current nor keeps an old figure
standing for the present one.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.answering.claims import states_kind, when_stated


def figures_older(quotes: Iterable[str], latest: str) -> bool:
    """Whether every quote that gives a figure of a kind ``latest`` gives (an amount, a share,
    a count; not a year) is dated, and earlier than ``latest`` (which speaks of the present or
    names a later year); False when no quote gives one."""
    later_now, later_year = when_stated(latest)
    dated = [when_stated(quote) for quote in quotes if states_kind(quote, latest)[0]]
    return bool(dated) and all(
        not now and 0 < year and (year < later_year or later_now) for now, year in dated
    )
