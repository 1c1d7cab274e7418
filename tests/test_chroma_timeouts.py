"""Every call to a Chroma server has a timeout (TRADEBRIEF_CHROMA_TIMEOUT) and a whole document
write a deadline (TRADEBRIEF_WRITE_DEADLINE): a fake server that answers its heartbeat and then
nothing, and a proxy in front of a real `chroma run` that stalls or slows its upserts."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.errors import IndexStoreError
from assistant.settings import REPO_ROOT, Settings


class _FakeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.release = threading.Event()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def stop(self) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()


class _HeartbeatOnly(BaseHTTPRequestHandler):
    """Answers ``/api/v2/heartbeat`` as Chroma does; takes every other request and never answers."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _any(self) -> None:
        if self.path.startswith("/api/v2/heartbeat"):
            body = b'{"nanosecond heartbeat": 1}'
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.server.release.wait(120)  # type: ignore[attr-defined]
        self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any


@pytest.fixture
def silent_chroma() -> Iterator[str]:
    server = _FakeServer(_HeartbeatOnly)
    yield server.url
    server.stop()


def test_a_server_that_answers_its_heartbeat_then_nothing_fails_within_the_timeout(
    silent_chroma, tmp_path
):
    began = time.monotonic()
    with pytest.raises(IndexStoreError) as caught:
        Assistant(
            Settings(home=tmp_path, chroma_url=silent_chroma, chroma_timeout=2), progress=False
        ).sources()
    # The server holds a request for 120 s: well under that is the timeout working; only the
    # start-up of a loaded machine sits on top of its 2 s (4 s flaked at load 6).
    assert time.monotonic() - began < 60
    message = str(caught.value)
    assert silent_chroma in message and "did not answer within 2 s" in message
    assert "TRADEBRIEF_CHROMA_TIMEOUT" in message and "\n" not in message


@pytest.mark.slow
def test_the_cli_gives_up_on_a_silent_server_with_one_line(silent_chroma, tmp_path):
    env = {
        **os.environ,
        "TRADEBRIEF_HOME": str(tmp_path),
        "HF_HUB_OFFLINE": "1",
        "TRADEBRIEF_CHROMA_TIMEOUT": "2",
    }
    began = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--chroma-url", silent_chroma, "sources"],
        capture_output=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=60,
    )
    took = time.monotonic() - began
    err = out.stderr.decode()
    assert out.returncode == 1 and "Traceback" not in err
    assert "did not answer within 2 s" in err and len(err.strip().splitlines()) == 1
    # Without the timeout the call never returns (subprocess's timeout would raise); the start-
    # up of a loaded machine is no part of this check.
    assert took < 55


def test_the_timeout_setting_is_read_and_checked(monkeypatch):
    monkeypatch.setenv("TRADEBRIEF_CHROMA_TIMEOUT", "7")
    monkeypatch.setenv("TRADEBRIEF_WRITE_DEADLINE", "90")
    settings = Settings.from_env()
    assert (settings.chroma_timeout, settings.write_deadline) == (7.0, 90.0)
    assert Settings().chroma_timeout == 30.0
    monkeypatch.setenv("TRADEBRIEF_CHROMA_TIMEOUT", "0")
    with pytest.raises(Exception, match="TRADEBRIEF_CHROMA_TIMEOUT"):
        Settings.from_env()


# -- a real server behind a proxy that stalls or slows writes ----------------------------------


class _Proxy(BaseHTTPRequestHandler):
    """Forwards to ``server.target``; an upsert waits ``server.upsert_delay`` s first."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _any(self) -> None:
        import httpx

        server = self.server
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.endswith("/upsert") and server.upsert_delay:  # type: ignore[attr-defined]
            if server.release.wait(server.upsert_delay):  # type: ignore[attr-defined]
                self.close_connection = True
                return
        skip = {"host", "content-length", "connection", "accept-encoding"}
        reply = httpx.request(
            self.command,
            server.target + self.path,  # type: ignore[attr-defined]
            content=body,
            headers={k: v for k, v in self.headers.items() if k.lower() not in skip},
            timeout=60,
        )
        self.send_response(reply.status_code)
        for key, value in reply.headers.items():
            if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(key, value)
        self.send_header("content-length", str(len(reply.content)))
        self.end_headers()
        self.wfile.write(reply.content)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any


@pytest.fixture(scope="module")
def proxied(tmp_path_factory) -> Iterator[tuple[str, _FakeServer]]:
    from test_chroma_server import _running_server

    with _running_server(tmp_path_factory.mktemp("chroma-proxied")) as (url, _):
        proxy = _FakeServer(_Proxy)
        proxy.target = url  # type: ignore[attr-defined]
        proxy.upsert_delay = 0.0  # type: ignore[attr-defined]
        try:
            yield url, proxy
        finally:
            proxy.stop()


def _memo(text: str):
    from assistant.knowledge.sources import Source, SourceMeta

    meta = SourceMeta(id="stall-memo", title="Stall memo", origin="ingested", file="memo.txt")
    return Source(meta=meta, text=text)


MEMO = (
    "The obsidian review panel will report to the minister in June 2026. "
    "It agreed that the quartzite clause should be reviewed before the next round of talks."
)


def _index(home: Path, settings: Settings, url: str, **limits: float):
    from assistant.search.index import KnowledgeIndex
    from assistant.search.terms import Lexicon

    if not (home / "models").exists():
        import shutil

        shutil.copytree(settings.models_dir, home / "models")
    mine = Settings(home=home, chroma_url=url, **limits)  # type: ignore[arg-type]
    return KnowledgeIndex(mine, Lexicon(mine.knowledge_dir / "aliases.yaml"))


def _left_behind(home: Path, settings: Settings, url: str) -> list[str]:
    """Ids of anything of the memo in the server itself (its record, its vector blocks)."""
    direct = _index(home, settings, url)
    found = list(direct.store._collection("tradebrief_sources").get(ids=["stall-memo"])["ids"])
    vectors = direct.store._collection("tradebrief_vectors")
    found += vectors.get(where={"source_id": "stall-memo"}, include=[])["ids"]
    return found


@pytest.mark.slow
def test_a_write_to_a_server_that_stalls_fails_within_the_timeout_and_keeps_nothing(
    proxied, settings, assistant, tmp_path
):
    url, proxy = proxied
    home = tmp_path / "home"
    index = _index(home, settings, proxy.url, chroma_timeout=2)
    index.encoder.encode(["warm up"])  # the model's load is not the store's time
    proxy.upsert_delay = 120.0  # type: ignore[attr-defined]  # upserts never come back
    began = time.monotonic()
    try:
        with pytest.raises(IndexStoreError) as caught:
            index.add_document(_memo(MEMO))
    finally:
        proxy.upsert_delay = 0.0  # type: ignore[attr-defined]
    took = time.monotonic() - began
    message = str(caught.value)
    assert "did not answer within 2 s" in message and "nothing of it was kept" in message
    assert took < 60, f"took {took:.1f} s"  # upserts are held 120 s: well under is the timeout
    assert _left_behind(home, settings, url) == []


@pytest.mark.slow
def test_a_whole_write_past_its_deadline_is_given_up_and_keeps_nothing(
    proxied, settings, assistant, tmp_path
):
    url, proxy = proxied
    home = tmp_path / "home"
    index = _index(home, settings, proxy.url, chroma_timeout=10, write_deadline=2)
    index.encoder.encode(["warm up"])
    # Each upsert answers, within the call timeout, but later than the whole write may take: the
    # memo's vectors go in one upsert, so a delay under the deadline (1.5 s once was) left the
    # check before the commit racing the clock, and a quick machine committed in time.
    proxy.upsert_delay = 3.0  # type: ignore[attr-defined]
    began = time.monotonic()
    try:
        with pytest.raises(IndexStoreError) as caught:
            index.add_document(_memo(MEMO))
    finally:
        proxy.upsert_delay = 0.0  # type: ignore[attr-defined]
    took = time.monotonic() - began
    message = str(caught.value)
    assert "did not finish within 2 s (TRADEBRIEF_WRITE_DEADLINE)" in message
    assert "nothing of it was kept" in message
    # One slow upsert, then the check before the commit gives up; a write let run to its end
    # would also wait out the commit's upsert and the clean-up's. Load only adds to both.
    assert took < 30, f"took {took:.1f} s"
    assert _left_behind(home, settings, url) == []
    # With no stall the same write goes through the proxy and is stored whole.
    assert index.add_document(_memo(MEMO)) > 0
    assert "stall-memo" in _left_behind(home, settings, url)
