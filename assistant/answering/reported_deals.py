"""A deal a claim reports, told apart from a contract a claim poses.

"A $40 million deal needs a 50% offset, right?" poses a contract under the rule: the calculator
works it out. "A 3 billion euro frigate deal with Navantia went ahead without offsets in 2019,
right?" reports one: a deal that happened, told in the past and tied to a party or a program of
its own. Its article is indefinite only because the asker names the deal by its size; checking
it is checking a reported fact, which is never a computation.

A reported deal is told by two marks together, since either alone is as common in posed
contracts:
- a verb in the past after the deal's amount ("went ahead", "brought", "was exempted"): a rule
  is stated in the present ("carries", "needs", "is enough to");
- a party or a program of its own: a program's model code ("F-35", "KC-X"), a company, a
  country other than the one whose rules apply, or a second figure that is no bound of the rule
  ("brought only $700 million in offsets").
"""

from __future__ import annotations

import re

from assistant.answering.frame import CODE
from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table
from assistant.quantities import BOUND_AFTER, BOUND_BEFORE, QuantityToken, lex
from assistant.regex import lazy

__all__ = ["reports_a_deal"]

# Verbs whose past is not made with "-ed".
_IRREGULAR_PAST = (
    "was were did had came became made got gave took rose fell bought sold paid led put began "
    "went brought held kept cut grew left met saw found wrote chose drew ran sent built lost won"
).split()
_PAST = lazy(rf"\b(?:{'|'.join(_IRREGULAR_PAST)}|[a-z]{{3,}}ed)\b", re.I)
# The tag that puts a claim for checking ("didn't it?", "right?"): its "did" tells no event.
_TAG = lazy(
    r"(?:,|\.)\s*(?:didn'?t|did\s+not|wasn'?t|weren'?t|hadn'?t)\s+(?:it|they|he|she)\s*\?*\s*$",
    re.I,
)


def reports_a_deal(question: str) -> bool:
    """Whether the claim ``question`` reports a deal that happened rather than posing one to
    work out under the rule (see the module's docstring)."""
    amounts = [a for a in lex(question) if not a.percent and not _a_year(question, a)]
    if not amounts:
        return False
    told = _TAG.sub("", question[amounts[0].end :])
    if not _PAST.search(told):
        return False
    return _own_party(question) or _outcome_stated(question, amounts)


# A year written bare ("in 1985") places the claim in time; it is no figure of the deal.
_YEAR = lazy(r"(?:19|20)\d\d")


def _a_year(question: str, token: QuantityToken) -> bool:
    bare = not (token.pre or token.post or token.scale or token.percent)
    return bare and bool(_YEAR.fullmatch(question[token.num_start : token.num_end]))


def _own_party(question: str) -> bool:
    names = name_table()
    home = domain().home_country
    countries = [c for c in names.find("countries", question) if c != home]
    return bool(CODE.search(question) or names.find("companies", question) or countries)


def _outcome_stated(question: str, amounts: list[QuantityToken]) -> bool:
    """Whether a figure besides the deal's own amount is stated, not as a bound of the rule."""
    return any(
        not (BOUND_BEFORE.search(question, 0, a.start) or BOUND_AFTER.match(question, a.end))
        for a in amounts[1:]
    )
