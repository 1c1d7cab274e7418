"""Cases that re-ask another set's cases in another language, against those originals.

A Korean case names the English case it re-asks (``original``). Both are asked of the same
assistant, and the accuracy on the pairs is set side by side: a translated set that scores as
its originals do reads the language as well as the pipeline reads English. Originals are looked
up in the dev set and the sets written to be read (never a held-out set).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.errors import InputError
from assistant.evaluation.cases import EvalCase, load_cases


@dataclass(frozen=True)
class Pair:
    """A translated case and its original, each with whether its answer passed."""

    translated: str
    original: str
    category: str
    translated_passed: bool
    original_passed: bool


@dataclass(frozen=True)
class Comparison:
    """Accuracy on translated cases against their originals, asked of the same system."""

    pairs: tuple[Pair, ...]

    @property
    def translated_accuracy(self) -> float | None:
        return _share([p.translated_passed for p in self.pairs])

    @property
    def original_accuracy(self) -> float | None:
        return _share([p.original_passed for p in self.pairs])

    @property
    def gap(self) -> float | None:
        """How far the translated cases fall behind their originals (negative: ahead)."""
        if self.translated_accuracy is None or self.original_accuracy is None:
            return None
        return self.original_accuracy - self.translated_accuracy

    def categories(self) -> dict[str, tuple[int, float | None, float | None]]:
        names = list(dict.fromkeys(p.category for p in self.pairs))
        found = {}
        for name in names:
            pairs = [p for p in self.pairs if p.category == name]
            found[name] = (
                len(pairs),
                _share([p.translated_passed for p in pairs]),
                _share([p.original_passed for p in pairs]),
            )
        return found


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def readable_sets(evals_dir: Path) -> list[Path]:
    """The case files originals may come from: the dev set and every set not held out."""
    from assistant.evaluation.sets import discover

    files: list[Path] = []
    for found in discover(evals_dir):
        if not found.name.startswith("heldout"):
            files.extend(found.files)
    return files


def originals(cases: list[EvalCase], evals_dir: Path) -> dict[str, EvalCase]:
    """The original of each translated case, by its id; an unknown original is an ``InputError``."""
    wanted = {c.original for c in cases if c.original}
    if not wanted:
        return {}
    found: dict[str, EvalCase] = {}
    for path in readable_sets(evals_dir):
        try:
            for case in load_cases([path]):
                if case.id in wanted and not case.original:
                    found.setdefault(case.id, case)
        except InputError:
            continue  # another set's malformed file is that set's problem, reported when it runs
    missing = sorted(wanted - set(found))
    if missing:
        raise InputError(
            f"original case {missing[0]!r} is in no readable set of {evals_dir} "
            "(the dev set or a set not held out)"
        )
    return found
