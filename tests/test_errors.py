"""Errors carry one actionable line: the field at fault and what is wrong with it."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from assistant.errors import describe, first_line


class _Thing(BaseModel):
    amount: int


def test_a_validation_error_is_described_by_its_first_field_and_message():
    with pytest.raises(ValidationError) as caught:
        _Thing.model_validate({"amount": "many"})
    assert describe(caught.value).startswith("amount: Input should be a valid integer")


def test_an_error_without_a_field_names_the_whole_input():
    with pytest.raises(ValidationError) as caught:
        _Thing.model_validate("not a mapping")
    assert describe(caught.value, "metadata").startswith("metadata: ")


def test_first_line_keeps_one_line_of_a_long_message():
    assert first_line(ValueError("bad thing\nTraceback noise\nmore")) == "bad thing"
    assert first_line(ValueError("")) == "ValueError"
