"""Three quick facts asked in words that miss the sentence or the row that states them:

- the size of a group, body, staff or fleet, in any wording ("how big is the harbour board", "the
  customs desk's headcount"), is a count of its members, looked for as the sources state one
  ("members on staff"); a budget or a deal of the group is still an amount;
- a figure asked in the other currency as a source gives it, wherever the question says so ("…
  in won, the way the dailies phrase it", "according to the institute"), is the equivalent the
  source itself states beside it, quoted with no calculation; an order to convert, or a figure
  no source states in both currencies, is still for the calculator or the sentences;
- what a contractor offered for a program named by its kind ("the guided-missile frigate deal")
  is that program's commitment: the program found by the words of its own description in the
  programs table, the verb read as the table's "commitment", and the deal the program itself.
"""

from __future__ import annotations

import pytest

from assistant.answering.frame import answer_type, group_size_named
from assistant.answering.programs_asked import (
    described_program_named,
    descriptions,
    pledge_verb,
    programs_named,
    row_weights,
)
from assistant.answering.routing import route
from assistant.knowledge.rows import ProgramFact


@pytest.mark.parametrize(
    "question",
    [
        "How big is the harbour board?",
        "How large a crew does the ferry carry?",
        "Roughly what headcount does the customs desk have?",
        "What size is the pilots' union these days?",
        "how small is the team that runs the lighthouse scheme",
        "size of the patrol fleet the navy leased?",
        "What's the staffing level of the port authority's inspection unit?",
    ],
)
def test_the_size_of_a_group_is_a_count_of_its_members(question):
    assert answer_type(question) == "count"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How big is the harbour board's budget?", "money"),
        ("How big was the dredging contract?", "quantity"),
        ("How large was the ferry operator's pledge?", "quantity"),
    ],
)
def test_what_a_group_owns_or_signs_is_no_count_of_it(question, kind):
    assert answer_type(question) == kind


def test_a_group_s_size_is_looked_for_as_its_members_and_a_sometimes_body_as_a_body():
    searched = group_size_named("How big is the inspection unit at the port?")
    assert "members on staff" in searched
    assert "division, department, office or team" in searched
    assert group_size_named("Which port levies the fee?") == "Which port levies the fee?"


@pytest.mark.parametrize(
    "question",
    [
        "What does the USD 10 million trigger come to in won, the way the Seoul dailies phrase it?",
        "What is the USD 10 million floor in won, as the papers put it?",
        "USD 10 million in Korean won according to the press?",
        "What won figure do the newspapers attach to the USD 10 million line?",
    ],
)
def test_a_figure_a_source_states_in_both_currencies_is_quoted_as_it_gives_it(question, data):
    found = route(question, data)
    assert found is not None and found.requests == [] and found.quoted
    assert "KRW 14.7 billion" in found.lead
    assert set(found.cites) <= {row.id for row in data.rates}


def test_a_source_named_with_the_figure_gives_its_own_equivalent(data):
    found = route("KRW 1 trillion in dollars, as the institute states it, per KIET?", data)
    assert found is not None and found.requests == []
    assert "USD 800 million" in found.lead and found.cites == ["rate-kiet-2023"]


def test_an_order_to_convert_is_still_worked_out(data):
    found = route("Convert USD 10 million to won.", data)
    assert found is not None and [r.operation for r in found.requests] == ["convert"]


def test_a_figure_no_source_states_in_both_currencies_is_not_converted_when_asked_as_given(data):
    # The sentences stating it, if any, answer; no rate of our own is supposed.
    assert route("USD 25 million in won, as the papers put it?", data) is None


_FRIGATES = [
    ProgramFact(
        id="ffx-units",
        program="FFX",
        contractor="Harbour Yards",
        attribute="units",
        amount=6,
        unit="frigates",
        value="six guided-missile frigates, the first in 2031",
        source="s",
        quote="six guided-missile frigates",
    ),
    ProgramFact(
        id="ffx-commitment",
        program="FFX",
        contractor="Harbour Yards",
        attribute="commitment",
        amount=5,
        unit="USD",
        source="s",
        quote="offsets worth $5",
    ),
]


def _terms(text: str) -> list[str]:
    return [
        w.lower().rstrip("s") for w in text.replace("-", " ").split() if w.isalnum() or "-" in w
    ]


def test_a_program_is_named_by_two_words_of_its_own_description():
    described = descriptions(_FRIGATES)
    assert described == {"FFX": "six guided-missile frigates"}
    assert programs_named(
        "what did the yard offer for the missile frigate deal?", described, _terms
    )
    assert not programs_named("what did the yard offer for the frigate?", described, _terms)


def test_a_program_named_by_its_kind_is_searched_by_its_table_name():
    asked = described_program_named("when did the guided missile ships arrive?", _FRIGATES, _terms)
    assert asked.endswith("(FFX)")


def test_an_offer_asked_is_the_commitment_and_the_deal_is_the_program():
    question = "What did Harbour Yards offer in return for the guided-missile frigate purchase?"
    assert pledge_verb(question) == "offer"
    weights = {"offer": 4.0, "purchase": 3.0, "guided": 5.0, "missile": 5.0, "frigate": 5.0}
    weighed = row_weights(question, weights, _terms, _FRIGATES)
    assert weighed["commitment"] == 4.0
    assert "offer" not in weighed and "purchase" not in weighed
    assert weighed["ffx"] == 5.0


def test_the_pledge_named_as_a_noun_asks_how_far_it_was_kept():
    question = "How much of the guided-missile frigate pledge had been honoured?"
    assert pledge_verb(question) is None
    weighed = row_weights(question, {"pledge": 4.0, "honoured": 3.0}, _terms, _FRIGATES)
    assert weighed.get("implementation") == 3.0 and "honoured" not in weighed
