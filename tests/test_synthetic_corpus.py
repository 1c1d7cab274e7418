"""The benchmark's synthetic corpus generator (benchmarks/synthetic.py): its behaviour, not speed."""

from __future__ import annotations

import importlib.util
import re
import sys

import pytest

from assistant.knowledge.chunks import split_source
from assistant.settings import REPO_ROOT


@pytest.fixture(scope="module")
def synthetic():
    path = REPO_ROOT / "benchmarks" / "synthetic.py"
    spec = importlib.util.spec_from_file_location("tradebrief_bench_synthetic", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building the class
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def real_sources():
    from assistant.knowledge.sources import load_sources
    from assistant.settings import Settings

    return load_sources(Settings().sources_dir)


def test_same_seed_gives_the_same_corpus_and_another_seed_a_different_one(synthetic, real_sources):
    first = synthetic.make_corpus(real_sources, 250, seed=7)
    again = synthetic.make_corpus(real_sources, 250, seed=7)
    other = synthetic.make_corpus(real_sources, 250, seed=8)
    assert [s.text for s in first.sources] == [s.text for s in again.sources]
    assert [s.text for s in first.sources] != [s.text for s in other.sources]


@pytest.mark.parametrize("chunks", [1, 99, 100, 101, 357])
def test_chunker_makes_exactly_the_requested_number_of_passages(synthetic, real_sources, chunks):
    corpus = synthetic.make_corpus(real_sources, chunks, seed=0)
    passages = sum(len(split_source(source)[1]) for source in corpus.sources)
    assert corpus.chunks == passages == chunks
    assert len({s.id for s in corpus.sources}) == len(corpus.sources)


def test_text_is_made_of_the_sources_sentences_with_terms_substituted(synthetic, real_sources):
    corpus = synthetic.make_corpus(real_sources, 300, seed=3)
    sentences, _ = synthetic.base_texts(real_sources)
    real_text = " ".join(s.text for s in real_sources)
    units = [u for source in corpus.sources for u in split_source(source)[0]]
    # Every unit the chunker finds is a sentence (or title) the generator made from a real one.
    assert all(u.text in corpus.origin for u in units)
    body = [u for u in units if u.kind == "sentence"]
    assert len(body) > 300
    # Once numbers, names, companies, countries and codes are masked, each is a real sentence.
    mask = re.compile(r"\d[\d,.]*|\b[A-Z][\w-]*(?: [A-Z][\w-]*)*")

    def masked(text: str) -> str:
        return mask.sub("#", text)

    real_masked = {masked(s) for s in sentences}
    assert all(masked(u.text) in real_masked for u in body)
    # ...and substitution changed many of them, so the corpus is not the sources repeated.
    changed = sum(1 for u in body if u.text not in real_text)
    assert changed > len(body) / 3


def test_derived_vectors_are_unit_length_and_stable(synthetic, real_sources):
    np = pytest.importorskip("numpy")
    corpus = synthetic.make_corpus(real_sources, 50, seed=1)
    base = np.random.default_rng(0).standard_normal((len(corpus.base), 384)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    encoder = synthetic.DerivedEncoder(corpus, base, seed=1)
    _, passages = split_source(corpus.sources[0])
    texts = [p.text for p in passages]
    vectors = encoder.encode(texts)
    assert vectors.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors, encoder.encode(texts))
    assert encoder.unknown == 0
