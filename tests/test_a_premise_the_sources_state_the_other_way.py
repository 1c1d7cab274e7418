"""A question whose premise the statements answering it contradict is not answered by them.

The wordings are invented (a harbour levy, a permit scheme, a ferry bill): the rules are about
language, not about the sources' words.
"""

from assistant.answering.compared_sides import asked_unnamed
from assistant.answering.opposite_acts import contradicted


def test_a_rise_asked_of_a_figure_the_statement_says_was_cut_is_contradicted():
    # The same two figures, the other way round: the levy went down, not up.
    found = contradicted(
        "Why did the council raise the harbour levy from 5 to 8 percent in 1999?",
        ["The council lowered the harbour levy from 8 to 5 percent in 1999."],
    )
    assert found is not None
    assert (found.asked, found.stated) == ("raise", "lowered")


def test_a_cut_asked_is_contradicted_by_a_from_to_that_rises_whatever_its_verb():
    # "moved from 40 to 65" goes up by its figures: a cut from 65 to 40 is the other way.
    assert contradicted(
        "Who decided to cut the quota from 65 to 40 percent?",
        ["The ministry raised the quota from a minimum of 40 percent to 65 percent."],
    )


def test_a_change_stated_the_same_way_is_the_answer():
    assert (
        contradicted(
            "Why did the council raise the harbour levy to 8 percent?",
            ["The council raised the harbour levy from 5 to 8 percent in 1999."],
        )
        is None
    )


def test_changes_of_other_figures_or_only_of_the_same_year_do_not_contradict():
    # A year dates a change; it is not the figure that moved.
    assert (
        contradicted(
            "Why did the port raise its fee in 1999?",
            ["The port cut its berth quota from 12 to 9 ships in 1999."],
        )
        is None
    )
    assert (
        contradicted(
            "Why was the levy raised to 8 percent?",
            ["The ferry fare fell from 30 to 20 dollars."],
        )
        is None
    )


def test_an_end_asked_of_a_scheme_the_sources_say_was_only_created_is_contradicted():
    assert contradicted(
        "In which year did the maritime agency scrap the permit scheme for ferries?",
        ["The permit scheme for ferries was created by the maritime agency in 2011."],
    )


def test_the_making_asked_of_a_thing_the_sources_say_ended_is_no_contradiction():
    # What ended was made first: the sources may give its start elsewhere.
    assert (
        contradicted(
            "When was the permit scheme for ferries created?",
            ["The maritime agency abolished the permit scheme for ferries in 2019."],
        )
        is None
    )


def test_an_opponent_asked_is_not_the_one_who_proposed_and_back():
    assert contradicted(
        "Which party was the senator who fought against the ferry safety bill from?",
        ["Senator Vale of the Harbour Party proposed the ferry safety bill in 2020."],
    )
    assert contradicted(
        "Who sponsored the ferry safety bill?",
        ["Senator Vale of the Harbour Party opposed the ferry safety bill in 2020."],
    )


def test_an_act_stated_by_another_statement_too_is_answered():
    assert (
        contradicted(
            "When was the ferry permit scheme abolished?",
            [
                "The ferry permit scheme was created in 2011.",
                "The ferry permit scheme was abolished in 2019.",
            ],
        )
        is None
    )


def test_the_opposite_act_of_another_thing_is_no_contradiction():
    # The statement must be about what the question asks of: two of its words at least.
    assert (
        contradicted(
            "When did the agency scrap the ferry permit scheme?",
            ["The navy introduced four tankers in 2018."],
        )
        is None
    )


def test_whether_questions_and_claims_are_left_to_the_verdicts():
    statements = ["The council lowered the harbour levy from 8 to 5 percent in 1999."]
    assert (
        contradicted("Did the council raise the harbour levy from 5 to 8 percent?", statements)
        is None
    )
    assert (
        contradicted(
            "Is it true the council raised the harbour levy from 5 to 8 percent?", statements
        )
        is None
    )


_COUNTRIES = ("ruritania", "freedonia", "elbonia", "korea")


def _names(text: str) -> frozenset[str]:
    return frozenset(n for n in _COUNTRIES if n in text.lower())


def test_the_country_asked_beside_a_standard_must_be_named_by_a_statement():
    row = "Table 9. Port levies — Levy per call: Freedonia: 10%; Elbonia: 12%"
    assert asked_unnamed(
        "Next to Freedonia's, what levy per call does Ruritania charge?", [row], _names, "korea"
    ) == ["Ruritania"]
    assert (
        asked_unnamed(
            "Compared with Freedonia, what levy per call does Elbonia charge?",
            [row],
            _names,
            "korea",
        )
        == []
    )


def test_a_standard_missing_or_a_plain_comparison_or_the_home_country_is_no_gap():
    row = "Table 9. Port levies — Levy per call: Freedonia: 10%; Elbonia: 12%"
    # What the question compares against need not be given for the thing asked to be.
    assert (
        asked_unnamed(
            "Compared with Ruritania, what levy does Elbonia charge?", [row], _names, "korea"
        )
        == []
    )
    # "Compare A and B" asks of both alike: one side given is answered with a note elsewhere.
    assert asked_unnamed("Compare Ruritania and Freedonia's levies.", [row], _names, "korea") == []
    # The sources state their own country's rules without naming it.
    assert (
        asked_unnamed(
            "Compared with Freedonia, what levy does Korea charge?",
            ["The levy is 5 percent of each call."],
            _names,
            "korea",
        )
        == []
    )


def test_an_opposition_camp_is_no_act_of_opposing():
    # "The opposition senators' bill" is a bill its camp proposed: nothing is opposed.
    assert (
        contradicted(
            "What would the opposition senators' ferry safety bill have required?",
            ["Senator Vale of the Harbour Party proposed the ferry safety bill in 2020."],
        )
        is None
    )


def test_an_act_named_as_a_topic_is_not_taken_as_done():
    # "The row over scrapping it" is about a proposal: nothing was scrapped.
    made = ["The permit scheme for ferries was introduced by the maritime agency in 2011."]
    assert (
        contradicted(
            "When did the auditor review the ferry permit scheme, starting the row over scrapping it?",
            made,
        )
        is None
    )
    assert contradicted("When was the ferry permit scheme of the maritime agency scrapped?", made)
