"""The gates that refuse a question refuse it for what the sources lack, not for how it is
worded: a name written as its adjective in the sources, a person asked for by the role beside
their name. Their unanswerable siblings are still refused.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest
from cited import cited_text as _quotes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "question",
    [
        "Which Korean company repaired a ship for the US Navy?",
        "What South Korean yard serviced the American Navy vessel shown in the photo?",
    ],
)
def test_a_name_the_sources_write_as_its_adjective_is_answered(assistant, question):
    # The story writes "naval ships", never "Navy".
    answer = assistant.ask(question)
    assert not answer.abstained
    assert "Hanwha Ocean" in _quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Which Navy official praised Hanwha?",  # no person of the navy is named
        "How much does Korea's Navy spend on offsets?",  # the offset stories never write "naval"
        "Did the Army order any offsets?",  # neither "army" nor an adjective of it
    ],
)
def test_an_adjective_s_name_the_answer_does_not_concern_is_refused(assistant, question):
    assert assistant.ask(question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which DAPA spokesperson took reporters' questions on the trade barrier report?",
        "Who spoke for the arms procurement agency when asked about the barrier report?",
    ],
)
def test_a_person_asked_for_by_their_role_is_found_by_the_role_beside_their_name(
    assistant, question
):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert "Jo Yong-jin" in answer.answer


def test_a_role_no_named_person_holds_is_still_refused(assistant):
    answer = assistant.ask("Which KIET spokesperson commented on the trade barrier report?")
    assert answer.abstained or "Jo Yong-jin" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What fine did the agency levy on Lockheed for refusing the radar transfer?",
        "What punishment did Lockheed Martin face after withholding the radar technology?",
        "What sanction did DAPA put on Airbus over the missed tanker offsets?",
    ],
)
def test_a_response_the_sources_never_name_is_not_answered_by_the_conduct_it_answers(
    assistant, question
):
    # The sources tell of the refusal and the shortfall, never of a fine or a sanction.
    assert assistant.ask(question).abstained


def test_a_thing_asked_for_in_other_words_without_a_premise_is_still_answered(assistant):
    answer = assistant.ask("What list does Taiwan publish online?")
    assert not answer.abstained
    assert "Taiwan" in _quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "What was the name of the logistics vessel that Hanwha Ocean repaired?",
        "What was the supply ship Hanwha Ocean serviced called?",
        "Tell me the name of the American supply ship Hanwha Ocean worked on.",
        "What was the ship Hanwha Ocean maintained for the Americans named?",
    ],
)
def test_a_name_asked_for_is_not_answered_by_a_sentence_naming_nothing_new(assistant, question):
    # The story describes the ship ("a U.S. logistics vessel") but never names it; the photo
    # credit names the news agency, not the ship.
    answer = assistant.ask(question)
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "What name did the procurement agency give offset trade after 2018?",
            "industrial cooperation",
        ),
        (
            "What was the 2023 offset bill from the Democratic Party lawmakers called?",
            "Offset Trade Reinforcement Act",
        ),
    ],
)
def test_a_name_the_sources_give_is_still_answered(assistant, question, name):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert name in answer.answer


def test_a_place_the_answer_writes_as_its_adjective_is_the_place_asked_about(assistant):
    # The sources write "European countries", never "Europe".
    answer = assistant.ask(
        "Which countries in Europe ask for offsets close to the full contract value?"
    )
    assert not answer.abstained
    assert "European countries" in _quotes(answer)


def test_a_name_no_new_word_gives_is_told_apart_from_one_in_capitals_or_quotes():
    from assistant.answering.answerability import Entities, _names_anew

    credited = Entities(credited=frozenset({"harbour times"}))
    question = "What was the name of the ferry the Port Board bought?"
    # Only the question's own names, a sentence's first word and the paper's credit.
    assert not _names_anew(
        "The Port Board bought a ferry. (Photo courtesy of Harbour Times)", question, credited
    )
    assert _names_anew("The Port Board bought the Sea Lark.", question, credited)
    assert _names_anew("The board renamed the ferry 'blue wave' in May.", question, credited)
    assert _names_anew("KF-21 ferries were bought.", question, credited)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        # "roll out" and "week" are no words of the sources; "day" is what the answer is.
        ("The wire story: on which day of the week did the USTR roll out its 2025 NTE?", "Monday"),
    ],
)
def test_the_word_naming_the_kind_of_answer_is_met_by_a_sentence_stating_one(
    assistant, question, stated
):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert stated in _quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        # The topic word is absent and the best sentences share only names with the question.
        "What was the weather in Seoul on the day the NTE came out?",
        "How many journalists attended DAPA's Tuesday briefing?",
        # A day of the week asked of an event no sentence dates so.
        "Which day of the week did Airbus hand over the first tanker?",
    ],
)
def test_a_question_whose_topic_the_sources_lack_is_still_refused(assistant, question):
    assert assistant.ask(question).abstained


def test_a_person_whose_given_name_is_mistyped_is_the_person_the_sources_name(assistant):
    # One letter of the last syllable off: the whole given name is eight letters.
    answer = assistant.ask("What did DAPA spokesperson Jo Yong-jun say about offsets?")
    assert not answer.abstained
    assert "Most countries utilize offset programs" in answer.answer


def test_a_mistyped_given_name_asked_what_the_sources_lack_is_still_refused(assistant):
    assert assistant.ask("What did DAPA spokesperson Jo Yong-jun say about rice tariffs?").abstained


def test_a_hyphenated_designation_is_no_given_name_to_correct(assistant):
    # Three letters and a hyphen: none may be taken as mistyped ("KF-X" is not "KC-X").
    answer = assistant.ask("What KF-X technology transfer did Lockheed Martin pledge?")
    assert not answer.abstained
    assert "KF-X" in answer.answer


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        # "FMS-tied" and "FMS-financed": the sources write "FMS contracts", never the compounds.
        ("What minimum share does Norway set on FMS-tied offsets?", "Min. 100%"),
        (
            "In KIET's table, how large an offset must FMS-financed purchases by Taiwan carry?",
            "35%",
        ),
    ],
)
def test_a_name_joined_to_an_inflected_word_is_the_name_the_sources_write(
    assistant, question, stated
):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert stated in _quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "What offset share do NATO-linked buyers demand?",  # no source names NATO
        "What offset minimum does Qatar set on FMS-tied deals?",  # nor Qatar
    ],
)
def test_a_name_the_sources_lack_joined_to_an_inflected_word_is_still_refused(assistant, question):
    assert assistant.ask(question).abstained
