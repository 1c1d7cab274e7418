"""The chat speaks Korean: its labels, examples, calculator steps and exported note, chosen from
the browser's locale. Pure functions, tested without a browser (tests/test_browser_korean.py
drives a real one)."""

from __future__ import annotations

import string
from datetime import date

import pytest

from assistant.answers import Answer, Citation, ToolCall
from assistant.app.brief import topic_picker
from assistant.app.briefing import briefing_markdown
from assistant.app.panels import (
    browser_language,
    chat_messages,
    sources_html,
    working_markdown,
    working_title,
)
from assistant.wording import UI_FILE, examples, templates


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_label_is_in_both_languages_with_the_same_fields():
    english, korean = templates(UI_FILE, "en"), templates(UI_FILE, "ko")
    assert set(english) == set(korean)
    for key in english:
        assert _fields(english[key]) == _fields(korean[key]), key


def test_the_korean_examples_are_korean_questions():
    found = examples(language="ko")
    assert len(found) >= 5 and all(q.endswith("?") for q in found)
    assert all(any("\uac00" <= c <= "\ud7a3" for c in q) for q in found)


@pytest.mark.parametrize(
    ("accept", "language"),
    [
        ("ko-KR,ko;q=0.9,en-US;q=0.8", "ko"),
        ("ko", "ko"),
        ("en-US,en;q=0.9,ko;q=0.8", "en"),
        ("fr-FR", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_the_browsers_first_language_opens_the_chat(accept, language):
    assert browser_language(accept) == language


_CALL = ToolCall(
    name="calculator",
    input={"operation": "offset_obligation", "amount": "USD 12 million"},
    output={
        "operation": "offset_obligation",
        "display": "USD 6,000,000",
        "working": ["50% × USD 12,000,000 = USD 6,000,000"],
        "details": {"rule": "rule-2023", "rule_span": "since 2023", "share_percent": "50"},
    },
)


def test_a_korean_answers_calculator_step_is_worded_in_korean():
    answer = Answer(
        question="1,200만 달러 경쟁계약이면?",
        answer="결과: 네. 600만 달러 [1]\n계산: 50% × 1,200만 달러 = 600만 달러\n\n"
        "근거(영문 원문):\nYes: ...",
        tool_calls=[_CALL],
        language="ko",
    )
    step, reply = chat_messages(answer, "ko")[1:]
    assert step["metadata"]["title"] == "계산기: offset obligation"
    assert "**계산 과정:**\n- 계산: 50% × 1,200만 달러 = 600만 달러" in step["content"]
    assert "**적용 규정:**" in step["content"] and "계약금액의 50%" in step["content"]
    assert reply["content"].startswith("결과: 네.")


def test_the_english_view_keeps_its_labels():
    assert working_title(_CALL) == "Calculator: offset obligation"
    assert working_markdown(_CALL).startswith("**Inputs:**")


def test_a_refusal_is_badged_in_the_language_of_the_view():
    refusal = Answer(
        question="?", answer="출처로는 답할 수 없습니다.", abstained=True, language="ko"
    )
    assert chat_messages(refusal, "ko")[-1]["content"].startswith("**출처에서 다루지 않는 질문**")
    assert "질문에 답하는 출처가 없어" in sources_html(refusal, lambda _: None, lambda _: "", "ko")


def test_the_exported_note_has_korean_headings_and_the_quotes_verbatim():
    quote = "When the policy was first introduced in 1982, a unilateral threshold was applied"
    answer = Answer(
        question="절충교역 제도는 언제 도입됐나?",
        answer="절충교역 제도: 출처에 따르면 1982년 [1]입니다.",
        citations=[Citation(marker=1, source_id="s", title="T", quote=quote, start=0, end=10)],
        language="ko",
    )
    note = briefing_markdown([answer], today=date(2026, 12, 2), language="ko")
    assert note.startswith("# 브리핑 노트: 한미 방산 절충교역 분쟁")
    assert "2026-12-02 tradebrief로 작성" in note and "**출처**" in note
    assert f"“{quote}”" in note


def test_an_uploads_outcome_is_told_in_the_language_of_the_view():
    from assistant.app.uploads import UploadState, outcome_markdown
    from assistant.search.ingest import IngestOutcome, IngestReport

    added = IngestReport([IngestOutcome("/x/memo.md", "added", "memo", units=8)])
    korean = outcome_markdown(UploadState(report=added), "ko")
    assert korean.startswith("지식 베이스에 추가했습니다.")
    assert "memo.md" in korean  # each file's line as the ingest reports it
    assert outcome_markdown(UploadState(report=added)).startswith("Added to the knowledge base.")


def test_the_brief_topics_are_offered_in_the_language_of_the_view():
    korean = topic_picker("ko")
    assert ("상호국방조달협정(RDP) 협상 (rdp)", "rdp") in korean["choices"]
    assert korean["label"] == "주제"
    assert ("The Reciprocal Defense Procurement (RDP) talks (rdp)", "rdp") in topic_picker("en")[
        "choices"
    ]


@pytest.mark.slow
def test_the_brief_tab_builds_the_korean_brief_in_the_korean_view(assistant):
    from assistant.app.brief_tab import BriefMaker

    preview, *_, status = BriefMaker(assistant).make("ustr", "", language="ko")
    assert status.endswith("인용했습니다.") and "쟁점 요약" in preview


@pytest.mark.slow
def test_the_documents_table_names_its_columns_in_the_language_of_the_view(assistant):
    from assistant.app.ui import ChatApp

    korean = ChatApp(assistant).documents("ko")
    assert list(korean.columns)[:3] == ["ID", "제목", "발행처"]
    assert len(korean) == len(ChatApp(assistant).documents())
