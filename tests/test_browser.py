"""The chat in a real browser: Debian's headless Chromium, driven by Playwright, against a
`tradebrief serve` the test starts. Screenshots land in tests/artifacts/ for a person to look at."""

from __future__ import annotations

import pytest
from browsing import ARTIFACTS, BROWSER_MARKS, chat_page, upload
from browsing import ask as _ask

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def page(assistant, settings, tmp_path_factory):
    with chat_page(settings, tmp_path_factory) as (_, tab):
        yield tab


def test_a_typed_question_gets_an_answer_with_its_quote_in_the_sources_panel(page, sources):
    _ask(page, "When did Korea introduce its offset program?")
    page.wait_for_selector("#tb-sources-panel .tb-source mark")
    reply = page.locator("#tb-chat .message.bot").last.inner_text()
    assert "1982" in reply and "[1]" in reply
    quote = page.locator("#tb-sources-panel mark").first.inner_text()
    assert any(" ".join(quote.split()) in " ".join(s.text.split()) for s in sources.values())
    panel = page.locator("#tb-sources-panel").inner_text()
    assert "[1]" in panel and any(kind in panel for kind in ("news", "research report", "blog"))
    page.screenshot(path=str(ARTIFACTS / "chat-answer.png"))


def test_the_calculator_working_is_a_step_that_opens(page):
    _ask(page, "Does a competitive contract worth $12 million trigger an offset obligation?")
    step = page.get_by_text("Calculator: offset obligation").last
    step.wait_for()
    step.click()
    working = page.get_by_text("50% × USD 12,000,000 = USD 6,000,000").last
    working.wait_for()
    page.wait_for_timeout(500)  # let the step finish opening before the picture
    assert working.is_visible()
    page.screenshot(path=str(ARTIFACTS / "chat-calculator.png"))


def test_an_empty_question_gets_a_visible_message(page):
    page.fill("#tb-question textarea", "   ")
    page.click("#tb-ask")
    page.locator("#tb-status").get_by_text("empty").wait_for()


def test_the_data_view_shows_tables_and_plots(page):
    page.get_by_role("tab", name="Data").click()
    page.get_by_text("Offset policy history").first.wait_for()
    # Plots arrive one by one; wait for the third rather than count the first ones in.
    page.locator("#tb-data-tab img").nth(2).wait_for()
    assert page.locator("#tb-data-tab img").count() >= 3
    assert page.get_by_text("Sources: KIET").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "data-view.png"))
    page.screenshot(path=str(ARTIFACTS / "data-view-full.png"), full_page=True)
    page.get_by_role("tab", name="Chat").click()


def test_a_document_uploaded_in_the_browser_is_cited_in_the_chat(page, tmp_path):
    memo = tmp_path / "Harbor Memo.md"
    memo.write_text(
        "# Harbor memo\n\nThe delegation will propose a phased offset waiver for the Blue Harbor "
        "coastal radar program.\n",
        encoding="utf-8",
    )
    page.get_by_role("tab", name="Documents").click()
    upload(page, memo)
    page.click("#tb-add")
    page.locator("#tb-ingest-status").get_by_text("Added to the knowledge base").wait_for()
    page.locator("#tb-documents").get_by_text("harbor-memo").first.wait_for()
    page.screenshot(path=str(ARTIFACTS / "documents.png"))
    page.get_by_role("tab", name="Chat").click()
    _ask(page, "What waiver will the delegation propose for the Blue Harbor radar program?")
    page.locator("#tb-sources-panel").get_by_text("harbor-memo").first.wait_for()
    assert "phased offset waiver" in page.locator("#tb-sources-panel mark").first.inner_text()


def test_a_long_upload_shows_its_progress_and_a_cancel_leaves_nothing(page, tmp_path):
    notes = tmp_path / "Slate Notes.txt"
    notes.write_text(
        "\n".join(
            f"The basalt panel noted on day {n} that the quartzite clause covers {n} tonnes."
            for n in range(1500)
        ),
        encoding="utf-8",
    )
    page.get_by_role("tab", name="Documents").click()
    upload(page, notes)
    page.click("#tb-add")
    bar = page.locator("#tb-ingest-progress")
    bar.get_by_text("Embedding slate-notes").wait_for(timeout=120_000)
    assert "estimated" in bar.inner_text()
    page.locator("#tb-ingest-progress .tb-progress").wait_for()
    page.screenshot(path=str(ARTIFACTS / "upload-progress.png"))
    page.click("#tb-cancel")
    status = page.locator("#tb-ingest-status")
    status.get_by_text("Cancelled: the knowledge base is as it was").wait_for(timeout=120_000)
    assert "slate-notes" not in page.locator("#tb-documents").inner_text()
    assert not page.locator("#tb-cancel").is_visible()
    page.screenshot(path=str(ARTIFACTS / "upload-cancelled.png"))
    page.get_by_role("tab", name="Chat").click()
