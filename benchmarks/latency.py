"""Measure and print: cold start of `tradebrief ask`, index build time, warm per-question latency,
peak memory.

    .venv/bin/python benchmarks/latency.py [--runs 3] [--reuse-export] [--json FILE]

Targets (2-core machine): warm p50 < 50 ms, p95 < 150 ms, cold start < 8 s.
Uses a scratch TRADEBRIEF_HOME, deleted afterwards. The ONNX model export (one time per machine)
runs and is timed in its own process, so torch never inflates this process's peak memory;
``--reuse-export`` copies this checkout's export instead. ``run_all.py`` calls this.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this folder is on sys.path; scale puts the checkout there too.
from scale import (
    CACHED_MODELS,
    QUESTION,
    QUESTIONS,
    ROOT,
    load_average,
    peak_rss_mib,
    percentile,
)
from scale import cli as _cli
from scale import timed_child as _timed_child


def bytecode_envs(env: dict[str, str], prefix: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The cold starts' environments: bytecode written and read as a user's runs do (README: no
    PYTHONDONTWRITEBYTECODE), and read but never written, as on a machine that sets it. Both keep
    it under ``prefix`` (PYTHONPYCACHEPREFIX), so what a checkout's __pycache__ folders hold, or
    whether this shell sets PYTHONDONTWRITEBYTECODE, changes neither figure."""
    cached = {**env, "PYTHONPYCACHEPREFIX": str(prefix)}
    cached.pop("PYTHONDONTWRITEBYTECODE", None)
    return cached, {**cached, "PYTHONDONTWRITEBYTECODE": "1"}


def measure(runs: int, reuse_export: bool) -> dict:
    """Every figure of this benchmark, as a dict."""
    from assistant.datafiles import read_yaml

    result: dict = {"load_before": load_average()}
    home = Path(tempfile.mkdtemp(prefix="tradebrief-bench-"))
    try:
        if reuse_export and CACHED_MODELS.is_dir():
            shutil.copytree(CACHED_MODELS, home / "models")
            result["export_s"] = None
        else:
            code = "import sys; from pathlib import Path; from assistant.search.encoder import export_onnx; export_onnx(Path(sys.argv[1]))"
            began = time.perf_counter()
            subprocess.run([sys.executable, "-c", code, str(home / "models")], check=True, cwd=ROOT)
            result["export_s"] = time.perf_counter() - began

        from assistant import Assistant, Settings

        settings = Settings(home=home)
        began = time.perf_counter()
        assistant = Assistant(settings, progress=False)
        report = assistant.sync()
        result["build_s"] = time.perf_counter() - began
        result["units"] = report.units
        result["sources"] = len(report.added)
        result["rss_after_build_mib"] = peak_rss_mib()
        # As a server does before its first visitor (``tradebrief serve``): what the first
        # questions would otherwise each pay for at first use (patterns, the speller's index).
        began = time.perf_counter()
        assistant.warm()
        result["warm_up_s"] = time.perf_counter() - began

        cases = read_yaml(QUESTIONS)
        latencies = []
        for case in cases:
            # A case is a question (with fixed history) or turns asked in order, each timed.
            if case.get("question"):
                asks = [(case["question"], list(case.get("history") or []))]
            else:
                asks = [(turn, None) for turn in case.get("turns") or []]
            history: list[dict[str, str]] = []
            for question, fixed in asks:
                began = time.perf_counter()
                answer = assistant.ask(question, history=fixed if fixed is not None else history)
                latencies.append((time.perf_counter() - began) * 1000)
                history += [
                    {"role": "user", "content": question},
                    {"role": "assistant", "content": answer.answer},
                ]
        result["cases"] = len(cases)
        result["questions"] = len(latencies)
        result["warm_p50_ms"] = statistics.median(latencies)
        result["warm_p95_ms"] = percentile(latencies, 0.95)
        result["warm_max_ms"] = max(latencies)
        result["peak_rss_mib"] = peak_rss_mib()

        env = {**os.environ, "TRADEBRIEF_HOME": str(home)}
        cached, uncached = bytecode_envs(env, home / "bytecode")
        # As a user runs it: the first run writes the bytecode of what it imports, untimed.
        _timed_child([*_cli(), "ask", QUESTION], cached)
        colds = [_timed_child([*_cli(), "ask", QUESTION], cached) for _ in range(runs)]
        result["cold_runs_s"] = [c[0] for c in colds]
        result["cold_s"] = statistics.median(c[0] for c in colds)
        peaks = [c[1] for c in colds if c[1] is not None]
        result["cold_peak_rss_mib"] = max(peaks) if peaks else None
        # tradebrief's own modules compiled at every start, as with PYTHONDONTWRITEBYTECODE=1.
        import assistant  # this checkout's, on the path scale puts first: the child runs it

        package = Path(assistant.__file__).resolve().parent
        shutil.rmtree(home / "bytecode" / package.relative_to(package.anchor), ignore_errors=True)
        bare = [_timed_child([*_cli(), "ask", QUESTION], uncached) for _ in range(runs)]
        result["cold_uncompiled_runs_s"] = [c[0] for c in bare]
        result["cold_uncompiled_s"] = statistics.median(c[0] for c in bare)
        result["help_s"], _ = _timed_child([*_cli(), "--help"], cached)
        result["runs"] = runs
    finally:
        shutil.rmtree(home, ignore_errors=True)
    result["load_after"] = load_average()
    return result


def rows(r: dict) -> list[list[str]]:
    """The table of figures, measure and value."""
    out = [["measure", "figure"]]
    if r.get("export_s") is not None:
        out.append(
            ["ONNX export of the model (once per machine, own process)", f"{r['export_s']:.1f} s"]
        )
    cold_peak = f", peak RSS {r['cold_peak_rss_mib']:.0f} MiB" if r.get("cold_peak_rss_mib") else ""
    out += [
        [f"index build, first sync ({r['units']} units of {r['sources']} sources, real embeddings)",
         f"{r['build_s']:.1f} s"],
        ["warm-up before the first question (`Assistant.warm`, as `serve` does)",
         f"{r['warm_up_s']:.1f} s" if "warm_up_s" in r else "not measured"],
        [f"warm latency p50 over {r['questions']} questions of {r['cases']} eval cases (`Assistant.ask`)", f"{r['warm_p50_ms']:.1f} ms"],
        ["warm latency p95", f"{r['warm_p95_ms']:.1f} ms"],
        ["warm latency max", f"{r['warm_max_ms']:.1f} ms"],
        ["peak RSS, process that built the index and answered them", f"{r['peak_rss_mib']:.0f} MiB"],
        [f"cold start `tradebrief ask`, fresh process, index built (median of {r['runs']})",
         f"{r['cold_s']:.2f} s{cold_peak}"],
        ["  the same with tradebrief's bytecode not cached (compiled at every start)",
         f"{r['cold_uncompiled_s']:.2f} s" if "cold_uncompiled_s" in r else "not measured"],
        ["`tradebrief --help`", f"{r['help_s']:.2f} s"],
    ]  # fmt: skip
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3, help="cold-start runs (median reported)")
    parser.add_argument("--reuse-export", action="store_true", help="copy the ONNX export")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    result = measure(args.runs, args.reuse_export)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    from scale import markdown

    print(markdown(rows(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
