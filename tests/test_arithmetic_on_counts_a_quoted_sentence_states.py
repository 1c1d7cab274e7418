"""A count the sources do not state, asked of counts the quoted sentence does state, is worked
out by the calculator: a comparison of size, a combination of two things named, an average of
one thing over another, or the sentence's count less (or plus) one the question gives. Counts
are compared only with counts of one noun; when the ones meant cannot be told apart, or the
question asks a figure the sentence states ("in total" of one thing), the answer stays as
composed.

Every wording here is invented (a guild of weavers, a fleet of barges): the rule reads the
question's grammar for the operation and the sentence's numbers and nouns for the operands."""

from __future__ import annotations

from assistant.answering.stated_counts import counts_in, with_stated_counts, worked_counts
from assistant.answers import Answer, Citation
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)

GUILD = (
    "The guild listed 52 looms in Arden, 30 looms in Brill and 9 looms in Calder, and a total "
    "of 14 workshops were inspected, up from last year (11 workshops), against 25 workshops in 2019."
)
FLEET = "The river authority bought 180 spare parts from 45 local suppliers, but only 24 parts from 8 firms were used."
BARGES = "The company operated five flat-bottomed cargo barges on the canal from March 2021."


def _expression(question: str, text: str) -> str | None:
    worked = worked_counts(question, text)
    return worked.request.expression if worked is not None else None


def test_a_count_s_noun_is_the_plural_after_it_not_the_words_that_say_which() -> None:
    counts = {c.text: c for c in counts_in(GUILD)}
    assert counts["52"].nouns == {"loom"}
    assert counts["25"].years == {"2019"}
    assert {c.text for c in counts_in(BARGES)} == {"five"}


def test_a_comparison_of_size_takes_the_two_counts_the_question_names() -> None:
    # "how many more" is a difference, "how many times" a multiple: larger first either way.
    assert _expression("How many more looms did Arden have than Calder?", GUILD) == "52 - 9"
    assert _expression("By how many looms did Brill trail Arden?", GUILD) == "52 - 30"
    assert _expression("How many times as many looms did Brill have as Calder?", GUILD) == "30 / 9"


def test_of_three_counts_of_a_noun_the_one_of_another_year_is_set_aside() -> None:
    # The 2019 count is of a year the question does not name: this year and last are compared.
    assert _expression("How many more workshops were inspected than the year before?", GUILD) == (
        "14 - 11"
    )


def test_a_sum_is_asked_only_of_things_the_question_names_together() -> None:
    assert _expression("How many looms did Arden and Calder have together?", GUILD) == "52 + 9"
    # "In total" of one thing asks the total the sentence states, not a sum of its figures.
    assert _expression("How many workshops were inspected in total?", GUILD) is None


def test_an_average_is_one_noun_s_count_over_the_count_after_each_or_per() -> None:
    question = "On average, how many parts did each local supplier offer?"
    assert _expression(question, FLEET) == "180 / 45"
    # Of two counts of parts, the one standing with the firms is shared over the firms.
    assert _expression("How many parts were used per firm?", FLEET) == "24 / 8"


def test_a_count_the_question_gives_is_taken_from_or_added_to_the_sentence_s() -> None:
    assert _expression("If two of the barges sank, how many would still sail?", BARGES) == "5 - 2"
    assert _expression("With three more barges added, how many would it run in all?", BARGES) == (
        "5 + 3"
    )


def test_questions_that_ask_a_stated_count_or_a_verdict_get_no_calculation() -> None:
    assert _expression("How many looms did Brill have?", GUILD) is None
    assert _expression("Did Arden have 52 looms, 43 more than Calder?", GUILD) is None
    # Two asks of stated counts are two facts, not one computation.
    assert _expression("How many looms in Arden, and how many in Brill?", GUILD) is None
    # "Per the guild" names who says so: no average.
    assert _expression("Per the guild, how many looms did Arden have?", GUILD) is None


def test_the_answer_leads_with_the_calculation_and_keeps_the_quoted_sentence() -> None:
    cited = [Citation(marker=1, source_id="s", title="t", quote=GUILD, start=0, end=len(GUILD))]
    answer = Answer(question="q", answer=f"{GUILD} [1]", citations=cited)
    worked = with_stated_counts("How many fewer looms did Calder have than Brill?", answer, DATA)
    assert [c.input["expression"] for c in worked.tool_calls] == ["30 - 9"]
    assert "21" in worked.answer.splitlines()[0]
    assert worked.answer.endswith(f"{GUILD} [1]")
