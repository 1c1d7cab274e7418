"""A "who said so?" follow-up is answered with the speaker of what the last answer cited: the one
a sentence names before its verb of saying, or, for the rest of a quotation ("…,” she said.) or
a surname ("Park added …"), the one named in full earlier in that run of reported speech."""

from __future__ import annotations

import pytest

from assistant.answering.speakers import (
    asks_who_reported,
    asks_who_said,
    report_author,
    speaker,
    speaker_of,
    unnamed_speaker,
    without_speaker,
)

_PEOPLE = ("Park Min-ho", "Harbour Board")


def _first(text: str) -> str | None:
    # A stand-in for the name tables: two names, and nothing else counts as one.
    found = [(text.find(n), n) for n in _PEOPLE if n in text]
    return min(found)[1] if found else None


def _story(*sentences: str):
    """``before(n)`` over the last of ``sentences``: the one ``n`` places before it."""

    def before(back: int) -> str | None:
        place = len(sentences) - 1 - back
        return sentences[place] if place >= 0 else None

    return sentences[-1], before


@pytest.mark.parametrize(
    "question",
    [
        "who said so?",
        "And who said that?",
        "Who claimed this, exactly?",
        "according to whom?",
        "Says who?",
        "whose words are those?",
        "Who was it that said that?",
        # the verbs that report news or a finding ask the same
        "Who reported that?",
        "who wrote this?",
        "And who found that, originally?",
        "Who estimated those?",
        "who pointed that out?",
    ],
)
def test_a_follow_up_asking_only_for_the_speaker_is_recognised(question):
    assert asks_who_said(question)


@pytest.mark.parametrize(
    "question",
    [
        "Who said the harbour would reopen?",
        "Who said that the fees would rise in May?",
        "What did he say about that?",
        "Who reported the outage at the mill?",
        "Who found that the levy was unlawful?",
    ],
)
def test_a_question_that_names_what_was_said_is_asked_as_it_stands(question):
    assert not asks_who_said(question)


@pytest.mark.parametrize(
    "question",
    [
        "Who reported that?",
        "which outlet said so?",
        "Who published this?",
        "what paper wrote that?",
    ],
)
def test_a_follow_up_asking_who_put_the_words_out_asks_for_the_publisher(question):
    assert asks_who_said(question)
    assert asks_who_reported(question)


@pytest.mark.parametrize("question", ["Who said so?", "according to whom?", "who estimated that?"])
def test_a_follow_up_asking_who_spoke_does_not_ask_for_the_publisher(question):
    assert not asks_who_reported(question)


def test_the_speaker_stands_before_the_verb_of_saying_not_in_the_quotation():
    said = "“The Harbour Board will decide,” Park Min-ho, a port official, said on Friday."
    assert speaker(said, _first) == "Park Min-ho"


def test_a_name_after_the_verb_of_saying_is_what_was_said_about():
    assert speaker("Some traders said the Harbour Board raised fees.", _first) is None


def test_the_rest_of_a_quotation_takes_the_speaker_named_before_it():
    sentence, before = _story(
        "“Fees will rise,” Park Min-ho, a port official, said.",
        "“The ships will wait longer.”",
        "Park said more berths were needed.",
        "“We will build two more by spring,” he added.",
    )
    assert speaker_of(sentence, before, _first) == ("Park Min-ho", 3)


def test_an_unnamed_speaker_is_not_taken_for_the_one_before():
    sentence, before = _story(
        "“Fees will rise,” Park Min-ho, a port official, said.",
        "Some traders said the fees would drive ships away.",
    )
    assert speaker_of(sentence, before, _first) is None


def test_a_run_of_speech_broken_by_narration_names_no_speaker():
    sentence, before = _story(
        "“Fees will rise,” Park Min-ho, a port official, said.",
        "The port handled more ships than ever last year.",
        "“We will build two more by spring,” he added.",
    )
    assert speaker_of(sentence, before, _first) is None


def test_who_said_so_names_the_speaker_of_the_rest_of_a_quotation(assistant):
    # The earlier answer cites an unnamed group, then the rest of a spokesman's quotation: the
    # one named speaker is three sentences before it in its story.
    earlier = (
        "Some experts said the U.S. may target Seoul’s offset program to lead reciprocal defense "
        "procurement talks to its advantage as the Trump administration wants South Korea’s "
        "cooperation in the shipbuilding industry, especially in the maintenance, repair and "
        "overhaul of U.S. naval ships. [1] “The issue will likely be discussed during the process "
        "of signing the reciprocal defense procurement agreement,” he said. [2]"
    )
    history = [
        {"role": "user", "content": "Will the pact talks take up offsets?"},
        {"role": "assistant", "content": earlier},
    ]
    answer = assistant.ask("according to whom?", history=history)
    assert "Jo Yong-jin" in answer.answer and not answer.abstained
    assert "likely be discussed" in answer.answer


def test_what_a_named_person_said_takes_in_the_rest_of_their_quotation(assistant):
    earlier = "Which official answered for the procurement agency at the regular briefing on the USTR report?"
    said = assistant.ask(earlier)
    history = [
        {"role": "user", "content": earlier},
        {"role": "assistant", "content": said.answer},
    ]
    answer = assistant.ask("And what did he say would happen to the issue?", history=history)
    # "“The issue will likely be discussed …,” he said." names no one: it is his by the run of
    # speech it ends.
    assert "likely be discussed" in answer.answer


_HARBOUR_STORY = [
    "The Harbour Board released its annual congestion report on Friday.",
    "According to a report by the Shipping Institute, fees rose by a third.",
    "The report pointed out that two berths stood idle for a month.",
]


def _names_body(text: str) -> bool:
    return "Harbour Board" in text or "Shipping Institute" in text


def test_the_report_a_quote_speaks_through_is_the_one_the_story_names_first_with_its_author():
    # "The report" is the story's own subject, not the report brought in later to weigh it.
    quote = _HARBOUR_STORY[2]
    assert report_author(quote, _HARBOUR_STORY, _names_body) == _HARBOUR_STORY[0]


def test_a_quote_not_speaking_through_a_report_has_no_report_author():
    assert report_author("Two berths stood idle.", _HARBOUR_STORY, _names_body) == ""


def test_a_reports_this_report_is_itself_and_names_no_author():
    own = ["This report was first presented at the Shipping Institute's forum, published in May."]
    assert report_author("This report argues for lower fees.", own, _names_body) == ""


def test_what_a_body_says_in_its_report_is_answered_from_the_report_s_words(assistant):
    # The sentence says only "the report pointed out": its story names the USTR as the one
    # that put the report out.
    answer = assistant.ask(
        "Which ministry does the USTR say keeps the list of national core technologies?"
    )
    assert not answer.abstained and "Ministry of Trade, Industry and Energy" in answer.answer


@pytest.mark.parametrize(
    "sentence",
    [
        "A port official said, “We will build two more berths by spring.”",
        "Some traders said the fees would drive ships away.",
        "However, shipping agents argue that the fees are too high.",
        "Dock workers say the new cranes are slower.",
    ],
)
def test_a_speaker_told_only_by_what_they_are_is_an_unnamed_speaker(sentence):
    assert unnamed_speaker(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will build two more by spring,” he added.",
        "The port handled more ships than ever last year.",
        "According to a survey of the port, fees rose by a third.",
        "They say the cranes are slower.",
    ],
)
def test_a_pronoun_no_saying_or_a_source_is_no_unnamed_speaker(sentence):
    assert not unnamed_speaker(sentence)


def test_what_is_said_is_the_sentence_without_the_words_telling_who_says_it():
    text = "“The levy will stay,” Park Min-ho, a board official, said at a briefing on Monday."
    said = without_speaker(text)
    assert "The levy will stay" in said
    assert "said at a briefing on Monday" in said
    assert "Park Min-ho" not in said and "board official" not in said


def test_a_sentence_naming_no_speaker_is_what_is_said_as_it_stands():
    text = "The board raised the levy in 2004."
    assert without_speaker(text) == text
