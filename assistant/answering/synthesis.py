"""Which facts a synthesis question asks its answer to gather from the whole of the sources.

A synthesis ("brief me on the levy", "why did tonnage fall", "walk me through the port's
history") is answered from the paragraph nearest its words, but the facts it needs often sit in
other sections or sources: a cause in one section and its figure in another. The kind of fact it
asks for tells which sentences elsewhere add to it: figures when it asks for numbers ("give me
the figures", "how common is it"), causes when it asks why, dated events when it asks for a
history, a side's arguments when it asks for its case ("the growers' case against the levy",
"what do its backers argue"). A question asking for none of these gathers nothing more: its
nearest paragraph is its answer, and other sections would only add length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from assistant.answering.figures import figures
from assistant.answering.frame import WEIGHT_WORDS
from assistant.answering.patterns import YEAR_WORD, words
from assistant.regex import lazy

# A request for the numbers of a matter: "give me the figures", "with the statistics", "how
# common is it", "how much does the levy matter".
_NUMBERS_ASKED = words(
    r"numbers|figures|statistics|stats|data|amounts?|how (?:much|many|common|widespread|big|large)"
)
# A request for a whole's parts: "broken down by type", "split by year", "itemize", "list".
_PARTS_ASKED = words(
    r"by (?:type|kind|category|categories|component|sector|year|period)s?|break\w* down|"
    r"broken down|split|itemi[sz]e|list|each|every|which"
)
# Connectives that give a cause, as a why-question's gathered sentence must.
_GIVES_CAUSE = words(
    r"because|due to|owing to|stems? from|driven by|reasons?|factors?|led to|leads? to|"
    r"resulted in|as a result|consequently|behind the|contributed to|caused"
)
# A question asking what weight a thing has: "why does the levy matter", "what makes the port
# such a big deal", "why is the quota so important".
_WEIGHT_ASKED = lazy(WEIGHT_WORDS, re.I)
# Words that tell what follows from a thing, which is part of why it matters.
_GIVES_CONSEQUENCE = words(
    r"means?|meaning|would|could|deprives?|undermin\w*|depends? on|so that|in turn|accounts? for|"
    r"represents?"
)
# A request for a side's case: "the arguments against it", "the union's case", "the case for
# a levy", "the grounds they give", "what do the growers argue".
_ARGUMENTS_ASKED = words(
    r"(?:counter-?)?arguments?|case (?:for|against|that)|(?<=['’]s )case|(?<=s['’] )case|"
    r"(?:its|their|his|her) case|grounds|objections?|argue[sd]?|arguing|contend\w*"
)
# How a sentence argues: a verb of arguing, a point of a numbered case ("the second is that"),
# what must or would follow, or what is at stake ("against its best interests").
_ARGUES = words(
    r"argu\w*|contend\w*|insist\w*|point(?:s|ed)? out|emphasi[sz]\w*|stress(?:es|ed)?|warn\w*|"
    r"concerns?|objections?|the (?:first|second|third|other|last) (?:is|was) that|"
    r"should|must|needs? to|ought to|would|could|crucial|essential|interests?|undermin\w*|"
    r"(?:counter|contrary) to"
)


@dataclass(frozen=True)
class FactWanted:
    """The kind of fact a synthesis asks for: ``states`` tells whether a sentence states one."""

    states: Callable[[str], bool]
    # Figures are what is asked for: a sentence adds one only with a figure not shown yet.
    new_figures: bool = False
    # A figure not shown yet adds to it too: the scale of the asked thing, which explains it.
    scale: bool = False

    def __call__(self, text: str) -> bool:
        return self.states(text) or (self.scale and bool(scale_values(text)))

    def adds(self, text: str, shown: set[Decimal]) -> bool:
        """Whether ``text``, which states the kind of fact wanted, adds to an answer whose
        figures are ``shown``: a sentence wanted for its figures adds one not shown yet."""
        if self.new_figures:
            return bool(figure_values(text) - shown)
        if self.scale and not self.states(text):
            return bool(scale_values(text) - shown)
        return True


def fact_wanted(question: str, why: bool, chronological: bool) -> FactWanted | None:
    """The kind of fact a synthesis question asks for, or None when it asks for no kind a
    sentence elsewhere could add."""
    if chronological:
        return FactWanted(lambda text: bool(YEAR_WORD.search(text)))
    if _ARGUMENTS_ASKED.search(question):
        # A case is argued as much by what must or would follow as by its causes.
        return FactWanted(lambda text: bool(_ARGUES.search(text) or _GIVES_CAUSE.search(text)))
    if why:
        # Why a thing matters ("why does the levy matter so much", "what makes it such a big
        # deal") is told as much by its scale (its share of the whole, its size) and by what
        # follows from it as by causes: a figure not shown yet explains too. The cause of an
        # event ("why did the levy fall") is no figure of it.
        weight = bool(_WEIGHT_ASKED.search(question))
        return FactWanted(
            lambda text: bool(
                _GIVES_CAUSE.search(text) or (weight and _GIVES_CONSEQUENCE.search(text))
            ),
            scale=weight,
        )
    if _NUMBERS_ASKED.search(question):
        return FactWanted(lambda text: bool(figures(text)), new_figures=True)
    return None


def figure_values(text: str) -> set[Decimal]:
    """The values of the figures ``text`` states."""
    return {value for _, value in figures(text)}


# A bare year ("in 2016"): it dates a thing, and tells nothing of its size.
_YEAR_FIGURE = lazy(r"(?:19|20)\d\d")


def scale_values(text: str) -> set[Decimal]:
    """The values of the figures ``text`` states that size a thing: not the years it dates
    things by."""
    return {value for written, value in figures(text) if not _YEAR_FIGURE.fullmatch(written)}


def account_asked(question: str, synthesis: bool) -> bool:
    """Whether a synthesis ``question`` asks for a matter's account rather than its figures: a
    summary ("tell the story of the bridge deal", "brief me on the rail pledge") that asks
    for no numbers and no breakdown. The rows of a table state one measure of the matter each
    (the pledge, its parts); its account is the paragraph that tells it, pledge and outcome."""
    return synthesis and not _NUMBERS_ASKED.search(question) and not _PARTS_ASKED.search(question)
