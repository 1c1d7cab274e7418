"""A Korean question is read into the English frame the pipeline answers, through the glossary."""

from __future__ import annotations

import pytest

from assistant.answering.frame import frame_of
from assistant.answering.routing import route
from assistant.knowledge.rows import load_data
from assistant.korean.interpret import detect_language, interpret
from assistant.settings import Settings


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("절충교역 제도는 언제 도입됐나?", "ko"),
        ("USTR이 KC-X를 언급했나?", "ko"),
        ("When did Korea introduce offsets?", "en"),
        ("What does DAPA mean by 절충교역?", "en"),
        ("2025", "en"),
    ],
)
def test_the_language_is_told_by_the_share_of_hangul(question, language):
    assert detect_language(question) == language


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("절충교역 제도는 언제 도입됐나?", "date"),
        ("방사청은 몇 년도에 출범했나요?", "date"),
        ("KC-X 절충교역 규모는 얼마였습니까?", "money"),
        ("NTE 보고서에서 한국 분량은 몇 쪽이었어?", "count"),
        ("절충교역 강화법을 발의한 국회의원은 누구죠?", "person"),
        ("FMS 계약에도 절충교역을 요구하는 나라는 어느 나라인가요?", "country"),
        ("방사청이 절충교역에 소극적인 이유는 왜인가요?", "reason"),
        ("우리나라와 노르웨이의 절충교역 비율을 비교하면?", "comparison"),
        ("절충교역 제도의 변천을 요약해 줘", "summary"),
        ("방사청은 USTR 보고서에 어떤 입장을 밝혔나?", "position"),
        ("경쟁계약의 절충교역 비율은 몇 퍼센트인가요?", "percent"),
    ],
)
def test_a_korean_question_word_becomes_the_frames_answer_type(question, answer_type):
    reading = interpret(question)
    assert reading.readable
    assert frame_of(reading.english).answer_type == answer_type


def test_glossary_terms_figures_and_years_make_the_english_query():
    reading = interpret("1982년 절충교역 제도 도입 당시 기준 금액은 얼마였나요?")
    assert ("절충교역 제도", "offset") in reading.terms
    assert "1982" in reading.english and "threshold" in reading.english
    assert frame_of(reading.english).years == (1982,)


def test_korean_words_the_glossary_does_not_know_are_reported_not_dropped():
    reading = interpret("절충교역 제도를 굴러가게 하는 꿍꿍이는 무엇인가?")
    assert "꿍꿍이는" in reading.unknown
    assert reading.readable


def test_a_question_mostly_unknown_is_not_interpreted():
    reading = interpret("내일 서울 날씨 비 오나 우산 챙겨야 하나?")
    assert not reading.readable
    assert {"날씨", "우산"} <= set(reading.unknown)


def test_a_misspelt_glossary_word_is_read_as_the_word_it_is_one_letter_from():
    assert ("노르웨ㅣ", "Norway") in interpret("노르웨ㅣ는 절충교역을 얼마나 요구하나?").terms


def test_a_korean_negation_negates_the_contract_kind_before_it():
    english = interpret("FMS가 아닌 비경쟁 계약 5천만 달러라면 절충교역 의무액은?").english
    kind, excluded = frame_of(english).contract_type, frame_of(english).excluded_types
    assert kind == "non-competitive" and "fms" in excluded


@pytest.mark.parametrize(
    ("question", "operation", "amount"),
    [
        (
            "1,200만 달러 규모 경쟁계약이면 절충교역 의무가 얼마인가?",
            "offset_obligation",
            "USD 12 million",
        ),
        (
            "950만 달러 규모 경쟁 구매도 절충교역 대상인가요?",
            "offset_obligation",
            "USD 9.5 million",
        ),
        ("1985년 규정으로 300만 달러 계약은?", "offset_obligation", "USD 3 million"),
        ("13조 6천억 원의 7퍼센트는 얼마야?", "evaluate", None),
        ("4조 원을 달러당 1,250원에 환산하면 몇 달러인가요?", "convert", None),
    ],
)
def test_a_korean_calculation_routes_to_the_calculator(question, operation, amount):
    data = load_data(Settings().data_dir)
    found = route(interpret(question).english, data)
    assert found is not None
    request = found.requests[0]
    assert request.operation == operation or (operation == "convert" and request.expression)
    if amount:
        assert request.amount == amount


def test_the_year_of_a_posed_contract_is_the_rule_applied():
    data = load_data(Settings().data_dir)
    found = route(interpret("1985년 규정으로 300만 달러 계약은?").english, data)
    assert found is not None and {r.year for r in found.requests} == {1985}


@pytest.mark.parametrize(
    "question", ["그럼 1986년에는?", "사우디아라비아는요?", "800만 달러라면요?"]
)
def test_a_bare_phrase_after_a_question_re_asks_it(question):
    assert interpret(question, follow_up=True).english.startswith("What about ")


def test_a_share_of_an_amount_is_read_in_english_order():
    assert (
        interpret("13조 6천억 원의 7퍼센트는 얼마야?").english == "What is 7% of KRW 13.6 trillion?"
    )


def test_a_counted_noun_comes_right_after_how_many():
    english = interpret("미국이 2022년에 맺은 절충교역 계약 몇 건이었더라").english
    assert english.startswith("How many offset contracts")
