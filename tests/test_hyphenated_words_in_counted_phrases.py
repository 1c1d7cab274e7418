"""A hyphenated compound in a "how many" phrase is one word: a preposition written inside it
("air-to-air", "drop-in", "off-the-shelf") does not end the phrase that names what is counted."""

from __future__ import annotations

from assistant.answering.answerability import counted, unmet
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation


def _answer(text: str, quote: str) -> Answer:
    citation = Citation(marker=1, source_id="s1", title="t", quote=quote, start=0, end=len(quote))
    return Answer(question="q", answer=text, citations=[citation])


def test_a_preposition_inside_a_compound_does_not_cut_the_counted_noun_off():
    # "ship-to-shore cranes": the cranes are counted, not a word cut off at "to".
    stated = "The port bought six ship-to-shore cranes in 2019."
    assert counted([stated], "How many ship-to-shore cranes did the port buy?")
    assert not counted(["The port hired six pilots in 2019."], "How many ship-to-shore cranes?")


def test_a_compound_counted_phrase_is_answered_by_its_count_and_not_by_another():
    frame = frame_of("How many off-the-shelf radios did the army order?")
    assert (
        unmet(frame, _answer("The army ordered 300 radios [1].", "The army ordered 300 radios"))
        is None
    )
    other = _answer("The army ordered rations in 2020 [1].", "The army ordered rations in 2020")
    assert unmet(frame, other) is not None


def test_a_preposition_standing_alone_still_ends_the_phrase():
    # "how many firms in Busan": firms are counted, Busan is where.
    assert counted(["Twelve firms in Busan bid."], "How many firms in Busan bid?")
    assert not counted(["Busan hosted two fairs."], "How many firms in Busan bid?")
