"""Units and passages kept as columns: arrays and offsets, a record made only when it is asked for.

A store of 100,000 passages holds about 170,000 units. Making a ``Unit`` and a ``Passage`` object
of each when a process opens the store costs seconds and hundreds of MiB, although an answer
reads a few dozen of them. So the loaded records are columns: numbers in numpy arrays, texts in
one UTF-8 buffer with offsets, ids in a byte-string array with its sort order (a lookup is a
binary search in C). The arrays are memory-mapped when they come from the view cache
(``assistant.search.view_cache``), so opening maps files and reads nothing per record.

``UnitTable`` and ``PassageTable`` are read-only mappings from id to record, in the order the
store gave the records; each ``Unit`` or ``Passage`` is built from its row when it is looked up.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from assistant.knowledge.chunks import Passage, Unit

_Record = TypeVar("_Record", Unit, Passage)

# How many looked-up ids and built records a table keeps (a few MiB at most).
_KEPT = 16384


@dataclass(frozen=True, eq=False)
class Keys:
    """Record ids in row order, with the permutation that sorts them (for lookups by id)."""

    # UTF-8 byte strings (numpy ``S``), so sorting them is sorting the ids as str.
    ids: np.ndarray
    order: np.ndarray

    def __post_init__(self) -> None:
        # An answer looks the same few dozen ids up thousands of times (a unit, its neighbours,
        # its terms): the rows found are kept, up to a bound, beside the arrays.
        object.__setattr__(self, "_found", {})

    @classmethod
    def of(cls, ids: Iterable[str]) -> Keys:
        encoded = np.asarray([i.encode("utf-8") for i in ids], dtype=np.bytes_)
        if encoded.size == 0:
            encoded = np.zeros(0, dtype="S1")
        return cls(encoded, np.argsort(encoded, kind="stable").astype(np.int64))

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, key: object) -> int | None:
        """The row of id ``key``, or None."""
        if not isinstance(key, str) or not len(self.ids):
            return None
        found: dict[str, int | None] = self._found  # type: ignore[attr-defined]
        if key in found:
            return found[key]
        if len(found) >= _KEPT:
            found.clear()
        found[key] = row = self._search(key)
        return row

    def _search(self, key: str) -> int | None:
        encoded = key.encode("utf-8")
        # A byte string longer than the array's width cannot be one of its ids (numpy would cut it).
        if len(encoded) > self.ids.dtype.itemsize or encoded.endswith(b"\0"):
            return None
        at = int(np.searchsorted(self.ids, encoded, sorter=self.order))
        if at == len(self.order):
            return None
        row = int(self.order[at])
        return row if self.ids[row] == encoded else None

    def id(self, row: int) -> str:
        return bytes(self.ids[row]).decode("utf-8")

    def id_in_order(self, rank: int) -> str:
        """The ``rank``-th id in sorted order."""
        return self.id(int(self.order[rank]))

    def __iter__(self) -> Iterator[str]:
        for value in self.ids.tolist():
            yield value.decode("utf-8")


@dataclass(frozen=True, eq=False)
class Texts:
    """Strings in one UTF-8 buffer: string ``i`` is ``buffer[offsets[i]:offsets[i + 1]]``."""

    buffer: np.ndarray
    offsets: np.ndarray

    @classmethod
    def of(cls, texts: Iterable[str]) -> Texts:
        encoded = [t.encode("utf-8") for t in texts]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in encoded], out=offsets[1:])
        buffer = np.frombuffer(b"".join(encoded), dtype=np.uint8).copy()
        return cls(buffer, offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, row: int) -> str:
        begin, end = int(self.offsets[row]), int(self.offsets[row + 1])
        return self.buffer[begin:end].tobytes().decode("utf-8")


class _Rows(Mapping[str, _Record]):
    """A table of records keyed by id: rows looked up through ``ids``, each built by ``at``.

    Units and passages share the columns of a piece of a source: id, source, start and end
    offsets, text. Each table adds its own."""

    def __init__(self, columns: Mapping[str, np.ndarray], sources: list[str]) -> None:
        self.ids = Keys(columns["ids"], columns["order"])
        self.source = columns["source"]
        self.start = columns["start"]
        self.end = columns["end"]
        self.text = Texts(columns["text"], columns["text_offsets"])
        # Source ids, indexed by the ``source`` column.
        self.sources = sources

    @staticmethod
    def _shared_of(rows: list[Unit] | list[Passage]) -> tuple[dict[str, np.ndarray], list[str]]:
        """The shared columns of these records, and the source ids their ``source`` numbers."""
        sources = sorted({r.source_id for r in rows})
        source_of = {s: i for i, s in enumerate(sources)}
        keys = Keys.of(r.id for r in rows)
        text = Texts.of(r.text for r in rows)
        columns = {
            "ids": keys.ids,
            "order": keys.order,
            "source": np.asarray([source_of[r.source_id] for r in rows], dtype=np.int32),
            "start": np.asarray([r.start for r in rows], dtype=np.int64),
            "end": np.asarray([r.end for r in rows], dtype=np.int64),
            "text": text.buffer,
            "text_offsets": text.offsets,
        }
        return columns, sources

    def _shared_columns(self) -> dict[str, np.ndarray]:
        return {
            "ids": self.ids.ids,
            "order": self.ids.order,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text.buffer,
            "text_offsets": self.text.offsets,
        }

    def _check_shared(self, what: str, texts: tuple[Texts, ...], lengths: set[int]) -> None:
        """Raise ValueError unless the shared columns and ``lengths`` (the table's own columns'
        lengths) have one entry per row, and ``texts`` fit their buffers."""
        n = len(self.ids)
        lengths |= {len(self.ids.order), len(self.source), len(self.start), len(self.end)}
        if lengths | {len(t) for t in (self.text, *texts)} != {n}:
            raise ValueError(f"the {what} columns differ in length")
        for column in (self.text, *texts):
            if len(column.offsets) and int(column.offsets[-1]) != len(column.buffer):
                raise ValueError(f"{what} text offsets do not match their buffer")
        if n and int(self.source.max()) >= len(self.sources):
            raise ValueError(f"a {what} names an unknown source")

    def _build(self, row: int) -> _Record:
        raise NotImplementedError

    def at(self, row: int) -> _Record:
        """The record of row ``row``, built once while kept. Records are frozen, so one serves
        every lookup; and the same object keeps its strings' hashes, which ranking's per-unit
        reads key on at every question (a record built anew hashes its whole text again)."""
        built: dict[int, _Record] = self.__dict__.setdefault("_built", {})
        record = built.get(row)
        if record is None:
            if len(built) >= _KEPT:
                built.clear()
            built[row] = record = self._build(row)
        return record

    def row(self, key: object) -> int | None:
        return self.ids.row(key)

    def __getitem__(self, key: str) -> _Record:
        row = self.ids.row(key)
        if row is None:
            raise KeyError(key)
        return self.at(row)

    def __contains__(self, key: object) -> bool:
        return self.ids.row(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)


class UnitTable(_Rows[Unit]):
    """The loaded units as columns; ``table[uid]`` builds the ``Unit``."""

    # The arrays of the table, by name, as the view cache stores them (see ``columns``).
    def __init__(self, columns: Mapping[str, np.ndarray], sources: list[str], kinds: list[str]):
        super().__init__(columns, sources)
        self.kind = columns["kind"]
        self.paragraph = columns["paragraph"]
        self.quote = Texts(columns["quote"], columns["quote_offsets"])
        self.passage = Texts(columns["passage"], columns["passage_offsets"])
        # Kinds, indexed by the ``kind`` column.
        self.kinds = kinds

    @classmethod
    def of(cls, units: Iterable[Unit]) -> UnitTable:
        rows = list(units)
        columns, sources = cls._shared_of(rows)
        kinds: list[str] = sorted({u.kind for u in rows})
        kind_of = {k: i for i, k in enumerate(kinds)}
        quote, passage = Texts.of(u.quote for u in rows), Texts.of(u.passage_id for u in rows)
        columns["kind"] = np.asarray([kind_of[u.kind] for u in rows], dtype=np.int16)
        columns["paragraph"] = np.asarray([u.paragraph for u in rows], dtype=np.int64)
        columns |= {"quote": quote.buffer, "quote_offsets": quote.offsets}
        columns |= {"passage": passage.buffer, "passage_offsets": passage.offsets}
        return cls(columns, sources, kinds)

    def columns(self) -> dict[str, np.ndarray]:
        """The arrays of the table, by name (what ``__init__`` takes back)."""
        return {
            **self._shared_columns(),
            "kind": self.kind,
            "paragraph": self.paragraph,
            "quote": self.quote.buffer,
            "quote_offsets": self.quote.offsets,
            "passage": self.passage.buffer,
            "passage_offsets": self.passage.offsets,
        }

    def check(self) -> None:
        """Raise ValueError unless every column has one entry per unit."""
        self._check_shared(
            "unit", (self.quote, self.passage), {len(self.kind), len(self.paragraph)}
        )
        if len(self.ids) and int(self.kind.max()) >= len(self.kinds):
            raise ValueError("a unit names an unknown kind")

    def _build(self, row: int) -> Unit:
        """The unit of row ``row``."""
        return Unit(
            self.ids.id(row),
            self.sources[int(self.source[row])],
            int(self.start[row]),
            int(self.end[row]),
            self.kinds[int(self.kind[row])],  # type: ignore[arg-type]
            self.text[row],
            self.quote[row],
            self.passage[row],
            int(self.paragraph[row]),
        )

    def counts(self) -> dict[str, int]:
        """Source id → how many units of it there are."""
        counted = np.bincount(np.asarray(self.source), minlength=len(self.sources))
        return {s: int(n) for s, n in zip(self.sources, counted.tolist(), strict=True) if n}

    def texts(self) -> Iterator[str]:
        """The units' texts, in row order (for deriving the views)."""
        for row in range(len(self)):
            yield self.text[row]


class PassageTable(_Rows[Passage]):
    """The loaded passages as columns; ``table[pid]`` builds the ``Passage``."""

    def __init__(self, columns: Mapping[str, np.ndarray], sources: list[str]):
        super().__init__(columns, sources)
        # Each passage's unit ids, joined by commas.
        self.unit_ids = Texts(columns["unit_ids"], columns["unit_ids_offsets"])
        # Whether each passage's units are all bare references ("11) DAPA (2022)."): retrieval
        # passes over those, and a question ranks sixty passages.
        self.references = columns["references"]

    @classmethod
    def of(
        cls, passages: Iterable[Passage], kinds: Mapping[str, str] | None = None
    ) -> PassageTable:
        """The table of these passages; ``kinds``: the kind of each of their units, by id."""
        rows = list(passages)
        columns, sources = cls._shared_of(rows)
        unit_ids = Texts.of(",".join(p.unit_ids) for p in rows)
        columns |= {"unit_ids": unit_ids.buffer, "unit_ids_offsets": unit_ids.offsets}
        found = kinds or {}
        columns["references"] = np.asarray(
            [_references_only([found[u] for u in p.unit_ids if u in found]) for p in rows],
            dtype=np.bool_,
        )
        return cls(columns, sources)

    def columns(self) -> dict[str, np.ndarray]:
        """The arrays of the table, by name (what ``__init__`` takes back)."""
        unit_ids = {"unit_ids": self.unit_ids.buffer, "unit_ids_offsets": self.unit_ids.offsets}
        return self._shared_columns() | unit_ids | {"references": self.references}

    def check(self) -> None:
        """Raise ValueError unless every column has one entry per passage."""
        self._check_shared("passage", (self.unit_ids,), {len(self.references)})

    def _build(self, row: int) -> Passage:
        joined = self.unit_ids[row]
        return Passage(
            self.ids.id(row),
            self.sources[int(self.source[row])],
            int(self.start[row]),
            int(self.end[row]),
            self.text[row],
            tuple(joined.split(",")),  # as the store splits it (see Store.read_chunks)
        )

    def id_in_order(self, rank: int) -> str:
        """The id of the ``rank``-th passage in id order (the row order of BM25 and the
        passages' vectors)."""
        return self.ids.id_in_order(rank)


def _references_only(kinds: list[str]) -> bool:
    return bool(kinds) and all(kind == "reference" for kind in kinds)


def empty_columns(table: type[Any]) -> Any:
    """An empty ``UnitTable`` or ``PassageTable``."""
    return table.of([])


def kept_texts(texts: Texts, keep: np.ndarray) -> Texts:
    """The strings of the rows where ``keep`` is true, in order."""
    lengths = np.diff(np.asarray(texts.offsets))
    buffer = np.asarray(texts.buffer)[np.repeat(keep, lengths)]
    offsets = np.zeros(int(keep.sum()) + 1, dtype=np.int64)
    np.cumsum(lengths[keep], out=offsets[1:])
    return Texts(buffer, offsets)


def joined_texts(first: Texts, second: Texts) -> Texts:
    offsets = np.concatenate(
        [np.asarray(first.offsets), np.asarray(second.offsets[1:]) + len(first.buffer)]
    )
    return Texts(np.concatenate([np.asarray(first.buffer), np.asarray(second.buffer)]), offsets)


def _recoded(codes: np.ndarray, names: list[str], into: dict[str, int]) -> np.ndarray:
    """``codes`` (indexes into ``names``) as indexes into the list ``into`` numbers."""
    table = np.asarray([into.get(n, -1) for n in names] or [0], dtype=np.int64)
    return table[np.asarray(codes, dtype=np.int64)].astype(np.asarray(codes).dtype)


def _merged_codes(
    old: np.ndarray, old_names: list[str], keep: np.ndarray, new: np.ndarray, new_names: list[str]
) -> tuple[np.ndarray, list[str]]:
    """A coded column (indexes into a list of names: source ids, kinds) of the rows of ``old``
    where ``keep`` is true followed by every row of ``new``, and its names: those present, numbered
    in sorted order, as ``of`` numbers them."""
    kept = np.asarray(old)[keep]
    names = sorted({old_names[i] for i in np.unique(kept).tolist()} | set(new_names))
    number = {name: i for i, name in enumerate(names)}
    codes = np.concatenate([_recoded(kept, old_names, number), _recoded(new, new_names, number)])
    return codes, names


def combined(old: Any, keep: np.ndarray, new: Any) -> Any:
    """A table of the rows of ``old`` where ``keep`` is true followed by every row of ``new``
    (two ``UnitTable`` or two ``PassageTable``): equal to ``of`` over those records, in that order,
    without making any of them."""
    texts = {"text", "quote", "passage", "unit_ids"}
    a, b = old.columns(), new.columns()
    columns: dict[str, np.ndarray] = {}
    for name in a:
        if name in ("order", "source", "kind") or name.endswith("_offsets"):
            continue
        if name in texts:
            t = joined_texts(
                kept_texts(Texts(a[name], a[f"{name}_offsets"]), keep),
                Texts(b[name], b[f"{name}_offsets"]),
            )
            columns[name], columns[f"{name}_offsets"] = t.buffer, t.offsets
        elif name == "ids":
            width = max(a["ids"].dtype.itemsize, b["ids"].dtype.itemsize)
            ids = np.concatenate(
                [np.asarray(a["ids"])[keep].astype(f"S{width}"), b["ids"].astype(f"S{width}")]
            )
            columns["ids"] = ids
            columns["order"] = np.argsort(ids, kind="stable").astype(np.int64)
        else:
            columns[name] = np.concatenate([np.asarray(a[name])[keep], b[name]])
    source, sources = _merged_codes(old.source, old.sources, keep, new.source, new.sources)
    columns["source"] = source.astype(np.int32)
    if isinstance(old, UnitTable):
        kind, kinds = _merged_codes(old.kind, old.kinds, keep, new.kind, new.kinds)
        columns["kind"] = kind.astype(np.int16)
        return UnitTable(columns, sources, kinds)
    return PassageTable(columns, sources)
