"""A whole asked by its parts ("by category", "split between") is every part the tables give;
a question for a whole and then a share "of that" gets both figures; no part of a multi-part
question repeats what the answer already states, and each states its own figure; a comparison
of two named things says something of each."""

from __future__ import annotations

import pytest

from assistant.answering.compose import (
    _BREAKDOWN_Q,
    _by_label,
    _larger,
    _leads_with_news,
    _wholes_of_later_parts,
    _without_given,
)
from assistant.answering.frame import frame_of, split_parts
from assistant.answering.row_answers import Fact, FactBook, ScoredFact
from assistant.answers import Answer, Citation
from assistant.knowledge.rows import CountryPolicy


def _fact(subject: str, family: str, share: int) -> Fact:
    row = CountryPolicy(
        id=f"{family}-{subject or 'all'}".replace("_", "-"),
        country="Chile",
        attribute=family,
        value=f"{share}%",
        contract_type=subject or None,
        source="s",
        quote="q",
    )
    return Fact(row, row.statement(), frozenset(), frozenset(), (family,), subject, ("text", ""))


def _book(facts: list[Fact]) -> FactBook:
    book = FactBook.__new__(FactBook)
    book.facts = facts
    return book


def test_a_breakdown_lists_every_part_of_the_best_family_that_has_parts():
    alone = _fact("", "agency", 0)
    parts = [_fact("competitive", "min_share", 40), _fact("non-competitive", "min_share", 20)]
    book = _book([alone, *parts])
    ranked = [ScoredFact(alone, 0.9, 0.8, 0.5), ScoredFact(parts[1], 0.7, 0.6, 0.5)]
    groups = book.breakdown(ranked, floor=0.3)
    assert [[f.subject for f in group] for group in groups] == [
        ["competitive"],
        ["non-competitive"],
    ]


def test_a_breakdown_needs_a_row_that_covers_enough_of_the_question():
    parts = [_fact("competitive", "min_share", 40), _fact("non-competitive", "min_share", 20)]
    ranked = [ScoredFact(parts[0], 0.7, 0.1, 0.5)]
    assert _book(parts).breakdown(ranked, floor=0.3) == []


def _answer(text: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[
            Citation(marker=1, source_id="s", title="t", quote="a", start=0, end=1),
            Citation(marker=2, source_id="s", title="t", quote="b", start=5, end=6),
        ],
    )


def test_a_part_whose_share_a_later_part_asks_is_a_whole_looked_up_on_its_own():
    asked = ("How much did the port earn in 2019", "how much of that came from fees")
    parts = [frame_of(p) for p in asked]
    assert _wholes_of_later_parts(parts) == [parts[0]]
    unrelated = [frame_of(p) for p in ("How much did the port earn", "who runs it")]
    assert _wholes_of_later_parts(unrelated) == []


def test_a_whole_is_told_from_a_share_by_being_larger_than_it():
    assert _larger("The port earned USD 9 million [1].", "Fees brought USD 4 million [1].")
    assert not _larger("Tolls brought USD 3 million [1].", "Fees brought USD 4 million [1].")
    # An amount in a currency the answer does not use cannot be set against it: it is taken.
    assert _larger("The port earned KRW 9 billion [1].", "Fees brought USD 4 million [1].")


def test_a_part_s_answer_leaves_out_what_the_answer_already_states():
    extra = _answer("The port opened in 1990 [1]. Fees rose in 2001 [2].")
    kept = _without_given(extra, {"The port opened in 1990"})
    assert kept.answer == "Fees rose in 2001 [2]."
    assert [c.marker for c in kept.citations] == [2]


def test_a_part_asked_alone_adds_to_the_answer_only_when_it_leads_with_something_new():
    given = "The port earned USD 9 million in 2019 [1]."
    news = _answer("Fees made up 40% of it [1]. The port earned USD 9 million in 2019 [2].")
    repeated = _answer("The port earned USD 9 million in 2019 [1]. Fees made up 40% of it [2].")
    as_a_row = _answer("2019, port earnings: USD 9 million [1].")
    refused = Answer(question="q", answer="I can't answer that from the sources.", abstained=True)
    assert _leads_with_news(news, given)
    assert not _leads_with_news(repeated, given)
    assert not _leads_with_news(as_a_row, given)
    assert not _leads_with_news(refused, given)


def test_a_date_in_another_month_of_a_year_the_answer_states_is_news():
    given = "The dock opened in November 2018 [1]."
    assert _leads_with_news(_answer("December 2018: the levy began [1]."), given)
    assert not _leads_with_news(_answer("November 2018: the dock opens [1]."), given)


@pytest.mark.slow
def test_a_part_dated_in_the_year_of_another_part_s_date_is_still_answered(assistant):
    answer = assistant.ask(
        "When did DAPA adopt offset banking, and how many tankers came with the KC-X project?"
    )
    assert "December 2018" in answer.answer and "four" in answer.answer


@pytest.mark.slow
def test_a_year_one_part_asks_of_does_not_hold_the_other_parts_to_it(assistant):
    answer = assistant.ask("What was the threshold in 1982, and what threshold did DAPA set?")
    assert not answer.abstained
    assert "USD 1 million" in answer.answer and "USD 10 million" in answer.answer


@pytest.mark.slow
def test_each_part_states_its_own_figure_when_the_answer_gives_only_the_other_part_s(assistant):
    # The share's statement names the imports too, so the part asking for them looked answered.
    answer = assistant.ask(
        "How much did Korea import in weapons from 2016 to 2020, and what share of that came "
        "back as offsets?"
    )
    assert "13.6 trillion" in answer.answer and "7%" in answer.answer


@pytest.mark.slow
def test_a_period_s_value_broken_down_by_type_lists_each_type(assistant):
    answer = assistant.ask("List the 1983-2022 offset value for each category.")
    for figure in ("10.67", "7.14", "5.36"):
        assert figure in answer.answer


@pytest.mark.slow
def test_a_total_and_a_share_of_that_total_are_both_stated(assistant):
    answer = assistant.ask(
        "Over 1983-2022, what was the total value of Korea's offsets, and what part of that "
        "total was equipment acquisition?"
    )
    assert "23.2 billion" in answer.answer and "5.36 billion" in answer.answer


def test_a_bare_ask_is_asked_of_the_clause_before_it():
    from assistant.answering.compose import _with_its_clause

    parts = [frame_of(p) for p in split_parts("When was the levy set, and by which office?")]
    assert [p.question for p in parts] == ["When was the levy set", "by which office"]
    assert _with_its_clause(parts[1], parts) == "by which office When was the levy set"
    assert _with_its_clause(parts[0], parts) == "When was the levy set"


@pytest.mark.slow
def test_a_claim_s_figure_the_answer_leaves_out_is_shown_where_the_sources_state_it(assistant):
    answer = assistant.ask(
        "Is it right that Lockheed's SME export pledge of $300 million was only 23.4% met by 2022?"
    )
    assert "23.4%" in answer.answer and "$300 million" in answer.answer


@pytest.mark.slow
def test_rows_that_miss_the_first_part_give_way_to_the_sentences_that_answer_it(assistant):
    answer = assistant.ask(
        "How many aerial refueling tankers did the KC-X project bring, and from whom?"
    )
    assert "four" in answer.answer and "Airbus" in answer.answer
    assert "military support): USD 6.3 million" not in answer.answer


@pytest.mark.slow
def test_a_comparison_of_two_countries_gets_a_figure_for_each(assistant):
    answer = assistant.ask(
        "Compare the minimum offset share for competitive contracts in Korea and in Norway."
    )
    assert "Norway" in answer.answer and "100%" in answer.answer
    assert "Korea" in answer.answer and "50%" in answer.answer


def test_a_row_quoting_the_start_of_a_sentence_does_not_stand_for_the_whole_sentence():
    from assistant.answering.answerability import merge

    row = Answer(
        question="q",
        answer="2019, port earnings: USD 9 million [1].",
        citations=[Citation(marker=1, source_id="s", title="t", quote="a", start=0, end=30)],
    )
    sentence = Answer(
        question="q",
        answer="The port earned USD 9 million, and fees USD 4 million [1].",
        citations=[Citation(marker=1, source_id="s", title="t", quote="ab", start=0, end=60)],
    )
    merged = merge(row, [sentence])
    assert [(c.marker, c.end) for c in merged.citations] == [(1, 30), (2, 60)]
    assert merged.answer.endswith("fees USD 4 million [2].")
    # The same span is one quote, cited once.
    again = merge(row, [row.model_copy(update={"answer": "Earnings: USD 9 million [1]."})])
    assert len(again.citations) == 1


def test_the_kinds_of_figure_a_statement_gives_leave_out_years_and_bare_numbers():
    from assistant.answering.compose import _figure_kinds

    assert _figure_kinds("By 2019 the port had kept 12% of its USD 40 million pledge.") == {
        "percent",
        "money",
    }
    assert _figure_kinds("In 2019 it hired 30 inspectors.") == {"count"}
    assert _figure_kinds("The rules changed in 2019.") == set()


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Contrast Airbus and Lockheed Martin on how their SME export offsets were going in 2022.",
        "Airbus versus Lockheed Martin: the state of the SME export offsets in 2022?",
    ],
)
def test_a_comparison_gives_each_side_the_kind_of_figure_it_gives_the_other(assistant, question):
    # Each firm's pledge is stated; the share of it kept follows in each one's paragraph, and
    # a rate given of one firm asks for the other's.
    answer = assistant.ask(question)
    assert "10% for SME exports" in answer.answer and "23.4%" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What does the package consist of? List the components and their amounts.",
        "Name its parts, with a figure for each.",
        "Itemize the deal for me.",
        "What are the elements of that commitment?",
    ],
)
def test_asking_for_the_components_of_a_whole_asks_for_a_breakdown(question):
    assert _BREAKDOWN_Q.search(question)


@pytest.mark.parametrize(
    "question",
    ["Which item was refused?", "What parts of the program failed?", "List the reasons."],
)
def test_naming_one_part_or_asking_reasons_is_no_breakdown(question):
    assert not _BREAKDOWN_Q.search(question)


def test_the_whole_broken_down_is_the_one_whose_own_statement_names_the_question_s_words():
    named = Fact(
        CountryPolicy(
            id="cl-share",
            country="Chile",
            attribute="min_share",
            value="40%",
            source="s",
            quote="q",
        ),
        "Chile, minimum offset share: 40%",
        frozenset({"chile", "offset"}),
        frozenset({"chile", "offset"}),
        ("country", "Chile", "min_share"),
        "",
        ("text", ""),
    )
    through_quote = Fact(
        named.row,
        "Chile, agency",
        frozenset({"chile", "offset"}),
        frozenset({"chile"}),
        ("country", "Chile", "agency"),
        "",
        ("text", ""),
    )
    ranked = [ScoredFact(through_quote, 0.9, 0.9, 0.5), ScoredFact(named, 0.8, 0.9, 0.5)]
    ordered = _by_label(ranked, {"chile": 1.0, "offset": 1.0})
    assert [s.fact for s in ordered] == [named, through_quote]


def test_a_row_of_another_owner_naming_more_of_the_question_keeps_its_place():
    def fact(country: str, attribute: str, label: frozenset[str]) -> Fact:
        row = CountryPolicy(
            id=f"{country}-{attribute}".lower().replace("_", "-"),
            country=country,
            attribute=attribute,
            value="40%",
            source="s",
            quote="q",
        )
        return Fact(
            row, row.statement(), label, label, ("country", country, attribute), "", ("text", "")
        )

    best = fact("Chile", "agency", frozenset({"chile"}))
    other = fact("Peru", "min_share", frozenset({"chile", "offset", "share"}))
    ranked = [ScoredFact(best, 0.9, 0.9, 0.5), ScoredFact(other, 0.8, 0.9, 0.5)]
    ordered = _by_label(ranked, {"chile": 1.0, "offset": 1.0, "share": 1.0})
    assert [s.fact for s in ordered] == [best, other]


@pytest.mark.slow
def test_a_contractor_s_pledge_listed_by_component_gives_every_component(assistant):
    answer = assistant.ask(
        "For the forty stealth fighters, what offsets did Lockheed Martin promise? "
        "Give me the components and their values."
    )
    for figure in ("2.1 billion", "1.4 billion", "300 million"):
        assert figure in answer.answer
