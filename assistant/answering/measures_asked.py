"""Questions that ask only for a measure between amounts, not for what a rule makes of them.

"A ferry contract of EUR 90 million came with EUR 27 million of offsets: what percent of it is
that?" and "a credit balance fell from $50 million to $40 million: by what percentage?" ask
for a share, a change, a ratio or a spread between the amounts they state. Naming an offset or a
contract does not ask what the offset rule requires of that contract: only words of the rule do
("required", "owe", "the threshold", "the floor", "does it trigger", "must").
"""

from __future__ import annotations

from assistant.answering.multiples_asked import asks_multiple
from assistant.answering.patterns import words

# A measure between amounts asked for: a share or percentage of, a percent change, a ratio, or
# how far the biggest lies from the least.
_MEASURE_ASKED = words(
    r"(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:share|percent(?:age)?|proportion|fraction|portion)|"
    r"how many percent|as an? (?:share|percent(?:age)?|proportion)|"
    r"percent(?:age)?\s+(?:increase|decrease|rise|fall|drop|decline|growth|change|gain|cut)|"
    r"by (?:what|how many) (?:percent(?:age)?|per cent)|"
    r"(?:what|which) ratio|"
    r"spread|range between|gap between (?:the )?(?:biggest|largest|highest|smallest|lowest)"
)


def _asks_measure(question: str) -> bool:
    return bool(_MEASURE_ASKED.search(question)) or asks_multiple(question)


# What the offset rule makes of a contract, asked in the rule's own words.
_RULE_WORDS = words(
    r"requir\w*|rules?|polic(?:y|ies)|law|guidelines?|oblig\w*|owe[sd]?|owing|must|need\w*|"
    # "What share had it to be offset?", "what share would it have had to offset?": an obligation
    # in the modal's words, as "must" is.
    r"(?:has|have|had) to|"
    r"trigger\w*|threshold|floor|minimum|mandat\w*|qualif\w*|eligible|subject to|due|"
    r"clears?|cleared|meets?|match\w*|enough|suffic\w*|short\w*|rates?|"
    r"(?:contract|deal) types?|types? of (?:contract|deal)|"
    r"competitive\w*|non-competitive|sole-sourced?|single-sourced?|fms|"
    r"how much (?:in )?offsets?|what offsets?"
)


def measure_only(question: str) -> bool:
    """Whether ``question`` asks only for a measure between amounts (a share, a percent change,
    a ratio, a spread) and nothing of the offset rule."""
    return _asks_measure(question) and not _RULE_WORDS.search(question)
