"""A shared Chroma server: a real `chroma run` on a free loopback port, several tradebrief
instances on it, each seeing what another ingested; a server that is down fails fast, by name."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from chroma_servers import free_port as _free_port
from chroma_servers import running_server as _running_server
from makedocs import PDF_PAGE_2, pdf

from assistant import Assistant
from assistant.errors import IndexStoreError
from assistant.settings import REPO_ROOT, Settings


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """`chroma run` on a free loopback port with a temporary --path; stopped at the end."""
    with _running_server(tmp_path_factory.mktemp("chroma-server")) as (url, _):
        yield url


def _home(settings: Settings, path: Path) -> Path:
    """A fresh data dir holding only the ONNX export (no store of its own)."""
    shutil.copytree(settings.models_dir, path / "models")
    return path


@pytest.fixture(scope="module")
def first(tmp_path_factory, chroma_server, settings, assistant) -> Assistant:
    """One tradebrief on the server; it builds the shared index the first time."""
    home = _home(settings, tmp_path_factory.mktemp("first"))
    bot = Assistant(Settings(home=home, chroma_url=chroma_server), progress=False)
    assert bot.index.units
    return bot


@pytest.mark.slow
def test_a_document_ingested_through_one_instance_is_answered_by_the_others(
    tmp_path, chroma_server, first, settings
):
    # A second, long-running instance, already loaded before the document arrives.
    second = Assistant(
        Settings(
            home=_home(settings, tmp_path / "second"), chroma_url=chroma_server, refresh_seconds=0
        ),
        progress=False,
    )
    assert not second.sync().changed  # the built-in sources are already on the server
    assert second.ask("Who supplied the KC-X tankers?").citations

    report = first.ingest([pdf(tmp_path / "shared-memo.pdf", title="Shared memo")])
    assert [o.status for o in report.outcomes] == ["added"]
    try:
        # The long-running instance notices the new document on its next question...
        answer = second.ask("When will the obsidian review panel report?")
        (citation,) = [c for c in answer.citations if c.source_id == "shared-memo"]
        assert citation.page == 2 and PDF_PAGE_2.startswith(citation.quote)
        assert citation.quote == second.source_text("shared-memo")[citation.start : citation.end]

        # ...and a new process, with an empty data dir of its own, answers from the server too.
        env = {
            **os.environ,
            "TRADEBRIEF_HOME": str(_home(settings, tmp_path / "third")),
            "HF_HUB_OFFLINE": "1",
        }
        env.pop("TRADEBRIEF_CHROMA_URL", None)
        question = "When will the obsidian review panel report?"
        out = subprocess.run(
            [sys.executable, "-m", "assistant.cli", "--chroma-url", chroma_server]
            + ["ask", "--json", question],
            capture_output=True,
            env=env,
            cwd=REPO_ROOT,
            timeout=300,
        )
        assert out.returncode == 0, out.stderr.decode()
        cited = json.loads(out.stdout)["citations"]
        assert any(c["source_id"] == "shared-memo" and c["page"] == 2 for c in cited)
        assert not (tmp_path / "third" / "chroma").exists()  # nothing stored locally
    finally:
        first.remove_source("shared-memo")
    # A removal by one instance reaches the others as well.
    assert "shared-memo" not in {s.id for s in second.sources()}


@pytest.mark.slow
def test_the_eval_set_is_answered_the_same_against_a_chroma_server(first, assistant):
    from assistant.evaluation.cases import load_cases, load_gates
    from assistant.evaluation.runner import evaluate

    cases, gates = load_cases(), load_gates()
    server = evaluate(cases, first, gates, baselines=False)
    embedded = evaluate(cases, assistant, gates, baselines=False)
    accuracy = server.full.overall["answer_accuracy"]
    print(
        f"eval answer accuracy: server {accuracy:.3f}, embedded "
        f"{embedded.full.overall['answer_accuracy']:.3f}"
    )
    assert accuracy >= gates.answer_accuracy
    assert server.full.overall["citation_validity"] in (None, 1.0)
    # The store is the only difference, so every case must come out as it does embedded
    # (tests/test_evals.py holds the embedded run to every gate).
    assert {r.case.id: r.passed for r in server.full.results} == {
        r.case.id: r.passed for r in embedded.full.results
    }


def test_a_closed_port_fails_fast_with_the_url_in_the_message(tmp_path):
    url = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    began = time.monotonic()
    with pytest.raises(IndexStoreError) as caught:
        Assistant(Settings(home=tmp_path, chroma_url=url), progress=False).sources()
    # Not a speed target: a refused connection must not wait out the minutes-long request
    # timeout (a loaded machine takes seconds just to import the client).
    assert time.monotonic() - began < 60
    assert url in str(caught.value) and "not reachable" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_server_that_never_answers_times_out_instead_of_hanging(tmp_path):
    with socket.socket() as silent:  # accepts connections (the kernel does) but never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        began = time.monotonic()
        with pytest.raises(IndexStoreError, match="not reachable"):
            Assistant(
                Settings(home=tmp_path, chroma_url=url, chroma_timeout=1), progress=False
            ).sources()
        assert time.monotonic() - began < 15


@pytest.mark.slow
def test_the_cli_names_the_unreachable_server_on_one_line(tmp_path):
    url = f"http://127.0.0.1:{_free_port()}"
    env = {**os.environ, "TRADEBRIEF_HOME": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--chroma-url", url, "sources"],
        capture_output=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=60,
    )
    err = out.stderr.decode()
    assert out.returncode == 1 and url in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    bad = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--chroma-url", "localhost", "sources"],
        capture_output=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert bad.returncode == 2 and "use http://HOST:PORT" in bad.stderr.decode()


@pytest.mark.slow
def test_a_server_that_goes_away_mid_session_gives_an_error_naming_it(tmp_path):
    from assistant.search.index import KnowledgeIndex
    from assistant.search.terms import Lexicon

    with _running_server(tmp_path / "server") as (url, server):
        settings = Settings(home=tmp_path, chroma_url=url)
        index = KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml"))
        assert index.fingerprint() == ()  # connected: an empty knowledge base
        server.terminate()
        server.wait(timeout=15)
        began = time.monotonic()
        with pytest.raises(IndexStoreError) as caught:
            index.fingerprint()
        assert time.monotonic() - began < 10
        assert f"Chroma server at {url} is not reachable" in str(caught.value)
        assert "\n" not in str(caught.value)
