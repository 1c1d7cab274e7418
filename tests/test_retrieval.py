"""Hybrid retrieval finds exact figures and names, and honours LangChain's retriever contract."""

from __future__ import annotations

import pytest
from langchain_core.retrievers import BaseRetriever
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant.search.retrieval import reciprocal_rank_fusion
from assistant.search.retriever import HybridRetriever

pytestmark = pytest.mark.slow


def test_reciprocal_rank_fusion_rewards_agreement():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "a", "d"]], k=60)
    assert fused["a"] == fused["b"] > fused["c"] > 0
    assert max(fused, key=fused.get) in {"a", "b"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("KC-X", "KC-X project"),
        ("F-35A aircraft", "40 F-35A aircraft"),
        ("$662.6 million", "$662.6 million"),
        ("USD 270 million", "USD 270 million"),
        ("1986", "1986"),
        ("27 offset trade contracts 13 countries", "27 offset trade contracts"),
        ("Offset value per contract", "Offset value per contract"),
    ],
)
def test_exact_figures_and_names_retrieve_the_sentence_that_states_them(assistant, query, expected):
    documents = assistant.retriever(k=3).invoke(query)
    assert any(expected in d.page_content for d in documents), [
        d.page_content[:80] for d in documents
    ]


def test_documents_carry_source_and_offsets(assistant, sources):
    for document in assistant.retriever(k=5).invoke("offset banking"):
        source = sources[document.metadata["source_id"]]
        assert document.metadata["title"] == source.title
        assert 0 <= document.metadata["start"] < document.metadata["end"] <= len(source.text)


def test_k_per_call_overrides_k_of_the_constructor(assistant):
    retriever = assistant.retriever(k=5)
    assert len(retriever.invoke("offset", k=2)) == 2
    assert len(retriever.invoke("offset")) == 5


class TestLangChainRetrieverStandard(RetrieversIntegrationTests):
    """LangChain's own standard retriever tests, run against our retriever."""

    @pytest.fixture(autouse=True)
    def _index(self, assistant):
        type(self)._shared_index = assistant.index

    @property
    def retriever_constructor(self) -> type[BaseRetriever]:
        return HybridRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"index": type(self)._shared_index}

    @property
    def retriever_query_example(self) -> str:
        return "What threshold triggers a defense offset obligation in Korea?"
