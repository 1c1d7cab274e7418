"""A shared Chroma server keeps its documents safe too: each machine archives the ingested
documents it writes or reads, `index --rebuild` refills a server that lost its data from that
archive, and writers on different homes (as on different machines) are serialized by the
server's writer lease: the second waits, saying so, and a lease whose holder died expires.

Each test starts a real `chroma run` on a free loopback port and stops it at the end.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from chroma_servers import free_port, running_server

from assistant.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow

MEMO = (
    "Zircon levy memo.\n"
    "The zircon levy on lot 3 was set at 17 percent in round 2 of the garnet talks.\n"
    "The zircon levy on lot 4 was set at 19 percent in round 2 of the garnet talks.\n"
)
QUESTION = "What was the zircon levy on lot 3?"

_HOLDER = """
import sys, time
from assistant.search.index import KnowledgeIndex
from assistant.search.terms import Lexicon
from assistant.settings import Settings

settings = Settings.from_env()
index = KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml"))
with index.writing():
    print("held", time.time(), flush=True)
    sys.stdin.readline()  # held until the test says so
print("released", time.time(), flush=True)
"""


def _home(settings: Settings, path: Path) -> Path:
    shutil.copytree(settings.models_dir, path / "models")
    return path


def _env(home: Path, url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "TRADEBRIEF_HOME": str(home),
        "TRADEBRIEF_CHROMA_URL": url,
        "PYTHONPATH": str(REPO_ROOT),
        "HF_HUB_OFFLINE": "1",
        **extra,
    }


def _cli(home: Path, url: str, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        capture_output=True,
        text=True,
        env=_env(home, url, **extra),
        cwd=REPO_ROOT,
        timeout=900,
    )


def _manifest(home: Path) -> dict[str, str]:
    (path,) = (home / "archive").glob("manifest-*.json")
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


@pytest.mark.timeout(1800)  # two servers each build the shared index, and one is rebuilt
def test_a_server_that_lost_its_data_is_refilled_from_a_machines_archive(
    settings, assistant, tmp_path
):
    port = free_port()
    writer_home = _home(settings, tmp_path / "writer")
    reader_home = _home(settings, tmp_path / "reader")
    memo = tmp_path / "zircon-memo.txt"
    memo.write_text(MEMO, encoding="utf-8")
    with running_server(tmp_path / "first-server", port) as (url, _):
        added = _cli(writer_home, url, "ingest", str(memo))
        assert added.returncode == 0 and "1 added" in added.stdout, added.stderr
        # Another machine only reads the server: its archive gets the document too.
        listed = _cli(reader_home, url, "sources")
        assert listed.returncode == 0 and "zircon-memo" in listed.stdout, listed.stderr
        assert set(_manifest(reader_home)) == {"zircon-memo"}
        assert _manifest(reader_home) == _manifest(writer_home)

    with running_server(tmp_path / "empty-server", port) as (url, _):  # same address, no data
        empty = _cli(reader_home, url, "sources")
        assert empty.returncode == 0 and "zircon-memo" not in empty.stdout
        assert set(_manifest(reader_home)) == {"zircon-memo"}  # lacking is not removing
        rebuilt = _cli(reader_home, url, "index", "--rebuild")
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert "restored 1 ingested document(s) from the archive: zircon-memo" in rebuilt.stdout
        asked = _cli(writer_home, url, "ask", "--json", QUESTION)
        assert asked.returncode == 0, asked.stderr
        answer = json.loads(asked.stdout)
        cited = [c for c in answer["citations"] if c["source_id"] == "zircon-memo"]
        assert cited and all(c["quote"] in MEMO for c in cited)

        # A removal on one machine takes the document out of every machine's archive manifest.
        removed = _cli(writer_home, url, "sources", "remove", "zircon-memo")
        assert removed.returncode == 0, removed.stderr
        assert _cli(reader_home, url, "sources").returncode == 0
        assert _manifest(reader_home) == {}  # so no rebuild there brings it back


def test_writers_on_two_homes_are_serialized_by_the_servers_lease(settings, assistant, tmp_path):
    first_home = _home(settings, tmp_path / "first")
    second_home = _home(settings, tmp_path / "second")
    memo = tmp_path / "zircon-memo.txt"
    memo.write_text(MEMO, encoding="utf-8")
    with running_server(tmp_path / "server") as (url, _):
        assert _cli(first_home, url, "index").returncode == 0  # the shared index, built once

        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLDER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(first_home, url),
            cwd=REPO_ROOT,
        )
        waiter = None
        try:
            assert holder.stdin is not None and holder.stdout is not None
            line = holder.stdout.readline()
            assert line.startswith("held"), line + (holder.stderr.read() if holder.stderr else "")
            # Another home has its own local lock: only the server's lease keeps it waiting.
            refused = _cli(second_home, url, "ingest", str(memo), TRADEBRIEF_LOCK_TIMEOUT="2")
            assert refused.returncode == 1, refused.stdout + refused.stderr
            assert f"has been writing to {url} for over 2 s" in refused.stderr
            assert "Traceback" not in refused.stderr
            waiter = subprocess.Popen(
                [sys.executable, "-m", "assistant.cli", "ingest", str(memo)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=_env(second_home, url),
                cwd=REPO_ROOT,
            )
            assert waiter.stderr is not None
            said = ""
            for said in waiter.stderr:  # it says it waits, then waits until the holder is done
                if "waiting for another tradebrief writing to" in said:
                    break
            assert f"waiting for another tradebrief writing to {url}" in said, said
            time.sleep(1)
            assert waiter.poll() is None  # still waiting
            holder.stdin.write("done\n")
            holder.stdin.flush()
            assert holder.stdout.readline().startswith("released")
            out, _ = waiter.communicate(timeout=600)
        finally:
            for process in (holder, waiter):
                if process is not None and process.poll() is None:
                    process.kill()
                if process is not None:
                    process.wait(timeout=30)
        assert waiter.returncode == 0 and "1 added" in out, out
        asked = _cli(first_home, url, "ask", "--json", QUESTION)
        assert "zircon-memo" in {c["source_id"] for c in json.loads(asked.stdout)["citations"]}


def test_a_lease_whose_holder_died_is_taken_over_once_expired(settings, assistant, tmp_path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from assistant.search.lease import COLLECTION, RECORD

    home = _home(settings, tmp_path / "home")
    memo = tmp_path / "zircon-memo.txt"
    memo.write_text(MEMO, encoding="utf-8")
    with running_server(tmp_path / "server") as (url, _):
        assert _cli(home, url, "index").returncode == 0
        host, port = url.removeprefix("http://").split(":")
        client = chromadb.HttpClient(
            host=host, port=int(port), settings=ChromaSettings(anonymized_telemetry=False)
        )
        leases = client.get_or_create_collection(COLLECTION, embedding_function=None)
        dead = {"owner": "dead-writer", "host": "elsewhere", "pid": 4242}
        leases.add(ids=[RECORD], embeddings=[[1.0]], metadatas=[{**dead, "expires": 1.0}])
        added = _cli(home, url, "ingest", str(memo), TRADEBRIEF_LOCK_TIMEOUT="10")
        assert added.returncode == 0 and "1 added" in added.stdout, added.stderr
        assert "expired: taking it over" in added.stderr
        assert leases.get(ids=[RECORD])["ids"] == []  # released after the write

        alive = {**dead, "expires": time.time() + 3600}
        leases.add(ids=[RECORD], embeddings=[[1.0]], metadatas=[alive])
        refused = _cli(home, url, "sources", "remove", "zircon-memo", TRADEBRIEF_LOCK_TIMEOUT="1")
        assert refused.returncode == 1
        assert "another tradebrief (pid 4242 on elsewhere)" in refused.stderr
        assert "zircon-memo" in _cli(home, url, "sources").stdout  # nothing was removed
