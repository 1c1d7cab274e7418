"""A claim that states two figures of one kind in a single clause is judged figure by figure:
each figure the answer states that the claim also states confirms that figure, and is no rival
value contradicting the claim's other figure. Only a figure the claim does not state can
contradict it."""

from __future__ import annotations

from assistant.answering.claims import judge


def _names(text: str) -> dict[str, frozenset[str]]:
    return {"countries": frozenset()}


def test_both_figures_stated_by_two_rows_confirm_the_claim():
    # A whole and its part in one clause: the row stating the part is not read as another value
    # of the whole, nor the row stating the whole as another value of the part.
    claim = "A $9 million ferry deal set aside $4 million for crew training, correct?"
    answer = (
        "Ferry deal, commitment (total): USD 9 million [1]. "
        "Ferry deal, commitment (crew training): USD 4 million [1]."
    )
    assert judge(claim, answer, _names) == "yes"


def test_a_figure_the_claim_does_not_state_still_contradicts_it():
    # The part given wrongly: the answer's own part, a figure the claim never states, corrects it.
    claim = "A $9 million ferry deal set aside $5 million for crew training, correct?"
    answer = (
        "Ferry deal, commitment (total): USD 9 million [1]. "
        "Ferry deal, commitment (crew training): USD 4 million [1]."
    )
    assert judge(claim, answer, _names) == "no"
