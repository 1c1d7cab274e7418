"""The chat in Korean, in a real browser whose locale is Korean: Korean labels, a Korean question,
its Korean lead line, the English quote verbatim, the calculator step in Korean. The screenshots
in tests/artifacts/ must show Hangul, not boxes (a CJK font: .ci/run installs fonts-noto-cjk)."""

from __future__ import annotations

import re
import subprocess

import pytest
from browsing import ARTIFACTS, BROWSER_MARKS, ask, chat_page

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def page(assistant, settings, tmp_path_factory):
    with chat_page(settings, tmp_path_factory, height=900, locale="ko-KR") as (_, tab):
        yield tab


def test_a_machine_that_shows_korean_has_a_font_with_hangul():
    fonts = subprocess.run(["fc-list", ":lang=ko"], capture_output=True, text=True, check=False)
    assert fonts.stdout.strip(), "no font with Hangul: apt-get install fonts-noto-cjk"


def test_a_korean_browser_opens_the_chat_in_korean(page):
    page.locator("#tb-ask").get_by_text("질문").wait_for()
    assert "한미 방산 절충교역" in page.locator("#tb-title").inner_text()
    assert "예시 질문" in page.locator("#tb-examples-ko").inner_text()


def test_a_korean_question_gets_a_korean_lead_line_and_the_english_quote(page, sources):
    reply = ask(page, "절충교역 제도는 언제 도입됐나?")
    lead = reply.strip().split("\n")[0]
    assert re.search(r"[\uac00-\ud7a3]", lead) and re.search(r"1982년 \[1\]", lead)
    page.wait_for_selector("#tb-sources-panel .tb-source mark")
    quote = page.locator("#tb-sources-panel mark").first.inner_text()
    assert re.search(r"[A-Za-z]{4}", quote)
    assert any(" ".join(quote.split()) in " ".join(s.text.split()) for s in sources.values())
    page.screenshot(path=str(ARTIFACTS / "chat-korean-answer.png"))


def test_a_korean_calculation_shows_its_step_in_korean(page):
    reply = ask(page, "1,200만 달러 규모 경쟁계약이면 절충교역 의무가 얼마인가?")
    assert "600만 달러(USD 6 million)" in reply
    step = page.get_by_text("계산기: offset obligation").last
    step.wait_for()
    step.click()
    working = page.get_by_text("계산: 1,200만 달러(USD 12 million) ≥ 기준 1,000만 달러").last
    working.wait_for()
    page.wait_for_timeout(500)  # let the step finish opening before the picture
    assert working.is_visible()
    page.screenshot(path=str(ARTIFACTS / "chat-korean-calculator.png"))


def test_every_tab_speaks_korean_in_the_korean_view(page):
    # One label on each tab: its name, then a heading, a button or a field of its own.
    for tab, probe, text in [
        ("데이터", "#tb-data-intro", "정형 표"),
        ("문서", "#tb-add", "지식 베이스에 추가"),
        ("브리핑", "#tb-brief-build", "브리핑 만들기"),
    ]:
        page.get_by_role("tab", name=tab).click()
        page.locator(probe).get_by_text(text).wait_for()
        page.screenshot(path=str(ARTIFACTS / f"tab-korean-{probe.strip('#')}.png"))
    assert "제목(선택)" in page.content()  # a field label of the documents tab
    page.get_by_role("tab", name="대화").click()
    page.locator("#tb-ask").get_by_text("질문").wait_for()


def test_the_switch_turns_the_labels_to_english(page):
    page.locator("#tb-language").get_by_text("English").click()
    page.locator("#tb-ask").get_by_text("Ask").wait_for()
    assert "Korea–US defense offset dispute" in page.locator("#tb-title").inner_text()
    page.get_by_role("tab", name="Documents").wait_for()
    page.locator("#tb-language").get_by_text("한국어").click()
    page.locator("#tb-ask").get_by_text("질문").wait_for()
