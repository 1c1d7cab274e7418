"""A module-level constant bound twice silently takes the later value everywhere in its module,
including the places written for the earlier one: every top-level name of the package is bound once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"


def top_level_bindings(tree: ast.Module) -> Counter[str]:
    """Names a module binds by plain assignment at its top level (not in a branch or a function)."""
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            for leaf in ast.walk(target):
                if isinstance(leaf, ast.Name):
                    names[leaf.id] += 1
    return names


def twice_bound(source: str) -> list[str]:
    counts = top_level_bindings(ast.parse(source))
    return sorted(name for name, n in counts.items() if n > 1 and name != "__all__")


def test_a_name_assigned_twice_at_the_top_of_a_module_is_found():
    source = "LIMIT = 0.9\nOTHER = 1\n\ndef f():\n    LIMIT = 2\n\nLIMIT = 0.5\n"
    assert twice_bound(source) == ["LIMIT"]


def test_names_bound_in_functions_or_once_are_not_reported():
    source = "A = 1\nB: int = 2\n\ndef f():\n    A = 3\n    return A\n"
    assert twice_bound(source) == []


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_every_module_binds_each_top_level_name_once(path):
    assert twice_bound(path.read_text(encoding="utf-8")) == []
