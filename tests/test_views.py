"""What the chat shows beside answers: sources in context, the calculator's working, the briefing
note, the data tables and plots. Pure functions over answers and data: no model, no browser."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from assistant.answers import Answer, Citation, ToolCall
from assistant.app.briefing import briefing_markdown
from assistant.app.panels import in_context, sources_html, working_markdown, working_title
from assistant.knowledge.rows import load_data
from assistant.knowledge.sources import load_sources
from assistant.settings import Settings

SETTINGS = Settings()


@pytest.fixture(scope="module")
def texts():
    return {s.id: s for s in load_sources(SETTINGS.sources_dir)}


@pytest.fixture(scope="module")
def data():
    return load_data(SETTINGS.data_dir)


def _citation_of(source, quote: str, marker: int = 1) -> Citation:
    start = source.text.index(quote)
    return Citation(
        marker=marker,
        source_id=source.id,
        title=source.title,
        quote=quote,
        start=start,
        end=start + len(quote),
    )


KIET = "002_b00326718e5a7ad5"
QUOTE = "Over the five years from 2016 to 2020, South Korea managed to win nearly USD 800 million"


def test_context_is_the_quote_with_its_paragraph_around_it(texts):
    text = texts[KIET].text
    start = text.index(QUOTE)
    shown = in_context(text, start, start + len(QUOTE))
    assert shown.quote == QUOTE
    assert "\n" not in shown.before + shown.after  # one paragraph, not its neighbours
    assert shown.after.startswith(" in offsets")
    assert text[start - len(shown.before) : start] == shown.before


def test_context_of_a_long_paragraph_is_cut_at_words_with_ellipses():
    text = "intro\n" + " ".join(f"word{i}" for i in range(400)) + "\noutro"
    start = text.index("word200")
    shown = in_context(text, start, start + len("word200"), reach=50)
    assert shown.before.startswith("…") and shown.after.endswith("…")
    assert len(shown.before) <= 52 and len(shown.after) <= 52
    assert not re.search(r"word\d*…$", shown.before)


def test_sources_panel_shows_title_publisher_date_kind_and_highlighted_quote(texts):
    source = texts[KIET]
    answer = Answer(question="q", answer="a [1]", citations=[_citation_of(source, QUOTE)])
    panel = sources_html(answer, lambda sid: texts[sid].meta, lambda sid: texts[sid].text)
    meta = source.meta
    for shown in (meta.publisher.split(";")[0], meta.date, meta.kind, "[1]", KIET):
        assert shown in panel
    assert f"<mark>{QUOTE}</mark>" in panel
    assert "Known defects" in panel and html.escape(meta.defects[0]) in panel


def test_sources_panel_escapes_html_in_quotes():
    citation = Citation(
        marker=1, source_id="x", title="<b>t</b>", quote="a < b & c", start=0, end=9
    )
    answer = Answer(question="q", answer="a", citations=[citation])
    panel = sources_html(answer, lambda _: None, lambda _: "a < b & c")
    assert "<mark>a &lt; b &amp; c</mark>" in panel and "<b>t</b>" not in panel


def test_sources_panel_says_why_nothing_is_cited_for_an_abstention():
    answer = Answer(question="q", answer="I can't answer that from the sources.", abstained=True)
    assert "No source answers" in sources_html(answer, lambda _: None, lambda _: "")
    assert "appear here" in sources_html(None, lambda _: None, lambda _: "")


OBLIGATION = ToolCall(
    name="calculator",
    input={
        "operation": "offset_obligation",
        "amount": "$12 million",
        "contract_type": "competitive",
    },
    output={
        "operation": "offset_obligation",
        "display": "USD 6,000,000",
        "summary": "Yes: …",
        "working": ["50% × USD 12,000,000 = USD 6,000,000"],
        "notes": ["No year given: the rule in force now (since 2023) is applied."],
        "details": {
            "rule": "rule-2023",
            "rule_span": "since 2023",
            "threshold_usd": "USD 10,000,000",
            "share_percent": "50",
        },
    },
)


def test_calculator_step_shows_inputs_rule_working_and_result():
    text = working_markdown(OBLIGATION)
    assert "amount = `$12 million`" in text and "contract_type = `competitive`" in text
    assert "rule-2023" in text and "threshold USD 10,000,000" in text and "50%" in text
    assert "50% × USD 12,000,000 = USD 6,000,000" in text
    assert "**Result:** USD 6,000,000" in text
    assert working_title(OBLIGATION) == "Calculator: offset obligation"


def test_a_refused_calculation_says_why():
    call = ToolCall(
        name="calculator",
        input={"operation": "evaluate", "expression": "1/0"},
        output={"error": "division by zero"},
    )
    assert "**Refused:** division by zero" in working_markdown(call)
    assert working_title(call).endswith("(refused)")


def test_briefing_note_has_every_question_answer_and_numbered_verbatim_source(texts):
    source = texts[KIET]
    answered = Answer(
        question="How much  in offsets\nfrom 2016 to 2020?",
        answer="Nearly USD 800 million [1]",
        citations=[_citation_of(source, QUOTE)],
        disputed=True,
    )
    computed = Answer(question="Does $12 million trigger?", answer="Yes", tool_calls=[OBLIGATION])
    declined = Answer(question="What about 2027?", answer="I can't answer that.", abstained=True)
    note = briefing_markdown(
        [answered, computed, declined], lambda sid: texts[sid].meta, today=date(2026, 11, 24)
    )
    assert note.startswith("# Briefing note")
    assert "2026-11-24" in note
    assert "## 1. How much in offsets from 2016 to 2020?" in note
    assert "## 2. Does $12 million trigger?" in note and "## 3. What about 2027?" in note
    assert f"1. {source.title} (KIET" in note and f"`{KIET}`" in note
    assert f"> “{QUOTE}”" in note
    assert "sources disagree" in note and "Not answered from the sources" in note
    assert "- 50% × USD 12,000,000 = USD 6,000,000" in note


def test_an_empty_conversation_exports_a_note_that_says_so():
    assert "No questions were asked" in briefing_markdown([])


def test_data_tables_hold_every_row_with_its_verbatim_quote(data, texts):
    from assistant.app.data_view import frames

    tables = frames(data, lambda sid: texts[sid].meta if sid in texts else None)
    keys = [spec.key for spec, _ in tables]
    assert keys == ["policy", "values", "programs", "countries", "ustr", "statistics", "timeline"]
    for spec, table in tables:
        assert len(table) == len(spec.rows) > 0
        for row, (_, shown) in zip(spec.rows, table.iterrows(), strict=True):
            assert shown["Fact"] == row.statement()
            assert " ".join(row.quote.split()) == shown["Quote"]
            assert shown["Source"] == texts[row.source].meta.label


def test_plots_draw_each_disputed_figure_name_their_sources_and_highlight_korea(data, texts):
    from assistant.app.charts import charts
    from assistant.knowledge.domain import domain

    meta_of = lambda sid: texts[sid].meta  # noqa: E731
    values, split, countries = charts(data, meta_of)

    heights = [round(p.get_height(), 2) for p in values.figure.axes[0].patches]
    assert 0.8 in heights and 0.7 in heights  # 2016–2020: USD 800 M and 700 M both drawn
    assert "KIET" in values.caption and "more than one figure" in values.caption

    assert [round(p.get_width(), 2) for p in split.figure.axes[0].patches] == [10.67, 7.14, 5.36]
    assert split.caption == "Source: KIET."

    bars = countries.figure.axes[0].patches
    labels = [t.get_text() for t in countries.figure.axes[0].get_yticklabels()]
    korea = {label for label in labels if label.startswith(domain().home_country)}
    assert korea == {"Korea (competitive)", "Korea (non-competitive)"}
    colours = {label: bar.get_facecolor() for label, bar in zip(labels, bars, strict=True)}
    assert colours["Korea (competitive)"] != colours["Norway"]
    assert colours["Korea (competitive)"] == colours["Korea (non-competitive)"]
    assert countries.caption.startswith("Sources: KIET")
