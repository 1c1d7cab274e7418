"""Which part of a report's outline of recommendations a question means.

A question about one recommendation ("what does the paper advise about its auditors?") is
ranked nearest to that part's sentences, in whatever words it uses; one about them all ("what
does the paper recommend?") is ranked near sentences of several parts. The ranking alone decides
when the best-ranked sentences all stand in one part. When the question also names a part by at
least half of its heading's telling words ("the paper's plan for a priority list", under "(3)
Publishing a priority list"), the ranking need only lean to that part: it holds at least half of
the best-ranked sentences and more than any other part. One shared word of a long heading names
nothing ("what should the ministry do" and "(5) Hosting laboratories in the ministry's regional
clusters"), and a heading's words alone decide nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

# How many of the best-ranked sentences in an outline's parts must all stand in one part for
# the question to be about that part alone, whatever its words.
UNANIMOUS_DEPTH = 3
# How many of the best-ranked sentences in an outline's parts a part its heading's words name
# must hold at least half of (and more than any other part) to be the one meant. The readable
# probes of a named part lean the same way at 6 as at 8.
LEANING_DEPTH = 8


def part_meant(places: Sequence[int], named: Collection[int]) -> int | None:
    """The index of the part a question means, or None for the whole outline. ``places`` are
    the parts the best-ranked sentences standing in the outline's parts belong to, best first;
    ``named`` the parts whose headings the question names by at least half of their telling
    words."""
    first = places[:UNANIMOUS_DEPTH]
    if len(first) == UNANIMOUS_DEPTH and len(set(first)) == 1:
        return first[0]
    leaning = places[:LEANING_DEPTH]
    if len(leaning) < UNANIMOUS_DEPTH:
        return None
    counted = Counter(leaning).most_common()
    part, held = counted[0]
    if len(counted) > 1 and counted[1][1] == held:
        return None
    if part in named and 2 * held >= len(leaning):
        return part
    return None
