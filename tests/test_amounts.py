"""Each amount a question states gets a role from its wording: a contract's value, an offset
offered, a threshold, an exchange rate; and whether it is referred to as a known figure."""

from __future__ import annotations

import pytest

from assistant.answering.amounts import stated_amounts


def _roles(question: str) -> list[tuple[str, str]]:
    return [(a.text, a.role) for a in stated_amounts(question)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "The bidder put forward a $9 million offset package for a $25 million radar deal.",
            [("$9 million", "offset"), ("$25 million", "contract")],
        ),
        (
            "Lockheed proposed USD 40 million in offsets against a USD 95 million purchase.",
            [("USD 40 million", "offset"), ("USD 95 million", "contract")],
        ),
        (
            "Norway uses a $3 million offset threshold; would a $4 million order qualify?",
            [("$3 million", "threshold"), ("$4 million", "contract")],
        ),
        (
            "With the threshold at $15 million, does a sale worth $12 million need offsets?",
            [("$15 million", "threshold"), ("$12 million", "contract")],
        ),
        (
            "Seoul pledged $2 million of offsets on an acquisition valued at $8 million.",
            [("$2 million", "offset"), ("$8 million", "contract")],
        ),
        (
            "How large an offset would a $45 million sole-source buy call for?",
            [("$45 million", "contract")],
        ),
        (
            "The coast guard dropped offsets on its $120 million cutter buy.",
            [("$120 million", "contract")],
        ),
        (
            "Rome skipped offsets on their EUR 300 million trainer program.",
            [("EUR 300 million", "contract")],
        ),
    ],
)
def test_each_amount_takes_its_role_from_the_noun_or_verb_it_goes_with(question, expected):
    assert _roles(question) == expected


def test_an_exchange_rate_span_gives_its_amount_the_rate_role():
    question = "Convert $3 million at 1,380 won per dollar."
    start = question.index("1,380")
    roles = [(a.text, a.role) for a in stated_amounts(question, [(start - 3, len(question))])]
    assert roles == [("$3 million", "contract"), ("1,380 won", "rate")]


@pytest.mark.parametrize(
    ("question", "restated"),
    [
        ("What is the $2.1 billion KF-X deal worth in won?", True),
        ("Boeing's offset pledge was $120 million; what is that in won?", True),
        ("The frigate order was valued at KRW 2 trillion; what is that in dollars?", True),
        ("Seoul's radar buy is priced at $900 million. How much is that in won?", True),
        ("What would a $2.1 billion deal require?", False),
        ("If Seoul buys $80 million of missiles, what offset applies?", False),
    ],
)
def test_an_amount_referred_to_as_known_is_restated(question, restated):
    (amount,) = stated_amounts(question)
    assert amount.restated is restated


def test_an_amount_an_offset_is_reckoned_on_is_the_contract():
    assert _roles("How much offset is required for $50 million under the current rule?") == [
        ("$50 million", "contract")
    ]
    assert _roles("Is an offset of $7 million enough?") == [("$7 million", "offset")]


def test_an_amount_a_pronoun_for_a_threshold_was_moved_to_is_a_threshold():
    asked = "What was Latvia's offset trigger before it was lifted to EUR 3 million?"
    assert _roles(asked) == [("EUR 3 million", "threshold")]
    # A pronoun for anything else moves no threshold.
    assert _roles("What did the crane cost before it was cut to EUR 3 million?") != [
        ("EUR 3 million", "threshold")
    ]
