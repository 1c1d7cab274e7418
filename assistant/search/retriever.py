"""``HybridRetriever``: the LangChain face of the hybrid search (``assistant.search.retrieval``).

A module of its own so that only its users import ``langchain_core`` (about a second).
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from assistant.search.index import KnowledgeIndex
from assistant.search.retrieval import hybrid_search


class HybridRetriever(BaseRetriever):
    """LangChain retriever over the tradebrief index; ``k`` is a field and a per-call argument.

    >>> retriever = HybridRetriever(index=index, k=4)
    >>> retriever.invoke("KC-X offset implementation rate", k=2)
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Any = Field(description="a loaded KnowledgeIndex")
    k: int = Field(default=4, ge=1, le=100)
    depth: int = Field(default=30, ge=1, le=1000)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, k: int | None = None
    ) -> list[Document]:
        index: KnowledgeIndex = self.index
        hits = hybrid_search(index, query, k or self.k, self.depth)
        documents = []
        for hit in hits:
            passage = index.passages[hit.passage_id]
            meta = index.source_meta(passage.source_id)
            documents.append(
                Document(
                    id=passage.id,
                    page_content=passage.text,
                    metadata={
                        "source_id": passage.source_id,
                        "title": meta.title if meta else passage.source_id,
                        "start": passage.start,
                        "end": passage.end,
                        "page": index.page_of(passage.source_id, passage.start),
                        "score": hit.score,
                        "lexical_rank": hit.lexical_rank,
                        "dense_rank": hit.dense_rank,
                    },
                )
            )
        return documents
