"""A news story names a speaker once and goes on with their words ("…,” he said."): asked who
said such words, or what the speaker an answer quoted went on to say, the answer is found in
that run of reported speech."""

from __future__ import annotations

import pytest
from cited import cited_text as _quotes

pytestmark = pytest.mark.slow


def _follow_up(assistant, first: str, then: str):
    answer = assistant.ask(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.answer}]
    return answer, assistant.ask(then, history=history)


def test_who_said_words_a_story_goes_on_with_is_answered_by_the_sentence_naming_them(assistant):
    answer = assistant.ask(
        "Who expected the issue to be discussed while signing the reciprocal procurement agreement?"
    )
    assert not answer.abstained
    assert "Jo Yong-jin" in answer.answer
    assert "will likely be discussed" in _quotes(answer)


def test_what_a_quoted_speaker_expected_is_what_they_went_on_to_say(assistant):
    first, answer = _follow_up(
        assistant,
        "Which DAPA spokesperson answered questions about the USTR report?",
        "And in what process did he expect the matter to be handled?",
    )
    assert "Jo Yong-jin" in first.answer
    assert "will likely be discussed" in _quotes(answer)
    assert "Most countries utilize offset programs" not in _quotes(answer)  # said already


def test_he_after_an_answer_quoting_one_speaker_is_that_speaker_even_if_said_before(assistant):
    first, answer = _follow_up(
        assistant,
        "Was there any reaction from the defense acquisition agency to the report?",
        "in which process did he expect it to be taken up?",
    )
    assert "Jo Yong-jin" in first.answer
    assert not answer.abstained
    assert "will likely be discussed" in _quotes(answer)


def test_a_turn_asking_for_more_of_the_speakers_words_still_goes_past_the_quote(assistant):
    _, answer = _follow_up(
        assistant,
        "Which DAPA spokesperson answered questions about the USTR report?",
        "what else did he say?",
    )
    assert "Most countries utilize offset programs" not in _quotes(answer)
    assert "will likely be discussed" in _quotes(answer)


def test_a_turn_about_words_the_speaker_was_already_quoted_saying_is_answered_by_that_quote(
    assistant,
):
    # The turn asks about the very words the first answer quoted (what is usual abroad), not
    # for more of them: the quoted sentence answers again, not the words after it.
    first, answer = _follow_up(
        assistant,
        "Which DAPA spokesperson answered questions about the USTR report?",
        "and what did he say about offset programs in most countries?",
    )
    assert "Jo Yong-jin" in first.answer
    assert not answer.abstained
    assert "Most countries utilize offset programs" in _quotes(answer)


def test_a_turn_sharing_only_the_storys_topic_with_the_quote_still_goes_past_it(assistant):
    # "offset" is in the quoted sentence, as in every sentence of the story: the turn asks
    # where the matter goes, which the words after the quote tell.
    _, answer = _follow_up(
        assistant,
        "Which DAPA spokesperson answered questions about the USTR report?",
        "and where did he think the offset matter would be settled?",
    )
    assert "will likely be discussed" in _quotes(answer)
    assert "Most countries utilize offset programs" not in _quotes(answer)


def test_who_said_so_of_a_speaker_told_only_by_role_is_answered_by_that_sentence(assistant):
    first, answer = _follow_up(
        assistant,
        "Without mandatory offset provisions, what becomes of the quota system?",
        "says who?",
    )
    assert not answer.abstained
    assert "industry insiders" in answer.answer


def test_what_a_named_speaker_expected_is_found_in_the_words_after_their_first_quote(assistant):
    # The sentence naming the spokesperson quotes something else; what he expected of the
    # matter asked about comes two sentences on ("…,” he said.).
    answer = assistant.ask(
        "Where did DAPA's spokesperson Jo Yong-jin think the issue would be taken up?"
    )
    assert not answer.abstained
    assert "will likely be discussed" in _quotes(answer)


def test_a_named_speaker_asked_about_their_first_quote_is_answered_by_it(assistant):
    answer = assistant.ask("What did Jo Yong-jin say most countries use alongside offsets?")
    assert not answer.abstained
    assert "Most countries utilize offset programs" in _quotes(answer)


def test_who_reported_a_figure_a_story_states_itself_is_answered_by_its_publisher(assistant):
    # The story states the rate in its own words, naming no speaker: whoever reported it is
    # the outlet that published the story.
    _, answer = _follow_up(
        assistant,
        "By 2022, what share of Lockheed Martin's small-business export pledge had been met?",
        "And who reported that?",
    )
    assert not answer.abstained
    assert "Asia Business Daily" in answer.answer
    assert "23.4%" in answer.answer
    assert all(c.source_id == "000_698068ed5c1850f6" for c in answer.citations)


def test_who_reported_words_a_story_quotes_names_the_outlet_beside_the_speaker(assistant):
    _, answer = _follow_up(
        assistant,
        "What did DAPA's spokesperson say when asked about the USTR's report?",
        "which outlet reported that?",
    )
    assert "Korea Bizwire" in answer.answer
    assert "Jo Yong-jin" in answer.answer


def test_who_reported_a_table_figure_names_the_publisher_of_the_table(assistant):
    _, answer = _follow_up(
        assistant,
        "What minimum offset share does Saudi Arabia set per contract?",
        "Who reported that?",
    )
    assert "Korea Institute for Industrial Economics and Trade" in answer.answer
    assert "35%" in answer.answer
