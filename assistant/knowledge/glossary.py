"""The Korean–English domain glossary (``knowledge/glossary_ko.yaml``), validated on load.

Each English term is the sources' own wording; its Korean words are what a Korean reporter or
negotiator writes for it. A Korean term must be two characters or more: one-syllable words
("미", "조", "총") are particles or parts of other words too often to be read as terms.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError, describe

# The question forms, in the order one wins over another when a question holds several ("언제
# … 얼마" asks for a date first); a follow-up opener yields to any of them.
ANSWER_TYPES = (
    "summary",
    "comparison",
    "reason",
    "position",
    "percent",
    "date",
    "money",
    "count",
    "person",
    "country",
    "organisation",
    "definition",
    "how",
    "which",
    "what",
    "restated",
    "follow_up",
    # Not a question form: a negation, which in Korean follows what it negates ("FMS가 아닌").
    "negation",
)


def _checked_words(words: list[str], where: str) -> list[str]:
    for word in words:
        if not isinstance(word, str) or not word.strip():
            raise ValueError(f"{where}: empty word")
        if len(word.replace(" ", "")) < 2:
            raise ValueError(f"{where}: {word!r} is one character: too ambiguous to read as a term")
    return words


class QuestionForm(BaseModel):
    """The Korean question words of one answer type and the English opening they become."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    english: str = Field(min_length=1)
    korean: list[str] = Field(min_length=1)

    @field_validator("korean")
    @classmethod
    def _words(cls, words: list[str]) -> list[str]:
        # Question words may be one syllable (왜, 몇, 뭐): they stand as words of their own.
        if any(not w.strip() for w in words):
            raise ValueError("korean: empty word")
        return words


class Glossary(BaseModel):
    """Groups of English terms with their Korean words, question forms, function words, endings."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    terms: dict[str, dict[str, list[str]]]
    # Names no source mentions (other countries, later programs): read as themselves, so the
    # scope check can say the sources never mention them.
    outside_sources: dict[str, list[str]] = Field(default_factory=dict)
    question_forms: dict[str, QuestionForm]
    function_words: list[str]
    endings: list[str]
    # Endings that may begin a word written apart from its stem ("도입 됐나"): the verbs and the
    # copula. Empty: any run of endings may stand apart (the reading before this list existed).
    standalone_endings: list[str] = Field(default_factory=list)

    @field_validator("terms")
    @classmethod
    def _terms(cls, groups: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
        for group, entries in groups.items():
            for english, words in entries.items():
                if not words:
                    raise ValueError(f"{group}.{english}: no Korean words")
                _checked_words(words, f"{group}.{english}")
        return groups

    @field_validator("outside_sources")
    @classmethod
    def _outside(cls, entries: dict[str, list[str]]) -> dict[str, list[str]]:
        for english, words in entries.items():
            _checked_words(words, f"outside_sources.{english}")
        return entries

    @field_validator("question_forms")
    @classmethod
    def _forms(cls, forms: dict[str, QuestionForm]) -> dict[str, QuestionForm]:
        unknown = sorted(set(forms) - set(ANSWER_TYPES))
        if unknown:
            raise ValueError(f"unknown answer type {unknown[0]!r}: use one of {ANSWER_TYPES}")
        return forms

    def english_terms(self) -> dict[str, str]:
        """Korean word → English term, over every group (a word in two groups is an error)."""
        found: dict[str, str] = {}
        for entries in [*self.terms.values(), self.outside_sources]:
            for english, words in entries.items():
                for word in words:
                    found.setdefault(word, english)
        return found

    def korean_for(self) -> dict[str, str]:
        """English term → its first (preferred) Korean word, for writing Korean answers."""
        return {
            english: words[0]
            for entries in self.terms.values()
            for english, words in entries.items()
        }


@cache
def load_glossary(path: Path) -> Glossary:
    """The glossary at ``path``, checked; a ``KnowledgeError`` naming the entry otherwise."""
    raw = read_yaml(path)
    try:
        return Glossary.model_validate(raw)
    except ValidationError as exc:
        raise KnowledgeError(f"{path}: {describe(exc, 'glossary')}") from None
