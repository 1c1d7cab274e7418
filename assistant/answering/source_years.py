"""A year written before a source's name: "the 2031 Gazette survey", "per the 2029 Courier
article". When it is the year that source came out, it says which of the source's pieces is
meant, which the question already says by naming the source: it is no time of what is asked, and
no sentence of the source need write it (a report rarely writes its own year of publication).

A year that is not the source's own ("the 2027 Gazette survey" of a source dated 2031) stays:
it asks for a piece the sources do not hold, and the checks of years refuse it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from assistant.answering.written_names import dated_name


def without_source_years(
    question: str,
    called: Mapping[str, tuple[str, ...]],
    year_of: Callable[[str], str | None],
) -> str:
    """``question`` without the years that stand right before a source's name and are that
    source's own year (``year_of`` gives a source's date, "2031-05-02" or "2031", by id)."""
    for source_id, aliases in called.items():
        date = year_of(source_id) or ""
        own = date[:4]
        if not own.isdigit():
            continue
        for name in sorted(aliases, key=len, reverse=True):
            question = dated_name(own, name).sub("", question)
    return question
