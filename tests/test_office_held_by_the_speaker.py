"""Words asked of one office are answered only by a speaker who holds that office.

- Rank: the head of a body is not its spokesperson, its deputy nor an envoy. "What did the Levy
  Board's chair say?" is not answered by "Ana Quispe, spokesperson of the Levy Board, said".
- Title: a head asked by title (a minister, a president, a chair) is answered only by a head of
  that title; "the head" or "the chief" of a body by any head of it.
- Portfolio: when both name the office in one compound, the two must agree: the transport
  minister is not the finance minister.
- An office of no rank ("an official", "an executive") constrains nothing here.
- The sources cited are searched whole: a speaker of that office anywhere in them keeps the
  answer (the sentence quoted may be the next one of the same speech).
"""

from __future__ import annotations

from levy_board_names import levy_board_names

from assistant.answering.office_held import holds, office_not_held, portfolio, rank

_names = levy_board_names


_SOURCE = (
    "Dockline agreed to supply six cranes to the port. "
    "“We will review the levy,” Ana Quispe, spokesperson of the Levy Board, said on Tuesday. "
    "Transport Minister Rui Pato said the cranes would arrive in May. "
    "An official from the Levy Board said the review would take a year."
)


def test_the_rank_of_an_office_is_the_last_one_named_before_its_body():
    assert rank("the Levy Board's chair") == "chair"
    assert rank("the head of the Levy Board") == "head"
    assert rank("the finance minister's deputy") == "deputy"
    assert rank("the port's press secretary") == "voice"
    assert rank("the vice president of Dockline") == "deputy"
    assert rank("a Dockline official") is None


def test_the_portfolio_is_the_compound_before_the_office_not_a_possessive_or_a_country():
    assert portfolio("the Freedonian finance minister") == ["finance"]
    assert portfolio("the U.S. harbour secretary") == ["harbour"]
    assert portfolio("the board's chair") == []
    assert portfolio("the head of the Levy Board") == []


def test_a_spokesperson_does_not_hold_the_office_of_the_chair():
    speaker = "Ana Quispe, spokesperson of the Levy Board,"
    assert holds("the Levy Board's spokesman", speaker, _names)
    assert not holds("the Levy Board's chair", speaker, _names)


def test_another_portfolio_is_another_office():
    speaker = "Transport Minister Rui Pato"
    assert holds("the transport minister", speaker, _names)
    assert holds("the acting minister", speaker, _names)
    assert not holds("the finance minister", speaker, _names)


def test_a_generic_head_is_answered_by_any_head_and_a_titled_head_by_its_title():
    assert holds("the transport chief", "Transport Minister Rui Pato", _names)
    assert not holds("the minister", "President Ana Quispe", _names)


def test_no_speaker_of_the_office_in_the_sources_cited_leaves_the_question_unanswered():
    statements = ["“We will review the levy,” Ana Quispe, spokesperson of the Levy Board, said."]
    asked = "What did the chair of the Levy Board say about the levy?"
    assert office_not_held(asked, statements, [_SOURCE], _names) == "the chair of the Levy Board"
    finance = "What did the finance minister say about the cranes?"
    assert office_not_held(finance, [], [_SOURCE], _names) == "the finance minister"
    deputy = "According to the transport minister's deputy, when will the cranes arrive?"
    assert office_not_held(deputy, [], [_SOURCE], _names) is not None


def test_a_speaker_of_the_office_anywhere_in_the_sources_cited_keeps_the_answer():
    asked = "What did the Levy Board's spokesperson say about the levy?"
    assert office_not_held(asked, [], [_SOURCE], _names) is None
    minister = "According to the transport minister, when will the cranes arrive?"
    assert office_not_held(minister, [], [_SOURCE], _names) is None


def test_an_office_of_no_rank_constrains_nothing():
    asked = "What did a Levy Board official say about the review?"
    assert office_not_held(asked, [], ["Dockline agreed to supply six cranes."], _names) is None
