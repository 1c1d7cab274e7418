"""Which facts a synthesis question asks its answer to gather from the whole of the sources.

A synthesis ("brief me on the levy", "why did tonnage fall", "walk me through the port's
history") is answered from the paragraph nearest its words, but the facts it needs often sit in
other sections or sources: a cause in one section and its figure in another. The kind of fact it
asks for tells which sentences elsewhere add to it: figures when it asks for numbers ("give me
the figures", "how common is it"), causes when it asks why, dated events when it asks for a
history. A question asking for none of these gathers nothing more: its nearest paragraph is its
answer, and other sections would only add length.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from assistant.answering.figures import figures
from assistant.answering.patterns import YEAR_WORD, words

# A request for the numbers of a matter: "give me the figures", "with the statistics", "how
# common is it", "how much does the levy matter".
_NUMBERS_ASKED = words(
    r"numbers|figures|statistics|stats|data|amounts?|how (?:much|many|common|widespread|big|large)"
)
# Connectives that give a cause, as a why-question's gathered sentence must.
_GIVES_CAUSE = words(
    r"because|due to|owing to|stems? from|driven by|reasons?|factors?|led to|leads? to|"
    r"resulted in|as a result|consequently|behind the|contributed to|caused"
)


def fact_wanted(question: str, why: bool, chronological: bool) -> Callable[[str], bool] | None:
    """A test of whether a sentence states the kind of fact a synthesis question asks for, or
    None when it asks for no kind a sentence elsewhere could add."""
    if chronological:
        return lambda text: bool(YEAR_WORD.search(text))
    if why:
        return lambda text: bool(_GIVES_CAUSE.search(text))
    if _NUMBERS_ASKED.search(question):
        return lambda text: bool(figures(text))
    return None


def figure_values(text: str) -> set[Decimal]:
    """The values of the figures ``text`` states."""
    return {value for _, value in figures(text)}
