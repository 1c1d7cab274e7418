"""A claim that gives a statement's figures to the wrong subject ("Acme pledged $41.5 million for
the ferries", where the sources say Brightway did) is answered "not as stated", naming whom the
sources give them for, instead of being refused for the name they never write.

- Every figure of the claim stands in the statement, and a third of its other words (two at
  least): a claim about something else the statement does not say (a fine, a penalty) is no
  such claim.
- A country is never the wrong name: each country's figures are its own.
- A source the claim cites ("per the Gazette") is who reported it, not whom it is about.
- A sentence's first word is a name only when the sources never write it in small letters.
- The right name is the statement's name of the wrong one's kind, or of its make.
"""

from __future__ import annotations

from assistant.answering.claimed_subject import names_written, other_subject

_STATEMENT = (
    "Brightway, which built the ferries, agreed to provide investments worth $41.5 million "
    "(training $2.5 million, local parts $39 million) to Ruritania."
)
_COMMON = frozenset({"today", "the", "a", "however", "per"})


def _lower_case(word: str) -> bool:
    return word.lower() in _COMMON


def _names(text: str) -> dict[str, frozenset[str]]:
    return {"countries": frozenset(c for c in ("ruritania", "borduria") if c in text.lower())}


def _no_source(name: str) -> bool:
    return False


def test_a_right_figure_given_to_the_wrong_firm_is_put_right() -> None:
    found = other_subject(
        "Zephyr agreed to provide $41.5 million in investments for the ferries, correct?",
        _STATEMENT,
        _names,
        _lower_case,
        _no_source,
    )
    assert found is not None
    assert found.wrong == ("Zephyr",)
    assert "Brightway" in found.right


def test_a_claim_about_what_the_statement_does_not_say_is_no_such_claim() -> None:
    claim = (
        "Is it true that Zephyr was fined for missing its $41.5 million package on the port "
        "contract after the audit?"
    )
    assert other_subject(claim, _STATEMENT, _names, _lower_case, _no_source) is None


def test_a_figure_the_statement_lacks_makes_no_such_claim() -> None:
    claim = "Zephyr agreed to provide $52 million in investments for the ferries, correct?"
    assert other_subject(claim, _STATEMENT, _names, _lower_case, _no_source) is None


def test_a_country_is_never_the_wrong_name() -> None:
    claim = "Borduria got investments worth $41.5 million for the ferries, right?"
    assert other_subject(claim, _STATEMENT, _names, _lower_case, _no_source) is None


def test_a_source_the_claim_cites_is_not_whom_it_is_about() -> None:
    claim = "Per the Gazette, Brightway agreed to provide $41.5 million for the ferries. Right?"
    found = other_subject(claim, _STATEMENT, _names, _lower_case, lambda n: n == "Gazette")
    assert found is None


def test_a_name_of_the_wrong_ones_make_is_the_one_it_stands_for() -> None:
    statement = "In May 2021, members of the Green Party (led by Ana Ruiz) proposed the Ports Act."
    found = other_subject(
        "I was told the Ports Act was proposed in May 2021 by Blue Party members.",
        statement,
        _names,
        _lower_case,
        _no_source,
    )
    assert found is not None
    assert found.wrong == ("Blue Party",) and found.right == ("Green Party",)


def test_a_sentence_opening_word_is_a_name_only_if_never_written_small() -> None:
    assert list(names_written("Today the Harbour Board met.", _lower_case)) == ["Harbour Board"]
    assert list(names_written("Zephyr met the Board in May.", _lower_case)) == ["Zephyr", "Board"]
