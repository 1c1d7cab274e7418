"""The Brief tab of the browser app: pick a topic (or type one), preview the brief, download it
as Markdown, Word or print-ready HTML. Progress shows while the brief is built."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr  # the Gradio layer, imported only by `serve`

from assistant.app.brief import build_brief, topics
from assistant.app.brief_render import render, to_markdown
from assistant.errors import InputError, TradebriefError

if TYPE_CHECKING:
    from assistant.pipeline import Assistant


def _choices() -> list[tuple[str, str]]:
    return [(f"{title} ({key})", key) for key, title in topics().items()]


class BriefMaker:
    """Builds a brief and writes its three formats to files the page can offer for download."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._out = Path(tempfile.mkdtemp(prefix="tradebrief-briefs-"))

    def make(self, topic: str | None, free_text: str | None, progress: Any = None) -> tuple:
        """(preview Markdown, md path, docx path, html path, status) for the chosen topic; free
        text, when given, wins over the picker."""
        chosen = (free_text or "").strip() or (topic or "full")
        report = progress if callable(progress) else (lambda *a, **k: None)
        try:
            report(0.1, desc="Choosing sentences and figures")
            brief = build_brief(self.assistant, chosen)
            report(0.7, desc="Writing Markdown, Word and HTML")
            folder = Path(tempfile.mkdtemp(dir=self._out))
            stem = re.sub(r"[^a-z0-9]+", "-", chosen.lower()).strip("-")[:40] or "brief"
            paths = []
            for fmt in ("md", "docx", "html"):
                path = folder / f"tradebrief-brief-{stem}.{fmt}"
                path.write_bytes(render(brief, fmt))
                paths.append(str(path))
        except InputError as exc:
            return gr.skip(), None, None, None, f"⚠ {exc}"
        except TradebriefError as exc:
            raise gr.Error(f"tradebrief could not build the brief: {exc}") from None
        report(1.0, desc="Done")
        status = f"Built the brief on “{brief.title}”: {len(brief.citations)} sources cited."
        return to_markdown(brief), *paths, status


def brief_tab(assistant: Assistant) -> BriefMaker:
    """Lay out the Brief tab inside the current ``gr.Tabs``; returns its handler object."""
    maker = BriefMaker(assistant)
    with gr.Tab("Brief", id="brief", elem_id="tb-brief-tab"):
        gr.Markdown(
            "A negotiation brief in nine sections, every statement cited with a verbatim quote "
            "and every figure from a quote or a recorded calculation. Pick a topic, or type your "
            "own (it is searched over every document, yours included)."
        )
        with gr.Row():
            topic = gr.Dropdown(_choices(), value="full", label="Topic", elem_id="tb-brief-topic")
            free = gr.Textbox(label="…or free text", max_lines=1, elem_id="tb-brief-text", scale=2)
            make = gr.Button("Build brief", variant="primary", elem_id="tb-brief-build")
        status = gr.Markdown(elem_id="tb-brief-status")
        with gr.Row():
            md = gr.File(label="Markdown", elem_id="tb-brief-md")
            docx = gr.File(label="Word (DOCX)", elem_id="tb-brief-docx")
            page = gr.File(label="HTML (print to PDF)", elem_id="tb-brief-html")
        preview = gr.Markdown(elem_id="tb-brief-preview")

        def run(chosen: str | None, text: str | None, progress: Any = gr.Progress()) -> tuple:  # noqa: B008
            return maker.make(chosen, text, progress)

        make.click(
            run,
            inputs=[topic, free],
            outputs=[preview, md, docx, page, status],
            api_visibility="private",
        )
    return maker
