"""The exceptions tradebrief raises, each with a message a user can act on.

    TradebriefError
    ├── InputError          bad question, history, expression or JSON line from the user
    │   ├── CalculationError    a calculation that cannot be done as asked (÷0, no rate, 1e999999)
    │   └── DocumentError       a document to ingest that cannot be read (empty, corrupt, encrypted)
    ├── KnowledgeError      a source, metadata or data file that is missing or malformed
    ├── IndexStoreError     the Chroma store cannot be opened, built or reached
    └── ModelError          the embedding model cannot be loaded or exported

The CLI prints ``str(error)`` on one line and exits non-zero; it never shows a traceback
for these.
"""

from __future__ import annotations


class TradebriefError(Exception):
    """Base class of every error tradebrief reports to a user."""


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


class ModelError(TradebriefError):
    """The embedding model cannot be loaded."""
