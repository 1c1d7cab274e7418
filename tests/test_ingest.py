"""Bring your own documents: ingested, answered and cited like built-in sources; stored once,
replaced when changed, removable, and a bad file never leaves anything behind."""

from __future__ import annotations

import shutil

import pytest
from makedocs import ARTICLE, DOCX_SENTENCE, PDF_PAGE_2, every_format, pdf

from assistant import Assistant
from assistant.errors import InputError
from assistant.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow


def _copy_of(settings: Settings, target, knowledge=None) -> Settings:
    """Settings over a copy of the session's built store: no re-embedding, no shared state."""
    for part in ("chroma", "models", "cache"):
        if (settings.home / part).exists():
            shutil.copytree(settings.home / part, target / part)
    return Settings(home=target, knowledge_dir=knowledge or settings.knowledge_dir)


@pytest.fixture
def bot(tmp_path, settings, assistant) -> Assistant:
    return Assistant(_copy_of(settings, tmp_path / "home"), progress=False)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, settings, assistant):
    """An assistant with one document of every format ingested, the report and the files."""
    root = tmp_path_factory.mktemp("ingested")
    bot = Assistant(_copy_of(settings, root / "home"), progress=False)
    files = every_format(root / "docs")
    return bot, bot.ingest([root / "docs"]), files


def _cited(bot: Assistant, question: str, source_id: str):
    answer = bot.ask(question)
    assert not answer.abstained, answer.answer
    citations = [c for c in answer.citations if c.source_id == source_id]
    assert citations, (answer.answer, [c.source_id for c in answer.citations])
    for c in citations:
        assert c.quote == bot.source_text(source_id)[c.start : c.end]
    return answer, citations


def test_every_format_is_added_with_an_id_from_its_file_name(ingested):
    _, report, _ = ingested
    assert report.ok and not report.failed
    assert sorted(o.source_id for o in report.added) == [
        "basalt-paper",
        "dapa-memo",
        "rdp-news",
        "round-notes",
        "team-memo",
    ]
    assert all(o.units > 0 for o in report.added)
    assert next(o for o in report.added if o.source_id == "dapa-memo").pages == 2


def test_a_pdf_answer_cites_the_page_of_its_quote(ingested):
    bot, _, _ = ingested
    answer, citations = _cited(bot, "When will the obsidian review panel report?", "dapa-memo")
    assert "June 2026" in answer.answer
    assert citations[0].page == 2 and PDF_PAGE_2.startswith(citations[0].quote)
    assert citations[0].title == "DAPA working group memo"  # from the PDF's own properties
    assert answer.model_dump()["citations"][0]["page"] == 2
    documents = bot.retriever(k=3).invoke("obsidian review panel")
    assert any(
        d.metadata["source_id"] == "dapa-memo" and d.metadata["page"] == 2 for d in documents
    )


def test_the_html_answer_comes_from_the_article(ingested):
    bot, _, _ = ingested
    answer, citations = _cited(
        bot, "What ratio did Korea propose for cobalt-class contracts?", "rdp-news"
    )
    assert "25 percent" in answer.answer and citations[0].quote in ARTICLE
    assert citations[0].page is None and "page" not in answer.model_dump()["citations"][0]


def test_docx_markdown_and_text_answers_cite_their_documents(ingested):
    bot, _, _ = ingested
    assert (
        "90 days" in _cited(bot, "How long is the basalt offset window?", "basalt-paper")[0].answer
    )
    assert DOCX_SENTENCE in bot.source_text("basalt-paper")
    notes, _ = _cited(bot, "When will the team table the garnet clause?", "round-notes")
    assert "September 2025" in notes.answer
    memo, _ = _cited(bot, "What would the malachite proposal cap offsets at?", "team-memo")
    assert "20 percent" in memo.answer


def test_built_in_sources_still_answer_after_ingestion(ingested):
    bot, _, _ = ingested
    answer = bot.ask("Who supplied the KC-X tankers?")
    assert "Airbus" in answer.answer and not answer.abstained


def test_sources_lists_built_in_and_ingested_documents_with_their_metadata(ingested):
    bot, _, _ = ingested
    listing = {s.id: s for s in bot.sources()}
    assert {s.meta.origin for s in listing.values()} == {"built-in", "ingested"}
    notes = listing["round-notes"].meta
    assert (notes.title, notes.kind, notes.publisher, notes.date) == (
        "RDP round notes",
        "memo",
        "Negotiating team",
        "2025-06-12",
    )
    assert listing["dapa-memo"].meta.file == "dapa-memo.pdf" and listing["dapa-memo"].units > 0
    assert bot.source_meta("dapa-memo").pages == listing["dapa-memo"].meta.pages


def test_the_same_content_ingested_twice_is_stored_once(ingested, tmp_path):
    bot, _, files = ingested
    units = len(bot.index.units)
    again = bot.ingest(list(files.values()))
    assert [o.status for o in again.outcomes] == ["unchanged"] * 5, again.summary()
    twin = tmp_path / "copy-of-memo.txt"
    shutil.copy(files["text"], twin)
    (outcome,) = bot.ingest([twin]).outcomes
    assert outcome.status == "unchanged" and outcome.source_id == "team-memo"
    assert "copy-of-memo" not in {s.id for s in bot.sources()}
    assert len(bot.index.units) == units


def test_a_changed_file_replaces_its_old_chunks(bot, tmp_path):
    memo = tmp_path / "pricing-memo.txt"
    memo.write_text("The jasper tariff would rise to 12 percent next year.\n", encoding="utf-8")
    assert bot.ingest([memo]).added
    memo.write_text("The jasper tariff would fall to 4 percent next year.\n", encoding="utf-8")
    (outcome,) = bot.ingest([memo]).outcomes
    assert outcome.status == "replaced" and outcome.source_id == "pricing-memo"
    texts = [u.quote for u in bot.index.units.values() if u.source_id == "pricing-memo"]
    assert texts == ["The jasper tariff would fall to 4 percent next year."]
    answer, _ = _cited(bot, "What would happen to the jasper tariff?", "pricing-memo")
    assert "4 percent" in answer.answer and "12 percent" not in answer.answer


def test_a_removed_document_is_gone_and_a_built_in_one_cannot_be_removed(bot, tmp_path):
    memo = tmp_path / "onyx-memo.txt"
    memo.write_text("The onyx committee meets every second Tuesday.\n", encoding="utf-8")
    bot.ingest([memo])
    _cited(bot, "When does the onyx committee meet?", "onyx-memo")
    bot.remove_source("onyx-memo")
    assert "onyx-memo" not in {s.id for s in bot.sources()}
    assert not [u for u in bot.index.units.values() if u.source_id == "onyx-memo"]
    assert all(
        c.source_id != "onyx-memo" for c in bot.ask("When does the onyx committee meet?").citations
    )
    with pytest.raises(InputError, match="built-in source"):
        bot.remove_source("000_698068ed5c1850f6")
    with pytest.raises(InputError, match="no source 'onyx-memo'"):
        bot.remove_source("onyx-memo")


def test_bad_files_get_one_line_reasons_and_the_good_ones_go_on(bot, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "empty.pdf").write_bytes(b"")
    (docs / "noise.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (docs / "binary.txt").write_bytes(b"\x00\xff" * 500)
    (docs / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    with (docs / "huge.pdf").open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    (docs / "good.txt").write_text("The topaz desk opens in May 2026.\n", encoding="utf-8")
    report = bot.ingest([docs, tmp_path / "missing.docx"])
    statuses = {o.path.rsplit("/", 1)[-1]: o.status for o in report.outcomes}
    assert statuses.pop("good.txt") == "added"
    assert set(statuses.values()) == {"failed"} and len(statuses) == 6
    for outcome in report.failed:
        assert outcome.reason and "\n" not in outcome.reason
    stored = {s.id for s in bot.sources()}
    assert {"empty", "noise", "binary", "sheet", "huge", "missing"}.isdisjoint(stored)
    assert {u.source_id for u in bot.index.units.values()} <= stored


def test_a_write_that_fails_midway_leaves_no_chunks_behind(bot, tmp_path, monkeypatch):
    from assistant.search import store as store_module

    memo = pdf(tmp_path / "doomed.pdf")
    real_add = store_module.Store._add_blocks

    def add_then_fail(self, written):
        real_add(self, written)  # the vectors are written...
        raise RuntimeError("disk full")  # ...then the store fails

    assert bot.index.units  # built before the store is made to fail
    monkeypatch.setattr(store_module.Store, "_add_blocks", add_then_fail)
    (outcome,) = bot.ingest([memo]).outcomes
    assert outcome.status == "failed" and "disk full" in outcome.reason
    assert "nothing of it was kept" in outcome.reason
    store = bot.index.store
    assert store._collection(store_module._VECTORS).get(where={"source_id": "doomed"})["ids"] == []
    assert store.stored("doomed") is None


def test_ingested_documents_survive_a_sync_while_a_deleted_built_in_source_goes(
    tmp_path, settings, assistant
):
    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO_ROOT / "knowledge", knowledge)
    extra = knowledge / "sources" / "900_extra.txt"
    extra.write_text("Extra source\nThe amber rule applies from 2030.\n", encoding="utf-8")
    with (knowledge / "sources" / "sources.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n- id: 900_extra\n  title: Extra\n")
    local = _copy_of(settings, tmp_path / "home", knowledge)
    bot = Assistant(local, progress=False)
    assert bot.sync().added == ["900_extra"]
    memo = tmp_path / "coral-memo.txt"
    memo.write_text("The coral review ends in 2027.\n", encoding="utf-8")
    bot.ingest([memo])

    extra.unlink()
    yaml_path = knowledge / "sources" / "sources.yaml"
    yaml_path.write_text(
        yaml_path.read_text(encoding="utf-8").split("\n- id: 900_extra")[0], encoding="utf-8"
    )
    report = Assistant(local, progress=False).sync()
    assert report.removed == ["900_extra"] and "coral-memo" not in report.removed
    later = Assistant(local, progress=False)
    ids = {s.id for s in later.sources()}
    assert "coral-memo" in ids and "900_extra" not in ids
    _cited(later, "When does the coral review end?", "coral-memo")


def test_rebuild_re_embeds_ingested_documents_from_the_stored_text(bot, tmp_path):
    memo = tmp_path / "pearl-memo.txt"
    memo.write_text("The pearl audit found 3 late offset deliveries.\n", encoding="utf-8")
    bot.ingest([memo])
    report = bot.sync(rebuild=True)
    assert "pearl-memo" in report.updated and len(report.updated) >= 6
    _cited(bot, "What did the pearl audit find?", "pearl-memo")


def test_the_cli_ingests_lists_and_removes(tmp_path, settings, assistant, monkeypatch, capsys):
    from assistant.cli import main

    local = _copy_of(settings, tmp_path / "home")
    monkeypatch.setenv("TRADEBRIEF_HOME", str(local.home))
    docs = every_format(tmp_path / "docs")
    (tmp_path / "docs" / "bad.pdf").write_bytes(b"")
    assert (
        main(["ingest", str(docs["text"]), str(tmp_path / "docs" / "bad.pdf"), "--kind", "memo"])
        == 2
    )
    out = capsys.readouterr()
    assert "added      team-memo.txt → team-memo" in out.out
    assert "failed     bad.pdf: the file is empty" in out.out and "Traceback" not in out.err
    assert main(["sources"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("team-memo"))
    assert "ingested" in line and "memo" in line
    assert main(["sources", "remove", "team-memo"]) == 0
    assert main(["sources", "remove", "000_698068ed5c1850f6"]) == 2
    assert "built-in" in capsys.readouterr().err


def test_an_ingest_waits_for_another_writer_then_adds(
    tmp_path, settings, assistant, monkeypatch, capsys
):
    import time

    from writers import locked_at, stop, writer

    from assistant.cli import main

    local = _copy_of(settings, tmp_path / "home")
    monkeypatch.setenv("TRADEBRIEF_HOME", str(local.home))
    docs = every_format(tmp_path / "docs")
    holder = writer(local.home, hold=3.0)
    try:
        locked_at(holder)
        began = time.monotonic()
        code = main(["ingest", str(docs["text"])])
        waited = time.monotonic() - began
        assert holder.stdout is not None and "released" in holder.stdout.readline()
    finally:
        stop([holder])
    shown = capsys.readouterr()
    assert code == 0 and "added      team-memo.txt → team-memo" in shown.out
    # What the user reads on stderr while the command waits (the CLI's own progress line).
    assert f"tradebrief: waiting for another tradebrief writing to {local.home}…" in shown.err
    assert waited >= 2.0  # it did not write while the other held the lock


def test_a_removal_that_cannot_get_the_lock_fails_cleanly_and_loses_nothing(
    tmp_path, settings, assistant, monkeypatch, capsys
):
    from writers import locked_at, stop, writer

    from assistant.cli import main

    local = _copy_of(settings, tmp_path / "home")
    monkeypatch.setenv("TRADEBRIEF_HOME", str(local.home))
    docs = every_format(tmp_path / "docs")
    assert main(["ingest", str(docs["text"])]) == 0
    capsys.readouterr()
    holder = writer(local.home, hold=60.0)
    try:
        locked_at(holder)
        monkeypatch.setenv("TRADEBRIEF_LOCK_TIMEOUT", "1")
        assert main(["sources", "remove", "team-memo"]) == 1
        err = capsys.readouterr().err
        assert f"has been writing to {local.home} for over 1 s" in err
        # One line while it waits, one line when it gives up; never a traceback.
        lines = err.strip().splitlines()
        assert "Traceback" not in err and len(lines) == 2 and "waiting for another" in lines[0]
        assert main(["sources"]) == 0  # reading needs no lock
        assert "team-memo" in capsys.readouterr().out  # nothing was lost
    finally:
        stop([holder])
    monkeypatch.setenv("TRADEBRIEF_LOCK_TIMEOUT", "5")
    assert main(["sources", "remove", "team-memo"]) == 0  # once the holder is gone
