"""What the evaluation compares tradebrief with: "the answer is the top retrieved passage".

Three baselines on the same index: BM25 alone, dense (MiniLM in Chroma) alone, and the same
hybrid ranking tradebrief uses. They never abstain (unless nothing at all is retrieved), never
call the calculator and cite every sentence of the passage they return. The gap between the
full system and the hybrid baseline is what scope checks, data tables, the calculator and
sentence selection add; the gaps to BM25 and dense show what fusing the rankings adds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.answering.compose import unit_citation
from assistant.answering.followup import resolve
from assistant.answers import Answer, Turn
from assistant.search.retrieval import hybrid_search

if TYPE_CHECKING:
    from assistant.pipeline import Assistant
    from assistant.search.index import KnowledgeIndex

# Passages ranked for the retrieval measures (MRR looks this deep).
DEPTH = 30
# A ranked passage: (source id, start, end, passage id).
Ranked = tuple[str, int, int, str]


def query_of(index: KnowledgeIndex, question: str, history: list[Turn]) -> str:
    """The text retrieval runs on: the question, plus what a follow-up refers to (as ``ask`` does)."""
    focus = len([t for t in index.lexicon.terms(question) if index.idf(t) > 0])
    return resolve(question, history, focus).query


def rank(index: KnowledgeIndex, method: str, query: str, rrf_k: int = 60) -> list[Ranked]:
    """Passages for ``query`` by ``method`` (bm25, dense or hybrid), best first."""
    if method == "bm25":
        ids = [pid for pid, _ in index.lexical_search(index.lexicon.terms(query), DEPTH)]
    elif method == "dense":
        vector = index.encoder.encode([query])[0]
        ids = [pid for pid, _ in index.dense_search(vector, DEPTH)]
    elif method == "hybrid":
        ids = [hit.passage_id for hit in hybrid_search(index, query, DEPTH, rrf_k=rrf_k)]
    else:
        raise ValueError(f"unknown retrieval method {method!r}")
    passages = [index.passages[pid] for pid in ids if pid in index.passages]
    return [(p.source_id, p.start, p.end, p.id) for p in passages]


def top_passage_answer(index: KnowledgeIndex, question: str, ranked: list[Ranked]) -> Answer:
    """The first ranked passage as the answer, each of its sentences cited verbatim."""
    if not ranked:
        return Answer(question=question, answer="Nothing was retrieved.", abstained=True)
    units = index.units_of(ranked[0][3])
    citations, parts = [], []
    for marker, unit in enumerate(units, start=1):
        citations.append(unit_citation(index, unit, marker))
        parts.append(f"{' '.join(unit.text.split())} [{marker}]")
    return Answer(question=question, answer=" ".join(parts), citations=citations)


class Baseline:
    """Answers with the top passage of one retrieval method."""

    def __init__(self, assistant: Assistant, method: str) -> None:
        self.assistant = assistant
        self.method = method

    def ask(self, question: str, history: list[Turn]) -> tuple[Answer, list[Ranked]]:
        index = self.assistant.index
        ranked = rank(
            index, self.method, query_of(index, question, history), self.assistant.settings.rrf_k
        )
        return top_passage_answer(index, question, ranked), ranked


BASELINES = {
    "bm25": "BM25 alone, top passage",
    "dense": "dense alone, top passage",
    "hybrid": "hybrid retrieval, top passage",
}
