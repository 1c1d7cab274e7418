"""A follow-up keeps what it does not restate and replaces what it does: the source it names in
place of the earlier one (however the earlier question named its source), the contract kind it
names (however it names it), and the route the follow-up's own grammar asks for (a sum asked
after a question of two figures; no figure worked on after a question that asked a time)."""

from __future__ import annotations

from pathlib import Path

from assistant.answering.attribution import attributed
from assistant.answering.frame import COMPETITIVE, NON_COMPETITIVE, contract_kinds, dated
from assistant.answering.source_switched import asked_of_another_source
from tests.conversations import answer_after

_CALLED = {
    "gazette": ("Harbour Gazette", "Gazette"),
    "wire": ("Coast Wire",),
}


def test_the_figure_a_source_put_a_thing_at_is_that_source_s_figure():
    # "What did the Gazette put the toll at?" asks the Gazette's figure: "put … at" gives a
    # figure as "puts" and "gives" do, in any tense.
    for question in (
        "What did the Gazette put the 2031 toll at?",
        "what does the Harbour Gazette put the dredging bill at?",
    ):
        named = attributed(question, _CALLED)
        assert named is not None and named.sources == ("gazette",), question
        assert "Gazette" not in named.question
    # "Put on" is no figure given: the Gazette may be asked about as anything else is.
    assert attributed("What value does the Gazette put on the old dredger?", _CALLED) is None


def test_a_source_that_put_the_earlier_figure_is_replaced_by_the_one_the_follow_up_names():
    # "What did Coast Wire put the toll at? — and per the Gazette?": the Gazette's figure, not
    # Coast Wire's as the Gazette reports it.
    asked = asked_of_another_source(
        "and per the Gazette?", "What did Coast Wire put the 2031 toll at?", _CALLED
    )
    assert asked is not None
    assert "Coast Wire" not in asked and "Gazette" in asked and "2031 toll" in asked


def test_the_earlier_question_put_to_another_source_is_read_as_any_question_is():
    # The pipeline puts the earlier question to the new source before it reads times written
    # short: "the 2031-35 toll" is the toll of 2031 to 2035 in the re-asked question too.
    asked = asked_of_another_source(
        "and per the Gazette?", "What did Coast Wire put the 2031-35 toll at?", _CALLED
    )
    assert asked is not None
    assert "2031-2035" in dated(asked, 1990, 2040)


def test_a_contract_that_was_competed_is_a_competitive_one():
    # The verb the kind is named for names it as its adjective does.
    assert contract_kinds("and if the order were competed instead?")[0] == COMPETITIVE
    assert contract_kinds("what if two yards had competed for the dredger?")[0] == COMPETITIVE
    # Negated, it is the other kind; a hyphenated compound is no verb of the contest.
    assert contract_kinds("and if it were not competed?")[0] == NON_COMPETITIVE
    assert contract_kinds("and a non-competed award?")[0] != COMPETITIVE


def test_a_sum_after_a_question_that_asked_a_time_is_no_figure_to_work_on():
    # "When did the levy begin? — how large did a cargo have to be to owe it?": "it" is the levy;
    # the sum the answer happened to state is no figure the earlier question asked for.
    from assistant.answering.routing import answer_figure_route
    from assistant.knowledge.rows import load_data
    from assistant.settings import REPO_ROOT

    data = load_data(Path(REPO_ROOT / "knowledge" / "data"))
    before = "When did the harbour levy begin?"
    answer = "1961: levy introduced on cargoes worth at least USD 1 million [1]."
    assert (
        answer_figure_route("how big did a cargo need to be to owe it?", before, answer, data)
        is None
    )
    # After a question that asked the sum, "that" is the sum.
    asked_sum = "How much was the harbour levy?"
    worked = answer_figure_route("what is a quarter of that?", asked_sum, answer, data)
    assert worked is not None


def test_a_sum_asked_after_a_question_of_two_pledges_adds_those_two(assistant):
    # "together, how much is that?" read after the question it follows, in the order it was said.
    answer = answer_after(
        assistant,
        "What did Airbus commit to in technology transfer and in military support for its tankers?",
        "together, how much is that?",
    )
    assert answer.tool_calls
    assert "90,600,000" in answer.answer
