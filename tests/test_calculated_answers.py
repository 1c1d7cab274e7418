"""Answers the calculator works out end to end: every figure they state comes from a recorded
calculator call, and a figure the question restates from the sources is cited."""

from __future__ import annotations

from decimal import Decimal


def _outputs(answer):
    return [(call.input, call.output) for call in answer.tool_calls]


def test_an_offset_offered_short_of_the_rule_is_compared_in_a_recorded_call(assistant):
    answer = assistant.ask(
        "A supplier offered a $6 million offset on a $20 million competitive contract. "
        "Does that cover what Korea requires?"
    )
    calls = _outputs(answer)
    assert calls[0][0]["amount"] == "$20 million"
    assert calls[-1][0]["expression"] == "USD 10,000,000 − $6 million"
    assert Decimal(calls[-1][1]["result"]) == 4_000_000
    assert "falls short of the required USD 10,000,000 by USD 4,000,000" in answer.answer


def test_the_outstanding_part_of_a_stated_commitment_is_computed_and_traced(assistant):
    answer = assistant.ask(
        "A firm committed $48 million in offsets and had delivered 25% of it. "
        "How much remains outstanding?"
    )
    (call,) = _outputs(answer)
    assert Decimal(call[1]["result"]) == 36_000_000
    assert "USD 36,000,000" in answer.answer and not answer.abstained


def test_a_follow_up_converts_the_figure_the_earlier_answer_computed(assistant):
    first = "What offset must a competitive $50 million contract carry?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": assistant.ask(first).answer},
    ]
    answer = assistant.ask("Put that offset in won at 1,350 won per dollar.", history=history)
    calls = _outputs(answer)
    assert [c[0]["operation"] for c in calls] == ["offset_obligation", "convert"]
    assert Decimal(calls[-1][1]["result"]) == Decimal(25_000_000) * 1350
    assert answer.citations  # the rule the first figure rests on


def test_a_restated_source_figure_converted_at_a_stated_rate_cites_its_sentence(assistant, sources):
    answer = assistant.ask(
        "Taking 1,400 won to the dollar, how many dollars is the KRW 4 trillion F-35 buy?"
    )
    assert answer.tool_calls and answer.citations
    quote = answer.citations[0].quote
    assert "4 trillion" in quote and quote in sources[answer.citations[0].source_id].text


def test_a_contract_in_euros_at_a_stated_rate_is_worked_out_in_dollars(assistant):
    answer = assistant.ask(
        "What offset would a competitive contract of 20 million euros need, "
        "at 1.08 dollars per euro?"
    )
    (call,) = _outputs(answer)
    assert call[1]["details"]["contract_usd"] == "USD 21,600,000"
    assert call[1]["details"]["required_usd"] == "USD 10,800,000"
    assert (call[1]["currency"], Decimal(call[1]["result"])) == ("EUR", 10_000_000)


def test_the_sentence_cited_for_stated_figures_comes_from_the_source_the_question_names(
    assistant,
):
    for named, source in (("KIET", "002_b00326718e5a7ad5"), ("Yonhap", "001_4df862b2e8f3b0fd")):
        answer = assistant.ask(
            f"{named} reports offsets of USD 800 million in 2016-2020 after USD 8 billion in "
            "2011-2015. What is the percentage change?"
        )
        assert answer.tool_calls, named
        assert [c.source_id for c in answer.citations] == [source], named


def test_a_follow_up_amount_in_words_reruns_the_calculation(assistant):
    first = "Would a competitive contract worth $9 million trigger an offset?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": assistant.ask(first).answer},
    ]
    answer = assistant.ask("What about forty million dollars?", history=history)
    calls = _outputs(answer)
    assert calls and calls[0][0]["amount"] == "forty million dollars"
    assert Decimal(calls[0][1]["result"]) == 20_000_000


def test_a_yearly_average_of_a_sourced_period_figure_is_computed_and_its_row_cited(assistant):
    answer = assistant.ask("Averaged across 2011 to 2015, what did Korea's offsets come to a year?")
    (call,) = _outputs(answer)
    assert call[0]["expression"] == "USD 7.99 billion / 5"
    assert Decimal(call[1]["result"]) == 1_598_000_000
    assert any("7.99 billion" in c.quote for c in answer.citations)
    assert not answer.abstained


def test_a_change_of_the_threshold_between_years_cites_the_rules_it_compares(assistant):
    answer = assistant.ask(
        "What was the percentage rise in the offset threshold from 1984 to 2010?"
    )
    (call,) = _outputs(answer)
    assert (call[0]["old"], call[0]["new"]) == ("USD 2 million", "USD 10 million")
    assert "400%" in answer.answer
    assert any("USD 2 million in 1984" in c.quote for c in answer.citations)


def test_an_obligation_and_its_value_in_won_are_both_recorded_calls(assistant):
    answer = assistant.ask(
        "How big an offset does a competitive $44 million deal need, and what is that in won "
        "at 1,250 per dollar?"
    )
    calls = _outputs(answer)
    assert [c[0]["operation"] for c in calls] == ["offset_obligation", "convert"]
    assert Decimal(calls[1][1]["result"]) == 22_000_000 * 1250
    assert "KRW 27,500,000,000" in answer.answer


def test_two_figures_the_sources_state_in_different_sentences_are_each_cited(assistant, sources):
    answer = assistant.ask(
        "By how much, in percent, did the minimum contract value for offsets climb from "
        "USD 1 million to USD 10 million?"
    )
    assert answer.tool_calls and not answer.abstained
    stated = {c.quote: c.source_id for c in answer.citations}
    assert len(stated) == 2
    assert any("1 million" in quote for quote in stated)
    assert any("10 million" in quote for quote in stated)
    assert all(quote in sources[source].text for quote, source in stated.items())


def test_an_average_of_sourced_figures_is_rounded_as_asked_and_cites_its_inputs(assistant):
    answer = assistant.ask(
        "On average, how much was each US offset agreement worth in 2022, in millions, to the "
        "nearest whole number?"
    )
    (call,) = _outputs(answer)
    assert call[0]["expression"] == "USD 5.88 billion / 27"
    assert "USD 218 million" in answer.answer
    assert {c.source_id for c in answer.citations} == {"004_840937613cbc5a16"}


def test_parts_short_of_their_stated_whole_say_by_how_much(assistant):
    answer = assistant.ask(
        "Summed, do the 1983-2022 offset values by type tally with the overall figure?"
    )
    added, gap = _outputs(answer)
    assert (Decimal(added[1]["result"]), Decimal(gap[1]["result"])) == (23_170_000_000, 30_000_000)
    assert "USD 30,000,000 less than the USD 23.2 billion" in answer.answer
    assert answer.citations and not answer.disputed


def test_a_converted_contract_value_is_also_given_in_millions(assistant):
    answer = assistant.ask(
        "Would a competitive deal of 13 billion won, at 1,450 won to the dollar, trigger an offset?"
    )
    assert "about USD 8.97 million" in answer.answer


def _history(assistant, *questions):
    turns = []
    for question in questions:
        turns += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": assistant.ask(question, history=turns).answer},
        ]
    return turns


def test_how_far_a_contract_falls_short_of_the_threshold_is_a_recorded_call(assistant):
    answer = assistant.ask(
        "A 11.2 billion won competitive order at 1,400 won per dollar: how far below the offset "
        "threshold is it?"
    )
    gap = _outputs(answer)[-1]
    assert gap[0]["expression"] == "USD 10,000,000 − USD 8,000,000"
    assert "falls short of the USD 10,000,000 threshold by USD 2,000,000" in answer.answer


def test_a_pledge_named_in_words_is_converted_and_its_sentence_cited(assistant, sources):
    answer = assistant.ask("What is Airbus's military support pledge in won at 1,320 per dollar?")
    (call,) = _outputs(answer)
    assert Decimal(call[1]["result"]) == Decimal(6_300_000) * 1320
    quote = answer.citations[0]
    assert "$6.3 million" in quote.quote and quote.quote in sources[quote.source_id].text


def test_a_follow_up_converts_the_figure_a_chain_of_questions_named(assistant):
    history = _history(
        assistant,
        "Tell me about the second stage of the F-35 program.",
        "What did that stage cost?",
    )
    answer = assistant.ask("Now in dollars, at 1,280 won per dollar?", history=history)
    (call,) = _outputs(answer)
    assert (call[0]["amount"], Decimal(call[1]["result"])) == ("KRW 4 trillion", 3_125_000_000)
    assert any("4 trillion" in c.quote for c in answer.citations)


def test_a_follow_up_on_the_same_contract_changes_only_its_type(assistant):
    history = _history(
        assistant,
        "A $34 million buy is tendered openly and is not an FMS case: what offset applies?",
    )
    answer = assistant.ask("The same purchase made single-source instead?", history=history)
    (call,) = _outputs(answer)
    assert (call[0]["amount"], call[0]["contract_type"]) == ("$34 million", "non-competitive")
    assert Decimal(call[1]["result"]) == Decimal(10_200_000)


def test_a_follow_up_asking_for_a_sum_adds_up_what_the_earlier_question_named(assistant):
    first = "Which offset items did the fighter maker pledge for the F-35A buy?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": assistant.ask(first).answer},
    ]
    answer = assistant.ask("Sum them up for me.", history=history)
    calls = _outputs(answer)
    assert calls and Decimal(calls[-1][1]["result"]) == 3_800_000_000
