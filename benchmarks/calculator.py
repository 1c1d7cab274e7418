"""Measure and print how fast the calculator answers, and how fast it refuses hostile input.

    .venv/bin/python benchmarks/calculator.py [--repeat 200]

Targets: a calculation well under 1 ms; every rejected input (code, 1e999999, 9**9**9, huge or
deeply nested expressions) refused in under 1 ms too, i.e. before any work is done.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOOD = [
    {"expression": "50% of $12 million"},
    {"expression": "USD 10 million in KRW at 1470"},
    {"expression": "from 7.99 billion to 800 million"},
    {"expression": "((662.6 - 84.3) * 3 + 10%) / 7"},
    {"operation": "offset_obligation", "amount": "$12 million", "contract_type": "competitive"},
    {"operation": "offset_obligation", "amount": "20 billion won", "contract_type": "non-competitive",
     "year": 1990, "rate": "implied"},
    {"operation": "compare_policies", "amount": "$100 million", "countries": ["Korea", "Norway"]},
    {"operation": "implemented", "program": "KC-X"},
    {"expression": "1+" * 249 + "1"},  # the longest expression accepted (499 characters)
]  # fmt: skip
BAD = [
    {"expression": "__import__('os').system('ls')"},
    {"expression": "1e999999"},
    {"expression": "9**9**9"},
    {"expression": "1/0"},
    {"expression": "(" * 40 + "1" + ")" * 40},
    {"expression": "9" * 400},
    {"expression": "x" * 10_000},
    {"operation": "offset_obligation", "amount": "$5000 trillion", "contract_type": "competitive"},
    {"operation": "convert", "amount": "$10 million", "to_currency": "KRW"},
]


def timed(arguments: dict, data, repeat: int) -> tuple[float, str]:
    from assistant.calculator.operations import calculate
    from assistant.errors import CalculationError

    times, outcome = [], ""
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            outcome = calculate(arguments, data).display or "ok"
        except CalculationError as exc:
            outcome = f"error: {exc}"
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    from assistant.knowledge.rows import load_data
    from assistant.settings import Settings

    start = time.perf_counter()
    data = load_data(Settings().data_dir)
    print(f"load and validate knowledge/data: {(time.perf_counter() - start) * 1000:.1f} ms")
    for title, cases in (("calculations", GOOD), ("rejected input", BAD)):
        print(f"\n{title} (median of {args.repeat}):")
        worst = 0.0
        for arguments in cases:
            ms, outcome = timed(arguments, data, args.repeat)
            worst = max(worst, ms)
            label = str(arguments.get("expression") or arguments)[:48]
            print(f"  {ms:7.3f} ms  {label:<48}  {outcome[:60]}")
        print(f"  worst: {worst:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
