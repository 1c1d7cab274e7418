"""A question that sets the sources against each other over one figure ("how do the papers'
figures differ?", "what date does each give?", "the institute's two dollar amounts") is answered
side by side: each source with the figure it states of the measure asked, each cited, and the
sources' own sentences after. The sides are the sources it names when they give two figures or
more between them, else every source that states one; a currency it asks in narrows them. A
question that sets periods (not sources) against each other, or asks a measure whose sources
agree, gets the usual answer.

A question for the reasons a source gives for a change ("the factors it cites for the slump")
is answered with the sentence that announces them ("Reasons for this decline include …")."""

from __future__ import annotations

import pytest

from assistant.answering.frame import REASON_ASKED
from assistant.answering.row_answers import shape_fact
from assistant.answering.sentence_kinds import CAUSE, announces_list
from assistant.answering.sides_asked import (
    asks_sides,
    currencies_asked,
    named_sources,
    sides_of,
)
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)
KIET, YONHAP, ASIAE, BLOG = (
    "002_b00326718e5a7ad5",
    "001_4df862b2e8f3b0fd",
    "000_698068ed5c1850f6",
    "003_ef00d9b87152a25b",
)


def _family(prefix: str):
    return [shape_fact(r) for r in DATA.rows() if r.id.startswith(prefix)]


@pytest.mark.parametrize(
    ("question", "names"),
    [
        (
            "The wires and the blogger are at odds over the publication day. What does each say?",
            False,
        ),
        ("Which two conflicting totals does the study print for the period?", False),
        ("Do the outlets disagree about the value of the deal?", False),
        ("Gazette and Herald differ on the tally; what are their numbers?", True),
        ("The think tank gives two different won totals for the decade. What are they?", False),
    ],
)
def test_sources_set_against_each_other_ask_for_the_sides(question, names):
    assert asks_sides(question, names)


@pytest.mark.parametrize(
    "question",
    [
        # Periods or contract kinds set against each other, not sources.
        "How did the offset value of the late 2010s differ from the early 2010s?",
        "How does the share differ between competitive and sole-source deals?",
        # A topic told in such words: a domestic conflict, a policy called inconsistent.
        "What does the domestic conflict over the legal requirement involve?",
        "Brief me on the argument that Seoul is inconsistent as a buyer and a seller.",
        "Did Korea agree to the USTR report's demands?",
        # Each of two schemes, not of two sources.
        "Pooled credits versus deal-by-deal credits: how long does each give to negotiate?",
    ],
)
def test_other_comparisons_and_topics_ask_for_no_sides(question):
    assert not asks_sides(question)


def test_a_currency_is_asked_only_as_the_unit_of_figures():
    assert currencies_asked("its two different dollar figures") == {"USD"}
    assert currencies_asked("what are they in won?") == {"KRW"}
    # "won" the verb asks no currency.
    assert currencies_asked("the offsets Korea won in those years") == frozenset()


def test_sources_are_named_by_what_they_are_called_or_by_their_kind():
    called = {"a": ("Gazette",), "b": ("Herald",), "c": ("blog",)}
    kinds = {"a": "news", "b": "news", "c": "blog", "d": "report"}
    assert named_sources("Do the Gazette and the blogger agree?", called, kinds) == {"a", "c"}
    assert named_sources("What do the newspapers say?", called, kinds) == {"a", "b"}
    # "report" is any source's kind: it names none.
    assert named_sources("What does the report say?", called, kinds) == frozenset()


def test_the_named_sources_are_the_sides_when_they_differ_between_them():
    family = _family("value-2016-2020-")
    sides = sides_of(family, frozenset({YONHAP, ASIAE}), frozenset())
    assert {f.row.source for f in sides} == {YONHAP, ASIAE}


def test_one_source_named_with_two_figures_of_the_asked_currency_is_its_own_two_sides():
    family = _family("value-2016-2020-")
    sides = sides_of(family, frozenset({KIET}), frozenset({"USD"}))
    assert {f.row.source for f in sides} == {KIET}
    assert sorted(f.figure[1] for f in sides) == [700_000_000, 800_000_000]


def test_named_sources_that_agree_leave_every_source_as_a_side():
    family = _family("ustr-release-")
    sides = sides_of(family, frozenset({BLOG}), frozenset())
    assert len({f.row.source for f in sides}) == len(family)


def test_a_measure_given_one_figure_has_no_sides():
    assert sides_of(_family("value-2016-2020-yonhap"), frozenset(), frozenset()) == []


def test_the_factors_or_causes_a_source_gives_for_a_change_are_asked_reasons():
    assert REASON_ASKED.search("What factors does the institute give for the slump?")
    assert REASON_ASKED.search("List the causes the paper cites behind the drop.")
    assert not REASON_ASKED.search("What factors of production does the table list?")


def test_a_sentence_announcing_its_list_of_reasons_opens_that_list():
    assert announces_list(CAUSE, "Reasons for this sharp fall include weak demand and a strike.")
    assert announces_list(CAUSE, "The main causes of the slump were two.")
    assert not announces_list(CAUSE, "The main reason for this is a strike.")


# -- the whole answer ------------------------------------------------------------------------


def test_the_blogger_and_the_papers_each_get_their_date(assistant):
    answer = assistant.ask(
        "The blogger and the newspapers give conflicting dates for the NTE report's "
        "publication. What are they?"
    )
    assert not answer.abstained
    assert "October" in answer.answer and "March" in answer.answer
    assert {BLOG, YONHAP} <= {c.source_id for c in answer.citations}
    assert answer.disputed


def test_two_named_papers_each_get_their_own_figure(assistant):
    answer = assistant.ask(
        "Asiae and Korea Bizwire print different numbers for offsets won in 2016-2020. "
        "What are they?"
    )
    assert "KRW 1 trillion" in answer.answer and "USD 800 million" in answer.answer
    assert {c.source_id for c in answer.citations} == {YONHAP, ASIAE}


def test_one_source_s_two_dollar_amounts_come_with_how_it_states_them(assistant):
    answer = assistant.ask(
        "In dollars, KIET states two conflicting amounts for 2016-2020 offsets; what are they?"
    )
    assert "USD 800 million" in answer.answer and "USD 700 million" in answer.answer
    assert "seven percent" in answer.answer  # its own sentence says how it comes to the figure
    assert {c.source_id for c in answer.citations} == {KIET}


def test_a_measure_no_two_sources_differ_on_is_not_answered_with_another(assistant):
    answer = assistant.ask(
        "Do the blog and Yonhap differ on how many pages the NTE report gave Korea?"
    )
    assert "The sources differ on" not in answer.answer


def test_the_reasons_a_source_lists_for_a_fall_are_its_answer(assistant):
    answer = assistant.ask("What factors does KIET give for the drop in offset value after 2015?")
    assert not answer.abstained
    assert "Reasons for this rapid decline include" in answer.answer
