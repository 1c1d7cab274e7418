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


def test_a_repeated_line_is_kept_once_and_its_later_copies_left_out(tmp_path):
    caption = "A pilot boat that was refitted by Nordwerft is seen in this photo."
    text = f"Harbour news\n{caption} (Photo: the yard)\n{caption}\nThe port reopened in May.\n"
    meta = "- id: x_1\n  title: T\n  kind: news\n  repeated_lines: ['A pilot boat that was']\n"
    folder = _knowledge(tmp_path, meta, {"x_1.txt": text})
    units, _ = split_source(load_sources(folder)[0])
    assert [u.text for u in units if "Nordwerft" in u.text] == [caption]


def test_a_source_that_is_not_utf8_is_reported(tmp_path):
    folder = _knowledge(tmp_path, "- id: x_1\n  title: T\n", {})
    (folder / "x_1.txt").write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(KnowledgeError, match="not UTF-8"):
        load_sources(folder)


def _ingested(text: str):
    from assistant.knowledge.sources import Source, SourceMeta

    meta = SourceMeta(
        id="one-line",
        title="One line",
        publisher="Test",
        kind="other",
        origin="ingested",
        file="one-line.txt",
        format="text",
    )
    return Source(meta=meta, text=text)


def _run_on(size: int) -> str:
    """``size`` characters on one line: words and clauses, never a full stop."""
    words = ("offset", "contract", "Korea", "threshold,", "procurement;", "the", "USTR", "rules")
    parts, total, n = [], 0, 0
    while total < size:
        word = words[(n * 7 + n // 3) % len(words)]
        parts.append(word)
        total += len(word) + 1
        n += 1
    return " ".join(parts)[:size] + "\n"


def test_a_one_line_20_mb_file_becomes_bounded_units_each_quoted_verbatim():
    import time

    from assistant.knowledge.chunks import MAX_UNIT_CHARS, PASSAGE_CHARS

    text = _run_on(20 * 1024 * 1024)
    began = time.perf_counter()
    units, passages = split_source(_ingested(text))
    # Linear: slicing to the end of the line at each unit would take hours, not minutes (the
    # bound leaves room for a loaded machine; speed itself is benchmarks/large_documents.py's).
    assert time.perf_counter() - began < 120
    assert len(units) > 20_000
    assert all(len(u.quote) <= MAX_UNIT_CHARS and len(u.text) <= MAX_UNIT_CHARS for u in units)
    assert all(text[u.start : u.end] == u.quote for u in units)
    assert all(len(p.text) <= max(PASSAGE_CHARS, MAX_UNIT_CHARS) for p in passages)
    # Nothing is lost: between consecutive units there is only white space.
    assert units[0].start == 0 and units[-1].end == len(text) - 1
    for before, after in zip(units, units[1:], strict=False):
        assert before.end <= after.start and not text[before.end : after.start].strip()
    # Cut at clause boundaries where there are any, not in the middle of a word.
    assert sum(u.quote[-1] in ",;" for u in units) > 0.9 * len(units)


def test_an_overlong_run_without_spaces_is_cut_at_the_limit():
    from assistant.knowledge.chunks import MAX_UNIT_CHARS

    text = "Heading\n" + "x" * 5000 + "\n"
    units, _ = split_source(_ingested(text))
    pieces = [u for u in units if u.kind != "heading"]
    assert [len(u.quote) for u in pieces] == [MAX_UNIT_CHARS] * 5
    assert "".join(u.quote for u in pieces) == "x" * 5000


def test_an_overlong_table_row_is_cited_in_verbatim_pieces():
    from assistant.knowledge.chunks import MAX_UNIT_CHARS

    row = "Long\t" + ", ".join(["a clause of a cell"] * 200)
    text = "Title\nSome text here.\n\nItem\tNote\n" + row + "\n"
    units, _ = split_source(_ingested(text))
    rows = [u for u in units if u.kind == "row"]
    assert len(rows) > 1 and all(len(u.quote) <= MAX_UNIT_CHARS for u in rows)
    assert all(text[u.start : u.end] == u.quote for u in rows)


def test_sentences_of_ordinary_length_are_not_cut(sources):
    from assistant.knowledge.chunks import MAX_UNIT_CHARS

    for source in sources.values():
        units, _ = split_source(source)
        assert all(len(u.quote) < MAX_UNIT_CHARS for u in units)


def test_a_news_dateline_is_a_unit_of_its_own_not_the_start_of_the_first_sentence():
    text = "BUSAN, May 3 (Harbor Wire)The port reopened today. Cranes resumed work."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "BUSAN, May 3 (Harbor Wire)",
        "The port reopened today.",
        "Cranes resumed work.",
    ]
    # A capitalised opening that is no dateline stays in its sentence.
    plain = "NATO, in May 2024 (its summit), said so. Then more."
    assert [plain[a:b] for a, b in sentence_spans(plain)][
        0
    ] == "NATO, in May 2024 (its summit), said so."
