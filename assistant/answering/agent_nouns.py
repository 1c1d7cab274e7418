"""The act an agent noun names the doer of, which a sentence may write in its stead.

A question may name a doer ("the seller", "the auditor", "the investor") where the sources write
the act ("selling countries", "a major audit", "invested"). The stemmer keeps the two apart: it
strips no "-er" or "-or" from a short word ("seller" stays "seller"), so a sentence writing the act
shares no term with a question naming the doer, and the weak-match gate counts the word unmet.
The doer's noun is the act's word and that ending: its term without the ending is the act's term
when the sources write one.
"""

from __future__ import annotations

from collections.abc import Set

# The endings of an agent noun's term ("seller", "auditor", "supplier" stemmed "suppli" + "er").
_AGENT_ENDINGS = ("er", "or")
# The act's term is at least this long: a shorter one ("off" of "offer") is no act's word.
_LEAST_BASE = 4


def agent_base(term: str, vocabulary: Set[str]) -> str | None:
    """The term of the act ``term`` names the doer of, if it is an agent noun's term and the
    sources write that act (``vocabulary``): "seller" -> "sell", "auditor" -> "audit"."""
    for ending in _AGENT_ENDINGS:
        base = term[: -len(ending)]
        if term.endswith(ending) and len(base) >= _LEAST_BASE and base.isalpha():
            if base in vocabulary:
                return base
    return None


def met_as_act(weights: Set[str], sentence_terms: Set[str], vocabulary: Set[str]) -> frozenset[str]:
    """The agent nouns among ``weights`` (a question's terms) a sentence meets by writing the act
    they name, not the noun itself."""
    return frozenset(
        term
        for term in weights
        if term not in sentence_terms
        and (base := agent_base(term, vocabulary)) is not None
        and base in sentence_terms
    )
