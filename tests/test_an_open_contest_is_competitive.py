"""A contest said to be open is a competitive contract, whichever word names the contest and
however "open" is joined to it: as an adjective, hyphenated into a compound, or as an adverb
before or after the verb. Its negation is the other kind."""

import pytest

from assistant.answering.frame import COMPETITIVE, NON_COMPETITIVE, contract_kinds


@pytest.mark.parametrize(
    "question",
    [
        # invented wordings: a compound adjective, an adverb after and before the verb
        "An open-tender order of EUR 12 million for ferries: what offset?",
        "For an open-bid sonar purchase of $22M, how much offset?",
        "The tug contract was tendered openly at USD 31 million. Offset due?",
        "A USD 14 million simulator deal, openly bid: what offset is owed?",
        "A dredging contract openly competed for at USD 19 million: what offset?",
        "Through an open competition, a USD 25 million purchase: offset?",
    ],
)
def test_an_open_contest_asserts_a_competitive_contract(question: str) -> None:
    assert contract_kinds(question)[0] == COMPETITIVE


@pytest.mark.parametrize(
    "question",
    [
        "A USD 33 million radio order placed without an open tender: what offset?",
        "A USD 33 million radio order that was not openly bid: what offset?",
    ],
)
def test_an_open_contest_denied_is_not_competitive(question: str) -> None:
    kind, excluded = contract_kinds(question)
    assert kind != COMPETITIVE
    assert kind == NON_COMPETITIVE or COMPETITIVE in excluded


def test_the_word_open_alone_names_no_contest() -> None:
    # "an open question" or "open talks" say nothing of how a contract was awarded.
    assert contract_kinds("A USD 20 million contract after open talks: what offset?")[0] is None
