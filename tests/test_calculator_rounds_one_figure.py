"""A question that asks one stated figure rounded ("round the EUR 48.6 million grant to the nearest
ten million euros") is a calculation: the figure, read at the step asked. A question with no verb
of rounding, or with two figures and no other ask, is not made one."""

from __future__ import annotations

from routed import requests_of

from assistant.answering.routing import route


def test_one_figure_rounded_to_a_step_is_worked_out(data):
    requests = requests_of(
        "Round the port's EUR 48.6 million grant to the nearest ten million euros.", data
    )
    assert len(requests) == 1
    assert requests[0]["expression"] == "EUR 48.6 million"
    assert requests[0]["places"] == -1


def test_rounded_then_asked_is_worked_out(data):
    requests = requests_of(
        "The fund stood at EUR 2.47 billion. Rounded to one decimal, what is that?", data
    )
    assert requests[0]["expression"] == "EUR 2.47 billion"
    assert requests[0]["places"] == 1


def test_the_answer_states_the_figure_and_its_rounding(data):
    found = route("Round EUR 7.36 million to one decimal.", data)
    assert found is not None and found.labels[0] is not None
    assert (
        found.labels[0]("EUR 7.4 million") == "EUR 7.36 million, rounded as asked: EUR 7.4 million."
    )


def test_a_figure_with_no_rounding_verb_is_no_calculation(data):
    assert route("What was the EUR 3.2 million grant for, to one decimal?", data) is None


def test_a_figure_asked_in_another_currency_is_not_merely_rounded(data):
    found = route(
        "A deal is signed for KRW 52 billion. At 1,300 won per dollar, what is it in dollars? "
        "Round dollars to the nearest 0.1 million.",
        data,
    )
    assert found is not None
    assert any(r.operation == "convert" for r in found.requests)
    assert not any(r.expression == "KRW 52 billion" for r in found.requests)
