"""The in-memory search views of a loaded store: units, passages, terms, BM25, vectors, lookups.

``KnowledgeIndex.load`` needs more than the store's records: the lexical terms of every unit
(``unit_terms``), their document frequencies (``unit_df``, the vocabulary, the years), every
written word with its term (``surfaces``), the capitalised words (``names``), the BM25 index of the
passages and the unit and passage vectors. Building them from the store takes seconds at 10,000 passages and
most of a minute at 100,000, in every process that opens it. So the first process to load a given
state of the store writes them to a *view cache* (``assistant.search.view_cache``) and later ones
map them in (``numpy`` memory-mapped arrays, BM25 among them, the records and small tables pickled).
"""

from __future__ import annotations

import functools
import logging
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.knowledge.chunks import Unit
from assistant.regex import lazy
from assistant.search import dense
from assistant.search.columns import PassageTable, UnitTable, combined
from assistant.search.terms import Lexicon, amounts, is_year

if TYPE_CHECKING:
    from assistant.search.store import StoredChunks

log = logging.getLogger(__name__)

# A word written capitalised somewhere in the sources ("Lockheed", "Airbus", "DAPA"): misspelt names
# in questions are corrected only to these, so "India" never becomes "indicate".
_NAME = lazy(r"\b[A-Z][\w'’-]+")
# How many units' terms ``UnitTerms`` keeps built (as ``columns`` keeps records).
_TERMS_KEPT = 16384


class UnitTerms(Mapping[str, list[str]]):
    """Unit id → its lexical terms, kept as term ids in one flat array (memory-mapped when cached);
    the terms of row ``r`` of ``units`` are ``ids[offsets[r]:offsets[r + 1]]``."""

    def __init__(
        self, units: UnitTable, vocab: list[str], ids: np.ndarray, offsets: np.ndarray
    ) -> None:
        self._units = units
        self._vocab = vocab
        self._ids = ids
        self._offsets = offsets

    def __getitem__(self, uid: str) -> list[str]:
        # An answer reads the terms of the same few dozen units many times over (each candidate,
        # the sentences before it): each unit's are kept, up to a bound, as their rows are.
        found: dict[str, tuple[str, ...]] = self.__dict__.setdefault("_found", {})
        terms = found.get(uid)
        if terms is None:
            row = self._units.row(uid)
            if row is None:
                raise KeyError(uid)
            begin, end = int(self._offsets[row]), int(self._offsets[row + 1])
            vocab = self._vocab
            if len(found) >= _TERMS_KEPT:
                found.clear()
            terms = found[uid] = tuple(vocab[i] for i in self._ids[begin:end].tolist())
        return list(terms)

    def __contains__(self, uid: object) -> bool:
        return uid in self._units

    def __iter__(self) -> Iterator[str]:
        return iter(self._units)

    def __len__(self) -> int:
        return len(self._units)


@dataclass
class Lists:
    """A list of ids per row, flat: row ``r``'s are ``values[offsets[r]:offsets[r + 1]]``,
    numbering the strings of ``vocab``. What an incremental update of the views needs to know of
    the rows it keeps (see ``update``)."""

    vocab: list[str]
    values: np.ndarray
    offsets: np.ndarray

    @classmethod
    def of(cls, rows: list[list[str]]) -> Lists:
        """The lists of ``rows``, the vocabulary numbered in order of first appearance."""
        vocab: dict[str, int] = {}
        flat = [vocab.setdefault(word, len(vocab)) for row in rows for word in row]
        offsets = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum([len(row) for row in rows], out=offsets[1:])
        return cls(list(vocab), np.asarray(flat, dtype=np.int32), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def lengths(self) -> np.ndarray:
        return np.diff(np.asarray(self.offsets))

    def joined(self, keep: np.ndarray, other: Lists) -> Lists:
        """The rows of this where ``keep`` is true, then ``other``'s rows, renumbered so that
        the vocabulary is in order of first appearance, as ``of`` over those rows numbers it."""
        lengths = self.lengths()
        kept = np.asarray(self.values)[np.repeat(keep, lengths)].astype(np.int64)
        # One numbering for both: other's words after this one's.
        known = {word: i for i, word in enumerate(self.vocab)}
        extra = [w for w in other.vocab if w not in known]
        for word in extra:
            known[word] = len(known)
        names = [*self.vocab, *extra]
        mapped = np.asarray([known[w] for w in other.vocab] or [0], dtype=np.int64)
        theirs = (
            mapped[np.asarray(other.values, dtype=np.int64)] if len(other.values) else mapped[:0]
        )
        flat = np.concatenate([kept, theirs])
        used, first = np.unique(flat, return_index=True)
        by_first = used[np.argsort(first, kind="stable")]
        number = np.full(len(names), -1, dtype=np.int64)
        number[by_first] = np.arange(len(by_first))
        offsets = np.zeros(int(keep.sum()) + len(other) + 1, dtype=np.int64)
        np.cumsum(np.concatenate([lengths[keep], other.lengths()]), out=offsets[1:])
        return Lists([names[i] for i in by_first.tolist()], number[flat].astype(np.int32), offsets)

    def reordered(self, order: np.ndarray) -> Lists:
        """The rows in ``order`` (row ``order[i]`` becomes row ``i``), renumbered so that the
        vocabulary is in order of first appearance."""
        order = np.asarray(order, dtype=np.int64)
        lengths = self.lengths()[order]
        offsets = np.zeros(len(order) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        starts = np.asarray(self.offsets)[:-1][order]
        at = np.repeat(starts - offsets[:-1], lengths) + np.arange(int(offsets[-1]))
        flat = np.asarray(self.values, dtype=np.int64)[at]
        used, first = np.unique(flat, return_index=True)
        by_first = used[np.argsort(first, kind="stable")]
        number = np.full(max(len(self.vocab), 1), -1, dtype=np.int64)
        number[by_first] = np.arange(len(by_first))
        return Lists(
            [self.vocab[i] for i in by_first.tolist()], number[flat].astype(np.int32), offsets
        )

    def rows(self, order: np.ndarray | None = None) -> list[list[int]]:
        """Each row's ids as a Python list (in ``order`` of rows if given)."""
        values, offsets = np.asarray(self.values).tolist(), np.asarray(self.offsets).tolist()
        rows = range(len(self)) if order is None else np.asarray(order).tolist()
        return [values[offsets[r] : offsets[r + 1]] for r in rows]


@dataclass(frozen=True, eq=False)
class Bm25Scores:
    """The passages' BM25 as bm25s precomputes it, searched without importing bm25s.

    bm25s stores one score per (term, passage) in a CSC matrix (``data``, ``indices``, ``indptr``:
    the passages and scores of term ``t`` are ``indptr[t]:indptr[t + 1]``). ``top`` sums as
    ``bm25s.BM25.retrieve`` does with its numpy backend (the same float32 sums in the same order),
    so the scores are the same to the bit; of passages with equal scores it keeps the smaller
    rows, where bm25s keeps whichever its partial sort leaves. bm25s itself (and scipy, which it
    imports: half a second) is needed only to build the index.
    """

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    num_docs: int
    # Term → its id (its column).
    vocab: dict[str, int]

    @classmethod
    def of(cls, bm25: Any, vocab: dict[str, int]) -> Bm25Scores:
        """The scores of a ``bm25s.BM25`` indexed with the term ids ``vocab``."""
        scores = bm25.scores
        data, indices, indptr = scores["data"], scores["indices"], scores["indptr"]
        return cls(data, indices, indptr, int(scores["num_docs"]), vocab)

    @classmethod
    def empty(cls) -> Bm25Scores:
        nothing = np.zeros(0, np.float32), np.zeros(0, np.int32), np.zeros(1, np.int64)
        return cls(*nothing, num_docs=0, vocab={})

    def top(self, token_ids: list[int], k: int) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) of the ``k`` best passages with a score above 0 for these term ids,
        best first, ties to the smaller row.

        The scores are bm25s's to the bit (its float32 sums, term by term). Only the passages
        holding a term are ranked: selecting among 100,000 scores that are nearly all 0 is
        numpy's slowest case (25 ms, against 0.5 ms for the few thousand that are not).
        """
        scores = np.zeros(self.num_docs, dtype=self.data.dtype)
        # bm25s drops ids it has no column for (the empty term it adds to the vocabulary).
        for token in (t for t in token_ids if 0 <= t < len(self.indptr) - 1):
            begin, end = int(self.indptr[token]), int(self.indptr[token + 1])
            # A term's passages are distinct, so this adds once per passage, as np.add.at does.
            scores[self.indices[begin:end]] += self.data[begin:end]
        held = np.flatnonzero(scores > 0)
        return dense.best(held, scores[held], k)


@dataclass(frozen=True)
class Kept:
    """What an incremental update needs of the rows it keeps (see ``update``): each unit's
    written words and capitalised words, each passage's BM25 terms (in id order)."""

    unit_words: Lists
    unit_names: Lists
    passage_terms: Lists


@dataclass
class Views:
    """The store's units and passages and everything ``load`` derives from them."""

    # Columns, not objects: a ``Unit`` or ``Passage`` is made when it is looked up.
    units: UnitTable
    passages: PassageTable
    # The terms of each unit, by row of ``units``.
    unit_terms: UnitTerms
    unit_df: Counter[str]
    surfaces: dict[str, str]
    names: frozenset[str]
    # BM25 of the passages, one document per passage in id order (``PassageTable.id_in_order``).
    bm25: Bm25Scores
    # One row per unit, in the row order of ``units`` (an array, or read by rows from the view
    # cache: ``RowFile``).
    vectors: np.ndarray
    # One normalised row per passage, in id order (as BM25); likewise.
    passage_vectors: np.ndarray
    # The text of each ingested document (its source record's document in the store).
    texts: dict[str, str]
    # What an incremental update needs of the rows it keeps.
    kept: Kept
    # The passage vectors quantised for dense search over many (``shortlist``), when cached.
    quantised: dense.Quantised | None = None

    @classmethod
    def empty(cls) -> Views:
        """The views of an empty store (an index not loaded yet)."""
        units = UnitTable.of([])
        nothing = Lists.of([])
        return cls(
            kept=Kept(nothing, nothing, nothing),
            units=units,
            passages=PassageTable.of([]),
            unit_terms=UnitTerms(units, [], np.zeros(0, np.int32), np.zeros(1, np.int64)),
            unit_df=Counter(),
            surfaces={},
            names=frozenset(),
            bm25=Bm25Scores.empty(),
            vectors=np.zeros((0, 0), np.float32),
            passage_vectors=np.zeros((0, 0), np.float32),
            texts={},
        )

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.unit_df)

    @functools.cached_property
    def years(self) -> frozenset[str]:
        return frozenset(t for t in self.unit_df if is_year(t))

    def idf(self, term: str) -> float:
        """Inverse document frequency of a term over units (0 for unknown terms)."""
        df = self.unit_df.get(term, 0)
        if not df:
            return 0.0
        return math.log(1 + (len(self.units) - df + 0.5) / (df + 0.5))

    @property
    def max_idf(self) -> float:
        return math.log(1 + (len(self.units) + 0.5) / 1.5)

    def lexical_search(self, terms: list[str], n: int) -> list[tuple[str, float]]:
        """The ``n`` passages best for these terms by BM25, best first (only scores above 0)."""
        vocab = self.bm25.vocab
        known = [vocab[t] for t in terms if t in vocab]
        passages = self.passages
        if not known or not len(passages):
            return []
        n = min(n, len(passages))
        docs, scores = self.bm25.top(known, n)
        return [
            (passages.id_in_order(int(d)), float(s))
            for d, s in zip(docs, scores, strict=False)
            if s > 0
        ]

    def dense_search(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """The ``n`` passages nearest ``vector`` by cosine similarity, best first.

        An exact search over the passages' vectors (kept normalised), not a store query: only
        the loaded generations are searched (not passages another process wrote since), and
        ties go to the smaller passage id. Over many passages through their int8 shortlist
        (``assistant.search.dense``), to the same result.
        """
        matrix = self.passage_vectors
        count = len(self.passages)
        if n <= 0 or matrix is None or len(matrix) != count or not count:
            return []
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(query))
        if norm == 0.0 or matrix.shape[1] != query.shape[0]:
            return []
        rows, similarity = dense.nearest(matrix, query / norm, n, self.shortlist())
        # Rows are in passage-id order, so the row breaks ties.
        return [
            (self.passages.id_in_order(int(row)), float(score))
            for row, score in zip(rows.tolist(), similarity.tolist(), strict=True)
        ]

    def shortlist(self) -> dense.Quantised | None:
        """The passage vectors quantised for the int8 scan (made on first use unless cached), or
        None while a scan of every float32 vector is as fast (``dense.SCAN_FROM``)."""
        if len(self.passage_vectors) < dense.SCAN_FROM:
            return None
        if self.quantised is None or len(self.quantised) != len(self.passage_vectors):
            self.quantised = dense.Quantised.of(self.passage_vectors)
        return self.quantised

    def unit_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The stored vectors of these units (loaded ones; others are left out)."""
        rows = {uid: row for uid in ids if (row := self.units.row(uid)) is not None}
        if not rows:
            return {}
        matrix = np.asarray(self.vectors[np.fromiter(rows.values(), np.int64)], np.float32)
        return {uid: matrix[i] for i, uid in enumerate(rows)}

    def units_of(self, passage_id: str) -> list[Unit]:
        return [self.units.at(r) for r in self._unit_rows(passage_id)]

    def references_only(self, passage_id: str) -> bool:
        """Whether a loaded passage's units are all bare references (False if not loaded)."""
        row = self.passages.row(passage_id)
        return row is not None and bool(self.passages.references[row])

    def _unit_rows(self, passage_id: str) -> list[int]:
        """The rows of a passage's loaded units, in order.

        A passage's units are consecutive rows (a source's units are stored in order, and the
        views keep each source's rows together), so only the first is looked up by id and the
        others are checked in place; a unit found elsewhere is looked up by id.
        """
        row = self.passages.row(passage_id)
        if row is None:
            return []
        units = self.units
        ids = self.passages.unit_ids[row].split(",")
        first = units.row(ids[0])
        rows = []
        for offset, uid in enumerate(ids):
            at = None if first is None else first + offset
            if at is None or at >= len(units) or units.ids.ids[at] != uid.encode("utf-8"):
                at = units.row(uid)
            if at is not None:
                rows.append(at)
        return rows

    def unit_counts(self) -> Counter[str]:
        """Source id → how many units of it are loaded."""
        return Counter(self.units.counts())


def build(lexicon: Lexicon, chunks: StoredChunks, texts: dict[str, str]) -> Views:
    """Derive the views from the records read from the store (``texts``: the ingested
    documents')."""
    units, passages, vectors = chunks.units, chunks.passages, chunks.unit_vectors
    terms, words, names = _unit_lists(lexicon, units.values())
    table = UnitTable.of(units.values())
    ids = sorted(passages)
    # A passage's BM25 terms are its written words only: a typed amount term would lengthen the
    # passages that state amounts and move every other question's lexical ranking.
    passage_terms = Lists.of([lexicon.written_terms(passages[pid].text) for pid in ids])
    return _views(
        lexicon,
        table,
        terms,
        words,
        names,
        PassageTable.of(passages.values(), {uid: u.kind for uid, u in units.items()}),
        passage_terms,
        vectors,
        _normalised([chunks.passage_vectors[pid] for pid in ids]),
        texts,
    )


def update(
    old: Views, lexicon: Lexicon, gone: set[str], chunks: StoredChunks, texts: dict[str, str]
) -> Views:
    """``old`` without the units and passages of the sources ``gone``, with the records
    ``chunks`` (read from the store after them) added: the views ``build`` derives from the
    records so combined, deriving terms only of the records added.

    BM25's statistics change with any passage, so its index is made again, from the passages'
    stored terms (the terms of the added passages only are derived).
    """
    units, passages, vectors = chunks.units, chunks.passages, chunks.unit_vectors
    gone_sources = [i for i, sid in enumerate(old.units.sources) if sid in gone]
    keep_units = ~np.isin(np.asarray(old.units.source), gone_sources)
    gone_sources = [i for i, sid in enumerate(old.passages.sources) if sid in gone]
    keep_passages = ~np.isin(np.asarray(old.passages.source), gone_sources)
    terms, words, names = _unit_lists(lexicon, units.values())
    old_terms = Lists(old.unit_terms._vocab, old.unit_terms._ids, old.unit_terms._offsets)
    table = combined(old.units, keep_units, UnitTable.of(units.values()))
    # Passages in id order: the kept ones (in their id order), then the added ones (in theirs),
    # then put in id order together.
    old_order = np.asarray(old.passages.ids.order)
    kept_ranks = keep_passages[old_order]
    added = sorted(passages)
    added_terms = Lists.of([lexicon.written_terms(passages[pid].text) for pid in added])
    joined_terms = old.kept.passage_terms.joined(kept_ranks, added_terms)
    kept_ids = np.asarray(old.passages.ids.ids)[old_order][kept_ranks]
    added_ids = np.asarray([pid.encode("utf-8") for pid in added], dtype=np.bytes_)
    width = max(kept_ids.dtype.itemsize, added_ids.dtype.itemsize if len(added) else 1)
    all_ids = np.concatenate([kept_ids.astype(f"S{width}"), added_ids.astype(f"S{width}")])
    in_order = np.argsort(all_ids, kind="stable")
    added_vectors = _normalised([chunks.passage_vectors[pid] for pid in added])
    kept_vectors = np.asarray(old.passage_vectors)[kept_ranks]
    if len(added) and len(kept_vectors):
        matrix = np.concatenate([kept_vectors, added_vectors])[in_order]
    else:
        matrix = (kept_vectors if len(kept_vectors) else added_vectors)[in_order]
    unit_vectors = np.asarray(old.vectors)[keep_units]
    if len(vectors):
        unit_vectors = np.concatenate([unit_vectors, vectors]) if len(unit_vectors) else vectors
    return _views(
        lexicon,
        table,
        old_terms.joined(keep_units, terms),
        old.kept.unit_words.joined(keep_units, words),
        old.kept.unit_names.joined(keep_units, names),
        combined(
            old.passages,
            keep_passages,
            PassageTable.of(passages.values(), {uid: u.kind for uid, u in units.items()}),
        ),
        joined_terms.reordered(in_order),
        np.ascontiguousarray(unit_vectors, dtype=np.float32),
        np.ascontiguousarray(matrix, dtype=np.float32),
        texts,
    )


def _unit_lists(lexicon: Lexicon, units: Iterable[Unit]) -> tuple[Lists, Lists, Lists]:
    """Each unit's lexical terms, its written words (once each, in order: every one with a
    letter-only spelling), and the words of its capitalised words (``_NAME``)."""
    terms, words, names = [], [], []
    for unit in units:
        written = lexicon.words(unit.text)
        terms.append(lexicon.terms_of(written) + [t for _, _, t in amounts(unit.text)])
        words.append([w for w in dict.fromkeys(written) if w.isalpha()])
        names.append(
            list(
                dict.fromkeys(
                    word
                    for match in _NAME.finditer(unit.text)
                    for word in lexicon.words(match.group())
                )
            )
        )
    return Lists.of(terms), Lists.of(words), Lists.of(names)


def _views(
    lexicon: Lexicon,
    units: UnitTable,
    terms: Lists,
    words: Lists,
    names: Lists,
    passages: PassageTable,
    passage_terms: Lists,
    vectors: np.ndarray,
    passage_vectors: np.ndarray,
    texts: dict[str, str],
) -> Views:
    """The views of units and passages whose lists are derived."""
    # Every written word of the sources and its term, so a misspelling is measured against
    # what people write ("norway"), not against a stem ("norway" and "norwi" differ); in order
    # of first appearance.
    surfaces = {word: lexicon.stem(word) for word in words.vocab}
    for word, term in lexicon.alias_words.items():
        surfaces.setdefault(word, term)
    return Views(
        units=units,
        passages=passages,
        unit_terms=UnitTerms(units, terms.vocab, terms.values, terms.offsets),
        unit_df=_document_frequencies(terms),
        surfaces=surfaces,
        names=frozenset(names.vocab) | frozenset(lexicon.alias_words),
        bm25=_bm25_of(passage_terms),
        vectors=vectors,
        passage_vectors=passage_vectors,
        texts=texts,
        kept=Kept(words, names, passage_terms),
    )


def _document_frequencies(terms: Lists) -> Counter[str]:
    """How many rows hold each term."""
    if not len(terms.values):
        return Counter()
    rows = np.repeat(np.arange(len(terms), dtype=np.int64), terms.lengths())
    pairs = np.unique(rows * len(terms.vocab) + np.asarray(terms.values, dtype=np.int64))
    counts = np.bincount(pairs % len(terms.vocab), minlength=len(terms.vocab))
    return Counter({t: int(n) for t, n in zip(terms.vocab, counts.tolist(), strict=True) if n})


def _normalised(rows: list[Any]) -> np.ndarray:
    """The rows as a float32 matrix of unit vectors (a zero row stays zero)."""
    if not rows:
        return np.zeros((0, 0), dtype=np.float32)
    matrix = np.asarray(np.stack(rows), dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def _bm25_of(terms: Lists) -> Bm25Scores:
    """The BM25 index of these documents' terms (ids of ``terms.vocab``)."""
    vocab = {t: i for i, t in enumerate(terms.vocab)}
    if not len(terms):
        return Bm25Scores.empty()
    import bm25s

    bm25 = bm25s.BM25()
    bm25.index(bm25s.tokenization.Tokenized(ids=terms.rows(), vocab=vocab), show_progress=False)
    return Bm25Scores.of(bm25, vocab)
