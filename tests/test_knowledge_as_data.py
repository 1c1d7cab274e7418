"""No module under assistant/ holds a fact of the domain: a source's year, a program, country or
company name, a row or source id. Those live in knowledge/ (and wording in prompts/), so the
forbidden literals are derived from there, and a new row or name is covered without editing
this test. Docstrings and comments may name them: they explain, they decide nothing."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from assistant.datafiles import read_yaml
from assistant.settings import REPO_ROOT

KNOWLEDGE = REPO_ROOT / "knowledge"
PACKAGE = REPO_ROOT / "assistant"


def _forbidden() -> tuple[set[int], set[str]]:
    """(years, names and ids) the knowledge base states."""
    years: set[int] = set()
    words: set[str] = set()
    for table in (KNOWLEDGE / "data").glob("*.yaml"):
        for row in read_yaml(table) or []:
            words.add(row["id"])
            for key in ("year", "from_year", "to_year"):
                if isinstance(row.get(key), int):
                    years.add(row[key])
            if "date" in row:
                years.add(int(str(row["date"])[:4]))
            for key in ("program", "country", "economy"):
                if isinstance(row.get(key), str):
                    words.add(row[key])
    for source in read_yaml(KNOWLEDGE / "sources" / "sources.yaml"):
        words.add(source["id"])
        years.add(int(str(source["date"])[:4]))
    names = read_yaml(KNOWLEDGE / "names.yaml")
    for kind, table in names.items():
        for name, phrases in table.items():
            # An organisation's acronym ("USTR") also names a data table and a brief topic in
            # code; its full name, and every other name, may not stand in code.
            if kind != "organisations" or not name.isupper():
                words.add(name)
            # Company names are what people write for a program ("Lockheed Martin", "Airbus").
            words.update(p for p in phrases if " " in p and p[0].isalpha())
    return years, words


def _docstring(node: ast.AST) -> ast.Constant | None:
    if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
        first = node.body[0] if node.body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            return first.value
    return None


def _literals(path: Path, years: set[int], words: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    word_pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")"
        r"(?![\w-])",
        re.IGNORECASE,
    )
    year_pattern = re.compile(r"(?<!\d)(?:" + "|".join(map(str, sorted(years))) + r")(?!\d)")
    found = []
    # One walk, breadth first: a module, class or function comes before its docstring.
    skip: set[int] = set()
    for node in ast.walk(tree):
        docstring = _docstring(node)
        if docstring is not None:
            skip.add(id(docstring))
        if not isinstance(node, ast.Constant) or id(node) in skip:
            continue
        where = f"{path.relative_to(path.parents[1])}:{node.lineno}"
        value = node.value
        if isinstance(value, int) and not isinstance(value, bool) and value in years:
            found.append(f"{where}: {value}")
        elif isinstance(value, str):
            found += [f"{where}: {m.group()!r}" for m in word_pattern.finditer(value)]
            found += [f"{where}: {m.group()!r}" for m in year_pattern.finditer(value)]
    return found


def test_the_forbidden_literals_come_from_the_knowledge_base():
    years, words = _forbidden()
    # The program's first year, the sources' present and names from every table.
    assert {1982, 2025} <= years
    assert {"KC-X", "Korea", "Türkiye", "lockheed martin", "policy-1982"} <= words
    assert "Lockheed Martin" in words and "USTR" not in words


def test_no_module_holds_a_year_name_or_id_of_the_sources():
    years, words = _forbidden()
    found = [hit for path in sorted(PACKAGE.rglob("*.py")) for hit in _literals(path, years, words)]
    assert not found, "move these to knowledge/ or prompts/:\n" + "\n".join(found)


def test_the_scan_finds_a_literal_planted_in_code(tmp_path):
    years, words = _forbidden()
    planted = tmp_path / "assistant" / "planted.py"
    planted.parent.mkdir()
    planted.write_text('"""Korea in a docstring is fine."""\nSTART = 1982\nWHO = "KC-X"\n')
    found = _literals(planted, years, words)
    assert [hit.split(": ", 1)[1] for hit in found] == ["1982", "'KC-X'"]
