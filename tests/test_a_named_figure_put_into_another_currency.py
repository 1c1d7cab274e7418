"""A figure the question names in words ("the ferry levy of 2031"), asked in another currency at
a rate the question states, is the sum the question without its conversion is answered with,
converted by the calculator at that rate. A question that states an amount of its own, or no
rate, is no such conversion; an answer of several sums, or of a sum already in the currency
asked, is converted by nothing here. Every wording is invented."""

from __future__ import annotations

from assistant.answering.named_conversions import conversion_of_stated, without_conversion
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)


def test_the_conversion_s_rate_and_currency_are_taken_out_of_the_question() -> None:
    assert without_conversion(
        "Taking 1.5 dollars to the pound, what was the ferry levy of 2031 in pounds?"
    ) == ("What was the ferry levy of 2031?")
    assert without_conversion(
        "The quay's dredging budget, expressed in euros at 1.1 dollars per euro?"
    ) == ("The quay's dredging budget?")
    assert without_conversion(
        "With the dollar at 1,250 won, what did the crane order come to in won?"
    ) == ("What did the crane order come to?")


def test_a_question_with_an_amount_of_its_own_or_no_rate_is_no_named_conversion() -> None:
    # The amount is the question's own: the calculator's conversion route takes it as it stands.
    assert without_conversion("What is USD 4 million in pounds at 1.5 dollars per pound?") is None
    # No rate: the sources' own conversion, or none, is what is asked.
    assert without_conversion("What was the ferry levy of 2031 in pounds?") is None


def test_the_one_sum_stated_is_converted_at_the_question_s_rate() -> None:
    question = "Taking 1.5 dollars to the pound, what was the ferry levy of 2031 in pounds?"
    plain = "What was the ferry levy of 2031?"
    found = conversion_of_stated(question, plain, "Ferry levy, 2031: USD 3 million [1].", DATA)
    assert found is not None
    (request,) = found.requests
    assert (request.operation, request.amount, request.to_currency) == (
        "convert",
        "USD 3 million",
        "GBP",
    )
    assert found.restated == ("USD 3 million",)


def test_several_sums_or_a_sum_in_the_currency_asked_are_not_converted() -> None:
    question = "Taking 1.5 dollars to the pound, what was the ferry levy of 2031 in pounds?"
    plain = "What was the ferry levy of 2031?"
    two = "The levy was USD 3 million in 2031 and USD 5 million in 2032 [1]."
    assert conversion_of_stated(question, plain, two, DATA) is None
    assert conversion_of_stated(question, plain, "The levy was GBP 2 million [1].", DATA) is None
