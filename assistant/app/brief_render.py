"""A ``Brief`` as Markdown, as an editable Word document (python-docx) and as print-ready HTML.

Every format holds the same statements, markers and numbered sources; quotes are verbatim with
their white space folded onto one line. HTML escapes everything it is given.
"""

from __future__ import annotations

import html
import io
import re
from typing import Any

from assistant.app.brief import Brief, FigureRow, Scenario, Section
from assistant.quantities import find_money
from assistant.regex import lazy
from assistant.wording import label

_MONEY = lazy(r"(?:USD|KRW)\s?[\d,]+(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?")


def _head(brief: Brief, key: str) -> tuple[str, ...]:
    return tuple(label(key, brief.language).split("|"))


def _title(brief: Brief) -> str:
    return label("brief_title", brief.language, title=brief.title)


def _html_table(css_class: str, head: tuple[str, ...], rows: list[str]) -> list[str]:
    """The lines of an HTML table: ``head`` as its header, each of ``rows`` (its cells) a row."""
    return [
        f'<table class="{css_class}"><thead><tr>',
        *(f"<th>{_e(h)}</th>" for h in head),
        "</tr></thead><tbody>",
        *(f"<tr>{row}</tr>" for row in rows),
        "</tbody></table>",
    ]


def _lead(brief: Brief) -> str:
    lead = label("brief_lead", brief.language, day=brief.today)
    return lead + label("brief_as_of", brief.language, day=brief.as_of) if brief.as_of else lead


def _figure(brief: Brief, text: str) -> str:
    """A figure cell; in a Korean brief each amount is shown both ways: 1,000만 달러(USD 10 million)."""
    if brief.language != "ko":
        return text
    from assistant.korean_numbers import both_ways

    def korean(match: re.Match[str]) -> str:
        found = find_money(match.group())
        return both_ways(found[0].amount, found[0].currency) if found else match.group()

    return _MONEY.sub(korean, text)


def _figure_cells(brief: Brief, f: FigureRow) -> list[str]:
    return [
        _figure(brief, f.figure),
        f.measure,
        f.period,
        f.source,
        _marks(f.markers),
        _figure(brief, f.disputed),
    ]


def _working(brief: Brief, scenario: Scenario) -> list[str]:
    """The lines under a scenario: its Korean result and step (Korean brief), then its working."""
    lines = list(scenario.korean)
    lines.append(label("brief_working", brief.language, steps="; ".join(scenario.working)))
    return lines + [_one_line(n) for n in scenario.notes]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _marks(markers: list[int]) -> str:
    return "".join(f"[{n}]" for n in dict.fromkeys(markers))


def _left_out(brief: Brief, section: Section) -> str:
    return label(
        "brief_left_out",
        brief.language,
        number=section.number,
        title=section.title,
        note=section.note,
    )


def _source_line(brief: Brief, index: int) -> tuple[str, str]:
    entry = brief.sources[index]
    c = entry.citation
    about = ", ".join(p for p in (entry.publisher, entry.date) if p)
    page = f", p. {c.page}" if c.page else ""
    chars = label("brief_chars", brief.language, start=c.start, end=c.end)
    head = f"{c.title}{' — ' + about if about else ''}. {c.source_id}, {chars}{page}"
    return head, _one_line(c.quote)


# -- Markdown ---------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|") or "—"


def to_markdown(brief: Brief) -> str:
    lines = [f"# {_title(brief)}", "", f"_{_lead(brief)}_", ""]
    figure_head, timeline_head = (
        _head(brief, "brief_figure_head"),
        _head(brief, "brief_timeline_head"),
    )
    for section in brief.sections:
        if section.number == 9:
            break
        if section.empty:
            lines += [f"_{_left_out(brief, section)}_", ""]
            continue
        lines += [f"## {section.number}. {section.title}", ""]
        for s in section.sentences:
            lines.append(f"- {_one_line(s.text)} {_marks(s.markers)}".rstrip())
        if section.sentences:
            lines.append("")
        if section.figures:
            lines += ["| " + " | ".join(figure_head) + " |", "|" + "---|" * len(figure_head)]
            for f in section.figures:
                cells = _figure_cells(brief, f)
                lines.append("| " + " | ".join(_cell(x) for x in cells) + " |")
            lines.append("")
        if section.timeline:
            lines += ["| " + " | ".join(timeline_head) + " |", "|---|---|---|"]
            for t in section.timeline:
                lines.append(f"| {_cell(t.date)} | {_cell(t.event)} | {_marks(t.markers)} |")
            lines.append("")
        for c in section.scenarios:
            lines.append(f"- **{_one_line(c.summary)}** {_marks(c.markers)}")
            lines += [f"  - {line}" for line in _working(brief, c)]
        if section.scenarios:
            lines.append("")
    lines += [f"## 9. {brief.sections[-1].title}", ""]
    if not brief.sources:
        lines += [f"_{label('brief_nothing_cited', brief.language)}_", ""]
    for i, entry in enumerate(brief.sources):
        head, quote = _source_line(brief, i)
        lines.append(f"{entry.citation.marker}. {head}")
        lines.append(f"   > “{quote}”")
    return "\n".join(lines).rstrip() + "\n"


# -- DOCX ---------------------------------------------------------------------------------------


def to_docx(brief: Brief) -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(_title(brief), level=0)
    doc.add_paragraph().add_run(_lead(brief)).italic = True
    for section in brief.sections:
        if section.number == 9:
            break
        if section.empty:
            doc.add_paragraph().add_run(_left_out(brief, section)).italic = True
            continue
        doc.add_heading(f"{section.number}. {section.title}", level=1)
        for s in section.sentences:
            doc.add_paragraph(f"{_one_line(s.text)} {_marks(s.markers)}", style="List Bullet")
        if section.figures:
            _table(
                doc,
                _head(brief, "brief_figure_head"),
                [_figure_cells(brief, f) for f in section.figures],
            )
        if section.timeline:
            _table(
                doc,
                _head(brief, "brief_timeline_head"),
                [[t.date, t.event, _marks(t.markers)] for t in section.timeline],
            )
        for c in section.scenarios:
            para = doc.add_paragraph(style="List Bullet")
            para.add_run(_one_line(c.summary)).bold = True
            para.add_run(f" {_marks(c.markers)}")
            for line in _working(brief, c):
                doc.add_paragraph(line, style="List Bullet 2")
    doc.add_heading(f"9. {brief.sections[-1].title}", level=1)
    if not brief.sources:
        doc.add_paragraph(label("brief_nothing_cited", brief.language))
    for i, entry in enumerate(brief.sources):
        head, quote = _source_line(brief, i)
        para = doc.add_paragraph()
        para.add_run(f"[{entry.citation.marker}] ").bold = True
        para.add_run(head)
        doc.add_paragraph(f"“{quote}”", style="Quote")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _table(doc: Any, head: tuple[str, ...], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = _one_line(text)


# -- HTML ---------------------------------------------------------------------------------------

CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font: 10.5pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 50rem;
       margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 20pt; margin-bottom: .2rem; }
h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 1.6rem; break-after: avoid; }
p.lead, p.left-out { font-style: italic; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: .5rem 0; }
th, td { border: 1px solid #bbb; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #eef; }
tr { break-inside: avoid; }
td.disputed { color: #a00; }
ol.sources li { margin-bottom: .5rem; break-inside: avoid; }
blockquote { margin: .2rem 0 0 1rem; color: #333; font-size: 9pt; }
.working { color: #444; font-size: 9pt; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


def _e(text: str) -> str:
    return html.escape(_one_line(text), quote=True)


def to_html(brief: Brief) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{brief.language}"><head><meta charset="utf-8">',
        f"<title>{_e(_title(brief))}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{_e(_title(brief))}</h1>",
        f'<p class="lead">{_e(_lead(brief))}</p>',
    ]
    for section in brief.sections:
        if section.number == 9:
            break
        if section.empty:
            out.append(f'<p class="left-out">{_e(_left_out(brief, section))}</p>')
            continue
        out.append(
            f'<section id="s{section.number}"><h2>{section.number}. {_e(section.title)}</h2>'
        )
        if section.sentences:
            out.append("<ul>")
            out += [f"<li>{_e(s.text)} {_e(_marks(s.markers))}</li>" for s in section.sentences]
            out.append("</ul>")
        if section.figures:
            rows = []
            for f in section.figures:
                *cells, disputed = _figure_cells(brief, f)
                row = "".join(f"<td>{_e(x)}</td>" for x in cells)
                rows.append(row + f'<td class="disputed">{_e(disputed)}</td>')
            out += _html_table("figures", _head(brief, "brief_figure_head"), rows)
        if section.timeline:
            rows = [
                "".join(f"<td>{_e(x)}</td>" for x in (t.date, t.event, _marks(t.markers)))
                for t in section.timeline
            ]
            out += _html_table("timeline", _head(brief, "brief_timeline_head"), rows)
        if section.scenarios:
            out.append("<ul>")
            for c in section.scenarios:
                lines = "<br>".join(_e(line) for line in _working(brief, c))
                out.append(
                    f"<li><strong>{_e(c.summary)}</strong> {_e(_marks(c.markers))}"
                    f'<div class="working">{lines}</div></li>'
                )
            out.append("</ul>")
        out.append("</section>")
    out.append(f'<section id="s9"><h2>9. {_e(brief.sections[-1].title)}</h2><ol class="sources">')
    for i, entry in enumerate(brief.sources):
        head, quote = _source_line(brief, i)
        out.append(
            f'<li value="{entry.citation.marker}">{_e(head)}'
            f"<blockquote>“{_e(quote)}”</blockquote></li>"
        )
    out.append("</ol></section></body></html>")
    return "\n".join(out) + "\n"


RENDERERS = {"md": to_markdown, "html": to_html}


def render(brief: Brief, fmt: str) -> bytes:
    """The brief in ``fmt`` (md, docx or html) as bytes ready to write."""
    if fmt == "docx":
        return to_docx(brief)
    if fmt not in RENDERERS:
        raise ValueError(f"unknown format {fmt!r}: use md, docx or html")
    return RENDERERS[fmt](brief).encode("utf-8")
