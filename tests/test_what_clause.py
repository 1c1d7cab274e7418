"""A "what" followed by a determiner opens a clause whose subject is the noun after it: the
question asks what that subject says, wants or did, not which one of it."""

import pytest

from assistant.answering.frame import asks_person, wh_head


@pytest.mark.parametrize(
    "question",
    [
        # The writers are whose view is asked for: the answer is their proposal, not a name.
        "Sum up what the harbour study's authors want the council to do about tolls.",
        "Brief me on what the guild's envoys asked for at the talks.",
        # The same for a body: what the ministry said is asked, not which ministry.
        "Tell me what the ministry said about the quota.",
        "Explain what their negotiators proposed on dock fees.",
    ],
)
def test_what_then_a_determiner_asks_for_no_named_thing(question: str) -> None:
    assert wh_head(question) is None
    assert not asks_person(question)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # A wh-phrase's "what" or "which" is followed by its noun: these still ask for one.
        ("What official spoke for the ministry?", "person"),
        ("Which harbour agency runs the berths?", "organisation"),
        ("Give the names of the envoys who signed.", "person"),
        # A clause's subject that is a measure is still the measure asked for: its value.
        ("Tell me what the share of the toll was in 1990.", "percent"),
    ],
)
def test_a_wh_phrase_still_names_its_kind(question: str, head: str) -> None:
    assert wh_head(question) == head
