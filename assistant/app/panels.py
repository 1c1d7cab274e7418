"""What the chat shows of an answer: its messages, each citation in its context, the calculator's
working, and the language a browser asks for.

Pure functions from an ``Answer`` to HTML or Markdown, so the UI stays a thin layer and these can
be tested without a browser or Gradio.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.answers import Answer, Citation, ToolCall
from assistant.knowledge.sources import SourceMeta
from assistant.wording import UI_LANGUAGES, label, say_ko

# Longest context shown around a quote, in characters, on each side of it.
CONTEXT_REACH = 400


@dataclass(frozen=True)
class InContext:
    """A quote with the paragraph around it: ``before + quote + after`` stands in the source."""

    before: str
    quote: str
    after: str


def in_context(text: str, start: int, end: int, reach: int = CONTEXT_REACH) -> InContext:
    """The paragraph (line) holding ``text[start:end]``, cut to ``reach`` characters each side."""
    # Sources keep one paragraph per line, so the line is the paragraph; a quote broken across a
    # page break spans lines, which is why the search starts from the quote's own ends.
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    left = max(left, start - reach)
    right = min(right, end + reach)
    before, after = text[left:start], text[end:right]
    if left > 0 and text[left - 1] != "\n":
        before = "…" + before.split(" ", 1)[-1]
    if right < len(text) and text[right] != "\n":
        after = after.rsplit(" ", 1)[0] + "…"
    return InContext(before, text[start:end], after)


def sources_html(
    answer: Answer | None,
    meta_of: Callable[[str], SourceMeta | None],
    text_of: Callable[[str], str],
    language: str = "en",
) -> str:
    """The sources panel: every citation of ``answer`` with its source's details and context.
    The labels are in ``language``; the quotes are always the sources' own words."""
    if answer is None:
        empty = html.escape(label("sources_empty", language))
        return f'<div class="tb-sources tb-empty">{empty}</div>'
    if not answer.citations:
        note = label("sources_none_abstained" if answer.abstained else "sources_none", language)
        return f'<div class="tb-sources tb-empty">{html.escape(note)}</div>'
    cards = [
        _card(c, meta_of(c.source_id), text_of(c.source_id), language) for c in answer.citations
    ]
    return '<div class="tb-sources">' + "".join(cards) + "</div>"


def _card(citation: Citation, meta: SourceMeta | None, text: str, language: str = "en") -> str:
    title = meta.title if meta else citation.title
    facts = []
    if meta is not None:
        facts = [meta.publisher, meta.date, meta.kind]
    facts.append(label("chars", language, start=citation.start, end=citation.end))
    page = getattr(citation, "page", None)
    if page:
        facts.append(label("page", language, page=page))
    line = " · ".join(html.escape(str(f)) for f in facts if f)
    if text[citation.start : citation.end] == citation.quote:
        where = in_context(text, citation.start, citation.end)
        body = f"{_para(where.before)}<mark>{_para(where.quote)}</mark>{_para(where.after)}"
    else:
        # Without the source text the quote alone is shown; it is still verbatim.
        body = f"<mark>{_para(citation.quote)}</mark>"
    defects = ""
    if meta is not None and meta.defects:
        items = "".join(f"<li>{html.escape(d)}</li>" for d in meta.defects)
        defects = (
            f'<details class="tb-defects"><summary>{html.escape(label("defects", language))}</summary>'
            f"<ul>{items}</ul></details>"
        )
    return (
        '<div class="tb-source">'
        f'<div class="tb-source-head"><span class="tb-marker">[{citation.marker}]</span> '
        f"<b>{html.escape(title)}</b></div>"
        f'<div class="tb-source-meta">{line} · <code>{html.escape(citation.source_id)}</code></div>'
        f'<blockquote class="tb-context">{body}</blockquote>'
        f"{defects}</div>"
    )


def _para(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def working_markdown(call: ToolCall, language: str = "en", steps: list[str] | None = None) -> str:
    """A calculator call as a short Markdown step: inputs, rule applied, working and result.

    ``steps``, when given, are the working already worded in ``language`` (a Korean answer's
    calculator lines); otherwise the calculator's own working is shown."""
    inputs = ", ".join(f"{k} = `{v}`" for k, v in call.input.items() if k != "operation")
    lines = [label("inputs", language, inputs=inputs or "—")]
    output: Any = call.output
    if isinstance(output, dict) and "error" in output:
        lines.append(label("refused", language, reason=output["error"]))
        return "\n\n".join(lines)
    if not isinstance(output, dict):
        lines.append(label("result", language, result=output))
        return "\n\n".join(lines)
    details = output.get("details") or {}
    if details.get("rule"):
        rule = label("rule", language, rule=details["rule"])
        if details.get("rule_span"):
            rule += f" ({details['rule_span']})"
        if details.get("threshold_usd"):
            rule += label("threshold", language, threshold=details["threshold_usd"])
        if details.get("share_percent"):
            rule += label("share", language, share=details["share_percent"])
        lines.append(rule)
    working = steps if steps else output.get("working")
    if working:
        lines.append(label("working", language) + "\n" + "\n".join(f"- {w}" for w in working))
    if output.get("display"):
        lines.append(label("result", language, result=output["display"]))
    elif output.get("summary"):
        lines.append(label("result", language, result=output["summary"]))
    if not steps:
        for note in output.get("notes") or []:
            lines.append(f"_{note}_")
    return "\n\n".join(lines)


def working_title(call: ToolCall, language: str = "en") -> str:
    """The one-line title of a calculator step, shown while it is collapsed."""
    operation = str(call.input.get("operation", "calculation")).replace("_", " ")
    failed = isinstance(call.output, dict) and "error" in call.output
    return label("calculator_refused" if failed else "calculator", language, operation=operation)


def chat_messages(answer: Answer, language: str = "en") -> list[dict[str, Any]]:
    """The chat messages of one exchange: the question, any calculator steps, the answer.
    Labels are in ``language``; a Korean answer's own calculator lines are its step's working."""
    messages: list[dict[str, Any]] = [{"role": "user", "content": answer.question}]
    steps = _korean_steps(answer) if answer.language == "ko" else []
    for call in answer.tool_calls:
        messages.append(
            {
                "role": "assistant",
                "content": working_markdown(call, language, steps),
                "metadata": {"title": working_title(call, language), "status": "done"},
            }
        )
    text = answer.answer
    if answer.tool_calls:
        # The collapsible step above shows the working; the answer need not repeat it.
        text = "\n".join(line for line in text.split("\n") if not line.startswith("Working: "))
    if answer.disputed:
        text = label("disputed", language) + "\n\n" + text
    elif answer.abstained:
        text = label("not_covered", language) + "\n\n" + text
    messages.append({"role": "assistant", "content": text})
    return messages


def _korean_steps(answer: Answer) -> list[str]:
    """The Korean calculator lines of a Korean answer (those before its English evidence)."""
    korean = answer.answer.split(say_ko("evidence_heading"), 1)[0]
    step = say_ko("calc_steps", steps="").strip()
    return [line for line in korean.split("\n") if line.startswith(step)]


def browser_language(accept: str | None) -> str:
    """The chat's language for a browser's Accept-Language ("ko-KR,ko;q=0.9,en;q=0.8" → "ko"):
    its first language if the chat speaks it, else English."""
    first = (accept or "").split(",")[0].split(";")[0]
    primary = first.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in UI_LANGUAGES else "en"
