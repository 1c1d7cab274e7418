"""A follow-up that asks nothing but whose account is wanted ("and the Gazette?", "which figure
does the bureau use?") is the question before it put to the source it names, without the source
that question named; a follow-up that asks something of its own is left as asked."""

from __future__ import annotations

from assistant.answering.source_switched import asked_of_another_source

_CALLED = {
    "gazette": ("Harbour Gazette", "Gazette"),
    "nri": ("NRI", "National Research Institute"),
    "wire": ("Coast Wire",),
}


def test_a_bare_name_asks_the_earlier_question_of_that_source():
    earlier = "How much did the port collect in tolls in 2019 according to Coast Wire?"
    for follow_up in ("and the Gazette?", "what about the Harbour Gazette?", "ok, the NRI paper?"):
        asked = asked_of_another_source(follow_up, earlier, _CALLED)
        assert asked is not None, follow_up
        assert asked.startswith("How much did the port collect in tolls in 2019")
        assert "Coast Wire" not in asked


def test_what_a_source_says_uses_or_gives_asks_the_earlier_question_of_it():
    earlier = "What did Coast Wire give as the 2019 toll revenue?"
    for follow_up in (
        "what does the Gazette say?",
        "and which figure does the NRI use for the same years?",
        "which number does the Gazette go with?",
    ):
        asked = asked_of_another_source(follow_up, earlier, _CALLED)
        assert asked is not None, follow_up
        assert "2019 toll revenue" in asked and "Coast Wire" not in asked
        assert "Gazette" in asked or "NRI" in asked


def test_a_follow_up_asking_something_of_its_own_is_left_as_asked():
    earlier = "How much did the port collect in tolls in 2019?"
    for follow_up in (
        "what does the Gazette recommend?",
        "and in dollars, by the NRI's account?",
        "what does the Gazette say about the dredging contract?",
        "and for the ferry terminal?",
    ):
        assert asked_of_another_source(follow_up, earlier, _CALLED) is None, follow_up


def test_a_name_in_no_attributing_form_still_switches_the_source_when_nothing_else_is_asked():
    # "and for the Gazette?", "what does the NRI have?": the name stands in no form that marks
    # a source ("according to", "says"), but the follow-up asks nothing besides it, so it is
    # still whose account of the earlier question is wanted.
    earlier = "What did Coast Wire give as the 2019 toll revenue?"
    for follow_up in ("and for the Gazette?", "what does the NRI have?"):
        asked = asked_of_another_source(follow_up, earlier, _CALLED)
        assert asked is not None, follow_up
        assert "2019 toll revenue" in asked and "Coast Wire" not in asked


def test_a_bare_mention_asking_something_of_its_own_is_left_as_asked():
    # The same leniency never swallows a question of its own about the source.
    earlier = "What did Coast Wire give as the 2019 toll revenue?"
    for follow_up in ("and who founded the Gazette?", "when was the NRI set up?"):
        assert asked_of_another_source(follow_up, earlier, _CALLED) is None, follow_up
