"""Uploads in the background: the chat's Documents tab ingests while the page stays usable.

One upload runs at a time per server (the store has one writer anyway). ``Uploads.start`` begins
it in a thread and returns at once; the page then polls ``Uploads.state`` about once a second for
the estimate of the document being read, a progress bar and, at the end, the outcome of every
file. ``Uploads.cancel`` stops it at the next checkpoint (``assistant.search.watch``) and undoes
what it had stored, so the knowledge base is as it was before the upload. Nothing here depends on
Gradio: the layer in ``ui.py`` renders these states, and the tests drive them directly.
"""

from __future__ import annotations

import html
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.errors import TradebriefError, first_line
from assistant.search.ingest import Estimate, IngestReport, duration
from assistant.search.watch import Step, Watch, watching
from assistant.wording import label

if TYPE_CHECKING:
    from assistant.pipeline import Assistant

log = logging.getLogger(__name__)

# Share of a document's bar given to embedding (the slow part); storing takes the rest.
EMBEDDING_SHARE = 0.8


@dataclass
class UploadState:
    """Where an upload is, as the page shows it."""

    running: bool = False
    # A cancel was asked for (kept after the end: the outcome says when it came too late).
    cancelling: bool = False
    files: int = 0
    estimates: list[Estimate] = field(default_factory=list)
    step: Step | None = None
    started: float = 0.0
    report: IngestReport | None = None
    error: str = ""

    @property
    def fraction(self) -> float:
        """How far the document being written is, 0 to 1 (reading counts as 0)."""
        step = self.step
        if step is None or not step.total or step.phase == "reading":
            return 0.0
        share = min(1.0, step.done / step.total)
        if step.phase == "embedding":
            return EMBEDDING_SHARE * share
        return EMBEDDING_SHARE + (1 - EMBEDDING_SHARE) * share

    def line(self, language: str = "en") -> str:
        """One line of where it is, in ``language``: the file, its estimate, what it is doing."""
        if self.cancelling:
            return label("upload_cancelling", language)
        step = self.step
        if step is None:
            return label("upload_starting", language, files=self.files)
        if step.phase == "reading":
            number, total = step.done + 1, step.total
            return label("upload_reading", language, name=step.name, number=number, total=total)
        latest = self.estimates[-1] if self.estimates else None
        seconds = duration(latest.seconds) if latest else ""
        estimate = label("upload_estimate", language, duration=seconds) if latest else ""
        key = "upload_embedding" if step.phase == "embedding" else "upload_storing"
        done, of = f"{step.done:,}", f"{step.total:,}"
        return label(key, language, name=step.name, done=done, total=of, estimate=estimate)


class Uploads:
    """The one background upload of a chat server: start it, follow it, cancel it."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._guard = threading.Lock()
        self._state = UploadState()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, paths: list[str], metadata: dict[str, Any]) -> bool:
        """Begin ingesting ``paths`` in the background; False when another upload runs."""
        with self._guard:
            if self._state.running:
                return False
            self._cancel = threading.Event()
            self._state = UploadState(running=True, files=len(paths), started=time.monotonic())
            self._thread = threading.Thread(
                target=self._run,
                args=(paths, metadata, self._cancel),
                name="tradebrief-upload",
                daemon=True,
            )
            self._thread.start()
        return True

    def cancel(self) -> bool:
        """Ask the running upload to stop and undo itself; False if none is running."""
        with self._guard:
            if not self._state.running:
                return False
            self._cancel.set()
            self._state.cancelling = True
            return True

    def state(self) -> UploadState:
        """A copy of the current state (the thread goes on changing its own)."""
        with self._guard:
            state = self._state
            return UploadState(
                state.running,
                state.cancelling,
                state.files,
                list(state.estimates),
                state.step,
                state.started,
                state.report,
                state.error,
            )

    def wait(self, timeout: float | None = None) -> UploadState:
        """The state once the upload has ended (or ``timeout`` has passed)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self.state()

    def _run(self, paths: list[str], metadata: dict[str, Any], cancel: threading.Event) -> None:
        def estimated(estimate: Estimate) -> str | None:
            with self._guard:
                self._state.estimates.append(estimate)
            return None  # whoever uploads has chosen to; the estimate is shown, not asked about

        def stepped(step: Step) -> None:
            with self._guard:
                self._state.step = step

        report: IngestReport | None = None
        error = ""
        try:
            with watching(Watch(estimated, step=stepped, cancel=cancel)):
                report = self.assistant.ingest(paths, metadata=metadata)
        except TradebriefError as exc:
            error = str(exc)
        except Exception as exc:  # a background thread has nobody else to tell
            log.exception("the upload failed")
            error = f"internal error: {first_line(exc)}"
        with self._guard:
            self._state.report = report
            self._state.error = error
            self._state.running = False  # ``cancelling`` stays: the outcome says if it came late


def progress_html(state: UploadState, language: str = "en") -> str:
    """The progress bar and its line in ``language``, while an upload runs ("" otherwise)."""
    if not state.running:
        return ""
    percent = round(100 * state.fraction)
    return (
        f'<div class="tb-progress" role="progressbar" aria-valuenow="{percent}" '
        f'aria-valuemin="0" aria-valuemax="100"><div class="tb-progress-fill" '
        f'style="width: {percent}%"></div></div>'
        f'<div class="tb-progress-line">{html.escape(state.line(language))} ({percent}%)</div>'
    )


def outcome_markdown(state: UploadState, language: str = "en") -> str:
    """What the finished upload did, one line per file, with the estimates given beforehand;
    the sentences in ``language``, each file's line as the ingest reports it."""
    if state.error:
        return f"⚠ {state.error}"
    report = state.report
    if report is None:
        return ""
    lines = [f"- `{o.line()}`" for o in report.outcomes]
    lines += [f"- {label('upload_estimated', language, line=e.line())}" for e in state.estimates]
    if report.cancelled:
        head = label("upload_cancelled", language)
    elif report.changed:
        head = label("upload_added", language)
    else:
        head = label("upload_nothing", language)
    if state.cancelling and not report.cancelled:
        head = f"{label('upload_too_late', language)} {head}"
    if report.failed:
        head += " " + label("upload_failed", language, count=len(report.failed))
    return "\n".join([head, *lines])
