"""A claim that states no figure, only who did something or on which day, is judged by the
statement of the answer that speaks of the same thing."""

from assistant.answering.named_claims import names_verdict


def _names(text: str) -> dict[str, frozenset[str]]:
    people = frozenset(n for n in ("Ana Ruiz", "Tom Berg") if n in text)
    return {"people": people}


def test_a_statement_saying_most_of_the_claim_and_naming_its_people_bears_it_out():
    claim = "Ana Ruiz was the port spokeswoman who announced the new dredging tender, right?"
    answer = "Port spokeswoman Ana Ruiz announced the new dredging tender at a briefing. [1]"
    assert names_verdict(claim, answer, _names) == "yes"


def test_the_same_statement_of_another_day_corrects_the_claim():
    claim = "The port spokeswoman announced the dredging tender at a briefing on Friday, correct?"
    answer = "The port spokeswoman announced the dredging tender at a briefing Monday. [1]"
    assert names_verdict(claim, answer, _names) == "no"


def test_the_same_statement_of_another_person_corrects_the_claim():
    claim = "Tom Berg was the port spokesman who announced the dredging tender, right?"
    answer = "Port spokeswoman Ana Ruiz announced the dredging tender at a briefing. [1]"
    assert names_verdict(claim, answer, _names) == "no"


def test_a_statement_about_something_else_decides_nothing():
    claim = "The port spokeswoman announced the dredging tender on Friday, correct?"
    answer = "The city council approved a new budget for its parks on Monday. [1]"
    assert names_verdict(claim, answer, _names) is None


def test_a_statement_that_denies_what_the_claim_says_does_not_bear_it_out():
    claim = "The port agreed to transfer the crane technology to the shipyard, right?"
    answer = "The port refused to transfer the crane technology to the shipyard. [1]"
    assert names_verdict(claim, answer, _names) != "yes"


def test_a_claim_with_a_figure_is_left_to_the_figures():
    claim = "The port spokeswoman announced 12 dredging tenders, right?"
    answer = "The port spokeswoman announced 12 dredging tenders. [1]"
    assert names_verdict(claim, answer, _names) is None
