"""A question the sources answer is not refused because it asks in other words than theirs:

- "how many billion dollars" counts a currency's units, and so asks for an amount of money;
- "what vessel type", "which kind of crane", "what consequences" name no thing of their own that
  the sources must write: the thing asked for is of the kind the other words name, or whatever
  follows from the matter;
- "via the Gazette" names the outlet a figure came through as the question's source, and a
  writer who "foresees" something says it in their piece;
- "this year's audit" names the present year as "last year's" names the one before.

Each rule has its near miss, which is still refused or read as before. The topics (a harbour
levy, growers, a Gazette) are invented; none is a case of the evaluation sets.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.answering.attribution import attributed
from assistant.answering.compose import Composer
from assistant.answering.figures import untraced
from assistant.answering.frame import answer_type, frame_of
from assistant.answering.scope import Scope
from assistant.answers import Answer, Citation
from assistant.knowledge.domain import domain
from assistant.search.terms import Lexicon

# -- a count of a currency's units is an amount ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "currency"),
    [
        ("How many billion dollars did the harbour levy raise in the decade to 2019?", "USD"),
        ("How many trillion won of cranes did the port buy from Peru?", "KRW"),
        ("How many million US dollars in grants went to the growers?", "USD"),
        ("How many thousand Korean won does a berth permit cost?", "KRW"),
    ],
)
def test_a_count_of_scaled_currency_units_asks_for_money_in_that_currency(question, currency):
    frame = frame_of(question)
    assert frame.answer_type == "money"
    assert frame.currency == currency


@pytest.mark.parametrize(
    "question",
    [
        "How many million tonnes of grain did the growers ship?",
        "How many billion-dollar tenders did the port open?",
        "How many dollar-denominated leases were signed?",
    ],
)
def test_a_count_of_other_units_or_of_things_priced_in_a_currency_stays_a_count(question):
    assert frame_of(question).answer_type == "count"


# -- a word for any sort of thing, or for what follows, is no unknown thing ---------------------


def _asker(unknown: tuple[str, ...]) -> tuple[SimpleNamespace, Scope]:
    lexicon = Lexicon()
    composer = SimpleNamespace(index=SimpleNamespace(lexicon=lexicon))
    return composer, Scope(True, unknown=tuple(lexicon.terms(" ".join(unknown))))


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("What vessel type did the harbour board lease?", ("type",)),
        ("Which kind of crane did the port buy?", ("kind",)),
        ("What consequences does the Gazette foresee from the levy?", ("consequences",)),
        ("What repercussions did the growers face?", ("repercussions",)),
    ],
)
def test_a_word_for_a_sort_or_a_sequel_asks_for_no_thing_the_sources_must_name(question, unknown):
    composer, scope = _asker(unknown)
    assert not Composer._asks_unknown_thing(composer, question, scope)


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("What pushback did the growers voice over the new quota?", ("pushback",)),
        ("What rebuttal has the harbour board offered to the auditors?", ("rebuttal",)),
        ("What reaction came from the shipyards to the levy?", ("reaction",)),
        ("What complaints reached the ministry about the tender rules?", ("complaints",)),
    ],
)
def test_a_word_for_something_said_asks_for_no_thing_the_sources_must_name(question, unknown):
    # What a party said for or against a thing, the sources report in their own words.
    composer, scope = _asker(unknown)
    assert not Composer._asks_unknown_thing(composer, question, scope)


@pytest.mark.parametrize(
    "question",
    [
        "What surcharge does the harbour board levy?",
        # Said things, but things of the world too: the sources would have to name them.
        "What apology did the harbour board issue?",
        "What rebate did the growers get?",
    ],
)
def test_a_thing_the_sources_never_name_is_still_an_unknown_thing(question):
    composer, scope = _asker((question.split()[1],))
    assert answer_type(question) == "other"
    assert Composer._asks_unknown_thing(composer, question, scope)


# -- the outlet a figure came through, and what a writer foresees -------------------------------

CALLED = {"gazette": ("Harbour Gazette", "Gazette")}


def test_an_outlet_a_figure_came_through_is_the_question_s_source():
    named = attributed("Per the port office via the Gazette, how many ships docked?", CALLED)
    assert named is not None and named.sources == ("gazette",)
    assert "Gazette" not in named.question


@pytest.mark.parametrize(
    "question",
    [
        "What does the Gazette foresee for the harbour levy?",
        "What did the Harbour Gazette anticipate from the strike?",
        "What future does the Gazette envisage for the growers?",
    ],
)
def test_what_a_writer_foresees_is_in_their_piece(question):
    named = attributed(question, CALLED)
    assert named is not None and named.sources == ("gazette",)


def test_a_source_named_as_an_actor_is_not_read_off_the_question():
    # Sued, not written: the Gazette is the topic here, as any company would be.
    assert attributed("Who sued the Gazette over the levy story?", CALLED) is None


# -- this year's is the present year ------------------------------------------------------------


def _said(question: str, answer: str, quote: str) -> Answer:
    citation = Citation(marker=1, source_id="s", title="t", quote=quote, start=0, end=len(quote))
    return Answer(question=question, answer=answer, citations=[citation])


def test_this_year_s_names_the_present_year_which_the_answer_may_state():
    present = domain().present_year
    quote = "A total of 14 berths were audited, more than last year."
    answer = _said(
        "How many berths did this year's harbour audit cover?",
        f"Harbour audit {present}, berths covered: 14 [1].",
        quote,
    )
    assert untraced(answer) == []
    # Another year than the present is no year the question names.
    other = answer.model_copy(update={"answer": f"Harbour audit {present - 3}: 14 berths [1]."})
    assert untraced(other) == [str(present - 3)]
    plain = answer.model_copy(update={"question": "How many berths did the audit cover?"})
    assert untraced(plain) == [str(present)]
