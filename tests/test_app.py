"""The browser chat's server: `tradebrief serve` started on a free port, used through its `/ask`
API with gradio_client, and stopped; and the chat's handlers driven directly."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from serving import Server, serve_copy

from assistant.settings import REPO_ROOT

pytestmark = pytest.mark.slow

CALC = "Does a competitive contract worth $12 million trigger an offset obligation?"


@pytest.fixture(scope="module")
def server(assistant, settings, tmp_path_factory) -> Iterator[Server]:
    running = serve_copy(settings, tmp_path_factory)
    yield running
    running.stop()
    assert running.process.returncode is not None


@pytest.fixture(scope="module")
def client(server):
    from gradio_client import Client

    return Client(server.url, verbose=False)


def ask(client, question, history=None):
    return client.predict(question, history or [], api_name="/ask")


def test_the_server_binds_to_loopback_and_names_the_ask_endpoint(server, client):
    assert "/ask" in client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert "127.0.0.1" in server.log.read_text()


def test_an_answer_comes_back_as_the_json_of_ask_json_with_verbatim_citations(
    client, assistant, sources
):
    question = "When did Korea introduce its offset program?"
    answer = ask(client, question)
    assert answer == assistant.ask(question).model_dump(mode="json")
    assert "1982" in answer["answer"] and not answer["abstained"]
    assert answer["citations"]
    for citation in answer["citations"]:
        text = sources[citation["source_id"]].text
        assert text[citation["start"] : citation["end"]] == citation["quote"]


def test_a_follow_up_is_answered_from_the_conversation(client):
    first = "How many tankers did the KC-X project bring in?"
    opening = ask(client, first)
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": opening["answer"]},
    ]
    follow = ask(client, "Which company supplied them?", history)
    assert "Airbus" in follow["answer"] and not follow["abstained"]


def test_a_question_the_sources_do_not_cover_is_declined(client):
    answer = ask(client, "What did the USTR's 2027 report say about Korean rice tariffs?")
    assert answer["abstained"] is True
    assert answer["answer"].startswith("I can't answer that from the sources")


def test_the_calculator_call_is_returned_with_its_inputs_and_result(client):
    answer = ask(client, CALC)
    (call,) = answer["tool_calls"]
    assert call["name"] == "calculator"
    assert call["input"]["contract_type"] == "competitive"
    assert call["output"]["display"] == "USD 6,000,000" and call["output"]["triggers"] is True


def test_bad_input_is_an_error_message_not_a_crash(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="empty"):
        ask(client, "   ")
    with pytest.raises(AppError, match="too long"):
        ask(client, "x" * 5000)
    assert ask(client, "Who supplied the KC-X tankers?")["citations"]  # still serving


def test_twenty_concurrent_questions_are_all_answered_correctly(server, assistant):
    from gradio_client import Client

    questions = [
        "When did Korea introduce its offset program?",
        "How much did Korea obtain in offsets from 2016 to 2020?",
        CALC,
        "What is the weather in Seoul tomorrow?",
        "What did the USTR say about Korea's defense offsets?",
    ] * 4
    expected = {q: assistant.ask(q).model_dump(mode="json") for q in set(questions)}

    def one(question):
        return Client(server.url, verbose=False).predict(question, [], api_name="/ask")

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(one, questions))
    assert [a["question"] for a in answers] == questions
    for question, answer in zip(questions, answers, strict=True):
        assert answer == expected[question]


def test_a_password_keeps_out_whoever_does_not_give_it(assistant, settings, tmp_path_factory):
    from gradio_client import Client

    guarded = serve_copy(
        settings, tmp_path_factory, env={"TRADEBRIEF_AUTH": "negotiator:s3cret-pass"}
    )
    try:
        with pytest.raises(Exception):  # noqa: B017 - gradio_client raises different types by version
            Client(guarded.url, verbose=False).predict(
                "Who supplied the KC-X tankers?", [], api_name="/ask"
            )
        allowed = Client(guarded.url, auth=("negotiator", "s3cret-pass"), verbose=False)
        answer = allowed.predict("Who supplied the KC-X tankers?", [], api_name="/ask")
        assert "Airbus" in answer["answer"]
    finally:
        guarded.stop()


def test_a_malformed_auth_setting_is_refused_before_serving(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "serve", "--auth", "nopassword"],
        capture_output=True,
        text=True,
        env={**os.environ, "TRADEBRIEF_HOME": str(tmp_path)},
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert out.returncode == 2
    assert "USER:PASSWORD" in out.stderr and "Traceback" not in out.stderr


# -- the chat's handlers, driven directly --------------------------------------------------


@pytest.fixture(scope="module")
def app(assistant):
    from assistant.app.ui import ChatApp

    return ChatApp(assistant)


def test_a_calculator_answer_shows_a_collapsible_working_step_before_the_answer(app):
    question, messages, answers, panel, status, export = app.respond(CALC, [], [])
    assert question == "" and status == ""
    user, step, reply = messages
    assert user == {"role": "user", "content": CALC}
    assert step["metadata"]["title"] == "Calculator: offset obligation"
    assert "50% × USD 12,000,000 = USD 6,000,000" in step["content"]
    assert "rule-2023" in step["content"]
    assert "USD 6,000,000" in reply["content"] and "Working:" not in reply["content"]
    assert "<mark>" in panel and len(answers) == 1
    assert Path(export).read_text(encoding="utf-8").count("## 1. ") == 1


def test_disputed_figures_are_flagged_in_the_chat(app):
    _, messages, answers, panel, _, _ = app.respond(
        "How much did Korea obtain in offsets from 2016 to 2020?", [], []
    )
    assert answers[0]["disputed"] is True
    assert messages[-1]["content"].startswith("⚠ **Disputed figures**")
    assert panel.count('class="tb-source"') >= 2


def test_an_empty_question_keeps_the_conversation_and_says_what_is_wrong(app):
    _, messages, answers, _, _, _ = app.respond(CALC, [], [])
    kept = app.respond("  ", answers, messages)
    assert kept[1] == messages and kept[2] == answers
    assert "empty" in kept[4]
    long = "y" * 3000
    assert app.respond(long, answers, messages)[0] == long  # the text typed is not lost


def test_clicking_an_earlier_answer_shows_its_sources(app):
    import gradio as gr

    _, messages, answers, _, _, _ = app.respond("Who supplied the KC-X tankers?", [], [])
    _, messages, answers, latest, _, _ = app.respond(CALC, answers, messages)
    first = app.select(answers, gr.SelectData(None, {"index": 1, "value": ""}))
    assert first != latest and "<mark>" in first
    assert (
        app.select(answers, gr.SelectData(None, {"index": len(messages) - 1, "value": ""}))
        == latest
    )


def test_the_export_is_a_markdown_briefing_of_the_whole_conversation(app, sources):
    _, messages, answers, _, _, _ = app.respond("Who supplied the KC-X tankers?", [], [])
    _, messages, answers, _, _, export = app.respond(
        "When did Korea introduce its offset program?", answers, messages
    )
    note = Path(export).read_text(encoding="utf-8")
    assert "## 1. Who supplied the KC-X tankers?" in note
    assert "## 2. When did Korea introduce its offset program?" in note
    for item in answers:
        for citation in item["citations"]:
            assert " ".join(citation["quote"].split()) in note


def test_the_chats_exports_leave_nothing_in_the_temp_dir_once_the_chat_is_gone(
    assistant, tmp_path, monkeypatch
):
    from assistant.app.ui import ChatApp

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    chat = ChatApp(assistant)
    first, second = chat.export([]), chat.export([])
    assert Path(first).is_file() and Path(second).is_file() and first != second
    del chat
    gc.collect()
    assert list(tmp_path.iterdir()) == []


def test_a_failure_inside_the_assistant_is_shown_as_an_error_not_a_frozen_spinner():
    import gradio as gr

    from assistant.app.ui import ChatApp
    from assistant.errors import IndexStoreError

    class Unreachable:
        """An assistant whose store has gone away mid-conversation."""

        def ask(self, question, history=None):
            raise IndexStoreError("cannot open the Chroma store in /nowhere: disk I/O error")

    with pytest.raises(gr.Error, match="could not answer: cannot open the Chroma store"):
        ChatApp(Unreachable()).respond("When did Korea introduce its offset program?", [], [])


# -- documents added through the app -------------------------------------------------------

MEMO = (
    "# Delegation memo on the Reciprocal Defense Procurement talks\n\n"
    "The delegation will propose a phased offset waiver for the Blue Harbor coastal radar "
    "program, starting with a 40 percent reduction in the first year.\n\n"
    "The waiver would be offered only if the United States confirms the Blue Harbor "
    "maintenance work stays in Korea.\n"
)


@pytest.fixture()
def own_app(settings, tmp_path_factory):
    """A chat over its own copy of the knowledge base, so uploads never reach other tests."""
    from assistant import Assistant
    from assistant.app.ui import ChatApp
    from assistant.settings import Settings

    home = tmp_path_factory.mktemp("upload-home")
    shutil.copytree(settings.home, home, dirs_exist_ok=True)
    return ChatApp(Assistant(Settings(home=home), progress=False))


def _uploaded(app, files, *metadata):
    """Upload as the page does (in the background), wait for the end: (outcome, table, ids)."""
    progress, outcome, _, _ = app.upload(files, *metadata)
    assert outcome == "" and "tb-progress" in progress
    app.uploads.wait(timeout=300)
    progress, outcome, table, gone, _, _ = app.follow()
    assert progress == ""
    return outcome, table, gone


def test_an_uploaded_document_is_listed_cited_and_removable(own_app, tmp_path):
    memo = tmp_path / "Delegation Memo.md"
    memo.write_text(MEMO, encoding="utf-8")
    status, table, _ = _uploaded(own_app, [str(memo)], "", "RDP delegation", "2025-06-01", "memo")
    assert status.startswith("Added to the knowledge base.")
    assert "delegation-memo" in table["Id"].tolist()
    row = table[table["Id"] == "delegation-memo"].iloc[0]
    assert row["Origin"] == "ingested" and row["Kind"] == "memo" and row["Units"] > 0

    _, _, answers, panel, _, _ = own_app.respond(
        "What waiver will the delegation propose for the Blue Harbor radar program?", [], []
    )
    cited = [c for c in answers[0]["citations"] if c["source_id"] == "delegation-memo"]
    assert cited and "phased offset waiver" in " ".join(c["quote"] for c in cited)
    text = own_app.assistant.source_text("delegation-memo")
    assert all(text[c["start"] : c["end"]] == c["quote"] for c in cited)
    assert "RDP delegation" in panel and "2025-06-01" in panel

    again, unchanged_table, _ = _uploaded(
        own_app, [str(memo)], "", "RDP delegation", "2025-06-01", "memo"
    )
    assert again.startswith("Nothing new was added.") and "unchanged" in again
    assert (unchanged_table["Id"] == "delegation-memo").sum() == 1

    removed, after, _ = own_app.remove("delegation-memo")
    assert "Removed" in removed and "delegation-memo" not in after["Id"].tolist()


def test_a_bad_upload_says_why_and_the_good_files_still_go_in(own_app, tmp_path):
    good = tmp_path / "notes.txt"
    good.write_text("The Blue Harbor radar program is discussed in the notes.\n", encoding="utf-8")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02\xff\xfe binary" * 50)
    unknown = tmp_path / "tool.exe"
    unknown.write_bytes(b"MZ")
    status, table, _ = _uploaded(own_app, [str(junk), str(good), str(unknown)])
    assert "2 file(s) could not be read; the others went on." in status
    assert "junk.txt" in status and "tool.exe" in status
    assert "notes" in table["Id"].tolist()
    assert own_app.upload([])[1].startswith("⚠ Choose one or more files")
    assert "built-in" in own_app.remove("002_b00326718e5a7ad5")[0]
