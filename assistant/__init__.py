"""tradebrief: grounded, cited answers on the Korea–US defense offset dispute.

The package reads as the pipeline, one stage a sub-package, imports pointing one way:

    knowledge → search → answering → korean → pipeline → app, evaluation, cli
                          ↑ calculator (beside answering)

The stages are ``knowledge``, ``search``, ``calculator``, ``answering``, ``korean``, ``app`` and
``evaluation``. Top-level modules are the base every stage may use (``errors``, ``settings``,
``answers``, ``quantities`` with the currencies it reads (``currencies``), ``korean_numbers``, ``inputs``, ``wording``, ``datafiles``,
``regex``), the ``Assistant`` that joins the stages (``pipeline``) and the command line (``cli``).

Public names are imported lazily so ``tradebrief --help`` does not pay for chromadb or the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Answer", "Assistant", "Citation", "Settings", "ToolCall", "TradebriefError"]

if TYPE_CHECKING:
    from assistant.answers import Answer, Citation, ToolCall
    from assistant.errors import TradebriefError
    from assistant.pipeline import Assistant
    from assistant.settings import Settings

_HOMES = {
    "Answer": "answers",
    "Citation": "answers",
    "ToolCall": "answers",
    "Assistant": "pipeline",
    "Settings": "settings",
    "TradebriefError": "errors",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
