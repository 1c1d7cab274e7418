"""What the chat shows beside an answer: each citation in its context, and the calculator's working.

Pure functions from an ``Answer`` to HTML or Markdown, so the UI stays a thin layer and these can
be tested without a browser.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.answers import Answer, Citation, ToolCall
from assistant.knowledge.sources import SourceMeta

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
) -> str:
    """The sources panel: every citation of ``answer`` with its source's details and context."""
    if answer is None:
        return '<div class="tb-sources tb-empty">Sources of the latest answer appear here.</div>'
    if not answer.citations:
        note = (
            "No source answers this question, so nothing is cited."
            if answer.abstained
            else "This answer cites no source."
        )
        return f'<div class="tb-sources tb-empty">{html.escape(note)}</div>'
    cards = [_card(c, meta_of(c.source_id), text_of(c.source_id)) for c in answer.citations]
    return '<div class="tb-sources">' + "".join(cards) + "</div>"


def _card(citation: Citation, meta: SourceMeta | None, text: str) -> str:
    title = meta.title if meta else citation.title
    facts = []
    if meta is not None:
        facts = [meta.publisher, meta.date, meta.kind]
    facts.append(f"chars {citation.start}–{citation.end}")
    page = getattr(citation, "page", None)
    if page:
        facts.append(f"p. {page}")
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
            '<details class="tb-defects"><summary>⚠ Known defects of this source</summary>'
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


def working_markdown(call: ToolCall) -> str:
    """A calculator call as a short Markdown step: inputs, rule applied, working and result."""
    inputs = ", ".join(f"{k} = `{v}`" for k, v in call.input.items() if k != "operation")
    lines = [f"**Inputs:** {inputs or '—'}"]
    output: Any = call.output
    if isinstance(output, dict) and "error" in output:
        lines.append(f"**Refused:** {output['error']}")
        return "\n\n".join(lines)
    if not isinstance(output, dict):
        lines.append(f"**Result:** {output}")
        return "\n\n".join(lines)
    details = output.get("details") or {}
    if details.get("rule"):
        rule = f"**Rule applied:** `{details['rule']}`"
        if details.get("rule_span"):
            rule += f" ({details['rule_span']})"
        if details.get("threshold_usd"):
            rule += f": threshold {details['threshold_usd']}"
        if details.get("share_percent"):
            rule += f", {details['share_percent']}% of the contract"
        lines.append(rule)
    if output.get("working"):
        lines.append("**Working:**\n" + "\n".join(f"- {w}" for w in output["working"]))
    if output.get("display"):
        lines.append(f"**Result:** {output['display']}")
    elif output.get("summary"):
        lines.append(f"**Result:** {output['summary']}")
    for note in output.get("notes") or []:
        lines.append(f"_{note}_")
    return "\n\n".join(lines)


def working_title(call: ToolCall) -> str:
    """The one-line title of a calculator step, shown while it is collapsed."""
    operation = str(call.input.get("operation", "calculation")).replace("_", " ")
    failed = isinstance(call.output, dict) and "error" in call.output
    return f"Calculator: {operation}" + (" (refused)" if failed else "")
