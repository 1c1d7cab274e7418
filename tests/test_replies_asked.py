"""How a named party answered is told by a sentence giving that party's own words on the matter
asked: not another party's, not words about another matter, and not a sentence that names the
party only inside someone else's quotation."""

import pytest

from assistant.answering.replies_asked import reply_asked, reply_stand_in, speaks_for

# Invented sentences; the parties are names the name table knows (an agency, a company).
_SPOKESPERSON = (
    "“Every buyer asks for something in return,” a spokesperson of the Defense Acquisition "
    "Program Administration said when asked about the tariff report on Friday."
)
_QUOTED_ONLY = 'A trade official said, "The report gave DAPA two lines and the harbour board ten."'
_NO_WORDS = "DAPA published its yearly plan for the harbour cranes in May."


def test_the_party_speaking_on_the_matter_answers() -> None:
    question = "How did DAPA respond to being named in the tariff report?"
    assert reply_stand_in(question, [_NO_WORDS, _QUOTED_ONLY, _SPOKESPERSON]) == 2


@pytest.mark.parametrize(
    "question",
    [
        # The body's reply under its initials, its full title or a possessive noun phrase.
        "What was the gist of DAPA's official response to the tariff report?",
        "How did Korea's procurement agency respond publicly?",
        # A role the sentence names too: the spokesperson spoke.
        "How did the DAPA spokesperson react to the report?",
    ],
)
def test_ways_of_asking_for_the_reply(question: str) -> None:
    reply = reply_asked(question)
    assert reply is not None and reply.party == "DAPA"
    assert speaks_for(reply, _SPOKESPERSON)


@pytest.mark.parametrize(
    "question",
    [
        # Another matter than the one the party spoke on.
        "How did DAPA respond to the institute's call to merge the two tender tracks?",
        # Another person than the one who spoke: the head, not the spokesperson.
        "How did the head of DAPA personally respond to the report?",
    ],
)
def test_a_reply_on_another_matter_or_by_another_person_does_not_stand_in(question: str) -> None:
    assert reply_stand_in(question, [_SPOKESPERSON]) is None


def test_a_party_named_inside_a_quotation_is_spoken_of_not_speaking() -> None:
    reply = reply_asked("How did DAPA react to the report?")
    assert reply is not None
    assert not speaks_for(reply, _QUOTED_ONLY)
    assert not speaks_for(reply, _NO_WORDS)


def test_an_unnamed_party_or_no_reply_asked_gives_nothing() -> None:
    # "Korea's arms agency": the possessor is no party, and "arms agency" is no known name.
    assert reply_asked("How did the guild's envoys respond to the toll?") is None
    assert reply_asked("What did DAPA decide on the tankers?") is None
