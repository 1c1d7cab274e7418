"""A question asking for the other members of a set is read from its grammar, wherever it puts
the member it leaves out, or when it names none.

- The member set aside is read first ("Besides the levy, which …"), in the middle ("which
  charges, apart from the levy, …", "which port other than Alpha handles …"), and last ("…,
  except for the levy."), long or short, and without the full stop that ends the question.
- "Beyond" and "other than" at the end of a question, "other than" after a noun and "excluding"
  compare or restrict ("what would it require
  beyond the present rule?", "the fee on contracts other than small ones?"): nothing is set aside.
- "What other charges", "what else", "the rest of the charges" and "the other charges the board
  named" ask for the others without naming one; "the rest of the world", "other countries" in a
  comparison or a count do not.
- Whatever a question sets aside is no subject its answer must name; a name of the set listed
  with its initials in brackets ("Alpha (AL), Beta and Gamma") is listed with the others.
"""

from __future__ import annotations

import pytest

from assistant.answering.answerability import unmet
from assistant.answering.frame import frame_of
from assistant.answering.others_asked import asks_others, set_aside, without_set_aside
from assistant.answers import Answer, Citation


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("Besides the levy, which charges did the board impose?", "levy"),
        ("Which charges, apart from the levy, did the board impose?", "levy"),
        ("Name the charges the board imposed, except for the levy.", "levy"),
        ("Which charges did the board impose besides the harbour levy?", "harbour levy"),
        ("Leaving the levy out, what did the board impose?", "levy"),
        ("Outside the levy, which charges did the board impose?", "levy"),
        ("Which further charges, on top of the levy, did the board impose?", "levy"),
        (
            "Apart from the quarrel over scrapping the old harbour levy, what else did it do?",
            "quarrel over scrapping the old harbour levy",
        ),
        ("Which port apart from Alderney handles grain, per the survey?", "Alderney"),
        ("Which state apart from the Duchy levies tolls on barges?", "Duchy"),
    ],
)
def test_the_member_set_aside_is_read_wherever_the_question_puts_it(question, member):
    assert set_aside(question) == (member,)
    assert member.lower() not in without_set_aside(question).lower()
    assert asks_others(question)


@pytest.mark.parametrize(
    "question",
    [
        "What would the bill have required beyond the present rule?",
        "What fee applies to contracts other than small ones?",
        "Excluding the fund, a deal of 12 million would need what fee?",
        "Does the toll go beyond 12 percent?",
        "What fee does the board charge at present?",
    ],
)
def test_a_comparison_or_a_restriction_at_the_end_sets_nothing_aside(question):
    assert set_aside(question) == ()


@pytest.mark.parametrize(
    "question",
    [
        "What other charges did the board impose on the ferries?",
        "Which further rules did the audit fault?",
        "What else did the auditors fault?",
        "The board raised the levy; what were the rest of the charges it named?",
        "How does the paper frame the levy within the other charges the board named?",
    ],
)
def test_asking_for_the_others_without_naming_one_asks_for_the_rest(question):
    assert asks_others(question)


@pytest.mark.parametrize(
    "question",
    [
        "How does the port's fee compare with the rest of the world?",
        "How many harbour deals did the board sign with other countries in 2019?",
        "How do other ports treat the levy?",
        "What does the board charge on grain today?",
    ],
)
def test_a_comparison_or_a_count_over_others_asks_for_no_list(question):
    assert not asks_others(question)


def test_a_name_listed_with_its_initials_is_listed_with_the_others():
    question = "Besides Alderway, which carriers called the permit an needless hurdle?"
    said = (
        "Alderway (AW), Brightsea and Coastline Freight (CF) called the permit a needless hurdle."
    )
    citation = Citation(marker=1, source_id="s1", title="t", quote=said, start=0, end=len(said))
    answer = Answer(question=question, answer=f"{said} [1]", citations=[citation])
    assert frame_of(question).besides == ("Alderway",)
    assert unmet(frame_of(question), answer) is None
