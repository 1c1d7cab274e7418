"""Korean questions get a Korean lead line from the English answer's facts, the sources' quotes
verbatim, Korean calculator steps and Korean refusals; the JSON says how the question was read."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from assistant.answering.figures import untraced
from assistant.settings import REPO_ROOT

pytestmark = pytest.mark.slow

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _lead(text: str) -> str:
    return text.split("\n")[0]


def test_a_korean_question_gets_a_korean_lead_line_with_the_figure_and_its_marker(assistant):
    answer = assistant.ask("절충교역 제도는 언제 도입됐나?")
    lead = _lead(answer.answer)
    assert answer.language == "ko" and not answer.abstained
    assert _HANGUL.search(lead) and re.search(r"1982년 \[\d\]", lead)


def test_the_quotes_of_a_korean_answer_are_the_english_sources_verbatim(assistant, sources):
    answer = assistant.ask(
        "KC-X 공중급유기 사업에서 에어버스가 약속한 절충교역 규모는 얼마였습니까?"
    )
    assert answer.citations
    for citation in answer.citations:
        assert sources[citation.source_id].text[citation.start : citation.end] == citation.quote
    assert "6억 6,260만 달러(USD 662.6 million) [1]" in _lead(answer.answer)


def test_money_is_shown_both_ways_and_every_figure_is_traced(assistant):
    answer = assistant.ask("2006년 방위사업청이 출범하면서 절충교역 기준액을 얼마로 정했나?")
    assert "1,000만 달러(USD 10 million)" in answer.answer
    assert untraced(answer) == []


def test_a_korean_calculation_shows_its_steps_in_korean(assistant):
    answer = assistant.ask("1,200만 달러 규모 경쟁계약이면 절충교역 의무가 얼마인가?")
    assert answer.tool_calls and answer.tool_calls[0].name == "calculator"
    assert "계산: 1,200만 달러(USD 12 million) ≥ 기준 1,000만 달러(USD 10 million)" in answer.answer
    assert "600만 달러(USD 6 million)" in answer.answer
    assert untraced(answer) == []


def test_a_korean_yes_or_no_calculation_answers_yes_or_no(assistant):
    below = assistant.ask("950만 달러 규모 경쟁 구매도 절충교역 대상인가요?")
    assert "아니요." in below.answer and "기준 미달" in below.answer


def test_the_rule_of_the_year_asked_is_applied_in_korean(assistant):
    answer = assistant.ask("1985년 규정으로 300만 달러 계약은?")
    assert answer.tool_calls
    assert "1984~1985년 규정" in answer.answer


def test_every_kind_of_calculation_leads_with_its_result_in_korean(assistant):
    # A conversion, a share of an amount and a comparison of two countries' rules: each answer
    # opens with the result in Korean money (both ways), then its step in Korean money.
    for question, result, step in [
        (
            "2억 달러를 달러당 1,300원으로 바꾸면 원화로 얼마지?",
            "결과: 2,600억 원(KRW 260 billion)",
            "계산: 2억 달러(USD 200 million) × 1,300 KRW/USD",
        ),
        (
            "5천만 달러의 30퍼센트는 얼마야?",
            "결과: 1,500만 달러(USD 15 million)",
            "계산: 30% × 5,000만 달러(USD 50 million)",
        ),
        (
            "1억 달러 계약이라면 노르웨이와 한국이 요구하는 절충교역은 얼마씩이고 차이는?",
            "노르웨이(Norway)",
            "계산: 노르웨이(Norway):",
        ),
    ]:
        answer = assistant.ask(question)
        assert answer.tool_calls, question
        lead = _lead(answer.answer)
        assert lead.startswith("결과: ") and result in lead, lead
        assert step in answer.answer, answer.answer
        assert untraced(answer) == []


def test_a_year_the_calculator_refuses_is_refused_in_korean(assistant):
    for question, reason in [
        ("2035년에 3천만 달러 경쟁계약을 맺으면 절충교역 의무는?", "2035년은 출처보다 뒤의 해"),
        ("1979년 규정으로 200만 달러 계약이면 절충교역은 얼마?", "1982년에 시작되어"),
    ]:
        answer = assistant.ask(question)
        assert answer.abstained
        assert reason in _lead(answer.answer) and "future" not in _lead(answer.answer)


def test_a_korean_answer_that_does_not_cover_the_question_is_refused(assistant):
    # What is asked about ("보험료") is a word the glossary does not know; a figure the question
    # states (the 12 companies' 30 items) must be what the answer is about.
    unread = assistant.ask("KC-X 급유기 4대의 보험료는 얼마야?")
    assert unread.abstained and unread.interpreted_as is not None
    assert "보험료는" in _lead(unread.answer)
    figure = assistant.ask("록히드마틴이 사들인 30개 품목 가운데 나머지 5개 품목은 뭐야?")
    assert figure.abstained and "5개" in _lead(figure.answer)


def test_an_unanswerable_korean_question_is_refused_in_korean(assistant):
    answer = assistant.ask("독일은 절충교역 최소 비율을 얼마로 요구하나요?")
    assert answer.abstained
    assert _lead(answer.answer) == "출처로는 답할 수 없습니다."
    assert "Germany" in answer.answer


def test_a_question_mostly_unknown_is_refused_without_a_guess(assistant):
    answer = assistant.ask("내일 서울 날씨 비 오나 우산 챙겨야 하나?")
    assert answer.abstained and not answer.citations
    assert "해석할 수 없습니다" in answer.answer
    assert answer.interpreted_as is not None and "날씨" in answer.interpreted_as.unknown


def test_korean_follow_ups_lean_on_the_earlier_korean_question(assistant):
    first = "1982년 절충교역 제도 도입 당시 기준 금액은 얼마였나요?"
    earlier = assistant.ask(first)
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": earlier.answer},
    ]
    answer = assistant.ask("그럼 1986년에는?", history=history)
    assert "500만 달러(USD 5 million)" in answer.answer


def test_the_language_can_be_forced(assistant):
    assert assistant.ask("KC-X 절충교역 규모는?", language="ko").language == "ko"
    english = assistant.ask("What did the USTR say about beef?", language="en")
    assert english.language == "en" and english.interpreted_as is None


def _run(args: list[str], home) -> subprocess.CompletedProcess[bytes]:
    env = {"TRADEBRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        capture_output=True,
        env={**env, "PYTHONPATH": str(REPO_ROOT)},
        timeout=600,
        check=False,
    )


def test_ask_json_of_a_korean_question_says_how_it_was_read(home, assistant):
    out = _run(["ask", "--json", "--lang", "ko", "절충교역 제도는 언제 도입됐나?"], home)
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert data["language"] == "ko"
    read = data["interpreted_as"]
    assert (
        read["query"].startswith("When")
        and {"ko": "절충교역 제도", "en": "offset"} in read["terms"]
    )
    assert read["unknown"] == []


def test_ask_json_of_an_english_question_has_no_interpretation(home, assistant):
    out = _run(["ask", "--json", "When was the offset program introduced?"], home)
    data = json.loads(out.stdout)
    assert data["language"] == "en" and "interpreted_as" not in data


def test_the_kind_of_figure_an_abstention_names_is_said_in_korean():
    from assistant.korean.answer import _template_lines
    from assistant.wording import say

    (line,) = _template_lines(say("no_such_figure", label="amount"))
    assert "금액" in line and "amount" not in line
