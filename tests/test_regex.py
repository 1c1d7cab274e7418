"""Patterns compiled at first use behave as the compiled patterns they stand for."""

from __future__ import annotations

import ast
import re
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

import assistant
from assistant.regex import compile_all, is_compiled, lazy


def test_a_lazy_pattern_matches_substitutes_and_splits_as_re_compile_does():
    text = "Offsets of 50% since 2009, 30% since 2016."
    source = r"(?P<share>\d+)%"
    compiled, standin = re.compile(source), lazy(source)
    assert standin.search(text).group("share") == compiled.search(text).group("share") == "50"
    assert standin.findall(text) == compiled.findall(text) == ["50", "30"]
    assert standin.sub("N", text) == compiled.sub("N", text)
    assert standin.split(text) == compiled.split(text)
    assert [m.span() for m in standin.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert standin.fullmatch("50%") and not standin.match("about 50%")


def test_flags_and_attributes_are_those_of_the_compiled_pattern():
    standin = lazy(r"\b(how much|worth)\b", re.I)
    assert standin.search("HOW MUCH is it WORTH").group(1) == "HOW MUCH"
    assert standin.flags == re.compile(r"x", re.I).flags
    assert standin.groups == 1


def test_the_text_of_a_pattern_is_read_without_compiling_it():
    # A broken pattern fails where it is used, not where it is written or quoted in another.
    broken = lazy(r"(unclosed")
    assert broken.pattern == "(unclosed"
    with pytest.raises(re.error):
        broken.search("text")


def _eager_compiles(node: ast.AST) -> Iterator[int]:
    """Lines of ``re.compile(...)`` run when the module is imported: outside any function body."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if (
            isinstance(child, ast.Call)
            and isinstance(child.func, ast.Attribute)
            and child.func.attr == "compile"
            and isinstance(child.func.value, ast.Name)
            and child.func.value.id == "re"
        ):
            yield child.lineno
        yield from _eager_compiles(child)


def test_no_module_compiles_a_pattern_at_import():
    # Each module-level re.compile is paid by every start, used or not (``assistant.regex``).
    eager = [
        f"{path.name}:{line}"
        for path in sorted(Path(assistant.__file__).parent.rglob("*.py"))
        for line in _eager_compiles(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert eager == []


# -- compile_all: a process that will answer many questions compiles every pattern up front --------


def test_compile_all_compiles_the_patterns_not_yet_used_and_they_match_as_before():
    # A server compiles its patterns before the first visitor; what they match does not change.
    unused = lazy(r"\b(?P<count>\d+) (?:frigates|corvettes)\b", re.I)
    used = lazy(r"\bsubmarines?\b")
    assert used.search("two submarines")
    assert not is_compiled(unused) and is_compiled(used)
    assert compile_all() >= 1
    assert is_compiled(unused)
    assert unused.search("It ordered 12 Frigates.").group("count") == "12"
    assert compile_all() == 0  # nothing written since is left to compile


def test_compile_all_leaves_a_broken_pattern_to_fail_where_it_is_used():
    broken = lazy(r"[unclosed")
    compile_all()
    assert not is_compiled(broken)
    with pytest.raises(re.error):
        broken.search("text")


def test_a_pattern_built_for_one_call_is_not_kept_for_compile_all():
    # A function may build a pattern from a name it is given ("(?<!\w)<name>(?!\w)"): held
    # weakly, it goes with the call instead of growing a list for the life of a server.
    kept = weakref.ref(cast(Any, lazy(r"(?<!\w)Hanwha(?!\w)")))
    assert kept() is None


def test_every_pattern_the_answering_stage_writes_compiles():
    # compile_all at a server's start is also a check: no module-level pattern is broken.
    import assistant.pipeline  # noqa: F401 - imports every answering module and its patterns

    compile_all()
    standin = type(lazy("x"))
    written = [
        value
        for name, module in sorted(sys.modules.items())
        if name.startswith("assistant.")
        for value in vars(module).values()
        if isinstance(value, standin)
    ]
    assert len(written) > 100
    assert all(is_compiled(p) for p in written)
