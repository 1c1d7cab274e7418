"""Answers are short, grounded and cited; out-of-scope questions are declined plainly."""

from __future__ import annotations

import re

import pytest

from assistant import Answer

pytestmark = pytest.mark.slow

QUESTIONS = [
    "What threshold triggers an offset obligation?",
    "Who supplied the KC-X tankers?",
    "How much were Korea's offsets worth from 2016 to 2020?",
    "What does Table 2 say about Norway?",
    "What did the USTR say about Korean beef?",
    "Why did DAPA stop pursuing offsets?",
    "What is offset banking?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_citation_quotes_its_source_verbatim_at_its_offsets(assistant, sources, question):
    answer = assistant.ask(question)
    assert answer.citations
    for citation in answer.citations:
        source = sources[citation.source_id]
        assert source.text[citation.start : citation.end] == citation.quote
        assert citation.title == source.title


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_marker_in_the_answer_has_a_citation_and_vice_versa(assistant, question):
    answer = assistant.ask(question)
    markers = {int(m) for m in re.findall(r"\[(\d+)\]", answer.answer)}
    assert markers == {c.marker for c in answer.citations}
    assert 1 <= len(answer.citations) <= 4


def test_a_number_question_gets_the_number(assistant):
    answer = assistant.ask(
        "How much offset trade did Airbus agree to provide for the KC-X tankers?"
    )
    assert re.search(r"(\$|USD )662\.6 million", answer.answer)


def test_a_disputed_figure_is_flagged_and_each_version_cited(assistant):
    answer = assistant.ask("How much did Korea obtain in offsets from 2016 to 2020?")
    assert re.search("different figures|disagree", answer.answer)
    assert "800 million" in answer.answer
    assert re.search(r"700 million|1 trillion", answer.answer)
    assert len({c.quote for c in answer.citations}) >= 2


def test_a_mis_encoded_dash_is_repaired_in_the_answer_but_not_in_the_quote(assistant):
    answer = assistant.ask(
        "What were South Korea's weapon imports in 2016?2020 according to the Asia Business Daily?"
    )
    quoted = [c for c in answer.citations if "2016?2020" in c.quote]
    if quoted:
        assert "2016?2020" not in answer.answer


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("What did the 2027 National Trade Estimate report say about Korea?", "2027"),
        ("What is Germany's offset threshold?", "Germany"),
        ("What is the capital of France?", "France"),
        ("Who won the 1998 World Cup?", "1998"),
    ],
)
def test_questions_about_things_the_sources_never_mention_are_declined(
    assistant, question, missing
):
    answer = assistant.ask(question)
    assert answer.abstained
    assert "can't answer" in answer.answer and missing in answer.answer


def test_a_2027_question_is_never_answered_with_a_2025_fact(assistant):
    answer = assistant.ask("How many pages on Korea were in the 2027 NTE report?")
    assert answer.abstained
    assert not answer.answer.startswith("The USTR mentioned")


def test_a_thing_asked_by_a_word_the_sources_never_use_needs_a_quote_about_all_it_names(
    assistant,
):
    # No source writes "sanction": the answer is known only by whom its quote is about, and a
    # quote about the company's refusal says nothing of what the agency did to it.
    answer = assistant.ask(
        "What sanction did the procurement agency place on Lockheed Martin after the radar refusal?"
    )
    assert answer.abstained
    # Nor is a data row about the company's shortfall an answer to it.
    answer = assistant.ask(
        "What reprimand did DAPA give Lockheed Martin for the low SME export rate?"
    )
    assert answer.abstained
    # A word the sources do use for the thing is not held to it.
    answer = assistant.ask("What satellites did Lockheed Martin agree to provide?")
    assert not answer.abstained


def test_a_claim_no_statement_matches_word_for_word_is_judged_by_what_its_figure_asks(
    assistant,
):
    # The claim's figure and its "true?" are the claim under test, no words a statement must
    # share: asked for the figure instead, the table row for the country contradicts it.
    answer = assistant.ask(
        "True or false: the UAE asks foreign sellers for offsets of 40 percent at minimum?"
    )
    assert not answer.abstained
    assert answer.answer.startswith("Not as stated")
    # The country's own row answers it, named by the country and what the row gives.
    assert re.search(r"UAE\b[^.]*\bMin\. 60%", answer.answer)


def test_off_topic_questions_are_declined(assistant):
    for question in (
        "How do I bake sourdough bread at home?",
        "What is a good stretching routine for runners?",
        "What is the weather in Seoul?",
    ):
        assert assistant.ask(question).abstained, question


def test_a_misspelled_name_is_still_understood(assistant):
    answer = assistant.ask("What did Lockhead Martin refuse to transfer?")
    assert not answer.abstained
    assert "radar" in answer.answer


def test_a_follow_up_about_those_tankers_uses_the_conversation(assistant):
    history = [
        {"role": "user", "content": "How many tankers did the KC-X project bring in?"},
        {"role": "assistant", "content": "Four A330 MRTT tankers."},
    ]
    assert "Airbus" in assistant.ask("Who supplied those tankers?", history=history).answer


def test_what_about_the_sme_exports_continues_the_previous_topic(assistant):
    history = [
        {
            "role": "user",
            "content": "What was the KC-X implementation rate for technology transfer?",
        },
        {"role": "assistant", "content": "92.6% for technology transfer."},
    ]
    answer = assistant.ask("What about the SME exports?", history=history)
    assert "KC-X" in answer.answer and "SME exports" in answer.answer
    assert "10%" in answer.answer and "92.6%" not in answer.answer


def test_the_same_follow_up_without_history_does_not_invent_context(assistant):
    answer = assistant.ask("What about the SME exports?")
    # Without history nothing points at the KC-X: its 10% must not be presented as the answer.
    assert "KC-X" not in answer.answer or "F-35" in answer.answer


def test_the_json_of_an_answer_has_exactly_the_documented_fields(assistant):
    data = assistant.ask("What is offset banking?", id="q1").model_dump(mode="json")
    assert set(data) == {
        "id",
        "question",
        "answer",
        "citations",
        "tool_calls",
        "abstained",
        "disputed",
        "language",
    }
    assert data["language"] == "en"  # "interpreted_as" is only there for a Korean question
    assert data["id"] == "q1" and data["tool_calls"] == [] and data["abstained"] is False
    assert data["disputed"] is False
    assert set(data["citations"][0]) == {"marker", "source_id", "title", "quote", "start", "end"}
    assert Answer.model_validate(data).answer == data["answer"]


def test_a_question_about_another_country_is_not_answered_with_korea_s_rules(assistant):
    # The sources mention Japan only as a page count of the USTR report.
    answer = assistant.ask("What is Japan's defense offset policy?")
    assert answer.abstained and "Japan" in answer.answer


def test_an_acronym_question_gets_the_sentence_that_spells_it_out(assistant):
    answer = assistant.ask("What does DAPA stand for?")
    assert "Defense Acquisition Program Administration" in answer.answer


def test_a_code_typed_without_its_hyphen_and_misspelt_question_words_are_understood(assistant):
    kcx = assistant.ask("how much offset did airbus promise for the KCX tankers")
    assert "662.6 million" in kcx.answer and not kcx.abstained
    answer = assistant.ask("wat is the treshold above which korea demands ofsets?")
    assert not answer.abstained and "10 million" in answer.answer


def test_a_follow_up_with_a_new_amount_reruns_the_calculation(assistant):
    first = "Does a competitive contract worth $12 million trigger an offset?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": assistant.ask(first).answer},
    ]
    answer = assistant.ask("What about $8 million?", history=history)
    assert answer.tool_calls and answer.tool_calls[0].input["amount"] == "$8 million"
    assert answer.answer.startswith("No")


def test_a_computation_on_figures_the_sources_state_cites_the_sentence_stating_them(
    assistant, sources
):
    answer = assistant.ask(
        "Türkiye moved its minimum offset from 50% to 70%: how big a rise is that?"
    )
    assert answer.tool_calls and answer.citations
    quote = answer.citations[0].quote
    assert "50" in quote and "70" in quote and quote in sources[answer.citations[0].source_id].text


def test_a_history_is_a_dated_list_in_order_each_line_cited(assistant):
    answer = assistant.ask(
        "Give an overview of how the contract threshold for offsets moved over the years."
    )
    lines = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    years = [int(line[2:6]) for line in lines]
    assert years == sorted(years) and {1982, 1984, 1986, 2006} <= set(years), answer.answer
    assert all(line.rstrip().endswith("]") for line in lines)


def test_every_answer_states_only_traced_figures(assistant):
    """The live check covers composed answers, calculations and refusals alike."""
    from assistant.answering.figures import untraced

    for question in (
        "How much did Korea obtain in offsets in 2018?",
        "What share of USD 4 billion is USD 300 million?",
        "Would a sole-source deal of 15 billion won need an offset at 1,350 won per dollar?",
        "Summarize how the offset threshold moved over time.",
        "What did the NTE say about Korea's cloud rules?",
        "How many jets does the second F-35 phase cover?",
    ):
        answer = assistant.ask(question)
        assert untraced(answer) == [], (question, answer.answer)


def test_a_year_inside_a_period_is_refused_citing_the_period_it_falls_in(assistant):
    answer = assistant.ask("What offset value did Korea collect in 2018 alone?")
    assert answer.abstained and "2016–2020" in answer.answer
    assert answer.citations and "2016" in answer.citations[0].quote


@pytest.mark.parametrize(
    ("question", "first", "since"),
    [
        # A later figure claimed for the whole life of the program.
        (
            "Since its launch, Seoul's offset trigger has stood at $5 million, right?",
            "1 million",
            "1986",
        ),
        (
            "The offset policy always demanded 30 percent, ever since it was introduced, no?",
            "50%",
            "1986",
        ),
        # A start year claimed for the program itself.
        ("Someone told me the offset system was set up in 1986. True?", "1 million", None),
    ],
)
def test_a_claim_about_the_start_is_judged_by_the_first_rule(assistant, question, first, since):
    # Whatever sentence retrieval brings, the first step of the rule table decides.
    answer = assistant.ask(question)
    assert answer.answer.startswith("Not as stated") and "1982" in answer.answer
    assert first in answer.answer
    if since:
        assert since in answer.answer


def test_a_claim_that_the_start_is_right_is_not_contradicted(assistant):
    answer = assistant.ask("The offset program began in 1982 with a USD 1 million trigger, right?")
    assert not answer.answer.startswith("Not as stated")


def test_a_figure_claimed_since_another_body_began_is_not_judged_by_the_first_rule(assistant):
    # The procurement agency's founding is not the program's start: 1982 is no answer to it.
    answer = assistant.ask(
        "Has the offset threshold been USD 10 million ever since the procurement agency was set up?"
    )
    assert "2006" in answer.answer and "USD 1 million" not in answer.answer
