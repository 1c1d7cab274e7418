"""What opening the store costs after a write: views updated from the last state, or rebuilt.

    python benchmarks/incremental.py [--chunks 10000]

In a fresh temporary home: ``KnowledgeIndex.sync`` of a synthetic corpus (``synthetic.make_corpus``,
derived vectors, no model) but its last source; one process's ``load()`` builds the views and
caches them. Then the last source is synced in (one source of ``synthetic.PER_SOURCE``
passages), and fresh processes open the store:

- *updated*: ``load()`` as tradebrief does it: the views of the new state are made from the
  cached entry of the old one (only the new source's chunks read from the store and derived);
- *rebuilt*: ``load(cached=False)``: every record read from the store and the views derived.

Each is timed in its own process (wall time of ``load()``, and peak RSS). Prints both and the
load average (the machine may be shared).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def _corpus(chunks: int):  # type: ignore[no-untyped-def]
    from synthetic import make_corpus

    from assistant.knowledge.sources import load_sources
    from assistant.settings import Settings

    return make_corpus(load_sources(Settings().sources_dir), chunks, 0)


def _index(home: Path, chunks: int):  # type: ignore[no-untyped-def]
    import numpy as np
    from synthetic import DerivedEncoder

    from assistant.search.encoder import load_encoder
    from assistant.search.index import KnowledgeIndex
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    settings = Settings(home=home)
    corpus = _corpus(chunks)
    base = np.asarray(load_encoder(settings).encode(corpus.base))
    encoder = DerivedEncoder(corpus, base, 0)
    index = KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml"), encoder)
    return index, corpus


def step(kind: str, home: Path, chunks: int) -> dict:
    """One step, in this process: ``sync-all-but-last``, ``sync-all``, ``updated``, ``rebuilt``."""
    from assistant.search.index import KnowledgeIndex
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    if kind.startswith("sync"):
        index, corpus = _index(home, chunks)
        sources = corpus.sources[:-1] if kind == "sync-all-but-last" else corpus.sources
        report = index.sync(sources, progress=False)
        return {"sync_s": report.seconds}
    settings = Settings(home=home)
    index = KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml"))
    began = time.perf_counter()
    index.load(cached=kind != "rebuilt")
    return {
        "load_s": time.perf_counter() - began,
        "units": len(index.units),
        "passages": len(index.passages),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _run(kind: str, home: Path, chunks: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--step", kind, "--home", str(home), "--chunks", str(chunks)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(HERE.parent)},
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(step(args.step, args.home, args.chunks)))
        return 0
    from assistant.settings import Settings

    home = Path(tempfile.mkdtemp(prefix="incremental-"))
    shutil.copytree(Settings().models_dir, home / "models", dirs_exist_ok=True)
    try:
        print(f"{args.chunks:,} chunks; load {_load()}", flush=True)
        first = _run("sync-all-but-last", home, args.chunks)
        built = _run("updated", home, args.chunks)  # no entry yet: builds and caches
        print(f"sync of all but one source {first['sync_s']:.1f} s; first load "
              f"(build, cache) {built['load_s']:.2f} s", flush=True)  # fmt: skip
        last = _run("sync-all", home, args.chunks)
        print(f"sync of the last source {last['sync_s']:.1f} s   load {_load()}", flush=True)
        for kind in ("rebuilt", "updated", "rebuilt"):
            got = _run(kind, home, args.chunks)
            print(
                f"{kind:<8} load() {got['load_s']:6.2f} s  {got['units']:,} units "
                f"{got['passages']:,} passages  peak RSS {got['peak_rss_mib']:.0f} MiB   "
                f"load {_load()}",
                flush=True,
            )
            if kind == "updated":  # the next process maps the updated entry in
                again = _run("updated", home, args.chunks)
                print(f"mapped   load() {again['load_s']:6.2f} s (the updated entry, cached)")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
