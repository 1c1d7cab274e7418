"""The assistant: sources → index → retrieval → composed, cited answers."""

from __future__ import annotations

import threading
from typing import Any

from .answers import Answer
from .compose import Composer
from .followup import resolve
from .index import KnowledgeIndex, SyncReport
from .inputs import clean_question, parse_history
from .scope import ScopeChecker
from .settings import Settings
from .sources import load_domain, load_sources
from .terms import Lexicon


class Assistant:
    """Answers questions about the Korea–US defense offset dispute, citing its sources.

    >>> Assistant().ask("What is Korea's offset threshold?").answer

    The index is built (or brought up to date) the first time it is needed.
    """

    def __init__(self, settings: Settings | None = None, *, progress: bool = True) -> None:
        self.settings = settings or Settings.from_env()
        self.progress = progress
        self._lock = threading.Lock()
        self._index: KnowledgeIndex | None = None
        self._composer: Composer | None = None
        self.last_sync: SyncReport | None = None

    @property
    def index(self) -> KnowledgeIndex:
        self._ready()
        assert self._index is not None
        return self._index

    def _ready(self) -> Composer:
        with self._lock:
            if self._composer is None:
                lexicon = Lexicon(self.settings.knowledge_dir / "aliases.yaml")
                index = KnowledgeIndex(self.settings, lexicon)
                self.last_sync = index.sync(
                    load_sources(self.settings.sources_dir), progress=self.progress
                )
                index.load()
                scope = ScopeChecker(lexicon, index.vocabulary, index.years)
                self._index = index
                domain = load_domain(self.settings.knowledge_dir / "domain.yaml", lexicon)
                self._composer = Composer(
                    index, scope, self.settings.retrieval_depth, self.settings.rrf_k, *domain
                )
            return self._composer

    def sync(self) -> SyncReport:
        """Bring the index in line with the sources now and report what changed."""
        if self._composer is None:
            self._ready()  # the first use syncs; report that sync
            assert self.last_sync is not None
            return self.last_sync
        report = self._composer.index.sync(
            load_sources(self.settings.sources_dir), progress=self.progress
        )
        self._composer.index.load()
        self.last_sync = report
        return report

    def ask(self, question: Any, history: Any = None, id: str | int | None = None) -> Answer:
        """Answer ``question``; ``history`` is the conversation so far as ``{role, content}`` turns."""
        text = clean_question(question, self.settings.max_question_chars)
        turns = parse_history(history)
        composer = self._ready()
        scope = composer.scope.check(text)
        focus = len([t for t in composer.index.lexicon.terms(text) if composer.index.idf(t) > 0])
        resolved = resolve(text, turns, focus)
        if resolved.context and not scope.covered and not scope.unknown:
            # A bare follow-up ("what about that part?") is judged with what it refers to.
            scope = composer.scope.check(resolved.query)
        answer = composer.compose(text, resolved.context, scope)
        answer.id = id
        return answer

    def retriever(self, k: int = 4) -> Any:
        """The hybrid retriever as a LangChain ``BaseRetriever``."""
        from .retrieval import HybridRetriever

        return HybridRetriever(index=self.index, k=k)
