"""Fragments of a question that ask nothing of their own are no parts of it: a phrase naming the
source the question is put to ("…, per the gazette?"), a label saying what kind of question
follows ("Hypothetical: …") and an ask whose verb is gapped ("…, and which worst?"). Each would
otherwise be looked up alone, find nothing, and be said unanswered beside an answer that answers
the question."""

from __future__ import annotations

from assistant.answering.frame import split_parts


def test_a_source_named_after_the_ask_is_no_ask_of_its_own():
    assert split_parts(
        "Cranes versus tugs - how did their upkeep compare in 2019, per the Gazette?"
    ) == ("Cranes versus tugs - how did their upkeep compare in 2019, per the Gazette?",)
    parts = split_parts(
        "The ferry line: who runs it, and when did it open, according to the ledger?"
    )
    assert len(parts) == 2
    assert not any(p.lower().startswith(("according", "what is the according")) for p in parts)


def test_announced_asks_put_to_a_source_are_each_put_to_it():
    assert split_parts(
        "Per the Gazette, two things: the crane count, and the year the port opened."
    ) == (
        "what is the crane count Per the Gazette",
        "what is the year the port opened Per the Gazette",
    )


def test_a_label_before_the_question_is_no_topic_of_asks():
    question = (
        "Hypothetical: a port buys two cranes through an open tender, worth USD 40 million, not a "
        "state deal. Under the ledger's rules, what levy applies? Round to the nearest million."
    )
    assert len(split_parts(question)) == 1
    assert len(split_parts("Scenario: a dock, three tugs, two cranes. What toll is due?")) == 1


def test_a_label_keeps_the_asks_after_it_apart():
    parts = split_parts("Quick question: who runs the ferry line, and when did it open?")
    assert len(parts) == 2


def test_an_ask_opening_with_its_question_word_still_leads_a_list():
    assert split_parts("How many cranes were bought, when they arrived, and who paid?") == (
        "How many cranes were bought",
        "when they arrived",
        "who paid",
    )
    assert split_parts("When did the port open, what did it cost?") == (
        "When did the port open",
        "what did it cost",
    )


def test_an_ask_of_a_gapped_degree_is_one_comparison_with_the_ask_before():
    assert split_parts("Which dock had done best by 2019 and which worst?") == (
        "Which dock had done best by 2019 and which worst",
    )
    assert split_parts("Which harbour grew fastest, and which slowest?") == (
        "Which harbour grew fastest and which slowest",
    )
    # An ask with a verb of its own stays apart.
    assert len(split_parts("Which dock had done best by 2019, and who paid for it?")) == 2
