"""A real `chroma run` server on a loopback port, for the tests of a shared Chroma server."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def chroma_cli() -> str:
    beside = Path(sys.executable).with_name("chroma")  # the chromadb package's `chroma` command
    found = str(beside) if beside.exists() else shutil.which("chroma")
    assert found, "the `chroma` command (from the chromadb package) is not installed"
    return found


@contextlib.contextmanager
def running_server(folder: Path, port: int | None = None):
    """(url, process) of a `chroma run` answering its heartbeat; always stopped on exit."""
    import httpx

    url = f"http://127.0.0.1:{port or free_port()}"
    folder.mkdir(parents=True, exist_ok=True)
    log = (folder / "server.log").open("wb")
    server = subprocess.Popen(
        [chroma_cli(), "run", "--path", str(folder / "db"), "--host", "127.0.0.1"]
        + ["--port", url.rsplit(":", 1)[1]],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, (folder / "server.log").read_text(errors="replace")
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "chroma run did not answer within 60 s"
            time.sleep(0.2)
        yield url, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
        log.close()
