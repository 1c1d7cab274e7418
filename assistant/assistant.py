"""The assistant: sources → index → retrieval → composed, cited answers."""

from __future__ import annotations

import threading
from typing import Any

from .answers import Answer, Citation, ToolCall
from .compose import Composer
from .data import OffsetData, load_data, verify
from .errors import CalculationError, KnowledgeError
from .facts import FactBook
from .followup import resolve
from .index import KnowledgeIndex, SyncReport
from .inputs import clean_question, parse_history
from .routing import Route, route
from .scope import ScopeChecker
from .settings import Settings
from .sources import SourceMeta, load_domain, load_sources
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
        self._data: OffsetData | None = None
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
                sources = load_sources(self.settings.sources_dir)
                data = self.data
                texts = {s.id: s.text for s in sources}
                problems = verify(data, texts)
                if problems:
                    raise KnowledgeError(
                        f"{len(problems)} rows of {self.settings.data_dir} do not match their "
                        f"sources; first: {problems[0]}"
                    )
                self.last_sync = index.sync(sources, progress=self.progress)
                index.load()
                scope = ScopeChecker(lexicon, index.vocabulary, index.years)
                self._index = index
                domain = load_domain(self.settings.knowledge_dir / "domain.yaml", lexicon)
                facts = FactBook(data, lexicon, index.encoder, self.settings.home / "cache")
                self._composer = Composer(
                    index,
                    scope,
                    self.settings.retrieval_depth,
                    self.settings.rrf_k,
                    *domain,
                    facts=facts,
                    source_texts=texts,
                )
            return self._composer

    @property
    def data(self) -> OffsetData:
        """The structured tables of ``knowledge/data``, validated (no index needed)."""
        if self._data is None:
            self._data = load_data(self.settings.data_dir)
        return self._data

    def source_meta(self, source_id: str) -> SourceMeta | None:
        """Title, publisher, date, kind and known defects of a source in the knowledge base."""
        return self._ready().index.source_meta(source_id)

    def source_text(self, source_id: str) -> str:
        """The verbatim text a citation's offsets index into ("" for an unknown source)."""
        return self._ready().source_texts.get(source_id, "")

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
        calculation = route(text, self.data)
        if calculation is not None:
            answer = self._calculated(text, calculation, composer)
            answer.id = id
            return answer
        scope = composer.scope.check(text)
        focus = len([t for t in composer.index.lexicon.terms(text) if composer.index.idf(t) > 0])
        resolved = resolve(text, turns, focus)
        if resolved.context and not scope.covered and not scope.unknown:
            # A bare follow-up ("what about that part?") is judged with what it refers to.
            scope = composer.scope.check(resolved.query)
        answer = composer.compose(text, resolved.context, scope)
        answer.id = id
        return answer

    def _calculated(self, question: str, calculation: Route, composer: Composer) -> Answer:
        """An answer worked out by the calculator, each call recorded and its inputs cited."""
        from .calculator import calculate

        calls: list[ToolCall] = []
        citations: list[Citation] = []
        markers: dict[tuple[str, str], int] = {}

        def cite(row_ids: list[str]) -> str:
            marks = []
            for row_id in row_ids:
                row = self.data.row(row_id)
                key = (row.source, row.quote)
                if key not in markers:
                    markers[key] = len(markers) + 1
                    citations.append(composer.row_citation(row, markers[key]))
                marks.append(f"[{markers[key]}]")
            return "".join(dict.fromkeys(marks))

        paragraphs = []
        if calculation.lead:
            paragraphs.append(f"{calculation.lead} {cite(calculation.cites)}".strip())
        for request in calculation.requests:
            arguments = request.model_dump(exclude_none=True)
            try:
                result = calculate(request, self.data)
            except CalculationError as exc:
                calls.append(
                    ToolCall(name="calculator", input=arguments, output={"error": str(exc)})
                )
                return Answer(
                    question=question,
                    answer=f"I can't calculate that: {exc}.",
                    tool_calls=calls,
                    abstained=True,
                )
            calls.append(
                ToolCall(name="calculator", input=arguments, output=result.model_dump(mode="json"))
            )
            lines = [f"{result.summary} {cite(result.cites)}".strip()]
            lines.append("Working: " + "; ".join(result.working) + ".")
            lines += result.notes
            paragraphs.append("\n".join(lines))
        return Answer(
            question=question,
            answer="\n\n".join(p for p in paragraphs if p),
            citations=citations,
            tool_calls=calls,
            disputed=calculation.disputed,
        )

    def retriever(self, k: int = 4) -> Any:
        """The hybrid retriever as a LangChain ``BaseRetriever``."""
        from .retrieval import HybridRetriever

        return HybridRetriever(index=self.index, k=k)
