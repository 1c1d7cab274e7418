"""Translated cases name the case they re-ask; the two are scored side by side."""

from __future__ import annotations

import pytest

from assistant.errors import InputError
from assistant.evaluation.cases import EVALS_DIR, load_cases
from assistant.evaluation.translations import Comparison, Pair, originals, readable_sets


def test_the_korean_set_re_asks_at_least_40_english_cases_over_every_category():
    korean = load_cases([EVALS_DIR / "ko" / "cases.yaml"])
    translated = [c for c in korean if c.original]
    assert len(korean) >= 60 and len(translated) >= 40
    found = originals(korean, EVALS_DIR)
    english_categories = {c.category for c in load_cases()}
    assert {found[c.original].category for c in translated if c.original} == english_categories


def test_originals_come_only_from_sets_that_are_not_held_out():
    assert all("heldout" not in str(path) for path in readable_sets(EVALS_DIR))


def test_a_case_naming_an_unknown_original_is_refused(tmp_path):
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "- id: ko-x\n  category: c\n  original: no-such-case\n  question: 질문?\n  abstain: true\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no-such-case"):
        originals(load_cases([cases]), EVALS_DIR)


def test_the_gap_is_how_far_translations_fall_behind_their_originals():
    pairs = (
        Pair("ko-a", "a", "x", translated_passed=True, original_passed=True),
        Pair("ko-b", "b", "x", translated_passed=False, original_passed=True),
        Pair("ko-c", "c", "y", translated_passed=True, original_passed=False),
        Pair("ko-d", "d", "y", translated_passed=False, original_passed=True),
    )
    found = Comparison(pairs)
    assert found.translated_accuracy == 0.5 and found.original_accuracy == 0.75
    assert found.gap == pytest.approx(0.25)
    assert found.categories() == {"x": (2, 0.5, 1.0), "y": (2, 0.5, 0.5)}
