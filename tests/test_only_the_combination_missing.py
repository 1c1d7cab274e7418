"""A question whose pieces the sources each mention, but never together, is refused: a part is
answered only by a statement that gives its kind of answer and meets every constraint it sets.

- "Of the 9 million dollars in grants, how much went to Peru?" asks Peru's part, which the
  whole does not give, however the question puts the whole first.
- "What did the panel's 2019 audit of the harbour fund find?" asks what the audit found: that it
  took place, or what followed it, says nothing of that.
- "When did the council pass the levy bill?" asks when it was passed: a bill proposed is no bill
  passed, and a statement on another act of that year says nothing of this one.
- "Which exchange rate did the bureau apply?" asks a fact about the bureau: a rate worked out by
  the calculator, a percentage or the won totals it converted answer another question.
- "What harbour pilot fee renewal rate had the port reached?" asks for a percentage, of what it
  names, however many words come before its noun.
"""

from __future__ import annotations

import pytest

from assistant.answering.answerability import unmet
from assistant.answering.frame import frame_of
from assistant.answering.routing import route
from assistant.answers import Answer, Citation


def _answer(text: str, *quotes: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes or (text,), start=1)
    ]
    return Answer(question="q", answer=text, citations=citations)


# -- a named party's part of a whole put first ---------------------------------------------------


def test_a_party_s_part_of_a_whole_put_first_is_not_answered_by_the_whole():
    frame = frame_of("Of the USD 9 million in grants paid out in 2019, how much went to Peru?")
    whole = _answer("Grants worth USD 9 million went to 12 countries in 2019 [1].")
    problem = unmet(frame, whole)
    assert problem is not None and problem.of_another


def test_a_party_s_part_of_a_whole_put_first_is_answered_by_the_part_s_own_figure():
    frame = frame_of("Of the USD 9 million in grants paid out in 2019, how much went to Peru?")
    own = _answer("Peru received USD 2 million of the grants paid out in 2019 [1].")
    assert unmet(frame, own) is None


def test_a_kind_picked_out_of_a_whole_put_first_is_no_named_party():
    frame = frame_of("Of the 40 barges, how many were tankers?")
    assert unmet(frame, _answer("Of the 40 barges, 6 were tankers [1].")) is None


# -- what an event found, when the event is named with what it examined --------------------------


def test_what_an_audit_of_a_thing_found_is_not_answered_by_its_having_taken_place():
    frame = frame_of("What flaws did the harbour panel's 2019 audit of the pilot fund uncover?")
    happened = _answer(
        "After the harbour panel's 2019 audit, a dispute broke out over the pilot fund [1]. "
        "The pilot fund has no reserve policy [2].",
        "After the harbour panel's 2019 audit, a dispute broke out over the pilot fund.",
        "The pilot fund has no reserve policy.",
    )
    problem = unmet(frame, happened)
    assert problem is not None


def test_what_an_audit_of_a_thing_found_is_answered_by_its_finding():
    frame = frame_of("What flaws did the harbour panel's 2019 audit of the pilot fund uncover?")
    found = _answer("The harbour panel's 2019 audit found that the pilot fund was misspent [1].")
    assert unmet(frame, found) is None


def test_what_a_review_of_a_rule_concluded_is_no_question_for_the_rule_table(data):
    assert route("What did the 2018 inspection of the offset rule conclude?", data) is None


# -- an act asked in the active voice, against a proposal ----------------------------------------


def test_when_a_bill_was_passed_is_not_answered_by_when_it_was_proposed():
    frame = frame_of("Did the Port Council pass the pilot levy bill, and when?")
    proposed = _answer("In May 2019, the Port Council members proposed the pilot levy bill [1].")
    assert unmet(frame, proposed) is not None


def test_when_a_named_act_became_law_is_decided_by_the_statements_that_name_it():
    frame = frame_of("When did the Pilot Levy Act become law?")
    answer = _answer(
        "In May 2019, councillors proposed a bill, the Pilot Levy Act [1]. Since 2017 the harbour "
        "board has pushed for a change to the Harbour Fees Act as a matter of law [2].",
        "In May 2019, councillors proposed a bill, the Pilot Levy Act.",
        "Since 2017 the harbour board has pushed for a change to the Harbour Fees Act.",
    )
    assert unmet(frame, answer) is not None


def test_when_a_bill_was_passed_is_answered_by_its_passing():
    frame = frame_of("Did the Port Council pass the pilot levy bill, and when?")
    passed = _answer("The Port Council passed the pilot levy bill in June 2020 [1].")
    assert unmet(frame, passed) is None


def test_when_a_thing_was_proposed_is_answered_by_the_proposal():
    frame = frame_of("When did the councillors propose the pilot levy bill?")
    proposed = _answer("In May 2019, councillors proposed the pilot levy bill [1].")
    assert unmet(frame, proposed) is None


def test_when_an_act_took_place_is_answered_though_the_sentence_turns_to_proposals():
    # The date is of the act; the clause after "but" says how the scheme works since.
    frame = frame_of("When did the port bring in the berth-swap scheme?")
    answer = _answer(
        "The port authority allowed for the introduction of the berth-swap scheme in 2017, but "
        "the scheme still only takes proposals from shipping lines [1]."
    )
    assert unmet(frame, answer) is None


def test_the_subject_or_a_unit_written_after_to_is_no_act_left_undone():
    # "to levy" is the fee's complement and "to EUR 4" where it went, not acts only intended.
    frame = frame_of("In what year did the levy reach EUR 4 per tonne?")
    answer = _answer(
        "The charge to levy on bulk cargo was raised to EUR 3 per tonne in 1991 and to EUR 4 "
        "per tonne in 1999 [1]."
    )
    assert unmet(frame, answer) is None


def test_an_act_written_only_after_to_is_still_not_done():
    frame = frame_of("When did the harbour board sign the berth pact?")
    answer = _answer("The harbour board has been in talks since 2019 to sign a berth pact [1].")
    assert unmet(frame, answer) is not None


def test_a_proposal_dated_in_its_own_clause_is_still_no_act_done():
    frame = frame_of("When did the harbour board adopt the berth-swap scheme?")
    answer = _answer(
        "The berth-swap scheme was proposed in 2017, but the harbour board has not voted on it [1]."
    )
    assert unmet(frame, answer) is not None


# -- the rate a source used --------------------------------------------------------------------


def test_the_rate_a_source_used_is_no_conversion_to_work_out(data):
    assert (
        route("Which exchange rate did the bureau apply to turn KRW 3 trillion into dollars?", data)
        is None
    )


def test_a_conversion_asked_outright_is_still_worked_out(data):
    found = route("What is KRW 3 trillion in dollars at 1,200 won per dollar?", data)
    assert found is not None and found.requests[0].operation == "convert"


def test_the_rate_a_source_used_is_not_answered_by_its_won_totals_or_a_share():
    frame = frame_of("Which exchange rate did the bureau apply to its won totals?")
    totals = _answer(
        "Imports reached KRW 9 trillion, of which KRW 1 trillion, or 11%, was offset [1]."
    )
    assert unmet(frame, totals) is not None


def test_the_rate_a_source_used_is_not_answered_by_an_amount_it_gave_in_two_currencies():
    frame = frame_of("Which exchange rate did the bureau apply to its won totals?")
    paired = _answer("Offsets came to KRW 1 trillion (about USD 700 million) [1].")
    assert unmet(frame, paired) is not None


@pytest.mark.parametrize(
    "rate", ["1,300 won per dollar", "KRW 1,300/USD", "1,300 KRW per USD", "1,300 won to a dollar"]
)
def test_the_rate_a_source_used_is_answered_by_the_rate_it_states(rate):
    frame = frame_of("Which exchange rate did the bureau apply to its won totals?")
    stated = _answer(f"The bureau converted its totals at {rate} [1].")
    assert unmet(frame, stated) is None


def test_an_exchange_rate_asked_outright_is_answered_by_an_amount_in_two_currencies():
    frame = frame_of("What exchange rate sits behind the bureau's dollar figure?")
    paired = _answer("Offsets came to KRW 1 trillion (about USD 700 million) [1].")
    assert unmet(frame, paired) is None


# -- a figure's noun after many words ----------------------------------------------------------


def test_a_rate_asked_after_many_words_is_a_percentage_of_what_they_name():
    frame = frame_of("What PX-9 pilot training renewal rate had the port reached by 2021?")
    other = _answer("TX-4 ferry (Nordwerft), renewal rate (pilot training), 2021: 40% [1].")
    problem = unmet(frame, other)
    assert problem is not None


def test_a_rate_asked_after_many_words_is_answered_by_its_own_figure():
    frame = frame_of("What PX-9 pilot training renewal rate had the port reached by 2021?")
    own = _answer("PX-9 ferry (Nordwerft), renewal rate (pilot training), 2021: 40% [1].")
    assert unmet(frame, own) is None
