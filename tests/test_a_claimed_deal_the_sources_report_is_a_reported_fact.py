"""A claim about a deal the sources report is a restated fact to check, never a contract to work
out, even when the asker names the deal by its size with "a"; a contract the claim poses is still
worked out. The tie to a reported deal is read from the data tables (a program's name, or a
figure the tables report of a deal), never from the claim's wording. The wordings are invented.
"""

from __future__ import annotations

import pytest

from assistant.answering.known_deals import claims_a_reported_deal
from assistant.answering.routing import route
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)


@pytest.mark.parametrize(
    "claim",
    [
        # a program the tables report, named by its kind of aircraft; its figure is wrong, which
        # makes the claim false, not a contract of the asker's own
        "A stealth jet order worth 8 trillion won was closed in 2018 with no offsets, correct?",
        "A refueling tanker purchase worth $900 million went ahead in 2018, right?",
        # a program's contract value, with no program named
        "A 7.77 trillion won aircraft deal was concluded with offsets attached, right?",
        # the value of the contracts a seller country signed in a year
        "A $5.88 billion bundle of American offset agreements was concluded in 2022, true?",
        # told of now, but tied by both a name and a figure
        "A 4 trillion won F-35 contract carries no offset, right?",
    ],
)
def test_a_claim_tied_to_a_reported_deal_is_a_reported_fact(claim):
    assert claims_a_reported_deal(claim, DATA)
    assert route(claim, DATA) is None


@pytest.mark.parametrize(
    "posed",
    [
        # size, time and a generic party: nothing the tables report
        "A $45 million contract that a vendor closed in 2019 had to include offsets, right?",
        # a seller named alone signs many contracts the sources never report
        "A $70 million competitive deal signed by Lockheed Martin last year had to carry a "
        "$35 million offset, right?",
        # a rule told of now, with a single tie: a program's name, or a program's figure
        "An F-35 spare parts contract worth $15 million needs a 50% offset, right?",
        "A $662.6 million competitive contract carries a 50% offset, right?",
        # a rule's threshold is no deal's figure
        "A $10 million contract signed in 2021 triggered an offset, right?",
    ],
)
def test_a_contract_the_claim_poses_is_still_worked_out(posed):
    assert not claims_a_reported_deal(posed, DATA)
    assert route(posed, DATA) is not None


def test_a_reported_deal_supposed_otherwise_is_still_worked_out():
    # Supposing another offset on a reported deal is a computation, whatever deal it is about.
    supposed = "If the 7.77 trillion won F-35A buy had owed a 50% offset, how much would that be?"
    assert route(supposed, DATA) is not None
