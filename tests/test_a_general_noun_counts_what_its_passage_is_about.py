"""A count the sources give by a general noun ("cases", "items") answers a count asked by the
asker's own noun for the same things, and only that (``answering/general_counts``).

The wordings are invented: a harbour board's report that "raised 12 matters", an almanac's
entries, a guild's members.
"""

from assistant.answering.general_counts import (
    as_general,
    asked_noun,
    general_answer,
    general_readings,
    nouns_counted,
)
from assistant.answers import Answer, Citation

# A harbour board's minutes: the count of the second paragraph is of a general noun.
HARBOUR = (
    "The guild elected 40 members in spring.\n"
    "The board met in May. Its report on dock levies raised 12 cases, up from 9 cases.\n"
    "The almanac lists 30 entries on tides and a chapter on cranes.\n"
)
SAID = tuple(line for line in HARBOUR.splitlines() if line)
SOURCES = {"src": HARBOUR}


def _cite(marker: int, quote: str) -> Citation:
    start = HARBOUR.index(quote)
    return Citation(
        marker=marker, source_id="src", title="t", quote=quote, start=start, end=start + len(quote)
    )


def _answer(*quotes: str) -> Answer:
    return Answer(
        question="q",
        answer=" ".join(quotes),
        citations=[_cite(i + 1, q) for i, q in enumerate(quotes)],
    )


COUNT = "Its report on dock levies raised 12 cases, up from 9 cases."
MEMBERS = "The guild elected 40 members in spring."
WRITTEN = nouns_counted(SAID)


def test_the_nouns_a_source_writes_after_a_number_are_its_counted_nouns():
    assert {"member", "case", "entry"} <= WRITTEN
    # A chapter is named, never counted.
    assert "chapter" not in WRITTEN


def test_a_noun_the_sources_never_count_is_read_as_each_general_noun_they_count():
    # "Grievances" the sources never write with a number: the asker's word for their cases
    # or their entries, whichever the rest of the question fits.
    readings = as_general("How many grievances did the board's report raise?", WRITTEN)
    assert readings == [
        "How many cases did the board's report raise?",
        "How many entries did the board's report raise?",
    ]


def test_a_general_noun_asked_is_read_as_the_other_general_nouns_counted():
    # "How many items" asks what "12 cases" or "30 entries" count as much as "cases" does.
    assert "How many cases did the report raise?" in as_general(
        "How many items did the report raise?", WRITTEN
    )


def test_a_noun_the_sources_count_is_that_nouns_count_or_none():
    # "40 members" is written: how many members is asked of members, never of the cases.
    assert as_general("How many members did the board's report name?", WRITTEN) == []
    # Nor is a length of time a thing a general noun counts.
    assert as_general("How many months did the board sit?", frozenset({"case"})) == []


def test_a_noun_of_a_group_the_sources_count_by_another_word_is_not_free():
    # "Nations" count what "countries" count: the sources' own word answers, or nothing.
    assert as_general("How many nations joined?", frozenset({"country", "case"})) == []


def test_a_noun_of_a_kind_of_thing_is_never_what_a_general_noun_counts():
    # "How many planes did the navy lease?" asks planes, even where the sources count none:
    # "12 cases" beside it are no planes.
    assert as_general("How many planes did the navy lease?", frozenset({"case"})) == []


def test_a_follow_up_is_read_with_the_turn_that_counted():
    readings = general_readings(
        ["How many grievances did this year's report raise?", "And the year before?"],
        frozenset({"case"}),
    )
    assert readings == [["How many cases did this year's report raise?", "And the year before?"]]
    assert asked_noun(["How many grievances did it raise?", "And before?"]) == "grievance"


def test_readings_that_quote_one_general_count_agree():
    first = _answer("The board met in May.", COUNT)
    second = _answer(COUNT)
    assert general_answer([first, second], "grievance", SOURCES, SAID) is first


def test_readings_answered_from_different_sentences_leave_the_count_open():
    # "12 cases" for one reading, "30 entries" for the other: which was asked is not known.
    entries = "The almanac lists 30 entries on tides and a chapter on cranes."
    assert general_answer([_answer(COUNT), _answer(entries)], "grievance", SOURCES, SAID) is None


def test_an_answer_led_from_another_paragraph_is_about_that_paragraph_not_the_count():
    # "How many lawsuits did the guild file?" led by the guild's sentence is not answered by
    # the board's 12 cases that follow it.
    led_elsewhere = _answer(MEMBERS, COUNT)
    assert general_answer([led_elsewhere], "lawsuit", SOURCES, SAID) is None


def test_a_noun_the_sources_write_must_be_what_the_counts_sentence_is_of():
    # "Levies" stand in the count's own sentence: "how many levies" is counted by its cases.
    assert general_answer([_answer(COUNT)], "levy", SOURCES, SAID) is not None
    # "Cranes" are written, but elsewhere: the board's 12 cases say nothing of cranes.
    assert general_answer([_answer(COUNT)], "crane", SOURCES, SAID) is None


def test_no_answered_reading_is_no_answer():
    assert general_answer([], "grievance", SOURCES, SAID) is None
