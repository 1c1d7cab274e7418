"""The Brief tab of the browser app: pick a topic (or type one), preview the brief, download it
as Markdown, Word or print-ready HTML. Progress shows while the brief is built."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import gradio as gr  # the Gradio layer, imported only by `serve`

from assistant.app.brief import build_brief, topic_picker
from assistant.app.brief_render import render, to_markdown
from assistant.app.downloads import Downloads
from assistant.errors import InputError, TradebriefError
from assistant.wording import label

if TYPE_CHECKING:
    from assistant.app.chrome import Chrome
    from assistant.pipeline import Assistant


def topic_choices(language: str) -> Any:
    """The topic picker's choices and label worded in ``language`` (the chosen topic kept)."""
    return gr.update(**topic_picker(language))


class BriefMaker:
    """Builds a brief and writes its three formats to files the page can offer for download,
    which last as long as the ``BriefMaker`` (``assistant.app.downloads``)."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._downloads = Downloads()

    def make(
        self,
        topic: str | None,
        free_text: str | None,
        progress: Any = None,
        language: str = "en",
    ) -> tuple:
        """(preview Markdown, md path, docx path, html path, status) for the chosen topic; free
        text, when given, wins over the picker. In the Korean view the brief is the Korean one
        (``brief --lang ko``): Korean headings, figures and calculations."""
        chosen = (free_text or "").strip() or (topic or "full")
        report = progress if callable(progress) else (lambda *a, **k: None)
        try:
            report(0.1, desc=label("brief_choosing", language))
            brief = build_brief(self.assistant, chosen, language=language)
            report(0.7, desc=label("brief_writing", language))
            folder = self._downloads.folder()
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
        report(1.0, desc=label("brief_done", language))
        count = len(brief.citations)
        status = label("brief_built", language, title=brief.title, count=count)
        return to_markdown(brief), *paths, status


def brief_tab(assistant: Assistant, chrome: Chrome, language: Any) -> Any:
    """Lay out the Brief tab inside the current ``gr.Tabs``, its wording registered with
    ``chrome`` and its brief built in the page's ``language``; returns the topic picker (its
    choices are reworded apart, as they are choices, not a label)."""
    maker = BriefMaker(assistant)
    with gr.Tab(label("tab_brief"), id="brief", elem_id="tb-brief-tab") as tab:
        chrome.add(tab, "label", "tab_brief")
        chrome.add(
            gr.Markdown(label("brief_intro"), elem_id="tb-brief-intro"), "value", "brief_intro"
        )
        with gr.Row():
            topic = gr.Dropdown(**topic_picker(), value="full", elem_id="tb-brief-topic")
            free = gr.Textbox(
                label=label("brief_free_text"), max_lines=1, elem_id="tb-brief-text", scale=2
            )
            make = gr.Button(label("brief_build"), variant="primary", elem_id="tb-brief-build")
        status = gr.Markdown(elem_id="tb-brief-status")
        with gr.Row():
            md = gr.File(label=label("brief_markdown"), elem_id="tb-brief-md")
            docx = gr.File(label=label("brief_word"), elem_id="tb-brief-docx")
            page = gr.File(label=label("brief_html"), elem_id="tb-brief-html")
        preview = gr.Markdown(elem_id="tb-brief-preview")
        for component, prop, key in [
            (free, "label", "brief_free_text"),
            (make, "value", "brief_build"),
            (md, "label", "brief_markdown"),
            (docx, "label", "brief_word"),
            (page, "label", "brief_html"),
        ]:
            chrome.add(component, prop, key)

        def run(
            chosen: str | None,
            text: str | None,
            view: str,
            progress: Any = gr.Progress(),  # noqa: B008
        ) -> tuple:
            return maker.make(chosen, text, progress, view if view in ("en", "ko") else "en")

        make.click(
            run,
            inputs=[topic, free, language],
            outputs=[preview, md, docx, page, status],
            api_visibility="private",
        )
    return topic
