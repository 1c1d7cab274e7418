"""Measure and print: cold `tradebrief ask` with large documents ingested, against seeds only.

    .venv/bin/python benchmarks/large_documents.py [--markdown-mb 5] [--line-mb 20] [--runs 3]
                                                   [--json FILE] [--keep]

Issue 18's target: with a 5 MB Markdown document (about 50,000 units) and a 20 MB file on one
line ingested, a cold `tradebrief ask` (a new process: imports, opening the store, the views,
one answer) stays within 1.5× of the same command on the built-in sources only.

Steps, each a real `tradebrief` process on a scratch TRADEBRIEF_HOME (deleted afterwards unless
``--keep``): `index`; `ask` once to warm the view cache, then ``--runs`` timed cold asks (the
seeds-only baseline); `ingest --yes` of the generated Markdown document (timed); the first `ask`
after it (it rebuilds the view cache: timed apart), then the timed cold asks; the same for the
one-line file. Prints a table and the ratios; ``--json`` writes the figures.

The documents are generated (seeded): sentences of varied words, numbers and years, so the terms
BM25 sees grow as a real corpus's would. The one-line file has no line break at all.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Run as a script, this folder is on sys.path; scale puts the checkout there too.
from scale import ROOT, fresh_home, load_average

QUESTION = "Which company built the aerial refueling aircraft Korea bought?"
TARGET = 1.5
WORDS = (
    "delegation proposal waiver tariff clause procurement radar frigate tanker maintenance "
    "depot supplier contractor ministry council review schedule audit credit obligation share "
    "quota licence transfer training facility program phase budget report statement partner "
    "subsidiary assembly engine sensor software export import inspection tender bid award "
    "quartzite basalt garnet onyx zircon cobalt harbor ridge valley summit lagoon meadow"
).split()


def _sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(7, 14))
    words[0] = words[0].capitalize()
    figure = f"{rng.randint(1, 999)}.{rng.randint(0, 9)} million"
    year = str(rng.randint(1983, 2030))
    middle = rng.randint(2, len(words) - 2)
    return " ".join([*words[:middle], "worth", figure, "in", year, *words[middle:]]) + "."


def markdown_document(path: Path, megabytes: float, seed: int = 18) -> Path:
    """A Markdown document of about ``megabytes``: headings and paragraphs of 1–4 sentences."""
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    parts = ["# Generated negotiation record\n"]
    size = len(parts[0])
    section = 0
    while size < target:
        if rng.random() < 0.05:
            section += 1
            block = f"\n## Section {section}: {rng.choice(WORDS)} {rng.choice(WORDS)}\n"
        else:
            block = "\n" + " ".join(_sentence(rng) for _ in range(rng.randint(1, 4))) + "\n"
        parts.append(block)
        size += len(block)
    path.write_text("".join(parts), encoding="utf-8")
    return path


def one_line_document(path: Path, megabytes: float, seed: int = 19) -> Path:
    """About ``megabytes`` of run-on text with no line break and no sentence end."""
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    with path.open("w", encoding="utf-8") as handle:
        written = 0
        while written < target:
            piece = _sentence(rng).rstrip(".") + (", " if rng.random() < 0.3 else " ")
            handle.write(piece)
            written += len(piece)
    return path


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("tradebrief")
    return [str(script)] if script.exists() else [sys.executable, "-m", "assistant.cli"]


def run(home: Path, *args: str) -> float:
    """Seconds one `tradebrief` command takes, as a user waits for it (it must succeed)."""
    env = {**os.environ, "TRADEBRIEF_HOME": str(home), "PYTHONPATH": str(ROOT)}
    began = time.perf_counter()
    done = subprocess.run(
        [*_cli(), *args], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"tradebrief {' '.join(args)} failed: {done.stderr.strip()[-2000:]}")
    return seconds


def cold_asks(home: Path, runs: int) -> dict[str, float]:
    """The first ask (which may rebuild the view cache), then ``runs`` cold asks."""
    first = run(home, "ask", QUESTION)
    times = [run(home, "ask", QUESTION) for _ in range(runs)]
    return {"first": first, "median": statistics.median(times), "max": max(times)}


def _said(step: str, figure: object) -> None:
    """Each figure as soon as it is measured (a long run can be followed, or cut short)."""
    print(f"{step}: {figure} (load {load_average()})", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown-mb", type=float, default=5.0)
    parser.add_argument("--line-mb", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the scratch home")
    args = parser.parse_args(argv)

    home = fresh_home("tradebrief-large-")
    docs = home / "generated"
    docs.mkdir()
    figures: dict[str, object] = {"load_before": load_average()}
    try:
        figures["index_s"] = run(home, "index")
        figures["seeds"] = cold_asks(home, args.runs)
        _said("seeds only", figures["seeds"])
        steps = [
            ("markdown", markdown_document(docs / "negotiation-record.md", args.markdown_mb)),
            ("one_line", one_line_document(docs / "run-on-line.txt", args.line_mb)),
        ]
        for name, path in steps:
            figures[f"{name}_mb"] = round(path.stat().st_size / 2**20, 1)
            figures[f"{name}_ingest_s"] = run(home, "ingest", "--yes", str(path))
            _said(f"{name} ingest", figures[f"{name}_ingest_s"])
            figures[name] = cold_asks(home, args.runs)
            _said(f"{name} asks", figures[name])
        figures["load_after"] = load_average()
    finally:
        if args.keep:
            print(f"scratch home kept: {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)

    seeds = figures["seeds"]["median"]  # type: ignore[index]
    print(f"cold `tradebrief ask` (median of {args.runs}), load {figures['load_before']}")
    print("| store | ingest | first ask | cold ask | × seeds-only |")
    print("|---|---:|---:|---:|---:|")
    print(
        f"| built-in sources only | {figures['index_s']:.1f} s (index) | "
        f"{figures['seeds']['first']:.2f} s | {seeds:.2f} s | 1.00 |"
    )  # type: ignore[index]
    verdicts = []
    for name, label in (("markdown", "Markdown"), ("one_line", "one-line file")):
        asks = figures[name]
        ratio = asks["median"] / seeds  # type: ignore[index]
        figures[f"{name}_ratio"] = round(ratio, 2)
        verdicts.append(ratio <= TARGET)
        print(
            f"| + {figures[f'{name}_mb']} MB {label} | {figures[f'{name}_ingest_s']:.0f} s | "
            f"{asks['first']:.2f} s | {asks['median']:.2f} s | {ratio:.2f} |"  # type: ignore[index]
        )
    print(f"target: within {TARGET}× of seeds-only: {'met' if all(verdicts) else 'NOT met'}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
