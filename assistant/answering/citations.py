"""Citations of one answer: each quote numbered once, in the order the answer first uses it.

Every place that cites (data rows, source sentences, a calculator's inputs, the sides of a
disagreement) asks a ``CitationList`` for a marker, so one quote always gets one number.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers import Citation
from assistant.knowledge.rows import Row

# Builds the citation of one of a row's quotes: (row, marker, quote) -> Citation.
RowCitation = Callable[[Row, int, str], Citation]


class CitationList:
    """The citations of an answer being written, with the markers given out so far."""

    def __init__(self, row_citation: RowCitation, start: list[Citation] | None = None) -> None:
        self._row_citation = row_citation
        self.items: list[Citation] = list(start or [])
        self._numbers = {(c.source_id, c.quote): c.marker for c in self.items}

    def add(self, citation: Citation) -> int:
        """The marker of ``citation``'s quote, numbering it if it is new."""
        key = (citation.source_id, citation.quote)
        if key not in self._numbers:
            self._numbers[key] = len(self.items) + 1
            self.items.append(citation.model_copy(update={"marker": self._numbers[key]}))
        return self._numbers[key]

    def row(self, row: Row, quote: str | None = None) -> int:
        """The marker of one of ``row``'s quotes (its main quote by default)."""
        text = quote or row.quote
        key = (row.source, text)
        if key in self._numbers:
            return self._numbers[key]
        return self.add(self._row_citation(row, len(self.items) + 1, text))

    def rows(self, rows: list[Row]) -> str:
        """ "[1][2]": the markers of every quote of ``rows``, each once."""
        numbers = [self.row(row, quote) for row in rows for quote in row.quotes]
        return "".join(f"[{n}]" for n in dict.fromkeys(numbers))
