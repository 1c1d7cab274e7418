"""The package reads as the pipeline: stages in sub-packages, imports pointing one way."""

from __future__ import annotations

import ast
from pathlib import Path

import assistant

PACKAGE = Path(assistant.__file__).parent
BASE = {
    "errors",
    "settings",
    "answers",
    "quantities",
    "currencies",
    "korean_numbers",
    "inputs",
    "wording",
    "datafiles",
    "regex",
}
# What each part may import, besides itself and the base modules.
ALLOWED = {
    "base": set(),
    "knowledge": set(),
    "search": {"knowledge"},
    "calculator": {"knowledge"},
    "answering": {"knowledge", "search", "calculator"},
    # Korean questions: read into English over the glossary, worded from the English answer.
    "korean": {"knowledge", "search", "calculator", "answering"},
    "pipeline": {"knowledge", "search", "calculator", "answering", "korean"},
    "evaluation": {"knowledge", "search", "calculator", "answering", "korean", "pipeline"},
    "app": {"knowledge", "search", "calculator", "answering", "korean", "pipeline"},
    "cli": {
        "knowledge",
        "search",
        "calculator",
        "answering",
        "korean",
        "pipeline",
        "evaluation",
        "app",
    },  # fmt: skip
}


def _part(module: str) -> str:
    """'assistant.search.index' -> 'search'; 'assistant.errors' -> 'base'."""
    first = module.split(".")[1] if "." in module else ""
    return "base" if first in BASE or first == "" else first


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "assistant":
                found |= {f"assistant.{alias.name}" for alias in node.names}
            elif node.module.startswith("assistant."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("assistant.")}
    return found


def _module_name(path: Path) -> str:
    return ".".join(("assistant", *path.relative_to(PACKAGE).with_suffix("").parts))


def test_imports_point_one_way_from_app_and_evaluation_down_to_knowledge():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "__init__.py" and path.parent == PACKAGE:
            continue  # the package's lazy re-exports
        part = _part(_module_name(path))
        for target in _imports(path):
            goal = _part(target)
            if goal not in ALLOWED[part] | {part, "base"}:
                wrong.append(f"{_module_name(path)} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_no_relative_imports_so_a_moved_module_cannot_silently_change_meaning():
    relative = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if any(
            isinstance(n, ast.ImportFrom) and n.level for n in ast.walk(ast.parse(p.read_text()))
        )
    ]
    assert relative == []


def test_the_top_level_holds_at_most_twelve_modules_besides_the_stages():
    modules = [p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py"]
    assert len(modules) <= 12, modules


def test_every_stage_says_what_it_holds_and_what_it_may_import():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text())) or ""
        assert "Holds" in doc and "import" in doc, init


def test_every_stage_names_each_of_its_modules_in_its_docstring():
    unnamed = []
    for init in sorted(PACKAGE.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text())) or ""
        for module in sorted(init.parent.glob("*.py")):
            if module.name != "__init__.py" and f"``{module.stem}``" not in doc:
                unnamed.append(f"{init.parent.name}/{module.name}")
    assert not unnamed, unnamed


def test_the_package_docstring_names_each_top_level_module_and_stage():
    doc = ast.get_docstring(ast.parse((PACKAGE / "__init__.py").read_text())) or ""
    parts = [p.stem for p in PACKAGE.glob("*.py") if p.name != "__init__.py"]
    parts += [p.parent.name for p in PACKAGE.glob("*/__init__.py")]
    assert [p for p in sorted(parts) if f"``{p}``" not in doc] == []


def test_the_public_names_are_pinned():
    assert sorted(assistant.__all__) == [
        "Answer", "Assistant", "Citation", "Settings", "ToolCall", "TradebriefError",
    ]  # fmt: skip
    for name in assistant.__all__:
        assert getattr(assistant, name).__name__ == name
