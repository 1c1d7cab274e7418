"""Measure tradebrief at scale: a synthetic corpus of N chunks indexed and queried through the
project's own code path (KnowledgeIndex.sync into embedded Chroma, load() with the bm25s view,
retrieval.hybrid_search), with build time, disk size, query latency and memory at each size.

    .venv/bin/python benchmarks/scale.py --sizes 10000,100000
    .venv/bin/python benchmarks/scale.py --quick          # 1,000 chunks, a smoke run

Each size runs in two fresh processes (build, then reopen and query), so each has its own peak
RSS, in a temporary TRADEBRIEF_HOME deleted afterwards. Stored vectors are derived from real
embeddings (see synthetic.py); query vectors come from the real model, and real encoding
throughput is measured on a sample (``encode``), from which the time to embed a corpus for real
is projected. ``run_all.py`` calls this and writes RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)
os.environ.setdefault("HF_HUB_OFFLINE", "1")

QUESTIONS = ROOT / "evals" / "questions.yaml"
CACHED_MODELS = ROOT / ".tradebrief-home" / "models"
DEPTH = 30  # retrieval.hybrid_search's default depth of each ranking


# -- helpers shared with run_all.py and latency.py -------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib(field: str = "VmRSS") -> float:
    """Resident set size of this process now (``RssAnon``: its own memory; ``RssFile``: pages of
    files it maps, the view cache among them, which the kernel can drop and read again)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def disk_mib(path: Path) -> float:
    """Space the files under ``path`` take on disk (allocated blocks, as ``du`` counts)."""
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            total += os.stat(os.path.join(folder, name)).st_blocks * 512
    return total / 2**20


def questions(limit: int | None = None) -> list[str]:
    """The questions of the evaluation set, each turn of a conversation case as one (read from the YAML)."""
    from assistant.datafiles import read_yaml

    texts = []
    for item in read_yaml(QUESTIONS):
        texts += [item["question"]] if item.get("question") else list(item.get("turns") or [])
    return texts[:limit] if limit else texts


def fresh_home(prefix: str) -> Path:
    """A temporary TRADEBRIEF_HOME holding the ONNX export (copied if this checkout has one)."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    if CACHED_MODELS.is_dir():
        shutil.copytree(CACHED_MODELS, home / "models")
    else:
        code = "import sys; from pathlib import Path; from assistant.search.encoder import export_onnx; export_onnx(Path(sys.argv[1]))"
        subprocess.run([sys.executable, "-c", code, str(home / "models")], check=True, cwd=ROOT)
    return home


def load_average() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


QUESTION = "Which company built the aerial refueling aircraft Korea bought?"


def cli() -> list[str]:
    """The `tradebrief` command of this environment."""
    script = Path(sys.executable).with_name("tradebrief")
    return [str(script)] if script.exists() else [sys.executable, "-m", "assistant.cli"]


def timed_child(argv: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Wall time of a child process and its peak RSS in MiB (from GNU time, when installed).

    The child runs this checkout's code (ROOT first on PYTHONPATH): a `tradebrief` script whose
    environment has the package installed in editable mode imports the checkout it was installed
    from, and a worktree sharing another checkout's .venv would time that one's code instead
    (the thirty-eighth round's cold asks, "2.2-2.5 s on both sides", timed the main checkout's
    older code both times)."""
    gnu_time = shutil.which("time")
    prefix = [gnu_time, "-f", "peak-kib %M"] if gnu_time else []
    path = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    began = time.perf_counter()
    done = subprocess.run(
        [*prefix, *argv],
        env={**env, "PYTHONPATH": path},
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - began
    peak = None
    for line in done.stderr.splitlines():
        if line.startswith("peak-kib "):
            peak = int(line.split()[1]) / 1024
    return seconds, peak


def knowledge_folder(home: Path, sources: list[Any]) -> Path:
    """A copy of the knowledge folder in ``home`` whose built-in sources are the real ones and
    ``sources``, each written as a .txt file listed in sources.yaml."""
    import yaml

    from assistant.settings import Settings

    folder = home / "knowledge"
    shutil.copytree(Settings().knowledge_dir, folder)
    listed = folder / "sources" / "sources.yaml"
    entries = [s.meta.model_dump(mode="json", exclude_defaults=True) for s in sources]
    with listed.open("a", encoding="utf-8") as file:
        file.write("\n")
        yaml.safe_dump(entries, file, allow_unicode=True, sort_keys=False)
    for source in sources:
        (folder / "sources" / f"{source.id}.txt").write_text(source.text, encoding="utf-8")
    return folder


def step_cold_ask(home: Path, runs: int) -> dict[str, Any]:
    """`tradebrief ask` in fresh processes on the built store (its view cache written by the
    reopen steps before), as a user runs it: wall time and peak RSS of each, after a first one
    (timed apart) that writes the home's caches."""
    env = {
        **os.environ,
        "TRADEBRIEF_HOME": str(home),
        "TRADEBRIEF_KNOWLEDGE": str(home / "knowledge"),
    }
    result: dict[str, Any] = {"load_before": load_average(), "question": QUESTION}
    # The first ask in a home also embeds the facts' texts and caches them (home/cache), once.
    result["first_s"], _ = timed_child([*cli(), "ask", QUESTION], env)
    colds = [timed_child([*cli(), "ask", QUESTION], env) for _ in range(runs)]
    result["cold_runs_s"] = [c[0] for c in colds]
    result["cold_s"] = statistics.median(c[0] for c in colds)
    peaks = [c[1] for c in colds if c[1] is not None]
    result["cold_peak_rss_mib"] = max(peaks) if peaks else None
    result["load_after"] = load_average()
    return result


def _worker(command: str, home: Path, **options: Any) -> dict[str, Any]:
    """Run one step in a fresh process and read back what it measured."""
    out = home / f"{command}.json"
    argv = [sys.executable, __file__, command, "--home", str(home), "--out", str(out)]
    for key, value in options.items():
        argv += [f"--{key.replace('_', '-')}", str(value)]
    subprocess.run(argv, check=True, cwd=ROOT)
    return json.loads(out.read_text())


# -- timing wrappers -----------------------------------------------------------------------------


# Records per page when a whole collection is read in pages (see _paged_get).
PAGE = 10_000
_LISTS = ("ids", "documents", "metadatas", "embeddings", "uris", "data")


def _paged_get(get: Any, **kwargs: Any) -> Any:
    """``collection.get`` of every record, read ``PAGE`` records at a time and merged.

    Embedded Chroma 1.5.9 answered a plain ``get()`` of the 100k-chunk store's units with "too
    many SQL variables" (17k units were fine); paging is how the benchmark measures the rest.
    """
    merged: dict[str, Any] = {}
    offset = 0
    while True:
        got = get(**kwargs, limit=PAGE, offset=offset)
        for key, value in got.items():
            if key in _LISTS and value is not None:
                merged.setdefault(key, []).extend(value)
            else:
                merged.setdefault(key, value)
        if len(got["ids"]) < PAGE:
            return merged
        offset += PAGE


class _TimedCollection:
    """A Chroma collection whose method calls add their time to ``totals``; whole-collection
    reads go in pages when ``paging["on"]`` is set."""

    def __init__(self, inner: Any, totals: Counter[str], paging: dict[str, bool]) -> None:
        self._inner, self._totals, self._paging = inner, totals, paging

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        if not callable(attribute):
            return attribute
        if name == "get" and self._paging.get("on"):
            plain = attribute

            def attribute(*args: Any, **kwargs: Any) -> Any:
                if args or kwargs.get("ids") is not None or kwargs.get("limit") is not None:
                    return plain(*args, **kwargs)
                return _paged_get(plain, **kwargs)

        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return attribute(*args, **kwargs)
            finally:
                self._totals[f"chroma {name}"] += time.perf_counter() - began

        return timed


def _time_collections(
    index: Any, totals: Counter[str], paging: dict[str, bool] | None = None
) -> None:
    original = index.store._collection
    flags = paging if paging is not None else {}
    index.store._collection = lambda name: _TimedCollection(original(name), totals, flags)


class _ProgressEncoder:
    """Wraps an encoder: times it and moves a progress bar one step per call."""

    def __init__(self, inner: Any, totals: Counter[str], bar: Any) -> None:
        self._inner, self._totals, self._bar = inner, totals, bar
        self.name = inner.name

    def encode(self, texts: Any, batch_size: int = 32, progress: bool = False) -> Any:
        began = time.perf_counter()
        vectors = self._inner.encode(texts, batch_size=batch_size)
        self._totals["vectors"] += time.perf_counter() - began
        self._bar.update(1)
        return vectors


# -- the steps, each in its own process ------------------------------------------------------------


def _time_views(totals: Counter[str]) -> None:
    """Time the view cache's public steps: derive the views, write an entry, open one."""
    from assistant.search import view_cache, views

    build, write, opened = views.build, view_cache.ViewCache.write, view_cache.ViewCache.open

    def timed_build(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return build(*args, **kwargs)
        finally:
            totals["views build"] += time.perf_counter() - began
            totals["views build calls"] += 1

    def timed_write(self: Any, *args: Any) -> Any:
        began = time.perf_counter()
        try:
            return write(self, *args)
        finally:
            totals["views write"] += time.perf_counter() - began

    def timed_open(self: Any, key: str, quiet: bool = False) -> Any:
        began = time.perf_counter()
        try:
            return opened(self, key, quiet)
        finally:
            totals["views open"] += time.perf_counter() - began

    views.build = timed_build  # type: ignore[assignment]
    view_cache.ViewCache.write = timed_write  # type: ignore[method-assign]
    view_cache.ViewCache.open = timed_open  # type: ignore[method-assign]


def step_build(home: Path, size: int, seed: int) -> dict[str, Any]:
    """Generate the corpus and index it with KnowledgeIndex.sync (derived vectors)."""
    from synthetic import DerivedEncoder, make_corpus
    from tqdm import tqdm

    from assistant.knowledge.sources import load_sources
    from assistant.search.encoder import load_encoder
    from assistant.search.index import KnowledgeIndex
    from assistant.search.store import _VECTORS
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    result: dict[str, Any] = {"size": size, "load_before": load_average()}
    began = time.perf_counter()
    corpus = make_corpus(load_sources(Settings().sources_dir), size, seed)
    result["generate_s"] = time.perf_counter() - began
    result["sources"] = len(corpus.sources)
    result["corpus_mib"] = sum(len(s.text.encode()) for s in corpus.sources) / 2**20
    # The corpus becomes the built-in sources of a knowledge folder of this home's own, beside
    # the real ones, so that `tradebrief ask` (TRADEBRIEF_KNOWLEDGE) finds its store current.
    settings = Settings(home=home, knowledge_dir=knowledge_folder(home, corpus.sources))
    sources = load_sources(settings.sources_dir)

    began = time.perf_counter()
    real = load_encoder(settings)
    base_vectors = real.encode(corpus.base)
    result["base_texts"] = len(corpus.base)
    result["base_embed_s"] = time.perf_counter() - began

    totals: Counter[str] = Counter()
    derived = DerivedEncoder(corpus, base_vectors, seed)
    # Stored under the real model's name: a `tradebrief ask` (which embeds its question with
    # it) takes the store as current instead of re-embedding it. The vectors stay derived.
    derived.name = real.name
    lexicon = Lexicon(settings.knowledge_dir / "aliases.yaml")
    with tqdm(total=2 * len(sources), desc=f"indexing {size:,} chunks", unit="call",
              file=sys.stderr) as bar:  # fmt: skip
        index = KnowledgeIndex(settings, lexicon, encoder=_ProgressEncoder(derived, totals, bar))
        _time_collections(index, totals)
        report = index.sync(sources, progress=False)
    result["sync_s"] = report.seconds
    result["units"] = report.units
    result["vectors_s"] = totals["vectors"]
    writes = ("chroma add", "chroma upsert", "chroma update")
    result["chroma_write_s"] = sum(totals[k] for k in writes)
    result["chroma_delete_s"] = totals["chroma delete"]
    result["chroma_other_s"] = sum(
        v for k, v in totals.items() if k.startswith("chroma") and k not in (*writes, "chroma delete")
    )  # fmt: skip
    result["chroma_calls"] = {k: round(v, 3) for k, v in totals.items()}
    result["unknown_texts"] = derived.unknown
    rows = sum(int(r["rows"]) for r in index.store._store_records().values())
    result["passages"] = rows - report.units
    result["unit_records"] = report.units  # units indexed (their vectors are in blocks)
    result["vector_blocks"] = index.store._collection(_VECTORS).count()
    result["vectors_per_s"] = rows / result["chroma_write_s"] if result["chroma_write_s"] else None
    result["disk_mib"] = disk_mib(settings.chroma_dir)
    result["peak_rss_mib"] = peak_rss_mib()
    result["load_after"] = load_average()
    return result


def step_query(
    home: Path, size: int, repeat: int, limit: int | None, paged: str = "fallback"
) -> dict[str, Any]:
    """Reopen the store in a fresh process, load it, and time hybrid queries and their parts."""
    began_process = time.perf_counter()
    from assistant.errors import IndexStoreError
    from assistant.search.index import KnowledgeIndex
    from assistant.search.retrieval import hybrid_search
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    result: dict[str, Any] = {"size": size, "load_before": load_average()}
    result["import_s"] = time.perf_counter() - began_process
    settings = Settings(home=home)
    totals: Counter[str] = Counter()
    paging = {"on": paged == "always"}
    index = KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml"))
    # As tradebrief's Assistant does: the model starts loading while the store is opened.
    index.prepare_encoder()
    _time_collections(index, totals, paging)
    _time_views(totals)
    # load() opens the store (importing chromadb) only when it needs it: no store manifest, or
    # no view cache entry for the state it names. Its time is then part of load_s.
    result["open_s"] = 0.0
    began = time.perf_counter()
    result["stock_load"] = "paged from the start" if paging["on"] else "ok"
    try:
        index.load()
    except IndexStoreError as exc:
        # tradebrief's own load() reads each collection in one get(), which embedded Chroma
        # refuses for a large one. Say so, then measure the rest with the reads paged.
        result["stock_failed_s"] = time.perf_counter() - began
        result["stock_load"] = f"failed after {result['stock_failed_s']:.1f} s: {exc}"
        sys.stderr.write(f"scale: KnowledgeIndex.load() failed ({exc}); retrying paged\n")
        paging["on"] = True
        totals.clear()
        began = time.perf_counter()
        index.load()
    result["paged_load"] = paging["on"]
    result["load_s"] = time.perf_counter() - began
    result["load_chroma_get_s"] = totals["chroma get"]
    result["views_build_s"] = totals["views build"]
    result["views_write_s"] = totals["views write"]
    result["views_open_s"] = totals["views open"]
    result["views_cached"] = totals["views build calls"] == 0
    result["views_disk_mib"] = disk_mib(home / "views") if (home / "views").exists() else 0.0
    result["rss_after_load_mib"] = rss_mib()
    result["passages_loaded"] = len(index.passages)
    result["units_loaded"] = len(index.units)

    began = time.perf_counter()
    encoder = index.encoder  # the real ONNX model, loaded here (or what is left of its loading)
    result["encoder_load_s"] = time.perf_counter() - began
    began = time.perf_counter()
    hybrid_search(index, QUESTION, settings.retrieval_depth, rrf_k=settings.rrf_k)
    result["first_query_ms"] = (time.perf_counter() - began) * 1000
    # Without the failed stock attempt, if there was one: what a paged load() would take.
    elapsed = time.perf_counter() - began_process
    result["reopen_to_first_answer_s"] = elapsed - result.get("stock_failed_s", 0.0)
    result["chromadb_imported"] = "chromadb" in sys.modules
    texts = questions(limit)

    def one(text: str) -> dict[str, float]:
        times = {}
        began = time.perf_counter()
        hits = hybrid_search(index, text, settings.retrieval_depth, rrf_k=settings.rrf_k)
        times["hybrid"] = time.perf_counter() - began
        began = time.perf_counter()
        vector = encoder.encode([text])[0]
        times["encode"] = time.perf_counter() - began
        began = time.perf_counter()
        index.lexical_search(index.lexicon.terms(text), DEPTH)
        times["bm25"] = time.perf_counter() - began
        began = time.perf_counter()
        index.dense_search(vector, DEPTH)
        times["chroma"] = time.perf_counter() - began
        began = time.perf_counter()
        hybrid_search(index, text, settings.retrieval_depth, rrf_k=settings.rrf_k, vector=vector)
        times["hybrid_no_encode"] = time.perf_counter() - began
        # What compose does next: fetch the vectors of the hits' units from Chroma by id.
        began = time.perf_counter()
        units = [u.id for hit in hits for u in index.units_of(hit.passage_id)]
        index.unit_vectors(units)
        times["unit_vectors"] = time.perf_counter() - began
        return times

    for text in texts:  # warm-up pass, not counted
        one(text)
    samples: dict[str, list[float]] = {}
    for _ in range(repeat):
        for text in texts:
            for part, seconds in one(text).items():
                samples.setdefault(part, []).append(seconds * 1000)
    result["queries"] = len(texts)
    result["repeat"] = repeat
    result["latency_ms"] = {
        part: {"p50": statistics.median(v), "p95": percentile(v, 0.95), "max": max(v)}
        for part, v in samples.items()
    }
    result["rss_end_mib"] = rss_mib()
    result["rss_end_anon_mib"] = rss_mib("RssAnon")
    result["rss_end_file_mib"] = rss_mib("RssFile")
    result["peak_rss_mib"] = peak_rss_mib()
    result["load_after"] = load_average()
    return result


def step_encode(home: Path, sample: int, seed: int) -> dict[str, Any]:
    """Real model throughput on synthetic units and passages, as KnowledgeIndex.sync embeds them."""
    from synthetic import make_corpus

    from assistant.knowledge.chunks import split_source
    from assistant.knowledge.sources import load_sources
    from assistant.search.encoder import load_encoder
    from assistant.settings import Settings

    result: dict[str, Any] = {"load_before": load_average()}
    settings = Settings(home=home)
    corpus = make_corpus(load_sources(settings.sources_dir), sample, seed)
    units, passages = [], []
    for source in corpus.sources:
        u, p = split_source(source)
        units += [x.text for x in u]
        passages += [x.text for x in p]
    encoder = load_encoder(settings)
    encoder.encode(units[:32])  # warm-up
    began = time.perf_counter()
    encoder.encode(units, progress=True)
    result["units"] = len(units)
    result["units_s"] = time.perf_counter() - began
    began = time.perf_counter()
    encoder.encode(passages, progress=True)
    result["passages"] = len(passages)
    result["passages_s"] = time.perf_counter() - began
    result["unit_chars"] = statistics.mean(len(t) for t in units)
    result["passage_chars"] = statistics.mean(len(t) for t in passages)
    result["encoder"] = encoder.name
    result["load_after"] = load_average()
    return result


# -- orchestration ---------------------------------------------------------------------------------


def run_size(size: int, seed: int, repeat: int, limit: int, cold_runs: int = 3) -> dict[str, Any]:
    """Build then query one size in fresh processes; the temporary home is always removed.

    A step that fails is recorded (``error``) and the run goes on, so one size cannot lose the
    figures of the others.
    """
    home = fresh_home(f"tradebrief-scale-{size}-")
    run: dict[str, Any] = {"size": size, "build": {}, "query": {}, "cached": {}}
    try:
        run["build"] = _worker("_build", home, size=size, seed=seed)
        # The first process to open the store builds the views and writes the view cache; the
        # second maps them in from it, as every later process does.
        run["query"] = _worker("_query", home, size=size, repeat=repeat, limit=limit)
        run["cached"] = _worker("_query", home, size=size, repeat=repeat, limit=limit)
        run["cold"] = step_cold_ask(home, cold_runs)
    except subprocess.CalledProcessError as exc:
        run["error"] = f"{exc.cmd[2]} step failed (exit {exc.returncode}); see its traceback above"
        sys.stderr.write(f"scale: {size:,} chunks: {run['error']}\n")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return run


def run_encode(sample: int, seed: int) -> dict[str, Any]:
    home = fresh_home("tradebrief-encode-")
    try:
        return _worker("_encode", home, sample=sample, seed=seed)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def projected_embedding_s(encode: dict[str, Any], size: int, units: int) -> float:
    """Seconds the real model would take to embed ``size`` passages and ``units`` units."""
    return (
        units * encode["units_s"] / encode["units"]
        + size * encode["passages_s"] / encode["passages"]
    )


def secs(seconds: float) -> str:
    """Seconds shown to a sensible precision, in minutes when long."""
    if seconds >= 120:
        return f"{seconds / 60:.1f} min"
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.0f} s"


def _stock(query: dict[str, Any]) -> str:
    outcome = query.get("stock_load", "ok")
    if outcome.startswith("failed"):
        # "... error returned from database: (code: 1) too many SQL variables" -> the reason
        reason = re.sub(r"^.*\(code: \d+\)\s*", "", outcome).rsplit(": ", 1)[-1].strip()
        return f"FAILS: {reason}"
    return outcome


def scale_rows(runs: list[dict[str, Any]], encode: dict[str, Any] | None) -> list[list[str]]:
    """The scale table: one column per size."""

    def ms(run: dict[str, Any], part: str, key: str, step: str = "query") -> str:
        return f"{run[step]['latency_ms'][part][key]:.1f} ms"

    def both(part: str) -> Any:
        return lambda r: (f"{ms(r, part, 'p50')} / {ms(r, part, 'p95')}; "
                          f"{ms(r, part, 'p50', 'cached')} / {ms(r, part, 'p95', 'cached')}")  # fmt: skip

    rows: list[tuple[str, Any]] = [
        ("chunks (passages) / units indexed",
         lambda r: f"{r['build']['passages']:,} / {r['build']['unit_records']:,}"),
        ("synthetic sources (files)", lambda r: f"{r['build']['sources']:,}"),
        ("generate corpus", lambda r: secs(r['build']['generate_s'])),
        ("index build: KnowledgeIndex.sync total", lambda r: secs(r['build']['sync_s'])),
        ("  of which Chroma writes (vector blocks, source records)", lambda r: secs(r['build']['chroma_write_s'])),
        ("  Chroma writes: vectors (units + passages) stored per second; blocks",
         lambda r: f"{r['build']['vectors_per_s']:,.0f}/s; {r['build']['vector_blocks']:,}"),
        ("  of which Chroma delete where source_id", lambda r: secs(r['build']['chroma_delete_s'])),
        ("  of which derived vectors (not the model)", lambda r: secs(r['build']['vectors_s'])),
        ("Chroma store on disk", lambda r: f"{r['build']['disk_mib']:,.0f} MiB"),
        ("peak RSS, build process", lambda r: f"{r['build']['peak_rss_mib']:,.0f} MiB"),
        ("reopen: chromadb imported (first reopen; later reopen)",
         lambda r: f"{r['query'].get('chromadb_imported', '?')}; {r['cached'].get('chromadb_imported', '?')}"),
        ("KnowledgeIndex.load() as the tree has it", lambda r: _stock(r['query'])),
        ("first reopen (no view cache): KnowledgeIndex.load()" , lambda r: secs(r['query']['load_s']) + (" (reads paged)" if r['query'].get('paged_load') else "")),
        ("  of which Chroma get (source records and texts, vector blocks)", lambda r: secs(r['query']['load_chroma_get_s'])),
        ("  of which views build (terms, names, bm25s)", lambda r: secs(r['query']['views_build_s'])),
        ("  of which view cache write", lambda r: secs(r['query']['views_write_s'])),
        ("first reopen total: imports, open, load, encoder, 1st query",
         lambda r: secs(r['query']['reopen_to_first_answer_s'])),
        ("view cache on disk", lambda r: f"{r['cached']['views_disk_mib']:,.0f} MiB"),
        ("later reopen (view cache): KnowledgeIndex.load()",
         lambda r: secs(r['cached']['load_s']) + ("" if r['cached']['views_cached'] else " (REBUILT)")),
        ("  of which Chroma get (source records)", lambda r: secs(r['cached']['load_chroma_get_s'])),
        ("  of which view cache open (check, map in)", lambda r: secs(r['cached']['views_open_s'])),
        ("later reopen total: imports, open, load, encoder, 1st query",
         lambda r: secs(r['cached']['reopen_to_first_answer_s'])),
        ("cold `tradebrief ask` (fresh CLI process, view cache in place): median; runs",
         lambda r: f"{secs(r['cold']['cold_s'])}; " + ", ".join(f"{s:.2f}" for s in r['cold']['cold_runs_s'])),
        ("  peak RSS of the `tradebrief ask` process", lambda r: f"{r['cold']['cold_peak_rss_mib']:,.0f} MiB"),
        ("  the first ask in the home (embeds and caches the facts, once)", lambda r: secs(r['cold']['first_s'])),
        ("first query after reopen (encoder loaded): first; later",
         lambda r: f"{r['query']['first_query_ms']:.0f} ms; {r['cached']['first_query_ms']:.0f} ms"),
        ("queries below: first reopen's process; later reopen's", lambda r: "p50 / p95; p50 / p95"),
        ("hybrid query (encode+BM25+dense+fusion)", both("hybrid")),
        ("  encode question (ONNX)", both("encode")),
        ("  BM25 (terms + retrieve, depth 30)", both("bm25")),
        ("  dense search (depth 30)", both("chroma")),
        ("  hybrid with vector given", both("hybrid_no_encode")),
        ("unit vectors of the hits (KnowledgeIndex.unit_vectors)", both("unit_vectors")),
        ("RSS after load / peak RSS, query process: first; later",
         lambda r: f"{r['query']['rss_after_load_mib']:,.0f} / {r['query']['peak_rss_mib']:,.0f} MiB; "
                   f"{r['cached']['rss_after_load_mib']:,.0f} / {r['cached']['peak_rss_mib']:,.0f} MiB"),
        ("  of RSS at the end: anonymous / mapped files, first; later",
         lambda r: f"{r['query']['rss_end_anon_mib']:,.0f} / {r['query']['rss_end_file_mib']:,.0f} MiB; "
                   f"{r['cached']['rss_end_anon_mib']:,.0f} / {r['cached']['rss_end_file_mib']:,.0f} MiB"),
        ("load average (1/5/15 min) during build; queries",
         lambda r: f"{r['build']['load_after']}; {r['query']['load_after']}; {r['cached']['load_after']}"),
    ]  # fmt: skip
    if encode:
        rows.append((
            "projected real embedding of this corpus (measured rate)",
            lambda r: secs(projected_embedding_s(encode, r['size'], r['build']['unit_records'])),
        ))  # fmt: skip
    table = [["measure", *[f"{r['size']:,} chunks" for r in runs]]]
    for name, cell in rows:
        cells = []
        for run in runs:
            try:
                cells.append(cell(run))
            except (KeyError, TypeError):
                cells.append("n/a")
        table.append([name, *cells])
    return table


def encode_rows(encode: dict[str, Any]) -> list[list[str]]:
    return [
        ["measure", "figure"],
        [f"real model ({encode['encoder']}) on {encode['units']:,} synthetic units "
         f"(mean {encode['unit_chars']:.0f} chars), batch 32",
         f"{encode['units'] / encode['units_s']:.0f} units/s"],
        [f"same on {encode['passages']:,} synthetic passages (mean {encode['passage_chars']:.0f} chars)",
         f"{encode['passages'] / encode['passages_s']:.0f} passages/s"],
    ]  # fmt: skip


def markdown(table: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = []
    for number, row in enumerate(table):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if number == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(x.replace("_", "")) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--sizes {text!r}: give whole numbers, e.g. 10000,100000"
        ) from None
    if not sizes or min(sizes) < 100:
        raise argparse.ArgumentTypeError(f"--sizes {text!r}: each size must be at least 100")
    return sizes


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0].startswith("_"):  # a worker step, started by run_size / run_encode
        parser = argparse.ArgumentParser()
        parser.add_argument("step", choices=["_build", "_query", "_encode"])
        parser.add_argument("--home", type=Path, required=True)
        parser.add_argument("--out", type=Path, required=True)
        parser.add_argument("--size", type=int, default=0)
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--repeat", type=int, default=2)
        parser.add_argument("--limit", type=int, default=0)
        parser.add_argument("--sample", type=int, default=300)
        parser.add_argument("--paged", choices=["fallback", "always"], default="fallback")
        args = parser.parse_args(argv)
        if args.step == "_build":
            result = step_build(args.home, args.size, args.seed)
        elif args.step == "_query":
            result = step_query(args.home, args.size, args.repeat, args.limit or None, args.paged)
        else:
            result = step_encode(args.home, args.sample, args.seed)
        args.out.write_text(json.dumps(result, indent=1))
        return 0

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=parse_sizes, default=[10_000, 100_000])
    parser.add_argument(
        "--quick", action="store_true", help="1,000 chunks, few queries: a smoke run"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=2, help="timed passes over the questions")
    args = parser.parse_args(argv)
    sizes, repeat, limit, sample = args.sizes, args.repeat, 0, 300
    if args.quick:
        sizes, repeat, limit, sample = [1_000], 1, 10, 40
    encode = run_encode(sample, args.seed)
    runs = [run_size(size, args.seed, repeat, limit) for size in sizes]
    print(markdown(encode_rows(encode)))
    print()
    print(markdown(scale_rows(runs, encode)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
