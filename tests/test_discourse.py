"""A sentence that leans on the one before it is read with it."""

from __future__ import annotations

import pytest

from assistant.answering.discourse import backs_claim, carries_on, signposts
from assistant.knowledge.chunks import is_dateline


def test_a_sentence_opening_on_a_pronoun_or_connective_carries_on():
    assert carries_on("This amounts to a fifth of the budget.")
    assert carries_on("Moreover, the ministry delayed the tender.")
    assert carries_on("They declined to comment further.")
    assert carries_on("The main reason for this is the exchange rate.")


def test_a_conclusion_drawn_from_what_came_before_carries_on_wherever_it_says_so():
    assert carries_on("It is hard to blame the port alone in this regard.")
    assert carries_on("The levy was therefore cut by half.")
    assert not carries_on("The port is the busiest in the region.")


def test_the_rest_of_a_quotation_carries_on_from_its_speaker():
    assert carries_on("“We will review the rules next year.”")
    assert carries_on("“Talks will resume in May,” she said.")


def test_a_speaker_named_by_surname_alone_carries_on_from_where_the_story_introduced_him():
    assert carries_on("Park said the port would reopen once the audit was done.")
    assert carries_on("Moreno added that the levy was never meant to last.")
    # A plural is a new group of speakers; a full sentence subject is not a surname.
    assert not carries_on("Analysts said the port would reopen next year.")
    assert not carries_on("The mayor said the port would reopen next year.")


def test_a_sentence_that_names_its_own_subject_stands_alone():
    assert not carries_on("The ministry published its annual review in June.")
    assert not carries_on("“Costs rose,” the minister said, “and so did delays.” Then he left.")


def test_a_dateline_alone_is_a_dateline_but_a_sentence_after_one_is_not():
    assert is_dateline("BUSAN, May 3 (Newswire)")
    assert not is_dateline("BUSAN, May 3 (Newswire) The port reopened today.")
    assert not is_dateline("Busan reopened its port on May 3.")


def test_a_sentence_saying_what_its_document_does_is_a_signpost():
    assert signposts("This paper reviews the levy's first decade.")
    assert signposts("The study concludes by outlining options for the ministry.")
    assert signposts("Table 4 lists the ports by tonnage handled.")
    assert signposts("Section 2 turns to the guild's finances.")


def test_a_document_or_figure_stating_a_finding_is_no_signpost():
    assert not signposts("Table 4 shows that tonnage fell by a third.")
    assert not signposts("The study concludes that the levy should stay.")
    assert not signposts("As Chart 2 shows, most ports lost traffic.")
    assert not signposts("The review found the guild had overspent.")


def test_a_signpost_turns_from_the_argument_before_it_to_the_document():
    # It opens on a pointing word, as a sentence going on with the argument does.
    assert not carries_on("This paper reviews the levy's first decade.")
    assert carries_on("This meant the levy had to be cut.")


def test_reported_evidence_backs_the_claim_before_it():
    # An argument that reaches back to its evidence reaches the claim that evidence shows.
    assert backs_claim("According to the port survey, 40 ships paid the levy in 2020.")
    assert backs_claim("For example, Lima charges twice the fee.")
    # A finding stated in its own words is no evidence offered for another sentence.
    assert not backs_claim("The port survey found that 40 ships paid the levy.")
    assert not backs_claim("Growers, according to the survey, paid less.")


@pytest.mark.slow
def test_an_argument_reaching_back_to_its_evidence_states_the_claim_it_backs(assistant):
    # The conclusion leans on a statistic, which backs the claim before it: all three come.
    answer = assistant.ask("How does Hankyung argue that Korea is no special offender on offsets?")
    assert not answer.abstained
    assert "global practice" in answer.answer
    assert "32.8%" in answer.answer


@pytest.mark.slow
def test_a_case_made_as_a_paper_makes_it_is_answered_from_that_paper(assistant):
    answer = assistant.ask("Argue, as Hankyung does, that Korea is no special case on offsets.")
    assert not answer.abstained
    assert {c.source_id for c in answer.citations} == {"004_840937613cbc5a16"}
