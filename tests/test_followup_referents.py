"""A follow-up's "that company", "its" or "he" stands for whom the last answer named, when the
question before it asked for someone."""

from __future__ import annotations

from conversations import earlier_turns

from assistant.answering.followup import resolve
from assistant.answering.referent import answering_name


def _named(kind: str, text: str) -> str | None:
    # A stand-in for the composer's name table: two names, by the kinds each answers (a company
    # is an organisation too).
    for name, kinds in (
        ("Acme Aero", ("company", "organisation")),
        ("Kim Min-su", ("person",)),
    ):
        if name in text and kind in (*kinds, "agent"):
            return name
    return None


def test_that_company_is_the_company_the_last_answer_named():
    history = earlier_turns("Which firm built the drones?", "Acme Aero built them [1].")
    resolved = resolve("How much did that company invest?", history, 3, _named)
    assert resolved.question == "How much did Acme Aero invest?"


def test_a_possessive_pronoun_becomes_the_name_s():
    history = earlier_turns("Who signed the waiver?", "Kim Min-su signed it [1].")
    resolved = resolve("What was his title?", history, 1, _named)
    assert resolved.question == "What was Kim Min-su's title?"


def test_he_is_whom_the_sentence_answering_the_earlier_question_names():
    # The answer first quotes someone else beside the question; the sentence that shares the
    # question's words ("signed", "waiver") names whom it asked for.
    history = earlier_turns(
        "Who signed the drone waiver?",
        "Acme Aero's chief Lee Ji-ho welcomed the talks [1]. Kim Min-su signed the waiver in May [2].",
    )
    resolved = resolve("What was his title?", history, 1, _named_people)
    assert resolved.question == "What was Kim Min-su's title?"


def test_with_no_sentence_sharing_the_question_s_words_the_first_name_is_taken():
    history = earlier_turns(
        "Who signed the drone waiver?", "Lee Ji-ho spoke first [1]. Kim Min-su came later [2]."
    )
    resolved = resolve("What was his title?", history, 1, _named_people)
    assert resolved.question == "What was Lee Ji-ho's title?"


def _named_people(kind: str, text: str) -> str | None:
    # Two people; the first one a text names.
    found = [(text.find(n), n) for n in ("Lee Ji-ho", "Kim Min-su") if n in text]
    return min(found)[1] if found and kind in ("person", "agent") else None


def test_no_name_is_put_in_when_the_last_question_did_not_ask_for_someone():
    history = earlier_turns("How many drones were built?", "Acme Aero built 40 drones [1].")
    resolved = resolve("When were they delivered?", history, 1, _named)
    assert resolved.question == "When were they delivered?"


def test_an_abstention_names_no_one_to_refer_to():
    history = earlier_turns(
        "Who signed the waiver?", "I can't answer that from the sources. Acme Aero …"
    )
    assert resolve("What did he say?", history, 1, _named).question == "What did he say?"


def test_the_empty_it_of_is_it_true_is_not_a_reference():
    history = earlier_turns("Which firm built the drones?", "Acme Aero built them [1].")
    resolved = resolve("Is it true that it built 40?", history, 3, _named)
    assert resolved.question == "Is it true that Acme Aero built 40?"


def test_a_new_question_about_the_ministry_is_not_asked_of_the_last_answer_s_name():
    # "the ministry" names an organisation of its own; only "that"/"this" point back.
    history = earlier_turns("Who signed the waiver?", "Kim Min-su signed it [1].")
    resolved = resolve("What did the ministry say about the waiver?", history, 4, _named)
    assert resolved.question == "What did the ministry say about the waiver?"


def test_a_bare_that_or_this_leans_on_the_earlier_question():
    history = earlier_turns(
        "What did the port pledge for the dredging works?", "USD 40 million [1]."
    )
    for question in (
        "What share of that was spent by 2021?",
        "Was more paid out than this?",
        "How much of that went to local firms?",
    ):
        assert (
            resolve(question, history, 4).context
            == "What did the port pledge for the dredging works?"
        )
    # "that" before a noun is a question of its own.
    assert resolve("Which of that year's ships were leased?", history, 4).context == ""


def test_a_bare_new_percentage_is_asked_in_place_of_the_old_one():
    history = earlier_turns("What is 40% of $25 million?", "The result is USD 10,000,000.")
    assert resolve("And 15%?", history, 0).question == "What is 15% of $25 million?"
    assert resolve("what about 60 percent?", history, 0).question == (
        "What is 60 percent of $25 million?"
    )


def test_a_percentage_with_words_of_its_own_is_no_swap():
    history = earlier_turns("What is 40% of $25 million?", "The result is USD 10,000,000.")
    assert resolve("And is 15% the usual share?", history, 0).question != (
        "What is 15% of $25 million?"
    )


def test_a_pronoun_for_a_person_becomes_the_name_and_other_pronouns_stay():
    from assistant.answering.followup import person_referred

    assert (
        person_referred("what did she decide next", "Ana Reyes") == "what did Ana Reyes decide next"
    )
    assert (
        person_referred("where did his ferry sail", "Ana Reyes")
        == "where did Ana Reyes's ferry sail"
    )
    assert person_referred("when was it signed", "Ana Reyes") == "when was it signed"


def test_a_when_clause_after_a_follow_up_s_opening_sets_a_case_not_a_date():
    from assistant.answering.frame import answer_type

    history = earlier_turns("What levy does the port charge on bulk cargo?", "A 3% levy [1].")
    resolved = resolve("And when the ship is empty?", history, 1)
    assert resolved.question == "And if the ship is empty?"
    assert answer_type(resolved.query) != "date"
    # "when" put before its verb still asks for a date.
    asked = resolve("And when was the levy raised?", history, 1)
    assert asked.question == "And when was the levy raised?"


def test_a_part_of_a_package_named_alone_belongs_to_the_program_asked_before():
    history = earlier_turns("What did the tanker maker commit to?", "It committed offsets [1].")
    for question in (
        "by 2022, what fraction of the SME exports piece was delivered?",
        "and the satellite item, how far along is that one?",
    ):
        resolved = resolve(question, history, 6)
        assert resolved.context == "What did the tanker maker commit to?", question


def test_how_much_of_the_part_was_done_belongs_to_the_program_asked_before():
    # "how much of the …" asks an amount of a thing already spoken of: the program's part,
    # whatever noun (or none) the question names the part by.
    history = earlier_turns("What did the tanker maker commit to?", "It committed offsets [1].")
    for question in (
        "how much of the SME exports chunk had been carried out by 2021?",
        "What percentage of the military support was fulfilled in the end?",
        "what share of its technology transfer had been done by then?",
    ):
        resolved = resolve(question, history, 6)
        assert resolved.context == "What did the tanker maker commit to?", question


def test_how_much_of_a_part_named_with_its_program_is_a_question_of_its_own():
    history = earlier_turns("What did the tanker maker commit to?", "It committed offsets [1].")
    resolved = resolve("How much of the F-35 SME exports were delivered by 2022?", history, 6)
    assert resolved.context == ""


def test_a_category_named_without_a_part_noun_is_a_question_of_its_own():
    history = earlier_turns("What did the tanker maker commit to?", "It committed offsets [1].")
    resolved = resolve("How have Korea's defense exports grown since 2010?", history, 6)
    assert resolved.context == ""


def test_a_later_part_s_he_is_whom_the_earlier_part_s_own_sentence_names():
    # "Who signed the drone waiver, and what was his title?": the answer's sentence on the
    # signing names whom "his" stands for, though another name comes first in the answer.
    answer = (
        "Lee Ji-ho welcomed the talks on drones [1]. Kim Min-su signed the drone waiver in May [2]."
    )
    assert answering_name("Who signed the drone waiver", answer, "person", _named_people) == (
        "Kim Min-su"
    )
