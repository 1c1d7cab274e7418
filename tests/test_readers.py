"""Readers: each format becomes plain text (pages kept for PDFs); bad files get a one-line reason."""

from __future__ import annotations

import re
import time

import pytest
from makedocs import (
    ARTICLE,
    COMMENT_WORDS,
    DOCX_SENTENCE,
    HTML,
    MARKDOWN,
    NAV_WORDS,
    PDF_PAGE_1,
    PDF_PAGE_2,
    docx,
    docx_bomb,
    encrypted_pdf,
    pdf,
)

from assistant.errors import DocumentError, InputError
from assistant.knowledge.readers import ALLOWED_EXTENSIONS, read_document
from assistant.search.ingest import DocumentMeta, Ingester, expand, sidecar, slug


def test_a_pdf_keeps_its_text_and_where_each_page_starts(tmp_path):
    extracted = read_document(pdf(tmp_path / "memo.pdf", title="Working group memo"))
    text = extracted.text
    assert extracted.format == "pdf" and len(extracted.pages) == 2
    assert extracted.title == "Working group memo"
    assert extracted.publisher == "DAPA working group"
    # The printed lines of a paragraph are joined back into one line (one paragraph).
    first = text.index("The working group met")
    assert "\n" not in text[first : text.index("in writing.")]
    assert text[first:].startswith(" ".join(PDF_PAGE_1.split())[:60])
    second = text.index(PDF_PAGE_2)
    assert extracted.pages[0] == 0 and extracted.pages[1] <= second
    assert extracted.pages[1] > first


def test_an_html_page_gives_its_article_without_navigation_or_comment_form(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(HTML, encoding="utf-8")
    extracted = read_document(page)
    assert ARTICLE in extracted.text
    for word in (*NAV_WORDS, *COMMENT_WORDS, "All rights reserved"):
        assert word not in extracted.text, word
    assert extracted.title == "RDP talks stall over offsets"


def test_a_docx_gives_its_paragraphs_and_its_table_as_tab_separated_rows(tmp_path):
    extracted = read_document(docx(tmp_path / "paper.docx"))
    lines = extracted.text.splitlines()
    assert DOCX_SENTENCE in lines
    assert "Item\tDeadline" in lines and "Offset window review\tOctober 2025" in lines
    assert extracted.title == "Basalt working paper"
    assert extracted.publisher == "Negotiating team"


def test_markdown_loses_its_markup_and_front_matter_gives_metadata(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(MARKDOWN, encoding="utf-8")
    extracted = read_document(notes)
    assert "The team agreed to table the garnet clause at round three" in extracted.text
    assert "**" not in extracted.text and "---" not in extracted.text
    assert extracted.title == "RDP round notes"
    assert extracted.publisher == "Negotiating team" and extracted.date == "2025-06-12"


def test_plain_text_is_stored_exactly_as_written(tmp_path):
    note = tmp_path / "note.txt"
    note.write_bytes(b"Line one.\r\nLine two \xe2\x80\x94 with a dash.\r\n")
    assert read_document(note).text == "Line one.\r\nLine two — with a dash.\r\n"


def _refusal(path):
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(path.name)
    return message


def test_an_empty_pdf_is_refused(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert "empty" in _refusal(tmp_path / "empty.pdf")


def test_a_corrupt_pdf_is_refused(tmp_path):
    (tmp_path / "noise.pdf").write_bytes(bytes(range(256)) * 20)
    assert "not a PDF" in _refusal(tmp_path / "noise.pdf")
    good = pdf(tmp_path / "good.pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(good[: len(good) // 3])
    assert "PDF" in _refusal(tmp_path / "cut.pdf")


def test_a_password_protected_pdf_is_refused(tmp_path):
    locked = encrypted_pdf(tmp_path / "locked.pdf", pdf(tmp_path / "a.pdf"), user_password="s3")
    assert "password-protected" in _refusal(locked)


def test_an_encrypted_pdf_is_refused_even_without_a_password(tmp_path):
    encrypted = encrypted_pdf(tmp_path / "enc.pdf", pdf(tmp_path / "a.pdf"), user_password="")
    assert "is encrypted" in _refusal(encrypted)


def test_a_pdf_without_text_is_refused(tmp_path):
    from fpdf import FPDF

    blank = FPDF()
    blank.add_page()
    blank.output(str(tmp_path / "scan.pdf"))
    assert "no extractable text" in _refusal(tmp_path / "scan.pdf")


def test_binary_data_behind_a_text_extension_is_refused(tmp_path):
    for name in ("data.txt", "data.md", "page.html"):
        (tmp_path / name).write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
        assert "binary" in _refusal(tmp_path / name)
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9 au lait")
    assert "not UTF-8" in _refusal(tmp_path / "latin.txt")


def test_a_broken_docx_is_refused(tmp_path):
    (tmp_path / "broken.docx").write_text("not a zip archive", encoding="utf-8")
    assert "not a readable DOCX" in _refusal(tmp_path / "broken.docx")


def test_an_unknown_format_is_refused_with_the_accepted_ones(tmp_path):
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    message = _refusal(tmp_path / "sheet.xlsx")
    assert ".xlsx" in message and all(ext in message for ext in ALLOWED_EXTENSIONS)


def test_an_oversized_file_is_refused_from_its_size_without_reading_it(tmp_path):
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    began = time.perf_counter()
    # No index is needed: the size check comes before any read or store access.
    report = Ingester(None, frozenset(), max_bytes=50 * 1024 * 1024).run([huge])  # type: ignore[arg-type]
    assert time.perf_counter() - began < 1.0
    (outcome,) = report.outcomes
    assert outcome.status == "failed" and "200 MB, over the 50 MB limit" in outcome.reason


def test_a_missing_path_is_reported_and_the_others_are_still_listed(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "docs" / "a.txt.yaml").write_text("title: A\n", encoding="utf-8")
    (tmp_path / "docs" / ".hidden.txt").write_text("H.", encoding="utf-8")
    found = list(expand([tmp_path / "nope.pdf", tmp_path / "docs"]))
    assert found[0][1] is not None and "no such file" in found[0][1]
    assert found[1:] == [(tmp_path / "docs" / "a.txt", None)]  # sidecars and hidden files skipped


def test_ids_are_slugs_of_file_names():
    assert slug("USTR 2025 NTE Report (Korea)") == "ustr-2025-nte-report-korea"
    assert slug("메모") == ""  # the ingester then derives an id from the name's hash


def test_a_sidecar_gives_metadata_and_a_bad_one_says_what_is_wrong(tmp_path):
    doc = tmp_path / "memo.pdf"
    (tmp_path / "memo.pdf.yaml").write_text("title: RDP memo\nkind: memo\n", encoding="utf-8")
    assert sidecar(doc) == DocumentMeta(title="RDP memo", kind="memo")
    (tmp_path / "memo.pdf.yaml").write_text("kind: rumour\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="memo.pdf.yaml: kind"):
        sidecar(doc)


def test_flags_win_over_the_sidecar():
    merged = DocumentMeta(title="From flag").merged_over(DocumentMeta(title="Side", kind="memo"))
    assert merged == DocumentMeta(title="From flag", kind="memo")
    # Blank form fields (the UI's upload) count as not given.
    assert DocumentMeta.model_validate({"title": " ", "kind": "", "date": None}) == DocumentMeta()
    with pytest.raises(ValueError, match="kind"):
        DocumentMeta(kind="rumour")
    assert issubclass(DocumentError, InputError)


def test_the_parsing_libraries_load_only_when_a_document_is_read():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import assistant.search.ingest, assistant.knowledge.readers, assistant.cli\n"
        "heavy = ('pypdf', 'docx', 'trafilatura', 'markdown_it', 'chromadb', 'httpx')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "", out.stdout + out.stderr


def test_help_lists_ingest_sources_and_the_chroma_url_option():
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--help"], capture_output=True, text=True
    )
    for word in ("ingest", "sources", "--chroma-url", "TRADEBRIEF_CHROMA_URL"):
        assert word in out.stdout, word


def _folder_with_links(tmp_path):
    """docs/ holds a memo, a link to a file outside it, a link to a folder outside it, and a
    link to its own memo; elsewhere/ (outside docs/) holds a secret and a private folder."""
    docs, elsewhere = tmp_path / "docs", tmp_path / "elsewhere"
    (elsewhere / "private").mkdir(parents=True)
    (elsewhere / "secret.txt").write_text("Not for ingestion.", encoding="utf-8")
    (elsewhere / "private" / "diary.md").write_text("# Diary\n\nPrivate.", encoding="utf-8")
    docs.mkdir()
    (docs / "memo.txt").write_text("The memo.", encoding="utf-8")
    (docs / "secret.txt").symlink_to(elsewhere / "secret.txt")
    (docs / "private").symlink_to(elsewhere / "private", target_is_directory=True)
    (docs / "same-memo.txt").symlink_to(docs / "memo.txt")
    return docs, elsewhere


def test_a_folder_is_read_without_following_links_out_of_it(tmp_path):
    docs, elsewhere = _folder_with_links(tmp_path)
    found = dict(expand([docs]))
    assert found[docs / "memo.txt"] is None
    assert found[docs / "same-memo.txt"] is None  # a link that stays inside the folder is read
    for link in ("secret.txt", "private"):
        assert "outside" in found[docs / link] and "--follow-links" in found[docs / link]
    assert not any(elsewhere in path.parents for path in found)  # nothing out there was read


def test_follow_links_reads_what_the_links_lead_to(tmp_path):
    docs, _ = _folder_with_links(tmp_path)
    found = dict(expand([docs], follow_links=True))
    assert found == {
        docs / "memo.txt": None,
        docs / "same-memo.txt": None,
        docs / "secret.txt": None,
        docs / "private" / "diary.md": None,
    }


def test_a_link_loop_ends_when_links_are_followed(tmp_path):
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "sub" / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "docs" / "sub" / "loop").symlink_to(tmp_path / "docs", target_is_directory=True)
    assert dict(expand([tmp_path / "docs"], follow_links=True)) == {
        tmp_path / "docs" / "sub" / "a.txt": None
    }
    assert dict(expand([tmp_path / "docs"])) == {tmp_path / "docs" / "sub" / "a.txt": None}


def test_links_out_of_a_folder_are_failed_outcomes_with_their_reason(tmp_path):
    docs, _ = _folder_with_links(tmp_path)
    (docs / "memo.txt").unlink()
    (docs / "same-memo.txt").unlink()
    report = Ingester(None, frozenset(), max_bytes=1 << 20).run([docs])  # type: ignore[arg-type]
    reasons = [o.reason for o in report.outcomes if o.status == "failed"]
    assert len(reasons) == 3 and "holds no documents" in reasons[-1]
    assert all("not followed" in r for r in reasons[:2])


def test_the_cli_passes_follow_links_to_the_library(tmp_path, monkeypatch, capsys):
    from assistant import cli
    from assistant.search.ingest import IngestReport

    calls = []

    class Recorder:
        def ingest(self, paths, metadata=None, follow_links=False):
            calls.append(follow_links)
            return IngestReport()

    monkeypatch.setattr(cli, "_assistant", Recorder)
    assert cli.main(["ingest", str(tmp_path)]) == 0
    assert cli.main(["ingest", "--follow-links", str(tmp_path)]) == 0
    assert calls == [False, True]


def test_several_empty_files_are_each_reported_empty_never_as_the_same_id(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("zero.txt", "zero.md", "zero.html", "zero.pdf", "zero.docx", "Zero.text"):
        (docs / name).write_bytes(b"")
    for name in ("blank.txt", "blank.md"):
        (docs / name).write_bytes(b" \n\t\n")
    # No store is touched: every file fails before the ingester looks at the index.
    report = Ingester(None, frozenset(), max_bytes=1 << 20).run([docs])  # type: ignore[arg-type]
    assert len(report.outcomes) == 8
    for outcome in report.outcomes:
        assert outcome.status == "failed"
        assert "empty" in outcome.reason and "same id" not in outcome.reason


def _peak_traced(call):
    """(result or raised error, peak bytes Python allocated while ``call`` ran)."""
    import tracemalloc

    tracemalloc.start()
    try:
        try:
            outcome = call()
        except Exception as exc:  # the refusal under test
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_docx_that_would_unzip_past_the_limit_is_refused_fast_without_unzipping(tmp_path):
    bomb = docx_bomb(tmp_path / "bomb.docx", inflated_mb=300)  # about 1 MB on disk
    assert bomb.stat().st_size < 2 * 1024 * 1024
    began = time.perf_counter()
    refused, peak = _peak_traced(lambda: read_document(bomb))
    seconds = time.perf_counter() - began
    assert isinstance(refused, DocumentError)
    assert re.search(r"unzips to 30\d MB, over the 200 MB limit", str(refused))
    assert "TRADEBRIEF_MAX_EXPANDED_MB" in str(refused)
    assert seconds < 2.0
    assert peak < 20 * 1024 * 1024  # the file and its directory, never the inflated 300 MB


def test_a_docx_inflating_over_100_to_1_is_refused_even_under_the_size_limit(tmp_path):
    bomb = docx_bomb(tmp_path / "dense.docx", inflated_mb=20)
    refused, peak = _peak_traced(lambda: read_document(bomb))
    assert isinstance(refused, DocumentError)
    assert "word/document.xml inflates" in str(refused) and "over 100:1" in str(refused)
    assert peak < 20 * 1024 * 1024


def test_the_expansion_limit_comes_from_the_setting_and_reaches_the_ingester(tmp_path, monkeypatch):
    from assistant.settings import Settings

    monkeypatch.setenv("TRADEBRIEF_MAX_EXPANDED_MB", "1")
    settings = Settings.from_env()
    assert settings.max_expanded_bytes == 1024 * 1024
    assert Settings().max_expanded_mb == 200
    # PDF text is bounded too: under a tight limit an ordinary PDF's text is refused.
    memo = pdf(tmp_path / "memo.pdf")
    with pytest.raises(DocumentError, match="its text runs past"):
        read_document(memo, max_expanded_bytes=100)
    report = Ingester(
        None,  # type: ignore[arg-type]
        frozenset(),
        max_bytes=1 << 20,
        max_expanded_bytes=100,
    ).run([memo])
    (outcome,) = report.outcomes
    assert outcome.status == "failed" and "runs past" in outcome.reason
    monkeypatch.setenv("TRADEBRIEF_MAX_EXPANDED_MB", "lots")
    with pytest.raises(InputError, match="TRADEBRIEF_MAX_EXPANDED_MB"):
        Settings.from_env()


def test_an_ordinary_docx_is_still_read(tmp_path):
    assert DOCX_SENTENCE in read_document(docx(tmp_path / "paper.docx")).text
