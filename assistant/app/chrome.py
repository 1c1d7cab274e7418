"""The page's wording that follows its language: every tab, label, button, heading and
placeholder registered once, with the ``prompts/ui.yaml`` key it shows, so the language switch
(or the browser's locale) rewords all of them in one update."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import gradio as gr  # the Gradio layer, imported only by `serve`

from assistant.wording import label


@dataclass
class Chrome:
    """(component, property, label key, fields) of each worded part of the page."""

    entries: list[tuple[Any, str, str, dict[str, Any]]] = field(default_factory=list)

    def add(self, component: Any, prop: str, key: str, **fields: Any) -> Any:
        """Register ``component``'s ``prop`` ("label", "value", "placeholder") as label ``key``."""
        self.entries.append((component, prop, key, fields))
        return component

    @property
    def components(self) -> list[Any]:
        return [component for component, _, _, _ in self.entries]

    def updates(self, language: str) -> list[Any]:
        """One update per registered component, worded in ``language``."""
        updates = []
        for _, prop, key, fields in self.entries:
            worded: dict[str, Any] = {prop: label(key, language, **fields)}
            updates.append(gr.update(**worded))
        return updates
