"""Which years of a why-question tie the asked event down in time. A year between a determiner
and its noun ("its 2030 harbour report") says which thing is meant, as an adjective would; the
cause of the event need not write it. A year the event happened in ("raised in 2019") must be
written by the cause given for it."""

import pytest

from assistant.answering.causes_asked import asked_event, event_years, explains_event


@pytest.mark.parametrize(
    ("event", "years"),
    [
        # The year names the edition of the report, not when the guild was named in it.
        ("the ministry have named the guild in its 2030 harbour report", []),
        ("the council's 2031 figures differ", []),
        ("the 2029 audit change the quota", []),
        # A time of the event: the cause must be of that year's event.
        ("the levy raised in 2019", ["2019"]),
        ("the ministry cut it after the 2018 audit in 2020", ["2020"]),
        # The bound of a span is no time of the event either (as before).
        ("the quota fallen since 2016", []),
    ],
)
def test_only_a_time_of_the_event_ties_it_down(event: str, years: list[str]) -> None:
    assert event_years(event) == years


def test_a_cause_need_not_name_the_edition_a_question_names() -> None:
    event = asked_event("Why might the ministry have named the guild in its 2030 harbour report?")
    assert event is not None
    cause = (
        "The ministry appears to have listed the guild in a bid to win leverage in the "
        "coming toll talks, observers said."
    )
    assert explains_event(event, cause, "")


def test_a_cause_of_another_years_event_still_does_not_explain() -> None:
    event = asked_event("Why was the levy raised in 2019?")
    assert event is not None
    assert not explains_event(event, "The levy was raised in 2012 because of falling fees.", "")
