"""Evaluation sets: the dev set and each held-out set, scored and gated separately.

``evals/questions.yaml`` (gates ``evals/gates.yaml``) is the dev set, the cases the system was
built against. Every folder of ``evals/`` that holds case files is a set of its own, named after
the folder, with its own ``gates.yaml`` (none: reported, never gated). A held-out set is
written by someone who saw only the sources; its score says how answers hold on questions nobody
here wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.errors import InputError
from assistant.evaluation.cases import DEFAULT_CASES, DEFAULT_GATES, EVALS_DIR, Gates, load_gates

# A set without gates is reported only: every floor is zero.
REPORT_ONLY = Gates(
    answer_accuracy=0.0, category_accuracy=0.0, citation_validity=0.0, abstention_recall=0.0
)


@dataclass(frozen=True)
class EvalSet:
    name: str
    files: tuple[Path, ...]
    gates: Path | None

    def load_gates(self) -> Gates:
        return load_gates(self.gates) if self.gates else REPORT_ONLY


def case_files(folder: Path) -> tuple[Path, ...]:
    """The case files of a set's folder (every YAML file but its gates)."""
    return tuple(
        p for p in sorted(folder.glob("*.yaml")) if p.name not in ("gates.yaml", "gates.yml")
    )


def discover(evals_dir: Path = EVALS_DIR) -> list[EvalSet]:
    """The dev set, then every folder of ``evals_dir`` with case files, by name."""
    sets = [EvalSet("dev", (DEFAULT_CASES,), DEFAULT_GATES)]
    for folder in sorted(p for p in evals_dir.iterdir() if p.is_dir()):
        files = case_files(folder)
        if files:
            gates = folder / "gates.yaml"
            sets.append(EvalSet(folder.name, files, gates if gates.is_file() else None))
    return sets


def expand(paths: list[Path]) -> list[Path]:
    """Case files from the paths given: a folder stands for its case files."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = case_files(path)
            if not found:
                raise InputError(f"{path}: no case files (*.yaml) in this folder")
            files.extend(found)
        else:
            files.append(path)
    return files


def pick(sets: list[EvalSet], names: list[str] | None) -> list[EvalSet]:
    if not names:
        return sets
    known = [s.name for s in sets]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise InputError(f"unknown set {unknown[0]!r}: use one of {', '.join(known)}")
    return [s for s in sets if s.name in names]
