"""A claim that a named source gives a disputed figure is settled by what that source writes,
not left at "the sources disagree" (assistant/answering/named_sides.py).

The examples are invented: an almanac and a gazette disagree on a harvest of the 1990s, 4.2
tonnes against 4.0 tonnes; a ledger gives it only in bushels."""

from assistant.answering.named_sides import named_side
from assistant.knowledge.disagreements import Disagreement, Side

_SOURCE_OF = {
    "almanac-42": "almanac",
    "almanac-40": "almanac",
    "gazette-40": "gazette",
    "ledger-bushels": "ledger",
    "diary-about-4": "diary",
}

HARVEST = Disagreement(
    id="harvest-1990s",
    measure="harvest",
    anchor="1990s",
    unit="tonnes",
    sides=(
        Side(value="4.2 tonnes", rows=("almanac-42",), quotes=("the harvest came to 4.2 tonnes",)),
        Side(
            value="4.0 tonnes",
            rows=("gazette-40",),
            quotes=("a harvest of 4.0 tonnes",),
        ),
    ),
    compatible=("diary-about-4",),
    other_units=("ledger-bushels",),
)


def judged(claimed: int, *named: str):
    return named_side(HARVEST, claimed, named, _SOURCE_OF.__getitem__)


def test_a_source_that_writes_the_claimed_figure_bears_the_claim_out():
    # "The almanac puts the 1990s harvest at 4.2 tonnes, right?": it does.
    found = judged(0, "almanac")
    assert found is not None and found.holds and found.rows == ("almanac-42",)


def test_a_source_that_writes_only_the_other_side_contradicts_the_claim():
    # "The gazette says 4.2 tonnes, correct?": the gazette writes 4.0 tonnes, and is cited.
    found = judged(0, "gazette")
    assert found is not None and not found.holds and found.rows == ("gazette-40",)


def test_a_source_that_writes_the_measure_in_another_unit_does_not_write_the_claimed_figure():
    # "The ledger gives 4.0 tonnes, doesn't it?": it gives bushels, which is not what was claimed.
    found = judged(1, "ledger")
    assert found is not None and not found.holds and found.rows == ("ledger-bushels",)


def test_a_source_on_both_sides_bears_out_the_side_claimed():
    both = HARVEST.model_copy(
        update={
            "sides": (
                HARVEST.sides[0],
                Side(value="4.0 tonnes", rows=("gazette-40", "almanac-40"), quotes=("x",)),
            )
        }
    )
    found = named_side(both, 1, ["almanac"], _SOURCE_OF.__getitem__)
    assert found is not None and found.holds and found.rows == ("almanac-40",)


def test_a_hedged_figure_that_fits_every_side_settles_nothing():
    # "The diary says about four tonnes": it fits both sides, so the disagreement is set out.
    assert judged(0, "diary") is None


def test_a_claim_that_names_no_source_is_left_to_the_disagreement():
    assert judged(0) is None
