"""Sources come in verbatim, with metadata, and split into units whose offsets are exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import KnowledgeError
from assistant.knowledge.chunks import sentence_spans, split_source
from assistant.knowledge.sources import load_sources
from assistant.settings import REPO_ROOT

SEEDS = REPO_ROOT.parent / "shared" / "seeds"


def test_five_sources_each_with_title_kind_and_date(sources):
    assert len(sources) == 5
    for source in sources.values():
        assert source.meta.title and source.meta.publisher
        assert source.meta.kind in {"news", "blog", "research report"}
        assert source.meta.date.startswith(("2023", "2025"))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not beside this checkout")
def test_sources_are_byte_identical_to_the_seeds(sources):
    for source in sources.values():
        seed = (SEEDS / f"{source.id}.txt").read_bytes().decode("utf-8")
        assert source.text == seed


def test_known_defects_are_documented(sources):
    notes = " ".join(d for s in sources.values() for d in s.meta.defects)
    for defect in ("2016?2020", "replacement character", "31st of October", "comment form"):
        assert defect in notes


def test_every_unit_quote_is_the_source_text_at_its_offsets(sources):
    for source in sources.values():
        units, passages = split_source(source)
        assert units and passages
        for unit in units:
            assert unit.quote == source.text[unit.start : unit.end]
            assert unit.quote == unit.quote.strip()
        for passage in passages:
            assert 0 <= passage.start < passage.end <= len(source.text)


def test_boilerplate_is_never_a_unit(sources):
    banned = [
        "© The Asia Business Daily",
        "Dior Bag",
        "Leave a Reply",
        "HTML tags",
        "Share in the comments",
        "hankyung@bloomingbit.io",
        "wijjang47@kiet.re.kr",
        "Be Korea-savvy",
        "Source: Jang and Kim",
    ]
    for source in sources.values():
        units, _ = split_source(source)
        for unit in units:
            for phrase in banned:
                assert phrase not in unit.quote, (source.id, phrase)


def test_a_table_row_is_one_unit_with_its_column_headers(sources):
    units, _ = split_source(sources["002_b00326718e5a7ad5"])
    rows = [u for u in units if u.kind == "row"]
    row = next(u for u in rows if u.quote.startswith("Offset value per contract"))
    assert "\t" in row.quote and "\n" not in row.quote
    assert row.text.startswith("Table 2. Offsets for FMS Contracts")
    assert "Norway: Min. 100%" in row.text and "Netherlands: Min. 100%" in row.text
    assert len([u for u in rows if u.text.startswith("Table 3.")]) == 6


def test_a_sentence_broken_by_a_page_break_is_shown_whole_but_quoted_verbatim(sources):
    units, _ = split_source(sources["002_b00326718e5a7ad5"])
    tail = next(u for u in units if u.quote.startswith("tracts was subsequently raised"))
    assert tail.text.startswith(
        "The threshold monetary value to trigger the trade offset requirement in contracts"
    )


def test_sentences_split_on_full_stops_but_not_on_abbreviations_or_decimals():
    text = "The U.S. government acted. Offsets were $662.6 million. Min. 70% applies in S. Korea. Done!"
    pieces = [text[s:e] for s, e in sentence_spans(text)]
    assert pieces == [
        "The U.S. government acted.",
        "Offsets were $662.6 million.",
        "Min. 70% applies in S. Korea.",
        "Done!",
    ]


def test_footnote_markers_stay_with_their_sentence():
    text = "It has remained unchanged since.⁴⁾ The offset requirement was lowered."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "It has remained unchanged since.⁴⁾",
        "The offset requirement was lowered.",
    ]


def _knowledge(tmp_path: Path, meta: str, files: dict[str, str]) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "sources.yaml").write_text(meta, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_source_without_metadata_is_reported_by_name(tmp_path):
    folder = _knowledge(tmp_path, "[]\n", {"x_1.txt": "Some text."})
    with pytest.raises(KnowledgeError, match="x_1: no metadata"):
        load_sources(folder)


def test_malformed_metadata_names_the_field(tmp_path):
    folder = _knowledge(
        tmp_path, "- id: x_1\n  title: T\n  kind: novel\n", {"x_1.txt": "Some text."}
    )
    with pytest.raises(KnowledgeError, match="kind"):
        load_sources(folder)


def test_a_boilerplate_marker_missing_from_the_text_is_an_error(tmp_path):
    meta = "- id: x_1\n  title: T\n  kind: news\n  boilerplate_from: 'Comments'\n"
    folder = _knowledge(tmp_path, meta, {"x_1.txt": "Some text."})
    with pytest.raises(KnowledgeError, match="not in the text"):
        load_sources(folder)


def test_a_source_that_is_not_utf8_is_reported(tmp_path):
    folder = _knowledge(tmp_path, "- id: x_1\n  title: T\n", {})
    (folder / "x_1.txt").write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(KnowledgeError, match="not UTF-8"):
        load_sources(folder)
