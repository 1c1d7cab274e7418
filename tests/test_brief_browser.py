"""The Brief tab in a real browser: build `ustr`, see the preview's sections, download the Word
and HTML files, and print the HTML to PDF with Chromium. Pictures land in tests/artifacts/."""

from __future__ import annotations

import io

import pytest
from browsing import ARTIFACTS, BROWSER_MARKS, chat_page

from assistant.app.brief import section_titles

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def browser_page(assistant, settings, tmp_path_factory):
    with chat_page(settings, tmp_path_factory, height=900) as opened:
        yield opened


def test_the_brief_tab_builds_ustr_and_downloads_word_and_html(browser_page, tmp_path):
    from docx import Document

    context, page = browser_page
    page.get_by_role("tab", name="Brief").click()
    page.locator("#tb-brief-topic input").click()
    page.get_by_role("option", name="(ustr)").first.click()
    page.click("#tb-brief-build")
    page.locator("#tb-brief-status").get_by_text("sources cited").wait_for()
    preview = page.locator("#tb-brief-preview").inner_text()
    for number, title in enumerate(section_titles(), start=1):
        if number in (1, 2, 4, 9):
            assert f"{number}. {title}" in preview
    page.screenshot(path=str(ARTIFACTS / "brief-tab.png"))

    files = {}
    for fmt in ("docx", "html"):
        with page.expect_download() as download:
            page.locator(f"#tb-brief-{fmt} a").first.click()
        files[fmt] = tmp_path / f"brief.{fmt}"
        download.value.save_as(files[fmt])
    word = Document(io.BytesIO(files["docx"].read_bytes()))
    assert any(p.text == "1. The issue in brief" for p in word.paragraphs)

    printed = context.new_page()
    printed.goto(files["html"].as_uri())
    printed.emulate_media(media="print")
    pdf = printed.pdf(path=str(ARTIFACTS / "brief-ustr.pdf"), format="A4")
    assert pdf[:4] == b"%PDF"
    printed.screenshot(path=str(ARTIFACTS / "brief-ustr-print.png"), full_page=True)
    printed.close()
