"""A question setting one side's doing against what another side wants asks that side alone."""

from assistant.answering.sides_wanted import sides_asked_alone


def test_the_side_asked_what_it_wants_is_asked_alone() -> None:
    asked = sides_asked_alone(
        "Contrast the ministry's plan to cap the levy with what the harbour pilots propose."
    )
    assert asked == ["What do the harbour pilots propose?"]


def test_a_side_asked_with_do_keeps_its_verb() -> None:
    asked = sides_asked_alone("The council is cutting the fund; what do the growers want instead?")
    assert asked == ["What do the growers want?"]


def test_the_source_the_question_is_asked_of_is_asked_of_the_side_too() -> None:
    asked = sides_asked_alone(
        "According to the almanac, why is the council cutting the fund, and what do the "
        "growers want instead?"
    )
    assert asked == ["What do the growers want According to the almanac?"]


def test_a_question_setting_no_sides_against_each_other_asks_nothing_alone() -> None:
    assert sides_asked_alone("What do the harbour pilots propose for the levy?") == []


def test_a_pronoun_is_no_side() -> None:
    assert sides_asked_alone("While the council cuts the fund, what does it propose?") == []


def test_a_thing_asked_of_a_side_is_no_side() -> None:
    assert sides_asked_alone("Compared with last year, what levy share does Chile ask for?") == []
