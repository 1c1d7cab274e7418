"""The knowledge index: the Chroma store (``assistant.search.store``) and the search views derived
from it (``assistant.search.views``), behind one façade.

``sync``, ``add_document``, ``remove`` and the other writes go to the store. ``load`` reads the
source records back and takes everything else from the view cache (``assistant.search.view_cache``)
when it holds that state of the store, else reads the committed units and passages and derives the
views (terms, BM25, unit vectors), caching them for the next process. Searches and lookups run on
the loaded views alone: a reader of a cached state of the store needs no Chroma at all.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from assistant.knowledge.chunks import Passage, Unit
from assistant.knowledge.sources import Source, SourceMeta
from assistant.search.store import (
    INDEX_VERSION,
    INGESTED,
    READ_PAGE,
    Collected,
    Store,
    StoreChanged,
    StoredSource,
    StoreState,
    SyncReport,
    _store_call,
    set_aside_if_broken,
    store_problem,
)
from assistant.search.terms import Lexicon

if TYPE_CHECKING:
    import numpy as np

    from assistant.search.archive import Archive
    from assistant.search.encoder import Encoder
    from assistant.search.view_cache import ViewCache
    from assistant.search.views import Views
    from assistant.search.word_meaning import WordMeaning
    from assistant.settings import Settings

__all__ = [
    "INDEX_VERSION",
    "INGESTED",
    "READ_PAGE",
    "Collected",
    "KnowledgeIndex",
    "StoredSource",
    "SyncReport",
    "set_aside_if_broken",
    "store_problem",
]

log = logging.getLogger(__name__)

# Loads from the store before a store that keeps changing under the reader is reported.
_LOAD_TRIES = 3


class KnowledgeIndex:
    """The store of sources, passages and units, and the loaded search views over it."""

    def __init__(
        self, settings: Settings, lexicon: Lexicon, encoder: Encoder | None = None
    ) -> None:
        self.settings = settings
        self.lexicon = lexicon
        self.store = Store(settings, encoder)
        self.views: Views = _empty_views()
        self.sources: dict[str, SourceMeta] = {}
        # Text of each ingested document (built-in ones are read from knowledge/sources).
        self.texts: dict[str, str] = {}
        self.hashes: dict[str, str] = {}
        self._word_meaning: WordMeaning | None = None

    # -- the store -----------------------------------------------------------------------

    @property
    def encoder(self) -> Encoder:
        return self.store.encoder

    def prepare_encoder(self) -> None:
        """Start loading the encoder in the background (see ``Store.prepare_encoder``): a
        process that will encode questions calls it first thing."""
        self.store.prepare_encoder()

    @property
    def archive(self) -> Archive:
        return self.store.archive

    @property
    def collected(self) -> Collected:
        """Everything this index's writes garbage-collected (see ``collect``)."""
        return self.store.collected

    def stored_hashes(self) -> dict[str, str]:
        """Content hash of every stored source; "" for one stored by another index version."""
        return self.store.stored_hashes()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """The store's writer lock (and lease): see ``Store.writing``."""
        with self.store.writing():
            yield

    def invalidate(self) -> None:
        """Mark every stored source as out of date, so the next sync re-embeds all of them."""
        self.store.invalidate()

    def fingerprint(self) -> tuple[tuple[str, str], ...]:
        """(id, hash) of every stored source: changes whenever any process adds or removes one."""
        return self.store.fingerprint()

    def sync(self, sources: list[Source], progress: bool = True) -> SyncReport:
        """Re-index the built-in sources whose content changed (see ``Store.sync``)."""
        return self.store.sync(sources, progress)

    def collect(self) -> Collected:
        """Delete what killed writes left behind (see ``Store.collect``)."""
        return self.store.collect()

    def stored_source(self, source_id: str) -> Source | None:
        """An ingested document as stored (its metadata and extracted text), or None."""
        return self.store.stored_source(source_id)

    def find_hash(self, content_hash: str) -> str | None:
        """The id of a stored source with exactly this content hash, if any."""
        return self.store.find_hash(content_hash)

    def stored(self, source_id: str) -> tuple[SourceMeta, str] | None:
        """(metadata, content hash) of a stored source, read from the store, or None."""
        return self.store.stored(source_id)

    def add_document(self, source: Source, progress: bool = False) -> int:
        """Store an ingested document, replacing any earlier version; its unit count."""
        return self.store.add_document(source, progress)

    def remove(self, source_id: str) -> bool:
        """Delete a source's record, passages and units; False if it was not stored."""
        return self.store.remove(source_id)

    def restore_archive(self, progress: bool = False) -> list[str]:
        """Store every archived document the store lacks; the ids restored."""
        return self.store.restore_archive(progress)

    # -- loading -------------------------------------------------------------------------

    @_store_call
    def load(self, cached: bool = True) -> None:
        """Read sources, passages and units back from the store and build the lexical views.

        Only the units and passages of the generation each source record names are read in (as
        their plain ids, ``<source id>#u0001``): an unfinished write's are left out.

        The source records are always read from the store. The rest (units, passages, their
        terms, BM25, the unit vectors) comes from the view cache when it holds this state of the
        store (``assistant.search.view_cache``); otherwise it is read and built here, and written to
        the cache for the next process. ``cached=False`` reads and builds it all, writing nothing.

        With a trusted store manifest (``assistant.search.manifest``) and a cached entry for the
        state it names, nothing is read from the store: Chroma is not even imported.
        """
        if cached and self._load_from_manifest():
            return
        for attempt in range(_LOAD_TRIES):
            try:
                self._load(cached)
                return
            except StoreChanged:
                # A write committed between reading the records and what they name: again.
                if attempt + 1 == _LOAD_TRIES:
                    raise

    def _load(self, cached: bool) -> None:
        state = self.store.read_sources()
        if not cached:
            self._use(state, self._build_views(state))
            return
        from assistant.search.view_cache import ViewCache, derivation, state_key, state_of

        cache = ViewCache(self.settings)
        key = state_key(self.settings, self.lexicon, state.records)
        views = cache.open(key)
        if views is None:
            with cache.locked() as locked:
                # Another process may have written it while this one waited for the lock.
                views = cache.open(key, quiet=True) if locked else None
                if views is None:
                    views = self._updated_views(cache, state) if locked else None
                    if views is None:
                        views = self._build_views(state)
                    # Written only if no write changed the store while it was read.
                    if (
                        locked
                        and state_key(self.settings, self.lexicon, self.store._store_records())
                        == key
                    ):
                        basis = {
                            "lexicon": derivation(self.lexicon),
                            "state": state_of(state.records),
                        }
                        cache.write(key, views, self.settings.store_location, basis)
        self._use(state, views)
        self.store.repair_manifest()

    def _load_from_manifest(self) -> bool:
        """``load`` from the store manifest and the view cache alone; False if either is missing."""
        records = self.store.trusted_records()
        if records is None:
            return False
        from assistant.search.view_cache import ViewCache, state_key

        # Quiet: a damaged entry is reported once, by the load from the store that follows.
        key = state_key(self.settings, self.lexicon, records)
        views = ViewCache(self.settings).open(key, quiet=True)
        if views is None:
            return False
        try:
            state = StoreState.of(records, views.texts)
        except (KeyError, TypeError, ValueError):
            return False
        self._use(state, views)
        return True

    def _build_views(self, state: StoreState) -> Views:
        """Read the committed units and passages (and their vectors) and derive the views; the
        ingested documents' texts are kept with them."""
        from assistant.search import views as views_module

        return views_module.build(self.lexicon, self.store.read_chunks(state), dict(state.texts))

    def _updated_views(self, cache: ViewCache, state: StoreState) -> Views | None:
        """The views of ``state`` made from the nearest cached entry (another state of this
        store) by an incremental update: only the chunks of the sources written since are read
        from the store and derived (``views.update``). None when there is no such entry."""
        from assistant.search import views as views_module

        basis = cache.basis(self.lexicon, state.records)
        if basis is None:
            return None
        chunks = self.store.read_chunks(state, only=sorted(basis.added))
        return views_module.update(basis.views, self.lexicon, basis.gone, chunks, dict(state.texts))

    def _use(self, state: StoreState, views: Views) -> None:
        self.sources = state.sources
        self.hashes = state.hashes
        self.texts = state.texts
        self.views = views

    def reopened(self, cached: bool = True) -> KnowledgeIndex:
        """A new index on the same store, encoder and client, loaded afresh (see ``load``)."""
        other = KnowledgeIndex(self.settings, self.lexicon, self.store._encoder)
        other.store._client = self.store._client
        other.load(cached=cached)
        return other

    # -- the loaded views ----------------------------------------------------------------

    @property
    def units(self) -> Mapping[str, Unit]:
        return self.views.units

    @property
    def passages(self) -> Mapping[str, Passage]:
        return self.views.passages

    @property
    def unit_terms(self) -> Mapping[str, list[str]]:
        return self.views.unit_terms

    @property
    def unit_df(self) -> Counter[str]:
        return self.views.unit_df

    @property
    def vocabulary(self) -> frozenset[str]:
        return self.views.vocabulary

    @property
    def years(self) -> frozenset[str]:
        return self.views.years

    @property
    def surfaces(self) -> dict[str, str]:
        return self.views.surfaces

    @property
    def names(self) -> frozenset[str]:
        return self.views.names

    def idf(self, term: str) -> float:
        """Inverse document frequency of a term over units (0 for unknown terms)."""
        return self.views.idf(term)

    @property
    def max_idf(self) -> float:
        return self.views.max_idf

    def lexical_search(self, terms: list[str], n: int) -> list[tuple[str, float]]:
        """The ``n`` passages best for these terms by BM25, best first (only scores above 0)."""
        return self.views.lexical_search(terms, n)

    def dense_search(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """The ``n`` loaded passages nearest ``vector`` by cosine similarity, best first: an
        exact search over the loaded passages' vectors (``Views.dense_search``), so only the
        loaded generations count and no Chroma is needed."""
        return self.views.dense_search(vector, n)

    def unit_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The stored vectors of these units (loaded ones; others are left out)."""
        return self.views.unit_vectors(ids)

    def source_meta(self, source_id: str) -> SourceMeta | None:
        return self.sources.get(source_id)

    def page_of(self, source_id: str, offset: int) -> int | None:
        """The PDF page holding ``offset`` of a source, or None for a source without pages."""
        meta = self.sources.get(source_id)
        return meta.page_at(offset) if meta else None

    def listing(self) -> list[StoredSource]:
        """Every loaded source with its unit count: built-in ones first, then ingested, by id."""
        counts = self.views.unit_counts()
        return sorted(
            (
                StoredSource(meta, self.hashes.get(sid, ""), counts[sid])
                for sid, meta in self.sources.items()
            ),
            key=lambda s: (s.meta.origin == INGESTED, s.id),
        )

    def units_of(self, passage_id: str) -> list[Unit]:
        return self.views.units_of(passage_id)

    # -- single words by meaning ----------------------------------------------------------

    @property
    def word_meaning(self) -> WordMeaning:
        """Single words embedded by this index's encoder, each once (``search.word_meaning``);
        kept across reloads, since a word's vector depends on the encoder alone."""
        from assistant.search.word_meaning import WordMeaning

        meaning = self._word_meaning
        if meaning is None:
            meaning = self._word_meaning = WordMeaning(
                lambda words: self.encoder.encode(words), vocabulary=self._kept_vocabulary
            )
        return meaning

    def _kept_vocabulary(self, words: Sequence[str]) -> Any:
        """The vectors of a vocabulary by this index's encoder, kept in the cache folder."""
        from assistant.search.kept_vectors import kept_vectors

        encoder = self.encoder
        return kept_vectors(
            self.settings.cache_dir, "vocabulary", encoder.name, words, encoder.encode
        )

    def references_only(self, passage_id: str) -> bool:
        """Whether a passage's units are all bare references (no ``Unit`` is made)."""
        return self.views.references_only(passage_id)


def _empty_views() -> Views:
    from assistant.search.views import Views

    return Views.empty()
