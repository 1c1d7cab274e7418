"""Source documents: their verbatim text, their metadata and the spans never used as evidence."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError, describe

METADATA_FILE = "sources.yaml"

SourceKind = Literal["news", "blog", "research report", "memo", "report", "guideline", "other"]


class SourceMeta(BaseModel):
    """What a reader needs to judge a source, as written in ``sources.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    publisher: str = "Unknown"
    # A few words naming the source in tight places (table cells, plot labels): "KIET".
    short_name: str = ""
    # What questions call it: "Yonhap", "the KIET report" (see answering/attribution.py).
    called: tuple[str, ...] = ()
    kind: SourceKind = "other"
    # What kind of publication it is, in plain words ("a Korean business daily newspaper"): a
    # question may call it so ("the business daily"; see answering/source_kinds.py).
    medium: str = ""
    date: str = ""
    date_note: str = ""
    weight: float = Field(default=1.0, gt=0, le=1.0)
    defects: tuple[str, ...] = ()
    boilerplate_lines: tuple[str, ...] = ()
    # Lines the page repeats (an image caption shown twice): the first is text like any other,
    # the copies after it are left out.
    repeated_lines: tuple[str, ...] = ()
    boilerplate_from: str | None = None
    # "built-in" sources live in knowledge/sources; "ingested" ones only in the store.
    origin: Literal["built-in", "ingested"] = "built-in"
    # The file an ingested document came from (its name only) and its format.
    file: str = ""
    format: str = ""
    # Start offset of each page of an ingested PDF in the stored text (page 1 starts at 0).
    pages: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        """The short name, else the publisher up to any "; authors…", else the id."""
        if self.short_name:
            return self.short_name
        publisher = self.publisher.split(";")[0].strip()
        return publisher if publisher and publisher != "Unknown" else self.id

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding character ``offset``, or None for a text without pages."""
        if not self.pages:
            return None
        return max(bisect.bisect_right(self.pages, offset), 1)


@dataclass(frozen=True)
class SourceRecord:
    """What is held about one source, known by its metadata's id: the document itself
    (``Source``), or the store's entry for it (``search.store.StoredSource``)."""

    meta: SourceMeta

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass(frozen=True)
class Source(SourceRecord):
    """One document: its id (the file stem), verbatim text and metadata."""

    text: str

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def boilerplate_spans(self) -> list[tuple[int, int]]:
        """Character spans of the text that must never be retrieved as evidence."""
        spans: list[tuple[int, int]] = []
        offset = 0
        seen: set[str] = set()
        for line in self.text.splitlines(keepends=True):
            stripped = line.strip()
            repeated = next((p for p in self.meta.repeated_lines if stripped.startswith(p)), None)
            if stripped and any(stripped.startswith(p) for p in self.meta.boilerplate_lines):
                spans.append((offset, offset + len(line)))
            elif repeated is not None and repeated in seen:
                spans.append((offset, offset + len(line)))
            elif repeated is not None:
                seen.add(repeated)
            offset += len(line)
        if self.meta.boilerplate_from:
            cut = self.text.find(self.meta.boilerplate_from)
            if cut >= 0:
                spans.append((cut, len(self.text)))
        return spans


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_text(path: Path) -> str:
    """Read a source exactly as stored: no newline translation, so offsets stay true."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise KnowledgeError(
            f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    except OSError as exc:
        raise KnowledgeError(f"cannot read {path}: {exc.strerror}") from None


def load_metadata(sources_dir: Path) -> dict[str, SourceMeta]:
    path = sources_dir / METADATA_FILE
    if not path.exists():
        raise KnowledgeError(f"{path} is missing: every source needs a title and kind there")
    raw = read_yaml(path)
    if not isinstance(raw, list):
        raise KnowledgeError(f"{path} must be a list of sources, one mapping each")
    metas: dict[str, SourceMeta] = {}
    for position, entry in enumerate(raw, start=1):
        try:
            meta = SourceMeta.model_validate(entry)
        except ValidationError as exc:
            raise KnowledgeError(f"{path}: entry {position}: {describe(exc, 'entry')}") from None
        if meta.id in metas:
            raise KnowledgeError(f"{path}: source id {meta.id!r} is listed twice")
        metas[meta.id] = meta
    return metas


def load_sources(sources_dir: Path) -> list[Source]:
    """Every ``*.txt`` in ``sources_dir`` with its metadata, sorted by id."""
    if not sources_dir.is_dir():
        raise KnowledgeError(f"source folder {sources_dir} does not exist")
    metas = load_metadata(sources_dir)
    files = sorted(sources_dir.glob("*.txt"))
    if not files:
        raise KnowledgeError(f"no .txt sources in {sources_dir}")
    stems = {f.stem for f in files}
    unlisted = sorted(stems - metas.keys())
    if unlisted:
        raise KnowledgeError(f"{', '.join(unlisted)}: no metadata in {sources_dir / METADATA_FILE}")
    missing = sorted(metas.keys() - stems)
    if missing:
        raise KnowledgeError(
            f"{sources_dir / METADATA_FILE} lists {', '.join(missing)} but no such .txt file exists"
        )
    sources = []
    for path in files:
        meta = metas[path.stem]
        text = read_text(path)
        for marker in (
            *meta.boilerplate_lines,
            *meta.repeated_lines,
            *([meta.boilerplate_from] if meta.boilerplate_from else []),
        ):
            if marker not in text:
                raise KnowledgeError(
                    f"{path.name}: boilerplate marker {marker!r} is not in the text"
                )
        sources.append(Source(meta=meta, text=text))
    return sources


def load_domain(path: Path, lexicon: Any) -> tuple[str, frozenset[str], frozenset[str]]:
    """Home country, other countries and comparison words, as search terms (``knowledge/domain.yaml``)."""
    if not path.exists():
        return "", frozenset(), frozenset()
    raw = read_yaml(path) or {}
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path} must be a mapping with home_country and other_countries")
    home = " ".join(lexicon.terms(str(raw.get("home_country", ""))))

    def terms(key: str) -> frozenset[str]:
        return frozenset(t for name in raw.get(key, []) for t in lexicon.terms(str(name)))

    return home, terms("other_countries"), terms("comparison_words")
