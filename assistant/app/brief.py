"""The negotiation brief: a cited briefing book built from the knowledge base, with no model.

``build_brief(assistant, topic)`` gives a ``Brief`` of nine sections for a built-in topic
(``ustr``, ``rdp``, ``history``, ``countries``, ``full``) or for free text. Sentences are source
sentences chosen by the composer's ranking for fixed, topic-specific queries (positions also need
an attribution word); tables come from ``knowledge/data`` rows; scenarios are recorded calculator
calls. One ``CitationList`` numbers every quote across the brief, no sentence is said twice, and
anything stating a figure that no quote or call traces is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from assistant.answering.citations import CitationList
from assistant.answering.compose import display, unit_citation
from assistant.answering.figures import untraced
from assistant.answers import Answer, Citation, ToolCall
from assistant.calculator.operations import calculate
from assistant.datafiles import read_yaml
from assistant.errors import CalculationError, InputError, KnowledgeError
from assistant.knowledge.disagreements import Disagreement, load_disagreements
from assistant.knowledge.domain import domain
from assistant.knowledge.rows import (
    CountryPolicy,
    OffsetStatistic,
    OffsetValue,
    PolicyEvent,
    ProgramFact,
    Row,
    TimelineEvent,
    UstrFact,
)
from assistant.regex import lazy
from assistant.settings import DEFAULT_KNOWLEDGE
from assistant.wording import label, say

if TYPE_CHECKING:
    from assistant.answering.compose import Composer
    from assistant.pipeline import Assistant

SECTIONS = 9


def section_titles(language: str = "en") -> tuple[str, ...]:
    """The nine sections' titles, in order (``prompts/ui.yaml``, ``brief_section_N``)."""
    return tuple(label(f"brief_section_{n}", language) for n in range(1, SECTIONS + 1))


@cache
def topics(language: str = "en") -> dict[str, str]:
    """The built-in brief topics, by key (``knowledge/briefs.yaml``), with their titles
    (``prompts/ui.yaml``, ``brief_topic_KEY``)."""
    return {key: label(f"brief_topic_{key}", language) for key in _queries()["topics"]}


def topic_picker(language: str = "en") -> dict[str, Any]:
    """The Brief tab's topic picker worded in ``language``: its ``choices`` (each topic shown as
    "<title> (<key>)", its key chosen) and its ``label``."""
    choices = [(f"{title} ({key})", key) for key, title in topics(language).items()]
    return {"choices": choices, "label": label("brief_topic", language)}


def _attribution(section: str) -> re.Pattern[str]:
    """The words that attribute a sentence to one side (``knowledge/briefs.yaml``)."""
    return re.compile(_queries()["attribution"][section])


def _custom(section: str, topic: str) -> list[str]:
    """The queries of ``section`` for a topic of the user's own."""
    return [q.format(topic=topic) for q in _queries()["custom_queries"][section]]


def _queries() -> dict[str, Any]:
    """The section queries and scenarios of ``knowledge/briefs.yaml``."""
    path = DEFAULT_KNOWLEDGE / "briefs.yaml"
    raw = read_yaml(path)
    wanted = (
        "topics",
        "issue",
        "their_position",
        "our_position",
        "expectations",
        "scenario_sizes",
        "custom_queries",
        "attribution",
        "rdp_policy_since",
    )
    if not isinstance(raw, dict) or any(key not in raw for key in wanted):
        raise KnowledgeError(f"{path}: needs {', '.join(wanted)} and compare_with")
    if not isinstance(raw["topics"], list) or not all(isinstance(k, str) for k in raw["topics"]):
        raise KnowledgeError(f"{path}: topics must list the built-in topics' keys")
    return raw


_BULLET = lazy(r"^(?:[-•*▪]\s+)+")
_OFFSET_WORDS = lazy(r"offset|contract|threshold|obligation|share|calculat", re.I)


@dataclass
class Sentence:
    """One cited sentence of the brief."""

    text: str
    markers: list[int]


@dataclass
class FigureRow:
    """A line of the key figures table; ``disputed`` names every side's value, each cited."""

    figure: str
    measure: str
    period: str
    source: str
    markers: list[int]
    disputed: str = ""


@dataclass
class TimelineRow:
    date: str
    event: str
    markers: list[int]


@dataclass
class Scenario:
    """One recorded calculator call, with its working."""

    summary: str
    working: list[str]
    notes: list[str]
    markers: list[int]
    call: ToolCall
    # The result and its step in Korean, from the call's recorded output (a Korean brief).
    korean: list[str] = field(default_factory=list)


@dataclass
class Section:
    number: int
    title: str
    sentences: list[Sentence] = field(default_factory=list)
    figures: list[FigureRow] = field(default_factory=list)
    timeline: list[TimelineRow] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)
    # Why the section is left out, when it has nothing to say.
    note: str = ""

    @property
    def empty(self) -> bool:
        return not (self.sentences or self.figures or self.timeline or self.scenarios)


@dataclass
class SourceEntry:
    """A numbered source of section 9: the citation with its source's metadata."""

    citation: Citation
    publisher: str
    date: str


@dataclass
class Brief:
    topic: str
    title: str
    built_in: bool
    today: str
    sections: list[Section]
    citations: list[Citation]
    sources: list[SourceEntry]
    tool_calls: list[ToolCall]
    as_of: str = ""  # the day the facts are taken as of ("" for the sources' newest)
    language: str = "en"  # the language of its headings, figures and calculations

    def text(self) -> str:
        """Every statement of the brief as plain text (what the figure check reads)."""
        parts: list[str] = []
        for s in self.sections:
            parts += [x.text for x in s.sentences]
            parts += [f"{f.figure}; {f.measure}; {f.period}; {f.disputed}" for f in s.figures]
            parts += [f"{t.date}: {t.event}" for t in s.timeline]
            for c in s.scenarios:
                parts += [c.summary, *c.working, *c.notes, *c.korean]
        return "\n".join(parts)

    def as_answer(self) -> Answer:
        """The brief as one answer, so issue 8's figure check can read it."""
        return Answer(
            question=self.topic,
            answer=self.text(),
            citations=self.citations,
            tool_calls=self.tool_calls,
        )

    def untraced(self) -> list[str]:
        return untraced(self.as_answer())


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Builder:
    def __init__(self, assistant: Assistant, topic: str, as_of: date | None = None) -> None:
        self.assistant = assistant
        self.as_of = as_of
        self.composer: Composer = assistant._fresh()
        self.data = assistant.data
        self.cited = CitationList(self.composer.row_citation)
        self.seen: set[str] = set()
        # The quotes already said as a sentence: one quote never stands behind two sentences.
        self.said: set[str] = set()
        self.calls: list[ToolCall] = []
        self.topic = topic
        self.built_in = topic in topics()
        self.parts = ["ustr", "rdp", "history", "countries"] if topic == "full" else [topic]
        try:
            self.disagreements: tuple[Disagreement, ...] = load_disagreements(
                assistant.settings.knowledge_dir
            )
        except Exception:  # noqa: BLE001 - a brief without section 7 is still a brief
            self.disagreements = ()

    # -- tracing ---------------------------------------------------------------------------

    @staticmethod
    def _traced(text: str, quotes: list[str], calls: list[ToolCall] = ()) -> bool:  # type: ignore[assignment]
        probe = Answer(
            question="",
            answer=text,
            citations=[
                Citation(marker=1, source_id="x", title="x", quote=q, start=0, end=len(q))
                for q in quotes
                if q
            ],
            tool_calls=list(calls),
        )
        return not untraced(probe)

    def _fresh_sentence(self, text: str) -> bool:
        key = _norm(text)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    # -- sentences from ranking ------------------------------------------------------------

    def _section_queries(self, section: str) -> list[str]:
        """What the built-in brief searches for ``section``, or for a topic of the user's own
        the section's queries about that topic."""
        return _queries()[section] if self.built_in else _custom(section, self.topic)

    def _ranked(
        self, queries: list[str], most: int, words: re.Pattern[str] | None = None
    ) -> list[Sentence]:
        chosen: list[Sentence] = []
        for query in queries:
            if len(chosen) >= most:
                break
            ranked = self.composer.rank(query)
            best = ranked[0].score if ranked else 0.0
            for candidate in ranked[:12]:
                unit = candidate.unit
                text = _BULLET.sub("", display(unit.text))  # a list item reads as a sentence
                if candidate.score < 0.5 * best or unit.kind not in ("sentence", "row", "heading"):
                    continue
                if len(text.split()) < 8 or (words is not None and not words.search(text)):
                    continue
                if self._said(unit.quote) or _norm(text) in self.seen:
                    continue
                if not self._traced(text, [unit.quote]):
                    continue
                self.seen.add(_norm(text))
                self.said.add(_norm(unit.quote))
                marker = self.cited.add(unit_citation(self.composer.index, unit, 1))
                chosen.append(Sentence(text, [marker]))
                break  # one sentence per query, so the section covers each point
        return chosen

    def _said(self, quote: str) -> bool:
        """Whether ``quote`` (or a sentence holding it, or one it holds) was said already."""
        key = _norm(quote)
        return any(key == old or key in old or old in key for old in self.said)

    def _row_sentence(self, row: Row, text: str) -> Sentence | None:
        if self._said(row.quote) or not self._traced(text, list(row.quotes)):
            return None
        if not self._fresh_sentence(text):
            return None
        self.said.add(_norm(row.quote))
        return Sentence(text, self._markers(row))

    def _markers(self, row: Row) -> list[int]:
        return [self.cited.row(row, quote) for quote in row.quotes]

    # -- sections ----------------------------------------------------------------------------

    def issue(self) -> Section:
        queries = [q for part in self.parts for q in _queries()["issue"].get(part, [])]
        if not self.built_in:
            queries = _custom("issue", self.topic)
        sentences = self._ranked(queries, 5)
        if len(sentences) < 3:  # three to five sentences: the topic's own title fills up
            sentences += self._ranked([topics().get(self.topic, self.topic)], 3 - len(sentences))
        return Section(1, section_titles()[0], sentences=sentences[:5])

    def _rows_for(self) -> list[Row]:
        data = self.data
        by_part: dict[str, list[Row]] = {
            "ustr": [r for r in data.ustr if r.topic in ("offsets", "cases", "pages")],
            "rdp": [r for r in data.ustr if r.topic == "offsets"]
            + [r for r in data.policy if r.year and r.year >= _queries()["rdp_policy_since"]],
            "history": [*data.policy, *data.values],
            "countries": [r for r in data.countries if r.attribute == "min_share"]
            + list(data.statistics),
        }
        if self.built_in:
            rows = [r for part in self.parts for r in by_part[part]]
        else:
            terms = set(self.composer.index.lexicon.terms(self.topic))
            rows = [
                r
                for r in data.rows()
                if not isinstance(r, TimelineEvent)
                and terms & set(self.composer.index.lexicon.terms(f"{r.statement()} {r.quote}"))
            ]
        return list({r.id: r for r in rows}.values())

    def figures(self) -> Section:
        section = Section(2, section_titles()[1])
        for row in self._rows_for():
            figure, measure, period = row_figure(row)
            if not figure:
                continue
            line = f"{figure}; {measure}; {period}"
            if not self._traced(line, list(row.quotes)):
                continue
            if not self._fresh_sentence(f"figure {line}"):
                continue
            disputed = self._dispute_of(row)
            section.figures.append(
                FigureRow(
                    figure, measure, period, self._short(row.source), self._markers(row), disputed
                )
            )
        return section

    def _dispute_of(self, row: Row) -> str:
        for item in self.disagreements:
            if any(row.id in side.rows for side in item.sides):
                parts = []
                for side in item.sides:
                    marks = self.cited.rows([self.data.row(side.rows[0])])
                    parts.append(f"{side.value} {marks}")
                return "; ".join(parts)
        return ""

    def _short(self, source_id: str) -> str:
        meta = self.assistant.source_meta(source_id)
        if meta is None:
            return source_id
        return meta.short_name or meta.publisher or meta.title

    def timeline(self) -> Section:
        section = Section(3, section_titles()[2])
        if self.built_in and self.parts == ["countries"]:
            section.note = say("brief_no_foreign_events")
            return section
        rows: list[TimelineEvent] = sorted(self.data.timeline, key=lambda r: (r.date, r.id))
        if self.as_of is not None:  # nothing after the day the brief is written for
            rows = [r for r in rows if r.date <= self.as_of.isoformat()[: len(r.date)]]
        if self.built_in and self.parts == ["ustr"]:
            rows = [r for r in rows if r.year >= domain().report_year]
        elif not self.built_in:
            terms = set(self.composer.index.lexicon.terms(self.topic))
            rows = [
                r
                for r in rows
                if terms & set(self.composer.index.lexicon.terms(f"{r.event} {r.quote}"))
            ]
        for row in rows:
            event = display(row.event)
            line = row.statement()
            if not self._traced(line, list(row.quotes)) or not self._fresh_sentence(line):
                continue
            when = row.date if not row.dated_by_article else f"{row.date} (dateline)"
            section.timeline.append(TimelineRow(when, event, self._markers(row)))
        if not section.timeline:
            section.note = say("brief_no_events")
        return section

    def theirs(self) -> Section:
        section = Section(4, section_titles()[3])
        if self.built_in and self.parts == ["countries"]:
            section.note = say("brief_no_foreign_objection")
            return section
        section.sentences = self._ranked(
            self._section_queries("their_position"), 4, _attribution("their_position")
        )
        if self.built_in and ("ustr" in self.parts or "rdp" in self.parts):
            for row in self.data.ustr:
                if row.topic == "other_barrier":
                    quote = " ".join(row.quote.split())
                    sentence = self._row_sentence(row, say("brief_other_barrier", quote=quote))
                    if sentence:
                        section.sentences.append(sentence)
        return section

    def ours(self) -> Section:
        section = Section(5, section_titles()[4])
        section.sentences = self._ranked(
            self._section_queries("our_position"), 4, _attribution("our_position")
        )
        return section

    def expect(self) -> Section:
        section = Section(6, section_titles()[5])
        if self.built_in and self.parts in (["history"], ["countries"]):
            section.note = say("brief_not_rdp")
            return section
        section.sentences = self._ranked(
            self._section_queries("expectations"), 3, _attribution("expectations")
        )
        return section

    def disagree(self, rows_shown: set[str]) -> Section:
        section = Section(7, section_titles()[6])
        for item in self.disagreements:
            ids = {r for side in item.sides for r in side.rows}
            if self.topic != "full" and not ids & rows_shown:
                continue
            parts = []
            for side in item.sides:
                marks = self.cited.rows([self.data.row(side.rows[0])])
                parts.append(f"{side.value} {marks}")
            text = say(
                "brief_disagreement",
                measure=item.measure,
                anchor=item.anchor,
                sides="; ".join(parts),
            )
            if self._fresh_sentence(text):
                section.sentences.append(Sentence(text, []))
        return section

    def _call(self, arguments: dict[str, Any]) -> Scenario | None:
        try:
            result = calculate(arguments, self.data, self.as_of)
        except CalculationError:
            return None
        call = ToolCall(name="calculator", input=arguments, output=result.model_dump(mode="json"))
        self.calls.append(call)
        markers = [n for r in result.cites for n in self._markers(self.data.row(r))]
        return Scenario(
            result.summary,
            list(result.working),
            list(result.notes),
            list(dict.fromkeys(markers)),
            call,
        )

    def scenarios(self) -> Section:
        section = Section(8, section_titles()[7])
        if not self.built_in and not _OFFSET_WORDS.search(self.topic):
            section.note = say("brief_no_calculation")
            return section
        wants_rules = not self.built_in or set(self.parts) & {"ustr", "rdp", "history"}
        wants_compare = not self.built_in or "countries" in self.parts
        if wants_rules:
            for size in _queries()["scenario_sizes"]:
                for kind in ("competitive", "non-competitive"):
                    args = {"operation": "offset_obligation", "amount": size, "contract_type": kind}
                    found = self._call(args)
                    if found:
                        section.scenarios.append(found)
            fms = self._call(
                {"operation": "offset_obligation", "amount": "$100 million", "contract_type": "fms"}
            )
            if fms:
                section.scenarios.append(fms)
        if wants_compare:
            for country in _queries()["compare_with"]:
                found = self._call(
                    {
                        "operation": "compare_policies",
                        "amount": "$100 million",
                        "countries": [domain().home_country, country],
                    }
                )
                if found:
                    section.scenarios.append(found)
        # Notes repeat from call to call ("No year given: …"): each is said once.
        for scenario in section.scenarios:
            scenario.notes = [n for n in scenario.notes if self._fresh_sentence(n)]
        return section

    def build(self) -> Brief:
        sections = [self.issue(), self.figures(), self.timeline()]
        sections += [self.theirs(), self.ours(), self.expect()]
        shown = {r.id for r in self._rows_for()}
        if "ustr" in self.parts:  # the report's release date is disputed too
            shown |= {r.id for r in self.data.ustr}
        sections += [self.disagree(shown), self.scenarios()]
        sources = Section(9, section_titles()[8])
        sections.append(sources)
        for section in sections[:-1]:
            if section.empty and not section.note:
                section.note = say("brief_nothing")
        entries = []
        for c in self.cited.items:
            meta = self.assistant.source_meta(c.source_id)
            entries.append(
                SourceEntry(c, meta.publisher if meta else "", meta.date if meta else "")
            )
        if not entries:
            sources.note = label("brief_nothing_cited")
        title = topics().get(self.topic, self.topic)
        return Brief(
            topic=self.topic,
            title=title,
            built_in=self.built_in,
            today=date.today().isoformat(),
            as_of=self.as_of.isoformat() if self.as_of else "",
            sections=sections,
            citations=list(self.cited.items),
            sources=entries,
            tool_calls=list(self.calls),
        )


def row_figure(row: Row) -> tuple[str, str, str]:
    """(figure, what it measures, period) of a data row; no figure for rows without one."""
    if isinstance(row, OffsetValue):
        start, end = row.period.split("-")
        return row.figure(), row.label(), f"{start}–{end}"
    if isinstance(row, PolicyEvent):
        if row.threshold_usd is None and row.share_percent is None:
            return "", "", ""
        parts = []
        if row.threshold_usd is not None:
            parts.append(say("brief_threshold_cell", threshold=f"{row.threshold_usd:,f}"))
        if row.share_percent is not None:
            parts.append(say("brief_share_cell", share=row.share_percent))
        return ", ".join(parts), display(row.event), str(row.year or "")
    if isinstance(row, CountryPolicy):
        return row.value, say("brief_country_cell", country=row.country, label=row.label()), ""
    if isinstance(row, UstrFact):
        if row.topic == "pages":
            return (
                say("brief_pages_cell", number=row.number),
                say("brief_pages_of", economy=row.economy),
                "",
            )
        if row.topic == "cases":
            return (
                say("brief_cases_cell", qualifier=row.qualifier, number=row.number).strip(),
                say("brief_cases_of"),
                str(row.year or ""),
            )
        if row.amount_usd is not None:
            return f"USD {row.amount_usd:,f}", row.value, ""
        return "", "", ""
    if isinstance(row, OffsetStatistic):
        label = row.statement().split(": ", 1)[0]
        return row.figure(), label, str(row.year or "")
    if isinstance(row, ProgramFact) and row.amount is not None:
        return row.figure(), row.statement().split(": ", 1)[0], str(row.year or "")
    return "", "", ""


def build_brief(
    assistant: Assistant, topic: str = "full", as_of: date | None = None, language: str = "en"
) -> Brief:
    """The brief on a built-in topic (``ustr``, ``rdp``, ``history``, ``countries``, ``full``) or
    on free text, which is ranked over the whole knowledge base, ingested documents included.
    ``as_of`` leaves out later timeline events and applies the rules in force on that day.
    ``language`` "ko" words the headings, the figures and the calculations in Korean; the
    statements stay the sources' English, each with its quote."""
    topic = " ".join((topic or "").split())
    if not topic:
        raise InputError("give a topic: ustr, rdp, history, countries, full, or free text")
    if len(topic) > 300:
        raise InputError("the topic is too long (at most 300 characters)")
    key = topic.lower()
    brief = _Builder(assistant, key if key in topics() else topic, as_of).build()
    if language == "ko":
        from assistant.korean.answer import calculation_lines

        brief.language = "ko"
        if brief.built_in:
            brief.title = topics("ko")[brief.topic]
        said: set[str] = set()
        for section in brief.sections:
            section.title = section_titles("ko")[section.number - 1]
            for scenario in section.scenarios:
                # The result and its step belong to each scenario; a note is said once.
                lines = calculation_lines(scenario.call)
                scenario.korean = lines[:2] + [n for n in lines[2:] if n not in said]
                said.update(lines[2:])
    return brief
