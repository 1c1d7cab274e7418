"""Arithmetic whose operands all stand in the question is a computation, whatever its nouns.

The examples are invented (a bakery, a ferry, tractors): the sources know none of these words,
and a refusal for unknown words would be wrong when every figure is given."""

from assistant.answering.own_figures import own_figures
from assistant.answering.routing import route


def expressions(question: str) -> list[str] | None:
    found = own_figures(question)
    if found is None:
        return None
    return [r.expression or f"{r.part} of {r.whole}" for r in found]


def test_a_remainder_of_two_counts_is_the_larger_less_the_smaller_and_its_share_when_asked():
    asked = "A bakery baked 200 pies and 150 were sold. How many are left; what share of the 200 is that?"
    assert expressions(asked) == ["200 − 150", "50 of 200"]


def test_a_remainder_of_two_amounts_needs_one_currency():
    assert expressions("A guild had EUR 9 million and spent EUR 4 million; how much remains?") == [
        "EUR 9 million − EUR 4 million"
    ]
    # Euros less dollars is no remainder: two kinds of figure.
    assert (
        own_figures("A guild had EUR 9 million and spent USD 4 million; how much remains?") is None
    )


def test_a_rate_per_unit_times_a_count_of_that_unit():
    assert expressions("A ferry carries 300 riders a day. How many riders in 7 days?") == [
        "300 × 7"
    ]
    # A rate per day says nothing of weeks: the units must match.
    assert own_figures("A ferry carries 300 riders a day. How many riders in 7 weeks?") is None


def test_a_price_each_times_the_count():
    assert expressions("Four tractors at EUR 80,000 each: what is the bill?") == ["4 × EUR 80,000"]


def test_an_amount_shared_out_over_a_count_even_when_the_count_is_a_word():
    assert expressions("Five towns share a USD 2 million grant evenly. How much per town?") == [
        "USD 2 million / 5"
    ]


def test_a_split_asked_by_its_manner_is_a_breakdown_not_a_division():
    # "How were ... shared out" asks a figure of every part, which only the sources could give.
    assert own_figures("How were the 40 grants shared out among the 9 towns?") is None
    assert own_figures("How was the EUR 6 million levy split between the two ports?") is None
    # Asking the size of one part is the division.
    assert expressions("40 grants are shared out among 8 towns. How many does each get?") == [
        "40 / 8"
    ]


def test_a_percentage_cut_or_raise_moves_the_amount_by_that_share_of_itself():
    cut = "A boat listed at USD 90,000 gets a 20% discount. What is its new price?"
    assert expressions(cut) == ["USD 90,000 × (1 − 20%)"]
    raised = "A lease of USD 5,000 is raised by 3%. What is the new lease?"
    assert expressions(raised) == ["USD 5,000 × (1 + 3%)"]


def test_a_rounding_the_question_states_is_applied_and_states_no_operand():
    found = own_figures(
        "A USD 10,001 bill is split among 3 tenants. Each share, to the nearest ten dollars?"
    )
    assert found is not None and [r.expression for r in found] == ["USD 10,001 / 3"]
    assert found[0].places is not None
    # No rounding asked: the result is left exact.
    exact = own_figures("A USD 10,001 bill is split among 3 tenants. What is each share?")
    assert exact is not None and exact[0].places is None and exact[0].scale is None


def test_a_division_by_zero_is_still_routed_so_its_error_is_shown():
    assert expressions("Split USD 3 million evenly among 0 towns: each share?") == [
        "USD 3 million / 0"
    ]


def test_questions_that_ask_facts_are_no_computation():
    # A yes-or-no question checks a claim its figures restate.
    assert own_figures("Did the 9 mills sell to 4 buyers?") is None
    # One figure and no operation.
    assert own_figures("Which 7 guilds signed the charter?") is None
    # Years are dates, not operands.
    assert (
        own_figures("How many mills closed between 1999 and 2004, and how many are left?") is None
    )
    # Figures with no operation the words name.
    assert own_figures("What did the 12 mills pay their 300 weavers?") is None


def test_an_amount_written_per_item_is_no_total_to_share_out(data):
    # "at $15 apiece" is the price of one lamp: the route never divides it by the count.
    found = route("An order of 6 lamps at USD 15 apiece: what is the total?", data)
    assert found is None or all("/" not in (r.expression or "") for r in found.requests)


def test_a_percentage_of_an_amount_written_after_it_is_that_part_of_it():
    asked = "the co-op had paid 40% of the USD 2 million loan by spring - how much in dollars?"
    assert expressions(asked) == ["40% × USD 2 million"]


def test_a_claim_put_for_confirmation_or_an_ask_for_a_name_is_no_computation():
    assert own_figures("The co-op paid 40% of the USD 2 million loan, right?") is None
    assert own_figures("Which co-op paid 40% of its USD 2 million loan?") is None
    assert own_figures("When did 3 of the 9 mills close, and how many are left?") is None


def test_a_relative_which_states_a_part_and_asks_nothing():
    asked = (
        "A fund holds EUR 50 million, of which EUR 20 million is bonds. What is everything else?"
    )
    assert expressions(asked) == ["EUR 50 million − EUR 20 million"]


def test_a_share_asked_without_pointing_back_at_the_remainder_is_left_alone():
    # "the bonds' share" may be the share of the EUR 20 million, not of what is left.
    asked = (
        "A fund holds EUR 50 million, EUR 20 million in bonds. What is left, and the bonds' share?"
    )
    assert own_figures(asked) is None


def test_a_percentage_level_is_no_move_and_a_yes_no_ask_after_a_statement_asks_a_fact():
    # "from 40 to 25 percent" gives two levels; the last sentence asks yes or no.
    assert (
        own_figures("I read the levy fell from 40 to 25 percent in 1990. Was that the cause?")
        is None
    )


def test_an_ask_about_a_time_only_the_ask_names_is_for_the_sources():
    asked = "A mill earned 30 percent of its USD 9 million since 1980. How much of that came in the 1990s?"
    assert own_figures(asked) is None


def test_two_amounts_put_together_are_added() -> None:
    # "Combined" and "all told" name a sum of the question's two amounts of one currency.
    (found,) = own_figures("A dock cost $3 million and a crane $2 million. What is that combined?")
    assert found.expression == "$3 million + $2 million"
    # Two rates are not one rate: percentages are never added.
    assert own_figures("A 5% levy and a 3% fee: what is that combined?") is None


def test_a_share_asked_of_the_other_amount_is_the_smaller_over_the_larger() -> None:
    # "What cut of the fare" asks the part the smaller amount is of the larger one.
    (found,) = own_figures(
        "A ferry keeps $2 million of a $8 million fare pool. What cut of the fares is that?"
    )
    assert (found.operation, found.part, found.whole) == ("share_of", "$2 million", "$8 million")
