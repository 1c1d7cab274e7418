"""A claim naming a contract with "a" poses it to be worked out only when it applies the rule to
it. A claim that tells what happened to a contract (an episode, told in the past or the perfect,
in the indicative) is a fact to check, whatever its figure; one that says what a rule's term is
by a contract ("the floor is a sale of X") describes, and poses nothing. Told apart by mood,
tense and what the contract's phrase refers to, never by the deal's words. The wordings are
invented.
"""

from __future__ import annotations

import pytest

from assistant.answering.contract_reference import (
    describes_by_a_contract,
    poses_no_contract,
    tells_an_episode,
)
from assistant.answering.known_deals import figure_written_in, tells_an_unreported_deal
from assistant.answering.routing import route
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)


@pytest.mark.parametrize(
    "episode",
    [
        # past tense, a time, offsets absent: what happened, not what the rule asks
        "A $1.8 billion trainer-jet deal with a British firm went through offset-free in 2017, "
        "right?",
        # the perfect, no time at all
        "The navy has dropped offsets on a 2 trillion won frigate order, hasn't it?",
        # a report passed on, with a second amount: what the deal delivered, a realis figure
        "A colleague says a $450 million sonar contract signed in 2016 delivered offsets worth "
        "$90 million.",
        # a yes-no question in the past about the event
        "Was a $300 million patrol-boat contract awarded to a Dutch yard in 2020 without offsets?",
        # "US" in capitals is the country, not the asker
        "A $2.4 billion engine deal with a US supplier was exempted from offsets, correct?",
    ],
)
def test_a_contract_told_of_in_the_past_is_an_episode_not_a_computation(episode):
    assert tells_an_episode(episode)
    assert route(episode, DATA) is None


@pytest.mark.parametrize(
    "posed",
    [
        # the rule's demand told in the past: a modal or a verb of obligation
        "A $36 million contract a vendor signed in 2018 had to carry an offset, right?",
        "A $28 million non-competitive deal closed in 2021 owed an $8.4 million offset, correct?",
        "A $55 million competitive award in 2019 needed offsets, didn't it?",
        # a share of the contract is the rule's own measure
        "A $90 million competitive order a supplier signed in 2018 came with a 50% offset, right?",
        # the asker's own deal
        "We signed a $24 million competitive contract in 2022 and got no offset request, right?",
    ],
)
def test_a_contract_the_rule_is_applied_to_is_still_worked_out(posed):
    assert not tells_an_episode(posed)
    assert route(posed, DATA) is not None


@pytest.mark.parametrize(
    "computation",
    [
        "If a competitive contract of $26 million were signed, what offset would be owed?",
        "Would a $14 million sole-source buy need an offset?",
        "Work out the offset on a $48 million competitive purchase.",
        "How much offset does a $32 million competitive deal carry?",
        # told of now, not of an event: a posed contract under the rule as it stands
        "A $46 million competitive contract carries a $23 million offset, right?",
    ],
)
def test_suppositions_requests_and_the_present_keep_the_calculator(computation):
    assert not poses_no_contract(computation)
    assert route(computation, DATA) is not None


@pytest.mark.parametrize(
    "described",
    [
        "The threshold for offsets is a purchase of $30 million, right?",
        "The cut-off that brings in offsets is just a deal of about $10 million, correct?",
    ],
)
def test_a_contract_as_the_predicate_of_a_rule_term_describes_it(described):
    assert describes_by_a_contract(described)
    assert route(described, DATA) is None


@pytest.mark.parametrize(
    "posed",
    [
        # the subject is itself a contract: one contract, identified
        "The deal is a $30 million competitive contract, so it owes $15 million, right?",
        # a second amount: a contract posed after all
        "The threshold is a purchase of $10 million, so a $40 million one owes $20 million, right?",
    ],
)
def test_a_contract_identified_or_with_a_second_amount_is_no_description(posed):
    assert not describes_by_a_contract(posed)


def test_an_episode_of_a_deal_the_tables_do_not_report_is_declared_unreported():
    # Neither a program's name nor a figure the tables report: the sources report no such deal.
    assert tells_an_unreported_deal(
        "A $640 million radar buy went to a Swedish maker in 2019 with offsets waived, right?",
        DATA,
    )
    # A program's contract value ties the claim to a reported deal.
    assert not tells_an_unreported_deal(
        "A 7.77 trillion won fighter purchase was concluded without a hitch, right?", DATA
    )
    # No amount: nothing to tell a reported deal from, so nothing is declared.
    assert not tells_an_unreported_deal(
        "A fighter deal was signed with an American maker years ago, right?", DATA
    )


def test_an_episode_closed_by_what_it_asks_is_still_worked_out():
    # The last piece asks for a figure: the figures before it are operands, not an episode.
    asked = "A fund spent $600 million on a purchase and drew $30 million of offsets: the ratio?"
    assert not tells_an_episode(asked)


def test_a_question_about_an_unreported_deal_is_no_claim_declined():
    # Asking who won such a deal claims nothing: it is answered, or refused, as a question.
    assert not tells_an_unreported_deal(
        "Which maker won a $640 million radar contract in 2019?", DATA
    )


@pytest.mark.parametrize(
    "generic",
    [
        # a report of what may happen to any contract past a bound
        "Is it true the watchdog warned that levies can fall due once a tender passes $8 million?",
        "I read that under the code, duties may apply when a purchase exceeds $6 million. Right?",
    ],
)
def test_what_may_happen_to_any_contract_past_a_bound_is_no_episode(generic):
    assert not tells_an_episode(generic)
    assert not tells_an_unreported_deal(generic, DATA)


def test_a_deal_a_sentence_writes_with_its_size_and_its_parties_is_reported_there():
    # The tables hold only some deals: a sentence writing the claimed size beside the seller the
    # claim names reports the deal, so the claim is checked, not declined.
    claim = "A $740 million radar sale by Raytheon went through without offsets, right?"
    told = "Raytheon closed a $740 million radar sale to the navy, the ministry said."
    assert figure_written_in(claim, [told])
    # the same sum beside none of the claim's parties is some other figure (a period's total)
    other = "Offsets over the period came to $740 million in all."
    assert not figure_written_in(claim, [other])
    # another sum beside the seller reports another deal
    assert not figure_written_in(claim, ["Raytheon closed a $520 million radar sale."])
    # a sum in another currency is another figure
    assert not figure_written_in(claim, ["Raytheon closed a 740 million won radar sale."])


def test_a_claim_naming_no_party_is_reported_by_any_sentence_writing_its_size():
    claim = "A $615 million tanker deal was signed in 2015 with no offsets, true?"
    assert figure_written_in(claim, ["In 2015 the air force signed a $615 million tanker deal."])
    assert not figure_written_in(claim, ["In 2015 the air force signed a tanker deal."])
