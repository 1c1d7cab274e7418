"""Run the evaluation cases through the assistant and print the share answered correctly.

    python -m evals.run [FILE]

A case passes when its abstention matches, every fact pattern matches the answer, (for answered
cases) at least one gold source is cited, and (for cases with ``tool``) that tool was called.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT = Path(__file__).with_name("questions.yaml")


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    question: str
    facts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    abstain: bool = False
    history: tuple[dict[str, str], ...] = ()
    tool: str | None = None


@dataclass
class Outcome:
    case: Case
    passed: bool
    answer: str
    problems: list[str] = field(default_factory=list)


def load_cases(path: Path = DEFAULT) -> list[Case]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = []
    for item in raw:
        cases.append(
            Case(
                id=item["id"],
                category=item["category"],
                question=item["question"],
                facts=tuple(item.get("facts", ())),
                sources=tuple(item.get("sources", ())),
                abstain=bool(item.get("abstain", False)),
                history=tuple(item.get("history", ())),
                tool=item.get("tool"),
            )
        )
    return cases


def judge(case: Case, answer: Any) -> Outcome:
    problems = []
    if answer.abstained != case.abstain:
        problems.append("should abstain" if case.abstain else "abstained wrongly")
    for fact in case.facts:
        if not re.search(fact, answer.answer, re.IGNORECASE):
            problems.append(f"missing /{fact}/")
    if case.tool and not any(call.name == case.tool for call in answer.tool_calls):
        problems.append(f"no {case.tool} call")
    if not case.abstain:
        cited = {c.source_id for c in answer.citations}
        if case.sources and not cited & set(case.sources):
            problems.append(f"cites {sorted(cited)} not {list(case.sources)}")
    return Outcome(case, not problems, answer.answer, problems)


def run(cases: list[Case], assistant: Any) -> list[Outcome]:
    return [judge(c, assistant.ask(c.question, history=list(c.history))) for c in cases]


def main(argv: list[str]) -> int:
    from assistant import Assistant

    path = Path(argv[0]) if argv else DEFAULT
    outcomes = run(load_cases(path), Assistant())
    passed = sum(o.passed for o in outcomes)
    for o in outcomes:
        if not o.passed:
            print(
                f"FAIL {o.case.id}: {'; '.join(o.problems)}\n     Q: {o.case.question}\n     A: {o.answer[:300]}"
            )
    print(f"accuracy {passed}/{len(outcomes)} = {passed / len(outcomes):.3f}")
    return 0 if passed / len(outcomes) >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
