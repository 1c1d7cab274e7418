"""Measure why answerable quick facts are refused for an unmet constraint (issue 11).

    .venv/bin/python benchmarks/refusal_ranks.py evals/tuning-45 [more folders or files]

For every case with a gold quote that must be answered and that the answerer refuses after an
answer was rejected for an unmet constraint, it prints the asked type, the refusal's reason, the
rank retrieval gave the sentence holding the gold quote (None when no one ranked sentence holds
it: a quote across sentences or a data row), and the ranks among the first dozen of the sentences
that, each cited alone, meet the asked type and every constraint (``answerability.unmet``).

It tells the two failures apart: the check refusing the right sentence (gold at rank 0, or gold
not among the sentences that meet), and the wrong sentence checked (gold lower and meeting). The
counterfactual "the first lower sentence that meets wins" is read off the last column. In the
forty-third round (2026-12-08) it was tried in the answerer, bounded by retrieval (a lower
sentence covering at least as much of the question as the best one): over 73 readable sets it
gained 2 cases and lost 10, all unanswerable questions answered by a sentence of the asked type
on another matter; so it is a measurement, not a rule. Slow: it loads the index and the model.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEPTH = 12


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()

    from assistant.answering import compose
    from assistant.answering.answerability import unmet
    from assistant.answering.frame import frame_of
    from assistant.evaluation.cases import load_cases
    from assistant.evaluation.runner import _ask_full
    from assistant.evaluation.sets import case_files
    from assistant.knowledge.sources import load_sources
    from assistant.pipeline import Assistant

    calls: list[tuple[Any, ...]] = []
    original = compose.Composer._abstain

    def recorded(self: Any, question: str, reason: str, unknown: Any, ranked: Any = None,
                 rejected: Any = None) -> Any:  # fmt: skip
        calls.append((self, question, reason, ranked, rejected))
        return original(self, question, reason, unknown, ranked, rejected)

    compose.Composer._abstain = recorded  # type: ignore[method-assign]
    assistant = Assistant(progress=False)
    texts = {s.id: s.text for s in load_sources(assistant.settings.sources_dir)}
    files = [f for p in args.paths for f in (case_files(p) if p.is_dir() else [p])]
    tally: Counter[str] = Counter()
    for case in load_cases(files):
        if case.abstain or not case.quote or case.turns:
            continue
        calls.clear()
        result = _ask_full(assistant, case, dict(texts), 5)
        rejected = [c for c in calls if c[4] is not None and c[3]]
        if result.passed or not result.judgement.abstained or not rejected:
            continue
        composer, question, reason, ranked, _ = rejected[-1]
        gold = _norm(case.quote)
        rank = next((i for i, c in enumerate(ranked) if gold in _norm(c.unit.text)), None)
        frame = frame_of(question)
        meets = []
        for i, candidate in enumerate(ranked[:DEPTH]):
            alone = composer._on_topic(
                composer._cited(question, composer._select([candidate])), question, ranked
            )
            if not alone.abstained and unmet(frame, alone, composer.entities) is None:
                meets.append(i)
        if rank is None:
            kind = "gold in no one ranked sentence"
        elif rank == 0 or rank not in meets:
            kind = "the check refuses the gold sentence"
        elif meets[0] == rank:
            kind = "gold lower, first to meet"
        else:
            kind = "gold lower, another meets first"
        tally[kind] += 1
        print(f"{case.id}\t{frame.answer_type}\trank={rank}\tmeets={meets}\t{reason[:60]}")
    for kind, count in tally.most_common():
        print(f"{count:4d}  {kind}")


if __name__ == "__main__":
    main()
