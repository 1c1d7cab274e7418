"""A part of one company's offset package is answered by that company's figure for it, not by
another company's figure for a part of that kind, nor by the company's other parts."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import has_type
from assistant.answering.components_asked import components_unstated
from assistant.knowledge.names import name_table


def _names() -> tuple[str, str, str]:
    table = name_table()
    companies = table.names("companies")
    categories = table.names("categories")
    if len(companies) < 2 or len(categories) < 2:
        pytest.skip("the name table lists too few companies or categories")
    return companies[0], companies[1], categories[0]


def money(piece: str) -> bool:
    return has_type(piece, "money")


def test_another_company_s_figure_for_the_part_does_not_answer():
    asked, other, part = _names()
    said = [f"{other} agreed to provide {part} worth $40 million."]
    assert components_unstated(f"How much {part} did {asked} pledge?", said, money) == [part]


def test_the_company_s_own_figure_answers_in_its_sentence_or_the_one_before():
    asked, _, part = _names()
    own = [f"{asked} agreed to provide {part} worth $40 million."]
    assert components_unstated(f"How much {part} did {asked} pledge?", own, money) == []
    carried = [f"{asked} signed the deal.", f"It included {part} worth $40 million."]
    assert components_unstated(f"How much {part} did {asked} pledge?", carried, money) == []


def test_a_part_of_a_longer_question_asks_of_the_company_the_whole_names():
    asked, other, part = _names()
    said = [f"{other} agreed to provide {part} worth $40 million."]
    whole = f"What did {asked} pledge in all, and how much {part} was in it?"
    assert components_unstated(f"how much {part} was in it?", said, money, whole) == [part]


def test_no_company_or_two_companies_are_left_to_other_checks():
    asked, other, part = _names()
    said = [f"{other} agreed to provide {part} worth $40 million."]
    assert components_unstated(f"How much {part} was pledged?", said, money) == []
    both = f"How much {part} did {asked} and {other} pledge?"
    assert components_unstated(both, said, money) == []
