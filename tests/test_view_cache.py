"""The view cache (assistant.search.view_cache): a fresh process maps the derived views in instead of
rebuilding them; a stale or damaged entry is never used; concurrent builders leave one entry; the
answers are the same with and without it.

The fast tests index the real sources with a stand-in encoder (hashed vectors): ``load`` never
embeds, so the views are the same as with the model's vectors, only the vectors differ.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from assistant.knowledge.chunks import split_source
from assistant.knowledge.sources import Source, SourceMeta, load_sources
from assistant.search import dense
from assistant.search import view_cache as cache_module
from assistant.search import views as views_module
from assistant.search.index import KnowledgeIndex
from assistant.search.terms import Lexicon
from assistant.settings import REPO_ROOT, Settings

QUERIES = [
    "offset threshold",
    "KC-X tanker Airbus",
    "USTR national trade estimate 2023",
    "F-35A Lockheed Martin",
    "DAPA guidelines",
]


class HashEncoder:
    """Deterministic unit vectors from a digest of each text: no model."""

    name = "hash"

    def encode(self, texts, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            vec = np.random.default_rng(seed).standard_normal(16).astype(np.float32)
            rows.append(vec / np.linalg.norm(vec))
        return np.stack(rows) if rows else np.zeros((0, 16), np.float32)


def on_disk(array: np.ndarray) -> bool:
    """Whether ``array`` is (a view of) a memory-mapped file, or a matrix read from its file a
    few rows at a time (``RowFile``): not read into memory."""
    from assistant.search.rowfile import RowFile

    if isinstance(array, RowFile):
        return True
    while array is not None:
        if isinstance(array, np.memmap):
            return True
        array = getattr(array, "base", None)
    return False


def _lexicon(settings: Settings) -> Lexicon:
    return Lexicon(settings.knowledge_dir / "aliases.yaml")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home whose embedded store holds the built-in sources (no view cache yet)."""
    home = tmp_path_factory.mktemp("views-store")
    settings = Settings(home=home)
    index = KnowledgeIndex(settings, _lexicon(settings), encoder=HashEncoder())
    index.sync(load_sources(settings.sources_dir), progress=False)
    shutil.rmtree(settings.views_dir, ignore_errors=True)
    return home


@pytest.fixture
def store(built: Path, tmp_path: Path) -> Settings:
    """A copy of the built store in a home of this test's own."""
    home = tmp_path / "home"
    shutil.copytree(built / "chroma", home / "chroma")
    return Settings(home=home)


def _index(settings: Settings) -> KnowledgeIndex:
    return KnowledgeIndex(settings, _lexicon(settings), encoder=HashEncoder())


def _opened(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> tuple[KnowledgeIndex, int]:
    """A freshly loaded index and how many times it derived the views, by building them or
    updating another state's (0: taken from the cache)."""
    index, derived = _derived(settings, monkeypatch)
    return index, sum(derived.values())


def _derived(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> tuple[KnowledgeIndex, dict[str, int]]:
    """A freshly loaded index, and how many times it built the views and updated them."""
    derived = {"built": 0, "updated": 0}
    originals = {"built": views_module.build, "updated": views_module.update}

    def counting(kind):
        def counted(*args, **kwargs):
            derived[kind] += 1
            return originals[kind](*args, **kwargs)

        return counted

    monkeypatch.setattr(views_module, "build", counting("built"))
    monkeypatch.setattr(views_module, "update", counting("updated"))
    index = _index(settings)
    index.load()
    monkeypatch.setattr(views_module, "build", originals["built"])
    monkeypatch.setattr(views_module, "update", originals["updated"])
    return index, derived


def _entries(settings: Settings) -> list[Path]:
    root = settings.views_dir
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.exists() else []


def assert_same_views(a: KnowledgeIndex, b: KnowledgeIndex) -> None:
    assert a.units == b.units and list(a.units) == list(b.units)
    assert a.passages == b.passages and list(a.passages) == list(b.passages)
    assert a.sources == b.sources and a.texts == b.texts and a.hashes == b.hashes
    assert dict(a.unit_terms) == dict(b.unit_terms)
    assert a.unit_df == b.unit_df
    assert a.vocabulary == b.vocabulary and a.years == b.years
    assert list(a.surfaces.items()) == list(b.surfaces.items())  # the same words, in order
    assert a.names == b.names
    for query in QUERIES:
        terms = a.lexicon.terms(query)
        assert a.lexical_search(terms, 30) == b.lexical_search(terms, 30)
        vector = HashEncoder().encode([query])[0]
        assert a.dense_search(vector, 30) == b.dense_search(vector, 30)
    some = list(a.units)[::7]
    va, vb = a.unit_vectors(some), b.unit_vectors(some)
    assert va.keys() == vb.keys() == set(some)
    for uid in some:
        assert np.array_equal(va[uid], vb[uid])
    assert a.idf("offset") == b.idf("offset")


def test_the_first_load_writes_the_views_and_the_next_one_maps_them_in(store, monkeypatch):
    settings = store
    first, built = _opened(store, monkeypatch)
    assert built == 1
    [entry] = _entries(settings)
    manifest = json.loads((entry / "manifest.json").read_text())
    assert manifest["format"] == cache_module.FORMAT and manifest["units"] == len(first.units)
    second, built = _opened(store, monkeypatch)
    assert built == 0  # nothing read from the store but the source records
    assert on_disk(second.views.vectors)
    assert_same_views(second, first)
    plain = _index(settings)
    plain.load(cached=False)
    assert_same_views(second, plain)
    # The vectors are the stored ones: a source's first unit is the first row of its first block.
    from assistant.search import blocks

    sid = second.units[next(iter(second.units))].source_id
    generation = plain.store._records()[sid]["generation"]
    stored = second.store._collection(blocks.COLLECTION).get(
        ids=[blocks.block_id(sid, generation, 0)], include=["metadatas"]
    )
    rows = blocks.Rows(int(stored["metadatas"][0]["count"]))
    rows.add(stored["metadatas"][0])
    assert np.array_equal(second.unit_vectors([f"{sid}#u0000"])[f"{sid}#u0000"], rows.matrix()[0])


def test_a_write_to_the_store_makes_the_cached_views_stale(store, monkeypatch):
    settings = store
    index, _ = _opened(store, monkeypatch)
    sid = next(iter(index.sources))
    writer = _index(settings)
    writer.remove(sid)
    after, built = _opened(store, monkeypatch)
    assert built == 1  # the old entry is for another state of the store: not used
    assert sid not in after.sources and not any(u.source_id == sid for u in after.units.values())
    plain = _index(settings)
    plain.load(cached=False)
    assert_same_views(after, plain)
    meta = SourceMeta(id="memo_1", title="A memo", origin="ingested", file="memo.txt")
    writer.add_document(Source(meta=meta, text="The KC-X memo. Airbus won in 2015."))
    again, built = _opened(store, monkeypatch)
    assert built == 1 and "memo_1" in again.sources
    memo = [uid for uid, u in again.units.items() if u.source_id == "memo_1"]
    assert memo and all(uid in again.unit_terms for uid in memo)
    cached, built = _opened(store, monkeypatch)
    assert built == 0
    assert_same_views(cached, again)


def assert_same_derivation(a: KnowledgeIndex, b: KnowledgeIndex) -> None:
    """``assert_same_views``, and the derived arrays themselves are the same."""
    assert_same_views(a, b)
    va, vb = a.views, b.views
    assert dict(va.units.items()) == dict(vb.units.items())
    assert va.bm25.vocab == vb.bm25.vocab and va.bm25.num_docs == vb.bm25.num_docs
    for name in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(va.bm25, name), getattr(vb.bm25, name))
    assert np.array_equal(va.vectors, vb.vectors)
    assert np.array_equal(va.passage_vectors, vb.passage_vectors)
    assert va.unit_terms._vocab == vb.unit_terms._vocab
    assert np.array_equal(va.unit_terms._ids, vb.unit_terms._ids)
    for name in ("unit_words", "unit_names", "passage_terms"):
        la, lb = getattr(va.kept, name), getattr(vb.kept, name)
        assert la.vocab == lb.vocab and np.array_equal(la.values, lb.values)
        assert np.array_equal(la.offsets, lb.offsets)


def test_after_a_write_the_views_are_updated_from_the_last_entry_and_equal_a_full_build(
    store, monkeypatch
):
    settings = store
    _opened(store, monkeypatch)
    writer = _index(settings)
    writer.load()
    removed = sorted(writer.sources)[1]
    writer.remove(removed)
    after, derived = _derived(store, monkeypatch)
    assert derived == {"built": 0, "updated": 1}
    plain = _index(settings)
    plain.load(cached=False)
    assert_same_derivation(after, plain)
    assert removed not in after.units.sources
    # A document added, then a built-in source changed: each time only what was written is read.
    meta = SourceMeta(id="memo_1", title="A memo", origin="ingested", file="memo.txt")
    text = "The KC-X memo. Airbus won in 2015 against Boeing. Zyxwvut Offsets rose."
    writer.add_document(Source(meta=meta, text=text))
    added, derived = _derived(store, monkeypatch)
    assert derived == {"built": 0, "updated": 1}
    plain = _index(settings)
    plain.load(cached=False)
    assert_same_derivation(added, plain)
    assert "zyxwvut" in added.names and "zyxwvut" in added.surfaces
    sources = [s for s in load_sources(settings.sources_dir) if s.id != removed]
    changed = Source(meta=sources[0].meta, text=sources[0].text + "\n\nA closing line on offsets.")
    writer.sync([changed, *sources[1:]], progress=False)
    synced, derived = _derived(store, monkeypatch)
    assert derived == {"built": 0, "updated": 1}
    plain = _index(settings)
    plain.load(cached=False)
    assert_same_derivation(synced, plain)
    # The updated entry is whole: the next process maps it in.
    again, derived = _derived(store, monkeypatch)
    assert derived == {"built": 0, "updated": 0}
    assert_same_derivation(again, plain)


def test_an_entry_for_another_state_is_not_used_even_under_the_right_name(store, monkeypatch):
    settings = store
    _opened(store, monkeypatch)
    [entry] = _entries(settings)
    manifest = json.loads((entry / "manifest.json").read_text())
    manifest["key"] = "0" * 40
    (entry / "manifest.json").write_text(json.dumps(manifest))
    index, built = _opened(store, monkeypatch)
    assert built == 1
    assert json.loads((entry / "manifest.json").read_text())["key"] == entry.name  # rewritten
    plain = _index(settings)
    plain.load(cached=False)
    assert_same_views(index, plain)


@pytest.mark.parametrize(
    "damage",
    [
        "truncate vectors",
        "flip a byte of the records",
        "flip a byte of a unit's text",
        "drop a column of the passages",
        "drop the bm25 index",
        "garble the manifest",
        "older format",
        "empty term offsets",
        "truncate the quantised codes",
        "drop a quantised array",
    ],
)
def test_a_damaged_entry_is_detected_and_rebuilt_never_used(store, monkeypatch, damage, caplog):
    settings = store
    if "quantised" in damage:  # as large a store as has its vectors quantised in the cache
        monkeypatch.setattr(dense, "SCAN_FROM", 0)
    _opened(store, monkeypatch)
    [entry] = _entries(settings)
    if damage == "truncate the quantised codes":
        path = entry / "dense_codes.npy"
        path.write_bytes(path.read_bytes()[:-100])
    elif damage == "drop a quantised array":
        (entry / "dense_residuals.npy").unlink()
    elif damage == "truncate vectors":
        path = entry / "vectors.npy"
        path.write_bytes(path.read_bytes()[:-100])
    elif damage == "flip a byte of the records":
        path = entry / "records.pkl"
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    elif damage == "flip a byte of a unit's text":
        path = entry / "units_text.npy"
        data = bytearray(path.read_bytes())
        data[-len(data) // 3] ^= 0x20
        path.write_bytes(bytes(data))
    elif damage == "drop a column of the passages":
        (entry / "passages_unit_ids.npy").unlink()
    elif damage == "drop the bm25 index":
        (entry / "bm25_indptr.npy").unlink()
    elif damage == "garble the manifest":
        (entry / "manifest.json").write_text("{not json")
    elif damage == "older format":
        manifest = json.loads((entry / "manifest.json").read_text())
        manifest["format"] = "0"
        (entry / "manifest.json").write_text(json.dumps(manifest))
    elif damage == "empty term offsets":
        np.save(entry / "term_offsets.npy", np.zeros(0, dtype=np.int64))
    index, built = _opened(store, monkeypatch)
    assert built == 1
    assert "view cache" in caplog.text and caplog.text.count("not usable") == 1  # said once
    plain = _index(settings)
    plain.load(cached=False)
    assert_same_views(index, plain)
    # The rebuilt entry is whole again: the next process maps it in.
    [entry] = _entries(settings)
    again, built = _opened(store, monkeypatch)
    assert built == 0
    assert_same_views(again, plain)


_LOADER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from assistant.search.index import KnowledgeIndex
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    url = sys.argv[2] if len(sys.argv) > 2 else None  # a Chroma server's, or the home's store
    settings = Settings(home=Path(sys.argv[1]), chroma_url=url)
    builds = []
    build = KnowledgeIndex._build_views

    def slow(self, *args):
        builds.append(1)
        time.sleep(1.5)  # long enough for the other process to want the views too
        return build(self, *args)

    KnowledgeIndex._build_views = slow
    index = KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml"))
    index.load()
    terms = index.lexicon.terms("offset threshold")
    print(json.dumps({"builds": len(builds), "units": len(index.units),
                      "hits": index.lexical_search(terms, 10)}))
    """
)


@pytest.mark.slow
def test_two_processes_building_at_once_leave_one_valid_entry(store, monkeypatch):
    settings = store
    outs = _load_at_once(settings.home)
    assert sum(o["builds"] for o in outs) == 1  # the second waited for the first one's entry
    assert outs[0]["units"] == outs[1]["units"] > 300
    assert outs[0]["hits"] == outs[1]["hits"]
    entries = _entries(settings)
    assert [p.name[:4] for p in entries] not in (["tmp-"], ["tras"])
    assert len(entries) == 1
    index, built = _opened(store, monkeypatch)
    assert built == 0
    plain = _index(settings)
    plain.load(cached=False)
    assert_same_views(index, plain)


def _load_at_once(home: Path, *url: str) -> list[dict]:
    """What two processes loading the index of ``home`` (on the server ``url``) at once saw."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _LOADER, str(home), *url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    outs = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outs.append(json.loads(out.strip().splitlines()[-1]))
    return outs


@pytest.mark.slow
def test_the_views_of_a_server_are_built_once_into_one_local_entry_keyed_by_its_state(tmp_path):
    from chroma_servers import running_server

    home = tmp_path / "home"
    with running_server(tmp_path / "server") as (url, _):
        settings = Settings(home=home, chroma_url=url)
        writer = _index(settings)
        writer.sync(load_sources(settings.sources_dir), progress=False)
        shutil.rmtree(settings.views_dir, ignore_errors=True)
        outs = _load_at_once(home, url)
        assert sum(o["builds"] for o in outs) == 1  # the second waited for the first one's entry
        assert outs[0] == {**outs[1], "builds": outs[0]["builds"]} and outs[0]["units"] > 300
        [entry] = _entries(settings)
        records = writer.store._store_records()
        assert entry.name == cache_module.state_key(settings, _lexicon(settings), records)
        written = json.loads((entry / cache_module.MANIFEST).read_text())
        assert written["location"] == url
        # Later processes map it in; a write to the server makes it stale, never used again.
        again = _load_at_once(home, url)
        assert [o["builds"] for o in again] == [0, 0] and again[0]["hits"] == outs[0]["hits"]
        memo = Source(
            meta=SourceMeta(id="memo", title="Memo", origin="ingested", file="memo.txt"),
            text="The offset threshold memo. The threshold was lowered to 10 million dollars.\n",
        )
        writer.add_document(memo)
        after = _index(settings)
        after.load()
        assert "memo" in after.sources and any(u.startswith("memo#") for u in after.units)
        plain = _index(settings)
        plain.load(cached=False)
        assert_same_views(after, plain)
        assert len(_entries(settings)) == 2


def test_a_killed_write_leaves_no_entry_and_its_leftovers_are_cleared(store, monkeypatch):
    settings = store
    cache = cache_module.ViewCache(settings)
    cache.root.mkdir(parents=True)
    leftover = cache.root / "tmp-0123"
    leftover.mkdir()
    (leftover / "records.pkl").write_bytes(b"half")
    index, built = _opened(store, monkeypatch)
    assert built == 1
    assert not leftover.exists()
    assert [p.name for p in _entries(settings)] != ["tmp-0123"]


def test_a_cache_that_cannot_be_written_still_loads(store, monkeypatch):
    settings = store
    monkeypatch.setattr(cache_module, "_write", _raise_oserror)
    index, built = _opened(store, monkeypatch)
    assert built == 1 and index.units
    assert not _entries(settings)
    plain = _index(settings)
    plain.load(cached=False)
    assert_same_views(index, plain)


def _raise_oserror(*args, **kwargs):
    raise OSError(28, "No space left on device")


def test_the_views_of_a_server_are_keyed_by_its_url(store):
    settings = store
    lexicon = _lexicon(settings)
    records = {"a": {"hash": "h", "generation": "g", "version": "4", "encoder": "m"}}
    server = Settings(home=settings.home, chroma_url="http://host:8000")
    other = Settings(home=settings.home, chroma_url="http://other:8000")
    keys = {cache_module.state_key(s, lexicon, records) for s in (settings, server, other)}
    assert len(keys) == 3
    changed = {"a": {**records["a"], "generation": "g2"}}
    assert cache_module.state_key(server, lexicon, changed) != cache_module.state_key(
        server, lexicon, records
    )


def test_a_change_to_the_code_that_derives_the_views_names_a_new_entry(
    store, monkeypatch, tmp_path
):
    # An upgrade that changes how units' terms are derived must not be served the views an
    # older version wrote for the same store state and the same alias table.
    settings = store
    lexicon = _lexicon(settings)
    records = {"a": {"hash": "h", "generation": "g", "version": "4", "encoder": "m"}}
    deriving = tmp_path / "views.py"
    deriving.write_text("VERSION = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache_module, "_DERIVING", (deriving,))
    before = cache_module.state_key(settings, lexicon, records)
    assert cache_module.state_key(settings, lexicon, records) == before
    deriving.write_text("VERSION = 2\n", encoding="utf-8")
    assert cache_module.state_key(settings, lexicon, records) != before


# -- with the model: answers ----------------------------------------------------------------------


def _questions() -> list[str]:
    import yaml

    cases = yaml.safe_load((REPO_ROOT / "evals" / "questions.yaml").read_text(encoding="utf-8"))
    asked = [c["question"] for c in cases if c.get("question")]
    return [*asked[::12][:11], "What is the capital of France?"]


def test_answers_are_the_same_with_and_without_the_view_cache(assistant, monkeypatch):
    from assistant import Assistant

    settings = assistant.settings
    questions = _questions()
    assert len(questions) == 12
    # With the cache: the session's first load wrote it; a new assistant maps it in.
    builds = []
    build = KnowledgeIndex._build_views

    def counted(self, *args):
        builds.append(1)
        return build(self, *args)

    monkeypatch.setattr(KnowledgeIndex, "_build_views", counted)
    cached = Assistant(settings, progress=False)
    with_cache = [cached.ask(q).model_dump() for q in questions]
    assert builds == []
    assert on_disk(cached.index.views.vectors)
    # Without it: everything read from the store and built in memory.
    monkeypatch.setattr(cache_module.ViewCache, "open", lambda self, key, quiet=False: None)
    monkeypatch.setattr(cache_module.ViewCache, "write", lambda self, *a: False)
    plain = Assistant(settings, progress=False)
    without = [plain.ask(q).model_dump() for q in questions]
    assert builds == [1]
    assert not on_disk(plain.index.views.vectors)
    for a, b in zip(with_cache, without, strict=True):
        assert a == b
    assert any(a["citations"] for a in with_cache) and any(a["abstained"] for a in with_cache)


def test_bm25_scores_are_bm25s_to_the_bit_and_ties_go_to_the_smaller_passage():
    """``Bm25Scores.top`` (no bm25s at query time) against ``bm25s.BM25`` itself: the same
    float32 scores as ``retrieve`` gives, the passages in order of score, then of row."""
    import bm25s

    settings = Settings()
    lexicon = _lexicon(settings)
    passages = [
        lexicon.terms(p.text)
        for s in load_sources(settings.sources_dir)
        for p in split_source(s)[1]
    ]
    vocab: dict[str, int] = {}
    tokens = [[vocab.setdefault(t, len(vocab)) for t in doc] for doc in passages]
    bm25 = bm25s.BM25()
    # bm25s adds its own empty token to the vocabulary it is given: it gets a copy, so the
    # queries below hold only ids of real terms.
    bm25.index(bm25s.tokenization.Tokenized(ids=tokens, vocab=dict(vocab)), show_progress=False)
    ours = views_module.Bm25Scores.of(bm25, vocab)
    queries = [[vocab[t] for t in lexicon.terms(q) if t in vocab] for q in QUERIES]
    queries += [[t] for t in range(0, len(vocab), 11)]  # single terms, rare and common
    queries += [[t, t] for t in range(0, len(vocab), 97)]  # a term asked twice counts twice
    tied = 0
    for query in filter(None, queries):
        every = bm25.get_scores(query)
        held = np.flatnonzero(every > 0)
        expected = held[np.lexsort((held, -every[held]))]
        tied += len(expected) > len(set(every[held].tolist()))
        for k in (1, 5, 30, len(tokens)):
            docs, scores = bm25.retrieve([query], k=k, show_progress=False, n_threads=1)
            rows, best = ours.top(query, k)
            assert best.tolist() == [s for s in scores[0].tolist() if s > 0]
            assert rows.tolist() == expected[:k].tolist()
    assert tied  # ties were met, and broken by row
