"""The curated disagreements in ``knowledge/disagreements.yaml``: where the sources truly give
different values for the same measure, period and unit kind, each side with its rows and quotes.

``is_disputed(quote_a, quote_b)`` tells a caller (the composer, for sentence-level flags) whether
two quoted sentences stand on different sides of one disagreement.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError
from assistant.settings import DEFAULT_KNOWLEDGE

FILE = "disagreements.yaml"


class Side(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    value: str
    rows: tuple[str, ...] = Field(min_length=1)
    quotes: tuple[str, ...] = Field(min_length=1)


class Disagreement(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    measure: str
    anchor: str
    unit: str
    sides: tuple[Side, ...] = Field(min_length=2)
    compatible: tuple[str, ...] = ()  # rows whose hedged figure fits every side
    other_units: tuple[str, ...] = ()  # the same measure in another currency: not compared
    note: str = ""

    def pairs(self) -> set[frozenset[str]]:
        """Every pair of row ids on different sides."""
        return {
            frozenset((a, b))
            for i, side in enumerate(self.sides)
            for other in self.sides[i + 1 :]
            for a in side.rows
            for b in other.rows
        }


def load_disagreements(knowledge_dir: Path | None = None) -> tuple[Disagreement, ...]:
    """Read ``disagreements.yaml`` (default: the built-in knowledge folder)."""
    return _load((knowledge_dir or DEFAULT_KNOWLEDGE) / FILE)


@cache
def _load(path: Path) -> tuple[Disagreement, ...]:
    if not path.is_file():
        raise KnowledgeError(f"missing {path}")
    raw = read_yaml(path)
    try:
        return tuple(TypeAdapter(list[Disagreement]).validate_python(raw))
    except ValidationError as exc:
        raise KnowledgeError(f"{path.name} is not valid: {exc}", path=path) from None


def disputed_pairs(disagreements: tuple[Disagreement, ...] | None = None) -> set[frozenset[str]]:
    """Every pair of data-row ids the curated file says disagree."""
    found: set[frozenset[str]] = set()
    for item in disagreements if disagreements is not None else load_disagreements():
        found |= item.pairs()
    return found


def _norm(text: str) -> str:
    return " ".join(text.split())


def is_disputed(
    quote_a: str, quote_b: str, disagreements: tuple[Disagreement, ...] | None = None
) -> bool:
    """Whether two quotes stand on different sides of one curated disagreement. A quote that
    states both sides' figures (one sentence giving two periods) is on each side it is listed on;
    two quotes on the same side, or in no disagreement, are not disputed."""
    a, b = _norm(quote_a), _norm(quote_b)
    for item in disagreements if disagreements is not None else load_disagreements():
        sides_a = {i for i, s in enumerate(item.sides) if a in map(_norm, s.quotes)}
        sides_b = {i for i, s in enumerate(item.sides) if b in map(_norm, s.quotes)}
        if sides_a and sides_b and any(x != y for x in sides_a for y in sides_b):
            return True
    return False


def stands_on(quote: str, side: Side) -> bool:
    """Whether a cited quote is, holds, or is a long part of one of ``side``'s quotes (a cited
    sentence may be longer or shorter than the data row's quote)."""
    text = _norm(quote)
    for listed in map(_norm, side.quotes):
        if listed in text or (len(text) > 40 and text in listed):
            return True
    return False


def sides_cited(quotes: list[str], item: Disagreement) -> list[int]:
    """The sides of ``item`` that some quote of ``quotes`` stands on."""
    return [i for i, side in enumerate(item.sides) if any(stands_on(q, side) for q in quotes)]
