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
from assistant.wording import label, say, say_ko


def briefing_markdown(
    answers: Sequence[Answer],
    meta_of: Callable[[str], SourceMeta | None] = lambda _: None,
    today: date | None = None,
    language: str = "en",
) -> str:
    """The note for ``answers`` (in the order asked); quotes are verbatim, whitespace folded.
    Headings are in ``language``; each answer keeps the language it was given in."""
    day = (today or date.today()).isoformat()
    lines = [
        label("note_title", language),
        "",
        label("note_prepared", language, day=day),
        "",
    ]
    if not answers:
        lines.append(label("note_empty", language))
        return "\n".join(lines) + "\n"
    for number, answer in enumerate(answers, start=1):
        lines += [f"## {number}. {_one_line(answer.question)}", ""]
        korean = answer.language == "ko"
        if answer.abstained:
            note = say_ko("brief_not_answered") if korean else say("brief_not_answered")
            lines += [f"> {note}", ""]
        elif answer.disputed:
            note = say_ko("disagree_lead") if korean else say("disagree_lead")
            lines += [f"> {note}", ""]
        lines += [answer.answer, ""]
        for call in answer.tool_calls:
            lines.append(
                f"*{working_title(call, language)}*: {label('note_inputs', language)} "
                f"{_inputs(call.input, language)}"
            )
            working = call.output.get("working") if isinstance(call.output, dict) else None
            for step in working or []:
                lines.append(f"- {step}")
            lines.append("")
        if answer.citations:
            lines += [label("note_sources", language), ""]
            for c in answer.citations:
                meta = meta_of(c.source_id)
                about = ", ".join(p for p in (meta.label, meta.date) if p) if meta else ""
                page = f", p. {c.page}" if getattr(c, "page", None) else ""
                lines.append(
                    f"{c.marker}. {c.title}{' (' + about + ')' if about else ''}"
                    f" — `{c.source_id}`, {label('chars', language, start=c.start, end=c.end)}{page}"
                )
                lines.append(f"   > “{_one_line(c.quote)}”")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _inputs(arguments: dict, language: str = "en") -> str:
    shown = [f"{k}={v}" for k, v in arguments.items() if k != "operation"]
    return ", ".join(shown) or label("note_none", language)
