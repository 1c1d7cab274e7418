"""Start and stop `tradebrief serve` processes for the tests that need a running app."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from assistant.settings import REPO_ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A `tradebrief serve` process on loopback, with its own copy of the test index."""

    def __init__(self, home: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = home / f"serve-{self.port}.log"
        environment = {**os.environ, "TRADEBRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1"}
        environment.update(env or {})
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "assistant.cli", "serve", "--port", str(self.port), *args],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=environment,
                cwd=REPO_ROOT,
            )

    def wait_ready(self, seconds: float = 180) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise TimeoutError(f"server not up in {seconds} s: {self.log.read_text(errors='replace')}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)


def serve_copy(settings, tmp_path_factory, *args: str, env=None) -> Server:
    """Start a server on a copy of the session's home, so it builds nothing and shares no store."""
    assert settings.chroma_dir.exists()
    home = tmp_path_factory.mktemp("serve-home")
    shutil.copytree(settings.home, home, dirs_exist_ok=True)
    server = Server(home, *args, env=env)
    server.wait_ready()
    return server
