"""Answer feedback from the chat: thumbs up or down and an optional comment, kept in SQLite.

``$TRADEBRIEF_HOME/feedback.sqlite3`` holds one row per rating: the question, the conversation
before it, the answer's JSON, the content hash of each source it cited (so a reviewer can tell
whether the sources changed since), the time, and who rated it. Every rating is a new row (two
people rating the same answer get two rows); a comment is added to its own row. Each write is
one transaction in WAL mode with full sync: once ``add`` returns, the row survives the process
being stopped or killed. Several processes may write at once (SQLite serializes them; a writer
waits up to ``BUSY_SECONDS``). The file is local to each server, never in the shared Chroma store.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from assistant.answers import Answer
from assistant.errors import InputError, KnowledgeError

Rating = Literal["up", "down"]
# How long a write waits for another process's transaction before failing.
BUSY_SECONDS = 30.0
# Longest comment kept, in characters.
MAX_COMMENT = 2000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    user TEXT,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    history TEXT NOT NULL,
    answer TEXT NOT NULL,
    source_hashes TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Feedback:
    """One rating of one answer."""

    id: int
    time: str  # UTC, ISO 8601
    user: str | None
    rating: Rating
    comment: str
    question: str
    history: list[dict[str, str]]
    answer: Answer
    source_hashes: dict[str, str]

    @property
    def category(self) -> str:
        """What kind of answer was rated: calculator, abstained, disputed or answer."""
        if self.answer.tool_calls:
            return "calculator"
        if self.answer.abstained:
            return "abstained"
        if self.answer.disputed:
            return "disputed"
        return "answer"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.time,
            "user": self.user,
            "rating": self.rating,
            "comment": self.comment,
            "category": self.category,
            "question": self.question,
            "history": self.history,
            "answer": self.answer.model_dump(mode="json"),
            "source_hashes": self.source_hashes,
        }


class FeedbackStore:
    """The feedback file; each call opens its own connection, so threads and processes share it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        # Switching to WAL and creating the table take a write lock that SQLite may refuse at
        # once ("database is locked") while another writer opens the file, without waiting for
        # its busy timeout: such a refusal is retried until BUSY_SECONDS have passed.
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
                try:
                    connection.execute("PRAGMA journal_mode=WAL")
                    connection.execute("PRAGMA synchronous=FULL")
                    connection.execute(_SCHEMA)
                except sqlite3.Error:
                    connection.close()
                    raise
                return connection
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise KnowledgeError(
                        f"cannot open the feedback file {self.path}: {exc}"
                    ) from None
                time.sleep(0.05)
            except (OSError, sqlite3.Error) as exc:
                raise KnowledgeError(f"cannot open the feedback file {self.path}: {exc}") from None

    def add(
        self,
        rating: Rating,
        question: str,
        history: list[dict[str, str]],
        answer: Answer,
        source_hashes: dict[str, str],
        user: str | None = None,
        comment: str = "",
    ) -> int:
        """Store one rating; its row id. Committed when this returns."""
        if rating not in ("up", "down"):
            raise InputError(f"rating must be up or down, not {rating!r}")
        time = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        row = (
            time,
            user,
            rating,
            _comment(comment),
            question,
            json.dumps(history, ensure_ascii=False),
            answer.model_dump_json(),
            json.dumps(source_hashes, ensure_ascii=False, sort_keys=True),
        )
        connection = self._connect()
        try:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                cursor = connection.execute(
                    "INSERT INTO feedback (time, user, rating, comment, question, history, "
                    "answer, source_hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
            return int(cursor.lastrowid or 0)
        finally:
            connection.close()

    def comment(self, feedback_id: int, text: str) -> None:
        """Set the comment of one's own rating ``feedback_id``."""
        connection = self._connect()
        try:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                cursor = connection.execute(
                    "UPDATE feedback SET comment = ? WHERE id = ?", (_comment(text), feedback_id)
                )
            if cursor.rowcount != 1:
                raise InputError(f"no feedback with id {feedback_id}")
        finally:
            connection.close()

    def entries(self, disliked: bool = False) -> list[Feedback]:
        """Every rating, oldest first; only thumbs-down ones with ``disliked``."""
        if not self.path.exists():
            return []
        connection = self._connect()
        try:
            connection.row_factory = sqlite3.Row
            query = "SELECT * FROM feedback" + (" WHERE rating = 'down'" if disliked else "")
            rows = connection.execute(query + " ORDER BY id").fetchall()
        finally:
            connection.close()
        return [_entry(row) for row in rows]

    def stats(self) -> dict[str, dict[str, Counter[str]]]:
        """Counts of up and down ratings by day (UTC) and by category."""
        days: dict[str, Counter[str]] = {}
        categories: dict[str, Counter[str]] = {}
        for entry in self.entries():
            days.setdefault(entry.time[:10], Counter())[entry.rating] += 1
            categories.setdefault(entry.category, Counter())[entry.rating] += 1
        return {"day": days, "category": categories}


def _comment(text: str) -> str:
    text = (text or "").strip()
    if len(text) > MAX_COMMENT:
        raise InputError(
            f"the comment is too long ({len(text):,} characters): keep it under {MAX_COMMENT:,}"
        )
    return text


def _entry(row: sqlite3.Row) -> Feedback:
    """One stored rating, read by column name: the columns are Feedback's fields, three as JSON."""
    return Feedback(
        **{
            **dict(row),
            "history": json.loads(row["history"]),
            "answer": Answer.model_validate_json(row["answer"]),
            "source_hashes": json.loads(row["source_hashes"]),
        }
    )
