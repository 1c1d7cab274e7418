"""Measure and print: cold start of `tradebrief ask`, index build time, warm per-question latency.

    .venv/bin/python benchmarks/latency.py [--runs 3]

Targets (2-core machine): warm p50 < 50 ms, p95 < 150 ms, cold start < 8 s.
Uses a scratch TRADEBRIEF_HOME; the ONNX model export (one time per machine) is timed apart.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3, help="cold-start runs (median reported)")
    args = parser.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"

    from assistant import Assistant, Settings
    from assistant.encoder import export_onnx
    from evals.run import load_cases

    home = Path(tempfile.mkdtemp(prefix="tradebrief-bench-"))
    try:
        began = time.perf_counter()
        export_onnx(home / "models")
        export_s = time.perf_counter() - began

        settings = Settings(home=home)
        began = time.perf_counter()
        assistant = Assistant(settings, progress=False)
        report = assistant.sync()
        build_s = time.perf_counter() - began

        cases = load_cases()
        latencies = []
        for case in cases:
            began = time.perf_counter()
            assistant.ask(case.question, history=list(case.history))
            latencies.append((time.perf_counter() - began) * 1000)

        env = {**os.environ, "TRADEBRIEF_HOME": str(home)}
        colds = []
        for _ in range(args.runs):
            began = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "assistant.cli", "ask", "Who supplied the KC-X tankers?"],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            colds.append(time.perf_counter() - began)
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "assistant.cli", "--help"],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        help_s = time.perf_counter() - began
    finally:
        shutil.rmtree(home, ignore_errors=True)

    rows = [
        ("ONNX export of the model (once per machine)", f"{export_s:.1f} s"),
        (f"index build ({report.units} units, {len(report.added)} sources)", f"{build_s:.1f} s"),
        (
            f"warm latency p50 over {len(latencies)} eval questions",
            f"{statistics.median(latencies):.1f} ms",
        ),
        ("warm latency p95", f"{percentile(latencies, 0.95):.1f} ms"),
        ("warm latency max", f"{max(latencies):.1f} ms"),
        (
            f"cold start `tradebrief ask` (median of {args.runs})",
            f"{statistics.median(colds):.2f} s",
        ),
        ("`tradebrief --help`", f"{help_s:.2f} s"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"| {'measure'.ljust(width)} | figure |")
    print(f"|{'-' * (width + 2)}|--------|")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
