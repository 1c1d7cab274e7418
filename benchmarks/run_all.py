"""Run every benchmark, print the tables and write benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/run_all.py                      # sizes 10,000 and 100,000
    .venv/bin/python benchmarks/run_all.py --sizes 10000        # one size
    .venv/bin/python benchmarks/run_all.py --quick              # smoke run; writes nothing
    .venv/bin/python benchmarks/run_all.py --render benchmarks/RESULTS.json   # rewrite RESULTS.md

Measures, each in fresh processes: cold start of `tradebrief ask` (median of 3), index build,
warm latency p50/p95 over the evaluation questions and peak memory on the real sources
(latency.py); real encoding throughput; and the synthetic corpus at each size, indexed and
queried through tradebrief's own index (scale.py). All of it took 10–20 minutes on two cores
(the 100,000-chunk index build is most of it).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

# Run as a script, this folder is on sys.path; scale puts the checkout there too.
import latency
import scale

HERE = scale.HERE
ROOT = scale.ROOT

RESULTS = HERE / "RESULTS.md"


def code_fingerprint() -> str:
    """A digest of assistant/*.py: others edit the tree, so a run says which code it measured."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "assistant").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def conditions() -> dict[str, str]:
    """The machine and software the figures were measured on."""
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = "?"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            memory = f"{int(line.split()[1]) / 2**20:.0f} GiB"
    versions = ", ".join(
        f"{name} {metadata.version(name)}" for name in ("chromadb", "bm25s", "onnxruntime")
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "machine": f"{cpu}, {os.cpu_count()} cores, {memory} RAM, {platform.system()} {platform.release()}",
        "software": f"Python {platform.python_version()}, {versions}",
        "commit": f"{commit or '?'} (plus uncommitted work in the tree)",
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=scale.parse_sizes, default=[10_000, 100_000])
    parser.add_argument("--quick", action="store_true", help="1,000 chunks, few queries; no file")
    parser.add_argument("--runs", type=int, default=3, help="cold-start runs (median reported)")
    parser.add_argument("--repeat", type=int, default=2, help="timed passes over the questions")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--out", type=Path, help=f"results file (default {RESULTS}, none if --quick)"
    )
    parser.add_argument(
        "--render", type=Path, metavar="JSON", help="only rewrite RESULTS.md from a RESULTS.json"
    )
    args = parser.parse_args()
    if args.render:
        saved = json.loads(args.render.read_text())
        started = datetime.datetime.fromisoformat(saved["started"].replace("Z", "+00:00"))
        sys.argv[1:] = saved["argv"]  # the command that measured them
        write(args.out or RESULTS, started, saved["minutes"], saved["real"], saved["encode"],
              saved["scale"], argparse.Namespace(seed=saved.get("seed", 0), code=saved.get("code"), facts=saved.get("conditions")))  # fmt: skip
        return 0
    sizes, repeat, limit, sample, runs = args.sizes, args.repeat, 0, 500, args.runs
    if args.quick:
        sizes, repeat, limit, sample, runs = [1_000], 1, 10, 40, 1
    out = args.out or (None if args.quick else RESULTS)

    started = datetime.datetime.now(datetime.UTC)
    fingerprint_before = code_fingerprint()
    args.facts = conditions()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tradebrief-latency-") as scratch:
        figures = Path(scratch) / "latency.json"
        argv = [
            sys.executable,
            str(HERE / "latency.py"),
            "--runs",
            str(runs),
            "--json",
            str(figures),
        ]
        if args.quick:
            argv.append("--reuse-export")
        subprocess.run(argv, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        real = json.loads(figures.read_text())
    encode = scale.run_encode(sample, args.seed)
    runs_at = [scale.run_size(size, args.seed, repeat, limit, runs) for size in sizes]
    minutes = (time.perf_counter() - began) / 60
    args.code = [fingerprint_before, code_fingerprint()]

    if out:
        write(out, started, minutes, real, encode, runs_at, args)
    else:
        print(*tables(real, encode, runs_at).values(), sep="\n\n")
    return 0


def tables(real: dict, encode: dict, runs_at: list[dict]) -> dict[str, str]:
    return {
        "real": scale.markdown(latency.rows(real)),
        "encode": scale.markdown(scale.encode_rows(encode)),
        "scale": scale.markdown(scale.scale_rows(runs_at, encode)),
    }


def write(out, started, minutes, real, encode, runs_at, args) -> None:  # type: ignore[no-untyped-def]
    """Print the tables; write RESULTS.md and, beside it, every figure unrounded (RESULTS.json)."""
    shown = tables(real, encode, runs_at)
    print(*shown.values(), sep="\n\n")
    out.write_text(report(started, minutes, real, encode, runs_at, shown, args))
    raw = out.with_suffix(".json")
    figures = {"started": f"{started:%Y-%m-%dT%H:%M}Z", "minutes": minutes, "seed": args.seed}
    figures["code"] = getattr(args, "code", None)
    figures["conditions"] = getattr(args, "facts", None)
    figures |= {"argv": sys.argv[1:], "real": real, "encode": encode, "scale": runs_at}
    raw.write_text(json.dumps(figures, indent=1))
    print(f"\nwrote {out} and {raw.name} (every figure, unrounded)")


def code_note(code: list[str] | None) -> str:
    if not code:
        return "not recorded."
    if code[0] == code[1]:
        return f"`assistant/*.py` digest {code[0]}, unchanged during the run."
    return (
        f"`assistant/*.py` changed during the run (digest {code[0]} at the start, {code[1]} at "
        "the end): other engineers were editing the tree; each step measured the code as it was "
        "when its process started."
    )


def findings(runs_at: list[dict]) -> str:
    """What went wrong at some size, said plainly above the method notes."""
    notes = []
    for run in runs_at:
        outcome = run.get("query", {}).get("stock_load", "ok")
        if outcome.startswith("failed"):
            notes.append(
                f"**At {run['size']:,} chunks tradebrief cannot open its own store as written**: "
                f"`KnowledgeIndex.load()` reads each collection with one `get()`, and embedded "
                f"Chroma refuses ({outcome}). The figures in that column use the same `load()` "
                f"with each whole-collection `get()` read in pages of {scale.PAGE:,} records by the "
                "benchmark's wrapper (`scale._paged_get`), the change the index module needs; "
                "the failed attempt is left out of *reopen total*."
            )
        if run.get("error"):
            notes.append(f"**{run['size']:,} chunks**: {run['error']}; its column is incomplete.")
    return "".join(f"\n{note}\n" for note in notes)


def report(started, minutes, real, encode, runs_at, tables, args) -> str:  # type: ignore[no-untyped-def]
    """RESULTS.md: the tables, the conditions and what each figure measures."""
    facts = getattr(args, "facts", None) or conditions()
    sizes = ", ".join(f"{r['size']:,}" for r in runs_at)
    ratios = sorted({f"{r['build']['unit_records'] / r['build']['passages']:.2f}" for r in runs_at})
    command = " ".join(["python benchmarks/run_all.py", *sys.argv[1:]])
    return f"""# Benchmark results

Measured {started:%Y-%m-%d %H:%M} UTC by `{command}` ({minutes:.1f} minutes in
all). Every figure below comes from that run.

- Machine: {facts["machine"]}.
- Software: {facts["software"]}; commit {facts["commit"]}.
- Code: {code_note(getattr(args, "code", None))}
- Conditions: the machine was shared: other engineers ran test suites and servers on the same two
  cores during the run, so latencies carry noise from them (the load averages are recorded
  below; an idle machine would do better, not worse). No network; the embedding model was never
  downloaded. CPU only.

## Real sources: cold start, index build, warm latency, memory

`benchmarks/latency.py`, in a scratch `TRADEBRIEF_HOME`. Load average before/after:
{real["load_before"]} → {real["load_after"]}.

{tables["real"]}

- *Index build*: `Assistant.sync()` on an empty store: load and check the data tables, split
  the sources, embed every unit and passage with the real model (ONNX), insert into embedded Chroma.
- *Warm latency*: `Assistant.ask` on each of the {real["questions"]} questions of the
  {real["cases"]} cases in `evals/questions.yaml` (a case's fixed history given; a conversation
  case's turns asked in order, each with the earlier answers as history), in the process that
  built the index: model, store and BM25 loaded, one pass, each question once, answers composed
  in full (retrieval, scoring, facts, calculator).
- *Peak RSS*: the maximum resident memory of that process (build and all answers,
  `getrusage`); the cold start's is that of the `tradebrief ask` process (GNU time).
- *Cold start*: wall time of a fresh `tradebrief ask "{latency.QUESTION}"` with the index already
  built (imports, ONNX model load, Chroma open, BM25 rebuild from the store, answer); the OS file
  cache is warm, as it is for a user who asks twice. Runs: {
        ", ".join(f"{s:.2f}" for s in real["cold_runs_s"])
    } s.
  Python's bytecode is cached, as for a user's every run after the first (written by one untimed
  run, under `PYTHONPYCACHEPREFIX` in the scratch home); the row below it compiles tradebrief's own
  modules at every start, as on a machine that sets `PYTHONDONTWRITEBYTECODE=1`{
        ""
        if "cold_uncompiled_runs_s" not in real
        else " (runs: " + ", ".join(f"{s:.2f}" for s in real["cold_uncompiled_runs_s"]) + " s)"
    }.

## Real encoding throughput

`all-MiniLM-L6-v2` through ONNX Runtime (2 threads), batch 32, on synthetic units and passages
made as below: the rate at which `KnowledgeIndex.sync` embeds text for real. Load average
{encode["load_before"]} → {encode["load_after"]}.

{tables["encode"]}

## Scale: synthetic corpora of {sizes} chunks in the embedded Chroma store

`benchmarks/scale.py`. A *chunk* is a passage, the piece retrieval ranks (BM25 and Chroma's
passage collection); each also stores its sentences as units ({
        " / ".join(ratios)
    } units per passage),
as tradebrief does, so the store holds units + passages records.

{tables["scale"]}
{findings(runs_at)}
How it was made and measured:

- *Corpus* (`benchmarks/synthetic.py`, seed {args.seed}): the real sources' sentences
  (`assistant.knowledge.chunks.split_source` over `assistant.knowledge.sources.load_sources`) shuffled into new
  paragraphs of 1–3 sentences, with numbers, years, Korean and Western names, companies,
  countries and program codes substituted at random, under a real heading as title; sources of
  {
        __import__("synthetic").PER_SOURCE
    } passages each. It reads like the sources, but its vocabulary is theirs
  (a few hundred distinct sentences recombined), so BM25 posting lists are longer and denser than
  in a real corpus of that size.
- *Stored vectors are not model embeddings*: embedding 100,000 chunks with the model would take
  the time shown in the last row. A synthetic sentence gets the real embedding of the sentence
  it came from, mixed with another real sentence's embedding and seeded Gaussian noise,
  normalised (cosine ~0.85 to its origin); a passage the normalised mean of its sentences'. The
  model's time is therefore left out of *index build* and reported separately (throughput above).
  Query vectors are real model embeddings of the evaluation questions.
- *Index build*: `KnowledgeIndex.sync` of all synthetic sources into an empty store through
  tradebrief's own code (split, per-source delete, insert in batches of 256 with documents and
  metadata); the Chroma calls were timed by wrapping the collections. The search views (unit
  terms, BM25, the unit-vector matrix) are not built at sync but when the store is first opened,
  so they appear under *first reopen*.
- *First reopen*: a fresh process opens the store (`_connect`, which imports chromadb), runs
  `KnowledgeIndex.load()` with no view cache yet (every record and unit vector read back from
  Chroma, lexical terms of every unit, bm25s index of every passage, all written to the view
  cache in `$TRADEBRIEF_HOME/views`), loads the ONNX model and answers one `hybrid_search`.
  *Later reopen*: a second fresh process does the same with the view cache in place, as every
  process after the first does: `load()` reads only the source records from Chroma, checks the
  cache entry against them and maps it in (`assistant.search.view_cache`; timed through
  `views.build`, `ViewCache.write` and `ViewCache.open`). The store's files had just been
  written, so the OS file cache was warm.
- *Query latency*: in each of those processes, after one warm-up pass, {
        runs_at[0]["query"]["repeat"]
    } timed passes over the
  {
        runs_at[0]["query"]["queries"]
    } evaluation questions (each turn of a conversation case on its own); *hybrid query* is `retrieval.hybrid_search(k=8)` as
  the composer calls it, including the question's encoding; the parts are timed apart.
  *Unit vectors* is the next step of an answer (`KnowledgeIndex.unit_vectors` for the hits'
  sentences). Composition itself is not measured on synthetic text. Encoding a question is the
  same work at every size, so where its time differs between columns the difference is CPU
  contention from the shared machine at that moment (compare the load averages), not corpus
  size, and the other rows of that column carry the same noise.
- *Cold `tradebrief ask` at the size*: after the reopens, the real CLI in a fresh process, {
        args.runs if hasattr(args, "runs") else 3
    } times
  (median reported): `tradebrief ask "{latency.QUESTION}"` with `TRADEBRIEF_HOME` the size's
  home and `TRADEBRIEF_KNOWLEDGE` a copy of the knowledge folder whose built-in sources are the
  real ones and the synthetic ones (the build indexed that folder, its derived vectors stored
  under the real model's name, so the CLI's sync finds everything current and writes nothing);
  wall time and peak RSS (GNU time) of the whole process: imports, sync check, load (view cache),
  model, answer. A first ask before them, timed apart, embeds and caches the facts' texts, as
  the first ask in any home does once.
- *Memory*: peak RSS (`getrusage`) of each process, and RSS (`/proc/self/status`) after `load()`.
  Each size ran in its own temporary `TRADEBRIEF_HOME`, deleted afterwards.
"""


if __name__ == "__main__":
    sys.exit(main())
