"""A unit's weight does not depend on the order its terms are read in (hash seeds differ)."""

from itertools import permutations

from assistant.search.weight_sums import total_weight


def test_every_order_of_the_terms_gives_the_same_total() -> None:
    # Weights whose plain left-to-right sum differs with the order: 0.1 + 0.2 + 0.3 is
    # 0.6000000000000001 one way and 0.6 another.
    weights = {"harbour": 0.1, "crane": 0.2, "levy": 0.3, "berth": 1e-17}
    totals = {total_weight(order, weights.__getitem__) for order in permutations(weights)}
    assert len(totals) == 1
    assert totals == {0.6}


def test_a_term_without_weight_adds_nothing() -> None:
    assert total_weight(["harbour", "unknown"], lambda t: {"harbour": 2.5}.get(t, 0.0)) == 2.5


def test_no_terms_weigh_nothing() -> None:
    assert total_weight([], lambda t: 1.0) == 0.0
