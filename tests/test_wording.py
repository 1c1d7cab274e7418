"""Every sentence the code words for users comes from prompts/ (answers.yaml, and the English-only
statements.yaml and interface.yaml), with its fields."""

from __future__ import annotations

import ast
import string
from functools import cache
from pathlib import Path

import pytest

import assistant
from assistant import wording
from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError
from assistant.wording import ENGLISH_ONLY_FILES, english, fields, say, templates

PACKAGE = Path(assistant.__file__).parent


@cache
def _package_calls() -> tuple[tuple[str, str, str, frozenset[str | None]], ...]:
    """Every call ``f("key", field=...)`` in the package, as (module, f, key, fields given)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                given = frozenset(k.arg for k in node.keywords)
                found.append((path.name, node.func.id, node.args[0].value, given))
    return tuple(found)


def _calls(function: str = "say"):
    for where, name, key, given in _package_calls():
        if name == function:
            yield where, key, set(given)


def test_every_key_the_code_uses_exists_with_the_fields_it_fills():
    calls = list(_calls())
    assert len(calls) > 15
    for where, key, given in calls:
        assert key in english(), f"{where}: no template {key!r}"
        assert fields(key) == given, f"{where}: {key!r} fills {given}, wants {fields(key)}"


@cache
def _row_labels() -> frozenset[str]:
    """The label templates of data rows, whose keys are built from a row's kind and the value of
    one of its fields: every value each kind of row allows, and every value the tables hold."""
    from assistant.knowledge.rows import TABLES, load_data
    from assistant.settings import Settings

    rows = load_data(Settings().data_dir).rows()
    allowed = {key for model in TABLES.values() for key in model.label_keys()}
    return frozenset(allowed | {row.label_key() for row in rows if row.LABEL})


def test_every_template_is_used_somewhere():
    used = {key for _, key, _ in _calls()} | _row_labels()
    assert set(english()) <= used, set(english()) - used


def test_every_row_label_is_a_template_that_fills_at_most_the_rows_category():
    assert len(_row_labels()) > 20
    for key in _row_labels():
        assert key in english(), f"no label {key!r}"
        assert fields(key) <= {"category"}, key


def test_a_kind_of_row_whose_label_is_missing_is_refused_at_load_naming_it(monkeypatch):
    from assistant.knowledge import rows

    monkeypatch.setattr(rows, "english", lambda: {"value_offset_value": "offsets obtained"})
    with pytest.raises(KnowledgeError, match="'value_offset_share_of_imports' for OffsetValue"):
        rows.check_labels()


def test_the_english_only_files_hold_english_and_no_key_of_the_answers():
    for path in ENGLISH_ONLY_FILES:
        assert set(read_yaml(path)) == {"en"}, path
        assert not set(templates(path)) & set(templates()), path


def test_a_key_in_two_prompts_files_is_refused_naming_it(tmp_path, monkeypatch):
    twice = tmp_path / "twice.yaml"
    twice.write_text('en:\n  cannot_answer: "Another wording."\n')
    monkeypatch.setattr(wording, "ENGLISH_ONLY_FILES", (twice,))
    english.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="cannot_answer"):
            english()
    finally:
        english.cache_clear()


def test_a_calculator_or_data_row_statement_is_never_reworded_in_korean():
    # A Korean answer restates calculations from the calculator's typed output, not its English
    # summary; recognising an English-only sentence would say it a second time, or garble it.
    from assistant.wording import recognise

    for path in ENGLISH_ONLY_FILES:
        for key, text in templates(path).items():
            names = {n for _, n, _, _ in string.Formatter().parse(text) if n}
            sentence = text.format(**{n: "USD 12 million" for n in names})
            assert recognise(sentence) is None, key


def test_a_missing_field_is_an_error_naming_the_template():
    with pytest.raises(KnowledgeError, match="never_mention"):
        say("never_mention")


def test_a_broken_file_is_refused_with_its_path(tmp_path):
    broken = tmp_path / "answers.yaml"
    broken.write_text("en:\n  a: 'unclosed {brace'\n")
    with pytest.raises(KnowledgeError, match="does not parse"):
        templates(broken)


def test_the_chat_offers_the_example_questions_of_the_prompts_folder():
    from assistant.wording import examples

    assert len(examples()) >= 5 and all(q.endswith("?") for q in examples())


def test_every_korean_key_the_code_uses_exists_with_the_fields_it_fills():
    from assistant.wording import PROMPTS_FILE

    korean = templates(PROMPTS_FILE, "ko")
    calls = list(_calls("say_ko"))
    assert len(calls) > 10
    for where, key, given in calls:
        assert key in korean, f"{where}: no Korean template {key!r}"
        wanted = {n for _, n, _, _ in string.Formatter().parse(korean[key]) if n}
        assert wanted == given, f"{where}: {key!r} fills {given}, wants {wanted}"


def test_every_english_sentence_has_a_korean_one_with_the_same_fields():
    from assistant.wording import PROMPTS_FILE

    korean = templates(PROMPTS_FILE, "ko")
    for key in templates():
        assert key in korean, f"no Korean wording for {key!r}"
        english = {n for _, n, _, _ in string.Formatter().parse(templates()[key]) if n}
        assert {n for _, n, _, _ in string.Formatter().parse(korean[key]) if n} == english, key


def test_a_sentence_an_english_template_words_is_recognised_with_its_values():
    from assistant.wording import recognise

    assert recognise(say("never_mention", names="Germany")) == (
        "never_mention",
        {"names": "Germany"},
    )
    assert recognise("Some sentence no template words.") is None


def test_every_chat_label_the_code_uses_exists_with_the_fields_it_fills():
    from assistant.wording import UI_FILE

    calls = list(_calls("label"))
    assert len(calls) > 40
    for language in ("en", "ko"):
        labels = templates(UI_FILE, language)
        for where, key, given in calls:
            assert key in labels, f"{where}: no {language} label {key!r}"
            wanted = {n for _, n, _, _ in string.Formatter().parse(labels[key]) if n}
            if None not in given:  # fields given as **values are checked where they are built
                assert wanted == given, f"{where}: {key!r} fills {given}, wants {wanted}"
