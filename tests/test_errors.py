"""Errors carry one actionable line: the field at fault and what is wrong with it."""

from __future__ import annotations

import pytest
import yaml
from pydantic import BaseModel, ValidationError

from assistant.errors import KnowledgeError, describe, first_line


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


def test_a_malformed_data_row_error_carries_its_file_row_id_and_value(tmp_path):
    import shutil

    from assistant.knowledge.rows import load_data
    from assistant.settings import REPO_ROOT

    data = tmp_path / "data"
    shutil.copytree(REPO_ROOT / "knowledge" / "data", data)
    table = data / "us_offsets.yaml"
    text = table.read_text(encoding="utf-8")
    first_id = yaml.safe_load(text)[0]["id"]
    rows = yaml.safe_load(text)
    rows[0]["year"] = "not a year"
    table.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_data(data)
    assert (caught.value.path, caught.value.id, caught.value.value) == (
        table,
        first_id,
        "not a year",
    )
    assert str(caught.value).startswith(f"us_offsets.yaml, row 0 ({first_id}): year: ")


def test_describe_names_the_field_at_fault_without_pydantic_prefixes():
    from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

    class Thing(BaseModel):
        model_config = ConfigDict(extra="forbid")
        amount: int

        @field_validator("amount")
        @classmethod
        def positive(cls, value: int) -> int:
            if value <= 0:
                raise ValueError("must be positive")
            return value

    with pytest.raises(ValidationError) as negative:
        Thing(amount=-1)
    assert describe(negative.value) == "amount: must be positive"
    with pytest.raises(ValidationError) as extra:
        Thing(amount=1, colour="red")
    assert describe(extra.value, unknown_field="not a field of Thing") == (
        "colour: not a field of Thing"
    )
    assert first_line(ValueError("one\ntwo")) == "one"
    assert first_line(ValueError("")) == "ValueError"


def test_a_broken_yaml_file_is_one_error_naming_the_file_and_line(tmp_path):
    from assistant.datafiles import read_yaml
    from assistant.errors import InputError

    broken = tmp_path / "broken.yaml"
    broken.write_text("a: [1, 2\nb: 3\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        read_yaml(broken)
    assert str(caught.value).startswith(f"{broken} is not valid YAML (line ")
    assert caught.value.path == broken
    with pytest.raises(InputError, match="cannot read"):
        read_yaml(tmp_path / "missing.yaml", InputError)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00a")
    with pytest.raises(KnowledgeError, match="not UTF-8"):
        read_yaml(binary)


def test_every_yaml_reader_names_the_broken_file_and_its_line(tmp_path):
    from assistant.errors import DocumentError
    from assistant.knowledge.disagreements import load_disagreements
    from assistant.search.ingest import sidecar
    from assistant.settings import newest_source_date

    broken = "a: [1, 2\nb: 3\n"
    (tmp_path / "disagreements.yaml").write_text(broken, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(broken, encoding="utf-8")
    (tmp_path / "memo.txt.yaml").write_text(broken, encoding="utf-8")
    for read, error, path in (
        (lambda: load_disagreements(tmp_path), KnowledgeError, "disagreements.yaml"),
        (lambda: newest_source_date(tmp_path / "sources.yaml"), KnowledgeError, "sources.yaml"),
        (lambda: sidecar(tmp_path / "memo.txt"), DocumentError, "memo.txt.yaml"),
    ):
        with pytest.raises(error) as caught:
            read()
        assert str(caught.value).startswith(f"{tmp_path / path} is not valid YAML (line 2): ")
        assert caught.value.path == tmp_path / path


def test_front_matter_that_is_not_yaml_stays_part_of_the_text(tmp_path):
    from assistant.knowledge.readers import read_document

    notes = tmp_path / "notes.md"
    notes.write_text("---\ntitle: [unclosed\n---\nThe round closed early.\n", encoding="utf-8")
    extracted = read_document(notes)
    assert "The round closed early." in extracted.text
    assert "unclosed" in extracted.text and not extracted.title
