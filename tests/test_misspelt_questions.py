"""A misspelt question is answered as the question spelt right is; a name no source writes is
still declined. Wordings invented for these tests."""

from __future__ import annotations

import pytest
from conversations import earlier_turns

pytestmark = pytest.mark.slow

MISSPELT = [
    # A name split in two, and two names run together.
    ("What did Lock Heed Martin promise in satellites?", "Lockheed Martin"),
    ("What did LockheedMartin promise in satellites?", "Lockheed Martin"),
    # Korean names in another romanisation.
    ("Which bill did Assemblyman Sol Hun sponsor?", "Sul Hoon"),
    ("Who did Acting President Han Deok-su meet?", "Han Duck-soo"),
    # A word of a long name far off, its other words right.
    ("How many offset contracts did the Burow of Industry and Security count for 2022?", "Bureau"),
    # A consonant doubled; a misspelt word of an alias phrase.
    ("Did the tarrif talks touch on offsets?", "tariff"),
    ("Since what year have the reciprocal defence procuremint talks been going on?", "procurement"),
]


@pytest.mark.parametrize(("misspelt", "meant"), MISSPELT)
def test_a_misspelt_question_gets_the_answer_of_the_question_spelt_right(
    assistant, misspelt, meant
):
    right = assistant.ask(
        misspelt.replace("Lock Heed Martin", meant)
        .replace("LockheedMartin", meant)
        .replace("Sol Hun", meant)
        .replace("Han Deok-su", meant)
        .replace("Burow", meant)
        .replace("tarrif", meant)
        .replace("procuremint", meant)
    )
    answer = assistant.ask(misspelt)
    assert answer.question == misspelt  # shown as asked
    assert not right.abstained and answer.answer == right.answer


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("What did Assemblyman Sul Hyun propose?", "Hyun"),  # not Sul Hoon
        ("What did Lockheed Marvel promise in satellites?", "Marvel"),
        ("What offsets does New Zealand ask for?", "Zealand"),
        ("What did Park Ji-hoon say about offsets?", "Ji-hoon"),
    ],
)
def test_a_name_no_source_writes_is_declined_not_corrected_into_another(
    assistant, question, unknown
):
    answer = assistant.ask(question)
    assert answer.abstained and unknown in answer.answer


@pytest.mark.parametrize(
    ("written_out", "initials"),
    [
        (
            "What did the USTR report have to say about the European Union's barriers?",
            "EU's",
        ),
        ("Was the European Union given more pages than China?", "EU"),
    ],
)
def test_a_name_written_out_is_the_initials_the_sources_write_it_as(
    assistant, written_out, initials
):
    """A name of several words the sources write only by its initials is that name: one of
    its words they never write is no topic they never mention."""
    short = assistant.ask(
        written_out.replace("European Union's", initials).replace("European Union", initials)
    )
    answer = assistant.ask(written_out)
    assert answer.question == written_out
    assert not short.abstained and answer.answer == short.answer


def test_a_name_whose_initials_the_sources_never_write_is_still_unknown(assistant):
    answer = assistant.ask("How many pages did the USTR give the Nordic Council?")
    assert answer.abstained and "Nordic" in answer.answer


@pytest.mark.parametrize(
    "misspelt",
    [
        "Which bill did lawmaker Sul Hon put before the Assembly?",
        "What act did Seol Hon sponsor in the National Assembly?",
    ],
)
def test_a_name_part_that_looks_like_a_mistyped_question_word_is_still_the_name(
    assistant, misspelt
):
    """A capitalised word inside a question is a name: "Hon" beside "Sul" is "Hoon", though
    as a lower-case word it would be "how" mistyped."""
    answer = assistant.ask(misspelt)
    assert not answer.abstained and "Sul Hoon" in answer.answer


def test_the_same_word_alone_is_still_a_name_no_source_writes(assistant):
    answer = assistant.ask("What did Hon tell reporters about offsets?")
    assert answer.abstained and "Hon" in answer.answer


@pytest.mark.parametrize(
    ("misspelt", "right", "follow_up"),
    [
        (
            "What did Lockhed Martn promise in offsets for the F-35A?",
            "What did Lockheed Martin promise in offsets for the F-35A?",
            "How much of it was for satellites?",
        ),
        (
            "Which bill did Assemblyman Sol Hun propose?",
            "Which bill did Assemblyman Sul Hoon propose?",
            "When did he propose it?",
        ),
    ],
)
def test_a_follow_up_to_a_misspelt_question_reads_it_as_spelt_right(
    assistant, misspelt, right, follow_up
):
    """A follow-up leans on the names the question before it wrote: that question is read as
    the sources spell it, as it was when it was answered."""
    answers = []
    for first in (misspelt, right):
        earlier = assistant.ask(first)
        answers.append(assistant.ask(follow_up, earlier_turns(first, earlier.answer)))
    assert not answers[1].abstained
    assert answers[0].answer == answers[1].answer
