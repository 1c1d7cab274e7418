"""A beginning dates only the thing its verb governs. "The club's newsletter was launched in
1990" says when the newsletter began, nothing of when the club's charter did; so a claim that the
charter dates from 1990 is neither borne out nor corrected by it, and is judged the usual way.
The thing begun is read from the grammar (the subject of "began" or of a passive, the object of
"launched"), never from a list of things."""

from __future__ import annotations

from assistant.answering.begun_things import Thing, tells_beginning_of, things_begun
from assistant.answering.start_claims import start_verdict


def test_the_subject_of_a_passive_or_of_a_verb_without_object_is_the_thing_begun() -> None:
    assert things_begun("The rowing club's newsletter was launched in 1990.") == [
        Thing("newsletter", frozenset())
    ]
    assert things_begun("The ferry fund began in 1961") == [Thing("fund", frozenset({"ferry"}))]
    assert things_begun("1961: ferry fund set up") == [Thing("fund", frozenset({"ferry"}))]
    assert things_begun("The toll has been in force since 1975") == [
        Thing("toll", frozenset()),
        Thing("force", frozenset()),
    ]


def test_the_object_of_a_verb_that_takes_one_is_the_thing_begun() -> None:
    # the board did the launching; the fund is what began
    assert things_begun("In 1961 the harbor board launched the ferry fund.") == [
        Thing("fund", frozenset({"ferry"}))
    ]


def test_a_participle_opening_the_sentence_tells_the_beginning_of_its_subject() -> None:
    # where the subject ends the words alone do not show: each of its openings is a reading
    things = things_begun("First set up in 1961, the ferry fund pays for repairs.")
    assert Thing("fund", frozenset({"ferry"})) in things


def test_a_pronoun_names_no_thing() -> None:
    assert things_begun("It was set up in 1961.") == []


def test_another_thing_of_the_same_owner_is_not_the_thing_claimed() -> None:
    claim = "the rowing club's charter dates from 1990"
    assert not tells_beginning_of(claim, "The rowing club's newsletter was launched in 1990.")
    assert tells_beginning_of(claim, "The rowing club's charter was adopted in 1921.")
    # the owner's own beginning is not its charter's
    assert not tells_beginning_of(claim, "The rowing club was founded in 1921.")


def test_a_narrower_thing_is_not_the_thing_claimed() -> None:
    # a "toll rebate scheme" is one scheme of the toll, not the toll scheme itself
    claim = "the city's toll scheme goes back to 1975"
    assert not tells_beginning_of(claim, "In 2011 the council adopted the toll rebate scheme.")
    assert tells_beginning_of(claim, "The council adopted the toll scheme in 1968.")
    # fewer words before the head ("the scheme") are the claim's thing told shortly
    assert tells_beginning_of(claim, "When the scheme was first brought in in 1968, it was 5%.")


def test_two_words_for_one_kind_of_thing_are_one_thing_unless_the_statement_tells_both() -> None:
    claim = "the Zephyr ferry fund goes back to 1961"
    assert tells_beginning_of(claim, "The Zephyr ferry scheme was set up in 1958.")
    # a statement that writes both heads tells two things apart
    assert not tells_beginning_of(
        claim, "The Zephyr ferry project was set up in 1958 to run the fund."
    )


def test_a_beginning_of_another_thing_leaves_the_claim_to_the_usual_judgement() -> None:
    claim = "Is it true that the rowing club's charter dates from 1921?"
    assert start_verdict(claim, "1990: the club's newsletter is launched [1].") is None
    assert start_verdict(claim, "1930: the club's charter is adopted [1].") is False
    assert start_verdict(claim, "The club's charter was adopted in 1921 [1].") is True
