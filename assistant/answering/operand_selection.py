"""The one stated statistic a question names by its description, as a calculator operand.

"Put the country's arms imports of 2031 to 2035 into dollars at 1,310 won" names a figure the
sources state without writing it: the operand is the row whose subject, period and kind the
question's words name. A row is chosen only when exactly one figure answers the description in
the currency it is stated in (several rows of one figure are one figure); otherwise none, and
the question is left to the other readings or to a plain "the sources do not say".

Two kinds of statistics are read here, both money:

* a period's figure of the data tables other than its offset value (which has its own reading):
  a country's arms imports, or its US purchases, with their share through foreign military
  sales when the question names that channel;
* a year's money statistic of the seller country's own offsets (its agreements' value that
  year), named by the country (a name of the names table, or its adjective) and the year.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.answering.frame import period_mentions
from assistant.answering.patterns import YEAR_WORD, words
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import OffsetData, OffsetStatistic, OffsetValue
from assistant.quantities import CURRENCIES
from assistant.regex import lazy

_BOUGHT = words(r"imports?|imported|importing|purchas\w*|bought|buy\w*|acquisitions?|spen[dt]\w*")
_ARMS = words(r"weapons?|arms|armaments?|munitions|military (?:equipment|hardware|goods)")
# The seller named by its adjective ("American arms", "US-made jets"); a dollar named "US dollar"
# names a currency, not the seller.
_SELLER_ADJECTIVE = lazy(
    r"\bAmerican\b(?!\s+dollars?)|\bU\.?S\.?(?:-made)?(?!\s*\$|\s+dollars?)\b", re.I
)
_CURRENCY_NAME = lazy(r"\bU\.?S\.?\s*(?:\$|dollars?)", re.I)
_FMS = words(r"FMS|foreign military sales?")
_OFFSET = words(r"offsets?")


def _names_seller(question: str) -> bool:
    """Whether ``question`` names the other party to the dispute (the seller of the weapons), by
    a name of the names table or by its adjective."""
    text = _CURRENCY_NAME.sub(" ", question)
    return bool(name_table().find("parties", text) or _SELLER_ADJECTIVE.search(text))


def _one_figure(rows: list[OffsetValue]) -> OffsetValue | None:
    """The row of ``rows`` when they state one figure (several sources may state it), else None."""
    figures = {(r.currency, r.amount) for r in rows}
    return rows[0] if len(figures) == 1 else None


def period_statistic(question: str, data: OffsetData, target: str) -> OffsetValue | None:
    """The period's figure of weapons bought that ``question`` describes, stated in a currency
    other than ``target``; None when the question names no one period, no purchase of weapons,
    or the description fits no single figure."""
    periods = period_mentions(question)
    if len(periods) != 1 or not (_BOUGHT.search(question) and _ARMS.search(question)):
        return None
    (first, last), _ = periods[0]
    measure = "weapons_imports_from_us" if _names_seller(question) else "weapons_imports"
    category = "FMS contracts" if _FMS.search(question) else ""
    rows = [
        r
        for r in data.values
        if r.period == f"{first}-{last}" and r.measure == measure and r.category == category
        and r.amount is not None
    ]  # fmt: skip
    # With a rate of its own, the question converts the figure stated in the other currency,
    # even where a source also gives a rounded figure in the currency asked.
    others = [r for r in rows if r.currency != target]
    return _one_figure(others) if others else None


def seller_statistic(question: str, data: OffsetData, target: str) -> OffsetStatistic | None:
    """The one money statistic of a seller country's own offsets for the year ``question`` names
    ("the bureau's count of 2031 offset deals, in won"), stated in a currency other than
    ``target``; None otherwise."""
    if not (_names_seller(question) and _OFFSET.search(question)):
        return None
    years = {int(y) for y in YEAR_WORD.findall(question)}
    money = set(CURRENCIES.values())
    rows = [
        r
        for r in data.statistics
        if r.year in years and r.unit in money and r.unit != target and r.amount > Decimal(0)
    ]
    return rows[0] if len(rows) == 1 else None
