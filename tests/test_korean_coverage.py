"""A Korean question is answered only when the English answer covers it: the words the glossary
cannot read are conditions the answer never saw, the figures the question states must be the
answer's subject, an asked figure is not the question's own, and a named program's figure is
stated with its name. Particles, endings and function words are not conditions."""

from __future__ import annotations

import pytest

from assistant.answers import Answer, Citation
from assistant.korean.coverage import gap
from assistant.korean.interpret import interpret, reader


def _answer(text: str, *quotes: str) -> Answer:
    citations = [
        Citation(marker=i, source_id="s", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes, start=1)
    ]
    return Answer(question="q", answer=text, citations=citations)


def _gap(question: str, text: str, *quotes: str) -> str | None:
    reading = interpret(question)
    found = gap(_answer(text, *quotes), reading, reader().glossary)
    return None if found is None else found.key


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("방사청 대변인의 나이는 몇 살이야?", "나이는"),  # 나+이+는 would be three endings
        ("에어버스가 물어낸 배상금은 얼마였나?", "배상금은"),
        ("록히드마틴 본사는 어느 도시에 있어?", "본사는"),
    ],
)
def test_a_content_word_the_glossary_does_not_know_is_kept_as_unknown(question, unknown):
    assert unknown in interpret(question).unknown


@pytest.mark.parametrize(
    "question",
    [
        "절충교역 제도는 언제 도입 됐나요?",  # endings written apart after a verb stem
        "2022년에 미국이 맺은 절충교역 계약은 몇 건인가요?",  # a particle right after a figure
        "미 무역대표부(USTR)가 보고서를 낸 건 언제야?",  # a particle right after a bracket
        "그런 내용의 글을 봤는데 절충교역 기준금액이 1,000만 달러 맞나요?",
    ],
)
def test_particles_endings_and_function_words_are_not_unknown(question):
    assert interpret(question).unknown == ()


def test_words_that_exclude_or_ask_for_the_rest_are_read_not_dropped():
    english = interpret("에어버스가 약속한 것 중 기술이전 빼고 나머지 두 분야는 뭐야?").english
    assert "except" in english and "other" in english


def test_a_bare_how_many_dollars_asks_how_much():
    reading = interpret("절충교역 적용 기준은 몇 달러부터야?")
    assert reading.answer_type == "money" and "in dollars" not in reading.english


def test_an_answer_to_a_question_with_an_unread_word_is_refused():
    assert (
        _gap(
            "에어버스가 낸 배상금은 얼마였나?",
            "KC-X (Airbus), offset commitment (total): USD 662.6 million [1].",
            "Airbus agreed to provide offset trade worth $662.6 million.",
        )
        == "unread_condition"
    )


def test_an_answer_that_never_states_the_questions_figure_is_refused():
    assert (
        _gap(
            "록히드마틴이 약속한 중소기업 수출 3억 달러 가운데 몇 퍼센트가 이행됐나?",
            "KC-X (Airbus), implementation rate (SME exports), 2022: 10% [1].",
            "as of 2022, the implementation rate was only 10% for SME exports",
        )
        == "figure_not_given"
    )


def test_a_number_word_in_the_quote_states_the_questions_figure():
    assert (
        _gap(
            "공군이 KC-X 사업으로 들여온 급유기 4대는 언제부터 도입됐나?",
            "The Air Force introduced four A330 MRTT tankers through the KC-X project "
            "starting in November 2018. [1]",
            "The Air Force introduced four A330 MRTT aerial refueling tankers through the KC-X "
            "project starting in November 2018.",
        )
        is None
    )


def test_a_count_answered_only_with_the_count_the_question_gave_is_refused():
    assert (
        _gap(
            "미국이 2022년에 맺은 절충교역 계약 27건 중 유럽과 맺은 계약은 몇 건이었지?",
            "US offset contracts signed (2022): 27 contracts [1].",
            "the US signed 27 offset trade contracts worth $5.88 billion with 13 countries",
        )
        == "no_such_figure"
    )


def test_a_programs_amount_stated_only_about_something_else_is_refused():
    assert (
        _gap(
            "F-35A 전투기 40대 도입 계약 총액은 달러로 얼마?",
            "When the policy was first introduced in 1982, offsets were required for contracts "
            "worth at least USD 1 million. [1] The Air Force acquired 40 F-35A aircraft "
            "starting in March 2018. [2]",
            "offsets must be secured for 50 percent of purchase contracts worth at least USD 1 "
            "million.",
            "to acquire a total of 40 F-35A aircraft starting with the first unit in March 2018",
        )
        == "figure_not_for"
    )


def test_a_programs_amount_stated_with_its_name_is_an_answer():
    assert (
        _gap(
            "KC-X 사업에서 에어버스가 약속한 절충교역 총규모는?",
            "KC-X (Airbus), offset commitment (total): USD 662.6 million [1].",
            "Airbus, which supplied the tankers, agreed to provide offset trade worth $662.6 "
            "million",
        )
        is None
    )


def test_the_subject_may_be_named_in_the_statement_before_the_figure():
    assert (
        _gap(
            "F-35A 사업의 중소기업 수출 이행률은 몇 퍼센트야?",
            "Lockheed Martin agreed to provide offset trade for the F-35A. [1] The SME export "
            "implementation rate was only 23.4% in 2022. [2]",
            "Lockheed Martin agreed to provide offset trade",
            "The SME export implementation rate was only 23.4% in 2022.",
        )
        is None
    )


def test_an_unread_word_that_is_not_what_is_asked_leaves_the_answer_given():
    # "줄이겠다는" is unread, but what is asked (the reason) is read: the answer stands, and the
    # Korean answer names the word it could not check.
    reading = interpret("방사청이 절충교역을 더 줄이겠다고 밝힌 이유는 뭐야?")
    assert reading.asked_unknown == ""
    assert (
        gap(
            _answer("DAPA has expressed its intention to further reduce offset trade. [1]", "x"),
            reading,
            reader().glossary,
        )
        is None
    )


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("록히드마틴이 물어낸 지체상금은 얼마였나?", "지체상금은"),
        ("에어버스 한국 지사의 사장은 누구야?", "사장은"),
        ("KC-X 급유기 한 대의 항속거리는?", "항속거리는"),
    ],
)
def test_the_unread_topic_nearest_the_question_word_is_what_is_asked(question, asked):
    assert interpret(question).asked_unknown == asked
