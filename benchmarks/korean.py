"""Measure and print: warm latency of Korean questions against the English questions they re-ask.

    .venv/bin/python benchmarks/korean.py [--rounds 3] [--json FILE]

Target (issue 13): Korean warm latency within 1.5× of English. Each translated case of
``evals/ko/cases.yaml`` and its English original (``original``, in the dev set) are asked of the
same warm ``Assistant``, interleaved (Korean, English, Korean, …) over several rounds so load on
the shared machine falls on both alike; follow-ups are asked with their turns. Uses a scratch
TRADEBRIEF_HOME (deleted afterwards), with this checkout's model export when there is one.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this folder is on sys.path; scale puts the checkout there too.
from scale import CACHED_MODELS, load_average, percentile


def _asked(assistant, questions: tuple[str, ...]) -> list[float]:
    """Milliseconds of each question of a case, asked in order with the earlier answers."""
    history: list[dict[str, str]] = []
    times = []
    for question in questions:
        began = time.perf_counter()
        answer = assistant.ask(question, history=history)
        times.append((time.perf_counter() - began) * 1000)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    return times


def measure(rounds: int) -> dict:
    from assistant import Assistant, Settings
    from assistant.evaluation.cases import EVALS_DIR, load_cases
    from assistant.evaluation.translations import originals

    korean = [c for c in load_cases([EVALS_DIR / "ko" / "cases.yaml"]) if c.original]
    english = originals(korean, EVALS_DIR)
    result: dict = {"load_before": load_average(), "pairs": len(korean), "rounds": rounds}
    home = Path(tempfile.mkdtemp(prefix="tradebrief-bench-ko-"))
    try:
        if CACHED_MODELS.is_dir():
            shutil.copytree(CACHED_MODELS, home / "models")
        assistant = Assistant(Settings(home=home), progress=False)
        assistant.sync()
        for case in korean[:3]:  # warm both paths (the glossary is read on first use)
            _asked(assistant, case.questions)
        times: dict[str, list[float]] = {"ko": [], "en": []}
        for _ in range(rounds):
            for case in korean:
                times["ko"] += _asked(assistant, case.questions)
                times["en"] += _asked(assistant, english[case.original or ""].questions)
        for language, found in times.items():
            result[f"{language}_questions"] = len(found)
            result[f"{language}_p50_ms"] = statistics.median(found)
            result[f"{language}_p95_ms"] = percentile(found, 0.95)
        result["ratio_p50"] = result["ko_p50_ms"] / result["en_p50_ms"]
        result["ratio_p95"] = result["ko_p95_ms"] / result["en_p95_ms"]
    finally:
        shutil.rmtree(home, ignore_errors=True)
    result["load_after"] = load_average()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    r = measure(args.rounds)
    print(
        f"| measure ({r['pairs']} translated cases and their originals, {r['rounds']} rounds) | Korean | English | Korean / English |"
    )
    print("|---|---|---|---|")
    print(
        f"| warm latency p50 | {r['ko_p50_ms']:.1f} ms | {r['en_p50_ms']:.1f} ms | {r['ratio_p50']:.2f}× |"
    )
    print(
        f"| warm latency p95 | {r['ko_p95_ms']:.1f} ms | {r['en_p95_ms']:.1f} ms | {r['ratio_p95']:.2f}× |"
    )
    print(f"\nload average before {r['load_before']}, after {r['load_after']}; target ≤ 1.5×")
    if args.json:
        args.json.write_text(json.dumps(r, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
