"""A question may name in its own words what the sources state in theirs. The weak-match gate
lets a sentence answer it when that sentence meets all the rest of the question: most of the
weight of the words the sources do write, at least two of them, and a statement of the kind of
answer asked. A question whose every word the sources write is judged by the gate alone.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

from assistant.answering.unwritten_words import met_but_for_unwritten, written, written_share

# "What was the splurge on the patrol boats in pesos?": "splurge" is written by no source.
_WEIGHTS = {"splurg": 5.0, "patrol": 3.0, "boat": 3.0, "peso": 2.0}
_VOCABULARY = frozenset({"patrol", "boat", "peso", "navi", "spent"})


def test_the_written_words_are_those_some_source_writes():
    assert written(_WEIGHTS, _VOCABULARY) == {"patrol": 3.0, "boat": 3.0, "peso": 2.0}


def test_a_word_only_the_sentences_before_writes_counts_half():
    known = written(_WEIGHTS, _VOCABULARY)
    assert written_share(known, {"patrol"}, {"boat"}) == (3.0 + 1.5) / 8.0


def test_a_sentence_meeting_the_written_words_and_the_kind_asked_meets_the_question():
    sentence = ({"patrol", "boat"}, set(), True)
    assert met_but_for_unwritten(_WEIGHTS, _VOCABULARY, [sentence])


def test_a_sentence_stating_no_thing_of_the_kind_asked_does_not():
    sentence = ({"patrol", "boat", "peso"}, set(), False)
    assert not met_but_for_unwritten(_WEIGHTS, _VOCABULARY, [sentence])


def test_one_shared_written_word_is_too_little():
    sentence = ({"patrol"}, set(), True)
    assert not met_but_for_unwritten(_WEIGHTS, _VOCABULARY, [sentence])


def test_less_than_half_the_written_weight_is_too_little():
    weights = {"splurg": 5.0, "patrol": 1.0, "boat": 1.0, "peso": 4.0, "harbour": 4.0}
    vocabulary = _VOCABULARY | {"harbour"}
    sentence = ({"patrol", "boat"}, set(), True)
    assert not met_but_for_unwritten(weights, vocabulary, [sentence])


def test_a_question_whose_words_are_all_written_is_left_to_the_gate():
    weights = {"patrol": 3.0, "boat": 3.0, "peso": 2.0}
    sentence = ({"patrol", "boat", "peso"}, set(), True)
    assert not met_but_for_unwritten(weights, _VOCABULARY, [sentence])


def test_a_question_of_one_written_word_is_left_to_the_gate():
    weights = {"splurg": 5.0, "yacht": 5.0, "peso": 2.0}
    sentence = ({"peso"}, set(), True)
    assert not met_but_for_unwritten(weights, _VOCABULARY, [sentence])
