"""A question asking how a party answered an event is read by its argument structure, whatever
its verb: the subject answered, and the phrase after "to", "when" or "after" (or, after the
particle "back", "over", "about" or "on") names what was answered. A reply in the sources meets
that description when the places and bodies it names are named where the reply stands and one
of its other words is written there."""

import pytest

from assistant.answering.reply_events import Setting, matter_met, matter_names, reply_asked


@pytest.mark.parametrize(
    ("question", "who", "matter"),
    [
        # Verbs of answering in any form, the particle "back" making any verb one.
        (
            "How did the harbour board react to the port audit?",
            "the harbour board",
            "the port audit",
        ),
        (
            "What did the ferry guild say back when the mayor called out its fares?",
            "the ferry guild",
            "the mayor called out its fares",
        ),
        ("How did the guild hit back over the levy?", "the guild", "the levy"),
        ("How has the council pushed back on the ruling?", "the council", "the ruling"),
        # An adverb between the subject and the verb.
        (
            "How did the port board publicly respond to the tariff list?",
            "the port board",
            "the tariff list",
        ),
        # A reply tied to its event by a clause of time.
        (
            "How did the ministry answer when asked about the quota?",
            "the ministry",
            "asked about the quota",
        ),
    ],
)
def test_a_reply_is_read_by_its_argument_structure(question: str, who: str, matter: str) -> None:
    asked = reply_asked(question)
    assert asked is not None
    assert (asked.who, asked.matter) == (who, matter)


@pytest.mark.parametrize(
    "question",
    [
        # "To" opening an infinitive, not what was answered.
        "What did the guild want to change in the levy?",
        "How did the fares come to be so high?",
        "How does the institute propose to make pooled credits the rule?",
        "How does the institute want Korea to get its plans across to foreign sellers?",
        # Words said about a matter, or to a listener: a stance, not a reply.
        "What did the guild say about the levy?",
        "What did the mayor say to the guild?",
        # "On" without "back" ties no reply ("what did it decide on").
        "What did the board decide on the levy?",
        # No party: a pronoun, a question word.
        "How did it react to the levy?",
    ],
)
def test_what_asks_for_no_reply(question: str) -> None:
    assert reply_asked(question) is None


def test_the_names_of_an_event_are_its_capitalised_words() -> None:
    # "Washington's list of tariffs": the list is Washington's, which must be named where the
    # reply stands; the opening word of the phrase is no name.
    assert matter_names("Being put on Washington's list of tariffs") == ["Washington"]


def test_a_setting_meets_the_description_when_it_names_its_places_and_shares_a_word() -> None:
    setting = Setting(frozenset({"usa", "tariff", "report", "harbour"}))
    met = matter_met({"usa", "tariff", "list"}, {"usa"}, {"guild"}, setting)
    assert met == {"usa", "tariff"}


def test_a_setting_without_the_described_events_place_does_not_meet_it() -> None:
    # A reply about the same tariffs told without the country that set them answers another
    # event ("the tariffs Lisbon set" for "Washington's tariffs").
    setting = Setting(frozenset({"tariff", "lisbon"}))
    assert not matter_met({"usa", "tariff"}, {"usa"}, set(), setting)


def test_the_partys_own_words_do_not_meet_the_description() -> None:
    # "The guild's levy": the guild is named in every setting of its own words.
    setting = Setting(frozenset({"guild", "fare"}))
    assert not matter_met({"guild", "levy"}, set(), {"guild"}, setting)
