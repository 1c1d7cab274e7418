"""A question that makes a named party the subject of its verb ("what did Ruritania object
to?") is answered only by a statement that has that party act: its subject, its agent ("by
Ruritania") or the owner of an act's noun ("Ruritania's refusal"). A statement naming it only as
what others act on or speak of, as a place, as a comparison or as the owner of a thing, tells of
another's act; so does one that gives the act asked to another party.

Every name and question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import re

from assistant.answering.acting_parties import acting, actor_unmet
from assistant.knowledge.names import NameTable


def _names(**kinds: dict[str, str]) -> NameTable:
    return NameTable(
        {
            kind: {
                name: re.compile(rf"(?<![\w-])(?:{pattern})s?(?![\w-])", re.I)
                for name, pattern in table.items()
            }
            for kind, table in kinds.items()
        }
    )


_TABLE = _names(
    countries={"freedonia": "freedonia", "ruritania": "ruritania", "genovia": "genovia"},
    parties={"vulgaria": "vulgaria"},
    organisations={"harbour board": "harbour board", "port authority": "port authority"},
    companies={"acme": "acme", "dockline": "dockline"},
    people={"ann lee": "ann lee", "bo kim": "bo kim"},
)
_HOME = "freedonia"


def _unmet(question: str, *texts: str):
    return actor_unmet(question, list(texts), _HOME, _TABLE)


# --- who the question makes the actor


def test_the_subject_after_the_auxiliary_is_the_actor_and_the_next_word_its_verb():
    asked = acting("What did the Harbour Board announce about berths?", _TABLE)
    assert asked is not None
    assert (asked.name, asked.kind, asked.verb) == ("harbour board", "body", "announce")


def test_a_title_before_a_name_belongs_to_the_subject():
    asked = acting("What did Acme chairman Ann Lee promise at the meeting?", _TABLE)
    assert asked is not None
    assert (asked.name, asked.verb) == ("ann lee", "promise")


def test_the_agent_of_a_question_in_the_passive_is_the_actor():
    asked = acting("When was the berth plan approved by the Port Authority?", _TABLE)
    assert asked is not None
    assert (asked.name, asked.verb) == ("port authority", "approved")


def test_an_agent_asked_in_the_passive_is_held_to_the_act_as_a_subject_is():
    unmet = _unmet(
        "When was the berth plan approved by the Port Authority?",
        "The Harbour Board approved the berth plan in 2019.",
    )
    assert unmet is not None and unmet.other == "Harbour Board"


def test_a_party_s_own_people_as_subject_make_it_the_actor():
    asked = acting("What did Ruritania's officials say about the levy?", _TABLE)
    assert asked is not None
    assert (asked.name, asked.verb) == ("ruritania", "say")


def test_a_possessive_subject_several_subjects_or_a_person_noun_are_not_read():
    # The subject is the crane, the pair, or the spokesman: none is the named party alone.
    assert acting("What did Acme's crane lift?", _TABLE) is None
    assert acting("What did Acme and Dockline sign?", _TABLE) is None
    assert acting("What did the Harbour Board spokesman say?", _TABLE) is None


# --- rule one: the party is named, but only in another role


def test_a_party_only_spoken_of_has_not_acted():
    unmet = _unmet(
        "What did Ruritania object to in the audit?",
        "The Port Authority wrote 30 pages on Ruritania.",
    )
    assert unmet is not None and unmet.role == "object"


def test_the_party_as_subject_answers():
    assert _unmet("What did Ruritania object to?", "Ruritania objected to the 30 pages.") is None


def test_a_party_only_compared_has_not_acted():
    unmet = _unmet("What cap did Ruritania propose?", "Unlike Ruritania, Genovia set a cap.")
    assert unmet is not None and unmet.role == "compared"


def test_a_party_only_a_place_has_not_acted():
    unmet = _unmet(
        "What did the Port Authority conclude?",
        "Acme presented its paper at the Port Authority in May.",
    )
    assert unmet is not None and unmet.role == "place"


def test_the_owner_of_an_act_s_noun_acts():
    # "Ruritania's refusal" is Ruritania refusing.
    assert (
        _unmet("What did Ruritania refuse?", "Genovia noted Ruritania's refusal of the cap.")
        is None
    )


def test_a_party_s_own_people_speak_for_it():
    # "the spokesperson of the Harbour Board" speaks for the board.
    assert (
        _unmet(
            "How did the Harbour Board respond to the listing?",
            "Bo Kim, spokesperson of the Harbour Board, said the fees were fair.",
        )
        is None
    )


def test_no_one_else_written_acting_keeps_the_answer():
    # Who did the act is unwritten: it may be the party asked.
    assert (
        _unmet("What did Acme pay for the cranes?", "The cranes for Acme cost $9 million.") is None
    )


def test_an_agentless_passive_beside_the_party_may_be_its_act():
    # "items were bought" leaves the buyer unwritten; it may be Acme.
    assert (
        _unmet(
            "How many items did Acme buy?",
            "The Harbour Board offered 40 items to Acme, but only 9 items were bought.",
        )
        is None
    )


def test_a_receiver_is_asked_as_one():
    # What a party gets is written with "to" or "on" it: "get" makes it no actor.
    assert (
        _unmet(
            "How many pages did Ruritania get?", "The Port Authority wrote 30 pages on Ruritania."
        )
        is None
    )


def test_the_home_country_is_not_read_by_its_roles():
    # The sources are about the home country: they write its acts in the passive.
    assert (
        _unmet("What did Freedonia decide?", "The Harbour Board reviewed Freedonia's plan.") is None
    )


# --- rule two: the act is written, but of another party


def test_the_act_of_another_of_the_same_kind_is_not_the_party_s():
    unmet = _unmet(
        "When did Ruritania raise its levy to 70 percent?",
        "Genovia has recently raised its levy to 70 percent.",
    )
    assert unmet is not None and unmet.other == "Genovia"


def test_the_act_by_another_agent_in_the_passive_is_not_the_party_s():
    unmet = _unmet(
        "When did the Harbour Board approve the berth plan?",
        "The berth plan was approved by the Port Authority in 2019.",
    )
    assert unmet is not None and unmet.other == "Port Authority"


def test_a_company_does_not_act_for_a_country():
    unmet = _unmet(
        "Which designs did Freedonia refuse to share with Acme?",
        "Acme reportedly refused to share two designs.",
    )
    assert unmet is not None and unmet.other == "Acme"


def test_an_agency_acts_for_its_country():
    # The home country's board doing the act is the country doing it.
    assert (
        _unmet(
            "When did Freedonia announce the cap?", "The Harbour Board announced the cap in May."
        )
        is None
    )


def test_an_act_with_its_actor_unwritten_keeps_the_answer():
    assert (
        _unmet(
            "When did Freedonia raise the levy?",
            "The levy was raised in 1986.",
            "Genovia raised its levy in 2001.",
        )
        is None
    )


def test_the_party_doing_the_act_answers():
    assert (
        _unmet(
            "When did the Harbour Board approve the plan?",
            "The Harbour Board (HB) approved the plan in 2019.",
        )
        is None
    )
