"""Bring your own documents: files and folders read, given ids and metadata, and stored.

Each file becomes one ingested source. Its id is a slug of its file name (``memo-rdp.pdf`` →
``memo-rdp``), so ingesting a changed file again replaces the old version; the same content
under any name is stored once (its content hash). Metadata comes from, in order of precedence,
the caller (CLI flags, the UI), a sidecar YAML file beside the document (``memo.pdf.yaml`` or
``memo.yaml``), and what the document says about itself (PDF/DOCX properties, the HTML page's
metadata, Markdown front matter or first heading). A file that cannot be used is reported with
a one-line reason and the others go on.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.datafiles import read_yaml
from assistant.errors import (
    Cancelled,
    DocumentError,
    InputError,
    TradebriefError,
    describe,
)
from assistant.knowledge.readers import DEFAULT_MAX_EXPANDED_BYTES, format_of, read_document
from assistant.knowledge.sources import Source, SourceKind, SourceMeta, content_hash
from assistant.regex import lazy
from assistant.search.watch import Watch, checkpoint, current, watching

__all__ = [
    "DocumentMeta",
    "Estimate",
    "IngestOutcome",
    "IngestReport",
    "Ingester",
    "Watch",
    "duration",
    "estimate",
    "expand",
    "watching",
]

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from assistant.search.index import KnowledgeIndex

# "cancelled": given up when the user cancelled the ingest, or undone by that cancel.
Status = Literal["added", "replaced", "unchanged", "failed", "cancelled"]

# Units embedded (and stored) per second, their passages included: a document of 1,198 short
# units and 400 passages took 23.6 s on the 2-core development machine with the ONNX encoder
# (about 51 units/s in all). A rough constant for estimates only; a faster machine beats it.
UNITS_PER_SECOND = 50.0
_SIDECAR_SUFFIXES = (".yaml", ".yml")
_ID = lazy(r"^[a-z0-9][a-z0-9._-]{0,79}$")


class DocumentMeta(BaseModel):
    """Metadata a user gives for a document (flags, a sidecar file, the UI); all optional."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    title: str | None = Field(default=None, min_length=1)
    publisher: str | None = None
    date: str | None = None
    kind: SourceKind | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # A form's empty field (the UI's) means "not given", not "an empty title".
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value

    def merged_over(self, other: DocumentMeta) -> DocumentMeta:
        """These values where given, ``other``'s elsewhere."""
        mine = self.model_dump(exclude_none=True)
        return DocumentMeta.model_validate({**other.model_dump(exclude_none=True), **mine})


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one file."""

    path: str
    status: Status
    source_id: str | None = None
    # Why it failed, or for "unchanged" which stored source already holds the content.
    reason: str = ""
    units: int = 0
    pages: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        name = Path(self.path).name
        if self.status == "failed":
            return f"failed     {self.reason}"
        if self.status == "cancelled":
            return f"cancelled  {name} ({self.reason})"
        detail = f"{self.units} units" + (f", {self.pages} pages" if self.pages else "")
        if self.status == "unchanged":
            detail = self.reason or "already stored"
        return f"{self.status:<10} {name} → {self.source_id} ({detail})"


class _WithStatus:
    """A report's outcomes whose status is the attribute's own name."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.status = name

    def __get__(self, report: IngestReport, owner: type | None = None) -> list[IngestOutcome]:
        return [o for o in report.outcomes if o.status == self.status]


@dataclass
class IngestReport:
    """Per-file outcomes of one ``ingest`` call, in the order the files were given."""

    outcomes: list[IngestOutcome] = field(default_factory=list)
    seconds: float = 0.0

    # The outcomes of one status: ``report.added``, ``.replaced``, ``.unchanged``, ``.failed``,
    # ``.cancelled``.
    added = _WithStatus()
    replaced = _WithStatus()
    unchanged = _WithStatus()
    failed = _WithStatus()
    cancelled = _WithStatus()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        tally = Counter(o.status for o in self.outcomes)
        counts = ", ".join(f"{tally[s]} {s}" for s in get_args(Status) if tally[s])
        lines = [o.line() for o in self.outcomes]
        lines.append(f"{counts or 'nothing to ingest'} in {self.seconds:.1f} s")
        return "\n".join(lines)


@dataclass(frozen=True)
class Estimate:
    """How long embedding one document will take, from its unit count, before it starts."""

    path: str
    source_id: str
    units: int

    @property
    def seconds(self) -> float:
        return self.units / UNITS_PER_SECOND

    def line(self) -> str:
        return (
            f"{Path(self.path).name}: {self.units:,} units, about {duration(self.seconds)} to embed"
        )


def duration(seconds: float) -> str:
    """``seconds`` as a person says it: "40 s", "3 min 20 s", "1 h 12 min"."""
    whole = max(1, round(seconds))
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        minutes, rest = divmod(whole, 60)
        return f"{minutes} min" + (f" {rest} s" if rest else "")
    hours, rest = divmod(whole, 3600)
    return f"{hours} h" + (f" {rest // 60} min" if rest // 60 else "")


def estimate(path: Path | str, source: Source) -> Estimate:
    """The embedding time of ``source``, from its units (chunking is quick next to embedding)."""
    from assistant.knowledge.chunks import split_source

    units, _ = split_source(source)
    return Estimate(str(path), source.id, len(units))


def slug(stem: str) -> str:
    """A source id from a file name: lower case, words joined by hyphens, at most 60 characters."""
    words = re.findall(r"[a-z0-9]+", stem.lower())
    return "-".join(words)[:60].strip("-")


def expand(
    paths: Iterable[str | Path], follow_links: bool = False
) -> Iterator[tuple[Path, str | None]]:
    """Every document under ``paths`` (folders searched recursively), with an error if unusable.

    In a folder, hidden files and sidecar YAML files are skipped; every other file is yielded,
    so one of an unknown format is reported rather than silently ignored. A symbolic link in a
    folder that leads out of it (to a file or a folder elsewhere) is not followed, and is
    reported, unless ``follow_links``; a path given by name is always read.
    """
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found = sorted(_walk(path, follow_links))
            yield from found
            if not any(problem is None for _, problem in found):
                yield path, f"{path}: the folder holds no documents"
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield path, f"{path}: is not a regular file"
        else:
            yield path, f"{path}: no such file or folder"


def _link_outside(child: Path, root: Path, folder: Path) -> Iterator[tuple[Path, str | None]]:
    """``child``, a link not followed, as a failed file when it leads out of ``root``."""
    target = child.resolve()
    if not target.is_relative_to(root):
        yield child, _outside(child, target, folder)


def _walk(folder: Path, follow_links: bool) -> Iterator[tuple[Path, str | None]]:
    """The files of ``folder`` and its sub-folders, hidden and sidecar files left out."""
    root = folder.resolve()
    seen: set[Path] = set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=follow_links):
        here = Path(dirpath)
        real = here.resolve()
        if real in seen:  # a link loop (only possible when following links)
            dirnames[:] = []
            continue
        seen.add(real)
        kept = []
        for name in dirnames:
            child = here / name
            if name.startswith("."):
                continue
            if child.is_symlink() and not follow_links:
                # A link to a folder inside this one: its files are found by their own path.
                yield from _link_outside(child, root, folder)
                continue
            kept.append(name)
        dirnames[:] = kept
        for name in filenames:
            child = here / name
            if name.startswith(".") or child.suffix.lower() in _SIDECAR_SUFFIXES:
                continue
            if child.is_symlink() and not follow_links:
                outside = list(_link_outside(child, root, folder))
                if outside:
                    yield from outside
                    continue
            if child.is_file():
                yield child, None


def _outside(link: Path, target: Path, folder: Path) -> str:
    return (
        f"{link}: is a symbolic link to {target}, outside {folder}: not followed "
        "(ingest it by name, or give --follow-links)"
    )


def sidecar(path: Path) -> DocumentMeta:
    """Metadata from ``NAME.EXT.yaml`` or ``NAME.yaml`` beside the document, if there is one."""
    for candidate in (
        *(path.with_name(path.name + s) for s in _SIDECAR_SUFFIXES),
        *(path.with_suffix(s) for s in _SIDECAR_SUFFIXES),
    ):
        if candidate.is_file():
            raw = read_yaml(candidate, DocumentError) or {}
            try:
                return DocumentMeta.model_validate(raw)
            except ValidationError as exc:
                raise DocumentError(f"{candidate.name}: {describe(exc, 'file')}") from None
    return DocumentMeta()


def _known_kind(kind: str) -> SourceKind:
    return kind if kind in get_args(SourceKind) else "other"  # type: ignore[return-value]


@dataclass
class Ingester:
    """Reads documents and stores them in a knowledge index, one at a time."""

    index: KnowledgeIndex
    builtin_ids: frozenset[str]
    max_bytes: int
    progress: bool = False
    max_expanded_bytes: int = DEFAULT_MAX_EXPANDED_BYTES
    _collected: bool = field(default=False, init=False)
    # Of each document this run stores while it can be cancelled: the version it replaces.
    _previous: dict[str, Source | None] = field(default_factory=dict, init=False)

    def run(
        self,
        paths: Iterable[str | Path],
        metadata: DocumentMeta | None = None,
        follow_links: bool = False,
    ) -> IngestReport:
        """Ingest files and folders; symbolic links out of a folder only with ``follow_links``."""
        began = time.perf_counter()
        report = IngestReport()
        given = metadata or DocumentMeta()
        items = list(expand(paths, follow_links))
        usable = [p for p, problem in items if problem is None]
        if given.id and len(usable) > 1:
            raise InputError("an id can be given for one document only; leave it out for several")
        seen: dict[str, Path] = {}
        self._previous = {}
        for number, (path, problem) in enumerate(items, start=1):
            if self.progress:
                log.info("[%d/%d] %s", number, len(items), path.name)
            started = time.perf_counter()
            if problem is not None:
                report.outcomes.append(IngestOutcome(str(path), "failed", reason=problem))
                continue
            try:
                checkpoint("reading", path.name, number - 1, len(items))
                outcome = self._one(path, given, seen)
            except Cancelled as exc:
                self._undo(report)
                report.outcomes.append(IngestOutcome(str(path), "cancelled", reason=str(exc)))
                report.outcomes += [
                    IngestOutcome(str(p), "cancelled", reason="not started")
                    for p, _ in items[number:]
                ]
                break
            except TradebriefError as exc:
                outcome = IngestOutcome(str(path), "failed", reason=str(exc))
            report.outcomes.append(replace(outcome, seconds=time.perf_counter() - started))
        report.seconds = time.perf_counter() - began
        return report

    def _undo(self, report: IngestReport) -> None:
        """Take back what this run stored before it was cancelled, last first: an added document
        is removed, a replaced one stored again as it was. The store is then as before the run."""
        with watching(None):  # the undo itself is not cancelled, and reports no progress
            for position in reversed(range(len(report.outcomes))):
                outcome = report.outcomes[position]
                if outcome.status not in ("added", "replaced") or outcome.source_id is None:
                    continue
                previous = self._previous.get(outcome.source_id)
                if previous is None:
                    self.index.remove(outcome.source_id)
                else:
                    self.index.add_document(previous)
                report.outcomes[position] = replace(
                    outcome, status="cancelled", reason=f"{outcome.status}, then undone"
                )

    def _one(self, path: Path, given: DocumentMeta, seen: dict[str, Path]) -> IngestOutcome:
        # Refuse an oversized file from its size alone, before reading a byte of it.
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise DocumentError(f"{path.name}: cannot be read: {exc.strerror}") from None
        if size > self.max_bytes:
            limit = self.max_bytes // (1024 * 1024)
            raise DocumentError(
                f"{path.name}: is {size / 1024 / 1024:.0f} MB, over the {limit} MB limit "
                "(TRADEBRIEF_MAX_UPLOAD_MB)"
            )
        format_of(path)  # an unknown format is refused before its sidecar is read
        if size == 0:
            # Said before any id check: an empty file's problem is its emptiness, whatever its id.
            raise DocumentError(f"{path.name}: the file is empty")
        meta = given.merged_over(sidecar(path))
        source_id = meta.id or slug(path.stem)
        if not source_id:
            source_id = "doc-" + content_hash(path.name)[:12]
        if not _ID.match(source_id):
            raise DocumentError(
                f"{path.name}: id {source_id!r} is not usable: use lower-case letters, digits, "
                "'-', '_' or '.'"
            )
        if source_id in self.builtin_ids:
            raise DocumentError(
                f"{path.name}: id {source_id!r} is a built-in source's: give the document another id"
            )
        if source_id in seen:
            raise DocumentError(
                f"{path.name}: has the same id ({source_id}) as {seen[source_id].name}: "
                "rename one of them or give an id in a sidecar file"
            )
        extracted = read_document(path, max_expanded_bytes=self.max_expanded_bytes)
        # Only a document that could be read claims its id: one that failed does not keep a
        # namesake (memo.md beside an empty memo.txt) from being ingested or reported for itself.
        seen[source_id] = path
        source = Source(
            meta=SourceMeta(
                id=source_id,
                title=meta.title or extracted.title.strip() or path.stem,
                publisher=meta.publisher or extracted.publisher.strip() or "Unknown",
                date=meta.date or extracted.date,
                kind=meta.kind or _known_kind(extracted.kind),
                origin="ingested",
                file=path.name,
                format=extracted.format,
                pages=extracted.pages,
            ),
            text=extracted.text,
        )
        pages = len(extracted.pages)
        if not self._collected:
            # What a killed write left goes first, even if every file turns out unchanged.
            self.index.collect()
            self._collected = True
        stored = self.index.stored(source_id)
        if stored is not None and stored[1] == source.content_hash and stored[0] == source.meta:
            return IngestOutcome(str(path), "unchanged", source_id, "already stored", pages=pages)
        twin = self.index.find_hash(source.content_hash)
        if twin is not None and twin != source_id:
            return IngestOutcome(
                str(path), "unchanged", twin, f"same content as {twin}, stored once", pages=pages
            )
        if stored is not None and stored[0].origin != "ingested":
            raise DocumentError(f"{path.name}: id {source_id!r} is a built-in source's")
        watch = current()
        if watch is not None:
            refused = watch.check(estimate(path, source))
            if refused:
                raise DocumentError(f"{path.name}: not ingested: {refused}")
            if watch.cancel is not None:
                # Kept so that a cancel later in this run can put this version back.
                self._previous[source_id] = self.index.stored_source(source_id) if stored else None
        progress = self.progress or (watch is not None and watch.progress)
        units = self.index.add_document(source, progress=progress)
        status: Status = "replaced" if stored is not None else "added"
        return IngestOutcome(str(path), status, source_id, units=units, pages=pages)
