"""Sums of term weights that come out the same whatever order the terms are read in.

A unit's score is often the sum of its terms' weights, and its terms are often a set, whose order
of iteration changes from one process to the next (Python salts string hashes). Floating-point
addition is not associative: 0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ in the last bit. Two
sentences of equal weight could then swap ranks between runs, and the same question got two
answers on two runs. ``math.fsum`` is exact up to one final rounding, so its result does not
depend on the order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from math import fsum

__all__ = ["total_weight"]


def total_weight(terms: Iterable[str], weight: Callable[[str], float]) -> float:
    """The sum of ``weight`` over ``terms``, the same for every order of ``terms``."""
    return fsum(weight(term) for term in terms)
