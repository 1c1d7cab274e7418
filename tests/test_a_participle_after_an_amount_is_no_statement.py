"""A statement asked back by its question mark ("the yard built four tugs?") has a subject before
its verb. After an amount, a clause of adverbs of manner and a participle ("EUR 12 million,
competitively tendered: the offset?", "openly bid") describes the amount; it has no subject and
states nothing to check, so the question poses a contract to work out. Wordings are invented."""

from __future__ import annotations

import pytest

from assistant.answering.claims import states_and_asks


@pytest.mark.parametrize(
    "question",
    [
        "EUR 12 million, competitively tendered: the offset?",
        "Forty million euros, openly tendered, at 0.9 euros to the dollar: the offset?",
    ],
)
def test_a_participle_with_only_adverbs_before_it_states_nothing(question: str) -> None:
    assert not states_and_asks(question)


@pytest.mark.parametrize(
    "question",
    [
        "The harbour board tendered four tug contracts in 2019?",
        "The ferry line quietly signed a EUR 12 million order?",
    ],
)
def test_a_verb_after_a_subject_still_states_a_claim(question: str) -> None:
    assert states_and_asks(question)


def test_a_contract_described_by_a_participle_is_worked_out(data):
    from routed import requests_of

    requests = requests_of("USD 26 million, competitively tendered: the offset?", data)
    assert requests == [
        {
            "operation": "offset_obligation",
            "amount": "USD 26 million",
            "contract_type": "competitive",
        }
    ]
