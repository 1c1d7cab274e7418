"""What answering keeps between questions (to answer fast) never changes an answer: a read kept
gives what reading again would, and a read of something that changed is read again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.answering.attribution import attributed
from assistant.settings import newest_source_date

CALLED = {
    "gazette": ("Harbour Gazette", "Gazette"),
    "institute": ("NRI", "Northern Research Institute"),
}


def test_the_newest_source_date_follows_a_rewritten_sources_file(tmp_path: Path) -> None:
    # The date is kept while the file's text is the same; a source added later (a newer
    # dateline) moves it, however soon after the first reading the file is rewritten.
    metadata = tmp_path / "sources.yaml"
    metadata.write_text("- id: mill\n  date: 2021-03\n", encoding="utf-8")
    assert newest_source_date(metadata) == dt.date(2021, 3, 1)
    assert newest_source_date(metadata) == dt.date(2021, 3, 1)
    metadata.write_text("- id: mill\n  date: 2024-05\n", encoding="utf-8")
    assert newest_source_date(metadata) == dt.date(2024, 5, 1)


def test_an_attribution_asked_again_is_the_same_and_follows_the_sources_names() -> None:
    # Asked twice, the same question names the same source; with the sources called otherwise
    # (a source renamed, another added), it is read afresh against the new names.
    question = "Per the Gazette, when did the ferry toll rise?"
    first = attributed(question, CALLED)
    assert first is not None and first.sources == ("gazette",)
    assert attributed(question, CALLED) == first
    renamed = {"gazette": ("Harbour Courier",), "institute": CALLED["institute"]}
    assert attributed(question, renamed) is None
    assert attributed(question, {**renamed, "daily": ("Gazette",)}).sources == ("daily",)  # type: ignore[union-attr]


def test_a_naming_given_as_lists_is_read_as_the_same_naming_in_tuples() -> None:
    # Callers pass what each source is called as a list or a tuple: both key the same reading.
    listed = {sid: list(names) for sid, names in CALLED.items()}
    question = "What does the NRI report propose for the dock?"
    assert attributed(question, listed) == attributed(question, CALLED)  # type: ignore[arg-type]
