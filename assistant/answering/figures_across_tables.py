"""Two money figures a question names from different tables, one on each side of a pivot word.

"What multiple of the shipyard's offset package were the seller country's offset deals of 2031?"
names one program's pledge and one year's statistic of the seller's own offsets; "How much more
were the 2040-2044 offsets than the radar maker's pledge?" a period's offset value and a pledge.
Each side of a pivot word ("than", "of", "and", "to", "against", "times", a comma) is read on its own by the
readers of one figure (a program's money, the seller's money statistic of a year, a period's
offset value); the pair is taken only when every pivot that yields two figures yields the same
two, so a question the words leave ambiguous gets none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.answering.operand_selection import seller_statistic
from assistant.answering.source_figures import money_named, written
from assistant.answering.value_pairs import named_values
from assistant.knowledge.rows import OffsetData
from assistant.quantities import format_money_short
from assistant.regex import lazy

# A comma may part them too: "As a multiple of A, how big was B?"
_PIVOT = lazy(r"\b(?:than|of|and|to|against|with|times)\b|,", re.I)


@dataclass(frozen=True)
class TableFigure:
    """One figure read from one side of a question: as the calculator reads it, its row's id,
    the row's statement, its currency, its amount, where the side it was read from starts and
    the table it comes from."""

    text: str
    id: str
    statement: str
    currency: str
    amount: Decimal
    side: int
    table: str


def _one_figure(clause: str, data: OffsetData, side: int) -> TableFigure | None:
    """The one money figure ``clause`` names, when exactly one reader finds exactly one."""
    found: list[TableFigure] = []
    statistic = seller_statistic(clause, data, "")
    if statistic is not None:
        found.append(
            TableFigure(
                written(statistic), statistic.id, statistic.statement(), statistic.unit,
                statistic.amount, side, "statistics",
            )
        )  # fmt: skip
    program = money_named(clause, data)
    if program is not None and program.amount is not None and program.unit in ("USD", "KRW"):
        found.append(
            TableFigure(
                written(program), program.id, program.statement(), program.unit or "",
                program.amount, side, "programs",
            )
        )  # fmt: skip
    values = named_values(clause, data, "USD", [], None) or []
    row = values[0].row if len(values) == 1 else None
    if row is not None and row.amount is not None and row.currency:
        amount, currency = row.amount, row.currency
        found.append(
            TableFigure(
                format_money_short(amount, currency), row.id, row.statement(), currency,
                amount, side, "values",
            )
        )  # fmt: skip
    return found[0] if len(found) == 1 else None


def figure_named(clause: str, data: OffsetData) -> TableFigure | None:
    """The one money figure of the tables ``clause`` names, else None."""
    return _one_figure(clause, data, 0)


def figures_either_side(question: str, data: OffsetData) -> tuple[TableFigure, TableFigure] | None:
    """The two figures of different tables read on either side of a pivot word, in the order the
    question names them; None when no pivot yields two, or two pivots yield different pairs."""
    pairs: set[tuple[str, str]] = set()
    chosen: tuple[TableFigure, TableFigure] | None = None
    for pivot in _PIVOT.finditer(question):
        left = _one_figure(question[: pivot.start()], data, 0)
        right = _one_figure(question[pivot.end() :], data, pivot.end())
        if left is None or right is None or left.table == right.table:
            continue  # two figures of one table are that table's pair readers' to work on
        pairs.add((left.id, right.id))
        chosen = chosen or (left, right)
    if len(pairs) != 1 or chosen is None or chosen[0].currency != chosen[1].currency:
        return None
    return chosen
