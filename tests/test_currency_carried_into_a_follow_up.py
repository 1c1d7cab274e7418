"""A follow-up that only swaps what the earlier question asks of ("and in 2021?") asks in the
currency the earlier question asked in; one asking a measure of its own, or naming its own
currency, does not. An amount written without a currency after a question asked in one takes
that currency."""

from assistant.answering.currency_carried import (
    currency_carried,
    currency_for_amount,
    swaps_only,
)

EARLIER = "How much did the ferry board earn from berth fees in 2019, in won?"


def test_a_swap_of_the_year_asks_in_the_earlier_currency() -> None:
    assert currency_carried("And in 2021?", EARLIER) == "And in 2021, in won?"
    assert currency_carried("What about the harbour board?", EARLIER).endswith(", in won?")


def test_a_follow_up_asking_a_measure_of_its_own_keeps_its_words() -> None:
    assert currency_carried("And what share of that went to wages?", EARLIER) == (
        "And what share of that went to wages?"
    )
    assert currency_carried("And how many berths?", EARLIER) == "And how many berths?"


def test_a_follow_up_naming_its_own_currency_keeps_it() -> None:
    assert currency_carried("And in dollars?", EARLIER) == "And in dollars?"


def test_nothing_is_carried_from_a_question_asked_in_no_currency() -> None:
    earlier = "How much did the ferry board earn from berth fees in 2019?"
    assert currency_carried("And in 2021?", earlier) == "And in 2021?"


def test_only_a_short_swap_counts() -> None:
    assert swaps_only("And for Chile?")
    assert not swaps_only("Tell me about Chile.")
    assert not swaps_only("And for Chile, Peru, Bolivia, Ecuador and Uruguay together?")


def test_an_amount_without_a_currency_takes_the_one_asked_in_before() -> None:
    assert currency_for_amount("What is the levy's floor in dollars?") == "dollars"
    assert currency_for_amount("What is the levy's floor?") is None
