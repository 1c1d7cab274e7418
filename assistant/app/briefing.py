"""A conversation as a Markdown briefing note: each question, its answer, and its numbered sources.

Markers are renumbered across the note ([1]…[n] over the whole conversation) so a reader can
follow every claim to one list of sources at the end of each answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from assistant.answers import Answer
from assistant.app.panels import working_title
from assistant.knowledge.sources import SourceMeta
from assistant.wording import say


def briefing_markdown(
    answers: Sequence[Answer],
    meta_of: Callable[[str], SourceMeta | None] = lambda _: None,
    today: date | None = None,
) -> str:
    """The note for ``answers`` (in the order asked); quotes are verbatim, whitespace folded."""
    day = (today or date.today()).isoformat()
    lines = [
        say("briefing_heading"),
        "",
        f"Prepared with tradebrief on {day}. Every claim cites its source with a verbatim quote.",
        "",
    ]
    if not answers:
        lines.append("_No questions were asked._")
        return "\n".join(lines) + "\n"
    for number, answer in enumerate(answers, start=1):
        lines += [f"## {number}. {_one_line(answer.question)}", ""]
        if answer.abstained:
            lines += [f"> {say('brief_not_answered')}", ""]
        elif answer.disputed:
            lines += [f"> {say('disagree_lead')}", ""]
        lines += [answer.answer, ""]
        for call in answer.tool_calls:
            lines.append(f"*{working_title(call)}*: inputs {_inputs(call.input)}")
            working = call.output.get("working") if isinstance(call.output, dict) else None
            for step in working or []:
                lines.append(f"- {step}")
            lines.append("")
        if answer.citations:
            lines += ["**Sources**", ""]
            for c in answer.citations:
                meta = meta_of(c.source_id)
                about = ", ".join(p for p in (meta.label, meta.date) if p) if meta else ""
                page = f", p. {c.page}" if getattr(c, "page", None) else ""
                lines.append(
                    f"{c.marker}. {c.title}{' (' + about + ')' if about else ''}"
                    f" — `{c.source_id}`, chars {c.start}–{c.end}{page}"
                )
                lines.append(f"   > “{_one_line(c.quote)}”")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _inputs(arguments: dict) -> str:
    shown = [f"{k}={v}" for k, v in arguments.items() if k != "operation"]
    return ", ".join(shown) or "none"
