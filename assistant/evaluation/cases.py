"""Evaluation cases and gates as data: the YAML files of ``evals/``, validated on load.

A case names the question (or the turns of a conversation), the facts its answer must hold
(regular expressions and normalized values), the gold sources and quote, and whether the
assistant must abstain. The format is documented in ``evals/README.md``. A malformed file is an
``InputError`` naming the file, the case and the field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.datafiles import read_yaml
from assistant.errors import InputError, describe
from assistant.settings import REPO_ROOT

EVALS_DIR = REPO_ROOT / "evals"
DEFAULT_CASES = EVALS_DIR / "questions.yaml"
DEFAULT_GATES = EVALS_DIR / "gates.yaml"

_SLUG = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"


class HistoryTurn(BaseModel):
    """One fixed earlier message of a conversation (``history``: not produced by the assistant)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Literal["user", "assistant"]
    content: str = Field(min_length=1)


class EvalCase(BaseModel):
    """One evaluation case; ``question`` or ``turns`` (a conversation whose last answer is judged)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_SLUG, max_length=100)
    category: str = Field(pattern=_SLUG, max_length=50)
    question: str | None = Field(default=None, min_length=1)
    # User turns asked in order, each with the assistant's own earlier answers as history.
    turns: tuple[str, ...] = ()
    # Fixed earlier messages given with ``question`` (the older format of follow-ups).
    history: tuple[HistoryTurn, ...] = ()
    # Regular expressions (case-insensitive), each of which must match the answer.
    facts: tuple[str, ...] = ()
    # Amounts, percentages and numbers ("USD 10 million", "50%", "1982") that must appear in the
    # answer, compared after normalization: "$10M" = "USD 10,000,000" = "10 million dollars".
    values: tuple[str, ...] = ()
    # Sources that support the answer; an answer must cite at least one of them.
    sources: tuple[str, ...] = ()
    # The verbatim sentence (or part of one) that settles the question, found in a gold source.
    quote: str | None = Field(default=None, min_length=1)
    abstain: bool = False
    # "calculator": the answer must record a calculator call; "none": it must record no tool call
    # (a restated fact is a fact question, not a computation).
    tool: Literal["calculator", "none"] | None = None
    note: str | None = None
    # The id of the case (in another set, usually the dev set) this one re-asks in another
    # language: the report sets the two sets' accuracy on such pairs side by side.
    original: str | None = Field(default=None, pattern=_SLUG, max_length=100)
    # "draft": written from feedback (``tradebrief feedback export --as-eval``) and not yet
    # reviewed; ``tradebrief eval`` skips it until a person checks it and removes the status.
    status: Literal["draft", "reviewed"] | None = None

    @property
    def draft(self) -> bool:
        return self.status == "draft"

    @field_validator("turns")
    @classmethod
    def _turns_are_questions(cls, turns: tuple[str, ...]) -> tuple[str, ...]:
        if turns and (len(turns) < 2 or any(not t.strip() for t in turns)):
            raise ValueError("turns must be two or more non-empty questions")
        return turns

    @field_validator("facts")
    @classmethod
    def _facts_compile(cls, facts: tuple[str, ...]) -> tuple[str, ...]:
        for fact in facts:
            try:
                re.compile(fact)
            except re.error as exc:
                raise ValueError(
                    f"fact /{fact}/ is not a valid regular expression: {exc}"
                ) from None
        return facts

    @field_validator("values")
    @classmethod
    def _values_parse(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        from assistant.evaluation.scoring import parse_value

        for value in values:
            parse_value(value)  # raises ValueError naming the value
        return values

    @model_validator(mode="after")
    def _one_way_of_asking(self) -> EvalCase:
        if (self.question is None) == (not self.turns):
            raise ValueError("give either question or turns (not both)")
        if self.turns and self.history:
            raise ValueError("turns and history cannot be combined: put earlier questions in turns")
        if self.quote and not self.sources:
            raise ValueError("a quote needs the sources it is taken from")
        checked = self.facts or self.values or self.tool == "calculator"
        if not self.abstain and not checked and not self.draft:
            raise ValueError("an answered case needs facts, values or a tool to check")
        return self

    @property
    def questions(self) -> tuple[str, ...]:
        """Every user question asked, in order; the last one's answer is judged."""
        return self.turns if self.turns else (self.question or "",)

    @property
    def final_question(self) -> str:
        return self.questions[-1]


class Gates(BaseModel):
    """The thresholds an evaluation run must meet (``evals/gates.yaml``); raise them, never lower."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    answer_accuracy: float = Field(ge=0, le=1)
    category_accuracy: float = Field(ge=0, le=1)
    # Stricter floors for named categories (e.g. every calculator case must pass).
    categories: dict[str, float] = Field(default_factory=dict)
    citation_validity: float = Field(ge=0, le=1)
    abstention_recall: float = Field(ge=0, le=1)
    # Share of answers whose every figure stands in a cited quote, a tool call or the question.
    figures_traced: float = Field(default=0.0, ge=0, le=1)
    # Share of abstentions that were called for (0: not gated).
    abstention_precision: float = Field(default=0.0, ge=0, le=1)
    # Share of restated facts (cases marked ``tool: none``) answered with no tool call (0: not
    # gated): issue 11 holds that no restated fact goes to the calculator.
    facts_uncomputed: float = Field(default=0.0, ge=0, le=1)
    # How many points (as a fraction) translated cases may fall behind their originals.
    translation_gap: float | None = Field(default=None, ge=0, le=1)

    @field_validator("categories")
    @classmethod
    def _fractions(cls, floors: dict[str, float]) -> dict[str, float]:
        for name, floor in floors.items():
            if not 0 <= floor <= 1:
                raise ValueError(f"categories.{name} must be between 0 and 1, not {floor}")
        return floors


def _read_yaml(path: Path) -> Any:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return read_yaml(path, InputError)


def _describe(error: ValidationError) -> str:
    return describe(
        error, "case", unknown_field="unknown field (see evals/README.md for the fields)"
    )


def load_cases(paths: list[Path] | None = None) -> list[EvalCase]:
    """The cases of ``paths`` (default ``evals/questions.yaml``), in order; ids must be unique."""
    cases: list[EvalCase] = []
    seen: dict[str, Path] = {}
    for path in paths or [DEFAULT_CASES]:
        raw = _read_yaml(path)
        if not isinstance(raw, list) or not raw:
            raise InputError(f"{path}: expected a non-empty list of cases (see evals/README.md)")
        for position, item in enumerate(raw, start=1):
            name = item.get("id") if isinstance(item, dict) else None
            label = f"case {name!r} (#{position})" if name else f"case #{position}"
            if not isinstance(item, dict):
                raise InputError(f"{path}: {label} is not a mapping of fields")
            try:
                case = EvalCase.model_validate(item)
            except ValidationError as exc:
                raise InputError(
                    f"{path}: {label}: {_describe(exc)}", path=path, id=name, value=item
                ) from None
            if case.id in seen:
                raise InputError(
                    f"{path}: {label}: id already used in {seen[case.id]}", path=path, id=case.id
                )
            seen[case.id] = path
            cases.append(case)
    return cases


def quote_places(quote: str, text: str) -> list[tuple[int, int]]:
    """Every (start, end) where the quote stands in the text, any run of whitespace matching any other.

    A quote copied from a rendered table has spaces where the source file has tabs; the words and
    their order are what a gold quote vouches for, not the kind of blank between table cells.
    """
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    return [m.span() for m in pattern.finditer(text)]


def check_gold(cases: list[EvalCase], source_texts: dict[str, str]) -> None:
    """Every gold source exists and every gold quote stands verbatim in one of its sources."""
    for case in cases:
        unknown = [s for s in case.sources if s not in source_texts]
        if unknown:
            raise InputError(
                f"case {case.id!r}: unknown source {unknown[0]!r}; known: {', '.join(sorted(source_texts))}"
            )
        if case.quote and not any(quote_places(case.quote, source_texts[s]) for s in case.sources):
            raise InputError(
                f"case {case.id!r}: quote {case.quote[:60]!r} is not verbatim in its sources"
            )


def reviewed(cases: list[EvalCase]) -> tuple[list[EvalCase], int]:
    """The cases a person has reviewed, and how many drafts were left out."""
    kept = [c for c in cases if not c.draft]
    return kept, len(cases) - len(kept)


def select(cases: list[EvalCase], categories: list[str] | None) -> list[EvalCase]:
    """The cases of ``categories`` (all when None); an unknown category is an ``InputError``."""
    if not categories:
        return cases
    known = sorted({c.category for c in cases})
    unknown = [c for c in categories if c not in known]
    if unknown:
        raise InputError(f"unknown category {unknown[0]!r}: use one of {', '.join(known)}")
    return [c for c in cases if c.category in categories]


def load_gates(path: Path | None = None) -> Gates:
    """The thresholds of ``path`` (default ``evals/gates.yaml``)."""
    path = path or DEFAULT_GATES
    raw = _read_yaml(path)
    if not isinstance(raw, dict):
        raise InputError(f"{path}: expected a mapping of thresholds")
    try:
        return Gates.model_validate(raw)
    except ValidationError as exc:
        raise InputError(f"{path}: {_describe(exc)}") from None
