"""Whether a thing is unusual by the world's measure is a comparison with the rest of the
world, answered by the sentences telling where the thing stands among the world's or how
widespread the practice is, though they share few of the question's words."""

from __future__ import annotations

import re

import pytest
from cited import cited_text as _quotes

from assistant.answering.frame import answer_type

pytestmark = pytest.mark.slow

_STANDING = re.compile(
    r"130 countries|global practice|common worldwide practice|lower-middle|majority of countries"
)


@pytest.mark.parametrize(
    "question",
    [
        "Are Seoul's offset demands out of line with what arms buyers elsewhere ask?",
        "By international norms, is asking sellers for offsets an outlier practice?",
        "Is Korea's appetite for offsets unusual by world standards?",
    ],
)
def test_a_question_weighing_a_thing_by_the_world_is_answered_by_its_standing(assistant, question):
    assert answer_type(question) == "comparison"
    answer = assistant.ask(question)
    assert not answer.abstained
    assert _STANDING.search(_quotes(answer))
