"""What a store looks like after a crash, seen by a fresh process: run as a script, prints JSON.

    python tests/crashcheck.py QUESTION        (TRADEBRIEF_HOME names the store)

It runs the CLI's ``sources --json`` and ``ask --json QUESTION`` (each through ``main``, each with a
new Assistant reading the store afresh), then reads the store itself and reports, for every
source: its text (ingested ones), whether its units and passages are exactly those of its text's
chunking (ids and offsets) with every quote verbatim at its offsets; and the raw record counts
against the loaded ones: the rows of every vector block stored, and the collections (equal when
no unfinished write is left).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys


def _cli(*args: str) -> tuple[int, str, str]:
    from assistant.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def check(question: str) -> dict:
    from assistant.knowledge.chunks import split_source
    from assistant.knowledge.sources import Source, load_sources
    from assistant.search import store as store_module
    from assistant.search.index import KnowledgeIndex
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    report: dict = {}
    code, out, err = _cli("sources", "--json")
    report["sources"] = {"code": code, "ids": [json.loads(x)["id"] for x in out.splitlines()]}
    report["sources"]["err"] = err
    code, out, err = _cli("ask", "--json", question)
    report["ask"] = {"code": code, "answer": json.loads(out) if code == 0 else None, "err": err}

    settings = Settings.from_env()
    index = KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml"))
    index.load()
    texts = {s.id: s.text for s in load_sources(settings.sources_dir)} | index.texts
    complete = {}
    for sid, meta in index.sources.items():
        units, passages = split_source(Source(meta=meta, text=texts[sid]))
        loaded = sorted(
            (u.id, u.start, u.end, u.quote) for u in index.units.values() if u.source_id == sid
        )
        verbatim = all(quote == texts[sid][start:end] for _, start, end, quote in loaded)
        complete[sid] = (
            verbatim
            and loaded == sorted((u.id, u.start, u.end, u.quote) for u in units)
            and sorted(p.id for p in index.passages.values() if p.source_id == sid)
            == sorted(p.id for p in passages)
        )
    report["complete"] = complete
    report["texts"] = index.texts
    report["quotes_verbatim"] = all(
        c["quote"] == texts.get(c["source_id"], "")[c["start"] : c["end"]]
        for c in (report["ask"]["answer"] or {}).get("citations", [])
    )
    blocks = index.store._collection(store_module._VECTORS).get(include=["metadatas"])
    report["raw"] = {
        "vectors": sum(int(m["count"]) for m in blocks["metadatas"] or []),
        "collections": sorted(c.name for c in index.store._connect().list_collections()),
    }
    report["loaded"] = {
        "vectors": len(index.units) + len(index.passages),
        "collections": sorted(["tradebrief_sources", "tradebrief_vectors"]),
    }
    return report


if __name__ == "__main__":
    print(json.dumps(check(sys.argv[1]), ensure_ascii=False))
