"""The negotiators' chat in the browser: a thin Gradio layer over ``Assistant``.

    tradebrief serve [--host 127.0.0.1] [--port 7860] [--auth user:password]

Tabs: the chat (answers with inline markers, a sources panel quoting each citation in its
paragraph, the calculator's working as a collapsible step, a Markdown export of the conversation),
a data view (the structured tables and plots naming their sources), and the documents of the
knowledge base, where a team adds its own (PDF, DOCX, HTML, Markdown, text), and a Brief tab
that builds a cited negotiation brief. The named API endpoint
``/ask`` takes a question and history and returns the JSON of ``tradebrief ask --json``.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, get_args

import gradio as gr  # this module is the Gradio layer, imported only by `serve`

from assistant.answers import Answer
from assistant.app.brief_tab import brief_tab, topic_choices
from assistant.app.briefing import briefing_markdown
from assistant.app.chrome import Chrome
from assistant.app.downloads import Downloads
from assistant.app.feedback import FeedbackStore
from assistant.app.panels import browser_language, chat_messages, sources_html
from assistant.app.toolkit import RESOURCE_ROOT, Toolkit
from assistant.app.uploads import Uploads, outcome_markdown, progress_html
from assistant.errors import InputError, TradebriefError
from assistant.knowledge.readers import ALLOWED_EXTENSIONS
from assistant.knowledge.sources import SourceKind
from assistant.wording import UI_LANGUAGES, examples, label

if TYPE_CHECKING:
    from assistant.pipeline import Assistant


CSS = """
.tb-sources { display: flex; flex-direction: column; gap: 10px; font-size: 14px; }
.tb-empty { color: #64748b; font-style: italic; padding: 8px; }
.tb-source { border: 1px solid #cbd5e1; border-radius: 8px; padding: 8px 10px; background: #fff; }
.tb-source-head { font-size: 14px; }
.tb-marker { color: #1d4ed8; font-weight: 700; }
.tb-source-meta { color: #475569; font-size: 12px; margin: 2px 0 6px; }
.tb-context { margin: 0; padding: 6px 8px; border-left: 3px solid #93c5fd; background: #f8fafc;
  color: #334155; font-size: 13px; line-height: 1.45; }
.tb-context mark { background: #fde68a; color: #111827; padding: 0 1px; }
.tb-defects { margin-top: 6px; font-size: 12px; color: #9a3412; }
.tb-defects ul { margin: 4px 0 0 16px; padding: 0; }
#tb-sources-panel { max-height: 640px; overflow-y: auto; }
.tb-caption { color: #475569; font-size: 12px; }
.tb-table table, .tb-table td, .tb-table th { font-family: inherit; font-size: 13px; }
.tb-progress { height: 12px; border-radius: 6px; background: #e2e8f0; overflow: hidden; }
.tb-progress-fill { height: 100%; background: #2563eb; transition: width 0.5s; }
.tb-progress-line { color: #334155; font-size: 13px; margin-top: 4px; }
"""


def _theme() -> Any:
    system = ["ui-sans-serif", "system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]
    return gr.themes.Soft(primary_hue="blue", font=system, font_mono=mono)


def _history(answers: list[dict[str, Any]]) -> list[dict[str, str]]:
    turns: list[dict[str, str]] = []
    for item in answers:
        turns.append({"role": "user", "content": item["question"]})
        turns.append({"role": "assistant", "content": item["answer"]})
    return turns


class ChatApp:
    """The app's behaviour, separate from its layout so each handler can be tested directly."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._downloads = Downloads()
        self.uploads = Uploads(assistant)

    @property
    def feedback(self) -> FeedbackStore:
        """The ratings file of this server's home (opened by each write, created by the first)."""
        return FeedbackStore(self.assistant.settings.feedback_db)

    def panel(self, answer: Answer | None, language: str = "en") -> str:
        return sources_html(
            answer, self.assistant.source_meta, self.assistant.source_text, language
        )

    def respond(
        self,
        question: str,
        answers: list[dict[str, Any]] | None,
        messages: list | None,
        language: str = "en",
    ) -> tuple[Any, ...]:
        """Answer ``question`` in the conversation so far. Bad input keeps the question typed.

        A Korean question is answered in Korean whatever the view; in the Korean view an English
        question is answered in Korean too."""

        answers = list(answers or [])
        messages = list(messages or [])
        # Passed only for the Korean view: anything with ask(question, history) serves.
        chosen = {"language": "ko"} if language == "ko" else {}
        try:
            answer = self.assistant.ask(question, history=_history(answers), **chosen)
        except InputError as exc:
            gr.Warning(str(exc))
            return question, messages, answers, gr.skip(), f"⚠ {exc}", gr.skip()
        except TradebriefError as exc:
            raise gr.Error(f"tradebrief could not answer: {exc}") from None
        answers.append(answer.model_dump(mode="json"))
        messages += chat_messages(answer, language)
        return (
            "",
            messages,
            answers,
            self.panel(answer, language),
            "",
            self.export(answers, language),
        )

    def select(
        self, answers: list[dict[str, Any]] | None, event: gr.SelectData, language: str = "en"
    ) -> str:
        """Show the sources of the answer a reader clicks on."""
        position = 0
        for item in answers or []:
            answer = Answer.model_validate(item)
            position += len(chat_messages(answer, language))
            if event.index is not None and _index(event.index) < position:
                return self.panel(answer, language)
        return self.panel(None, language)

    def rate(
        self,
        answers: list[dict[str, Any]] | None,
        event: gr.LikeData,
        request: gr.Request,
        language: str = "en",
    ) -> tuple[Any, str]:
        """Store a thumbs up or down on the answer rated (its whole exchange: question, history,
        answer JSON, cited sources' hashes); returns the rating's id, for a comment on it."""
        if event.liked not in (True, False):
            return gr.skip(), ""  # a rating taken back: the stored one stays as given
        number = _exchange_at(answers or [], event.index)
        if number is None:
            return gr.skip(), ""
        answer = Answer.model_validate((answers or [])[number])
        cited = {c.source_id for c in answer.citations}
        hashes = {s.id: s.hash for s in self.assistant.sources() if s.id in cited}
        # Each visitor's own rows: the login name, else the browser session.
        user = getattr(request, "username", None) or f"session:{request.session_hash}"
        try:
            ident = self.feedback.add(
                "up" if event.liked else "down",
                answer.question,
                _history((answers or [])[:number]),
                answer,
                hashes,
                user=user,
            )
        except TradebriefError as exc:
            return gr.skip(), f"⚠ {exc}"
        return ident, label("thanks_up" if event.liked else "thanks_down", language)

    def comment(self, ident: int | None, text: str, language: str = "en") -> tuple[str, str]:
        """Attach a comment to this visitor's latest rating."""
        if ident is None:
            return text, label("rate_first", language)
        if not text.strip():
            return text, label("comment_empty", language)
        try:
            self.feedback.comment(int(ident), text)
        except TradebriefError as exc:
            return text, f"⚠ {exc}"
        return "", label("comment_saved", language)

    def opening_language(self, request: gr.Request) -> str:
        """The language the page opens in: the first of the browser's preferred languages."""
        headers = getattr(request, "headers", None) or {}
        return browser_language(headers.get("accept-language"))

    def relabel(
        self,
        language: str,
        answers: list[dict[str, Any]] | None,
        chrome: Chrome | None = None,
    ) -> tuple[Any, ...]:
        """Every label of the page in ``language`` (the switch, or the browser's locale): the
        chat's, then each of ``chrome`` (the tabs and their controls), the documents table with
        its column names and the brief's topics."""
        language = language if language in UI_LANGUAGES else "en"
        latest = Answer.model_validate(answers[-1]) if answers else None
        worded = (
            (*chrome.updates(language), self.documents(language), topic_choices(language))
            if chrome is not None
            else ()
        )
        return (
            gr.update(value=label("title", language)),
            gr.update(label=label("language", language)),
            gr.update(placeholder=label("chat_placeholder", language)),
            gr.update(value=label("export", language)),
            gr.update(value=label("new_conversation", language)),
            gr.update(value=label("sources", language)),
            self.panel(latest, language),
            *(gr.update(visible=code == language) for code in UI_LANGUAGES),
            *worded,
        )

    def export(self, answers: list[dict[str, Any]] | None, language: str = "en") -> str:
        """Write the conversation as a Markdown briefing note; returns its path. The file lasts
        as long as this ``ChatApp`` (``assistant.app.downloads``)."""
        note = briefing_markdown(
            [Answer.model_validate(a) for a in answers or []],
            self.assistant.source_meta,
            language=language,
        )
        path = self._downloads.folder() / "tradebrief-briefing.md"
        path.write_text(note, encoding="utf-8")
        return str(path)

    def documents(self, language: str = "en") -> Any:
        """The knowledge base as a table: one row per source, built-in ones first; the column
        names in ``language``, the documents' own titles and kinds as they are."""
        import pandas as pd

        columns = [label(f"column_{key}", language) for key in _COLUMNS]
        rows = [
            (s.id, s.meta.title, s.meta.label, s.meta.date, s.meta.kind, s.meta.origin, s.units)
            for s in self.assistant.sources()
        ]
        return pd.DataFrame.from_records(rows, columns=columns)

    def refresh(self, language: str = "en") -> tuple[Any, Any]:
        """The documents table and the remove control, read afresh."""
        return self.documents(language), self.removable()

    def removable(self) -> Any:
        """The choices of the remove control: ingested documents only."""
        ids = [s.id for s in self.assistant.sources() if s.meta.origin == "ingested"]
        return gr.update(choices=ids, value=None)

    def upload(
        self,
        files: list[Any] | None,
        title: str = "",
        publisher: str = "",
        date: str = "",
        kind: str = "",
        language: str = "en",
    ) -> tuple[Any, ...]:
        """Start adding uploaded files to the knowledge base, in the background.

        Returns (progress, outcome, cancel button, timer): the page then follows the upload with
        ``follow`` on each tick of the timer until it ends."""
        paths = [str(getattr(f, "name", f)) for f in files or []]
        if not paths:
            return "", label("choose_files", language), gr.skip(), gr.skip()
        metadata = {"title": title, "publisher": publisher, "date": date, "kind": kind or None}
        if not self.uploads.start(paths, metadata):
            return gr.skip(), f"⚠ {label('upload_running', language)}", gr.skip(), gr.skip()
        state = self.uploads.state()
        return progress_html(state, language), "", gr.update(visible=True), gr.Timer(active=True)

    def follow(self, language: str = "en") -> tuple[Any, ...]:
        """The upload's progress while it runs; once it has ended, its outcome and the new list.

        Returns (progress, outcome, documents table, remove control, cancel button, timer)."""
        state = self.uploads.state()
        if state.running:
            cancel = gr.update(visible=True, interactive=not state.cancelling)
            progress = progress_html(state, language)
            return progress, gr.skip(), gr.skip(), gr.skip(), cancel, gr.skip()
        listing, gone = self.refresh(language)
        hidden = gr.update(visible=False, interactive=True)
        outcome = outcome_markdown(state, language)
        return "", outcome, listing, gone, hidden, gr.Timer(active=False)

    def cancel_upload(self) -> tuple[Any, Any]:
        """Stop the running upload and undo what it stored: (progress, cancel button)."""
        if not self.uploads.cancel():
            return gr.skip(), gr.update(visible=False)
        return progress_html(self.uploads.state()), gr.update(interactive=False)

    def on_load(self, language: str = "en") -> tuple[Any, ...]:
        """A page opened (or reloaded): the list afresh, and an upload under way followed."""
        listing, gone = self.refresh(language)
        running = self.uploads.state().running
        return listing, gone, gr.update(visible=running), gr.Timer(active=running)

    def remove(self, source_id: str | None, language: str = "en") -> tuple[str, Any, Any]:
        """Take an ingested document out of the knowledge base."""
        if not source_id:
            return label("choose_removal", language), gr.skip(), gr.skip()
        try:
            self.assistant.remove_source(source_id)
        except TradebriefError as exc:
            return f"⚠ {exc}", gr.skip(), gr.skip()
        return label("removed", language, source=source_id), *self.refresh(language)


# The documents table's columns, as their ``column_*`` labels name them.
_COLUMNS = ("id", "title", "publisher", "date", "kind", "origin", "units")


def _exchange_at(answers: list[dict[str, Any]], index: Any) -> int | None:
    """The number of the exchange (question and answer) that chat message ``index`` belongs to."""
    if index is None:
        return None
    position = 0
    for number, item in enumerate(answers):
        position += len(chat_messages(Answer.model_validate(item)))
        if _index(index) < position:
            return number
    return None


def _index(index: Any) -> int:
    return int(index[0] if isinstance(index, list | tuple) else index)


def _line(chrome: Chrome, key: str, elem_id: str, max_lines: int) -> gr.Textbox:
    """A text box with placeholder ``key`` that grows to ``max_lines``, laid out before its
    button (the question before Ask, the rating's comment before Send)."""
    box = gr.Textbox(
        placeholder=label(key),
        show_label=False,
        lines=1,
        max_lines=max_lines,
        scale=5,
        elem_id=elem_id,
    )
    return chrome.add(box, "placeholder", key)


def _button_after(chrome: Chrome, key: str, elem_id: str, **style: Any) -> gr.Button:
    """The button that follows a ``_line``, worded by label ``key``."""
    return chrome.add(gr.Button(label(key), scale=1, elem_id=elem_id, **style), "value", key)


def build(assistant: Assistant) -> gr.Blocks:
    """The Blocks app over ``assistant`` (whose index should already be loaded)."""
    from assistant.app.charts import charts
    from assistant.app.data_view import frames

    app = ChatApp(assistant)
    meta_of = assistant.source_meta
    chrome = Chrome()
    with gr.Blocks(title=label("page_title")) as demo:
        with gr.Row(equal_height=True):
            with gr.Column(scale=5):
                header = gr.Markdown(label("title"), elem_id="tb-title")
            with gr.Column(scale=1, min_width=200):
                # The page's language: set from the browser's locale when it loads, then by hand.
                language = gr.Radio(
                    [("English", "en"), ("한국어", "ko")],
                    value="en",
                    label=label("language"),
                    elem_id="tb-language",
                )
        answers = gr.State([])
        with gr.Tabs():
            with gr.Tab(label("tab_chat"), id="chat", elem_id="tb-chat-tab") as tab:
                chrome.add(tab, "label", "tab_chat")
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=420):
                        chatbot = gr.Chatbot(
                            label="Conversation",
                            show_label=False,
                            height=420,
                            elem_id="tb-chat",
                            buttons=["copy"],
                            placeholder=label("chat_placeholder"),
                        )
                        with gr.Row():
                            question = _line(chrome, "question_placeholder", "tb-question", 4)
                            ask = _button_after(chrome, "ask", "tb-ask", variant="primary")
                        status = gr.Markdown(elem_id="tb-status")
                        rated = gr.State(None)
                        with gr.Row(equal_height=True):
                            remark = _line(chrome, "comment_placeholder", "tb-feedback-comment", 3)
                            send = _button_after(
                                chrome, "send_comment", "tb-feedback-send", size="sm"
                            )
                        rating_status = gr.Markdown(elem_id="tb-feedback-status")
                        shelves = []
                        for code in UI_LANGUAGES:
                            with gr.Column(
                                visible=code == "en", elem_id=f"tb-examples-{code}"
                            ) as shelf:
                                gr.Examples(
                                    examples(language=code),
                                    inputs=[question],
                                    label=label("examples", code),
                                )
                            shelves.append(shelf)
                        with gr.Row():
                            download = gr.DownloadButton(
                                label("export"),
                                value=app.export([]),
                                size="sm",
                                elem_id="tb-export",
                            )
                            clear = gr.Button(label("new_conversation"), size="sm")
                    with gr.Column(scale=2, min_width=320):
                        sources_title = gr.Markdown(label("sources"))
                        sources = gr.HTML(app.panel(None), elem_id="tb-sources-panel")
            with gr.Tab(label("tab_data"), id="data", elem_id="tb-data-tab") as tab:
                chrome.add(tab, "label", "tab_data")
                chrome.add(
                    gr.Markdown(label("data_intro"), elem_id="tb-data-intro"), "value", "data_intro"
                )
                values, split, countries = charts(assistant.data, meta_of)
                with gr.Row():
                    for chart in (values, split):
                        with gr.Column():
                            gr.Plot(chart.figure, label=chart.title, show_label=False, format="png")
                            gr.Markdown(chart.caption, elem_classes=["tb-caption"])
                with gr.Row(), gr.Column():
                    gr.Plot(countries.figure, label=countries.title, show_label=False, format="png")
                    gr.Markdown(countries.caption, elem_classes=["tb-caption"])
                for number, (spec, table) in enumerate(frames(assistant.data, meta_of)):
                    fields = {"title": spec.title, "rows": len(table)}
                    with gr.Accordion(
                        label("data_table", "en", **fields), open=number == 0
                    ) as table_of:
                        chrome.add(table_of, "label", "data_table", **fields)
                        gr.Dataframe(
                            table,
                            wrap=True,
                            interactive=False,
                            column_widths=["34%", "20%", "12%", "34%"],
                            elem_classes=["tb-table"],
                            max_height=420,
                        )

            with gr.Tab(label("tab_documents"), id="documents", elem_id="tb-documents-tab") as tab:
                chrome.add(tab, "label", "tab_documents")
                limit = {"max_mb": assistant.settings.max_upload_mb}
                intro = gr.Markdown(
                    label("documents_intro", "en", **limit), elem_id="tb-documents-intro"
                )
                chrome.add(intro, "value", "documents_intro", **limit)
                with gr.Row():
                    with gr.Column(scale=3):
                        files = gr.File(
                            label=label("documents_to_add"),
                            file_count="multiple",
                            file_types=list(ALLOWED_EXTENSIONS),
                            elem_id="tb-upload",
                        )
                    with gr.Column(scale=2):
                        title = gr.Textbox(label=label("doc_title"), max_lines=1)
                        publisher = gr.Textbox(label=label("doc_publisher"), max_lines=1)
                        with gr.Row():
                            date = gr.Textbox(label=label("doc_date"), max_lines=1)
                            kind = gr.Dropdown(
                                ["", *get_args(SourceKind)], value="", label=label("doc_kind")
                            )
                        add = gr.Button(label("add_documents"), variant="primary", elem_id="tb-add")
                chrome.add(files, "label", "documents_to_add")
                chrome.add(title, "label", "doc_title")
                chrome.add(publisher, "label", "doc_publisher")
                chrome.add(date, "label", "doc_date")
                chrome.add(kind, "label", "doc_kind")
                chrome.add(add, "value", "add_documents")
                with gr.Row():
                    progress = gr.HTML("", elem_id="tb-ingest-progress")
                    cancel = gr.Button(
                        label("cancel_upload"),
                        variant="stop",
                        size="sm",
                        visible=False,
                        scale=0,
                        elem_id="tb-cancel",
                    )
                outcome = gr.Markdown(elem_id="tb-ingest-status")
                # Follows a running upload; active only while one runs (see ChatApp.follow).
                ticker = gr.Timer(1.0, active=False)
                listing = gr.Dataframe(
                    app.documents(),
                    interactive=False,
                    wrap=True,
                    column_widths=["20%", "36%", "14%", "9%", "9%", "7%", "5%"],
                    elem_id="tb-documents",
                    elem_classes=["tb-table"],
                )
                with gr.Row():
                    gone = gr.Dropdown(
                        label=label("remove_label"),
                        choices=[],
                        scale=3,
                        elem_id="tb-remove-id",
                    )
                    drop = gr.Button(label("remove"), variant="stop", scale=1, elem_id="tb-remove")
                chrome.add(cancel, "value", "cancel_upload")
                chrome.add(gone, "label", "remove_label")
                chrome.add(drop, "value", "remove")
                add.click(
                    app.upload,
                    inputs=[files, title, publisher, date, kind, language],
                    outputs=[progress, outcome, cancel, ticker],
                    api_visibility="private",
                )
                ticker.tick(
                    app.follow,
                    inputs=[language],
                    outputs=[progress, outcome, listing, gone, cancel, ticker],
                    api_visibility="private",
                    show_progress="hidden",
                )
                cancel.click(
                    app.cancel_upload,
                    outputs=[progress, cancel],
                    api_visibility="private",
                )
                drop.click(
                    app.remove,
                    inputs=[gone, language],
                    outputs=[outcome, listing, gone],
                    api_visibility="private",
                )
                # Another tradebrief on the same Chroma server may have added documents meanwhile.
                demo.load(
                    app.on_load, outputs=[listing, gone, cancel, ticker], api_visibility="private"
                )

            topic = brief_tab(assistant, chrome, language)

        outputs = [question, chatbot, answers, sources, status, download]
        submit: dict[str, Any] = {
            "fn": app.respond,
            "inputs": [question, answers, chatbot, language],
            "outputs": outputs,
        }
        question.submit(**submit, api_visibility="private")
        ask.click(**submit, api_visibility="private")
        chatbot.select(
            app.select, inputs=[answers, language], outputs=[sources], api_visibility="private"
        )
        chatbot.like(
            app.rate,
            inputs=[answers, language],
            outputs=[rated, rating_status],
            api_visibility="private",
        )
        send.click(
            app.comment,
            inputs=[rated, remark, language],
            outputs=[remark, rating_status],
            api_visibility="private",
        )
        clear.click(
            lambda lang: ("", [], [], app.panel(None, lang), "", app.export([], lang)),
            inputs=[language],
            outputs=outputs,
            api_visibility="private",
        )
        language.change(
            functools.partial(app.relabel, chrome=chrome),
            inputs=[language, answers],
            outputs=[
                header,
                language,
                chatbot,
                download,
                clear,
                sources_title,
                sources,
                *shelves,
                *chrome.components,
                listing,
                topic,
            ],
            api_visibility="private",
        )
        # The browser's locale (its Accept-Language) picks the language the page opens in.
        demo.load(app.opening_language, outputs=[language], api_visibility="private")
        _agent_api(Toolkit(assistant))
    return demo


def _reported(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` with our errors turned into ``gr.Error``, whose message reaches API and MCP clients
    (another exception's would be hidden). Keeps ``fn``'s name, signature and docstring, which
    Gradio reads for the endpoint's and the MCP tool's schema."""

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TradebriefError as exc:
            raise gr.Error(str(exc)) from None

    return call


def _agent_api(tools: Toolkit) -> None:
    """The toolkit as named API endpoints (``/ask``, ``/search``, ``/calculate``, ``/sources``,
    ``/brief``), which ``serve --mcp`` also lists as MCP tools, and the data tables as MCP
    resources. Unqueued, so an MCP call runs in the server itself rather than through an HTTP
    round trip back into the queue (which a login would refuse)."""
    for tool in tools.tools:
        gr.api(_reported(tool), api_name=tool.__name__, queue=False)
    # Gradio serves a resource of a text type as text; its JSON is text, whatever the label.
    everything = gr.mcp.resource(f"{RESOURCE_ROOT}", mime_type="text/plain")(
        _reported(tools.data_tables)
    )
    one = gr.mcp.resource(f"{RESOURCE_ROOT}/{{table}}", mime_type="text/plain")(
        _reported(tools.data_table)
    )
    for resource in (everything, one):
        gr.api(resource, api_name=resource.__name__, queue=False)


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``user:password`` → (user, password); None or "" → no password."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise InputError("auth must be USER:PASSWORD, e.g. --auth negotiator:s3cret")
    return user, password


def serve(
    assistant: Assistant,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: tuple[str, str] | None = None,
    mcp: bool = False,
) -> None:
    """Build the index if needed, then serve the app until interrupted; with ``mcp``, also the
    toolkit as MCP tools over streamable HTTP at ``/gradio_api/mcp/``.

    The app sits behind ``Guard`` (``assistant.app.guard``): logins are throttled per client
    address, request bodies are bounded before Gradio reads them, and with ``auth`` the MCP
    endpoint asks for the same login (HTTP Basic), which Gradio's own login does not cover."""
    from starlette.middleware import Middleware

    from assistant.app.guard import Guard

    if mcp:
        _check_mcp_installed()
    assistant.warm()  # the index built or updated, and more, before the first visitor waits
    settings = assistant.settings
    guard = Middleware(
        Guard,
        max_body=settings.max_request_bytes,
        max_question_chars=settings.max_question_chars,
        login_failures=settings.login_failures,
        login_window=settings.login_window,
        auth=auth,
    )
    demo = build(assistant)
    demo.queue(default_concurrency_limit=4)
    demo.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        theme=_theme(),
        css=CSS,
        show_error=True,
        share=False,
        max_file_size=assistant.settings.max_upload_bytes,
        ssr_mode=False,
        footer_links=["api"],
        app_kwargs={"middleware": [guard], "lifespan": _adapting_mcp(demo, auth, mcp)},
        mcp_server=mcp,
    )


def _check_mcp_installed() -> None:
    import importlib.util

    if importlib.util.find_spec("mcp") is None:
        raise TradebriefError(
            "serve --mcp needs the MCP SDK: pip install 'mcp>=1.21,<2' (or pip install -e .)"
        )


def _adapting_mcp(demo: gr.Blocks, auth: tuple[str, str] | None, mcp: bool) -> Any:
    """A lifespan for the app that adjusts Gradio's MCP server as the app starts: after Gradio has
    made it, before the first request can reach it."""

    @contextlib.asynccontextmanager
    async def lifespan(_: Any) -> AsyncIterator[None]:
        if mcp:
            _adapt_mcp(demo, auth)
        yield

    return lifespan


def _adapt_mcp(demo: gr.Blocks, auth: tuple[str, str] | None) -> None:
    """Two adjustments to Gradio's MCP server (``gradio.mcp.GradioMCPServer``).

    - Tool results are JSON: Gradio writes a result as ``str(value)``, which for our dicts and
      lists is a Python repr (single quotes, ``None``), not the JSON of ``ask --json``.
    - Under a login, resources are read through an authenticated loopback client: Gradio reads
      them by calling its own HTTP API, whose login its unauthenticated client would fail.
      (Tools do not need it: they are unqueued, so Gradio calls them in-process.)"""
    server = demo.mcp_server_obj
    if server is None:
        raise TradebriefError(f"the MCP server did not start: {demo.mcp_error}")
    original = server.postprocess_output_data

    def as_json(data: Any, root_url: str) -> list[Any]:
        from mcp import types

        if isinstance(data, list) and all(isinstance(d, dict | list) for d in data):
            return [
                types.TextContent(type="text", text=json.dumps(d, ensure_ascii=False)) for d in data
            ]
        return original(data, root_url)

    server.postprocess_output_data = as_json  # type: ignore[method-assign]
    if auth is not None:
        from gradio_client import Client

        def authenticated() -> Client:
            # Made at the first resource read, when the server is up to log in to.
            if server._client_instance is None:
                server._client_instance = Client(
                    demo.local_url,
                    auth=auth,
                    download_files=False,
                    verbose=False,
                    analytics_enabled=False,
                    _skip_components=False,
                    headers={"x-gradio-user": "mcp"},
                )
            return server._client_instance

        server._get_or_create_client = authenticated  # type: ignore[method-assign]
