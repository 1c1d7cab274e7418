"""Patterns compiled at first use behave as the compiled patterns they stand for."""

from __future__ import annotations

import re

import pytest

from assistant.regex import lazy


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
