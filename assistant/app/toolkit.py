"""The tools tradebrief offers programs and agents: plain typed functions over one ``Assistant``.

Both MCP servers serve these same functions, so an agent sees the same tools either way:
``tradebrief serve --mcp`` through Gradio (each is a ``gr.api`` endpoint, which Gradio lists as
an MCP tool named after the function) and ``tradebrief mcp`` over standard input and output (the
MCP SDK's FastMCP). Nothing here imports Gradio or the MCP SDK.

A docstring is what an agent reads: a paragraph saying what the tool does and returns, then
``Args:`` with one line per parameter (Gradio parses that form into the tool's JSON schema).
Bad arguments raise ``InputError`` with a one-line message the agent can act on.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from assistant.calculator.operations import CalculatorInput, Operation
from assistant.calculator.operations import calculate as run_calculator
from assistant.errors import InputError
from assistant.inputs import clean_question
from assistant.knowledge.rows import OffsetData
from assistant.wording import say

if TYPE_CHECKING:
    from assistant.pipeline import Assistant
    from assistant.search.index import StoredSource

# Most passages one search returns.
MAX_SEARCH_K = 20
# Where the data tables live as MCP resources: ``tradebrief://data`` (all) and ``…/data/NAME``.
RESOURCE_ROOT = "tradebrief://data"
# The data tables an agent may read, by resource name, with the attribute of ``OffsetData``.
TABLES = {
    "policy_history": "policy",
    "offset_rules": "rules",
    "offset_values": "values",
    "programs": "programs",
    "countries": "countries",
    "ustr_report": "ustr",
    "us_offsets": "statistics",
    "timeline": "timeline",
    "rates": "rates",
}


def source_record(entry: StoredSource) -> dict[str, Any]:
    """One source of the knowledge base as JSON: what ``tradebrief sources --json`` prints."""
    meta = entry.meta
    return {
        "id": meta.id,
        "title": meta.title,
        "publisher": meta.publisher,
        "date": meta.date,
        "kind": meta.kind,
        "origin": meta.origin,
        "file": meta.file,
        "pages": len(meta.pages),
        "units": entry.units,
    }


def table_rows(data: OffsetData, table: str) -> list[dict[str, Any]]:
    """The rows of one data table as JSON values (each row with its source id and quote)."""
    if table not in TABLES:
        raise InputError(f"unknown table {table!r}: use one of {', '.join(TABLES)}")
    rows = getattr(data, TABLES[table])
    return [row.model_dump(mode="json") for row in rows]


class Toolkit:
    """The agent tools over ``assistant``; each method is one tool, named as the method."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> dict:
        """Answer a question about the Korea–US defense offset dispute (the USTR's 2025 trade-barrier report, the RDP talks, Korea's offset program) from the knowledge base, every claim cited with a verbatim quote. Returns the JSON of `tradebrief ask --json`: answer (with markers [1], [2]), citations (marker, source_id, title, quote, start, end and page for PDFs; quote is exactly the source's text between start and end), tool_calls (calculator calls with their working), abstained (true when the sources do not answer) and disputed (true when sources give different figures, each cited).

        Args:
            question: the question, in plain words, at most 2,000 characters
            history: the conversation so far, oldest first, as objects with role ("user" or "assistant") and content; empty for a first question
        """
        return self.assistant.ask(question, history=history or []).model_dump(mode="json")

    def search(self, query: str, k: int = 5) -> dict:
        """Search the knowledge base for the passages that best match a query (BM25 and embeddings, fused by rank), without composing an answer. Returns the query and up to k passages, best first, each with source_id, title, start and end (character offsets into the source's text), page (for PDFs, else null), score and text.

        Args:
            query: what to look for, in plain words
            k: how many passages to return, 1 to 20
        """
        text = clean_question(query, self.assistant.settings.max_question_chars)
        if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_SEARCH_K:
            raise InputError(f"k must be a whole number from 1 to {MAX_SEARCH_K}, not {k!r}")
        documents = self.assistant.retriever(k=k).invoke(text)
        passages = [
            {
                "source_id": doc.metadata["source_id"],
                "title": doc.metadata["title"],
                "start": doc.metadata["start"],
                "end": doc.metadata["end"],
                "page": doc.metadata["page"],
                "score": round(float(doc.metadata["score"]), 6),
                "text": doc.page_content,
            }
            for doc in documents
        ]
        return {"query": text, "passages": passages}

    def calculate(
        self,
        operation: Operation = "evaluate",
        expression: str | None = None,
        amount: str | None = None,
        contract_type: str | None = None,
        year: int | None = None,
        to_currency: str | None = None,
        rate: str | None = None,
        old: str | None = None,
        new: str | None = None,
        part: str | None = None,
        whole: str | None = None,
        countries: list[str] | None = None,
        program: str | None = None,
        category: str | None = None,
        places: int | None = None,
        scale: str | None = None,
    ) -> dict:
        """(set below from the calculator's request model, so the two cannot drift apart)"""
        # The parameters are the request's fields (a test keeps them so); None means not given.
        arguments = dict(locals())
        given = {k: v for k, v in arguments.items() if k != "self" and v is not None}
        return run_calculator(given, self.assistant.data).model_dump(mode="json")

    def sources(self) -> dict:
        """List the documents of the knowledge base: the built-in sources and any a team ingested. Returns sources: one object per source with id (what citations call source_id), title, publisher, date, kind, origin (builtin or ingested), file, pages and units (citable sentences and table rows)."""
        return {"sources": [source_record(entry) for entry in self.assistant.sources()]}

    def brief(self, topic: str = "full") -> str:
        """Write a negotiation brief in Markdown: the issue in brief, key figures, timeline, their position, our position, what to expect at the table, where the sources disagree, scenarios (calculator calls) and the numbered sources with their verbatim quotes. Every statement carries a marker [n] for a quote listed under Sources.

        Args:
            topic: ustr, rdp, history, countries, full, or free text ranked over every document
        """
        from assistant.app.brief import build_brief
        from assistant.app.brief_render import to_markdown

        return to_markdown(build_brief(self.assistant, topic))

    def data_tables(self) -> str:
        """The structured data tables behind the answers (offset policy history, the offset rule of each year, offset values by period, the KC-X and F-35A programs, other countries' policies, the USTR 2025 report, US offset statistics, the timeline and the exchange rates the sources imply), as one JSON object mapping each table's name to its rows; every row carries its source id and a verbatim quote."""
        data = self.assistant.data
        return json.dumps({name: table_rows(data, name) for name in TABLES}, ensure_ascii=False)

    def data_table(self, table: str) -> str:
        """One structured data table as a JSON list of rows, each with its source id and verbatim quote.

        Args:
            table: policy_history, offset_rules, offset_values, programs, countries, ustr_report, us_offsets, timeline or rates
        """
        return json.dumps(table_rows(self.assistant.data, table), ensure_ascii=False)

    @property
    def tools(self) -> list[Any]:
        """The tools, in the order an agent would meet them."""
        return [self.ask, self.search, self.calculate, self.sources, self.brief]


def _calculate_doc() -> str:
    fields = CalculatorInput.model_fields
    lines = [
        say("calculator_tool_doc"),
        "",
        "Args:",
    ]
    for name, field in fields.items():
        lines.append(f"    {name}: {field.description}")
    return "\n".join(lines)


Toolkit.calculate.__doc__ = _calculate_doc()
