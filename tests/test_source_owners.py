"""A source named by the question's grammar as the one who says what is asked: the owner of
what it asks about ("the Gazette's case"), whatever the noun. Invented names and wordings."""

from assistant.answering.attribution import attributed
from assistant.answering.source_owners import owner_span

CALLED = {
    "gazette": ("Harbour Gazette", "Gazette"),
    "institute": ("NRI",),
    "blog": ("blog",),
}


def _named(question: str) -> str | None:
    span = owner_span("NRI", question)
    return None if span is None else question[span[0] : span[1]]


def test_what_a_source_owns_is_a_thing_of_its_piece():
    assert _named("Summarize NRI's case for a second dock.") == "NRI's"
    # A word between the article and the name belongs to the name ("the explainer blog's").
    question = "What are the main points of the explainer blog's look ahead?"
    span = owner_span("blog", question)
    assert span is not None
    assert question[span[0] : span[1]] == "the explainer blog's"


def test_a_word_of_the_clause_before_a_bare_possessive_is_not_taken():
    assert _named("Give the main points of NRI's plan.") == "NRI's"


def test_a_source_named_as_an_actor_or_an_object_is_not_made_the_source():
    # A passive, a verb of its own, or a name after a preposition owns nothing.
    assert _named("When was the NRI founded?") is None
    assert _named("Who funds the NRI?") is None
    assert _named("How much money went to the NRI last year?") is None


def test_attribution_answers_from_the_named_source_and_keeps_the_topic_words():
    found = attributed("Summarize the Gazette's case on the dredging bill.", CALLED)
    assert found is not None
    assert found.sources == ("gazette",)
    assert "dredging bill" in found.question and "Gazette" not in found.question
    owned = attributed("What are the main points of the NRI's plan for the northern quay?", CALLED)
    assert owned is not None and owned.sources == ("institute",)
    assert "northern quay" in owned.question


def test_a_name_used_as_an_adjective_of_its_take_is_its_source():
    # "the Gazette argument" is the Gazette's argument, as "the Gazette's argument" is.
    found = attributed("Make the Gazette argument that the toll is fair.", CALLED)
    assert found is not None and found.sources == ("gazette",)


def test_only_a_question_asking_for_an_account_is_bounded_by_its_owner():
    # An account (a summary, the reasons, a position) is many sentences: whose they are matters.
    assert _named("Sum up NRI's take on the quay levy.") == "NRI's"
    assert _named("Why, in NRI's telling, did the ferry fares rise?") == "NRI's"
    # One figure or one fact is a line, whichever source's table or paragraph it stands in:
    # owning it does not turn the question into "all that NRI says about dock fees".
    assert _named("How many berths does NRI's plan count?") is None
    assert _named("In what year did NRI's survey begin?") is None
    assert _named("What figure does NRI's survey give for dock fees?") is None


def test_a_name_used_as_an_adjective_of_a_single_figure_is_no_source():
    # "the Gazette number" of a quick fact names whose figure is wanted, which the rows give
    # with their own quotes; it does not make the answer everything the Gazette says.
    assert (
        attributed("How many berths does the port have? I want the Gazette number.", CALLED) is None
    )
    # Its plural, as before, still names the figures' source.
    found = attributed("How many berths does the port have, going by the Gazette figures?", CALLED)
    assert found is not None and found.sources == ("gazette",)
