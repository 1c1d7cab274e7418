"""Builds ``store.tar.gz`` beside it: a store written by format 5 of tradebrief (the code of
commit 1de0462, before the vectors went into blocks), for tests/test_migration.py.

    PYTHONPATH=<a checkout of 1de0462> python tests/data/format5/build.py

The built-in sources and the ingested document of ``sources.json`` (invented texts), embedded
with the tests' stand-in encoder (``HashEncoder`` of tests/test_view_cache.py, copied here so the
old checkout needs nothing of the new tests), synced and ingested by that code; the home's
``chroma`` and ``archive`` folders are packed.
"""

import hashlib
import json
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np

from assistant.knowledge.sources import Source, SourceMeta
from assistant.search.index import KnowledgeIndex
from assistant.search.terms import Lexicon
from assistant.settings import Settings

HERE = Path(__file__).resolve().parent


class HashEncoder:
    name = "hash"

    def encode(self, texts, batch_size=32, progress=False):
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            vec = np.random.default_rng(seed).standard_normal(16).astype(np.float32)
            rows.append(vec / np.linalg.norm(vec))
        return np.stack(rows) if rows else np.zeros((0, 16), np.float32)


def main() -> None:
    sources = json.loads((HERE / "sources.json").read_text(encoding="utf-8"))
    home = Path(tempfile.mkdtemp(prefix="format5-"))
    settings = Settings(home=home)
    lexicon = Lexicon(settings.knowledge_dir / "aliases.yaml")
    index = KnowledgeIndex(settings, lexicon, encoder=HashEncoder())
    built_in = [Source(meta=SourceMeta(**s["meta"]), text=s["text"]) for s in sources["built_in"]]
    index.sync(built_in, progress=False)
    for s in sources["ingested"]:
        index.add_document(Source(meta=SourceMeta(**s["meta"]), text=s["text"]))
    with tarfile.open(HERE / "store.tar.gz", "w:gz") as tar:
        for part in ("chroma", "archive"):
            tar.add(home / part, arcname=part)
    print(
        f"{HERE / 'store.tar.gz'}: {(HERE / 'store.tar.gz').stat().st_size} bytes", file=sys.stderr
    )


if __name__ == "__main__":
    main()
