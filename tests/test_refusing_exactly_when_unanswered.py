"""The assistant refuses exactly when the sources do not answer: an answer stands only when a
statement of it gives what is asked, of the thing asked about; and a refusal is not given for
what only looks unanswered (a counted noun followed by its verb, a figure the answer states of
the right thing). The wordings here are invented; none is a case of the evaluation sets."""

from __future__ import annotations

from assistant.answering.answerability import Entities, counted, unmet
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation

# Invented names: two third countries and two shipyards.
_COUNTRIES = ("Chile", "Peru")
_YARDS = ("Nordwerft", "Baltwerk")


def _answer(text: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[Citation(marker=1, source_id="s", title="t", quote="q", start=0, end=1)],
    )


def _subjects(kind: str, text: str) -> frozenset[str]:
    known = {"countries": _COUNTRIES, "companies": _YARDS}.get(kind, ())
    return frozenset(name.lower() for name in known if name in text)


_NAMES = Entities(subjects=_subjects)


# -- what a count counts -------------------------------------------------------------------


def test_a_plural_after_how_many_is_what_is_counted_and_the_word_after_it_its_verb():
    question = "Roughly how many ports charge docking fees?"
    assert counted(["Some 40 ports across the coast still levy fees."], question)
    assert not counted(["The fee was raised 3 times."], question)


def test_a_word_a_preposition_follows_may_be_the_verb_of_the_counted_noun():
    question = "How many staff work at the testing lab?"
    assert counted(["The lab has a dozen or so people on staff."], question)
    # The head noun still counts when it is the last word: "spare parts", not "spare".
    assert not counted(["It has spare room for 3 more benches."], "How many spare parts shipped?")


# -- a figure about another ---------------------------------------------------------------


def test_a_figure_stated_of_another_country_does_not_answer_for_the_one_asked():
    frame = frame_of("What contract value triggers offsets in Chile?")
    other = _answer("Peru seeks offsets on contracts above USD 5 million [1].")
    assert (problem := unmet(frame, other, _NAMES)) is not None
    assert "Chile" in problem.reason
    same = _answer("Chile seeks offsets on contracts above USD 3 million [1].")
    assert unmet(frame, same, _NAMES) is None
    # Both named in one statement: it may well be the figure asked for.
    both = _answer("Chile and Peru seek offsets above USD 3 million [1].")
    assert unmet(frame, both, _NAMES) is None


def test_a_statement_naming_no_country_is_about_the_home_country_not_a_third_one():
    unnamed = _answer("Offsets are sought on contracts above USD 10 million [1].")
    assert unmet(frame_of("What contract value triggers offsets in Chile?"), unnamed, _NAMES)
    assert unmet(frame_of("What contract value triggers offsets in Korea?"), unnamed) is None


def test_a_count_stated_of_another_company_does_not_answer_for_the_one_asked():
    frame = frame_of("How many parts did Nordwerft buy from local suppliers?")
    other = _answer("Baltwerk bought 30 parts from local suppliers [1].")
    assert unmet(frame, other, _NAMES) is not None
    # A count of something else that names the company asked about does not rescue it.
    beside = _answer("Nordwerft has 4 yards [1]. Baltwerk bought 30 parts from suppliers [2].")
    assert unmet(frame, beside, _NAMES) is not None
    assert unmet(frame, _answer("Nordwerft bought 12 parts locally [1]."), _NAMES) is None
