"""A compound the question writes open ("the ferry plan sits on the back burner") is the one word
the sources write closed up ("backburner"): searched for as two words it would miss it.

- Two words with only a space between them whose joined form the sources write are that word.
- Words the sources do not write joined stay apart ("ferry plan").
- Function words and short pieces are never joined: "in to" is not "into", "a head" not "ahead".
- Words joined by anything but a single space (a hyphen, a comma) are left to other rules.
"""

from __future__ import annotations

from assistant.answering.closed_compounds import closed_compound

_WRITTEN = {"backburner", "policymakers", "into", "ahead", "ferry", "plan"}
_FUNCTION = {"in", "to", "a", "the", "of"}


def test_two_words_the_sources_write_as_one_are_that_word():
    assert closed_compound("back", "burner", " ", _WRITTEN, _FUNCTION) == "backburner"
    assert closed_compound("policy", "makers", " ", _WRITTEN, _FUNCTION) == "policymakers"


def test_words_the_sources_never_join_stay_apart():
    assert closed_compound("ferry", "plan", " ", _WRITTEN, _FUNCTION) is None


def test_function_words_and_short_pieces_are_never_joined():
    assert closed_compound("in", "to", " ", _WRITTEN, _FUNCTION) is None
    assert closed_compound("a", "head", " ", _WRITTEN, _FUNCTION) is None


def test_words_not_separated_by_one_space_are_left():
    assert closed_compound("back", "burner", "-", _WRITTEN, _FUNCTION) is None
    assert closed_compound("back", "burner", ", ", _WRITTEN, _FUNCTION) is None
