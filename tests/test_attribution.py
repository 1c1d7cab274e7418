"""A question that names its source is answered from that source, and the words naming it are
not words of its topic."""

from __future__ import annotations

import pytest

from assistant.answering.attribution import attributed
from assistant.answering.frame import answer_type

CALLED = {
    "gazette": ("Harbour Gazette", "Gazette"),
    "institute": ("NRI", "Northern Research Institute"),
}


@pytest.mark.parametrize(
    ("question", "source", "rest"),
    [
        (
            "According to the Harbour Gazette, who opened the port?",
            "gazette",
            "who opened the port?",
        ),
        ("Who opened the port, according to the Gazette?", "gazette", "Who opened the port ?"),
        (
            "What does the NRI report propose for ports?",
            "institute",
            "What does propose for ports?",
        ),
        ("What did the Gazette report about the strike?", "gazette", "What did about the strike?"),
        ("In the Northern Research Institute's study, what fell?", "institute", "what fell?"),
        ("What does the NRI policy brief say on ports?", "institute", "What does say on ports?"),
        # Any verb of writing or judging makes the publication the author of the answer.
        (
            "How does the Harbour Gazette read the timing of the strike?",
            "gazette",
            "How does the timing of the strike?",
        ),
        ("What does the Gazette make of the new cranes?", "gazette", "What does the new cranes?"),
        # What a piece calls a thing is the name it gives it: the piece is the one asked, and
        # the verb of naming says what is asked, so it stays.
        ("What does the Gazette call the dock tax?", "gazette", "What does call the dock tax?"),
        (
            "Which title did the NRI paper give the harbour plan?",
            "institute",
            "Which title did give the harbour plan?",
        ),
        ("How did the Gazette describe the lockout?", "gazette", "How did the lockout?"),
        ("Was the Gazette's view that fees rose?", "gazette", "Was that fees rose?"),
        (
            "Going by the survey the Gazette cites, how many ships docked?",
            "gazette",
            "Going by the survey , how many ships docked?",
        ),
    ],
)
def test_a_source_named_as_the_source_is_read_off_the_question(question, source, rest):
    named = attributed(question, CALLED)
    assert named is not None
    assert named.sources == (source,)
    assert named.question == rest


@pytest.mark.parametrize(
    ("question", "sources"),
    [
        (
            "The Harbour Gazette and the NRI both cite the port survey; what does each count?",
            {"gazette", "institute"},
        ),
        ("What fee do the NRI study and the Gazette each report?", {"gazette", "institute"}),
        (
            "Compare what the Gazette, the NRI and the Wire said about tolls.",
            {"gazette", "institute", "wire"},
        ),
    ],
)
def test_names_joined_to_a_name_that_attributes_are_sources_too(question, sources):
    """Names in one list share their role: each is a source of the answer, and none of them a
    word of its topic."""
    called = {**CALLED, "wire": ("Wire",)}
    named = attributed(question, called)
    assert named is not None and set(named.sources) == sources
    assert not any(n.lower() in named.question.lower() for n in ("gazette", "nri", "wire"))


def test_an_agency_listed_beside_another_actor_is_still_no_source():
    assert attributed("Who criticised the NRI and the ministry?", CALLED) is None


def test_a_publisher_asked_about_as_an_actor_is_not_a_source_filter():
    # The institute is what the question is about here, not where the answer is to be found.
    assert attributed("Who criticised the NRI?", CALLED) is None
    assert attributed("When was the Northern Research Institute founded?", CALLED) is None


def test_what_a_publisher_wants_or_advises_is_read_in_its_own_publication():
    for question in (
        "What does NRI recommend for ports?",
        "Why does the NRI want ports merged?",
        "What does the Northern Research Institute propose?",
    ):
        named = attributed(question, CALLED)
        assert named is not None and named.sources == ("institute",)


def test_what_a_publisher_s_writers_want_or_say_is_read_in_its_publication():
    for question in (
        "What do the NRI researchers want done about ports?",
        "Why do the NRI authors favour merging ports?",
    ):
        named = attributed(question, CALLED)
        assert named is not None and named.sources == ("institute",), question


def test_a_case_made_as_a_source_makes_it_is_read_in_that_source():
    named = attributed("Argue, as the Harbour Gazette does, that the port is overpriced.", CALLED)
    assert named is not None and named.sources == ("gazette",)
    assert named.question == "Argue that the port is overpriced."


def test_whom_a_piece_quotes_speak_in_that_piece():
    named = attributed("The Gazette story quotes dock workers. What do they want fixed?", CALLED)
    assert named is not None and named.sources == ("gazette",)
    assert named.question == "dock workers. What do they want fixed?"
    # A verb of what the piece itself advises is what is asked, and stays.
    named = attributed("What does the NRI report propose for ports?", CALLED)
    assert named is not None and named.question == "What does propose for ports?"


def test_a_piece_s_possessive_goes_with_its_name():
    named = attributed("Summarize the NRI study's proposals on ports.", CALLED)
    assert named is not None and named.question == "Summarize proposals on ports."


@pytest.mark.parametrize(
    "question",
    [
        "Is the port really unusual? Give me the Gazette's counter-argument.",
        "What is the NRI's re-assessment of the dredging plan?",
    ],
)
def test_a_take_named_with_a_hyphened_prefix_is_still_the_piece_s_take(question):
    named = attributed(question, CALLED)
    assert named is not None and len(named.sources) == 1


def test_who_asks_for_an_agent_whatever_the_rest_names():
    assert answer_type("Per the audit, who pays the price of the delay?") == "agent"
    assert answer_type("Whose cost estimate was lower?") != "agent"


@pytest.mark.slow
def test_an_attributed_question_is_answered_from_that_source_only(assistant):
    answer = assistant.ask("According to Yonhap, how did the agency's spokesman describe offsets?")
    assert not answer.abstained
    assert {c.source_id for c in answer.citations} == {"001_4df862b2e8f3b0fd"}


@pytest.mark.slow
def test_a_source_s_name_is_not_an_unknown_topic(assistant):
    answer = assistant.ask("What does the Asia Business Daily say held DAPA back from offsets?")
    assert not answer.abstained
    assert {c.source_id for c in answer.citations} == {"000_698068ed5c1850f6"}


def test_the_figures_of_a_named_source_are_the_only_ones_a_calculation_weighs():
    from assistant.answering.routing import route
    from assistant.knowledge.rows import load_data
    from assistant.settings import Settings

    data = load_data(Settings().data_dir)
    question = "What was the percentage drop in offsets between 2011-2015 and 2016-2020?"
    # Across all sources the later period has two figures, and both are worked out.
    assert route(question, data).disputed
    yonhap = next(r.source for r in data.values if r.id == "value-2016-2020-yonhap")
    found = route(question, data.stated_by((yonhap,)))
    assert not found.disputed
    assert {data.row(c).source for c in found.cites} == {yonhap}


def test_a_source_that_states_no_period_figure_leaves_every_figure_in_play():
    from assistant.knowledge.rows import load_data
    from assistant.settings import Settings

    data = load_data(Settings().data_dir)
    assert data.stated_by(("no-such-source",)) is data


@pytest.mark.slow
def test_a_calculation_that_names_its_source_is_worked_on_that_source_s_figures(assistant):
    answer = assistant.ask(
        "Taking Yonhap's numbers, what was the percentage drop in offsets between 2011-2015 "
        "and 2016-2020?"
    )
    assert answer.tool_calls and not answer.disputed
    assert {c.source_id for c in answer.citations} == {"001_4df862b2e8f3b0fd"}


def test_a_source_s_figures_named_with_a_word_between_are_still_its_own():
    found = attributed(
        "Using the Harbour Gazette's dollar figures, what did the port earn?", CALLED
    )
    assert found is not None and found.sources == ("gazette",)


def test_what_a_publisher_holds_up_as_an_example_is_read_in_its_publication():
    found = attributed("Which Swedish practice does the NRI hold up as a model?", CALLED)
    assert found is not None and found.sources == ("institute",)
    found = attributed("What tender rule did the Gazette single out for praise?", CALLED)
    assert found is not None and found.sources == ("gazette",)


@pytest.mark.slow
def test_two_named_sources_are_answered_from_those_two(assistant):
    answer = assistant.ask(
        "Korea Bizwire and Asiae both quote the industry institute on 2016-2020 offsets: "
        "what amount does each report?"
    )
    assert not answer.abstained
    assert "800 million" in answer.answer and "1 trillion" in answer.answer


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("Argue, as the Gazette does, that tolls should fall.", "Argue that tolls should fall."),
        ("As the NRI puts it, why did the fees rise?", "why did the fees rise?"),
    ],
)
def test_taking_a_source_s_side_in_an_aside_names_it_as_the_source(question, rest):
    # "As the Gazette does" sets the asker on the source's side: its words are the answer,
    # and its name no topic the sources must cover.
    named = attributed(question, CALLED)
    assert named is not None
    assert named.question == rest


@pytest.mark.parametrize(
    "question",
    [
        "Does the port do as well as the NRI did in 2019?",
        "Did the harbour grow as the NRI did?",
    ],
)
def test_a_source_compared_as_an_actor_is_no_source_of_the_answer(question):
    assert attributed(question, CALLED) is None


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        # What a piece has, puts a figure at, or itemises is its own figure.
        (
            "The Gazette has tolls at EUR 4 million; what share is that?",
            "tolls at EUR 4 million; what share is that?",
        ),
        ("The Gazette puts dock fees at EUR 2 million.", "dock fees at EUR 2 million."),
        ("The Gazette itemizes the levy as EUR 3 million.", "the levy as EUR 3 million."),
        # A count or a kind may stand between the possessive and the figures.
        (
            "Using the Gazette's two yearly figures, how far did tolls fall?",
            "Using , how far did tolls fall?",
        ),
    ],
)
def test_a_publication_that_has_or_itemises_figures_is_their_source(question, rest):
    named = attributed(question, CALLED)
    assert named is not None
    assert named.sources == ("gazette",)
    assert named.question == rest


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Gazette - who opened the port?", "gazette"),
        ("The NRI report: what does it propose for ports?", "institute"),
        ("Who opened the port? — Harbour Gazette", "gazette"),
    ],
)
def test_a_source_set_off_as_a_label_before_or_after_the_question_is_its_source(question, source):
    named = attributed(question, CALLED)
    assert named is not None and named.sources == (source,)


def test_a_name_inside_the_question_without_a_label_dash_does_not_attribute():
    assert attributed("Who funds the Gazette-owned port?", CALLED) is None
