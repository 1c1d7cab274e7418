"""The values that cross the JSON boundary: an answer, its citations and tool calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer


class Citation(BaseModel):
    """A verbatim quote backing one claim: ``quote == source_text[start:end]``."""

    model_config = ConfigDict(frozen=True)

    marker: int = Field(ge=1)
    source_id: str
    title: str
    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    # The page of a PDF the quote is on (ingested PDFs); None for sources without pages.
    page: int | None = Field(default=None, ge=1)

    @model_serializer(mode="wrap")
    def _page_only_when_known(self, handler: Any) -> dict[str, Any]:
        # Keeps the JSON of citations without pages exactly as it was before pages existed.
        return _without_none(handler(self), "page")


class ToolCall(BaseModel):
    """One call of a deterministic tool (the calculator), shown with the answer."""

    name: str
    input: dict[str, Any]
    output: Any


class Turn(BaseModel):
    """One message of the conversation so far."""

    model_config = ConfigDict(extra="ignore")

    role: Literal["user", "assistant"]
    content: str


class GlossaryUse(BaseModel):
    """A Korean word of the question and the English it was read as."""

    model_config = ConfigDict(frozen=True)

    ko: str
    en: str


class Interpreted(BaseModel):
    """How a question in another language was read: the English question that was searched, the
    glossary terms and figures it came from, and the words that could not be read."""

    query: str
    answer_type: str
    terms: list[GlossaryUse] = Field(default_factory=list)
    figures: list[GlossaryUse] = Field(default_factory=list)
    unknown: list[str] = Field(default_factory=list)


class Answer(BaseModel):
    """What ``Assistant.ask`` returns and ``tradebrief ask --json`` prints."""

    id: str | int | None = None
    question: str
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    tool_calls: list[ToolCall] = Field(default_factory=list)
    abstained: bool = False
    # True when the answer rests on figures the sources state differently (each is cited).
    disputed: bool = False
    # The language the answer is worded in ("en" or "ko"); quotes are always the sources' own.
    language: Literal["en", "ko"] = "en"
    # For a question not in English: how it was read (absent for English questions).
    interpreted_as: Interpreted | None = None

    @model_serializer(mode="wrap")
    def _interpretation_only_when_read(self, handler: Any) -> dict[str, Any]:
        return _without_none(handler(self), "interpreted_as")


def _without_none(data: dict[str, Any], key: str) -> dict[str, Any]:
    """``data`` without ``key`` when its value is None (an optional field left out of the JSON)."""
    if data.get(key) is None:
        data.pop(key, None)
    return data
