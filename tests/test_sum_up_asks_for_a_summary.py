""" "Sum up" with a matter for its object asks for that matter's account, not for its figures
added: "sum up the story of the ferry order" is a summary, while "sum up the two grants" and
"sum them up" add. The wordings here are invented; none is a case of the evaluation sets."""

from __future__ import annotations

from assistant.answering.summing_up import summarizes, summing_up_read


def test_a_matter_summed_up_is_a_summary_asked():
    assert summarizes("Sum up the story of the ferry order at the northern yard.")
    assert summarizes("Sum up how the rail maker's local-parts pledge turned out.")
    assert summarizes("Can you sum it all up for the minister?")
    # A name with digits in it is no figure: the F-16 order is a matter, not an amount.
    assert summarizes("Sum up the record of the F-16 and C-130 orders.")


def test_figures_summed_up_are_still_added():
    assert not summarizes("Sum up the two grants the council paid.")
    assert not summarizes("Sum up $4 million and $6 million.")
    assert not summarizes("The town lists three levies. Sum them up.")
    # "Sum" without its particle adds whatever follows.
    assert not summarizes("Sum the fees the port charged in 2019.")


def test_the_summary_is_read_as_summarize_and_the_rest_is_left_as_asked():
    assert (
        summing_up_read("Sum up the story of the ferry order.")
        == "Summarize the story of the ferry order."
    )
    assert (
        summing_up_read("please sum up how the pledge went")
        == "please summarize how the pledge went"
    )
    assert summing_up_read("Sum up the two grants.") == "Sum up the two grants."
    assert summing_up_read("What do the three fees sum to?") == "What do the three fees sum to?"
