"""The exceptions tradebrief raises, each with a message a user can act on.

    TradebriefError
    ├── InputError          bad question, history, expression or JSON line from the user
    │   ├── CalculationError    a calculation that cannot be done as asked (÷0, no rate, 1e999999)
    │   └── DocumentError       a document to ingest that cannot be read (empty, corrupt, encrypted)
    ├── KnowledgeError      a source, metadata or data file that is missing or malformed
    ├── IndexStoreError     the Chroma store cannot be opened, built or reached
    ├── Cancelled           a write the user cancelled (an upload in the chat); nothing kept
    └── ModelError          the embedding model cannot be loaded or exported

The CLI prints ``str(error)`` on one line and exits non-zero; it never shows a traceback
for these.
"""

from __future__ import annotations

from os import PathLike
from typing import Any


class TradebriefError(Exception):
    """Base class of every error tradebrief reports to a user.

    Besides its one-line message, an error may carry its context for code that handles it: the
    ``path`` of the file at fault, the ``id`` of the row, case or source, and the offending
    ``value``. Each is None when it does not apply."""

    def __init__(
        self,
        message: str = "",
        *,
        path: str | PathLike[str] | None = None,
        id: str | None = None,
        value: object = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.id = id
        self.value = value


class InputError(TradebriefError, ValueError):
    """The user's input cannot be used as given."""


class CalculationError(InputError):
    """The calculator was asked for something it cannot compute; nothing was evaluated."""


class DocumentError(InputError):
    """A document given to ``ingest`` cannot be read; the message says why in one line."""


class KnowledgeError(TradebriefError):
    """A knowledge file (source, metadata, data table) is missing or malformed."""


class IndexStoreError(TradebriefError):
    """The vector store cannot be opened, built or reached."""


class Cancelled(TradebriefError):
    """The user cancelled a write under way; what it had written was taken out again."""


class ModelError(TradebriefError):
    """The embedding model cannot be loaded."""


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (libraries write pages; users read a line)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def describe(
    error: Any, default: str = "input", *, skip: int = 0, unknown_field: str | None = None
) -> str:
    """ "where: what" for the first problem of a pydantic ``ValidationError`` ("amount: Input
    should be a valid string"); ``default`` names the whole input when no field is at fault.

    ``skip`` leaves that many leading parts out of the place (a row's index, said by the caller
    with the row's id); ``unknown_field`` replaces pydantic's words for a field it does not know."""
    problems = error.errors() if callable(getattr(error, "errors", None)) else []
    if not problems:
        return first_line(error)
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"][skip:]) or default
    what = str(first["msg"]).removeprefix("Value error, ")
    if unknown_field and first.get("type") == "extra_forbidden":
        what = unknown_field
    return f"{where}: {what}"
