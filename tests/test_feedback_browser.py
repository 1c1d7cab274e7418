"""Feedback in a real browser: a thumbs-down with a comment on a chat answer, given in headless
Chromium, lands in the server's feedback file and comes out of `tradebrief feedback export
--disliked --as-eval` as a draft evaluation case, after the server has stopped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from browsing import ARTIFACTS, BROWSER_MARKS, browser_on
from serving import serve_copy

from assistant.evaluation.cases import load_cases
from assistant.settings import REPO_ROOT

pytestmark = BROWSER_MARKS

QUESTION = "How much offset trade did Airbus agree to provide for the KC-X tankers?"
COMMENT = "Say what share of it was technology transfer."


def test_a_thumbs_down_with_a_comment_becomes_a_draft_eval_case(
    assistant, settings, tmp_path_factory, tmp_path
):
    server = serve_copy(settings, tmp_path_factory)
    home = server.log.parent
    try:
        with browser_on(server) as (_, page):
            page.fill("#tb-question textarea", QUESTION)
            page.press("#tb-question textarea", "Enter")
            page.locator("#tb-chat .message.bot").first.wait_for()
            page.wait_for_function(
                "() => document.querySelector('#tb-question textarea').value === ''"
            )
            page.locator("#tb-chat").get_by_label("Dislike").last.click()
            page.locator("#tb-feedback-status").get_by_text("what was wrong").wait_for()
            page.fill("#tb-feedback-comment textarea", COMMENT)
            page.click("#tb-feedback-send")
            page.locator("#tb-feedback-status").get_by_text("Comment saved").wait_for()
            page.screenshot(path=str(ARTIFACTS / "chat-feedback.png"))
    finally:
        server.stop()
    assert server.process.returncode is not None

    drafts = tmp_path / "drafts.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "feedback", "export", "--disliked", "--as-eval",
         str(drafts)],
        env={**os.environ, "TRADEBRIEF_HOME": str(home)},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    [case] = load_cases([Path(drafts)])
    expected = assistant.ask(QUESTION)
    assert case.draft and case.category == "feedback"
    assert case.question == QUESTION
    assert case.note and COMMENT in case.note
    assert set(case.sources) == {c.source_id for c in expected.citations}
    assert "662.6 million" in case.values
