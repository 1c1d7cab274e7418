"""The view cache: the search views of a store state, written once, mapped in by later processes.

An entry of the cache is a folder ``$TRADEBRIEF_HOME/views/<name>``, ``name`` a digest of

- where the store is (the embedded folder, or the server's URL: with ``TRADEBRIEF_CHROMA_URL`` the
  views of a server still live in the local home);
- the store's state: (id, content hash, generation, format version, encoder) of every source
  record, so any write by any process (a sync, an ingest, a removal, a rebuild) makes a new name;
- the derivation: the lexicon (its alias table, stopwords and the code of
  ``assistant.search.terms``) and the code of the modules that derive an entry's contents
  (``assistant.search.views`` and ``assistant.search.columns``), so a changed derivation is never
  served from an entry an older one wrote; and ``FORMAT``, the layout of an entry.

An entry is written in a temporary folder and renamed into place (``os.replace``), under the
views lock (``views/.lock``, ``fcntl.flock``), so a reader sees a whole entry or none; two
processes that find no entry take turns: the second waits, then finds the first one's. Its
``manifest.json`` names the key and every file with its size (and a digest of each pickled file):
an entry whose key, format or files do not match, or that cannot be read, is never used. It is
set aside and built afresh. Older entries are pruned, keeping the newest few for processes still
mapping them in.

The cache lives in the user's own ``TRADEBRIEF_HOME`` and is written only by tradebrief; its
pickles are read only after their digests match the manifest.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.errors import first_line
from assistant.search.columns import PassageTable, UnitTable
from assistant.search.dense import Quantised
from assistant.search.lock import flock_if_free
from assistant.search.rowfile import RowFile
from assistant.search.terms import Lexicon
from assistant.search.views import Bm25Scores, Kept, Lists, UnitTerms, Views

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger(__name__)

# Bump when the layout of an entry or what is derived in it changes: older entries are then unused.
# 2: the passages' vectors (dense search runs on them), the ingested documents' texts, and BM25
# as three arrays of our own (searched without bm25s).
# 3: units and passages as columns (``assistant.search.columns``), not pickled records.
# 4: each unit's words and names and each passage's terms, for incremental updates; the state.
# 5: the passage vectors quantised for the int8 scan of a large store (``assistant.search.dense``).
# 6: the quantised codes by row too (``dense.Quantised.refined``); passages of references only.
FORMAT = "6"
LOCK_NAME = ".lock"
MANIFEST = "manifest.json"
# Entries kept after a write (the newest): a process may still be mapping an older one in.
KEEP = 3

_PICKLES = ("records.pkl", "lexical.pkl")
_COLUMNS = tuple(
    f"{prefix}_{name}.npy"
    for prefix, names in (
        (
            "units",
            (
                "ids",
                "order",
                "source",
                "start",
                "end",
                "kind",
                "paragraph",
                "text",
                "text_offsets",
                "quote",
                "quote_offsets",
                "passage",
                "passage_offsets",
            ),
        ),
        (
            "passages",
            (
                "ids",
                "order",
                "source",
                "start",
                "end",
                "text",
                "text_offsets",
                "unit_ids",
                "unit_ids_offsets",
                "references",
            ),
        ),
    )
    for name in names
)
# Per-row lists kept for incremental updates (``views.update``), digested.
_LISTS = ("unit_words", "unit_names", "passage_terms")
_LIST_FILES = tuple(f"{n}_{part}.npy" for n in _LISTS for part in ("values", "offsets"))
# Derived arrays, checked by size only: digesting them (the unit vectors alone are 260 MB at
# 100,000 passages) would read every page at every open, undoing the memory mapping.
_ARRAYS = (
    "term_ids.npy",
    "term_offsets.npy",
    "vectors.npy",
    "passage_vectors.npy",
    "bm25_data.npy",
    "bm25_indices.npy",
    "bm25_indptr.npy",
)
# The quantised passage vectors, written only for a store large enough to scan them
# (``Views.shortlist``); checked by size, like the arrays above.
_QUANTISED_FIELDS = ("codes", "rows", "scales", "sums", "norms", "residuals")
_QUANTISED = tuple(f"dense_{name}.npy" for name in _QUANTISED_FIELDS)


# The modules whose code decides what an entry holds besides the lexicon's terms: a change to
# either (a new derived field, a different reading of a unit) must not be met by an old entry,
# and bumping FORMAT by hand for every such change is a step that gets forgotten.
_DERIVING = tuple(Path(__file__).parent / name for name in ("views.py", "columns.py"))


def derivation(lexicon: Lexicon) -> str:
    """A digest of everything that decides an entry's contents for a given store state: the
    lexicon's digest and the code of the deriving modules."""
    digest = hashlib.sha256(lexicon.digest().encode("utf-8"))
    for path in _DERIVING:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def state_key(
    settings: Settings, lexicon: Lexicon, records: Mapping[str, Mapping[str, Any]]
) -> str:
    """The name of the entry for this store location, store state and derivation."""
    payload = json.dumps(
        [FORMAT, _location(settings), derivation(lexicon), state_of(records)], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:40]


def state_of(records: Mapping[str, Mapping[str, Any]]) -> list[list[str]]:
    """[id, content hash, generation, format version, encoder] of every source record, by id."""
    return sorted(
        [
            sid,
            str(r.get("hash", "")),
            str(r.get("generation", "")),
            str(r.get("version", "")),
            str(r.get("encoder", "")),
        ]
        for sid, r in records.items()
    )


def _location(settings: Settings) -> str:
    return settings.chroma_url or str(settings.chroma_dir.resolve())


@dataclass
class Basis:
    """A cached entry to update instead of building the views afresh, and what differs."""

    views: Views
    # Sources whose rows go (removed, or stored in another generation since) and whose rows come.
    gone: set[str]
    added: set[str]


class ViewCache:
    """The view cache of one ``TRADEBRIEF_HOME`` (see the module's docstring)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = settings.views_dir

    def open(self, key: str, quiet: bool = False) -> Views | None:
        """The entry ``key``, mapped in, or None if there is none or it is not whole and valid
        (said in a warning unless ``quiet``)."""
        folder = self.root / key
        if not (folder / MANIFEST).exists():
            return None
        try:
            return _read(folder, key)
        except Exception as exc:
            if not quiet:
                log.warning(
                    "view cache %s is not usable (%s): rebuilding it", folder, first_line(exc)
                )
            return None

    @contextmanager
    def locked(self) -> Iterator[bool]:
        """Hold the views lock (True), or go on without it after the lock timeout (False)."""

        def unwritable(exc: OSError) -> None:
            log.warning("view cache %s cannot be written (%s)", self.root, first_line(exc))

        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            unwritable(exc)
            yield False
            return
        deadline = time.monotonic() + self.settings.lock_timeout
        waiting = "waiting for another tradebrief building the search views…"
        # Not POSIX, or no lock: the views are built, never written.
        with flock_if_free(self.root / LOCK_NAME, deadline, waiting, unwritable) as held:
            yield held

    def basis(self, lexicon: Lexicon, records: Mapping[str, Mapping[str, Any]]) -> Basis | None:
        """The cached entry of this store and lexicon nearest the state ``records`` (fewest
        sources changed), opened, or None if there is none worth updating: one whose changes
        touch more than half the sources is no cheaper to update than to build."""
        location, digest = _location(self.settings), derivation(lexicon)
        wanted = {row[0]: row for row in state_of(records)}
        best: tuple[int, str, set[str], set[str]] | None = None
        if not self.root.exists():
            return None
        for folder in self.root.iterdir():
            try:
                manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
                if (
                    manifest.get("format") != FORMAT
                    or manifest.get("location") != location
                    or manifest.get("lexicon") != digest
                ):
                    continue
                had = {row[0]: row for row in manifest["state"]}
            except (OSError, ValueError, TypeError, KeyError, IndexError):
                continue
            gone = {sid for sid, row in had.items() if wanted.get(sid) != row}
            added = {sid for sid, row in wanted.items() if had.get(sid) != row}
            changes = len(gone) + len(added)
            if changes and (best is None or changes < best[0]):
                best = (changes, folder.name, gone, added)
        if best is None or best[0] > max(2, len(wanted) // 2):
            return None
        views = self.open(best[1], quiet=True)
        return Basis(views, best[2], best[3]) if views is not None else None

    def write(
        self, key: str, views: Views, location: str, basis: dict[str, Any] | None = None
    ) -> bool:
        """Write ``views`` as the entry ``key``, whole or not at all; call holding ``locked``.
        ``basis`` (the derivation's digest and the store's state) lets a later state update it."""
        target = self.root / key
        temp = self.root / f"tmp-{uuid.uuid4().hex}"
        try:
            self._clear_leftovers()
            temp.mkdir(parents=True)
            _write(temp, key, views, location, basis or {})
            if target.exists():  # an entry that did not open: set it aside first
                trash = self.root / f"trash-{uuid.uuid4().hex}"
                os.replace(target, trash)
                shutil.rmtree(trash, ignore_errors=True)
            os.replace(temp, target)
        except OSError as exc:
            log.warning("view cache %s not written (%s)", target, first_line(exc))
            shutil.rmtree(temp, ignore_errors=True)
            return False
        self._prune(keep=key)
        return True

    def _clear_leftovers(self) -> None:
        """Folders of writes killed half-way (only the lock holder writes, and that is us)."""
        for path in self.root.glob("tmp-*"):
            shutil.rmtree(path, ignore_errors=True)
        for path in self.root.glob("trash-*"):
            shutil.rmtree(path, ignore_errors=True)

    def _prune(self, keep: str) -> None:
        entries = [p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(".")]
        entries = [p for p in entries if not p.name.startswith(("tmp-", "trash-"))]
        entries.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for path in entries[KEEP:]:
            if path.name != keep:
                shutil.rmtree(path, ignore_errors=True)


def _mapped(path: Path) -> np.ndarray:
    """The array of a ``.npy`` file, memory-mapped, as a plain ndarray: ``np.memmap``'s
    Python-level indexing costs microseconds per lookup, and a question makes thousands."""
    return np.load(path, mmap_mode="r").view(np.ndarray)


def _rows(path: Path, count: int) -> Any:
    """A matrix of the entry read by rows (``RowFile``), or mapped when it is empty (its file
    then holds no matrix shape ``RowFile`` reads)."""
    if not count:
        return _mapped(path)
    try:
        return RowFile(path)
    except ValueError as exc:
        raise CacheMismatch(str(exc)) from None


def _digest(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=20)
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _write(folder: Path, key: str, views: Views, location: str, basis: dict[str, Any]) -> None:
    units, passages = views.units, views.passages
    _dump(
        folder / "records.pkl",
        {
            "unit_sources": units.sources,
            "unit_kinds": units.kinds,
            "passage_sources": passages.sources,
            "texts": views.texts,
        },
    )
    for prefix, columns in (("units", units.columns()), ("passages", passages.columns())):
        for name, column in columns.items():
            np.save(folder / f"{prefix}_{name}.npy", np.ascontiguousarray(column))
    terms = views.unit_terms
    _dump(
        folder / "lexical.pkl",
        {
            "term_vocab": terms._vocab,
            "df": [views.unit_df[t] for t in terms._vocab],
            "surfaces": list(views.surfaces.items()),
            "names": sorted(views.names),
            "bm25_vocab": views.bm25.vocab,
            "bm25_docs": views.bm25.num_docs,
            **{f"{name}_vocab": getattr(views.kept, name).vocab for name in _LISTS},
        },
    )
    for name in _LISTS:
        lists = getattr(views.kept, name)
        np.save(folder / f"{name}_values.npy", np.ascontiguousarray(lists.values, dtype=np.int32))
        np.save(folder / f"{name}_offsets.npy", np.ascontiguousarray(lists.offsets, np.int64))
    np.save(folder / "term_ids.npy", np.ascontiguousarray(terms._ids, dtype=np.int32))
    np.save(folder / "term_offsets.npy", np.ascontiguousarray(terms._offsets, dtype=np.int64))
    np.save(folder / "vectors.npy", np.ascontiguousarray(views.vectors, dtype=np.float32))
    np.save(
        folder / "passage_vectors.npy",
        np.ascontiguousarray(views.passage_vectors, dtype=np.float32),
    )
    for name in ("data", "indices", "indptr"):
        np.save(folder / f"bm25_{name}.npy", np.ascontiguousarray(getattr(views.bm25, name)))
    quantised = views.shortlist()
    if quantised is not None:
        for name, array in quantised.arrays().items():
            np.save(folder / f"dense_{name}.npy", np.ascontiguousarray(array))
    files = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        entry: dict[str, Any] = {"size": path.stat().st_size}
        # The records themselves (texts, ids, offsets) are digested.
        if name not in _ARRAYS + _QUANTISED:
            entry["digest"] = _digest(path)
        files[name] = entry
    manifest = {
        "format": FORMAT,
        "key": key,
        "location": location,
        "written": time.time(),
        "units": len(units),
        "passages": len(passages),
        "files": files,
        **basis,
    }
    with (folder / MANIFEST).open("w", encoding="utf-8") as file:
        json.dump(manifest, file)
        file.flush()
        os.fsync(file.fileno())


def _dump(path: Path, value: Any) -> None:
    with path.open("wb") as file:
        pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        file.flush()
        os.fsync(file.fileno())


class CacheMismatch(ValueError):
    """An entry that is not the one asked for, or not whole."""


def _read(folder: Path, key: str) -> Views:
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT or manifest.get("key") != key:
        raise CacheMismatch("written for another store state or format")
    files: dict[str, dict[str, Any]] = manifest["files"]
    for name, entry in files.items():
        path = folder / name
        if path.stat().st_size != entry["size"]:
            raise CacheMismatch(f"{name} has the wrong size")
        if "digest" in entry and _digest(path) != entry["digest"]:
            raise CacheMismatch(f"{name} does not match its digest")
    if not set(_PICKLES) | set(_ARRAYS) | set(_COLUMNS) | set(_LIST_FILES) <= files.keys():
        raise CacheMismatch("files are missing")
    if any("digest" not in files[name] for name in (*_PICKLES, *_COLUMNS)):
        raise CacheMismatch("the records are not digested")
    with (folder / "records.pkl").open("rb") as file:
        records = pickle.load(file)
    with (folder / "lexical.pkl").open("rb") as file:
        lexical = pickle.load(file)

    def columns(prefix: str) -> dict[str, np.ndarray]:
        return {
            name.removeprefix(f"{prefix}_").removesuffix(".npy"): _mapped(folder / name)
            for name in _COLUMNS
            if name.startswith(f"{prefix}_")
        }

    units = UnitTable(columns("units"), records["unit_sources"], records["unit_kinds"])
    passages = PassageTable(columns("passages"), records["passage_sources"])
    try:
        units.check()
        passages.check()
    except ValueError as exc:
        raise CacheMismatch(str(exc)) from None
    if len(units) != manifest["units"] or len(passages) != manifest["passages"]:
        raise CacheMismatch("record counts differ from the manifest")
    ids = _mapped(folder / "term_ids.npy")
    offsets = _mapped(folder / "term_offsets.npy")
    # The vectors are read a few rows at a time (``RowFile``), not mapped; the passages' are
    # mapped while a question scans all of them (no quantised copy: a small store).
    vectors = _rows(folder / "vectors.npy", len(units))
    quantised_too = _QUANTISED[0] in files
    passage_vectors = (
        _rows(folder / "passage_vectors.npy", len(passages))
        if quantised_too
        else _mapped(folder / "passage_vectors.npy")
    )
    if len(offsets) != len(units) + 1 or (len(units) and vectors.shape[0] != len(units)):
        raise CacheMismatch("arrays do not match the records")
    if len(passages) and passage_vectors.shape[0] != len(passages):
        raise CacheMismatch("passage vectors do not match the records")
    texts = records.get("texts")
    if not isinstance(texts, dict):
        raise CacheMismatch("the documents' texts are missing")
    if len(offsets) and int(offsets[-1]) != len(ids):
        raise CacheMismatch("term offsets do not match the terms")
    vocab: list[str] = lexical["term_vocab"]
    data, indices, indptr = (
        _mapped(folder / f"bm25_{name}.npy") for name in ("data", "indices", "indptr")
    )
    bm25 = Bm25Scores(data, indices, indptr, int(lexical["bm25_docs"]), lexical["bm25_vocab"])
    if bm25.num_docs != len(passages) or len(data) != len(indices):
        raise CacheMismatch("the BM25 index does not match the records")
    if not len(indptr) or int(indptr[-1]) != len(data):
        raise CacheMismatch("the BM25 index is not whole")
    lists = {
        name: Lists(
            lexical[f"{name}_vocab"],
            _mapped(folder / f"{name}_values.npy"),
            _mapped(folder / f"{name}_offsets.npy"),
        )
        for name in _LISTS
    }
    for name, rows in (("unit_words", units), ("unit_names", units), ("passage_terms", passages)):
        found = lists[name]
        if len(found) != len(rows) or (
            len(found.offsets) and found.offsets[-1] != len(found.values)
        ):
            raise CacheMismatch(f"the {name.replace('_', ' ')} do not match the records")
    quantised = None
    if quantised_too:
        if not set(_QUANTISED) <= files.keys():
            raise CacheMismatch("the quantised vectors are missing")
        quantised = Quantised(**{n: _mapped(folder / f"dense_{n}.npy") for n in _QUANTISED_FIELDS})
        try:
            quantised.check(*passage_vectors.shape)
        except ValueError as exc:
            raise CacheMismatch(str(exc)) from None
    return Views(
        kept=Kept(**lists),
        quantised=quantised,
        units=units,
        passages=passages,
        unit_terms=UnitTerms(units, vocab, ids, offsets),
        unit_df=Counter(dict(zip(vocab, lexical["df"], strict=True))),
        surfaces=dict(lexical["surfaces"]),
        names=frozenset(lexical["names"]),
        bm25=bm25,
        vectors=vectors,
        passage_vectors=passage_vectors,
        texts=texts,
    )
