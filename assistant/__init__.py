"""tradebrief: grounded, cited answers on the Korea–US defense offset dispute.

Public names are imported lazily so ``tradebrief --help`` does not pay for chromadb or the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Answer", "Assistant", "Citation", "Settings", "ToolCall", "TradebriefError"]

if TYPE_CHECKING:
    from .answers import Answer, Citation, ToolCall
    from .assistant import Assistant
    from .errors import TradebriefError
    from .settings import Settings

_HOMES = {
    "Answer": "answers",
    "Citation": "answers",
    "ToolCall": "answers",
    "Assistant": "assistant",
    "Settings": "settings",
    "TradebriefError": "errors",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
