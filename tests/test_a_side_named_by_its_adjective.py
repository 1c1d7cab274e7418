"""A side of a comparison named by its adjective or its people ("the Dutch minimum", "Norwegian
demands") is the country the sources name by its own name ("Netherlands: Min. 100%"): a
statement naming the country answers that side, and the side is not said to be missing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_country_asked_by_its_adjective_is_answered_beside_the_one_asked_by_name(assistant):
    answer = assistant.ask("Which is higher on FMS buys, the Norwegian minimum offset or Taiwan's?")
    assert not answer.abstained
    assert "35%" in answer.answer and "100%" in answer.answer
    assert "do not give this for" not in answer.answer
