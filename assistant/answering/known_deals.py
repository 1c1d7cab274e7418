"""A claimed deal the sources report, told apart from a contract a claim poses.

"A $65 million award to some supplier in March needed offsets, didn't it?" poses a contract under
the rule: the calculator works it out. "A 9 trillion won submarine buy in 2020 went ahead
without offsets, right?", where the tables report a submarine program bought for 9 trillion won,
restates a deal the sources report; its article is indefinite only because the asker names the
deal by its size. Checking it is checking a reported fact, never a computation.

A claim is tied to a reported deal in two ways, each read from the data tables rather than from
the wording:
- by name: it names an import program the tables report ("the KX-9", "the frigates"); a seller
  named alone is no tie, since a seller signs many contracts the sources never report;
- by figure: one of its amounts is, in its currency, a figure the tables report of a program
  (its contract value or an offset it committed) or of contracts signed (a seller country's
  offset deals of a year); no rule's threshold or period's total is one.

Told in the past, one tie is enough: a posed contract is made of its size, its kind and a
generic party ("a firm", "a supplier"), none of which the tables report. Told of now, a claim
states a rule ("a deal of that size carries a 50% offset"), so a deal it poses may share a name
or a figure with a reported one; only both ties together make it the reported deal.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from assistant.answering.claims import claim_statement, of_now
from assistant.answering.contract_reference import tells_an_episode
from assistant.answering.frame import INDEFINITE_CONTRACT, frame_of
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import OffsetData
from assistant.quantities import SOURCE_CURRENCIES, find_money, same_figure

__all__ = ["claims_a_reported_deal", "figure_written_in", "tells_an_unreported_deal"]


def claims_a_reported_deal(question: str, data: OffsetData) -> bool:
    """Whether the claim ``question`` is about a deal the tables report rather than a contract
    it poses (see the module's docstring). The caller knows ``question`` is a claim."""
    by_name = _names_a_program(question)
    by_figure = _states_a_deals_figure(question, data)
    if by_name and by_figure:
        return True
    return (by_name or by_figure) and not of_now(question)


def tells_an_unreported_deal(question: str, data: OffsetData) -> bool:
    """Whether ``question`` tells what happened to a contract of a stated size
    (``contract_reference.tells_an_episode``: "a $2 billion radar buy went through without
    offsets last year, right?") that is tied to no deal the tables report, by neither name nor
    figure. The sources then report no such deal, whatever sentences share its words: the claim
    is neither borne out nor contradicted by them. A question asking who won such a deal, or
    supposing one, is no claim."""
    frame = frame_of(question)
    if not frame.restated or frame.hypothetical:
        return False
    if not INDEFINITE_CONTRACT.search(question) or not tells_an_episode(question):
        return False
    if not find_money(claim_statement(question)):
        return False
    return not (_names_a_program(question) or _states_a_deals_figure(question, data))


def figure_written_in(question: str, texts: Iterable[str]) -> bool:
    """Whether a deal ``question`` claims is written of in one of ``texts``: a text that writes
    one of its amounts, in its currency, and every company, program or body the claim names.
    The tables hold only some of the deals the sources tell of; a sentence writing the deal's
    size beside its parties ("the tanker maker's USD 1.2 billion sale ...") reports it, so a
    claim about it is checked against that sentence, not declined. A sentence writing the same
    sum of something else (a period's total) beside none of those parties reports no deal."""
    claimed = find_money(claim_statement(question))
    if not claimed:
        return False
    names = name_table()
    parties = {(kind, name) for kind in _PARTY_KINDS for name in names.find(kind, question)}
    for text in texts:
        if not any(
            money.currency == written.currency and same_figure(money.amount, written.amount)
            for written in find_money(text)
            for money in claimed
        ):
            continue
        if all(name in names.find(kind, text) for kind, name in parties):
            return True
    return False


# The kinds of names that tell one deal from another: its seller, its program, the body
# buying. Countries and categories are shared by many deals.
_PARTY_KINDS = ("companies", "programs", "organisations")


def _names_a_program(question: str) -> bool:
    """Whether ``question`` names an import program, not only the company that sold it."""
    names = name_table()
    without_sellers = question
    for pattern in names.patterns.get("companies", {}).values():
        without_sellers = pattern.sub(lambda m: " " * len(m.group()), without_sellers)
    return bool(names.find("programs", without_sellers))


def _states_a_deals_figure(question: str, data: OffsetData) -> bool:
    """Whether an amount of ``question`` is one the tables report of a deal."""
    reported = _deal_figures(data)
    return any(
        money.currency == currency and same_figure(money.amount, amount)
        for money in find_money(question)
        for currency, amount in reported
    )


def _deal_figures(data: OffsetData) -> list[tuple[str, Decimal]]:
    """Each (currency, amount) the tables report of a program or of contracts signed."""
    figures = [(r.unit, r.amount) for r in data.programs if r.amount is not None]
    figures += [(r.unit, r.amount) for r in data.statistics]
    return [(unit, amount) for unit, amount in figures if unit in SOURCE_CURRENCIES]
