"""The derived search views of a loaded store, built once and kept on disk beside it.

``KnowledgeIndex.load`` needs more than the store's records: the lexical terms of every unit
(``unit_terms``), their document frequencies (``unit_df``, the vocabulary, the years), every
written word with its term (``surfaces``), the capitalised words (``names``), the BM25 index of the
passages and the unit and passage vectors. Building them from the store takes seconds at 10,000 passages and
most of a minute at 100,000, in every process that opens it. So the first process to load a given
state of the store writes them to a *view cache* and later ones map them in (``numpy``
memory-mapped arrays, BM25 among them, the records and small tables pickled).

An entry of the cache is a folder ``$TRADEBRIEF_HOME/views/<name>``, ``name`` a digest of

- where the store is (the embedded folder, or the server's URL: with ``TRADEBRIEF_CHROMA_URL`` the
  views of a server still live in the local home);
- the store's state: (id, content hash, generation, format version, encoder) of every source
  record, so any write by any process (a sync, an ingest, a removal, a rebuild) makes a new name;
- the lexicon (its alias table, stopwords and the code of ``assistant.search.terms``) and
  ``FORMAT``, the layout of an entry.

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
import re
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
from assistant.knowledge.chunks import Passage, Unit
from assistant.search.lock import flock_if_free
from assistant.search.terms import Lexicon, is_year

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger(__name__)

# Bump when the layout of an entry or what is derived in it changes: older entries are then unused.
# 2: the passages' vectors (dense search runs on them), the ingested documents' texts, and BM25
# as three arrays of our own (searched without bm25s).
FORMAT = "2"
VIEWS_DIR = "views"
LOCK_NAME = ".lock"
MANIFEST = "manifest.json"
# Entries kept after a write (the newest): a process may still be mapping an older one in.
KEEP = 3

# A word written capitalised somewhere in the sources ("Lockheed", "Airbus", "DAPA"): misspelt names
# in questions are corrected only to these, so "India" never becomes "indicate".
_NAME = re.compile(r"\b[A-Z][\w'’-]+")

_PICKLES = ("records.pkl", "lexical.pkl")
_ARRAYS = (
    "term_ids.npy",
    "term_offsets.npy",
    "vectors.npy",
    "passage_vectors.npy",
    "bm25_data.npy",
    "bm25_indices.npy",
    "bm25_indptr.npy",
)


class UnitTerms(Mapping[str, list[str]]):
    """Unit id → its lexical terms, kept as term ids in one flat array (memory-mapped when cached)."""

    def __init__(
        self, rows: dict[str, int], vocab: list[str], ids: np.ndarray, offsets: np.ndarray
    ) -> None:
        self._rows = rows
        self._vocab = vocab
        self._ids = ids
        self._offsets = offsets

    def __getitem__(self, uid: str) -> list[str]:
        row = self._rows[uid]
        begin, end = int(self._offsets[row]), int(self._offsets[row + 1])
        vocab = self._vocab
        return [vocab[i] for i in self._ids[begin:end].tolist()]

    def __contains__(self, uid: object) -> bool:
        return uid in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class Bm25Scores:
    """The passages' BM25 as bm25s precomputes it, searched without importing bm25s.

    bm25s stores one score per (term, passage) in a CSC matrix (``data``, ``indices``, ``indptr``:
    the passages and scores of term ``t`` are ``indptr[t]:indptr[t + 1]``). ``top`` sums and
    selects exactly as ``bm25s.BM25.retrieve`` does with its numpy backend (the same float32
    sums in the same order, the same top-k selection), so results are the same to the bit; bm25s
    itself (and scipy, which it imports: half a second) is needed only to build the index.
    """

    def __init__(
        self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, num_docs: int
    ) -> None:
        self.data = data
        self.indices = indices
        self.indptr = indptr
        self.num_docs = num_docs

    @classmethod
    def of(cls, bm25: Any) -> Bm25Scores:
        """The scores of an indexed ``bm25s.BM25``."""
        scores = bm25.scores
        return cls(scores["data"], scores["indices"], scores["indptr"], int(scores["num_docs"]))

    @classmethod
    def empty(cls) -> Bm25Scores:
        return cls(
            np.zeros(0, np.float32), np.zeros(0, np.int32), np.zeros(1, np.int64), num_docs=0
        )

    def top(self, token_ids: list[int], k: int) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) of the ``k`` best passages for these term ids, best first."""
        scores = np.zeros(self.num_docs, dtype=self.data.dtype)
        # bm25s drops ids it has no column for (the empty term it adds to the vocabulary).
        for token in (t for t in token_ids if 0 <= t < len(self.indptr) - 1):
            begin, end = int(self.indptr[token]), int(self.indptr[token + 1])
            np.add.at(scores, self.indices[begin:end], self.data[begin:end])
        # As bm25s.selection's numpy top-k (sorted).
        rows = np.argpartition(scores, -k)[-k:]
        best = np.take(scores, rows)
        order = np.flip(np.argsort(best))
        return rows[order], best[order]


@dataclass
class Views:
    """The store's units and passages and everything ``load`` derives from them."""

    units: dict[str, Unit]
    passages: dict[str, Passage]
    # Row of each unit in ``vectors`` and in the term arrays (the order of ``units``).
    unit_rows: dict[str, int]
    unit_terms: UnitTerms
    unit_df: Counter[str]
    surfaces: dict[str, str]
    names: frozenset[str]
    bm25: Bm25Scores
    bm25_ids: list[str]
    bm25_vocab: dict[str, int]
    vectors: np.ndarray
    # One normalised row per passage of ``bm25_ids`` (so per passage id, in sorted order).
    passage_vectors: np.ndarray
    # The text of each ingested document (its source record's document in the store).
    texts: dict[str, str]

    @property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.unit_df)

    @property
    def years(self) -> frozenset[str]:
        return frozenset(t for t in self.unit_df if is_year(t))


def build(
    lexicon: Lexicon,
    units: dict[str, Unit],
    passages: dict[str, Passage],
    vectors: np.ndarray,
    passage_vectors: Mapping[str, Any],
    texts: dict[str, str],
) -> Views:
    """Derive the views from the records (``vectors``: one row per unit, in the order of
    ``units``; ``passage_vectors``: each passage's vector; ``texts``: the ingested documents')."""
    rows = {uid: row for row, uid in enumerate(units)}
    term_vocab: dict[str, int] = {}
    flat: list[int] = []
    offsets = [0]
    df: Counter[str] = Counter()
    # Every written word of the sources and its term, so a misspelling is measured against
    # what people write ("norway"), not against a stem ("norway" and "norwi" differ).
    surfaces: dict[str, str] = {}
    for unit in units.values():
        words = lexicon.words(unit.text)
        terms = lexicon.terms_of(words)
        flat.extend(term_vocab.setdefault(t, len(term_vocab)) for t in terms)
        offsets.append(len(flat))
        df.update(set(terms))
        for word in words:
            if word.isalpha() and word not in surfaces:
                surfaces[word] = lexicon.stem(word)
    for word, term in lexicon.alias_words.items():
        surfaces.setdefault(word, term)
    names = frozenset(
        word
        for unit in units.values()
        for match in _NAME.finditer(unit.text)
        for word in lexicon.words(match.group())
    ) | frozenset(lexicon.alias_words)
    unit_terms = UnitTerms(
        rows, list(term_vocab), np.asarray(flat, dtype=np.int32), np.asarray(offsets, np.int64)
    )
    bm25, bm25_ids, bm25_vocab = _bm25_of(lexicon, passages)
    return Views(
        units=units,
        passages=passages,
        unit_rows=rows,
        unit_terms=unit_terms,
        unit_df=df,
        surfaces=surfaces,
        names=names,
        bm25=bm25,
        bm25_ids=bm25_ids,
        bm25_vocab=bm25_vocab,
        vectors=vectors,
        passage_vectors=_normalised([passage_vectors[pid] for pid in bm25_ids]),
        texts=texts,
    )


def _normalised(rows: list[Any]) -> np.ndarray:
    """The rows as a float32 matrix of unit vectors (a zero row stays zero)."""
    if not rows:
        return np.zeros((0, 0), dtype=np.float32)
    matrix = np.asarray(np.stack(rows), dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def _bm25_of(lexicon: Lexicon, passages: dict[str, Passage]) -> tuple[Bm25Scores, list[str], dict]:
    ids = sorted(passages)
    corpus = [lexicon.terms(passages[pid].text) for pid in ids]
    vocab: dict[str, int] = {}
    tokens = [[vocab.setdefault(t, len(vocab)) for t in doc] for doc in corpus]
    if not tokens:
        return Bm25Scores.empty(), ids, vocab
    import bm25s

    bm25 = bm25s.BM25()
    bm25.index(bm25s.tokenization.Tokenized(ids=tokens, vocab=vocab), show_progress=False)
    return Bm25Scores.of(bm25), ids, vocab


# -- the cache on disk -------------------------------------------------------------------------


def state_key(
    settings: Settings, lexicon: Lexicon, records: Mapping[str, Mapping[str, Any]]
) -> str:
    """The name of the entry for this store location, store state and lexicon."""
    state = sorted(
        (
            sid,
            str(r.get("hash", "")),
            str(r.get("generation", "")),
            str(r.get("version", "")),
            str(r.get("encoder", "")),
        )
        for sid, r in records.items()
    )
    location = settings.chroma_url or str(settings.chroma_dir.resolve())
    payload = json.dumps([FORMAT, location, lexicon.digest(), state], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:40]


class ViewCache:
    """The view cache of one ``TRADEBRIEF_HOME`` (see the module's docstring)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = settings.home / VIEWS_DIR

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

    def write(self, key: str, views: Views, location: str) -> bool:
        """Write ``views`` as the entry ``key``, whole or not at all; call holding ``locked``."""
        target = self.root / key
        temp = self.root / f"tmp-{uuid.uuid4().hex}"
        try:
            self._clear_leftovers()
            temp.mkdir(parents=True)
            _write(temp, key, views, location)
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


def _digest(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=20)
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _write(folder: Path, key: str, views: Views, location: str) -> None:
    units = [
        (u.id, u.source_id, u.start, u.end, u.kind, u.text, u.quote, u.passage_id, u.paragraph)
        for u in views.units.values()
    ]
    passages = [
        (p.id, p.source_id, p.start, p.end, p.text, p.unit_ids) for p in views.passages.values()
    ]
    _dump(folder / "records.pkl", {"units": units, "passages": passages, "texts": views.texts})
    terms = views.unit_terms
    _dump(
        folder / "lexical.pkl",
        {
            "term_vocab": terms._vocab,
            "df": [views.unit_df[t] for t in terms._vocab],
            "surfaces": list(views.surfaces.items()),
            "names": sorted(views.names),
            "bm25_ids": views.bm25_ids,
            "bm25_vocab": views.bm25_vocab,
            "bm25_docs": views.bm25.num_docs,
        },
    )
    np.save(folder / "term_ids.npy", np.ascontiguousarray(terms._ids, dtype=np.int32))
    np.save(folder / "term_offsets.npy", np.ascontiguousarray(terms._offsets, dtype=np.int64))
    np.save(folder / "vectors.npy", np.ascontiguousarray(views.vectors, dtype=np.float32))
    np.save(
        folder / "passage_vectors.npy",
        np.ascontiguousarray(views.passage_vectors, dtype=np.float32),
    )
    for name in ("data", "indices", "indptr"):
        np.save(folder / f"bm25_{name}.npy", np.ascontiguousarray(getattr(views.bm25, name)))
    files = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        entry: dict[str, Any] = {"size": path.stat().st_size}
        if not name.endswith(".npy"):
            entry["digest"] = _digest(path)
        files[name] = entry
    manifest = {
        "format": FORMAT,
        "key": key,
        "location": location,
        "written": time.time(),
        "units": len(views.units),
        "passages": len(views.passages),
        "files": files,
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
    if not set(_PICKLES) | set(_ARRAYS) <= files.keys():
        raise CacheMismatch("files are missing")
    with (folder / "records.pkl").open("rb") as file:
        records = pickle.load(file)
    with (folder / "lexical.pkl").open("rb") as file:
        lexical = pickle.load(file)
    units = {t[0]: Unit(*t) for t in records["units"]}
    passages = {
        t[0]: Passage(t[0], t[1], t[2], t[3], t[4], tuple(t[5])) for t in records["passages"]
    }
    if len(units) != manifest["units"] or len(passages) != manifest["passages"]:
        raise CacheMismatch("record counts differ from the manifest")
    ids = np.load(folder / "term_ids.npy", mmap_mode="r")
    offsets = np.load(folder / "term_offsets.npy", mmap_mode="r")
    vectors = np.load(folder / "vectors.npy", mmap_mode="r")
    passage_vectors = np.load(folder / "passage_vectors.npy", mmap_mode="r")
    if len(offsets) != len(units) + 1 or (len(units) and vectors.shape[0] != len(units)):
        raise CacheMismatch("arrays do not match the records")
    if len(passages) and passage_vectors.shape[0] != len(passages):
        raise CacheMismatch("passage vectors do not match the records")
    texts = records.get("texts")
    if not isinstance(texts, dict):
        raise CacheMismatch("the documents' texts are missing")
    if len(offsets) and int(offsets[-1]) != len(ids):
        raise CacheMismatch("term offsets do not match the terms")
    rows = {uid: row for row, uid in enumerate(units)}
    vocab: list[str] = lexical["term_vocab"]
    bm25_ids: list[str] = lexical["bm25_ids"]
    data, indices, indptr = (
        np.load(folder / f"bm25_{name}.npy", mmap_mode="r")
        for name in ("data", "indices", "indptr")
    )
    bm25 = Bm25Scores(data, indices, indptr, int(lexical["bm25_docs"]))
    if bm25.num_docs != len(bm25_ids) or len(data) != len(indices):
        raise CacheMismatch("the BM25 index does not match the records")
    if not len(indptr) or int(indptr[-1]) != len(data):
        raise CacheMismatch("the BM25 index is not whole")
    return Views(
        units=units,
        passages=passages,
        unit_rows=rows,
        unit_terms=UnitTerms(rows, vocab, ids, offsets),
        unit_df=Counter(dict(zip(vocab, lexical["df"], strict=True))),
        surfaces=dict(lexical["surfaces"]),
        names=frozenset(lexical["names"]),
        bm25=bm25,
        bm25_ids=bm25_ids,
        bm25_vocab=lexical["bm25_vocab"],
        vectors=vectors,
        passage_vectors=passage_vectors,
        texts=texts,
    )
