"""The chat's background upload: it shows the estimate and a progress bar while the page stays
usable, and a cancel leaves the knowledge base exactly as it was before the upload: the same
sources with the same unit counts, no leftover records in the store, the same archive manifest,
and the same answers.

The slow tests cancel real ingests (the model embeds, Chroma stores) on a copy of the session's
store; the others check how an upload's state reads on the page.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from assistant.app.uploads import UploadState, outcome_markdown, progress_html
from assistant.search.ingest import Estimate, IngestOutcome, IngestReport
from assistant.search.watch import Step, Watch, watching
from assistant.wording import label

QUESTIONS = [
    "What was the zircon levy on lot 3?",
    "Who supplied the KC-X tankers?",
]
LINE = "The basalt panel noted on day {n} that the quartzite clause covers {n} tonnes of slate."


def memo(version: int) -> str:
    return "\n".join(
        f"The zircon levy on lot {lot} was set at {version * 10 + lot} percent in round {version}."
        for lot in range(1, 9)
    )


def _notes(path: Path, sentences: int) -> Path:
    path.write_text("\n".join(LINE.format(n=n) for n in range(sentences)), encoding="utf-8")
    return path


# -- how an upload reads on the page ---------------------------------------------------------


def test_the_bar_gives_embedding_most_of_the_width_and_says_where_it_is():
    state = UploadState(running=True, files=2, estimates=[Estimate("/x/big.md", "big", 3000)])
    assert "Starting the upload of 2 file(s)" in progress_html(state)
    state.step = Step("reading", "big.md", 0, 2)
    assert state.fraction == 0 and "Reading big.md (file 1 of 2)" in state.line()
    state.step = Step("embedding", "big", 1500, 4000)
    assert state.fraction == pytest.approx(0.3)
    assert state.line() == "Embedding big: 1,500 of 4,000 — estimated 1 min"
    page = progress_html(state)
    assert 'aria-valuenow="30"' in page and "width: 30%" in page
    state.step = Step("storing", "big", 4000, 4000)
    assert state.fraction == 1.0 and state.line().startswith("Storing big")
    state.cancelling = True
    assert "Cancelling" in progress_html(state)
    state.running = False
    assert progress_html(state) == ""


def test_the_outcome_says_what_was_cancelled_and_when_a_cancel_came_too_late():
    cancelled = IngestReport(
        [
            IngestOutcome("/x/memo.md", "cancelled", "memo", "replaced, then undone"),
            IngestOutcome("/x/big.md", "cancelled", reason="big: cancelled; nothing was kept"),
        ]
    )
    text = outcome_markdown(UploadState(cancelling=True, report=cancelled))
    assert text.startswith("Cancelled: the knowledge base is as it was before this upload.")
    assert "memo.md (replaced, then undone)" in text
    late = IngestReport([IngestOutcome("/x/memo.md", "added", "memo", units=8)])
    text = outcome_markdown(UploadState(cancelling=True, report=late))
    assert text.startswith("The upload had finished storing before the cancel could take effect.")
    assert outcome_markdown(UploadState(error="Chroma store failed")) == "⚠ Chroma store failed"


# -- real cancels ------------------------------------------------------------------------------


@pytest.fixture()
def app(settings, assistant, tmp_path_factory):
    """A chat over its own copy of the built store, with one document ingested already."""
    from assistant import Assistant
    from assistant.app.ui import ChatApp
    from assistant.settings import Settings

    home = tmp_path_factory.mktemp("cancel-home")
    shutil.copytree(settings.home, home, dirs_exist_ok=True)
    chat = ChatApp(Assistant(Settings(home=home), progress=False))
    docs = home / "docs"
    docs.mkdir()
    path = docs / "zircon-memo.txt"
    path.write_text(memo(1), encoding="utf-8")
    assert chat.assistant.ingest([path]).added
    return chat


def snapshot(chat) -> dict:
    """What a cancel must leave unchanged, read afresh from the store."""
    from assistant import Assistant

    bot = Assistant(chat.assistant.settings, progress=False)  # a new reader: nothing cached
    index = bot.index
    return {
        "sources": [(s.id, s.units, s.hash, s.meta) for s in bot.sources()],
        "records": {
            name: index.store._collection(name).count()
            for name in ("tradebrief_sources", "tradebrief_vectors")
        },
        "manifest": index.archive.manifest() if index.archive else None,
        "answers": [bot.ask(q).model_dump(mode="json") for q in QUESTIONS],
    }


def test_a_cancelled_upload_leaves_the_knowledge_base_as_it_was(app):
    before = snapshot(app)
    docs = app.assistant.settings.home / "docs"
    (docs / "zircon-memo.txt").write_text(memo(2), encoding="utf-8")  # a replace, then…
    big = _notes(docs / "slate-notes.txt", 1200)  # …a new document, cancelled mid-embedding
    progress, outcome, _, _ = app.upload([str(docs / "zircon-memo.txt"), str(big)])
    assert "tb-progress" in progress and outcome == ""
    assert app.upload([str(big)])[1].startswith("⚠ Another upload is running")
    assert app.upload([str(big)], language="ko")[1] == f"⚠ {label('upload_running', 'ko')}"

    seen: list[str] = []
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        state = app.uploads.state()
        assert state.running, outcome_markdown(state)
        seen.append(progress_html(state))
        step = state.step
        if step and step.name == "slate-notes" and step.phase == "embedding" and step.done:
            break
        time.sleep(0.05)
    # While it ran: the estimate of the big document and a bar that moved.
    assert any("estimated" in page for page in seen)
    assert any('aria-valuenow="0"' not in page for page in seen)
    assert app.cancel_upload()[0] != ""
    state = app.uploads.wait(timeout=600)
    assert not state.running
    report = state.report
    assert report is not None, state.error
    assert [(o.status, o.reason) for o in report.outcomes] == [
        ("cancelled", "replaced, then undone"),
        ("cancelled", "slate-notes: cancelled; nothing of it was kept"),
    ]
    progress, text, table, _, _, _ = app.follow()
    assert text.startswith("Cancelled: the knowledge base is as it was before this upload.")
    assert "slate-notes" not in table["Id"].tolist()
    assert snapshot(app) == before
    # The same app answers as before too.
    answer = app.assistant.ask(QUESTIONS[0]).model_dump(mode="json")
    assert answer == before["answers"][0]


def test_a_cancel_while_storing_drops_the_records_already_written(app):
    before = snapshot(app)
    big = _notes(app.assistant.settings.home / "docs" / "slate-notes.txt", 400)
    cancel = threading.Event()
    written: list[Step] = []

    def step(step: Step) -> None:
        if step.phase == "storing" and step.done:  # a batch of units is in the store
            written.append(step)
            cancel.set()

    with watching(Watch(step=step, cancel=cancel)):
        report = app.assistant.ingest([big])
    assert written and [o.status for o in report.outcomes] == ["cancelled"]
    assert snapshot(app) == before
