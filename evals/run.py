"""Run the evaluation: a thin alias of ``tradebrief eval`` (same options, same exit codes).

    python -m evals.run [FILE ...] [--json] [--report PATH] [--category C]

The harness itself (cases, scoring, baselines, report) lives in ``assistant/evaluation/`` so the
installed ``tradebrief`` command has it.
"""

from __future__ import annotations

import sys

from assistant.cli import main as _cli


def main(argv: list[str]) -> int:
    return _cli(["eval", *argv])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
