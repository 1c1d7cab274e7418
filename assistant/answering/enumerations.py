"""The points of an enumeration an answer quotes one point of.

A passage that counts its points off ("Critics raise two objections. The first is that the fee
falls on small firms. The second is that it funds nothing new.", or "First, ...  Second, ...
Finally, ...") states one matter in several sentences, each naming only its own point. An answer
that quotes the second point has the matter half told: the first is the other half, in other
words than the question's. So a quoted sentence inside such a run brings the whole run, from
the sentence that opens with "first" to the last that opens with a later ordinal ("second",
"third", "finally", "lastly", "the other"), within one paragraph. A run needs its "first": a
lone "finally" closes a list whose start its paragraph does not mark, and a "first" that is no
point of a list ("First introduced in 1982, the levy ...") opens none."""

from __future__ import annotations

import re

from assistant.knowledge.chunks import Unit
from assistant.regex import lazy

# "First, ...", "Firstly, ...", "The first is that ...", "The first concern was ...".
_OPENS = lazy(r"^\W*(?:first(?:ly)?\s*,|the first(?:\s+\w+)?\s+(?:is|was|being)\b)", re.I)
# "Second, ...", "Thirdly, ...", "Finally, ...", "The second is ...", "The other reason was ...".
_GOES_ON = lazy(
    r"^\W*(?:(?:second|third|fourth|fifth)(?:ly)?\s*,|finally\s*,|lastly\s*,|"
    r"the (?:second|third|fourth|fifth|last|final|other)(?:\s+\w+)?\s+(?:is|was|being)\b)",
    re.I,
)


def opens_enumeration(text: str) -> bool:
    """Whether a sentence states the first point of a counted list ("The first is that …")."""
    return bool(_OPENS.search(text))


def goes_on_enumeration(text: str) -> bool:
    """Whether a sentence states a later point of a counted list ("Second, …", "Finally, …")."""
    return bool(_GOES_ON.search(text))


def enumeration_runs(paragraph: list[Unit]) -> list[list[Unit]]:
    """The counted lists of one paragraph (its sentences in document order): each run from a
    sentence stating a first point to the last sentence after it stating a later one, with the
    sentences between; a first point no later one follows makes no run."""
    runs: list[list[Unit]] = []
    start: int | None = None
    end: int | None = None
    for at, unit in enumerate(paragraph):
        if opens_enumeration(unit.text):
            if start is not None and end is not None:
                runs.append(paragraph[start : end + 1])
            start, end = at, None
        elif start is not None and goes_on_enumeration(unit.text):
            end = at
    if start is not None and end is not None:
        runs.append(paragraph[start : end + 1])
    return runs


def with_enumerations(units: list[Unit], paragraph_of: dict[str, list[Unit]]) -> list[Unit]:
    """``units`` with each quoted sentence that stands in a counted list of its paragraph
    (``paragraph_of[unit.id]``, the paragraph's sentences in order) replaced by the whole list,
    in the paragraph's order; a sentence shown already stays where it first stood."""
    out: list[Unit] = []
    for unit in units:
        runs = [r for r in enumeration_runs(paragraph_of.get(unit.id, [])) if unit in r]
        out.extend(runs[0] if runs else [unit])
    return list(dict.fromkeys(out))
