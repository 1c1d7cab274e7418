"""Hybrid retrieval: BM25 and dense rankings of passages fused by reciprocal rank.

BM25 makes exact figures, years and names ("KC-X", "F-35A", "2016") count; the dense ranking
finds paraphrases. ``HybridRetriever`` (``assistant.search.retriever``, imported on first use) is
the LangChain face of the same search.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.search.index import KnowledgeIndex


@dataclass(frozen=True)
class Hit:
    """A passage and how each ranking placed it."""

    passage_id: str
    score: float
    lexical_rank: int | None
    dense_rank: int | None
    dense_similarity: float


def reciprocal_rank_fusion(
    rankings: list[list[str]], k: int = 60, weights: list[float] | None = None
) -> dict[str, float]:
    """Sum of weight/(k + rank) over the rankings each id appears in (ranks from 1)."""
    fused: dict[str, float] = {}
    for position, ranking in enumerate(rankings):
        weight = weights[position] if weights else 1.0
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank)
    return fused


def is_exact_term(term: str) -> bool:
    """A figure or code ("662.6", "kc-x", "f-35a") that only an exact match can find."""
    return any(c.isdigit() for c in term) or "-" in term


def hybrid_search(
    index: KnowledgeIndex, query: str, k: int, depth: int = 30, rrf_k: int = 60, vector: Any = None
) -> list[Hit]:
    """The ``k`` best passages for ``query`` by fused BM25 and dense ranks."""
    depth = max(depth, k)
    terms = index.lexicon.terms(query)
    lexical = index.lexical_search(terms, depth)
    if vector is None:
        vector = index.encoder.encode([query])[0]
    dense = index.dense_search(vector, depth)
    # A passage of bare references ("11) DAPA (2022).") answers nothing, yet its few words sit
    # close to any short question in embedding space and crowd real passages out of the fusion.
    lexical_ids = [pid for pid, _ in lexical if not index.references_only(pid)]
    dense_ids = [pid for pid, _ in dense if not index.references_only(pid)]
    # Embeddings blur numbers and codes; when the query holds one the sources know, BM25 leads.
    exact = any(is_exact_term(t) and index.idf(t) > 0 for t in terms)
    fused = reciprocal_rank_fusion([lexical_ids, dense_ids], rrf_k, [2.0 if exact else 1.0, 1.0])
    similarity = dict(dense)
    lex_rank = {pid: r for r, pid in enumerate(lexical_ids, start=1)}
    dense_rank = {pid: r for r, pid in enumerate(dense_ids, start=1)}
    ordered = sorted(fused, key=lambda pid: (-fused[pid], pid))[:k]
    # BM25's first choice stays in a longer list: it can sit far down the dense ranking ("Who is
    # the DAPA spokesperson…") and fusion alone would drop it for passages both rank middling.
    if k >= 5 and lexical_ids and lexical_ids[0] not in ordered:
        ordered[-1] = lexical_ids[0]
        ordered.sort(key=lambda pid: (-fused[pid], pid))
    return [
        Hit(pid, fused[pid], lex_rank.get(pid), dense_rank.get(pid), similarity.get(pid, 0.0))
        for pid in ordered
    ]


def __getattr__(name: str) -> Any:
    # The LangChain face lives in its own module: importing langchain_core takes about a second,
    # which a one-off ``tradebrief ask`` should not pay.
    if name == "HybridRetriever":
        from assistant.search.retriever import HybridRetriever

        return HybridRetriever
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
