"""A question that asks how a whole was divided among parts it names is answered only by a
figure beside every part it names, and, when it names a period, by the parts' figures of that
period: the whole alone, other parts, or another time's split do not answer it."""

from __future__ import annotations

from assistant.answering.answerability import unmet
from assistant.answering.divisions_asked import parts_asked
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation


def _answer(*statements: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=s, start=0, end=len(s))
        for i, s in enumerate(statements, start=1)
    ]
    text = " ".join(f"{s} [{i}]" for i, s in enumerate(statements, start=1))
    return Answer(question="q", answer=text, citations=citations)


def test_the_parts_a_division_names_are_read_from_its_wording():
    assert [n for n, _ in parts_asked("How was the levy split between ports and roads?")] == [
        "ports",
        "roads",
    ]
    three = parts_asked("How were the grants divided among schools, clinics and wells?")
    assert [n for n, _ in three] == ["schools", "clinics", "wells"]
    assert [n for n, _ in parts_asked("What were the fishing and farming shares?")] == [
        "fishing",
        "farming",
    ]


def test_a_question_naming_no_two_parts_asks_no_division():
    assert parts_asked("How much did the levy raise?") == []
    assert parts_asked("How was the levy split by region?") == []
    assert parts_asked("Who split the bill?") == []
    assert parts_asked("List the percentages and euro amounts of fishing and farming.") == []


def test_a_count_of_parts_says_how_many_to_make_not_which():
    # "Into four groups" counts the parts in a word for parts: the question names none to check.
    assert parts_asked("Split the harbour fund into four groups and order them.") == []
    assert parts_asked("Divide the levy into 3 bands, then compare them.") == []
    # A count before a part's own name still names it.
    assert [
        name for name, _ in parts_asked("How was the grant split between two ports and a canal?")
    ] == [
        "two ports",
        "a canal",
    ]


def test_the_whole_alone_does_not_answer_how_it_was_split():
    frame = frame_of("How was Chile's port levy split between harbours and roads?")
    whole = _answer("Chile's port levy raised USD 40 million.")
    problem = unmet(frame, whole)
    assert problem is not None and "roads" in problem.reason


def test_a_figure_beside_every_part_answers():
    frame = frame_of("How was Chile's port levy split between harbours and roads?")
    split = _answer(
        "Chile's port levy raised USD 40 million.",
        "Harbours received USD 25 million and roads USD 15 million.",
    )
    assert unmet(frame, split) is None


def test_a_split_of_another_period_does_not_answer_for_the_period_asked():
    frame = frame_of("How were Peru's grants in 2015-2018 divided among schools and clinics?")
    other_time = _answer(
        "Peru's grants totalled USD 9 billion from 1990 to 2018.",
        "Schools took USD 5 billion and clinics USD 4 billion.",
    )
    problem = unmet(frame, other_time)
    assert problem is not None and "2015–2018" in problem.reason
    same_time = _answer(
        "Peru's grants totalled USD 2 billion from 2015 to 2018.",
        "Schools took USD 1.2 billion and clinics USD 0.8 billion.",
    )
    assert unmet(frame, same_time) is None
