"""Debian's headless Chromium, driven by Playwright, against a `tradebrief serve` a test starts.

Shared by the browser tests: where Chromium is, the flags that keep it off the network, where
screenshots go, the marks that skip (or, in CI, fail) without a browser, and the chat page itself.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from serving import serve_copy

from assistant.settings import REPO_ROOT

CHROMIUM = Path("/usr/bin/chromium")
# No browser download, no calls home: this machine has no network beyond package registries.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"

MISSING = not CHROMIUM.exists() and not shutil.which("chromium")
# CI installs chromium and sets this, so there a missing browser fails instead of skipping.
REQUIRED = os.environ.get("TRADEBRIEF_REQUIRE_BROWSER") == "1"

BROWSER_MARKS = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(
        MISSING and not REQUIRED,
        reason="needs Debian's chromium (apt-get install -y chromium; .ci/run installs it)",
    ),
]


@contextmanager
def chat_page(
    settings: Any, tmp_path_factory: Any, height: int = 800, locale: str | None = None
) -> Iterator[tuple[Any, Any]]:
    """(browser context, page) on the chat of a server over a copy of the test index; the
    server and the browser are stopped at the end. ``locale`` ("ko-KR") is the browser's."""
    server = serve_copy(settings, tmp_path_factory)
    try:
        with browser_on(server, height, locale) as opened:
            yield opened
    finally:
        server.stop()


@contextmanager
def browser_on(
    server: Any, height: int = 800, locale: str | None = None
) -> Iterator[tuple[Any, Any]]:
    """(browser context, page) on the chat of a running ``server``; the browser is closed at the
    end, the server left running. ``locale`` ("ko-KR") is the browser's."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
            args=FLAGS,
            headless=True,
        )
        context = browser.new_context(
            viewport={"width": 1280, "height": height},
            accept_downloads=True,
            **({"locale": locale} if locale else {}),
        )
        tab = context.new_page()
        tab.set_default_timeout(60_000)
        tab.goto(server.url)
        tab.wait_for_selector("#tb-question textarea")
        yield context, tab
        browser.close()


def ask(page: Any, question: str) -> str:
    """Type ``question`` in the chat, wait for its answer, and return the answer's text."""
    answers = page.locator("#tb-chat .message.bot").count()
    page.fill("#tb-question textarea", question)
    page.press("#tb-question textarea", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#tb-chat .message.bot').length > n", arg=answers
    )
    page.wait_for_function("() => document.querySelector('#tb-question textarea').value === ''")
    return page.locator("#tb-chat .message.bot").last.inner_text()


def upload(page: Any, path: Path, *, attempts: int = 3, wait_ms: int = 60_000) -> None:
    """Put ``path`` in the Documents tab's upload widget and wait until the widget shows it.

    Gradio follows an upload's progress on a second request; when that request overtakes the
    upload (gradio-app/gradio#9514, likelier on a loaded machine) the widget can stay blank with
    nothing sent. A person would pick the file again, and so does this: up to ``attempts`` times,
    leaving a screenshot of the stuck widget for a person to look at."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    widget = page.locator("#tb-upload")
    for attempt in range(1, attempts + 1):
        clear = widget.locator("button[aria-label='Clear']")
        if clear.count():  # an earlier upload's files are still shown
            clear.first.click()
            # Clearing re-renders the widget; files set on the input it replaces are lost.
            clear.first.wait_for(state="detached")
        widget.locator("input[type=file]").set_input_files(str(path))
        try:
            # The widget splits a name into stem and extension; its cell keeps the whole name as
            # its label.
            widget.get_by_label(path.name, exact=True).first.wait_for(timeout=wait_ms)
            return
        except PlaywrightTimeout:
            page.screenshot(path=str(ARTIFACTS / f"upload-stuck-{attempt}.png"))
            if attempt == attempts:
                raise
