"""A follow-up leans on what the earlier turns asked: "it" stands for the one part of the one
program they named, so the answer is that part's, not the same part of another program."""

from __future__ import annotations

from decimal import Decimal

from conversations import answer_after, earlier_turns

from assistant.answering.followup import resolve


def test_it_is_the_one_part_of_the_one_program_the_earlier_question_named():
    history = earlier_turns("What did the tanker maker pledge in technology transfer?")
    resolved = resolve("what fraction of it got done by 2022?", history, 2)
    assert resolved.question == "what fraction of the tanker technology transfer got done by 2022?"
    history = earlier_turns("For the stealth jets, what was the SME piece worth?")
    resolved = resolve("what share of that is delivered?", history, 2)
    assert resolved.question == "what share of the stealth jets SME is delivered?"


def test_it_is_the_whole_program_when_the_follow_up_names_its_own_part():
    history = earlier_turns("What did the tanker maker pledge in technology transfer?")
    resolved = resolve("what part of it went to SME exports?", history, 2)
    assert resolved.question == "what part of the tanker went to SME exports?"
    history = earlier_turns("How large an offset deal did the stealth jet maker agree to?")
    resolved = resolve("and how much of that was satellites?", history, 2)
    assert resolved.question == "and how much of the stealth jet was satellites?"
    # A part named before the "it" is what "it" stands for.
    asked = "what did they pledge in SME exports, and what share of it got done?"
    assert resolve(asked, history, 2).question == asked


def test_a_part_asked_of_the_package_an_earlier_answer_gave_is_that_program_s_part(assistant):
    answer = answer_after(
        assistant,
        "What offset deal did the European tanker supplier strike with Seoul?",
        "how much of it was earmarked for SME exports?",
    )
    assert "536.3 million" in answer.answer
    assert "23.4%" not in answer.answer


def test_it_stays_as_written_when_two_programs_were_named():
    history = earlier_turns("Compare the SME pledges of the tanker and the stealth jet deals.")
    asked = "what fraction of it got done by 2022?"
    assert resolve(asked, history, 2).question == asked


def test_a_part_s_delivery_rate_is_the_rate_of_the_program_the_earlier_turn_named(assistant):
    answer = answer_after(
        assistant,
        "How large was Lockheed Martin's SME export pledge for the stealth fighters?",
        "and how far along was it in 2022?",
    )
    assert "23.4%" in answer.answer
    assert "10%" not in answer.answer


def test_a_period_told_from_the_earlier_one_is_asked_of_its_years():
    history = earlier_turns("What offset value did the institute report for 2011-2015?")
    assert (
        resolve("what about the following five years?", history, 1).question
        == "What offset value did the institute report for 2016-2020?"
    )
    history = earlier_turns("Per the wire service, what were imports from 2001 through 2010?")
    assert (
        resolve("and the previous decade?", history, 1).question
        == "Per the wire service, what were imports from 1991 through 2000?"
    )
    # Without a stated length the span is as long as the earlier period.
    history = earlier_turns("How much was gained between 2016 and 2020?")
    assert (
        resolve("And over the period before that?", history, 1).question
        == "How much was gained between 2011 and 2015?"
    )


def test_a_chain_of_shifts_moves_on_from_where_the_last_one_led():
    history = [
        *earlier_turns("How much was gained between 2016 and 2020?"),
        *earlier_turns("and the previous 5 years?"),
    ]
    assert (
        resolve("and the previous 5 years?", history, 1).question
        == "How much was gained between 2006 and 2010?"
    )


def test_a_shift_that_asks_more_than_the_period_is_left_to_the_other_readings():
    history = earlier_turns("How much was gained between 2016 and 2020?")
    asked = "and who signed deals in the five years before?"
    assert resolve(asked, history, 3).question == asked


def test_the_shifted_period_s_figure_is_answered_from_the_source_asked(assistant):
    answer = answer_after(
        assistant,
        "What offset value did the research institute KIET give for 2011 to 2015?",
        "and for the next five years?",
    )
    assert "2016" in answer.answer and (
        "800 million" in answer.answer or "700 million" in answer.answer
    )


def test_a_threshold_told_by_what_it_does_is_converted_at_the_follow_up_s_rate(assistant):
    for first, then, rate in (
        (
            "How large must a deal be before an offset duty applies?",
            "and in won, at 1,390 to the dollar?",
            1390,
        ),
        (
            "What is the minimum deal size for an offset obligation?",
            "and in won, taking 1,350 per dollar?",
            1350,
        ),
    ):
        answer = answer_after(assistant, first, then)
        (call,) = answer.tool_calls
        assert call.input["amount"] == "USD 10,000,000"
        assert Decimal(call.output["result"]) == 10_000_000 * rate


def test_an_average_asked_after_a_year_s_total_and_count_divides_the_two(assistant):
    answer = answer_after(
        assistant,
        "How much were the offset deals American exporters concluded in 2022 worth?",
        "in how many contracts?",
        "so on average, what was each contract worth?",
    )
    (call,) = answer.tool_calls
    assert call.input["expression"] == "USD 5.88 billion / 27"
    answer = answer_after(
        assistant,
        "What were American offset agreements in 2022 valued at, per BIS?",
        "then per partner country, on average?",
    )
    (call,) = answer.tool_calls
    assert call.input["expression"] == "USD 5.88 billion / 13"


def test_a_question_opening_on_a_preposition_or_so_carries_on_from_the_earlier_one():
    history = earlier_turns("What did the yard bill the navy in 2019?")
    for asked in ("for how many hulls?", "by whom?", "So what is that per hull?"):
        assert resolve(asked, history, 3).context == "What did the yard bill the navy in 2019?"
    # "So far" and "so many" open no carrying on.
    assert resolve("So far which yards have bid for frigate repairs?", history, 4).context == ""


def test_a_follow_up_naming_no_source_asks_of_the_source_the_earlier_question_named(assistant):
    answer = answer_after(
        assistant,
        "According to KIET, what were Korea's foreign arms purchases from 2016 to 2020?",
        "and what offsets were secured in those years?",
    )
    assert {c.source_id for c in answer.citations} == {"002_b00326718e5a7ad5"}
    answer = answer_after(
        assistant,
        "What did the Korea Economic Daily report about offset trade worldwide?",
        "and how many countries seek them?",
    )
    assert {c.source_id for c in answer.citations} == {"004_840937613cbc5a16"}


def test_the_one_sum_an_earlier_answer_gave_is_converted_at_the_follow_up_s_rate(assistant):
    answer = answer_after(
        assistant,
        "What were America's 2022 offset agreements worth in total?",
        "put it in won, at 1,400 to the dollar",
    )
    (call,) = answer.tool_calls
    assert call.input["amount"] in ("USD 5.88 billion", "$5.88 billion")
    assert Decimal(call.output["result"]) == Decimal("5.88e9") * 1400
    assert {c.source_id for c in answer.citations} == {"004_840937613cbc5a16"}
    answer = answer_after(
        assistant,
        "How much value did technologies for native weapons account for over the four decades "
        "of offsets?",
        "express it in won using 1,350 a dollar, trillions, two decimals",
    )
    (call,) = answer.tool_calls
    assert "KRW 14.40 trillion" in answer.answer


def test_an_answer_of_several_sums_or_a_follow_up_without_a_rate_converts_nothing():
    from pathlib import Path

    from assistant.answering.routing import answer_figure_route
    from assistant.knowledge.rows import load_data
    from assistant.settings import REPO_ROOT

    data = load_data(Path(REPO_ROOT / "knowledge" / "data"))
    before = "What did the yard pledge?"
    two = "It pledged USD 40 million in parts and USD 12 million in training [1]."
    assert answer_figure_route("and in won at 1,300?", before, two, data) is None
    one = "It pledged USD 40 million in parts [1]."
    assert answer_figure_route("and in won?", before, one, data) is None
    converted = answer_figure_route("and in won at 1,300?", before, one, data)
    assert converted is not None and converted.requests[0].amount == "USD 40 million"


def test_a_rate_per_dollar_in_a_follow_up_is_no_unit_to_average_over(assistant):
    answer = answer_after(
        assistant,
        "What were America's 2022 offset agreements worth in total?",
        "give it in won, taking 1,380 per dollar",
    )
    (call,) = answer.tool_calls
    assert call.input["operation"] == "convert"
    assert Decimal(call.output["result"]) == Decimal("5.88e9") * 1380


def test_that_as_the_subject_of_be_stands_for_the_earlier_answer():
    history = earlier_turns("What minimum share must competitive offset deals reach?")
    resolved = resolve("What would that be on a USD 60 million purchase?", history, 4)
    assert resolved.context == "What minimum share must competitive offset deals reach?"
    # A determiner is no reference: "that program" names what follows it.
    asked = "How would that rule change affect exporters in 2023?"
    assert resolve(asked, history, 4).context == ""


def test_a_working_the_turn_asks_on_the_figures_the_earlier_question_named_is_calculated(
    assistant,
):
    answer = answer_after(
        assistant,
        "What minimum share must competitive offset deals reach in Korea?",
        "What would that be on a USD 60 million contract?",
    )
    (call,) = answer.tool_calls
    assert call.input["operation"] == "offset_obligation"
    assert call.input["contract_type"] == "competitive"
    assert Decimal(call.output["result"]) == 30_000_000
    answer = answer_after(
        assistant,
        "What did the air force pay for its stealth fighters?",
        "How much is it for each plane?",
    )
    (call,) = answer.tool_calls
    assert call.input["expression"] == "KRW 7.77 trillion / 40"


def test_a_turn_that_asks_how_much_more_another_got_keeps_the_earlier_one_to_compare(assistant):
    answer = answer_after(
        assistant,
        "How many pages of the trade barrier report covered Korea?",
        "How many more did the EU get?",
    )
    (call,) = answer.tool_calls
    assert call.input["expression"] == "35 − 7"
    assert Decimal(call.output["result"]) == 28


def test_a_working_on_that_takes_the_one_sum_the_earlier_answer_gave():
    from pathlib import Path

    from assistant.answering.routing import answer_figure_route
    from assistant.knowledge.rows import load_data
    from assistant.settings import REPO_ROOT

    data = load_data(Path(REPO_ROOT / "knowledge" / "data"))
    before = "What did the yard pledge?"
    one = "It pledged USD 40 million in parts [1]."
    worked = answer_figure_route("what is a quarter of that?", before, one, data)
    assert worked is not None
    assert worked.requests[0].expression == "25% of USD 40 million"
    two = "It pledged USD 40 million in parts and USD 12 million in training [1]."
    assert answer_figure_route("what is a quarter of that?", before, two, data) is None
    # Nothing to work on: no calculation is made of a question about the sum.
    assert answer_figure_route("who paid that?", before, one, data) is None


def test_the_one_told_by_its_words_is_one_of_those_the_earlier_answer_listed():
    history = earlier_turns("Which Korean rules did the report newly call barriers?")
    for asked in ("Under which act is the cloud one?", "and the second one, what law?"):
        assert resolve(asked, history, 4).context == history[0].content
    # "Number one" ranks; it refers to nothing said before.
    assert resolve("Who is the number one offset buyer worldwide?", history, 4).context == ""
